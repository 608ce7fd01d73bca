"""Review 87-89: an "it" after a fronted phrase with a place between commas ("Signed on D at P,
north of Q, it ...") refers outside the question; a year joined to a prefix ("pre-1790
borders") counts nothing; "the treaty of <year>" is no name for the treaty named before; a war
named in an opening setting ("During the X War, ...") is not what the sentence's date dates.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


def test_it_after_a_fronted_participle_with_an_added_place_is_held(lexicon):
    questions, _ = _questions(lexicon,
                              "The Treaty of Velmora was the peace treaty between the Aldorian League and Marnia.",
                              "Signed on 4 March 1822 at the palace of Orlen, north of Tessaly, it confirmed "
                              "the loss of the southern provinces.")
    asked = [q for q in questions if "it confirmed" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "“it” refers to something outside the question")
    # a clause between the commas has a subject of its own, which "it" may stand for
    clause, _ = _questions(lexicon, "In 1822, when the Velm Pact lapsed, it was replaced by a looser accord of 1830.")
    asked = [q for q in clause if "it was replaced" in q.question]
    assert asked and not [q for q in asked if any("“it”" in c for c in q.checks)]


def test_a_year_after_a_prefix_is_no_count(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Treaty of Velmora was signed on 4 March 1822.",
                                  "Under the treaty Marnia was restored within its pre-1790 borders and kept "
                                  "its post-1805 ports.")
    assert not [f for f in facts if f.kind == "quantity"]
    assert not [q for q in questions if "1,790" in q.answer or "borders" in q.answer]


def test_the_treaty_of_a_year_is_not_the_treaty_named_before(lexicon):
    questions, facts = _questions(lexicon,
                                  "On 9 May 1622, envoys of Marnia and Aldoria sealed the Treaty of Orlen.",
                                  "The two states had already made an alliance in Tessaly on 16 June 1609.",
                                  "In June 2009 the two countries marked 400 years since the treaty of 1609.",
                                  title="Treaty of Orlen")
    assert not [f for f in facts if f.subject == "the Treaty of Orlen" and f.value.startswith("1609")]
    assert not [q for q in questions if "(the Treaty of Orlen)" in q.question]
    assert not [q for q in questions if q.type == "short" and q.answer == "1609" and not q.checks]


def test_a_war_in_an_opening_setting_is_not_dated_by_the_clause_after_it(lexicon):
    questions, _ = _questions(lexicon,
                              "During the Velm Crisis, Aldoria closed its ports to Marnian ships on 3 May 1790.")
    assert not [q for q in questions if q.type == "short" and "Velm Crisis" in q.question and not q.checks]
    # the sentence's own question still asks its date
    assert [q for q in questions if q.type == "cloze" and "[[3 May 1790]]" in q.question]
    # a war dated inside the setting is the war's own date
    dated, _ = _questions(lexicon, "Aldoria and Marnia fought the Velm War in 1790.")
    assert [q for q in dated if q.type == "short" and "Velm War" in q.question]
