# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
import httpx2

from ..._runtime import _operation
from ..._runtime._operation import Operation, Request
from ...client import AuthenticatedClient, Client
from ...models.job import Job
from ...models.job_status import JobStatus
from ...types import UNSET, Response, Unset

OPERATION: Operation[list[Job], None, None] = Operation(
    name="list_jobs",
    method="GET",
    path="/v1/jobs",
    url="/v1/jobs",
    replies=((200, 200, _operation.list_of(Job.from_dict)),),
    reply_schema=None,
    tags=("jobs",),
)


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

    return _operation.call_detailed(
        client,
        OPERATION,
        Request(
            query={
                "status": status,
            },
            headers={
                "X-Trace-Id": x_trace_id,
            },
        ),
        _operation.per_call(max_retries, timeout),
    )


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

    return _operation.call(
        client,
        OPERATION,
        Request(
            query={
                "status": status,
            },
            headers={
                "X-Trace-Id": x_trace_id,
            },
        ),
        _operation.per_call(max_retries, timeout),
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

    return await _operation.acall_detailed(
        client,
        OPERATION,
        Request(
            query={
                "status": status,
            },
            headers={
                "X-Trace-Id": x_trace_id,
            },
        ),
        _operation.per_call(max_retries, timeout),
    )


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

    return await _operation.acall(
        client,
        OPERATION,
        Request(
            query={
                "status": status,
            },
            headers={
                "X-Trace-Id": x_trace_id,
            },
        ),
        _operation.per_call(max_retries, timeout),
    )
