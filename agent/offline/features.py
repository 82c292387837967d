"""Reading one sentence: who acts on a verb, whether it is negated, which numbers are outcomes."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal

from agent.offline import cues
from agent.offline import lexicon as lx
from agent.offline.text import Sentence

Actor = Literal["i", "we", "other", "passive", "none"]

_WORD = re.compile(r"\S+")
_HAS_NUMBER = re.compile(r"\d|\b(?:half|halved|doubled|tripled|third|quarter|twice|percent|cent)\b")
_GAINED_BY = r"\b(?:improv|gain|advanc|accelerat)\w* by"  # "improved by", "gained by"
_NUMBER_WORD_WITH_UNIT = re.compile(
    # A number word with a unit of measure: "margin went up four points", "three times faster"; a bare
    # "three times" counts repetitions.
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)"
    r" (?:points|times (?:faster|quicker|cheaper|more|fewer|less|higher|lower|larger|bigger|smaller|better))\b"
    r"|" + _GAINED_BY + r" (?:about |around |roughly |nearly |almost )?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten)\b"
)
_WORD_FROM_TO = re.compile(r"\bfrom (?:about |around )?[a-z]+\b[^.]{0,40}\bto (?:about |around |just |only )?[a-z]+\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DURATION = re.compile(  # "six weeks to build", "13 more weeks of data": time spent, not an outcome
    r"\s*(?:more |extra |additional |fewer )?(?:weeks?|months?|years?|days?)\s+(?:to|of|on|ago|in|later|before)\b"
)
# Any span of time ("the next 6 months", "24 hours a day") is time spent, unless the sentence
# says it was won or lost just before the number ("cut it to 4 hours", "saved 10 hours a week").
_TIME_SPAN = re.compile(r"\s*(?:more |extra |additional |fewer )?(?:hours?|hrs?|days?|weeks?|months?|years?)\b")
_TIME_WON = re.compile(
    r"\b(?:sav(?:ed|es|ing)|cut|reduc\w+|down|from|to|faster|shorter|quicker|under|less than|halv\w+|within)\b"
    r"[^.]{0,20}$"
)
# A measure that moved by a span of time: "reading ages improved by around 4 months".
_TIME_GAINED = re.compile(_GAINED_BY + r"\b[^.]{0,20}$")
_TIME_UNIT_END = re.compile(r"\d\s*(?:hours?|hrs?|days?|weeks?|months?|years?)$")
# Outcomes that carry their own unit: a placing ("finished 5th", "top 2%") or use ("6,000 people visited").
_PLACING = re.compile(
    r"\b\d+(?:st|nd|rd|th)(?: place| out of| of \d)|\btop \d+(?:\.\d+)?\s?%|\b(?:placed|ranked|finished) (?:\w+ )?\d"
)
# A measure's level told as it stands after the work, with no verb of change: "the re-run rate is
# at about 4% now", "precision on the audited sample was around 70 percent".
_MEASURE_NOW = re.compile(
    r"\b(?:rate|share|ratio|proportion|precision|recall|accuracy|auc|f1|retention|churn|conversion|coverage|uptime"
    r"|latency|error|errors|backlog|volume|throughput|agreement|tickets|complaints|cancellations|refunds|returns"
    r"|escalations|alerts|defects|incidents|orders|sign-?ups)\b[^.;]{0,40}?"
    r"\b(?:is|are|was|were|sits|sat|stands|stood|runs|ran|came (?:out|in))(?: now)?"
    r"(?: at| around| about| roughly| approximately| just| only| under| over| below| above| nearly| almost| close to)*"
    r" [$€£]?\d[\d,.]*\s?(?:%|percent|per ?cent|ms\b|seconds?\b|minutes?\b|hours?\b|days?\b)?"
)
_AFTER_THE_WORK = re.compile(
    r"\bnow\b|\blast (?:looked|checked)\b|\bthese days\b|\bcurrently\b|\bin production\b"
    r"|\bsince (?:launch|then|go-live)\b|\bafter (?:launch|go-live|rollout|the (?:change|switch|launch))\b"
    r"|\bon the (?:[\w-]+ ){0,2}(?:sample|test set|holdout|validation set|evaluation set)\b"
)
_CONDITION = re.compile(r"\b(?:if|whenever|unless)\b")
_USE = re.compile(
    r"\b\d[\d,.]*\s?(?:k\b|thousand|million)?\s*(?:people|users|visitors|readers|customers|downloads|installs|sign-?ups|stars|views)"
    r"\s+(?:\w+\s+)?(?:visited|used|tried|signed up|downloaded|installed|starred|viewed|read|came|joined|use)\b"
    # Money that went through the system: "we've lent about $4 million on it".
    r"|\b(?:lent|loaned|disbursed|originated|processed|paid out|underwrote|underwritten)\s+(?:\w+\s+)?[$€£]\s?\d"
)


def clause_before(text: str, pos: int) -> str:
    """The text of the clause that leads up to position `pos`."""
    prefix = text[:pos]
    breaks = list(lx.CLAUSE_BREAK.finditer(prefix))
    return prefix[breaks[-1].end() :] if breaks else prefix


def negated(sentence: Sentence, pos: int, window: int = 6) -> bool:
    """True when a negator stands within `window` words before `pos` in the same clause."""
    clause = clause_before(sentence.lower, pos)  # the negator patterns are lower-case
    words = clause.split()
    near = words[-window:]
    if lx.NEGATION.search(" ".join(near)):
        return True
    # "never set up a dashboard or any alerts": the negation carries across "or"/"nor".
    return ("or" in near or "nor" in near) and bool(lx.NEGATION.search(" ".join(words[-2 * window : -window])))


def actor(sentence: Sentence, pos: int) -> Actor:
    """Who performs the verb at `pos`: the nearest subject before it in the sentence."""
    lower = sentence.lower
    if lx.PASSIVE_ACT.match(lower, max(0, pos - 12)) or _PASSIVE_TAIL.search(lower[max(0, pos - 20) : pos]):
        # "I was asked to", "it was decided": someone else acted.
        return "passive"
    ends, kinds = sentence.subjects()
    index = bisect_right(ends, pos) - 1
    return kinds[index] if index >= 0 else "none"  # type: ignore[return-value]  # subject kinds are the Actor names i, we, other


_PASSIVE_TAIL = re.compile(r"\b(?:was|were|been|got)\s+(?:\w+ly\s+)?$")


def option_set_aside(sentence: Sentence) -> bool:
    """An alternative that scored better and was not used: its numbers are not the story's outcome."""
    return bool(sentence.find(cues.BETTER_ALTERNATIVE) and sentence.find(cues.KEPT_PLAINER))


