# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
"""The OpenAI-style client: ``Mixroute(...).chat.completions.create(...)``, generated from the spec."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, overload

import httpx2

from ._runtime import _resource
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
        kwargs = create_completion._get_kwargs(
            body=CompletionRequest(
                model=model,
                messages=messages,
                options=options,
                stream=stream,
            ),
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if stream is True:
            return _resource.opened(
                create_completion._stream(self._client, kwargs, max_retries=retries, timeout=send_timeout)
            )
        return create_completion._send(self._client, kwargs, max_retries=retries, timeout=send_timeout)


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
        kwargs = create_completion._get_kwargs(
            body=CompletionRequest(
                model=model,
                messages=messages,
                options=options,
                stream=stream,
            ),
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if stream is True:
            return await _resource.aopened(
                create_completion._astream(self._client, kwargs, max_retries=retries, timeout=send_timeout)
            )
        return await create_completion._asend(self._client, kwargs, max_retries=retries, timeout=send_timeout)


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
        kwargs = create_run._get_kwargs(
            job_id=job_id,
            priority=priority,
            body=RunRequest(
                inputs=inputs,
                notify=notify,
                stream=stream,
            ),
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if stream is True:
            return _resource.opened(create_run._stream(self._client, kwargs, max_retries=retries, timeout=send_timeout))
        return create_run._send(self._client, kwargs, max_retries=retries, timeout=send_timeout)


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
        kwargs = create_run._get_kwargs(
            job_id=job_id,
            priority=priority,
            body=RunRequest(
                inputs=inputs,
                notify=notify,
                stream=stream,
            ),
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if stream is True:
            return await _resource.aopened(
                create_run._astream(self._client, kwargs, max_retries=retries, timeout=send_timeout)
            )
        return await create_run._asend(self._client, kwargs, max_retries=retries, timeout=send_timeout)


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
        kwargs = list_jobs._get_kwargs(
            status=status,
            x_trace_id=x_trace_id,
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return list_jobs._send(self._client, kwargs, max_retries=retries, timeout=send_timeout)

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
        kwargs = get_job._get_kwargs(
            job_id=job_id,
            view=view,
            limit=limit,
            include_logs=include_logs,
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return get_job._send(self._client, kwargs, max_retries=retries, timeout=send_timeout)

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
        kwargs = delete_job._get_kwargs(
            job_id=job_id,
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return delete_job._send(self._client, kwargs, max_retries=retries, timeout=send_timeout)


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
        kwargs = list_jobs._get_kwargs(
            status=status,
            x_trace_id=x_trace_id,
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await list_jobs._asend(self._client, kwargs, max_retries=retries, timeout=send_timeout)

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
        kwargs = get_job._get_kwargs(
            job_id=job_id,
            view=view,
            limit=limit,
            include_logs=include_logs,
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await get_job._asend(self._client, kwargs, max_retries=retries, timeout=send_timeout)

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
        kwargs = delete_job._get_kwargs(
            job_id=job_id,
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await delete_job._asend(self._client, kwargs, max_retries=retries, timeout=send_timeout)


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
