"""Static word embeddings of sentences (WordLlama's 256-dimension model, shipped in its wheel).

Loaded once per process on first use, from the package folder with downloads disabled, so the
offline reader never touches the network.
"""

from __future__ import annotations

from functools import cache

import numpy as np

DIM = 256


@cache
def _model():
    from pathlib import Path

    import wordllama

    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True, dim=DIM)


def embed(texts: list[str]) -> np.ndarray:
    """One unit-length row per text (an empty text is a zero row)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vectors = np.asarray(_model().embed(texts), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def mean_direction(vectors: np.ndarray) -> np.ndarray:
    """The unit-length mean of some unit rows: where a whole story points."""
    if len(vectors) == 0:
        return np.zeros(DIM, dtype=np.float32)
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean
