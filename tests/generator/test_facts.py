"""``generator/facts.py``: the spec's protocol facts read, checked, and phrased for the templates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from generator.facts import FactError, ProtocolFacts, protocol_facts
from tests.spec import spec_document


def test_the_spec_facts_are_read_in_order() -> None:
    facts = protocol_facts(spec_document())
    assert [meaning.name for meaning in facts.meanings] == ["quota", "not_found"]
    assert facts.codes[0].code == "model_not_found"
    assert (facts.codes[0].meaning, facts.codes[0].status, facts.codes[0].origin) == ("not_found", 503, "new-api")
    assert (facts.retryable_statuses, facts.retryable_status_classes) == ((408, 409, 429), (5,))
    assert facts.request_id_header_names[0] == "x-request-id"
    assert facts.last_resort_request_id_headers == ("x-litellm-call-id",)


def test_a_spec_without_facts_has_none() -> None:
    facts = protocol_facts({"openapi": "3.1.0"})
    assert facts == ProtocolFacts()
    assert (facts.retried_statuses(", "), facts.meaning_exceptions()) == ("", "")


def test_the_facts_are_phrased_for_prose() -> None:
    facts = protocol_facts(spec_document())
    assert facts.retried_statuses() == "408, 409, 429 and 5xx"
    assert facts.meaning_exceptions() == "InsufficientQuotaError or NotFoundError"


def _set(path: tuple[str, ...], value: object) -> Callable[[Any], None]:
    def mutate(spec: Any) -> None:
        node = spec
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (_set(("x-mixroute-error-codes", "model_not_found", "meaning"), "gone"), "meaning 'gone' is not in"),
        (_set(("x-mixroute-error-codes", "model_not_found", "status"), "503"), "status must be an HTTP status"),
        (_set(("x-mixroute-error-meanings", "quota", "retryable"), "no"), "retryable must be true or false"),
        (_set(("x-mixroute-retryable-statuses",), ["5xx"]), "neither a status"),
        (_set(("x-mixroute-request-id", "message-pattern"), "request id: .+"), "exactly one group"),
        (_set(("x-mixroute-request-id", "message-pattern"), "(unclosed"), "message-pattern"),
        (_set(("x-mixroute-request-id", "headers"), [{"name": "x-id"}]), "origin must be a non-empty string"),
        (_set(("x-mixroute-error-codes",), ["model_not_found"]), "must be a mapping"),
    ],
)
def test_a_malformed_fact_is_refused_with_its_place(mutate: Callable[[Any], None], message: str) -> None:
    spec = spec_document()
    mutate(spec)
    with pytest.raises(FactError, match=message):
        protocol_facts(spec)
