"""The interviewer graph's nodes. Each reads the state, does one thing, and returns an update.

The question is written in `open`/`ask` and checkpointed there; `answer` only interrupts, so a
resumed session (which re-runs `answer` from its first line) never calls a model twice.
"""

from __future__ import annotations

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agent.interview.context import InterviewContext
from agent.interview.next_move import SoFar, next_move
from agent.interview.questions import opener
from agent.interview.state import (
    AnswerUpdate,
    AskUpdate,
    AssessUpdate,
    GradeUpdate,
    InterviewState,
    LedgerEntry,
    OpenUpdate,
    PlanUpdate,
    Question,
    Reply,
    ReportUpdate,
    TurnDict,
)
from agent.models import Transcript

COMMANDS: dict[str, Reply] = {"/done": "done", "/skip": "skip", "/end": "end"}


def to_transcript(state: InterviewState) -> Transcript:
    """The committed turns as a formats.md transcript (id = session id)."""
    return Transcript.model_validate({"id": state["session_id"], "turns": state["turns"]})


def open_node(state: InterviewState, runtime: Runtime[InterviewContext]) -> OpenUpdate:
    """Ask for the story, in a wording not used yet this session, tailored by role and level."""
    ctx = runtime.context
    used = list(state.get("openers_used") or [])
    text = opener(state["session_id"], ctx.role, ctx.level, used)
    return {
        "turns": list(state.get("turns") or []),
        "pending": {"text": text, "probe": None, "n": 0},
        "openers_used": [*used, text],
        "ledger": list(state.get("ledger") or []),
        "asked_ids": list(state.get("asked_ids") or []),
        "followups": state.get("followups", 0),
        "status": "interviewing",
        "stop_reason": None,
    }


def parse_reply(value: object) -> tuple[Reply, str]:
    """(kind, text) of a resume value: an answer, or /skip, /done, /end (end of input)."""
    text = value.get("text", "") if isinstance(value, dict) else str(value or "")
    command = COMMANDS.get(text.strip().lower())
    if command:
        return command, ""
    if not text.strip():
        return "skip", ""
    return "answer", text.strip("\n")


def answer_node(state: InterviewState) -> AnswerUpdate:
    """Wait for the candidate (interrupt), then commit the question and what they did with it."""
    question = _pending(state)
    reply = interrupt(
        {
            "question": question["text"],
            "probe": question.get("probe"),
            "followup": question.get("n", 0),
            "session_id": state["session_id"],
        }
    )
    kind, text = parse_reply(reply)
    update: AnswerUpdate = {"pending": None, "last_reply": kind}
    has_story = any(t["role"] == "candidate" for t in state["turns"])
    if kind in ("done", "end"):
        update["status"] = "stopped" if has_story else "abandoned"
        update["stop_reason"] = "candidate_done" if kind == "done" else "end_of_input"
        return update
    if question.get("n", 0) == 0:  # the opener: nothing to ledger; a skip asks for the story again
        if kind == "answer":
            update["turns"] = [*state["turns"], {"role": "interviewer", "text": question["text"]}, _said(text)]
        return update
    probe = question["probe"]
    if probe is None:  # a follow-up (n > 0) always carries the layer it aims at
        raise RuntimeError(f"follow-up {question['n']} has no probe")
    asked: TurnDict = {"role": "interviewer", "text": question["text"], "probe": probe}
    entry: LedgerEntry = {
        "n": question["n"],
        "layer": probe,
        "angle": question.get("angle") or "",
        "question_id": question.get("question_id"),
        "reason": question.get("reason") or "",
        "before": question.get("before") or 0,
        "after": None,
        "raised": None,
        "skipped": kind == "skip",
    }
    if kind == "skip":
        entry["after"], entry["raised"] = entry["before"], False
    update["turns"] = [*state["turns"], asked] + ([_said(text)] if kind == "answer" else [])
    update["ledger"] = [*state["ledger"], entry]
    update["followups"] = state.get("followups", 0) + 1
    return update


def _said(text: str) -> TurnDict:
    return {"role": "candidate", "text": text}


