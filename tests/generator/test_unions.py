"""generator/unions.py: which parser each union of the real spec gets, as the union template prints it."""

from __future__ import annotations

from typing import Any

import pytest

from generator.unions import UnionDecisions
from tests.generator.projects import decisions, prop


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, UnionDecisions]:
    return decisions(UnionDecisions, tmp_path_factory.mktemp("render") / "client")


@pytest.mark.parametrize(
    ("model_name", "name", "parser", "keeps_some"),
    [
        # Nothing to construct: the value is kept as it came.
        ("CreateChatCompletionRequest", "temperature", "take", True),
        ("ChatCompletionDelta", "content", "take", True),
        # A model beside null, an enum beside a string: each constructed variant has a type check of its own.
        ("ChatCompletionChunk", "usage", "inline", True),
        ("ChatCompletionChunkChoice", "finish_reason", "inline", True),
        ("UserMessage", "content", "inline", True),
        # Three object models (text, JSON object, JSON schema): only trying each in turn tells them apart.
        ("CreateChatCompletionRequest", "response_format", "try", False),
    ],
)
def test_each_union_gets_the_cheapest_parser_that_tells_its_variants_apart(
    parsed: tuple[Any, UnionDecisions], model_name: str, name: str, parser: str, keeps_some: bool
) -> None:
    openapi, unions = parsed
    union = prop(openapi, model_name, name)
    assert (unions.parser(union), unions.keeps_some_as_they_come(union)) == (parser, keeps_some)
