"""The targeting eval and the replay it rests on."""

from __future__ import annotations

from agent.interview.replay import match_bank, next_probe, replay
from agent.interview.targeting import evaluate_stopping, evaluate_targeting, opening
from agent.models import Transcript

from .fakes import ScriptedBackend, scores

FULL = dict.fromkeys(scores(), 2)


def labelled(ident, opening_layers, answers=2):
    turns = [{"role": "interviewer", "text": "Tell me about a project."}, {"role": "candidate", "text": "Story."}]
    for i in range(answers - 1):
        turns += [{"role": "interviewer", "text": f"Q{i}?", "probe": "impact"}, {"role": "candidate", "text": f"A{i}."}]
    return Transcript.model_validate({"id": ident, "turns": turns, "opening_labels": {"layers": opening_layers}})


def test_hits_misses_and_stops():
    gap_monitoring = dict(FULL, deployment_monitoring=1)
    transcripts = [
        labelled("hit", gap_monitoring),
        labelled("miss", dict(FULL, reflection=0)),  # the reader sees a monitoring gap the labels do not
        labelled("stop-hit", FULL),
        labelled("single-turn", gap_monitoring, answers=1),  # not multi-turn: left out
    ]
    reads = [scores(deployment_monitoring=1, **{k: 2 for k in FULL if k != "deployment_monitoring"}),
             scores(deployment_monitoring=0, **{k: 2 for k in FULL if k != "deployment_monitoring"}),
             FULL]  # fmt: skip
    backend = ScriptedBackend(reads, expect_grade=0)
    result = evaluate_targeting(transcripts, backend)
    assert (result.n, result.hits) == (3, 2)
    assert result.accuracy == 2 / 3
    assert [m.id for m in result.misses] == ["miss"]
    assert result.misses[0].target_layer == "deployment_monitoring"
    # only the opening was read: one assess per transcript, on one candidate turn
    assert [len(t.candidate_texts()) for t in backend.assess_calls] == [1, 1, 1]
    assert all(t.opening_labels is None for t in backend.assess_calls)  # labels never reach the backend
    backend.check()


def whole(ident, layers, answers=2):
    t = labelled(ident, layers, answers)
    return t.model_copy(update={"labels": t.opening_labels, "opening_labels": None})


def test_stopping_counts_complete_conversations_the_interviewer_ends():
    transcripts = [
        whole("ends", FULL),
        whole("goes-on", FULL),  # the reader still sees a gap the labels do not
        whole("has-a-gap", dict(FULL, impact=1)),  # not covered: left out
        whole("one-answer", FULL, answers=1),  # nothing to stop after: left out
    ]
    # the replay reads every prefix that ends with an answer (after the opening, after the probe)
    reads = [scores(impact=1), FULL, scores(impact=1), scores(impact=1)]
    backend = ScriptedBackend(reads, expect_grade=0)
    result = evaluate_stopping(transcripts, backend)
    assert (result.n, result.stopped, result.missed) == (2, 1, ["goes-on"])
    assert result.share == 0.5
    backend.check()


def test_opening_cuts_after_the_first_answer():
    t = labelled("x", FULL, answers=3)
    assert [turn.role for turn in opening(t).turns] == ["interviewer", "candidate"]


def test_replay_builds_the_ledger_from_probes():
    t = labelled("x", FULL, answers=3)
    backend = ScriptedBackend([scores(), scores(impact=1), scores(impact=1)], expect_grade=0)
    state = replay(t, backend)
    assert state.followups == 2
    assert [(e["layer"], e["before"], e["after"], e["raised"]) for e in state.ledger] == [
        ("impact", 0, 1, True),
        ("impact", 1, 1, False),
    ]
    backend.check()


def test_next_probe_after_two_failed_impact_probes_moves_on():
    t = labelled("x", FULL, answers=3)
    backend = ScriptedBackend([scores(deployment_monitoring=2), scores(deployment_monitoring=2)] * 2)
    backend.expect_assess, backend.expect_grade = 3, 0
    probe = next_probe(t, backend)
    assert probe.decision.target == "reflection"
    assert "passed over impact" in probe.decision.reason


def test_match_bank_recognises_woven_and_plain_forms():
    assert match_bank("You said your churn model shipped in May. Can you put a number on it?") == (
        "impact-number",
        "number",
    )
    assert match_bank("What changed because of it, as a number?")[0] == "impact-number"
    assert match_bank("Something else entirely?") == (None, "")
