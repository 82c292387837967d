"""The real CLI with the openai backend against the fake server: batches, resume, Batch API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from agent.cli import main
from tests.llm.script import KEY, transcript

MIXED = [
    "ok",
    "ratelimit",
    "refusal",
    "servererror",
    "slow",
    "unauthorized",
    "malformed",
    "schema",
    "invented",
    "stubborn",
    "altered",
    "down",
]
FAILING = {"refusal", "unauthorized", "down"}


def write_jsonl(path: Path, cases: list[str]) -> Path:
    path.write_text("".join(json.dumps(transcript(case)) + "\n" for case in cases), encoding="utf-8")
    return path


def invoke(args: list[str], env: dict[str, str]):
    return CliRunner().invoke(main, args, env=env, catch_exceptions=False)


def assert_no_key(*texts: str) -> None:
    for text in texts:
        assert KEY not in text and "sk-test" not in text


def test_mixed_batch_grades_the_rest_and_keeps_input_order(tmp_path, env, server):
    source = write_jsonl(tmp_path / "mixed.jsonl", MIXED)
    out = tmp_path / "grades.jsonl"
    result = invoke(["grade", str(source), "--json", "--out", str(out), "--concurrency", "4"], env)
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == MIXED
    for line in lines:
        if line["id"] in FAILING:
            assert "error" in line and line["error"].startswith(f"{line['id']}: grading failed: ")
        else:
            assert line["grader"] == "openai:fake-model", line  # no model named: the one the server lists
    by_id = {line["id"]: line for line in lines}
    assert "refused" in by_id["refusal"]["error"]
    assert "rejected the API key (401)" in by_id["unauthorized"]["error"]
    assert "after 3 attempts" in by_id["down"]["error"]
    assert by_id["stubborn"]["layers"]["impact"]["score"] == 0
    assert by_id["invented"]["layers"]["impact"]["score"] == 3
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(w["id"] for w in written) == sorted(MIXED)
    assert "3 of 12 transcripts could not be graded" in result.stderr
    assert "estimated cost $" in result.stderr
    # every request sent is counted, the failed ones (401, 503 three times, the refusal) included
    assert f"{len(server.chat_requests)} requests, " in result.stderr
    assert "(fake-model at $" in result.stderr  # the model that answered, not the default name
    assert_no_key(result.stdout, result.stderr, out.read_text())


def test_resume_skips_graded_ids_and_regrades_errors(tmp_path, env, script):
    source = write_jsonl(tmp_path / "in.jsonl", ["ok", "altered", "servererror"])
    out = tmp_path / "grades.jsonl"
    first = invoke(["grade", str(source), "--json", "--out", str(out)], env)
    assert first.exit_code == 0
    graded = {json.loads(line)["id"]: line for line in out.read_text().splitlines()}
    # Simulate an interrupted run: one grade lost, one error line, and a line cut short.
    out.write_text(graded["ok"] + "\n" + '{"id": "altered", "error": "boom"}\n' + '{"id": "serv', encoding="utf-8")
    calls_before = dict(script.calls)
    again = invoke(["grade", str(source), "--json", "--out", str(out), "--resume"], env)
    assert again.exit_code == 0
    assert "1 already graded" in again.stderr
    assert script.calls["ok"] == calls_before["ok"]  # not asked again
    assert script.calls["altered"] == calls_before["altered"] + 1
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == ["altered", "ok", "servererror"]
    assert [json.loads(line)["id"] for line in again.stdout.splitlines()] == ["altered", "servererror"]


def test_batch_api_round_trip(tmp_path, env, server):
    server.batch_polls = 1
    source = write_jsonl(tmp_path / "in.jsonl", ["ok", "invented", "malformed", "refusal", "altered"])
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    submitted = invoke(["grade", str(source), str(bad), "--batch-api"], env)
    assert submitted.exit_code == 0, submitted.output
    batch_id = submitted.stdout.strip()
    assert batch_id == "batch_1"
    uploaded = [json.loads(line) for line in server.files["file-1"].decode().splitlines()]
    assert [row["custom_id"] for row in uploaded] == ["0", "1", "2", "3", "4"]
    assert uploaded[0]["body"]["response_format"]["json_schema"]["strict"] is True

    status = invoke(["batch", "status", batch_id], env)
    assert status.exit_code == 0 and "in_progress" in status.stdout
    out = tmp_path / "grades.jsonl"
    collected = invoke(["batch", "collect", batch_id, "--out", str(out)], env)
    assert collected.exit_code == 1  # the refusal and the unreadable file
    lines = [json.loads(line) for line in collected.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["ok", "invented", "malformed", "refusal", "altered", "broken"]
    assert lines[0]["total"] == 18
    assert lines[1]["layers"]["impact"]["score"] == 3  # repaired through the normal API
    assert lines[2]["total"] == 18  # re-asked once with the validation error
    assert "refused" in lines[3]["error"]
    assert lines[4]["layers"]["impact"]["evidence"] == [
        "Chargebacks fell from 1.2% to 0.7% in the quarter after launch"
    ]
    assert "invalid JSON" in lines[5]["error"]
    assert out.read_text().splitlines() == collected.stdout.splitlines()
    assert "Batch API half price" in collected.stderr
    assert "repairs: 2 requests" in collected.stderr  # the invented quote and the malformed reply
    assert_no_key(submitted.output, status.output, collected.output)


def test_collect_before_completion_says_so(tmp_path, env, server):
    server.batch_polls = 5
    source = write_jsonl(tmp_path / "in.jsonl", ["ok"])
    batch_id = invoke(["grade", str(source), "--batch-api"], env).stdout.strip()
    result = invoke(["batch", "collect", batch_id], env)
    assert result.exit_code == 1
    assert "not completed yet" in result.stderr


def test_openai_without_a_key_is_a_one_line_usage_error(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ["ok"])
    result = CliRunner().invoke(main, ["grade", str(source), "--backend", "openai"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "OPENAI_API_KEY" in result.stderr


@pytest.mark.parametrize("flag", [["--samples", "3"], ["--batch-api"]])
def test_openai_only_options_are_refused_offline(tmp_path, flag):
    source = write_jsonl(tmp_path / "in.jsonl", ["ok"])
    result = CliRunner().invoke(main, ["grade", str(source), *flag])
    assert result.exit_code == 2 and "need the openai backend" in result.stderr


def test_offline_grading_never_imports_openai(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ["ok", "refusal"])
    code = (
        "import sys; from click.testing import CliRunner; from agent.cli import main; "
        f"r = CliRunner().invoke(main, ['grade', {str(source)!r}, '--json']); "
        "print([l[:20] for l in r.stdout.splitlines()]); assert 'openai' not in sys.modules, 'openai imported'"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.index('"id":"ok"') < done.stdout.index('"id":"refusal"')
