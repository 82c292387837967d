"""Train the offline reader's learned layer (agent/offline/reader_weights.json) on the dev splits.

    python evals/train_reader.py                 # print cross-validated figures, fit, write the weights
    python evals/train_reader.py --cv-only       # only the cross-validated figures (8 folds by source)
    python evals/train_reader.py --cv-only --loso   # leave one source (one writer) out at a time
    python evals/train_reader.py --extra MORE.jsonl --no-cv   # more labelled real stories, no figures

Training data: the model-written dev split (evals/data/dev), the real practitioners' dev split
(../shared/real/dev.jsonl) when present, and any --extra files. Test splits are never read here.
Real stories weigh more, because they are what a new user tells. Figures printed: real stories
with their sources held out (8 folds, no source in two folds) and the model-written dev split with
its writers held out (8 folds), each against the rules alone. Needs scikit-learn (the dev extra);
the product itself needs only numpy.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from agent import rubric
from agent.evaluation.dataset import load_dataset
from agent.evaluation.metrics import quadratic_weighted_kappa
from agent.offline import learned
from agent.offline.grader import read_layers
from agent.offline.text import candidate_sentences

REAL_DEV = Path(__file__).resolve().parents[2] / "shared" / "real" / "dev.jsonl"
REAL_WEIGHT = 3.0  # a real story counts as much as three model-written ones
C = 0.005  # inverse L2 strength on standardised features (chosen by leave-one-source-out on real dev)
FOLDS = 8


def examples(path, split, corpus):
    """(corpus, group, gold scores, feature row per layer, whole?, words) for every labelled transcript.

    A transcript with opening labels also gives a row for its opening answer alone: the
    interviewer reads openings with the same model, and an opening is a shorter, thinner text.
    """
    out = []
    for t in load_dataset(path, split).transcripts:
        group = (t.meta or {}).get("source_group") or (t.meta or {}).get("writer") or t.id
        told = t.without_labels()
        parts = [(told, t.labels.layers, True)]
        if t.opening_labels is not None:
            first = next(i for i, turn in enumerate(told.turns) if turn.role == "candidate")
            parts.append((told.model_copy(update={"turns": told.turns[: first + 1]}), t.opening_labels.layers, False))
        for transcript, labels, whole in parts:
            sentences = candidate_sentences(transcript)
            readings = read_layers(sentences)
            story = learned.view(sentences, readings)
            gold = {layer: getattr(labels, layer) for layer in rubric.LAYERS}
            scores = {layer: readings[layer].score for layer in rubric.LAYERS}
            rows = {layer: learned.layer_features(layer, scores, story) for layer in rubric.LAYERS}
            out.append((corpus, group, gold, rows, whole, story.words))
    return out


def fit(train, layer):
    """A multinomial logistic model on standardised features, folded back to raw-feature weights."""
    from sklearn.linear_model import LogisticRegression

    x = np.array([row[3][layer] for row in train])
    y = np.array([row[2][layer] for row in train])
    w = np.array([REAL_WEIGHT if row[0] == "real" else 1.0 for row in train])
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=2000).fit((x - mean) / std, y, sample_weight=w)
    model.coef_ = model.coef_ / std
    model.intercept_ = model.intercept_ - model.coef_ @ mean
    return model


def predict(model, rows, layer):
    ev = model.predict_proba(np.array([r[3][layer] for r in rows])) @ model.classes_
    return [learned.decided(layer, rule_score(r, layer), v, r[5]) for r, v in zip(rows, ev, strict=True)]


def cross_validated(data, held_out_groups):
    """Out-of-fold scores for the rows whose group is held out, fold by fold."""
    preds = {layer: {} for layer in rubric.LAYERS}
    for held in held_out_groups:
        train = [r for r in data if r[1] not in held]
        test = [(i, r) for i, r in enumerate(data) if r[1] in held]
        test = [(i, r) for i, r in test if r[4]]  # figures are for whole transcripts
        for layer in rubric.LAYERS:
            model = fit(train, layer)
            for (i, _), p in zip(test, predict(model, [r for _, r in test], layer), strict=True):
                preds[layer][i] = p
    return preds


def report(name, data, preds, rule_of):
    idx = sorted(preds[rubric.LAYERS[0]])
    learned_q, rule_q = [], []
    for layer in rubric.LAYERS:
        gold = [data[i][2][layer] for i in idx]
        learned_q.append(quadratic_weighted_kappa(gold, [preds[layer][i] for i in idx]))
        rule_q.append(quadratic_weighted_kappa(gold, [rule_of(data[i], layer) for i in idx]))
    print(f"{name} ({len(idx)} transcripts)")
    print("  " + " ".join(f"{layer[:12]:>12}" for layer in rubric.LAYERS) + "      mean")
    print("  " + " ".join(f"{q:12.2f}" for q in learned_q) + f"  {np.mean(learned_q):8.3f}  learned")
    print("  " + " ".join(f"{q:12.2f}" for q in rule_q) + f"  {np.mean(rule_q):8.3f}  rules alone")


def rule_score(row, layer):
    return int(np.argmax(row[3][layer][:4]))


def print_cross_validated(data, one_group_per_fold: bool = False) -> None:
    """Real stories with their sources held out, then model-written ones with their writers held out.

    By default 8 folds of whole groups; with `one_group_per_fold`, leave-one-source-out and
    leave-one-writer-out (each group is its own fold: slower, the least optimistic figure).
    """
    for corpus, name in (("real", "real dev, sources held out"), ("model", "model-written dev, writers held out")):
        groups = sorted({r[1] for r in data if r[0] == corpus})
        if not groups:
            continue
        if one_group_per_fold:
            folds, label = [{g} for g in groups], f"one {('source', 'writer')[corpus == 'model']} at a time"
        else:
            folds, label = [set(groups[k::FOLDS]) for k in range(FOLDS)], f"{FOLDS} folds"
        preds = cross_validated(data, folds)
        keep = {i for i, r in enumerate(data) if r[0] == corpus}
        preds = {layer: {i: p for i, p in v.items() if i in keep} for layer, v in preds.items()}
        report(f"{name} ({label}, {len(groups)} groups)", data, preds, rule_score)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validated figures, write nothing")
    parser.add_argument("--no-cv", action="store_true", help="fit and write the weights without the figures")
    parser.add_argument(
        "--loso", action="store_true", help="hold out one source (real) or writer (model-written) at a time"
    )
    parser.add_argument("--real-dev", default=str(REAL_DEV))
    parser.add_argument(
        "--extra", action="append", default=[], help="More labelled real stories (JSONL) to train on; repeatable."
    )
    args = parser.parse_args()
    data = examples(None, "dev", "model")
    if Path(args.real_dev).exists():
        data += examples(args.real_dev, None, "real")
    for path in args.extra:
        data += examples(path, None, "real")
    if not args.no_cv:
        print_cross_validated(data, one_group_per_fold=args.loso)
    if args.cv_only:
        return
    layers = {}
    for layer in rubric.LAYERS:
        model = fit(data, layer)
        layers[layer] = {
            "classes": [int(c) for c in model.classes_],
            "coef": [[round(float(v), 6) for v in row] for row in model.coef_],
            "intercept": [round(float(v), 6) for v in model.intercept_],
        }
    meta = {
        "trained_on": {c: sum(r[0] == c and r[4] for r in data) for c in ("model", "real")},
        "extra": [Path(p).name for p in args.extra],
        "real_weight": REAL_WEIGHT,
        "C": C,
    }
    learned.WEIGHTS.write_text(json.dumps({"meta": meta, "layers": layers}) + "\n", encoding="utf-8")
    print(f"wrote {learned.WEIGHTS}")


if __name__ == "__main__":
    main()
