"""The backend interface: what the offline backend answers for each capability, and that the
openai backend declares the same ones (checked statically by mypy, and here at run time)."""

from __future__ import annotations

import pytest

from agent.backends import BACKENDS, Backend, LocalBackend, OfflineBackend, make_backend
from agent.config import Settings, SettingsError
from agent.grading import Result
from agent.models import Grade, GradeError, Transcript
from agent.transcript import ReadFailure

STORY = Transcript(
    id="story",
    turns=[
        {"role": "interviewer", "text": "Tell me about a model you owned."},
        {"role": "candidate", "text": "I owned the fraud model and set up its drift alerts myself."},
    ],
)


def test_the_offline_backend_answers_every_capability_explicitly():
    backend: Backend = OfflineBackend()  # mypy checks that it satisfies the protocol
    assert backend.question_writer() is None  # the question bank writes questions
    assert backend.spent() is None  # nothing is spent
    assert backend.model_service() is None  # no samples, no Batch API
    assert backend.close() is None  # nothing to close, and closing twice is fine
    assert backend.close() is None


def test_the_offline_backend_grades_many_through_the_one_loop_in_input_order():
    done: list[Result] = []
    ordered: list[Result] = []
    notes: list[str] = []
    items = [STORY, ReadFailure("broken.json", "broken.json: not JSON"), STORY.model_copy(update={"id": "again"})]
    OfflineBackend().grade_many(
        items, concurrency=None, samples=1, on_done=done.append, on_ordered=ordered.append, on_note=notes.append
    )
    assert [r.id for r in ordered] == ["story", "broken.json", "again"] and done == ordered
    assert isinstance(ordered[0], Grade) and ordered[0] == OfflineBackend().grade(STORY)
    assert ordered[1] == GradeError(id="broken.json", error="broken.json: not JSON")
    assert notes == []  # nothing to say about how an offline run goes


def test_a_local_backend_refuses_samples_it_cannot_draw():
    with pytest.raises(SettingsError, match="grades each transcript once"):
        OfflineBackend().grade_many(
            [STORY], concurrency=None, samples=3, on_done=print, on_ordered=print, on_note=print
        )


class Exploding(LocalBackend):
    name = "exploding"

    def grade(self, transcript: Transcript) -> Grade:
        raise ValueError(f"cannot read {transcript.id}\n  at line 3")


def test_a_grading_exception_becomes_one_error_line_and_the_batch_goes_on():
    results: list[Result] = []
    items = [STORY, STORY.model_copy(update={"id": "second"})]
    Exploding().grade_many(
        items, concurrency=4, samples=1, on_done=lambda r: None, on_ordered=results.append, on_note=print
    )
    assert results == [
        GradeError(id="story", error="story: grading failed: cannot read story at line 3"),
        GradeError(id="second", error="second: grading failed: cannot read second at line 3"),
    ]


def test_the_openai_backend_declares_the_same_capabilities():
    backend = make_backend("openai", Settings(api_key="sk-test", base_url="http://127.0.0.1:9/v1"))
    try:
        assert backend.name == "openai"
        assert backend.model_service() is backend
        assert backend.question_writer() is not None
        spent = backend.spent()
        assert spent is not None and spent.startswith("0 requests, 0 input + 0 output tokens")
    finally:
        backend.close()


def test_backends_are_listed_once_and_an_unknown_name_is_a_settings_error():
    assert BACKENDS == ("offline", "openai")
    with pytest.raises(SettingsError, match="expected one of: offline, openai"):
        make_backend("nope", Settings())
