"""Recognising the sides (states, alliances, governments, leaders) in a text.

Which words name a side is data (``data/sides.yaml``).  Leaders are also
learned from the article itself: "Kenyan President Jane Doe" ties both
"Jane Doe" and "Doe" to Kenya for the rest of the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, SentenceWords, WordGate, alternation, alternation_not_after

_NAME = r"(?:[A-Z][\w’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'\-]+|[A-Z]\.))*"
_PREPOSITIONS = {"in", "at", "to", "from", "near", "into", "via", "outside", "inside", "around", "across"}
# the capitalised word (perhaps with "'s") just before a place in a text
_LAST_WORD = re.compile(r"([A-Z][\w’'\-]*)(?:['’]s)?\s+$")
_LAST_WORD_CAPITAL = re.compile(r"(?<![\w’'.\-])([A-Z][\w’'\-]*)\s+$")
_WORD_BEFORE = re.compile(r"[\w,;:]\s+$")
_NAME_OF_BEFORE = re.compile(r"(?<![\w’'.\-])((?:[A-Z][\w’'\-]*\s+)?([A-Z][\w’'\-]*))\s+of\s+(?:the\s+)?$")


@dataclass(frozen=True)
class Mention:
    side: str
    start: int
    end: int
    text: str
    how: str              # name | demonym | seat | leader


class SideWords:
    """The patterns every article shares: side names and known leaders, compiled once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.by_word: dict[str, tuple[str, str]] = {}
        seats: dict[str, list[str]] = {}
        for side in lexicon.sides:
            for how, words in (("name", side.names), ("demonym", side.demonyms), ("seat", side.seats)):
                for word in words:
                    self.by_word.setdefault(word, (side.name, how))
            for seat in side.seats:
                seats.setdefault(seat, []).append(side.name)
            for leader in side.leaders:
                # full names only: "Rose" or "Brown" alone is a word before it is a leader
                self.by_word.setdefault(leader, (side.name, "leader"))
        # a seat two sides share (an old state's and the one that followed it): an article says which
        self.shared_seats = {seat: names for seat, names in seats.items() if len(names) > 1}
        # "the Dutch Republic": a state whose name opens with another's people's word; an article that names it
        # means it by that word too ("the Dutch fleet")
        self.named_by_demonym = {word: (side, word.split()[0]) for word, (side, how) in self.by_word.items()
                                 if how == "name" and " " in word and self.by_word.get(word.split()[0], ("", ""))[1]
                                 == "demonym" and self.by_word[word.split()[0]][0] != side}
        # side words after no word character or stop (nor, for a mention, a hyphen): the look-behind
        # sits inside the words' alternation, where the regex engine can skip to their first letters
        static = alternation_not_after([w for w, (_, how) in self.by_word.items() if how != "leader"], r"\w.")
        self.pattern = re.compile(r"(" + alternation_not_after(self.by_word, r"\w.\-") + r")(?![\w\-])(?:['’]s)?")
        self.gate = WordGate(self.by_word)
        self.agreement = re.compile(r"\s+(?:" + lexicon.agreement_noun_re + r")\b", re.IGNORECASE)
        language = lexicon.language
        # capitalised words that may stand before a side's name without making it part of another name
        self.free_before = {str(w).lower() for w in language.get("not_name_openers", []) + language.get("weekdays", [])
                            + language.get("months", []) + language.get("relative_time_words", [])
                            + [t.split()[-1] for t in lexicon.leader_titles]}
        self.name_heads = {str(h).lower() for h in language.get("name_heads_of", []) + lexicon.agreement_nouns}
        tails = [str(t) for t in language.get("geographic_name_tails", [])]
        # "the Indian Ocean", "the South China Sea": a place whose name opens with a side word
        self.place_tail = re.compile(r"\s+(?:" + alternation(tails) + r")(?![\w\-])") if tails else None
        titles = alternation(lexicon.leader_titles)
        # "Aldorian Fisheries Minister Ivo Brandt": a portfolio may stand before the title
        self.introduction = re.compile(
            r"(" + static + r")(?:['’]s)?\s+(?:former\s+|then[-\s]|acting\s+)?"
            r"(?:[A-Z][a-z]+\s+){0,2}?" + titles + r"\s+(" + _NAME + r")"
        )
        # ("Llywelyn ap Gruffudd", "Ana de Brin": a name's small words between its capitals)
        particles = [str(p) for p in language.get("name_particles", [])]
        small = r"(?:(?:" + alternation(particles) + r")\s+)?" if particles else ""
        # a name's words, each one ``word`` (a capitalised word, or an initial with its stop), small words between
        words_of_name = lambda word: word + r"(?:\s+" + small + word + r")*"     # noqa: E731
        particled = words_of_name(r"(?:[A-Z][\w’'\-]+|[A-Z]\.)")
        # "Austria's foreign minister, Metternich": the side's, a title in any case, then the name after a comma
        any_title = r"(?i:" + titles + r")"
        self.possessive_introduction = re.compile(
            r"(" + static + r")['’]s\s+(?:[a-z]+\s+){0,2}?" + any_title + r",\s+(" + _NAME + r")(?=[,.;:]|\s+[a-z])")
        # "Walther Rathenau, Germany's foreign minister,", "Charles Bagot, the British minister to ...": the name,
        # then the side's title after a comma
        # (each found from its comma on, the name then read back from it: a search that starts at every
        # capital of an article would cost more than all the rest of the learning)
        self.apposed_introduction = re.compile(
            r",\s+(?:the\s+)?(" + static + r")(?:['’]s)?\s+(?:[a-z]+\s+){0,3}?" + any_title + r"\b")
        # "William the Lion, King of Scots": the name (and its epithet), then the title of the side
        self.title_of = re.compile(r",\s+(?:the\s+)?" + any_title + r"\s+of\s+(?:the\s+)?(" + static
                                   + r")(?![\w\-])")
        self.name_before = re.compile(r"(?<![\w’'.\-])(" + particled + r"(?:\s+the\s+[A-Z][\w’'\-]+)?)$")
        # "King Charles III", "the Viking leader Rollo": a ruler by title, who is a side of their own when nothing
        # ties him to one (``learn`` looks at the word before the title)
        own = [str(t) for t in lexicon.data["sides"].get("own_side_titles", [])]
        # (the name's words and small words, then perhaps a regnal number: "Ivo V", never an initial's stop, which
        # may be a sentence's end)
        ruler = words_of_name(r"[A-Z][\w’'\-]+") + r"(?:\s+[IVXLC]+\b)?"
        self.own_side = (re.compile(r"(?<![\w’'.\-])(?:" + alternation(own) + r")\s+(" + ruler
                                    + r")(?!\s+of\b|\s+[A-Z]|[\w’'\-])") if own else None)
        self.not_person = {str(w) for w in language.get("not_name_openers", [])} | {"In", "On", "At", "By", "For",
                                                                                    "From", "The", "A", "An"}
        # "Louis XI of France", "Gustav III of Sweden": a ruler by name and number, of the side he rules
        self.ruler = re.compile(r"(?<![\w\-])((?:[A-Z][a-z]+\s+){1,2}[IVXL]+)\s+of\s+(?:the\s+)?(" + static
                                + r")(?![\w\-])")


