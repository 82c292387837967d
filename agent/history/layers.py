"""The rubric's names as plain tuples, so listing history never imports pydantic.

tests/history/test_store.py checks these against agent.rubric, the single source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for type checkers only: at run time history does not import the rubric (pydantic)
    from agent.rubric import Layer

LAYERS: tuple[Layer, ...] = (
    "problem_framing",
    "directional_influence",
    "tradeoffs",
    "deployment_monitoring",
    "impact",
    "reflection",
)
# Column headings, one per layer, in LAYERS order: of report tables, and of the terminal table.
SHORT = ("frame", "infl", "trade", "monit", "impact", "refl")
INITIALS = ("PF", "DI", "TR", "DM", "IM", "RE")
MAX_TOTAL = 18
GAP_BELOW = 2  # a layer below this score is a gap (the interviewer probes it)
VERDICT_LABEL = {
    "strong_owner": "strong owner",
    "partial_owner": "partial owner",
    "executor": "executor",
}
