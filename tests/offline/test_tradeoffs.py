"""Tradeoffs: vague and concrete, and a cost and its payoff told across two sentences."""

from __future__ import annotations

from tests.offline.helpers import score


def test_tradeoffs_vague_and_concrete():
    assert score("tradeoffs", "There were some tradeoffs, as always.") == 1
    concrete = "We gave up some recall on small orders in exchange for half the false alerts."
    assert score("tradeoffs", concrete) >= 2
    assert score("tradeoffs", "The model is accurate and fast.") == 0


def test_a_cost_and_its_payoff_across_two_sentences_is_a_tradeoff():
    split = score(
        "tradeoffs",
        "We held back new tutors' prices with a floor, and they got fewer bookings in their first month. "
        "But the ones who got booked stayed.",
    )
    alone = score("tradeoffs", "New tutors got fewer bookings in their first month.")
    assert split >= 2
    assert alone == 0


def test_a_choice_told_against_its_alternative_with_what_it_was_for_is_a_tradeoff():
    drafts = "I sent drafts to the agents instead of auto-sending them, so each match got checked."
    assert score("tradeoffs", drafts) >= 2
    assert score("tradeoffs", "I kept a human approval step rather than auto-sending, to avoid wrong refunds.") >= 2
    # the alternative alone, or somebody else's choice, is not the candidate's tradeoff
    assert score("tradeoffs", "We used Postgres instead of Mongo.") <= 1
    assert score("tradeoffs", "The vendor used a rules engine instead of a model because legal asked.") <= 1


def test_a_better_scoring_alternative_set_aside_for_a_reason_is_a_tradeoff():
    story = (
        "A boosted model beat the scorecard by two points of AUC. We did not use it. "
        "Every refusal has to come with reasons a shop owner can follow."
    )
    assert score("tradeoffs", story) >= 2
    kept = "The larger model scored higher, but I still shipped the smaller one because of latency."
    assert score("tradeoffs", kept) >= 2
    # A better model that simply replaced the old one gave nothing up.
    assert score("tradeoffs", "The new model beat the old one by four points. We deployed it in May.") == 0


def test_a_wish_or_a_venue_is_not_a_tradeoff():
    assert score("tradeoffs", "Write to me if you want to have more examples of the dashboards.") == 0
    assert score("tradeoffs", "The write-up accepted at the workshop is now in the proceedings.") == 0


def test_a_gain_told_with_what_it_kept_or_lost_is_a_tradeoff():
    kept = "We moved ranking to a distilled model, cutting serving cost while keeping most of the click-through."
    assert score("tradeoffs", kept) >= 2
    assert score("tradeoffs", "Pruning halved the latency with a small recall drop.") >= 2
    assert score("tradeoffs", "The team kept most of the budget for labelling.") == 0


def test_a_shortfall_conceded_or_a_crude_method_with_its_payoff_is_a_tradeoff():
    conceded = "We kept the distilled model, even though it is not as accurate as the teacher, since it fits."
    assert score("tradeoffs", conceded) >= 2
    crude = "Our hand-written heuristics for the labels were crude. But they gave us ten thousand examples in a day."
    assert score("tradeoffs", crude) >= 2
