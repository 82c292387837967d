"""The cue walk that WebVTT and SRT share: blocks apart by blank lines, a timing line, the words.

Whatever can be read is read: a cue with a broken timing is skipped, text with no timing of
its own continues the cue before, and each kind of thing skipped becomes one note naming the
lines. Overlapping cues (two people talking at once) are kept in file order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from agent.imports.utterances import TIME, Parsed, Utterance, seconds, speakers_in

_TIMING = re.compile(rf"^\s*({TIME})\s*-->\s*({TIME})(?:\s+.*)?$")
# Anything shaped like a timing line, so a mangled one is skipped, never read as words.
_TIMING_LIKE = re.compile(r"-->|^\s*[\d:.,]+\s*(?:-+>|→|–>|—>)")
_CUE_NUMBER = re.compile(r"^\s*\d+\s*$")


def blocks(lines: list[str], start: int = 0) -> Iterator[tuple[int, list[str]]]:
    """(1-based line number of the first line, lines) for each run of non-blank lines."""
    run: list[str] = []
    first = 0
    for i in range(start, len(lines)):
        if lines[i].strip():
            if not run:
                first = i + 1
            run.append(lines[i])
        elif run:
            yield first, run
            run = []
    if run:
        yield first, run


def read_cues(parsed: Parsed, numbered: Iterator[tuple[int, list[str]]], skip: Callable[[str], object]) -> Parsed:
    """Fill `parsed` with the utterances of every cue block; `skip(first_line)` drops non-cue blocks."""
    broken: list[int] = []
    backwards: list[int] = []
    untimed: list[int] = []
    orphans: list[int] = []
    overlaps = 0
    last_end: float | None = None
    for lineno, block in numbered:
        if skip(block[0]):
            continue
        at = next((i for i, line in enumerate(block) if _TIMING_LIKE.search(line)), None)
        if at is None:
            if all(_CUE_NUMBER.match(line) for line in block):
                continue
            # Words with no timing of their own: a blank line inside a cue, most often.
            if parsed.utterances:
                untimed.append(lineno)
                parsed.utterances.extend(_utterances(block, None, lineno))
            else:
                orphans.append(lineno)
            continue
        match = _TIMING.match(block[at])
        start = seconds(match.group(1)) if match else None
        end = seconds(match.group(2)) if match else None
        if start is None or end is None:
            broken.append(lineno + at)
            continue
        if end < start:
            backwards.append(lineno + at)
            continue
        if last_end is not None and start < last_end:
            overlaps += 1
        last_end = end if last_end is None else max(last_end, end)
        parsed.utterances.extend(_utterances(block[at + 1 :], start, lineno + at + 1))
    if broken:
        parsed.notes.append(f"skipped {_count(broken, 'cue')} with a broken timing line ({_lines(broken)})")
    if backwards:
        verb = "ends before it starts" if len(backwards) == 1 else "end before they start"
        parsed.notes.append(f"skipped {_count(backwards, 'cue')} that {verb} ({_lines(backwards)})")
    if orphans:
        parsed.notes.append(f"skipped {_count(orphans, 'block')} of text before the first cue ({_lines(orphans)})")
    if untimed:
        parsed.notes.append(
            f"joined {_count(untimed, 'block')} of text with no timing to the cue before ({_lines(untimed)})"
        )
    if overlaps:
        verb = "starts" if overlaps == 1 else "start"
        parsed.notes.append(f"{count(overlaps, 'cue')} {verb} before the one before it ends (overlapping speech), kept")
    return parsed


def _utterances(payload: list[str], start: float | None, lineno: int) -> list[Utterance]:
    found = speakers_in("\n".join(payload))
    # Only the first stretch of a cue starts at the cue's time; a second voice in it is later.
    return [Utterance(name, words, start if i == 0 else None, lineno) for i, (name, words) in enumerate(found)]


def _count(items: list[int], noun: str) -> str:
    return count(len(items), noun)


def count(n: int, noun: str) -> str:
    """'1 cue', '3 cues'."""
    return f"1 {noun}" if n == 1 else f"{n} {noun}s"


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:5])
    more = f" and {len(numbers) - 5} more" if len(numbers) > 5 else ""
    return ("line " if len(numbers) == 1 else "lines ") + shown + more
