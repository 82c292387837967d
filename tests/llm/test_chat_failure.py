"""Issue 10, item 1: a model server that fails in the middle of `ownership chat` loses nothing.

The real CLI with the openai backend against the fake server, which answers a few requests and
then only returns 500: every answer typed is kept, the session stays open, one line says what
failed and how to resume, exit 1; `--resume` re-runs the failed step (here with the offline
backend) and the interview goes on to its report with all the earlier answers.
"""

from __future__ import annotations

import json
import threading

import pytest
from click.testing import CliRunner

from agent.cli import main
from tests.llm.script import KEY, answer
from tests.support.fake_openai_server import FakeOpenAI, Reply, completion, error

ANSWERS = [
    "Our chargeback rate had doubled, so I proposed replacing the fraud rules with a model.",
    "We kept an eye on the dashboards.",
    "I watched precision per merchant segment every week and rolled back one segment in week three.",
    "This fourth answer is never asked for.",
]


class FailsAfter:
    """Answers `good` requests (grades, or a question for plain completions), then only 500."""

    def __init__(self, good: int) -> None:
        self.good = good
        self.seen = 0
        self._lock = threading.Lock()

    def __call__(self, body: dict) -> Reply:
        with self._lock:
            self.seen += 1
            n = self.seen
        if n > self.good:
            return error(500, "The server had an error")
        if "response_format" in body:
            return Reply(body=completion(answer()))
        return Reply(body=completion("What did you watch after launch, and how often?"))


@pytest.fixture
def failing():
    script = FailsAfter(good=4)
    with FakeOpenAI(script) as server:
        yield server, script


def chat(args: list[str], env: dict, input: str):
    return CliRunner().invoke(main, ["chat", *args], input=input, env=env)


def test_server_failure_keeps_the_answers_and_resume_reruns_the_failed_step(tmp_path, failing):
    server, script = failing
    env = {
        "OPENAI_API_KEY": KEY,
        "OPENAI_BASE_URL": server.url,
        "OWNERSHIP_MAX_ATTEMPTS": "2",
        "OWNERSHIP_TIMEOUT": "2",
        "OWNERSHIP_HOME": str(tmp_path / "home"),
    }
    first = chat(["--backend", "openai"], env, "\n".join(ANSWERS) + "\n")
    assert first.exit_code == 1, first.output
    assert first.exception is None or isinstance(first.exception, SystemExit)
    assert "Traceback" not in first.output
    [line] = [x for x in first.stderr.splitlines() if x.strip()]
    listed = [json.loads(x) for x in CliRunner().invoke(main, ["sessions", "--json"], env=env).output.splitlines()]
    [session] = listed
    kept = session["answers"]  # every answer read (a failed read falls back offline; the final grade failed)
    assert session["status"] == "open" and kept >= 2
    assert "server error (500)" in line and f"{kept} answers are saved" in line
    assert f"ownership chat --resume {session['id']}" in line and "--backend offline" in line
    assert KEY not in first.output

    # Resume on the offline backend: the failed assessment runs again, then the next question.
    second = chat(["--resume", session["id"], "--backend", "offline"], env, "/done\n")
    assert second.exit_code == 0, second.output
    assert "interview report" in second.output and "No story was told" not in second.output
    saved = json.loads((tmp_path / "home" / "transcripts" / f"{session['id']}.json").read_text())
    said = [t["text"] for t in saved["turns"] if t["role"] == "candidate"]
    assert said == ANSWERS[:kept]
    listed = [json.loads(x) for x in CliRunner().invoke(main, ["sessions", "--json"], env=env).output.splitlines()]
    assert listed[0]["status"] == "done"


def test_resume_on_the_same_server_once_it_is_back(tmp_path, failing):
    server, script = failing
    env = {
        "OPENAI_API_KEY": KEY,
        "OPENAI_BASE_URL": server.url,
        "OWNERSHIP_MAX_ATTEMPTS": "1",
        "OWNERSHIP_HOME": str(tmp_path / "home"),
    }
    first = chat(["--backend", "openai"], env, "\n".join(ANSWERS) + "\n")
    assert first.exit_code == 1
    script.good = 1_000  # the server recovers
    second = chat(["--resume"], env, "/done\n")
    assert second.exit_code == 0, second.output
    assert "interview report" in second.output
