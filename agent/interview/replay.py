"""Rebuilding the interview so far from a saved transcript, to ask what the interviewer does next.

`ownership probe` and the targeting eval hand the rebuilt state to the same `next_move` as the
graph's plan and ask nodes, on transcripts that may come from anywhere: each follow-up carrying
a `probe` becomes a ledger entry, its before/after scores read by the backend's `assess`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from agent.interview import planning
from agent.interview.context import DEFAULT_MAX_FOLLOWUPS
from agent.interview.next_move import SoFar, next_move
from agent.interview.questions import Written, load_bank
from agent.interview.state import LedgerEntry, TurnDict
from agent.models import Transcript

if TYPE_CHECKING:
    from agent.backends import Backend


@cache
def _bank_patterns() -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern, id, angle) matching every rendering of every bank question."""
    out: list[tuple[re.Pattern[str], str, str]] = []
    bank = load_bank()
    for questions in bank.questions.values():
        for q in questions:
            bridged = bank.bridge.replace("{question}", q.plain)
            for template in (q.woven, q.plain, bridged):
                parts = [re.escape(p) for p in template.split("{phrase}")]
                out.append((re.compile("^" + ".+".join(parts) + "$", re.DOTALL), q.id, q.angle))
    return out


def match_bank(text: str) -> tuple[str | None, str]:
    """The bank id and angle of a question's text, or (None, "") for a question from elsewhere."""
    for pattern, ident, angle in _bank_patterns():
        if pattern.match(text.strip()):
            return ident, angle
    return None, ""


def replay(transcript: Transcript, backend: Backend) -> SoFar:
    """Turns, scores, ledger, follow-up count and used bank ids, as the graph would hold them."""
    # A Turn dumped is the state's turn shape (formats.md), plus `meta` when the turn has one.
    turns = [cast(TurnDict, t.model_dump(exclude_none=True)) for t in transcript.turns]
    while turns and turns[-1]["role"] == "interviewer":  # a question not answered yet
        turns.pop()
    cache: dict[int, dict[str, int]] = {}

    def scores_upto(end: int) -> dict[str, int]:
        if end not in cache:
            cache[end] = dict(backend.assess(transcript.model_copy(update={"turns": transcript.turns[:end]})))
        return cache[end]

    first = next(i for i, t in enumerate(turns) if t["role"] == "candidate")
    ledger: list[LedgerEntry] = []
    asked_ids: list[str] = []
    followups = 0
    for i, turn in enumerate(turns):
        if turn["role"] != "interviewer" or i < first:
            continue
        followups += 1
        ident, angle = match_bank(turn["text"])
        if ident:
            asked_ids.append(ident)
        probe = turn.get("probe")
        if not probe:
            continue
        answered = i + 1 < len(turns) and turns[i + 1]["role"] == "candidate"
        before = scores_upto(i)[probe]
        after = scores_upto(i + 2)[probe] if answered else before
        ledger.append(
            {
                "n": followups,
                "layer": probe,
                "angle": angle,
                "question_id": ident,
                "reason": "",
                "before": before,
                "after": after,
                "raised": after > before,
                "skipped": not answered,
            }
        )
    return SoFar(
        session_id=transcript.id,
        turns=turns,
        scores=scores_upto(len(turns)),
        ledger=ledger,
        followups=followups,
        asked_ids=asked_ids,
    )


@dataclass(frozen=True)
class Probe:
    """What the interviewer would do next with a transcript: the decision and its question."""

    id: str
    decision: planning.Decision
    question: Written | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "target_layer": self.decision.target,
            "question": self.question.text if self.question else None,
        }


def next_probe(
    transcript: Transcript,
    backend: Backend,
    *,
    max_followups: int = DEFAULT_MAX_FOLLOWUPS,
    role: str | None = None,
    level: str | None = None,
    write_question: bool = True,
) -> Probe:
    """The interviewer's next move on `transcript`: what the plan and ask nodes would do with it."""
    move = next_move(
        replay(transcript.without_labels(), backend),
        max_followups=max_followups,
        writer=backend,
        role=role,
        level=level,
        write_question=write_question,
    )
    return Probe(transcript.id, move.decision, move.question)
