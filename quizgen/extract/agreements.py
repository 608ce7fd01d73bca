"""Named agreements and what "the treaty" or "it" refers back to.

A capitalised name ending in an agreement noun from ``data/predicates.yaml``
("Harbor Accord", "Treaty of Velmora", "Port Sable agreements") names an
agreement; an acronym in brackets after it ("... Treaty (NST)") becomes an
alias, so later mentions of the acronym count as the agreement too.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import Lexicon, SentenceWords, WordGate, alternation

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"      # a capital, "É" and "Ø" too: "the Élysée Treaty", "the Treaty of Øresund"
_CAP = r"(?:[" + _UP + r"][\w’'\-]*(?:[–—][" + _UP + r"][\w’'\-]*)?)"   # "Marnia–Tessaly"
_JOIN = r"(?:of|on|the|for|and|de|du)"
# "The Agreement Governing ... on the Moon ... — the Moon Agreement to its friends — was adopted": a name
# that opens an aside between dashes, right after another that shares a word of its own, is its second name
_DASH_ALIAS = re.compile(r"\s*[—–]\s*(?:the\s+)?")
_ASIDE_CLOSES = re.compile(r"[^—–()]*?\s[—–]\s")
_QUOTE_OPENS = re.compile(r"[\"“](?:(?:A|An|The)\s+)?$")      # '"A Charter ...' opens a quoted title
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")
_ON_FOR_OF = re.compile(r"\s(?:on|for|of)\s")
_ON_FOR = re.compile(r"\s(?:on|for)\s")
_CAPITALS = re.compile(r"[A-Z]{2,}")
_SHORT_NAME = re.compile(r"(?:New\s+)?[A-Z]{2,}[\w\-]*")              # "TAFA", "New REEF"
_RELATIVE = re.compile(r"\s+(?:that|which|who)\s+(\S+)")


@dataclass(frozen=True)
class AgreementMention:
    name: str             # canonical name used in questions
    start: int
    end: int


class _AgreementWords:
    """The patterns and word lists every article's agreements are found with, made once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.openers = set(lexicon.language["not_name_openers"])
        # "Why the Velmora Accord Failed": a question word or an auxiliary is no word of a name
        self.not_name_words = set(lexicon.language.get("not_name_words", []))
        self.nouns = {n.lower() for n in lexicon.agreement_nouns}
        # "signed a border treaty", "ratified another accord": an agreement the sentence does not name
        self.unnamed_signed = re.compile(
            r"\b(?:" + alternation(lexicon.data["predicates"]["party_verbs"], wildcard=True) + r")\s+"
            r"(?:[a-z]+\s+){0,2}?(?:an?|another)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:"
            + alternation(sorted(self.nouns)) + r")\b")
        # "It was the Treaty of Velm. Signed on 21 July 1718 by ...": a sentence that opens with the participle of
        # a party's verb has no subject of its own; it goes on about the one agreement the sentence before named
        self.participle_opening = re.compile(
            r"(?:" + alternation(lexicon.data["predicates"]["party_verbs"], wildcard=True) + r")\s+(?:on|in|at|by)\b",
            re.IGNORECASE)
        # "The Anglo-Dutch Treaty, also called the Treaty of London": the words between two names of one agreement
        links = lexicon.language.get("alias_links", [])
        self.alias_link = (re.compile(r"(?:\s+of\s+\d{4})?,?\s+(?:" + alternation(links) + r")\s+(?:the\s+)?")
                           if links else None)
        # "the Peace of Velm": a word that heads an agreement's name only with "of" and a place after it
        of_heads = [str(h) for h in lexicon.data["predicates"].get("agreement_heads_before_of", [])]
        self.of_heads = {h.lower() for h in of_heads}
        self.any_noun = re.compile(r"\b(?:" + lexicon.agreement_noun_re
                                   + (r"|" + alternation(of_heads) if of_heads else "") + r")\b", re.I)
        self.noun_words = WordGate(lexicon.agreement_nouns + of_heads, ignore_case=True)
        # an agreement a sentence names by its year alone: "the Convention of 1818"
        self.unnamed_agreement = re.compile(r"\b[Tt]he\s+(?:" + lexicon.agreement_noun_re + r")\s+of\s+\d{4}\b", re.I)
        nouns = lexicon.agreement_noun_re
        lower_nouns = nouns.lower()
        # a title goes on through its capitalised words: "... for the Care of the Upper Wetlands",
        # "... on Vessels that Foul the Coastal Shelf" (a capitalised verb after "that" is the title's own)
        # ... but not through a day or a month: "the Velmora Accord on Tuesday", "the Pact of March 1815"
        calendar = [w for key in ("weekdays", "months") for w in lexicon.language.get(key, [])]
        not_date = r"(?!" + alternation(calendar) + r"\b)" if calendar else ""
        # ... and through a title's own capitalised link: "Treaty Concerning the Frontier", "Convention
        # Relating to the Status of Refugees"; a capitalised participle is one too, and "on", "in" and "to"
        # after it join the title's words: "Agreement Governing the Activities of States on the Moon"
        participle = (r"\s+[A-Z][a-z]{2,}ing\s+(?:the\s+|an?\s+)?" + not_date + _CAP
                      + r"(?:\s+(?:(?:and|of|for|the|an|on|in|to)\s+){0,2}" + not_date + _CAP + r")*")
        tail = (r"(?:" + participle + r"|\s+(?:of|on|for|Concerning|Regarding|Respecting|Relating\s+to|Relative\s+to)\s+"
                r"(?:the\s+|an?\s+(?=[" + _UP + r"]))?" + not_date + _CAP
                # ("the Treaty of Medina del Campo": a place's small word between its capitalised ones)
                + r"(?:\s+(?:(?:and|of|for|the|an|del|de|la|da|di|du|des|von|van|der)\s+){0,2}" + _CAP
                # "the Convention on Access to Information, ...": a title's "to" between two capitalised words,
                # when what follows goes on with the title or is the sentence's verb ("to Parliament in 1998" is not)
                + r"|\s+to\s+(?:the\s+)?" + _CAP + r"(?=\s*,\s+" + _CAP + r"|\s+and\s+" + _CAP
                + r"|\s+(?:was|were|is|has|had|entered|came)\b)"
                + r")*"
                r"(?:\s+(?:that|which|who)\s+" + _CAP + r"(?:\s+(?:(?:and|of|for|the|to)\s+){0,2}" + _CAP + r"){2,})?)")
        ordinals = [w.capitalize() for w in lexicon.language.get("ordinal_numbers", {})]
        ordinal = r"(?:(?:" + alternation(ordinals) + r")\s+)?" if ordinals else ""
        self.named = re.compile(
            # ("the Korean Armistice Agreement": a noun after the first goes on with the title)
            r"(?:\b" + _CAP + r"\s+(?:" + _JOIN + r"\s+)?)*?(?:\b" + _CAP + r"\s+)(?:" + nouns + r"|" + lower_nouns + r")"
            r"(?:\s+(?:" + nouns + r"))*\b"
            + tail + r"?"
            r"|\b(?:" + nouns + r")" + tail
            + r"|\b(?:" + nouns + r")(?=\s+between\s+(?:the\s+)?[A-Z])"     # "Agreement between A and B on ..."
            # ("the Second Peace of Velm": an ordinal before the head is the name's, and tells two peaces apart)
            + (r"|\b" + ordinal + r"(?:" + alternation(of_heads) + r")(?=\s+of\s+(?:the\s+)?[A-Z])" + tail
               if of_heads else "")
        )
        # "Treaty of Peace between the Republic of A and B": a title of common words goes on through its parties,
        # which say which treaty it is; a party is a capitalised phrase ("the Kingdom of B"), never a date
        party = r"(?:the\s+)?" + not_date + _CAP + r"(?:\s+(?:(?:of|the|for)\s+){0,2}" + not_date + _CAP + r")*"
        # ("between the Government of the United Kingdom of Great Britain and Northern Ireland and the Government
        # of B": a party's own name may hold an "and", so the list takes every "and" that goes on with a capital)
        self.between = re.compile(r"\s+between\s+(" + party + r"(?:,\s+" + party + r")*(?:,?\s+and\s+" + party + r")+)"
                                  + tail + r"?")
        # "Treaty on Conventional Forces in Aldoria (CFA)": "in" and a place go on in a title that has an acronym
        # for them; without one, "signed the Treaty on X in Y" is a place of signing
        self.in_place = re.compile(r"\s+in\s+(?:the\s+)?" + not_date + _CAP + r"(?:\s+(?:(?:and|of|for|the)\s+){0,2}"
                                   + not_date + _CAP + r")*(?=\s*\([A-Z]{2,}\))")
        # "Final Act of the Congress on Trade and Navigation in Aldoria (CTNA)": a title that runs on through
        # "on", "and", "in" to an acronym in brackets whose letters need the words after "and"
        self.and_run_on = re.compile(r"(?:\s+(?:(?:on|of|for|in|and|the)\s+){1,2}" + not_date + _CAP + r")+"
                                     r"(?=\s*\([A-Z]{2,}\))")
        # "Convention on the Banning of the Making, Sale and Use of Sea Mines": a title's list of capitalised
        # nouns, joined by commas and "and", that an "of" or "on" and more capitalised words go on after
        self.list_run_on = re.compile(r"(?:,\s+" + _CAP + r"){1,6},?\s+and\s+" + _CAP
                                      + r"(?:\s+(?:of|on|for)\s+(?:the\s+)?" + not_date + _CAP
                                      + r"(?:\s+(?:(?:and|of|on|for|the|their|its)\s+){0,3}" + not_date + _CAP + r")*)")
        # "Convention on Persia, Afghanistan and Tibet": the list ends the title, a lower-case word or a stop after it
        self.list_end = re.compile(r"(?:,\s+" + not_date + _CAP + r"){1,4},?\s+and\s+" + not_date + _CAP
                                   + r"(?=\s+[a-z]|\s*[.,;:)]|$)")
        # "the Treaties of Tartu, Moscow and Riga": a plural title's places listed after its "of"
        plurals = [str(h) for h in lexicon.data["predicates"].get("plural_agreement_heads", [])]
        self.plural_of = re.compile(r"(?:.*\s)?(?:" + alternation(sorted({p.capitalize() for p in plurals}))
                                    + r")\s+of\s+" if plurals else r"(?!x)x")
        self.place_list = re.compile(r"(?:,\s+" + _CAP + r"(?:\s+" + _CAP + r")?){0,6},?\s+and\s+" + _CAP
                                     + r"(?:\s+" + _CAP + r")?")
        verbs = [w for key in ("object_verbs", "vote_verbs") for w in lexicon.language.get(key, [])]
        self.treaty_verb = re.compile(r"\b(?:" + alternation(verbs) + r")\s+$" if verbs else r"(?!x)x")
        # "who passed it to Greece": a vote's verb with a recipient after "it" hands a thing over, no bill
        votes = lexicon.language.get("vote_verbs", [])
        self.handed_over = re.compile(r"\b(?:" + alternation(votes) + r")\s+$" if votes else r"(?!x)x")
        # "in" and a place after a title that is no treaty verb's object: the title's own place, when
        # what follows is the clause's verb or a clause about the title ("..., which entered into force")
        self.in_region = re.compile(r"\s+in\s+(?:(?:the|an?)\s+)?" + not_date + _CAP + r"(?:\s+(?:(?:and|of|the)\s+){0,2}"
                                    + not_date + _CAP + r")*")
        self.verb_before = re.compile(r"\b(?:" + alternation(verbs) + r")\s+(?:the\s+)?$" if verbs else r"(?!x)x",
                                      re.I)
        finite = [w for key in ("auxiliaries", "modal_verbs") for w in lexicon.language.get(key, [])]
        self.place_ends_subject = re.compile(r"\s+(?:" + alternation(finite) + r")\b|,\s+(?:which|that)\b"
                                             if finite else r"(?!x)x")
        self.acronym = re.compile(r"\s*\(([A-Z][A-Za-z\-]*(?:\s+[A-Z][A-Za-z\-]*)*)\)")
        anaphora = lexicon.language["anaphora"]
        self.back_reference = re.compile(
            r"\b(?:the\s+(?:\d{4}\s+)?(?:" + lower_nouns + r")|"
            + "|".join(re.escape(a) for a in anaphora if " " not in a) + r")\b",
            re.IGNORECASE,
        )
        # "the treaty", "the 1994 agreement": safe to name in brackets ("it" may be a dummy subject)
        self.definite_reference = re.compile(r"\b[Tt]he\s+(?:\d{4}\s+)?(?:" + lower_nouns + r")\b")
        self.plural_heads = frozenset(str(w).lower() for w in lexicon.data["predicates"].get("plural_agreement_heads", []))
        self.lower_noun_words = WordGate([n.lower() for n in lexicon.agreement_nouns])
        # "the Convention" of a treaty's own text, its noun capitalised, with nothing after it that names one
        # ("the Convention on Reefs", "the Treaty Ports", "the Convention (CR)"): the same reference
        self.capital_reference = re.compile(r"\b[Tt]he\s+(?:" + nouns + r")\b(?![\-’'])(?!\s*\(|\s+(?:of|on|for|"
                                            r"between|in|to)\s+(?:the\s+)?[A-Z]|\s+[A-Z0-9])")
        # "The X Treaty ...", "Under the X Treaty, ...": not "Alongside the X Treaty, the Y ..." (another subject)
        openers = lexicon.language.get("topic_openers", [])
        self.topic_opener = re.compile(r"(?:(?:" + alternation(openers) + r")\s+)?" if openers else r"")
        self.opening = re.compile(r"(?:(?:" + alternation(openers) + r")\s+)?(?:(?:[Tt]he|[Aa]n?)\s+)?" if openers
                                  else r"(?:(?:[Tt]he|[Aa]n?)\s+)?")
        # "The first part is a treaty, the X Treaty, ...", "Its basis was the X Treaty": the agreement the
        # sentence's subject is said to be, right after the verb or in apposition to its complement
        copulas = lexicon.language.get("copulas", [])
        self.copula_before = re.compile(r"\b(?:" + alternation(copulas) + r")\s+(?:(?:a|an|the)\s+[\w\-]+(?:\s+[\w\-]+)?,\s+)?"
                                        r"(?:the\s+)?$") if copulas else re.compile(r"(?!x)x")
        self.generic = set(lexicon.language.get("generic_agreement_nouns", ["agreement", "agreements", "deal"]))
        # "Marnia and Tessaly serve as custodians": a lower-case noun that is also a verb, followed by
        # what a verb takes ("as", "to", an object), ends no name when no article stands before the name
        self.verb_after = re.compile(r"\s+(?:" + "|".join(map(re.escape, lexicon.language.get("verb_complements", [])))
                                     + r")\b") if lexicon.language.get("verb_complements") else None
        # "the Velm Treaty and the Minister's visit", "... and the President": a name does not go on through
        # "and the" to a possessive or an office; and the Velm Treaty's own "'s" is no part of its name
        offices = lexicon.language.get("office_titles", [])
        # ("and the People's Republic of China" goes on: a possessive that a capitalised word follows is a name's)
        self.and_office = re.compile(r"\s+and\s+the\s+(?:\S+[’']s\b(?!\s+[" + _UP + r"])|(?:" + alternation(offices)
                                     + r")\b(?![’'\-]))" if offices else r"\s+and\s+the\s+\S+[’']s\b(?!\s+[" + _UP + r"])")
        # "the Minister for Velm Treaty Negotiations": a portfolio, no agreement; so is a name that a
        # capitalised plural noun goes on ("Velm Treaty Settlements", "the Treaty of Velm Affairs")
        leads = lexicon.language.get("portfolio_leads", [])
        self.portfolio_before = re.compile(r"\b(?:" + alternation(leads) + r")\s+(?:the\s+)?$") if leads else None
        plurals = lexicon.language.get("name_continuing_plurals", [])
        self.continuing_plural = re.compile(r"(?:^|\s)(?:" + alternation(plurals) + r")$") if plurals else None
        self.continuing_after = re.compile(r"\s+(?:" + alternation(plurals) + r")\b") if plurals else None
        # "the Velm Treaty Act", "the Velm Convention Implementation Act": a law named after the agreement
        laws = [n for n in lexicon.data["predicates"].get("domestic_instrument_nouns", []) if n[:1].isupper()]
        law_words = lexicon.data["predicates"].get("law_title_words", [])
        self.law_after = (re.compile((r"(?:\s+(?:" + alternation(law_words) + r"))?" if law_words else "")
                                     + r"\s+(?:" + alternation(laws) + r")\b(?![’'\-])") if laws else None)
        self.determiner_before = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+$|[’']s\s+$", re.I)
        # "by members of the Coastal League and the former Hill Compact": a name after "former" or "members of" (or in
        # a list after them) is a party or a description, not the agreement the sentence is about
        markers = lexicon.language.get("party_markers", [])
        self.party_before = re.compile(
            r"\b(?:" + "|".join(map(re.escape, markers)) + r")\s+(?:(?:the|and|or|[" + _UP + r"][\w’'\-]*),?\s+)*$") \
            if markers else None
        # "the Convention implementing the Velm Agreement": the name is the instrument's, opened by its noun
        links = lexicon.language.get("instrument_links", [])
        self.instrument_before = re.compile(
            r"((?:\b[" + _UP + r"][\w’'\-]*\s+){0,3}\b(?:" + nouns + r"|" + lower_nouns + r"))\s+(?:"
            + alternation(links) + r")\s+(?:the\s+)?$") if links else None
        self.link_words = WordGate(links) if links else None
        # "the Sea Protocol to the Velm Treaty", "A Framework for the Conclusion of a Peace Treaty": an
        # instrument that says whose it is, with its own dates; the agreement it names after the link is not it
        dependents = lexicon.language.get("dependent_instrument_nouns", [])
        dependent_links = lexicon.language.get("dependent_instrument_links", [])
        self.dependent_before = re.compile(
            r"((?:\b[" + _UP + r"][\w’'\-]*\s+){0,3}\b(?:" + alternation(dependents) + r")"
            # "the Protocol of 2014 to the Velm Convention": its year as its name's own
            r"(?:\s+of\s+\d{4})?"
            r"(?:\s+(?:on|for|concerning)\s+(?:the\s+)?[" + _UP + r"][\w’'\-]*(?:\s+(?:(?:and|of|for|the|in)\s+){0,2}"
            r"[" + _UP + r"][\w’'\-]*)*)?)\s+(?i:" + alternation(dependent_links) + r")\s+$") \
            if dependents and dependent_links else None
        self.dependent_words = WordGate(dependents) if dependents else None
        self.dependent_nouns = {n.lower() for n in dependents}
        # "Protocol II", "the Additional Protocol": an instrument named only within its parent agreement
        self.parent_needing = {n.lower() for n in lexicon.language.get("parent_needing_nouns", [])}
        # "A, B and C have ratified the Treaty of Peace": each party's own act, so the list is not all its parties
        per_party = [w for e in lexicon.predicates if e.get("per_party") for w in e.get("words", [])]
        self.per_party_verb = re.compile(r"\b" + alternation(per_party, wildcard=True) + r"\b", re.I) \
            if per_party else re.compile(r"(?!x)x")
        # "the Aldoria–Marnia peace treaty": two known sides joined by a dash, then a lower-case agreement
        # phrase, after "the", name one agreement; "the Aldoria–Marnia talks" (no agreement noun) names none
        side_names = [n for side in lexicon.sides for n in [side.name, *side.names] if n]
        modifiers = lexicon.language.get("side_pair_not_modifiers", [])
        not_modifier = r"(?!(?:" + alternation(modifiers) + r")\b)" if modifiers else ""
        # ... and so do a known side and another capitalised name ("the Aldoria–Velcon trade pact"): one is enough
        # to show the dash joins two parties, not a place and its district
        one = r"(?:" + alternation(side_names) + r"(?![\w’'])|[A-Z][\w’']*)" if side_names else ""
        self.side_pair = re.compile(
            r"\b[Tt]he\s+((" + one + r")\s*[–—\-]\s*(" + one + r")"
            r"\s+(?:" + not_modifier + r"[a-z][a-z\-]*\s+){0,2}?(?:" + lower_nouns + r"))\b(?![’'\-])") \
            if side_names else None
        self.side_pair_names = set(side_names)
        # "the Treaty of Velmora that Upper Aldoria signed": a side after "that" is the clause's subject
        self.lexicon = lexicon
        self.clause_openers = set(lexicon.language.get("clause_openers", []))
        self.finite = {w for key in ("auxiliaries", "modal_verbs", "irregular_past") for w in lexicon.language.get(key, [])}


class Agreements:
    """Tracks the agreements an article names, for subjects and back-references."""

    def __init__(self, lexicon: Lexicon, text: str = "") -> None:
        # the lexicon's patterns and word lists, compiled once for every article, as attributes of this one
        vars(self).update(vars(lexicon.cached("agreement_words", _AgreementWords)))
        self.text = text            # the whole article: its acronyms may show a title goes on
        self._article_acronyms: set[str] | None = None
        self.shorts: dict[str, str] = {}    # a name with its parties -> its short form ("the A–B Treaty of Peace")
        self._sides = None
        self.aliases: dict[str, str] = {}
        # "the Treaty of Lisbon" and "the Lisbon Treaty": one agreement, by the form the article wrote first
        self.place_forms: dict[tuple[str, str], str] = {}
        # "the Anglo-Dutch Treaty, also called the Treaty of London": the second name for the first
        self.same_as: dict[str, str] = {}
        self._with_the: dict[str, bool] = {}    # acronym -> whether the article says "the" before it
        self.title: str | None = None       # a formal name the article's title gives ("Treaty of Velmora")
        self.part_acronyms: set[str] = set()   # titles whose bracketed acronym names only a part of them
        self.dependent_heads: dict[str, str] = {}  # "Sea Protocol to the Velm Treaty" -> "Sea Protocol"
        self.last: str | None = None
        self.seen: list[str] = []           # agreements named so far, most recent last
        self.previous: list[str] = []       # agreements named in the sentence before
        # the agreement the sentence before is about: named as its subject ("The X Treaty replaced ...") or
        # referred to by it ("It replaced the Y Treaty, which ..."), else None
        self.previous_topic: str | None = None
        self.previous_text = ""             # the sentence before, for what a sentence-opening "It" may mean
        # the article's own agreement, when the place a sentence gave made it what that sentence's "the convention"
        # meant: the next sentence's means it too
        self.referred_now: str | None = None
        self.previous_referred: str | None = None
        # what the sentence's "it" meant, when the sentence names no agreement: the next sentence's "it" goes on
        # meaning it ("X was adopted ... . It was opened ... . Under Article 19, it entered into force ...")
        self.it_now: str | None = None
        self.previous_it: str | None = None
        # the sentences since the last that named an agreement (at most three), most recent last: what an
        # "It" may mean when the sentence right before names nothing ("When did the war end? ... No. It ended ...")
        self.recent_texts: list[str] = []
        self.office_in = ""     # the last sentence with an office's title holding an agreement's name
        self.years: dict[str, set[str]] = {}    # the years the sentences naming an agreement give
        self.places: dict[str, set[str]] = {}   # the places ("in Velm", "at Velm") the sentences naming one give
        self.main: str | None = None        # the article's own agreement (its title or first sentence)
        # the dates the article gives a named agreement's events: {"Velm Treaty": {"signed": {"1990-05-03"}}}
        self.event_dates: dict[str, dict[str, set[str]]] = {}
        # a sentence whose "the agreement signed on D" is another agreement than any named before: no referent
        self.other_in = ""
        # in a glossary's entry, "it" is the entry's own term ("Back channel. ... It broke the deadlock")
        self.own_topic = False

    def find(self, sentence: str, words: SentenceWords | None = None) -> list[AgreementMention]:
        """Named agreements in ``sentence``; learns acronyms as it goes.

        ``words`` are the sentence's words, if the caller has them already.
        """
        out: list[AgreementMention] = []
        words = words or SentenceWords(sentence)
        names = (self.named.finditer(sentence)
                 if self.noun_words.may_hold(words) and self.any_noun.search(sentence) else ())
        taken = 0           # where the last name, with what its title goes on through, ends
        for match in names:
            if match.start() < taken:
                continue
            name = self._clean(match.group(0))
            start = match.start() + match.group(0).find(name)
            relative = _RELATIVE.search(name)
            if relative and relative.group(1) in self.lexicon.cached("side_first_words", _side_first_words):
                name = name[:relative.start()]
            elif name and match.group(0).endswith(name):
                name = self._extend(sentence, name, match.end())
            if "'" in name or "’" in name or " and the " in name:
                name = self._cut_possessive(name)
            law = self.law_after.match(sentence, start + len(name)) if self.law_after is not None else None
            if law and name[:1].isupper():
                name += law.group(0)    # "the Migratory Bird Treaty Act": one state's law, not the treaty
            parts = name.split()
            if not parts or parts[0].lower() in {"a", "an"}:
                continue
            if self.continuing_plural is not None and (
                    (self.continuing_plural.search(name) and len(parts) > 1 and parts[-2].lower() in self.nouns)
                    or self.continuing_after.match(sentence, start + len(name))):
                # ("Treaty Concerning the Frontier and Neighbourly Relations": a title's own last word)
                self.office_in = sentence
                continue        # "the Velm Treaty Settlements": a longer name, an office's or a fund's
            if self.portfolio_before is not None and self.portfolio_before.search(sentence, max(0, start - 40), start):
                self.office_in = sentence
                continue        # "the Minister for the Velm Treaty": a portfolio, not the treaty
            if all(word.lower() in self.nouns for word in parts):
                continue        # "The treaty ...": a reference back, not a name
            if len(parts) > 1 and parts[0].lower() in self.lexicon.cached("number_word_set", _number_words) \
                    and all(word.lower() in self.nouns for word in parts[1:]):
                continue        # "One Treaty, One Very Long Weekend": a count, not a name
            if name[-1:].islower() and self.lexicon.cached("demonym_description", _demonym_description).fullmatch(name):
                continue        # "the Aldorian treaty": a people's word and a noun describe one, they name none
            if len(parts) == 2 and parts[1][:1].islower() and not parts[0].isupper() \
                    and _LEADING.fullmatch(sentence, 0, start) \
                    and parts[0] not in self.lexicon.cached("side_name_words", _side_words):
                continue        # "Carved treaty text.": a sentence's or a label's capital, not a name's
            if self._verb_not_name(sentence, name, start) or self._party_not_subject(sentence, start, start + len(name)):
                continue
            owner = _OWNER.match(name) if ("'" in name or "’" in name) else None
            if owner and len(name) > owner.end() and not self.generic_title(name[owner.end():]):
                # "NASA's Artemis Accords", "Britain's Online Safety Act": whose it is, no word of its name ("the
                # IAEA's Additional Protocol" keeps it: without its owner the name says no more than a kind)
                start, name = start + owner.end(), name[owner.end():]
            listed = (_LISTED_TITLE_BEFORE.search(sentence, max(0, start - 120), start)
                      if name[:1].isupper() and sentence.rfind(" and ", 0, start) > start - 8 else None)
            if listed:
                # "the Velm Nuclear Free Zone, Disarmament, and Arms Control Act": the title's own list of subjects
                start, name = listed.start(1), sentence[listed.start(1):start + len(name)]
            if self.instrument_before is not None and self.link_words.may_hold(words):
                head = self.instrument_before.search(sentence, max(0, start - 120), start)
                if head:
                    # "signed the Convention implementing the Velm Agreement": the Convention was signed
                    opened = self._clean(sentence[head.start(1):start + len(name)])
                    start, name = start + len(name) - len(opened), opened
            if self.dependent_before is not None and self.dependent_words.may_hold(words):
                head = self.dependent_before.search(sentence, max(0, start - 150), start)
                own = self._clean(head.group(1)) if head else ""
                if head and own.split()[0].lower() not in self.dependent_nouns \
                        and any(m.end == head.end(1) for m in out):
                    # "the Sea Protocol to the Velm Treaty": "Sea Protocol", found already, is its own name
                    taken = start + len(name)
                    continue
                if head:
                    # "the Protocol on Reefs to the Velm Treaty was signed": the protocol was, not the treaty
                    opened = self._clean(sentence[head.start(1):start + len(name)])
                    start, name = start + len(name) - len(opened), opened
                    # "the treaty" is never "the Sea Protocol to the Velm Treaty": only the head's noun refers to it
                    self.dependent_heads[self.canonical(name)] = self._clean(head.group(1))
                    while out and out[-1].end > start:
                        out.pop()       # "Sea Protocol" alone, found before: a part of this name
            if out and out[-1].end + 1 == start and sentence[out[-1].end] == " " and name[:1].isupper() \
                    and self.generic_title(out[-1].name):
                # "the General Framework Agreement for Peace": common title words ending in an
                # instrument's noun, run straight into the next name, are the first words of that name
                joined = self._clean(sentence[out[-1].start:start + len(name)])
                if sentence.endswith(joined, 0, start + len(name)):
                    start, name = start + len(name) - len(joined), joined
                    out.pop()
            taken = start + len(name)
            acronym = self.acronym.match(sentence, max(match.end(), taken))
            if acronym and not _CAPITALS.search(acronym.group(1)):
                acronym = None      # "the Berlin (Velm) Conference": a place's other name, no short form
            if acronym and name not in self.part_acronyms:
                self.aliases[acronym.group(1)] = name
            out.append(AgreementMention(self.canonical(name), start, start + len(name)))
        if self.side_pair is not None and ("–" in sentence or "—" in sentence or "-" in sentence) \
                and self.lower_noun_words.may_hold(words):
            for match in self.side_pair.finditer(sentence):
                if match.group(2) == match.group(3) or any(m.start < match.end(1) and match.start(1) < m.end
                                                           for m in out):
                    continue
                if match.group(2) not in self.side_pair_names and match.group(3) not in self.side_pair_names:
                    continue        # "the Velm–Orsk railway agreement" of two names no side has: places, perhaps
                name = re.sub(r"\s*[–—\-]\s*", "–", match.group(1), count=1)
                out.append(AgreementMention(self.canonical(name), match.start(1), match.end(1)))
        for alias in self.aliases:
            for match in re.finditer(r"(?<![\w(])" + re.escape(alias) + r"(?![\w)])", sentence):
                if not any(m.start <= match.start() < m.end for m in out):
                    out.append(AgreementMention(alias, match.start(), match.end()))
        out.sort(key=lambda m: m.start)
        if len(out) > 1 and self.alias_link is not None:
            for i, (first, other) in enumerate(zip(out, out[1:])):
                if first.name != other.name and (self.alias_link.fullmatch(sentence, first.end, other.start)
                                                 or _DASH_ALIAS.fullmatch(sentence, first.end, other.start)
                                                 and _ASIDE_CLOSES.match(sentence, other.end)
                                                 and self._same_agreement(first.name, other.name)):
                    # "The Anglo-Dutch Treaty, also called the Treaty of London, ...": one agreement, by its first name
                    self.same_as.setdefault(other.name, first.name)
                    out[i + 1] = AgreementMention(first.name, other.start, other.end)
        return out

    def _cut_possessive(self, name: str) -> str:
        """``name`` up to an "and the" that a possessive or an office follows ("Treaty of Velm and the
        Minister's" -> "Treaty of Velm"), and without a possessive ending ("Treaty of Velm's").  A title's list
        of parties keeps its offices ("Treaty between the Government of A and the Government of B")."""
        between = name.find(" between ")
        cut = self.and_office.search(name, 0, between if between >= 0 else len(name)) \
            or _AND_OWNED.search(name, 0, between if between >= 0 else len(name))
        if cut:
            name = name[:cut.start()]
        return re.sub(r"[’']s$", "", name)

    def _extend(self, sentence: str, name: str, end: int) -> str:
        """The rest of a formal title after ``name``, which ends at ``end``: its parties or its acronym's place.

        "Treaty of Peace between Marnia and Aldoria" is one treaty, "Treaty of
        Peace" any; "Treaty on Armed Forces in Aldoria (TAFA)" has its place
        in its acronym.  A title that names its own treaty ("Treaty of
        Velmora between A and B") ends where it did.
        """
        for full in self.aliases.values():
            if full.startswith(name + " in ") and sentence.startswith(full[len(name):], end):
                return full     # a title whose place its acronym showed before
        if self.plural_of.match(name):
            listed = self.place_list.match(sentence, end)
            if listed:
                return name + listed.group(0)   # "the Treaties of Tartu, Moscow and Riga": all three, not Tartu's
        on_for_of = _ON_FOR_OF.search(name)
        place = self.in_place.match(sentence, end) if on_for_of else None
        if place:
            acronym = self.acronym.match(sentence, place.end())
            longer = name + place.group(0)
            if acronym and _acronym_of(acronym.group(1), longer, name):
                return longer
        run_on = self.and_run_on.match(sentence, end) if on_for_of and " and " in sentence[end:end + 80] else None
        if run_on and " and " in run_on.group(0):
            acronym = self.acronym.match(sentence, run_on.end())
            longer = name + run_on.group(0)
            if acronym and _acronym_of(acronym.group(1), longer, name, through_and=True):
                if acronym.group(1)[0] != longer[0]:
                    self.part_acronyms.add(longer)  # "Final Act of the Congress ... (CTNA)": the congress's
                return longer
        listed = self.list_run_on.match(sentence, end) if on_for_of and sentence.startswith(",", end) else None
        if listed:
            return name + listed.group(0)
        listed = self.list_end.match(sentence, end) if on_for_of and sentence.startswith(",", end) else None
        if listed:
            return name + listed.group(0)   # "the Convention on Persia, Afghanistan and Tibet": the whole list
        place = self.in_region.match(sentence, end) if on_for_of else None
        if place:
            longer = name + place.group(0)
            if re.match(r"\s+in\s+an?\s", place.group(0)):
                return longer   # "... Assessment in a Transboundary Context": no place is "a" anything
            if self._quoted(sentence, end - len(name), place.end()):
                return longer   # '"A Charter for Peace in the Upper Valley"': a quoted title runs to its quote
            # "the Convention on Trade in Rare Birds of Aldoria" and "CTRB" elsewhere in the article: the
            # acronym's letters run on past "in", so the title does too, and the acronym names it
            acronym = self._article_acronym(name, longer)
            if acronym:
                self.aliases.setdefault(acronym, longer)
                return longer
            if len(re.findall(r"(?<![\w’'\-])[" + _UP + r"]", place.group(0))) >= 4:
                # "the Convention on Trade in Endangered Species of Wild Fauna and Flora": four capitalised
                # words and more after "in" are the title going on, longer than a place of signing
                return longer
        place = place if _ON_FOR.search(name) else None
        if place and not self.verb_before.search(sentence[:end - len(name)]) \
                and self.place_ends_subject.match(sentence, place.end()):
            # "the Treaty for the Protection of Reefs in Aldoria was opened for signature": a title the
            # sentence is about goes on through its place; cut there, it may name another treaty
            return name + place.group(0)
        if not self.generic_title(name):
            return name
        between = self.between.match(sentence, end)
        if not between:
            return name
        full = name + between.group(0)
        short = self._short_form(name, between.group(1), between.group(0)[between.end(1) - between.start():])
        if short:
            self.shorts[full] = short
        return full

    @staticmethod
    def _quoted(sentence: str, start: int, end: int) -> bool:
        """Whether a title from ``start`` to ``end`` fills a quotation ('"A Charter for Peace in X"')."""
        if end >= len(sentence) or sentence[end] not in "\"”":
            return False
        return _QUOTE_OPENS.search(sentence, 0, start) is not None

    def _article_acronym(self, name: str, longer: str) -> str | None:
        """An acronym the article uses that spells ``name``'s initials and goes on into ``longer``'s.

        "Convention on Trade in Rare Birds" and "CTRB" (or "CTR"): the
        acronym starts with every initial of ``name`` and takes at least
        one more from the words after "in", in order.
        """
        if not self.text:
            return None
        if self._article_acronyms is None:
            self._article_acronyms = set(_ACRONYM.findall(self.text))
        head, rest = _initials(name), _initials(longer[len(name):])
        for acronym in self._article_acronyms:
            if acronym.startswith(head) and len(acronym) > len(head):
                letters = iter(rest)
                if all(c in letters for c in acronym[len(head):]):
                    return acronym
            # "the CFE Treaty" for "Treaty on Conventional Armed Forces in Europe": the acronym may leave out the
            # head noun and a word or two, if it keeps their order and ends with the last word after "in"
            if len(acronym) >= 3 and rest and acronym[-1] == rest[-1] and acronym[0] in head[1:]:
                letters = iter(head + rest)
                if all(c in letters for c in acronym):
                    return acronym
        return None

    def name_parties(self, name: str, sides: Sequence[str], link: str = "") -> None:
        """"Marnia and Aldoria signed the Treaty of Peace": a title of common words is shown with its parties.

        ``link`` is what the sentence says between the list and the title.
        A list that ratified or joined it ("Marnia and Aldoria have ratified
        the Treaty of Peace") names some of its parties, not the ones that
        made it; and an instrument of another agreement ("Additional
        Protocol", "Annex") is named by that agreement, never by its parties.
        """
        if self.per_party_verb.search(link) or any(w.lower() in self.parent_needing for w in name.split()):
            return
        if name not in self.shorts and self.generic_title(name) and len(set(sides)) == len(sides) > 1:
            self.shorts[name] = "the " + "–".join(sides) + " " + name

    def generic_title(self, name: str) -> bool:
        """A title of common words only ("Treaty of Peace", "Framework Agreement"): it could name many."""
        return generic_title(name, self.lexicon)

    def _short_form(self, title: str, parties: str, rest: str) -> str:
        """"the Marnia–Aldoria Treaty of Peace" for a title whose parties are each one known side, else ""."""
        if self._sides is None:
            from .sides import SideIndex
            self._sides = SideIndex(self.lexicon)
        # each party one side's mention, with nothing but "the Government of the", "and" and commas around
        # them: "the Kingdom of Marnia" is Marnia; "the Marnia Liberation Front" is not, nor "Northern Marnia"
        mentions = self._sides.mentions(parties)
        at, names = 0, []
        for m in mentions:
            if not _PARTY_GAP.fullmatch(parties, at, m.start) or (names and at == 0):
                return ""
            names.append(m.side)
            at = m.end
        if not names or len(names) < 2 or at < len(parties.rstrip()) - 2 or len(set(names)) != len(names):
            return ""
        return "the " + "–".join(names) + " " + title + rest

    def _verb_not_name(self, sentence: str, name: str, start: int) -> bool:
        """"Marnia and Tessaly serve as custodians": the lower-case last word is the list's verb."""
        last = name.split()[-1]
        if not last.islower() or self.verb_after is None:
            return False
        side_words = self.lexicon.cached("side_name_words", _side_words)
        if self.determiner_before.search(sentence[:start]) \
                and not all(w in side_words for w in name.split()[:-1]):
            return False        # "the Velmora accords on ...": an article says it is a noun
            # ("that the United States act together": the article is the state's, and "act" its verb)
        return bool(self.verb_after.match(sentence, start + len(name)))

    def _party_not_subject(self, sentence: str, start: int, end: int) -> bool:
        """"signed ... by members of the Coastal League and the former Hill Compact": a signatory, not what was signed."""
        if self.party_before is None:
            return False
        clause = re.split(r"[,;:]\s+(?=[a-z])|[;:]", sentence[:start])[-1]
        m = self.party_before.search(clause)
        if m and _SUBJECT_OPENING.fullmatch(clause, 0, m.start()) and _LISTED_AFTER.match(sentence, end):
            return False        # "The parties to the Velm Pact were X and Y": the pact is what the sentence is about
        return bool(m)

    def canonical(self, name: str) -> str:
        """One name per agreement: the short form the article defined, if any.

        "New Shelf Treaty (NST)", later "NST" and "the NST
        treaty" are all "NST".
        """
        for alias, full in self.aliases.items():
            if name == full or re.fullmatch(re.escape(alias) + r"\s+\w+", name):
                return alias
        if name in self.same_as:
            return self.same_as[name]
        form = _NOUN_OF_PLACE.fullmatch(name) or _PLACE_NOUN.fullmatch(name)
        if form and form.group("noun").lower() in self.nouns:
            return self.place_forms.setdefault((form.group("noun").lower(), form.group("place")), name)
        return name

    def resolve(self, sentence: str, mentions: list[AgreementMention], position: int,
                dated: bool = False) -> str | None:
        """The agreement a fact at ``position`` in ``sentence`` is about, if any.

        ``dated``: the fact is a date, which a verb that signs or ratifies an unnamed agreement
        ("signed a border treaty") gives to that one.
        """
        if mentions:
            before = [m for m in mentions if m.start <= position]
            if len({m.name for m in before}) > 1 and _IT_BETWEEN.search(sentence, before[-1].end, position):
                # "the USMCA, which replaced NAFTA when it entered into force on D": "it" may be either
                return None
            if before:
                return before[-1].name
            if dated and self.unnamed_signed.search(sentence, 0, max(position, mentions[0].start)):
                # "signed a border treaty, and the parliament ratified it on D, ... the Velm treaty": the
                # unnamed one's date
                return None
            # "The Convention entered into force on D and replaced the Velm Convention": the reference before
            # the date is its subject, not the name after it
            ref = self.reference(sentence)
            if ref is not None and ref.start() < min(position, mentions[0].start):
                # ("it came back to Osk in 1763, ... under the Velm Treaty": whatever "it" is, not that treaty)
                return self.choose(ref) if ref.group(0).lower() != "it" else self.referred(sentence)
            return mentions[0].name
        return self.participle_subject(sentence) or self.referred(sentence)

    def participle_subject(self, sentence: str) -> str | None:
        """"It was the Treaty of Velm. Signed on 21 July 1718 by ...": the one agreement the sentence before
        named, for a sentence that opens with a party's verb's participle and has no subject of its own."""
        if sentence[:1].isupper() and len(set(self.previous)) == 1 and self.participle_opening.match(sentence):
            return self.previous[0]
        return None

    def referred(self, sentence: str, pronouns: bool = True) -> str | None:
        """The agreement "the treaty" or "it" in ``sentence`` stands for, if that is clear.

        "The treaty" means an agreement named before whose name has that noun
        ("the Treaty of X", not "the Act of Y"); "it" any agreement named
        before.  Of those, one the sentence before names comes first, then
        the article's own agreement (``main``): "Earlier treaties were
        narrower: the X Treaty of 1954 ..." does not make a later "the treaty"
        the X Treaty.  Among those the sentence before names, the one it is
        about comes first ("It replaced the Y Treaty, which ...": still "it");
        one it names only as an object or in a clause is no surer than the
        article's own agreement, so nothing is guessed.  When neither settles
        it and several could be meant, nothing is guessed.  Without
        ``pronouns``, only a noun refers back.
        """
        if sentence == self.office_in:
            # "its report ... while the Minister for Velm Treaty Negotiations replied": the office's name
            # is the only agreement the sentence speaks of, and it names none; "it" or "the treaty" neither
            return None
        m = self.reference(sentence, pronouns)
        if not m:
            return None
        name = self.choose(m)
        if name is None and self.treaty_it(sentence, m):
            # "Marnia ratified it, and the treaty entered into force": the noun says which, for both
            definite = self.definite_reference.search(sentence, m.end())
            name = self.choose(definite) if definite else None
        return name

    def treaty_it(self, sentence: str, m: re.Match[str]) -> bool:
        """"ratified it", "signed it": an "it" that a treaty verb takes, and so stands for an agreement."""
        return (m.group(0).lower() == "it" and bool(self.treaty_verb.search(sentence, 0, m.start()))
                and not (self.handed_over.search(sentence, 0, m.start()) and _TO_RECIPIENT.match(sentence, m.end()))
                and not self.other_it_referent(sentence, m))

    def other_it_referent(self, sentence: str, m: re.Match[str]) -> bool:
        """Whether the sentence names, before the "it" ``m``, a thing that is no agreement ("the personal
        union", "its membership") and that the "it" may stand for: no agreement named between them, and
        more than a verb between them (so the thing is not the subject of the verb that takes the "it")."""
        if m.group(0).lower() != "it":
            return False
        found = None
        for found in self.lexicon.cached("other_it_referent", _other_it_referent).finditer(sentence, 0, m.start()):
            pass
        if found is None:
            return False
        between = sentence[found.end():m.start()]
        return len(between.split()) > 2 and not self.back_reference.search(between) \
            and not any(n in between for n in self.lexicon.agreement_nouns)

    def reference(self, sentence: str, pronouns: bool = True) -> re.Match[str] | None:
        """The first "the treaty" or "it" in ``sentence`` that may refer back to a named agreement."""
        if not self.seen and not self.title:
            return None
        # before the text names any agreement, only a noun refers to the one its title names
        # or an "it" a treaty verb takes ("The Senate ratified it"), when the title's agreement is the only one
        m = next((m for m in self.back_reference.finditer(sentence)
                  if m.group(0).lower().startswith("the") or (self.seen and (
                      pronouns or not self._object_pronoun(sentence, m))
                      and not self.other_it_referent(sentence, m)
                      and not self.lexicon.cached("party_act_it", _party_act_it).match(sentence, m.end())) or (
                      not self.seen and pronouns and self.treaty_it(sentence, m))), None)
        if m is not None and not self.seen and re.match(r"\s+[A-Z]", sentence[m.end():]):
            return None     # "the Treaty Ports": a name that opens with the noun, not the title's agreement
        if m is not None and m.group(0)[4:5].isupper() and _NAME_GOES_ON.match(sentence, m.end()):
            return None     # "the Office of the Treaty of Velm": a name a portfolio's title holds, no reference
        if m is not None and self.dated_by_year(sentence, m):
            # "since the treaty of 1609": a treaty named by its year, which may well be an older one than
            # the treaty named before; which one, the year alone cannot tell
            return None
        if m is not None and self._bare_it(sentence, m) and self._event_before():
            return None     # "Marnia and Aldoria fought a war. It began ...": the war, not a treaty
        return m

    @staticmethod
    def dated_by_year(sentence: str, m: re.Match[str]) -> bool:
        """Whether the back-reference ``m`` is "the treaty of 1609": a treaty its own year names."""
        return m.group(0)[:3].lower() == "the" and _OF_YEAR.match(sentence, m.end()) is not None

    @staticmethod
    def _bare_it(sentence: str, m: re.Match[str]) -> bool:
        """An "It" opening the sentence, or an "it" with no noun phrase before it in the sentence
        ("Then it ended"): the sentences before say what it is."""
        if m.group(0) == "It" and m.start() == 0:
            return True
        return m.group(0) == "it" and _NOUN_PHRASE_BEFORE.search(sentence, 0, m.start()) is None

    def _event_before(self) -> bool:
        """Whether the sentences before name an event or a thing that is no agreement ("their third war",
        "the talks", "the Salt War", "the occupation") and no agreement at all, so that an "It" opening
        this sentence may be that.  The nearest sentence that names either decides: up to three back,
        none of them naming an agreement ("When did the Salt War end?" "Not quite." "It ended ...")."""
        if self.previous:
            return False
        events = self.lexicon.cached("event_noun_phrase", _event_noun_phrase)
        things = self.lexicon.cached("other_it_referent", _other_it_referent)
        for before in reversed(self.recent_texts):
            if self.definite_reference.search(before):
                return False
            if events.search(before) or things.search(before):
                return True
        return False

    def choose(self, m: re.Match[str]) -> str | None:
        """The named agreement the back-reference ``m`` stands for, or None when that is not clear.

        An article's own agreement that only its title names ("Saving the
        Harbour Deal") is never in ``seen``, yet "the deal" of its text may
        well mean it: a name the sentence before gives ("the Port Protocol")
        is then no surer, so nothing is guessed, unless the two names share a
        word or an acronym.  "It" is left to the sentence before.
        """
        if self.other_in and m.string in self.other_in:
            return None
        if self.own_topic and m.group(0).lower() in ("it", "its"):
            return None
        name = self._choose(m)
        words = m.group(0).lower().split()
        if name is not None and words[0] == "the" and words[-1] in self.generic:
            # "the agreement" where the article names an Agreement is no "Velm Treaty": the one so called, if one is
            noun = words[-1].rstrip("s")
            called = [c for c in self.seen if noun in {w.rstrip("s") for w in c.lower().split()}]
            if called and noun not in {w.rstrip("s") for w in name.lower().split()}:
                name = called[0] if len(called) == 1 else None
        if name is not None and words[0] in ("it", "its"):
            self.it_now = name
        year = _YEAR.search(m.group(0))
        if name is not None and year and name not in self.previous and year.group(0) not in name \
                and year.group(0) not in self.years.get(name, ()):
            # "the 1926 treaty" for an agreement the sentence before does not name and no sentence that
            # named it gave that year: the year may well be another treaty's
            return None
        if name is not None and not self.previous and m.group(0)[:3].lower() == "the" and self.previous_text \
                and self.unnamed_agreement.search(self.previous_text):
            # "In the Convention of 1818, they agreed ... . In 1827 they renewed the deal": the one the sentence
            # before names by its year alone may well be meant
            return None
        main = self.main
        if name is not None and main is not None and name != main and (" in " in m.string or " at " in m.string):
            # "The convention was opened for signature in Ottawa" in an article on the Ottawa Treaty: the place
            # the sentence gives names the article's own agreement, not another convention named before
            places = set(_PLACE.findall(m.string))
            main_words, name_words = set(main.split()), set(name.split())
            if any(p in main_words and p not in name_words for p in places):
                self.referred_now = main
                return main
        if name is not None and name != main and main is not None and self.previous_referred == main \
                and not self.previous and name not in self.previous:
            return main         # "... signed in Ottawa. ... and the convention entered into force": still Ottawa's
        if name is None or main is None or name == main or main in self.seen:
            return name
        words = m.group(0).lower().split()
        if words[0] == "the" and (words[-1] in self.generic
                                  or words[-1].rstrip("s") in {w.rstrip("s") for w in main.lower().split()}):
            return None if not self._same_agreement(main, name) else name
        return name

    def note_event(self, name: str, predicate: str, value: str) -> None:
        """Remember that the article dates ``name``'s event ``predicate`` (named, not referred to) ``value``."""
        self.event_dates.setdefault(name, {}).setdefault(predicate, set()).add(value)

    def dated_otherwise(self, sentence: str, dates: Sequence) -> bool:
        """Whether the sentence's "the agreement signed on D" dates an event of the agreement it would
        refer to otherwise than the article did before ("The Velm Treaty was signed on 3 May. ... the
        agreement signed on 9 June ...": another agreement).  Marks the sentence so that nothing in it
        refers back (``other_in``)."""
        if not self.event_dates:
            return False
        m = self.definite_reference.search(sentence)
        if m is None:
            return False
        name = self.choose(m)
        known = self.event_dates.get(name) if name else None
        if not known:
            return False
        after = next((d for d in dates if d.start >= m.end() and not d.relative), None)
        if after is None:
            return False
        pattern, predicates = self.lexicon.cached("dated_reference", _dated_reference)
        own = pattern.fullmatch(sentence, m.end(), after.start)
        if own is None:
            return False
        verb = own.group(1).lower()
        predicate = next((p for p, words in predicates if words.fullmatch(verb)), None)
        values = known.get(predicate, ()) if predicate else ()
        if not values or any(after.value.startswith(v) or v.startswith(after.value) for v in values):
            return False
        self.other_in = sentence
        return True

    def _same_agreement(self, one: str, other: str) -> bool:
        """Whether two names may well be one agreement: they share a word of their own ("Harbour
        Accords", "the 1990 Harbour Accords"), one's word is the place where a sentence naming the other
        says it was made ("the Velm Convention", "the Convention on Reefs was signed in Velm"), or one's
        capitals stand for the other ("HPT", "Harbour Pact Treaty")."""
        def own(name: str) -> set[str]:
            return {w for w in re.findall(r"[A-Za-z]+", re.sub(r"[’']s\b", "", name))
                    if w[:1].isupper() and w.lower() not in self.nouns and w.lower() not in self.generic}
        a, b = own(one), own(other)
        if a & b or a & self.places.get(other, set()) or b & self.places.get(one, set()):
            # "the Velm Convention" of a title, and "the Convention on Reefs was signed in Velm": one convention
            return True
        for caps, words in ((a, other), (b, one)):
            initials = "".join(w[0] for w in re.split(r"[\s\-–]+", words) if w[:1].isupper())
            if any(len(c) > 1 and c.isupper() and initials.startswith(c) for c in caps):
                return True
        return False

    def _choose(self, m: re.Match[str]) -> str | None:
        words = m.group(0).lower().split()
        # before the text names any, the agreement its title names: "the treaty" of "... the Treaty of Velmora";
        # after, that agreement is still one it may mean, though only the title names it
        seen = self.seen or ([self.title] if self.title else [])
        if self.main and self.main == self.title and self.main not in seen:
            seen = [self.main, *seen]
        if words[0] != "the" or words[-1] in self.generic:
            candidates = list(seen)         # "it", "the agreement": any one named
        else:
            noun = words[-1].rstrip("s")
            # "TAFA" for the "Treaty on Armed Forces in Aldoria (TAFA)": "the treaty" may mean it by its title
            # ... and "the treaty" may mean "the Peace of Velm", a treaty too
            candidates = [name for name in seen
                          if noun in {w.rstrip("s") for w in f"{self.dependent_heads.get(name, name)} "
                                                               f"{self._title_head(name)}".lower().split()}
                          or noun == "treaty" and name.split()[0].lower() in self.of_heads]
        if not candidates:
            return None
        recent = [c for c in candidates if c in self.previous]
        if recent:
            if self.previous_topic in candidates:
                return self.previous_topic      # "It replaced the Y Treaty, which ... The treaty ...": still "it"
            if self.main in candidates and self.main not in recent:
                # "Aldoria signed the Y Pact in 1990. The pact ...": Y, or the article's own pact? Not clear
                return None
            if self.main is None and self.previous_topic is None and len(candidates) > len(recent):
                # ... and with no own agreement, Y named only as an object is no surer than one named before it
                return None
            return recent[-1]
        if words[0] in ("it", "its") and self.previous_it in candidates and not self.previous:
            return self.previous_it     # "X was adopted in 1979. It was opened ... . Under Article 19, it ...": X
        if self.main in candidates:
            return self.main
        return candidates[-1] if len(candidates) == 1 else None

    def _object_pronoun(self, sentence: str, m: re.Match[str]) -> bool:
        """"The mayor restored it": "it" after a verb is its object, which may be anything the sentence before named."""
        if m.group(0).lower() != "it":
            return False
        before = re.search(r"\b([a-z]+)\s+$", sentence[:m.start()])
        if not before or before.group(1) in self.clause_openers:
            return False
        after = re.match(r"\s+([a-z]+)", sentence[m.end():])      # "said it would": the next clause's subject
        return after is None or not (after.group(1) in self.finite or after.group(1).endswith(("ed", "s")))

    def remember(self, mentions: list[AgreementMention], sentence: str = "") -> None:
        """Note the agreements ``sentence`` names (``mentions``) and the one it is about, for the next sentence.

        One named only to be set against another ("unlike the North Atlantic Treaty, it ...") is no
        agreement a later "the treaty" means."""
        if sentence and mentions and ("nlike " in sentence or "ontra" in sentence or "pposed to " in sentence
                                      or "ather than " in sentence):
            mentions = [m for m in mentions if not _FOIL_BEFORE.search(sentence, max(0, m.start - 30), m.start)]
        self.previous_topic = self._topic(sentence, mentions) if mentions else None
        self.previous_referred, self.referred_now = self.referred_now, None
        self.previous_it, self.it_now = (self.it_now if not mentions else None), None
        self.previous_text = sentence
        self.previous = [m.name for m in mentions]
        if mentions and sentence:
            years = _YEAR.findall(sentence)
            places = set(_PLACE.findall(sentence)) if " in " in sentence or " at " in sentence else set()
            for m in mentions:
                self.years.setdefault(m.name, set()).update(years)
                if places:
                    self.places.setdefault(m.name, set()).update(places)
        self.recent_texts = [] if mentions else [*self.recent_texts[-2:], sentence] if sentence else self.recent_texts
        for m in mentions:
            if m.name in self.seen:
                self.seen.remove(m.name)
            self.seen.append(m.name)
        if mentions:
            self.last = mentions[-1].name

    def _topic(self, sentence: str, mentions: list[AgreementMention]) -> str | None:
        """The agreement ``sentence`` opens with as its subject, named or referred to ("It", "The treaty"),
        or says its subject is ("The first part is a treaty, the X Treaty").

        Only an article or a word of ``topic_openers`` may stand before it ("The", "Under the"):
        "Marnia signed the X Pact" is about Marnia, and the pact is its object.
        """
        if not mentions or not sentence:
            return None     # the next sentence's "the treaty" finds nothing named here to weigh it against
        first = mentions[0].start
        if self.opening.fullmatch(sentence, 0, first) or self.copula_before.search(sentence, 0, first):
            return mentions[0].name
        if not self.seen:
            return None
        m = self.back_reference.match(sentence, self.topic_opener.match(sentence).end())
        if m is None or first < m.start():
            return None
        return self.choose(m)

    def opening_topic(self, sentence: str, mentions: list[AgreementMention]) -> str | None:
        """The named agreement ``sentence`` opens with as its subject ("The X Treaty, signed in 1990, ..."), or None."""
        if mentions and self.opening.fullmatch(sentence, 0, mentions[0].start):
            return mentions[0].name
        return None

    def _clean(self, name: str) -> str:
        """Drop sentence-opening words that are not part of the name ("While", "The")."""
        words = name.split()
        while words and words[0] in self.openers:
            words = words[1:]
        # "How the Velmora Accord Was Made" (a book's title): the name starts after "How"
        head = next((i for i, w in enumerate(words) if w.lower() in self.nouns), len(words))
        cut = max((i + 1 for i, w in enumerate(words[:head]) if w in self.not_name_words), default=0)
        if cut:
            words = words[cut:]
            while words and (words[0] in self.openers or re.fullmatch(_JOIN, words[0])):
                words = words[1:]
        return " ".join(words)

    def _title_head(self, name: str) -> str:
        """"Treaty" for an acronym whose full name opens with it ("Treaty on ... (TAFA)"), else ""."""
        full = self.aliases.get(name, "").split()
        return full[0] if full and _CAPITALS.fullmatch(name) and full[0].lower() in self.nouns else ""

    def display(self, name: str) -> str:
        """How a name reads inside a question: "the Harbor Accord", "New REEF"."""
        head = self._title_head(name)
        if head:
            return f"the {name} {head}"     # "Treaty on Armed Forces in Aldoria (TAFA)": "the TAFA Treaty"
        if name in self.aliases or _SHORT_NAME.fullmatch(name):
            return "the " + name if self._said_with_the(name) else name
        if name in self.shorts:
            return self.shorts[name]
        return name if name.lower().startswith("the ") else "the " + name

    def _said_with_the(self, acronym: str) -> bool:
        """Whether the article writes ``acronym`` after "the" ("the VPA was signed") and never without it
        inside a sentence ("under VPA rules" is a word, "under the VPA" a title)."""
        if acronym not in self._with_the:
            uses = [m for m in re.finditer(r"(?<![\w\-])" + re.escape(acronym) + r"(?![\w\-])", self.text)]
            after = [self.text[max(0, m.start() - 4):m.start()] for m in uses]
            the = [a for a in after if a.lower() == "the "]
            bare = [a for a in after if a.lower() != "the " and re.search(r"[a-z,]\s$", a)]
            self._with_the[acronym] = bool(the) and not bare
        return self._with_the[acronym]


# " of Velm", " Ports": a capitalised noun after "the" that a capitalised word follows opens a name
_NAME_GOES_ON = re.compile(r"\s+(?:(?:of|on|for)\s+)?[A-Z]")
_YEAR = re.compile(r"\b1\d{3}\b|\b20\d{2}\b")
_PLACE = re.compile(r"\b(?:in|at)\s+([A-Z][a-z]+)\b")    # "signed in Velm": the place a sentence names
# " of 1609", " of the 15th of June, 1846" after "the treaty": the date names which treaty is meant
_OF_YEAR = re.compile(r"\s+of\s+(?:\d{4}\b|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:day\s+)?of\s+)?[A-Z][a-z]+,?\s+\d{4}\b)")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _generic_title_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of a title that could name many agreements: agreement nouns, common title words, joins."""
    return frozenset({w.lower() for w in lexicon.language.get("generic_title_words", [])}
                     | {n.lower() for n in lexicon.agreement_nouns} | {"of", "on", "for", "and", "the"})


def generic_title(name: str, lexicon: Lexicon) -> bool:
    """A title of common words only ("Treaty of Peace", "the Border accord"): it could name many."""
    words = lexicon.cached("generic_title_words", _generic_title_words)
    return all(w.lower() in words for w in name.split())


def _acronym_of(acronym: str, name: str, short: str = "", through_and: bool = False) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s capitalised words, in order.

    With ``short`` (the start of ``name`` before "in ..."), the acronym must
    also take a letter from what follows ``short``: "Treaty on Forests in
    Aldoria (TFA)" names "in Aldoria", "(TF)" does not; without it, the
    acronym must end with the name's last word.  ``through_and``: a title
    that runs on through "and" ("... on Trade and Navigation in Aldoria
    (CTNA)") must also end its acronym with its last word and take a letter
    from the words after its last "and".
    """
    initials = _initials(name)
    letters = iter(initials)
    if not initials or not all(c in letters for c in acronym):
        return False
    if not short:
        return acronym[-1] == initials[-1]
    head = iter(_initials(short))
    if all(c in head for c in acronym):
        return False
    if not through_and:
        return True
    after_and = _initials(name[name.rfind(" and ") + 5:])
    return bool(after_and) and acronym[-1] == after_and[-1]


# "the [Velm Nuclear Free Zone, Disarmament, and ]Arms Control Act": capitalised words listed with commas and a
# last "and" right before a title's start, all after its "the"
_CAP_RUN = r"[" + _UP + r"][\w’'\-]*(?:\s+[" + _UP + r"][\w’'\-]*)*"
_LISTED_TITLE_BEFORE = re.compile(r"\b[Tt]he\s+(" + _CAP_RUN + r"(?:,\s+" + _CAP_RUN + r")+,?\s+and\s+)$")
_OWNER = re.compile(r"(?:[" + _UP + r"][\w\-.]*\s+){0,2}[" + _UP + r"][\w\-.]*[’']s\s+(?=[" + _UP + r"])")
# "unlike the Velm Treaty", "in contrast to the Velm Pact": an agreement named as a foil for another
_FOIL_BEFORE = re.compile(r"\b(?:[Uu]nlike|[Ii]n contrast to|[Cc]ontrary to|[Aa]s opposed to|[Rr]ather than)\s+(?:the\s+)?$")


def _dated_reference(lexicon: Lexicon) -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
    """What may stand between "the agreement" and a date of its own event ("signed on", ", which was
    ratified in"), and each agreement predicate with the words that name it."""
    entries = [e for e in lexicon.predicates if e.get("agreement") and e.get("words")]
    words = alternation([w for e in entries for w in e["words"]], wildcard=True)
    pattern = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|is)\s+)?(" + words
                         + r")\s+(?:on|in)\s+", re.IGNORECASE)
    return pattern, [(e["predicate"], re.compile(alternation(e["words"], wildcard=True), re.IGNORECASE))
                     for e in entries]


