"""Plain-text articles: a title line, then one paragraph per line.

A file may hold several articles, each starting at a title line.  A title line
is short and does not end like a sentence; every other non-blank line is a
paragraph.  Several title lines in a row are headings: the first one of the file
names the whole collection (kept as each article's ``source``), and the last
one titles the article whose paragraphs follow.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SourceError
from ..model import Article
from .common import collapse_spaces, strip_note_marks, title_from_filename
from .slug import slugify

TITLE_MAX_CHARS = 120
TITLE_MAX_WORDS = 20
SENTENCE_END = ".!?…:;"
# Closing quotes and brackets that may follow a sentence's final punctuation.
CLOSERS = "\"'”’»)]"
WRAPPING_QUOTES = (("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"))


def is_title_line(line: str) -> bool:
    """Whether a (stripped, non-empty) line reads as a title, not a paragraph."""
    if not line or len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
        return False
    end = line.rstrip(CLOSERS)
    return not end or end[-1] not in SENTENCE_END


def strip_wrapping_quotes(title: str) -> str:
    """``“New REEF”`` -> ``New REEF``; quotes inside the title are kept."""
    for opening, closing in WRAPPING_QUOTES:
        inner = title[len(opening):-len(closing)]
        if (len(title) > len(opening) + len(closing) and title.startswith(opening)
                and title.endswith(closing) and opening not in inner and closing not in inner):
            return inner.strip()
    return title


@dataclass
class _Block:
    titles: list[tuple[int, str]] = field(default_factory=list)   # (line, text)
    paragraphs: list[str] = field(default_factory=list)


def read(path: Path, text: str, rel: str) -> list[Article]:
    """Return the articles of a ``.txt`` file, in file order."""
    blocks: list[_Block] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = collapse_spaces(strip_note_marks(raw))
        if not line:
            continue
        if is_title_line(line):
            if not blocks or blocks[-1].paragraphs:
                blocks.append(_Block())
            blocks[-1].titles.append((number, line))
        else:
            if not blocks:
                blocks.append(_Block())      # untitled: the file name gives the title
            blocks[-1].paragraphs.append(line)
    if not blocks:
        raise SourceError("file is empty", path=rel)
    if not blocks[-1].paragraphs:
        raise SourceError("title line with no paragraphs after it",
                          path=rel, line=blocks[-1].titles[0][0])

    collection = ""
    if len(blocks[0].titles) >= 2:
        collection = strip_wrapping_quotes(blocks[0].titles[0][1])
    articles = []
    for block in blocks:
        if block.titles:
            line, title = block.titles[-1]
            title = strip_wrapping_quotes(title)
        else:
            line, title = 1, title_from_filename(path)
        articles.append(Article(slugify(title), title, tuple(block.paragraphs),
                                path=rel, line=line, source=collection))
    return articles
