"""Reviews 19 and 20: position statements whose "the" + noun points to an earlier sentence, a that-clause
cut at an appositive, changes read as ranges, rough spans and pairs read as amounts.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import assert_held, questions_of as _questions


def _positions(questions, kind="tf"):
    return [q for q in questions if q.kind == "position" and q.type == kind and q.answer == "True"]


def test_a_bare_definite_noun_in_a_position_is_held(lexicon):
    questions, _ = _questions(lexicon, "Norway refused to recognise the new border.")
    picked = _positions(questions)
    assert_held(picked, "does not say which one")


def test_a_definite_noun_pinned_down_in_the_statement_is_not_held(lexicon):
    questions, _ = _questions(lexicon, "Norway rejected the waters beyond 9 miles as Icelandic territory.")
    picked = _positions(questions)
    assert picked and not any(any("does not say which one" in c for c in q.checks) for q in picked), \
        [(q.question, q.checks) for q in picked]


def test_a_that_clause_after_an_object_cut_at_an_appositive_is_held(lexicon):
    questions, _ = _questions(lexicon, "Norway warned Iceland that the old harbour fort at Kessa, "
                                       "a relic of an earlier age, could be sold if the council did not act.")
    picked = [q for q in questions if q.kind == "position"]
    assert_held(picked, "clause may be cut short")


def test_a_change_from_one_value_to_another_is_no_range(lexicon):
    _, facts = _questions(lexicon, "On 3 March 1962 Aldoria widened its customs zone from 6 to 15 kilometres "
                                   "under the Lorn Accord.")
    assert not [f for f in facts if f.kind == "range"], [(f.kind, f.value) for f in facts]


@pytest.mark.parametrize("sentence, phrase", [
    ("Aldoria guarded the Lorn Strait for the better part of three decades under the Lorn Accord of 1961.",
     "the better part of three decades"),
    ("Marnia held the Kessa islands for some forty years under the Lorn Accord of 1961.", "some forty years"),
])
def test_a_rough_span_is_no_amount_to_learn(lexicon, sentence, phrase):
    questions, _ = _questions(lexicon, sentence)
    picked = [q for q in questions if q.kind == "quantity"]
    assert picked and all(any(phrase in c and "approximation" in c for c in q.checks) for q in picked), \
        [(q.question, q.checks) for q in picked]


@pytest.mark.parametrize("sentence", [
    "The Lorn Accord of 1961 ended the first open quarrel between two members of the Velm League.",
    "The Lorn Accord of 1961 was signed by two Velm allies at Kessa.",
])
def test_a_pair_is_no_amount_to_learn(lexicon, sentence):
    questions, _ = _questions(lexicon, sentence)
    picked = [q for q in questions if q.kind == "quantity"]
    assert_held(picked, "the pair the sentence is about")
