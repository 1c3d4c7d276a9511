from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        id (str):
        name (str):
        status (JobStatus):
        created_at (datetime.datetime | Unset):
        result (None | str | Unset):
        labels (JobLabels | Unset):
    """

    id: str | None
    name: str | None
    status: JobStatus | None
    created_at: datetime.datetime | None | Unset = UNSET
    result: None | str | Unset = UNSET
    labels: JobLabels | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | None
        if self.status is None:
            status = None
        else:
            status = self.status.value

        created_at: str | Unset | None
        if self.created_at is None:
            created_at = None
        else:
            created_at = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        labels: dict[str, Any] | Unset | None
        if self.labels is None:
            labels = None
        else:
            labels = UNSET
            if not isinstance(self.labels, Unset):
                labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if result is not UNSET:
            field_dict["result"] = result
        if labels is not UNSET:
            field_dict["labels"] = labels
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("Job", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _id = d.pop("id", UNSET)
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "Job", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        _name = d.pop("name", UNSET)
        if _name.__class__ is str:
            name = _name
        else:
            kept = _wire.deviate(kept, "Job", "name", _name, unusable_when_mistyped=True, origin=src_dict)
            name = None

        _status = d.pop("status", UNSET)
        if _status in ("done", "queued", "running"):
            status = JobStatus(_status)

        else:
            kept = _wire.deviate(kept, "Job", "status", _status, unusable_when_mistyped=False, origin=src_dict)
            status = None

        _created_at = d.pop("created_at", UNSET)
        if _created_at is UNSET or _created_at.__class__ is str:
            _created_at = _created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        else:
            kept = _wire.deviate(kept, "Job", "created_at", _created_at, unusable_when_mistyped=False, origin=src_dict)
            created_at = None

        _result = d.pop("result", UNSET)
        if _result is UNSET or _result is None or _result.__class__ is str:
            result = _result

        else:
            kept = _wire.deviate(kept, "Job", "result", _result, unusable_when_mistyped=False, origin=src_dict)
            result = None

        _labels = d.pop("labels", UNSET)
        if _labels is UNSET or _labels.__class__ is dict:
            try:
                _labels = _labels
                labels: JobLabels | None | Unset
                if isinstance(_labels, Unset):
                    labels = UNSET
                else:
                    labels = JobLabels.from_dict(_labels)

            except _wire.WireError:
                labels = None
                kept = _wire.deviate(kept, "Job", "labels", _labels, unusable_when_mistyped=False, origin=src_dict)
        else:
            kept = _wire.deviate(kept, "Job", "labels", _labels, unusable_when_mistyped=False, origin=src_dict)
            labels = None

        job = cls(
            id=id,
            name=name,
            status=status,
            created_at=created_at,
            result=result,
            labels=labels,
        )
        job.additional_properties = d
        if kept is not None:
            job._wire_kept = kept
        return job

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


# Imported after the class, not at the top: models may refer to each other, and by the time another model
# module imports this one back, the class above already exists.
from ..models.job_labels import JobLabels
