"""One request to the server under test: sent raw, every reply and chunk read strictly (checks.py), then the
very bytes it answered replayed to the tolerant client (mixroute_client, the mock's own dependency), to say
whether that client reads the answer correctly despite what the strict reading found."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx2
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from mixroute_client import AuthenticatedClient
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, CreateChatCompletionRequest
from mixroute_mock.conformance.cases import Case
from mixroute_mock.conformance.checks import Checker, Finding, shown
from mixroute_mock.conformance.redaction import hidden, hidden_bytes
from mixroute_mock.profiles import DEVIATION

CHUNK_SCHEMA = "ChatCompletionChunk"
COMPLETION_SCHEMA = "ChatCompletion"
ERROR_SCHEMA = "ErrorResponse"
DONE = "[DONE]"
EVENT_STREAM = "text/event-stream"
MISSING_DONE = "(no [DONE])"
# Far past what the token budget lets a reply hold; a body past it is not read further.
MAX_BODY_BYTES = 8 * 1024 * 1024
# The replay answers from memory: the tolerant client never sees the real key.
_REPLAY_URL = "http://replay.invalid"
_REPLAY_KEY = "sk-conformance-replay"


@dataclass
class Exchange:
    """What one case showed: the findings of the strict reading; `failure` when no answer could be read at all
    (a status, a transport error); `misread` when the tolerant client does not read the answer correctly."""

    case: Case
    findings: list[Finding] = field(default_factory=list)
    failure: str | None = None
    misread: str | None = None


def sse_data(text: str) -> Iterator[str]:
    """The data of each event of an event stream (the WHATWG rules: CR/LF/CRLF lines, comments, optional
    space after `data:`, multi-line data joined with LF); the client's own decoder is private to it."""
    data: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line:
            if data:
                yield "\n".join(data)
            data = []
        elif not line.startswith(":"):
            name, _, value = line.partition(":")
            if name == "data":
                data.append(value.removeprefix(" "))


def _read_body(response: httpx2.Response) -> bytes:
    body = bytearray()
    for piece in response.iter_bytes():
        body.extend(piece)
        if len(body) > MAX_BODY_BYTES:
            raise ValueError(f"the reply is longer than {MAX_BODY_BYTES} bytes")
    return bytes(body)


def stream_findings(checker: Checker, text: str) -> list[Finding]:
    """The findings of every event, each (kind, path) once: the first chunk that shows it gives the value."""
    found: dict[tuple[str, str], Finding] = {}
    done = False
    for data in sse_data(text):
        if data == DONE:
            done = True
            continue
        try:
            payload = json.loads(data)
        except ValueError:
            findings = [Finding(DEVIATION, "$", shown(data), "an event whose data is neither JSON nor [DONE]")]
        else:
            findings = checker.findings(CHUNK_SCHEMA, payload)
        for finding in findings:
            found.setdefault((finding.kind, finding.path), finding)
    if not done:
        found.setdefault(("", ""), Finding(DEVIATION, "(stream)", MISSING_DONE, "no data: [DONE] ended the stream"))
    return list(found.values())


def _body_findings(checker: Checker, body: bytes, schema: str) -> list[Finding]:
    try:
        payload = json.loads(body)
    except ValueError:
        return [Finding(DEVIATION, "$", shown(body[:200].decode("utf-8", "replace")), "the body is not JSON")]
    return checker.findings(schema, payload)


def exchange(http: httpx2.Client, checker: Checker, case: Case, timeout: float, key: str = "") -> Exchange:
    """Send `case`, read its answer strictly, and replay it to the tolerant client; `key` is struck from the
    answer before anything reads it."""
    done = Exchange(case)
    try:
        with http.stream("POST", "/v1/chat/completions", json=case.body, timeout=timeout) as response:
            body = hidden_bytes(_read_body(response), key)
    except (httpx2.HTTPError, ValueError) as error:
        done.failure = hidden(f"{type(error).__name__}: {error}", key)
        return done
    if response.status_code >= 300:
        done.findings = _body_findings(checker, body, ERROR_SCHEMA)
        done.failure = f"status {response.status_code}: {shown(body[:300].decode('utf-8', 'replace'))}"
        return done
    content_type = response.headers.get("content-type", "")
    if case.stream:
        done.findings = stream_findings(checker, body.decode("utf-8", "replace"))
        if not content_type.startswith(EVENT_STREAM):
            why = f"a stream was asked for, the answer is {content_type or 'untyped'}"
            done.findings.insert(0, Finding(DEVIATION, "(stream)", shown(content_type), why))
    else:
        done.findings = _body_findings(checker, body, COMPLETION_SCHEMA)
    done.misread = misread(case, content_type, body)
    return done


def _replaying(content_type: str, body: bytes) -> AuthenticatedClient:
    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": content_type}, content=body)

    transport = httpx2.MockTransport(answer)
    client = AuthenticatedClient(base_url=_REPLAY_URL, token=_REPLAY_KEY, max_retries=0)
    return client.set_httpx_client(httpx2.Client(transport=transport, base_url=_REPLAY_URL))


def misread(case: Case, content_type: str, body: bytes) -> str | None:
    """Why the tolerant client does not read the answer correctly, or None when it does: it must give a
    completion whose every choice finished, with content or tool calls of the request's tools whose arguments
    are JSON, content valid against the requested JSON Schema, and the usage a stream was asked for."""
    request = CreateChatCompletionRequest.from_dict(case.body)
    with _replaying(content_type, body) as client:
        try:
            if case.stream:
                with create_chat_completion.stream(client=client, body=request) as stream:
                    completion = stream.get_final_completion()
            else:
                completion = create_chat_completion.sync(client=client, body=request)
        except Exception as error:  # whatever the client raises is what it makes of the answer
            return f"{type(error).__name__}: {error}"
    return _unusable(case.body, completion)


def _unusable(request: dict[str, Any], completion: ChatCompletion) -> str | None:
    if not completion.choices:
        return "no choices"
    if request.get("stream") and (completion.usage is None or not isinstance(completion.usage.total_tokens, int)):
        return "no usage, although the stream asked for it"
    tools = {tool["function"]["name"] for tool in request.get("tools") or () if "function" in tool}
    for choice in completion.choices:
        why = _unusable_choice(request, tools, choice.to_dict())
        if why is not None:
            return f"choice {choice.index}: {why}"
    return None


def _unusable_choice(request: dict[str, Any], tools: set[str], choice: dict[str, Any]) -> str | None:
    message = choice.get("message") or {}
    calls = message.get("tool_calls") or []
    if choice.get("finish_reason") is None:
        return "no finish_reason"
    if message.get("content") is None and not calls:
        return "neither content nor a tool call"
    for call in calls:
        function = call.get("function") or {}
        if function.get("name") not in tools:
            return f"a call of {shown(function.get('name'))}, not one of the request's tools"
        try:
            json.loads(function.get("arguments") or "")
        except ValueError:
            return f"the arguments of {function.get('name')} are not JSON"
    schema = ((request.get("response_format") or {}).get("json_schema") or {}).get("schema")
    if schema is not None and choice.get("finish_reason") != "length" and not calls:
        return _off_schema(schema, message.get("content") or "")
    return None


def _off_schema(schema: dict[str, Any], content: str) -> str | None:
    try:
        value = json.loads(content)
    except ValueError:
        return "the content is not the JSON the response_format asks for"
    error = next(iter(Draft202012Validator(schema).iter_errors(value)), None)
    return None if error is None else f"the content breaks the response_format's schema: {error.message}"
