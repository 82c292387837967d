"""Run-scoped settings of the interviewer graph (LangGraph `context_schema`).

Context is not checkpointed: the CLI rebuilds it on resume from the session record, so the
backend object never has to be serialised. Studio passes plain values, hence `backend` may
also be a backend name, resolved by `resolve_backend`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agent.backends import Backend

DEFAULT_MAX_FOLLOWUPS = 6


@dataclass(frozen=True)
class InterviewContext:
    backend: Any = "offline"  # a Backend (agent.backends) or its name, "offline" or "openai"
    max_followups: int = DEFAULT_MAX_FOLLOWUPS  # follow-up questions at most, after the opener
    role: str | None = None  # the candidate's role, e.g. "ML engineer", to tailor the opener
    level: str | None = None  # junior, mid, senior, staff: tailors the opener
    llm_questions: bool = True  # write follow-ups with the backend's question writer when it has one

    def resolve_backend(self) -> Backend:
        """The backend object (a name is turned into a backend once per process)."""
        if isinstance(self.backend, str):
            return _backend_named(self.backend)
        backend: Backend = self.backend
        return backend


@cache
def _backend_named(name: str) -> Backend:
    from agent.backends import make_backend
    from agent.config import load_settings

    return make_backend(name, load_settings())


def recursion_limit(max_followups: int) -> int:
    """An explicit bound for one run: each follow-up cycle is four steps (answer, assess, plan, ask)."""
    return 4 * (max_followups + 2) + 10
