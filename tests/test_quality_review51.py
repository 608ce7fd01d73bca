"""Review 51-52: a ton is not a tonne, and a hedge's own verb ("is said to") is no stance.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions


def test_tons_stay_tons_and_tonnes_stay_tonnes(lexicon):
    questions, facts = _questions(lexicon, "The Velmora Compact limited each gunboat to no more than 100 tons.",
                                  "Aldoria may land 40,000 tonnes of herring a year under the compact.")
    values = {f.value for f in facts if f.kind == "quantity"}
    assert "<=100 tons" in values and "40000 tonnes" in values, values
    mcq = [q for q in questions if q.type == "mcq" and "gunboat" in q.question]
    assert mcq and all("tonne" not in c for q in mcq for c in q.choices), [q.choices for q in mcq]


def test_a_hedges_own_verb_is_no_stance(lexicon):
    _, facts = _questions(lexicon, "Aldoria and Marnia signed the Velmora Compact in 1921.",
                          "Britain is said to have refused to sit for the painter.")
    assert not [f for f in facts if f.kind == "position" and f.predicate == "said"], facts
