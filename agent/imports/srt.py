"""SubRip (.srt): numbered cues with `00:00:01,000 --> 00:00:04,000` timings, `Name:` speakers or none."""

from __future__ import annotations

from agent.imports.captions import blocks, read_cues
from agent.imports.utterances import ImportProblem, Parsed


def parse(text: str) -> Parsed:
    lines = text.splitlines()
    if not any("-->" in line for line in lines):
        raise ImportProblem("not an SRT file: no cue timing such as '00:00:01,000 --> 00:00:04,000'")
    parsed = read_cues(Parsed("srt"), blocks(lines), lambda first: False)
    if not parsed.utterances:
        detail = "; ".join(parsed.notes) if parsed.notes else "every cue is empty"
        raise ImportProblem(f"no cue could be read: {detail}")
    return parsed
