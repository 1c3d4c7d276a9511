"""What every generated model shares that is not derived from the spec: its repr, and the OpenAI SDK's dumps.

The SDK's replies are pydantic models; code written against them calls ``model_dump()``, ``model_dump_json()``,
``to_dict()`` and ``to_json()``. ``Model`` gives the generated attrs classes the same methods with the same
defaults, without pydantic: a dump walks the attrs fields. A field counts as set as pydantic counts it: a
request model's when it is not ``UNSET``, a reply's when it arrived (its value, or ``null``, which the model
records per field). What arrived but did not fit is dumped as it came, as the SDK (which never rejects a reply)
would hold it, and keys the spec does not name are dumped with the rest, as the SDK's ``extra="allow"`` does.

A model's own ``to_dict()`` (generated) writes the wire form, which is the SDK's ``to_dict()`` with its default
options; given options, it comes here.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import enum
import functools
import json
import uuid
import warnings
from collections.abc import Callable, Collection, Mapping
from typing import Any, Literal, TypeVar

import attrs
import httpx2

from ._compat import Self, TypedDict
from ._exceptions import request_id_of
from ._types import UNSET

__all__ = ["DumpOptions", "Model", "accept_old_keywords", "model_repr", "old_name", "same_answer", "to_dict"]

_M = TypeVar("_M")
_Mode = Literal["json", "python"]
# The fields of every model that hold no property of the spec.
_NOT_PROPERTIES = frozenset({"additional_properties", "_wire_kept", "_wire_nulls"})


def same_answer(source: Model, made: Model) -> None:
    """``made``, built from ``source`` (parse()'s typed reply), answers the same request: the same request id."""
    headers = getattr(source, "_mixroute_headers", None)
    if headers is not None:
        made._mixroute_headers = headers


class DumpOptions(TypedDict, total=False):
    """The keyword arguments of the OpenAI SDK's ``BaseModel.to_dict()``, which a generated ``to_dict`` takes."""

    mode: _Mode
    use_api_names: bool
    exclude_unset: bool
    exclude_defaults: bool
    exclude_none: bool
    warnings: bool


class Model:
    """The base of every generated model: the OpenAI SDK's ``BaseModel`` methods, its defaults included."""

    # The headers of the answer a reply was read from: kept, not searched, so a call pays for its request id only
    # when someone asks for it. Never part of ``==`` or a dump (not an attrs field).
    __slots__ = ("_mixroute_headers",)
    _mixroute_headers: httpx2.Headers

    @property
    def _request_id(self) -> str | None:
        """The id the gateway gave the request this reply answers (the OpenAI SDK's ``_request_id``), from the
        spec's request-id headers; None for a model that was not read from an answer, or an answer without one."""
        headers = getattr(self, "_mixroute_headers", None)
        return None if headers is None else request_id_of(headers, "")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # A subclass of a generated model that adds attributes of its own (parse()'s ``parsed``) is dumped by the
        # walker, which sees them, also by ``to_dict()`` without options: the generated writer knows only the spec.
        added = [name for name in cls.__dict__.get("__slots__", ()) if not name.startswith("_")]
        if added and "__attrs_attrs__" not in cls.__dict__:
            setattr(cls, "to_dict", to_dict)  # noqa: B010 (mypy refuses to assign a method)

    def model_dump(
        self,
        *,
        mode: _Mode = "python",
        include: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> dict[str, Any]:
        """The model as a dict, as pydantic's ``model_dump`` (``include``/``exclude`` name top-level fields;
        ``warnings`` is accepted for the SDK's signature: nothing here warns)."""
        del warnings
        dumped = _dump(self, _Options(mode, bool(by_alias), exclude_unset, exclude_defaults, exclude_none))
        if include is not None:
            dumped = {key: value for key, value in dumped.items() if key in include}
        if exclude is not None:
            dumped = {key: value for key, value in dumped.items() if key not in exclude}
        return dumped

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        include: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """The model as JSON text, as pydantic writes it: compact without ``indent``, UTF-8 left unescaped."""
        dumped = self.model_dump(
            mode="json",
            include=include,
            exclude=exclude,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )
        separators = (",", ":") if indent is None else None
        return json.dumps(dumped, indent=indent, separators=separators, ensure_ascii=False)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy, as pydantic's ``model_copy``: shallow unless ``deep``, with the attributes in ``update`` set."""
        copied = copy.deepcopy(self) if deep else copy.copy(self)
        for name, value in (update or {}).items():
            setattr(copied, name, value)
        return copied

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """The OpenAI SDK's ``to_json()``: the JSON names, only what was set, indented by 2."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )


def to_dict(
    model: Model,
    *,
    mode: _Mode = "python",
    use_api_names: bool = True,
    exclude_unset: bool = True,
    exclude_defaults: bool = False,
    exclude_none: bool = False,
    warnings: bool = True,
) -> dict[str, Any]:
    """The OpenAI SDK's ``to_dict()`` given options (a generated ``to_dict()`` without any writes its own)."""
    return model.model_dump(
        mode=mode,
        by_alias=use_api_names,
        exclude_unset=exclude_unset,
        exclude_defaults=exclude_defaults,
        exclude_none=exclude_none,
        warnings=warnings,
    )


@attrs.frozen
class _Options:
    mode: _Mode
    by_alias: bool
    exclude_unset: bool
    exclude_defaults: bool
    exclude_none: bool


def _dump(model: object, options: _Options) -> dict[str, Any]:
    kept: dict[str, Any] = getattr(model, "_wire_kept", None) or {}
    dumped: dict[str, Any] = {}
    for name, wire_name, default in _properties(type(model)):
        value = getattr(model, name)
        if wire_name in kept:
            value = kept[wire_name]
            given = value is not UNSET
        else:
            given = _given(model, name, value)
        if value is UNSET:
            value = None
        if (
            (options.exclude_unset and not given)
            or (options.exclude_none and value is None)
            or (options.exclude_defaults and value == default)
        ):
            continue
        dumped[wire_name if options.by_alias else name] = _dump_value(value, options)
    extra: dict[str, Any] = getattr(model, "additional_properties", {})
    for key, value in extra.items():
        if not (options.exclude_none and value is None):
            dumped[key] = _dump_value(value, options)
    return dumped


def _given(model: object, name: str, value: object) -> bool:
    """Whether a field counts as set: see the module's docstring."""
    optional: tuple[str, ...] | None = getattr(model, "_wire_optional", None)
    if optional is None or name not in optional:
        return value is not UNSET
    nulls: int = getattr(model, "_wire_nulls", 0)
    return value is not None or bool(nulls & (1 << optional.index(name)))


def _dump_value(value: object, options: _Options) -> Any:
    if isinstance(value, Model):
        return _dump(value, options)
    if isinstance(value, (list, tuple)):
        return [_dump_value(item, options) for item in value]
    if isinstance(value, dict):
        return {key: _dump_value(item, options) for key, item in value.items()}
    return _dump_scalar(value, options)


def _dump_scalar(value: object, options: _Options) -> Any:
    """A value that is no model of ours and no container: what parse() read into, an enum, a date."""
    if callable(getattr(value, "model_dump", None)):  # a pydantic model
        return value.model_dump(  # type: ignore[attr-defined]
            mode=options.mode,
            by_alias=options.by_alias,
            exclude_unset=options.exclude_unset,
            exclude_defaults=options.exclude_defaults,
            exclude_none=options.exclude_none,
        )
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _dump_value(dataclasses.asdict(value), options)
    if isinstance(value, enum.Enum):
        # The SDK's models hold these as the strings that arrived (``Literal``s), in either mode.
        return value.value
    if options.mode == "json" and isinstance(value, (datetime.date, uuid.UUID)):
        return value.isoformat() if isinstance(value, datetime.date) else str(value)
    return value


_PROPERTIES: dict[type, tuple[tuple[str, str, object], ...]] = {}


def _properties(cls: type) -> tuple[tuple[str, str, object], ...]:
    """Each property's attribute name, JSON name and default (``None`` for none) in the class's order."""
    found = _PROPERTIES.get(cls)
    if found is None:
        found = _PROPERTIES[cls] = _read_properties(cls)
    return found


def _read_properties(cls: type) -> tuple[tuple[str, str, object], ...]:
    json_names: dict[str, str] = getattr(cls, "_json_names", {})
    fields = attrs.fields(cls)
    found = [
        (field.name, json_names.get(field.name, field.name), _default(field))
        for field in fields
        if field.name not in _NOT_PROPERTIES
    ]
    # What a subclass adds in slots of its own: parse()'s ``parsed`` and ``parsed_arguments``, which the SDK dumps.
    known = {field.name for field in fields}
    added = [name for base in cls.__mro__ for name in getattr(base, "__slots__", ()) if name not in known]
    found += [(name, name, None) for name in dict.fromkeys(added) if not name.startswith("_")]
    return tuple(found)


def _default(field: attrs.Attribute[Any]) -> object:
    return None if field.default is attrs.NOTHING or field.default is UNSET else field.default


def old_name(model: object, old: str, new: str) -> Any:
    """The value of ``new`` read by its deprecated name ``old`` (the stock generator's ``object_``, ``type_``)."""
    _warn_renamed(type(model), old, new, stacklevel=4)
    return getattr(model, new)


def accept_old_keywords(renamed: dict[str, str]) -> Callable[[type[_M]], type[_M]]:
    """A class decorator: the constructor also takes each deprecated keyword of ``renamed`` (old -> new name)."""

    def decorate(cls: type[_M]) -> type[_M]:
        init = cls.__init__

        @functools.wraps(init)
        def __init__(self: _M, *args: Any, **kwargs: Any) -> None:
            for old in renamed.keys() & kwargs.keys():
                _warn_renamed(cls, old, renamed[old], stacklevel=3)
                kwargs[renamed[old]] = kwargs.pop(old)
            init(self, *args, **kwargs)

        setattr(cls, "__init__", __init__)  # noqa: B010 (mypy refuses to assign a method)
        return cls

    return decorate


def _warn_renamed(cls: type, old: str, new: str, *, stacklevel: int) -> None:
    message = f"{cls.__name__}.{old} is deprecated and goes in the next minor version: use .{new}, its JSON name"
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel)


def model_repr(model: Any) -> str:
    """``Name(field=value, ...)`` with only the fields that are set: what a request sends, what a reply held.

    Left out: ``UNSET`` (a request's "not sent"), an optional attribute of a model read from a reply that reads
    ``None`` because nothing arrived (one that arrived as ``null`` is shown), no additional properties.
    """
    optional: tuple[str, ...] = getattr(model, "_wire_optional", ())
    nulls: int = getattr(model, "_wire_nulls", 0)
    shown = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if not field.repr or value is UNSET or (field.name == "additional_properties" and not value):
            continue
        if value is None and field.name in optional and not nulls & (1 << optional.index(field.name)):
            continue
        shown.append(f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"
