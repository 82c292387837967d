"""Offline grading throughput: grade 1,000 transcripts on one core; print transcripts/s and peak memory.

    python bench/bench_offline.py [--n 1000]

Transcripts are the labelled set (labels stripped), cycled to N, each with a fresh id so no
cache could help. Target (issue 3): at least 300 transcripts per second on one core.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-prefilter", action="store_true", help="measure the pure-`re` path (no RE2)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from agent.evaluation.dataset import load_dataset
    from agent.offline import prefilter
    from agent.offline.grader import grade

    if args.no_prefilter:
        prefilter._available = lambda: False

    pool = [t.without_labels() for t in load_dataset().transcripts]
    batch = [pool[i % len(pool)].model_copy(update={"id": f"bench-{i}"}) for i in range(args.n)]
    words = sum(len(" ".join(t.candidate_texts()).split()) for t in batch) / len(batch)
    grade(batch[0])  # compile patterns outside the timing
    rates, cpu_rates = [], []
    for _ in range(args.repeats):
        start, cpu = time.perf_counter(), time.process_time()
        for t in batch:
            grade(t)
        rates.append(args.n / (time.perf_counter() - start))
        cpu_rates.append(args.n / (time.process_time() - cpu))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    engine = "re only" if args.no_prefilter or not prefilter._available() else "re with the RE2 prefilter"
    print(f"offline grading: {args.n} transcripts (mean {words:.0f} candidate words), one core, {engine}")
    print(
        f"throughput: median {statistics.median(rates):.0f} transcripts/s "
        f"(runs: {', '.join(f'{r:.0f}' for r in rates)})"
    )
    print(
        f"CPU-time throughput (unaffected by other processes): median {statistics.median(cpu_rates):.0f} transcripts/s"
    )
    print(f"peak memory (max RSS of the process): {peak_mb:.0f} MiB")
    print(f"target >= 300 transcripts/s: {'met' if statistics.median(rates) >= 300 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
