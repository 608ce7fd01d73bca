"""``make_quiz``: versions of a printable quiz, their keys and the overview.

Sheets and keys are read back with ``pdftotext``, the way a teacher sees
them: each key must point at the right option on its own version's sheet.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

import quizgen
from quizgen.errors import QuizgenError
from quizgen.model import Question
from quizgen.quiz import (build_timeline, choose, make_quiz, parse_date, shows_sentence,
                          shuffle_version)

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")

REPO = Path(__file__).resolve().parents[1]


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def segments(text: str, count: int) -> dict[int, str]:
    """The text of each numbered item: from "n. " up to "n+1. "."""
    text = " " + flat(text) + " "
    starts, pos = {}, 0
    for n in range(1, count + 1):
        pos = text.index(f" {n}. ", pos)
        starts[n] = pos
    ends = [starts[n + 1] if n < count else len(text) for n in range(1, count + 1)]
    return {n: text[starts[n] + len(f" {n}. "):end] for n, end in zip(starts, ends)}


@pytest.fixture(scope="module")
def seed_questions() -> list[Question]:
    return quizgen.load_questions(REPO)


@pytest.fixture(scope="module")
def quiz(seed_questions, tmp_path_factory):
    out = tmp_path_factory.mktemp("quiz")
    return make_quiz(seed_questions, out, name="diplomacy", title="US–Russia Diplomacy",
                     versions=3, count=20, seed=7)


def test_writes_three_sheets_three_keys_and_one_overview(quiz):
    folder = quiz.overview_pdf.parent
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"diplomacy-{v}{suffix}" for v in "ABC"
         for suffix in (".pdf", ".html", "-key.pdf", "-key.html")]
        + ["diplomacy-overview.pdf", "diplomacy-overview.html"])
    assert [v.letter for v in quiz.versions] == ["A", "B", "C"]
    # The shipped bank has fewer than 20 facts that do not give each other away.
    assert 15 <= quiz.total <= 20
    assert quiz.total == 20 or "not 20" in quiz.notes[0]
    assert all(p.read_bytes().startswith(b"%PDF") for p in folder.glob("*.pdf"))


def test_versions_ask_the_same_questions_in_different_orders(quiz):
    orders = [v.order for v in quiz.versions]
    assert len(set(orders)) == 3
    assert all(sorted(o) == sorted(orders[0]) for o in orders)
    # The sheets show them in that order.
    by_id = {q.id: q for q in quiz.questions}
    for version in quiz.versions:
        items = segments(pdf_text(version.sheet_pdf), len(version.order))
        for n, item_id in enumerate(version.order, start=1):
            if item_id in by_id and by_id[item_id].type in ("mcq", "tf", "short"):
                assert items[n].startswith(flat(by_id[item_id].question)[:40]), (version.letter, n)


def test_each_key_is_right_for_its_own_sheet(quiz):
    by_id = {q.id: q for q in quiz.questions}
    checked = Counter()
    for version in quiz.versions:
        count = len(version.order)
        sheet = segments(pdf_text(version.sheet_pdf), count)
        key = segments(pdf_text(version.key_pdf), count)
        sheet_text = flat(pdf_text(version.sheet_pdf))
        for n, item_id in enumerate(version.order, start=1):
            if item_id == "timeline":
                continue
            q = by_id[item_id]
            if q.type == "mcq":
                letter = key[n].split()[0]
                assert key[n].startswith(f"{letter} {flat(q.answer)}")
                assert f"{letter} {flat(q.answer)}" in sheet[n], (version.letter, n)
                assert letter == version.answers[n]
            elif q.type == "side":
                letter = key[n].split()[0]
                label = q.answer[:1].upper() + q.answer[1:]
                assert key[n].startswith(f"{letter} {label}")
                # The lettered list of sides sits above the first position.
                assert f"{letter} {label}" in sheet_text
            elif q.type == "tf":
                assert key[n].split()[0] == q.answer
            checked[q.type] += 1
    assert checked["mcq"] >= 3 and checked["side"] >= 3 and checked["tf"] >= 3


def test_each_timeline_key_orders_its_sheets_events(quiz):
    assert 4 <= len(quiz.timeline) <= 6
    for version in quiz.versions:
        n = version.order.index("timeline") + 1
        sheet = segments(pdf_text(version.sheet_pdf), len(version.order))[n]
        key_letters = version.answers[n]
        # Read the sheet's events back: "A <text> B <text> …".
        events = {}
        letters = sorted(key_letters)
        start = 0
        for i, letter in enumerate(letters):
            # a letter on its own, not the "F " of "INF Treaty"
            start = re.compile(rf"(?:^|\s){letter} ").search(sheet, start).end()
            end = (re.compile(rf"\s{letters[i + 1]} ").search(sheet, start).start()
                   if i + 1 < len(letters) else len(sheet))
            events[letter] = sheet[start:end]
        ranks = []
        for letter in key_letters:
            [event] = [e for e in quiz.timeline if events[letter].startswith(flat(e.text)[:50])]
            ranks.append(event.rank)
        assert ranks == list(range(len(quiz.timeline))), version.letter


def test_every_page_has_the_version_letter_and_page_numbers(quiz):
    for version in quiz.versions:
        for path, pages in ((version.sheet_pdf, version.pages), (version.key_pdf, version.key_pages)):
            texts = pdf_text(path).split("\f")[:pages]
            for i, page in enumerate(texts, start=1):
                assert f"Version {version.letter} · Page {i} of {pages}" in page, (path.name, i)


def test_sheet_shows_points_and_writing_lines(quiz):
    text = flat(pdf_text(quiz.versions[0].sheet_pdf))
    for label in ("School", "Class", "Name", "Date"):
        assert label in text
    assert f"/ {quiz.points} points" in text
    assert "× 1 point =" in text and "× 2 points =" in text
    assert "for each event in the right place" in text
    key = flat(pdf_text(quiz.versions[0].key_pdf))
    assert f"{quiz.points} points" in key and "2 points" in key


def test_overview_gives_each_questions_number_in_every_version(quiz):
    text = flat(pdf_text(quiz.overview_pdf))
    assert "Versions A, B, C" in text
    html = quiz.overview_html.read_text(encoding="utf-8")
    rows = re.findall(r'<tr>\s*<td class="text">.*?</tr>', html, re.DOTALL)
    assert len(rows) == quiz.total
    for row, item_id in zip(rows, quiz.versions[0].order):
        numbers = re.findall(r'<td class="v">(\d+)', row)
        assert numbers == [str(v.order.index(item_id) + 1) for v in quiz.versions]


def test_same_seed_writes_the_same_bytes(quiz, seed_questions, tmp_path):
    again = make_quiz(seed_questions, tmp_path, name="diplomacy", title="US–Russia Diplomacy",
                      versions=3, count=20, seed=7)
    for first, second in zip(quiz.paths, again.paths):
        assert first.read_bytes() == second.read_bytes(), first.name


def test_a_different_seed_gives_a_different_order(seed_questions):
    chosen, timeline, _ = choose(seed_questions, count=20)
    seven = shuffle_version(chosen, timeline, 7, "A")
    eight = shuffle_version(chosen, timeline, 8, "A")
    assert [q.id for q in seven[0]] != [q.id for q in eight[0]]
    assert sorted(q.id for q in seven[0]) == sorted(q.id for q in eight[0])


def mcq(n: int, choices: int = 4) -> Question:
    options = [f"option {n}-{i}" for i in range(choices)]
    return Question(id=f"m{n}", type="mcq", question=f"Question {n}?", answer=options[0],
                    choices=options, article="a", sentence="s", fact=f"f{n}", status="approved")


@pytest.mark.parametrize("count", [4, 7, 13, 22])
def test_right_answers_are_spread_evenly_over_the_letters(count):
    questions = [mcq(n) for n in range(count)]
    for seed in range(5):
        for letter in "ABC":
            shuffled, _, _ = shuffle_version(questions, [], seed, letter)
            positions = Counter(q.choices.index(q.answer) for q in shuffled)
            spread = [positions.get(i, 0) for i in range(4)]
            assert max(spread) - min(spread) <= 1, (count, seed, letter, spread)
            # The options themselves are all still there.
            originals = {q.id: q for q in questions}
            assert all(sorted(q.choices) == sorted(originals[q.id].choices) for q in shuffled)


def test_no_matching_question_is_an_error_not_an_empty_pdf(seed_questions, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(QuizgenError, match=r"no questions match \(tags: no-such-tag\)"):
        make_quiz(seed_questions, out, name="q", title="Q", tags=["no-such-tag"])
    with pytest.raises(QuizgenError, match="no article 'atlantis' in the bank"):
        make_quiz(seed_questions, out, name="q", title="Q", articles=["atlantis"])
    with pytest.raises(QuizgenError, match="unknown question type"):
        make_quiz(seed_questions, out, name="q", title="Q", types=["essay"])
    with pytest.raises(QuizgenError, match="no questions match"):
        make_quiz([], out, name="q", title="Q")
    assert not out.exists()


def test_types_articles_tags_and_count_choose_the_material(seed_questions):
    chosen, timeline, _ = choose(seed_questions, count=5, types=["tf"])
    assert len(chosen) == 5 and {q.type for q in chosen} == {"tf"} and not timeline
    slug = "ukraine-crisis-and-territorial-disputes-addressed-in-the"
    chosen, _, _ = choose(seed_questions, count=50, articles=[slug], types=["mcq", "side"])
    assert chosen and {q.article for q in chosen} == {slug}
    chosen, _, _ = choose(seed_questions, count=50, tags=["side::russia"], types=["side", "tf"])
    assert chosen and all("side::russia" in q.tags for q in chosen)
    chosen, timeline, _ = choose(seed_questions, count=100)
    facts = [q.fact for q in chosen]
    assert len(facts) == len(set(facts))          # one question per fact
    # No question prints a sentence another question (or the timeline) comes from.
    shown = [q.sentence for q in chosen if shows_sentence(q)]
    assert len(shown) == len(set(shown))
    others = [q.sentence for q in chosen if not shows_sentence(q)] + [e.sentence for e in timeline]
    assert not set(shown) & set(others)
    chosen, timeline, _ = choose(seed_questions, types=["timeline"])
    assert chosen == [] and len(timeline) >= 4


def test_dates_are_read_for_the_timeline():
    year = parse_date("2014")
    assert year and parse_date("March 2014")[0] > year[0]
    assert parse_date("14 March 1996") == parse_date("March 14, 1996") == parse_date("1996-03-14")
    assert parse_date("early 2021")[1] < parse_date("late 2021")[0]
    assert parse_date("1980s")[0] < parse_date("1989")[0] <= parse_date("1980s")[1]
    assert parse_date("the early 1990s")[1] < parse_date("1995")[0]
    assert parse_date("Feb. 2021")[0] < parse_date("early 2021")[1]
    assert parse_date("soon") is None and parse_date("5 years") is None


def dated(n: int, answer: str, sentence: str) -> Question:
    return Question(id=f"d{n}-short", type="short", question=f"When did event {n} happen?",
                    answer=answer, article="a", sentence=sentence, fact=f"d{n}", kind="date",
                    status="approved")


def test_timeline_skips_dates_that_tie_and_orders_the_rest():
    pool = [dated(1, "2021", "It ended in 2021."), dated(2, "February 2021", "It lapsed in February 2021."),
            dated(3, "1987", "It was signed in 1987."), dated(4, "the 1990s", "Talks ran in the 1990s."),
            dated(5, "14 March 2010", "It was renewed on 14 March 2010."),
            dated(6, "early 2021", "It was extended in early 2021."),
            dated(7, "2015", "A review came in 2015.")]
    events = build_timeline(pool)
    dates = [e.date for e in events]
    assert dates == ["1987", "the 1990s", "14 March 2010", "2015", "2021"]
    assert events[0].text == "It was signed in _____."
    assert build_timeline(pool[:3]) == []          # fewer than four orderable events


def test_cyrillic_renders_on_sheet_and_key(tmp_path):
    questions = [
        Question(id="ru-1", type="mcq", question="Где было подписано соглашение?",
                 answer="В Осло", choices=["В Берлине", "В Осло", "В Париже"], article="ru",
                 sentence="Соглашение было подписано в Осло.", title="Соглашение о гавани",
                 fact="ru1", status="approved"),
        Question(id="ru-2", type="cloze", question="Соглашение подписано в [[1994]] году.",
                 answer="1994", article="ru", sentence="Соглашение подписано в 1994 году.",
                 title="Соглашение о гавани", fact="ru2", status="approved"),
    ]
    result = make_quiz(questions, tmp_path, name="ru", title="Контрольная работа", seed=1)
    sheet = flat(pdf_text(result.versions[0].sheet_pdf))
    key = flat(pdf_text(result.versions[0].key_pdf))
    assert "Контрольная работа" in sheet and "Где было подписано соглашение?" in sheet
    assert "В Осло" in sheet and "1994" not in sheet
    assert "Соглашение подписано в 1994 году." in key and "— Соглашение о гавани" in key


def test_project_template_overrides_the_student_block(seed_questions, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "quiz.html").write_text(
        '{% extends "builtin/quiz.html" %}\n'
        "{% block student %}<p>Springfield High · Room 12</p>{{ super() }}{% endblock %}\n",
        encoding="utf-8")
    result = make_quiz(seed_questions, tmp_path / "out", name="s", title="Unit 3", count=3,
                       types=["tf"], template_dirs=[templates], paper="letter", points=2)
    text = flat(pdf_text(result.versions[0].sheet_pdf))
    assert "Springfield High · Room 12" in text and "Name" in text
    assert "3 × 2 points = 6 points" in text and result.points == 6


def test_a_sheet_s_true_or_false_statements_are_not_all_true():
    # ten facts may each be asked as a true statement, a short question or a cloze; three only as a false statement
    pool = []
    for n in range(13):
        sentence = f"Event {n} happened in {1900 + n}."
        if n >= 10:
            pool.append(Question(id=f"t{n}-tf", type="tf", question=f"Event {n} happened in {1800 + n}.",
                                 answer="False", article="a", sentence=sentence, fact=f"t{n}", kind="date"))
            continue
        pool += [Question(id=f"t{n}-tf", type="tf", question=sentence, answer="True", article="a",
                          sentence=sentence, fact=f"t{n}", kind="date"),
                 Question(id=f"t{n}-short", type="short", question=f"When did event {n} happen?",
                          answer=str(1900 + n), article="a", sentence=sentence, fact=f"t{n}", kind="date"),
                 Question(id=f"t{n}-cloze", type="cloze", question=f"Event {n} happened in [[{1900 + n}]].",
                          answer=str(1900 + n), article="a", sentence=sentence, fact=f"t{n}", kind="date")]
    chosen, _, _ = choose(pool, count=12, types=["tf", "cloze", "short"])
    answers = Counter(q.answer for q in chosen if q.type == "tf")
    assert answers["False"] >= 2 and answers["True"] <= answers["False"], answers
