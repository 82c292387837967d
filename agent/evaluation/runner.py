"""`ownership eval`: grade the labelled set, compare with the keyword baseline, gate on thresholds.

Returns an `EvalResult`; printing it and choosing the exit code is the command line's part.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, cast

from agent import rubric
from agent.backends import Backend
from agent.evaluation.baseline import KeywordBaseline
from agent.evaluation.dataset import load_dataset
from agent.evaluation.figures import Figures, figures, hard_cases, mean_qwk
from agent.grading import Result, describe, grade_each
from agent.models import Grade, GradeError, Transcript
from agent.terminal import safe_line
from agent.transcript import Item

Note = Callable[[str], None]


class NoLabelledTranscripts(ValueError):
    """The dataset (or split) holds no labelled transcript: nothing to measure."""


@dataclass
class EvalResult:
    """The figures of one eval run; `public()` is its JSON form (`ownership eval --json`)."""

    backend: str
    split: str
    n: int
    grader: dict[str, Any]  # Figures of the backend's grades, as a dict
    baseline: dict[str, Any]  # Figures of the keyword baseline
    hard_cases: dict[str, Any]  # {"n", "qwk_lift_over_baseline"}
    targeting: dict[str, Any] | None
    stopping: dict[str, Any] | None  # {"n", "stopped", "share"}: complete conversations the interviewer ends
    followup_wording: dict[str, Any] | None
    samples: int
    regrade_consistency: float | None
    errors: list[str]
    bar: str  # "real" or "model-written": which thresholds applied
    thresholds_missed: list[str]
    passed: bool
    grades: list[Grade | None] = field(repr=False)  # in the order of `transcripts`; None: not graded
    transcripts: list[Transcript] = field(repr=False)

    def public(self) -> dict[str, Any]:
        """Every figure, in a fixed order, without the grades and transcripts themselves."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("grades", "transcripts")}


def default_thresholds() -> Path:
    from agent.resources import evals_dir

    return evals_dir() / "thresholds.toml"


def load_thresholds(path: str | Path | None = None) -> dict[str, Any]:
    with open(path or default_thresholds(), "rb") as fh:
        return tomllib.load(fh)


def grade_all(
    transcripts: list[Transcript],
    backend: Backend,
    concurrency: int | None = None,
    samples: int = 1,
    on_note: Note | None = None,
) -> tuple[list[Grade | None], list[str]]:
    """Grades in input order; a transcript that fails is None (scored as all zeros) plus its error."""
    collected = _Collected()
    note = on_note or _ignore
    items: list[Item] = [t.without_labels() for t in transcripts]
    backend.grade_many(
        items, concurrency=concurrency, samples=samples, on_done=_ignore, on_ordered=collected, on_note=note
    )
    spent = backend.spent()
    if spent:
        note(spent)
    return collected.grades, collected.errors


def baseline_grades(transcripts: list[Transcript]) -> list[Grade | None]:
    """The keyword baseline's grades, in input order (None where it failed)."""
    collected = _Collected()
    items: list[Item] = [t.without_labels() for t in transcripts]
    grade_each(items, KeywordBaseline().grade, on_done=_ignore, on_ordered=collected)
    return collected.grades


class _Collected:
    def __init__(self) -> None:
        self.grades: list[Grade | None] = []
        self.errors: list[str] = []

    def __call__(self, result: Result) -> None:
        if isinstance(result, GradeError):
            self.grades.append(None)
            self.errors.append(result.error)
        else:
            self.grades.append(result)


def _ignore(_: object) -> None:
    return None


def check(fig: Figures, hard_lift: float | None, targeting: float | None, limits: dict[str, Any]) -> list[str]:
    """The thresholds missed, each as a line saying what and by how much."""
    missed = []

    def need(name: str, value: float | None, bound: float | None) -> None:
        if bound is not None and value is not None and value < bound - 1e-9:
            missed.append(f"{name} {value:.3f} < {bound:.3f}")

    layers = limits.get("layers", {})
    need("mean QWK", fig.mean_qwk, layers.get("mean_qwk"))
    for layer, lf in fig.layers.items():
        need(f"QWK {layer}", lf.qwk, layers.get("min_qwk"))
    need("verdict accuracy", fig.verdict_accuracy, limits.get("verdict", {}).get("accuracy"))
    need("red-flag micro-F1", fig.flag_micro_f1, limits.get("flags", {}).get("micro_f1"))
    integrity = limits.get("integrity", {})
    need("evidence validity", fig.evidence_validity, integrity.get("evidence_validity"))
    need("flag/score consistency", fig.consistency, integrity.get("consistency"))
    if integrity.get("evidence_validity") == 1.0 and fig.unsupported_scores:
        missed.append(f"{fig.unsupported_scores} layer scores of 1+ have no verified quote")
    need("hard-case QWK lift over baseline", hard_lift, limits.get("hard_cases", {}).get("qwk_lift_over_baseline"))
    need("targeting accuracy", targeting, limits.get("targeting", {}).get("accuracy"))
    return missed


