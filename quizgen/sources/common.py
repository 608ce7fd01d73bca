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


# "the walls of Velmora (1);", "between 1685 and 1687 (5).": the number of a map's or a figure's key,
# after a name or a year; "six (6) ships" and "Article 6 (2)" keep theirs, which are words of the text
_KEY_MARK = re.compile(r"(\b(?:[A-Z][^\W\d_]*|\d{4}))\s\(\d{1,2}\)(?=[\s.,;:!?]|$)")


def strip_note_marks(text: str) -> str:
    """Remove footnote and citation marks ("[4]", "[^2]", "[citation needed]") that follow a word,
    and a map's or a figure's key numbers after a name or a year ("Velmora (1)")."""
    if "[" in text:
        text = _NOTE_MARK.sub("", text)
    return _KEY_MARK.sub(r"\1", text) if "(" in text else text


def title_from_filename(path: Path) -> str:
    """``new-reef_treaty.txt`` -> ``New reef treaty``."""
    words = re.sub(r"[-_]+", " ", path.stem).split()
    title = " ".join(words)
    return title[:1].upper() + title[1:]
