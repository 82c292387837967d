"""Checks on the files a command will write, made before any work starts.

An output path that cannot be written is found at once (not after a whole batch or interview),
and an output that is one of the inputs is refused, so grading never overwrites transcripts.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from agent.transcript import SUFFIXES, is_grades_file, special_kind


def resolved(path: str | Path) -> Path:
    try:
        return Path(path).expanduser().resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def output_problem(path: str | Path) -> str | None:
    """Why `path` cannot be written as an output file, or None when it can.

    The file is opened for appending (and removed again if this created it), so the answer is
    the operating system's, not a guess from permission bits: /proc, read-only mounts, missing
    folders and directories in the way are all caught.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        return f"{path}: is a directory, not a file"
    kind = special_kind(target)
    if kind:
        return f"{path}: a {kind}, not a regular file"
    parent = target.parent
    if not parent.exists():
        return f"{path}: the folder {parent} does not exist"
    if not parent.is_dir():
        return f"{path}: {parent} is not a folder"
    existed = target.exists()
    try:
        with target.open("a", encoding="utf-8"):
            pass
    except OSError as exc:
        return f"{path}: cannot write: {exc.strerror or exc}"
    if not existed:
        with contextlib.suppress(OSError):
            target.unlink()
    return None


def input_clash(out: str | Path, inputs: Iterable[str]) -> str | None:
    """Why writing `out` would destroy one of the inputs, or None.

    The same file named twice (by any path that resolves to it) clashes; so does a transcript
    file inside an input folder. A grades file inside an input folder does not: the reader
    skips it.
    """
    target = resolved(out)
    for raw in inputs:
        if raw == "-":
            continue
        source = resolved(raw)
        if source == target:
            return f"--out {out} is also an input: grades would overwrite the transcripts"
        if (
            source.is_dir()
            and target.is_relative_to(source)
            and target.is_file()
            and target.stat().st_size > 0
            and target.suffix.lower() in SUFFIXES
            and not is_grades_file(target)
        ):
            return f"--out {out} is a transcript file inside the input folder {raw}: grades would overwrite it"
    return None
