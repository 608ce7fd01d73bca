"""Reviews 211-226: a transcript's "[pause]" or "[laughs]" between sentences ends the one before
and is no word of either.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from quizgen.extract.sentences import split_sentences
from quizgen.model import Article

from own_article import questions_of


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
