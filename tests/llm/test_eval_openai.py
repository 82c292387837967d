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


def test_eval_takes_concurrency_and_samples_and_reports_regrade_consistency(env, server, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for i in range(3):
        (data / f"t{i}.json").write_text(json.dumps(labelled("ok", f"t{i}", "test")))
    args = ["eval", "--dataset", str(data), "--backend", "openai", "--concurrency", "1", "--samples", "2"]
    result = CliRunner().invoke(main, args, env=env, catch_exceptions=False)
    assert "re-grade consistency 1.00: share of layer scores identical across 2 samples" in result.stdout
    assert "concurrency 1 (--concurrency)" in result.stderr
    assert "2 samples per transcript at temperature 0.7" in result.stderr
    assert len(server.chat_requests) == 6 and {r["temperature"] for r in server.chat_requests} == {0.7}
    as_json = CliRunner().invoke(main, [*args, "--json"], env=env, catch_exceptions=False)
    assert json.loads(as_json.stdout)["regrade_consistency"] == 1.0


def test_without_concurrency_a_local_server_gets_its_slots(env, script):
    from agent.config import load_settings
    from agent.llm.slots import default_concurrency
    from tests.support.fake_openai_server import FakeOpenAI

    with FakeOpenAI(script, slots=3) as llama:
        assert default_concurrency(load_settings({**env, "OPENAI_BASE_URL": llama.url}, dotenv=False)) == (
            3,
            "the server reports 3 slots at /props",
        )
    local = load_settings(env, dotenv=False)  # the fake without /props
    assert default_concurrency(local)[0] == 2
    assert default_concurrency(load_settings({"OPENAI_API_KEY": KEY}, dotenv=False))[0] == 8
