"""Property tests driven by the spec: request and response models are lossless, end to end through the mock.

Example counts per run: requests 100, responses 100 per schema (ChatCompletion, ChatCompletionChunk),
end-to-end 40 valid + 40 invalid.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.generation.jsonschema.builder import build

from mixroute_client import BadRequestError
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, ChatCompletionChunk, CreateChatCompletionRequest
from tests.conftest import InProcessClient
from tests.spec import LOADED, SPEC, SPEC_PATH

from .conftest import SleepRecorder

pytestmark = pytest.mark.heavy

OPERATION = schemathesis.openapi.from_path(SPEC_PATH)["/v1/chat/completions"]["POST"]
COMPONENTS = SPEC["components"]
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)

REQUESTS = OPERATION.as_strategy(generation_mode=GenerationMode.POSITIVE).map(lambda case: case.body)
UNKNOWN_FINISH_REASONS = st.sampled_from(["insufficient_system_resource", "network_error", "STOP", ""])


def response_bodies(name: str) -> st.SearchStrategy[Any]:
    """Spec-valid bodies of a component schema; open objects get random extra fields from the generator."""
    # Draft 7 rules match OpenAPI 3.1 schemas here (type lists, const, anyOf); the 2020-12 mode of the
    # builder overflowed on this spec.
    return build({"$ref": f"#/components/schemas/{name}", "components": COMPONENTS}, draft=7, formats={})


def with_unknown_finish_reasons(body: dict[str, Any], reasons: st.DataObject) -> dict[str, Any]:
    for choice in body.get("choices", []):
        if reasons.draw(st.booleans()):
            choice["finish_reason"] = reasons.draw(UNKNOWN_FINISH_REASONS)
    return body


@PROPERTY
@given(body=REQUESTS)
def test_request_from_dict_to_dict_is_lossless(body: Any) -> None:
    assert CreateChatCompletionRequest.from_dict(body).to_dict() == body


@PROPERTY
@given(body=response_bodies("ChatCompletion"), data=st.data())
def test_completion_parses_and_round_trips(body: dict[str, Any], data: st.DataObject) -> None:
    body = with_unknown_finish_reasons(body, data)
    assert ChatCompletion.from_dict(body).to_dict() == body


@PROPERTY
@given(body=response_bodies("ChatCompletionChunk"), data=st.data())
def test_chunk_parses_and_round_trips(body: dict[str, Any], data: st.DataObject) -> None:
    body = with_unknown_finish_reasons(body, data)
    assert ChatCompletionChunk.from_dict(body).to_dict() == body


E2E = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)


CATALOGUE = st.sampled_from(tuple(LOADED.operations["createChatCompletion"].catalogue or ()))


@E2E
@given(body=REQUESTS, model=CATALOGUE)
def test_valid_requests_through_the_mock_return_typed_answers(
    in_process_client: InProcessClient, body: Any, model: str
) -> None:
    import anyio  # noqa: PLC0415

    # A catalogue model, or the mock answers 404 for the random name; not streamed, so one typed answer.
    request = CreateChatCompletionRequest.from_dict({**body, "model": model, "stream": False})
    client = in_process_client(retry_policy=SleepRecorder().policy())

    async def call() -> ChatCompletion:
        return await create_chat_completion.asyncio(client=client, body=request, max_retries=0)

    completion = anyio.run(call)
    assert isinstance(completion, ChatCompletion)
    assert completion.model == model


INVALID = st.sampled_from(
    [
        ({"temperature": 3}, "temperature"),
        ({"messages": []}, "messages"),
        ({"model": ""}, "model"),
        ({"n": 0}, "n"),
        ({"top_p": 1.5}, "top_p"),
        ({"max_tokens": "many"}, "max_tokens"),
    ]
)


@E2E
@given(body=REQUESTS, invalid=INVALID)
def test_invalid_requests_raise_bad_request_naming_the_field(
    in_process_client: InProcessClient, body: Any, invalid: tuple[dict[str, Any], str]
) -> None:
    import anyio  # noqa: PLC0415

    change, field = invalid
    request = CreateChatCompletionRequest.from_dict({**body, "stream": False, **change})
    client = in_process_client(retry_policy=SleepRecorder().policy())

    async def call() -> None:
        await create_chat_completion.asyncio(client=client, body=request, max_retries=0)

    with pytest.raises(BadRequestError) as caught:
        anyio.run(call)
    assert field in (caught.value.param or "") or field in str(caught.value)
