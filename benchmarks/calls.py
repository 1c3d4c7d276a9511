"""Benchmark 1: one non-streamed call, seed-sized request and reply, on an in-memory transport."""

from __future__ import annotations

import json

from benchmarks import clients
from benchmarks.agreement import agreed
from benchmarks.payloads import PATH, seed_request, seed_response
from benchmarks.results import Row
from benchmarks.timing import Budget, compare
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, CreateChatCompletionRequest

FAMILY = "1 call"
TARGET = 1.5


def _content(completion: object) -> str | None:
    if not isinstance(completion, ChatCompletion):
        raise TypeError(f"expected a ChatCompletion, got {completion!r}")
    content = completion.choices[0].message.content
    return content if isinstance(content, str) else None


def run(budget: Budget) -> list[Row]:
    reply = json.dumps(seed_response()).encode()
    request = seed_request()
    replays = {side: clients.Replay(reply, "application/json") for side in ("ours", "raw", "openai")}
    ours = clients.ours(replays["ours"].transport())
    raw = clients.raw(replays["raw"].transport())
    sdk = clients.sdk(replays["openai"].transport())
    body = CreateChatCompletionRequest.from_dict(request)

    def call_ours() -> str | None:
        return _content(create_chat_completion.sync(client=ours, body=body))

    def call_raw() -> str | None:
        content: str | None = json.loads(raw.post(PATH, json=request).content)["choices"][0]["message"]["content"]
        return content

    def call_sdk() -> str | None:
        completion = sdk.chat.completions.create(model=request["model"], messages=request["messages"])
        return completion.choices[0].message.content

    sides = {"raw": call_raw, "ours": call_ours, "openai": call_sdk}
    content = agreed({name: call() for name, call in sides.items()})
    sent = agreed({name: replay.last_request for name, replay in replays.items()})
    medians = compare(sides, budget)
    return [
        Row(
            family=FAMILY,
            name="non-streamed call",
            ours=medians["ours"],
            baseline=medians["raw"],
            baseline_label="httpx+json.loads",
            openai=medians["openai"],
            target=TARGET,
            checks={"reply_bytes": len(reply), "request": sent, "content": content},
        )
    ]
