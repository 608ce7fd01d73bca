"""Review 39-40: event nouns used as modifiers, denied events, "That" + noun, statutes as agreement lures,
a cloze that prints its own blank.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import assert_held, questions_of as _questions
from quizgen.extract import extract_facts
from quizgen.model import Article
from quizgen.questions import corpus_questions


@pytest.mark.parametrize("sentence", [
    "Velmora, a carved war drum first beaten in 1911, stands in the square.",
    "The painted meeting hall opened in 1911 on the hill above Velmora.",
    "The long conference table in the Aldorian library was made in 1911 in Velmora.",
])
def test_an_event_noun_before_the_noun_it_modifies_is_no_event(lexicon, sentence):
    questions, facts = _questions(lexicon, sentence)
    dates = [f for f in facts if f.kind == "date"]
    assert dates and not any(f.extra.get("trigger") in ("war", "meeting", "conference") for f in dates), \
        [(f.subject, f.predicate, f.extra.get("trigger")) for f in dates]
    assert not any(q.type == "short" and q.kind == "date" for q in questions), \
        [q.question for q in questions if q.type == "short"]


def test_an_event_noun_is_the_event_before_a_verb_or_a_date_noun_but_not_before_another_noun(lexicon):
    _, facts = _questions(lexicon, "The Aldorian border war in 1911 lasted three winters.")
    assert any(f.kind == "date" and f.extra.get("trigger") == "war" for f in facts), \
        [(f.subject, f.predicate, f.extra.get("trigger")) for f in facts]
    _, facts = _questions(lexicon, "Aldoria and Marnia held the signing ceremony for the Velmora Pact on 4 May 1931.")
    assert any(f.kind == "date" and f.predicate == "signed" for f in facts), \
        [(f.subject, f.predicate) for f in facts]
    _, facts = _questions(lexicon, "The Aldorian border war museum opened in 1911.")
    assert not any(f.kind == "date" and f.extra.get("trigger") == "war" for f in facts), \
        [(f.subject, f.predicate, f.extra.get("trigger")) for f in facts]


@pytest.mark.parametrize("sentence", [
    "Aldoria did not sign the Velmora Pact in 1962.",
    "Aldoria refused to ratify the Velmora Pact in 1962.",
    "The Velmora Pact was not ratified by Aldoria in 1962.",
    "Aldoria did not join the Velmora Pact in 1962.",
])
def test_a_denied_event_is_no_event_of_the_agreement_and_its_questions_are_held(lexicon, sentence):
    questions, facts = _questions(lexicon, sentence)
    dated = [f for f in facts if f.kind == "date"]
    assert dated and all(not f.extra.get("agreement") for f in dated), [(f.subject, f.predicate) for f in dated]
    printed = [q for q in questions if q.kind == "date" and q.type in ("cloze", "mcq", "tf")]
    assert_held(printed, "the sentence says this did not happen")
    assert not any(q.type == "short" and q.kind == "date" and not q.checks for q in questions)


def test_only_a_denial_of_the_dates_own_clause_and_not_lifted_holds_it(lexicon):
    held = lambda text: [q for q in _questions(lexicon, text)[0]     # noqa: E731
                         if q.kind == "date" and any("did not happen" in c for c in q.checks)]
    assert held("Aldoria failed to ratify the Velmora Pact in 1962.")
    assert not held("Aldoria did not sign the Velmora Pact until 1962.")
    assert not held("Aldoria never ratified the Velmora Pact, and in 1962 Marnia signed the Tessaly Accord.")


@pytest.mark.parametrize("sentence", [
    "That rift still divides Velmora: in 1962 Aldoria signed the Velmora Pact with Marnia.",
    "Aldoria and Marnia met in Velmora; that quarrel ended when Aldoria signed the Velmora Pact in 1962.",
])
def test_that_and_a_noun_opening_a_sentence_or_clause_is_held(lexicon, sentence):
    questions, _ = _questions(lexicon, sentence)
    printed = [q for q in questions if q.kind == "date" and q.type in ("cloze", "mcq", "tf")]
    assert_held(printed, "refers to something outside the question")
    assert all(any(c.lower().startswith("“that r") or c.lower().startswith("“that q") for c in q.checks)
               for q in printed), [q.checks for q in printed]


def test_that_joining_a_clause_or_before_a_verb_is_no_reference_but_that_and_a_noun_is(lexicon):
    checks = lambda text: [c for q in _questions(lexicon, text)[0] for c in q.checks]     # noqa: E731
    assert not any("“that" in c.lower() for c in checks("Aldoria said that the Velmora Pact was signed in 1962 "
                                                          "in Marnia."))
    assert not any("“that" in c.lower() for c in checks("That is why Aldoria signed the Velmora Pact in 1962."))
    assert any(c.startswith("“That rift”") for c in checks("That rift ended when Aldoria signed the Velmora "
                                                             "Pact in 1962."))


def test_a_statute_or_a_settlement_is_no_lure_for_which_agreement(lexicon):
    texts = {
        "a": ("The Velmora Treaty was signed on 4 March 1971. The Velmora Treaty allowed 400 missiles.",),
        "b": ("The Tessaly Accord was signed on 2 June 1981.",),
        "c": ("The Marnian Water Act was signed on 8 July 1975.",),
        "d": ("The Kelvar Land Settlement was signed on 9 May 1998.",),
        "e": ("The Ostland Convention was signed on 3 April 1991.",),
    }
    facts = {}
    for slug, paragraphs in texts.items():
        facts[slug] = extract_facts(Article(slug=slug, title=slug, paragraphs=paragraphs), lexicon)
    which = [q for q in corpus_questions(facts, lexicon) if q.id.endswith("-which")]
    assert which
    for q in which:
        assert not any("Act" in c or "Settlement" in c for c in q.choices), q.choices
        assert any("Tessaly Accord" in c for c in q.choices) and any("Ostland Convention" in c for c in q.choices)


def test_a_cloze_whose_blank_the_sentence_prints_again_is_held_like_its_mcq(lexicon):
    # (not "again in 1962": an event that happened before has no earlier lure, and this one no later one)
    questions, _ = _questions(lexicon, "Aldoria asked to join the Velmora Pact a second time in 1962, and in "
                                       "May 1962 Marnia blocked it.")
    asked = [q for q in questions if q.kind == "date" and q.answer == "1962" and q.type in ("cloze", "mcq")]
    assert {q.type for q in asked} == {"cloze", "mcq"}
    assert_held(asked, "the question contains its own answer")
