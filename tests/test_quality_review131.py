"""Review 131-138: no agreement's name is made of the states that ratified it, and an
instrument of another agreement ("Additional Protocol II", "the protocol") is never named
by its parties; such an instrument printed without its parent does not say whose it is; a
side pair joined by a dash before a lower-case agreement phrase is one name, and a parties
question never asks about a side where that name was cut; a count whose members are listed
after it, initials and all, gives itself away; a legislature of one side approving the
treaty is that side's act, not the treaty's own date.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions

WHICH = "does not say to which agreement"


# -- E1: a list of ratifiers, or an instrument of another agreement, makes no name --------------

def test_the_states_that_ratified_a_title_of_common_words_do_not_name_it(lexicon):
    questions, _ = _questions(lexicon, "Chile, Peru and Bolivia have ratified the Treaty of Friendship.",
                              "The treaty set a fishing zone of 12 nautical miles.")
    assert questions and not [q.question for q in questions if "Chile–Peru–Bolivia" in q.question
                              or "Chile–Peru–Bolivia" in q.answer]
    # the states that signed it still name it
    signed, _ = _questions(lexicon, "Chile and Peru signed the Treaty of Friendship on 3 May 1929.",
                           "The treaty set a fishing zone of 12 nautical miles.")
    assert any("(the Chile–Peru Treaty of Friendship)" in q.question for q in signed)


def test_an_additional_protocol_is_never_named_by_its_parties(lexicon):
    questions, _ = _questions(lexicon, "The Velm Treaty was signed in 1961.",
                              "Chile and Peru signed Additional Protocol I in 1978.",
                              "All five coastal states signed the protocol in Lima on 3 May 1990.")
    assert questions and not [q.question for q in questions if "Chile–Peru" in q.question]
    later = [q for q in questions if q.kind == "date" and "1990" in q.answer + q.question and q.type != "short"]
    assert_held(later, "“the protocol” " + WHICH)


# -- E2: a numbered or generic instrument without its parent ------------------------------------

def test_a_numbered_protocol_without_its_treaty_does_not_say_whose(lexicon):
    questions, _ = _questions(lexicon, "The Velm Treaty was signed in 1961.",
                              "All five coastal states have ratified Additional Protocol II, the last being "
                              "Chile in 1979.")
    asked = [q for q in questions if "Additional Protocol II" in q.question]
    assert_held(asked, "“Additional Protocol II” " + WHICH)


def test_a_protocol_with_its_treaty_or_a_name_of_its_own_says_whose(lexicon):
    for text in ("All five coastal states have ratified Protocol II to the Velm Treaty, the last being Chile in 1979.",
                 "All five coastal states have ratified the Velm Treaty's Annex 2, the last being Chile in 1979.",
                 "All five coastal states have ratified the Tarn Sea Protocol, the last being Chile in 1979."):
        questions, _ = _questions(lexicon, text)
        asked = [q for q in questions if "1979" in q.question + q.answer]
        assert asked and not [q.checks for q in asked if any(WHICH in c for c in q.checks)], text


def test_an_annex_without_its_agreement_does_not_say_whose(lexicon):
    questions, _ = _questions(lexicon, "The Velm Treaty was signed in 1961.",
                              "Annex 2 lists 40 ports that Chile opened to foreign ships in 1965.")
    asked = [q for q in questions if "Annex 2" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "“Annex 2” " + WHICH)


# -- E3: a side pair joined by a dash is one agreement's name -----------------------------------

_DASHED = ("On 4 May 2001 in Lima, the leaders of Peru, Bolivia and Ecuador announced the conclusion of "
           "negotiations on the Chile–Velcon trade agreement.")


def test_a_dashed_pair_before_a_trade_agreement_is_not_cut_at_the_dash(lexicon):
    questions, facts = _questions(lexicon, _DASHED)
    parties = [q for q in questions if q.kind == "parties"]
    assert not [q.question for q in parties if q.question.rstrip("?").endswith(("the Chile", "on Chile"))], \
        [q.question for q in parties]
    assert not [f.subject for f in facts if f.kind == "parties" and f.subject.endswith("the Chile")]


def test_parties_that_leave_out_a_side_the_agreement_is_named_for_are_held(lexicon):
    questions, _ = _questions(lexicon, _DASHED)
    parties = [q for q in questions if q.kind == "parties"]
    assert_held(parties, "which the answer leaves out")


def test_a_parties_question_about_a_bare_side_is_held(lexicon):
    questions, _ = _questions(lexicon, "On 4 May 2001 the leaders of Peru, Bolivia and Ecuador announced the "
                                       "end of talks on Chile.")
    parties = [q for q in questions if q.kind == "parties"]
    assert_held(parties, "ends in a side's name")


# -- E4: a count whose members are listed after it ----------------------------------------------

def test_a_count_followed_by_names_with_initials_gives_itself_away(lexicon):
    questions, _ = _questions(lexicon, "The Velm Treaty was signed at Porto Vell by Ivo Brandt and three Velmoran "
                                       "envoys, Karl T. Osten, Mira Vell and Ana Luz Córdova.")
    asked = [q for q in questions if q.kind == "quantity" and q.type in ("cloze", "mcq")]
    assert_held(asked, "it lists the members")


# -- E5: one side's legislature approving the treaty ---------------------------------------------

def test_a_legislature_of_one_side_approving_the_treaty_is_that_sides_act(lexicon):
    for text in ("The Chilean Congress, sitting at Talca, approved the treaty in May 1950.",
                 "The Chilean Congress approved the treaty in May 1950."):
        questions, _ = _questions(lexicon, "The Velm Treaty was signed on 2 February 1950.", text)
        short = [q for q in questions if q.type == "short" and "May 1950" == q.answer]
        # "When was the Velm Treaty approved by the Chilean Congress?" would say whose; "adopted" does not
        assert short and all("Chilean Congress" in q.question or any("alone “approved”" in c for c in q.checks)
                             for q in short), [(q.question, q.checks) for q in short]
    questions, _ = _questions(lexicon, "The Velm Treaty was signed on 2 February 1950.",
                              "The Chilean Congress, sitting at Talca, approved the treaty in May 1950.")
    assert_held([q for q in questions if q.type == "short" and "May 1950" == q.answer], "alone “approved”")
    # adopted with no one side named: the treaty's own date
    questions, _ = _questions(lexicon, "The Velm Treaty was adopted by the conference on 2 February 1950.")
    short = [q for q in questions if q.type == "short" and q.kind == "date"]
    assert short and not [q.checks for q in short if any(" alone “" in c for c in q.checks)]
