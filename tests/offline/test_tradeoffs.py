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
