"""Compare two OpenAPI 3.1 documents and classify each wire change for clients: breaking or compatible.

Why our own comparer: the maintained OpenAPI diff tools (oasdiff, openapi-diff, openapi-changes) are Go or
Java programs, none is on the package registries this project installs from, and the Python packages of that
name are unmaintained 3.0-only diffs. Our spec is one file with local ``$ref``s, so a focused comparer is
small; it fails safe: any difference in a keyword it does not understand is reported as breaking.

Direction decides the class. In a *request* the server reads what the client writes, so narrowing what
is accepted (a new required field, a removed enum value, a lower ``maximum``, a removed type) breaks
clients, and widening it does not. In a *response* the client reads: a new field or status is compatible,
a removed field, a removed status or a new type (``null``, say) is breaking. Ranges, patterns and
``additionalProperties`` are not enforced by the generated client, so their changes in responses are
compatible. A new value of an *open* enumeration (an enum in a union with plain ``string``) is compatible;
of a closed one, which the generated client rejects when reading, it is breaking.

``not`` is not checked by the generated client when reading, so its changes in responses are compatible. In a
request only the catch-all pattern is understood, a variant whose property excludes the values its siblings
take (``role: {type: string, not: {enum: [system, user]}}``): a value no longer excluded is compatible; a newly
excluded one is compatible when a variant added to the same union takes it as its ``const`` (a new message
class moves its role out of the catch-all), else breaking. Any other ``not`` change fails safe.

A renamed component schema is not a wire change (the bytes are the same); the Python API comparison reports
the renamed class. Response headers are compared; ``info``, ``servers`` and unreferenced components are not.
The protocol facts (``x-mixroute-*`` extensions at the top) are compared by ``generator/changes/facts.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from generator.changes import facts
from generator.changes.kinds import Change, Severity

Schema = Mapping[str, Any]

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
DOC_KEYWORDS = frozenset(
    {"description", "title", "summary", "examples", "example", "externalDocs", "deprecated", "$comment", "xml"}
    # The generator ignores discriminators; variants are told apart by their own constraints.
    | {"discriminator"}
    # The gateway's model catalogue (for the mock and readers): `model` accepts any name on the wire.
    | {"x-mixroute-models"}
)
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
SCHEMA_KEYWORDS = frozenset(
    {"$ref", "type", "nullable", "enum", "const", "anyOf", "oneOf", "properties", "required", "items"}
    | {"additionalProperties", "pattern", "format", "default", "contentSchema", "not", *LOWER_BOUNDS, *UPPER_BOUNDS}
)
OPERATION_KEYWORDS = frozenset({"requestBody", "responses", "parameters", "operationId", "tags"})
BREAKING, COMPATIBLE = Severity.BREAKING, Severity.COMPATIBLE


class WireDiffError(Exception):
    """The documents use something this comparer cannot follow (an external ``$ref``, a dangling one)."""


class Direction(Enum):
    REQUEST = "request"
    RESPONSE = "response"


def resolve(document: Schema, node: Schema) -> Schema:
    """Follow local ``$ref``s until a node that is not a reference."""
    hops = 0
    while "$ref" in node:
        reference = str(node["$ref"])
        if not reference.startswith("#/"):
            raise WireDiffError(f"{reference}: only local $refs (#/...) are supported")
        target: Any = document
        for escaped in reference[2:].split("/"):
            token = escaped.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or token not in target:
                raise WireDiffError(f"{reference}: no such node")
            target = target[token]
        node, hops = target, hops + 1
        if hops > 64:
            raise WireDiffError(f"{reference}: $ref loop")
    return node


def _ref_name(node: Schema) -> str | None:
    reference = node.get("$ref")
    return str(reference).rsplit("/", 1)[-1] if reference else None


def _is_plain_string(variant: Schema) -> bool:
    return variant.get("type") == "string" and not {"enum", "const", "pattern", "format"} & variant.keys()


def _variants(schema: Schema) -> list[Schema]:
    """The alternatives a schema allows: union members, one per listed type, ``null`` for ``nullable``."""
    union = schema.get("oneOf") or schema.get("anyOf")
    if union:
        return [variant for member in union for variant in ([member] if "$ref" in member else _variants(member))]
    types = schema.get("type")
    if isinstance(types, list) and len(types) > 1:
        return [{**schema, "type": one} for one in types]
    if schema.get("nullable") is True:
        return [{key: value for key, value in schema.items() if key != "nullable"}, {"type": "null"}]
    return [schema]


def _alternatives(document: Schema, node: Schema, expanding: frozenset[str] = frozenset()) -> list[Schema]:
    """The variants of ``node``, a ``$ref`` to a single schema kept as the reference.

    Kept, a reference matches the same reference in the other document's union (``$ref: U`` against
    ``anyOf: [$ref: U, type: null]`` is ``null`` added, not an object replaced); a reference to a union is
    replaced by that union's members, which match members listed inline.
    """
    variants = _variants(resolve(document, node))
    reference = node.get("$ref")
    if reference is not None and len(variants) == 1:
        return [node]
    flat: list[Schema] = []
    for variant in variants:
        inner = variant.get("$ref")
        if inner is None or inner in expanding or inner == reference:  # a union that contains itself stays as is
            flat.append(variant)
        else:
            flat.extend(_alternatives(document, variant, expanding | {str(reference or ""), str(inner)}))
    return flat


def _excluded(schema: Schema) -> set[str] | None:
    """The values a ``not`` of the catch-all pattern excludes, or None when it is some other ``not``."""
    negated = schema.get("not")
    if not isinstance(negated, Mapping) or not negated.keys() <= {"enum", "const", "type"} | DOC_KEYWORDS:
        return None
    return _values(negated)


def _claimed_values(document: Schema, variants: Iterable[Schema]) -> dict[str, str]:
    """The ``const`` values (repr) of the properties of ``variants``, each with the variant that takes it."""
    claimed: dict[str, str] = {}
    for variant in variants:
        for prop in resolve(document, variant).get("properties", {}).values():
            if isinstance(prop, Mapping) and "const" in prop:
                claimed[repr(prop["const"])] = _describe(variant)
    return claimed


def _key(variant: Schema) -> tuple[str, str]:
    if "$ref" in variant:
        return ("ref", str(variant["$ref"]))
    if "const" in variant:
        return ("const", repr(variant["const"]))
    kind = variant.get("type")
    if isinstance(kind, list):
        kind = kind[0] if len(kind) == 1 else ",".join(kind)
    return ("type", str(kind)) if kind else ("any", "")


def _union_keys(variants: Sequence[Schema]) -> list[tuple[str, str]]:
    """The keys that match a union's variants with the other document's: ``_key``, told apart by the items'
    keys where one union has several variants of a type (``input``: arrays of strings, of integers, of arrays)."""
    keys = [_key(variant) for variant in variants]
    return [_items_key(variant) if keys.count(key) > 1 else key for variant, key in zip(variants, keys, strict=True)]


def _items_key(variant: Schema) -> tuple[str, str]:
    kind, value = _key(variant)
    items = variant.get("items")
    return (kind, f"{value} of {_items_key(items)[1]}") if isinstance(items, Mapping) else (kind, value)


def _describe(variant: Schema) -> str:
    kind, value = _key(variant)
    return {"ref": _ref_name(variant) or value, "const": f"the constant {value}", "type": value}.get(kind, "any value")


def _types(schema: Schema) -> set[str] | None:
    types = schema.get("type")
    if types is None:
        return None
    names = {types} if isinstance(types, str) else set(types)
    # Every integer is a number: widening integer to number accepts all that was accepted before.
    return names | {"integer"} if "number" in names else names


def _values(schema: Schema) -> set[str] | None:
    if "const" in schema:
        return {repr(schema["const"])}
    return {repr(value) for value in schema["enum"]} if "enum" in schema else None


@dataclass
class _Comparer:
    old_doc: Schema
    new_doc: Schema
    changes: list[Change] = field(default_factory=list)
    seen: set[tuple[str, str, Direction, bool]] = field(default_factory=set)
    # Values the variants added to the unions being compared take (see the module doc on ``not``).
    claims: list[dict[str, str]] = field(default_factory=list)

    def add(self, direction: Direction, where: str, what: str, request: Severity, response: Severity) -> None:
        severity = request if direction is Direction.REQUEST else response
        self.changes.append(Change(severity, where, f"{direction.value}: {what}"))

    # ------------------------------------------------------------------ schemas
    def schema(self, old: Schema, new: Schema, where: str, direction: Direction, open_enum: bool = False) -> None:
        old_name, new_name = _ref_name(old), _ref_name(new)
        if old_name or new_name:
            marker = (str(old.get("$ref", id(old))), str(new.get("$ref", id(new))), direction, open_enum)
            if marker in self.seen:
                return
            self.seen.add(marker)
            # A field that becomes or stops being a reference keeps its own name: the change is to the field.
            where = (new_name or old_name or where) if old_name and new_name else where
        old_variants, new_variants = _alternatives(self.old_doc, old), _alternatives(self.new_doc, new)
        if len(old_variants) == 1 and len(new_variants) == 1:
            old, new = resolve(self.old_doc, old_variants[0]), resolve(self.new_doc, new_variants[0])
            self.single(old, new, where, direction, open_enum)
        else:
            self.union(old_variants, new_variants, where, direction)

    def union(self, old: list[Schema], new: list[Schema], where: str, direction: Direction) -> None:
        is_open = any(map(_is_plain_string, new))
        old_keys, new_keys = _union_keys(old), _union_keys(new)
        new_by_key = dict(zip(new_keys, new, strict=True))
        old_left = [variant for variant, key in zip(old, old_keys, strict=True) if key not in new_by_key]
        matched = set(old_keys) & new_by_key.keys()
        new_left = [variant for variant, key in zip(new, new_keys, strict=True) if key not in matched]
        self.claims.append(_claimed_values(self.new_doc, new_left))
        for variant, key in zip(old, old_keys, strict=True):
            if key in matched:
                self.schema(variant, new_by_key[key], where, direction, is_open)
        self.claims.pop()
        if len(old_left) == 1 and len(new_left) == 1:
            # One alternative replaced by another: a renamed schema or a changed type; compare them.
            self.schema(old_left[0], new_left[0], where, direction, is_open)
            return
        for variant in old_left:
            self.add(direction, where, f"{_describe(variant)} no longer allowed", BREAKING, COMPATIBLE)
        for variant in new_left:
            self.add(direction, where, f"{_describe(variant)} now allowed", COMPATIBLE, BREAKING)

    def single(self, old: Schema, new: Schema, where: str, direction: Direction, open_enum: bool) -> None:
        self.type(old, new, where, direction)
        self.values(old, new, where, direction, open_enum)
        self.properties(old, new, where, direction)
        if "items" in old or "items" in new:
            self.schema(old.get("items", {}), new.get("items", {}), f"{where}[]", direction)
        if "contentSchema" in old or "contentSchema" in new:
            self.schema(old.get("contentSchema", {}), new.get("contentSchema", {}), where, direction)
        self.additional(old, new, where, direction)
        self.bounds(old, new, where, direction)
        self.formats(old, new, where, direction)
        self.negation(old, new, where, direction)
        self.unclassified(old, new, where, direction, SCHEMA_KEYWORDS)

    def type(self, old: Schema, new: Schema, where: str, direction: Direction) -> None:
        before, after = _types(old), _types(new)
        if before == after:
            return
        shown = f"type {old.get('type', 'any')} -> {new.get('type', 'any')}"
        if after is None or (before is not None and before <= after):
            self.add(direction, where, f"{shown} (wider)", COMPATIBLE, BREAKING)
        elif before is None or after <= before:
            self.add(direction, where, f"{shown} (narrower)", BREAKING, COMPATIBLE)
        else:
            self.add(direction, where, shown, BREAKING, BREAKING)

    def values(self, old: Schema, new: Schema, where: str, direction: Direction, open_enum: bool) -> None:
        before, after = _values(old), _values(new)
        if before == after:
            return
        if before is None or after is None:
            narrower = before is None
            what = "now restricted to listed values" if narrower else "no longer restricted to listed values"
            self.add(direction, where, what, *((BREAKING, COMPATIBLE) if narrower else (COMPATIBLE, COMPATIBLE)))
            return
        if removed := sorted(before - after):
            self.add(direction, where, f"value(s) {', '.join(removed)} removed", BREAKING, COMPATIBLE)
        if added := sorted(after - before):
            tolerated = COMPATIBLE if open_enum else BREAKING
            self.add(direction, where, f"value(s) {', '.join(added)} added", COMPATIBLE, tolerated)

    def properties(self, old: Schema, new: Schema, where: str, direction: Direction) -> None:
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_required, new_required = set(old.get("required", ())), set(new.get("required", ()))
        for name in sorted(old_props.keys() - new_props.keys()):
            self.add(direction, f"{where}.{name}", "field removed", BREAKING, BREAKING)
        for name in sorted(new_props.keys() - old_props.keys()):
            required = name in new_required
            what = f"{'required' if required else 'optional'} field added"
            self.add(direction, f"{where}.{name}", what, BREAKING if required else COMPATIBLE, COMPATIBLE)
        for name in sorted(old_props.keys() & new_props.keys()):
            was, now = name in old_required, name in new_required
            if was != now:
                severities = (BREAKING, COMPATIBLE) if now else (COMPATIBLE, BREAKING)
                self.add(direction, f"{where}.{name}", "now required" if now else "now optional", *severities)
            self.schema(old_props[name], new_props[name], f"{where}.{name}", direction)

    def additional(self, old: Schema, new: Schema, where: str, direction: Direction) -> None:
        before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if before == after and not isinstance(before, Mapping):
            return
        if before is False or after is False:
            if before is not after:
                what = "unknown fields now rejected" if after is False else "unknown fields now accepted"
                self.add(direction, where, what, BREAKING if after is False else COMPATIBLE, COMPATIBLE)
            return
        self.schema({} if before is True else before, {} if after is True else after, f"{where}.*", direction)

    def bounds(self, old: Schema, new: Schema, where: str, direction: Direction) -> None:
        for keyword in (*LOWER_BOUNDS, *UPPER_BOUNDS):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            lower = keyword in LOWER_BOUNDS
            narrower = after is not None and (before is None or (after > before if lower else after < before))
            what = f"{keyword} {before} -> {after} ({'narrower' if narrower else 'wider'})"
            # Ranges are not enforced when reading a response, so only requests can break.
            self.add(direction, where, what, BREAKING if narrower else COMPATIBLE, COMPATIBLE)

    def formats(self, old: Schema, new: Schema, where: str, direction: Direction) -> None:
        for keyword in ("pattern", "format"):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            what = f"{keyword} {before!r} -> {after!r}"
            read_by_client = keyword == "format"
            self.add(
                direction,
                where,
                what,
                COMPATIBLE if after is None else BREAKING,
                BREAKING if read_by_client and before is not None else COMPATIBLE,
            )
        if old.get("default") != new.get("default"):
            what = f"default {old.get('default')!r} -> {new.get('default')!r}"
            self.add(direction, where, what, COMPATIBLE, COMPATIBLE)

    def negation(self, old: Schema, new: Schema, where: str, direction: Direction) -> None:
        if old.get("not") == new.get("not"):
            return
        if direction is Direction.RESPONSE:
            self.add(direction, where, "not changed (the client does not check it)", COMPATIBLE, COMPATIBLE)
            return
        before, after = _excluded(old), _excluded(new)
        if before is None or after is None:
            self.add(direction, where, "not changed (not classified: review it)", BREAKING, BREAKING)
            return
        if freed := sorted(before - after):
            self.add(direction, where, f"value(s) {', '.join(freed)} no longer excluded", COMPATIBLE, COMPATIBLE)
        claimed = {value: variant for claims in self.claims for value, variant in claims.items()}
        for value in sorted(after - before):
            if value in claimed:
                what = f"value {value} now excluded, taken by the added {claimed[value]}"
                self.add(direction, where, what, COMPATIBLE, COMPATIBLE)
            else:
                self.add(direction, where, f"value {value} now excluded", BREAKING, BREAKING)

    def unclassified(
        self, old: Schema, new: Schema, where: str, direction: Direction, understood: Iterable[str]
    ) -> None:
        ignored = DOC_KEYWORDS | set(understood)
        for keyword in sorted((old.keys() | new.keys()) - ignored):
            if old.get(keyword) != new.get(keyword):
                self.add(direction, where, f"{keyword} changed (not classified: review it)", BREAKING, BREAKING)

    # --------------------------------------------------------------- operations
    def operation(self, old: Schema, new: Schema, where: str) -> None:
        self.request_body(old.get("requestBody"), new.get("requestBody"), where)
        self.parameters(old.get("parameters", []), new.get("parameters", []), where)
        old_responses, new_responses = old.get("responses", {}), new.get("responses", {})
        for status in sorted(old_responses.keys() - new_responses.keys()):
            self.changes.append(Change(BREAKING, where, f"response status {status} removed"))
        for status in sorted(new_responses.keys() - old_responses.keys()):
            self.changes.append(Change(COMPATIBLE, where, f"response status {status} added"))
        for status in sorted(old_responses.keys() & new_responses.keys()):
            old_response = resolve(self.old_doc, old_responses[status])
            new_response = resolve(self.new_doc, new_responses[status])
            self.content(old_response, new_response, f"{where} {status}", Direction.RESPONSE)
            self.headers(old_response.get("headers", {}), new_response.get("headers", {}), f"{where} {status}")
        self.unclassified(old, new, where, Direction.REQUEST, OPERATION_KEYWORDS)

    def request_body(self, old: Schema | None, new: Schema | None, where: str) -> None:
        if old is None and new is None:
            return
        old_body = resolve(self.old_doc, old) if old is not None else {"content": {}}
        new_body = resolve(self.new_doc, new) if new is not None else {"content": {}}
        if not old_body.get("required", False) and new_body.get("required", False):
            self.changes.append(Change(BREAKING, where, "request body now required"))
        self.content(old_body, new_body, where, Direction.REQUEST)

    def content(self, old: Schema, new: Schema, where: str, direction: Direction) -> None:
        old_media, new_media = old.get("content", {}), new.get("content", {})
        for media in sorted(old_media.keys() - new_media.keys()):
            self.add(direction, where, f"{media} removed", BREAKING, BREAKING)
        for media in sorted(new_media.keys() - old_media.keys()):
            self.add(direction, where, f"{media} added", COMPATIBLE, COMPATIBLE)
        for media in sorted(old_media.keys() & new_media.keys()):
            old_schema, new_schema = old_media[media].get("schema", {}), new_media[media].get("schema", {})
            self.schema(old_schema, new_schema, f"{where} {media}", direction)

    def parameters(self, old: list[Schema], new: list[Schema], where: str) -> None:
        if old or new:
            before, after = _parameters_as_object(self.old_doc, old), _parameters_as_object(self.new_doc, new)
            self.schema(before, after, f"{where} parameters", Direction.REQUEST)

    def headers(self, old: Schema, new: Schema, where: str) -> None:
        before, after = _headers_as_object(self.old_doc, old), _headers_as_object(self.new_doc, new)
        self.schema(before, after, f"{where} headers", Direction.RESPONSE)


def _parameters_as_object(document: Schema, parameters: list[Schema]) -> Schema:
    """Parameters compared like the fields of one request object, keyed by location and name."""
    resolved = [resolve(document, parameter) for parameter in parameters]
    return {
        "properties": {f"{p['in']}:{p['name']}": p.get("schema", {}) for p in resolved},
        "required": [f"{p['in']}:{p['name']}" for p in resolved if p.get("required", False)],
    }


def _headers_as_object(document: Schema, headers: Schema) -> Schema:
    return {"properties": {name: resolve(document, header).get("schema", {}) for name, header in headers.items()}}


def compare(old: Schema, new: Schema) -> list[Change]:
    """Every wire change from the ``old`` document to the ``new`` one, each classified; sorted, worst first."""
    comparer = _Comparer(old, new)
    old_paths, new_paths = old.get("paths", {}), new.get("paths", {})
    for path in sorted(old_paths.keys() | new_paths.keys()):
        old_item, new_item = old_paths.get(path, {}), new_paths.get(path, {})
        for method in METHODS:
            where = f"{method.upper()} {path}"
            if method in old_item and method not in new_item:
                comparer.changes.append(Change(BREAKING, where, "operation removed"))
            elif method in new_item and method not in old_item:
                comparer.changes.append(Change(COMPATIBLE, where, "operation added"))
            elif method in old_item:
                comparer.operation(old_item[method], new_item[method], where)
    comparer.changes += facts.compare(old, new)
    return sorted(set(comparer.changes), key=lambda change: (-change.severity, change.where, change.what))
