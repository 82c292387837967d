"""One conversation written out in every format reads back as the same turns, and the
interviewer's question full of layer words earns the candidate nothing in any of them."""

from __future__ import annotations

import pytest

from agent.backends import OfflineBackend
from agent.models import Transcript
from tests.imports.helpers import bad_quotes, read_one

QUESTION = (
    "What did you monitor after launch, drift dashboards, alerts? "
    "What tradeoffs did you make, and what was the measurable impact on revenue?"
)
ANSWER_START = "I was on the team that built the model, and I wrote"
ANSWER_END = "some of the features for it."
CONVERSATION = [
    ("Dana Whitfield", 1.0, "Thanks for coming. Tell me about a model you worked on."),
    ("Priya Raman", 4.5, "Sure, it was a recommendations model for our bookshop."),
    ("Dana Whitfield", 9.0, QUESTION),
    ("Priya Raman", 21.0, f"{ANSWER_START} {ANSWER_END}"),
]
EXPECTED = [("interviewer" if who == "Dana Whitfield" else "candidate", who, text) for who, _, text in CONVERSATION]


def _stamp(seconds: float, sep: str = ".") -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}{sep}{round(seconds % 1 * 1000):03d}"


def _cues(split_last: bool = True):
    """(speaker, start, end, text): the last answer split mid-sentence across two cues."""
    for i, (who, start, text) in enumerate(CONVERSATION):
        if split_last and text.startswith(ANSWER_START):
            yield who, start, start + 3, ANSWER_START
            yield who, start + 3, start + 6, ANSWER_END
        else:
            end = CONVERSATION[i + 1][1] if i + 1 < len(CONVERSATION) else start + 5
            yield who, start, end, text


def vtt_voice() -> str:
    cues = [f"{n}\n{_stamp(s)} --> {_stamp(e)}\n<v {who}>{text}</v>" for n, (who, s, e, text) in enumerate(_cues(), 1)]
    return "WEBVTT\n\nNOTE voices as Teams writes them\n\n" + "\n\n".join(cues) + "\n"


def vtt_prefix() -> str:
    cues = [f"{_stamp(s)} --> {_stamp(e)}\n{who}: {text}" for who, s, e, text in _cues()]
    return "WEBVTT\n\n" + "\n\n".join(cues) + "\n"


def srt_prefix() -> str:
    cues = [
        f"{n}\n{_stamp(s, ',')} --> {_stamp(e, ',')}\n{who}: {text}" for n, (who, s, e, text) in enumerate(_cues(), 1)
    ]
    return "\n\n".join(cues) + "\n"


def otter() -> str:
    return "\n\n".join(f"{who}  {int(s) // 60}:{int(s) % 60:02d}\n{text}" for who, s, text in CONVERSATION) + "\n"


def zoom_hms() -> str:
    return "\n\n".join(f"{who} {_stamp(s)[:8]}\n{text}" for who, s, text in CONVERSATION) + "\n"


def zoom_bracket_name() -> str:
    return "\n".join(f"[{who}] {_stamp(s)[:8]}\n{text}" for who, s, text in CONVERSATION) + "\n"


def bracket_time() -> str:
    return "\n".join(f"[{_stamp(s)[:8]}] {who}: {text}" for who, s, text in CONVERSATION) + "\n"


def paren_time() -> str:
    return "\n\n".join(f"{who} ({int(s) // 60:02d}:{int(s) % 60:02d}): {text}" for who, s, text in CONVERSATION) + "\n"


def named() -> str:
    return "\n".join(f"{who}: {text}" for who, _, text in CONVERSATION) + "\n"


def named_markdown() -> str:
    return "# Mock interview\n\n" + "\n\n".join(f"**{who}:** {text}" for who, _, text in CONVERSATION) + "\n"


WRITERS = {
    "voice.vtt": vtt_voice,
    "prefix.vtt": vtt_prefix,
    "prefix.srt": srt_prefix,
    "otter.txt": otter,
    "zoom.txt": zoom_hms,
    "zoom-bracket.txt": zoom_bracket_name,
    "bracket.txt": bracket_time,
    "paren.md": paren_time,
    "named.txt": named,
    "named.md": named_markdown,
}


def _write(tmp_path, name: str) -> Transcript:
    path = tmp_path / name
    path.write_text(WRITERS[name](), encoding="utf-8")
    transcript = read_one(path)
    assert isinstance(transcript, Transcript), transcript
    return transcript


@pytest.mark.parametrize("name", WRITERS)
def test_every_format_reads_back_the_same_turns(tmp_path, name):
    transcript = _write(tmp_path, name)
    assert [(t.role, t.meta["speaker"], t.text) for t in transcript.turns] == EXPECTED
    assert transcript.meta["import"]["candidate"] == "Priya Raman"


@pytest.mark.parametrize("name", [n for n in WRITERS if not n.startswith("named")])
def test_start_times_are_kept(tmp_path, name):
    starts = [t.meta["start"] for t in _write(tmp_path, name).turns]
    whole = not name.endswith((".vtt", ".srt"))  # speaker logs give whole seconds
    assert starts == [int(start) if whole else start for _, start, _ in CONVERSATION]


@pytest.mark.parametrize("name", WRITERS)
def test_the_interviewers_layer_words_earn_the_candidate_nothing(tmp_path, name):
    transcript = _write(tmp_path, name)
    grade = OfflineBackend().grade(transcript)
    for layer in ("deployment_monitoring", "tradeoffs", "impact"):
        assert grade.layers[layer].score == 0, (layer, grade.layers[layer])
    assert bad_quotes(grade.model_dump(), transcript) == []
    assert not any(QUESTION[:30] in q for lg in grade.layers.values() for q in lg.evidence)


def test_the_same_words_read_as_one_answer_would_have_scored(tmp_path):
    """The control: the check above can fail, since the question does earn points when misread."""
    path = tmp_path / "misread.txt"
    path.write_text("\n".join(text for _, _, text in CONVERSATION), encoding="utf-8")
    grade = OfflineBackend().grade(read_one(path))
    assert grade.layers["deployment_monitoring"].score + grade.layers["tradeoffs"].score > 0
