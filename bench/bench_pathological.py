"""Seconds to grade pathological inputs, each against ordinary text of the same length.

A reader that is linear takes about as long on a 200,000-character run of spaces as on 200,000
characters of prose (usually far less: there is nothing to match). A quadratic pattern shows as
a ratio in the hundreds, or as a timeout.

    python bench/bench_pathological.py            # every input, 60 s cap each
    python bench/bench_pathological.py --quick    # the sizes at a tenth, for a fast check
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.backends import OfflineBackend  # noqa: E402
from agent.models import Transcript  # noqa: E402
from agent.transcript import MAX_CHARS, read_file  # noqa: E402

PROSE = (
    "Our chargeback rate had doubled in two quarters, so I proposed replacing the rules with a model. "
    "We gave up some recall to cut false alerts because analysts were overwhelmed. After launch I watched "
    "precision per region every week, and retrained when Brazil drifted; losses fell 30% in a quarter.\n"
)


def ordinary(n: int) -> str:
    return (PROSE * (n // len(PROSE) + 1))[:n]


def inputs(scale: float) -> list[tuple[str, str]]:
    def size(n: int) -> int:
        return min(MAX_CHARS - 200, int(n * scale))

    lead = "I built the model. "
    return [
        ("64k spaces", "I built the model" + " " * size(64_000) + "and then it shipped."),
        ("200k spaces", "I built the model" + " " * size(199_000) + "and then it shipped."),
        ("200k spaces, nothing after", lead + " " * size(199_000)),
        ("200k spaces between words", "I built the model" + " " * size(199_000) + "quietly."),
        ("200k tabs and spaces", "I built it" + " \t" * (size(199_000) // 2) + "so it shipped."),
        ("one 200k-character word", "x" * size(199_000)),
        ("10,000 commas", lead + "," * size(10_000) + " so it shipped"),
        ("10,000 ', ' pairs", lead + ", " * size(10_000)),
        ("repeated punctuation '!?.'", lead + "!?." * (size(199_000) // 3)),
        ("repeated dots", lead + "." * size(199_000)),
        ("repeated '. '", lead + ". " * (size(199_000) // 2)),
        ("repeated dashes", lead + "-" * size(199_000)),
        ("repeated 'and '", lead + "and " * (size(199_000) // 4)),
        ("repeated 'I '", "I " * (size(199_000) // 2)),
        ("repeated '% '", lead + "0% " * (size(199_000) // 3)),
        ("digits", lead + "1" * size(199_000)),
        ("quotes and brackets", lead + "\"')]" * (size(199_000) // 4)),
    ]


class Timeout(Exception):
    pass


def timed(backend: OfflineBackend, text: str, cap: float) -> float | None:
    """Seconds to read `text` as a .txt transcript (the reader's own patterns) and grade it."""
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.txt"
    path.write_text(text, encoding="utf-8")

    def alarm(signum, frame):
        raise Timeout

    signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    start = time.perf_counter()
    try:
        [transcript] = list(read_file(path))
        assert isinstance(transcript, Transcript), transcript
        backend.grade(transcript)
    except Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        path.unlink()
        folder.rmdir()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="inputs at a tenth of their size")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before an input counts as hung")
    parser.add_argument("--no-prefilter", action="store_true", help="every pattern on every sentence (no RE2)")
    args = parser.parse_args()
    if args.no_prefilter:
        from agent.offline import prefilter

        prefilter._available = lambda: False
    backend = OfflineBackend()
    timed(backend, ordinary(5_000), args.cap)  # imports and compiled patterns, not counted
    print(f"{'input':<30} {'chars':>8} {'seconds':>9} {'ordinary':>9} {'ratio':>7}")
    for name, text in inputs(0.1 if args.quick else 1.0):
        seconds = timed(backend, text, args.cap)
        base = timed(backend, ordinary(len(text)), args.cap)
        shown = f"{seconds:9.3f}" if seconds is not None else f"{'>' + str(int(args.cap)):>9}"
        ratio = f"{seconds / base:7.2f}" if seconds is not None and base else "      -"
        print(f"{name:<30} {len(text):>8,} {shown} {base or 0:9.3f} {ratio}", flush=True)


if __name__ == "__main__":
    main()
