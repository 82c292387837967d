"""Issue 10, item 11: a server that sends bytes that are not UTF-8 (or not JSON) is one line like
the other server errors, and the cost line counts every request sent, answered or not."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from agent.cli import main
from tests.llm.script import KEY, transcript
from tests.support.fake_openai_server import FakeOpenAI, Reply, error


def grade_against(reply, tmp_path, attempts: int = 4):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(transcript("ok", "a")) + "\n" + json.dumps(transcript("ok", "b")) + "\n")
    with FakeOpenAI(reply) as server:
        env = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": server.url, "OWNERSHIP_MAX_ATTEMPTS": str(attempts)}
        result = CliRunner().invoke(main, ["grade", str(source), "--json"], env=env)
        return result, len(server.chat_requests)


@pytest.mark.parametrize("raw", [b'{"id": "chatcmpl-\xff\xfe\x80", "choices": []}', b"<html>\xff\xfe</html>"])
def test_bytes_that_are_not_utf8_are_one_line_per_transcript(tmp_path, raw):
    result, sent = grade_against(lambda body: Reply(raw=raw), tmp_path)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "UnicodeDecodeError" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and all("the server's reply was not" in e for e in errors)
    assert f"{sent} requests" in result.stderr and sent == 2


def test_the_cost_line_counts_requests_that_failed(tmp_path):
    result, sent = grade_against(lambda body: error(500, "The server had an error"), tmp_path, attempts=4)
    assert result.exit_code == 1 and sent == 8  # two transcripts, four attempts each
    assert "8 requests, 0 input + 0 output tokens" in result.stderr