def _pending(state: InterviewState) -> Question:
    """The question awaiting its answer: the graph only routes to `answer` after open or ask set one."""
    question = state.get("pending")
    if question is None:
        raise RuntimeError("answer reached with no question pending")
    return question


def assess_node(state: InterviewState, runtime: Runtime[InterviewContext]) -> AssessUpdate:
    """The backend's six-layer read of everything said so far; completes the last ledger entry.

    When the model fails, the offline reader reads this step instead (said in one notice), so a
    model error never ends the interview.
    """
    backend = runtime.context.resolve_backend()
    transcript = to_transcript(state)
    notices = list(state.get("notices") or [])
    try:
        scores = dict(backend.assess(transcript))
    except Exception as exc:
        if getattr(backend, "name", "") == "offline":
            raise
        from agent.backends import OfflineBackend
        from agent.grading import describe

        scores = dict(OfflineBackend().assess(transcript))
        notices.append(
            f"The model could not read that answer ({describe(exc)}); the offline reader chose the next question."
        )
    ledger = [LedgerEntry(**e) for e in state.get("ledger") or []]
    if ledger and ledger[-1].get("after") is None:
        last = ledger[-1]
        after = last["after"] = scores[last["layer"]]
        last["raised"] = after > last["before"]
    return {
        "scores": scores,
        "story_scores": state.get("story_scores") or scores,
        "assessments": [*(state.get("assessments") or []), scores],
        "ledger": ledger,
        "notices": notices,
    }


def plan_node(state: InterviewState, runtime: Runtime[InterviewContext]) -> PlanUpdate:
    """Choose the layer to probe by the rubric's order and the ledger, and say why (or stop).

    Only the decision is taken here (no model call), so the route to ask or grade is checkpointed
    before a question is written.
    """
    move = next_move(SoFar.of_state(state), max_followups=runtime.context.max_followups, write_question=False)
    update: PlanUpdate = {"plan": move.decision.as_plan()}
    if move.target is None:
        update["status"], update["stop_reason"] = "stopped", move.decision.stop_reason
    return update


def ask_node(state: InterviewState, runtime: Runtime[InterviewContext]) -> AskUpdate:
    """Write the follow-up on the planned layer (the model call lives here, never in `answer`).

    The move is taken again by the same function as in `plan`: on the same state it is the same
    decision, and the question is the one `ownership probe` would give for this transcript.
    """
    ctx = runtime.context
    move = next_move(
        SoFar.of_state(state),
        max_followups=ctx.max_followups,
        writer=ctx.resolve_backend() if ctx.llm_questions else None,
        role=ctx.role,
        level=ctx.level,
    )
    plan = move.decision.as_plan()
    written = move.question
    if written is None:  # the state did not change since plan routed here, so this cannot happen
        raise RuntimeError(f"ask reached without a layer to probe ({move.decision.reason})")
    target = plan["target"]
    if target is None:  # a decision with a question always has its layer
        raise RuntimeError(f"ask reached without a layer to probe ({move.decision.reason})")
    pending: Question = {
        "text": written.text,
        "probe": target,
        "n": state.get("followups", 0) + 1,
        "question_id": written.question_id,
        "angle": written.angle,
        "reason": plan["reason"],
        "before": state["scores"][target],
    }
    asked_ids = list(state.get("asked_ids") or [])
    if written.question_id != "llm":
        asked_ids.append(written.question_id)
    return {"pending": pending, "asked_ids": asked_ids}


def grade_node(state: InterviewState, runtime: Runtime[InterviewContext]) -> GradeUpdate:
    """The separate grader's verdict on the whole transcript (not the interviewer's quick read)."""
    grade = runtime.context.resolve_backend().grade(to_transcript(state))
    return {"grade": grade.model_dump(mode="json"), "status": "graded"}


def report_node(state: InterviewState) -> ReportUpdate:
    """The closing report: scores with quotes, where each layer came from, tips, the outline."""
    from agent.interview.closing import build_report

    return {"report": build_report(state).model_dump(mode="json")}
