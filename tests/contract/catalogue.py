"""Model names for generated bodies: random names all get 404, which would keep a run away from the success path,
so most generated bodies get a model from the spec's catalogue instead.
"""

from __future__ import annotations

import zlib
from typing import Any

from mixroute_mock.spec import Spec

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
