"""``quizgen review``: walk the draft questions one at a time and decide.

The terminal is passed in (``prompt`` reads one key, ``echo`` prints a line,
``edit`` opens text in the teacher's editor), so the CLI gives click's
functions and the tests give scripted ones.  Every decision is saved at
once, under the project lock, into the file as it is on disk then: the bank
is re-read before each save, so nothing written meanwhile (by hand or by
``quizgen extract``) is lost, and comments and formatting are kept.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .api import project_config
from .bank import check_document, dump_bank, load_bank_file, project_lock, write_if_changed
from .bank.entries import insert_in_order
from .bank.io import parse_yaml
from .bank.nodes import delete_key, plain, set_value
from .config import Config
from .errors import BankError
from .files import relative_path

EDITABLE = ("question", "choices", "answer", "comment")
KEYS_HELP = "[a]pprove  [r]eject  [e]dit  [s]kip  [q]uit"
EDIT_HEADER = """\
# Edit the question, then save and close the editor. Lines starting with #
# are ignored. Only question, choices, answer and comment can be changed here.
"""


@dataclass
class ReviewSummary:
    approved: int = 0
    rejected: int = 0
    edited: int = 0
    skipped: int = 0
    left: int = 0           # drafts not reached before quitting

    def summary(self) -> str:
        return (f"{self.approved} approved, {self.rejected} rejected, {self.edited} edited, "
                f"{self.skipped} skipped; {self.left} drafts left to review")


def review(project: Path | str | Config, *, prompt: Callable[[], str], echo: Callable[[str], None],
           edit: Callable[[str], str | None], article: str | None = None) -> ReviewSummary:
    """Show each draft question and ask what to do; return what was decided.

    Keys: ``a`` approve, ``r`` reject, ``e`` edit the wording in the editor
    (then decide), ``s`` skip, ``q`` quit.  ``article`` limits the review to
    one article's file (its slug).
    """
    config = project_config(project)
    drafts = _drafts(config, echo, article)
    summary = ReviewSummary()
    for number, (path, rel, qid) in enumerate(drafts, 1):
        while True:
            entry = _fresh_entry(path, rel, qid)
            if entry is None or entry.get("status") != "draft":
                echo(f"{qid} is no longer a draft in {rel}; skipped")
                break
            echo(describe(entry, rel, f"[{number}/{len(drafts)}]"))
            key = _ask(prompt, echo)
            if key == "q":
                summary.left = len(drafts) - number + 1
                return summary
            if key == "s":
                summary.skipped += 1
                break
            if key in ("a", "r"):
                status = "approved" if key == "a" else "rejected"
                if _save(config.root, path, rel, qid, lambda e: _decide(e, status)):
                    setattr(summary, status, getattr(summary, status) + 1)
                    echo(f"{qid}: {status}")
                else:
                    echo(f"{qid} was changed in {rel} meanwhile; not saved")
                break
            if _edit(config.root, path, rel, qid, entry, edit, echo):
                summary.edited += 1
    return summary


def describe(entry: CommentedMap, rel: str, counter: str = "") -> str:
    """A question as the review shows it: wording, choices, answer and source sentence."""
    line = entry.lc.line + 1 if getattr(entry, "lc", None) is not None and entry.lc.line is not None else None
    where = f"{rel}:{line}" if line else rel
    lines = ["", f"{counter} {entry.get('id')} ({entry.get('type')}) - {where}".strip(),
             f"  Question: {entry.get('question')}"]
    choices = entry.get("choices")
    if isinstance(choices, list):
        lines.append("  Choices:")
        for letter, choice in zip("abcdefghijklmnopqrstuvwxyz", choices):
            mark = "*" if choice == entry.get("answer") else " "
            lines.append(f"   {mark}{letter}) {choice}")
    note = f"  ({entry['answer_note']})" if entry.get("answer_note") else ""
    lines.append(f"  Answer:   {entry.get('answer')}{note}")
    source = entry.get("source")
    if isinstance(source, dict) and source.get("sentence"):
        lines.append(f"  Source:   {source['sentence']}")
    for check in entry.get("checks") or []:
        lines.append(f"  Check:    {check}")
    if entry.get("comment"):
        lines.append(f"  Comment:  {entry['comment']}")
    lines.append(KEYS_HELP)
    return "\n".join(lines)


def _drafts(config: Config, echo: Callable[[str], None], article: str | None) -> list[tuple[Path, str, str]]:
    out = []
    if not config.bank_dir.is_dir():
        return out
    for path in sorted(config.bank_dir.glob("*.yaml")):
        if article and path.stem != article:
            continue
        rel = relative_path(path, config.root)
        try:
            doc = load_bank_file(path, rel)
        except BankError as exc:
            echo(f"Error: {exc} (skipped)")
            continue
        for entry in doc.get("questions") or []:
            if isinstance(entry, CommentedMap) and entry.get("status") == "draft" and isinstance(entry.get("id"), str):
                out.append((path, rel, entry["id"]))
    return out


def _ask(prompt: Callable[[], str], echo: Callable[[str], None]) -> str:
    while True:
        try:
            key = (prompt() or "").lower()
        except (KeyboardInterrupt, EOFError):
            return "q"
        if key in ("\x03", "\x04"):
            return "q"
        if key in ("a", "r", "e", "s", "q"):
            return key
        echo(KEYS_HELP)


def _fresh_entry(path: Path, rel: str, qid: str) -> CommentedMap | None:
    try:
        doc = load_bank_file(path, rel)
    except BankError:
        return None
    return _find(doc, qid)


def _find(doc: CommentedMap, qid: str) -> CommentedMap | None:
    for entry in doc.get("questions") or []:
        if isinstance(entry, CommentedMap) and entry.get("id") == qid:
            return entry
    return None


def _save(root: Path, path: Path, rel: str, qid: str, change: Callable[[CommentedMap], bool]) -> bool:
    """Apply ``change`` to the question in the file as it is now, and write it atomically.

    ``change`` returns False when the question changed meanwhile (it is
    then left alone); ``_save`` returns what it returned.
    """
    with project_lock(root):
        doc = load_bank_file(path, rel)
        entry = _find(doc, qid)
        if entry is None or not change(entry):
            return False
        write_if_changed(path, dump_bank(doc))
        return True


def _decide(entry: CommentedMap, status: str) -> bool:
    if entry.get("status") != "draft":
        return False
    entry["status"] = status
    return True


def _edit(root: Path, path: Path, rel: str, qid: str, entry: CommentedMap,
          edit: Callable[[str], str | None], echo: Callable[[str], None]) -> bool:
    """Open the question's wording in the editor; save it if it is valid. Returns whether it was saved."""
    part = CommentedMap()
    for key in EDITABLE:
        if key in entry:
            part[key] = copy.deepcopy(entry[key])
    text = EDIT_HEADER + dump_bank(part)
    result = edit(text)
    if result is None or result == text:
        echo("No change.")
        return False
    try:
        data = parse_yaml(result, "your edit")
    except BankError as exc:
        echo(f"Not saved: {exc}")
        return False
    if not isinstance(data, CommentedMap):
        echo("Not saved: your edit must be keys and values (question: ..., answer: ...)")
        return False
    unknown = [str(k) for k in data if k not in EDITABLE]
    if unknown:
        echo(f"Not saved: only {', '.join(EDITABLE)} can be changed here, not {', '.join(unknown)}")
        return False
    candidate = copy.deepcopy(entry)
    _apply(candidate, data)
    doc = CommentedMap([("article", "review"), ("questions", CommentedSeq([candidate]))])
    errors = [p for p in check_document(doc, rel) if p.severity == "error"]
    if errors:
        for problem in errors:
            echo(f"Not saved: {problem.message}")
        return False
    shown = _wording(entry)

    def change(current: CommentedMap) -> bool:
        if _wording(current) != shown:
            return False
        _apply(current, data)
        return True

    if not _save(root, path, rel, qid, change):
        echo(f"Not saved: {qid} was changed in {rel} meanwhile")
        return False
    echo(f"{qid}: saved your wording")
    return True


def _wording(entry: CommentedMap) -> dict:
    return {key: plain(entry.get(key)) for key in EDITABLE}


def _apply(entry: CommentedMap, data: CommentedMap) -> None:
    for key in EDITABLE:
        if key in data:
            value = data[key]
            if isinstance(value, str):
                value = str(value)
            if key in entry:
                set_value(entry, key, value)
            else:
                insert_in_order(entry, key, value)
        elif key in entry:
            delete_key(entry, key)


__all__ = ["review", "describe", "ReviewSummary"]
