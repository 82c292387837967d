"""Reflection: an owned change, denial, and platitude."""

from __future__ import annotations

from tests.offline.helpers import score


def test_reflection_owned_change_vs_denial_vs_platitude():
    owned = "I never tested the model on the holiday peak. Now I replay last year's peak before every launch."
    assert score("reflection", owned) == 3
    assert score("reflection", "Honestly nothing really went wrong, it went smoothly.") == 0
    assert score("reflection", "You always learn a lot on projects like this.") == 1
