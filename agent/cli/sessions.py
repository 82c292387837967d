"""`ownership sessions`: the saved interview sessions, to resume one with `chat --resume`."""

from __future__ import annotations

import json
import sys
import time

import click

from agent.cli.common import data_home
from agent.terminal import safe, safe_line


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per session (JSONL).")
def sessions(as_json: bool) -> None:
    """List saved interview sessions, most recent first."""
    from agent.interview.sessions import StoreError, list_sessions

    home = data_home()
    try:
        records = list_sessions(home)
    except StoreError as exc:
        click.echo(f"ownership: {safe_line(str(exc))}", err=True)
        sys.exit(1)
    if as_json:
        for r in records:
            click.echo(json.dumps({"id": r.id, "status": r.status, "answers": r.answers, "updated": r.updated,
                                   "title": r.title, **r.settings}))  # fmt: skip
        return
    if not records:
        click.echo(safe(f"No sessions yet in {home}. Start one with: ownership chat"))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, header_style="bold")
    for column in ("session", "status", "answers", "updated", "story"):
        table.add_column(column, no_wrap=column != "story")
    for r in records:
        updated = time.strftime("%Y-%m-%d %H:%M", time.localtime(r.updated))
        # Text cells: a title is the candidate's words, shown literally (no markup, no escapes)
        cells = (safe_line(r.id), r.status, str(r.answers), updated, safe_line(r.title))
        table.add_row(*(Text(cell) for cell in cells))
    console = Console(highlight=False)
    console.print(table)
    console.print(Text(safe(f"in {home} · resume one with: ownership chat --resume SESSION"), style="dim"))


COMMANDS = (sessions,)
