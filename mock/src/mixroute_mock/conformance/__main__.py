"""`mixroute-conformance --base-url URL [--model M ...] [--junit FILE] [--output FILE] ...`.

Exit status: 0 when every model conforms (or with --report-only), 1 on a deviation, a failed request or an
answer the tolerant client misreads, 2 on a usage error or when the models cannot be listed. The API key
(--api-key or MIXROUTE_API_KEY) is sent, never shown: every text written has it replaced by `***`, even where
the server echoes it back.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import httpx2

from mixroute_mock.conformance.redaction import hidden
from mixroute_mock.conformance.report import junit, markdown
from mixroute_mock.conformance.run import Budget, api_root, listed_models, run
from mixroute_mock.profiles import DEVIATION

API_KEY = "MIXROUTE_API_KEY"
BASE_URL = "MIXROUTE_BASE_URL"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mixroute-conformance", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--base-url", metavar="URL", default=os.environ.get(BASE_URL), help=f"the server (default ${BASE_URL})"
    )
    parser.add_argument("--api-key", metavar="KEY", help=f"the key to send (default ${API_KEY}); never printed")
    parser.add_argument(
        "--model",
        metavar="NAME",
        action="append",
        default=[],
        help="a model to check, repeatable (default: all /v1/models lists)",
    )
    parser.add_argument(
        "--max-requests",
        metavar="N",
        type=int,
        default=Budget.requests,
        help="chat requests in all (default %(default)s)",
    )
    parser.add_argument(
        "--max-tokens",
        metavar="N",
        type=int,
        default=Budget.max_tokens,
        help="max_tokens of each request (default %(default)s)",
    )
    parser.add_argument(
        "--timeout", metavar="SECONDS", type=float, default=60.0, help="seconds per request (default %(default)s)"
    )
    parser.add_argument("--output", metavar="FILE", type=Path, help="write the Markdown report there (default: stdout)")
    parser.add_argument("--junit", metavar="FILE", type=Path, help="also write a JUnit XML report there")
    parser.add_argument("--report-only", action="store_true", help="exit 0 whatever the report says")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    key = args.api_key if args.api_key is not None else os.environ.get(API_KEY, "")
    if not args.base_url:
        parser.error(f"--base-url (or {BASE_URL}) is required")
    if args.max_requests < 1 or args.max_tokens < 1:
        parser.error("--max-requests and --max-tokens must be >= 1")
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    with httpx2.Client(base_url=api_root(args.base_url), headers=headers) as http:
        models, listing = list(args.model), None
        if not models:
            try:
                models, listing = listed_models(http, args.timeout)
            except (httpx2.HTTPError, ValueError) as error:
                print(hidden(f"mixroute-conformance: cannot list the models: {error}", key), file=sys.stderr)
                return 2
        results = run(http, models, Budget(args.max_requests, args.max_tokens), timeout=args.timeout, key=key)
    report = hidden(markdown(results, api_root(args.base_url), listing), key)
    if args.output is None:
        sys.stdout.write(report)
    else:
        args.output.write_text(report, encoding="utf-8")
    if args.junit is not None:
        args.junit.write_text(hidden(junit(results), key), encoding="utf-8")
    failing = any(f.kind == DEVIATION for f in listing or ()) or any(
        result.deviations or result.failures or result.misread for result in results
    )
    return 0 if args.report_only or not failing else 1


if __name__ == "__main__":
    sys.exit(main())
