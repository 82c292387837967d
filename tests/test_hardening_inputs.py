"""Issue 10, items 2, 3, 4 and 6 and the reader's smaller points: outputs never destroy inputs,
bad output paths and special files are one line, one bad file never stops a batch."""

from __future__ import annotations

import io
import json
import os
import threading

import pytest
from click.testing import CliRunner

from agent.cli import main
from agent.transcript import ReadFailure, read_paths

STORY = "I decided to replace the rules with a model. Fraud losses fell 30% in a quarter."


def transcript(ident: str) -> dict:
    return {"id": ident, "turns": [{"role": "candidate", "text": STORY}]}


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def one_line(text: str) -> str:
    """The one line of stderr that says what is wrong (the batch summary line aside)."""
    lines = [line for line in text.splitlines() if line.strip() and "could not be graded" not in line]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


# -- item 2: --out never destroys an input ------------------------------------------------------


def test_out_equal_to_the_input_is_a_usage_error_and_writes_nothing(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps(transcript("a")) + "\n")
    before = batch.read_bytes()
    result = run("grade", str(batch), "--out", str(tmp_path / "." / "batch.jsonl"))
    assert result.exit_code == 2
    assert "is also an input" in one_line(result.stderr)
    assert batch.read_bytes() == before


def test_out_through_a_symlink_to_the_input_is_refused(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps(transcript("a")) + "\n")
    (tmp_path / "link.jsonl").symlink_to(batch)
    result = run("grade", str(batch), "--out", str(tmp_path / "link.jsonl"))
    assert result.exit_code == 2 and json.loads(batch.read_text())["id"] == "a"


def test_out_onto_a_transcript_inside_the_input_folder_is_refused(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps(transcript("a")) + "\n")
    result = run("grade", str(tmp_path), "--out", str(tmp_path / "a.jsonl"))
    assert result.exit_code == 2 and "inside the input folder" in result.stderr
    assert json.loads((tmp_path / "a.jsonl").read_text())["id"] == "a"


def test_grades_inside_the_input_folder_are_not_read_back_as_transcripts(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(transcript("a")))
    out = tmp_path / "grades.jsonl"
    first = run("grade", str(tmp_path), "--json", "--out", str(out))
    second = run("grade", str(tmp_path), "--json", "--out", str(out))
    for result in (first, second):
        assert result.exit_code == 0, result.output
        assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]
    assert "skipped" in second.stderr and "the output file of this run" in second.stderr
    # another run's grades file in the folder is recognised by its fields and skipped
    third = run("grade", str(tmp_path), "--json", "--out", str(tmp_path / "other.jsonl"))
    assert [json.loads(line)["id"] for line in third.stdout.splitlines()] == ["a"]
    assert "grades.jsonl: a grades file written by `ownership grade`" in third.stderr


def test_a_grades_file_named_explicitly_is_one_error(tmp_path):
    out = tmp_path / "grades.jsonl"
    source = tmp_path / "a.json"
    source.write_text(json.dumps(transcript("a")))
    run("grade", str(source), "--out", str(out))
    result = run("grade", str(out), "--json")
    assert result.exit_code == 1 and "not transcripts" in result.stderr


# -- item 3: bad output paths are one line, before any work --------------------------------------


@pytest.mark.parametrize("where", ["no/such/dir/x.jsonl", "/proc/x.jsonl", "DIR"])
def test_unwritable_out_is_one_line_exit_2(tmp_path, where):
    source = tmp_path / "a.json"
    source.write_text(json.dumps(transcript("a")))
    out = str(tmp_path) if where == "DIR" else (where if where.startswith("/") else str(tmp_path / where))
    result = run("grade", str(source), "--json", "--out", out)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""  # nothing was graded before the check
    assert "Traceback" not in result.output and out in result.stderr
    if where != "DIR":  # a directory is refused by click's own usage error
        assert one_line(result.stderr).startswith("ownership: ")


# -- item 4: deep nesting is one error line, the others are graded, reading streams --------------


def test_deeply_nested_json_fails_alone(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(transcript("a")))
    (tmp_path / "b.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "meta": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
    (tmp_path / "d.json").write_text(json.dumps(transcript("d")))
    result = run("grade", str(tmp_path), "--json")
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c:1", "d"]
    assert "layers" in rows[0] and "layers" in rows[3]
    assert "nested too deeply" in rows[1]["error"] and "nested too deeply" in rows[2]["error"]
    assert "Traceback" not in result.output and "RecursionError" not in result.output


def test_reading_streams_one_file_at_a_time(tmp_path, monkeypatch):
    for n in range(3):
        (tmp_path / f"{n}.json").write_text(json.dumps(transcript(str(n))))
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: opened.append(str(path)) or real_open(path, *a, **k))
    items = read_paths([str(tmp_path)])
    first = next(items)
    assert first.id == "0" and len(opened) == 1  # the second file is not read before the first is used
    assert [i.id for i in items] == ["1", "2"]


