"""Upstream profiles: the mock answers a model with the habits a real upstream has on the wire.

A profile is a row of the table below: a name (`glm`, `gemini`, ...) and the habits it plays, each a small
transformation of the reply as it is produced (the plain body, or the stream's chunks one at a time, so a
stream still holds one chunk at once). Every habit is taken from a case of the client's wire corpus
(tests/client/wire_corpus/, each case naming its public source), and says what a strict reading against the
spec finds in it (`shows`): `mixroute-conformance` must report exactly that for the profile, and nothing for
`openai`, the spec-true default.

A model gets its profile from the settings: `--models glm-5=glm,gpt-4o` (MOCK_MODELS), or
`models=("glm-5=glm",)` in the pytest marker; `*=glm` gives every model the profile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mixroute_mock.replies import Reply

Chunks = Iterator[dict[str, Any]]
StreamChange = Callable[[Chunks, "Reply"], Chunks]
BodyChange = Callable[[dict[str, Any]], None]

# What a strict reading finds, as `mixroute-conformance` names it: a break of the spec's schemas
# (`deviation`), a field the spec does not declare (`undeclared`), or one it declares for upstreams other than
# OpenAI (`extension`); with the JSON path where it is found.
DEVIATION = "deviation"
UNDECLARED = "undeclared"
EXTENSION = "extension"
DEFAULT_PROFILE = "openai"


def _unchanged_stream(chunks: Chunks, reply: Reply) -> Chunks:
    return chunks


def _unchanged_body(body: dict[str, Any]) -> None:
    return None


@dataclass(frozen=True)
class Habit:
    """One way an upstream bends the OpenAI shape: `stream` rewrites the chunks as they go out, `completion`
    changes a plain reply's body in place; `source` is the wire-corpus case it is taken from."""

    name: str
    source: str
    description: str
    shows: tuple[tuple[str, str], ...]
    stream: StreamChange = _unchanged_stream
    completion: BodyChange = _unchanged_body


def _each_chunk(change: Callable[[dict[str, Any]], None]) -> StreamChange:
    def changed(chunks: Chunks, reply: Reply) -> Chunks:
        for chunk in chunks:
            change(chunk)
            yield chunk

    return changed


def _each_delta(change: Callable[[dict[str, Any]], None]) -> StreamChange:
    def each(chunk: dict[str, Any]) -> None:
        for choice in chunk.get("choices") or ():
            change(choice["delta"])

    return _each_chunk(each)


def _each_tool_call_delta(change: Callable[[dict[str, Any]], None]) -> StreamChange:
    def each(delta: dict[str, Any]) -> None:
        for call in delta.get("tool_calls") or ():
            change(call)

    return _each_delta(each)


def _empty_role(delta: dict[str, Any]) -> None:
    delta["role"] = ""


def _no_index(call: dict[str, Any]) -> None:
    call.pop("index", None)


def _no_id(body: dict[str, Any]) -> None:
    body.pop("id", None)


def _null_continuation(call: dict[str, Any]) -> None:
    if "id" not in call:
        call.update(id=None, type=None)
        call["function"]["name"] = None


def _null_fields(delta: dict[str, Any]) -> None:
    for name in ("content", "refusal", "tool_calls", "function_call"):
        delta.setdefault(name, None)
    delta["role"] = None


_SAFE = {"filtered": False, "severity": "safe"}
_FILTER_RESULTS = {"hate": _SAFE, "self_harm": _SAFE, "sexual": _SAFE, "violence": _SAFE}
_PROMPT_FILTER_RESULTS = [{"prompt_index": 0, "content_filter_results": _FILTER_RESULTS}]


def _azure_stream(chunks: Chunks, reply: Reply) -> Chunks:
    empty = {"choices": [], "created": 0, "id": "", "model": "", "object": ""}
    yield {**empty, "prompt_filter_results": _PROMPT_FILTER_RESULTS}
    for chunk in chunks:
        for choice in chunk["choices"]:
            choice["content_filter_results"] = _FILTER_RESULTS
        yield chunk


def _azure_completion(body: dict[str, Any]) -> None:
    body["prompt_filter_results"] = _PROMPT_FILTER_RESULTS
    for choice in body["choices"]:
        choice["content_filter_results"] = _FILTER_RESULTS


