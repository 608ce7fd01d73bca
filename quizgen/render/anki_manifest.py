"""The manifest an Anki package keeps between builds: one SQLite file beside it.

For every note the package ever held it records the question id, a hash of
the note's content, its mod time, whether its question was removed, a digest
of what the note was made from (``source``), its note type and deck, and its
fields and tags.  The package's own hash is recorded too, so that the next
build may start from the collection inside it and change only the notes that
changed, instead of writing every note again.

An SQLite file rather than one JSON document: a rebuild reads the few
columns it compares for every note and the content of only the notes it
needs, and writes only the rows that changed.

Manifests of earlier versions (``<package>.json``, formats 1 and 2) are read
once and replaced by this file after the next successful build.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, NamedTuple, Sequence

from quizgen.errors import RenderError
from quizgen.files import atomic_path

FORMAT = 3
_JSON_FORMATS = (1, 2)  # format 1 kept no note content: removed notes cannot be re-sent

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE notes (guid TEXT PRIMARY KEY, id TEXT NOT NULL, hash TEXT NOT NULL, mod INTEGER NOT NULL,
                    removed INTEGER NOT NULL, source TEXT NOT NULL, model TEXT NOT NULL, deck TEXT NOT NULL);
CREATE TABLE content (guid TEXT PRIMARY KEY, fields TEXT NOT NULL, tags TEXT NOT NULL);  -- joined as in Anki
"""


class Entry(NamedTuple):
    """One note as the last build left it; ``model`` is empty when its content is unknown."""

    id: str
    hash: str
    mod: int
    removed: bool
    source: str
    model: str
    deck: str


Content = tuple[list[str], list[str]]      # fields, tags


def manifest_path(out_path: Path) -> Path:
    """Where the manifest of the package ``out_path`` lives (``x.apkg`` -> ``x.apkg.db``)."""
    out_path = Path(out_path)
    return out_path.with_name(out_path.name + ".db")


def legacy_manifest_path(out_path: Path) -> Path:
    """Where earlier versions kept it (``x.apkg.json``)."""
    out_path = Path(out_path)
    return out_path.with_name(out_path.name + ".json")


@dataclass
class Manifest:
    """What the last build wrote; empty when there was none."""

    path: Path
    project_id: str | None = None
    models: dict[str, dict[str, Any]] = field(default_factory=dict)
    package: str = ""           # sha256 of the package the last build wrote
    renderer: str = ""          # the note code that wrote it
    entries: dict[str, Entry] = field(default_factory=dict)
    legacy: Path | None = None  # read from an earlier version's JSON file
    _json_content: dict[str, Content] = field(default_factory=dict)

    @property
    def stored(self) -> bool:
        return self.path.exists()

    def content(self, guids: Iterable[str]) -> dict[str, Content]:
        """Fields and tags of the notes ``guids`` (those whose content is known)."""
        wanted = [g for g in guids if self.entries.get(g, _NONE).model]
        if self.legacy is not None or not wanted:
            return {g: self._json_content[g] for g in wanted if g in self._json_content}
        found: dict[str, Content] = {}
        try:
            conn = _connect_read(self.path)
            try:
                if len(wanted) * 4 > len(self.entries):
                    rows = conn.execute("SELECT guid, fields, tags FROM content")
                    wanted_set = set(wanted)
                    rows = (r for r in rows if r[0] in wanted_set)
                else:
                    rows = (r for i in range(0, len(wanted), 500)
                            for r in conn.execute(
                                "SELECT guid, fields, tags FROM content WHERE guid IN (%s)"
                                % ",".join("?" * len(wanted[i:i + 500])), wanted[i:i + 500]))
                for guid, fields, tags in rows:
                    found[guid] = (fields.split("\x1f"), tags.split())
            finally:
                conn.close()
        except (sqlite3.Error, ValueError) as exc:
            raise _unreadable(self.path, exc) from exc
        return found


_NONE = Entry("", "", 0, False, "", "", "")


