"""Deterministic JSON values drawn from a JSON Schema: tool-call arguments and `json_schema` replies.

Our own walker instead of a data generator: hypothesis-jsonschema draws through Hypothesis (random unless
replayed, seconds per schema, no recursive `$ref`), jsf through Faker (random); the mock must give the same
value for the same schema every time, and a plausible one (`"Beijing"` for a city the user named, a real
date for `date-time`). Every value the walker settles on is checked with jsonschema, formats included, against
the part of the schema it fills, and the whole value again before it is sent (`conformance_error`).

What the walker follows: `$ref` inside the schema (`#/$defs/...`, `#/definitions/...`, `#`), recursive ones
down to the first repetition, after which it builds the smallest value (required properties only, `minItems`
items, the option of an `anyOf` that does not recurse, `null` where allowed); `allOf` merged, the first
`anyOf`/`oneOf` option whose value fits; `const`, `enum`, `default`, `examples`; `format`; the bounds of
strings, numbers, arrays and objects; `pattern` (patterns.py); `prefixItems`; `uniqueItems` (items differ by
position); `contains` / `minContains` (the first items satisfy it); `dependentRequired`. A schema no value can
satisfy (contradicting types or bounds, a reference it cannot follow, a loop of references) is `Unsatisfiable`:
the request's fault, a 400. The keywords in UNBUILT_KEYWORDS are checked but not built from: a value drawn
without them is sent when it satisfies them too, else the schema is refused with a message naming them.
"""

from __future__ import annotations

import contextlib
import math
import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any

# jsonschema ships no type hints and types-jsonschema is not in the environment.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import SchemaError, UnknownType  # type: ignore[import-untyped]
from referencing import Registry
from referencing.exceptions import Unresolvable

from mixroute_mock.patterns import PatternTooLong, Unbuildable, matching

# What a value drawn for one schema may cost: a request's schema can ask for far more (`minItems` nested ten
# deep, `minLength: 1e9`), and the mock must refuse that up front rather than build it.
MAX_VALUES = 10_000
MAX_STRING = 4_096
# How many `$ref`s deep a value may go: a recursive schema winds down after its first repetition, so only a
# loop of references with nothing in between, or a recursion every value must repeat, reaches it.
MAX_REFERENCE_DEPTH = 32
# A long string costs as much as this many characters' worth of small values.
_CHARACTERS_PER_PART = 64
# A `pattern` is run against user-chosen words; a long word could make a badly written pattern backtrack for
# minutes (Python's `re` has no time limit), so hints longer than this are not tried.
_MAX_HINT = 64
# What a schema that is valid JSON Schema can still throw at a validator: a `$ref` that loops or points
# nowhere, a pattern Python's `re` cannot compile, a format checker choking on a value.
_LOCAL_ONLY: Registry[Any] = Registry()
_UNUSABLE_SCHEMA = (RecursionError, re.error, Unresolvable, SchemaError, UnknownType, TypeError, ValueError)
_FORMAT_CHECKER = Draft202012Validator.FORMAT_CHECKER
_COMBINATORS = ("anyOf", "oneOf")
# One moment for every date and time the mock writes, so that replies are the same on every run.
_DAY = "2026-01-15"
_TIME = "09:30:00Z"
# Values for `format`, by the property's name made safe for a URL or an address.
_FORMATS: dict[str, Callable[[str], str]] = {
    "date-time": lambda _name: f"{_DAY}T{_TIME}",
    "date": lambda _name: _DAY,
    "time": lambda _name: _TIME,
    "duration": lambda _name: "P1D",
    "email": lambda name: f"{name}@example.com",
    "idn-email": lambda name: f"{name}@example.com",
    "hostname": lambda name: f"{name}.example.com",
    "idn-hostname": lambda name: f"{name}.example.com",
    "ipv4": lambda _name: "192.0.2.1",
    "ipv6": lambda _name: "2001:db8::1",
    "uri": lambda name: f"https://example.com/{name}",
    "iri": lambda name: f"https://example.com/{name}",
    "uri-reference": lambda name: f"/{name}",
    "iri-reference": lambda name: f"/{name}",
    "uri-template": lambda name: f"https://example.com/{{{name}}}",
    "json-pointer": lambda name: f"/{name}",
    "relative-json-pointer": lambda name: f"0/{name}",
    "regex": lambda _name: ".*",
    "uuid": lambda name: str(uuid.uuid5(uuid.NAMESPACE_URL, f"mixroute-mock:{name}")),
}
# Keywords the walker does not build values from: a value drawn without them is sent only when it satisfies them
# too (every value is checked), else the schema is refused with a message naming them.
UNBUILT_KEYWORDS = (
    "not",
    "if",
    "then",
    "else",
    "patternProperties",
    "propertyNames",
    "dependentSchemas",
    "unevaluatedProperties",
    "unevaluatedItems",
    "maxContains",
)
# What a `pattern` can ask for that patterns.py leaves to the final check.
_LOOK_BEHIND_OR_NEGATIVE = re.compile(r"\(\?(?:<[=!]|!)")
# The kind a schema without `type` has, from the keywords only that kind uses.
_KIND_KEYWORDS = (
    ("object", ("properties", "required", "additionalProperties", "minProperties", "patternProperties")),
    ("array", ("items", "prefixItems", "minItems", "maxItems", "uniqueItems")),
    ("number", ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")),
)


class SchemaTooLarge(ValueError):
    """A schema asks for a value bigger than the mock makes; the message says which keyword and limit."""


class Unsatisfiable(ValueError):
    """No value satisfies a schema, or the mock cannot follow it (a reference outside it, a loop of references);
    the message says why."""


def _words(name: str) -> str:
    """`name` as it can stand in an address or a URL."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "value"


def _count(schema: dict[str, Any], keyword: str, limit: int, default: int = 0) -> int:
    """A size keyword's value (`default` when absent or not a whole number), refused above `limit`."""
    value = schema.get(keyword, default)
    if not isinstance(value, int | float) or isinstance(value, bool) or value != int(value):
        return default
    if value > limit:
        raise SchemaTooLarge(f"'{keyword}' of {int(value)} is above the mock's limit of {limit}")
    return int(value)


def _types(schema: dict[str, Any], default: str) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list) and declared:
        return [kind for kind in declared if isinstance(kind, str)]
    for kind, keywords in _KIND_KEYWORDS:
        if any(keyword in schema for keyword in keywords):
            return [kind]
    return [default]


