"""Render questions as an Anki package (``.apkg``) with stable note identity.

Public interface
----------------
``render_anki(questions, out_path, deck_name=..., project_id=...)`` writes one
``.apkg`` and returns an :class:`AnkiSummary`.  The note types below are a
*versioned public interface* (version :data:`NOTE_TYPE_VERSION`): Anki matches
a note type by its id and skips existing notes as "conflicting" when the id or
the field/template names change.  Never change ``MODEL_IDS``, model names,
field names or template names; the template HTML and the CSS may change freely
(Anki then updates the note type).  A change that needs a new field or
template is a new version: new model ids and names (``quizgen Basic v2``), and
docs/anki.md says what a user does on import.

=========================  ==========  ==========================================================
note type                  model id    fields
=========================  ==========  ==========================================================
quizgen Basic              1055554798  Question, Answer, Source, Article, Extra
quizgen Type-in            1302645931  Question, Answer, Source, Article, Extra
quizgen Cloze              1971862294  Text, Source, Article, Extra
quizgen Multiple Choice    1713811429  Question, Choices, Answer, Marked Choices, Source,
                                       Article, Extra
quizgen True/False         1475552546  Statement, Answer, Source, Article, Extra
=========================  ==========  ==========================================================

``cloze`` uses *quizgen Cloze*, ``mcq`` *quizgen Multiple Choice*, ``tf``
*quizgen True/False*, ``side`` *quizgen Basic* (its options listed on the
front).  A ``short`` question uses *quizgen Type-in* (``{{type:Answer}}``: the
student types and Anki compares) when its answer is exact enough to type, see
:func:`typed_answer`, and *quizgen Basic* otherwise.  Once a note exists its
note type never changes (Anki cannot change it on import): the manifest
remembers it, so editing an answer never moves a note between Basic and
Type-in, and a question whose type changes to another note type is an error
that asks for a new id.

``Source`` is the source sentence, ``Article`` the article title.  ``Extra``
holds the answer note (e.g. a unit conversion), the teacher's comment and the
question id (shown small, so a teacher can find the question in the bank).
``Choices`` lists the lettered options unmarked (the front); ``Marked Choices``
lists them again with the right one marked (the back).

Identity and updates
--------------------
* A note's GUID is ``genanki.guid_for(project_id, question.id)``: editing a
  question's text updates the note in place (keeping its review history)
  instead of creating a duplicate, and two projects never share a GUID.
* Anki applies an update on re-import only when the package's note is *newer*
  than the note in the collection.  So every build keeps a manifest next to the
  package, at ``<out_path>.db`` (``decks/x.apkg`` -> ``decks/x.apkg.db``, an
  SQLite file, see :mod:`quizgen.render.anki_manifest`), mapping each GUID to
  the question id, the note's content (note type, fields, tags, deck), a hash
  of it and the note's mod time.  An unchanged note keeps its previous mod time; a new or changed note
  gets ``max(int(now), previous_max_mod + 1)``, strictly newer than every note
  of every earlier build even when two builds fall within one second.  Note
  types are tracked the same way, so a template/CSS change reaches students too.
* Anki never deletes notes missing from a package.  A question that leaves the
  package (deleted, rejected, stale) is reported once in
  ``AnkiSummary.removed``, and its note stays in the package, rebuilt from the
  manifest, tagged ``quizgen::removed``, its cards suspended, and with a newer
  mod time at the build that first removes it: re-importing marks the note in
  every student's collection (search ``tag:quizgen::removed``).  If the
  question comes back, the note is "added" again without the tag.
* A rebuild does only what changed.  A note whose question and deck settings
  are those of the last build is taken over from the manifest, not made
  again.  When the package on disk is the one the last build wrote (the
  manifest keeps its hash), only the rows of changed notes are written into
  its collection (a changed note keeps its note id); with nothing changed the
  package is not written at all.  Otherwise (no package, another one, a
  changed project id, or changed note code) every note is written into a new
  collection.
* A package written whole is byte-identical for identical input and manifest:
  every time stamp inside comes from the manifest, notes are ordered by deck
  then question id, and the zip entries carry a fixed date.

Questions with status ``rejected`` are never put in a package.
"""
from __future__ import annotations

import hashlib
import html
import itertools
import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from quizgen.errors import RenderError
from quizgen.files import atomic_writer
from quizgen.model import Question
from quizgen.render import anki_manifest
from quizgen.render.anki_manifest import Entry, manifest_path

__all__ = [
    "AnkiSummary",
    "MODEL_IDS",
    "MODEL_FIELDS",
    "NOTE_TYPE_VERSION",
    "REMOVED_TAG",
    "manifest_path",
    "read_manifest",
    "render_anki",
    "typed_answer",
]


# Version of the note types' public interface (names, ids, fields, templates).
NOTE_TYPE_VERSION = 1

# Fixed forever (see the module docstring): changing one makes Anki treat the
# note type as a different one and skip every existing note as "conflicting".
BASIC_MODEL_ID = 1055554798
TYPEIN_MODEL_ID = 1302645931
CLOZE_MODEL_ID = 1971862294
MCQ_MODEL_ID = 1713811429
TF_MODEL_ID = 1475552546

BASIC = "quizgen Basic"
TYPEIN = "quizgen Type-in"
CLOZE = "quizgen Cloze"
MCQ = "quizgen Multiple Choice"
TF = "quizgen True/False"

MODEL_IDS: dict[str, int] = {
    BASIC: BASIC_MODEL_ID,
    TYPEIN: TYPEIN_MODEL_ID,
    CLOZE: CLOZE_MODEL_ID,
    MCQ: MCQ_MODEL_ID,
    TF: TF_MODEL_ID,
}

