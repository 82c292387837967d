"""The story compressed into a 60-second outline, built only from the candidate's own sentences.

Each slot (problem, influence, tradeoff, deployment, impact, lesson) is filled with a quote the
grader cited for that layer, checked to be an exact (whitespace-normalised) substring of a
candidate turn, and shortened only by cutting words off its end. A slot with no such quote says
`[missing: ...]`. Nothing is paraphrased, so no fact or number can be invented here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, TypedDict

from agent.evidence import is_verified, normalise
from agent.rubric import Layer

MAX_WORDS = 32  # about 150 spoken words for six slots: a minute at speaking pace


@dataclass(frozen=True)
class OutlineLine:
    heading: str
    layer: Layer
    text: str  # the candidate's words, or "[missing: ...]"
    missing: bool

    def __str__(self) -> str:
        return f"{self.heading}: {self.text}"


class OutlineSlot(TypedDict):
    """One slot of the outline, as prompts/closing.yaml writes it."""

    layer: Layer
    heading: str
    missing: str  # what the [missing: ...] line says


@cache
def slots() -> list[OutlineSlot]:
    import yaml

    from agent.resources import read_prompt

    outline: list[OutlineSlot] = yaml.safe_load(read_prompt("closing.yaml"))["outline"]
    return outline


def shorten(quote: str, limit: int = MAX_WORDS) -> str:
    """The quote, cut to its first `limit` words (still a prefix of the candidate's words)."""
    words = normalise(quote).split()
    return " ".join(words) if len(words) <= limit else " ".join(words[:limit]) + " …"


def build_outline(layers: Mapping[str, Mapping[str, Any]], candidate_turns: Sequence[str]) -> list[OutlineLine]:
    """One line per slot from the grade's layers ({layer: {"score", "evidence"}})."""
    corpus = [normalise(t) for t in candidate_turns]
    used: set[str] = set()
    lines = []
    for slot in slots():
        layer = slot["layer"]
        grade = layers.get(layer) or {}
        quotes = [q for q in grade.get("evidence", []) if grade.get("score", 0) >= 1 and is_verified(q, corpus)]
        fresh = [q for q in quotes if normalise(q) not in used] or quotes
        if fresh:
            used.add(normalise(fresh[0]))
            lines.append(OutlineLine(slot["heading"], layer, shorten(fresh[0]), False))
        else:
            lines.append(OutlineLine(slot["heading"], layer, f"[missing: {slot['missing']}]", True))
    return lines
