"""The fold of stream chunks: the shapes real upstreams send, and memory that does not grow with the chunk count."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mixroute_client._runtime._accumulate import ChatCompletionAccumulator
from mixroute_client.api.chat import create_chat_completion

from .conftest import SleepRecorder, chat_request, make_client, sse_body, sse_response


def fold(chunks: Iterable[dict[str, Any]]) -> ChatCompletionAccumulator:
    accumulator = ChatCompletionAccumulator()
    for chunk in chunks:
        accumulator.add(chunk)
    return accumulator


def choice(delta: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    return {"index": 0, "delta": delta, **fields}


def message(chunks: Iterable[dict[str, Any]], index: int = 0) -> dict[str, Any]:
    found: dict[str, Any] = fold(chunks).result()["choices"][index]["message"]
    return found


def calls(chunks: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = message(chunks)["tool_calls"]
    return found


def test_gemini_index_less_tool_calls_each_whole_several_in_one_chunk() -> None:
    whole = [
        {"id": "a", "type": "function", "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'}},
        {"id": "b", "type": "function", "function": {"name": "get_time", "arguments": "{}"}},
    ]
    assert calls([{"choices": [choice({"role": "assistant", "tool_calls": whole})]}]) == whole


def test_an_index_less_delta_without_id_or_name_continues_the_last_call() -> None:
    chunks = [
        {"choices": [choice({"tool_calls": [{"id": "a", "function": {"name": "f", "arguments": '{"x"'}}]})]},
        {"choices": [choice({"tool_calls": [{"function": {"arguments": ": 1}"}}]})]},
        {"choices": [choice({"tool_calls": [{"id": "b", "function": {"name": "g", "arguments": ""}}]})]},
        {"choices": [choice({"tool_calls": [{"function": {"arguments": "{}"}}]})]},
    ]
    assert [(c["id"], c["function"]["arguments"]) for c in calls(chunks)] == [("a", '{"x": 1}'), ("b", "{}")]


def test_ids_types_and_names_empty_or_null_after_the_first_delta_keep_the_real_value() -> None:
    chunks = [
        {"choices": [choice({"tool_calls": [{"index": 0, "id": "call_1", "type": None, "function": {"name": "f"}}]})]},
        {
            "choices": [
                choice({"tool_calls": [{"index": 0, "id": "", "type": "", "function": {"name": "", "arguments": "{"}}]})
            ]
        },
        {"choices": [choice({"tool_calls": [{"index": 0, "id": None, "type": None, "function": {"arguments": "}"}}]})]},
    ]
    assert calls(chunks) == [{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]


@pytest.mark.parametrize("role", ["", None])
def test_an_empty_or_null_role_is_the_assistant(role: str | None) -> None:
    assert message([{"choices": [choice({"role": role, "content": "hi"})]}])["role"] == "assistant"


def test_a_real_role_is_kept() -> None:
    assert message([{"choices": [choice({"role": "tool_agent", "content": "hi"})]}])["role"] == "tool_agent"


def test_null_choices_missing_or_null_delta_and_missing_index() -> None:
    chunks: list[dict[str, Any]] = [
        {"id": "x", "choices": None},
        {"choices": [{"delta": {"content": "a"}}]},
        {"choices": [{"index": None, "delta": None}]},
        {"choices": [{"finish_reason": "stop"}]},
    ]
    result = fold(chunks).result()
    assert result["choices"] == [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "a"}}
    ]


USAGE = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}


@pytest.mark.parametrize(
    "last",
    [
        pytest.param({"choices": [], "usage": USAGE}, id="include_usage chunk"),
        pytest.param({"choices": [choice({"content": "!"}, finish_reason="stop")], "usage": USAGE}, id="with a choice"),
        pytest.param({"choices": [{"index": 0, "delta": {}}], "usage": USAGE}, id="litellm empty delta"),
        pytest.param({"choices": [choice({}, finish_reason="stop", usage=USAGE)]}, id="moonshot inside the choice"),
        pytest.param({"choices": None, "usage": USAGE}, id="null choices"),
    ],
)
def test_usage_wherever_it_arrives_the_last_non_null_wins(last: dict[str, Any]) -> None:
    early = {"prompt_tokens": 9, "completion_tokens": 9, "total_tokens": 18}
    chunks: list[dict[str, Any]] = [
        {"choices": [choice({"content": "a"})], "usage": early},
        {"choices": [], "usage": None},
        last,
    ]
    result = fold([*chunks, {"choices": [], "usage": None}]).result()
    assert result["usage"] == USAGE
    assert "usage" not in result["choices"][0]


def test_several_choices_interleaved_and_unknown_fields_kept() -> None:
    chunks: list[dict[str, Any]] = [
        {"id": "x", "provider": "p", "choices": [{"index": 1, "delta": {"content": "b", "note": "n1"}}]},
        {"choices": [{"index": 0, "delta": {"content": "a"}, "extra": {"k": 1}}]},
        {"choices": [{"index": 1, "delta": {"content": "B", "note": "n2"}}, {"index": 0, "delta": {"content": "A"}}]},
    ]
    result = fold(chunks).result()
    assert result["provider"] == "p"
    assert [c["message"]["content"] for c in result["choices"]] == ["aA", "bB"]
    assert result["choices"][1]["message"]["note"] == "n1n2"
    assert result["choices"][0]["extra"] == {"k": 1}


def test_a_null_top_level_value_never_hides_a_real_one() -> None:
    chunks: list[dict[str, Any]] = [
        {"id": "", "model": "", "choices": []},
        {"id": "x", "model": "m", "choices": []},
        {"id": None, "choices": []},
    ]
    result = fold(chunks).result()
    assert (result["id"], result["model"], result["object"]) == ("x", "m", "chat.completion")


def test_an_integral_float_index_is_the_integer_and_a_word_is_refused() -> None:
    assert fold([{"choices": [{"index": 1.0, "delta": {"content": "a"}}]}]).result()["choices"][0]["index"] == 1
    with pytest.raises(TypeError, match="integer"):
        fold([{"choices": [{"index": "first", "delta": {}}]}])


def test_logprobs_lists_are_joined_without_changing_the_chunks() -> None:
    first = {"content": [{"token": "a"}]}
    chunks = [
        {"choices": [choice({"content": "a"}, logprobs=first)]},
        {"choices": [choice({"content": "b"}, logprobs={"content": [{"token": "b"}]})]},
    ]
    result = fold(chunks).result()
    assert result["choices"][0]["logprobs"] == {"content": [{"token": "a"}, {"token": "b"}]}
    assert first == {"content": [{"token": "a"}]}


def test_a_non_string_value_replaces_the_text_before_it() -> None:
    parts = [{"type": "text", "text": "x"}]
    assert (
        message([{"choices": [choice({"content": "a"})]}, {"choices": [choice({"content": parts})]}])["content"]
        == parts
    )


def test_text_keeps_every_line_ending_and_character() -> None:
    pieces = ["a\r\n", "b\r", "中", "😀"]
    assert message({"choices": [choice({"content": piece})]} for piece in pieces)["content"] == "".join(pieces)


def test_long_text_and_arguments_come_out_whole_in_order() -> None:
    pieces = [f"<{position}>" for position in range(1000)]
    chunks = [
        {"choices": [choice({"content": piece, "tool_calls": [{"index": 0, "function": {"arguments": piece}}]})]}
        for piece in pieces
    ]
    result = message(chunks)
    assert result["content"] == "".join(pieces)
    assert result["tool_calls"][0]["function"]["arguments"] == "".join(pieces)


def test_complete_only_once_every_choice_seen_has_a_finish_reason() -> None:
    accumulator = ChatCompletionAccumulator()
    assert not accumulator.complete
    accumulator.add({"choices": [{"index": 0, "delta": {"content": "a"}}, {"index": 1, "delta": {"content": "b"}}]})
    accumulator.add({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    assert not accumulator.complete
    accumulator.add({"choices": [{"index": 1, "delta": {}, "finish_reason": "length"}]})
    assert accumulator.complete


ABSENT = object()
TEXTS = st.text(max_size=3)
# Content that is not a string (content parts, as some gateways send): never folded as a piece of text.
PARTS = st.just([{"type": "text", "text": "x"}])


def maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A value for a key, or ``ABSENT`` for no key at all."""
    return st.one_of(st.just(ABSENT), st.none(), values)


