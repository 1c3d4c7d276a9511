"""The spec's protocol facts (its ``x-mixroute-*`` extensions) have one home: the spec.

The runtime gets them from the generated package (never by importing it), the mock reads them from the spec it
loads, and the docs that name them must agree with it. A copy of a fact reappearing as a literal in the runtime
or the mock fails here.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.facts import ProtocolFacts, protocol_facts
from mixroute_client._runtime._facts import spec_facts
from tests.spec import SPEC

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ROOT / "generated_client" / "mixroute_client" / "_runtime"
LIB = RUNTIME.parent / "lib"
MOCK = ROOT / "mock" / "src" / "mixroute_mock"
TEMPLATES = ROOT / "generator" / "templates"
DOCS = [ROOT / "README.md", ROOT / "mock" / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]
FACTS = protocol_facts(SPEC)


def _docstrings(tree: ast.AST) -> set[int]:
    owners = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, owners) and node.body and isinstance(node.body[0], ast.Expr)
    }


def copies(source: str, facts: ProtocolFacts, *, phrases: bool) -> Iterator[str]:
    """Each fact ``source`` (Python) spells out itself: a request-id header or error code as a string, a phrase
    inside one (``phrases``), or the retryable statuses as a literal collection. Docstrings may name them."""
    names = {name.lower() for name in (*facts.request_id_header_names, *facts.last_resort_request_id_headers)}
    names |= {code.code for code in facts.codes}
    wanted = [phrase.lower() for meaning in facts.meanings for phrase in meaning.phrases] if phrases else []
    tree = ast.parse(source)
    skipped = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
            text = node.value.lower()
            if text in names or any(phrase in text for phrase in wanted):
                yield f"line {node.lineno}: {node.value!r}"
        elif isinstance(node, ast.Set | ast.Tuple | ast.List) and facts.retryable_statuses:
            numbers = {element.value for element in node.elts if isinstance(element, ast.Constant)}
            if set(facts.retryable_statuses) <= numbers:
                yield f"line {node.lineno}: the retryable statuses"


@pytest.mark.parametrize(
    ("folder", "phrases"), [(RUNTIME, True), (LIB, True), (MOCK, False)], ids=["runtime", "lib", "mock"]
)
def test_no_fact_is_copied_into_the_hand_written_code_or_the_mock(folder: Path, phrases: bool) -> None:
    found = {
        path.name: found
        for path in sorted(folder.glob("*.py"))
        if (found := list(copies(path.read_text(encoding="utf-8"), FACTS, phrases=phrases)))
    }
    assert found == {}


@pytest.mark.parametrize(
    "source",
    [
        'HEADERS = ("x-request-id",)',
        "def f(h):\n    return h.get('X-ONEAPI-REQUEST-ID')",
        'CODES = {"model_not_found": 1}',
        'if "quota is not enough" in message: pass',
        "RETRY = frozenset({408, 409, 429, 500})",
    ],
)
def test_a_reappearing_copy_is_found(source: str) -> None:
    assert list(copies(source, FACTS, phrases=True))


def test_a_docstring_may_name_a_fact() -> None:
    assert list(copies('def f():\n    """Reads ``x-request-id``."""', FACTS, phrases=True)) == []


def test_the_templates_name_no_code_or_header() -> None:
    names = {*FACTS.request_id_header_names, *(code.code for code in FACTS.codes)}
    found = {
        (path.name, name)
        for path in TEMPLATES.rglob("*.jinja")
        for name in names
        if name.lower() in path.read_text(encoding="utf-8").lower()
    }
    assert found == set()


def test_the_runtime_imports_no_generated_facts() -> None:
    importing = [path.name for path in RUNTIME.glob("*.py") if "_spec_facts" in _imports(path)]
    assert importing == []


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)} | {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }


def test_the_runtime_holds_the_facts_of_the_spec() -> None:
    facts = spec_facts()
    assert dict(facts.error_codes) == {code.code: code.meaning for code in FACTS.codes}
    assert [(m.name, m.exception, m.retryable, m.phrases) for m in facts.error_meanings] == [
        (m.name, m.exception, m.retryable, m.phrases) for m in FACTS.meanings
    ]
    assert sorted(facts.retryable_statuses) == list(FACTS.retryable_statuses)
    assert facts.request_id_headers == FACTS.request_id_header_names


# "`model_not_found` (503)", "(new-api, 403)", "| `model_not_found` | 503 |": a status the docs give a code.
_STATUS_AFTER = re.compile(r"\((?:[^()]*?, )?(\d{3})\)|\| (\d{3}) \|")
_RETRIED = re.compile(r"((?:\d{3}|\dxx)(?:, (?:\d{3}|\dxx))*,? and (?:\d{3}|\dxx)) are\s+retried")


def _lines() -> Iterator[tuple[str, str]]:
    for path in DOCS:
        if path.is_file():
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                yield f"{path.relative_to(ROOT)}:{number}", line


def test_the_docs_give_each_error_code_the_status_the_spec_gives() -> None:
    wrong = []
    for where, line in _lines():
        for code in FACTS.codes:
            for mention in re.finditer(rf"`(?:code: )?{code.code}`", line):
                status = _STATUS_AFTER.search(line, mention.end())
                if status and int(status.group(1) or status.group(2)) != code.status:
                    wrong.append(f"{where}: {code.code} is {code.status} in the spec")
    assert wrong == []


def test_the_docs_name_only_the_spec_codes_as_codes() -> None:
    known = {code.code for code in FACTS.codes}
    named = {(where, found) for where, line in _lines() for found in re.findall(r"`code: (\w+)`", line)}
    assert {(where, code) for where, code in named if code not in known} == set()


def test_the_docs_list_the_retried_statuses_of_the_spec() -> None:
    text = "\n".join(line for _, line in _lines())
    listed = set(_RETRIED.findall(text))
    assert listed <= {FACTS.retried_statuses()}


def test_the_mock_documents_every_error_it_can_be_asked_for() -> None:
    fault_row = next(
        line
        for line in (ROOT / "mock" / "README.md").read_text(encoding="utf-8").splitlines()
        if "`error=CODE`" in line
    )
    assert [code.code for code in FACTS.codes if f"`{code.code}`" not in fault_row] == []
