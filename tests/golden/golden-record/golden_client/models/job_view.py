# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from enum import Enum


# (str, Enum) rather than the stock StrEnum, which arrived in Python 3.11: __str__ below gives the same str().
class JobView(str, Enum):
    FULL = "full"
    SUMMARY = "summary"

    def __str__(self) -> str:
        return str(self.value)
