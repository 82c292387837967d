"""The interviewer graph's state: what every node reads and writes, kept to plain JSON values.

Checkpoints serialise the state after every step, so it holds only str/int/list/dict (pydantic
results are stored as `.model_dump()`), and a session resumed in a new process sees exactly
what the last one saw.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from agent.rubric import Layer

Status = Literal["interviewing", "stopped", "graded", "abandoned"]
Reply = Literal["answer", "skip", "done", "end"]
StopReason = Literal["complete", "max_followups", "candidate_done", "end_of_input", "exhausted"]


class TurnDict(TypedDict, total=False):
    """One transcript turn in the formats.md shape: role, text, and the probe of a follow-up."""

    role: Literal["interviewer", "candidate"]
    text: str
    probe: Layer


class Question(TypedDict, total=False):
    """A question waiting for its answer, with what the ledger will record once it is answered."""

    text: str
    probe: Layer | None  # the layer it aims at (None for the opening question)
    n: int  # follow-up number (0 for the opening question)
    question_id: str | None  # bank id, or "llm" when a model wrote it
    angle: str | None  # bank angle, or "llm"
    reason: str | None  # why the plan chose the layer
    before: int | None  # the layer's score when the question was written


class LedgerEntry(TypedDict, total=False):
    """One follow-up in the probe ledger: what it aimed at and whether the answer raised it."""

    n: int  # follow-up number, 1-based
    layer: Layer  # the layer the question aimed at
    angle: str  # the angle of the question (bank angle, or "llm")
    question_id: str | None  # bank id, "llm" for a written question
    reason: str  # why the plan chose this layer
    before: int  # the layer's score when the question was asked
    after: int | None  # its score after the answer (None until assessed)
    raised: bool | None  # after > before (None until assessed)
    skipped: bool  # the candidate answered /skip


class Plan(TypedDict):
    """The plan node's decision: the layer to probe next (None to stop) and why."""

    target: Layer | None
    reason: str
    second_try: bool  # the previous probe on this layer failed to raise it


class InterviewInput(TypedDict):
    """What a caller passes to start a session: only its id."""

    session_id: str


class InterviewState(TypedDict, total=False):
    """The full state; each field names what it holds and the node that writes it."""

    session_id: str  # session/thread id, also the transcript id; from the input
    turns: list[TurnDict]  # the transcript of questions asked and answered (or skipped); written by answer
    pending: Question | None  # the question awaiting an answer; written by open/ask, cleared by answer
    last_reply: Reply  # what the candidate did with the last question; written by answer
    openers_used: list[str]  # opening questions already asked (a /skip asks another); written by open
    scores: dict[str, int]  # latest six-layer assessment of everything said; written by assess
    story_scores: dict[str, int]  # the assessment of the opening story alone; written by assess, once
    assessments: list[dict[str, int]]  # every assessment in order, one per answer; written by assess
    ledger: list[LedgerEntry]  # the probe ledger; entries added by answer, completed by assess
    followups: int  # follow-up questions put to the candidate (answered or skipped); written by answer
    plan: Plan  # the latest planning decision and its reason; written by plan
    asked_ids: list[str]  # bank question ids used this session (never reused); written by ask
    status: Status  # where the session is; written by open, answer, plan, grade
    stop_reason: StopReason | None  # why the interview stopped; written by answer or plan
    notices: list[str]  # one-line notes for the candidate (a model step that fell back); written by assess
    grade: dict[str, Any]  # Grade.model_dump() of the whole transcript; written by grade
    report: dict[str, Any]  # the closing report (closing.ClosingReport dump); written by report


# What each node writes: the keys of the state it returns, which LangGraph merges into the state.


class OpenUpdate(TypedDict):
    """open: the opening question, and the lists a session starts with."""

    turns: list[TurnDict]
    pending: Question
    openers_used: list[str]
    ledger: list[LedgerEntry]
    asked_ids: list[str]
    followups: int
    status: Status
    stop_reason: StopReason | None


class AnswerUpdate(TypedDict, total=False):
    """answer: what the candidate did with the question; the turns and ledger when committed."""

    pending: None
    last_reply: Reply
    status: Status
    stop_reason: StopReason
    turns: list[TurnDict]
    ledger: list[LedgerEntry]
    followups: int


class AssessUpdate(TypedDict):
    """assess: the backend's read of everything said, and the last ledger entry completed."""

    scores: dict[str, int]
    story_scores: dict[str, int]
    assessments: list[dict[str, int]]
    ledger: list[LedgerEntry]
    notices: list[str]


class PlanUpdate(TypedDict, total=False):
    """plan: the decision, and the stop when there is nothing left to probe."""

    plan: Plan
    status: Status
    stop_reason: StopReason | None


class AskUpdate(TypedDict):
    """ask: the follow-up written on the planned layer."""

    pending: Question
    asked_ids: list[str]


class GradeUpdate(TypedDict):
    """grade: the separate grader's grade of the whole transcript."""

    grade: dict[str, Any]
    status: Status


class ReportUpdate(TypedDict):
    """report: the closing report."""

    report: dict[str, Any]