def test_grading_starts_before_stdin_ends():
    """The first grade is written while stdin is still open: nothing waits for the whole input."""
    read_end, write_end = os.pipe()
    reader = os.fdopen(read_end, "r", encoding="utf-8")
    writer = os.fdopen(write_end, "w", encoding="utf-8")
    items = read_paths(["-"], stdin=reader)
    writer.write(json.dumps(transcript("first")) + "\n")
    writer.flush()
    got: list = []
    thread = threading.Thread(target=lambda: got.append(next(items)))
    thread.start()
    thread.join(timeout=5)
    assert got and got[0].id == "first"
    writer.close()
    assert list(items) == []
    reader.close()


# -- item 6: special files never block ------------------------------------------------------------


def test_a_fifo_named_on_the_command_line_is_one_error_not_a_hang(tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    done: list = []
    thread = threading.Thread(target=lambda: done.append(list(read_paths([str(fifo)]))), daemon=True)
    thread.start()
    thread.join(timeout=5)
    assert done, "reading a FIFO blocked"
    [failure] = done[0]
    assert isinstance(failure, ReadFailure) and "FIFO, not a regular file" in failure.error
    result = run("grade", str(fifo))
    assert result.exit_code == 1 and "FIFO" in one_line(result.stderr)


def test_special_files_inside_a_folder_get_a_note(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(transcript("a")))
    os.mkfifo(tmp_path / "b.json")
    result = run("grade", str(tmp_path), "--json")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]
    assert "b.json: a FIFO, not a regular file" in result.stderr


def test_a_device_named_on_the_command_line_is_one_error():
    result = run("grade", "/dev/zero")
    assert result.exit_code == 1 and "device" in one_line(result.stderr)


# -- smaller things: ids in folders, stdin read as JSONL ------------------------------------------


def test_ids_inside_a_folder_are_relative_paths(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "story.txt").write_text("I built it.")
    (tmp_path / "b" / "story.txt").write_text("I built it too.")
    assert [i.id for i in read_paths([str(tmp_path)])] == ["b/story", "story"]
    assert [i.id for i in read_paths([str(tmp_path / "b" / "story.txt")])] == ["story"]


def test_plain_text_on_stdin_is_one_line_saying_stdin_is_jsonl():
    text = "Q: Tell me.\nA: I built it.\nIt shipped.\nQ: And?\nA: It worked.\n\nMore.\n"
    items = list(read_paths(["-"], stdin=io.StringIO(text)))
    [failure] = items
    assert "stdin is read as one JSON transcript per line" in failure.error
    result = run("grade", "-", input=text)
    assert result.exit_code == 1 and "JSONL" in one_line(result.stderr)


# -- smaller things: help, eval options ---------------------------------------------------------


def test_help_names_every_command():
    result = run("--help")
    for command in ("chat", "sessions", "grade", "probe", "eval", "batch"):
        assert f"ownership {command}" in result.output


def test_eval_split_is_dev_or_test():
    result = run("eval", "--split", "nope")
    assert result.exit_code == 2 and "'dev', 'test'" in result.output


@pytest.mark.parametrize(
    ("text", "says"),
    [("x = [\n", "not valid TOML"), ('[layers]\nmean_qwk = "high"\n', "layers.mean_qwk should be a number")],
)
def test_eval_thresholds_that_are_not_toml_are_one_line(tmp_path, text, says):
    bad = tmp_path / "bad.toml"
    bad.write_text(text)
    result = run("eval", "--thresholds", str(bad))
    assert result.exit_code == 2
    assert says in one_line(result.stderr) and str(bad) in result.stderr


def test_eval_errors_are_printed_without_control_characters(tmp_path):
    from tests.conftest import ROOT

    source = next((ROOT / "evals" / "data" / "test").glob("*.json"))
    (tmp_path / source.name).write_text(source.read_text())
    (tmp_path / "bad\x1b]0;x\x07.json").write_text("{")
    result = run("eval", "--dataset", str(tmp_path), "--backend", "offline")
    assert "error: " in result.stdout and "␛]0;x␇" in result.stdout
    assert "\x1b" not in result.output and "\x07" not in result.output
