# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
"""The OpenAI-style client: ``Mixroute(...).chat.completions.create(...)``, generated from the spec."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, overload

import httpx2

from ._runtime import _operation, _resource, _response
from ._runtime._streaming import AsyncStream, Stream
from .api.chat import create_completion
from .api.jobs import create_run, delete_job, get_job, list_jobs
from .models.completion import Completion
from .models.completion_chunk import CompletionChunk
from .models.completion_request import CompletionRequest
from .models.job import Job
from .models.job_status import JobStatus
from .models.job_view import JobView
from .models.notify import Notify
from .models.options import Options
from .models.run import Run
from .models.run_chunk import RunChunk
from .models.run_input import RunInput
from .models.run_request import RunRequest
from .models.system_message import SystemMessage
from .models.user_message import UserMessage
from .params import (
    NotifyParam,
    OptionsParam,
    RunInputParam,
    SystemMessageParam,
    UserMessageParam,
)
from .types import UNSET, SupportsModelDump, Unset

__all__ = ["AsyncMixroute", "Mixroute"]


class CompletionsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> CompletionsResourceWithRawResponse:
        """The methods below, answering with the ``APIResponse`` of their reply (``.parse()`` for it)."""
        return CompletionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CompletionsResourceWithStreamingResponse:
        """The methods below as context managers of their ``APIResponse``, whose body is read when asked."""
        return CompletionsResourceWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam | SupportsModelDump],
        options: Options | OptionsParam | SupportsModelDump | Unset = UNSET,
        stream: Literal[False] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Completion: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam | SupportsModelDump],
        options: Options | OptionsParam | SupportsModelDump | Unset = UNSET,
        stream: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Stream[CompletionChunk, Completion]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam | SupportsModelDump],
        options: Options | OptionsParam | SupportsModelDump | Unset = UNSET,
        stream: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Completion | Stream[CompletionChunk, Completion]: ...

    def create(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam | SupportsModelDump],
        options: Options | OptionsParam | SupportsModelDump | Unset = UNSET,
        stream: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Completion | Stream[CompletionChunk, Completion]:
        """Create a completion"""
        return _operation.call(
            self._client,
            create_completion.OPERATION,
            _operation.Request(
                body=CompletionRequest(
                    model=model,
                    messages=messages,
                    options=options,
                    stream=stream,
                ),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream=stream is True,
        )


class AsyncCompletionsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCompletionsResourceWithRawResponse:
        """The methods below, answering with the ``AsyncAPIResponse`` of their reply (``.parse()`` for it)."""
        return AsyncCompletionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompletionsResourceWithStreamingResponse:
        """The methods below as context managers of their ``AsyncAPIResponse``, whose body is read when asked."""
        return AsyncCompletionsResourceWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam | SupportsModelDump],
        options: Options | OptionsParam | SupportsModelDump | Unset = UNSET,
        stream: Literal[False] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Completion: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam | SupportsModelDump],
        options: Options | OptionsParam | SupportsModelDump | Unset = UNSET,
        stream: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncStream[CompletionChunk, Completion]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam | SupportsModelDump],
        options: Options | OptionsParam | SupportsModelDump | Unset = UNSET,
        stream: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Completion | AsyncStream[CompletionChunk, Completion]: ...

    async def create(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam | SupportsModelDump],
        options: Options | OptionsParam | SupportsModelDump | Unset = UNSET,
        stream: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Completion | AsyncStream[CompletionChunk, Completion]:
        """Create a completion"""
        return await _operation.acall(
            self._client,
            create_completion.OPERATION,
            _operation.Request(
                body=CompletionRequest(
                    model=model,
                    messages=messages,
                    options=options,
                    stream=stream,
                ),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream=stream is True,
        )


class CompletionsResourceWithRawResponse:
    """``completions.with_raw_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: CompletionsResource) -> None:
        self._resource = resource
        self.create = _response.to_raw_response_wrapper(resource.create)


class CompletionsResourceWithStreamingResponse:
    """``completions.with_streaming_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: CompletionsResource) -> None:
        self._resource = resource
        self.create = _response.to_streamed_response_wrapper(resource.create)


class AsyncCompletionsResourceWithRawResponse:
    """``completions.with_raw_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncCompletionsResource) -> None:
        self._resource = resource
        self.create = _response.async_to_raw_response_wrapper(resource.create)


