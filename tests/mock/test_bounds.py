"""What a hostile or careless client can make the mock hold or show: a reply's size and the memory it takes
while streamed, fault budgets, and the key in a 401."""

from __future__ import annotations

import json
import string
import tracemalloc
from typing import Any

import anyio
import httpx2
import pytest
from hypothesis import given
from hypothesis import strategies as st
from starlette.types import ASGIApp, Message

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app, delivery, streaming
from mixroute_mock.errors import ApiError
from mixroute_mock.faults import MAX_KEY_LENGTH, FaultBudget, FaultSyntaxError, parse_fault
from mixroute_mock.gate import SHOWN_HEAD, SHOWN_TAIL, masked_key
from mixroute_mock.limits import MAX_CHOICES, bounded_reply, reply_size
from mixroute_mock.replies import build_reply
from mixroute_mock.scripts import ScriptedReply
from mixroute_mock.settings import DEFAULT_MAX_REPLY_CHARS, MAX_REPLY_CHARS

pytestmark = pytest.mark.anyio
AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
PATH = "/v1/chat/completions"
ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "Hi"}]}


def _client(app: ASGIApp) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(transport=httpx2.ASGITransport(app), base_url="http://mock")


def asking(words: int, **fields: Any) -> dict[str, Any]:
    return {**ASK, "messages": [{"role": "user", "content": "word " * words}], **fields}


async def test_n_above_openais_maximum_is_a_400_naming_it() -> None:
    async with _client(create_app(MockSettings(log=False))) as mock:
        response = await mock.post(PATH, headers=AUTH, json={**ASK, "n": MAX_CHOICES + 1})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "n"
    assert f"maximum of {MAX_CHOICES}" in response.json()["error"]["message"]
    # The mock's own bound, whatever the spec it serves says.
    with pytest.raises(ApiError, match=f"maximum of {MAX_CHOICES}"):
        bounded_reply({**ASK, "n": MAX_CHOICES + 1}, DEFAULT_MAX_REPLY_CHARS)


async def test_a_reply_over_the_size_limit_is_a_400_naming_it() -> None:
    # n=32 choices quoting a 100 KB message: 3.2 million characters.
    async with _client(create_app(MockSettings(log=False))) as mock:
        response = await mock.post(PATH, headers=AUTH, json=asking(20_000, n=32, stream=True))
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["param"] == "n"
    assert f"limit of {DEFAULT_MAX_REPLY_CHARS:,} characters" in error["message"]
    assert MAX_REPLY_CHARS in error["message"]


async def test_the_reply_limit_is_a_setting_and_max_tokens_brings_a_reply_under_it() -> None:
    async with _client(create_app(MockSettings(log=False, max_reply_chars=1_000))) as mock:
        refused = await mock.post(PATH, headers=AUTH, json=asking(400))
        shortened = await mock.post(PATH, headers=AUTH, json=asking(400, max_tokens=50))
        under = await mock.post(PATH, headers=AUTH, json=asking(150, n=1))
    assert refused.status_code == 400
    assert refused.json()["error"]["param"] == "messages"
    assert "limit of 1,000 characters" in refused.json()["error"]["message"]
    assert shortened.status_code == 200
    assert shortened.json()["choices"][0]["finish_reason"] == "length"
    assert under.status_code == 200


async def test_log_probabilities_count_toward_the_reply_limit() -> None:
    # 400 words are about 2,000 characters, and with 5 alternatives each about 160,000.
    asked = asking(400, logprobs=True, top_logprobs=5)
    async with _client(create_app(MockSettings(log=False, max_reply_chars=20_000))) as mock:
        plain = await mock.post(PATH, headers=AUTH, json={**asked, "logprobs": False})
        refused = await mock.post(PATH, headers=AUTH, json=asked)
        streamed = await mock.post(PATH, headers=AUTH, json={**asked, "stream": True})
    assert plain.status_code == 200
    for response in (refused, streamed):
        assert response.status_code == 400
        assert "`top_logprobs`" in response.json()["error"]["message"]


def test_a_replys_size_counts_its_log_probabilities_as_sent_and_stops_past_the_limit() -> None:
    reply = build_reply(asking(50, n=2, logprobs=True, top_logprobs=3))
    sent = [
        len(choice["message"]["content"]) + sum(len(json.dumps(entry)) for entry in choice["logprobs"]["content"])
        for choice in reply.completion()["choices"]
    ]
    assert reply_size(reply, 10**9) == sum(sent)
    assert 1_000 < reply_size(reply, 1_000) < sent[0]


@pytest.mark.parametrize("n", [1, 3])
async def test_a_scripted_reply_is_bounded_as_a_drawn_one(n: int) -> None:
    app = create_app(MockSettings(log=False, max_reply_chars=1_000))
    app.state.scripts.add("", [ScriptedReply(refusal="no " * 400), ScriptedReply(content="yes " * 100)])
    async with _client(app) as mock:
        refused = await mock.post(PATH, headers=AUTH, json={**ASK, "n": n})
        answered = await mock.post(PATH, headers=AUTH, json={**ASK, "n": n, "stream": True})
    assert refused.status_code == 400
    assert refused.json()["error"]["param"] == ("n" if n > 1 else "messages")
    assert (answered.status_code, n) in ((200, 1), (400, 3))


