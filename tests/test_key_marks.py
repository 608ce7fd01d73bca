"""A map's or a figure's key numbers after a name or a year ("the walls of Velmora (1)"),
author-date citations ("(Brandt, 2013)") and page references ("(p. 41)") point at a drawing
or a source the quiz does not print: they are no words of the sentence. A number or a year in
brackets that the text itself reads ("six (6) ships", "Article 6 (2)", "the talks (Velm, 1954)
failed") stays.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import read_article
from quizgen.extract import extract_facts


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


def test_citations_and_page_references_are_not_words(tmp_path, lexicon):
    article = read_article(tmp_path, "# Report\n\nThe Velm Pact made Aldoria a protectorate (Brandt, 2013). "
                           "Marnian troops held the port until 1925 (Ruiz and Okafor, 2001, p. 4; Brandt, 1999). "
                           "The conference, which opened with 34 states (p. 41), broke up (pp. 58–63).\n")
    assert article.paragraphs == ("The Velm Pact made Aldoria a protectorate. Marnian troops held the port "
                                  "until 1925. The conference, which opened with 34 states, broke up.",)
    years = [f.value for f in extract_facts(article, lexicon) if f.kind == "date"]
    assert "2013" not in years and "1999" not in years, years


def test_a_place_and_a_year_in_brackets_stay(tmp_path):
    text = "The talks (Velm, 1954) failed. The pact was signed in Velm (December 1641).\n"
    assert read_article(tmp_path, text, name="own.txt").paragraphs == (text.strip(),)