# "The Treaty of Trianon and Hungary's Losses" (a title): a possessive after "and" ends the agreement's name
_AND_OWNED = re.compile(r"\s+and\s+[A-Z][\w\-]*[’']s\s+[A-Z]")
# "Treaty of Lisbon", "Lisbon Treaty": an agreement's noun and one place's name, in either order
_NOUN_OF_PLACE = re.compile(r"(?P<noun>[A-Z][a-z]+) of (?P<place>[A-Z][a-zà-ÿ\-]+)")
_PLACE_NOUN = re.compile(r"(?P<place>[A-Z][a-zà-ÿ\-]+) (?P<noun>[A-Za-z][a-z]+)")
# "The parties to the Velm Pact are X and Y": a marker that opens the clause, and a list after the name
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:The|the|All|all)\s+)?")
_LISTED_AFTER = re.compile(r"\s+(?:are|were|include|included|comprise|comprised)\b")
_TO_RECIPIENT = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
_IT_BETWEEN = re.compile(r"\b[Ii]t\b(?!['’]s\b)")


# around the sides of a list of parties: "the Government of the ", "the Kingdom of ", " and ", ", "
# ("the Hashemite Kingdom of ", "Her Majesty the Queen of the ")
_PARTY_GAP = re.compile(r"(?:\s*,)?(?:\s*\band\s+)?\s*(?:(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:the\s+)?[A-Z][\w\-]*)*"
                        r"\s+of\s+)*(?:the\s+)?")


