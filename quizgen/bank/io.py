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

import functools
import io
import json
import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.reader import ReaderError

from ..errors import BankError
from ..files import atomic_write
from .nodes import commented

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


def load_written_bank(path: Path, header: str) -> CommentedMap | None:
    """The file's document when the file is exactly what :func:`dump_new_bank` writes for it.

    Such a file holds nothing of a teacher's: no comment, no layout or
    quoting of their own.  libyaml's C loader then reads it many times faster
    than the round-trip loader, without losing anything, and the check is
    that writing what was read gives back the very same text.  Anything else
    (a teacher's edit, a comment, a file too large, no C loader) is ``None``:
    load it with :func:`load_bank_file`.
    """
    import yaml
    loader = getattr(yaml, "CSafeLoader", None)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if loader is None or len(data) > MAX_BANK_BYTES or _NOT_WRITTEN_HERE.search(data):
        return None         # anchors, aliases and tags are never written here: leave them to the guarded loader
    try:
        text = data.decode("utf-8")
        doc = yaml.load(text, Loader=loader)
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return None
    try:
        if not isinstance(doc, dict) or dump_new_bank(doc, header) != text:
            return None
    except (AttributeError, TypeError, ValueError):
        return None         # a shape quizgen never writes ("- - a list"): the guarded loader says where
    return commented(doc)


# where an anchor (&a), alias (*a) or tag (!!x) could start a node: quizgen never writes one
_NOT_WRITTEN_HERE = re.compile(rb"(?m)(?:^|[\s,\[{])[&*!]")


def is_plain_document(value: Any) -> bool:
    """Whether a document has nothing :func:`dump_new_bank` cannot write: no comment, no flow style."""
    if isinstance(value, (CommentedMap, CommentedSeq)):
        if value.ca.comment or value.ca.items or value.fa.flow_style():
            return False
    if isinstance(value, dict):
        return all(is_plain_document(v) for v in value.values())
    if isinstance(value, list):
        return all(is_plain_document(v) for v in value)
    return True


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
    """The text of a bank document that has no comments yet, written directly.

    A new file holds only what quizgen made: a mapping of scalars and a list
    of questions whose values are scalars, lists of scalars or mappings of
    scalars.  Writing that shape by hand is many times faster than a YAML
    library, which is what a first build of a large corpus spends its time
    on; the layout is the one :func:`dump_bank` writes, so ruamel later
    rewrites the file line for line (a test holds it to that).
    """
    out = ["#" + (f" {line}" if line else "") for line in header.splitlines()]
    for key, value in doc.items():
        if key == "questions":
            continue
        out.append(f"{key}: {_scalar(value)}")
    questions = doc.get("questions") or []
    if not questions:
        out.append("questions: []")
    else:
        out.append("questions:")
    for entry in questions:
        lead = "- "
        for key, value in entry.items():
            if isinstance(value, dict):
                out.append(f"{lead}{key}:")
                out.extend(f"    {k}: {_scalar(v)}" for k, v in value.items())
            elif isinstance(value, (list, tuple)):
                if value:
                    out.append(f"{lead}{key}:")
                    out.extend(f"  - {_scalar(v)}" for v in value)
                else:
                    out.append(f"{lead}{key}: []")
            else:
                out.append(f"{lead}{key}: {_scalar(value)}")
            lead = "  "
    return "\n".join(out) + "\n"


_RESOLVER = None
_PLAIN_START = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
# what YAML 1.2 (ruamel) reads as something other than text, beyond YAML 1.1's list:
# "1e4127657599" is a float there
_OTHER_TYPE_12 = re.compile(r"(?i)y|n|yes|no|on|off|true|false|null|~|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:e[-+]?\d+)?"
                            r"|0o[0-7]+|0x[0-9a-f]+|[-+]?\.inf|\.nan")
_NEEDS_QUOTES = re.compile(r": |\s#|:$|[\x00-\x1f\x7f\u2028\u2029\ufeff]|^\s|\s$")


def _scalar(value: Any) -> str:
    """One scalar as YAML: plain when that reads back as the same text, else quoted."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return _text_scalar(str(value))


@functools.lru_cache(maxsize=1 << 16)
def _text_scalar(text: str) -> str:
    """A text as YAML; remembered, as a bank repeats its statuses, types, titles and sentences."""
    global _RESOLVER
    import yaml
    if text and _PLAIN_START.match(text) and not _NEEDS_QUOTES.search(text) and len(text) < 4000:
        if _RESOLVER is None:
            _RESOLVER = yaml.resolver.Resolver()
        # "2008", "true", "1e5", "2031-05-01": plain would read back as another type
        if (_RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"
                and not _OTHER_TYPE_12.fullmatch(text)):
            return text
    if "\n" not in text and not re.search(r"[\x00-\x1f\x7f\u2028\u2029\ufeff]", text):
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


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
