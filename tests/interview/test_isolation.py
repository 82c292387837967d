"""The root no-network guard reaches the interviewer tests (a same-named fixture here once hid it)."""

from __future__ import annotations

import os
import socket

import pytest


def test_the_network_guard_and_key_removal_apply_here():
    assert "OPENAI_API_KEY" not in os.environ
    with socket.socket() as sock, pytest.raises(RuntimeError, match="tests may not connect"):
        sock.connect(("192.0.2.1", 443))  # TEST-NET-1: refused by the guard before any packet
