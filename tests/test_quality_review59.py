"""Review 59-60: a people's word before an agreement noun ("the Aldorian treaty") is a
description, not a name, and an agreement noun with a comparing word ("a similar
agreement", "the separate peace") does not say which agreement it is.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


_SIGNED = ("The Velmora Convention was signed by Aldoria and Marnia on 4 May 1850. "
           "Tessaly had signed its own agreement with Aldoria a year earlier.")


def test_a_demonym_before_a_treaty_noun_is_no_agreement_name(lexicon):
    questions, facts = _questions(lexicon, _SIGNED,
                                  "Ratifications of the Aldorian treaty were exchanged at Porto Vell on 9 June 1851.")
    assert not [f for f in facts if "Aldorian treaty" in f.subject], [f.subject for f in facts]
    assert not [q for q in questions if "(the Aldorian treaty)" in q.question]
    asked = [q for q in questions if "Ratifications" in q.question]
    assert_held(asked, "does not say which one")


def test_a_similar_agreement_does_not_say_which_one(lexicon):
    questions, _ = _questions(lexicon, _SIGNED,
                              "Marnia signed a similar agreement in October 1852 and Tessaly followed in 1853.")
    asked = [q for q in questions if "similar" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "does not say which one")


def test_the_separate_peace_does_not_say_which_one(lexicon):
    questions, _ = _questions(lexicon, _SIGNED,
                              "Tessaly saw the separate peace as a betrayal and closed the Velm border in 1855.")
    asked = [q for q in questions if "separate peace" in q.question]
    assert_held(asked, "does not say which one")

