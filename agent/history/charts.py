"""Inline SVG charts for the HTML report: the six layer scores, and a story's totals over time.

Colours come from the page's CSS (classes and custom properties), so the charts follow the
light, dark and print styles. Labels are escaped like every other text; no script, no font.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from agent.history.layers import MAX_TOTAL

ROW = 34
LABEL_W = 190
BAR_W = 300
WIDTH = 640


def layer_bars(rows: Sequence[tuple[str, int]]) -> str:
    """A horizontal bar per layer, 0 to 3, each unit a segment of the track."""
    height = ROW * len(rows) + 8
    unit = BAR_W / 3
    parts = [
        f'<svg class="chart bars" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="bars-title"><title id="bars-title">Layer scores, 0 to 3</title>'
    ]
    for i, (title, score) in enumerate(rows):
        y = 4 + i * ROW
        parts.append(f'<text class="label" x="0" y="{y + 21}">{escape(title)}</text>')
        for k in range(3):
            cls = f"seg s{score}" if k < score else "seg track"
            parts.append(
                f'<rect class="{cls}" x="{LABEL_W + k * unit + 1:.1f}" y="{y + 6}" width="{unit - 2:.1f}" '
                f'height="{ROW - 14}" rx="3"/>'
            )
        parts.append(f'<text class="value" x="{LABEL_W + BAR_W + 14}" y="{y + 21}">{score} / 3</text>')
    parts.append("</svg>")
    return "".join(parts)


def totals_line(points: Sequence[tuple[str, int]], current: int) -> str:
    """Totals (0 to 18) of a story's tellings, oldest first; `current` is the index of this report's."""
    height, left, right, top, bottom, inset = 220, 40, 20, 20, 46, 28
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    step = (plot_w - 2 * inset) / max(1, len(points) - 1)

    def x(i: int) -> float:
        return left + (inset + i * step if len(points) > 1 else plot_w / 2)

    def y(v: int) -> float:
        return top + plot_h * (1 - v / MAX_TOTAL)

    parts = [
        f'<svg class="chart trend" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="trend-title"><title id="trend-title">Total score of each telling, '
        f"0 to {MAX_TOTAL}</title>"
    ]
    for v in range(0, MAX_TOTAL + 1, 6):
        parts.append(
            f'<line class="grid" x1="{left}" x2="{WIDTH - right}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>'
            f'<text class="axis" x="{left - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v}</text>'
        )
    path = " ".join(f"{'M' if i == 0 else 'L'}{x(i):.1f},{y(v):.1f}" for i, (_, v) in enumerate(points))
    parts.append(f'<path class="line" d="{path}"/>')
    for i, (label, v) in enumerate(points):
        cls = "point current" if i == current else "point"
        parts.append(
            f'<circle class="{cls}" cx="{x(i):.1f}" cy="{y(v):.1f}" r="{6 if i == current else 4}"/>'
            f'<text class="value" x="{x(i):.1f}" y="{y(v) - 11:.1f}" text-anchor="middle">{v}</text>'
            f'<text class="axis" x="{x(i):.1f}" y="{height - 26}" text-anchor="middle">{i + 1}</text>'
            f'<text class="axis small" x="{x(i):.1f}" y="{height - 10}" text-anchor="middle">'
            f"{escape(label)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
