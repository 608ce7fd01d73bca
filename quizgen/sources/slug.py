"""Turn an article title into the slug that names its bank file and its ids."""
from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_LENGTH = 60

# Letters that NFKD does not decompose into an ASCII base letter.
_EXTRA = str.maketrans({
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ı": "i",
})
# Apostrophes join a word ("Aldoria’s" -> "aldorias") instead of splitting it.
_APOSTROPHES = re.compile(r"['’ʼ]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(title: str, max_length: int = MAX_LENGTH) -> str:
    """Return a lowercase ASCII slug of ``title`` made of words joined by hyphens.

    Accented letters are transliterated (``Genève`` -> ``geneve``); a slug longer
    than ``max_length`` is cut at the last whole word.  A title with no ASCII
    letters or digits left (a Cyrillic title, say) gets ``article-<hash>``, a
    short hash of the title, so the same title always gets the same slug.
    """
    text = unicodedata.normalize("NFKD", title.translate(_EXTRA))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_ALNUM.sub("-", text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug.rfind("-", 0, max_length + 1)
        slug = slug[:cut] if cut > 0 else slug[:max_length]
    if not slug:
        digest = hashlib.sha1(title.strip().encode("utf-8")).hexdigest()[:8]
        slug = f"article-{digest}"
    return slug
