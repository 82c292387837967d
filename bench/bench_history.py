"""`ownership history` over 1,000 stored sessions: milliseconds per listing (target under 200 ms).

Builds a data folder as a heavy user would have it: 1,000 finished chat sessions in the session
index and their 1,000 tellings in history.sqlite (20 stories, bodies of real offline grades),
then times the command as a user runs it (a new process each time, interpreter start included)
and the command's own work in this process. Run: `python bench/bench_history.py [--n 1000]`.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

TARGET_MS = 200.0
ANSWERS = [
    "Our chargeback rate had doubled in two quarters, so I proposed replacing the fraud rules with a model.",
    "I watched precision and false declines per merchant segment every week and rolled back one segment.",
    "Fraud losses fell 30% over the quarter against the rules baseline.",
    "My mistake was trusting the old labels; now I audit a sample before every retrain.",
]


def build(home: Path, n: int, stories: int = 20) -> None:
    from agent.backends import OfflineBackend
    from agent.history.records import from_graded
    from agent.history.store import HistoryStore
    from agent.models import Transcript

    backend = OfflineBackend()
    templates = []
    for k in range(1, len(ANSWERS) + 1):
        turns = [{"role": "candidate", "text": ANSWERS[0]}]
        for answer in ANSWERS[1:k]:
            turns += [
                {"role": "interviewer", "text": "And then?", "probe": "impact"},
                {"role": "candidate", "text": answer},
            ]
        transcript = Transcript(id="t", turns=turns)
        templates.append(from_graded(transcript, backend.grade(transcript), 0.0))
    start = time.time() - n * 3600
    rows = []
    with HistoryStore(home) as store:
        for i in range(n):
            ident = f"2026{i:06d}-000000-{i % 65536:04x}"
            base = templates[i % len(templates)]
            body = json.loads(json.dumps(base.body))
            body["transcript"]["id"] = ident
            body["transcript"]["meta"] = {"story": f"story-{i % stories}", "source": "ownership chat"}
            telling = replace(
                base,
                id=ident,
                kind="chat",
                created=start + i * 3600,
                story=f"story-{i % stories}",
                digest=f"{i:064x}",
                body=body,
            )
            store.add(telling)
            rows.append((ident, telling.created, telling.created, "done", telling.title, 3, "{}"))
    conn = sqlite3.connect(home / "sessions.sqlite")
    with conn:
        conn.execute(
            "CREATE TABLE ownership_sessions (id TEXT PRIMARY KEY, created REAL, updated REAL, status TEXT, "
            "title TEXT, answers INTEGER, settings TEXT)"
        )
        conn.executemany("INSERT INTO ownership_sessions VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()


def as_user(home: Path, args: list[str], runs: int) -> tuple[list[float], int]:
    exe = str(Path(sys.executable).parent / "ownership")
    env = {**os.environ, "OWNERSHIP_HOME": str(home)}
    times, size = [], 0
    for _ in range(runs + 1):  # the first run warms the file cache and is not counted
        start = time.perf_counter()
        done = subprocess.run([exe, "history", *args], capture_output=True, env=env, check=True)
        times.append((time.perf_counter() - start) * 1000)
        size = len(done.stdout.splitlines())
    return times[1:], size


def in_process(home: Path, args: list[str], runs: int) -> list[float]:
    from click.testing import CliRunner

    from agent.cli import main

    os.environ["OWNERSHIP_HOME"] = str(home)
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        result = CliRunner().invoke(main, ["history", *args])
        times.append((time.perf_counter() - start) * 1000)
        assert result.exit_code == 0, result.output
    return times[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="stored sessions (default 1000)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        t0 = time.perf_counter()
        build(home, args.n)
        print(
            f"built {args.n} sessions and tellings in {time.perf_counter() - t0:.1f} s "
            f"({(home / 'history.sqlite').stat().st_size / 1e6:.1f} MB history)"
        )
        cases = [
            ([], "history"),
            (["--json"], "history --json"),
            (["--story", "story-7"], "history --story (50 tellings)"),
        ]
        print(f"{'command':<34} {'as a user (new process)':>26} {'in process':>12}")
        for extra, label in cases:
            user, lines = as_user(home, extra, args.runs)
            inside = in_process(home, extra, args.runs)
            worst = max(worst, statistics.median(user))
            print(
                f"{label:<34} {statistics.median(user):>9.0f} ms median, {max(user):>4.0f} max "
                f"{statistics.median(inside):>9.0f} ms   ({lines} lines)"
            )
    verdict = "meets" if worst < TARGET_MS else "MISSES"
    print(f"slowest median {worst:.0f} ms: {verdict} the {TARGET_MS:.0f} ms target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
