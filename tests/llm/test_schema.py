"""The grader's output model is written out field by field, and says what the rubric file says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest
from pydantic import ValidationError

from agent import rubric
from agent.llm.schema import GraderOutput, LayerAnswer, response_format

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "grader_output_schema.json"


def test_grader_output_fields_are_the_rubric_layers_then_the_flags():
    layers = [spec.name for spec in rubric.load_rubric().layers]
    assert layers == list(rubric.LAYERS) == list(get_args(rubric.Layer))
    assert list(GraderOutput.model_fields) == [*layers, "red_flags"]
    for layer in layers:
        field = GraderOutput.model_fields[layer]
        assert field.annotation is LayerAnswer
        assert field.description == rubric.load_rubric().layer(layer).question.capitalize()


def test_the_schema_sent_to_the_model_is_the_one_built_before_the_model_was_written_out():
    # The snapshot is the schema the create_model version produced (taken before the change).
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert response_format(GraderOutput, "json_schema") == expected


def test_the_judged_flags_are_the_rubric_flags_without_a_score_rule():
    spec = rubric.load_rubric().red_flags
    assert rubric.judged_flags() == tuple(f.name for f in spec if f.from_score is None)
    assert rubric.score_defined_flags() == {f.name for f in spec if f.from_score is not None}
    assert set(rubric.judged_flags()) | rubric.score_defined_flags() == set(rubric.FLAGS)
    assert not set(rubric.judged_flags()) & rubric.score_defined_flags()
    schema = response_format(GraderOutput, "json_schema")["json_schema"]["schema"]
    assert schema["properties"]["red_flags"]["items"]["enum"] == list(rubric.judged_flags())


def test_a_score_defined_flag_is_not_accepted_from_the_model():
    answer = {"quotes": [], "rationale": "none", "score": 0}
    reply = dict.fromkeys(rubric.LAYERS, answer)
    assert GraderOutput.model_validate({**reply, "red_flags": ["blame_shifting"]}).red_flags == ["blame_shifting"]
    with pytest.raises(ValidationError):
        GraderOutput.model_validate({**reply, "red_flags": ["no_tradeoffs"]})
    assert GraderOutput.model_validate({**reply, "red_flags": []}).layer("impact").score == 0