def _party_act_it(lexicon: Lexicon) -> re.Pattern[str]:
    """After an "it": a party's own act in the active ("it had agreed with Marnia", "it signed"), whose "it" is
    a side, no agreement ("it was signed" is the agreement's)."""
    verbs = lexicon.data["predicates"].get("party_verbs", [])
    if not verbs:
        return re.compile(r"(?!x)x")
    return re.compile(r"\s+(?:(?:had|has|have|would|will|did|then|also|first)\s+){0,2}(?:"
                      + alternation(verbs, wildcard=True) + r")(?![\w’'\-])")


def _other_it_referent(lexicon: Lexicon) -> re.Pattern[str]:
    """"that union", "the wartime occupation", "its membership": a determiner, at most two modifiers and a
    noun of ``other_it_referents`` (in lower case: "the Union" may be a name)."""
    words = lexicon.language.get("other_it_referents", [])
    if not words:
        return re.compile(r"(?!x)x")
    # ... or what a verb of proposing takes: "Eisenhower proposed mutual aerial observation, and the Soviet
    # Union rejected it"
    proposing = lexicon.language.get("proposing_verbs", [])
    proposed = (r"|\b(?:" + alternation(proposing) + r")\s+(?:(?:the|an?)\s+)?(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*\b"
                if proposing else "")
    # ("the Velm Initiative, a partnership between ...": an indefinite one, in apposition, as well)
    return re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|(?<=, )an?)\s+(?:[\w\-]+\s+){0,2}?"
                      r"(?:" + alternation(words) + r")\b(?![’'\-])" + proposed)


