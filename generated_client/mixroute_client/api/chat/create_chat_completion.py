# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
import httpx2

from ..._runtime import _operation
from ..._runtime._accumulate import ChatCompletionAccumulator
from ..._runtime._operation import Operation, Request
from ..._runtime._streaming import AsyncStream, Stream
from ...client import AuthenticatedClient
from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_chunk import ChatCompletionChunk
from ...models.create_chat_completion_request import CreateChatCompletionRequest
from ...models.error_response import ErrorResponse
from ...types import Response

OPERATION: Operation[ChatCompletion, ChatCompletionChunk, ChatCompletion] = Operation(
    name="create_chat_completion",
    method="POST",
    path="/v1/chat/completions",
    url="/v1/chat/completions",
    replies=((200, 200, ChatCompletion.from_dict),),
    errors=(
        (400, 400, ErrorResponse.from_dict),
        (401, 401, ErrorResponse.from_dict),
        (403, 403, ErrorResponse.from_dict),
        (404, 404, ErrorResponse.from_dict),
        (429, 429, ErrorResponse.from_dict),
        (500, 500, ErrorResponse.from_dict),
        (502, 502, ErrorResponse.from_dict),
        (503, 503, ErrorResponse.from_dict),
    ),
    reply_schema="ChatCompletion",
    chunk=ChatCompletionChunk.from_dict,
    chunk_schema="ChatCompletionChunk",
    final=ChatCompletion.from_dict,
    accumulator=ChatCompletionAccumulator,
    stream_flag="stream",
    tags=("chat",),
    errors_in_body=True,
)


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

    return _operation.call_detailed(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


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

    return _operation.call(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
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

    return await _operation.acall_detailed(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


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

    return await _operation.acall(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
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

    return _operation.stream(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
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

    return _operation.astream(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )
