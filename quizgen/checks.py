"""Quality checks: why a question may not be ready to use as it is.

Each check reads a question's wording (and the word lists of the
lexicon's language data) and returns a reason a teacher would give for
rewriting it: it gives its answer away, or it leans on something the
reader cannot see ("it", "the talks", "later that year").  The checks that
need the fact behind a question (a count whose members the sentence lists,
a date another date works out) live with the question makers in
``questions.py``.  Nothing here reads or writes files.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .extract.bodies import bare_institution_re as _bare_institution_re, body_name_re, body_not_names, named_before
from .extract.lexicon import Lexicon, SmallWords, alternation
from .model import BLANK, Question


def quality_reasons(q: Question, lexicon: Lexicon | None = None) -> list[str]:
    """Why a question may not be ready to use as it is; empty when it passes.

    The checks look for what makes a teacher rewrite a question: it gives
    its own answer away, or it leans on something the reader cannot see
    ("it", "their", "the talks", a sentence opening with "However").
    """
    reasons = []
    stem = re.sub(r"\[\[.*?\]\]", BLANK, q.question)
    if q.type in ("short", "mcq", "side") and q.answer and q.answer.lower() in stem.lower() \
            and (not q.answer[:1].isdigit() or _whole_word_in(q.answer.lower(), stem.lower())):
        # (a number inside another is no answer shown: the "5" of "1635")
        reasons.append("the question contains its own answer")
    elif q.type == "cloze" and q.answer and _whole_word_in(q.answer.lower(), stem.lower()):
        # "asked again in [[1962]], and in May 1962 ...": the sentence prints its blank elsewhere
        reasons.append("the question contains its own answer")
    if q.type == "mcq" and q.choices and any(c.lower() in stem.lower() for c in q.choices if c != q.answer):
        reasons.append("a wrong choice is written in the question")
    if q.type == "mcq" and q.choices and len({c.lower() for c in q.choices}) != len(q.choices):
        reasons.append("two choices are the same")
    language = lexicon.language if lexicon is not None else {}
    reasons += reference_reasons(q, lexicon)
    if BLANK in stem:
        shown = _answer_shown(stem, q.answer, q.choices, language)
        if shown:
            reasons.append(f"the sentence still shows part of the answer (“{shown}”)")
    if lexicon is not None and q.type in ("cloze", "mcq", "tf") and states_nothing(stem, lexicon):
        # "The Velmora Pact of 1817.", a reply or a caption: a name, not a statement to complete or judge
        reasons.append("the sentence has no verb: it states nothing")
    aside = _BRACKETED_ASIDE.match(stem)
    if aside:
        # "(Clue: the war began in May 1846.)": a worksheet's or an editor's aside in brackets, not the text's own
        reasons.append(f"the sentence is an aside in brackets (“{aside.group(1)}:”), not a statement of the article")
    label = _BOX_LABEL.match(stem.removeprefix("Complete the sentence: ")) if q.type in ("cloze", "mcq", "tf") else None
    if label:
        # "When: negotiators met on 2 March 2007": a box's label, and after it a fragment that goes on from it
        reasons.append(f"the sentence opens with a box's label (“{label.group(1)}:”): the rest is no sentence")
    if _RECITAL.match(stem) and stem.rstrip().endswith(";"):
        # "Whereas a treaty was signed at Velm on 8 May 1871;": a recital of a proclamation, a clause of it
        # (a "Whereas" that sets two things side by side ends as a sentence does)
        reasons.append("the sentence is a recital (“Whereas …”), a clause of a longer one")
    heading = _HEADING_QUESTION.match(stem) if "?" not in stem else None
    if heading:
        # "Why the Velm talks failed in May 1990: money and pride": an episode's or a chapter's title
        reasons.append(f"the sentence is a heading (“{heading.group(1)} …”), not a statement")
    if q.type in ("cloze", "mcq", "tf") and lexicon is not None:
        order = lexicon.cached("stop_words_of_speech", _SpeechWords).imperative.match(
            stem.removeprefix("Complete the sentence: "))
        if order:
            # "Impose sanctions on the officials responsible for the 2021 changes": a demand, neither true nor false
            reasons.append(f"the sentence is an instruction (“{order.group(1)} …”), not a statement")
    if q.type in ("cloze", "mcq", "tf"):
        done = _subjectless(stem.removeprefix("Complete the sentence: "), language)
        if done:
            # "Negotiated and signed the Velm Treaty on D", a CV's or a dictionary's line: whose act, the
            # heading says, and the statement reads as the student's own
            reasons.append(f"the sentence has no subject (“{done} …”): whose act it is, the heading says")
    shorthand = _note_shorthand(stem, language)
    if shorthand:
        # "Real aim = stop Velm (allied to Tarn since 1894)": a note's symbol for a verb, no sentence to print
        reasons.append(f"“{shorthand}” is note shorthand: the question is no sentence")
    # "Complete the sentence: Griffin wanted _____.": the sentence's own words, not the lead-in
    words = len(stem.removeprefix("Complete the sentence: ").split())
    if words > 60:
        reasons.append("the question is very long")
    if words < 4:
        reasons.append("the question is very short")
    return reasons


def _subjectless(text: str, language: dict) -> str:
    """The past verb a line opens with, and no subject before it ("Negotiated and signed the Velm Treaty ...",
    "Saw the agreement ratified ..."), if so; a participle that opens a clause before its subject ("Signed in
    1990, the treaty ...") has a preposition after it, not an object."""
    m = _SUBJECTLESS.match(text)
    if not m:
        return ""
    irregular = {w.lower() for w in language.get("irregular_past", [])}
    verbs = [m.group(1).lower()] + ([m.group(2)] if m.group(2) else [])
    return m.group(0)[:m.end(2) if m.group(2) else m.end(1)] if all(
        (len(v) > 4 and v.endswith("ed")) or v in irregular for v in verbs) else ""


# (a determiner after it: "Mohamed Morsi warned" is a name, and its verb comes later)
_SUBJECTLESS = re.compile(r"([A-Z][a-z]+)(?:\s+and\s+([a-z]+))?\s+(?:the|a|an|his|her|their|its)\s")


def _object_less_consent(stem: str, language: dict) -> str:
    """"gave its consent", "granted their approval" with no "to" or "for" after it: an approval of something
    the sentence does not name (the nouns of ``consent_nouns``), if ``stem`` has one."""
    nouns = tuple(language.get("consent_nouns", []))
    if not nouns or not _lowered_in(stem.lower(), nouns):
        return ""
    m = _consent_re(nouns).search(stem)
    return m.group(0) if m else ""


@functools.lru_cache(maxsize=8)
def _consent_re(nouns: tuple[str, ...]) -> re.Pattern:
    # given straight after the verb ("gave its consent on D"); "gave the treaty his blessing" names what it
    # blessed, "concluded without its consent" what was consented to
    return re.compile(r"\b(?:gave|give|gives|given|giving|granted|grants|grant)\s+(?:its|their|his|her)\s+"
                      r"(?:formal\s+|final\s+)?(?:" + alternation(list(nouns)) + r")\b(?!\s+(?:to|for|of)\b)(?![\w\-’'])")


# "When: negotiators met ...", "Signed: by Velmora on D1 ...": a label of one to three words, then lower case
# ... or a key figure's: "175: the number of parties that signed ...", "55 and 55: ..."
# ... or a chat's speaker and time: "Priya (21:24): also Roosevelt got ..."
_BOX_LABEL = re.compile(r"([A-Z][a-z]+(?: [a-z]+){0,2}(?:\s+\(\d{1,2}[:.]\d{2}\))?"
                        r"|\d[\d,.]*%?(?:\s+(?:and|to|or)\s+\d[\d,.]*%?)?):\s+(?=[a-z])")


class _SpeechWords:
    """The patterns of instructions, words to a speech's hearers and numbered parts of a text, made once per
    lexicon from its word lists ("Impose ...", "Madam Chair,", "your", "Article VI")."""

    _NEVER = re.compile(r"(?!x)x")

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        verbs = tuple(language.get("imperative_verbs", []))
        finite = tuple(language.get("auxiliaries", [])) + tuple(language.get("irregular_past", []))
        self.imperative = _imperative_re(verbs, finite) if verbs else self._NEVER
        vocatives = language.get("vocative_openers", [])
        self.vocative = re.compile(r"(?:" + alternation(vocatives) + r")\s*,") if vocatives else self._NEVER
        addressee = language.get("second_person", [])
        self.yours = words_re(tuple(addressee)) if addressee else self._NEVER
        labels = tuple(w for w in lexicon.data["units"].get("label_nouns", []) if w[:1].isupper())
        self.numbered_part = _numbered_part_re(labels) if labels else self._NEVER


def _imperative_re(verbs: tuple[str, ...], finite: tuple[str, ...]) -> re.Pattern:
    """A verb's bare form opening the sentence, then a lower-case word that is no "of", "to" or finite verb:
    "Impose sanctions ...", "Sign the petition"; not "Release of the prisoners began", not "Grant signed"."""
    not_object = r"(?!(?:of|to|and|or|" + alternation(list(finite)) + r")\b|[a-z]+ed\b)" if finite else r"(?!of\b|to\b)"
    # ... or a name's possessive: "Study Gerard ter Borch's painting"
    return re.compile(r"(" + alternation(list(verbs)) + r")\s+(?:" + not_object + r"[a-z]|[A-Z][\w’']*-[a-z]"
                      r"|[A-Z][\w\-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w\-]*){0,3}['’]s\s)")


def _note_shorthand(stem: str, language: dict) -> str:
    """A symbol that stands for a verb or a link in notes ("=", "→", "+" between words), if ``stem`` has one."""
    for symbol in language.get("note_symbols", []):
        if symbol in stem and re.search(r"\w\s*" + re.escape(symbol) + r"\s*\w", stem):
            return symbol
    return ""


def _whole_word_in(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word or number ("1962" in "May 1962", not in "19621")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-.,")) and \
                (end == len(text) or not (text[end].isalnum() or text[end] == "-"
                                          or (text[end] in ".," and text[end + 1:end + 2].isdigit()))):
            return True
        at = text.find(word, at + 1)
    return False


_PROMPT = re.compile(r"Complete the sentence:\s*")


def states_nothing(stem: str, lexicon: Lexicon) -> bool:
    """Whether ``stem`` has no verb of its own: a name, a title in a reading list, a reply or a caption."""
    return _verbless(stem, lexicon) or lexicon.cached("fragments", _Fragments).verbless(stem) \
        or _source_caption(stem, lexicon) or _labelled_field(stem, lexicon) or bool(_CAPTION_LINE.match(stem))


# "Royal Velm Mint, Brin, instituted 1881": a label's line of names, then a participle and a bare year; nothing
# in it is the participle's subject, and printed as a statement it says the last name was instituted
# ... or "Treaty of Velm, signed 22 April 1745, between Osk and Brin": after the date, only where and by whom
_CAPTION_LINE = re.compile(r"(?:Complete the sentence:\s*)?(?:[A-Z][\w’'\-.]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'\-.]*)*,"
                           r"\s+)+[a-z]+ed\s+(?:(?:in|on)\s+)?(?:_____|\[\[[^\]]+\]\]|(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?"
                           r"(?:\d{1,2},\s+)?\d{4})(?:,?\s+(?:between|by|at|in|near)\s+(?:the\s+)?[A-Z][\w’'\-.]*"
                           r"(?:\s+(?:and|of|the|[A-Z][\w’'\-.]*))*)*\.?$")


# "Title: Velm Declaration [text of the agreement, signed at Velm, 10 January 1966]": a record's field, its
# label, then a name with the cataloguer's note in square brackets
_FIELD_LABEL = re.compile(r"(?:Complete the sentence:\s*)?[A-Z][a-z]+(?:\s+[a-z]+)?:\s")
_SQUARE_NOTE = re.compile(r"\s*\[[^\]]*\]")


def _labelled_field(stem: str, lexicon: Lexicon) -> bool:
    """Whether the question prints a labelled field whose only verb is in a bracketed note."""
    if not _FIELD_LABEL.match(stem) or "[" not in stem.replace("[[", "").replace("_____", ""):
        return False
    rest = _SQUARE_NOTE.sub("", stem.replace("[[", "").replace("]]", ""))
    return bool(rest.strip()) and (_verbless(rest, lexicon) or lexicon.cached("fragments", _Fragments).verbless(rest))


def _verbless(stem: str, lexicon: Lexicon) -> bool:
    """Whether the sentence a question prints has no word that could be its verb: all its lower-case
    words are small words of a noun phrase ("The Velmora Pact of [[1817]].", "4 May 1990.")."""
    prompt = _PROMPT.match(stem)
    return lexicon.cached("small_words", SmallWords).only(stem, prompt.end() if prompt else 0)


# "From the Velm Protocol, signed on 1 August 1945.": a source's caption, its one verb a participle after the name
_CAPTION = re.compile(r"(?:Complete the sentence:\s*)?From\s+(?:the\s+|an?\s+)?[A-Z][^.;:!?]*?,\s+(?P<verb>[a-z]+ed|"
                      r"written|given|made|drawn|taken)\s+(?:on|in|by|at|from)\b")


_BRACKETED_ASIDE = re.compile(r"(?:Complete the sentence:\s*)?[(\[]([A-Z][a-z]+(?:\s+[a-z]+)?)\s*:\s")
_RECITAL = re.compile(r"(?:Complete the sentence:\s*)?(?:And\s+)?[Ww]hereas\b")
_HEADING_QUESTION = re.compile(r"(?:Complete the sentence:\s*)?(Why|How)\s+(?!much\b|many\b|long\b|far\b)")
_PAST_FORM = re.compile(r"\b[a-z]{3,}ed\b")


def _source_caption(stem: str, lexicon: Lexicon) -> bool:
    """Whether the question prints a source's caption ("From the Velm Protocol, signed on 1 August 1945"):
    no finite verb but the participle after the source's name."""
    m = _CAPTION.match(stem)
    if m is None:
        return False
    rest = stem[:m.start("verb")] + " " + stem[m.end("verb"):]
    fragments = lexicon.cached("fragments", _Fragments)
    return not fragments.finite.search(rest) and not _PAST_FORM.search(rest)


