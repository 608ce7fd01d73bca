"""Review 27-30: geographic names that open with a side word, votes of an unnamed state, false dates outside a span.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import assert_held, questions_of as _questions
from quizgen.extract.sides import SideIndex


@pytest.mark.parametrize("text", [
    "Chile sent a frigate into the Indian Ocean in 2004.",
    "Chile sent a frigate into the South China Sea in 2004.",
])
def test_a_side_word_opening_a_geographic_name_is_no_side(lexicon, text):
    sides = {m.side for m in SideIndex(lexicon).mentions(text)}
    assert sides == {"Chile"}, sides


def test_a_side_word_before_an_ordinary_capital_is_still_a_side(lexicon):
    sides = {m.side for m in SideIndex(lexicon).mentions("Chinese Foreign Minister Wang Yi met Chile's envoy.")}
    assert "China" in sides and "Chile" in sides


@pytest.mark.parametrize("sentence", [
    "In a referendum on 9 May 2011 voters approved the Velmora pact by a wide margin.",
    "The Senate ratified the Velmora pact on 14 March 2003 after a long debate.",
])
def test_a_vote_of_an_unnamed_state_is_held(lexicon, sentence):
    questions, _ = _questions(lexicon, sentence)
    dated = [q for q in questions if q.kind == "date" and q.type in ("cloze", "mcq", "tf")]
    assert len(dated) == 3 and all(any(c.endswith("does not say whose") for c in q.checks) for q in dated), \
        [(q.question, q.checks) for q in dated]


def test_a_vote_of_a_named_state_is_not_held_for_it(lexicon):
    questions, _ = _questions(lexicon, "The Chilean Senate ratified the Velmora pact on 14 March 2003.")
    dated = [q for q in questions if q.kind == "date"]
    assert dated and not any("does not say whose" in c for q in dated for c in q.checks)


def test_a_false_date_outside_a_printed_span_is_held(lexicon):
    # whether a date's statement is made false depends on the fact, so several months give several chances
    false = []
    for month in ("May", "June", "July", "August", "September", "October"):
        questions, _ = _questions(lexicon, "During the Aldorian border war (1961–1967), Chile shelled the port of "
                                  f"Velmora in {month} 1964 and Peru closed its consulate in Lima in 1975.")
        false += [q for q in questions if q.kind == "date" and q.type == "tf" and q.answer == "False"
                  and f"{month} 1964" not in q.question and "1961–1967" in q.question
                  and not 1961 <= int(q.question.split("Velmora in ")[1].split()[1]) <= 1967]
    assert_held(false, "outside the span")
