# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ..._runtime import _json, _request
from ...client import AuthenticatedClient, Client
from ...models.job import Job
from ...models.job_status import JobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: list[JobStatus] | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_trace_id, Unset):
        headers["X-Trace-Id"] = x_trace_id

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> list[Job] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Job.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, request=response.request)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[list[Job]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_request.parse_or_none(lambda: _parse_response(client=client, response=response)),
    )


def _parse_success(response: httpx2.Response) -> list[Job]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = _json.loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = Job.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise ValueError(f"status {response.status_code} is not documented")


def _send(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> list[Job]:
    response = _request.send(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema=None)


async def _asend(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> list[Job]:
    response = await _request.asend(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema=None)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: list[JobStatus] | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[list[Job]]:
    """List jobs

    Args:
        status (list[JobStatus] | Unset):
        x_trace_id (str | Unset):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[list[Job]]
    """

    kwargs = _get_kwargs(
        status=status,
        x_trace_id=x_trace_id,
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
    status: list[JobStatus] | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> list[Job]:
    """List jobs

    Args:
        status (list[JobStatus] | Unset):
        x_trace_id (str | Unset):
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
        list[Job]
    """

    kwargs = _get_kwargs(
        status=status,
        x_trace_id=x_trace_id,
    )
    return _send(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: list[JobStatus] | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[list[Job]]:
    """List jobs

    Args:
        status (list[JobStatus] | Unset):
        x_trace_id (str | Unset):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[list[Job]]
    """

    kwargs = _get_kwargs(
        status=status,
        x_trace_id=x_trace_id,
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
    status: list[JobStatus] | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> list[Job]:
    """List jobs

    Args:
        status (list[JobStatus] | Unset):
        x_trace_id (str | Unset):
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
        list[Job]
    """

    kwargs = _get_kwargs(
        status=status,
        x_trace_id=x_trace_id,
    )
    return await _asend(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
