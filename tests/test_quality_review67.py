"""Review 67-68: a date is not the date of an event its sentence counts a span
back to ("fell on D, two years after the accord was signed"); a wrong end that
widens a span ("between March and a later month") makes a true sentence, so it
is no lure and no false version; a name that keeps "of <month>" once its date is
taken out is malformed.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

from own_article import assert_held, questions_of as _questions


_SIGNED = "The Velm Accord was signed by Aldoria and Marnia on 4 March 1950."


def test_a_date_counted_from_is_not_the_signing(lexicon):
    questions, facts = _questions(lexicon, _SIGNED,
                                  "The port of Tarn fell on 3 May 1953, just over three years after the "
                                  "Accord was signed.")
    dated = [f for f in facts if f.kind == "date" and f.value == "1953-05-03"]
    assert dated and all(f.predicate != "signed" for f in dated), [(f.subject, f.predicate) for f in dated]
    shorts = [q for q in questions if q.type == "short" and q.answer == "3 May 1953"]
    assert not [q for q in shorts if not q.checks], [q.question for q in shorts]
    # the verb of the date's own clause still dates it
    _, facts = _questions(lexicon, _SIGNED,
                          "The Velm Accord entered into force on 9 May 1951, a year after it was signed.")
    dated = [f for f in facts if f.kind == "date" and f.value == "1951-05-09"]
    assert [f.predicate for f in dated] == ["entered into force"]


def test_entry_into_force_counted_from_is_not_the_date(lexicon):
    _, facts = _questions(lexicon, _SIGNED,
                          "Marnia closed the border in June 1954, a month before the Accord entered into force.")
    dated = [f for f in facts if f.kind == "date" and f.value == "1954-06"]
    assert dated and all(f.predicate != "entered into force" and not f.subject for f in dated), \
        [(f.subject, f.predicate) for f in dated]


def test_what_ended_is_not_the_accord_counted_from(lexicon):
    _, facts = _questions(lexicon, _SIGNED,
                          "The border war ended on 3 May 1953, two years after the Accord was signed.")
    dated = [f for f in facts if f.kind == "date" and f.value == "1953-05-03"]
    assert dated and all(f.subject != "the Velm Accord" for f in dated), [(f.subject, f.predicate) for f in dated]


_AIRLIFT = ("During the Velm airlift, Aldoria flew about 700 refugees out of Tarn between March and "
            "June 1951.")
_OTHER_DATES = ("Marnia opened its border in August 1951.", "Aldoria held elections in October 1951.",
                "The Tarn bridge was finished in September 1952.", "The Tarn dam was finished in April 1950.",
                "The Velm road was finished in February 1951.")


def _month_key(text: str) -> tuple[int, int]:
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    m = re.fullmatch(r"(\w+) (\d{4})", text)
    assert m, text
    return int(m.group(2)), months.index(m.group(1)) + 1


def test_a_later_end_of_a_span_is_no_lure(lexicon):
    questions, _ = _questions(lexicon, _AIRLIFT, *_OTHER_DATES)
    asked = [q for q in questions if q.type == "mcq" and q.answer == "June 1951"]
    assert asked
    for q in asked:
        wrong = [c for c in q.choices if c != q.answer]
        # no end before the span's start ("between March and February 1951"); a later one, which the
        # statement would still be true of, holds the question
        assert all(_month_key(c) > (1951, 3) for c in wrong), q.choices
        assert all(_month_key(c) < (1951, 6) for c in wrong) or any("widens" in c for c in q.checks), q.checks


def test_a_later_end_of_a_span_is_no_false_statement(lexicon):
    questions, _ = _questions(lexicon, _AIRLIFT, *_OTHER_DATES)
    false = [q for q in questions if q.type == "tf" and q.answer == "False" and "about 700" in q.question]
    for q in false:
        said = re.search(r"between March and (\w+ \d{4})", q.question).group(1)
        assert _month_key(said) < (1951, 6), q.question


def test_an_earlier_start_of_a_span_is_no_lure(lexicon):
    questions, _ = _questions(lexicon,
                              "During the Velm airlift, Aldoria flew about 700 refugees out of Tarn from "
                              "June 1951 to December 1953.", *_OTHER_DATES)
    asked = [q for q in questions if q.type == "mcq" and q.answer == "June 1951"]
    assert asked
    for q in asked:
        wrong = [c for c in q.choices if c != q.answer]
        assert all(_month_key(c) > (1951, 6) for c in wrong), q.choices


def test_a_name_keeps_no_month_of_its_date(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Velm Tarn conference of May 1921 then divided the river valley "
                                  "between Aldoria and Marnia.")
    assert not [f for f in facts if re.search(r"\bof May$", f.subject)], [f.subject for f in facts]
    shorts = [q for q in questions if q.type == "short" and q.answer == "May 1921"]
    assert shorts and not [q for q in shorts if "of May" in q.question], [q.question for q in shorts]


def test_a_name_ending_in_a_month_is_malformed(lexicon):
    from quizgen.questions import _dangling_end
    assert _dangling_end("the Velm summit of May", lexicon) == "of May"
    assert _dangling_end("the Velm summit in", lexicon) == "in"
    assert _dangling_end("the Treaty of Velm", lexicon) == ""
    assert _dangling_end("the suspension of grain sales", lexicon) == ""
