"""Tests never reach a real model: no API key, no .env, no connection beyond 127.0.0.1."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
_LOOPBACK = ("127.0.0.1", "::1", "localhost")


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OWNERSHIP_MODEL", "OWNERSHIP_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("dotenv.load_dotenv", lambda *args, **kwargs: False)
    real_connect = socket.socket.connect

    def connect(sock: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else None
        if host is not None and host not in _LOOPBACK and not str(host).startswith("127."):
            raise RuntimeError(f"tests may not connect to {host}: use the fake server on 127.0.0.1")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
