"""A commentary label before a colon ("Commentary: ...") is no word of the statement after it; a
paragraph labelled as a claim under check ("Claim: ...", "Myth: ...") states nothing the article holds
true, so no fact comes from it.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from quizgen.extract import extract_facts
from quizgen.model import Article

from own_article import questions_of as _questions


def test_a_commentary_label_is_not_printed(lexicon):
    questions, _ = _questions(lexicon, "Peru and Chile signed the Velm Treaty in 1901.",
                              "Commentary: The Velm Treaty limited each navy to 12 warships, and both sides kept to it.")
    asked = [q for q in questions if "warships" in q.question]
    assert asked and not [q for q in asked if "Commentary" in q.question]


def test_a_claim_under_check_gives_no_fact(lexicon):
    article = Article(slug="t", title="Fact check: the Velm Treaty", paragraphs=(
        "Claim: The Velm Treaty was signed in 1899 and forced Peru to pay 90 million pesos.",
        "Rating: False",
        "The Velm Treaty was signed on 4 May 1901, and it set no payment at all."))
    facts = extract_facts(article, lexicon)
    assert [f for f in facts if f.kind == "date" and f.value.startswith("1901")]
    assert not [f for f in facts if "Claim" in f.sentence or "1899" in f.sentence]
