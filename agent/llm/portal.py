"""A private event loop on a daemon thread, so synchronous callers can use one AsyncOpenAI client.

`Backend.grade()` is synchronous (the eval harness and the interviewer call it that way), but
concurrent grading needs asyncio. Running every coroutine on one long-lived loop lets both share
the same client and its connection pool, and works whether or not the caller has a loop running.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class Portal:
    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` on the portal's loop and wait for its result (exceptions propagate).

        When the wait is interrupted (Ctrl-C), the coroutine is cancelled too, so a batch stops
        sending requests instead of running on in the background.
        """
        future = asyncio.run_coroutine_threadsafe(coro, self._ensure_loop())
        try:
            return future.result()
        except BaseException:
            future.cancel()
            raise

    def close(self) -> None:
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=5)
            loop.close()

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="ownership-llm", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop
