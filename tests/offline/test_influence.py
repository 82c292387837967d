"""Directional influence: who decided matters."""

from __future__ import annotations

from tests.offline.helpers import score


def test_who_decided_matters():
    assert (
        score("directional_influence", "The team decided to use gradient boosting and it was agreed to retrain weekly.")
        == 0
    )
    assert score("directional_influence", "I wrote the Spark jobs and ran the grid search my lead asked for.") == 1
    assert (
        score("directional_influence", "I decided to drop the deep model and proposed a calibrated GBM instead.") >= 2
    )
    modest = "We went with my proposal to rank by expected savings, after I convinced the operations team to try it."
    assert score("directional_influence", modest) >= 2


def test_working_alone_a_choice_of_design_is_the_candidates_decision():
    alone = (
        "I entered the forecasting competition on my own. I downloaded the data and I explored it for a week. "
        "I made my validation split mimic the hidden test period. I trained a few boosted models. "
        "I only accepted changes that improved every fold."
    )
    assert score("directional_influence", alone) == 2
    with_a_team = (
        "We entered the forecasting competition as a team of four. We downloaded the data and we explored it. "
        "We trained a few boosted models and we tuned them. We compared notes every day. "
        "I only accepted changes that improved every fold."
    )
    assert score("directional_influence", with_a_team) <= 1


def test_starting_the_company_or_reshaping_the_request_is_the_candidates_own_direction():
    assert score("directional_influence", "I started it after two years at a delivery company.") == 2
    assert score("directional_influence", "The request was a mix model. I reshaped that a bit.") == 2
    assert score("directional_influence", "I started the job in May.") <= 1


def test_designing_around_a_choice_a_conviction_pressed_and_taking_the_lead_are_decisions():
    assert score("directional_influence", "I designed the whole matching flow around one daily batch.") == 2
    assert score("directional_influence", "I was adamant that we had to keep the rules engine as a fallback.") == 2
    assert score("directional_influence", "I took the lead on the pricing experiment.") == 2
    # Somebody else's conviction is not the candidate's decision.
    assert score("directional_influence", "My manager was convinced we had to buy a vendor tool, so I set it up.") <= 1


def test_a_decision_told_as_self_talk_is_the_candidates():
    assert score("directional_influence", "And I was like, right, let me just rebuild the index from scratch.") == 2
    assert score("directional_influence", "So I said, we'll label the first thousand ourselves.") == 2
    assert score("directional_influence", "Our director said, let's buy the vendor tool, and I set it up.") <= 1


def test_growing_a_team_or_running_with_an_idea_is_driving_it():
    assert score("directional_influence", "I grew the data labelling team from two people to thirty.") >= 2
    assert score("directional_influence", "A colleague mentioned feature hashing, and I ran with it.") >= 2


def test_a_choice_told_by_its_manner_is_a_decision():
    assert score("directional_influence", "I devised a two-stage check so the slow model only saw the hard cases.") == 2
    assert score("directional_influence", "Halfway through I pivoted from churn scores to a retention dashboard.") == 2
    assert score("directional_influence", "I deliberately kept the first version to a single rule table.") == 2
    # Someone else's devising is not the candidate's.
    assert score("directional_influence", "Our architect devised the rollout plan and I wrote the jobs for it.") <= 1


def test_leading_named_as_ones_role_is_leading():
    assert score("directional_influence", "On the recommendations rebuild I was the tech lead.") >= 2
    assert score("directional_influence", "I served as technical lead on the fraud rules migration.") >= 2
    assert score("directional_influence", "My friend was the tech lead and I wrote the feature jobs.") <= 1
    assert score("directional_influence", "I was not the tech lead; I wrote the feature jobs.") <= 1


def test_counsel_to_the_listener_is_not_a_decision_in_the_project():
    assert score("directional_influence", "I'd recommend anyone starting out to read the papers first.") <= 1
    assert score("directional_influence", "I suggest you keep a notebook of every experiment.") <= 1
    assert score("directional_influence", "I recommended we drop the deep model for a linear one.") == 2


def test_a_line_that_opens_on_the_writers_own_past_act_is_the_writers():
    notes = "Proposed a two-stage ranking design to the search team. Wrote the feature jobs."
    assert score("directional_influence", notes) >= 2
    assert score("directional_influence", "Wrote the feature jobs. Tuned the thresholds.") == 1
    # Imperatives, gerunds and passives are not the writer's acts.
    assert score("directional_influence", "Clean the raw logs first. Using a cache is essential.") == 0
    assert score("directional_influence", "proposed changes are listed in the appendix.") == 0
