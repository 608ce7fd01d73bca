"""Review 77-78: a position cut at an aside ("would give way to civil rule and, in time, to
self-rule") ends on "and": its statement is held, never printed as "… civil rule and."

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


def test_a_position_that_stops_at_and_is_held(lexicon):
    questions, facts = _questions(lexicon, "Peru promised that military rule would give way to civil rule and, "
                                           "in time, to self-rule.")
    stated = [q for q in questions if q.kind == "position" and q.type == "tf"]
    assert_held(stated, "the clause is cut short")


def test_a_whole_position_is_not_held_for_it(lexicon):
    questions, _ = _questions(lexicon, "Peru promised that military rule would give way to civil rule.")
    stated = [q for q in questions if q.kind == "position" and q.type == "tf"]
    assert stated and not any("cut short" in c for q in stated for c in q.checks), \
        [(q.question, q.checks) for q in stated]
