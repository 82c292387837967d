"""Reflection: does the candidate own a failure and what it taught them?"""

from __future__ import annotations

import re

from agent.offline import cues
from agent.offline.reading import LayerReading, asserted, claims_in, reading
from agent.offline.text import Sentence


def reflection(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list[tuple[Sentence, int]]] = {1: [], 2: [], 3: []}
    claims = claims_in(sentences)
    owned_at: list[int] = []
    denied = False
    deflected_turns = {
        s.turn
        for s in claims
        if s.answer_to == "reflection" and (s.find(cues.BLAME_SELF) or s.find(cues.DEFENSIVE) or s.find(cues.DENIAL))
    }
    for s in claims:
        if s.find(cues.DENIAL):
            denied = True
            continue
        own = asserted(cues.OWNED_MISTAKE, s)
        asked = s.answer_to == "reflection"
        blamed = (own or asked) and (
            bool(s.find(cues.BLAME_SELF)) or bool(s.find(cues.BLAME_TARGET) and s.find(cues.BLAME_PREDICATE))
        )
        if not own and asked and not blamed and not s.general and s.turn not in deflected_turns:
            # Asked for a mistake, a first-person account of what they did is the mistake.
            own = _first_person_act(s)
        if blamed and own and not asserted(cues.OWNED_MISTAKE, s):
            own = None
        we = None if own else s.find(cues.WE_MISTAKE)
        if own and not (s.general and s.answer_to != "reflection"):
            owned_at.append(s.order)
            hits[2].append((s, own.start()))
        elif we and s.answer_to == "reflection" and not s.general:
            owned_at.append(s.order)
            hits[2].append((s, we.start()))
        elif (
            we
            or s.find(cues.PLATITUDE)
            or _lesson_without_mistake(s)  # a lesson with no mistake owned is the generic kind
            or (s.answer_to == "reflection" and len(s.text.split()) >= 4)
        ):
            # A weak, generic or deflecting answer to the failure question is still a 1.
            hits[1].append((s, 0))
    for s in claims:
        if any(0 <= s.order - o <= 4 or (s.answer_to == "reflection" and o <= s.order) for o in owned_at):
            m = s.find(cues.OWN_CHANGE)
            if m:
                hits[3].append((s, m.start()))
    if hits[3]:
        score = 3
        hits[3] = hits[2][:1] + hits[3]
    elif hits[2]:
        score = 2
    elif hits[1] and not denied:
        score = 1
    else:
        score = 0
    return reading(score, hits, "reflection")


def _lesson_without_mistake(s: Sentence) -> bool:
    change = s.find(cues.OWN_CHANGE)
    return change is not None and not cues.TIME_ONLY.fullmatch(change.group(0))


_PAST_ACT = re.compile(
    r"\bi(?:\s+(?:\w+ly|just|also|then|only|never))?\s+(?!would|could|should|might|guess|think|mean|say|suppose)"
    r"(?:\w+ed|built|wrote|made|took|ran|set|put|kept|chose|left|let|sent|went|got|did|shipped|thought|knew|saw|spent|gave|told|forgot|missed|lost|drew|cut|began|brought)\b"
)


def _first_person_act(s: Sentence) -> re.Match[str] | None:
    """A specific thing the candidate did, told in the past: asked for a mistake, this is the mistake."""
    if s.hedged or len(s.text.split()) < 8:
        return None
    return _PAST_ACT.search(s.lower)
