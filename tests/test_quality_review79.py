"""Review 79-82: a unit of area written out ("one square kilometre") is an area, never the
length its last word names; "back" after the object of another verb ("draw X back into") is
a particle, and the object of an infinitive ("an attempt to draw X ...") holds no stance; "X
ended with an agreement on D" dates X's end, not the agreement's; the parties of "the deal
between X and Y" in a clause set against the one before ("…, but …") are not the parties of
the agreement the sentence is about.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions


def test_a_square_kilometre_is_an_area_not_a_length(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Velm Treaty was signed on 2 May 1890. Under the Velm Treaty, Aldoria "
                                  "gave up an islet of about one square kilometre.",
                                  "Under the Velm Treaty, Aldoria also ceded a forest of 40 square kilometres "
                                  "and a road 300 kilometres long.")
    islet = [f for f in facts if f.text == "one square kilometre"]
    assert islet and all(f.extra["unit"] == "square kilometers" and "converted" not in f.extra for f in islet)
    asked = [q for q in questions if q.type == "mcq" and "islet of about _____" in q.question]
    assert asked and all(q.answer == "1 square kilometer" for q in asked)
    assert not [c for q in asked for c in q.choices if c.endswith(" km")]


def test_a_square_unit_the_list_lacks_is_never_read_as_a_length(lexicon):
    _, facts = _questions(lexicon, "The Velm Treaty gave Aldoria a marsh of 3 square leagues and "
                                   "a lake of two square metres.")
    assert not [f for f in facts if f.kind == "quantity" and f.extra["unit"] in ("leagues", "m")]


def test_back_after_the_object_of_another_verb_is_no_stance(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Velm Pact was signed on 3 June 1922 by Portugal and Norway.",
                                  "The pact was Lord Brant's attempt to draw Norway back into the northern "
                                  "grain trade.",
                                  "Lord Brant hoped to bring Portugal back to the table, but Portugal backed "
                                  "away from the talks.")
    assert not [f for f in facts if f.kind == "position"]
    assert not [q for q in questions if "backed into" in q.question or "backed away" in q.question]


def test_the_object_of_an_infinitive_holds_no_stance(lexicon):
    _, facts = _questions(lexicon,
                          "The Velm Pact was signed on 3 June 1922 by Portugal and Norway.",
                          "The pact was Lord Brant's bid to make Norway accept the northern grain quota.")
    assert not [f for f in facts if f.kind == "position" and f.side == "Norway"]


def test_what_a_crisis_ended_with_did_not_end(lexicon):
    questions, _ = _questions(lexicon,
                              "The Velm–Tarn crisis began in May 1911. The Velm–Tarn crisis ended with the "
                              "Velm Accord on 4 November 1911.")
    assert not [q for q in questions if "Velm Accord end" in q.question or "Velm Accord terminated" in q.question]
    # the sentence itself is still a fair blank
    assert [q for q in questions if q.type == "cloze" and "[[4 November 1911]]" in q.question and not q.checks]


def test_the_deal_of_a_contrasting_clause_gives_no_parties(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Treaty of Velm was signed in 1912. It was presented as an agreement "
                                  "between Portugal and the emir, but it was shaped by the deal between "
                                  "Portugal and Norway.")
    assert not [f for f in facts if f.kind == "parties"]
    assert not [q for q in questions if "parties" in q.question]
    # an agreement the contrasting clause names keeps its own parties
    _, named = _questions(lexicon,
                          "The Treaty of Velm was signed in 1912 by Portugal and Mali, while the Velm Protocol "
                          "between Portugal and Norway followed in 1913.")
    assert {(f.subject, f.value) for f in named if f.kind == "parties"} == {
        ("the Treaty of Velm", "Portugal and Mali"), ("the Velm Protocol", "Portugal and Norway")}
