"""`ownership eval --backend openai` prints the same figures as offline, graded over HTTP."""

from __future__ import annotations

import json

from click.testing import CliRunner

from agent.cli import main
from tests.llm.script import KEY, transcript

FULL = {
    "problem_framing": 3,
    "directional_influence": 3,
    "tradeoffs": 3,
    "deployment_monitoring": 3,
    "impact": 3,
    "reflection": 3,
}


def labelled(case: str, ident: str, split: str) -> dict:
    return {
        **transcript(case, ident),
        "meta": {"split": split, "hard_cases": ["grader_injection"] if case == "invented" else []},
        "labels": {"layers": FULL, "red_flags": [], "verdict": "strong_owner"},
    }


def test_eval_with_the_openai_backend(env, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for i, case in enumerate(["ok", "ok", "invented", "ratelimit"]):
        (data / f"t{i}.json").write_text(json.dumps(labelled(case, f"t{i}-{case}", "test")))
    result = CliRunner().invoke(
        main, ["eval", "--dataset", str(data), "--backend", "openai", "--json"], env=env, catch_exceptions=False
    )
    payload = json.loads(result.stdout)
    assert payload["backend"].startswith("openai")
    assert payload["n"] == 4 and payload["errors"] == []
    # The invented quote was dropped, never emitted: evidence stays valid.
    assert payload["grader"]["evidence_validity"] == 1.0
    assert payload["grader"]["consistency"] == 1.0
    assert KEY not in result.output
    table = CliRunner().invoke(main, ["eval", "--dataset", str(data), "--backend", "openai"], env=env)
    assert "layer" in table.stdout and "baseline QWK" in table.stdout
