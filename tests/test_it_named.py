"""An opening "It" that the date's agreement was found from is printed as that agreement in the
cloze, multiple-choice and true/false questions, as the short question already names it.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions

_INTRO = "The Treaty of Velm was the first pact between Aldoria and Marnia."


def _printed(lexicon, sentence: str) -> list:
    questions, _ = _questions(lexicon, _INTRO, sentence)
    return [q for q in questions if q.sentence == sentence and q.type in ("cloze", "mcq", "tf")]


def test_an_opening_it_is_printed_as_the_agreement(lexicon):
    asked = _printed(lexicon, "It entered into force on 14 May 1925, after both parliaments had voted.")
    cloze = [q for q in asked if q.type == "cloze"]
    assert cloze and cloze[0].question.startswith("The Treaty of Velm entered into force on [[14 May 1925]]")
    assert asked and not [q for q in asked if any("“It”" in c for c in q.checks)]


def test_it_stays_when_the_date_is_another_clauses_or_the_name_is_plural(lexicon):
    other = _printed(lexicon, "It collapsed within a year, and on 2 May 1926 Aldoria closed the border.")
    assert other and all("It collapsed" in q.question and "Treaty of Velm" not in q.question for q in other)
    questions, _ = _questions(lexicon, "The Velm accords were the first pacts between Aldoria and Marnia.",
                              "It entered into force on 14 May 1925.")
    plural = [q for q in questions if q.type in ("cloze", "mcq", "tf") and q.sentence.startswith("It ")]
    assert plural and all("It entered" in q.question and "accords entered" not in q.question for q in plural)
