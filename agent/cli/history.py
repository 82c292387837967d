"""`ownership history`, `ownership compare` and `ownership report`, and the history side of
`grade --save`. Only click and light helpers are imported at module level so `ownership --help`
stays fast; the history listing itself never loads pydantic, rich or langgraph.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from agent.cli.common import backend_option, data_home, get_backend

if TYPE_CHECKING:
    from agent.grading import Result
    from agent.history.records import Telling
    from agent.history.store import HistoryStore
    from agent.models import Transcript
    from agent.transcript import Item


def _home() -> Path:
    return data_home()


def _fail(message: str, code: int = 1) -> NoReturn:
    from agent.history.text import one_line

    click.echo(f"ownership: {one_line(message)}", err=True)
    sys.exit(code)


def open_store(home: Path, *, bring_in: bool = True) -> HistoryStore:
    """The history store, with finished sessions it lacks brought in; a one-line error if unusable."""
    from agent.history.migrate import bring_in_sessions
    from agent.history.store import HistoryError, HistoryStore

    try:
        store = HistoryStore(home)
    except HistoryError as exc:
        _fail(str(exc))
    if bring_in:
        try:
            bring_in_sessions(home, store)
        except Exception as exc:  # history still lists what it has; the sessions stay where they are
            click.echo(f"note: could not bring finished sessions into history: {exc}", err=True)
    return store


def parse_since(text: str) -> float:
    """YYYY-MM-DD (local midnight), an ISO date-time, or a span back from now: 12h, 7d, 2w."""
    from datetime import datetime

    span = text.strip().lower()
    units = {"h": 3600, "d": 86400, "w": 7 * 86400}
    if span[:-1].isdigit() and span[-1:] in units:
        return time.time() - int(span[:-1]) * units[span[-1]]
    try:
        return datetime.fromisoformat(text.strip()).timestamp()
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a date (YYYY-MM-DD), a date-time, or a span like 7d") from None


@click.command()
@click.option("--json", "as_json", is_flag=True, help="JSONL, one telling per line (with --story: one object).")
@click.option("--story", metavar="NAME", help="Only this story, with its progress (a name, or its first words).")
@click.option("--since", metavar="DATE", help="Only tellings since DATE (YYYY-MM-DD, a date-time, or 7d, 2w, 12h).")
@click.option(
    "--export",
    "export_to",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.jsonl",
    help="Write the tellings listed (all, or those of --story/--since) to FILE.jsonl.",
)
@click.option(
    "--import",
    "import_from",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.jsonl",
    multiple=True,
    help="Add the tellings of an exported file (again: nothing is added twice).",
)
def history(
    as_json: bool, story: str | None, since: str | None, export_to: Path | None, import_from: tuple[Path, ...]
) -> None:
    """Every finished chat and every transcript graded with --save, newest first.

    \b
    ownership history                      all tellings, and the stories told more than once
    ownership history --story fraud-model  one story: its tellings and its progress
    ownership history --export me.jsonl    a file to send a coach; they run --import me.jsonl
    """
    since_time = parse_since(since) if since else None
    home = _home()
    with open_store(home) as store:
        if import_from:
            sys.exit(_import(store, import_from))
        key = None
        if story is not None:
            from agent.history.store import resolve_story

            key = resolve_story(store, story)
            if key is None:
                known = ", ".join(sorted(store.story_keys())[:12]) or "none yet"
                _fail(f"no story {story!r} in history (stories: {known})")
        if export_to is not None:
            _export(store, export_to, key, since_time)
            return
        tellings = store.list(story=key, since=since_time)
        full = store.list(story=key, full=True) if key else []
    _show(tellings, full, as_json, key, home)


def _show(tellings: list[Telling], full: list[Telling], as_json: bool, key: str | None, home: Path) -> None:
    from agent.history import terminal
    from agent.history.progress import progress

    found = progress(full) if key else None
    if as_json:
        if key:
            click.echo(
                json.dumps(
                    {
                        "story": tellings[0].story if tellings else key,
                        "tellings": [t.summary() for t in tellings],
                        "progress": found.as_json() if found else None,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            click.echo("".join(json.dumps(t.summary(), ensure_ascii=False) + "\n" for t in tellings), nl=False)
        return
    if not tellings:
        click.echo(
            f"No tellings in history yet ({home}). Finish an `ownership chat`, or `ownership grade FILE --save`."
        )
        return
    lines = terminal.history_table(tellings)
    if found:
        lines += ["", *terminal.progress_lines(found)]
    elif not key:
        groups: dict[str, list[Telling]] = {}
        for t in tellings:
            groups.setdefault(t.story_key, []).append(t)
        summary = terminal.story_lines(groups)
        lines += ["", *summary] if summary else []
    click.echo("\n".join(lines))


def _export(store: HistoryStore, path: Path, key: str | None, since: float | None) -> None:
    from agent.history.exchange import export

    tellings = sorted(store.list(story=key, since=since, full=True), key=lambda t: (t.created, t.id))
    try:
        with path.open("w", encoding="utf-8") as stream:
            n = export(tellings, stream)
    except OSError as exc:
        _fail(f"{path}: cannot write: {exc.strerror or exc}", 2)
    click.echo(f"exported {n} tellings to {path}", err=True)


def _import(store: HistoryStore, paths: Iterable[Path]) -> int:
    from agent.history.exchange import import_file

    failed = 0
    for path in paths:
        result = import_file(store, path)
        for error in result.errors:
            click.echo(f"error: {error}", err=True)
        failed += len(result.errors)
        click.echo(
            f"{path}: added {len(result.added)}, already in history {len(result.present)}"
            + (f", {len(result.errors)} lines could not be read" if result.errors else "")
        )
    return 1 if failed else 0


def _telling_of(store: HistoryStore, ref: str, backend: str | None) -> tuple[Telling, bool]:
    """(telling, stored): a telling of history by id (or unique prefix), else a transcript file graded now."""
    telling = store.get(ref, prefix=False)
    path = Path(ref)
    if telling is None and not path.is_file():
        telling = store.get(ref)
    if telling is not None:
        return telling, True
    if not ref or not path.exists():
        _fail(
            f"no telling {ref!r} in history (a chat is there once finished) and no such file; see `ownership history`",
            2,
        )
    if not path.is_file():
        _fail(f"{ref}: is a folder; give a session id or one transcript file", 2)
    from agent.history.records import from_graded
    from agent.transcript import ReadFailure, read_paths

    items = list(read_paths([ref]))
    if len(items) != 1:
        _fail(f"{ref}: holds {len(items)} transcripts; give one", 2)
    if isinstance(items[0], ReadFailure):
        _fail(items[0].error, 1)
    try:
        grade = get_backend(backend).grade(items[0])
    except Exception as exc:  # a backend failure is one line, never a traceback
        from agent.grading import grading_failed

        _fail(grading_failed(ref, exc))
    return from_graded(items[0], grade, path.stat().st_mtime), False


@click.command()
@click.argument("first", metavar="A")
@click.argument("second", metavar="B")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@backend_option("Grader for transcript files (default as grade).")
def compare(first: str, second: str, as_json: bool, backend: str | None) -> None:
    """The same story told twice: A and B side by side (session ids, history ids or transcript files).

    Per layer the scores and the quotes behind them, what the later telling gained and lost, and
    whether the 60-second outline got shorter or longer. Two tellings from history are put in date
    order; two files are taken as given, A the earlier.
    """
    from agent.history import terminal
    from agent.history.compare import compare as compare_tellings

    with open_store(_home()) as store:
        a, a_stored = _telling_of(store, first, backend)
        b, b_stored = _telling_of(store, second, backend)
    result = compare_tellings(a, b, by_date=a_stored and b_stored)
    if as_json:
        click.echo(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        click.echo("\n".join(terminal.comparison_lines(result)))


@click.command()
@click.argument("ident", metavar="ID")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html"]),
    default=None,
    help="Markdown or HTML (default: from the -o suffix, else md).",
)
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE, not stdout.")
@backend_option("Grader when ID is a transcript file.")
def report(ident: str, fmt: str | None, out: Path | None, backend: str | None) -> None:
    """A report to keep or send: scores as a chart, quotes, flags, verdict, next steps, the 60-second
    outline, the transcript, and the story's trend. ID is a session or history id, or a transcript file."""
    if out is not None and not out.parent.exists():
        _fail(f"{out}: no such folder {out.parent}", 2)
    fmt = fmt or ("html" if out is not None and out.suffix.lower() in (".html", ".htm") else "md")
    from agent.history.view import build_view

    with open_store(_home()) as store:
        telling, stored = _telling_of(store, ident, backend)
        story = store.list(story=telling.story_key, full=True)
    if not stored:
        story.append(telling)
    view = build_view(telling, story)
    if fmt == "html":
        from agent.history.report_html import render_html

        text = render_html(view)
    else:
        from agent.history.report_md import render_markdown

        text = render_markdown(view)
    if out is None:
        click.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"{out}: cannot write: {exc.strerror or exc}", 2)
    click.echo(f"report written to {out}", err=True)


