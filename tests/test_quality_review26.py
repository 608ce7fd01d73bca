"""Review 26-28: positions that only stand in for another clause, spans split by the blank, vote shares.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import assert_held, questions_of as _questions


def _positions(questions, side):
    return [q for q in questions if q.kind == "position" and q.side == side]


@pytest.mark.parametrize("sentence, side, word", [
    ("Chile urged Peru to withdraw its troops, but Peru opposed this.", "Peru", "this"),
    ("Chile agreed a plan in Lima.", "Chile", "a plan"),
    ("Peru insisted that only the Aldorian council had that power.", "Peru", "that power"),
    ("Chile said it would not do so.", "Chile", "do so"),
])
def test_a_position_that_stands_for_another_clause_is_held(lexicon, sentence, side, word):
    questions, _ = _questions(lexicon, sentence)
    mine = _positions(questions, side)
    assert mine and all(any(c.startswith(f"“{word}” stands for") for c in q.checks) for q in mine), \
        [(q.question, q.checks) for q in mine]


def test_a_position_with_its_own_object_is_not_held_for_a_pro_form(lexicon):
    questions, _ = _questions(lexicon, "Chile urged Peru to withdraw its troops from the Marnia valley.")
    mine = _positions(questions, "Chile")
    assert mine and not any("stands for" in c for q in mine for c in q.checks)


def test_a_span_of_days_is_held_in_every_form(lexicon):
    questions, _ = _questions(lexicon, "At a summit in Lisbon on 14–15 June 2011 Chile and Peru agreed "
                              "to open the border crossing at Tacna.")
    dated = [q for q in questions if q.kind == "date" and q.type in ("cloze", "mcq", "tf")]
    assert {q.type for q in dated} == {"cloze", "mcq", "tf"}
    assert all(any("span of days" in c for c in q.checks) for q in dated), [(q.question, q.checks) for q in dated]


def test_a_false_vote_share_that_breaks_the_whole_is_held(lexicon):
    questions, _ = _questions(lexicon, "In a vote on 9 June 2012 Aldorian voters approved the Velmora pact "
                              "by 64 per cent to 36 per cent.")
    false = [q for q in questions if q.kind == "quantity" and q.type == "tf" and q.answer == "False"]
    assert_held(false, "no longer adds up")
