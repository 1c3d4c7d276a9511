"""Changes to the spec's protocol facts (its ``x-mixroute-*`` extensions, see ``generator/facts.py``).

They travel on no wire of their own, yet they decide what a client does with an answer: which exception an error
code raises, whether a status is retried. So a change to any of them is reported, and one that changes that
behaviour is breaking (``except`` clauses and retry budgets were written against it); what only the mock serves
or the docs say (a code's status, type, message, source; a description) is compatible, and so is a change of
where the request id is read, which changes only the id an error carries.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.changes.kinds import Change, Severity
from generator.facts import ERROR_CODES, ERROR_MEANINGS, REQUEST_ID, RETRYABLE_STATUSES

__all__ = ["compare"]

# The fields of an error code or meaning the client acts on.
_BEHAVIOUR = frozenset({"meaning", "exception", "retryable", "phrases"})


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change to the facts from the ``old`` document to the ``new`` one."""
    changes = [*_entries(old, new, ERROR_MEANINGS), *_entries(old, new, ERROR_CODES)]
    changes += _statuses(old.get(RETRYABLE_STATUSES, []), new.get(RETRYABLE_STATUSES, []))
    if old.get(REQUEST_ID) != new.get(REQUEST_ID):
        changes.append(Change(Severity.COMPATIBLE, REQUEST_ID, "where the request id is read changed"))
    return changes


def _statuses(before: list[str], after: list[str]) -> list[Change]:
    dropped = [
        Change(Severity.BREAKING, RETRYABLE_STATUSES, f"{s} no longer retried") for s in before if s not in after
    ]
    return dropped + [
        Change(Severity.BREAKING, RETRYABLE_STATUSES, f"{s} now retried") for s in after if s not in before
    ]


def _entries(old: Mapping[str, Any], new: Mapping[str, Any], extension: str) -> list[Change]:
    before: Mapping[str, Any] = old.get(extension, {})
    after: Mapping[str, Any] = new.get(extension, {})
    changes = []
    for name in sorted(before.keys() | after.keys()):
        where = f"{extension}.{name}"
        if name not in after:
            changes.append(Change(Severity.BREAKING, where, "removed"))
        elif name not in before:
            changes.append(Change(Severity.BREAKING, where, "added"))
        else:
            changes += [_field(where, key, before[name], after[name]) for key in _changed(before[name], after[name])]
    return changes


def _changed(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    return sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))


def _field(where: str, key: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> Change:
    severity = Severity.BREAKING if key in _BEHAVIOUR else Severity.COMPATIBLE
    return Change(severity, where, f"{key}: {before.get(key)!r} -> {after.get(key)!r}")
