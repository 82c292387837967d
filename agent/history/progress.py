"""Progress of one story over its tellings: the trend per layer, the gaps that keep coming back,
and what moved since the previous telling, each change with the quote that earned it.

Pure functions of stored tellings: the same history gives the same progress, offline or not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agent.history.layers import GAP_BELOW, LAYERS
from agent.history.records import Telling

if TYPE_CHECKING:
    from agent.rubric import Layer


@dataclass(frozen=True)
class Trend:
    layer: Layer
    series: list[int]  # oldest first

    @property
    def first(self) -> int:
        return self.series[0]

    @property
    def best(self) -> int:
        return max(self.series)

    @property
    def latest(self) -> int:
        return self.series[-1]


@dataclass(frozen=True)
class Move:
    """A layer whose score changed between two tellings, with the words behind the change."""

    layer: Layer
    before: int
    after: int
    quote: str | None  # raised: the newer telling's quote; lowered: the quote the older one had

    @property
    def raised(self) -> bool:
        return self.after > self.before

    def as_json(self) -> dict[str, Any]:
        return {"layer": self.layer, "before": self.before, "after": self.after, "quote": self.quote}


@dataclass(frozen=True)
class Changes:
    """What moved from one telling to the next."""

    moves: list[Move]
    flags_cleared: list[str]
    flags_new: list[str]
    verdict_before: str
    verdict_after: str
    total_before: int
    total_after: int

    def as_json(self) -> dict[str, Any]:
        return {
            "moves": [m.as_json() for m in self.moves],
            "flags_cleared": self.flags_cleared,
            "flags_new": self.flags_new,
            "verdict": [self.verdict_before, self.verdict_after],
            "total": [self.total_before, self.total_after],
        }


@dataclass(frozen=True)
class Progress:
    story: str
    tellings: list[Telling]  # oldest first
    trends: list[Trend]
    totals: list[int]
    gaps: list[str]  # layers below 2 in most tellings
    since_previous: Changes

    def as_json(self) -> dict[str, Any]:
        return {
            "story": self.story,
            "tellings": [t.id for t in self.tellings],
            "layers": {
                t.layer: {"first": t.first, "best": t.best, "latest": t.latest, "series": t.series} for t in self.trends
            },
            "totals": self.totals,
            "recurring_gaps": self.gaps,
            "since_previous": self.since_previous.as_json(),
        }


def _evidence(telling: Telling, layer: Layer) -> list[str]:
    return list(telling.grade["layers"][layer].get("evidence") or [])


def _earning_quote(new: list[str], old: list[str]) -> str | None:
    """The first quote of `new` not in `old` (what changed), else the first of `new`."""
    fresh = [q for q in new if q not in old]
    return next(iter(fresh or new), None)


def changes(older: Telling, newer: Telling) -> Changes:
    """What moved from `older` to `newer` (bodies loaded), layers in rubric order."""
    moves = []
    for layer in LAYERS:
        before, after = older.scores[layer], newer.scores[layer]
        if before == after:
            continue
        if after > before:
            quote = _earning_quote(_evidence(newer, layer), _evidence(older, layer))
        else:
            quote = _earning_quote(_evidence(older, layer), _evidence(newer, layer))
        moves.append(Move(layer, before, after, quote))
    return Changes(
        moves=moves,
        flags_cleared=[f for f in older.red_flags if f not in newer.red_flags],
        flags_new=[f for f in newer.red_flags if f not in older.red_flags],
        verdict_before=older.verdict,
        verdict_after=newer.verdict,
        total_before=older.total,
        total_after=newer.total,
    )


def recurring_gaps(tellings: Sequence[Telling]) -> list[str]:
    """Layers that stayed below 2 in more than half of the tellings."""
    return [layer for layer in LAYERS if 2 * sum(t.scores[layer] < GAP_BELOW for t in tellings) > len(tellings)]


def progress(tellings: Sequence[Telling]) -> Progress | None:
    """Progress of one story from its tellings (any order, bodies loaded); None below two."""
    ordered = sorted(tellings, key=lambda t: (t.created, t.id))
    if len(ordered) < 2:
        return None
    return Progress(
        story=ordered[-1].story,
        tellings=ordered,
        trends=[Trend(layer, [t.scores[layer] for t in ordered]) for layer in LAYERS],
        totals=[t.total for t in ordered],
        gaps=recurring_gaps(ordered),
        since_previous=changes(ordered[-2], ordered[-1]),
    )
