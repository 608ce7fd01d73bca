"""Reading and writing bank files: ruamel.yaml round-trip, hardened, atomic writes.

Round-trip mode keeps the teacher's comments, key order and blank lines; a
file is rewritten only when its text would change, so an unchanged bank stays
byte-identical (and keeps its mtime).

A bank file is plain data, so loading refuses what plain data never needs and
what hostile input uses: aliases (an "alias bomb" expands a few lines into
billions of nodes), explicit tags such as ``!!python/object``, deep nesting,
huge files and bytes that are not UTF-8.  Each is a ``BankError`` with the
file, line and column.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.reader import ReaderError

from ..errors import BankError
from ..files import atomic_write

MAX_BANK_BYTES = 5 * 1024 * 1024     # a large article's bank is ~100 KB
MAX_DEPTH = 32                        # a bank file nests 4 levels deep
# Explicit tags that only restate a plain YAML type; anything else is refused.
CORE_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")}


class _Refused(Exception):
    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


class _PlainDataComposer(Composer):
    """Composes plain data only: no aliases, no application-specific tags, no deep nesting."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.parser.check_event(AliasEvent):
            event = self.parser.peek_event()
            raise _Refused(f"aliases (*{event.anchor}) are not allowed in a bank file; "
                           "write the value out", event.start_mark)
        event = self.parser.peek_event()
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in CORE_TAGS:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            raise _Refused(f"tags like {shown} are not allowed in a bank file", event.start_mark)
        if self.depth >= MAX_DEPTH:
            raise _Refused(f"data is nested more than {MAX_DEPTH} levels deep", event.start_mark)
        return super().compose_node(parent, index)


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.width = 4096              # one sentence, one line: clean diffs
    # the layout of PyYAML's C emitter too, so a new file can be written by it (fast)
    # and later rewritten by ruamel (keeping comments) without a spurious diff
    y.indent(mapping=2, sequence=2, offset=0)
    y.preserve_quotes = True
    y.allow_duplicate_keys = False
    y.Composer = _PlainDataComposer
    return y


def load_bank_file(path: Path, rel: str | None = None) -> CommentedMap:
    """Load one bank file, raising ``BankError`` with the line of any problem."""
    rel = rel or str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BANK_BYTES + 1)
    except OSError as exc:
        raise BankError(f"cannot read bank file: {exc.strerror}", path=rel) from None
    if len(data) > MAX_BANK_BYTES:
        line = data.count(b"\n") + 1
        raise BankError(f"bank file is larger than {MAX_BANK_BYTES // (1024 * 1024)} MiB "
                        f"(the limit is passed on line {line})", path=rel, line=line) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise BankError(f"bank file is not UTF-8 text (byte 0x{data[exc.start]:02x})",
                        path=rel, line=line, column=column) from None
    return load_bank_text(text, rel)


def load_bank_text(text: str, rel: str) -> CommentedMap:
    """Parse a bank file's text (see ``load_bank_file``)."""
    doc = parse_yaml(text, rel)
    if doc is None:
        doc = CommentedMap()
    if not isinstance(doc, CommentedMap):
        raise BankError("a bank file must be a mapping with `article` and `questions`, "
                        f"not {_kind(doc)}", path=rel, line=1, column=1)
    return doc


def parse_yaml(text: str, rel: str) -> Any:
    """Round-trip parse of YAML text with the bank's safety rules; ``BankError`` on any problem."""
    try:
        return _yaml().load(text)
    except _Refused as exc:
        mark = exc.mark
        raise BankError(exc.message, path=rel, line=mark.line + 1, column=mark.column + 1) from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or "malformed YAML").strip()
        # An unclosed quote or bracket is noticed at the end of the file;
        # the line where it was opened is the one to fix.
        if exc.context_mark is not None and (mark is None or mark.line >= text.count("\n")):
            mark = exc.context_mark
            problem = f"{(exc.context or '').strip()}: {problem}".lstrip(": ")
        if exc.context and "quoted scalar" in exc.context and mark is exc.context_mark:
            problem = "this quote is never closed"
        elif "'\\t'" in problem:
            problem = "a tab character; YAML is indented with spaces, not tabs"
        elif problem.startswith("found duplicate key"):
            problem = problem.split(" with value")[0]
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise BankError(f"malformed YAML: {problem}", path=rel, line=line, column=column) from None
    except ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise BankError(f"malformed YAML: character {exc.character!r} is not allowed in YAML",
                        path=rel, line=line, column=column) from None
    except YAMLError as exc:
        raise BankError(f"malformed YAML: {exc}", path=rel) from None
    except RecursionError:
        raise BankError("data is nested too deeply", path=rel) from None


def dump_bank(doc: Any) -> str:
    """The text of a bank document, formatted the way quizgen writes every bank file."""
    buf = io.StringIO()
    _yaml().dump(doc, buf)
    return buf.getvalue()


def dump_new_bank(doc: Any, header: str) -> str:
    """The text of a bank document that has no comments yet, from PyYAML's C emitter.

    Byte for byte what :func:`dump_bank` writes for the same document (a test
    holds it to that), some twenty times faster, which is what a first build
    of a large corpus spends its time on.
    """
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump(_plain_data(doc), Dumper=dumper, sort_keys=False, allow_unicode=True,
                     width=4096, default_flow_style=False)
    return "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines()) + body


def _plain_data(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain_data(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


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


def remove_leftover_temp_files(bank_dir: Path) -> list[Path]:
    """Delete temporary files an interrupted write left beside the bank files.

    ``atomic_write`` writes ``.<name>.<random>.tmp`` and renames it into
    place; a process killed in between leaves it behind.  Call this only
    while holding the project lock, so no other writer's file is removed.
    """
    removed = []
    if bank_dir.is_dir():
        for path in bank_dir.glob(".*.yaml.*.tmp"):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a piece of text"
    return f"a {type(value).__name__}"
