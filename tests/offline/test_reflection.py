"""Reflection: an owned change, denial, and platitude."""

from __future__ import annotations

import pytest

from tests.offline.helpers import score


def test_reflection_owned_change_vs_denial_vs_platitude():
    owned = "I never tested the model on the holiday peak. Now I replay last year's peak before every launch."
    assert score("reflection", owned) == 3
    assert score("reflection", "Honestly nothing really went wrong, it went smoothly.") == 0
    assert score("reflection", "You always learn a lot on projects like this.") == 1


@pytest.mark.parametrize(
    "answer",
    [
        "My first version of the feature store was far too slow, so I rewrote the joins.",
        "I wasted two weeks tuning a model nobody had asked for.",
        "At the end I picked the wrong checkpoint to submit.",
        "I'm guilty of reaching for a deep model before trying a baseline.",
    ],
)
def test_ones_own_attempt_judged_wasted_wrong_or_too_much_is_an_owned_mistake(answer):
    assert score("reflection", answer) >= 2


def test_a_marker_of_time_alone_is_narration_not_a_lesson():
    # The rule reader's own reading (the learned layer may still weigh the story as a whole).
    from agent.offline.reflection import reflection
    from agent.offline.text import candidate_sentences
    from tests.offline.helpers import story

    def read(answer: str) -> int:
        return reflection(candidate_sentences(story(answer))).score

    assert read("Since then, I have seen many teams build search products.") == 0
    assert read("I learned a lot, and since then I test on a holdout week.") == 1


def test_an_attempt_of_ones_own_told_at_length_that_did_not_help_is_owned():
    long_attempt = (
        "I have tried weighting the rare classes by their inverse frequency in every fold of the training loop, "
        "but it performed a bit worse than the unweighted model."
    )
    assert score("reflection", long_attempt) >= 2


def test_a_mistake_owned_after_the_noun_or_found_at_home_is_owned():
    assert score("reflection", "One mistake of mine was trusting the vendor's timestamps without a check.") >= 2
    assert score("reflection", "I lost two days to the drift alarm before I realised it was my own join.") >= 2
    assert score("reflection", "She realised it was my birthday and brought a cake to the stand-up.") == 0


def test_a_mistake_owned_in_short_or_by_degree_is_owned():
    assert score("reflection", "I capped the first loans far too high. That's mine.") >= 2
    assert score("reflection", "I set the alert threshold too loose at the start and we missed a week.") >= 2
    # A view of what other people did wrong is not a mistake of one's own.
    assert score("reflection", "I think the vendor set the thresholds too loose.") <= 1


def test_a_fault_found_in_ones_own_work_or_time_is_owned():
    port = "The recommender missed half the holiday orders because of a bug in my pipeline."
    assert score("reflection", port) >= 2
    assert score("reflection", "The churn window I picked came from a hole in my assumptions about renewals.") >= 2
    time = "Asking the billing team first was a better use of my effort than a week of guessing."
    assert score("reflection", time) >= 2
    assert score("reflection", "The vendor's library had bugs in its parser.") <= 1


def test_figuring_or_a_negated_degree_is_not_a_mistake():
    assert score("reflection", "I figured the write-up could wait until the holidays.") == 0
    assert score("reflection", "I have not seen too many write-ups on label budgets.") == 0
    assert score("reflection", "I figured one week of data would be enough, and it was not.") >= 2
