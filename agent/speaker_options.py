"""--candidate and --interviewer: who is who in a recorded interview (agent.imports.roles).

Kept apart from agent.imports, and importing only click, so `ownership --help` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from agent.imports.roles import RoleOptions
    from agent.transcript import Item

Command = TypeVar("Command", bound=Callable[..., Any])  # the command's function, before click wraps it


def speaker_options(command: Command) -> Command:
    """Adds --candidate NAME and --interviewer NAME (repeatable, for a panel) to a command."""
    command = click.option(
        "--interviewer",
        "interviewers",
        multiple=True,
        metavar="NAME",
        help="In a recording, this speaker is an interviewer (repeat for a panel).",
    )(command)
    return click.option(
        "--candidate", metavar="NAME", help="In a recording (.vtt, .srt, speaker logs), this speaker is the candidate."
    )(command)


def role_options(candidate: str | None, interviewers: tuple[str, ...]) -> RoleOptions:
    """The reader's RoleOptions from the two options."""
    from agent.imports.roles import RoleOptions

    return RoleOptions(candidate=candidate, interviewers=tuple(interviewers))


def noting_imports(items: Iterable[Item]) -> Iterator[Item]:
    """`items` as they are read, with one 'note:' line on stderr (control characters neutralised)
    for each thing an import skipped or decided, printed when its transcript is read."""
    from agent.imports import import_notes
    from agent.terminal import safe_line

    for item in items:
        for note in import_notes([item]):
            click.echo(f"note: {safe_line(note)}", err=True)
        yield item
