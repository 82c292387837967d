"""Each anchor of the rubric, on every layer, scores its level."""

from __future__ import annotations

import pytest

from tests.offline.helpers import score

ANCHOR_LADDER = [
    ("problem_framing", 0, "I trained a gradient-boosted model on the click logs."),
    ("problem_framing", 1, "My manager gave me a ticket to make the classifier better. I trained a model."),
    (
        "problem_framing",
        2,
        "Our support team was drowning: customers waited three days for an answer, so we needed routing.",
    ),
    (
        "problem_framing",
        3,
        "Chargebacks had doubled to 0.9% of volume. I sat down with the risk lead and we redefined "
        "success as fraud losses plus lost margin from false declines.",
    ),  # fmt: skip
    ("directional_influence", 0, "The team decided to use XGBoost and it was agreed to retrain weekly."),
    ("directional_influence", 1, "I wrote the Spark jobs and ran the grid search."),
    ("directional_influence", 2, "I proposed switching to a ranking model and made the call to drop the old rules."),
    (
        "directional_influence",
        3,
        "I proposed the new target and convinced the operations team and legal to adopt it; "
        "I was the tech lead responsible for the whole system.",
    ),  # fmt: skip
    ("tradeoffs", 0, "The F1 went from 0.71 to 0.78."),
    ("tradeoffs", 1, "There were some tradeoffs, as always."),
    ("tradeoffs", 2, "We gave up some coverage in exchange for fewer wrong alerts."),
    (
        "tradeoffs",
        3,
        "We kept the older, explainable model because auditors had to sign off, and recovered most of "
        "the lost recall with two new features.",
    ),  # fmt: skip
    ("deployment_monitoring", 0, "We trained the model and it went live in May."),
    ("deployment_monitoring", 1, "It went live in May. We kept an eye on the dashboards."),
    ("deployment_monitoring", 2, "It went live in May. Every week I checked precision by region."),
    (
        "deployment_monitoring",
        3,
        "It went live in May. Every week I checked the error rate by region. In June one "
        "region's error rate crept up, so I rolled back and added an alert.",
    ),  # fmt: skip
    ("impact", 0, "We built it and deployed it."),
    ("impact", 1, "The business was really happy with it."),
    ("impact", 2, "The AUC went from 0.81 to 0.86."),
    ("impact", 3, "Support tickets per 1,000 orders fell from 9 to 6 in the quarter after launch, against a holdout."),
    ("reflection", 0, "Honestly nothing went wrong."),
    ("reflection", 1, "You always learn a lot on projects like this."),
    ("reflection", 2, "My mistake was that I never tested the model on holiday traffic."),
    (
        "reflection",
        3,
        "I never tested the model on the holiday peak; now I replay last year's peak before every launch.",
    ),
]


@pytest.mark.parametrize(("layer", "expected", "text"), ANCHOR_LADDER)
def test_each_anchor_of_the_rubric_scores_its_level(layer, expected, text):
    assert score(layer, text) == expected
