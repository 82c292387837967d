"""Deployment and monitoring: negation, generic vigilance, routines, actions, and whose watching it was."""

from __future__ import annotations

from tests.offline.helpers import score


def test_negated_monitoring_scores_zero():
    launched = "We launched the ranking model in May."
    assert (
        score("deployment_monitoring", launched + " We never set up alerts and nobody watched the metrics after that.")
        == 0
    )
    assert score("deployment_monitoring", launched + " After launch I watched precision per region every week.") >= 2


def test_generic_vigilance_is_a_one_and_specific_monitoring_a_two():
    launched = "The model went live in March. "
    assert score("deployment_monitoring", launched + "We kept an eye on the dashboards.") == 1
    assert (
        score(
            "deployment_monitoring", launched + "Every Monday I checked the false positive rate by merchant category."
        )
        == 2
    )


def test_monitoring_that_triggers_an_action_is_a_three():
    text = (
        "The model went live in March. Every Monday I checked the false positive rate by merchant category. "
        "In week five the rate for travel merchants doubled, so I rolled back to the old threshold "
        "and retrained with April data."
    )
    assert score("deployment_monitoring", text) == 3


def test_monitoring_by_another_team_is_not_the_candidates():
    text = "We shipped it in June. The platform team monitors all models, so they watched latency and errors."
    assert score("deployment_monitoring", text) == 0


def test_keyword_stuffed_monitoring_stays_generic():
    text = "After deployment we had robust monitoring and drift detection in place with dashboards and alerting."
    assert score("deployment_monitoring", text) <= 1


def test_general_advice_is_not_something_done():
    text = "Normally you would monitor drift weekly and you should always have a rollback plan."
    assert score("deployment_monitoring", text) == 0


def test_answers_to_follow_ups_count():
    opening = "I built a fraud model that replaced our rules."
    follow = "After launch I reviewed the chargeback rate by country every week and retrained when Brazil drifted."
    assert score("deployment_monitoring", opening) == 0
    assert score("deployment_monitoring", opening, follow, probes=("deployment_monitoring",)) >= 2
