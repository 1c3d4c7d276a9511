"""Request parameters given as dicts where a request model's constructor wants a model (and enum values given
as strings where it wants the enum): checked against the spec's ``TypedDict``s (``mixroute_client.params``, which
the package hands over with its spec facts, ``_facts``), then built with the model's own ``from_dict``; or refused
with a ``UsageError`` that names the argument and the JSON path, before anything is sent.

Only the generated constructors call ``convert``, and only for a value that is not already what the attribute
holds: a request built from models never gets here. The checks follow the ``TypedDict``s at run time (their
keys, ``Literal``s, lists and unions), so the rules are the ones a type checker applies, never a second copy.
A union of dicts is decided by its ``Literal`` keys (``role``, ``type``) as the spec's ``const``s say: a
``{"role": "user", ...}`` is a ``UserMessageParam`` or nothing, and only a role no variant names falls to the
variant that takes any (``OtherMessageParam``). Keys the spec does not name are passed on, as the models'
``additional_properties`` pass them on. Messages never quote a value, only its JSON type.

Hand-written rather than a validation library: the one made for the job here, jsonschema, is an optional
dependency (strict mode), and none of them picks a union's variant by its ``Literal`` keys the way this must.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from ._compat import NotRequired, is_typeddict
from ._exceptions import UsageError
from ._facts import spec_facts
from ._wire import article, json_path, json_type

__all__ = ["convert"]

_Path = list[str | int]
_UNIONS = (Union, types.UnionType)
_CONTAINERS: dict[Any, str] = {list: "an array", dict: "an object"}
_SCALARS = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", type(None): "null"}


class _Refused(Exception):
    def __init__(self, path: _Path, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


def convert(value: object, owner: type, argument: str) -> Any:
    """What ``owner``'s attribute ``argument`` holds for ``value``, or ``UsageError`` saying what is wrong."""
    try:
        return _to_attribute(value, _attribute_types(owner)[argument], [argument])
    except _Refused as refused:
        raise UsageError(f"{owner.__name__}({argument}=...): {json_path(refused.path)}: {refused.reason}") from None


def _to_attribute(value: object, annotation: Any, path: _Path) -> Any:
    members = _members(annotation)
    for holds in _holders(members):
        if holds(value):
            return value
    item = _list_item(members)
    if item is not None and value.__class__ in (list, tuple):
        return [_to_attribute(entry, item, [*path, index]) for index, entry in enumerate(value)]
    models = _models_by_param(annotation)
    if models and _is_model(type(value)):
        # Another model of the package where one of these is wanted (a reply's ChatCompletionMessage appended
        # to the next request's messages, as with the OpenAI SDK): its JSON is checked like any dict.
        value = value.to_dict()  # type: ignore[attr-defined]
    if models and value.__class__ is not dict:
        value = _json_object(value)
    if models and value.__class__ is dict:
        return models[_check_union(value, list(models), path)].from_dict(value)
    for member in members:
        if isinstance(member, type) and issubclass(member, enum.Enum) and value.__class__ is str:
            try:
                return member(value)
            except ValueError:
                continue
    raise _Refused(path, _expected(members, value))


def _json_object(value: object) -> object:
    """Any other mapping, or an object with ``model_dump()`` (a pydantic model, such as the OpenAI SDK's
    ``ChatCompletionMessage``), as the dict it stands for; anything else as it is, to be refused.

    A model dumps only what was set, in JSON mode, as the OpenAI SDK sends a model given as a param.
    """
    if isinstance(value, Mapping):
        return {key: _plain(entry) for key, entry in value.items()}
    dump = getattr(value, "model_dump", None)
    if not callable(dump):
        return value
    try:
        return dump(mode="json", exclude_unset=True)
    except TypeError:  # a model_dump() of another make, without pydantic's options
        return dump()


def _plain(value: object) -> object:
    if isinstance(value, Mapping):
        return {key: _plain(entry) for key, entry in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(entry) for entry in value]
    return value


