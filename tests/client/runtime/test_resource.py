"""Mixroute / AsyncMixroute: construction, the per-call options and both reply types, on an in-memory transport."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import httpx2
import mypy.api
import pytest

from mixroute_client import AsyncMixroute, AsyncStream, Mixroute, Stream, errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, ChatCompletionChunk, UserMessage
from mixroute_client.params import ChatMessageParam

from .conftest import API_KEY, SleepRecorder, chat_request, chunk, completion, sse_body, sse_response

HELLO: list[ChatMessageParam] = [{"role": "user", "content": "Hi"}]


class Recorder:
    """Answers every request with ``reply`` and keeps what was sent."""

    def __init__(self, reply: httpx2.Response | None = None) -> None:
        self.requests: list[httpx2.Request] = []
        self.reply = reply

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return self.reply or httpx2.Response(200, json=completion())

    @property
    def body(self) -> dict[str, Any]:
        sent: dict[str, Any] = json.loads(self.requests[-1].content)
        return sent


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[Mixroute]:
    http = httpx2.Client(transport=httpx2.MockTransport(recorder))
    with Mixroute(api_key=API_KEY, base_url="https://api.test/v1", http_client=http) as built:
        yield built


def test_a_plain_call_sends_what_was_given_and_returns_the_model(client: Mixroute, recorder: Recorder) -> None:
    reply = client.chat.completions.create(model="glm-5", messages=HELLO, temperature=0.5)
    assert isinstance(reply, ChatCompletion)
    assert reply.choices[0].message.content == "Hello!"
    request = recorder.requests[-1]
    assert request.url == "https://api.test/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    # Arguments not given are not sent: the upstream's defaults stay in force.
    assert recorder.body == {"model": "glm-5", "messages": HELLO, "temperature": 0.5}


def test_models_and_dicts_send_the_same_body(client: Mixroute, recorder: Recorder) -> None:
    client.chat.completions.create(model="glm-5", messages=[UserMessage(role="user", content="Hi")])
    from_models = recorder.body
    client.chat.completions.create(model="glm-5", messages=HELLO)
    assert recorder.body == from_models == chat_request().to_dict()


def test_the_extras_reach_the_wire(client: Mixroute, recorder: Recorder) -> None:
    client.chat.completions.create(
        model="glm-5",
        messages=HELLO,
        extra_body={"top_k": 3, "model": "glm-4"},
        extra_headers={"X-Trace": "t-1"},
        extra_query={"debug": "1"},
    )
    request = recorder.requests[-1]
    assert recorder.body == {"model": "glm-4", "messages": HELLO, "top_k": 3}
    assert request.headers["x-trace"] == "t-1"
    assert request.url.params["debug"] == "1"


def test_an_extra_header_http_cannot_carry_is_refused_before_sending(client: Mixroute, recorder: Recorder) -> None:
    with pytest.raises(errors.UsageError, match=r"U\+000A"):
        client.chat.completions.create(model="glm-5", messages=HELLO, extra_headers={"X-Trace": "a\nb"})
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({}, {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": 600.0}),
        ({"timeout": None}, {"connect": None, "read": None, "write": None, "pool": None}),
        ({"timeout": httpx2.Timeout(7.0)}, {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}),
    ],
    ids=["client's", "none", "this call's"],
)
def test_timeout_per_call_has_the_sdk_meaning(
    client: Mixroute, recorder: Recorder, given: dict[str, Any], expected: dict[str, float | None]
) -> None:
    client.chat.completions.create(model="glm-5", messages=HELLO, **given)
    assert recorder.requests[-1].extensions["timeout"] == expected


def test_max_retries_per_call_overrides_the_clients(sleeps: SleepRecorder) -> None:
    busy = Recorder(httpx2.Response(503, json={"error": {"message": "busy"}}))
    client = Mixroute(api_key=API_KEY, http_client=httpx2.Client(transport=httpx2.MockTransport(busy)))
    client.api_client.retry_policy = sleeps.policy()
    with pytest.raises(errors.InternalServerError):
        client.chat.completions.create(model="glm-5", messages=HELLO, max_retries=0)
    assert len(busy.requests) == 1
    with pytest.raises(errors.InternalServerError):
        client.chat.completions.create(model="glm-5", messages=HELLO)
    assert len(busy.requests) == 1 + 3  # the client's default: 2 retries


def test_stream_true_returns_a_typed_stream_that_adds_up(recorder: Recorder, client: Mixroute) -> None:
    parts = [chunk({"role": "assistant", "content": "Hel"}), chunk({"content": "lo"}, finish_reason="stop")]
    recorder.reply = sse_response(sse_body(parts))
    stream = client.chat.completions.create(model="glm-5", messages=HELLO, stream=True)
    assert isinstance(stream, Stream)
    with stream:
        received = list(stream)
        final = stream.get_final_completion()
    assert all(isinstance(part, ChatCompletionChunk) for part in received)
    assert [part.choices[0].delta.content for part in received] == ["Hel", "lo"]
    assert final.choices[0].message.content == "Hello"
    assert recorder.body["stream"] is True
    assert recorder.requests[-1].headers["accept"] == "text/event-stream"


def test_an_error_status_of_a_stream_raises_at_the_call(recorder: Recorder, client: Mixroute) -> None:
    recorder.reply = httpx2.Response(401, json={"error": {"message": "bad key", "code": "invalid_api_key"}})
    with pytest.raises(errors.AuthenticationError):
        client.chat.completions.create(model="glm-5", messages=HELLO, stream=True)


def test_the_same_client_serves_the_module_functions(client: Mixroute, recorder: Recorder) -> None:
    reply = create_chat_completion.sync(client=client.api_client, body=chat_request())
    assert reply.choices[0].message.content == "Hello!"
    assert len(recorder.requests) == 1


def test_the_environment_fills_what_is_not_given(monkeypatch: pytest.MonkeyPatch, recorder: Recorder) -> None:
    monkeypatch.setenv("MIXROUTE_API_KEY", API_KEY)
    monkeypatch.setenv("MIXROUTE_BASE_URL", "https://env.test/v1/")
    with Mixroute(http_client=httpx2.Client(transport=httpx2.MockTransport(recorder))) as client:
        client.chat.completions.create(model="glm-5", messages=HELLO)
    assert recorder.requests[-1].url == "https://env.test/v1/chat/completions"
    assert recorder.requests[-1].headers["authorization"] == f"Bearer {API_KEY}"


def test_no_key_is_a_usage_error_and_a_bad_key_is_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MIXROUTE_API_KEY", raising=False)
    with pytest.raises(errors.UsageError, match="MIXROUTE_API_KEY"):
        Mixroute()
    secret = "sk-secret\u200b-key"
    with pytest.raises(errors.UsageError) as raised:
        AsyncMixroute(api_key=secret)
    assert "sk-secret" not in str(raised.value)
    assert "sk-secret" not in repr(Mixroute(api_key="sk-secret-key").api_client)


def test_default_headers_and_strict_reach_the_client(recorder: Recorder) -> None:
    http = httpx2.Client(transport=httpx2.MockTransport(recorder))
    client = Mixroute(api_key=API_KEY, http_client=http, default_headers={"X-Team": "a"}, strict=True, max_retries=5)
    client.chat.completions.create(model="glm-5", messages=HELLO)
    assert recorder.requests[-1].headers["x-team"] == "a"
    assert (client.api_client.strict, client.api_client.max_retries) == (True, 5)
    client.close()
    assert http.is_closed


@pytest.mark.anyio
async def test_the_async_client_calls_and_streams(recorder: Recorder) -> None:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(recorder))
    async with AsyncMixroute(api_key=API_KEY, base_url="https://api.test", http_client=http) as client:
        reply = await client.chat.completions.create(model="glm-5", messages=HELLO, extra_body={"top_k": 1})
        assert reply.choices[0].message.content == "Hello!"
        assert recorder.body["top_k"] == 1
        recorder.reply = sse_response(sse_body([chunk({"content": "Hi"}, finish_reason="stop")]))
        stream = await client.chat.completions.create(model="glm-5", messages=HELLO, stream=True)
        assert isinstance(stream, AsyncStream)
        assert [part.choices[0].delta.content async for part in stream] == ["Hi"]
    assert http.is_closed


def test_a_given_http_client_keeps_its_own_event_hooks(recorder: Recorder) -> None:
    seen: list[str] = []
    http = httpx2.Client(
        transport=httpx2.MockTransport(recorder),
        event_hooks={"request": [lambda request: seen.append(request.url.path)]},
    )
    with Mixroute(api_key=API_KEY, http_client=http) as client:
        client.chat.completions.create(model="glm-5", messages=HELLO)
    assert seen == ["/v1/chat/completions"]
    assert recorder.requests[-1].headers["authorization"] == f"Bearer {API_KEY}"


def test_a_tuple_of_dicts_is_read_as_json_too(client: Mixroute, recorder: Recorder) -> None:
    client.chat.completions.create(model="glm-5", messages=(HELLO[0],))
    assert recorder.body == {"model": "glm-5", "messages": HELLO}


TYPED_PROGRAM = """
import httpx
import httpx2
from mixroute_client import Mixroute
from mixroute_client.params import ChatMessageParam

