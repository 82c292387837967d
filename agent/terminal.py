"""Text from users and models made safe to print to a terminal.

A transcript, an answer or a model reply can hold escape sequences (`ESC]0;title BEL`, `ESC[2J`)
that would retitle or clear the terminal, or bidirectional overrides that reorder what is shown.
Every such character is replaced by a visible stand-in before printing; newlines and tabs stay.
Rich markup is a separate risk: user text goes to rich only inside `Text` objects, never as a
markup string, so `[bold red]x[/]` is shown literally.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and the bidi embeddings/overrides/isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control picture: ESC shows as ␛, BEL as ␇
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\u{code:04x}"


def safe(text: str) -> str:
    """`text` with every terminal control character replaced by a visible stand-in."""
    return _UNSAFE.sub(_stand_in, text)


def safe_line(text: str) -> str:
    """`safe`, and on one line: for error messages and table cells."""
    return safe(" ".join(text.split()) if "\n" in text or "\r" in text else text)
