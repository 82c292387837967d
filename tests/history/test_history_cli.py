"""`ownership history` and `ownership compare` on a history built by scripted chats."""

from __future__ import annotations

import json

from tests.history.conftest import run


def candidate_words(home, ident: str) -> str:
    transcript = json.loads((home / "transcripts" / f"{ident}.json").read_text())
    return " ".join(t["text"] for t in transcript["turns"] if t["role"] == "candidate")


def test_history_lists_every_telling_newest_first(built):
    assert [t["story"] for t in built] == ["fraud-model", "churn", "fraud-model", "churn", "fraud-model"]
    assert [t["total"] for t in built] == [4, 6, 8, 8, 15]
    assert all(t["kind"] == "chat" and t["grader"] == "cues" for t in built)
    assert built[0]["created"] < built[-1]["created"]
    assert set(built[0]) >= {"id", "date", "story", "grader", "layers", "total", "verdict", "red_flags"}
    assert built[-1]["layers"]["reflection"] == 2 and built[-1]["verdict"] == "strong_owner"


def test_history_table_and_stories_told_twice(built):
    out = run("history").output
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["id", "date", "story", "backend"]
    assert [line.split()[0] for line in lines[1:6]] == [t["id"] for t in reversed(built)]
    assert "fraud-model: 3 tellings, total 4 → 8 → 15 (best 15)" in out
    assert "churn: 2 tellings, total 6 → 8 (best 8), recurring gaps: deployment monitoring, reflection" in out
    assert "\x1b" not in out and "\x07" not in out


def test_progress_of_a_story(built, history_home):
    result = run("history", "--story", "fraud-model", "--json")
    assert run("history", "--story", "fraud-model", "--json").output == result.output  # deterministic
    data = json.loads(result.output)
    assert [t["total"] for t in data["tellings"]] == [15, 8, 4]
    progress = data["progress"]
    assert progress["totals"] == [4, 8, 15]
    assert progress["layers"]["tradeoffs"] == {"first": 0, "best": 3, "latest": 3, "series": [0, 0, 3]}
    assert progress["layers"]["impact"] == {"first": 1, "best": 3, "latest": 3, "series": [1, 3, 3]}
    # below 2 in two of three tellings; impact was below 2 only once
    assert progress["recurring_gaps"] == ["tradeoffs", "deployment_monitoring", "reflection"]
    moves = {m["layer"]: m for m in progress["since_previous"]["moves"]}
    assert sorted(moves) == ["deployment_monitoring", "reflection", "tradeoffs"]
    assert moves["reflection"]["quote"].startswith("It was my mistake to launch without a rollback plan")
    latest = candidate_words(history_home, built[-1]["id"])
    assert all(m["quote"] in latest for m in moves.values())  # each change with the quote that earned it
    assert progress["since_previous"]["flags_cleared"] == ["no_tradeoffs"]


def test_progress_shows_what_was_lost_with_the_earlier_quote(built):
    data = json.loads(run("history", "--story", "churn", "--json").output)
    [lost] = [m for m in data["progress"]["since_previous"]["moves"] if m["after"] < m["before"]]
    assert lost == {
        "layer": "impact",
        "before": 2,
        "after": 1,
        "quote": "The retention rose by 4 points over two quarters against the holdout.",
    }


def test_story_by_its_first_words_and_unknown_story(built):
    text = run("history", "--story", "FRAUD").output
    assert "Progress of fraud-model over 3 tellings" in text
    assert "▲ reflection 0 → 2" in text
    missing = run("history", "--story", "nope")
    assert missing.exit_code == 1 and "no story 'nope'" in missing.output and "fraud-model" in missing.output


def test_since(built):
    assert run("history", "--since", "2999-01-01", "--json").output == ""
    assert len(run("history", "--since", "1d", "--json").output.splitlines()) == 5
    bad = run("history", "--since", "last tuesday")
    assert bad.exit_code == 2 and "not a date" in bad.output


def test_hostile_answer_is_shown_literally_in_the_terminal(built):
    out = run("history", "--story", "fraud-model").output
    assert "<script>alert('x')</script>" in out  # plain text in a terminal, shown as typed
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "␛[2J␛]0;pwned␇" in out


