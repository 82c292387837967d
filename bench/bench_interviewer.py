"""Offline interviewer latency: the next question after an answer, and `ownership --help` startup.

Targets (issue 5): median next-question latency under 50 ms with the offline backend, and
`ownership --help` under 0.3 s. Run: `python bench/bench_interviewer.py [--sessions N] [--check]`.
The question latency is measured on the real chat path: SqliteSaver on disk, durable writes.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ANSWERS = [
    "I led the fraud model for card payments. Our fraud model went live in March after I wrote the Spark jobs "
    "and we shipped it to production in two weeks. The business was really happy with it.",
    "We kept an eye on the dashboards and nobody complained.",
    "I watched precision and recall per merchant segment daily. In week two recall for new merchants dropped, "
    "so I retrained with fresh labels and added an alert.",
    "Chargebacks fell from 1.2% to 0.8% in the quarter after launch, measured against a 5% holdout.",
    "My mistake was trusting the labels from the old rules; now I audit a sample of labels before every retrain.",
    "I gave up some recall to keep false declines under 0.5%, because support could not absorb more calls.",
    "I proposed the switch from rules to a model and convinced the risk team and the payments team to run it.",
]
TARGET_QUESTION_MS = 50.0
TARGET_HELP_S = 0.3


def question_latencies(sessions: int) -> list[float]:
    from langgraph.types import Command

    from agent.backends import OfflineBackend
    from agent.interview.context import InterviewContext, recursion_limit
    from agent.interview.graph import build_graph
    from agent.interview.sessions import SessionStore

    ctx = InterviewContext(backend=OfflineBackend())
    timings: list[float] = []
    with tempfile.TemporaryDirectory() as home, SessionStore(Path(home)) as store:
        graph = build_graph(store.saver)
        for i in range(sessions + 1):  # the first session warms caches and is not counted
            cfg = {"configurable": {"thread_id": f"bench-{i}"}, "recursion_limit": recursion_limit(6)}
            out = graph.invoke({"session_id": f"bench-{i}"}, cfg, context=ctx, durability="sync")
            for answer in ANSWERS:
                if "__interrupt__" not in out:
                    break
                start = time.perf_counter()
                out = graph.invoke(Command(resume=answer), cfg, context=ctx, durability="sync")
                elapsed = (time.perf_counter() - start) * 1000
                if i and "__interrupt__" in out:  # a next question (not the final report)
                    timings.append(elapsed)
    return timings


def help_startup(runs: int) -> list[float]:
    exe = str(Path(sys.executable).parent / "ownership")
    subprocess.run([exe, "--help"], capture_output=True, check=True)  # warm the OS file cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([exe, "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    q = question_latencies(args.sessions)
    h = help_startup(args.runs)
    q_med, q_p95 = statistics.median(q), statistics.quantiles(q, n=20)[-1]
    h_med = statistics.median(h)
    print(f"next question after an answer (offline, SQLite): median {q_med:.1f} ms, p95 {q_p95:.1f} ms, "
          f"max {max(q):.1f} ms over {len(q)} questions (target < {TARGET_QUESTION_MS:.0f} ms)")  # fmt: skip
    print(f"ownership --help: median {h_med * 1000:.0f} ms over {len(h)} runs (target < {TARGET_HELP_S * 1000:.0f} ms)")
    ok = q_med < TARGET_QUESTION_MS and h_med < TARGET_HELP_S
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
