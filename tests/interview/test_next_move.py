"""The chat and `ownership probe` agree: one function takes the interviewer's next move.

Scripted chats run through the graph with the offline backend; every prefix of the saved
transcript that ends with an answer then goes through `ownership probe --json`, which must name
the layer and the exact question the chat asked next (or stop where the chat stopped).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from agent.backends import OfflineBackend
from agent.cli import main
from agent.interview.next_move import SoFar, next_move
from agent.interview.replay import next_probe
from agent.models import Transcript

from .fakes import ScriptedBackend, scores
from .session import Session

DEV = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"

STORY = "Our fraud model went live in March. I wrote the Spark jobs and we shipped it in two weeks."


def answers_of(ident: str) -> list[str]:
    """A labelled transcript's answers, said in order whatever the interviewer asks."""
    data = json.loads((DEV / f"{ident}.json").read_text())
    return [t["text"] for t in data["turns"] if t["role"] == "candidate"]


# (name, answers, max_followups): "/skip" and "/done" are typed as in a chat
CHATS = [
    ("skip-then-answer", [STORY, "We kept an eye on the dashboards.", "/skip",
                          "I measured a 12% drop in chargebacks against a holdout; now I replay the peak first."], 6),
    ("done-midway", [STORY, "I set up the alerts myself.", "/done"], 6),
    ("limit-two", [STORY, "We kept an eye on the dashboards.", "No idea, someone else did that."], 2),
    ("staff-observability", answers_of("w8-model-observability-staff"), 6),
    ("strong-churn", answers_of("w6-payroll-churn-saveable-staff"), 6),
    ("executor-returns", answers_of("w8-returns-damage-classifier"), 6),
    ("hedged-saas", answers_of("w6-saas-churn-hedged-mid"), 6),
    ("negation-search", answers_of("w16-search-lawfirm-negation"), 6),
    ("nonnative-asr", answers_of("w2-bank-callcenter-asr-ptbr"), 6),
]  # fmt: skip


def chat(answers: list[str], max_followups: int) -> tuple[list[dict], dict | None, str | None]:
    """The saved turns, the question still waiting when the chat ended (if any), and why it stopped."""
    session = Session(OfflineBackend(), max_followups=max_followups)
    waiting = session.question
    for text in answers:
        if waiting is None:
            break
        if text == "/done":  # the candidate ends it: the waiting question is dropped from the transcript
            session.reply(text)
            break
        waiting = session.reply(text)
    else:
        if waiting is not None:  # out of answers: end of input drops the waiting question too
            session.reply("/end")
    state = session.state
    return state["turns"], waiting, state["stop_reason"]


Move = tuple[int, str | None, str | None]


def expected_moves(turns: list[dict], waiting: dict | None, stop_reason: str | None) -> list[Move]:
    """(prefix length, layer, question) after every answer: what the chat did next."""
    moves = []
    for end, turn in enumerate(turns, start=1):
        if turn["role"] != "candidate":
            continue
        if end < len(turns):
            asked = turns[end]
            moves.append((end, asked["probe"], asked["text"]))
        elif waiting is not None and waiting["probe"]:  # /done or end of input with a follow-up waiting
            moves.append((end, waiting["probe"], waiting["question"]))
        elif stop_reason in ("complete", "max_followups", "exhausted"):  # the planner stopped the chat
            moves.append((end, None, None))
    return moves


@pytest.mark.parametrize(("name", "answers", "max_followups"), CHATS, ids=[c[0] for c in CHATS])
def test_probe_on_each_prefix_asks_what_the_chat_asked(tmp_path, name, answers, max_followups):
    turns, waiting, stop_reason = chat(answers, max_followups)
    moves = expected_moves(turns, waiting, stop_reason)
    assert len(moves) >= 2, "a chat that never followed up checks nothing"
    prefixes = tmp_path / "prefixes.jsonl"
    with prefixes.open("w") as f:
        for end, _, _ in moves:
            f.write(json.dumps({"id": "t1", "turns": turns[:end]}) + "\n")
    result = CliRunner().invoke(
        main, ["probe", str(prefixes), "--json", "--backend", "offline", "--max-followups", str(max_followups)]
    )
    assert result.exit_code == 0, result.output
    probed = [json.loads(line) for line in result.output.splitlines()]
    assert [(p["target_layer"], p["question"]) for p in probed] == [(layer, text) for _, layer, text in moves]


def test_the_chats_cover_stops_skips_and_the_limit():
    """The scripted chats exercise every way a chat goes on or ends, so the agreement means something."""
    reasons = set()
    skipped = False
    for _, answers, max_followups in CHATS:
        turns, _, stop_reason = chat(answers, max_followups)
        reasons.add(stop_reason)
        skipped |= any(a["role"] == b["role"] == "interviewer" for a, b in zip(turns[1:], turns[2:], strict=False))
    assert {"candidate_done", "end_of_input", "max_followups", "complete"} <= reasons
    assert skipped


def test_next_move_on_the_rebuilt_state_is_the_probe():
    """`next_probe` is `next_move` on the state rebuilt from the transcript, nothing more."""
    transcript = Transcript.model_validate(
        {"id": "x", "turns": [{"role": "interviewer", "text": "Tell me."}, {"role": "candidate", "text": STORY}]}
    )
    backend = ScriptedBackend(lambda t: scores(problem_framing=2), expect_grade=0)
    probe = next_probe(transcript, backend, max_followups=3)
    so_far = SoFar(session_id="x", turns=[t.model_dump(exclude_none=True) for t in transcript.turns],
                   scores=scores(problem_framing=2), ledger=[], followups=0, asked_ids=[])  # fmt: skip
    move = next_move(so_far, max_followups=3, writer=backend)
    assert (probe.decision, probe.question) == (move.decision, move.question)
    assert move.target == "deployment_monitoring"
    stop = next_move(so_far, max_followups=0)
    assert stop.target is None and stop.question is None and stop.decision.stop_reason == "max_followups"