MODEL_FIELDS: dict[str, tuple[str, ...]] = {
    BASIC: ("Question", "Answer", "Source", "Article", "Extra"),
    TYPEIN: ("Question", "Answer", "Source", "Article", "Extra"),
    CLOZE: ("Text", "Source", "Article", "Extra"),
    MCQ: ("Question", "Choices", "Answer", "Marked Choices", "Source", "Article", "Extra"),
    TF: ("Statement", "Answer", "Source", "Article", "Extra"),
}

# Basic and Type-in have the same fields; a note keeps whichever it got first.
_INTERCHANGEABLE = {BASIC, TYPEIN}

REMOVED_TAG = "quizgen::removed"

# Zip entries get this date so that identical content gives identical bytes.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# Deflate level of the package: level 6 (zlib's default) takes almost three
# times as long for a package a seventh smaller; level 3 a fifth longer for one
# 2% smaller.
_ZIP_LEVEL = 1
# Deck ids: stable hashes in [2**31, 2**52); Anki matches decks by name on
# import and ignores the id, but ids inside one package must not collide.
_DECK_ID_LOW = 1 << 31
_DECK_ID_SPAN = (1 << 52) - _DECK_ID_LOW


@dataclass
class AnkiSummary:
    """What one :func:`render_anki` call wrote, compared with the previous build.

    ``notes`` counts the notes of current questions; ``added``, ``updated``
    and ``unchanged`` list their question ids.  ``removed`` lists the ids
    that were in the previous build but are not in this one.  ``retired``
    lists every removed question whose note is still in the package, tagged
    ``quizgen::removed`` (this build's ``removed`` and earlier ones).
    """

    path: Path
    notes: int
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    package: str = ""       # sha256 of the package as this call left it


# --------------------------------------------------------------------------
# Note types
# --------------------------------------------------------------------------

CARD_CSS = """\
.card {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
    Arial, "Noto Sans", sans-serif;
  font-size: 20px;
  line-height: 1.45;
  color: #1f2328;
  background-color: #ffffff;
  text-align: left;
}
@media (max-width: 480px) { .card { font-size: 18px; } }
.qz { max-width: 36em; margin: 0 auto; padding: 0.6em 0.9em; overflow-wrap: break-word; }
/* The back lists the answer's notes first and the question id last. */
.qz-back { display: flex; flex-direction: column; }
.qz-extra { display: contents; }
.qz-id { order: 1; }
.qz-label {
  font-size: 0.75em; text-transform: uppercase; letter-spacing: 0.06em;
  color: #656d76; margin-bottom: 0.4em;
}
.qz-prompt { font-size: 1.1em; }
.qz-choices { list-style: none; padding: 0; margin: 0.8em 0 0; }
.qz-choices li {
  margin: 0.4em 0; padding: 0.4em 0.7em;
  border: 1px solid #d0d7de; border-radius: 8px;
}
.qz-choices li:first-child { margin-top: 0; }
.qz-letter { font-weight: 600; margin-right: 0.35em; }
.qz-marked li { color: #656d76; }
.qz-marked li.qz-correct {
  color: inherit; border: 2px solid #1a7f37; background-color: #dafbe1; font-weight: 600;
}
.qz-tick { color: #1a7f37; margin-left: 0.3em; }
hr#answer { border: none; border-top: 1px solid #d0d7de; margin: 1em 0; width: 100%; }
.qz-answer { font-size: 1.15em; font-weight: 600; color: #1a7f37; margin: 0 0 0.6em; }
#typeans { font-size: 1em; }
input#typeans { box-sizing: border-box; width: 100%; margin-top: 0.8em; padding: 0.3em 0.5em; }
code#typeans { font-size: 1.05em; }
.qz-note { color: #424a53; margin: 0 0 0.5em; }
.qz-comment {
  margin: 0 0 0.5em; padding: 0.3em 0.6em; border-radius: 6px;
  background-color: #fff8c5; color: #3b2e00;
}
.qz-comment::before { content: "Teacher's note: "; font-weight: 600; }
.qz-removed {
  margin: 0 0 0.6em; padding: 0.3em 0.6em; border-radius: 6px;
  background-color: #ffebe9; color: #82071e; font-weight: 600;
}
.qz-source {
  margin: 0.4em 0 0.3em; padding: 0.1em 0 0.1em 0.8em;
  border-left: 3px solid #d0d7de; color: #424a53; font-style: italic;
}
.qz-from { font-size: 0.85em; color: #656d76; }
.qz-id { font-size: 0.65em; color: #8c959f; margin-top: 1.2em; }
.cloze { font-weight: 700; color: #0550ae; }

.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  color: #e6edf3; background-color: #1e1e1e;
}
.nightMode .qz-label, .night_mode .qz-label,
.nightMode .qz-from, .night_mode .qz-from,
.nightMode .qz-marked li, .night_mode .qz-marked li { color: #9da7b1; }
.nightMode .qz-choices li, .night_mode .qz-choices li { border-color: #444c56; }
.nightMode .qz-marked li.qz-correct, .night_mode .qz-marked li.qz-correct {
  color: inherit; border-color: #3fb950; background-color: #12361f;
}
.nightMode .qz-answer, .night_mode .qz-answer,
.nightMode .qz-tick, .night_mode .qz-tick { color: #3fb950; }
.nightMode .qz-note, .night_mode .qz-note { color: #c9d1d9; }
.nightMode .qz-comment, .night_mode .qz-comment { background-color: #3b2e00; color: #f2cc60; }
.nightMode .qz-removed, .night_mode .qz-removed { background-color: #4c1219; color: #ffa198; }
.nightMode .qz-source, .night_mode .qz-source { color: #c9d1d9; border-color: #444c56; }
.nightMode .qz-id, .night_mode .qz-id { color: #768390; }
.nightMode .cloze, .night_mode .cloze { color: #79c0ff; }
.nightMode hr#answer, .night_mode hr#answer { border-top-color: #444c56; }
"""

