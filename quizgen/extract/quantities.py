"""Numbers with units: single quantities, limits and ranges.

``find_quantities`` returns what a sentence counts or measures:
"1,550 deployed warheads", "no more than 700 launchers", "ranges between
500 and 5,500 kilometers", "310–3,420 miles", "a five-year extension".
Units come from ``data/units.yaml``; a plural noun after a number is
counted even when it is not a listed unit ("700 launchers").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, SentenceWords, WordGate, alternation


@dataclass(frozen=True)
class QuantityMatch:
    start: int
    end: int
    text: str
    low: float
    high: float | None         # set for a range
    unit: str                  # canonical unit name, or the counted noun
    noun: str                  # the counted thing or measured property
    bound: str | None = None   # "max" | "min" for limits
    converted: str | None = None
    prefix: str = ""           # "$" in "$2.5 billion"
    scale: str = ""            # "billion" in "$2.5 billion"

    @property
    def is_range(self) -> bool:
        return self.high is not None

    @property
    def value(self) -> str:
        """Normalised value: ``500-5500 km``, ``<=700 launchers``, ``5 years``."""
        low = fmt_number(self.low)
        if self.high is not None:
            core = f"{low}-{fmt_number(self.high)}"
        else:
            core = low
        prefix = {"max": "<=", "min": ">="}.get(self.bound or "", "")
        return f"{prefix}{core} {self.unit}".strip()


def fmt_number(number: float) -> str:
    if float(number).is_integer():
        return str(int(number))
    return f"{number:.6g}"


def display_number(number: float) -> str:
    """A number as an article writes it: ``5,500``, ``2.5``."""
    if float(number).is_integer():
        return f"{int(number):,}"
    return f"{number:,.6g}"


# a preposition between a number and a noun: the noun is no unit of the number ("47 after two days")
_PREPOSITIONS_BETWEEN = frozenset({"after", "before", "in", "of", "for", "over", "within", "during", "by", "to",
                                   "from", "since", "until", "at", "on"})


class QuantityFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        words = lexicon.language["number_words"]
        self.number_words = {k.lower(): v for k, v in words.items()}
        # words after "and" that start no noun: "and the", "and then", "and also"
        self.not_nouns = ({w.lower() for w in lexicon.language.get("clause_openers", [])}
                          | {w.lower() for w in lexicon.language.get("referring_words", [])}
                          | {"a", "an", "the", "also", "then", "later", "to", "not", "thus", "its", "their"})
        self.scales = {k.lower(): v for k, v in lexicon.data["units"]["scales"].items()}
        # "dozen" in "two dozen" multiplies; its value is a number word's or a scale's
        self.multipliers = {w.lower(): self.number_words.get(w.lower(), self.scales.get(w.lower()))
                            for w in lexicon.language.get("number_multipliers", [])}
        self.multipliers = {w: v for w, v in self.multipliers.items() if v}
        # "5 million more dollars": words between a number and its currency that keep the currency
        self.same_currency = {w.lower() for w in lexicon.data["units"].get("same_currency_words", [])}
        # "one square kilometre": "square" makes an area of a length unit; what the unit list lacks is left alone
        self.power_words = {w.lower() for w in lexicon.data["units"].get("power_words", [])}
        # "raised its quota from 6 to 15 tonnes": a verb of change a few words before a range
        change_verbs = lexicon.data["units"].get("change_verbs", [])
        self.change_before = (re.compile(r"\b(?:" + alternation(change_verbs) + r")\b(?:\s+[\w’'\-]+){0,4}?(?:\s+from)?\s*$",
                                         re.I) if change_verbs else None)
        self.unit_forms: dict[str, dict] = {}
        for unit in lexicon.units:
            for form in unit["forms"]:
                self.unit_forms[form.lower()] = unit
        word_num = r"\b" + alternation(list(self.number_words)) + r"\b"
        # "a hundred and seventy-three": a hundred's or a thousand's "and" and the number after it
        hundreds = r"(?:(?<=hundred)|(?<=thousand))\s+and\s+" + word_num + r"(?:-" + word_num + r")?"
        num = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + word_num + r"(?:[-\s]" + word_num + r")?(?:"
               + hundreds + r")?)")
        # "$100bn", "£2tn": a scale written short, straight after the digits
        self.short_scales = {k.lower(): v.lower() for k, v in
                             (lexicon.data["units"].get("scale_abbreviations") or {}).items()}
        short = (r"|(?<=\d)(?:" + alternation(list(self.short_scales)) + r")\b") if self.short_scales else ""
        # "100bn" whole: the digits and the short scale after them
        self.short_scaled = (re.compile(r"([\d.,]+)(" + "|".join(map(re.escape, self.short_scales)) + r")")
                             if self.short_scales else None)
        scale = r"(?:\s+" + alternation(list(self.scales)) + short + r")?(?:" + hundreds + r")?"
        self.num = num + scale
        self.any_number = re.compile(r"\d|" + word_num, re.I)
        # "the twenty-second of May": a compound ordinal in words numbers a day, counts nothing
        # ... and so does any tens word joined to an ordinal: "the sixty-fifth instrument" is the 65th, not "60 fifths"
        ordinals = lexicon.language.get("ordinal_numbers", {})
        listed = [k for k in ordinals if "-" in k]
        compound = [alternation(listed)] if listed else []
        tens = [w for w, v in self.number_words.items() if isinstance(v, int) and 20 <= v <= 90 and v % 10 == 0]
        units = [w for w, v in ordinals.items() if "-" not in w and 1 <= v <= 9]
        if tens and units:
            compound.append(r"(?:" + alternation(tens) + r")-(?:" + alternation(units) + r")")
        self.compound_ordinal = (re.compile(r"(?:" + "|".join(compound) + r")(?![\w\-])", re.I)
                                 if compound else re.compile(r"(?!x)x"))
        self.number_words_gate = WordGate(self.number_words, ignore_case=True)
        prefix_forms = [p for unit in lexicon.units for p in unit.get("prefix", [])]
        self.prefix = alternation(prefix_forms) if prefix_forms else "(?!x)x"
        unit_alt = alternation(list(self.unit_forms))
        self.bounds = [(kind, phrase) for kind, phrases in lexicon.data["units"]["bounds"].items() for phrase in phrases]
        bound_alt = alternation([p for _, p in self.bounds])
        self.bound_kind = {p: kind for kind, p in self.bounds}
        self.bound_before = re.compile(r"\b(" + bound_alt + r")\s*$")
        months = list(lexicon.language["months"]) + list(lexicon.language.get("month_abbreviations", {}))
        # "on 19 August stipulates ...": the day of a date whose year is not given, not a count
        # "two days earlier", "a week after the vote": an offset from another time, not an amount
        units = lexicon.data["units"]
        offsets = [r"(?:" + alternation(units[k]) + r")" + tail for k, tail in
                   (("offset_words", r"\b(?!\s+than\b)"), ("offset_ends", r"(?=\s*(?:[,;:.)]|$))")) if units.get(k)]
        self.offset_after = re.compile(r"\s+(?:" + "|".join(offsets) + r")", re.I) if offsets else re.compile(r"(?!x)x")
        # "Article 9", "Articles 4 and 5", "Section 3(2)": the number labels a part of a document
        labels = units.get("label_nouns", [])
        self.label_before = (re.compile(r"(?<![\w\-])(?:" + alternation(labels) + r")\s+(?:[\dIVX]+[a-z]?(?:\(\w+\))?"
                                        r"\s*(?:,|\band\b|\bor\b|\bto\b|–|-)\s*)*$")
                             if labels else re.compile(r"(?!x)x"))
        self.label_words = WordGate(labels)
        self.month_after = re.compile(r"\s+(?:" + alternation(months) + r")\b\.?") if months else re.compile(r"(?!x)x")
        # "the 2d Day of May": an old spelling of an ordinal day, a date, not "2 days"
        # "19.10 BST", "09:40 GMT", "7.30 p.m.": a clock time (language.yaml's `time_zones`), which counts nothing
        zones = list(lexicon.language.get("time_zones", [])) + ["a.m.", "p.m.", "am", "pm"]
        # ... and a military time: "0001 hrs", "1400 hrs"
        self.clock_time = re.compile(r"(?<![\d.,])\d{1,2}[.:][0-5]\d\s*(?:" + alternation(zones) + r")(?![\w])"
                                     r"|(?<![\d.,])(?:[01]\d|2[0-3])[0-5]\d\s*hrs\b")
        self.day_of_month = (re.compile(r"(?:d|st|nd|rd|th)\s+[Dd]ay\s+of\s+(?:" + alternation(months) + r")\b")
                             if months else re.compile(r"(?!x)x"))
        self.bounds_after = [(kind, phrase) for kind, phrases in
                             lexicon.data["units"].get("bounds_after", {}).items() for phrase in phrases]
        # one pattern first: most numbers have none of these after them
        self.any_bound_after = re.compile(r"\s+" + alternation([p for _, p in self.bounds_after]) + r"\b"
                                          if self.bounds_after else r"(?!x)x")
        self.bound_nouns = [
            (kind, re.compile(r"\b" + alternation(nouns) + r"\s+(?:[\w\-]+\s+){0,3}?of\s*$", re.I))
            for kind, nouns in lexicon.data["units"].get("bound_nouns", {}).items()]
        self.bound_nouns += [
            (kind, re.compile(r"\b" + alternation(verbs) + r"\b[^.;]{0,60}?\b(?:at|to)\s*$", re.I))
            for kind, verbs in lexicon.data["units"].get("bound_verbs", {}).items()]
        function_words = r"(?:of|the|a|an|and|or|in|on|to|with|by|for|from|at|as|than|that|which|who|were|was|are|is|be|been|had|has|have)\b"
        adj = r"(?:(?!" + function_words + r")[a-z][\w\-]*\s+){0,3}?"
        counted = alternation(lexicon.data["units"].get("counted_nouns", []))
        # "40 SS-20 missiles": the letters of a designation are no plural noun ("SS")
        noun = r"(?P<noun>" + unit_alt + r"(?![\w])|" + counted + r"\b|[a-z][a-z\-]*s\b(?!-\d))"
        # "a 70-nautical-mile belt", "a 35-metre-high fence": a unit inside a hyphenated compound
        hyphen_unit = unit_alt.replace(r"\ ", r"[-\s]")
        dash = r"\s*(?:-|–|—|to)\s*"
        not_counted = alternation(lexicon.data["units"].get("not_counted", []))
        language = lexicon.language
        self.time_idioms = {" ".join(w.lower().split()) for w in units.get("time_idioms", [])}
        modals = [w for key in ("modal_verbs", "future_auxiliaries") for w in language.get(key, [])]
        # "would one day lead", "One day, ...": what may open the idiom
        self.idiom_before = re.compile(r"(?:\b(?:" + alternation(modals) + r")\s+(?:[a-z]+ly\s+)?)$" if modals
                                       else r"(?!x)x", re.I)
        prefixes_of_years = units.get("year_prefixes", [])
        self.year_prefix = (re.compile(r"(?<![\w\-])(?:" + alternation(prefixes_of_years) + r")-$", re.I)
                            if prefixes_of_years else re.compile(r"(?!x)x"))
        ages = units.get("age_words", [])
        self.age_after = re.compile(r"(?:-|\s+)(?:" + alternation(ages) + r")\b") if ages else re.compile(r"(?!x)x")
        # "Three big ideas:", "Two things to know:": a list's lead-in, no statement; a finite verb makes one
        finite = [w for key in ("auxiliaries", "irregular_past", "modal_verbs") for w in language.get(key, [])]
        self.finite_verb = re.compile(r"\b(?:" + alternation(finite) + r"|[a-z]{2,}ed)\b" if finite else r"[a-z]{2,}ed\b")
        # "a new one", "each one": "one" standing for a noun named before, no number
        one_determiners = language.get("pronoun_one_determiners", [])
        self.one_pronoun_before = (re.compile(r"\b(?:" + alternation(one_determiners) + r")\s+(?:[a-z][\w\-]*\s+)?$", re.I)
                                   if one_determiners else re.compile(r"(?!x)x"))
        # "the Korvak 2 capsule", "in 1957 Korvak 2 carries a crew": a bare number right after a capitalised
        # word that opens a noun phrase or a clause numbers a name; a month or a weekday before it ("in May
        # 300 sailors") is a time, no name
        times = list(language.get("months", [])) + list(language.get("weekdays", []))
        leads = language.get("name_number_leads", [])
        self.name_before = re.compile(r"(?:(?<![\w\-’'])(?:" + (alternation(leads) if leads else "(?!x)x")
                                      + r")\s+|(?<!\d)\d{4}\s+|[—–(:]\s*)"
                                      + (r"(?!(?:" + alternation(times) + r")\s)" if times else "")
                                      + r"[A-Z][\w\-]*\s$")
        prefixes = [p for unit in lexicon.units for p in unit.get("prefix", [])]
        lead = WordGate(["between", "from"], ignore_case=True)
        to = WordGate(["to"])
        hyphen = re.compile(r"\w-\w")
        sign = re.compile("|".join(re.escape(p) for p in prefixes)) if prefixes else re.compile(r"(?!x)x")

        def hyphenated(sentence: str, words: SentenceWords) -> bool:
            return hyphen.search(sentence) is not None

        # what each pattern cannot match without (None: always try it), in pattern order, as a test of
        # the sentence and its words; a test two patterns share is made once a sentence
        hints = [
            lambda sentence, words: lead.may_hold(words),
            lambda sentence, words: to.may_hold(words) or any(dash in sentence for dash in "-–—"),
            hyphenated,
            hyphenated,
            lambda sentence, words: sign.search(sentence) is not None,
            None,
        ]
        patterns = [
            # between 500 and 5,500 kilometers / from 310 to 3,420 miles
            re.compile(
                r"(?P<lead>\bbetween|\bfrom)\s+(?P<pre>" + self.prefix + r")?(?P<low>" + num + scale + r")\s*(?:" + unit_alt + r"\s+)?(?:and|to|-|–)\s+(?P<pre2>" + self.prefix + r")?(?P<high>" + num + scale + r")\s+" + adj + noun,
                re.I),
            # 310–3,420 miles
            re.compile(r"(?<![\w,.])(?<!\d:)(?P<pre>" + self.prefix + r")?(?P<low>" + num + scale + r")" + dash + r"(?P<pre2>" + self.prefix + r")?(?P<high>" + num + scale + r")\s+" + adj + noun, re.I),
            # a five-year extension
            re.compile(r"\b(?P<low>" + num + r")-(?P<noun>" + hyphen_unit + r")(?=\s+[a-z]|-[a-z]|\s*$)", re.I),
            # a five-member tribunal: a number word and a counted noun ("forty-six" is one number, no count)
            re.compile(r"\b(?P<low>" + word_num + r")-(?P<count>(?!(?:" + not_counted + r"|" + word_num[2:]
                       + r")\b)[a-z]{3,})(?=\s+[a-z])", re.I),
            # $5 billion
            # a letter before the sign makes another currency ("S$5", unknown): never read as "$5"
            re.compile(r"(?:(?P<bound>" + bound_alt + r")\s+)?(?<![A-Za-z])(?P<pre>" + self.prefix + r")(?P<low>" + num + scale + r")", re.I),
            # no more than 700 deployed launchers / 1,550 warheads / 30 percent
            # "at 14:05 officials met": the minutes of a clock time count nothing
            re.compile(r"(?:(?P<bound>\b" + bound_alt + r")\s+)?(?<![\w,.$€£])(?<!\d:)(?P<low>" + num + scale + r")\s*" + adj + noun, re.I),
        ]
        if len(hints) != len(patterns):
            raise AssertionError("every quantity pattern needs its hint")
        self.patterns = list(zip(hints, patterns))

    def parse_number(self, text: str) -> float | None:
        text = text.strip().lower()
        short = self.short_scaled.fullmatch(text) if self.short_scaled is not None else None
        if short:
            text = short.group(1) + " " + self.short_scales[short.group(2)]     # "100bn" is "100 billion"
        parts = text.split()
        scale = 1
        if parts and parts[-1] in self.scales and len(parts) > 1:
            scale = self.scales[parts[-1]]
            text = " ".join(parts[:-1])
        digits = text.replace(",", "")
        try:
            return float(digits) * scale
        except ValueError:
            pass
        if text in self.number_words:
            return float(self.number_words[text]) * scale
        # "a hundred and seventy-three": "a" is one before a hundred, "and" adds what follows
        pieces = [p for p in re.split(r"[-\s]", re.sub(r"^an?\s+(?=hundred|thousand)", "one ", text)) if p != "and"]
        if all(p in self.number_words or p in self.multipliers for p in pieces):
            # "twenty-five" adds up; "two dozen" multiplies what stands before it
            total = current = 0.0
            for piece in pieces:
                if piece in self.multipliers:
                    current = (current or 1) * self.multipliers[piece]
                    if self.multipliers[piece] >= 1000:
                        total, current = total + current, 0.0
                else:
                    current += self.number_words[piece]
            return (total + current) * scale
        return None

    def find(self, sentence: str, dates: list[tuple[int, int]] = (),
             words: SentenceWords | None = None) -> list[QuantityMatch]:
        """Every quantity in ``sentence`` that does not overlap a date span.

        ``words`` are the sentence's words, if the caller has them already.
        """
        words = words or SentenceWords(sentence)
        if not (words.digit or self.number_words_gate.may_hold(words) and self.any_number.search(sentence)):
            return []
        taken = list(dates)
        out: list[QuantityMatch] = []
        present: dict[object, bool] = {}
        for hint, pattern in self.patterns:
            if hint is not None:
                if hint not in present:
                    present[hint] = hint(sentence, words)
                if not present[hint]:
                    continue        # "between ... and", a dash, a currency sign: cheap to look for first
            for match in pattern.finditer(sentence):
                start, end = match.span()
                if match.group("low") and match.start("low") > start and "lead" not in match.groupdict():
                    # keep the bound phrase only when present
                    if not (match.groupdict().get("bound") or match.groupdict().get("pre")):
                        start = match.start("low")
                if any(start < e and s < end for s, e in taken):
                    continue
                found = self._build(match, sentence, start, end, words)
                if found is None:
                    continue
                taken.append((start, end))
                out.append(found)
        out.sort(key=lambda q: q.start)
        return out

    def _build(self, match: re.Match[str], sentence: str, start: int, end: int,
               sentence_words: SentenceWords) -> QuantityMatch | None:
        groups = match.groupdict()
        if self.month_after.match(sentence, match.end("low")):
            return None
        if self.clock_time.match(sentence, match.start("low")):
            return None     # "19.10 BST Crowds are gathering": a live blog's time stamp
        if _ORDINAL_AFTER.match(sentence, match.end("low")):
            return None     # "the 17th century", "its 3rd session": an ordinal counts nothing
        if self.day_of_month.match(sentence, match.end("low")):
            return None     # "the 2d Day of May": a date's day in an old spelling
        if self.compound_ordinal.match(sentence, match.start("low")):
            return None     # "on the twenty-fifth of June" is a day, not "20 fifths"
        if sentence[match.start("low") - 1:match.start("low")] == "-" \
                and _DESIGNATION_BEFORE.search(sentence, max(0, match.start("low") - 8), match.start("low")):
            return None     # "U-2 photographs", "the SS-20": a number in a designation, no count
        if self.label_words.may_hold(sentence_words) and self.label_before.search(sentence, 0, match.start("low")):
            return None     # "Article 9 forbids ...": a numbered part of a text, not a count
        if groups["low"].lower() == "one" and sentence[match.end("low"):match.end("low") + 1] != "-" \
                and self.one_pronoun_before.search(sentence, max(0, match.start("low") - 40), match.start("low")):
            return None     # "must send a new one every year": a pronoun for a thing named before, no count
        low = self.parse_number(groups["low"])
        if low is None:
            return None
        high = self.parse_number(groups["high"]) if groups.get("high") else None
        if high is not None and high <= low:
            return None
        if high is not None and self._changed(sentence, match.start()):
            return None     # "raised its quota from 6 to 15 tonnes": an old and a new value, not a span
        noun = (groups.get("noun") or "").strip()
        if groups.get("count"):
            noun = groups["count"].lower() + "s"        # "five-member" counts members
        prefix = groups.get("pre") or groups.get("pre2")
        unit_entry = (self.unit_forms.get(noun.lower()) or self.unit_forms.get(noun.lower().replace("-", " "))
                      if noun else None)
        if prefix:
            unit_entry = next(u for u in self.lexicon.units
                              if prefix.lower() in (p.lower() for p in u.get("prefix", [])))
            noun = ""
        if noun and groups.get("noun") and self.power_words:
            between = sentence[match.end("high" if groups.get("high") else "low"):match.start("noun")].split()
            if between and between[-1].lower() in self.power_words:
                return None     # "two square leagues": an area, never "2 leagues"
            if any(w.lower() in _PREPOSITIONS_BETWEEN for w in between):
                return None     # "473 votes to 47 after two days": the days are another number's
        own_unit = ""
        if unit_entry is not None and not prefix and unit_entry.get("measures") == "money":
            # "5 million silver dollars", "4 million Spanish dollars": another currency than the plain
            # word; the unit is the article's own words
            words_before = sentence[match.end("high" if groups.get("high") else "low"):match.start("noun")].split()
            if words_before and any(w.lower() not in self.same_currency for w in words_before):
                own_unit = " ".join(words_before + [noun])
        if unit_entry is None and not noun:
            return None
        if unit_entry is None and _is_stopword_noun(noun):
            return None
        if unit_entry is None and low > 1 and noun.lower().endswith(("us", "ss", "is")):
            return None     # "41 enjoyed observer standing": a singular noun counts nothing
        if unit_entry is None and self._conjoined(sentence, end):
            return None     # "14 teachers and Blue Star staff": the number counts both groups, not the first
        words = groups["low"].strip().lower().split()
        is_word_number = not _DIGIT.match(words[0])
        if (unit_entry is None and not is_word_number and not groups.get("high")
                and groups["low"].isdigit() and not _YEAR_LIKE.fullmatch(groups["low"])
                and self.name_before.search(sentence, max(0, match.start("low") - 40), match.start("low"))):
            return None     # "Korvak 2 carries a crew": the number of a name, not a count
        if _in_proper_name(sentence, match.start("low"), match.end("low"), is_word_number):
            return None     # "the Five-River Compact", "the Circle of Nine": a name, not a count
        if not is_word_number and _YEAR_LIKE.fullmatch(groups["low"].strip()):
            if re.search(r"\b[Tt]he\s+$", sentence[:start]):
                return None  # "the 1906 agreements": a year, left to the date finder
            if sentence[match.start("low") - 1:match.start("low")] == "-" \
                    and self.year_prefix.search(sentence, max(0, match.start("low") - 8), match.start("low")):
                return None  # "its pre-1790 borders": a year inside a modifier, no count of borders
        if unit_entry is None and is_word_number and low < 2:
            return None  # "one of", "one hands": too weak to ask about
        if (is_word_number and not groups.get("count")
                and re.search(r"\b(?:the|these|those|both)\s+$", sentence[:start], re.I)):
            return None  # "the two countries": refers back to what was named, not a count to learn
        unit = own_unit or (unit_entry["name"] if unit_entry else noun.lower())
        if unit_entry and unit_entry.get("measures") == "duration":
            if self.offset_after.match(sentence, end):
                return None     # "two days earlier": when, counted from elsewhere; not how long
            if self.age_after.match(sentence, end):
                return None     # "a 19-year-old envoy": an age, not a length of anything
            if " ".join(sentence[start:end].lower().split()) in self.time_idioms and (
                    self.idiom_before.search(sentence, 0, start)
                    or (not sentence[:start].strip() and sentence[end:end + 1] == ",")):
                return None     # "would one day lead": at some time, not for a day
        if sentence.endswith(":") and not sentence[:start].strip() \
                and not self.finite_verb.search(sentence, end):
            return None         # "Three big ideas:": the lead-in of a list, counting its items
        if unit_entry and unit_entry.get("same_as"):
            # "three decades" is 30 years: one unit, so values compare and distractors fit
            same = unit_entry["same_as"]
            low, high = low * same["factor"], (high * same["factor"] if high is not None else None)
            unit = same["unit"]
            unit_entry = next((u for u in self.lexicon.units if u["name"] == unit), unit_entry)
        measured = self._measured(sentence, start, match, unit_entry, noun)
        bound = None
        if groups.get("bound"):
            phrase = " ".join(groups["bound"].lower().split())
            bound = next(kind for kind, p in self.bounds if p == phrase)
        else:
            before = sentence[max(0, start - 40):start].lower()
            m = self.bound_before.search(before)
            if m:
                bound = self.bound_kind[" ".join(m.group(1).split())]
            else:
                wider = sentence[max(0, start - 80):start]
                for kind, pattern in self.bound_nouns:
                    if pattern.search(wider):
                        bound = kind
                        break
                else:
                    after = sentence[end:end + 20].lower()
                    bound = next((kind for kind, phrase in self.bounds_after
                                  if re.match(r"\s+" + re.escape(phrase) + r"\b", after)),
                                 None) if self.any_bound_after.match(after) else None
        converted = None
        if unit_entry and unit_entry.get("convert"):
            conv = unit_entry["convert"]
            lo = round(low * conv["factor"])
            hi = round(high * conv["factor"]) if high is not None else None
            converted = (f"{display_number(lo)}–{display_number(hi)}" if hi is not None else display_number(lo)) + f" {conv['unit']}"
        text = sentence[start:end]
        last = (groups.get("high") or groups["low"]).lower().split()
        attached = self.short_scaled.fullmatch(last[-1]) if self.short_scaled is not None and last else None
        scale = (last[-1] if len(last) > 1 and last[-1] in self.scales
                 else self.short_scales[attached.group(2)] if attached else "")
        return QuantityMatch(start, end, text, low, high, unit, measured, bound, converted,
                             prefix=prefix or "", scale=scale)

    def _changed(self, sentence: str, start: int) -> bool:
        """Whether a verb of change stands a few words before ``start``: "extended its zone from ..."."""
        return self.change_before is not None and self.change_before.search(sentence[:start]) is not None

    def _conjoined(self, sentence: str, end: int) -> bool:
        """Whether a counted noun is the first of "<noun> and <noun>", one group counted together.

        "teachers and cooks", "teachers and Blue Star staff" are one phrase; "nurses and
        three doctors" counts apart, and "nurses and sent them home" starts a new clause.
        """
        m = _AND_NEXT.match(sentence[end:])
        if not m:
            return False
        first, second = m.group(1), m.group(2) or ""
        language = self.lexicon.language
        verbs = set(language.get("auxiliaries", [])) | set(language.get("irregular_past", []))
        if first.lower() in self.number_words or first.lower() in verbs or first.lower() in self.not_nouns:
            return False
        if first[:1].islower():
            # "and doctors were freed": a plural noun, then the verb; "and applies to" is a verb itself
            after = sentence[end + m.end(1):]
            verb_next = bool(second) and (second in verbs or second.endswith("ed")) \
                and re.match(r"\s+" + re.escape(second) + r"\b", after)
            return (bool(re.fullmatch(r"[a-z\-]{3,}s", first)) and not first.endswith(("ss", "us", "is"))
                    and bool(verb_next or re.match(r"\s*[,.;]", after)))
        # "and Blue Star staff", "and Tessalian-born staff": a name that qualifies a noun after it
        return bool(second) and second not in verbs and not second.endswith(("ed", "s")) \
            and second.lower() not in self.not_nouns

    def _measured(self, sentence: str, start: int, match: re.Match[str], unit_entry: dict | None, noun: str) -> str:
        """What the number measures: the counted noun phrase or the property named before it."""
        if unit_entry is None:
            # "between 300 and 450 warships": a range counts the noun after its second number
            last = "high" if match.groupdict().get("high") else "low"
            return sentence[match.end(last):match.end()].strip()
        window = max(0, start - 60)     # a word the window cuts ("ritain" of "Britain") is no word
        if match.groupdict().get("lead"):
            m = _LAST_WORD.search(sentence, window, start)
            if m:
                return m.group(1)
        m = _NOUN_PREPOSITION.search(sentence, window, start)
        if m:
            return m.group(1)
        after = sentence[match.end():match.end() + 40]
        m = _NEXT_WORD.match(after)
        if m and "-" in sentence[match.start():match.end()]:
            return m.group(1)        # "a five-year extension" measures the extension
        return unit_entry["measures"]


_STOP_NOUNS = {"years", "was", "has", "is", "its", "this", "as", "us", "yes", "whereas", "thus", "his", "hers", "ours", "yours", "theirs", "times", "ones", "others"}
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
_DIGIT = re.compile(r"\d")
_YEAR_LIKE = re.compile(r"1[5-9]\d\d|20\d\d")
# "and cooks", "and Blue Star staff": the words after a counted noun's "and"
_AND_NEXT = re.compile(r"\s+and\s+([A-Za-z][\w’'\-]*)(?:\s+[A-Z][\w’'\-]*)*(?:\s+([a-z][\w\-]*))?")
_LAST_WORD = re.compile(r"(?<![\w’'\-])([a-z][\w\-]*)\s*$")
_NOUN_PREPOSITION = re.compile(r"(?<![\w’'\-])([a-z][\w\-]*)\s+(?:of|between|from|with|at|to|by|for|reaching|spanning)\s*$")
_NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")


def _is_stopword_noun(noun: str) -> bool:
    return noun.lower() in _STOP_NOUNS


_DESIGNATION_BEFORE = re.compile(r"(?<![\w\-])[A-Za-z]{1,4}-$")


def _in_proper_name(sentence: str, start: int, end: int, is_word_number: bool) -> bool:
    """Whether the number at ``start``-``end`` is part of a capitalised name.

    "the Four-Power Pact", "the Nine-Month Campaign": a capitalised number
    word joined by a hyphen to a capitalised word; "the Group of Eight":
    a capitalised number word after "<Capitalised> of"; "the film Thirteen
    Days": a capitalised number word inside a sentence, before a capitalised word.
    """
    if not is_word_number or not sentence[start:start + 1].isupper():
        return False
    if re.match(r"-[A-Z]", sentence[end:]):
        return True
    if re.match(r"\s+[A-Z]", sentence[end:]) and re.search(r"[\w,;’'\)]\s+$", sentence[:start]):
        return True
    return bool(re.search(r"\b[A-Z][\w\-]*\s+of\s+$", sentence[:start]))
