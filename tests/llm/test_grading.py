"""The openai backend against the scripted fake server: each failure recovered or reported clearly."""

from __future__ import annotations

import pytest

from agent.llm.errors import LLMError
from agent.models import Transcript
from tests.llm.script import ALTERED, INVENTED, KEY, QUOTES, transcript


def grade(backend, case: str):
    return backend.grade(Transcript.model_validate(transcript(case)))


def test_valid_grade_is_verified_and_mechanical(backend, server):
    result = grade(backend, "ok")
    assert result.scores() == dict.fromkeys(QUOTES, 3)
    assert result.layers["impact"].evidence == [QUOTES["impact"]]
    assert result.verdict == "strong_owner" and result.red_flags == [] and result.total == 18
    assert result.grader == "openai:gpt-4.1-mini"
    assert result.usage["requests"] == 1 and result.usage["prompt_tokens"] == 1000
    request = server.chat_requests[0]
    assert request["temperature"] == 0
    assert request["response_format"]["type"] == "json_schema"
    assert request["response_format"]["json_schema"]["strict"] is True
    assert server.auth_headers[0] == f"Bearer {KEY}"


def test_rate_limit_waits_for_retry_after(backend, script, waits):
    assert grade(backend, "ratelimit").total == 18
    assert script.calls["ratelimit"] == 2
    assert waits == [7.0]


def test_server_error_is_retried_with_backoff(backend, script, waits):
    assert grade(backend, "servererror").total == 18
    assert script.calls["servererror"] == 2
    assert len(waits) == 1 and 0 <= waits[0] <= 20


def test_timeout_is_retried(backend, script):
    assert grade(backend, "slow").total == 18
    assert script.calls["slow"] == 2


def test_attempts_are_bounded(backend, script, waits):
    with pytest.raises(LLMError, match=r"server error \(503\) after 3 attempts"):
        grade(backend, "down")
    assert script.calls["down"] == 3  # max_attempts; the SDK's own retries are off
    assert len(waits) == 2


@pytest.mark.parametrize("case", ["malformed", "schema"])
def test_bad_output_is_retried_once_with_the_error(backend, server, script, case):
    assert grade(backend, case).total == 18
    assert script.calls[case] == 2
    retry = server.chat_requests[-1]["messages"]
    assert "could not be used" in retry[-1]["content"]
    assert len(retry) == 3


def test_output_breaking_the_schema_twice_fails_clearly(backend, script):
    with pytest.raises(LLMError, match="did not match the schema twice"):
        grade(backend, "schemaalways")
    assert script.calls["schemaalways"] == 2


def test_invented_quote_gets_one_repair_round(backend, server, script):
    result = grade(backend, "invented")
    assert script.calls["invented"] == 2
    repair = server.chat_requests[-1]["messages"]
    assert INVENTED in repair[-1]["content"] and "impact" in repair[-1]["content"]
    assert result.layers["impact"].evidence == [QUOTES["impact"]]
    assert result.layers["impact"].score == 3
    assert result.usage["requests"] == 2


def test_unrepaired_quote_is_dropped_and_layer_scores_zero(backend, script):
    result = grade(backend, "stubborn")
    assert script.calls["stubborn"] == 2
    impact = result.layers["impact"]
    assert impact.score == 0 and impact.evidence == []
    assert "could be found in the candidate's words" in impact.rationale
    assert "no_quantified_impact" in result.red_flags  # score-defined flag recomputed
    assert all(INVENTED not in q for lg in result.layers.values() for q in lg.evidence)


def test_altered_quote_is_snapped_without_a_repair(backend, script):
    result = grade(backend, "altered")
    assert script.calls["altered"] == 1
    assert result.layers["impact"].evidence == ["Chargebacks fell from 1.2% to 0.7% in the quarter after launch"]
    assert ALTERED not in result.layers["impact"].evidence


def test_refusal_fails_fast(backend, script):
    with pytest.raises(LLMError, match="refused to grade: I can't help"):
        grade(backend, "refusal")
    assert script.calls["refusal"] == 1


def test_unauthorized_fails_fast_without_the_key(backend, script):
    with pytest.raises(LLMError) as caught:
        grade(backend, "unauthorized")
    assert "rejected the API key (401)" in str(caught.value)
    assert KEY not in str(caught.value) and "sk-test" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert script.calls["unauthorized"] == 1


def test_bad_request_fails_fast_with_a_hint(backend, script):
    with pytest.raises(LLMError, match="OWNERSHIP_JSON_MODE=json_object"):
        grade(backend, "badrequest")
    assert script.calls["badrequest"] == 1


def test_labels_are_never_sent(backend, server):
    data = transcript("ok")
    data["labels"] = {
        "layers": dict.fromkeys(QUOTES, 0),
        "red_flags": [],
        "verdict": "executor",
    }
    backend.grade(Transcript.model_validate(data))
    assert "executor" not in str(server.chat_requests[0]["messages"])


def test_assess_returns_verified_scores(backend):
    assert backend.assess(Transcript.model_validate(transcript("stubborn")))["impact"] == 0


def test_complete_text_is_a_plain_completion(backend, server):
    assert backend.complete_text("You write follow-up questions.", "Ask about monitoring.") == (
        "Which metric did you watch after launch?"
    )
    assert "response_format" not in server.chat_requests[0]


def test_json_object_mode_for_servers_without_schemas(settings, server):
    from dataclasses import replace

    from agent.llm.backend import OpenAIBackend

    fallback = OpenAIBackend(replace(settings, json_mode="json_object"))
    try:
        assert grade(fallback, "ok").total == 18
    finally:
        fallback.close()
    request = server.chat_requests[0]
    assert request["response_format"] == {"type": "json_object"}
    assert '"additionalProperties": false' in request["messages"][0]["content"]


def test_samples_take_the_median_and_report_spread(backend, script):
    import asyncio  # noqa: F401  (agrade runs on the backend's own loop)

    result = backend.run(backend.agrade(Transcript.model_validate(transcript("ok")), samples=3))
    assert script.calls["ok"] == 3
    assert result.confidence == dict.fromkeys(QUOTES, 1.0)
    assert result.usage["requests"] == 3


def test_grade_works_from_inside_a_running_event_loop(backend):
    import asyncio

    async def caller_with_a_loop():
        return grade(backend, "ok")

    assert asyncio.run(caller_with_a_loop()).total == 18


def test_the_key_never_reaches_the_logs(backend, caplog):
    import logging

    with caplog.at_level(logging.DEBUG):
        grade(backend, "ratelimit")
        with pytest.raises(LLMError):
            grade(backend, "unauthorized")
    assert "retrying in 7.0s" in caplog.text
    assert KEY not in caplog.text
