"""Sentence splitting with character offsets into the article text."""
from __future__ import annotations

import re

from ..model import Article, Sentence
from .lexicon import Lexicon, alternation

# A sentence ends at . ! ? (or …), perhaps followed by closing quotes or
# brackets, then white space (and perhaps a transcript's "[pause]") and something that can start a sentence: a digit or
# a capital, "A" as well as "İ" or "Č" (a character outside ASCII, caught in the
# group, is checked to be a capital where the pattern is used).
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+(?:\[[a-z][^\[\]\n]{0,40}\]\s+)*[\"'“‘«(\[]?(?:[A-Z0-9]|([^\x00-\x7f])))")
# A transcript's note of what happened between sentences, in square brackets and lower case ("[pause]",
# "[laughs]", "[long silence]"): said by no one, no part of the sentence before or after it.
_DIRECTIONS = re.compile(r"\s*(?:\[[a-z][^\[\]\n]{0,40}\]\s*)+")
_DIRECTIONS_AFTER = re.compile(r"[.!?…](?:\s*\[[a-z][^\[\]\n]{0,40}\])+\s*$")
_SPACE = re.compile(r"\s*")
_LETTER = re.compile(r"[a-z]")                   # "J." of "J. Doe"
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")     # "R.A" of "R.A."

# A transcript's speaker label at the start of a paragraph names who speaks and
# is no part of the sentence: "ANCHOR: Marnia voted ...", "REPORTER (Aldoria): ...",
# "Q: ...". Upper-case words (or one letter), perhaps a place in brackets, a colon; a script's cue
# goes on in upper case after a dash ("REPORTER (VO) — ARCHIVE, STORMONT, 10 APRIL 1998:").
_SPEAKER = re.compile(r"(?:[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,2}|[A-Z])"
                      r"(?: \([^()\n]{1,40}\))?(?: [—–-] [A-Z0-9][A-Z0-9'’.,/ -]{0,60})?:\s+(?=\S)")


# a few words, then a pictograph (and perhaps its variation selector), then a capital: a post's label
_PICTOGRAPH_LABEL = re.compile(r"[^.!?:;\n\U0001F000-\U0001FAFF\u2600-\u27BF]{1,40}?\s*[\U0001F000-\U0001FAFF\u2600-\u27BF]"
                               r"\uFE0F?\s+(?=[\"'“‘]?[A-Z0-9])")


