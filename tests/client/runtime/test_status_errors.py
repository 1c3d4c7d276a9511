"""Error answers become typed exceptions with readable messages, whatever the body looks like."""

from __future__ import annotations

import httpx2
import pytest

from mixroute_client import errors
from mixroute_client._runtime._status_errors import status_error

from .conftest import API_KEY, NOW

REQUEST = httpx2.Request("POST", "https://api.test/v1/chat/completions", headers={"Authorization": f"Bearer {API_KEY}"})


def answer(status: int, content: bytes | str, **headers: str) -> httpx2.Response:
    return httpx2.Response(status, content=content, headers=headers, request=REQUEST)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (502, errors.InternalServerError),
        (599, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
def test_each_status_gets_its_class(status: int, cls: type[errors.APIStatusError]) -> None:
    error = status_error(answer(status, b'{"error": {"message": "nope"}}'), now=NOW)
    assert type(error) is cls
    assert isinstance(error, errors.APIError)
    assert isinstance(error, errors.MixrouteError)
    assert error.status_code == status


def test_openai_envelope_fields() -> None:
    body = b'{"error": {"message": "No such model", "type": "invalid_request_error", "param": "model", "code": 40401}}'
    error = status_error(answer(404, body, **{"x-request-id": "req_9", "retry-after": "2"}), now=NOW)
    assert (error.message, error.type, error.param, error.code) == (
        "Error code: 404 - No such model (request id: req_9)",
        "invalid_request_error",
        "model",
        40401,
    )
    assert error.request_id == "req_9"
    assert error.retry_after == 2.0
    assert error.body == {"message": "No such model", "type": "invalid_request_error", "param": "model", "code": 40401}
    assert error.response.status_code == 404


def test_html_page_is_reduced_to_its_title() -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    error = status_error(answer(502, page, **{"content-type": "text/html"}), now=NOW)
    assert str(error) == "Error code: 502 - 502 Bad Gateway"
    assert error.body is None


def test_html_without_title_is_reduced_to_its_text() -> None:
    page = "<html><style>p {}</style><body><p>Upstream   &amp; proxy\nfailed</p></body></html>"
    assert str(status_error(answer(502, page), now=NOW)) == "Error code: 502 - Upstream & proxy failed"


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b'"overloaded"', "overloaded"),
        (b'{"message": "flat error", "code": "busy"}', "flat error"),
        (b"plain text failure", "plain text failure"),
        (b"", "(empty body)"),
        (b"\xff\xfe broken", "\ufffd\ufffd broken"),
        (b"[1, 2]", "[1, 2]"),
    ],
)
def test_other_bodies_stay_readable(content: bytes, detail: str) -> None:
    assert str(status_error(answer(500, content), now=NOW)) == f"Error code: 500 - {detail}"


def test_long_bodies_are_shortened() -> None:
    message = str(status_error(answer(500, "x" * 10_000), now=NOW))
    assert len(message) < 400
    assert message.endswith("…")


def test_an_echoed_api_key_is_masked() -> None:
    body = f'{{"error": {{"message": "Incorrect API key provided: {API_KEY}"}}}}'
    error = status_error(answer(401, body), now=NOW)
    assert API_KEY not in str(error)
    assert "Incorrect API key provided: ***" in str(error)
