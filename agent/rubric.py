"""The rubric as data (prompts/rubric.yaml) and the rules that follow mechanically from it.

Everything here is pure: the flags that scores define, the verdict, and which layer to probe
next. Graders produce scores and judgement flags; these functions make every grade consistent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

Layer = Literal[
    "problem_framing",
    "directional_influence",
    "tradeoffs",
    "deployment_monitoring",
    "impact",
    "reflection",
]
Flag = Literal[
    "excessive_we",
    "no_tradeoffs",
    "no_monitoring",
    "no_quantified_impact",
    "blame_shifting",
    "defensive_about_failure",
    "ends_at_deployment",
]
Verdict = Literal["strong_owner", "partial_owner", "executor"]

LAYERS: tuple[Layer, ...] = get_args(Layer)
FLAGS: tuple[Flag, ...] = get_args(Flag)
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)

Scores = Mapping[str, int]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LayerSpec(_Frozen):
    name: Layer
    question: str
    anchors: dict[int, str]
    suggestion: str


class ScoreRule(_Frozen):
    layer: Layer
    max: int


class FlagSpec(_Frozen):
    name: Flag
    raised_when: str
    from_score: ScoreRule | None = None


class VerdictSpec(_Frozen):
    name: Verdict
    rule: str
    min_layers_at_2: int | None = None
    max_layers_at_2: int | None = None
    required_at_2: list[Layer] = []
    forbidden_flags: list[Flag] = []
    max_scores: dict[Layer, int] = {}


class ProbingSpec(_Frozen):
    order: list[Layer]
    probe_below: int
    rule: str


class Rubric(_Frozen):
    layers: list[LayerSpec]
    reading_notes: list[str]
    red_flags: list[FlagSpec]
    verdicts: list[VerdictSpec]
    evidence: str
    probing: ProbingSpec

    def layer(self, name: str) -> LayerSpec:
        return next(spec for spec in self.layers if spec.name == name)


@cache
def load_rubric() -> Rubric:
    import yaml

    from agent.resources import read_prompt

    return Rubric.model_validate(yaml.safe_load(read_prompt("rubric.yaml")))


def score_flags(scores: Scores) -> list[Flag]:
    """The flags that are defined by a score alone (no_tradeoffs, no_monitoring, ...)."""
    return [
        spec.name
        for spec in load_rubric().red_flags
        if spec.from_score and scores[spec.from_score.layer] <= spec.from_score.max
    ]


@cache
def judged_flags() -> tuple[Flag, ...]:
    """The flags that need judgement (no `from_score` in the rubric file), in the rubric's order.

    The split between judged and score-defined flags is written once, in prompts/rubric.yaml;
    the grader schema, the grader prompt and the offline flag readers all take it from here.
    """
    return tuple(spec.name for spec in load_rubric().red_flags if spec.from_score is None)


@cache
def score_defined_flags() -> frozenset[Flag]:
    """The flags a score alone defines (no_tradeoffs, ...): recomputed from scores, never judged."""
    return frozenset(spec.name for spec in load_rubric().red_flags if spec.from_score is not None)


def consistent_flags(scores: Scores, judged: Iterable[str]) -> list[Flag]:
    """Judgement flags plus the score-defined ones, each flag's scope condition enforced.

    The score-defined flags are recomputed from the scores whatever a grader said about them;
    excessive_we and ends_at_deployment only stand under the score condition the rubric gives.
    """
    judged = set(judged) - score_defined_flags()
    if scores["directional_influence"] > 1:
        judged.discard("excessive_we")
    if scores["deployment_monitoring"] > 0:
        judged.discard("ends_at_deployment")
    flags = judged | set(score_flags(scores))
    return [f for f in FLAGS if f in flags]


def verdict(scores: Scores, flags: Iterable[str]) -> Verdict:
    """The mechanical verdict of the rubric: strong_owner, executor, else partial_owner."""
    flags = set(flags)
    at_2 = {layer for layer in LAYERS if scores[layer] >= 2}
    for spec in load_rubric().verdicts:
        if spec.min_layers_at_2 is not None and (
            len(at_2) < spec.min_layers_at_2 or not set(spec.required_at_2) <= at_2 or flags & set(spec.forbidden_flags)
        ):
            continue
        if spec.max_layers_at_2 is not None and (
            len(at_2) > spec.max_layers_at_2 or any(scores[layer] > cap for layer, cap in spec.max_scores.items())
        ):
            continue
        return spec.name
    raise AssertionError("rubric.yaml must end with a catch-all verdict")


def probe_candidates(scores: Scores, exclude: Iterable[str] = ()) -> list[Layer]:
    """Layers worth a follow-up, most damaging gap first (the rubric's probing order).

    Layers below the bar come first in the rubric's order; when every layer is at the bar
    the rubric allows probing any, still in order. `exclude` drops layers the caller has
    given up on (e.g. probed twice without effect).
    """
    probing = load_rubric().probing
    exclude = set(exclude)
    order = [layer for layer in probing.order if layer not in exclude]
    return [layer for layer in order if scores[layer] < probing.probe_below]


def total(scores: Scores) -> int:
    return sum(scores[layer] for layer in LAYERS)
