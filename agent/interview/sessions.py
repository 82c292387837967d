"""Where interview sessions live: one SQLite file holding LangGraph's checkpoints and an index.

The directory is the data folder (agent.config.data_home: per user, unless OWNERSHIP_HOME points
elsewhere); the CLI reads the environment once and passes the path in. Every step is checkpointed by SqliteSaver, so a
session killed at any moment resumes with every answer that was entered.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.config import HOME_ENV

DB_NAME = "sessions.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS ownership_sessions (
    id TEXT PRIMARY KEY,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    answers INTEGER NOT NULL DEFAULT 0,
    settings TEXT NOT NULL DEFAULT '{}'
)
"""


@dataclass(frozen=True)
class SessionRecord:
    id: str
    created: float
    updated: float
    status: str  # open (waiting for an answer), done (report shown), abandoned
    title: str  # the start of the first answer
    answers: int
    settings: dict[str, Any]  # role, level, max_followups, backend: what the session was started with


class StoreError(Exception):
    """The session store cannot be used: the message names the file and what to do."""


def _store_error(path: Path, exc: Exception) -> StoreError:
    reason = getattr(exc, "strerror", None) or str(exc)
    if "not a database" in reason or "malformed" in reason:
        return StoreError(
            f"{path} is damaged ({reason}): move it aside (mv {path} {path}.broken) "
            f"or set {HOME_ENV} to another folder"
        )
    return StoreError(f"cannot use the session store {path}: {reason}; set {HOME_ENV} to a writable folder")


class SessionStore:
    """The checkpointer and the session index over one SQLite connection."""

    def __init__(self, home: Path) -> None:
        from langgraph.checkpoint.sqlite import SqliteSaver

        self.home = home
        path = home / DB_NAME
        try:
            home.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise _store_error(path if home.is_dir() else home, exc) from None
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute(_SCHEMA)
            self.conn.commit()
        except sqlite3.Error as exc:
            self.conn.close()
            raise _store_error(path, exc) from None
        self.saver = SqliteSaver(self.conn)

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @staticmethod
    def new_id() -> str:
        return time.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(2)

    def create(self, session_id: str, settings: dict[str, Any]) -> None:
        now = time.time()
        self.conn.execute(
            "INSERT INTO ownership_sessions (id, created, updated, status, settings) VALUES (?, ?, ?, 'open', ?)",
            (session_id, now, now, json.dumps(settings)),
        )
        self.conn.commit()

    def update(
        self, session_id: str, *, status: str | None = None, title: str | None = None, answers: int | None = None
    ) -> None:
        fields: dict[str, object] = {"updated": time.time(), "status": status, "title": title, "answers": answers}
        fields = {k: v for k, v in fields.items() if v is not None}
        assignments = ", ".join(f"{k} = ?" for k in fields)
        self.conn.execute(f"UPDATE ownership_sessions SET {assignments} WHERE id = ?", (*fields.values(), session_id))
        self.conn.commit()

    def get(self, session_id: str) -> SessionRecord | None:
        row = self.conn.execute("SELECT * FROM ownership_sessions WHERE id = ?", (session_id,)).fetchone()
        return _record(row) if row else None

    def list(self) -> list[SessionRecord]:
        """Every session, most recently updated first."""
        rows = self.conn.execute("SELECT * FROM ownership_sessions ORDER BY updated DESC, id DESC").fetchall()
        return [_record(r) for r in rows]

    def latest_open(self) -> SessionRecord | None:
        return next((s for s in self.list() if s.status == "open"), None)

    def transcript_path(self, session_id: str) -> Path:
        return self.home / "transcripts" / f"{session_id}.json"


def list_sessions(home: Path) -> list[SessionRecord]:
    """Every session, most recent first, read without writing anything: the listing works on a
    read-only home and creates no folder or file."""
    path = home / DB_NAME
    if not path.is_file():
        return []
    rows = None
    for mode in ("ro", "ro&immutable=1"):  # immutable: a WAL file in a folder we may not write
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
        except sqlite3.Error as exc:
            raise _store_error(path, exc) from None
        try:
            rows = conn.execute("SELECT * FROM ownership_sessions ORDER BY updated DESC, id DESC").fetchall()
            break
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            if mode != "ro":
                raise _store_error(path, exc) from None
        except sqlite3.Error as exc:
            raise _store_error(path, exc) from None
        finally:
            conn.close()
    return [_record(r) for r in rows or []]


def _record(row: tuple[Any, ...]) -> SessionRecord:
    ident, created, updated, status, title, answers, settings = row
    return SessionRecord(ident, created, updated, status, title, answers, json.loads(settings))
