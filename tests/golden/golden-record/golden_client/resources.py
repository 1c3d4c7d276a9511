# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
"""The OpenAI-style client: ``Mixroute(...).chat.completions.create(...)``, generated from the spec."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, overload

import httpx2

from ._runtime import _operation, _resource
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
from .types import UNSET, Unset

__all__ = ["AsyncMixroute", "Mixroute"]


class CompletionsResource(_resource.APIResource):
    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam],
        options: Options | OptionsParam | Unset = UNSET,
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
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam],
        options: Options | OptionsParam | Unset = UNSET,
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
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam],
        options: Options | OptionsParam | Unset = UNSET,
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
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam],
        options: Options | OptionsParam | Unset = UNSET,
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
    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam],
        options: Options | OptionsParam | Unset = UNSET,
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
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam],
        options: Options | OptionsParam | Unset = UNSET,
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
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam],
        options: Options | OptionsParam | Unset = UNSET,
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
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam],
        options: Options | OptionsParam | Unset = UNSET,
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


class JobsRunsResource(_resource.APIResource):
    @overload
    def create(
        self,
        job_id: str,
        *,
        inputs: Sequence[RunInput | RunInputParam],
        notify: Notify | NotifyParam | None | Unset = UNSET,
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
        inputs: Sequence[RunInput | RunInputParam],
        notify: Notify | NotifyParam | None | Unset = UNSET,
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
        inputs: Sequence[RunInput | RunInputParam],
        notify: Notify | NotifyParam | None | Unset = UNSET,
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
        inputs: Sequence[RunInput | RunInputParam],
        notify: Notify | NotifyParam | None | Unset = UNSET,
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
    @overload
    async def create(
        self,
        job_id: str,
        *,
        inputs: Sequence[RunInput | RunInputParam],
        notify: Notify | NotifyParam | None | Unset = UNSET,
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
        inputs: Sequence[RunInput | RunInputParam],
        notify: Notify | NotifyParam | None | Unset = UNSET,
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
        inputs: Sequence[RunInput | RunInputParam],
        notify: Notify | NotifyParam | None | Unset = UNSET,
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
        inputs: Sequence[RunInput | RunInputParam],
        notify: Notify | NotifyParam | None | Unset = UNSET,
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


class JobsResource(_resource.APIResource):
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


class Mixroute(_resource.SyncClientBase):
    @cached_property
    def completions(self) -> CompletionsResource:
        return CompletionsResource(self._client)

    @cached_property
    def jobs(self) -> JobsResource:
        return JobsResource(self._client)


class AsyncMixroute(_resource.AsyncClientBase):
    @cached_property
    def completions(self) -> AsyncCompletionsResource:
        return AsyncCompletionsResource(self._client)

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        return AsyncJobsResource(self._client)
