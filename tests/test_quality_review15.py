"""Review 15: a passive's agent taken as the subject, a date from a contrasting clause, "It" given to
a side the sentence before is not about, "opened on" asked as "take place", the order of two steps
joined by "and", numbers inside names, and "the idea" with its referent in the sentence before.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions


# -- 1. a passive's agent is not what the event happened to ---------------------------------

def test_the_agent_of_a_passive_is_not_the_subject_of_its_date(lexicon):
    _, facts = _questions(lexicon, "The Tamar Accord of 1951 set the quotas. "
                                   "The accord was extended by the Orla Fisheries Treaty in 1977.")
    dated = [f for f in facts if f.kind == "date" and f.value == "1977"]
    assert dated and all("Orla" not in f.subject for f in dated), [(f.subject, f.predicate) for f in dated]


def test_an_agreement_signed_after_a_passive_keeps_its_own_date(lexicon):
    _, facts = _questions(lexicon, "The quarrel was ended by the Orla Fisheries Treaty, signed on 4 May 1977.")
    dated = [f for f in facts if f.kind == "date" and f.value == "1977-05-04"]
    assert dated and "Orla" in dated[0].subject, [(f.subject, f.predicate) for f in dated]


# -- 2. a date in a contrasting clause is that clause's ----------------------------------------

def test_a_date_after_but_does_not_take_the_event_word_before_it(lexicon):
    _, facts = _questions(lexicon, "The Orla Fisheries Treaty was renewed in 1960, "
                                   "but the quota system did not outlast the 1980s.")
    decade = [f for f in facts if f.kind == "date" and f.value == "1980s"]
    assert decade and decade[0].predicate != "extended", [(f.subject, f.predicate) for f in decade]
    assert all(f.predicate == "event" for f in decade), [(f.subject, f.predicate) for f in decade]


# -- 3. "It" given to a side that is not the sentence before's subject -----------------------

def test_it_resolved_past_the_sentence_before_holds_back_the_position(lexicon):
    questions, _ = _questions(lexicon,
                              "Norway rejected the quota. "
                              "Denmark, with the oldest harbours, disliked the new schedule. "
                              "It opposed any limit on dredging.")
    twins = [q for q in questions if q.kind == "position" and "dredging" in q.question]
    assert twins and all(any(c.startswith("“It” is taken to be") for c in q.checks) for q in twins), \
        [(q.question, q.checks) for q in twins]


def test_it_after_the_same_side_stays_ready_of_that_doubt(lexicon):
    questions, _ = _questions(lexicon, "Norway rejected the quota. It opposed any limit on dredging.")
    twins = [q for q in questions if q.kind == "position" and "dredging" in q.question]
    assert twins and not any(any(c.startswith("“It” is taken to be") for c in q.checks) for q in twins), \
        [(q.question, q.checks) for q in twins]


# -- 4. "opened on D" does not date the whole event --------------------------------------------

def test_opened_on_asks_when_it_opened_not_when_it_took_place(lexicon):
    questions, _ = _questions(lexicon, "The Bergen Fisheries Conference opened on 3 March 1958.")
    short = [q for q in questions if q.type == "short"]
    assert [(q.question, q.checks) for q in short] == [("When did the Bergen Fisheries Conference open?", [])]


# -- 5. "A on D1 and B on D2": choices and false dates keep the printed order --------------------

def _dates_article(lexicon):
    return _questions(lexicon,
                      "The Orla Fisheries Treaty was signed by Norway and Denmark on 4 May 1977 "
                      "and came into force on 9 June 1979. "
                      "Talks on the Orla Fisheries Treaty began on 2 January 1970. "
                      "The Orla Fisheries Treaty was reviewed on 5 April 1985 and on 8 August 1990.")


def test_a_choice_for_the_first_step_is_before_the_second(lexicon):
    questions, _ = _dates_article(lexicon)
    mcq = [q for q in questions if q.type == "mcq" and q.answer == "4 May 1977"]
    assert mcq, [(q.type, q.answer) for q in questions]
    assert not any(c.endswith(("1985", "1990")) for c in mcq[0].choices), mcq[0].choices


def test_a_choice_for_the_second_step_is_after_the_first(lexicon):
    questions, _ = _dates_article(lexicon)
    mcq = [q for q in questions if q.type == "mcq" and q.answer == "9 June 1979"]
    assert mcq, [(q.type, q.answer) for q in questions]
    assert not any(c.endswith("1970") for c in mcq[0].choices), mcq[0].choices


def test_a_false_date_keeps_the_printed_order(lexicon):
    questions, _ = _dates_article(lexicon)
    tf = [q for q in questions if q.type == "tf" and q.answer == "False" and "came into force on" in q.question
          and "4 May 1977" in q.question]
    for q in tf:
        assert "1970" not in q.question, q.question


# -- 6. a number inside a name is no quantity ----------------------------------------------------

def test_a_number_word_in_a_hyphenated_name_is_no_quantity(lexicon):
    _, facts = _questions(lexicon, "The Three-Power Fisheries Pact was signed by Norway, Denmark and Iceland in 1962.")
    assert not [f for f in facts if f.kind == "quantity"], [(f.value, f.text) for f in facts if f.kind == "quantity"]


def test_a_number_word_after_a_name_and_of_is_no_quantity(lexicon):
    _, facts = _questions(lexicon, "The Council of Nine met in Bergen in 1962 and set the quota at 400 tonnes.")
    quantities = [f for f in facts if f.kind == "quantity"]
    assert all("Nine" not in f.text for f in quantities), [(f.value, f.text) for f in quantities]


def test_a_counted_hyphenated_noun_is_still_a_quantity(lexicon):
    _, facts = _questions(lexicon, "Norway and Denmark set up a five-member fisheries board in 1962.")
    assert [f for f in facts if f.kind == "quantity"], facts


# -- 8. "the idea" whose referent is the sentence before holds back the statement -------------------

def test_the_idea_without_its_referent_holds_back_the_true_false_twin(lexicon):
    questions, _ = _questions(lexicon, "Norway proposed a shared quota for herring. Denmark accepted the idea at once.")
    twins = [q for q in questions if q.kind == "position" and "the idea" in q.question]
    assert twins and all("“the idea” does not say which one" in q.checks for q in twins), \
        [(q.type, q.question, q.checks) for q in twins]


def test_the_plan_to_says_which_plan(lexicon):
    questions, _ = _questions(lexicon, "Denmark accepted the plan to share the herring quota.")
    twins = [q for q in questions if q.kind == "position" and "plan" in q.question]
    assert twins and not any("“the plan” does not say which one" in q.checks for q in twins), \
        [(q.type, q.question, q.checks) for q in twins]


# -- 9. the short twin shares the doubt of "The treaty" before a name ------------------------------

def test_the_short_twin_shares_the_treaty_doubt_when_the_name_comes_later(lexicon):
    questions, facts = _questions(lexicon, "The Tamar Accord of 1951 set the quotas. The Orla Treaty of 1953 set the nets. "
                                           "The treaty was amended at the request of the Orla Treaty commission in 1960.")
    short = [q for q in questions if q.type == "short" and q.answer == "1960"]
    others = [q for q in questions if q.type != "short" and q.answer in ("1960", "True", "False") and "1960" in q.sentence]
    if short and others and any("“The treaty” does not say which one" in q.checks for q in others):
        assert "“The treaty” does not say which one" in short[0].checks, short[0].checks
