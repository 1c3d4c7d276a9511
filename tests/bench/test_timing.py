from dataclasses import replace

from benchmarks.timing import QUICK, compare


def test_compare_interleaves_the_sides_and_reports_every_one(frozen_heap: None) -> None:
    calls: list[str] = []
    budget = replace(QUICK, repeat=3, warmup=1, seconds_per_repeat=0.0)
    medians = compare({"a": lambda: calls.append("a"), "b": lambda: calls.append("b")}, budget)
    assert set(medians) == {"a", "b"}
    assert all(value >= 0 for value in medians.values())
    # warm-up and calibration run each side on its own; then every repeat runs a, then b
    assert calls == ["a", "b", "a", "b", *["a", "b"] * budget.repeat]