def run_eval(
    backend: Backend,
    dataset: str | Path | None = None,
    split: str | None = None,
    thresholds: str | Path | None = None,
    concurrency: int | None = None,
    samples: int = 1,
    on_note: Note | None = None,
) -> EvalResult:
    """Grades the labelled set and measures it; `on_note` receives lines for stderr (how a model
    run goes, what it cost). Raises NoLabelledTranscripts when there is nothing to grade."""
    data = load_dataset(dataset, split)
    transcripts = data.transcripts
    if not transcripts:
        raise NoLabelledTranscripts(f"no labelled transcripts found (dataset={dataset or 'bundled'}, split={split})")
    grades, errors = grade_all(transcripts, backend, concurrency, samples, on_note)
    baseline = baseline_grades(transcripts)
    fig = figures(transcripts, grades)
    base = figures(transcripts, baseline)
    hard = hard_cases(transcripts)
    hard_lift = None
    if hard:
        hard_t = [transcripts[i] for i in hard]
        filled = [g for g in (grades[i] for i in hard) if g is not None]
        if len(filled) == len(hard):
            base_hard = cast("list[Grade]", [baseline[i] for i in hard])  # the baseline never fails
            hard_lift = mean_qwk(hard_t, filled) - mean_qwk(hard_t, base_hard)
    try:
        targeting = _targeting(transcripts, backend)
    except Exception as exc:  # a model error must not cost the figures already measured
        targeting = None
        errors = [*errors, f"targeting not measured: {describe(exc)}"]
    try:
        stopping = _stopping(transcripts, backend)
    except Exception as exc:  # as for targeting: the grades already measured are kept
        stopping = None
        errors = [*errors, f"stopping not measured: {describe(exc)}"]
    try:
        wording = _followup_wording(transcripts, backend)
    except Exception as exc:  # as for targeting: the grades already measured are kept
        wording = None
        errors = [*errors, f"follow-up wording not measured: {describe(exc)}"]
    limits = bar_for(transcripts, load_thresholds(thresholds))
    missed = check(fig, hard_lift, targeting["accuracy"] if targeting else None, limits)
    return EvalResult(
        backend=backend.name,
        split=split or "all",
        n=len(transcripts),
        grader=asdict(fig),
        baseline=asdict(base),
        hard_cases={"n": len(hard), "qwk_lift_over_baseline": hard_lift},
        targeting=targeting,
        stopping=stopping,
        followup_wording=wording,
        samples=samples,
        regrade_consistency=_regrade_consistency(grades) if samples > 1 else None,
        errors=errors + [f.error for f in data.failures],
        bar="real" if is_real(transcripts) else "model-written",
        thresholds_missed=missed,
        passed=not missed,
        grades=grades,
        transcripts=transcripts,
    )


def _regrade_consistency(grades: list[Grade | None]) -> float | None:
    from agent.llm.model_run import consistency

    return consistency(grades)


def is_real(transcripts: list[Transcript]) -> bool:
    """Real practitioners' stories carry the source they were taken from; model-written ones a writer."""
    return all((t.meta or {}).get("source_group") for t in transcripts)


def bar_for(transcripts: list[Transcript], limits: dict[str, Any]) -> dict[str, Any]:
    """The thresholds that apply: the [real] section for real stories (when the file has one)."""
    if is_real(transcripts) and isinstance(limits.get("real"), dict):
        real: dict[str, Any] = limits["real"]
        return real
    return {k: v for k, v in limits.items() if k != "real"}


def _targeting(transcripts: list[Transcript], backend: Backend) -> dict[str, Any] | None:
    try:
        from agent.interview.targeting import evaluate_targeting
    except ImportError:
        return None
    labelled = [t for t in transcripts if t.opening_labels is not None]
    if not labelled:
        return None
    result = evaluate_targeting(labelled, backend)
    return {"n": result.n, "hits": result.hits, "accuracy": result.accuracy}


def _stopping(transcripts: list[Transcript], backend: Backend) -> dict[str, Any] | None:
    from agent.interview.targeting import evaluate_stopping

    result = evaluate_stopping(transcripts, backend)
    if not result.n:
        return None
    return {"n": result.n, "stopped": result.stopped, "share": result.share}


