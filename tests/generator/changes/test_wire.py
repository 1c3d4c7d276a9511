"""The wire comparer on small hand-made documents: $refs, unions, nullable types, enums, ranges, statuses."""

from __future__ import annotations

from typing import Any

import pytest

from generator.changes.kinds import Severity, verdict
from generator.changes.wire import WireDiffError, compare

B, C, N = Severity.BREAKING, Severity.COMPATIBLE, Severity.NONE


def document(request: Any = None, response: Any = None, schemas: Any = None, statuses: Any = None) -> Any:
    responses = {"200": {"description": "ok", "content": {"application/json": {"schema": response or {}}}}}
    for status in statuses or ():
        responses[status] = {"description": status}
    operation: dict[str, Any] = {"responses": responses}
    if request is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": request}}}
    return {"openapi": "3.1.0", "paths": {"/x": {"post": operation}}, "components": {"schemas": schemas or {}}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(required: tuple[str, ...] = (), **properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": list(required), "properties": properties}


STRING, INTEGER, NUMBER = {"type": "string"}, {"type": "integer"}, {"type": "number"}
# A union with several array variants (the embeddings' `input`): matched by their items, not all as `array`.
ARRAYS = {
    "anyOf": [
        {"type": "array", "items": STRING},
        {"type": "array", "items": INTEGER},
        {"type": "array", "items": {"type": "array", "items": INTEGER}},
    ]
}
# Referred to by the classification cases.
SCHEMAS = {
    "U": {"type": "object", "properties": {"n": INTEGER}},
    "A": {"type": "object", "required": ["k"], "properties": {"k": {"const": "a"}}},
    "B": {"type": "object", "required": ["k"], "properties": {"k": {"const": "b"}}},
    "AB": {"oneOf": [ref("A"), ref("B")]},
}


def excludes(*values: str) -> dict[str, Any]:
    """A catch-all's property: any string but those its sibling variants take."""
    return {"type": "string", "not": {"enum": list(values)}}


def request_change(old: Any, new: Any) -> Severity:
    return verdict(compare(document(request=old, schemas=SCHEMAS), document(request=new, schemas=SCHEMAS)))


def response_change(old: Any, new: Any) -> Severity:
    return verdict(compare(document(response=old, schemas=SCHEMAS), document(response=new, schemas=SCHEMAS)))


@pytest.mark.parametrize(
    ("old", "new", "in_request", "in_response"),
    [
        pytest.param(obj(a=STRING), obj(a=STRING, b=STRING), C, C, id="optional field added"),
        pytest.param(obj(a=STRING), obj(("b",), a=STRING, b=STRING), B, C, id="required field added"),
        pytest.param(obj(a=STRING, b=STRING), obj(a=STRING), B, B, id="field removed"),
        pytest.param(obj(("a",), a=STRING), obj(a=STRING), C, B, id="field now optional"),
        pytest.param(obj(a=STRING), obj(a=INTEGER), B, B, id="string to integer"),
        pytest.param(
            obj(a={**STRING, "x-mixroute-models": ["m"]}),
            obj(a={**STRING, "x-mixroute-models": ["n"]}),
            N,
            N,
            id="model catalogue edited",
        ),
        pytest.param(obj(a=INTEGER), obj(a=NUMBER), C, B, id="integer widened to number"),
        pytest.param(obj(a=ARRAYS), obj(a=ARRAYS), N, N, id="arrays of several item types unchanged"),
        pytest.param(
            obj(a=ARRAYS),
            obj(a={"anyOf": ARRAYS["anyOf"][:2]}),
            B,
            C,
            id="one of several array types removed",
        ),
        pytest.param(obj(a={"type": ["string", "null"]}), obj(a=STRING), B, C, id="null removed"),
        pytest.param(obj(a=STRING), obj(a={"type": ["string", "null"]}), C, B, id="null added"),
        pytest.param(
            obj(a={"type": ["string", "null"]}),
            obj(a={"anyOf": [STRING, {"type": "null"}]}),
            N,
            N,
            id="type list spelled as anyOf",
        ),
        pytest.param(obj(a={"anyOf": [STRING, INTEGER]}), obj(a=STRING), B, C, id="union variant removed"),
        pytest.param(obj(a={"const": "x"}), obj(a={"const": "y"}), B, B, id="const changed"),
        pytest.param(obj(a={"enum": ["x"]}), obj(a={"enum": ["x", "y"]}), C, B, id="closed enum value added"),
        pytest.param(
            obj(a={"anyOf": [{"type": "string", "enum": ["x"]}, STRING]}),
            obj(a={"anyOf": [{"type": "string", "enum": ["x", "y"]}, STRING]}),
            C,
            C,
            id="open enum value added",
        ),
        pytest.param(obj(a={"enum": ["x", "y"]}), obj(a={"enum": ["x"]}), B, C, id="enum value removed"),
        pytest.param(obj(a={"maximum": 2}), obj(a={"maximum": 1}), B, C, id="maximum lowered"),
        pytest.param(obj(a={"minimum": 1}), obj(a={}), C, C, id="minimum dropped"),
        pytest.param(obj(a={"description": "x"}), obj(a={"description": "y"}), N, N, id="documentation only"),
        pytest.param(obj(a={"if": STRING}), obj(a={"if": INTEGER}), B, B, id="unknown keyword: fail safe"),
        pytest.param(obj(a={"not": STRING}), obj(a={"not": INTEGER}), B, C, id="other not: fail safe in requests"),
        pytest.param(obj(a=ref("U")), obj(a={"anyOf": [ref("U"), {"type": "null"}]}), C, B, id="ref made nullable"),
        pytest.param(obj(a={"anyOf": [ref("U"), {"type": "null"}]}), obj(a=ref("U")), B, C, id="ref made non-null"),
        pytest.param(obj(a=ref("AB")), obj(a={"oneOf": [ref("A"), ref("B")]}), N, N, id="ref to a union inlined"),
        pytest.param(obj(a=excludes("x", "y")), obj(a=excludes("x")), C, C, id="value no longer excluded"),
        pytest.param(obj(a=excludes("x")), obj(a=excludes("x", "y")), B, C, id="value newly excluded"),
    ],
)
def test_classification(old: Any, new: Any, in_request: Severity, in_response: Severity) -> None:
    assert request_change(old, new) is in_request
    assert response_change(old, new) is in_response


def test_change_inside_a_ref_is_found_and_named_after_the_schema() -> None:
    old = document(request=ref("Req"), schemas={"Req": obj(mode=ref("Mode")), "Mode": {"enum": ["a", "b"]}})
    new = document(request=ref("Req"), schemas={"Req": obj(mode=ref("Mode")), "Mode": {"enum": ["a"]}})
    [change] = compare(old, new)
    assert (change.severity, change.where) == (B, "Mode")
    assert "'b' removed" in change.what


def test_renamed_schema_is_no_wire_change() -> None:
    old = document(response=obj(u=ref("Usage")), schemas={"Usage": obj(n=INTEGER)})
    new = document(response=obj(u=ref("TokenUsage")), schemas={"TokenUsage": obj(n=INTEGER)})
    assert compare(old, new) == []


def test_renamed_union_variant_is_compared_by_content() -> None:
    schemas = {"A": obj(("k",), k={"const": "a"}), "B": obj(("k",), k={"const": "b"})}
    renamed = {"A": schemas["A"], "C": {**schemas["B"], "properties": {"k": {"const": "b"}, "x": STRING}}}
    old = document(request={"oneOf": [ref("A"), ref("B")]}, schemas=schemas)
    new = document(request={"oneOf": [ref("A"), ref("C")]}, schemas=renamed)
    [change] = compare(old, new)
    assert (change.severity, change.where, change.what) == (C, "C.x", "request: optional field added")


def test_a_ref_made_nullable_is_null_added_to_the_field_and_nothing_else() -> None:
    old = document(response=obj(u=ref("U")), schemas=SCHEMAS)
    new = document(response=obj(u={"anyOf": [ref("U"), {"type": "null"}]}), schemas=SCHEMAS)
    assert [(c.severity, c.where, c.what) for c in compare(old, new)] == [
        (B, "POST /x 200 application/json.u", "response: null now allowed")
    ]


def test_a_new_variant_taking_a_value_from_the_catch_all_is_compatible() -> None:
    """A new message class: its role joins the union and leaves the catch-all's exclusions (openapi/mixroute.yaml)."""
    other = {"type": "object", "required": ["k"], "properties": {"k": excludes("a")}}
    old = document(request={"oneOf": [ref("A"), ref("Other")]}, schemas={**SCHEMAS, "Other": other})
    grown = {**other, "properties": {"k": excludes("a", "b")}}
    new = document(request={"oneOf": [ref("A"), ref("B"), ref("Other")]}, schemas={**SCHEMAS, "Other": grown})
    changes = {(c.where, c.what): c.severity for c in compare(old, new)}
    assert changes == {
        ("Other.k", "request: value 'b' now excluded, taken by the added B"): C,
        ("POST /x application/json", "request: B now allowed"): C,
    }


def test_a_value_excluded_without_a_variant_taking_it_stays_breaking() -> None:
    other = {"type": "object", "required": ["k"], "properties": {"k": excludes("a")}}
    old = document(request={"oneOf": [ref("A"), ref("Other")]}, schemas={**SCHEMAS, "Other": other})
    grown = {**other, "properties": {"k": excludes("a", "c")}}
    new = document(request={"oneOf": [ref("A"), ref("B"), ref("Other")]}, schemas={**SCHEMAS, "Other": grown})
    assert verdict(compare(old, new)) is B


def test_a_union_containing_itself_terminates() -> None:
    schemas = {"Tree": {"anyOf": [ref("Tree"), {"type": "array", "items": ref("Tree")}, STRING]}}
    grown = {"Tree": {"anyOf": [ref("Tree"), {"type": "array", "items": ref("Tree")}, STRING, INTEGER]}}
    changes = compare(document(request=ref("Tree"), schemas=schemas), document(request=ref("Tree"), schemas=grown))
    assert [(c.severity, c.what) for c in changes] == [(C, "request: integer now allowed")]


def test_statuses() -> None:
    old, new = document(statuses=["404"]), document(statuses=["429"])
    changes = {change.what: change.severity for change in compare(old, new)}
    assert changes == {"response status 404 removed": B, "response status 429 added": C}


def test_recursive_schema_terminates() -> None:
    schemas = {"Node": obj(child=ref("Node"), name=STRING)}
    grown = {"Node": obj(child=ref("Node"), name=STRING, extra=STRING)}
    changes = compare(document(response=ref("Node"), schemas=schemas), document(response=ref("Node"), schemas=grown))
    assert [(c.severity, c.where) for c in changes] == [(C, "Node.extra")]


def test_external_ref_is_a_clear_error() -> None:
    old = document(request={"$ref": "other.yaml#/X"})
    with pytest.raises(WireDiffError, match="only local"):
        compare(old, old)
