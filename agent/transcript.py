"""Reading transcripts in every format of shared/formats.md.

Readers never raise on bad input: each unreadable transcript becomes a `ReadFailure` whose
`error` is one line naming the file (and line) and what is wrong, and reading goes on with
the next transcript.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

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
LABELS_SUFFIX = ".labels.json"  # NAME.labels.json: labels of an imported NAME.vtt, not a transcript

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
    paths: Iterable[str],
    *,
    stdin: TextIO | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    exclude: Iterable[Path] = (),
    roles: RoleOptions | None = None,
) -> Iterator[Item]:
    """Every transcript under PATHS in order, read one file at a time (a batch starts at once and
    its memory does not grow with the number of files); directories recursively, sorted; '-' is
    stdin JSONL.

    Inside a directory, files that are not transcripts (another suffix, a FIFO, socket or device,
    a grades file written by `ownership grade`, a path in `exclude`) are left out and named to
    `on_skip(path, why)` so the caller can say so. Ids of files in a directory are their path
    relative to it without the suffix (`story`, `b/story`), so two stories never share an id.
    `NAME.labels.json` beside an imported NAME.vtt holds its labels and is not read on its own.
    `roles` says who is the candidate in recorded interviews with named speakers (--candidate,
    --interviewer).
    """
    excluded = {_resolved(p) for p in exclude}
    for raw in paths:
        if raw == "-":
            yield from read_jsonl_lines(stdin or sys.stdin, "stdin", "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if any(part.startswith(".") for part in relative.parts) or child.is_dir():
                    continue
                if child.name.endswith(LABELS_SUFFIX):
                    continue  # NAME.labels.json: the labels of an imported NAME.vtt (agent.imports)
                why = _not_a_transcript(child, excluded)
                if why:
                    if on_skip is not None:
                        on_skip(str(child), why)
                    continue
                yield from read_file(child, ident=relative.with_suffix("").as_posix(), roles=roles)
        else:
            yield from read_file(path, roles=roles)


def _resolved(path: Path | str) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _not_a_transcript(path: Path, excluded: set[Path]) -> str | None:
    """Why a file found in a directory is left out, or None when it is read."""
    kind = special_kind(path)
    if kind:
        return f"a {kind}, not a regular file"
    if path.suffix.lower() not in SUFFIXES:
        return "not a transcript file type"
    if _resolved(path) in excluded:
        return "the output file of this run"
    if path.suffix.lower() in JSONL_SUFFIXES and is_grades_file(path):
        return "a grades file written by `ownership grade`, not transcripts"
    return None


def special_kind(path: Path) -> str | None:
    """'FIFO', 'socket' or 'device' for a special file (reading one could block forever), else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    return _special_mode(mode)


def _special_mode(mode: int) -> str | None:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return None


def is_grade_object(obj: object) -> bool:
    """A line of `ownership grade` output (a grade, or an error line), never a transcript."""
    if not isinstance(obj, dict) or "turns" in obj:
        return False
    return ("layers" in obj and "verdict" in obj) or (set(obj) == {"id", "error"})


def is_grades_file(path: Path) -> bool:
    """True when the first non-blank line of a JSONL file is a grade (grades are recognisable by their fields)."""
    try:
        with path.open("rb") as stream:
            for raw in stream:
                if raw.strip():
                    return is_grade_object(json.loads(raw))
    except (OSError, ValueError, RecursionError):
        return False
    return False


