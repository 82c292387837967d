"""One chat completion, streamed: timed for stalls rather than for queueing, counted as it arrives.

A local server with few slots holds extra requests in a queue before it sends a byte; a cloud API
answers at once. So the wait for the first chunk is bounded by `queue_timeout`, and after that
every gap between chunks by `timeout` (a stalled reply). Tokens are counted chunk by chunk, so a
reply that fails half-way still shows in the cost line; an abandoned stream is closed at once, so
the server drops the request before any retry is sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from agent.llm.errors import InvalidOutput

T = TypeVar("T")


@dataclass
class Usage:
    """Tokens spent, summed over requests (for Grade.usage and the cost line of a batch).

    A request counts when it is sent; tokens count as they arrive, failed replies included.
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.requests += other.requests

    def as_dict(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "requests": self.requests,
        }


class Stalled(Exception):
    """No reply in time: nothing within queue_timeout, or a gap longer than timeout mid-reply."""

    def __init__(self, message: str, *, started: bool) -> None:
        super().__init__(message)
        self.started = started


class CutOff(InvalidOutput):
    """The reply stopped at the token cap (finish_reason "length")."""

    def __init__(self, cap: int) -> None:
        super().__init__(f"the reply stopped at the cap of {cap} tokens")
        self.cap = cap


@dataclass
class Reply:
    """What one streamed completion brought back."""

    text: str = ""
    refusal: str = ""
    finish_reason: str | None = None
    model: str | None = None
    chunks: int = 0  # chunks that carried content (about one token each)
    events: int = 0  # chunks of any kind: the reply has begun once one arrived
    reported: dict[str, int] = field(default_factory=dict)  # the server's usage, when it sent one


class Counter:
    """Adds to several Usage records at once (the call's, the sample's, the backend's total)."""

    def __init__(self, *records: Usage) -> None:
        self.records = records

    def request(self) -> None:
        for r in self.records:
            r.requests += 1

    def tokens(self, prompt: int, completion: int) -> None:
        for r in self.records:
            r.prompt_tokens += prompt
            r.completion_tokens += completion


async def stream_completion(
    client: Any,
    body: dict[str, Any],
    counter: Counter,
    *,
    timeout: float,
    queue_timeout: float,
) -> Reply:
    """Send `body` as a streamed chat completion and gather the reply (see the module docstring)."""
    reply = Reply()
    counter.request()
    stream = None
    try:
        stream = await _within(
            client.chat.completions.create(**body, stream=True, stream_options={"include_usage": True}),
            queue_timeout,
            "no reply from the server within {limit:g} s (still queued? raise OWNERSHIP_QUEUE_TIMEOUT)",
            started=False,
        )
        chunks = stream.__aiter__()
        while True:
            limit, message = (
                (timeout, "the reply stalled for {limit:g} s mid-way (raise OWNERSHIP_TIMEOUT?)")
                if reply.events
                else (queue_timeout, "no reply from the server within {limit:g} s (raise OWNERSHIP_QUEUE_TIMEOUT?)")
            )
            try:
                chunk = await _within(chunks.__anext__(), limit, message, started=reply.events > 0)
            except StopAsyncIteration:
                break
            _take(reply, chunk)
    finally:
        if stream is not None:
            await stream.close()  # the server stops generating for an abandoned reply
        if reply.reported:
            counter.tokens(reply.reported.get("prompt_tokens", 0), reply.reported.get("completion_tokens", 0))
        else:  # no usage chunk (a failure, or a server that never sends one): count what arrived
            counter.tokens(0, reply.chunks)
    return reply


def _take(reply: Reply, chunk: Any) -> None:
    reply.events += 1
    reply.model = getattr(chunk, "model", None) or reply.model
    usage = getattr(chunk, "usage", None)
    if usage is not None:
        reply.reported = {
            "prompt_tokens": usage.prompt_tokens or 0,
            "completion_tokens": usage.completion_tokens or 0,
        }
    for choice in getattr(chunk, "choices", None) or []:
        delta = choice.delta
        if delta is not None:
            if delta.content:
                reply.text += delta.content
                reply.chunks += 1
            if getattr(delta, "refusal", None):
                reply.refusal += delta.refusal
        if choice.finish_reason:
            reply.finish_reason = choice.finish_reason


async def _within(awaitable: Awaitable[T], limit: float, message: str, *, started: bool) -> T:
    try:
        return await asyncio.wait_for(awaitable, limit)
    except TimeoutError:
        raise Stalled(message.format(limit=limit), started=started) from None
