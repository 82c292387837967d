"""The `ownership` command line: the I/O edge, one module per command group.

`app` holds the top-level group; each command module imports only click and light helpers at
module level (heavy modules load inside the commands), so `ownership --help` starts fast and
offline grading never loads openai or langgraph.
"""

from agent.cli.app import main

__all__ = ["main"]
