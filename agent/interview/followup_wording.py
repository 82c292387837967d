"""How the offline interviewer's first follow-ups read: do they pick up the candidate's words, and do they vary?

For each transcript, the conversation is cut after the opening answer and the interviewer's next
question is written as in a chat (agent.interview.next_move, through `next_probe`). Two shares
are reported: first follow-ups that weave in a phrase the candidate said, and distinct questions
among them (a bank that asks six generic phrasings of everyone scores low on both).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pydantic import BaseModel

from agent.interview.replay import next_probe
from agent.interview.targeting import opening
from agent.models import Transcript

if TYPE_CHECKING:
    from agent.backends import Backend


class FollowupWording(BaseModel):
    n: int  # first follow-ups written (transcripts where the interviewer did not stop)
    woven: int  # of them, questions that pick up the candidate's own words
    distinct: int  # different question texts among them
    woven_share: float
    distinct_share: float


def evaluate_followup_wording(transcripts: Iterable[Transcript], backend: Backend) -> FollowupWording:
    """The two shares over the first follow-up after each transcript's opening answer."""
    texts: list[str] = []
    woven = 0
    for transcript in transcripts:
        if not transcript.candidate_texts():
            continue
        question = next_probe(opening(transcript), backend).question
        if question is None:
            continue
        texts.append(question.text)
        woven += question.phrase is not None
    n = len(texts)
    distinct = len(set(texts))
    return FollowupWording(
        n=n,
        woven=woven,
        distinct=distinct,
        woven_share=woven / n if n else 0.0,
        distinct_share=distinct / n if n else 0.0,
    )
