"""Plain-text speaker logs (.txt, .md): Otter, Zoom and Meet exports, and named-speaker dialogues.

Two shapes are recognised, by content:

- timed speaker blocks: a line with a name and a time opens a turn, the words follow
  (`Priya Raman  0:01`, `Priya Raman 00:01:02`, `[Priya Raman] 00:01:02`, `[00:01:02] Priya Raman:`,
  `Priya Raman (00:01):`), with stand-alone time lines (Meet) kept for the next speaker;
- named speakers: `Dana: ...` / `Priya: ...` lines, as people type a dialogue.

Anything else (the `Interviewer:` / `Candidate:` format, or a bare answer) is left to the
reader of formats.md: `parse` returns None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from agent.imports.roles import ROLE_WORDS
from agent.imports.utterances import TIME, Parsed, Utterance, plausible_name, seconds, speaker_prefix

_N = r"[^\[\]():]{1,60}?"
_TIMED_HEADERS = [
    re.compile(rf"^(?P<name>{_N})\s+\[?(?P<time>{TIME})\]?$"),  # Otter: 'Priya Raman  0:01'
    re.compile(rf"^\[(?P<name>{_N})\]\s*(?P<time>{TIME})$"),  # Zoom: '[Priya Raman] 00:01:02'
    re.compile(rf"^\[(?P<time>{TIME})\]\s*(?P<name>{_N})\s*:\s*(?P<rest>.*)$"),  # '[00:01:02] Priya Raman: ...'
    re.compile(rf"^(?P<name>{_N})\s*\((?P<time>{TIME})\)\s*:?\s*(?P<rest>.*)$"),  # 'Priya Raman (00:01): ...'
    re.compile(rf"^(?P<time>{TIME})\s+(?P<name>{_N})\s*:\s*(?P<rest>.*)$"),  # '00:01:02 Priya Raman: ...'
]
_LEGACY = {"interviewer": "interviewer", "q": "interviewer", "candidate": "candidate", "a": "candidate"}
_LEGACY_ROLES = {"interviewer", "candidate"}
_LONE_TIME = re.compile(rf"^\[?({TIME})\]?$")
_FOOTER = re.compile(r"^transcribed by https?://otter\.ai\S*$", re.IGNORECASE)
# Lines of a named-speaker file that may come before the first speaker (a title, a date), more
# only in a dialogue at least twice as long.
MAX_PREAMBLE = 3


def parse(text: str) -> Parsed | None:
    lines = text.splitlines()
    timed = {i: h for i, line in enumerate(lines) if (h := _timed_header(line.strip()))}
    if timed and (len(timed) >= 2 or min(timed) == _first_content(lines)):
        return _read(lines, timed, "speaker blocks")
    named = {i: (name, None, rest) for i, line in enumerate(lines) if (found := speaker_prefix(line))
             for name, rest in [found]}  # fmt: skip
    names = {" ".join(name.casefold().split()) for name, _, _ in named.values()}
    says_both = {_LEGACY.get(n) for n in names} >= _LEGACY_ROLES
    if len(names) < 2 or all(_role_word(name) for name in names) or says_both:
        # One name is a quote in a written answer, not a dialogue. With 'Interviewer:' (or 'Q:')
        # and 'Candidate:' (or 'A:'), the file says who is who in formats.md's own format, and a
        # 'Dana:' line inside an answer is the candidate quoting someone.
        return None
    content_before = sum(1 for i in range(min(named)) if _is_content(lines[i]))
    if content_before > MAX_PREAMBLE and len(named) < 2 * content_before:
        # A written answer that quotes people at its end is still one answer; a long dialogue
        # under a title, a date and a list of attendees (Meet) is a dialogue.
        return None
    return _read(lines, named, "named speakers")


def _timed_header(line: str) -> tuple[str, float, str] | None:
    for pattern in _TIMED_HEADERS:
        match = pattern.match(line)
        if match:
            name = " ".join(match.group("name").strip(" *_").split())
            when = seconds(match.group("time"))
            if when is not None and plausible_name(name):
                return name, when, (match.groupdict().get("rest") or "").strip()
    return None


def _role_word(name: str) -> bool:
    return name.split()[0].casefold() in ROLE_WORDS


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#") and not _LONE_TIME.match(stripped)


def _first_content(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if _is_content(line)), None)


def _read(lines: list[str], headers: Mapping[int, tuple[str, float | None, str]], shape: str) -> Parsed:
    parsed = Parsed(shape)
    first = min(headers)
    skipped = [i + 1 for i in range(first) if _is_content(lines[i])]
    if skipped:
        where = f"line {skipped[0]}" if len(skipped) == 1 else f"lines {skipped[0]}-{skipped[-1]}"
        parsed.notes.append(f"skipped text before the first speaker ({where})")
    pending: float | None = None  # a stand-alone time line (Meet) dates the next speaker
    for i in range(first):
        lone = _LONE_TIME.match(lines[i].strip())
        if lone:
            pending = seconds(lone.group(1))
    current: tuple[str, float | None, int] | None = None
    words: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(words).split())
        if current and text:
            parsed.utterances.append(Utterance(current[0], text, current[1], current[2]))

    for i in range(first, len(lines)):
        stripped = lines[i].strip()
        if i in headers:
            flush()
            name, when, rest = headers[i]
            current, words, pending = (name, when if when is not None else pending, i + 1), [rest], None
            continue
        lone = _LONE_TIME.match(stripped)
        if lone:
            pending = seconds(lone.group(1))
        elif stripped and not _FOOTER.match(stripped):
            words.append(stripped)
    flush()
    return parsed
