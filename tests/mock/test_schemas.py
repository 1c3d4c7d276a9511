"""Values drawn from the JSON Schemas real clients send: pydantic's (nested models through `$defs`, enums, dates,
UUIDs, optional fields, bounded lists, recursion), the strict form the OpenAI SDK makes of them, and patterns."""

from __future__ import annotations

import datetime
import enum
import json
import re
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openai.lib._pydantic import to_strict_json_schema
from pydantic import BaseModel, Field, HttpUrl

from mixroute_mock.arguments import Unsatisfiable, arguments_for, conformance_error, value_for
from mixroute_mock.patterns import matching
from mixroute_mock.user_schemas import CarriedSchema, schema_flaw


class Priority(enum.Enum):
    LOW = "low"
    HIGH = "high"


class Address(BaseModel):
    city: str
    postcode: str = Field(pattern=r"^\d{5}$")


class Person(BaseModel):
    id: uuid.UUID
    name: str = Field(min_length=2, max_length=40)
    born: datetime.date
    seen: datetime.datetime
    wakes: datetime.time
    home: Address
    work: Address | None
    priority: Priority
    homepage: HttpUrl
    age: int = Field(ge=18, lt=130)
    score: float = Field(gt=0, le=1, multiple_of=0.25)
    nicknames: list[str] = Field(min_length=2, max_length=3)
    previous: list[Address] = Field(min_length=1)
    note: str | None = None


class Folder(BaseModel):
    name: str
    children: list[Folder]
    parent: Folder | None


class Event(BaseModel):
    title: str
    at: datetime.datetime
    lasts: datetime.timedelta
    tags: set[Priority] = Field(min_length=2)
    attendees: dict[str, Person]


MODELS = [Person, Folder, Event]


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
@pytest.mark.parametrize("strict", [False, True], ids=["pydantic", "openai-strict"])
def test_a_pydantic_models_schema_gives_a_value_the_model_accepts(model: type[BaseModel], strict: bool) -> None:
    schema = to_strict_json_schema(model) if strict else model.model_json_schema()
    value = value_for(schema, hint="Lyon")
    assert conformance_error(schema, value) is None
    model.model_validate(value)
    assert value_for(schema, hint="Lyon") == value  # the same every time


def test_formats_give_real_values_not_prose() -> None:
    person = Person.model_validate(value_for(Person.model_json_schema(), hint="Lyon"))
    assert person.seen.tzinfo is not None
    assert person.priority is Priority.LOW
    assert re.fullmatch(r"\d{5}", person.home.postcode)
    assert person.age == 18
    assert person.score in (0.25, 0.5, 0.75, 1.0)
    assert 2 <= len(person.nicknames) <= 3
    assert person.work is not None  # the option that is not null comes first
    assert person.home.city == "Lyon"


def test_a_recursive_model_winds_down_after_its_first_repetition() -> None:
    value = value_for(Folder.model_json_schema())
    assert value == {
        "name": "name",
        "children": [{"name": "name", "children": [], "parent": None}],
        "parent": {"name": "name", "children": [], "parent": None},
    }


def test_unique_items_differ_by_position() -> None:
    value = value_for({"type": "array", "items": {"type": "integer", "minimum": 3}, "uniqueItems": True, "minItems": 3})
    assert value == [3, 4, 5]
    assert len(set(value_for({"type": "array", "items": {"type": "string"}, "uniqueItems": True, "minItems": 3}))) == 3


def test_one_of_takes_the_first_option_whose_value_fits_only_it() -> None:
    def kind(name: str) -> dict[str, Any]:
        return {"type": "object", "properties": {"kind": {"const": name}, "size": {"type": "integer"}}}

    schema = {"oneOf": [{**kind("a"), "required": ["kind"]}, kind("b")], "required": ["size"]}
    assert value_for(schema) == {"size": 0, "kind": "a"}
    assert conformance_error(schema, value_for(schema)) is None


def test_a_tool_without_parameters_gets_an_empty_object() -> None:
    assert arguments_for({}) == {}
    assert arguments_for({"type": "object", "properties": {}, "additionalProperties": False}) == {}


@pytest.mark.parametrize(
    "pattern",
    [
        r"^[a-z]{3}$",
        r"^\d{3}-\d{4}$",
        r"^(?:[A-Z]{2})-\w+$",
        r"^(ab|cd)\1$",
        r"^[^0-9]+@x\.org$",
        r"^\s*\S{2,}$",
        r"^#[0-9a-fA-F]{6}$",
        r"^(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])$",
        r"colou?r",
    ],
)
def test_a_pattern_gives_a_string_it_matches(pattern: str) -> None:
    assert re.search(pattern, value_for({"type": "string", "pattern": pattern}))


