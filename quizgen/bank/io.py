"""Reading and writing bank files: ruamel.yaml round-trip, atomic writes.

Round-trip mode keeps the teacher's comments, key order and blank lines; a
file is rewritten only when its text would change, so an unchanged bank stays
byte-identical (and keeps its mtime).
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from ..errors import BankError
from ..files import atomic_write

MAX_BANK_BYTES = 20 * 1024 * 1024


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.width = 4096              # one sentence, one line: clean diffs
    y.indent(mapping=2, sequence=4, offset=2)
    y.preserve_quotes = True
    y.allow_duplicate_keys = False
    return y


def load_bank_file(path: Path, rel: str | None = None) -> CommentedMap:
    """Load one bank file, raising ``BankError`` with the line of any problem."""
    rel = rel or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BankError(f"cannot read bank file: {exc.strerror}", path=rel) from None
    if len(data) > MAX_BANK_BYTES:
        raise BankError(f"bank file is larger than {MAX_BANK_BYTES // (1024 * 1024)} MiB", path=rel)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise BankError("bank file is not UTF-8 text", path=rel, line=line) from None
    try:
        doc = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or "malformed YAML").strip()
        # An unclosed quote or bracket is noticed at the end of the file;
        # the line where it was opened is the one to fix.
        if exc.context_mark is not None and (mark is None or mark.line >= text.count("\n")):
            mark = exc.context_mark
            problem = f"{(exc.context or '').strip()}: {problem}".lstrip(": ")
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise BankError(f"malformed YAML: {problem}", path=rel, line=line, column=column) from None
    except YAMLError as exc:
        raise BankError(f"malformed YAML: {exc}", path=rel) from None
    if doc is None:
        doc = CommentedMap()
    if not isinstance(doc, CommentedMap):
        raise BankError("a bank file must be a mapping with `article` and `questions`", path=rel, line=1, column=1)
    return doc


def dump_bank(doc: Any) -> str:
    buf = io.StringIO()
    _yaml().dump(doc, buf)
    return buf.getvalue()


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` atomically unless it already holds exactly that."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    atomic_write(path, data)
    return True
