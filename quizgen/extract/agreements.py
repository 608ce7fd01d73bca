"""Named agreements and what "the treaty" or "it" refers back to.

A capitalised name ending in an agreement noun from ``data/predicates.yaml``
("Harbor Accord", "Treaty of Lisbon", "Oslo agreements") names an
agreement; an acronym in brackets after it ("... Treaty (NST)") becomes an
alias, so later mentions of the acronym count as the agreement too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon

_CAP = r"(?:[A-Z][\w’'\-]*(?:[–—][A-Z][\w’'\-]*)?|[A-Z]{2,}[\w\-]*)"   # "Egypt–Israel"
_JOIN = r"(?:of|on|the|for|and|de|du)"


@dataclass(frozen=True)
class AgreementMention:
    name: str             # canonical name used in questions
    start: int
    end: int


class Agreements:
    """Tracks the agreements an article names, for subjects and back-references."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.openers = set(lexicon.language["not_name_openers"])
        self.nouns = {n.lower() for n in lexicon.agreement_nouns}
        self.any_noun = re.compile(r"\b" + lexicon.agreement_noun_re + r"\b", re.I)
        nouns = lexicon.agreement_noun_re
        lower_nouns = nouns.lower()
        # a title goes on through its capitalised words: "... for the Protection of the Ozone Layer",
        # "... on Substances that Deplete the Ozone Layer" (a capitalised verb after "that" is the title's own)
        tail = (r"(?:\s+(?:of|on|for)\s+(?:the\s+)?" + _CAP + r"(?:\s+(?:(?:and|of|for|the)\s+){0,2}" + _CAP + r")*"
                r"(?:\s+(?:that|which|who)\s+" + _CAP + r"(?:\s+(?:(?:and|of|for|the|to)\s+){0,2}" + _CAP + r"){2,})?)")
        self.named = re.compile(
            r"(?:\b" + _CAP + r"\s+(?:" + _JOIN + r"\s+)?)*?(?:\b" + _CAP + r"\s+)(?:" + nouns + r"|" + lower_nouns + r")\b"
            + tail + r"?"
            r"|\b(?:" + nouns + r")" + tail
        )
        self.acronym = re.compile(r"\s*\(([A-Z][A-Za-z\-]*(?:\s+[A-Z][A-Za-z\-]*)*)\)")
        anaphora = lexicon.language["anaphora"]
        self.back_reference = re.compile(
            r"\b(?:the\s+(?:\d{4}\s+)?(?:" + lower_nouns + r")|"
            + "|".join(re.escape(a) for a in anaphora if " " not in a) + r")\b",
            re.IGNORECASE,
        )
        # "the treaty", "the 1987 agreement": safe to name in brackets ("it" may be a dummy subject)
        self.definite_reference = re.compile(r"\b[Tt]he\s+(?:\d{4}\s+)?(?:" + lower_nouns + r")\b")
        self.aliases: dict[str, str] = {}
        self.last: str | None = None
        self.seen: list[str] = []           # agreements named so far, most recent last
        self.generic = set(lexicon.language.get("generic_agreement_nouns", ["agreement", "agreements", "deal"]))
        # "the Treaty of Paris that Great Britain signed": a side after "that" is the clause's subject
        self.lexicon = lexicon

    def find(self, sentence: str) -> list[AgreementMention]:
        """Named agreements in ``sentence``; learns acronyms as it goes."""
        out: list[AgreementMention] = []
        names = self.named.finditer(sentence) if self.any_noun.search(sentence) else ()
        for match in names:
            name = self._clean(match.group(0))
            relative = re.search(r"\s+(?:that|which|who)\s+(\S+)", name)
            if relative and relative.group(1) in self.lexicon.cached("side_first_words", _side_first_words):
                name = name[:relative.start()]
            if not name or name.split()[0].lower() in {"a", "an"}:
                continue
            if all(word.lower() in self.nouns for word in name.split()):
                continue        # "The treaty ...": a reference back, not a name
            acronym = self.acronym.match(sentence, match.end())
            if acronym:
                self.aliases[acronym.group(1)] = name
            start = match.start() + match.group(0).find(name)
            out.append(AgreementMention(self.canonical(name), start, start + len(name)))
        for alias in self.aliases:
            for match in re.finditer(r"(?<![\w(])" + re.escape(alias) + r"(?![\w)])", sentence):
                if not any(m.start <= match.start() < m.end for m in out):
                    out.append(AgreementMention(alias, match.start(), match.end()))
        out.sort(key=lambda m: m.start)
        return out

    def canonical(self, name: str) -> str:
        """One name per agreement: the short form the article defined, if any.

        "New Strategic Arms Reduction Treaty (NST)", later "NST" and "the NST
        treaty" are all "NST".
        """
        for alias, full in self.aliases.items():
            if name == full or re.fullmatch(re.escape(alias) + r"\s+\w+", name):
                return alias
        return name

    def resolve(self, sentence: str, mentions: list[AgreementMention], position: int) -> str | None:
        """The agreement a fact at ``position`` in ``sentence`` is about, if any."""
        if mentions:
            before = [m for m in mentions if m.start <= position]
            return (before[-1] if before else mentions[0]).name
        return self.referred(sentence)

    def referred(self, sentence: str) -> str | None:
        """The agreement "the treaty" or "it" in ``sentence`` stands for, if that is clear.

        "The treaty" means the last named agreement whose name has that noun
        ("the Treaty of X", not "the Act of Y"); "it" the last one named.
        """
        m = self.back_reference.search(sentence)
        if not m or not self.seen:
            return None
        words = m.group(0).lower().split()
        if words[0] != "the" or words[-1] in self.generic:
            return self.seen[-1]        # "it", "the agreement": the one last named
        noun = words[-1].rstrip("s")
        for name in reversed(self.seen):
            if noun in {w.rstrip("s") for w in name.lower().split()}:
                return name
        return None

    def remember(self, mentions: list[AgreementMention]) -> None:
        for m in mentions:
            if m.name in self.seen:
                self.seen.remove(m.name)
            self.seen.append(m.name)
        if mentions:
            self.last = mentions[-1].name

    def _clean(self, name: str) -> str:
        """Drop sentence-opening words that are not part of the name ("While", "The")."""
        words = name.split()
        while words and words[0] in self.openers:
            words = words[1:]
        return " ".join(words)

    def display(self, name: str) -> str:
        """How a name reads inside a question: "the Harbor Accord", "New START"."""
        if name in self.aliases or re.fullmatch(r"(?:New\s+)?[A-Z]{2,}[\w\-]*", name):
            return name
        return name if name.lower().startswith("the ") else "the " + name


def _side_first_words(lexicon: Lexicon) -> set[str]:
    """The first word of every side's names: "Great" of "Great Britain"."""
    return {n.split()[0] for side in lexicon.sides for n in [side.name, *side.names, *side.demonyms] if n.split()}
