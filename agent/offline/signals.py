"""Broad word families for each layer, counted over a story: what the learned layer reads besides rules.

The rules in the layer modules ask for a precise construction (who acted, on what, with what
result). Real people rarely tell it that tidily, so the learned layer (agent/offline/learned.py)
also sees how much of the story lives near each layer's vocabulary at all. The families are
deliberately wide, whole word families rather than phrasings, so that they carry over to ways
of speaking nobody here has seen.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from functools import cache
from typing import Any

FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|me|myself)\b")
COLLECTIVE = re.compile(r"\b(?:we|our|us|we've|we're|we'd|the team)\b")

# Several families per layer, each one idea (a mistake, a counterfactual, a lesson, a change...).
_FAMILY_WORDS: dict[str, str] = {
    "mistake": r"mistakes?|wrong|bad (?:call|idea|decision)|naive|misjudg\w+|underestimat\w+|overestimat\w+|blunder\w*"
    r"|screwed up|messed up|my fault|fail(?:ed|ure|ures)?|didn't work|did not work|gave up|give up|wasted?"
    r"|regret\w*|sins?\b|embarrass\w+|blind spots?|overlooked|ignored|assumed|assumptions?|too (?:late|early|long)",
    "counterfactual": r"should(?:n't| not)? have|could have|would have|if (?:i|we) had|had (?:i|we) |in hindsight"
    r"|in retrospect|looking back|do it again|do (?:it |things )?differently|next time|if i were",
    "lesson": r"lessons?|learn(?:ed|t)|taught (?:me|us)|realiz\w+|realis\w+|the hard way|takeaways?|turned out"
    r"|surpris\w+|understood|it dawned|eye[- ]open\w+",
    "change": r"now (?:i|we)|these days|since then|from then on|going forward|nowadays|ever since|(?:i|we) now"
    r"|changed (?:how|the way|our|my)|always (?:check|test|start|ask)|never again|make sure",
    "after_launch": r"production|prod|live|launch(?:ed)?|deploy(?:ed|ment)?|rolled out|roll(?:ed)? ?out|shipped"
    r"|in the field|real[- ]world|real users|customers?|users?|after (?:launch|release|we shipped)|went live"
    r"|released|in the wild|on the (?:site|app|platform)",
    "watch": r"monitor\w*|track\w*|watch\w*|dashboards?|alert\w*|logs?|logging|daily|weekly|hourly|every (?:day|week"
    r"|month|morning|night)|kept an eye|check(?:ed|ing)? (?:on|in)|review(?:ed|ing)?",
    "seen": r"notic\w+|saw|seen|observ\w+|found that|discover\w+|start(?:ed)? to|began to|turned out|complain\w+"
    r"|reported|broke|break|drift\w*|degrad\w+|regress\w+|outage|incident|spik\w+|dropped|fell|rose|crept"
    r"|creep\w*|went (?:up|down)|errors?|bugs?|feedback",
    "act": r"roll(?:ed)? back|rollback|retrain\w*|hotfix\w*|patch(?:ed)?|fix(?:ed)?|added an? (?:alert|check|guard"
    r"|filter|rule)|fall ?back|switched|revert\w*|turned (?:it )?off|disabl\w+|paused|pulled",
    "trade_explicit": r"trade-?offs?|at the (?:cost|expense)|sacrific\w+|compromis\w+|in exchange|price (?:we|i) paid"
    r"|downsides?|worth it|not worth|give up|gave up|giving up|balance|at the same time|on the other hand",
    "trade_choice": r"instead of|rather than|versus|vs\.?|over the|opted|decided (?:against|not to)|chose|choose"
    r"|option|alternative|either",
    "trade_dims": r"latency|speed|fast\w*|slow\w*|costs?|cheap\w*|expensive|accura\w+|precision|recall|memory"
    r"|complex\w*|simpl\w+|interpretab\w+|explainab\w+|maintain\w*|overhead|budget|constraint\w*|quality",
    "number": r"\d+(?:\.\d+)?\s?(?:%|percent|x\b|times|ms|seconds|hours?|days?|k\b|million|billion|points?)|\$\s?\d",
    "outcome": r"saved|sav(?:es|ing)s?|reduc\w+|increas\w+|improv\w+|boost\w*|cut|grew|doubled|halved|won|winning"
    r"|first place|placed|ranked|top \d+|adopt\w+|used by|impact|lift",
    "business": r"revenue|sales|conversion|retention|churn|money|dollars|tickets|engagement|clicks|subscribers"
    r"|profit|savings|customers?|users?|hours",
    "vague_outcome": r"helped|useful|success\w*|happy|loved|well received|big win|worked (?:really )?well|valuable"
    r"|game[- ]changer|huge",
    "problem": r"problems?|challeng\w+|pain|issues?|struggl\w+|needed|needs?|goals?|objectives?|wanted to|trying to",
    "why": r"because|so that|in order to|which meant|mattered|matter|important|costing|losing|the reason|why",
    "target": r"metrics?|measur\w+|success|kpis?|target|defin\w+|definition|criteria|objective|evaluat\w+",
    "stakeholder": r"customers?|users?|business|stakeholders?|product|managers?|clients?|doctors|farmers|sales|ops"
    r"|operations|leadership|executives?",
    "decide": r"decid\w+|chose|choose|propos\w+|pushed|convinc\w+|persuad\w+|argued|insisted|recommend\w+|pitched"
    r"|my idea|came up with|suggested|wanted to",
    "build": r"built|wrote|implemented|designed|trained|developed|created|coded|engineered|set up|prototyped",
    "lead": r"\bled\b|lead|managed|mentored|hired|coordinat\w+|owned|responsible for|in charge|my team|founded",
    "others": r"(?:with|to|convinced|persuaded) (?:the |our |my )?(?:team|manager|director|vp|cto|ceo|product"
    r"|engineers|stakeholders|leadership|client)",
}
FAMILIES: dict[str, re.Pattern[str]] = {name: re.compile(rf"\b(?:{words})") for name, words in _FAMILY_WORDS.items()}

# The families whose sentences can stand as a layer's evidence when the rules found none.
LAYER_FAMILIES: dict[str, tuple[str, ...]] = {
    "problem_framing": ("problem", "why", "target"),
    "directional_influence": ("decide", "lead", "others"),
    "tradeoffs": ("trade_explicit", "trade_choice"),
    "deployment_monitoring": ("watch", "seen", "act"),
    "impact": ("number", "outcome", "vague_outcome"),
    "reflection": ("mistake", "counterfactual", "lesson", "change"),
}


def layer_matches(layer: str, lowered: str) -> list[re.Match[str]]:
    """The first match of each of the layer's families in a lower-cased sentence."""
    return [m for name in LAYER_FAMILIES[layer] if (m := FAMILIES[name].search(lowered))]


