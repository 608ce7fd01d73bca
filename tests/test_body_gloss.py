"""An institution named once in full and then by its noun alone: "the Velmoran Court of Appeal",
then "the Court".  When the article has named one such body, the questions print its name after
the bare noun, "the Court (the Velmoran Court of Appeal)", as they do an agreement's after "the
treaty"; two of the kind, or none named yet, and the bare noun stays held.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions

_WHICH = "does not say which one"
_FULL = "the Court (the Velmoran Court of Appeal)"


def _asked(questions, words: str):
    return [q for q in questions if words in q.question and q.type in ("cloze", "mcq", "tf")]


def test_the_court_is_printed_with_the_one_court_the_article_named(lexicon):
    questions, facts = _questions(lexicon, "Aldoria and Marnia signed the Velm Salt Treaty in 1920.",
                                  "The Velmoran Court of Appeal heard the salt case in Tarn.",
                                  "The Court declared the Velm Salt Treaty void on 4 May 1931.")
    asked = _asked(questions, "void on")
    assert asked and all(q.question.replace("Complete the sentence: ", "").startswith(
        "The Court (the Velmoran Court of Appeal) declared") for q in asked), [q.question for q in asked]
    assert all(not q.checks for q in asked), [(q.question, q.checks) for q in asked]
    assert [f.extra.get("body_referents") for f in facts if "void on" in f.sentence] == \
        [[[0, 9, "the Velmoran Court of Appeal"]]]


def test_two_courts_of_the_kind_leave_the_court_held(lexicon):
    questions, _ = _questions(lexicon, "The Velmoran Court of Appeal heard the salt case in Tarn.",
                              "The Aldorian High Court heard the grain case in Velm.",
                              "The Court heard nine witnesses from Aldoria before it ruled.")
    asked = _asked(questions, "witnesses")
    assert not [q for q in asked if "(the " in q.question]
    assert_held(asked, "“The Court” " + _WHICH)


def test_the_court_of_the_title_before_any_name_is_held(lexicon):
    questions, _ = _questions(lexicon, "The Court heard nine witnesses from Aldoria before it ruled.",
                              "The Velmoran Court of Appeal then closed the salt case in Tarn.",
                              title="The Court rules on the salt case")
    asked = _asked(questions, "witnesses")
    assert not [q for q in asked if "(the " in q.question]
    assert_held(asked, "“The Court” " + _WHICH)


def test_a_second_court_after_the_glossed_one_is_not_held_for_it(lexicon):
    questions, _ = _questions(lexicon, "Aldoria and Marnia signed the Velm Salt Treaty in 1920.",
                              "The Velmoran Court of Appeal heard the salt case in Tarn.",
                              "The Court annulled the Velm Salt Treaty in 1931, and the Court fined Aldoria 400 crowns.")
    asked = _asked(questions, "annulled")
    assert asked and all("The Court (the Velmoran Court of Appeal) annulled" in q.question and q.question.count("(") == 1 for q in asked), \
        [q.question for q in asked]
    assert not [q for q in asked if any(_WHICH in c for c in q.checks)], [(q.question, q.checks) for q in asked]


def test_a_court_the_sentence_names_in_full_before_says_which(lexicon):
    questions, _ = _questions(lexicon, "The Velmoran Court of Appeal heard nine witnesses from Aldoria, "
                                       "and the Court ruled in 1931.")
    asked = _asked(questions, "witnesses")
    assert asked and not [q for q in asked if "(the " in q.question]
    assert not [q for q in asked if any(_WHICH in c for c in q.checks)], [(q.question, q.checks) for q in asked]


def test_a_court_named_only_as_whose_a_judge_is_gives_no_name(lexicon):
    # "a judge of the Velmoran Court of Appeal": the court is whose the judge is; "the Court" may be another
    questions, _ = _questions(lexicon, "Ivo Brandt, a judge of the Velmoran Court of Appeal, chaired the panel.",
                              "The Court heard nine witnesses from Aldoria before it ruled.")
    asked = _asked(questions, "witnesses")
    assert not [q for q in asked if "(the " in q.question]
    assert_held(asked, "“The Court” " + _WHICH)


def test_an_unnamed_court_of_the_kind_gives_no_name(lexicon):
    questions, _ = _questions(lexicon, "The Velmoran Court of Appeal sent the salt case to an Arbitral Court.",
                              "The Court heard nine witnesses from Aldoria before it ruled.")
    asked = _asked(questions, "witnesses")
    assert not [q for q in asked if "(the " in q.question]
    assert_held(asked, "“The Court” " + _WHICH)


def test_no_name_goes_between_the_noun_and_a_noun_it_modifies(lexicon):
    questions, _ = _questions(lexicon, "The Velmoran Court of Appeal heard the salt case in Tarn.",
                              "The Court registry listed nine witnesses from Aldoria.")
    asked = _asked(questions, "witnesses")
    assert asked and not [q for q in asked if "(the " in q.question], [q.question for q in asked]


def test_a_treaty_gloss_and_a_court_gloss_in_one_sentence(lexicon):
    questions, _ = _questions(lexicon, "Aldoria and Marnia signed the Velm Salt Treaty in 1920.",
                              "The Velmoran Court of Appeal heard the salt case in Tarn.",
                              "The treaty lapsed in 1931, and the Court heard nine witnesses from Aldoria.")
    cloze = [q for q in questions if q.type == "cloze" and "[[nine]]" in q.question]
    assert cloze and all(q.question.startswith("The treaty (the Velm Salt Treaty) lapsed in 1931, and " + _FULL
                                               + " heard [[nine]] witnesses") for q in cloze), \
        [q.question for q in cloze]
    year = [q for q in questions if q.type == "cloze" and "[[1931]]" in q.question]
    assert year and all(_FULL + " heard nine" in q.question for q in year), [q.question for q in year]
