"""The interviewer graph driven with Command(resume=...) on an in-memory checkpointer."""

from __future__ import annotations

import pytest
from langgraph.types import Command

from agent.rubric import load_rubric

from .fakes import ScriptedBackend, WritingBackend, keyword_scores, scores
from .session import Session

ORDER = load_rubric().probing.order


def answer_what_is_probed(session: Session, story: str = "I built a model.") -> list[str]:
    """The scripted candidate: each answer supplies exactly the layer the question aimed at."""
    probes = []
    q = session.reply(story)
    while q is not None:
        probes.append(q["probe"])
        q = session.reply(f"Here is the {q['probe']} part of the story.")
    return probes


def test_probes_follow_the_priority_order_and_stop_when_nothing_is_missing():
    backend = ScriptedBackend(keyword_scores, expect_assess=7)
    session = Session(backend, max_followups=10)
    assert session.question["probe"] is None  # the opener
    probes = answer_what_is_probed(session)
    assert probes == list(ORDER)
    state = session.state
    assert state["stop_reason"] == "complete"
    assert state["followups"] == 6
    assert all(e["raised"] for e in state["ledger"])
    assert [t.get("probe") for t in state["turns"] if t["role"] == "interviewer"][1:] == list(ORDER)
    backend.check()


def test_a_story_that_has_everything_gets_no_followup():
    backend = ScriptedBackend([scores(**dict.fromkeys(ORDER, 2))])
    session = Session(backend)
    assert session.reply("The whole story.") is None
    assert session.state["stop_reason"] == "complete"
    assert session.state["report"]["verdict"] == "strong_owner"
    backend.check()


def test_a_failed_probe_gets_one_more_try_from_another_angle_then_moves_on():
    flat = scores(impact=1)
    backend = ScriptedBackend([flat, flat, flat])
    session = Session(backend)
    q1 = session.reply("Story.")
    q2 = session.reply("Nothing useful.")
    q3 = session.reply("Still nothing.")
    assert [q1["probe"], q2["probe"], q3["probe"]] == ["deployment_monitoring", "deployment_monitoring", "impact"]
    ledger = session.state["ledger"]
    assert ledger[0]["angle"] != ledger[1]["angle"]
    assert "another angle" in ledger[1]["reason"]
    assert "passed over deployment_monitoring" in session.state["plan"]["reason"]
    assert len({q1["question"], q2["question"], q3["question"]}) == 3
    session.reply("/done")
    backend.check()


def test_the_followup_limit_stops_the_interview():
    backend = ScriptedBackend([scores()] * 3)
    session = Session(backend, max_followups=2)
    session.reply("Story.")
    session.reply("One.")
    assert session.reply("Two.") is None
    assert session.state["stop_reason"] == "max_followups"
    assert session.state["followups"] == 2
    backend.check()


def test_done_grades_what_was_said():
    backend = ScriptedBackend([scores(problem_framing=2)])
    session = Session(backend)
    session.reply("Story about problem_framing.")
    assert session.reply("/done") is None
    state = session.state
    assert state["stop_reason"] == "candidate_done"
    assert [t["role"] for t in state["turns"]] == ["interviewer", "candidate"]  # the unanswered question is dropped
    assert state["report"]["layers"][0]["origin"] == "volunteered"
    backend.check()


def test_done_before_any_story_ends_without_grading():
    backend = ScriptedBackend([], expect_grade=0)
    session = Session(backend)
    assert session.reply("/done") is None
    assert session.state["status"] == "abandoned"
    assert "report" not in session.state
    backend.check()


def test_skipping_the_opener_asks_for_the_story_in_other_words():
    backend = ScriptedBackend([], expect_grade=0)
    session = Session(backend)
    first = session.question["question"]
    second = session.reply("/skip")
    assert second["probe"] is None and second["question"] != first
    session.reply("/done")
    backend.check()


def test_a_skipped_followup_is_recorded_and_its_layer_left_alone():
    backend = ScriptedBackend([scores()])
    session = Session(backend)
    q1 = session.reply("Story.")
    q2 = session.reply("/skip")
    assert q1["probe"] == "deployment_monitoring" and q2["probe"] == "impact"
    skipped = session.state["ledger"][0]
    assert skipped["skipped"] and skipped["raised"] is False
    assert session.state["turns"][-1] == {"role": "interviewer", "text": q1["question"], "probe": q1["probe"]}
    session.reply("/done")
    backend.check()


def test_end_of_input_stops_like_done():
    backend = ScriptedBackend([scores()])
    session = Session(backend)
    session.reply("Story.")
    assert session.reply("/end") is None
    assert session.state["stop_reason"] == "end_of_input"
    backend.check()


def test_opener_is_tailored_by_role_and_level():
    backend = ScriptedBackend([], expect_grade=0)
    session = Session(backend, role="ML engineer", level="staff")
    assert "an ML engineer" in session.question["question"]
    assert "initiative you drove across teams" in session.question["question"]


def test_model_written_questions_are_used_and_repeats_fall_back_to_the_bank():
    backend = WritingBackend(
        ["What did you watch in the first week after launch?", "what did you watch in the first week after launch?"],
        assess=[scores(), scores()],
    )
    session = Session(backend)
    q1 = session.reply("We launched the ranking model.")
    assert q1["question"] == "What did you watch in the first week after launch?"
    q2 = session.reply("Not much.")
    assert q2["question"] != q1["question"]  # the model repeated itself: the bank asked instead
    system, user = backend.prompts[0]
    assert "deployment monitoring" in system and "We launched the ranking model." in user
    assert "the earlier question on this layer" in backend.prompts[1][0]
    session.reply("/done")
    backend.check()


def test_a_failing_model_falls_back_to_the_bank():
    backend = WritingBackend([RuntimeError("rate limited")], assess=[scores()])
    session = Session(backend)
    q1 = session.reply("Story.")
    assert q1["probe"] == "deployment_monitoring" and q1["question"]
    assert session.state["pending"]["question_id"].startswith("monitoring-")
    session.reply("/done")


def test_resume_value_may_be_a_dict():
    backend = ScriptedBackend([scores()])
    session = Session(backend)
    session.out = session.graph.invoke(Command(resume={"text": "Story."}), session.cfg, context=session.ctx)
    assert session.question["probe"] == "deployment_monitoring"


@pytest.mark.parametrize("limit", [0, 1, 3])
def test_the_loop_fits_the_recursion_limit(limit):
    backend = ScriptedBackend(lambda t: scores(), expect_assess=limit + 1)
    session = Session(backend, max_followups=limit)
    q = session.reply("Story.")
    n = 0
    while q is not None:
        n += 1
        q = session.reply("Nothing.")
    assert n <= limit
    backend.check()
