"""Loading labelled transcripts (evals/data/<split>/*.json) for evaluation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agent.models import Transcript
from agent.transcript import ReadFailure, read_paths


@dataclass
class Dataset:
    transcripts: list[Transcript]
    failures: list[ReadFailure]


def default_dataset() -> Path:
    from agent.resources import evals_dir

    return evals_dir() / "data"


def split_of(transcript: Transcript) -> str | None:
    return transcript.meta.get("split")


def load_dataset(path: str | Path | None = None, split: str | None = None) -> Dataset:
    """Every labelled transcript under `path`, optionally only those of one split.

    The split is read from `meta.split` (the folder a file sits in mirrors it).
    """
    root = Path(path) if path else default_dataset()
    transcripts, failures = [], []
    for item in read_paths([str(root)]):
        if isinstance(item, ReadFailure):
            failures.append(item)
        elif item.labels is None:
            failures.append(ReadFailure(item.id, f"{item.id}: no labels"))
        elif split is None or split_of(item) == split:
            transcripts.append(item)
    return Dataset(transcripts, failures)
