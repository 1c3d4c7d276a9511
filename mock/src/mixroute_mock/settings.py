"""The mock's settings, from code, from the environment (MOCK_API_KEYS, MOCK_MODELS, MOCK_FAULT, ...) or from the
command line's flags, which stand for the same variables.

Each MOCK_* name is written here only: from_env() reads them for the server, to_env() writes them for
running_mock(), and OPTIONS gives each its flag.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from mixroute_mock.faults import FaultSyntaxError, parse_fault
from mixroute_mock.profiles import DEFAULT_PROFILE, PROFILES, profile_named

DEFAULT_API_KEY = "sk-mixroute-test"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4010
_DEFAULT_BURST = 100
DEFAULT_RATE_LIMIT = 600
# Characters in one reply, all choices counted: past any real model's output (gpt-5's 128,000 tokens are about
# half as many characters), so only a reply blown up by `n` or a huge quoted message reaches it.
DEFAULT_MAX_REPLY_CHARS = 1_048_576
# In `models`, accepts any model name.
ANY_MODEL = "*"

HOST = "MOCK_HOST"
PORT = "MOCK_PORT"
API_KEYS = "MOCK_API_KEYS"
MODELS = "MOCK_MODELS"
RATE_LIMIT = "MOCK_RATE_LIMIT"
RATE_BURST = "MOCK_RATE_BURST"
FAULT = "MOCK_FAULT"
LOG = "MOCK_LOG"
MAX_REPLY_CHARS = "MOCK_MAX_REPLY_CHARS"


@dataclass(frozen=True)
class Option:
    """A setting as an environment variable and the command-line flag that overrides it."""

    variable: str
    flag: str
    help: str


OPTIONS = (
    Option(HOST, "--host", f"address to listen on (default {DEFAULT_HOST})"),
    Option(PORT, "--port", f"port to listen on, 0 for a free one (default {DEFAULT_PORT})"),
    Option(API_KEYS, "--api-keys", f"comma-separated accepted keys (default {DEFAULT_API_KEY})"),
    Option(
        MODELS,
        "--models",
        "comma-separated model names served, * for any, each NAME=PROFILE to play an upstream's habits"
        f" ({', '.join(PROFILES)}; default: the spec's catalogue)",
    ),
    Option(RATE_LIMIT, "--rate-limit", f"requests per minute per key (default {DEFAULT_RATE_LIMIT})"),
    Option(
        RATE_BURST, "--rate-burst", f"requests a key may send at once (default min({_DEFAULT_BURST}, the rate limit))"
    ),
    Option(FAULT, "--fault", "a fault for every request, in the X-Mock-Fault grammar"),
    Option(LOG, "--log", "1 to log one line per request (the default), 0 not to"),
    Option(
        MAX_REPLY_CHARS,
        "--max-reply-chars",
        f"characters one reply may hold, all choices counted; a request for more is a 400"
        f" (default {DEFAULT_MAX_REPLY_CHARS})",
    ),
)


def names(text: str) -> tuple[str, ...]:
    """A comma-separated list, blanks and empty items dropped (`"a, b,"` is `("a", "b")`)."""
    return tuple(name.strip() for name in text.split(",") if name.strip())


@dataclass(frozen=True)
class Address:
    """Where the server listens."""

    host: str
    port: int

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Address:
        env = os.environ if environ is None else environ
        return cls(env.get(HOST, "").strip() or DEFAULT_HOST, _integer(env, PORT, DEFAULT_PORT))


@dataclass(frozen=True)
class MockSettings:
    """`rate_limit_burst` defaults to min(100, rate_limit_per_minute), so a small limit is felt at once.
    `models` are the model names served, None for the spec's catalogue; `*` among them accepts any name. A name
    written `NAME=PROFILE` serves NAME with that upstream profile (profiles.py), which then stands in
    `profiles`; `*=PROFILE` is every model's."""

    api_keys: tuple[str, ...] = (DEFAULT_API_KEY,)
    models: tuple[str, ...] | None = None
    rate_limit_per_minute: int = DEFAULT_RATE_LIMIT
    rate_limit_burst: int | None = None
    fault: str = ""
    log: bool = True
    max_reply_chars: int = DEFAULT_MAX_REPLY_CHARS
    profiles: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        # A lone string would be taken character by character: a key `s`, a model `g`.
        if isinstance(self.api_keys, str) or isinstance(self.models, str):
            raise ValueError("api_keys and models are tuples of names, not one string: ('sk-a',), not 'sk-a'")
        self._split_profiles()
        if not self.api_keys or not all(self.api_keys):
            raise ValueError("api_keys must name at least one non-empty key")
        if self.rate_limit_per_minute < 1 or (self.rate_limit_burst is not None and self.rate_limit_burst < 1):
            raise ValueError("the rate limit and its burst must be >= 1")
        if self.max_reply_chars < 1:
            raise ValueError("the reply limit (max_reply_chars) must be >= 1")
        if self.models is not None and not (self.models and all(self.models)):
            raise ValueError("models must name at least one model (or * for any), or be None for the spec's")
        try:
            parse_fault(self.fault)
        except FaultSyntaxError as error:
            raise ValueError(f"bad server-wide fault {self.fault!r}: {error}") from None

    def _split_profiles(self) -> None:
        """`NAME=PROFILE` entries of `models` become NAME there and (NAME, PROFILE) in `profiles`."""
        pairs = [(name.partition("=")[0].strip(), name.partition("=")[2].strip()) for name in self.models or ()]
        profiles = dict(self.profiles) | {name: profile for name, profile in pairs if profile}
        for profile in profiles.values():
            profile_named(profile)
        if self.models is None:
            if profiles:
                raise ValueError("profiles go with the models they are for: models=('glm-5=glm',), not profiles=")
            return
        # Normalised once, here: every other reader of the settings sees bare names.
        object.__setattr__(self, "models", tuple(name for name, _ in pairs))
        object.__setattr__(self, "profiles", tuple(profiles.items()))

    def profile_of(self, model: str, default: str = DEFAULT_PROFILE) -> str:
        """The upstream profile `model` is served with: its own, else that of `*`, else `default`."""
        profiles = dict(self.profiles)
        return profiles.get(model) or profiles.get(ANY_MODEL) or default

    @property
    def burst(self) -> int:
        return self.rate_limit_burst or min(_DEFAULT_BURST, self.rate_limit_per_minute)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> MockSettings:
        """Settings from MOCK_API_KEYS and MOCK_MODELS (comma-separated), MOCK_RATE_LIMIT, MOCK_RATE_BURST,
        MOCK_FAULT, MOCK_LOG, MOCK_MAX_REPLY_CHARS. An unset or blank MOCK_MODELS is the spec's catalogue."""
        env = os.environ if environ is None else environ
        return cls(
            api_keys=names(env.get(API_KEYS, DEFAULT_API_KEY)),
            models=names(env.get(MODELS, "")) or None,
            rate_limit_per_minute=_integer(env, RATE_LIMIT, DEFAULT_RATE_LIMIT),
            rate_limit_burst=_integer(env, RATE_BURST, 0) or None,
            fault=env.get(FAULT, ""),
            log=env.get(LOG, "1").strip().lower() not in ("0", "false", "no", "off"),
            max_reply_chars=_integer(env, MAX_REPLY_CHARS, DEFAULT_MAX_REPLY_CHARS),
        )

    def to_env(self) -> dict[str, str]:
        """The environment variables from which from_env() gives these settings back."""
        return {
            API_KEYS: ",".join(self.api_keys),
            MODELS: ",".join(self._with_profiles()),
            RATE_LIMIT: str(self.rate_limit_per_minute),
            RATE_BURST: str(self.rate_limit_burst or ""),
            FAULT: self.fault,
            LOG: "1" if self.log else "0",
            MAX_REPLY_CHARS: str(self.max_reply_chars),
        }

    def _with_profiles(self) -> tuple[str, ...]:
        profiles = dict(self.profiles)
        return tuple(f"{name}={profiles[name]}" if name in profiles else name for name in self.models or ())

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
