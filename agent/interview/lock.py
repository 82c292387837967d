"""One process per session: a lock held while a session is being answered.

Two terminals on one session would interleave their answers in one transcript. The lock is an
advisory `flock` on a small file beside the store, so the kernel releases it when its process
ends for any reason (a killed chat never blocks a later resume). The file keeps the holder's pid
for the message.
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; sessions are then not locked
    fcntl = None  # type: ignore[assignment]  # the module or None: callers check before locking


class SessionBusy(Exception):
    """The session is open in another live process."""

    def __init__(self, session_id: str, pid: int | None) -> None:
        self.session_id = session_id
        self.pid = pid
        holder = f"process {pid}" if pid else "another process"
        super().__init__(
            f"session {session_id} is open in {holder}: finish it there (or end that process), then resume it"
        )


class SessionLock:
    """`with SessionLock(home, id):` holds the session for this process, or raises SessionBusy."""

    def __init__(self, home: Path, session_id: str) -> None:
        self.path = home / "locks" / f"{session_id}.lock"
        self.session_id = session_id
        self._fd: int | None = None

    def acquire(self) -> SessionLock:
        if fcntl is None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            raise SessionBusy(self.session_id, pid) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None

    def __enter__(self) -> SessionLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        raw = os.pread(fd, 32, 0).decode().strip()
        return int(raw) if raw else None
    except (OSError, ValueError):
        return None
