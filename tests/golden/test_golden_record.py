"""The fixture spec's render equals the committed golden record, and the rendered package works.

One render per session (from the render cache when nothing changed); it is imported as ``golden_client``
beside ``mixroute_client`` and called through an ``httpx2.MockTransport``, so the branches the golden record
shows are proven to run, not only to match.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import shutil
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx2
import pytest

from generator.generate import HAND_WRITTEN_NAMES
from tests.golden.record import FIXTURE_PACKAGE, GOLDEN_RECORD, RECORD_COMMAND, mismatch, record, render_fixture

API_KEY = "sk-golden-fixture"
Handler = Callable[[httpx2.Request], httpx2.Response]


@pytest.fixture(scope="module")
def fixture_render(tmp_path_factory: pytest.TempPathFactory) -> Path:
    destination = tmp_path_factory.mktemp("golden") / "golden-record"
    render_fixture(destination)
    return destination


@pytest.fixture(scope="module")
def golden(fixture_render: Path) -> Iterator[ModuleType]:
    """The rendered fixture package, imported; removed from the import system afterwards."""
    sys.path.insert(0, str(fixture_render))
    try:
        yield importlib.import_module(FIXTURE_PACKAGE)
    finally:
        sys.path.remove(str(fixture_render))
        for name in [name for name in sys.modules if name.partition(".")[0] == FIXTURE_PACKAGE]:
            del sys.modules[name]


def test_the_fixture_renders_as_recorded(fixture_render: Path) -> None:
    difference = mismatch(fixture_render)
    assert not difference, difference


def test_a_mismatch_is_a_diff_that_names_the_command_to_re_record(fixture_render: Path, tmp_path: Path) -> None:
    tampered = tmp_path / "golden-record"
    shutil.copytree(GOLDEN_RECORD, tampered)
    job = tampered / FIXTURE_PACKAGE / "models" / "job.py"
    job.write_text(job.read_text().replace("class Job(", "class OldJob("))

    message = mismatch(fixture_render, tampered)

    assert "-class OldJob(_models.Model):\n+class Job(_models.Model):\n" in message
    assert f"{FIXTURE_PACKAGE}/models/job.py (recorded)" in message
    assert f"`{RECORD_COMMAND}`" in message


def test_re_recording_makes_the_record_match_without_the_hand_written_code(
    fixture_render: Path, tmp_path: Path
) -> None:
    stale = tmp_path / "golden-record"
    (stale / "leftover").mkdir(parents=True)
    (stale / "leftover" / "old.py").write_text("# a file the generator no longer writes\n")

    record(fixture_render, stale)

    assert mismatch(fixture_render, stale) == ""
    assert not (stale / "leftover").exists()
    for name in HAND_WRITTEN_NAMES:
        assert not (stale / FIXTURE_PACKAGE / name).exists()
        assert (fixture_render / FIXTURE_PACKAGE / name / "__init__.py").is_file()


def _client(golden: ModuleType, handler: Handler, *, strict: bool = False) -> Any:
    return golden.AuthenticatedClient(
        base_url="https://golden.invalid",
        token=API_KEY,
        max_retries=0,
        strict=strict,
        httpx_args={"transport": httpx2.MockTransport(handler)},
    )


def _json(status: int, body: object) -> Handler:
    return lambda request: httpx2.Response(status, json=body)


def _events(*payloads: object) -> bytes:
    lines = [f"data: {json.dumps(payload)}\n\n" for payload in payloads]
    return ("".join(lines) + "data: [DONE]\n\n").encode()


def _event_stream(content: bytes) -> Handler:
    return lambda request: httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=content)


def _capturing(respond: Handler, seen: list[httpx2.Request]) -> Handler:
    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return respond(request)

    return handler


JOB = {
    "id": "job/1",
    "name": "nightly",
    "created_at": "2026-11-27T08:00:00+00:00",
    "status": "done",
    "result": None,
    "labels": {"team": "core"},
}


def test_a_path_and_query_operation_sends_its_parameters_and_parses_the_all_of_model(golden: ModuleType) -> None:
    get_job = importlib.import_module(f"{FIXTURE_PACKAGE}.api.jobs.get_job")
    models = importlib.import_module(f"{FIXTURE_PACKAGE}.models")
    seen: list[httpx2.Request] = []

    job = get_job.sync(
        "job/1", client=_client(golden, _capturing(_json(200, JOB), seen)), view=models.JobView.FULL, include_logs=True
    )

    (request,) = seen
    assert request.method == "GET"
    assert request.url.raw_path == b"/v1/jobs/job%2F1?view=full&include_logs=true"
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert isinstance(job, models.Job)
    assert (job.id, job.name, job.status, job.result) == ("job/1", "nightly", models.JobStatus.DONE, None)
    assert job.created_at == datetime(2026, 11, 27, 8, tzinfo=UTC)
    assert job.labels.additional_properties == {"team": "core"}


def test_an_exploded_array_query_and_a_header_parameter_are_sent_and_a_list_is_parsed(golden: ModuleType) -> None:
    list_jobs = importlib.import_module(f"{FIXTURE_PACKAGE}.api.jobs.list_jobs")
    models = importlib.import_module(f"{FIXTURE_PACKAGE}.models")
    seen: list[httpx2.Request] = []
    client = _client(golden, _capturing(_json(200, [JOB, {**JOB, "id": "job/2"}]), seen))

    jobs = list_jobs.sync(client=client, status=[models.JobStatus.QUEUED, models.JobStatus.DONE], x_trace_id="t-1")

    (request,) = seen
    assert request.url.raw_path == b"/v1/jobs?status=queued&status=done"
    assert request.headers["X-Trace-Id"] == "t-1"
    assert [job.id for job in jobs] == ["job/1", "job/2"]


def test_an_operation_answering_204_returns_none(golden: ModuleType) -> None:
    delete_job = importlib.import_module(f"{FIXTURE_PACKAGE}.api.jobs.delete_job")
    seen: list[httpx2.Request] = []

    result = delete_job.sync("job/1", client=_client(golden, _capturing(lambda request: httpx2.Response(204), seen)))

    assert result is None
    assert [(request.method, request.url.raw_path) for request in seen] == [("DELETE", b"/v1/jobs/job%2F1")]


def test_an_integer_enum_is_read_and_a_boolean_is_not_taken_for_one(golden: ModuleType) -> None:
    create_run = importlib.import_module(f"{FIXTURE_PACKAGE}.api.jobs.create_run")
    models = importlib.import_module(f"{FIXTURE_PACKAGE}.models")
    run_json = {"id": "r1", "job_id": "j", "status": "running", "priority": 2}

    run = create_run.sync("j", client=_client(golden, _json(200, run_json)), body=models.RunRequest(inputs=[]))

    assert (run.priority, type(run.priority)) == (2, models.Priority)
    mistyped = models.Run.from_dict({**run_json, "priority": True})
    assert mistyped.priority is None
    assert mistyped.to_dict()["priority"] is True


def test_a_mistyped_date_time_is_kept_and_stood_in_for(golden: ModuleType) -> None:
    models = importlib.import_module(f"{FIXTURE_PACKAGE}.models")
    job = models.Job.from_dict({**JOB, "created_at": 1764230400})

    assert job.created_at is None
    assert job.to_dict()["created_at"] == 1764230400


def test_a_date_time_string_that_does_not_parse_fails_the_call_with_the_response_kept(golden: ModuleType) -> None:
    get_job = importlib.import_module(f"{FIXTURE_PACKAGE}.api.jobs.get_job")

    with pytest.raises(golden.APIResponseValidationError) as raised:
        get_job.sync("job/1", client=_client(golden, _json(200, {**JOB, "created_at": "yesterday"})), include_logs=True)

    assert raised.value.response.json()["created_at"] == "yesterday"
    assert "yesterday" in str(raised.value)


def test_strict_mode_checks_the_all_of_model_against_the_fixture_s_own_spec(golden: ModuleType) -> None:
    get_job = importlib.import_module(f"{FIXTURE_PACKAGE}.api.jobs.get_job")
    incomplete = {key: value for key, value in JOB.items() if key != "status"}

    job = get_job.sync("job/1", client=_client(golden, _json(200, JOB), strict=True), include_logs=True)
    with pytest.raises(golden.APIResponseValidationError, match=r"Job at .*'status' is a required property"):
        get_job.sync("job/1", client=_client(golden, _json(200, incomplete), strict=True), include_logs=True)

    assert job.id == "job/1"


def test_a_documented_error_status_raises_the_typed_error(golden: ModuleType) -> None:
    get_job = importlib.import_module(f"{FIXTURE_PACKAGE}.api.jobs.get_job")
    body = {"error": {"message": "no such job", "code": None}}

    with pytest.raises(golden.NotFoundError) as raised:
        get_job.sync("nope", client=_client(golden, _json(404, body)), include_logs=False, limit=3)

    assert raised.value.status_code == 404
    assert "no such job" in str(raised.value)
    assert API_KEY not in str(raised.value)


def test_a_streamed_operation_with_path_query_and_nested_body_yields_typed_chunks(golden: ModuleType) -> None:
    create_run = importlib.import_module(f"{FIXTURE_PACKAGE}.api.jobs.create_run")
    models = importlib.import_module(f"{FIXTURE_PACKAGE}.models")
    chunks = [{"run_id": "r1", "progress": 0.5, "message": None}, {"run_id": "r1", "progress": 1, "message": "ok"}]
    stream_body = _events(*chunks)
    seen: list[httpx2.Request] = []
    respond = _capturing(_event_stream(stream_body), seen)
    body = models.RunRequest(
        inputs=[models.RunInput(key="n", value=3)], notify=models.Notify(url="https://hook.invalid")
    )

    with create_run.stream("job 1", client=_client(golden, respond), body=body, priority=2) as stream:
        received = list(stream)

    (request,) = seen
    assert request.url.raw_path == b"/v1/jobs/job%201/runs?priority=2"
    assert json.loads(request.content) == {
        "inputs": [{"key": "n", "value": 3}],
        "notify": {"url": "https://hook.invalid"},
        "stream": True,
    }
    assert all(isinstance(chunk, models.RunChunk) for chunk in received)
    assert [(chunk.progress, chunk.message) for chunk in received] == [(0.5, None), (1, "ok")]


def test_the_async_twins_send_the_same_request_and_parse_the_same_models(golden: ModuleType) -> None:
    get_job = importlib.import_module(f"{FIXTURE_PACKAGE}.api.jobs.get_job")
    create_run = importlib.import_module(f"{FIXTURE_PACKAGE}.api.jobs.create_run")
    models = importlib.import_module(f"{FIXTURE_PACKAGE}.models")
    seen: list[httpx2.Request] = []
    job_client = _client(golden, _capturing(_json(200, JOB), seen))
    run_client = _client(golden, _capturing(_event_stream(_events({"run_id": "r1", "progress": 1})), seen))

    async def calls() -> tuple[Any, list[Any]]:
        job = await get_job.asyncio("job/1", client=job_client, limit=2, include_logs=False)
        async with create_run.asyncio_stream("j", client=run_client, body=models.RunRequest(inputs=[])) as stream:
            return job, [chunk async for chunk in stream]

    job, chunks = asyncio.run(calls())

    assert [request.url.raw_path for request in seen] == [
        b"/v1/jobs/job%2F1?limit=2&include_logs=false",
        b"/v1/jobs/j/runs",
    ]
    assert isinstance(job, models.Job)
    assert [chunk.run_id for chunk in chunks] == ["r1"]


def test_a_streamed_completion_adds_up_to_the_completion_model(golden: ModuleType) -> None:
    create_completion = importlib.import_module(f"{FIXTURE_PACKAGE}.api.chat.create_completion")
    models = importlib.import_module(f"{FIXTURE_PACKAGE}.models")
    stream_body = _events(
        {"id": "c1", "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hel"}}]},
        {"id": "c1", "choices": [{"index": 0, "delta": {"content": "lo"}, "finish_reason": "stop"}]},
    )
    respond = _event_stream(stream_body)
    body = models.CompletionRequest(
        model="m",
        messages=[
            models.SystemMessage(role="system", content="be brief"),
            models.UserMessage(role="user", content="hi"),
        ],
    )

    with create_completion.stream(client=_client(golden, respond), body=body) as stream:
        completion = stream.get_final_completion()

    assert isinstance(completion, models.Completion)
    (choice,) = completion.choices
    assert (choice.message.content, choice.finish_reason) == ("Hello", models.FinishReason.STOP)


def test_the_const_discriminated_union_parses_each_message_as_its_own_class(golden: ModuleType) -> None:
    models = importlib.import_module(f"{FIXTURE_PACKAGE}.models")
    request = models.CompletionRequest.from_dict(
        {
            "model": "m",
            "messages": [{"role": "user", "content": "hi"}, {"role": "system", "content": "be brief"}],
            "options": {"temperature": None, "format": "json", "stop": ["\n"]},
        }
    )

    assert [type(message) for message in request.messages] == [models.UserMessage, models.SystemMessage]
    assert (request.options.temperature, request.options.format) == (None, models.ResponseFormat.JSON)
    assert request.to_dict()["messages"][1] == {"role": "system", "content": "be brief"}
