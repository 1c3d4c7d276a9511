"""Everything a user of this gateway sends: each request shape round-trips through the request model losslessly
and gets a 200 from the mock, whose validation is the spec's own (issue 9 items 7-9)."""

from __future__ import annotations

import copy
from typing import Any

import anyio
import pytest

from mixroute_client import RetryPolicy
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import (
    CreateChatCompletionRequest,
    DeveloperMessage,
    OtherContentPart,
    OtherMessage,
    UserMessage,
)
from tests.conftest import InProcessClient

USER = {"role": "user", "content": "Hi"}


def request(*messages: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": list(messages or [USER]), **fields}


def user_with(*parts: dict[str, Any]) -> dict[str, Any]:
    return {"role": "user", "content": [{"type": "text", "text": "Look:"}, *parts]}


SHAPES: dict[str, dict[str, Any]] = {
    "developer role": request({"role": "developer", "content": "Be brief."}, USER),
    "function role (deprecated)": request(USER, {"role": "function", "name": "lookup", "content": "42"}),
    "unknown role": request({"role": "critic", "content": "Check facts."}, USER),
    "system text parts": request({"role": "system", "content": [{"type": "text", "text": "Be brief."}]}, USER),
    "image_url object": request(user_with({"type": "image_url", "image_url": {"url": "https://x.test/a.png"}})),
    "image_url plain string (Kimi)": request(user_with({"type": "image_url", "image_url": "https://x.test/a.png"})),
    "input_audio": request(user_with({"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}})),
    "file": request(user_with({"type": "file", "file": {"file_id": "file-1", "filename": "a.pdf"}})),
    "video_url (Kimi, Doubao, Qwen)": request(
        user_with({"type": "video_url", "video_url": {"url": "https://x.test/v"}})
    ),
    "unknown part type": request(user_with({"type": "video", "video": ["https://x.test/1.jpg"], "fps": 2})),
    "assistant content parts": request(
        USER, {"role": "assistant", "content": [{"type": "refusal", "refusal": "No."}]}, USER
    ),
    "assistant reasoning sent back (DeepSeek)": request(
        USER, {"role": "assistant", "content": "4", "reasoning_content": "2+2"}, USER
    ),
    "GLM web_search tool": request(tools=[{"type": "web_search", "web_search": {"enable": True}}]),
    "Kimi builtin_function tool": request(tools=[{"type": "builtin_function", "function": {"name": "$web_search"}}]),
    "OpenAI custom tool": request(tools=[{"type": "custom", "custom": {"name": "grammar"}}]),
    "dotted MCP function name": request(tools=[{"type": "function", "function": {"name": "docs.search"}}]),
    "16 stop sequences (DeepSeek)": request(stop=[f"S{i}" for i in range(16)]),
    "stop null (DeepSeek's sample)": request(stop=None),
    "max_tokens without a minimum": request(max_tokens=0),
    "nulls where OpenAI takes them": request(
        temperature=None,
        top_p=None,
        n=None,
        stream=None,
        stream_options=None,
        max_tokens=None,
        seed=None,
        presence_penalty=None,
        frequency_penalty=None,
        logprobs=None,
        top_logprobs=None,
        parallel_tool_calls=None,
        logit_bias=None,
        metadata=None,
        modalities=None,
        audio=None,
        prediction=None,
        store=None,
        reasoning_effort=None,
        service_tier=None,
        verbosity=None,
        max_completion_tokens=None,
    ),
    "OpenAI's newer fields": request(
        max_completion_tokens=128,
        reasoning_effort="minimal",
        service_tier="flex",
        metadata={"k": "v"},
        logit_bias={"50256": -100},
        modalities=["text", "audio"],
        audio={"voice": "alloy", "format": "mp3"},
        prediction={"type": "content", "content": "draft"},
        web_search_options={"search_context_size": "low"},
        prompt_cache_key="conv-1",
        safety_identifier="user-1",
        store=True,
        verbosity="high",
    ),
    "provider pass-through": request(
        thinking={"type": "enabled", "budget_tokens": 1024}, enable_thinking=False, top_k=20
    ),
}


@pytest.mark.parametrize("shape", list(SHAPES), ids=list(SHAPES))
def test_a_request_shape_round_trips_and_gets_a_200(shape: str, in_process_client: InProcessClient) -> None:
    wire = SHAPES[shape]
    body = CreateChatCompletionRequest.from_dict(copy.deepcopy(wire))
    assert body.to_dict() == wire
    client = in_process_client(retry_policy=RetryPolicy())

    async def send() -> Any:
        return await create_chat_completion.asyncio(client=client, body=body, max_retries=0)

    assert anyio.run(send).choices


def test_unknown_roles_and_parts_are_kept_never_misparsed() -> None:
    body = CreateChatCompletionRequest.from_dict(copy.deepcopy(SHAPES["unknown role"]))
    assert isinstance(body.messages[0], OtherMessage)
    assert body.messages[0].role == "critic"
    message = CreateChatCompletionRequest.from_dict(copy.deepcopy(SHAPES["unknown part type"])).messages[0]
    assert isinstance(message, UserMessage)
    parts = message.content
    assert isinstance(parts, list)
    assert isinstance(parts[1], OtherContentPart)
    assert parts[1].additional_properties == {"video": ["https://x.test/1.jpg"], "fps": 2}


def test_the_developer_role_is_a_typed_class() -> None:
    body = CreateChatCompletionRequest.from_dict(copy.deepcopy(SHAPES["developer role"]))
    assert isinstance(body.messages[0], DeveloperMessage)
    assert DeveloperMessage(role="developer", content="Be brief.").to_dict() == SHAPES["developer role"]["messages"][0]
