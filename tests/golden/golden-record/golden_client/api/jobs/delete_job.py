# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ... import errors
from ..._runtime import _request
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, request=response.request)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_request.parse_or_none(lambda: _parse_response(client=client, response=response)),
    )


def _parse_success(response: httpx2.Response) -> Any:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    raise ValueError(f"status {response.status_code} is not documented")


def _send(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> Any:
    response = _request.send(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema=None)


async def _asend(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> Any:
    response = await _request.asend(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema=None)


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[Any | ErrorResponse]:
    """Delete a job

    Args:
        job_id (str):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
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
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Any:
    """Delete a job

    Args:
        job_id (str):
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
        Any
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )
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
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[Any | ErrorResponse]:
    """Delete a job

    Args:
        job_id (str):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
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
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Any:
    """Delete a job

    Args:
        job_id (str):
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
        Any
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )
    return await _asend(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
