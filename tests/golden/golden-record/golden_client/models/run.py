# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..models.job_status import JobStatus
from ..models.priority import Priority
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("id", "job_id", "status", "priority"))


@_attrs_define(getstate_setstate=False)
class Run(_models.Model):
    """
    Attributes:
        id (str | None):
        job_id (str | None):
        status (JobStatus | None):
        priority (Priority | None):
    """

    id: str | None
    job_id: str | None
    status: JobStatus | None
    priority: Priority | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("priority",)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        id = self.id

        job_id = self.job_id

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
                "job_id": job_id,
                "status": status,
            }
        )
        if self.priority is not None:
            priority = self.priority.value
            field_dict["priority"] = priority
        elif self._wire_nulls & 1:
            field_dict["priority"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("Run", src_dict)
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
            kept = _wire.deviate(kept, "Run", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        try:
            _job_id = d["job_id"]
        except KeyError:
            _job_id = UNSET
            left += 1
        if _job_id.__class__ is str:
            job_id = _job_id
        else:
            kept = _wire.deviate(kept, "Run", "job_id", _job_id, unusable_when_mistyped=True, origin=src_dict)
            job_id = None

        try:
            _status = d["status"]
        except KeyError:
            _status = UNSET
            left += 1
        if _status in ("done", "queued", "running"):
            status = JobStatus(_status)

        else:
            kept = _wire.deviate(kept, "Run", "status", _status, unusable_when_mistyped=False, origin=src_dict)
            status = None

        if left:
            _priority = d.get("priority", UNSET)
            if _priority.__class__ is int and _priority in (1, 2, 3):
                priority = Priority(_priority)

                left -= 1
            elif _priority is UNSET:
                priority = None
            elif _priority is None:
                priority = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(kept, "Run", "priority", _priority, unusable_when_mistyped=False, origin=src_dict)
                priority = None

        else:
            priority = None

        run = new_model(cls)
        run.id = id
        run.job_id = job_id
        run.status = status
        run.priority = priority
        run.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        run._wire_kept = kept
        run._wire_nulls = nulls
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
