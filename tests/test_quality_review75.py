"""Review 73-76: a wrong date may not fall on the wrong side of the other step a
sentence dates in an apposition ("The Treaty of Velm, signed in 1997, entered
into force on _____"); a clause that defines a word ("It means that both sides
agree ...") holds no side's position; an agreement named after "implementing" or
"amending" is part of the instrument's name, not what was signed.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from quizgen.extract.dates import date_sort_key

from own_article import questions_of as _questions

_OTHER_DATES = ("The Orsk Pact was signed by Peru and Chile on 2 March 1981. Border posts along the river "
                "were closed on 14 August 1988. A ferry line opened on 9 May 1992.")


def _key(text: str, lexicon) -> tuple[int, int, int]:
    from quizgen.extract.dates import find_dates
    return date_sort_key(find_dates(text, lexicon)[0].value)


def _choices(questions, words: str, answer: str):
    asked = [q for q in questions if q.type == "mcq" and words in q.question and q.answer == answer]
    assert asked, [(q.type, q.question, q.answer) for q in questions]
    return asked[0].choices


def test_entry_into_force_offers_no_date_before_an_apposed_signing(lexicon):
    questions, _ = _questions(lexicon, _OTHER_DATES,
                              "The Treaty of Velmora, signed in 1996, brought the canal rules into the law of "
                              "Aldoria when it entered into force on 1 June 1998.")
    choices = _choices(questions, "signed in 1996", "1 June 1998")
    assert len(choices) == 4
    assert all(_key(c, lexicon)[0] >= 1996 for c in choices), choices


def test_a_relative_clause_signing_bounds_the_step_after_it(lexicon):
    questions, _ = _questions(lexicon, _OTHER_DATES,
                              "The Lund Convention, which was signed on 3 March 1995, took effect on 1 June 1997.")
    choices = _choices(questions, "3 March 1995", "1 June 1997")
    assert all(_key(c, lexicon) >= (1995, 3, 3) for c in choices), choices
    # a false statement is false by its date, not by the order alone
    stated = [q for q in questions if q.type == "tf" and "3 March 1995" in q.question]
    assert stated
    for q in stated:
        printed = q.question.split("took effect on ")[-1].rstrip(".")
        assert _key(printed, lexicon) >= (1995, 3, 3), q.question


def test_an_opening_signing_blank_offers_no_date_after_the_entry_into_force(lexicon):
    questions, _ = _questions(lexicon, _OTHER_DATES, "The Tarn Accord was concluded in 2003.",
                              "Signed on 8 August 1986 in Velm, the Corin Pact entered into force in 1990.")
    choices = _choices(questions, "entered into force in 1990", "8 August 1986")
    assert all(_key(c, lexicon)[0] <= 1990 for c in choices), choices
    later = _choices(questions, "Signed on 8 August 1986", "1990")
    assert all(_key(c, lexicon) >= (1986, 8, 8) for c in later), later


def test_a_definition_of_both_sides_is_no_position(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Velm Truce is the agreement that ended the fighting between Peru and Chile. "
                                  "It was signed on 4 May 1884 at Velm, a small town on the border between Peru "
                                  "and Chile. A truce is not the same as a peace treaty. It means that both sides "
                                  "agree to stop fighting, but the war has not officially ended.")
    assert not [f for f in facts if f.kind == "position" and "stop fighting" in f.sentence]
    assert not [q for q in questions if "agreed to stop fighting" in q.question]


def test_a_clause_saying_what_a_word_is_holds_no_position(lexicon):
    _, facts = _questions(lexicon,
                          "Peru and Chile fought over the coast for four years.",
                          "A ceasefire is when both sides agree to stop shooting for a time.")
    assert not [f for f in facts if f.kind == "position" and "stop shooting" in f.sentence]


def test_an_agreement_an_instrument_implements_is_not_what_was_signed(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Velm Agreement was signed by Peru and Chile on 4 May 1985.",
                                  "On 19 June 1990 the two states signed the Convention implementing the Velm "
                                  "Agreement in Lima.")
    signed = {f.value for f in facts if f.kind == "date" and f.subject == "the Velm Agreement"}
    assert signed == {"1985-05-04"}, [(f.subject, f.value) for f in facts]
    assert not [q for q in questions if q.type == "short" and q.question == "When was the Velm Agreement signed?"
                and q.answer == "19 June 1990"]
    assert [f for f in facts if f.kind == "date" and f.value == "1990-06-19"
            and f.subject == "the Convention implementing the Velm Agreement"]


def test_an_amending_protocol_is_what_entered_into_force(lexicon):
    _, facts = _questions(lexicon,
                          "The Orsk Treaty was signed by Peru and Chile on 2 March 1981.",
                          "The Protocol amending the Orsk Treaty entered into force in 2001.")
    assert not [f for f in facts if f.kind == "date" and f.value == "2001" and f.subject == "the Orsk Treaty"]
