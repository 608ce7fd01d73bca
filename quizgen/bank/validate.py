"""Checking the bank: every problem, each with its file, line and column.

The shipped JSON Schema (``quizgen/schema/bank.schema.json``) is what a bank
file is validated against; each schema error is mapped back to the line and
column of the offending key in the YAML.  Unknown keys are warnings, with a
"did you mean" for near misses.  What a schema cannot say is checked here:
an answer among its choices, choices that repeat, a cloze deletion, and ids
used twice across files.
"""
from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..errors import BankError
from ..files import relative_in

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "bank.schema.json"
CHOICE_TYPES = ("mcq", "side")
CLOZE = re.compile(r"\[\[(.+?)\]\]")
_WORDS = {"string": "text", "array": "a list", "object": "a mapping of keys",
          "integer": "a whole number", "number": "a number", "boolean": "true or false"}


class Problem(BankError):
    """One finding of ``quizgen check``: an ``error`` or a ``warning``, at a file, line and column.

    ``str(problem)`` is ``file:line:column: message`` for an error and
    ``file:line:column: warning: message`` for a warning.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 column: int | None = None, severity: str = "error") -> None:
        super().__init__(message, path=path, line=line, column=column)
        self.severity = severity

    def __str__(self) -> str:
        text = f"warning: {self.message}" if self.severity == "warning" else self.message
        loc = self.location
        return f"{loc}: {text}" if loc else text

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.path, "line": self.line, "column": self.column,
                "severity": self.severity, "message": self.message}

    def _key(self) -> tuple:
        return (self.path or "", self.line or 0, self.column or 0, self.severity, self.message)


@lru_cache(maxsize=1)
def bank_schema() -> dict[str, Any]:
    """The JSON Schema of a bank file, as shipped in the package."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator     # only a build that reads a changed file needs it
    return Draft202012Validator(bank_schema())


def check_document(doc: CommentedMap, rel: str) -> list[Problem]:
    """Every problem in one loaded bank file (errors and warnings), in line order."""
    plain = _plain(doc)
    found: dict[tuple, Problem] = {}
    for error in _validator().iter_errors(plain):
        for problem in _from_schema_error(error, doc, plain, rel):
            found.setdefault(problem._key(), problem)
    for problem in _semantic(doc, rel):
        found.setdefault(problem._key(), problem)
    return sorted(found.values(), key=lambda p: p._key())


def validate_bank(doc: CommentedMap, rel: str) -> list[BankError]:
    """The errors (not the warnings) in one loaded bank file; empty when it is valid."""
    return [p for p in check_document(doc, rel) if p.severity == "error"]


def check_bank(bank_dir: Path, root: Path) -> list[Problem]:
    """Every problem in every file of the bank, file by file, in line order.

    Files that cannot be loaded give one error each (with the line of the
    problem); the rest are validated against the schema and each other.
    """
    from .io import load_bank_file

    problems: list[Problem] = []
    docs: dict[str, CommentedMap] = {}
    if not bank_dir.is_dir():
        return problems
    in_bank = relative_in(bank_dir, root)
    for path in sorted(bank_dir.iterdir()):
        rel = in_bank(path.name)
        if path.suffix == ".yml" and path.is_file():
            problems.append(Problem("bank files end in .yaml; this file is not read",
                                    path=rel, severity="warning"))
            continue
        if path.suffix != ".yaml" or not path.is_file() or path.name.startswith("."):
            continue
        try:
            doc = load_bank_file(path, rel)
        except BankError as exc:
            problems.append(Problem(exc.message, path=exc.path, line=exc.line, column=exc.column))
            continue
        docs[rel] = doc
        problems.extend(check_document(doc, rel))
        article = doc.get("article")
        if isinstance(article, str) and article and article != path.stem:
            line, col = _pos(doc, "article")
            problems.append(Problem(f"article `{article}` is written to {article}.yaml, "
                                    f"not to this file", path=rel, line=line, column=col,
                                    severity="warning"))
    problems.extend(duplicate_ids(docs))
    return sorted(problems, key=lambda p: p._key())


