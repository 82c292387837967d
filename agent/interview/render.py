"""The terminal rendering of the interview: questions as they come, and the closing report."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from agent.grade_report import (
    VERDICT_STYLE,
    VERDICT_TEXT,
    how_it_stopped,
    layer_rows,
    layer_title,
    plain_rationale,
    short,
)
from agent.terminal import safe, safe_line

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.table import Table
    from rich.text import Text

HELP = """\
Answer in your own words; paste a long answer in one go, it is taken as one answer.
  /skip   skip this question        /done   end the interview and see the report
  /help   this help                 Ctrl-C  save and leave (resume with --resume)"""


def print_question(console: Console, payload: dict[str, Any]) -> None:
    from rich.text import Text

    n = payload.get("followup") or 0
    head = Text("Interviewer", style="bold cyan")
    if n:
        head.append(f"  · follow-up {n} · {layer_title(payload.get('probe') or '')}", style="dim")
    console.print()
    console.print(head)
    console.print(Text(safe(payload["question"])), soft_wrap=False)


def render_report(report: dict[str, Any], width: int | None = None) -> RenderableType:
    """The closing report; the candidate's words are made safe and never read as markup."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    rows, quotes = [], {}
    for lr in report["layers"]:
        origin = lr["origin_text"] if lr["quotes"] or lr["score"] else plain_rationale(lr["origin_text"], 0)
        rows.append((lr["layer"], lr["score"], Text(safe(origin), style="dim")))
        quotes[lr["layer"]] = [Text(safe(f"“{short(q, 160)}”"), style="italic") for q in lr["quotes"][:2]]
    table = layer_rows(rows, width, quotes)
    flags = ", ".join(f.replace("_", " ") for f in report["red_flags"]) or "none"
    parts: list[RenderableType] = [
        table,
        Text(),
        Text.assemble(("red flags  ", "bold"), (flags, "red" if report["red_flags"] else "green")),
        Text.assemble(("verdict    ", "bold"), (VERDICT_TEXT[report["verdict"]], VERDICT_STYLE[report["verdict"]])),
    ]
    if report.get("stop_text"):
        parts.append(Text(f"stopped    {how_it_stopped(report['stop_text'], report['followups'])}", style="dim"))
    if report["tips"]:
        numbered = [(f"{i}.", safe(tip)) for i, tip in enumerate(report["tips"], start=1)]
        parts += [Text(), Text("Next time", style="bold"), _hanging(numbered)]
    outline = [
        (f"{line['heading']}:", Text(safe(line["text"]), style="red" if line["missing"] else ""))
        for line in report["outline"]
    ]
    parts += [Text(), Text("Your story in 60 seconds (your own words)", style="bold"), _hanging(outline, bold=True)]
    title = Text(safe_line(f"interview report · {report['session_id']} · {report['total']}/18 · {report['grader']}"))
    return Panel(Group(*parts), title=title, title_align="left", border_style=VERDICT_STYLE[report["verdict"]])


def _hanging(rows: Iterable[tuple[str, str | Text]], bold: bool = False) -> Table:
    """Two columns, so wrapped lines hang under the text rather than under the label."""
    from rich.table import Table
    from rich.text import Text

    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True, style="bold" if bold else "")
    table.add_column(ratio=1)
    for label, text in rows:
        table.add_row(Text(f"  {label}"), text if isinstance(text, Text) else Text(text))
    return table
