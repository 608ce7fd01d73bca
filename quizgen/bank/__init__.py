"""The question bank: one YAML file per article, the teacher's source of truth.

``merge_article`` folds freshly generated questions into an article's file
without losing anything a teacher did; ``load_bank`` and ``check_bank``
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
from .entries import (PROVENANCE, from_entry, insert_in_order, is_edited, keep_drawn_parts,
                      refresh, to_entry)
from .io import dump_bank, dump_new_bank, load_bank_file, remove_leftover_temp_files, write_if_changed
from .lock import project_lock
from .nodes import delete_key, set_value
from .validate import Problem, bank_schema, check_bank, check_document, duplicate_ids, \
    problems_to_json, validate_bank
from ..files import relative_in

__all__ = ["MergeStats", "merge_article", "load_bank", "validate_bank", "duplicate_ids",
           "check_bank", "check_document", "Problem", "problems_to_json", "bank_schema",
           "bank_questions", "dump_bank", "write_if_changed", "load_bank_file",
           "remove_leftover_temp_files", "project_lock", "HEADER", "dump_new_bank", "new_plain_document"]

HEADER = """\
quizgen question bank: one article's questions. Edit freely - quizgen keeps
your wording, statuses (draft, approved, rejected), comments and questions
you add when it re-extracts. Format: docs/bank-format.md"""


@dataclass
class MergeStats:
    """What a merge found, question by question (each question counts once)."""

    added: int = 0          # new facts' questions, as drafts
    kept: int = 0           # found again, unedited: quizgen's wording (refreshed when it improves)
    edited: int = 0         # found again, the teacher's wording kept
    stale: int = 0          # source sentence gone: marked stale (rejected ones stay rejected)
    conflicts: int = 0      # the article now gives another value: flagged, not rewritten
    handwritten: int = 0    # written by the teacher: kept as they are
    restored: int = 0       # stale questions whose sentence came back (also kept or edited)
    changed_files: list[str] = field(default_factory=list)

    @property
    def missing(self) -> int:
        """Questions whose sentence is no longer in the article (the older name of ``stale``)."""
        return self.stale

    def add(self, other: "MergeStats") -> None:
        for name in ("added", "kept", "edited", "stale", "conflicts", "handwritten", "restored"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.changed_files += other.changed_files

    def summary(self) -> str:
        """The one-line summary ``quizgen extract`` ends with."""
        return (f"{self.added} added, {self.kept} kept, {self.edited} edited and kept, "
                f"{self.stale} stale, {self.conflicts} conflicts")


def new_document(article: Article) -> CommentedMap:
    doc = CommentedMap()
    doc["article"] = article.slug
    doc["title"] = article.title
    doc["source"] = f"{article.path}:{article.line}" if article.path else ""
    doc["questions"] = CommentedSeq()
    doc.yaml_set_start_comment(HEADER)
    return doc


def new_plain_document(article: Article, questions: list[Question], facts: dict[str, Fact]) -> tuple[dict, MergeStats]:
    """The bank document of an article that has none yet, as plain data.

    What ``merge_article(None, ...)`` makes, without ruamel's objects: every
    question comes in as a draft.
    """
    doc: dict[str, Any] = {"article": article.slug, "title": article.title,
                           "source": f"{article.path}:{article.line}" if article.path else ""}
    seen: set[str] = set()
    entries = []
    for q in questions:
        if q.id in seen:
            continue
        seen.add(q.id)
        entries.append(to_entry(q, _fact_dict(facts.get(q.fact or "")), plain=True))
    doc["questions"] = entries
    stats = MergeStats()
    stats.added = len(entries)
    return doc, stats


def merge_article(doc: CommentedMap | None, article: Article, questions: list[Question],
                  facts: dict[str, Fact]) -> tuple[CommentedMap, MergeStats]:
    """Fold ``questions`` into an article's bank document; return it and what happened.

    ``facts`` holds (at least) every fact extracted from the article, by id.
    The rules (docs/bank-format.md, "Merging"):

    - a question found again keeps its status and comment; quizgen's wording
      is refreshed only if the teacher never edited it;
    - a question the teacher wrote (no ``fact``) is never touched;
    - a question whose fact is no longer in the article becomes ``stale``,
      remembering its status in ``stale_from``; it gets that status back if
      the sentence returns.  A rejected question stays rejected;
    - a question whose fact now has another value (same kind, subject and
      predicate; the article says 1969 where it said 1966) keeps its id,
      wording and status, follows the new fact, and gets
      ``conflict: {was, now}`` until the teacher deletes it;
    - questions for new facts come in as drafts, after the existing ones.
    """
    if doc is None:
        doc = new_document(article)
    for key, value in (("title", article.title),
                       ("source", f"{article.path}:{article.line}" if article.path else "")):
        if doc.get(key) != value:
            doc[key] = value
    entries = doc.get("questions")
    if entries is None:
        entries = doc["questions"] = CommentedSeq()
    if not isinstance(entries, CommentedSeq):
        raise BankError("`questions` must be a list of questions", path=f"{article.slug}.yaml")
    if not entries and entries.fa.flow_style():
        entries.fa.set_block_style()          # `questions: []` grows into a block list
    return doc, _Merge(entries, article, facts).run(questions)


class _Merge:
    """One article's merge; see ``merge_article``."""

    def __init__(self, entries: CommentedSeq, article: Article, facts: dict[str, Fact]) -> None:
        self.entries = entries
        self.facts = facts
        self.article_facts = {f.id: f for f in facts.values() if f.article == article.slug}
        self.stats = MergeStats()
        self.ids = {e.get("id") for e in entries if isinstance(e, CommentedMap)}
        self.generated = [e for e in entries if isinstance(e, CommentedMap) and isinstance(e.get("fact"), dict)]
        self.by_id: dict[Any, CommentedMap] = {}
        self.by_fact: dict[tuple[Any, Any], CommentedMap] = {}
        for entry in self.generated:
            self.by_id.setdefault(entry.get("id"), entry)
            self.by_fact.setdefault((_fact_id(entry), entry.get("type")), entry)
        self.lost: set[int] = set()        # ids (id()) of entries whose fact is gone

    def run(self, questions: list[Question]) -> MergeStats:
        claimed: set[int] = set()
        unclaimed: list[Question] = []
        for q in questions:
            old = self.by_id.get(q.id)
            if old is None:
                old = self.by_fact.get((q.fact, q.type))
            if old is None or id(old) in claimed:
                if q.id not in self.ids:
                    unclaimed.append(q)
                continue
            claimed.add(id(old))
            self._found(old, q)
        lost = []
        for entry in self.generated:
            if id(entry) in claimed:
                continue
            if _fact_id(entry) in self.article_facts:
                self._restore(entry)     # the fact is there; this type is just no longer asked
            else:
                lost.append(entry)
        unclaimed = self._pair(lost, unclaimed)
        for q in unclaimed:
            self.entries.append(to_entry(q, _fact_dict(self.facts.get(q.fact or ""))))
            self.stats.added += 1
        self._count(len(unclaimed))
        return self.stats

    def _found(self, entry: CommentedMap, q: Question) -> None:
        """A question generated again: refresh what quizgen owns, keep the rest."""
        new = to_entry(q, _fact_dict(self.facts.get(q.fact or "")))
        self._restore(entry)
        conflict = entry.get("conflict")
        if conflict is not None and (entry.get("status") == "rejected" or (
                isinstance(conflict, dict) and str(conflict.get("was")) == str((new.get("fact") or {}).get("value")))):
            delete_key(entry, "conflict")       # rejected, or the article went back to the old value
        if "conflict" in entry or is_edited(entry) or "generated" not in entry:
            refresh(entry, new, PROVENANCE)
        else:
            keep_drawn_parts(entry, new)
            refresh(entry, new)

    def _restore(self, entry: CommentedMap) -> None:
        """The entry's sentence is in the article: undo ``stale``."""
        if entry.get("status") == "stale":
            entry["status"] = str(entry.get("stale_from") or "draft")
            self.stats.restored += 1
        if "stale_from" in entry:
            delete_key(entry, "stale_from")

    def _pair(self, lost: list[CommentedMap], unclaimed: list[Question]) -> list[Question]:
        """Match lost facts with new facts that say the same thing with another value.

        Returns the questions still unclaimed.  A pair needs exactly one lost
        and one new fact of the same kind, subject and predicate; anything
        less certain leaves the old questions stale and adds the new ones.
        """
        held = {_fact_id(e) for e in self.generated}
        new_facts = {}
        for q in unclaimed:
            fact = self.article_facts.get(q.fact or "")
            if fact is not None and fact.id not in held:
                new_facts[fact.id] = fact
        lost_by_key: dict[tuple, set] = {}
        for entry in lost:
            lost_by_key.setdefault(_entry_key(entry), set()).add(_fact_id(entry))
        new_by_key: dict[tuple, list[Fact]] = {}
        for fact in new_facts.values():
            new_by_key.setdefault(_fact_key(fact), []).append(fact)
        for entry in lost:
            key = _entry_key(entry)
            partners = new_by_key.get(key, [])
            if len(partners) != 1 or len(lost_by_key[key]) != 1:
                self._mark_stale(entry)
                continue
            fact = partners[0]
            q = next((q for q in unclaimed if q.fact == fact.id and q.type == entry.get("type")), None)
            if q is not None:
                unclaimed.remove(q)
            self._move(entry, fact, q)
        return unclaimed

    def _move(self, entry: CommentedMap, fact: Fact, q: Question | None) -> None:
        """Let an entry follow its fact's new value; flag the change instead of rewriting it."""
        old_value = str((entry.get("fact") or {}).get("value", ""))
        conflict = entry.get("conflict")
        was = str(conflict["was"]) if isinstance(conflict, dict) and "was" in conflict else old_value
        fact_map = _fact_dict(fact)
        set_value(entry, "fact", _commented(fact_map))
        if q is not None:
            refresh(entry, to_entry(q, fact_map), PROVENANCE)
        elif isinstance(entry.get("source"), CommentedMap):
            set_value(entry["source"], "sentence", fact.sentence)
        self._restore(entry)
        if entry.get("status") == "rejected" or was == fact.value:
            # Nothing the teacher must decide: the entry simply follows its fact.
            if "conflict" in entry:
                delete_key(entry, "conflict")
            if q is not None:
                self._found(entry, q)
            return
        note = CommentedMap([("was", was), ("now", fact.value)])
        note.fa.set_flow_style()
        if "conflict" in entry:
            set_value(entry, "conflict", note)
        else:
            insert_in_order(entry, "conflict", note)

    def _mark_stale(self, entry: CommentedMap) -> None:
        self.lost.add(id(entry))
        status = entry.get("status")
        if status == "rejected":
            if "stale_from" in entry:
                delete_key(entry, "stale_from")
            return
        if status == "stale":
            return
        before = status if status in ("draft", "approved") else "draft"
        entry["status"] = "stale"
        if "stale_from" in entry:
            set_value(entry, "stale_from", before)
        else:
            insert_in_order(entry, "stale_from", before)

    def _count(self, added: int) -> None:
        maps = [e for e in self.entries if isinstance(e, CommentedMap)]
        for entry in maps[:len(maps) - added]:
            if not isinstance(entry.get("fact"), dict):
                self.stats.handwritten += 1
            elif entry.get("status") == "stale" or id(entry) in self.lost:
                self.stats.stale += 1
            elif "conflict" in entry and entry.get("status") != "rejected":
                self.stats.conflicts += 1
            elif is_edited(entry) or "generated" not in entry:
                self.stats.edited += 1
            else:
                self.stats.kept += 1


def _fact_id(entry: CommentedMap) -> Any:
    fact = entry.get("fact")
    return fact.get("id") if isinstance(fact, dict) else None


def _entry_key(entry: CommentedMap) -> tuple:
    fact = entry.get("fact") or {}
    return (str(fact.get("kind", "")), str(fact.get("subject", "")).casefold(),
            str(fact.get("predicate", "")).casefold())


def _fact_key(fact: Fact) -> tuple:
    return (fact.kind, fact.subject.casefold(), fact.predicate.casefold())


def _commented(data: dict[str, Any] | None) -> CommentedMap:
    out = CommentedMap()
    for key, value in (data or {}).items():
        if value not in (None, ""):
            out[key] = value
    return out


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
    in_bank = relative_in(bank_dir, root)
    for path in sorted(bank_dir.glob("*.yaml")):
        rel = in_bank(path.name)
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
