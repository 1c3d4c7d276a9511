"""The client's own contract pass: the spec's request examples, sent plain and streamed by a strict client.

schemathesis checks the server against the spec from the outside; this checks that what the server sends is
what the *client* reads without a single deviation (``strict=True`` raises on any, naming its JSON path), so a
tolerance the client has to apply to this target shows up as a failure here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from mixroute_client import AuthenticatedClient
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.api.embeddings import create_embedding
from mixroute_client.api.models import list_models, retrieve_model
from mixroute_client.models import CreateChatCompletionRequest, CreateEmbeddingRequest, Model, ModelList
from tests.spec import CHAT_PATH, operation

EMBEDDINGS_PATH = "/v1/embeddings"


def request_examples(path: str = CHAT_PATH) -> Iterator[tuple[str, dict[str, Any]]]:
    """The operation's documented request examples, by name."""
    content = operation(path)["requestBody"]["content"]["application/json"]
    for name, example in content["examples"].items():
        yield name, example["value"]


def _check_catalogue_and_embeddings(client: AuthenticatedClient) -> Iterator[str]:
    """The models listed and each retrieved, and the embedding examples, read strictly; yields what was read."""
    listed = list_models.sync(client=client)
    assert isinstance(listed, ModelList), "GET /v1/models: no model list"
    for model in listed:
        assert isinstance(retrieve_model.sync(model.id or "", client=client), Model), f"{model.id}: not retrieved"
    yield "models"
    for name, example in request_examples(EMBEDDINGS_PATH):
        reply = create_embedding.sync(client=client, body=CreateEmbeddingRequest.from_dict(example))
        assert reply is not None, f"{name}: no embeddings"
        assert all(item.embedding for item in reply.data), f"{name}: an empty vector"
        yield name


def check_with_strict_client(base_url: str, api_key: str, headers: Mapping[str, str] | None = None) -> list[str]:
    """Each example plain and streamed through a strict client; returns what was checked, raises on a deviation."""
    checked = []
    with AuthenticatedClient(base_url=base_url, token=api_key, strict=True, headers=dict(headers or {})) as client:
        for name, example in request_examples():
            body = CreateChatCompletionRequest.from_dict(example)
            if not example.get("stream"):  # an example that streams itself is read as a stream only
                assert create_chat_completion.sync(client=client, body=body).choices, f"{name}: no choices"
            with create_chat_completion.stream(client=client, body=body) as stream:
                assert stream.get_final_completion().choices, f"{name}: the stream folds to no choices"
            checked.append(name)
        checked.extend(_check_catalogue_and_embeddings(client))
    return checked
