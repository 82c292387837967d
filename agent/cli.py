"""The `ownership` command line: the I/O edge. Heavy modules are imported inside commands so that
`ownership --help` starts fast and offline grading never loads openai or langgraph."""

from __future__ import annotations

import sys

import click

from agent import __version__

BACKEND_OPTION = click.option(
    "--backend",
    type=click.Choice(["offline", "openai"]),
    default=None,
    help="Grader backend (default: openai when OPENAI_API_KEY is set, else offline).",
)


def fail_usage(message: str) -> None:
    click.echo(f"ownership: {message}", err=True)
    sys.exit(2)


def get_backend(name: str | None):
    from agent.backends import make_backend
    from agent.config import SettingsError, load_settings

    try:
        return make_backend(name, load_settings())
    except SettingsError as exc:
        fail_usage(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ownership")
def main() -> None:
    """Rehearse the story of an ML project you owned, and see which layers of ownership it lacks.

    \b
    ownership chat                 an interview that probes what your story is missing
    ownership grade FILE...        grade saved transcripts (report, or JSONL with --json)
    ownership eval                 measure the grader against labelled transcripts
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON grade per line (JSONL).")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    help="Also write the JSONL grades to FILE, each as it is graded.",
)
@BACKEND_OPTION
def grade(paths: tuple[str, ...], as_json: bool, out: str | None, backend: str | None) -> None:
    """Grade transcripts: files (.json, .jsonl, .txt, .md), directories, or - for JSONL on stdin."""
    from agent.grading import grade_one
    from agent.models import GradeError
    from agent.transcript import read_paths

    chosen = get_backend(backend)
    skipped: list[str] = []
    items = list(read_paths(paths, skipped=skipped))
    for path in skipped:
        click.echo(f"note: skipped {path}: not a transcript file type", err=True)
    if not items:
        fail_usage("no transcripts found in " + ", ".join(paths))

    console = None
    if not as_json:
        from rich.console import Console

        console = Console()
    sink = open(out, "w", encoding="utf-8") if out else None  # noqa: SIM115 - closed below
    failed = 0
    progress = _progress(len(items))
    try:
        for item in items:
            result = grade_one(item, chosen)
            if sink:
                sink.write(result.to_json_line() + "\n")
                sink.flush()
            if isinstance(result, GradeError):
                failed += 1
                if progress:
                    progress.console.print(f"[red]error[/red] {result.error}", markup=True, highlight=False)
                else:
                    click.echo(f"error: {result.error}", err=True)
                if as_json:
                    click.echo(result.to_json_line())
            elif as_json:
                click.echo(result.to_json_line())
            else:
                from agent.report import print_grade

                print_grade(console, result)
            if progress:
                progress.advance()
    finally:
        if progress:
            progress.stop()
        if sink:
            sink.close()
    if failed:
        click.echo(f"{failed} of {len(items)} transcripts could not be graded", err=True)
    sys.exit(1 if failed else 0)


@main.command(name="eval")
@click.option(
    "--dataset",
    type=click.Path(exists=True),
    help="Labelled transcripts (default: the bundled evals/data).",
)
@click.option("--split", default=None, help="Only transcripts of this split (dev or test).")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
@click.option(
    "--thresholds",
    type=click.Path(exists=True, dir_okay=False),
    help="Thresholds file (default: evals/thresholds.toml).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    help="Also write per-transcript results as JSONL to FILE.",
)
@BACKEND_OPTION
def eval_command(dataset, split, as_json, thresholds, out, backend) -> None:
    """Score the grader against labelled transcripts; exit 1 when a threshold is missed."""
    from agent.evaluation.runner import run_eval_command

    sys.exit(run_eval_command(get_backend(backend), dataset, split, as_json, thresholds, out))


class _Progress:
    """A rich progress bar on stderr, shown only when many transcripts go to a terminal."""

    def __init__(self, total: int) -> None:
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


def _progress(total: int) -> _Progress | None:
    if total < 5 or not sys.stderr.isatty():
        return None
    return _Progress(total)


from agent.interview.cli import register as _register_interview  # noqa: E402

_register_interview(main)

if __name__ == "__main__":
    main()
