# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._runtime import _json, _request, _strict
from ..._runtime._streaming import AsyncStream, Stream
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run import Run
from ...models.run_chunk import RunChunk
from ...models.run_request import RunRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    body: RunRequest,
    priority: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["priority"] = priority

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/{job_id}/runs".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> ErrorResponse | Run | None:
    if response.status_code == 200:
        response_200 = Run.from_dict(response.json())

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
) -> Response[ErrorResponse | Run]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_request.parse_or_none(lambda: _parse_response(client=client, response=response)),
    )


def _parse_success(response: httpx2.Response) -> Run:
    if response.status_code == 200:
        response_200 = Run.from_dict(_json.loads(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not documented")


def _send(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> Run:
    response = _request.send(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema="Run")


async def _asend(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> Run:
    response = await _request.asend(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema="Run")


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | Run]:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | Run]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        priority=priority,
    )
    response = _request.send(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Run:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
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
        Run
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        priority=priority,
    )
    _request.reject_stream_flag(kwargs, f"{__name__.rpartition('.')[2]}.stream")
    return _send(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | Run]:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | Run]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        priority=priority,
    )
    response = await _request.asend(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Run:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
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
        Run
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        priority=priority,
    )
    _request.reject_stream_flag(kwargs, f"{__name__.rpartition('.')[2]}.asyncio_stream")
    return await _asend(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )


def stream(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Stream[RunChunk, Run]:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
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
        Stream[RunChunk, Run]: use it in a `with` block and iterate it; `get_final_completion()` gives the accumulated result. Sets `stream: true` itself.
    """

    kwargs = _request.set_stream_flag(
        _get_kwargs(
            job_id=job_id,
            body=body,
            priority=priority,
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
) -> Stream[RunChunk, Run]:
    return Stream(
        lambda: _request.open_stream(client, kwargs, max_retries=max_retries, timeout=timeout),
        parse_chunk=_strict.strict_parser(client.strict, RunChunk.from_dict, "RunChunk"),
        parse_final=Run.from_dict,
        accumulator=None,
    )


def asyncio_stream(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> AsyncStream[RunChunk, Run]:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
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
        AsyncStream[RunChunk, Run]: use it in an `async with` block and iterate it; `await get_final_completion()` gives the accumulated result.
    """

    kwargs = _request.set_stream_flag(
        _get_kwargs(
            job_id=job_id,
            body=body,
            priority=priority,
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
) -> AsyncStream[RunChunk, Run]:
    return AsyncStream(
        lambda: _request.aopen_stream(client, kwargs, max_retries=max_retries, timeout=timeout),
        parse_chunk=_strict.strict_parser(client.strict, RunChunk.from_dict, "RunChunk"),
        parse_final=Run.from_dict,
        accumulator=None,
    )
