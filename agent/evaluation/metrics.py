"""Agreement metrics for ordinal scores and yes/no labels. Pure functions over plain lists."""

from __future__ import annotations

from collections.abc import Sequence

SCORES = (0, 1, 2, 3)


def confusion(gold: Sequence[int], pred: Sequence[int], k: int = 4) -> list[list[int]]:
    """Rows are gold scores, columns predicted scores."""
    matrix = [[0] * k for _ in range(k)]
    for g, p in zip(gold, pred, strict=True):
        matrix[g][p] += 1
    return matrix


def quadratic_weighted_kappa(gold: Sequence[int], pred: Sequence[int], k: int = 4) -> float:
    """Cohen's kappa with quadratic weights: 1 is perfect agreement, 0 is chance.

    When both raters give one constant score (no variance to explain), kappa is undefined; we
    return 1.0 when they agree on it and 0.0 otherwise, so a degenerate split neither hides
    nor invents disagreement.
    """
    n = len(gold)
    if n == 0:
        return 0.0
    observed = confusion(gold, pred, k)
    gold_hist = [sum(row) for row in observed]
    pred_hist = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    num = den = 0.0
    for i in range(k):
        for j in range(k):
            weight = (i - j) ** 2 / (k - 1) ** 2
            num += weight * observed[i][j]
            den += weight * gold_hist[i] * pred_hist[j] / n
    if den == 0:
        return 1.0 if num == 0 else 0.0
    return 1.0 - num / den


def exact_agreement(gold: Sequence[int], pred: Sequence[int]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def adjacent_agreement(gold: Sequence[int], pred: Sequence[int]) -> float:
    return sum(abs(g - p) <= 1 for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def f1(gold: Sequence[bool], pred: Sequence[bool]) -> float:
    """F1 of the positive class; 1.0 when neither side has any positive (nothing to miss)."""
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def counts(gold: Sequence[bool], pred: Sequence[bool]) -> tuple[int, int, int]:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    return tp, fp, fn


def micro_f1(pairs: Sequence[tuple[Sequence[bool], Sequence[bool]]]) -> float:
    """F1 pooled over several yes/no labels (one (gold, pred) pair of lists per label)."""
    tp = fp = fn = 0
    for gold, pred in pairs:
        a, b, c = counts(gold, pred)
        tp, fp, fn = tp + a, fp + b, fn + c
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def macro_f1(gold: Sequence[str], pred: Sequence[str], classes: Sequence[str]) -> float:
    """Mean one-vs-rest F1 over the classes present in gold or predictions."""
    present = [c for c in classes if c in gold or c in pred]
    if not present:
        return 0.0
    return sum(f1([g == c for g in gold], [p == c for p in pred]) for c in present) / len(present)
