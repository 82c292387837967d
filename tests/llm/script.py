"""The fake model's script: what it answers for each test case, chosen by a `case-NAME` marker
in the transcript, with per-case request counters so a case can fail first and recover after."""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from typing import Any

from tests.support.fake_openai_server import Reply, completion, error

KEY = "sk-test-SECRET-0123456789abcdef"

STORY = (
    "Our chargeback rate had doubled in two quarters, so I reframed the target with the risk team. "
    "I proposed replacing the rules with a gradient-boosted model and brought the ops team along. "
    "We gave up some recall to cut false alerts because analysts were overwhelmed, "
    "and I added two features to win it back. "
    "After launch I watched precision per region every week and retrained when Brazil drifted. "
    "Chargebacks fell from 1.2% to 0.7% in the quarter after launch, against a holdout. "
    "I never tested on holiday traffic; now I replay the peak before every launch."
)
QUOTES = {
    "problem_framing": "Our chargeback rate had doubled in two quarters, so I reframed the target with the risk team.",
    "directional_influence": "I proposed replacing the rules with a gradient-boosted model",
    "tradeoffs": "We gave up some recall to cut false alerts because analysts were overwhelmed",
    "deployment_monitoring": "After launch I watched precision per region every week and retrained",
    "impact": "Chargebacks fell from 1.2% to 0.7% in the quarter after launch, against a holdout.",
    "reflection": "I never tested on holiday traffic; now I replay the peak before every launch.",
}
INVENTED = "Revenue grew 40% because of my model"
ONE_SENTENCE = "After launch I watched precision per region every week and retrained when Brazil drifted."
LOOPING = '{"problem_framing": {"quotes": ["Our chargeback rate had doubled Our chargeback rate had doubled'

ALTERED = "chargebacks FELL from 1.2% to 0.7% -- in the quarter after launch"


def transcript(case: str, ident: str | None = None) -> dict[str, Any]:
    return {
        "id": ident or case,
        "turns": [
            {"role": "interviewer", "text": "Tell me about an ML system you owned."},
            {"role": "candidate", "text": f"{STORY} (case-{case})"},
        ],
    }


def answer(**overrides: dict[str, Any]) -> str:
    """A full-marks grade quoting the story exactly; `overrides` replace single layers."""
    layers = {
        layer: {"quotes": [quote], "rationale": "meets the top anchor", "score": 3} for layer, quote in QUOTES.items()
    }
    layers.update(overrides)
    return json.dumps({**layers, "red_flags": []})


class Script:
    """Callable as the fake server's `reply`; counts requests per case."""

    def __init__(self, delay: float = 0.0) -> None:
        self.calls: Counter[str] = Counter()
        self.delay = delay
        self._lock = threading.Lock()

    def __call__(self, body: dict[str, Any]) -> Reply:
        text = body["messages"][1]["content"] if len(body["messages"]) > 1 else ""
        found = re.search(r"\(case-(\w+)\)", text)
        case = found.group(1) if found else "plain"
        with self._lock:
            self.calls[case] += 1
            n = self.calls[case]
        last = body["messages"][-1]["content"]
        reply = getattr(self, f"case_{case}", self.case_ok)(n, last)
        reply.delay = reply.delay or self.delay
        if reply.body and reply.body.get("model") == "fake-model":
            reply.body["model"] = body.get("model") or "fake-model"  # a server answers as the model asked for
        return reply

    def case_plain(self, n: int, last: str) -> Reply:
        return Reply(body=completion("Which metric did you watch after launch?"))

    def case_ok(self, n: int, last: str) -> Reply:
        return Reply(body=completion(answer()))

    def case_ratelimit(self, n: int, last: str) -> Reply:
        return error(429, "Rate limit reached, slow down", {"Retry-After": "7"}) if n == 1 else self.case_ok(n, last)

    def case_servererror(self, n: int, last: str) -> Reply:
        return error(500, "The server had an error") if n == 1 else self.case_ok(n, last)

    def case_down(self, n: int, last: str) -> Reply:
        return error(503, "Service unavailable")

    def case_slow(self, n: int, last: str) -> Reply:
        return Reply(body=completion(answer()), stall=2.0 if n == 1 else 0.0)

    def case_stallalways(self, n: int, last: str) -> Reply:
        return Reply(body=completion(answer()), stall=2.0)

    def case_queued(self, n: int, last: str) -> Reply:
        return Reply(body=completion(answer()), delay=1.0)

    def case_loop(self, n: int, last: str) -> Reply:
        if n == 1:
            return Reply(body=completion(LOOPING, finish_reason="length"))
        return self.case_ok(n, last)

    def case_looping(self, n: int, last: str) -> Reply:
        return Reply(body=completion(LOOPING, finish_reason="length"))

    def case_onesentence(self, n: int, last: str) -> Reply:
        same = {"quotes": [ONE_SENTENCE], "rationale": "meets the top anchor", "score": 3}
        return Reply(body=completion(json.dumps({**dict.fromkeys(QUOTES, same), "red_flags": []})))

    def case_offlayer(self, n: int, last: str) -> Reply:
        return Reply(body=completion(answer(tradeoffs={"quotes": [QUOTES["impact"]], "rationale": "x", "score": 3})))

    def case_chatfail(self, n: int, last: str) -> Reply:
        """Grading always fails (503); questions state a fact the candidate never gave."""
        return error(503, "Service unavailable") if "Grade the transcript" in last else self._invented_question()

    def _invented_question(self) -> Reply:
        return Reply(body=completion("You saw a 20% increase in precision: what did you watch after launch?"))

    def case_othermodel(self, n: int, last: str) -> Reply:
        return Reply(body=completion(answer(), model="answering-model"))

    def case_malformed(self, n: int, last: str) -> Reply:
        return Reply(body=completion('{"problem_framing": {"quotes": [')) if n == 1 else self.case_ok(n, last)

    def case_schema(self, n: int, last: str) -> Reply:
        broken = answer(impact={"quotes": [], "rationale": "x", "score": 7, "bonus": True})
        return Reply(body=completion(broken)) if n == 1 else self.case_ok(n, last)

    def case_schemaalways(self, n: int, last: str) -> Reply:
        return Reply(body=completion(json.dumps({"verdict": "strong_owner"})))

    def case_invented(self, n: int, last: str) -> Reply:
        if "not in the candidate's words" in last:
            return self.case_ok(n, last)
        return Reply(body=completion(answer(impact={"quotes": [INVENTED], "rationale": "big win", "score": 3})))

    def case_stubborn(self, n: int, last: str) -> Reply:
        return Reply(body=completion(answer(impact={"quotes": [INVENTED], "rationale": "big win", "score": 3})))

    def case_altered(self, n: int, last: str) -> Reply:
        return Reply(body=completion(answer(impact={"quotes": [ALTERED], "rationale": "numbers", "score": 3})))

    def case_refusal(self, n: int, last: str) -> Reply:
        return Reply(body=completion(None, refusal="I can't help with grading people."))

    def case_unauthorized(self, n: int, last: str) -> Reply:
        return error(401, f"Incorrect API key provided: {KEY}. You can find your API key at your dashboard.")

    def case_badrequest(self, n: int, last: str) -> Reply:
        return error(
            400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model."
        )
