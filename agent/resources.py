"""Locating the text files that ship beside the code (prompts/, evals/).

In a checkout they are the repo's top-level folders; in a wheel they are the packages
`agent.prompts` and `agent.evals` (see pyproject). Both resolve through importlib.resources.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def prompts_dir() -> Path:
    return Path(str(resources.files("agent.prompts")))


@cache
def evals_dir() -> Path:
    return Path(str(resources.files("agent.evals")))


@cache
def read_prompt(name: str) -> str:
    """The text of prompts/NAME, read once per process."""
    return (prompts_dir() / name).read_text(encoding="utf-8")
