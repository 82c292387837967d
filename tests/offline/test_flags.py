"""The judgement red flags the offline reader raises."""

from __future__ import annotations

import pytest

from agent.offline.grader import grade
from tests.offline.helpers import story


@pytest.mark.parametrize("flag_case", ["defensive", "blame"])
def test_judgement_flags(flag_case):
    if flag_case == "defensive":
        t = story(
            "I built the model.", "Honestly, nothing went wrong; I wouldn't change anything.", probes=("reflection",)
        )
        assert "defensive_about_failure" in grade(t).red_flags
    else:
        t = story(
            "The launch slipped two months because the data team never delivered the features, which was not my fault."
        )
        assert "blame_shifting" in grade(t).red_flags
