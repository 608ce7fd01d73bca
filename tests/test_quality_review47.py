"""Review 47-48: a Markdown table's cells are no sentence, a reference work's note marks
("[4]") are no words, a section of references or links gives no facts, and an ordinal
("the 17th century") counts nothing.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import read_article
from quizgen.extract import extract_facts


def test_a_table_is_not_read_as_a_sentence(tmp_path):
    article = read_article(tmp_path, "# The Velmora Compact\n\n"
                           "| The Velmora Compact | |\n|---|:---:|\n| Signed | 4 June 1921 |\n| Parties | Aldoria; Marnia |\n\n"
                           "The Velmora Compact was signed by Aldoria and Marnia on 4 June 1921.\n\n"
                           "Port | Ships\n--- | ---\nTessa | 40\n\nMarnia ratified the compact in 1922.\n")
    assert article.paragraphs == ("The Velmora Compact was signed by Aldoria and Marnia on 4 June 1921.",
                                  "Marnia ratified the compact in 1922.")


def test_a_line_with_a_bar_but_no_table_is_text(tmp_path):
    article = read_article(tmp_path, "# Ports\n\nThe ports | as the delegates called them | stayed open in 1921.\n")
    assert article.paragraphs == ("The ports | as the delegates called them | stayed open in 1921.",)


def test_note_marks_are_not_words(tmp_path):
    article = read_article(tmp_path, "# Ports\n\nMarnia ceded 40 villages to Aldoria in 1921.[3] "
                           "The compact[a][12] lapsed in 1950.[citation needed] See [the map][2] and [4] below.\n")
    assert article.paragraphs == ("Marnia ceded 40 villages to Aldoria in 1921. The compact lapsed in 1950. "
                                  "See the map and [4] below.",)
    text = read_article(tmp_path, "Marnia ceded 40 villages to Aldoria in 1921.[3]\n", name="own.txt")
    assert text.paragraphs == ("Marnia ceded 40 villages to Aldoria in 1921.",)


def test_references_and_links_give_no_facts(tmp_path, lexicon):
    article = read_article(tmp_path, "# The Velmora Compact\n\nAldoria signed the Velmora Compact on 4 June 1921.\n\n"
                           "## See also\n\n- The Tessa Accord of 1930\n\n"
                           "## References\n\n1. Brandt, The Velmora Compact and Its Makers (1961).\n")
    facts = extract_facts(article, lexicon)
    assert {f.value for f in facts} == {"1921-06-04"}


def test_an_ordinal_is_no_quantity(tmp_path, lexicon):
    article = read_article(tmp_path, "# Ports\n\nIn the mid-17th century Marnian traders reached the coast, "
                           "and 40 ships sailed in its 3rd season.\n")
    quantities = [f.value for f in extract_facts(article, lexicon) if f.kind in ("quantity", "range")]
    assert quantities == ["40 ships"]


def test_an_html_articles_reference_section_gives_no_facts(tmp_path, lexicon):
    article = read_article(tmp_path, "<html><body><article><h1>The Velmora Compact</h1>"
                           "<p>Aldoria signed the Velmora Compact on 4 June 1921.</p>"
                           "<h2>Review questions</h2><ol><li>Name the two states that signed it in 1921.</li></ol>"
                           "<h2>Aftermath</h2><p>Marnia ratified the compact in 1922.</p>"
                           "<h2>Further reading</h2><ul><li>Brandt, Velmora and Its Makers (1961).</li></ul>"
                           "</article></body></html>", name="own.html")
    assert [h[1:] for h in article.headings] == [(2, "Review questions"), (2, "Aftermath"), (2, "Further reading")]
    assert {f.value for f in extract_facts(article, lexicon)} == {"1921-06-04", "1922"}
