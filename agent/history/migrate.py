"""Bringing finished chat sessions into history: the path from the files of earlier releases.

Before history existed, a finished session lived only in `sessions.sqlite` (its index row and
LangGraph's checkpoints) and `transcripts/SESSION.json`. Every finished session that history
does not hold yet is read back from its final checkpoint (grade and report as they were shown);
when the checkpoint has no grade, its saved transcript is graded offline. A chat that ends
records itself at once (`record_chat`), so this only finds sessions of earlier releases or
ones whose recording failed. Listing which sessions are missing costs one small query; the
graph (and langgraph) is loaded only when some are.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent.history.store import HistoryStore

if TYPE_CHECKING:
    from agent.history.records import Telling

SESSIONS_DB = "sessions.sqlite"  # agent/interview/sessions.py


def missing_sessions(home: Path, store: HistoryStore) -> list[tuple[str, float, dict[str, Any]]]:
    """(id, finished time, settings) of finished sessions that history has not got."""
    path = home / SESSIONS_DB
    if not path.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT id, updated, settings FROM ownership_sessions WHERE status = 'done'").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []  # no index yet, or a damaged file: the sessions command reports that, not history
    known = store.ids() | store.passed_over()
    return [(ident, updated, json.loads(settings or "{}")) for ident, updated, settings in rows if ident not in known]


def bring_in_sessions(home: Path, store: HistoryStore) -> int:
    """Add every finished session history lacks; returns how many were added."""
    missing = missing_sessions(home, store)
    if not missing:
        return 0
    from agent.history.records import from_chat

    added = 0
    states = _final_states(home, [ident for ident, _, _ in missing])
    for ident, finished, settings in missing:
        state = states.get(ident) or {}
        telling: Telling | None
        if state.get("grade") and state.get("report"):
            telling = from_chat(state, settings, finished)
        else:
            telling = _from_transcript_file(home, ident, settings, finished)
        if telling is None:
            store.pass_over(ident, "no grade in its checkpoint and no transcript file")
            continue
        ident_held, new = store.add(telling)
        added += new
        if ident_held != ident:  # the same telling is held under another id (imported before)
            store.pass_over(ident, f"held in history as {ident_held}")
    return added


def _final_states(home: Path, idents: list[str]) -> dict[str, Mapping[str, Any]]:
    from langgraph.checkpoint.sqlite import SqliteSaver

    from agent.interview.graph import build_graph

    conn = sqlite3.connect(home / SESSIONS_DB, check_same_thread=False)
    try:
        graph = build_graph(SqliteSaver(conn))
        return {ident: graph.get_state({"configurable": {"thread_id": ident}}).values for ident in idents}
    except Exception:  # an unreadable checkpoint store: fall back to the transcript files
        return {}
    finally:
        conn.close()


def _from_transcript_file(home: Path, ident: str, settings: Mapping[str, Any], finished: float) -> Telling | None:
    from agent.backends import OfflineBackend
    from agent.history.records import from_graded
    from agent.models import Transcript
    from agent.transcript import read_file

    path = home / "transcripts" / f"{ident}.json"
    if not path.exists():
        return None
    items = list(read_file(path))
    if len(items) != 1 or not isinstance(items[0], Transcript):
        return None
    transcript = items[0]
    if settings.get("story") and "story" not in transcript.meta:
        transcript = transcript.model_copy(update={"meta": {**transcript.meta, "story": settings["story"]}})
    telling = from_graded(transcript, OfflineBackend().grade(transcript), finished)
    return replace(telling, kind="chat")


def record_chat(
    home: Path, state: Mapping[str, Any], settings: Mapping[str, Any], finished: float | None = None
) -> str | None:
    """Keep a finished chat in history; returns a one-line note when that failed (the session
    itself is safe in the session store, and the next `ownership history` brings it in)."""
    from agent.history.records import from_chat
    from agent.history.store import HistoryError

    try:
        with HistoryStore(home) as store:
            store.add(from_chat(state, settings, time.time() if finished is None else finished))
    except (HistoryError, sqlite3.Error, OSError, KeyError, ValueError) as exc:
        return f"not added to history ({exc}); `ownership history` will try again"
    return None
