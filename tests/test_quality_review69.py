"""Review 69-70: "the agreement" of a text whose title names its own agreement is not
glossed with another one the sentence before names; wrong dates for a past event do
not come after the article's own date; a position whose relational noun names only
the side that already speaks ("Peru announced the Peruvian withdrawal") does not say
from what.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

from own_article import assert_held, questions_of as _questions

from quizgen.extract.dates import date_sort_key, find_dates


def test_the_agreement_is_not_glossed_with_the_protocol_the_sentence_before_names(lexicon):
    questions, _ = _questions(lexicon,
                              "Aldoria and its neighbours have quarrelled over the canal for a decade.",
                              "In March 2031 Aldoria also stopped applying the Harbour Protocol.",
                              "Talks in Velmora on restoring the agreement opened in May 2031.",
                              title="Saving What Is Left of the Velmora Agreement")
    asked = [q for q in questions if "restoring the agreement" in q.question]
    assert asked
    assert not [q for q in asked if "Harbour Protocol" in q.question + q.answer]
    assert_held([q for q in asked if q.type in ("cloze", "mcq", "tf")], "does not say which one")


def test_wrong_dates_of_a_past_event_do_not_come_after_the_article(lexicon):
    questions, _ = _questions(lexicon,
                              "Briefing Paper | March 2034",
                              "Talks on the Velm canal tolls resumed on 14 February 2034 after a long pause.")
    asked = [q for q in questions if "canal tolls" in q.question and q.type in ("mcq", "tf")]
    assert asked
    for q in asked:
        texts = list(q.choices or []) + ([q.question] if q.type == "tf" else [])
        for text in texts:
            for d in find_dates(text, lexicon):
                assert date_sort_key(d.value) <= (2034, 3, 31), (q.question, q.choices)


def test_a_withdrawal_owned_by_its_own_speaker_does_not_say_from_what(lexicon):
    questions, _ = _questions(lexicon,
                              "Peruvian President Ana Velm announced the Peruvian withdrawal on 3 June 2029, "
                              "calling the Velm Accord \"an unfair bargain\".")
    asked = [q for q in questions if q.type == "tf" and q.kind == "position" and "withdrawal" in q.question
             and re.match(r"(?:Peru|Ana Velm)\b", q.question)]
    assert asked, [q.question for q in questions]
    assert_held(asked, "does not say of or from what")
