from benchmarks.results import Row, unavailable
from benchmarks.table import render, seconds, size, times


def test_seconds_are_shown_in_a_readable_unit() -> None:
    assert seconds(2.5) == "2.5 s"
    assert seconds(0.0123) == "12.3 ms"
    assert seconds(0.000218) == "218 µs"
    assert seconds(5e-8) == "50 ns"
    assert seconds(None) == "n/a"
    assert times(1.234) == "1.23x"


def test_a_row_shows_its_ratio_and_whether_it_met_its_target() -> None:
    row = Row("1 call", "non-streamed call", 0.0003, 0.0002, "httpx2", openai=0.001, target=1.3)
    assert row.ratio is not None
    assert abs(row.ratio - 1.5) < 1e-9
    assert row.met is False
    text = render([row])
    line = text.splitlines()[2]
    for cell in ("1 call: non-streamed call", "300 µs", "200 µs (httpx2)", "1 ms", "1.50x", "5.00x", "≤ 1.3x", "NO"):
        assert cell in line


def test_an_unavailable_row_says_why_in_the_notes() -> None:
    text = render([unavailable("2 stream", "5000-chunk stream", "httpx2", "stream() not available")])
    assert "n/a (stream() not available)" in text.split("notes:")[1]
    assert Row("x", "y", 1.0, 1.0, "b").met is None


def test_memory_rows_are_shown_in_bytes() -> None:
    assert (size(250), size(4_200), size(3_960_000), size(None)) == ("250 B", "4.2 kB", "3.96 MB", "n/a")
    line = render([Row("7 memory", "stream, peak", 183_409, 24_427, "httpx2", openai=29_988, unit="B")]).splitlines()[2]
    for cell in ("183 kB", "24.4 kB (httpx2)", "30 kB", "7.51x"):
        assert cell in line
