"""Directional influence: what did the candidate decide or drive?"""

from __future__ import annotations

import re

from agent.offline import lexicon as lx
from agent.offline.features import actor, negated
from agent.offline.reading import LayerReading, claims_in, reading
from agent.offline.text import Sentence


def directional_influence(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list[tuple[Sentence, int]]] = {1: [], 2: [], 3: []}
    decided = aligned = scoped = 0
    disowned = False
    for s in claims_in(sentences):
        if s.general:
            continue
        if s.find(lx.NOT_MY_CALL):
            disowned = True
        m = _own_act(s, lx.DECIDE)
        if m:
            # A hedged "I think maybe I suggested" is not a decision the candidate stands behind.
            if s.hedged:
                hits[1].append((s, m.start()))
            else:
                decided += 1
                hits[2].append((s, m.start()))
        mine = s.find(lx.MY_DECISION)
        if mine and not negated(s, mine.start()) and not s.hedged:
            decided += 1
            hits[2].append((s, mine.start()))
        for m in s.finditer(lx.ALIGN):
            if actor(s, m.start()) == "i" and not negated(s, m.start()) and lx.OTHER_PARTY.search(s.lower, m.start()):
                aligned += 1
                hits[3].append((s, m.start()))
                break
        lead = s.find(lx.LEAD_ROLE)
        if lead and not negated(s, lead.start()) and not s.hedged:
            decided += 1
            hits[2].append((s, lead.start()))
        scope = s.find(lx.SCOPE)
        if scope and not negated(s, scope.start()):
            scoped += 1
            hits[3].append((s, scope.start()))
    if not (decided or aligned or scoped) and _told_alone(sentences):
        # Working alone, the choices of design are the candidate's own decisions ("I made the CV
        # mimic the leaderboard", "I only accepted changes that...", "I replaced X with Y").
        for s in claims_in(sentences):
            m = None if s.general or s.hedged else _own_act(s, lx.OWN_DESIGN)
            if m:
                decided += 1
                hits[2].append((s, m.start()))
    if not (decided or aligned or scoped):
        # Only then does it matter whether the candidate's own tasks are visible (1) or not (0).
        for s in claims_in(sentences):
            m = None if s.general else _own_act(s, lx.EXECUTE)
            if m:
                hits[1].append((s, m.start()))
    if disowned and not aligned:
        decided = 0  # claims that contradict each other count at the weaker reading
    if decided and aligned:
        score = 3
    elif decided or (aligned and scoped):
        score = 2
        hits[2] = hits[2] + hits[3]
    elif hits[1] or aligned or scoped:
        score = 1
        hits[1] = hits[3] + hits[1]
    else:
        score = 0
    if score == 3:
        hits[3] = hits[3] + hits[2]
    return reading(score, hits, "directional_influence")


def _own_act(s: Sentence, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first act of `pattern` in the sentence that is the candidate's own and not denied.

    A line that opens on the act, with no subject ("Led the move to...", "Proposed a..."), is how
    a résumé or a note tells the writer's own work.
    """
    return next(
        (
            m
            for m in s.finditer(pattern)
            if (actor(s, m.start()) == "i" or (m.start() == 0 and _opens_on_own_past_act(s)))
            and not negated(s, m.start())
        ),
        None,
    )


_PAST_OPENING = re.compile(
    r"(?:[a-z]+ed|led|drove|chose|made|set|took|came|went|ran|grew|built|wrote|kept|found|began|brought|won|sold)\b"
)


def _opens_on_own_past_act(s: Sentence) -> bool:
    """A capitalised line with no subject that opens on a verb in the past: a résumé's or a note's own act."""
    opens = s.text[:1].isupper() and bool(_PAST_OPENING.match(s.lower))
    return opens and not s.subjects()[1] and not s.find(lx.PASSIVE_ACT)


def _told_alone(sentences: list[Sentence]) -> bool:
    """The story's subjects are the candidate, hardly ever a team: a project worked on alone."""
    kinds = [kind for s in claims_in(sentences) for kind in s.subjects()[1]]
    mine, ours = kinds.count("i"), kinds.count("we")
    return mine >= 5 and mine >= 3 * ours
