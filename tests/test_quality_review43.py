"""Review 43-44: a count whose items a colon lists, a false count that keeps its noun's words, a bounded
count asked with choices the bound makes true, and an agreement named after "was".

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions

_LISTED = ("The Velmora Compact was opened for signature on 3 May 1921 in Aldor, Brin and Cale, the seats "
           "of its three founding governments: the Aldorian Republic, the Brinish Crown and the Calean League.")


def test_a_count_whose_items_a_colon_lists_is_held(lexicon):
    questions, _ = _questions(lexicon, _LISTED)
    counted = [q for q in questions if q.kind == "quantity" and q.type in ("cloze", "mcq")]
    assert_held(counted, "lists the members")


def test_a_false_count_in_words_changes_only_the_number(lexicon):
    questions, _ = _questions(lexicon, "Under the Velmora Compact Aldoria sent five river barges to Brin in 1921.",
                              "Tessaly sent 12 barges and Marnia 20 barges in the same year.")
    false = [q for q in questions if q.kind == "quantity" and q.type == "tf" and q.answer == "False"
             and "to Brin" in q.question]
    assert false and all("river barges to Brin" in q.question for q in false), [q.question for q in false]


def test_a_false_count_before_a_hyphened_word_keeps_that_word(lexicon):
    questions, _ = _questions(lexicon, "The Velmora Compact recognises four sea-faring states in the gulf.",
                              "Aldoria counted 12 ports and 30 harbours in 1921.")
    tf = [q for q in questions if q.type == "tf" and "states in the gulf" in q.question]
    assert tf and all("sea-faring states" in q.question for q in tf), [q.question for q in tf]


def test_a_lower_bound_is_not_asked_with_smaller_choices(lexicon):
    questions, _ = _questions(lexicon, "At least four ports besides Aldor stayed outside the Velmora Compact in 1921.",
                              "Brin had 2 ports in 1930, Cale 3 ports in 1940 and Dorn 6 ports in 1950.")
    mcq = [q for q in questions if q.kind == "quantity" and q.type == "mcq" and "besides Aldor" in q.question]
    assert mcq
    for q in mcq:
        smaller = [c for c in q.choices if c != q.answer and float(c.split()[0]) < 4]
        assert not smaller or any("“at least …” is true of the smaller choices too" in c for c in q.checks), \
            (q.choices, q.checks)


def test_an_upper_limit_with_larger_choices_is_held(lexicon):
    questions, _ = _questions(lexicon, "Under the Velmora Compact each state may keep up to 12 warships in the gulf.",
                              "Aldoria had 30 warships and Marnia 45 warships in 1921, and Tessaly 60 warships.")
    mcq = [q for q in questions if q.kind == "quantity" and q.type == "mcq" and "up to" in q.question]
    bigger = [q for q in mcq if any(float(c.split()[0].replace(",", "")) > 12 for c in q.choices)]
    assert_held(bigger, "“up to …” is true of the larger choices too")


def test_an_agreement_named_after_was_is_the_parties_subject(lexicon):
    _, facts = _questions(lexicon, "The first settlement was the Peace of Velmora, signed on 3 May 1921 by "
                          "Chile and Peru and ratified on 9 June 1921.")
    parties = [f for f in facts if f.kind == "parties"]
    assert parties and all(f.subject == "the Peace of Velmora" for f in parties), [f.subject for f in parties]
