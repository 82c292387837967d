"""Are the offline grader's quotes the sentences a labeller would point to?

    python evals/quote_relevance.py                                   # the model-written dev split
    python evals/quote_relevance.py --dataset STORIES.jsonl --tags TAGS.jsonl

Evidence validity only asks whether a quote is the candidate's words. This asks whether it is
evidence: for every layer that the labels and the grader both score 1 or more, is the first quote
(the one the terminal report shows) a sentence a labeller tagged for that layer, and how many of
all its quotes are. Tags are the sentence tags of `train_sentence_levels.py`; the model-written
dev split's are in `sentence_tags/dev.jsonl` (the sentence model was trained on them, so that
figure is not held out).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from agent import rubric
from agent.evaluation.dataset import load_dataset
from agent.offline.grader import grade
from agent.offline.text import candidate_sentences

HERE = Path(__file__).resolve().parent


def relevance(transcripts, tags) -> tuple[int, int, int, int]:
    """(first quotes tagged, layers counted, quotes tagged, quotes counted)."""
    first = layers = tagged = quotes = 0
    for t in transcripts:
        if t.id not in tags:
            continue
        _, marked = tags[t.id]
        told = t.without_labels()
        claims = [s for s in candidate_sentences(told) if not s.injected]
        graded = grade(told)
        for layer in rubric.LAYERS:
            if getattr(t.labels.layers, layer) == 0 or graded.layers[layer].score == 0:
                continue
            found = [_sentence_of(q, claims) for q in graded.layers[layer].evidence]
            hits = [i is not None and layer in marked.get(i, {}) for i in found]
            if not hits:
                continue
            layers += 1
            first += hits[0]
            tagged += sum(hits)
            quotes += len(hits)
    return first, layers, tagged, quotes


def _sentence_of(quote, claims):
    """The index of the claim a quote was taken from (a long sentence is quoted in part)."""
    return next((i for i, s in enumerate(claims) if quote in s.text), None)


def main() -> None:
    from evals.train_sentence_levels import MODEL_TAGS, load_tags

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", help="labelled stories (JSONL); default: the model-written dev split")
    parser.add_argument("--tags", type=Path, default=MODEL_TAGS, help="their sentence tags (JSONL)")
    args = parser.parse_args()
    transcripts = load_dataset(args.dataset, None if args.dataset else "dev").transcripts
    first, layers, tagged, quotes = relevance(transcripts, load_tags(args.tags))
    print(f"first quote on a tagged sentence: {first}/{layers} = {first / max(layers, 1):.3f}")
    print(f"all quotes on a tagged sentence:  {tagged}/{quotes} = {tagged / max(quotes, 1):.3f}")


if __name__ == "__main__":
    main()
