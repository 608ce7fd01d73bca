"""Positions: which side holds what stance on which topic.

A position is a side mention followed by a stance verb from
``data/stance.yaml`` ("Velmora consistently denied the claims", "Marnia's
government, in response, urged talks").  A sentence may set two sides
against each other; each gets its own fact.  Hedges ("reportedly") are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, SentenceWords, WordGate, alternation
from .sides import Mention, SideIndex


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:[a-z]+ly|also|often|still|long|even|once|"
                             r"sometimes|now)\s+)?$")


# a name and nothing more: "Zhenbao", "Zhenbao, in March 1969", "the Velm Strait."
_NAME_ONLY = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'\-]*\s*){1,4}(?:[,;.]|$)")


# "between A and B", "by A": who did what a passive says was done
_AGENTS_AFTER = re.compile(r"\s+(?:between|by|among)\s")
# the pronouns of a person, which a state's name never stands for
_PERSONAL_PRONOUNS = frozenset({"He", "She", "he", "she"})
# the comma that closes a name set between commas, before its verb
_APPOSED_GAP = re.compile(r",\s+(?:[a-z]+ly\s+)?")


@dataclass(frozen=True)
class PositionMatch:
    side: str
    holder: str           # the words that name the side ("Brandt", "Velmora")
    stance: str           # the verb phrase as written ("refused to recognize")
    polarity: str         # support | oppose | claim
    content: str          # what the side holds, as written
    topic: str
    hedge: str | None
    start: int            # span of the whole position in the sentence
    end: int
    content_start: int
    object_first: bool    # "a claim Velmora denied": the content came first
    object_noun: str = "" # "claim"
    asked: str = ""       # the verb as a question puts it: "insisted", "has supported"
    how: str = ""         # how the holder names its side: name | demonym | seat | leader


class PositionFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.polarity: dict[str, str] = {}
        self.past: dict[str, str] = {}      # any form -> the listed past form, for questions
        stance = lexicon.data["stance"]
        irregular = stance.get("irregular", {})
        not_verbs = set(stance.get("not_verbs", []))
        for polarity, verbs in lexicon.stances.items():
            for verb in verbs:
                for form in verb_forms(verb.lower(), irregular):
                    if form.split()[0] not in not_verbs:
                        self.polarity.setdefault(form, polarity)
                        self.past.setdefault(form, verb.lower())
        # Lower case only: a capitalised "States" or "Claims" is a name, not a verb.
        self.verb_re = re.compile(r"(?<![\w-])(" + alternation(list(self.polarity)) + r")(?![\w-])")
        self.verb_words = WordGate(self.polarity)
        # "which China calls Zhenbao": a verb that gives a name, when a name is all it takes
        self.naming_verbs = {form for verb in stance.get("naming_verbs", [])
                             for form in verb_forms(str(verb).lower(), irregular)}
        # "Britain and France agreed a first draft": a joint act of its subjects, no side's own stance
        self.joint_verbs = {form for verb in stance.get("joint_act_verbs", [])
                            for form in verb_forms(str(verb).lower(), irregular)}
        # "draw Velmora back into", "backed away from": a particle, no stance
        particles = {form for verb in stance.get("particle_verbs", []) for form in verb_forms(verb.lower(), irregular)}
        after = stance.get("particle_after", [])
        self.particle = (re.compile(r"(?:" + alternation(sorted(particles)) + r")\s+(?:" + alternation(after) + r")\b")
                         if particles and after else None)
        self.particle_words = WordGate(particles)
        # "handed Velmora back", "sent Marnia away": a stance verb that is also a particle, right
        # after the object of another verb, is that verb's particle
        self.bare_particles = particles & {w.lower() for w in lexicon.language.get("bare_particles", [])}
        self.past_verbs = {w.lower() for key in ("irregular_past", "motion_verbs")
                           for w in lexicon.language.get(key, [])}
        self.not_infinitive = {w.lower() for w in stance.get("not_infinitive_verbs", [])}
        adverbs = alternation(lexicon.stance_adverbs)
        heads = alternation(lexicon.language["side_heads"])
        self.gap = re.compile(
            r"^(?:['’]s)?(?:(?:\s+[a-z]+){0,2}\s+" + heads + r")?"
            r"(?:\s*,\s*which\s*,?)?"
            r"(?:\s*,[^,;]{1,120},)?"
            r"(?:\s+(?:" + adverbs + r"|\w+ly))*\s+$",
            re.I,
        )
        # "Aldoria, backed by Marnia, Tessaly and Orvia, pressed": an aside naming supporters, list and all
        self.list_aside = re.compile(
            r"^\s*,\s*(?:[a-z]+ed|led|joined)\s+by\s+[^;]{1,120}?,(?:\s+(?:" + adverbs + r"|\w+ly))*\s+$", re.I)
        language = lexicon.language
        self.pair_subject = re.compile(r"\b[Bb]oth\s+" + alternation(language.get("pair_subjects", ["leaders"])) + r"\b")
        self.pronoun_subject = re.compile(r"^\s*(?:[\w\s,]{0,40}:\s*)?(?:" + alternation(language.get("referring_subjects", ["It"])) + r")\b")
        # "It", "They": a pronoun, which the side of the last position may stand for after a break too
        self.pronouns = {w.capitalize() for w in language.get("referring_words", [])}
        self.official_nouns = set(language.get("official_nouns", []))
        self.state_sides = {side.name for side in lexicon.sides}
        self.stative = {w.lower() for w in stance.get("stative_participles", [])}
        officials = alternation(language.get("official_nouns", ["officials"]))
        # "In Velmora, the Office of the Chancellor said": the place names the side
        self.place_opener = re.compile(r"^In\s+(?P<place>[^,]{2,40}),\s+(?:the\s+|a\s+|an\s+)?(?:[\w\s]{0,40}?\s)?" + officials + r"\b[^,;]{0,40}?\s*$")
        # "the Government of Orvia", "the representative of Orvia": a head that speaks for the side after "of"
        self.of_heads = {w.lower() for w in language.get("side_of_heads", [])}
        self.coordinated = re.compile(r"^\s*,?\s*(?:and|but)\s+(?:(?:" + adverbs + r"|\w+ly)\s+)*$", re.I)
        self.breaks = sorted(lexicon.language["clause_breaks"], key=len, reverse=True)
        self.hedges = [(h["phrase"], h["lead"]) for h in lexicon.hedges]
        # "told reporters": the verbs that take a listener, in every form
        self.listener_verbs = {form for verb in stance.get("listener_verbs", [])
                               for form in verb_forms(verb.lower(), irregular)}
        # one pattern first: most positions carry no hedge
        self.any_hedge = re.compile(r"\b" + alternation([p for p, _ in self.hedges]) + r"\b"
                                    if self.hedges else r"(?!x)x")
        # "X is said to have refused": a hedge's own verb is no stance of X's
        self.hedge_phrase = re.compile(self.any_hedge.pattern, re.I)
        self.hedge_words = WordGate([p for p, _ in self.hedges], ignore_case=True)
        self.adverbial = _adverbial_re(language)
        # "A truce means that both sides stop firing": a definition, held by no side
        defining = language.get("defining_phrases", [])
        self.defining = re.compile(r"\b" + alternation(defining) + r"\b", re.I) if defining else None
        self.defining_words = WordGate(defining, ignore_case=True)
        # "backed Velmora, Velmora was losing, and ...": a comma, then a short subject and its own finite
        # verb, starts the next clause of a list ("arguing that it was" is no subject: a participle's
        # clause); "be", "been" and "being" are no finite verbs
        finite = [w for key in ("auxiliaries", "modal_verbs", "irregular_past") for w in language.get(key, [])
                  if w not in ("be", "been", "being")]
        verb = alternation(finite) if finite else r"(?!x)x"
        self.new_clause = re.compile(
            r",\s+(?!(?:and|or|but|nor|which|who|whom|whose|where|when|while|as|if)\b)"
            r"(?:(?![\w’'\-]*ing\s|that\s)[\w’'\-]+\s+){1,3}?(?:" + verb + r")(?![\w’'\-])")

    def find(self, sentence: str, sides: SideIndex, previous: str | None = None,
             pair: tuple[str, ...] = (), words: SentenceWords | None = None,
             named_previous: str | None = "", previous_person: bool = True) -> list[PositionMatch]:
        """Positions stated in ``sentence``.

        ``previous`` is the side that held the last position before this
        sentence ("It rejects ..." is its); ``named_previous`` the side a noun
        that refers ("The Government recalls ...") stands for: the same side
        (when "") unless the caller knows a paragraph break or another side
        came between, which makes it None ("The Government" of a report's
        response section is the report's own, not the last one quoted);
        ``pair`` the article's two main sides ("both leaders acknowledged ...");
        ``words`` the sentence's words, if the caller has them already.
        """
        if sentence.rstrip().endswith("?"):
            return []       # a question asks about a position; it does not state one
        words = words or SentenceWords(sentence)
        verbs = list(self.verb_re.finditer(sentence)) if self.verb_words.may_hold(words) else []
        if verbs and self.hedge_words.may_hold(words) and self.hedge_phrase.search(sentence):
            hedged = [m.span() for m in self.hedge_phrase.finditer(sentence)]
            verbs = [v for v in verbs if not any(s <= v.start() and v.end() <= e for s, e in hedged)]
        if verbs and self.particle is not None and self.particle_words.may_hold(words):
            verbs = [v for v in verbs if not self.particle.match(sentence, v.start())]
        if verbs and self.defining and self.defining_words.may_hold(words):
            verbs = [v for v in verbs if not self._defining(sentence, v.start())]
        if not verbs:
            return []
        mentions = sides.mentions(sentence)
        out: list[PositionMatch] = []
        last: list[Mention] = []        # the holders of the position found before
        quote = _OPENING_QUOTE.match(sentence)
        for verb in verbs:
            holder = self._holder(sentence, mentions, verb.start(), verb.group(1))
            if holder is None and quote and verb.start() <= quote.end() + 2:
                # '"We can live with the text," said one Marnian delegate.'
                holder = next((m for m in mentions if verb.end() <= m.start <= verb.end() + 30), None)
            same: list[Mention] = []
            if holder is None and out and self.coordinated.match(sentence[out[-1].end:verb.start()]):
                # "X criticized A and advocated B": the same side holds both; "It criticized A and
                # advocated B": whoever "It" stood for, which is no side named in this sentence
                holder = next((m for m in mentions if m.start == out[-1].start), None)
                same = [] if holder else last
            holders = [holder] if holder else same or self._referred(sentence, mentions, verb, previous, pair,
                                                                     named_previous, previous_person)
            if not holders or self._passive(sentence, verb):
                continue
            holder = holders[0]
            rest = sentence[verb.end():]
            content_start = verb.end() + len(rest) - len(rest.lstrip())
            content = self._clause(rest)
            listener = ""
            if quote and verb.start() >= quote.end():
                # the quotation that opens the sentence is what the side said
                content, content_start = quote.group(1).rstrip(",").strip(), quote.start(1)
                if verb.group(1).split()[0].lower() in self.listener_verbs:
                    listener = _listener(rest)
            if content.startswith(","):
                continue            # "but Poland refused, pleading ...": what it refused is the clause before's
            object_first = False
            object_noun = ""
            if content and not (quote and verb.start() >= quote.end()) and self.adverbial.fullmatch(content):
                content = ""        # "Aldoria agreed in early May": when, not what; what is in another sentence
            if not content or _ADVERB.fullmatch(content):
                content, content_start, object_noun = self._object_before(sentence, holder)
                object_first = True
                if not content:
                    continue
            stance = " ".join(verb.group(1).split())
            if stance.lower() in self.naming_verbs and _NAME_ONLY.match(content):
                continue        # "Damansky Island, which China calls Zhenbao": a name given, no stance
            hedge = self._hedge(sentence, holder.start, verb.end())
            # how a question says it: "insists"/"insisting" -> "insisted", "has supported" kept
            asked = self.past.get(stance.lower(), stance)
            if _PERFECT_BEFORE.search(sentence[:verb.start()]):
                asked = ("have " if len(holders) > 1 else "has ") + asked
            if listener:
                asked += " " + listener     # "told reporters", never a "told" with no one told
            end = content_start + len(content) if not object_first else verb.end()
            last = holders
            co_holders = self._co_holders(sentence, mentions, holder)
            if co_holders and stance.lower() in self.joint_verbs and not content.startswith("that "):
                continue        # "Britain and France agreed a first draft": what they did together, not a stance
            for who in holders + co_holders:
                out.append(PositionMatch(
                    side=who.side, holder=who.text, stance=stance, how=who.how,
                    polarity=self.polarity[stance.lower()], content=content,
                    topic=_topic(content), hedge=hedge,
                    start=holder.start, end=end,
                    content_start=content_start, object_first=object_first, object_noun=object_noun,
                    asked=asked,
                ))
        return out

    def _passive(self, sentence: str, verb: re.Match[str]) -> bool:
        """"Velmora was urged to withdraw", "the Dutch were promised a barrier": the stance is someone else's,
        theirs only to receive ("Velmora is opposed to it", "is pressing for" hold it)."""
        window = sentence[max(0, verb.start() - 24):verb.start()]
        if not ("was " in window or "were " in window or "is " in window or "are " in window or "be" in window):
            return False        # no helper of a passive before the verb: the cheap test first
        word = verb.group(1).split()[0].lower()
        # ("It was agreed between A and B that ...": a stative participle with its agents after it is a passive)
        stative = word in self.stative and not _AGENTS_AFTER.match(sentence, verb.end())
        return not word.endswith("ing") and not stative and _PASSIVE_BEFORE.search(window) is not None

    def _defining(self, sentence: str, at: int) -> bool:
        """Whether the verb at ``at`` stands in a clause that says what a word means ("is when", "means that")."""
        for m in self.defining.finditer(sentence, 0, at):
            # the definition's clause runs to the next clause break ("..., but Aldoria refused")
            ends = [i for i in (sentence.find(b, m.end()) for b in self.breaks) if i >= 0]
            if at < min(ends, default=len(sentence)):
                return True
        return False

    def _referred(self, sentence: str, mentions: list[Mention], verb: re.Match[str],
                  previous: str | None, pair: tuple[str, ...], named_previous: str | None = "",
                  previous_person: bool = True) -> list[Mention]:
        """Holders named by reference: "both leaders", "It", "The Government", ", stressing"."""
        head = sentence[:verb.start()]
        m = self.pair_subject.search(head)
        if (m and len(pair) == 2 and self.gap.match(head[m.end():])
                # ("Critics on both sides complain": the critics, no side as a whole)
                and not re.search(r"\b(?:in|of|from|for|with|by|to|between|among|on|across|within|at)\s+$",
                                  head[:m.start()], re.I)):
            return [Mention(side, m.start(), m.end(), m.group(0), "reference") for side in pair]
        m = self.pronoun_subject.match(head)
        if m and named_previous != "" and m.group(0).split()[-1] not in self.pronouns:
            previous = named_previous   # "The Government", "The Ministry": not past a break or another side
        if m and previous and self.gap.match(head[m.end():]) \
                and (previous_person or m.group(0).split()[-1] not in _PERSONAL_PRONOUNS):
            # ("Burgundy refused ... He also promised": "He" is a person, never the state named last)
            return [Mention(previous, m.start(), m.end(), m.group(0), "reference")]
        m = self.place_opener.match(head)
        if m:
            place = [x for x in mentions if m.start("place") <= x.start < m.end("place")]
            if place:
                return [place[0]]
        if verb.group(1).split()[0].endswith("ing") and head.rstrip().endswith(","):
            # "Aldorian President X sounded a wary tone, stressing that ...": the subject holds it
            first = mentions[0] if mentions else None
            opener = _PLACE_OPENER.fullmatch(head, 0, first.start) if first else None
            if opener and opener.group(1).lower() in _PREPOSITIONS and head.startswith(",", first.end):
                return []   # "In Velmora, farmers attacked the plan, saying ...": the place holds no stance
            if first and first.end <= verb.start() and not re.search(r"\w", self._before_subject(head[:first.start])):
                return [first]
        return []

    @staticmethod
    def _before_subject(text: str) -> str:
        """What stands before a sentence's first side mention, titles and articles aside."""
        return re.sub(r"\b(?:[Tt]he|[Aa]n?|former|[A-Z][\w\-]*)\b|\d+|[:,\-–—]", "", text)

    def _holder(self, sentence: str, mentions: list[Mention], verb_start: int,
                verb: str = "") -> Mention | None:
        before = [m for m in mentions if m.end <= verb_start]
        if not before:
            return None
        # the nearest side that the verb can belong to: "Marnia's ruler, General X, warned"
        # reaches back past a name the article never tied to a side
        for mention in reversed(before[-2:]):
            gap = sentence[mention.end:verb_start]
            if self.gap.match(gap):
                break
            if mention.how == "leader" and _APPOSED_GAP.fullmatch(gap) \
                    and sentence[:mention.start].rstrip().endswith(","):
                break       # "Velmora's envoy, Ivo Brandt, warned": the person named between the commas
        else:
            mention = next((m for m in reversed(before) if self.list_aside.match(sentence[m.end:verb_start])), None)
            if mention is None:
                return None
            gap = sentence[mention.end:verb_start]
        if mention.text.endswith(("'s", "’s")) and not gap.strip():
            return None     # "Velmora's demand", "Tessaly's claim": a noun, not a verb
        if mention.how == "leader" and mention.side not in self.state_sides and (
                mention.text.endswith(("'s", "’s")) or gap.startswith(("'s", "’s"))):
            return None     # "Charles's chancellor, Gattinara, refused": a ruler of his own is not his minister
        first = verb.split()[0].lower() if verb else ""
        if mention.how == "demonym" and not gap.strip() and not (first.endswith("ed") or first in self.past_verbs):
            return None     # "the Marnian claim"; "the Marnians insisted", "the French refused" are a people's own
        preceding = sentence[:mention.start].split()[-3:]
        if preceding and preceding[-1].lower() == "the":
            preceding = preceding[:-1]
        word = preceding[-1].lower() if preceding else ""
        if word in ("if", "unless", "whether"):
            return None     # "if Velmora agrees": a condition, not a position
        if (len(preceding) > 1 and preceding[-2].lower() == "to" and word.isalpha() and word.islower()
                and word not in self.not_infinitive and word not in _PREPOSITIONS and "which" not in gap):
            return None     # "an attempt to draw Velmora back": the object of an infinitive holds no stance
        if (verb.lower() in self.bare_particles and not gap.strip() and word.isalpha() and word.islower()
                and (word in self.past_verbs or word.endswith(("ed", "ing")))):
            return None     # "handed Velmora back its ports": the object of "handed" backs nothing
        if word == "of" and len(preceding) > 1 and preceding[-2].lower() in self.of_heads:
            return mention  # "the Government of Orvia welcomes"
        if word == "with" and verb.endswith("ing"):
            return mention  # "with Brandt maintaining ...": Brandt holds it
        if word == "in" and len(preceding) > 1 and preceding[-2] in self.official_nouns:
            return mention  # "Officials in Velmora said"
        # "critics within the country argued": the side is not the speaker,
        # unless a relative clause hangs on it ("with the Tessalian view, which ... rejected").
        if word in _PREPOSITIONS and "which" not in gap:
            return None
        return mention

    def _co_holders(self, sentence: str, mentions: list[Mention], holder: Mention) -> list[Mention]:
        """"Marnia and the Coastal Union condemned": every side of a joint subject."""
        out = []
        current = holder
        for mention in reversed([m for m in mentions if m.end <= holder.start]):
            between = sentence[mention.end:current.start]
            if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", between):
                break
            if mention.side != holder.side:
                out.append(mention)
            current = mention
        return out

    def _clause(self, text: str) -> str:
        end = len(text)
        for marker in self.breaks:
            i = text.find(marker)
            if 0 <= i < end:
                end = i
        verb = _AND_VERB.search(text)
        if verb and verb.start() < end:
            end = verb.start()
        # a comma ends the clause, but not one inside a number ("30,000 euros"), nor
        # a pair around a name set beside a noun ("its bank, Agrobank, be reconnected")
        commas = [m.start() for m in _COMMA.finditer(text)]
        for m in _APPOSITIVE.finditer(text):
            commas = [c for c in commas if c not in (m.start(), m.end("name"))]
            if m.start() < end <= m.end("name"):
                end = len(text)     # the break found inside the pair is no break
                for marker in self.breaks:
                    i = text.find(marker, m.end("name") + 1)
                    if 0 <= i < end:
                        end = i
        comma = commas[0] if commas else -1
        if 0 <= comma < end and (len(text[:comma].split()) >= 3 or self.new_clause.match(text, comma)):
            end = comma
        # "agreed to build two dams: Oster, finished in 1970, and ...": a list after a colon is cut
        # by its own commas, so the clause stops before the colon, never after the list's first item;
        # what follows a colon whole ("on one thing: the border stays open") is kept
        colon = _COLON.search(text)
        if (colon and colon.start() < end and text[end:].strip(" .!?\"”’'")
                and len(text[:colon.start()].split()) >= 2):
            end = colon.start()
        clause = text[:end].strip()
        if clause.count("(") > clause.count(")"):
            # "had no force (Marsh, 1990)" cut at its comma: the bracket, a source's, is no part of what is held
            clause = clause[:clause.rfind("(")]
        return clause.rstrip(".!?;:,").strip()

    def _object_before(self, sentence: str, holder: Mention) -> tuple[str, int, str]:
        """For "..., a claim Velmora has denied": the clause before the appositive, and its noun."""
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
        if not self.any_hedge.search(window):
            return None
        for phrase, lead in self.hedges:
            if re.search(r"\b" + re.escape(phrase) + r"\b", window):
                return lead
        return None


# ", Agrobank, be reconnected": a short name between two commas, the clause going on in lower case
_APPOSITIVE = re.compile(r",\s+(?P<name>(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'.\-]*){0,4})(?=,\s+(?!and\b|or\b|but\b|which\b|who\b)[a-z])")


_LISTENER = re.compile(r"\s*((?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w’'.\-]+\s+){0,3}?[\w’'.\-]+?)"
                       r"(?=\s*[,;.]|\s+(?:on|in|at|after|before|during|late|early|yesterday|today)\b|$)")


def _listener(rest: str) -> str:
    """Who a verb like "told" was said to: "reporters" in '"...," he told reporters, adding ...'."""
    m = _LISTENER.match(rest)
    if not m or m.group(1).lower() == "that" or m.group(1).endswith("ly"):
        return ""
    return m.group(1)


_PREPOSITIONS = {"in", "within", "of", "to", "from", "against", "with", "toward", "towards", "for", "by", "about", "on", "over", "among", "between", "at", "like", "unlike"}


# "In the ": a preposition and perhaps "the" before a sentence's first side, which its place then names
_PLACE_OPENER = re.compile(r"\s*(\w+)\s+(?:the\s+)?")
_OPENING_QUOTE = re.compile(r'^\s*["“‘]([^"”’]{3,300}?)["”’]\s*,?')
def _adverbial_re(language: dict) -> re.Pattern[str]:
    """A clause that is only adverbials of time or place ("in early May", "at the time, in Velmora",
    "later"), built once per lexicon from the language lists; a pattern that matches nothing without them."""
    preps = language.get("adverbial_prepositions", [])
    nouns = language.get("adverbial_time_nouns", []) + language.get("months", []) + language.get("weekdays", [])
    if not preps or not nouns:
        return re.compile(r"(?!x)x")
    modifiers = language.get("adverbial_modifiers", [])
    modifier = r"(?:(?:" + alternation(modifiers) + r")[\s\-]+)*" if modifiers else ""
    token = r"(?:(?:" + alternation(nouns) + r")\b|\d[\w\-]*)"
    when = r"(?:" + alternation(preps) + r")\s+" + modifier + token + r"(?:,?\s+(?:of\s+)?" + token + r")*"
    places = language.get("adverbial_place_prepositions", [])
    where = (r"|(?:" + alternation(places) + r")\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*") if places else ""
    words = language.get("adverbial_words", [])
    alone = (r"|(?:" + alternation(words) + r")\b") if words else ""
    unit = r"(?:" + when + where + alone + r"|\w+ly)"
    return re.compile(unit + r"(?:\s*,?\s*(?:and\s+)?" + unit + r")*")


_AND_VERB = re.compile(r"\s+and\s+(?:\w+ly\s+)?\w+ed\b")
_ADVERB = re.compile(r"\w+ly")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|long\s+)?$")     # "has long supported"
_TOPIC_LEAD = re.compile(r"^(?:to|for|that|by|on)\s+")
_COMMA = re.compile(r",(?!\d)")
_COLON = re.compile(r":\s")


