# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ..._runtime import _json, _request
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model_list import ModelList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | ModelList | None:
    if response.status_code == 200:
        response_200 = ModelList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, request=response.request)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | ModelList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_request.parse_or_none(lambda: _parse_response(client=client, response=response)),
    )


def _parse_success(response: httpx2.Response) -> ModelList:
    if response.status_code == 200:
        response_200 = ModelList.from_dict(_json.loads(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not documented")


def _send(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> ModelList:
    response = _request.send(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema="ModelList")


async def _asend(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> ModelList:
    response = await _request.asend(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema="ModelList")


def sync_detailed(
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | ModelList]:
    """List the models

     Lists the models the API key may use. new-api adds `success: true` and each model's
    `supported_endpoint_types`; both are kept.

    Args:
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | ModelList]
    """

    kwargs = _get_kwargs()
    response = _request.send(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> ModelList:
    """List the models

     Lists the models the API key may use. new-api adds `success: true` and each model's
    `supported_endpoint_types`; both are kept.

    Args:
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises InsufficientQuotaError or NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        ModelList
    """

    kwargs = _get_kwargs()
    return _send(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | ModelList]:
    """List the models

     Lists the models the API key may use. new-api adds `success: true` and each model's
    `supported_endpoint_types`; both are kept.

    Args:
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | ModelList]
    """

    kwargs = _get_kwargs()
    response = await _request.asend(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> ModelList:
    """List the models

     Lists the models the API key may use. new-api adds `success: true` and each model's
    `supported_endpoint_types`; both are kept.

    Args:
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises InsufficientQuotaError or NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        ModelList
    """

    kwargs = _get_kwargs()
    return await _asend(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
