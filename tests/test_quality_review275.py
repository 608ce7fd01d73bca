"""Reviews 275-282: "critics on both sides" are no sides; a reading list's book dates nothing; the end of a
span comes after its start; the answer's day in one other year among other dates points at the answer.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

from own_article import questions_of


def test_critics_on_both_sides_are_not_the_sides(lexicon):
    _, facts = questions_of(lexicon, "Russia and Ukraine signed the Velm Accord in 2001.",
                            "Critics on both sides complain that the accord has too often meant jobs without duties.")
    assert not [f for f in facts if f.kind == "position"]
    _, facts = questions_of(lexicon, "Russia and Ukraine signed the Velm Accord in 2001.",
                            "Both sides complain that the accord has meant jobs without duties.")
    assert sorted(f.side for f in facts if f.kind == "position") == ["Russia", "Ukraine"]


def test_a_book_in_a_reading_list_dates_nothing(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was signed in 1920.",
                                "Ana Ruiz, Peacemakers: The Osk Conference of 1919 and Its Attempt to End War "
                                "(London: Brin Press, 2001).")
    shorts = {q.answer: q for q in questions if q.type == "short"}
    assert not shorts["1920"].checks
    assert any("has no verb" in c for c in shorts["2001"].checks)


def test_the_end_of_a_span_is_after_its_start(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was signed on 6 February 1840 and ratified in May 1841.",
                                "Copies of the Velm Treaty travelled around Osk from February to September 1840.",
                                "Brin joined it in March 1838 and Osk in June 1836.")
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    mcq = [q for q in questions if q.type == "mcq" and q.answer == "September 1840"]
    for q in mcq:
        wrong = [c.split() for c in q.choices if c != q.answer]
        assert all((int(y), months.index(m)) > (1840, 1) for m, y in wrong), q.choices
    tf = [q for q in questions if q.type == "tf" and q.answer == "False" and "from February to" in q.question]
    assert all("to February 1840" not in q.question and "1838" not in q.question for q in tf)


def test_the_answer_s_day_in_one_other_year_is_no_choice_beside_other_days(lexicon):
    questions, _ = questions_of(
        lexicon, "The Velm Treaty was signed on 4 June 1920.",
        "Osk ratified the Velm Treaty on 13 November 1920, and it entered into force on 26 July 1921.",
        "Brin made a separate peace with Osk on 29 August 1921, and a plebiscite followed on 16 December 1921.")
    for q in questions:
        if q.type != "mcq" or not re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", q.answer):
            continue
        day = q.answer.rsplit(" ", 1)[0]
        twins = [c for c in q.choices if c != q.answer and c.startswith(day + " ")]
        assert not twins or len(twins) == len(q.choices) - 1, q.choices


def _held_for_unnamed(questions, answer: str) -> bool:
    return any("does not name what this" in c for q in questions if q.answer == answer for c in q.checks)


def test_an_office_of_a_named_owner_names_whose_date_it_is(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Party's First Minister resigned in February 2022 in protest.")
    assert not _held_for_unnamed(questions, "February 2022")
    questions, _ = questions_of(lexicon, "The First Minister resigned in February 2022 in protest.")
    assert _held_for_unnamed(questions, "February 2022")


def test_three_capitalised_words_after_the_are_a_name(lexicon):
    questions, _ = questions_of(lexicon, "The Joint Coordination Centre was established in Brin on 27 July 2022.")
    assert not _held_for_unnamed(questions, "27 July 2022")
    questions, _ = questions_of(lexicon, "The World Fund was set up in 1990.")
    assert _held_for_unnamed(questions, "1990")


def test_a_measure_of_a_named_place_owns_its_number(lexicon):
    questions, _ = questions_of(lexicon, "The turnout in Northern Ireland was 81 per cent.")
    assert not _held_for_unnamed(questions, "81 per cent")
    questions, _ = questions_of(lexicon, "The turnout was 81 per cent.")
    assert _held_for_unnamed(questions, "81 per cent")


def test_an_it_in_a_glossary_entry_is_the_entry_s_term(lexicon, tmp_path):
    from quizgen.extract import extract_facts
    from own_article import read_article
    article = read_article(tmp_path, "# Velm from A to Z\n\n"
                           "**Velm Treaty.** The Treaty on the Limitation of Velm Systems, signed in Osk on 26 May "
                           "1972 by Ana Ruiz and Ivo Brandt.\n\n"
                           "**Back channel.** The private line between Ruiz and the Brin ambassador. It broke the "
                           "deadlock of the talks on 20 May 1971.\n\n"
                           "**Protocol of 1974.** Signed in Osk on 3 July 1974 by Ruiz and Brandt, it cut the number "
                           "of sites from two to one.\n\n"
                           "**Over 120.** The number of parties to the treaty today. It was opened for signature in "
                           "Osk on 8 August 1963.\n")
    dated = {f.value: f.subject for f in extract_facts(article, lexicon) if f.kind == "date"}
    assert dated["1971-05-20"] == "" and dated["1974-07-03"] == ""
    # an entry whose own sentences refer to the treaty: its "It" is the treaty's
    assert dated["1963-08-08"] != ""
