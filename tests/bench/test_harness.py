"""The whole harness on tiny sizes: every benchmark produces figures from sides that did the same work.

Nothing here looks at how fast anything is: the machine is shared and timings are only ever reported.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from benchmarks import decoders
from benchmarks.__main__ import FAMILIES, main
from benchmarks.payloads import seed_response
from benchmarks.timing import QUICK

pytestmark = pytest.mark.heavy


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, frozen_heap: None) -> tuple[int, str, dict[str, Any]]:
    output = tmp_path_factory.mktemp("bench") / "results.json"
    printed = io.StringIO()
    with redirect_stdout(printed):
        status = main(["--quick", "--output", str(output)])
    return status, printed.getvalue(), json.loads(Path(output).read_text(encoding="utf-8"))


def rows(run: tuple[int, str, dict[str, Any]], family: str) -> list[dict[str, Any]]:
    found = [row for row in run[2]["results"] if row["family"] == family]
    assert found, f"no rows for {family}"
    return found


def test_every_family_ran_and_produced_figures(run: tuple[int, str, dict[str, Any]]) -> None:
    status, printed, document = run
    assert status == 0
    assert document["quick"] is True
    assert {row["family"] for row in document["results"]} == {family for family, _ in FAMILIES.values()}
    for row in document["results"]:
        assert row["note"] == "", row
        assert row["ours"] > 0, row
        assert row["baseline"] > 0, row
        assert row["ratio"] == pytest.approx(row["ours"] / row["baseline"])
        assert f"{row['family']}: {row['name']}" in printed


def test_the_machine_is_recorded(run: tuple[int, str, dict[str, Any]]) -> None:
    machine = run[2]["machine"]
    assert machine["cpus"] >= 1
    assert machine["python"].startswith("3.")
    assert machine["processor"]


def decoded_rows(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows measured once per decoder: as installed (orjson in the dev environment), and the standard
    library's."""
    decoded = [row for row in found if "ours decoding with" in row["name"]]
    assert {row["name"].partition("decoding with ")[2].partition(",")[0] for row in decoded} == {
        decoders.INSTALLED,
        decoders.STANDARD_LIBRARY,
    }
    return decoded


def test_every_client_sent_the_same_call_and_read_the_same_reply(run: tuple[int, str, dict[str, Any]]) -> None:
    found = rows(run, "1 call")
    calls = decoded_rows(found)
    for row in calls:
        assert row["openai"] > 0
        assert row["checks"]["content"] == seed_response()["choices"][0]["message"]["content"]
        assert row["checks"]["request"]["model"] == "glm-5"
        assert row["target"] == 1.1
        assert isinstance(row["met"], bool)
    row = calls[0]
    styles = [style for style in found if style not in calls and "traced" not in style["name"]]
    # Both call styles, fed typed models and then dicts, sent the same request and read the same reply.
    assert [style["name"].rpartition(", ")[2] for style in styles] == ["typed messages", "dict messages"]
    for style in styles:
        assert style["checks"] == {"request": row["checks"]["request"], "content": row["checks"]["content"]}
        assert style["target"] == 1.05


def test_every_client_read_the_same_stream(run: tuple[int, str, dict[str, Any]]) -> None:
    streams = decoded_rows(rows(run, "2 stream"))
    assert [row["target"] for row in streams] == [2.0, 2.5, 2.0, 2.5]  # iterating, then with the final
    for row in streams:
        assert row["openai"] > 0
        assert row["checks"]["chunks"] == QUICK.stream_chunks
        assert len(row["checks"]["content_sha256"]) == 64
        assert row["checks"]["final_content_chars"] > 0
        assert row["checks"]["request"]["stream"] is True


def test_parsers_found_the_same_choices_tool_calls_and_logprobs(run: tuple[int, str, dict[str, Any]]) -> None:
    for row in decoded_rows(rows(run, "3 parse")):
        assert row["target"] == 1.5
        assert row["openai"] > 0
        assert row["checks"]["choices"] == QUICK.parse_choices
        assert row["checks"]["tool_calls"] == 2 * QUICK.parse_choices
        assert row["checks"]["logprob_tokens"] > 0


def test_imports_are_measured_against_httpx(run: tuple[int, str, dict[str, Any]]) -> None:
    (row,) = rows(run, "4 import")
    assert row["openai"] > 0
    assert row["checks"]["interpreter_start"] > 0
    assert row["checks"]["modules"]["ours"] == "mixroute_client"


def test_loopback_calls_and_concurrent_streams_all_completed(run: tuple[int, str, dict[str, Any]]) -> None:
    found = {row["name"]: row for row in rows(run, "5 loopback")}
    for name in ("plain call p50", "plain call p99", "streamed call p50", "streamed call p99"):
        assert found[name]["checks"]["calls"] == QUICK.e2e_calls
        assert found[name]["openai"] > 0
    assert found["streamed call p50"]["checks"]["chunks"] > 0
    assert found["plain call p50"]["checks"]["content"]
    concurrent = found[f"{QUICK.concurrent_streams} concurrent async streams"]["checks"]
    expected = concurrent["rounds"] * QUICK.concurrent_streams
    for side in ("ours", "raw"):
        assert concurrent[side]["completed"] == expected
        assert concurrent[side]["errors"] == 0
        # every stream of both sides carried the same number of chunks as a sequential streamed call
        assert concurrent[side]["chunks_per_stream"] == [found["streamed call p50"]["checks"]["chunks"]]


def test_the_generator_is_timed_on_render_and_check(run: tuple[int, str, dict[str, Any]]) -> None:
    found = {row["name"] for row in rows(run, "6 generator")}
    assert found == {"render (make generate)", "make check-generated"}


def test_the_traced_call_made_its_span(run: tuple[int, str, dict[str, Any]]) -> None:
    (traced,) = [row for row in rows(run, "1 call") if "traced" in row["name"]]
    assert traced["checks"]["spans"] == ["chat glm-5"]
    assert traced["ours"] is not None
    assert traced["baseline"] is not None
