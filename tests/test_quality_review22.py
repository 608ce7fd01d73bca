"""Review 22: dollars of other countries, conditional and future dates, a month before a vague noun, money choices.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from quizgen.extract.quantities import QuantityFinder
from own_article import assert_held, questions_of as _questions


SIGNED = "On 2 March 1998 Aldoria and Marnia signed the Lorn Accord in Tarsis."


def test_a_currency_prefix_stays_with_its_number(lexicon):
    found = QuantityFinder(lexicon).find("Marnia dropped levies on some A$4.2 billion of Aldorian timber.")
    assert [(q.text, q.unit, q.prefix) for q in found] == [("A$4.2 billion", "AUD", "A$")]


def test_an_unknown_letter_before_a_dollar_gives_no_us_dollars(lexicon):
    found = QuantityFinder(lexicon).find("Marnia paid S$5 million to the Aldorian growers.")
    assert not [q for q in found if q.unit == "USD"], [(q.text, q.unit) for q in found]


def test_a_blank_takes_the_whole_currency_symbol(lexicon):
    questions, _ = _questions(lexicon, SIGNED, "Under the Lorn Accord, Marnia dropped levies on some "
                              "NZ$3.5 billion of Aldorian timber in 1999.")
    cloze = [q for q in questions if q.type == "cloze" and "billion" in q.answer]
    assert cloze and all("[[NZ$3.5 billion]]" in q.question for q in cloze), [q.question for q in cloze]


def test_money_choices_stay_within_tenfold(lexicon):
    questions, _ = _questions(
        lexicon, SIGNED,
        "Under the Lorn Accord, Marnia must pay dockers at least $14 an hour.",
        "Under the Lorn Accord, Aldoria lent Marnia $7.5 billion in 1999.")
    mcq = [q for q in questions if q.type == "mcq" and q.answer == "$14"]
    assert mcq and not any("billion" in c for q in mcq for c in q.choices), [q.choices for q in mcq]


def test_a_condition_before_the_event_word_gives_no_event(lexicon):
    _, facts = _questions(lexicon, SIGNED, "The Lorn Accord comes up for review in 2008; if both agree then, "
                          "its term is extended for another ten years.")
    dated = [f for f in facts if f.value == "2008"]
    assert dated and all(f.predicate != "extended" for f in dated), [(f.subject, f.predicate) for f in dated]


def test_a_future_date_is_not_asked_as_a_past_event(lexicon):
    questions, _ = _questions(lexicon, SIGNED, "Marnia will ratify the Lorn Accord in 2031.")
    shorts = [q for q in questions if q.type == "short" and q.answer == "2031"]
    assert shorts and all(q.checks for q in shorts), [(q.question, q.checks) for q in shorts]


def test_a_year_naming_an_agreement_is_not_a_future_date(lexicon):
    questions, _ = _questions(lexicon, "Any new pact should cover the ports the 1998 Lorn Accord ignored.")
    assert not [q for q in questions if q.type == "short" and any("may or will" in c for c in q.checks)]


@pytest.mark.parametrize("sentence", [
    "The March protocol removed a 12-year grace period for Marnian ferries.",
    "Aldoria's parliament ratified the amended text on 4 May 2001, to Marnia's relief.",
])
def test_a_month_or_a_date_does_not_say_which_one(lexicon, sentence):
    questions, _ = _questions(lexicon, SIGNED, sentence)
    own = [q for q in questions if q.sentence == sentence]
    assert_held(own, "does not say which one")


def test_a_participle_used_as_a_preposition_is_no_stance(lexicon):
    # "relations ..., particularly regarding the border": "regarding" is a preposition, not "regarded"
    questions, facts = _questions(
        lexicon, "In a call between the presidents of Chile and Peru, talks underscored the lasting strain in "
                 "U.S.-Chile relations, particularly regarding the border dispute and the river treaty.")
    assert not [f for f in facts if f.kind == "position"]
    questions, facts = _questions(lexicon, "Peru regarded the river treaty as void.")
    assert [f.side for f in facts if f.kind == "position"] == ["Peru"]


def test_one_party_signing_is_not_the_agreement_signing(lexicon):
    # one side named as the signer dates its own signature, not the accord's
    # (the question then names the signer: "When was it signed by Chile?")
    questions, _ = _questions(lexicon, "Chile signed the Reef Convention on 4 May 2001 but has not ratified it.")
    short = [q for q in questions if q.type == "short" and "signed" in q.question]
    assert [q.question for q in short] == ["When was the Reef Convention signed by Chile?"] and not short[0].checks
    questions, _ = _questions(lexicon, "Chile and Peru signed the Reef Convention on 4 May 2001 in Lima.")
    short = [q for q in questions if q.type == "short" and "signed" in q.question]
    assert short and not any(any("alone" in c for c in q.checks) for q in short)


def test_a_leader_of_one_party_signing_is_not_the_agreement_signing(lexicon):
    questions, _ = _questions(lexicon, "Chile's President Ana Ruiz signed the Reef Convention on 4 May 2001 in Santiago.")
    short = [q for q in questions if q.type == "short" and "signed" in q.question]
    assert [q.question for q in short] == ["When was the Reef Convention signed by Chile's President Ana Ruiz?"]


def test_a_weekday_or_month_after_a_title_is_not_part_of_it(lexicon):
    from quizgen.extract.agreements import Agreements
    agreements = Agreements(lexicon)
    names = [m.name for m in agreements.find("Chile signed the Reef Convention on Tuesday in Santiago.")]
    assert names and all("Tuesday" not in n for n in names)
    names = [m.name for m in agreements.find("The Treaty of Velmora was signed in 1815.")]
    assert names and any("Velmora" in n for n in names)
