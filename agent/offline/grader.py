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
    """The six layer scores the interviewer plans on: the grader's reading of everything said so far.

    On the opening answer alone it is the rules' literal reading, never above the grader's. A
    single answer is thin for the learned layer, which was trained mostly on whole stories: its
    raises there moved first follow-ups off real gaps (model-written dev, writers held out: 213 of
    230 on a real gap against 217). From the second answer on the interviewer reads exactly what
    the grader reads, so it stops when the grader would call every layer covered (complete stories
    stopped on: 79 of 91 against 67 with the rules).
    """
    sentences = candidate_sentences(transcript)
    readings = read_layers(sentences)
    graded = _graded_layers(sentences, readings)
    if len(transcript.candidate_texts()) >= 2:
        return {layer: g.score for layer, g in graded.items()}
    return {layer: min(readings[layer].score, graded[layer].score) for layer in rubric.LAYERS}


def grade(transcript: Transcript) -> Grade:
    sentences = candidate_sentences(transcript)
    layers = _graded_layers(sentences, read_layers(sentences))
    scores: dict[str, int] = {layer: g.score for layer, g in layers.items()}
    judged = [name for name, test in JUDGED_FLAGS.items() if test(sentences, scores)]
    return Grade.assemble(transcript.id, layers, judged, GRADER_NAME)


def _graded_layers(
    sentences: list[Sentence], readings: dict[rubric.Layer, LayerReading]
) -> dict[rubric.Layer, LayerGrade]:
    """Each layer's score, quotes and rationale: the rule reading, weighed by the learned layer."""
    story = learned.view(sentences, readings)
    layers: dict[rubric.Layer, LayerGrade] = {}
    for layer, reading in readings.items():
        score, raised_by = learned.score(layer, readings, story)
        # Where the rules found less than the story says, the claims that speak the layer's language back it.
        backing = list(reading.evidence) + [(sentence, None) for sentence in raised_by]
        backing = learned.likeliest_first(layer, score, story, backing)
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
    return layers
