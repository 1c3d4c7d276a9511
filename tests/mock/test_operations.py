"""The mock is driven by the spec's operations: handlers bound by operationId, the catalogue from the spec."""

from __future__ import annotations

import copy
from typing import Any

import httpx2
import pytest

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app
from mixroute_mock.app import UnhandledOperation, routes
from mixroute_mock.spec import Spec

pytestmark = pytest.mark.anyio
AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "hi"}]}
SETTINGS = MockSettings(log=False)


def _document() -> dict[str, Any]:
    return copy.deepcopy(Spec.packaged().document)


async def _post(spec: Spec, path: str) -> httpx2.Response:
    transport = httpx2.ASGITransport(create_app(SETTINGS, spec=spec))
    async with httpx2.AsyncClient(transport=transport, base_url="http://mock") as client:
        return await client.post(path, headers=AUTH, json=ASK)


async def test_the_chat_handler_serves_whatever_path_the_spec_gives_its_operation() -> None:
    document = _document()
    document["paths"] = {"/v2/chat": document["paths"]["/v1/chat/completions"]}
    spec = Spec(document)
    assert (await _post(spec, "/v2/chat")).status_code == 200
    assert (await _post(spec, "/v1/chat/completions")).json()["error"]["code"] == "unknown_url"


def _with_ping(document: dict[str, Any]) -> dict[str, Any]:
    """The spec plus `GET /v1/ping?times=N`, which has no handler of its own in the mock."""
    pong = {
        "type": "object",
        "required": ["pong", "echo"],
        "properties": {"pong": {"type": "integer"}, "echo": {"type": "array", "items": {"type": "string"}}},
    }
    examples = {"one": {"value": {"pong": 1, "echo": ["a"]}}, "two": {"value": {"pong": 2, "echo": ["a", "b"]}}}
    times = {"name": "times", "in": "query", "required": True, "schema": {"type": "integer", "minimum": 1}}
    ok = {"description": "OK", "content": {"application/json": {"schema": pong, "examples": examples}}}
    document["paths"]["/v1/ping"] = {
        "get": {
            "operationId": "ping",
            "parameters": [times],
            "responses": {"200": ok},
            "security": [{"bearerAuth": []}],
        }
    }
    return document


async def test_an_operation_without_a_handler_of_its_own_is_answered_from_the_spec() -> None:
    app = create_app(SETTINGS, spec=Spec(_with_ping(_document())))
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app), base_url="http://mock") as client:
        answers = [await client.get("/v1/ping", headers=AUTH, params={"times": times}) for times in (1, 2, 3, 1)]
        missing = await client.get("/v1/ping", headers=AUTH)
        mistyped = await client.get("/v1/ping", headers=AUTH, params={"times": "0"})
        anonymous = await client.get("/v1/ping", params={"times": 1})
        faulty = await client.get("/v1/ping", headers={**AUTH, "X-Mock-Fault": "status=503"}, params={"times": 1})
    assert {answer.status_code for answer in answers} == {200}
    bodies = [answer.json() for answer in answers]
    # One of the examples, the same for the same request.
    assert all(body in ({"pong": 1, "echo": ["a"]}, {"pong": 2, "echo": ["a", "b"]}) for body in bodies)
    assert bodies[0] == bodies[3]
    assert (missing.status_code, missing.json()["error"]["param"]) == (400, "times")
    assert "Missing required parameter: 'times'" in missing.json()["error"]["message"]
    assert (mistyped.status_code, mistyped.json()["error"]["param"]) == (400, "times")
    assert "less than the minimum of 1" in mistyped.json()["error"]["message"]
    assert anonymous.status_code == 401
    assert faulty.status_code == 503


async def test_an_answer_without_examples_is_drawn_from_the_success_schema() -> None:
    document = _with_ping(_document())
    ok = document["paths"]["/v1/ping"]["get"]["responses"]["200"]["content"]["application/json"]
    del ok["examples"]
    spec = Spec(document)
    async with httpx2.AsyncClient(
        transport=httpx2.ASGITransport(create_app(SETTINGS, spec=spec)), base_url="http://m"
    ) as client:
        first = await client.get("/v1/ping", headers=AUTH, params={"times": 1})
        again = await client.get("/v1/ping", headers=AUTH, params={"times": 1})
    assert first.status_code == 200
    assert first.json() == again.json()
    assert (
        spec.violation_at("/paths/~1v1~1ping/get/responses/200/content/application~1json/schema", first.json()) is None
    )


def test_a_route_for_an_operation_without_a_handler_is_refused() -> None:
    operations = Spec(_with_ping(_document())).operations
    with pytest.raises(UnhandledOperation, match="'createChatCompletion' has no handler"):
        routes(operations, {})


async def test_a_spec_without_a_catalogue_needs_the_models_named() -> None:
    document = _document()
    del document["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["model"]["x-mixroute-models"]
    with pytest.raises(ValueError, match=r"x-mixroute-models.*MOCK_MODELS"):
        create_app(SETTINGS, spec=Spec(document))
    named = create_app(MockSettings(models=("glm-5",), log=False), spec=Spec(document))
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(named), base_url="http://mock") as client:
        assert (await client.post("/v1/chat/completions", headers=AUTH, json=ASK)).status_code == 200


async def test_an_inline_request_schema_of_any_json_type_is_checked() -> None:
    document = _document()
    tags = {"type": "array", "minItems": 1, "items": {"type": "string"}}
    ok = {"description": "OK", "content": {"application/json": {"schema": {"type": "integer", "minimum": 1}}}}
    document["paths"]["/v1/tags"] = {
        "post": {
            "operationId": "countTags",
            "requestBody": {"required": True, "content": {"application/json": {"schema": tags}}},
            "responses": {"201": ok},
        }
    }
    app = create_app(SETTINGS, spec=Spec(document))
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app), base_url="http://mock") as client:
        counted = await client.post("/v1/tags", headers=AUTH, json=["a", "b"])
        empty = await client.post("/v1/tags", headers=AUTH, json=[])
    assert (counted.status_code, counted.json()) == (201, 1)
    assert empty.status_code == 400
    assert "should be non-empty" in empty.json()["error"]["message"]
