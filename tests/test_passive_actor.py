"""A sentence that opens with a named person and a passive of an irregular verb ("Ivo Brandt
was born in 1931", "Ana Ruiz had been chosen in 1970") names what its date belongs to, as
"Ivo Brandt resigned in 1931" does.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions

_UNNAMED = "does not name what this date belongs to"


def _date_questions(lexicon, sentence: str) -> list:
    questions, _ = _questions(lexicon, "Ivo Brandt led the Velmoran delegation at the harbour talks.", sentence)
    return [q for q in questions if q.type in ("cloze", "mcq", "tf") and q.sentence == sentence]


def test_was_born_names_the_person_the_date_belongs_to(lexicon):
    asked = _date_questions(lexicon, "Ivo Brandt was born at Velmora in 1931 and studied law at Tessaly.")
    assert asked
    assert not [q for q in asked if any(_UNNAMED in c for c in q.checks)]


def test_had_been_chosen_names_the_person_too(lexicon):
    asked = _date_questions(lexicon, "Ana Ruiz had been chosen by the Velmoran council in 1970.")
    assert asked
    assert not [q for q in asked if any(_UNNAMED in c for c in q.checks)]


def test_a_participle_without_its_helper_or_a_pronoun_subject_names_nothing(lexicon):
    # no helper: "born" alone makes no clause of the name's own
    for sentence in ("It was born of a quarrel over the harbour in 1931.",
                     "The delegation, born of the harbour quarrel in 1931, met twice."):
        asked = _date_questions(lexicon, sentence)
        assert asked and all(any(_UNNAMED in c for c in q.checks) for q in asked), sentence
