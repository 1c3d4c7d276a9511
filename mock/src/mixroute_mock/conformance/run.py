"""A conformance run: the cases of each model, in order, until the request budget is spent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import httpx2

from mixroute_mock.conformance.cases import cases
from mixroute_mock.conformance.checks import Checker, Finding
from mixroute_mock.conformance.exchange import exchange
from mixroute_mock.conformance.report import ModelResult
from mixroute_mock.spec import Spec

MODEL_LIST_SCHEMA = "ModelList"


@dataclass(frozen=True)
class Budget:
    """At most `requests` chat requests in all, each asking for at most `max_tokens` tokens."""

    requests: int = 100
    max_tokens: int = 256


def api_root(base_url: str) -> str:
    """The URL the spec's paths (`/v1/...`) go after: the base URL without a trailing `/v1`, as the client
    takes either."""
    return base_url.rstrip("/").removesuffix("/v1")


def listed_models(http: httpx2.Client, timeout: float, spec: Spec | None = None) -> tuple[list[str], list[Finding]]:
    """The ids `GET /v1/models` lists, and what a strict reading of the list finds; raises httpx2.HTTPError on
    an error status, ValueError when the answer is not a JSON object."""
    response = http.get("/v1/models", timeout=timeout)
    response.raise_for_status()
    listing = response.json()
    if not isinstance(listing, dict):
        raise ValueError(f"GET /v1/models answered {type(listing).__name__}, not a model list")
    ids = [str(entry["id"]) for entry in listing.get("data") or () if isinstance(entry, dict) and "id" in entry]
    return ids, Checker(spec or Spec.packaged()).findings(MODEL_LIST_SCHEMA, listing)


def run(
    http: httpx2.Client,
    models: Sequence[str],
    budget: Budget,
    *,
    timeout: float,
    key: str = "",
    spec: Spec | None = None,
) -> list[ModelResult]:
    """Every case for every model through `http` (whose base URL is the API root and which sends `key`, which
    is struck from every answer as it is read)."""
    spec = spec or Spec.packaged()
    checker = Checker(spec)
    left = budget.requests
    results = []
    for model in models:
        result = ModelResult(model)
        for case in cases(spec, model, budget.max_tokens):
            if left <= 0:
                result.skipped += 1
                continue
            left -= 1
            result.exchanges.append(exchange(http, checker, case, timeout, key))
        results.append(result)
    return results
