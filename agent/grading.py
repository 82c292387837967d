"""Grading many transcripts: each result written as soon as it exists, failures kept apart.

The batch never stops at a bad transcript: a `ReadFailure` or a grading error becomes a
`GradeError` line in place of the grade, and the next transcript is graded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from agent.backends import Backend
from agent.models import Grade, GradeError, Transcript
from agent.transcript import Item, ReadFailure

Result = Grade | GradeError


def grade_items(items: Iterable[Item], backend: Backend) -> Iterator[Result]:
    """Results in input order, one per item."""
    for item in items:
        yield grade_one(item, backend)


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


def run_batch(
    items: list[Item],
    backend: Backend,
    on_result: Callable[[Result], None],
) -> tuple[int, int]:
    """Grade every item, calling `on_result` as each finishes; returns (graded, failed)."""
    graded = failed = 0
    for result in grade_items(items, backend):
        on_result(result)
        if isinstance(result, GradeError):
            failed += 1
        else:
            graded += 1
    return graded, failed


def transcripts_only(items: Iterable[Item]) -> list[Transcript]:
    return [item for item in items if isinstance(item, Transcript)]
