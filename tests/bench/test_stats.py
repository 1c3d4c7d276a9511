import pytest

from benchmarks.stats import median, percentile, ratio


def test_median_of_odd_and_even_counts() -> None:
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 2.0, 3.0]) == 2.5


def test_percentile_is_nearest_rank_and_always_a_sample() -> None:
    samples = [float(value) for value in range(1, 101)]
    assert percentile(samples, 0.5) == 50.0
    assert percentile(samples, 0.99) == 99.0
    assert percentile(samples, 1.0) == 100.0
    assert percentile([7.0, 1.0], 0.5) == 1.0


@pytest.mark.parametrize("fraction", [0.0, -0.1, 1.5])
def test_percentile_rejects_a_fraction_out_of_range(fraction: float) -> None:
    with pytest.raises(ValueError, match="fraction"):
        percentile([1.0], fraction)


def test_empty_samples_are_an_error_not_a_zero() -> None:
    with pytest.raises(ValueError, match="no samples"):
        median([])
    with pytest.raises(ValueError, match="no samples"):
        percentile([], 0.5)


def test_ratio_is_none_when_a_side_is_missing_or_the_baseline_is_not_positive() -> None:
    assert ratio(3.0, 2.0) == 1.5
    assert ratio(None, 2.0) is None
    assert ratio(3.0, None) is None
    assert ratio(3.0, 0.0) is None
