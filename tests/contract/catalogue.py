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

SPEC = Spec.packaged()
MODELS = SPEC.models
# The catalogue of each operation by (path, upper-case method): an embeddings body gets an embedding model.
CATALOGUES = {(op.path, op.method): op.catalogue for op in SPEC.operations.values() if op.catalogue is not None}


def models_of(path: str, method: str) -> tuple[str, ...]:
    """The models the operation at `path` serves, the whole catalogue for one that names no models."""
    return tuple(CATALOGUES.get((path, method.upper())) or MODELS)


def with_catalogue_model(body: Any, models: tuple[str, ...] = MODELS) -> Any:
    """`body` with its model swapped for one of `models`, except about one in 14 unknown names kept for 404s.

    Only a non-empty string model is swapped: it is valid already, so a negative case stays negative.
    """
    if not isinstance(body, dict) or not isinstance(body.get("model"), str) or not body["model"]:
        return body
    if body["model"] in models:
        return body
    slot = zlib.crc32(body["model"].encode()) % (len(models) + 1)
    return body if slot == len(models) else {**body, "model": models[slot]}


def with_possible_dimensions(body: Any, path: str = "", method: str = "") -> Any:
    """`body` with a valid `dimensions` above its model's (a 400 at the mock, as at OpenAI, which the spec
    cannot say: it depends on the model) brought down to the model's."""
    if not isinstance(body, dict):
        return body
    facts = (CATALOGUES.get((path, method.upper())) or {}).get(str(body.get("model")), {})
    wanted, most = body.get("dimensions"), facts.get("dimensions")
    # JSON Schema takes a whole float (`18236.0`) for an integer; any other float is a negative case, kept.
    if isinstance(wanted, bool) or not isinstance(wanted, int | float) or wanted != int(wanted):
        return body
    if not isinstance(most, int) or wanted <= most:
        return body
    return {**body, "dimensions": most}


USABLE_SCHEMA: dict[str, Any] = {"type": "object"}


def with_usable_schemas(body: Any) -> Any:
    """`body` with every JSON Schema it carries that the spec allows (an object) but the mock would refuse
    replaced by `USABLE_SCHEMA`. One that is no object at all breaks the spec: a negative case, kept, or the
    repair would turn it into a valid body and schemathesis would report the mock's 200 to it as a failure."""
    if not isinstance(body, dict):
        return body
    unusable = [
        carried.path
        for carried in carried_schemas(body)
        if isinstance(carried.schema, dict) and schema_flaw(carried) is not None
    ]
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


def steered(body: Any, path: str = "", method: str = "") -> Any:
    """What the contract runs send to the operation at `path`: a model from its catalogue, a dimension the model
    has, usable schemas."""
    chosen = with_catalogue_model(body, models_of(path, method))
    return with_usable_schemas(with_possible_dimensions(chosen, path, method))


def steered_path(parameters: Any) -> Any:
    """Path parameters with a `model` id swapped for a catalogue one as bodies' models are (a random id is a
    404, which would keep the success path of `GET /v1/models/{model}` out of the run)."""
    return with_catalogue_model(parameters)


def steered_for(context: Any, body: Any) -> Any:
    """`steered` for the operation a schemathesis hook's context names."""
    operation = getattr(context, "operation", None)
    if operation is None:
        return steered(body)
    return steered(body, str(operation.path), str(operation.method))
