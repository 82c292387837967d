"""Deployment and monitoring: what happened after launch?"""

from __future__ import annotations

import re

from agent.offline import cues
from agent.offline.features import actor, negated, outcome_numbers
from agent.offline.reading import LayerReading, asserted, claims_in, first_person_subject, reading
from agent.offline.text import Sentence


def deployment_monitoring(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list[tuple[Sentence, int]]] = {1: [], 2: [], 3: []}
    claims = [s for s in claims_in(sentences) if not s.general]
    launched_at = next((s.order for s in claims if asserted(cues.LAUNCH, s)), None)
    watched_at: list[int] = []  # order of sentences with specific monitoring or observations
    seen_at: list[int] = []  # order of sentences that report something seen in production
    denied = left = False
    for s in claims:
        # Something the running system met, told after the launch: an observation in production.
        in_use = (
            ((launched_at is not None and s.order > launched_at) or bool(s.find(cues.IN_PRODUCTION)))
            and bool(s.find(cues.IN_USE))
            and bool(asserted(cues.IN_USE_EVENT, s))
            and not s.hedged
        )
        post = in_use or (
            s.answer_to == "deployment_monitoring"
            or (launched_at is not None and s.order >= launched_at)
            or bool(s.find(cues.PROD_OBSERVATION))
            or bool(s.find(cues.CADENCE) and (s.find(cues.STEWARD) or s.find(cues.WATCH) or s.find(cues.INSPECT)))
        )
        if not post:
            continue
        if s.find(cues.LEFT_PROJECT):
            left = True
        if s.find(cues.TRAINING_CONTEXT) and not (s.find(cues.PROD_OBSERVATION) or in_use):
            continue
        signal = s.find(cues.SPECIFIC_SIGNAL)
        cadence = None if s.find(cues.MEETING) else s.find(cues.CADENCE)
        specific = bool(signal or cadence)
        watch = None
        vigilance = list(s.finditer(cues.WATCH))
        activity = []
        if specific and first_person_subject(s):
            activity = list(s.finditer(cues.INSPECT))
        elif signal and not s.subjects()[1]:
            # Told without any subject ("the error rate was pulled weekly"), a routine that names
            # what it watched is the story's own; a noun ("added to the weekly report") is not one.
            activity = [m for m in s.finditer(cues.INSPECT) if m.group(0).endswith(("ed", "ing"))]
        for m in sorted(vigilance + activity, key=lambda m: m.start()):
            if negated(s, m.start()):
                # "It wasn't a dashboard, it was people reading transcripts" corrects, it does not deny.
                denied = denied or not cues.CORRECTION.match(s.lower, m.end())
                continue
            if _someone_else(s, m):
                continue  # somebody else's vigilance is not the candidate's
            watch = m
            break
        anchored = bool(s.find(cues.PROD_OBSERVATION)) or s.answer_to == "deployment_monitoring"
        observed = in_use or (
            bool(s.find(cues.CHANGE_SEEN))
            and bool(signal or outcome_numbers(s) or anchored)
            # "went up 4% in the A/B test" is an outcome, not vigilance; "empty results started to climb" is not.
            and not (s.find(cues.RESULT_MARKER) and outcome_numbers(s))
        )
        if observed:
            seen_at.append(s.order)
        if not watch and cadence and first_person_subject(s) and s.find(cues.ROUTINE_ACT):
            watch = cadence  # "every Monday I read a hundred conversations": a routine of looking
        if watch and specific:
            watched_at.append(s.order)
            hits[2 if not s.hedged else 1].append((s, watch.start()))
        elif observed and (
            in_use or s.find(cues.PROD_OBSERVATION) or s.answer_to == "deployment_monitoring" or watched_at
        ):
            watched_at.append(s.order)
            hits[2 if not s.hedged else 1].append((s, 0))
        elif watch and not s.find(cues.VAGUE_OK):
            hits[1].append((s, watch.start()))
        action = asserted(cues.ACTION, s)
        # An action counts when something seen in production triggered it, not a scheduled chore.
        triggered = any(0 <= s.order - w <= 3 for w in seen_at) or (
            any(0 <= s.order - w <= 3 for w in watched_at) and bool(s.find(cues.CAUSAL))
        )
        if action and triggered and not _someone_else(s, action) and not (s.find(cues.CADENCE) and not observed):
            hits[3].append((s, action.start()))
    if hits[3] and hits[2]:
        score = 3
        hits[3] = hits[2][:1] + hits[3]
    elif hits[2]:
        score = 2
    elif hits[1]:
        score = 1
    else:
        score = 0
    if score and not hits[3] and (left or denied):
        # Claims that contradict each other count at the weaker reading.
        score = 0 if left else min(score, 1)
    return reading(score, hits, "deployment_monitoring")


def _someone_else(s: Sentence, m: re.Match[str]) -> bool:
    """The act at `m` was somebody else's: a named other subject, or a passive with "by <them>".

    A bare passive ("the disagreement rate was pulled weekly") is how many engineers tell their
    own team's routine, so it stays the candidate's unless another party is named.
    """
    who = actor(s, m.start())
    if who == "other":
        return True
    if who != "passive":
        return False
    ends, _ = s.subjects()
    if any(end <= m.start() for end in ends):
        return True  # "I was moved to another project", "they were checking it": not the candidate's act
    return bool(cues.DONE_BY_OTHERS.match(s.lower, m.end()))
