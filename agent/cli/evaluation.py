"""`ownership eval`: the grader measured against labelled transcripts, a table or JSON, exit 1 on a miss."""

from __future__ import annotations

import json
import sys

import click

from agent.cli.common import CONCURRENCY_OPTION, SAMPLES_OPTION, backend_option, check_output, fail_usage, get_backend

BACKEND_HELP = "Grader backend (default: openai when OPENAI_API_KEY is set, else offline)."


@click.command(name="eval")
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
@backend_option(BACKEND_HELP)
def eval_command(
    dataset: str | None,
    split: str | None,
    as_json: bool,
    thresholds: str | None,
    out: str | None,
    concurrency: int | None,
    samples: int,
    backend: str | None,
) -> None:
    """Score the grader against labelled transcripts; exit 1 when a threshold is missed."""
    from agent.evaluation.runner import NoLabelledTranscripts, render_table, run_eval, write_results

    if thresholds:
        check_thresholds(thresholds)
    if out:
        check_output(out, [dataset] if dataset else [])
    chosen = get_backend(backend)
    if chosen.model_service() is None and samples > 1:
        fail_usage("--samples needs the openai backend (set OPENAI_API_KEY)")
    try:
        result = run_eval(chosen, dataset, split, thresholds, concurrency, samples, on_note=_note)
    except NoLabelledTranscripts as exc:
        raise click.UsageError(str(exc)) from None
    if out:
        write_results(result, out)
    if as_json:
        click.echo(json.dumps(result.public()))
    else:
        click.echo(render_table(result))
    sys.exit(0 if result.passed else 1)


def _note(line: str) -> None:
    click.echo(line, err=True)


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


COMMANDS = (eval_command,)
