"""The `ownership` group, and the commands of each module added to it."""

from __future__ import annotations

import click

from agent import __version__
from agent.cli import batch, evaluation, grading, history, interview, sessions


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


for _module in (grading, batch, evaluation, interview, sessions, history):
    for _command in _module.COMMANDS:
        main.add_command(_command)
