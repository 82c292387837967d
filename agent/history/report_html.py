"""The report as one self-contained HTML file: inline CSS and SVG, no script, nothing fetched.

A Content-Security-Policy that allows only the inline style makes that a promise the browser
keeps. It follows the reader's light or dark setting, prints on white, and every piece of user
or model text is escaped (`esc`) after its control characters are made visible.
"""

from __future__ import annotations

import time
from html import escape

from agent import __version__
from agent.history.charts import layer_bars, totals_line
from agent.history.layers import LAYERS, MAX_TOTAL, SHORT, VERDICT_LABEL
from agent.history.text import layer_title, visible
from agent.history.view import ReportView

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
VERDICT_CLASS = {"strong_owner": "s3", "partial_owner": "s1", "executor": "s0"}

STYLE = """
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --card: #f6f8fa; --track: #e6eaef; --s0: #cf222e; --s1: #b35900; --s2: #0969da; --s3: #1a7f37; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1;
  --line: #3d444d; --card: #151b23; --track: #262c36; --s0: #ff7b72; --s1: #f0883e; --s2: #58a6ff; --s3: #3fb950; } }
@media print { :root { color-scheme: light; --bg: #fff; --fg: #000; --muted: #444; --line: #bbb; --card: #fff;
  --track: #e6e6e6; --s0: #b3261e; --s1: #a05a00; --s2: #0b57d0; --s3: #146c2e; }
  main { max-width: none; padding: 0; } section, .layer, .turn, figure { break-inside: avoid; }
  h2 { break-after: avoid; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 880px; margin: 0 auto; padding: 32px 24px 56px; }
header { border-bottom: 1px solid var(--line); padding-bottom: 16px; margin-bottom: 8px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 0; }
.meta, .muted, .origin { color: var(--muted); }
.meta { margin: 0; font-size: .9rem; overflow-wrap: anywhere; }
.summary { display: flex; flex-wrap: wrap; gap: 12px; align-items: baseline; margin-top: 12px; }
.total { font-size: 2rem; font-weight: 700; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-weight: 600;
  border: 1.5px solid currentColor; }
.s0 { color: var(--s0); } .s1 { color: var(--s1); } .s2 { color: var(--s2); } .s3 { color: var(--s3); }
.chart { display: block; max-width: 640px; height: auto; }
.chart text { fill: var(--fg); font-size: 14px; font-family: inherit; }
.chart .axis { fill: var(--muted); font-size: 12px; } .chart .small { font-size: 10.5px; }
.chart .seg.track { fill: var(--track); }
.chart .seg.s0 { fill: var(--s0); } .chart .seg.s1 { fill: var(--s1); }
.chart .seg.s2 { fill: var(--s2); } .chart .seg.s3 { fill: var(--s3); }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .line { fill: none; stroke: var(--s2); stroke-width: 2.5; }
.chart .point { fill: var(--bg); stroke: var(--s2); stroke-width: 2.5; } .chart .point.current { fill: var(--s2); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0 0; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
.layer { padding: 10px 14px; margin: 10px 0; background: var(--card); border: 1px solid var(--line);
  border-left: 4px solid var(--line); border-radius: 6px; }
.layer.l0 { border-left-color: var(--s0); } .layer.l1 { border-left-color: var(--s1); }
.layer.l2 { border-left-color: var(--s2); } .layer.l3 { border-left-color: var(--s3); }
.layer .head { display: flex; justify-content: space-between; gap: 12px; flex-wrap: wrap; }
.origin { font-size: .9rem; }
blockquote { margin: 8px 0 0; padding: 0 0 0 12px; border-left: 2px solid var(--line); font-style: italic;
  white-space: pre-wrap; overflow-wrap: anywhere; }
ol.tips li { margin: 6px 0; overflow-wrap: anywhere; }
dl.outline { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; }
dl.outline dt { font-weight: 600; } dl.outline dd { margin: 0; overflow-wrap: anywhere; }
.missing { color: var(--s0); font-style: italic; }
.wide { overflow-x: auto; }
table.trend { border-collapse: collapse; margin-top: 12px; font-variant-numeric: tabular-nums; }
table.trend th, table.trend td { padding: 3px 10px; border-bottom: 1px solid var(--line); text-align: center;
  white-space: nowrap; }
table.trend td.c0 { color: var(--s0); } table.trend td.c1 { color: var(--s1); }
table.trend td.c2 { color: var(--s2); } table.trend td.c3 { color: var(--s3); }
table.trend tr.current { font-weight: 700; }
.turn { margin: 10px 0; }
.turn .who { font-weight: 600; font-size: .9rem; }
.turn p { margin: 2px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.turn.candidate p { padding-left: 12px; border-left: 3px solid var(--s2); }
footer { margin-top: 36px; color: var(--muted); font-size: .85rem; }
"""


