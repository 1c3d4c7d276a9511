"""The mutation table: each spec mutation, applied to a copy of the real spec, is classified right.

The base and the mutated specs are rendered once per session, two at a time (a render is mostly
subprocesses), through the render cache: the base is the committed spec, which `make check-generated` has
rendered already, and the mutations cost a render only when the spec or the generator changed.
"""

from __future__ import annotations

import copy
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.changes import python_api, wire
from generator.changes.directions import Direction, directions
from generator.changes.kinds import verdict
from generator.changes.report import Report
from generator.generate import DEFAULT_SPEC, PACKAGE, RENDER_CACHE, render
from tests.generator.changes.mutations import MUTATIONS, Mutation
from tests.spec import spec_document

pytestmark = pytest.mark.heavy

BASE_SPEC: Any = spec_document()


def _mutated(mutation: Mutation) -> Any:
    spec = copy.deepcopy(BASE_SPEC)
    mutation.apply(spec)
    return spec


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """name -> rendered package root, for the base spec ("base") and every mutation."""
    root = tmp_path_factory.mktemp("mutations")
    specs = {"base": BASE_SPEC} | {mutation.name: _mutated(mutation) for mutation in MUTATIONS}

    def one(name: str) -> tuple[str, Path]:
        (root / name).mkdir()
        spec = DEFAULT_SPEC if name == "base" else root / name / "mixroute.yaml"
        if name != "base":
            spec.write_text(yaml.safe_dump(specs[name], sort_keys=False), encoding="utf-8")
        render(spec, root / name / "generated_client", cache=RENDER_CACHE)
        return name, root / name / "generated_client"

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(one, specs))


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda mutation: mutation.name)
def test_mutation_is_classified(mutation: Mutation, rendered: dict[str, Path]) -> None:
    wire_changes = wire.compare(BASE_SPEC, _mutated(mutation))
    python_changes = python_api.compare(
        rendered["base"], rendered[mutation.name], PACKAGE, directions(_mutated(mutation))
    )
    report = Report("base", "0.1.0", "0.1.0", wire_changes, python_changes)

    assert verdict(wire_changes) is mutation.wire, wire_changes
    assert verdict(python_changes) is mutation.python, python_changes
    assert report.required_bump is mutation.bump
    assert not report.version_ok


def test_unchanged_spec_has_no_changes(rendered: dict[str, Path]) -> None:
    assert wire.compare(BASE_SPEC, copy.deepcopy(BASE_SPEC)) == []
    assert python_api.compare(rendered["base"], rendered["base"], PACKAGE) == []


def test_python_changes_name_what_importers_see(rendered: dict[str, Path]) -> None:
    changes = python_api.compare(rendered["base"], rendered["add_required_request_field"], PACKAGE)
    init = "mixroute_client.models.create_chat_completion_request.CreateChatCompletionRequest.__init__"
    assert any(c.where == init and c.what == "Parameter was added as required: project" for c in changes), changes

    renamed = python_api.compare(rendered["base"], rendered["rename_model"], PACKAGE)
    assert any(c.where == "mixroute_client.models.CompletionUsage" for c in renamed), renamed


def test_a_type_change_is_judged_by_the_way_its_model_travels() -> None:
    travels = directions(BASE_SPEC)
    assert travels["CreateChatCompletionRequest"] is Direction.SENT
    assert travels["ChatCompletionChunk"] is Direction.READ
    assert travels["ToolCall"] is Direction.BOTH  # read in replies, sent back in the next request
    assert python_api.takes_at_least("list[A | B] | None", "list[A | B | C] | None | Unset")
    assert not python_api.takes_at_least("list[A | B] | str", "list[A] | str")
    # The dict forms (mixroute_client.params) only travel in requests, their keys and sequences widen alike.
    assert travels["ToolCallParam"] is Direction.SENT
    assert "ChatCompletionParam" not in travels
    assert python_api.takes_at_least("NotRequired[AParam | None]", "NotRequired[AParam | BParam | None]")
    assert python_api.takes_at_least("Sequence[A | AParam]", "Sequence[A | AParam | B | BParam]")
