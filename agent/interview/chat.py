"""The `ownership chat` session: drive the graph, read answers, save on every step.

Each answer is sent as `Command(resume=...)` with durable (synchronous) checkpoints, so Ctrl-C or
a killed process loses nothing that was entered; `--resume` rebuilds the context from the session
record and carries on at the question that was waiting.
"""

from __future__ import annotations

import json
import select
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click
from rich.text import Text

from agent.interview.context import InterviewContext, recursion_limit
from agent.interview.render import HELP, print_question, render_report
from agent.interview.sessions import SessionStore
from agent.terminal import safe_line
from agent.transcript import MAX_CHARS

if TYPE_CHECKING:
    from langchain_core.runnables import RunnableConfig
    from rich.console import Console

    from agent.interview.state import InterviewInput

PASTE_WINDOW = 0.05  # seconds: lines arriving this close together are one pasted answer
QUESTION_ROOM = 5_000  # characters kept back for the interviewer's questions still to come


@dataclass
class AnswerReader:
    """Answers from a terminal (a paste is one answer) or from a pipe (one answer per line)."""

    stream: TextIO
    interactive: bool

    def read(self, console: Console) -> str | None:
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


def transcript_of(state: dict[str, Any], settings: dict[str, Any]) -> dict[str, Any]:
    """The session's committed turns in the formats.md transcript shape."""
    meta = {k: v for k, v in settings.items() if v is not None} | {"source": "ownership chat"}
    return {"id": state["session_id"], "turns": state.get("turns", []), "meta": meta}


def save_transcript(state: dict[str, Any], settings: dict[str, Any], *paths: Path | None) -> list[Path]:
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
    settings: dict[str, Any],
    reader: AnswerReader,
    console: Console,
    transcript_out: Path | None = None,
) -> int:
    """Run (or resume) one session to its report; returns the exit code."""
    from langgraph.types import Command

    from agent.interview.graph import build_graph

    graph = build_graph(store.saver)
    limit = recursion_limit(ctx.max_followups)
    cfg: RunnableConfig = {"configurable": {"thread_id": session_id}, "recursion_limit": limit}

    from agent.interview.thinking import thinking

    backend_name = getattr(ctx.resolve_backend(), "name", "")
    shown = len(graph.get_state(cfg).values.get("notices") or [])

    def run(value: InterviewInput | Command[str] | None) -> None:
        nonlocal shown
        try:
            with thinking(console, backend_name):
                graph.invoke(value, cfg, context=ctx, durability="sync")
        finally:  # a later step may fail in the same run: the notices of the steps before still show
            notices = state().get("notices") or []
            for notice in notices[shown:]:  # they quote the server's error text: made safe to print
                console.print(Text(safe_line(notice), style="yellow"), soft_wrap=True)
            shown = len(notices)

    def state() -> dict[str, Any]:
        values: dict[str, Any] = graph.get_state(cfg).values
        return values

    def answers_so_far() -> list[str]:
        return [t["text"] for t in state().get("turns", []) if t["role"] == "candidate"]

    try:
        snapshot = graph.get_state(cfg)
        if not snapshot.values:
            run({"session_id": session_id})
        elif snapshot.next and not snapshot.interrupts:
            run(None)  # the step that failed last time (say, the model server was down) runs again
        while True:
            snapshot = graph.get_state(cfg)
            if not snapshot.interrupts:
                break
            print_question(console, snapshot.interrupts[0].value)
            answer = _next_answer(reader, console, room_left(snapshot.values))
            run(Command(resume="/end" if answer is None else answer))
            answers = answers_so_far()
            store.update(session_id, answers=len(answers), title=_title(answers))
    except KeyboardInterrupt:
        saved = _save(console, state(), settings, store.transcript_path(session_id), transcript_out)
        console.print()
        resume = (f"ownership chat --resume {session_id}", "bold")
        console.print(Text.assemble("Interview saved. Resume with: ", resume))
        if saved:
            console.print(Text(f"Transcript so far: {saved[-1]}", style="dim"))
        return 130
    except Exception as exc:  # a failed step (the model server, most often) must not lose the interview
        try:  # the transcript so far, as on Ctrl-C (the answers are in the session's checkpoint anyway)
            saved = _save(console, state(), settings, store.transcript_path(session_id), transcript_out)
        except Exception:  # the store itself failing: the one line below still says how to go on
            saved = []
        code = _step_failed(exc, store, session_id, answers_so_far, console)
        if saved:
            console.print(Text(f"Transcript so far: {saved[-1]}", style="dim"))
        return code

    final = state()
    if final.get("status") == "abandoned" or "report" not in final:
        store.update(session_id, status="abandoned")
        console.print("No story was told, so there is nothing to grade.")
        return 0
    store.update(session_id, status="done")
    console.print()
    console.print(render_report(final["report"], console.width))
    saved = _save(console, final, settings, store.transcript_path(session_id), transcript_out)
    if saved:
        console.print(Text(f"Transcript: {saved[-1]}", style="dim"))
    from agent.history.migrate import record_chat

    note = record_chat(store.home, final, settings)
    if note:
        console.print(Text(safe_line(note), style="dim"))
    return 0


