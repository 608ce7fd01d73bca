"""Review 107-114: an "It" after a question about a war is the war, not the article's treaty;
"The Government" does not reach back across a heading to the last side quoted; a memo's header
names and dates nothing, and a name stops before "and the Minister's"; a parties subject is no
piece of a name and no clause; an office's title is no agreement; a place set before the subject
holds no stance; a talk page's signature is no text.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions, read_article

from quizgen.extract import extract_facts
from quizgen.sources.common import strip_note_marks


def _ready(questions):
    return [q for q in questions if not q.checks]


def test_it_after_a_question_about_a_war_is_not_the_titles_treaty(lexicon):
    questions, facts = _questions(
        lexicon,
        "The Treaty of Velmora was signed on 3 March 1921 by Peru and Chile.",
        "CALLER: When did the Salt War start and finish? My aunt says 1921 to 1925.",
        "GUEST: Not quite. It began on 2 June 1922, when the army shelled the old fort, and it ended in "
        "May 1923, when the rebels laid down their arms.",
        title="The Treaty of Velmora")
    assert not [f for f in facts if f.kind == "date" and f.value.startswith(("1922", "1923"))
                and "Velmora" in f.subject], [(f.subject, f.value) for f in facts]
    assert not [q for q in _ready(questions) if "Velmora" in q.question and "end" in q.question]


def test_the_government_under_a_new_heading_is_not_the_side_last_quoted(lexicon, tmp_path):
    article = read_article(tmp_path, "# The Harbour Report\n\n"
                           "## Evidence\n\n"
                           "The Peruvian Government argued that the harbour levy should be dropped.\n\n"
                           "## The response\n\n"
                           "The Government accepted recommendations 4 and 5.\n")
    facts = extract_facts(article, lexicon)
    assert not [f for f in facts if f.kind == "position" and "recommendations" in f.text], \
        [(f.value, f.text) for f in facts if f.kind == "position"]
    # under the same heading, with no other side between, it is still the side before
    same = read_article(tmp_path, "# The Harbour Report\n\n"
                        "The Peruvian Government argued that the harbour levy should be dropped. "
                        "The Government rejected the new tolls.\n", name="same.md")
    held = [(f.value, f.text) for f in extract_facts(same, lexicon) if f.kind == "position"]
    assert ("Peru", "the new tolls") in held, held


def test_the_government_after_a_sentence_about_another_side_is_not_the_first(lexicon):
    _, facts = _questions(lexicon,
                          "The Peruvian Government argued that the harbour levy should be dropped.",
                          "Chile opened two new ports in the south. The Government accepted recommendations 4 and 5.")
    assert not [f for f in facts if f.kind == "position" and "recommendations" in f.text]


def test_a_memo_header_in_bold_names_and_dates_nothing(lexicon, tmp_path):
    article = read_article(tmp_path, "# Velmora Note\n\n**NOTE — INTERNAL**\n**From:** Legal Office\n"
                           "**To:** Director, Treaty Desk\n**Date:** 4 May 2021\n"
                           "**Subject:** The Treaty of Velmora and the Minister's visit to Peru\n\n"
                           "1. The Treaty of Velmora was signed on 3 March 1921 by Peru and Chile.\n")
    facts = extract_facts(article, lexicon)
    assert not [f for f in facts if "Minister" in f.subject or "Minister" in f.sentence], \
        [(f.subject, f.sentence) for f in facts]
    assert [f for f in facts if f.kind == "date" and f.subject == "the Treaty of Velmora" and f.value == "1921-03-03"]


def test_a_name_stops_before_and_the_and_a_possessive(lexicon):
    questions, facts = _questions(lexicon,
                                  "The Treaty of Velmora was signed on 3 March 1921 by Peru and Chile.",
                                  "The file on the Treaty of Velmora and the Minister's visit was closed in 1926.")
    assert not [f for f in facts if "Minister" in f.subject]
    assert not [q for q in questions if "Minister's?" in q.question or "Minister's signed" in q.question]


def test_a_parties_subject_is_no_cut_name_and_no_clause(lexicon):
    for text in ("A separate Convention concerning the Relief of Northern and Southern Ports was signed by "
                 "Peru and Chile at Velmora on 3 March 1923.",
                 "The award left the border to be agreed between Peru and Chile within six months."):
        questions, facts = _questions(lexicon, text)
        subjects = [f.subject for f in facts if f.kind == "parties"]
        assert not [s for s in subjects if s.startswith(("the and ", "the of ")) or " to " in s], subjects
        assert not [q for q in questions if "the and " in q.question or "to agreed" in q.question]


def test_an_office_for_a_treaty_is_no_agreement(lexicon):
    _, facts = _questions(lexicon,
                          "The Treaty of Velmora was signed on 3 March 1921 by Peru and Chile.",
                          "Ana Ruiz became the Minister for Treaty of Velmora Negotiations in 2014.",
                          "The Office of the Treaty of Velmora opened in 1990.")
    assert not [f for f in facts if "Negotiations" in f.subject]
    velmora = [f.value for f in facts if f.kind == "date" and f.subject == "the Treaty of Velmora"]
    assert velmora == ["1921-03-03"], velmora


def test_a_place_before_the_subject_holds_no_stance(lexicon):
    _, facts = _questions(lexicon,
                          "In Peru, farmers and groups of Andean descent have attacked the accord, saying it "
                          "endorses Chilean control of the valley.")
    assert not [f for f in facts if f.kind == "position" and f.value == "Peru"], \
        [(f.value, f.text) for f in facts if f.kind == "position"]
    # the place's own officials speak for it
    _, facts = _questions(lexicon, "In Peru, officials said the accord endorses Chilean control of the valley.")
    assert [f for f in facts if f.kind == "position" and f.value == "Peru"]


def test_a_talk_page_signature_is_no_text(tmp_path):
    assert strip_note_marks("The lead should say the two texts differ. — Tova Ren (talk) 21:07, "
                            "3 February 2025 (UTC)") == "The lead should say the two texts differ."
    assert strip_note_marks("Cite the 1921 text. -- Ilse Varga (talk) 09:15, 4 May 2019 (UTC)") == "Cite the 1921 text."
    kept = "The river (talk of the town) rose in 1921."
    assert strip_note_marks(kept) == kept
    article = read_article(tmp_path, "# Talk: Velmora\n\nThe infobox date is wrong: it was signed in 1921. "
                           "— Tova Ren (talk) 21:07, 3 February 2025 (UTC)\n")
    assert article.paragraphs == ("The infobox date is wrong: it was signed in 1921.",)