client = Mixroute(api_key="k")
messages: list[ChatMessageParam] = [{"role": "user", "content": "hi"}]
flag: bool = True
reveal_type(client.chat.completions.create(model="m", messages=messages))
reveal_type(client.chat.completions.create(model="m", messages=messages, stream=True))
reveal_type(client.chat.completions.create(model="m", messages=messages, stream=flag))
Mixroute(api_key="k", http_client=httpx2.AsyncClient())
"""


def test_the_type_checker_knows_what_create_returns(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text(TYPED_PROGRAM, encoding="utf-8")
    out, _, status = mypy.api.run(["--strict", "--no-error-summary", str(program)])
    revealed = re.findall(r'Revealed type is "(.*)"', out)
    chunk, reply = (
        "mixroute_client.models.chat_completion_chunk.ChatCompletionChunk",
        "mixroute_client.models.chat_completion.ChatCompletion",
    )
    stream = f"mixroute_client._runtime._streaming.Stream[{chunk}, {reply}]"
    assert revealed == [reply, stream, f"{reply} | {stream}"], out
    assert status == 1
    (error,) = [line for line in out.splitlines() if ": error:" in line]
    assert 'Argument "http_client" to "Mixroute" has incompatible type "AsyncClient"' in error


def test_an_httpx_client_is_refused_with_what_to_pass_instead() -> None:
    legacy = httpx.Client()
    with pytest.raises(errors.UsageError) as refused:
        Mixroute(api_key=API_KEY, http_client=legacy)  # type: ignore[arg-type]
    assert "http_client must be an httpx2.Client, got an httpx.Client" in str(refused.value)
    assert "import httpx2" in str(refused.value)
    legacy.close()


def test_a_sync_http_client_given_to_the_async_client_is_refused() -> None:
    with (
        httpx2.Client() as sync_http,
        pytest.raises(errors.UsageError, match=r"httpx2\.AsyncClient, got an httpx2\.Client$"),
    ):
        AsyncMixroute(api_key=API_KEY, http_client=sync_http)  # type: ignore[arg-type]