# The back of every card: answer (where the note type has one), the extra
# notes, the source sentence and the article it comes from.
_SOURCE_BLOCK = (
    '{{#Extra}}<div class="qz-extra">{{Extra}}</div>{{/Extra}}\n'
    '{{#Source}}<blockquote class="qz-source">{{Source}}</blockquote>{{/Source}}\n'
    '{{#Article}}<div class="qz-from">From: <cite>{{Article}}</cite></div>{{/Article}}'
)

_BASIC_FRONT = '<div class="qz-prompt">{{Question}}</div>'
_TYPEIN_FRONT = (
    '<div class="qz-label">Type the answer</div>\n'
    '<div class="qz-prompt">{{Question}}</div>'
)
_CLOZE_FRONT = '<div class="qz-prompt">{{cloze:Text}}</div>'
_MCQ_LABEL = '<div class="qz-label">Choose one</div>\n<div class="qz-prompt">{{Question}}</div>\n'
_TF_FRONT = (
    '<div class="qz-label">True or false?</div>\n'
    '<div class="qz-prompt">{{Statement}}</div>'
)


def _front(body: str) -> str:
    return f'<div class="qz qz-front">\n{body}\n</div>'


def _back(front_body: str, answer: str | None) -> str:
    answer_html = f'<div class="qz-answer">{answer}</div>\n' if answer else ""
    return (f'<div class="qz qz-back">\n{front_body}\n<hr id="answer">\n'
            f'{answer_html}{_SOURCE_BLOCK}\n</div>')


# name -> (model id, model type, template name, qfmt, afmt)
_MODEL_SPECS: dict[str, tuple[int, int, str, str, str]] = {
    BASIC: (
        BASIC_MODEL_ID, genanki.Model.FRONT_BACK, "Question",
        _front(_BASIC_FRONT), _back(_BASIC_FRONT, "{{Answer}}"),
    ),
    TYPEIN: (
        # {{type:Answer}} on both sides: an input box on the front, Anki's
        # comparison of the typed and the right answer on the back.
        TYPEIN_MODEL_ID, genanki.Model.FRONT_BACK, "Type-in",
        _front(_TYPEIN_FRONT + "\n{{type:Answer}}"),
        _back(_TYPEIN_FRONT, "{{type:Answer}}"),
    ),
    CLOZE: (
        CLOZE_MODEL_ID, genanki.Model.CLOZE, "Cloze",
        _front(_CLOZE_FRONT), _back(_CLOZE_FRONT, None),
    ),
    MCQ: (
        # The front lists the options unmarked; the back lists them again
        # with the right one marked, so the answer never shows in the front's HTML.
        MCQ_MODEL_ID, genanki.Model.FRONT_BACK, "Multiple Choice",
        _front(_MCQ_LABEL + "{{Choices}}"),
        _back(_MCQ_LABEL + "{{Marked Choices}}", None),
    ),
    TF: (
        TF_MODEL_ID, genanki.Model.FRONT_BACK, "True/False",
        _front(_TF_FRONT), _back(_TF_FRONT, "{{Answer}}"),
    ),
}

_MODEL_FOR_TYPE = {
    "side": BASIC,
    "cloze": CLOZE,
    "mcq": MCQ,
    "tf": TF,
}


def _model_hash(name: str) -> str:
    model_id, model_type, tname, qfmt, afmt = _MODEL_SPECS[name]
    return _sha256([model_id, name, model_type, list(MODEL_FIELDS[name]), tname, qfmt, afmt,
                    CARD_CSS])


def note_types_digest() -> str:
    """One hash of every note type as this version of quizgen writes it (templates, CSS, fields).

    A build's deck stamp counts it, so a new card layout is rendered into an
    existing project's deck, as a new quiz layout reprints its quiz.
    """
    return _sha256([_model_hash(name) for name in sorted(_MODEL_SPECS)])


