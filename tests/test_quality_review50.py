"""Review 49-50: an object pronoun ("made him envoy") and a subject pronoun after a fronted phrase
("Born in Velmora in 1800, he ...") lean outside the question; a side set against the holder in a
"while" clause of the same sentence disagrees with it.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest
from own_article import assert_held, questions_of as _questions

from quizgen.extract import load_lexicon

OUTSIDE = "refers to something outside the question"


def _printing(questions, words: str):
    return [q for q in questions if q.type in ("cloze", "mcq", "tf") and words in q.question.replace("_____", "")]


def test_an_object_pronoun_after_the_clauses_verb_refers_outside(lexicon):
    questions, _ = _questions(lexicon, "In 1871 President Ivo Brandt made him harbour master of Velmora.")
    assert_held(_printing(questions, "harbour master"), "“him” " + OUTSIDE)


def test_her_as_an_object_refers_outside_but_not_as_a_possessive(lexicon):
    questions, _ = _questions(lexicon, "The Aldorian council sent her to Velmora in 1871.",
                              "Ana Ruiz sold her house in Velmora in 1874.")
    assert_held(_printing(questions, "sent her"), "“her” " + OUTSIDE)
    assert not [c for q in _printing(questions, "sold her") for c in q.checks if OUTSIDE in c]


def test_an_object_pronoun_below_its_clauses_verb_may_be_the_subject(lexicon):
    """"Ivo Brandt carried orders allowing him ...": "him" is Ivo Brandt; "made him" in the same
    article still refers outside."""
    questions, _ = _questions(lexicon, "Ivo Brandt carried orders allowing him to spend 40,000 crowns on the canal.",
                              "In 1871 the council of Velmora made him harbour master.")
    assert not [c for q in _printing(questions, "allowing him") for c in q.checks if OUTSIDE in c]
    assert_held(_printing(questions, "harbour master"), "“him” " + OUTSIDE)


@pytest.mark.parametrize("sentence, pronoun", [
    ("Born in Velmora in 1800, he studied law in Aldor for six years.", "he"),
    ("After the war with Aldoria, she served as envoy in Marn from 1921.", "she"),
    ("Having signed the pact with Marnia in 1921, they returned to Aldor.", "they"),
])
def test_a_subject_pronoun_after_a_fronted_phrase_refers_outside(lexicon, sentence, pronoun):
    questions, _ = _questions(lexicon, sentence)
    assert_held([q for q in questions if q.type in ("cloze", "mcq", "tf")], f"“{pronoun}” " + OUTSIDE)


def test_a_fronted_clause_with_its_own_subject_may_be_what_the_pronoun_stands_for(lexicon):
    """A clause with its own subject, or a naming participle ("Known as ..."), may name who "she"
    or "it" is; a plain participle's phrase does not."""
    questions, _ = _questions(lexicon, "After Ana Ruiz left Velmora, she wrote a history of the canal in 1874.",
                              "Known as the Velmora Pact, it was signed by Aldoria and Marnia in 1921.",
                              "Raised in Aldor in 1850, she wrote a history of the port.")
    assert not [c for q in _printing(questions, "After Ana Ruiz") for c in q.checks if OUTSIDE in c]
    assert not [c for q in _printing(questions, "Known as") for c in q.checks if OUTSIDE in c]
    assert_held(_printing(questions, "Raised in Aldor"), "“she” " + OUTSIDE)


OWN_SIDES = [{"name": "Aldoria", "names": ["Aldoria"], "demonyms": ["Aldorian", "Aldorians"], "seats": ["Aldor"]},
             {"name": "Marnia", "names": ["Marnia"], "demonyms": ["Marnian", "Marnians"], "seats": ["Marn"]},
             {"name": "Tessaly", "names": ["Tessaly"], "demonyms": ["Tessalian"], "seats": ["Tess"]}]


@pytest.fixture(scope="module")
def own_sides():
    return load_lexicon(extra_sides=OWN_SIDES)


@pytest.mark.parametrize("other", ["while Marnia kept its barges in port",
                                   "whereas the Marnian government sent its barges through the canal unpaid",
                                   "while Marn sent its barges through the canal unpaid"])
def test_a_side_opening_a_while_clause_disagrees_with_the_holder(own_sides, other):
    questions, _ = _questions(own_sides, "Tessaly stayed neutral in the quarrel over the Velmora canal.",
                              f"Aldoria demanded a toll on every barge, {other}.")
    (side,) = [q for q in questions if q.type == "side" and "toll" in q.question]
    assert "Marnia" in side.choices
    assert "the article does not say the other sides disagree" not in side.checks, side.checks

