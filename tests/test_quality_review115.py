"""Review 115-122: a speaker's title, name and colon opening a paragraph of a written answer
("Mr. Velm:") is who speaks, no word of the sentence; a span that is the distance between
two dates of its own sentence gives itself away; a year inside an event's name ("the Rising
of 1790") is no date; common title words before an agreement's name ("the General Framework
Agreement for …") are part of that name; a date offered in another calendar after "or" ("D1 by the Julian
calendar, or D2 by the Gregorian") is the same day written twice.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions, read_article


def test_a_title_and_a_name_before_a_colon_are_no_words_of_the_sentence(lexicon, tmp_path):
    article = read_article(tmp_path, "# Velm pact\n\n**Mrs. Ostrel:** The Velm Pact was signed on 4 May 1931 "
                                     "in Brinmouth and gave the isles to Aldoria.\n")
    for paragraph in (article.paragraphs[0], "Baroness Ostrel (Brinmouth): The Velm Pact was signed on 4 May 1931 "
                      "in Brinmouth and gave the isles to Aldoria.",
                      "The Minister: The Velm Pact was signed on 4 May 1931 in Brinmouth and gave the isles "
                      "to Aldoria."):
        questions, facts = _questions(lexicon, paragraph)
        assert facts and all(f.sentence.startswith("The Velm Pact was signed") for f in facts)
        assert questions and not [q for q in questions if "Ostrel" in q.question or "Minister" in q.question]
    # a name that says something before its colon is the sentence's own
    _, facts = _questions(lexicon, "Mr. Ostrel said: The Velm Pact was signed on 4 May 1931 in Brinmouth.")
    assert facts and all(f.sentence.startswith("Mr. Ostrel said") for f in facts)


def test_common_title_words_before_an_agreement_name_are_part_of_it(lexicon):
    # without its speaker's label the paragraph opens with the name: "It" is still the whole agreement
    _, facts = _questions(lexicon, "Mr. Ostrel: The General Framework Agreement for Peace in Velmora was initialled "
                                   "on 21 March 1990 at Brinmouth. It was signed in Velm on 4 May 1990.")
    signed = [f for f in facts if f.kind == "date" and f.value == "1990-05-04"]
    assert signed and signed[0].subject == "the General Framework Agreement for Peace in Velmora"


def test_a_span_between_two_dates_of_its_sentence_gives_itself_away(lexicon):
    questions, _ = _questions(lexicon, "The Velm Pact was signed on 24 March 1931 in Brinmouth, after two weeks "
                                       "of talks which had opened on 10 March.")
    asked = [q for q in questions if q.fact.startswith("quantity") and q.type in ("cloze", "mcq", "tf")]
    assert len(asked) == 3
    assert_held(asked, "it is the time between two of its dates")
    # a span that is not the distance between them is asked
    other, _ = _questions(lexicon, "The Velm Pact was signed on 24 March 1931 in Brinmouth, after six weeks "
                                   "of talks which had opened on 10 March.")
    asked = [q for q in other if q.fact.startswith("quantity")]
    assert asked and not [q for q in asked if any("time between two of its dates" in c for c in q.checks)]


def test_a_year_inside_an_event_name_is_no_date(lexicon):
    questions, facts = _questions(lexicon, "During the Rising of 1790, the lakes of Velmora were a battlefield.")
    assert not [f for f in facts if f.kind == "date"]
    assert not [q for q in questions if "1790" in q.answer or "Rising of 17" in q.question and q.type == "tf"]
    # the years of a span are the event's own
    _, facts = _questions(lexicon, "The Velm Treaty ended the Ostrel War of 1790–1794.")
    assert [f for f in facts if f.kind == "date" and f.value == "1790"]
    # an agreement's year is its date
    _, facts = _questions(lexicon, "The Treaty of 1790 fixed the border of Aldoria.")
    assert [f for f in facts if f.kind == "date" and f.value == "1790"]


def test_a_date_offered_in_another_calendar_after_or_is_one_day(lexicon):
    questions, facts = _questions(lexicon, "The Velm Treaty was signed on 3 March 1702 by the Julian calendar "
                                           "then used in Aldoria, or 14 March by the Gregorian, at a camp "
                                           "near Ostrel.")
    dates = [f for f in facts if f.kind == "date"]
    assert len(dates) == 2 and all(f.extra.get("calendar_twin") for f in dates)
    shorts = [q for q in questions if q.type == "short"]
    ready = [q for q in shorts if not q.checks]
    assert len(ready) == 1 and ready[0].answer == "3 March 1702"
    assert ready[0].answer_note == "also written 14 March 1702, in the other calendar"
    # neither blank is asked while its twin is printed beside it
    assert_held([q for q in questions if q.type in ("cloze", "mcq")], "in another calendar")
