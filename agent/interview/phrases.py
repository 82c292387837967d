"""Picking up the candidate's own words for a follow-up ("You said the model went live in March").

A phrase is one short clause of an answer that mentions something the target layer cares about,
turned into the second person. Only whole clauses are used (never cut mid-clause) and only ones
that start with a subject, so the question reads as a sentence; otherwise there is no phrase and
the question is asked plainly.

When no clause speaks to the target layer, a clause that says something specific (a system, a
number, a launch, a decision, a person or team) is picked up instead (`pick_detail`), and the
question is asked after it ("You said you moved the feature store to Redis. What changed...?").
Either way a clause that would read wrongly out of context is never picked (`awkward`): one that
addresses the interviewer or a generic "you", is filler or a false start, leans on a referent
the listener cannot see ("it took a week"), or stops mid-phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

MAX_WORDS = 14
MIN_WORDS = 3

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d{3})|[;:()]|\s[-–—]\s|\bbut\b|\bso\b|\bbecause\b|\bwhich\b)\s*", re.IGNORECASE
)
_LEADING = re.compile(r"^(?:and|then|and then|also|well|so|but)\s+", re.IGNORECASE)
_SUBJECTS = {
    "i", "we", "our", "my", "the", "it", "they", "this", "that", "a", "an", "he", "she", "everyone",
    "nobody", "leadership", "management", "users", "customers", "their", "its", "you", "your",
}  # fmt: skip
_LOWER_FIRST = _SUBJECTS - {"i"}

# First person to second person, longest forms first so "I was" wins over "I". Case-sensitive on
# purpose: "US" the country must not become "you".
_SWAPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"\bI wasn't\b", "you weren't"),
        (r"\bI was\b", "you were"),
        (r"\bI am\b", "you are"),
        (r"\bI'm\b", "you're"),
        (r"\bI've\b", "you've"),
        (r"\bI'd\b", "you'd"),
        (r"\bI'll\b", "you'll"),
        (r"\b[Ww]e're\b", "you're"),
        (r"\b[Ww]e've\b", "you've"),
        (r"\b[Ww]e'd\b", "you'd"),
        (r"\b[Ww]e'll\b", "you'll"),
        (r"\bmyself\b", "yourself"),
        (r"\bourselves\b", "yourselves"),
        (r"\bmine\b", "yours"),
        (r"\bours\b", "yours"),
        (r"\b[Mm]y\b", "your"),
        (r"\b[Oo]ur\b", "your"),
        (r"\bme\b", "you"),
        (r"\bus\b", "you"),
        (r"\bI\b", "you"),
        (r"\b[Ww]e\b", "you"),
    ]
]


def second_person(text: str) -> str:
    """The clause as the interviewer would say it back: I/we/our become you/your."""
    for pattern, repl in _SWAPS:
        text = pattern.sub(repl, text)
    return text


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def clauses(sentence: str) -> list[str]:
    return [_LEADING.sub("", c.strip()) for c in _CLAUSE.split(sentence) if c and c.strip()]


def usable(clause: str) -> bool:
    words = clause.split()
    return MIN_WORDS <= len(words) <= MAX_WORDS and words[0].lower().strip("'\"") in _SUBJECTS


_YOU = re.compile(r"\byou(?:r|rs|'re|'ve|'d|'ll)?\b", re.IGNORECASE)
_FILLER = re.compile(
    r"\b(?:like|um+|uh+|erm|you know|i mean|kind of|sort of|basically|whatever|stuff|things?)\b|\.\.\.|[?\"“”]",
    re.IGNORECASE,
)
_VAGUE_START = {"it", "this", "that", "they", "he", "she", "its", "their"}
_DANGLING_END = {
    "a", "an", "the", "to", "of", "and", "or", "with", "for", "that", "is", "was", "in", "on", "at", "by", "from",
    "my", "our", "your", "can", "could", "would", "will", "should", "we", "i", "some", "very", "more", "as",
}  # fmt: skip
_PRONOUNS = {"i", "we", "you", "he", "she", "they", "it"}
# Hedges, hypotheticals and negations: "You said you would fly out..." or "You said you haven't
# shipped the ranker. What did you watch after that?" put words in the candidate's mouth.
_HEDGE = re.compile(
    r"\b(?:probably|maybe|perhaps|later|i guess|i think|i suppose"
    r"|would|could|might|should|will|hope|gonna|not|never|no)\b"
    r"|n't\b",
    re.IGNORECASE,
)
_CONJUNCTIONS = {"since", "when", "if", "as", "because", "while", "after", "before", "though", "although", "and", "or"}
# What makes a clause worth saying back when it does not speak to the layer itself.
_SPECIFIC = re.compile(
    r"\d"
    r"|\b(?:built|build|shipped|launched|deployed|rolled out|released|decided|chose|picked|switched|moved|migrated"
    r"|replaced|rewrote|wrote|trained|designed|set up|led|owned|ran|found|noticed|proposed|pushed|convinced|dropped"
    r"|cut|added|removed|killed|retired|delayed|paused|negotiated|agreed|measured|tested|collected|label+ed"
    r"|experiment(?:ed)?|predict(?:ed)?|classif\w+|forecast\w*|project|pipeline|system|service|dataset|models?"
    r"|start(?:ed)?|develop\w*|competed|competitions?|talk|thesis|internship|career|adopted|began|gave|rebuil\w*"
    r"|leading|building|running|owning|designing|training|launching|shipping|migrating|rewriting|rank\w*|recommend\w*)\b"
    r"|\b(?:team|manager|lead|stakeholders?|product|ops|customers?|users?|clients?|partners?|leadership|director)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_START = {"i", "we", "my", "our"}


def awkward(clause: str) -> bool:
    """A clause that would read wrongly said back to the candidate out of its context."""
    words = clause.split()
    if not words:
        return True
    first = words[0].lower().strip("'\"")
    last = words[-1].lower().strip(".!?,;:'\"")
    return bool(
        _YOU.search(clause)
        or _FILLER.search(clause)
        or _HEDGE.search(clause)
        or first in _VAGUE_START
        or last in _DANGLING_END
        or (len(words) > 1 and words[1].lower().strip("'\",") in _PRONOUNS)  # a false start: "We I mean..."
        or (len(words) > 1 and words[1].lower() in _CONJUNCTIONS)  # "we when the queue backed up": a lost thread
        or any(a.lower() == b.lower() for a, b in zip(words, words[1:], strict=False))  # a stammer: "the the"
    )


def _candidate_clauses(answers: Sequence[str]) -> Iterator[str]:
    """Usable, non-awkward clauses, the latest answer first, each answer in order."""
    for answer in reversed(answers):
        for sentence in sentences(answer):
            for clause in clauses(sentence):
                if usable(clause) and not awkward(clause):
                    yield clause


def _said_back(clause: str, asked: Sequence[str]) -> str | None:
    """The clause in the second person, or None when an earlier question already said it back."""
    phrase = tidy(second_person(clause))
    return None if any(phrase.lower() in q.lower() for q in asked) else phrase


def pick_phrase(answers: Sequence[str], hooks: Iterable[str], asked: Sequence[str] = ()) -> str | None:
    """A clause from the latest answer that matches a hook (else earlier answers), in the second person.

    A clause an earlier question (`asked`) already said back is passed over: hearing it twice reads as a script.
    """
    patterns = [re.compile(h, re.IGNORECASE) for h in hooks]
    for clause in _candidate_clauses(answers):
        if any(p.search(clause) for p in patterns) and (phrase := _said_back(clause, asked)):
            return phrase
    return None


# A finite verb after "my/our ...": without one the clause is a noun phrase ("our customers and developers").
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|went|got|made|came|ran|took|gave|found|began|grew|fell|knew"
    r"|wants?|needs?|uses?|\w+ed)\b",
    re.IGNORECASE,
)


def has_verb(words: Sequence[str]) -> bool:
    """A verb after "my/our <noun>": a known one anywhere, or an -s form right after the noun ("team works")."""
    if _VERB.search(" ".join(words)):
        return True
    return len(words) > 1 and words[0].lower().endswith("s") and words[0].lower() not in ("its", "this", "his", "as")


def names_something(clause: str) -> bool:
    """A system, product or place by name: a capitalised word after the first ("Beacon", "Redis")."""
    return any(
        w[:1].isupper() and w.strip(".,;:!?'\"") not in ("I", "I'm", "I've", "I'd", "I'll") for w in clause.split()[1:]
    )


def pick_detail(answers: Sequence[str], asked: Sequence[str] = ()) -> str | None:
    """A clause told in the first person that says something specific, in the second person.

    Only "I/we/my/our" clauses: said back as "you ...", they are the candidate's own account.
    """
    for clause in _candidate_clauses(answers):
        words = clause.split()
        first = words[0].lower().strip("'\"")
        if first not in _FIRST_PERSON_START:
            continue
        if first in ("my", "our") and not has_verb(words[2:]):
            continue
        if (_SPECIFIC.search(clause) or names_something(clause)) and (phrase := _said_back(clause, asked)):
            return phrase
    return None


def tidy(clause: str) -> str:
    clause = clause.strip().rstrip(".!?,;:").strip().strip("\"'“”")
    first, _, rest = clause.partition(" ")
    if first.lower() in _LOWER_FIRST:
        clause = f"{first.lower()} {rest}".strip()
    return clause