def _followup_wording(transcripts: list[Transcript], backend: Backend) -> dict[str, Any] | None:
    """How the offline bank's first follow-ups read (a model writes its own questions: not measured here)."""
    if backend.question_writer() is not None:
        return None
    from agent.interview.followup_wording import evaluate_followup_wording

    return evaluate_followup_wording(transcripts, backend).model_dump()


def render_table(result: EvalResult) -> str:
    fig, base = result.grader, result.baseline
    lines = [
        f"ownership eval · backend {result.backend} · split {result.split} · {result.n} transcripts"
        f" · {result.bar} thresholds",
        "",
        f"{'layer':<23}{'QWK':>6}{'exact':>7}{'adj':>6}{'pres F1':>9}   {'baseline QWK':>12}",
    ]
    for layer in rubric.LAYERS:
        lf, bf = fig["layers"][layer], base["layers"][layer]
        lines.append(
            f"{layer:<23}{lf['qwk']:>6.2f}{lf['exact']:>7.2f}{lf['adjacent']:>6.2f}{lf['presence_f1']:>9.2f}"
            f"   {bf['qwk']:>12.2f}"
        )
    lines.append(f"{'mean':<23}{fig['mean_qwk']:>6.2f}{'':>22}   {base['mean_qwk']:>12.2f}")
    lines += [
        "",
        f"verdict accuracy {fig['verdict_accuracy']:.2f} (baseline {base['verdict_accuracy']:.2f}), "
        f"macro-F1 {fig['verdict_macro_f1']:.2f} (baseline {base['verdict_macro_f1']:.2f})",
        f"red flags micro-F1 {fig['flag_micro_f1']:.2f} (baseline {base['flag_micro_f1']:.2f}): "
        + ", ".join(f"{k} {v:.2f}" for k, v in fig["flag_f1"].items()),
        f"evidence validity {fig['evidence_validity']:.3f} · scores without a verified quote "
        f"{fig['unsupported_scores']} · flag/score consistency {fig['consistency']:.3f}",
    ]
    hard = result.hard_cases
    if hard["n"]:
        lift = hard["qwk_lift_over_baseline"]
        lines.append(
            f"hard cases: {hard['n']} transcripts, mean QWK lift over baseline "
            + (f"{lift:+.2f}" if lift is not None else "n/a")
        )
        lines.append(f"  {'type':<26}{'n':>4}{'QWK':>7}{'baseline':>10}")
        for tag, (n, q) in fig["by_hard_case"].items():
            lines.append(f"  {tag:<26}{n:>4}{q:>7.2f}{base['by_hard_case'][tag][1]:>10.2f}")
    if result.targeting:
        tg = result.targeting
        lines.append(
            f"targeting: first probe aimed at a layer labelled 0-1 in {tg['hits']}/{tg['n']} ({tg['accuracy']:.2f})"
        )
    if result.stopping:
        st = result.stopping
        lines.append(
            f"stopping: on whole conversations labelled 2+ on every layer, the interviewer ends as complete in "
            f"{st['stopped']}/{st['n']} ({st['share']:.2f})"
        )
    if result.followup_wording:
        fw = result.followup_wording
        lines.append(
            f"follow-ups: first follow-up picks up the candidate's words in {fw['woven']}/{fw['n']} "
            f"({fw['woven_share']:.2f}); distinct questions {fw['distinct']}/{fw['n']} ({fw['distinct_share']:.2f})"
        )
    if result.regrade_consistency is not None:
        lines.append(
            f"re-grade consistency {result.regrade_consistency:.2f}: share of layer scores identical across "
            f"{result.samples} samples of each transcript"
        )
    lines.append("")
    lines.append("confusion matrices (rows gold 0-3, columns predicted 0-3):")
    for layer in rubric.LAYERS:
        rows = " | ".join(" ".join(f"{c:>2}" for c in row) for row in fig["layers"][layer]["confusion"])
        lines.append(f"  {layer:<23}{rows}")
    for err in result.errors:
        lines.append(f"error: {safe_line(err)}")  # file names and ids are user text
    lines.append("")
    if result.passed:
        lines.append("PASS: every threshold met")
    else:
        lines.append("FAIL: " + "; ".join(result.thresholds_missed))
    return "\n".join(lines)


def write_results(result: EvalResult, out: str) -> None:
    """Per-transcript grades beside gold labels as JSONL, and the table as OUT.md."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for t, g in zip(result.transcripts, result.grades, strict=True):
            row = {
                "id": t.id,
                "gold": t.labels.model_dump() if t.labels else None,  # the dataset holds labelled ones only
                "grade": g.model_dump(exclude_none=True) if g else None,
            }
            fh.write(json.dumps(row) + "\n")
    path.with_suffix(".md").write_text("```\n" + render_table(result) + "\n```\n", encoding="utf-8")

