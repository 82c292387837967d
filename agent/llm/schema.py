"""What the model must return, as pydantic models: the strict JSON schema sent to the server is
generated from these (never written by hand), and the reply is validated against them.

Field order is the order the model writes in: quotes, then rationale, then score, so that the
score is conditioned on evidence already copied out rather than justified after the fact.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field

from agent.rubric import Flag, Layer, judged_flags, load_rubric

if TYPE_CHECKING:
    # Which flags need judgement is read from prompts/rubric.yaml (rubric.judged_flags), so a type
    # checker can only know they are rubric flags; at run time the Literal is exactly the judged ones,
    # which is what the schema's enum and the reply's validation use.
    JudgedFlag = Flag
else:
    JudgedFlag = Literal[judged_flags()]


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


def _question(layer: Layer) -> str:
    """The field's description: the layer's question, from the rubric file (its only home)."""
    return load_rubric().layer(layer).question.capitalize()


# One LayerAnswer per layer in rubric order, then the judged flags. The fields are written out so
# that type checkers see them; tests/llm/test_schema.py checks they are the rubric's layers and that
# the schema sent to the model is unchanged. (No class docstring: it would enter the schema.)
class GraderOutput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    problem_framing: LayerAnswer = Field(description=_question("problem_framing"))
    directional_influence: LayerAnswer = Field(description=_question("directional_influence"))
    tradeoffs: LayerAnswer = Field(description=_question("tradeoffs"))
    deployment_monitoring: LayerAnswer = Field(description=_question("deployment_monitoring"))
    impact: LayerAnswer = Field(description=_question("impact"))
    reflection: LayerAnswer = Field(description=_question("reflection"))
    red_flags: list[JudgedFlag] = Field(
        description="The judgement red flags the candidate's words raise; empty when none."
    )

    def layer(self, name: Layer) -> LayerAnswer:
        answer: LayerAnswer = getattr(self, name)
        return answer


def response_format(model: type[BaseModel], json_mode: str) -> dict[str, Any]:
    """The `response_format` request field for `model`: a strict json_schema, or plain json_object.

    Used for Batch API lines, which must carry the same schema that `chat.completions.parse`
    sends. The helper is private in openai 3.x (pinned <4); tests/llm/test_schema.py snapshots it.
    """
    if json_mode == "json_object":
        return {"type": "json_object"}
    from openai.lib._parsing._completions import type_to_response_format_param

    # For a pydantic model the helper always returns the json_schema form, never its Omit sentinel.
    return dict(cast("Mapping[str, Any]", type_to_response_format_param(model)))
