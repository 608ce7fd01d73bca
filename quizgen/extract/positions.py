"""Positions: which side holds what stance on which topic.

A position is a side mention followed by a stance verb from
``data/stance.yaml`` ("Moscow consistently denied the claims", "Kenya's
government, in response, urged talks").  A sentence may set two sides
against each other; each gets its own fact.  Hedges ("reportedly") are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, alternation
from .sides import Mention, SideIndex


@dataclass(frozen=True)
class PositionMatch:
    side: str
    holder: str           # the words that name the side ("Putin", "Moscow")
    stance: str           # the verb phrase as written ("refused to recognize")
    polarity: str         # support | oppose | claim
    content: str          # what the side holds, as written
    topic: str
    hedge: str | None
    start: int            # span of the whole position in the sentence
    end: int
    content_start: int
    object_first: bool    # "a claim Moscow denied": the content came first
    object_noun: str = "" # "claim"


class PositionFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.polarity: dict[str, str] = {}
        for polarity, verbs in lexicon.stances.items():
            for verb in verbs:
                self.polarity.setdefault(verb.lower(), polarity)
        self.verb_re = re.compile(r"(?<![\w-])(" + alternation(list(self.polarity)) + r")(?![\w-])", re.I)
        adverbs = alternation(lexicon.stance_adverbs)
        heads = alternation(lexicon.language["side_heads"])
        self.gap = re.compile(
            r"^(?:['’]s)?(?:\s+" + heads + r")?"
            r"(?:\s*,\s*which\s*,?)?"
            r"(?:\s*,[^,;]{1,60},)?"
            r"(?:\s+(?:" + adverbs + r"|\w+ly))*\s+$",
            re.I,
        )
        self.coordinated = re.compile(r"^\s*,?\s*(?:and|but)\s+(?:(?:" + adverbs + r"|\w+ly)\s+)*$", re.I)
        self.breaks = sorted(lexicon.language["clause_breaks"], key=len, reverse=True)
        self.hedges = [(h["phrase"], h["lead"]) for h in lexicon.hedges]

    def find(self, sentence: str, sides: SideIndex) -> list[PositionMatch]:
        verbs = list(self.verb_re.finditer(sentence))
        if not verbs:
            return []
        mentions = sides.mentions(sentence)
        out: list[PositionMatch] = []
        for verb in verbs:
            holder = self._holder(sentence, mentions, verb.start())
            if holder is None and out and self.coordinated.match(sentence[out[-1].end:verb.start()]):
                # "X criticized A and advocated B": the same side holds both
                holder = next(m for m in mentions if m.start == out[-1].start)
            if holder is None:
                continue
            rest = sentence[verb.end():]
            content_start = verb.end() + len(rest) - len(rest.lstrip())
            content = self._clause(rest)
            object_first = False
            object_noun = ""
            if not content or re.fullmatch(r"\w+ly", content):
                content, content_start, object_noun = self._object_before(sentence, holder)
                object_first = True
                if not content:
                    continue
            hedge = self._hedge(sentence, holder.start, verb.end())
            stance = " ".join(verb.group(1).split())
            out.append(PositionMatch(
                side=holder.side, holder=holder.text, stance=stance,
                polarity=self.polarity[stance.lower()], content=content,
                topic=_topic(content), hedge=hedge,
                start=holder.start, end=content_start + len(content) if not object_first else verb.end(),
                content_start=content_start, object_first=object_first, object_noun=object_noun,
            ))
        return out

    def _holder(self, sentence: str, mentions: list[Mention], verb_start: int) -> Mention | None:
        before = [m for m in mentions if m.end <= verb_start]
        if not before:
            return None
        mention = before[-1]
        gap = sentence[mention.end:verb_start]
        if not self.gap.match(gap):
            return None
        # "critics within the country argued": the side is not the speaker,
        # unless a relative clause hangs on it ("with the Kenyan view, which ... rejected").
        preceding = sentence[:mention.start].split()[-2:]
        if preceding and preceding[-1].lower() == "the":
            preceding = preceding[:-1]
        if preceding and preceding[-1].lower() in _PREPOSITIONS and "which" not in gap:
            return None
        return mention

    def _clause(self, text: str) -> str:
        end = len(text)
        for marker in self.breaks:
            i = text.find(marker)
            if 0 <= i < end:
                end = i
        verb = re.search(r"\s+and\s+(?:\w+ly\s+)?\w+ed\b", text)
        if verb and verb.start() < end:
            end = verb.start()
        comma = text.find(",")
        if 0 <= comma < end and len(text[:comma].split()) >= 3:
            end = comma
        clause = text[:end].strip()
        return clause.rstrip(".!?;:,").strip()

    def _object_before(self, sentence: str, holder: Mention) -> tuple[str, int, str]:
        """For "..., a claim Moscow has denied": the clause before the appositive, and its noun."""
        head = sentence[:holder.start].rstrip()
        m = re.search(r",\s*(?:a|an|the)\s+(\w+)\s*$", head)
        if not m:
            return "", 0, ""
        earlier = head[:m.start()]
        start = max(earlier.rfind(","), earlier.rfind(";"), -1) + 1
        content = earlier[start:].strip()
        words = content.split()
        if not 3 <= len(words) <= 30:
            return "", 0, ""
        return content, start + (len(earlier[start:]) - len(earlier[start:].lstrip())), m.group(1)

    def _hedge(self, sentence: str, start: int, end: int) -> str | None:
        window = sentence[max(0, start - 40):end].lower()
        for phrase, lead in self.hedges:
            if re.search(r"\b" + re.escape(phrase) + r"\b", window):
                return lead
        return None


_PREPOSITIONS = {"in", "within", "of", "to", "from", "against", "with", "toward", "towards", "for", "by", "about", "on", "over", "among", "between", "at", "like", "unlike"}


def _topic(content: str) -> str:
    words = re.sub(r"^(?:to|for|that|by|on)\s+", "", content).split()
    for i, word in enumerate(words):
        if word.lower() in {"on", "over", "about", "regarding", "toward", "towards", "of", "in"} and i + 1 < len(words):
            return " ".join(words[i + 1:i + 6]).rstrip(",.;:")
    return " ".join(words[:6]).rstrip(",.;:")

