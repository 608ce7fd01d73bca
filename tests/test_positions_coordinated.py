"""Two positions joined by "and" under one subject are both that subject's, whether the
subject is a name in the sentence or a pronoun standing for a side named before.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions


def test_a_named_holder_holds_both_of_two_coordinated_positions(lexicon):
    _, facts = _questions(lexicon, "The Peruvian delegation criticized the plan and urged a new vote.")
    held = [(f.value, f.extra.get("content")) for f in facts if f.kind == "position"]
    assert held == [("Peru", "the plan"), ("Peru", "a new vote")], held


def test_a_referred_holder_holds_both_of_two_coordinated_positions(lexicon):
    # "It criticized A and advocated B": "It" names no side of its own sentence; this once crashed extraction
    _, facts = _questions(lexicon, "Peru rejected the offer in May.",
                          "It criticized the plan and advocated a new vote.")
    held = [(f.value, f.extra.get("content")) for f in facts if f.kind == "position"]
    assert ("Peru", "the plan") in held and ("Peru", "a new vote") in held, held
