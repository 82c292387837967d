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
    assert result.grader == "openai:gpt-4.1-mini"  # the model named, and the one that answered
    assert result.usage["requests"] == 1 and result.usage["prompt_tokens"] == 1000
    request = server.chat_requests[0]
    assert request["temperature"] == 0
    assert request["max_tokens"] == 2000 and request["stream"] is True
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


def test_a_stalled_reply_is_retried_once_and_not_identically(backend, server, script):
    assert grade(backend, "slow").total == 18
    assert script.calls["slow"] == 2
    first, second = server.chat_requests
    assert first["temperature"] == 0 and second["temperature"] > 0


def test_a_reply_stalled_twice_is_one_clear_error_and_its_tokens_count(backend, script):
    with pytest.raises(LLMError, match=r"stalled for 0.5 s mid-way .*OWNERSHIP_TIMEOUT.*tried twice"):
        grade(backend, "stallalways")
    assert script.calls["stallalways"] == 2  # at most one retry, not max_attempts
    assert backend.usage.requests == 2 and backend.usage.completion_tokens >= 2  # the chunks that did arrive


def test_time_queued_before_the_first_byte_is_not_a_stall(backend, script):
    # 1 s in the queue against a 0.5 s stall timeout: a busy local server, not a stalled reply
    assert grade(backend, "queued").total == 18
    assert script.calls["queued"] == 1


def test_a_cut_off_reply_is_retried_once_with_the_cap_stated(backend, server, script):
    assert grade(backend, "loop").total == 18
    assert script.calls["loop"] == 2
    first, second = server.chat_requests
    assert first["max_tokens"] == second["max_tokens"] == 2000
    assert second["temperature"] > 0
    assert "limit of 2000 tokens" in second["messages"][-1]["content"]
    assert backend.usage.requests == 2 and backend.usage.completion_tokens > 0


def test_a_reply_cut_off_twice_names_the_cap_and_how_to_raise_it(settings, server, script):
    from dataclasses import replace

    from agent.llm.backend import OpenAIBackend

    capped = OpenAIBackend(replace(settings, max_tokens_grade=300))
    try:
        with pytest.raises(LLMError) as caught:
            grade(capped, "looping")
        assert capped.usage.requests == 2 and capped.usage.completion_tokens > 0  # failed ones counted
    finally:
        capped.close()
    message = str(caught.value)
    assert "cap of 300 tokens twice" in message and "OWNERSHIP_MAX_TOKENS" in message
    assert "\n" not in message
    assert script.calls["looping"] == 2
    assert [r["max_tokens"] for r in server.chat_requests] == [300, 300]


def test_openai_itself_gets_max_completion_tokens_and_local_servers_max_tokens(settings):
    from dataclasses import replace

    from agent.config import OPENAI_API_HOST
    from agent.llm.caller import cap_field

    # The address is only compared as text: no test sends a request anywhere but 127.0.0.1.
    assert cap_field(replace(settings, base_url=None)) == "max_completion_tokens"
    assert cap_field(replace(settings, base_url=f"https://{OPENAI_API_HOST}/v1")) == "max_completion_tokens"
    assert cap_field(replace(settings, base_url="http://127.0.0.1:8080/v1")) == "max_tokens"


def test_a_question_is_capped_at_its_own_budget(backend, server):
    backend.complete_text("You write follow-up questions.", "Ask about monitoring.")
    assert server.chat_requests[0]["max_tokens"] == 150


def test_one_sentence_pasted_for_every_layer_earns_only_where_it_speaks(backend):
    result = grade(backend, "onesentence")
    assert result.layers["deployment_monitoring"].score == 3
    for layer in ("problem_framing", "tradeoffs", "impact", "reflection"):
        assert result.layers[layer].score == 0, layer
        assert "does not speak to this one" in result.layers[layer].rationale
    assert result.total <= 6


def test_a_quote_that_does_not_speak_to_its_layer_caps_it_at_1(backend):
    result = grade(backend, "offlayer")
    tradeoffs = result.layers["tradeoffs"]
    assert tradeoffs.score == 1
    assert tradeoffs.rationale.startswith("Capped at 1: the model gave 3, but none of its quotes speaks to tradeoffs")
    assert result.layers["impact"].score == 3  # the same quote where it belongs


def test_the_grader_names_the_model_that_answered(backend):
    assert grade(backend, "othermodel").grader == "openai:answering-model"


def test_with_no_model_named_a_local_server_is_asked_which_it_serves(settings, script):
    from dataclasses import replace

    from agent.llm.backend import OpenAIBackend
    from tests.support.fake_openai_server import FakeOpenAI

    with FakeOpenAI(script, models=("/models/SmolLM2-135M-Instruct.Q4_1.gguf",)) as local:
        unnamed = OpenAIBackend(replace(settings, base_url=local.url, model_named=False))
        try:
            result = grade(unnamed, "ok")
        finally:
            unnamed.close()
    assert local.chat_requests[0]["model"] == "/models/SmolLM2-135M-Instruct.Q4_1.gguf"
    assert result.grader == "openai:SmolLM2-135M-Instruct.Q4_1.gguf"


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


def test_samples_take_the_median_and_report_spread(backend, server, script):
    import asyncio  # noqa: F401  (agrade runs on the backend's own loop)

    result = backend.run(backend.agrade(Transcript.model_validate(transcript("ok")), samples=3))
    assert script.calls["ok"] == 3
    assert result.confidence == dict.fromkeys(QUOTES, 1.0)
    assert result.usage["requests"] == 3
    # three samples at temperature 0 would be one request sent three times
    assert [r["temperature"] for r in server.chat_requests] == [0.7, 0.7, 0.7]


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
