"""The question bank: six phrasings per layer from several angles, woven, never repeated."""

from __future__ import annotations

import pytest

from agent.interview.phrases import pick_phrase, second_person
from agent.interview.questions import article, bank_question, load_bank, opener
from agent.rubric import LAYERS

STORY = [
    "Our fraud model went live in March, and the business was really happy with it. "
    "We chose gradient boosting because it was faster. I wrote the Spark jobs. "
    "The hardest part was a bug in the labels. The goal was to cut chargebacks."
]


@pytest.mark.parametrize("layer", LAYERS)
def test_six_phrasings_per_layer_from_several_angles(layer):
    questions = load_bank().questions[layer]
    assert len(questions) >= 6
    assert len({q.angle for q in questions}) >= 3
    assert len({q.id for q in questions}) == len(questions)
    for q in questions:
        assert "{phrase}" in q.woven and "{" not in q.plain
        assert "XYZ said" in q.render("XYZ said")
        assert q.plain.endswith("?")


def test_bank_ids_are_unique_across_layers():
    ids = [q.id for qs in load_bank().questions.values() for q in qs]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("layer", LAYERS)
def test_never_the_same_question_twice(layer):
    asked_ids, texts = [], []
    while (w := bank_question(layer, STORY, asked_ids, seed="s")) is not None:
        asked_ids.append(w.question_id)
        texts.append(w.text)
    assert len(texts) == len(set(texts)) == len(load_bank().questions[layer])


def test_second_try_takes_another_angle():
    first = bank_question("impact", STORY, [], seed="s")
    second = bank_question("impact", STORY, [first.question_id], seed="s", avoid_angles=[first.angle])
    assert second.angle != first.angle


def test_questions_weave_in_the_candidates_words():
    w = bank_question("deployment_monitoring", STORY, [], seed="s")
    assert "your fraud model went live in March" in w.text
    w = bank_question("impact", STORY, [], seed="s")
    assert "the business was really happy with it" in w.text


def test_plain_question_when_nothing_fits():
    w = bank_question("reflection", ["It went fine."], [], seed="s")
    plain = {q.plain for q in load_bank().questions["reflection"]}
    assert w.text in plain


def test_second_person():
    assert second_person("I was the lead and we shipped our model") == "you were the lead and you shipped your model"
    assert second_person("We moved US traffic") == "you moved US traffic"
    assert pick_phrase(["I'm proud. Then we launched it in March."], [r"launch\w*"]) == "you launched it in March"


def test_phrase_comes_from_the_latest_answer_first():
    answers = ["We launched it in March.", "Then we launched the second version in May."]
    assert pick_phrase(answers, [r"launch\w*"]) == "you launched the second version in May"


def test_openers_vary_and_are_tailored():
    seen = {opener(f"s{i}", None, None) for i in range(20)}
    assert len(seen) >= 3
    first = opener("s", "data scientist", "senior")
    assert "a data scientist" in first and "end to end" in first
    assert opener("s", None, None, used=[first]) != first


def test_article():
    assert article("ML engineer") == "an"
    assert article("engineer") == "an"
    assert article("data scientist") == "a"
    assert article("DS lead") == "a"


def test_a_model_written_question_is_kept_only_when_it_is_one_new_question_about_what_was_said():
    from agent.interview.questions import llm_question

    turns = [
        {"role": "interviewer", "text": "Tell me about a project."},
        {"role": "candidate", "text": "I built the spam filter for our forum and it went live in June."},
    ]

    def asked_by_model(text):
        def write(system: str, conversation: str) -> str:
            assert "spam filter" in conversation  # the model sees the conversation so far
            return text

        return llm_question(
            write, turns, ["Tell me about a project."], layer="impact", reason="gap", angle="direct",
            role=None, level=None,
        )  # fmt: skip

    kept = "You said it went live in June: what changed for the moderators after that?"
    assert asked_by_model(kept) == kept
    assert asked_by_model(f'  "{kept}"\n') == kept  # quotes and stray whitespace trimmed
    assert asked_by_model("What did you measure? And who decided to ship it?") is None  # two questions
    assert asked_by_model("tell me about a project") is None  # a repeat of what was asked
    assert asked_by_model("After the 40% drop in spam, what did you watch?") is None  # a number never said
    assert asked_by_model("") is None
