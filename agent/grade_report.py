"""The readable terminal report of a grade: what scored, why, and what to add next time."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from agent import rubric
from agent.models import Grade
from agent.terminal import safe, safe_line

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


def suggestions(grade: Grade) -> list[tuple[rubric.Layer, str]]:
    """For every layer below 2, the concrete thing to add, weakest and highest-priority first."""
    spec = rubric.load_rubric()
    order = spec.probing.order
    weak = [layer for layer in order if grade.layers[layer].score < 2]
    weak.sort(key=lambda layer: grade.layers[layer].score)
    return [(layer, spec.layer(layer).suggestion) for layer in weak]


NARROW = 70  # below this many columns, quotes go on their own line so words are not cut


def render(grade: Grade, width: int | None = None) -> RenderableType:
    """The report panel; user and model text is made safe (agent.terminal) and never read as markup."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    rows = []
    for layer, lg in grade.layers.items():
        said = f"“{short(lg.evidence[0])}”" if lg.evidence else plain_rationale(lg.rationale, lg.score)
        starts = (grade.evidence_start or {}).get(layer) or [None]
        if lg.evidence and starts[0] is not None:
            said += f" at {clock(starts[0])}"
        rows.append((layer, lg.score, Text(safe(said), style="italic" if lg.evidence else "dim")))
    parts: list[RenderableType] = [layer_rows(rows, width), Text()]
    flags = ", ".join(f.replace("_", " ") for f in grade.red_flags) or "none"
    parts.append(Text.assemble(("red flags  ", "bold"), (flags, "red" if grade.red_flags else "green")))
    parts.append(Text.assemble(("verdict    ", "bold"), (VERDICT_TEXT[grade.verdict], VERDICT_STYLE[grade.verdict])))
    if grade.speakers:
        asked = ", ".join(grade.speakers.interviewers) or "nobody"
        who = safe_line(f"{grade.speakers.candidate} (interviewer: {asked})")
        parts.append(Text.assemble(("candidate  ", "bold"), (who, "")))
    todo = suggestions(grade)
    if todo:
        parts.append(Text())
        parts.append(Text("What to add next time", style="bold"))
        for layer, tip in todo:
            parts.append(Text.assemble(("  • ", ""), (f"{layer_title(layer)}: ", "bold"), (tip, "")))
    title = Text(safe_line(f"{grade.id}  ·  {grade.total}/18  ·  {grade.grader}"))
    return Panel(Group(*parts), title=title, title_align="left", border_style=VERDICT_STYLE[grade.verdict])


def layer_rows(
    rows: Iterable[tuple[str, int, RenderableType]],
    width: int | None = None,
    extra: Mapping[str, Sequence[RenderableType]] | None = None,
) -> RenderableType:
    """One row per layer: title, bar and score, then its text (and any `extra` lines under it).

    Wide terminals get three columns; narrow ones (under NARROW) put the text on its own lines
    below the score, so it wraps at spaces over the whole width instead of in a thin column.
    """
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    extra = extra or {}
    if width is not None and width < NARROW:
        lines: list[RenderableType] = []
        for layer, score, said in rows:
            lines.append(Text.assemble(f"{layer_title(layer)}  ", (f"{bar(score)} {score}", SCORE_STYLE[score])))
            for text in (said, *extra.get(layer, [])):
                lines.append(Padding(text, (0, 0, 0, 2)))
        return Group(*lines)
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for layer, score, said in rows:
        table.add_row(Text(f"{layer_title(layer):<22}"), Text(f"{bar(score)} {score}", style=SCORE_STYLE[score]), said)
        for text in extra.get(layer, []):
            table.add_row(Text(""), Text(""), text)
    return table


_EXAMPLE = re.compile(r"\s*\((?:[^()]*?)[\"“][^\"”]*[\"”][^()]*\)")


def plain_rationale(rationale: str, score: int) -> str:
    """A rationale without the rubric's quoted examples when nothing was quoted: an anchor like
    'the story starts at the implementation ("I trained a model ...")' would otherwise read as if
    the candidate had said the example."""
    if score > 0:
        return rationale
    return _EXAMPLE.sub("", rationale).strip() or rationale


def print_grade(console: Console, grade: Grade) -> None:
    console.print(render(grade, console.width))


def clock(seconds: float) -> str:
    """A time in a recording as its player shows it: 4:05, or 1:02:03 past the hour."""
    whole = int(seconds)
    hours, minutes, secs = whole // 3600, whole // 60 % 60, whole % 60
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def how_it_stopped(stop_text: str, followups: int) -> str:
    """'you ended the interview · 1 follow-up': why the interview ended and how many follow-ups it took."""
    return f"{stop_text} · {followups} follow-up{'' if followups == 1 else 's'}"


def short(text: str, limit: int = 140) -> str:
    """The text on one line, cut with an ellipsis past `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