# a regnal number before "of", which a ruler's name needs: most articles have none, and need no search for one
_NUMBER_OF = re.compile(r"\s[IVXL]+\s+of\s")


class SideIndex:
    """Finds side mentions in text, knowing the leaders learned from an article."""

    def __init__(self, lexicon: Lexicon, text: str = "") -> None:
        self.lexicon = lexicon
        self.words = lexicon.cached("side_words", SideWords)
        self.leaders: dict[str, str] = {}      # learned from this article
        self._learned: _LearnedNames | None = None
        self._seen: dict[str, list[Mention]] = {}   # each sentence is asked about more than once
        self._seat_side: dict[str, str] = {}        # a shared seat, for the one of its sides this article names
        self._demonym_side: dict[str, str] = {}     # a people's word, for the state this article names by it
        if text:
            self.learn(text)

    def _add_leader(self, full_name: str, side: str) -> None:
        if full_name.endswith(".") and re.search(r"\s[IVXLC]+\.$", full_name):
            # "King Brin I." at a sentence's end: the stop is the sentence's, not an initial's
            full_name = full_name[:-1]
            side = side[:-1] if side.endswith(".") else side
        self.leaders.setdefault(full_name, side)
        parts = full_name.split()
        # "Jane Doe" is also "Doe"; "Ottokar II" is not "II", nor "William the Lion" "Lion"
        if len(parts) > 1 and len(parts[-1]) > 2 and not re.fullmatch(r"[IVXLC]+\.?", parts[-1]) \
                and "the" not in parts:
            self.leaders.setdefault(parts[-1], side)
        if len(parts) == 2 and re.fullmatch(r"[IVXLC]+", parts[-1]) and parts[0] not in self.words.by_word:
            # "Henry VIII" is also "Henry": a ruler named again by his first name (the first one so named)
            self.leaders.setdefault(parts[0], side)

    def learn(self, text: str) -> None:
        """Learn the leaders ``text`` introduces, and the side each speaks for.

        "<Demonym|Name> <title> <Person Name>" ("Kenyan President Jane Doe"),
        "<Name>'s <title>, <Person Name>", "<Person Name>, <Name>'s <title>",
        "<Person Name>, <Title> of <Name>" and "<Name> <number> of <Name>"
        ("Gustav III of Sweden") tie a person to a side; a ruler introduced by
        a title alone ("King Charles III") is a side of his own.  A leader may
        later be called by the last name alone ("Doe said ..."), a ruler by his
        first name ("Henry" for "Henry VIII").
        """
        for match in self.words.introduction.finditer(text):
            side = self.words.by_word[match.group(1)][0]
            self._add_leader(match.group(2), side)
        words = self.words
        for pattern in (words.possessive_introduction, words.apposed_introduction, words.title_of):
            for match in pattern.finditer(text):
                if pattern is words.possessive_introduction:
                    name = match.group(2)
                else:
                    before = words.name_before.search(text, max(0, match.start() - 80), match.start())
                    if before is None:
                        continue
                    name = before.group(1)
                if name.split()[0] in words.not_person or name in words.by_word:
                    continue    # "In Moscow, the Russian leader ...": no person's name
                side, how = words.by_word[match.group(1)]
                if how in ("name", "demonym"):
                    self._add_leader(name, side)
        for match in (self.words.ruler.finditer(text) if _NUMBER_OF.search(text) else ()):
            side, how = self.words.by_word[match.group(2)]
            if how == "name":
                self._add_leader(match.group(1), side)
        for match in (words.own_side.finditer(text) if words.own_side is not None else ()):
            name = match.group(1)
            before = _LAST_WORD.search(text, max(0, match.start() - 30), match.start())
            if before and before.group(1) in words.by_word:
                # "French King Francis I": his side's word before the title says whose he is
                side, how = words.by_word[before.group(1)]
                if how in ("name", "demonym"):
                    self._add_leader(name, side)
                continue
            if name in self.leaders or name in words.by_word or name.split()[0] in words.not_person \
                    or any(n.endswith(" " + name) for n in self.leaders):
                continue        # already a side's ("Swedish King Ivo", "King Ivo II of Velm"), or no person
            self._add_leader(name, name)    # "King Charles III": a side of his own
        self._seen.clear()
        shared = [seat for seat in self.words.shared_seats if seat in text]
        if shared:
            # a shared seat, in an article that names one of its sides and not the other, is that side's
            named = {self.words.by_word[m.group(1)][0] for m in self.words.pattern.finditer(text)
                     if self.words.by_word[m.group(1)][1] != "seat"}
            for seat in shared:
                sides = [s for s in self.words.shared_seats[seat] if s in named]
                if len(sides) == 1:
                    self._seat_side[seat] = sides[0]
        for name, (side, demonym) in self.words.named_by_demonym.items():
            if name in text:
                self._demonym_side[demonym] = side
        if self.leaders:
            self._learned = _LearnedNames(self.leaders)

    def _inside_name(self, text: str, start: int) -> bool:
        """Whether a side's name at ``start`` ends a longer proper name.

        "Forward UK" is a party and "the Bank of Marnia" a bank, not the
        state; "the Republic of Aldoria", "Jan Petrov of Tessaly" and "on
        Monday Marnia" name the side.
        """
        before = text[:start]
        m = _LAST_WORD_CAPITAL.search(before)
        # a capital opening the sentence may be any word ("Former Aldorian officials"): only one inside counts
        if m and _WORD_BEFORE.search(before, 0, m.start()) and m.group(1).lower() not in self.words.free_before:
            return self.words.pattern.search(m.group(1)) is None     # "Marnia Tessaly" is two sides
        m = _NAME_OF_BEFORE.search(before)
        heads = self.words.name_heads
        return bool(m) and (m.group(1).lower() in heads or m.group(2).lower() in heads)

    def mentions(self, text: str, words: SentenceWords | None = None) -> list[Mention]:
        """Every side mention in ``text``, in order (``words``: the text's words, if the caller has them)."""
        if text in self._seen:
            return self._seen[text]
        out = self._seen[text] = []
        agreement = self.words.agreement
        words = words or SentenceWords(text)
        matches = list(self.words.pattern.finditer(text)) if self.words.gate.may_hold(words) else []
        if self._learned is not None:
            learned = list(self._learned.finditer(text))
            # a learned name wins where it overlaps a shorter shared one ("Ivo Brandt" vs nothing)
            matches = [m for m in matches if not any(l.start() < m.end() and m.start() < l.end()
                                                     and l.end() - l.start() > m.end() - m.start()
                                                     for l in learned)]
            matches += [l for l in learned if not any(m.start() < l.end() and l.start() < m.end()
                                                      and m.end() - m.start() >= l.end() - l.start()
                                                      for m in matches)]
            matches.sort(key=lambda m: m.start())
        for match in matches:
            word = match.group(1)
            if isinstance(match, _Found):
                side, how = self.leaders[word], "leader"
            else:
                side, how = self.words.by_word[word]
                if how == "demonym" and word in self._demonym_side:
                    side = self._demonym_side[word]     # "the Dutch fleet", in an article on the Dutch Republic
                elif how == "seat" and word in self._seat_side:
                    side = self._seat_side[word]
                elif how == "seat" and word in self.words.shared_seats:
                    side = self._sentence_seat(word, matches) or side
            end = match.end()
            if (self.words.place_tail is not None and how != "leader" and end < len(text) - 1
                    and text[end] == " " and text[end + 1].isupper() and match.group(0) == word
                    and self.words.place_tail.match(text, end)):
                continue                # "the Indian Ocean": a place, not a side
            if how in ("name", "seat", "demonym") and self._inside_name(text, match.start()):
                continue                # "Forward UK", "the Bank of Marnia", "Plains Indians": another name
            if how == "seat":
                before = text[max(0, match.start() - 12):match.start()].split()
                if before and before[-1].lower() in _PREPOSITIONS:
                    continue            # "a summit in Velmora": a place, not a government
                if agreement.match(text, match.end()):
                    continue            # "the Velmora Accords": part of a name
            # An all-capital short name ("US") must be written that way.
            out.append(Mention(side, match.start(), match.end(), match.group(0), how))
        if len(out) > 1 and any(m.how == "leader" for m in out):
            # "Gustav III of Sweden": the ruler and the side he rules, one mention of him
            merged: list[Mention] = []
            for m in out:
                prev = merged[-1] if merged else None
                if prev is not None and prev.how == "leader" and m.how == "name" and m.side == prev.side \
                        and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[prev.end:m.start]):
                    merged[-1] = Mention(prev.side, prev.start, m.end, text[prev.start:m.end], "leader")
                else:
                    merged.append(m)
            out = self._seen[text] = merged
        if len(out) > 1:
            # "the Turkish Cypriot leadership", "Bosnian Serb forces": two peoples' words in a row name one
            # community, which is neither side
            joined = {i for i, (a, b) in enumerate(zip(out, out[1:]))
                      if a.how == b.how == "demonym" and a.side != b.side and text[a.end:b.start] == " "}
            if joined:
                out = [m for i, m in enumerate(out) if i not in joined and i - 1 not in joined]
                self._seen[text] = out
        return out


    def _sentence_seat(self, seat: str, matches: list) -> str:
        """The one side sharing ``seat`` that the sentence names too ("the Soviet SS-9 ..., while Moscow
        insisted"), in an article that names more than one of them; "" if it names none or several."""
        named = {self.words.by_word[m.group(1)][0] for m in matches
                 if not isinstance(m, _Found) and self.words.by_word[m.group(1)][1] in ("name", "demonym")}
        sides = [s for s in self.words.shared_seats[seat] if s in named]
        return sides[0] if len(sides) == 1 else ""


