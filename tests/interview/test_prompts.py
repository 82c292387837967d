"""Snapshot of the rendered interviewer prompt, and the Studio entry point."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from agent.interview.questions import render_conversation, render_interviewer_prompt

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def test_interviewer_prompt_snapshot():
    system = render_interviewer_prompt(
        layer="deployment_monitoring",
        reason="deployment_monitoring is at 0, the weightiest gap still open",
        angle="ask about it directly, picking up what the candidate said",
        asked=["Tell me about an ML system you owned end to end."],
        role="ML engineer",
        level="senior",
    )
    user = render_conversation(
        [
            {"role": "interviewer", "text": "Tell me about an ML system you owned end to end."},
            {"role": "candidate", "text": "Our fraud model went live in March."},
        ]
    )
    rendered = f"{system}\n--- user ---\n{user}\n"
    snapshot = HERE / "snapshots" / "interviewer_prompt.txt"
    assert rendered == snapshot.read_text(encoding="utf-8")


def test_langgraph_json_points_at_a_compiled_graph():
    config = json.loads((ROOT / "langgraph.json").read_text())
    path, attr = config["graphs"]["interviewer"].split(":")
    module = ".".join(Path(path).with_suffix("").parts).lstrip(".")
    graph = getattr(importlib.import_module(module), attr)
    assert set(graph.get_graph().nodes) >= {"open", "answer", "assess", "plan", "ask", "grade", "report"}
