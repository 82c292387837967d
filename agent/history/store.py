"""History in one SQLite file beside the sessions: `history.sqlite` in the per-user data folder.

The schema version is SQLite's `user_version`; each step of MIGRATIONS brings a file one version
up, inside one transaction, so an older file is upgraded the first time a newer release opens
it. The summary columns (scores, total, verdict) sit in their own columns so that listing a
thousand tellings never parses their bodies.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from agent.history.layers import LAYERS
from agent.history.records import Telling
from agent.history.text import story_key

DB_NAME = "history.sqlite"
SUMMARY = (
    "id",
    "kind",
    "created",
    "story",
    "story_key",
    "title",
    "grader",
    *LAYERS,
    "total",
    "verdict",
    "red_flags",
    "digest",
)


def _v1(conn: sqlite3.Connection) -> None:
    layer_columns = ", ".join(f"{layer} INTEGER NOT NULL" for layer in LAYERS)
    conn.execute(
        f"""CREATE TABLE tellings (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, created REAL NOT NULL, story TEXT NOT NULL,
            story_key TEXT NOT NULL, title TEXT NOT NULL, grader TEXT NOT NULL, {layer_columns},
            total INTEGER NOT NULL, verdict TEXT NOT NULL, red_flags TEXT NOT NULL,
            digest TEXT NOT NULL UNIQUE, body TEXT NOT NULL)"""
    )
    conn.execute("CREATE INDEX tellings_created ON tellings (created DESC)")
    conn.execute("CREATE INDEX tellings_story ON tellings (story_key, created)")
    # Finished sessions not to bring in again: unrecoverable (no grade, no transcript), or held under another id.
    conn.execute("CREATE TABLE sessions_passed_over (id TEXT PRIMARY KEY, reason TEXT NOT NULL)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1]
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryError(Exception):
    """The history file cannot be used; the message names it and says what to do."""


class HistoryStore:
    def __init__(self, home: Path) -> None:
        self.path = home / DB_NAME
        try:
            home.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=10)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise HistoryError(
                f"{self.path}: cannot use the history file ({exc}); move it aside to start anew"
            ) from None
        except OSError as exc:
            raise HistoryError(f"{self.path}: {exc.strerror or exc}; set OWNERSHIP_HOME to a writable folder") from None

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryError(f"{self.path}: written by a newer ownership (schema {version}); upgrade to read it")
        for step in range(version, SCHEMA_VERSION):
            with self.conn:
                MIGRATIONS[step](self.conn)
                self.conn.execute(f"PRAGMA user_version = {step + 1}")

    @property
    def version(self) -> int:
        version: int = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return version

    def add(self, telling: Telling) -> tuple[str, bool]:
        """Store a telling; (its id, True) when new, (the id it has, False) when already there.

        The same content (digest) is never stored twice; a different telling whose id is taken
        is stored as `id~2`, `id~3`, ...
        """
        found = self.conn.execute("SELECT id FROM tellings WHERE digest = ?", (telling.digest,)).fetchone()
        if found:
            return found[0], False
        ident, n = telling.id, 1
        while self.conn.execute("SELECT 1 FROM tellings WHERE id = ?", (ident,)).fetchone():
            n += 1
            ident = f"{telling.id}~{n}"
        row = (
            ident,
            telling.kind,
            telling.created,
            telling.story,
            telling.story_key,
            telling.title,
            telling.grader,
            *(telling.scores[layer] for layer in LAYERS),
            telling.total,
            telling.verdict,
            json.dumps(telling.red_flags),
            telling.digest,
            json.dumps(telling.body, ensure_ascii=False),
        )
        with self.conn:
            self.conn.execute(f"INSERT INTO tellings VALUES ({', '.join('?' * len(row))})", row)
        return ident, True

    def list(self, *, story: str | None = None, since: float | None = None, full: bool = False) -> list[Telling]:
        """Tellings newest first, of one story key and/or since a time; bodies only when `full`."""
        where: list[str] = []
        args: list[str | float] = []
        if story is not None:
            where.append("story_key = ?")
            args.append(story)
        if since is not None:
            where.append("created >= ?")
            args.append(since)
        columns = ", ".join(SUMMARY) + (", body" if full else "")
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(f"SELECT {columns} FROM tellings{clause} ORDER BY created DESC, id DESC", args)
        return [_telling(row, full) for row in rows]

    def get(self, ident: str, *, prefix: bool = True) -> Telling | None:
        """The telling with this id, or (with `prefix`) the only one whose id starts with it."""
        columns = ", ".join(SUMMARY) + ", body"
        row = self.conn.execute(f"SELECT {columns} FROM tellings WHERE id = ?", (ident,)).fetchone()
        if row is None and ident and prefix:
            pattern = ident.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            rows = self.conn.execute(
                f"SELECT {columns} FROM tellings WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (pattern,)
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return _telling(row, True) if row else None

    def story_keys(self) -> dict[str, int]:
        """Every story key with its number of tellings."""
        return dict(self.conn.execute("SELECT story_key, COUNT(*) FROM tellings GROUP BY story_key").fetchall())

    def ids(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT id FROM tellings")}

    def passed_over(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT id FROM sessions_passed_over")}

    def pass_over(self, ident: str, reason: str) -> None:
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO sessions_passed_over VALUES (?, ?)", (ident, reason))


def resolve_story(store: HistoryStore, name: str) -> str | None:
    """The story key NAME means: an exact key, else the only key that starts with NAME's words."""
    key = story_key(name)
    keys = store.story_keys()
    if key in keys:
        return key
    matches = [k for k in keys if key and k.startswith(key + "-")]
    return matches[0] if len(matches) == 1 else None


def _telling(row: Iterable[Any], full: bool) -> Telling:
    values = list(row)
    body = json.loads(values.pop()) if full else {}
    record = dict(zip(SUMMARY, values, strict=True))
    return Telling(
        id=record["id"],
        kind=record["kind"],
        created=record["created"],
        story=record["story"],
        title=record["title"],
        grader=record["grader"],
        scores={layer: record[layer] for layer in LAYERS},
        total=record["total"],
        verdict=record["verdict"],
        red_flags=json.loads(record["red_flags"]),
        digest=record["digest"],
        body=body,
    )
