"""Where each layer came from (volunteered, drawn out by which follow-up), and the tips."""

from __future__ import annotations

from agent.interview.closing import LayerReport, origin_of, tips

from .fakes import scores

TURNS = [
    {"role": "interviewer", "text": "Tell me about it."},
    {"role": "candidate", "text": "We launched it. The business was happy."},
    {"role": "interviewer", "text": "What did you watch?", "probe": "deployment_monitoring"},
    {"role": "candidate", "text": "Nothing in particular."},
    {"role": "interviewer", "text": "Can you put a number on it?", "probe": "impact"},
    {"role": "candidate", "text": "I watched recall per segment daily and tickets fell 30% in a quarter."},
]
READS = [scores(impact=1), scores(impact=1), scores(impact=3, deployment_monitoring=2)]


def test_volunteered_probed_absent():
    assert origin_of("impact", 1, ["The business was happy."], TURNS, READS) == ("volunteered", None, None)
    assert origin_of("impact", 3, [], TURNS, READS) == ("probed", 2, "impact")
    # raised by the answer to a question aimed at another layer
    assert origin_of("deployment_monitoring", 2, [], TURNS, READS) == ("probed", 2, "impact")
    assert origin_of("reflection", 0, [], TURNS, READS) == ("absent", None, None)


def test_quotes_decide_when_the_quick_read_never_got_there():
    quote = "I watched recall per segment daily"
    assert origin_of("tradeoffs", 2, [quote], TURNS, READS) == ("probed", 2, "impact")


def report(layer, score, origin="volunteered", followup=None, quotes=("q",)):
    return LayerReport(layer=layer, score=score, quotes=list(quotes), origin=origin, story_score=0,
                       followup=followup, origin_text="")  # fmt: skip


def test_tips_put_gaps_first_then_what_was_held_back():
    layers = [
        report("problem_framing", 2),
        report("directional_influence", 2),
        report("tradeoffs", 2),
        report("deployment_monitoring", 3, "probed", 1, ["I watched recall per segment daily."]),
        report("impact", 1),
        report("reflection", 0, "absent", quotes=()),
    ]
    out = tips(layers)
    assert len(out) == 3
    assert out[0].startswith("Own one specific mistake")  # reflection at 0 first
    assert out[1].startswith("Give the outcome as a number")
    assert "deployment monitoring" in out[2] and "follow-up 1" in out[2] and "I watched recall" in out[2]
