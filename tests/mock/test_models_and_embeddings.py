"""The mock's bespoke operations beside chat: the model catalogue it was started with, and embeddings."""

from __future__ import annotations

import base64
import math
from array import array
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx2
import pytest

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app
from mixroute_mock.spec import Spec

pytestmark = pytest.mark.anyio
AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
SMALL = "text-embedding-3-small"


@asynccontextmanager
async def mock(models: tuple[str, ...] | None = None) -> AsyncIterator[httpx2.AsyncClient]:
    app = create_app(MockSettings(models=models, log=False))
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app), base_url="http://mock") as client:
        yield client


async def embed(client: httpx2.AsyncClient, **body: Any) -> httpx2.Response:
    return await client.post("/v1/embeddings", headers=AUTH, json={"model": SMALL, **body})


async def test_the_models_listed_are_exactly_those_the_mock_was_started_with() -> None:
    async with mock(("a", "b")) as client:
        listed = (await client.get("/v1/models", headers=AUTH)).json()
    assert [model["id"] for model in listed["data"]] == ["a", "b"]
    assert (listed["object"], listed["success"]) == ("list", True)
    assert listed["data"][0]["owned_by"] == "custom"


async def test_by_default_the_spec_s_catalogue_is_listed_with_the_endpoints_that_serve_each() -> None:
    async with mock() as client:
        listed = (await client.get("/v1/models", headers=AUTH)).json()
    by_id = {model["id"]: model for model in listed["data"]}
    assert tuple(by_id) == Spec.packaged().models
    assert by_id["glm-5"]["supported_endpoint_types"] == ["openai"]
    assert by_id[SMALL]["supported_endpoint_types"] == ["embeddings"]
    assert (by_id["glm-5"]["owned_by"], by_id[SMALL]["owned_by"]) == ("zhipu", "openai")


async def test_a_model_is_retrieved_by_id_and_any_other_id_is_new_api_s_404() -> None:
    async with mock(("a", "b")) as client:
        found = await client.get("/v1/models/b", headers=AUTH)
        unknown = await client.get("/v1/models/glm-5", headers=AUTH)
        anonymous = await client.get("/v1/models/b")
    assert (found.status_code, found.json()["id"], found.json()["object"]) == (200, "b", "model")
    assert unknown.status_code == 404
    assert unknown.json() == {
        "error": {
            "message": "The model 'glm-5' does not exist",
            "type": "invalid_request_error",
            "param": "model",
            "code": "model_not_found",
        }
    }
    assert anonymous.status_code == 401


async def test_embeddings_are_deterministic_unit_vectors_of_the_model_s_dimension() -> None:
    async with mock() as client:
        first = (await embed(client, input=["hello world", "bye"])).json()
        again = (await embed(client, input="hello world")).json()
        large = (await embed(client, model="text-embedding-3-large", input="hello world")).json()
    vectors = [item["embedding"] for item in first["data"]]
    assert [len(vector) for vector in vectors] == [1536, 1536]
    assert [item["index"] for item in first["data"]] == [0, 1]
    assert vectors[0] != vectors[1]
    assert again["data"][0]["embedding"] == vectors[0]
    assert math.isclose(math.fsum(value * value for value in vectors[0]), 1.0, rel_tol=1e-5)
    assert len(large["data"][0]["embedding"]) == 3072
    # Words with the whitespace after them are the mock's tokens.
    assert first["usage"] == {"prompt_tokens": 3, "total_tokens": 3}
    assert first["model"] == SMALL


async def test_dimensions_shorten_the_vector_as_openai_does_and_may_not_exceed_the_model_s() -> None:
    async with mock() as client:
        full = (await embed(client, input="hi")).json()["data"][0]["embedding"]
        short = (await embed(client, input="hi", dimensions=8)).json()["data"][0]["embedding"]
        too_many = await embed(client, input="hi", dimensions=4096)
    assert len(short) == 8
    # A prefix of the full vector, normalised again.
    scale = math.sqrt(math.fsum(value * value for value in full[:8]))
    assert all(math.isclose(s, f / scale, rel_tol=1e-5) for s, f in zip(short, full[:8], strict=True))
    assert (too_many.status_code, too_many.json()["error"]["param"]) == (400, "dimensions")


async def test_base64_is_the_same_float32_vector() -> None:
    async with mock() as client:
        floats = (await embed(client, input="hi", dimensions=16)).json()["data"][0]["embedding"]
        packed = (await embed(client, input="hi", dimensions=16, encoding_format="base64")).json()
    decoded = array("f", base64.b64decode(packed["data"][0]["embedding"])).tolist()
    assert decoded == floats


async def test_token_arrays_are_inputs_and_count_their_tokens() -> None:
    async with mock() as client:
        one = (await embed(client, input=[1, 2, 3])).json()
        two = (await embed(client, input=[[1, 2], [3]])).json()
    assert (len(one["data"]), one["usage"]["prompt_tokens"]) == (1, 3)
    assert (len(two["data"]), two["usage"]["prompt_tokens"]) == (2, 3)


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"input": "hi", "model": "glm-5"}, 404, "model"),  # a chat model
        ({"input": []}, 400, "input"),
        ({"input": 5}, 400, "input"),
        ({"input": "hi", "encoding_format": "hex"}, 400, "encoding_format"),
        ({"input": "hi", "dimensions": 0}, 400, "dimensions"),
        ({}, 400, "input"),
    ],
)
async def test_bad_embedding_requests_are_refused_in_openai_s_envelope(
    body: dict[str, Any], status: int, param: str
) -> None:
    async with mock() as client:
        answer = await embed(client, **body)
    assert answer.status_code == status
    assert answer.json()["error"]["param"] == param


async def test_a_model_named_at_start_serves_embeddings_at_the_default_dimension() -> None:
    async with mock(("my-embedder",)) as client:
        answer = (await embed(client, model="my-embedder", input="hi")).json()
    assert len(answer["data"][0]["embedding"]) == 1536


async def test_token_ids_written_as_whole_floats_are_token_ids() -> None:
    async with mock() as client:
        floats = (await embed(client, input=[1.0, 2.0])).json()
        ints = (await embed(client, input=[1, 2])).json()
        nested = (await embed(client, input=[[0.0]])).json()
    assert floats["data"] == ints["data"]
    assert nested["usage"]["prompt_tokens"] == 1
