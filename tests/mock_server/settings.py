"""The mock's settings, from code or from the environment (MOCK_API_KEYS, MOCK_RATE_LIMIT, MOCK_FAULT, ...)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from tests.mock_server.faults import FaultSyntaxError, parse_fault

DEFAULT_API_KEY = "sk-mixroute-test"
_DEFAULT_BURST = 100


@dataclass(frozen=True)
class MockSettings:
    """`rate_limit_burst` defaults to min(100, rate_limit_per_minute), so a small limit is felt at once."""

    api_keys: tuple[str, ...] = (DEFAULT_API_KEY,)
    rate_limit_per_minute: int = 600
    rate_limit_burst: int | None = None
    fault: str = ""
    log: bool = True

    def __post_init__(self) -> None:
        if not self.api_keys or not all(self.api_keys):
            raise ValueError("api_keys must name at least one non-empty key")
        if self.rate_limit_per_minute < 1 or (self.rate_limit_burst is not None and self.rate_limit_burst < 1):
            raise ValueError("the rate limit and its burst must be >= 1")
        try:
            parse_fault(self.fault)
        except FaultSyntaxError as error:
            raise ValueError(f"bad server-wide fault {self.fault!r}: {error}") from None

    @property
    def burst(self) -> int:
        return self.rate_limit_burst or min(_DEFAULT_BURST, self.rate_limit_per_minute)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> MockSettings:
        """Settings from MOCK_API_KEYS (comma-separated), MOCK_RATE_LIMIT, MOCK_RATE_BURST, MOCK_FAULT, MOCK_LOG."""
        env = os.environ if environ is None else environ
        keys = tuple(key.strip() for key in env.get("MOCK_API_KEYS", DEFAULT_API_KEY).split(",") if key.strip())
        return cls(
            api_keys=keys,
            rate_limit_per_minute=_integer(env, "MOCK_RATE_LIMIT", 600),
            rate_limit_burst=_integer(env, "MOCK_RATE_BURST", 0) or None,
            fault=env.get("MOCK_FAULT", ""),
            log=env.get("MOCK_LOG", "1").strip().lower() not in ("0", "false", "no", "off"),
        )


def _integer(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from None