def _check(value: object, annotation: Any, path: _Path) -> None:
    """Raise ``_Refused`` unless ``value`` is what ``annotation`` (a parameter type) allows."""
    kind, argument = _kind(annotation)
    if kind == "union":
        _check_union(value, argument, path)
    elif kind == "typed_dict":
        _check_typed_dict(value, annotation, path)
    elif kind == "list" and value.__class__ in (list, tuple):
        for index, entry in enumerate(value):
            _check(entry, argument, [*path, index])
    elif kind == "dict" and value.__class__ is dict:
        _check_mapping(value, argument, path)
    elif not _holder(annotation)(value):
        raise _Refused(path, _expected(_members(annotation), value))


# Every question below is asked of the same few annotations for every value converted: answered once each.
@cache
def _kind(annotation: Any) -> tuple[str, Any]:
    """What ``_check`` does with ``annotation``, and with what: its members, item type or value type."""
    members = _members(annotation)
    if len(members) > 1:
        return "union", members
    if is_typeddict(annotation):
        return "typed_dict", None
    origin = get_origin(annotation)
    if origin is list:
        return "list", get_args(annotation)[0]
    if origin is dict:
        return "dict", get_args(annotation)[1]
    return "value", None


def _check_typed_dict(value: object, typed_dict: Any, path: _Path) -> None:
    # A dict subclass is a dict too: pydantic_function_tool's function object carries its model.
    if not isinstance(value, dict):
        raise _Refused(path, _expected([typed_dict], value))
    types_of = _key_types(typed_dict)
    missing = [key for key in _required_keys(typed_dict) if key not in value]
    if missing:
        raise _Refused(path, f"the required key {missing[0]!r} is missing ({typed_dict.__name__})")
    for key, entry in value.items():
        if key in types_of:
            _check(entry, types_of[key], [*path, key])


def _check_mapping(value: dict[Any, Any], value_type: Any, path: _Path) -> None:
    # The keys are the caller's own (token ids, metadata names): never quoted, so the message cannot leak one.
    for key, entry in value.items():
        if key.__class__ is not str:
            raise _Refused(path, f"every key must be a string, one is {article(json_type(key))} {json_type(key)}")
        try:
            _check(entry, value_type, [])
        except _Refused as refused:
            raise _Refused(path, f"a value is wrong: {refused.reason}") from None


def _check_union(value: object, members: Sequence[Any], path: _Path) -> Any:
    """The member ``value`` is, tried in the order ``_candidates`` gives; else the most specific refusal."""
    refusals: list[_Refused] = []
    for member in _candidates(value, members, path):
        try:
            _check(value, member, path)
        except _Refused as refused:
            refusals.append(refused)
        else:
            return member
    if len(refusals) == 1:  # the one variant the value can be: what it lacks is the clearest answer
        raise refusals[0]
    deepest = max(refusals, key=lambda refused: len(refused.path), default=None)
    if deepest is not None and len(deepest.path) > len(path):  # inside the variant the value looked like
        raise deepest
    raise _Refused(path, _expected(members, value))


def _candidates(value: object, members: Sequence[Any], path: _Path) -> list[Any]:
    """The members worth trying: for a dict, those whose ``Literal`` keys it matches; only when none claims
    it, those without ``Literal`` keys (the spec's variants for any other value)."""
    others, deciding, open_ended = _variants(tuple(members))
    if value.__class__ is not dict or not (deciding or open_ended):
        return list(others)
    claimed = [member for member in deciding if _claims(member, value)]
    if claimed:
        return claimed
    if open_ended or others:
        return [*open_ended, *others]
    raise _unclaimed(value, deciding, path)


@cache
def _variants(members: tuple[Any, ...]) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
    """A union's members: not TypedDicts; TypedDicts with ``Literal`` keys deciding them; the others."""
    typed_dicts = [member for member in members if is_typeddict(member)]
    return (
        tuple(member for member in members if not is_typeddict(member)),
        tuple(member for member in typed_dicts if _literal_keys(member)),
        tuple(member for member in typed_dicts if not _literal_keys(member)),
    )


def _claims(typed_dict: Any, value: dict[str, Any]) -> bool:
    return all(key in value and value[key] in allowed for key, allowed in _literal_keys(typed_dict).items())


def _unclaimed(value: dict[str, Any], typed_dicts: Sequence[Any], path: _Path) -> _Refused:
    """Why no variant takes a dict: its deciding key is missing or has a value none of them names."""
    key = next(iter(_literal_keys(typed_dicts[0])))
    if key not in value:
        return _Refused(path, f"the required key {key!r} is missing")
    allowed = [option for member in typed_dicts for option in _literal_keys(member).get(key, ())]
    return _Refused([*path, key], _expected([Literal[tuple(allowed)]], value[key]))