def keyed(**fields: Any) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not ABSENT}


CHOICES = st.builds(
    keyed,
    index=maybe(st.sampled_from([0, 1])),
    delta=maybe(
        st.one_of(
            st.builds(lambda text: {"content": text}, TEXTS | PARTS),
            st.dictionaries(st.sampled_from(["role", "content", "refusal"]), st.one_of(st.none(), TEXTS)),
        )
    ),
    finish_reason=maybe(st.sampled_from(["stop", "length"])),
    logprobs=st.sampled_from([ABSENT, None]),
    # A key the fold keeps as it came: a choice with it is never the usual one, whatever its length.
    seed=st.sampled_from([ABSENT, ABSENT, 7]),
)
CHUNKS = st.builds(
    keyed,
    id=maybe(st.sampled_from(["", "a", "b"])),
    created=maybe(st.sampled_from([0, 1])),
    choices=maybe(st.lists(CHOICES, max_size=2)),
)
PAD, CONTENT = "pad", "text"


def general(chunk: dict[str, Any]) -> dict[str, Any]:
    """``chunk`` as no usual chunk is: a null key more at its top and in every choice, and its content under
    another name, which the fold reads as it reads any text."""
    choices = chunk.get("choices")
    if choices:
        chunk = {**chunk, "choices": [general_choice(choice) for choice in choices]}
    return {**chunk, PAD: None}


