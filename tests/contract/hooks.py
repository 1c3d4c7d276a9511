"""Schemathesis hooks shared by the pytest contract suite and `make contract` (SCHEMATHESIS_HOOKS).

Random model names all get 404, which would keep the suite away from the success path: most generated bodies
get a model from the spec's catalogue instead.
"""

from __future__ import annotations

import zlib
from typing import Any

import schemathesis

from tests.mock_server.spec import Spec

MODELS = Spec.load().models


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


@schemathesis.hook("map_body")
def catalogue_models(context: schemathesis.HookContext, body: Any) -> Any:
    return with_catalogue_model(body)
