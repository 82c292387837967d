"""`ownership chat` in a real terminal (pexpect): pasting, /help, Ctrl-C, --resume, SIGKILL."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

OWNERSHIP = str(Path(sys.executable).parent / "ownership")
STORY = "Our fraud model went live in March. I wrote the Spark jobs and we shipped it in two weeks."


def spawn(*args: str):
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", COLUMNS="160")
    child = pexpect.spawn(OWNERSHIP, ["chat", "--backend", "offline", *args], env=env, encoding="utf-8", timeout=30)
    child.setwinsize(40, 160)
    return child


def test_ctrl_c_saves_and_resume_continues(tmp_path):
    child = spawn()
    child.expect("Interviewer")
    child.expect("you ›")
    child.sendline("/help")
    child.expect("/skip")
    child.expect("you ›")
    # a pasted answer: two lines in one write are one answer
    child.send(STORY + "\nThe business was really happy with it.\n")
    child.expect(r"follow-up 1 · (\w[\w ]*)")
    child.expect("you ›")
    child.sendintr()
    child.expect(r"Resume with: ownership chat --resume (\S+)")
    session = child.match.group(1)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    out = tmp_path / "t.json"
    child = spawn("--resume", session, "--transcript-out", str(out))
    child.expect(f"Resuming session {re.escape(session)}")
    child.expect("follow-up 1")
    child.expect("you ›")
    child.sendline("We kept an eye on the dashboards.")
    child.expect("follow-up 2")
    child.expect("you ›")
    child.sendline("/done")
    child.expect("interview report")
    child.expect("Your story in 60 seconds")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    transcript = json.loads(out.read_text())
    answers = [t["text"] for t in transcript["turns"] if t["role"] == "candidate"]
    assert answers == [STORY + "\nThe business was really happy with it.", "We kept an eye on the dashboards."]
    followups = [t for t in transcript["turns"] if t["role"] == "interviewer"][1:]
    assert followups and all(t["probe"] for t in followups)


def test_sigkill_loses_no_answer(tmp_path):
    child = spawn()
    child.expect("you ›")
    child.sendline(STORY)
    child.expect("follow-up 1")
    child.expect("you ›")
    child.sendline("We kept an eye on the dashboards.")
    child.expect("follow-up 2")
    child.expect("you ›")
    child.kill(signal.SIGKILL)
    child.close(force=True)

    out = tmp_path / "t.json"
    child = spawn("--resume", "--transcript-out", str(out))  # the latest unfinished session
    child.expect(r"Resuming session \S+ \(2 answers so far\)")
    child.expect("follow-up 2")
    child.expect("you ›")
    child.sendline("/done")
    child.expect(pexpect.EOF)
    child.close()
    answers = [t["text"] for t in json.loads(out.read_text())["turns"] if t["role"] == "candidate"]
    assert answers == [STORY, "We kept an eye on the dashboards."]
