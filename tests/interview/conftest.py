"""Interviewer tests never reach a model: keys are removed and any non-loopback connection fails."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OWNERSHIP_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OWNERSHIP_HOME", str(tmp_path / "ownership-home"))
    monkeypatch.chdir(tmp_path)  # no stray .env is loaded; the network guard is tests/conftest.py's
