"""Review 14: position statements cut short or leaning on "the sides", "less than" choices, a year
from the sentence before, true and false statements of one sentence, sides that take no part,
capitalised counted nouns, and counts of two groups joined by "and".

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import assert_held, questions_of as _questions


# -- 1. a position cut short, or leaning on "the sides", holds back both twins ----------------

def test_an_infinitive_cut_before_its_object_holds_back_every_twin(lexicon):
    questions, _ = _questions(lexicon,
                              "Under the pact, Kenya promised not to interfere, openly or covertly, "
                              "in Uganda's elections, and Uganda welcomed the pledge.")
    twins = [q for q in questions if q.kind == "position" and "interfere" in q.question]
    assert_held(twins, "cut short")


def test_an_infinitive_followed_by_a_new_clause_is_whole(lexicon):
    questions, _ = _questions(lexicon, "Kenya promised to withdraw, and Uganda welcomed the pledge.")
    twins = [q for q in questions if q.kind == "position" and "withdraw" in q.question]
    assert twins and not any(any("cut short" in c for c in q.checks) for q in twins), \
        [(q.question, q.checks) for q in twins]


def test_the_sides_without_names_in_the_question_hold_back_both_twins(lexicon):
    questions, _ = _questions(lexicon,
                              "Peru and Ecuador refused to sit at one table. "
                              "Sweden offered to pass letters between the sides.")
    twins = [q for q in questions if q.kind == "position" and "letters" in q.question]
    assert twins and all("“the sides” does not say who" in q.checks for q in twins), \
        [(q.question, q.checks) for q in twins]


# -- 2. "less than N": the larger choices are true too ----------------------------------------

def test_less_than_is_an_upper_bound_in_the_reason(lexicon):
    questions, _ = _questions(lexicon, "Under the deal, Uganda received less than $4 billion in aid.")
    mcq = [q for q in questions if q.type == "mcq" and q.kind == "quantity"]
    assert mcq, [(q.type, q.question) for q in questions]
    assert "“less than …” is true of the larger choices too" in mcq[0].checks, mcq[0].checks
    assert not any("more than" in c for c in mcq[0].checks), mcq[0].checks


# -- 3. a day and month take the year of the sentence before ----------------------------------

def test_a_day_and_month_take_the_year_of_the_sentence_before(lexicon):
    _, facts = _questions(lexicon,
                          "Dispatch — 2 May 2015",
                          "The envoys signed the Lake Charter on 8 March 1962. "
                          "The prisoners went home on 9 March, a day later.")
    home = [f for f in facts if f.kind == "date" and f.text == "9 March"]
    assert home and home[0].value == "1962-03-09", [(f.text, f.value) for f in facts]


def test_without_a_full_date_before_the_date_line_still_dates_it(lexicon):
    _, facts = _questions(lexicon,
                          "Dispatch — 2 May 2015",
                          "The envoys met in Lagos. The prisoners went home on 9 March.")
    home = [f for f in facts if f.kind == "date" and f.text == "9 March"]
    assert home and home[0].value == "2015-03-09", [(f.text, f.value) for f in facts]


def test_a_wrong_date_the_sentence_states_without_its_year_is_no_choice(lexicon):
    questions, _ = _questions(lexicon, "Dispatch — 2 May 1990",
                              "The Lake Charter was opened for signature on 3 June 1990. "
                              "Kenya ratified it on 7 June, and the Lake Charter entered into force on 9 July 1990.")
    mcq = [q for q in questions if q.type == "mcq" and q.answer == "9 July 1990"]
    assert mcq and "7 June 1990" not in mcq[0].choices, [(q.answer, q.choices) for q in mcq]


# -- 4. one answer of true/false per sentence --------------------------------------------------

def test_a_true_and_a_false_statement_of_one_sentence_are_not_both_ready(lexicon):
    questions, _ = _questions(lexicon,
                              "The Lake Charter, three protocols in all, was signed in Kampala on 5 May 1971. "
                              "The Lake Charter entered into force on 2 June 1973.")
    tf = [q for q in questions if q.type == "tf" and "Kampala" in q.sentence]
    assert {q.answer for q in tf} == {"True", "False"}, [(q.question, q.answer, q.checks) for q in tf]
    ready = [q for q in tf if not q.checks]
    assert len(ready) <= 1, [(q.question, q.answer) for q in ready]
    held = [q for q in tf if any("of the same sentence" in c for c in q.checks)]
    assert held and all(any(r.id in c for c in held[0].checks) for r in ready), [(q.id, q.checks) for q in tf]


# -- 5. side choices are sides that take part --------------------------------------------------

def test_a_side_named_only_as_a_place_is_offered_last_and_holds_the_question_back(lexicon):
    questions, _ = _questions(lexicon,
                              "Kenya rejected the new tariff. Uganda welcomed the new tariff. "
                              "The fund is kept in an account in Switzerland.")
    side = [q for q in questions if q.type == "side" and "rejected" in q.question]
    assert side, [(q.type, q.question) for q in questions]
    assert any("Switzerland holds no position" in c for c in side[0].checks), (side[0].choices, side[0].checks)


# -- 6. a counted noun keeps its capital -------------------------------------------------------

def test_a_capitalised_counted_noun_keeps_its_capital_in_choices(lexicon):
    questions, _ = _questions(lexicon, "Rebels held 42 Canadians hostage in the Lake Charter zone.")
    mcq = [q for q in questions if q.type == "mcq" and q.kind == "quantity"]
    assert mcq and all(c.endswith("Canadians") for c in mcq[0].choices), [q.choices for q in mcq]


# -- 7. a count of "<noun> and <noun>" is not the first noun's ---------------------------------

@pytest.mark.parametrize("sentence", [
    "Fourteen teachers and Blue Star crew left the camp on foot.",
    "The rebels released 12 nurses and doctors.",
])
def test_a_count_of_two_joined_groups_gives_no_count_of_the_first(lexicon, sentence):
    _, facts = _questions(lexicon, sentence)
    assert not [f for f in facts if f.kind == "quantity" and ("nurses" in f.value or "teachers" in f.value)], [(f.kind, f.value) for f in facts]


@pytest.mark.parametrize("sentence", [
    "The rebels released 12 nurses and sent them home.",
    "The charter has 31 articles and applies to every lake state.",
])
def test_a_count_before_a_new_verb_stays(lexicon, sentence):
    _, facts = _questions(lexicon, sentence)
    assert [f for f in facts if f.kind == "quantity"], [(f.kind, f.value) for f in facts]
