"""``python -m benchmarks [--quick] [--only FAMILY ...] [--output PATH]``: run, print the table, write JSON."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import calls, generation, imports, loopback, memory, parsing, streaming, structured
from benchmarks.results import Row, unavailable, write
from benchmarks.table import render
from benchmarks.timing import FULL, QUICK, Budget

FAMILIES: dict[str, tuple[str, Callable[[Budget], list[Row]]]] = {
    "calls": (calls.FAMILY, calls.run),
    "streaming": (streaming.FAMILY, streaming.run),
    "memory": (memory.FAMILY, memory.run),
    "parsing": (parsing.FAMILY, parsing.run),
    "parse": (structured.FAMILY, structured.run),
    "imports": (imports.FAMILY, imports.run),
    "loopback": (loopback.FAMILY, loopback.run),
    "generation": (generation.FAMILY, generation.run),
}
DEFAULT_OUTPUT = Path(".bench/results.json")


def run_family(name: str, budget: Budget) -> tuple[list[Row], bool]:
    """The family's rows and whether it ran; a family that fails becomes one row saying why, and the rest go on."""
    family, run = FAMILIES[name]
    print(f"running {family} ...", file=sys.stderr, flush=True)
    try:
        return run(budget), True
    except Exception as exc:  # any failure of one benchmark must not cost the figures of the others
        traceback.print_exc()
        return [unavailable(family, name, "-", f"failed: {type(exc).__name__}: {exc}")], False


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes and few repeats (proves it works, no more)")
    parser.add_argument("--only", nargs="+", choices=sorted(FAMILIES), default=list(FAMILIES), metavar="FAMILY")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help=f"JSON results (default {DEFAULT_OUTPUT})")
    args = parser.parse_args(argv)
    budget = QUICK if args.quick else FULL
    rows: list[Row] = []
    failed: list[str] = []
    for name in args.only:
        family_rows, ran = run_family(name, budget)
        rows.extend(family_rows)
        if not ran:
            failed.append(name)
    write(args.output, rows, quick=budget.quick)
    print(render(rows))
    print(f"\nresults written to {args.output}")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
