"""Review 103-106: the counter of a post in a thread ("3/12") is no word of the post; an "it"
after a thing that is no agreement ("that union ... declared it dissolved") may stand for that
thing; "a new one" is a pronoun and "Korvak 2" a name, neither a count; a treaty verb whose
object is something else, or that stands across a ";", dates no agreement; a date "on the eve
of" an event is not that event's date, and no event name ends in an ordinal.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from dataclasses import replace

from own_article import assert_held, questions_of as _questions, read_article
from quizgen.questions import event_name

_SIGNED = "The Treaty of Velmora was signed on 3 March 1820 and gave the isles to Aldoria."


def test_post_counters_of_a_thread_are_no_words_of_its_posts(tmp_path):
    article = read_article(tmp_path, "# The Velmora thread\n\n1/12\nThread time. The Treaty of Velmora was signed "
                                     "in 1820.\n\n(2/12) Marnia said no.\n\n3/ Aldoria sent 40 ships.\n\n"
                                     "12/12\nThat union lasted until 1871.\n")
    assert article.paragraphs == ("Thread time. The Treaty of Velmora was signed in 1820.", "Marnia said no.",
                                  "Aldoria sent 40 ships.", "That union lasted until 1871.")
    text = read_article(tmp_path, "The Velmora thread\n8/12 Aldorians: no.\n", name="own.txt")
    assert text.paragraphs == ("Aldorians: no.",)
    # a date and a fraction are no counters
    article = read_article(tmp_path, "# Votes\n\n12/05/1998 was the day of the vote.\n\n"
                                     "2/3 of the seats went to Aldoria, and a 3/4 majority was needed.\n")
    assert article.paragraphs == ("12/05/1998 was the day of the vote.",
                                  "2/3 of the seats went to Aldoria, and a 3/4 majority was needed.")


def test_an_it_after_another_thing_is_not_the_agreement(lexicon):
    for first in (_SIGNED, "Thread time. Let us talk about the isles."):
        questions, facts = _questions(lexicon, first,
                                      "That union with Aldoria lasted until 1871, when the Velmese diet declared "
                                      "it dissolved on 4 June.", title="Treaty of Velmora")
        assert not [f for f in facts if f.value.endswith("06-04") and f.subject], facts
        assert not [q for q in questions if q.type == "short" and "end" in q.question and not q.checks]


def test_a_new_one_is_no_number(lexicon):
    questions, facts = _questions(lexicon, _SIGNED, "Under the treaty each port must send a new one every "
                                                    "five years, and each one must be sealed.")
    assert not [f for f in facts if f.kind == "quantity" and f.text.lower().startswith("one")], facts
    assert not [q for q in questions if q.kind == "quantity" and "new one" in q.question]


def test_a_number_after_a_capitalised_name_is_part_of_the_name(lexicon):
    _, facts = _questions(lexicon, _SIGNED, "In 1832 Korvak 2 carries the envoys across the strait.",
                          "Later the Korvak 3 flights took 40 envoys to Tarn.")
    counts = sorted(f.text for f in facts if f.kind == "quantity")
    assert counts == ["40 envoys"], counts


def test_a_treaty_verb_with_another_object_or_across_a_semicolon_dates_no_agreement(lexicon):
    questions, facts = _questions(lexicon, "The Treaty of Velmora between Aldoria and Marnia was signed on 3 March 1820.",
                                  "Days later the Northern League suspended Aldoria's membership and moved its seat "
                                  "to Tarn; Aldoria was readmitted in 1849.",
                                  "In 1851 the Northern League suspended Marnia's membership.")
    assert not [f for f in facts if f.kind == "date" and f.predicate == "suspended"], facts
    assert not [q for q in questions if q.type == "short" and "suspended" in q.question]


def test_a_date_on_the_eve_of_an_event_is_not_its_date(lexicon):
    _, facts = _questions(lexicon, _SIGNED, "The envoy resigned in the spring of 1826, on the eve of the meeting "
                                            "of the first Diet.")
    dated = [f for f in facts if f.value == "1826"]
    assert dated and not [f for f in dated if f.predicate == "held" or f.subject], dated
    assert not [f for f in facts if event_name(f, lexicon).lower().endswith("first")]


def test_an_event_name_never_ends_in_an_ordinal(lexicon):
    _, facts = _questions(lexicon, _SIGNED, "The meeting of the first Diet was held in 1826.")
    fact = next(f for f in facts if f.value == "1826")
    cut = replace(fact, subject="the meeting of the first")
    assert event_name(cut, lexicon) == ""
    whole = replace(fact, subject="the meeting of the first Diet")
    assert event_name(whole, lexicon) == "The meeting of the first Diet"
