"""quizgen.render.anki: packages checked by importing them into a real Anki collection."""
from __future__ import annotations

import json

import pytest
from anki_helpers import (
    HARBOR_SIGNED,
    HARBOR_TITLE,
    QUIZGEN_NOTETYPES,
    RIVER_TITLE,
    Question,
    front_back,
    import_apkg,
    new_collection,
    notes_by_question,
    plain,
    replace,
    sample_questions,
)

from quizgen.errors import RenderError
from quizgen.render import anki as anki_render
from quizgen.render.anki import MODEL_IDS, manifest_path, render_anki

PROJECT = "treaties-course"
DECK = "Treaties"
T0 = 1_750_000_000.0

EXPECTED_NOTETYPE = {
    "cloze": "quizgen Cloze",
    "short": "quizgen Basic",
    "side": "quizgen Basic",
    "mcq": "quizgen Multiple Choice",
    "tf": "quizgen True/False",
}


def render(questions, out, **kwargs):
    kwargs.setdefault("deck_name", DECK)
    kwargs.setdefault("project_id", PROJECT)
    kwargs.setdefault("now", T0)
    return render_anki(questions, out, **kwargs)


def test_every_question_becomes_one_usable_note(tmp_path):
    questions = sample_questions()
    out = tmp_path / "decks" / "treaties.apkg"
    summary = render(questions, out)
    assert out.is_file() and manifest_path(out).is_file()
    assert summary.path == out and summary.notes == len(questions)
    assert sorted(summary.added) == sorted(q.id for q in questions)

    col = new_collection(tmp_path)
    log = import_apkg(col, out)
    assert len(log.new) == len(questions) and not log.conflicting and not log.duplicate
    notes = notes_by_question(col, PROJECT, questions)
    assert set(notes) == {q.id for q in questions}
    for q in questions:
        note = notes[q.id]
        assert note.note_type()["name"] == EXPECTED_NOTETYPE[q.type]
        assert note.note_type()["id"] == MODEL_IDS[EXPECTED_NOTETYPE[q.type]]
        cards = note.cards()
        assert len(cards) == (2 if q.type == "cloze" else 1)
        for card in cards:
            front, back = front_back(card)
            assert plain(front), f"{q.id}: blank front"
            assert "{{" not in front + back
            assert q.sentence in plain(back)
            assert f"From: {q.title}" in plain(back)
    assert len(col.find_cards("")) == len(questions) + 1


def test_card_faces_per_type(tmp_path):
    questions = {q.type + ("2" if q.id.startswith("lindqvist") else ""): q
                 for q in sample_questions()}
    out = tmp_path / "t.apkg"
    render(list(questions.values()), out)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    notes = notes_by_question(col, PROJECT, list(questions.values()))

    cloze_fronts = sorted(plain(front_back(c)[0]) for c in notes[questions["cloze"].id].cards())
    assert cloze_fronts == sorted([
        "The Harbor Accord was signed in [...] in Valletta by Norland and the Republic of Estmark.",
        "The Harbor Accord was signed in 1994 in [...] by Norland and the Republic of Estmark.",
    ])

    front, back = front_back(notes[questions["mcq"].id].cards()[0])
    assert "A. Geneva B. Valletta C. Reykjavik D. Helsinki" in plain(front)
    assert "Answer: B. Valletta" in plain(back)
    assert 'class="qz-correct"><span class="qz-letter">B.</span> Valletta' in back

    front, back = front_back(notes[questions["tf"].id].cards()[0])
    assert plain(front).startswith("True or false? The Harbor Accord was signed in 1989.")
    assert "False" in plain(back).split("1989.", 1)[1]

    front, back = front_back(notes[questions["side"].id].cards()[0])
    assert "favored Norland? Norland Estmark" in plain(front)
    assert notes[questions["side"].id]["Answer"] == "Estmark"

    front, back = front_back(notes[questions["short"].id].cards()[0])
    assert plain(front).startswith("How many warships")
    assert "40" not in plain(front) and "40" in plain(back)


def test_tags_and_decks(tmp_path):
    questions = sample_questions()
    out = tmp_path / "t.apkg"
    render(questions, out)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    notes = notes_by_question(col, PROJECT, questions)
    assert set(notes["harbor-accord-cloze-1994"].tags) == {
        "quizgen::kind::date", "quizgen::type::cloze", "quizgen::article::harbor-accord",
        "cold_war", "naval"}
    assert "quizgen::side::republic_of_estmark" in notes["harbor-accord-side-limit"].tags

    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {DECK, f"{DECK}::{HARBOR_TITLE}", f"{DECK}::{RIVER_TITLE}"} <= names
    for q in questions:
        for card in notes[q.id].cards():
            assert col.decks.name(card.did) == f"{DECK}::{q.title}"


def test_one_deck_per_article(tmp_path):
    out = tmp_path / "t.apkg"
    render(sample_questions(), out, one_deck_per_article=True)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {HARBOR_TITLE, RIVER_TITLE} <= names
    assert DECK not in names
    deck_of_cards = {col.decks.name(col.get_card(cid).did) for cid in col.find_cards("")}
    assert deck_of_cards == {HARBOR_TITLE, RIVER_TITLE}


