"""Checking evidence quotes against the candidate's words.

A quote is valid when it is an exact substring of a candidate turn once runs of whitespace are
collapsed (the rubric allows whitespace to be normalised). Every grader's output passes here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.models import Grade, Transcript

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def candidate_corpus(transcript: Transcript) -> list[str]:
    return [normalise(t.text) for t in transcript.turns if t.role == "candidate"]


def is_verified(quote: str, corpus: Iterable[str]) -> bool:
    """True when `quote` (whitespace-normalised, non-empty) occurs in one candidate turn."""
    needle = normalise(quote)
    return bool(needle) and any(needle in turn for turn in corpus)


def unverified_quotes(grade: Grade, transcript: Transcript) -> list[tuple[str, str]]:
    """(layer, quote) for every quote in the grade that is not in the candidate's words."""
    corpus = candidate_corpus(transcript)
    return [
        (layer, quote) for layer, lg in grade.layers.items() for quote in lg.evidence if not is_verified(quote, corpus)
    ]


def unsupported_scores(grade: Grade, transcript: Transcript) -> list[str]:
    """Layers scored 1 or more without a single verified quote (a defect for any grader)."""
    corpus = candidate_corpus(transcript)
    return [
        layer
        for layer, lg in grade.layers.items()
        if lg.score >= 1 and not any(is_verified(q, corpus) for q in lg.evidence)
    ]
