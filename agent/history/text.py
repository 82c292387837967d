"""Making user and model text safe to show: control characters become visible, names become keys.

Nothing here rewords anything: a control character is replaced by a printable stand-in (the
Unicode control picture, or a `\\uXXXX` escape, as agent.terminal does for every terminal
output), so what the candidate typed is still all there and can be read, but no terminal,
browser or Markdown viewer acts on it.
"""

from __future__ import annotations

import re

from agent.terminal import safe

_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
STORY_WORDS = 6  # a story without a name is called by the first words of its opening answer


def visible(text: str) -> str:
    """`text` with every control character shown as a printable stand-in; newlines and tabs kept."""
    return safe(text.replace("\r\n", "\n"))


def one_line(text: str, limit: int | None = None) -> str:
    """`text` made visible, on one line, cut with an ellipsis past `limit` characters."""
    flat = _SPACE.sub(" ", visible(text)).strip()
    if limit is not None and len(flat) > limit:
        return flat[: limit - 1].rstrip() + "…"
    return flat


def story_key(name: str) -> str:
    """The key a story is matched by: lower case, runs of other characters as one hyphen."""
    return _NOT_WORD.sub("-", name.lower()).strip("-")


def story_from_answer(answer: str) -> str:
    """The name of a story nobody named: the first words of its opening answer."""
    words = [w.strip(".,;:!?\"'()[]") for w in one_line(answer).split()[:STORY_WORDS]]
    return " ".join(w for w in words if w) or "untitled"


def layer_title(layer: str) -> str:
    return layer.replace("_", " ")
