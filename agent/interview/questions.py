"""Writing the interviewer's questions: the opener, and follow-ups from the bank or from a model.

Offline, a follow-up is a phrasing from prompts/followups.yaml that picks up the candidate's own
words where it can. With a backend that has a question writer, prompts/interviewer.md is rendered
and the model writes the question; a failed call, an empty reply or a repeat falls back to the
bank, so the interview never stalls and never asks the same question twice.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from string import Template
from typing import TYPE_CHECKING, Any

from agent.interview.phrases import pick_detail, pick_phrase

if TYPE_CHECKING:
    from agent.backends import Backend, QuestionWriter
    from agent.interview.state import LedgerEntry, TurnDict

MAX_QUESTION_CHARS = 400


@dataclass(frozen=True)
class BankQuestion:
    id: str
    layer: str
    angle: str
    woven: str
    plain: str

    def render(self, phrase: str | None) -> str:
        return self.woven.format(phrase=phrase) if phrase else self.plain


@dataclass(frozen=True)
class Written:
    """A follow-up ready to ask: its text, bank id ("llm" when a model wrote it) and angle."""

    text: str
    question_id: str
    angle: str
    phrase: str | None = None  # the candidate's words it picks up (bank questions), None when asked plainly


@dataclass(frozen=True)
class Bank:
    openers: dict[str, Any]
    hooks: dict[str, list[str]]
    questions: dict[str, list[BankQuestion]]
    bridge: str  # a plain question said after a specific detail of the answer: {phrase}, {question}


@cache
def load_bank() -> Bank:
    import yaml

    from agent.resources import read_prompt

    raw = yaml.safe_load(read_prompt("followups.yaml"))
    questions = {
        layer: [BankQuestion(layer=layer, **q) for q in spec["questions"]] for layer, spec in raw["layers"].items()
    }
    hooks = {layer: spec["hooks"] for layer, spec in raw["layers"].items()}
    return Bank(openers=raw["openers"], hooks=hooks, questions=questions, bridge=raw["bridge"])


def _rotation(seed: str, salt: str, n: int) -> int:
    """A stable per-session offset, so wording varies between sessions but replays identically."""
    return zlib.crc32(f"{seed}/{salt}".encode()) % n if n else 0


def article(phrase: str) -> str:
    """ "a" or "an" by sound: "an ML engineer", "a data scientist", "an engineer"."""
    word = phrase.split()[0] if phrase.split() else ""
    if len(word) > 1 and word[:2].isupper():  # an acronym is spelled out: "an ML", "a DS"
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def opener(seed: str, role: str | None, level: str | None, used: Sequence[str] = ()) -> str:
    """The opening question, tailored by role and level, never one already asked this session."""
    spec = load_bank().openers
    project = spec["project"].get((level or "").lower(), spec["project"]["default"])
    as_role = ""
    if role:
        as_role = spec["as_role"].format(article=article(role), role=role)
    texts: list[str] = [q.format(project=project, as_role=as_role) for q in spec["questions"]]
    start = _rotation(seed, "opener", len(texts))
    ordered = texts[start:] + texts[:start]
    fresh = [t for t in ordered if t not in used]
    return (fresh or ordered)[0]


def bank_question(
    layer: str,
    answers: Sequence[str],
    asked_ids: Sequence[str],
    seed: str,
    avoid_angles: Sequence[str] = (),
    asked: Sequence[str] = (),
) -> Written | None:
    """An unused phrasing for `layer`, from a new angle when asked to; None when all are used.

    It never says back a phrase that an earlier question (`asked`) already said back.
    """
    bank = load_bank()
    pool = [q for q in bank.questions[layer] if q.id not in asked_ids]
    if not pool:
        return None
    fresh_angle = [q for q in pool if q.angle not in avoid_angles]
    pool = fresh_angle or pool
    chosen = pool[_rotation(seed, layer, len(pool))] if not avoid_angles else pool[0]
    phrase = pick_phrase(answers, bank.hooks[layer], asked)
    if phrase:
        return Written(chosen.render(phrase), chosen.id, chosen.angle, phrase)
    detail = pick_detail(answers, asked)
    if detail:  # nothing on this layer to pick up: say back something specific they told, then ask
        return Written(bank.bridge.format(phrase=detail, question=chosen.plain), chosen.id, chosen.angle, detail)
    return Written(chosen.plain, chosen.id, chosen.angle)


def render_interviewer_prompt(
    *,
    layer: str,
    reason: str,
    angle: str,
    asked: Sequence[str],
    role: str | None,
    level: str | None,
) -> str:
    """The system prompt for a model-written follow-up (prompts/interviewer.md)."""
    from agent.resources import read_prompt
    from agent.rubric import load_rubric

    spec = load_rubric().layer(layer)
    who = " ".join(p for p in (level, role or "ML practitioner") if p)
    return Template(read_prompt("interviewer.md")).substitute(
        candidate=f"{article(who)} {who}",
        layer_title=layer.replace("_", " "),
        layer_question=spec.question,
        anchor_2=spec.anchors[2],
        anchor_3=spec.anchors[3],
        reason=reason,
        angle=angle,
        asked="\n".join(f"   - {q}" for q in asked) or "   - (none yet)",
    )


def render_conversation(turns: Sequence[TurnDict]) -> str:
    """The transcript so far as the model's user message."""
    names = {"interviewer": "Interviewer", "candidate": "Candidate"}
    return "\n\n".join(f"{names[t['role']]}: {t['text']}" for t in turns)


