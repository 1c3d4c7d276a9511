"""generator/names.py: which attributes get their wire name back, and what the change report says of the old."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.changes.python_api import deprecations
from generator.generate import DEFAULT_OUTPUT, PACKAGE
from generator.names import renamable


@pytest.mark.parametrize(
    ("wire_name", "python_name", "expected"),
    [
        ("object", "object_", True),
        ("type", "type_", True),
        ("input", "input_", True),
        ("class", "class_", False),  # a keyword
        ("match", "match_", False),  # a soft keyword
        ("list", "list_", False),  # the generated code calls list
        ("model", "model", False),  # never suffixed
        ("self", "self_", False),  # no builtin: suffixed for another reason
        ("x-trace", "x_trace", False),
    ],
)
def test_only_builtins_the_generated_code_does_not_use_get_their_names_back(
    wire_name: str, python_name: str, expected: bool
) -> None:
    assert renamable(wire_name, python_name) is expected


def test_the_change_report_lists_the_deprecated_names_of_the_committed_render() -> None:
    found = {change.where: change.what for change in deprecations(Path(DEFAULT_OUTPUT), PACKAGE)}
    where = f"{PACKAGE}.models.chat_completion.ChatCompletion.object_"
    assert found[where] == "deprecated alias of object: remove in the next minor version"
    assert f"{PACKAGE}.models.text_content_part.TextContentPart.type_" in found
    assert not any(name.endswith(".model") for name in found)
