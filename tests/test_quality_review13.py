"""Review 13: "the treaty" is the article's own agreement, one resolution per sentence, a number's
actor, choices bounded by the sentence, "1 kiloton", opinions as true/false, a date line's year,
and dates of coordinated verbs.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions


_OWN_AND_OTHERS = (
    "Last week Lakeland left the Coral Reef Protection Treaty, which it had joined in 2004. "
    "Older pacts were narrower. The Harbor Fishing Treaty of 1971 closed two bays, and the River Weir "
    "Treaty of 1980 capped catches at 90 tonnes. "
    "Lakeland's fleet is the largest in the region. "
    "On 4 May 2009 the parliament approved the treaty by 61 votes to 40.")


# -- 1. "the treaty" is the article's own agreement, not the last one named for comparison ----

def test_the_treaty_resolves_to_the_articles_own_agreement(lexicon):
    questions, facts = _questions(lexicon, _OWN_AND_OTHERS)
    later = [f for f in facts if f.value == "2009-05-04"]
    assert later and later[0].subject == "the Coral Reef Protection Treaty", [(f.value, f.subject) for f in facts]
    shown = [q.question for q in questions if "2009" in q.sentence]
    assert shown and not any("River Weir" in q for q in shown), shown
    assert any("(the Coral Reef Protection Treaty)" in q for q in shown), shown


def test_a_treaty_named_in_the_sentence_before_wins(lexicon):
    _, facts = _questions(lexicon,
                          "Lakeland joined the Coral Reef Protection Treaty in 2004. "
                          "The Harbor Fishing Treaty was signed in 1971. The treaty lapsed in 1999.")
    lapsed = [f for f in facts if f.value == "1999"]
    assert lapsed and lapsed[0].subject == "the Harbor Fishing Treaty", [(f.value, f.subject) for f in facts]


def test_an_uncertain_the_treaty_prints_no_guess(lexicon):
    questions, facts = _questions(lexicon,
                                  "Lakeland left the coral reef pact last week. "
                                  "The Harbor Fishing Treaty of 1971 closed two bays. "
                                  "The River Weir Treaty of 1980 capped catches. "
                                  "Ships keep to the coast. The treaty was amended on 3 March 1990.")
    amended = [q for q in questions if "1990" in q.sentence and q.type in ("cloze", "mcq", "tf")]
    assert amended
    for q in amended:
        assert "(the" not in q.question, q.question
        assert q.checks, q.question


def test_no_bracket_before_a_possessive(lexicon):
    questions, _ = _questions(lexicon,
                              "Lakeland joined the Coral Reef Protection Treaty in 2004. "
                              "The treaty's inspectors made 120 visits in 2011.")
    later = [q for q in questions if "inspectors" in q.sentence]
    assert later
    for q in later:
        assert ")'s" not in q.question and ")’s" not in q.question, q.question
        assert q.checks, q.question


# -- 2. one sentence, one resolution --------------------------------------------------------

def test_facts_of_one_sentence_share_the_resolution(lexicon):
    questions, facts = _questions(lexicon,
                                  "Lakeland joined the Coral Reef Protection Treaty in 2004. "
                                  "Fishermen, who lost 300 boats in storms between 1990 and 1995, "
                                  "have long campaigned in support of the treaty.")
    referents = {tuple(f.extra.get("referent") or ()) for f in facts if "campaigned" in f.sentence}
    assert len(referents) == 1, referents


# -- 3. a number's subject is its clause's actor ----------------------------------------------

def test_a_number_of_an_actor_is_not_the_agreements(lexicon):
    _, facts = _questions(lexicon,
                          "Lakeland joined the Coral Reef Protection Treaty in 2004. "
                          "In the north, where Norway killed more than 300 whales, activists have praised the treaty.")
    whales = [f for f in facts if f.kind == "quantity" and "whales" in f.text]
    assert whales and whales[0].subject == "Norway", [(f.text, f.subject) for f in facts]


# -- 4. choices bounded by the sentence; a unit agrees with one -------------------------------

def test_far_short_of_bounds_the_choices(lexicon):
    questions, _ = _questions(lexicon,
                              "The Coral Reef Protection Treaty was signed in 2004. "
                              "On 4 May 2009 only 40 deputies voted for the treaty, far short of the 60 required.")
    mcq = [q for q in questions if q.type == "mcq" and q.answer.startswith("40")]
    assert mcq
    for c in mcq[0].choices:
        assert float(c.split()[0]) <= 48, mcq[0].choices


def test_one_takes_a_singular_unit(lexicon):
    from quizgen.questions import one_agrees
    assert one_agrees("1 kilotons", lexicon) == "1 kiloton"
    assert one_agrees("capped at 1 kilotons.", lexicon) == "capped at 1 kiloton."
    assert one_agrees("1 explosions", lexicon) == "1 explosion"
    assert one_agrees("11 kilotons", lexicon) == "11 kilotons"
    assert one_agrees("1 percent", lexicon) == "1 percent"


# -- 5. the writer's judgement is no true/false statement ---------------------------------------

def test_an_opinion_keeps_a_true_false_a_draft(lexicon):
    questions, _ = _questions(lexicon,
                              "Lakeland joined the Coral Reef Protection Treaty in May 2004, and pulling out of it today would be a cynical ploy.")
    tf = [q for q in questions if q.type == "tf" and "2004" in q.sentence]
    assert tf and any("judgement" in c for c in tf[0].checks), [(q.question, q.checks) for q in tf]


def test_a_reported_judgement_is_not_the_writers(lexicon):
    from quizgen.questions import judgement
    language = lexicon.language
    assert judgement("Pulling out today would be a cynical ploy.", language) == "cynical"
    assert judgement("The council should ratify the pact.", language) == "should"
    assert judgement("Tessaly called the new quota reckless in 2012.", language) == ""
    assert judgement("Norway said that the council should ratify the pact.", language) == ""


# -- 6. a day and month take the year of the date line ---------------------------------------

def test_a_date_line_gives_its_year(lexicon):
    _, facts = _questions(lexicon, "Comment — 9 April 2019",
                          "On 3 April, the council of Lakeland voted to leave the Coral Reef Protection Treaty.")
    assert any(f.value == "2019-04-03" for f in facts), [(f.value, f.text) for f in facts]


# -- 7. two dates of coordinated verbs ----------------------------------------------------

def test_each_date_has_its_own_conjuncts_verb(lexicon):
    _, facts = _questions(lexicon,
                          "The Coral Reef Protection Treaty, adopted by the regional assembly on 2 March 2001 "
                          "and opened for accession on 9 April 2001, bans dredging.")
    dated = {f.value: f.predicate for f in facts if f.kind == "date"}
    assert "2001-04-09" in dated and "2001-03-02" in dated, dated
    assert dated["2001-04-09"] != dated["2001-03-02"], dated


def test_a_law_signed_is_not_the_agreement_signed(lexicon):
    _, facts = _questions(lexicon,
                          "In 2015 the premier of Lakeland signed a decree ending Lakeland's membership of the "
                          "Coral Reef Protection Treaty.")
    dated = [f for f in facts if f.value == "2015"]
    assert dated and dated[0].predicate != "signed", [(f.subject, f.predicate) for f in dated]
