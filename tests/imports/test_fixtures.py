"""Every format and speaker convention: the fixtures read as their expected turns and roles, and a
round trip (import, the transcript as formats.md JSON, grade) keeps every quote valid."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from agent.cli import main
from agent.models import Transcript
from tests.imports.helpers import FIXTURES, MARKUP, bad_quotes, cases, cli_options, options, read_one, turn_rows

CASES = cases()
IDS = [path.name for path, _ in CASES]


def test_every_format_and_convention_has_a_fixture():
    suffixes = {path.suffix for path, _ in CASES}
    shapes = {spec["format"] for _, spec in CASES}
    assert suffixes == {".vtt", ".srt", ".txt", ".md"}
    assert shapes == {"webvtt", "srt", "speaker blocks", "named speakers"}
    assert len(CASES) >= 15


@pytest.mark.parametrize(("path", "spec"), CASES, ids=IDS)
def test_fixture_reads_as_expected(path, spec):
    transcript = read_one(path, options(spec))
    assert isinstance(transcript, Transcript), transcript
    assert turn_rows(transcript) == spec["turns"]
    record = transcript.meta["import"]
    assert record["format"] == spec["format"]
    assert record.get("candidate") == spec.get("candidate")
    assert record.get("interviewers", []) == spec.get("interviewers", [])
    assert record.get("roles") == spec.get("roles")
    assert record.get("notes", []) == spec["notes"]


@pytest.mark.parametrize(("path", "spec"), CASES, ids=IDS)
def test_no_markup_survives_into_any_turn(path, spec):
    transcript = read_one(path, options(spec))
    for turn in transcript.turns:
        assert not MARKUP.search(turn.text), turn.text


@pytest.mark.parametrize(("path", "spec"), CASES, ids=IDS)
def test_round_trip_import_json_grade_keeps_every_quote_valid(tmp_path, path, spec):
    runner = CliRunner()
    direct = runner.invoke(main, ["grade", str(path), "--json", "--backend", "offline", *cli_options(spec)])
    assert direct.exit_code == 0, direct.output
    [row] = [json.loads(line) for line in direct.stdout.splitlines()]
    transcript = read_one(path, options(spec))
    assert bad_quotes(row, transcript) == []
    assert sum(len(layer["evidence"]) for layer in row["layers"].values()) > 0
    _check_evidence_starts(row, transcript)
    if spec.get("candidate"):
        assert row["speakers"] == {"candidate": spec["candidate"], "interviewers": spec["interviewers"]}
    else:
        assert "speakers" not in row

    saved = tmp_path / f"{path.stem}.json"
    saved.write_text(transcript.model_dump_json(exclude_none=True), encoding="utf-8")
    again = read_one(saved)
    assert isinstance(again, Transcript) and turn_rows(again) == turn_rows(transcript)
    regraded = runner.invoke(main, ["grade", str(saved), "--json", "--backend", "offline"])
    assert regraded.exit_code == 0, regraded.output
    [row2] = [json.loads(line) for line in regraded.stdout.splitlines()]
    assert row2["layers"] == row["layers"] and row2.get("speakers") == row.get("speakers")
    assert bad_quotes(row2, again) == []


def test_fixtures_are_not_skipped_when_graded_as_a_directory():
    result = CliRunner().invoke(main, ["grade", str(FIXTURES), "--json", "--backend", "offline"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    # meet-panel and panel-blocks need --candidate / --interviewer: without them they are refused.
    refused = {row["id"] for row in rows if "error" in row}
    assert refused == {"meet-panel", "panel-blocks"}
    assert len(rows) == len(CASES) and "not a transcript file type" not in result.stderr


def _check_evidence_starts(row: dict, transcript: Transcript) -> None:
    """Each quote's time is the start of the candidate turn it is in; untimed files have none."""
    starts = [t.meta.get("start") for t in transcript.turns if t.role == "candidate" and t.meta]
    if not any(s is not None for s in starts):
        assert "evidence_start" not in row
        return
    for layer, graded in row["layers"].items():
        expected = [
            next(
                (t.meta.get("start") for t in transcript.turns if t.role == "candidate" and quote in t.text),
                "missing",
            )
            for quote in graded["evidence"]
        ]
        assert row["evidence_start"][layer] == expected
