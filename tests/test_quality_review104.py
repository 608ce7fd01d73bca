"""Review 103-106: nouns that do not say whose or from what ("the announcement",
"the withdrawal of Aldoria"), verbs that lost their object ("Marnia attacked on
4 May"), a box's heading before a colon printed as part of the question, and
choices that the order words of the stem ("followed") rule out.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions

from quizgen.extract.dates import date_sort_key
from quizgen.questions import _iso

_PRINTED = ("cloze", "mcq", "tf")


def test_a_bare_announcement_and_exit_do_not_say_whose(lexicon):
    questions, _ = _questions(lexicon, "Aldoria left the Velm Pact after a long quarrel with Marnia.",
                              "The announcement came in 1931; the exit took effect in 1933.")
    asked = [q for q in questions if "announcement" in q.question and q.type in _PRINTED]
    assert_held(asked, "“The announcement” does not say which one")
    assert_held(asked, "“exit” does not say from what")


def test_a_withdrawal_without_from_does_not_say_from_what(lexicon):
    questions, _ = _questions(lexicon, "President Orsk of Aldoria announced the withdrawal of Aldoria on 4 June 1931.")
    asked = [q for q in questions if "withdrawal" in q.question and q.type in _PRINTED]
    assert_held(asked, "“withdrawal” does not say from what")
    said, _ = _questions(lexicon, "President Orsk of Aldoria announced the withdrawal of Aldoria from the Velm "
                                  "Treaty on 4 June 1931.")
    asked = [q for q in said if "withdrawal" in q.question]
    assert asked and not [q for q in asked if any("from what" in c for c in q.checks)]


def test_a_verb_of_attack_without_its_object_does_not_say_whom(lexicon):
    questions, _ = _questions(lexicon, "Marnia attacked on 26 July 1831.")
    asked = [q for q in questions if "attacked" in q.question and q.type in _PRINTED]
    assert_held(asked, "“attacked” does not say whom or what")
    for text in ("Marnia attacked Velmora on 26 July 1831.", "Velmora was attacked on 26 July 1831."):
        said, _ = _questions(lexicon, text)
        assert not [q for q in said if any("whom" in c for c in q.checks)], text


def test_a_heading_before_a_colon_is_not_printed(lexicon):
    questions, _ = _questions(lexicon, "How it works: each member of the Velm Pact pays a toll of 40 crowns "
                                       "that was set on 4 May 1871.")
    asked = [q for q in questions if q.type in _PRINTED and "toll" in q.question]
    assert asked
    assert not [q for q in asked if "How it works" in q.question]
    assert not [q for q in asked if any("“it”" in c for c in q.checks)]
    kept, _ = _questions(lexicon, "The reason was simple: the Velm Pact set the toll at 40 crowns on 4 May 1871.")
    asked = [q for q in kept if q.type == "cloze"]
    assert asked and all(q.question.startswith("The reason was simple:") for q in asked)


def test_choices_after_followed_come_after_the_earlier_date(lexicon):
    questions, _ = _questions(lexicon,
                              "Aldoria ratified the Velm Treaty on 2 July 1831, and Marnia followed on "
                              "5 September 1831.",
                              "The Harbour Accord was signed on 3 March 1829 and the Tarn Pact on 9 May 1830.",
                              "The Osk Convention dates from 12 June 1828, the Brel Charter from 4 April 1833.")
    mcq = [q for q in questions if q.type == "mcq" and q.answer == "5 September 1831"]
    assert mcq, [q.question for q in questions]
    floor = date_sort_key("1831-07-02")
    assert all(date_sort_key(_iso(c)) > floor for c in mcq[0].choices), mcq[0].choices
