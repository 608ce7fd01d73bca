"""Review 83-86: a side's entry into an event, or a part of an event, dates neither the
whole event; a side right after another verb's object is no holder of a stance word that
is that verb's particle; a false date or wrong choice the sentence prints with an
abbreviated month is ruled out like one printed in full.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions


def test_a_side_entering_an_event_does_not_date_the_event(lexicon):
    questions, facts = _questions(lexicon, "In March 1871, Peru entered the Salt Marsh War on the side of Chile.")
    assert not [q for q in questions if q.type == "short" and "Salt Marsh War" in q.question]
    assert not [f for f in facts if f.kind == "date" and f.subject == "the Salt Marsh War"]
    left, _ = _questions(lexicon, "Chile withdrew from the Velm Conference in May 1880.")
    assert not [q for q in left if q.type == "short" and "Velm Conference" in q.question]


def test_a_part_of_an_event_is_asked_as_that_part(lexicon):
    questions, _ = _questions(lexicon, "The first river battle of the Salt Marsh War was fought on 3 June 1869.")
    shorts = [q for q in questions if q.type == "short"]
    assert shorts and all("first river battle of the Salt Marsh War" in q.question for q in shorts)


def test_a_side_after_another_verb_does_not_back_anything(lexicon):
    _, facts = _questions(lexicon, "Peru seized the southern coast in 1880.",
                          "And it handed Chile back its ports in the south, including the old harbour.")
    assert not [f for f in facts if f.kind == "position" and f.value == "Chile"]
    # a side before its own verb still backs what follows
    _, own = _questions(lexicon, "Peru and Chile back the plan for a shared canal.")
    assert {f.value for f in own if f.kind == "position"} == {"Peru", "Chile"}


def test_a_date_printed_with_a_short_month_is_no_false_value(lexicon):
    questions, _ = _questions(lexicon, "Salt Marsh War Feb 1864 – Sept 1866; the Velm Treaty kept Peru out of it.")
    asked = [q for q in questions if q.type in ("tf", "mcq")]
    assert asked
    for q in asked:
        wrong = [c for c in (q.choices or []) if c != q.answer] if q.type == "mcq" else []
        assert "February 1864" not in wrong and "September 1866" not in wrong, q.choices
        if q.type == "tf" and q.answer == "False":
            assert "September 1866 –" not in q.question and "– February 1864" not in q.question, q.question
