"""Institutions named once in full and then by their kind alone.

A court's release or an agency's report names a body once ("the Velmoran
Court of Appeal", "the Harbour Council") and then says "the Court", "the
Council".  A bare "the Court" is that body when the article has named
exactly one court before it: the questions print it in brackets, as they do
an agreement's name after "the treaty".  Two courts named, or none yet, and
it stays bare (and the check holds it).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .lexicon import Lexicon, SentenceWords, WordGate, alternation


@functools.lru_cache(maxsize=8)
def bare_institution_re(bodies: tuple[str, ...], months: tuple[str, ...] = ()) -> re.Pattern:
    """"the Council", "the Union's": a body named by its kind alone, "the" right before it.

    A word between them names it ("the Harbour Council"), and so does what
    follows: a gloss, a complement ("the Council of Velmora", "the Union
    between Aldoria and Marnia") or a name ("the Assembly Velcon").  "on",
    "in" or "by" before a date or a blank dates the verb, it names nothing.
    The noun is the group ``head``.
    """
    timed = r"(?:\d|_|(?:" + alternation(list(months)) + r")\b)" if months else r"(?:\d|_)"
    said_after = (r"(?![\-’'](?![sS]\b))(?!\s*\(|\s+(?:of|over|between|with|to|against|for\s+the)\b"
                  r"|\s+(?:on|in|by|at)\b(?!\s+" + timed + r")|\s+[A-Z])")
    return re.compile(r"\b[Tt]he\s+(?P<head>" + alternation(list(bodies)) + r")\b" + said_after)


@functools.lru_cache(maxsize=8)
def body_name_re(bodies: tuple[str, ...], not_names: tuple[str, ...] = ()) -> re.Pattern:
    """"the Harbour Council", "the Court of Appeal of Velmora": a body's name after "the" (group ``name``,
    its noun ``head``).  Capitalised words before the noun, a complement of capitalised words after it,
    or both; no word of a name is a sentence opener, a month or a weekday ("the Council on Monday").
    A match with neither (``pre`` and ``post`` empty) is the bare noun, no name."""
    not_name = r"(?!(?:" + alternation(list(not_names)) + r")\b)" if not_names else ""
    cap = not_name + r"[A-Z][\w\-]*(?![\w\-]|[’'][sS]?\b)"
    post = (r"\s+(?:of|on|for)\s+(?:the\s+)?" + cap
            + r"(?:\s+(?:(?:of|on|for)\s+(?:the\s+)?|and\s+)?" + cap + r")*")
    return re.compile(r"(?<![\w\-])[Tt]he\s+(?P<name>(?P<pre>(?:" + cap + r"\s+){0,4})(?P<head>"
                      + alternation(list(bodies)) + r")(?![\w\-’'])(?P<post>" + post + r")?)")


_OF_BEFORE = re.compile(r"(?<![\w\-])of\s+$")


def body_names(text: str, pattern: re.Pattern) -> list[re.Match[str]]:
    """The bodies ``text`` names in full (matches of ``body_name_re`` with words besides the noun)."""
    return [m for m in pattern.finditer(text) if m.group("pre") or m.group("post")]


def owner_only(text: str, name: re.Match[str]) -> bool:
    """"the President of the Harbour Council", "a judge of the Velmoran Court": a body named only as
    whose an office or a part is, not as one that acts; the article's bare "the Council" may be another."""
    return _OF_BEFORE.search(text, max(0, name.start() - 8), name.start()) is not None


def same_body(a: str, b: str) -> bool:
    """"Supreme Court" and "Velmoran Supreme Court", "Court of Appeal" and "Court of Appeal of Velmora":
    one name runs on from the other's words, at either end — the same body."""
    x, y = sorted((a.split(), b.split()), key=len)
    return y[:len(x)] == x or y[len(y) - len(x):] == x


def one_body(mentions: Sequence[tuple[str, bool]]) -> str:
    """The one body ``mentions`` ((name, named as an actor) pairs) are all of, by its longest name, when at
    least one of them names it as an actor; "" when they name several bodies or only whose something is."""
    groups: list[list] = []     # [longest name, named as an actor]
    for name, actor in mentions:
        group = next((g for g in groups if same_body(name, g[0])), None)
        if group is None:
            groups.append([name, actor])
        else:
            group[0] = max(group[0], name, key=len)
            group[1] = group[1] or actor
    return groups[0][0] if len(groups) == 1 and groups[0][1] else ""


def named_before(text: str, head: str, pattern: re.Pattern) -> str:
    """The one body with the noun ``head`` that ``text`` names in full ("the Velmoran Court of Appeal
    ruled ..." or a gloss "the Court (the Velmoran Court of Appeal)"), or ""."""
    if head not in text:
        return ""
    return one_body([(m.group("name"), not owner_only(text, m)) for m in body_names(text, pattern)
                     if m.group("head") == head])