class _TimedModel(genanki.Model):
    """A note type whose ``mod`` comes from the manifest.

    genanki stamps every note type with the package timestamp; Anki updates a
    note type on import only when it is newer, so it gets its own mod time,
    bumped only when its templates or CSS change.
    """

    def __init__(self, *args: Any, mod: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def to_json(self, timestamp: float, deck_id: int) -> dict[str, Any]:
        return super().to_json(self.mod, deck_id)


def _make_model(name: str, mod: int) -> _TimedModel:
    model_id, model_type, tname, qfmt, afmt = _MODEL_SPECS[name]
    # Fresh dicts every time: genanki's to_json() adds keys to them in place.
    return _TimedModel(
        model_id=model_id,
        name=name,
        fields=[{"name": f} for f in MODEL_FIELDS[name]],
        templates=[{"name": tname, "qfmt": qfmt, "afmt": afmt}],
        css=CARD_CSS,
        model_type=model_type,
        mod=mod,
    )


# --------------------------------------------------------------------------
# Field text
# --------------------------------------------------------------------------

_DELETION = re.compile(r"\[\[(.+?)\]\]", re.S)
_WS = re.compile(r"\s+")
# "\x1f" separates a note's fields in Anki's collection: never part of one
_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;", "\x1f": None})
_CLOZE_SPECIALS = str.maketrans({"{": "&#123;", "}": "&#125;", ":": "&#58;", "\x1f": None})


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def _esc(value: Any) -> str:
    """Article text as inert HTML: escaped, braces as entities, newlines as <br>."""
    text = html.escape(_str(value).strip(), quote=True).translate(_BRACES)
    return text.replace("\r\n", "\n").replace("\n", "<br>")


def _cloze_esc(text: str) -> str:
    # Also ':' so that '::' in the text can never act as a cloze hint separator.
    return html.escape(text, quote=True).translate(_CLOZE_SPECIALS).replace("\n", "<br>")


def _cloze_field(q: Question) -> str:
    """Turn ``[[...]]`` markers into ``{{c1::...}}``, ``{{c2::...}}`` ...

    The text around and inside the markers is escaped first, so braces and
    colons from the article can neither break nor create a deletion.
    """
    text = _str(q.question).strip()
    parts: list[str] = []
    pos = 0
    n = 0
    for m in _DELETION.finditer(text):
        inner = m.group(1)
        if not inner.strip():
            raise RenderError(f"question {q.id}: cloze deletion [[...]] is empty")
        n += 1
        parts.append(_cloze_esc(text[pos:m.start()]))
        parts.append("{{c%d::%s}}" % (n, _cloze_esc(inner.strip())))
        pos = m.end()
    if n == 0:
        raise RenderError(
            f"question {q.id}: cloze question has no [[...]] deletion, "
            "so Anki would make no card from it")
    parts.append(_cloze_esc(text[pos:]))
    return "".join(parts)


# A list ("Marnia and the Republic of Aldoria"), alternatives ("Velmora/Velmor") or a
# gloss ("Thirty-seven (37)") is not one exact answer to type.
_NOT_ONE_ANSWER = re.compile(r",\s|;|/|\(|\)|\b(?:and|or)\b|&", re.I)


def typed_answer(answer: str) -> bool:
    """True when ``answer`` is short and exact enough for a typed answer.

    That is: at most four words and 40 characters (a year, a date, a number
    with its unit, a name), and not a list or a choice of forms (no ", ",
    ";", "/", parentheses, "and", "or", "&").
    """
    text = _str(answer).strip()
    return (0 < len(text.split()) <= 4 and len(text) <= 40
            and not _NOT_ONE_ANSWER.search(text))


def _letter(i: int) -> str:
    return chr(ord("A") + i)


def _choices(q: Question) -> list[str]:
    choices = [_str(c).strip() for c in (q.choices or [])]
    if any(not c for c in choices):
        raise RenderError(f"question {q.id}: has an empty choice")
    if len(choices) > 26:
        raise RenderError(f"question {q.id}: has {len(choices)} choices, at most 26 are allowed")
    if len(set(choices)) != len(choices):
        raise RenderError(f"question {q.id}: has the same choice twice")
    return choices


def _correct_index(q: Question, choices: list[str]) -> int:
    answer = _str(q.answer).strip()
    if answer in choices:
        return choices.index(answer)
    folded = [c.casefold() for c in choices]
    if answer.casefold() in folded:
        return folded.index(answer.casefold())
    if len(answer) == 1 and "A" <= answer.upper() <= _letter(len(choices) - 1):
        return ord(answer.upper()) - ord("A")
    raise RenderError(f"question {q.id}: answer {answer!r} is not one of its choices")


def _choice_list(choices: list[str], lettered: bool, correct: int | None = None) -> str:
    """The options as a list; with ``correct``, that one is marked (for the back only)."""
    items = []
    for i, choice in enumerate(choices):
        letter = f'<span class="qz-letter">{_letter(i)}.</span> ' if lettered else ""
        if i == correct:
            items.append(f'<li class="qz-correct">{letter}{_esc(choice)}'
                         '<span class="qz-tick"> \u2713</span></li>')
        else:
            items.append(f"<li>{letter}{_esc(choice)}</li>")
    cls = "qz-choices qz-marked" if correct is not None else "qz-choices"
    return f'<ul class="{cls}">' + "".join(items) + "</ul>"


def _require(q: Question, what: str, value: str) -> str:
    if not value:
        raise RenderError(f"question {q.id}: {what} is empty")
    return value


def _extra(q: Question) -> str:
    """The Extra field: answer note, the teacher's comment, then the question id."""
    parts = []
    if _str(q.answer_note).strip():
        parts.append(f'<div class="qz-note">{_esc(q.answer_note)}</div>')
    if _str(q.comment).strip():
        parts.append(f'<div class="qz-comment">{_esc(q.comment)}</div>')
    parts.append(f'<div class="qz-id">Question id: {_esc(q.id)}</div>')
    return "".join(parts)


def _fields(q: Question) -> tuple[str, list[str]]:
    """Return the note type name and field values for one question."""
    if q.type == "short":
        model = TYPEIN if typed_answer(q.answer) else BASIC
    else:
        model = _MODEL_FOR_TYPE.get(q.type, "")
    if not model:
        raise RenderError(f"question {q.id}: unknown question type {q.type!r}")
    source = _esc(q.sentence)
    article = _esc(q.title) or _esc(q.article)
    extra = _extra(q)
    if q.type == "cloze":
        return model, [_cloze_field(q), source, article, extra]
    question = _require(q, "the question text", _esc(q.question))
    answer = _require(q, "the answer", _esc(q.answer))
    if q.type == "short":
        return model, [question, answer, source, article, extra]
    if q.type == "side":
        choices = _choices(q)
        if choices:
            question += _choice_list(choices, lettered=False)
        return model, [question, answer, source, article, extra]
    if q.type == "mcq":
        choices = _choices(q)
        if len(choices) < 2:
            raise RenderError(f"question {q.id}: a multiple-choice question needs at least two choices")
        right = _correct_index(q, choices)
        answer = f"{_letter(right)}. {_esc(choices[right])}"
        return model, [question, _choice_list(choices, lettered=True), answer,
                       _choice_list(choices, lettered=True, correct=right),
                       source, article, extra]
    # tf
    truth = _str(q.answer).strip().lower()
    if truth not in ("true", "false"):
        raise RenderError(f"question {q.id}: a true/false answer must be 'true' or 'false', "
                          f"not {_str(q.answer)!r}")
    return model, [question, truth.capitalize(), source, article, extra]


_REMOVED_NOTICE = ('<div class="qz-removed">Removed from the question bank: '
                   'this card is no longer part of the course.</div>')


def _retired(model: str, fields: list[str], tags: list[str]) -> tuple[list[str], list[str]]:
    """Fields and tags of the note of a removed question: marked as removed."""
    fields = list(fields)
    fields[-1] = _REMOVED_NOTICE + fields[-1]  # Extra is the last field of every note type
    return fields, sorted(set(tags) | {REMOVED_TAG})


# --------------------------------------------------------------------------
# Tags and decks
# --------------------------------------------------------------------------

def _tag_part(value: Any) -> str:
    return _WS.sub("_", _str(value).strip())


def _tags(q: Question) -> list[str]:
    """Anki tags, all under ``quizgen::`` (the bank's own tags too)."""
    tags = {f"quizgen::type::{_tag_part(q.type)}"}
    if q.kind:
        tags.add(f"quizgen::kind::{_tag_part(q.kind)}")
    if q.article:
        tags.add(f"quizgen::article::{_tag_part(q.article)}")
    if q.side:
        tags.add(f"quizgen::side::{_tag_part(_str(q.side).lower())}")
    for tag in q.tags or []:
        safe = re.sub(r":{3,}", "::", _tag_part(tag)).strip(":")
        if safe.casefold().startswith("quizgen::"):
            safe = safe[len("quizgen::"):]
        if safe and safe != REMOVED_TAG.split("::", 1)[1]:
            tags.add(f"quizgen::{safe}")
    return sorted(tags)


def _deck_part(value: str) -> str:
    # '::' would nest decks; a title is one deck name component.
    return re.sub(r":{2,}", ":", _WS.sub(" ", value).strip())


def _deck_for(q: Question, deck_name: str, one_deck_per_article: bool) -> str:
    title = _deck_part(_str(q.title)) or _deck_part(_str(q.article)) or "Untitled"
    return title if one_deck_per_article else f"{deck_name}::{title}"


def _deck_id(project_id: str, name: str) -> int:
    digest = hashlib.sha256(f"quizgen-deck\x1f{project_id}\x1f{name}".encode()).digest()
    return _DECK_ID_LOW + int.from_bytes(digest[:8], "big") % _DECK_ID_SPAN


# --------------------------------------------------------------------------
# Manifest
# --------------------------------------------------------------------------

def _sha256(obj: Any) -> str:
    data = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _note_hash(model: str, fields: list[str], tags: list[str], deck: str) -> str:
    return _sha256({"model": MODEL_IDS[model], "fields": fields, "tags": tags, "deck": deck})


def read_manifest(out_path: Path) -> dict[str, Any]:
    """The manifest of the package ``out_path`` as one mapping (see :func:`anki_manifest.read`)."""
    return anki_manifest.read(out_path, MODEL_FIELDS)


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --------------------------------------------------------------------------
# The collection
# --------------------------------------------------------------------------

def _write_col(cursor: Any, decks: list[genanki.Deck], models: dict[str, _TimedModel],
               last_deck: dict[str, int]) -> None:
    """The collection row: genanki's, with the package's decks and note types.

    A note type's "did" is the last deck (by name) that has a note of it, as
    genanki writes it.
    """
    cursor.execute("DELETE FROM col")
    cursor.executescript(APKG_COL)
    deck_json_str, models_json_str = cursor.execute("SELECT decks, models FROM col").fetchone()
    deck_json, models_json = json.loads(deck_json_str), json.loads(models_json_str)
    for deck in decks:
        deck_json[str(deck.deck_id)] = deck.to_json()
    for name in sorted(models, key=MODEL_IDS.__getitem__):
        model = models[name]
        models_json[str(model.model_id)] = model.to_json(model.mod, last_deck[name])
    cursor.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(deck_json), json.dumps(models_json)))


