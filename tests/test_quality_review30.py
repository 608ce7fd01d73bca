"""Review 30: formal titles cut before their parties, connectives taken for references, named subjects' dates.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import assert_held, questions_of as _questions

LEANS = "opens with a word that leans on the sentence before"
UNNAMED = "the sentence does not name what this date belongs to"


def _of_value(questions, value):
    return [q for q in questions if value in q.question or value in q.answer]


# -- A: a formal title keeps its parties; a title of common words alone is no gloss ------------

def test_a_title_of_common_words_keeps_its_parties_in_the_gloss(lexicon):
    questions, _ = _questions(lexicon, "Envoys in Lima signed the Treaty of Peace between the Republic of Chile and "
                              "the Republic of Peru in 1929.", "The Chilean Congress approved the treaty by 90 votes to 12.")
    votes = [q for q in _of_value(questions, "90") if q.type in ("cloze", "mcq", "tf")]
    assert votes and all("the treaty (the Chile–Peru Treaty of Peace)" in q.question for q in votes), \
        [q.question for q in votes]


def test_a_title_with_parties_not_known_as_sides_is_kept_whole(lexicon):
    _, facts = _questions(lexicon, "The Treaty of Peace between Aldoria and the Velmoran Free Cities was signed "
                          "on 4 June 1921.")
    assert {f.subject for f in facts if f.kind == "date"} == \
        {"the Treaty of Peace between Aldoria and the Velmoran Free Cities"}


def test_a_title_of_common_words_alone_is_not_printed_as_the_gloss(lexicon):
    questions, _ = _questions(lexicon, "Aldoria signed the Treaty of Peace in 1920.",
                              "The treaty set a border 40 kilometres long.")
    border = _of_value(questions, "40")
    assert border and not any("(the Treaty of Peace)" in q.question for q in border)
    assert_held([q for q in questions if q.type == "short" and "Treaty of Peace" in q.question],
                "“the Treaty of Peace” does not say which one")


def test_the_parties_that_sign_a_title_of_common_words_name_it(lexicon):
    questions, _ = _questions(lexicon, "Chile and Peru signed the Treaty of Friendship on 3 May 1929.",
                              "The treaty set a fishing zone of 12 nautical miles.")
    zone = [q for q in _of_value(questions, "12") if q.type == "cloze"]
    assert zone and "treaty (the Chile–Peru Treaty of Friendship)" in zone[0].question
    assert_held([q for q in questions if q.kind == "parties"], "the agreement's name gives its parties")


def test_a_title_goes_on_through_the_place_its_acronym_spells_and_no_further(lexicon):
    questions, facts = _questions(lexicon, "The Treaty on Naval Forces in the Velmora Sea (NFVS) was signed on "
                                  "4 June 1990.", "The treaty capped each fleet at 40 frigates.")
    assert {f.subject for f in facts if f.kind == "date"} == {"the NFVS Treaty"}
    assert any("The treaty (the NFVS Treaty) capped" in q.question for q in questions)
    # without an acronym to spell it, "in Velmora" is where it was signed
    _, facts = _questions(lexicon, "Chile signed the Treaty on Naval Forces in Velmora on 4 June 1990.")
    assert {f.subject for f in facts if f.kind == "date"} == {"the Treaty on Naval Forces"}


# -- B: connectives and appositions are no references -------------------------------------------

@pytest.mark.parametrize("opener", ["Yet", "Still,", "Thus", "However,"])
def test_a_connective_opening_the_sentence_holds_nothing_back(lexicon, opener):
    questions, _ = _questions(lexicon, f"{opener} Chile ratified the Velmora Accord on 3 May 2001.")
    dated = [q for q in questions if q.kind == "date" and q.type in ("cloze", "mcq", "tf")]
    assert dated and not any(LEANS in q.checks for q in dated), [(q.question, q.checks) for q in dated]
    # "Instead" (of what?) sets the sentence against the one before
    questions, _ = _questions(lexicon, "Instead, Chile ratified the Velmora Accord on 3 May 2001.")
    assert_held([q for q in questions if q.kind == "date" and q.type != "short"], LEANS)


def test_a_possessive_whose_noun_is_named_in_apposition_refers_to_no_one_outside(lexicon):
    questions, _ = _questions(lexicon, "Her successor, President Ana Ruiz, signed the Velmora Accord on 3 May 2001.")
    dated = [q for q in questions if q.kind == "date" and q.type in ("cloze", "mcq", "tf")]
    assert dated and not any("“Her”" in c for q in dated for c in q.checks), [(q.question, q.checks) for q in dated]
    questions, _ = _questions(lexicon, "Her successor signed the Velmora Accord on 3 May 2001.")
    assert_held([q for q in questions if q.kind == "date" and q.type != "short"], "“Her” refers to something outside")


# -- C: a named subject's own verb names what the date belongs to --------------------------------

@pytest.mark.parametrize("named, unnamed", [
    (("Ivo Brandt was assassinated in Velmora on 2 May 1990.",),
     ("The crowd cheered in Velmora on 2 May 1990.",)),                     # no name
    (("The envoy Ivo Brandt led the talks for Chile.", "Brandt died on 2 May 1990."),
     ("The envoy Ivo Brandt led the talks for Chile.", "He died on 2 May 1990.")),      # a pronoun
    (("Yet Chile had quietly left Velmora in March 1990.",),
     ("Fishermen had quietly left Velmora in March 1990.",)),               # a capital only because it opens the sentence
    (("Her son, Prince Ivo, resigned on 2 May 1990.",),
     ("Her son resigned on 2 May 1990.",)),
    (("Ivo Brandt named Ana Ruiz envoy in 1977.",),
     ("Ivo Brandt made him envoy in 1977.",)),                              # what the verb did leans elsewhere
    (("Ivo Brandt left Velmora in May 1990.",),
     ("Ivo Brandt brought the case in May 1990.",)),
    (("Ivo Brandt has campaigned since 1983.",),
     ("Ivo Brandt has campaigned since the drought of 1983.",)),            # the date is the drought's
    (("Ivo Brandt left Velmora in May 1990, and the port closed.",),
     ("Ivo Brandt left Velmora, and the port closed in May 1990.",)),       # another clause's date
])
def test_a_named_subjects_own_verb_names_what_the_date_belongs_to(lexicon, named, unnamed):
    questions, _ = _questions(lexicon, *named)
    dated = [q for q in questions if q.kind == "date" and q.type in ("cloze", "mcq", "tf")]
    assert dated and not any(UNNAMED in q.checks for q in dated), [(q.question, q.checks) for q in dated]
    assert any(not q.checks for q in dated), [(q.question, q.checks) for q in dated]
    questions, _ = _questions(lexicon, *unnamed)
    assert_held([q for q in questions if q.kind == "date" and q.type in ("cloze", "mcq", "tf")], UNNAMED)


# -- D: a sentence's own gloss says what its "it" is ----------------------------------------------

def test_the_gloss_of_the_treaty_resolves_it_in_the_same_sentence(lexicon):
    questions, _ = _questions(lexicon, "Talks began in Lima.", "Chile signed the Velmora Treaty in 1990.",
                              "Peru signed the Aldoria Accord in 1991.", "Both texts were long.",
                              "Peru ratified it, and the treaty entered into force on 4 May 1992.")
    dated = [q for q in questions if "1992" in q.question + q.answer]
    assert dated and not any("“it”" in c for q in dated for c in q.checks), [(q.question, q.checks) for q in dated]
    assert any(q.type == "short" and q.question == "When did the Velmora Treaty enter into force?" for q in dated)
