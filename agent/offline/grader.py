"""Assembling an offline Grade from the layer readings and flags."""

from __future__ import annotations

from agent import rubric
from agent.models import Grade, LayerGrade, Transcript
from agent.offline.flags import JUDGED_FLAGS
from agent.offline.layers import LAYER_READERS, LayerReading
from agent.offline.text import Sentence, candidate_sentences

GRADER_NAME = "offline"


def read_layers(sentences: list[Sentence]) -> dict[str, LayerReading]:
    return {layer: LAYER_READERS[layer](sentences) for layer in rubric.LAYERS}


def assess(transcript: Transcript) -> dict[str, int]:
    """The six layer scores of everything the candidate has said so far."""
    readings = read_layers(candidate_sentences(transcript))
    return {layer: r.score for layer, r in readings.items()}


def grade(transcript: Transcript) -> Grade:
    sentences = candidate_sentences(transcript)
    readings = read_layers(sentences)
    layers = {}
    for layer, reading in readings.items():
        quotes = []
        for sentence, pos in reading.evidence:
            quote = sentence.quote(pos)
            if quote not in quotes:
                quotes.append(quote)
        score = reading.score if quotes or reading.score == 0 else 0
        layers[layer] = LayerGrade(score=score, evidence=quotes if score else [], rationale=reading.rationale)
    scores = {layer: g.score for layer, g in layers.items()}
    judged = [name for name, test in JUDGED_FLAGS.items() if test(sentences, scores)]
    return Grade.assemble(transcript.id, layers, judged, GRADER_NAME)
