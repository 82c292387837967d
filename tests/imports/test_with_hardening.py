"""Imports (issue 11) under issue 10's reading and printing rules: relative ids in folders,
special files skipped, labels files never read as transcripts, every imported text printed with
control characters neutralised, quote times in the narrow report."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from click.testing import CliRunner
from rich.console import Console

from agent.backends import OfflineBackend
from agent.cli import main
from agent.grade_report import print_grade
from agent.models import Transcript
from agent.transcript import read_paths
from tests.imports.helpers import FIXTURES

HOSTILE_VTT = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:03.000\n<v Dana\x1b]0;pwned\x07>What did you monitor after launch?</v>\n\n"
    "2\n00:00:05.000 --> 00:00:04.000\n<v Priya>a cue that ends before it starts</v>\n\n"
    "3\n00:00:04.500 --> 00:00:09.000\n<v Pri\u202eya\x1b[2J>I watched false declines per merchant segment every week,"
    " and when new merchants doubled in week three I rolled that segment back.</v>\n"
)


def run(*args):
    return CliRunner().invoke(main, [*args, "--backend", "offline"])


def test_imported_files_in_a_folder_have_relative_ids_and_labels_are_not_transcripts(tmp_path):
    (tmp_path / "b").mkdir()
    shutil.copy(FIXTURES / "teams-voice.vtt", tmp_path / "b" / "call.vtt")
    shutil.copy(FIXTURES / "named.srt", tmp_path / "call.srt")
    labels = {"meta": {"split": "dev"}}
    (tmp_path / "b" / "call.labels.json").write_text(json.dumps(labels), encoding="utf-8")
    skipped: list[tuple[str, str]] = []
    items = list(read_paths([str(tmp_path)], on_skip=lambda path, why: skipped.append((path, why))))
    assert [i.id for i in items] == ["b/call", "call"]
    assert all(isinstance(i, Transcript) for i in items)
    assert items[0].meta["split"] == "dev"
    assert skipped == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_like_a_recording_is_skipped_with_a_note(tmp_path):
    shutil.copy(FIXTURES / "named.srt", tmp_path / "call.srt")
    os.mkfifo(tmp_path / "live.vtt")
    result = run("grade", str(tmp_path), "--json")
    assert result.exit_code == 0, result.output
    assert "live.vtt: a FIFO, not a regular file" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["call"]


def test_hostile_speaker_names_and_notes_are_neutralised(tmp_path):
    path = tmp_path / "evil\x1b[31m.vtt"
    path.write_text(HOSTILE_VTT, encoding="utf-8")
    result = run("grade", str(path))
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "note: " in result.stderr and "evil␛[31m.vtt: skipped 1 cue" in result.stderr
    # The importer drops C0 controls from cue text; what it keeps (a bidi override) is neutralised.
    assert "candidate  Pri\\u202eya[2J (interviewer: Dana]0;pwned)" in result.stdout
    assert "\u202e" not in result.output


def test_probe_notes_are_neutralised(tmp_path):
    path = tmp_path / "evil\x1b[31m.vtt"
    path.write_text(HOSTILE_VTT, encoding="utf-8")
    result = run("probe", str(path))
    assert "\x1b" not in result.output
    assert "evil␛[31m.vtt: skipped 1 cue" in result.stderr


def test_the_narrow_report_keeps_the_quote_time():
    [transcript] = list(read_paths([str(FIXTURES / "teams-voice.vtt")]))
    grade = OfflineBackend().grade(transcript)
    console = Console(width=50, record=True, file=open(os.devnull, "w"), color_system=None)  # noqa: SIM115
    print_grade(console, grade)
    text = console.export_text()
    assert "at 0:13" in " ".join(text.split())
    assert max(len(line) for line in text.splitlines()) <= 50
