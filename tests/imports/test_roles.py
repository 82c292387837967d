"""Speakers to roles: the signals, the options, and refusing rather than guessing."""

from __future__ import annotations

import pytest

from agent.imports.roles import Cast, RoleOptions, asks, cast, talk_of
from agent.imports.utterances import ImportProblem

INTERVIEW = [
    ("Dana", "Tell me about the model you owned."),
    ("Priya", "I built the churn model for our gym chain and chose weekly scoring over daily."),
    ("Dana", "Why weekly?"),
    ("Priya", "Members only change plans once a month, so daily scores moved nothing but the bill."),
]


def cast_of(turns, **options) -> Cast:
    if "interviewers" in options:
        options["interviewers"] = tuple(options["interviewers"])
    return cast(talk_of(turns), RoleOptions(**options))


def test_the_interviewer_opens_asks_and_talks_less():
    assert cast_of(INTERVIEW) == Cast("Priya", ("Dana",), "auto")


def test_a_candidate_who_opens_with_small_talk_is_still_found():
    turns = [("Priya", "Hi, thanks for having me.")] + INTERVIEW
    assert cast_of(turns).candidate == "Priya"


def test_speech_to_text_without_question_marks_still_asks():
    turns = [("Dana", "tell me about the model you owned"), ("Priya", INTERVIEW[1][1]), ("Dana", "why weekly")]
    turns.append(("Priya", INTERVIEW[3][1]))
    assert asks("so what happened next") and not asks("I built it.")
    assert cast_of(turns).candidate == "Priya"


def test_two_peers_are_refused():
    turns = [("Ana", "Did you ship your model? Mine was a ranker."), ("Ben", "Yes. Did you? Mine was a churn model.")]
    with pytest.raises(ImportProblem, match="between 'Ana' and 'Ben'.*--candidate NAME or --interviewer NAME"):
        cast_of(turns)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"candidate": "Dana"}, Cast("Dana", ("Priya",), "option")),
        ({"interviewers": ["priya"]}, Cast("Dana", ("Priya",), "option")),
        ({"candidate": "DANA", "interviewers": ["Priya"]}, Cast("Dana", ("Priya",), "option")),
    ],
)
def test_the_options_override_the_signals(options, expected):
    assert cast_of(INTERVIEW, **options) == expected


def test_a_panel_with_the_candidate_named():
    turns = [("Ana Ruiz", "Welcome."), ("Ben Cole", "What did you build?"), ("Cho Park", "A fraud model.")]
    assert cast_of(turns, candidate="Cho") == Cast("Cho Park", ("Ana Ruiz", "Ben Cole"), "option")


def test_a_panel_with_the_interviewers_named():
    turns = [("Ana Ruiz", "Welcome."), ("Ben Cole", "What did you build?"), ("Cho Park", "A fraud model.")]
    assert cast_of(turns, interviewers=["Ana Ruiz", "Ben"]).candidate == "Cho Park"


def test_a_panel_with_only_one_interviewer_named_is_refused_naming_the_rest():
    turns = [("Ana Ruiz", "Welcome."), ("Ben Cole", "What did you build?"), ("Cho Park", "A fraud model.")]
    with pytest.raises(ImportProblem, match="among 'Ben Cole', 'Cho Park'"):
        cast_of(turns, interviewers=["Ana Ruiz"])


def test_role_words_in_names_decide():
    turns = [("Interviewer 1", "Welcome."), ("Interviewer 2", "What did you build?"), ("Cho", "A fraud model.")]
    assert cast_of(turns) == Cast("Cho", ("Interviewer 1", "Interviewer 2"), "names")


def test_an_unknown_name_lists_the_speakers():
    with pytest.raises(ImportProblem, match=r"no speaker called 'Zed' \(the speakers are 'Dana', 'Priya'\)"):
        cast_of(INTERVIEW, candidate="Zed")


def test_an_ambiguous_first_name_asks_for_the_full_name():
    turns = [("Ana Ruiz", "What did you build?"), ("Ana Cole", "A model."), ("Ben", "Hm?")]
    with pytest.raises(ImportProblem, match="'Ana' could be 'Ana Ruiz', 'Ana Cole'"):
        cast_of(turns, candidate="Ana")


def test_the_same_speaker_cannot_be_both():
    with pytest.raises(ImportProblem, match="both as the candidate and as an interviewer"):
        cast_of(INTERVIEW, candidate="Dana", interviewers=["Dana"])
