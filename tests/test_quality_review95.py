"""Review 95-102: wrong choices past a latitude's or longitude's range; "the line" and
"the settlement" do not say which one; an intransitive "followed" leans on the sentence
before; one number of a pair ("46 or 47", "80 to 85") is not asked alone; choices inside an
approximation's slack; a position's bare "deep cuts" or "a cap" does not say of what; "the
coal mine" is no speaker's "mine"; a list's "Fourth," opening a sentence holds nothing.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

from own_article import assert_held, questions_of as _questions


def _numbers(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


def test_a_latitude_gets_no_choice_past_ninety_degrees(lexicon):
    questions, _ = _questions(lexicon, "The Velm Accord protects all whales south of 50 degrees South latitude.")
    asked = [q for q in questions if q.type in ("mcq", "tf") and "_____ South latitude" in q.question
             or q.type == "tf" and q.answer == "False" and "South latitude" in q.question]
    choices = [c for q in asked for c in (q.choices or [])] + \
        [q.question for q in asked if q.type == "tf" and q.answer == "False"]
    assert asked and all(n <= 90 for c in choices for n in _numbers(c)), choices


def test_a_longitude_gets_no_choice_past_one_hundred_and_eighty_degrees(lexicon):
    questions, _ = _questions(lexicon, "The Velm Accord gave Aldoria every island east of 150 degrees East longitude.")
    mcq = [q for q in questions if q.type == "mcq" and "East longitude" in q.question]
    assert mcq and all(n <= 180 for c in mcq[0].choices for n in _numbers(c)), mcq[0].choices


def test_the_line_and_the_settlement_do_not_say_which_one(lexicon):
    questions, _ = _questions(lexicon, "The Velm Accord was signed in 1820.",
                              "Surveyors put the line at 46 degrees west of Tarn in 1822.",
                              "Ivo Brandt was awarded the Tarn Medal in 1906 for his part in the settlement.")
    line = [q for q in questions if "the line at" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(line, "“the line” does not say which one")
    settled = [q for q in questions if "settlement" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(settled, "“the settlement” does not say which one")
    # an "of" after it, or a name before it, says which
    named, _ = _questions(lexicon, "The Velm Accord was signed in 1820.",
                          "Surveyors put the line of control at 46 degrees west of Tarn in 1822.",
                          "Ivo Brandt was awarded the Tarn Medal in 1906 for his part in the Velmora settlement.")
    asked = [q for q in named if ("line of control" in q.question or "Velmora settlement" in q.question)]
    assert asked and not [q for q in asked if any("does not say which one" in c for c in q.checks)]


def test_a_war_that_followed_leans_on_the_sentence_before(lexicon):
    questions, _ = _questions(lexicon, "Aldoria recalled its envoy from Marnia in August 1903.",
                              "War with Marnia followed in February 1904.")
    asked = [q for q in questions if "War with Marnia" in q.question]
    assert_held(asked, "“followed” does not say after what")
    # what it followed, named in the same sentence
    named, _ = _questions(lexicon, "War with Marnia followed the border raid of August 1903 in February 1904.")
    assert not [q for q in named if any("does not say after what" in c for c in q.checks)]


def test_one_number_of_a_pair_is_not_asked_alone(lexicon):
    questions, _ = _questions(lexicon, "The Velm Accord was signed in 1820.",
                              "Surveyors put the Velm border somewhere around 46 or 47 degrees west of Tarn.",
                              "The Velm Accord obliged Aldoria to cut its tolls by 80 to 85 per cent.")
    asked = [q for q in questions if q.kind == "quantity" and q.type in ("cloze", "mcq", "tf")
             and ("46 or" in q.question or "80 to" in q.question)]
    assert {"46 or", "80 to"} <= {w for q in asked for w in ("46 or", "80 to") if w in q.question}
    assert_held(asked, "the number is one of a pair")


def test_no_choice_lies_inside_an_approximate_year(lexicon):
    questions, _ = _questions(lexicon, "The Velm Accord was signed in 1990.",
                              "A panel reported in 2023 that the Tarn glacier should regain its old size by "
                              "around 2066, under the Velm Accord.")
    mcq = [q for q in questions if q.type == "mcq" and q.answer == "2066"]
    assert mcq and all(abs(int(c) - 2066) > 3 for c in mcq[0].choices if c != "2066"), mcq[0].choices


def test_a_position_for_bare_cuts_or_a_cap_does_not_say_of_what(lexicon):
    questions, _ = _questions(lexicon, "The Velm Accord on river dams was signed in 1990.",
                              "Peru pressed for deep cuts, while Chile argued for little more than a cap "
                              "on production.")
    cuts = [q for q in questions if q.kind == "position" and "deep cuts" in q.question]
    assert_held(cuts, "“deep cuts” does not say of what")
    cap = [q for q in questions if q.kind == "position" and "a cap" in q.question]
    assert_held(cap, "does not say of what")
    # cuts in something named say of what
    named, _ = _questions(lexicon, "The Velm Accord on river dams was signed in 1990.",
                          "Peru pressed for deep cuts in Marnian tariffs, while Chile argued for a cap of 40 dams.")
    asked = [q for q in named if q.kind == "position"]
    assert asked and not [q for q in asked if any("does not say of what" in c for c in q.checks)]


def test_a_coal_mine_is_no_speakers_word(lexicon):
    questions, _ = _questions(lexicon, "Velmora Mining has run the Tarn coal mine since 1932.")
    asked = [q for q in questions if "coal mine" in q.question]
    assert asked and not [q for q in asked if any("speaker's own word" in c for c in q.checks)]
    # the pronoun still is
    spoken, _ = _questions(lexicon, "The choice of 1932 was a decision of mine, not of the board.")
    asked = [q for q in spoken if "of mine" in q.question]
    assert_held(asked, "“mine” is the speaker's own word")


def test_a_lists_ordinal_opening_a_sentence_holds_nothing(lexicon):
    questions, _ = _questions(lexicon, "The Treaty of Velm between Aldoria and Marnia was signed in 1842.",
                              "Fourth, Aldoria opened five ports in 1843.")
    asked = [q for q in questions if "five ports" in q.question or "opened _____" in q.question]
    assert asked and not [q for q in asked if q.checks and q.type != "tf"], [(q.question, q.checks) for q in asked]
    assert not [q for q in asked if "Fourth" in q.question]
