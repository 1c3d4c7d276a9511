"""Benchmark 3: turning a large reply that has been read into typed models, as the client does it, without any
HTTP: decoding and the models."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Any

import httpx2
from openai._models import construct_type
from openai.types.chat import ChatCompletion as SdkChatCompletion

from benchmarks import clients
from benchmarks.agreement import agreed
from benchmarks.decoders import decoders
from benchmarks.payloads import BASE_URL, PATH, large_response
from benchmarks.results import Row
from benchmarks.timing import Budget, compare
from mixroute_client._runtime import _operation
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion

FAMILY = "3 parse"
TARGET = 1.5  # issue 14
BASELINE = "json.loads"

Outcome = tuple[int, int, int]


def _shape(completion: Any) -> Outcome:
    """Choices, tool calls and logprob tokens found in a parsed reply (ours or the SDK's, same attributes)."""
    calls = tokens = 0
    for choice in completion.choices:
        calls += len(choice.message.tool_calls or [])
        logprobs = choice.logprobs
        if logprobs is not None:
            tokens += len(logprobs.content or [])
    return len(completion.choices), calls, tokens


def _raw_shape(completion: dict[str, Any]) -> Outcome:
    choices = completion["choices"]
    calls = sum(len(choice["message"].get("tool_calls") or []) for choice in choices)
    tokens = sum(len(choice["logprobs"]["content"]) for choice in choices)
    return len(choices), calls, tokens


def client_parse(body: bytes) -> Callable[[], ChatCompletion]:
    """What the client does with a 200 carrying ``body`` that it has read: decode and build the models
    (``_operation.parsed_reply`` with the generated ``OPERATION``)."""
    client = clients.ours(httpx2.MockTransport(lambda request: httpx2.Response(500)))
    response = httpx2.Response(200, content=body, request=httpx2.Request("POST", f"{BASE_URL}{PATH}"))
    return partial(_operation.parsed_reply, client, create_chat_completion.OPERATION, response)


def run(budget: Budget) -> list[Row]:
    body = json.dumps(large_response(budget.parse_choices)).encode()
    ours = client_parse(body)

    def loads() -> dict[str, Any]:
        decoded: dict[str, Any] = json.loads(body)
        return decoded

    def sdk_construct() -> object:
        # What the SDK does with every reply by default (no strict response validation).
        return construct_type(type_=SdkChatCompletion, value=loads())

    def sdk_validate() -> SdkChatCompletion:
        return SdkChatCompletion.model_validate(loads())

    shape = agreed(
        {
            "json.loads": _raw_shape(loads()),
            "ours": _shape(ours()),
            "openai construct": _shape(sdk_construct()),
            "openai validate": _shape(sdk_validate()),
        }
    )
    checks = {"body_bytes": len(body), "choices": shape[0], "tool_calls": shape[1], "logprob_tokens": shape[2]}
    name = f"{shape[0]}-choice reply"
    sides = {"json.loads": loads, "ours": ours, "construct": sdk_construct, "validate": sdk_validate}
    rows = []
    for decoder, decoding in decoders():
        with decoding():
            agreed({"json.loads": shape, "ours": _shape(ours())})
            medians = compare(sides, budget)
        for sdk_side, sdk_style in (("construct", "as on replies"), ("validate", "model_validate")):
            rows.append(
                Row(
                    FAMILY,
                    f"{name}, ours decoding with {decoder}, SDK {sdk_style}",
                    medians["ours"],
                    medians["json.loads"],
                    BASELINE,
                    openai=medians[sdk_side],
                    target=TARGET,
                    checks=checks,
                )
            )
    return rows
