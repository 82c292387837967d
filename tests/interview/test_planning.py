"""The planning rule: the rubric's order, the ledger's one retry, and the reasons given."""

from __future__ import annotations

from agent.interview.planning import choose, given_up

from .fakes import scores


def entry(n, layer, before, after, skipped=False, angle="a"):
    return {"n": n, "layer": layer, "angle": angle, "before": before, "after": after,
            "raised": after > before, "skipped": skipped}  # fmt: skip


def test_weightiest_gap_first():
    d = choose(scores(), [], 0, 6)
    assert d.target == "deployment_monitoring"
    assert "weightiest gap" in d.reason and "also below 2: impact" in d.reason


def test_layers_at_two_are_not_probed():
    d = choose(scores(deployment_monitoring=2, impact=3, reflection=1, tradeoffs=1), [], 0, 6)
    assert d.target == "directional_influence"  # the weightiest gap the story left untouched


def test_first_followup_takes_untouched_gaps_first_then_the_rubric_order():
    d = choose(scores(deployment_monitoring=1, impact=0, reflection=0), [], 0, 6)
    assert d.target == "impact"
    d = choose(dict(scores(), **dict.fromkeys(scores(), 1)), [], 0, 6)
    assert d.target == "deployment_monitoring"
    # Later follow-ups keep the rubric's order: monitoring at 1 comes before impact at 0.
    d = choose(scores(deployment_monitoring=1), [entry(1, "deployment_monitoring", 0, 1)], 1, 6)
    assert d.target == "deployment_monitoring"


def test_stops_when_every_layer_is_at_two():
    d = choose(dict.fromkeys(scores(), 2), [], 0, 6)
    assert d.target is None and d.stop_reason == "complete"


def test_stops_at_the_followup_limit():
    d = choose(scores(), [], 6, 6)
    assert d.target is None and d.stop_reason == "max_followups"


def test_one_more_try_after_a_failed_probe():
    d = choose(scores(), [entry(1, "deployment_monitoring", 0, 0)], 1, 6)
    assert d.target == "deployment_monitoring" and d.second_try
    assert "one more try from another angle" in d.reason


def test_moves_on_after_two_failed_probes():
    ledger = [entry(1, "deployment_monitoring", 0, 0), entry(2, "deployment_monitoring", 0, 0)]
    d = choose(scores(), ledger, 2, 6)
    assert d.target == "impact" and not d.second_try
    assert "passed over deployment_monitoring (2 probes did not raise it)" in d.reason


def test_a_probe_that_raised_the_layer_is_not_a_failure():
    d = choose(scores(deployment_monitoring=1), [entry(1, "deployment_monitoring", 0, 1)], 1, 6)
    assert d.target == "deployment_monitoring" and not d.second_try


def test_probes_per_layer_are_capped():
    ledger = [entry(1, "impact", 0, 1), entry(2, "impact", 1, 1), entry(3, "impact", 1, 1)]
    assert given_up(ledger) == {"impact": "2 probes did not raise it"}
    ledger = [entry(1, "impact", 0, 1), entry(2, "impact", 1, 1, angle="b"), entry(3, "impact", 1, 1)]
    assert "impact" in given_up(ledger)


def test_skipped_layer_is_left_alone():
    d = choose(scores(), [entry(1, "deployment_monitoring", 0, 0, skipped=True)], 1, 6)
    assert d.target == "impact" and "skipped" in d.reason


def test_stops_when_every_gap_was_probed_without_effect():
    ledger = []
    for i, layer in enumerate(["deployment_monitoring", "impact"]):
        ledger += [entry(2 * i + 1, layer, 0, 0), entry(2 * i + 2, layer, 0, 0)]
    d = choose(dict(scores(), **{k: 2 for k in ("reflection", "tradeoffs", "directional_influence",
                                                "problem_framing")}), ledger, 4, 10)  # fmt: skip
    assert d.target is None and d.stop_reason == "exhausted"
