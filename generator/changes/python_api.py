"""Compare the Python API of two renders of the generated package, with griffe.

griffe finds removed objects and incompatible signatures (``griffe.find_breaking_changes``), but on its own
it misses two things that matter most for our models: the generated models are attrs classes, whose
``__init__`` griffe does not synthesize (it does so only for dataclasses), and it does not compare
annotations. So :class:`AttrsInit`, a griffe extension, writes the ``__init__`` attrs would create, which lets
griffe report new required constructor parameters; annotation changes and additions are found here.
"""

from __future__ import annotations

import ast
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import griffe

from generator.changes.directions import Direction
from generator.changes.kinds import Change, Severity

ATTRS_DECORATORS = frozenset({"attrs.define", "attrs.frozen", "attrs.mutable"})
# The class decorator of a model whose attributes lost the stock generator's ``_`` suffix (generator/names.py);
# its one argument maps each old name to the new.
OLD_NAMES_DECORATOR = "_runtime._models.accept_old_keywords"


def _field_arguments(attribute: griffe.Attribute) -> dict[str, str] | None:
    """The keyword arguments of an ``attrs.field(...)`` value as source text; None for a plain default."""
    value = attribute.value
    if not (isinstance(value, griffe.ExprCall) and value.canonical_path == "attrs.field"):
        return None
    return {
        argument.name: str(argument.value) for argument in value.arguments if isinstance(argument, griffe.ExprKeyword)
    }


def _parameter(attribute: griffe.Attribute) -> griffe.Parameter | None:
    arguments = _field_arguments(attribute)
    if arguments is None:
        kind, default = griffe.ParameterKind.positional_or_keyword, attribute.value
        name = attribute.name.lstrip("_")
    elif arguments.get("init") == "False":
        return None
    else:
        keyword_only = arguments.get("kw_only") == "True"
        kind = griffe.ParameterKind.keyword_only if keyword_only else griffe.ParameterKind.positional_or_keyword
        factory = arguments.get("factory")
        default = arguments.get("default", f"{factory}()" if factory else None)
        # attrs names a private attribute's parameter without its underscores, unless given an alias.
        name = arguments.get("alias", attribute.name.lstrip("_")).strip("\"'")
    return griffe.Parameter(name, annotation=attribute.annotation, kind=kind, default=default)


def _is_attrs(class_: griffe.Class) -> bool:
    return any(decorator.callable_path in ATTRS_DECORATORS for decorator in class_.decorators)


def _attrs_init(class_: griffe.Class) -> griffe.Function:
    """The ``__init__`` attrs writes: inherited fields first, keyword-only ones last."""
    try:
        lineage = [*reversed(class_.mro()), class_]
    except ValueError:
        lineage = [class_]
    found: dict[str, griffe.Parameter] = {}
    for ancestor in lineage:
        if not _is_attrs(ancestor):
            continue
        for member in ancestor.members.values():
            # Properties are attributes to griffe, but never fields.
            if (
                isinstance(member, griffe.Attribute)
                and member.annotation is not None
                and "property" not in member.labels
            ):
                parameter = _parameter(member)
                if parameter is not None:
                    found[parameter.name] = parameter
    keyword_only = griffe.ParameterKind.keyword_only
    ordered = sorted(found.values(), key=lambda parameter: parameter.kind is keyword_only)
    self_parameter = griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)
    return griffe.Function(
        "__init__", lineno=0, endlineno=0, parent=class_, parameters=griffe.Parameters(self_parameter, *ordered)
    )


def _add_inits(obj: griffe.Object) -> None:
    for member in list(obj.members.values()):
        if isinstance(member, griffe.Class):
            if _is_attrs(member) and "__init__" not in member.members:
                member.set_member("__init__", _attrs_init(member))
            _add_inits(member)
        elif isinstance(member, griffe.Module):
            _add_inits(member)


class AttrsInit(griffe.Extension):
    """Give every attrs class the ``__init__`` that attrs generates at import time."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        # Once the whole package is loaded, so that base classes resolve.
        _add_inits(pkg)


def load(package_root: Path, package: str) -> griffe.Object:
    """The API of ``package`` found in ``package_root`` (never an installed copy of the same name)."""
    loaded = griffe.load(
        package,
        search_paths=[package_root],
        try_relative_path=False,
        allow_inspection=False,
        extensions=griffe.load_extensions(AttrsInit()),
    )
    if not isinstance(loaded, griffe.Object) or not str(loaded.filepath).startswith(str(package_root)):
        raise FileNotFoundError(f"{package} not found in {package_root}")
    return loaded


def _public(obj: griffe.Object) -> Iterator[griffe.Object]:
    """``obj`` and every public object defined in it (re-exports are aliases and are skipped)."""
    yield obj
    for member in obj.members.values():
        if isinstance(member, griffe.Object) and (member.is_public or member.name == "__init__"):
            yield from _public(member)


def _describe(value: object) -> str:
    name = getattr(value, "name", None)
    return str(name) if isinstance(value, griffe.Parameter) and name else str(value)


def _detail(breakage: griffe.Breakage) -> str:
    old, new = breakage.old_value, breakage.new_value
    if isinstance(old, griffe.Parameter) or isinstance(new, griffe.Parameter):
        return _describe(new if new is not None else old)
    return f"{_describe(old)} -> {_describe(new)}" if old is not None and new is not None else ""


def _breakages(old: griffe.Object, new: griffe.Object) -> list[Change]:
    """griffe's breakages, one line per object and kind (a new field moves every parameter after it)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for breakage in griffe.find_breaking_changes(old, new):
        details = grouped.setdefault((breakage.obj.path, breakage.kind.value), [])
        if detail := _detail(breakage):
            details.append(detail)
    return [
        Change(Severity.BREAKING, path, f"{kind}: {', '.join(details)}" if details else kind)
        for (path, kind), details in grouped.items()
    ]


