"""The printable quiz: a sheet and an answer key, as HTML and PDF.

PDFs are checked through ``pdftotext`` / ``pdfinfo`` (poppler), the way a
teacher would see them, not by comparing against stored bytes.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from quizgen.errors import RenderError
from quizgen.model import Question
from quizgen.render.printable import (TimelineEvent, cloze_segments, position_segments,
                                      render_quiz, render_sheet, resolve_points)

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfinfo")),
    reason="needs poppler's pdftotext and pdfinfo",
)

TITLE = "The Harbor Accord"
SIGNED = ("The Harbor Accord was signed on 12 March 1994 in Oslo by the ministers "
          "of Norland and Vesterby.")
FLEETS = ("Fishing fleets from both countries may operate within 200 nautical miles "
          "of the shared coast.")
QUOTA = ("Norland argued that the quota should be reviewed every five years, while "
         "Vesterby wanted a permanent cap.")
RUSSIAN = "Соглашение о гавани было подписано в Осло в 1994 году."
COMMISSION = "The Northern Fisheries Commission meets twice a year."


def question(id: str, type: str, text: str, answer: str, sentence: str,
             choices: list[str] | None = None, title: str = TITLE) -> Question:
    return Question(id=f"q-harbor-{id}", type=type, question=text, answer=answer,
                    article="harbor-accord", sentence=sentence, choices=choices,
                    title=title, status="approved")


def harbor_questions() -> list[Question]:
    # Deliberately out of sheet order: the renderer groups them by type.
    return [
        question("cloze", "cloze", "The accord was signed in [[Oslo]] in [[1994]].",
                 "Oslo; 1994", SIGNED),
        question("short", "short", "How often does the Northern Fisheries Commission meet?",
                 "Twice a year", COMMISSION),
        question("mcq", "mcq", "How far from the coast may the fleets operate?",
                 "200 nautical miles", FLEETS,
                 choices=["50 nautical miles", "120 nautical miles",
                          "200 nautical miles", "350 nautical miles"]),
        question("tf", "tf", "The accord was signed in Bergen.", "False", SIGNED),
        question("side", "side", "Which side wanted a permanent cap on the quota?",
                 "Vesterby", QUOTA, choices=["Norland", "Vesterby"]),
        question("ru", "cloze", "Соглашение о гавани было подписано в [[Осло]].",
                 "Осло", RUSSIAN, title="Соглашение о гавани"),
        question("script", "short", "Which tag does <script>alert(1)</script> show?",
                 "Scripttag", "Harbor logs mention <script>alert(1)</script> once."),
    ]


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], check=True,
                          capture_output=True, text=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size:"))


@pytest.fixture(scope="module")
def harbor(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("decks") / "quizzes"   # does not exist yet
    return render_quiz(harbor_questions(), out_dir, name="harbor", title="Harbor Accord check")


def test_writes_sheet_and_key_as_html_and_pdf(harbor):
    folder = harbor.quiz_pdf.parent
    assert sorted(p.name for p in folder.iterdir()) == [
        "harbor-key.html", "harbor-key.pdf", "harbor-quiz.html", "harbor-quiz.pdf"]
    assert harbor.counts == {"mcq": 1, "tf": 1, "cloze": 2, "short": 2, "side": 1}
    assert harbor.total == 7
    assert harbor.quiz_pages >= 1 and harbor.key_pages >= 1
    assert harbor.quiz_pdf.read_bytes().startswith(b"%PDF")


def test_sheet_shows_every_stem_choice_and_page_number(harbor):
    text = pdf_text(harbor.quiz_pdf)
    for stem in ["How often does the Northern Fisheries Commission meet?",
                 "How far from the coast may the fleets operate?",
                 "The accord was signed in Bergen.",
                 "wanted a permanent cap on the quota.",
                 "The accord was signed in", "Соглашение о гавани было подписано в"]:
        assert stem in text
    for choice in ["A 50 nautical miles", "B 120 nautical miles", "C 200 nautical miles",
                   "D 350 nautical miles", "A Norland", "B Vesterby"]:
        assert choice in " ".join(text.split())
    for heading in ["Name", "Class", "Date", "Multiple choice", "True or false",
                    "Fill in the blank", "Short answer", "Which side?", "True / False"]:
        assert heading in text
    assert "Page 1 of" in text


def test_sheet_keeps_cloze_and_short_answers_off_the_page(harbor):
    text = pdf_text(harbor.quiz_pdf)
    for answer in ["Oslo", "1994", "Осло", "Twice a year", "Scripttag"]:
        assert answer not in text
    html = harbor.quiz_html.read_text(encoding="utf-8")
    assert "Oslo" not in html and "Twice a year" not in html


def test_sections_come_in_fixed_order_numbered_continuously(harbor):
    text = " ".join(pdf_text(harbor.quiz_pdf).split())
    order = ["1. How far from the coast", "2. The accord was signed in Bergen",
             "3. The accord was signed in", "4. Соглашение", "5. How often",
             "6. Which tag", "7. wanted a permanent cap"]
    positions = [text.index(item) for item in order]
    assert positions == sorted(positions)


def test_cloze_blanks_are_sized_to_the_answer():
    segments = cloze_segments("Signed in [[Oslo]] by [[the Northern Fisheries "
                              "Commission of Norland and Vesterby]].")
    assert [s["text"] for s in segments] == [
        "Signed in ", "Oslo", " by ",
        "the Northern Fisheries Commission of Norland and Vesterby", "."]
    widths = [s["width"] for s in segments if s["blank"]]
    assert widths == [8, 30]          # at least 8ch, capped at 30ch


def test_key_gives_every_answer_with_its_source(harbor):
    text = " ".join(pdf_text(harbor.key_pdf).split())
    for answer in ["The accord was signed in Oslo in 1994.", "Twice a year",
                   "C 200 nautical miles", "False", "B Vesterby",
                   "Соглашение о гавани было подписано в Осло.", "Scripttag"]:
        assert answer in text
    for sentence in [SIGNED, FLEETS, QUOTA, RUSSIAN, COMMISSION]:
        assert sentence in text
    assert f"— {TITLE}" in text and "— Соглашение о гавани" in text
    assert "1. C" in text and "7. B" in text     # same numbering as the sheet


def test_article_text_is_data_not_markup(harbor):
    html = harbor.quiz_html.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert "<script>alert(1)</script>" in pdf_text(harbor.quiz_pdf)
    assert "<script>alert(1)</script>" in pdf_text(harbor.key_pdf)


def test_project_template_overrides_one_block(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "quiz.html").write_text(
        '{% extends "builtin/quiz.html" %}\n'
        "{% block header %}<h1>Springfield High</h1>{{ super() }}{% endblock %}\n",
        encoding="utf-8")
    out = render_quiz(harbor_questions()[:2], tmp_path / "out", name="s", title="Unit 3",
                      template_dirs=[templates])
    text = pdf_text(out.quiz_pdf)
    assert "Springfield High" in text and "Unit 3" in text and "Name" in text
    assert "Springfield High" not in pdf_text(out.key_pdf)


def test_paper_size_and_date_label(tmp_path):
    out = render_quiz(harbor_questions()[:2], tmp_path, name="us", title="Unit 3",
                      paper="letter", date_label="14 June 2024")
    assert "612 x 792 pts (letter)" in page_size(out.quiz_pdf)
    assert "612 x 792 pts (letter)" in page_size(out.key_pdf)
    assert "14 June 2024" in pdf_text(out.quiz_pdf)


def test_a4_is_the_default(harbor):
    assert "(A4)" in page_size(harbor.quiz_pdf)


def test_rendering_twice_gives_identical_files(harbor, tmp_path):
    again = render_quiz(harbor_questions(), tmp_path, name="harbor", title="Harbor Accord check")
    for first, second in zip(harbor.paths, again.paths):
        assert first.read_bytes() == second.read_bytes(), first.name


def test_no_questions_is_an_error_not_an_empty_pdf(tmp_path):
    with pytest.raises(RenderError, match="no questions to put on the quiz"):
        render_quiz([], tmp_path / "out", name="empty", title="Nothing")
    assert not (tmp_path / "out").exists()


def test_unknown_paper_is_an_error(tmp_path):
    with pytest.raises(RenderError, match="unknown paper size 'a5'"):
        render_quiz(harbor_questions(), tmp_path, name="x", title="X", paper="a5")


def test_choice_answer_must_be_one_of_the_choices(tmp_path):
    bad = question("bad", "mcq", "Where?", "Tromsø", SIGNED, choices=["Oslo", "Bergen"])
    with pytest.raises(RenderError, match="q-harbor-bad.*not one of its choices"):
        render_quiz([bad], tmp_path, name="x", title="X")
    assert list(tmp_path.iterdir()) == []


def test_points_per_section_and_in_total(harbor):
    text = " ".join(pdf_text(harbor.quiz_pdf).split())
    # mcq 1, tf 1, cloze 2 × 1, short 2 × 2, side 1
    assert harbor.points == 9 and "/ 9 points" in text
    assert "2 × 2 points = 4 points" in text and "1 × 1 point = 1 point" in text
    key = " ".join(pdf_text(harbor.key_pdf).split())
    assert "9 points" in key and "2 points" in key


def test_which_side_is_a_matching_section():
    assert position_segments("According to reports, which side raised concerns?") == [
        {"blank": False, "text": "According to reports, "}, {"blank": True, "text": ""},
        {"blank": False, "text": " raised concerns."}]
    assert position_segments("Who objected?")[0] == {"blank": True, "text": ""}


def test_matching_letters_sides_once_for_all_positions(tmp_path):
    sides = [question("s1", "side", "Which side wanted a permanent cap?", "Vesterby", QUOTA,
                      choices=["Norland", "Vesterby", "the Commission"]),
             question("s2", "side", "Which side argued for reviews?", "Norland", QUOTA,
                      choices=["Vesterby", "Norland"])]
    sheet = render_sheet(sides, tmp_path, title="Sides", version="B")
    text = " ".join(pdf_text_bytes(sheet.quiz_pdf, tmp_path).split())
    assert "A The Commission B Norland C Vesterby" in text     # "the" is not sorted on
    assert "1. wanted a permanent cap." in text and "2. argued for reviews." in text
    assert "Version B · Page 1 of 1" in text
    assert sheet.answers == {1: "C", 2: "B"}
    key = " ".join(pdf_text_bytes(sheet.key_pdf, tmp_path).split())
    assert "1. C Vesterby" in key and "2. B Norland" in key


def test_timeline_task_and_its_key(tmp_path):
    events = [TimelineEvent("e2", "The treaty was renewed in _____.", "2010", 1, "Renewed in 2010.", "T"),
              TimelineEvent("e1", "The treaty was signed in _____.", "1994", 0, "Signed in 1994.", "T"),
              TimelineEvent("e3", "The treaty lapsed in _____.", "2021", 2, "Lapsed in 2021.", "T")]
    sheet = render_sheet([], tmp_path, title="Order", timeline=events, points={"timeline": 2})
    text = " ".join(pdf_text_bytes(sheet.quiz_pdf, tmp_path).split())
    assert "A The treaty was renewed in _____." in text and "Earliest" in text
    assert "2010" not in text and sheet.points == 6
    key = " ".join(pdf_text_bytes(sheet.key_pdf, tmp_path).split())
    assert "1. B → A → C" in key and "1994" in key
    with pytest.raises(RenderError, match="without ties"):
        render_sheet([], tmp_path, title="x", timeline=events[:1] + events[:1])


def test_points_can_be_one_number_or_per_type():
    assert set(resolve_points(3).values()) == {3}
    assert resolve_points({"short": 5})["short"] == 5 and resolve_points({"short": 5})["mcq"] == 1
    with pytest.raises(RenderError, match="unknown question type 'essay'"):
        resolve_points({"essay": 2})


def pdf_text_bytes(data: bytes, folder: Path) -> str:
    path = folder / "sheet.pdf"
    path.write_bytes(data)
    return pdf_text(path)


def test_key_says_why_quizgen_held_a_question_back(tmp_path):
    held = Question(id="q-harbor-held", type="tf", question="The accord was signed in Bergen.", answer="False",
                    article="harbor-accord", sentence=SIGNED, title=TITLE, status="draft",
                    checks=["“the accord” does not say which one"])
    ready = Question(id="q-harbor-ready", type="short", question="How often does the Northern Fisheries "
                     "Commission meet?", answer="Twice a year", article="harbor-accord", sentence=COMMISSION,
                     title=TITLE, status="draft")
    approved = Question(id="q-harbor-approved", type="mcq", question="How far from the coast may the fleets operate?",
                        answer="200 nautical miles", article="harbor-accord", sentence=FLEETS, title=TITLE,
                        status="approved", checks=["a wrong choice is written in the question"],
                        choices=["50 nautical miles", "120 nautical miles", "200 nautical miles", "350 nautical miles"])
    out = render_quiz([held, ready, approved], tmp_path, name="harbor", title="Harbor Accord check")
    key = " ".join(pdf_text(out.key_pdf).split())
    assert key.count("Held back by quizgen") == 1
    assert "Held back by quizgen: “the accord” does not say which one" in key
    assert "Held back by quizgen" not in " ".join(pdf_text(out.quiz_pdf).split())
