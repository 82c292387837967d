"""Making user and model text safe to show: control characters become visible, names become keys.

Nothing here rewords anything: a control character is replaced by a printable stand-in (the
Unicode control picture, or a `\\uXXXX` escape), so what the candidate typed is still all there
and can be read, but no terminal, browser or Markdown viewer acts on it.
"""

from __future__ import annotations

import re

# C0 and C1 controls (keeping newline and tab), DEL, and the invisible characters that can
# reorder or hide text (zero-width spaces and joiners, bidirectional overrides, the BOM).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]")
_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
STORY_WORDS = 6  # a story without a name is called by the first words of its opening answer


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␇ for BEL, ␍ for CR ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control character shown as a printable stand-in; newlines and tabs kept."""
    return _CONTROL.sub(_stand_in, text.replace("\r\n", "\n"))


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