def test_compare_two_tellings_in_date_order(built, history_home):
    first, _, second, _, third = (t["id"] for t in built)
    result = run("compare", third, first, "--json")  # given newest first: put in date order
    data = json.loads(result.output)
    assert data["earlier"]["id"] == first and data["later"]["id"] == third
    assert [m["layer"] for m in data["gained"]] == [
        "directional_influence",
        "tradeoffs",
        "deployment_monitoring",
        "impact",
        "reflection",
    ]
    assert data["lost"] == [] and data["verdict"] == ["executor", "strong_owner"]
    assert data["outline"]["trend"] == "longer" and data["outline"]["filled"] == [3, 6]
    # it never invents a sentence: every quote is the candidate's own words
    earlier, later = candidate_words(history_home, first), candidate_words(history_home, third)
    for layer in data["layers"].values():
        assert all(q in earlier for q in layer["quotes_before"]) and all(q in later for q in layer["quotes_after"])
    assert all(m["quote"] in later for m in data["gained"])
    text = run("compare", first, third).output
    assert "What the later telling gained and lost" in text
    assert (
        "“I watched ␛[2J␛]0;pwned␇ \\u202eexe.txt <script>alert('x')</script>" in text
        and "60-second outline: " in text
        and "(longer)" in text
    )
    assert "\x1b" not in text


def test_compare_reports_a_loss_and_a_shorter_outline(built):
    ids = [t["id"] for t in built]
    _, churn1, _, churn2, _ = ids
    prefix = next(churn1[:n] for n in range(8, len(churn1)) if sum(i.startswith(churn1[:n]) for i in ids) == 1)
    data = json.loads(run("compare", prefix, churn2, "--json").output)  # a unique id prefix is enough
    assert [m["layer"] for m in data["lost"]] == ["impact"]
    assert data["lost"][0]["quote"] == "The retention rose by 4 points over two quarters against the holdout."
    assert "no longer says “The retention rose" in run("compare", churn1, churn2).output


def test_compare_transcript_files(built, tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps({"id": "a", "turns": [{"role": "candidate", "text": "We kept an eye on the dashboards."}]}))
    b.write_text(json.dumps({"id": "b", "turns": [{"role": "candidate", "text": "I watched the false declines."}]}))
    data = json.loads(run("compare", str(a), str(b), "--json").output)
    assert data["earlier"]["id"] == "a" and data["gained"][0]["layer"] == "deployment_monitoring"
    assert data["gained"][0]["quote"] == "I watched the false declines."
    nothing = run("compare", "nope", str(b))
    assert nothing.exit_code == 2 and "no telling 'nope'" in nothing.output


def test_grade_save_keeps_graded_transcripts(tmp_path, monkeypatch):
    from tests.history.cues import CueBackend

    monkeypatch.setattr("agent.backends.make_backend", lambda name, settings: CueBackend())
    one = tmp_path / "one.json"
    one.write_text(
        json.dumps(
            {
                "id": "one",
                "meta": {"story": "Search ranking"},
                "turns": [{"role": "candidate", "text": "I watched the click-through rate."}],
            }
        )
    )
    two = tmp_path / "two.txt"
    two.write_text("Q: Tell me.\nA: Churn was costing us. I proposed a model.\nQ: Then?\nA: Retention rose by 2.\n")
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    first = run("grade", str(one), str(bad), str(two), "--save", "--json")
    assert first.exit_code == 1 and "saved 2 to history" in first.output  # the bad file is reported, not saved
    again = run("grade", str(one), "--save", "--json")
    assert "already there" in again.output
    tellings = [json.loads(line) for line in run("history", "--json").output.splitlines()]
    assert sorted((t["id"], t["kind"], t["story"]) for t in tellings) == [
        ("one", "graded", "Search ranking"),
        ("two", "graded", "Churn was costing us I proposed"),
    ]
    report = run("report", "two").output
    # a hand-written transcript's questions carry no probe: the follow-up is still numbered
    assert "| impact | 2 | ██░ | drawn out by follow-up 1 |" in report
    assert "**Interviewer** · follow-up 1" in report


def test_empty_history():
    out = run("history").output
    assert "No tellings in history yet" in out
