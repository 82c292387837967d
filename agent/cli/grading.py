"""`ownership grade`: transcripts in, a report or JSONL grades out, each written as it is made."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from agent.cli.common import (
    CONCURRENCY_OPTION,
    SAMPLES_OPTION,
    backend_option,
    check_output,
    fail_usage,
    get_backend,
    note_skipped,
)
from agent.cli.speakers import noting_imports, role_options, speaker_options
from agent.terminal import safe

if TYPE_CHECKING:
    from agent.cli.history import GradeSaver
    from agent.grading import Result, ResultSink
    from agent.transcript import Item

BACKEND_HELP = "Grader backend (default: openai when OPENAI_API_KEY is set, else offline)."


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON grade per line (JSONL).")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    help="Also write the JSONL grades to FILE, each as it is graded.",
)
@click.option("--resume", is_flag=True, help="Skip transcripts already graded in --out, and append to it.")
@click.option("--save", is_flag=True, help="Also keep each grade in history (see `ownership history`).")
@CONCURRENCY_OPTION
@SAMPLES_OPTION
@click.option(
    "--batch-api",
    is_flag=True,
    help="Send the work to the OpenAI Batch API (half price, within 24 h); then `ownership batch collect ID`.",
)
@speaker_options
@backend_option(BACKEND_HELP)
def grade(
    paths: tuple[str, ...],
    as_json: bool,
    out: str | None,
    resume: bool,
    concurrency: int | None,
    samples: int,
    batch_api: bool,
    backend: str | None,
    candidate: str | None = None,
    interviewers: tuple[str, ...] = (),
    save: bool = False,
) -> None:
    """Grade transcripts: files (.json, .jsonl, .txt, .md, .vtt, .srt), directories, or - for JSONL on stdin."""
    from agent.grading import resume_out
    from agent.transcript import read_paths

    chosen = get_backend(backend)
    service = chosen.model_service()
    if service is None and (samples > 1 or batch_api):
        fail_usage("--samples and --batch-api need the openai backend (set OPENAI_API_KEY)")
    if resume and not out:
        fail_usage("--resume needs --out FILE")
    if out:
        check_output(out, paths)

    roles = role_options(candidate, interviewers)
    items: Iterator[Item] = noting_imports(
        read_paths(paths, on_skip=note_skipped, exclude=[Path(out)] if out else [], roles=roles)
    )
    first = next(items, None)
    if first is None:
        fail_usage("no transcripts found in " + safe(", ".join(paths)))
    items = itertools.chain([first], items)
    if resume and out:
        done = resume_out(out)
        items = (item for item in items if item.id not in done)
        click.echo(f"resuming: {len(done)} already graded in {safe(out)}", err=True)
    if batch_api and service is not None:
        from agent.cli.batch import submit_batch

        submit_batch(service, list(items))
        return

    output = Output(as_json, out, count_sources(paths), append=resume)
    if save:
        from agent.cli.history import GradeSaver

        output.save = GradeSaver()
        items = output.save.watch(items)
    try:
        chosen.grade_many(
            items,
            concurrency=concurrency,
            samples=samples,
            on_done=output.done,
            on_ordered=output.show,
            on_note=note,
        )
        spent = chosen.spent()
        if spent:
            note(spent)
    finally:
        output.close()
        if output.save:
            output.save.close()
        chosen.close()
    if output.failed:
        click.echo(f"{output.failed} of {output.count} transcripts could not be graded", err=True)
    sys.exit(1 if output.failed else 0)


def note(line: str) -> None:
    click.echo(line, err=True)


def count_sources(paths: Iterable[str]) -> int | None:
    """How many transcripts a run will grade when that is cheap to know (only single-transcript
    files, counted without reading them), else None: the progress bar then has no total."""
    from agent.transcript import JSONL_SUFFIXES, LABELS_SUFFIX, SUFFIXES

    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            return None
        files = (p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in (f for f in files if f.suffix.lower() in SUFFIXES and not f.name.endswith(LABELS_SUFFIX)):
            if file.suffix.lower() in JSONL_SUFFIXES:
                return None
            total += 1
    return total


class Output:
    """Where grade results go: --out as each finishes, errors to stderr, the report or JSONL to stdout."""

    def __init__(self, as_json: bool, out: str | None, total: int | None, append: bool = False) -> None:
        from agent.grading import ResultSink

        self.as_json = as_json
        self.console: Any = None  # a rich Console for the report (not with --json)
        if not as_json:
            from rich.console import Console

            self.console = Console()
        self.sink: ResultSink | None = None
        if out:
            self.sink = ResultSink(open(out, "a" if append else "w", encoding="utf-8"))  # noqa: SIM115
        self.progress = _progress(total)
        self.failed = 0
        self.count = 0
        self.save: GradeSaver | None = None  # grade --save: keeps each grade in history

    def done(self, result: Result) -> None:
        from agent.models import GradeError

        self.count += 1
        if self.sink:
            self.sink(result)
        if self.save:
            self.save(result)
        if isinstance(result, GradeError):
            self.failed += 1
            if self.progress:
                from rich.text import Text

                self.progress.console.print(Text.assemble(("error", "red"), " ", safe(result.error)), highlight=False)
            else:
                click.echo(f"error: {safe(result.error)}", err=True)
        if self.progress:
            self.progress.advance()

    def show(self, result: Result) -> None:
        from agent.models import GradeError

        if self.as_json:
            click.echo(result.to_json_line())
        elif not isinstance(result, GradeError):
            from agent.grade_report import print_grade

            print_grade(self.console, result)

    def close(self) -> None:
        if self.progress:
            self.progress.stop()
        if self.sink:
            self.sink.stream.close()


class _Progress:
    """A rich progress bar on stderr, shown only when many transcripts go to a terminal."""

    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.console = Console(stderr=True)
        self._progress = Progress(
            "grading",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        self._task = self._progress.add_task("grading", total=total)
        self._progress.start()

    def advance(self) -> None:
        self._progress.advance(self._task)

    def stop(self) -> None:
        self._progress.stop()


def _progress(total: int | None) -> _Progress | None:
    if (total is not None and total < 5) or not sys.stderr.isatty():
        return None
    return _Progress(total)


COMMANDS = (grade,)
