"""From the model's answer to a Grade whose every quote is in the candidate's words.

Quotes are checked in code: exact ones stand, near matches are snapped to the candidate's exact
span, and the rest go back to the model in one repair round. Whatever is still unverified is
dropped; a layer left with no quote scores 0 and says why. A quote must also speak to its layer
(agent.llm.relevance). Flags and verdict follow the rubric.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from agent import rubric
from agent.evidence import candidate_corpus, verified_quote
from agent.injection import addressed_to_grader, is_addressed
from agent.llm.caller import Caller, Usage
from agent.llm.prompt import Message, repair_message
from agent.llm.relevance import speak_to_their_layers
from agent.llm.schema import GraderOutput, LayerAnswer
from agent.models import Grade, LayerGrade, Transcript


@dataclass
class Sample:
    """One verified reading of a transcript: layer grades plus the judged flags."""

    layers: dict[rubric.Layer, LayerGrade]
    judged: list[str]
    usage: Usage = field(default_factory=Usage)


def check_quotes(
    answer: LayerAnswer, corpus: list[str], addressed: list[str] | None = None
) -> tuple[list[str], list[str]]:
    """(verified quotes, failed quotes); verified ones are exact spans of candidate turns.

    A quote from text addressed to the grader (`addressed`) is neither: it is dropped.
    """
    verified: list[str] = []
    failed: list[str] = []
    for quote in answer.quotes:
        exact = verified_quote(quote, corpus)
        if exact is not None and addressed and is_addressed(exact, addressed):
            continue
        if exact is None:
            failed.append(quote)
        elif exact not in verified:
            verified.append(exact)
    return verified, failed


def failed_quotes(output: GraderOutput, corpus: list[str]) -> list[tuple[rubric.Layer, str]]:
    return [(layer, q) for layer in rubric.LAYERS for q in check_quotes(output.layer(layer), corpus)[1]]


def layer_grade(answer: LayerAnswer, corpus: list[str], addressed: list[str] | None = None) -> LayerGrade:
    """The layer as the model scored it, keeping only verified quotes; 0 when none is left."""
    verified, failed = check_quotes(answer, corpus, addressed)
    if answer.score == 0:
        return LayerGrade(score=0, evidence=[], rationale=answer.rationale)
    if verified:
        return LayerGrade(score=answer.score, evidence=verified, rationale=answer.rationale)
    if failed:
        why = f"none of its {len(failed)} quote(s) could be found in the candidate's words"
    elif answer.quotes:
        why = "its quotes were text addressed to the grader, not claims about the project"
    else:
        why = "it gave no quote from the candidate"
    return LayerGrade(
        score=0,
        evidence=[],
        rationale=f"Scored 0: the model gave {answer.score}, but {why}. (Model's rationale: {answer.rationale})",
    )


async def read_once(
    caller: Caller,
    transcript: Transcript,
    messages: list[Message],
    first: GraderOutput | None = None,
    usage: Usage | None = None,
    temperature: float = 0.0,
) -> Sample:
    """One sample: ask (unless `first` is given, e.g. from the Batch API), verify, repair once.

    `usage` may already hold tokens spent elsewhere on this sample (a Batch API row).
    """
    usage = usage if usage is not None else Usage()
    output = first if first is not None else await caller.structured(messages, GraderOutput, usage, temperature)
    corpus = candidate_corpus(transcript)
    failed = failed_quotes(output, corpus)
    answers = {layer: output.layer(layer) for layer in rubric.LAYERS}
    if failed:
        repair = [*messages, {"role": "assistant", "content": output.model_dump_json()}, repair_message(failed)]
        repaired = await caller.structured(repair, GraderOutput, usage, temperature)
        for layer in {layer for layer, _ in failed}:
            answers[layer] = repaired.layer(layer)
    addressed = addressed_to_grader(transcript)
    layers = {layer: layer_grade(answer, corpus, addressed) for layer, answer in answers.items()}
    layers = speak_to_their_layers(layers, transcript)
    return Sample(layers=layers, judged=list(output.red_flags), usage=usage)


def combine(transcript: Transcript, samples: Sequence[Sample], grader: str) -> Grade:
    """One Grade from N samples: the median score per layer, its spread as confidence.

    With several samples the lower median is taken (the rubric reads contradictions at the
    weaker reading), evidence comes from a sample that gave that score, a judged flag stands
    when most samples raise it, and confidence per layer is 1 - (max - min) / 3.
    """
    layers: dict[rubric.Layer, LayerGrade] = {}
    confidence: dict[rubric.Layer, float] = {}
    for layer in rubric.LAYERS:
        scores = [s.layers[layer].score for s in samples]
        median = statistics.median_low(scores)
        layers[layer] = next(s.layers[layer] for s in samples if s.layers[layer].score == median)
        confidence[layer] = round(1 - (max(scores) - min(scores)) / 3, 3)
    judged = [f for f in rubric.FLAGS if sum(f in s.judged for s in samples) * 2 > len(samples)]
    usage = Usage()
    for sample in samples:
        usage.add(sample.usage)
    return Grade.assemble(
        transcript.id,
        layers,
        judged,
        grader,
        confidence=confidence if len(samples) > 1 else None,
        usage=usage.as_dict(),
    )
