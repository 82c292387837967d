"""A naive keyword-count grader: the floor the real graders must clear.

It counts rubric keywords in the candidate's words, one point per hit up to 3, with no sense of
negation, of who acted, or of what a number measures. The eval prints its figures beside the
grader's so the lift over keyword matching is visible.
"""

from __future__ import annotations

import re

from agent import rubric
from agent.models import Grade, LayerGrade, Transcript

KEYWORDS = {
    "problem_framing": r"problem|goal|business|customer|objective|stakeholder|metric",
    "directional_influence": r"\bI\b|led|decided|owned|drove|proposed",
    "tradeoffs": r"trade-?off|balance|sacrific|compromise|instead|but",
    "deployment_monitoring": r"monitor|dashboard|alert|drift|production|deployed|launch",
    "impact": r"%|percent|revenue|increase|reduc|improv|impact|saved",
    "reflection": r"learn|mistake|lesson|wrong|differently|should have",
}
_PATTERNS = {layer: re.compile(p, re.IGNORECASE) for layer, p in KEYWORDS.items()}


def keyword_grade(transcript: Transcript) -> Grade:
    text = "\n".join(transcript.candidate_texts())
    layers = {}
    for layer in rubric.LAYERS:
        hits = list(_PATTERNS[layer].finditer(text))
        score = min(3, len(hits) // 2)
        evidence = [text[h.start() : h.end()] for h in hits[:1]] if score else []
        layers[layer] = LayerGrade(score=score, evidence=evidence, rationale="keyword count")
    return Grade.assemble(transcript.id, layers, [], "keyword-baseline")


class KeywordBaseline:
    name = "keyword-baseline"

    def grade(self, transcript: Transcript) -> Grade:
        return keyword_grade(transcript)

    def assess(self, transcript: Transcript) -> dict[str, int]:
        return keyword_grade(transcript).scores()
