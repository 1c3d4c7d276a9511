"""`GET /v1/models` and `GET /v1/models/{model}` as new-api answers them, for the models the mock serves:
those named with `--models` (MOCK_MODELS), else the spec's catalogue (`x-mixroute-models`)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from mixroute_mock.delivery import json_payload
from mixroute_mock.errors import MODEL_NOT_FOUND, ApiError
from mixroute_mock.gate import Endpoint, Gate, Handler
from mixroute_mock.settings import ANY_MODEL
from mixroute_mock.spec import Operation

LIST_OPERATION = "listModels"
RETRIEVE_OPERATION = "retrieveModel"
# new-api gives every model one creation date.
CREATED = 1626777600
# The provider, by how a model's name starts; new-api calls a model its admin added `custom`.
_OWNERS = (
    ("gpt-", "openai"),
    ("o3", "openai"),
    ("o4", "openai"),
    ("text-embedding-3", "openai"),
    ("text-embedding-ada", "openai"),
    ("text-embedding-v", "qwen"),
    ("claude", "anthropic"),
    ("deepseek", "deepseek"),
    ("gemini", "google"),
    ("glm", "zhipu"),
    ("embedding-", "zhipu"),
    ("kimi", "moonshot"),
    ("doubao", "volcengine"),
)
# An operation with a catalogue by the name new-api's `supported_endpoint_types` gives it.
_ENDPOINT_TYPES = {"createChatCompletion": "openai", "createEmbedding": "embeddings"}


def served(gate: Gate) -> tuple[str, ...]:
    """The models listed: exactly those named in the settings, else the spec's catalogue (with `*` among the
    names, the catalogue and the other names)."""
    named = gate.settings.models
    if named is None:
        return gate.spec.models
    if ANY_MODEL not in named:
        return named
    return tuple(dict.fromkeys((*gate.spec.models, *(name for name in named if name != ANY_MODEL))))


def model_object(gate: Gate, name: str) -> dict[str, Any]:
    """One model as new-api lists it, with the endpoints that serve it: those whose catalogue lists it, or for a
    name no catalogue lists (served because the settings name it), every endpoint with a catalogue."""
    with_catalogue = [op for op in gate.spec.operations.values() if op.catalogue is not None]
    listing = [op for op in with_catalogue if name in (op.catalogue or {})] or with_catalogue
    return {
        "id": name,
        "object": "model",
        "created": CREATED,
        "owned_by": next((owner for start, owner in _OWNERS if name.startswith(start)), "custom"),
        "supported_endpoint_types": [_ENDPOINT_TYPES.get(op.operation_id, op.operation_id) for op in listing],
    }


def _lister(gate: Gate, operation: Operation) -> Endpoint:
    async def answer(request: Request) -> Response:
        admitted = await gate.admit(request)
        if isinstance(admitted, Response):
            return admitted
        admitted.upstream_error("")
        listed = {"object": "list", "success": True, "data": [model_object(gate, name) for name in served(gate)]}
        return json_payload(listed, admitted.fault, admitted.headers)

    return answer


def _retriever(gate: Gate, operation: Operation) -> Endpoint:
    async def answer(request: Request) -> Response:
        admitted = await gate.admit(request)
        if isinstance(admitted, Response):
            return admitted
        name = str(next(iter(request.path_params.values()), ""))
        admitted.upstream_error(name)
        named = gate.settings.models or ()
        if name not in served(gate) and ANY_MODEL not in named:
            # new-api's words (controller/model.go), which it sends with status 200; the spec says 404.
            raise ApiError(404, f"The model '{name}' does not exist", param="model", code=MODEL_NOT_FOUND)
        return json_payload(model_object(gate, name), admitted.fault, admitted.headers)

    return answer


def catalogue_handlers(gate: Gate) -> dict[str, Handler]:
    """The handlers of the catalogue's operations, by operationId."""
    return {
        LIST_OPERATION: lambda operation: _lister(gate, operation),
        RETRIEVE_OPERATION: lambda operation: _retriever(gate, operation),
    }
