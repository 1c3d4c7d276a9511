"""Reading a reply never meets ``Unset`` (issue 11 item 4), and a model's repr shows only what is set.

An optional attribute of a model read from a reply is ``None`` when its key did not arrive, as when it arrived as
``null``; ``to_dict()`` still writes back exactly what arrived. Request models keep ``UNSET`` for "not sent".
"""

from __future__ import annotations

import inspect
from types import MappingProxyType
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mixroute_client import models
from mixroute_client._runtime import _wire
from mixroute_client.models import (
    ChatCompletionChunk,
    ChatCompletionChunkChoice,
    ChatCompletionDelta,
    CreateChatCompletionRequest,
    TopLogprob,
    UserMessage,
)
from mixroute_client.types import UNSET

READ_MODELS = [cls for _, cls in inspect.getmembers(models, attrs.has) if hasattr(cls, "_wire_optional")]
CHUNK: dict[str, Any] = {
    "id": "c1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None, "logprobs": None}],
}


def test_no_attribute_of_a_model_read_from_a_reply_is_annotated_unset() -> None:
    assert {ChatCompletionChunk, ChatCompletionDelta} <= set(READ_MODELS)
    for cls in READ_MODELS:
        for field in attrs.fields(cls):
            assert "Unset" not in str(field.type), f"{cls.__name__}.{field.name}: {field.type}"


def test_an_absent_optional_field_reads_none() -> None:
    delta = ChatCompletionChunk.from_dict(CHUNK).choices[0].delta
    assert delta.content is None
    assert delta.tool_calls is None
    assert ChatCompletionChunk.from_dict(CHUNK).usage is None
    assert ChatCompletionDelta().content is None  # built by hand, too


@pytest.mark.parametrize(
    "payload",
    [
        CHUNK,
        {**CHUNK, "usage": None, "system_fingerprint": None},
        {**CHUNK, "choices": [{"index": 0, "delta": {"content": None, "role": None}}]},
        {**CHUNK, "choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": "stop"}], "service_tier": "x"},
        {**CHUNK, "choices": [{"index": 0, "delta": {}, "logprobs": {"content": None}}]},
    ],
)
def test_to_dict_writes_back_absent_as_absent_and_null_as_null(payload: dict[str, Any]) -> None:
    assert ChatCompletionChunk.from_dict(payload).to_dict() == payload


def test_a_field_set_after_reading_is_written_and_one_cleared_is_not() -> None:
    chunk = ChatCompletionChunk.from_dict(CHUNK)
    chunk.system_fingerprint = "fp"
    chunk.choices[0].delta.role = None  # it arrived; None now means "not there"
    written = chunk.to_dict()
    assert written["system_fingerprint"] == "fp"
    assert "role" not in written["choices"][0]["delta"]


def test_any_mapping_is_read_and_anything_else_is_a_wire_error() -> None:
    delta = ChatCompletionDelta.from_dict(MappingProxyType({"content": "hi", "extra": 1}))
    assert (delta.content, delta.additional_properties) == ("hi", {"extra": 1})
    with pytest.raises(_wire.WireError):
        ChatCompletionDelta.from_dict(["not", "an", "object"])  # type: ignore[arg-type]


def test_unset_says_what_it_is() -> None:
    assert repr(UNSET) == "UNSET"
    assert str(UNSET) == "UNSET"


def test_a_bare_request_s_repr_lists_only_what_it_sends() -> None:
    request = CreateChatCompletionRequest(model="m", messages=[UserMessage(role="user", content="hi")])
    assert repr(request) == "CreateChatCompletionRequest(model='m', messages=[UserMessage(role='user', content='hi')])"
    # None is a value a request sends (JSON null), unlike UNSET.
    assert repr(CreateChatCompletionRequest(model="m", messages=[], temperature=None)) == (
        "CreateChatCompletionRequest(model='m', messages=[], temperature=None)"
    )


def test_a_reply_s_repr_shows_what_arrived_nulls_included() -> None:
    choice = ChatCompletionChunkChoice.from_dict({"index": 0, "delta": {"content": "x"}, "finish_reason": None})
    expected = "ChatCompletionChunkChoice(index=0, delta=ChatCompletionDelta(content='x'), finish_reason=None)"
    assert repr(choice) == expected
    delta = ChatCompletionDelta.from_dict({"refusal": "no", "vendor": {"a": 1}})
    assert repr(delta) == "ChatCompletionDelta(refusal='no', additional_properties={'vendor': {'a': 1}})"


@pytest.mark.parametrize(
    "payload",
    [
        {"token": "a", "logprob": -1.0, "extra": 1},
        {"token": "a", "logprob": -1.0, "bytes": None, "extra": 1},
        {"logprob": -1.0, "extra": 1},  # a required key missing: the extra key is still one too many
        {"token": "a", "logprob": -1.0, "bytes": "not a list", "extra": 1},
    ],
)
def test_other_keys_are_found_however_many_known_ones_arrived(payload: dict[str, Any]) -> None:
    top = TopLogprob.from_dict(payload)
    assert top.additional_properties == {"extra": 1}
    assert top.to_dict() == payload


FULL_CHUNK: dict[str, Any] = {
    **CHUNK,
    "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
    "system_fingerprint": "fp",
    "service_tier": None,
}
FULL_DELTA: dict[str, Any] = {
    "role": "assistant",
    "content": None,
    "reasoning_content": "r",
    "refusal": "no",
    "tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
    "reasoning": "r2",
}


@given(
    st.sampled_from([(ChatCompletionChunk, FULL_CHUNK), (ChatCompletionDelta, FULL_DELTA)]).flatmap(
        lambda pair: st.tuples(
            st.just(pair[0]),
            st.permutations(sorted(pair[1])).flatmap(lambda keys: st.lists(st.sampled_from(keys), unique=True)),
            st.just(pair[1]),
        )
    ),
    st.dictionaries(st.sampled_from(["vendor", "x_extra"]), st.integers()),
)
def test_every_key_that_arrived_is_read_whichever_others_are_missing(
    case: tuple[type[Any], list[str], dict[str, Any]], extra: dict[str, int]
) -> None:
    # Reading stops looking up optional keys once every key of the payload is accounted for; a missing required
    # key, an unknown key or any order of arrival must never make it stop early.
    cls, keys, full = case
    payload = {**{key: full[key] for key in keys}, **extra}
    read = cls.from_dict(payload)
    assert read.to_dict() == payload
    assert read.additional_properties == extra
