"""quizgen.render.anki: packages checked by importing them into a real Anki collection."""
from __future__ import annotations

import json

import genanki
import pytest
from anki_helpers import (
    HARBOR_SIGNED,
    HARBOR_TITLE,
    QUIZGEN_NOTETYPES,
    RIVER_TITLE,
    TYPE_IN_PLACEHOLDER,
    Question,
    apkg_tables,
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
from quizgen.render.anki_manifest import legacy_manifest_path
from quizgen.render.anki import (
    MODEL_FIELDS,
    MODEL_IDS,
    REMOVED_TAG,
    manifest_path,
    read_manifest,
    render_anki,
    typed_answer,
)

PROJECT = "treaties-course"
DECK = "Treaties"
T0 = 1_750_000_000.0

EXPECTED_NOTETYPE = {
    "cloze": "quizgen Cloze",
    "side": "quizgen Basic",
    "mcq": "quizgen Multiple Choice",
    "tf": "quizgen True/False",
}


def expected_notetype(q: Question) -> str:
    if q.type == "short":
        return "quizgen Type-in" if typed_answer(q.answer) else "quizgen Basic"
    return EXPECTED_NOTETYPE[q.type]


def assert_renders_fully(note, front: str, back: str) -> None:
    """No field reference left; only Type-in notes keep the reviewer's input placeholder."""
    assert "{{" not in front + back
    if note.note_type()["name"] == "quizgen Type-in":
        assert front.count(TYPE_IN_PLACEHOLDER) == back.count(TYPE_IN_PLACEHOLDER) == 1
        front, back = front.replace(TYPE_IN_PLACEHOLDER, ""), back.replace(TYPE_IN_PLACEHOLDER, "")
    assert "[[" not in front + back


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
    assert {notes[q.id].note_type()["name"] for q in questions} == QUIZGEN_NOTETYPES
    for q in questions:
        note = notes[q.id]
        assert note.note_type()["name"] == expected_notetype(q)
        assert note.note_type()["id"] == MODEL_IDS[expected_notetype(q)]
        assert list(note.keys()) == list(MODEL_FIELDS[expected_notetype(q)])
        cards = note.cards()
        assert len(cards) == (2 if q.type == "cloze" else 1)
        for card in cards:
            front, back = front_back(card)
            assert plain(front), f"{q.id}: blank front"
            assert_renders_fully(note, front, back)
            assert q.sentence in plain(back)
            assert f"From: {q.title}" in plain(back)
    assert len(col.find_cards("")) == len(questions) + 1


def test_card_faces_per_type(tmp_path):
    questions = {q.id: q for q in sample_questions()}
    questions.update({q.type: q for q in sample_questions() if q.id.startswith("harbor-accord")
                      and q.id != "harbor-accord-short-parties"})
    out = tmp_path / "t.apkg"
    render(sample_questions(), out)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    notes = notes_by_question(col, PROJECT, sample_questions())

    cloze_fronts = sorted(plain(front_back(c)[0]) for c in notes[questions["cloze"].id].cards())
    assert cloze_fronts == sorted([
        "The Harbor Accord was signed in [...] in Valletta by Norland and the Republic of Estmark.",
        "The Harbor Accord was signed in 1994 in [...] by Norland and the Republic of Estmark.",
    ])

    mcq = notes[questions["mcq"].id]
    front, back = front_back(mcq.cards()[0])
    assert plain(front) == ("Choose one In which city was the Harbor Accord signed? "
                            "A. Geneva B. Valletta C. Reykjavik D. Helsinki")
    # The front's HTML gives nothing away; the back marks the right option.
    assert "qz-correct" not in front and "\u2713" not in front
    assert back.count("qz-correct") == 1
    assert '<li class="qz-correct"><span class="qz-letter">B.</span> Valletta' in back
    assert "A. Geneva B. Valletta \u2713 C. Reykjavik D. Helsinki" in plain(back)
    assert mcq["Answer"] == "B. Valletta"

    front, back = front_back(notes[questions["tf"].id].cards()[0])
    assert plain(front).startswith("True or false? The Harbor Accord was signed in 1989.")
    assert "False" in plain(back).split("1989.", 1)[1]

    front, back = front_back(notes[questions["side"].id].cards()[0])
    assert "favored Norland? Norland Estmark" in plain(front)
    assert notes[questions["side"].id]["Answer"] == "Estmark"

    note = notes[questions["short"].id]
    assert note.note_type()["name"] == "quizgen Type-in"
    front, back = front_back(note.cards()[0])
    assert plain(front).startswith("Type the answer How many warships")
    assert "40" not in plain(front) and TYPE_IN_PLACEHOLDER in front
    assert TYPE_IN_PLACEHOLDER in back and note["Answer"] == "40"
    assert "typeGood" in col.compare_answer(note["Answer"], "40")
    assert "typeBad" in col.compare_answer(note["Answer"], "41")

    note = notes["harbor-accord-short-parties"]  # a list of parties: not typed
    assert note.note_type()["name"] == "quizgen Basic"
    front, back = front_back(note.cards()[0])
    assert plain(front) == "Who signed the Harbor Accord?"
    assert "Norland and the Republic of Estmark" in plain(back).split("?", 1)[1]


def test_tags_and_decks(tmp_path):
    questions = sample_questions()
    out = tmp_path / "t.apkg"
    render(questions, out)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    notes = notes_by_question(col, PROJECT, questions)
    # The bank's own tags go under quizgen:: too, and never twice.
    assert set(notes["harbor-accord-cloze-1994"].tags) == {
        "quizgen::kind::date", "quizgen::type::cloze", "quizgen::article::harbor-accord",
        "quizgen::cold_war", "quizgen::naval"}
    assert set(notes["harbor-accord-short-parties"].tags) == {
        "quizgen::kind::parties", "quizgen::type::short", "quizgen::article::harbor-accord"}
    assert "quizgen::side::republic_of_estmark" in notes["harbor-accord-side-limit"].tags
    assert set(col.find_notes("tag:quizgen::kind::date")) == {
        notes[q.id].id for q in questions if q.kind == "date"}

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
        Question(id="hostile-mcq", type="mcq", question="Which was typed?",
                 answer="<script>alert(1)</script> {{c1::x}}",
                 choices=["<b>bold</b>", "<script>alert(1)</script> {{c1::x}}"],
                 article="minutes", sentence=HOSTILE, title="Minutes",
                 answer_note="about <b>5</b> mi", comment="Teacher <i>note</i> & {{Extra}}"),
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

    short = notes["hostile-short"]
    front, back = front_back(short.cards()[0])
    assert "<script>" not in front + back
    assert "<script>alert(1)</script>" in plain(front)
    if short.note_type()["name"] == "quizgen Type-in":  # Anki's own comparison shows it
        shown = col.compare_answer(short["Answer"], "{{c1::x}} }} ::")
        assert "typeBad" not in shown and plain(shown) == "{{c1::x}} }} ::"
    else:
        assert "{{c1::x}} }} ::" in plain(back)

    front, back = front_back(notes["hostile-mcq"].cards()[0])
    assert "<script>" not in front + back and "<b>" not in front + back
    assert "A. <b>bold</b> B. <script>alert(1)</script> {{c1::x}}" in plain(front)
    assert "B. <script>alert(1)</script> {{c1::x}} \u2713" in plain(back)
    assert "Teacher <i>note</i> & {{Extra}}" in plain(back)
    assert "about <b>5</b> mi" in plain(back)
    names = {d.name for d in col.decks.all_names_and_ids()}  # '::' would nest a deck
    assert f"{DECK}::Minutes & <b>Notes</b> : {{{{Title}}}}" in names


def test_a_field_separator_in_the_text_is_dropped(tmp_path):
    """Anki joins a note's fields with \\x1f: one in the article's text would split a field in two."""
    q = replace(sample_questions()[1], sentence="Signed\x1f in Valletta.", question="Where\x1f was it signed?")
    out = tmp_path / "t.apkg"
    render([q], out)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    note = notes_by_question(col, PROJECT, [q])[q.id]
    assert note["Source"] == "Signed in Valletta." and "Where was it signed?" in note.fields[0]
    assert len(note.fields) == len(MODEL_FIELDS[note.note_type()["name"]])
    stored = read_manifest(out)["notes"][genanki.guid_for(PROJECT, q.id)]
    assert stored["fields"] == note.fields


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
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.apkg", "t.apkg.db"]


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
    # "Forty (40)" alone would be Basic; the note keeps the type it was built with.
    assert after[edited_id].note_type()["name"] == "quizgen Type-in"
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
    assert len(quizgen_types) == len(QUIZGEN_NOTETYPES)
    assert all(".qz { color: red; }" in m["css"] for m in quizgen_types)


def test_removed_questions_are_reported_once_and_kept_tagged(tmp_path):
    questions = sample_questions()
    out = tmp_path / "t.apkg"
    render(questions, out)
    dropped = questions[2].id
    kept = [q for q in questions if q.id != dropped]

    summary = render(kept, out, now=T0 + 10)
    assert summary.removed == summary.retired == [dropped]
    assert summary.notes == len(kept) and summary.added == summary.updated == []
    manifest = read_manifest(out)
    entries = {e["id"]: e for e in manifest["notes"].values()}
    assert entries[dropped]["removed"] is True and entries[dropped]["mod"] == int(T0) + 10
    assert entries[dropped]["model"] == "quizgen Multiple Choice"
    assert len(apkg_tables(out)["guids"]) == len(questions)  # still in the package
    first = out.read_bytes()

    later = render(kept, out, now=T0 + 20)  # reported once, then only carried
    assert later.removed == [] and later.retired == [dropped]
    assert read_manifest(out)["notes"] == manifest["notes"]
    assert out.read_bytes() == first

    back = render(questions, out, now=T0 + 30)
    assert back.added == [dropped] and back.removed == back.retired == []


def test_reimport_marks_removed_notes_and_changes_nothing_else(tmp_path):
    questions = sample_questions()
    out = tmp_path / "t.apkg"
    render(questions, out)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    before = notes_by_question(col, PROJECT, questions)
    dropped = "harbor-accord-mcq-city"
    card = before[dropped].cards()[0]
    card.start_timer()
    col.sched.answerCard(card, 3)
    card.load()
    reviewed = (card.id, card.ivl, card.due, card.type, card.queue, card.reps)
    cards_before = {c: col.get_card(c).due for c in col.find_cards("")}
    assert not col.find_notes(f"tag:{REMOVED_TAG}")

    render([q for q in questions if q.id != dropped], out, now=T0 + 10)
    log = import_apkg(col, out)
    assert [n.id.nid for n in log.updated] == [before[dropped].id]
    assert not log.new and not log.conflicting
    assert col.find_notes(f"tag:{REMOVED_TAG}") == [before[dropped].id]
    after = notes_by_question(col, PROJECT, questions)
    assert REMOVED_TAG in after[dropped].tags
    assert set(after[dropped].tags) - {REMOVED_TAG} == set(before[dropped].tags)
    front, back = front_back(after[dropped].cards()[0])
    assert "Removed from the question bank" in plain(back)
    assert "Removed" not in plain(front)
    for qid, note in before.items():
        if qid != dropped:
            assert (after[qid].mod, after[qid].fields, after[qid].tags) == (
                note.mod, note.fields, note.tags)
    card = col.get_card(reviewed[0])
    assert (card.id, card.ivl, card.due, card.type, card.queue, card.reps) == reviewed
    assert {c: col.get_card(c).due for c in col.find_cards("")} == cards_before

    # The question comes back: same note, the tag and the notice go away.
    render(questions, out, now=T0 + 20)
    log = import_apkg(col, out)
    assert [n.id.nid for n in log.updated] == [before[dropped].id]
    assert not col.find_notes(f"tag:{REMOVED_TAG}")
    assert col.get_note(before[dropped].id).fields == before[dropped].fields
    assert len(col.find_notes("")) == len(questions)


def test_new_student_gets_removed_notes_tagged(tmp_path):
    questions = sample_questions()
    out = tmp_path / "t.apkg"
    render(questions, out)
    render(questions[1:], out, now=T0 + 10)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    removed = col.find_notes(f"tag:{REMOVED_TAG}")
    assert [col.get_note(n).guid for n in removed] == [genanki.guid_for(PROJECT, questions[0].id)]
    assert len(col.find_notes("")) == len(questions)


def _as_json_manifest(out, fmt: int) -> None:
    """Replace the manifest of ``out`` by what an earlier version kept: one JSON file."""
    manifest = read_manifest(out)
    manifest["format"] = fmt
    for entry in manifest["notes"].values():
        for key in (("model", "fields", "tags", "deck") if fmt == 1 else ()):
            del entry[key]
    legacy_manifest_path(out).write_text(json.dumps(manifest))
    manifest_path(out).unlink()


def test_an_old_manifest_without_note_content_still_builds(tmp_path):
    out = tmp_path / "t.apkg"
    questions = sample_questions()
    render(questions, out)
    _as_json_manifest(out, 1)
    summary = render(questions[1:], out, now=T0 + 5)
    assert summary.removed == [questions[0].id] and summary.retired == []
    assert len(summary.unchanged) == len(questions) - 1
    assert read_manifest(out)["format"] == 3 and not legacy_manifest_path(out).exists()


def test_a_json_manifest_of_an_earlier_version_is_taken_over(tmp_path):
    out = tmp_path / "t.apkg"
    questions = sample_questions()
    render(questions, out)
    before = read_manifest(out)["notes"]
    _as_json_manifest(out, 2)
    summary = render(questions[1:], out, now=T0 + 5)
    assert summary.removed == summary.retired == [questions[0].id]
    assert len(summary.unchanged) == len(questions) - 1
    after = read_manifest(out)["notes"]
    assert {g: e for g, e in after.items() if e["id"] != questions[0].id} == {
        g: e for g, e in before.items() if e["id"] != questions[0].id}
    assert not legacy_manifest_path(out).exists()
    assert len(apkg_tables(out)["guids"]) == len(questions)      # the removed note is still sent


@pytest.mark.parametrize("answer, typed", [
    ("1987", True), ("3 March 2001", True), ("500–5,500 km", True), ("New START", True),
    ("early 2021", True), ("the United States", True),
    ("Russia and the United States", False), ("Kyiv/Kiev", False), ("Forty (40)", False),
    ("Norway, Iceland", False), ("war or peace", False), ("one two three four five", False),
    ("", False),
])
def test_which_short_answers_are_typed(answer, typed):
    assert typed_answer(answer) is typed


def test_a_note_keeps_its_note_type(tmp_path):
    out = tmp_path / "t.apkg"
    questions = sample_questions()
    render(questions, out)
    short = questions[1]
    assert typed_answer(short.answer)
    # An answer edit that would pick Basic keeps Type-in (the fields are the same).
    render([replace(short, answer="Forty (40)")], out, now=T0 + 5)
    manifest = read_manifest(out)
    assert manifest["notes"][genanki.guid_for(PROJECT, short.id)]["model"] == "quizgen Type-in"
    # Another note type cannot take over the note: Anki would skip it.
    as_mcq = replace(short, type="mcq", choices=["40", "50"], answer="40")
    with pytest.raises(RenderError, match=f"{short.id}.*new id"):
        render([as_mcq], out, now=T0 + 6)


def test_answer_note_and_comment_on_the_back_only(tmp_path):
    questions = sample_questions()
    questions[0] = replace(questions[0], answer_note="about 311–3,418 mi")
    questions[1] = replace(questions[1], comment="Count warships only.")
    out = tmp_path / "t.apkg"
    render(questions, out)
    col = new_collection(tmp_path)
    import_apkg(col, out)
    notes = notes_by_question(col, PROJECT, questions)
    for card in notes[questions[0].id].cards():
        front, back = front_back(card)
        assert "311" not in front and "about 311–3,418 mi" in plain(back)
    front, back = front_back(notes[questions[1].id].cards()[0])
    assert "Count warships" not in front and "Count warships only." in plain(back)
    assert plain(back).index("Count warships") < plain(back).index(questions[1].sentence)
    assert f"Question id: {questions[1].id}" in plain(back)  # shown last by the CSS


def test_two_projects_never_share_guids_or_deck_ids(tmp_path):
    a, b = tmp_path / "a" / "t.apkg", tmp_path / "b" / "t.apkg"
    render(sample_questions(), a, project_id="school-a")
    render(sample_questions(), b, project_id="school-b")
    ta, tb = apkg_tables(a), apkg_tables(b)
    assert not set(ta["guids"]) & set(tb["guids"])
    assert set(ta["decks"]) - {"Default"} == set(tb["decks"]) - {"Default"}  # same names
    assert not (set(ta["decks"].values()) & set(tb["decks"].values())) - {1}
    col = new_collection(tmp_path)
    import_apkg(col, a)
    log = import_apkg(col, b)
    assert len(log.new) == len(sample_questions()) and not log.duplicate and not log.updated


def test_the_seed_bank_in_real_anki(seed_project, tmp_path):
    from quizgen import load_questions, project_config
    from quizgen.selection import for_decks

    config = project_config(seed_project)
    questions = for_decks(load_questions(seed_project))
    out = tmp_path / "seed.apkg"
    summary = render_anki(questions, out, deck_name=config.deck_name,
                          project_id=config.project_id, now=T0)
    assert summary.notes == len(questions) == len(summary.added)
    col = new_collection(tmp_path)
    log = import_apkg(col, out)
    assert len(log.new) == len(questions) and not log.conflicting and not log.duplicate
    notes = {col.get_note(n).guid: col.get_note(n) for n in col.find_notes("")}
    assert len(notes) == len(questions)
    seen_types = set()
    for q in questions:
        note = notes[genanki.guid_for(config.project_id, q.id)]
        seen_types.add(note.note_type()["name"])
        assert note.note_type()["name"] == expected_notetype(q), q.id
        cards = note.cards()
        deletions = q.question.count("[[") if q.type == "cloze" else 1
        assert len(cards) == deletions, q.id
        assert sorted(c.ord for c in cards) == list(range(deletions))
        for card in cards:
            front, back = front_back(card)
            assert plain(front), f"{q.id}: blank front"
            assert_renders_fully(note, front, back)
            if q.type == "cloze":
                assert plain(front).count("[...]") == 1, q.id
            assert col.decks.name(card.did) == f"{config.deck_name}::{q.title}"
        if q.answer_note:
            assert q.answer_note in plain(front_back(cards[0])[1])
    assert seen_types == QUIZGEN_NOTETYPES


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
    mods = {e["id"]: e["mod"] for e in read_manifest(out)["notes"].values()}
    assert mods[qs[3].id] == int(T0) + 1
    assert {mods[q.id] for q in qs[:3]} == {int(T0)}
    render(qs[:4], out, now=T0 - 500)  # a clock running backwards changes nothing
    render([qs[0], replace(qs[1], answer="41"), *qs[2:4]], out, now=T0 - 500)
    mods = {e["id"]: e["mod"] for e in read_manifest(out)["notes"].values()}
    assert mods[qs[1].id] == int(T0) + 2 and mods[qs[0].id] == int(T0)


def test_corrupt_manifest_is_an_error(tmp_path):
    out = tmp_path / "t.apkg"
    manifest_path(out).write_text("{not json")
    with pytest.raises(RenderError, match="manifest") as exc:
        render(sample_questions(), out)
    assert exc.value.path == str(manifest_path(out))
    assert not out.exists()


# -- quizgen's own note writer and notes taken over from the last build ------------

def _rows(path, strip_mod: bool = False) -> tuple[list, list]:
    """The notes and cards tables of a package (or a collection file), in id order."""
    import sqlite3
    import tempfile
    import zipfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "c.anki2"
        if zipfile.is_zipfile(path):
            db.write_bytes(zipfile.ZipFile(path).read("collection.anki2"))
        else:
            db.write_bytes(path.read_bytes())
        conn = sqlite3.connect(db)
        notes = [list(r) for r in conn.execute("select * from notes order by id")]
        cards = [list(r) for r in conn.execute("select * from cards order by id")]
        conn.close()
    if strip_mod:
        for row in notes + cards:
            row[3 if len(row) == 11 else 4] = 0
    return notes, cards


def test_notes_and_cards_are_the_rows_genanki_writes(tmp_path):
    """quizgen writes note and card rows itself (genanki's one statement per row is slow); the same rows."""
    import itertools
    import sqlite3
    questions = sample_questions() + [replace(sample_questions()[0], id="two-deletions",
                                              question="Signed in [[1994]] at [[Valletta]] and in [[1995]].")]
    out = tmp_path / "deck.apkg"
    render_anki(questions, out, deck_name=DECK, project_id=PROJECT, now=T0)
    manifest = read_manifest(out)
    models = {name: anki_render._make_model(name, int(T0)) for name in MODEL_IDS}
    decks: dict[str, genanki.Deck] = {}
    for guid, entry in sorted(manifest["notes"].items(), key=lambda kv: (kv[1]["deck"], kv[1]["id"], kv[0])):
        deck = decks.setdefault(entry["deck"], genanki.Deck(anki_render._deck_id(PROJECT, entry["deck"]),
                                                            entry["deck"]))
        deck.add_note(genanki.Note(model=models[entry["model"]], fields=entry["fields"],
                                   tags=entry["tags"], guid=guid))
    decks.setdefault(DECK, genanki.Deck(anki_render._deck_id(PROJECT, DECK), DECK))
    db = tmp_path / "genanki.anki2"
    conn = sqlite3.connect(db)
    genanki.Package([decks[name] for name in sorted(decks)]).write_to_db(
        conn.cursor(), int(T0), itertools.count(int(T0) * 1000))
    conn.commit()
    conn.close()
    assert _rows(out) == _rows(db)
    assert any(len([c for c in _rows(out)[1] if c[1] == n[0]]) == 3 for n in _rows(out)[0])   # c1, c2, c3


def test_a_note_taken_over_from_the_last_build_is_the_note_made_afresh(tmp_path, monkeypatch):
    questions = sample_questions()
    out = tmp_path / "deck.apkg"
    render_anki(questions, out, deck_name=DECK, project_id=PROJECT, now=T0)
    changed = [replace(questions[0], question=questions[0].question + " (revised)")] + questions[1:]
    made = []
    fields = anki_render._fields
    monkeypatch.setattr(anki_render, "_fields", lambda q: made.append(q.id) or fields(q))
    summary = render_anki(changed, out, deck_name=DECK, project_id=PROJECT, now=T0 + 60)
    monkeypatch.undo()
    assert made == [questions[0].id]            # only the changed question's note is made again
    assert summary.updated == [questions[0].id] and len(summary.unchanged) == len(questions) - 1
    afresh = tmp_path / "afresh" / "deck.apkg"
    render_anki(changed, afresh, deck_name=DECK, project_id=PROJECT, now=T0 + 60)
    taken = read_manifest(out)["notes"]
    made = read_manifest(afresh)["notes"]
    content = ("model", "fields", "tags", "deck", "hash", "source")
    assert {g: [e[k] for k in content] for g, e in taken.items()} == {g: [e[k] for k in content] for g, e in made.items()}
    assert _package(out) == _package(afresh)


def _package(path) -> tuple:
    """A package's notes by GUID and cards by GUID and ordinal, without ids and mod times; its decks and note types."""
    import sqlite3
    import tempfile
    import zipfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "c.anki2"
        db.write_bytes(zipfile.ZipFile(path).read("collection.anki2"))
        conn = sqlite3.connect(db)
        notes = {r[1]: r[2:3] + r[4:] for r in conn.execute("select * from notes")}
        cards = {(g, r[3]): (r[2], *r[5:]) for g, *r in
                 conn.execute("select notes.guid, cards.* from cards join notes on cards.nid = notes.id")}
        decks, models = conn.execute("select decks, models from col").fetchone()
        conn.close()
    models = {k: {**m, "mod": 0} for k, m in json.loads(models).items()}
    return notes, cards, json.loads(decks), models


def test_a_rebuild_changes_only_the_changed_notes_in_the_last_package(tmp_path):
    questions = sample_questions()
    out = tmp_path / "deck.apkg"
    render_anki(questions, out, deck_name=DECK, project_id=PROJECT, now=T0)
    first_notes, first_cards = _rows(out)
    edited = [replace(questions[1], answer=questions[1].answer + "0"), *questions[3:],
              replace(questions[0], id="brand-new")]
    summary = render_anki(edited, out, deck_name=DECK, project_id=PROJECT, now=T0 + 60)
    assert summary.updated == [questions[1].id] and summary.added == ["brand-new"]
    assert sorted(summary.retired) == sorted([questions[0].id, questions[2].id])
    notes, cards = _rows(out)
    untouched = {n[1] for n in first_notes} - {genanki.guid_for(PROJECT, q.id) for q in (questions[:3])}
    # the untouched notes and their cards are the very rows of the last package
    assert [n for n in notes if n[1] in untouched] == [n for n in first_notes if n[1] in untouched]
    kept_ids = {n[0] for n in first_notes if n[1] in untouched}
    assert [c for c in cards if c[1] in kept_ids] == [c for c in first_cards if c[1] in kept_ids]
    # a package the manifest does not know is written whole, from the manifest: the same notes
    (tmp_path / "again").mkdir()
    again = tmp_path / "again" / "deck.apkg"
    render_anki(questions, again, deck_name=DECK, project_id=PROJECT, now=T0)
    again.write_bytes(b"not the package the manifest knows")
    render_anki(edited, again, deck_name=DECK, project_id=PROJECT, now=T0 + 60)
    assert _package(out) == _package(again)


def test_a_rebuild_with_nothing_changed_leaves_the_package_alone(tmp_path):
    out = tmp_path / "deck.apkg"
    render_anki(sample_questions(), out, deck_name=DECK, project_id=PROJECT, now=T0)
    stamp = out.stat().st_mtime_ns, manifest_path(out).stat().st_mtime_ns
    summary = render_anki(sample_questions(), out, deck_name=DECK, project_id=PROJECT, now=T0 + 60)
    assert len(summary.unchanged) == len(sample_questions())
    assert (out.stat().st_mtime_ns, manifest_path(out).stat().st_mtime_ns) == stamp


def test_a_changed_deck_setting_makes_every_note_again(tmp_path):
    out = tmp_path / "deck.apkg"
    render_anki(sample_questions(), out, deck_name=DECK, project_id=PROJECT, now=T0)
    summary = render_anki(sample_questions(), out, deck_name="Renamed", project_id=PROJECT, now=T0 + 60)
    assert not summary.unchanged
    decks = {e["deck"].split("::")[0] for e in read_manifest(out)["notes"].values()}
    assert decks == {"Renamed"}


def test_progress_is_told_of_every_question(tmp_path):
    questions = [replace(sample_questions()[1], id=f"q-{i}") for i in range(2345)]
    done: list[int] = []
    render_anki(questions, tmp_path / "t.apkg", deck_name=DECK, project_id=PROJECT, now=T0, advance=done.append)
    assert sum(done) == len(questions) and len(done) == 3
