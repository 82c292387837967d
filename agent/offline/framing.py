"""Problem framing: did the candidate define the right target before building?"""

from __future__ import annotations

import re

from agent.offline import cues
from agent.offline import lexicon as lx
from agent.offline.features import actor, negated, outcome_numbers
from agent.offline.reading import LayerReading, asserted, claims_in, reading
from agent.offline.text import Sentence


def problem_framing(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list[tuple[Sentence, int]]] = {1: [], 2: [], 3: []}
    shaped = problem = False
    opening = [s for s in sentences if s.first_answer]
    early = {id(s) for s in opening[: max(3, len(opening) // 2 + 1)]}
    for s in claims_in(sentences):
        if s.general:
            continue
        if not (s.first_answer or s.answer_to in (None, "problem_framing", "directional_influence")):
            continue  # the target is framed in the story and when asked about it, not in answers on other layers
        # In a conversation nobody steered (a talk, a podcast), the problem may come up in any answer.
        in_frame = id(s) in early or s.answer_to == "problem_framing" or (s.answer_to is None and not s.first_answer)
        assigned = s.find(lx.ASSIGNED)
        if assigned:
            hits[1].append((s, assigned.start()))
        m = asserted(cues.SHAPE_TARGET, s)
        if m and actor(s, m.start()) in ("i", "we", "none"):
            shaped = True
            hits[2].append((s, m.start()))
        if in_frame and not assigned and not (s.find(cues.RESULT_MARKER) and outcome_numbers(s)):
            m = asserted(cues.PROBLEM_FRAME, s)
            if m and cues.OBSTACLE_MET.search(s.lower, 0, m.start()):
                m = None
            if not m:
                m = asserted(cues.PROBLEM, s)
                m = m if m and s.find(cues.STAKE) else None
            if not m:
                m = asserted(cues.NEED_WITH_REASON, s)
            if m:
                problem = True
                # A problem with a number in it is the strongest quote for the layer.
                hits[3 if s.find(cues.NUMBER) else 2].append((s, m.start()))
    if problem and (shaped or (hits[3] and _proposed_in_story(sentences))):
        # A problem with evidence and a direction the candidate proposed for it reads as shaping.
        score = 3
        hits[3] = hits[3] + hits[2]
    elif problem or shaped:
        score = 2
        hits[2] = hits[3] + hits[2]
    elif hits[1]:
        score = 1
    else:
        score = 0
    return reading(score, hits, "problem_framing")


def _proposed_in_story(sentences: list[Sentence]) -> bool:
    """The candidate proposed or argued for something in the opening story."""
    for s in sentences:
        if s.first_answer and not s.general:
            if not _TARGET_WORDS.search(s.lower):
                continue  # proposing a solution is not shaping the target
            for m in s.finditer(lx.DECIDE):
                if actor(s, m.start()) == "i" and not negated(s, m.start()):
                    return True
            if s.find(lx.MY_DECISION):
                return True
    return False


_TARGET_WORDS = re.compile(
    r"\b(?:metric|objective|target|goal|success|measure[ds]?|predict\w*|kpi|criteri\w+|optimi[sz]\w*|judged|aim\w*"
    r"|instead of)\b"
)
