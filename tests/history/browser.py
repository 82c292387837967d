"""Headless Chromium driven over the DevTools protocol through a pipe (no websocket, no package).

`open_page` loads a file and reports what a reader would not see: console messages, uncaught
exceptions, log entries (CSP violations land there) and every network request the page made.
`screenshot` saves a full-page PNG in the light or the dark colour scheme.

    python -m tests.history.browser REPORT.html OUT.png [--dark] [--top HEIGHT]
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--remote-debugging-pipe",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--disable-extensions",
    "--mute-audio",
    "--hide-scrollbars",
    "--disable-dev-shm-usage",
]


def find_chromium() -> str | None:
    return next((path for name in NAMES if (path := shutil.which(name))), None)


@dataclass
class PageReport:
    url: str
    console: list[str] = field(default_factory=list)  # console calls, exceptions, log entries
    requests: list[str] = field(default_factory=list)  # every URL the page asked for, the page included


class Browser:
    def __init__(self, executable: str, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.TemporaryDirectory(prefix="ownership-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def pipes_on_3_and_4() -> None:  # the protocol reads fd 3 and writes fd 4
            a, b = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.process = subprocess.Popen(  # noqa: S603 - a fixed argument list
            [executable, *FLAGS, f"--user-data-dir={self.profile.name}", "about:blank"],
            preexec_fn=pipes_on_3_and_4,
            close_fds=False,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        reply = self._read_until(lambda m, n=self._next_id: m.get("id") == n)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def _read_until(self, done, timeout: float | None = None) -> dict:
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if done(message):
                    return message
                self.events.append(message)
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buffer += chunk

    def new_page(self, width: int, height: int, dark: bool) -> str:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=session)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            session,
        )
        scheme = "dark" if dark else "light"
        self.send(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}, session
        )
        return session

    def open_page(
        self, path: Path, *, width: int = 1000, height: int = 800, dark: bool = False
    ) -> tuple[str, PageReport]:
        session = self.new_page(width, height, dark)
        self.events.clear()
        url = path.resolve().as_uri()
        self.send("Page.navigate", {"url": url}, session)
        self._read_until(lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == session)
        time.sleep(0.3)  # late console messages or requests would arrive now
        self.send("Runtime.evaluate", {"expression": "1"}, session)  # flushes pending events
        report = PageReport(url)
        for event in self.events:
            if event.get("sessionId") != session:
                continue
            method, params = event.get("method"), event.get("params", {})
            if method == "Network.requestWillBeSent":
                report.requests.append(params["request"]["url"])
            elif method == "Runtime.consoleAPICalled":
                report.console.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                report.console.append(f"exception: {params['exceptionDetails'].get('text')}")
            elif method == "Log.entryAdded":
                entry = params["entry"]
                report.console.append(f"{entry['level']} ({entry['source']}): {entry['text']}")
        return session, report

    def screenshot(self, session: str, out: Path, *, full_page: bool = True) -> bytes:
        params = {"format": "png", "captureBeyondViewport": full_page}
        data = self.send("Page.captureScreenshot", params, session)["data"]
        png = base64.b64decode(data)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(png)
        return png

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                self.send("Browser.close")
                self.process.wait(10)
        except (OSError, RuntimeError, TimeoutError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self._to_browser)
            os.close(self._from_browser)
            self.profile.cleanup()


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    executable = find_chromium()
    if not executable:
        print("chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 1
    width, top = 860, int(argv[argv.index("--top") + 1]) if "--top" in argv else 0
    with Browser(executable) as browser:
        session, report = browser.open_page(Path(argv[0]), width=width, height=top or 800, dark="--dark" in argv)
        browser.screenshot(session, Path(argv[1]), full_page=not top)
    for line in report.console:
        print(line, file=sys.stderr)
    print(f"{argv[1]}: {len(report.requests)} request(s), {len(report.console)} console message(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
