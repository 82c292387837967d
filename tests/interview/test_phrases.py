"""Picking up the candidate's words: what is said back, how it is turned round, and what is never picked."""

from __future__ import annotations

import pytest

from agent.interview.followup_wording import evaluate_followup_wording
from agent.interview.phrases import awkward, pick_detail, pick_phrase, second_person
from agent.interview.questions import bank_question, load_bank
from agent.models import Transcript

from .fakes import ScriptedBackend, scores

MONITORING_HOOKS = load_bank().hooks["deployment_monitoring"]


@pytest.mark.parametrize(
    ("said", "back"),
    [
        ("I shipped it", "you shipped it"),
        ("I was the lead", "you were the lead"),
        ("I wasn't on call", "you weren't on call"),
        ("I'm the owner", "you're the owner"),
        ("I've rebuilt my pipeline", "you've rebuilt your pipeline"),
        ("My manager signed off", "your manager signed off"),
        ("my team and I built it myself", "your team and you built it yourself"),
        ("We moved our traffic", "you moved your traffic"),
        ("we're on call for ours", "you're on call for yours"),
        ("they told us and me", "they told you and you"),
        ("We moved US traffic", "you moved US traffic"),  # the country stays
        ("Our model beat the incumbent", "your model beat the incumbent"),
    ],
)
def test_pronoun_swaps(said, back):
    assert second_person(said) == back


# Clauses that read wrongly said back out of context, each for the reason in its comment.
AWKWARD = [
    "you can size the cluster before the first run",  # the candidate addressing the listener, or a generic you
    "we kept like three copies of the feature table",  # filler
    "we didn't page anyone that night",  # a negation said back as if it happened
    "we haven't shipped the new ranker yet",  # ... "what did you watch after that?" would be wrong
    "I would fly out to the vendor in Lisbon",  # a hypothetical
    "we probably spent too long on the labels",  # a hedge
    "I think the rollout plan was sound",  # an opinion hedge
    "I hope the library gets adopted by other squads",  # a hope, not a fact
    "it took me a week",  # "it": a referent the listener cannot see
    "they launched the second model",  # "they": whose?
    "We I mean the platform group owned it",  # a false start
    "we when the queue backed up restarted it",  # a lost thread
    "I was mostly rewriting parts of the",  # stops mid-phrase
    "we launched the the ranking model",  # a stammer
    "we asked them what went wrong?",  # a question of their own
    'we told them "ship it now"',  # quoted speech
]


@pytest.mark.parametrize("clause", AWKWARD)
def test_awkward_clauses_are_never_picked(clause):
    assert awkward(clause)
    answers = [f"Hello. {clause}. Thanks."]
    assert pick_detail(answers) is None
    assert pick_phrase(answers, [r"\w+"]) is None  # not even when it matches the layer


@pytest.mark.parametrize(
    ("answer", "picked"),
    [
        ("Well. I was leading a project called Beacon.", "you were leading a project called Beacon"),
        ("Okay. I began as an analyst on the pricing desk.", "you began as an analyst on the pricing desk"),
        ("Sure. Our team runs the ranking for the help centre.", "your team runs the ranking for the help centre"),
        ("So yes. We cut refunds by 12% in the first quarter.", "you cut refunds by 12% in the first quarter"),
        ("Right. I labelled 2,500 tickets in a week.", "you labelled 2,500 tickets in a week"),  # 2,500: one clause
    ],
)  # fmt: skip
def test_a_specific_detail_is_picked_when_nothing_speaks_to_the_layer(answer, picked):
    assert pick_phrase([answer], MONITORING_HOOKS) is None
    assert pick_detail([answer]) == picked


@pytest.mark.parametrize(
    "answer",
    [
        "Our customers and developers. It was a good time.",  # no verb: a noun phrase said back reads wrongly
        "I was happy. We had fun.",  # nothing specific
    ],
)
def test_nothing_specific_means_no_detail(answer):
    assert pick_detail([answer]) is None


def test_a_detail_is_said_back_before_the_plain_question():
    w = bank_question("deployment_monitoring", ["Well. I was leading a project called Beacon."], [], seed="s")
    plain = {q.id: q.plain for q in load_bank().questions["deployment_monitoring"]}
    assert w.text == f"You said you were leading a project called Beacon. {plain[w.question_id]}"
    assert w.phrase == "you were leading a project called Beacon"
    plain_only = bank_question("deployment_monitoring", ["It was fine."], [], seed="s")
    assert plain_only.phrase is None and plain_only.text == plain[plain_only.question_id]


def test_followup_wording_counts_woven_and_distinct_first_followups():
    def opening(ident, story):
        turns = [{"role": "interviewer", "text": "Tell me."}, {"role": "candidate", "text": story}]
        return Transcript.model_validate({"id": ident, "turns": turns})

    transcripts = [
        opening("a", "We launched the fraud model in March."),  # a monitoring hook: woven
        opening("b", "Well. I was leading a project called Beacon."),  # a detail: bridged
        opening("c", "It was fine."),  # nothing to pick up: plain
        opening("d", "It was fine."),  # the same story again
    ]
    backend = ScriptedBackend(lambda t: scores(), expect_grade=0)
    result = evaluate_followup_wording(transcripts, backend)
    assert (result.n, result.woven) == (4, 2)
    # c and d are both plain, but their seeds differ: distinct unless the rotation lands on the same question
    texts = {bank_question("deployment_monitoring", ["It was fine."], [], seed=s).text for s in "cd"}
    assert result.distinct == 2 + len(texts)
    assert result.woven_share == 0.5


def test_a_phrase_already_said_back_is_not_said_again():
    answers = ["Well. I was leading a project called Beacon. We launched the fraud model in March."]
    first = bank_question("deployment_monitoring", answers, [], seed="s")
    assert first.phrase == "you launched the fraud model in March"
    second = bank_question("deployment_monitoring", answers, [first.question_id], seed="s", asked=[first.text])
    assert second.phrase == "you were leading a project called Beacon"  # the next thing they said, not the same one
    used = [first.question_id, second.question_id]
    third = bank_question("deployment_monitoring", answers, used, seed="s", asked=[first.text, second.text])
    assert third.phrase is None and "Beacon" not in third.text and "March" not in third.text