def esc(text: str) -> str:
    """User or model text as HTML: control characters visible, markup shown as text."""
    return escape(visible(text), quote=True)


def render_html(view: ReportView) -> str:
    t = view.telling
    date = time.strftime("%Y-%m-%d %H:%M", time.localtime(t.created))
    verdict = VERDICT_LABEL.get(t.verdict, t.verdict)
    kind = "session" if t.kind == "chat" else "transcript"
    body = [
        "<header>",
        f"<h1>Interview report: {esc(t.story)}</h1>",
        f'<p class="meta">{date} · graded by {esc(t.grader)} · {kind} {esc(t.id)}</p>',
        '<div class="summary">',
        f'<span class="total">{t.total}<span class="muted">/{MAX_TOTAL}</span></span>',
        f'<span class="badge {VERDICT_CLASS.get(t.verdict, "")}">{esc(verdict)}</span>',
        f'<span class="muted">{esc(view.verdict_text)}</span>',
        "</div></header>",
        '<section id="scores"><h2>Layer scores</h2>',
        layer_bars([(lv.title, lv.score) for lv in view.layers]),
        '<dl class="facts">',
        f"<dt>Red flags</dt><dd>{esc(', '.join(layer_title(f) for f in view.red_flags) or 'none')}</dd>",
    ]
    if view.stop_text:
        body.append(f"<dt>Stopped</dt><dd>{esc(view.stop_text)}</dd>")
    body.append("</dl></section>")
    if view.trend:
        body.append(_trend(view))
    body.append('<section id="evidence"><h2>What earned each score</h2>')
    for lv in view.layers:
        quotes = "".join(f"<blockquote>“{esc(q)}”</blockquote>" for q in lv.quotes)
        body.append(
            f'<div class="layer l{lv.score}"><div class="head"><h3>{esc(lv.title)}: {lv.score}/3</h3>'
            f'<span class="origin">{esc(lv.origin_text)}</span></div>{quotes}</div>'
        )
    body.append("</section>")
    if view.tips:
        body += [
            '<section id="next"><h2>Next time</h2><ol class="tips">',
            *(f"<li>{esc(tip)}</li>" for tip in view.tips),
            "</ol></section>",
        ]
    body.append('<section id="outline"><h2>Your story in 60 seconds (your own words)</h2><dl class="outline">')
    for line in view.outline:
        cls = ' class="missing"' if line["missing"] else ""
        body.append(f"<dt>{esc(line['heading'])}</dt><dd{cls}>{esc(line['text'])}</dd>")
    body.append("</dl></section>")
    body.append('<section id="transcript"><h2>Transcript</h2>')
    for turn in view.turns:
        who = "Interviewer" if turn.role == "interviewer" else "Candidate"
        if turn.followup:
            who += f" · follow-up {turn.followup}" + (f" · {layer_title(turn.probe)}" if turn.probe else "")
        body.append(f'<div class="turn {turn.role}"><div class="who">{esc(who)}</div><p>{esc(turn.text)}</p></div>')
    body.append("</section>")
    body.append(
        f"<footer>Made by ownership {escape(__version__)}. Quotes are the candidate's own words, "
        "checked against the transcript.</footer>"
    )
    title = f"Interview report: {t.story} · {t.total}/{MAX_TOTAL}"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


def _trend(view: ReportView) -> str:
    current = next(i for i, t in enumerate(view.trend) if t.id == view.telling.id)
    points = [(time.strftime("%b %d", time.localtime(t.created)), t.total) for t in view.trend]
    head = "".join(f"<th>{s}</th>" for s in SHORT)
    rows = []
    for i, t in enumerate(view.trend):
        cells = "".join(f'<td class="c{t.scores[layer]}">{t.scores[layer]}</td>' for layer in LAYERS)
        cls = ' class="current"' if i == current else ""
        rows.append(
            f"<tr{cls}><td>{i + 1}</td><td>{time.strftime('%Y-%m-%d %H:%M', time.localtime(t.created))}</td>"
            f"{cells}<td>{t.total}</td><td>{esc(VERDICT_LABEL.get(t.verdict, t.verdict))}</td></tr>"
        )
    return (
        f'<section id="trend"><h2>This story over {len(view.trend)} tellings</h2>'
        f"{totals_line(points, current)}"
        f'<div class="wide"><table class="trend"><thead><tr><th>#</th><th>date</th>{head}'
        "<th>total</th><th>verdict</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )
