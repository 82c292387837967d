"""`python -m agent.cli`: the same as the `ownership` command."""

from agent.cli.app import main

main()