@cache
def _holders(members: tuple[Any, ...]) -> tuple[Callable[[object], bool], ...]:
    return tuple(_holder(member) for member in members)


@cache
def _list_item(members: tuple[Any, ...]) -> Any:
    """The item type of the first list among ``members`` (None when there is none)."""
    lists = [member for member in members if get_origin(member) is list]
    return get_args(lists[0])[0] if lists else None


@cache
def _holder(member: Any) -> Callable[[object], bool]:
    if member is Any:
        return lambda value: True
    if get_origin(member) is Literal:
        options = get_args(member)
        return lambda value: value.__class__ in (str, int, bool) and value in options
    if member is float:
        return lambda value: value.__class__ is float or value.__class__ is int
    if member in _SCALARS:
        return lambda value: value.__class__ is member
    if isinstance(member, type) and get_origin(member) is None:
        return lambda value: isinstance(value, member)
    return lambda value: False


def _expected(members: Sequence[Any], value: object) -> str:
    described = dict.fromkeys(_describe(member) for member in members)
    described.pop("", None)
    # A type with no JSON description still gets a name: never "expected , got ...".
    wanted = " or ".join(described) or " or ".join(getattr(member, "__name__", str(member)) for member in members)
    got = json_type(value)
    return f"expected {wanted}, got {article(got)} {got}"


def _describe(member: Any) -> str:
    if get_origin(member) is Literal:
        return "one of " + ", ".join(repr(option) for option in get_args(member))
    if isinstance(member, type) and issubclass(member, enum.Enum):
        return "one of " + ", ".join(repr(option.value) for option in member)
    if is_typeddict(member):
        return f"an object ({member.__name__})"
    if _is_model(member):
        return f"a {member.__name__} or its dict"
    # Unset describes as "": it is the default, never something to pass.
    return _CONTAINERS.get(get_origin(member)) or _SCALARS.get(member, "")


# Cached per annotation: a list of dicts asks the same questions of the same annotation for every item.
@cache
def _members(annotation: Any) -> tuple[Any, ...]:
    return get_args(annotation) if get_origin(annotation) in _UNIONS else (annotation,)


@cache
def _models_by_param(annotation: Any) -> dict[Any, Any]:
    """The models among ``annotation``'s members, by the param type their dict form is checked against."""
    return {_param_of(member): member for member in _members(annotation) if _is_model(member)}


def _is_model(member: Any) -> bool:
    return isinstance(member, type) and hasattr(member, "from_dict") and hasattr(member, "__attrs_attrs__")


def _param_of(model: type) -> Any:
    return spec_facts().params_by_model()[model.__name__]


@cache
def _attribute_types(owner: type) -> dict[str, Any]:
    return get_type_hints(owner)


@cache
def _key_types(typed_dict: Any) -> dict[str, Any]:
    # ``NotRequired`` unwrapped here, not by ``get_type_hints``: on 3.10 typing's version keeps typing_extensions'
    # wrapper, and every optional key would then be checked against a type nothing holds.
    hints = _hints(typed_dict)
    return {key: get_args(hint)[0] if get_origin(hint) is NotRequired else hint for key, hint in hints.items()}


@cache
def _required_keys(typed_dict: Any) -> list[str]:
    # Not ``__required_keys__``: the params module's annotations are strings, in which Python before 3.12 does
    # not see ``NotRequired``; the resolved hints keep it.
    return [key for key, hint in _hints(typed_dict).items() if get_origin(hint) is not NotRequired]


@cache
def _hints(typed_dict: Any) -> dict[str, Any]:
    return get_type_hints(typed_dict, include_extras=True)


@cache
def _literal_keys(typed_dict: Any) -> dict[str, tuple[Any, ...]]:
    """The required keys a ``Literal`` types (``role``, ``type``): what tells a union's variants apart."""
    required = _required_keys(typed_dict)
    return {
        key: get_args(value)
        for key, value in _key_types(typed_dict).items()
        if key in required and get_origin(value) is Literal
    }