def _event_noun_phrase(lexicon: Lexicon) -> re.Pattern[str]:
    """"the war", "their third war", "the peace talks": a noun of an event that no agreement undergoes
    (the words of ``predicates`` not marked ``agreement``), after a determiner and at most two modifiers;
    or an event's name, its noun capitalised after one to three capitalised words ("the Salt War")."""
    words = [w for p in lexicon.predicates if not p.get("agreement") for w in p.get("words", [])]
    if not words:
        return re.compile(r"(?!x)x")
    named = [w.capitalize() for w in words if w.isalpha()]
    return re.compile(r"\b(?:[Tt]he|an?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)\s+(?:(?:[a-z][\w\-]*\s+){0,2}?"
                      r"(?:" + alternation(words, wildcard=True) + r")|(?:[A-Z][\w\-]*\s+){1,3}"
                      + alternation(named) + r")\b")


# "the", "a", "its" or a capitalised word after the sentence's first: a noun phrase an "it" after it may mean
_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\b|(?<=\w )[A-Z]")


def demonym_description(lexicon: Lexicon) -> re.Pattern[str]:
    """"Aldorian treaty", "Velmese accords": a people's word before an agreement noun in lower case.

    The people's word is a side's demonym or a capitalised word with a
    demonym's ending; the whole phrase describes an agreement, it names none.
    """
    return lexicon.cached("demonym_description", _demonym_description)


