"""What reads as a speaker's name before a colon, and what is only part of what was said."""

from __future__ import annotations

import pytest

from agent.imports.utterances import clean, plausible_name, seconds, speaker_prefix


@pytest.mark.parametrize(
    "name", ["Priya Raman", "Dana", "Speaker 1", "Dana de la Cruz", "O'Neil", "张伟", "PRIYA RAMAN", "Interviewer 2"]
)
def test_names(name):
    assert plausible_name(name)


@pytest.mark.parametrize(
    "line", ["Situation", "Result", "We met at", "my role", "1 Dana", "the AUC went up", "Note", "TL;DR", "https"]
)
def test_not_names(line):
    assert not plausible_name(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Priya Raman: I shipped it.", ("Priya Raman", "I shipped it.")),
        ("**Dana:** Why?", ("Dana", "Why?")),
        (">> DANA: Why?", ("DANA", "Why?")),
        ("Priya Raman (she/her): I shipped it.", ("Priya Raman (she/her)", "I shipped it.")),
        ("Result: churn fell.", None),
        ("see https://example.com", None),
        ("At 10:30 we met.", None),
        ("we chose (for speed): x", None),
    ],
)
def test_speaker_prefix(line, expected):
    assert speaker_prefix(line) == expected


def test_clean_removes_markup_and_keeps_the_words():
    raw = "<c.colorE5E5E5>we</c> <00:00:01.200><i>chose</i> {\\an8}speed &amp; cost\u200e\nover recall"
    assert clean(raw) == "we chose speed & cost over recall"


@pytest.mark.parametrize(
    ("stamp", "value"),
    [("0:01", 1), ("1:02", 62), ("00:01:02", 62), ("1:02:03.5", 3723.5), ("00:00:01,250", 1.25), ("0:75", None)],
)
def test_seconds(stamp, value):
    assert seconds(stamp) == value