HOSTILE = "Delegates typed <script>alert(1)</script> and {{c1::x}} and }} and :: into the minutes."


def test_article_text_is_data_not_markup(tmp_path):
    questions = [
        Question(id="hostile-cloze", type="cloze",
                 question="Delegates typed <script>alert(1)</script> and {{c1::x}} and }} "
                          "and :: into the [[minutes::draft}}]].",
                 answer="minutes", article="minutes", sentence=HOSTILE,
                 title="Minutes & <b>Notes</b> :: {{Title}}", kind=None),
        Question(id="hostile-short", type="short",
                 question="What did delegates type? <script>alert(1)</script>",
                 answer="{{c1::x}} }} ::", article="minutes", sentence=HOSTILE,
                 title="Minutes & <b>Notes</b> :: {{Title}}"),
    ]
    out = tmp_path / "t.apkg"
    render(questions, out)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    notes = notes_by_question(col, PROJECT, questions)

    cloze_cards = notes["hostile-cloze"].cards()
    assert len(cloze_cards) == 1  # the {{c1::x}} in the text made no card
    front, back = front_back(cloze_cards[0])
    assert "<script>" not in front + back and "&lt;script&gt;" in front
    assert plain(front) == ("Delegates typed <script>alert(1)</script> and {{c1::x}} and }} "
                            "and :: into the [...].")
    assert "into the minutes::draft}}." in plain(back)
    assert HOSTILE in plain(back)
    assert "From: Minutes & <b>Notes</b> :: {{Title}}" in plain(back)

    front, back = front_back(notes["hostile-short"].cards()[0])
    assert "<script>" not in front + back
    assert "<script>alert(1)</script>" in plain(front)
    assert "{{c1::x}} }} ::" in plain(back)
    names = {d.name for d in col.decks.all_names_and_ids()}  # '::' would nest a deck
    assert f"{DECK}::Minutes & <b>Notes</b> : {{{{Title}}}}" in names


def test_cloze_without_deletion_is_an_error(tmp_path):
    bad = Question(id="harbor-no-gap", type="cloze", question="The accord was signed in 1994.",
                   answer="1994", article="harbor-accord", sentence=HARBOR_SIGNED,
                   title=HARBOR_TITLE)
    out = tmp_path / "t.apkg"
    with pytest.raises(RenderError, match="harbor-no-gap"):
        render([*sample_questions(), bad], out)
    assert list(tmp_path.iterdir()) == []  # nothing written, no temp files left


@pytest.mark.parametrize("changes, message", [
    ({"type": "essay"}, "unknown question type"),
    ({"type": "mcq", "choices": ["Oslo", "Riga"], "answer": "Valletta"}, "not one of its choices"),
    ({"type": "tf", "answer": "maybe"}, "true/false"),
    ({"question": "   "}, "question text is empty"),
    ({"answer": ""}, "answer is empty"),
    ({"type": "cloze", "question": "Signed in [[ ]]."}, "empty"),
])
def test_unusable_questions_are_errors(tmp_path, changes, message):
    q = replace(sample_questions()[1], **changes)
    with pytest.raises(RenderError, match=message) as exc:
        render([q], tmp_path / "t.apkg")
    assert q.id in str(exc.value)


def test_several_problems_are_reported_together(tmp_path):
    qs = sample_questions()
    bad = [replace(qs[0], question="no gap"), replace(qs[1], answer=""), qs[2], qs[2]]
    with pytest.raises(RenderError) as exc:
        render(bad, tmp_path / "t.apkg")
    text = str(exc.value)
    assert qs[0].id in text and qs[1].id in text and "used twice" in text


