"""Review 62-66: a day written as it is spoken ("the twenty-second of May 1871") is a
day, and its ordinal no count; "passed to" hands over, it adopts nothing; the "It" of
a cleft sentence ("It was only on D that ...") stands for nothing; a capital that only
opens a label ("Carved treaty text.") makes no agreement's name.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

from own_article import assert_held, questions_of as _questions


def test_a_spoken_day_is_a_day_and_its_ordinal_no_count(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Velm Accord was signed by Aldoria and Marnia on the twenty-second of May 1871.",
                                  "The Marnian assembly first met on the twenty-fifth of June.",
                                  "The Tessaly Pact was ratified on March the fourth, 1873.")
    dates = {f.value for f in facts if f.kind == "date"}
    assert {"1871-05-22", "1873-03-04"} <= dates
    assert not [f for f in facts if f.kind in ("quantity", "range")], [(f.kind, f.value) for f in facts]
    short = [q for q in questions if q.type == "short" and "Velm Accord" in q.question]
    assert short and short[0].answer == "22 May 1871"
    # the blank takes the spoken day's "the": no "on the 4 March 1873" in a choice or a statement
    printed = [q for q in questions if q.type in ("mcq", "tf")]
    assert printed and not [q for q in printed if re.search(r"\bthe \d{1,2} [A-Z]", q.question)
                            or re.search(r"\bthe _____ ", q.question)], [q.question for q in printed]


def test_powers_passed_to_a_council_adopted_nothing(lexicon):
    questions, facts = _questions(lexicon,
                                  "It was only on 2 December 1899 that powers passed to the new council, and on "
                                  "the same day the Velm Accord entered into force.")
    assert not [f for f in facts if f.predicate == "adopted"]
    assert not [q for q in questions if "adopted" in q.question]


def test_the_it_of_a_cleft_sentence_stands_for_nothing(lexicon):
    questions, _ = _questions(lexicon,
                              "The Treaty of Velm was signed by Aldoria and Marnia in 1878.",
                              "It was not until 9 June 1880 that the Treaty of Velm was ratified by Aldoria.",
                              "It was in 1882 that Marnia ratified the Treaty of Velm.")
    cleft = [q for q in questions if q.question.startswith(("It was not until", "It was in"))]
    assert cleft and not [q for q in cleft if any("“It”" in c for c in q.checks)], \
        [(q.question, q.checks) for q in cleft]
    # an "It" that is the subject still stands for something outside
    held, _ = _questions(lexicon,
                         "The Treaty of Velm was signed by Aldoria and Marnia in 1878.",
                         "It was so weak by 1881 that Marnia left it.",
                         "It was ratified in 1883 by Marnia.")
    subject = [q for q in held if q.question.startswith("It was") and q.type in ("cloze", "mcq", "tf")]
    assert_held(subject, "“It” refers to something outside the question")


def test_a_labels_opening_capital_makes_no_agreement_name(lexicon):
    questions, facts = _questions(lexicon,
                                  "**Carved treaty text.** Limestone, found at Velmora in 1906.",
                                  "About 13 years after the treaty, the king of Aldoria married a princess of Marnia.",
                                  "Bilateral agreement talks began in 1907 between Aldoria and Marnia.")
    assert not [f for f in facts if "Carved" in f.subject or "Bilateral" in f.subject], \
        [(f.kind, f.subject) for f in facts]
    assert not [q for q in questions if "(the Carved" in q.question]