def general_choice(choice: dict[str, Any]) -> dict[str, Any]:
    delta = choice.get("delta")
    if isinstance(delta, dict) and "content" in delta:
        choice = {**choice, "delta": {CONTENT if key == "content" else key: value for key, value in delta.items()}}
    return {**choice, PAD: None}


def renamed_back(completion: dict[str, Any]) -> dict[str, Any]:
    for folded in completion["choices"]:
        folded.pop(PAD)
        message = folded["message"]
        if CONTENT in message:
            message["content"] = message.pop(CONTENT)
    return completion


@given(st.lists(CHUNKS, max_size=6))
def test_the_usual_chunk_folds_as_any_other_does(chunks: list[dict[str, Any]]) -> None:
    # The fold reads the usual chunk (no null at its top, one piece of content in the delta) on a path of its own;
    # renamed and with null keys more, every chunk takes the general one. Both must give the same completion.
    usual, other = fold(chunks), fold(general(chunk) for chunk in chunks)
    assert usual.result() == renamed_back(other.result())
    assert usual.complete == other.complete


USUAL_CHOICE = {"index": 0, "delta": {"content": "a"}, "finish_reason": None}
# Each is the usual choice but for one thing, which only the general path folds.
NEAR_USUAL = {
    "no-index-but-another-key": {"seed": 7, "delta": {"content": "a"}, "finish_reason": None},
    "a-role-beside-the-content": {**USUAL_CHOICE, "delta": {"role": "tool", "content": "a"}},
    "content-parts": {**USUAL_CHOICE, "delta": {"content": [{"type": "text", "text": "x"}]}},
    "a-finish-reason": {**USUAL_CHOICE, "finish_reason": "stop"},
    "no-finish-reason-but-another-key": {"index": 0, "delta": {"content": "a"}, "seed": 7},
    "a-key-more": {**USUAL_CHOICE, "seed": 7},
}


@pytest.mark.parametrize("choice", NEAR_USUAL.values(), ids=NEAR_USUAL.keys())
def test_a_choice_that_is_nearly_the_usual_one_folds_as_any_other_does(choice: dict[str, Any]) -> None:
    chunks = [{"id": "a", "choices": [USUAL_CHOICE]}, {"id": "a", "choices": [choice]}]
    usual, other = fold(chunks), fold(general(chunk) for chunk in chunks)
    assert usual.result() == renamed_back(other.result())


def content_chunk(position: int) -> dict[str, Any]:
    """A chunk as a gateway sends it, built fresh (as the JSON decoder would) so nothing is shared between them."""
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "glm-5",
        "choices": [{"index": 0, "delta": {"content": f"t{position % 10}"}, "finish_reason": None}],
    }


def peak(work: Callable[[], object]) -> int:
    """Peak bytes Python allocated while ``work`` ran."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def growth_per_chunk(run: Callable[[int], Callable[[], object]], small: int = 1_000, large: int = 10_000) -> float:
    """Bytes of peak memory each further chunk costs: what is set up before ``run(n)`` returns is not counted, nor
    what the first run alone allocates (lazy imports, caches: about 100 kB more on Python 3.10 than on 3.11)."""
    small_run, large_run = run(small), run(large)
    small_run()
    return (peak(large_run) - peak(small_run)) / (large - small)


# Each chunk adds two characters of text; keeping every payload (the old design) cost about 1 kB per chunk.
AT_MOST_PER_CHUNK = 8


def test_folding_memory_grows_with_the_text_not_with_the_number_of_chunks() -> None:
    def run(chunks: int) -> Callable[[], object]:
        def work() -> object:
            accumulator = ChatCompletionAccumulator()
            for position in range(chunks):
                accumulator.add(content_chunk(position))
            return accumulator

        return work

    assert growth_per_chunk(run) < AT_MOST_PER_CHUNK


@pytest.mark.parametrize("final", [False, True], ids=["iterating", "with the final completion"])
def test_a_stream_memory_grows_with_the_text_not_with_the_number_of_chunks(sleeps: SleepRecorder, final: bool) -> None:
    def run(chunks: int) -> Callable[[], object]:
        body = sse_body(content_chunk(position) for position in range(chunks))
        parts = [body[start : start + 4096] for start in range(0, len(body), 4096)]
        client = make_client(lambda _: sse_response(parts), sleeps)

        def work() -> object:
            with create_chat_completion.stream(client=client, body=chat_request()) as stream:
                count = sum(1 for _ in stream)
                return stream.get_final_completion() if final else count

        return work

    assert growth_per_chunk(run) < AT_MOST_PER_CHUNK
