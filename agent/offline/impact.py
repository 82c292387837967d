"""Impact: what measurable outcome did the project have?"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.offline import cues
from agent.offline.features import clause_before, option_set_aside, outcome_numbers
from agent.offline.reading import LayerReading, asserted, claims_in, reading
from agent.offline.text import Sentence


def impact(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list[tuple[Sentence, int]]] = {1: [], 2: [], 3: []}
    claims = claims_in(sentences)
    opening = [s for s in claims if s.first_answer]
    framing_zone = {id(s) for s in opening[: max(2, len(opening) // 3)]}
    doubt = any(s.find(cues.ATTRIBUTION_DOUBT) for s in claims)
    framing_words = _content_stems(s for s in opening[: max(3, len(opening) // 2 + 1)])
    for s in claims:
        if s.general:
            continue
        numbers = outcome_numbers(s)
        if numbers and option_set_aside(s):
            numbers = []  # the score of an option set aside ("beat it by two points, but we didn't use it")
        intended = s.find(cues.INTENDED_CHANGE) if numbers else None
        if intended and intended.start() < numbers[0].start():
            numbers = []  # a change aimed at or possible, not one that happened
        if numbers and (_is_outcome(s, id(s) in framing_zone, numbers[-1].start()) or _problem_then_result(s, numbers)):
            pos = numbers[0].start()
            if s.find(cues.UNCLAIMABLE):
                hits[1].append((s, pos))
                continue
            business = (bool(s.find(cues.BUSINESS_METRIC)) or not s.find(cues.TECH_METRIC)) and not s.find(
                cues.TECH_CONTEXT
            )
            baseline = bool(s.find(cues.BASELINE))
            level = 3 if business and baseline and not doubt and _tied_to_problem(s, framing_words) else 2
            hits[level].append((s, pos))
            continue
        m = asserted(cues.VAGUE_OUTCOME, s)
        if m:
            hits[1].append((s, m.start()))
    score = 3 if hits[3] else 2 if hits[2] else 1 if hits[1] else 0
    return reading(score, hits, "impact")


def _result_later(lower: str, cadence_at: int, number_at: int) -> bool:
    """The number sits in a later clause than the routine, one that tells a change and watches nothing."""
    clause = clause_before(lower, number_at)
    return (
        cadence_at < number_at - len(clause)
        and bool(cues.OUTCOME_VERB.search(clause))
        and not (cues.WATCH.search(clause) or cues.INSPECT.search(clause))
    )


# "1,700 per week": a number's unit of time, not the rhythm of a routine.
_RATE_UNIT = re.compile(r"\d[\d,.]*\s*(?:[a-z]+\s+){0,2}$")
_STEM = re.compile(r"[a-z]{5,}")
_COMMON = frozenset(
    {
        "about",
        "after",
        "again",
        "against",
        "their",
        "there",
        "which",
        "would",
        "could",
        "should",
        "because",
        "before",
        "being",
        "every",
        "first",
        "since",
        "still",
        "these",
        "those",
        "through",
        "under",
        "where",
        "while",
        "model",
        "models",
        "built",
        "build",
        "using",
        "month",
        "months",
        "weeks",
        "years",
        "quarter",
        "percent",
        "around",
        "really",
        "think",
        "thing",
        "things",
        "people",
        "other",
        "something",
        "worked",
        "working",
        "team",
        "teams",
        "project",
        "launch",
        "launched",
    }
)


def _content_stems(sentences: Iterable[Sentence]) -> frozenset[str]:
    return frozenset(w[:6] for s in sentences for w in _STEM.findall(s.lower) if w not in _COMMON)


def _tied_to_problem(s: Sentence, framing: frozenset[str]) -> bool:
    """The outcome is told in the terms of the problem the story opened with ("tied back")."""
    return not framing or bool(_content_stems([s]) & framing)


def _problem_then_result(s: Sentence, numbers: list[re.Match[str]]) -> bool:
    """ "Churn was rising, so ... we cut churn 3%": the problem, then a result in the same sentence."""
    frame = s.find(cues.PROBLEM_FRAME) or s.find(cues.PAST_PERFECT)
    if not frame:
        return False
    return any(cues.OUTCOME_VERB.search(s.lower, frame.end(), n.start()) for n in numbers if n.start() > frame.end())


def _is_outcome(s: Sentence, in_framing: bool, number_at: int) -> bool:
    """A sentence with numbers reports an outcome, not the problem or a production alarm."""
    if s.find(cues.RESULT_MARKER):
        return True
    if in_framing and (s.find(cues.PROBLEM_FRAME) or s.find(cues.PAST_PERFECT)):
        return False
    cadence = s.find(cues.CADENCE)
    # A monitoring routine, with the numbers it watches; a result told in a later clause ("I watched
    # margin daily, and it went up four points") is still a result.
    if (
        cadence
        and not _result_later(s.lower, cadence.start(), number_at)
        and not _RATE_UNIT.search(s.lower, 0, cadence.start())
        and (s.find(cues.WATCH) or s.find(cues.INSPECT))
    ):
        return False
    if s.find(cues.OWN_CHANGE):
        return False  # a practice adopted since ("now I keep a 5% holdout"), not a result
    if s.find(cues.SHORTFALL):
        return False  # "six per cent could not be matched": a limitation, not an outcome
    return not s.find(cues.ALARM)