def _annotations(obj: griffe.Object) -> dict[str, str]:
    """The annotations a user's code depends on: attribute types, return types and non-``__init__`` parameters."""
    if isinstance(obj, griffe.Attribute):
        return {"type": str(obj.annotation)}
    if isinstance(obj, griffe.Function) and obj.name != "__init__":
        found = {f"parameter {parameter.name}": str(parameter.annotation) for parameter in obj.parameters}
        return {**found, "return type": str(obj.returns)}
    return {}


def _members(annotation: str) -> list[str]:
    """The alternatives of a union annotation, split at its top level (``list[A | B] | None`` has two)."""
    members, depth, start = [], 0, 0
    for position, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.append(annotation[start:position].strip())
            start = position + 1
    return [*members, annotation[start:].strip()]


def takes_at_least(old: str, new: str) -> bool:
    """Whether every value of type ``old`` is also one of type ``new`` (``list[A]`` -> ``list[A | B]`` too)."""
    return all(any(_covers(member, candidate) for candidate in _members(new)) for member in _members(old))


# Wrappers whose content may grow as a union does: lists, the constructors' sequences, a params key's NotRequired.
_WRAPPERS = ("list[", "Sequence[", "NotRequired[")


def _covers(old: str, new: str) -> bool:
    if old == new:
        return True
    for wrapper in _WRAPPERS:
        if old.startswith(wrapper) and new.startswith(wrapper) and old.endswith("]") and new.endswith("]"):
            return takes_at_least(old[len(wrapper) : -1], new[len(wrapper) : -1])
    return False


def _annotation_change(obj: griffe.Object, what: str, old: str, new: str, travels: Direction | None) -> Change:
    """A changed annotation, judged by the way its model travels (see ``directions``)."""
    shown = f"{what} changed: {old} -> {new}"
    if isinstance(obj, griffe.Attribute) and travels is Direction.SENT and takes_at_least(old, new):
        return Change(Severity.COMPATIBLE, obj.path, f"{shown} (a request model accepts more)")
    if isinstance(obj, griffe.Attribute) and travels is Direction.READ and takes_at_least(new, old):
        return Change(Severity.COMPATIBLE, obj.path, f"{shown} (a response model promises less)")
    return Change(Severity.BREAKING, obj.path, shown)


def compare(
    old_root: Path, new_root: Path, package: str, travels: Mapping[str, Direction] | None = None
) -> list[Change]:
    """Every change to the Python API of ``package`` from ``old_root`` to ``new_root``; sorted, worst first.

    ``travels`` (class name -> ``Direction``, from ``directions``) lets a type change that is safe in its
    model's direction count as compatible; without it every type change is breaking.
    """
    # griffe warns about every docstring it cannot parse; the generated ones are not its concern here.
    logging.getLogger("griffe").setLevel(logging.ERROR)
    old, new = load(old_root, package), load(new_root, package)
    changes = _breakages(old, new)
    old_objects = {obj.path: obj for obj in _public(old)}
    added: set[str] = set()
    for obj in _public(new):
        before = old_objects.get(obj.path)
        if before is None:
            # Only the outermost new object: a new class's methods are part of "class added".
            if obj.parent is None or obj.parent.path not in added:
                changes.append(Change(Severity.COMPATIBLE, obj.path, f"{obj.kind.value} added"))
            added.add(obj.path)
            continue
        old_annotations, new_annotations = _annotations(before), _annotations(obj)
        direction = (travels or {}).get(obj.parent.name) if obj.parent is not None else None
        for what in sorted(old_annotations.keys() & new_annotations.keys()):
            if old_annotations[what] != new_annotations[what]:
                changes.append(_annotation_change(obj, what, old_annotations[what], new_annotations[what], direction))
    return sorted(set(changes), key=lambda change: (-change.severity, change.where, change.what))


def _old_names(class_: griffe.Class) -> dict[str, str]:
    for decorator in class_.decorators:
        call = decorator.value
        if decorator.callable_path.endswith(OLD_NAMES_DECORATOR) and isinstance(call, griffe.ExprCall):
            found = ast.literal_eval(str(call.arguments[0]))
            return {str(old): str(new) for old, new in found.items()}
    return {}


def deprecations(root: Path, package: str) -> list[Change]:
    """The deprecated names a render of ``package`` in ``root`` still carries, each to go in the next minor
    version: no change in itself (severity ``NONE``), but what that release must remove."""
    logging.getLogger("griffe").setLevel(logging.ERROR)
    found = [
        Change(Severity.NONE, f"{obj.path}.{old}", f"deprecated alias of {new}: remove in the next minor version")
        for obj in _public(load(root, package))
        if isinstance(obj, griffe.Class)
        for old, new in _old_names(obj).items()
    ]
    return sorted(found)
