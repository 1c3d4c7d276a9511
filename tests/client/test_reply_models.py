"""The models behave like the OpenAI SDK's: its dumps and their defaults, wire names as attributes, the old
``_``-suffixed names as deprecated aliases, ``==``, copies and pickling (issue 21, item 5)."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest

from mixroute_client import Mixroute, models
from mixroute_mock import DEFAULT_API_KEY
from tests.client.sdk_parity import Location

REPLY: dict[str, Any] = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1764000000,
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "héllo", "refusal": None},
            "finish_reason": "stop",
            "logprobs": None,
        }
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    "x_gateway": {"route": "b"},
}


def reply() -> models.ChatCompletion:
    return models.ChatCompletion.from_dict(copy.deepcopy(REPLY))


def test_to_dict_and_to_json_give_what_arrived_as_the_sdk_does() -> None:
    completion = reply()
    assert completion.to_dict() == REPLY
    assert completion.to_dict(mode="json") == REPLY
    assert json.loads(completion.to_json()) == REPLY
    assert completion.to_json().startswith('{\n  "id": "chatcmpl-1",\n')
    assert "héllo" in completion.to_json()


def test_model_dump_shows_every_field_by_default_and_only_the_set_ones_when_asked() -> None:
    dumped = reply().model_dump()
    assert dumped["system_fingerprint"] is None
    assert dumped["choices"][0]["message"]["tool_calls"] is None
    assert dumped["choices"][0]["finish_reason"] == "stop"
    assert dumped["x_gateway"] == {"route": "b"}
    assert reply().model_dump(exclude_unset=True) == REPLY
    assert "system_fingerprint" not in reply().model_dump(exclude_none=True)
    assert "refusal" not in reply().model_dump(exclude_none=True)["choices"][0]["message"]
    assert reply().model_dump(include={"id", "object"}) == {"id": "chatcmpl-1", "object": "chat.completion"}
    assert "choices" not in reply().model_dump(exclude={"choices"})


def test_model_dump_json_is_compact_unless_indented() -> None:
    text = reply().model_dump_json(exclude_unset=True)
    assert text.startswith('{"id":"chatcmpl-1","object":"chat.completion",')
    assert json.loads(text) == REPLY
    assert reply().model_dump_json(indent=4).startswith('{\n    "id"')


def test_a_value_that_did_not_fit_is_dumped_as_it_arrived() -> None:
    odd = {**REPLY, "created": "yesterday"} | {"object": "chat.completion.v2"}
    with pytest.raises(Exception, match="created"):
        models.ChatCompletion.from_dict(odd)
    completion = models.ChatCompletion.from_dict({**REPLY, "object": "chat.completion.v2"})
    assert completion.object is None
    assert completion.model_dump()["object"] == "chat.completion.v2"
    assert completion.to_dict(exclude_none=True)["object"] == "chat.completion.v2"


def test_a_missing_required_key_is_unset() -> None:
    partial = {key: value for key, value in REPLY.items() if key != "model"}
    completion = models.ChatCompletion.from_dict(partial)
    assert "model" not in completion.model_dump(exclude_unset=True)
    assert completion.model_dump()["model"] is None


def test_an_explicit_null_is_set_and_an_absent_key_is_not() -> None:
    completion = models.ChatCompletion.from_dict({**REPLY, "system_fingerprint": None})
    assert completion.to_dict()["system_fingerprint"] is None
    assert "service_tier" not in completion.to_dict()


def test_wire_names_read_as_themselves() -> None:
    completion = reply()
    assert completion.object == "chat.completion"
    part = models.TextContentPart(type="text", text="hi")
    assert (part.type, part.to_dict()) == ("text", {"type": "text", "text": "hi"})
    assert models.CreateEmbeddingRequest(model="m", input="x").input == "x"


def test_the_old_names_still_work_with_a_deprecation_warning() -> None:
    completion = reply()
    with pytest.warns(DeprecationWarning, match=r"ChatCompletion\.object_ is deprecated.*use \.object") as caught:
        assert completion.object_ == "chat.completion"
    assert caught[0].filename == __file__
    with pytest.warns(DeprecationWarning, match=r"TextContentPart\.type_") as caught:
        part = models.TextContentPart(type_="text", text="hi")  # type: ignore[call-arg]
    assert caught[0].filename == __file__
    assert part.type == "text"
    with pytest.warns(DeprecationWarning, match=r"TokenLogprob\.bytes_"):
        assert models.TokenLogprob(token="a", logprob=0.0, top_logprobs=[], bytes_=[97]).bytes == [97]  # type: ignore[call-arg]


def test_equality_copies_and_pickles() -> None:
    completion = reply()
    assert completion == reply()
    assert completion != models.ChatCompletion.from_dict({**REPLY, "id": "other"})
    for twin in (copy.copy(completion), copy.deepcopy(completion), pickle.loads(pickle.dumps(completion))):
        assert twin == completion
        assert twin.to_dict() == REPLY
    deep = copy.deepcopy(completion)
    deep.choices[0].message.content = "changed"
    assert completion.choices[0].message.content == "héllo"


def test_a_kept_value_takes_part_in_equality() -> None:
    one = models.ChatCompletion.from_dict({**REPLY, "object": "a"})
    other = models.ChatCompletion.from_dict({**REPLY, "object": "b"})
    assert one.object == other.object
    assert one != other


def test_a_request_model_counts_what_was_given() -> None:
    part = models.TextContentPart(type="text", text="hi")
    assert part.model_dump() == {"type": "text", "text": "hi", "cache_control": None}
    assert part.model_dump(exclude_unset=True) == {"type": "text", "text": "hi"}
    assert part.to_dict(use_api_names=False) == {"type": "text", "text": "hi"}


def test_a_parsed_reply_copies_and_pickles_with_what_parse_added(mock_url: str) -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        parsed = client.chat.completions.parse(
            model="gpt-4o", messages=[{"role": "user", "content": "Where?"}], response_format=Location
        )
    expected = parsed.choices[0].message.parsed
    assert isinstance(expected, Location)
    assert parsed.to_dict()["choices"][0]["message"]["parsed"] == expected.model_dump()
    for twin in (copy.copy(parsed), copy.deepcopy(parsed), pickle.loads(pickle.dumps(parsed))):
        assert twin.choices[0].message.parsed == expected
        assert twin.to_dict() == parsed.to_dict()
