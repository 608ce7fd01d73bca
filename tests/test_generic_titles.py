"""Formal titles that many agreements have had ("a Treaty of Amity and Commerce", "a
Memorandum of Understanding") do not say which agreement a question means, and a
"which agreement" question does not stop inside the clause its value opens.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, other_agreements, questions_of as _questions
from quizgen.extract import extract_facts
from quizgen.model import Article
from quizgen.questions import corpus_questions


def test_a_title_of_common_words_only_does_not_say_which_agreement(lexicon):
    questions, _ = _questions(lexicon, "The Treaty of Amity and Commerce was signed by Aldoria and Marnia on "
                                       "4 May 1850 at Porto Vell.")
    asked = [q for q in questions if q.kind == "date"]
    assert_held(asked, "does not say which one")


def test_a_memorandum_of_understanding_does_not_say_which_one(lexicon):
    questions, _ = _questions(lexicon, "The Memorandum of Understanding was signed in Velmora on 15 August 1995 "
                                       "by Aldoria and Marnia.",
                              "The Velm Assembly turned the memorandum into law in July 1996.")
    signed = [q for q in questions if q.kind == "date" and "1995" in q.answer]
    assert_held(signed, "does not say which one")
    law = [q for q in questions if "turned the memorandum" in q.question]
    assert_held(law, "does not say which one")


def test_a_title_with_a_name_in_it_is_still_a_name(lexicon):
    questions, _ = _questions(lexicon, "The Velmora Treaty of Amity was signed by Aldoria and Marnia on 4 May 1850.")
    short = [q for q in questions if q.type == "short" and q.kind == "date"]
    assert short and any(not q.checks for q in short), [(q.question, q.checks) for q in short]


def _which(lexicon, text: str):
    """The "Which agreement" questions of an article of ``text`` beside two others."""
    one = Article(slug="one", title="One", paragraphs=(text,))
    facts = {a.slug: extract_facts(a, lexicon) for a in (one, *other_agreements())}
    return [q for q in corpus_questions(facts, lexicon) if q.id.endswith("-which")]


def test_which_agreement_whose_answer_is_a_common_title_is_held_back(lexicon):
    which = _which(lexicon, "The Treaty of Peace and Amity was signed by Aldoria and Marnia on 4 March 1861. "
                            "The Treaty of Peace and Amity allowed Marnia 12 warships on the lake.")
    asked = [q for q in which if "warships" in q.question]
    assert_held(asked, "does not say which one")
    named = [q for q in which if "barges" in q.question]
    assert named and not any("does not say which one" in c for q in named for c in q.checks), \
        [(q.question, q.checks) for q in named]


def test_which_agreement_that_cuts_a_clause_is_held_back(lexicon):
    which = _which(lexicon, "The Velmar River Accord was signed on 4 March 1961. The Velmar River Accord allowed "
                            "Aldoria to open a consulate at Porto Vell once 18 months had passed from the signing.")
    cut = [q for q in which if "consulate" in q.question]
    assert_held(cut, "stops inside a clause")
    whole = [q for q in which if "barges" in q.question]
    assert whole and not any("stops inside a clause" in c for q in whole for c in q.checks), \
        [(q.question, q.checks) for q in whole]


def test_a_conference_of_states_parties_does_not_say_which_one(lexicon):
    questions, _ = _questions(lexicon, "The Velm Pact entered into force in May 2030.",
                              "The first Conference of States Parties took place at Porto Vell in November 2031.")
    short = [q for q in questions if q.type == "short" and "Conference" in q.question]
    assert_held(short, "does not say which one")


def test_an_additional_protocol_does_not_say_which_one(lexicon):
    questions, _ = _questions(lexicon, "The Velm Convention was signed by Aldoria and Marnia on 4 May 1921.",
                              "The Additional Protocol was signed at Porto Vell on 23 December 1926.")
    short = [q for q in questions if q.type == "short" and "Additional Protocol" in q.question]
    assert_held(short, "does not say which one")
