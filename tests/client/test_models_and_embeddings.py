"""Mixroute's models and embeddings operations against the mock on loopback: resources sync and async, and the
module functions, as generated from the spec with no hand-written line per operation."""

from __future__ import annotations

import math

import pytest

from mixroute_client import AsyncMixroute, AuthenticatedClient, Mixroute, NotFoundError
from mixroute_client.api.embeddings import create_embedding
from mixroute_client.api.models import list_models, retrieve_model
from mixroute_client.models import CreateEmbeddingRequest, Model, ModelList
from mixroute_client.params import CreateEmbeddingRequestParam
from mixroute_mock import DEFAULT_API_KEY
from mixroute_mock.spec import Spec

SMALL = "text-embedding-3-small"


def mixroute(url: str) -> Mixroute:
    return Mixroute(api_key=DEFAULT_API_KEY, base_url=url, max_retries=0)


def test_models_list_is_a_page_whose_data_is_the_list(mock_url: str) -> None:
    with mixroute(mock_url) as client:
        page = client.models.list()
    assert isinstance(page, ModelList)
    assert [model.id for model in page] == [model.id for model in page.data] == list(Spec.packaged().models)
    assert all(isinstance(model, Model) for model in page)
    assert page.success is True
    assert page.data[0].supported_endpoint_types == ["openai"]


def test_models_retrieve_and_an_unknown_id_is_not_found(mock_url: str) -> None:
    with mixroute(mock_url) as client:
        assert client.models.retrieve("kimi-k2.5").owned_by == "moonshot"
        with pytest.raises(NotFoundError) as raised:
            client.models.retrieve("gpt-2")
    assert raised.value.code == "model_not_found"
    assert raised.value.param == "model"


def test_embeddings_take_input_by_its_wire_name_and_read_floats_either_way(mock_url: str) -> None:
    with mixroute(mock_url) as client:
        floats = client.embeddings.create(model=SMALL, input=["hello world", "bye"], dimensions=64)
        packed = client.embeddings.create(
            model=SMALL, input=["hello world", "bye"], dimensions=64, encoding_format="base64"
        )
    assert [len(item.embedding or ()) for item in floats.data] == [64, 64]
    # The base64 of float32 reads as the very floats the float format sends.
    assert [item.embedding for item in packed.data] == [item.embedding for item in floats.data]
    assert math.isclose(math.fsum(v * v for v in floats.data[0].embedding or ()), 1.0, rel_tol=1e-5)
    assert (floats.usage.prompt_tokens, floats.usage.total_tokens) == (3, 3)
    assert floats.model == SMALL


def test_embeddings_of_token_ids(mock_url: str) -> None:
    with mixroute(mock_url) as client:
        reply = client.embeddings.create(model="text-embedding-3-large", input=[[1, 2, 3], [4]])
    assert [len(item.embedding or ()) for item in reply.data] == [3072, 3072]
    assert reply.usage.prompt_tokens == 4


@pytest.mark.anyio
async def test_the_async_client_lists_retrieves_and_embeds(mock_url: str) -> None:
    async with AsyncMixroute(api_key=DEFAULT_API_KEY, base_url=mock_url, max_retries=0) as client:
        page = await client.models.list()
        retrieved = await client.models.retrieve(SMALL)
        reply = await client.embeddings.create(model=SMALL, input="hi", encoding_format="base64")
        with pytest.raises(NotFoundError):
            await client.models.retrieve("nope")
    assert SMALL in [model.id for model in page]
    assert retrieved.supported_endpoint_types == ["embeddings"]
    assert len(reply.data[0].embedding or ()) == 1536


@pytest.mark.anyio
async def test_the_module_functions_sync_and_async(mock_url: str) -> None:
    api = AuthenticatedClient(base_url=mock_url, token=DEFAULT_API_KEY)
    params: CreateEmbeddingRequestParam = {"model": SMALL, "input": "hi", "dimensions": 8}
    body = CreateEmbeddingRequest.from_dict(dict(params))
    listed = list_models.sync(client=api)
    one = retrieve_model.sync("glm-5", client=api)
    embedded = create_embedding.sync(client=api, body=body)
    again = await create_embedding.asyncio(client=api, body=body)
    assert isinstance(listed, ModelList)
    assert isinstance(one, Model)
    assert one.id == "glm-5"
    assert embedded is not None
    assert again is not None
    assert embedded.data[0].embedding == again.data[0].embedding
    assert len(embedded.data[0].embedding or ()) == 8
    assert (await retrieve_model.asyncio_detailed("nope", client=api)).status_code == 404
