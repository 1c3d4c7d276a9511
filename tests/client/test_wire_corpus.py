"""The wire corpus (tests/client/wire_corpus/): what real upstreams send, through the real client, sync and async.

Each case is a reply body or an SSE transcript shaped like a publicly reported one (its source is in the
file) with the reading a correct client must make of it, written from the data's meaning. A reply must parse
and round-trip losslessly, or, when its body reports an error instead, raise that error; a stream must yield
every chunk losslessly and fold into the expected completion, or, when it was cut before every choice finished,
raise ``APIConnectionError``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest

from mixroute_client import AuthenticatedClient, errors
from mixroute_client._runtime import _json
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, ChatCompletionChunk, CreateChatCompletionRequest

CORPUS = Path(__file__).parent / "wire_corpus"
CASES = sorted(CORPUS.glob("*.json"))
REQUEST = CreateChatCompletionRequest.from_dict({"model": "glm-5", "messages": [{"role": "user", "content": "Hi"}]})


def load(path: Path) -> dict[str, Any]:
    case: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return case


def client_answering(case: dict[str, Any]) -> AuthenticatedClient:
    def answer(request: httpx2.Request) -> httpx2.Response:
        if case["kind"] == "stream":
            return httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=case["sse"].encode())
        return httpx2.Response(200, json=case["body"])

    transport = httpx2.MockTransport(answer)
    client = AuthenticatedClient(base_url="https://gateway.test", token="sk-corpus", max_retries=0)
    client.set_httpx_client(httpx2.Client(transport=transport, base_url="https://gateway.test"))
    return client.set_async_httpx_client(httpx2.AsyncClient(transport=transport, base_url="https://gateway.test"))


def text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def reading(completion: ChatCompletion) -> dict[str, Any]:
    """The parts of a completion the corpus states, in the corpus's terms."""
    choices = []
    for choice in completion.choices:
        message = choice.message
        entry: dict[str, Any] = {
            "content": text(message.content),
            "reasoning": text(message.reasoning_content) or text(message.reasoning),
            "finish_reason": None if choice.finish_reason is None else str(choice.finish_reason),
        }
        if isinstance(message.tool_calls, list) and message.tool_calls:
            entry["tool_calls"] = [
                {"id": call.id or None, "name": call.function.name, "arguments": call.function.arguments}
                for call in message.tool_calls
            ]
        choices.append(entry)
    usage = completion.usage
    counts = None if usage is None else usage.to_dict()
    return {"choices": choices, "usage": counts}


def assert_reads_as_expected(completion: ChatCompletion, expect: dict[str, Any]) -> None:
    actual = reading(completion)
    assert actual["choices"] == expect["choices"]
    if expect.get("usage") is None:
        assert not actual["usage"] or not any(isinstance(v, int) for v in actual["usage"].values())
    else:
        assert {key: actual["usage"].get(key) for key in expect["usage"]} == expect["usage"]


def payloads(sse: str) -> list[dict[str, Any]]:
    """The JSON objects of a transcript, by the SSE rules the corpus states (for the lossless check)."""
    found = []
    for event in sse.replace("\r\n", "\n").split("\n\n"):
        data = "\n".join(line[5:].removeprefix(" ") for line in event.split("\n") if line.startswith("data:"))
        if data and data != "[DONE]" and isinstance(parsed := json.loads(data), dict):
            found.append(parsed)
    return found


def run_sync(case: dict[str, Any]) -> tuple[ChatCompletion, list[ChatCompletionChunk]]:
    client = client_answering(case)
    if case["kind"] == "completion":
        return create_chat_completion.sync(client=client, body=REQUEST), []
    with create_chat_completion.stream(client=client, body=REQUEST) as stream:
        chunks = list(stream)
        return stream.get_final_completion(), chunks


def run_async(case: dict[str, Any]) -> tuple[ChatCompletion, list[ChatCompletionChunk]]:
    async def main() -> tuple[ChatCompletion, list[ChatCompletionChunk]]:
        client = client_answering(case)
        if case["kind"] == "completion":
            return await create_chat_completion.asyncio(client=client, body=REQUEST), []
        async with create_chat_completion.asyncio_stream(client=client, body=REQUEST) as stream:
            chunks = [chunk async for chunk in stream]
            return await stream.get_final_completion(), chunks

    return anyio.run(main)


RUNNERS: dict[str, Callable[[dict[str, Any]], tuple[ChatCompletion, list[ChatCompletionChunk]]]] = {
    "sync": run_sync,
    "async": run_async,
}


def test_the_corpus_is_large_and_every_case_names_its_source() -> None:
    assert len(CASES) >= 40
    for path in CASES:
        case = load(path)
        assert case["source"].strip(), path.name
        assert case["kind"] in ("completion", "stream"), path.name


@pytest.fixture(params=["installed", "standard-library"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Replies and events decoded as installed (orjson in the dev environment), then by the standard library,
    as without the ``fast`` extra: both must read every case alike."""
    if request.param == "standard-library":
        monkeypatch.setattr(_json, "loads", _json.standard_loads)
    return str(request.param)


@pytest.mark.parametrize("runner", list(RUNNERS))
@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_the_client_reads_what_real_upstreams_send(path: Path, runner: str, decoder: str) -> None:
    case = load(path)
    expect = case["expect"]
    if expect.get("complete") is False:
        with pytest.raises(errors.APIConnectionError):
            RUNNERS[runner](case)
        return
    if "error" in expect:  # a 200 whose body reports an error: raised, typed, the answer kept
        with pytest.raises(errors.APIStatusError) as raised:
            RUNNERS[runner](case)
        assert (type(raised.value).__name__, raised.value.code) == (expect["error"]["class"], expect["error"]["code"])
        assert raised.value.status_code == 200
        assert raised.value.response.json() == case["body"]
        return
    completion, chunks = RUNNERS[runner](case)
    assert_reads_as_expected(completion, expect)
    if case["kind"] == "completion":
        assert completion.to_dict() == case["body"]
    else:
        assert [chunk.to_dict() for chunk in chunks] == payloads(case["sse"])


def test_a_gemini_thought_signature_goes_back_unchanged_in_the_next_request() -> None:
    """Gemini 3 refuses a tool round trip whose tool calls lost `extra_content`: the documented loop keeps it."""
    case = load(CORPUS / "gemini3_completion_parallel_tool_calls_thought_signature.json")
    reply = run_sync(case)[0].choices[0].message
    sent_calls = case["body"]["choices"][0]["message"]["tool_calls"]
    follow_up = CreateChatCompletionRequest.from_dict(
        {"model": "gemini-3-pro-preview", "messages": [{"role": "user", "content": "Weather?"}, reply.to_dict()]}
    )
    assert follow_up.to_dict()["messages"][1]["tool_calls"] == sent_calls
    assert "extra_content" in follow_up.to_dict()["messages"][1]["tool_calls"][0]
