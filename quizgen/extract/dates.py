"""Dates in a sentence, normalised with their precision.

Values are ISO-like strings whose length says the precision: ``1987``,
``1987-12``, ``1987-12-08``; fuzzy dates keep a qualifier (``early 2021``,
``1980s``, ``late 1980s``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon

_YEAR = r"(1[0-9]{3}|20[0-9]{2})"


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: str
    precision: str        # day | month | year | decade | fuzzy


def _month_table(lexicon: Lexicon) -> dict[str, int]:
    table = {name.lower(): i + 1 for i, name in enumerate(lexicon.language["months"])}
    for abbr, number in lexicon.language["month_abbreviations"].items():
        table[abbr.lower()] = number
        table[abbr.lower() + "."] = number
    return table


def find_dates(sentence: str, lexicon: Lexicon, article_date: str = "") -> list[DateMatch]:
    """Every date in ``sentence``, longest reading first, without overlaps."""
    return lexicon.cached("dates", DateFinder).find(sentence, article_date)


class DateFinder:
    """Date patterns, compiled once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.unit_words = {form.lower() for unit in lexicon.units for form in unit["forms"]}
        self.patterns = _patterns(lexicon)

    def find(self, sentence: str, article_date: str = "") -> list[DateMatch]:
        if not _HAS_YEAR.search(sentence):
            return []       # every date quizgen reads has a year or "... year" in it
        taken: list[tuple[int, int]] = []
        out: list[DateMatch] = []
        for pattern, normalise in self.patterns:
            for match in pattern.finditer(sentence):
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                precision, value = normalise(match)
                if precision == "year" and _counts_something(sentence, match.end(), self.unit_words):
                    continue
                taken.append((match.start(), match.end()))
                out.append(DateMatch(match.start(), match.end(), match.group(0), value, precision))
        out.extend(_relative(sentence, article_date, taken))
        out.sort(key=lambda d: d.start)
        return out


_HAS_YEAR = re.compile(r"\d{3}|\byear\b", re.I)


def _patterns(lexicon: Lexicon) -> list[tuple[re.Pattern[str], object]]:
    months = _month_table(lexicon)
    month_re = "(" + "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True)) + ")"
    return [
        # December 8, 1987 / Dec. 8 1987
        (re.compile(rf"\b{month_re}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I),
         lambda m: ("day", f"{m.group(3)}-{months[m.group(1).lower()]:02d}-{int(m.group(2)):02d}")),
        # 8 December 1987
        (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month_re}\s*,?\s+{_YEAR}\b", re.I),
         lambda m: ("day", f"{m.group(3)}-{months[m.group(2).lower()]:02d}-{int(m.group(1)):02d}")),
        # early/mid/late February 2021
        (re.compile(rf"\b(early|mid|late)[-\s]+{month_re}\s+{_YEAR}\b", re.I),
         lambda m: ("fuzzy", f"{m.group(1).lower()} {m.group(3)}-{months[m.group(2).lower()]:02d}")),
        # February 2021
        (re.compile(rf"\b{month_re}\s+(?:of\s+)?{_YEAR}\b", re.I),
         lambda m: ("month", f"{m.group(2)}-{months[m.group(1).lower()]:02d}")),
        # the early 1980s / mid-1990s
        (re.compile(rf"\b(early|mid|late)[-\s]+(1[0-9]{{2}}0|20[0-9]0)[’']?s\b", re.I),
         lambda m: ("fuzzy decade", f"{m.group(1).lower()} {m.group(2)}s")),
        # the 1980s
        (re.compile(r"\b(1[0-9]{2}0|20[0-9]0)[’']?s\b"),
         lambda m: ("decade", f"{m.group(1)}s")),
        # early 2021 / mid-2019 / late 1987
        (re.compile(rf"\b(early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[-\s]+{_YEAR}\b", re.I),
         lambda m: ("fuzzy", f"{_fuzzy_word(m.group(1))} {m.group(2)}")),
        # a bare year, not part of a larger number or a quantity ("2000 troops")
        (re.compile(rf"(?<![\d,.$€£\-–])\b{_YEAR}\b(?![\d,.]\d|\s*(?:%|percent))"),
         lambda m: ("year", m.group(1))),
    ]
    return patterns


def _fuzzy_word(word: str) -> str:
    word = " ".join(word.lower().split())
    return {"the end of": "late", "the start of": "early", "the beginning of": "early"}.get(word, word)


def _counts_something(sentence: str, end: int, unit_words: set[str]) -> bool:
    """True when a four-digit number is a count ("1500 troops"), not a year."""
    following = sentence[end:end + 40].split()
    if not following:
        return False
    word = following[0].strip(",.;:").lower()
    plural = word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is", "as"))
    return word in unit_words or (plural and word not in {"its", "his", "this", "thus"})


_RELATIVE = re.compile(r"\b(last|this|next|the following|the previous)\s+year\b", re.I)


def _relative(sentence: str, article_date: str, taken: list[tuple[int, int]]) -> list[DateMatch]:
    """"last year" and the like, resolved only against a known article date."""
    if not re.match(r"\d{4}", article_date or ""):
        return []
    year = int(article_date[:4])
    shift = {"last": -1, "the previous": -1, "this": 0, "next": 1, "the following": 1}
    out = []
    for match in _RELATIVE.finditer(sentence):
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        word = " ".join(match.group(1).lower().split())
        # "the following year" is relative to the story, not to the article.
        if word in ("the following", "the previous"):
            continue
        out.append(DateMatch(match.start(), match.end(), match.group(0), str(year + shift[word]), "year"))
    return out


def date_sort_key(value: str) -> tuple[int, int, int]:
    """A sortable (year, month, day) for any normalised date value."""
    fuzzy = {"early": 2, "mid": 6, "late": 10}
    match = re.search(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not match:
        return (0, 0, 0)
    year = int(match.group(1))
    month = int(match.group(2) or 0)
    if value.endswith("0s"):
        year += 5 if value.split()[0] not in fuzzy else {2: 2, 6: 5, 10: 8}[fuzzy[value.split()[0]]]
    elif not match.group(2) and value.split()[0] in fuzzy:
        month = fuzzy[value.split()[0]]
    return (year, month, int(match.group(3) or 0))


def format_date(value: str) -> str:
    """A date value as a reader writes it: ``8 December 1987``, ``early 2021``."""
    months = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"]
    qualifier = ""
    core = value
    if " " in value:
        qualifier, core = value.split(" ", 1)
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", core)
    if not match:
        text = core
    elif match.group(3):
        text = f"{int(match.group(3))} {months[int(match.group(2)) - 1]} {match.group(1)}"
    elif match.group(2):
        text = f"{months[int(match.group(2)) - 1]} {match.group(1)}"
    else:
        text = match.group(1)
    return f"{qualifier} {text}".strip()
