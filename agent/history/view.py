"""What a report shows, gathered once from a telling and its story's history, so that the
Markdown and HTML renderers only lay it out (and escape it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agent.grade_report import how_it_stopped
from agent.history.layers import LAYERS
from agent.history.records import Telling
from agent.history.text import layer_title

if TYPE_CHECKING:
    from agent.rubric import Layer


@dataclass(frozen=True)
class LayerView:
    layer: Layer
    title: str
    score: int
    origin: str  # volunteered, probed or absent
    origin_text: str  # "drawn out by follow-up 2 (aimed at impact)"
    quotes: list[str]


@dataclass(frozen=True)
class TurnView:
    role: str
    text: str
    followup: int | None  # the follow-up number of an interviewer question
    probe: Layer | None  # the layer it aimed at


@dataclass(frozen=True)
class ReportView:
    telling: Telling
    verdict_text: str
    layers: list[LayerView]
    red_flags: list[str]
    tips: list[str]
    outline: list[dict[str, Any]]  # heading, layer, text, missing
    stop_text: str
    turns: list[TurnView]
    trend: list[Telling]  # the story's tellings up to this one, oldest first (two or more), else empty


def build_view(telling: Telling, story_tellings: Sequence[Telling] = ()) -> ReportView:
    from agent.grade_report import VERDICT_TEXT

    report = telling.report
    by_layer = {lr["layer"]: lr for lr in report.get("layers", [])}
    layers = []
    for layer in LAYERS:
        lr = by_layer.get(layer, {})
        evidence = telling.grade["layers"][layer].get("evidence") or []
        layers.append(
            LayerView(
                layer,
                layer_title(layer),
                telling.scores[layer],
                lr.get("origin", "absent"),
                lr.get("origin_text", ""),
                list(lr.get("quotes", evidence)),
            )
        )
    turns, n, answered = [], 0, False
    for turn in telling.transcript["turns"]:
        followup = None
        answered = answered or turn["role"] == "candidate"
        if turn["role"] == "interviewer" and (turn.get("probe") or answered):
            n += 1
            followup = n
        turns.append(TurnView(turn["role"], turn["text"], followup, turn.get("probe")))
    earlier = sorted(
        (t for t in story_tellings if (t.created, t.id) <= (telling.created, telling.id)),
        key=lambda t: (t.created, t.id),
    )
    stop = report.get("stop_text") or ""
    if stop and report.get("followups") is not None:
        stop = how_it_stopped(stop, report["followups"])
    return ReportView(
        telling=telling,
        verdict_text=VERDICT_TEXT.get(telling.verdict, telling.verdict),
        layers=layers,
        red_flags=list(telling.red_flags),
        tips=list(report.get("tips", [])),
        outline=list(report.get("outline", [])),
        stop_text=stop,
        turns=turns,
        trend=earlier if len(earlier) >= 2 else [],
    )
