"""Upstream profiles: a model served as NAME=PROFILE answers with that upstream's habits from the wire corpus,
and the tolerant client reads every profile's answers as it reads the spec-true ones."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from mixroute_client import AuthenticatedClient
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, CreateChatCompletionRequest
from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app
from mixroute_mock.__main__ import environment
from mixroute_mock.conformance.cases import Case, cases
from mixroute_mock.conformance.checks import Checker
from mixroute_mock.conformance.exchange import sse_data
from mixroute_mock.plugin import MixrouteMock
from mixroute_mock.profiles import DEFAULT_PROFILE, PROFILES
from mixroute_mock.serving import serving_in_thread
from mixroute_mock.spec import CATALOGUE_EXTENSION, Spec

CORPUS = Path(__file__).parents[1] / "client" / "wire_corpus"
SERVED = tuple(f"m-{name}={name}" for name in PROFILES)


def test_every_habit_is_taken_from_a_case_of_the_wire_corpus() -> None:
    for profile in PROFILES.values():
        for habit in profile.habits:
            sources = [name.strip() for name in habit.source.split(",")]
            assert all((CORPUS / name).is_file() for name in sources), habit.name
            assert habit.shows, habit.name
    assert not PROFILES[DEFAULT_PROFILE].habits


def test_a_model_named_with_a_profile_is_served_under_its_bare_name() -> None:
    settings = MockSettings(models=("glm-5=glm", "gpt-4o", " kimi = moonshot "))
    assert settings.models == ("glm-5", "gpt-4o", "kimi")
    assert [settings.profile_of(name) for name in ("glm-5", "gpt-4o", "kimi")] == ["glm", DEFAULT_PROFILE, "moonshot"]
    assert MockSettings.from_env(settings.to_env()) == settings
    assert MockSettings(models=("*=vllm",)).profile_of("anything") == "vllm"


def test_the_flag_names_profiles_and_an_unknown_one_is_refused() -> None:
    settings = MockSettings.from_env(environment(["--models", "glm-5=glm,gemini-3=gemini"], {}))
    assert settings.profile_of("gemini-3") == "gemini"
    with pytest.raises(ValueError, match=r"unknown upstream profile 'glim'.*glm"):
        MockSettings(models=("glm-5=glim",))
    with pytest.raises(ValueError, match="profiles go with the models"):
        MockSettings(profiles=(("glm-5", "glm"),))


def _answers(http: httpx2.Client, case: Case) -> tuple[str, bytes]:
    """The content type and body the server answers `case` with."""
    response = http.post("/v1/chat/completions", json=case.body)
    assert response.status_code == 200, response.text
    return response.headers["content-type"], response.content


def _found(checker: Checker, case: Case, body: bytes) -> set[tuple[str, str]]:
    payloads = [json.loads(data) for data in sse_data(body.decode()) if data != "[DONE]"]
    schema = "ChatCompletionChunk" if case.stream else "ChatCompletion"
    return {(f.kind, f.path) for payload in (payloads or [json.loads(body)]) for f in checker.findings(schema, payload)}


@pytest.fixture(scope="module")
def http() -> Iterator[httpx2.Client]:
    """A client of a mock serving one model per profile (`m-glm` with `glm`, ...) on a loopback port."""
    headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
    with (
        serving_in_thread(create_app(MockSettings(models=SERVED, log=False, rate_limit_per_minute=100_000))) as server,
        httpx2.Client(base_url=server.url, headers=headers) as client,
    ):
        yield client


@pytest.mark.parametrize("profile", list(PROFILES))
def test_each_profile_plays_exactly_its_habits_on_the_wire(http: httpx2.Client, profile: str) -> None:
    spec = Spec.packaged()
    checker = Checker(spec)
    found = set()
    for case in cases(spec, f"m-{profile}", max_tokens=64):
        found |= _found(checker, case, _answers(http, case)[1])
    assert found == PROFILES[profile].shows


def _read(content_type: str, body: bytes, case: Case) -> ChatCompletion:
    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": content_type}, content=body)

    client = AuthenticatedClient(base_url="http://replay", token="sk-replay", max_retries=0)
    client.set_httpx_client(httpx2.Client(transport=httpx2.MockTransport(answer), base_url="http://replay"))
    request = CreateChatCompletionRequest.from_dict(case.body)
    if not case.stream:
        return create_chat_completion.sync(client=client, body=request)
    with create_chat_completion.stream(client=client, body=request) as stream:
        return stream.get_final_completion()


def _reading(completion: ChatCompletion) -> dict[str, Any]:
    """What a caller uses of a completion: each choice's content, tool calls and finish reason, and the usage."""
    choices = []
    for choice in completion.choices:
        message = choice.to_dict()["message"]
        calls = [(c["function"]["name"], c["function"]["arguments"]) for c in message.get("tool_calls") or ()]
        choices.append((message.get("content"), calls, str(choice.finish_reason)))
    usage = completion.usage
    counts = None if usage is None else (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens)
    return {"choices": choices, "usage": counts}


@pytest.mark.parametrize("profile", [name for name in PROFILES if name != DEFAULT_PROFILE])
def test_the_tolerant_client_reads_each_profile_as_the_spec_true_answer(http: httpx2.Client, profile: str) -> None:
    spec = Spec.packaged()
    for case in cases(spec, f"m-{profile}", max_tokens=64):
        played = _reading(_read(*_answers(http, case), case))
        spec_true = Case(case.example, case.stream, {**case.body, "model": f"m-{DEFAULT_PROFILE}"})
        expected = _reading(_read(*_answers(http, spec_true), spec_true))
        # The reply quotes the model's name: the two differ by it alone.
        assert json.dumps(played).replace(f"m-{profile}", f"m-{DEFAULT_PROFILE}") == json.dumps(expected), case.name