def _connect_read(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _unreadable(path: Path, exc: Exception) -> RenderError:
    return RenderError(
        f"cannot read the Anki manifest ({exc}); it keeps note times between builds. "
        "Restore it, or delete it to treat every note as changed.", path)


def load(out_path: Path, note_types: Mapping[str, Sequence[str]]) -> Manifest:
    """The manifest of ``out_path``: its own file, an earlier version's JSON, or an empty one.

    ``note_types`` (name -> field names) tells which notes of a JSON manifest are usable.
    """
    path = manifest_path(out_path)
    if path.exists():
        try:
            conn = _connect_read(path)
            try:
                meta = dict(conn.execute("SELECT key, value FROM meta"))
                if meta.get("format") != str(FORMAT):
                    raise ValueError(f"not a quizgen Anki manifest (format {FORMAT})")
                entries = {}
                for guid, qid, digest, mod, removed, source, model, deck in conn.execute(
                        "SELECT guid, id, hash, mod, removed, source, model, deck FROM notes"):
                    if type(mod) is not int:
                        raise ValueError("every note needs an integer 'mod'")
                    entries[guid] = Entry(qid, digest, mod, bool(removed), source, model, deck)
            finally:
                conn.close()
            return Manifest(path, meta.get("project_id"), json.loads(meta.get("models", "{}")),
                            meta.get("package", ""), meta.get("renderer", ""), entries)
        except (sqlite3.Error, ValueError) as exc:
            raise _unreadable(path, exc) from exc
    legacy = legacy_manifest_path(out_path)
    if legacy.exists():
        return _load_json(path, legacy, note_types)
    return Manifest(path)


def _load_json(path: Path, legacy: Path, note_types: Mapping[str, Sequence[str]]) -> Manifest:
    """An earlier version's manifest: one JSON document."""
    try:
        data = json.loads(legacy.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") not in _JSON_FORMATS:
            raise ValueError("not a quizgen Anki manifest")
        notes, models = data.get("notes", {}), data.get("models", {})
        if not isinstance(notes, dict) or not isinstance(models, dict):
            raise ValueError("'notes' and 'models' must be mappings")
        for entry in [*notes.values(), *models.values()]:
            if not isinstance(entry, dict) or not isinstance(entry.get("mod"), int):
                raise ValueError("every entry needs an integer 'mod'")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise _unreadable(legacy, exc) from exc
    entries: dict[str, Entry] = {}
    content: dict[str, Content] = {}
    for guid, e in notes.items():
        stored = _json_content(e, note_types)
        entries[guid] = Entry(str(e.get("id", guid)), str(e.get("hash", "")), e["mod"], bool(e.get("removed")),
                              str(e.get("source") or ""), stored[0] if stored else "",
                              stored[3] if stored else "")
        if stored:
            content[guid] = (stored[1], stored[2])
    return Manifest(path, data.get("project_id"), models, "", "", entries, legacy, content)


def _json_content(entry: dict[str, Any], note_types: Mapping[str, Sequence[str]]
                  ) -> tuple[str, list[str], list[str], str] | None:
    """(model, fields, tags, deck) of a JSON entry, if it holds a usable note."""
    model, fields, tags, deck = entry.get("model"), entry.get("fields"), entry.get("tags"), entry.get("deck")
    if not (model in note_types and type(fields) is list and len(fields) == len(note_types[model])
            and type(tags) is list and type(deck) is str and deck):
        return None
    try:
        "".join(fields) + "".join(tags)       # every one a string (join refuses anything else)
    except TypeError:
        return None
    return model, fields, tags, deck


def save(old: Manifest, *, project_id: str, models: dict[str, dict[str, Any]], package: str, renderer: str,
         changed: dict[str, Entry], content: dict[str, Content]) -> None:
    """Record a build: ``changed`` entries (with ``content`` for notes made again) over ``old``'s.

    An existing manifest file is updated in one transaction; a new one (or
    one replacing an earlier version's JSON) is written whole and then
    moved into place.
    """
    meta = {"format": str(FORMAT), "generator": "quizgen.render.anki", "project_id": project_id,
            "models": json.dumps(models, sort_keys=True), "package": package, "renderer": renderer}
    if old.stored and old.legacy is None:
        conn = sqlite3.connect(old.path, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            _write_rows(conn, meta, changed, content)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()
        return
    entries = {**old.entries, **changed}
    all_content = {**old.content(g for g in entries if g not in content), **content}
    with atomic_path(old.path) as tmp:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.executescript(_SCHEMA)
            conn.execute("BEGIN")
            _write_rows(conn, meta, entries, all_content)
            conn.execute("COMMIT")
        finally:
            conn.close()
    if old.legacy is not None:
        old.legacy.unlink(missing_ok=True)


def _write_rows(conn: sqlite3.Connection, meta: dict[str, str], entries: dict[str, Entry],
                content: dict[str, Content]) -> None:
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(meta.items()))
    conn.executemany("INSERT OR REPLACE INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(g, e.id, e.hash, e.mod, int(e.removed), e.source, e.model, e.deck)
                      for g, e in sorted(entries.items())])
    conn.executemany("INSERT OR REPLACE INTO content VALUES (?, ?, ?)",
                     [(g, "\x1f".join(fields), " ".join(tags))
                      for g, (fields, tags) in sorted(content.items())])


def read(out_path: Path, note_types: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """The manifest of ``out_path`` as one plain mapping, for people and tests.

    ``{"format", "project_id", "models", "notes": {guid: {"id", "hash", "mod",
    "removed", "source", "model", "deck", "fields", "tags"}}}``; ``fields``
    and ``tags`` are missing for a note whose content is unknown.
    """
    m = load(out_path, note_types)
    content = m.content(m.entries)
    notes = {}
    for guid, e in m.entries.items():
        entry: dict[str, Any] = e._asdict()
        if guid in content:
            entry["fields"], entry["tags"] = content[guid]
        notes[guid] = entry
    return {"format": FORMAT if m.legacy is None else None, "project_id": m.project_id,
            "models": m.models, "notes": notes}
