"""Review 62-64: a bare definite noun that stands for the sentence before ("The
compromise", "the same duties") does not say which one; a singular "it" in a
position several sides hold together is not any one of them; a comparative of
time before a bare noun ("a later start") does not say of what.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


_QUARREL = ("Aldoria wanted the richer states to pay for the new canal, while Marnia refused "
            "to open a common fund.")


def test_the_compromise_opening_a_sentence_does_not_say_which_one(lexicon):
    questions, _ = _questions(lexicon, _QUARREL,
                              "The compromise came with the Velm Amendment of 1871, which set up a canal fund.")
    asked = [q for q in questions if "compromise" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "does not say which one")


def test_the_same_duties_do_not_say_the_same_as_what(lexicon):
    questions, _ = _questions(lexicon, _QUARREL,
                              "Marnia was given seven years to meet the same duties and finished the canal "
                              "works in 1884.")
    asked = [q for q in questions if "same duties" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "“the same duties” does not say which one")
    # what they are compared with says which
    compared, _ = _questions(lexicon, _QUARREL,
                             "Marnia was given seven years to meet the same duties as Aldoria and finished "
                             "the canal works in 1884.")
    asked = [q for q in compared if "same duties" in q.question]
    assert asked and not [q for q in asked if any("same duties" in c for c in q.checks)]


def test_a_shared_it_split_among_its_holders_is_held(lexicon):
    questions, _ = _questions(lexicon,
                              "The Treaty of Velm was signed by Peru, Paraguay and Uruguay on 4 May 1850.",
                              "Peru called the treaty unjust, while Paraguay and Uruguay insisted that it had "
                              "merely confirmed the old river border.")
    asked = [q for q in questions if q.type == "tf" and "merely confirmed" in q.question
             and "that it had" in q.question]
    assert len(asked) == 2
    assert_held(asked, "“it” refers to something outside the question")


def test_a_later_start_does_not_say_of_what(lexicon):
    questions, _ = _questions(lexicon,
                              "Under the Velm Accord the canal tolls are to be cut from 1880.",
                              "Reports suggest that Peru pressed for a later start for ports with "
                              "shallow harbours.")
    asked = [q for q in questions if q.type == "tf" and "later start" in q.question]
    assert_held(asked, "does not say of what")