class _Leads:
    """What may open a paragraph without being part of its first sentence, compiled once per lexicon.

    A live blog's clock time ("14:05 Aldoria's envoy said ...", "9.30am –",
    "1405 GMT") or a recording's timestamp before a dash ("46:10 — ...",
    "1:02:15 – ...": minutes and hours may run past any clock's) stamps the entry; a label before a colon ("Editor's note,
    added March 2031:", "Update:", "Correction (4 May):") heads the
    paragraph.  Neither is read: its digits are no count, its date no event.
    A short spoken or written lead-in before a colon that a whole clause
    follows ("Long story short: Aldoria signed in 1990.") is no word of the
    statement either, wherever the sentence starts.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        zones = lexicon.language.get("time_zones", [])
        zone = r"(?:\s*(?:" + alternation(zones) + r")\b)" if zones else r"(?!x)x"
        meridiem = r"(?:\s*(?:[ap]\.m\.|[ap]m\b))"
        self.clock = re.compile(
            r"(?:\d{1,3}(?::[0-5]\d){1,2}(?=\s*[-–—]\s)"                          # "46:10 —", "1:02:15 –"
            r"|(?:[01]?\d|2[0-3]):[0-5]\d" + meridiem + r"?" + zone + r"?"      # "14:05", "9:40 am GMT"
            r"|(?:1[0-2]|0?\d)\.[0-5]\d" + meridiem + zone + r"?"                 # "9.40am"
            r"|(?:[01]?\d|2[0-3])\.[0-5]\d" + zone +                            # "19.10 BST"
            r"|(?:[01]\d|2[0-3])[0-5]\d" + zone + r")"                           # "1405 GMT"
            r"(?:\s*[-–—:|]\s*|\s+)(?=[\"'“‘(\[]?(?:[A-Z0-9]|[^\W\d_a-z]))")      # "14:05 Ísak said"
        labels = lexicon.language.get("paragraph_labels", [])
        # the label word, then perhaps ", added <when>" or "(<when>)", and the colon: no verb of its own
        finite = [w for key in ("auxiliaries", "modal_verbs") for w in lexicon.language.get(key, [])]
        self.finite = re.compile(r"\b(?:" + alternation(finite) + r")\b") if finite else re.compile(r"(?!x)x")
        # a lead-in of two or three plain words, the first capitalised ("Bottom line:"), before a colon;
        # a name, a number or a possessive ("Marnia's reply:") says something and is kept
        self.lead = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){1,2}:\s+(?=[\"'“‘(\[]?\w)")
        self.verbs = ({w for key in ("auxiliaries", "modal_verbs", "irregular_past") for w in lexicon.language.get(key, [])}
                      | {w.capitalize() for key in ("auxiliaries", "modal_verbs") for w in lexicon.language.get(key, [])})
        self.pronouns = {w.lower() for key in ("referring_words", "first_person") for w in lexicon.language.get(key, [])}
        # a finite verb: an auxiliary, a past form, or a present after a capitalised subject ("Aldoria signs")
        self.clause_verb = re.compile(r"\b(?:" + alternation(sorted(self.verbs)) + r")\b|\b[a-z]{2,}ed\b"
                                      r"|\b[A-Z][\w’'\-]*\s+[a-z]{2,}s\b")
        self.label = (re.compile(r"(?:" + alternation(labels) + r")(?:\s+\d{1,2}|\s*[,(–—][^:.!?;]{1,60}?)?:\s+"
                                 r"(?=[\"'“‘(\[]?[A-Z0-9])", re.I) if labels else re.compile(r"(?!x)x"))

        # "Mr. Velm:", "Baroness Ostrel (Brinmouth):", "The Minister:": who speaks in a record of
        # proceedings or an interview, a title and a name (or "The" and an office) before a colon;
        # mixed case, with the title's full stop, so not caught as a transcript's upper-case label
        titles = lexicon.language.get("speaker_titles", [])
        offices = lexicon.language.get("office_titles", [])
        name = r"[A-Z][\w’'-]+"
        named = ([r"(?:" + alternation(titles) + r")\.?(?:\s+" + name + r"){1,3}",
                  # "Minister for Foreign Affairs (Deputy Ana Ruiz):", "The Taoiseach (Deputy Ivo Brandt):": an
                  # office and, in brackets, the title and name of who holds it
                  r"(?:The\s+)?" + name + r"(?:\s+(?:(?:for|of|the|and)\s+)*" + name + r"){0,5}\s+\((?:"
                  + alternation(titles) + r")\.?(?:\s+" + name + r"){1,3}\)"] if titles else []) + \
                ([r"The\s+(?:" + alternation(offices) + r")(?:\s+(?:of|for)(?:\s+" + name + r"){1,3}){0,2}"]
                 if offices else [])
        self.speaker = (re.compile(r"(?:" + "|".join(named) + r")(?: \([^()\n]{1,40}\))?:\s+"
                                   r"(?=[\"'“‘(\[]?[A-Z0-9])") if named else re.compile(r"(?!x)x"))

        # "Today's highlight in history:", "Key facts:", "Background:": a few words ending in a label's
        # head noun (and perhaps "in history"), then the colon
        heads = lexicon.language.get("sentence_label_heads", [])
        self.head = (re.compile(r"(?:[A-Z][\w’']*\s+(?:[a-z][\w’']*\s+){0,2})?(?i:" + alternation(heads) + r")"
                                r"(?:\s+(?:in|of|from|on)\s+[a-z]+(?:\s+[a-z]+)?)?:\s+(?=[\"'“‘(\[]?[A-Z0-9])")
                     if heads else re.compile(r"(?!x)x"))

        # "Claim: ...", "Myth: ...": what a fact-check tests or a lesson corrects, stated so as to be doubted
        claims = lexicon.language.get("claim_labels", [])
        self.claim = (re.compile(r"(?i:" + alternation(claims) + r")\s*:\s") if claims else re.compile(r"(?!x)x"))

    def skip(self, paragraph: str) -> int:
        """Where the paragraph's first sentence starts: after its clock time and its label, if any."""
        start = 0
        if paragraph[:1].isdigit():
            clock = self.clock.match(paragraph)
            if clock:
                start = clock.end()
        elif paragraph[:1] == "[":
            stamp = _BRACKETED_CLOCK.match(paragraph)     # "[19:03] Mia: ...": a chat's or a log's time
            if stamp:
                start = stamp.end()
        start = self.skip_label(paragraph, start)
        speaker = _SPEAKER.match(paragraph, start) or self.speaker.match(paragraph, start)
        return self.skip_label(paragraph, speaker.end()) if speaker else start

    def skip_label(self, paragraph: str, start: int) -> int:
        """Where a sentence starting at ``start`` really starts: after a label ("Update:") or a short
        lead-in ("Quick recap:", "Long story short:") before a colon, if any; or a post's label that a
        pictograph ends ("The scale 📉 The lost lands held ...")."""
        if not paragraph.isascii():
            pictured = _PICTOGRAPH_LABEL.match(paragraph, start)
            if pictured:
                return pictured.end()
        colon = paragraph.find(":", start, start + 100)
        if colon < 0:
            return start
        label = self.label.match(paragraph, start)
        if label and not self.finite.search(paragraph, start, label.end()):
            return label.end()
        head = self.head.match(paragraph, start)
        lead = head or self.lead.match(paragraph, start)
        if not lead:
            return start
        if head:
            stop = _BOUNDARY.search(paragraph, head.end())
            rest = paragraph[head.end():stop.start() if stop else len(paragraph)]
            return head.end() if self.clause_verb.search(rest) else start
        words = paragraph[start:colon].split()
        # "Quotas vary:", "Aldoria objects:", "We agree:": a subject and its verb say something
        if words[0].lower() in self.pronouns or any(w in self.verbs or w.endswith(("ed", "s")) for w in words):
            return start
        # what follows must be a whole clause with a verb of its own, up to the sentence's end
        stop = _BOUNDARY.search(paragraph, lead.end())
        rest = paragraph[lead.end():stop.start() if stop else len(paragraph)]
        return lead.end() if self.clause_verb.search(rest) else start


