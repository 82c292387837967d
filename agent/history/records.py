"""One telling of a story, as history keeps it, and how it is made from a chat or a graded file.

A telling carries everything a report needs later (the transcript, the grade, the closing
report with its origins, tips and outline), so reports and comparisons never re-grade.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from agent.history.layers import LAYERS
from agent.history.text import one_line, story_from_answer, story_key

if TYPE_CHECKING:
    from agent.models import Grade, Transcript

KINDS = ("chat", "graded")
TITLE_CHARS = 60


@dataclass(frozen=True)
class Telling:
    """A graded telling: the summary columns, and (when loaded) the full record in `body`."""

    id: str  # the session id of a chat, the transcript id of a graded file
    kind: str  # "chat" or "graded"
    created: float  # seconds since the epoch, when it was graded
    story: str  # the name given with --story, or the first words of the opening answer
    title: str  # the start of the opening answer
    grader: str  # the backend (and model) that graded it
    scores: dict[str, int]
    total: int
    verdict: str
    red_flags: list[str]
    digest: str  # hash of transcript and grade: the same telling imported twice is one
    body: dict[str, Any] = field(default_factory=dict, compare=False)  # transcript, grade, report

    @property
    def story_key(self) -> str:
        return story_key(self.story)

    @property
    def transcript(self) -> dict[str, Any]:
        transcript: dict[str, Any] = self.body["transcript"]
        return transcript

    @property
    def grade(self) -> dict[str, Any]:
        grade: dict[str, Any] = self.body["grade"]
        return grade

    @property
    def report(self) -> dict[str, Any]:
        report: dict[str, Any] = self.body["report"]
        return report

    def candidate_answers(self) -> list[str]:
        return [t["text"] for t in self.transcript["turns"] if t["role"] == "candidate"]

    def summary(self) -> dict[str, Any]:
        """The history line of `history --json`."""
        import time

        return {
            "id": self.id,
            "kind": self.kind,
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(self.created)),
            "created": self.created,
            "story": self.story,
            "title": self.title,
            "grader": self.grader,
            "layers": dict(self.scores),
            "total": self.total,
            "verdict": self.verdict,
            "red_flags": list(self.red_flags),
        }


def digest_of(transcript: Mapping[str, Any], grade: Mapping[str, Any]) -> str:
    """Content hash of a telling; token usage is left out, it varies between identical grades."""
    stable = {k: v for k, v in grade.items() if k != "usage"}
    text = json.dumps({"transcript": transcript, "grade": stable}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def story_of(transcript: Mapping[str, Any], given: str | None = None) -> str:
    """The story a telling belongs to: the name given, `meta.story`, else its opening words."""
    named = given or (transcript.get("meta") or {}).get("story")
    if isinstance(named, str) and story_key(named):
        return one_line(named, 80)
    answers = [t["text"] for t in transcript["turns"] if t["role"] == "candidate"]
    return story_from_answer(answers[0] if answers else "")


def make_telling(
    kind: str,
    transcript: dict[str, Any],
    grade: dict[str, Any],
    report: dict[str, Any],
    created: float,
    ident: str | None = None,
    story: str | None = None,
) -> Telling:
    answers = [t["text"] for t in transcript["turns"] if t["role"] == "candidate"]
    scores: dict[str, int] = {layer: int(grade["layers"][layer]["score"]) for layer in LAYERS}
    return Telling(
        id=ident or transcript["id"],
        kind=kind,
        created=created,
        story=story_of(transcript, story),
        title=one_line(answers[0] if answers else "", TITLE_CHARS),
        grader=str(grade.get("grader", "")),
        scores=scores,
        total=sum(scores.values()),
        verdict=grade["verdict"],
        red_flags=list(grade.get("red_flags", [])),
        digest=digest_of(transcript, grade),
        body={"transcript": transcript, "grade": grade, "report": report},
    )


def from_chat(state: Mapping[str, Any], settings: Mapping[str, Any], created: float) -> Telling:
    """The telling of a finished `ownership chat` (its final graph state and its settings)."""
    from agent.interview.chat import transcript_of

    transcript = transcript_of(dict(state), dict(settings))
    return make_telling(
        "chat", transcript, dict(state["grade"]), dict(state["report"]), created, story=settings.get("story")
    )


def from_graded(transcript: Transcript, grade: Grade, created: float) -> Telling:
    """The telling of a transcript graded with `grade --save` (pydantic Transcript and Grade).

    The closing report is built the way the chat builds it; with no interviewer's readings
    in between, a layer counts as drawn out when its quotes sit in an answer to a follow-up.
    """
    from agent.interview.closing import build_report

    turns = [t.model_dump(exclude_none=True) for t in transcript.turns]
    data = transcript.model_dump(exclude_none=True, exclude={"labels", "opening_labels"})
    grade_dict = grade.model_dump(exclude_none=True)
    report = build_report({"session_id": transcript.id, "grade": grade_dict, "turns": turns, "assessments": []})
    return make_telling("graded", data, grade_dict, _number_followups(report.model_dump(), turns), created)


def _number_followups(report: dict[str, Any], turns: list[dict[str, Any]]) -> dict[str, Any]:
    """Give a number to the follow-up that drew a layer out when the transcript's questions carry
    no `probe` (a transcript written by hand): the questions after the opening answer, counted."""
    from agent.evidence import normalise
    from agent.interview.closing import origin_text

    answers = [i for i, t in enumerate(turns) if t["role"] == "candidate"]
    for layer in report["layers"]:
        if layer["origin"] != "probed" or layer["followup"] is not None:
            continue
        found = [i for i in answers[1:] if any(normalise(q) in normalise(turns[i]["text"]) for q in layer["quotes"])]
        if found:
            n = sum(1 for t in turns[answers[0] : found[0]] if t["role"] == "interviewer")
            layer["followup"] = n
            layer["origin_text"] = origin_text("probed", n, None, layer["layer"], layer["story_score"])
    return report
