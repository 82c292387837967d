"""What the model must return, as pydantic models: the strict JSON schema sent to the server is
generated from these (never written by hand), and the reply is validated against them.

Field order is the order the model writes in: quotes, then rationale, then score, so that the
score is conditioned on evidence already copied out rather than justified after the fact.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

# The flags that need judgement; the other three follow from scores and are recomputed in code.
JudgedFlag = Literal["excessive_we", "blame_shifting", "defensive_about_failure", "ends_at_deployment"]


class LayerAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    quotes: list[str] = Field(
        description="Exact phrases copied character for character from the candidate's turns that support "
        "the score, written before the score. Empty when nothing the candidate said earns more than 0."
    )
    rationale: str = Field(
        description="One or two sentences: which anchor the quotes meet, and what is missing for the next score."
    )
    score: int = Field(ge=0, le=3, description="0 to 3: the highest anchor the quotes fully meet.")


class _GraderOutputBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def layer(self, name: str) -> LayerAnswer:
        return getattr(self, name)


def _grader_output_model() -> type[_GraderOutputBase]:
    """GraderOutput: one LayerAnswer per layer in rubric order, then the judged flags.

    Built from the rubric file so that layer names and questions are written down once.
    """
    from agent.rubric import LAYERS, load_rubric

    rubric = load_rubric()
    fields: dict[str, Any] = {
        layer: (LayerAnswer, Field(description=rubric.layer(layer).question.capitalize())) for layer in LAYERS
    }
    fields["red_flags"] = (
        list[JudgedFlag],
        Field(description="The judgement red flags the candidate's words raise; empty when none."),
    )
    return create_model("GraderOutput", __base__=_GraderOutputBase, **fields)


GraderOutput = _grader_output_model()


def response_format(model: type[BaseModel], json_mode: str) -> dict[str, Any]:
    """The `response_format` request field for `model`: a strict json_schema, or plain json_object.

    Used for Batch API lines, which must carry the same schema that `chat.completions.parse`
    sends. The helper is private in openai 3.x (pinned <4); tests/llm/test_schema.py snapshots it.
    """
    if json_mode == "json_object":
        return {"type": "json_object"}
    from openai.lib._parsing._completions import type_to_response_format_param

    return dict(type_to_response_format_param(model))
