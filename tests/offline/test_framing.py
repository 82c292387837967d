"""Problem framing: a requirement of the product, and problems told in an unsteered conversation."""

from __future__ import annotations

from agent.models import Transcript
from agent.offline import lexicon as lx
from agent.offline.framing import problem_framing
from agent.offline.text import candidate_sentences
from tests.offline.helpers import score, story


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


def test_a_problem_introduced_or_why_the_work_mattered_is_framing():
    text = (
        "There was a gap in how new stores were forecast: they had no history for months. "
        "I built a model that pools stores by region."
    )
    assert score("problem_framing", text) >= 2
    mattered = "Speed mattered because each experiment took two days of cluster time. I parallelised the runs."
    assert score("problem_framing", mattered) >= 2
    assert score("problem_framing", "I parallelised the training runs across eight machines.") == 0


def test_an_obstacle_met_while_doing_the_work_is_not_the_problem():
    text = "We ran into a few problems with the cloud notebook's GPU drivers. I trained the detector."
    assert score("problem_framing", text) <= 1


def test_a_task_that_was_a_bottleneck_is_a_problem_not_an_assignment():
    text = "The real problem was triage: the task was eating two nurse shifts a week."
    assert score("problem_framing", text) >= 2
    assert lx.ASSIGNED.search("that labelling task was a bottleneck for the nurses") is None
    assert score("problem_framing", "My task from the team lead was to train the detector.") == 1
