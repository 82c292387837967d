"""Plain-text views for the terminal: the history table, a story's progress, a comparison.

Every piece of user or model text goes through `one_line`, so it reaches the terminal with its
control characters shown, never acted on. Colour is added with click.style, which click.echo
drops when the output is not a terminal. Rich is not used: a thousand rows print in milliseconds.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import click

from agent.history.compare import Comparison
from agent.history.layers import INITIALS, LAYERS, MAX_TOTAL, VERDICT_LABEL
from agent.history.progress import Changes, Progress
from agent.history.records import Telling
from agent.history.text import layer_title, one_line

SCORE_COLOUR = {0: "red", 1: "yellow", 2: "cyan", 3: "green"}
VERDICT_COLOUR = {"strong_owner": "green", "partial_owner": "yellow", "executor": "red"}
STORY_WIDTH = 20
ID_WIDTH = 20
BACKEND_WIDTH = 7


def _width() -> int:
    import shutil

    return max(60, min(120, shutil.get_terminal_size((100, 24)).columns))


def wrapped(lead: str, text: str, indent: int) -> list[str]:
    """`lead` then `text` wrapped at spaces to the terminal, later lines indented by `indent`."""
    import textwrap

    return textwrap.wrap(
        text,
        _width(),
        initial_indent=lead,
        subsequent_indent=" " * indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [lead]


def quoted(text: str | None) -> str:
    return f"“{one_line(text or '')}”"


def date_of(created: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(created))


def history_table(tellings: Sequence[Telling]) -> list[str]:
    head = (
        f"{'id':<{ID_WIDTH}}  {'date':<16}  {'story':<{STORY_WIDTH}}  {'backend':<{BACKEND_WIDTH}}  "
        + " ".join(INITIALS)
        + "  total  verdict"
    )
    lines = [click.style(head, bold=True)]
    for t in tellings:
        cells = " ".join(
            click.style(f"{t.scores[layer]:>{len(s)}}", fg=SCORE_COLOUR.get(t.scores[layer]))
            for layer, s in zip(LAYERS, INITIALS, strict=True)
        )
        verdict = click.style(VERDICT_LABEL.get(t.verdict, t.verdict), fg=VERDICT_COLOUR.get(t.verdict))
        lines.append(
            f"{one_line(t.id, ID_WIDTH):<{ID_WIDTH}}  {date_of(t.created)}  "
            f"{one_line(t.story, STORY_WIDTH):<{STORY_WIDTH}}  {one_line(t.grader, BACKEND_WIDTH):<{BACKEND_WIDTH}}  "
            f"{cells}  {t.total:>2}/{MAX_TOTAL}  {verdict}"
        )
    legend = " · ".join(f"{code} {layer_title(layer)}" for code, layer in zip(INITIALS, LAYERS, strict=True))
    return [*lines, click.style(legend, dim=True)]


def story_lines(groups: dict[str, list[Telling]]) -> list[str]:
    """One line per story told twice or more: totals oldest to newest, best, recurring gaps."""
    from agent.history.progress import recurring_gaps

    lines = []
    for tellings in groups.values():
        if len(tellings) < 2:
            continue
        ordered = sorted(tellings, key=lambda t: (t.created, t.id))
        totals = " → ".join(str(t.total) for t in ordered)
        gaps = ", ".join(layer_title(g) for g in recurring_gaps(ordered)) or "none"
        lines.append(
            f"  {one_line(ordered[-1].story, STORY_WIDTH)}: {len(ordered)} tellings, total {totals}"
            f" (best {max(t.total for t in ordered)}), recurring gaps: {gaps}"
        )
    return [click.style("Stories told more than once", bold=True), *lines] if lines else []


def _arrow(before: int, after: int) -> str:
    if after > before:
        return click.style("▲", fg="green")
    if after < before:
        return click.style("▼", fg="red")
    return " "


def progress_lines(p: Progress) -> list[str]:
    lines = [
        click.style(f"Progress of {one_line(p.story, 60)} over {len(p.tellings)} tellings", bold=True),
        f"  {'layer':<22} first  best  latest",
    ]
    for trend in p.trends:
        series = " ".join(str(s) for s in trend.series)
        lines.append(
            f"  {layer_title(trend.layer):<22} {trend.first:>5} {trend.best:>5} {trend.latest:>7}  "
            f"{_arrow(trend.first, trend.latest)}  {click.style(series, dim=True)}"
        )
    lines.append(f"  {'total':<22} {p.totals[0]:>5} {max(p.totals):>5} {p.totals[-1]:>7}")
    gaps = ", ".join(layer_title(g) for g in p.gaps) or "none"
    lines.append(f"Recurring gaps (below 2 in most tellings): {gaps}")
    lines.append(click.style(f"Since the previous telling ({date_of(p.tellings[-2].created)})", bold=True))
    lines += changes_lines(p.since_previous)
    return lines


def changes_lines(c: Changes) -> list[str]:
    lines = []
    for move in c.moves:
        lines.append(f"  {_arrow(move.before, move.after)} {layer_title(move.layer)} {move.before} → {move.after}")
        if move.quote:
            lines += wrapped("      " + ("" if move.raised else "no longer says "), quoted(move.quote), 7)
    if not c.moves:
        lines.append("  no layer moved")
    if c.flags_cleared:
        lines.append("  red flags cleared: " + ", ".join(layer_title(f) for f in c.flags_cleared))
    if c.flags_new:
        lines.append("  new red flags: " + ", ".join(layer_title(f) for f in c.flags_new))
    verdict = VERDICT_LABEL.get(c.verdict_after, c.verdict_after)
    if c.verdict_before != c.verdict_after:
        verdict = f"{VERDICT_LABEL.get(c.verdict_before, c.verdict_before)} → {verdict}"
    lines.append(f"  total {c.total_before} → {c.total_after}/{MAX_TOTAL}, verdict {verdict}")
    return lines


def _head(label: str, t: Telling) -> str:
    return (
        f"{label}  {one_line(t.id, 40)}  {date_of(t.created)}  {t.total}/{MAX_TOTAL}  "
        f"{VERDICT_LABEL.get(t.verdict, t.verdict)}  ({one_line(t.story, STORY_WIDTH)}, {one_line(t.grader, 20)})"
    )


def comparison_lines(c: Comparison) -> list[str]:
    lines = [_head("earlier", c.earlier), _head("later  ", c.later), ""]
    for pair in c.layers:
        lines.append(
            click.style(f"{layer_title(pair.layer):<22}", bold=True)
            + f" {pair.before} → {pair.after} {_arrow(pair.before, pair.after)}"
        )
        for label, quotes in (("earlier", pair.quotes_before), ("later  ", pair.quotes_after)):
            if not quotes:
                lines.append(f"    {label}  " + click.style("(nothing)", dim=True))
            for k, quote in enumerate(quotes[:2]):
                lines += wrapped(f"    {label if k == 0 else ' ' * 7}  ", quoted(quote), 14)
    lines += ["", click.style("What the later telling gained and lost", bold=True), *changes_lines(c.changes)]
    a, b = c.outline_before, c.outline_after
    lines.append(
        f"  60-second outline: {a.words} → {b.words} words ({c.outline_trend}), {a.filled} → {b.filled} of 6 parts told"
    )
    return lines
