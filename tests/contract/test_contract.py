"""The contract suite: schemathesis drives the in-process mock and checks every answer against the spec."""

from __future__ import annotations

from collections import Counter
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from tests.contract.catalogue import with_catalogue_model
from tests.mock_server import DEFAULT_API_KEY, MockSettings, create_app
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
    return with_catalogue_model(body)


STATUSES: Counter[int] = Counter()


@schema.parametrize()
def test_mock_conforms_to_the_spec(case: schemathesis.Case[Any]) -> None:
    response = case.call_and_validate()
    STATUSES[response.status_code] += 1


def test_the_suite_saw_a_healthy_status_mix() -> None:
    print(f"contract cases: {sum(STATUSES.values())} {dict(sorted(STATUSES.items()))}")
    assert sum(STATUSES.values()) >= MAX_EXAMPLES, "run it together with test_mock_conforms_to_the_spec"
    assert STATUSES[200] / sum(STATUSES.values()) >= 0.25, STATUSES
    assert STATUSES[400] > 0, STATUSES
    assert STATUSES[401] > 0, STATUSES