def read_file(path: Path, ident: str | None = None, roles: RoleOptions | None = None) -> Iterator[Item]:
    stem = ident or path.stem or path.name
    suffix = path.suffix.lower()
    if not path.exists():
        yield ReadFailure(stem, f"{path}: no such file or directory")
        return
    if path.is_dir():
        yield ReadFailure(stem, f"{path}: is a directory")
        return
    if suffix not in SUFFIXES:
        kind = special_kind(path)
        what = f"a {kind}, not a regular file" if kind else f"unsupported file type {suffix or '(none)'!r}"
        yield ReadFailure(stem, f"{path}: {what}; expected .json, .jsonl, .txt, .md, .vtt or .srt")
        return
    data = _read_regular(path)
    if isinstance(data, ReadFailure):
        yield ReadFailure(stem, data.error)
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

        imported = import_text(text, path, roles, ident=stem)
        yield imported if imported is not None else _from_plain_text(text, str(path), stem)


def _read_regular(path: Path) -> bytes | ReadFailure:
    """The file's bytes; a FIFO, socket or device is refused before any read that could block."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return ReadFailure(path.stem, f"{path}: cannot read: {exc.strerror or exc}")
    try:
        kind = _special_mode(os.fstat(fd).st_mode)
        if kind:
            return ReadFailure(path.stem, f"{path}: a {kind}, not a regular file; give a transcript file")
        with os.fdopen(fd, "rb", closefd=False) as stream:
            return stream.read()
    except OSError as exc:
        return ReadFailure(path.stem, f"{path}: cannot read: {exc.strerror or exc}")
    finally:
        os.close(fd)


def read_jsonl_text(text: str, where: str, stem: str) -> Iterator[Item]:
    """One transcript per non-blank line; a bad line is reported with its number."""
    return read_jsonl_lines(text.splitlines(), where, stem)


def read_jsonl_lines(lines: Iterable[str], where: str, stem: str) -> Iterator[Item]:
    """JSONL from any iterable of lines (a file's text or stdin, read as it comes)."""
    seen_any = False
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if not seen_any and where == "stdin" and not line.lstrip().startswith(("{", "[", '"')):
            yield ReadFailure(
                stem,
                "stdin: not JSONL (stdin is read as one JSON transcript per line; "
                "to grade a .txt or .md file, give its path)",
            )
            return
        if not seen_any and is_grade_object(_loads_or_none(line)):
            yield ReadFailure(stem, f"{where}: holds grades written by `ownership grade`, not transcripts")
            return
        seen_any = True
        yield _from_json_text(line, f"{where}:{lineno}", f"{stem}:{lineno}")
    if not seen_any:
        yield ReadFailure(stem, f"{where}: no transcripts (input is empty)")


def _loads_or_none(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _from_json_text(text: str, where: str, fallback_id: str) -> Item:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        loc = f" at line {exc.lineno} column {exc.colno}" if "\n" in text.strip() else f" at column {exc.colno}"
        return ReadFailure(fallback_id, f"{where}: invalid JSON{loc}: {exc.msg}")
    except RecursionError:
        return ReadFailure(fallback_id, f"{where}: JSON nested too deeply to be a transcript")
    return parse_transcript(obj, where, fallback_id)


def parse_transcript(obj: object, where: str, fallback_id: str) -> Item:
    """Validate one decoded transcript object, with a one-line error naming the bad field."""
    if not isinstance(obj, dict):
        return ReadFailure(fallback_id, f"{where}: expected a transcript object, got {_json_type(obj)}")
    given = obj.get("id")
    ident = given if isinstance(given, str) and given else fallback_id
    obj = {**obj, "id": ident}
    try:
        transcript = Transcript.model_validate(obj)
    except ValidationError as exc:
        return ReadFailure(ident, f"{where}: {_explain(exc, obj)}")
    except RecursionError:
        return ReadFailure(ident, f"{where}: JSON nested too deeply to be a transcript")
    size = sum(len(t.text) for t in transcript.turns)
    if size > MAX_CHARS:
        return ReadFailure(ident, f"{where}: transcript is {size:,} characters, over the {MAX_CHARS:,} limit")
    return transcript


def _from_plain_text(text: str, where: str, stem: str) -> Item:
    turns: list[dict[str, Any]] = []
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


def _explain(exc: ValidationError, obj: dict[str, Any]) -> str:
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
