"""agent.grading.grade_many: the one loop that turns read failures and exceptions into error
lines, hands each result on as it comes and again in input order."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from agent.grading import Result, grade_each, grade_many, grading_failed, run_inline
from agent.models import Grade, GradeError, Transcript
from agent.transcript import Item, ReadFailure

AGENT = Path(__file__).resolve().parent.parent / "agent"


def transcript(ident: str) -> Transcript:
    return Transcript(id=ident, turns=[{"role": "candidate", "text": f"I shipped {ident} myself."}])


def grade_of(t: Transcript) -> Grade:
    from agent.backends import OfflineBackend

    return OfflineBackend().grade(t)


def test_results_arrive_as_they_finish_and_are_released_in_input_order():
    delays = {"slow": 0.05, "fast": 0.0, "mid": 0.02}
    items: list[Item] = [
        transcript("slow"),
        ReadFailure("bad", "bad: cannot read"),
        transcript("fast"),
        transcript("mid"),
    ]
    done: list[str] = []
    ordered: list[str] = []

    async def agrade(t: Transcript) -> Grade:
        await asyncio.sleep(delays[t.id])
        if t.id == "mid":
            raise RuntimeError("the server said no")
        return grade_of(t)

    asyncio.run(
        grade_many(
            items,
            agrade,
            concurrency=4,
            on_done=lambda r: done.append(r.id),
            on_ordered=lambda r: ordered.append(r.id),
        )
    )
    assert ordered == ["slow", "bad", "fast", "mid"]
    assert done.index("fast") < done.index("slow")  # --out gets each as soon as it exists


def test_an_error_line_names_the_transcript_and_masks_the_key():
    results: list[Result] = []

    async def agrade(t: Transcript) -> Grade:
        raise RuntimeError("401: key sk-secret-123 rejected")

    asyncio.run(
        grade_many([transcript("a")], agrade, on_done=lambda r: None, on_ordered=results.append, secret="sk-secret-123")
    )
    [line] = results
    assert isinstance(line, GradeError) and line.id == "a"
    assert line.error.startswith("a: grading failed: 401: key ") and "sk-secret-123" not in line.error


def test_in_process_grading_needs_no_event_loop_and_lets_interrupts_through():
    seen: list[str] = []

    def grade(t: Transcript) -> Grade:
        if t.id == "stop":
            raise KeyboardInterrupt  # Ctrl-C is not a transcript's failure: it ends the run
        return grade_of(t)

    with pytest.raises(KeyboardInterrupt):
        grade_each(
            [transcript("one"), transcript("stop"), transcript("never")],
            grade,
            on_done=lambda r: seen.append(r.id),
            on_ordered=lambda r: None,
        )
    assert seen == ["one"]


def test_run_inline_refuses_a_coroutine_that_waits():
    with pytest.raises(RuntimeError, match="waited on an event loop"):
        run_inline(asyncio.sleep(0))  # yields to a loop that is not there


def test_grading_failed_is_written_in_one_place():
    assert grading_failed("x.json", ValueError("")) == "x.json: grading failed: ValueError"
    sources = [p for p in AGENT.rglob("*.py") if "grading failed:" in p.read_text(encoding="utf-8")]
    assert sources == [AGENT / "grading.py"]