@pytest.mark.parametrize("pattern", [r"^\w+$", r"^[a-z]+-\d*$", "colou?r"])
def test_a_pattern_and_a_min_length_give_a_string_long_enough(pattern: str) -> None:
    text = value_for({"type": "string", "pattern": pattern, "minLength": 12})
    assert re.search(pattern, text)
    assert len(text) >= 12


def test_a_pattern_is_built_only_up_to_the_limit() -> None:
    with pytest.raises(ValueError, match="longer than 100"):
        matching("(a{50}){1000000000}", limit=100)


def test_a_json_schema_reply_is_valid_json_of_the_schema() -> None:
    schema: dict[str, Any] = to_strict_json_schema(Event)
    text = json.dumps(value_for(schema))
    assert Event.model_validate_json(text).at == datetime.datetime(2026, 1, 15, 9, 30, tzinfo=datetime.UTC)


def test_a_nullable_type_falls_back_to_null_and_objects_keep_their_property_counts() -> None:
    assert value_for({"type": ["string", "null"], "format": "date", "maxLength": 6}) is None
    assert value_for({"type": ["string", "null"], "maxLength": 0}) == ""
    few = {"type": "object", "properties": {"a": {}, "b": {}, "c": {}}, "maxProperties": 2}
    assert len(value_for(few)) == 2
    many = {"type": "object", "properties": {"a": {"type": "integer"}}, "minProperties": 3}
    assert conformance_error(many, value_for(many)) is None
    with pytest.raises(Unsatisfiable):
        value_for({**many, "additionalProperties": False})


_KEYWORDS: dict[str, st.SearchStrategy[Any]] = {
    "minLength": st.integers(0, 6),
    "maxLength": st.integers(0, 6),
    "pattern": st.sampled_from(["^a+$", "^[0-9]{2}$", "x", r"^\w+@\w+$", "^(?!a).+$"]),
    "format": st.sampled_from(["date-time", "date", "time", "uuid", "email", "uri", "ipv4", "hostname"]),
    "minimum": st.integers(-5, 5),
    "maximum": st.integers(-5, 5),
    "exclusiveMinimum": st.floats(-5, 5),
    "multipleOf": st.sampled_from([2, 0.5, 3]),
    "enum": st.lists(st.sampled_from([1, "a", None, 2.5, True, "b"]), min_size=1, max_size=3),
    "const": st.sampled_from([1, "x", None]),
    "minItems": st.integers(0, 3),
    "maxItems": st.integers(0, 3),
    "uniqueItems": st.booleans(),
    "required": st.lists(st.sampled_from(["a", "b", "c"]), max_size=2, unique=True),
    "additionalProperties": st.sampled_from([False, True, {"type": "integer"}]),
    "minProperties": st.integers(0, 3),
    "maxProperties": st.integers(0, 3),
    "default": st.sampled_from([1, "d", None]),
}
_TYPES = st.sampled_from(["string", "integer", "number", "boolean", "null", "object", "array", ["string", "null"]])
_LEAVES = st.fixed_dictionaries({}, optional={"type": _TYPES, **_KEYWORDS})


def _extended(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    parts = st.lists(children, min_size=1, max_size=3)
    optional = {
        "properties": st.dictionaries(st.sampled_from(["a", "b", "c"]), children, min_size=1),
        "items": children,
    }
    combinators = {"anyOf": parts, "oneOf": parts, "allOf": parts, "not": children}
    return st.fixed_dictionaries({}, optional={"type": _TYPES, **_KEYWORDS, **optional, **combinators})


SCHEMAS = st.recursive(_LEAVES, _extended, max_leaves=8)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schema=SCHEMAS, arguments=st.booleans())
def test_a_schema_the_mock_accepts_gives_a_value_it_satisfies(schema: dict[str, Any], arguments: bool) -> None:
    """The mock answers 400 (schema_flaw) or draws a valid value: never a crash, never a 500 for a bad draw."""
    carried = CarriedSchema([], "", schema, arguments)
    if schema_flaw(carried) is None:
        value = value_for(schema, hint="Lyon", default_type="object" if arguments else "string")
        assert conformance_error(schema, value) is None
