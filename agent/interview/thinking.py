"""A status line with the seconds elapsed while the model is thinking, so a slow local model is
not mistaken for a hung program. Shown only on a terminal, and only for a model backend."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def status_text(seconds: float) -> str:
    return f"The interviewer is thinking… {seconds:.0f} s"


@contextmanager
def thinking(console: Console, backend_name: str) -> Iterator[None]:
    if backend_name == "offline" or not console.is_terminal:
        yield
        return
    start = time.monotonic()
    done = threading.Event()
    with console.status(status_text(0)) as status:

        def tick() -> None:
            while not done.wait(1.0):
                status.update(status_text(time.monotonic() - start))

        ticker = threading.Thread(target=tick, name="ownership-thinking", daemon=True)
        ticker.start()
        try:
            yield
        finally:
            done.set()
            ticker.join()
