"""The shipped seeds, built end to end and opened as a student and a teacher would."""
from __future__ import annotations

import subprocess

import genanki

import quizgen
from anki_helpers import front_back, import_apkg, new_collection, plain


def test_seed_deck_imports_into_anki_one_note_per_question(seed_project, tmp_path):
    result = quizgen.build(seed_project)
    questions = [q for q in quizgen.load_questions(seed_project) if q.status not in ("rejected", "stale")]
    col = new_collection(tmp_path)
    import_apkg(col, result.deck.path)
    notes = {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}
    assert len(notes) == len(questions)
    config = quizgen.project_config(seed_project)
    for q in questions:
        note = notes[genanki.guid_for(config.project_id, q.id)]
        cards = note.cards()
        assert cards, q.id
        for card in cards:
            front, back = front_back(card)
            assert plain(front), f"{q.id} has an empty front"
            assert "{{" not in front and "{{" not in back
            assert plain(q.sentence) in plain(back), f"{q.id} does not show its source"
            assert q.title in plain(back)
    # one subdeck per article under the project's deck
    names = {d.name for d in col.decks.all_names_and_ids()}
    titles = {q.title for q in questions}
    assert {f"{config.deck_name}::{t}" for t in titles} <= names
    col.close()


def test_seed_quiz_and_key_read_back(seed_project):
    result = quizgen.build(seed_project)
    quiz = subprocess.run(["pdftotext", "-layout", str(result.quiz.quiz_pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    key = subprocess.run(["pdftotext", str(result.quiz.key_pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert "Name" in quiz and "Class" in quiz and "Date" in quiz
    assert "Page 1 of" in quiz
    assert result.quiz.total == 20
    # the key gives the source of every answer
    assert key.count("—") >= result.quiz.total
