"""Review 35-36: names cut from a book's title, live-blog clock times, paragraph labels, yearless dates after
the article's own date, a book's details line, and idioms read as treaty actions.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import questions_of as _questions
from quizgen.extract import extract_facts
from quizgen.extract.agreements import Agreements
from quizgen.extract.sentences import split_sentences
from quizgen.model import Article


def _facts(lexicon, *paragraphs: str, date: str = ""):
    article = Article(slug="own", title="Own", paragraphs=tuple(paragraphs), date=date)
    return extract_facts(article, lexicon)


# -- A: a question word or an auxiliary opens no agreement's name -------------------------------

@pytest.mark.parametrize("text, name", [
    ("Tides Held in Check: How the Velmora Accord Was Made, a history of the talks.", "Velmora Accord"),
    ("Why the Harbor Pact Failed is the first chapter.", "Harbor Pact"),
    ("Is the Ostrel Treaty Dead? the columnist asked.", "Ostrel Treaty"),
])
def test_a_question_word_in_a_title_opens_no_name(lexicon, text, name):
    names = [m.name for m in Agreements(lexicon).find(text)]
    assert names == [name], names


def test_a_name_from_a_book_title_glosses_the_treaty_with_its_own_name(lexicon):
    questions, facts = _questions(
        lexicon,
        "Tides Held in Check: How the Velmora Accord Was Made is the new history of the talks.",
        "The Aldorian Senate approved the accord by 71 votes to 9 in May 1988.")
    texts = [q.question for q in questions] + [f.subject for f in facts]
    assert not any("How the" in t for t in texts), [t for t in texts if "How the" in t]
    assert any("(the Velmora Accord)" in q.question for q in questions), [q.question for q in questions]


def test_an_idiom_with_left_is_no_withdrawal(lexicon):
    facts = _facts(lexicon, "Aldoria signed the Velmora Accord in 1994.",
                   "The negotiators of 1994 left the door ajar for Marnia, which never joined.")
    assert not [f for f in facts if f.predicate == "withdrew"], [(f.subject, f.value) for f in facts]


# -- B: a live blog's clock time is no part of the sentence -------------------------------------

@pytest.mark.parametrize("paragraph", [
    "14:05 Velmoran officials say the accord was signed in 1994.",
    "09:40 – Velmoran officials say the accord was signed in 1994.",
    "9.40am: Velmoran officials say the accord was signed in 1994.",
    "1405 GMT Velmoran officials say the accord was signed in 1994.",
])
def test_a_clock_time_opening_an_entry_is_not_read(lexicon, paragraph):
    sentences = split_sentences(Article(slug="own", title="Own", paragraphs=(paragraph,)), lexicon)
    assert sentences[0].text.startswith("Velmoran officials"), sentences[0].text
    questions, facts = _questions(lexicon, paragraph)
    assert [f.kind for f in facts] == ["date"], [(f.kind, f.text) for f in facts]
    assert all(not q.question.lstrip("Complete the sentence: ")[:1].isdigit() for q in questions)


def test_the_minutes_of_a_clock_time_count_nothing(lexicon):
    facts = _facts(lexicon, "The envoys met at 14:05 officials' time and signed the Velmora Accord in May 1994.")
    assert not [f for f in facts if f.kind == "quantity"], [(f.text, f.predicate) for f in facts]


# -- C: a label before a colon heads its paragraph ----------------------------------------------

@pytest.mark.parametrize("label", ["Editor's note, added March 2031:", "Update:", "Correction (4 May 2031):"])
def test_a_paragraph_label_is_not_read(lexicon, label):
    questions, facts = _questions(lexicon, f"{label} Aldoria, which ratified the Velmora Accord in 2009, "
                                           "withdrew from it in 2029.")
    assert sorted(f.value for f in facts if f.kind == "date") == ["2009", "2029"], [f.value for f in facts]
    assert not any(label.split()[0] in q.question for q in questions)
    # a colon inside a sentence, or after words that are no label, is the sentence's own
    sentences = split_sentences(Article(slug="own", title="Own", paragraphs=(
        f"{label} Aldoria signed.", "Quotas vary: Aldoria may land 40 tonnes.",
        "Note the dates: 1994 and 1998 matter.")), lexicon)
    assert [s.text for s in sentences] == ["Aldoria signed.", "Quotas vary: Aldoria may land 40 tonnes.",
                                           "Note the dates: 1994 and 1998 matter."]


# -- D: a yearless day after the article's own date, in a past statement, is last year's ---------

def test_a_past_yearless_date_after_the_article_date_is_last_year(lexicon):
    facts = _facts(lexicon,
                   "On 9 November the Aldorian parliament ratified the Velmora Accord; its president "
                   "gave his assent on 23 November.",
                   # a plan, a reported intention, a day before the article's: the article's own year
                   "The Tessalian senate will vote on the Ostrel Treaty on 20 October.",
                   "Marnia said it would ratify the Harbor Pact on 21 October.",
                   "Velmora ratified the Harbor Pact on 2 February.", date="2031-02-16")
    assert [f.value for f in facts if f.kind == "date"] == [
        "2030-11-09", "2030-11-23", "2031-10-20", "2031-10-21", "2031-02-02"], \
        [f.value for f in facts if f.kind == "date"]


# -- E: a book's details line gives no facts ----------------------------------------------------

def test_a_book_details_line_gives_no_facts(lexicon):
    facts = _facts(lexicon, "Tides Held in Check, by Ana Roe (Tessaly Books, 212 pp, £18)",
                   "Aldoria signed the Velmora Accord in 1994.")
    assert [(f.kind, f.value) for f in facts] == [("date", "1994")], [(f.kind, f.text) for f in facts]
