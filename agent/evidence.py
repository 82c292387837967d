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


def _fold(text: str) -> tuple[str, list[int]]:
    """`text` lower-cased with every run of non-alphanumerics turned into one space.

    Returns the folded text and, for each of its characters, the index in `text` it came from,
    so that a match in the folded text maps back to an exact span of the original.
    """
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch.isalnum():
            chars.append(ch.lower())
            index.append(i)
        elif chars and chars[-1] != " ":
            chars.append(" ")
            index.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    return "".join(chars), index


MIN_SNAP_CHARS = 12


def snap(quote: str, corpus: Iterable[str]) -> str | None:
    """The exact span of a candidate turn that `quote` nearly matches, else None.

    A near match differs only in case, punctuation or whitespace, and covers whole words: a
    grader that writes "our churn rate, doubled" for "Our churn rate doubled" gets the
    candidate's own words back. Very short quotes are not snapped: they match too much.
    """
    needle, _ = _fold(quote)
    if len(needle) < MIN_SNAP_CHARS:
        return None
    for turn in corpus:
        folded, index = _fold(turn)
        start = folded.find(needle)
        while start != -1:
            end = start + len(needle)
            if (start == 0 or folded[start - 1] == " ") and (end == len(folded) or folded[end] == " "):
                return normalise(turn[index[start] : index[end - 1] + 1])
            start = folded.find(needle, start + 1)
    return None


def verified_quote(quote: str, corpus: list[str]) -> str | None:
    """`quote` itself when it is in the candidate's words, its snapped span when nearly so, else None."""
    if is_verified(quote, corpus):
        return normalise(quote)
    return snap(quote, corpus)