class GradeSaver:
    """`grade --save`: each grade kept in history with its transcript as soon as it is made."""

    def __init__(self) -> None:
        self.store = open_store(_home(), bring_in=False)
        self.waiting: dict[str, list[Transcript]] = {}  # transcripts read and not graded yet, by id
        self.added = 0
        self.present = 0

    def watch(self, items: Iterable[Item]) -> Iterator[Item]:
        """Pass the transcripts on to grading as they are read, keeping each until its grade comes."""
        from agent.transcript import ReadFailure

        for item in items:
            if not isinstance(item, ReadFailure):
                self.waiting.setdefault(item.id, []).append(item)
            yield item

    def __call__(self, result: Result) -> None:
        from agent.history.records import from_graded
        from agent.models import GradeError

        queue = self.waiting.get(result.id)
        if not queue:
            return
        if isinstance(result, GradeError):  # an error line: nothing to keep
            queue.pop(0)
            return
        ident, added = self.store.add(from_graded(queue.pop(0), result, time.time()))
        self.added += added
        self.present += not added

    def close(self) -> None:
        self.store.conn.close()
        if self.added or self.present:
            note = f"saved {self.added} to history" + (f" ({self.present} already there)" if self.present else "")
            click.echo(f"{note}; see `ownership history`", err=True)


COMMANDS = (history, compare, report)
