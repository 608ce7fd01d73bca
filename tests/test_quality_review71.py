"""Review 71-72: a vague noun whose only complement is the value a question blanks
or changes ("the election of [[1844]]") does not say which one; an article whose
title names its one agreement ("Banning War: the Velm–Tarn Pact") glosses "the
pact" and an "it" a treaty verb takes with that agreement, when the text names
no other.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


def test_an_election_named_only_by_its_blanked_year_is_held(lexicon):
    questions, _ = _questions(lexicon,
                              "Aldoria and Marnia quarrelled over the river for decades. "
                              "Then came the election of 1844. Ivo Brandt won it and pressed the claim.")
    asked = [q for q in questions if "election of" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert {q.type for q in asked} == {"cloze", "mcq", "tf"}
    assert_held(asked, "“the election” does not say which one")
    # a name after the blank says which election
    named, _ = _questions(lexicon, "The election of 1844 in Aldoria brought Ivo Brandt to power.")
    asked = [q for q in named if "election of" in q.question and q.type in ("cloze", "mcq")]
    assert asked and not [q for q in asked if any("election" in c for c in q.checks)]




_PACT_TITLE = "Banning War: the Velm–Tarn Pact"


def test_the_pact_of_a_title_that_names_one_agreement_is_glossed(lexicon):
    questions, _ = _questions(lexicon,
                              "Aldoria and Marnia talked for a year about a ban on war.",
                              "The pact was signed in Velmora on 4 May 1921 by nine states.",
                              title=_PACT_TITLE)
    asked = [q for q in questions if "4 May 1921" in q.answer]
    assert asked and all("(the Velm–Tarn Pact)" in q.question or q.type == "short" for q in asked)
    assert not [q for q in asked if q.checks], [(q.question, q.checks) for q in asked]
    # "the Treaty Harbours" is a name of its own, not the title's agreement
    ports, _ = _questions(lexicon, "Aldoria kept three harbours, the Treaty Harbours: Osk, Brell and Tamm, until 1938.",
                          title="Aldoria and Marnia: the Velm–Tarn Treaty")
    assert ports and not [q for q in ports if "(the Velm–Tarn Treaty)" in q.question]


def test_it_ratified_in_a_title_agreement_article_is_glossed(lexicon):
    questions, _ = _questions(lexicon,
                              "Aldoria and Marnia talked for a year about a ban on war.",
                              "The Aldorian Senate approved it on 9 June 1921 by 60 votes to 2.",
                              title=_PACT_TITLE)
    asked = [q for q in questions if q.answer == "9 June 1921" and q.type in ("cloze", "mcq")]
    assert asked and all("approved it (the Velm–Tarn Pact)" in q.question for q in asked)
    assert not [q for q in asked if q.checks], [(q.question, q.checks) for q in asked]
