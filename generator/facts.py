"""The spec's protocol facts, read from its ``x-mixroute-*`` extensions and handed to the templates as ``facts``.

What an error code means (the exception it raises, whether a retry can cure it), which statuses are retried
and where the request id travels are facts about the API, not about the client, so the spec holds them once:

- ``x-mixroute-error-meanings``: meaning -> ``exception`` (a class of the runtime), ``retryable`` and the
  ``phrases`` of the messages that carry it when a proxy replaced the code with the status;
- ``x-mixroute-error-codes``: body ``code`` -> its ``meaning``, and how the gateway named by ``origin`` answers
  it (``status``, ``type``, ``message``) for the mock and the docs;
- ``x-mixroute-retryable-statuses``: statuses (``"429"``) and classes (``"5XX"``), in OpenAPI's notation;
- ``x-mixroute-request-id``: the ``headers`` (name and origin), the ``message-pattern`` whose one group is the
  id, and the ``last-resort-headers`` read after it.

A spec without them gets none: no code with a meaning, no status retried unless the server says so, no request
id. The generated ``_spec_facts`` hands them to the runtime; the mock reads the same extensions from the spec.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ERROR_CODES",
    "ERROR_MEANINGS",
    "EXTENSIONS",
    "REQUEST_ID",
    "RETRYABLE_STATUSES",
    "ErrorCode",
    "ErrorMeaning",
    "FactError",
    "ProtocolFacts",
    "RequestIdHeader",
    "protocol_facts",
]

ERROR_MEANINGS = "x-mixroute-error-meanings"
ERROR_CODES = "x-mixroute-error-codes"
RETRYABLE_STATUSES = "x-mixroute-retryable-statuses"
REQUEST_ID = "x-mixroute-request-id"
EXTENSIONS = (ERROR_MEANINGS, ERROR_CODES, RETRYABLE_STATUSES, REQUEST_ID)
_STATUS = re.compile(r"[1-5]\d\d")
_STATUS_CLASS = re.compile(r"([1-5])XX")


class FactError(ValueError):
    """An ``x-mixroute-*`` extension the generator cannot read; the message names it."""


@dataclass(frozen=True)
class ErrorMeaning:
    name: str
    exception: str
    retryable: bool
    phrases: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class ErrorCode:
    code: str
    meaning: str
    status: int
    origin: str
    type: str
    message: str
    source: str


@dataclass(frozen=True)
class RequestIdHeader:
    name: str
    origin: str


@dataclass(frozen=True)
class ProtocolFacts:
    meanings: tuple[ErrorMeaning, ...] = ()
    codes: tuple[ErrorCode, ...] = ()
    retryable_statuses: tuple[int, ...] = ()
    retryable_status_classes: tuple[int, ...] = ()
    request_id_headers: tuple[RequestIdHeader, ...] = ()
    request_id_pattern: str = r"(?!)"
    last_resort_request_id_headers: tuple[str, ...] = ()

    @property
    def request_id_header_names(self) -> tuple[str, ...]:
        return tuple(header.name for header in self.request_id_headers)

    def meaning_of(self, code: ErrorCode) -> ErrorMeaning:
        return next(meaning for meaning in self.meanings if meaning.name == code.meaning)

    def meaning_exceptions(self) -> str:
        """The exceptions error codes raise, for prose: ``NotFoundError or InsufficientQuotaError``."""
        return _words(sorted({meaning.exception for meaning in self.meanings}), "or")

    def retried_statuses(self, lead: str = "") -> str:
        """The retried statuses, for prose: ``408, 409, 429 and 5xx`` after ``lead``; empty for none."""
        names = [*map(str, self.retryable_statuses), *(f"{digit}xx" for digit in self.retryable_status_classes)]
        return lead + _words(names, "and") if names else ""


def _words(items: Sequence[str], conjunction: str) -> str:
    return f" {conjunction} ".join(filter(None, (", ".join(items[:-1]), items[-1]))) if items else ""


def protocol_facts(document: Mapping[str, Any]) -> ProtocolFacts:
    """The facts of the spec ``document``; ``FactError`` when an extension is malformed."""
    meanings = tuple(_meaning(name, entry) for name, entry in _mapping(document, ERROR_MEANINGS).items())
    codes = tuple(_code(code, entry) for code, entry in _mapping(document, ERROR_CODES).items())
    known = {meaning.name for meaning in meanings}
    for code in codes:
        if code.meaning not in known:
            raise FactError(f"{ERROR_CODES}.{code.code}: meaning {code.meaning!r} is not in {ERROR_MEANINGS}")
    statuses, classes = _retryable(document.get(RETRYABLE_STATUSES, []))
    return ProtocolFacts(meanings, codes, statuses, classes, *_request_id(_mapping(document, REQUEST_ID)))


def _request_id(fields: Mapping[str, Any]) -> tuple[tuple[RequestIdHeader, ...], str, tuple[str, ...]]:
    entries = _list(fields.get("headers", []), f"{REQUEST_ID}.headers")
    headers = tuple(RequestIdHeader(_text(h, "name", REQUEST_ID), _text(h, "origin", REQUEST_ID)) for h in entries)
    pattern = str(fields.get("message-pattern", ProtocolFacts.request_id_pattern))
    try:
        groups = re.compile(pattern).groups
    except re.error as exc:
        raise FactError(f"{REQUEST_ID}.message-pattern: {exc}") from None
    if groups != (1 if "message-pattern" in fields else 0):
        raise FactError(f"{REQUEST_ID}.message-pattern must have exactly one group, the id")
    last_resort = tuple(str(name) for name in _list(fields.get("last-resort-headers", []), REQUEST_ID))
    return headers, pattern, last_resort


def _meaning(name: str, entry: object) -> ErrorMeaning:
    where = f"{ERROR_MEANINGS}.{name}"
    fields = _as_mapping(entry, where)
    retryable = fields.get("retryable")
    if not isinstance(retryable, bool):
        raise FactError(f"{where}.retryable must be true or false")
    phrases = tuple(str(phrase) for phrase in _list(fields.get("phrases", []), f"{where}.phrases"))
    return ErrorMeaning(name, _text(fields, "exception", where), retryable, phrases, str(fields.get("description", "")))


def _code(code: str, entry: object) -> ErrorCode:
    where = f"{ERROR_CODES}.{code}"
    fields = _as_mapping(entry, where)
    status = fields.get("status")
    if not isinstance(status, int) or isinstance(status, bool) or not _STATUS.fullmatch(str(status)):
        raise FactError(f"{where}.status must be an HTTP status such as 503")
    text = {name: _text(fields, name, where) for name in ("meaning", "origin", "type", "message")}
    return ErrorCode(code, status=status, source=str(fields.get("source", "")), **text)


def _retryable(entries: object) -> tuple[tuple[int, ...], tuple[int, ...]]:
    statuses: list[int] = []
    classes: list[int] = []
    for entry in _list(entries, RETRYABLE_STATUSES):
        text = str(entry)
        if _STATUS.fullmatch(text):
            statuses.append(int(text))
        elif match := _STATUS_CLASS.fullmatch(text):
            classes.append(int(match.group(1)))
        else:
            raise FactError(f"{RETRYABLE_STATUSES}: {text!r} is neither a status ('429') nor a class ('5XX')")
    return tuple(sorted(statuses)), tuple(sorted(classes))


def _mapping(document: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    return _as_mapping(document.get(name, {}), name)


def _as_mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise FactError(f"{where} must be a mapping")
    return value


def _list(value: object, where: str) -> Sequence[Any]:
    if not isinstance(value, list):
        raise FactError(f"{where} must be a list")
    return value


def _text(fields: object, name: str, where: str) -> str:
    value = fields.get(name) if isinstance(fields, Mapping) else None
    if not isinstance(value, str) or not value:
        raise FactError(f"{where}: {name} must be a non-empty string")
    return value
