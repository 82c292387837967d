"""The grader's messages, rendered from prompts/grader*.md and the rubric file.

The anchors are rendered from the loaded rubric, so prompts/rubric.yaml stays their only home.
The transcript goes inside a fence longer than any run of backticks it contains, so that no
text in it can close the fence and pass itself off as part of the prompt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from string import Template
from typing import Any

from agent.models import Transcript
from agent.resources import read_prompt
from agent.rubric import LAYERS, Layer, judged_flags, load_rubric

Message = dict[str, str]

_BACKTICKS = re.compile(r"`+")


def render(name: str, **values: str) -> str:
    """prompts/NAME with its $placeholders filled; a missing value is an error, not a blank."""
    return Template(read_prompt(name)).substitute(values).strip()


def render_layers(layers: Iterable[Layer] = LAYERS) -> str:
    rubric = load_rubric()
    blocks = []
    for name in layers:
        spec = rubric.layer(name)
        anchors = "\n".join(f"- {score}: {text}" for score, text in sorted(spec.anchors.items()))
        blocks.append(f"## {name}: {spec.question}\n{anchors}")
    return "\n\n".join(blocks)


def system_prompt(layers: Sequence[Layer] = LAYERS, json_schema: dict[str, Any] | None = None) -> str:
    """The grader's instructions; `json_schema` is spelled out for servers without strict schemas."""
    rubric = load_rubric()
    text = render(
        "grader.md",
        layers=render_layers(layers),
        reading_notes="\n".join(f"- {note}" for note in rubric.reading_notes),
        flags="\n".join(f"- {f.name}: {f.raised_when}" for f in rubric.red_flags if f.name in judged_flags()),
        evidence=" ".join(rubric.evidence.split()),
    )
    if json_schema is not None:
        text += "\n\n" + render("grader_json_object.md", schema=json.dumps(json_schema, indent=1))
    return text


def fence(transcript: Transcript) -> str:
    """The turns as a fenced block: speaker, then the words. Labels and meta are never shown."""
    body = "\n\n".join(f"{turn.role.upper()}:\n{turn.text.strip()}" for turn in transcript.turns)
    longest = max((len(m) for m in _BACKTICKS.findall(body)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}transcript\n{body}\n{ticks}"


def grading_messages(transcript: Transcript, system: str) -> list[Message]:
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": render("grader_transcript.md", transcript=fence(transcript))},
    ]


def repair_message(failed: Iterable[tuple[str, str]]) -> Message:
    lines = "\n".join(f"- {layer}: {json.dumps(quote, ensure_ascii=False)}" for layer, quote in failed)
    return {"role": "user", "content": render("grader_repair.md", failed=lines)}


def invalid_message(error: str) -> Message:
    return {"role": "user", "content": render("grader_invalid.md", error=error)}


def cut_off_message(cap: int) -> Message:
    return {"role": "user", "content": render("cut_off.md", cap=str(cap))}
