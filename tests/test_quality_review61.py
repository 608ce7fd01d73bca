"""Review 61-62: a definite group of people opening a sentence ("The leaders promised ...")
does not say who, and a wrong date for a step after an agreement's signing (its
ratification) is never earlier than the signing date the article gives.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions
from quizgen.extract.dates import date_sort_key
from quizgen.questions import _iso


_TALKS = ("In May 1850 Aldo Brenn of Aldoria and Mira Vost of Marnia met at Porto Vell. "
          "They agreed on a common customs tariff.")


def test_the_leaders_opening_a_sentence_does_not_say_who(lexicon):
    questions, _ = _questions(lexicon, _TALKS,
                              "The leaders promised to open the Velm crossing within four months.")
    asked = [q for q in questions if "leaders" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "does not say who")
    # a complement that names them says who they are
    named, _ = _questions(lexicon, _TALKS,
                          "The leaders of Aldoria and Marnia promised to open the Velm crossing within four months.")
    assert not [q for q in named if "leaders" in q.question and any("does not say who" in c for c in q.checks)]


def test_the_ministers_after_a_connective_do_not_say_who(lexicon):
    questions, _ = _questions(lexicon, _TALKS,
                              "However, the ministers pledged to cut the tariff by 40 per cent.")
    asked = [q for q in questions if "ministers" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "does not say who")


def test_a_ratification_lure_is_not_before_the_signing(lexicon):
    questions, _ = _questions(lexicon,
                              "The Treaty of Velmora was signed by Aldoria and Marnia on 4 May 1850.",
                              "Aldoria ratified the Treaty of Velmora on 9 June 1850, and Marnia followed "
                              "on 2 August 1850.")
    signed = date_sort_key("1850-05-04")
    asked = [q for q in questions if q.type == "mcq" and "ratified" in q.question and q.answer == "9 June 1850"]
    assert asked, [(q.question, q.choices) for q in questions if q.type == "mcq"]
    for q in asked:
        early = [c for c in q.choices if c != q.answer and date_sort_key(_iso(c))[0]
                 and date_sort_key(_iso(c))[:3] < signed]
        assert not early, q.choices


def test_the_story_opening_a_sentence_does_not_say_which_one(lexicon):
    questions, _ = _questions(lexicon, _TALKS,
                              "The story is told in the Velm Museum, housed in the Casa Brenn, three old barns "
                              "where the envoys met.")
    asked = [q for q in questions if "story" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "does not say which one")
