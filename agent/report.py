"""The readable terminal report of a grade: what scored, why, and what to add next time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent import rubric
from agent.models import Grade

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

VERDICT_STYLE = {
    "strong_owner": "bold green",
    "partial_owner": "bold yellow",
    "executor": "bold red",
}
VERDICT_TEXT = {
    "strong_owner": "strong owner: you would be trusted with a production model",
    "partial_owner": "partial owner: parts of the story show ownership, others leave doubt",
    "executor": "executor: the story describes tasks, not decisions or outcomes",
}
SCORE_STYLE = {0: "red", 1: "yellow", 2: "cyan", 3: "green"}


def bar(score: int, width: int = 3) -> str:
    return "█" * score + "░" * (width - score)


def layer_title(layer: str) -> str:
    return layer.replace("_", " ")


def suggestions(grade: Grade) -> list[tuple[str, str]]:
    """For every layer below 2, the concrete thing to add, weakest and highest-priority first."""
    spec = rubric.load_rubric()
    order = spec.probing.order
    weak = [layer for layer in order if grade.layers[layer].score < 2]
    weak.sort(key=lambda layer: grade.layers[layer].score)
    return [(layer, spec.layer(layer).suggestion) for layer in weak]


def render(grade: Grade) -> RenderableType:
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for layer, lg in grade.layers.items():
        quote = f"“{short(lg.evidence[0])}”" if lg.evidence else lg.rationale
        starts = (grade.evidence_start or {}).get(layer) or [None]
        if lg.evidence and starts[0] is not None:
            quote += f" at {clock(starts[0])}"
        table.add_row(
            Text(f"{layer_title(layer):<22}"),
            Text(f"{bar(lg.score)} {lg.score}", style=SCORE_STYLE[lg.score]),
            Text(quote, style="italic" if lg.evidence else "dim"),
        )
    parts: list[RenderableType] = [table, Text()]
    flags = ", ".join(f.replace("_", " ") for f in grade.red_flags) or "none"
    parts.append(Text.assemble(("red flags  ", "bold"), (flags, "red" if grade.red_flags else "green")))
    parts.append(Text.assemble(("verdict    ", "bold"), (VERDICT_TEXT[grade.verdict], VERDICT_STYLE[grade.verdict])))
    if grade.speakers:
        asked = ", ".join(grade.speakers.interviewers) or "nobody"
        parts.append(Text.assemble(("candidate  ", "bold"), (f"{grade.speakers.candidate} (interviewer: {asked})", "")))
    todo = suggestions(grade)
    if todo:
        parts.append(Text())
        parts.append(Text("What to add next time", style="bold"))
        for layer, tip in todo:
            parts.append(Text.assemble(("  • ", ""), (f"{layer_title(layer)}: ", "bold"), (tip, "")))
    title = f"{grade.id}  ·  {grade.total}/18  ·  {grade.grader}"
    return Panel(Group(*parts), title=title, title_align="left", border_style=VERDICT_STYLE[grade.verdict])


def print_grade(console: Console, grade: Grade) -> None:
    console.print(render(grade))


def clock(seconds: float) -> str:
    """A time in a recording as its player shows it: 4:05, or 1:02:03 past the hour."""
    whole = int(seconds)
    hours, minutes, secs = whole // 3600, whole // 60 % 60, whole % 60
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def short(text: str, limit: int = 140) -> str:
    """The text on one line, cut with an ellipsis past `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
