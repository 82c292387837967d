"""`ownership report`: Markdown that renders as written, HTML that is self-contained and inert."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from tests.history.conftest import run

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


def latest(built) -> str:
    return built[-1]["id"]


def test_markdown_report_sections_and_trend(built):
    md = run("report", latest(built), "--format", "md").output
    for heading in (
        "# Interview report: fraud-model",
        "## Layer scores",
        "## What earned each score",
        "## Next time",
        "## Your story in 60 seconds (your own words)",
        "## This story over 3 tellings",
        "## Transcript",
    ):
        assert heading in md
    assert "| tradeoffs | 3 | ███ | volunteered in the story |" in md
    assert "Total: " in md and "4 → 8 → 15 (of 18)" in md
    assert "**Red flags:** none" in md and "**Verdict:** strong owner" in md
    # the first telling has no trend of its own yet
    assert "This story over" not in run("report", built[0]["id"]).output


def test_markdown_escapes_user_text(built):
    md = run("report", latest(built)).output
    assert not CONTROL.search(md)
    assert "␛\\[2J␛\\]0;pwned␇" in md and "\\u202eexe.txt" in md
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    # what the candidate typed is text on the rendered page, never markup
    assert "<script" not in html and "<b>" not in html and "<s>" not in html and "<del>" not in html
    assert 'href="http://evil.example' not in html and "<code>code</code>" not in html
    assert "&lt;script&gt;alert('x')&lt;/script&gt; &lt;b&gt;precision&lt;/b&gt; **weekly** in _every_" in html
    assert "[segment](http://evil.example/x) | col | `code` $x^2$" in html
    # emphasis and headings come only from the report's own layout
    assert html.count("<h1>") == 1 and "<em>every</em>" not in html and "<strong>weekly</strong>" not in html
    assert ":smile:" in html  # the colon before it is escaped, so GitHub shows no emoji
    assert "\\:smile:" in md and "\\$x^2\\$" in md and "\\~\\~gone\\~\\~" in md


class _Inventory(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        (self.styles if self._in_style else self.text).append(data)


def inventory(html: str) -> _Inventory:
    parser = _Inventory()
    parser.feed(html)
    return parser


def test_html_report_is_self_contained_and_escaped(built, tmp_path):
    out = tmp_path / "report.html"
    result = run("report", latest(built), "-o", str(out))  # the format follows the suffix
    assert result.exit_code == 0 and "report written to" in result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in html and "default-src 'none'" in html
    found = inventory(html)
    assert not {"script", "link", "img", "iframe", "object", "embed", "base", "form"} & set(found.tags)
    assert not [a for a in found.attrs if a in ("src", "href", "srcset", "action") or a.startswith("on")]
    style = "".join(found.styles)
    assert "prefers-color-scheme: dark" in style and "@media print" in style
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    assert found.tags.count("svg") == 2  # the layer chart and the trend chart
    text = "".join(found.text)
    assert "I watched ␛[2J␛]0;pwned␇ \\u202eexe.txt <script>alert('x')</script> <b>precision</b> **weekly**" in text
    assert not CONTROL.search(html)


def test_report_of_a_session_without_history_and_bad_arguments(built, tmp_path):
    html = run("report", built[1]["id"], "--format", "html").output
    assert html.count("<svg") == 1  # a first telling: the layer chart, no trend
    missing = run("report", "nope")
    assert missing.exit_code == 2 and "no telling 'nope'" in missing.output
    folder = run("report", str(tmp_path))
    assert folder.exit_code == 2 and "is a folder" in folder.output
    assert run("report", "").exit_code == 2
    nowhere = run("report", built[1]["id"], "-o", str(tmp_path / "no" / "such" / "r.html"))
    assert nowhere.exit_code == 2 and "no such folder" in nowhere.output


def test_report_of_a_transcript_file(built, tmp_path):
    path = tmp_path / "story.md"
    path.write_text("Q: Tell me.\nA: Our chargeback rate had doubled in two quarters. I watched the declines.\n")
    md = run("report", str(path)).output
    assert "# Interview report: Our chargeback rate had doubled in" in md
    assert "| deployment monitoring | 3 | ███ | volunteered in the story |" in md
