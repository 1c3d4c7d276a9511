"""The catalogue-model mapping used by both contract runs."""

from __future__ import annotations

from tests.contract.catalogue import MODELS, with_catalogue_model


def test_most_unknown_models_become_catalogue_models_and_some_stay_unknown() -> None:
    mapped = [with_catalogue_model({"model": f"random-{index}", "messages": []})["model"] for index in range(200)]
    in_catalogue = sum(model in MODELS for model in mapped)
    assert 150 <= in_catalogue < 200
    assert mapped == [with_catalogue_model({"model": f"random-{index}"})["model"] for index in range(200)]


def test_invalid_models_and_other_bodies_are_left_alone() -> None:
    leave_alone: list[object] = [{"model": ""}, {"model": 5}, {"messages": []}, [1], "text", None]
    for body in leave_alone:
        assert with_catalogue_model(body) == body
    assert with_catalogue_model({"model": "glm-5", "n": 1}) == {"model": "glm-5", "n": 1}
