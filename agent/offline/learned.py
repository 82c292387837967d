"""The learned layer: per-layer scores from the rule readings, the story's word families and its embedding.

The rule readers (one module per layer) are precise but literal; real people tell ownership in
idioms no rule list covers. A small multinomial logistic model per layer, trained on the dev
splits (model-written and real practitioners' stories) by `evals/train_reader.py`, weighs the
rule score against how the whole story reads. Its weights ship in `reader_weights.json`; scoring
is a few dot products, deterministic and offline.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

import numpy as np

from agent import rubric
from agent.offline import cues, embedding, sentence_levels, signals
from agent.offline.features import negated, option_set_aside, outcome_numbers
from agent.offline.reading import LayerReading
from agent.offline.text import Sentence
from agent.rubric import Layer

WEIGHTS = Path(__file__).with_name("reader_weights.json")


@dataclass(frozen=True)
class StoryView:
    """What the learned layer sees of a story, computed once and shared by the six layers."""

    claims: list[Sentence]  # the candidate's sentences that are claims (not addressed to a grader)
    hits: dict[str, list[bool]]  # family name -> which claims use its vocabulary
    vectors: np.ndarray  # unit embedding per claim
    shared: np.ndarray  # features every layer sees: length, embedding direction, family signals
    words: int  # how many words the claims hold
    levels: dict[str, np.ndarray]  # per layer, each claim's chance of showing it at level 1+, 2+, 3+


def view(sentences: list[Sentence], readings: Mapping[Layer, LayerReading]) -> StoryView:
    claims = [s for s in sentences if not s.injected]
    lowered = [s.lower for s in claims]
    hits = signals.family_hits(lowered)
    vectors = embedding.embed([s.text for s in claims])
    words = sum(len(s.text.split()) for s in claims)
    mine, ours = signals.pronouns(lowered)
    levels = sentence_levels.probabilities(sentence_levels.features(claims, vectors, hits, (mine, ours), readings))
    shared = np.concatenate(
        [
            [math.log1p(words) / 6],
            embedding.mean_direction(vectors),
            signals.story_signals(lowered, hits, mine, ours),
            anchor_closeness(vectors),
        ]
    )
    return StoryView(claims, hits, vectors, shared, words, levels)


def layer_features(layer: Layer, rule_scores: Mapping[Layer, int], story: StoryView) -> np.ndarray:
    """The feature row of one layer: its rule score (one-hot and scaled), all six rule scores, then the story's.

    The other layers' rule scores are there because ownership hangs together: a story that
    measured its impact usually watched the model that made it.
    """
    own = rule_scores[layer]
    onehot = [float(own == k) for k in range(4)]
    return np.concatenate([onehot, [own / 3], [rule_scores[name] / 3 for name in rubric.LAYERS], story.shared])


@dataclass(frozen=True)
class LayerModel:
    classes: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray

    def expected(self, x: np.ndarray) -> float:
        logits = self.coef @ x + self.intercept
        p = np.exp(logits - logits.max())
        return float((p / p.sum()) @ self.classes)


@cache
def models() -> dict[str, LayerModel]:
    raw = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return {
        layer: LayerModel(np.array(m["classes"], float), np.array(m["coef"], float), np.array(m["intercept"], float))
        for layer, m in raw["layers"].items()
    }


def score(layer: Layer, readings: Mapping[Layer, LayerReading], story: StoryView) -> tuple[int, list[Sentence]]:
    """The layer's score, and the claims to quote when it is above the rule's.

    A score goes above the rule's only when some claim of the candidate's own speaks that layer's
    language; those claims, nearest the layer's anchors first, are what backs it. A score below
    the rule's keeps the rule's own quotes.
    """
    reading = readings[layer]
    if layer in RULES_ONLY:
        return reading.score, []
    rule_scores = {name: r.score for name, r in readings.items()}
    expected = models()[layer].expected(layer_features(layer, rule_scores, story))
    learned = decided(layer, reading.score, expected, story.words)
    if learned <= reading.score:
        return learned, []
    speakers = _speakers(layer, story)
    if learned >= 2 and layer in BACKS_A_TWO:
        # A 2 names something specific: only claims in those families can carry it.
        strong = [i for i in speakers if any(story.hits[name][i] for name in BACKS_A_TWO[layer])]
        if not strong:
            learned = max(reading.score, 1)
        else:
            speakers = strong
    if not speakers or learned <= reading.score:
        return reading.score, []
    return learned, _nearest_anchor(layer, story, speakers)


# The families whose claims can back a learned 2 or more, where the rubric's 2 asks for one kind
# of claim: for reflection a mistake owned, or what one would do otherwise; a lesson alone is a 1.
BACKS_A_TWO: dict[str, tuple[str, ...]] = {"reflection": ("mistake", "counterfactual")}


# Layers the learned layer leaves to the rules: held out by source on 137 real stories, its
# influence reading agreed with the labels less than the rules' (QWK 0.33 against 0.41; on 221,
# 0.47 against 0.50). Who decided is told in a clause ("I pushed for", "my call"), which the
# rules read and a story's overall direction does not.
RULES_ONLY: frozenset[str] = frozenset({"directional_influence"})
LOWER_MARGIN = 1.0  # how far below the rule score the expectation must fall before it lowers it
# The learned layer was trained on whole stories; in a few sentences, what is missing says little.
LOWER_FROM_WORDS = 100


# Where the learned expectation runs high, a shift before rounding. Held out by source, rounding
# the framing expectation as it is raised too many stories to 2; shifted by -0.3 it agreed with
# the labels better on the 137 real dev stories (0.38 -> 0.44), on 84 stories from other sources
# (0.49 -> 0.56) and on the model-written dev split, writers held out (0.82 -> 0.83). Monitoring
# gained a little on the two real sets with -0.1 and lost 0.01 on the model-written one.
SHIFT: dict[str, float] = {"problem_framing": -0.3, "deployment_monitoring": -0.1}


def decided(layer: str, rule: int, expected: float, words: int) -> int:
    """A layer's score from its rule score, the learned expectation and the story's length, before
    the quotes are checked; `evals/train_reader.py` cross-validates with this same decision."""
    if layer in RULES_ONLY:
        return rule
    return combine(rule, expected + SHIFT.get(layer, 0.0), may_lower=words >= LOWER_FROM_WORDS)


def combine(rule: int, expected: float, may_lower: bool = True) -> int:
    """The learned expectation, rounded; below the rule score only when it falls a whole point short.

    The rules are literal: what they find is usually there, so a small doubt keeps their score.
    But a rule can fire on a sentence that only sounds like the layer (advice to others, a
    setting that sounds like a result); when the whole story reads a point or more lower,
    the story wins, except over a 3. Cross-validated by source on real stories, lowering this
    way helped monitoring and framing most and changed nothing on the model-written split.
    """
    rounded = int(min(3, max(0, math.floor(expected + 0.5))))
    if may_lower and rule < 3 and expected <= rule - LOWER_MARGIN:
        return rounded  # a rule 3 needs every part of the anchor in the candidate's words: it stands
    return max(rule, rounded)


Backing = TypeVar("Backing", bound=tuple[Sentence, int | None])


def likeliest_first(layer: str, level: int, story: StoryView, backing: list[Backing]) -> list[Backing]:
    """The quotes behind a score of `level`, those likeliest to show the layer at that level first
    (a stable sort: between equals, the rules' own order)."""
    if len(backing) < 2:
        return backing
    chance = story.levels[layer][:, min(max(level, 1), 3) - 1]
    index = {id(s): i for i, s in enumerate(story.claims)}

    def key(quote: Backing) -> float:
        i = index.get(id(quote[0]))
        return 0.0 if i is None else -round(float(chance[i]), 6)

    return sorted(backing, key=key)


def _nearest_anchor(layer: str, story: StoryView, candidates: list[int], limit: int = 2) -> list[Sentence]:
    anchor = anchor_direction(layer)
    ranked = sorted(candidates, key=lambda i: (-float(story.vectors[i] @ anchor), i))
    return [story.claims[i] for i in ranked[:limit]]


def anchor_closeness(vectors: np.ndarray) -> list[float]:
    """Per layer, how close the story's nearest sentences come to that layer's anchors."""
    out: list[float] = []
    for layer in rubric.LAYERS:
        if len(vectors) == 0:
            out += [0.0, 0.0]
            continue
        sims = np.sort(vectors @ anchor_direction(layer))[::-1]
        out += [float(sims[0]), float(sims[:3].mean())]
    return out


def _speakers(layer: str, story: StoryView) -> list[int]:
    """The claims that speak a layer's language as the candidate's own: not denied, not only another party's."""
    out = []
    for i, s in enumerate(story.claims):
        if not signals.in_layer_family(layer, story.hits, i) or s.general:
            continue
        if layer == "impact" and not (story.hits["outcome"][i] or story.hits["vague_outcome"][i] or outcome_numbers(s)):
            continue  # a bare number ("40 epochs on 8 GPUs") is a setting, not an outcome
        if layer == "impact" and (s.find(cues.INTENDED_CHANGE) or option_set_aside(s)):
            continue  # a change aimed at, or the score of an option set aside, is not an outcome
        if layer == "deployment_monitoring" and s.find(cues.MEETING) and not s.find(cues.SPECIFIC_SIGNAL):
            continue  # "weekly planning meetings": the rhythm of the team's work, not of watching a model
        kinds = s.subjects()[1]
        if kinds and all(kind == "other" for kind in kinds):
            continue  # "the platform team watched latency": somebody else's act
        if all(negated(s, m.start()) for m in signals.layer_matches(layer, s.lower)):
            continue
        out.append(i)
    return out


@cache
def anchor_direction(layer: str) -> np.ndarray:
    """Where the rubric's anchors for scores 1-3 of a layer point, in embedding space."""
    spec = rubric.load_rubric().layer(layer)
    texts = [spec.question] + [spec.anchors[k] for k in (1, 2, 3)]
    return embedding.mean_direction(embedding.embed(texts))
