"""Review 45-46: exercises are not facts (questions, instructions, sections of exercises), a
scene-setting "By ..." time is no event's date, a memo's header fields are no sentence, and a
lettered list item's mark is no word of it.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import assert_held, questions_of as _questions, read_article

from quizgen.extract import extract_facts
from quizgen.questions import generate_questions


def test_an_instruction_to_the_student_gives_no_ready_question_and_no_tf(lexicon):
    questions, _ = _questions(lexicon, "The Velmora Compact moved the border of Aldoria twice in 1921.",
                              "Describe three changes the Velmora Compact made to the border.")
    asked = [q for q in questions if "Describe" in q.question]
    assert not [q for q in asked if q.type == "tf"], [q.question for q in asked]
    assert_held(asked, "an instruction to the student")


def test_a_question_in_the_text_gives_no_ready_question_and_no_tf(lexicon):
    questions, _ = _questions(lexicon, "Aldoria signed the Velmora Compact on 4 June 1921.",
                              "Why might a farmer in Marnia in October 1921 have opposed the Velmora Compact?")
    asked = [q for q in questions if "farmer" in q.question]
    assert not [q for q in asked if q.type == "tf"], [q.question for q in asked]
    assert_held(asked, "the sentence is a question")


def test_a_section_of_exercises_gives_no_facts(tmp_path, lexicon):
    article = read_article(tmp_path, "# The Velmora Compact\n\nAldoria signed the Velmora Compact on 4 June 1921.\n\n"
                           "## Review questions\n\n1. Name the two states that signed the compact in 1921.\n"
                           "2. \"Aldoria gained 40 villages from the compact.\" How far do you agree?\n\n"
                           "### Extension\n\nMarnia lost 12 ports in 1924. Explain why.\n\n"
                           "## Aftermath\n\nMarnia ratified the compact in 1922.\n")
    facts = extract_facts(article, lexicon)
    values = {f.value for f in facts}
    assert {"1921-06-04", "1922"} <= values
    assert not [f for f in facts if "two" in f.sentence or "40" in f.sentence or "12 ports" in f.sentence], facts


def test_a_projects_own_exercise_headings_are_skipped_too(tmp_path):
    from quizgen.extract import load_lexicon
    article = read_article(tmp_path, "# The Velmora Compact\n\nAldoria signed the Velmora Compact on 4 June 1921.\n\n"
                           "## Homework\n\nMarnia lost 12 ports in 1924.\n")
    assert [f for f in extract_facts(article, load_lexicon()) if "12 ports" in f.sentence]
    data = tmp_path / "data"
    data.mkdir()
    (data / "language.yaml").write_text("exercise_headings: [homework]\n", encoding="utf-8")
    assert not [f for f in extract_facts(article, load_lexicon(data)) if "12 ports" in f.sentence]


def test_a_scene_setting_by_time_is_held_in_every_form(lexicon):
    questions, _ = _questions(lexicon, "By the spring of 1921 both armies in the Velmora War were exhausted.",
                              "Aldoria signed a truce in 1919, and Marnia signed another in 1923 and in 1925.")
    scene = [q for q in questions if q.kind == "date" and ("spring" in q.question or "Velmora War" in q.question)]
    assert {q.type for q in scene} >= {"cloze", "mcq"}
    assert_held(scene, "sets the scene")
    for q in scene:
        if q.type == "tf" and q.answer == "False":
            year = int(q.question.split("spring of ")[1][:4])
            assert year < 1921, q.question


def test_a_memos_header_fields_give_no_facts_and_date_the_memo(tmp_path, lexicon):
    article = read_article(tmp_path, "# Note on the Velmora Compact\n\nRESTRICTED\n\nTO: The Council of Aldoria\n"
                           "FROM: Treaty Records Office\nSUBJECT: The Velmora Compact at forty\nDATE: 3 May 1961\n\n"
                           "## Background\n\nThe Velmora Compact was signed on 4 June 1921 by Aldoria and Marnia.\n")
    assert "DATE: 3 May 1961" in article.paragraphs
    assert not any("FROM:" in p and "DATE:" in p for p in article.paragraphs)
    facts = extract_facts(article, lexicon)
    assert facts and not any("1961" in f.value or "DATE" in f.sentence for f in facts), \
        [(f.value, f.sentence) for f in facts]


def test_a_lettered_items_mark_is_not_printed(tmp_path, lexicon):
    article = read_article(tmp_path, "# Advice\n\nAldoria signed the Velmora Compact on 4 June 1921.\n\n"
                           "We advise that the council:\n\n   (a) note that Marnia ratified the Velmora Compact in "
                           "March 1922;\n\n   (b) thank the Velmora Commission.\n")
    assert not any(p.startswith("(") for p in article.paragraphs), article.paragraphs
    facts = extract_facts(article, lexicon)
    questions = generate_questions([article], {article.slug: facts}, lexicon)[article.slug]
    item = [q for q in questions if "ratified" in q.question]
    assert item and not any("(a)" in q.question for q in item)
    assert_held(item, "list item")
