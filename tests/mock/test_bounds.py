"""What a hostile or careless client can make the mock hold or show: fault budgets, and the key in a 401."""

from __future__ import annotations

import string

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app
from mixroute_mock.app import SHOWN_HEAD, SHOWN_TAIL, masked_key
from mixroute_mock.faults import MAX_KEY_LENGTH, FaultBudget, FaultSyntaxError, parse_fault

pytestmark = pytest.mark.anyio
AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
PATH = "/v1/chat/completions"
ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "Hi"}]}


def _client(app: object) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://mock")  # type: ignore[arg-type]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer sk-not-a-key"}])
async def test_requests_without_a_valid_key_spend_no_fault_budget(headers: dict[str, str]) -> None:
    app = create_app(MockSettings(log=False))
    async with _client(app) as mock:
        for number in range(50):
            fault = {"X-Mock-Fault": f"status=503; times=1; key=k{number}"}
            assert (await mock.post(PATH, headers={**headers, **fault}, json=ASK)).status_code == 401
        assert len(app.state.fault_budget) == 0
        # The fault is still there for the first request that may have it.
        keyed = {**AUTH, "X-Mock-Fault": "status=503; times=1; key=k0"}
        assert (await mock.post(PATH, headers=keyed, json=ASK)).status_code == 503
        assert (await mock.post(PATH, headers=keyed, json=ASK)).status_code == 200


def test_the_fault_budgets_are_bounded_forgetting_the_least_recently_used() -> None:
    budget = FaultBudget(size=3)
    faults = [parse_fault(f"status=503; times=1; key=k{number}") for number in range(10)]
    first = faults[0]
    assert budget.admit(first) == first
    for fault in faults[1:]:
        budget.admit(first)  # used all along, so it is kept
        budget.admit(fault)
        assert len(budget) <= 3
    assert budget.admit(first).is_empty  # still counted: its one time was spent
    assert budget.admit(faults[1]) == faults[1]  # forgotten long ago: its fault applies afresh


def test_a_fault_key_is_bounded_in_length() -> None:
    assert parse_fault(f"times=1; key={'k' * MAX_KEY_LENGTH}").key == "k" * MAX_KEY_LENGTH
    with pytest.raises(FaultSyntaxError, match=f"at most {MAX_KEY_LENGTH} characters"):
        parse_fault(f"times=1; key={'k' * (MAX_KEY_LENGTH + 1)}")


# Keys as an HTTP header carries them: printable latin-1 without spaces (the header value is stripped) and
# without `*`, so that the mask's own `***` can be told apart from the key.
KEY_CHARACTERS = st.characters(codec="latin-1", categories=("L", "N", "P", "S"), exclude_characters="*")


@given(st.text(KEY_CHARACTERS, min_size=1, max_size=300))
def test_a_masked_key_shows_a_fixed_head_and_tail_and_never_a_third(key: str) -> None:
    masked = masked_key(key)
    head, separator, tail = masked.partition("***")
    assert separator
    assert key.startswith(head)
    assert key.endswith(tail)
    assert len(head) <= SHOWN_HEAD
    assert len(tail) <= SHOWN_TAIL
    assert len(head) + len(tail) <= len(key) // 3


@pytest.mark.parametrize("length", [1, 2, 8, 9, 12, 20, 21, 51, 164])
async def test_a_401_shows_no_more_of_a_wrong_key_than_its_mask(length: int) -> None:
    key = (string.digits * 20)[:length]  # the envelope holds no digit of its own
    async with _client(create_app(MockSettings(log=False))) as mock:
        response = await mock.post(PATH, headers={"Authorization": f"Bearer {key}"}, json=ASK)
    assert response.status_code == 401
    assert response.json()["error"]["message"] == f"Incorrect API key provided: {masked_key(key)}."
    longest = min(SHOWN_HEAD + SHOWN_TAIL, length // 3)
    shown_runs = [key[start : start + longest + 1] for start in range(length - longest)]
    assert not any(run in response.text for run in shown_runs)
