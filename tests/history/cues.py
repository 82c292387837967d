"""A grader for history tests whose scores follow fixed phrases, and the answers of the tellings.

Each layer scores the highest level of any cue found in a sentence, and quotes that sentence,
so every quote is the candidate's own words and each telling's scores are known in advance.
"""

from __future__ import annotations

import re

from agent.backends import LocalBackend
from agent.models import Grade, LayerGrade, Transcript
from agent.rubric import LAYERS

CUES = {
    "problem_framing": [("chargeback rate had doubled", 2), ("churn was costing", 2)],
    "directional_influence": [("I proposed", 2), ("I convinced", 3)],
    "tradeoffs": [("over precision", 2), ("I gave up", 3)],
    "deployment_monitoring": [("dashboards", 1), ("I watched", 3)],
    "impact": [("really happy", 1), ("fell 30%", 3), ("retention rose", 2)],
    "reflection": [("my mistake", 2)],
}
_SENTENCE = re.compile(r"(?<=[.!?])\s+")

# An answer with HTML, Markdown and terminal control sequences; "I watched" makes it a quote.
HOSTILE = (
    "I watched \x1b[2J\x1b]0;pwned\x07 \u202eexe.txt <script>alert('x')</script> <b>precision</b> **weekly** in"
    " _every_ [segment](http://evil.example/x) | col | `code` $x^2$ :smile: ~~gone~~ # not a heading."
)

TELLINGS = [
    (
        "fraud-model",
        [
            "Our chargeback rate had doubled in two quarters. I built a gradient-boosted model and we shipped it.",
            "We kept an eye on the dashboards.",
            "The business was really happy with it.",
        ],
    ),
    (
        "churn",
        [
            "Churn was costing us a fifth of revenue. I proposed a survival model for the renewals team.",
            "The retention rose by 4 points over two quarters against the holdout.",
        ],
    ),
    (
        "fraud-model",
        [
            "Our chargeback rate had doubled in two quarters, so I proposed replacing the rules with a model.",
            "We kept an eye on the dashboards.",
            "Fraud losses fell 30% over the quarter against the rules baseline.",
        ],
    ),
    (
        "churn",
        [
            "Churn was costing us a fifth of revenue. I convinced the renewals lead to run a holdout first.",
            "I chose recall over precision so no at-risk account was missed.",
            "The business was really happy with it.",
        ],
    ),
    (
        "fraud-model",
        [
            "Our chargeback rate had doubled in two quarters, so I proposed replacing the rules with a model. "
            "I gave up some precision to catch more fraud, because a missed fraud cost more than a declined sale.",
            HOSTILE,
            "Fraud losses fell 30% over the quarter against the rules baseline.",
            "It was my mistake to launch without a rollback plan; now every model ships with one.",
        ],
    ),
]


def cue_scores(transcript: Transcript) -> tuple[dict[str, int], dict[str, list[str]]]:
    scores = dict.fromkeys(LAYERS, 0)
    quotes: dict[str, list[str]] = {layer: [] for layer in LAYERS}
    for answer in transcript.candidate_texts():
        for sentence in _SENTENCE.split(answer.strip()):
            for layer, cues in CUES.items():
                levels = [level for cue, level in cues if cue.lower() in sentence.lower()]
                if levels:
                    scores[layer] = max(scores[layer], *levels)
                    if sentence not in quotes[layer]:
                        quotes[layer].append(sentence)
    return scores, quotes


class CueBackend(LocalBackend):
    name = "cues"

    def assess(self, transcript: Transcript) -> dict[str, int]:
        return cue_scores(transcript)[0]

    def grade(self, transcript: Transcript) -> Grade:
        scores, quotes = cue_scores(transcript)
        layers = {
            layer: LayerGrade(score=scores[layer], evidence=quotes[layer] if scores[layer] else [], rationale="cues")
            for layer in LAYERS
        }
        return Grade.assemble(transcript.id, layers, [], "cues")
