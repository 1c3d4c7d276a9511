# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._runtime import _json, _request
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model import Model
from ...types import Response


def _get_kwargs(
    model: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/{model}".format(
            model=quote(str(model), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> ErrorResponse | Model | None:
    if response.status_code == 200:
        response_200 = Model.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | Model]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_request.parse_or_none(lambda: _parse_response(client=client, response=response)),
    )


def _parse_success(response: httpx2.Response) -> Model:
    if response.status_code == 200:
        response_200 = Model.from_dict(_json.loads(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not documented")


def _send(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> Model:
    response = _request.send(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema="Model")


async def _asend(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> Model:
    response = await _request.asend(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema="Model")


def sync_detailed(
    model: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | Model]:
    """Retrieve a model

     Describes one model by its id. An id the gateway does not know is a 404 with new-api's error body
    (`code: model_not_found`); new-api itself sends that body with status 200, which a client reads as a
    model that fails to parse.

    Args:
        model (str):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | Model]
    """

    kwargs = _get_kwargs(
        model=model,
    )
    response = _request.send(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _build_response(client=client, response=response)


def sync(
    model: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Model:
    """Retrieve a model

     Describes one model by its id. An id the gateway does not know is a 404 with new-api's error body
    (`code: model_not_found`); new-api itself sends that body with status 200, which a client reads as a
    model that fails to parse.

    Args:
        model (str):
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
        Model
    """

    kwargs = _get_kwargs(
        model=model,
    )
    return _send(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )


async def asyncio_detailed(
    model: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | Model]:
    """Retrieve a model

     Describes one model by its id. An id the gateway does not know is a 404 with new-api's error body
    (`code: model_not_found`); new-api itself sends that body with status 200, which a client reads as a
    model that fails to parse.

    Args:
        model (str):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | Model]
    """

    kwargs = _get_kwargs(
        model=model,
    )
    response = await _request.asend(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
    return _build_response(client=client, response=response)


async def asyncio(
    model: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Model:
    """Retrieve a model

     Describes one model by its id. An id the gateway does not know is a 404 with new-api's error body
    (`code: model_not_found`); new-api itself sends that body with status 200, which a client reads as a
    model that fails to parse.

    Args:
        model (str):
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
        Model
    """

    kwargs = _get_kwargs(
        model=model,
    )
    return await _asend(
        client,
        kwargs,
        max_retries=max_retries,
        timeout=timeout,
    )
