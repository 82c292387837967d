"""Picking up the candidate's own words for a follow-up ("You said the model went live in March").

A phrase is one short clause of an answer that mentions something the target layer cares about,
turned into the second person. Only whole clauses are used (never cut mid-clause) and only ones
that start with a subject, so the question reads as a sentence; otherwise there is no phrase and
the question is asked plainly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

MAX_WORDS = 14
MIN_WORDS = 3

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE = re.compile(r"\s*(?:[,;:()]|\s[-–—]\s|\bbut\b|\bso\b|\bbecause\b|\bwhich\b)\s*", re.IGNORECASE)
_LEADING = re.compile(r"^(?:and|then|and then|also|well|so|but)\s+", re.IGNORECASE)
_SUBJECTS = {
    "i", "we", "our", "my", "the", "it", "they", "this", "that", "a", "an", "he", "she", "everyone",
    "nobody", "leadership", "management", "users", "customers", "their", "its", "you", "your",
}  # fmt: skip
_LOWER_FIRST = _SUBJECTS - {"i"}

# First person to second person, longest forms first so "I was" wins over "I". Case-sensitive on
# purpose: "US" the country must not become "you".
_SWAPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"\bI was\b", "you were"),
        (r"\bI am\b", "you are"),
        (r"\bI'm\b", "you're"),
        (r"\bI've\b", "you've"),
        (r"\bI'd\b", "you'd"),
        (r"\bI'll\b", "you'll"),
        (r"\b[Ww]e're\b", "you're"),
        (r"\b[Ww]e've\b", "you've"),
        (r"\b[Ww]e'd\b", "you'd"),
        (r"\b[Ww]e'll\b", "you'll"),
        (r"\bmyself\b", "yourself"),
        (r"\bourselves\b", "yourselves"),
        (r"\bmine\b", "yours"),
        (r"\bours\b", "yours"),
        (r"\b[Mm]y\b", "your"),
        (r"\b[Oo]ur\b", "your"),
        (r"\bme\b", "you"),
        (r"\bus\b", "you"),
        (r"\bI\b", "you"),
        (r"\b[Ww]e\b", "you"),
    ]
]


def second_person(text: str) -> str:
    """The clause as the interviewer would say it back: I/we/our become you/your."""
    for pattern, repl in _SWAPS:
        text = pattern.sub(repl, text)
    return text


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def clauses(sentence: str) -> list[str]:
    return [_LEADING.sub("", c.strip()) for c in _CLAUSE.split(sentence) if c and c.strip()]


def usable(clause: str) -> bool:
    words = clause.split()
    return MIN_WORDS <= len(words) <= MAX_WORDS and words[0].lower().strip("'\"") in _SUBJECTS


def pick_phrase(answers: Sequence[str], hooks: Iterable[str]) -> str | None:
    """A clause from the latest answer that matches a hook (else earlier answers), in the second person."""
    patterns = [re.compile(h, re.IGNORECASE) for h in hooks]
    for answer in reversed(answers):
        for sentence in sentences(answer):
            for clause in clauses(sentence):
                if usable(clause) and any(p.search(clause) for p in patterns):
                    return tidy(second_person(clause))
    return None


def tidy(clause: str) -> str:
    clause = clause.strip().rstrip(".!?,;:").strip().strip("\"'“”")
    first, _, rest = clause.partition(" ")
    if first.lower() in _LOWER_FIRST:
        clause = f"{first.lower()} {rest}".strip()
    return clause
