# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..models.job_status import JobStatus
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("id", "name", "status", "created_at", "result", "labels"))


@_attrs_define(getstate_setstate=False)
class Job(_models.Model):
    """
    Attributes:
        id (str | None):
        name (str | None):
        status (JobStatus | None):
        created_at (datetime.datetime | None):
        result (None | str):
        labels (JobLabels | None):
    """

    id: str | None
    name: str | None
    status: JobStatus | None
    created_at: datetime.datetime | None = None
    result: None | str = None
    labels: JobLabels | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("created_at", "result", "labels")

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        id = self.id

        name = self.name

        status: str | None
        if self.status is None:
            status = None
        else:
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if self.created_at is not None:
            created_at = self.created_at.isoformat()
            field_dict["created_at"] = created_at
        elif self._wire_nulls & 1:
            field_dict["created_at"] = None
        if self.result is not None:
            result: None | str
            result = self.result

            field_dict["result"] = result
        elif self._wire_nulls & 2:
            field_dict["result"] = None
        if self.labels is not None:
            labels = self.labels.to_dict()
            field_dict["labels"] = labels
        elif self._wire_nulls & 4:
            field_dict["labels"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("Job", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 3
        try:
            _id = d["id"]
        except KeyError:
            _id = UNSET
            left += 1
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "Job", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        try:
            _name = d["name"]
        except KeyError:
            _name = UNSET
            left += 1
        if _name.__class__ is str:
            name = _name
        else:
            kept = _wire.deviate(kept, "Job", "name", _name, unusable_when_mistyped=True, origin=src_dict)
            name = None

        try:
            _status = d["status"]
        except KeyError:
            _status = UNSET
            left += 1
        if _status in ("done", "queued", "running"):
            status = JobStatus(_status)

        else:
            kept = _wire.deviate(kept, "Job", "status", _status, unusable_when_mistyped=False, origin=src_dict)
            status = None

        if left:
            _created_at = d.get("created_at", UNSET)
            if _created_at.__class__ is str:
                created_at = datetime.datetime.fromisoformat(_created_at)

                left -= 1
            elif _created_at is UNSET:
                created_at = None
            elif _created_at is None:
                created_at = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "Job", "created_at", _created_at, unusable_when_mistyped=False, origin=src_dict
                )
                created_at = None

        else:
            created_at = None

        if left:
            _result = d.get("result", UNSET)
            if _result.__class__ is str:
                result = _result

                left -= 1
            elif _result is UNSET:
                result = None
            elif _result is None:
                result = None
                nulls |= 2
                left -= 1
            else:
                kept = _wire.deviate(kept, "Job", "result", _result, unusable_when_mistyped=False, origin=src_dict)
                result = None

        else:
            result = None

        if left:
            _labels = d.get("labels", UNSET)
            if _labels.__class__ is dict:
                try:
                    labels = _read_JobLabels(_labels)

                except _wire.WireError:
                    labels = None
                    kept = _wire.deviate(kept, "Job", "labels", _labels, unusable_when_mistyped=False, origin=src_dict)
                left -= 1
            elif _labels is UNSET:
                labels = None
            elif _labels is None:
                labels = None
                nulls |= 4
                left -= 1
            else:
                kept = _wire.deviate(kept, "Job", "labels", _labels, unusable_when_mistyped=False, origin=src_dict)
                labels = None

        else:
            labels = None

        job = new_model(cls)
        job.id = id
        job.name = name
        job.status = status
        job.created_at = created_at
        job.result = result
        job.labels = labels
        job.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        job._wire_kept = kept
        job._wire_nulls = nulls
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

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_JobLabels = JobLabels.from_dict