def _common_types(first: list[str], second: list[str]) -> list[str]:
    def admits(kinds: list[str], kind: str) -> bool:
        return kind in kinds or (kind == "integer" and "number" in kinds)

    return [kind for kind in dict.fromkeys([*first, *second]) if admits(first, kind) and admits(second, kind)]


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """One schema that asks what both ask (for `allOf` and a `$ref` with siblings): types intersected, properties
    and `required` joined, a shared property asked of both; any other keyword the first one gives wins."""
    merged = {**extra, **base}
    if "type" in base and "type" in extra:
        common = _common_types(_types(base, ""), _types(extra, ""))
        if not common:
            raise Unsatisfiable(f"it asks for a value of type {base['type']!r} and of type {extra['type']!r}")
        merged["type"] = common
    for keyword in ("properties", "$defs"):
        if isinstance(base.get(keyword), dict) and isinstance(extra.get(keyword), dict):
            shared = base[keyword].keys() & extra[keyword].keys()
            both = {name: {"allOf": [base[keyword][name], extra[keyword][name]]} for name in shared}
            merged[keyword] = {**extra[keyword], **base[keyword], **both}
    if isinstance(base.get("required"), list) and isinstance(extra.get("required"), list):
        merged["required"] = list(dict.fromkeys([*base["required"], *extra["required"]]))
    return merged


