"""Tradeoffs: what was sacrificed, what was protected, and why?"""

from __future__ import annotations

import re

from agent.offline import cues
from agent.offline.features import actor
from agent.offline.reading import LayerReading, asserted, claims_in, reading
from agent.offline.text import Sentence


def tradeoffs(sentences: list[Sentence]) -> LayerReading:
    hits: dict[int, list[tuple[Sentence, int]]] = {1: [], 2: [], 3: []}
    claims = claims_in(sentences)

    def concrete(c: Sentence) -> bool:
        if c.general:
            return False
        strong = asserted(cues.TRADE_STRONG, c)
        if strong and actor(c, strong.start()) != "other":
            return True  # "customers gave up halfway" is somebody else's loss, not a choice
        if c.find(cues.GENERIC) or c.hedged:
            return False
        move = asserted(cues.TRADE_MOVE, c)
        choice = asserted(cues.CHOICE, c)
        # "X instead of Y, since/so that Z": the alternative given up and what the choice was for.
        if (
            move
            and move.group(0).startswith(("instead", "rather", "over"))
            and actor(c, move.start()) in ("i", "we")
            and (cues.REASON.search(c.lower, move.end()) or cues.PURPOSE.search(c.lower, move.end()))
        ):
            return True
        if (move or choice) and c.find(cues.DOWNSIDE):
            if c.answer_to == "tradeoffs":
                return True  # asked what was given up, a choice told with its downside is the tradeoff
            if (
                choice
                and not _dimension_moved(c, choice)
                and not c.hedged
                and c.find(cues.DOWNSIDE_STRONG)
                and c.find(cues.DIMENSION)
                and actor(c, choice.start()) in ("i", "we", "none")
            ):
                return True  # a choice of ours, with what it cost in some quality
        return bool(move) and len({m.group(0) for m in c.finditer(cues.DIMENSION)}) >= 2

    def cost_then_gain(index: int) -> bool:
        """A cost told in one sentence and its payoff in the next ("X got worse. But Y...")."""
        c = claims[index]
        after = claims[index + 1] if index + 1 < len(claims) else None
        cost = asserted(cues.DOWNSIDE_STRONG, c)
        return bool(
            cost
            and after is not None
            and after.turn == c.turn
            and cues.GAIN_AFTER_COST.match(after.lower)
            and not (c.general or after.general or c.hedged)
            and actor(c, cost.start()) != "other"
        )

    def forgone_better(index: int) -> bool:
        """An alternative that scored better, set aside by the candidate's side for a stated reason."""
        c = claims[index]
        better = asserted(cues.BETTER_ALTERNATIVE, c)
        if not better or c.general or c.hedged:
            return False
        window = [n for n in claims[index : index + 3] if n.turn == c.turn and not n.general]
        for n in window:
            kept = asserted(cues.KEPT_PLAINER, n)
            start = better.end() if n is c else 0
            if kept and kept.start() >= start and actor(n, kept.start()) in ("i", "we", "none"):
                return any(w.find(cues.REASON) for w in window) or n is c
        return False

    for index, s in enumerate(claims):
        word = asserted(cues.TRADE_WORD, s)
        if concrete(s) or cost_then_gain(index) or forgone_better(index):
            move = asserted(cues.TRADE_STRONG, s) or asserted(cues.TRADE_MOVE, s)
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
        contain = any(asserted(cues.CONTAIN, c) for c in window if c.order >= s.order)
        hits[3 if reason and contain else 2].append((s, pos))
    score = 3 if hits[3] else 2 if hits[2] else 1 if hits[1] else 0
    return reading(score, hits, "tradeoffs")


def _dimension_moved(s: Sentence, verb: re.Match[str]) -> bool:
    """ "costs dropped", "errors fell": a quantity that moved, told as its subject, is not a choice."""
    before = s.lower[max(0, verb.start() - 40) : verb.start()].rstrip()
    return any(m.end() == len(before) for m in cues.DIMENSION.finditer(before))


def _weighed(s: Sentence) -> bool:
    """A choice told together with what spoke against it, too loosely to name both sides."""
    move = asserted(cues.TRADE_MOVE, s) or asserted(cues.CHOICE, s)
    return bool(move and not _dimension_moved(s, move) and s.find(cues.DOWNSIDE_STRONG) and s.find(cues.DIMENSION))
