"""Interviewer tests never reach a model: keys are removed and any non-loopback connection fails."""

from __future__ import annotations

import socket

import pytest


@pytest.fixture(autouse=True)
def _offline(monkeypatch, tmp_path):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OWNERSHIP_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OWNERSHIP_HOME", str(tmp_path / "ownership-home"))
    monkeypatch.chdir(tmp_path)  # no stray .env is loaded
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in ("127.0.0.1", "::1", "localhost") and not host.startswith("/"):
            raise AssertionError(f"tests must not reach the network (tried {address!r})")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
