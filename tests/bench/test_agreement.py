import pytest

from benchmarks.agreement import DisagreementError, agreed


def test_agreed_returns_the_common_outcome() -> None:
    assert agreed({"raw": (3, "abc"), "ours": (3, "abc"), "openai": (3, "abc")}) == (3, "abc")


def test_a_side_that_differs_is_named() -> None:
    with pytest.raises(DisagreementError, match=r"ours produced \(2, 'abc'\), raw produced \(3, 'abc'\)"):
        agreed({"raw": (3, "abc"), "ours": (2, "abc")})


def test_no_sides_is_an_error() -> None:
    with pytest.raises(DisagreementError, match="no sides"):
        agreed({})
