"""The contract suite: schemathesis drives the in-process mock and checks every answer against the spec."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app
from tests.contract.catalogue import steered_for, steered_path
from tests.spec import SPEC_PATH

MAX_EXAMPLES = 200
CONFIG = SchemathesisConfig.from_dict(
    {
        "auth": {"openapi": {"bearerAuth": {"bearer": DEFAULT_API_KEY}}},
        "output": {"sanitization": {"enabled": False}},
        "generation": {"mode": "all", "max-examples": MAX_EXAMPLES},
        "phases": {
            "examples": {"enabled": True},
            "coverage": {"enabled": True},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": False},
        },
    }
)
schema = schemathesis.openapi.from_path(SPEC_PATH, config=CONFIG)
# The rate limit is out of the way: the suite is about conformance, and 429s would crowd out the success path.
schema.app = create_app(MockSettings(rate_limit_per_minute=1_000_000, log=False))
schema.config.update(base_url="http://mock")


@schema.hook("map_body")
def catalogue_models(context: schemathesis.HookContext, body: Any) -> Any:
    return steered_for(context, body)


@schema.hook("map_path_parameters")
def catalogue_model_ids(context: schemathesis.HookContext, parameters: Any) -> Any:
    return steered_path(parameters)


# The floors sit well below what healthy runs see and above what a broken steering hook gives: the runs they
# were chosen from are in docs/contract-testing.md ("How the floors were chosen").
MIN_SHARE_OF_200 = 0.2
MIN_COUNT = {400: 200, 401: 20}
# Each other operation must be seen to succeed and to refuse: floors about half of what one run saw (same page).
OPERATION_FLOORS: dict[str, dict[int, int]] = {
    "GET /v1/models": {200: 20, 401: 50},
    "GET /v1/models/{model}": {200: 40, 401: 40},
    "POST /v1/embeddings": {200: 50, 400: 25},
}
MIN_CASES = 100


@dataclass
class StatusMix:
    """The statuses one operation's run saw, and which operation it was."""

    label: str = ""
    statuses: Counter[int] = field(default_factory=Counter)


@pytest.fixture
def status_mix() -> Iterator[StatusMix]:
    """The statuses the conformance run of one operation saw, judged when it ends: the same run, so no other
    test's state."""
    mix = StatusMix()
    yield mix
    statuses = mix.statuses
    print(f"contract cases of {mix.label}: {statuses.total()} {dict(sorted(statuses.items()))}")
    assert statuses.total() >= MIN_CASES, statuses
    if mix.label == "POST /v1/chat/completions":
        assert statuses.total() >= MAX_EXAMPLES, statuses
        assert statuses[200] / statuses.total() >= MIN_SHARE_OF_200, statuses
        floors = MIN_COUNT
    else:
        floors = OPERATION_FLOORS.get(mix.label, {200: 1})
    assert all(statuses[status] >= floor for status, floor in floors.items()), (mix.label, statuses)


# `status_mix` is meant to live across all the examples of the run, which is what the health check warns of.
@schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_mock_conforms_to_the_spec(case: schemathesis.Case[Any], status_mix: StatusMix) -> None:
    """Every answer conforms; the mix of statuses is asserted by `status_mix` once all cases have run."""
    response = case.call_and_validate()
    status_mix.label = case.operation.label
    status_mix.statuses[response.status_code] += 1
