"""WebVTT (.vtt), as Zoom, Teams and Meet export it: speakers as `<v Name>` or `Name:` in cues."""

from __future__ import annotations

import re

from agent.imports.captions import blocks, read_cues
from agent.imports.utterances import ImportProblem, Parsed

_HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
# Blocks that are not cues: comments, style sheets, region definitions.
_NOT_CUE = re.compile(r"^(?:NOTE|STYLE|REGION)(?:[ \t]|$)")


def parse(text: str) -> Parsed:
    lines = text.splitlines()
    if not lines or not _HEADER.match(lines[0].strip()):
        raise ImportProblem("not a WebVTT file: the first line must be 'WEBVTT'", line=1)
    # The header runs to the first blank line; a cue glued to it is still read.
    header_end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    glued = next((i for i in range(1, header_end) if "-->" in lines[i]), None)
    start = glued - 1 if glued is not None and glued > 1 else glued or header_end
    parsed = read_cues(Parsed("webvtt"), blocks(lines, start), _NOT_CUE.match)
    if not parsed.utterances:
        raise ImportProblem(_empty(parsed))
    return parsed


def _empty(parsed: Parsed) -> str:
    if parsed.notes:
        return "no cue could be read: " + "; ".join(parsed.notes)
    return "no cues with words (the export is empty)"
