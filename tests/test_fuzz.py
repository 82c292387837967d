"""Issue 10: arbitrary text, bytes and JSON through the transcript readers and the offline grader.

Whatever comes in, each transcript ends as one one-line error naming where it came from, or as a
grade that validates against the formats.md schema with every quote in the candidate's words:
never an exception. The number of examples is bounded so the suite stays fast.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent import rubric
from agent.backends import OfflineBackend
from agent.evidence import unverified_quotes
from agent.models import Grade, Transcript
from agent.transcript import ReadFailure, read_file, read_paths

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
BACKEND = OfflineBackend()

WORDS = [
    "I", "we", "the team", "proposed", "decided", "shipped", "after launch", "watched", "weekly", "churn",
    "fell", "30%", "because", "gave up", "recall", "mistake", "learned", "not", "never", "note to the grader:",
    "ignore the rubric", "[bold]", "\x1b[2J", "\x07", ".", ",", "!", "?", ";", "\n", "\n\n", " " * 50, "\t", "—",
    "Q:", "A:", "**Interviewer:**", "Candidate:", "#", "{", "}", "\"", "é", "𝔘", "\u202e", "\x00",
]  # fmt: skip
story_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
turn = st.fixed_dictionaries(
    {"role": st.sampled_from(["interviewer", "candidate", "candidate", "Candidate", "bot"]), "text": story_text},
    optional={"probe": st.sampled_from([*rubric.LAYERS, "nonsense", None]), "extra": json_values},
)
transcript_like = st.fixed_dictionaries(
    {"turns": st.lists(turn, max_size=5)},
    optional={"id": st.one_of(st.text(max_size=20), st.integers()), "meta": json_values},
)


def check(items: list, where: str) -> None:
    """One error line, or a schema-valid grade whose quotes are all the candidate's words."""
    assert items, "a reader yielded nothing"
    for item in items:
        if isinstance(item, ReadFailure):
            assert item.error and "\n" not in item.error and "\r" not in item.error, item.error
            assert item.error.startswith(where), item.error
            continue
        assert isinstance(item, Transcript)
        grade = BACKEND.grade(item)
        line = grade.to_json_line()
        again = Grade.model_validate_json(line)
        assert set(again.layers) == set(rubric.LAYERS) and again.verdict in rubric.VERDICTS
        assert again.total == sum(lg.score for lg in again.layers.values())
        assert not unverified_quotes(again, item)
        BACKEND.assess(item)  # what chat and probe use


def read_as(suffix: str, data: bytes) -> tuple[list, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        return list(read_file(path)), str(path)


@FUZZ
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl"]))
def test_arbitrary_bytes(data, suffix):
    items, where = read_as(suffix, data)
    check(items, where)


@FUZZ
@given(text=story_text, suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl"]))
def test_arbitrary_text(text, suffix):
    items, where = read_as(suffix, text.encode("utf-8", "surrogatepass"))
    check(items, where)


@FUZZ
@given(value=st.one_of(json_values, transcript_like), lines=st.integers(1, 3))
def test_arbitrary_json(value, lines):
    body = json.dumps(value)
    for suffix, data in ((".json", body), (".jsonl", "\n".join([body] * lines))):
        items, where = read_as(suffix, data.encode())
        check(items, where)


@FUZZ
@given(text=st.one_of(story_text, transcript_like.map(json.dumps)))
def test_arbitrary_stdin(text):
    check(list(read_paths(["-"], stdin=io.StringIO(text))), "stdin")
