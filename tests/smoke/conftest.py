"""Prints the real-server timings at the end of the run (they are the point of the smoke test)."""

from __future__ import annotations

import sys


def pytest_terminal_summary(terminalreporter) -> None:
    module = sys.modules.get("tests.smoke.test_real_server")
    timings = getattr(module, "TIMINGS", None)
    if timings:
        terminalreporter.write_line("real-server timings (llama.cpp via xllamacpp, SmolLM2-135M Q4_1, 2 slots):")
        for name, seconds in timings.items():
            terminalreporter.write_line(f"  {name:<22}{seconds:7.1f} s")
