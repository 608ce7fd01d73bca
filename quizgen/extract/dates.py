"""Dates in a sentence, normalised with their precision.

Values are ISO-like strings whose length says the precision: ``1994``,
``1994-10``, ``1994-10-03``; fuzzy dates keep a qualifier (``early 2008``,
``1950s``, ``late 1950s``).
"""
from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass
from collections.abc import Iterator

from .lexicon import Lexicon, SentenceWords, WordGate, alternation

_YEAR = r"(1[0-9]{3}|20[0-9]{2})"
# a year of three figures, read as one only beside its month ("August 843"), its era ("AD 843", "843 CE") or a
# date's preposition before a name or a clause's end ("in 843, Lothair"): alone, "843" may be any number; its value
# is written with four figures ("0843-08"), as every year's is
_OLD_YEAR = r"([1-9][0-9]{2})"


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: str
    precision: str        # day | month | year | decade | fuzzy
    relative: bool = False  # completed from the article's date, not from its text
    year_before: bool = False  # its year is the full date of the sentence before (``relative`` too)


def month_table(lexicon: Lexicon) -> dict[str, int]:
    """Month names and their abbreviations, in lower case, to the month's number (made once per lexicon)."""
    return lexicon.cached("month_table", _month_table)


def _month_table(lexicon: Lexicon) -> dict[str, int]:
    table = {name.lower(): i + 1 for i, name in enumerate(lexicon.language["months"])}
    for abbr, number in lexicon.language["month_abbreviations"].items():
        table[abbr.lower()] = number
        table[abbr.lower() + "."] = number
    return table


def find_dates(sentence: str, lexicon: Lexicon, article_date: str = "", before: str = "",
               words: SentenceWords | None = None) -> list[DateMatch]:
    """Every date in ``sentence``, longest reading first, without overlaps.

    ``before`` is the last date written with its year in the sentence before:
    "on 11 October" takes its year before the article's date does.  ``words``
    are the sentence's words, if the caller has them already.
    """
    return lexicon.cached("dates", DateFinder).find(sentence, article_date, before, words)


_SPAN_TAIL = re.compile(r"\s*[-–—]\s*\d")

# A work cited by its author and year: "(Marsh, 1990)", "(Marsh and Lind, 1990: 12)", "(see Ruiz et al.,
# 2003; Lind 2004)".  The year is the book's, no date of what the text is about.
_NAME = r"[A-Z][\w’'\-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w’'\-]+)*"
_PAGES = r"[a-z]?(?:[,:]\s*(?:pp?\.\s*)?\d+(?:[–\-]\d+)?)?"
_CITED = re.compile(r"\((?:see\s+|cf\.\s+)?(?:[a-z]{1,3}\s+)?" + _NAME + r"(?:\s+(?:and|&)\s+" + _NAME
                    + r")?(?:\s+et\s+al\.)?,\s+(?:1\d{3}|20\d{2})" + _PAGES + r"(?:;[^()]*)?\)")
# "(Marsh 1990)", "(von Lind 1974; Ruiz 2001)": the same without the comma, which "(June 1990)" looks like too;
# a citation only where the text cites so more than once, and never a month's or a weekday's name
_CITED_BARE = re.compile(r"\((?:see\s+|cf\.\s+)?(?:[a-z]{1,3}\s+)?(" + _NAME + r"(?:\s+(?:and|&)\s+" + _NAME
                         + r")?)(?:\s+et\s+al\.)?\s+(?:1\d{3}|20\d{2})" + _PAGES + r"(?:;[^()]*)?\)")
# "Marsh (1990) shows ...": an author's name and the year of the work, in a text that cites as above
_AUTHOR_YEAR = re.compile(r"\b(" + _NAME + r")(?:\s+(?:and|&)\s+" + _NAME + r")?(?:\s+et\s+al\.)?\s+\("
                          r"(?:1\d{3}|20\d{2})" + _PAGES + r"\)")
_SEE_ALSO = re.compile(r"\((?:see|see also|cf\.)\s+[^()]*\)", re.I)
_NAME_LEAD = re.compile(r"\b(?:of|the|The)\s+$")


