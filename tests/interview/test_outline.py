"""The 60-second outline is made of the candidate's own words and nothing else."""

from __future__ import annotations

import re

from agent.interview.outline import build_outline, shorten, slots

ANSWERS = [
    "Chargebacks had doubled to 1.4% in two quarters, which cost us about $2M a year. "
    "I proposed replacing the rules with a model and convinced the risk team.",
    "After launch I watched precision per merchant segment weekly and retrained when recall for new merchants dropped.",
]


def layer(score, *quotes):
    return {"score": score, "evidence": list(quotes)}


LAYERS = {
    "problem_framing": layer(3, "Chargebacks had doubled to 1.4% in two quarters, which cost us about $2M a year."),
    "directional_influence": layer(2, "I proposed replacing the rules with a model and convinced the risk team."),
    "tradeoffs": layer(0),
    "deployment_monitoring": layer(3, ANSWERS[1]),
    "impact": layer(2, "Revenue grew 40% thanks to my model."),  # not something the candidate said
    "reflection": layer(0),
}


def test_every_word_and_number_comes_from_the_candidate():
    lines = build_outline(LAYERS, ANSWERS)
    said = set(re.findall(r"[\w$%.]+", " ".join(ANSWERS).lower()))
    for line in lines:
        if line.missing:
            assert line.text.startswith("[missing: ")
            continue
        for word in re.findall(r"[\w$%.]+", line.text.lower()):
            assert word in said, f"{word!r} in {line} is not the candidate's"


def test_missing_layers_and_unverified_quotes_are_marked_missing():
    lines = {line.layer: line for line in build_outline(LAYERS, ANSWERS)}
    assert lines["tradeoffs"].missing and lines["reflection"].missing
    assert lines["impact"].missing  # its only quote is not in the transcript
    assert lines["problem_framing"].text.startswith("Chargebacks had doubled to 1.4%")


def test_one_line_per_slot_in_story_order():
    lines = build_outline(LAYERS, ANSWERS)
    assert [line.heading for line in lines] == [s["heading"] for s in slots()]
    assert [line.heading for line in lines][:2] == ["Problem", "Your influence"]


def test_long_quotes_are_cut_not_rewritten():
    text = " ".join(f"w{i}" for i in range(50))
    short = shorten(text, 10)
    assert short == " ".join(f"w{i}" for i in range(10)) + " …"
