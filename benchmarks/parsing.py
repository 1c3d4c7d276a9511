"""Benchmark 3: turning a large reply into typed models, without any HTTP: the cost of the models alone."""

from __future__ import annotations

import json
from typing import Any

from openai._models import construct_type
from openai.types.chat import ChatCompletion as SdkChatCompletion

from benchmarks.agreement import agreed
from benchmarks.payloads import large_response
from benchmarks.results import Row
from benchmarks.timing import Budget, compare
from mixroute_client.models import ChatCompletion

FAMILY = "3 parse"
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


def run(budget: Budget) -> list[Row]:
    body = json.dumps(large_response(budget.parse_choices)).encode()

    def loads() -> dict[str, Any]:
        decoded: dict[str, Any] = json.loads(body)
        return decoded

    def ours() -> ChatCompletion:
        return ChatCompletion.from_dict(loads())

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
    medians = compare({"json.loads": loads, "ours": ours, "construct": sdk_construct, "validate": sdk_validate}, budget)
    checks = {"body_bytes": len(body), "choices": shape[0], "tool_calls": shape[1], "logprob_tokens": shape[2]}
    name = f"{shape[0]}-choice reply"
    return [
        Row(
            FAMILY,
            f"{name}, SDK as on replies",
            medians["ours"],
            medians["json.loads"],
            BASELINE,
            openai=medians["construct"],
            checks=checks,
        ),
        Row(
            FAMILY,
            f"{name}, SDK model_validate",
            medians["ours"],
            medians["json.loads"],
            BASELINE,
            openai=medians["validate"],
            checks=checks,
        ),
    ]
