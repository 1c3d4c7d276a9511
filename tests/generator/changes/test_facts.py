"""A change to a protocol fact (an ``x-mixroute-*`` extension) in a copy of the spec is reported by ``make diff``."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from generator.changes import wire
from generator.changes.kinds import Change, Severity
from generator.changes.report import Report, as_text
from tests.spec import spec_document

BASE: Any = spec_document()
BREAKING, COMPATIBLE = Severity.BREAKING, Severity.COMPATIBLE


def _codes(spec: Any) -> Any:
    return spec["x-mixroute-error-codes"]


def _change_meaning(spec: Any) -> None:
    _codes(spec)["insufficient_quota"]["meaning"] = "not_found"


def _add_code(spec: Any) -> None:
    _codes(spec)["no_such_model"] = {**_codes(spec)["model_not_found"]}


def _remove_code(spec: Any) -> None:
    del _codes(spec)["pre_consume_token_quota_failed"]


def _served_status(spec: Any) -> None:
    _codes(spec)["model_not_found"]["status"] = 404


def _not_retryable(spec: Any) -> None:
    spec["x-mixroute-error-meanings"]["quota"]["retryable"] = True


def _retry_409_no_more(spec: Any) -> None:
    spec["x-mixroute-retryable-statuses"].remove("409")


def _request_id_header(spec: Any) -> None:
    spec["x-mixroute-request-id"]["headers"].append({"name": "x-trace-id", "origin": "gateway"})


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            _change_meaning,
            Change(BREAKING, "x-mixroute-error-codes.insufficient_quota", "meaning: 'quota' -> 'not_found'"),
        ),
        (_add_code, Change(BREAKING, "x-mixroute-error-codes.no_such_model", "added")),
        (_remove_code, Change(BREAKING, "x-mixroute-error-codes.pre_consume_token_quota_failed", "removed")),
        (_served_status, Change(COMPATIBLE, "x-mixroute-error-codes.model_not_found", "status: 503 -> 404")),
        (_not_retryable, Change(BREAKING, "x-mixroute-error-meanings.quota", "retryable: False -> True")),
        (_retry_409_no_more, Change(BREAKING, "x-mixroute-retryable-statuses", "409 no longer retried")),
        (_request_id_header, Change(COMPATIBLE, "x-mixroute-request-id", "where the request id is read changed")),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_a_changed_fact_is_reported(mutate: Callable[[Any], None], expected: Change) -> None:
    changed = copy.deepcopy(BASE)
    mutate(changed)
    changes = wire.compare(BASE, changed)
    assert changes == [expected]
    text = as_text(Report("base", "0.3.0", "0.3.0", changes, []))
    assert f"[{expected.severity.label}] {expected.where}: {expected.what}" in text


def test_unchanged_facts_report_nothing() -> None:
    assert wire.compare(BASE, copy.deepcopy(BASE)) == []