def citations(text: str, lexicon: Lexicon, scholarly: bool) -> list[tuple[int, int]]:
    """Where ``text`` cites a work by its author and year: (start, end) spans, whose years date no event.

    "(Marsh, 1990)" always; "Marsh (1990)" only in a ``scholarly`` text
    (one that cites the first way too), and never a name with an agreement's
    noun or after "of" or "the": "the Treaty of Velm (1990)" is the treaty's year.
    """
    if "(" not in text:
        return []
    spans = [(m.start(), m.end()) for m in _CITED.finditer(text)]
    if scholarly:
        spans += [(m.start(), m.end()) for m in _bare_citations(text, lexicon)]
    # "(see VELM WAR; TARN, CONGRESS OF, 1855)": a pointer to another entry, whose years date nothing here
    spans += [(m.start(), m.end()) for m in _SEE_ALSO.finditer(text)]
    if scholarly:
        nouns = {n.lower() for n in lexicon.agreement_nouns}
        for m in _AUTHOR_YEAR.finditer(text):
            if _NAME_LEAD.search(text, max(0, m.start() - 5), m.start()) \
                    or any(w.lower() in nouns for w in m.group(0).split()):
                continue
            spans.append((m.start(), m.end()))
    return spans


def scholarly(text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` cites works as "(Marsh, 1990)", or more than once as "(Marsh 1990)": then
    "Marsh (1990)" and "(Marsh 1990)" are citations too."""
    if "(" not in text:
        return False
    if _CITED.search(text) is not None:
        return True
    bare = _bare_citations(text, lexicon)
    return next(bare, None) is not None and next(bare, None) is not None


def _bare_citations(text: str, lexicon: Lexicon) -> Iterator[re.Match[str]]:
    """"(Marsh 1990)": an author and a year in brackets, with no comma; "(June 1990)" is a date."""
    calendar = lexicon.cached("calendar_words", _calendar_words)
    return (m for m in _CITED_BARE.finditer(text) if not any(w.lower() in calendar for w in m.group(1).split()))


def _calendar_words(lexicon: Lexicon) -> frozenset[str]:
    """The names of months and weekdays, in lower case."""
    return frozenset([*_month_table(lexicon), *(d.lower() for d in lexicon.language["weekdays"])])


class DateFinder:
    """Date patterns, compiled once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.unit_words = {form.lower() for unit in lexicon.units for form in unit["forms"]}
        # "at 1976 levels": nouns a year describes, never counts
        self.year_nouns = {w.lower() for w in lexicon.language.get("year_nouns", [])}
        self.patterns = _patterns(lexicon)
        # "the Rising of 1790": a year inside an event's name
        named = lexicon.language.get("year_named_events", [])
        self.year_name = (re.compile(r"\b(?:" + alternation(named) + r")\s+of\s+$") if named
                          else re.compile(r"(?!x)x"))
        # what each pattern cannot match without, in pattern order (None: always try it)
        month_word = re.compile(r"\b" + alternation(list(_month_table(lexicon))), re.I)
        decade_end = re.compile(r"\d0[’']?s\b")
        fuzzy_words = WordGate(["early", "mid", "late", "end", "start", "beginning"], ignore_case=True)

        def month(sentence: str, words: SentenceWords) -> bool:
            return month_word.search(sentence) is not None

        def decade(sentence: str, words: SentenceWords) -> bool:
            return decade_end.search(sentence) is not None

        def fuzzy(sentence: str, words: SentenceWords) -> bool:
            return fuzzy_words.may_hold(words)

        era_word = re.compile(r"\b(?:AD|CE)\b|A\.D\.")
        short_year = re.compile(r"(?<![\d,.])[1-9]\d\d(?![\d,.]\d|\d)")

        def era(sentence: str, words: SentenceWords) -> bool:
            return era_word.search(sentence) is not None

        def month_short_year(sentence: str, words: SentenceWords) -> bool:
            return short_year.search(sentence) is not None and month_word.search(sentence) is not None

        # as tests of the sentence and its words, each made once a sentence however many patterns share it
        def short_year_alone(sentence: str, words: SentenceWords) -> bool:
            return short_year.search(sentence) is not None

        self.hints = [month, month, month, month, month, month_short_year, month_short_year, era, short_year_alone,
                      decade, decade, fuzzy, None]
        if len(self.hints) != len(self.patterns):
            raise AssertionError("every date pattern needs its hint")
        self.months = _month_table(lexicon)
        self.weekdays = list(lexicon.language["weekdays"])
        self.month_names = [re.escape(m) for m in lexicon.language["months"]]
        self.may_hold_date = re.compile(r"\d|\b(?:year|month)\b|\b(?:" + "|".join(self.month_names) + "|"
                                        + "|".join(lexicon.language["weekdays"]) + r")\b")
        # its words, when the weekdays are written as plain words (the pattern takes them as written)
        short = [a for a in (lexicon.language.get("month_abbreviations") or {}) if a[:1].isupper()]
        self.date_words = (WordGate(["year", "month", *lexicon.language["months"], *short, *self.weekdays])
                           if all(re.escape(day) == day for day in self.weekdays) else None)
        self.partial = _PartialPatterns(self.month_names, self.weekdays, lexicon)

    def find(self, sentence: str, article_date: str = "", before: str = "",
             words: SentenceWords | None = None) -> list[DateMatch]:
        words = words or SentenceWords(sentence)
        if not (words.digit or (self.date_words is None or self.date_words.may_hold(words))
                and self.may_hold_date.search(sentence)):
            return []       # no digit, month, weekday or "year"/"month": no date to find
        taken: list[tuple[int, int]] = []
        out: list[DateMatch] = []
        present: dict[object, bool] = {}
        for hint, (pattern, normalise) in zip(self.hints, self.patterns):
            if hint is not None:
                if hint not in present:
                    present[hint] = hint(sentence, words)
                if not present[hint]:
                    continue        # no month name, no "0s", no "early": the pattern cannot match
            for match in pattern.finditer(sentence):
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                precision, value = normalise(match)
                # "1700 troops" counts troops; "the 1969 agreements" are the agreements of 1969
                # (three figures after a date's preposition are read as a year only before what counts nothing)
                if (precision == "year" and len(match.group(0)) != 3
                        and _counts_something(sentence, match.end(), self.unit_words, self.year_nouns)
                        and not re.search(r"\b[Tt]he\s+$", sentence[:match.start()])):
                    continue
                taken.append((match.start(), match.end()))
                if (precision == "year" and sentence.endswith("of ", 0, match.start())
                        and self.year_name.search(sentence, max(0, match.start() - 30), match.start())
                        and not _SPAN_TAIL.match(sentence, match.end())):
                    # "the Rising of 1790" names the rising: its year is no date ("the War of 1790–94"
                    # gives the war's years)
                    continue
                out.append(DateMatch(match.start(), match.end(), match.group(0), value, precision))
        if self.date_words is None or self.date_words.may_hold(words):
            # "on 11 October", "last year": a month, a weekday, "year" or "month" at least
            out.extend(_partial(sentence, article_date, taken, out, self.months, self.partial, before))
        out.sort(key=lambda d: d.start)
        dateline = DATELINE.match(sentence)
        if dateline:
            # "VELMORA, June 3 - ... on Tuesday ruled": the stamp says when the report was
            # filed; it is no event, but it dates the weekday that follows
            stamp = [d for d in out if d.end <= dateline.end()]
            out = [d for d in out if d.end > dateline.end()]
            if stamp and len(stamp[0].value) == 10 and not out:
                # a stamp written in full dates the weekday from the sentence's own words
                out = _weekday(sentence, stamp[0].value, self.partial, stamp[0].relative)
        return out




def _patterns(lexicon: Lexicon) -> list[tuple[re.Pattern[str], object]]:
    months = _month_table(lexicon)
    month_re = "(" + "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True)) + ")"
    # "the fourth of March 1901", "March the fourth, 1901": a day written as it is spoken
    ordinals = {" ".join(k.lower().replace("-", " ").split()): int(v)
                for k, v in lexicon.language.get("ordinal_numbers", {}).items()}
    spoken = [w for k in ordinals for w in {k, k.replace(" ", "-")}]
    # ... "the 3d of March" in an old spelling
    day_word = r"(" + (alternation(spoken) if spoken else r"(?!x)x") + r"|\d{1,2}(?:st|nd|rd|th|d))"

    def spoken_day(word: str) -> int:
        word = " ".join(word.lower().replace("-", " ").split())
        return ordinals[word] if word in ordinals else int(word.rstrip("stndrh"))

    return [
        # the fourth of March 1901 / March the fourth, 1901 / the eighth day of May, 1871 ("the" is the date's:
        # "on the 9 May 1901" reads wrong)
        (re.compile(rf"\b(?:(?:the\s+)?{day_word}\s+(?:day\s+)?of\s+{month_re}|{month_re}\s+the\s+{day_word})\s*,?\s+"
                    rf"(?:in\s+the\s+year\s+(?:of\s+our\s+Lord\s+)?)?{_YEAR}\b", re.I),
         lambda m: ("day", f"{m.group(5)}-{months[(m.group(2) or m.group(3)).lower()]:02d}-"
                           f"{spoken_day(m.group(1) or m.group(4)):02d}")),
        # October 3, 1994 / Oct. 3 1994
        (re.compile(rf"\b{month_re}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I),
         lambda m: ("day", f"{m.group(3)}-{months[m.group(1).lower()]:02d}-{int(m.group(2)):02d}")),
        # 3 October 1994
        (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month_re}\s*,?\s+{_YEAR}\b", re.I),
         lambda m: ("day", f"{m.group(3)}-{months[m.group(2).lower()]:02d}-{int(m.group(1)):02d}")),
        # early/mid/late April 2008
        (re.compile(rf"\b(early|mid|late)[-\s]+{month_re}\s+{_YEAR}\b", re.I),
         lambda m: ("fuzzy", f"{m.group(1).lower()} {m.group(3)}-{months[m.group(2).lower()]:02d}")),
        # April 2008
        (re.compile(rf"\b{month_re}\s+(?:of\s+)?{_YEAR}\b", re.I),
         lambda m: ("month", f"{m.group(2)}-{months[m.group(1).lower()]:02d}")),
        # 10 August 843 / August 843 / AD 843 / 843 CE
        (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?=(?-i:[A-Z])){month_re}\s*,?\s+(?:AD\s+)?{_OLD_YEAR}\b"
                    rf"(?![\d,.]\d)", re.I),
         lambda m: ("day", f"{int(m.group(3)):04d}-{months[m.group(2).lower()]:02d}-{int(m.group(1)):02d}")),
        (re.compile(rf"\b(?=(?-i:[A-Z])){month_re}\s+(?:of\s+)?(?:AD\s+)?{_OLD_YEAR}\b(?![\d,.]\d)", re.I),
         lambda m: ("month", f"{int(m.group(2)):04d}-{months[m.group(1).lower()]:02d}")),
        (re.compile(rf"(?<![\w.])(?:(?:AD|A\.D\.)\s+{_OLD_YEAR}\b|{_OLD_YEAR}\s+(?:AD|CE|A\.D\.)(?![\w]))"),
         lambda m: ("year", f"{int(m.group(1) or m.group(2)):04d}")),
        # "In 912 Rollo was baptised", "he died in 933.", "the autumn of 911": three figures after a date's
        # preposition, then a name, a clause's small word or the end of the phrase, not a counted noun
        # (the figures first, then what stands before them: a search that tries each preposition at every
        # place in a sentence costs more than one that starts only at a figure)
        (re.compile(rf"(?<![\w.,]){_OLD_YEAR}(?!\d)(?:(?<=\b[Ii]n\s...)|(?<=\b[Bb]y\s...)|(?<=\b[Ss]ince\s...)"
                    rf"|(?<=\b[Uu]ntil\s...)|(?<=\b[Aa]fter\s...)|(?<=\b[Bb]efore\s...)|(?<=\byear\s...)"
                    rf"|(?<=\bspring of\s...)|(?<=\bsummer of\s...)|(?<=\bautumn of\s...)|(?<=\bwinter of\s...)"
                    rf"|(?<=\bend of\s...)|(?<=\bstart of\s...))(?!\s*(?:BCE?\b|B\.C\.))"
                    rf"(?=[,;:.)]|\s+(?-i:[A-Z])|\s+(?:and|when|the|he|she|it|they|after|before|his|her|its|their|between|at|on|near|with|from|under"
                    rf"|a|an|two|three|four|five|six|seven|eight|nine|ten|both|several|many|some)\b|$)"),
         lambda m: ("year", f"{int(m.group(1)):04d}")),
        # the early 1950s / mid-1960s
        (re.compile(rf"\b(early|mid|late)[-\s]+(1[0-9]{{2}}0|20[0-9]0)[’']?s\b", re.I),
         lambda m: ("fuzzy decade", f"{m.group(1).lower()} {m.group(2)}s")),
        # the 1950s
        (re.compile(r"\b(1[0-9]{2}0|20[0-9]0)[’']?s\b"),
         lambda m: ("decade", f"{m.group(1)}s")),
        # early 2008 / mid-2003 / late 1994
        (re.compile(rf"\b(early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[-\s]+{_YEAR}\b", re.I),
         lambda m: ("fuzzy", f"{_fuzzy_word(m.group(1))} {m.group(2)}")),
        # a bare year, not part of a larger number or a quantity ("1700 troops")
        (re.compile(rf"(?<![\d,.$€£\-–])\b{_YEAR}\b(?![\d,.]\d|\s*(?:%|percent))"),
         lambda m: ("year", m.group(1))),
    ]


def _fuzzy_word(word: str) -> str:
    word = " ".join(word.lower().split())
    return {"the end of": "late", "the start of": "early", "the beginning of": "early"}.get(word, word)


def _counts_something(sentence: str, end: int, unit_words: set[str], year_nouns: set[str] = frozenset()) -> bool:
    """True when a four-digit number is a count ("1500 troops"), not a year ("1976 levels")."""
    following = sentence[end:end + 40].split()
    if not following:
        return False
    word = following[0].strip(",.;:").lower()
    if word in year_nouns:
        return False
    plural = word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is", "as"))
    return word in unit_words or (plural and word not in {"its", "his", "this", "thus"})


_SHIFT = {"last": -1, "this": 0, "next": 1}
_NEXT_OR_LAST = re.compile(r"\s+(next|last)\b(?!\s+(?:year|month|week|day)s?\b)", re.I)
_OF_WHICH_YEAR = re.compile(r"\s+of\s+(last|this|next)\s+year\b", re.I)


class _PartialPatterns:
    """The patterns of dates completed from context, compiled once per lexicon."""

    def __init__(self, month_names: list[str], weekdays: list[str], lexicon: Lexicon | None = None) -> None:
        language = lexicon.language if lexicon is not None else {}
        names = "(" + "|".join(month_names) + ")"     # capitalised: "may" is a verb
        # "on Jan. 27", "27 Sept.": a month written short, with its stop, as well
        short = [re.escape(a) + r"\." for a in (language.get("month_abbreviations") or {}) if a[:1].isupper()]
        self.hint = re.compile(r"\b(?:year|month|" + "|".join(month_names + weekdays + short) + r")(?!\w)")
        self.month_rel = re.compile(names + r"\s+(last|this|next)\s+year\b")
        self.year_rel = re.compile(r"\b(?:(early|mid|late)[-\s]+)?(last|this|next)\s+year\b", re.I)
        self.month_only_rel = re.compile(r"\b(last|this|next)\s+month\b", re.I)
        days = "(" + "|".join(month_names + short) + ")"
        self.day_month = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + days + r"(?!\w)|\b" + days
                                    + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)")
        self.in_month = re.compile(r"\b(?:in|by|until|from|since|before|after|during)\s+(?:early\s+|late\s+|mid-)?"
                                   + names + r"\b(?!\s+\d)")
        self.weekday = re.compile(r"\bon\s+(" + "|".join(weekdays) + r")\b")
        self.weekdays = weekdays
        # "ratified it on 9 November" in an article of March: a past statement, so last November
        # (a modal too: "said it would ratify it in December" looks ahead from a past day)
        future = [w for key in ("future_markers", "future_auxiliaries", "modal_verbs") for w in language.get(key, [])]
        self.future = re.compile(r"(?<![\w’'])(?:" + alternation(future) + r")\b") if future else None
        past = [w for key in ("irregular_past",) for w in language.get(key, [])] + ["was", "were", "had", "did"]
        # a word in "-ed", but not "need", "exceed", "indeed" ("agreed" and "freed" are past)
        self.past = re.compile(r"\b(?:" + alternation(past) + r"|[a-z]{2,}(?<![^r]e)ed)\b")


def _partial(sentence: str, article_date: str, taken: list[tuple[int, int]],
             found: list[DateMatch], months: dict[str, int], patterns: _PartialPatterns,
             before: str = "") -> list[DateMatch]:
    """Dates the reader completes from context.

    "11 October of the same year" and "on April 17" take the year of the
    sentence's earlier date or, failing that, of the date written in full in
    the sentence before (``before``), or failing that, the article's date; "last year",
    "in August last year", "last month" and "on Sunday" are resolved only
    against the article's date.  Nothing is guessed from today's date.
    """
    if not patterns.hint.search(sentence):
        return []
    article = re.match(r"(\d{4})-(\d{2})-(\d{2})", article_date or "")
    a_year = int(article.group(1)) if article else None
    a_month = int(article.group(2)) if article else None
    out: list[DateMatch] = []

    def free(m: re.Match[str]) -> bool:
        return not any(m.start() < e and s < m.end() for s, e in taken + [(d.start, d.end) for d in out])

    near = re.match(r"\d{4}", before or "")
    a_day = int(article.group(3)) if article else 0
    past: list[bool] = []      # whether the sentence states the past, worked out when first needed

    def year_back(year: int | None, month: int, day: int, relative: bool, from_before: bool) -> int | None:
        """The year of a day or month taken from the article's date: the year before when that puts a
        past statement after the article's own date ("on 9 November" in a report of 3 March)."""
        if year != a_year or not relative or from_before or (month, day) <= (a_month, a_day):
            return year
        if not past:
            past.append(patterns.future is not None and not patterns.future.search(sentence)
                        and bool(patterns.past.search(sentence)))
        return year - 1 if past[0] else year

    def context_year(at: int, end: int, month: int) -> tuple[int | None, bool, bool]:
        """The year a partial date (``at``..``end``, in ``month``) belongs to, whether it came from outside
        the sentence, and whether from the sentence before.

        With no date before it in its sentence, a date written in full after it
        may say the year has turned since the sentence before: "... on 28
        December 1990. It reached the capital in February, and on 16 February
        1991 ..." is February 1991 (the full date's year is the next one, and
        its month not earlier).
        """
        earlier = [d for d in found + out if d.end <= at and re.match(r"\d{4}", d.value)]
        if earlier:
            return int(earlier[-1].value[:4]), earlier[-1].relative, earlier[-1].year_before
        if near:
            later = next((d for d in found if d.start >= end and not d.relative and d.precision in ("day", "month")),
                         None)
            if later is not None and int(later.value[:4]) == int(near.group(0)) + 1 and int(later.value[5:7]) >= month:
                return int(later.value[:4]), False, False
        return (int(near.group(0)), True, True) if near else (a_year, True, False)

    def add(m: re.Match[str], value: str, precision: str, relative: bool = True, from_before: bool = False) -> None:
        out.append(DateMatch(m.start(), m.end(), m.group(0), value, precision, relative, from_before))

    if a_year is not None:
        for m in patterns.month_rel.finditer(sentence):
            if free(m):
                add(m, f"{a_year + _SHIFT[m.group(2)]}-{months[m.group(1).lower()]:02d}", "month")
        for m in patterns.year_rel.finditer(sentence):
            if free(m):
                year = str(a_year + _SHIFT[m.group(2).lower()])
                if m.group(1):
                    add(m, f"{m.group(1).lower()} {year}", "fuzzy")
                else:
                    add(m, year, "year")
        for m in patterns.month_only_rel.finditer(sentence):
            if free(m):
                month = a_month + _SHIFT[m.group(1).lower()]
                year = a_year + (month - 1) // 12
                add(m, f"{year}-{(month - 1) % 12 + 1:02d}", "month")
    for m in patterns.day_month.finditer(sentence):
        if not free(m):
            continue
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        year, relative, from_before = context_year(m.start(), m.end(), months[month.lower()])
        which = _OF_WHICH_YEAR.match(sentence, m.end())
        if which and a_year is not None:
            # "on Sept. 19 of this year": the article's year, whatever the sentence dated before
            year, relative, from_before = a_year + _SHIFT[which.group(1).lower()], True, False
            out[:] = [d for d in out if not (which.start() <= d.start and d.end <= which.end())]
        if year is not None and 1 <= int(day) <= 31:
            year = year_back(year, months[month.lower()], int(day), relative, from_before)
            shift = _NEXT_OR_LAST.match(sentence, m.end()) if a_year is not None and year == a_year else None
            if shift:
                # "on 1 March next", "the 9th of May last": the first such day after, or before, the article's
                ahead = (months[month.lower()], int(day)) > (a_month, a_day)
                year += 1 if shift.group(1).lower() == "next" and not ahead else \
                    -1 if shift.group(1).lower() == "last" and ahead else 0
            add(m, f"{year}-{months[month.lower()]:02d}-{int(day):02d}", "day", relative, from_before)
    for m in patterns.in_month.finditer(sentence):
        if not free(m):
            continue
        month_word = m.group(1)
        year, relative, from_before = context_year(m.start(), m.end(), months[month_word.lower()])
        if year is not None:
            at = m.group(0).rfind(month_word)
            year = year_back(year, months[month_word.lower()], 0, relative, from_before)
            out.append(DateMatch(m.start() + at, m.end(), month_word,
                                 f"{year}-{months[month_word.lower()]:02d}", "month", relative, from_before))
    if article and not found and not out:
        out = _weekday(sentence, article.group(0), patterns)
    return out


# "VELMORA, June 3 -", "PORT SABLE, May 14 (Harbour Wire) -": a news report's dateline
DATELINE = re.compile(r"^[A-Z][A-Z .'’\-]+(?:,\s*[A-Z][\w .'’\-]*)?,\s+[^-–—]{3,40}?\s*(?:\([^)]*\)\s*)?"
                      r"(?:[-–—]\s|(?<=\.)[-–—](?=[A-Z]))")       # "PARIS, Nov. 27.—A convention ..." as well


def _weekday(sentence: str, anchor: str, patterns: _PartialPatterns, relative: bool = True) -> list[DateMatch]:
    """"on Sunday": the last such day on or before ``anchor`` (a report's date)."""
    m = patterns.weekday.search(sentence)
    if not m:
        return []
    day = datetime.date.fromisoformat(anchor)
    back = (day.weekday() - patterns.weekdays.index(m.group(1))) % 7
    when = day - datetime.timedelta(days=back)
    return [DateMatch(m.start(1), m.end(1), m.group(1), when.isoformat(), "day", relative)]


@functools.lru_cache(maxsize=1 << 16)
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


@functools.lru_cache(maxsize=1 << 16)
def format_date(value: str) -> str:
    """A date value as a reader writes it: ``3 October 1994``, ``early 2008``."""
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
        text = f"{int(match.group(3))} {months[int(match.group(2)) - 1]} {int(match.group(1))}"
    elif match.group(2):
        text = f"{months[int(match.group(2)) - 1]} {int(match.group(1))}"
    else:
        text = str(int(match.group(1)))
    return f"{qualifier} {text}".strip()
