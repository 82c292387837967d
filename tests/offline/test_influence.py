"""Directional influence: who decided matters."""

from __future__ import annotations

from tests.offline.helpers import score


def test_who_decided_matters():
    assert (
        score("directional_influence", "The team decided to use gradient boosting and it was agreed to retrain weekly.")
        == 0
    )
    assert score("directional_influence", "I wrote the Spark jobs and ran the grid search my lead asked for.") == 1
    assert (
        score("directional_influence", "I decided to drop the deep model and proposed a calibrated GBM instead.") >= 2
    )
    modest = "We went with my proposal to rank by expected savings, after I convinced the operations team to try it."
    assert score("directional_influence", modest) >= 2
