"""The offline grade as a whole: consistent with the rubric, quotes exact, deterministic."""

from __future__ import annotations

from agent import rubric
from agent.evidence import unsupported_scores, unverified_quotes
from agent.offline.grader import grade
from tests.offline.helpers import every_transcript


def test_every_grade_is_internally_consistent_and_quotes_are_exact():
    for t in every_transcript():
        g = grade(t.without_labels())
        assert unverified_quotes(g, t) == [], t.id
        assert unsupported_scores(g, t) == [], t.id
        s = g.scores()
        assert g.total == sum(s.values())
        assert set(g.red_flags) == set(rubric.consistent_flags(s, g.red_flags)), t.id
        assert g.verdict == rubric.verdict(s, g.red_flags)
        candidate_text = "\n".join(t.candidate_texts())
        for lg in g.layers.values():
            for quote in lg.evidence:
                assert quote in candidate_text


def test_grading_is_deterministic():
    t = next(iter(every_transcript()))
    assert grade(t).model_dump() == grade(t).model_dump()
