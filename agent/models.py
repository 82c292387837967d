"""The data that crosses module boundaries: transcripts, labels and grades (shared/formats.md)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from agent import rubric
from agent.rubric import FLAGS, LAYERS, Flag, Layer, Verdict

Role = Literal["interviewer", "candidate"]


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Role
    text: str
    probe: Layer | None = Field(default=None, description="layer an interviewer follow-up aimed at")
    meta: dict[str, Any] | None = Field(default=None, description="where it came from, e.g. speaker and start")


class LayerScores(BaseModel):
    """Six scores, one per layer, each 0 to 3."""

    model_config = ConfigDict(extra="forbid")

    problem_framing: int = Field(ge=0, le=3)
    directional_influence: int = Field(ge=0, le=3)
    tradeoffs: int = Field(ge=0, le=3)
    deployment_monitoring: int = Field(ge=0, le=3)
    impact: int = Field(ge=0, le=3)
    reflection: int = Field(ge=0, le=3)


class Labels(BaseModel):
    model_config = ConfigDict(extra="forbid")

    layers: LayerScores
    red_flags: list[Flag] = []
    verdict: Verdict


class OpeningLabels(BaseModel):
    model_config = ConfigDict(extra="forbid")

    layers: LayerScores


class Transcript(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    turns: list[Turn] = Field(min_length=1)
    meta: dict[str, Any] = {}
    labels: Labels | None = None
    opening_labels: OpeningLabels | None = None

    @field_validator("turns")
    @classmethod
    def _needs_candidate(cls, turns: list[Turn]) -> list[Turn]:
        if not any(t.role == "candidate" and t.text.strip() for t in turns):
            raise ValueError("no candidate turn with text")
        return turns

    def candidate_texts(self) -> list[str]:
        return [t.text for t in self.turns if t.role == "candidate"]

    def without_labels(self) -> Transcript:
        """What a grader may see: labels stripped, so no backend can peek at them."""
        return self.model_copy(update={"labels": None, "opening_labels": None})


class LayerGrade(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: int = Field(ge=0, le=3)
    evidence: list[str] = []
    rationale: str = ""


class Speakers(BaseModel):
    """Who was taken as the candidate in a recorded interview, and who as the interviewers."""

    model_config = ConfigDict(extra="forbid")

    candidate: str
    interviewers: list[str] = []


class Grade(BaseModel):
    """One graded transcript, the JSONL line of `ownership grade --json`."""

    model_config = ConfigDict(extra="forbid")

    id: str
    layers: dict[Layer, LayerGrade]
    red_flags: list[Flag]
    verdict: Verdict
    total: int
    grader: str
    # Optional extensions (formats.md allows adding optional fields).
    confidence: dict[Layer, float] | None = None
    usage: dict[str, int] | None = None
    speakers: Speakers | None = None
    # For a recording: where each evidence quote is (start in seconds of its turn), parallel to evidence.
    evidence_start: dict[Layer, list[float | None]] | None = None

    @field_validator("layers")
    @classmethod
    def _all_layers(cls, layers: dict[str, LayerGrade]) -> dict[str, LayerGrade]:
        missing = [layer for layer in LAYERS if layer not in layers]
        if missing:
            raise ValueError(f"missing layers: {', '.join(missing)}")
        return {layer: layers[layer] for layer in LAYERS}

    @field_validator("red_flags")
    @classmethod
    def _flag_order(cls, flags: list[str]) -> list[str]:
        return [f for f in FLAGS if f in set(flags)]

    @classmethod
    def assemble(
        cls, id: str, layers: dict[Layer, LayerGrade], judged: Iterable[str], grader: str, **optional: Any
    ) -> Grade:
        """A grade whose flags, verdict and total follow from the layer scores by the rubric's rules,
        whatever grader produced the scores and the judgement flags."""
        scores: dict[str, int] = {layer: g.score for layer, g in layers.items()}
        flags = rubric.consistent_flags(scores, judged)
        return cls(
            id=id,
            layers=layers,
            red_flags=flags,
            verdict=rubric.verdict(scores, flags),
            total=rubric.total(scores),
            grader=grader,
            **optional,
        )

    def scores(self) -> dict[str, int]:
        return {layer: g.score for layer, g in self.layers.items()}

    def to_json_line(self) -> str:
        return self.model_dump_json(exclude_none=True)


class GradeError(BaseModel):
    """The line written in place of a grade when a transcript cannot be read or graded."""

    id: str
    error: str

    def to_json_line(self) -> str:
        return self.model_dump_json()