def test_failed_build_keeps_previous_package(tmp_path):
    out = tmp_path / "t.apkg"
    render(sample_questions(), out)
    before = out.read_bytes(), manifest_path(out).read_bytes()
    with pytest.raises(RenderError):
        render([replace(sample_questions()[0], question="no gap")], out, now=T0 + 5)
    assert (out.read_bytes(), manifest_path(out).read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.apkg", "t.apkg.json"]


def test_rebuild_without_changes_is_byte_identical(tmp_path):
    out = tmp_path / "a" / "t.apkg"
    render(sample_questions(), out)
    first = out.read_bytes()
    summary = render(sample_questions(), out, now=T0 + 3600)  # later clock, same content
    assert out.read_bytes() == first
    assert summary.added == summary.updated == summary.removed == []
    assert len(summary.unchanged) == len(sample_questions())
    # A fresh build of the same input at the same time gives the same bytes too.
    other = tmp_path / "b" / "t.apkg"
    render(list(reversed(sample_questions())), other)
    assert other.read_bytes() == first


@pytest.mark.parametrize("later", [0, 1])
def test_edit_updates_note_in_place_and_keeps_history(tmp_path, later):
    questions = sample_questions()
    out = tmp_path / "t.apkg"
    render(questions, out)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    before = notes_by_question(col, PROJECT, questions)
    edited_id = "harbor-accord-short-warships"

    card = before[edited_id].cards()[0]
    card.start_timer()
    col.sched.answerCard(card, 4)  # Easy: becomes a review card with an interval
    card.load()
    assert card.ivl > 0
    reviewed = (card.id, card.ivl, card.due, card.type, card.queue, card.reps)
    revlog = col.db.scalar("select count() from revlog where cid = ?", card.id)
    assert revlog == 1

    # Same second (later=0) or the next one: the edit must still count as newer.
    edited = [replace(q, answer="Forty (40)") if q.id == edited_id else q for q in questions]
    summary = render(edited, out, now=T0 + later)
    assert summary.updated == [edited_id]
    assert summary.added == [] and summary.removed == []
    log = import_apkg(col, out)
    assert [n.id.nid for n in log.updated] == [before[edited_id].id]
    assert not log.new and not log.conflicting

    after = notes_by_question(col, PROJECT, questions)
    assert len(col.find_notes("")) == len(questions)
    assert after[edited_id].id == before[edited_id].id
    assert after[edited_id]["Answer"] == "Forty (40)"
    assert after[edited_id].mod > before[edited_id].mod
    for qid, note in before.items():
        if qid != edited_id:
            assert after[qid].mod == note.mod and after[qid].fields == note.fields
    card = col.get_card(reviewed[0])
    assert (card.id, card.ivl, card.due, card.type, card.queue, card.reps) == reviewed
    assert col.db.scalar("select count() from revlog where cid = ?", card.id) == revlog
    assert {m["name"] for m in col.models.all()} & QUIZGEN_NOTETYPES == QUIZGEN_NOTETYPES
    assert not any(m["name"].startswith("quizgen") and m["name"] not in QUIZGEN_NOTETYPES
                   for m in col.models.all())

    # A second edit within the same second is newer still.
    edited2 = [replace(q, answer="40 warships") if q.id == edited_id else q for q in questions]
    render(edited2, out, now=T0 + later)
    assert [n.id.nid for n in import_apkg(col, out).updated] == [before[edited_id].id]
    assert col.get_note(before[edited_id].id)["Answer"] == "40 warships"


def test_template_change_updates_note_type_in_place(tmp_path, monkeypatch):
    out = tmp_path / "t.apkg"
    render(sample_questions(), out)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    monkeypatch.setattr(anki_render, "CARD_CSS", anki_render.CARD_CSS + "\n.qz { color: red; }\n")
    summary = render(sample_questions(), out, now=T0)
    assert summary.updated == [] and summary.added == []
    log = import_apkg(col, out)
    assert not log.conflicting and not log.new
    quizgen_types = [m for m in col.models.all() if m["name"].startswith("quizgen")]
    assert len(quizgen_types) == 4
    assert all(".qz { color: red; }" in m["css"] for m in quizgen_types)


def test_removed_questions_are_reported_once_and_remembered(tmp_path):
    questions = sample_questions()
    out = tmp_path / "t.apkg"
    render(questions, out)
    dropped = questions[2].id
    kept = [q for q in questions if q.id != dropped]

    summary = render(kept, out, now=T0 + 10)
    assert summary.removed == [dropped] and summary.notes == len(kept)
    manifest = json.loads(manifest_path(out).read_text())
    entries = {e["id"]: e for e in manifest["notes"].values()}
    assert entries[dropped]["removed"] is True

    assert render(kept, out, now=T0 + 20).removed == []
    assert json.loads(manifest_path(out).read_text())["notes"] == manifest["notes"]

    back = render(questions, out, now=T0 + 30)
    assert back.added == [dropped] and back.removed == []


def test_rejected_questions_are_left_out(tmp_path):
    questions = sample_questions()
    questions[0] = replace(questions[0], status="rejected")
    summary = render(questions, tmp_path / "t.apkg")
    assert summary.notes == len(questions) - 1
    assert questions[0].id not in summary.added


def test_new_and_changed_notes_are_newer_than_every_earlier_note(tmp_path):
    out = tmp_path / "t.apkg"
    qs = sample_questions()
    render(qs[:3], out, now=T0)
    render(qs[:4], out, now=T0)  # same second: the new note must still be newer
    mods = {e["id"]: e["mod"] for e in json.loads(manifest_path(out).read_text())["notes"].values()}
    assert mods[qs[3].id] == int(T0) + 1
    assert {mods[q.id] for q in qs[:3]} == {int(T0)}
    render(qs[:4], out, now=T0 - 500)  # a clock running backwards changes nothing
    render([qs[0], replace(qs[1], answer="41"), *qs[2:4]], out, now=T0 - 500)
    mods = {e["id"]: e["mod"] for e in json.loads(manifest_path(out).read_text())["notes"].values()}
    assert mods[qs[1].id] == int(T0) + 2 and mods[qs[0].id] == int(T0)


def test_corrupt_manifest_is_an_error(tmp_path):
    out = tmp_path / "t.apkg"
    manifest_path(out).write_text("{not json")
    with pytest.raises(RenderError, match="manifest") as exc:
        render(sample_questions(), out)
    assert exc.value.path == str(manifest_path(out))
    assert not out.exists()
