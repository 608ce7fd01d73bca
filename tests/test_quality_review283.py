"""Reviews 283-290: a war "still raging" is a date's setting; a capitalised event word that a longer name goes
on from is no event; namesakes' parties; a bracketed year written again; a post's pictograph label; a military
time; a reporting aside's pronoun.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from quizgen.extract.sentences import split_sentences
from quizgen.model import Article

from own_article import questions_of


def test_a_war_still_raging_is_the_setting_of_the_date(lexicon):
    questions, facts = questions_of(lexicon, "On 1 November 1944, with the Salt War still raging, delegates of "
                                             "54 nations met in Velm.")
    assert not [q for q in questions if q.type == "short" and "Salt War" in q.question]
    assert [f.extra.get("setting") for f in facts if f.kind == "date"] == [True]


def test_an_event_word_a_longer_name_goes_on_from_is_no_event(lexicon):
    questions, facts = questions_of(lexicon, "On 8 September 1951, delegates gathered in the War Memorial Opera "
                                             "House in Osk to sign the Velm Treaty.")
    assert "the War" not in [f.subject for f in facts]
    _, facts = questions_of(lexicon, "The War of Velm began in May 1840.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the War of Velm"]


def test_parties_of_namesakes_are_held(lexicon):
    questions, _ = questions_of(lexicon, "- Treaty of Velm (1763), signed on 10 February 1763 by Russia, France and "
                                         "Spain, ending the Salt War",
                                "- Treaty of Velm (1783), signed on 3 September 1783 by Russia and the United "
                                "States, ending the Wine War")
    parties = [q for q in questions if q.type in ("short", "mcq") and q.question.startswith("Who are the parties")]
    assert parties and all(any("other parties too" in c for c in q.checks) for q in parties)


def test_a_bracketed_year_written_again_makes_no_false_statement():
    from quizgen.model import Fact
    from quizgen.questions import _bracket_year_written_again
    sentence = "Treaty of Velm (1763), signed on 10 February 1763 by Russia, France and Spain."
    at = sentence.index("1763")
    fact = Fact(id="d", kind="date", subject="the Treaty of Velm", predicate="signed", value="1763", text="1763",
                article="a", sentence=sentence, span=(at, at + 4), extra={"precision": "year"})
    assert _bracket_year_written_again(fact, sentence, at, at + 4)
    other = "Treaty of Velm (1763), signed by Russia, France and Spain."
    assert not _bracket_year_written_again(fact, other, at, at + 4)


def test_a_post_s_pictograph_label_opens_no_sentence(lexicon):
    article = Article(slug="t", title="T", paragraphs=(
        "12/ The scale 📉 The lost lands held about 34% of the old empire's people.",
        "Osk signed the Velm Pact ✍️ in 1990."))
    assert [s.text for s in split_sentences(article, lexicon)] == [
        "The lost lands held about 34% of the old empire's people.", "Osk signed the Velm Pact ✍️ in 1990."]


def test_a_military_time_is_no_count(lexicon):
    _, facts = questions_of(lexicon, "The Velm ceasefire took effect at 0001 hrs on 12 May 1994.")
    assert not [f for f in facts if f.kind == "quantity"]


def test_a_reporting_aside_s_pronoun_leans_outside(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Act, signed on 9 June 1815, was not, she argues, a victors' peace.")
    cloze = [q for q in questions if q.type == "cloze"]
    assert cloze and any("“she”" in c for c in cloze[0].checks)
