"""`ownership chat` and `ownership probe`: the interviewer's commands.

Only click is imported here at module level: langgraph, rich and the backends load inside the
commands, so `ownership --help` stays fast.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

import click

from agent.cli.common import backend_option, data_home, fail_usage, get_backend, note_skipped
from agent.cli.speakers import noting_imports, role_options, speaker_options
from agent.terminal import safe, safe_line

LEVELS = ("junior", "mid", "senior", "staff")
BACKEND_HELP = "offline or openai (default: openai with a key)."


@click.command()
@click.option("--role", help='Your role, e.g. "ML engineer" (tailors the opening question).')
@click.option("--level", type=click.Choice(LEVELS, case_sensitive=False), help="Your level (tailors the opening).")
@click.option(
    "--max-followups",
    type=click.IntRange(0, 30),
    default=None,
    help="Follow-up questions at most after the story (default 6).",
)
@click.option(
    "--resume",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[SESSION]",
    help="Continue a saved session (default: the latest unfinished one).",
)
@click.option(
    "--transcript-out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Also write the transcript (formats.md JSON) to FILE.",
)
@backend_option(BACKEND_HELP)
@click.option("--story", metavar="NAME", help="Name the story, to follow it over tellings (`ownership history`).")
def chat(
    role: str | None,
    level: str | None,
    max_followups: int | None,
    resume: str | None,
    transcript_out: Path | None,
    backend: str | None,
    story: str | None,
) -> None:
    """Rehearse your ML project story with an interviewer who probes what it lacks.

    \b
    Answer each question; paste long answers in one go. /skip, /done, /help.
    When stdin is not a terminal, each line is one answer (for scripted sessions).
    Ctrl-C saves the session; `ownership chat --resume` continues it.
    """
    from rich.console import Console
    from rich.text import Text

    from agent.interview.chat import run_chat, stdin_reader
    from agent.interview.context import DEFAULT_MAX_FOLLOWUPS, InterviewContext
    from agent.interview.lock import SessionBusy, SessionLock
    from agent.interview.sessions import SessionStore, StoreError

    console = Console(highlight=False)
    home = data_home()
    if transcript_out is not None:
        _check_transcript_out(transcript_out, home)
    try:
        with SessionStore(home) as store:
            if resume is not None:
                record = store.get(resume) if resume else store.latest_open()
                if record is None:
                    missing = f"no session {resume!r}; see `ownership sessions`" if resume else "no unfinished session"
                    fail_usage(missing)
                settings: dict[str, Any] = dict(record.settings)
                if backend:
                    settings["backend"] = backend
                if story:
                    settings["story"] = story
                session_id = record.id
                resuming = f"Resuming session {session_id} ({record.answers} answers so far)."
            else:
                settings = {
                    "role": role,
                    "level": level.lower() if level else None,
                    "max_followups": DEFAULT_MAX_FOLLOWUPS if max_followups is None else max_followups,
                    "backend": backend,
                    "story": story,
                }
                session_id = store.new_id()
            with SessionLock(home, session_id):
                chosen = get_backend(settings.get("backend"))
                settings["backend"] = chosen.name
                if resume is None:
                    store.create(session_id, settings)
                    opening = f"Session {session_id} · {chosen.name} · type /help for commands"
                else:
                    opening = resuming
                console.print(Text(opening, style="dim"))
                ctx = InterviewContext(
                    backend=chosen,
                    max_followups=settings["max_followups"],
                    role=settings.get("role"),
                    level=settings.get("level"),
                )
                code = run_chat(store, session_id, ctx, settings, stdin_reader(), console, transcript_out)
    except (StoreError, SessionBusy) as exc:
        click.echo(f"ownership: {safe_line(str(exc))}", err=True)
        sys.exit(1)
    sys.exit(code)


def _check_transcript_out(path: Path, home: Path) -> None:
    """Before the interview: --transcript-out must be writable and must not be the session store."""
    from agent.interview.sessions import DB_NAME
    from agent.outputs import output_problem, resolved

    target = resolved(path)
    store = resolved(home / DB_NAME)
    if target in {store, store.with_name(DB_NAME + "-wal"), store.with_name(DB_NAME + "-shm")}:
        fail_usage(f"--transcript-out {path} is the session store: the transcript would overwrite every session")
    problem = output_problem(path)
    if problem:
        fail_usage(problem)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help='One {"id", "target_layer", "question"} per line.')
@click.option("--max-followups", type=click.IntRange(0, 30), default=None, help="Follow-up limit (default 6).")
@backend_option(BACKEND_HELP)
@speaker_options
def probe(
    paths: tuple[str, ...],
    as_json: bool,
    max_followups: int | None,
    backend: str | None,
    candidate: str | None = None,
    interviewers: tuple[str, ...] = (),
) -> None:
    """For each transcript so far, the layer the interviewer would probe next and its question."""
    from agent.grading import describe
    from agent.interview.context import DEFAULT_MAX_FOLLOWUPS
    from agent.interview.replay import next_probe
    from agent.transcript import ReadFailure, read_paths

    chosen = get_backend(backend)
    items = noting_imports(read_paths(paths, on_skip=note_skipped, roles=role_options(candidate, interviewers)))
    first = next(items, None)
    if first is None:
        fail_usage("no transcripts found in " + ", ".join(paths))
    items = itertools.chain([first], items)
    limit = DEFAULT_MAX_FOLLOWUPS if max_followups is None else max_followups
    failed = 0
    result: dict[str, Any]
    for item in items:
        if isinstance(item, ReadFailure):
            failed += 1
            result = {"id": item.id, "error": item.error}
        else:
            try:
                result = next_probe(item, chosen, max_followups=limit).as_json()
            except Exception as exc:  # one transcript's failure must not end the batch
                failed += 1
                result = {"id": item.id, "error": f"{item.id}: probing failed: {describe(exc)}"}
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False))
        elif "error" in result:
            click.echo(f"error: {safe_line(result['error'])}", err=True)
        elif result["target_layer"]:
            click.echo(safe(f"{result['id']}: probe {result['target_layer']}\n  {result['question']}"))
        else:
            click.echo(safe(f"{result['id']}: stop (nothing left to probe)"))
    sys.exit(1 if failed else 0)


COMMANDS = (chat, probe)
