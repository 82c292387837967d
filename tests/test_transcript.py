"""Every reader path of formats.md, and one clear error for each kind of bad input."""

from __future__ import annotations

import io
import json

import pytest

from agent.models import Transcript
from agent.transcript import MAX_CHARS, ReadFailure, read_paths

GOOD = {
    "id": "t1",
    "turns": [
        {"role": "interviewer", "text": "Tell me about a project."},
        {"role": "candidate", "text": "I built a churn model."},
    ],
}


def read(*paths, **kw):
    return list(read_paths([str(p) for p in paths], **kw))


def only_failure(items) -> ReadFailure:
    assert len(items) == 1 and isinstance(items[0], ReadFailure), items
    assert "\n" not in items[0].error
    return items[0]


def test_json_file(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(GOOD))
    [t] = read(path)
    assert isinstance(t, Transcript) and t.id == "t1" and len(t.turns) == 2


def test_json_without_id_takes_the_file_name(tmp_path):
    path = tmp_path / "story-7.json"
    path.write_text(json.dumps({"turns": GOOD["turns"]}))
    [t] = read(path)
    assert t.id == "story-7"


def test_jsonl_reads_good_lines_and_names_the_bad_one(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps(GOOD), "{not json", "", json.dumps({**GOOD, "id": "t2"})]
    path.write_text("\n".join(lines))
    items = read(path)
    assert [i.id for i in items] == ["t1", "batch:2", "t2"]
    assert isinstance(items[1], ReadFailure)
    assert items[1].error.startswith(f"{path}:2: invalid JSON")


def test_text_with_speaker_prefixes_and_continuation_lines(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(
        "Q: Tell me about it.\nA: First line.\nsecond line.\ninterviewer: And then?\nCANDIDATE: Then it shipped.\n"
    )
    [t] = read(path)
    assert t.id == "chat"
    assert [x.role for x in t.turns] == ["interviewer", "candidate", "interviewer", "candidate"]
    assert t.turns[1].text == "First line.\nsecond line."


def test_markdown_with_bold_prefixes_and_a_heading(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# My answer\n\n**Q:** Why?\n\n**A:** Because churn doubled.\n")
    [t] = read(path)
    assert [x.role for x in t.turns] == ["interviewer", "candidate"]
    assert t.turns[1].text == "Because churn doubled."


def test_bare_text_is_one_candidate_answer(tmp_path):
    path = tmp_path / "answer.txt"
    path.write_text("I owned the fraud model.\nIt cut losses by a third.")
    [t] = read(path)
    assert [x.role for x in t.turns] == ["candidate"]


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.json").write_text(json.dumps({**GOOD, "id": "z"}))
    (tmp_path / "a.txt").write_text("I built it.")
    (tmp_path / "notes.csv").write_text("x,y")
    skipped = []
    items = read(tmp_path, on_skip=lambda path, why: skipped.append((path, why)))
    assert [i.id for i in items] == ["a", "z"]
    assert skipped == [(str(tmp_path / "notes.csv"), "not a transcript file type")]


def test_stdin_is_jsonl():
    items = read("-", stdin=io.StringIO(json.dumps(GOOD) + "\n" + json.dumps({**GOOD, "id": "t2"}) + "\n"))
    assert [i.id for i in items] == ["t1", "t2"]


def test_missing_file(tmp_path):
    f = only_failure(read(tmp_path / "nope.json"))
    assert f.id == "nope" and "no such file" in f.error and "nope.json" in f.error


def test_empty_file(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("  \n")
    assert "file is empty" in only_failure(read(path)).error


def test_truncated_json(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text(json.dumps(GOOD)[:40])
    f = only_failure(read(path))
    assert f.id == "cut" and "invalid JSON" in f.error and str(path) in f.error


def test_wrong_schema_names_the_field(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"id": "x", "turns": [{"role": "candidate"}]}))
    f = only_failure(read(path))
    assert "turn 1 is missing the field 'text'" in f.error


def test_turns_not_a_list(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"id": "x", "turns": "hello"}))
    assert "'turns'" in only_failure(read(path)).error


def test_unknown_role(tmp_path):
    path = tmp_path / "role.json"
    bad = {"id": "r", "turns": [{"role": "moderator", "text": "hi"}, {"role": "candidate", "text": "x"}]}
    path.write_text(json.dumps(bad))
    f = only_failure(read(path))
    assert f.id == "r" and "turn 1 has unknown role 'moderator'" in f.error


def test_binary_file(tmp_path):
    path = tmp_path / "blob.json"
    path.write_bytes(bytes(range(256)))
    assert "not UTF-8 text" in only_failure(read(path)).error


def test_latin1_text_is_not_utf8(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Candidate: caf\xe9".encode("latin-1"))
    assert "not UTF-8" in only_failure(read(path)).error


def test_no_candidate_turn(tmp_path):
    path = tmp_path / "q.json"
    path.write_text(json.dumps({"id": "q", "turns": [{"role": "interviewer", "text": "Hello?"}]}))
    assert "no candidate turn" in only_failure(read(path)).error


def test_too_long(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("word " * (MAX_CHARS // 5 + 10))
    f = only_failure(read(path))
    assert "over the 200,000 limit" in f.error


def test_unsupported_suffix_named_explicitly(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,b")
    assert "unsupported file type '.csv'" in only_failure(read(path)).error


def test_unknown_probe_layer(tmp_path):
    path = tmp_path / "p.json"
    turns = [{"role": "interviewer", "text": "q", "probe": "vibes"}, {"role": "candidate", "text": "a"}]
    path.write_text(json.dumps({"id": "p", "turns": turns}))
    assert "unknown layer 'vibes'" in only_failure(read(path)).error


@pytest.mark.parametrize("payload", ["[1, 2]", '"just a string"'])
def test_json_that_is_not_an_object(tmp_path, payload):
    path = tmp_path / "x.json"
    path.write_text(payload)
    assert "expected a transcript object" in only_failure(read(path)).error
