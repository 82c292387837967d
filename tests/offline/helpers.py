"""Short stories for the offline reader's tests, written for them (no labelled transcript is reproduced)."""

from __future__ import annotations

from agent.evaluation.dataset import load_dataset
from agent.models import Transcript, Turn
from agent.offline.grader import grade
from agent.transcript import read_paths
from tests.conftest import EXAMPLES


def story(*answers: str, probes: tuple[str | None, ...] = ()) -> Transcript:
    turns = [Turn(role="interviewer", text="Tell me about an ML system you owned.")]
    for index, answer in enumerate(answers):
        if index:
            turns.append(Turn(role="interviewer", text="Go on.", probe=probes[index - 1] if probes else None))
        turns.append(Turn(role="candidate", text=answer))
    return Transcript(id="t", turns=turns)


def score(layer: str, *answers: str, **kw) -> int:
    return grade(story(*answers, **kw)).layers[layer].score


def every_transcript():
    items = [t for t in read_paths([str(EXAMPLES)]) if isinstance(t, Transcript)]
    return items + load_dataset().transcripts
