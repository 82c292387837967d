"""The HTML report in real headless Chromium: no console error, no request but the file itself,
the hostile answer shown as text; screenshots (light and dark) kept in artifacts/ for CI.

Skipped with the reason printed when Chromium is absent on a developer's machine; under CI
(CI=true) its absence is a failure, since `.ci/run` installs it.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.history import png
from tests.history.browser import Browser, find_chromium
from tests.history.conftest import run

ARTIFACTS = ROOT / "artifacts"
WIDTH = 1000


@pytest.fixture(scope="module")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run installs it with apt-get install -y chromium")
        print("\nskipping the browser tests: chromium is not installed (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return path


@pytest.fixture(scope="module")
def rendered(chromium, history_home, tmp_path_factory):
    """The latest telling's HTML report, opened light and dark: (page reports, screenshot paths, DOM facts)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OWNERSHIP_HOME", str(history_home))
        latest = json.loads(run("history", "--json").output.splitlines()[0])["id"]
        ARTIFACTS.mkdir(exist_ok=True)
        html = ARTIFACTS / "report.html"
        assert run("report", latest, "-o", str(html)).exit_code == 0
    reports, shots, facts = {}, {}, {}
    with Browser(chromium) as browser:
        for scheme in ("light", "dark"):
            session, reports[scheme] = browser.open_page(html, width=WIDTH, dark=scheme == "dark")
            shots[scheme] = ARTIFACTS / f"report-{scheme}.png"
            browser.screenshot(session, shots[scheme])
            probe = ("JSON.stringify({scripts: document.scripts.length, text: document.body.innerText,"
                     " bg: getComputedStyle(document.body).backgroundColor})")  # fmt: skip
            value = browser.send("Runtime.evaluate", {"expression": probe, "returnByValue": True}, session)
            facts[scheme] = json.loads(value["result"]["value"])
        # printed to PDF as a reader would from the browser (print styles, dark setting ignored)
        pdf = base64.b64decode(browser.send("Page.printToPDF", {"printBackground": False}, session)["data"])
        (ARTIFACTS / "report.pdf").write_bytes(pdf)
        facts["pdf_pages"] = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") if pdf.startswith(b"%PDF") else 0
    return html, reports, shots, facts


def test_report_renders_without_console_errors_or_network_requests(rendered):
    html, reports, _, _ = rendered
    for scheme, report in reports.items():
        assert report.console == [], (scheme, report.console)
        assert report.requests == [html.resolve().as_uri()], (scheme, report.requests)


def test_hostile_answer_is_text_in_the_browser(rendered):
    *_, facts = rendered
    for scheme in ("light", "dark"):
        assert facts[scheme]["scripts"] == 0
        assert "<script>alert('x')</script> <b>precision</b> **weekly** in _every_ [segment]" in facts[scheme]["text"]
        assert "␛[2J␛]0;pwned␇" in facts[scheme]["text"]
    assert facts["light"]["bg"] == "rgb(255, 255, 255)" and facts["dark"]["bg"] == "rgb(13, 17, 23)"


def test_report_prints_to_pdf(rendered):
    *_, facts = rendered
    assert 2 <= facts["pdf_pages"] <= 12, facts["pdf_pages"]


def _dominant(path: Path) -> tuple[bytes, float, int]:
    counts = png.colour_counts(path, every=3)
    colour, n = max(counts.items(), key=lambda kv: kv[1])
    return colour, n / sum(counts.values()), len(counts)


def test_screenshots_have_the_page_size_and_are_not_blank(rendered):
    _, _, shots, _ = rendered
    for scheme, path in shots.items():
        width, height = png.size(path)
        assert width == WIDTH and 1500 < height < 20000, (scheme, width, height)
        colour, share, distinct = _dominant(path)
        assert distinct > 50, f"{path}: {distinct} colours, the page looks blank"
        assert share < 0.95, f"{path}: one colour covers {share:.0%} of it"
        brightness = sum(colour)
        assert (brightness > 700) if scheme == "light" else (brightness < 100), (scheme, colour)