def _without_usage_chunk(chunks: Chunks) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Each chunk but the include_usage one (`choices: []`), with the frame (id, model, ...) of the stream."""
    for chunk in chunks:
        chunk.pop("usage", None)
        if chunk["choices"]:
            yield chunk, {key: value for key, value in chunk.items() if key != "choices"}


def _minimax_stream(chunks: Chunks, reply: Reply) -> Chunks:
    closing: dict[str, Any] = {}
    for chunk, frame in _without_usage_chunk(chunks):
        closing = frame
        yield chunk
    base_resp = {"status_code": 0, "status_msg": ""}
    yield {**closing, "choices": None, "usage": reply.usage(), "base_resp": base_resp}


def _moonshot_stream(chunks: Chunks, reply: Reply) -> Chunks:
    last = len(reply.choices) - 1
    for chunk, _ in _without_usage_chunk(chunks):
        choice = chunk["choices"][0]
        if choice["finish_reason"] is not None and choice["index"] == last:
            choice["usage"] = reply.usage()
        yield chunk


_REASONING = ("Let", " me", " think", " it", " through.")


def _deepseek_stream(chunks: Chunks, reply: Reply) -> Chunks:
    for chunk in chunks:
        delta = chunk["choices"][0]["delta"] if chunk["choices"] else {}
        if delta.get("role") == "assistant":
            delta.update(content=None, reasoning_content="")
            yield chunk
            for piece in _REASONING:
                choice = {**chunk["choices"][0], "delta": {"content": None, "reasoning_content": piece}}
                yield {**chunk, "choices": [choice]}
            continue
        if "content" in delta:
            delta["reasoning_content"] = None
        _with_cache_counts(chunk.get("usage"))
        yield chunk


def _deepseek_completion(body: dict[str, Any]) -> None:
    for choice in body["choices"]:
        choice["message"]["reasoning_content"] = "".join(_REASONING)
    _with_cache_counts(body.get("usage"))


def _with_cache_counts(usage: dict[str, Any] | None) -> None:
    if usage:
        usage.update(prompt_cache_hit_tokens=0, prompt_cache_miss_tokens=usage["prompt_tokens"])


def _no_choice_index(chunk: dict[str, Any]) -> None:
    for choice in chunk["choices"]:
        del choice["index"]
        if choice["finish_reason"] is None:
            del choice["finish_reason"]


EMPTY_ROLE = Habit(
    "empty-role",
    "glm5_stream_empty_role.json",
    'Every stream delta carries `"role": ""` instead of `"assistant"`.',
    ((DEVIATION, "$.choices[0].delta.role"),),
    stream=_each_delta(_empty_role),
)
INDEXLESS_TOOL_DELTAS = Habit(
    "index-less-tool-deltas",
    "gemini_stream_parallel_tool_calls_no_index_separate_chunks.json",
    "Streamed tool-call deltas have no `index`; only a new `id` starts a new call.",
    ((DEVIATION, "$.choices[0].delta.tool_calls[0].index"),),
    stream=_each_tool_call_delta(_no_index),
)
NO_ID = Habit(
    "no-id",
    "gemini_completion_no_id.json, gemini3_stream_tool_call_thought_signature_no_id.json",
    "No top-level `id`, in a reply or a chunk.",
    ((DEVIATION, "$.id"),),
    stream=_each_chunk(_no_id),
    completion=_no_id,
)
NULL_TOOL_CALL_CONTINUATIONS = Habit(
    "null-tool-call-continuations",
    "vllm_stream_tool_call_null_id_type_final.json",
    "Tool-call argument deltas repeat `id`, `type` and `function.name` as `null`.",
    (
        (DEVIATION, "$.choices[0].delta.tool_calls[0].id"),
        (DEVIATION, "$.choices[0].delta.tool_calls[0].type"),
        (DEVIATION, "$.choices[0].delta.tool_calls[0].function.name"),
    ),
    stream=_each_tool_call_delta(_null_continuation),
)
EMPTY_FIRST_CHUNK = Habit(
    "empty-first-chunk",
    "azure_stream_prompt_filter_first_chunk.json, azure_completion_filter_results.json",
    'A first chunk with `id`, `object` and `model` `""`, `created` 0, no choices and `prompt_filter_results`;'
    " `content_filter_results` on every choice.",
    (
        (DEVIATION, "$.object"),
        (UNDECLARED, "$.prompt_filter_results"),
        (UNDECLARED, "$.choices[0].content_filter_results"),
    ),
    stream=_azure_stream,
    completion=_azure_completion,
)
CHOICES_NULL = Habit(
    "choices-null",
    "minimax_stream_choices_null.json",
    "The usage arrives in a last chunk whose `choices` is `null`, with a `base_resp` status.",
    ((DEVIATION, "$.choices"), (UNDECLARED, "$.base_resp")),
    stream=_minimax_stream,
)
REASONING_CONTENT = Habit(
    "reasoning-content",
    "deepseek_reasoner_stream_content_null_alternation.json, deepseek_reasoner_completion_cache_usage.json",
    "Reasoning in `reasoning_content` before the answer (`content: null` beside it), and DeepSeek's cache"
    " counters in `usage`.",
    (
        (EXTENSION, "$.choices[0].delta.reasoning_content"),
        (EXTENSION, "$.choices[0].message.reasoning_content"),
        (EXTENSION, "$.usage.prompt_cache_hit_tokens"),
        (EXTENSION, "$.usage.prompt_cache_miss_tokens"),
    ),
    stream=_deepseek_stream,
    completion=_deepseek_completion,
)
NULL_DELTA_FIELDS = Habit(
    "null-delta-fields",
    "llamacpp_stream_role_null_tool_calls_null.json",
    'Every delta sends `"role": null` and `content`, `refusal`, `tool_calls`, `function_call` as `null` when'
    " it has none.",
    ((DEVIATION, "$.choices[0].delta.role"), (UNDECLARED, "$.choices[0].delta.function_call")),
    stream=_each_delta(_null_fields),
)
NO_CHOICE_INDEX = Habit(
    "no-choice-index",
    "cloudflare_stream_choice_without_index.json",
    "Stream choices have no `index` (and no `finish_reason` until the last).",
    ((DEVIATION, "$.choices[0].index"),),
    stream=_each_chunk(_no_choice_index),
)
USAGE_IN_CHOICE = Habit(
    "usage-in-choice",
    "moonshot_stream_usage_inside_choice.json",
    "The usage arrives inside the finishing choice, never at the top level.",
    ((UNDECLARED, "$.choices[0].usage"),),
    stream=_moonshot_stream,
)


@dataclass(frozen=True)
class Profile:
    name: str
    upstream: str
    habits: tuple[Habit, ...] = field(default=())

    def stream(self, chunks: Chunks, reply: Reply) -> Chunks:
        """The chunks with every habit applied, in order."""
        for habit in self.habits:
            chunks = habit.stream(chunks, reply)
        return chunks

    def completion(self, body: dict[str, Any]) -> dict[str, Any]:
        for habit in self.habits:
            habit.completion(body)
        return body

    @property
    def shows(self) -> frozenset[tuple[str, str]]:
        """What a strict reading finds in this profile's replies: every habit's findings."""
        return frozenset(finding for habit in self.habits for finding in habit.shows)


PROFILES = {
    profile.name: profile
    for profile in (
        Profile(DEFAULT_PROFILE, "OpenAI, as the spec describes it"),
        Profile("glm", "GLM-5 (Zhipu)", (EMPTY_ROLE,)),
        Profile("gemini", "Gemini's OpenAI-compatible endpoint", (INDEXLESS_TOOL_DELTAS, NO_ID)),
        Profile("vllm", "vLLM's OpenAI server", (NULL_TOOL_CALL_CONTINUATIONS,)),
        Profile("azure", "Azure OpenAI", (EMPTY_FIRST_CHUNK,)),
        Profile("minimax", "MiniMax-M2", (CHOICES_NULL,)),
        Profile("deepseek", "DeepSeek (deepseek-reasoner)", (REASONING_CONTENT,)),
        Profile("llamacpp", "llama.cpp behind Lemonade Server", (NULL_DELTA_FIELDS,)),
        Profile("cloudflare", "Cloudflare Workers AI", (NO_CHOICE_INDEX,)),
        Profile("moonshot", "Moonshot / Kimi", (USAGE_IN_CHOICE,)),
    )
}


def profile_named(name: str) -> Profile:
    """The profile of that name; ValueError naming the known ones for another."""
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(PROFILES)
        raise ValueError(f"unknown upstream profile {name!r}; the profiles are {known}") from None