def split_sentences(article: Article, lexicon: Lexicon) -> list[Sentence]:
    """Return the sentences of ``article`` in order, with offsets into ``article.text``."""
    abbreviations = lexicon.cached("abbreviations", _abbreviations)
    numbered = lexicon.cached("number_abbreviations", _number_abbreviations)
    leads = lexicon.cached("paragraph_leads", _Leads)
    text = article.text
    sentences: list[Sentence] = []
    offset = 0
    speakers = _speakers(article.paragraphs)
    for paragraph in article.paragraphs:
        if leads.claim.match(paragraph):
            offset += len(paragraph) + 2
            continue        # "Claim: the pact was never signed": stated to be checked, no sentence of the article's own
        start = leads.skip(paragraph)
        if speakers:
            speaker = _NAMED_SPEAKER.match(paragraph, start)
            start = speaker.end() if speaker and speaker.group(1) in speakers else start
        if paragraph[start:start + 1] == "[":
            directions = _DIRECTIONS.match(paragraph, start)
            start = directions.end() if directions else start
        colon = ":" in paragraph
        for match in _BOUNDARY.finditer(paragraph, start):
            if match.group(1) and not match.group(1).isupper():
                continue        # "… 1990. ñandú" is no new sentence; "… 1990. Ísak said" is
            # the word before the stop, without its stops: "U.S." -> "u.s"
            words = paragraph[start:match.start() + 1].rsplit(None, 1)
            token = words[-1].rstrip(".!?…").lstrip("([\"“‘'").lower() if words else ""
            # "U.S. President", "Dr. Smith", "J. Doe": not an end of sentence.
            if match.group().startswith(".") and (
                token in abbreviations or _LETTER.fullmatch(token) or _INITIALS.fullmatch(token)
            ) and not (_LETTER.fullmatch(token) and _numeral_ends(paragraph, match.end(), lexicon)) \
                    and not (token in numbered and not _NUMBER_NEXT.match(paragraph, match.end())) \
                    and not _numbered_part_next(paragraph, match.end(), numbered):
                continue
            end = match.end()
            _add(sentences, paragraph, start, end, offset)
            directions = _DIRECTIONS.match(paragraph, end)
            start = directions.end() if directions and "[" in directions.group() else end
            start = leads.skip_label(paragraph, _SPACE.match(paragraph, start).end()) if colon else start
        end = len(paragraph)
        if paragraph.endswith("]"):
            after = _DIRECTIONS_AFTER.search(paragraph, start)
            end = after.start() + 1 if after else end     # "... six years. [long pause]": the stop ends it
        _add(sentences, paragraph, start, end, offset)
        offset += len(paragraph) + 2
    assert all(text[s.start:s.end] == s.text for s in sentences)
    return sentences


