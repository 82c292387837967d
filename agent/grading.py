"""Grading many transcripts: each result handed on as soon as it exists, failures kept apart.

This is the one grade-many loop. The batch never stops at a bad transcript: a `ReadFailure` or a
grading error becomes a `GradeError` line in place of the grade, and the next one is graded.
Backends bring their own grader and concurrency (agent.backends); the loop is the same for all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import IO, Any, TypeVar

from agent.models import Grade, GradeError, Transcript
from agent.transcript import Item, ReadFailure

Result = Grade | GradeError
Callback = Callable[[Result], None]
AsyncGrader = Callable[[Transcript], Awaitable[Grade]]
T = TypeVar("T")


def describe(exc: BaseException) -> str:
    """A one-line description of an exception, without a traceback."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def grading_failed(what: str, exc: BaseException, secret: str | None = None) -> str:
    """The one-line error for a transcript (`what` names it) whose grading raised `exc`.

    `secret` (an API key) is masked, should a server or library repeat it in a message."""
    text = describe(exc)
    if secret:
        from agent.llm.errors import redact

        text = redact(text, secret)
    return f"{what}: grading failed: {text}"


async def outcome(item: Item, grade: AsyncGrader, secret: str | None = None) -> Result:
    """The grade of one item, or the error line that takes its place."""
    if isinstance(item, ReadFailure):
        return GradeError(id=item.id, error=item.error)
    try:
        return await grade(item)
    except Exception as exc:  # one transcript's failure must not end the batch
        return GradeError(id=item.id, error=grading_failed(item.id, exc, secret))


class InOrder:
    """Releases results in input order as soon as every earlier one has arrived."""

    def __init__(self, emit: Callback) -> None:
        self.emit = emit
        self.waiting: dict[int, Result] = {}
        self.next = 0

    def push(self, index: int, result: Result) -> None:
        self.waiting[index] = result
        while self.next in self.waiting:
            self.emit(self.waiting.pop(self.next))
            self.next += 1


async def grade_many(
    items: Iterable[Item],
    grade: AsyncGrader,
    *,
    on_done: Callback,
    on_ordered: Callback,
    concurrency: int = 1,
    secret: str | None = None,
) -> None:
    """Grades `items` with `concurrency` workers pulling from them as they go.

    Each result goes to `on_done` the moment it exists (so `--out` loses nothing when a run is
    interrupted) and to `on_ordered` in input order (so stdout keeps the input order). Workers
    share one iterator, so a long batch starts at once and only the transcripts in flight (and
    results waiting for an earlier one) are in memory.
    """
    ordered = InOrder(on_ordered)
    source = iter(enumerate(items))

    async def worker() -> None:
        for index, item in source:
            result = await outcome(item, grade, secret)
            on_done(result)
            ordered.push(index, result)

    if concurrency <= 1:
        await worker()  # no task switching: run_inline can drive it without an event loop
        return
    import asyncio

    await asyncio.gather(*(worker() for _ in range(concurrency)))


def grade_each(
    items: Iterable[Item], grade: Callable[[Transcript], Grade], *, on_done: Callback, on_ordered: Callback
) -> None:
    """`grade_many` for a grader that works in this process, one transcript after another."""

    async def agrade(transcript: Transcript) -> Grade:
        return grade(transcript)

    run_inline(grade_many(items, agrade, on_done=on_done, on_ordered=on_ordered))


def run_inline(coro: Coroutine[Any, Any, T]) -> T:
    """Runs a coroutine that never waits on anything, without an event loop.

    In-process grading is plain synchronous work; running it here rather than in asyncio keeps
    Ctrl-C and every exception landing exactly where they would in an ordinary loop."""
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]  # StopIteration.value is Any
    coro.close()
    raise RuntimeError("run_inline: the coroutine waited on an event loop")


class ResultSink:
    """Writes JSONL results to an open file as they arrive, flushing each line."""

    def __init__(self, stream: IO[str]) -> None:
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
