"""Review 83-86: "the ceasefire" does not say which, "opposed any revision" does not say
of what, and an abbreviation after a bracket ("(c. 1898–1901)") ends no sentence.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions
from quizgen.extract.sentences import split_sentences
from quizgen.model import Article


def test_who_took_part_in_the_ceasefire_does_not_say_which(lexicon):
    questions, _ = _questions(lexicon, "Peru and Chile had fought for two months.",
                              "Peru and Chile signed the ceasefire on 4 May 1931.")
    parties = [q for q in questions if q.kind == "parties"]
    assert_held(parties, "does not say which one")


def test_opposing_any_revision_does_not_say_of_what(lexicon):
    questions, _ = _questions(lexicon, "Peru wanted the border treaty revised.", "Chile opposed any revision.")
    stated = [q for q in questions if q.kind == "position" and "revision" in q.question]
    assert_held(stated, "does not say which one")


def test_an_abbreviation_after_a_bracket_ends_no_sentence(lexicon):
    article = Article(slug="own", title="Own", paragraphs=("Talks with Marnia (c. 1898–1901) went nowhere. Aldoria waited.",))
    assert [s.text for s in split_sentences(article, lexicon)] == [
        "Talks with Marnia (c. 1898–1901) went nowhere.", "Aldoria waited."]
