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


def title_from_filename(path: Path) -> str:
    """``new-reef_treaty.txt`` -> ``New reef treaty``."""
    words = re.sub(r"[-_]+", " ", path.stem).split()
    title = " ".join(words)
    return title[:1].upper() + title[1:]
