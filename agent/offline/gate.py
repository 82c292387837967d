"""A cheap pre-test for the cue patterns: which word beginnings a match must start with.

Most cue patterns start at a word boundary with one of a few dozen literal words. From the
parsed pattern we take the first (up to three) letters of each alternative; a sentence none of
whose words begins that way cannot match, and is spared the full search. The speed matters:
offline grading must stay in the hundreds of transcripts per second.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as C  # noqa: N812 - the stdlib's own name
from re import _parser as sre_parse

PREFIX = 3
_WORD = re.compile(r"\w+")


def sentence_prefixes(lower: str) -> frozenset[str]:
    """The first one, two and three characters of every word of the text."""
    return frozenset(w[:k] for w in _WORD.findall(lower) for k in range(1, PREFIX + 1))


@cache
def pattern_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Word beginnings every match of `pattern` starts with, or None when it cannot tell."""
    try:
        parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - private parser API changed: fall back to always searching
        return None
    found = _sequence(parsed, need_boundary=True)
    return frozenset(found) if found else None


def _sequence(items: list, need_boundary: bool) -> set[str] | None:
    index, bounded = 0, not need_boundary
    while index < len(items):
        op, av = items[index]
        if op is C.AT and av is C.AT_BOUNDARY:
            bounded = True
        elif op is C.ASSERT_NOT and av[0] == -1:
            pass  # a lookbehind consumes nothing
        else:
            break
        index += 1
    if not bounded:
        return None
    return _start(items[index:])


def _start(items: list) -> set[str] | None:
    if not items:
        return None
    op, av = items[0]
    if op is C.LITERAL:
        run = ""
        for op2, av2 in items:
            if op2 is not C.LITERAL:
                break
            run += chr(av2)
        words = [w for w in re.findall(r"\w+", run)]
        if not words or not (run[0].isalnum() or run[0] == "_"):
            return None
        # Every word of a literal run is in the text; the longest is the most telling.
        return {max(words, key=len)[:PREFIX]}
    if op is C.SUBPATTERN:
        return _start(list(av[-1]) + items[1:])
    if op is C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            sub = _sequence(list(branch) + items[1:], need_boundary=False)
            if sub is None:
                return None
            found |= sub
        return found
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _high, inner = av
        first = _start(list(inner) + items[1:])
        if low >= 1 or first is None:
            return first
        rest = _start(items[1:])
        return None if rest is None else first | rest
    if op is C.IN:
        chars = {chr(a) for o, a in av if o is C.LITERAL}
        if len(chars) == len(av) and all(c.isalnum() for c in chars):
            return chars
    return None
