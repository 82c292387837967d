"""The history file: its schema version, the path from earlier releases' files, and damage."""

from __future__ import annotations

import json
import sqlite3

from agent.history.layers import LAYERS
from agent.history.store import DB_NAME, SCHEMA_VERSION, HistoryStore
from tests.history.conftest import chat, run
from tests.history.cues import TELLINGS, CueBackend


def test_layer_names_match_the_rubric():
    from agent import rubric

    assert LAYERS == rubric.LAYERS


def test_new_file_has_the_current_schema_version(tmp_path):
    with HistoryStore(tmp_path) as store:
        assert store.version == SCHEMA_VERSION == 1
    assert (tmp_path / DB_NAME).exists()


def test_sessions_finished_before_history_existed_are_brought_in(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setattr("agent.backends.make_backend", lambda name, settings: CueBackend())
    # an earlier release: the chat ends and nothing records it in history
    monkeypatch.setattr("agent.history.migrate.record_chat", lambda *args, **kwargs: None)
    for story, answers in TELLINGS[:3]:
        chat(story, answers)
    assert not (home / DB_NAME).exists()
    # a session left in the index with only its transcript file (no checkpoint): graded offline
    transcript = {"id": "20250101-000000-aaaa", "turns": [{"role": "candidate", "text": "I shipped the model."}]}
    (home / "transcripts" / "20250101-000000-aaaa.json").write_text(json.dumps(transcript))
    conn = sqlite3.connect(home / "sessions.sqlite")
    with conn:
        conn.execute("INSERT INTO ownership_sessions VALUES ('20250101-000000-aaaa', 1.0, 1735689600, 'done', "
                     "'I shipped', 1, '{\"story\": \"old one\"}')")  # fmt: skip
        conn.execute("INSERT INTO ownership_sessions VALUES ('20250101-000000-bbbb', 1.0, 2.0, 'done', '', 1, '{}')")
    conn.close()

    tellings = [json.loads(line) for line in run("history", "--json").output.splitlines()]
    assert [t["story"] for t in tellings] == ["fraud-model", "churn", "fraud-model", "old one"]
    assert [t["grader"] for t in tellings] == ["cues", "cues", "cues", "offline"]
    assert [t["total"] for t in tellings[:3]] == [8, 6, 4]  # the grades shown at the time, from the checkpoints
    with HistoryStore(home) as store:
        assert store.passed_over() == {"20250101-000000-bbbb"}  # no grade, no transcript: not retried
    assert run("history", "--json").output.count("\n") == 4  # a second look adds nothing


def test_a_newer_file_and_a_damaged_file_are_one_line_errors(tmp_path):
    home = tmp_path / "home"
    with HistoryStore(home) as store:
        store.conn.execute("PRAGMA user_version = 9")
    result = run("history")
    assert result.exit_code == 1 and "newer ownership (schema 9)" in result.output and "Traceback" not in result.output
    (home / DB_NAME).write_bytes(b"this is not a database at all" * 100)
    for name in ("history.sqlite-wal", "history.sqlite-shm"):
        (home / name).unlink(missing_ok=True)
    result = run("history")
    assert result.exit_code == 1 and "move it aside" in result.output and str(home / DB_NAME) in result.output


def test_story_names_and_visible_text():
    from agent.history.text import one_line, story_from_answer, story_key, visible

    assert story_key("Fraud Model!") == story_key("fraud-model") == "fraud-model"
    assert story_from_answer("Our chargeback rate, frankly, had doubled in two quarters.") == \
        "Our chargeback rate frankly had doubled"  # fmt: skip
    assert visible("a\x1b[31mb\x07\r\n\tc\u202e\x9b") == "a␛[31mb␇\n\tc\\u202e\\u009b"
    assert one_line("x\ny\x00", 10) == "x y␀"
    assert one_line("abcdefghijkl", 6) == "abcde…"