_COUNT = re.compile(r"(?:.*\s)?(?!1\d{3}\b|20\d{2}\b)\d[\d,.]*\s+")


class _Fragments:
    """A line with no finite verb ("4 million dollars for the burned grain, due by 1846"), found
    from its words, once per lexicon.

    A helper, a modal or a past form is a verb.  So, to be safe, is a word
    in "-ed" unless a determiner stands before it ("the burned grain"); a
    word in "-s" unless its place makes it a noun: after a determiner, a
    number or a preposition ("in instalments"), or after a word with a comma,
    "and" or "of" after it ("the harbour fees, payable"); and any other word
    after a name or a noun ("Aldoria and Marnia sign", "talks got under way"),
    but for the words of a participle's object ("the Act of 1869 ratifying
    the river border agreement"): a label, not a statement.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        finite = [w for key in ("auxiliaries", "modal_verbs", "irregular_past") for w in language.get(key, [])]
        self.finite = re.compile(r"(?<![\w’'\-])(?:" + alternation(finite) + r")(?![\w’'\-])" if finite else r"(?!x)x")
        self.word = re.compile(r"(?<![\w’'\-])[A-Za-z][\w’'\-]*")
        self.determiners = ({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your"}
                            | {w.lower() for w in language.get("demonstratives", [])})
        openers = {w.lower() for w in language.get("clause_openers", [])}
        prepositions = {w.lower() for w in language.get("noun_phrase_ends", [])} | {"of", "for", "to"}
        self.nominal = ({"1"} | self.determiners | {w.lower() for w in language.get("number_words", {})}
                        | (prepositions - openers) | {w.lower() for w in lexicon.data["units"].get("scales", {})})
        self.small = self.nominal | openers | {w.lower() for w in language.get("defining_words", [])}
        self.noun_end = re.compile(r"\s*(?:[,;:.)]|$|(?:and|or|of)\b)")

    def verbless(self, stem: str) -> bool:
        prompt = _PROMPT.match(stem)
        start = prompt.end() if prompt else 0
        if self.finite.search(stem, start):
            return False
        previous, end, participle, owned = "", start, False, False
        for m in self.word.finditer(stem, start):
            word, gap = m.group(0), stem[end:m.start()]
            if participle and "," in gap:
                participle = False      # "Years of fighting, the armies burn ...": a comma ends its phrase
            if gap.strip() and not (gap.strip() == "," and previous[:1].isupper()):
                # "21 dollars": a number before the word is a determiner (a year is not: "in 2017 shows");
                # a name in brackets may be the subject of a verb after it, a blank a number or a subject
                # ("_____ parts", "all _____ count"); a comma starts afresh
                number = _COUNT.fullmatch(gap)
                previous = ("1" if number else "_" if gap.rstrip().endswith(BLANK)
                            else "X" if gap.rstrip().endswith(")") else "")
            low, before = word.lower(), previous.lower()
            if word[:1].islower() and low not in self.small and not low.endswith(("’s", "'s", "’", "'")):
                possessive = before.endswith(("’s", "'s", "s’", "s'"))
                if low.endswith("ed"):
                    if before not in self.determiners and not possessive:
                        return False
                elif low.endswith("s") and not low.endswith(("ss", "us", "is", "’s", "'s")):
                    if not (before in self.nominal or before == "_" or possessive
                            or (before and self.noun_end.match(stem, m.end()))):
                        return False
                elif low.endswith("ing"):
                    # "the Act of 1869 ratifying the border agreement": a participle after a noun phrase
                    # (not after a determiner: "the ruling party") opens what it does, not a clause
                    participle = participle or (m.start() > start and before not in self.determiners)
                elif before and before not in self.small and not possessive and not before.endswith("ed") \
                        and not low.endswith("ly") and not participle and not owned:
                    # "Marnia sign", "all six versions count", "talks got": a word after a name or a noun
                    # may be its verb (only a determiner, a possessive, perhaps with names after it ("NATO's
                    # Bucharest summit"), or an adjective in "-ed" makes it a noun);
                    # after a participle, such a word is one of its object's ("the river border agreement")
                    return False
            owned = word.endswith(("’s", "'s", "s’", "s'")) or (owned and word[:1].isupper() and not gap.strip())
            previous, end = word, m.end()
        return True


def _sequence_verb(stem: str, language: dict) -> str:
    """A verb of sequence with nothing after it that says what it came after ("war followed in 1904"), if any.

    "followed the treaty" and "the talks that followed the war" name what came
    first; so does an earlier clause of the same sentence ("Aldoria signed in
    May, and Marnia followed in June").
    """
    verbs = tuple(language.get("sequence_verbs", []))
    if not verbs or not _sequence_first_words(verbs).search(stem):
        return ""
    for m in _sequence_verb_re(verbs, tuple(language.get("sequence_verb_leads", []))).finditer(stem):
        if not _EARLIER_CLAUSE.search(stem, 0, m.start()):
            return m.group(1)
    return ""


@functools.lru_cache(maxsize=16)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    """Any of ``words`` anywhere in a text (as a plain substring test would find it), as one pattern."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@functools.lru_cache(maxsize=8)
def _sequence_first_words(verbs: tuple[str, ...]) -> re.Pattern:
    """The first words of the sequence verbs, as one pattern: a question without any of them is passed over at once."""
    return _any_of(tuple({v.split()[0] for v in verbs}))


# "..., and Marnia followed", "...; Marnia followed": a clause before in the same sentence says what came first
_EARLIER_CLAUSE = re.compile(r"[,;]\s+(?:and|then|but)\s|;\s|\band\s+then\s")


@functools.lru_cache(maxsize=8)
def _sequence_verb_re(verbs: tuple[str, ...], leads: tuple[str, ...]) -> re.Pattern:
    """A sequence verb, perhaps with an adverb in "-ly", then the end of its clause or a word that takes no object."""
    return re.compile(r"\b(" + alternation(list(verbs)) + r")(?:\s+[a-z]+ly)?"
                      r"(?=\s*(?:[.,;:!?\u2014\u2013)]|$)|\s+(?:" + (alternation(list(leads)) if leads else r"(?!x)x")
                      + r")\b|\s+_)")


def reference_reasons(q: Question, lexicon: Lexicon | None = None) -> list[str]:
    """The reasons of ``quality_reasons`` that come from words leaning outside the question.

    "it", "that month", "the treaty", "both men", "However": they belong to
    the words the question prints, not to what it blanks or asks, so every
    question printed from one sentence can share them.  The cloze, the
    multiple choice and the true-or-false of one sentence often print the same
    words, so the reasons of the last few thousand wordings are kept.
    """
    stem = re.sub(r"\[\[.*?\]\]", BLANK, q.question).removeprefix("Complete the sentence: ")
    # the checks read a cloze, a multiple choice ("Complete the sentence: ...") and a true-or-false alike
    kind = "side" if q.type == "side" else "sentence" if q.type in ("cloze", "mcq", "tf") else q.type
    key = (stem, kind, q.answer if BLANK in stem else "")
    seen = lexicon.cached("reference_reasons", lambda _: {}) if lexicon is not None else {}
    reasons = seen.get(key)     # one lookup: another thread may clear the dict
    if reasons is None:
        if len(seen) >= 4096:
            seen.clear()
        reasons = seen[key] = _reference_reasons(stem, q.type, key[2], lexicon)
    return list(reasons)


def _reference_reasons(stem: str, qtype: str, answer: str, lexicon: Lexicon | None) -> list[str]:
    """``reference_reasons`` of a wording (its blank written as ``BLANK``), its type and its blank's answer."""
    reasons: list[str] = []
    # "its" in "Which side reiterated its position?" stands for the answer itself
    plain = re.sub(r"^(?:[\w ,]+,\s)?Which side\b.*?\bits\b", "", stem) if qtype == "side" else stem
    language = lexicon.language if lexicon is not None else {}
    people = lexicon.cached("people_words", _people_words) if lexicon is not None else frozenset()
    states = lexicon.cached("state_words", _state_words) if lexicon is not None else frozenset()
    pronoun = _unresolved_reference(without_quotes(plain), language, answer if BLANK in plain else "", people,
                                    states)
    if pronoun:
        reasons.append(f"“{pronoun}” refers to something outside the question")
    alone = _quantifier_subject(without_quotes(plain), language)
    if alone:
        # "Both confirmed the Tianjin treaties": both of which, the sentence before named
        reasons.append(f"“{alone}” refers to something outside the question")
    there = _place_there(stem, language) if _lowered_in(stem.lower(), tuple(language.get(
        "place_pointing_words", ["there"]))) else ""
    if there:
        reasons.append(f"“{there}” refers to a place outside the question")
    speaker = _first_person(without_quotes(stem), language)
    if speaker:
        # "our envoys met in 1974": whose envoys, a speech's hearers know, the quiz's readers do not
        reasons.append(f"“{speaker}” is the speaker's own word, not the question's")
    speech = lexicon.cached("stop_words_of_speech", _SpeechWords) if lexicon is not None else None
    called = speech.vocative.match(stem.removeprefix("Complete the sentence: ")) if speech is not None else None
    if called:
        # "Madam Chair, the opposition needs to show you ...": a speech's words to its hearers, no fact
        reasons.append(f"the sentence speaks to its hearers (“{called.group(0).rstrip(',')}”)")
    # (a quotation's "your" is the speaker's, as its "we" is)
    yours = speech.yours.search(without_quotes(stem)) if speech is not None and speech.yours.search(stem) else None
    if yours:
        # "aid to your country came to $3 billion": a speech's guest, whom a quiz's reader would take for themself
        reasons.append(f"“{yours.group(0)}” is the hearer's word: in a quiz it reads as the student's")
    consent = _object_less_consent(stem, language)
    if consent:
        # "The Parliament gave its consent on D": to what, the sentence before said
        reasons.append(f"“{consent}” does not say to what")
    back = _time_back_reference(stem, language)
    if back:
        reasons.append(f"“{back}” refers to a date in another sentence")
    now = _relative_time(stem, language)
    if now:
        reasons.append(f"“{now}” counts from the day the article was written, which the question does not give")
    vague = _vague_phrase(stem, language, owner_outside=qtype == "side") or \
        (_described_agreement(stem, lexicon) if lexicon is not None else "")
    if vague:
        reasons.append(f"“{vague}” does not say which one")
    pair = _unnamed_pair(stem, language) or _unnamed_collective(stem, language)
    if not pair:
        opening = _opening_group(stem, language, _hedge_leads(lexicon))
        pair = opening if opening != vague else ""      # "The parties": already said not to say which
    if pair:
        reasons.append(f"“{pair}” does not say who")
    if lexicon is not None:
        verb = _objectless_verb(stem, language, lexicon.agreement_noun_re)
        if verb:
            reasons.append(f"“{verb}” does not say what")
        left = _left_unsaid(stem, lexicon)
        if left:
            # "Aldoria announced its withdrawal in 1990": from which pact, the sentence before says
            reasons.append(f"“{left}” does not say from what")
    target = _targetless_verb(stem, language)
    if target:
        # "Marnia attacked on 4 May": whom, the sentence before says
        reasons.append(f"“{target}” does not say whom or what")
    own = _self_reading_re(tuple(language.get("self_reading_nouns", []))).search(without_quotes(stem)) \
        if qtype in ("cloze", "mcq", "tf", "side") and language.get("self_reading_nouns") else None
    if own:
        # "favoured a strict view of the article": a treaty's article, read in a quiz as the text itself
        reasons.append(f"“{own.group(0)}” reads as the text the student read")
    bare = _bare_noun(stem, language)
    if bare:
        reasons.append(f"“{bare}” does not say of what")
    part = _unowned_part(stem, lexicon) if lexicon is not None else ""
    if part:
        # "Article VI provides that a permit lasts six months": of which treaty, the heading above said
        reasons.append(f"“{part}” does not say of which text")
    parentless = _parentless_instrument(stem, language)
    if parentless:
        # "ratified Additional Protocol II": the second protocol of which treaty, the heading above said
        reasons.append(f"“{parentless}” does not say to which agreement")
    body = _unowned_body(stem, language, lexicon) if lexicon is not None else ""
    if body:
        reasons.append(f"“{body}” does not say whose")
    sequence = _sequence_verb(without_quotes(stem), language)
    if sequence:
        # "War with Aldoria followed in 1904": after what, the sentence before says
        reasons.append(f"“{sequence}” does not say after what: it leans on the sentence before")
    openers = language.get("linking_openers", [])
    first = _stem_lead_re(_hedge_leads(lexicon)).sub("", stem)
    lead = words_re(tuple(openers)).match(first) if openers else None
    if lead and not _SAYS_OF_WHAT.match(first, lead.end()) or _ANSWER_OPENER.match(first) \
            or _answer_label(first, language):
        # ... or "No, although ...", "Yes, in 1990 ...": the answer to a question the quiz does not show
        reasons.append("opens with a word that leans on the sentence before")
    elif language.get("linking_phrases"):
        inside = _linking_phrase_re(tuple(language["linking_phrases"])).search(stem)
        if inside and not _CLAUSE_BEFORE.search(stem, 0, inside.start()):
            # ("agreed to occupy Velm, promising in return to defend ...": in return for the clause before)
            reasons.append(f"“{inside.group(0)}” leans on the sentence before")
    closers = language.get("linking_closers", [])
    last = _closer_re(tuple(closers)).search(stem) if closers else None
    if last:
        reasons.append(f"“{last.group(1)}” at its end leans on the sentence before")
    return reasons


_CLAUSE_BEFORE = re.compile(r"[,;:—–]|\band\b")


@functools.lru_cache(maxsize=8)
def _linking_phrase_re(phrases: tuple[str, ...]) -> re.Pattern:
    """"in return", "in exchange" inside a sentence, with no "for ..." or "to the ..." after them ("in
    return to defend" is an infinitive: to what it answers, it does not say)."""
    return re.compile(r"\b(?:" + alternation(list(phrases)) + r")\b"
                      r"(?!\s+(?:for\b|to\s+(?:the|an?|its|their|his|her|this|these|that|those|[A-Z\d])))")


def _answer_label(text: str, language: dict) -> bool:
    """Whether ``text`` opens with a catechism's or a transcript's "A." before a word that opens sentences
    ("A. In the winter of 1838 ..."), the answer to a "Q." the quiz does not show; "A. Smith signed" is a name."""
    if not text.startswith(("A. ", "Complete the sentence: A. ")):
        return False
    openers = language.get("not_name_openers", [])
    rest = text.removeprefix("Complete the sentence: ")[3:]
    return bool(openers) and bool(words_re(tuple(openers)).match(rest))


_SAYS_OF_WHAT = re.compile(r"\s+(?:of|for)\b")     # "Instead of ...", "In return for ...": said in the sentence
_ANSWER_OPENER = re.compile(r"(?:Complete the sentence:\s*)?(?:Yes|No|Not quite|Not really|Partly)\s*[,;—–]")


def _unowned_part(stem: str, lexicon: Lexicon) -> str:
    """A numbered part of a text ("Article VI", "Section 3") with no "of ..." after it, in a question that
    names no agreement, if any."""
    m = lexicon.cached("stop_words_of_speech", _SpeechWords).numbered_part.search(stem)
    if not m:
        return ""
    # ("Article VII set the boundary ...; but by the secret Treaty of Velm ...": another clause's agreement)
    start, end = stem.rfind(";", 0, m.start()) + 1, stem.find(";", m.end())
    if _names_agreement_re(lexicon.agreement_noun_re).search(stem, start, end if end >= 0 else len(stem)):
        return ""
    return m.group(0)


@functools.lru_cache(maxsize=8)
def _numbered_part_re(labels: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w\-])(?:" + alternation(list(labels)) + r")\s+(?:\d+[a-z]?|[IVXLC]+)\b(?![\w\-])"
                      r"(?!\s*(?:\(\w+\)\s*)?(?:of|to)\s)")


