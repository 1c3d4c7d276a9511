"""The mock is driven by the spec's operations: handlers bound by operationId, the catalogue from the spec."""

from __future__ import annotations

import copy
from typing import Any

import httpx2
import pytest

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app
from mixroute_mock.app import UnhandledOperation
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


def test_an_operation_without_a_handler_is_refused_when_the_app_is_built() -> None:
    document = _document()
    document["paths"]["/v1/models"] = {"get": {"operationId": "listModels", "responses": {}}}
    with pytest.raises(UnhandledOperation, match="'listModels' has no handler"):
        create_app(SETTINGS, spec=Spec(document))


async def test_a_spec_without_a_catalogue_needs_the_models_named() -> None:
    document = _document()
    del document["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["model"]["x-mixroute-models"]
    with pytest.raises(ValueError, match=r"x-mixroute-models.*MOCK_MODELS"):
        create_app(SETTINGS, spec=Spec(document))
    named = create_app(MockSettings(models=("glm-5",), log=False), spec=Spec(document))
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(named), base_url="http://mock") as client:
        assert (await client.post("/v1/chat/completions", headers=AUTH, json=ASK)).status_code == 200
