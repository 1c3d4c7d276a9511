"""benchmarks.collector: every side parses the same reply, and the collector is on again afterwards."""

from __future__ import annotations

import gc
import json

from benchmarks import collector
from benchmarks.payloads import large_response
from mixroute_client.models import ChatCompletion


def test_every_side_parses_the_whole_reply_and_leaves_the_collector_on(collector_enabled: None) -> None:
    body = json.dumps(large_response(2)).encode()
    parsed = {name: parse() for name, parse in collector.sides(body).items()}
    assert gc.isenabled()
    decoded = [value for value in parsed.values() if isinstance(value, dict)]
    models = [value for value in parsed.values() if isinstance(value, ChatCompletion)]
    assert len(decoded) == 2
    assert len(models) == 2
    assert decoded[0] == decoded[1] == json.loads(body)
    assert models[0].to_dict() == models[1].to_dict() == json.loads(body)
