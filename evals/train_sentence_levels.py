"""Train the sentence model (agent/offline/sentence_weights.json) on sentence tags, and check it.

    python evals/train_sentence_levels.py                       # check held out, fit, write the weights
    python evals/train_sentence_levels.py --check-only          # only the held-out figures
    python evals/train_sentence_levels.py --tags MORE.jsonl --stories MORE_STORIES.jsonl   # repeatable pairs

Tags (JSONL, one line per transcript): `id`, `sentences` (how many candidate sentences the reader
split it into when it was tagged) and `tags` ({sentence index: {layer: level}}): which sentence
is evidence for which layer and at which level, read in context by a labeller who knew the
transcript's adjudicated scores. `evals/sentence_tags/dev.jsonl` tags the model-written dev split
and is always read; tags of real practitioners' stories live beside those stories, outside the
repository, and come in with --tags and --stories. Test splits are never read here.

Figures printed, each model fitted without the held-out groups (8 folds by source or writer):
for every layer and level, the area under the ROC curve of the sentence's chance against the
tags, for real and for model-written sentences. Needs scikit-learn (the dev extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from agent import rubric
from agent.evaluation.dataset import load_dataset
from agent.offline import learned, sentence_levels, signals
from agent.offline.grader import read_layers
from agent.offline.text import candidate_sentences

HERE = Path(__file__).resolve().parent
MODEL_TAGS = HERE / "sentence_tags" / "dev.jsonl"
C = 0.5  # inverse L2 strength (raw features: unit embeddings and 0/1 flags)
MODEL_WEIGHT = 0.3  # a model-written sentence counts for less than a real one
FOLDS = 8


def load_tags(path: Path) -> dict[str, tuple[int | None, dict[int, dict[str, int]]]]:
    tags = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            tags[row["id"]] = (row.get("sentences"), {int(i): t for i, t in row["tags"].items()})
    return tags


def tagged_stories(dataset, split, corpus, tags):
    """(corpus, group, sentence rows, {layer: level per sentence}) for every tagged whole transcript.

    A transcript whose sentence count no longer matches its tags (the splitter changed since it
    was tagged) is skipped with a note, not misread.
    """
    out, stale = [], 0
    for t in load_dataset(dataset, split).transcripts:
        if t.id not in tags:
            continue
        told = t.without_labels()
        sentences = candidate_sentences(told)
        readings = read_layers(sentences)
        story = learned.view(sentences, readings)
        count, by_index = tags[t.id]
        if count is not None and count != len(story.claims):
            stale += 1
            continue
        pronouns = signals.pronouns([s.lower for s in story.claims])
        rows = sentence_levels.features(story.claims, story.vectors, story.hits, pronouns, readings)
        levels = {layer: np.zeros(len(rows), dtype=int) for layer in rubric.LAYERS}
        for index, marked in by_index.items():
            for layer, level in marked.items():
                levels[layer][index] = level
        group = (t.meta or {}).get("source_group") or (t.meta or {}).get("writer") or t.id
        out.append((corpus, group, rows, levels))
    if stale:
        print(f"note: {stale} tagged transcripts skipped: their sentences no longer line up", file=sys.stderr)
    return out


def fit(stories):
    """Per layer and level, a logistic model; returned as {layer: (coef (3, features), intercept (3,))}."""
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([s[2] for s in stories])
    weight = np.concatenate([np.full(len(s[2]), MODEL_WEIGHT if s[0] == "model" else 1.0) for s in stories])
    out = {}
    for layer in rubric.LAYERS:
        y = np.concatenate([s[3][layer] for s in stories])
        coef, intercept = [], []
        for level in sentence_levels.LEVELS:
            target = (y >= level).astype(int)
            if target.sum() < 5:  # too few to learn from: this level never shows
                coef.append(np.zeros(x.shape[1]))
                intercept.append(-30.0)
                continue
            model = LogisticRegression(C=C, max_iter=3000).fit(x, target, sample_weight=weight)
            coef.append(model.coef_[0])
            intercept.append(float(model.intercept_[0]))
        out[layer] = (np.array(coef), np.array(intercept))
    return out


def chances(weights, rows):
    return sentence_levels.probabilities(rows, sentence_levels.stacked(weights))


def check(stories) -> None:
    """Held-out AUC per layer and level: each story read by a model fitted without its group."""
    from sklearn.metrics import roc_auc_score

    groups = sorted({s[1] for s in stories})
    held_out = [None] * len(stories)
    for k in range(FOLDS):
        held = set(groups[k::FOLDS])
        weights = fit([s for s in stories if s[1] not in held])
        for i, s in enumerate(stories):
            if s[1] in held:
                held_out[i] = chances(weights, s[2])
    for corpus in ("real", "model"):
        picked = [i for i, s in enumerate(stories) if s[0] == corpus]
        if not picked:
            continue
        print(f"{corpus} sentences held out by group ({len(picked)} transcripts): AUC at level 1+, 2+, 3+")
        for layer in rubric.LAYERS:
            y = np.concatenate([stories[i][3][layer] for i in picked])
            p = np.vstack([held_out[i][layer] for i in picked])
            cells = []
            for j, level in enumerate(sentence_levels.LEVELS):
                positives = int((y >= level).sum())
                auc = roc_auc_score(y >= level, p[:, j]) if 0 < positives < len(y) else float("nan")
                cells.append(f"{auc:5.2f} ({positives:4d})")
            print(f"  {layer:22} " + "  ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="print the held-out figures, write nothing")
    parser.add_argument("--no-check", action="store_true", help="fit and write without the held-out figures")
    parser.add_argument("--tags", action="append", default=[], help="tags of real stories (JSONL); repeatable")
    parser.add_argument("--stories", action="append", default=[], help="the labelled stories those tags are of")
    args = parser.parse_args()
    if len(args.tags) != len(args.stories):
        parser.error("give one --stories file for each --tags file")
    stories = tagged_stories(None, "dev", "model", load_tags(MODEL_TAGS))
    for tags, path in zip(args.tags, args.stories, strict=True):
        stories += tagged_stories(path, None, "real", load_tags(Path(tags)))
    if not args.no_check:
        check(stories)
    if args.check_only:
        return
    weights = fit(stories)
    meta = {
        "tagged": {c: sum(s[0] == c for s in stories) for c in ("model", "real")},
        "tag_files": [MODEL_TAGS.name, *(Path(p).name for p in args.tags)],
        "C": C,
        "model_weight": MODEL_WEIGHT,
        "features": int(stories[0][2].shape[1]),
    }
    layers = {
        layer: {
            "coef": [[round(float(v), 6) for v in row] for row in coef],
            "intercept": [round(float(v), 6) for v in intercept],
        }
        for layer, (coef, intercept) in weights.items()
    }
    sentence_levels.WEIGHTS.write_text(json.dumps({"meta": meta, "layers": layers}) + "\n", encoding="utf-8")
    print(f"wrote {sentence_levels.WEIGHTS}")


if __name__ == "__main__":
    main()