def _rows(note: "_Note", model: _TimedModel, nid: int, deck_id: int, id_gen: Any,
          cloze_fields: Sequence[int]) -> tuple[tuple, list[tuple]]:
    """A note's row and its cards' rows, as genanki's ``Note.write_to_db`` writes them, with the note's mod."""
    note_row = (nid, note.guid, model.model_id, note.mod, -1, " " + " ".join(note.tags) + " ",
                "\x1f".join(note.fields), note.fields[model.sort_field_index], 0, 0, "")
    card_rows = [(next(id_gen), nid, deck_id, ord_, note.mod, -1, 0, -1 if note.retired else 0,
                  0, 0, 0, 0, 0, 0, 0, 0, 0, "")
                 for ord_ in _card_ords(model, note.fields, cloze_fields)]
    return note_row, card_rows


def _insert(cursor: Any, notes: list["_Note"], decks: list[genanki.Deck], models: dict[str, _TimedModel],
            note_id: Callable[["_Note"], int], id_gen: Any) -> None:
    """The rows of ``notes`` and their cards, all at once; ``note_id`` gives each note its id."""
    deck_ids = {d.name: d.deck_id for d in decks}
    cloze_fields = {name: _cloze_field_indices(m) for name, m in models.items() if m.model_type == m.CLOZE}
    note_rows: list[tuple] = []
    card_rows: list[tuple] = []
    for note in notes:
        note_row, cards = _rows(note, models[note.model], note_id(note), deck_ids[note.deck], id_gen,
                                cloze_fields.get(note.model, ()))
        note_rows.append(note_row)
        card_rows.extend(cards)
    cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?);", note_rows)
    cursor.executemany("INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);", card_rows)


def _write_collection(cursor: Any, notes: list["_Note"], decks: list[genanki.Deck],
                      models: dict[str, _TimedModel], last_deck: dict[str, int], id_gen: Any) -> None:
    """A new collection: what ``genanki.Package(decks).write_to_db`` writes, in one pass.

    genanki's schema, collection row and deck and note-type JSON; the notes
    and cards as genanki's ``Note.write_to_db`` writes them (the same rows, a
    test holds them to that), but all at once with ``executemany`` and with
    each note's own mod time: genanki's one statement per note and card, and
    its deck JSON read back and rewritten once per deck, are most of the
    time a large deck takes.  ``notes`` are in deck order.
    """
    cursor.executescript(APKG_SCHEMA)
    _write_col(cursor, decks, models, last_deck)
    _insert(cursor, notes, decks, models, lambda note: next(id_gen), id_gen)