def duplicate_ids(docs: dict[str, CommentedMap]) -> list[Problem]:
    """Question ids used more than once, across all files (reported where they repeat)."""
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
            line, col = _pos(entry, "id")
            if qid in seen:
                problems.append(Problem(f"question id {qid} is already used at {seen[qid]}",
                                        path=rel, line=line, column=col))
            else:
                seen[qid] = f"{rel}:{line}"
    return problems


def problems_to_json(problems: Iterable[Problem]) -> str:
    """``quizgen check --format json``: a list of {file, line, column, severity, message}."""
    return json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2)


# -- schema errors, in the teacher's words -----------------------------------------

def _from_schema_error(error: ValidationError, doc: CommentedMap, plain: Any, rel: str) -> list[Problem]:
    path = list(error.absolute_path)
    prefix, name, inner = _where(plain, path)
    kind = error.validator
    value = error.instance

    def at(location: list, message: str, severity: str = "error") -> Problem:
        line, col = _locate(doc, location)
        return Problem(message, path=rel, line=line, column=col, severity=severity)

    if kind == "additionalProperties":
        if path and not inner:
            prefix = f"{name}: "          # a key of the question itself
        known = list(error.schema.get("properties", {}))
        out = []
        for key in value:
            if key in known:
                continue
            near = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            hint = f" (did you mean `{_dotted(inner + [near[0]])}`?)" if near else ""
            out.append(at(path + [key], f"{prefix}unknown key `{_dotted(inner + [key])}`{hint}", "warning"))
        return out
    if kind == "required":
        missing = [k for k in error.validator_value if k not in value]
        if not path:
            return [at(path, f"missing key `{k}`") for k in missing]
        return [at(path, f"{prefix}{name} has no `{k}`") for k in missing]
    if kind == "type":
        expected = error.validator_value
        word = _WORDS.get(expected, expected) if isinstance(expected, str) else "of another type"
        if value is None:
            message = f"{prefix}{name} has no value" + (
                "; write [] for an empty list" if expected == "array" else "")
        else:
            message = f"{prefix}{name} must be {word}, not {_kind(value)}"
            if expected == "string" and _scalar(value):
                message += f" (put it in quotes: '{value}')"
        return [at(path, message)]
    if kind == "enum":
        options = [str(o) for o in error.validator_value]
        key = path[-1] if path else None
        if key == "status":
            options = [o for o in options if o != "stale"]
            return [at(path, f"{prefix}unknown status {_show(value)} (expected one of "
                             f"{', '.join(options)}; stale is set by quizgen only)")]
        if key == "type":
            return [at(path, f"{prefix}unknown type {_show(value)} "
                             f"(expected one of {', '.join(options)})")]
        if key == "answer":
            return [at(path, f"{prefix}a true/false answer must be True or False, not {_show(value)}")]
        return [at(path, f"{prefix}{name} must be one of {', '.join(options)}, not {_show(value)}")]
    if kind in ("minLength", "pattern") and isinstance(value, str) and not value.strip():
        return [at(path, f"{prefix}{name} is empty")]
    if kind == "pattern" and path and path[-1] == "id":
        return [at(path, f"{prefix}`id` must be one word, without spaces")]
    if kind == "minItems":
        return [at(path, f"{prefix}{name} needs at least {error.validator_value} items")]
    return [at(path, f"{prefix}{name}: {error.message}")]


def _where(plain: Any, path: list) -> tuple[str, str, list]:
    """How to name the node at ``path``: a prefix ("question X: "), its name, its path within the question.

    The node is either a question itself (prefix "", name "question X"), a key
    of one ("question X: ", "`fact.value`"), or a key of the file ("", "`questions`").
    """
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
        entries = plain.get("questions") if isinstance(plain, dict) else None
        entry = entries[path[1]] if isinstance(entries, list) and path[1] < len(entries) else None
        qid = entry.get("id") if isinstance(entry, dict) else None
        label = f"question {qid}" if isinstance(qid, str) and qid.strip() else f"question {path[1] + 1}"
        inner = path[2:]
        if not inner:
            return "", label, inner
        return f"{label}: ", _name(inner), inner
    return "", _name(path) if path else "the bank file", path


