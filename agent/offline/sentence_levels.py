"""Which sentences show a layer: per sentence, the chance it is evidence for a layer at level 1, 2 or 3.

A layer's score says how much of it a story tells; its quotes should be the sentences that tell
it. The rules quote where their constructions matched, which on real practitioners' stories is
often a sentence that only sounds like the layer. Labellers marked, in real stories and in the
model-written dev split, every sentence that is evidence for a layer and at which level. One
linear model per layer and level reads a sentence from its embedding and its neighbours', its
word families, its pronouns and whether a rule quoted it. The grader puts the quotes
likeliest to show a layer at the level it gave first. Scores do not depend on it.
Weights ship in `sentence_weights.json`, trained by `evals/train_sentence_levels.py`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

import numpy as np

from agent import rubric
from agent.offline import embedding, signals
from agent.offline.reading import LayerReading
from agent.offline.text import Sentence
from agent.rubric import Layer

WEIGHTS = Path(__file__).with_name("sentence_weights.json")
LEVELS = (1, 2, 3)
WORDS_CAP = 60  # sentence length, scaled to this many words and capped there
# Per sentence: a first-person pronoun, a collective one (pronouns, not the rules' subject parse:
# cheaper, and the model weighs them itself), advice, in the opening answer, length.
SETTING = 5


def features(
    claims: Sequence[Sentence],
    vectors: np.ndarray,
    hits: Mapping[str, Sequence[bool]],
    pronouns: tuple[Sequence[bool], Sequence[bool]],
    readings: Mapping[Layer, LayerReading],
) -> np.ndarray:
    """One row per claim: its embedding, its word families, its pronouns and setting, the rules'
    quotes, and its neighbours' embedding (a sentence often leans on the one before or after)."""
    n = len(claims)
    families = np.array([hits[name] for name in signals.FAMILIES], dtype=np.float32).reshape(len(signals.FAMILIES), n).T
    setting = (
        np.array(
            [
                pronouns[0],
                pronouns[1],
                [s.general for s in claims],
                [s.first_answer for s in claims],
                [min(s.text.count(" ") + 1, WORDS_CAP) / WORDS_CAP for s in claims],
            ],
            dtype=np.float32,
        )
        .reshape(SETTING, n)
        .T
    )
    quoted = np.zeros((n, len(rubric.LAYERS)), dtype=np.float32)
    position = {id(s): i for i, s in enumerate(claims)}
    for j, layer in enumerate(rubric.LAYERS):
        for sentence, _ in readings[layer].evidence:
            if id(sentence) in position:
                quoted[position[id(sentence)], j] = readings[layer].score / 3
    vectors = vectors.reshape(n, embedding.DIM)
    around = np.zeros((n, embedding.DIM), dtype=np.float32)
    if n > 1:
        around[1:] += vectors[:-1] / 2
        around[:-1] += vectors[1:] / 2
    return np.hstack([vectors, families, setting, quoted, around])


Weights = tuple[np.ndarray, np.ndarray]  # (features, layers x levels) coefficients and the intercepts


def probabilities(rows: np.ndarray, weights: Weights | None = None) -> dict[str, np.ndarray]:
    """Per layer, an (n, 3) array: the chance each sentence shows the layer at level 1+, 2+ and 3+.

    With no `weights`, the shipped ones; the trainer passes the ones it is fitting.
    """
    coef, intercept = weights if weights is not None else _weights()
    logits = rows @ coef + intercept  # every layer and level in one product
    p = 1.0 / (1.0 + np.exp(-logits.reshape(len(rows), len(rubric.LAYERS), len(LEVELS))))
    p = np.minimum.accumulate(p, axis=2)  # a sentence at 2+ is at 1+ too
    return {layer: p[:, j, :] for j, layer in enumerate(rubric.LAYERS)}


def stacked(per_layer: Mapping[str, tuple[Sequence[Sequence[float]], Sequence[float]]]) -> Weights:
    """Per-layer coefficients (levels x features) and intercepts as one matrix, in `rubric.LAYERS` order."""
    coef = np.hstack([np.asarray(per_layer[layer][0], dtype=np.float64).T for layer in rubric.LAYERS])
    intercept = np.concatenate([np.asarray(per_layer[layer][1], dtype=np.float64) for layer in rubric.LAYERS])
    return coef, intercept


@cache
def _weights() -> Weights:
    raw = json.loads(WEIGHTS.read_text(encoding="utf-8"))["layers"]
    return stacked({layer: (m["coef"], m["intercept"]) for layer, m in raw.items()})
