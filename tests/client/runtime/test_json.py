"""Event payloads decode the same with orjson (the ``fast`` extra) and without it; models are built with the
cycle collector paused (``acyclic``)."""

from __future__ import annotations

import gc
import importlib
import json
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest

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
    assert without_orjson.loads is json.loads


@pytest.mark.parametrize("data", SAMPLES)
def test_both_give_what_json_loads_gives(data: str) -> None:
    assert repr(_json.loads(data)) == repr(json.loads(data))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
@pytest.mark.parametrize("data", SAMPLES)
def test_a_reply_s_bytes_in_any_json_encoding_give_what_json_loads_gives(data: str, encoding: str) -> None:
    body = data.encode(encoding)
    assert repr(_json.loads(body)) == repr(json.loads(body))


NOT_JSON = ['{"a":', "not json", '{"a":1}}']


@pytest.mark.parametrize("data", NOT_JSON)
def test_what_is_not_json_is_the_standard_decode_error(data: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        _json.loads(data)


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
