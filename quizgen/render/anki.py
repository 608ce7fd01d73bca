"""Render questions as an Anki package (``.apkg``) with stable note identity.

Public interface
----------------
``render_anki(questions, out_path, deck_name=..., project_id=...)`` writes one
``.apkg`` and returns an :class:`AnkiSummary`.  The note types below are a
*versioned public interface*: Anki matches a note type by its id and skips
existing notes as "conflicting" when the id or the field/template names change.
Never change ``MODEL_IDS``, model names, field names or template names; the
template HTML and the CSS may change freely (Anki then updates the note type).

=========================  ==========  =============================================
note type                  model id    fields
=========================  ==========  =============================================
quizgen Basic              1055554798  Question, Answer, Source, Article, Extra
quizgen Cloze              1971862294  Text, Source, Article, Extra
quizgen Multiple Choice    1713811429  Question, Choices, Answer, Source, Article, Extra
quizgen True/False         1475552546  Statement, Answer, Source, Article, Extra
=========================  ==========  =============================================

``short`` and ``side`` questions use *quizgen Basic* (a ``side`` question lists
its options on the front), ``cloze`` uses *quizgen Cloze*, ``mcq`` uses
*quizgen Multiple Choice* and ``tf`` uses *quizgen True/False*.  ``Source`` is
the source sentence, ``Article`` the article title, ``Extra`` the question id
(shown small on the back so a teacher can find the question in the bank).

Identity and updates
--------------------
* A note's GUID is ``genanki.guid_for(project_id, question.id)``: editing a
  question's text updates the note in place (keeping its review history)
  instead of creating a duplicate.
* Anki applies an update on re-import only when the package's note is *newer*
  than the note in the collection.  So every build keeps a manifest next to the
  package, at ``<out_path>.json`` (``decks/x.apkg`` -> ``decks/x.apkg.json``,
  see :func:`manifest_path`), mapping each GUID to the question id, a hash of
  what the note contains (note type, fields, tags, deck) and the note's mod
  time.  An unchanged note keeps its previous mod time; a new or changed note
  gets ``max(int(now), previous_max_mod + 1)``, strictly newer than every note
  of every earlier build even when two builds fall within one second.  Note
  types are tracked the same way, so a template/CSS change reaches students too.
* Questions that disappear are reported once in ``AnkiSummary.removed`` and
  stay in the manifest marked ``"removed": true`` (Anki never deletes notes
  missing from a package; the teacher has to delete them by hand).
* With identical input and an unchanged manifest the package is byte-identical:
  every time stamp inside comes from the manifest, notes are ordered by deck
  then question id, and the zip entries carry a fixed date.

Questions with status ``rejected`` are never put in a package.
"""
from __future__ import annotations

import hashlib
import html
import io
import itertools
import json
import os
import re
import sqlite3
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import genanki

from quizgen.errors import RenderError
from quizgen.files import atomic_write
from quizgen.model import Question

__all__ = [
    "AnkiSummary",
    "MODEL_IDS",
    "manifest_path",
    "render_anki",
]

MANIFEST_FORMAT = 1

# Fixed forever (see the module docstring): changing one makes Anki treat the
# note type as a different one and skip every existing note as "conflicting".
BASIC_MODEL_ID = 1055554798
CLOZE_MODEL_ID = 1971862294
MCQ_MODEL_ID = 1713811429
TF_MODEL_ID = 1475552546

MODEL_IDS: dict[str, int] = {
    "quizgen Basic": BASIC_MODEL_ID,
    "quizgen Cloze": CLOZE_MODEL_ID,
    "quizgen Multiple Choice": MCQ_MODEL_ID,
    "quizgen True/False": TF_MODEL_ID,
}

# Zip entries get this date so that identical content gives identical bytes.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# Deck ids: stable hashes in [2**31, 2**52); Anki matches decks by name on
# import and ignores the id, but ids inside one package must not collide.
_DECK_ID_LOW = 1 << 31
_DECK_ID_SPAN = (1 << 52) - _DECK_ID_LOW