class StreamDriver:
    """Sends one request straight to the ASGI app and takes its answer as a fast client would, keeping only
    counts: the bytes it got, and what had been made when the first event arrived."""

    def __init__(self, app: ASGIApp, body: dict[str, Any]) -> None:
        self.app = app
        self.request: list[Message] = [{"type": "http.request", "body": json.dumps(body).encode()}]
        self.received = 0
        self.events_made = 0
        self.made_before_the_first: int | None = None

    async def receive(self) -> Message:
        if self.request:
            return self.request.pop()
        await anyio.sleep_forever()  # the client stays until the end
        raise AssertionError

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            assert message["status"] == 200
        elif self.made_before_the_first is None:
            self.made_before_the_first = self.events_made
        self.received += len(message.get("body", b""))

    async def run(self) -> None:
        headers = [(b"authorization", AUTH["Authorization"].encode()), (b"content-type", b"application/json")]
        scope = {"type": "http", "method": "POST", "path": PATH, "headers": headers, "query_string": b""}
        await self.app(
            {**scope, "asgi": {"version": "3.0"}, "http_version": "1.1", "scheme": "http"}, self.receive, self.send
        )


@pytest.mark.parametrize("kind", ["drawn", "with log probabilities", "scripted"])
async def test_a_stream_makes_each_event_as_it_is_sent(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(MockSettings(log=False))
    if kind == "scripted":
        app.state.scripts.add("", [ScriptedReply(content="word " * 200)])
    extra = {"logprobs": True, "top_logprobs": 2} if kind == "with log probabilities" else {}
    driver = StreamDriver(app, asking(200, n=8, stream=True, **extra))
    real_event = streaming.event

    def counted(data: dict[str, Any] | str) -> bytes:
        driver.events_made += 1
        return real_event(data)

    monkeypatch.setattr(delivery, "event", counted)
    await driver.run()
    assert app.state.scripts.take("") is None  # a scripted stream took its reply
    assert driver.events_made > 8 * 200
    assert driver.made_before_the_first == 1


async def test_a_streams_memory_stays_a_small_part_of_what_it_sends() -> None:
    app = create_app(MockSettings(log=False))
    warm = StreamDriver(app, asking(10, stream=True))
    await warm.run()  # the first request pays for what every later one shares (schemas, caches)
    driver = StreamDriver(app, asking(800, n=16, stream=True))
    tracemalloc.start()
    try:
        await driver.run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert driver.received > 3_000_000
    assert peak < driver.received / 10, f"{peak:,} bytes held to send {driver.received:,}"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer sk-not-a-key"}])
async def test_requests_without_a_valid_key_spend_no_fault_budget(headers: dict[str, str]) -> None:
    app = create_app(MockSettings(log=False))
    async with _client(app) as mock:
        for number in range(50):
            fault = {"X-Mock-Fault": f"status=503; times=1; key=k{number}"}
            assert (await mock.post(PATH, headers={**headers, **fault}, json=ASK)).status_code == 401
        assert len(app.state.fault_budget) == 0
        # The fault is still there for the first request that may have it.
        keyed = {**AUTH, "X-Mock-Fault": "status=503; times=1; key=k0"}
        assert (await mock.post(PATH, headers=keyed, json=ASK)).status_code == 503
        assert (await mock.post(PATH, headers=keyed, json=ASK)).status_code == 200


def test_the_fault_budgets_are_bounded_forgetting_the_least_recently_used() -> None:
    budget = FaultBudget(size=3)
    faults = [parse_fault(f"status=503; times=1; key=k{number}") for number in range(10)]
    first = faults[0]
    assert budget.admit(first) == first
    for fault in faults[1:]:
        budget.admit(first)  # used all along, so it is kept
        budget.admit(fault)
        assert len(budget) <= 3
    assert budget.admit(first).is_empty  # still counted: its one time was spent
    assert budget.admit(faults[1]) == faults[1]  # forgotten long ago: its fault applies afresh


def test_a_fault_key_is_bounded_in_length() -> None:
    assert parse_fault(f"times=1; key={'k' * MAX_KEY_LENGTH}").key == "k" * MAX_KEY_LENGTH
    with pytest.raises(FaultSyntaxError, match=f"at most {MAX_KEY_LENGTH} characters"):
        parse_fault(f"times=1; key={'k' * (MAX_KEY_LENGTH + 1)}")


# Keys as an HTTP header carries them: printable latin-1 without spaces (the header value is stripped) and
# without `*`, so that the mask's own `***` can be told apart from the key.
KEY_CHARACTERS = st.characters(codec="latin-1", categories=("L", "N", "P", "S"), exclude_characters="*")


@given(st.text(KEY_CHARACTERS, min_size=1, max_size=300))
def test_a_masked_key_shows_a_fixed_head_and_tail_and_never_a_third(key: str) -> None:
    masked = masked_key(key)
    head, separator, tail = masked.partition("***")
    assert separator
    assert key.startswith(head)
    assert key.endswith(tail)
    assert len(head) <= SHOWN_HEAD
    assert len(tail) <= SHOWN_TAIL
    assert len(head) + len(tail) <= len(key) // 3


@pytest.mark.parametrize("length", [1, 2, 8, 9, 12, 20, 21, 51, 164])
async def test_a_401_shows_no_more_of_a_wrong_key_than_its_mask(length: int) -> None:
    key = (string.digits * 20)[:length]  # the envelope holds no digit of its own
    async with _client(create_app(MockSettings(log=False))) as mock:
        response = await mock.post(PATH, headers={"Authorization": f"Bearer {key}"}, json=ASK)
    assert response.status_code == 401
    assert response.json()["error"]["message"] == f"Incorrect API key provided: {masked_key(key)}."
    longest = min(SHOWN_HEAD + SHOWN_TAIL, length // 3)
    shown_runs = [key[start : start + longest + 1] for start in range(length - longest)]
    assert not any(run in response.text for run in shown_runs)
