"""Review 56-58: a position stops at a comma that starts the next clause of a list, "The
Velmoran side" opening a sentence is a part of something named before, and a list line that is
a noun phrase with a participle states nothing.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


def _content(fact) -> str:
    return fact.extra.get("content", fact.text)


def test_a_position_stops_at_a_comma_that_starts_the_next_clause(lexicon):
    _, facts = _questions(lexicon, "Finland signed the Velmora Compact with Estonia on 4 June 1921.",
                          "Estonia had backed the regent, the regent was losing, and the debts mounted.",
                          "Latvia backed the regent, Finland and Sweden in the dispute over the river.")
    cut = [f for f in facts if f.kind == "position" and "losing" in f.sentence]
    assert cut and all("losing" not in _content(f) and "losing" not in f.text for f in cut), \
        [(f.text, f.extra) for f in cut]
    # a list of names after a short object is no new clause: it stays whole
    listed = [f for f in facts if f.kind == "position" and "dispute" in f.sentence]
    assert listed and all("Sweden" in _content(f) or "Sweden" in f.text for f in listed), \
        [(f.text, f.extra) for f in listed]


def test_a_people_side_opening_a_sentence_holds_its_date_questions(lexicon):
    questions, _ = _questions(lexicon, "Aldoria and Marnia drew the line along the river in 1850.",
                              "The Velmoran side became the Orvian colony, and Orvia declared its "
                              "independence on 12 March 1931.",
                              "The Estonian side rejected the plan for a shared port.")
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf") and "colony" in q.sentence]
    assert_held(asked, "“The Velmoran side” does not say which one")
    # a delegation holding a view: the side is who holds it, not a part of something
    assert not [q for q in questions if "Estonian" in q.sentence and any("side”" in c for c in q.checks)], \
        [(q.question, q.checks) for q in questions]


def test_a_list_line_with_a_participle_states_nothing(lexicon):
    questions, _ = _questions(lexicon, "Aldoria signed the Velmora Compact on 4 June 1921.",
                              "Decree of the Assembly of 9 March 1923 ratifying the Velmora river agreement",
                              "Envoys crossing the river signed the truce on 2 May 1924.",
                              "Years of raiding, the Aldorian riders burn Marnia in June 1925.")
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf") and "Decree" in q.sentence]
    assert_held(asked, "the sentence has no verb")
    # a participle inside a statement leaves its verb a verb
    stated = [q for q in questions if q.type in ("cloze", "mcq", "tf")
              and ("Envoys" in q.sentence or "riders" in q.sentence)]
    assert stated and not [q for q in stated if any("no verb" in c for c in q.checks)], \
        [(q.question, q.checks) for q in stated]
