"""Review 10: ready questions a teacher would not keep, and the general rules that hold them back.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

import pytest

from quizgen.extract.sides import SideIndex
from quizgen.model import Fact, Question
from own_article import questions_of as _questions
from quizgen.questions import quality_reasons


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d[\d,]*", text)


# -- 1. a wrong choice the question itself states ---------------------------------

def test_no_choice_repeats_a_number_the_sentence_states_elsewhere(lexicon):
    questions, _ = _questions(
        lexicon,
        "The Harbor Accord first ran for 120 days, and its second term ran for 90 days.",
        "In 1998 the Harbor Accord was renewed for only 60 days, although Iceland had asked for 120.")
    mcq = next(q for q in questions if q.type == "mcq" and q.answer == "60 days")
    rest = mcq.question.replace("_____", " ")
    assert len(mcq.choices) == 4
    assert not any(n in _numbers(rest) for c in mcq.choices if c != mcq.answer for n in _numbers(c)), mcq.choices


def test_a_false_value_never_repeats_a_number_the_sentence_states(lexicon):
    from quizgen.questions import _number_stated
    assert _number_stated("agreed to only , while the other side insisted on 120.", "120 days")
    assert not _number_stated("agreed to only , while the other side insisted on 1200.", "120 days")
    assert not _number_stated("ran for the days of 2019.", "20 days")


# -- 2. twins share what their shared words lean on ---------------------------------

def test_a_pronoun_one_twin_leaves_unresolved_keeps_both_drafts(lexicon):
    questions, _ = _questions(
        lexicon,
        "Estonia said that the ferry route was free, while Finland maintained that it carried a toll.")
    twins = [q for q in questions if q.kind == "position" and "carried a toll" in q.question]
    assert {q.type for q in twins} == {"side", "tf"}
    assert all("“it” refers to something outside the question" in q.checks for q in twins), \
        [(q.question, q.checks) for q in twins]


# -- 3. an event the article dates more than once -----------------------------------

def test_an_event_dated_again_under_another_name_has_several_answers(lexicon):
    questions, _ = _questions(
        lexicon,
        "The Lakeside Fisheries Accord was extended on 3 May 1961 for ten more years.",
        "A further extension was agreed on 9 June 1974.")
    short = next(q for q in questions if q.type == "short" and "Lakeside" in q.question)
    assert any("happened more than once in the article (also 9 June 1974)" in c for c in short.checks), short.checks


def test_an_event_dated_once_is_not_said_to_repeat(lexicon):
    questions, _ = _questions(
        lexicon,
        "The Lakeside Fisheries Accord was extended on 3 May 1961 for ten more years.",
        "The Harbor Accord was signed on 9 June 1974.")
    short = next(q for q in questions if q.type == "short" and "Lakeside" in q.question)
    assert not any("more than once" in c for c in short.checks)


# -- 4. a stance whose words are only an amount -------------------------------------

def test_a_position_that_is_only_an_amount_stays_a_draft(lexicon):
    from quizgen.questions import _amount_only
    assert _amount_only("only 90 days", lexicon)
    assert _amount_only("about two million tonnes", lexicon)
    assert not _amount_only("a 90-day ban on trawling", lexicon)
    assert not _amount_only("only 90 days of fishing in the fjords", lexicon)
    questions, _ = _questions(lexicon, "In 1999 Norway agreed to only 90 days, while Iceland insisted on a full year.")
    norway = [q for q in questions if q.kind == "position" and "90 days" in q.question]
    assert norway and all("“only 90 days” says how much but not of what" in q.checks for q in norway)


# -- 5. a reporting verb keeps its listener; a relative time word is no date -----

def test_a_quotation_told_to_someone_keeps_the_listener_and_its_capital_is_lowered(lexicon):
    questions, facts = _questions(
        lexicon, "\"The quota no longer binds our fleet,\" Norway's fisheries minister told reporters, adding that talks would go on.")
    told = next(f for f in facts if f.kind == "position" and f.predicate == "told")
    assert told.extra["asked"] == "told reporters"
    tf = next(q for q in questions if q.type == "tf" and q.fact == told.id)
    assert "told reporters the quota no longer binds our fleet" in tf.question


def test_a_time_counted_from_the_day_of_writing_keeps_a_question_a_draft(lexicon):
    def reasons(text: str) -> list[str]:
        return quality_reasons(Question(id="x-tf", type="tf", question=text, answer="True", article="a", sentence=""),
                               lexicon)
    assert any("“today” counts from the day" in r for r in reasons("Norway said the quota lapsed today."))
    assert any("“last week”" in r for r in reasons("Iceland rejected the plan last week."))
    assert not any("counts from the day" in r for r in reasons("The bridge would cost €40 million at today's prices."))
    assert not any("counts from the day" in r for r in reasons("In 2020 Norway said the quota would lapse this year."))


# -- 6. a that-clause is not cut inside an appositive pair of commas ----------------

def test_a_clause_runs_on_past_a_name_set_between_commas(lexicon):
    _, facts = _questions(
        lexicon,
        "Norway demanded that its fisheries agency, Havfisk, be given a seat on the board, while Iceland rejected the plan.")
    norway = next(f for f in facts if f.kind == "position" and f.value == "Norway")
    assert norway.extra["content"] == "that its fisheries agency, Havfisk, be given a seat on the board"


def test_a_that_clause_cut_before_its_verb_stays_a_draft(lexicon):
    from quizgen.questions import _cut_clause
    def fact(content: str, sentence: str) -> Fact:
        return Fact(id="position-x", kind="position", subject="Norway", predicate="demanded", value="Norway",
                    text=content, article="a", sentence=sentence, span=(0, 0), extra={"content": content})
    cut = fact("that its fisheries agency", "Norway demanded that its fisheries agency, which had lapsed, reopen.")
    whole = fact("that the agency would reopen", "Norway demanded that the agency would reopen, and Iceland agreed.")
    assert _cut_clause(cut, lexicon) == ["“that its fisheries agency” has no verb: the clause may be cut short"]
    assert _cut_clause(whole, lexicon) == []


# -- 7. a side inside a longer name is not that side ------------------------------

@pytest.mark.parametrize("sentence, side", [
    ("Ilse Varga of Finland spoke for her ministry.", "Finland"),
    ("On Monday Russia said it would stay.", "Russia"),
    ("The Republic of Korea welcomed the plan.", "South Korea"),
])
def test_a_side_named_on_its_own_is_found(lexicon, sentence, side):
    sides = [m.side for m in SideIndex(lexicon).mentions(sentence)]
    if lexicon.side(side) is None:
        pytest.skip(f"{side} is not a known side")
    assert side in sides, sides


@pytest.mark.parametrize("sentence", [
    "Later, Forward Aldoria vowed to cancel the permit.",
    "The governor of the Bank of Japan warned of higher rates.",
    "Trawlers crossed the Gulf of Mexico in March.",
])
def test_a_side_inside_a_longer_name_is_not_that_side(lexicon, sentence):
    assert SideIndex(lexicon).mentions(sentence) == []


# -- 8. a count no larger than what can exist ---------------------------------------

def test_count_choices_stay_within_what_the_sentence_allows(lexicon):
    questions, _ = _questions(
        lexicon,
        "Delegates from 57 states put their names to the Reef Convention at a meeting in Port Vell on 8 August 1984.",
        "The Harbor Accord was approved by the Senate by 71 votes to 12 on 2 June 2001.",
        "The Reef Tribunal endorsed the Reef Convention by 9 votes to two on 5 July 2003.")
    states = next(q for q in questions if q.type == "mcq" and q.answer == "57 states")
    assert all(float(_numbers(c)[0].replace(",", "")) <= 200 for c in states.choices), states.choices
    tribunal = next(q for q in questions if q.type == "mcq" and q.answer == "9 votes")
    assert all(int(_numbers(c)[0]) <= 11 for c in tribunal.choices), tribunal.choices


def test_a_quotation_in_the_first_person_stays_a_draft(lexicon):
    questions, _ = _questions(
        lexicon, "\"We will not fish the northern banks,\" Norway's fisheries minister told reporters in Bergen.")
    told = [q for q in questions if q.kind == "position"]
    assert told and all("“We” is the speaker's own word, not the question's" in q.checks for q in told), \
        [(q.question, q.checks) for q in told]


def test_a_count_is_capped_by_its_noun_and_its_tally_only(lexicon):
    from quizgen.questions import _count_ceiling
    _, facts = _questions(lexicon, "By 2004, 95 states had ratified the Reef Convention.",
                          "The Reef Tribunal endorsed the Reef Convention by 9 votes to two in 2003.",
                          "In 2001 the fleet landed 31,500 tonnes of fish under the Reef Convention.")
    ceilings = {f.text: _count_ceiling(f, lexicon) for f in facts if f.kind == "quantity"}
    assert ceilings == {"95 states": 200, "9 votes": 11, "31,500 tonnes": None}, ceilings
