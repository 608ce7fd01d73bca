"""Review 11: ready questions a teacher would not keep, and the general rules that hold them back.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

import pytest

from quizgen.extract.dates import date_sort_key
from quizgen.model import Question
from own_article import questions_of as _questions
from quizgen.questions import _iso


# -- 1. numbers in the sentence that work the answer out ---------------------------

@pytest.mark.parametrize("sentence, answer", [
    ("In 2004 the assembly approved the Harbor Accord by 143 votes to 61, a majority of 82.", "143"),
    ("Under the Harbor Accord the fleet grew from 40 trawlers to 65 trawlers, a rise of 25 trawlers.", "40"),
])
def test_a_count_the_sentence_adds_up_to_stays_a_draft(lexicon, sentence, answer):
    questions, _ = _questions(lexicon, sentence)
    asked = [q for q in questions if q.kind == "quantity" and answer in q.answer + q.question.replace("[[", "").split("]]")[0][-4:]
             and q.type in ("cloze", "mcq")]
    assert asked, [(q.type, q.answer) for q in questions]
    for q in asked:
        assert any("works out from" in c for c in q.checks), (q.question, q.checks)


def test_numbers_that_do_not_add_up_leave_a_count_ready(lexicon):
    questions, _ = _questions(lexicon, "In 2004 the assembly approved the Harbor Accord by 143 votes to 61.")
    cloze = next(q for q in questions if q.type == "cloze" and q.kind == "quantity")
    assert not any("works out" in c for c in cloze.checks), cloze.checks


# -- 2. a span of time counted from another sentence --------------------------------

def test_a_span_before_earlier_or_later_is_no_quantity(lexicon):
    _, facts = _questions(lexicon, "The Harbor Accord was signed in Bergen in 2001. "
                                   "Iceland had warned its trawler crews three weeks earlier that the quota would fall.")
    assert not [f for f in facts if f.kind == "quantity" and "three weeks" in f.text], facts


def test_a_span_that_names_what_it_counts_from_is_still_a_quantity(lexicon):
    _, facts = _questions(lexicon, "The Harbor Accord enters into force 90 days after the fourth ratification.")
    assert [f for f in facts if f.kind == "quantity" and f.text == "90 days"]


def test_a_span_counted_from_another_sentence_keeps_a_question_a_draft(lexicon):
    from quizgen.checks import quality_reasons
    q = Question(id="x-cloze", type="cloze", answer="12 trawlers",
                 question="Iceland had warned three weeks earlier that the Harbor Accord allowed [[12 trawlers]].", article="own", sentence="")
    assert any("three weeks earlier" in c for c in quality_reasons(q, lexicon))
    q.question = "In 2003 Iceland had warned three weeks earlier that the Harbor Accord allowed [[12 trawlers]]."
    assert not any("three weeks earlier" in c for c in quality_reasons(q, lexicon))


# -- 3. what may happen is no event of a date ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Harbor Accord set a trial period ending on 30 June 2031, which could be extended once.",
    "The Harbor Accord would be renewed on 30 June 2031 if both parliaments agreed.",
])
def test_a_modal_or_conditional_verb_gives_no_event(lexicon, sentence):
    _, facts = _questions(lexicon, sentence)
    date = next(f for f in facts if f.kind == "date")
    assert date.predicate not in ("extended",), date


def test_a_plain_verb_still_dates_its_event(lexicon):
    _, facts = _questions(lexicon, "The Harbor Accord was extended on 30 June 2031.")
    assert next(f for f in facts if f.kind == "date").predicate == "extended"


# -- 4. an event word inside a name, or in a later clause with a date of its own -----

def test_an_event_word_inside_a_name_is_no_event(lexicon):
    _, facts = _questions(lexicon, "Both governments initialled the Fisheries Termination Accord on 3 May 2011.")
    date = next(f for f in facts if f.kind == "date")
    assert date.predicate != "terminated", date


def test_a_date_takes_its_own_clause_event_not_the_next(lexicon):
    _, facts = _questions(lexicon, "The enabling law received assent on 2 March 2015, the Harbor Accord was signed "
                                   "on 9 March, and the assembly approved it on 20 March.")
    by_value = {f.value: f.predicate for f in facts if f.kind == "date"}
    assert by_value["2015-03-09"] == "signed"
    assert by_value["2015-03-02"] != "signed", by_value


# -- 5. wrong dates that break the order the sentence gives -------------------------

def test_no_wrong_date_comes_before_the_step_the_blank_follows(lexicon):
    questions, _ = _questions(
        lexicon,
        "Talks on the Harbor Accord opened on 5 May 2009. A first draft failed on 8 July 2010. "
        "A review was held on 3 April 2011.",
        "Delegates agreed the text of the Harbor Accord on 14 June 2012, and both parliaments ratified it on 2 October 2012.")
    mcq = next(q for q in questions if q.type == "mcq" and q.answer == "2 October 2012")
    floor = date_sort_key("2012-06-14")
    assert all(date_sort_key(_iso(c)) > floor for c in mcq.choices), mcq.choices
    tf = next(q for q in questions if q.type == "tf" and q.fact == mcq.fact)
    shown = re.findall(r"\d{1,2} [A-Z][a-z]+ \d{4}", tf.question)[-1]
    assert date_sort_key(_iso(shown)) > floor, tf.question


# -- 6. the blank is the number; the words saying whose stay ---------------------------

def test_a_qualified_count_blanks_only_its_number(lexicon):
    questions, _ = _questions(
        lexicon, "The Harbor Accord protected the fishing rights of about 4 million coastal residents living abroad.")
    mcq = next(q for q in questions if q.type == "mcq" and q.kind == "quantity")
    assert "_____ coastal residents" in mcq.question, mcq.question
    assert all(re.fullmatch(r"[\d.]+ million", c) for c in mcq.choices), mcq.choices
    assert not any(c.startswith("0.") for c in mcq.choices), mcq.choices


# -- 7. a position that names nothing it adds to ------------------------------------

@pytest.mark.parametrize("sentence, reason", [
    ("After the vote on the Harbor Accord, Iceland offered further concessions.", "“further”"),
    ("Norway expressed support for efforts to ease tensions.", "“tensions”"),
])
def test_a_bare_position_holds_back_both_its_questions(lexicon, sentence, reason):
    questions, _ = _questions(lexicon, sentence, "Norway and Iceland share the Harbor Accord; the European Union watches.")
    twins = [q for q in questions if q.kind == "position" and q.sentence == sentence]
    assert {q.type for q in twins} >= {"tf"}, [(q.type, q.question) for q in questions]
    for q in twins:
        assert any(c.startswith(reason) for c in q.checks), (q.type, q.question, q.checks)


# -- 8. one ready question per wording ---------------------------------------------

def test_the_same_wording_is_ready_only_once():
    from quizgen.questions import _hold_back_repeats
    same = "The Harbor Accord allowed 12 trawlers from 2004."
    questions = [Question(id="a-tf", type="tf", question=same, answer="True", article="own", sentence=same),
                 Question(id="b-tf", type="tf", question=same, answer="True", article="own", sentence=same),
                 Question(id="c-tf", type="tf", question=same.replace("12", "9"), answer="False", article="own", sentence=same)]
    _hold_back_repeats(questions)
    assert questions[0].checks == [] and questions[2].checks == []
    assert questions[1].checks == ["a-tf asks the same in the same words"]


def test_a_repeat_of_a_draft_stays_ready():
    from quizgen.questions import _hold_back_repeats
    same = "The Harbor Accord allowed 12 trawlers from 2004."
    questions = [Question(id="a-tf", type="tf", question=same, answer="True", article="own", sentence=same, checks=["held back"]),
                 Question(id="b-tf", type="tf", question=same, answer="True", article="own", sentence=same)]
    _hold_back_repeats(questions)
    assert questions[1].checks == []


def test_the_people_who_negotiate_are_no_negotiation(lexicon):
    _, facts = _questions(lexicon, "Negotiators from both capitals initialled the Harbor Accord on 4 May 2013.")
    assert next(f for f in facts if f.kind == "date").predicate != "negotiated"


def test_a_name_that_is_also_a_modal_is_no_modal(lexicon):
    _, facts = _questions(lexicon, "Mayor Ellen May signed the Harbor Accord on 4 May 2013.")
    # one signer named: the date is that signer's signature, and "May" is no modal of it
    assert next(f for f in facts if f.kind == "date").predicate == "signed by Mayor Ellen May"