def _parentless_instrument(stem: str, language: dict) -> str:
    """"Additional Protocol II", "Annex 2", "the protocol": an instrument of an agreement the question does not name.

    Such an instrument is numbered or titled only within its parent. It
    says which one with the parent after it ("Protocol II to the Velm
    Treaty"), a subject of its own ("the Protocol on Reefs", "the Protocol
    of Orsk"), a gloss in brackets, or a name before it ("the Sea Protocol",
    "the Velm Treaty's Annex 2").
    """
    nouns = tuple(language.get("parent_needing_nouns", []))
    if not nouns or not _lowered_in(stem.lower(), nouns):
        return ""
    pattern = _parentless_re(nouns, tuple(language.get("parent_needing_leads", [])))
    openers = {"The", *language.get("not_name_openers", [])}     # "Under Protocol II": no name before it
    for m in pattern.finditer(stem):
        before = stem[:m.start()].rstrip()
        if re.search(r"\b[Aa]n?$", before):
            continue        # "adopted an Additional Protocol on ...": a new one, introduced, not one of a parent's
        word = re.search(r"([\w’'\-]+)[’']?s?$", before)
        if word and word.group(1)[:1].isupper() and word.group(1) not in openers \
                and not before.endswith("Complete the sentence:"):
            continue        # "the Sea Protocol", "the Velm Treaty's Annex 2": a name says whose
        if m.group(0)[:1].islower() and not m.group(0).lower().startswith("the "):
            continue
        return m.group(0).removeprefix("Complete the sentence: ")
    return ""


