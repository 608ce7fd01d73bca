"""Review 16: a season cut in half, a relative clause's object lost from a position, "the article"
for a treaty's article, doubts shared by a position's twins, and "which agreement" asked of a
sentence about something else.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations


from quizgen.extract import extract_facts
from quizgen.model import Article, Question
from own_article import assert_held, questions_of as _questions
from quizgen.questions import _REFERS_OUTSIDE, _share_referent_checks, corpus_questions


# -- 1. a season ("1996–97") is one value: a blank on its first year is held back ----------------

def test_a_blank_on_half_a_season_is_held_back(lexicon):
    questions, _ = _questions(lexicon, "The Orla Fisheries Treaty was signed in 1990. "
                                       "The Tamar fleet ended its 1996–97 season early after a storm.")
    half = [q for q in questions if "season" in q.sentence and q.type in ("cloze", "mcq")]
    assert_held(half, "asks only half of it")
    false = [q for q in questions if "season" in q.sentence and q.type == "tf" and q.answer == "False"]
    assert all(any("asks only half of it" in c for c in q.checks) for q in false)


# -- 2. "X, which A condemned as Y": the position has no object ----------------------------------

def test_a_position_whose_object_came_before_its_side_is_held_back(lexicon):
    questions, _ = _questions(lexicon, "Norway opened a new trawling scheme in 2004, "
                                       "which Denmark denounced as a breach of the quota rules.")
    twins = [q for q in questions if q.kind == "position" and "breach" in q.question]
    assert_held(twins, "does not say what")


# -- 3. "the article" for a treaty's article reads as the text itself --------------------------

def test_the_article_in_a_position_holds_back_both_twins(lexicon):
    questions, _ = _questions(lexicon, "Article IV of the Orla Fisheries Treaty governs shared stocks. "
                                       "Denmark opposed any loose interpretation of the article.")
    twins = [q for q in questions if q.kind == "position" and "interpretation" in q.question]
    assert_held(twins, "reads as the text")


def test_a_doubt_of_one_twin_holds_back_the_other_where_it_prints_the_words():
    side = Question(id="p-side", type="side", question="Which side urged both captains to stay?", answer="Norway",
                    article="own", sentence="", checks=["“both captains” does not say who"])
    tf = Question(id="p-tf", type="tf", question="Norway urged both captains to stay.", answer="True",
                  article="own", sentence="", checks=[])
    _share_referent_checks([side, tf])
    assert tf.checks == ["“both captains” does not say who"]
    assert _REFERS_OUTSIDE.match("“the plan” does not say which one")


# -- 4. "which agreement" of a sentence whose subject is not the agreement ---------------------

def test_which_agreement_is_held_back_when_the_sentence_is_about_something_else(lexicon):
    one = Article(slug="one", title="One", paragraphs=(
        "The Orla Fisheries Treaty was signed on 4 May 1977. "
        "Its successor scheme, TAMSURV, started in 1990 and capped each boat at 640 tonnes of cod.",))
    two = Article(slug="two", title="Two", paragraphs=(
        "The Vesta Water Accord was signed on 2 June 1984. The Vesta Water Accord set a quota of 90 barges.",))
    facts = {a.slug: extract_facts(a, lexicon) for a in (one, two)}
    which = {q.question: q for q in corpus_questions(facts, lexicon) if q.id.endswith("-which")}
    bream = [q for t, q in which.items() if "640" in t]
    barges = [q for t, q in which.items() if "90" in t]
    assert_held(bream, "its subject is something else"), which
    assert barges and not any("its subject is something else" in c for q in barges for c in q.checks), which
