"""`ownership batch status|collect`, and the submitting half of `ownership grade --batch-api`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from agent.cli.common import check_output, fail_usage, get_backend, warn_home_alias
from agent.terminal import safe

if TYPE_CHECKING:
    from agent.llm.backend import OpenAIBackend
    from agent.transcript import Item


def model_service() -> OpenAIBackend:
    """The openai backend, whose model service runs batches (a usage error without a key)."""
    service = get_backend("openai").model_service()
    if service is None:  # make_backend("openai") builds the openai backend or raises
        fail_usage("the Batch API needs the openai backend (set OPENAI_API_KEY)")
    return service


@contextmanager
def using(backend: OpenAIBackend) -> Iterator[None]:
    """Closes the backend afterwards; a failed call to the model service is one line and exit 1."""
    from agent.llm.errors import LLMError

    try:
        yield
    except LLMError as exc:
        click.echo(f"ownership: {safe(str(exc))}", err=True)
        sys.exit(1)
    finally:
        backend.close()


def submit_batch(backend: OpenAIBackend, items: list[Item]) -> None:
    from agent.llm.batch import submit

    warn_home_alias()  # the batch record is kept in the data folder
    with using(backend):
        batch_id = submit(backend, items)
    click.echo(batch_id)
    click.echo(
        f"submitted {len(items)} transcripts as batch {batch_id}; check with `ownership batch status {batch_id}`, "
        f"then `ownership batch collect {batch_id} --out FILE`",
        err=True,
    )


@click.group()
def batch() -> None:
    """Follow a Batch API job started by `ownership grade --batch-api`."""


@batch.command("status")
@click.argument("batch_id")
def batch_status(batch_id: str) -> None:
    """Print the state of a batch (validating, in_progress, completed, failed, ...)."""
    from agent.llm.batch import status

    chosen = model_service()
    with using(chosen):
        click.echo(status(chosen, batch_id)[1])


@batch.command("collect")
@click.argument("batch_id")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Also write the JSONL grades to FILE.")
def batch_collect(batch_id: str, out: str | None) -> None:
    """Print the grades of a completed batch as JSONL, in the order the transcripts were given."""
    from agent.cli.grading import Output
    from agent.llm.batch import collect, cost_lines

    if out:
        check_output(out, [])
    chosen = model_service()
    warn_home_alias()
    with using(chosen):
        results, batch_usage = collect(chosen, batch_id)
    output = Output(True, out, len(results))
    try:
        for result in results:
            output.done(result)
            output.show(result)
    finally:
        output.close()
    for line in cost_lines(chosen, batch_usage):
        click.echo(line, err=True)
    sys.exit(1 if output.failed else 0)


COMMANDS = (batch,)