def _lowered_in(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words``, in lower case, stands in the lower-case ``text`` (as a part of a word, too)."""
    return any(w in text for w in _lowered(words))


@functools.lru_cache(maxsize=8)
def _lowered(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple({w.lower() for w in words})


@functools.lru_cache(maxsize=8)
def _parentless_re(nouns: tuple[str, ...], leads: tuple[str, ...]) -> re.Pattern:
    """An instrument noun with its leads and number, and nothing after it that says whose it is."""
    lead = r"(?:(?:" + alternation(list(leads)) + r")\s+)*" if leads else ""
    number = r"(?:\s+(?:[IVX]+|\d+|[A-Z])\b(?:(?:\s*,\s*|\s+and\s+)(?:[IVX]+|\d+|[A-Z])\b)*)?"
    lower = [n.lower() for n in nouns]
    head = (r"(?>\b(?:[Tt]he\s+)?" + lead + alternation(list(nouns)) + number
            + r"|\b[Tt]he\s+(?:(?:" + alternation([w.lower() for w in leads] or ["x"]) + r")\s+)*"
            + alternation(lower) + r")")
    # whose it is, after it: "to the Velm Treaty", "of Orsk", "on Reefs", "(the Sea Protocol)"
    # ... or what it is on: "the Protocol on fishing rights", "the Protocol Relating to Reefs"
    said_after = (r"(?![\w’'\-])(?!\s*\(|\s+(?:to|of|for|under|amending|additional\s+to|supplementary\s+to)"
                  r"\s+(?:the\s+)?(?:[A-Z]|\d{4}\b)|\s+(?:on|concerning|[Rr]elating\s+to|[Rr]elative\s+to)\s+\w"
                  r"|\s+[A-Z][a-z]|[’']s?\b)")
    return re.compile(head + said_after)


def opening_part(sentence: str, language: dict) -> str:
    """"The Velmoran side" opening ``sentence``: a part of something named before (a line, a border), or "".

    Only for the sentence a date or a number is asked from: a position held
    by "the Velmoran side" is a delegation's view, and the side is its answer.
    """
    parts = tuple(language.get("part_nouns", []))
    if not parts or not sentence.startswith("The "):
        return ""
    m = _opening_part_re(parts).match(sentence)
    return m.group(0) if m else ""


@functools.lru_cache(maxsize=8)
def _opening_part_re(parts: tuple[str, ...]) -> re.Pattern:
    """"The Velmoran side", "The Aldorian half": "The", one capitalised word, a part noun."""
    return re.compile(r"The\s+[A-Z][\w’'\-]*\s+(?:" + alternation(list(parts)) + r")(?![\w’'\-])")


def _first_person(text: str, language: dict) -> str:
    """A first-person word ("we", "our", "I") in ``text`` whose speaker it does not name, if any.

    "I" after a capitalised word is a numeral ("Protocol I", "World War
    I"). A name with a verb of speaking ("Ruiz told envoys we would
    sign", "said Ruiz") says whose words they are.
    """
    words = tuple(language.get("first_person", []))
    if not words:
        return ""
    openers = set(language.get("not_name_openers", []))
    for m in words_re(words).finditer(text):
        before = re.search(r"([A-Z][\w’'\-]*)\s+$", text[:m.start()])
        if m.group(0) == "I" and before and before.group(1) not in openers:
            continue
        if first_person_noun(text, m, language) or _generic_we(text, m, language):
            continue
        # the first first-person word decides: whether the text names its speaker does not depend on which
        return "" if _speaker_named(text, language) else m.group(0)
    return ""


def first_person_noun(text: str, m: re.Match, language: dict) -> bool:
    """Whether the first-person word ``m`` in ``text`` is a noun spelt like it ("the coal mine", "a gold mine").

    A pronoun such as "mine" stands where a whole noun phrase stands: first in
    a clause ("mine was the first"), after "of" ("a friend of mine") or after
    a verb ("the choice is mine").  After any other word (a determiner, an
    adjective, a noun of a compound) it is the noun.
    """
    if m.group(0).lower() not in {w.lower() for w in language.get("pronoun_homographs", [])}:
        return False
    before = re.search(r"([\w’'\-]+)\s+$", text[:m.start()])
    if not before:
        return False            # first in the text or after a comma or dash: a clause's own subject
    leads = {w.lower() for w in language.get("homograph_pronoun_leads", [])}
    return before.group(1).lower() not in leads


def first_person_word(text: str, language: dict) -> re.Match | None:
    """The first first-person word of ``text`` that is the pronoun, not a noun spelt like it, if any."""
    words = tuple(language.get("first_person", []))
    if not words:
        return None
    return next((m for m in words_re(words).finditer(text) if not first_person_noun(text, m, language)
                 and not _generic_we(text, m, language)), None)


def _generic_we(text: str, m: re.Match, language: dict) -> bool:
    """Whether the "we" ``m`` speaks for everyone: "the agreement we now call the Karlstad Convention"."""
    verbs = tuple(language.get("generic_we_verbs", []))
    return bool(verbs) and m.group(0).lower() == "we" and _generic_we_re(verbs).match(text, m.end()) is not None


@functools.lru_cache(maxsize=8)
def _generic_we_re(verbs: tuple[str, ...]) -> re.Pattern:
    """After "we": a verb of naming or knowing that everyone shares ("the agreement we now call the X")."""
    return re.compile(r"\s+(?:(?:now|today|still|usually|often|all)\s+)?(?:" + alternation(list(verbs)) + r")\b")


def _speaker_named(text: str, language: dict) -> bool:
    """Whether ``text`` names who speaks: a name next to a verb of speaking ("Ruiz said", "told Ruiz")."""
    verbs = tuple(language.get("speech_verbs", []))
    if not verbs:
        return False
    skip = set(language.get("not_name_openers", [])) | {w.capitalize() for w in language.get("referring_words", [])} \
        | {w.capitalize() for w in language.get("first_person", [])} | {"Which", "Complete"}
    for m in _speaker_re(verbs).finditer(text):
        name = m.group(1) or m.group(2)
        if name not in skip:
            return True
    return False


@functools.lru_cache(maxsize=8)
def _speaker_re(verbs: tuple[str, ...]) -> re.Pattern:
    """A capitalised word just before a verb of speaking, or just after one that ends its clause ("said Ruiz",
    not "says Commodore Perry opened ...", whose name is the reported clause's subject)."""
    verb = alternation(list(verbs))
    return re.compile(r"\b([A-Z][\w’'\-]+),?\s+(?:" + verb + r")\b|\b(?:" + verb + r")\s+([A-Z][\w’'\-]+)"
                      r"(?:\s+[A-Z][\w’'\-]+)*(?=\s*(?:[,.;:!?)”\"]|$))")


def _unowned_body(stem: str, language: dict, lexicon: Lexicon) -> str:
    """A voting body of one state ("voters", "the Senate") that votes on a text, with no state named.

    "Voters approved the pact", "the Senate ratified it", "approved by
    parliament": whose, the question does not say.  A capitalised word just
    before the body ("Aldorian voters", "Chile's Senate") or any side named
    in the question says whose.
    """
    bodies, verbs = tuple(language.get("state_bodies", [])), tuple(language.get("vote_verbs", []))
    if not bodies or not verbs:
        return ""
    m = _body_vote_re(bodies, verbs).search(stem)
    if not m:
        return ""
    body = m.group(1) or m.group(2)
    at = m.start(1) if m.group(1) else m.start(2)
    before = re.search(r"([A-Z][\w’'\-.]*)\s+(?:(?:the|its)\s+)?$", stem[:at])
    openers = {str(w) for w in language.get("not_name_openers", [])}
    if before and before.group(1) not in openers:
        return ""
    from .extract.sides import SideIndex
    # "the Aldoria–Marnia treaty": two sides joined name its parties, not whose voters
    if SideIndex(lexicon).mentions(_JOINED_NAMES.sub("", stem)):
        return ""
    return body


# "Aldoria–Marnia", "United Velmora–Tessaly": names joined by a dash, as an agreement's parties are
_JOINED_NAMES = re.compile(r"[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*)?(?:–[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*)?)+")


@functools.lru_cache(maxsize=8)
def _body_vote_re(bodies: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern:
    body, verb = alternation(list(bodies)), alternation(list(verbs))
    return re.compile(r"(?<![\w\-])(?:(" + body + r")\s+(?:\w+ly\s+|had\s+|has\s+|have\s+)?(?:" + verb
                      + r")\b|(?:" + verb + r")\s+by\s+(?:the\s+)?(" + body + r")(?![\w\-]))", re.I)


def _objectless_verb(stem: str, language: dict, agreement_nouns: str) -> str:
    """A treaty verb with no object ("Marnia acceded in 1958"), in a question that names no agreement.

    "joined", "signed" followed straight by a date or the end of its clause
    take their object from the sentence before; a passive ("was signed in
    1987") has its object as subject.
    """
    complement = tuple(language.get("complement_verbs", []))
    verbs = tuple(language.get("object_verbs", [])) + complement
    if not verbs:
        return ""
    months = tuple(language.get("months", []))
    m = _objectless_re(verbs, months).search(stem)
    while m:
        if m.group(1) in complement and (_COMPLEMENT.match(stem, m.end()) or _BARE_OBJECT.match(stem, m.end())):
            # "agreed in 1990 to cut its tolls": what was agreed follows the date; "accepted 60 per cent"
            # has it straight after the verb
            m = _objectless_re(verbs, months).search(stem, m.end())
            continue
        before = stem[:m.start()]
        passive = re.search(r"\b(?:was|were|be|been|being|is|are)\s+(?:\w+ly\s+)?$", before, re.I)
        # "an arrangement signed in 2014 by ...": a participle after its noun, which is its object
        word = re.search(r"\b([a-z]+)\s+$", before)
        reduced = (m.group(1).endswith(("ed", "wn")) and word is not None
                   and word.group(1) not in _BEFORE_FINITE and not word.group(1).endswith("ly")
                   # ("its member states joined together on D.": with no verb after it, it is the sentence's own;
                   # at its clause's end, "both countries signed." is left as it was)
                   and (_CLAUSE_END.match(stem, m.end()) is not None or _first_verb(stem[m.end():], language) is not None))
        if not (passive or reduced):
            if _names_agreement_re(agreement_nouns).search(stem):
                return ""
            return m.group(1)
        m = _objectless_re(verbs, months).search(stem, m.end())
    return ""


_CLAUSE_END = re.compile(r"\s*(?:[,;:.)]|$)")


def _targetless_verb(stem: str, language: dict) -> str:
    """A verb that acts on someone ("attacked", "invaded") with no object, if any: "Marnia attacked on 4 May".

    The verb is followed straight by a date or the end of its clause.  A
    passive ("was attacked on 4 May") has its object as subject; so has a
    participle after its noun ("the town occupied in 1940 was freed"), which a
    comma ("Velmora, occupied in 1940, ...") or a finite verb later in the
    sentence shows.
    """
    verbs = tuple(language.get("target_verbs", []))
    if not verbs or not _any_of(verbs).search(stem):
        return ""
    pattern = _targetless_re(verbs, tuple(language.get("months", [])))
    finite = _finite_after_re(tuple(language.get("auxiliaries", []) + language.get("irregular_past", [])))
    for m in pattern.finditer(stem):
        before = stem[:m.start()]
        if re.search(r"\b(?:was|were|be|been|being|is|are|get|got|gets)\s+(?:\w+ly\s+)?$", before, re.I):
            continue
        if re.search(r",\s*(?:\w+ly\s+)?$", before):
            continue        # "Velmora, occupied in 1940, ...": a participle after its noun
        word = re.search(r"\b([a-z]+)\s+$", before)
        if word and word.group(1) not in _BEFORE_FINITE and not word.group(1).endswith("ly"):
            stop = re.search(r"[.;!?]", stem[m.end():])
            rest = stem[m.end():m.end() + stop.start() if stop else len(stem)]
            if finite.search(rest):
                continue    # "the town occupied in 1940 was freed in 1944": the participle's noun is its object
        return m.group(1)
    return ""


@functools.lru_cache(maxsize=8)
def _targetless_re(verbs: tuple[str, ...], months: tuple[str, ...]) -> re.Pattern:
    """A verb, then the end of its clause or a date's preposition and a date ("attacked on 4 May")."""
    month = alternation(list(months)) if months else r"(?!x)x"
    date = (r"(?:\d|" + re.escape(BLANK) + r"|(?:the\s+)?(?:early|mid|late)\b|(?:the\s+)?(?:early|mid|late)-|(?:"
            + month + r")\b)")
    return re.compile(r"\b(" + alternation(list(verbs)) + r")(?=\s*(?:[,;:.!?)]|$)|\s+(?:on|in|at|during|by|since)\s+"
                      + date + ")")


@functools.lru_cache(maxsize=8)
def _finite_after_re(words: tuple[str, ...]) -> re.Pattern:
    """A finite verb later in a sentence: a helper, a past form, or a word in "-ed"."""
    listed = alternation(list(words)) if words else r"(?!x)x"
    return re.compile(r"\b(?:" + listed + r"|[a-z]{3,}ed)\b")


def _left_unsaid(stem: str, lexicon: Lexicon) -> str:
    """A noun of leaving ("withdrawal", "exit") that never says from what, if any.

    "Aldoria announced the withdrawal of its envoys on 4 May" says who left,
    not from what; a "from ..." or "out of ..." in the question says it
    ("its exit from the League"), and so does a named agreement ("the Velm
    Treaty") or an acronym after the noun ("..., calling the VTO unfair").
    A capitalised noun inside the sentence is a name ("the Withdrawal Act").
    """
    nouns = lexicon.language.get("leaving_nouns", [])
    if not nouns:
        return ""
    found = lexicon.cached("leaving_nouns", _LeavingNouns)
    for m in found.noun.finditer(stem):
        if m.group(0)[:1].isupper() and stem[:m.start()].strip() not in ("", "Complete the sentence:"):
            continue
        if found.source.search(stem) or found.named.search(stem):
            return ""
        after = _OF_PHRASE.sub("", stem[m.end():], count=1)
        if _ACRONYM.search(after):
            return ""
        return m.group(0)
    return ""


class _LeavingNouns:
    """The nouns of leaving and what says what was left, as patterns made once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        self.noun = re.compile(r"(?<![\w\-’'])(?:" + alternation(language.get("leaving_nouns", [])) + r")(?![\w\-’'])",
                               re.I)
        months = language.get("months", [])
        date = r"\d|" + re.escape(BLANK) + r"|(?:the\s+)?(?:early|mid|late)\b" + \
               ("|(?:" + alternation(months) + r")\b" if months else "")
        # "from the Velm Pact", "out of the bloc": not "from 1990 to 1995"
        self.source = re.compile(r"\b(?:from|out\s+of)\s+(?!" + date + ")")
        nouns = lexicon.agreement_nouns
        self.named = re.compile(r"(?<=\S\s)(?:" + alternation(nouns) + r")\b") if nouns else re.compile(r"(?!x)x")


# "of the United States", "of Aldorian troops": who left, right after the noun
_OF_PHRASE = re.compile(r"^\s+of\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+(?=\s+(?:on|in|at|by|during)\b|[,;:.]|$)")
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")


# "to ..." or "that ..." later in the verb's clause: what was agreed or accepted
_COMPLEMENT = re.compile(r"[^,;:.!?]*?\b(?:to|that)\b")
_BARE_OBJECT = re.compile(r"\s+(?:\d|" + re.escape(BLANK) + ")")

# words after which a past form is a finite verb ("which joined in 1992"), not a participle after its noun
_BEFORE_FINITE = {"that", "who", "which", "and", "or", "but", "then", "also", "later", "had", "has", "have",
                  "never", "not", "finally", "eventually", "subsequently", "since", "only", "first", "too"}


@functools.lru_cache(maxsize=8)
def _objectless_re(verbs: tuple[str, ...], months: tuple[str, ...]) -> re.Pattern:
    month = "|".join(map(re.escape, months)) or r"(?!x)x"
    date = (r"(?:\d|" + re.escape(BLANK) + r"|(?:early|mid|late)\b|(?:the\s+)?(?:early|mid|late)-|(?:" + month + r")\b)")
    # ... or by a verb of saying that opens the next clause: "has not joined and says it ..."
    # "joined only in 1992", "signed formally on 4 May", "joined together on D": an adverb between changes nothing
    return re.compile(r"\b(" + "|".join(map(re.escape, verbs)) + r")(?=(?:\s+(?:only|also|later|together|[a-z]{3,}ly))?"
                      r"(?:\s*(?:[,;:.)]|$)|\s+(?:in|on|by|at|during|since)\s+"
                      + date + r"|\s+" + date + r"|\s+and\s+(?:says|said|insists|insisted|argues|argued|maintains|maintained)\b))")


@functools.lru_cache(maxsize=8)
def _cleft_re(focus: tuple[str, ...]) -> re.Pattern:
    """A cleft sentence: "It was only on 4 May that ...", "It is Aldoria that/who ...".

    Its focus opens with one of ``focus`` (a preposition, "not until", "only") or is a name,
    and no comma nor "so"/"such" ("so weak that": a result, and "It" is something) comes before "that".
    """
    opener = alternation(list(focus)) if focus else r"(?!x)x"
    name = r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*\s+(?:that|who)\b"
    return re.compile(r"It\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:" + opener
                      + r")\b(?:(?!\b(?:so|such)\b)[^,;:.!?])*?\s+that\b|" + name + ")")


@functools.lru_cache(maxsize=8)
def _self_reading_re(nouns: tuple[str, ...]) -> re.Pattern:
    """"the article" standing alone: not "the article of the treaty" nor "the article's"."""
    return re.compile(r"\b[Tt]he\s+(?:" + alternation(list(nouns)) + r")\b(?![\w\-’'])(?!\s+of\b)")


@functools.lru_cache(maxsize=8)
def _names_agreement_re(agreement_nouns: str) -> re.Pattern:
    """An agreement the question speaks of, named or not: "the Harbor Accord", "the 1987 agreement".

    A noun straight after "to" is a verb ("entitled it to act"): no agreement
    goes without its article there.
    """
    return re.compile(r"(?<!\bto\s)\b(?:" + agreement_nouns + r")\b", re.I)


def _bare_noun(stem: str, language: dict) -> str:
    """A noun that needs an "of ..." with none ("froze its use", "caused the damage"), if any."""
    nouns = tuple(language.get("complement_nouns", []))
    if not nouns:
        return ""
    m = _bare_noun_re(nouns, tuple(language.get("months", []))).search(stem)
    return m.group(0) if m else ""


@functools.lru_cache(maxsize=8)
def _bare_noun_re(nouns: tuple[str, ...], months: tuple[str, ...]) -> re.Pattern:
    """"the damage", "its use", "maintaining stability", with no complement or name after.

    "its use in 2041" dates the use; "its use in farming" says what it is.
    """
    when = r"(?:\d|" + re.escape(BLANK) + r"|\[\[|(?:the\s+)?(?:early|mid|late)\b" + "".join("|" + re.escape(m) + r"\b" for m in months) + ")"
    return re.compile(r"\b(?:(?:[Tt]he|its|their|his|her)|[a-z]{3,}ing)\s+(?:" + "|".join(map(re.escape, nouns))
                      + r")s?\b(?![\-’'])(?!\s+(?:of|to|on|for|from|with|by|over|against|[a-z]+ed\s+by)\b"
                      r"|\s+in\s+(?!" + when + r")|\s*\(|\s+[A-Z])")


def _unresolved_reference(text: str, language: dict, blanked: str = "", people: frozenset[str] = frozenset(),
                          states: frozenset[str] = frozenset()) -> str:
    """A pronoun or demonstrative whose referent is not in ``text``, if any.

    ``blanked`` is what the blank of ``text`` stands for ("six tests"): it may be what "them" means.

    "Tessaly claimed that the canal would hurt its river ports" is fine:
    a name comes before "its".  "It was settled in Velmora ..." and
    "Against this backdrop ..." are not.
    """
    words = language.get("referring_words", ["it", "its", "they", "their", "them", "he", "she", "his", "her"])
    objects = language.get("object_pronouns", [])
    words = words + [w for w in objects if w not in words]
    demonstratives = language.get("demonstratives", ["this", "these", "those", "such"])
    body = re.sub(r"^(?:Complete the sentence:|According to reports,|Which side)\s*", "", text)
    opening = _opening_demonstrative(body, language) or _pronoun_item(body, language)
    if opening:
        return opening
    aside = _REPORTING_ASIDE.search(body) if ", " in body else None
    if aside and aside.group(1).lower() in {w.lower() for w in words}:
        # "was not, she argues, a victors' peace": whose argument, the text around the quiz's sentence said
        return aside.group(1)
    agreement_nouns = tuple(language.get("compared_agreement_nouns", []))
    that = _that_agreement_re(agreement_nouns).search(body) if agreement_nouns and "that " in body else None
    if that is None and "that " in body:
        times = {w.lower() for key in ("same_time_nouns", "time_offset_units", "months") for w in language.get(key, [])}
        # ... but "in that year", "on that single day" count from a date, which the date checks weigh
        that = next((m for m in _PREPOSITION_THAT.finditer(body)
                     if not {w.lower().rstrip("s") for w in m.group(1).split()[1:]} & {t.rstrip("s") for t in times}
                     and not times & set(re.findall(r"[a-z]+", body[m.end(1):m.end(1) + 20].lower())[:1])), None)
    if that is None and "that " in body and language.get("demonstrative_object_verbs"):
        # "The United States called that conference in 1972": a verb that takes a thing, not a clause
        that = next((m for m in _verb_that_re(tuple(language["demonstrative_object_verbs"])).finditer(body)
                     if not re.search(r"[^su]s$", m.group(1))), None)    # "that talks ...": a plural, so a clause
    if that is None and "that " in body:
        # "sought a weaker dollar to defuse that pressure.": "that" and one noun closing the clause is no clause
        times = {w.lower() for key in ("same_time_nouns", "time_offset_units") for w in language.get(key, [])}
        that = next((m for m in _THAT_NOUN_CLOSING.finditer(body)
                     if m.group(1).split()[1].rstrip("s") not in {t.rstrip("s") for t in times}), None)
    if that is None and "that " in body:
        # "the Decree overtook that and expelled ...": "that" with "and", "or" or "but" right after it is a
        # pronoun for what the sentence before said (a clause's "that" has its own subject and verb)
        that = _THAT_ALONE.search(body)
    if that:
        # "declared that treaty void", "inform him of that right": what the sentence before named
        return that.group(1) if that.re.groups else that.group(0)
    for m in words_re(tuple(words + demonstratives), re.I).finditer(body):
        word = m.group(0)
        if word.lower() in demonstratives:
            # "these tensions", "such a pipeline", "each of those States": always point back; "this" alone
            # may not; and "those highlands" after "certain highlands" in the same sentence points back inside it
            if word.lower() == "such" and re.match(r"\s+as\b", body[m.end():]):
                continue        # "ports such as Arica": the examples follow
            noun = _DEMONSTRATIVE_NOUN.match(body, m.end())
            if noun and (noun.group(1)[:1].isupper()
                         or not re.search(r"\b" + re.escape(noun.group(1)) + r"\b", body[:m.start()])):
                return word
            if not noun and word.lower() != "such" and re.match(r"\s*(?:[,.;:)]|$)", body[m.end():]):
                return word     # "In return for accepting this, ...": the pronoun, standing for what went before
            continue
        if word.lower() in _POSSESSIVES and _APPOSITION.match(body, m.end()):
            continue        # "His son, King Ivo II, ...": the name after it says who is meant
        if word == "It" and not body[:m.start()].strip() and _cleft_re(tuple(language.get("cleft_focus", ()))).match(body, m.start()):
            continue        # "It was only in 1901 that ...": a cleft's "It" stands for nothing
        before = body[:m.start()]
        # "The mayor restored it", "sold part of it": the object of a verb or a preposition is not
        # its own clause's subject, so only a name after that clause's first verb, or in a clause
        # before it, may be what it refers to
        person = word.lower() in objects and word.lower() != "them"
        if (word.lower() in ("it", "them") or (person and (word.lower() != "her" or _HER_OBJECT.match(body, m.end())))) \
                and _object_position(body, m, language):
            clause = _clause_start(before)
            verb = _first_verb(before[clause:], language)
            # "allowing him to offer": a person's object pronoun may stand for the subject of a
            # clause above its own verb, so only the clause's first verb right before it rules that out
            if verb is not None and (not person or not before[clause + verb:].strip()):
                lead = "" if _fronted_phrase(before[:clause], language) else before[:clause]
                before = lead + " " + before[clause + verb:]
        elif word.lower() in _subject_pronouns(tuple(language.get("referring_subjects", ())), tuple(words)) \
                and (_fronted_phrase(before, language)
                     or (before.strip() and "," not in before and _past_verb_after(body, m.end(), language)
                         and _fronted_phrase(before.rstrip() + ", ", language))):
            # "Born in Velmora in 1800, he studied law": the names in a fronted phrase
            # with no subject of its own are not who "he" is ("After the breakthrough at Dobro Pole it
            # signed ...": no comma, but the pronoun's own verb after it)
            before = ""
        contact = _CONTACT_CLAUSE_NOUN.search(before) if word.lower() in ("they", "he", "she", "we") else None
        if contact and re.match(r"\s+[a-z]{2,}", body[m.end():]):
            # "The agreement they initialed on D": "they" is no agreement; who they are is told before it
            before = before[:contact.start()]
        if word.lower() == "it" and _party_act_after(body, m.end(), language):
            # "Under the Velm Protocol of 1992 it became a party to ...": a state, which an agreement's name is not
            before = _without_agreement_names(before, language)
        # a name (not just the capital that opens the sentence, nor a month) may be what it refers to;
        # "they", "them", "their" only something of which there is more than one ("the Allies", "Velmora and
        # Marnia", "nuclear devices"): "King Ivo refused the law that would have created them" names no "them"
        if word.lower() in _PLURAL_PRONOUNS and not _plural_named(before.replace(BLANK, blanked), language):
            return word
        if word.lower() in _PLURAL_PRONOUNS and _PLURAL_NOUN_PHRASE.search(before):
            continue        # "Journalists must register for the event they cover": the noun before is theirs
        if not _referent_named(before, language, people, states if word.lower() in _PERSONAL else frozenset()) \
                and not (word.lower() == "it" and _SUBJECT_THEN_THAT.match(before)) \
                and not (word.lower() in _OWN_POSSESSIVES and _own_subject(before, language)):
            return word
    return ""


# ", she argues, ", ", he wrote, ": a pronoun's reporting clause set between commas inside the sentence
_REPORTING_ASIDE = re.compile(r",\s+(she|he|they)\s+(?:[a-z]+(?:s|ed)|said|wrote|thought|thinks)\s*,")


def _place_there(stem: str, language: dict) -> str:
    """"there" standing for a place the question does not name ("was signed there on 4 May"), if any.

    Existential "there" ("there was a truce", "was there"), a fixed phrase
    ("then and there") and a "there" after a place the sentence names
    ("sailed to Velmora and signed there") are not.
    """
    followers = tuple(language.get("existential_there_followers", []))
    if not followers:
        return ""
    text = without_quotes(stem)
    pattern, phrases, antecedent = _there_res(followers, tuple(language.get("there_phrases", [])),
                                              tuple(language.get("there_antecedent_words", [])),
                                              tuple(language.get("auxiliaries", [])),
                                              tuple(language.get("place_pointing_words", ["there"])))
    text = phrases.sub(" ", text)
    for m in pattern.finditer(text):
        if m.group("aux") or m.group("next"):
            continue        # "was there", "there were"
        if m.group("word").lower() == "there" and antecedent.search(text, 0, m.start()):
            continue        # "sailed to Velmora and signed there" ("here" is the writer's place, never one named)
        return m.group("word")
    return ""


@functools.lru_cache(maxsize=8)
def _there_res(followers: tuple[str, ...], phrases: tuple[str, ...], antecedent: tuple[str, ...],
               auxiliaries: tuple[str, ...], places: tuple[str, ...] = ("there",)) -> tuple[re.Pattern, ...]:
    """The patterns of ``_place_there``, made once per word lists."""
    aux = r"(?P<aux>\b(?i:" + alternation(list(auxiliaries)) + r")\s+)?" if auxiliaries else r"(?P<aux>(?!x)x)?"
    pointing = alternation(sorted({w for p in places for w in (p.lower(), p.capitalize())}))
    word = aux + r"\b(?P<word>" + pointing + r")\b(?![\w’'\-])(?P<next>\s*(?:" + alternation(list(followers)) + r")\b)?"
    phrase = re.compile(r"\b(?:" + alternation(list(phrases)) + r")\b", re.I) if phrases else re.compile(r"(?!x)x")
    before = (re.compile(r"\b(?:" + alternation(list(antecedent)) + r")\s+(?:[a-z]+\s+){0,3}[A-Z]") if antecedent
              else re.compile(r"(?!x)x"))
    return re.compile(word), phrase, before


# "met her in 1990", "made her the envoy": "her" as an object, not a possessive ("her brother")
_HER_OBJECT = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:the|a|an|in|on|at|to|as|with|by|for|from|into)\b")


@functools.lru_cache(maxsize=8)
def _subject_pronouns(subjects: tuple[str, ...], words: tuple[str, ...]) -> frozenset[str]:
    """The referring words that may open a clause as its subject ("He", "They"): made once per word lists."""
    return frozenset(w.lower() for w in subjects if w.lower() in words)


def _fronted_phrase(before: str, language: dict) -> bool:
    """Whether ``before`` is one fronted phrase with no subject of its own and its comma.

    "Born in Velmora in 1800, ", "Having signed the pact, ", "After the war with
    Aldoria, ": a participle or a preposition opens it. "After Ana Ruiz left
    Velmora, " is a clause with its own subject, which "she" may stand for.
    """
    purpose = _PURPOSE.match(before)
    if purpose:
        # "To recover Havana it gave up Florida": the infinitive's object is not who "it" is, comma or none
        finite = _finite_words(tuple(language.get("auxiliaries", ())), tuple(language.get("irregular_past", ())))
        return not any(_verb_word(w, finite)
                       for w in re.findall(r"\b[a-z]+\b", purpose.group(1)))
    if not before.endswith(", ") or not 1 <= before.count(",") <= 3:
        return False        # the cheap test: a comma right before the pronoun, and few before it
    prepositions = tuple(language.get("fronted_prepositions", ()))
    if not prepositions:
        return False
    m = _fronted_phrase_re(prepositions, tuple(language.get("fronted_participles", ()))).match(before)
    if not m:
        return False
    finite = _finite_words(tuple(language.get("auxiliaries", ())), tuple(language.get("irregular_past", ())))

    def has_verb(text: str) -> bool:
        return any(_verb_word(w, finite) for w in re.findall(r"\b[a-z]+\b", text))

    # "Signed on 4 May at Orlen, north of Tessaly, it ...": a place added between commas is still the
    # fronted phrase's; "In 1820, when Ana Ruiz left, she ..." adds a clause with a subject of its own
    if has_verb(m.group("more")):
        return False
    if m.group("participle"):
        # "Known as the Velmora Pact, it ...", "Nicknamed Ivo the Bold, he ...": a naming
        # participle's name is the subject's own
        naming = tuple(language.get("naming_participles", ()))
        return not (naming and before.split(None, 1)[0].lower().endswith(naming))
    return not has_verb(m.group("rest"))


_PURPOSE = re.compile(r"(?:In order )?[Tt]o\s+([a-z]+\b[^,;:()]*?),?\s+$")


def _quantifier_subject(text: str, language: dict) -> str:
    """A quantifier standing alone as the sentence's subject, its verb right after it ("Both confirmed ..."),
    if any: of which things, it does not say."""
    words = tuple(language.get("quantifier_subjects", []))
    body = re.sub(r"^(?:Complete the sentence:|According to reports,)\s*", "", text)
    m = words_re(words).match(body) if words else None
    return m.group(0) if m and _past_verb_after(body, m.end(), language) else ""


def _past_verb_after(text: str, at: int, language: dict) -> bool:
    """Whether a past or finite verb follows ``at`` ("it signed", "he was")."""
    m = re.match(r"\s+([a-z]+)", text[at:])
    if not m:
        return False
    finite = _finite_words(tuple(language.get("auxiliaries", ())), tuple(language.get("irregular_past", ())))
    return _verb_word(m.group(1), finite)


@functools.lru_cache(maxsize=8)
def _fronted_phrase_re(prepositions: tuple[str, ...], participles: tuple[str, ...]) -> re.Pattern:
    """A participle ("Born", "Having", "Elected") or a preposition opening the text, then up to its comma."""
    return re.compile(r"(?:(?P<participle>(?:" + alternation(list(participles) or ["Born"])
                      + r"|[A-Z][a-z]+(?:ing|ed))(?=\s+[a-z]))|(?:" + alternation(list(prepositions)) + r"))\b(?P<rest>[^,;:()]*)"
                      r"(?P<more>(?:,\s+[a-z][^,;:()]*){0,2}), $")


def _verb_word(word: str, finite: frozenset[str]) -> bool:
    """Whether ``word`` may be a clause's verb: a finite word of the lists, or a past form in "-ed"."""
    return word in finite or (word.endswith("ed") and len(word) > 4)


@functools.lru_cache(maxsize=8)
def _finite_words(auxiliaries: tuple[str, ...], past: tuple[str, ...]) -> frozenset[str]:
    return frozenset(auxiliaries + past)


# possessives that a singular named subject may own: "its" (a state, a body), "his", "her" (a person)
_OWN_POSSESSIVES = ("its", "his", "her")


def _own_subject(before: str, language: dict) -> bool:
    """Whether the one name opening the sentence, as the subject of the possessive's own clause, owns it.

    "Marnia ceded 300 acres, a third of its land": "Marnia" opens the
    sentence with its verb, and nothing between that verb and "its" could be
    owner instead: no other noun with an article ("Marnia asked the council
    to cut its budget"), no word that opens another clause ("..., while its
    ..."), no second name (that case is ``_referent_named``'s).
    """
    m = _own_subject_re(*(tuple(language.get(k, ())) for k in _OWN_SUBJECT_KEYS)).match(before)
    if not m:
        return False
    verb = m.group("verb")
    if verb in _other_owner_verbs(tuple(language.get("reaction_verbs", ()))):
        return False        # "Velmora welcomed its ruling": a reaction is to someone else's act
    name = m.group("name")
    if name.endswith(("ly", "ing")) or (name.endswith("s") and not name.endswith(("ss", "us", "is"))):
        return False        # "Finally", "Having", "Officials": no single named owner
    return name not in _not_owner_names(*(tuple(language.get(k, ())) for k in _NOT_OWNER_KEYS))


_OWN_SUBJECT_KEYS = ("plain_connectives", "auxiliaries", "irregular_past", "clause_openers", "verb_complements")
_NOT_OWNER_KEYS = ("not_name_openers", "not_name_words", "months", "weekdays", "state_bodies", "official_nouns",
                   "referring_subjects", "plain_connectives", "linking_openers", "first_person")


@functools.lru_cache(maxsize=8)
def _own_subject_re(connectives: tuple[str, ...], auxiliaries: tuple[str, ...], past: tuple[str, ...],
                    openers: tuple[str, ...], complements: tuple[str, ...]) -> re.Pattern:
    """A sentence opening with one capitalised word and its verb, then no clause opener, article or pronoun
    up to the possessive."""
    stop = sorted({w for w in openers + complements if w.isalpha()} | {"a", "an", "the", "to", "who", "whom"})
    return re.compile(
        r"(?:(?:" + (alternation(list(connectives)) if connectives else r"(?!x)x") + r")\b,?\s+)?"
        r"(?P<name>[A-Z][a-z][\w\-]*)\s+(?:(?:" + alternation(list(auxiliaries) or ["has"]) + r")\s+)?"
        r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ed|" + alternation(list(past) or ["made"]) + r")\b"
        r"(?:(?!\s(?:" + alternation(stop) + r")\b)[^;:()\[\]—–])*\s$")


@functools.lru_cache(maxsize=8)
def _other_owner_verbs(verbs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(verbs)


@functools.lru_cache(maxsize=8)
def _not_owner_names(*lists: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.capitalize() for words in lists for phrase in words for w in str(phrase).split())


def _opening_demonstrative(body: str, language: dict) -> str:
    """"That rift still divides Velmora": a demonstrative and its noun opening a sentence or a clause, if any.

    "that" is a demonstrative only there ("said that the ..." is not), and
    only before a noun: not before a verb or a small word ("That is why",
    "That said", "That the pact held ...").
    """
    openers = language.get("opening_demonstratives", [])
    if not openers:
        return ""
    for m in _opening_demonstrative_re(tuple(openers)).finditer(body):
        noun = m.group(2).lower()
        # "that features ...": a plural after "that" makes it no demonstrative
        plural = noun.endswith("s") and not noun.endswith(("ss", "is", "us"))
        if plural or noun.endswith(("ed", "ly")) or noun in _small_words(language):
            continue
        if m.group(3) and noun in language.get("ordinal_words", ()):
            return f"{m.group(1)} {m.group(2)} {m.group(3)}"      # "That first dispute"
        return m.group(1) + " " + m.group(2)
    return ""


def _pronoun_item(body: str, language: dict) -> str:
    """"One that applied the rules of war at sea": a list item's "One" for a noun of the lead-in, if any."""
    openers = language.get("pronoun_item_openers", [])
    followers = language.get("pronoun_item_followers", [])
    if not openers or not followers or not body.startswith(tuple(openers)):
        return ""
    m = _pronoun_item_re(tuple(openers), tuple(followers)).match(body)
    return m.group(1) if m else ""


@functools.lru_cache(maxsize=8)
def _pronoun_item_re(openers: tuple[str, ...], followers: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(" + alternation(list(openers)) + r")\s+(?:" + alternation(list(followers)) + r")\b")


@functools.lru_cache(maxsize=8)
def _opening_demonstrative_re(openers: tuple[str, ...]) -> re.Pattern:
    """An opener at the start, after a colon, semicolon or dash, or after ", and", with the word after it."""
    return re.compile(r"(?:^|[;:—–]\s*|,\s+(?:and|but|yet|so)\s+)(" + alternation(list(openers))
                      + r")\s+([a-z][\w\-]*)\b(?![’'])(?:\s+([a-z][\w\-]*))?", re.I)


_SMALL_KEYS = ("auxiliaries", "referring_words", "verb_complements", "defining_words", "noun_phrase_ends",
               "modal_verbs", "future_auxiliaries", "irregular_past", "speech_verbs", "clause_openers", "copulas",
               "negations", "demonstratives")


def _small_words(language: dict) -> frozenset[str]:
    """The words that are no noun after a demonstrative ("is", "the", "said"): made once per word lists."""
    return _small_words_of(tuple(tuple(language.get(key, ())) for key in _SMALL_KEYS))


@functools.lru_cache(maxsize=8)
def _small_words_of(lists: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(w.lower() for words in lists for phrase in words for w in str(phrase).split())


# where a clause begins: after a comma, semicolon or colon, or a word that joins two clauses
# ... but no comma of a list of names ("Belgium, France and the Netherlands signed it")
_CLAUSE_BREAK = re.compile(r",(?!\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*(?:,|\s+(?:and|or)\s+(?:the\s+)?[A-Z]))\s+"
                           r"|[;:]\s+|\s(?:but|while|whereas|because|although|though|yet)\s")


def _clause_start(text: str) -> int:
    """Where the last clause of ``text`` begins (0 for a single clause)."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(text):
        start = m.end()
    return start


# "of that right", "under that rule": after a preposition "that" is no conjunction but points back
@functools.lru_cache(maxsize=8)
def _verb_that_re(verbs: tuple[str, ...]) -> re.Pattern:
    """A verb that takes a thing, never a clause, then "that" and a noun: "called that conference"."""
    # ... and the noun then ends its phrase: "confirmed that talks would resume" is a clause, "confirm that border." is not
    return re.compile(r"\b(?:" + alternation(list(verbs)) + r")\s+(that\s+(?!(?:the|a|an|its|their|his|her|it|they|he|she|"
                      r"this|these|those|there|no|all|both|each|some|any|such|only|if|when|as)\b)[a-z][\w\-]*)\b(?![’'])"
                      r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|of|for|to|with|by|from|and|or|but|until|since|after|before|as|when|while)\b)")


_THAT_ALONE = re.compile(r"(?<!\bso\s)(?<!\bnow\s)(?<![Ii]n\s)\bthat(?=\s+(?:and|or|but)\s)")
_PREPOSITION_THAT = re.compile(r"\b(?:of|to|for|with|on|in|under|by|from|against|about|at)\s+(that\s+[a-z][\w\-]*)\b")


@functools.lru_cache(maxsize=8)
def _that_agreement_re(nouns: tuple[str, ...]) -> re.Pattern:
    """"that treaty", "those accords": a demonstrative before an agreement's noun."""
    return re.compile(r"\b(?:that|those)\s+(?:" + alternation(sorted({n + "s" for n in nouns} | set(nouns))) + r")\b")


def _party_act_after(text: str, at: int, language: dict) -> bool:
    """Whether what follows ``at`` is what only a party does ("became a party", "acceded", "ratified")."""
    acts = tuple(language.get("party_acts", []))
    return bool(acts) and words_re(acts).match(text, at + 1) is not None and text[at:at + 1] == " "


def _without_agreement_names(text: str, language: dict) -> str:
    """``text`` with the runs of capitalised words that end in an agreement's noun taken out ("the Velm Protocol")."""
    nouns = tuple(language.get("compared_agreement_nouns", []))
    if not nouns:
        return text
    return _agreement_name_re(nouns).sub(" ", text)


@functools.lru_cache(maxsize=8)
def _agreement_name_re(nouns: tuple[str, ...]) -> re.Pattern:
    caps = sorted({n.capitalize() for n in nouns})
    return re.compile(r"(?:\b[A-Z][\w’'\-]*\s+)*(?:" + alternation(caps) + r")\b(?:\s+(?:of|on)\s+(?:the\s+)?[A-Z][\w’'\-]*)*")


def _referent_named(text: str, language: dict, people: frozenset[str] = frozenset(),
                    states: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` names something a pronoun may stand for.

    The capital that opens the text, a month or weekday, the letters inside an
    abbreviation ("A.B.", whose "B" is no second name) and a people's word that
    describes a noun ("After the French interlude it came back": ``people``)
    name nothing of their own; nor, for "he" or "his", does a state or its seat (``states``: "Stettin passed
    to Prussia in 1720, under his grandson").
    """
    calendar = set(language.get("months", [])) | set(language.get("weekdays", []))
    for m in re.finditer(r"(?<![\w.’'\-])[A-Z][\w’'.\-]+", text.strip()):
        if m.start() == 0 or re.search(r"[.!?]\s+$", text.strip()[:m.start()]):
            continue
        if states and m.group(0).rstrip(".,") in states:
            continue
        if m.group(0) in people and _DETERMINER_BEFORE.search(text.strip(), 0, m.start()) \
                and _LOWER_NOUN_AFTER.match(text.strip(), m.end()):
            continue        # "After a French interlude it came back": a capital that describes, naming no one
        if m.group(0).rstrip(".,") not in calendar:
            return True
    return False


_PERSONAL = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})


def _state_words(lexicon) -> frozenset[str]:
    """The sides' one-word names and seats: "Prussia", "Paris" (a person's pronoun stands for neither)."""
    return frozenset(n for side in lexicon.sides for n in [side.name, *side.names, *side.seats] if " " not in n)


def _people_words(lexicon) -> frozenset[str]:
    """The sides' demonyms: "French", "Soviet"."""
    return frozenset(d for side in lexicon.sides for d in side.demonyms)


_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
# (a lower-case word after it that is no preposition, conjunction or verb of being: "the French interlude",
# not "the Sinai on", "the Rhine and")
_LOWER_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|of|to|for|with|from|by|and|or|but|as|is|are|was|were|has|had|have|"
                               r"that|which|who|after|before|under|over|into|onto|until|since|during|near|itself)\b)[a-z]")
# the noun after "these", "those", "such (a)": in lower case, or a capitalised plural ("those States")
_DEMONSTRATIVE_NOUN = re.compile(r"\s+(?:a\s+|an\s+)?[\"“‘']?([a-z][\w\-]*|[A-Z][a-z]+s\b)")
_THAT_NOUN_CLOSING = re.compile(r"(?<=\s)((?:that|this)\s+[a-z][\w\-]*)(?=\s*(?:[.,;:!?)]|$))")
_PLURAL_PRONOUNS = ("they", "them", "their")
# a noun phrase right before a subject pronoun, with no "that" or "which" between ("the agreement they
# initialed", "the agreement (the Velm Pact) they signed"): the pronoun opens a clause said of the noun
_CONTACT_CLAUSE_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[\w\-]+\s+){0,3}?"
                                  r"[a-z][\w\-]*(?:\s*\([^()]*\))?\s*$")
# a plural noun that opens the sentence ("Journalists", "Cables and pipelines") or follows a word that makes
# it a noun ("the states", "all delegates", "two envoys"): what "they" may stand for in the same sentence
_PLURAL_NOUN_PHRASE = re.compile(
    r"^(?:[A-Z][a-z]+(?<![su]s)(?<!is)s)(?:\s+and\s+[a-z]+s)?\b"
    r"|\b(?:the|these|those|its|their|his|her|all|both|many|some|several|most|other|\d[\d,]*|two|three|four|five|"
    r"six|seven|eight|nine|ten)\s+(?:[a-z\-]+\s+){0,2}?[a-z]{3,}(?<![su]s)(?<!is)s\b")
# a word in "-s" that is no possessive ("the Allies", "tests", "nuclear devices"), or two things joined
# ("Velmora and Marnia", "the treaty and its protocol"): more than one, which "they" may stand for
_PLURAL = re.compile(r"\b[A-Za-z][\w\-]*[a-z](?<!ss)(?<!us)(?<!is)s\b(?![’'])|\w\s+(?:and|&)\s+\w")


_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:[Aa]t|[Ii]n|[Ff]rom|[Nn]ear|[Tt]o|[Ii]nto|[Oo]utside)\s+$")


def _plural_named(text: str, language: dict) -> bool:
    """Whether ``text`` names more than one of something, which "they", "them" or "their" may stand for.

    "King Ivo refused the law that would have created them" names one king
    and one law; the language's plural nouns without an "s" ("people") count.
    """
    # "At Tordesillas on 7 June 1494 their envoys ...": a place after its preposition is no "they"
    if any(len(m.group(0)) > 3 and not (m.group(0)[0].isupper() and _PLACE_PREPOSITION_BEFORE.search(text, 0, m.start()))
           for m in _PLURAL.finditer(text)):
        return True
    irregular = tuple(language.get("plural_nouns_without_s", []))
    return bool(irregular) and words_re(irregular, re.I).search(text) is not None


def _object_position(text: str, m: re.Match[str], language: dict) -> bool:
    """"restored it in 1977", "lamenting it,": a pronoun after a verb with no verb of its own after it.

    "said it would", "that it had" open a clause whose subject it is.
    """
    openers = set(language.get("clause_openers", []))
    prev = re.search(r"\b([a-z]+)\s+$", text[:m.start()])
    if not prev or prev.group(1) in openers or not openers:
        return False
    nxt = re.match(r"\s+([a-z]+)", text[m.end():])
    if nxt is None:
        return True
    word = nxt.group(1)
    finite = set(language.get("auxiliaries", [])) | set(language.get("modal_verbs", [])) | set(language.get("irregular_past", []))
    return not (word in finite or word.endswith(("ed", "s")))


def _first_verb(text: str, language: dict) -> int | None:
    """Where the first verb of ``text`` ends: "The mayor restored", "Marnia ... published"."""
    finite = set(language.get("auxiliaries", [])) | set(language.get("irregular_past", []))
    for w in re.finditer(r"\b[a-z]+\b", text):
        if w.group(0) in finite or (w.group(0).endswith("ed") and len(w.group(0)) > 4):
            return w.end()
    return None


# "His son, King Ivo II, ...", "Their envoy, Ana Ruiz, ...": a possessive's noun named in apposition
# right after it; what is said is said of the person named, whoever "his" stands for
_APPOSITION = re.compile(r"\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+(?:[A-Z][\w’'.\-]*\s+){0,3}"
                         r"(?!(?:The|A|An|It|This|That|These|Those|They|He|She|His|Her|Its|Their)\b)[A-Z][\w’'.\-]*,")


# "Kenya denied the claim that it ...": a name opening the sentence as its subject is what "that it" means
_SUBJECT_THEN_THAT = re.compile(r"(?!(?:The|A|An|It|This|That|These|Those|They|He|She|There|Here)\b)[A-Z][\w’'.\-]+"
                                r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed\b.*\bthat\s+$")


def _time_back_reference(stem: str, language: dict) -> str:
    """A time phrase that points at a date outside the question ("later that year", "two days earlier"), if any.

    A year or a blank earlier in the same question may be what it points at
    ("In 1952 floods came; repairs started later that year").
    """
    phrases = language.get("time_back_references", [])
    found = list(words_re(tuple(sorted(phrases, key=len, reverse=True)), re.I).finditer(stem)) if phrases else []
    nouns = tuple(language.get("same_time_nouns", [])) + tuple(language.get("time_offset_units", []))
    if nouns and "that " in stem.lower():
        # "On that very first day": "that" and a time noun with words between them point back as "that day" does
        found += list(_that_time_re(nouns).finditer(stem))
    units = tuple(language.get("time_offset_units", []))
    if units:
        # "two days earlier", "a week before,": a counted span from a time the question may not give
        offsets = _offset_re(units, tuple(language.get("time_offset_words", [])),
                             tuple(language.get("time_offset_ends", [])), tuple(language.get("number_words", {})))
        found += list(offsets.finditer(stem))
    for m in sorted(found, key=lambda m: m.start()):
        if not re.search(r"\b\d{4}\b|" + re.escape(BLANK), stem[:m.start()]):
            return m.group(0)
    return ""


@functools.lru_cache(maxsize=8)
def _that_time_re(nouns: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b[Tt]hat\s+(?:[a-z]+\s+){1,2}(?:" + alternation(list(nouns)) + r")\b")


@functools.lru_cache(maxsize=8)
def _offset_re(units: tuple[str, ...], words: tuple[str, ...], ends: tuple[str, ...],
               numbers: tuple[str, ...]) -> re.Pattern:
    """"two days earlier", "a week before,": a counted span of time, then a word that counts it from elsewhere."""
    count = r"(?:\d+|a|an|a few|several|" + (alternation(list(numbers)) if numbers else r"(?!x)x") + r")"
    later = r"(?:" + alternation(list(words)) + r")\b(?!\s+than\b)" if words else r"(?!x)x"
    end = r"(?:" + alternation(list(ends)) + r")(?=\s*(?:[,;:.)]|$))" if ends else r"(?!x)x"
    return re.compile(r"\b" + count + r"\s+(?:" + alternation(list(units)) + r")\s+(?:" + later + "|" + end + ")", re.I)


def _relative_time(stem: str, language: dict) -> str:
    """"today", "last week": a time that counts from the article's own date, if the question has one.

    A year written before it ("In 2023 ... this year") says which it is;
    "in today's money" means the present day in general, not a date.
    """
    words = language.get("relative_time_words", [])
    if not words:
        return ""
    for m in words_re(tuple(sorted(words, key=len, reverse=True)), re.I).finditer(stem):
        if not re.search(r"\b\d{4}\b", stem[:m.start()]) and not re.match(r"['’]s\b", stem[m.end():]) \
                and not _DATE_RIGHT_AFTER.match(stem, m.end()):
            return m.group(0)
    days = tuple(language.get("weekdays", []))
    if not days or not _any_of(days).search(stem):
        return ""       # cheap guard: no weekday at all
    for m in _weekday_re(days, tuple(language.get("relative_weekday_leads", []))).finditer(stem):
        if not _dated_weekday(stem, m, tuple(language.get("months", []))):
            return m.group(0)
    return ""


# "Seventy years ago today, on 8 September 1951": the date right after it says which day "today" is
_DATE_RIGHT_AFTER = re.compile(r",?\s+(?:on|in)\s+(?:" + re.escape(BLANK) + r"|(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+"
                               r"(?:\d{1,2},?\s+)?\d{4}\b)")


@functools.lru_cache(maxsize=8)
def _weekday_re(days: tuple[str, ...], leads: tuple[str, ...]) -> re.Pattern:
    """"on Saturday", "last Tuesday": a weekday after a word that dates something by it."""
    lead = alternation(list(leads)) if leads else r"(?!x)x"
    return re.compile(r"\b(?i:" + lead + r")\s+(?:" + alternation(list(days)) + r")\b(?![’'\-])")


def _dated_weekday(stem: str, m: re.Match, months: tuple[str, ...]) -> bool:
    """Whether the weekday ``m`` stands beside a date that says which one ("on Saturday, 12 May 1990").

    A day and a month (or a blank, which stands for the date) right after it,
    or a date just before it ("12 May, a Saturday"), fix the day.
    """
    after = stem[m.end():m.end() + 30]
    before = stem[max(0, m.start() - 30):m.start()]
    return bool(_date_after_re(months).match(after) or _date_before_re(months).search(before))


@functools.lru_cache(maxsize=8)
def _date_after_re(months: tuple[str, ...]) -> re.Pattern:
    month = alternation(list(months)) if months else r"(?!x)x"
    return re.compile(r",?\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|" + re.escape(BLANK) + r"|(?:" + month + r")\b)")


@functools.lru_cache(maxsize=8)
def _date_before_re(months: tuple[str, ...]) -> re.Pattern:
    month = alternation(list(months)) if months else r"(?!x)x"
    return re.compile(r"(?:\b(?:" + month + r")\s+\d{1,2}|\b\d{1,2}\s+(?:" + month + r")(?:\s+\d{4})?)\s*,?\s*$")


@functools.lru_cache(maxsize=8)
def _closer_re(words: tuple[str, ...]) -> re.Pattern:
    """"called for a total halt instead.", "is real too, although ...": a word that ends a clause by pointing back."""
    return re.compile(r"\b(" + alternation(list(words)) + r")(?:\s*[.?!,;]?\s*$|\s*;|,\s+(?:although|though|but|while|"
                      r"whereas|so|because|since)\b)")


@functools.lru_cache(maxsize=64)
def words_re(words: tuple[str, ...], flags: int = 0) -> re.Pattern:
    """Any of ``words`` as a whole word; compiled once per word list."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", flags)


# What follows a noun that says which one: a gloss, a name, or a complement ("the talks on ...").
_SAID_AFTER = r"(?!\s*\(|\s+(?:of|on|over|between|with|to|in|against|by)\b|\s+[A-Z])"
# A complement that names someone: "of the New REEF treaty", "from Tessaly".
# "The agreements behind the handover are the Velm–Osk Treaties": a name of two capitalised words or more
# after "is", "are", "was" or "were" says which ones
_COPULA_NAMED = re.compile(r"(?:\s+[a-z]+){0,3}\s+(?:is|are|was|were)\s+the\s+[A-Z][\w’'\-]*(?:(?:–|\s+)[A-Z][\w’'\-]*)+")
_NAMED_AFTER = re.compile(r"\s*\(|\s+(?:of|on|over|from|between|with|to|in|against|by|for)\s+"
                          r"(?:[\w\-’']+\s+){0,4}?\(?[A-Z]")
# A name just before a noun: "Aldoria's seizure", "the New REEF renewal".
_NAMED_BEFORE = re.compile(r"(?<=\s)[A-Z][\w.\-–’']*\s+$")
_POSSESSIVES = ("its", "their", "his", "her")


def _vague_phrase(stem: str, language: dict, owner_outside: bool = False) -> str:
    """A noun phrase that does not say which one it means, if any.

    Three kinds lean on an earlier sentence: a definite noun with nothing
    after it ("the talks"), a short title of common words ("the Peace
    Treaty", "the League"), and a relational noun no name anchors ("an
    extension", "its innocence", "the withholding of military aid").
    """
    vague = tuple(language.get("vague_nouns", []))
    if vague:
        common = vague + tuple(language.get("vague_common_nouns", []))
        m = _vague_noun_re(common, tuple(language.get("months", []))).search(stem)
        if m and _NAME_AS_BEFORE.search(stem, 0, m.start()) \
                and _named_as_re(tuple(language.get("naming_participles", []))).match(stem, m.end()):
            m = None    # "Velcon, as the council is known, ...": the name stands beside it
        if m and re.search(r"\b(?:an?|in|into)\s+(?:[a-z\-]+\s+){0,2}" + re.escape(m.group(1)) + r"\b",
                           stem[:m.start()]):
            m = None    # "put the pact in abeyance, and Marnia called the abeyance ...": the sentence says which
        if m and m.group(0).split()[-1].lower() in language.get("meeting_nouns", []) \
                and _AT_A_NAME.match(stem, m.end()):
            m = None    # "the peace congress at Prague": where a meeting met says which one
        m = m or \
            next((t for t in _short_title_re(vague, tuple(language.get("generic_title_words", [])),
                                             tuple(language.get("months", [])),
                                             tuple(language.get("compared_agreement_nouns", []))).finditer(stem)
                  if not _body_said(stem, t, language)), None) or \
            _opening_noun_re(vague).match(stem)
        if m:
            said = m.group(0).removeprefix("Complete the sentence: ")
            return said.split(", ", 1)[1] if re.match(r"[A-Z][a-z]+ly, ", said) else said
    bodies = tuple(language.get("institution_nouns", []))
    if bodies and "he " in stem:
        # "the Committee", and "the committee" too: a body by its kind alone, in either case
        for m in _bare_institution_re(bodies + _lowered(bodies), tuple(language.get("months", []))).finditer(stem):
            if _NAME_AS_BEFORE.search(stem, 0, m.start()) \
                    and _named_as_re(tuple(language.get("naming_participles", []))).match(stem, m.end()):
                continue    # "Velcon, as the council is known, ...": the name stands beside it
            if _body_named_before(stem, m, bodies, language):
                continue    # "The Velmoran Court of Appeal found ... the Court held": the stem has said which
            return m.group(0).removeprefix("Complete the sentence: ")
    same = _same_noun(stem, language) if "same " in stem else ""
    if same:
        return same
    return unanchored_noun(stem, tuple(language.get("relational_nouns", [])), owner_outside)


_AT_A_NAME = re.compile(r"\s+at\s+(?:the\s+)?[A-Z]")


def _same_noun(stem: str, language: dict) -> str:
    """"the same terms", "the same obligations": the same as something the question does not give, if any.

    "the same rules as the Velmora Pact", "the same terms of trade" and
    "the same Velmora Pact" say what; "both sides accepted the same terms"
    compares the sides with each other; "the same day" is a date, checked
    as one.
    """
    if "same" not in language.get("comparing_words", []):
        return ""
    times = tuple(language.get("time_offset_units", []) + language.get("same_time_nouns", []))
    m = _same_noun_re(times).search(stem)
    if not m or re.search(r"\b(?:both|each|all)\b", stem[:m.start()], re.I):
        return ""
    return m.group(0)


@functools.lru_cache(maxsize=8)
def _same_noun_re(times: tuple[str, ...]) -> re.Pattern:
    not_time = r"(?!(?:" + alternation(list(times)) + r")\b)" if times else ""
    return re.compile(r"\b[Tt]he\s+same\s+" + not_time + r"[a-z][a-z\-]+\b(?!\s*\(|\s+(?:as|of)\b|\s+[A-Z])")


def _described_agreement(stem: str, lexicon) -> str:
    """"a similar agreement", "the separate peace", "the Aldorian treaty": an agreement described, not named.

    A comparing word says there is another agreement, not which one this is,
    unless what it is compared with follows ("similar to the Velmora Pact");
    a people's word says whose, not which.  A gloss after either names it.
    """
    m = lexicon.cached("described_agreement", _described_agreement_re).search(stem)
    return m.group(0) if m else ""


def _described_agreement_re(lexicon) -> re.Pattern:
    from .extract.agreements import demonym_description
    language = lexicon.language
    words, nouns = language.get("comparing_words", []), language.get("compared_agreement_nouns", [])
    if not words or not nouns:
        return re.compile(r"(?!x)x")
    compared = (r"\b(?:(?:[Tt]he|[Aa]n?|this|that|its|their)\s+)?(?:" + alternation(words) + r")\s+"
                r"(?:(?!than\b|to\b|of\b|the\b)[a-z\-]+\s+)?(?:" + alternation(nouns) + r")s?\b"
                r"(?!\s*\(|\s+(?:to|as|from|than)\s+(?:the\s+)?[A-Z])")
    described = r"\b[Tt]he\s+(?:" + demonym_description(lexicon).pattern + r")\b(?!\s*\()"
    return re.compile(compared + "|" + described)


_NAME_AS_BEFORE = re.compile(r"[A-Z][\w\-]*,\s+as\s+$")     # "Velcon, as " before "the council is known"


@functools.lru_cache(maxsize=8)
def _named_as_re(participles: tuple[str, ...]) -> re.Pattern:
    """" is known", " was called": what follows "as the council" when a name stands before it."""
    if not participles:
        return re.compile(r"(?!x)x")
    return re.compile(r"\s+(?:is|was|has\s+been)\s+(?:" + alternation(list(participles)) + r")\b")


@functools.lru_cache(maxsize=64)
def _opening_noun_re(nouns: tuple[str, ...]) -> re.Pattern:
    """"Hearings began in August": a sentence that opens with a bare vague noun says no more than "the talks";
    so does one after a sentence adverb ("Notably, discussions laid the groundwork ...")."""
    heads = "|".join(re.escape(n[:1].upper() + n[1:]) for n in nouns)
    lower = "|".join(re.escape(n) for n in nouns)
    return re.compile(r"(?:Complete the sentence: )?(?:(?:" + heads + r")|[A-Z][a-z]+ly,\s+(?:" + lower + r"))s?\b"
                      + _SAID_AFTER)


def unanchored_noun(text: str, nouns: tuple[str, ...], owner_outside: bool = False) -> str:
    """A relational noun ("extension", "innocence") that no name in ``text`` anchors.

    "its" before it may stand for a name earlier in the text ("Velmora ...
    its annexation"), unless ``owner_outside``: in a "which side" question
    or a position's own words, "its" is the holder, and the noun still
    lacks what it is about.
    """
    if not nouns:
        return ""
    for m in _relational_re(nouns).finditer(text):
        before, after = text[:m.start()], text[m.end():]
        if _NAMED_BEFORE.search(before) or _NAMED_AFTER.match(after) and not _DATED_AFTER.match(after) \
                and not _NUMBERED_AFTER.match(after):
            continue        # ("a member in May 1990": a month is no name that says of what)
        if not m.group("det") and before.endswith("of "):
            continue        # "an instrument of ratification": the noun only says what kind
        if (m.group("det") or "").lower() in _POSSESSIVES and not owner_outside and _names_before(before):
            continue
        return m.group(0)
    return ""


# "ratification by Law No. 73", "by Decree 45": a numbered instrument after the noun, no name of whose
_NUMBERED_AFTER = re.compile(r"\s+(?:by|under|in)\s+[A-Z][a-z]+\s+(?:No\.?\s*|Nos?\.\s*)?\d")
# "in May 1990", "on 4 June 1990": a date after the noun, its capital a month's
_DATED_AFTER = re.compile(r"\s+(?:in|on|by|since|from|until)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,4}\b")


def _names_before(text: str) -> bool:
    """Whether ``text`` has a name other than the capital that opens a sentence."""
    return bool(re.search(r"(?<!^)(?<![.!?:]\s)\b[A-Z][\w’'.\-]+", text.strip()))


def _unnamed_pair(stem: str, language: dict) -> str:
    """"both men", "the two governments" before two names have been given."""
    nouns = tuple(language.get("pair_subjects", []) + language.get("pair_nouns", []))
    return _unnamed_group(stem, _pair_re(nouns), language) if nouns else ""


def _unnamed_collective(stem: str, language: dict) -> str:
    """"among the parties", "the combatants": a definite group whose members the question does not name."""
    nouns = tuple(language.get("collective_referents", []))
    return _unnamed_group(stem, _collective_re(nouns), language) if nouns else ""


def _hedge_leads(lexicon: Lexicon | None) -> tuple[str, ...]:
    """What a hedged question opens with ("According to reports,"): the hedges' leads in the word list."""
    if lexicon is None:
        return ()
    return lexicon.cached("hedge_leads", lambda lex: tuple(sorted({h["lead"] for h in lex.hedges}, key=len,
                                                                  reverse=True)))


@functools.lru_cache(maxsize=8)
def _stem_lead_re(leads: tuple[str, ...]) -> re.Pattern:
    """The words quizgen puts before a question's own: "Complete the sentence:" or a hedge's lead."""
    return re.compile(r"^(?:Complete the sentence:" + "".join("|" + re.escape(lead) for lead in leads) + r")\s*")


def _opening_group(stem: str, language: dict, leads: tuple[str, ...] = ()) -> str:
    """"The ministers signed ...": a definite group of people opening the question, not named in it.

    The group's members were named in an earlier sentence; a complement
    ("The leaders of Velmora"), a gloss or an apposition ("The rulers,
    Aldo and Brin, ...") says who they are.
    """
    if "the " not in stem[:60].lower():
        return ""       # cheap guard: no "the" near the start
    nouns = tuple(language.get("pair_subjects", []) + language.get("pair_nouns", [])
                  + language.get("collective_referents", []))
    if not nouns:
        return ""
    text = without_quotes(stem)
    m = _opening_group_re(nouns, tuple(language.get("plain_connectives", [])),
                          tuple(language.get("group_modifiers", [])), leads).match(text)
    if not m or _NAMED_AFTER.match(text, m.end()) or re.match(r",\s+[A-Z]", text[m.end():]) \
            or _COPULA_NAMED.match(text, m.end()):
        return ""
    return m.group("group")


@functools.lru_cache(maxsize=16)
def _opening_group_re(nouns: tuple[str, ...], connectives: tuple[str, ...],
                      modifiers: tuple[str, ...], leads: tuple[str, ...]) -> re.Pattern:
    linking = r"(?:(?:" + alternation(list(connectives)) + r"),?\s+)?" if connectives else ""
    modifier = r"(?:(?:" + alternation(list(modifiers)) + r")\s+)?" if modifiers else ""
    hedged = r"(?:(?:" + "|".join(map(re.escape, leads)) + r")\s*)?" if leads else ""
    return re.compile(r"(?:Complete the sentence:\s*)?" + hedged
                      + linking + r"(?P<group>[Tt]he\s+" + modifier + r"(?:"
                      + alternation(list(nouns)) + r"))\b(?!['’-])")


def _unnamed_group(stem: str, pattern: re.Pattern, language: dict) -> str:
    """The first group ``pattern`` finds before the question has named two of its members, if any.

    A group followed by what it is of ("both banks of the Velm river",
    "the sides of the river") names itself.
    """
    calendar = set(language.get("months", []) + language.get("weekdays", []))
    openers = set(language.get("not_name_openers", []))
    counts = language.get("number_words", {})
    text = without_quotes(stem)
    for m in pattern.finditer(text):
        if _NAMED_AFTER.match(text[m.end():]):
            continue
        # a name of several words is one name ("the Velm Pact"): as many as the group counts ("all three states")
        # "The Velm Pact ...", "On 4 May ...", "Complete the sentence:": a capital that opens a sentence, no name
        runs = [r.split() for r in _NAME_RUN.findall(_STEM_LEAD.sub("", text[:m.start()]))]
        names = {" ".join(w for w in run if w not in calendar and w not in openers) for run in runs} - {""}
        counted = next((int(counts[w.lower()]) for w in m.group(0).split() if w.lower() in counts), 2)
        if len(names) < max(2, counted):
            return m.group(0)
    return ""


_STEM_LEAD = re.compile(r"^(?:Complete the sentence:\s*|Which side\b)")
_NAME_RUN = re.compile(r"(?:(?<=\s)|^)(?:(?:An?|The)\s+)?([A-Z][\w’'.\-–]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.\-–]+)*)")


@functools.lru_cache(maxsize=64)
def _collective_re(nouns: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b[Tt]he\s+(?:(?:two|three|four|various|other|opposing|warring|rival)\s+)?(?:"
                      + "|".join(map(re.escape, nouns)) + r")\b")


def _answer_shown(stem: str, answer: str, choices: Sequence[str], language: dict) -> str:
    """A number or month of the blanked answer still written in the sentence.

    "In _____, he arrived ... on 20 November" tells the month of "November
    1977". A month with another year ("until 8 October 2037"), or a year
    with a month of its own, is another date; but a month with a year tells
    a blank with no year ("in _____, and on 16 May 1990 ..." is May); and a
    part every choice shares tells nothing.
    """
    all_months = tuple(language.get("months", []))
    named = set(_month_re(all_months).findall(answer))
    months = [m for m in all_months if m in named]
    after_month = _after_month_re(all_months)
    # the stem's numbers, less a year that belongs to a date of its own ("8 October 2037")
    in_stem = {m.group(0) for m in _WHOLE_NUMBER.finditer(stem)
               if not (len(m.group(0)) == 4 and after_month.search(stem, 0, m.start()))}
    shown = [p for p in re.findall(r"\d[\d,]*(?:\.\d+)?", answer) if p in in_stem]
    if months:
        year = re.search(r"\b\d{4}\b", answer)
        written = {(m.group(1), m.group(2)) for m in _month_year_re(all_months).finditer(stem)}
        shown += [m for m in months if any(w == m and (not y or not year or y == year.group(0)) for w, y in written)]
    # "The war (1654–67) ended in the Truce of Velm (_____)": a span's short end year is the answer's
    whole = re.fullmatch(r"\s*(\d{4})\s*", answer)
    if whole:
        shown += [m.group(0) for m in _SHORT_SPAN.finditer(stem)
                  if m.group(1)[:2] + m.group(2) == whole.group(1) and m.group(1) != whole.group(1)]
    for part in shown:
        if not (choices and all(part in c for c in choices)):
            return part
    return ""


_SHORT_SPAN = re.compile(r"(?<!\d)(\d{4})\s*[–\-]\s*(\d{2})(?!\d)")


# a number standing alone: not inside a larger one ("1,550", "3.5") or a word ("10th")
# ("in 1482, and ...": the comma after it is the sentence's, not the number's)
_WHOLE_NUMBER = re.compile(r"(?<![\w.,])\d(?:[\d,]*\d)?(?:\.\d+)?(?![\w]|[.,]\d)")


@functools.lru_cache(maxsize=8)
def _month_re(months: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(map(re.escape, months)) + r")\b" if months else r"(?!x)x")


@functools.lru_cache(maxsize=8)
def _month_year_re(months: tuple[str, ...]) -> re.Pattern:
    """A month and the year written after it, if any ("May", "4 May 1990", "May 4, 1990")."""
    return re.compile(r"\b(" + "|".join(map(re.escape, months)) + r")\b(?:\s+(?:\d{1,2},?\s+)?(\d{4})(?!\d))?"
                      if months else r"(?!x)x")


@functools.lru_cache(maxsize=8)
def _after_month_re(months: tuple[str, ...]) -> re.Pattern:
    # "October 1921", and "October 18, 1921" too: the year of a date of its own
    return re.compile(r"(?:" + "|".join(map(re.escape, months)) + r")\s(?:\d{1,2}(?:st|nd|rd|th)?,?\s)?$"
                      if months else r"(?!x)x")


# After a blank: nothing that names whose or which ("in Aldoria", "(the Velm Act)").
_BLANK_ALONE = r"(?!\s*\(|\s+and\s+\d|\s+(?:of|on|over|between|with|to|in|against|by|for)\s+(?:the\s+)?[A-Z])"


def blank_only_complement(stem: str, language: dict) -> str:
    """A vague noun whose only complement is the blank ("the election of _____"), if any.

    "Then came the election of 1844" says which election only through its
    year: a question that blanks the year, or changes it, asks about an
    election it never names.
    """
    # ("The declaration of _____ condemned the trade": a common noun, in lower case, as vague)
    vague = tuple(language.get("vague_nouns", [])) + tuple(language.get("vague_common_nouns", []))
    if not vague or BLANK not in stem:
        return ""
    for m in _vague_noun_re(vague, tuple(language.get("months", []))).finditer(stem):
        if re.match(r"\s+of\s+" + re.escape(BLANK), stem[m.end():]):
            return m.group(0)
    return blank_before_noun(stem, language)


def blank_before_noun(stem: str, language: dict) -> str:
    """An indefinite vague noun the blank stands before, with nothing after it to say which ("Thank a _____ treaty.").

    "a 2007 treaty": the year is all that sets it apart, so a question that
    blanks it asks about a treaty it never names.  A name or a gloss after the
    noun ("a _____ agreement (the Velm Accord)") names it.  "The 1987
    agreement, which banned ..." is left alone: teachers keep it, as the
    definite article and what the sentence says of it tell which one.
    """
    vague = tuple(language.get("vague_nouns", []))
    if not vague or BLANK not in stem:
        return ""
    m = _blank_noun_re(vague).search(stem)
    return m.group(0) if m else ""


@functools.lru_cache(maxsize=64)
def _blank_noun_re(nouns: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b[Aa]n?\s+" + re.escape(BLANK) + r"\s+(?:"
                      + "|".join(map(re.escape, nouns)) + r")s?\b(?!\s*\(|\s+(?:of\s+(?:the\s+)?)?[A-Z]"
                      r"|,?\s+(?:(?:that|which)\s+)?(?:we\s+(?:now\s+)?call|(?:now\s+)?(?:called|known\s+as))\s)")


@functools.lru_cache(maxsize=64)
def _vague_noun_re(nouns: tuple[str, ...], months: tuple[str, ...] = ()) -> re.Pattern:
    """"the talks", "the new agreement", "the March accord": a definite noun that names no particular one.

    A month before the noun says no more than an adjective (which year's?);
    "on", "in" or "by" before a date or a blank dates the verb, it does not
    say which one ("ratified the text on 4 May").
    """
    month = "|".join(map(re.escape, months))
    modifier = r"(?:(?:[a-z\-]+" + (r"|(?:" + month + r")" if month else "") + r")\s+){0,2}?"
    timed = r"(?:\d|_|(?:" + month + r")\b)" if month else r"(?:\d|_)"
    # "the election of _____": the value a question blanks or changes is no complement that
    # says which one, unless a name follows it ("the election of _____ in Aldoria")
    said_after = (r"(?!\s*\(|\s+of\b(?!\s+_+(?!_)" + _BLANK_ALONE + r")|\s+(?:over|between|with|to|against)\b"
                  r"|\s+(?:on|in|by)\b(?!\s+" + timed + r")(?!\s+(?:" + _IN_IDIOMS + r")\b)|\s+[A-Z]"
                  # "the agreement we now call the Karlstad Convention", "the pact, now known as the Velm Pact"
                  r"|,?\s+(?:(?:that|which)\s+)?(?:we\s+(?:now\s+)?call|(?:now\s+)?(?:called|known\s+as))\s+(?:the\s+)?[A-Z]"
                  # "The agreements behind the handover are the Velm–Osk Treaties": the copula names them
                  r"|" + _COPULA_NAMED.pattern + r")")
    # "the peace congress", "the treaty talks": a noun before another is its modifier, the second the head
    alternatives = "|".join(map(re.escape, nouns))
    compound = r"s?\s+(?:" + alternatives + r")s?\b"
    # ... unless it is what a name is called ('the Peace of Velm, called the "eternal peace"'); a nickname in
    # quotes names no more than its words would bare ('the "eternal peace"')
    quoted = r"[\"“‘'](?=(?:[a-z\-]+\s+){0,2}(?:" + alternatives + r")s?[\"”’'])"
    head = r"(?:(?=" + compound + r")" + compound + r"|(?!" + compound + r")s?\b)"
    return re.compile(r"(?:(?<!called )(?<!known as )(?<!nicknamed )\b[Tt]he\s+" + quoted + r"|\b[Tt]he\s+)"
                      + modifier + r"(" + alternatives + r")" + head + r"(?:[\"”’'](?!s\b))?" + said_after)


# "in exchange for", "in return", "by far": idioms after a noun that say nothing of which one it is
_IN_IDIOMS = "exchange|return|protest|response|turn|addition|part|full|effect|practice|principle|particular|fact|vain|" \
             "secret|public|private|far|contrast|comparison|retaliation|reply|time|order"


@functools.lru_cache(maxsize=64)
def _short_title_re(nouns: tuple[str, ...], generic: tuple[str, ...], months: tuple[str, ...] = (),
                    agreement_heads: tuple[str, ...] = ()) -> re.Pattern:
    """"the Union", "the Trade Treaty", "the Treaty of Peace": a title of common words that could name many.

    "on", "in" or "by" before a date or a blank dates the verb, it does not say
    which one: "Chile signed the Convention on 4 May" (the object, as the subject).
    """
    heads = "|".join(re.escape(n[:1].upper() + n[1:]) for n in nouns)
    modifier = r"(?:(?:" + "|".join(map(re.escape, generic)) + r")\s+)?" if generic else ""
    timed = r"(?:\d|_|(?:" + "|".join(map(re.escape, months)) + r")\b)" if months else r"(?:\d|_)"
    # "the Treaty for the Protection of Reefs", "the Framework Agreement for Peace in Velmora": a title's own
    # "for" says which, as its "of" does
    said_after = (r"(?!\s*\(|\s+(?:of|over|between|with|to|against|for\s+the)\b|\s+for\s+[A-Z]|\s+(?:on|in|by)\b(?!\s+" + timed
                  + r")|\s+[A-Z])")
    # "the Treaty of Peace", "the Pact of Friendship and Trade": common words after "of" say no more;
    # but "the Congress on Trade and Navigation in Aldoria (CTNA)" runs on through "and" as one name, to
    # its acronym or through another "of"/"in" and a capital
    not_month = r"(?!(?:" + "|".join(map(re.escape, months)) + r")\b)" if months else ""
    runs_on = (r"(?!\s+and\s+[A-Z][\w’'\-]*(?:\s*\([A-Z]{2,}\)|\s+(?:of|on|for|in)\s+(?:the\s+)?"
               + not_month + r"[A-Z]))")
    of_generic = (r"|\b[Tt]he\s+(?:" + heads + r")s?\s+(?:of|on|for)\s+(?:the\s+)?(?:" + "|".join(map(re.escape, generic))
                  + r")(?:(?:,\s+|\s+and\s+|\s+)(?:" + "|".join(map(re.escape, generic)) + r"))*\b(?![\-’'])"
                  + said_after + runs_on) if generic else ""
    # "the Strategic Partnership Agreement": two common words before an agreement's noun say no more than one
    # ("the Strategic Defense Initiative", a programme, is left alone)
    agreements = "|".join(re.escape(n[:1].upper() + n[1:]) for n in agreement_heads)
    two = (r"|\b[Tt]he\s+(?:(?:" + "|".join(map(re.escape, generic)) + r")\s+){2}(?:" + agreements + r")s?\b" + said_after
           if generic and agreements else "")
    return re.compile(r"\b[Tt]he\s+" + modifier + r"(?:" + heads + r")s?\b" + said_after + of_generic + two)


def _body_said(stem: str, m: re.Match[str], language: dict) -> bool:
    """Whether ``m`` is a bare "the Court" whose court the stem has named before it (``_body_named_before``)."""
    bodies = tuple(language.get("institution_nouns", []))
    bare = _bare_institution_re(bodies, tuple(language.get("months", []))).fullmatch(stem, m.start(), m.end()) \
        if bodies and m.group(0)[:1] in "Tt" else None
    return bare is not None and _body_named_before(stem, bare, bodies, language)


def _body_named_before(stem: str, bare: re.Match[str], bodies: tuple[str, ...], language: dict) -> bool:
    """Whether the stem names, before a bare "the Court", one court in full: "The Velmoran Court of
    Appeal ruled ... the Court", or a gloss "the Court (the Velmoran Court of Appeal) ... the Court"."""
    head = next((b for b in bodies if b.lower() == bare.group("head").lower()), bare.group("head"))
    return bool(named_before(stem[:bare.start()], head, body_name_re(bodies, body_not_names(language))))


@functools.lru_cache(maxsize=64)
def _relational_re(nouns: tuple[str, ...]) -> re.Pattern:
    """A relational noun with its determiner, if any: "an extension", "its innocence", "violations"."""
    return re.compile(r"\b(?:(?P<det>[Tt]he|an?|" + "|".join(_POSSESSIVES)
                      + r")\s+(?:(?!(?:of|and|or|to|in|on|for)\s)[a-z\-]+\s+){0,2}?)?(?:"
                      + "|".join(map(re.escape, nouns)) + r")s?\b")


@functools.lru_cache(maxsize=64)
def _pair_re(nouns: tuple[str, ...]) -> re.Pattern:
    """"both men", "the two governments", "all three states": a group counted, not named."""
    counted = r"(?:two|three|four|five|six|seven|eight|nine|ten)"
    return re.compile(r"\b(?:[Bb]oth|[Tt]he\s+" + counted + r"|[Aa]ll\s+(?:the\s+)?" + counted + r")\s+(?:[a-z\-]+\s+)?(?:"
                      + "|".join(map(re.escape, nouns)) + r")\b")


_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def without_quotes(text: str) -> str:
    """Quoted words are the speaker's own; their "it" is not the question's."""
    return _QUOTED.sub("", text) if '"' in text or "“" in text else text
