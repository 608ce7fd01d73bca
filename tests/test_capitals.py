"""An article written in capitals (a wire copy, a telegram) is read like any other.

A long run of capitalised words once made the agreement-name pattern try every way
of splitting each word, so one sentence of capitals took seconds and a paragraph
minutes. Every sentence here is written for the test; none comes from an article.
"""
from __future__ import annotations

from own_article import questions_of as _questions


def test_an_article_in_capitals_is_read(lexicon):
    _, facts = _questions(lexicon, "ALDORIA AND MARNIA SIGNED THE VELM RIVER ACCORD ON 4 MAY 1921 AFTER SIX "
                                   "YEARS OF TALKS IN THE OLD TOWN HALL OF PORTO VELL NEAR THE GREAT NORTHERN "
                                   "CANAL, THE MINISTER SAID AT THE TIME.")
    assert "1921-05-04" in [f.value for f in facts if f.kind == "date"], facts
