"""Transcripts of interviews that really happened: WebVTT, SRT and plain-text speaker logs.

`import_text` is the one entry point (agent.transcript calls it): it picks the reader by
extension and, for .txt/.md, by content; joins consecutive cues of one speaker into one turn
(keeping the start time and speaker in the turn's `meta`); decides who is the candidate
(agent.imports.roles); and returns a formats.md transcript, or a ReadFailure with one line.
What was skipped or decided on the way is in `meta.import.notes`, for the command to print.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.evidence import normalise
from agent.imports import plaintext, srt, webvtt
from agent.imports.captions import count
from agent.imports.roles import Cast, RoleOptions, cast, talk_of
from agent.imports.utterances import ImportProblem, Parsed, Utterance, same_name
from agent.models import Grade, Speakers, Transcript
from agent.transcript import LABELS_SUFFIX, Item, ReadFailure, parse_transcript

__all__ = ["RoleOptions", "import_notes", "import_text", "speakers_of", "with_recording"]


@dataclass(frozen=True)
class SpeakerTurn:
    """A turn before roles are known: who spoke, what they said, when they started."""

    speaker: str | None
    text: str
    start: float | None


def import_text(text: str, path: Path, roles: RoleOptions | None = None, *, ident: str | None = None) -> Item | None:
    """The transcript in `text` (read from `path`), or None when it is a formats.md text file.

    `ident` is the transcript's id when none is given in its labels (the reader's: the path
    relative to the folder it was found in, without the suffix); by default the file's stem.
    """
    where, stem = str(path), ident or path.stem or path.name
    suffix = path.suffix.lower()
    try:
        parsed: Parsed | None
        if suffix == ".vtt":
            parsed = webvtt.parse(text)
        elif suffix == ".srt":
            parsed = srt.parse(text)
        else:
            parsed = plaintext.parse(text)
            if parsed is None:
                return None
        notes = list(parsed.notes)
        turns = join_turns(parsed, notes)
        named = [t for t in turns if t.speaker is not None]
        talk = [(t.speaker, t.text) for t in named if t.speaker is not None]  # all of them: typed as named
        who = cast(talk_of(talk), roles or RoleOptions()) if named else None
    except ImportProblem as exc:
        return ReadFailure(stem, f"{where}:{exc.line}: {exc}" if exc.line else f"{where}: {exc}")
    if who is None:
        notes.append("no speaker names: graded as one candidate answer")
    elif who.decided_by == "single speaker":
        notes.append(f"one speaker ({who.candidate}): graded as the candidate's answer")
    extra = _sidecar(path, stem)
    if isinstance(extra, ReadFailure):
        return extra
    obj = {
        **extra,
        "id": stem,
        "turns": [_turn(t, who) for t in turns],
        "meta": {**extra.get("meta", {}), "import": _record(parsed, who, notes, where)},
    }
    return parse_transcript(obj, where, stem)


def join_turns(parsed: Parsed, notes: list[str]) -> list[SpeakerTurn]:
    """Consecutive utterances of one speaker as one turn; an unnamed cue continues the speaker before.

    Cues before anyone is named, in a file that names speakers later, cannot be attributed
    and are left out (with a note) rather than guessed.
    """
    utterances: list[Utterance] = parsed.utterances
    anyone = any(u.speaker for u in utterances)
    runs: list[tuple[str | None, float | None, list[str]]] = []  # speaker, start, words of each turn
    dropped: list[int] = []
    for u in utterances:
        speaker = u.speaker or (runs[-1][0] if runs else None)
        if anyone and speaker is None:
            dropped.append(u.line)
        elif runs and _same(runs[-1][0], speaker):
            last_speaker, start, words = runs[-1]
            words.append(u.text)
            if start is None:
                runs[-1] = (last_speaker, u.start, words)
        else:
            runs.append((speaker, u.start, [u.text]))
    if dropped:
        notes.append(f"skipped {count(len(dropped), 'cue')} before the first named speaker (from line {dropped[0]})")
    return [SpeakerTurn(speaker, " ".join(words), start) for speaker, start, words in runs]


def _same(a: str | None, b: str | None) -> bool:
    return a == b if a is None or b is None else same_name(a) == same_name(b)


def _turn(turn: SpeakerTurn, who: Cast | None) -> dict[str, Any]:
    role = "candidate" if who is None or _same(turn.speaker, who.candidate) else "interviewer"
    meta = {k: v for k, v in (("speaker", turn.speaker), ("start", turn.start)) if v is not None}
    return {"role": role, "text": turn.text, **({"meta": meta} if meta else {})}


def _record(parsed: Parsed, who: Cast | None, notes: list[str], where: str) -> dict[str, Any]:
    record: dict[str, Any] = {"format": parsed.format, "source": where}
    if who is not None:
        record.update(candidate=who.candidate, interviewers=list(who.interviewers), roles=who.decided_by)
    if notes:
        record["notes"] = notes
    return record


def _sidecar(path: Path, stem: str) -> dict[str, Any] | ReadFailure:
    """Labels (and meta such as the split) for an imported file, from NAME.labels.json beside it."""
    side = path.with_name((path.stem or path.name) + LABELS_SUFFIX)
    if not side.is_file():
        return {}
    try:
        extra = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return ReadFailure(stem, f"{side}: cannot read the labels: {getattr(exc, 'msg', exc)}")
    allowed = {"labels", "opening_labels", "meta"}
    if not isinstance(extra, dict) or not set(extra) <= allowed:
        return ReadFailure(stem, f"{side}: expected an object with only {', '.join(sorted(allowed))}")
    if not isinstance(extra.get("meta", {}), dict):
        return ReadFailure(stem, f"{side}: 'meta' must be an object")
    return extra


def import_notes(items: Iterable[Item]) -> list[str]:
    """'FILE: note' for every note of every imported transcript among `items`, to print on stderr."""
    out: list[str] = []
    for item in items:
        record = (getattr(item, "meta", None) or {}).get("import")
        if isinstance(record, dict):
            out.extend(f"{record.get('source', item.id)}: {note}" for note in record.get("notes", []))
    return out


def speakers_of(transcript: Transcript) -> Speakers | None:
    """Who was taken as the candidate and the interviewers, for a transcript imported with names."""
    record = transcript.meta.get("import")
    if not isinstance(record, dict) or "candidate" not in record:
        return None
    return Speakers(candidate=record["candidate"], interviewers=list(record.get("interviewers", [])))


def evidence_starts(grade: Grade, transcript: Transcript) -> dict[str, list[float | None]] | None:
    """For each layer's quotes, the start time of the candidate turn each one is in (None if untimed)."""
    timed = [(normalise(t.text), (t.meta or {}).get("start")) for t in transcript.turns if t.role == "candidate"]
    if all(start is None for _, start in timed):
        return None
    return {
        layer: [next((start for said, start in timed if normalise(quote) in said), None) for quote in lg.evidence]
        for layer, lg in grade.layers.items()
    }


def with_recording(grade: Grade, transcript: Transcript) -> Grade:
    """`grade` saying, for an imported recording, who was taken as the candidate and when each quote was said."""
    update = {"speakers": speakers_of(transcript), "evidence_start": evidence_starts(grade, transcript)}
    update = {k: v for k, v in update.items() if v is not None}
    return grade.model_copy(update=update) if update else grade