class AsyncCompletionsResourceWithStreamingResponse:
    """``completions.with_streaming_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncCompletionsResource) -> None:
        self._resource = resource
        self.create = _response.async_to_streamed_response_wrapper(resource.create)


class JobsRunsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> JobsRunsResourceWithRawResponse:
        """The methods below, answering with the ``APIResponse`` of their reply (``.parse()`` for it)."""
        return JobsRunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsRunsResourceWithStreamingResponse:
        """The methods below as context managers of their ``APIResponse``, whose body is read when asked."""
        return JobsRunsResourceWithStreamingResponse(self)

    @overload
    def create(
        self,
        job_id: str,
        *,
        inputs: Sequence[RunInput | RunInputParam | SupportsModelDump],
        notify: Notify | NotifyParam | SupportsModelDump | None | Unset = UNSET,
        priority: int | Unset = UNSET,
        stream: Literal[False] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Run: ...

    @overload
    def create(
        self,
        job_id: str,
        *,
        inputs: Sequence[RunInput | RunInputParam | SupportsModelDump],
        notify: Notify | NotifyParam | SupportsModelDump | None | Unset = UNSET,
        priority: int | Unset = UNSET,
        stream: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Stream[RunChunk, Run]: ...

    @overload
    def create(
        self,
        job_id: str,
        *,
        inputs: Sequence[RunInput | RunInputParam | SupportsModelDump],
        notify: Notify | NotifyParam | SupportsModelDump | None | Unset = UNSET,
        priority: int | Unset = UNSET,
        stream: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Run | Stream[RunChunk, Run]: ...

    def create(
        self,
        job_id: str,
        *,
        inputs: Sequence[RunInput | RunInputParam | SupportsModelDump],
        notify: Notify | NotifyParam | SupportsModelDump | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        priority: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Run | Stream[RunChunk, Run]:
        """Start a run of a job"""
        return _operation.call(
            self._client,
            create_run.OPERATION,
            _operation.Request(
                path=(job_id,),
                query={
                    "priority": priority,
                },
                body=RunRequest(
                    inputs=inputs,
                    notify=notify,
                    stream=stream,
                ),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream=stream is True,
        )


class AsyncJobsRunsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> AsyncJobsRunsResourceWithRawResponse:
        """The methods below, answering with the ``AsyncAPIResponse`` of their reply (``.parse()`` for it)."""
        return AsyncJobsRunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsRunsResourceWithStreamingResponse:
        """The methods below as context managers of their ``AsyncAPIResponse``, whose body is read when asked."""
        return AsyncJobsRunsResourceWithStreamingResponse(self)

    @overload
    async def create(
        self,
        job_id: str,
        *,
        inputs: Sequence[RunInput | RunInputParam | SupportsModelDump],
        notify: Notify | NotifyParam | SupportsModelDump | None | Unset = UNSET,
        priority: int | Unset = UNSET,
        stream: Literal[False] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Run: ...

    @overload
    async def create(
        self,
        job_id: str,
        *,
        inputs: Sequence[RunInput | RunInputParam | SupportsModelDump],
        notify: Notify | NotifyParam | SupportsModelDump | None | Unset = UNSET,
        priority: int | Unset = UNSET,
        stream: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncStream[RunChunk, Run]: ...

    @overload
    async def create(
        self,
        job_id: str,
        *,
        inputs: Sequence[RunInput | RunInputParam | SupportsModelDump],
        notify: Notify | NotifyParam | SupportsModelDump | None | Unset = UNSET,
        priority: int | Unset = UNSET,
        stream: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Run | AsyncStream[RunChunk, Run]: ...

    async def create(
        self,
        job_id: str,
        *,
        inputs: Sequence[RunInput | RunInputParam | SupportsModelDump],
        notify: Notify | NotifyParam | SupportsModelDump | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        priority: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Run | AsyncStream[RunChunk, Run]:
        """Start a run of a job"""
        return await _operation.acall(
            self._client,
            create_run.OPERATION,
            _operation.Request(
                path=(job_id,),
                query={
                    "priority": priority,
                },
                body=RunRequest(
                    inputs=inputs,
                    notify=notify,
                    stream=stream,
                ),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream=stream is True,
        )


class JobsRunsResourceWithRawResponse:
    """``runs.with_raw_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: JobsRunsResource) -> None:
        self._resource = resource
        self.create = _response.to_raw_response_wrapper(resource.create)


