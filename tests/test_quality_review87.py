"""Review 87-90: "ours" is the speaker's own word, as "our" is; a card's label before a
colon ("Host's note:", "Question:") is no word of the sentence after it.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions
from quizgen.extract.sentences import split_sentences
from quizgen.model import Article


def test_ours_is_the_speakers_own_word(lexicon):
    questions, _ = _questions(lexicon, "Aldorian armies fought beside ours in the Velm War from 1808 to 1814.")
    printed = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    assert_held(printed, "speaker's own word")


def test_a_cards_label_is_no_word_of_its_sentence(lexicon):
    article = Article(slug="own", title="Own", paragraphs=(
        "Host's note: The ministers of Aldoria and Marnia signed the Velm Pact on 4 May 1921.",
        "Question: Where was the Velm Pact signed?"))
    texts = [s.text for s in split_sentences(article, lexicon)]
    assert "The ministers of Aldoria and Marnia signed the Velm Pact on 4 May 1921." in texts, texts


def test_note_shorthand_is_no_sentence_to_print(lexicon):
    questions, _ = _questions(lexicon, "Real aim = stop Marnia (allied to Tessaly since 1894) joining a war vs Aldoria.",
                              "Velm Conference 1921: Aldoria + Tarn want renewal → Marnia opposed.")
    printed = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    assert_held(printed, "note shorthand")


def test_the_peace_and_the_republic_do_not_say_which(lexicon):
    questions, _ = _questions(lexicon, "The peace held for almost forty years, until war broke out again in 1700.",
                              "In the spring of 1794 the young republic was drifting toward a second war with Marnia.")
    printed = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    for word in ("peace", "republic"):
        assert_held([q for q in printed if word in q.question], "does not say which one")


def test_a_day_in_the_old_calendar_is_no_wrong_choice_for_the_same_day(lexicon):
    questions, _ = _questions(lexicon, "At Velm manor, on 1 July 1661 (21 June by the old calendar), envoys of Aldoria "
                                       "and Marnia met for the last time.",
                              "After three months of bargaining the Treaty of Velm was signed on 1 July 1661.")
    signed = [q for q in questions if q.type == "mcq" and "was signed on" in q.question]
    assert signed and all("21 June 1661" not in q.choices for q in signed), [(q.question, q.choices) for q in signed]
