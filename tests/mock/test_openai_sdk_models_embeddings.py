"""The official OpenAI SDK's models and embeddings calls against the mock on loopback, sync and async."""

from __future__ import annotations

import openai
import pytest

from mixroute_mock import DEFAULT_API_KEY
from mixroute_mock.spec import Spec

SMALL = "text-embedding-3-small"


def sdk(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=DEFAULT_API_KEY, max_retries=0, timeout=30)


def test_models_list_pages_over_the_catalogue(mock_url: str) -> None:
    page = sdk(mock_url).models.list()
    assert [model.id for model in page] == list(Spec.packaged().models)
    assert page.data[0].object == "model"


def test_models_retrieve_and_an_unknown_id(mock_url: str) -> None:
    client = sdk(mock_url)
    assert client.models.retrieve("glm-5").owned_by == "zhipu"
    with pytest.raises(openai.NotFoundError) as raised:
        client.models.retrieve("gpt-2")
    assert raised.value.code == "model_not_found"


def test_embeddings_create_decodes_the_base64_it_asks_for(mock_url: str) -> None:
    # Unless told otherwise the SDK asks for base64 and decodes it; floats asked for come as they are.
    client = sdk(mock_url)
    decoded = client.embeddings.create(model=SMALL, input=["hello", "world"], dimensions=32)
    floats = client.embeddings.create(model=SMALL, input=["hello", "world"], dimensions=32, encoding_format="float")
    assert [len(item.embedding) for item in decoded.data] == [32, 32]
    assert [item.embedding for item in decoded.data] == [item.embedding for item in floats.data]
    assert decoded.usage.prompt_tokens == decoded.usage.total_tokens == 2


@pytest.mark.anyio
async def test_the_async_sdk_lists_retrieves_and_embeds(mock_url: str) -> None:
    async with openai.AsyncOpenAI(base_url=f"{mock_url}/v1", api_key=DEFAULT_API_KEY, max_retries=0) as client:
        ids = [model.id async for model in client.models.list()]
        retrieved = await client.models.retrieve(SMALL)
        embedded = await client.embeddings.create(model=SMALL, input="hi")
    assert SMALL in ids
    assert retrieved.id == SMALL
    assert len(embedded.data[0].embedding) == 1536
