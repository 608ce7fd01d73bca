"""Parties to an agreement or a meeting.

A list of two or more sides ("Aldoria and Brenmark", "Marnia, Tessaly and
Orvia", "Aldorian Prime Minister A and Marnian President B") counts as the
parties when the sentence ties it to an agreement or a meeting: "an accord
between X and Y", "talks among X, Y and Z", "signed ... by X and Y", "X and
Y signed", "the leaders of X and Y met".  The trigger words are data
(``party_verbs`` and ``party_heads`` in ``data/predicates.yaml``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, alternation
from .sides import Mention, SideIndex

_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|former\s+)*")
# "Llywelyn ap Gruffudd, Prince of Wales, and Edward I": a ruler's title between commas, then the list goes on
_TITLED_JOIN = re.compile(r"\s*,\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*"
                          r"(?:\s+[A-Z][\w’'\-]*)?,\s+(?:and\s+)?(?:the\s+)?")
_SAME_ITEM = re.compile(r"(?:\s+(?:[A-Z][\w’'\-.]*|of|the|de))*\s+")


@dataclass(frozen=True)
class PartiesMatch:
    sides: tuple[str, ...]        # canonical side names, in the order written
    start: int
    end: int
    text: str
    head: str                     # the noun the list belongs to ("talks"), if written before it
    contrast: int = -1            # where "but", "while" opens the clause of "the deal between X and Y", if one does
    plural: bool = False          # "the treaties between X and Y": several agreements, none of them named
    # "X and Y signed a naval accord that ...": where the unnamed agreement the list signed ends, else -1
    unnamed_end: int = -1


class PartiesFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        words = lexicon.data["predicates"]
        verbs = alternation(words["party_verbs"], wildcard=True)
        heads = alternation(words["party_heads"] + lexicon.agreement_nouns, wildcard=True)
        self.before = [
            # "an accord between", "phone conversations between", "talks among"
            re.compile(r"\b(" + heads + r")\s+(?:between|among|involving|with)\s+(?:the\s+)?$", re.I),
            # "concluded between", "agreed between the governments of"
            re.compile(r"\b(?:" + verbs + r")\s+(?:between|among)\s+(?:the\s+)?(?:governments\s+of\s+(?:the\s+)?)?$", re.I),
            # "signed in Velmora on 3 June 1961 by"
            re.compile(r"\b(?:" + verbs + r")\b[^.;]{0,70}?\bby\s+(?:the\s+)?$", re.I),
            # "the leaders of"
            re.compile(r"\b(?:leaders|heads of state|heads of government|foreign ministers|representatives|delegations)\s+of\s+(?:the\s+)?$", re.I),
            # "Its parties are", "The signatories to the Velm Pact were"
            re.compile(r"\b(?:parties|signatories)\s+(?:(?:to|of)\s+(?:the\s+)?(?:[A-Z][\w\-’']*\s+){1,5}(?:of\s+(?:[A-Z][\w\-’']*\s+){1,3})?)?(?:are|were|included|include)\s+(?:the\s+)?"
                       r"(?:(?:[A-Z][\w\-’']*\s+){1,3}of\s+(?:the\s+)?)?$"),
            # "signed on 2 May 1598 between", "signed at Velm, 22 April 1745, between": the verb, its date or
            # place (names, numbers and the small words of a date's or a place's phrase only), then the list
            re.compile(r"\b(?i:" + verbs + r")(?:,?\s+(?:on|in|at|near|outside|of|the|[A-Z0-9][\w’'\-.]*))+,?\s+"
                       r"(?:between|among)\s+(?:the\s+)?(?:governments\s+of\s+(?:the\s+)?)?$"),
        ]
        self.signed_by = self.before[2]
        # "between King Ivo II and the Viking leader Rollo": a ruler's title, perhaps after a people's word
        titles = [str(t) for t in [*lexicon.leader_titles, *lexicon.data["sides"].get("own_side_titles", [])]]
        title = r"(?:(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:" + alternation(titles) + r")\s+)" if titles else r"(?!x)x"
        self.title_join = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + title)
        self.title_before = re.compile(title + r"$")
        events = alternation(words.get("party_event_verbs", []))
        self.after_event = re.compile(r"^\s+(?:\w+\s+){0,2}?" + events + r"\s+(?:[\w\-’']+\s+){0,5}?(?:" + heads + r")\b", re.I)
        # "which it had signed with Tessaly": the sentence's subject and the side after "with"
        # ... or a name of a few words between them: "signed the Velm Convention with Tessaly"
        self.with_verb = re.compile(r"\b(?i:" + verbs + r")\s+(?i:it\s+|them\s+|(?:an?|the)\s+[\w\-]+\s+)?"
                                    r"(?:the\s+[A-Z][\w\-’']*(?:\s+(?:of\s+)?[A-Z][\w\-’']*){0,4}\s+)?(?i:with)\s+(?:the\s+)?$")
        # "X, Y and Z signed the Velm Convention with Tessaly": the list's verb, its object, and "with"
        self.list_with = re.compile(r"^\s+(?:(?:have|has|had|jointly|formally|finally|also|then)\s+)*(?:" + verbs
                                    + r")\s+(?:it\s+|them\s+|(?:an?|the)\s+[\w\-]+\s+"
                                    r"|the\s+[A-Z][\w\-’']*(?:\s+(?:of\s+)?[A-Z][\w\-’']*){0,4}\s+)?with\s+(?:the\s+)?$")
        # "…, but it was shaped by the deal between X and Y": a clause set against the one before
        conjunctions = lexicon.language.get("clause_conjunctions", [])
        self.contrast = (re.compile(r"[,;]?\s(?:" + alternation(conjunctions) + r")\s") if conjunctions
                         else re.compile(r"(?!x)x"))
        # "X and Y signed a further naval accord": an agreement with no name is the verb's object
        nouns = sorted({n.lower() for n in lexicon.agreement_nouns} | set(words["party_heads"]))
        self.unnamed_object = re.compile(
            r"^\s+(?:(?:have|has|had|were|was|will|would|jointly|formally|finally|eventually|also|then)\s+)*"
            r"(?:been\s+)?(?:" + verbs + r")\s+(?:an?|another)\s+(?:[\w\-]+\s+){0,3}?(?:" + alternation(nouns)
            + r")\b")
        self.plural_heads = frozenset(w.lower() for w in words.get("plural_agreement_heads", []))
        # "the settlement reached by X and Y": a participle after a noun is that noun's, and a noun no
        # anaphor of the sentence's agreement ("the treaty") names another
        self.anaphora = frozenset(w.lower() for w in lexicon.language.get("anaphora", []))
        # ("X and William the Lion, King of Scots, signed": the last name's title between commas)
        self.after = re.compile(
            r"^(?-i:,\s+(?:the\s+)?[A-Z][^,;.]{2,40},)?"
            r"\s+(?:(?:have|has|had|were|was|will|would|jointly|formally|finally|eventually|also|then)\s+)*"
            r"(?:been\s+)?(?:" + verbs + r")\b", re.I)

    def find(self, sentence: str, sides: SideIndex) -> list[PartiesMatch]:
        """Lists of two or more sides joined to an agreement or event."""
        # "on the North Lawn of the White House, X and Y signed": a seat after a place's preposition is a place
        mentions = [m for m in sides.mentions(sentence)
                    if not (m.how == "seat" and _PLACE_BEFORE.search(sentence, max(0, m.start - 12), m.start))]
        if len(mentions) < 2:
            return []           # a list, or one side signing with another, names two at least
        signed_with = self._signed_with(sentence, mentions)
        out: list[PartiesMatch] = []
        withs: set[int] = set()      # where a side after "with" joined a list before the verb
        for items in _lists(sentence, mentions, self.title_join):
            start, end = items[0].start, items[-1].end
            names: list[str] = []
            for item in items:
                if item.side not in names:
                    names.append(item.side)
            if len(names) < 2 or " and " not in sentence[start:end]:
                continue
            head = ""
            before = sentence[max(0, start - 90):start]
            titled = self.title_before.search(before) if items[0].how == "leader" else None
            if titled:
                before = before[:titled.start()]      # "between King Ivo II and ...": the list opens with his title
            triggered = False
            plural = False
            for pattern in self.before:
                m = pattern.search(before)
                if m and pattern is self.signed_by and self._other_noun(before[:m.start()]):
                    m = None
                if m:
                    triggered = True
                    head = m.group(1) if m.groups() else ""
                    plural = head.lower() in self.plural_heads
                    break
            if plural and re.search(r"\bwith\s+(?:the\s+)?$", before):
                continue        # "the treaties with X and Y": one treaty with each, not one between them

            after = sentence[end:]
            if _LIST_GOES_ON.match(after):
                continue        # "by the British and Irish governments and eight Northern Ireland parties": not all
            unnamed = self.unnamed_object.match(after) if not triggered else None
            if not triggered and not self.after.match(after):
                m = self.after_event.match(after)
                if not m:
                    continue
                head = m.group(0).split()[-1]
            joined = next((m for m in mentions if m.start > end and m.side not in names
                           and self.list_with.match(sentence[end:m.start])), None)
            if joined is not None and not triggered:
                # "Britain, France and Russia signed the Velm Convention with the Ottoman Empire": one more party
                names.append(joined.side)
                end = joined.end
                withs.add(joined.end)
            if sentence[max(0, start - 4):start].lower() == "the ":
                start -= 4          # "between the Republic of Aldoria and Marnia": the list is "the Republic of Aldoria and Marnia"
            contrast = -1
            if head and triggered:
                opened = [m.start() for m in self.contrast.finditer(sentence, 0, start)]
                contrast = opened[-1] if opened else -1
            out.append(PartiesMatch(tuple(names), start, end, sentence[start:end], head, contrast, plural,
                                    end + unnamed.end() if unnamed else -1))
        return [m for m in signed_with if m.end not in withs] + out

    def _other_noun(self, before: str) -> bool:
        """Whether a verb after ``before`` is a participle on a noun that is not the agreement's anaphor."""
        m = _NOUN_BEFORE.search(before)
        return bool(m) and f"the {m.group(1).lower()}" not in self.anaphora

    def _signed_with(self, sentence: str, mentions: list[Mention]) -> list[PartiesMatch]:
        out = []
        for i, other in enumerate(mentions):
            window = max(0, other.start - 60)
            verb = self.with_verb.search(sentence[window:other.start])
            if not verb:
                continue
            first = mentions[0]
            if first.side == other.side or first.start >= other.start:
                continue
            if re.search(r"\b(?:of|in|on|at|to|from|with|by|for|against|about|over|and)\s+(?:the\s+)?$",
                         sentence[:first.start]):
                continue        # the first side named is not the sentence's subject
            if _NEW_CLAUSE.search(sentence, first.end, window + verb.start()):
                continue        # "..., and the next year it signed a convention with Britain": another clause's subject
            out.append(PartiesMatch((first.side, other.side), first.start, other.end,
                                    sentence[first.start:other.end], ""))
        return out


