"""The offline reader on sentences the way people type them: the rubric's reading, pinned.

These are the four sentences a new user typed into the first release and got the wrong reading.
"""

from __future__ import annotations

import pytest

from agent.models import Transcript
from agent.offline.grader import assess, grade


def told(*answers: str) -> Transcript:
    turns = []
    for answer in answers:
        turns += [{"role": "interviewer", "text": "Tell me about an ML project you owned."}]
        turns += [{"role": "candidate", "text": answer}]
    return Transcript.model_validate({"id": "typed", "turns": turns})


def test_a_quantified_result_after_the_problem_in_one_sentence_is_impact():
    g = grade(told("Churn was rising, so I proposed a model and we cut churn 3% in a quarter."))
    assert g.layers["impact"].score >= 2
    assert any("3%" in q for q in g.layers["impact"].evidence)


def test_a_metric_watched_on_a_cadence_and_acted_on_is_monitoring_with_an_action():
    g = grade(told("I watched acceptance daily and rolled back electronics when it fell"))
    assert g.layers["deployment_monitoring"].score == 3


def test_two_gains_are_not_a_tradeoff():
    g = grade(told("Costs dropped by 10% and errors fell by 5%."))
    assert g.layers["tradeoffs"].score == 0
    assert g.layers["impact"].score >= 2  # the gains are still impact


def test_a_list_of_claims_with_no_specific_mistake_is_at_most_a_nod():
    g = grade(
        told(
            "I framed the problem, made the decision, weighed tradeoffs, monitored drift, "
            "measured impact and owned my mistake."
        )
    )
    assert all(layer.score <= 1 for layer in g.layers.values()), g.scores()


def test_the_same_mistake_told_with_what_happened_is_owned():
    # The control for the test above: a specific mistake of the candidate's own earns the layer.
    g = grade(
        told(
            "My mistake was training on last year's catalogue: I never checked that the categories "
            "had been renamed, so recall on new products was half what I reported."
        )
    )
    assert g.layers["reflection"].score >= 2


@pytest.mark.parametrize(
    "answer",
    [
        "We kind of gave up on the first approach, and honestly that one was on me: I should have "
        "asked the pickers before building anything.",
        "Looking back, I pushed the launch too early and it cost us two weeks of rework; now I run "
        "a shadow week before every release.",
    ],
)
def test_failure_owned_in_plain_words_is_read(answer):
    assert assess(told(answer))["reflection"] >= 2  # by the rules alone, which the interviewer plans on


def test_the_interviewer_never_reads_more_than_the_grader():
    t = told("Churn was rising, so I proposed a model and we cut churn 3% in a quarter. We kept an eye on it.")
    planned, graded = assess(t), grade(t).scores()
    assert all(planned[layer] <= graded[layer] for layer in planned)


@pytest.mark.parametrize("with_re2", [True, False])
def test_word_families_read_the_same_with_and_without_re2(with_re2, monkeypatch):
    from agent.evaluation.dataset import load_dataset
    from agent.offline import signals
    from agent.offline.text import candidate_sentences

    if not with_re2:
        monkeypatch.setattr(signals, "_family_set", lambda: None)
    for t in load_dataset(None, "test").transcripts[:60]:
        lowered = [s.lower for s in candidate_sentences(t.without_labels())]
        slow = {name: [bool(p.search(x)) for x in lowered] for name, p in signals.FAMILIES.items()}
        assert signals.family_hits(lowered) == slow, t.id
