"""Who acted and what is denied: passive routines, parties after prepositions, self-correction."""

from __future__ import annotations

from tests.offline.helpers import score


def test_a_subjectless_passive_routine_is_the_storys_own_unless_others_are_named():
    launch = "The detector went live on the line in March."
    routine = "After launch, the false-reject rate was pulled every week, per shift."
    ours = score("deployment_monitoring", launch, routine)
    theirs = score(
        "deployment_monitoring",
        launch,
        "After launch, the false-reject rate was pulled every week by the quality team, per shift.",
    )
    assert ours == 2
    assert theirs < 2


def test_a_party_after_a_preposition_is_an_object_not_the_actor():
    text = (
        "Churn in the first month was costing us about a fifth of new accounts. "
        "I went to the head of finance with a different number: retained revenue at ninety days, and she agreed."
    )
    assert score("problem_framing", text) >= 2


def test_correcting_oneself_is_not_denying():
    corrected = score(
        "deployment_monitoring",
        "It launched in May.",
        "The first thing wasn't a dashboard at all, it was people reading transcripts: every Tuesday I pulled "
        "150 conversations and tagged the error rate per intent.",
    )
    denied = score("deployment_monitoring", "It launched in May.", "We never set up a dashboard or any alerts for it.")
    assert corrected == 2
    assert denied == 0
