"""`ownership grade` end to end, through the real console entry point."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from agent import rubric
from agent.cli import main
from tests.conftest import EXAMPLES

GOOD = {
    "id": "good-one",
    "turns": [
        {"role": "interviewer", "text": "Tell me about a project."},
        {
            "role": "candidate",
            "text": "I decided to replace the rules with a model. Fraud losses fell 30% in a quarter.",
        },
    ],
}


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_json_output_matches_formats_md_for_every_example():
    result = run("grade", str(EXAMPLES), "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 5
    for row in rows:
        assert set(row) == {"id", "layers", "red_flags", "verdict", "total", "grader"}
        assert list(row["layers"]) == list(rubric.LAYERS)
        for layer in row["layers"].values():
            assert set(layer) == {"score", "evidence", "rationale"}
            assert 0 <= layer["score"] <= 3
        assert row["total"] == sum(v["score"] for v in row["layers"].values())
        assert row["grader"] == "offline"


def test_bad_directory_grades_the_good_one_and_names_each_bad_file(tmp_path):
    (tmp_path / "good.json").write_text(json.dumps(GOOD))
    (tmp_path / "truncated.json").write_text(json.dumps(GOOD)[:50])
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "no-candidate.json").write_text(
        json.dumps({"id": "nc", "turns": [{"role": "interviewer", "text": "hi"}]})
    )
    role = {"id": "role", "turns": [{"role": "coach", "text": "x"}, {"role": "candidate", "text": "y"}]}
    (tmp_path / "unknown-role.json").write_text(json.dumps(role))
    proc = subprocess.run(
        [sys.executable, "-m", "agent.cli", "grade", str(tmp_path), "--json"], capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    graded = [r for r in rows if "error" not in r]
    errors = [r for r in rows if "error" in r]
    assert [r["id"] for r in graded] == ["good-one"]
    assert len(errors) == 5
    error_lines = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert len(error_lines) == 5
    for name in ["truncated.json", "empty.txt", "binary.json", "no-candidate.json", "unknown-role.json"]:
        assert sum(name in line for line in error_lines) == 1, name


def test_out_file_gets_every_line_even_when_some_fail(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(GOOD))
    (tmp_path / "b.json").write_text("{")
    out = tmp_path / "grades.jsonl"
    result = run("grade", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--out", str(out))
    assert result.exit_code == 1
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["good-one", "b"]
    assert "error" in lines[1] and "good-one" in result.stdout  # the readable report went to stdout


def test_readable_report_shows_bars_flags_verdict_and_suggestions():
    result = run("grade", str(EXAMPLES / "churn-executor.txt"))
    assert result.exit_code == 0
    out = result.stdout
    assert "churn-executor" in out and "█" in out and "verdict" in out and "red flags" in out
    assert "What to add next time" in out


def test_stdin_jsonl():
    result = run("grade", "-", "--json", input=json.dumps(GOOD) + "\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "good-one"


def test_usage_errors_exit_2():
    assert run("grade").exit_code == 2
    assert run("grade", "x.json", "--backend", "nope").exit_code == 2


def test_openai_backend_without_key_is_a_one_line_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no .env here
    result = run("grade", str(EXAMPLES / "batch.jsonl"), "--backend", "openai")
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.output and len(result.output.strip().splitlines()) == 1


def test_help_imports_neither_openai_nor_langgraph():
    code = (
        "import sys\n"
        "from agent.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('openai', 'langgraph', 'langchain_core')]\n"
        "print('HEAVY', heavy)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY []" in proc.stdout, proc.stdout + proc.stderr


def test_offline_grading_imports_neither_openai_nor_langgraph():
    code = (
        "import sys\n"
        "from agent.cli import main\n"
        f"try:\n    main(['grade', {str(EXAMPLES)!r}, '--json', '--backend', 'offline'])\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('openai', 'langgraph')]\n"
        "print('HEAVY', heavy)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY []" in proc.stdout, proc.stdout[-500:] + proc.stderr[-500:]
