"""`ownership chat`, `ownership sessions` and `ownership probe`: the interviewer's commands.

Only click is imported here at module level: langgraph, rich and the backends load inside the
commands, so `ownership --help` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from agent.speaker_options import echo_import_notes, role_options, speaker_options

LEVELS = ("junior", "mid", "senior", "staff")
BACKEND_CHOICE = click.Choice(["offline", "openai"])


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
@click.option("--backend", type=BACKEND_CHOICE, default=None, help="offline or openai (default: openai with a key).")
def chat(role, level, max_followups, resume, transcript_out, backend) -> None:
    """Rehearse your ML project story with an interviewer who probes what it lacks.

    \b
    Answer each question; paste long answers in one go. /skip, /done, /help.
    When stdin is not a terminal, each line is one answer (for scripted sessions).
    Ctrl-C saves the session; `ownership chat --resume` continues it.
    """
    from rich.console import Console

    from agent.cli import fail_usage, get_backend
    from agent.interview.chat import run_chat, stdin_reader
    from agent.interview.context import DEFAULT_MAX_FOLLOWUPS, InterviewContext
    from agent.interview.sessions import SessionStore, data_dir

    console = Console(highlight=False)
    with SessionStore(data_dir(os.environ)) as store:
        if resume is not None:
            record = store.get(resume) if resume else store.latest_open()
            if record is None:
                fail_usage(f"no session {resume!r}; see `ownership sessions`" if resume else "no unfinished session")
            settings = dict(record.settings)
            if backend:
                settings["backend"] = backend
            session_id = record.id
            console.print(f"Resuming session {session_id} ({record.answers} answers so far).", style="dim")
        else:
            settings = {
                "role": role,
                "level": level.lower() if level else None,
                "max_followups": DEFAULT_MAX_FOLLOWUPS if max_followups is None else max_followups,
                "backend": backend,
            }
        chosen = get_backend(settings.get("backend"))
        settings["backend"] = chosen.name
        if resume is None:
            session_id = store.new_id()
            store.create(session_id, settings)
            console.print(f"Session {session_id} · {chosen.name} · type /help for commands", style="dim")
        ctx = InterviewContext(
            backend=chosen,
            max_followups=settings["max_followups"],
            role=settings.get("role"),
            level=settings.get("level"),
        )
        code = run_chat(store, session_id, ctx, settings, stdin_reader(), console, transcript_out)
    sys.exit(code)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per session (JSONL).")
def sessions(as_json: bool) -> None:
    """List saved interview sessions, most recent first."""
    import json
    import time

    from agent.interview.sessions import SessionStore, data_dir

    home = data_dir(os.environ)
    with SessionStore(home) as store:
        records = store.list()
    if as_json:
        for r in records:
            click.echo(json.dumps({"id": r.id, "status": r.status, "answers": r.answers, "updated": r.updated,
                                   "title": r.title, **r.settings}))  # fmt: skip
        return
    if not records:
        click.echo(f"No sessions yet in {home}. Start one with: ownership chat")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, header_style="bold")
    for column in ("session", "status", "answers", "updated", "story"):
        table.add_column(column, no_wrap=column != "story")
    for r in records:
        updated = time.strftime("%Y-%m-%d %H:%M", time.localtime(r.updated))
        table.add_row(r.id, r.status, str(r.answers), updated, r.title)
    console = Console(highlight=False)
    console.print(table)
    console.print(f"in {home} · resume one with: ownership chat --resume SESSION", style="dim")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help='One {"id", "target_layer", "question"} per line.')
@click.option("--max-followups", type=click.IntRange(0, 30), default=None, help="Follow-up limit (default 6).")
@click.option("--backend", type=BACKEND_CHOICE, default=None, help="offline or openai (default: openai with a key).")
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
    import json

    from agent.cli import fail_usage, get_backend
    from agent.grading import describe
    from agent.interview.context import DEFAULT_MAX_FOLLOWUPS
    from agent.interview.replay import next_probe
    from agent.transcript import ReadFailure, read_paths

    chosen = get_backend(backend)
    items = list(read_paths(paths, roles=role_options(candidate, interviewers)))
    if not items:
        fail_usage("no transcripts found in " + ", ".join(paths))
    echo_import_notes(items)
    limit = DEFAULT_MAX_FOLLOWUPS if max_followups is None else max_followups
    failed = 0
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
            click.echo(f"error: {result['error']}", err=True)
        elif result["target_layer"]:
            click.echo(f"{result['id']}: probe {result['target_layer']}\n  {result['question']}")
        else:
            click.echo(f"{result['id']}: stop (nothing left to probe)")
    sys.exit(1 if failed else 0)


def register(group: click.Group) -> None:
    """Add the interviewer's commands to the `ownership` group."""
    for command in (chat, sessions, probe):
        group.add_command(command)
