"""Whether a word class of the reader could match a sentence at all, asked of RE2 first.

Python's backtracking engine tries every alternative of a word class at every position, so
each class costs about 10 µs per sentence and a transcript asks for hundreds. RE2 (the
`google-re2` wheel) answers the same question with an automaton in about 1 µs, and most
answers are "no". It only answers *whether* a class could match: the match itself, with its
position, still comes from `re`, so grades are the same with or without RE2 installed.

The answer must never say "no" where `re` would say "yes". Two things keep it on the safe side:
lookarounds (which RE2 lacks) are dropped, which can only widen a pattern; and sentences where
the two engines read characters differently (non-ASCII letters, digits or spaces, and the few
ASCII controls `re` counts as spaces) skip the prefilter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

REGISTERED: dict[int, re.Pattern[str]] = {}
# id(pattern) -> RE2's match: bytes -> a non-empty list if the pattern may match
_GATES: dict[int, Callable[[bytes], list[int]]] = {}

# Characters `re` and RE2 classify differently for \w, \s, \d and \b.
_ENGINES_DISAGREE = re.compile(r"[\x0b\x1c-\x1f]|(?=[^\x00-\x7f])[\w\s]")


def register(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Let `pattern` (a lower-case word class) be prefiltered; returns it unchanged."""
    REGISTERED[id(pattern)] = pattern
    return pattern


def prepared(lower: str) -> bytes | None:
    """`lower` as RE2 reads it, or None when the prefilter must stand aside for this text."""
    if not _available():
        return None
    if not lower.isascii() and _ENGINES_DISAGREE.search(lower):
        return None
    return lower.encode()


def might_match(pattern: re.Pattern[str], text: bytes) -> bool:
    """False only if `pattern` certainly has no match in `text` (from `prepared`)."""
    gate = _GATES.get(id(pattern))
    if gate is None:
        if id(pattern) not in REGISTERED:
            return True
        gate = _GATES[id(pattern)] = _compile(pattern)
    return bool(gate(text))


@lru_cache(maxsize=1)
def _available() -> bool:
    try:
        import re2  # noqa: F401
    except ImportError:
        return False
    return True


def _compile(pattern: re.Pattern[str]) -> Callable[[bytes], list[int]]:
    import re2

    # A one-pattern set: RE2's set API takes bytes without a per-call copy and, unlike one big
    # set of every class, keeps each automaton small (bounded repeats multiply states).
    gate = re2.Set.SearchSet(re2.Options())
    try:
        gate.Add(without_lookarounds(pattern.pattern))
        gate.Compile()
    except (re2.error, ValueError):  # syntax RE2 lacks: let `re` decide every time
        return _always

    # The wrapper's Match re-checks the argument type on every call; its inner set's does not.
    inner = getattr(gate, "_set", gate)
    match: Callable[[bytes], list[int]] = inner.Match
    return match


def _always(text: bytes) -> list[int]:
    return [0]


def without_lookarounds(pattern: str) -> str:
    """`pattern` with every (?=…), (?!…), (?<=…) and (?<!…) removed: the same or a wider language."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern[i] == "[":
            end = _class_end(pattern, i)
            out.append(pattern[i:end])
            i = end
        elif pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(pattern, i)
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


def _group_end(pattern: str, start: int) -> int:
    """Index just past the group that opens at `start`, skipping escapes and character sets."""
    depth, i = 0, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def _class_end(pattern: str, start: int) -> int:
    """Index just past the character set that opens at `start` ("]" first in a set is literal)."""
    i = start + (3 if pattern.startswith("[^]", start) else 2 if pattern.startswith(("[]", "[^"), start) else 1)
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1
