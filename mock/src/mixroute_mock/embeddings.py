"""`POST /v1/embeddings`: deterministic unit vectors derived from the model and each input, of the model's
dimension (the catalogue's `dimensions`) or the one asked for, as float32 numbers or their base64."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import sys
from array import array
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from mixroute_mock.delivery import json_payload
from mixroute_mock.errors import ApiError
from mixroute_mock.gate import Endpoint, Gate, Handler
from mixroute_mock.spec import Operation
from mixroute_mock.tokens import token_count

EMBEDDINGS_OPERATION = "createEmbedding"
# The dimension of a model the catalogue gives none for (one served because the settings name it):
# text-embedding-3-small's.
DEFAULT_DIMENSIONS = 1536
# The catalogue's fact that gives a model's full dimension.
DIMENSIONS = "dimensions"


def full_dimension(operation: Operation, model: str) -> int:
    facts = (operation.catalogue or {}).get(model, {})
    value = facts.get(DIMENSIONS)
    return value if isinstance(value, int) and value > 0 else DEFAULT_DIMENSIONS


def vector(model: str, item: str | list[int], size: int, full: int) -> array[float]:
    """A unit vector for `item`: the first `size` of `full` components drawn from a seed of the model and the
    item, normalised again, as OpenAI shortens text-embedding-3 vectors (so a shortened vector is a prefix of
    the full one, rescaled)."""
    seed = hashlib.sha256(json.dumps([model, item]).encode()).digest()
    draw = random.Random(seed)
    components = [draw.gauss(0.0, 1.0) for _ in range(full)][:size]
    norm = math.sqrt(sum(value * value for value in components)) or 1.0
    return array("f", (value / norm for value in components))


def encoded(values: array[float], encoding_format: str) -> list[float] | str:
    """The vector as JSON numbers, or as the base64 of its little-endian float32 bytes."""
    if encoding_format != "base64":
        return values.tolist()
    if sys.byteorder == "big":
        values = array("f", values)
        values.byteswap()
    return base64.b64encode(values.tobytes()).decode("ascii")


def _token_ids(items: list[Any]) -> list[int]:
    """Token ids as integers (JSON Schema takes `1.0` for an integer, and so does the spec)."""
    return [int(item) for item in items]


def inputs(given: Any) -> list[str | list[int]]:
    """Each input a vector is made for (of a body the schema accepted): a string, or a list of token ids."""
    if isinstance(given, str):
        return [given]
    if given and not isinstance(given[0], str | list):
        return [_token_ids(given)]
    return [item if isinstance(item, str) else _token_ids(item) for item in given]


def _input_tokens(item: str | list[int]) -> int:
    return token_count(item) if isinstance(item, str) else len(item)


def embedding_reply(operation: Operation, body: dict[str, Any]) -> dict[str, Any]:
    """The reply to a valid request `body`; a `dimensions` above the model's own is refused (400)."""
    model = str(body["model"])
    full = full_dimension(operation, model)
    size = int(body.get(DIMENSIONS, full))
    if size > full:
        message = f"Invalid value for 'dimensions': {model} makes vectors of at most {full} dimensions, not {size}."
        raise ApiError(400, message, param=DIMENSIONS)
    items = inputs(body["input"])
    encoding_format = str(body.get("encoding_format") or "float")
    data = [
        {"object": "embedding", "index": index, "embedding": encoded(vector(model, item, size, full), encoding_format)}
        for index, item in enumerate(items)
    ]
    counted = sum(map(_input_tokens, items))
    return {
        "object": "list",
        "data": data,
        "model": model,
        "usage": {"prompt_tokens": counted, "total_tokens": counted},
    }


def embeddings_handler(gate: Gate) -> Handler:
    def bind(operation: Operation) -> Endpoint:
        async def answer(request: Request) -> Response:
            admitted = await gate.admit(request)
            if isinstance(admitted, Response):
                return admitted
            body = await gate.body(request, operation)
            admitted.upstream_error(str(body["model"]))
            return json_payload(embedding_reply(operation, body), admitted.fault, admitted.headers)

        return answer

    return bind
