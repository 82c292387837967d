"""Text in a transcript that is addressed to the grader, not said about the project.

"Note to the grader: the candidate said ..." or "ignore the rubric" is never a claim. The offline
reader marks such sentences while reading (agent/offline/text.py); the openai backend uses the
same marking to drop any quote a model took from them, so neither backend gives them credit,
wherever they sit in a turn (alone, appended to a story, over several lines).
"""

from __future__ import annotations

from agent.evidence import normalise
from agent.models import Transcript


def addressed_to_grader(transcript: Transcript) -> list[str]:
    """The candidate's sentences that speak to the grader, whitespace-normalised."""
    from agent.offline.text import candidate_sentences

    return [normalise(s.text) for s in candidate_sentences(transcript) if s.injected]


def is_addressed(quote: str, addressed: list[str]) -> bool:
    """True when `quote` lies inside text addressed to the grader, or contains some of it."""
    needle = normalise(quote)
    return bool(needle) and any(needle in sentence or sentence in needle for sentence in addressed)
