"""Parties to an agreement or a meeting: "between X and Y", "signed by X and Y"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .sides import SideIndex


@dataclass(frozen=True)
class PartiesMatch:
    sides: tuple[str, ...]        # canonical side names, in the order written
    start: int
    end: int
    text: str
    head: str                     # the word before "between"/"signed by"


_ITEM = r"(?:[^.;:(),]|(?<=[A-Z])\.){1,60}?"
_LIST = r"(" + _ITEM + r"(?:,\s*" + _ITEM + r")*,?\s+and\s+" + _ITEM + r")(?=[,;:)]|(?<![A-Z])\.|\s+(?:in|on|at|to|that|which|who|was|were|is|are|has|had|have|over|under|after|before|during|since|for)\b|$)"
_TRIGGERS = [
    re.compile(r"\b(\w+)\s+between\s+" + _LIST),
    re.compile(r"\b(signed|concluded|negotiated|ratified|agreed)\s+(?:\w+\s+)?by\s+" + _LIST),
    re.compile(r"\b(\w+)\s+(?:among|involving)\s+" + _LIST),
]


def find_parties(sentence: str, sides: SideIndex) -> list[PartiesMatch]:
    """Lists of two or more sides joined to an agreement or event."""
    out = []
    for pattern in _TRIGGERS:
        for match in pattern.finditer(sentence):
            span_text = match.group(2)
            mentions = sides.mentions(span_text)
            if not mentions:
                continue
            # the list ends with its last side: "Chile and Peru signed" is "Chile and Peru"
            span_text = span_text[:mentions[-1].end]
            names: list[str] = []
            for mention in mentions:
                if mention.side not in names:
                    names.append(mention.side)
            pieces = [p for p in re.split(r",\s*|\s+and\s+", span_text) if p.strip()]
            # every listed item must name a side ("between Russia and its neighbours": no)
            if len(names) < 2 or len(pieces) != len(names):
                continue
            start = match.start(2)
            out.append(PartiesMatch(tuple(names), start, start + len(span_text), span_text, match.group(1)))
    return out
