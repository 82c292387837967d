"""The `ownership` command line: the I/O edge. Heavy modules are imported inside commands so that
`ownership --help` starts fast and offline grading never loads openai or langgraph."""

from __future__ import annotations

import itertools
import sys
from contextlib import contextmanager

import click

from agent import __version__
from agent.speaker_options import noting_imports, role_options, speaker_options
from agent.terminal import safe

BACKEND_OPTION = click.option(
    "--backend",
    type=click.Choice(["offline", "openai"]),
    default=None,
    help="Grader backend (default: openai when OPENAI_API_KEY is set, else offline).",
)


def fail_usage(message: str) -> None:
    click.echo(f"ownership: {safe(message)}", err=True)
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
    ownership sessions             saved interviews (resume one with chat --resume ID)
    ownership grade FILE...        grade saved transcripts (report, or JSONL with --json)
    ownership probe FILE...        what the interviewer would ask next about a transcript
    ownership history              your tellings over time, and each story's progress
    ownership compare A B          the same story told twice, side by side
    ownership report ID -o F.html  a report to keep or send (Markdown or HTML)
    ownership eval                 measure the grader against labelled transcripts
    ownership batch collect ID     results of a `grade --batch-api` job
    """


CONCURRENCY_OPTION = click.option(
    "--concurrency",
    type=click.IntRange(1, 256),
    default=None,
    help="Model requests in flight at once (openai backend; default 8 for OpenAI, else the server's slots or 2).",
)
SAMPLES_OPTION = click.option(
    "--samples",
    type=click.IntRange(1, 15),
    default=1,
    show_default=True,
    help="Grade each transcript N times at a temperature above 0: median per layer, spread as confidence (openai).",
)


@main.command()
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
@BACKEND_OPTION
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
    from agent.grading import grade_one, resume_out
    from agent.transcript import read_paths

    chosen = get_backend(backend)
    if chosen.name != "openai" and (samples > 1 or batch_api):
        fail_usage("--samples and --batch-api need the openai backend (set OPENAI_API_KEY)")
    if resume and not out:
        fail_usage("--resume needs --out FILE")
    if out:
        check_output(out, paths)

    def skip(path: str, why: str) -> None:
        click.echo(f"note: skipped {safe(path)}: {why}", err=True)

    roles = role_options(candidate, interviewers)
    items = noting_imports(read_paths(paths, on_skip=skip, exclude=[out] if out else [], roles=roles))
    first = next(items, None)
    if first is None:
        fail_usage("no transcripts found in " + safe(", ".join(paths)))
    items = itertools.chain([first], items)
    if resume:
        done = resume_out(out)
        items = (item for item in items if item.id not in done)
        click.echo(f"resuming: {len(done)} already graded in {safe(out)}", err=True)
    if batch_api:
        _submit_batch(chosen, list(items))
        return

    output = _Output(as_json, out, count_sources(paths), append=resume)
    if save:
        from agent.history.commands import GradeSaver

        output.save = GradeSaver()
        items = output.save.watch(items)
    try:
        if chosen.name == "openai":
            from agent.llm.runner import cost_line, grade_all, plan_run

            concurrency, note = plan_run(chosen, concurrency, samples)
            click.echo(note, err=True)
            grade_all(
                chosen, items, concurrency=concurrency, samples=samples, on_done=output.done, on_ordered=output.show
            )
            click.echo(cost_line(chosen.usage, chosen.settings, model=chosen.grader.removeprefix("openai:")), err=True)
        else:
            for item in items:
                result = grade_one(item, chosen)
                output.done(result)
                output.show(result)
    finally:
        output.close()
        if output.save:
            output.save.close()
        _close(chosen)
    if output.failed:
        click.echo(f"{output.failed} of {output.count} transcripts could not be graded", err=True)
    sys.exit(1 if output.failed else 0)


def check_output(out: str, inputs) -> None:
    """Usage errors (exit 2) before anything is read or written: an output that cannot be
    written, or one that is one of the inputs."""
    from agent.outputs import input_clash, output_problem

    problem = input_clash(out, inputs) or output_problem(out)
    if problem:
        fail_usage(safe(problem))


def count_sources(paths) -> int | None:
    """How many transcripts a run will grade when that is cheap to know (only single-transcript
    files, counted without reading them), else None: the progress bar then has no total."""
    from pathlib import Path

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


class _Output:
    """Where grade results go: --out as each finishes, errors to stderr, the report or JSONL to stdout."""

    def __init__(self, as_json: bool, out: str | None, total: int | None, append: bool = False) -> None:
        from agent.grading import ResultSink

        self.as_json = as_json
        self.console = None
        if not as_json:
            from rich.console import Console

            self.console = Console()
        self.sink = ResultSink(open(out, "a" if append else "w", encoding="utf-8")) if out else None  # noqa: SIM115
        self.progress = _progress(total)
        self.failed = 0
        self.count = 0
        self.save = None  # grade --save: keeps each grade in history

    def done(self, result) -> None:
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

    def show(self, result) -> None:
        from agent.models import GradeError

        if self.as_json:
            click.echo(result.to_json_line())
        elif not isinstance(result, GradeError):
            from agent.report import print_grade

            print_grade(self.console, result)

    def close(self) -> None:
        if self.progress:
            self.progress.stop()
        if self.sink:
            self.sink.stream.close()


def _close(backend) -> None:
    close = getattr(backend, "close", None)
    if close:
        close()


@contextmanager
def _model_service(backend):
    """Closes the backend afterwards; a failed call to the model service is one line and exit 1."""
    from agent.llm.errors import LLMError

    try:
        yield
    except LLMError as exc:
        click.echo(f"ownership: {safe(str(exc))}", err=True)
        sys.exit(1)
    finally:
        _close(backend)


def _submit_batch(backend, items) -> None:
    from agent.llm.batch import submit

    with _model_service(backend):
        batch_id = submit(backend, items)
    click.echo(batch_id)
    click.echo(
        f"submitted {len(items)} transcripts as batch {batch_id}; check with `ownership batch status {batch_id}`, "
        f"then `ownership batch collect {batch_id} --out FILE`",
        err=True,
    )


@main.group()
def batch() -> None:
    """Follow a Batch API job started by `ownership grade --batch-api`."""


@batch.command("status")
@click.argument("batch_id")
def batch_status(batch_id: str) -> None:
    """Print the state of a batch (validating, in_progress, completed, failed, ...)."""
    from agent.llm.batch import status

    chosen = get_backend("openai")
    with _model_service(chosen):
        click.echo(status(chosen, batch_id)[1])


@batch.command("collect")
@click.argument("batch_id")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Also write the JSONL grades to FILE.")
def batch_collect(batch_id: str, out: str | None) -> None:
    """Print the grades of a completed batch as JSONL, in the order the transcripts were given."""
    from agent.llm.batch import collect
    from agent.llm.runner import cost_line

    if out:
        check_output(out, [])
    chosen = get_backend("openai")
    with _model_service(chosen):
        results, batch_usage = collect(chosen, batch_id)
    output = _Output(True, out, len(results))
    try:
        for result in results:
            output.done(result)
            output.show(result)
    finally:
        output.close()
    click.echo("batch: " + cost_line(batch_usage, chosen.settings, discount=0.5), err=True)
    if chosen.usage.requests:
        click.echo("repairs: " + cost_line(chosen.usage, chosen.settings), err=True)
    sys.exit(1 if output.failed else 0)


@main.command(name="eval")
@click.option(
    "--dataset",
    type=click.Path(exists=True),
    help="Labelled transcripts (default: the bundled evals/data).",
)
@click.option("--split", type=click.Choice(["dev", "test"]), default=None, help="Only transcripts of this split.")
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
@CONCURRENCY_OPTION
@SAMPLES_OPTION
@BACKEND_OPTION
def eval_command(dataset, split, as_json, thresholds, out, concurrency, samples, backend) -> None:
    """Score the grader against labelled transcripts; exit 1 when a threshold is missed."""
    from agent.evaluation.runner import run_eval_command

    if thresholds:
        check_thresholds(thresholds)
    if out:
        check_output(out, [dataset] if dataset else [])
    chosen = get_backend(backend)
    if chosen.name != "openai" and samples > 1:
        fail_usage("--samples needs the openai backend (set OPENAI_API_KEY)")
    sys.exit(run_eval_command(chosen, dataset, split, as_json, thresholds, out, concurrency, samples))


def check_thresholds(path: str) -> None:
    """A thresholds file that is not TOML, or holds a bound that is not a number, is a usage error
    before the labelled set is graded."""
    import tomllib

    try:
        with open(path, "rb") as fh:
            limits = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        fail_usage(f"{path}: not valid TOML: {exc}")
    except OSError as exc:
        fail_usage(f"{path}: cannot read: {exc.strerror or exc}")
    tables = [(section, bounds) for section, bounds in limits.items() if section != "real"]
    real = limits.get("real", {})
    if not isinstance(real, dict):
        fail_usage(f"{path}: [real] should hold tables of numbers, got {real!r}")
    tables += [(f"real.{section}", bounds) for section, bounds in real.items()]
    for section, bounds in tables:
        if not isinstance(bounds, dict):
            fail_usage(f"{path}: [{section}] should be a table of numbers, got {bounds!r}")
        for name, bound in bounds.items():
            if isinstance(bound, bool) or not isinstance(bound, int | float):
                fail_usage(f"{path}: {section}.{name} should be a number, got {bound!r}")


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


from agent.interview.cli import register as _register_interview  # noqa: E402

_register_interview(main)

from agent.history.commands import register as _register_history  # noqa: E402

_register_history(main)

if __name__ == "__main__":
    main()
