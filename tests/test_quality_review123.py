"""Review 123-130: "the agreement signed on D", when the agreement named before was signed on
another day, is another agreement and gets no gloss; a glossed fact whose short question is held
for another date of the same event is held in every form; the parties of "X and Y signed a naval
accord that brought X under the Velm Treaty" are the unnamed accord's, not the Velm Treaty's; "the
treaties with X and Y" are separate treaties and name none.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


def test_the_agreement_signed_on_another_day_is_another_agreement(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Velm Treaty between Peru and Chile was signed at Arica on 3 May 1850. "
                                  "Spain stayed out for a year. "
                                  "Under the agreement signed on 9 June 1851, the river islands became "
                                  "common pasture.")
    dated = [f for f in facts if f.kind == "date" and f.value == "1851-06-09"]
    assert dated and not any(f.subject for f in dated)
    assert not any("Velm" in q.question for q in questions if "river islands" in q.question), \
        [q.question for q in questions if "river islands" in q.question]


def test_a_glossed_fact_with_another_date_is_held_in_every_form(lexicon):
    questions, _ = _questions(lexicon,
                              "The Velm Treaty between Peru and Chile was signed at Arica on 3 May 1850. "
                              "Spain stayed out for a year. "
                              "On 9 June 1851 the treaty was signed again in Lima.")
    glossed = [q for q in questions if "Lima" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert glossed and all("(the Velm Treaty)" in q.question for q in glossed)
    assert_held(glossed, "may be the wrong agreement")


def test_parties_of_an_unnamed_accord_are_not_the_named_treatys(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Velm Treaty was signed by Peru and Spain in 1880. "
                                  "Peru and Chile signed a further naval accord in Lima that brought Chile "
                                  "under the tonnage limits of the Velm Treaty of 1880.")
    parties = [f for f in facts if f.kind == "parties"]
    assert not [f for f in parties if "Chile" in f.value], [(f.subject, f.value) for f in parties]


def test_the_treaties_with_two_sides_make_no_parties(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Velm Treaty was signed in 1880, and like clauses went into the treaties "
                                  "with Peru and Chile.")
    parties = [f for f in facts if f.kind == "parties"]
    assert not parties, [(f.subject, f.value) for f in parties]