@pytest.mark.mixroute_mock(models=("glm-5=glm",))
def test_the_fixture_marker_names_a_profile(mixroute_mock: MixrouteMock) -> None:
    body = {"model": "glm-5", "messages": [{"role": "user", "content": "Hi"}], "stream": True}
    headers = {"Authorization": f"Bearer {mixroute_mock.api_key}"}
    response = httpx2.post(f"{mixroute_mock.base_url}/v1/chat/completions", json=body, headers=headers)
    deltas = [json.loads(data)["choices"][0]["delta"] for data in sse_data(response.text) if data != "[DONE]"]
    assert deltas
    assert {delta.get("role") for delta in deltas} == {""}


def _spec_listing(profile: str) -> Spec:
    """The packaged spec whose chat catalogue gives glm-5 `profile` (`x-mixroute-models: {glm-5: {profile: ...}}`)."""
    document = copy.deepcopy(Spec.packaged().document)
    model = document["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["model"]
    model[CATALOGUE_EXTENSION] = {"glm-5": {"profile": profile}, "gpt-4o": {}}
    return Spec(document)


async def _first_role(spec: Spec, settings: MockSettings, model: str) -> Any:
    """The role the first delta of a stream for `model` says."""
    body = {"model": model, "messages": [{"role": "user", "content": "Hi"}], "stream": True}
    transport = httpx2.ASGITransport(create_app(settings, spec=spec))
    async with httpx2.AsyncClient(transport=transport, base_url="http://mock") as client:
        headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
        response = await client.post("/v1/chat/completions", json=body, headers=headers)
    return json.loads(next(sse_data(response.text)))["choices"][0]["delta"].get("role")


@pytest.mark.anyio
async def test_a_catalogue_entry_of_the_spec_names_a_profile_the_settings_override() -> None:
    spec = _spec_listing("glm")
    settings = MockSettings(log=False)
    assert await _first_role(spec, settings, "glm-5") == ""
    assert await _first_role(spec, settings, "gpt-4o") == "assistant"
    assert await _first_role(spec, MockSettings(models=("glm-5=openai",), log=False), "glm-5") == "assistant"


def test_an_unknown_profile_in_the_catalogue_is_refused_at_start() -> None:
    with pytest.raises(ValueError, match="unknown upstream profile 'glim'"):
        create_app(MockSettings(log=False), spec=_spec_listing("glim"))


def test_the_mock_readme_lists_every_profile_with_its_corpus_cases() -> None:
    readme = (Path(__file__).parents[2] / "mock" / "README.md").read_text(encoding="utf-8")
    for profile in PROFILES.values():
        row = next((line for line in readme.splitlines() if line.startswith(f"| `{profile.name}`")), "")
        cases = [name.strip().removesuffix(".json") for habit in profile.habits for name in habit.source.split(",")]
        assert all(f"`{case}`" in row for case in cases), profile.name
        assert row, profile.name


def _deltas(chunks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [choice["delta"] for chunk in chunks for choice in chunk.get("choices") or ()]


def _tool_deltas(chunks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [call for delta in _deltas(chunks) for call in delta.get("tool_calls") or ()]


# What each profile's streamed tool call looks like on the wire, read from the raw events.
ON_THE_WIRE: dict[str, Callable[[list[dict[str, Any]]], bool]] = {
    "glm": lambda chunks: {delta.get("role") for delta in _deltas(chunks)} == {""},
    "gemini": lambda chunks: (
        not any("index" in call for call in _tool_deltas(chunks)) and not any("id" in chunk for chunk in chunks)
    ),
    "vllm": lambda chunks: any(call.get("id", "") is None for call in _tool_deltas(chunks)),
    "azure": lambda chunks: chunks[0]["object"] == "" and "prompt_filter_results" in chunks[0],
    "minimax": lambda chunks: chunks[-1]["choices"] is None and "base_resp" in chunks[-1],
    "deepseek": lambda chunks: any(d.get("reasoning_content") and d["content"] is None for d in _deltas(chunks)),
    "llamacpp": lambda chunks: all(d["role"] is None and "function_call" in d for d in _deltas(chunks)),
    "cloudflare": lambda chunks: not any("index" in c for chunk in chunks for c in chunk["choices"]),
    "moonshot": lambda chunks: (
        not any("usage" in chunk for chunk in chunks)
        and any("usage" in c for chunk in chunks for c in chunk["choices"])
    ),
}


@pytest.mark.parametrize("profile", list(ON_THE_WIRE))
def test_each_habit_is_on_the_wire(http: httpx2.Client, profile: str) -> None:
    tool_call = next(
        case for case in cases(Spec.packaged(), f"m-{profile}", 64) if case.stream and "tools" in case.body
    )
    text = _answers(http, tool_call)[1].decode()
    chunks = [json.loads(data) for data in sse_data(text) if data != "[DONE]"]
    assert _tool_deltas(chunks)
    assert ON_THE_WIRE[profile](chunks)
    spec_true = Case(tool_call.example, True, {**tool_call.body, "model": f"m-{DEFAULT_PROFILE}"})
    plain_chunks = [json.loads(data) for data in sse_data(_answers(http, spec_true)[1].decode()) if data != "[DONE]"]
    assert not ON_THE_WIRE[profile](plain_chunks)


def test_every_profile_has_a_habit_checked_on_the_wire() -> None:
    assert set(ON_THE_WIRE) == set(PROFILES) - {DEFAULT_PROFILE}
