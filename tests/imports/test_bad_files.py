"""Bad exports get one line naming the file (and line) and what is wrong; what can be read is read."""

from __future__ import annotations

import json

import pytest

from agent.models import Transcript
from agent.transcript import ReadFailure
from tests.imports.helpers import read_one

TWO_CUES = (
    "1\n00:00:01.000 --> 00:00:03.000\nDana: What did you build?\n\n"
    "2\n00:00:03.500 --> 00:00:08.000\nPriya: A churn model for our gym chain.\n"
)


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, read_one(path)


def failure(item) -> str:
    assert isinstance(item, ReadFailure), item
    assert "\n" not in item.error
    return item.error


def notes(item) -> list[str]:
    assert isinstance(item, Transcript), item
    return item.meta["import"].get("notes", [])


def test_vtt_without_its_header(tmp_path):
    path, item = write(tmp_path, "cut.vtt", TWO_CUES)
    assert failure(item) == f"{path}:1: not a WebVTT file: the first line must be 'WEBVTT'"


@pytest.mark.parametrize(
    "text", ["WEBVTT\n", "WEBVTT\n\nNOTE nothing was said\n", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n"]
)
def test_empty_vtt_export(tmp_path, text):
    path, item = write(tmp_path, "empty.vtt", text)
    assert failure(item) == f"{path}: no cues with words (the export is empty)"


def test_empty_file_of_either_format(tmp_path):
    for name in ("nothing.vtt", "nothing.srt"):
        path, item = write(tmp_path, name, "\n\n")
        assert failure(item) == f"{path}: file is empty"


def test_srt_with_no_timing_at_all(tmp_path):
    path, item = write(tmp_path, "notes.srt", "Dana: hello\nPriya: hi\n")
    assert failure(item).startswith(f"{path}: not an SRT file: no cue timing")


def test_broken_timings_are_skipped_and_named_by_line(tmp_path):
    text = (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:03.000\nDana: What did you build?\n\n"
        "00:00:0x.000 --> 00:00:04.000\nPriya: lost words\n\n"
        "00:00:05,000 -> 00:00:06,000\nPriya: also lost\n\n"
        "00:00:09.000 --> 00:00:07.000\nPriya: backwards\n\n"
        "00:00:10.000 --> 00:00:14.000\nPriya: A churn model for our gym chain.\n"
    )
    _, item = write(tmp_path, "broken.vtt", text)
    assert [t.text for t in item.turns] == ["What did you build?", "A churn model for our gym chain."]
    assert notes(item) == [
        "skipped 2 cues with a broken timing line (lines 6, 9)",
        "skipped 1 cue that ends before it starts (line 12)",
    ]


def test_every_cue_broken_is_an_error_saying_what_was_skipped(tmp_path):
    path, item = write(tmp_path, "all-bad.srt", "1\n00:00:0x,000 --> 00:00:02,000\nDana: hi\n")
    assert failure(item) == f"{path}: no cue could be read: skipped 1 cue with a broken timing line (line 2)"


def test_overlapping_cues_are_kept_in_file_order_with_a_note(tmp_path):
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:06.000\n<v Dana>Tell me about the model?</v>\n\n"
        "00:00:04.000 --> 00:00:09.000\n<v Priya>I built it for the loyalty team.</v>\n"
    )
    _, item = write(tmp_path, "overlap.vtt", text)
    assert [t.role for t in item.turns] == ["interviewer", "candidate"]
    assert notes(item) == ["1 cue starts before the one before it ends (overlapping speech), kept"]


def test_text_split_from_its_cue_by_a_blank_line_is_joined(tmp_path):
    text = TWO_CUES + "\nand the churn fell by a tenth.\n"
    _, item = write(tmp_path, "gap.srt", text)
    assert item.turns[-1].text == "A churn model for our gym chain. and the churn fell by a tenth."
    assert notes(item) == ["joined 1 block of text with no timing to the cue before (line 9)"]


def test_unnamed_cues_before_the_first_named_one_are_left_out(tmp_path):
    text = "1\n00:00:00,000 --> 00:00:01,000\n(music)\n\n" + TWO_CUES.replace("1\n00", "2\n00", 1)
    _, item = write(tmp_path, "intro.srt", text)
    assert [t.text for t in item.turns] == ["What did you build?", "A churn model for our gym chain."]
    assert notes(item) == ["skipped 1 cue before the first named speaker (from line 3)"]


def test_single_speaker_without_names_is_one_candidate_answer_with_a_note(tmp_path):
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nI built the churn model.\n"
    _, item = write(tmp_path, "solo.vtt", text)
    assert [(t.role, t.text) for t in item.turns] == [("candidate", "I built the churn model.")]
    assert notes(item) == ["no speaker names: graded as one candidate answer"]


