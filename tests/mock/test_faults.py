"""The X-Mock-Fault grammar and the times/key budget."""

from __future__ import annotations

import pytest

from mixroute_mock.faults import Fault, FaultBudget, FaultSyntaxError, combine, parse_fault


def test_every_item_of_the_grammar_parses() -> None:
    text = (
        " latency=0.25; status=503 ;retry-after=3; retry-after-ms=1500; should-retry=FALSE; html; malformed-json;"
        " drop-after=2; error-event-after=4; event-delay=0.5; error=insufficient_quota; empty-role; no-done;"
        " error-in-200;"
        " times=2; key=t1 "
    )
    assert parse_fault(text) == Fault(
        latency=0.25,
        status=503,
        retry_after=3,
        retry_after_ms=1500,
        should_retry=False,
        html=True,
        malformed_json=True,
        drop_after=2,
        error_event_after=4,
        event_delay=0.5,
        error="insufficient_quota",
        empty_role=True,
        no_done=True,
        error_in_200=True,
        times=2,
        key="t1",
    )


@pytest.mark.parametrize("text", ["", " ", ";;", " ; "])
def test_an_empty_spec_is_no_fault(text: str) -> None:
    assert parse_fault(text).is_empty


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("bogus", "unknown fault 'bogus'"),
        ("status", "needs a value"),
        ("status=abc", "bad value 'abc' for fault 'status'"),
        ("status=200", "between 400 and 599"),
        ("latency=-1", "must be a number from 0 to 1,000,000,000"),
        ("latency=nan", "must be a number from 0"),
        ("latency=1e400", "must be a number from 0"),
        ("event-delay=inf", "must be a number from 0"),
        ("drop-after=1000000001", "must be an integer from 0 to 1,000,000,000"),
        ("error-event-after=99999999999999999999", "must be an integer from 0"),
        ("retry-after=-1", "must be an integer from 0"),
        ("html=1", "is a flag"),
        ("should-retry=maybe", "true or false"),
        ("times=0", "must be an integer from 1"),
        ("times=99999999999999999999", "must be an integer from 1"),
        ("key=t1", "only makes sense with 'times'"),
        ("status=500; status=502", "given twice"),
        ("error-in-200", "needs 'status'"),
    ],
)
def test_a_bad_spec_is_refused_with_the_reason(text: str, complaint: str) -> None:
    with pytest.raises(FaultSyntaxError, match=complaint):
        parse_fault(text)


def test_request_items_override_server_items_one_by_one() -> None:
    server = parse_fault("latency=1; status=500")
    assert combine(server, parse_fault("status=503")) == Fault(latency=1.0, status=503)
    assert combine(server, Fault()) == server


def test_times_with_a_key_applies_to_the_first_requests_of_that_key_only() -> None:
    budget = FaultBudget()
    fault = parse_fault("status=503; times=2; key=t1")
    other = parse_fault("status=503; times=1; key=t2")
    assert [budget.admit(fault).status for _ in range(3)] == [503, 503, None]
    assert budget.admit(other).status == 503
    assert budget.admit(other).is_empty


def test_a_fault_without_times_always_applies() -> None:
    budget = FaultBudget()
    fault = parse_fault("status=500")
    assert all(budget.admit(fault) == fault for _ in range(5))


def test_error_names_a_gateway_error_by_its_code() -> None:
    assert parse_fault("error=model_not_found; times=1").error == "model_not_found"
    with pytest.raises(FaultSyntaxError, match="must be one of model_not_found, insufficient_user_quota"):
        parse_fault("error=teapot")
