"""How a model-graded run goes: requests in flight, re-grade consistency, and what it cost.

The grading loop itself is agent.grading.grade_many, driven by OpenAIBackend.grade_many.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from agent.config import Settings
from agent.llm.caller import Usage
from agent.models import Grade

if TYPE_CHECKING:
    from agent.llm.backend import OpenAIBackend


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


def consistency(grades: Sequence[Grade | None]) -> float | None:
    """Re-grade consistency: the share of layer scores identical across every sample of a transcript.

    Read from Grade.confidence (1.0 exactly when all samples agree); None when no grade had samples.
    """
    seen = [v for g in grades if g is not None and g.confidence for v in g.confidence.values()]
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
