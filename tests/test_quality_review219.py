"""Reviews 211-226: a transcript's "[pause]" or "[laughs]" between sentences ends the one before
and is no word of either.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from quizgen.extract.sentences import split_sentences
from quizgen.model import Article

from own_article import assert_held, questions_of


def _sentences(lexicon, *paragraphs: str) -> list[str]:
    article = Article(slug="t", title="T", paragraphs=tuple(paragraphs))
    return [s.text for s in split_sentences(article, lexicon)]


def test_a_stage_direction_between_sentences_ends_the_one_before(lexicon):
    assert _sentences(lexicon, "Who would vote against it? [pause] Velmora recognised the Velm Accord on "
                               "3 July 1962. [laughs] [long pause] I kept the flag for six years. [sighs]",
                      "[laughs] Marnia signed it in 1970.") == [
        "Who would vote against it?", "Velmora recognised the Velm Accord on 3 July 1962.",
        "I kept the flag for six years.", "Marnia signed it in 1970."]
    questions, _ = questions_of(lexicon, "Who would vote against it? [pause] Velmora recognised the Velm Accord "
                                         "on 3 July 1962.")
    cloze = [q for q in questions if q.type == "cloze"]
    assert cloze and cloze[0].question == "Velmora recognised the Velm Accord on [[3 July 1962]].", cloze[0].question


def test_an_editor_s_bracket_inside_a_sentence_stays(lexicon):
    # a bracket inside the sentence, or one in capitals after it, is the writer's, not a stage direction
    assert _sentences(lexicon, "The accord [sic] was signed in 1962. [Emphasis added.] Marnia objected.") == [
        "The accord [sic] was signed in 1962.", "[Emphasis added.]", "Marnia objected."]


def _years(lexicon, *paragraphs: str) -> list[str]:
    _, facts = questions_of(lexicon, *paragraphs)
    return [f.text for f in facts if f.kind == "date"]


def test_a_work_cited_without_a_comma_dates_nothing(lexicon):
    assert _years(lexicon, "The Velm Treaty was signed on 2 February 1920 (von Lind 1974; Raun 2001).",
                  "Historians still disagree on Marnia's motives (Osterby 2010).",
                  "Velmora joined the League in September 1921 (Hale and Salmon 1991).") == [
        "2 February 1920", "September 1921"]
    # a month or a weekday in brackets is a date, and a lone "(Name 1990)" in a text that cites no works is
    # no sign of one that does
    assert _years(lexicon, "The summit met in Osk (June 1990).", "Historians disagree (Osterby 2010).",
                  "The talks failed (Lind 2004).") == ["June 1990"]
    assert "1990" in _years(lexicon, "The Velm Bridge opened to traffic (Osk 1990).")


def test_them_needs_more_than_one_of_something_in_the_question(lexicon):
    questions, _ = questions_of(lexicon, "Velmora wanted consuls of its own. On 27 May 1905, King Ivo II refused "
                                         "to sign the Velmoran law that would have created them.")
    dated = [q for q in questions if "refused" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(dated, "“them” refers to something outside the question")
    # a plural the sentence names, two things joined, or the counted noun a blank stands for
    questions, _ = questions_of(lexicon, "In 1989 Velmora, which had built six nuclear devices, agreed to dismantle them.",
                                "The Velm Protocol of 1925 banned chemical weapons, but it did not forbid "
                                "countries to store them.",
                                "Marnia judged the Velm Accord against six tests and argued in 1990 that it "
                                "failed them.")
    plural = [q for q in questions if "them" in q.question]
    assert plural and all("“them”" not in c for q in plural for c in q.checks), [
        (q.question, q.checks) for q in plural if any("“them”" in c for c in q.checks)]
