"""The event decoder on its own: the data of each event, from byte chunks split anywhere."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mixroute_client._runtime._sse_decode import DataDecoder


def decoded(*chunks: bytes) -> list[str]:
    decoder = DataDecoder()
    return [data for chunk in chunks for data in decoder.feed(chunk)]


def split_at(body: bytes, cuts: list[int]) -> list[bytes]:
    bounds = [0, *sorted(cuts), len(body)]
    return [body[a:b] for a, b in itertools.pairwise(bounds)]


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"])
def test_every_kind_of_line_end(newline: bytes) -> None:
    body = b"data: one" + newline + newline + b"data: two" + newline + b"data: 2" + newline + newline
    assert decoded(body) == ["one", "two\n2"]


def test_line_ends_of_all_kinds_mixed_in_one_stream() -> None:
    assert decoded(b"data: a\r\n\rdata: b\n\r\ndata: c\r\r") == ["a", "b", "c"]


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"])
def test_a_cr_at_the_end_of_a_chunk(newline: bytes) -> None:
    """CR LF split between two chunks is one line end; a lone CR at a chunk's end is one at once."""
    body = b"data: a" + newline + newline + b"data: b" + newline + newline
    for cut in range(1, len(body)):
        assert decoded(body[:cut], body[cut:]) == ["a", "b"], cut


def test_cr_then_lf_in_the_next_chunk_is_not_a_blank_line() -> None:
    assert decoded(b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n") == ["a\nb"]


def test_a_character_split_across_chunks() -> None:
    body = "data: héllo 世界 🌍\n\n".encode()
    for cut in range(1, len(body)):
        assert decoded(body[:cut], body[cut:]) == ["héllo 世界 🌍"], cut


def test_bytes_that_are_not_utf8_become_replacement_characters() -> None:
    assert decoded(b"data: a\xffb\n\n") == ["a\ufffdb"]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"])
def test_only_cr_and_lf_end_a_line(separator: str) -> None:
    data = f'{{"content":"a{separator}b"}}'
    assert decoded(f"data: {data}\n\n".encode()) == [data]


def test_a_byte_order_mark_at_the_start_is_dropped_once() -> None:
    assert decoded(b"\xef\xbb\xbfdata: a\n\ndata: \xef\xbb\xbfb\n\n") == ["a", "\ufeffb"]
    assert decoded(b"\xef", b"\xbb", b"\xbfdata: a\n\n") == ["a"]


def test_comments_are_ignored() -> None:
    assert decoded(b": keep-alive\n\n:data: x\ndata: a\n: more\n\n") == ["a"]


def test_event_id_retry_and_unknown_fields_are_ignored() -> None:
    body = b"event: delta\nid: 7\nretry: 3000\ndatum: x\ndata_: y\nDATA: z\ndata: a\n\n"
    assert decoded(body) == ["a"]


def test_data_without_a_space_or_without_a_colon() -> None:
    assert decoded(b"data:a\n\ndata:  two spaces\n\ndata\ndata: b\n\n") == ["a", " two spaces", "\nb"]


def test_only_one_space_after_the_colon_is_dropped_and_a_colon_in_the_value_kept() -> None:
    assert decoded(b'data: {"a": ":"}\n\n') == ['{"a": ":"}']


def test_multi_line_data_is_joined_with_lf() -> None:
    assert decoded(b'data: {"a":\ndata:\ndata: 1}\n\n') == ['{"a":\n\n1}']


@pytest.mark.parametrize(
    "body", [b"event: ping\n\n", b"retry: 10\n\n", b"data:\n\n", b"data: \n\n", b"data\n\n", b"id: 1\n\n\n\n"]
)
def test_an_event_without_data_is_not_reported(body: bytes) -> None:
    assert decoded(body + b"data: a\n\n") == ["a"]


def test_blank_lines_between_events_are_nothing() -> None:
    assert decoded(b"\n\n\ndata: a\n\n\n\n\ndata: b\n\n\n") == ["a", "b"]


def test_a_last_event_no_blank_line_ended_is_dropped() -> None:
    assert decoded(b"data: a\n\ndata: b\n") == ["a"]
    assert decoded(b"data: a\n\ndata: b") == ["a"]


def test_an_event_is_reported_by_the_chunk_that_ends_it() -> None:
    decoder = DataDecoder()
    assert [decoder.feed(part) for part in (b"data: a\n", b"data: b", b"\n", b"\n", b"data: c\n\n")] == [
        [],
        [],
        [],
        ["a\nb"],
        ["c"],
    ]


def test_a_large_event_in_many_chunks() -> None:
    data = "x" * 1_000_000
    body = f"data: {data}\n\n".encode()
    assert decoded(*split_at(body, list(range(1000, len(body), 1000)))) == [data]


BODY = (
    "\ufeffdata: héllo\r\n\r\n"
    ": comment\rdata: 世界\u2028🌍\rdata:two\r\rid: 1\nevent: x\n\n"
    'data\r\ndata: {"a": 1}\n\r'
    "retry: 5\r\n\r\ndata: last\n\ndata: never ended\n"
).encode()


@settings(max_examples=300, deadline=None)
@given(cuts=st.lists(st.integers(min_value=1, max_value=len(BODY) - 1), max_size=30, unique=True))
def test_any_split_gives_the_events_of_the_whole(cuts: list[int]) -> None:
    assert decoded(*split_at(BODY, cuts)) == decoded(BODY)


def test_the_whole_body_of_the_split_property() -> None:
    """What the split property compares against, written out: every case above in one stream."""
    assert decoded(BODY) == ["héllo", "世界\u2028🌍\ntwo", '\n{"a": 1}', "last"]


def reference(body: bytes) -> list[str]:
    """The specification's algorithm line by line, as plainly as it reads (only the data of each event)."""
    events: list[str] = []
    data: list[str] = []
    text = body.decode("utf-8", "replace").removeprefix("\ufeff")
    for line in re.split("\r\n|\r|\n", text)[:-1]:  # the last piece is a line no line end finished
        if not line:
            if data and "\n".join(data):
                events.append("\n".join(data))
            data = []
        else:
            name, _, value = line.partition(":")
            if name == "data":
                data.append(value.removeprefix(" "))
    return events


LINES = st.sampled_from(
    [
        '{"content":"t"}',
        '{"content":"\u2028 🌍 data: \\n"}',
        "",
        " two spaces",
        "[DONE]",
    ]
).map(lambda value: f"data: {value}") | st.sampled_from(
    ["data:tight", "data", ": comment", "event: ping", "id: 3", "retry: 10", "datum: x", ""]
)


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(st.tuples(LINES, st.sampled_from(["\n", "\r", "\r\n"])), max_size=30),
    bom=st.booleans(),
    data=st.data(),
)
def test_any_stream_split_anywhere_gives_what_the_specification_says(
    lines: list[tuple[str, str]], bom: bool, data: st.DataObject
) -> None:
    """Streams mostly of one-line ``data:`` events (the fast path) with every other kind of line mixed in."""
    body = ("\ufeff" if bom else "").encode() + "".join(line + end for line, end in lines).encode()
    cuts = data.draw(st.lists(st.integers(min_value=1, max_value=max(1, len(body) - 1)), max_size=8, unique=True))
    assert decoded(*split_at(body, [cut for cut in cuts if cut < len(body)])) == reference(body)
