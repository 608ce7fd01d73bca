"""Review 53-54: a span "from Y1 to Y2" after a verb of its own dates that verb, not a later event
word of the clause; a currency word with a word before it ("silver dollars") is no plain currency; an
agreeing verb with nothing agreed ("Marnia agreed on 3 May 1851") states nothing; and a line left
without a verb once its label is stripped states nothing either.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions


def test_a_reign_from_y1_to_y2_is_no_date_of_the_event_after_it(lexicon):
    _, facts = _questions(lexicon, "Aldoria and Marnia signed the Velmora Compact on 2 March 1841.",
                          "The Orsk Regent — ruled Aldoria from 1801 to 1839 and ratified the treaty on 14 May 1833.",
                          "Ivo Brandt served as envoy 1811–1819 and signed the Orsk Accord in 1821.")
    dated = {f.value: f.predicate for f in facts if f.kind == "date"}
    assert dated["1833-05-14"] == "ratified", dated
    assert dated["1821"] == "signed", dated
    assert not [v for v in ("1801", "1839", "1811", "1819") if dated.get(v) in ("ratified", "signed")], dated


def test_a_currency_word_with_a_word_before_it_keeps_the_articles_words(lexicon):
    questions, facts = _questions(lexicon, "Under the Velmora Compact, Marnia paid an indemnity of 18 million "
                                  "silver dollars and 4 million Spanish dollars to Aldoria.",
                                  "Aldoria spent 3 million dollars on the harbour of Orsk in 1856.")
    units = {f.text: f.extra["unit"] for f in facts if f.kind == "quantity"}
    assert units["18 million silver dollars"] == "silver dollars", units
    assert units["4 million Spanish dollars"] == "Spanish dollars", units
    assert units["3 million dollars"] == "USD", units
    choices = [c for q in questions if q.type == "mcq" and q.answer.startswith("18 million") for c in q.choices]
    assert choices and all(c.endswith(" silver dollars") for c in choices), choices


def test_an_agreeing_verb_with_nothing_agreed_is_held(lexicon):
    questions, _ = _questions(lexicon, "Aldoria and Marnia signed the Velmora Compact on 2 March 1841.",
                              "Marnia agreed on 3 May 1851.",
                              "Orsk accepted in 1845.")
    asked = [q for q in questions if ("agreed" in q.question or "accepted" in q.question)
             and q.type in ("cloze", "mcq", "tf")]
    assert {q.type for q in asked} >= {"cloze", "mcq", "tf"}
    assert_held(asked, "does not say what")
    # what was agreed after the date is the verb's complement
    questions, _ = _questions(lexicon, "Marnia agreed in 1846 to cut the tolls at Orsk.")
    cut = [q for q in questions if "agreed" in q.question]
    assert cut and not [c for q in cut for c in q.checks if "“agreed”" in c], [(q.question, q.checks) for q in cut]


def test_a_line_without_a_verb_after_its_label_is_held(lexicon):
    questions, _ = _questions(lexicon, "Aldoria and Marnia signed the Velmora Compact on 2 March 1841.",
                              "31:20 — The bill: 4 million dollars for the burned grain, 2 million for the Orsk "
                              "guilds' debts and 9 million for Aldoria's fleet costs, due in three parts by "
                              "March 1846.")
    asked = [q for q in questions if "burned grain" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "the sentence has no verb")
    # a headline line with a verb of its own in the present is a statement
    questions, _ = _questions(lexicon, "46:10 — The Treaty of Orsk, signed on 9 October 1852, fixes tolls at "
                              "roughly 7 per cent on salt.",
                              "Aldoria and Marnia sign the Velmora Compact on 2 March 1841.")
    assert not [c for q in questions for c in q.checks if "no verb" in c], [(q.question, q.checks) for q in questions]
