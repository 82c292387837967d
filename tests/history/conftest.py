"""History tests: a fresh data folder per test, no network, and a scripted history built once.

The history is built by real `ownership chat` runs through click, answers piped one per line,
graded by `CueBackend` (tests/history/cues.py), whose scores follow fixed phrases, so that
these tests pin history, progress, compare and the reports, not the offline reader.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.history.cues import HOSTILE, TELLINGS, CueBackend


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    # Keys, .env and the network guard are tests/conftest.py's, for every test.
    monkeypatch.setenv("OWNERSHIP_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)


def run(*args, input=None):
    from agent.cli import main

    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def chat(story: str, answers: list[str]):
    result = run("chat", "--story", story, "--max-followups", "4", input="\n".join([*answers, "/done"]) + "\n")
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def history_home(tmp_path_factory):
    """A data folder holding three tellings of `fraud-model` and two of `churn`, by scripted chats."""
    home = tmp_path_factory.mktemp("history") / "home"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OWNERSHIP_HOME", str(home))
        mp.delenv("OPENAI_API_KEY", raising=False)
        mp.setattr("agent.backends.make_backend", lambda name, settings: CueBackend())
        for story, answers in TELLINGS:
            chat(story, answers)
    return home


@pytest.fixture
def built(history_home, monkeypatch):
    """The scripted history, as the data folder of this test; returns the tellings oldest first."""
    monkeypatch.setenv("OWNERSHIP_HOME", str(history_home))
    monkeypatch.setattr("agent.backends.make_backend", lambda name, settings: CueBackend())
    lines = [json.loads(line) for line in run("history", "--json").output.splitlines()]
    return list(reversed(lines))


__all__ = ["HOSTILE", "chat", "run"]
