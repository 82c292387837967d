"""The six layer readers, by rubric layer name (one module per layer)."""

from __future__ import annotations

from agent.offline.framing import problem_framing
from agent.offline.impact import impact
from agent.offline.influence import directional_influence
from agent.offline.monitoring import deployment_monitoring
from agent.offline.reading import LayerReading
from agent.offline.reflection import reflection
from agent.offline.tradeoffs import tradeoffs

__all__ = ["LAYER_READERS", "LayerReading"]

LAYER_READERS = {
    "problem_framing": problem_framing,
    "directional_influence": directional_influence,
    "tradeoffs": tradeoffs,
    "deployment_monitoring": deployment_monitoring,
    "impact": impact,
    "reflection": reflection,
}
