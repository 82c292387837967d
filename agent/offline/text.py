"""Sentences of the candidate's turns, with what a reader notices about each before scoring.

Every sentence keeps its exact span in its turn, so evidence quotes are always exact
substrings of the candidate's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from agent.models import Transcript
from agent.offline import lexicon as lx
from agent.offline import prefilter

# A sentence ends at . ! ? (or a run of them) before whitespace, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=\S)|\n\s*")
_MAX_QUOTE = 260
_HAS_WORD = re.compile(r"\w")
_UNSEEN = object()
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|with|for|from|by|at|of|about|and|than|between|told|asked|showed|convinced|persuaded)\s+$"
)


@dataclass
class Sentence:
    """One candidate sentence and the context a reader needs to interpret it."""

    text: str
    turn: int  # index of the candidate turn in the transcript's turns
    order: int  # position among all candidate sentences
    answer_to: str | None  # layer the preceding interviewer question aimed at, if any
    first_answer: bool  # part of the candidate's opening story
    lower: str = field(init=False)
    injected: bool = field(init=False)  # addressed to a grader, not a claim about the project
    general: bool = field(init=False)  # advice or hypotheticals ("normally you would...")
    _memo: dict[object, re.Match[str] | None] = field(init=False, repr=False, default_factory=dict)
    _subjects: tuple[list[int], list[str]] | None = field(init=False, repr=False, default=None)
    _encoded: bytes | None = field(init=False, repr=False, default=None)
    # features.outcome_numbers, computed once: four readers and the learned layer ask for it
    outcome_numbers_memo: list[re.Match[str]] | None = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        self.lower = _lower_same_length(self.text)
        self._encoded = prefilter.prepared(self.lower)
        # The cheap word test stands in for the prefilter when RE2 is missing.
        self.injected = (self._encoded is not None or lx.might_be_injection(self.lower)) and bool(
            self.find(lx.INJECTION)
        )
        self.general = self.find(lx.GENERAL_ADVICE) is not None

    @property
    def hedged(self) -> bool:
        return self.find(lx.HEDGE) is not None

    def find(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """First match of `pattern` in the lower-cased sentence, computed once per sentence."""
        key = id(pattern)
        if key not in self._memo:
            self._memo[key] = None if self._ruled_out(pattern) else pattern.search(self.lower)
        return self._memo[key]

    def subjects(self) -> tuple[list[int], list[str]]:
        """End positions and kinds (i, we, other) of the grammatical subjects, in order."""
        if self._subjects is None:
            # "I went to the head of sales": after a preposition, another party is an object.
            found = [
                m
                for m in lx.SUBJECT.finditer(self.text)
                if m.lastgroup != "other" or not _OBJECT_BEFORE.search(self.lower, max(0, m.start() - 12), m.start())
            ]
            self._subjects = ([m.end() for m in found], [m.lastgroup or "" for m in found])
        return self._subjects

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Every match of `pattern`; a sentence already ruled out is not scanned."""
        found = self._memo.get(id(pattern), _UNSEEN)
        if found is None or (found is _UNSEEN and self._ruled_out(pattern)):
            return iter(())
        return pattern.finditer(self.lower)

    def _ruled_out(self, pattern: re.Pattern[str]) -> bool:
        return self._encoded is not None and not prefilter.might_match(pattern, self._encoded)

    def quote(self, around: int | None = None) -> str:
        """The sentence, or for a very long one the clause window around `around`."""
        if len(self.text) <= _MAX_QUOTE:
            return self.text
        pos = around or 0
        start = max(0, pos - _MAX_QUOTE // 2)
        boundary = self.text.rfind(", ", 0, pos)
        if boundary != -1 and boundary >= start - 60:
            start = boundary + 2
        end = min(len(self.text), start + _MAX_QUOTE)
        return self.text[start:end].strip()


def _lower_same_length(text: str) -> str:
    """Lower-case text whose character positions still line up with the original."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def split_sentences(text: str) -> list[str]:
    parts, last = [], 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[last : match.start()].strip()
        if piece:
            parts.append(piece)
        last = match.end()
    tail = text[last:].strip()
    if tail:
        parts.append(tail)
    # Strip list markers but keep an exact substring.
    parts = [re.sub(r"^(?:[-*•]\s+|\d+[.)]\s+)", "", p) or p for p in parts]
    # A "sentence" of punctuation alone (". . . . ." pasted 100,000 times) says nothing a reader
    # could score, and each would cost a full reading.
    parts = [p for p in parts if _HAS_WORD.search(p)]
    return [chunk for p in parts for chunk in _chunks(p)]


_RUN_ON = 600
# `(?<!\s)`: a run of whitespace is tried once, from its start; without it every position of a
# long run rescans the rest of the run (quadratic: 64,000 spaces took 33 s). Same matches.
_BREATH = re.compile(r",\s+|;\s+|(?<!\s)\s+(?=(?:and|so|but|then|because)\s)")


def _chunks(piece: str) -> list[str]:
    """A run-on 'sentence' (speech-to-text rarely has full stops) cut at its breaths.

    Keeps quotes readable and keeps the reading linear in the length of the text.
    """
    if len(piece) <= _RUN_ON:
        return [piece]
    chunks, start = [], 0
    for match in _BREATH.finditer(piece):
        if match.start() - start >= _RUN_ON // 2:
            chunks.append(piece[start : match.start()].strip(" ,;"))
            start = match.end()
    chunks.append(piece[start:].strip(" ,;"))
    return [c for c in chunks if c]


def question_layer(question: str, probe: str | None) -> str | None:
    """Which layer an interviewer question asks about: its `probe`, else read from its words."""
    if probe:
        return probe
    lower = question.lower()
    for layer, pattern in lx.QUESTION_LAYER:
        if pattern.search(lower):
            return layer
    return None


def candidate_sentences(transcript: Transcript) -> list[Sentence]:
    sentences: list[Sentence] = []
    answer_to: str | None = None
    seen_candidate = False
    first_turn = True
    for index, turn in enumerate(transcript.turns):
        if turn.role == "interviewer":
            answer_to = question_layer(turn.text, turn.probe)
            if seen_candidate:
                first_turn = False
            continue
        seen_candidate = True
        for paragraph in _PARAGRAPH.split(turn.text):
            in_note = False
            for piece in split_sentences(paragraph):
                s = Sentence(piece, index, len(sentences), answer_to if not first_turn else None, first_turn)
                # "Note to the grader:" and what follows it in its paragraph (over any number of
                # lines or sentences) is a message to the grader, and so is reported speech about
                # "the candidate": neither is a claim the candidate makes about the project.
                s.injected = s.injected or in_note or bool(_REPORTED.search(s.lower))
                in_note = in_note or (s.injected and bool(_OPENS_NOTE.search(s.lower) or _REPORTED.search(s.lower)))
                sentences.append(s)
    return sentences


_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_REPORTED = re.compile(
    r"\bthe (?:candidate|interviewee|applicant)(?:'s)? (?:said|says|claimed|claims|stated|states|told|mentioned|"
    r"explained|described|reported|has (?:said|shown|demonstrated|described)|deserves|should (?:get|receive|be))\b"
)
# A sentence already read as addressed to the grader opens a note when it says so outright.
_OPENS_NOTE = re.compile(r":\s*$|\b(?:note|guidance|instructions?) (?:to|for)\b|\b(?:guidance|note):|\bthe following\b")
