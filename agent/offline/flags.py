"""The judgement red flags: excessive_we, blame_shifting, defensive_about_failure, ends_at_deployment.

The score-defined flags are not decided here: rubric.consistent_flags derives them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.offline import cues
from agent.offline import lexicon as lx
from agent.offline.features import actor, negated
from agent.offline.text import Sentence
from agent.rubric import Flag, judged_flags


def excessive_we(sentences: list[Sentence], scores: dict[str, int]) -> bool:
    if scores["directional_influence"] > 1:
        return False
    we = i = collective_decisions = passive_decisions = 0
    for s in sentences:
        if s.injected:
            continue
        kinds = s.subjects()[1]
        we += kinds.count("we")
        i += kinds.count("i")
        for m in s.finditer(lx.DECIDE):
            who = actor(s, m.start())
            if who in ("we", "passive") and not negated(s, m.start()):
                collective_decisions += 1
                passive_decisions += who == "passive"
        passive = s.find(lx.PASSIVE_ACT)
        if passive and not s.general and _DECISION_VERB.search(passive.group(0)):
            passive_decisions += 1  # "it was agreed", "the model was chosen": nobody decided
    # Decisions told in the passive are the rubric's other form of "we"; a single one is enough.
    return (collective_decisions >= 1 and we >= 2) or passive_decisions >= 1 or (we >= 3 and we >= 2 * max(i, 1))


_DECISION_VERB = re.compile(r"\b(?:decided|chosen|agreed|picked|selected|approved|mandated|dictated)$")


def blame_shifting(sentences: list[Sentence], scores: dict[str, int]) -> bool:
    for index, s in enumerate(sentences):
        if s.injected or s.general:
            continue
        if not _blames(s):
            continue
        following = sentences[index : index + 3]
        if any(f.find(cues.OWN_RESPONSE) for f in following):
            continue
        if scores["reflection"] >= 2:
            continue
        return True
    return False


def defensive_about_failure(sentences: list[Sentence], scores: dict[str, int]) -> bool:
    """Denial or minimising anywhere; asked about failure, also putting it all on others."""
    if scores["reflection"] > 1:
        return False
    asked = [s for s in sentences if s.answer_to == "reflection" and not s.injected]
    if any(s.find(cues.DENIAL) or s.find(cues.DEFENSIVE) for s in asked or sentences if not s.injected):
        return True
    return any(_blames(s) for s in asked)


def _blames(s: Sentence) -> bool:
    if s.find(cues.BLAME_SELF):
        return True
    target = s.find(cues.BLAME_TARGET)
    if not target:
        return False
    # The failing must be said of them in the same breath, not somewhere later in the sentence.
    said = cues.BLAME_PREDICATE.search(s.lower, target.end(), target.end() + 45)
    return bool(said and not _CONDITIONAL.search(s.lower, target.end(), said.start()))


_CONDITIONAL = re.compile(r"\b(?:if|whenever|in case|unless)\b|[.;]")


def ends_at_deployment(sentences: list[Sentence], scores: dict[str, int]) -> bool:
    if scores["deployment_monitoring"] > 0:
        return False
    return any(
        not s.injected and not s.general and any(not negated(s, m.start()) for m in s.finditer(cues.LAUNCH))
        for s in sentences
    )


# Which flags are judged is the rubric file's (rubric.judged_flags); each has its reader here, by name.
JUDGED_FLAGS: dict[Flag, Callable[[list[Sentence], dict[str, int]], bool]] = {
    name: globals()[name] for name in judged_flags()
}
