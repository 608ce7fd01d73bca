"""Review 107-114: a body named by its kind alone ("The Council", "the Union's")
does not say which one; a count whose members are listed after it gives its
answer away; a weekday with no date beside it ("on Saturday") counts from the
article's own date; a position cut to a verb that needs its complement ("refused
to take part") does not say in what; "the 3d Day of September" is a date's day,
not a count of days.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


_AWARD = "The {body} awarded Tarsk to Aldoria on 16 March 1925, and the Treaty of Brelin of 5 June 1926 fixed the frontier."


def test_a_council_named_by_its_kind_alone_does_not_say_which_one(lexicon):
    questions, _ = _questions(lexicon, "The Velm League was founded in 1919.", _AWARD.format(body="Council"))
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf") and "5 June 1926" in q.answer + q.question]
    assert_held(asked, "“The Council” does not say which one")
    # a word before it or a complement after it says which
    for body in ("Security Council", "Council of Velmora"):
        questions, _ = _questions(lexicon, "The Velm League was founded in 1919.", _AWARD.format(body=body))
        asked = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
        assert asked and not [q for q in asked if any("Council” does not say" in c for c in q.checks)], body


def test_the_unions_agreement_does_not_say_which_union(lexicon):
    questions, _ = _questions(lexicon, "Under the Union's burden-sharing agreement Marnia took on a reduction "
                                       "of 12.5% in its river tolls.")
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "“the Union” does not say which one")


def test_a_count_with_its_members_named_after_it_gives_itself_away(lexicon):
    questions, _ = _questions(lexicon, "Peru kept three river ports, the toll ports at Velm, Ostrel and Lake Brin.")
    asked = [q for q in questions if q.type in ("cloze", "mcq")]
    assert_held(asked, "it lists the members (“Velm, Ostrel and Lake Brin”)")


def test_a_changed_count_beside_its_members_is_false_in_plain_sight(lexicon):
    questions, _ = _questions(lexicon, "Chile kept two forts, Velm and Ostrel, until the war.")
    asked = [q for q in questions if q.type == "tf" and q.answer == "False" and "forts" in q.question]
    assert_held(asked, "the changed number disagrees with them in plain sight")


def test_a_weekday_without_a_date_counts_from_the_articles_own_date(lexicon):
    questions, _ = _questions(lexicon, "Peru closed its border with Chile after about 9,000 traders crossed "
                                       "at Ostrel on Tuesday alone.")
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "“on Tuesday” counts from the day the article was written")
    # a date beside the weekday says which Tuesday
    questions, _ = _questions(lexicon, "The Velm Pact was signed on Tuesday, 14 May 1991, in Ostrel.")
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    assert asked and not [q for q in asked if any("Tuesday" in c for c in q.checks)]


def test_a_position_cut_to_take_part_does_not_say_in_what(lexicon):
    questions, _ = _questions(lexicon, "The Velm Pact was signed by Peru, Chile and Bolivia on 3 May 1950.",
                              "Peru refused to take part, arguing that as a mountain state it could guard "
                              "its passes alone.")
    asked = [q for q in questions if q.type in ("tf", "side") and "take part" in q.question]
    assert_held(asked, "“take part” does not say in or to what")


def test_an_old_ordinal_day_is_a_date_not_a_count_of_days(lexicon):
    _, facts = _questions(lexicon, "The Velm Pact was signed by Peru and Chile on 3 May 1950.",
                          "Signed at Ostrel, the 3d Day of September, 1783.")
    assert not [f for f in facts if f.kind == "quantity" and "day" in f.value]
