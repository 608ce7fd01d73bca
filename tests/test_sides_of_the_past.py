"""A capital shared by a state of the past and the one that followed it is the
government of whichever of the two the article names; a name that needs "the"
is written with it.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions


def _position_sides(facts):
    return [f.value for f in facts if f.kind == "position"]


def test_a_capital_is_the_state_of_the_past_the_article_names(lexicon):
    _, facts = _questions(lexicon, "Czechoslovakia and Aldoria signed the Velm Pact on 4 May 1925.",
                          "Prague rejected the Marnian claim to the Velm valley in 1926.")
    assert _position_sides(facts) == ["Czechoslovakia"]


def test_a_capital_is_the_present_state_when_the_article_names_no_other(lexicon):
    _, facts = _questions(lexicon, "Prague rejected the Marnian claim to the Velm valley in 1996.")
    assert _position_sides(facts) == ["Czech Republic"]


def test_a_state_whose_name_takes_the_is_written_with_it(lexicon):
    questions, _ = _questions(lexicon, "Prague rejected the Marnian claim to the Velm valley in 1996.")
    stated = [q.question for q in questions if q.kind == "position" and q.type == "tf"]
    assert stated and all(s.startswith("The Czech Republic ") for s in stated), stated