def _update_collection(cursor: Any, notes: list["_Note"], decks: list[genanki.Deck],
                       models: dict[str, _TimedModel], last_deck: dict[str, int]) -> None:
    """Change the last build's collection: ``notes`` are written again, every other row stays.

    A note made again keeps its note id; its cards are written anew, with
    ids above every id in the collection.  Anki matches notes by GUID and
    cards by note and ordinal on import, never by these ids.
    """
    _write_col(cursor, decks, models, last_deck)
    nids = dict(cursor.execute("SELECT guid, id FROM notes"))
    top = max(cursor.execute("SELECT max(id) FROM notes").fetchone()[0] or 0,
              cursor.execute("SELECT max(id) FROM cards").fetchone()[0] or 0)
    id_gen = itertools.count(top + 1)

    def note_id(note: _Note) -> int:
        nid = nids.get(note.guid)
        if nid is None:
            return next(id_gen)
        cursor.execute("DELETE FROM cards WHERE nid = ?", (nid,))
        cursor.execute("DELETE FROM notes WHERE id = ?", (nid,))
        return nid

    _insert(cursor, notes, decks, models, note_id, id_gen)


_CLOZE_REF = re.compile(r"{{c(\d+)::.+?}}", re.DOTALL)


def _card_ords(model: genanki.Model, fields: list[str], cloze_fields: Sequence[int]) -> list[int]:
    """The cards a note gets, as genanki's ``Note.cards`` makes them (``cloze_fields``: see below)."""
    if model.model_type == model.CLOZE:
        ords = {int(m) - 1 for i in cloze_fields for m in _CLOZE_REF.findall(fields[i]) if int(m) > 0}
        return sorted(ords) or [0]
    return [card_ord for card_ord, any_or_all, required in model._req
            if {"any": any, "all": all}[any_or_all](fields[i] for i in required)]


def _cloze_field_indices(model: genanki.Model) -> list[int]:
    """The fields the cloze template deletes from ("{{cloze:Text}}"), found as genanki finds them."""
    qfmt = model.templates[0]["qfmt"]
    names = set(re.findall(r"{{[^}]*?cloze:(?:[^}]?:)*(.+?)}}", qfmt) + re.findall("<%cloze:(.+?)%>", qfmt))
    fields = [f["name"] for f in model.fields]
    return [fields.index(name) for name in names if name in fields]


