"""Review 23-25: relative clauses, an unnamed convention as object, plans and duties, spans counted from an event.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


SIGNED = "On 2 March 1998 Chile and Peru signed the Lorn Accord in Tarsis."


def test_a_position_after_where_is_held(lexicon):
    questions, _ = _questions(lexicon, SIGNED, "Peru sent envoys to the northern valley, where Chile has "
                              "backed armed groups since 2010, and the talks stalled.")
    mine = [q for q in questions if q.kind == "position" and q.side == "Chile"]
    assert_held(mine, "“where”"), [(q.question, q.checks) for q in mine]


def test_an_unnamed_convention_as_object_is_held(lexicon):
    questions, _ = _questions(lexicon, SIGNED, "Chile signed the Convention on 14 April 2001 and kept to it.")
    mine = [q for q in questions if q.type in ("cloze", "mcq", "tf") and "14 April 2001" in q.sentence]
    assert mine and all(any("“the Convention” does not say which one" == c for c in q.checks) for q in mine), \
        [(q.question, q.checks) for q in mine]
    # the one convention the sentence before names: the question names it too
    named, _ = _questions(lexicon, SIGNED, "The Lorn Convention on river barges was adopted in 1999.",
                          "Chile signed the Convention on 14 April 2001 and kept to it.")
    mine = [q for q in named if q.type in ("cloze", "mcq", "tf") and "14 April 2001" in q.sentence]
    assert mine and all("the Convention (the Lorn Convention)" in q.question for q in mine), \
        [(q.question, q.checks) for q in mine]


def test_an_amount_a_side_is_to_pay_is_held(lexicon):
    questions, _ = _questions(lexicon, SIGNED, "Under the Lorn Accord, Chile is to pay $12 million to Peru for the barges.")
    mine = [q for q in questions if q.kind == "quantity" and "12" in q.answer + q.question]
    assert_held(mine, "“is to pay”"), [(q.question, q.checks) for q in mine]


def test_a_statement_that_prints_a_plan_is_held(lexicon):
    questions, _ = _questions(lexicon, SIGNED, "Chile is to pay for the barges, and Peru keeps the dock it built in 1987.")
    tf = [q for q in questions if q.type == "tf" and "1987" in q.sentence]
    assert_held(tf, "“is to pay”"), [(q.question, q.checks) for q in tf]


def test_a_date_counted_from_entry_into_force_is_not_its_day(lexicon):
    _, facts = _questions(lexicon, SIGNED, "The Lorn Accord's council must meet no later than six months "
                          "after entry into force, that is, by October 1998.")
    dated = [f for f in facts if f.kind == "date" and f.value == "1998-10"]
    assert dated and all(f.predicate != "entered into force" for f in dated), [(f.subject, f.predicate) for f in dated]
