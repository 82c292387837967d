"""One grading interface, two implementations (offline, openai), selected by name."""

from __future__ import annotations

from typing import Protocol

from agent.config import Settings, SettingsError
from agent.models import Grade, Transcript

BACKENDS = ("offline", "openai")


class Backend(Protocol):
    name: str

    def grade(self, transcript: Transcript) -> Grade:
        """A full grade of the whole transcript, with verified evidence."""
        ...

    def assess(self, transcript: Transcript) -> dict[str, int]:
        """The six layer scores of what was said so far (the interviewer's quick read)."""
        ...


class OfflineBackend:
    """The deterministic analyser in agent.offline: no network, no model, same answer every time."""

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
