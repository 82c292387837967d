"""The openai backend: grading through any OpenAI-compatible chat completions server.

Built only when a key is set (agent.backends checks); `import openai` happens here, never on
the offline path. The client is created lazily on the backend's own event loop (agent.llm.portal).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterable
from typing import Any, TypeVar

from agent.config import Settings
from agent.grading import Callback, grade_many
from agent.imports import with_recording
from agent.llm.caller import Caller, Usage, model_label
from agent.llm.portal import Portal
from agent.llm.prompt import Message, grading_messages, system_prompt
from agent.llm.schema import GraderOutput, response_format
from agent.llm.verified_grade import Sample, combine, read_once
from agent.models import Grade, Transcript
from agent.transcript import Item

T = TypeVar("T")


class OpenAIBackend:
    """Implements the Backend protocol (agent.backends): a model grades, writes questions, and
    counts what it spent."""

    name = "openai"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._portal = Portal()
        self._caller: Caller | None = None
        self.usage = Usage()  # tokens spent by this backend, over every call (kept after close)
        schema = None
        if settings.json_mode == "json_object":
            schema = response_format(GraderOutput, "json_schema")["json_schema"]["schema"]
        self._system = system_prompt(json_schema=schema)

    @property
    def grader(self) -> str:
        """The backend and the model that answered (the reply's `model` field), else the one asked for."""
        caller = self._caller
        answered = caller.answered_by if caller else None
        asked = caller._model if caller else None
        return f"openai:{model_label(answered or asked or self.settings.model)}"

    # -- the Backend protocol (synchronous) --------------------------------------------------

    def grade(self, transcript: Transcript) -> Grade:
        return self.run(self.agrade(transcript))

    def assess(self, transcript: Transcript) -> dict[str, int]:
        """The interviewer's quick read: the verified scores of a full grade (evidence-checked,
        so an invented quote cannot stop a follow-up on a layer that is really missing)."""
        return self.grade(transcript).scores()

    def complete_text(self, system: str, user: str, *, temperature: float = 0.0) -> str:
        """A plain chat completion with the same retry policy (the interviewer writes questions)."""
        messages: list[Message] = [{"role": "system", "content": system}, {"role": "user", "content": user}]

        async def ask() -> str:
            return await self.caller.text(messages, Usage(), temperature=temperature)

        return self.run(ask())

    def question_writer(self) -> Callable[[str, str], str]:
        """Questions are written by the model, with the grading retry policy."""
        return self.complete_text

    def grade_many(
        self,
        items: Iterable[Item],
        *,
        concurrency: int | None,
        samples: int,
        on_done: Callback,
        on_ordered: Callback,
        on_note: Callable[[str], None],
    ) -> None:
        """Up to `concurrency` requests in flight (None: as agent.llm.slots chooses), on the backend's loop."""
        from agent.llm.model_run import plan_run

        workers, note = plan_run(self, concurrency, samples)
        on_note(note)

        async def agrade(transcript: Transcript) -> Grade:
            return await self.agrade(transcript, samples)

        self.run(
            grade_many(
                items, agrade, on_done=on_done, on_ordered=on_ordered, concurrency=workers, secret=self.settings.api_key
            )
        )

    def spent(self) -> str:
        from agent.llm.model_run import cost_line

        return cost_line(self.usage, self.settings, model=self.grader.removeprefix("openai:"))

    def model_service(self) -> OpenAIBackend:
        return self

    # -- async, for concurrent grading -------------------------------------------------------

    @property
    def caller(self) -> Caller:
        """The client, created on first use (inside the portal's loop, where it will be used)."""
        if self._caller is None:
            self._caller = Caller(self.settings, total=self.usage)
        return self._caller

    def messages(self, transcript: Transcript) -> list[Message]:
        return grading_messages(transcript.without_labels(), self._system)

    async def agrade(self, transcript: Transcript, samples: int = 1) -> Grade:
        """N samples one after another (so --concurrency bounds requests in flight), then combined.

        Several samples are drawn at settings.sample_temperature: at temperature 0 they would be
        the same request N times, and their agreement a false confidence.
        """
        transcript = transcript.without_labels()
        messages = self.messages(transcript)
        temperature = self.settings.sample_temperature if samples > 1 else 0.0
        found: list[Sample] = []
        for _ in range(max(1, samples)):
            found.append(await read_once(self.caller, transcript, messages, temperature=temperature))
        return with_recording(combine(transcript, found, self.grader), transcript)

    async def agrade_from(self, transcript: Transcript, first: GraderOutput, usage: Usage) -> Grade:
        """A grade from an answer obtained elsewhere (the Batch API), verified and repaired here."""
        transcript = transcript.without_labels()
        sample = await read_once(self.caller, transcript, self.messages(transcript), first=first, usage=usage)
        return with_recording(combine(transcript, [sample], self.grader), transcript)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return self._portal.run(coro)

    def close(self) -> None:
        if self._caller is not None:
            self._portal.run(self._caller.close())
            self._caller = None
        self._portal.close()
