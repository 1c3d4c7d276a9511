# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ..._runtime import _json, _request, _strict
from ..._runtime._accumulate import ChatCompletionAccumulator
from ..._runtime._streaming import AsyncStream, Stream
from ...client import AuthenticatedClient, Client
from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_chunk import ChatCompletionChunk
from ...models.create_chat_completion_request import CreateChatCompletionRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateChatCompletionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ChatCompletion | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, request=response.request)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ChatCompletion | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_request.parse_or_none(lambda: _parse_response(client=client, response=response)),
    )


def _parse_success(response: httpx2.Response) -> ChatCompletion:
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(_json.loads(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not documented")


def _send(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> ChatCompletion:
    response = _request.send(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema="ChatCompletion")


async def _asend(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    max_retries: int | None,
    timeout: float | httpx2.Timeout | None,
) -> ChatCompletion:
    response = await _request.asend(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _request.parse_success(client, response, _parse_success, schema="ChatCompletion")


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ChatCompletion | ErrorResponse]:
    """Create a chat completion

     Creates a model response for the given conversation. With `stream: true` the reply is a `text/event-
    stream` of chat completion chunks ending with `data: [DONE]`.

    Args:
        body (CreateChatCompletionRequest): The chat completion request. Optional fields have no
            defaults on purpose: a field the client sends on its own would override the upstream
            model's default. The provider-specific parameters new-api relays are typed below
            (`thinking`, `enable_thinking`, `top_k`, `reasoning`, ...; sources in their descriptions);
            any other key goes in `additional_properties` (`extra_body`) and is forwarded as it is.
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ChatCompletion | ErrorResponse]
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
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> ChatCompletion:
    """Create a chat completion

     Creates a model response for the given conversation. With `stream: true` the reply is a `text/event-
    stream` of chat completion chunks ending with `data: [DONE]`.

    Args:
        body (CreateChatCompletionRequest): The chat completion request. Optional fields have no
            defaults on purpose: a field the client sends on its own would override the upstream
            model's default. The provider-specific parameters new-api relays are typed below
            (`thinking`, `enable_thinking`, `top_k`, `reasoning`, ...; sources in their descriptions);
            any other key goes in `additional_properties` (`extra_body`) and is forwarded as it is.
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
        ChatCompletion
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
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ChatCompletion | ErrorResponse]:
    """Create a chat completion

     Creates a model response for the given conversation. With `stream: true` the reply is a `text/event-
    stream` of chat completion chunks ending with `data: [DONE]`.

    Args:
        body (CreateChatCompletionRequest): The chat completion request. Optional fields have no
            defaults on purpose: a field the client sends on its own would override the upstream
            model's default. The provider-specific parameters new-api relays are typed below
            (`thinking`, `enable_thinking`, `top_k`, `reasoning`, ...; sources in their descriptions);
            any other key goes in `additional_properties` (`extra_body`) and is forwarded as it is.
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ChatCompletion | ErrorResponse]
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
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> ChatCompletion:
    """Create a chat completion

     Creates a model response for the given conversation. With `stream: true` the reply is a `text/event-
    stream` of chat completion chunks ending with `data: [DONE]`.

    Args:
        body (CreateChatCompletionRequest): The chat completion request. Optional fields have no
            defaults on purpose: a field the client sends on its own would override the upstream
            model's default. The provider-specific parameters new-api relays are typed below
            (`thinking`, `enable_thinking`, `top_k`, `reasoning`, ...; sources in their descriptions);
            any other key goes in `additional_properties` (`extra_body`) and is forwarded as it is.
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
        ChatCompletion
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
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Stream[ChatCompletionChunk, ChatCompletion]:
    """Create a chat completion

     Creates a model response for the given conversation. With `stream: true` the reply is a `text/event-
    stream` of chat completion chunks ending with `data: [DONE]`.

    Args:
        body (CreateChatCompletionRequest): The chat completion request. Optional fields have no
            defaults on purpose: a field the client sends on its own would override the upstream
            model's default. The provider-specific parameters new-api relays are typed below
            (`thinking`, `enable_thinking`, `top_k`, `reasoning`, ...; sources in their descriptions);
            any other key goes in `additional_properties` (`extra_body`) and is forwarded as it is.
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
        Stream[ChatCompletionChunk, ChatCompletion]: use it in a `with` block and iterate it; `get_final_completion()` gives the accumulated result. Sets `stream: true` itself.
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
) -> Stream[ChatCompletionChunk, ChatCompletion]:
    return Stream(
        lambda: _request.open_stream(client, kwargs, max_retries=max_retries, timeout=timeout),
        parse_chunk=_strict.strict_parser(client.strict, ChatCompletionChunk.from_dict, "ChatCompletionChunk"),
        parse_final=ChatCompletion.from_dict,
        accumulator=ChatCompletionAccumulator,
    )


def asyncio_stream(
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> AsyncStream[ChatCompletionChunk, ChatCompletion]:
    """Create a chat completion

     Creates a model response for the given conversation. With `stream: true` the reply is a `text/event-
    stream` of chat completion chunks ending with `data: [DONE]`.

    Args:
        body (CreateChatCompletionRequest): The chat completion request. Optional fields have no
            defaults on purpose: a field the client sends on its own would override the upstream
            model's default. The provider-specific parameters new-api relays are typed below
            (`thinking`, `enable_thinking`, `top_k`, `reasoning`, ...; sources in their descriptions);
            any other key goes in `additional_properties` (`extra_body`) and is forwarded as it is.
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
        AsyncStream[ChatCompletionChunk, ChatCompletion]: use it in an `async with` block and iterate it; `await get_final_completion()` gives the accumulated result.
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
) -> AsyncStream[ChatCompletionChunk, ChatCompletion]:
    return AsyncStream(
        lambda: _request.aopen_stream(client, kwargs, max_retries=max_retries, timeout=timeout),
        parse_chunk=_strict.strict_parser(client.strict, ChatCompletionChunk.from_dict, "ChatCompletionChunk"),
        parse_final=ChatCompletion.from_dict,
        accumulator=ChatCompletionAccumulator,
    )
