"""Review 49-50: a possessive owned by the one name that opens its clause refers to nothing
outside the question; a short label before a colon ("Today's highlight in history:") is no
word of the sentence; a number the named subject's own verb takes belongs to that subject.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


def _of(questions, text):
    return [q for q in questions if text in q.question and q.type in ("cloze", "mcq", "tf")]


def test_a_possessive_owned_by_the_named_subject_of_its_own_clause_is_no_outside_reference(lexicon):
    questions, _ = _questions(lexicon, "The Velmora Treaty ended the war between Aldoria and Marnia in 1850.",
                              "Marnia ceded about 12,000 square miles, some 40 percent of its territory.")
    ceded = _of(questions, "ceded about")
    assert ceded and all(not any("“its”" in c for c in q.checks) for q in ceded), [q.checks for q in ceded]
    assert [q for q in ceded if q.answer == "12,000 square miles" and not q.checks]
    # not when another noun, a clause break or a reaction to another's act stands between
    questions, _ = _questions(lexicon, "Marnia asked the council to cut its budget by 40 percent in 1851.",
                              "Aldoria ceded about 300 acres, while its neighbour kept 60 percent in 1852.",
                              "Tessaly welcomed its ruling in May 1853.")
    assert_held(_of(questions, "cut its budget"), "“its” refers to something outside")
    assert_held(_of(questions, "while its neighbour"), "“its” refers to something outside")
    assert_held(_of(questions, "welcomed its ruling"), "“its” refers to something outside")


def test_a_label_before_a_colon_is_no_part_of_the_sentence(lexicon):
    questions, _ = _questions(lexicon, "Today's highlight in history: On 13 September 1993, Aldoria and "
                                       "Marnia signed the first of the Velmora Accords at Port Tessaly.")
    signed = _of(questions, "13 September 1993") + _of(questions, "_____, Aldoria")
    assert signed and all("highlight" not in q.question for q in signed), [q.question for q in signed]
    assert [q for q in signed if not q.checks], [q.checks for q in signed]


def test_a_number_the_named_subjects_verb_takes_belongs_to_that_subject(lexicon):
    questions, _ = _questions(lexicon, "Marnia and Aldoria met at Port Tessaly in 1850.",
                              "Aldoria agreed to pay $15 million and to assume up to $3 million of claims.")
    pay = _of(questions, "agreed to pay")
    assert pay and all("does not name what this number" not in c for q in pay for c in q.checks), \
        [(q.question, q.checks) for q in pay]
    assert [q for q in pay if q.answer == "$15 million" and not q.checks]
    # not a count whose members the sentence lists, nor a bare plural subject
    questions, _ = _questions(lexicon, "Marnia met Aldoria at Port Tessaly in 1850.",
                              "Aldoria kept three harbours: Velport, Ostra and Kelm.",
                              "Delegates declared about 7,000 tonnes of grain.")
    assert_held(_of(questions, "three harbours") + _of(questions, "_____ harbours"),
                "does not name what this number belongs to")
    assert_held(_of(questions, "declared about"), "does not name what this number belongs to")
