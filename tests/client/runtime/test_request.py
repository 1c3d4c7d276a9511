"""``_request``: what it sends is what httpx2 would have sent, built with less work."""

from __future__ import annotations

import httpx2
import pytest

from mixroute_client._runtime import _request


@pytest.mark.parametrize(
    ("base_url", "url"),
    [
        ("https://console.mixroute.io", "/v1/chat/completions"),
        ("https://console.mixroute.io/", "/v1/chat/completions"),
        ("https://gateway.example/mixroute", "/v1/chat/completions"),
        ("http://127.0.0.1:8123/a/b/", "/v1/models/gpt-4o%2Fmini"),
        ("https://console.mixroute.io", "https://elsewhere.example/v1/chat/completions"),
    ],
)
def test_a_joined_url_is_the_one_httpx_builds(base_url: str, url: str) -> None:
    http = httpx2.Client(base_url=base_url)
    assert _request._joined(http.base_url, url) == http.build_request("POST", url).url


def test_a_url_is_joined_once_per_base_url() -> None:
    first, second = httpx2.Client(base_url="https://a.example"), httpx2.Client(base_url="https://b.example/v")
    url = "/v1/chat/completions"
    joined = _request._joined(first.base_url, url)
    assert _request._joined(first.base_url, url) is joined
    assert _request._joined(second.base_url, url) == "https://b.example/v/v1/chat/completions"
    first.base_url = "https://c.example"  # a new base URL object: joined anew
    assert _request._joined(first.base_url, url) == "https://c.example/v1/chat/completions"


def test_the_joined_urls_kept_are_bounded() -> None:
    base = httpx2.Client(base_url="https://console.mixroute.io").base_url
    for number in range(_request._JOINED_LIMIT + 10):
        assert _request._joined(base, f"/v1/models/m{number}").path == f"/v1/models/m{number}"
    assert 0 < len(_request._JOINED) <= _request._JOINED_LIMIT