class JobsRunsResourceWithStreamingResponse:
    """``runs.with_streaming_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: JobsRunsResource) -> None:
        self._resource = resource
        self.create = _response.to_streamed_response_wrapper(resource.create)


class AsyncJobsRunsResourceWithRawResponse:
    """``runs.with_raw_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncJobsRunsResource) -> None:
        self._resource = resource
        self.create = _response.async_to_raw_response_wrapper(resource.create)


class AsyncJobsRunsResourceWithStreamingResponse:
    """``runs.with_streaming_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncJobsRunsResource) -> None:
        self._resource = resource
        self.create = _response.async_to_streamed_response_wrapper(resource.create)


class JobsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The methods below, answering with the ``APIResponse`` of their reply (``.parse()`` for it)."""
        return JobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsResourceWithStreamingResponse:
        """The methods below as context managers of their ``APIResponse``, whose body is read when asked."""
        return JobsResourceWithStreamingResponse(self)

    @cached_property
    def runs(self) -> JobsRunsResource:
        return JobsRunsResource(self._client)

    def list(
        self,
        *,
        status: Sequence[JobStatus | Literal["queued", "running", "done"]] | Unset = UNSET,
        x_trace_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Job]:
        """List jobs"""
        return _operation.call(
            self._client,
            list_jobs.OPERATION,
            _operation.Request(
                query={
                    "status": status,
                },
                headers={
                    "X-Trace-Id": x_trace_id,
                },
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def retrieve(
        self,
        job_id: str,
        *,
        include_logs: bool,
        view: JobView | Literal["summary", "full"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Job:
        """Read a job"""
        return _operation.call(
            self._client,
            get_job.OPERATION,
            _operation.Request(
                path=(job_id,),
                query={
                    "view": view,
                    "limit": limit,
                    "include_logs": include_logs,
                },
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def delete(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Delete a job"""
        return _operation.call(
            self._client,
            delete_job.OPERATION,
            _operation.Request(
                path=(job_id,),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncJobsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The methods below, answering with the ``AsyncAPIResponse`` of their reply (``.parse()`` for it)."""
        return AsyncJobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsResourceWithStreamingResponse:
        """The methods below as context managers of their ``AsyncAPIResponse``, whose body is read when asked."""
        return AsyncJobsResourceWithStreamingResponse(self)

    @cached_property
    def runs(self) -> AsyncJobsRunsResource:
        return AsyncJobsRunsResource(self._client)

    async def list(
        self,
        *,
        status: Sequence[JobStatus | Literal["queued", "running", "done"]] | Unset = UNSET,
        x_trace_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Job]:
        """List jobs"""
        return await _operation.acall(
            self._client,
            list_jobs.OPERATION,
            _operation.Request(
                query={
                    "status": status,
                },
                headers={
                    "X-Trace-Id": x_trace_id,
                },
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def retrieve(
        self,
        job_id: str,
        *,
        include_logs: bool,
        view: JobView | Literal["summary", "full"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Job:
        """Read a job"""
        return await _operation.acall(
            self._client,
            get_job.OPERATION,
            _operation.Request(
                path=(job_id,),
                query={
                    "view": view,
                    "limit": limit,
                    "include_logs": include_logs,
                },
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def delete(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Delete a job"""
        return await _operation.acall(
            self._client,
            delete_job.OPERATION,
            _operation.Request(
                path=(job_id,),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class JobsResourceWithRawResponse:
    """``jobs.with_raw_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: JobsResource) -> None:
        self._resource = resource
        self.list = _response.to_raw_response_wrapper(resource.list)
        self.retrieve = _response.to_raw_response_wrapper(resource.retrieve)
        self.delete = _response.to_raw_response_wrapper(resource.delete)

    @cached_property
    def runs(self) -> JobsRunsResourceWithRawResponse:
        return JobsRunsResourceWithRawResponse(self._resource.runs)


class JobsResourceWithStreamingResponse:
    """``jobs.with_streaming_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: JobsResource) -> None:
        self._resource = resource
        self.list = _response.to_streamed_response_wrapper(resource.list)
        self.retrieve = _response.to_streamed_response_wrapper(resource.retrieve)
        self.delete = _response.to_streamed_response_wrapper(resource.delete)

    @cached_property
    def runs(self) -> JobsRunsResourceWithStreamingResponse:
        return JobsRunsResourceWithStreamingResponse(self._resource.runs)


class AsyncJobsResourceWithRawResponse:
    """``jobs.with_raw_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self._resource = resource
        self.list = _response.async_to_raw_response_wrapper(resource.list)
        self.retrieve = _response.async_to_raw_response_wrapper(resource.retrieve)
        self.delete = _response.async_to_raw_response_wrapper(resource.delete)

    @cached_property
    def runs(self) -> AsyncJobsRunsResourceWithRawResponse:
        return AsyncJobsRunsResourceWithRawResponse(self._resource.runs)


class AsyncJobsResourceWithStreamingResponse:
    """``jobs.with_streaming_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self._resource = resource
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
        self.retrieve = _response.async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = _response.async_to_streamed_response_wrapper(resource.delete)

    @cached_property
    def runs(self) -> AsyncJobsRunsResourceWithStreamingResponse:
        return AsyncJobsRunsResourceWithStreamingResponse(self._resource.runs)


class MixrouteWithRawResponse:
    """``client.with_raw_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: Mixroute) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> CompletionsResourceWithRawResponse:
        return CompletionsResourceWithRawResponse(self._resource.completions)

    @cached_property
    def jobs(self) -> JobsResourceWithRawResponse:
        return JobsResourceWithRawResponse(self._resource.jobs)


class MixrouteWithStreamingResponse:
    """``client.with_streaming_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: Mixroute) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> CompletionsResourceWithStreamingResponse:
        return CompletionsResourceWithStreamingResponse(self._resource.completions)

    @cached_property
    def jobs(self) -> JobsResourceWithStreamingResponse:
        return JobsResourceWithStreamingResponse(self._resource.jobs)


class AsyncMixrouteWithRawResponse:
    """``client.with_raw_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncMixroute) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncCompletionsResourceWithRawResponse:
        return AsyncCompletionsResourceWithRawResponse(self._resource.completions)

    @cached_property
    def jobs(self) -> AsyncJobsResourceWithRawResponse:
        return AsyncJobsResourceWithRawResponse(self._resource.jobs)


class AsyncMixrouteWithStreamingResponse:
    """``client.with_streaming_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncMixroute) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncCompletionsResourceWithStreamingResponse:
        return AsyncCompletionsResourceWithStreamingResponse(self._resource.completions)

    @cached_property
    def jobs(self) -> AsyncJobsResourceWithStreamingResponse:
        return AsyncJobsResourceWithStreamingResponse(self._resource.jobs)


class Mixroute(_resource.SyncClientBase):
    @cached_property
    def with_raw_response(self) -> MixrouteWithRawResponse:
        """The methods below, answering with the ``APIResponse`` of their reply (``.parse()`` for it)."""
        return MixrouteWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MixrouteWithStreamingResponse:
        """The methods below as context managers of their ``APIResponse``, whose body is read when asked."""
        return MixrouteWithStreamingResponse(self)

    @cached_property
    def completions(self) -> CompletionsResource:
        return CompletionsResource(self._client)

    @cached_property
    def jobs(self) -> JobsResource:
        return JobsResource(self._client)


class AsyncMixroute(_resource.AsyncClientBase):
    @cached_property
    def with_raw_response(self) -> AsyncMixrouteWithRawResponse:
        """The methods below, answering with the ``AsyncAPIResponse`` of their reply (``.parse()`` for it)."""
        return AsyncMixrouteWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMixrouteWithStreamingResponse:
        """The methods below as context managers of their ``AsyncAPIResponse``, whose body is read when asked."""
        return AsyncMixrouteWithStreamingResponse(self)

    @cached_property
    def completions(self) -> AsyncCompletionsResource:
        return AsyncCompletionsResource(self._client)

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        return AsyncJobsResource(self._client)
