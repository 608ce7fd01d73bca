"""The question bank: one YAML file per article, the teacher's source of truth.

``merge_article`` folds freshly generated questions into an article's file
without losing anything a teacher did; ``load_bank`` and ``validate_bank``
read and check it; ``bank_questions`` turns it into plain ``Question``
objects for the renderers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..errors import BankError
from ..model import Article, Fact, Question
from .entries import from_entry, is_edited, keep_drawn_parts, refresh, to_entry
from .io import dump_bank, load_bank_file, write_if_changed
from .validate import duplicate_ids, validate_bank

__all__ = ["MergeStats", "merge_article", "load_bank", "validate_bank", "duplicate_ids",
           "bank_questions", "dump_bank", "write_if_changed", "load_bank_file", "HEADER"]

HEADER = """\
quizgen question bank: one article's questions. Edit freely - quizgen keeps
your wording, statuses (draft, approved, rejected), comments and questions
you add when it re-extracts. Format: docs/bank-format.md"""


@dataclass
class MergeStats:
    added: int = 0
    kept: int = 0           # generated again, unedited (refreshed if quizgen's wording changed)
    edited: int = 0         # the teacher's wording kept over quizgen's
    missing: int = 0        # in the bank, no longer generated: kept as it is
    handwritten: int = 0    # written by the teacher: kept as it is
    changed_files: list[str] = field(default_factory=list)

    def add(self, other: "MergeStats") -> None:
        for name in ("added", "kept", "edited", "missing", "handwritten"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.changed_files += other.changed_files


def new_document(article: Article) -> CommentedMap:
    doc = CommentedMap()
    doc["article"] = article.slug
    doc["title"] = article.title
    doc["source"] = f"{article.path}:{article.line}" if article.path else ""
    doc["questions"] = CommentedSeq()
    doc.yaml_set_start_comment(HEADER)
    return doc


def merge_article(doc: CommentedMap | None, article: Article, questions: list[Question],
                  facts: dict[str, Fact]) -> tuple[CommentedMap, MergeStats]:
    """Fold ``questions`` into an article's bank document; return it and what happened.

    - a question already in the bank keeps its status and comment; its wording
      is refreshed only if the teacher never edited it;
    - new questions come in as drafts, after the existing ones;
    - questions no longer generated, and ones the teacher wrote, stay as they are.
    """
    stats = MergeStats()
    if doc is None:
        doc = new_document(article)
    for key, value in (("title", article.title),
                       ("source", f"{article.path}:{article.line}" if article.path else "")):
        if doc.get(key) != value:
            doc[key] = value
    entries = doc.get("questions")
    if entries is None:
        entries = doc["questions"] = CommentedSeq()
    by_id = {e.get("id"): e for e in entries if isinstance(e, CommentedMap)}
    generated_ids = set()
    for q in questions:
        generated_ids.add(q.id)
        fact = facts.get(q.fact or "")
        new = to_entry(q, _fact_dict(fact))
        old = by_id.get(q.id)
        if old is None:
            entries.append(new)
            stats.added += 1
        elif is_edited(old) or "generated" not in old:
            stats.edited += 1
        else:
            keep_drawn_parts(old, new)
            refresh(old, new)
            stats.kept += 1
    for entry in entries:
        if isinstance(entry, CommentedMap) and entry.get("id") not in generated_ids:
            if "fact" in entry:
                stats.missing += 1
            else:
                stats.handwritten += 1
    return doc, stats


def _fact_dict(fact: Fact | None) -> dict[str, Any] | None:
    if fact is None:
        return None
    return {"id": fact.id, "kind": fact.kind, "subject": fact.subject,
            "predicate": fact.predicate, "value": fact.value}


def load_bank(bank_dir: Path, root: Path) -> tuple[dict[str, CommentedMap], list[BankError]]:
    """Every ``*.yaml`` file of the bank, keyed by its path relative to ``root``.

    Files that cannot be loaded are reported, not returned.
    """
    docs: dict[str, CommentedMap] = {}
    problems: list[BankError] = []
    if not bank_dir.is_dir():
        return docs, problems
    for path in sorted(bank_dir.glob("*.yaml")):
        rel = _rel(path, root)
        try:
            docs[rel] = load_bank_file(path, rel)
        except BankError as exc:
            problems.append(exc)
    return docs, problems


def bank_questions(docs: dict[str, CommentedMap]) -> list[Question]:
    """All questions of a (validated) bank, file by file, in file order."""
    out = []
    for doc in docs.values():
        slug = str(doc.get("article", ""))
        title = str(doc.get("title") or slug)
        for entry in doc.get("questions") or []:
            out.append(from_entry(entry, slug, title))
    return out


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
