"""`instructor` against the mock: its TOOLS, JSON, MD_JSON and JSON_SCHEMA modes with a nested model, streaming
partial objects, and its validation re-ask (a scripted invalid answer, then the drawn valid one)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from typing import Any

import instructor
import openai
import pytest
from instructor.core.exceptions import InstructorRetryException
from pydantic import BaseModel, Field, field_validator
from shapes import MODEL, RATE_LIMITED, WRONG_KEY, Forecast, check_forecast

from mixroute_mock.plugin import MixrouteMock

QUESTION = "Give the forecast for Oslo."


class City(BaseModel):
    name: str

    @field_validator("name")
    @classmethod
    def capitalised(cls, name: str) -> str:
        if not name[:1].isupper():
            raise ValueError("a city's name starts with a capital letter")
        return name


def patched(mock: MixrouteMock, mode: instructor.Mode, **settings: Any) -> instructor.Instructor:
    settings = {"api_key": mock.api_key, **settings}
    return instructor.from_openai(openai.OpenAI(base_url=f"{mock.base_url}/v1", max_retries=0, **settings), mode=mode)


@pytest.mark.parametrize(
    "mode", [instructor.Mode.TOOLS, instructor.Mode.JSON, instructor.Mode.MD_JSON, instructor.Mode.JSON_SCHEMA]
)
def test_a_nested_model(mixroute_mock: MixrouteMock, mode: instructor.Mode) -> None:
    forecast = patched(mixroute_mock, mode).chat.completions.create(
        model=MODEL, response_model=Forecast, messages=[{"role": "user", "content": QUESTION}]
    )
    check_forecast(forecast)


@pytest.mark.parametrize("mode", [instructor.Mode.TOOLS, instructor.Mode.JSON, instructor.Mode.MD_JSON])
def test_validation_reask(mixroute_mock: MixrouteMock, mode: instructor.Mode) -> None:
    # The model first answers a name the validator refuses, then, re-asked with the error, a valid one.
    answers = [{"name": "oslo"}, {"name": "Oslo"}]
    if mode is instructor.Mode.TOOLS:
        mixroute_mock.script(*({"tool_calls": [{"name": "City", "arguments": answer}]} for answer in answers))
    else:
        fence = "```json\n{}\n```" if mode is instructor.Mode.MD_JSON else "{}"
        mixroute_mock.script(*(fence.format(json.dumps(answer)) for answer in answers))
    city, completion = patched(mixroute_mock, mode).chat.completions.create_with_completion(
        model=MODEL, response_model=City, max_retries=1, messages=[{"role": "user", "content": "Which city?"}]
    )
    assert city.name == "Oslo"
    assert completion.usage is not None
    # The re-ask carried the validation error back to the model.
    assert completion.usage.prompt_tokens > 0


class Station(BaseModel):
    name: str
    elevation: int = Field(ge=0)


class Stations(BaseModel):
    stations: list[Station] = Field(min_length=2)


def test_partial_stream(mixroute_mock: MixrouteMock) -> None:
    # Not Forecast: instructor validates partial objects strictly, which refuses a date or an enum member given
    # as a JSON string, whoever sends it.
    partials = list(
        patched(mixroute_mock, instructor.Mode.TOOLS).chat.completions.create_partial(
            model=MODEL, response_model=Stations, messages=[{"role": "user", "content": QUESTION}]
        )
    )
    assert len(partials) > 1
    final = Stations.model_validate(partials[-1].model_dump())
    assert len(final.stations) == 2


@pytest.mark.parametrize(
    ("settings", "error"),
    [({"api_key": WRONG_KEY}, openai.AuthenticationError), ({"default_headers": RATE_LIMITED}, openai.RateLimitError)],
)
def test_an_error_reaches_the_caller(
    mixroute_mock: MixrouteMock, settings: dict[str, Any], error: type[openai.APIStatusError]
) -> None:
    # instructor wraps what the API raised once its retries are spent.
    with pytest.raises(InstructorRetryException) as raised:
        patched(mixroute_mock, instructor.Mode.TOOLS, **settings).chat.completions.create(
            model=MODEL, response_model=City, max_retries=0, messages=[{"role": "user", "content": "Oslo?"}]
        )
    assert isinstance(raised.value.__cause__, error)


class Person(BaseModel):
    name: str
    age: int


@pytest.mark.parametrize("mode", [instructor.Mode.TOOLS, instructor.Mode.JSON, instructor.Mode.MD_JSON])
def test_an_iterable_of_models(mixroute_mock: MixrouteMock, mode: instructor.Mode) -> None:
    people = list(
        patched(mixroute_mock, mode).chat.completions.create_iterable(
            model=MODEL, response_model=Person, messages=[{"role": "user", "content": "Ada is 36, Bob is 40."}]
        )
    )
    assert people
    assert all(isinstance(person, Person) for person in people)


def test_parallel_tools(mixroute_mock: MixrouteMock) -> None:
    # instructor's own spelling for several calls in one turn, which its types call abstract.
    several: Any = Iterable[Person]
    people = patched(mixroute_mock, instructor.Mode.PARALLEL_TOOLS).chat.completions.create(
        model=MODEL, response_model=several, messages=[{"role": "user", "content": "Ada is 36, Bob is 40."}]
    )
    assert all(isinstance(person, Person) for person in people)


@pytest.mark.parametrize("mode", [instructor.Mode.TOOLS, instructor.Mode.JSON, instructor.Mode.MD_JSON])
def test_async_partial_stream(mixroute_mock: MixrouteMock, mode: instructor.Mode) -> None:
    sdk = openai.AsyncOpenAI(base_url=f"{mixroute_mock.base_url}/v1", api_key=mixroute_mock.api_key, max_retries=0)
    client = instructor.from_openai(sdk, mode=mode)

    async def streamed() -> list[Person]:
        partials = client.chat.completions.create_partial(
            model=MODEL, response_model=Person, messages=[{"role": "user", "content": "Ada is 36."}]
        )
        return [partial async for partial in partials]

    final = asyncio.run(streamed())[-1]
    assert Person.model_validate(final.model_dump()) == Person(name=final.name, age=final.age)