def in_layer_family(layer: str, hits: dict[str, list[bool]], index: int) -> bool:
    return any(hits[name][index] for name in LAYER_FAMILIES[layer])


def family_hits(lowered: list[str]) -> dict[str, list[bool]]:
    """For each family, which of the (lower-cased) sentences use its vocabulary."""
    names = list(FAMILIES)
    hits = {name: [False] * len(lowered) for name in names}
    match = _family_set()
    if match is not None:
        # One RE2 set answers "which families" for a sentence in one pass (checked identical to `re`).
        for i, sentence in enumerate(lowered):
            for k in match(sentence.encode("utf-8")) or ():
                hits[names[k]][i] = True
        return hits
    starts, text = _joined(lowered)
    return {name: _sentences_hit(p, text, starts) for name, p in FAMILIES.items()}


@cache
def _family_set() -> Any:
    """RE2's multi-pattern set over every family, or None where RE2 is missing or refuses one."""
    try:
        import re2
    except ImportError:
        return None
    try:
        families = re2.Set.SearchSet(re2.Options())
        for p in FAMILIES.values():
            families.Add(p.pattern)
        families.Compile()
    except (re2.error, ValueError):
        return None
    return getattr(families, "_set", families).Match  # the inner set skips a per-call type check


def _joined(lowered: list[str]) -> tuple[list[int], str]:
    starts, pos = [], 0
    for s in lowered:
        starts.append(pos)
        pos += len(s) + len(_GAP)
    return starts, _GAP.join(lowered)


def _sentences_hit(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[bool]:
    hit = [False] * len(starts)
    for m in pattern.finditer(text):
        hit[bisect_right(starts, m.start()) - 1] = True
    return hit


_GAP = "\n\n"


def pronouns(lowered: list[str]) -> tuple[list[bool], list[bool]]:
    """Which sentences have a first-person pronoun, and which a collective one."""
    starts, text = _joined(lowered)
    return _sentences_hit(FIRST_PERSON, text, starts), _sentences_hit(COLLECTIVE, text, starts)


def story_signals(
    lowered: list[str], hits: dict[str, list[bool]], mine: list[bool], ours: list[bool]
) -> list[float]:
    """How much of the story sits near each family: counts, first-person counts and shares."""
    n = max(1, len(lowered))
    out: list[float] = []
    for name in FAMILIES:
        flags = hits[name]
        count = sum(flags)
        out += [math.log1p(count), math.log1p(sum(f and m for f, m in zip(flags, mine, strict=True))), count / n]
    out += [sum(mine) / n, sum(ours) / n, math.log1p(sum(mine)), math.log1p(sum(ours))]
    near = _together(hits["after_launch"], hits["seen"], 0)
    out += [
        math.log1p(near),
        math.log1p(_together(hits["seen"], hits["act"], 2)),
        math.log1p(_together(hits["watch"], hits["after_launch"], 0)),
        math.log1p(_together(hits["trade_choice"], hits["trade_dims"], 0)),
        math.log1p(_together(hits["number"], hits["outcome"], 0)),
        math.log1p(_together(hits["mistake"], mine, 0)),
        math.log1p(_together(hits["counterfactual"], mine, 0)),
        math.log1p(_together(hits["mistake"] , hits["change"], 3)),
    ]
    return out


def _together(a: list[bool], b: list[bool], reach: int) -> int:
    """Sentences of family `a` with a sentence of family `b` at most `reach` sentences away."""
    return sum(1 for i, hit in enumerate(a) if hit and any(b[max(0, i - reach) : i + reach + 1]))
