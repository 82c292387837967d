"""Static word embeddings of sentences (WordLlama's 256-dimension model, shipped in its wheel).

Loaded once per process on first use, from the package folder with downloads disabled, so the
offline reader never touches the network.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

import numpy as np

DIM = 256


@cache
def _model() -> tuple[np.ndarray, Any]:
    from pathlib import Path

    wordllama = _import_quietly()
    model = wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True, dim=DIM)
    # Our own copy of the tokenizer, unpadded: each sentence's token rows are averaged directly,
    # which is WordLlama's own pooling without building a padded batch.
    tokenizer = copy.deepcopy(model.tokenizer)
    tokenizer.no_padding()
    return model.embedding, tokenizer


def _import_quietly() -> Any:
    """wordllama, imported without its side effect on logging.

    Its package calls `logging.basicConfig(level=INFO)` at import, which would put every
    library's INFO lines (each HTTP request of the openai SDK...) on the user's terminal.
    """
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    import wordllama

    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    return wordllama


def embed(texts: list[str]) -> np.ndarray:
    """One unit-length row per text (a text with no tokens is a zero row): WordLlama's mean pooling."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    table, tokenizer = _model()
    # One text at a time: the batch call hands a story's few dozen sentences to a thread pool,
    # which costs more than it saves at this size and competes with other graders for cores.
    encodings = [tokenizer.encode(text, add_special_tokens=False) for text in texts]
    lengths = np.array([len(e.ids) for e in encodings])
    ids = np.fromiter((i for e in encodings for i in e.ids), dtype=np.int64, count=int(lengths.sum()))
    np.clip(ids, 0, table.shape[0] - 1, out=ids)
    vectors = np.zeros((len(texts), DIM), dtype=np.float32)
    filled = lengths > 0
    if filled.any():
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])[filled]
        vectors[filled] = np.add.reduceat(table[ids], offsets, axis=0)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: np.ndarray = vectors / norms
    return unit


def mean_direction(vectors: np.ndarray) -> np.ndarray:
    """The unit-length mean of some unit rows: where a whole story points."""
    if len(vectors) == 0:
        return np.zeros(DIM, dtype=np.float32)
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    direction: np.ndarray = mean / norm if norm else mean
    return direction
