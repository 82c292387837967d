"""Concurrent grading throughput: 200 transcripts at concurrency 16 against a fake server that
answers every request after 200 ms. The ideal is 200 / 16 x 0.2 s = 2.5 s; the target is 1.3x.

    python bench/bench_llm_concurrency.py [--n 200] [--concurrency 16] [--latency 0.2]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

# The fake server is test support (tests/support/), importable from the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.config import Settings  # noqa: E402
from agent.llm.backend import OpenAIBackend  # noqa: E402
from agent.models import GradeError, Transcript  # noqa: E402
from agent.rubric import LAYERS  # noqa: E402
from tests.support.fake_openai_server import FakeOpenAI, Reply, completion  # noqa: E402

EMPTY = json.dumps(
    {**{layer: {"quotes": [], "rationale": "nothing said", "score": 0} for layer in LAYERS}, "red_flags": []}
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.2)
    args = parser.parse_args()

    def reply(body: dict) -> Reply:
        return Reply(body=completion(EMPTY), delay=args.latency)

    items = [
        Transcript(id=f"t{i}", turns=[{"role": "candidate", "text": f"I trained model number {i} on the logs."}])
        for i in range(args.n)
    ]
    results = []
    with FakeOpenAI(reply) as server:
        backend = OpenAIBackend(Settings(api_key="sk-bench", base_url=server.url, timeout=10))
        try:
            backend.run(backend.agrade(items[0]))  # warm up: client, connection pool, imports
            start = time.perf_counter()
            backend.grade_many(
                items,
                concurrency=args.concurrency,
                samples=1,
                on_done=results.append,
                on_ordered=lambda r: None,
                on_note=lambda line: None,
            )
            wall = time.perf_counter() - start
        finally:
            backend.close()
    failed = sum(isinstance(r, GradeError) for r in results)
    ideal = args.n / args.concurrency * args.latency
    print(
        f"{args.n} transcripts, concurrency {args.concurrency}, {args.latency * 1000:.0f} ms per reply: "
        f"{wall:.2f} s wall, ideal {ideal:.2f} s, ratio {wall / ideal:.2f}x (target <= 1.3x), {failed} failed"
    )


if __name__ == "__main__":
    main()
