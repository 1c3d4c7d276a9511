"""What the runtime knows of the spec, handed to it by the generated package rather than imported from it.

The generated ``_spec_facts`` module builds a ``SpecFacts`` from ``openapi/mixroute.yaml`` (its protocol facts
are the spec's ``x-mixroute-*`` extensions) and calls ``register`` with it; the package imports that module
before any other, so every runtime module may read ``spec_facts()`` when it is imported. The runtime thus
imports nothing generated, and a spec change reaches it as data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

__all__ = ["ErrorMeaning", "SpecFacts", "register", "spec_facts"]


@dataclass(frozen=True)
class ErrorMeaning:
    """What an error means beyond its status (``x-mixroute-error-meanings``): the exception it raises, whether a
    retry can cure it, and the phrases of the messages that carry it when a proxy replaced the code."""

    name: str
    exception: str
    retryable: bool
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class SpecFacts:
    """The spec's facts the runtime reads: where the API is, its operations, and its protocol facts."""

    default_base_url: str
    path_prefix: str
    # (METHOD, path template, gen_ai.operation.name) of every operation.
    genai_operations: tuple[tuple[str, str, str], ...]
    # Body ``code`` -> the name of its meaning, whatever status carries it.
    error_codes: Mapping[str, str]
    # In the order a message is searched for their phrases.
    error_meanings: tuple[ErrorMeaning, ...]
    # Retried besides every status whose hundreds digit is in ``retryable_status_classes``.
    retryable_statuses: frozenset[int]
    retryable_status_classes: frozenset[int]
    # Where the request id travels, most specific first; the message pattern is tried after them, the
    # last-resort headers after it.
    request_id_headers: tuple[str, ...]
    request_id_pattern: str
    last_resort_request_id_headers: tuple[str, ...]
    # The request params (the generated ``params`` module's TypedDicts) by the name of the model each one is the
    # dict form of: what ``_params`` checks a dict against. Handed over as a loader, which the first dict converted
    # calls, so that the package imports the params only then.
    params_by_model: Callable[[], Mapping[str, object]]
    # The package's version, which telemetry names its tracer and meter with.
    version: str = ""

    @cached_property
    def meanings(self) -> Mapping[str, ErrorMeaning]:
        """The meanings by name."""
        return {meaning.name: meaning for meaning in self.error_meanings}

    @cached_property
    def message_meanings(self) -> tuple[tuple[str, str], ...]:
        """(lower-cased phrase, meaning) to look for in a message: the codes themselves, then each meaning's
        phrases."""
        phrases = [(phrase.lower(), meaning.name) for meaning in self.error_meanings for phrase in meaning.phrases]
        return (*self.error_codes.items(), *phrases)

    @cached_property
    def request_id_in_message(self) -> re.Pattern[str]:
        return re.compile(self.request_id_pattern)


_REGISTERED: dict[str, SpecFacts] = {}


def register(facts: SpecFacts) -> None:
    """Hand the runtime its spec's facts; the generated package does it once, on import."""
    _REGISTERED["facts"] = facts


def spec_facts() -> SpecFacts:
    """The facts the package registered."""
    try:
        return _REGISTERED["facts"]
    except KeyError:
        raise RuntimeError(
            "The runtime was used before its package registered the spec's facts: the package's __init__ must"
            " import its _spec_facts module first."
        ) from None
