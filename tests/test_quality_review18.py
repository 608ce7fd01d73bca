"""Review 18: a withdrawal that took effect, bounds after a count, a number of another agreement in a
"which" clause, a yearless date whose year a phrase after it gives, and ranges of counted nouns.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import questions_of as _questions


def _dates(facts, value):
    return [f for f in facts if f.kind == "date" and f.value == value]


# -- 1. "X's withdrawal from the pact took effect" is the withdrawal, not the pact's entry into force --

@pytest.mark.parametrize("sentence, predicate", [
    ("Tessaly's withdrawal from the pact took effect on 2 August 1974.", "withdrew"),
    ("The departure of Tessaly from the Lorn Accord came into force on 2 August 1974.", "withdrew"),
    ("The suspension by Tessaly of the accord took effect on 2 August 1974.", "suspended"),
    ("Tessaly's denunciation of the Lorn Accord took effect on 2 August 1974.", "withdrew"),
])
def test_an_exit_with_its_own_phrases_that_took_effect_is_the_exit(lexicon, sentence, predicate):
    _, facts = _questions(lexicon, "Tessaly and Oberland concluded the Lorn Accord on 5 April 1952.", sentence)
    found = _dates(facts, "1974-08-02")
    assert found and all(f.predicate == predicate for f in found), [(f.predicate, f.subject) for f in found]


# -- 2. a bound after the blank: "far short of a required 60", "well short of the two-thirds" ---------

def _mcq(questions, answer):
    picked = [q for q in questions if q.type == "mcq" and q.answer == answer]
    assert picked, [(q.type, q.question, q.answer) for q in questions]
    return picked[0]


def _numbers(choices):
    return [float(c.split()[0].replace(",", "")) for c in choices]


def test_a_bound_with_an_adjective_before_its_number_caps_the_choices(lexicon):
    questions, _ = _questions(lexicon, "The Oberland assembly backed the Lorn Accord of 1952 with 38 votes, "
                                       "far short of a required 70.")
    q = _mcq(questions, "38 votes")
    assert max(_numbers(q.choices)) <= 56, q.choices


def test_the_number_a_count_falls_short_of_is_more_than_the_count(lexicon):
    questions, _ = _questions(lexicon, "The Oberland assembly backed the Lorn Accord of 1952 with 30 votes, "
                                       "far short of 45 votes.")
    q = _mcq(questions, "45 votes")
    assert min(_numbers(q.choices)) >= 30 * 1.25, q.choices


def test_a_bound_with_no_number_holds_the_choices_back(lexicon):
    questions, _ = _questions(lexicon, "The Oberland assembly backed the Lorn Accord of 1952 with 38 votes, "
                                       "well short of the majority its backers hoped for.")
    q = _mcq(questions, "38 votes")
    assert any("bounds the answer" in c for c in q.checks), q.checks


# -- 3. a number in a "which" clause of an unnamed agreement is not the named agreement's -------------

def test_a_number_of_an_unnamed_agreement_in_a_which_clause_is_held_back(lexicon):
    questions, facts = _questions(lexicon, "Tessaly and Oberland concluded the Lorn Accord on 5 April 1952.",
                                  "The Lorn Accord came with a side agreement, which shut the river locks for "
                                  "seven years.")
    years = [f for f in facts if f.kind == "quantity" and f.extra.get("low") == 7]
    assert years and all(f.subject != "the Lorn Accord" for f in years), [f.subject for f in years]
    asked = [q for q in questions if q.fact in {f.id for f in years}]
    assert asked and all(q.checks for q in asked), [(q.question, q.checks) for q in asked]


def test_a_number_of_a_named_agreement_in_a_which_clause_stays_its_own(lexicon):
    _, facts = _questions(lexicon, "Tessaly and Oberland concluded the Lorn Accord on 5 April 1952.",
                          "It was signed beside the Harl Protocol, which shut the river locks for seven years.")
    years = [f for f in facts if f.kind == "quantity" and f.extra.get("low") == 7]
    assert years and all(f.subject == "the Harl Protocol" for f in years), [f.subject for f in years]


# -- 4. "on 2 August the next year": the phrase after the date gives its year ------------------------

@pytest.mark.parametrize("phrase", ["the next year", "of the same year"])
def test_a_yearless_date_whose_year_a_phrase_after_it_gives_is_asked_only_as_a_cloze(lexicon, phrase):
    questions, facts = _questions(lexicon, f"Oberland ratified the Lorn Accord on 5 April 1952, "
                                           f"and Tessaly ratified it on 2 August {phrase}.")
    later = [f for f in facts if f.kind == "date" and f.text == "2 August"]
    asked = [q for q in questions if later and q.fact == later[0].id]
    assert asked and all(q.checks for q in asked if q.type != "cloze"), [(q.type, q.checks) for q in asked]
    assert all("takes its year" in " ".join(q.checks) for q in asked if q.type in ("mcq", "short"))


# -- 5. a range of a counted noun counts the noun after its second number ---------------------------

def test_a_range_of_counted_nouns_measures_the_noun(lexicon):
    _, facts = _questions(lexicon, "Under the Lorn Accord of 1952 each side kept between 1,200 and 1,600 "
                                   "river barges.")
    ranges = [f for f in facts if f.kind == "range"]
    assert ranges and ranges[0].extra["low"] == 1200 and ranges[0].extra["high"] == 1600
    assert "and" not in ranges[0].extra["measures"], ranges[0].extra["measures"]
