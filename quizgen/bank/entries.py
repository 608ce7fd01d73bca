"""Bank entries: how a ``Question`` is written to YAML and read back.

Keys are written in a fixed order.  Some keys belong to the teacher
(``status``, ``comment``, and the wording once edited); the rest are
quizgen's and are refreshed on every extraction while the teacher has not
changed the wording.  ``generated`` is a fingerprint of quizgen's own
wording: when the entry no longer matches it, the teacher has edited it.
``stale_from`` and ``conflict`` are quizgen's notes on the merge (see
``quizgen.bank.merge_article``).
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..model import Question
from .nodes import delete_key, plain as _plain, set_value

# Fixed key order of a question entry.
KEY_ORDER = ("id", "type", "status", "stale_from", "conflict", "question", "choices", "answer",
             "answer_note", "comment", "checks", "source", "fact", "tags", "generated")
WORDING = ("question", "choices", "answer")
TEACHER_KEYS = ("status", "comment")
MERGE_NOTES = ("stale_from", "conflict")        # written by the merge, never refreshed
PROVENANCE = ("source", "fact", "tags")          # where a question came from


def fingerprint(entry: Any) -> str:
    """A short hash of an entry's wording (question, choices, answer)."""
    data = {key: _plain(entry.get(key)) for key in WORDING}
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:12]


def is_edited(entry: Any) -> bool:
    """Has the teacher changed the wording quizgen generated?"""
    return "generated" in entry and fingerprint(entry) != entry.get("generated")


def to_entry(q: Question, fact: dict[str, Any] | None = None, plain: bool = False) -> CommentedMap:
    """A new bank entry for a generated question.

    With ``plain``, the entry is made of plain dicts and lists: a file
    written for the first time needs none of ruamel's comment bookkeeping,
    and a large first build is the lighter and the faster for it.
    """
    mapping: Any = dict if plain else CommentedMap
    sequence: Any = list if plain else CommentedSeq
    entry = mapping()
    entry["id"] = q.id
    entry["type"] = q.type
    entry["status"] = q.status
    entry["question"] = q.question
    if q.choices is not None:
        entry["choices"] = sequence(q.choices)
    entry["answer"] = q.answer
    if q.answer_note:
        entry["answer_note"] = q.answer_note
    if q.checks:
        entry["checks"] = sequence(q.checks)
    source = mapping()
    source["article"] = q.article
    source["sentence"] = q.sentence
    entry["source"] = source
    if fact:
        f = mapping()
        for key in ("id", "kind", "subject", "predicate", "value"):
            if fact.get(key) not in (None, ""):
                f[key] = fact[key]
        entry["fact"] = f
    if q.tags:
        entry["tags"] = sequence(q.tags)
    entry["generated"] = fingerprint(entry)
    return entry


def keep_drawn_parts(entry: CommentedMap, new: CommentedMap) -> None:
    """Keep the randomly drawn parts of an entry while they are still right.

    Distractors come from the whole corpus, so adding an article would
    otherwise reshuffle the choices (and false statements) of every other
    article's questions, and every student's cards with them.
    """
    same_fact = (_plain(entry.get("answer")) == _plain(new.get("answer"))
                 and _plain(entry.get("source")) == _plain(new.get("source"))
                 and entry.get("type") == new.get("type"))
    if not same_fact:
        return
    old_choices = entry.get("choices")
    if "choices" in new and isinstance(old_choices, list):
        plain = [str(c) for c in old_choices]
        if (len(plain) == len(new["choices"]) and str(new["answer"]) in plain
                and len({c.lower() for c in plain}) == len(plain)):
            new["choices"] = CommentedSeq(plain)
    if new.get("type") == "tf" and isinstance(entry.get("question"), str):
        new["question"] = entry["question"]
    new["generated"] = fingerprint(new)


def refresh(entry: CommentedMap, new: CommentedMap, keys: tuple[str, ...] | None = None) -> bool:
    """Bring quizgen's keys of an entry up to date; keep the teacher's keys.

    ``keys`` limits the refresh (an edited entry only gets its provenance
    refreshed).  Returns whether anything changed.  Values that are equal are
    left alone, and changed ones are changed in place, so that their
    formatting and the comments around them survive.
    """
    changed = False
    for key in keys or KEY_ORDER:
        if key in TEACHER_KEYS or key in MERGE_NOTES or key == "id":
            continue
        if key in new:
            if key in entry:
                changed |= set_value(entry, key, new[key])
            else:
                insert_in_order(entry, key, new[key])
                changed = True
        elif key in entry:
            delete_key(entry, key)
            changed = True
    return changed


def from_entry(entry: Any, article: str, title: str) -> Question:
    """A ``Question`` for the renderers, from a (validated) bank entry."""
    source = entry.get("source") or {}
    fact = entry.get("fact") or {}
    choices = entry.get("choices")
    return Question(
        id=str(entry["id"]),
        type=str(entry["type"]),
        question=str(entry["question"]),
        answer=str(entry["answer"]),
        article=str(source.get("article") or article),
        sentence=str(source.get("sentence") or ""),
        status=str(entry.get("status", "draft")),
        choices=[str(c) for c in choices] if choices is not None else None,
        fact=str(fact.get("id")) if fact.get("id") else None,
        kind=str(fact.get("kind")) if fact.get("kind") else None,
        side=str(fact.get("value")) if fact.get("kind") == "position" and fact.get("value") else None,
        tags=[str(t) for t in entry.get("tags") or []],
        title=title,
        answer_note=str(entry.get("answer_note") or ""),
        checks=[str(c) for c in entry.get("checks") or []],
        comment=str(entry.get("comment") or ""),
    )


def insert_in_order(entry: CommentedMap, key: str, value: Any) -> None:
    """Add ``key`` after the key that comes before it in the fixed order.

    The teacher may have reordered an entry's keys; placing the new key after
    its predecessor (``stale_from`` after ``status``) keeps it where it is read.
    """
    order = KEY_ORDER.index(key)
    keys = list(entry)
    position = len(keys)
    for before in reversed(KEY_ORDER[:order]):
        if before in entry:
            position = keys.index(before) + 1
            break
    else:
        for i, existing in enumerate(keys):
            if existing in KEY_ORDER and KEY_ORDER.index(existing) > order:
                position = i
                break
    entry.insert(position, key, value)


def _flow_free(items: list[str]) -> CommentedSeq:
    return CommentedSeq(list(items))
