"""The `ownership chat` session: drive the graph, read answers, save on every step.

Each answer is sent as `Command(resume=...)` with durable (synchronous) checkpoints, so Ctrl-C or
a killed process loses nothing that was entered; `--resume` rebuilds the context from the session
record and carries on at the question that was waiting.
"""

from __future__ import annotations

import json
import select
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from agent.interview.context import InterviewContext, recursion_limit
from agent.interview.render import HELP, print_question, render_report
from agent.interview.sessions import SessionStore

PASTE_WINDOW = 0.05  # seconds: lines arriving this close together are one pasted answer


@dataclass
class AnswerReader:
    """Answers from a terminal (a paste is one answer) or from a pipe (one answer per line)."""

    stream: TextIO
    interactive: bool

    def read(self, console) -> str | None:
        """The next answer, or None at end of input."""
        while True:
            if self.interactive:
                console.print("[bold green]you ›[/bold green] ", end="")
            line = self.stream.readline()
            if not line:
                return None
            lines = [line.rstrip("\n")]
            while self.interactive and _more_waiting(self.stream):
                more = self.stream.readline()
                if not more:
                    break
                lines.append(more.rstrip("\n"))
            text = "\n".join(lines).strip()
            if text:
                return text
            # a blank line: a terminal asks again, a pipe moves on to the next line


def _more_waiting(stream: TextIO) -> bool:
    try:
        ready, _, _ = select.select([stream], [], [], PASTE_WINDOW)
    except (ValueError, OSError):
        return False
    return bool(ready)


def transcript_of(state: dict, settings: dict) -> dict:
    """The session's committed turns in the formats.md transcript shape."""
    meta = {k: v for k, v in settings.items() if v is not None} | {"source": "ownership chat"}
    return {"id": state["session_id"], "turns": state.get("turns", []), "meta": meta}


def save_transcript(state: dict, settings: dict, *paths: Path | None) -> list[Path]:
    if not any(t["role"] == "candidate" for t in state.get("turns", [])):
        return []
    text = json.dumps(transcript_of(state, settings), indent=2, ensure_ascii=False) + "\n"
    written = []
    for path in paths:
        if path is None:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def run_chat(
    store: SessionStore,
    session_id: str,
    ctx: InterviewContext,
    settings: dict,
    reader: AnswerReader,
    console,
    transcript_out: Path | None = None,
) -> int:
    """Run (or resume) one session to its report; returns the exit code."""
    from langgraph.types import Command

    from agent.interview.graph import build_graph
    from agent.llm.errors import LLMError

    graph = build_graph(store.saver)
    cfg = {"configurable": {"thread_id": session_id}, "recursion_limit": recursion_limit(ctx.max_followups)}

    from agent.interview.thinking import thinking

    backend_name = getattr(ctx.resolve_backend(), "name", "")
    shown = len(graph.get_state(cfg).values.get("notices") or [])

    def run(value) -> None:
        nonlocal shown
        try:
            with thinking(console, backend_name):
                graph.invoke(value, cfg, context=ctx, durability="sync")
        finally:  # a later step may fail in the same run: the notices of the steps before still show
            notices = state().get("notices") or []
            for notice in notices[shown:]:
                console.print(notice, style="yellow", markup=False, highlight=False, soft_wrap=True)
            shown = len(notices)

    def state() -> dict:
        return graph.get_state(cfg).values

    try:
        snapshot = graph.get_state(cfg)
        if not snapshot.values:
            run({"session_id": session_id})
        while True:
            snapshot = graph.get_state(cfg)
            if not snapshot.interrupts:
                break
            print_question(console, snapshot.interrupts[0].value)
            answer = _next_answer(reader, console)
            run(Command(resume="/end" if answer is None else answer))
            values = state()
            answers = [t["text"] for t in values.get("turns", []) if t["role"] == "candidate"]
            store.update(session_id, answers=len(answers), title=_title(answers))
    except KeyboardInterrupt:
        saved = save_transcript(state(), settings, store.transcript_path(session_id), transcript_out)
        console.print()
        console.print(f"Interview saved. Resume with: [bold]ownership chat --resume {session_id}[/bold]")
        if saved:
            console.print(f"Transcript so far: {saved[-1]}", style="dim")
        return 130
    except LLMError as exc:  # a model step with no offline fallback (the grade): one line, nothing lost
        saved = save_transcript(state(), settings, store.transcript_path(session_id), transcript_out)
        console.print(f"error: {exc}", style="red", markup=False, highlight=False, soft_wrap=True)
        console.print(f"Interview saved. Resume with: [bold]ownership chat --resume {session_id}[/bold]")
        if saved:
            console.print(f"Transcript so far: {saved[-1]}", style="dim")
        return 1

    final = state()
    if final.get("status") == "abandoned" or "report" not in final:
        store.update(session_id, status="abandoned")
        console.print("No story was told, so there is nothing to grade.")
        return 0
    store.update(session_id, status="done")
    console.print()
    console.print(render_report(final["report"]))
    saved = save_transcript(final, settings, store.transcript_path(session_id), transcript_out)
    if saved:
        console.print(f"Transcript: {saved[-1]}", style="dim")
    return 0


def _next_answer(reader: AnswerReader, console) -> str | None:
    """An answer or /done, /skip; /help is handled here and never reaches the graph."""
    while True:
        answer = reader.read(console)
        if answer is None:
            return None
        command = answer.strip().lower()
        if command == "/help":
            console.print(HELP, style="dim", highlight=False)
            continue
        if command.startswith("/") and " " not in command and command not in ("/done", "/skip"):
            console.print(f"Unknown command {command}. {HELP.splitlines()[1].strip()}", style="yellow")
            continue
        return answer


def _title(answers: list[str], limit: int = 60) -> str:
    first = " ".join(answers[0].split()) if answers else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def stdin_reader() -> AnswerReader:
    return AnswerReader(sys.stdin, interactive=sys.stdin.isatty())
