"""new-api's chat extensions are typed arguments: sent as written, a misspelt one caught by the type checker and
at the call, and any other key still passed on through extra_body."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import mypy.api
import pytest

from mixroute_client import Mixroute
from mixroute_client.params import ChatMessageParam

MESSAGES: list[ChatMessageParam] = [
    {"role": "user", "content": [{"type": "text", "text": "Long context", "cache_control": {"type": "ephemeral"}}]},
    {"role": "assistant", "content": "The answer is", "reasoning_content": "Thought.", "prefix": True},
]
COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "glm-5",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}],
}


def test_the_extensions_are_sent_as_written_and_extra_body_still_passes_other_keys() -> None:
    sent: list[dict[str, Any]] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(json.loads(request.content))
        return httpx2.Response(200, json=COMPLETION)

    http = httpx2.Client(transport=httpx2.MockTransport(answer))
    with Mixroute(api_key="sk-test", base_url="https://api.test/v1", http_client=http) as client:
        client.chat.completions.create(
            model="glm-5",
            messages=MESSAGES,
            thinking={"type": "enabled", "budget_tokens": 1024},
            enable_thinking=True,
            top_k=20,
            reasoning={"effort": "low", "max_tokens": 256},
            search_parameters={"mode": "auto"},
            vl_high_resolution_images=False,
            web_search={"enable": True},
            extra_body={"think": True},  # Ollama's, which the spec does not type
        )
    (body,) = sent
    assert body["thinking"] == {"type": "enabled", "budget_tokens": 1024}
    assert (body["enable_thinking"], body["top_k"], body["vl_high_resolution_images"]) == (True, 20, False)
    assert body["reasoning"] == {"effort": "low", "max_tokens": 256}
    assert (body["search_parameters"], body["web_search"]) == ({"mode": "auto"}, {"enable": True})
    assert body["messages"] == MESSAGES
    assert body["think"] is True


def test_a_misspelt_extension_fails_at_the_call() -> None:
    with Mixroute(api_key="sk-test", base_url="https://api.test/v1") as client, pytest.raises(TypeError):
        client.chat.completions.create(model="glm-5", messages=MESSAGES, enable_thinkng=True)  # type: ignore[call-overload]


MISSPELT = """
from mixroute_client import Mixroute
from mixroute_client.params import ThinkingOptionsParam

client = Mixroute(api_key="sk-test")
thinking: ThinkingOptionsParam = {"type": "enabled", "budget_token": 1024}
client.chat.completions.create(model="glm-5", messages=[{"role": "user", "content": "hi"}], enable_thinkng=True)
"""


def test_the_type_checker_catches_a_misspelt_extension_and_a_misspelt_key(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text(MISSPELT, encoding="utf-8")
    out, _, status = mypy.api.run(["--strict", "--no-error-summary", str(program)])
    assert status == 1
    assert '"budget_token"' in out, out
    assert '"enable_thinkng"' in out, out
