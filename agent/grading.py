"""Grading many transcripts: each result written as soon as it exists, failures kept apart.

The batch never stops at a bad transcript: a `ReadFailure` or a grading error becomes a
`GradeError` line in place of the grade, and the next transcript is graded.
"""

from __future__ import annotations

from agent.backends import Backend
from agent.models import Grade, GradeError
from agent.transcript import Item, ReadFailure

Result = Grade | GradeError


def grade_one(item: Item, backend: Backend) -> Result:
    if isinstance(item, ReadFailure):
        return GradeError(id=item.id, error=item.error)
    try:
        return backend.grade(item)
    except Exception as exc:  # one transcript's failure must not end the batch
        return GradeError(id=item.id, error=f"{item.id}: grading failed: {describe(exc)}")


def describe(exc: BaseException) -> str:
    """A one-line description of an exception, without a traceback."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


class ResultSink:
    """Writes JSONL results to an open file as they arrive, flushing each line."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def __call__(self, result: Result) -> None:
        self.stream.write(result.to_json_line() + "\n")
        self.stream.flush()


def resume_out(path: str) -> set[str]:
    """Ids already graded in the JSONL file at `path`, keeping only those lines in it.

    Error lines (and a line cut short by an interrupted run) are dropped from the file, so a
    transcript that failed is graded again and appears once.
    """
    import json
    from pathlib import Path

    file = Path(path)
    if not file.exists():
        return set()
    kept: list[str] = []
    ids: set[str] = set()
    for line in file.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict) and "layers" in row and "id" in row:
            kept.append(line)
            ids.add(row["id"])
    file.write_text("".join(k + "\n" for k in kept), encoding="utf-8")
    return ids