@dataclass
class AnkiSummary:
    """What one :func:`render_anki` call wrote, compared with the previous build.

    ``added``, ``updated`` and ``unchanged`` list the question ids in the
    package; ``removed`` lists ids that were in the previous build but are not
    in this one.
    """

    path: Path
    notes: int
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def manifest_path(out_path: Path) -> Path:
    """Return where :func:`render_anki` keeps the manifest for ``out_path``."""
    out_path = Path(out_path)
    return out_path.with_name(out_path.name + ".json")


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
.qz { max-width: 36em; margin: 0 auto; padding: 0.6em 0.9em; overflow-wrap: break-word; }
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
.qz-letter { font-weight: 600; margin-right: 0.35em; }
.qz-back .qz-correct { border: 2px solid #1a7f37; background-color: #dafbe1; font-weight: 600; }
.qz-back .qz-correct::after { content: " \\2713"; color: #1a7f37; }
hr#answer { border: none; border-top: 1px solid #d0d7de; margin: 1em 0; }
.qz-answer { font-size: 1.15em; font-weight: 600; color: #1a7f37; margin: 0.4em 0 0.8em; }
.qz-source {
  margin: 0.8em 0 0.3em; padding: 0.1em 0 0.1em 0.8em;
  border-left: 3px solid #d0d7de; color: #424a53; font-style: italic;
}
.qz-from { font-size: 0.85em; color: #656d76; }
.qz-extra { font-size: 0.65em; color: #8c959f; margin-top: 1.2em; }
.cloze { font-weight: 700; color: #0550ae; }

.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  color: #e6edf3; background-color: #1e1e1e;
}
.nightMode .qz-label, .night_mode .qz-label,
.nightMode .qz-from, .night_mode .qz-from { color: #9da7b1; }
.nightMode .qz-choices li, .night_mode .qz-choices li { border-color: #444c56; }
.nightMode .qz-back .qz-correct, .night_mode .qz-back .qz-correct {
  border-color: #3fb950; background-color: #12361f;
}
.nightMode .qz-answer, .night_mode .qz-answer,
.nightMode .qz-back .qz-correct::after, .night_mode .qz-back .qz-correct::after { color: #3fb950; }
.nightMode .qz-source, .night_mode .qz-source { color: #c9d1d9; border-color: #444c56; }
.nightMode .qz-extra, .night_mode .qz-extra { color: #768390; }
.nightMode .cloze, .night_mode .cloze { color: #79c0ff; }
"""

# The back of every card: answer (where the note type has one), then the
# source sentence and the article it comes from, then the question id.
_SOURCE_BLOCK = (
    '{{#Source}}<blockquote class="qz-source">{{Source}}</blockquote>{{/Source}}\n'
    '{{#Article}}<div class="qz-from">From: <cite>{{Article}}</cite></div>{{/Article}}\n'
    '{{#Extra}}<div class="qz-extra">{{Extra}}</div>{{/Extra}}'
)

_BASIC_FRONT = '<div class="qz-prompt">{{Question}}</div>'
_CLOZE_FRONT = '<div class="qz-prompt">{{cloze:Text}}</div>'
_MCQ_FRONT = (
    '<div class="qz-label">Choose one</div>\n'
    '<div class="qz-prompt">{{Question}}</div>\n'
    '{{Choices}}'
)
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


# name -> (model id, model type, field names, template name, qfmt, afmt)
_MODEL_SPECS: dict[str, tuple[int, int, tuple[str, ...], str, str, str]] = {
    "quizgen Basic": (
        BASIC_MODEL_ID, genanki.Model.FRONT_BACK,
        ("Question", "Answer", "Source", "Article", "Extra"),
        "Question",
        _front(_BASIC_FRONT), _back(_BASIC_FRONT, "{{Answer}}"),
    ),
    "quizgen Cloze": (
        CLOZE_MODEL_ID, genanki.Model.CLOZE,
        ("Text", "Source", "Article", "Extra"),
        "Cloze",
        _front(_CLOZE_FRONT), _back(_CLOZE_FRONT, None),
    ),
    "quizgen Multiple Choice": (
        MCQ_MODEL_ID, genanki.Model.FRONT_BACK,
        ("Question", "Choices", "Answer", "Source", "Article", "Extra"),
        "Multiple Choice",
        _front(_MCQ_FRONT), _back(_MCQ_FRONT, "Answer: {{Answer}}"),
    ),
    "quizgen True/False": (
        TF_MODEL_ID, genanki.Model.FRONT_BACK,
        ("Statement", "Answer", "Source", "Article", "Extra"),
        "True/False",
        _front(_TF_FRONT), _back(_TF_FRONT, "{{Answer}}"),
    ),
}

_MODEL_FOR_TYPE = {
    "short": "quizgen Basic",
    "side": "quizgen Basic",
    "cloze": "quizgen Cloze",
    "mcq": "quizgen Multiple Choice",
    "tf": "quizgen True/False",
}


def _model_hash(name: str) -> str:
    model_id, model_type, fields, tname, qfmt, afmt = _MODEL_SPECS[name]
    return _sha256([model_id, name, model_type, list(fields), tname, qfmt, afmt, CARD_CSS])


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
    model_id, model_type, fields, tname, qfmt, afmt = _MODEL_SPECS[name]
    # Fresh dicts every time: genanki's to_json() adds keys to them in place.
    return _TimedModel(
        model_id=model_id,
        name=name,
        fields=[{"name": f} for f in fields],
        templates=[{"name": tname, "qfmt": qfmt, "afmt": afmt}],
        css=CARD_CSS,
        model_type=model_type,
        mod=mod,
    )


class _TimedNote(genanki.Note):
    """A note written with its own modification time.

    genanki 0.13 writes ``int(timestamp)`` of the *package* into every note's
    and card's ``mod`` column (``Note.write_to_db`` -> ``Card.write_to_db``),
    so a package has one mod time for all notes.  We need per-note times:
    unchanged notes keep the time of the build that last changed them (so they
    are not re-applied and the build is reproducible), changed ones get a
    newer one.  The ``timestamp`` argument is only used for those two columns,
    so passing ``self.mod`` instead is all it takes; ids still come from the
    package's ``id_gen``.
    """

    def __init__(self, *args: Any, mod: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


# --------------------------------------------------------------------------
# Field text
# --------------------------------------------------------------------------

_DELETION = re.compile(r"\[\[(.+?)\]\]", re.S)
_WS = re.compile(r"\s+")
_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})
_CLOZE_SPECIALS = str.maketrans({"{": "&#123;", "}": "&#125;", ":": "&#58;"})


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


def _choice_list(choices: list[str], correct: int | None, lettered: bool) -> str:
    items = []
    for i, choice in enumerate(choices):
        cls = ' class="qz-correct"' if i == correct else ""
        letter = f'<span class="qz-letter">{_letter(i)}.</span> ' if lettered else ""
        items.append(f"<li{cls}>{letter}{_esc(choice)}</li>")
    return '<ul class="qz-choices">' + "".join(items) + "</ul>"


def _require(q: Question, what: str, value: str) -> str:
    if not value:
        raise RenderError(f"question {q.id}: {what} is empty")
    return value


def _fields(q: Question) -> tuple[str, list[str]]:
    """Return the note type name and field values for one question."""
    model = _MODEL_FOR_TYPE.get(q.type)
    if model is None:
        raise RenderError(f"question {q.id}: unknown question type {q.type!r}")
    source = _esc(q.sentence)
    article = _esc(q.title) or _esc(q.article)
    extra = f"Question id: {_esc(q.id)}"
    if q.type == "cloze":
        return model, [_cloze_field(q), source, article, extra]
    question = _require(q, "the question text", _esc(q.question))
    answer = _require(q, "the answer", _esc(q.answer))
    if q.type == "short":
        return model, [question, answer, source, article, extra]
    if q.type == "side":
        choices = _choices(q)
        if choices:
            question += _choice_list(choices, None, lettered=False)
        return model, [question, answer, source, article, extra]
    if q.type == "mcq":
        choices = _choices(q)
        if len(choices) < 2:
            raise RenderError(f"question {q.id}: a multiple-choice question needs at least two choices")
        right = _correct_index(q, choices)
        answer = f"{_letter(right)}. {_esc(choices[right])}"
        return model, [question, _choice_list(choices, right, lettered=True), answer,
                       source, article, extra]
    # tf
    truth = _str(q.answer).strip().lower()
    if truth not in ("true", "false"):
        raise RenderError(f"question {q.id}: a true/false answer must be 'true' or 'false', "
                          f"not {_str(q.answer)!r}")
    return model, [question, truth.capitalize(), source, article, extra]


# --------------------------------------------------------------------------
# Tags and decks
# --------------------------------------------------------------------------

def _tag_part(value: Any) -> str:
    return _WS.sub("_", _str(value).strip())


def _tags(q: Question) -> list[str]:
    tags = {f"quizgen::type::{_tag_part(q.type)}"}
    if q.kind:
        tags.add(f"quizgen::kind::{_tag_part(q.kind)}")
    if q.article:
        tags.add(f"quizgen::article::{_tag_part(q.article)}")
    if q.side:
        tags.add(f"quizgen::side::{_tag_part(_str(q.side).lower())}")
    for tag in q.tags or []:
        safe = _tag_part(tag).strip(":")
        if safe:
            tags.add(safe)
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


def _load_manifest(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"notes": {}, "models": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise ValueError(f"not a quizgen Anki manifest (format {MANIFEST_FORMAT})")
        notes, models = data.get("notes", {}), data.get("models", {})
        if not isinstance(notes, dict) or not isinstance(models, dict):
            raise ValueError("'notes' and 'models' must be mappings")
        for entry in [*notes.values(), *models.values()]:
            if not isinstance(entry, dict) or not isinstance(entry.get("mod"), int):
                raise ValueError("every entry needs an integer 'mod'")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise RenderError(
            f"cannot read the Anki manifest ({exc}); it keeps note times between builds. "
            "Restore it, or delete it to treat every note as changed.", path) from exc
    return {"notes": notes, "models": models}


def _apkg_bytes(decks: list[genanki.Deck], timestamp: int, tmp_dir: Path) -> bytes:
    """The package, built with genanki's SQLite writer and a reproducible zip."""
    fd, db_name = tempfile.mkstemp(dir=tmp_dir, prefix=".quizgen-", suffix=".anki2")
    os.close(fd)
    try:
        conn = sqlite3.connect(db_name)
        try:
            # Ids of notes and cards count up from timestamp*1000 (as genanki
            # does); Anki matches notes by GUID, never by these ids.
            genanki.Package(decks).write_to_db(conn.cursor(), timestamp,
                                               itertools.count(timestamp * 1000))
            conn.commit()
        finally:
            conn.close()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            for name, data in (("collection.anki2", Path(db_name).read_bytes()),
                               ("media", b"{}")):
                info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, data)
        return buffer.getvalue()
    finally:
        Path(db_name).unlink(missing_ok=True)


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------

def render_anki(questions: list[Question], out_path: Path, *, deck_name: str, project_id: str,
                one_deck_per_article: bool = False, now: float | None = None) -> AnkiSummary:
    """Write ``questions`` to the Anki package ``out_path`` and its manifest.

    Each question becomes one note (GUID from ``project_id`` and the question
    id) in the deck ``"<deck_name>::<article title>"``, or ``"<article title>"``
    with ``one_deck_per_article``.  ``now`` (seconds since the epoch, default
    the clock) is the mod time given to new and changed notes, raised when
    needed to stay newer than every earlier build.

    Returns an :class:`AnkiSummary`: the package path, the number of notes,
    and the ids of questions added, updated, unchanged since the previous
    build and removed from it.  Raises :class:`~quizgen.errors.RenderError`
    naming the question when a question cannot become a usable card (e.g. a
    cloze question without ``[[...]]``); nothing is written then.
    """
    out_path = Path(out_path)
    if not _str(deck_name).strip():
        raise RenderError("the Anki deck name is empty")
    if not _str(project_id).strip():
        raise RenderError("the project id for Anki note identity is empty")
    now = time.time() if now is None else now
    man_path = manifest_path(out_path)
    old = _load_manifest(man_path)
    old_notes: dict[str, dict[str, Any]] = old["notes"]
    old_models: dict[str, dict[str, Any]] = old["models"]
    new_mod = max([int(now)] + [e["mod"] + 1 for e in [*old_notes.values(), *old_models.values()]])

    # 1. Fields, tags and deck of every question; collect all problems first.
    problems: list[RenderError] = []
    prepared = []
    seen: set[str] = set()
    for q in questions:
        if q.status == "rejected":
            continue
        qid = _str(q.id).strip()
        if not qid:
            problems.append(RenderError(f"a question has no id: {_str(q.question)[:60]!r}"))
            continue
        if qid in seen:
            problems.append(RenderError(f"question {qid}: the id is used twice"))
            continue
        seen.add(qid)
        try:
            model, values = _fields(q)
        except RenderError as exc:
            problems.append(exc)
            continue
        deck = _deck_for(q, deck_name.strip(), one_deck_per_article)
        prepared.append((deck, qid, model, values, _tags(q)))
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise RenderError(f"{len(problems)} questions cannot be put in an Anki deck:\n"
                          + "\n".join(f"  {p}" for p in problems))
    prepared.sort(key=lambda p: (p[0], p[1]))

    # 2. Note types: keep their mod unless their templates/CSS changed.
    models: dict[str, _TimedModel] = {}
    new_models: dict[str, dict[str, Any]] = dict(old_models)
    for name in sorted({p[2] for p in prepared}):
        key = str(MODEL_IDS[name])
        digest = _model_hash(name)
        entry = old_models.get(key)
        mod = entry["mod"] if entry and entry.get("hash") == digest else new_mod
        new_models[key] = {"name": name, "hash": digest, "mod": mod}
        models[name] = _make_model(name, mod)

    # 3. Notes: reuse the old mod when nothing about the note changed.
    summary = AnkiSummary(path=out_path, notes=len(prepared))
    new_notes: dict[str, dict[str, Any]] = {}
    decks: dict[str, genanki.Deck] = {}
    if not one_deck_per_article:
        name = deck_name.strip()
        decks[name] = genanki.Deck(_deck_id(project_id, name), name)
    for deck, qid, model, values, tags in prepared:
        guid = genanki.guid_for(project_id, qid)
        digest = _sha256({"model": MODEL_IDS[model], "fields": values, "tags": tags, "deck": deck})
        entry = old_notes.get(guid)
        if entry is None or entry.get("removed"):
            summary.added.append(qid)
            mod = new_mod
        elif entry.get("hash") != digest:
            summary.updated.append(qid)
            mod = new_mod
        else:
            summary.unchanged.append(qid)
            mod = entry["mod"]
        new_notes[guid] = {"id": qid, "hash": digest, "mod": mod, "removed": False}
        if deck not in decks:
            decks[deck] = genanki.Deck(_deck_id(project_id, deck), deck)
        decks[deck].add_note(_TimedNote(model=models[model], fields=values, tags=tags,
                                        guid=guid, mod=mod))
    for guid, entry in old_notes.items():
        if guid not in new_notes:
            if not entry.get("removed"):
                summary.removed.append(_str(entry.get("id", guid)))
            new_notes[guid] = {**entry, "removed": True}
    summary.removed.sort()

    ids = [d.deck_id for d in decks.values()]
    if len(set(ids)) != len(ids):  # ~1 in 10**12 for a thousand decks
        raise RenderError("two deck names hash to the same Anki deck id; rename one deck")

    # 4. Write: the package timestamp only seeds note/card ids, so take it
    # from the manifest (never the clock) to keep rebuilds byte-identical.
    mods = [e["mod"] for e in new_notes.values() if not e["removed"]]
    timestamp = max(mods + [m["mod"] for m in new_models.values()] + [0])
    deck_list = [decks[name] for name in sorted(decks)]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out_path, _apkg_bytes(deck_list, timestamp, out_path.parent))
    manifest = {
        "format": MANIFEST_FORMAT,
        "generator": "quizgen.render.anki",
        "project_id": project_id,
        "package": out_path.name,
        "models": new_models,
        "notes": new_notes,
    }
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    atomic_write(man_path, text.encode("utf-8"))
    return summary
