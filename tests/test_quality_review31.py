"""Review 31-32: pronouns after prepositions, one set of reference checks per sentence, colon lists, article numbers.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import assert_held, questions_of as _questions

PRINTED = ("cloze", "mcq", "tf")


def _printed(questions, sentence_start: str):
    """The questions that print the sentence opening with ``sentence_start``, whatever they blank."""
    return [q for q in questions if q.type in PRINTED and q.kind in ("date", "quantity", "range")
            and q.sentence.startswith(sentence_start)]


@pytest.mark.parametrize("second", [
    "In 1990 Chile sold the first 20 years of it to Peruvian banks for 90 million dollars.",
    "In May 1990 the Chilean treasury kept 40 million dollars of it.",
    "The U.S. bought 300 hectares of it in 1990.",
])
def test_a_pronoun_after_a_preposition_with_its_referent_outside_is_held(lexicon, second):
    questions, _ = _questions(lexicon, "The Velmora board set up a levy on river freight.", second)
    printed = _printed(questions, second[:12])
    assert_held(printed, "refers to something outside the question")


def test_a_pronoun_whose_referent_opens_an_earlier_clause_is_not_held(lexicon):
    # "it" is the object of its own clause's verb; the name that opens the clause before may be what it means
    sentence = "The Velm Accord took effect in 1990, but the new government left it in 2004."
    questions, _ = _questions(lexicon, sentence)
    printed = _printed(questions, "The Velm Accord")
    assert printed and not any("“it”" in c for q in printed for c in q.checks), \
        [(q.question, q.checks) for q in printed]


def test_a_pronoun_resolved_by_the_sentence_gloss_is_resolved_for_every_question(lexicon):
    questions, _ = _questions(
        lexicon,
        "The Velm Accord was signed by Chile and Peru in 1990.",
        "The accord has no end date, but from 4 May 2031, either country could end most of it "
        "on at least 12 months' notice.")
    printed = _printed(questions, "The accord has")
    assert {q.kind for q in printed} == {"date", "quantity"}, [(q.question, q.checks) for q in printed]
    assert not any("“it”" in c for q in printed for c in q.checks), [(q.question, q.checks) for q in printed]


def test_a_back_reference_holds_every_question_of_its_sentence(lexicon):
    # the tf always was held for "that month"; the cloze and mcq that blank the number were not
    questions, _ = _questions(lexicon, "The Velm Accord entered into force in March 1990.",
                              "The accord's 20 years of free passage also ran out that month.")
    printed = _printed(questions, "The accord's")
    assert {q.type for q in printed} == set(PRINTED)
    assert_held(printed, "“that month” refers to a date in another sentence")


def test_a_position_stops_before_a_colon_list_and_keeps_what_follows_a_colon_whole(lexicon):
    questions, _ = _questions(lexicon, "Chile agreed to build two dams on the Velm river: Oster, finished in 1970, "
                                       "and Brenn, in 1974.",
                              "Peru insisted on one thing: the border stays open.")
    statements = [q.question for q in questions if q.kind == "position" and q.type == "tf"]
    assert statements == ["Chile agreed to build two dams on the Velm river.",
                          "Peru insisted on one thing: the border stays open."], statements


@pytest.mark.parametrize("sentence, counts", [
    ("Article 9 forbids naval bases on the islands.", []),
    ("Under Articles 4 and 5 states must share the river.", []),
    ("Section 3 sets the toll for barges.", []),
    ("Article 2 gives Chile 40 islands in the delta.", ["40 islands"]),
])
def test_a_numbered_part_of_a_document_is_no_quantity(lexicon, sentence, counts):
    _, facts = _questions(lexicon, sentence)
    assert [f.text for f in facts if f.kind in ("quantity", "range")] == counts, [(f.text, f.value) for f in facts]


SIGNING = "On 4 May 1950 Chile, Peru and Bolivia signed the Velm Accord in Lima."


@pytest.mark.parametrize("later", [
    "Ecuador acceded to the Velm Accord in 1961.",
    "Today 14 states are parties.",
])
def test_the_signatories_are_no_answer_to_who_the_parties_are_when_others_joined_later(lexicon, later):
    questions, _ = _questions(lexicon, SIGNING, later)
    asked = [q for q in questions if q.kind == "parties"]
    assert_held(asked, "the parties changed after this sentence")


def test_a_short_answer_of_more_than_four_names_is_held(lexicon):
    questions, _ = _questions(lexicon, "On 4 May 1950 Chile, Peru, Bolivia, Ecuador and Paraguay signed "
                                       "the Velm Accord in Lima.")
    assert_held([q for q in questions if q.kind == "parties" and q.type == "short"], "no fair marking rule")


def test_a_bare_definite_facility_named_only_before_is_held_and_a_named_one_is_not(lexicon):
    questions, _ = _questions(lexicon, "Chile opened a copper mine near Velmora in 1950.",
                              "The mine produces 40,000 tonnes of copper a year.",
                              "The Orvel mine produces 9,000 tonnes of tin a year.")
    assert_held(_printed(questions, "The mine"), "“The mine” does not say which one")
    named = _printed(questions, "The Orvel")
    assert named and not any("does not say which one" in c for q in named for c in q.checks), \
        [(q.question, q.checks) for q in named]
