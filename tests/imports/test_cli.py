"""The commands on imported files: grade (report and --json), the role options, probe, eval --dataset."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from click.testing import CliRunner

from agent.cli import main
from tests.imports.helpers import FIXTURES

LABELS = {
    "labels": {
        "layers": {
            "problem_framing": 2,
            "directional_influence": 2,
            "tradeoffs": 2,
            "deployment_monitoring": 1,
            "impact": 0,
            "reflection": 0,
        },  # fmt: skip
        "red_flags": ["no_quantified_impact"],
        "verdict": "partial_owner",
    },
    "meta": {"split": "dev"},
}


def run(*args):
    return CliRunner().invoke(main, [*args, "--backend", "offline"])


def test_the_report_says_who_was_taken_as_the_candidate():
    result = run("grade", str(FIXTURES / "teams-voice.vtt"))
    assert result.exit_code == 0, result.output
    assert "candidate  Rui Carvalho (interviewer: Halima Osei)" in result.stdout
    assert "at 0:13" in result.stdout  # where in the recording the quoted turn starts


def test_clock_reads_like_a_player():
    from agent.grade_report import clock

    assert [clock(4.5), clock(62.0), clock(3610.0)] == ["0:04", "1:02", "1:00:10"]


def test_grade_json_with_the_candidate_option_on_a_panel():
    result = run("grade", str(FIXTURES / "meet-panel.vtt"), "--json", "--candidate", "Sun Li")
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["speakers"] == {"candidate": "Sun Li", "interviewers": ["Ines Vidal", "Kofi Boateng"]}


def test_a_refusal_is_one_line_on_stderr_and_the_other_files_are_graded(tmp_path):
    shutil.copy(FIXTURES / "meet-panel.vtt", tmp_path / "a-panel.vtt")
    shutil.copy(FIXTURES / "otter.txt", tmp_path / "b-otter.txt")
    proc = subprocess.run(
        [sys.executable, "-m", "agent.cli", "grade", str(tmp_path), "--json", "--backend", "offline"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a-panel", "b-otter"] and "error" in rows[0] and "layers" in rows[1]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {tmp_path / 'a-panel.vtt'}: cannot tell which speaker is the candidate among 'Ines Vidal', "
        "'Kofi Boateng', 'Sun Li'; say who with --candidate NAME (and --interviewer NAME for each interviewer of a "
        "panel)"
    ]
    assert "Traceback" not in proc.stderr


def test_notes_go_to_stderr():
    result = run("grade", str(FIXTURES / "unnamed.srt"), "--json")
    assert result.exit_code == 0
    assert f"note: {FIXTURES / 'unnamed.srt'}: no speaker names: graded as one candidate answer" in result.stderr


def test_probe_reads_an_imported_file():
    result = run("probe", str(FIXTURES / "zoom-prefix.vtt"), "--json")
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["id"] == "zoom-prefix" and row["target_layer"] in {
        "tradeoffs", "deployment_monitoring", "reflection", "impact", "problem_framing", "directional_influence"
    }  # fmt: skip
    assert row["question"]


def test_probe_takes_the_role_options():
    refused = run("probe", str(FIXTURES / "panel-blocks.txt"), "--json")
    assert refused.exit_code == 1 and "cannot tell which speaker" in json.loads(refused.stdout)["error"]
    named = run("probe", str(FIXTURES / "panel-blocks.txt"), "--json", "--candidate", "Jonas Berg")
    assert named.exit_code == 0 and json.loads(named.stdout)["target_layer"]


def test_eval_on_imported_files_with_labels_beside_them(tmp_path):
    for name in ("teams-voice.vtt", "named.srt", "otter.txt", "zoom-hms.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
        stem = name.rsplit(".", 1)[0]
        (tmp_path / f"{stem}.labels.json").write_text(json.dumps(LABELS), encoding="utf-8")
    result = run("eval", "--dataset", str(tmp_path), "--json", "--split", "dev")
    assert result.exit_code in (0, 1), result.output
    figures = json.loads(result.stdout)
    assert figures["n"] == 4 and figures["errors"] == []
