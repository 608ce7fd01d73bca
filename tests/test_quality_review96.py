"""Review 95-102: an instrument whose name says whose it is ("the Reef Protocol to
the Velm Treaty") has dates of its own; an event word whose object is no agreement
("extended this lease") dates no agreement; a date after "by" in a purpose clause
("to cut tolls by 2030") is the aim's deadline, not the main verb's; "the Aldoria–
Marnia peace treaty" names one agreement.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import questions_of as _questions
from quizgen.extract import load_lexicon

OWN_SIDES = [{"name": "Aldoria", "names": ["Aldoria"], "demonyms": ["Aldorian"], "seats": ["Aldor"]},
             {"name": "Marnia", "names": ["Marnia"], "demonyms": ["Marnian"], "seats": ["Marn"]}]


@pytest.fixture(scope="module")
def own_sides():
    return load_lexicon(extra_sides=OWN_SIDES)


def _shorts(questions):
    return [q for q in questions if q.type == "short"]


def test_a_protocol_to_a_treaty_keeps_its_own_dates(lexicon):
    questions, facts = _questions(lexicon, "The Protocol on Reef Care to the Velm Treaty was signed in 1991.",
                                  title="The Velm Treaty")
    assert [f.subject for f in facts if f.kind == "date"] == ["the Protocol on Reef Care to the Velm Treaty"]
    assert not [q for q in _shorts(questions) if "was the Velm Treaty signed" in q.question]


def test_an_amendment_to_a_convention_is_its_own_instrument(lexicon):
    _, facts = _questions(lexicon, "The Amendment to the Sora Convention was adopted in 2004.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the Amendment to the Sora Convention"]


def test_a_framework_for_the_conclusion_of_a_treaty_is_not_that_treaty(own_sides):
    _, facts = _questions(own_sides, "Aldoria and Marnia signed A Framework for the Conclusion of a Peace Treaty "
                                     "between Aldoria and Marnia on 4 May 1970.")
    subjects = [f.subject for f in facts if f.kind == "date"]
    assert subjects and all(s.startswith("the Framework for the Conclusion") for s in subjects), subjects


def test_extending_this_lease_is_no_extension_of_the_titles_treaty(lexicon):
    questions, facts = _questions(lexicon, "The Velm Treaty of 1901 fixed the river border.",
                                  "In 1911 the two towns extended this grazing lease indefinitely, with either "
                                  "side free to end it at a year's notice.",
                                  title="The Velm Treaty")
    assert not [f for f in facts if f.kind == "date" and f.value == "1911" and f.subject]
    assert not [q for q in _shorts(questions) if q.answer == "1911" and not q.checks]


def test_a_deadline_in_a_purpose_clause_is_not_the_adoption_date(lexicon):
    questions, facts = _questions(lexicon, "The Sora Protocol was signed in 1980 to protect the reefs.",
                                  "On 12 May 2010, in the capital, the parties adopted the Tarn Amendment to cut "
                                  "emissions by 80 per cent by the late 2040s.")
    adopted = {f.value: f for f in facts if f.kind == "date" and f.subject == "the Tarn Amendment"}
    assert adopted["2010-05-12"].predicate == "adopted"
    assert all(f.predicate != "adopted" for v, f in adopted.items() if v != "2010-05-12")
    ready = [q.answer for q in _shorts(questions) if "Tarn Amendment adopted" in q.question and not q.checks]
    assert ready == ["12 May 2010"]


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_the_two_sides_peace_treaty_names_one_agreement(own_sides, dash):
    questions, facts = _questions(own_sides, f"Talks stalled for months, but the Aldoria{dash}Marnia peace treaty "
                                             "was signed at the palace on 9 June 1981.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the Aldoria–Marnia peace treaty"]
    assert [q.question for q in _shorts(questions) if not q.checks] == [
        "When was the Aldoria–Marnia peace treaty signed?"]
    # no agreement noun, or no "the": no one agreement of theirs
    for other in ("Talks stalled, but the Aldoria–Marnia talks were held on 9 June 1981.",
                  "Talks stalled, but a peace treaty was signed on 9 June 1981."):
        _, facts = _questions(own_sides, other)
        assert not [f for f in facts if f.kind == "date" and f.subject]
