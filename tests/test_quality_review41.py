"""Review 41-42: a formal title cut at a lower-case "in", a Roman numeral that ends a sentence, "It" after a
sentence about a war, and idioms, ages and list lead-ins read as quantities.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import assert_held, questions_of as _questions
from quizgen.extract.agreements import Agreements
from quizgen.extract.sentences import split_sentences
from quizgen.model import Article

_CUT = "Convention on Coastal Fishing"
_TITLE = "Convention on Coastal Fishing in Northern Waters of the Velmora Shelf"


def _printed(questions) -> list[str]:
    return [text for q in questions for text in (q.question, q.answer, *(q.choices or []))]


def test_a_title_runs_on_through_in_when_the_article_uses_its_acronym(lexicon):
    questions, facts = _questions(
        lexicon,
        f"On 4 May 1961, envoys of 30 countries meeting in Aldoria agreed the {_TITLE}.",
        "CCFNW, as the convention is known, entered into force on 2 June 1963.")
    assert not any(f.subject.endswith(_CUT) for f in facts), [f.subject for f in facts]
    # the article shows the short title is only the start of a longer one: it is never printed alone
    assert not any(_CUT in text and _TITLE not in text for text in _printed(questions)), \
        [text for text in _printed(questions) if _CUT in text]
    short = [q for q in questions if q.type == "short" and q.answer == "2 June 1963"]
    assert short and "CCFNW" in short[0].question and not short[0].checks, [(q.question, q.checks) for q in short]


def test_a_thing_named_beside_as_the_convention_is_known_needs_no_gloss_nor_hold(lexicon):
    questions, _ = _questions(
        lexicon,
        f"On 4 May 1961, envoys of 30 countries meeting in Aldoria agreed the {_TITLE}.",
        "CCFNW, as the convention is known, entered into force on 2 June 1963.")
    cloze = [q for q in questions if q.type == "cloze" and q.answer == "2 June 1963"]
    assert cloze and cloze[0].question.startswith("CCFNW, as the convention is known,") and not cloze[0].checks, \
        [(q.question, q.checks) for q in cloze]


def test_a_bracketed_acronym_need_not_end_with_the_titles_last_word(lexicon):
    found = Agreements(lexicon).find(f"Envoys signed the {_TITLE} (CCFNW) on 4 May 1961.")
    assert [m.name for m in found] == ["CCFNW"], [m.name for m in found]
    # without an acronym that spells it, "in" and a place after a title is where it was signed
    found = Agreements(lexicon).find("Envoys signed the Treaty on Fisheries in Velmora (TF) on 4 May 1961.")
    assert [m.name for m in found] == ["Treaty on Fisheries"], [m.name for m in found]


def test_a_quoted_title_runs_to_its_closing_quote(lexicon):
    found = Agreements(lexicon).find('The first text, "A Charter for Peace in the Upper Valley", was signed in 1961.')
    assert [m.name for m in found] == ["Charter for Peace in the Upper Valley"], [m.name for m in found]


@pytest.mark.parametrize("text, first", [
    ("The council moved the heron to Schedule I. The trade ban took effect in January 1990.",
     "The council moved the heron to Schedule I."),
    ("The border was fixed after World War I. It held for a decade.", "The border was fixed after World War I."),
])
def test_a_roman_numeral_ends_a_sentence_when_a_sentence_opener_follows(lexicon, text, first):
    sentences = [s.text for s in split_sentences(Article(slug="own", title="Own", paragraphs=(text,)), lexicon)]
    assert sentences[0] == first and len(sentences) == 2, sentences
    # an initial before a name, or a numeral before a name, may be no end: nothing says so
    text = "The pact was signed by Ivo I. Brandt in Velmora. Marnia joined Part V. Aldoria did not."
    sentences = [s.text for s in split_sentences(Article(slug="own", title="Own", paragraphs=(text,)), lexicon)]
    assert sentences[0] == "The pact was signed by Ivo I. Brandt in Velmora.", sentences


def test_it_after_a_sentence_about_a_war_is_not_the_articles_agreement(lexicon):
    questions, facts = _questions(
        lexicon,
        "The Velmora Pact of 1932 ended the border war between Aldoria and Marnia.",
        "In May 1931 Aldoria and Marnia fought their second war. It began on 3 May 1931 and lasted less than "
        "two weeks.")
    began = [f for f in facts if f.kind in ("date", "quantity") and "It began" in f.sentence]
    assert began and not any(f.subject for f in began), [(f.subject, f.predicate, f.value) for f in began]
    assert not any(q.type == "short" and "Velmora Pact" in q.question and "3 May" in q.answer for q in questions)
    assert_held([q for q in questions if q.type in ("cloze", "mcq", "tf") and "It began" in q.question],
                "“It” refers to something outside the question")
    # after a sentence about the agreement, "It" is still the agreement
    _, facts = _questions(lexicon, "Aldoria and Marnia signed the Velmora Pact in 1932 after the talks. "
                                   "It entered into force on 3 May 1933.")
    force = [f for f in facts if f.kind == "date" and f.value == "1933-05-03"]
    assert force and force[0].subject == "the Velmora Pact", [(f.subject, f.predicate) for f in force]


def test_idioms_ages_and_list_lead_ins_are_no_quantities(lexicon):
    for paragraphs in (("Ivo brought his 19-year-old nephew Tomas, who would one day become mayor of Velmora.",),
                       ("The Velmora Pact was signed in 1932.", "Three big ideas:")):
        questions, facts = _questions(lexicon, *paragraphs)
        assert not [f for f in facts if f.kind == "quantity"], [(f.value, f.sentence) for f in facts]
        assert not [q for q in questions if q.kind == "quantity"], [q.question for q in questions]
    # a day that is a length, a count with a verb before its list: still quantities
    _, facts = _questions(lexicon, "The talks in Velmora lasted one day.", "Three countries objected:")
    values = {f.value for f in facts if f.kind == "quantity"}
    assert {"1 days", "3 countries"} <= values, values
