"""Checking a bank file: every problem, each with its file, line and column."""
from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..errors import BankError
from ..model import QUESTION_TYPES, STATUSES

REQUIRED = ("id", "type", "question", "answer", "status", "source")
CHOICE_TYPES = ("mcq", "side")
CLOZE = re.compile(r"\[\[(.+?)\]\]")


def _pos(node: Any, key: Any = None) -> tuple[int | None, int | None]:
    """1-based line and column of ``key`` in ``node`` (or of the node itself)."""
    try:
        if key is not None:
            line, col = node.lc.key(key) if isinstance(node, CommentedMap) else node.lc.item(key)
        else:
            line, col = node.lc.line, node.lc.col
        return line + 1, col + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return None, None


def _error(rel: str, node: Any, key: Any, message: str) -> BankError:
    line, col = _pos(node, key)
    return BankError(message, path=rel, line=line, column=col)


def validate_bank(doc: CommentedMap, rel: str) -> list[BankError]:
    """Every problem in one loaded bank file; empty when it is valid."""
    problems: list[BankError] = []
    if "article" not in doc:
        problems.append(BankError("missing key `article`", path=rel, line=1, column=1))
    questions = doc.get("questions")
    if questions is None:
        problems.append(BankError("missing key `questions`", path=rel, line=1, column=1))
        return problems
    if not isinstance(questions, CommentedSeq):
        problems.append(_error(rel, doc, "questions", "`questions` must be a list of questions"))
        return problems
    for index, entry in enumerate(questions):
        if not isinstance(entry, CommentedMap):
            problems.append(_error(rel, questions, index, f"question {index + 1} must be a mapping of keys"))
            continue
        qid = entry.get("id", f"#{index + 1}")
        name = f"question {qid}"
        for key in REQUIRED:
            if key not in entry:
                line, col = _pos(entry)
                problems.append(BankError(f"{name} has no `{key}`", path=rel, line=line, column=col))
        for key in ("id", "type", "question", "answer", "status"):
            if key in entry and not isinstance(entry[key], str):
                problems.append(_error(rel, entry, key, f"{name}: `{key}` must be text"))
        qtype = entry.get("type")
        if isinstance(qtype, str) and qtype not in QUESTION_TYPES:
            problems.append(_error(rel, entry, "type", f"{name}: unknown type {qtype!r} (expected one of {', '.join(QUESTION_TYPES)})"))
        status = entry.get("status")
        if isinstance(status, str) and status not in STATUSES + ("stale",):
            problems.append(_error(rel, entry, "status", f"{name}: unknown status {status!r} (expected one of {', '.join(STATUSES)})"))
        answer = entry.get("answer")
        if isinstance(answer, str) and not answer.strip():
            problems.append(_error(rel, entry, "answer", f"{name} has an empty answer"))
        question = entry.get("question")
        if isinstance(question, str) and not question.strip():
            problems.append(_error(rel, entry, "question", f"{name} has an empty question"))
        if qtype == "cloze" and isinstance(question, str) and not CLOZE.search(question):
            problems.append(_error(rel, entry, "question", f"{name}: a cloze question needs a [[deletion]]"))
        if qtype in CHOICE_TYPES:
            choices = entry.get("choices")
            if not isinstance(choices, list) or len(choices) < 2 or not all(isinstance(c, str) for c in choices):
                problems.append(_error(rel, entry, "choices" if "choices" in entry else None, f"{name}: `choices` must be a list of at least two texts"))
            else:
                if isinstance(answer, str) and answer not in choices:
                    problems.append(_error(rel, entry, "answer", f"{name}: the answer is not one of its choices"))
                if len({c.strip().lower() for c in choices}) != len(choices):
                    problems.append(_error(rel, entry, "choices", f"{name}: two choices are the same"))
        if qtype == "tf" and isinstance(answer, str) and answer not in ("True", "False"):
            problems.append(_error(rel, entry, "answer", f"{name}: a true/false answer must be True or False"))
        source = entry.get("source")
        if source is not None and not isinstance(source, CommentedMap):
            problems.append(_error(rel, entry, "source", f"{name}: `source` must be a mapping with `sentence`"))
    return problems


def duplicate_ids(docs: dict[str, CommentedMap]) -> list[BankError]:
    """Question ids used more than once, across all files."""
    seen: dict[str, str] = {}
    problems = []
    for rel, doc in docs.items():
        questions = doc.get("questions")
        if not isinstance(questions, list):
            continue
        for entry in questions:
            if not isinstance(entry, CommentedMap) or not isinstance(entry.get("id"), str):
                continue
            qid = entry["id"]
            line, _ = _pos(entry, "id")
            if qid in seen:
                problems.append(_error(rel, entry, "id", f"question id {qid} is already used at {seen[qid]}"))
            else:
                seen[qid] = f"{rel}:{line}"
    return problems
