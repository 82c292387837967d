"""Impact: what numbers measure, outcomes against settings, vague and borrowed impact."""

from __future__ import annotations

from tests.offline.helpers import score


def test_settings_are_not_outcomes():
    text = "I trained for 40 epochs on 8 GPUs with 3 million rows and a learning rate of 0.001."
    assert score("impact", text) == 0
    text = "Support tickets per thousand orders fell from 9 to 6 in the quarter after launch, against a holdout."
    assert score("impact", text) == 3


def test_technical_outcome_is_a_two_and_vague_outcome_a_one():
    assert score("impact", "The F1 went from 0.71 to 0.78 on the test set.") == 2
    assert score("impact", "The business was really happy and it was a big win.") == 1


def test_borrowed_impact_is_at_most_one():
    text = "That year company-wide revenue grew 22%, and leadership mentioned our model in the all-hands."
    assert score("impact", text) <= 1


def test_a_span_of_time_is_time_spent_unless_it_was_won():
    assert score("impact", "I spent the next 6 months recovering from the launch crunch.") == 0
    assert score("impact", "The rebuilt pipeline saved the analysts 10 hours a week.") >= 2
    assert score("impact", "I cut the nightly job from 9 hours to 40 minutes.") >= 2


def test_a_placing_or_a_count_of_use_is_a_quantified_outcome():
    assert score("impact", "Our final model finished in 12th place out of 900 teams.") >= 2
    assert score("impact", "In the first week about 3,000 people used the tool.") >= 2
    assert score("impact", "A team of 5 people worked on it.") == 0  # a headcount, not use


def test_a_measure_told_as_it_stands_after_the_work_is_quantified():
    assert score("impact", "Since the switch, the refund rate is at about 3% now.") >= 2
    assert score("impact", "Recall on the held-back audit sample came out at 81%.") >= 2
    assert score("impact", "Cancellations were about 450 when I last checked.") >= 1
    # The same kind of figure told as the situation before any work is the problem, not a result.
    assert score("impact", "Our refund rate was 3% and rising every month.") == 0


def test_a_rate_per_week_is_a_unit_not_a_routine_of_watching():
    text = "After launch, tickets for manual triage went from 900 to about 350 per week."
    assert score("impact", text) >= 2
    assert score("impact", "Every week I reviewed the 200 flagged accounts per day with the analysts.") == 0


def test_a_number_told_in_words_with_its_unit_is_quantified():
    assert score("impact", "After the switch, gross margin on the outlet range went up three points.") >= 2
    assert score("impact", "Once it was live, average test scores improved by about five months of progress.") >= 2
    assert score("impact", "The new index made lookups four times faster.") >= 2
    # Counts of repetitions and spans of work are not outcomes.
    assert score("impact", "We retrained it three times and then it got more stable.") <= 1
    assert score("impact", "The rebuild took five months.") == 0


def test_money_that_went_through_the_system_is_a_quantified_outcome():
    assert score("impact", "Since launch we have disbursed about $2 million on the model's approvals.") >= 2


def test_a_result_in_a_later_clause_of_a_watching_sentence_is_still_a_result():
    text = "I watched returns and basket size daily for six weeks, and basket size went up 7 percent."
    assert score("impact", text) >= 2
    # The numbers a routine watches are not results.
    assert score("impact", "Every week I reviewed the 200 flagged accounts, and the 50 oldest tickets.") == 0


def test_the_score_of_an_option_set_aside_is_not_an_outcome():
    text = "A boosted model beat our scorecard by two points of AUC, but we did not use it, because of the reasons."
    assert score("impact", text) <= 1


def test_a_change_aimed_at_or_possible_is_not_an_outcome():
    assert score("impact", "Once the forecaster is live, I want to cut stockouts by 30%.") <= 1
    assert score("impact", "Finance thought we could trim refunds by 15% with it.") <= 1
    assert score("impact", "After launch we managed to cut manual reviews by 40%.") >= 2


def test_a_number_in_a_condition_is_a_threshold_not_a_result():
    assert score("impact", "If the queue climbs above 500 jobs, the scheduler pauses the batch runs.") <= 1
    assert score("impact", "After the change, the queue fell below 50 jobs for the first time.") >= 2