# "Yuki: They signed it in 1960.": a name (one or two words) and a colon opening a paragraph
_NAMED_SPEAKER = re.compile(r"([A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*)?):\s+(?=\S)")
# "[19:03] ", "[9:40 pm] ": a clock time in square brackets, a chat's or a log's stamp
_BRACKETED_CLOCK = re.compile(r"\[\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]\s*")


def _speakers(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """The names a dialogue's turns open with: those that open two paragraphs or more ("Ben:", "Yuki:")."""
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        stamp = _BRACKETED_CLOCK.match(paragraph) if paragraph[:1] == "[" else None
        m = _NAMED_SPEAKER.match(paragraph, stamp.end() if stamp else 0)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return frozenset(name for name, n in counts.items() if n > 1)


def _number_abbreviations(lexicon: Lexicon) -> frozenset[str]:
    """The abbreviations that stand only before a number ("no", "art"), in lower case."""
    return frozenset(a.lower().rstrip(".") for a in lexicon.language.get("number_abbreviations", []))


def _numbered_part_next(paragraph: str, end: int, numbered: frozenset[str]) -> bool:
    """"... within 6 mos. of ratif. Art. 3: ...": a numbered part ("Art. 3") after the stop opens a new sentence."""
    m = _PART_NEXT.match(paragraph, end)
    return bool(m) and m.group(1).lower() in numbered


_PART_NEXT = re.compile(r"\s+([A-Z][a-z]*)\.\s*(?:\d|[IVXLC]+\b)")
# a number after an abbreviation's stop: "No. 5", "Art. IV", "ca. 1650", "pp. 3-9"
_NUMBER_NEXT = re.compile(r"\s+[(\[]?(?:\d|[IVXLC]+\b)")


def _abbreviations(lexicon: Lexicon) -> frozenset[str]:
    """The words a full stop may follow without ending a sentence ("Dr", "u.s"), in lower case."""
    return frozenset(a.lower().rstrip(".") for a in lexicon.language["abbreviations"])


_ROMAN = re.compile(r"\b[A-Z][a-z]+ [IVX]$")    # "Annex V", "Part I"; "J. Doe" has no name before it
_NEXT_WORD = re.compile(r"\s+[\"'“‘(]?([A-Z][a-z]*)\b")


def _openers(lexicon: Lexicon) -> frozenset[str]:
    """Words that open a sentence and never a name: "The", "It", "However"."""
    language = lexicon.language
    return frozenset(language.get("not_name_openers", [])) | {
        w.capitalize() for key in ("referring_words", "first_person") for w in language.get(key, [])}


def _numeral_ends(paragraph: str, end: int, lexicon: Lexicon) -> bool:
    """"... listed in Annex V. The list ...": a Roman numeral after a capitalised word ends the
    sentence when a word that opens sentences, and no name, follows it."""
    if not _ROMAN.search(paragraph[:end].rstrip("\"'”’»)]").rstrip(".!?…")):
        return False
    following = _NEXT_WORD.match(paragraph, end)
    return bool(following) and following.group(1) in lexicon.cached("sentence_openers", _openers)


def _add(out: list[Sentence], paragraph: str, start: int, end: int, offset: int) -> None:
    chunk = paragraph[start:end]
    stripped = chunk.strip()
    if not stripped or stripped[0] == "[" and _DIRECTIONS.fullmatch(stripped):
        return      # nothing, or only "[laughs]" after the paragraph's last sentence
    lead = len(chunk) - len(chunk.lstrip())
    s = offset + start + lead
    out.append(Sentence(text=stripped, start=s, end=s + len(stripped), index=len(out)))
