"""Two tellings of the same story side by side: per layer the scores and the quotes behind them,
what the later telling gained and lost, and whether its 60-second outline got shorter.

Every sentence shown comes from a grade's evidence (the candidate's own words, verified) or the
outline built from them; nothing is written here that the candidate did not say.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agent.history.layers import LAYERS
from agent.history.progress import Changes, changes
from agent.history.records import Telling

if TYPE_CHECKING:
    from agent.rubric import Layer


@dataclass(frozen=True)
class LayerPair:
    layer: Layer
    before: int
    after: int
    quotes_before: list[str]
    quotes_after: list[str]


@dataclass(frozen=True)
class OutlineSize:
    words: int
    filled: int  # slots with the candidate's words, out of six


@dataclass(frozen=True)
class Comparison:
    earlier: Telling
    later: Telling
    layers: list[LayerPair]
    changes: Changes
    outline_before: OutlineSize
    outline_after: OutlineSize

    @property
    def outline_trend(self) -> str:
        a, b = self.outline_before.words, self.outline_after.words
        return "longer" if b > a else "shorter" if b < a else "the same length"

    def as_json(self) -> dict[str, Any]:
        return {
            "earlier": self.earlier.summary(),
            "later": self.later.summary(),
            "layers": {
                p.layer: {
                    "before": p.before,
                    "after": p.after,
                    "quotes_before": p.quotes_before,
                    "quotes_after": p.quotes_after,
                }
                for p in self.layers
            },
            "gained": [m.as_json() for m in self.changes.moves if m.raised],
            "lost": [m.as_json() for m in self.changes.moves if not m.raised],
            "flags_cleared": self.changes.flags_cleared,
            "flags_new": self.changes.flags_new,
            "verdict": [self.changes.verdict_before, self.changes.verdict_after],
            "outline": {
                "words": [self.outline_before.words, self.outline_after.words],
                "filled": [self.outline_before.filled, self.outline_after.filled],
                "trend": self.outline_trend,
            },
        }


def outline_size(telling: Telling) -> OutlineSize:
    filled = [line for line in telling.report.get("outline", []) if not line.get("missing")]
    words = sum(len([w for w in line["text"].split() if w != "…"]) for line in filled)
    return OutlineSize(words=words, filled=len(filled))


def compare(a: Telling, b: Telling, *, by_date: bool = True) -> Comparison:
    """`a` against `b` (bodies loaded); with `by_date`, the earlier one comes first whatever the order."""
    earlier, later = (b, a) if by_date and a.created > b.created else (a, b)
    pairs = [
        LayerPair(
            layer,
            earlier.scores[layer],
            later.scores[layer],
            list(earlier.grade["layers"][layer].get("evidence") or []),
            list(later.grade["layers"][layer].get("evidence") or []),
        )
        for layer in LAYERS
    ]
    return Comparison(earlier, later, pairs, changes(earlier, later), outline_size(earlier), outline_size(later))
