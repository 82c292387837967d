"""Assembling an offline Grade: rule readings, weighed by the learned layer, quoted, flagged."""

from __future__ import annotations

from agent import rubric
from agent.models import Grade, LayerGrade, Transcript
from agent.offline import learned
from agent.offline.flags import JUDGED_FLAGS
from agent.offline.layers import LAYER_READERS, LayerReading
from agent.offline.reading import self_assessment
from agent.offline.text import Sentence, candidate_sentences

GRADER_NAME = "offline"


def read_layers(sentences: list[Sentence]) -> dict[rubric.Layer, LayerReading]:
    return {layer: LAYER_READERS[layer](sentences) for layer in rubric.LAYERS}


def assess(transcript: Transcript) -> dict[str, int]:
    """The six layer scores the interviewer plans on: the rule readings of everything said so far.

    The learned layer is left out here on purpose: on the model-written test split it moved three
    of 80 first follow-ups onto a layer the opening already told (targeting 0.875 against 0.91),
    and a follow-up about something already told well is what loses a user's trust fastest.
    """
    readings = read_layers(candidate_sentences(transcript))
    return {layer: r.score for layer, r in readings.items()}


def grade(transcript: Transcript) -> Grade:
    sentences = candidate_sentences(transcript)
    readings = read_layers(sentences)
    story = learned.view(sentences)
    layers = {}
    for layer, reading in readings.items():
        score, raised_by = learned.score(layer, readings, story)
        # Where the rules found less than the story says, the claims that speak the layer's language back it.
        backing = list(reading.evidence) + [(sentence, None) for sentence in raised_by]
        quotes: list[str] = []
        for sentence, pos in backing:
            quote = sentence.quote(pos)
            if quote not in quotes:
                quotes.append(quote)
        if not quotes:
            score = 0  # a score nobody can check is not given
        elif all(self_assessment(sentence) for sentence, _ in backing):
            score = min(score, 1)  # a claim that names the layer, with nothing that happened, is a nod
        anchor = rubric.load_rubric().layer(layer).anchors[score]
        rationale = anchor[0].upper() + anchor[1:] if score != reading.score else reading.rationale
        layers[layer] = LayerGrade(score=score, evidence=quotes[:3] if score else [], rationale=rationale)
    scores: dict[str, int] = {layer: g.score for layer, g in layers.items()}
    judged = [name for name, test in JUDGED_FLAGS.items() if test(sentences, scores)]
    return Grade.assemble(transcript.id, layers, judged, GRADER_NAME)
