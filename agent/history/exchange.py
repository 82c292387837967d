"""Export and import of history as JSONL, so a coach can collect a candidate's tellings.

One telling per line, whole (transcript, grade, closing report). Import checks every line
against the same models the rest of ownership uses and recomputes what can be derived (scores,
digest, title), so a hand-edited file cannot smuggle in a total its layers do not add up to.
Importing a file twice adds nothing: a telling whose content is already stored is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from agent.history.records import KINDS, Telling, make_telling
from agent.history.store import HistoryStore

FORMAT = "ownership-history"
VERSION = 1


def export_line(telling: Telling) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "id": telling.id,
            "kind": telling.kind,
            "created": telling.created,
            "story": telling.story,
            **telling.body,
        },
        ensure_ascii=False,
    )


def export(tellings: Iterable[Telling], stream: TextIO) -> int:
    n = 0
    for telling in tellings:
        stream.write(export_line(telling) + "\n")
        n += 1
    return n


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def parse_line(line: str, where: str) -> Telling:
    """One exported line as a telling; ValueError with a one-line reason when it is not one."""
    from pydantic import ValidationError

    from agent.interview.closing import ClosingReport
    from agent.models import Grade, Transcript

    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: invalid JSON at column {exc.colno}: {exc.msg}") from None
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise ValueError(f'{where}: not a line of `ownership history --export` (no "format": "{FORMAT}")')
    if not isinstance(obj.get("version"), int) or obj["version"] > VERSION:
        raise ValueError(f"{where}: export version {obj.get('version')!r} is newer than this ownership reads")
    missing = [k for k in ("id", "kind", "created", "transcript", "grade", "report") if k not in obj]
    if missing:
        raise ValueError(f"{where}: missing field {missing[0]!r}")
    if obj["kind"] not in KINDS or not isinstance(obj["id"], str) or not obj["id"]:
        raise ValueError(f"{where}: field 'kind' must be one of {', '.join(KINDS)} and 'id' a non-empty string")
    if not isinstance(obj["created"], int | float):
        raise ValueError(f"{where}: field 'created' must be a number (seconds since 1970)")
    for name, model in (("transcript", Transcript), ("grade", Grade), ("report", ClosingReport)):
        try:
            model.model_validate(obj[name])
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ".".join(str(p) for p in err["loc"])
            raise ValueError(f"{where}: {name}.{loc}: {err['msg']}") from None
    story = obj.get("story") if isinstance(obj.get("story"), str) else None
    return make_telling(
        obj["kind"], obj["transcript"], obj["grade"], obj["report"], float(obj["created"]), obj["id"], story
    )


def import_file(store: HistoryStore, path: Path) -> ImportResult:
    result = ImportResult()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        result.errors.append(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}")
        return result
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            telling = parse_line(line, f"{path}:{lineno}")
        except ValueError as exc:
            result.errors.append(str(exc))
            continue
        ident, added = store.add(telling)
        (result.added if added else result.present).append(ident)
    return result
