"""Agreement between the two labellers of every transcript: the human ceiling for the grader.

    python evals/agreement.py

Reads evals/labels/first (the writer's labels) and evals/labels/second (a blind labeller's, made
from the rubric alone), and prints per-layer QWK and exact agreement, verdict agreement and
red-flag micro-F1 between them, before adjudication settled the gold labels in evals/data.
"""

from __future__ import annotations

import json
from pathlib import Path

from agent import rubric
from agent.evaluation import metrics

HERE = Path(__file__).parent


def load(folder: str) -> dict[str, dict]:
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "labels" / folder).glob("*.json"))
    }


def main() -> None:
    first, second = load("first"), load("second")
    ids = sorted(set(first) & set(second))
    print(f"{len(ids)} transcripts labelled twice, blind\n")
    print(f"{'layer':<24}{'QWK':>6}{'exact':>7}")
    qwks = []
    for layer in rubric.LAYERS:
        a = [first[i]["labels"]["layers"][layer] for i in ids]
        b = [second[i]["labels"]["layers"][layer] for i in ids]
        qwk = metrics.quadratic_weighted_kappa(a, b)
        qwks.append(qwk)
        print(f"{layer:<24}{qwk:>6.2f}{metrics.exact_agreement(a, b):>7.2f}")
    print(f"{'mean':<24}{sum(qwks) / len(qwks):>6.2f}")
    verdicts = metrics.accuracy(
        [first[i]["labels"]["verdict"] for i in ids], [second[i]["labels"]["verdict"] for i in ids]
    )
    flags = metrics.micro_f1(
        [
            ([f in first[i]["labels"]["red_flags"] for i in ids], [f in second[i]["labels"]["red_flags"] for i in ids])
            for f in rubric.FLAGS
        ]
    )
    print(f"\nverdict agreement {verdicts:.2f}, red-flag micro-F1 {flags:.2f}")


if __name__ == "__main__":
    main()