def _level_now(lower: str) -> bool:
    """A measure's level told as it stands after the work (see _MEASURE_NOW)."""
    return bool(_MEASURE_NOW.search(lower)) and bool(_AFTER_THE_WORK.search(lower))


def outcome_numbers(sentence: Sentence) -> list[re.Match[str]]:
    """Numbers in the sentence that measure an outcome rather than a setting or a date."""
    if sentence.outcome_numbers_memo is None:
        sentence.outcome_numbers_memo = _outcome_numbers(sentence)
    return sentence.outcome_numbers_memo


def _outcome_numbers(sentence: Sentence) -> list[re.Match[str]]:
    lower = sentence.lower
    if not _HAS_NUMBER.search(lower) and not (
        ("points" in lower or "times " in lower or " by " in lower) and _NUMBER_WORD_WITH_UNIT.search(lower)
    ):
        return []
    stated = sentence.find(cues.OUTCOME_VERB) or sentence.find(cues.COMPARISON) or sentence.find(cues.MULTIPLE)
    if not (stated or _level_now(lower) or _PLACING.search(lower) or _USE.search(lower)):
        return []
    found, settings = [], 0
    for match in cues.NUMBER.finditer(lower):
        token = match.group(0).strip()
        if not token or _YEAR.match(token) or re.fullmatch(r"q[1-4]", token):
            continue
        if re.fullmatch(
            r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)",
            token,
        ) and not (_WORD_FROM_TO.search(lower) or _TIME_GAINED.search(lower, 0, match.start())):
            continue  # bare number words are mostly counts of things, unless told as "from eleven to four"
        after = lower[match.end() : match.end() + 28]
        before = lower[max(0, match.start() - 22) : match.start()]
        used_by = _USE.match(lower, match.start())  # "6,000 people visited": use, not headcount
        setting_word = not used_by and cues.SETTING.match(after.lstrip())
        if setting_word or re.search(
            r"(?:epochs?|gpus?|layers?|batch size|learning rate|lr|depth|k|version|v|team of|top)\s*(?:of|=|:|to)?\s*$",
            before,
        ):
            settings += 1
            continue
        before_40 = lower[max(0, match.start() - 40) : match.start()]
        gained = _TIME_GAINED.search(before_40)
        if _DURATION.match(after) and not gained:
            continue  # durations of the work, not outcomes
        spans_time = _TIME_SPAN.match(after) or _TIME_UNIT_END.search(token)
        if spans_time and not (gained or _TIME_WON.search(before_40)):
            continue
        if _CONDITION.search(lower, 0, match.start()) and _CONDITION.search(clause_before(lower, match.start())):
            continue  # "if the error rate climbs above 5%": a threshold set, not a result
        found.append(match)
    # A sentence that lists settings (epochs, GPUs, rows...) reports a configuration, not a result.
    return [] if settings >= 2 else found
