"""The rubric file says what shared/rubric.md says, and the mechanical rules follow it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agent import rubric

SPEC = Path(__file__).resolve().parents[2] / "shared" / "rubric.md"

SPEC_LAYERS = [
    "problem_framing",
    "directional_influence",
    "tradeoffs",
    "deployment_monitoring",
    "impact",
    "reflection",
]
SPEC_FLAGS = [
    "excessive_we",
    "no_tradeoffs",
    "no_monitoring",
    "no_quantified_impact",
    "blame_shifting",
    "defensive_about_failure",
    "ends_at_deployment",
]
SPEC_ORDER = ["deployment_monitoring", "impact", "reflection", "tradeoffs", "directional_influence", "problem_framing"]


def test_names_match_the_spec():
    spec = rubric.load_rubric()
    assert [layer.name for layer in spec.layers] == SPEC_LAYERS == list(rubric.LAYERS)
    assert [flag.name for flag in spec.red_flags] == SPEC_FLAGS == list(rubric.FLAGS)
    assert {v.name for v in spec.verdicts} == {"strong_owner", "partial_owner", "executor"}
    assert spec.probing.order == SPEC_ORDER
    for layer in spec.layers:
        assert sorted(layer.anchors) == [0, 1, 2, 3]


@pytest.mark.skipif(not SPEC.exists(), reason="shared/rubric.md is not beside this checkout")
def test_names_match_shared_rubric_md():
    text = SPEC.read_text(encoding="utf-8")
    assert re.findall(r"^### (\w+):", text, re.M) == SPEC_LAYERS
    assert re.findall(r"^\| (\w+) \|", text, re.M)[1:] == SPEC_FLAGS  # first row is the header
    order = re.search(r"order of weight unless[^:]*:\s*([\w, \n]+)\.", text).group(1)
    assert [w.strip() for w in order.replace("\n", " ").split(",")] == SPEC_ORDER
    spec = rubric.load_rubric()
    for layer in spec.layers:
        for score, anchor in layer.anchors.items():
            # Anchors are the spec's words (quotes may differ in style).
            words = re.sub(r"[^a-z0-9 ]", "", anchor.lower()).split()[:6]
            assert " ".join(words) in re.sub(r"[^a-z0-9 \n]", "", text.lower()).replace("\n", " "), (layer.name, score)


def scores(**kw):
    base = dict.fromkeys(rubric.LAYERS, 0)
    base.update(kw)
    return base


def test_score_defined_flags_follow_scores():
    s = scores(tradeoffs=0, deployment_monitoring=0, impact=1)
    assert set(rubric.score_flags(s)) == {"no_tradeoffs", "no_monitoring", "no_quantified_impact"}
    s = scores(tradeoffs=1, deployment_monitoring=1, impact=2)
    assert rubric.score_flags(s) == []


def test_consistent_flags_enforces_scopes():
    s = scores(directional_influence=2, deployment_monitoring=1, tradeoffs=1, impact=2)
    # A grader's claim of no_monitoring is overruled by the score; scoped flags are dropped.
    flags = rubric.consistent_flags(s, ["excessive_we", "ends_at_deployment", "no_monitoring", "blame_shifting"])
    assert flags == ["blame_shifting"]


@pytest.mark.parametrize(
    ("kw", "flags", "expected"),
    [
        (
            dict(problem_framing=2, directional_influence=2, tradeoffs=2, deployment_monitoring=2, impact=2),
            [],
            "strong_owner",
        ),
        (
            dict(problem_framing=2, directional_influence=2, tradeoffs=2, deployment_monitoring=2, impact=2),
            ["blame_shifting"],
            "partial_owner",
        ),
        (
            dict(
                problem_framing=3, directional_influence=1, tradeoffs=3, deployment_monitoring=3, impact=3, reflection=3
            ),
            [],
            "partial_owner",
        ),
        (dict(problem_framing=2, directional_influence=3, tradeoffs=2, impact=2, reflection=2), [], "partial_owner"),
        (dict(problem_framing=3, impact=3, directional_influence=1), [], "executor"),
        (dict(problem_framing=3, impact=3, directional_influence=2), [], "partial_owner"),
        ({}, [], "executor"),
    ],
)
def test_verdict_is_mechanical(kw, flags, expected):
    assert rubric.verdict(scores(**kw), flags) == expected


def test_probe_order_skips_layers_at_two():
    s = scores(deployment_monitoring=2, impact=1, reflection=0, problem_framing=3)
    assert rubric.probe_candidates(s) == ["impact", "reflection", "tradeoffs", "directional_influence"]
    assert rubric.probe_candidates(dict.fromkeys(rubric.LAYERS, 2)) == []
