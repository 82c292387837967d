"""One scoring function per rubric layer, each reading the candidate's sentences.

Each returns a `LayerReading`: the score, the sentences that justify it (strongest first) and
a short rationale. Scores follow the rubric's anchors; a cue only counts when the candidate
asserts it (not negated, not advice, not addressed to a grader) and, where the anchor is about
the candidate's own part, when the candidate is the one acting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent import rubric
from agent.offline import cues
from agent.offline import lexicon as lx
from agent.offline.features import actor, negated, outcome_numbers
from agent.offline.text import Sentence


@dataclass
class LayerReading:
    score: int
    evidence: list[tuple[Sentence, int]] = field(default_factory=list)  # (sentence, cue position)
    rationale: str = ""


def _claims(sentences: list[Sentence]) -> list[Sentence]:
    return [s for s in sentences if not s.injected]


def _asserted(pattern, s: Sentence):
    """First match of `pattern` in the sentence that is not negated."""
    if s.find(pattern) is None:
        return None
    key = ("asserted", id(pattern))
    if key not in s._memo:
        s._memo[key] = next((m for m in s.finditer(pattern) if not negated(s, m.start())), None)
    return s._memo[key]


def _reading(score: int, hits: dict[int, list[tuple[Sentence, int]]], layer: str) -> LayerReading:
    """The reading of a layer: its score, the strongest quotes, and the rubric anchor it met."""
    evidence: list[tuple[Sentence, int]] = []
    for level in range(score, 0, -1):
        for hit in hits.get(level, []):
            if all(hit[0] is not e[0] for e in evidence):
                evidence.append(hit)
    anchor = rubric.load_rubric().layer(layer).anchors[score]
    return LayerReading(score, evidence[:3], anchor[0].upper() + anchor[1:])


# --- problem framing ------------------------------------------------------------------------


def problem_framing(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list] = {1: [], 2: [], 3: []}
    shaped = problem = False
    opening = [s for s in sentences if s.first_answer]
    early = {id(s) for s in opening[: max(3, len(opening) // 2 + 1)]}
    for s in _claims(sentences):
        if s.general:
            continue
        if not (s.first_answer or s.answer_to in ("problem_framing", "directional_influence")):
            continue  # the target is framed in the story and when asked about it, not in later answers
        in_frame = id(s) in early or s.answer_to == "problem_framing"
        assigned = s.find(lx.ASSIGNED)
        if assigned:
            hits[1].append((s, assigned.start()))
        m = _asserted(cues.SHAPE_TARGET, s)
        if m and actor(s, m.start()) in ("i", "we", "none"):
            shaped = True
            hits[2].append((s, m.start()))
        if in_frame and not assigned and not (s.find(cues.RESULT_MARKER) and outcome_numbers(s)):
            m = _asserted(cues.PROBLEM_FRAME, s)
            if not m:
                m = _asserted(cues.PROBLEM, s)
                m = m if m and s.find(cues.STAKE) else None
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
    return _reading(score, hits, "problem_framing")


# --- directional influence ------------------------------------------------------------------


def directional_influence(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list] = {1: [], 2: [], 3: []}
    decided = aligned = scoped = 0
    disowned = False
    for s in _claims(sentences):
        if s.general:
            continue
        if s.find(lx.NOT_MY_CALL):
            disowned = True
        for m in s.finditer(lx.DECIDE):
            if actor(s, m.start()) == "i" and not negated(s, m.start()):
                # A hedged "I think maybe I suggested" is not a decision the candidate stands behind.
                if s.hedged:
                    hits[1].append((s, m.start()))
                else:
                    decided += 1
                    hits[2].append((s, m.start()))
                break
        m = s.find(lx.MY_DECISION)
        if m and not negated(s, m.start()) and not s.hedged:
            decided += 1
            hits[2].append((s, m.start()))
        for m in s.finditer(lx.ALIGN):
            if actor(s, m.start()) == "i" and not negated(s, m.start()) and lx.OTHER_PARTY.search(s.lower, m.start()):
                aligned += 1
                hits[3].append((s, m.start()))
                break
        m = s.find(lx.SCOPE)
        if m and not negated(s, m.start()):
            scoped += 1
            hits[3].append((s, m.start()))
    if not (decided or aligned or scoped):
        # Only then does it matter whether the candidate's own tasks are visible (1) or not (0).
        for s in _claims(sentences):
            for m in () if s.general else s.finditer(lx.EXECUTE):
                if actor(s, m.start()) == "i" and not negated(s, m.start()):
                    hits[1].append((s, m.start()))
                    break
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
    return _reading(score, hits, "directional_influence")


# --- tradeoffs ------------------------------------------------------------------------------


def tradeoffs(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list] = {1: [], 2: [], 3: []}
    claims = _claims(sentences)

    def concrete(c: Sentence) -> bool:
        if c.general:
            return False
        strong = _asserted(cues.TRADE_STRONG, c)
        if strong and actor(c, strong.start()) != "other":
            return True  # "customers gave up halfway" is somebody else's loss, not a choice
        if c.find(cues.GENERIC) or c.hedged:
            return False
        move = _asserted(cues.TRADE_MOVE, c)
        choice = _asserted(cues.CHOICE, c)
        if (move or choice) and c.find(cues.DOWNSIDE):
            if c.answer_to == "tradeoffs":
                return True  # asked what was given up, a choice told with its downside is the tradeoff
            if (
                choice
                and not c.hedged
                and c.find(cues.DOWNSIDE_STRONG)
                and c.find(cues.DIMENSION)
                and actor(c, choice.start()) in ("i", "we", "none")
            ):
                return True  # a choice of ours, with what it cost in some quality
        return bool(move) and len({m.group(0) for m in c.finditer(cues.DIMENSION)}) >= 2

    for index, s in enumerate(claims):
        word = _asserted(cues.TRADE_WORD, s)
        if concrete(s):
            move = _asserted(cues.TRADE_STRONG, s) or _asserted(cues.TRADE_MOVE, s)
            pos = move.start() if move else 0
        elif (
            word
            and not s.general
            and not s.hedged
            and not s.find(cues.GENERIC)
            and any(concrete(c) for c in claims[index + 1 : index + 3] if c.turn == s.turn)
        ):
            pos = word.start()  # "the trade-off was X": the next sentence names both sides
        else:
            if word:
                hits[1].append((s, word.start()))
            elif not s.general and (s.answer_to == "tradeoffs" or _weighed(s)):
                hits[1].append((s, 0))  # a choice weighed against a downside, not spelled out
            continue
        window = [c for c in claims[max(0, index - 1) : index + 4] if c.turn == s.turn]
        reason = any(c.find(cues.REASON) for c in window[:4])
        contain = any(_asserted(cues.CONTAIN, c) for c in window if c.order >= s.order)
        hits[3 if reason and contain else 2].append((s, pos))
    score = 3 if hits[3] else 2 if hits[2] else 1 if hits[1] else 0
    return _reading(score, hits, "tradeoffs")


# --- deployment and monitoring --------------------------------------------------------------


def deployment_monitoring(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list] = {1: [], 2: [], 3: []}
    claims = [s for s in _claims(sentences) if not s.general]
    launched_at = next((s.order for s in claims if _asserted(cues.LAUNCH, s)), None)
    watched_at: list[int] = []  # order of sentences with specific monitoring or observations
    seen_at: list[int] = []  # order of sentences that report something seen in production
    denied = left = False
    for s in claims:
        post = (
            s.answer_to == "deployment_monitoring"
            or (launched_at is not None and s.order >= launched_at)
            or bool(s.find(cues.PROD_OBSERVATION))
            or bool(s.find(cues.CADENCE) and (s.find(cues.STEWARD) or s.find(cues.WATCH) or s.find(cues.INSPECT)))
        )
        if not post:
            continue
        if s.find(cues.LEFT_PROJECT):
            left = True
        if s.find(cues.TRAINING_CONTEXT) and not s.find(cues.PROD_OBSERVATION):
            continue
        signal = s.find(cues.SPECIFIC_SIGNAL)
        specific = bool(signal or s.find(cues.CADENCE))
        watch = None
        vigilance = list(s.finditer(cues.WATCH))
        mine = _first_person_subject(s)
        activity = list(s.finditer(cues.INSPECT)) if specific and mine else []
        for m in sorted(vigilance + activity, key=lambda m: m.start()):
            if negated(s, m.start()):
                denied = True
                continue
            if actor(s, m.start()) in ("other", "passive"):
                continue  # somebody else's vigilance is not the candidate's
            watch = m
            break
        anchored = bool(s.find(cues.PROD_OBSERVATION)) or s.answer_to == "deployment_monitoring"
        observed = (
            bool(s.find(cues.CHANGE_SEEN))
            and bool(signal or outcome_numbers(s) or anchored)
            and not s.find(cues.RESULT_MARKER)  # "went up 4% in the A/B test" is an outcome, not vigilance
        )
        if observed:
            seen_at.append(s.order)
        if not watch and s.find(cues.CADENCE) and mine:
            watch = s.find(cues.CADENCE)  # "every Monday I read a hundred conversations": a routine
        if watch and specific:
            watched_at.append(s.order)
            hits[2 if not s.hedged else 1].append((s, watch.start()))
        elif observed and (s.find(cues.PROD_OBSERVATION) or s.answer_to == "deployment_monitoring" or watched_at):
            watched_at.append(s.order)
            hits[2 if not s.hedged else 1].append((s, 0))
        elif watch and not s.find(cues.VAGUE_OK):
            hits[1].append((s, watch.start()))
        action = _asserted(cues.ACTION, s)
        # An action counts when something seen in production triggered it, not a scheduled chore.
        triggered = any(0 <= s.order - w <= 3 for w in seen_at) or (
            any(0 <= s.order - w <= 3 for w in watched_at) and bool(s.find(cues.CAUSAL))
        )
        if (
            action
            and triggered
            and actor(s, action.start()) not in ("other", "passive")
            and not (s.find(cues.CADENCE) and not observed)
        ):
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
    return _reading(score, hits, "deployment_monitoring")


# --- impact ---------------------------------------------------------------------------------


def impact(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list] = {1: [], 2: [], 3: []}
    claims = _claims(sentences)
    opening = [s for s in claims if s.first_answer]
    framing_zone = {id(s) for s in opening[: max(2, len(opening) // 3)]}
    doubt = any(s.find(cues.ATTRIBUTION_DOUBT) for s in claims)
    framing_words = _content_stems(s for s in opening[: max(3, len(opening) // 2 + 1)])
    for s in claims:
        if s.general:
            continue
        numbers = outcome_numbers(s)
        if numbers and _is_outcome(s, id(s) in framing_zone):
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
        m = _asserted(cues.VAGUE_OUTCOME, s)
        if m:
            hits[1].append((s, m.start()))
    score = 3 if hits[3] else 2 if hits[2] else 1 if hits[1] else 0
    return _reading(score, hits, "impact")


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


def _content_stems(sentences) -> frozenset[str]:
    return frozenset(w[:6] for s in sentences for w in _STEM.findall(s.lower) if w not in _COMMON)


def _tied_to_problem(s: Sentence, framing: frozenset[str]) -> bool:
    """The outcome is told in the terms of the problem the story opened with ("tied back")."""
    return not framing or bool(_content_stems([s]) & framing)


def _is_outcome(s: Sentence, in_framing: bool) -> bool:
    """A sentence with numbers reports an outcome, not the problem or a production alarm."""
    if s.find(cues.RESULT_MARKER):
        return True
    if in_framing and (s.find(cues.PROBLEM_FRAME) or s.find(cues.PAST_PERFECT)):
        return False
    if s.find(cues.CADENCE) and (s.find(cues.WATCH) or s.find(cues.INSPECT)):
        return False  # a monitoring routine, with the numbers it watches
    if s.find(cues.OWN_CHANGE):
        return False  # a practice adopted since ("now I keep a 5% holdout"), not a result
    if s.find(cues.SHORTFALL):
        return False  # "six per cent could not be matched": a limitation, not an outcome
    return not s.find(cues.ALARM)


# --- reflection -----------------------------------------------------------------------------


def reflection(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list] = {1: [], 2: [], 3: []}
    claims = _claims(sentences)
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
        own = _asserted(cues.OWNED_MISTAKE, s)
        asked = s.answer_to == "reflection"
        blamed = (own or asked) and (
            bool(s.find(cues.BLAME_SELF)) or bool(s.find(cues.BLAME_TARGET) and s.find(cues.BLAME_PREDICATE))
        )
        if not own and asked and not blamed and not s.general and s.turn not in deflected_turns:
            # Asked for a mistake, a first-person account of what they did is the mistake.
            own = _first_person_act(s)
        if blamed and own and not _asserted(cues.OWNED_MISTAKE, s):
            own = None
        we = None if own else s.find(cues.WE_MISTAKE)
        if own and not (s.general and s.answer_to != "reflection"):
            owned_at.append(s.order)
            hits[2].append((s, own.start()))
        elif we and s.answer_to == "reflection" and not s.general:
            owned_at.append(s.order)
            hits[2].append((s, we.start()))
        elif we or s.find(cues.PLATITUDE) or (s.answer_to == "reflection" and len(s.text.split()) >= 4):
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
    return _reading(score, hits, "reflection")


_PAST_ACT = re.compile(
    r"\bi(?:\s+(?:\w+ly|just|also|then|only|never))?\s+(?!would|could|should|might|guess|think|mean|say|suppose)"
    r"(?:\w+ed|built|wrote|made|took|ran|set|put|kept|chose|left|let|sent|went|got|did|shipped|thought|knew|saw|spent|gave|told|forgot|missed|lost|drew|cut|began|brought)\b"
)


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


def _weighed(s: Sentence) -> bool:
    """A choice told together with what spoke against it, too loosely to name both sides."""
    move = _asserted(cues.TRADE_MOVE, s) or _asserted(cues.CHOICE, s)
    return bool(move and s.find(cues.DOWNSIDE_STRONG) and s.find(cues.DIMENSION))


def _first_person_subject(s: Sentence) -> bool:
    return any(kind in ("i", "we") for kind in s.subjects()[1])


def _first_person_act(s: Sentence):
    """A specific thing the candidate did, told in the past: asked for a mistake, this is the mistake."""
    if s.hedged or len(s.text.split()) < 8:
        return None
    return _PAST_ACT.search(s.lower)


LAYER_READERS = {
    "problem_framing": problem_framing,
    "directional_influence": directional_influence,
    "tradeoffs": tradeoffs,
    "deployment_monitoring": deployment_monitoring,
    "impact": impact,
    "reflection": reflection,
}
