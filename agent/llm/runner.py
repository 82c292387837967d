"""Grading many transcripts at once on AsyncOpenAI, at most `concurrency` requests in flight.

Each result is handed to `on_done` the moment it exists (so `--out` loses nothing when a run is
interrupted) and to `on_ordered` in input order (so `--json` on stdout keeps the input order).
A transcript that fails becomes a GradeError line; the others go on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence

from agent.config import Settings
from agent.grading import Result, describe
from agent.llm.backend import OpenAIBackend
from agent.llm.caller import Usage
from agent.llm.errors import redact
from agent.models import GradeError
from agent.transcript import Item, ReadFailure

Callback = Callable[[Result], None]


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


async def agrade_all(
    backend: OpenAIBackend,
    items: Iterable[Item],
    *,
    concurrency: int,
    samples: int,
    on_done: Callback,
    on_ordered: Callback,
) -> None:
    """`concurrency` workers pull from `items` as they go, so a long batch starts at once and
    only the transcripts in flight (and results waiting for an earlier one) are in memory."""
    ordered = InOrder(on_ordered)
    source = iter(enumerate(items))

    async def one(index: int, item: Item) -> None:
        if isinstance(item, ReadFailure):
            result: Result = GradeError(id=item.id, error=item.error)
        else:
            try:
                result = await backend.agrade(item, samples)
            except Exception as exc:  # one transcript's failure must not end the batch
                error = redact(describe(exc), backend.settings.api_key)
                result = GradeError(id=item.id, error=f"{item.id}: grading failed: {error}")
        on_done(result)
        ordered.push(index, result)

    async def worker() -> None:
        for index, item in source:  # the shared iterator hands each transcript to one worker
            await one(index, item)

    await asyncio.gather(*(worker() for _ in range(max(1, concurrency))))


def grade_all(backend: OpenAIBackend, items: Iterable[Item], **options) -> None:
    """The synchronous entry point used by the CLI (runs on the backend's own loop)."""
    backend.run(agrade_all(backend, items, **options))


def plan_run(backend: OpenAIBackend, concurrency: int | None, samples: int) -> tuple[int, str]:
    """(requests in flight, a one-line note for stderr saying how the run will go and why)."""
    from agent.llm.slots import concurrency_for

    settings = backend.settings
    chosen, why = concurrency_for(settings, concurrency)
    model = settings.model if settings.model_named else "the served model"
    note = f"grading with {model}, concurrency {chosen} ({why})"
    if samples > 1:
        note += (
            f"; {samples} samples per transcript at temperature {settings.sample_temperature:g} "
            "(OWNERSHIP_SAMPLE_TEMPERATURE), the median kept and the spread reported as confidence"
        )
    return chosen, note


def consistency(grades: Sequence[object]) -> float | None:
    """Re-grade consistency: the share of layer scores identical across every sample of a transcript.

    Read from Grade.confidence (1.0 exactly when all samples agree); None when no grade had samples.
    """
    seen = [v for g in grades if g is not None and getattr(g, "confidence", None) for v in g.confidence.values()]
    return sum(v == 1.0 for v in seen) / len(seen) if seen else None


def cost_line(usage: Usage, settings: Settings, *, discount: float = 1.0, model: str | None = None) -> str:
    """Tokens and the estimated cost at the configured prices (USD per million tokens).

    `usage` counts every request sent and every token received, including failed replies.
    """
    cost = (usage.prompt_tokens * settings.price_input + usage.completion_tokens * settings.price_output) / 1e6
    return (
        f"{usage.requests} requests, {usage.prompt_tokens:,} input + {usage.completion_tokens:,} output tokens; "
        f"estimated cost ${cost * discount:.4f} ({model or settings.model} at ${settings.price_input}/"
        f"${settings.price_output} per million{', Batch API half price' if discount != 1.0 else ''})"
    )
