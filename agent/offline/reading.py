"""What every layer reader shares: the reading it returns and how a cue counts as asserted.

A cue only counts when the candidate asserts it: not negated, not advice, not addressed to a
grader. Each layer module (framing, influence, tradeoffs, monitoring, impact, reflection) reads
the candidate's sentences against the rubric's anchors for one layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent import rubric
from agent.offline.features import negated
from agent.offline.text import Sentence


@dataclass
class LayerReading:
    score: int
    evidence: list[tuple[Sentence, int]] = field(default_factory=list)  # (sentence, cue position)
    rationale: str = ""


def claims_in(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences that are claims about the project (text aimed at a grader is not)."""
    return [s for s in sentences if not s.injected]


def asserted(pattern: re.Pattern[str], s: Sentence) -> re.Match[str] | None:
    """First match of `pattern` in the sentence that is not negated."""
    if s.find(pattern) is None:
        return None
    key = ("asserted", id(pattern))
    if key not in s._memo:
        s._memo[key] = next((m for m in s.finditer(pattern) if not negated(s, m.start())), None)
    return s._memo[key]


def reading(score: int, hits: dict[int, list[tuple[Sentence, int]]], layer: str) -> LayerReading:
    """The reading of a layer: its score, the strongest quotes, and the rubric anchor it met."""
    evidence: list[tuple[Sentence, int]] = []
    for level in range(score, 0, -1):
        for hit in hits.get(level, []):
            if all(hit[0] is not e[0] for e in evidence):
                evidence.append(hit)
    anchor = rubric.load_rubric().layer(layer).anchors[score]
    return LayerReading(score, evidence[:3], anchor[0].upper() + anchor[1:])


def first_person_subject(s: Sentence) -> bool:
    return any(kind in ("i", "we") for kind in s.subjects()[1])


# The rubric's own nouns, one family per layer: a sentence naming three or more of them is a
# self-assessment ("I framed the problem, weighed tradeoffs, monitored drift...") rather than a story.
_RUBRIC_NOUNS = tuple(
    re.compile(p)
    for p in (
        r"\b(?:framed|defined|scoped) (?:the |a )?(?:problem|objective|target|metric)|\bproblem framing\b",
        r"\b(?:made|drove|owned|led) (?:the |all the |every |key )?decisions?\b|\bownership\b",
        r"\btrade-?offs?\b",
        r"\bmonitor(?:ed|ing)?\b|\bdrift\b",
        r"\b(?:measured|quantified|delivered) (?:the |real |business )?(?:results?|outcomes?)\b|\bimpact\b",
        r"\b(?:owned|learned from|admitted) (?:my |our |the )?(?:mistakes?|failures?|errors?)\b|\blessons? learned\b",
    )
)


def self_assessment(s: Sentence) -> bool:
    """True for a sentence that lists the rubric's layers as claims instead of telling what happened."""
    return sum(bool(p.search(s.lower)) for p in _RUBRIC_NOUNS) >= 3
