"""The interviewer's commands through click: scripted chat, sessions, probe --json, --help cost."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from agent.cli import main
from agent.interview.replay import match_bank

WATCHED = "You said your fraud model went live in March: what did you watch after that, and how often?"
STORY = "Our fraud model went live in March. I wrote the Spark jobs and we shipped it in two weeks."


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_scripted_chat_one_answer_per_line(tmp_path):
    out = tmp_path / "t.json"
    result = run("chat", "--backend", "offline", "--max-followups", "2", "--transcript-out", str(out),
                 input=f"{STORY}\n\nWe kept an eye on the dashboards.\n/skip\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "interview report" in result.output and "Your story in 60 seconds" in result.output
    transcript = json.loads(out.read_text())
    roles = [t["role"] for t in transcript["turns"]]
    assert roles == ["interviewer", "candidate", "interviewer", "candidate", "interviewer"]
    assert [t.get("probe") for t in transcript["turns"] if t["role"] == "interviewer"][0] is None
    assert all(t["probe"] for t in transcript["turns"][2::2])
    assert transcript["meta"]["source"] == "ownership chat"
    # the saved transcript reads back through the ordinary readers
    from agent.transcript import read_paths

    [item] = list(read_paths([str(out)]))
    assert item.turns[2].probe == transcript["turns"][2]["probe"]


def test_sessions_lists_and_resume_of_a_finished_session(tmp_path):
    assert "No sessions yet" in run("sessions").output
    run("chat", "--backend", "offline", input=f"{STORY}\n/done\n")
    listed = [json.loads(line) for line in run("sessions", "--json").output.splitlines()]
    assert len(listed) == 1 and listed[0]["status"] == "done" and listed[0]["answers"] == 1
    assert listed[0]["title"].startswith("Our fraud model")
    assert "no unfinished session" in run("chat", "--resume").output
    assert run("chat", "--resume", "nope").exit_code == 2


def test_done_before_the_story():
    result = run("chat", "--backend", "offline", input="/done\n")
    assert result.exit_code == 0 and "nothing to grade" in result.output


def write(path, turns, **extra):
    path.write_text(json.dumps({"id": path.stem, "turns": turns, **extra}))
    return str(path)


def test_probe_json(tmp_path):
    opening = write(tmp_path / "a.json", [{"role": "candidate", "text": STORY}])
    followed = write(
        tmp_path / "b.json",
        [
            {"role": "candidate", "text": STORY},
            {"role": "interviewer", "text": WATCHED, "probe": "deployment_monitoring"},
            {"role": "candidate", "text": "Nothing much."},
        ],
    )
    bad = tmp_path / "c.json"
    bad.write_text("{")
    result = run("probe", opening, followed, str(bad), "--json", "--backend", "offline")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [sorted(x) for x in lines[:2]] == [["id", "question", "target_layer"]] * 2
    assert lines[0]["id"] == "a" and lines[0]["target_layer"] == "deployment_monitoring"
    assert "went live in March" in lines[0]["question"]
    # the failed monitoring probe earns one more try, from another angle than "watched"
    assert lines[1]["target_layer"] == "deployment_monitoring"
    assert match_bank(lines[1]["question"])[1] not in ("watched", "")
    assert lines[2]["id"] == "c" and "invalid JSON" in lines[2]["error"]


def test_probe_null_when_it_would_stop(tmp_path, monkeypatch):
    from agent import backends
    from agent.rubric import LAYERS

    monkeypatch.setattr(backends.OfflineBackend, "assess", lambda self, t: dict.fromkeys(LAYERS, 2))
    path = write(tmp_path / "full.json", [{"role": "candidate", "text": STORY}])
    result = run("probe", path, "--json", "--backend", "offline")
    assert json.loads(result.output) == {"id": "full", "target_layer": None, "question": None}


def test_help_imports_neither_langgraph_nor_openai():
    code = (
        "import sys\nfrom agent.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "bad = [m for m in ('langgraph', 'openai', 'rich') if m in sys.modules]\nassert not bad, bad\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "chat" in done.stdout and "probe" in done.stdout and "sessions" in done.stdout
