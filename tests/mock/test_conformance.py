"""`mixroute-conformance` against real servers on loopback: the mock with every upstream profile (started as
the command starts, `--models m-glm=glm,...`), and a server that echoes the API key back."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mixroute_mock import DEFAULT_API_KEY, MockSettings
from mixroute_mock.conformance import Budget, run
from mixroute_mock.conformance.__main__ import main
from mixroute_mock.conformance.checks import Checker
from mixroute_mock.conformance.exchange import sse_data, stream_findings
from mixroute_mock.conformance.run import api_root, listed_models
from mixroute_mock.live import running_mock
from mixroute_mock.profiles import DEFAULT_PROFILE, PROFILES
from mixroute_mock.serving import serving_in_thread
from mixroute_mock.spec import Spec

SERVED = tuple(f"m-{name}={name}" for name in PROFILES)


@pytest.fixture(scope="module")
def mock_with_profiles() -> Iterator[str]:
    """The mock command serving one model per profile, `m-glm` with `glm` and so on."""
    with running_mock(MockSettings(models=SERVED, log=False, rate_limit_per_minute=100_000)) as url:
        yield url


def test_the_report_names_exactly_the_habits_each_profile_plays(mock_with_profiles: str) -> None:
    with httpx2.Client(base_url=mock_with_profiles, headers={"Authorization": f"Bearer {DEFAULT_API_KEY}"}) as http:
        models, listing = listed_models(http, timeout=10)
        results = run(http, models, Budget(requests=1000, max_tokens=64), timeout=10)
    assert models == [f"m-{name}" for name in PROFILES]
    assert listing == []
    for result in results:
        profile = PROFILES[result.model.removeprefix("m-")]
        assert result.paths == profile.shows, result.model
        assert not result.failures, result.model
        assert not result.misread, result.model
        assert len(result.exchanges) == 9
    assert not next(r for r in results if r.model == f"m-{DEFAULT_PROFILE}").paths


def _main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().out


def test_the_command_fails_on_deviations_and_writes_markdown_and_junit(
    mock_with_profiles: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junit = tmp_path / "conformance.xml"
    base = ["--base-url", f"{mock_with_profiles}/v1", "--api-key", DEFAULT_API_KEY]
    status, markdown = _main(capsys, *base, "--model", "m-glm", "--model", "m-openai", "--junit", str(junit))
    assert status == 1
    glm, openai = markdown.split("## `m-openai`")
    assert "| `$.choices[0].delta.role` | `\"\"` | 'assistant' was expected |" in glm
    assert "9 requests, 0 deviations, 0 failed requests." in openai
    suites = {suite.get("name"): suite for suite in ET.parse(junit).getroot()}
    assert suites["m-glm"].get("failures") == "5"  # every streamed case
    assert suites["m-openai"].get("failures") == "0"
    failure = suites["m-glm"].find("testcase/failure")
    assert failure is not None
    assert "$.choices[0].delta.role" in (failure.get("message") or "")
    assert _main(capsys, *base, "--model", "m-glm", "--report-only")[0] == 0
    assert _main(capsys, *base, "--model", "m-openai")[0] == 0


def test_the_budget_bounds_requests_and_tokens(mock_with_profiles: str, tmp_path: Path) -> None:
    with httpx2.Client(base_url=mock_with_profiles, headers={"Authorization": f"Bearer {DEFAULT_API_KEY}"}) as http:
        (first, second) = run(http, ["m-openai", "m-glm"], Budget(requests=4, max_tokens=3), timeout=10)
    assert (len(first.exchanges), first.skipped, len(second.exchanges), second.skipped) == (4, 5, 0, 9)
    assert all(done.case.body["max_tokens"] == 3 for done in first.exchanges)
    assert not first.misread  # a reply cut by the budget still reads


def test_the_report_goes_to_a_file_and_a_server_that_cannot_list_is_a_usage_failure(
    mock_with_profiles: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "report.md"
    base = ["--base-url", mock_with_profiles, "--api-key", DEFAULT_API_KEY]
    assert _main(capsys, *base, "--model", "m-openai", "--output", str(output)) == (0, "")
    assert output.read_text(encoding="utf-8").startswith("# Conformance report")
    assert main(["--base-url", mock_with_profiles, "--api-key", "sk-wrong"]) == 2
    assert "cannot list the models" in capsys.readouterr().err


def test_a_model_the_server_refuses_is_a_failed_request(
    mock_with_profiles: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--base-url", mock_with_profiles, "--api-key", DEFAULT_API_KEY, "--max-requests", "2"]
    status, markdown = _main(capsys, *base, "--model", "not-served")
    assert status == 1
    assert "### Failed requests" in markdown
    assert "- glm5_introduce_ai (plain): status 4" in markdown


def test_events_are_read_by_the_sse_rules() -> None:
    text = ': keep-alive\r\ndata:{"a":\r\ndata: 1}\r\n\r\nevent: message\ndata: [DONE]\n\ndata: unfinished'
    assert list(sse_data(text)) == ['{"a":\n1}', "[DONE]"]


def test_a_stream_of_other_data_without_done_deviates() -> None:
    found = stream_findings(Checker(Spec.packaged()), "data: not JSON\n\n")
    assert [(f.path, f.value) for f in found] == [("$", '"not JSON"'), ("(stream)", "(no [DONE])")]


def test_the_base_url_is_taken_with_or_without_v1() -> None:
    assert api_root("http://h:1/v1/") == api_root("http://h:1") == "http://h:1"


SECRET = "sk-echoed-4f9a1c2e7b"


def _echoing_app() -> Starlette:
    """A server that puts the key it gets in everything it answers: ids, contents, a bad `object`, extras."""

    def key_of(request: Request) -> str:
        return request.headers.get("authorization", "").removeprefix("Bearer ")

    async def models(request: Request) -> Response:
        key = key_of(request)
        return JSONResponse({"object": "list", "data": [{"id": f"model-{key}", "object": key, "owned_by": key}]})

    async def chat(request: Request) -> Response:
        key = key_of(request)
        body = await request.json()
        message = {"role": "assistant", "content": f"your key is {key} " * 20}
        reply: dict[str, Any] = {"id": key, "object": key, "created": 1, "model": key, "echo": {"key": key}}
        if not body.get("stream"):
            reply["choices"] = [{"index": 0, "message": message, "finish_reason": key}]
            return JSONResponse(reply)
        chunk = {**reply, "choices": [{"index": 0, "delta": message, "finish_reason": "stop"}]}
        return Response(f"data: {json.dumps(chunk)}\n\n: {key}\n\n", media_type="text/event-stream")

    async def refuse(request: Request) -> Response:
        return JSONResponse({"error": {"message": f"bad key {key_of(request)}"}}, status_code=401)

    return Starlette(
        routes=[
            Route("/v1/models", models),
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/refusing/v1/models", refuse),
        ]
    )


@pytest.fixture(scope="module")
def echoing_url() -> Iterator[str]:
    with serving_in_thread(_echoing_app()) as server:
        yield server.url


def test_the_key_is_never_shown_even_when_the_server_echoes_it(
    echoing_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIXROUTE_API_KEY", SECRET)
    output, junit = tmp_path / "report.md", tmp_path / "report.xml"
    status = main(["--base-url", echoing_url, "--output", str(output), "--junit", str(junit)])
    printed = capsys.readouterr()
    assert status == 1
    report = output.read_text(encoding="utf-8")
    assert "model-***" in report  # the key went out, and came back
    assert '| `$.data[0].object` | deviation | `"***"` |' in report  # in the model list
    assert "`$.object`" in report
    assert "| `(stream)` | `(no [DONE])` |" in report
    for text in (report, junit.read_text(encoding="utf-8"), printed.out, printed.err):
        assert SECRET not in text
        assert SECRET[:8] not in text  # no part of it, where a value is cut short
    assert main(["--base-url", f"{echoing_url}/refusing", "--api-key", SECRET]) == 2
    assert SECRET not in capsys.readouterr().err


def test_the_installed_command_runs(mock_with_profiles: str) -> None:
    command = [sys.executable, "-m", "mixroute_mock.conformance", "--base-url", mock_with_profiles]
    command += ["--model", "m-openai", "--max-requests", "2"]
    done = subprocess.run(
        command, env={"MIXROUTE_API_KEY": DEFAULT_API_KEY}, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "2 requests, 0 deviations, 0 failed requests, 7 not sent (budget)." in done.stdout