class _BodyWords:
    """The patterns bodies are found with, made once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        nouns = tuple(language.get("institution_nouns", []))
        # "the committee" in lower case refers back as "the Committee" does: one noun, either case
        lower = tuple(n.lower() for n in nouns)
        self.head_of = {n.lower(): n for n in nouns}
        self.gate = WordGate(nouns + lower) if nouns else None
        months = tuple(language.get("months", []))
        self.bare = bare_institution_re(nouns + lower, months) if nouns else None
        self.name = body_name_re(nouns, body_not_names(language)) if nouns else None
        # "an Arbitral Tribunal": a body of the kind that the article does not name
        self.unnamed = re.compile(r"(?<![\w\-])(?:[Aa]n?|[Aa]nother)\s+(?:[A-Z][\w\-]*\s+){0,4}(?P<head>"
                                  + alternation(list(nouns)) + r")(?![\w\-])") if nouns else None
        # "the National Assembly", "the Supreme Court": a kind many states have, which names no one body
        self.generic = {w.lower() for w in language.get("generic_body_words", [])} | {"the"}
        # "the State of the Union", "the Rules of the Court": a set phrase's own noun, not the body
        self.in_phrase = re.compile(r"[A-Z][\w\-]*\s+of\s+$")
        # what may follow "the Court" when it stands alone: a verb, an adverb, a small word; another
        # lower-case word makes it a modifier ("the Court building")
        small = [w for key in ("auxiliaries", "modal_verbs", "copulas", "irregular_past", "defining_words",
                               "noun_phrase_ends", "body_followers") for w in language.get(key, [])]
        self.follower = re.compile(r"\s*(?:[^\w\s]|$|[a-z][\w\-]*(?:ed|[^s]s|ly)\b"
                                   + (r"|(?:" + alternation(small) + r")\b" if small else "") + r")")


def body_not_names(language: dict) -> tuple[str, ...]:
    """The capitalised words no body's name has: sentence openers, months, weekdays."""
    return tuple(language.get("not_name_openers", []) + language.get("months", []) + language.get("weekdays", []))


class Bodies:
    """The institutions one article names in full, learnt sentence by sentence, by their noun."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.words = lexicon.cached("institution_bodies", _BodyWords)
        self.mentions: dict[str, list[tuple[str, bool]]] = {}
        self.unnamed: set[str] = set()      # the nouns of bodies the article speaks of without a name
        # most sentences hold no institution noun: ruled out with a set lookup before any pattern runs
        self.may_hold = self.words.gate.may_hold if self.words.gate is not None else (lambda words: False)

    def learn(self, text: str) -> None:
        """Remember the bodies ``text`` (a title, say) names in full."""
        if self.words.name is not None:
            for m in body_names(text, self.words.name):
                self._add(m.group("head"), (m.group("name"), not owner_only(text, m)))

    def _add(self, head: str, mention: tuple[str, bool]) -> None:
        mentions = self.mentions.setdefault(head, [])
        if mention not in mentions:
            mentions.append(mention)

    def referents(self, sentence: str, words: SentenceWords, named: Sequence = ()) -> list[list]:
        """The bare "the Court"s of ``sentence`` that say which body, each noun's first one: [start, end, "the
        <name>"] for the questions to print the name after it.  Learns the bodies the sentence names.

        A noun gets a name only when the article, up to and with this sentence, names one body of that
        kind, as one that acts, and speaks of no other ("an arbitral Tribunal"); not where the sentence
        has named it before (the question prints it), nor before a possessive ("the Court's ruling") or a
        noun it modifies ("the Court building"), nor inside an agreement's name.
        """
        w = self.words
        if not self.may_hold(words):
            return []
        spans = [(m.start, m.end) for m in named]
        found = [m for m in body_names(sentence, w.name)
                 if not any(s < m.end() and m.start() < e for s, e in spans)]
        mentions = [(m.group("head"), (m.group("name"), not owner_only(sentence, m))) for m in found]
        unnamed = {m.group("head") for m in w.unnamed.finditer(sentence)}
        out: list[list] = []
        done: set[str] = set()
        for bare in w.bare.finditer(sentence):
            head = w.head_of.get(bare.group("head").lower(), bare.group("head"))
            if head in done or any(s <= bare.start() < e for s, e in spans):
                continue
            if w.in_phrase.search(sentence, 0, bare.start()) or not w.follower.match(sentence, bare.end()) \
                    or re.match(r"[’']", sentence[bare.end():]):
                continue
            done.add(head)
            if head in self.unnamed or head in unnamed or named_before(sentence[:bare.start()], head, w.name):
                continue        # another body of the kind, or "The Velmoran Court ... the Court": said already
            name = one_body(self.mentions.get(head, []) + [m for h, m in mentions if h == head])
            if name and all(word.lower() in w.generic for word in name.split()[:-1]):
                continue        # "The Assembly (the National Assembly)": whose assembly, the gloss does not say
            if name:
                out.append([bare.start(), bare.end(), "the " + name])
        for head, mention in mentions:
            self._add(head, mention)
        self.unnamed |= unnamed
        return out
