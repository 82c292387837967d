"""Check incoming labelled transcripts and file them into evals/data/<split>/.

The split is a stable hash of the id (about 60% dev, 40% test), so re-running never moves a
transcript between splits, and it is written into meta.split. A batch that was read while the
grader was being tuned goes to dev whole (--dev-only), so the test split stays unseen; a batch
written after the grader was frozen, whose errors nobody read, goes to test whole (--test-only).
Usage:
    python evals/build_splits.py [--dev-only | --test-only] evals/incoming/w1 [more folders...]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from agent import rubric
from agent.models import Transcript

DATA = Path(__file__).parent / "data"


def split_for(ident: str) -> str:
    return "test" if int(hashlib.sha256(ident.encode()).hexdigest(), 16) % 10 < 4 else "dev"


def problems(t: Transcript) -> list[str]:
    found = []
    scores = t.labels.layers.model_dump()
    flags = set(t.labels.red_flags)
    if set(rubric.consistent_flags(scores, flags)) != flags:
        found.append(f"flags {sorted(flags)} disagree with scores")
    if rubric.verdict(scores, flags) != t.labels.verdict:
        found.append(f"verdict {t.labels.verdict} is not the mechanical {rubric.verdict(scores, flags)}")
    if sum(tt.role == "candidate" for tt in t.turns) > 1 and t.opening_labels is None:
        found.append("multi-turn without opening_labels")
    return found


def main(args: list[str]) -> int:
    dev_only = "--dev-only" in args
    test_only = "--test-only" in args
    folders = [a for a in args if a not in ("--dev-only", "--test-only")]
    bad = 0
    for folder in folders:
        for path in sorted(Path(folder).glob("*.json")):
            raw = json.loads(path.read_text(encoding="utf-8"))
            t = Transcript.model_validate(raw)
            issues = problems(t)
            if issues:
                bad += 1
                print(f"{path}: " + "; ".join(issues))
                continue
            split = "dev" if dev_only else "test" if test_only else split_for(t.id)
            raw.setdefault("meta", {})["split"] = split
            target = DATA / split / f"{t.id}.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(raw, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
