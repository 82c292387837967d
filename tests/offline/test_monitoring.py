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


def test_something_the_running_system_met_after_launch_is_an_observation_in_production():
    # No "monitor", "dashboard" or "drift": people tell what users hit and what broke.
    assert score("deployment_monitoring", "It went live in June. Every failure a user hit became a unit test.") == 2
    met_and_acted = (
        "We deployed it in May. Once power users started running big jobs, they hit the GPU limits, "
        "so I split the pipeline."
    )
    assert score("deployment_monitoring", met_and_acted) == 3
    assert score("deployment_monitoring", "Live performance over the next four rounds was poor: it had overfit.") == 2


def test_users_meeting_trouble_before_anything_shipped_is_the_problem_not_monitoring():
    framing = "Users were complaining that search was slow, so I proposed a ranking model."
    assert score("deployment_monitoring", framing) == 0
    assert score("deployment_monitoring", "We had models that were too slow for production edge deployment.") == 0


def test_the_rhythm_of_meetings_is_not_a_routine_of_watching_a_model():
    assert score("deployment_monitoring", "Our team had daily check-ins and weekly planning meetings.") == 0
    assert score("deployment_monitoring", "We launched in May. Every day I learned something new about Spark.") <= 1
    assert score("deployment_monitoring", "We launched in May. Every Monday I read a hundred conversations.") == 2


def test_you_could_see_is_the_narrators_seeing_not_advice():
    told = "After launch I built a chart of refund errors per store, per day, and you could see two stores drift."
    assert score("deployment_monitoring", told) >= 2
    advice = "You could build a chart of refund errors per store, per day, to see stores drift."
    assert score("deployment_monitoring", advice) == 0
