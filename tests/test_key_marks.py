"""A map's or a figure's key numbers after a name or a year ("the walls of Velmora (1)")
point at a drawing the quiz does not print: they are no words of the sentence. A number
in brackets that the text itself reads ("six (6) ships", "Article 6 (2)") stays.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import read_article


def test_key_numbers_after_a_name_or_a_year_are_not_words(tmp_path):
    article = read_article(tmp_path, "# The Velm frontier\n\nIn 1683 an army reached the walls of Velmora (1); "
                           "Marnia held the coast between 1685 and 1687 (5). The talks opened near Porto Vell (7), "
                           "on the river.\n")
    assert article.paragraphs == ("In 1683 an army reached the walls of Velmora; Marnia held the coast "
                                  "between 1685 and 1687. The talks opened near Porto Vell, on the river.",)


def test_numbers_the_text_reads_in_brackets_stay(tmp_path):
    text = "Aldoria sent six (6) ships. Article 6 (2) of the pact forbids it.\n"
    article = read_article(tmp_path, text, name="own.txt")
    assert article.paragraphs == (text.strip(),)
