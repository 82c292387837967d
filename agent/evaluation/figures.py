"""Scoring a grader's output against gold labels: the figures `ownership eval` prints."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from agent import rubric
from agent.evaluation import metrics
from agent.evidence import unsupported_scores, unverified_quotes
from agent.models import Grade, Labels, Transcript


@dataclass
class LayerFigures:
    qwk: float
    exact: float
    adjacent: float
    presence_f1: float
    confusion: list[list[int]]


@dataclass
class Figures:
    """Everything one grader scored on one set of labelled transcripts."""

    n: int
    layers: dict[rubric.Layer, LayerFigures]
    mean_qwk: float
    min_qwk: float
    verdict_accuracy: float
    verdict_macro_f1: float
    flag_f1: dict[rubric.Flag, float]
    flag_micro_f1: float
    evidence_validity: float
    unsupported_scores: int
    consistency: float
    failures: int = 0
    by_hard_case: dict[str, tuple[int, float]] = field(default_factory=dict)  # tag -> (n, mean QWK)


def consistent(grade: Grade) -> bool:
    """The grade obeys the rubric's mechanics: score flags, scope of flags, verdict, total."""
    scores = grade.scores()
    return (
        set(grade.red_flags) == set(rubric.consistent_flags(scores, grade.red_flags))
        and grade.verdict == rubric.verdict(scores, grade.red_flags)
        and grade.total == rubric.total(scores)
    )


def mean_qwk(transcripts: list[Transcript], grades: list[Grade]) -> float:
    values = [
        metrics.quadratic_weighted_kappa(
            [getattr(_labels(t).layers, layer) for t in transcripts], [g.layers[layer].score for g in grades]
        )
        for layer in rubric.LAYERS
    ]
    return sum(values) / len(values)


def figures(transcripts: list[Transcript], grades: list[Grade | None]) -> Figures:
    """Compare grades with the gold labels; a missing grade (None) counts as all zeros."""
    failures = sum(g is None for g in grades)
    filled = [g if g is not None else _empty(t.id) for t, g in zip(transcripts, grades, strict=True)]
    layers: dict[rubric.Layer, LayerFigures] = {}
    for layer in rubric.LAYERS:
        gold = [getattr(_labels(t).layers, layer) for t in transcripts]
        pred = [g.layers[layer].score for g in filled]
        layers[layer] = LayerFigures(
            qwk=metrics.quadratic_weighted_kappa(gold, pred),
            exact=metrics.exact_agreement(gold, pred),
            adjacent=metrics.adjacent_agreement(gold, pred),
            presence_f1=metrics.f1([s >= 2 for s in gold], [s >= 2 for s in pred]),
            confusion=metrics.confusion(gold, pred),
        )
    gold_verdicts = [_labels(t).verdict for t in transcripts]
    pred_verdicts = [g.verdict for g in filled]
    flag_pairs = {
        flag: ([flag in _labels(t).red_flags for t in transcripts], [flag in g.red_flags for g in filled])
        for flag in rubric.FLAGS
    }
    quotes = sum(len(lg.evidence) for g in filled for lg in g.layers.values())
    bad_quotes = sum(len(unverified_quotes(g, t)) for t, g in zip(transcripts, filled, strict=True))
    unsupported = sum(len(unsupported_scores(g, t)) for t, g in zip(transcripts, filled, strict=True))
    by_tag: dict[str, list[int]] = defaultdict(list)
    for index, t in enumerate(transcripts):
        for tag in t.meta.get("hard_cases", []) or []:
            by_tag[tag].append(index)
    qwks = [f.qwk for f in layers.values()]
    return Figures(
        n=len(transcripts),
        layers=layers,
        mean_qwk=sum(qwks) / len(qwks),
        min_qwk=min(qwks),
        verdict_accuracy=metrics.accuracy(gold_verdicts, pred_verdicts),
        verdict_macro_f1=metrics.macro_f1(gold_verdicts, pred_verdicts, rubric.VERDICTS),
        flag_f1={flag: metrics.f1(*pair) for flag, pair in flag_pairs.items()},
        flag_micro_f1=metrics.micro_f1(list(flag_pairs.values())),
        evidence_validity=1.0 if quotes == 0 else (quotes - bad_quotes) / quotes,
        unsupported_scores=unsupported,
        consistency=sum(consistent(g) for g in filled) / len(filled) if filled else 0.0,
        failures=failures,
        by_hard_case={
            tag: (len(idx), mean_qwk([transcripts[i] for i in idx], [filled[i] for i in idx]))
            for tag, idx in sorted(by_tag.items())
        },
    )


def _labels(transcript: Transcript) -> Labels:
    """The gold labels; only labelled transcripts are scored (the dataset loader requires them)."""
    if transcript.labels is None:
        raise ValueError(f"{transcript.id}: no labels to score the grade against")
    return transcript.labels


def hard_cases(transcripts: list[Transcript]) -> list[int]:
    return [i for i, t in enumerate(transcripts) if t.meta.get("hard_cases")]


def _empty(ident: str) -> Grade:
    from agent.models import LayerGrade

    return Grade.assemble(ident, {layer: LayerGrade(score=0) for layer in rubric.LAYERS}, [], "none")
