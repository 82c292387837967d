"""Issue 10, item 5: no input under the size limit makes the reader rescan (quadratic time).

Speed itself is measured by bench/bench_pathological.py; these tests only make sure that the
inputs that used to hang finish, and that the linear patterns find exactly what the old ones did.
"""

from __future__ import annotations

import re
import threading

import pytest

from agent.backends import OfflineBackend
from agent.models import Transcript
from agent.offline import text
from agent.transcript import MAX_CHARS

# The breath pattern as it was: from every position of a whitespace run it rescanned the run.
_OLD_BREATH = re.compile(r",\s+|;\s+|\s+(?=(?:and|so|but|then|because)\s)")


def grade_within(answer: str, seconds: float = 20.0):
    """The grade, or a failure when it does not finish (the old reader never did at 200,000 spaces)."""
    done: list = []
    transcript = Transcript(id="p", turns=[{"role": "candidate", "text": answer}])
    thread = threading.Thread(target=lambda: done.append(OfflineBackend().grade(transcript)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert done, f"grading a {len(answer):,}-character answer did not finish in {seconds} s"
    return done[0]


@pytest.mark.parametrize(
    "answer",
    [
        "I built the model" + " " * (MAX_CHARS - 100) + "and then it shipped.",
        "I built the model" + " \t" * ((MAX_CHARS - 100) // 2) + "quietly.",
        "x" * (MAX_CHARS - 10),
        "I built it. " + ". " * ((MAX_CHARS - 100) // 2),
    ],
    ids=["200k spaces then 'and'", "200k tabs and spaces", "one 200k word", "100k full stops"],
)
def test_pathological_answers_are_graded(answer):
    grade = grade_within(answer)
    assert grade.total >= 0 and set(grade.layers) == set(grade.scores())


@pytest.mark.parametrize(
    "piece",
    [
        "we shipped it  and then   so we waited, and  because it was late; but then" * 20,
        "a\n and b \t so c   then d" * 40,
        "word" + " " * 3000 + "and then",
        "no breath here at all " * 50,
    ],
)
def test_breath_pattern_finds_what_it_always_found(piece):
    assert [m.span() for m in text._BREATH.finditer(piece)] == [m.span() for m in _OLD_BREATH.finditer(piece)]


def test_punctuation_alone_is_not_a_sentence():
    assert text.split_sentences("I built it. . . . !!! ?? I shipped it.") == ["I built it.", "I shipped it."]
