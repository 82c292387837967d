"""The report as Markdown that renders on GitHub, with every piece of user and model text escaped.

Escaping (`md_text`): control characters become visible stand-ins; `& < >` become entities, so
no HTML in an answer reaches the page; the characters that start emphasis, code, links, tables,
strike-through and math are backslash-escaped; `:word:` loses its emoji; a line that would open
a heading, list, quote or rule starts with an escaped character. What the candidate wrote shows
as written.
"""

from __future__ import annotations

import re

from agent import __version__
from agent.history.layers import LAYERS, MAX_TOTAL, SHORT, VERDICT_LABEL
from agent.history.terminal import date_of
from agent.history.text import layer_title, visible
from agent.history.view import ReportView

_INLINE = re.compile(r"([\\`*_\[\]|~$])")
_EMOJI = re.compile(r":(?=[0-9A-Za-z_+-]+:)")
_LINE_START = re.compile(r"^(\s*)([-+=#>]|\d+(?=[.)]))")
SPARKS = "▁▂▃▄▅▆▇█"


def md_text(text: str) -> str:
    """One line of user or model text, safe inside a Markdown paragraph, list item or table cell."""
    flat = " ".join(visible(text).split())
    escaped = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = _EMOJI.sub(r"\\:", _INLINE.sub(r"\\\1", escaped))
    return _LINE_START.sub(lambda m: "\\" + m.group(2), escaped, count=1)


def md_block(text: str, prefix: str = "> ") -> str:
    """A multi-line answer as a block quote, its line breaks kept (two trailing spaces) and its
    blank lines as paragraph breaks."""
    lines = visible(text).split("\n")
    out = []
    for i, line in enumerate(lines):
        if not line.strip():
            out.append(prefix.rstrip())
            continue
        breaks = i + 1 < len(lines) and lines[i + 1].strip()
        out.append(prefix + md_text(line) + ("  " if breaks else ""))
    return "\n".join(out)


def bar(score: int) -> str:
    return "█" * score + "░" * (3 - score)


def sparkline(values: list[int], top: int = MAX_TOTAL) -> str:
    return "".join(SPARKS[min(len(SPARKS) - 1, round(v / top * (len(SPARKS) - 1)))] for v in values)


def render_markdown(view: ReportView) -> str:
    t = view.telling
    out = [f"# Interview report: {md_text(t.story)}", ""]
    out.append(
        f"**{t.total}/{MAX_TOTAL} · {VERDICT_LABEL.get(t.verdict, t.verdict)}** · {date_of(t.created)} · "
        f"graded by {md_text(t.grader)} · {'session' if t.kind == 'chat' else 'transcript'} {md_text(t.id)}"
    )
    out += ["", "## Layer scores", "", "| layer | score | | how it came out |", "|:--|:-:|:--|:--|"]
    for lv in view.layers:
        out.append(f"| {lv.title} | {lv.score} | {bar(lv.score)} | {md_text(lv.origin_text) or '&nbsp;'} |")
    out += ["", f"**Verdict:** {md_text(view.verdict_text)}  "]
    flags = ", ".join(layer_title(f) for f in view.red_flags) or "none"
    out.append(f"**Red flags:** {flags}" + ("  " if view.stop_text else ""))
    if view.stop_text:
        out.append(f"**Stopped:** {md_text(view.stop_text)}")
    out.append("")
    if view.trend:
        out += _trend(view)
    out += ["## What earned each score", ""]
    for lv in view.layers:
        out.append(
            f"**{lv.title}: {lv.score}/3** · {md_text(lv.origin_text)}"
            if lv.origin_text
            else f"**{lv.title}: {lv.score}/3**"
        )
        out.append("")
        out += [f"> “{md_text(q)}”\n" for q in lv.quotes] or ["_no quote_\n"]
    if view.tips:
        out += ["## Next time", ""] + [f"{i}. {md_text(tip)}" for i, tip in enumerate(view.tips, 1)] + [""]
    out += ["## Your story in 60 seconds (your own words)", ""]
    for line in view.outline:
        text = f"_{md_text(line['text'])}_" if line["missing"] else md_text(line["text"])
        out.append(f"- **{md_text(line['heading'])}:** {text}")
    out.append("")
    out += ["## Transcript", ""]
    for turn in view.turns:
        who = "Interviewer" if turn.role == "interviewer" else "Candidate"
        extra = f" · follow-up {turn.followup}" if turn.followup else ""
        extra += f" · {layer_title(turn.probe)}" if turn.probe else ""
        out += [f"**{who}**{extra}", "", md_block(turn.text), ""]
    out.append(
        f"<sub>Made by ownership {__version__}. Quotes are the candidate's own words, checked against "
        "the transcript.</sub>"
    )
    return "\n".join(out) + "\n"


def _trend(view: ReportView) -> list[str]:
    head = "| # | date | " + " | ".join(SHORT) + " | total | verdict |"
    rule = "|--:|:--|" + "--:|" * len(SHORT) + "--:|:--|"
    out = [f"## This story over {len(view.trend)} tellings", "", head, rule]
    for i, t in enumerate(view.trend, 1):
        mark = "**" if t.id == view.telling.id else ""
        cells = " | ".join(str(t.scores[layer]) for layer in LAYERS)
        out.append(
            f"| {mark}{i}{mark} | {date_of(t.created)} | {cells} | {mark}{t.total}{mark} | "
            f"{VERDICT_LABEL.get(t.verdict, t.verdict)} |"
        )
    totals = [t.total for t in view.trend]
    out += ["", f"Total: {sparkline(totals)} {' → '.join(map(str, totals))} (of {MAX_TOTAL})", ""]
    return out
