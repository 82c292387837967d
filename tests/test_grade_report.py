"""Issue 10: the report on a narrow terminal wraps quotes at spaces, and a layer scored 0 never
shows a rubric example as if the candidate had said it."""

from __future__ import annotations

import re

from rich.console import Console

from agent.backends import OfflineBackend
from agent.grade_report import print_grade, short
from agent.terminal import safe
from agent.transcript import read_paths
from tests.conftest import EXAMPLES


def rendered(width: int) -> tuple[str, object]:
    [grade] = [OfflineBackend().grade(t) for t in read_paths([str(EXAMPLES / "churn-executor.txt")])]
    console = Console(width=width, record=True, file=open("/dev/null", "w"), color_system=None)  # noqa: SIM115
    print_grade(console, grade)
    return console.export_text(), grade


def test_quotes_wrap_at_spaces_at_45_columns():
    text, grade = rendered(45)
    shown = [short(lg.evidence[0]).rstrip("…") for lg in grade.layers.values() if lg.evidence]
    words = [w for q in shown for w in q.split()[:-1] if len(w) < 38]
    assert words
    lines = [line.strip("│ ").strip() for line in text.splitlines()]
    tokens = {t.strip("“”") for line in lines for t in line.split()}
    cut = [w for w in words if w not in tokens]
    assert not cut, f"words cut across lines: {cut}"
    assert max(len(line) for line in text.splitlines()) <= 45


def test_wide_report_keeps_three_columns():
    text, _ = rendered(100)
    assert re.search(r"problem framing\s+█", text) and "“" in text


def test_a_zero_layer_shows_no_rubric_example():
    text, grade = rendered(120)
    assert grade.layers["problem_framing"].score >= 0
    assert "click logs" not in text and "the F1 went from" not in text
    assert "None; gains are presented in isolation." in text


def test_safe_keeps_text_and_neutralises_controls():
    assert safe("plain text, tabs\tand\nlines") == "plain text, tabs\tand\nlines"
    assert safe("\x1b]0;t\x07\x1b[2J\r\x9b\u202e") == "␛]0;t␇␛[2J␍\\u009b\\u202e"


def test_how_it_stopped_counts_follow_ups_in_the_singular_and_plural():
    from agent.grade_report import how_it_stopped

    assert how_it_stopped("you ended the interview", 1) == "you ended the interview · 1 follow-up"
    assert how_it_stopped("every layer covered", 3) == "every layer covered · 3 follow-ups"
    assert how_it_stopped("every layer covered", 0) == "every layer covered · 0 follow-ups"
