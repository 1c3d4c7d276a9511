# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from .._runtime._compat import Self, Unpack
from ..types import UNSET, SupportsModelDump, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..params import NotifyParam, RunInputParam


@_attrs_define(getstate_setstate=False, init=False)
class RunRequest(_models.Model):
    """
    Attributes:
        inputs (list[RunInput]):
        notify (None | Notify | Unset):
        stream (bool | Unset):
    """

    inputs: list[RunInput]
    notify: None | Notify | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        inputs: Sequence[RunInput | RunInputParam | SupportsModelDump],
        notify: Notify | NotifyParam | SupportsModelDump | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
    ) -> None:
        if inputs.__class__ is list:
            for _inputs_item in inputs:
                if not (_inputs_item.__class__ is RunInput):
                    inputs = _params.convert(inputs, RunRequest, "inputs")
                    break
        else:
            inputs = _params.convert(inputs, RunRequest, "inputs")
        if not (notify is UNSET or notify is None or notify.__class__ is Notify):
            notify = _params.convert(notify, RunRequest, "notify")
        self.inputs = inputs  # type: ignore[assignment]
        self.notify = notify  # type: ignore[assignment]
        self.stream = stream
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputs": inputs,
            }
        )
        if not isinstance(self.notify, Unset):
            notify: dict[str, Any] | None
            if isinstance(self.notify, Notify):
                notify = self.notify.to_dict()
            else:
                notify = self.notify

            field_dict["notify"] = notify
        if not isinstance(self.stream, Unset):
            stream = self.stream
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("stream",):
            if key in d and d[key] is None:
                del d[key]
        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = _read_RunInput(inputs_item_data)

            inputs.append(inputs_item)

        _notify = d.pop("notify", UNSET)
        notify: None | Notify | Unset
        if _notify is None:
            notify = None
        elif isinstance(_notify, Unset):
            notify = UNSET
        elif isinstance(_notify, dict):
            try:
                notify_type_0 = _read_Notify(_notify)

                notify = notify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                notify = cast("None | Notify | Unset", _notify)
        else:
            notify = _notify

        stream = d.pop("stream", UNSET)

        run_request = cls(
            inputs=inputs,
            notify=notify,
            stream=stream,
        )

        run_request.additional_properties = d
        return run_request

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
from ..models.notify import Notify
from ..models.run_input import RunInput

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_Notify = Notify.from_dict
_read_RunInput = RunInput.from_dict
