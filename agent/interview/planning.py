"""Which layer to probe next: the rubric's rule plus the probe ledger, as a pure function.

The rubric (shared/rubric.md, "Which layer to probe next") orders the gaps; the conversation
gives two reasons not to follow that order blindly. After the opening story, a layer the
candidate has said nothing about (0) is a surer gap than one they touched on (1), which a reader
may have under-read, so the first follow-up takes the 0s first, each group in the rubric's order
(measured on the labelled openings: the first probe lands on a real gap more often). And a layer
whose probe failed to raise it gets at most one more probe, from another angle, and then the
interviewer moves on. Every decision carries the reason in words, so a transcript's probes can
be explained afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from agent.interview.state import LedgerEntry, Plan, StopReason
from agent.rubric import Layer, probe_candidates

FAILED_PROBES_ALLOWED = 2  # the first probe, and one more from another angle
PROBES_PER_LAYER = 3  # a layer raised but still below 2 is not chased for ever


@dataclass(frozen=True)
class Decision:
    """The layer to probe (None: stop), why, and whether this is the second try at it."""

    target: Layer | None
    reason: str
    second_try: bool = False
    stop_reason: StopReason | None = None  # complete, max_followups or exhausted when target is None

    def as_plan(self) -> Plan:
        return {"target": self.target, "reason": self.reason, "second_try": self.second_try}


def given_up(ledger: Sequence[LedgerEntry]) -> dict[Layer, str]:
    """Layers the interviewer stops probing, each with the reason."""
    out: dict[Layer, str] = {}
    for layer in dict.fromkeys(entry["layer"] for entry in ledger):
        entries = [e for e in ledger if e["layer"] == layer]
        failed = [e for e in entries if e.get("raised") is False and not e.get("skipped")]
        if any(e.get("skipped") for e in entries):
            out[layer] = "the candidate skipped the question on it"
        elif len(failed) >= FAILED_PROBES_ALLOWED:
            out[layer] = f"{len(failed)} probes did not raise it"
        elif len(entries) >= PROBES_PER_LAYER:
            out[layer] = f"already probed {len(entries)} times"
    return out


def choose(scores: Mapping[str, int], ledger: Sequence[LedgerEntry], followups: int, max_followups: int) -> Decision:
    """The next probe by the rubric's order, skipping layers the ledger says to leave."""
    below = probe_candidates(scores)
    if not ledger:
        # First follow-up: untouched gaps (0) before touched ones (1), the rubric's order in each.
        below = sorted(below, key=lambda layer: scores[layer])
    if not below:
        return Decision(None, "every layer is at 2 or more", stop_reason="complete")
    if followups >= max_followups:
        return Decision(None, f"the follow-up limit ({max_followups}) is reached", stop_reason="max_followups")
    left = given_up(ledger)
    open_gaps = [layer for layer in below if layer not in left]
    if not open_gaps:
        why = "; ".join(f"{layer}: {left[layer]}" for layer in below)
        return Decision(None, f"the remaining gaps were probed without effect ({why})", stop_reason="exhausted")
    target = open_gaps[0]
    previous = [e for e in ledger if e["layer"] == target]
    last = previous[-1] if previous else None
    if last is not None and last.get("raised") is False:
        reason = (
            f"{target} is still at {scores[target]} after follow-up {last['n']}; "
            "one more try from another angle, then move on"
        )
        return Decision(target, reason, second_try=True)
    reason = f"{target} is at {scores[target]}, the weightiest gap still open"
    passed = [f"{layer} ({left[layer]})" for layer in below[: below.index(target)] if layer in left]
    if passed:
        reason += "; passed over " + ", ".join(passed)
    rest = [layer for layer in open_gaps[1:]]
    if rest:
        reason += "; also below 2: " + ", ".join(rest)
    return Decision(target, reason)
