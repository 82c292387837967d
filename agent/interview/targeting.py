"""The targeting eval: does the first follow-up aim at a gap the labellers saw in the opening?

For each labelled multi-turn transcript with `opening_labels`, the transcript is cut after the
first candidate answer and the plan node's choice is taken. A hit is a target labelled 0 or 1
in the opening; when every opening layer is labelled 2 or more, stopping is the hit.

Its counterpart at the other end of a conversation: on a whole transcript labelled 2 or more on
every layer, does the interviewer see the story is complete and stop?
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pydantic import BaseModel

from agent.interview.replay import next_probe
from agent.models import Transcript
from agent.rubric import LAYERS, Layer

if TYPE_CHECKING:
    from agent.backends import Backend

THRESHOLD = 0.90  # the lead keeps the gate in evals/thresholds.toml


class TargetingMiss(BaseModel):
    id: str
    target_layer: Layer | None
    opening_labels: dict[Layer, int]
    reason: str


class TargetingResult(BaseModel):
    n: int
    hits: int
    accuracy: float
    misses: list[TargetingMiss]


def opening(transcript: Transcript) -> Transcript:
    """The transcript up to and including the first candidate answer."""
    first = next(i for i, t in enumerate(transcript.turns) if t.role == "candidate")
    return transcript.model_copy(update={"turns": transcript.turns[: first + 1]})


def eligible(transcript: Transcript) -> bool:
    return transcript.opening_labels is not None and len(transcript.candidate_texts()) >= 2


def evaluate_targeting(transcripts: Iterable[Transcript], backend: Backend) -> TargetingResult:
    """Hits and misses of the first follow-up's target against the opening labels."""
    n = hits = 0
    misses: list[TargetingMiss] = []
    for transcript in transcripts:
        if not eligible(transcript) or transcript.opening_labels is None:  # eligible ones have labels
            continue
        opening_scores = transcript.opening_labels.layers
        labels: dict[Layer, int] = {layer: getattr(opening_scores, layer) for layer in LAYERS}
        probe = next_probe(opening(transcript), backend, write_question=False)
        target = probe.decision.target
        hit = labels[target] <= 1 if target else all(score >= 2 for score in labels.values())
        n += 1
        if hit:
            hits += 1
        else:
            misses.append(
                TargetingMiss(
                    id=transcript.id, target_layer=target, opening_labels=labels, reason=probe.decision.reason
                )
            )
    return TargetingResult(n=n, hits=hits, accuracy=hits / n if n else 0.0, misses=misses)


class StoppingResult(BaseModel):
    n: int  # whole conversations labelled 2 or more on every layer
    stopped: int  # of those, how many the interviewer ends as complete
    share: float
    missed: list[str]  # ids of the ones it would go on probing


def evaluate_stopping(transcripts: Iterable[Transcript], backend: Backend) -> StoppingResult:
    """Whether the interviewer stops, as complete, after whole conversations that cover every layer.

    Only a "complete" stop counts: running out of follow-ups is not seeing that the story is told.
    """
    n = stopped = 0
    missed: list[str] = []
    for transcript in transcripts:
        labels = transcript.labels
        if labels is None or len(transcript.candidate_texts()) < 2:
            continue
        if any(getattr(labels.layers, layer) < 2 for layer in LAYERS):
            continue
        n += 1
        decision = next_probe(transcript, backend, write_question=False).decision
        if decision.target is None and decision.stop_reason == "complete":
            stopped += 1
        else:
            missed.append(transcript.id)
    return StoppingResult(n=n, stopped=stopped, share=stopped / n if n else 0.0, missed=missed)
