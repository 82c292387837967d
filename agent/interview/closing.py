"""The closing report of an interview: what the grader found and what to change next time.

For each layer it says whether the candidate volunteered it in the story or a follow-up drew it
out (and which one), judged from where the grader's quotes sit in the transcript. The tips put
the biggest gaps first, then what only came out when asked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel

from agent.evidence import normalise
from agent.interview.outline import build_outline, shorten
from agent.interview.state import StopReason
from agent.rubric import LAYERS, Flag, Layer, Verdict, load_rubric

Origin = Literal["volunteered", "probed", "absent"]
MAX_TIPS = 3
TIP_QUOTE_WORDS = 12


@cache
def closing_wording() -> dict[str, Any]:
    """The report's sentences (prompts/closing.yaml): origins, tips and stop reasons."""
    import yaml

    from agent.resources import read_prompt

    wording: dict[str, Any] = yaml.safe_load(read_prompt("closing.yaml"))
    return wording


class LayerReport(BaseModel):
    layer: Layer
    score: int
    quotes: list[str]
    origin: Origin
    story_score: int  # the interviewer's read of the opening story alone
    followup: int | None = None  # the follow-up that drew it out
    aimed_at: Layer | None = None  # the layer that follow-up aimed at
    origin_text: str


class OutlineItem(BaseModel):
    heading: str
    layer: Layer
    text: str
    missing: bool


class ClosingReport(BaseModel):
    session_id: str
    layers: list[LayerReport]
    red_flags: list[Flag]
    verdict: Verdict
    total: int
    grader: str
    tips: list[str]
    outline: list[OutlineItem]
    followups: int
    stop_reason: StopReason | None
    stop_text: str


def _locate(quote: str, turns: Sequence[Mapping[str, Any]]) -> int | None:
    needle = normalise(quote)
    for i, turn in enumerate(turns):
        if turn["role"] == "candidate" and needle and needle in normalise(turn["text"]):
            return i
    return None


def _followup_before(turns: Sequence[Mapping[str, Any]], index: int) -> tuple[int | None, Layer | None]:
    """The follow-up (number, layer aimed at) that the candidate turn at `index` answered."""
    asked = [i for i in range(index) if turns[i]["role"] == "interviewer" and turns[i].get("probe")]
    return (len(asked), turns[asked[-1]]["probe"]) if asked else (None, None)


def origin_of(
    layer: Layer,
    score: int,
    quotes: Sequence[str],
    turns: Sequence[Mapping[str, Any]],
    assessments: Sequence[Mapping[str, int]],
) -> tuple[Origin, int | None, Layer | None]:
    """(origin, follow-up number, layer it aimed at) for one graded layer.

    Volunteered when the story alone already read at the final score; otherwise the follow-up
    whose answer first brought the interviewer's read up to it (or, when the quick read never
    got there, the earliest follow-up answer the grader quoted).
    """
    if score == 0:
        return "absent", None, None
    answers = [i for i, t in enumerate(turns) if t["role"] == "candidate"]
    story = assessments[0].get(layer, 0) if assessments else 0
    if story >= score:
        return "volunteered", None, None
    best = max(a.get(layer, 0) for a in assessments) if assessments else 0
    for k, reading in enumerate(assessments[1:], start=1):
        if reading.get(layer, 0) > story and reading.get(layer, 0) >= min(score, best) and k < len(answers):
            return ("probed", *_followup_before(turns, answers[k]))
    found = sorted(i for i in (_locate(q, turns) for q in quotes) if i is not None and i != answers[0])
    if found:
        return ("probed", *_followup_before(turns, found[0]))
    return "volunteered", None, None


def origin_text(origin: Origin, n: int | None, aimed_at: Layer | None, layer: Layer, story: int) -> str:
    spec: dict[str, str] = closing_wording()["origins"]
    if origin != "probed":
        return spec[origin]
    aim = spec["aimed_at"].format(layer=aimed_at.replace("_", " ")) if aimed_at and aimed_at != layer else ""
    text = spec["probed"].format(n=n if n is not None else "?", aim=aim)
    return text + (spec["story_had"].format(score=story) if story else "")


def tips(layers: Sequence[LayerReport]) -> list[str]:
    """Two or three things to change in the next telling: the gaps first, then what was held back."""
    rubric = load_rubric()
    by_name = {lr.layer: lr for lr in layers}
    order = rubric.probing.order
    weak = sorted((n for n in order if by_name[n].score < 2), key=lambda n: by_name[n].score)
    out = [closing_wording()["tips"]["weak"].format(suggestion=rubric.layer(n).suggestion) for n in weak]
    for name in order:
        lr = by_name[name]
        if lr.origin == "probed" and lr.score >= 2 and lr.quotes:
            quote = shorten(lr.quotes[0], TIP_QUOTE_WORDS)
            out.append(
                closing_wording()["tips"]["volunteer"].format(
                    layer=name.replace("_", " "), n=lr.followup if lr.followup is not None else "?", quote=quote
                )
            )
    return out[:MAX_TIPS]


def build_report(state: Mapping[str, Any]) -> ClosingReport:
    """The report from a graded state (grade, turns, story_scores, followups, stop_reason)."""
    grade = state["grade"]
    turns = state["turns"]
    assessments = state.get("assessments") or []
    layers = []
    for name in LAYERS:
        lg = grade["layers"][name]
        origin, n, aimed = origin_of(name, lg["score"], lg["evidence"], turns, assessments)
        story = assessments[0].get(name, 0) if assessments else 0
        layers.append(
            LayerReport(
                layer=name,
                score=lg["score"],
                quotes=list(lg["evidence"]),
                origin=origin,
                story_score=story,
                followup=n,
                aimed_at=aimed,
                origin_text=origin_text(origin, n, aimed, name, story),
            )
        )
    candidate = [t["text"] for t in turns if t["role"] == "candidate"]
    outline = build_outline(grade["layers"], candidate)
    reason = state.get("stop_reason")
    stop_text = closing_wording()["stop_reasons"].get(reason, "") if reason else ""
    return ClosingReport(
        session_id=state["session_id"],
        layers=layers,
        red_flags=list(grade["red_flags"]),
        verdict=grade["verdict"],
        total=grade["total"],
        grader=grade["grader"],
        tips=tips(layers),
        outline=[OutlineItem(heading=o.heading, layer=o.layer, text=o.text, missing=o.missing) for o in outline],
        followups=state.get("followups", 0),
        stop_reason=reason,
        stop_text=stop_text.format(max=state.get("followups", 0)) if stop_text else "",
    )
