"""Review 33-34: spread date lures, dated-list lines, vote tallies, first person, titles with a place, "1 hundred".

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

import pytest

from own_article import assert_held, questions_of as _questions
from quizgen.extract import extract_facts
from quizgen.model import Article
from quizgen.questions import corpus_questions

PRINTED = ("cloze", "mcq", "tf")

# one year's dates, three of them in one week: the lures of a later date must not be that week
BUSY_YEAR = (
    "The Velmora council met in Aldoria on 2 February 1950.",
    "The Marnian envoys arrived in Aldoria on 5 February 1950.",
    "The Aldorian parliament debated the Velm Accord on 9 February 1950.",
    "Aldorian troops seized the Velm bridge on 11 May 1950.",
    "The Aldorian general election was held on 19 July 1950.",
    "The Velm river flood destroyed the Brin dam on 23 July 1950.",
    "The Aldorian president Ivo Brandt died on 15 September 1950.",
    "The Aldorian republic was proclaimed on 20 November 1950.",
    "The Marnian navy blockaded the port of Brin on 4 March 1950.",
    "The Velmora court fined the Brin mill owners on 27 August 1950.",
    "The Aldorian senate abolished the salt tax on 13 October 1950.",
    "The Marnian king Ivo III abdicated on 8 December 1950.",
)


def test_date_lures_are_not_one_week_beside_an_answer_months_away(lexicon):
    questions, _ = _questions(lexicon, *BUSY_YEAR)
    mcqs = [q for q in questions if q.type == "mcq" and q.kind == "date"]
    assert len(mcqs) >= 6
    for q in mcqs:
        lures = [datetime.strptime(c, "%d %B %Y") for c in q.choices if c != q.answer]
        months = Counter((d.year, d.month) for d in lures)
        assert max(months.values()) < 3, (q.question, q.choices)


def test_false_dates_vary_across_an_article(lexicon):
    questions, _ = _questions(lexicon, *BUSY_YEAR)
    false = [q for q in questions if q.type == "tf" and q.kind == "date" and q.answer == "False"]
    wrong = Counter(re.search(r"\d{1,2} \w+ 1950", q.question).group(0) for q in false)
    assert len(false) >= 3 and max(wrong.values()) <= 2, [q.question for q in false]


@pytest.mark.parametrize("line", [
    "3 May 1961 – Border pact fixes the Velm river line",
    "4 June 1963: the Velm Accord enters into force",
    "1961 — Aldoria and Marnia sign the Velm Accord.",
])
def test_every_line_of_a_dated_list_is_held(lexicon, line):
    body = "The Velm Accord was signed by Aldoria and Marnia on 3 May 1961 in the town of Brin."
    questions, _ = _questions(lexicon, body, line)
    printed = [q for q in questions if q.type in PRINTED and q.sentence == line]
    assert_held(printed, "line of a dated list")
    # a sentence with a dash after its date is no line of a list
    sentence = "The Velm Accord was signed in 1961 – a year of floods in Aldoria."
    questions, _ = _questions(lexicon, sentence)
    assert questions and not any("dated list" in c for q in questions for c in q.checks)


@pytest.mark.parametrize("sentence", [
    "On 7 March 1961 the Velmoran parliament passed the Aldoria Accord by 41 votes to 38.",
    "The Velmoran parliament passed the Aldoria Accord by 41 votes to 38 on 7 March 1961.",
])
def test_vote_lures_keep_the_winner_ahead(lexicon, sentence):
    questions, _ = _questions(lexicon, sentence)
    counts = [q for q in questions if q.kind == "quantity" and q.answer.startswith("41")]
    mcq = [q for q in counts if q.type == "mcq"]
    assert mcq and all(int(c.split()[0]) > 38 for q in mcq for c in q.choices), [q.choices for q in mcq]
    false = [q for q in counts if q.type == "tf" and q.answer == "False"]
    for q in false:
        said = int(q.question.split(" by ")[1].split()[0])
        assert said > 38, q.question


@pytest.mark.parametrize("sentence", [
    "In 1974 our envoys set up the Velmora Agency in Aldoria.",
    "We signed the Velm Accord with Marnia on 3 May 1961.",
    "As I told the Aldorian parliament, the Velm Accord was signed on 3 May 1961.",
])
def test_first_person_without_a_named_speaker_is_held(lexicon, sentence):
    questions, _ = _questions(lexicon, sentence)
    printed = [q for q in questions if q.type in PRINTED]
    assert_held(printed, "speaker's own word")
    # a named speaker says whose "we" it is; "I" after a name is a numeral
    for other in ("Ivo Brandt told envoys in May 1961 that we would sign the Velm Accord.",
                  "Marnia signed Protocol I of the Velm Accord on 3 May 1961."):
        questions, _ = _questions(lexicon, other)
        assert questions and not any("speaker's own word" in c for q in questions for c in q.checks), \
            [(q.question, q.checks) for q in questions]


def test_a_title_goes_on_through_its_place_when_it_is_the_subject(lexicon):
    questions, facts = _questions(
        lexicon, "The Treaty for the Protection of Reefs in Aldoria was opened for signature in 1961. "
                 "It entered into force on 4 June 1963.")
    subjects = {f.subject for f in facts if f.kind == "date"}
    assert "the Treaty for the Protection of Reefs in Aldoria" in subjects, subjects
    assert "the Treaty for the Protection of Reefs" not in subjects
    short = [q for q in questions if q.type == "short" and "enter into force" in q.question]
    assert short and "in Aldoria" in short[0].question and not short[0].checks, \
        [(q.question, q.checks) for q in short]
    # a place of signing after a treaty verb's object is no part of the title
    _, facts = _questions(lexicon, "Marnia signed the Treaty on Coastal Fishing in Velmora on 3 May 1961.")
    assert {f.subject for f in facts if f.kind == "date"} == {"the Treaty on Coastal Fishing"}


def test_a_hundred_is_written_in_figures(lexicon):
    questions, _ = _questions(lexicon, "More than two hundred observers watched the Velmora vote in 1961.",
                              "All 27 provinces of Aldoria ratified the Velm Accord in 1962.")
    texts = [q.answer for q in questions] + [c for q in questions for c in q.choices or []] \
        + [q.question for q in questions]
    assert not any(" hundred " in t and any(ch.isdigit() for ch in t.split(" hundred")[0][-4:]) for t in texts), texts
    assert any("200 observers" in t for t in texts), texts


def _facts_of(lexicon, slug: str, *paragraphs: str):
    article = Article(slug=slug, title=slug, paragraphs=paragraphs)
    return extract_facts(article, lexicon)


def test_agreement_lures_are_named_agreements_when_there_are_enough(lexicon):
    facts = {
        "a": _facts_of(lexicon, "a", "The Velm Missile Treaty was signed in 1987.",
                       "The Velm Missile Treaty banned missiles with ranges between 500 and 900 kilometres."),
        "b": _facts_of(lexicon, "b", "The Brin Accord was signed in 1990."),
        "c": _facts_of(lexicon, "c", "The Cale Convention was signed in 1991."),
        "d": _facts_of(lexicon, "d", "The Dunmere Pact was signed in 1993."),
        "e": _facts_of(lexicon, "e", "The Border agreement was signed in 1958."),
    }
    which = [q for q in corpus_questions(facts, lexicon) if q.question.startswith("Which agreement")]
    assert which and all(len(q.choices) == 4 and not any("Border" in c for c in q.choices) for q in which), \
        [q.choices for q in which]


@pytest.mark.parametrize("lead", ["By", "Since"])
def test_a_false_bound_date_is_earlier_than_the_true_one(lexicon, lead):
    # "By 1961 it had 40 parties" is true of "By 1965" too: only an earlier year makes it false
    later = []
    for year in range(1950, 1980):
        questions, _ = _questions(lexicon, f"{lead} {year} the Velmora Accord had bound {year - 1900} Aldorian provinces.",
                                  "The Velmora Accord was signed in 1949.", "Marnia joined the Velmora Accord in 1991.")
        later += [q.question for q in questions if q.type == "tf" and q.kind == "date" and q.answer == "False"
                  and q.question.startswith(lead) and int(re.search(r"\d{4}", q.question).group(0)) > year]
    assert not later, later
