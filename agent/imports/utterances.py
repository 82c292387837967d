"""What every reader of a recorded interview produces: who spoke when, and the words, cleaned.

A reader turns an export (WebVTT, SRT, a plain-text speaker log) into `Utterance`s in file
order, plus `notes` on what it skipped. Turning those into a transcript (speakers to roles,
consecutive cues of one speaker into one turn) is the same for every format (agent.imports).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Utterance:
    """One stretch of speech: its speaker (None when the export names nobody), start, words."""

    speaker: str | None
    text: str
    start: float | None
    line: int


@dataclass
class Parsed:
    """A reader's output: the utterances in file order and one-line notes on what was skipped."""

    format: str
    utterances: list[Utterance] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class ImportProblem(Exception):
    """A file that cannot be imported at all; the message is one line, `line` where it is."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


# (H:)MM:SS with an optional fraction: 0:01, 00:01:02, 1:02:03.5, 00:00:01,000 (SRT), 00:01.000.
TIME = r"(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_TIME_PARTS = re.compile(r"^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$")


def seconds(stamp: str) -> float | None:
    """Seconds from a time stamp ('1:02' is one minute two seconds), None when it is not one."""
    match = _TIME_PARTS.match(stamp.strip())
    if not match:
        return None
    hours, minutes, secs, frac = match.groups()
    if int(secs) >= 60 or (hours is not None and int(minutes) >= 60):
        return None
    value = int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)
    if frac:
        value += int(frac) / 10 ** len(frac)
    return round(value, 3)


_TAG = re.compile(r"<[^<>]*>")
_ASS_OVERRIDE = re.compile(r"\{\\[^{}]*\}")  # SRT files made from ASS keep '{\an8}'
# Zero-width and direction marks, and control characters (an escape sequence in a voice tag's
# name must not reach a terminal); tabs and line breaks are whitespace, collapsed below.
_INVISIBLE = dict.fromkeys(
    [*map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"), *range(0x00, 0x09), 0x0B, 0x0C,
     *range(0x0E, 0x20), *range(0x7F, 0xA0)]
)  # fmt: skip
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """Caption markup out (tags, timestamps in cues, entities, direction marks), whitespace to one space.

    Line breaks inside a cue are only wrapping, so they become spaces too: what is left is the
    text a quote must be an exact substring of.
    """
    text = _ASS_OVERRIDE.sub("", _TAG.sub("", text))
    text = html.unescape(text).translate(_INVISIBLE)
    return _SPACE.sub(" ", text).strip()


# A speaker name: up to five words, each capitalised (or a particle such as 'de', or a number,
# as in 'Speaker 2'), so that an ordinary sentence ending in ':' is not taken for a name.
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|\d{1,3})$")
_PARTICLES = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "al", "el", "y"}
# Labels people put before a colon in a written answer, which are never speakers.
_NOT_NAMES = {
    "action", "actions", "answer", "approach", "background", "challenge", "context", "data", "decision",
    "deployment", "edit", "example", "goal", "goals", "impact", "key", "learning", "learnings", "lesson",
    "lessons", "metric", "metrics", "mistake", "model", "monitoring", "note", "notes", "outcome", "problem",
    "ps", "question", "reflection", "result", "results", "risk", "risks", "role", "scope", "situation",
    "solution", "stack", "status", "step", "summary", "takeaway", "takeaways", "task", "team", "timeline",
    "tl;dr", "tldr", "tradeoff", "tradeoffs", "trade-off", "trade-offs", "update", "why", "what", "how",
    "when", "where", "who", "warning", "important", "transcript", "title", "date", "time", "location",
    "attendees", "participants", "agenda", "meeting", "link", "source", "https", "http",
}  # fmt: skip


def plausible_name(name: str) -> bool:
    """True when `name` reads as a person's name or a speaker label, not as a phrase or a heading."""
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60 or name.casefold() in _NOT_NAMES:
        return False
    if not all(_NAME_WORD.match(w) for w in words) or words[0][0].isdigit():
        return False
    return all(_capital(w) or (i and (w.isdigit() or w.casefold() in _PARTICLES)) for i, w in enumerate(words))


def _capital(word: str) -> bool:
    # Scripts without case (CJK, Arabic, ...) have no capitals to look for.
    return word[0].isupper() or (word[0].isalpha() and not word[0].isascii() and word[0].lower() == word[0].upper())


def same_name(name: str) -> str:
    """The form two spellings of one speaker share: case and runs of whitespace ignored."""
    return " ".join(name.split()).casefold()


_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>", re.IGNORECASE)
_NAMED = re.compile(
    r"^\s*(?:-|>>)?\s*(?:\*\*|__)?([^:*_<>\n]{1,60}?)(?:\*\*|__)?\s*:(?:\*\*|__)?(?:\s+(.*))?$", re.DOTALL
)
_REMARK = re.compile(r"\s*\([^()]{1,30}\)$")


def speaker_prefix(line: str) -> tuple[str, str] | None:
    """('Priya Raman', 'the words') for a line 'Priya Raman: the words' whose prefix reads as a name."""
    match = _NAMED.match(line)
    if not match:
        return None
    name = " ".join(match.group(1).split())
    # 'Priya Raman (she/her)', 'Dana (Guest)': the name before the remark must read as one.
    bare = _REMARK.sub("", name)
    return (name, match.group(2) or "") if bare and plausible_name(bare) else None


def speakers_in(payload: str) -> list[tuple[str | None, str]]:
    """A cue's words split by speaker: voice tags (`<v Name>`, Teams) or a `Name:` prefix (Zoom, Meet).

    Only the first line of a cue may name its speaker with a prefix, so a wrapped line such as
    'Precision: it mattered more' stays part of what was being said. A speaker of None means the
    cue does not say: it continues the one before.
    """
    tags = list(_VOICE.finditer(payload))
    if tags:
        parts: list[tuple[str | None, str]] = [(None, payload[: tags[0].start()])]
        for i, tag in enumerate(tags):
            end = tags[i + 1].start() if i + 1 < len(tags) else len(payload)
            parts.append((clean(tag.group(1) or "") or None, payload[tag.end() : end]))
    else:
        first, _, rest = payload.partition("\n")
        named = speaker_prefix(clean(first))
        parts = [(named[0], named[1] + "\n" + rest)] if named else [(None, payload)]
    return [(name, words) for name, raw in parts if (words := clean(raw))]
