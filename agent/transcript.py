"""Reading transcripts in every format of shared/formats.md.

Readers never raise on bad input: each unreadable transcript becomes a `ReadFailure` whose
`error` is one line naming the file (and line) and what is wrong, and reading goes on with
the next transcript.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from agent.models import Transcript

if TYPE_CHECKING:
    from agent.imports.roles import RoleOptions

MAX_CHARS = 200_000
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl"}
TEXT_SUFFIXES = {".txt", ".md"}
CAPTION_SUFFIXES = {".vtt", ".srt"}  # recorded interviews, read by agent.imports
SUFFIXES = JSON_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES | CAPTION_SUFFIXES

# "Interviewer:", "Q:", "Candidate:", "A:" in any case, optionally in markdown bold.
_SPEAKER = re.compile(
    r"^\s*(?:\*\*|__)?(interviewer|candidate|q|a)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?",
    re.IGNORECASE,
)
_ROLE_OF = {
    "interviewer": "interviewer",
    "q": "interviewer",
    "candidate": "candidate",
    "a": "candidate",
}


@dataclass(frozen=True)
class ReadFailure:
    """A transcript that could not be read: the id to report and a one-line error."""

    id: str
    error: str


Item = Transcript | ReadFailure


def read_paths(
    paths: Iterable[str], *, stdin=None, skipped: list[str] | None = None, roles: RoleOptions | None = None
) -> Iterator[Item]:
    """Every transcript under PATHS in order; directories recursively, sorted; '-' is stdin JSONL.

    Files in a directory with a suffix that is not a transcript format are left out and named
    in `skipped` (when given) so the caller can say so. `roles` says who is the candidate in
    recorded interviews with named speakers (--candidate, --interviewer).
    """
    for raw in paths:
        if raw == "-":
            yield from read_jsonl_text((stdin or sys.stdin).read(), "stdin", "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith(".") or child.name.endswith(".labels.json"):
                    continue  # NAME.labels.json: the labels of an imported NAME.vtt (agent.imports)
                if child.suffix.lower() in SUFFIXES:
                    yield from read_file(child, roles)
                elif skipped is not None:
                    skipped.append(str(child))
        else:
            yield from read_file(path, roles)


def read_file(path: Path, roles: RoleOptions | None = None) -> Iterator[Item]:
    stem = path.stem or path.name
    suffix = path.suffix.lower()
    if not path.exists():
        yield ReadFailure(stem, f"{path}: no such file or directory")
        return
    if suffix not in SUFFIXES:
        yield ReadFailure(
            stem,
            f"{path}: unsupported file type {suffix or '(none)'!r}; expected .json, .jsonl, .txt, .md, .vtt or .srt",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(stem, f"{path}: cannot read: {exc.strerror or exc}")
        return
    text = _decode(data)
    if text is None:
        yield ReadFailure(stem, f"{path}: not UTF-8 text (is it a binary file?)")
        return
    if not text.strip():
        yield ReadFailure(stem, f"{path}: file is empty")
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_text(text, str(path), stem)
    elif suffix in JSON_SUFFIXES:
        yield _from_json_text(text, str(path), stem)
    else:
        from agent.imports import import_text

        imported = import_text(text, path, roles)
        yield imported if imported is not None else _from_plain_text(text, str(path), stem)


def read_jsonl_text(text: str, where: str, stem: str) -> Iterator[Item]:
    """One transcript per non-blank line; a bad line is reported with its number."""
    seen_any = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen_any = True
        yield _from_json_text(line, f"{where}:{lineno}", f"{stem}:{lineno}")
    if not seen_any:
        yield ReadFailure(stem, f"{where}: no transcripts (input is empty)")


def _from_json_text(text: str, where: str, fallback_id: str) -> Item:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        loc = f" at line {exc.lineno} column {exc.colno}" if "\n" in text.strip() else f" at column {exc.colno}"
        return ReadFailure(fallback_id, f"{where}: invalid JSON{loc}: {exc.msg}")
    return parse_transcript(obj, where, fallback_id)


def parse_transcript(obj: object, where: str, fallback_id: str) -> Item:
    """Validate one decoded transcript object, with a one-line error naming the bad field."""
    if not isinstance(obj, dict):
        return ReadFailure(fallback_id, f"{where}: expected a transcript object, got {_json_type(obj)}")
    ident = obj.get("id") if isinstance(obj.get("id"), str) and obj.get("id") else fallback_id
    obj = {**obj, "id": ident}
    try:
        transcript = Transcript.model_validate(obj)
    except ValidationError as exc:
        return ReadFailure(ident, f"{where}: {_explain(exc, obj)}")
    size = sum(len(t.text) for t in transcript.turns)
    if size > MAX_CHARS:
        return ReadFailure(ident, f"{where}: transcript is {size:,} characters, over the {MAX_CHARS:,} limit")
    return transcript


def _from_plain_text(text: str, where: str, stem: str) -> Item:
    turns: list[dict] = []
    preamble: list[tuple[int, str]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        match = _SPEAKER.match(line)
        if match:
            turns.append({"role": _ROLE_OF[match.group(1).lower()], "lines": [line[match.end() :]]})
        elif turns:
            turns[-1]["lines"].append(line)
        elif line.strip() and not line.lstrip().startswith("#"):
            preamble.append((lineno, line))
    if not turns:
        # No speaker prefix at all: the whole file is one candidate answer.
        turns = [{"role": "candidate", "lines": text.splitlines()}]
    elif preamble:
        lineno, _ = preamble[0]
        return ReadFailure(
            stem,
            f"{where}:{lineno}: text before the first speaker prefix (Interviewer:, Q:, Candidate:, A:)",
        )
    obj = {
        "id": stem,
        "turns": [{"role": t["role"], "text": "\n".join(t["lines"]).strip()} for t in turns],
    }
    return parse_transcript(obj, where, stem)


def _decode(data: bytes) -> str | None:
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _json_type(obj: object) -> str:
    return {
        list: "an array",
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "a boolean",
    }.get(type(obj), "null" if obj is None else type(obj).__name__)


def _explain(exc: ValidationError, obj: dict) -> str:
    """The first validation error of a transcript, in the words a user needs to fix it."""
    err = exc.errors()[0]
    loc = err["loc"]
    if len(loc) >= 3 and loc[0] == "turns" and isinstance(loc[1], int):
        n = loc[1] + 1
        field = loc[2]
        if field == "role" and err["type"] == "literal_error":
            return f"turn {n} has unknown role {err['input']!r} (expected 'interviewer' or 'candidate')"
        if field == "probe" and err["type"] == "literal_error":
            return f"turn {n} probes unknown layer {err['input']!r}"
        if err["type"] == "missing":
            return f"turn {n} is missing the field {field!r}"
        if err["type"] == "extra_forbidden":
            return f"turn {n} has an unknown field {field!r}"
        return f"turn {n}, field {field!r}: {err['msg']}"
    if loc == ("turns",) and "no candidate turn" in err["msg"]:
        return "no candidate turn (a transcript needs at least one candidate answer with text)"
    if loc == ("turns",) and err["type"] == "too_short":
        return "'turns' is empty"
    path = ".".join(str(p) for p in loc) or "(top level)"
    if err["type"] == "missing":
        return f"missing field {path!r}"
    if err["type"] == "extra_forbidden":
        return f"unknown field {path!r}"
    return f"field {path!r}: {err['msg']}"
