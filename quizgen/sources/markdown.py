"""Markdown articles: optional YAML front matter, then paragraphs.

The markup that is not text is removed (headings, emphasis markers, code
backticks, link targets, images, list and quote markers, comments, fenced code)
and the words are kept exactly.  One article per file.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import SourceError
from ..model import FIELD_LABEL, ITEM_MARK, SENTENCE_END, Article
from .common import collapse_spaces, strip_note_marks, title_from_filename
from .slug import slugify

FRONT_MATTER_KEYS = ("title", "source", "date")

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^ {0,3}>( ?>)* ?")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_BREAK = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S")
_BULLET = re.compile(r"^\s*[-*+](?:[ \t]+(.*))?$")
_ORDERED = re.compile(r"^\s*(\d{1,9})[.)](?:[ \t]+(.*))?$")
# "(c) support ...", "(ii) note ...", "(3) ...": a lettered or numbered item; its mark is no word of it
_LETTERED = re.compile(r"^\s*" + ITEM_MARK + r"[ \t]+(\S.*)$")
# "A. Austria-Hungary signed ...": a capital letter and a full stop opening a line, an outline's label
_OUTLINE_LETTER = re.compile(r"^[ \t]*([A-Z])\.[ \t]+(\S.*)$", re.MULTILINE)
# "-> go to box 5", "YES → see card 3": a line that points the reader elsewhere (a flowchart's or a game
# book's arrow), perhaps after its one-word answer; it is no part of the sentence above it
_POINTER_LINE = re.compile(r"^\s*(?:[A-Za-z]+[ \t]*)?(?:->|-->|=>|→|⇒|⟶|➔|➜)")


def _in_series(letter: str, letters: set[str]) -> bool:
    """Whether ``letter`` is one of a run of outline labels: "A" with a "B" in the text, or a later letter
    with the one before it."""
    if letter == "A":
        return "B" in letters
    return chr(ord(letter) - 1) in letters
# "SUBJECT: New moorings", "Date: 4 May 1961": a header field of a memo or a letter, a label of up to
# three capitalised words and a colon, and a value that does not end like a sentence (a speaker's line
# does); at the top of a document each is a line of its own, no sentence
_FIELD = re.compile(r"^\s{0,3}" + FIELD_LABEL + r":[ \t]+\S")
# what ends a sentence: a paragraph that ends so is prose, and the document's top is behind it
_PROSE_END = re.compile(SENTENCE_END)
# "|---|:---:|" under a table's header row: the rows up to a blank line are cells, no sentences
_TABLE_DELIMITER = re.compile(r"^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"
                              r"|^ {0,3}\|[ \t]*:?-{3,}:?[ \t]*\|[ \t]*$")

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
_URL = r"\(\s*<?(?:[^()\s<>]|\([^()\s]*\))*>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
_IMAGE = re.compile(r"!\[[^\]]*\](?:" + _URL + r"|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]*)\](?:" + _URL + r"|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_EMPHASIS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"\*(?=\S)(.+?)(?<=\S)\*"),
    re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
)
# Private-use characters stand in for escaped characters and code spans while
# the other markup is removed, so neither is mistaken for markup.
_ESCAPED_BASE = 0xE000
_CODE_OPEN, _CODE_CLOSE = "\uF000", "\uF001"
_CODE_TOKEN = re.compile(_CODE_OPEN + r"(\d+)" + _CODE_CLOSE)


def strip_inline(text: str) -> str:
    """Remove inline Markdown (emphasis, code backticks, links, images) from text."""
    codes: list[str] = []

    def keep_code(match: re.Match[str]) -> str:
        codes.append(match.group(2).strip() or match.group(2))
        return f"{_CODE_OPEN}{len(codes) - 1}{_CODE_CLOSE}"

    text = _CODE_SPAN.sub(keep_code, text)
    text = _ESCAPE.sub(lambda m: chr(_ESCAPED_BASE + ord(m.group(1))), text)
    text = strip_note_marks(_IMAGE.sub("", text))
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    for pattern in _EMPHASIS:
        text = pattern.sub(r"\1", text)
    text = re.sub("[\uE000-\uE07F]", lambda m: chr(ord(m.group()) - _ESCAPED_BASE), text)
    text = _CODE_TOKEN.sub(lambda m: codes[int(m.group(1))], text)
    return collapse_spaces(text)


# libyaml's loader where PyYAML has it: the same data, ten times as fast as the pure-Python one
# (a front matter it refuses is read again by the pure-Python loader, which says better where)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _front_matter(lines: list[str], rel: str) -> tuple[dict[str, Any], int, dict[str, int]]:
    """Return the front matter, the index of the first body line, and key lines."""
    if not lines or lines[0].rstrip() != "---":
        return {}, 0, {}
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        raise SourceError("front matter has no closing '---' line", path=rel, line=1)
    text = "\n".join(lines[1:end])
    try:
        try:
            data = yaml.load(text, Loader=_YAML_LOADER)
        except yaml.YAMLError:
            data = yaml.safe_load(text)         # again, for the pure-Python loader's message and line
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise SourceError(f"front matter is not valid YAML: {problem}", path=rel,
                          line=mark.line + 2 if mark is not None else 2) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SourceError("front matter must be 'key: value' lines (title, source, date)",
                          path=rel, line=2)
    key_lines = {}
    for i in range(1, end):
        match = re.match(r"([A-Za-z_][\w-]*)\s*:", lines[i])
        if match:
            key_lines.setdefault(match.group(1), i + 1)
    return data, end + 1, key_lines


def _meta_text(data: dict[str, Any], key: str, rel: str, key_lines: dict[str, int]) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        raise SourceError(f"front matter '{key}' must be a single value", path=rel,
                          line=key_lines.get(key, 2))
    return collapse_spaces(str(value))


_BOLD_HEADING = re.compile(r"(\*\*|__)(?!\s)[^*_]+?(?<![\s.!?:;,])\1")
_LABELLED_LINE = re.compile(r"[A-Z][\w’' \-]{0,40}:\s+\S")


def _short_lines(lines: list[str]) -> bool:
    """Whether ``lines`` are a block of short lines, each its own item (a label, an address, a box's fields), not a
    wrapped paragraph: two or more, each a "Label: value" field, or each of at most eight words, opening with a
    capital or a digit, none ending a sentence."""
    if len(lines) < 2:
        return False
    if all(_LABELLED_LINE.match(strip_inline(line).strip()) for line in lines):
        return True     # "Signed: 20 October 1904, in Santiago" / "In force: March 1905": a box's fields, one a line
    for line in lines:
        text = strip_inline(line).strip()
        if not text or len(text.split()) > 8 or not (text[0].isupper() or text[0].isdigit()) \
                or text[-1] in ".!?;:,":
            return False
    return True


def read(path: Path, text: str, rel: str) -> list[Article]:
    """Return the one article of a ``.md`` file."""
    lines = text.split("\n")
    data, body_start, key_lines = _front_matter(lines, rel)
    title = _meta_text(data, "title", rel, key_lines)
    title_line = key_lines.get("title", 1) if title else None

    body = "\n".join(lines[body_start:])
    # Blank out comments but keep their newlines, so line numbers stay true.
    body = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), body)

    paragraphs: list[str] = []
    # the capital letters that open lines as an outline's labels ("A. ...", "B. ...")
    letters = {m.group(1) for m in _OUTLINE_LETTER.finditer(body)}
    current: list[str] = []
    current_is_item = False
    current_is_quote = False
    fence = ""
    headings: list[tuple[int, int, str]] = []
    prose = False       # a paragraph that ends like a sentence has been read: no header fields after it
    table = False       # inside a table's rows

    def flush() -> None:
        nonlocal current, current_is_item, prose
        if len(current) == 1 and not current_is_item and _BOLD_HEADING.fullmatch(current[0].strip()):
            # "**The 1904 treaty at a glance**": a line all in bold, with no sentence's end, heads what follows
            headings.append((len(paragraphs), 4, strip_inline(current[0]).strip()))
            current, current_is_item = [], False
            return
        if len(current) > 1 and not current_is_item and _BOLD_HEADING.fullmatch(current[0].strip()) \
                and not _short_lines(current):
            # "> **Notes: The Treaty of Velm**" on its own line, then the box's text: the box's heading, no
            # words of its first sentence
            headings.append((len(paragraphs), 4, strip_inline(current[0]).strip()))
            current = current[1:]
        if _short_lines(current):
            # "**2. The Treaty of Velm** / 24 July 1905 / Ink on paper / Lent by ...": a label's lines, each
            # its own item, never run together into one sentence
            for line in current:
                paragraphs.append(strip_inline(line))
            current, current_is_item = [], False
            return
        joined = strip_inline(" ".join(current))
        if joined:
            paragraphs.append(joined)
            prose = prose or bool(_PROSE_END.search(joined))
        current, current_is_item = [], False

    for number, raw in enumerate(body.split("\n"), start=body_start + 1):
        if fence:
            if re.match(r"^ {0,3}" + re.escape(fence[0]) + "{%d,}[ \t]*$" % len(fence), raw):
                fence = ""
            continue
        quote = _QUOTE.match(raw)
        line = raw[quote.end():] if quote else raw
        if bool(quote) != current_is_quote:
            flush()
            current_is_quote = bool(quote)
        opening = _FENCE.match(line)
        if opening:
            flush()
            fence = opening.group(1)
            continue
        if not line.strip():
            flush()
            table = False
            continue
        if table and "|" in line:
            continue
        table = False
        if _TABLE_DELIMITER.match(line) and current and not current_is_item and "|" in current[-1]:
            # "| Signed | 4 May 1961 |" over "|---|---|": a table, whose cells are no sentences
            current.pop()
            flush()
            table = True
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            level = len(heading.group(1))
            if level == 1 and title_line is None:
                title, title_line = strip_inline(heading.group(2) or ""), number
            elif heading.group(2):
                headings.append((len(paragraphs), level, strip_inline(heading.group(2))))
            continue
        if not prose and not current_is_item and _FIELD.match(line) and not _PROSE_END.search(line.rstrip()):
            # "TO: ...", "DATE: ...": each field its own line, never run into a sentence with the next
            flush()
            current = [line.strip()]
            flush()
            continue
        setext = _SETEXT.match(line)
        if setext and current and not current_is_item:
            if setext.group(1)[0] == "=" and title_line is None:
                title, title_line = strip_inline(" ".join(current)), number - len(current)
            current = []
            continue
        if _BREAK.match(line) or _LINK_DEFINITION.match(line):
            flush()
            continue
        bullet = _BULLET.match(line)
        ordered = _ORDERED.match(line)
        # A number such as "1994." that merely starts a wrapped line is text.
        if ordered and current and not current_is_item and ordered.group(1) != "1":
            ordered = None
        lettered = None if bullet or ordered else _LETTERED.match(line)
        if not (bullet or ordered or lettered) and not current:
            outline = _OUTLINE_LETTER.match(line)
            if outline and _in_series(outline.group(1), letters):
                # "A. Austria-Hungary signed ...", "B. On 12 November ...": an outline's points, lettered in
                # turn ("A. Smith signed ..." with no "B." in the text is a name's initial)
                lettered = outline
        if bullet or ordered or lettered:
            flush()
            item = bullet.group(1) if bullet else ordered.group(2) if ordered else lettered.group(lettered.lastindex)
            current, current_is_item = ([item] if item else []), True
            continue
        if _POINTER_LINE.match(line):
            flush()
            current = [line.strip()]
            flush()
            continue
        current.append(line.strip())
    flush()

    if not paragraphs:
        raise SourceError("no article text found", path=rel)
    if not title:
        title, title_line = title_from_filename(path), 1
    return [Article(slugify(title), title, tuple(paragraphs), path=rel,
                    line=title_line or 1,
                    source=_meta_text(data, "source", rel, key_lines),
                    date=_meta_text(data, "date", rel, key_lines), headings=tuple(headings))]