def _step_failed(
    exc: Exception, store: SessionStore, session_id: str, answers_so_far: Callable[[], list[str]], console: Console
) -> int:
    """One line on stderr saying what failed and how to go on; the session stays open, exit 1.

    Every answer given is already in a checkpoint (the failed step comes after it), so resuming
    re-runs only the step that failed: with the same backend, or with `--backend offline`.
    """
    from agent.grading import describe
    from agent.llm.errors import LLMError

    try:
        answers = answers_so_far()
        store.update(session_id, answers=len(answers), title=_title(answers))
        kept = f"your {len(answers)} answer{'s' if len(answers) != 1 else ''} are saved"
    except Exception:  # the store itself failing is reported below all the same
        kept = "your answers up to the last one are saved"
    what = "the model server failed" if isinstance(exc, LLMError) else "the interview stopped on an error"
    console.file.flush()
    click.echo(
        safe_line(
            f"ownership: {what}: {describe(exc)}; {kept}. Resume with: ownership chat --resume {session_id} "
            f"(or add --backend offline)"
        ),
        err=True,
    )
    return 1


def _save(
    console: Console, state: dict[str, Any], settings: dict[str, Any], store_path: Path, transcript_out: Path | None
) -> list[Path]:
    """The transcript in the session store, and at --transcript-out; a failed --transcript-out
    write is one line saying where the transcript is, not a traceback after the whole interview."""
    saved = save_transcript(state, settings, store_path)
    if transcript_out is not None and saved:
        try:
            saved += save_transcript(state, settings, transcript_out)
        except OSError as exc:
            why = f"cannot write {transcript_out}: {exc.strerror or exc}"
            click.echo(safe_line(f"ownership: {why}; the transcript is in {saved[0]}"), err=True)
    return saved


def room_left(values: dict[str, Any]) -> int:
    """Characters an answer may still have before the transcript passes the reader's limit
    (kept back: room for the questions still to come)."""
    used = sum(len(t["text"]) for t in values.get("turns", []))
    pending = values.get("pending") or {}
    return MAX_CHARS - QUESTION_ROOM - used - len(pending.get("text") or "")


def _next_answer(reader: AnswerReader, console: Console, room: int = MAX_CHARS) -> str | None:
    """An answer or /done, /skip; /help is handled here and never reaches the graph, and an
    answer that would take the transcript over the limit is refused here, before it is kept."""
    while True:
        answer = reader.read(console)
        if answer is None:
            return None
        command = answer.strip().lower()
        if command == "/help":
            console.print(HELP, style="dim", highlight=False)
            continue
        if command.startswith("/") and " " not in command and command not in ("/done", "/skip"):
            console.print(Text(f"Unknown command {safe_line(command)}. {HELP.splitlines()[1].strip()}", style="yellow"))
            continue
        if len(answer) > room:
            console.print(
                Text(
                    f"That answer is {len(answer):,} characters; a transcript holds at most {MAX_CHARS:,}, so this "
                    f"one has room for {max(room, 0):,} more. Shorten it and answer again (or /done).",
                    style="yellow",
                )
            )
            continue
        return answer


def _title(answers: list[str], limit: int = 60) -> str:
    first = " ".join(answers[0].split()) if answers else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def stdin_reader() -> AnswerReader:
    return AnswerReader(sys.stdin, interactive=sys.stdin.isatty())
