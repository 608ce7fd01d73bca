"""Small helpers the readers share."""
from __future__ import annotations

import re
from pathlib import Path

_SPACES = re.compile(r"[ \t\f\v]+")


def collapse_spaces(text: str) -> str:
    """Collapse runs of spaces and tabs into one space and strip the ends.

    Other characters, including no-break spaces, curly quotes and dashes, are
    kept exactly: the article's wording is what questions quote.
    """
    return _SPACES.sub(" ", text).strip()


# "ceded the valley.[4]", "in 1921[a]", "signed[citation needed]": a reference work's note marks,
# stuck to the word before them; no words of the text
_NOTE_MARK = re.compile(r"(?<=[^\s\[\]()])(?:\[(?:\^?\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])+")


def strip_note_marks(text: str) -> str:
    """Remove footnote and citation marks ("[4]", "[^2]", "[citation needed]") that follow a word."""
    return _NOTE_MARK.sub("", text) if "[" in text else text


def title_from_filename(path: Path) -> str:
    """``new-reef_treaty.txt`` -> ``New reef treaty``."""
    words = re.sub(r"[-_]+", " ", path.stem).split()
    title = " ".join(words)
    return title[:1].upper() + title[1:]