def _demonym_description(lexicon: Lexicon) -> re.Pattern[str]:
    demonyms = [d for side in lexicon.sides for d in side.demonyms]
    endings = lexicon.language.get("demonym_endings", [])
    people = "|".join(p for p in (alternation(demonyms) if demonyms else "",
                                  r"[A-Z][a-z\-]*(?:" + alternation(endings) + r")" if endings else "") if p)
    if not people:
        return re.compile(r"(?!x)x")
    nouns = alternation([n.lower() for n in lexicon.agreement_nouns])
    return re.compile(r"(?:" + people + r")\s+(?:" + nouns + r")s?")


# what may stand before a sentence's first word: markup, quotes, brackets
_LEADING = re.compile(r"[\W_]*")


def _number_words(lexicon: Lexicon) -> frozenset[str]:
    """"one", "two", ...: the numbers written in words."""
    return frozenset(str(w).lower() for w in lexicon.language.get("number_words", {}))


def _side_words(lexicon: Lexicon) -> set[str]:
    """Every word of the sides' names, demonyms and seats: "Velmora treaty" opening a sentence names one."""
    return {w for side in lexicon.sides for n in [side.name, *side.names, *side.demonyms, *side.seats] for w in n.split()}


def _side_first_words(lexicon: Lexicon) -> set[str]:
    """The first word of every side's names: "Upper" of "Upper Aldoria"."""
    return {n.split()[0] for side in lexicon.sides for n in [side.name, *side.names, *side.demonyms] if n.split()}
