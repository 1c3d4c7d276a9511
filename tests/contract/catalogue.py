"""Generated bodies steered to what the mock can answer, where the spec cannot say it.

Model names: random names all get 404, which would keep a run away from the success path, so most generated
bodies get a model from the spec's catalogue instead. Carried JSON Schemas (tool `parameters`, a response
format's `schema`): the spec says only "an object", the mock (as OpenAI does) answers 400 to one that is not a
usable JSON Schema, and schemathesis counts a 400 to a body the spec allows as a failure (ST202), so such a
schema is replaced by a usable one.
"""

from __future__ import annotations

import copy
import zlib
from typing import Any

from mixroute_mock.spec import Spec
from mixroute_mock.user_schemas import carried_schemas, schema_flaw

MODELS = Spec.packaged().models


def with_catalogue_model(body: Any) -> Any:
    """`body` with its model swapped for a catalogue one, except about one in 14 unknown names kept for 404s.

    Only a non-empty string model is swapped: it is valid already, so a negative case stays negative.
    """
    if not isinstance(body, dict) or not isinstance(body.get("model"), str) or not body["model"]:
        return body
    if body["model"] in MODELS:
        return body
    slot = zlib.crc32(body["model"].encode()) % (len(MODELS) + 1)
    return body if slot == len(MODELS) else {**body, "model": MODELS[slot]}


USABLE_SCHEMA: dict[str, Any] = {"type": "object"}


def with_usable_schemas(body: Any) -> Any:
    """`body` with every JSON Schema it carries that the mock would refuse replaced by `USABLE_SCHEMA`."""
    if not isinstance(body, dict):
        return body
    unusable = [carried.path for carried in carried_schemas(body) if schema_flaw(carried) is not None]
    if not unusable:
        return body
    repaired = copy.deepcopy(body)
    for path in unusable:
        *parents, last = path
        container: Any = repaired
        for step in parents:
            container = container[step]
        container[last] = dict(USABLE_SCHEMA)
    return repaired


def steered(body: Any) -> Any:
    """What the contract runs send: a catalogue model and usable schemas."""
    return with_usable_schemas(with_catalogue_model(body))
