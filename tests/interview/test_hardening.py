"""Issue 10 on the interviewer's side: the session lock (item 7), a damaged or unwritable store
(item 8), hostile text in chat, sessions and reports (item 9), and the smaller chat points."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from agent.cli import main
from agent.transcript import MAX_CHARS

STORY = "Our fraud model went live in March. I wrote the Spark jobs and we shipped it in two weeks."
HOSTILE = "[bold red]x[/] I shipped it \x1b]0;pwned\x07 in March \x1b[2J, my call."


def run(*args, input=None, env=None):
    return CliRunner().invoke(main, list(args), input=input, env=env)


def sessions() -> list[dict]:
    result = run("sessions", "--json")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


# -- item 7: one process per session ---------------------------------------------------------------


def start_chat(home: Path) -> subprocess.Popen:
    """A chat in another process, waiting for its second answer with the session lock held."""
    env = dict(os.environ, OWNERSHIP_HOME=str(home), NO_COLOR="1")
    child = subprocess.Popen(
        [sys.executable, "-c", "from agent.cli import main; main()", "chat", "--backend", "offline"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    child.stdin.write(STORY + "\n")
    child.stdin.flush()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        listed = sessions()
        if listed and listed[0]["answers"] == 1:
            return child
        time.sleep(0.1)
    child.kill()
    raise AssertionError("the chat in the other process never took its first answer")


def test_a_live_session_cannot_be_resumed_elsewhere_and_a_killed_one_can(tmp_path):
    home = Path(os.environ["OWNERSHIP_HOME"])
    child = start_chat(home)
    try:
        [session] = sessions()
        busy = run("chat", "--resume", input="We watched the dashboards.\n/done\n")
        assert busy.exit_code == 1
        line = one_line(busy.stderr)
        assert f"session {session['id']} is open in process {child.pid}" in line
        # nothing from this terminal reached the session
        assert sessions()[0]["answers"] == 1
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    # the kernel released the dead process's lock: resuming works
    resumed = run("chat", "--resume", input="I watched precision per merchant every week.\n/done\n")
    assert resumed.exit_code == 0, resumed.output
    assert "interview report" in resumed.output
    assert sessions()[0]["answers"] == 2 and sessions()[0]["status"] == "done"


# -- item 8: a damaged or unwritable store ----------------------------------------------------------


def test_a_damaged_store_is_one_line_naming_the_file(tmp_path):
    home = Path(os.environ["OWNERSHIP_HOME"])
    home.mkdir(parents=True)
    (home / "sessions.sqlite").write_bytes(os.urandom(4096))
    for args in (["chat", "--backend", "offline"], ["sessions"], ["chat", "--resume"]):
        result = run(*args, input=STORY + "\n/done\n")
        assert result.exit_code == 1, (args, result.output)
        line = one_line(result.stderr)
        assert str(home / "sessions.sqlite") in line and "move it aside" in line and "OWNERSHIP_HOME" in line


def test_an_unwritable_home_is_one_line_for_chat_and_listing_still_works(tmp_path, monkeypatch):
    monkeypatch.setenv("OWNERSHIP_HOME", "/proc/ownership-cannot-exist")
    result = run("chat", "--backend", "offline", input=STORY + "\n/done\n")
    assert result.exit_code == 1
    line = one_line(result.stderr)
    assert "/proc/ownership-cannot-exist" in line and "OWNERSHIP_HOME" in line
    listed = run("sessions")
    assert listed.exit_code == 0 and "No sessions yet" in listed.output


def test_listing_reads_without_writing(tmp_path, monkeypatch):
    run("chat", "--backend", "offline", input=STORY + "\n/done\n")
    home = Path(os.environ["OWNERSHIP_HOME"])

    def files() -> dict[str, int]:  # SQLite's own -wal/-shm companions aside
        return {p.name: p.stat().st_mtime_ns for p in home.iterdir() if not p.name.endswith(("-wal", "-shm"))}

    before = files()

    def no_store(*args, **kwargs):
        raise AssertionError("the listing opened the store for writing")

    monkeypatch.setattr("agent.interview.sessions.SessionStore.__init__", no_store)
    assert [s["status"] for s in sessions()] == ["done"]
    assert files() == before
    # and a listing of a home that does not exist creates nothing
    monkeypatch.setenv("OWNERSHIP_HOME", str(tmp_path / "nowhere"))
    assert sessions() == [] and not (tmp_path / "nowhere").exists()


# -- item 9: hostile text reaches no terminal as control sequences or markup ---------------------------


def test_chat_echo_report_and_sessions_neutralise_escapes_and_show_markup_literally():
    chat = run("chat", "--backend", "offline", "--max-followups", "1", input=f"{HOSTILE}\n{HOSTILE}\n/done\n")
    assert chat.exit_code == 0, chat.output
    assert "\x1b" not in chat.output and "\x07" not in chat.output
    assert "␛]0;pwned␇" in chat.output
    listed = run("sessions")
    assert "\x1b" not in listed.output and "\x07" not in listed.output
    assert "[bold red]x[/]" in listed.output


def test_grade_report_and_errors_neutralise_escapes(tmp_path):
    ident = "evil\x1b[2J[bold]id[/bold]"
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"id": ident, "turns": [{"role": "candidate", "text": HOSTILE}]}))
    bad = tmp_path / "bad\x1b]0;x\x07.json"
    bad.write_text("{")
    result = run("grade", str(path), str(bad))
    assert result.exit_code == 1
    for text in (result.stdout, result.stderr):
        assert "\x1b" not in text and "\x07" not in text
    assert "[bold]id[/bold]" in result.stdout
    probe = run("probe", str(path), "--backend", "offline")
    assert "\x1b" not in probe.output and "[bold]id[/bold]" in probe.output


# -- smaller things -------------------------------------------------------------------------------------


def test_an_answer_over_the_limit_is_refused_at_the_prompt():
    huge = "I built it. " * (MAX_CHARS // 12 + 10)
    result = run("chat", "--backend", "offline", input=f"{huge}\n{STORY}\n/done\n")
    assert result.exit_code == 0, result.output[-500:]
    assert "a transcript holds at most 200,000" in result.output
    [session] = sessions()
    saved = json.loads((Path(os.environ["OWNERSHIP_HOME"]) / "transcripts" / f"{session['id']}.json").read_text())
    assert [t["text"] for t in saved["turns"] if t["role"] == "candidate"] == [STORY]


@pytest.mark.parametrize("where", ["/proc/x.json", "missing/dir/x.json", "STORE"])
def test_bad_transcript_out_is_a_usage_error_before_the_interview(where):
    home = Path(os.environ["OWNERSHIP_HOME"])
    if where == "STORE":
        run("chat", "--backend", "offline", input=STORY + "\n/done\n")
        where = str(home / "sessions.sqlite")
    result = run("chat", "--backend", "offline", "--transcript-out", where, input=STORY + "\n/done\n")
    assert result.exit_code == 2
    assert where in one_line(result.stderr)
    assert "Interviewer" not in result.stdout  # refused before the first question
    if where.endswith("sessions.sqlite"):
        assert sessions()[0]["status"] == "done"  # the store is intact


def test_transcript_out_failing_after_the_interview_says_where_the_transcript_is(tmp_path):
    out = tmp_path / "out" / "t.json"
    out.parent.mkdir()

    from agent.interview import chat as chat_module

    real = chat_module.save_transcript

    def vanishing(state, settings, *paths):  # the folder became unwritable during the interview
        if out in paths:
            raise PermissionError(13, "Permission denied")
        return real(state, settings, *paths)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(chat_module, "save_transcript", vanishing)
        result = run("chat", "--backend", "offline", "--transcript-out", str(out), input=STORY + "\n/done\n")
    assert result.exit_code == 0 and "interview report" in result.stdout
    line = one_line(result.stderr)
    assert f"cannot write {out}" in line and "the transcript is in" in line and "transcripts" in line
