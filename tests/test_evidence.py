"""Snapping near-match quotes to the candidate's exact words."""

from __future__ import annotations

import pytest

from agent.evidence import normalise, snap, verified_quote

TURN = normalise("Our chargeback rate had doubled in two quarters. I proposed — replacing the rules!")


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("our CHARGEBACK rate, had doubled", "Our chargeback rate had doubled"),
        ('"I proposed replacing the rules"', "I proposed — replacing the rules"),
        ("rate   had\ndoubled in two quarters.", "rate had doubled in two quarters"),
    ],
)
def test_near_matches_snap_to_an_exact_span(quote, expected):
    snapped = snap(quote, [TURN])
    assert snapped == expected
    assert snapped in TURN


@pytest.mark.parametrize(
    "quote",
    [
        "rate had doubled in two quarter",  # cuts a word
        "hargeback rate had doubled",  # starts inside a word
        "our revenue had doubled",  # different words
        "the rules",  # too short to snap safely
    ],
)
def test_other_quotes_do_not_snap(quote):
    assert snap(quote, [TURN]) is None


def test_verified_quote_prefers_the_exact_quote():
    assert verified_quote("Our chargeback   rate", [TURN]) == "Our chargeback rate"
    assert verified_quote("nothing like it at all", [TURN]) is None