def test_single_named_speaker_is_the_candidate_with_a_note(tmp_path):
    text = "Priya Raman  0:00\nI built the churn model.\n\nPriya Raman  0:30\nIt went live in May.\n"
    _, item = write(tmp_path, "solo.txt", text)
    assert [(t.role, t.text) for t in item.turns] == [("candidate", "I built the churn model. It went live in May.")]
    assert notes(item) == ["one speaker (Priya Raman): graded as the candidate's answer"]


def test_interviewer_only_export(tmp_path):
    text = "Interviewer  0:00\nAre you there?\n\nInterviewer  0:30\nHello?\n"
    path, item = write(tmp_path, "alone.txt", text)
    assert failure(item).startswith(f"{path}: every speaker is an interviewer ('Interviewer')")


def test_roles_that_cannot_be_told_apart_are_refused_naming_the_speakers(tmp_path):
    text = "Ana: Shall we swap stories? I built a churn model.\nBen: Sure, did you ship it? I built a ranker.\n"
    path, item = write(tmp_path, "peers.txt", text)
    assert failure(item) == (
        f"{path}: cannot tell the interviewer from the candidate between 'Ana' and 'Ben' (neither clearly asks "
        "the questions and talks less); say who with --candidate NAME or --interviewer NAME"
    )


def test_a_panel_without_an_option_is_refused(tmp_path):
    text = "Ana: Welcome.\nBen: What did you build?\nCho: A fraud model, and I set its threshold.\n"
    path, item = write(tmp_path, "panel.txt", text)
    assert failure(item) == (
        f"{path}: cannot tell which speaker is the candidate among 'Ana', 'Ben', 'Cho'; say who with "
        "--candidate NAME (and --interviewer NAME for each interviewer of a panel)"
    )


def test_a_sidecar_with_labels_that_is_not_json(tmp_path):
    (tmp_path / "rec.labels.json").write_text("{oops", encoding="utf-8")
    _, item = write(tmp_path, "rec.srt", TWO_CUES)
    assert failure(item).startswith(f"{tmp_path / 'rec.labels.json'}: cannot read the labels")


def test_a_sidecar_with_an_unknown_field(tmp_path):
    (tmp_path / "rec.labels.json").write_text(json.dumps({"turns": []}), encoding="utf-8")
    _, item = write(tmp_path, "rec.srt", TWO_CUES)
    assert "expected an object with only labels, meta, opening_labels" in failure(item)


@pytest.mark.parametrize(
    "text",
    [
        "Situation: churn doubled.\nTask: fix it.\nAction: I built a model.\nResult: churn fell 8%.\n",
        "I owned the model.\nNote: the data was messy.\nSummary: it shipped.\n",
        "We met at 10:30 to plan it.\nI decided to drop the old features.\n",
        "I built the fraud model for three years.\n\nLater my lead wrote:\nDana: great work on this.\n",
        "I built it.\nIt shipped.\nIt was fine.\nThen a review:\nDana: good.\nLee: agreed.\n",
    ],
    ids=["star", "labels", "time-in-a-sentence", "quoting-one-person", "quoting-two-people-late"],
)
def test_a_written_answer_is_not_mistaken_for_a_dialogue(tmp_path, text):
    _, item = write(tmp_path, "answer.txt", text)
    assert isinstance(item, Transcript) and "import" not in item.meta
    assert [t.role for t in item.turns] == ["candidate"]


def test_the_interviewer_candidate_format_is_unchanged(tmp_path):
    _, item = write(tmp_path, "plain.txt", "Interviewer: Why?\nCandidate: Because churn doubled.\n")
    assert "import" not in item.meta and [t.role for t in item.turns] == ["interviewer", "candidate"]
    assert all(t.meta is None for t in item.turns)


def test_control_characters_in_a_voice_name_or_cue_never_survive(tmp_path):
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>What did you build?</v>\n\n"
        "00:00:02.500 --> 00:00:06.000\n<v \x1b[2JPriya>A churn\x07 model \x1b[31mfor gyms.</v>\n"
    )
    _, item = write(tmp_path, "escape.vtt", text)
    assert all("\x1b" not in t.text and "\x07" not in t.text for t in item.turns)
    assert "\x1b" not in item.meta["import"]["candidate"]


def test_a_formats_md_transcript_whose_candidate_quotes_people_is_read_as_before(tmp_path):
    text = "Q: Who pushed back?\nA: Two leads did.\nMaya: the model is a black box.\nLeo: we lose control.\n"
    _, item = write(tmp_path, "quoting.txt", text)
    assert "import" not in item.meta and [t.role for t in item.turns] == ["interviewer", "candidate"]
    assert item.turns[1].text.endswith("Leo: we lose control.")
