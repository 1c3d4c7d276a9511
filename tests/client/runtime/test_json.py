"""Event payloads decode the same with orjson (the ``fast`` extra) and without it; models are built with the
cycle collector paused (``acyclic``)."""

from __future__ import annotations

import gc
import importlib
import json
import sys
from collections.abc import Callable, Iterator
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mixroute_client._runtime import _json

SAMPLES = [
    '{"choices":[{"index":0,"delta":{"content":"t1 "}}]}',
    '{"text":"中文 😀 \\u00e9 \\ud83d\\ude00","n":-1.5e-7,"t":true,"f":false,"z":null}',
    '{"big":18446744073709551615,"small":-9223372036854775808}',
    '{"value":NaN,"inf":Infinity}',
    '{"dup":1,"dup":2}',
    "[1, 2, 3]",
]


@pytest.fixture
def without_orjson(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    monkeypatch.setitem(sys.modules, "orjson", None)  # None in sys.modules makes the import fail
    yield importlib.reload(_json)
    monkeypatch.undo()
    importlib.reload(_json)


def test_with_orjson_installed_it_decodes() -> None:
    pytest.importorskip("orjson")
    assert _json.loads is not json.loads


def test_without_orjson_the_standard_library_decodes(without_orjson: ModuleType) -> None:
    assert without_orjson.loads is without_orjson.standard_loads


Decoder = Callable[[], Callable[[str], object]]
DECODERS = {"installed": lambda: _json.loads, "standard-library": lambda: _json.standard_loads}


@pytest.mark.parametrize("decoder", DECODERS.values(), ids=DECODERS.keys())
@pytest.mark.parametrize("data", [*SAMPLES, f" {SAMPLES[0]}", f"{SAMPLES[0]}\n", "7", '"text"'])
def test_both_give_what_json_loads_gives(data: str, decoder: Decoder) -> None:
    assert repr(decoder()(data)) == repr(json.loads(data))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(value=JSON_VALUES, indent=st.none() | st.integers(0, 2), ascii_only=st.booleans())
def test_the_standard_library_decoder_reads_any_json_text_as_json_loads_does(
    value: object, indent: int | None, ascii_only: bool
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ascii_only)
    assert repr(_json.standard_loads(text)) == repr(json.loads(text))


def test_a_python_without_the_scanner_decodes_with_json_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    class Decoder:
        """A ``json.JSONDecoder`` that has no ``scan_once``."""

    monkeypatch.setattr(json, "JSONDecoder", Decoder)
    assert _json._with_the_standard_library() is json.loads


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
@pytest.mark.parametrize("data", SAMPLES)
def test_a_reply_s_bytes_in_any_json_encoding_give_what_json_loads_gives(data: str, encoding: str) -> None:
    body = data.encode(encoding)
    assert repr(_json.loads(body)) == repr(json.loads(body))


NOT_JSON = ['{"a":', "not json", '{"a":1}}']


@pytest.mark.parametrize("decoder", DECODERS.values(), ids=DECODERS.keys())
@pytest.mark.parametrize("data", [*NOT_JSON, "", " ", "\ufeff{}", "[1] [2]"])
def test_what_is_not_json_is_the_standard_decode_error(data: str, decoder: Decoder) -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        decoder()(data)
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(data)
    assert str(caught.value) == str(expected.value)


@pytest.mark.parametrize("data", NOT_JSON)
def test_what_is_not_json_is_the_standard_decode_error_without_orjson(data: str, without_orjson: ModuleType) -> None:
    with pytest.raises(json.JSONDecodeError):
        without_orjson.loads(data)


def test_acyclic_builds_with_the_collector_paused_and_enables_it_again(collector_enabled: None) -> None:
    assert _json.acyclic(gc.isenabled) is False
    assert gc.isenabled()


def test_acyclic_enables_the_collector_again_when_building_fails(collector_enabled: None) -> None:
    def failing() -> None:
        raise ValueError("not per spec")

    with pytest.raises(ValueError, match="not per spec"):
        _json.acyclic(failing)
    assert gc.isenabled()


def test_acyclic_leaves_a_collector_someone_disabled_disabled(collector_enabled: None) -> None:
    gc.disable()
    assert _json.acyclic(lambda: "built") == "built"
    assert not gc.isenabled()
