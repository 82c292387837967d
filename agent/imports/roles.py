"""Which speaker is the candidate: from the user's options, from role names, or from how they talk.

With two speakers the interviewer is usually plain: they open, ask the questions and talk less.
Two of those three signals must point at the same speaker, and none of them at the other more
often; otherwise the roles are not guessed and the error names the speakers and the option.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from agent.imports.utterances import ImportProblem, same_name

# A speaker called 'Interviewer 2' or 'Candidate' has said who they are.
ROLE_WORDS = {"interviewer": "interviewer", "q": "interviewer", "candidate": "candidate", "interviewee": "candidate",
              "a": "candidate"}  # fmt: skip
_ASKS = re.compile(
    r"^(?:(?:so|and|okay|ok|right|great|thanks|cool)[,.]?\s+)*"
    r"(?:what|how|why|when|where|which|who|tell me|can you|could you|would you|walk me|talk me|take me|describe"
    r"|did you|do you|have you|were you|was there|is there|were there)\b",
    re.IGNORECASE,
)
QUESTION_MARGIN = 0.25  # difference in the share of turns that ask, to count as asking the questions
QUIETER = 0.6  # talks at most this share of the other's words, to count as talking less


@dataclass(frozen=True)
class RoleOptions:
    """What the user said on the command line: --candidate NAME, --interviewer NAME (repeatable)."""

    candidate: str | None = None
    interviewers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cast:
    """Who is who, and how that was decided (shown with the grade)."""

    candidate: str
    interviewers: tuple[str, ...]
    decided_by: str


@dataclass(frozen=True)
class Talk:
    """A speaker's turns, as the role signals need them."""

    name: str
    turns: int
    asking: int
    words: int


def talk_of(turns: Sequence[tuple[str, str]]) -> list[Talk]:
    """Per speaker, in order of first appearance: turns, turns that ask, words."""
    order: dict[str, list[int]] = {}
    for name, text in turns:
        tally = order.setdefault(name, [0, 0, 0])
        tally[0] += 1
        tally[1] += asks(text)
        tally[2] += len(text.split())
    return [Talk(name, *tally) for name, tally in order.items()]


def asks(text: str) -> bool:
    """A turn that asks something: a question mark, or (speech-to-text has few) a question's opening."""
    return "?" in text or bool(_ASKS.match(text.strip()))


def cast(talk: Sequence[Talk], options: RoleOptions) -> Cast:
    names = [t.name for t in talk]
    roles: dict[str, str] = {}
    if options.candidate:
        roles[_find(options.candidate, names)] = "candidate"
    for given in options.interviewers:
        found = _find(given, names)
        if roles.get(found) == "candidate":
            raise ImportProblem(f"{found!r} is named both as the candidate and as an interviewer")
        roles[found] = "interviewer"
    decided_by = "option" if roles else "names"
    for name in names:
        if name not in roles and name.split()[0].casefold() in ROLE_WORDS:
            roles[name] = ROLE_WORDS[name.split()[0].casefold()]
    candidates = [n for n in names if roles.get(n) == "candidate"]
    open_names = [n for n in names if n not in roles]
    if len(candidates) > 1:
        raise ImportProblem(f"more than one candidate ({_listing(candidates)}); say which with --candidate NAME")
    if not roles and len(names) == 1:
        return Cast(names[0], (), "single speaker")
    if not roles and len(names) == 2:
        candidate, interviewers = _by_signals(talk)
        return Cast(candidate, interviewers, "auto")
    if not candidates and len(open_names) == 1 and roles:
        candidates = open_names
    if not candidates and not open_names:
        raise ImportProblem(f"every speaker is an interviewer ({_listing(names)}); name the candidate with --candidate")
    if not candidates:
        raise ImportProblem(
            f"cannot tell which speaker is the candidate among {_listing(open_names)}; "
            "say who with --candidate NAME (and --interviewer NAME for each interviewer of a panel)"
        )
    return Cast(candidates[0], tuple(n for n in names if n != candidates[0]), decided_by)


def _by_signals(talk: Sequence[Talk]) -> tuple[str, tuple[str, ...]]:
    a, b = talk
    votes: dict[str, list[str]] = {a.name: [], b.name: []}
    votes[a.name].append("opens")
    share_a, share_b = a.asking / a.turns, b.asking / b.turns
    if abs(share_a - share_b) >= QUESTION_MARGIN:
        votes[(a if share_a > share_b else b).name].append("asks the questions")
    if a.words <= QUIETER * b.words or b.words <= QUIETER * a.words:
        votes[(a if a.words < b.words else b).name].append("talks less")
    for asker, other in ((a, b), (b, a)):
        if len(votes[asker.name]) >= 2 and len(votes[other.name]) < len(votes[asker.name]):
            return other.name, (asker.name,)
    raise ImportProblem(
        f"cannot tell the interviewer from the candidate between {a.name!r} and {b.name!r} "
        "(neither clearly asks the questions and talks less); say who with --candidate NAME or --interviewer NAME"
    )


def _find(given: str, names: Sequence[str]) -> str:
    """The speaker `given` names: the same name in any case, or the one whose name starts with it."""
    key = same_name(given)
    exact = [n for n in names if same_name(n) == key]
    if exact:
        return exact[0]
    starts = [n for n in names if same_name(n).startswith(key + " ")]
    if len(starts) == 1:
        return starts[0]
    if starts:
        raise ImportProblem(f"{given!r} could be {_listing(starts)}; give the full name")
    raise ImportProblem(f"no speaker called {given!r} (the speakers are {_listing(names)})")


def _listing(names: Sequence[str]) -> str:
    return ", ".join(repr(n) for n in names)
