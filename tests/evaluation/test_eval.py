"""The eval's metrics, its gate, and that a broken grader cannot pass it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from agent import rubric
from agent.backends import LocalBackend, OfflineBackend
from agent.cli import main
from agent.evaluation import metrics
from agent.evaluation.dataset import load_dataset
from agent.evaluation.runner import run_eval
from agent.models import Grade, LayerGrade, Transcript


def test_qwk_known_values():
    assert metrics.quadratic_weighted_kappa([0, 1, 2, 3], [0, 1, 2, 3]) == pytest.approx(1.0)
    assert metrics.quadratic_weighted_kappa([0, 1, 2, 3], [3, 2, 1, 0]) == pytest.approx(-1.0)
    # Off by one everywhere still agrees a good deal, quadratically weighted.
    assert 0.5 < metrics.quadratic_weighted_kappa([0, 1, 2, 3, 0, 1], [1, 2, 3, 3, 0, 0]) < 0.95
    assert metrics.quadratic_weighted_kappa([2, 2, 2], [2, 2, 2]) == 1.0
    assert metrics.quadratic_weighted_kappa([2, 2, 2], [1, 2, 3]) == 0.0


def test_agreement_and_f1():
    assert metrics.exact_agreement([0, 1, 2], [0, 2, 2]) == pytest.approx(2 / 3)
    assert metrics.adjacent_agreement([0, 1, 3], [1, 3, 3]) == pytest.approx(2 / 3)
    assert metrics.f1([True, False, True], [True, True, False]) == pytest.approx(0.5)
    assert metrics.micro_f1([([True], [True]), ([False], [True])]) == pytest.approx(2 / 3)
    assert metrics.macro_f1(["a", "b"], ["a", "a"], ["a", "b", "c"]) == pytest.approx((2 / 3 + 0) / 2)


class ConstantGrader(LocalBackend):
    """A deliberately broken grader: every layer 2, whatever was said."""

    name = "constant-2"

    def grade(self, transcript: Transcript) -> Grade:
        first = transcript.candidate_texts()[0][:20]
        layers = {layer: LayerGrade(score=2, evidence=[first]) for layer in rubric.LAYERS}
        return Grade.assemble(transcript.id, layers, [], self.name)

    def assess(self, transcript):
        return dict.fromkeys(rubric.LAYERS, 2)


class InventingGrader(ConstantGrader):
    """Right scores would not save a grader whose quotes are invented."""

    def grade(self, transcript):
        g = super().grade(transcript)
        g.layers["impact"].evidence = ["revenue tripled overnight"]
        return g


def test_a_grader_that_scores_everything_two_fails_the_eval():
    result = run_eval(ConstantGrader(), split="test")
    assert not result.passed
    assert any("QWK" in m for m in result.thresholds_missed)


def test_invented_quotes_fail_evidence_validity():
    result = run_eval(InventingGrader(), split="dev")
    assert result.grader["evidence_validity"] < 1.0
    assert any("evidence validity" in m for m in result.thresholds_missed)


def test_dataset_is_split_and_labelled():
    dev, test = load_dataset(split="dev"), load_dataset(split="test")
    assert len(dev.transcripts) + len(test.transcripts) >= 150
    assert not {t.id for t in dev.transcripts} & {t.id for t in test.transcripts}
    for t in dev.transcripts + test.transcripts:
        scores = t.labels.layers.model_dump()
        assert rubric.verdict(scores, t.labels.red_flags) == t.labels.verdict, t.id
        assert set(rubric.consistent_flags(scores, t.labels.red_flags)) == set(t.labels.red_flags), t.id
        if sum(turn.role == "candidate" for turn in t.turns) > 1:
            assert t.opening_labels is not None, t.id


@pytest.fixture(scope="module")
def offline_test_split():
    return run_eval(OfflineBackend(), split="test")


def test_offline_grader_integrity_and_lift_on_the_test_split(offline_test_split):
    fig = offline_test_split.grader
    assert fig["evidence_validity"] == 1.0 and fig["unsupported_scores"] == 0
    assert fig["consistency"] == 1.0
    assert offline_test_split.hard_cases["qwk_lift_over_baseline"] >= 0.25
    assert fig["mean_qwk"] > offline_test_split.baseline["mean_qwk"] + 0.3


def test_offline_grader_meets_the_thresholds_on_the_test_split(offline_test_split):
    assert offline_test_split.passed, offline_test_split.thresholds_missed


def test_eval_command_json_and_exit_code(tmp_path):
    out = tmp_path / "results.jsonl"
    result = CliRunner().invoke(main, ["eval", "--split", "test", "--json", "--backend", "offline", "--out", str(out)])
    payload = json.loads(result.stdout)
    assert result.exit_code == (0 if payload["passed"] else 1)
    assert payload["n"] == len(out.read_text().splitlines())
    assert out.with_suffix(".md").read_text().startswith("```")
    assert set(payload["grader"]["layers"]) == set(rubric.LAYERS)


def test_run_eval_returns_a_typed_result_and_leaves_printing_to_the_command_line(tmp_path, capsys):
    from agent.evaluation.runner import EvalResult
    from agent.resources import evals_dir

    for path in sorted((evals_dir() / "data" / "dev").glob("*.json"))[:3]:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    notes: list[str] = []
    result = run_eval(OfflineBackend(), dataset=tmp_path, on_note=notes.append)
    assert isinstance(result, EvalResult) and result.n == 3 and len(result.grades) == 3
    assert capsys.readouterr() == ("", "")
    assert notes == []  # the offline backend has nothing to say about the run or its cost
    assert list(result.public()) == [
        "backend", "split", "n", "grader", "baseline", "hard_cases", "targeting", "stopping", "followup_wording",
        "samples", "regrade_consistency", "errors", "bar", "thresholds_missed", "passed",
    ]  # fmt: skip


def test_no_labelled_transcripts_is_an_error_the_command_line_turns_into_a_usage_error(tmp_path):
    from agent.evaluation.runner import NoLabelledTranscripts

    with pytest.raises(NoLabelledTranscripts, match="no labelled transcripts found"):
        run_eval(OfflineBackend(), dataset=tmp_path)
    result = CliRunner().invoke(main, ["eval", "--dataset", str(tmp_path), "--backend", "offline"])
    assert result.exit_code == 2
    assert f"Error: no labelled transcripts found (dataset={tmp_path}, split=None)" in result.stderr
