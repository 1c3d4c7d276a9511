# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ..._runtime import _json, _request, _strict
from ..._runtime._accumulate import ChatCompletionAccumulator
from ..._runtime._streaming import AsyncStream, Stream
from ...client import AuthenticatedClient, Client
from ...models.completion import Completion
from ...models.completion_chunk import CompletionChunk
from ...models.completion_request import CompletionRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CompletionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/completions",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Completion | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Completion.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, request=response.request)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Completion | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_request.parse_or_none(lambda: _parse_response(client=client, response=response)),
    )


def _parse_success(response: httpx2.Response) -> Completion:
    if response.status_code == 200:
        response_200 = Completion.from_dict(_json.loads(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not documented")


def _send(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> Completion:
    response = _request.send(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema="Completion")


async def _asend(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> Completion:
    response = await _request.asend(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema="Completion")


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[Completion | ErrorResponse]:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[Completion | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _request.send(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Completion:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        Completion
    """

    kwargs = _get_kwargs(
        body=body,
    )
    _request.reject_stream_flag(kwargs, f"{__name__.rpartition('.')[2]}.stream")
    return _send(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[Completion | ErrorResponse]:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[Completion | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await _request.asend(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Completion:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        Completion
    """

    kwargs = _get_kwargs(
        body=body,
    )
    _request.reject_stream_flag(kwargs, f"{__name__.rpartition('.')[2]}.asyncio_stream")
    return await _asend(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )


def stream(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Stream[CompletionChunk, Completion]:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        Stream[CompletionChunk, Completion]: use it in a `with` block and iterate it; `get_final_completion()` gives the accumulated result. Sets `stream: true` itself.
    """

    kwargs = _request.set_stream_flag(
        _get_kwargs(
            body=body,
        )
    )
    return _stream(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )


def _stream(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> Stream[CompletionChunk, Completion]:
    return Stream(
        lambda: _request.open_stream(client, kwargs, max_retries=max_retries, timeout=timeout),
        parse_chunk=_strict.strict_parser(client.strict, CompletionChunk.from_dict, "CompletionChunk"),
        parse_final=Completion.from_dict,
        accumulator=ChatCompletionAccumulator,
    )


def asyncio_stream(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> AsyncStream[CompletionChunk, Completion]:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        AsyncStream[CompletionChunk, Completion]: use it in an `async with` block and iterate it; `await get_final_completion()` gives the accumulated result.
    """

    kwargs = _request.set_stream_flag(
        _get_kwargs(
            body=body,
        )
    )
    return _astream(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )


def _astream(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> AsyncStream[CompletionChunk, Completion]:
    return AsyncStream(
        lambda: _request.aopen_stream(client, kwargs, max_retries=max_retries, timeout=timeout),
        parse_chunk=_strict.strict_parser(client.strict, CompletionChunk.from_dict, "CompletionChunk"),
        parse_final=Completion.from_dict,
        accumulator=ChatCompletionAccumulator,
    )
