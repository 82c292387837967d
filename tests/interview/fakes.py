"""Scripted test doubles for the interviewer: they fail loudly when over- or under-used."""

from __future__ import annotations

from collections.abc import Callable

from agent.backends import LocalBackend, QuestionWriter
from agent.models import Grade, LayerGrade, Transcript
from agent.rubric import LAYERS

ZERO = dict.fromkeys(LAYERS, 0)


def scores(**given: int) -> dict[str, int]:
    return {**ZERO, **given}


def grade_from(scores_: dict[str, int], transcript: Transcript, grader: str = "fake") -> Grade:
    """A consistent grade whose evidence is each layer's first matching candidate sentence."""
    answers = transcript.candidate_texts()
    layers = {}
    for layer in LAYERS:
        quote = next((a for a in answers if layer in a), answers[0])
        s = scores_[layer]
        layers[layer] = LayerGrade(score=s, evidence=[quote] if s else [], rationale="scripted")
    return Grade.assemble(transcript.id, layers, [], grader)


class ScriptedBackend(LocalBackend):
    """`assess` answers from a script (a list, or a function of the transcript) with a call budget.

    `expect_assess` / `expect_grade` are the exact numbers of calls the test expects;
    `check()` fails when a call that was scripted never happened.
    """

    name = "scripted"

    def __init__(
        self,
        assess: list[dict[str, int]] | Callable[[Transcript], dict[str, int]],
        *,
        expect_assess: int | None = None,
        expect_grade: int = 1,
    ) -> None:
        self._script = assess
        self.expect_assess = len(assess) if isinstance(assess, list) else expect_assess
        self.expect_grade = expect_grade
        self.assess_calls: list[Transcript] = []
        self.grade_calls: list[Transcript] = []

    def assess(self, transcript: Transcript) -> dict[str, int]:
        self.assess_calls.append(transcript)
        n = len(self.assess_calls)
        if self.expect_assess is not None and n > self.expect_assess:
            raise AssertionError(f"assess called {n} times; the script allows {self.expect_assess}")
        if isinstance(self._script, list):
            return dict(self._script[n - 1])
        return self._script(transcript)

    def grade(self, transcript: Transcript) -> Grade:
        self.grade_calls.append(transcript)
        if len(self.grade_calls) > self.expect_grade:
            raise AssertionError(f"grade called {len(self.grade_calls)} times; expected {self.expect_grade}")
        latest = self._script(transcript) if callable(self._script) else self._last_scores()
        return grade_from(latest, transcript)

    def _last_scores(self) -> dict[str, int]:
        index = min(len(self.assess_calls), len(self._script)) - 1
        return dict(self._script[index]) if index >= 0 else dict(ZERO)

    def check(self) -> None:
        if self.expect_assess is not None and len(self.assess_calls) != self.expect_assess:
            raise AssertionError(f"assess called {len(self.assess_calls)} times, expected {self.expect_assess}")
        if len(self.grade_calls) != self.expect_grade:
            raise AssertionError(f"grade called {len(self.grade_calls)} times, expected {self.expect_grade}")


def keyword_scores(transcript: Transcript) -> dict[str, int]:
    """Score 2 for every layer named in a candidate answer: a candidate who adds one layer per answer."""
    said = " ".join(transcript.candidate_texts())
    return {layer: 2 if layer in said else 0 for layer in LAYERS}


class WritingBackend(ScriptedBackend):
    """A scripted backend that also writes questions through `complete_text`."""

    def __init__(self, replies: list[str | Exception], **kwargs) -> None:
        super().__init__(**kwargs)
        self.replies = list(replies)
        self.prompts: list[tuple[str, str]] = []

    def question_writer(self) -> QuestionWriter:
        return self.complete_text

    def complete_text(self, system: str, user: str) -> str:
        self.prompts.append((system, user))
        if not self.replies:
            raise AssertionError("complete_text called more often than scripted")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply
