"""A recorded interview graded by the openai backend (over HTTP to the fake server): the grade
names the candidate, and a quote of the interviewer's words is never the candidate's evidence."""

from __future__ import annotations

import json

from click.testing import CliRunner

from agent.cli import main
from tests.llm.script import QUOTES, STORY

MONITORING = "After launch I watched precision per region every week and retrained when Brazil drifted. "


def _cue(n: int, start: int, speaker: str, text: str) -> str:
    return f"{n}\n00:00:{start:02d}.000 --> 00:00:{start + 4:02d}.000\n<v {speaker}>{text}</v>\n"


def test_a_vtt_graded_by_the_model_names_the_candidate_and_drops_the_interviewers_words(tmp_path, env, script):
    # The interviewer says the monitoring sentence; the candidate never does. The fake model
    # ('ok' case) quotes it anyway as monitoring evidence, and repeats it when asked to repair.
    said = STORY.replace(MONITORING, "") + " (case-ok)"
    half = said.index(" so I reframed")
    cues = [
        _cue(1, 1, "Dana Whitfield", f"Tell me about your fraud model. {MONITORING.strip()} Is that right?"),
        _cue(2, 6, "Priya Raman", said[:half]),
        _cue(3, 10, "Priya Raman", said[half + 1 :]),
    ]
    path = tmp_path / "call.vtt"
    path.write_text("WEBVTT\n\n" + "\n".join(cues), encoding="utf-8")
    result = CliRunner().invoke(main, ["grade", str(path), "--json"], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["grader"].startswith("openai:")
    assert row["speakers"] == {"candidate": "Priya Raman", "interviewers": ["Dana Whitfield"]}
    monitoring = row["layers"]["deployment_monitoring"]
    assert monitoring["score"] == 0 and monitoring["evidence"] == []
    assert row["layers"]["impact"]["evidence"] == [QUOTES["impact"]]
    # a sentence split across two cues is one quote again
    assert row["layers"]["problem_framing"]["evidence"] == [QUOTES["problem_framing"]]
    assert script.calls["ok"] == 2  # the first answer, then one repair round for the interviewer's quote
