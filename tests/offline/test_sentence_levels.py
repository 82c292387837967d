"""The sentence model: which sentences show a layer, and which quote the grader puts first."""

from __future__ import annotations

import json

import numpy as np
import pytest

from agent import rubric
from agent.evaluation.dataset import load_dataset
from agent.offline import grader, learned, sentence_levels, signals
from agent.offline.text import candidate_sentences
from evals.train_sentence_levels import MODEL_TAGS
from tests.offline.helpers import story

WATCHED = (
    "I built a model that flags late deliveries for our courier network. "
    "After launch I looked at the late-flag precision for each depot every Monday. "
    "In the third week the northern depots dropped to half their usual precision, so I rolled them back "
    "to the old rules and retrained with their winter routes. "
    "The team liked it."
)


def _view(transcript):
    sentences = candidate_sentences(transcript)
    return learned.view(sentences, grader.read_layers(sentences))


def test_every_sentence_gets_a_chance_per_layer_and_level_that_never_rises_with_the_level():
    view = _view(story(WATCHED))
    for layer in rubric.LAYERS:
        p = view.levels[layer]
        assert p.shape == (len(view.claims), 3)
        assert ((p >= 0) & (p <= 1)).all()
        assert (np.diff(p, axis=1) <= 0).all()  # 2+ is never likelier than 1+


def test_the_sentence_that_watches_and_acts_reads_as_monitoring_more_than_the_opening_does():
    view = _view(story(WATCHED))
    watched = view.levels["deployment_monitoring"][:, 1]
    opening = next(i for i, s in enumerate(view.claims) if s.text.startswith("I built"))
    acted = next(i for i, s in enumerate(view.claims) if "rolled them back" in s.text)
    assert watched[acted] > watched[opening]


def test_a_story_with_no_claims_has_no_rows():
    rows = sentence_levels.features(
        [], np.zeros((0, 256), dtype=np.float32), signals.family_hits([]), ([], []), grader.read_layers([])
    )
    assert rows.shape[0] == 0
    assert all(p.shape == (0, 3) for p in sentence_levels.probabilities(rows).values())


def test_quotes_are_put_likeliest_first_and_none_is_added_or_lost():
    view = _view(story(WATCHED))
    chance = view.levels["deployment_monitoring"][:, 1]
    backing = [(s, None) for s in view.claims]
    ordered = learned.likeliest_first("deployment_monitoring", 2, view, backing)
    assert {id(s) for s, _ in ordered} == {id(s) for s, _ in backing}
    ranks = [float(chance[view.claims.index(s)]) for s, _ in ordered]
    assert ranks == sorted(ranks, reverse=True)


def test_scores_flags_and_verdicts_do_not_depend_on_the_sentence_model(monkeypatch):
    """Only the order of the quotes may change: with every chance equal, the rules' own order."""
    transcripts = [t.without_labels() for t in load_dataset(None, "dev").transcripts[:40]]
    with_model = [grader.grade(t) for t in transcripts]
    coef, intercept = sentence_levels._weights()
    monkeypatch.setattr(sentence_levels, "_weights", lambda: (np.zeros_like(coef), np.zeros_like(intercept)))
    without = [grader.grade(t) for t in transcripts]
    reordered = 0
    for a, b in zip(with_model, without, strict=True):
        assert {k: v.score for k, v in a.layers.items()} == {k: v.score for k, v in b.layers.items()}
        assert a.red_flags == b.red_flags and a.verdict == b.verdict
        for layer in rubric.LAYERS:
            assert len(a.layers[layer].evidence) == len(b.layers[layer].evidence)
            reordered += a.layers[layer].evidence != b.layers[layer].evidence
    assert reordered > 0  # the model does reorder some quotes


def test_the_model_written_dev_tags_still_line_up_with_the_sentence_splitter():
    """Tags name sentences by index: if the splitter changes, the tags must be redone, not misread."""
    by_id = {t.id: t for t in load_dataset(None, "dev").transcripts}
    rows = [json.loads(line) for line in MODEL_TAGS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(by_id)
    for row in rows:
        sentences = candidate_sentences(by_id[row["id"]].without_labels())
        claims = [s for s in sentences if not s.injected]
        assert row["sentences"] == len(claims), row["id"]
        assert all(0 <= int(i) < len(claims) for i in row["tags"]), row["id"]
        levels = [level for marked in row["tags"].values() for level in marked.values()]
        assert all(level in (1, 2, 3) for level in levels), row["id"]


def test_training_on_a_few_tagged_transcripts_learns_their_tags():
    pytest.importorskip("sklearn")
    from evals import train_sentence_levels as train

    tags = train.load_tags(MODEL_TAGS)
    stories = train.tagged_stories(None, "dev", "model", tags)[:40]
    weights = train.fit(stories)
    assert set(weights) == set(rubric.LAYERS)
    coef, intercept = weights["problem_framing"]
    assert coef.shape == (3, stories[0][2].shape[1]) and intercept.shape == (3,)
    x = np.vstack([s[2] for s in stories])
    y = np.concatenate([s[3]["problem_framing"] for s in stories]) >= 1
    p = train.chances(weights, x)["problem_framing"][:, 0]
    assert p[y].mean() > p[~y].mean() + 0.2


def test_pronouns_are_found_per_sentence():
    mine, ours = signals.pronouns(["i chose the threshold", "we shipped it", "the model ran"])
    assert mine == [True, False, False]
    assert ours == [False, True, False]
