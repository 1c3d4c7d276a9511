from enum import StrEnum


class JobStatus(StrEnum):
    DONE = "done"
    QUEUED = "queued"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