class _Found:
    """A learned name found in a text, read as a pattern's match is."""

    __slots__ = ("_start", "_end", "_name", "_text")

    def __init__(self, text: str, start: int, end: int, name: str) -> None:
        self._text, self._start, self._end, self._name = text, start, end, name

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, index: int = 0) -> str:
        return self._name if index == 1 else self._text[self._start:self._end]


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class _LearnedNames:
    """The leaders an article introduced, found as whole names ("Doe", "Doe's").

    A handful of plain names, new for each article: looking each one up costs
    less than compiling them into a pattern.  Where several start at one
    place the longest that ends a word wins, as in a pattern that tries them
    longest first.
    """

    def __init__(self, names: dict[str, str]) -> None:
        self.names = sorted(names, key=len, reverse=True)

    def finditer(self, text: str) -> list[_Found]:
        at: dict[int, list[str]] = {}
        for name in self.names:
            i = text.find(name)
            while i >= 0:
                at.setdefault(i, []).append(name)
                i = text.find(name, i + 1)
        out: list[_Found] = []
        end = 0
        for start in sorted(at):
            if start < end:
                continue
            if start and (_word_char(text[start - 1]) or text[start - 1] in ".-"):
                continue
            for name in at[start]:          # longest first, as the names are sorted
                stop = start + len(name)
                if stop < len(text) and (_word_char(text[stop]) or text[stop] == "-"):
                    continue
                end = stop + 2 if text[stop:stop + 2] in ("'s", "’s") else stop
                out.append(_Found(text, start, end, name))
                break
        return out
