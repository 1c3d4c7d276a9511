"""The mock's settings, from code or from the environment (MOCK_API_KEYS, MOCK_MODELS, MOCK_FAULT, ...).

Each MOCK_* name is read and written here only: from_env() for the server, to_env() for running_mock().
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from tests.mock_server.faults import FaultSyntaxError, parse_fault

DEFAULT_API_KEY = "sk-mixroute-test"
_DEFAULT_BURST = 100
# In `models`, accepts any model name.
ANY_MODEL = "*"


def names(text: str) -> tuple[str, ...]:
    """A comma-separated list, blanks and empty items dropped (`"a, b,"` is `("a", "b")`)."""
    return tuple(name.strip() for name in text.split(",") if name.strip())


@dataclass(frozen=True)
class MockSettings:
    """`rate_limit_burst` defaults to min(100, rate_limit_per_minute), so a small limit is felt at once.
    `models` are the model names served, None for the spec's catalogue; `*` among them accepts any name."""

    api_keys: tuple[str, ...] = (DEFAULT_API_KEY,)
    models: tuple[str, ...] | None = None
    rate_limit_per_minute: int = 600
    rate_limit_burst: int | None = None
    fault: str = ""
    log: bool = True

    def __post_init__(self) -> None:
        if not self.api_keys or not all(self.api_keys):
            raise ValueError("api_keys must name at least one non-empty key")
        if self.rate_limit_per_minute < 1 or (self.rate_limit_burst is not None and self.rate_limit_burst < 1):
            raise ValueError("the rate limit and its burst must be >= 1")
        if self.models is not None and not (self.models and all(self.models)):
            raise ValueError("models must name at least one model (or * for any), or be None for the spec's")
        try:
            parse_fault(self.fault)
        except FaultSyntaxError as error:
            raise ValueError(f"bad server-wide fault {self.fault!r}: {error}") from None

    @property
    def burst(self) -> int:
        return self.rate_limit_burst or min(_DEFAULT_BURST, self.rate_limit_per_minute)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> MockSettings:
        """Settings from MOCK_API_KEYS and MOCK_MODELS (comma-separated), MOCK_RATE_LIMIT, MOCK_RATE_BURST,
        MOCK_FAULT, MOCK_LOG. An unset or blank MOCK_MODELS is the spec's catalogue."""
        env = os.environ if environ is None else environ
        return cls(
            api_keys=names(env.get("MOCK_API_KEYS", DEFAULT_API_KEY)),
            models=names(env.get("MOCK_MODELS", "")) or None,
            rate_limit_per_minute=_integer(env, "MOCK_RATE_LIMIT", 600),
            rate_limit_burst=_integer(env, "MOCK_RATE_BURST", 0) or None,
            fault=env.get("MOCK_FAULT", ""),
            log=env.get("MOCK_LOG", "1").strip().lower() not in ("0", "false", "no", "off"),
        )

    def to_env(self) -> dict[str, str]:
        """The environment variables from which from_env() gives these settings back."""
        return {
            "MOCK_API_KEYS": ",".join(self.api_keys),
            "MOCK_MODELS": ",".join(self.models or ()),
            "MOCK_RATE_LIMIT": str(self.rate_limit_per_minute),
            "MOCK_RATE_BURST": str(self.rate_limit_burst or ""),
            "MOCK_FAULT": self.fault,
            "MOCK_LOG": "1" if self.log else "0",
        }

    def serves(self, model: str, catalogue: tuple[str, ...]) -> bool:
        """Whether a request for `model` is served, `catalogue` being the spec's."""
        served = catalogue if self.models is None else self.models
        return ANY_MODEL in served or model in served


def _integer(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from None
