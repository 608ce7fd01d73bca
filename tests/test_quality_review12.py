"""Review 12: a verb read as a name, "the treaty" given the wrong antecedent, object pronouns,
dates given to the agreement when their clause is about something else.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import questions_of as _questions


# -- 1. a verb read as the end of a name ----------------------------------------------

def test_a_list_and_a_verb_is_no_agreement_name(lexicon):
    _, facts = _questions(lexicon,
                          "The Lakeside Compact Treaty was signed on 3 May 1994. "
                          "Peru and Chile act as its guardians, and the treaty lapsed on 9 June 2011.")
    subjects = {f.subject for f in facts}
    assert not any("act" in s.split() for s in subjects), subjects
    lapsed = [f for f in facts if f.value == "2011-06-09"]
    assert lapsed and lapsed[0].subject == "the Lakeside Compact Treaty", [(f.subject, f.value) for f in facts]


def test_a_lower_case_agreement_noun_after_an_article_still_names(lexicon):
    _, facts = _questions(lexicon, "The Geneva accords on fishing were signed on 4 April 1990.")
    assert any(f.subject == "the Geneva accords" for f in facts), [f.subject for f in facts]


# -- 2. "the treaty" is not an organisation named as a signatory -------------------------

def test_the_treaty_is_not_the_former_pact_among_its_signatories(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Northern Waters Treaty regulates fishing in the strait. "
                                  "On 2 June 1995 the treaty was signed at Velmora by members of the Coastal League "
                                  "and the former Baltic Pact; the treaty entered into force on 1 March 1998.")
    dated = {f.value: f.subject for f in facts if f.kind == "date"}
    assert dated["1995-06-02"] == "the Northern Waters Treaty", dated
    assert dated["1998-03-01"] == "the Northern Waters Treaty", dated
    assert not any("Baltic Pact" in q.question for q in questions if q.type == "short")


# -- 3. the short shares the doubt of its twins about "The treaty" -------------------

def test_the_short_shares_an_unresolved_the_treaty(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Harbor Accord covers the bay. The Reef Treaty covers the reef. "
                                  "The treaty was signed on 5 May 2001 beside the Coral Pact.")
    twins = [q for q in questions if q.kind == "date" and "2001" in q.answer]
    doubted = [c for q in twins if q.type != "short" for c in q.checks if "does not say which one" in c]
    short = [q for q in twins if q.type == "short"]
    if doubted and short:
        assert set(doubted) <= set(short[0].checks), (short[0].question, short[0].checks, doubted)


# -- 4. object pronouns and a bare "the administration" -----------------------------

@pytest.mark.parametrize("sentence", [
    "The Harbor Accord was drafted in 1980. Premier Anna Holt revived it in June 1987, after a long pause.",
    "The Harbor Accord was drafted in 1980. Denmark and Norway issued a statement welcoming it on 4 May 1990.",
])
def test_an_object_pronoun_keeps_a_question_a_draft(lexicon, sentence):
    questions, _ = _questions(lexicon, sentence)
    later = [q for q in questions if q.kind == "date" and "1980" not in q.sentence and q.type in ("cloze", "tf")]
    assert later, [(q.type, q.answer) for q in questions]
    for q in later:
        assert q.checks, q.question


def test_it_after_a_verb_of_saying_is_the_subject_of_its_clause(lexicon):
    from quizgen.checks import _unresolved_reference
    language = lexicon.language
    assert _unresolved_reference("Premier Anna Holt said it would sign the Harbor Accord in 1990.", language) == ""
    assert _unresolved_reference("Norway proposed the Harbor Accord and Iceland signed it in 1990.", language) == ""
    assert _unresolved_reference("Premier Anna Holt ratified it in 1990.", language) == "it"


def test_a_bare_administration_does_not_say_whose(lexicon):
    from quizgen.checks import _vague_phrase
    assert _vague_phrase("Critics said the administration had waited 90 days.", lexicon.language) == "the administration"
    assert _vague_phrase("Critics said the Holt administration had waited 90 days.", lexicon.language) == ""


# -- 5. a date of a clause about something else is not the agreement's ------------------

def test_a_departure_taking_effect_is_no_entry_into_force(lexicon):
    _, facts = _questions(lexicon,
                          "The Harbor Accord entered into force on 2 March 1999. "
                          "Marnia's exit took effect on 7 July 2015.")
    later = [f for f in facts if f.value == "2015-07-07"]
    assert later and later[0].predicate != "entered into force", [(f.subject, f.predicate) for f in later]


def test_an_object_it_does_not_give_its_date_to_the_agreement(lexicon):
    _, facts = _questions(lexicon,
                          "The Harbor Accord was signed on 2 March 1999. "
                          "Premier Anna Holt praised it in June 2003, as the recession was ending.")
    later = [f for f in facts if f.value == "2003-06"]
    assert later, [(f.value, f.subject) for f in facts]
    assert later[0].subject != "the Harbor Accord"
    assert later[0].subject != "the recession", later[0].subject


def test_an_it_before_its_own_verb_still_gives_the_agreement(lexicon):
    _, facts = _questions(lexicon, "The Harbor Accord was drafted in 1980. It was signed on 2 March 1983.")
    signed = [f for f in facts if f.value == "1983-03-02"]
    assert signed and signed[0].subject == "the Harbor Accord" and signed[0].predicate == "signed"
