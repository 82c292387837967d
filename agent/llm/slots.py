"""How many requests to keep in flight when none was asked for: as many as the server decodes at once.

OpenAI's API takes many; a local server decodes only as many requests as it has slots and queues
the rest, so more in flight only adds waiting (and, before timeouts were measured from the first
byte, failures). llama.cpp reports its slots at /props; other servers get a low default.
"""

from __future__ import annotations

import json
import urllib.request

from agent.config import Settings

OPENAI_CONCURRENCY = 8
LOCAL_CONCURRENCY = 2


def server_root(base_url: str) -> str:
    """The server's root URL: the base URL without its trailing /v1."""
    root = base_url.rstrip("/")
    return root[: -len("/v1")] if root.endswith("/v1") else root


def server_slots(base_url: str, timeout: float = 2.0) -> int | None:
    """llama.cpp's total_slots from GET /props, or None when the server does not say."""
    try:
        with urllib.request.urlopen(server_root(base_url) + "/props", timeout=timeout) as response:  # noqa: S310
            slots = json.loads(response.read()).get("total_slots")
    except (OSError, ValueError, AttributeError):
        return None
    return slots if isinstance(slots, int) and slots > 0 else None


def default_concurrency(settings: Settings) -> tuple[int, str]:
    """(requests in flight, why that many)."""
    if settings.is_openai:
        return OPENAI_CONCURRENCY, "OpenAI's API"
    slots = server_slots(settings.base_url or "")
    if slots:
        return slots, f"the server reports {slots} slot{'s' if slots != 1 else ''} at /props"
    return LOCAL_CONCURRENCY, "the default for a server that does not report its slots; set --concurrency"


def concurrency_for(settings: Settings, asked: int | None) -> tuple[int, str]:
    if asked is not None:
        return asked, "--concurrency"
    return default_concurrency(settings)