class _Walk:
    """One draw of a value from one schema document, counting what it builds so that no schema makes it build
    more than MAX_VALUES, and checking each value it settles on against the part of the schema it fills."""

    def __init__(self, root: Any, hint: str | None) -> None:
        self.root = root
        self.hint = hint if hint is not None and len(hint) <= _MAX_HINT else None
        self.left = MAX_VALUES
        self.references: list[str] = []
        self.validator = validator(root if isinstance(root, dict | bool) else {})
        self._checkers: dict[int, tuple[Any, Any]] = {}

    @property
    def winding_down(self) -> bool:
        """Whether a reference is being followed inside itself: from there on the smallest value is built."""
        return len(set(self.references)) < len(self.references)

    def fits(self, schema: Any, value: Any) -> bool:
        # Keyed by identity, with the schema kept alive beside its checker: merged schemas are made on the way,
        # and a dead one's id could be given to the next.
        cached = self._checkers.get(id(schema))
        if cached is None or cached[0] is not schema:
            cached = self._checkers[id(schema)] = (schema, self.validator.evolve(schema=schema))
        checker = cached[1]
        try:
            return bool(checker.is_valid(value))
        except _UNUSABLE_SCHEMA:
            return False

    def _spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise SchemaTooLarge(f"the value it describes has more than {MAX_VALUES} parts")

    def value(self, schema: Any, name: str, variant: int = 0, default_type: str = "string") -> Any:
        self._spend(1)
        if schema is False:
            raise Unsatisfiable(f"'{name}' has the schema false, which no value satisfies")
        if not isinstance(schema, dict):
            return _words(name) if default_type == "string" else {}
        if isinstance(schema.get("$ref"), str):
            return self._fitting(schema, name, self._reference(schema, name, variant, default_type))
        if isinstance(schema.get("allOf"), list):
            merged = {key: part for key, part in schema.items() if key != "allOf"}
            for part in schema["allOf"]:
                merged = _merge(merged, self._resolved(part) if isinstance(part, dict) else {})
            return self._fitting(schema, name, self.value(merged, name, variant, default_type))
        declared = self._declared(schema, variant)
        if declared:
            return self._fitting(schema, name, declared[0])
        for keyword in _COMBINATORS:
            if isinstance(schema.get(keyword), list) and schema[keyword]:
                return self._option(schema, keyword, name, variant)
        return self._by_type(schema, name, variant, default_type)

    def _fitting(self, schema: dict[str, Any], name: str, value: Any) -> Any:
        """`value` when it fits `schema`. A merge of `allOf` parts or of a `$ref` and its siblings keeps one of
        two bounds, and a `const` can contradict a `type`: what does not fit is refused as a schema the mock
        cannot satisfy, rather than sent."""
        if not self.fits(schema, value):
            raise _no_value(name, schema)
        return value

    def _resolved(self, schema: dict[str, Any]) -> dict[str, Any]:
        """`schema` with the schema its `$ref` points to merged in (one level)."""
        if not isinstance(schema.get("$ref"), str):
            return schema
        target = self._target(schema["$ref"])
        siblings = {key: part for key, part in schema.items() if key != "$ref"}
        return _merge(siblings, target) if isinstance(target, dict) else siblings

    def _target(self, reference: str) -> Any:
        """The part of the document a `#...` reference points to (a JSON pointer; `#` is the whole)."""
        if not reference.startswith("#"):
            raise Unsatisfiable(f"the reference {reference!r} is outside the schema (the mock follows only '#...')")
        node = self.root
        for token in filter(None, reference[1:].split("/")):
            key = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise Unsatisfiable(f"the reference {reference!r} points to nothing in the schema")
        return node

    def _reference(self, schema: dict[str, Any], name: str, variant: int, default_type: str) -> Any:
        reference = schema["$ref"]
        if len(self.references) >= MAX_REFERENCE_DEPTH:
            raise Unsatisfiable(f"its references ({reference!r}, ...) go on without end")
        self.references.append(reference)
        try:
            return self.value(self._resolved(schema), name, variant, default_type)
        finally:
            self.references.pop()

    def _declared(self, schema: dict[str, Any], variant: int) -> list[Any]:
        """A value the schema spells out itself (`const`, a fitting `default`, an `enum` member, a fitting
        example) as a one-item list, or an empty one."""
        if "const" in schema:
            return [schema["const"]]
        if "default" in schema and self.fits(schema, schema["default"]):
            return [schema["default"]]
        options = schema.get("enum")
        if isinstance(options, list):
            fitting = [option for option in options if self.fits(schema, option)]
            if not fitting:
                raise Unsatisfiable(f"no member of its enum {options!r} satisfies the rest of it")
            return [fitting[variant % len(fitting)]]
        examples = schema.get("examples")
        fitting = [example for example in examples if self.fits(schema, example)] if isinstance(examples, list) else []
        return fitting[:1]

    def _options(self, options: list[Any]) -> list[Any]:
        """The options of an `anyOf`/`oneOf` in the order tried: as written, `null` last; when winding down a
        recursion, `null` and options without references first."""
        if self.winding_down:
            return sorted(options, key=lambda option: isinstance(option, dict) and "$ref" in str(option))
        return sorted(options, key=lambda option: isinstance(option, dict) and option.get("type") == "null")

    def _option(self, schema: dict[str, Any], keyword: str, name: str, variant: int) -> Any:
        base = {key: part for key, part in schema.items() if key not in _COMBINATORS}
        why = "none of its options can be built"
        for option in self._options(schema[keyword]):
            try:
                value = self.value(_merge(base, option) if isinstance(option, dict) else option, name, variant)
            except Unsatisfiable as error:
                why = str(error)
                continue
            if self.fits(schema, value):
                return value
        raise Unsatisfiable(f"no option of its {keyword} for '{name}' gives a value that fits: {why}")

    def _by_type(self, schema: dict[str, Any], name: str, variant: int, default_type: str) -> Any:
        """A value of the first of its types that gives one that fits; `null` last, or first when winding down
        a recursion."""
        kinds = sorted(_types(schema, default_type), key=lambda kind: (kind == "null") != self.winding_down)
        why = str(_no_value(name, schema))
        for kind in kinds:
            try:
                return self._of_kind(schema, name, variant, kind)
            except Unsatisfiable as error:
                why = str(error)
        raise Unsatisfiable(why)

    def _of_kind(self, schema: dict[str, Any], name: str, variant: int, kind: str) -> Any:
        """A value of `kind` that fits `schema`, or Unsatisfiable."""
        if kind in ("integer", "number"):
            return self._settle(schema, name, _numbers(schema, integer=kind == "integer", variant=variant))
        if kind == "string":
            text = self._settle(schema, name, self._strings(schema, name, variant))
            self._spend(len(text) // _CHARACTERS_PER_PART)
            return text
        if kind == "object":
            return self._fitting(schema, name, self._object(schema))
        if kind == "array":
            return self._fitting(schema, name, self._array(schema, name))
        return self._fitting(schema, name, variant % 2 == 0 if kind == "boolean" else None)

    def _settle(self, schema: dict[str, Any], name: str, candidates: Iterator[Any]) -> Any:
        for candidate in candidates:
            if self.fits(schema, candidate):
                return candidate
        raise _no_value(name, schema)

    def _strings(self, schema: dict[str, Any], name: str, variant: int) -> Iterator[str]:
        """Candidates, most plausible first: the value of its `format`, the user's word, the property name,
        strings built from its `pattern`, then runs of one character (which fit most length bounds)."""
        suffix = str(variant + 1) if variant else ""
        made = _FORMATS.get(str(schema.get("format")))
        if made is not None:
            yield made(_words(name) + suffix)
        if self.hint is not None and not variant:
            yield self.hint
        yield name + suffix
        shortest = _count(schema, "minLength", MAX_STRING)
        pattern = schema.get("pattern")
        built = _pattern_strings(pattern, shortest) if isinstance(pattern, str) else []
        for text in built:
            yield from (text, text.ljust(shortest, "x"))
        if built:
            # Runs of one character are no better than what the pattern built, and a pattern that backtracks
            # badly takes longest on long runs.
            return
        if shortest > len(name):
            yield (name + suffix).ljust(shortest, "x")
        for length in range(max(1, shortest), max(1, shortest) + 8):
            yield from ("a" * length, "0" * length, "A" * length)
        yield ""

    def _object(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The required properties (all declared ones when none is, and not winding down), as many others as
        `minProperties` asks for and `maxProperties` allows, named `extra1`, ... beyond the declared ones."""
        declared = schema.get("properties")
        declared = declared if isinstance(declared, dict) else {}
        required = [name for name in schema.get("required", []) if isinstance(name, str)]
        optional = [name for name in declared if name not in required]
        least = _count(schema, "minProperties", MAX_VALUES)
        most = _count(schema, "maxProperties", MAX_VALUES, default=MAX_VALUES)
        wanted = max(least, len(required) if required or self.winding_down else len(required) + len(optional))
        chosen = _with_dependents(required + optional[: max(0, min(wanted, most) - len(required))], schema)
        other = schema.get("additionalProperties", {})
        if other is not False:
            chosen += [f"extra{number}" for number in range(1, least - len(chosen) + 1)]
        self._spend(len(chosen))
        return {name: self.value(declared.get(name, other if isinstance(other, dict) else {}), name) for name in chosen}

    def _array(self, schema: dict[str, Any], name: str) -> list[Any]:
        least = _count(schema, "minItems", MAX_VALUES)
        most = _count(schema, "maxItems", MAX_VALUES, default=MAX_VALUES)
        count = least if self.winding_down else min(most, max(1, least))
        if least > most:
            raise Unsatisfiable(f"'{name}' asks for at least {least} items and at most {most}")
        prefix = schema.get("prefixItems")
        prefix = prefix if isinstance(prefix, list) else []
        items = schema.get("items", {})
        contains = schema.get("contains")
        containing = _count(schema, "minContains", MAX_VALUES, default=1) if isinstance(contains, dict) else 0
        count = max(count, min(containing, most))
        self._spend(count)  # before building, so that a huge `minItems` costs nothing

        def item_schema(index: int) -> Any:
            # The first items satisfy `contains` (and `items`, or their `prefixItems`), the rest `items`.
            own = prefix[index] if index < len(prefix) else items
            return {"allOf": [own, contains]} if index < containing else own

        return [self.value(item_schema(index), name, variant=index) for index in range(count)]


def _with_dependents(chosen: list[str], schema: dict[str, Any]) -> list[str]:
    """`chosen` and the properties `dependentRequired` asks for with them, and theirs in turn."""
    dependents = schema.get("dependentRequired")
    if not isinstance(dependents, dict):
        return chosen
    result = list(chosen)
    index = 0
    while index < len(result):
        asked = dependents.get(result[index])
        result += (
            [name for name in asked if isinstance(name, str) and name not in result] if isinstance(asked, list) else []
        )
        index += 1
    return result


def _pattern_strings(pattern: str, shortest: int) -> list[str]:
    """Strings built from `pattern`: its shortest match, one a step longer, one stretched to `shortest`
    characters where its repeats can grow, and one that writes out what its lookaheads ask for; none when it
    uses what patterns.py does not build."""
    try:
        built = [matching(pattern, stretch=stretch, limit=MAX_STRING) for stretch in (0, 1)]
    except PatternTooLong:
        raise SchemaTooLarge(f"its 'pattern' only matches strings above the mock's limit of {MAX_STRING}") from None
    except (Unbuildable, re.error):
        return []
    growth = len(built[1]) - len(built[0])
    if growth > 0 and len(built[0]) < shortest:
        with contextlib.suppress(PatternTooLong):
            stretch = math.ceil((shortest - len(built[0])) / growth)
            built.append(matching(pattern, stretch=stretch, limit=MAX_STRING))
    if "(?=" in pattern:
        with contextlib.suppress(PatternTooLong, Unbuildable):
            built.append(matching(pattern, limit=MAX_STRING, lookaheads=True))
    return built


def _bound(schema: dict[str, Any], inclusive: str, exclusive: str, tighter: Any) -> tuple[float | None, bool]:
    """The tighter of a lower (or upper) bound and its exclusive form, and whether it is exclusive."""
    both = [(schema.get(keyword), keyword == exclusive) for keyword in (inclusive, exclusive)]
    given = [(value, is_open) for value, is_open in both if _is_number(value)]
    return tighter(given, key=lambda bound: (bound[0], bound[1] == (tighter is max))) if given else (None, False)


def _range(schema: dict[str, Any], integer: bool) -> tuple[float | None, float | None]:
    """The least and greatest value allowed (exclusive bounds moved inside), None where unbounded."""
    low, low_open = _bound(schema, "minimum", "exclusiveMinimum", max)
    high, high_open = _bound(schema, "maximum", "exclusiveMaximum", min)
    least: float | None
    most: float | None
    if low is not None and high is not None and (low > high or (low == high and (low_open or high_open))):
        raise Unsatisfiable(f"no {'integer' if integer else 'number'} lies within its bounds")
    if integer:
        least = None if low is None else math.floor(low) + 1 if low_open else math.ceil(low)
        most = None if high is None else math.ceil(high) - 1 if high_open else math.floor(high)
    else:
        room = 1.0 if low is None or high is None else (high - low) / 2
        least = None if low is None else low + room if low_open else low
        most = None if high is None else high - room if high_open else high
    if least is not None and most is not None and least > most:
        raise Unsatisfiable(f"no {'integer' if integer else 'number'} lies within its bounds")
    return least, most


def _numbers(schema: dict[str, Any], *, integer: bool, variant: int) -> Iterator[int | float]:
    """Candidates: the item's position (0 first) moved inside the bounds, then each bound, then the multiples
    of `multipleOf` nearest each."""
    least, most = _range(schema, integer)
    start = float(variant) if least is None else least + variant
    start = start if most is None else min(start, most)
    points = [point for point in (start, least, most) if point is not None]
    step = schema.get("multipleOf")
    if isinstance(step, int | float) and _is_number(step) and step > 0:
        points += [turn(point / step) * step for point in list(points) for turn in (math.ceil, math.floor)]
    # The next value up last, for a `not` or an `enum` elsewhere that refuses the first.
    points += [start + 1] if most is None or start + 1 <= most else []
    for point in points:
        yield int(point) if integer else float(point)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _shown(schema: dict[str, Any]) -> str:
    text = str({key: part for key, part in schema.items() if key not in ("description", "title")})
    return text if len(text) <= 200 else text[:197] + "..."


def _no_value(name: str, schema: dict[str, Any]) -> Unsatisfiable:
    """The refusal of a schema the mock found no value for, naming the keywords it checks but does not build
    from, which are the likely reason when the schema has them."""
    unbuilt = [keyword for keyword in UNBUILT_KEYWORDS if keyword in schema]
    why = f"the mock finds no value for '{name}' that satisfies {_shown(schema)}"
    if unbuilt:
        named = ", ".join(f"'{keyword}'" for keyword in unbuilt)
        why += f" (it checks {named} but does not build values from {'them' if len(unbuilt) > 1 else 'it'})"
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and _LOOK_BEHIND_OR_NEGATIVE.search(pattern):
        why += " (its pattern's lookbehinds and negative lookaheads are checked but not built from)"
    return Unsatisfiable(why)


def validator(schema: Any) -> Draft202012Validator:
    """A validator of a schema from a request that checks formats and resolves references inside it only:
    without a registry of its own, jsonschema fetches any other `$ref` URL over the network (the mock would make
    requests for its callers, and wait on them)."""
    return Draft202012Validator(schema, registry=_LOCAL_ONLY, format_checker=_FORMAT_CHECKER)


def value_for(schema: Any, *, name: str = "value", hint: str | None = None, default_type: str = "string") -> Any:
    """A value for `schema`; `name` is the property it fills, `hint` a word the user said, for strings;
    `default_type` the type of a root without one (tool arguments are an object).

    Raises SchemaTooLarge when the value would be too big to build, Unsatisfiable when no value satisfies the
    schema; see user_schemas.py, which refuses such a schema before a reply is drawn."""
    return _Walk(schema, hint).value(schema, name, default_type=default_type)


def conformance_error(schema: Any, value: Any) -> str | None:
    """Why `value` is not valid against `schema` (formats checked), as a sentence naming where, or None."""
    try:
        Draft202012Validator.check_schema(schema)
        error = next(iter(sorted(validator(schema).iter_errors(value), key=lambda e: e.path)), None)
    except _UNUSABLE_SCHEMA as failure:
        return f"the schema cannot be checked ({type(failure).__name__}: {failure})"
    if error is None:
        return None
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
    return f"{error.message} (at '{where or '.'}')"


def conforms(schema: Any, value: Any) -> bool:
    """Whether `value` is valid against `schema`, formats included; a schema that is not valid JSON Schema, or
    refers to what it does not hold, accepts nothing."""
    return conformance_error(schema, value) is None


def arguments_for(parameters: Any, hint: str | None = None) -> dict[str, Any]:
    """Tool-call arguments (always a JSON object) for a function's `parameters` schema."""
    try:
        value = value_for(parameters, name="value", hint=hint, default_type="object")
    except (*_UNUSABLE_SCHEMA, LookupError, Unsatisfiable):
        # A schema too broken to walk (e.g. `minLength: "x"`) still gets an answer, as a lenient gateway would.
        value = {}
    return value if isinstance(value, dict) else {}
