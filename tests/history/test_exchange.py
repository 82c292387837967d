"""`history --export` and `--import`: a coach collects a candidate's tellings; twice adds nothing."""

from __future__ import annotations

import json

from tests.history.conftest import run


def test_export_then_import_into_another_home_twice(built, tmp_path, monkeypatch):
    out = tmp_path / "candidate.jsonl"
    result = run("history", "--export", str(out))
    assert result.exit_code == 0 and "exported 5 tellings" in result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == [t["id"] for t in built]  # oldest first
    assert {"format", "version", "transcript", "grade", "report"} <= set(lines[0])

    monkeypatch.setenv("OWNERSHIP_HOME", str(tmp_path / "coach"))
    first = run("history", "--import", str(out))
    assert first.exit_code == 0 and "added 5, already in history 0" in first.output
    again = run("history", "--import", str(out))
    assert again.exit_code == 0 and "added 0, already in history 5" in again.output
    imported = list(reversed([json.loads(line) for line in run("history", "--json").output.splitlines()]))
    assert imported == built  # same ids, dates, stories, scores
    progress = json.loads(run("history", "--story", "fraud-model", "--json").output)["progress"]
    assert progress["totals"] == [4, 8, 15]
    assert "Interview report: fraud-model" in run("report", built[-1]["id"]).output


def test_export_of_one_story(built, tmp_path):
    out = tmp_path / "churn.jsonl"
    run("history", "--story", "churn", "--export", str(out))
    assert [json.loads(line)["story"] for line in out.read_text().splitlines()] == ["churn", "churn"]


def test_import_reports_bad_lines_and_keeps_the_good(built, tmp_path, monkeypatch):
    good = tmp_path / "all.jsonl"
    run("history", "--export", str(good))
    first, second, *_ = good.read_text().splitlines()
    tampered = json.loads(second)
    tampered["grade"]["layers"]["impact"]["score"] = 7
    other_id = json.loads(first) | {"id": "someone-else"}
    other_id["transcript"] = other_id["transcript"] | {"meta": {"candidate": "B"}}
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([first, "{not json", json.dumps(tampered), '{"id": "x"}', json.dumps(other_id)]) + "\n")
    monkeypatch.setenv("OWNERSHIP_HOME", str(tmp_path / "coach"))
    result = run("history", "--import", str(mixed))
    assert result.exit_code == 1
    assert f"{mixed}:2: invalid JSON" in result.output
    assert f"{mixed}:3: grade.layers.impact.score: Input should be less than or equal to 3" in result.output
    assert f"{mixed}:4: not a line of `ownership history --export`" in result.output
    assert "added 2, already in history 0, 3 lines could not be read" in result.output
    assert "Traceback" not in result.output
    ids = sorted(json.loads(line)["id"] for line in run("history", "--json").output.splitlines())
    assert ids == sorted([built[0]["id"], "someone-else"])


def test_same_id_different_telling_is_kept_apart(built, tmp_path, monkeypatch):
    out = tmp_path / "all.jsonl"
    run("history", "--export", str(out))
    line = json.loads(out.read_text().splitlines()[0])
    line["transcript"]["meta"] = {"candidate": "another"}
    clash = tmp_path / "clash.jsonl"
    clash.write_text(json.dumps(line) + "\n")
    monkeypatch.setenv("OWNERSHIP_HOME", str(tmp_path / "coach"))  # the module's history stays as built
    run("history", "--import", str(out))
    result = run("history", "--import", str(clash))
    assert "added 1" in result.output
    ids = [json.loads(x)["id"] for x in run("history", "--json").output.splitlines()]
    assert f"{line['id']}~2" in ids and len(ids) == 6


def test_missing_import_file():
    result = run("history", "--import", "nowhere.jsonl")
    assert result.exit_code == 1 and "nowhere.jsonl: cannot read" in result.output