def llm_question(
    write: QuestionWriter,
    turns: Sequence[TurnDict],
    asked: Sequence[str],
    *,
    layer: str,
    reason: str,
    angle: str,
    role: str | None,
    level: str | None,
) -> str | None:
    """A model-written follow-up, or None when the model fails, says nothing, asks more than one
    question, repeats itself, or states a number or name the candidate never said
    (agent.interview.invented)."""
    system = render_interviewer_prompt(asked=asked, layer=layer, reason=reason, angle=angle, role=role, level=level)
    try:
        text = write(system, render_conversation(turns))
    except Exception:  # any model failure falls back to the bank; the interview goes on
        return None
    text = " ".join((text or "").split()).strip("\"'“” ")
    if not text or len(text) > MAX_QUESTION_CHARS or _key(text) in {_key(q) for q in asked}:
        return None
    if text.count("?") > 1:
        return None  # two questions at once get half an answer each; the bank asks one
    from agent.interview.invented import invented_facts

    if invented_facts(text, [t["text"] for t in turns if t["role"] == "candidate"]):
        return None
    return text


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def next_followup(
    *,
    target: str,
    reason: str,
    second_try: bool,
    turns: Sequence[TurnDict],
    ledger: Sequence[LedgerEntry],
    asked_ids: Sequence[str],
    seed: str,
    backend: Backend | None = None,
    role: str | None = None,
    level: str | None = None,
) -> Written:
    """The follow-up on `target`: model-written when the backend has a question writer, else from the bank."""
    asked = [t["text"] for t in turns if t["role"] == "interviewer"]
    earlier = [e for e in ledger if e["layer"] == target]
    write = backend.question_writer() if backend is not None else None
    if write is not None:
        if second_try and earlier:
            angle = (
                f'the earlier question on this layer ("{_asked_text(turns, earlier[-1]["n"])}") did not draw it '
                "out; come at it from a different side"
            )
        else:
            angle = "ask about it directly, picking up what the candidate said"
        text = llm_question(write, turns, asked, layer=target, reason=reason, angle=angle, role=role, level=level)
        if text:
            return Written(text, "llm", "llm")
    answers = [t["text"] for t in turns if t["role"] == "candidate"]
    avoid = [e["angle"] for e in earlier] if second_try else []
    written = bank_question(target, answers, asked_ids, seed, avoid_angles=avoid, asked=asked)
    if written is None:  # unreachable while planning caps probes per layer below the bank size
        raise RuntimeError(f"the question bank has no unused question left for {target}")
    return written


def _asked_text(turns: Sequence[TurnDict], n: int) -> str:
    followups = [t["text"] for t in turns if t["role"] == "interviewer" and t.get("probe")]
    return followups[n - 1] if 0 < n <= len(followups) else ""
