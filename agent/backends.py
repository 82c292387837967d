"""One backend interface, two implementations (offline, openai), selected by name.

`Backend` declares everything a caller may ask of a backend, so no caller probes for methods or
checks names: a capability a backend lacks is answered explicitly (None, or a no-op).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

from agent.config import BACKENDS, Settings, SettingsError
from agent.grading import Callback, grade_each
from agent.models import Grade, Transcript
from agent.transcript import Item

if TYPE_CHECKING:
    from agent.llm.backend import OpenAIBackend

__all__ = ["BACKENDS", "Backend", "LocalBackend", "OfflineBackend", "QuestionWriter", "make_backend"]

Note = Callable[[str], None]
# (system prompt, user message) -> the model's reply: an interview question.
QuestionWriter = Callable[[str, str], str]


class Backend(Protocol):
    name: str

    def grade(self, transcript: Transcript) -> Grade:
        """A full grade of the whole transcript, with verified evidence."""
        ...

    def assess(self, transcript: Transcript) -> dict[str, int]:
        """The six layer scores of what was said so far (the interviewer's quick read)."""
        ...

    def grade_many(
        self,
        items: Iterable[Item],
        *,
        concurrency: int | None,
        samples: int,
        on_done: Callback,
        on_ordered: Callback,
        on_note: Note,
    ) -> None:
        """Grades every item through agent.grading's loop with the backend's own concurrency.

        `concurrency` None lets the backend choose; `on_note` receives a line for stderr saying
        how the run will go, when the backend has something to say."""
        ...

    def question_writer(self) -> QuestionWriter | None:
        """The model that writes follow-up questions, or None: the question bank writes them."""
        ...

    def spent(self) -> str | None:
        """Tokens and estimated cost of the work so far as one line, or None when nothing is spent."""
        ...

    def model_service(self) -> OpenAIBackend | None:
        """The model service behind the backend, for what only it offers (several samples per
        transcript, the Batch API); None for a backend without one."""
        ...

    def close(self) -> None:
        """Releases connections and threads; the backend is not used afterwards."""
        ...


class LocalBackend:
    """A backend that grades in this process: one transcript after another, no model behind it,
    nothing spent, nothing to close. Subclasses give `name`, `grade` and `assess`."""

    name = "local"

    def grade(self, transcript: Transcript) -> Grade:
        raise NotImplementedError

    def assess(self, transcript: Transcript) -> dict[str, int]:
        raise NotImplementedError

    def grade_many(
        self,
        items: Iterable[Item],
        *,
        concurrency: int | None,
        samples: int,
        on_done: Callback,
        on_ordered: Callback,
        on_note: Note,
    ) -> None:
        if samples > 1:  # the CLI says so before; a library caller hears it here
            raise SettingsError(f"the {self.name} backend grades each transcript once; samples need a model")
        grade_each(items, self.grade, on_done=on_done, on_ordered=on_ordered)

    def question_writer(self) -> QuestionWriter | None:
        return None

    def spent(self) -> str | None:
        return None

    def model_service(self) -> OpenAIBackend | None:
        return None

    def close(self) -> None:
        return None


class OfflineBackend(LocalBackend):
    """The deterministic analyser in agent.offline: no network, no model, same answer every time.

    Its answers to the rest of the interface are LocalBackend's: graded one by one, no usage, the
    question bank writes the questions, nothing to close."""

    name = "offline"

    def grade(self, transcript: Transcript) -> Grade:
        from agent.imports import with_recording
        from agent.offline.grader import grade

        return with_recording(grade(transcript.without_labels()), transcript)

    def assess(self, transcript: Transcript) -> dict[str, int]:
        from agent.offline.grader import assess

        return assess(transcript.without_labels())


def make_backend(name: str | None, settings: Settings) -> Backend:
    """The backend called `name` (default: openai when a key is configured, else offline)."""
    name = name or settings.default_backend
    if name == "offline":
        return OfflineBackend()
    if name == "openai":
        if not settings.api_key:
            raise SettingsError(
                "the openai backend needs OPENAI_API_KEY (in the environment or .env); "
                "for a local server also set OPENAI_BASE_URL"
            )
        try:
            from agent.llm.backend import OpenAIBackend
        except ImportError:
            raise SettingsError("the openai backend is not available yet; use --backend offline") from None
        return OpenAIBackend(settings)
    raise SettingsError(f"unknown backend {name!r}; expected one of: {', '.join(BACKENDS)}")
