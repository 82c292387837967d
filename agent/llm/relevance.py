"""Evidence that speaks to its layer: a model's quote must be the candidate's words *and* about the layer.

The quote check (agent.evidence) proves a quote is the candidate's; it cannot tell whether a
sentence about monitoring is evidence of a tradeoff. A weak model pastes one real sentence for
every layer and earns points on all six. Two rules, applied in code after the quote check:

1. One sentence backs at most two layers: beyond that it is kept only for the layers the offline
   reader links it to (at most two, in rubric order) and dropped from the others, which then
   keep only their other quotes (a layer left with none scores 0, as any unquoted score does).
2. A layer scored 2 or 3 needs at least one quote the offline reader links to that layer (it
   scores the quote alone on that layer, or found the same words as that layer's evidence in
   the whole transcript); otherwise the layer is capped at 1 and its rationale says why.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from agent import rubric
from agent.evidence import candidate_corpus, normalise
from agent.models import LayerGrade, Transcript, Turn
from agent.rubric import Layer

MAX_LAYERS_PER_SENTENCE = 2
_SENTENCE = re.compile(r"\S.*?(?:[.!?]+(?=\s|$)|$)")  # corpus turns have single spaces


@lru_cache(maxsize=4096)
def layers_spoken_to(sentence: str) -> frozenset[Layer]:
    """The layers the offline reader scores 1 or more on `sentence` told alone."""
    from agent.offline.grader import grade

    alone = Transcript(id="quote", turns=[Turn(role="candidate", text=sentence)])
    return frozenset(layer for layer, lg in grade(alone).layers.items() if lg.score >= 1)


def offline_evidence(transcript: Transcript) -> dict[Layer, list[str]]:
    """The offline reader's quotes per layer for the whole transcript (context a lone sentence lacks)."""
    from agent.offline.grader import grade

    return {layer: [normalise(q) for q in lg.evidence] for layer, lg in grade(transcript).layers.items()}


def sentence_of(quote: str, corpus: list[str]) -> str:
    """The candidate sentence a (verified) quote starts in; the quote itself when not found."""
    needle = normalise(quote)
    for turn in corpus:
        at = turn.find(needle)
        if at != -1:
            for match in _SENTENCE.finditer(turn):
                if match.start() <= at < match.end():
                    return match.group()
    return needle


def linked(layer: Layer, quote: str, sentence: str, evidence: Mapping[Layer, list[str]]) -> bool:
    """Does the offline reader link this quote (or its sentence) to `layer`?"""
    if layer in layers_spoken_to(quote) or layer in layers_spoken_to(sentence):
        return True
    q = normalise(quote)
    return any(q in e or e in q or e in sentence for e in evidence.get(layer, []))


def speak_to_their_layers(layers: dict[Layer, LayerGrade], transcript: Transcript) -> dict[Layer, LayerGrade]:
    """`layers` with the two rules of the module docstring applied."""
    corpus = candidate_corpus(transcript)
    evidence = offline_evidence(transcript)
    sentences = {q: sentence_of(q, corpus) for lg in layers.values() for q in lg.evidence}
    users: dict[str, list[Layer]] = {}
    for layer in rubric.LAYERS:
        for sentence in dict.fromkeys(sentences[q] for q in layers[layer].evidence):
            users.setdefault(sentence, []).append(layer)
    dropped: dict[Layer, list[str]] = {}
    for sentence, cited_by in users.items():
        if len(cited_by) <= MAX_LAYERS_PER_SENTENCE:
            continue
        keep = [layer for layer in cited_by if linked(layer, sentence, sentence, evidence)][:MAX_LAYERS_PER_SENTENCE]
        for layer in cited_by:
            if layer not in keep:
                dropped.setdefault(layer, []).append(sentence)
    out: dict[Layer, LayerGrade] = {}
    for layer in rubric.LAYERS:
        grade = layers[layer]
        quotes = [q for q in grade.evidence if sentences[q] not in dropped.get(layer, [])]
        if grade.score == 0:
            out[layer] = grade
        elif not quotes:
            out[layer] = LayerGrade(
                score=0,
                evidence=[],
                rationale=(
                    f"Scored 0: the model gave {grade.score}, but its only quote was one sentence it also cited "
                    f"for {len(users[dropped[layer][0]])} layers, and it does not speak to this one. "
                    f"(Model's rationale: {grade.rationale})"
                ),
            )
        elif grade.score >= 2 and not any(linked(layer, q, sentences[q], evidence) for q in quotes):
            out[layer] = LayerGrade(
                score=1,
                evidence=quotes,
                rationale=(
                    f"Capped at 1: the model gave {grade.score}, but none of its quotes speaks to "
                    f"{layer.replace('_', ' ')}. (Model's rationale: {grade.rationale})"
                ),
            )
        else:
            out[layer] = LayerGrade(score=grade.score, evidence=quotes, rationale=grade.rationale)
    return out
