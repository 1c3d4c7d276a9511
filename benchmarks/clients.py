"""The three clients compared, each built once around the same transport (never inside a measured loop)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx2
import openai

from benchmarks.payloads import API_KEY, BASE_URL

__all__ = ["API_KEY", "Replay", "ours", "raw", "sdk"]
from mixroute_client import AuthenticatedClient


def ours(transport: httpx2.BaseTransport, base_url: str = BASE_URL) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=base_url, token=API_KEY, httpx_args={"transport": transport})


def raw(transport: httpx2.BaseTransport, base_url: str = BASE_URL) -> httpx2.Client:
    return httpx2.Client(base_url=base_url, transport=transport, headers={"Authorization": f"Bearer {API_KEY}"})


def sdk(transport: httpx2.BaseTransport, base_url: str = BASE_URL) -> openai.OpenAI:
    # openai 3.x is built on httpx2 too: all three sides share one HTTP stack and one transport.
    return openai.OpenAI(api_key=API_KEY, base_url=f"{base_url}/v1", http_client=httpx2.Client(transport=transport))


class Replay:
    """A transport handler answering every request with the same bytes, and keeping the last request body.

    Each side gets its own ``Replay`` over the same bytes, so the harness can check afterwards that every
    side sent the same request and was given the same reply.
    """

    def __init__(self, body: bytes | list[bytes], content_type: str) -> None:
        # A list is sent piece by piece, as a network would deliver a stream; bytes in one go.
        self.body = body
        self.content_type = content_type
        self.last_request: Any = None

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.last_request = json.loads(request.content)
        headers = {"content-type": self.content_type, "x-request-id": "req-bench"}
        if isinstance(self.body, bytes):
            return httpx2.Response(200, headers=headers, content=self.body)
        return httpx2.Response(200, headers=headers, content=self._pieces())

    def _pieces(self) -> Iterator[bytes]:
        yield from self.body if isinstance(self.body, list) else [self.body]

    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self)
