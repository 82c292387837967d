"""A fake OpenAI-compatible server on 127.0.0.1 and settings that point at it; no retry waits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent.config import Settings
from agent.llm.backend import OpenAIBackend
from tests.llm.script import KEY, Script
from tests.support.fake_openai_server import FakeOpenAI


@pytest.fixture(autouse=True)
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry waits are recorded instead of slept."""
    seen: list[float] = []

    async def no_sleep(seconds: float) -> None:
        seen.append(seconds)

    monkeypatch.setattr("agent.llm.retry.sleep", no_sleep)
    return seen


@pytest.fixture
def script() -> Script:
    return Script()


@pytest.fixture
def server(script: Script) -> Iterator[FakeOpenAI]:
    with FakeOpenAI(script) as fake:
        yield fake


@pytest.fixture
def settings(server: FakeOpenAI, tmp_path) -> Settings:
    return Settings(api_key=KEY, base_url=server.url, timeout=0.5, max_attempts=3, data_dir=str(tmp_path / "data"))


@pytest.fixture
def backend(settings: Settings) -> Iterator[OpenAIBackend]:
    made = OpenAIBackend(settings)
    yield made
    made.close()


@pytest.fixture
def env(server: FakeOpenAI, tmp_path) -> dict[str, str]:
    """The environment a user would set, for driving the real CLI."""
    return {
        "OPENAI_API_KEY": KEY,
        "OPENAI_BASE_URL": server.url,
        "OWNERSHIP_TIMEOUT": "0.5",
        "OWNERSHIP_MAX_ATTEMPTS": "3",
        "OWNERSHIP_HOME": str(tmp_path / "data"),
    }
