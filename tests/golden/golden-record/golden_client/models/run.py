from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..models.job_status import JobStatus
from ..models.priority import Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="Run")


@_attrs_define
class Run:
    """
    Attributes:
        id (str):
        job_id (str):
        status (JobStatus):
        priority (Priority | Unset):
    """

    id: str | None
    job_id: str | None
    status: JobStatus | None
    priority: Priority | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        status: str | None
        if self.status is None:
            status = None
        else:
            status = self.status.value

        priority: int | Unset | None
        if self.priority is None:
            priority = None
        else:
            priority = UNSET
            if not isinstance(self.priority, Unset):
                priority = self.priority.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "job_id": job_id,
                "status": status,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("Run", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _id = d.pop("id", UNSET)
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "Run", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        _job_id = d.pop("job_id", UNSET)
        if _job_id.__class__ is str:
            job_id = _job_id
        else:
            kept = _wire.deviate(kept, "Run", "job_id", _job_id, unusable_when_mistyped=True, origin=src_dict)
            job_id = None

        _status = d.pop("status", UNSET)
        if _status in ("done", "queued", "running"):
            status = JobStatus(_status)

        else:
            kept = _wire.deviate(kept, "Run", "status", _status, unusable_when_mistyped=False, origin=src_dict)
            status = None

        _priority = d.pop("priority", UNSET)
        if _priority is UNSET or (_priority.__class__ is int and _priority in (1, 2, 3)):
            _priority = _priority
            priority: Priority | None | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = Priority(_priority)

        else:
            kept = _wire.deviate(kept, "Run", "priority", _priority, unusable_when_mistyped=False, origin=src_dict)
            priority = None

        run = cls(
            id=id,
            job_id=job_id,
            status=status,
            priority=priority,
        )
        run.additional_properties = d
        if kept is not None:
            run._wire_kept = kept
        return run

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
