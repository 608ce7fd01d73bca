"""Shared helpers for tests that import quizgen's Anki packages into real Anki.

``anki`` (the real Anki backend, headless) must be imported as
``anki.collection`` first: importing ``anki.cards`` first is a circular import.
"""
from __future__ import annotations

import html
import json
import re
import sqlite3
import sys
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

# Let the tests run from a plain checkout (``pytest`` without ``pip install -e``).
_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

import anki.collection  # noqa: E402  (must come before any other anki module)
from anki.import_export_pb2 import (  # noqa: E402
    IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)

import genanki  # noqa: E402

from quizgen.model import Question  # noqa: E402

__all__ = [
    "Question", "replace", "sample_questions", "new_collection", "import_apkg",
    "plain", "front_back", "notes_by_question", "QUIZGEN_NOTETYPES", "apkg_tables",
    "TYPE_IN_PLACEHOLDER",
]

# What Anki's renderer leaves for the reviewer to replace with an input box
# (front) or the comparison of typed and right answer (back).
TYPE_IN_PLACEHOLDER = "[[type:Answer]]"

QUIZGEN_NOTETYPES = {"quizgen Basic", "quizgen Type-in", "quizgen Cloze",
                     "quizgen Multiple Choice", "quizgen True/False"}

HARBOR_TITLE = "The Harbor Accord"
HARBOR_SIGNED = ("The Harbor Accord was signed in 1994 in Valletta by Norland and the "
                 "Republic of Estmark.")
HARBOR_SHIPS = "The accord limits each navy to 40 warships in the shared strait."
HARBOR_SIDE = "Estmark argued that the limit favored Norland's larger fleet."
RIVER_TITLE = "The Lindqvist River Treaty"
RIVER_SIGNED = "The Lindqvist River Treaty entered into force on 3 March 2001."


def sample_questions() -> list[Question]:
    """One question of every type, over two fictional treaty articles.

    The two ``short`` questions with one-to-three-word answers become Type-in
    notes; the one whose answer is a list of parties stays Basic.
    """
    return [
        Question(id="harbor-accord-cloze-1994", type="cloze",
                 question="The Harbor Accord was signed in [[1994]] in [[Valletta]] by "
                          "Norland and the Republic of Estmark.",
                 answer="1994", article="harbor-accord", sentence=HARBOR_SIGNED,
                 title=HARBOR_TITLE, kind="date", status="approved",
                 tags=["cold war", "naval"]),
        Question(id="harbor-accord-short-warships", type="short",
                 question="How many warships may each navy keep in the shared strait "
                          "under the Harbor Accord?",
                 answer="40", article="harbor-accord", sentence=HARBOR_SHIPS,
                 title=HARBOR_TITLE, kind="quantity", status="approved"),
        Question(id="harbor-accord-mcq-city", type="mcq",
                 question="In which city was the Harbor Accord signed?",
                 answer="Valletta", choices=["Geneva", "Valletta", "Reykjavik", "Helsinki"],
                 article="harbor-accord", sentence=HARBOR_SIGNED, title=HARBOR_TITLE,
                 kind="parties", status="approved"),
        Question(id="harbor-accord-tf-year", type="tf",
                 question="The Harbor Accord was signed in 1989.", answer="false",
                 article="harbor-accord", sentence=HARBOR_SIGNED, title=HARBOR_TITLE,
                 kind="date", status="approved"),
        Question(id="harbor-accord-side-limit", type="side",
                 question="Which side argued that the warship limit favored Norland?",
                 answer="Estmark", choices=["Norland", "Estmark"],
                 article="harbor-accord", sentence=HARBOR_SIDE, title=HARBOR_TITLE,
                 kind="position", side="Republic of Estmark", status="approved"),
        Question(id="lindqvist-short-force", type="short",
                 question="When did the Lindqvist River Treaty enter into force?",
                 answer="3 March 2001", article="lindqvist-river", sentence=RIVER_SIGNED,
                 title=RIVER_TITLE, kind="date", status="draft"),
        Question(id="harbor-accord-short-parties", type="short",
                 question="Who signed the Harbor Accord?",
                 answer="Norland and the Republic of Estmark", article="harbor-accord",
                 sentence=HARBOR_SIGNED, title=HARBOR_TITLE, kind="parties",
                 status="approved", tags=["kind::parties", "type::short"]),
    ]


def new_collection(tmp_path: Path, name: str = "collection.anki2") -> anki.collection.Collection:
    return anki.collection.Collection(str(tmp_path / name))


def import_apkg(col: anki.collection.Collection, path: Path):
    """Import like Anki's desktop default for shared decks; return the import log."""
    options = ImportAnkiPackageOptions(
        with_scheduling=False,
        merge_notetypes=False,
        update_notes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        update_notetypes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
    )
    return col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=options)).log


_BLOCK_TAG = re.compile(r"</?(?:div|p|li|ul|ol|br|hr|blockquote)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")


def plain(html_text: str) -> str:
    """Visible text of rendered card HTML: tags dropped, entities decoded."""
    text = _TAG.sub("", _BLOCK_TAG.sub(" ", html_text))
    return " ".join(html.unescape(text).split())


def front_back(card) -> tuple[str, str]:
    """The rendered question and answer HTML of a card, without the CSS."""
    out = card.render_output(reload=True)
    return out.question_text, out.answer_text


def notes_by_question(col: anki.collection.Collection, project_id: str,
                      questions: list[Question]) -> dict[str, object]:
    """Imported notes keyed by question id, found by the GUID quizgen gives them."""
    by_guid = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        by_guid[note.guid] = note
    return {q.id: by_guid[genanki.guid_for(project_id, q.id)] for q in questions
            if genanki.guid_for(project_id, q.id) in by_guid}


def apkg_tables(path: Path) -> dict[str, object]:
    """Deck ids, note GUIDs and note type ids stored inside an ``.apkg``."""
    with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "collection.anki2"
        db.write_bytes(zf.read("collection.anki2"))
        conn = sqlite3.connect(db)
        try:
            decks_json, models_json = conn.execute("select decks, models from col").fetchone()
            guids = [row[0] for row in conn.execute("select guid from notes")]
        finally:
            conn.close()
    decks = {d["name"]: int(i) for i, d in json.loads(decks_json).items()}
    return {"decks": decks, "guids": guids,
            "models": {m["name"]: int(i) for i, m in json.loads(models_json).items()}}
