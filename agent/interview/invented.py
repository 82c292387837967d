"""Does a model-written question state facts the candidate never gave?

The interviewer prompt forbids it, and a small model does it anyway ("The candidate saw a 20%
increase in precision"). A fact supplied by the interviewer and merely confirmed earns nothing,
and worse, it puts words in the candidate's mouth. So every number and every name (a capitalised
word inside a sentence, or an acronym) in the question must occur in the candidate's own words;
otherwise the question is dropped and the bank asks instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“(]\s*)$")
# Capitalised words an interviewer may use without the candidate having said them.
_ALLOWED = frozenset(
    {
        "i", "ml", "ai", "you", "your", "what", "which", "how", "why", "when", "where", "who", "did",
        "was", "were", "is", "are", "do", "does", "can", "could", "would", "walk", "tell", "and", "so",
        "ok", "okay", "interviewer", "candidate",
    }
)  # fmt: skip


def numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def names(text: str) -> set[str]:
    """Capitalised words that do not open a sentence, and acronyms anywhere."""
    found = set()
    for match in _WORD.finditer(text):
        word = match.group()
        opens = bool(_SENTENCE_START.search(text[: match.start()]))
        acronym = len(word) > 1 and word.isupper()
        if (acronym or (word[0].isupper() and not opens)) and word.lower() not in _ALLOWED:
            found.add(word)
    return found


def invented_facts(question: str, candidate_texts: Sequence[str]) -> list[str]:
    """The numbers and names in `question` that the candidate never said (empty: the question is fair)."""
    said = " ".join(candidate_texts)
    said_numbers = numbers(said)
    said_words = {w.lower() for w in _WORD.findall(said)}
    missing = sorted(n for n in numbers(question) if n not in said_numbers)
    missing += sorted(w for w in names(question) if w.lower() not in said_words)
    return missing
