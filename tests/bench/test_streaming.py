from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import pytest

from benchmarks import streaming
from benchmarks.agreement import DisagreementError
from benchmarks.payloads import sse_stream
from benchmarks.timing import QUICK

TINY = replace(QUICK, stream_chunks=5, repeat=1, warmup=0)


def test_the_raw_floor_decodes_every_chunk_and_stops_at_done() -> None:
    lines = sse_stream(3).decode().splitlines()
    assert list(streaming.raw_contents([*lines, "data: not json after DONE"])) == ["t0 ", "t1 ", "t2 "]


def test_digest_tells_streams_apart_by_count_and_content() -> None:
    assert streaming.digest(["a", "b"]) == streaming.digest(["a", "b"])
    assert streaming.digest(["a", "b"]) != streaming.digest(["b", "a"])
    assert streaming.digest(["a", None])[0] == 2


def test_a_side_that_loses_a_chunk_is_caught_before_anything_is_timed(monkeypatch: pytest.MonkeyPatch) -> None:
    real = streaming.stream_of_ours()
    assert real is not None

    @contextmanager
    def lossy(**kwargs: Any) -> Iterator[Iterator[Any]]:
        with real(**kwargs) as chunks:
            yield (chunk for position, chunk in enumerate(chunks) if position != 2)

    lossy_stream: Callable[..., Any] = lossy
    monkeypatch.setattr(streaming, "stream_of_ours", lambda: lossy_stream)
    with pytest.raises(DisagreementError, match="ours produced"):
        streaming.run(TINY)
