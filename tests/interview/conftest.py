"""Interviewer tests: a fresh data folder and working directory per test.

Keys, `.env` and the network guard are tests/conftest.py's, for every test.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    monkeypatch.setenv("OWNERSHIP_HOME", str(tmp_path / "ownership-home"))
    monkeypatch.chdir(tmp_path)  # no stray .env is loaded