# "X and Y and eight other parties", "X, Y and several other states": the list has more members than sides
_LIST_GOES_ON = re.compile(r"(?:\s+[a-z]+){0,2}?,?\s+(?:and|as well as|together with|along with)\s+(?:the\s+)?"
                           r"(?:other|others|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"several|many|some|various|numerous|dozens)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|on|of|from|to|near|outside|inside|into|across)\s+(?:the\s+)?$")
_PLACE_IN_BEFORE = re.compile(r"\b(?:in|at|near)\s+$")
_NOUN_BEFORE = re.compile(r"(?<![,(—–]\s)\b(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*)\s+$")
_NEW_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|yet)\s")


def _lists(sentence: str, mentions: list[Mention], title_join: re.Pattern | None = None) -> list[list[Mention]]:
    """Runs of side mentions joined by commas and "and".

    Mentions of one side written together ("Aldorian Chancellor Ivo Brandt")
    count as one item.
    """
    items: list[Mention] = []
    for m in mentions:
        if items and items[-1].side == m.side and _SAME_ITEM.fullmatch(sentence[items[-1].end:m.start]):
            prev = items[-1]
            items[-1] = Mention(prev.side, prev.start, m.end, sentence[prev.start:m.end], prev.how)
        else:
            items.append(m)
    runs: list[list[Mention]] = []
    for item in items:
        gap = sentence[runs[-1][-1].end:item.start] if runs else ""
        if runs and (_JOIN.fullmatch(gap) or runs[-1][-1].how == "leader" and _TITLED_JOIN.fullmatch(gap)
                     or item.how == "leader" and title_join is not None and title_join.fullmatch(gap)):
            # ("King Ivo II and the Viking leader Rollo": the next ruler's title before his name)
            runs[-1].append(item)
        else:
            runs.append([item])
    # "in Pressburg, which today is Bratislava in Slovakia, France and Austria signed": a side after a place's
    # preposition ends the place's phrase, and the comma after it, not "and", parts it from the list
    runs = [run[1:] if len(run) > 1 and _PLACE_IN_BEFORE.search(sentence, max(0, run[0].start - 8), run[0].start)
            and sentence[run[0].end:run[1].start].strip() == "," else run for run in runs]
    return [run for run in runs if len(run) > 1]


def find_parties(sentence: str, sides: SideIndex) -> list[PartiesMatch]:
    """Lists of two or more sides joined to an agreement or event."""
    return sides.lexicon.cached("parties", PartiesFinder).find(sentence, sides)
