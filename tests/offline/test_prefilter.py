"""The RE2 prefilter may only skip a word class when Python's `re` would find nothing."""

from __future__ import annotations

import re

import pytest

from agent.evaluation.dataset import load_dataset
from agent.offline import prefilter
from agent.offline.grader import grade
from agent.offline.text import candidate_sentences

pytest.importorskip("re2")


def test_lookarounds_are_removed_and_everything_else_kept():
    assert prefilter.without_lookarounds(r"\bi(?!\.e)(?<![\w'])x(?=\s)") == r"\bix"
    assert prefilter.without_lookarounds(r"a(?!b(?:c|d)[)(])e") == "ae"
    assert prefilter.without_lookarounds(r"\(?=x\)") == r"\(?=x\)"
    assert prefilter.without_lookarounds(r"[(?!]z") == r"[(?!]z"


# Places where the two engines could read text differently: non-ASCII letters next to word
# boundaries, non-breaking and vertical spaces, curly apostrophes, non-ASCII digits.
_AWKWARD = [
    "I decided\u00a0to cut the threshold, and churn fell 12%.",
    "Notre équipe a décidé; I chose the naïve baseline over the café model.",
    "We couldn’t keep up, so I pushed for a rollback\x0b after launch.",
    "Latency went from ٣٠٠ ms to 120 ms after I reframed the problem.",
    "i was asked to build it — nobody monitored it after launch…",
]


def _sentences():
    for transcript in load_dataset().transcripts:
        yield from (s.lower for s in candidate_sentences(transcript))
    yield from (s.lower() for s in _AWKWARD)


def test_the_prefilter_never_rules_out_a_pattern_that_matches():
    from agent.offline import cues  # noqa: F401  registers the layer cues

    patterns = list(prefilter.REGISTERED.values())
    assert len(patterns) > 50
    checked = 0
    for lower in _sentences():
        encoded = prefilter.prepared(lower)
        if encoded is None:
            continue
        for pattern in patterns:
            if pattern.search(lower):
                checked += 1
                assert prefilter.might_match(pattern, encoded), (pattern.pattern[:80], lower)
    assert checked > 1000


def test_prefilter_stands_aside_where_the_engines_disagree():
    assert prefilter.prepared("naïve baseline") is None
    assert prefilter.prepared("a\u00a0b") is None
    assert prefilter.prepared("couldn’t — really…") is not None


def test_grades_are_the_same_without_the_prefilter(monkeypatch):
    transcripts = [t.without_labels() for t in load_dataset(split="dev").transcripts[:80]]
    with_it = [grade(t) for t in transcripts]
    monkeypatch.setattr(prefilter, "_available", lambda: False)
    without = [grade(t) for t in transcripts]
    assert [g.model_dump() for g in with_it] == [g.model_dump() for g in without]


def test_a_pattern_re2_cannot_compile_is_always_left_to_re():

    backreference = prefilter.register(re.compile(r"\b(\w+) \1\b"))
    assert prefilter.might_match(backreference, b"nothing repeated here")