def _name(path: list) -> str:
    if len(path) == 2 and path[0] == "choices" and isinstance(path[1], int):
        return f"choice {path[1] + 1}"
    return f"`{_dotted(path)}`"


def _dotted(path: list) -> str:
    out = ""
    for step in path:
        out += f"[{step + 1}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


# -- what a schema cannot say -------------------------------------------------------

def _semantic(doc: CommentedMap, rel: str) -> list[Problem]:
    problems: list[Problem] = []
    questions = doc.get("questions")
    if not isinstance(questions, CommentedSeq):
        return problems

    def at(node: Any, key: Any, message: str, severity: str = "error") -> None:
        line, col = _pos(node, key)
        problems.append(Problem(message, path=rel, line=line, column=col, severity=severity))

    for index, entry in enumerate(questions):
        if not isinstance(entry, CommentedMap):
            continue
        qid = entry.get("id")
        name = f"question {qid}" if isinstance(qid, str) and qid else f"question {index + 1}"
        qtype, question, answer = entry.get("type"), entry.get("question"), entry.get("answer")
        if qtype == "cloze" and isinstance(question, str) and question.strip() and not CLOZE.search(question):
            at(entry, "question", f"{name}: a cloze question needs a [[deletion]]")
        choices = entry.get("choices")
        if qtype in CHOICE_TYPES and isinstance(choices, list) and all(isinstance(c, str) for c in choices):
            seen: dict[str, int] = {}
            for i, choice in enumerate(choices):
                folded = " ".join(choice.split()).casefold()
                if folded in seen:
                    at(choices, i, f"{name}: choice {i + 1} {choice!r} repeats choice {seen[folded] + 1}")
                else:
                    seen[folded] = i
            if isinstance(answer, str) and answer.strip() and answer not in choices:
                at(entry, "answer", f"{name}: the answer {answer!r} is not one of its choices")
        conflict = entry.get("conflict")
        if isinstance(conflict, dict) and entry.get("status") != "rejected":
            at(entry, "conflict", f"{name}: the article now says {str(conflict.get('now'))!r}, "
                                  f"not {str(conflict.get('was'))!r}; update the question and delete "
                                  f"`conflict`, or reject it", "warning")
    return problems


# -- positions -----------------------------------------------------------------------

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


def _locate(doc: Any, path: list) -> tuple[int | None, int | None]:
    """The line and column of the node at a JSON path: of its key, or of the list item."""
    if not path:
        return 1, 1
    node = doc
    best: tuple[int | None, int | None] = (1, 1)
    for step in path:
        key = _original_key(node, step)
        if key is _MISSING:
            return best
        line, col = _pos(node, key)
        if line is not None:
            best = (line, col)
        node = node[key]
    return best


_MISSING = object()


def _original_key(node: Any, step: Any) -> Any:
    if isinstance(node, dict):
        if step in node:
            return step
        for key in node:
            if str(key) == str(step):
                return key
        return _MISSING
    if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
        return step
    return _MISSING


def _plain(value: Any) -> Any:
    """JSON-like data for the schema: ruamel's containers become dicts and lists."""
    if isinstance(value, dict):
        return {k if isinstance(k, str) else str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (int, float)):
        return value
    return _Opaque(value)      # dates and the like: no JSON type matches them


class _Opaque:
    def __init__(self, value: Any) -> None:
        self.value = value

    def __str__(self) -> str:
        return str(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Opaque) and other.value == self.value

    def __hash__(self) -> int:
        return hash(str(self.value))


def _scalar(value: Any) -> bool:
    return isinstance(value, (int, float, bool, _Opaque))


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, _Opaque):
        return f"the date {value}" if hasattr(value.value, "year") else f"{value}"
    return type(value).__name__


def _show(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)