def _write_apkg(out_path: Path, fill: Callable[[Any], None], base: Path | None = None,
                work_copy: Path | None = None, base_package: str = "") -> str:
    """The package: a collection in a reproducible zip; returns the package's sha256.

    ``fill`` writes the collection: into an empty database, or into the
    collection of the package at ``base`` (the last build's).  The
    collection goes through a temporary file and into the zip piece by
    piece: a deck of a hundred thousand notes is never held in memory whole.

    With ``work_copy``, the collection is kept there unzipped after the
    package is written, and the next call with ``base`` starts from it
    instead of unzipping the package, when it is the very collection of
    ``base``, whose sha256 the caller gives as ``base_package`` (see
    :func:`_take_work_copy`).
    """
    folder = work_copy.parent if work_copy is not None else out_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, db_name = tempfile.mkstemp(dir=folder, prefix=".quizgen-", suffix=".anki2")
    os.close(fd)
    try:
        if base is not None and not _take_work_copy(work_copy, base_package, db_name):
            with zipfile.ZipFile(base) as zf, zf.open("collection.anki2") as src, open(db_name, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        conn = sqlite3.connect(db_name)
        try:
            fill(conn.cursor())
            conn.commit()
        finally:
            conn.close()
        with atomic_writer(out_path) as fh, zipfile.ZipFile(fh, "w") as zf:
            for name, source in (("collection.anki2", db_name), ("media", None)):
                info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info._compresslevel = _ZIP_LEVEL     # type: ignore[attr-defined]  (no public setter before 3.13)
                info.external_attr = 0o644 << 16
                with zf.open(info, "w") as member:
                    if source is None:
                        member.write(b"{}")
                        continue
                    with open(source, "rb") as db:
                        shutil.copyfileobj(db, member, 1 << 20)
        package = _file_sha(out_path)
        if work_copy is not None:
            _keep_work_copy(db_name, work_copy, package)
    finally:
        Path(db_name).unlink(missing_ok=True)
    return package


def _work_copy_stamp(work_copy: Path) -> Path:
    return work_copy.with_name(work_copy.name + ".json")


def _keep_work_copy(db_name: str, work_copy: Path, package: str) -> None:
    """Keep the collection just zipped as ``work_copy``, stamped with its package's sha256.

    Only a help for the next call: when it cannot be kept, the next call unzips the package.
    """
    try:
        os.replace(db_name, work_copy)
        stat = work_copy.stat()
        _work_copy_stamp(work_copy).write_text(
            json.dumps({"package": package, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}),
            encoding="utf-8")
    except OSError:
        pass


def _take_work_copy(work_copy: Path | None, package: str, db_name: str) -> bool:
    """Move the kept collection of the package whose sha256 is ``package`` to ``db_name``;
    False when there is none to trust.

    The copy is trusted only when its stamp names that package and the file
    has the size and modification time it had when the stamp was written.
    The stamp is removed first, so a build that fails after changing the
    copy leaves none behind that could be taken for the package's.
    """
    if work_copy is None or not package:
        return False
    stamp_path = _work_copy_stamp(work_copy)
    try:
        stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
        stamp_path.unlink()
        stat = work_copy.stat()
    except (OSError, ValueError):
        return False
    if not (isinstance(stamp, dict) and stamp.get("package") == package
            and stamp.get("size") == stat.st_size and stamp.get("mtime_ns") == stat.st_mtime_ns):
        return False
    os.replace(work_copy, db_name)
    return True


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------

@dataclass
class _Note:
    deck: str
    qid: str
    model: str
    fields: list[str]
    tags: list[str]
    guid: str
    mod: int = 0
    retired: bool = False
    source: str = ""        # what the note was made from (see _source_key)


# Any change to this module may change how a question becomes a note: then every note is made again.
_RENDERER = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def _source_key(q: Question, *settings: Any) -> str:
    """A digest of everything a question's note is made from: the question and the deck settings.

    A note whose question and settings are unchanged since the last build is
    taken over from the manifest instead of being made again.
    """
    parts = [_RENDERER, *settings, q.id, q.type, q.question, q.answer, "\x1e".join(map(str, q.choices or ())),
             q.sentence, q.title, q.article, q.answer_note, q.comment, q.kind, q.side,
             "\x1e".join(map(str, q.tags or ()))]
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()


def render_anki(questions: list[Question], out_path: Path, *, deck_name: str, project_id: str,
                one_deck_per_article: bool = False, now: float | None = None,
                advance: Callable[[int], None] | None = None,
                settled: Collection[str] = (), last_package: str = "",
                work_copy: Path | None = None) -> AnkiSummary:
    """Write ``questions`` to the Anki package ``out_path`` and its manifest.

    Each question becomes one note (GUID from ``project_id`` and the question
    id) in the deck ``"<deck_name>::<article title>"``, or ``"<article title>"``
    with ``one_deck_per_article``.  Notes of questions built before but gone
    now stay in the package, tagged ``quizgen::removed``.  ``now`` (seconds
    since the epoch, default the clock) is the mod time given to new and
    changed notes, raised when needed to stay newer than every earlier build.
    ``advance(n)`` is told of every ``n`` questions gone through, taken over or
    made into notes (for a progress bar).

    ``settled`` names questions the caller knows to be exactly as they were
    in the call that left the package whose hash is ``last_package``, with
    the same deck settings: when the manifest is that call's, their notes
    are taken over without a digest of each question being made.

    ``work_copy`` is where the package's collection is kept unzipped between
    calls (a file in a folder of the caller's, such as the project's state
    folder), so that a call that changes a few notes does not unzip the
    whole collection first.  It is used only when it is exactly the
    collection of the package found at ``out_path``.

    Only what changed is done again: a note whose question and settings are
    those of the last build is taken over as it is, and when the package is
    the one the last build wrote, only the changed notes' rows are written
    into its collection.  With nothing changed the package is left as it is.

    Returns an :class:`AnkiSummary`: the package path, the number of notes
    of current questions, and the ids of questions added, updated, unchanged
    since the previous build, removed from it, and retired (removed, still in
    the package).  Raises :class:`~quizgen.errors.RenderError` naming the
    question when a question cannot become a usable card (e.g. a cloze
    question without ``[[...]]``); nothing is written then.
    """
    out_path = Path(out_path)
    if not _str(deck_name).strip():
        raise RenderError("the Anki deck name is empty")
    if not _str(project_id).strip():
        raise RenderError("the project id for Anki note identity is empty")
    now = time.time() if now is None else now
    old = anki_manifest.load(out_path, MODEL_FIELDS)
    entries = old.entries
    # GUIDs by question id, for notes taken over as they were (a GUID costs a hash to make)
    guids = {e.id: g for g, e in entries.items() if e.source} if old.project_id == project_id else {}
    new_mod = max([int(now)] + [e.mod + 1 for e in entries.values()]
                  + [m["mod"] + 1 for m in old.models.values()])
    same_code = old.renderer == _RENDERER
    if not (settled and last_package and old.package == last_package and same_code and guids):
        settled = ()

    # 1. Fields, tags and deck of every question not taken over; collect all problems first.
    problems: list[RenderError] = []
    kept: dict[str, str] = {}           # guid -> question id, for notes taken over as they are
    made: list[_Note] = []
    seen: dict[str, None] = {}     # question ids in order
    for i, q in enumerate(questions, 1):
        if advance is not None and i % 1000 == 0:
            advance(1000)
        if q.status == "rejected":
            continue
        qid = _str(q.id).strip()
        if not qid:
            problems.append(RenderError(f"a question has no id: {_str(q.question)[:60]!r}"))
            continue
        if qid in seen:
            problems.append(RenderError(f"question {qid}: the id is used twice"))
            continue
        seen[qid] = None
        guid = guids.get(qid)
        entry = entries.get(guid) if guid else None
        if qid in settled and entry is not None and entry.model and not entry.removed:
            kept[guid] = qid                 # the same question as in the last build: take it over
            continue
        source = _source_key(q, project_id, deck_name.strip(), one_deck_per_article)
        if entry is not None and entry.source == source and entry.model and not entry.removed:
            kept[guid] = qid                 # made from the very same question: take it over
            continue
        try:
            model, values = _fields(q)
        except RenderError as exc:
            problems.append(exc)
            continue
        guid = guid or genanki.guid_for(project_id, qid)
        # A note keeps the note type it was first built with: Anki cannot
        # change it on import and would skip the note as "conflicting".
        was = entries[guid].model if guid in entries else ""
        if was in _INTERCHANGEABLE and model in _INTERCHANGEABLE:
            model = was
        elif was in MODEL_IDS and was != model:
            problems.append(RenderError(
                f"question {qid}: its Anki note is a {was!r} note and cannot become a "
                f"{model!r} note (Anki would skip it on import); give the question a new id"))
            continue
        deck = _deck_for(q, deck_name.strip(), one_deck_per_article)
        made.append(_Note(deck, qid, model, values, _tags(q), guid, source=source))
    if advance is not None:
        advance(len(questions) % 1000)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise RenderError(f"{len(problems)} questions cannot be put in an Anki deck:\n"
                          + "\n".join(f"  {p}" for p in problems))

    # 2. Notes made again: a new mod only when the note itself changed.
    summary = AnkiSummary(path=out_path, notes=len(kept) + len(made), unchanged=list(kept.values()))
    order = {qid: i for i, qid in enumerate(seen)}
    changed: dict[str, Entry] = {}          # manifest rows to write
    content: dict[str, anki_manifest.Content] = {}
    rewrite: list[_Note] = []               # notes whose rows in the package change
    for note in made:
        digest = _note_hash(note.model, note.fields, note.tags, note.deck)
        entry = entries.get(note.guid)
        if entry is None or entry.removed or entry.hash != digest:
            (summary.added if entry is None or entry.removed else summary.updated).append(note.qid)
            note.mod = new_mod
            rewrite.append(note)
        else:
            summary.unchanged.append(note.qid)
            note.mod = entry.mod
        changed[note.guid] = Entry(note.qid, digest, note.mod, False, note.source, note.model, note.deck)
        content[note.guid] = (note.fields, note.tags)

    # 3. Notes of removed questions stay in the package, tagged, so that
    # re-importing marks them (Anki never deletes a note on import).
    current = kept.keys() | {n.guid for n in made}
    retired: list[str] = []
    for guid, entry in entries.items():
        if guid in current:
            continue
        if not entry.removed:
            summary.removed.append(entry.id)
        if not entry.model:     # from a manifest that kept no content: nothing to rebuild the note from
            changed[guid] = entry._replace(removed=True)
            continue
        summary.retired.append(entry.id)
        retired.append(guid)
    summary.unchanged.sort(key=order.__getitem__)
    summary.removed.sort()
    summary.retired.sort()
    # made again when first removed, or when the note code changed; else as the last build left them
    stored = old.content(g for g in retired if not (entries[g].removed and same_code))
    retired_notes: dict[str, _Note] = {}
    for guid, (fields, tags) in stored.items():
        entry = entries[guid]
        fields, tags = _retired(entry.model, fields, tags)
        digest = _note_hash(entry.model, fields, tags, entry.deck)
        mod = entry.mod if entry.removed and entry.hash == digest else new_mod
        note = _Note(entry.deck, entry.id, entry.model, fields, tags, guid, mod, retired=True)
        retired_notes[guid] = note
        changed[guid] = entry._replace(hash=digest, mod=mod, removed=True)
        if mod == new_mod:
            rewrite.append(note)

    # 4. Decks and note types of every note in the package; a note type keeps
    # its mod unless its templates/CSS changed.
    final = {g: changed.get(g, entries.get(g)) for g in [*current, *retired]}
    main = [] if one_deck_per_article else [deck_name.strip()]
    deck_names = sorted({*main, *(e.deck for e in final.values())})
    last_deck_name: dict[str, str] = {}
    for e in final.values():
        if e.deck > last_deck_name.get(e.model, ""):
            last_deck_name[e.model] = e.deck
    models: dict[str, _TimedModel] = {}
    new_models: dict[str, dict[str, Any]] = dict(old.models)
    for name in sorted(last_deck_name):
        key = str(MODEL_IDS[name])
        digest = _model_hash(name)
        entry_ = old.models.get(key)
        mod = entry_["mod"] if entry_ and entry_.get("hash") == digest else new_mod
        new_models[key] = {"name": name, "hash": digest, "mod": mod}
        models[name] = _make_model(name, mod)
    decks = [genanki.Deck(_deck_id(project_id, name), name) for name in deck_names]
    ids = [d.deck_id for d in decks]
    if len(set(ids)) != len(ids):  # ~1 in 10**12 for a thousand decks
        raise RenderError("two deck names hash to the same Anki deck id; rename one deck")
    last_deck = {model: _deck_id(project_id, name) for model, name in last_deck_name.items()}

    # 5. Write.  The last build's package, unchanged since, is changed in
    # place; otherwise every note is written into a new collection.
    out_path.parent.mkdir(parents=True, exist_ok=True)
    package = old.package
    reusable = (old.package and same_code and old.project_id == project_id and out_path.is_file()
                and _file_sha(out_path) == old.package)
    if not reusable:
        # every note is written: those taken over, and those retired by an earlier build, from the manifest
        notes = [*made, *retired_notes.values()]
        for guid, (fields, tags) in old.content(g for g in final if g not in content and g not in retired_notes).items():
            entry = final[guid]
            if guid not in kept:
                fields, tags = _retired(entry.model, fields, tags)
            notes.append(_Note(entry.deck, entry.id, entry.model, fields, tags, guid, entry.mod,
                               retired=guid not in kept))
        if len(notes) != len(final):
            raise RenderError("the Anki manifest lacks the content of some notes; "
                              "delete it to treat every note as changed", manifest_path(out_path))
        notes.sort(key=lambda n: (n.deck, n.qid, n.guid))
        # note and card ids count up from the package timestamp, as genanki's do; it comes
        # from the manifest (never the clock), so that rebuilds are byte-identical
        timestamp = max([n.mod for n in notes] + [m.mod for m in models.values()] + [0])
        package = _write_apkg(out_path, lambda cursor: _write_collection(
            cursor, notes, decks, models, last_deck, itertools.count(timestamp * 1000)), work_copy=work_copy)
    elif rewrite or new_models != old.models:
        rewrite.sort(key=lambda n: (n.deck, n.qid, n.guid))
        package = _write_apkg(out_path, lambda cursor: _update_collection(
            cursor, rewrite, decks, models, last_deck), base=out_path, work_copy=work_copy, base_package=package)
    if changed or package != old.package or new_models != old.models or not old.stored or old.legacy:
        anki_manifest.save(old, project_id=project_id, models=new_models, package=package,
                           renderer=_RENDERER, changed=changed, content=content)
    summary.package = package
    return summary
