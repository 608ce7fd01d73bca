"""A treaty's text and its status pages say "the Convention", capitalised, for the one they
are about; a formal title runs on through its list of nouns ("the Making, Sale and Use of
..."); a title's popular name ("the Velm Convention") and the formal name of the text
("the Convention on Coastal Fisheries, signed in Velm") are one convention; "the
sixty-fifth instrument" is an ordinal, not sixty fifths.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of


def test_a_capitalised_convention_is_glossed_with_the_one_named_before(lexicon):
    questions, _ = questions_of(lexicon, "The Convention on Reef Protection was opened for signature in "
                                         "Aldoria on 4 May 1990.",
                                "The Convention entered into force on 2 June 1992.")
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf") and "entered into force" in q.question]
    assert asked and all("The Convention (the Convention on Reef Protection) entered" in q.question for q in asked)
    assert not [q for q in asked if q.type == "cloze" and q.checks], [(q.question, q.checks) for q in asked]


def test_a_capitalised_noun_that_opens_a_name_is_not_glossed(lexicon):
    questions, _ = questions_of(lexicon, "The Convention on Reef Protection was signed in Aldoria on 4 May 1990.",
                                "The Treaty Ports were opened to Marnian ships on 2 June 1992.")
    assert not [q for q in questions if "(the Convention on Reef Protection)" in q.question]


def test_two_conventions_leave_the_capitalised_one_unglossed(lexicon):
    questions, _ = questions_of(lexicon, "Aldoria joined two fisheries pacts in the 1990s.",
                                "The Convention on Reef Protection was signed on 4 May 1990.",
                                "The Convention on Coastal Fisheries was signed on 9 July 1991.",
                                "Aldoria's fleet grew quickly.",
                                "Tarnland signed the Convention on 2 June 1992.")
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf") and "Tarnland signed" in q.question]
    assert_held(asked, "“the Convention” does not say which one")


def test_a_formal_title_runs_on_through_its_list_of_nouns(lexicon):
    questions, facts = questions_of(lexicon, "The Convention on the Banning of the Making, Sale and Use of Sea "
                                             "Mines was signed in Aldoria on 3 March 1995.")
    assert [f for f in facts if f.kind == "date"
            and f.subject == "the Convention on the Banning of the Making, Sale and Use of Sea Mines"], \
        [(f.subject, f.value) for f in facts]
    # a list of parties after a name is no part of it
    _, listed = questions_of(lexicon, "After the Treaty of Velm, Aldoria, Marnia and Tessaly signed a truce "
                                      "on 3 March 1995.")
    assert not [f for f in listed if "Marnia" in f.subject and "Treaty" in f.subject]


def test_a_title_s_name_and_the_text_s_formal_name_made_in_its_place_are_one(lexicon):
    questions, _ = questions_of(lexicon, "This guide is for the committee on the law of the sea.",
                                "The Convention on Coastal Fisheries was signed in Velm, Aldoria, on "
                                         "4 May 1990.",
                                "The convention entered into force on 2 June 1992.",
                                title="The Velm Convention and the Law of the Sea")
    asked = [q for q in questions if q.type == "cloze" and "entered into force" in q.question]
    assert asked and "(the Convention on Coastal Fisheries)" in asked[0].question and not asked[0].checks, \
        [(q.question, q.checks) for q in asked]
    # made elsewhere: the title's convention may be another one, and nothing is guessed
    other, _ = questions_of(lexicon, "This guide is for the committee on the law of the sea.",
                            "The Convention on Coastal Fisheries was signed in Tarn, Aldoria, on "
                                     "4 May 1990.",
                            "The convention entered into force on 2 June 1992.",
                            title="The Velm Convention and the Law of the Sea")
    asked = [q for q in other if q.type == "cloze" and "entered into force" in q.question]
    assert_held(asked, "“The convention” does not say which one")


def test_a_compound_ordinal_in_words_is_no_fraction(lexicon):
    questions, facts = questions_of(lexicon, "Aldoria deposited the sixty-fifth instrument of ratification "
                                             "on 31 October 1996.")
    assert not [f for f in facts if f.kind == "quantity" and "fifth" in f.value], [(f.kind, f.value) for f in facts]
    assert not [q for q in questions if "45-fifth" in q.question or "fifths" in q.answer]
