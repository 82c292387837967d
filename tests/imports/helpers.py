"""Shared by the import tests: the fixtures with their expected turns, and quote checks."""

from __future__ import annotations

import json
import re
from pathlib import Path

from agent.imports.roles import RoleOptions
from agent.models import Transcript
from agent.transcript import read_paths

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = Path(__file__).parent / "expected"
# What must never reach a quote: cue timings, stand-alone times, tags, ASS overrides, entities.
MARKUP = re.compile(r"-->|\d{1,2}:\d{2}|<[^>]*>|\{\\|&[a-z]+;|^\d+$")


def cases() -> list[tuple[Path, dict]]:
    """(fixture file, expected) for every file of fixtures/, expected in expected/FILE.json."""
    return [
        (path, json.loads((EXPECTED / f"{path.name}.json").read_text(encoding="utf-8")))
        for path in sorted(FIXTURES.iterdir())
    ]


def options(spec: dict) -> RoleOptions:
    given = spec.get("options", {})
    return RoleOptions(candidate=given.get("candidate"), interviewers=tuple(given.get("interviewers", ())))


def cli_options(spec: dict) -> list[str]:
    given = spec.get("options", {})
    args = ["--candidate", given["candidate"]] if "candidate" in given else []
    for name in given.get("interviewers", ()):
        args += ["--interviewer", name]
    return args


def read_one(path: Path, roles: RoleOptions | None = None):
    [item] = list(read_paths([str(path)], roles=roles))
    return item


def turn_rows(transcript: Transcript) -> list[list]:
    return [[t.role, (t.meta or {}).get("speaker"), (t.meta or {}).get("start"), t.text] for t in transcript.turns]


def bad_quotes(grade: dict, transcript: Transcript) -> list[str]:
    """Quotes that are not an exact substring of one candidate turn as imported, or carry markup."""
    said = [t.text for t in transcript.turns if t.role == "candidate"]
    quotes = [q for layer in grade["layers"].values() for q in layer["evidence"]]
    return [q for q in quotes if not any(q in text for text in said) or MARKUP.search(q)]
