# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from enum import IntEnum


class Priority(IntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3

    def __str__(self) -> str:
        return str(self.value)
