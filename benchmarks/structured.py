"""Benchmark: ``chat.completions.parse()`` into a pydantic model, beside ``create()`` on the same reply.

parse() should cost what create() costs plus pydantic's validation of the content, and nothing more (issue 21,
"Done when"): the first row sets parse() against create() followed by ``model_validate_json`` of the content,
the same work done by hand, with the OpenAI SDK's parse() beside it; the second shows what that validation adds
to create() alone. Every side sends the same request (the strict JSON Schema parse() writes, handed to create()
as a plain ``response_format``) and reads the same reply.
"""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pydantic

from benchmarks import clients
from benchmarks.agreement import agreed
from benchmarks.payloads import BASE_URL, seed_request, seed_response
from benchmarks.results import Row
from benchmarks.timing import Budget, compare
from mixroute_client import Mixroute

FAMILY = "structured outputs"
# parse() against create() + model_validate_json: the same work, so no more than noise apart.
TARGET = 1.05


class Location(pydantic.BaseModel):
    city: str
    country: str
    population: int


def structured_reply() -> bytes:
    reply = seed_response()
    content = {"city": "Edinburgh", "country": "Scotland", "population": 506520}
    reply["choices"][0]["message"]["content"] = json.dumps(content)
    return json.dumps(reply).encode()


def _without_stream_false(request: dict[str, Any]) -> dict[str, Any]:
    """The request as the API reads it: the SDK's parse() sends ``"stream": false``, which means no key."""
    return {key: value for key, value in request.items() if not (key == "stream" and value is False)}


def run(budget: Budget) -> list[Row]:
    reply = structured_reply()
    model, messages = seed_request()["model"], seed_request()["messages"]
    replays = {side: clients.Replay(reply, "application/json") for side in ("parse", "create", "validated", "openai")}
    ours = {
        side: Mixroute(
            api_key=clients.API_KEY, base_url=BASE_URL, http_client=httpx2.Client(transport=replays[side].transport())
        )
        for side in ("parse", "create", "validated")
    }
    sdk = clients.sdk(replays["openai"].transport())

    def parse() -> Location | None:
        completion = ours["parse"].chat.completions.parse(model=model, messages=messages, response_format=Location)
        return completion.choices[0].message.parsed

    parse()
    response_format: Any = replays["parse"].last_request["response_format"]

    def create() -> str | None:
        completion = ours["create"].chat.completions.create(
            model=model, messages=messages, response_format=response_format
        )
        content = completion.choices[0].message.content
        return content if isinstance(content, str) else None

    def create_then_validate() -> Location | None:
        completion = ours["validated"].chat.completions.create(
            model=model, messages=messages, response_format=response_format
        )
        content = completion.choices[0].message.content
        return Location.model_validate_json(content) if isinstance(content, str) else None

    def sdk_parse() -> Location | None:
        completion = sdk.chat.completions.parse(model=model, messages=messages, response_format=Location)
        return completion.choices[0].message.parsed

    sides = {"parse": parse, "validated": create_then_validate, "openai": sdk_parse}
    parsed = agreed({name: call() for name, call in sides.items()})
    content = create()
    sent = agreed({name: _without_stream_false(replay.last_request) for name, replay in replays.items()})
    medians = compare({**sides, "create": create}, budget)
    checks = {"request": sent, "parsed": repr(parsed), "content": content}
    return [
        Row(
            family=FAMILY,
            name="parse() into a pydantic model",
            ours=medians["parse"],
            baseline=medians["validated"],
            baseline_label="create()+model_validate_json",
            openai=medians["openai"],
            target=TARGET,
            checks=checks,
        ),
        Row(
            family=FAMILY,
            name="create()+model_validate_json, same reply",
            ours=medians["validated"],
            baseline=medians["create"],
            baseline_label="create()",
            checks=checks,
        ),
    ]
