"""What every command shares: the usage-error exit, the backend by name, the data folder, and
the options written once (the backend choices, concurrency, samples)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

import click

from agent.config import BACKENDS
from agent.terminal import safe

if TYPE_CHECKING:
    from agent.backends import Backend

F = TypeVar("F", bound=Callable[..., object])

BACKEND_CHOICE = click.Choice(list(BACKENDS))


def backend_option(help: str) -> Callable[[F], F]:
    """`--backend NAME`, one of agent.config.BACKENDS (each command says what it is for)."""
    return click.option("--backend", type=BACKEND_CHOICE, default=None, help=help)


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


def fail_usage(message: str) -> NoReturn:
    click.echo(f"ownership: {safe(message)}", err=True)
    sys.exit(2)


def get_backend(name: str | None) -> Backend:
    """The backend called `name` (default as agent.config), or a one-line usage error."""
    from agent.backends import make_backend
    from agent.config import SettingsError, load_settings

    try:
        return make_backend(name, load_settings())
    except SettingsError as exc:
        fail_usage(str(exc))


def data_home() -> Path:
    """The data folder named by the environment or `.env` (sessions, history, Batch API records)."""
    from agent.config import data_home as home_in
    from agent.config import load_env

    load_env()  # as load_settings does: the one setting reads the same way for every command
    warn_home_alias()
    return home_in(os.environ)


_warned: list[str] = []


def warn_home_alias() -> None:
    """The deprecated name of the data folder gets one line on stderr, once per run."""
    from agent.config import home_alias_warning

    warning = home_alias_warning(os.environ)
    if warning and not _warned:
        _warned.append(warning)
        click.echo(warning, err=True)


def check_output(out: str, inputs: Iterable[str]) -> None:
    """Usage errors (exit 2) before anything is read or written: an output that cannot be
    written, or one that is one of the inputs."""
    from agent.outputs import input_clash, output_problem

    problem = input_clash(out, inputs) or output_problem(out)
    if problem:
        fail_usage(safe(problem))


def note_skipped(path: str, why: str) -> None:
    click.echo(f"note: skipped {safe(path)}: {why}", err=True)