def verb_forms(phrase: str, irregular: dict[str, list[str]]) -> list[str]:
    """The forms of a past-tense verb phrase: "urged for" -> "urges for", "urge for", "urging for".

    Spelling rules make a few non-words too ("urgs"); they never occur in
    text, so they cost nothing.
    """
    first, _, rest = phrase.partition(" ")
    tail = f" {rest}" if rest else ""
    words = {first}
    if first in irregular:
        words.update(irregular[first])
    elif first.endswith("ed"):
        stems = {first[:-2], first[:-1]}
        if first.endswith("ied"):
            stems.add(first[:-3] + "y")
        if len(first) > 4 and first[-3] == first[-4] and first[-3] not in "aeiousl":
            stems.add(first[:-3])              # "stopped" -> "stop"
        for stem in stems:
            if stem.endswith("y") and len(stem) > 2 and stem[-2] not in "aeiou":
                words.update({stem, stem[:-1] + "ies", stem + "ing"})
                continue
            words.update({stem, stem + "s", stem + "es", stem + "ing"})
            if stem.endswith("e"):
                words.add(stem[:-1] + "ing")
    return [w + tail for w in sorted(words)]


def _topic(content: str) -> str:
    words = _TOPIC_LEAD.sub("", content).split()
    for i, word in enumerate(words):
        if word.lower() in {"on", "over", "about", "regarding", "toward", "towards", "of", "in"} and i + 1 < len(words):
            return " ".join(words[i + 1:i + 6]).rstrip(",.;:")
    return " ".join(words[:6]).rstrip(",.;:")

