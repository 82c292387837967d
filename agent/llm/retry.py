"""The one retry layer for model calls (the SDK's own retries are off, so attempts never multiply).

Transient failures are retried with exponential backoff and jitter, a bounded number of times;
a 429 or 503 that says how long to wait (Retry-After) is waited out exactly, up to a cap.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, wait_random_exponential

from agent.llm.errors import is_transient

log = logging.getLogger("ownership.llm")

MAX_RETRY_AFTER = 120.0
BACKOFF = wait_random_exponential(multiplier=0.5, max=20)


async def sleep(seconds: float) -> None:
    """The wait between attempts; tests replace it so that retries cost no time."""
    await asyncio.sleep(seconds)


def retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (Retry-After-Ms or Retry-After), if it said."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            return max(0.0, float(raw) * scale)
        except ValueError:
            parsed = email.utils.parsedate_tz(raw)
            if parsed is not None:
                return max(0.0, email.utils.mktime_tz(parsed) - time.time())
    return None


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    hinted = retry_after(exc)
    return min(hinted, MAX_RETRY_AFTER) if hinted is not None else BACKOFF(state)


def _log_retry(state: RetryCallState) -> None:
    exc = state.outcome.exception() if state.outcome else None
    wait = state.next_action.sleep if state.next_action else 0.0
    log.debug("attempt %d failed (%s); retrying in %.1fs", state.attempt_number, type(exc).__name__, wait)


def retrying(max_attempts: int) -> AsyncRetrying:
    async def _sleep(seconds: float) -> None:
        await sleep(seconds)  # looked up at call time, so a patched `sleep` takes effect

    return AsyncRetrying(
        retry=retry_if_exception(is_transient),
        stop=stop_after_attempt(max(1, max_attempts)),
        wait=_wait,
        sleep=_sleep,
        before_sleep=_log_retry,
        reraise=True,
    )
