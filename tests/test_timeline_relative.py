"""A date whose year the article does not print beside it ("ratified it on 27 December", the year taken
from another sentence) is held in its own article's questions; the timeline across articles leaves it
out too, rather than order events by a guessed year.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from quizgen.extract import extract_facts
from quizgen.model import Article
from quizgen.questions import corpus_questions


def _facts(lexicon, slug: str, *paragraphs: str):
    return extract_facts(Article(slug=slug, title=slug.title(), paragraphs=paragraphs), lexicon)


def test_a_date_with_a_guessed_year_is_no_choice_of_the_timeline(lexicon):
    facts = {
        "velm": _facts(lexicon, "velm", "The Velm Treaty was signed on 4 May 1990 in Tessaly.",
                       "Aldoria ratified the Velm Treaty on 27 December."),
        "orsk": _facts(lexicon, "orsk", "The Orsk Accord was signed on 2 March 1971.",
                       "The Tarn Pact was signed on 9 June 1984."),
    }
    guessed = [f for f in facts["velm"] if f.kind == "date" and f.extra.get("relative")]
    assert guessed, "the ratification's year is taken from the sentence before"
    timeline = [q for q in corpus_questions(facts, lexicon) if q.id.startswith("order-")]
    assert not [q for q in timeline if any("ratified" in c for c in q.choices)]
