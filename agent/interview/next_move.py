"""The interviewer's next move, from the interview so far: the layer to probe and its question, or stop.

This is the only place that decides what the interviewer asks next. The graph's plan and ask
nodes call it on the live state; `ownership probe` and the targeting figure of `ownership eval`
call it on the state rebuilt from a saved transcript (agent.interview.replay). Both paths
therefore ask the same question of the same conversation, which tests/interview/test_next_move.py
checks by replaying chats.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from agent.interview import planning
from agent.interview.questions import Written, next_followup
from agent.interview.state import InterviewState, LedgerEntry, TurnDict
from agent.rubric import Layer


@dataclass(frozen=True)
class SoFar:
    """The interview so far, as the planner reads it.

    `scores` are the backend's assessment of everything the candidate has said; `ledger` holds one
    entry per follow-up that carried a probe; `asked_ids` are the bank questions already used.
    """

    session_id: str
    turns: Sequence[TurnDict]
    scores: Mapping[str, int]
    ledger: Sequence[LedgerEntry]
    followups: int
    asked_ids: Sequence[str]

    @classmethod
    def of_state(cls, state: InterviewState) -> SoFar:
        """The graph state's view (missing lists are empty, as after the opener)."""
        return cls(
            session_id=state["session_id"],
            turns=state.get("turns") or [],
            scores=state["scores"],
            ledger=state.get("ledger") or [],
            followups=state.get("followups", 0),
            asked_ids=state.get("asked_ids") or [],
        )


@dataclass(frozen=True)
class Move:
    """What the interviewer does next: the planning decision and, when it probes, the question.

    `question` is None when the decision is to stop, or when the caller asked for the decision only.
    """

    decision: planning.Decision
    question: Written | None

    @property
    def target(self) -> Layer | None:
        return self.decision.target


def next_move(
    so_far: SoFar,
    *,
    max_followups: int,
    writer: Any = None,
    role: str | None = None,
    level: str | None = None,
    write_question: bool = True,
) -> Move:
    """Choose the layer to probe (or stop) and write its question.

    `writer` is a backend that may write the question with a model (`complete_text`); without one,
    or when the model fails, the question comes from the bank. Nothing here reads the clock, the
    network or a file other than the bank and rubric, so the same conversation gets the same move
    offline.
    """
    decision = planning.choose(so_far.scores, so_far.ledger, so_far.followups, max_followups)
    if decision.target is None or not write_question:
        return Move(decision, None)
    question = next_followup(
        target=decision.target,
        reason=decision.reason,
        second_try=decision.second_try,
        # questions.py (owned by the agent/cli/ restructure, not retyped here) takes plain dicts.
        turns=so_far.turns,
        ledger=so_far.ledger,
        asked_ids=so_far.asked_ids,
        seed=so_far.session_id,
        backend=writer,
        role=role,
        level=level,
    )
    return Move(decision, question)
