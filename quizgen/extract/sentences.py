"""Sentence splitting with character offsets into the article text."""
from __future__ import annotations

import re

from ..model import Article, Sentence
from .lexicon import Lexicon

# A sentence ends at . ! ? (or …), perhaps followed by closing quotes or
# brackets, then white space and something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])")

# A transcript's speaker label at the start of a paragraph names who speaks and
# is no part of the sentence: "ANCHOR: Marnia voted ...", "REPORTER (Aldoria): ...",
# "Q: ...". Upper-case words (or one letter), perhaps a place in brackets, a colon.
_SPEAKER = re.compile(r"(?:[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,2}|[A-Z])"
                      r"(?: \([^()\n]{1,40}\))?:\s+(?=\S)")


def split_sentences(article: Article, lexicon: Lexicon) -> list[Sentence]:
    """Return the sentences of ``article`` in order, with offsets into ``article.text``."""
    abbreviations = {a.lower().rstrip(".") for a in lexicon.language["abbreviations"]}
    text = article.text
    sentences: list[Sentence] = []
    offset = 0
    for paragraph in article.paragraphs:
        speaker = _SPEAKER.match(paragraph)
        start = speaker.end() if speaker else 0
        for match in _BOUNDARY.finditer(paragraph, start):
            # the word before the stop, without its stops: "U.S." -> "u.s"
            words = paragraph[start:match.start() + 1].rsplit(None, 1)
            token = words[-1].rstrip(".!?…").lower() if words else ""
            # "U.S. President", "Dr. Smith", "J. Doe": not an end of sentence.
            if match.group().startswith(".") and (
                token in abbreviations or re.fullmatch(r"[a-z]", token)
                or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)
            ):
                continue
            end = match.end()
            _add(sentences, paragraph, start, end, offset)
            start = end
        _add(sentences, paragraph, start, len(paragraph), offset)
        offset += len(paragraph) + 2
    assert all(text[s.start:s.end] == s.text for s in sentences)
    return sentences


def _add(out: list[Sentence], paragraph: str, start: int, end: int, offset: int) -> None:
    chunk = paragraph[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = offset + start + lead
    out.append(Sentence(text=stripped, start=s, end=s + len(stripped), index=len(out)))
