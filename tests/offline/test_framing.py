"""Problem framing: a requirement of the product, and problems told in an unsteered conversation."""

from __future__ import annotations

from agent.models import Transcript
from agent.offline.framing import problem_framing
from agent.offline.text import candidate_sentences
from tests.offline.helpers import story


def read(transcript: Transcript) -> int:
    return problem_framing(candidate_sentences(transcript)).score


def test_a_requirement_said_of_the_product_or_its_users_frames_the_problem():
    assert read(story("For the app to be any use to shoppers, the size estimates have to be right.")) >= 2
    assert read(story("Our clinicians care more about catching every case than about false alarms.")) >= 2
    assert read(story("I trained a gradient-boosted model on the click logs.")) == 0


def test_in_a_conversation_nobody_steered_the_problem_may_come_up_in_a_later_answer():
    talk = Transcript.model_validate(
        {
            "id": "talk",
            "turns": [
                {"role": "interviewer", "text": "How did you get into this field?"},
                {"role": "candidate", "text": "I studied physics and drifted into data work after a summer job."},
                {"role": "interviewer", "text": "And what were you building at the warehouse?"},
                {"role": "candidate", "text": "Pickers were walking miles a day, which cost us two shifts a week."},
            ],
        }
    )
    assert read(talk) >= 2
