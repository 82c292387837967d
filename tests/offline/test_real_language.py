"""The offline reader on sentences the way people type them: the rubric's reading, pinned.

These are the four sentences a new user typed into the first release and got the wrong reading.
"""

from __future__ import annotations

import pytest

from agent.models import Transcript
from agent.offline.grader import assess, grade, read_layers
from agent.offline.text import candidate_sentences


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


def test_on_the_opening_the_interviewer_never_reads_more_than_the_grader_or_the_rules():
    t = told("Churn was rising, so I proposed a model and we cut churn 3% in a quarter. We kept an eye on it.")
    planned, graded = assess(t), grade(t).scores()
    literal = {layer: r.score for layer, r in read_layers(candidate_sentences(t)).items()}
    assert all(planned[layer] <= min(graded[layer], literal[layer]) for layer in planned)


def test_after_a_follow_up_the_interviewer_reads_what_the_grader_reads():
    t = Transcript.model_validate(
        {
            "id": "two-answers",
            "turns": [
                {"role": "interviewer", "text": "Tell me about a project you owned."},
                {"role": "candidate", "text": _LONG_OPENING},
                {"role": "interviewer", "text": "What happened after it went live?", "probe": "deployment_monitoring"},
                {"role": "candidate", "text": "For two months I read the weekly error report and retrained once."},
            ],
        }
    )
    assert assess(t) == grade(t).scores()


# A story long enough (100+ words) for the learned layer to weigh the whole of it.
_LONG_OPENING = (
    "Our support team was drowning in tickets, and the routing rules sent a third of them to the wrong "
    "queue. I proposed a classifier instead of more rules, because the rules broke every time the "
    "product changed. I collected six months of tickets with their final queue, trained a linear model "
    "on the text, and compared it with the rules on the last month. It was right more often on the "
    "common queues but worse on billing, so I kept the rule for billing and let the model route the rest. "
    "After launch, misrouted tickets went from about thirty percent to twelve percent, and the team lead "
    "told me the backlog cleared within a few weeks. Looking back, I should have asked the billing agents "
    "earlier; their labels were the messiest."
)


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


@pytest.mark.parametrize(
    "answer",
    [
        "I tried a sequence model on the click stream, but it did not improve on the plain averages.",
        "I failed to see that the holiday weeks were in both folds, so my validation score meant nothing.",
        "Honestly I got carried away with the streaming setup and it was far more than we could run.",
    ],
)
def test_an_attempt_of_ones_own_that_did_not_work_is_an_owned_failure(answer):
    assert assess(told(answer))["reflection"] >= 2


def test_someone_elses_attempt_is_not_the_candidates_failure():
    answer = "The vendor tried a sequence model on the click stream, but it did not improve on the averages."
    assert assess(told(answer))["reflection"] <= 1


@pytest.mark.parametrize(
    "answer",
    [
        "We shipped the ranker in March. Over time the share of empty results started to climb in the smaller markets.",
        "We rolled it out to two cities first. When we started scaling it out, the queue on one node grew "
        "to ten times the others.",
    ],
)
def test_what_production_showed_over_time_or_at_scale_is_monitoring(answer):
    assert grade(told(answer)).layers["deployment_monitoring"].score >= 2


def test_a_need_told_with_its_reason_frames_the_problem():
    answer = (
        "Dispatchers needed to know which orders would be late because they had to call the customers "
        "before the driver left. I built a lateness model for them."
    )
    assert assess(told(answer))["problem_framing"] >= 2


def test_a_business_quantity_told_moving_without_a_number_is_a_vague_outcome():
    g = grade(told("I built a size recommender for the shoe catalogue. Returns went down a bit."))
    assert g.layers["impact"].score == 1
    assert grade(told("I built a size recommender for the shoe catalogue.")).layers["impact"].score == 0
