"""Extraction: articles in, typed facts out.  Pure and deterministic; no I/O.

Each finder lives in its own module (dates, quantities, parties, positions);
this module walks an article sentence by sentence, asks each finder, works
out what each fact is about, and mints stable fact ids.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import hashlib
import itertools
import re
from collections.abc import Sequence

from ..model import FIELD_LABEL, SENTENCE_END, Article, Fact, Sentence
from .agreements import Agreements
from .bodies import Bodies
from .dates import DATELINE, DateMatch, citations, find_dates, format_date, scholarly
from .lexicon import Lexicon, SentenceWords, SmallWords, WordGate, alternation, load_lexicon, not_last_words, one_side_acts
from .parties import find_parties
from .positions import PositionFinder
from .quantities import QuantityFinder, QuantityMatch
from .sentences import split_sentences
from .sides import SideIndex

__all__ = ["extract_facts", "load_lexicon", "Lexicon", "fact_id"]


def fact_id(article: str, kind: str, subject: str, predicate: str, value: str, side: str | None = None) -> str:
    """A fact's id: a hash of what the fact says, never of where it stands."""
    key = "\x1f".join([article, kind, subject.lower(), predicate.lower(), value.lower(), (side or "").lower()])
    return f"{kind}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"


def extract_facts(article: Article, lexicon: Lexicon) -> list[Fact]:
    """Return the facts stated in ``article``, in the order they appear."""
    sides = SideIndex(lexicon, article.text)
    agreements = Agreements(lexicon, article.text)
    bodies = Bodies(lexicon)
    if article.title:
        bodies.learn(article.title)
    quantities = lexicon.cached("quantities", QuantityFinder)
    positions = lexicon.cached("positions", PositionFinder)
    negations = lexicon.cached("negations", _Negations)
    facts: list[Fact] = []
    seen: dict[str, Fact] = {}
    sentences = split_sentences(article, lexicon)
    told = lexicon.cached("told_openers", _ToldOpeners)
    if told.pattern is not None and any(s.text.endswith("?") for s in sentences):
        # "Did you know that the pact was signed in 1990?": a statement, asked only for effect
        sentences = [told.statement(s) for s in sentences]
    header_end, header_date = _header_fields(article, lexicon)
    fields = lexicon.cached("date_fields", _DateFields)
    pending_fields: list[tuple[str, int, DateMatch, str]] = []     # "Signed: 8 May 1990" lines, for the end
    pending_parties: list[tuple[str, int, list]] = []               # "Parties: A and B" lines, for the end
    if header_end:
        # "TO: ...", "SUBJECT: ...", "DATE: ...": a memo's fields, no sentences; its date dates the memo.
        # An infobox's "Signed: 8 May 1990" is a field too, and dates the article's agreement
        pending_fields = [f for s in sentences if s.start < header_end and ":" in s.text
                          for f in [fields.date_field(s.text, s.start, lexicon, "", SentenceWords(s.text))] if f]
        sentences = [s for s in sentences if s.start >= header_end]
    exercises = _exercise_sections(article, lexicon)
    if exercises:
        # "## Review questions": its items ask the student to write; they state nothing
        sentences = [s for s in sentences if not any(start <= s.start < end for start, end in exercises)]
    # each sentence's words, for the finders to rule out quickly what it cannot hold
    sentence_words = [SentenceWords(s.text) for s in sentences]
    article_sides, side_names = _sides_in(sentences, sentence_words, sides)
    named_sides = {"side_names": side_names} if side_names else {}
    proper = _ProperWords(sentences)      # worked out only if a date needs it
    previous_holder: str | None = None
    previous_person = True      # whether the last position's holder was a person ("He" may stand for them)
    # "The representative of ", "the envoy of the ": a person's office (``side_of_heads``), then the side
    official_of = lexicon.cached("official_of", lambda lx: re.compile(
        r"\b(?:" + alternation(lx.language.get("person_heads_of", []) or ["(?!x)x"]) + r")\s+of\s+(?:the\s+)?$", re.I))
    # the side a noun that refers ("The Government") may stand for: the last holder, under the same
    # heading, in the same paragraph unless it is the article's main side, and with no other side named between
    named_holder: str | None = None
    paragraph_starts = list(itertools.accumulate((len(p) + 2 for p in article.paragraphs[:-1]), initial=0))
    previous_paragraph = -1
    headed = {at for at, _, _ in article.headings}     # the paragraphs a heading opens
    main_side = article_sides[0] if article_sides else None
    article_date = article.date or header_date or _dateline_date(sentences, lexicon)
    scholarly_text = scholarly(article.text, lexicon)     # cites works as "(Marsh, 1990)"
    # no wrong choice for what the article reports as past may come after the article itself
    written_on = {"article_date": article_date or _dateline_date(sentences, lexicon, day=False)}
    written_on = written_on if written_on["article_date"] else {}
    # the article's own agreement: the first its opening sentence names or, failing that, its title
    opening = next((s.text for s in sentences if not _dateline_only(s.text, lexicon)), "")
    in_opening = agreements.find(opening) if opening else []
    in_title = agreements.find(article.title) if article.title else []
    agreements.main = (in_opening or in_title)[0].name if in_opening or in_title else None
    agreements.title = _title_agreement(in_title, lexicon, article.title or "", agreements)
    if agreements.title:
        # "The Treaty of Velm Turns Fifty": a headline's capitals run on past the name; the text says where it ends.
        # The agreement a title names formally is the article's own, even when its opening names another first
        agreements.title = agreements.main = _name_in_text(agreements.title, article.text, {
            n.lower() for n in [*lexicon.agreement_nouns, *lexicon.data["predicates"].get("agreement_heads_before_of", [])]})

    def add(fact: Fact) -> None:
        first = seen.get(fact.id)
        if first is None:
            seen[fact.id] = fact
            facts.append(fact)
        elif fact.sentence != first.sentence:
            # the same fact stated again: one question, every sentence kept
            first.extra.setdefault("also_in", []).append(fact.sentence)

    document_nouns = frozenset(lexicon.language.get("document_nouns", []))
    owned_bodies: dict[str, str] = {}     # "Senate" -> "U.S.", when the article writes it so
    before = ""     # the last date the sentence before writes with its year
    previous_subject: str | None = None     # the first side the sentence before names
    pronouns = [w.capitalize() for w in lexicon.language.get("referring_words", []) if w in ("it", "they", "he", "she")]
    pronoun_holder = re.compile(r"\b(?:" + alternation(pronouns) + r")$" if pronouns else r"(?!x)x")
    # a glossary's or a list's paragraphs that open with their own term ("Back channel." "Protocol of 1974."):
    # an "it" in them is that term, never an agreement named before
    # (until a sentence of the entry names or refers to an agreement: "Over 120. The parties to the treaty
    # today. It was opened for signature on D" is the treaty's)
    glossed = _term_paragraphs(sentences, paragraph_starts, lexicon)
    entry = -1
    for sentence, words in zip(sentences, sentence_words):
        text = sentence.text
        paragraph = bisect.bisect_right(paragraph_starts, sentence.start) - 1
        if glossed:
            if paragraph != entry:
                entry = paragraph
                agreements.own_topic = paragraph in glossed and sentence.index != glossed[paragraph]
            elif sentence.index - 1 == glossed.get(paragraph):
                agreements.own_topic = True
        named = agreements.find(text, words)
        if agreements.own_topic and (named or _noun_reference(text, agreements)):
            agreements.own_topic = False
        # "the Court" for the one court the article has named: printed with its name
        body_referents = bodies.referents(text, words, named) if bodies.may_hold(words) else None
        listed = _party_field(text, sides, lexicon) if ":" in text else None
        if listed:
            # "Parties: Austria and Prussia": a box's line of the article's own agreement, as "Signed: D" is
            pending_parties.append((text, sentence.start, listed))
            agreements.remember(named)
            continue
        field = fields.date_field(text, sentence.start, lexicon, article_date, words) if ":" in text else None
        if field:
            # "Signed: 8 September 1951": a box's field dates the article's own agreement, when no
            # sentence of the text dates that event (then the sentence is the better question)
            pending_fields.append(field)
            agreements.remember(named)
            continue
        if text[-1] not in _STOPS and _header_line(text, lexicon):
            agreements.remember(named)      # a book's or a film's details: no sentence, no facts
            continue
        _name_parties(text, named, agreements, sides)
        dates = find_dates(text, lexicon, article_date, before, words)
        if dates and ("very " in text or "ach " in text):
            # "every 17 May, Norwegians fill the streets": a day that comes round each year, no date
            dates = [d for d in dates if not _EVERY_BEFORE.search(text, max(0, d.start - 12), d.start)]
        if dates and "(" in text:
            # "(Marsh, 1990)", "Marsh (1990) shows": the year a work came out, no date of the story
            cited = citations(text, lexicon, scholarly_text)
            dates = [d for d in dates if not any(s <= d.start and d.end <= e for s, e in cited)] if cited else dates
        title_year = lexicon.cached("title_year", _TitleYear) if dates else None
        if title_year is not None and title_year.gate.may_hold(words):
            # "the Governance Act 2010": a year in a law's title names it, it dates nothing in the sentence
            dates = [d for d in dates if not (len(d.text) == 4 and d.text.isdigit()
                                              and title_year.before.search(text, max(0, d.start - 40), d.start))]
        withdrawn = _withdrawn_words(text) if "read" in text else []
        if withdrawn:
            # 'for "signed on 17 March 1329" read "...1328"': an erratum's misprint states nothing
            dates = [d for d in dates if not any(s <= d.start and d.end <= e for s, e in withdrawn)]
        if dates and agreements.event_dates:
            # "the agreement signed on 9 June", when the one it would mean was signed on 3 May: another one
            agreements.dated_otherwise(text, dates)
        # which agreement "the treaty" stands for: worked out only for a sentence with facts to name it in
        referent = _referent(text, named, agreements, words) if dates else None
        referent_done = bool(dates)
        # a sentence with a word that denies ("did not", "never"): its dates may date nothing that happened
        denial = negations if dates and negations.anywhere.search(text) else None
        written = [d for d in dates if not d.relative and re.match(r"\d{4}-\d{2}", d.value)]
        before = written[-1].value if written else ""
        if len(dates) == 1 and (_PUNCTUATION_ONLY.fullmatch(text[:dates[0].start] + text[dates[0].end:])
                                or sentence is sentences[0] and not DATELINE.match(text)
                                and _dateline_only(text, lexicon)):
            # "12 May 1815." heading a diary's entry or a chronology's item, "Plenary — 2 April 2013" heading
            # a report: a label, no statement
            agreements.remember(named)
            continue
        twins = _calendar_twins(text, dates, lexicon) if len(dates) > 1 else {}
        for date in dates:
            predicate, trigger, negated = _predicate(text, date, lexicon, [d for d in dates if d is not date])
            if " by the " in predicate and _vote_predicate(predicate, lexicon):
                # "The Senate approved it", where the article writes "the U.S. Senate" elsewhere: that one
                predicate = _owned_body(predicate, article, sides, owned_bodies)
            if denial is not None:
                negated = denial.of(text, date, negated, trigger)
            if predicate in _period_openers(lexicon) and _UNTIL_BEFORE.search(text, max(0, date.start - 12), date.start):
                predicate, trigger = "event", None  # "remained open for signature until D": when it closed
            if _own_conjunct(text, date, dates, trigger) or _other_object(text, trigger, lexicon, predicate) \
                    or (trigger and _period_of_noun(text, date, lexicon)):
                predicate, trigger = "event", None
            # "During the Salt War, Aldoria closed its ports on D": the war is the setting, D dates the closing
            setting = bool(trigger) and (("," in text and _in_setting(text, date, trigger, lexicon))
                                         or ("uring " in text and _during(text, date, trigger))
                                         or (" still " in text and _still_going(text, date, trigger)))
            part_event = None
            if trigger and not (predicate == "event" or predicate in _agreement_predicates(lexicon)):
                taken = _taken_part(text, date, trigger, lexicon)
                if taken is not None:
                    # "Velmora entered the Salt War in 1915": its entry, not the war; "the first battle
                    # of the Salt War was fought on D": that battle's day, when the phrase names it
                    part_event = taken or None
                    if not taken:
                        predicate, trigger = "event", None
            modified = _modified_noun(text, date, lexicon)
            unnamed = False
            head = modified.split()[-1].lower() if modified else ""
            if head in _lower_nouns(lexicon, "agreement"):
                predicate, trigger = "signed", modified   # "the 1987 treaty": the year it was made
                # "a 1974 protocol reduced this": another agreement, which the sentence does not name
                unnamed = _INDEFINITE_BEFORE.search(text, max(0, date.start - 10), date.start) is not None
                # "the 1974 protocol to the ABM Treaty": a protocol or an amendment is an instrument of its own
                unnamed = unnamed or (head in _lower_nouns(lexicon, "dependent")
                                      and not _names_noun(text, named, head))
            elif not modified and not any(date.start - 8 <= m.end <= date.start for m in named):
                # "under the Paris peace treaty of 10 February 1947": the date of an agreement the sentence
                # describes, not of anything named before it
                described = _described_agreement_before(text, date.start, lexicon)
                if described:
                    predicate, trigger, modified, unnamed = "signed", described, described, True
            # "The Treaty of Velm, 7 June 1546, left ...": a date set beside an agreement's name is its own
            apposed_to = next((m for m in named if text[m.end:date.start] in (", ", " (")
                               and text[date.end:date.end + 1] in (",", ")")), None) if predicate == "event" else None
            subject = (apposed_to.name if apposed_to is not None
                       else agreements.resolve(text, named, date.start, dated=True)
                       if not unnamed and _about_agreement(text, date, predicate, named, agreements, lexicon)
                       else None)
            if subject and _one_of(text, named, subject):
                subject = None      # "The first of the Treaties of Velm ... was signed on D": one of them, not all
            if subject and _unnamed_own_agreement(text, date, trigger, named, agreements, lexicon):
                subject = None      # "Velmland, which had signed a pact with Marnia in 1931": that pact's date
            if subject and trigger and _indefinite_antecedent(text, text.rfind(trigger, 0, date.start), lexicon):
                subject = None      # "The treaty followed a truce that came into effect on D": the truce's date
            if subject and trigger and _other_document(text, named, date.start, trigger, document_nouns):
                subject = None      # "... and in the Velm Statement signed on D": that document was signed on D
            if subject and _other_relative(text, date.start, named, lexicon):
                subject = None      # "It followed a conference, which collapsed on D": the conference's date
            if subject and _passive_agent(text, named, date.start, trigger):
                subject = None      # "X was extended by the Y Treaty of 1912": Y did it; it did not happen to Y
            if subject and _with_object(text, named, date.start, trigger):
                predicate, trigger = "event", None  # "the siege ended with the Velm Truce in 1912": the siege ended
            if subject and trigger and predicate in one_side_acts(lexicon):
                at = text.rfind(trigger, 0, date.start)
                # ("X signed the A Treaty in 1844 and Y the B Treaty in October": Y, the gapped verb's subject)
                doer = "" if _GAPPED_SUBJECT.search(text, at, date.start) else \
                    _one_side_doer(text, at, named, sides, proper)
                if doer == "it":
                    subject = None  # "It signed in 1995 and ratified the treaty": "it" is a state, not the treaty
                elif doer:
                    # "Osk ratified the treaty on D": one side's ratification, not the treaty's own
                    predicate = f"{predicate} by {doer}"
            if subject and len(dates) > 1 and _each_agent_date(text, date, dates, trigger):
                subject = None      # "signed by Velmora on D1 and by Marnia on D2": each side's signature
            if negated:
                subject = None      # "Aldoria did not sign the pact in 1990": no event of the pact
            if subject and not date.relative and any(n.name == subject for n in named) \
                    and predicate in _agreement_predicates(lexicon):
                agreements.note_event(subject, predicate, date.value)
            event = None if subject else (part_event or ("the " + modified if modified else _event_phrase(
                text, date, trigger, lexicon, predicate in _agreement_predicates(lexicon))))
            about = agreements.display(subject) if subject else (event or "")
            extra = {"precision": date.precision, "display": format_date(date.value),
                     "agreement": bool(subject), "trigger": trigger or "", "offset": date.start,
                     "relative": date.relative}
            if date.year_before:
                extra["year_before"] = True
            if setting and not subject:
                extra["setting"] = True
            if subject and not named and agreements.participle_subject(text) == subject \
                    and agreements.reference(text) is None:
                # "Signed on D by ...": the sentence before names what ("Brokered by the Bank, it was signed
                # on D": the sentence's "it" is held as a reference)
                extra["subject_before"] = True
            extra.update(written_on)
            if negated:
                extra["negated"] = " ".join(negated.split())
            _note_referent(extra, referent, body_referents)
            twin = twins.get(date.start)
            if twin:
                # "27 August 1701 (7 September in the Gregorian calendar)": one date, two spellings
                extra["calendar_twin"] = twin[0].value
                if twin[1]:
                    extra["calendar_second"] = True
            actor = "" if about else _named_actor(text, date, sides, proper, lexicon)
            if actor:
                extra["actor"] = actor
            add(Fact(
                id=fact_id(article.slug, "date", about, predicate, date.value),
                kind="date", subject=about, predicate=predicate, value=date.value,
                text=date.text, article=article.slug, sentence=text,
                span=(sentence.start + date.start, sentence.start + date.end),
                hedge=_hedge(text, lexicon, date.start, words), extra=extra,
            ))
        found_quantities = quantities.find(text, [(d.start, d.end) for d in dates], words)
        if withdrawn:
            found_quantities = [q for q in found_quantities if not any(s <= q.start < e for s, e in withdrawn)]
        if found_quantities and not referent_done:
            referent, referent_done = _referent(text, named, agreements, words), True
        for q in found_quantities:
            subject = agreements.resolve(text, named, q.start)
            if subject and _one_of(text, named, subject):
                subject = None      # "the first of the Treaties of Velm ran to 12 articles": one of them
            # "signed with a side accord, which capped X at 300": the number is the unnamed accord's
            other = _unnamed_antecedent(text, q.start, named, lexicon) if subject else ""
            if other:
                subject = None
            about = agreements.display(subject) if subject else ""
            # "Aldoria agreed to pay $15 million": the named subject's own verb takes the number
            owner = "" if about else _number_actor(text, q, sides, proper, lexicon)
            # "where Aldoria dug 310 wells": the number is its clause's actor's
            actor = _clause_actor(text, q.start, sides, named, agreements, lexicon) if subject else ""
            if actor:
                subject, about = None, actor
            kind = "range" if q.is_range else "quantity"
            predicate = q.noun or q.unit
            extra = {"unit": q.unit, "low": q.low, "measures": q.noun, "bound": q.bound or "",
                     "offset": q.start}
            if actor:
                extra["agreement"] = False
            if owner:
                extra["actor"] = owner
            if other:
                extra["antecedent"] = other
            _note_referent(extra, referent, body_referents)
            if q.prefix:
                extra["prefix"] = q.prefix
            if q.scale:
                extra["scale"] = q.scale
                extra["scale_value"] = quantities.scales[q.scale]
            if q.high is not None:
                extra["high"] = q.high
            if q.converted:
                extra["converted"] = q.converted
            add(Fact(
                id=fact_id(article.slug, kind, about, predicate, q.value),
                kind=kind, subject=about, predicate=predicate, value=q.value,
                text=q.text, article=article.slug, sentence=text,
                span=(sentence.start + q.start, sentence.start + q.end),
                hedge=_hedge(text, lexicon, q.start, words), extra=extra,
            ))
        for p in find_parties(text, sides):
            if p.contrast >= 0 and not any(p.contrast <= m.start < p.start for m in named):
                # "it was signed as a pact of X and Y, but it followed the deal between X and Z": the
                # unnamed deal of the contrasting clause is another agreement, its parties not this one's
                continue
            if p.unnamed_end >= 0 and any(n.start >= p.unnamed_end for n in named) \
                    and not any(_names_unnamed(text, p.unnamed_end, n.start) for n in named):
                # "X and Y signed a naval accord that brought X under the Velm Treaty": the parties are the
                # accord's, which has no name, not the Velm Treaty's
                continue
            # "Greece and Serbia signed a secret alliance ..., two days after the treaty": the parties signed
            # the unnamed alliance; "the treaty" they did not sign stands for no agreement of theirs
            if not named and not p.head and all(lexicon.side(side) is None for side in p.sides):
                continue    # "Nicholas I and Emperor Francis I agreed to act together": rulers, no agreement named
            subject = agreements.resolve(text, named, p.start) if named or p.unnamed_end < 0 else None
            if not subject and not named and _PARTIES_WERE.match(text) and len(set(agreements.previous)) == 1:
                subject = agreements.previous[0]    # "... the Treaty of Velm. The parties were A and B."
            if subject and _one_of(text, named, subject):
                continue            # "the first of the Treaties of Velm, between A and B": that one's parties
            if subject and _only_as_time(text, named, subject, p.start):
                continue            # "X and Y agree a common agenda, one day after the Velm Accords": a time, not theirs
            if p.plural and not subject:
                continue        # "the treaties between X and Y": which treaties, it does not say
            about = (agreements.display(subject) if subject
                     else _head_phrase(text, p.start) or _agreement_phrase(text[p.end:], lexicon)
                     or _named_agreement(text[:p.start], lexicon) or _agreement_phrase(text[:p.start], lexicon)
                     or (f"the {p.head}" if p.head else ""))
            if not about:
                continue
            value = _listed_names(p.sides)
            add(Fact(
                id=fact_id(article.slug, "parties", about, "parties", "; ".join(sorted(p.sides))),
                kind="parties", subject=about, predicate="parties", value=value,
                text=p.text, article=article.slug, sentence=text,
                span=(sentence.start + p.start, sentence.start + p.end),
                extra={"sides": list(p.sides), "agreement": bool(subject),
                       "sides_in_article": article_sides, **named_sides},
            ))
        if paragraph != previous_paragraph and (paragraph in headed or named_holder != main_side):
            # "The Government" under a new heading, or in a new paragraph for a side that is not the one
            # the article is most about: whose, it does not say
            named_holder = None
        previous_paragraph = paragraph
        found_positions = positions.find(text, sides, previous_holder, tuple(article_sides[:2]), words,
                                         named_holder, previous_person)
        mentioned = sides.mentions(text)
        if found_positions and not referent_done:
            referent = _referent(text, named, agreements, words)
        if found_positions:
            previous_holder = named_holder = found_positions[-1].side
            # (whether "He" may stand for it: a person held it, not a state by its name: a leader, a side's
            # official ("Velmora's envoy", "The representative of Velmora"), or whoever "he" stood for before)
            last = found_positions[-1]
            previous_person = (last.how == "leader" or last.holder.endswith(("'s", "’s"))
                               or official_of.search(text, max(0, last.start - 40), last.start) is not None
                               or last.how == "reference" and previous_person)
        elif mentioned and all(m.side != named_holder for m in mentioned):
            named_holder = None     # a sentence naming another side, and not this one, comes between
        for pos in found_positions:
            # sides holding the very same position ("Marnia and the League deplored ...")
            joint = sorted({p.side for p in found_positions
                            if p.content_start == pos.content_start and p.stance == pos.stance} - {pos.side})
            extra = {}
            if referent and pos.content_start <= referent[0] and referent[1] <= pos.content_start + len(pos.content):
                # "argued that the treaty (the Velm Treaty) was void": the position says which, as the sentence's
                # other questions do
                extra["content_referent"] = [referent[0] - pos.content_start, referent[1] - pos.content_start,
                                             referent[2]]
            if pos.how == "leader" and not pos.holder.endswith(("'s", "’s")):
                # "Brandt insisted ...": a person who speaks for the side, whom a statement may name as written
                extra["person"] = True
            pronoun = pronoun_holder.search(pos.holder)
            if pronoun and pos.side != previous_subject:
                # "Marnia disliked ... It would not ...": "It" given to a side the sentence before is not about
                extra["pronoun_doubt"] = [pronoun.group(0), previous_subject or ""]
            add(Fact(
                id=fact_id(article.slug, "position", pos.topic, pos.stance, pos.content, pos.side),
                kind="position", subject=pos.holder, predicate=pos.stance, value=pos.side,
                text=pos.content, article=article.slug, sentence=text,
                span=(sentence.start + pos.content_start, sentence.start + pos.content_start + len(pos.content)),
                side=pos.side, topic=pos.topic, hedge=pos.hedge,
                extra={"polarity": pos.polarity, "holder": pos.holder, "content": pos.content,
                       "object_first": pos.object_first, "object_noun": pos.object_noun,
                       "joint": joint, "asked": pos.asked or pos.stance,
                       "holders_in_sentence": sorted({p.side for p in found_positions}),
                       "sides_in_article": article_sides, **named_sides, **extra},
            ))
        previous_subject = mentioned[0].side if mentioned else None
        agreements.remember(named, text)
    own = agreements.main or agreements.title
    if pending_fields and own:
        dated = {(f.subject, f.predicate) for f in facts if f.kind == "date"}
        about = agreements.display(own)
        for text, start, date, predicate in pending_fields:
            if (about, predicate) in dated:
                continue
            dated.add((about, predicate))
            add(Fact(
                id=fact_id(article.slug, "date", about, predicate, date.value),
                kind="date", subject=about, predicate=predicate, value=date.value,
                text=date.text, article=article.slug, sentence=text,
                span=(start + date.start, start + date.end), hedge=None,
                extra={"precision": date.precision, "display": format_date(date.value), "agreement": True,
                       "trigger": "", "offset": date.start, "relative": date.relative, "field": True,
                       **written_on},
            ))
    if pending_parties and own:
        about = agreements.display(own)
        if not any(f.kind == "parties" and f.subject == about for f in facts):
            text, start, listed = pending_parties[0]
            names = [m.side for m in listed]
            value = _listed_names(names)
            add(Fact(
                id=fact_id(article.slug, "parties", about, "parties", "; ".join(sorted(names))),
                kind="parties", subject=about, predicate="parties", value=value,
                text=text[listed[0].start:listed[-1].end], article=article.slug, sentence=text,
                span=(start + listed[0].start, start + listed[-1].end),
                extra={"sides": names, "agreement": True, "field": True,
                       "sides_in_article": article_sides, **named_sides},
            ))
    _twins_apart(facts, lexicon)
    return facts


def _listed_names(names) -> str:
    """"A and B", "A, B and C": the sides of a parties fact, as its value writes them."""
    return " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]


@functools.lru_cache(maxsize=8)
def _party_label_re(labels: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?:" + alternation(list(labels)) + r"):\s+")


def _party_field(text: str, sides: SideIndex, lexicon: Lexicon) -> list | None:
    """The sides a box's line lists after its label ("Parties: Austria, Prussia and Russia", a person in
    brackets after each allowed), or None when the line is no such list of two sides or more."""
    labels = lexicon.language.get("party_field_labels", [])
    m = _party_label_re(tuple(labels)).match(text) if labels else None
    if not m:
        return None
    mentions = [x for x in sides.mentions(text) if x.start >= m.end()]
    names = [x.side for x in mentions]
    if len(set(names)) < 2 or len(set(names)) != len(names):
        return None
    # nothing but the sides, "and", commas, "the" and bracketed notes between them
    rest = re.sub(r"\s*\([^()]*\)", "", "".join(
        text[a.end:b.start] for a, b in zip([None] + mentions, mentions + [None]) if a is not None and b is not None))
    tail = re.sub(r"\s*\([^()]*\)", "", text[mentions[-1].end:]).strip()
    head = text[m.end():mentions[0].start].strip()
    if tail not in ("", ".") or head not in ("", "the") or not re.fullmatch(r"(?:\s*(?:,|and|the)\s*)*", rest):
        return None
    return mentions


def _twins_apart(facts: list[Fact], lexicon: Lexicon) -> None:
    """"On 9 January 1792 they signed the treaty. Russian documents, in the old calendar, give the date as
    29 December 1791": one day, in two calendars, in two sentences.  A day dated in a sentence that names a
    calendar, that many days before or after a day of the sentence right before as the two calendars stood
    apart then, is that day's twin: never a lure for it, and an answer the key accepts."""
    calendars = lexicon.cached("calendars", _Calendars)
    if calendars.word is None:
        return
    days = [f for f in facts if f.kind == "date" and len(f.value) == 10 and not f.extra.get("calendar_twin")]
    for earlier, later in zip(days, days[1:]):
        if earlier.sentence == later.sentence or not calendars.word.search(later.sentence):
            continue
        try:
            a, b = (datetime.date.fromisoformat(f.value) for f in (earlier, later))
        except ValueError:
            continue
        if abs((a - b).days) == _julian_gap(max(a, b)):
            earlier.extra.update(calendar_twin=later.value, twin_apart=True)
            later.extra.update(calendar_twin=earlier.value, twin_apart=True, calendar_second=True)


def _julian_gap(day: datetime.date) -> int:
    """How many days the Gregorian calendar ran ahead of the Julian on ``day`` (from 1582)."""
    if day.year < 1583:
        return 10
    return 10 + sum(1 for century in (1700, 1800, 1900, 2100) if day >= datetime.date(century, 3, 1))


# "SUBJECT: New moorings", "Date: 4 May 1961": a label of up to three capitalised words, a colon, a value
_FIELD = re.compile(r"(" + FIELD_LABEL + r"):[ \t]+(\S.*)")
_PROSE_END = re.compile(SENTENCE_END)


def _header_fields(article: Article, lexicon: Lexicon) -> tuple[int, str]:
    """Where a document's header fields end in its text (0 when it has none), and the date they give.

    A memo or a letter opens with field lines ("TO: The Board", "FROM: ...",
    "DATE: 4 May 1961"), each a paragraph of its own, perhaps after a title or
    a classification line; at least two of them, before any paragraph that
    ends like a sentence, make a header.  A line that ends like a sentence is
    a speaker's ("ANCHOR: Aldoria voted today."), not a field.  None is a sentence; a date field
    dates the document, not its subject.
    """
    offset, end, fields, date = 0, 0, 0, ""
    labels = {w.lower() for w in lexicon.language.get("header_date_labels", [])}
    run = lexicon.cached("memo_fields", _MemoFields).pattern
    for paragraph in article.paragraphs:
        prose = _PROSE_END.search(paragraph)
        field = None if prose or len(paragraph) > 160 else _FIELD.fullmatch(paragraph)
        joined = [] if field or prose or run is None or len(paragraph) > 600 else list(run.finditer(paragraph))
        if len({m.group(1).lower() for m in joined}) >= 2:
            # "From: Legal Office To: The Board Date: 4 May 1961 Subject: ...": field lines a reader ran
            # into one paragraph (their labels in bold): a header all the same, no sentence
            fields, end = fields + len(joined), offset + len(paragraph)
            for m, after in zip(joined, [*joined[1:], None]):
                if not date and m.group(1).lower() in labels:
                    value = paragraph[m.end():after.start() if after else len(paragraph)]
                    found = [d for d in find_dates(value, lexicon) if d.precision == "day" and not d.relative]
                    date = found[0].value if found else ""
        elif field:
            fields += 1
            end = offset + len(paragraph)
            if not date and field.group(1).lower() in labels:
                found = [d for d in find_dates(field.group(2), lexicon) if d.precision == "day" and not d.relative]
                date = found[0].value if found else ""
        elif prose:
            break
        offset += len(paragraph) + 2
    return (end, date) if fields >= 2 else (0, "")


class _MemoFields:
    """A memo's field labels ("From:", "Subject:") where a paragraph opens or after a space, as one
    pattern (None without ``memo_field_labels``)."""

    def __init__(self, lexicon: Lexicon) -> None:
        labels = lexicon.language.get("memo_field_labels", [])
        self.pattern = (re.compile(r"(?:^|(?<=\s))(" + alternation(labels) + r"):[ \t]+(?=\S)", re.I)
                        if labels else None)


class _ExerciseHeadings:
    """The headings of sections that state nothing of the subject, as one pattern: exercises
    ("Review questions", "Activities") and a reference work's apparatus ("See also", "References")."""

    def __init__(self, lexicon: Lexicon) -> None:
        words = [str(w) for key in ("exercise_headings", "reference_headings")
                 for w in lexicon.language.get(key, [])]
        # "4.3 Review questions:": the words, perhaps numbered, perhaps with a colon
        self.pattern = (re.compile(r"(?:[\d.]+\s+)?(?:" + alternation(words) + r")\s*:?", re.I)
                        if words else None)


def _exercise_sections(article: Article, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The spans of ``article.text`` under a heading of exercises, each up to the next heading as high."""
    pattern = lexicon.cached("exercise_headings", _ExerciseHeadings).pattern
    if pattern is None or not article.headings:
        return []
    offsets = [0]
    for paragraph in article.paragraphs:
        offsets.append(offsets[-1] + len(paragraph) + 2)
    spans: list[tuple[int, int]] = []
    for i, (at, level, text) in enumerate(article.headings):
        if not pattern.fullmatch(text):
            continue
        end = next((later for later, later_level, _ in article.headings[i + 1:] if later_level <= level),
                   len(article.paragraphs))
        if end > at:
            spans.append((offsets[at], offsets[end]))
    return spans


def _dateline_date(sentences: list[Sentence], lexicon: Lexicon, day: bool = True) -> str:
    """"VELMORA, 9 October 1961 - ...", "Comment — 17 March 2031": a date line dates the article
    when nothing else does.  Without ``day``, a month will do ("Briefing | May 2031"): enough to
    say what the article cannot yet report, too vague to complete "on 4 May" with."""
    if not sentences:
        return ""
    text = sentences[0].text
    dateline = DATELINE.match(text)
    if dateline:
        text = text[:dateline.end()].rstrip(" -–—")
    elif not _dateline_only(text, lexicon, day):
        return ""
    stamp = _stamp_dates(text, lexicon, day)
    return stamp[0].value if stamp else ""


def _dateline_only(text: str, lexicon: Lexicon, day: bool = True) -> bool:
    """A line that is a full date and at most a short capitalised label: "Comment — 17 March 2031"
    (without ``day``, a month will do: "Briefing | May 2031")."""
    if DATELINE.match(text):
        return True
    dates = _stamp_dates(text, lexicon, day)
    if len(dates) != 1:
        return False
    rest = (text[:dates[0].start] + " " + text[dates[0].end:]).split()
    words = [w for w in rest if re.search(r"\w", w)]
    if not all(w[:1].isupper() for w in words):
        return False
    # "Sixth Assembly, Plenary Meeting — 2 April 2013": a longer label, when the date closes the line after a dash
    return len(words) <= 3 or (len(words) <= 6 and re.fullmatch(r"[\s*_.]*", text[dates[0].end:]) is not None
                               and re.search(r"[—–|]\s*$", text[:dates[0].start]) is not None)


def _stamp_dates(text: str, lexicon: Lexicon, day: bool) -> list[DateMatch]:
    """The dates in ``text`` full enough to date an article: days (and, without ``day``, months too)."""
    precisions = ("day",) if day else ("day", "month")
    return [d for d in find_dates(text, lexicon) if d.precision in precisions and not d.relative]


def _title_agreement(in_title, lexicon: Lexicon, title: str = "", agreements: Agreements | None = None) -> str | None:
    """A formal name among those the title names (``in_title``): one that opens with its noun.

    "Our Talk on the Treaty of Velmora" gives one; a headline's own words
    before the noun ("Aldoria Quits Harbour Deal") make no name, so only
    "Treaty of ...", "Convention on ..." and the like count, and the one
    name of a title that sets it after "the" ("Banning War: the Velm–Tarn
    Pact"), unless its words are all common ones ("the Peace Treaty").
    """
    nouns = {n.lower() for n in [*lexicon.agreement_nouns, *lexicon.data["predicates"].get("agreement_heads_before_of", [])]}
    if in_title and in_title[0].name.split()[0].lower() in nouns:
        return in_title[0].name
    if len(in_title) == 1 and agreements is not None and re.search(r"\b[Tt]he\s+$", title[:in_title[0].start]) \
            and not agreements.generic_title(in_title[0].name):
        return in_title[0].name
    return None


def _name_in_text(name: str, text: str, nouns: set[str]) -> str:
    """``name`` as the article's text writes it: the longest run of its words, with its agreement noun,
    that the text has ("Treaty of Velm" for a headline's "Treaty of Velm Turns Fifty" or "Amended Treaty
    of Velm"), or ``name`` when the text has none."""
    words = name.split()
    joining = ("of", "on", "for", "the", "and", "an", "a")
    # a run from the first word, or a formal title that opens with its noun ("Treaty of Velm"): not "Naval
    # Treaty" out of "Velm Naval Treaty", which the text may well give another treaty
    spans = sorted(((i, k) for i in range(len(words)) for k in range(i + 2, len(words) + 1)
                    if (i, k) != (0, len(words)) and words[i][:1].isupper() and words[k - 1].lower() not in joining
                    and any(w.lower() in nouns for w in words[i:k])
                    and (i == 0 or words[i].lower() in nouns and k - i >= 3)), key=lambda span: span[0] - span[1])
    if _has_phrase(text, name):
        return name
    for i, k in spans:
        if _has_phrase(text, " ".join(words[i:k])):
            return " ".join(words[i:k])
    return name


def _other_document(sentence: str, named, date_start: int, trigger: str, documents: frozenset[str]) -> bool:
    """Whether the event word before the date is a participle after a capitalised name that is no
    agreement the sentence names ("the Velm Statement signed in Tarn on D"): that document's date."""
    at = sentence.rfind(trigger, 0, date_start)
    if at < 0 or not trigger[-2:] == "ed" or not _PLACE_OR_TIME_AFTER.match(sentence, at + len(trigger)):
        return False        # "The Prince Regent ratified it on D": a subject's own verb and its object
    m = _CAPITALISED_BEFORE.search(sentence, max(0, at - 80), at)
    if m is not None:
        return not any(n.start < m.end() and m.start(1) < n.end for n in named)
    # "By a contract signed in Velm on D": a document that is no agreement
    noun = _NOUN_BEFORE.search(sentence, max(0, at - 40), at)
    return noun is not None and noun.group(1) in documents


_INDEFINITE_ANTECEDENT = re.compile(r"\b(?:[Aa]n?|another)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s+(?:that|which)\s+"
                                    r"(?:had\s+|has\s+|have\s+)?(?:been\s+)?$")
# "a revised treaty, signed on D": a participle after an unnamed agreement is that agreement's
_INDEFINITE_AGREEMENT_BEFORE = re.compile(r"\b(?:[Aa]n?|another)\s+(?:[a-z][\w\-]*\s+){0,2}(?P<noun>[a-z][\w\-]*),\s+$")
_INDEFINITE_PARTICIPLE_BEFORE = re.compile(r"\b(?:[Aa]n?|another)\s+(?:[A-Za-z][\w\-]*\s+){0,2}(?P<last>[A-Za-z][\w\-]*)\s+$")
_PLURAL_AGREEMENTS_BEFORE = re.compile(r"\b(?:treaties|agreements|accords|conventions|pacts|protocols)\s+$")
_PARTICIPLE_AFTER = re.compile(r"[a-z]+ed\s+(?:on|in|at)\s")
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|remains|remained|became|becomes)\s+$")
_TIME_ADVERBS = frozenset({"later", "earlier", "after", "before", "ago", "afterwards"})


def _language_words(lexicon: Lexicon, *keys: str) -> frozenset[str]:
    """The words of language.yaml's lists ``keys``, in lower case, made once per lexicon."""
    return lexicon.cached("words:" + ",".join(keys), lambda lx: frozenset(
        str(w).lower() for key in keys for w in lx.language.get(key, [])))


def _finite_words(lexicon: Lexicon) -> frozenset[str]:
    """Helpers and modals ("was", "had", "would"): "in a Transboundary Context was adopted" is no "a ... adopted"."""
    return _language_words(lexicon, "auxiliaries", "modal_verbs")


def _indefinite_antecedent(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the event word at ``at`` is said of an unnamed thing before it: "a truce that came into effect",
    "a revised treaty, signed on D" (an agreement's noun before the comma: "Aldoria, a small state, signed" is
    Aldoria's own act)."""
    at = max(0, at)
    if _INDEFINITE_ANTECEDENT.search(text, max(0, at - 50), at):
        return True
    # "all treaties concluded on or before D": agreements the sentence counts, none named
    if _PLURAL_AGREEMENTS_BEFORE.search(text, max(0, at - 40), at) and _PARTICIPLE_AFTER.match(text, at):
        return True
    # "a modus vivendi signed on D": a participle straight after an unnamed thing, with no object of its own
    m = _INDEFINITE_PARTICIPLE_BEFORE.search(text, max(0, at - 50), at)
    if m is not None and m.group("last").lower() not in _TIME_ADVERBS | _finite_words(lexicon) \
            and _PARTICIPLE_AFTER.match(text, at) \
            and not _COPULA_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True     # ("The Treaty of Velm is a peace treaty signed on D": the named one, said to be one)
    if text[max(0, at - 2):at] != ", ":
        return False
    m = _INDEFINITE_AGREEMENT_BEFORE.search(text, max(0, at - 50), at)
    return m is not None and m.group("noun") in _lower_nouns(lexicon, "agreement")


def _other_relative(text: str, at: int, named: list, lexicon: Lexicon) -> bool:
    """Whether position ``at`` is in a relative clause (", which ...") said of a noun that is no agreement:
    "It followed the first peace conference, which opened on D1 and collapsed on D2"."""
    found = None
    for found in _COMMA_RELATIVE.finditer(text, 0, at):
        pass
    if found is None or ";" in text[found.end():at] or any(n.end >= found.start() - 1 and n.start < at for n in named):
        return False
    head = _RELATIVE_HEAD.search(text, max(0, found.start() - 80), found.start())
    return head is not None and head.group(1) not in _lower_nouns(lexicon, "agreement")


_COMMA_RELATIVE = re.compile(r",\s+(?:which|who)\b")
# the noun a relative clause is said of: "the first peace conference (in London)", "a truce"
_RELATIVE_HEAD = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){0,3}?([a-z][\w\-]*)"
                            r"(?:\s+(?:in|at|of|on)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?$")


def _described_agreement_before(text: str, at: int, lexicon: Lexicon) -> str:
    """"under the Paris peace treaty of D": the lower-case agreement phrase (with its capitalised place) "of" the
    date at ``at`` closes, inside the sentence, or "".  One agreement: "the treaties of 1763, 1783 and 1814"
    are several."""
    m = lexicon.cached("described_agreement_of", lambda lx: re.compile(
        r"\bthe\s+((?:[A-Z][\w\-]*\s+)?(?:[a-z][\w\-]*\s+)?(" + alternation(sorted(_lower_nouns(lx, "agreement")))
        + r"))\s+of\s+$")).search(text, max(0, at - 60), at)
    if m is None or " " not in m.group(1) or _plural_agreement_noun(m.group(2), lexicon):
        return ""       # ("the treaty of 1494" may be the named one the article is about: a reference, left to it)
    return m.group(1)


def _plural_agreement_noun(noun: str, lexicon: Lexicon) -> bool:
    """"treaties", "conventions": the plural of another agreement noun ("accords" of "the Oslo Accords" too)."""
    nouns = _lower_nouns(lexicon, "agreement")
    return noun.endswith("s") and (noun[:-1] in nouns or noun.endswith("ies") and noun[:-3] + "y" in nouns)


def _lower_nouns(lexicon: Lexicon, kind: str) -> frozenset[str]:
    """The agreement nouns ("agreement") or the dependent instruments' ("dependent"), in lower case, once per lexicon."""
    if kind == "agreement":
        return lexicon.cached("agreement_nouns_lower", lambda lx: frozenset(n.lower() for n in lx.agreement_nouns))
    return lexicon.cached("dependent_nouns_lower", lambda lx: frozenset(
        n.lower() for n in lx.language.get("dependent_instrument_nouns", [])))


_NOUN_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*)\s+$")


_PLACE_OR_TIME_AFTER = re.compile(r"\s+(?:in|on|at)\b")
_CAPITALISED_BEFORE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w’'\-]*\s+){1,4})$")


def _has_phrase(text: str, phrase: str) -> bool:
    """Whether ``text`` has ``phrase`` as whole words (no pattern to compile for a phrase met once)."""
    at = text.find(phrase)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(phrase)] if at + len(phrase) < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            return True
        at = text.find(phrase, at + 1)
    return False


def _name_parties(sentence: str, named, agreements: Agreements, sides: SideIndex) -> None:
    """"Marnia and Aldoria signed the Treaty of Peace": the one agreement a sentence names gets the one list of
    parties the sentence gives, so that its title of common words says which treaty it is."""
    titles = {m.name for m in named}
    if len(titles) != 1 or not agreements.generic_title(next(iter(titles))):
        return
    parties = find_parties(sentence, sides)
    if len(parties) == 1:
        title, listed = named[0], parties[0]
        link = sentence[listed.end:title.start] if listed.end <= title.start else sentence[title.end:listed.start]
        agreements.name_parties(title.name, listed.sides, link)


def _referent(sentence: str, named, agreements: Agreements, words: SentenceWords | None = None) -> list | None:
    """Where a sentence says "the treaty" for a named agreement: [start, end, name], for the questions to say which.

    One resolution for the whole sentence, whichever fact a question asks:
    the same "the treaty" is not named for a quantity and left bare for a
    date.  No name goes between "the treaty" and a possessive ("the
    treaty's supporters").
    """
    if named:
        return None
    if words is not None and not agreements.noun_words.may_hold(words):     # no agreement noun, in any case
        return _title_it(sentence, agreements)
    # "the treaty ...", or "the Convention entered into force ..." in a treaty's own text
    match = agreements.definite_reference.search(sentence) or agreements.capital_reference.search(sentence)
    if match is None and words is not None and not agreements.lower_noun_words.may_hold(words):
        return _title_it(sentence, agreements)
    if not match or re.match(r"[’']s?\b", sentence[match.end():]) or agreements.dated_by_year(sentence, match):
        return None     # "the treaty of 1840": its year says which treaty; no name is guessed for it
    if not agreements.seen and re.match(r"\s+[A-Z]", sentence[match.end():]):
        return None     # "the Treaty Ports": a name that opens with the noun, not the title's agreement
    name = agreements.choose(match)
    if not name or (agreements.generic_title(name) and name not in agreements.shorts):
        return None         # "the treaty (the Treaty of Peace)" says no more than "the treaty"
    plural_heads = agreements.plural_heads
    if match.group(0).split()[-1].lower() in plural_heads \
            and not any(w.lower() in plural_heads for w in name.split()):
        return None         # "the agreements" for one agreement's name ("the Agreement of the Fund and the Bank")
    # "Marnia ratified it, and the treaty (the X Treaty) entered into force": the gloss says what "it" is too
    it = next((m for m in re.finditer(r"\bit\b", sentence[:match.start()]) if agreements.treaty_it(sentence, m)), None)
    return [match.start(), match.end(), agreements.display(name)] + ([[it.start(), it.end()]] if it else [])


def _title_it(sentence: str, agreements: Agreements) -> list | None:
    """"The Senate ratified it on 4 May": an "it" a treaty verb takes is the agreement the article's
    resolution gives it (the title's one agreement, or the one named before): [start, end, name], printed
    "it (the Velm Treaty)", unless the sentence names that agreement itself."""
    if " it" not in sentence:
        return None
    it = next((m for m in re.finditer(r"\bit\b", sentence) if agreements.treaty_it(sentence, m)), None)
    if it is None or re.match(r"\s*\(", sentence[it.end():]):
        return None
    name = agreements.choose(it)
    if not name:
        return None
    shown = agreements.display(name)
    if re.search(r"(?<![\w\-])" + re.escape(re.sub(r"^the\s+", "", shown)) + r"(?![\w\-])", sentence):
        return None     # "The Velm Agreement ... after the thirtieth state ratified it": the sentence names it
    return [it.start(), it.end(), shown, [it.start(), it.end()]]


class _DateFields:
    """"Signed: 8 September 1951", "Entry into force: 29 April 1997": a box's labelled date, as one pattern
    per lexicon; the label says which of the agreement's events it is (``field_predicates``)."""

    def __init__(self, lexicon: Lexicon) -> None:
        labels = {str(k).lower(): v for k, v in lexicon.language.get("field_predicates", {}).items()}
        self.labels = labels
        self.pattern = re.compile(r"\W*(" + alternation(sorted({k.capitalize() for k in labels} | set(labels)))
                                  + r")\W*:\s*(?:\*+\s*)?", re.I) if labels else None

    def date_field(self, text: str, start: int, lexicon: Lexicon, article_date: str,
                   words: SentenceWords) -> tuple[str, int, DateMatch, str] | None:
        m = self.pattern.match(text) if self.pattern is not None and ":" in text else None
        if m is None:
            return None
        dates = [d for d in find_dates(text, lexicon, article_date, "", words) if d.start >= m.end()
                 and not d.relative]
        # the first date right after the label: "Paris, 13 January 1993" has its place first
        if not dates or not re.fullmatch(r"[^.;]{0,40}?", text[m.end():dates[0].start]):
            return None
        if len(dates) > 1 and _AGENT_FIRST.match(text, m.end(), dates[0].start) \
                and _AGENT_FIRST.match(text, dates[0].end, dates[1].start):
            return None     # "Signed: by Velmora on D1 and by Marnia on D2": each side's, not the agreement's
        return text, start, dates[0], self.labels[m.group(1).lower()]


class _ToldOpeners:
    """"Did you know that ...?": a question that tells its reader what follows "that", as one pattern per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        openers = lexicon.language.get("told_openers", [])
        self.pattern = re.compile(r"(?:" + alternation(openers) + r")\b[\s.…]*that\s+(?=\S)", re.I) \
            if openers else None

    def statement(self, sentence: Sentence) -> Sentence:
        """The statement after the opener, closed with a full stop, at its own place in the article."""
        m = self.pattern.match(sentence.text) if sentence.text.endswith("?") else None
        if m is None:
            return sentence
        rest = sentence.text[m.end():-1].rstrip()
        return Sentence(rest[0].upper() + rest[1:] + ".", sentence.start + m.end(),
                        sentence.start + m.end() + len(rest) + 1, sentence.index)


def _period_of_noun(sentence: str, date: DateMatch, lexicon: Lexicon) -> bool:
    """"with 23 targets for 2030", "€2 billion for 2014": the year a noun is for, which dates no event.

    A verb before "for" ("was planned for 1915", "set for 2030") dates what it says.
    """
    m = _NOUN_FOR_BEFORE.search(sentence, max(0, date.start - 40), date.start)
    if not m or date.precision not in ("year", "month"):
        return False
    word = m.group(1).lower()
    actor = lexicon.cached("named_actor", _Actor)
    return not (word in actor.past_forms or word in actor.date_lead)


_NOUN_FOR_BEFORE = re.compile(r"(?<![\w’'\-])([a-z][\w\-]{2,})\s+for\s+(?:the\s+(?:year|period)\s+)?$")


def _own_conjunct(sentence: str, date: DateMatch, dates: Sequence[DateMatch], trigger: str | None) -> bool:
    """"approved by the Congress on D1 and laid open for accession on D2": D2 has a verb of its own.

    The event word before the first date is that conjunct's; a date after
    "and <verb>" belongs to the verb of its own conjunct.
    """
    if not trigger:
        return False
    before = [d for d in dates if d.end <= date.start and _same_clause(sentence, d.end, date.start)]
    if not before:
        return False
    at = sentence.rfind(trigger, 0, before[-1].start)
    return at >= 0 and bool(re.match(r"\s+and\s+(?:(?:was|were|then|later)\s+)?[a-z]+(?:ed|en)\b",
                                     sentence[before[-1].end:date.start]))


def _one_of(text: str, named, subject: str) -> bool:
    """Whether the sentence names ``subject`` only as the whole a part is taken from ("the first of the
    Treaties of Velm", "one of the Velm Accords")."""
    mentions = [m for m in named if m.name == subject]
    return bool(mentions) and all(_PART_OF.search(text, max(0, m.start - 30), m.start) for m in mentions)


def _only_as_time(text: str, named, subject: str, at: int) -> bool:
    """Whether the sentence names ``subject`` only after ``at`` and only to say when ("one day after the Velm
    Accords", "since the Velm Pact")."""
    mentions = [m for m in named if m.name == subject]
    return bool(mentions) and all(m.start > at and _TIME_BEFORE.search(text, max(0, m.start - 20), m.start)
                                  for m in mentions)


_TIME_BEFORE = re.compile(r"\b(?:after|before|following|since|until|prior\s+to)\s+(?:the\s+)?$")
# "the first of ", "one of the ", "each of the ": a part of what follows
_PART_OF = re.compile(r"\b(?:first|second|third|fourth|fifth|last|final|earliest|latest|one|each|another|two|three|"
                      r"several|some|most|none|either|neither)\s+of\s+(?:the\s+)?$", re.I)
_GAPPED_SUBJECT = re.compile(r"\band\s+(?:the\s+)?[A-Z]")


def _term_paragraphs(sentences: list[Sentence], paragraph_starts: list[int], lexicon: Lexicon) -> dict[int, int]:
    """The paragraphs (by index) that open with a term of their own and go on about it, with the index of
    the term's sentence: "Back channel. The private line between ... It broke the deadlock ...".  A term is
    a short sentence with a capitalised first word and no verb; two such paragraphs at least make a
    glossary.  (An entry's "It" may be another agreement than the one its term names: "Interim Agreement.
    ..., signed with the ABM Treaty ... It expired in 1977" is no date of the ABM Treaty.)"""
    verbs = _language_words(lexicon, "auxiliaries", "irregular_past", "modal_verbs")
    found: dict[int, int] = {}
    last = -1
    for i, sentence in enumerate(sentences):
        paragraph = bisect.bisect_right(paragraph_starts, sentence.start) - 1
        if paragraph == last:
            continue
        last = paragraph
        end = paragraph_starts[paragraph + 1] if paragraph + 1 < len(paragraph_starts) else 1 << 62
        if _TERM.fullmatch(sentence.text) is None or i + 1 >= len(sentences) or sentences[i + 1].start >= end:
            continue
        words = sentence.text.rstrip(".").split()
        if any(w.lower() in verbs or w.endswith("ed") for w in words):
            continue
        found[paragraph] = sentence.index
    return found if len(found) > 1 else {}


def _noun_reference(text: str, agreements: Agreements) -> bool:
    """Whether ``text`` refers back to an agreement by a noun ("the treaty"), not by "it"."""
    m = agreements.reference(text, pronouns=False)
    return m is not None and m.group(0).lower() not in ("it", "its")


_TERM = re.compile(r"[A-Z][\w’'\-]*(?:\s+[\w’'\-()]+){0,4}\.")


def _side_doer_re(lexicon: Lexicon) -> re.Pattern[str]:
    """"Osk", "The Republic of Osk", "It": the clause's subject, then at most two helpers or adverbs
    (``actor_adverbs``); "Osk signed in 1995 and" (a word of a one-side act) before a second verb of the same
    subject.  Made once per lexicon."""
    acts = [w for e in lexicon.predicates if e["predicate"] in one_side_acts(lexicon) for w in e.get("words", [])]
    adverbs = ["had", "has", "have"] + [str(w) for w in lexicon.language.get("actor_adverbs", [])]
    earlier = r"(?:(?:" + alternation(acts, wildcard=True) + r")\b[^,;:()]*?\s+and\s+)?" if acts else ""
    return re.compile(r"(?P<doer>It|(?:The\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'\-]*){0,3})\s+"
                      + earlier + r"(?:(?:" + alternation(adverbs) + r")\s+){0,2}$")


def _one_side_doer(sentence: str, at: int, named, sides: SideIndex, proper: _ProperWords) -> str:
    """Who signs or ratifies in the active at ``at``: one named side ("Osk ratified the treaty on D"), "it"
    for an "It" that does so (a state: an agreement signs nothing), or "" (a list of sides, a passive, a name
    of the agreement, or no subject at the sentence's start).

    A name is a side's, a name of two words or more ("Queen Victoria"), or a
    word the article writes with a capital inside a sentence too ("Osk"):
    not "Governments" or "The", capitals only because they open it.
    """
    if at <= 0:
        return ""
    m = sides.lexicon.cached("side_doer", _side_doer_re).fullmatch(sentence, 0, at)
    if m is None:
        return ""
    doer = m.group("doer")
    if doer == "It":
        return "it"
    if any(n.start < m.end("doer") for n in named) or " and " in doer:
        return ""       # "The Velm Treaty was ...", "Osk and Marnia signed": the agreement, or both sides
    words = [w for w in doer.split() if w not in ("The", "of", "the")]
    if not words or (len(words) == 1 and words[0] not in proper and not sides.mentions(doer)):
        return ""
    return doer[0].lower() + doer[1:] if doer.startswith("The ") else doer


def _each_agent_date(sentence: str, date: DateMatch, dates: Sequence[DateMatch], trigger: str | None) -> bool:
    """"signed by Velmora on D1 and by Marnia at the summit on D2": one event word, a "by" agent before
    each date; each date is that side's act, not the agreement's own signing."""
    if not trigger:
        return False
    at = sentence.rfind(trigger, 0, date.start)
    if at < 0:
        return False
    prev, agents, mine = at + len(trigger), 0, False
    for d in dates:
        if d.start < prev:
            continue
        if _AGENT_FIRST.match(sentence, prev, d.start):
            agents += 1
            mine = mine or d is date
        prev = d.end
    return mine and agents > 1


_AGENT_FIRST = re.compile(r"[\s,:]*(?:and\s+)?by\s[^;.]*$")


class _PartTaken:
    """A side's entry into an event or a part of one, before the event word, as one pattern per lexicon.

    "Velmora joined the Salt War", "withdrew from the congress" (``joining_verbs``) and "the
    first battle of the Salt War" (``event_parts``) end where the event word begins: the date
    is the side's or the part's, not the event's.  The words between are the event's own name
    or adjectives, not a clause ("left the talks when the war began").
    """

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        verbs, parts = language.get("joining_verbs", []), language.get("event_parts", [])
        # a verb's past ("the talks were held") is no event noun a side enters or a part belongs to
        self.verbs = {w.lower() for w in language.get("irregular_past", [])}
        small = alternation(sorted({*language.get("clause_openers", []), *language.get("relative_openers", []),
                                    *language.get("auxiliaries", []), *language.get("copulas", []),
                                    "the", "a", "an", "its", "their", "of", "in", "on", "at", "to", "by", "for",
                                    "with", "from", "into"}))
        name = (r"(?:the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?:[A-Z][\w\-’'.]*|(?!" + small
                + r"\b)[a-z][\w\-]*)\s+){0,3}$")
        heads = []
        if verbs:
            heads.append(r"\b(?:" + alternation(verbs) + r")\s+")
        if parts:
            heads.append(r"\b(?P<part>(?i:" + alternation(parts) + r"))\s+of\s+")
        self.before = re.compile(r"(?:" + "|".join(heads) + r")" + name) if heads else None
        # "the first naval battle": the part's own words after "the", up to the part noun
        self.definite = re.compile(r"\b(?:[Tt]he)\s+(?=(?:[a-z][\w\-]*\s+){0,3}$)")


def _taken_part(sentence: str, date: DateMatch, trigger: str, lexicon: Lexicon) -> str | None:
    """What the date of an event word ``trigger`` is the date of, when a side entered or left it or a part of it.

    None when neither: the date is the event's.  "" for "In 1915 Velmora entered the Salt War"
    (Velmora's entry, not the war).  For a definite part of a named event ("the opening day of
    the Velm Congress was 4 May") the part's own phrase; "" when the phrase names no event.
    """
    taken = lexicon.cached("part_taken", _PartTaken)
    if taken.before is None or trigger.lower().endswith("ed") or trigger.lower() in taken.verbs:
        return None
    places = [m for m in re.finditer(r"(?<![\w\-])" + re.escape(trigger) + r"(?![\w\-])", sentence)]
    if not places:
        return None
    at = min(places, key=lambda m: (m.start() > date.start, abs(m.start() - date.start)))
    m = taken.before.search(sentence, max(0, at.start() - 80), at.start())
    if m is None:
        return None
    if m.group("part") is None:
        return ""
    whole = taken.definite.search(sentence, max(0, m.start() - 40), m.start("part"))
    named = any(w[:1].isupper() for w in sentence[m.end("part"):at.start()].split()) or trigger[:1].isupper()
    if whole is None or not named:
        return ""
    return "the " + sentence[whole.end():at.end()]


def _passive_agent(sentence: str, named, position: int, trigger: str | None) -> bool:
    """Whether the agreement a fact at ``position`` is given to is the agent of the passive that dates it.

    "The pact was superseded by the Harbour Treaty in 1990": what was
    superseded is the sentence's subject; the agreement after "by" did it.
    "The dispute was settled by the Harbour Treaty, signed in 1990" dates
    the treaty's own signing.
    """
    before = [m for m in named if m.start <= position]
    mention = before[-1] if before else (named[0] if named else None)
    if mention is None or not trigger:
        return False
    m = re.search(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?([a-z]{3,}(?:ed|en))"
                  r"\s+by\s+(?:the\s+)?$", sentence[:mention.start], re.I)
    return bool(m) and m.group(1).lower() == trigger.lower()


def _with_object(sentence: str, named, position: int, trigger: str | None) -> bool:
    """Whether the agreement a fact at ``position`` is given to is what the event word's subject ended "with".

    "The siege ended with the Velm Truce in 1912", "the congress opened with
    a Velm protocol": what ended or opened is the subject before the event
    word; the agreement after "with" is what it ended with.
    """
    before = [m for m in named if m.start <= position]
    mention = before[-1] if before else None
    if mention is None or not trigger:
        return False
    # ("the war ended in the Truce of Velm (1667)": what it ended in, too)
    m = re.search(r"\b" + re.escape(trigger) + r"\s+(?:[a-z]+ly\s+)?(?:with|in)\s+(?:(?:a|an|the)\s+)?$",
                  sentence[:mention.start], re.I)
    return m is not None


def _other_object(sentence: str, trigger: str | None, lexicon: Lexicon, predicate: str = "") -> bool:
    """"passed a decree cancelling ... the Treaty": the event word's own object is no agreement."""
    if not trigger:
        return False
    nouns = {n.lower() for n in lexicon.agreement_nouns}
    # "suspended Velmora's membership", "suspended its aid": a possessed thing, no agreement, unless the
    # agreement is named in its clause ("suspended its duties under the treaty")
    owned = re.search(r"\b" + re.escape(trigger) + r"\s+(?:its|their|his|her|our|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*[’']s?)"
                      r"\s+([a-z][\w\-]*(?:\s+[\w’'\-]+){0,5})", sentence)
    if owned and predicate in _agreement_predicates(lexicon):
        return not any(w.lower().rstrip("’'s") in nouns or w.lower() in nouns or w.lower() == "it"
                       for w in re.split(r"[,;:.]", owned.group(1))[0].split())
    m = re.search(r"\b" + re.escape(trigger) + r"\s+an?\s+((?:[\w’'\-]+\s+){0,3}[\w’'\-]+)", sentence)
    if not m:
        # "left the door ajar", "signed the decree", "extended this lease": a common noun after "the" (or
        # "this", "these", "those") that names no agreement
        the = re.search(r"\b" + re.escape(trigger) + (r"\s+" if trigger.lower().endswith(" the")
                                                      else r"\s+(?:the|this|these|those)\s+")
                        + r"([a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2})\b(?!\s+[A-Z\d])", sentence)
        return bool(the) and not any(w.lower().rstrip("’'s") in nouns or w.lower() in nouns
                                     for w in the.group(1).split())
    # "signed a law revoking the Charter": the object ends where a clause about it begins
    words = re.split(r"\s+(?:\w+ing\s+(?:the|a|an|its|their|his|her|this|that)|that|which|who)\b", m.group(1))[0].split()
    return not any(w.lower().rstrip("’'s") in nouns or w.lower() in nouns for w in words)


def _clause_actor(sentence: str, at: int, sides: SideIndex, named, agreements: Agreements,
                  lexicon: Lexicon) -> str:
    """The side a number's own clause has as its subject, when no agreement stands between them.

    "where the Republic of Aldoria dug more than 310 wells" is Aldoria's
    count, whatever agreement the sentence goes on to name; "the council
    of Tessaly turned the pact down by 17 votes" stays the pact's.
    """
    start = _clause_start(sentence, at)
    for mention in reversed([m for m in sides.mentions(sentence) if start <= m.start and m.end <= at]):
        between = sentence[mention.end:at]
        if any(mention.end <= n.start < at for n in named) or agreements.back_reference.search(between):
            return ""
        if re.search(r"\b(?:" + "|".join(_PREPOSITIONS) + r")\s+(?:the\s+)?$", sentence[start:mention.start], re.I):
            continue        # "on the Verdant Isles": a place, not who acted
        # a verb straight after the name (perhaps after an auxiliary or an adverb)
        if not lexicon.cached("actor_verb", _ActorVerb).pattern.match(between):
            continue
        the = re.search(r"\b([Tt]he)\s+$", sentence[:mention.start])
        return ("the " if the else "") + mention.text
    return ""


def _unnamed_antecedent(sentence: str, at: int, named, lexicon: Lexicon) -> str:
    """"signed with an interim accord, which froze X for five years": the unnamed agreement "which" stands for.

    A number in a relative clause belongs to the clause's antecedent; when
    that is an agreement the sentence does not name, the number is no fact of
    the named one.  "" when the antecedent is a name or no agreement.
    """
    which = None
    for which in re.finditer(r",\s+which\b", sentence[:at]):
        pass
    if which is None or not _same_clause(sentence, which.end(), at):
        return ""
    if any(m.start < which.start() <= m.end + 12 for m in named):
        return ""       # "the Velmar Accord (of 1961), which ...": the named one
    nouns = lexicon.cached("agreement_noun_words", _AgreementNouns).pattern
    m = nouns.search(sentence, 0, which.start())
    return m.group(0) if m else ""


class _AgreementNouns:
    """"an interim accord", "the Velmar interim accord": a phrase ending in a lower-case agreement noun."""

    def __init__(self, lexicon: Lexicon) -> None:
        nouns = [n.lower() for n in lexicon.agreement_nouns]
        self.pattern = re.compile(r"\b(?:an?|the|this|that)\s+(?:[\w\-]+\s+){0,3}(?:" + alternation(nouns)
                                  + r")$")


# what ends a sentence (perhaps inside its closing quote or bracket)
_STOPS = frozenset(".!?…:;\"'”’»")


def _header_line(text: str, lexicon: Lexicon) -> bool:
    """"The Quiet Shelf, by Ana Roe (Velmora Books, 212 pp, £18)": a line of details, not a sentence.

    A line without a closing stop, made of at least three comma-separated
    fragments, whose lower-case words are all small words of a title or a
    citation ("of", "by", "pp"): nothing in it is a verb, so nothing in it
    is a statement to make a question of.
    """
    return text.count(",") >= 2 and lexicon.cached("citation_words", _citation_words).only(text)


def _citation_words(lexicon: Lexicon) -> SmallWords:
    return SmallWords(lexicon, SmallWords.KEYS + ("bibliographic_words",))


_PREPOSITIONS = ("in", "on", "at", "of", "from", "to", "with", "by", "for", "against", "between", "over", "under",
                 "into", "across", "near", "and")
class _ActorVerb:
    """"set off", "has tested", "had quietly built": a finite verb right after a name, as one pattern."""

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        auxiliaries = [a for a in language.get("auxiliaries", []) if a not in ("be", "been", "being")]
        past = language.get("irregular_past", [])
        self.pattern = re.compile(r"\s+(?:(?:" + alternation(auxiliaries) + r")\s+)?(?:[a-z]+ly\s+)?"
                                  r"(?:[a-z]+ed|[a-z]+s|" + (alternation(past) if past else r"(?!x)x") + r")\b")


class _ProperWords:
    """Words the article writes with a capital inside a sentence: names, not words that open one."""

    _WORD = re.compile(r"(?<=[\w,;:’'\)]\s)[A-Z][\w’'.\-]*")
    _LOWER = re.compile(r"(?<![\w’'\-])[a-z][a-z]+(?![\w’'\-])")

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.words: set[str] | None = None
        self.lower: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = {w for sentence in self.sentences for w in self._WORD.findall(sentence.text)}
        return word in self.words

    def written_lower(self, word: str) -> bool:
        """Whether the article writes ``word`` (in lower case) in lower case somewhere: a common noun."""
        if self.lower is None:
            self.lower = {w for sentence in self.sentences for w in self._LOWER.findall(sentence.text)}
        return word in self.lower


class _PastForms:
    """A verb's past form: one in "-ed" or one of the irregular ones ("joined", "left")."""

    def __init__(self, irregular: set[str]) -> None:
        self.irregular = irregular

    def __contains__(self, word: str) -> bool:
        return (len(word) > 4 and word.endswith("ed") and word.islower()) or word in self.irregular


class _Actor:
    """The pattern of a sentence that opens with its subject and its own verb, made once per lexicon.

    "Ivo Brandt was elected in 1990", "Marnia had quietly joined the League
    in 1954", "Her son, Prince Ivo, resigned on 2 May".
    """

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        words = lambda *keys: [str(w) for key in keys for w in language.get(key, [])]     # noqa: E731
        # "Ivo Brandt", "the King of Prussia", "the Bank of England": capitalised words, perhaps joined by "of"
        name = r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)?)?"
        past = alternation(words("irregular_past")) if words("irregular_past") else r"(?!x)x"
        # "also agreed", "later signed": an adverb before the verb changes nothing of whose it is
        adverbs = alternation(words("actor_adverbs")) if words("actor_adverbs") else r"(?!x)x"
        # "was born", "had been given": a participle that is no past form of its own, after the helper that makes it one
        participles = words("irregular_participles")
        if participles:
            past += r"|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bhad\s)|(?<=\bhas\s)|(?<=\bhave\s))(?:" \
                + alternation(participles) + r")"
        # "However, Ivo Brandt resigned ...", "Fourth, Aldoria agreed to pay ...": a connective or a list's
        # ordinal before the subject says nothing about whose verb it is
        openers = words("plain_connectives", "enumerating_openers")
        connectives = alternation(openers) if openers else r"(?!x)x"
        # "was", "had", "has been": what makes a past or passive of the verb, not a modal that doubts it
        helpers = set(words("auxiliaries")) - set(words("modal_verbs", "future_auxiliaries")) - {"do", "does", "did"}
        # ... or a people's word and a state's body: "the Estonian parliament"
        lower_bodies = [b for b in words("state_bodies") if b[:1].islower() and not b.endswith("s")]
        bodies = (r"|(?:" + alternation(lower_bodies) + r")\b") if lower_bodies else ""
        self.pattern = re.compile(
            r"(?:(?:" + connectives + r")\b,?\s+)?"
            r"(?:(?P<the>[Tt]he\s+(?=[A-Z]))?(?P<name>" + name + r"(?:(?:,\s+(?:the\s+)?" + name
            + r")*,?\s+(?:and|&)\s+(?:the\s+)?" + name + r")?)"
            # "(The last) German troops": a people's word and a plural noun, a group of a side
            r"|(?P<group>(?:[Tt]he\s+)?(?:(?:last|first|remaining)\s+)?(?P<people>[A-Z][\w\-]+)\s+(?:(?:[a-z]+\s+)?"
            r"[a-z]{3,}(?<![su]s)s" + bodies + r"))"
            # "Her son, Prince Ivo,", "The new king, Ivo Brandt,": a description, then the name set off by commas
            r"|(?:His|Her|Its|Their|The)\s+(?:[A-Z][\w\-]*\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+(?P<apposed>"
            + name + r"),"
            # "Fiume's voters", "Custer's expedition": a group or a thing of a named owner ("Ivo's younger brother
            # Ana Ruiz": and the name of it)
            r"|(?P<possessed>(?P<powner>" + name + r")[’']s\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*"
            r"(?P<pname>\s+(?:[A-Z][\w’'\-]*)(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w’'\-]*){0,3})?)"
            # "The Spanish beat the French": a people's word alone, the people itself
            r"|(?P<nation>[Tt]he\s+(?P<nationword>[A-Z][a-z]+)))"
            r"\s+(?:(?:" + alternation(sorted(helpers)) + r")\s+)?(?:(?:[a-z]+ly|" + adverbs
            + r")\s+)?(?:been\s+)?"
            r"(?P<verb>[a-z]+ed|" + past + r")\b(?P<rest>[^,;:()\[\]\"“”—–]*)$")
        # "The armies of the Sixth Coalition entered Paris on D": a group or a body of a named owner, and its verb
        self.owned = re.compile(
            r"(?:(?:" + connectives + r")\b,?\s+)?(?P<owned>[Tt]he\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+of\s+(?:the\s+)?"
            r"(?P<owner>" + name + r"))\s+(?:(?:" + alternation(sorted(helpers)) + r")\s+)?(?:[a-z]+ly\s+)?"
            r"(?:been\s+)?(?P<verb>[a-z]+ed|" + past + r")\b(?P<rest>[^,;:()\[\]\"“”—–]*)$")
        self.connective = re.compile(r"(?:" + connectives + r")\b,?\s+")
        subordinators = words("opening_subordinators")
        self.subordinate = re.compile(r"(?:" + alternation(subordinators) + r")\s+(?=[A-Z])") if subordinators \
            else re.compile(r"(?!x)x")
        self.not_names = set(words("not_name_openers", "months", "weekdays", "state_bodies", "official_nouns",
                                   "referring_subjects"))
        self.nouns = {n.lower() for n in lexicon.agreement_nouns + words("vague_nouns")}
        self.relational = {n.lower() for n in words("relational_nouns")}
        # a weight or a volume measures some stuff, which "of" names: "300 tonnes of grain"
        self.stuff_measures = {"mass", "volume"}
        # "The Prime Minister", "the Supreme Court", "the Senate": after "the", an office or a body names no one
        self.offices = {str(t).split()[-1].lower() for t in [*lexicon.leader_titles, *words(
            "institution_nouns", "state_bodies", "official_nouns", "referring_subjects")]}
        # "the World Health Assembly", "the Velm Council": a body's own name, which a word of its own before
        # the noun makes; "the Supreme Court", "the Security Council" are a kind many countries have
        self.bodies = set(words("institution_nouns"))
        # "the Empire", "the Crown": a capital that may stand for any of many, which "the" points back to
        self.generic_capitals = {w.lower() for w in words("generic_capital_nouns", "institution_nouns", "state_bodies",
                                                          "official_nouns", "generic_title_words", "generic_body_words")}
        self.generic_body = set(words("generic_body_words", "generic_title_words"))
        # words that start another clause, or deny or doubt the verb, between the verb and the date
        self.other_clause = {w.lower() for w in words("clause_openers", "relative_openers", "other_clause_words",
                                                      "modal_verbs", "future_auxiliaries")}
        self.other_clause |= {w for phrase in words("negations") for w in phrase.split()
                              if w not in ("to", "do", "does") and (w not in helpers or w == "not")}
        self.date_lead = set(words("date_leads"))
        self.date_parts = {w.lower() for w in words("date_part_nouns")}
        self.transfer_verbs = set(words("transfer_verbs"))
        self.past_forms = _PastForms(set(words("irregular_past")))
        self.leaning = {w.lower() for w in words("referring_words", "demonstratives", "leaning_objects")}
        # "On 3 May 1990, at Velmora, Ivo Brandt resigned": the date opens the sentence, in an
        # adverbial of time (and place), and the named subject's own verb follows it
        openers = words("opening_adverbial_prepositions")
        self.openers = tuple(o + " " for o in openers)
        self.openers_bare = set(openers)
        phrase = r"[^,;:()\[\]\"“”—–]{1,60}?"
        # "the Aldorian envoy Ivo de Brandt": a title before the name, a small word inside it
        titles = sorted({w for t in [*lexicon.leader_titles, *words("person_nouns_before_names")]
                         for w in (t, t.lower())})
        particles = words("name_particles")
        particled = (r"[A-Z][\w’'.\-]*(?:\s+(?:(?:" + alternation(particles) + r")\s+)?[A-Z][\w’'.\-]*){0,3}"
                     r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)?)?" if particles else name)
        self.opening = re.compile(
            r"(?P<lead>(?:" + (alternation(openers) if openers else r"(?!x)x") + r")\s+" + phrase + r")"
            r"(?:,\s+(?P<place>(?:" + (alternation([o.lower() for o in openers]) if openers else r"(?!x)x")
            + r")\s+" + phrase + r"))?(?P<comma>,?)\s+"
            # ("On 24 March 1895 a young Velmoran nationalist, Ivo Brandt, shot ...": a description, then the name)
            r"(?P<described>an?\s+(?:[\w\-]+\s+){0,3}[a-z][\w\-]*,\s+)?"
            r"(?:the\s+(?:[A-Z][\w\-]+\s+)?(?:" + alternation(titles) + r")\s+|(?P<the>the\s+(?=[A-Z])))?(?P<name>"
            + particled
            + r"(?:\s+and\s+(?:the\s+)?" + particled + r")?)(?(described),)\s+"
            r"(?:(?:" + alternation(sorted(helpers)) + r")\s+)?(?:[a-z]+ly\s+)?"
            r"(?:been\s+)?(?P<verb>[a-z]+ed|" + past + r")\b")
        self.lead_words = {o.lower() for o in openers} | {w for w in words("date_leads") if w != "the"}
        # after the date's own adverbial ("In D,", "On D"), at most two more phrases set off by commas ("without
        # any warning,", "near the island of Velm,"), then a people's group ("a second Velmoran army", "the Danish
        # and Swedish fleets", "mutinous Afghan soldiers") or a name after its title ("the Secretary of State,
        # Ivo Brandt, and the Marnian Ambassador, Lord Osk,"), perhaps an aside ("under Ivo Brandt,"), and its verb
        titled = r"(?:[Tt]he\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*){0,4},\s+" + name + r","
        self.after_lead = re.compile(
            r",?(?:\s+[a-z][^,;:()\[\]\"“”—–]{2,80},){0,2}\s+"
            # ... or a description and the name between commas ("the Swedish king, Charles IX,"), or a name and
            # its title between commas ("William the Lion, King of Scots,")
            r"(?P<subject>(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w\-]*\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+(?P<described>"
            + name + r"),"
            r"|(?P<apposing>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}(?:\s+the\s+[A-Z][\w’'.\-]*)?),"
            r"\s+(?P<aside>[^,;:()\[\]\"“”—–]{3,50}),"
            r"|(?P<group>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z]+\s+)?(?P<people>[A-Z][\w\-]+)"
            r"(?:\s+and\s+[A-Z][\w\-]+)?\s+(?:[a-z]+\s+)?[a-z]{3,})(?:,\s+[a-z][^,;:()\[\]\"“”—–]{2,80},)?"
            # ("a Russian army under the boyar Ivo Brandt moved": the group's commander, named)
            r"(?:\s+under\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?"
            r"|(?P<titled>" + titled + r"(?:\s+and\s+" + titled + r")?)"
            # "Rollo's army", "the armies of Poland and Lithuania": a named owner's group
            r"|(?P<possessed>(?P<powner>" + name + r")[’']s\s+[a-z][\w\-]*)"
            r"|(?P<owned>the\s+[a-z]+\s+of\s+(?:the\s+)?(?P<owner>" + name + r")(?:\s+and\s+(?:the\s+)?" + name
            + r")?))"
            r"\s+(?:(?:" + alternation(sorted(helpers)) + r")\s+)?(?:[a-z]+ly\s+)?(?:been\s+)?"
            r"(?P<verb>[a-z]+ed|" + past + r")\b")
        # "..., Velmora, which joined the League in": a name, then a relative clause with its own verb up to the date
        self.relative = re.compile(
            r"(?:^|[,;]\s+|\b(?:and|but|while)\s+)(?:(?P<the>[Tt]he\s+(?=[A-Z])))?(?P<name>" + name + r"),\s+(?:which|who)\s+"
            r"(?:(?:" + alternation(sorted(helpers)) + r")\s+)?(?:[a-z]+ly\s+)?(?:been\s+)?"
            r"(?P<verb>[a-z]+ed|" + past + r")\b(?P<rest>[^,;:()\[\]\"“”—–]*)$")
        # what may stand between a verb and the number it takes: "agreed to pay", "assume up to",
        # "ceded about", "won more than"; no noun, so the number is the verb's own object
        units = lexicon.data.get("units", {})
        self.before_number = {w.lower() for phrases in [words("approximate_words"),
                                                        *units.get("bounds", {}).values(),
                                                        *units.get("open_bounds", {}).values()]
                              for phrase in phrases for w in str(phrase).split()}
        # "pay $15 million and to assume up to $3 million": an amount the same verb chain took before
        scales = list(units.get("scales", {}))
        self.amount = re.compile(r"[$€£¥]?\d[\d,.]*" + (r"|" + alternation(scales) if scales else ""))


def _named_actor(sentence: str, date: DateMatch, sides: SideIndex, proper: _ProperWords, lexicon: Lexicon) -> str:
    """The named side or person whose own verb the date dates ("Ivo Brandt resigned on 2 May 1990"), or "".

    The sentence opens with its subject, a name (not "the crowd", not
    "It"), and its verb; the date follows in the verb's own clause.  A single
    word counts as a name when it is a side's or the article writes it with a
    capital inside a sentence too ("Brandt").
    """
    actor = lexicon.cached("named_actor", _Actor)
    event = _EVENT_OF_NAME.search(sentence, max(0, date.start - 80), date.start)
    if event and event.group("noun") not in actor.nouns and (len(event.group("name").split()) > 1
                                                            or event.group("name") in proper):
        return f"the {event.group('noun')} of {event.group('name')}"   # "after the death of King Ivo III in D"
    owned_event = _OWNERS_EVENT.search(sentence, max(0, date.start - 60), date.start)
    if owned_event and owned_event.group("noun") not in actor.nouns \
            and owned_event.group("noun") not in actor.relational and owned_event.group("owner") in proper:
        return owned_event.group(0).rsplit(None, 1)[0]                 # "from Odo's death on D"
    titled = _TITLE_OF_DATE.search(sentence, max(0, date.start - 60), date.start)
    if titled and titled.group("noun") and titled.group("noun").strip() not in actor.nouns:
        titled = None       # "the Velm coast of 1990": only an agreement's or a like noun ends a name ("the Hague alliance")
    if titled and (len(titled.group("title").split()) > 1 or titled.group("title") in proper) \
            and titled.group("title").split()[0].lower() not in actor.not_names and ":" not in sentence[:date.start]:
        return "the " + titled.group("title")       # "under the Pragmatic Sanction of 1713": the date is its name's
    if date.start < 40 and sentence.startswith(actor.openers):
        found = _actor_after_opening(sentence, date, sides, proper, actor)
        if found:
            return found
    lead = actor.connective.match(sentence) if date.start < 50 else None
    rest = sentence[lead.end()].upper() + sentence[lead.end() + 1:] if lead and lead.end() < date.start else ""
    if rest.startswith(actor.openers):
        # "And in December 1994 Ana Ruiz and Ivo Brandt shared the prize": the connective says nothing of whose
        k = lead.end()
        found = _actor_after_opening(rest, dataclasses.replace(date, start=date.start - k, end=date.end - k),
                                     sides, proper, actor)
        if found:
            return found
    sub = actor.subordinate.match(sentence) if date.start < 120 else None
    if sub:
        # "When Duke Ivo died at Brin on D, ...": the opening clause's own named subject and verb
        k = sub.end()
        return _named_actor(sentence[k:], dataclasses.replace(date, start=date.start - k, end=date.end - k),
                            sides, proper, lexicon)
    owned = actor.owned.match(sentence, 0, date.start) if " of " in sentence[:date.start] else None
    if owned and not any(w.lower() in actor.other_clause for w in owned.group("rest").split()):
        owner = owned.group("owner")
        if len(owner.split()) > 1 or owner in proper or sides.mentions(owner):
            return "t" + owned.group("owned")[1:]   # "the armies of the Sixth Coalition"
    before = sentence[:date.start]
    aside = _OBJECT_ASIDE.search(before) if before.count(",") >= 2 else None
    if aside and not any(w.lower() in actor.other_clause for w in aside.group("aside").split()):
        # "captured Velm, the key to the straits, in D": the object's aside between commas, left out
        before = before[:aside.start("aside") - 2] + " " + aside.group("prep")
    m = actor.pattern.match(_without_list_commas(before))
    if not m and ", wh" in sentence[:date.start]:
        # "..., and Velmora, which joined the League in 1920, ...": the named subject of a relative clause
        m = _relative_subject(sentence[:date.start], actor)
    apposed = _APPOSED_SUBJECT.match(sentence) if not m else None
    if apposed and apposed.end() <= date.start:
        # "Malacca, Dutch since 1641, joined the Straits Settlements in 1826": the subject, its aside left out
        k = apposed.end() - apposed.end("name") - 1
        return _named_actor(sentence[:apposed.end("name")] + " " + sentence[apposed.end():],
                            dataclasses.replace(date, start=date.start - k, end=date.end - k), sides, proper, lexicon)
    if not m:
        # "Velmora closed the port, and Ivo Brandt resigned on 2 May 1991": a joined clause's own named subject
        joins = list(_JOINED_CLAUSE.finditer(sentence, 0, date.start))
        k = joins[-1].end() if joins else 0
        if k and sentence[k:k + 1].isalpha():
            clause = sentence[k].upper() + sentence[k + 1:]
            return _named_actor(clause, dataclasses.replace(date, start=date.start - k, end=date.end - k),
                                sides, proper, lexicon)
        return ""
    words = m.group("rest").split()
    while words and words[-1].lower() in actor.date_lead:
        words.pop()                 # "... since the": the date's own lead-in
    if len(words) > 1 and words[-1] == "of" and words[-2].lower() in actor.date_parts:
        del words[-2:]              # "died in the early hours of": a part of the date, its lead-in too
        while words and words[-1].lower() in actor.date_lead:
            words.pop()
    if any(w.lower() in actor.other_clause and not (w == "and" and (nxt in actor.past_forms or nxt[:1].isupper()))
           and not (w == "as" and nxt[:1].isupper())    # "was crowned as Ivo I on D": a name, no clause
           for w, nxt in zip(words, words[1:] + [""])) or (words and words[-1] == "of"):
        # another clause's date, or a noun's ("the drought of 1983"); "left EFTA and joined the EU
        # on D" is the same subject's second verb, "with Hanover and Denmark" one list of names
        return ""
    # "Russia made its own peace at Niš on D", "Ana Ruiz and Ivo Brandt shared their prize": a possessive of
    # the subject's number stands for the subject itself
    own = "their" if m.groupdict().get("group") or " and " in (m.group("name") or "") else "its"
    if any(w.lower() in actor.leaning and not (w.lower() == "the" and (nxt[:1].isupper() or _of_a_name(words, i)))
           and w.lower() != own for i, (w, nxt) in enumerate(zip(words, words[1:] + [""]))):
        return ""           # "the Nobel Prize" is named; "the case", "him" are not
    if m.groupdict().get("group"):
        return _people_group(m, sides)
    if m.groupdict().get("nation"):
        return _nation(m, sides)
    if m.groupdict().get("possessed"):
        return _possessed_actor(m, sides, proper, actor)
    return _checked_name(m, m.groupdict().get("apposed") or m.group("name"), sentence, sides, proper, actor)


def _of_a_name(words: list[str], at: int) -> bool:
    """Whether the "the" at ``at`` opens a noun that "of" and a name say which one is ("the first battle of
    Svensksund", "the siege of Velm"): up to three lower-case words, then "of" and a capitalised word."""
    for k in range(at + 2, min(at + 5, len(words) - 1)):
        if words[k] == "of":
            following = words[k + 1] if words[k + 1] != "the" or k + 2 >= len(words) else words[k + 2]
            return following[:1].isupper() and all(w[:1].islower() for w in words[at + 1:k])
    return False


def _possessed_actor(m: re.Match, sides: SideIndex, proper: _ProperWords, actor: _Actor) -> str:
    """"Fiume's voters": a group or a thing of a named owner, or "" when the owner is no name or the thing a
    noun that needs saying which one ("Ankara's decision": whose, but not which one)."""
    if m.group("pname"):
        return m.group("pname").strip()       # "Llywelyn's younger brother Dafydd": the name says who
    owner, owned = m.group("powner"), m.group("possessed").split()[-1]
    if owned.lower() in actor.nouns:
        return ""
    return m.group("possessed") if len(owner.split()) > 1 or owner in proper or sides.mentions(owner) else ""


def _nation(m: re.Match, sides: SideIndex) -> str:
    """"The Spanish", "the Swedes": a side's people's word standing for the people, or ""."""
    found = sides.mentions(m.group("nation"))
    return m.group("nation") if found and found[0].how == "demonym" and found[0].text == m.group("nationword") else ""


def _people_group(m: re.Match, sides: SideIndex) -> str:
    """"German troops", "The last Soviet forces": the group, when its first word is a side's people's word."""
    people = [s for s in sides.mentions(m.group("group")) if s.how == "demonym"]
    return m.group("group") if people and people[0].text == m.group("people") else ""


# "Velm, the key to the straits, in ": a named object, its aside between commas, and the date's preposition
_OBJECT_ASIDE = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w’'\-]*,\s+(?P<aside>[^,;:()\[\]\"“”—–]{3,90}),\s+"
                           r"(?P<prep>(?:[a-z]+\s+){0,2}?(?:in|on|at|by)\s+(?:the\s+)?)$")
# "the death of King Ivo III in ": a noun of a named person or place, then the date's preposition
_EVENT_OF_NAME = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z]{3,})\s+of\s+(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})"
                            r"\s+(?:in|on|at)\s+$")
# "The parties were", "The signatories are": a list of the agreement the sentence before named
_PARTIES_WERE = re.compile(r"(?:The|Its)\s+(?:parties|signatories)\s+(?:were|are)\s")
# 'for "a payment of £2,000" read "a payment of £20,000"': an erratum's line, the misprinted words first
_ERRATUM = re.compile(r"\b[Ff]or\s+[\"“](?P<wrong>[^\"“”]{1,200})[\"”]\s*,?\s+read\s+[\"“]")


def _withdrawn_words(text: str) -> list[tuple[int, int]]:
    """Where an erratum's line quotes the words it withdraws (its misprint), as spans of ``text``."""
    return [m.span("wrong") for m in _ERRATUM.finditer(text)]


# "Odo's death on ": a named owner's event, then the date's preposition
_OWNERS_EVENT = re.compile(r"(?<![\w’'\-])(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})[’']s\s+(?P<noun>[a-z]{3,})"
                           r"\s+(?:in|on|at)\s+$")
# "the Pragmatic Sanction of ": a title of capitalised words, and "of" before the date
_TITLE_OF_DATE = re.compile(r"\b[Tt]he\s+(?P<title>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}(?P<noun>\s+[a-z]+)?)\s+of\s+$")
# "Malacca, Dutch since 1641 and British from 1795, joined ...": a name, and an aside between commas
# ... or a relative clause: "Ivo Brandt, who resigned on D1, died in D2" (D1 is weighed as the relative's own)
_APPOSED_SUBJECT = re.compile(r"(?P<name>(?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*),\s+[^,;:()]{3,90},\s+(?=[a-z])")
_EVERY_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+(?:year\s+on\s+)?$")
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})
# the comma after a name in a list of names ("with Hanover, Prussia and Denmark"): no clause's end
_LIST_COMMA = re.compile(r"(?<=[A-Z][a-z])(?:[\w’'\-]*),(?=\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
                         r"(?:,|\s+(?:and|or)\s+(?:the\s+)?[A-Z]))")


def _without_list_commas(text: str) -> str:
    """``text`` with the commas of its lists of names taken out, so a list reads as one phrase; the
    names before the first comma keep their places."""
    return _LIST_COMMA.sub(lambda m: m.group(0)[:-1], text) if "," in text else text


def _relative_subject(before: str, actor: _Actor) -> re.Match | None:
    """The match of ``actor.relative`` for the last relative clause in ``before`` (the sentence up to a date)
    whose antecedent is a name right before its comma: "Velmora, which joined the League in" -> Velmora."""
    found = None
    for found in actor.relative.finditer(before):
        pass
    return found if found is not None and found.end() == len(before) else None


def _number_actor(sentence: str, q: QuantityMatch, sides: SideIndex, proper: _ProperWords,
                  lexicon: Lexicon) -> str:
    """The named side or person whose own verb takes the number ("Aldoria agreed to pay $15 million"), or "".

    The sentence opens with its named subject and verb, as for a date; between
    the verb and the number stand only an infinitive chain ("agreed to pay",
    "and to assume") and words that bound or round the number ("up to",
    "about"): a noun there ("paid the fine of $5") would own the number.
    """
    actor = lexicon.cached("named_actor", _Actor)
    if q.start > 200:
        return ""
    copula = _COPULA_NUMBER.fullmatch(sentence, 0, q.start)
    if copula:
        place = copula.group("place")
        if len(place.split()) > 1 or place in proper or sides.mentions(place):
            return copula.group("owner")[0].lower() + copula.group("owner")[1:]
        return ""
    m = actor.pattern.match(_without_list_commas(sentence[:q.start]))
    if not m:
        return ""
    words = m.group("rest").split()
    if len(words) >= 3 and words[-1] == "of" and words[-3].lower() in _NOUN_DETERMINERS and words[-2].isalpha() \
            and words[-2].islower():
        words = words[:-3]      # "agreed to pay an indemnity of $5 million": the indemnity the subject pays
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in actor.before_number or w == "to" and nxt.isalpha() and nxt.islower() \
                or (actor.amount.fullmatch(w) and "and" in words[i + 1:i + 3]) \
                or (prev == "to" and w.isalpha() and w.islower() and w not in actor.other_clause) \
                or (w == "and" and nxt == "to" and i > 0):
            continue
        return ""
    if words and words[-1] == "to" and "up" not in words[-2:-1]:
        return ""           # "agreed to 300": a number after "to" is a target, not the verb's object
    if _LISTED_AFTER.match(sentence, q.end):
        return ""           # "kept three bases: A, B and C": the list gives the count away
    if q.noun in actor.stuff_measures and not _OF_AFTER.match(sentence, q.end):
        return ""           # "Aldoria declared 300 tonnes.": of what, another sentence says
    if m.group("verb") in actor.transfer_verbs and not _RECIPIENT_AFTER.match(sentence, q.end):
        return ""           # "Aldoria gave 750 million lire in cash.": to whom and for what, another sentence says
    if m.groupdict().get("group"):
        return _people_group(m, sides)
    if m.groupdict().get("possessed"):
        return _possessed_actor(m, sides, proper, actor)    # "Velmora's government raised two loans"
    name = m.group("apposed") or m.group("name")
    if " " not in name and name.endswith("s") and not name.endswith(("ss", "us", "is")) \
            and not any(s.start == m.start("name") and s.how == "name" for s in sides.mentions(sentence)):
        return ""           # "States declared 300 tonnes": which states, the sentence does not say
    return _checked_name(m, name, sentence, sides, proper, actor)


_OF_AFTER = re.compile(r"\s+of\b")
# "... to Marnia", "... for the valley", "... under the treaty": whom a sum or a land went to, or what for
_RECIPIENT_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:to|for|under|in\s+(?:exchange|return)\s+for)\s")
# "Velm Party's First Minister": the owner before "'s"
_OWNER_BEFORE = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['’]s\s+[A-Z]")
# "The turnout in Osk was 81 per cent": a measure of a named place or body, then a copula and the number
_COPULA_NUMBER = re.compile(r"(?P<owner>[Tt]he\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:in|of|at|for)\s+(?:the\s+)?"
                            r"(?P<place>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}))\s+(?:was|is|were|are|stood\s+at)\s+"
                            r"(?:(?:about|around|nearly|almost|just|some|roughly)\s+)?")
# "three bases: A, B and C", "three envoys, Ana Ruiz, Ivo Brandt and ...": the members follow the count
_LISTED_AFTER = re.compile(r"[^;:]{0,60}:|\s*(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*,\s+[A-Z][^,]{0,40},")


_LIST_SPLIT = re.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


def _checked_name(m: re.Match, name: str, sentence: str, sides: SideIndex, proper: _ProperWords,
                  actor: _Actor) -> str:
    """``name`` if it names someone: not "The crowd", not "It", not one capital word the article uses nowhere else."""
    items = _LIST_SPLIT.split(name) if (" and " in name or "," in name or "&" in name) else []
    if len(items) > 1:
        # "Austria, Finland and Sweden joined the EU on D": each a side or a name the article uses
        named = {s.text.removesuffix("’s").removesuffix("'s") for s in sides.mentions(sentence)}
        return name if all(i.removeprefix("the ") in named or (len(i.split()) > 1 or i in proper)
                           and i.split()[0] not in actor.not_names and i.split()[-1].lower() not in actor.nouns
                           for i in items) else ""
    parts = name.split()
    if len(parts) > 1 and parts[-1].lower() in actor.nouns and parts[0] not in actor.not_names \
            and all(p[:1].isupper() and p.lower() not in actor.generic_capitals
                    for p in parts[:-1]):
        return name     # "The Holy League", "the Hanseatic League": a word of its own makes the noun a name
    if parts[0] in actor.not_names or parts[-1] in actor.not_names or parts[-1].lower() in actor.nouns:
        return ""
    known = any(m.start("name") - 4 <= s.start <= m.start("name") and s.how in ("name", "leader")
                for s in sides.mentions(sentence))
    if m.groupdict().get("the"):
        # "The Philippines", "the SPLM": a side's name or an acronym the article writes inside its sentences;
        # "The Court", "the Prime Minister", "the World Fund" may be any of many, or lean on what came before
        if parts[-1] in actor.bodies and any(p not in actor.generic_body for p in parts[:-1]):
            return name     # "the World Health Assembly": the body's own name
        if " of " in name:
            # "the King of Prussia", "the Bank of Marnia": an office or a body of a side or a named place
            owner = name.split(" of ", 1)[1].removeprefix("the ")
            if owner in proper or sides.mentions(owner):
                return name
        owner = _OWNER_BEFORE.match(name)
        if owner and (len(owner.group(1).split()) > 1 or owner.group(1) in proper or sides.mentions(owner.group(1))):
            return name     # "the Velm Party's First Minister": an office of a named owner
        if len(parts) >= 3 and not all(p.lower() in actor.generic_capitals for p in parts):
            return name     # "the Joint Coordination Centre": three capitalised words and more are a name
        if parts[-1].lower() in actor.offices:
            return ""
        if len(parts) == 1 and name in proper and name.lower() not in actor.generic_capitals \
                and not proper.written_lower(name.lower()):
            return name     # "the Storting", "the Knesset": a word the article only ever writes as a name
        return name if known or (len(parts) == 1 and name.isupper() and len(name) > 1 and name in proper) else ""
    if (m.groupdict().get("apposed") and name == m.group("apposed")) or len(parts) > 1:
        return name
    return name if known or name in proper else ""


def _actor_after_opening(sentence: str, date: DateMatch, sides: SideIndex, proper: _ProperWords,
                         actor: _Actor) -> str:
    """The named subject after an opening adverbial that holds ``date`` ("In June 1905, Ivo Brandt resigned").

    The adverbial is the date with its preposition and at most a place
    ("At Velmora on 3 May"), then perhaps one more place phrase ("in the
    square of Velmora"); "In the war of 1990" or "In 1990, when ..." dates
    something else, and gives no actor.
    """
    m = actor.opening.match(sentence)
    if not m or not (m.start("lead") <= date.start and date.end <= m.end("lead")):
        return _actor_after_date(sentence, date, sides, actor, proper)
    rest = (sentence[m.start("lead"):date.start] + " " + sentence[date.end:m.end("lead")]).split()
    # ("In the summer of 1630": a part of the date, "the" and "of" with it, is the date's own adverbial too)
    if any(w.lower() not in actor.lead_words and not w[:1].isupper()
           and not (w.lower() in actor.date_parts or w == "of" and i and rest[i - 1].lower() in actor.date_parts
                    or w == "the" and rest[i + 1:i + 2] and rest[i + 1].lower() in actor.date_parts)
           for i, w in enumerate(rest)):
        # "In the war of 1990": a noun's date, not the verb's; "In D a Velmoran army under Ivo Brandt
        # moved": the adverbial read too far, and the group after the date is the subject
        return _actor_after_date(sentence, date, sides, actor, proper)
    if not m.group("comma") and not m.group("place") and any(w[:1].isupper() for w in rest[1:]):
        return ""           # "In Velmora 1990 Brandt ...": without its comma the adverbial's end is a guess
    place = (m.group("place") or "").split()
    if place and (len(place) > 8 or not any(w[:1].isupper() for w in place)
                  or any(w.lower() in actor.other_clause or w.lower().strip(".") in actor.leaning and w != "the"
                         for w in place)):
        return ""           # "in response to it", "in a speech that ...": no place, maybe another clause
    return _checked_name(m, m.group("name"), sentence, sides, proper, actor)


def _actor_after_date(sentence: str, date: DateMatch, sides: SideIndex, actor: _Actor, proper: _ProperWords) -> str:
    """The people's group or titled name that follows an opening date and does the sentence's verb
    ("In D, without any warning, a Velmoran army marched ...", "On D the Secretary of State, Ivo Brandt,
    signed ..."), or ""; the date is all the adverbial holds ("In D" or "On D", nothing else before it)."""
    opener = sentence[:date.start].strip()
    if opener not in actor.openers_bare:
        return ""
    m = actor.after_lead.match(sentence, date.end)
    if not m:
        return ""
    if any(w.lower().strip(",") in actor.other_clause for w in sentence[date.end:m.start("subject")].split()):
        return ""           # "In D, when the talks failed, ...": another clause
    if m.group("titled"):
        return m.group("titled").rstrip(",")
    if m.group("apposing") and any(w.lower() in actor.other_clause for w in m.group("aside").split()):
        return ""           # "In D, Velmora, when the talks failed, ...": another clause, no title
    if m.group("described") or m.group("apposing"):
        return m.group("described") or m.group("apposing")
    if m.group("possessed") or m.group("owned"):
        owner = m.group("powner") or m.group("owner")
        named = len(owner.split()) > 1 or owner in proper or bool(sides.mentions(owner))
        if not named or (m.group("possessed") and m.group("possessed").split()[-1].lower() in actor.nouns):
            return ""       # "Velm's decision": whose, not which one
        return m.group("possessed") or m.group("owned")
    people = [s for s in sides.mentions(m.group("group")) if s.how == "demonym"]
    return m.group("group") if people and people[0].text == m.group("people") else ""


class _Calendars:
    """The calendar words ("Gregorian", "O.S.") as one pattern, and the bracket that may hold the other spelling."""

    def __init__(self, lexicon: Lexicon) -> None:
        words = lexicon.language.get("calendar_words", [])
        self.word = re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)") if words else None
        # "D1 (" or "D1 (O.S.; " between the first spelling and the second
        self.between = re.compile(r"\s*[(\[](?:[^()\[\];,]{1,20}[;,]\s*)?$")
        # "D1 by the Julian calendar then in use, or D2 by the Gregorian": the second spelling offered
        # as the alternative ("or"), the calendar named after it
        self.alternative = re.compile(r"[^()\[\];]{0,60}?,?\s+or\s+$")
        self.after = (re.compile(r"\s*(?:,\s*)?(?:(?:by|in|under|according to)\s+(?:the\s+)?|[(\[])(?:"
                                 + alternation(words) + r")(?!\w)") if words else None)


def _calendar_twins(sentence: str, dates: Sequence[DateMatch], lexicon: Lexicon) -> dict[int, tuple[DateMatch, bool]]:
    """Dates written twice, in two calendars: each one's start → (the other, whether it is the bracketed one).

    "signed on 1 May 1700 (12 May in the Gregorian calendar)", "1 May 1700
    (O.S.; 12 May N.S.)", "1 May 1700 [12 May New Style]": the bracket opens
    right after the first date, holds the second, and names a calendar.
    """
    calendars = lexicon.cached("calendars", _Calendars)
    if calendars.word is None or not calendars.word.search(sentence):
        return {}
    out: dict[int, tuple[DateMatch, bool]] = {}
    ordered = sorted(dates, key=lambda d: d.start)
    for first, second in zip(ordered, ordered[1:]):
        opening = calendars.between.match(sentence[first.end:second.start])
        if not opening or first.end + opening.end() != second.start:
            gap = sentence[first.end:second.start]
            # "…, or D2 by the Gregorian": the words before "or", if any, name a calendar too
            if (" or " in gap and calendars.alternative.fullmatch(gap) and calendars.after.match(sentence, second.end)
                    and (not gap.strip(" ,").startswith("or") and calendars.word.search(gap)
                         or gap.strip(" ,") == "or")
                    and first.start not in out):
                out[first.start] = (second, False)
                out[second.start] = (first, True)
            continue
        close = sentence.find(")" if "(" in opening.group(0) else "]", second.end)
        if close >= 0 and calendars.word.search(sentence, first.end, close + 1) and first.start not in out:
            out[first.start] = (second, False)
            out[second.start] = (first, True)
    return out


def _note_referent(extra: dict, referent: list | None, body_referents: list | None = None) -> None:
    if body_referents:
        extra["body_referents"] = [list(b) for b in body_referents]
    if referent:
        extra["referent"] = list(referent[:3])
        if len(referent) > 3:
            extra["referent_it"] = referent[3]


def _sides_in(sentences: list[Sentence], words: list[SentenceWords],
              sides: SideIndex) -> tuple[list[str], dict[str, str]]:
    """The article's sides, the most mentioned first (sentence by sentence: the finders reuse each),
    and how the article itself names those it never calls by the name questions would use.

    An article on an old war says "Old Aldoria", never "the Republic of
    Aldoria": its questions name the side as the article does, not by a name
    the side took later.  Abbreviations ("the RA", "R.A.") are the usual name
    written short, and change nothing; nor do a seat ("Aldor") or a people
    ("Aldorians").
    """
    counts: dict[str, int] = {}
    forms: dict[str, dict[str, list[str]]] = {}        # side -> how -> forms as written, in order
    for sentence, sentence_words in zip(sentences, words):
        for mention in sides.mentions(sentence.text, sentence_words):
            counts[mention.side] = counts.get(mention.side, 0) + 1
            word = mention.text[:-2] if mention.text.endswith(("'s", "’s")) else mention.text
            if sentence.text[max(0, mention.start - 4):mention.start] in ("the ", "The "):
                word = "the " + word
            forms.setdefault(mention.side, {}).setdefault(mention.how, []).append(word)
    names: dict[str, str] = {}
    for side, by_how in forms.items():
        entry = sides.lexicon.side(side)
        usual = {side, ((entry.display if entry else "") or side).removeprefix("the ")}
        written = by_how.get("name", [])
        if any(w.removeprefix("the ") in usual or _written_short(w) for w in written):
            continue            # the usual name, or it written short: as questions write it
        if written:
            names[side] = max(dict.fromkeys(written), key=written.count)
    return sorted(counts, key=lambda s: (-counts[s], s)), names


def _written_short(word: str) -> bool:
    """"RA", "R.A.": a name in capitals, a side's usual name written short."""
    return not any(c.islower() for c in word.removeprefix("the "))


def _hedge(sentence: str, lexicon: Lexicon, at: int, words: SentenceWords | None = None) -> str | None:
    """The hedge ("reportedly") that governs the clause holding position ``at``, if any.

    ``words`` are the sentence's words: a clause holds none of the hedges the sentence does not.
    """
    hedges = lexicon.cached("hedges", _Hedges)
    if words is not None and not hedges.words.may_hold(words):
        return None
    start = max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at), -1) + 1
    ends = [i for i in (sentence.find(",", at), sentence.find(";", at)) if i >= 0]
    # "Reports suggest X did A, particularly after B in 2019": the hedge covers its own clause only
    clause = sentence[start:min(ends) if ends else len(sentence)]
    m = hedges.pattern.search(clause)
    return hedges.lead[m.group(1).lower()] if m else None


class _Hedges:
    """The hedge phrases as one pattern, and the words each is shown with."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lead = {" ".join(h["phrase"].lower().split()): h["lead"] for h in lexicon.hedges}
        self.pattern = re.compile(r"\b(" + alternation(list(self.lead)) + r")\b", re.I)
        self.words = WordGate(self.lead, ignore_case=True)


# ", in the state of Brin,": a place set off by commas, no clause of its own
_PLACE_BETWEEN_COMMAS = re.compile(r"\s*(?:in|at|near|outside)\s+[^,;]{1,60}")


def _before_places(sentence: str, clause_start: int) -> int:
    """Where the date's clause starts when places set off by commas come between it and the words before:
    "signed at Velm, in the state of Brin, on D" is one clause, its event word "signed"."""
    start, skipped = clause_start, False
    while start > 1:
        before = max(sentence.rfind(",", 0, start - 1), sentence.rfind(";", 0, start - 1))
        if before < 0 or sentence[before] == ";" or not _PLACE_BETWEEN_COMMAS.fullmatch(sentence, before + 1, start - 1):
            break
        start, skipped = before + 1, True
    if not skipped:
        return clause_start
    return max(sentence.rfind(",", 0, start - 1), sentence.rfind(";", 0, start - 1), -1) + 1


_TIME_CONJUNCTION = re.compile(r"\b(?:before|after|until|since)\s+(?!(?:the\s+)?(?:treaty|agreement|it)\b)")


def _subordinate_verb_between(sentence: str, start: int, end: int, negations: "_Negations") -> bool:
    """Whether a clause of time with a verb of its own ("before the Council opened") stands between an event
    word and a date: the date is that clause's.  ("began when forces shelled the Courts on D": "when" makes
    the two one day.)"""
    sub = _TIME_CONJUNCTION.search(sentence, start, end)
    return sub is not None and negations.own_verb.search(sentence, sub.end(), end) is not None


def _predicate(sentence: str, date: DateMatch, lexicon: Lexicon,
               others: Sequence[DateMatch] = ()) -> tuple[str, str | None, str]:
    """What happened on ``date``: the nearest event word in the same clause, and the words that deny it, if any.

    A denied event word ("did not sign") gives the predicate "event" and no
    event word, with "did not sign" as the third item.

    An event word is one of the sentence's own: not a word of a name ("the
    Exit Protocol" exited nothing), nor one of a later clause with
    a date of its own ("received assent on D1, was signed on D2": D1 was not
    the signing).
    """
    own = _name_date(sentence, date, lexicon)
    if own:
        # "confirmed the Peace of Augsburg of 1555, extended it ...": the date of the name, when it was made
        return "signed", own, ""
    best: tuple[int, str, str] | None = None
    clause_start = max(sentence.rfind(",", 0, date.start), sentence.rfind(";", 0, date.start), -1) + 1
    own_start = _before_places(sentence, clause_start)
    negations = lexicon.cached("negations", _Negations)
    negation = negations.before
    modifiers = lexicon.cached("event_modifiers", _EventModifier)
    span = _span_of_own_verb(sentence, date, others, clause_start, negations)
    # "X fell on D, two years after the treaty was signed": the clause counted from D is another event's
    counting = negations.counting_clause(sentence, date.end)
    event_words = lexicon.cached("event_words", _EventWords).matches(sentence)
    # "on the eve of the summit", "in the wake of the war": the date is before or after that event
    offset = lexicon.cached("event_offset", _EventOffset)
    offsets = {m.end() for m in offset.pattern.finditer(sentence)} \
        if any(event_words) and offset.gate.search(sentence) else ()
    semicolon = ";" in sentence
    agreement_nouns = lexicon.cached("agreement_noun_set", _agreement_noun_set)
    calendar_words = lexicon.cached("calendar_names", lambda lx: frozenset(
        w for key in ("months", "weekdays") for w in lx.language.get(key, [])))
    relative = _RELATIVE_OPENING.match(sentence, clause_start) is not None \
        and negations.own_verb.search(sentence, clause_start, date.start) is not None
    # "..., and in October 1978 Ivo Brandt was named ...": the date opens a clause whose own subject and verb
    # follow it, and an event word of the clause before is not its
    fronted = _DATE_LEADS_CLAUSE.fullmatch(sentence, clause_start, date.start) is not None \
        and _SUBJECT_VERB_AFTER.match(sentence, date.end) is not None
    for entry, matches in zip(lexicon.predicates, event_words):
        for match in matches:
            if (entry.get("agreement") or match.group(0) in agreement_nouns
                    or _next_word(sentence, match.end()) in agreement_nouns) and _in_name(sentence, match):
                continue        # "the Exit Protocol", "the Velm Declaration", "the Withdrawal Agreement": a name
            if match.group(0)[:1].isupper() and _NAME_RUNS_ON.match(sentence, match.end()) \
                    and _next_word(sentence, match.end()) not in calendar_words:
                continue        # "the War Memorial Opera House", "the Crisis Group": a place's or a body's name
            if offsets and match.start() in offsets:
                continue
            if semicolon and ";" in sentence[min(match.end(), date.end):max(match.start(), date.start)]:
                continue        # "the league suspended X; X came back in 1850": each side of ";" its own clause
            if negations.agent.search(match.group(0)):
                continue        # "Negotiators agreed ...": the people, not the event
            if counting and counting[0] <= match.start() < counting[1]:
                continue
            if modifiers.modifies(sentence, match):
                continue        # "a war drum", "the meeting hall": a noun's modifier, not an event
            # "Aldoria's exit became effective on D": the effect is the exit's, not the agreement's
            own = negations.effect_of(sentence, match, entry["predicate"])
            if own is not None:
                entry = next((e for e in lexicon.predicates if e["predicate"] == own), {"predicate": "event"})
            # "ruled Aldoria from 1801 to 1839 and ratified the pact": the span is the reign's, not the ratification's
            if span is not None and match.start() >= span and _AND.search(sentence, span, match.start()):
                continue
            # "adopted the pact to cut tolls by 2030": the date after "by" is the aim's deadline, not the adoption's
            if match.end() <= date.start and _purpose_deadline(sentence, match.end(), date):
                continue
            # a later clause with a date of its own: "..., the pact was concluded on 11 June"
            if match.start() > date.end and any(
                    d.start > date.end and _same_clause(sentence, match.start(), d.start)
                    and not _same_clause(sentence, match.start(), date.start)
                    and not _purpose_deadline(sentence, match.end(), d) for d in others):
                continue
            # "the mayor restored it in April 1977, as the drought was easing": a clause with its own verb
            # before the date dates that verb, not an event word in the clause after it
            if match.start() > date.end and negations.own_verb.search(sentence, clause_start, date.start) \
                    and negations.subordinate.match(sentence, date.end) \
                    and negations.subordinate.match(sentence, date.end).end() <= match.start():
                continue
            # "signed by Ivo Brandt, whom the king had recalled in May 1901, and ratified ...": a relative
            # clause with a verb of its own before the date dates that verb, not an event word outside it
            if fronted and match.end() <= clause_start:
                continue
            if match.start() > date.end and (_OTHER_TIME.search(sentence, date.end, match.start())
                                             or _RELATIVE_BEFORE.search(sentence, max(date.end, match.start() - 16),
                                                                        match.start())):
                # "On 4 May, after Aldoria's invasion of Tarn, Marnia ...": the invasion came before; "wrote on
                # 4 May to the courts that had signed at Velm": the signing is the courts', at another time
                continue
            if relative and (match.start() > date.end or match.start() < clause_start
                             and negations.own_verb.fullmatch(match.group(0).split()[-1])):
                continue        # ("the Velm Congress, which opened on D": the congress is still its event)
            # "was renewed in 1912, but the scheme did not outlast the 1910s": a clause after
            # "but" with a verb of its own dates that verb, not an event word before it
            if match.end() <= date.start and any(match.end() <= d.start < date.start
                                                 and _same_clause(sentence, match.start(), d.start)
                                                 and not _same_clause(sentence, match.start(), date.start)
                                                 for d in others):
                continue        # "The Act, signed on 5 January 2025, repealed it from December 2023": signed on the first
            if match.end() <= date.start and (negations.own_clause.search(sentence, match.end(), date.start)
                                              or _AND_NEW_SUBJECT.search(sentence, match.end(), date.start)):
                # ("during the war, and the pact was restored in 1952": the later clause's own subject)
                continue
            if match.end() <= date.start and _subordinate_verb_between(sentence, match.end(), date.start, negations):
                continue        # "signed six days before the Council opened on D": D is the opening's day
            if match.end() <= date.start:
                distance = date.start - match.end()
                # a word before the date in its own clause is the best evidence
                if match.start() >= own_start:
                    distance -= 1000
            else:
                distance = match.start() - date.end + 20
            if abs(distance) > 1200 and distance > 80:
                continue
            if best is None or distance < best[0]:
                # "refused to ratify it in 1974": what did not happen is no event of the date
                negated = negation.search(sentence, max(0, match.start() - 30), match.start()) \
                    or _NO_OBJECT.match(sentence, match.end())      # "signed no convention in 1860"
                denied = (negated is not None
                          # "could be extended", "if the bill went through": what might happen is no event of the date
                          or negations.hypothetical.search(sentence[_clause_start(sentence, match.start()):match.start()])
                          is not None
                          # "one year after entry into force, that is, by D": D is counted from the event, not its day
                          or negations.counted.search(sentence, max(0, match.start() - 40), match.start()) is not None
                          # "; if all agree then, its term is extended": the condition's clause ends before the verb's
                          or negations.condition.match(sentence[sentence.rfind(";", 0, match.start()) + 1:
                                                                match.start()]) is not None)
                best = (distance, "" if denied or entry["predicate"] == "event" else entry["predicate"], match.group(0),
                        # the denial is the date's when nothing but words of its own clause stand between
                        ((match.group(0) + " no" if negated.start() >= match.end() else negated.group(0) + match.group(0))
                         if negated and _same_clause(sentence, match.start(), date.start) else ""))
    if best is not None and not best[1]:
        return "event", None, best[3]
    if best is None or best[0] > 80:
        named = _named_year(sentence, date, lexicon)
        return ("signed", named, "") if named else ("event", None, "")
    vote = _vote(sentence, date, best[1], lexicon)
    if vote:
        return vote, best[2], ""
    return best[1], best[2], ""


_PUNCTUATION_ONLY = re.compile(r"[\s*_.:,;–—\-]*")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|have\s+|has\s+)?$")
_NO_OBJECT = re.compile(r"\s+no\s+(?=[a-z])")
_AND_NEW_SUBJECT = re.compile(r",\s+and\s+(?:the|a|an|its|their|his|her)\s+(?:[\w\-’']+\s+){0,3}?"
                              r"(?:was|were|is|are|had|has|have|[a-z]{3,}ed)\b")
_OTHER_TIME = re.compile(r"\b(?:after|before|following|since|until|prior\s+to)\b")
_DATE_LEADS_CLAUSE = re.compile(r"\s*(?:and|but|while|then)\s+(?:then\s+)?(?:in|on|at|by)\s+(?:the\s+)?")
_SUBJECT_VERB_AFTER = re.compile(r",?\s+(?:[A-Z][\w’'\-]*\s+){1,3}(?:and\s+(?:[A-Z][\w’'\-]*\s+){1,3})?"
                                 r"(?:(?:was|were|had|has|have)\s+)?(?:been\s+)?[a-z]{2,}ed\b")
_RELATIVE_OPENING = re.compile(r"\s*(?:who|whom|whose|which)\b")
# "... by D", "... by the end of D": a deadline
_BY_DEADLINE = re.compile(r"\bby\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$")
# "to cut", "to phase out": an infinitive that opens a purpose clause; not "to the", "to 85", "to Aldoria"
_PURPOSE = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|about|around|some|nearly|"
                      r"almost|over|under|more|less|be|have)\b)[a-z]+\b")


def _purpose_deadline(sentence: str, after: int, date: DateMatch) -> bool:
    """Whether ``date`` is the deadline of a purpose clause that opens after ``after``.

    "Marnia signed the pact to cut tolls by half by 2030": 2030 is when the
    cut is due, not when the pact was signed; the clause's words before
    "to cut" say nothing of 2030.
    """
    if not _BY_DEADLINE.search(sentence, max(0, date.start - 20), date.start):
        return False
    between = sentence[after:date.start]
    return "," not in between and ";" not in between and _PURPOSE.search(between) is not None


class _EventOffset:
    """``event_offset_phrases``, then a determiner and up to two modifiers: where an event word starts that
    a date is only before or after; ``gate`` finds a phrase's own word quickly."""

    def __init__(self, lexicon: Lexicon) -> None:
        phrases = [" ".join(p.split()) for p in lexicon.language.get("event_offset_phrases", [])]
        if not phrases:
            self.gate = self.pattern = re.compile(r"(?!x)x")
            return
        # "eve", "run-up", "wake": each phrase's noun (or its one word), the word a sentence must hold
        own = sorted({max(p.split(), key=len) for p in phrases})
        self.gate = re.compile(r"\b(?:" + alternation(own) + r")\b", re.I)
        self.pattern = re.compile(r"\b(?:" + alternation(phrases) + r")\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                                  r"(?:(?:[a-z][\w\-]*|\d{4})\s+){0,2}?", re.I)


class _EventWords:
    """Where each event word pattern (``lexicon.predicate_patterns``) matches in a sentence.

    Scanning a dated sentence once per pattern costs more than one scan for
    the places where any event word starts: each pattern then tries only
    those places, and only where the letter there opens one of its words,
    and finds what its own scan would.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.patterns = [pattern for pattern, _entry in lexicon.predicate_patterns]
        words = [[str(w) for w in entry.get("words") or []] for entry in lexicon.predicates]
        # the patterns' own bounds around any one of their words; an empty word would match
        # between any two spaces, so a list with one is scanned the plain way
        self.starts = (re.compile(r"(?<![\w-])(?=(?:" + "|".join(alternation(w, wildcard=True) for w in words)
                                  + r")(?![\w-]))", re.I)
                       if all(w and all(w) for w in words) else None)
        # the patterns to try at a letter, by the letter in lower case; the patterns ignore case, and
        # outside ASCII a letter may match one its lower case is not ("ſ" matches "s"), so there every one
        self.every = tuple(range(len(words)))
        self.by_letter: dict[str, tuple[int, ...]] = {}
        for i, letter in sorted({(i, w[0].lower()) for i, ws in enumerate(words) for w in ws if w}):
            self.by_letter[letter] = self.by_letter.get(letter, ()) + (i,)
        if not all(letter.isascii() for letter in self.by_letter):
            self.by_letter = {}         # a word opening outside ASCII: every pattern everywhere
        self._last: tuple[str, list[list[re.Match[str]]]] | None = None

    def matches(self, sentence: str) -> list[list[re.Match[str]]]:
        """Each pattern's matches in ``sentence``, as its ``finditer`` gives them, in pattern order."""
        last = self._last
        if last is not None and last[0] == sentence:
            return last[1]          # a sentence with two dates asks twice
        if self.starts is None:
            found = [list(pattern.finditer(sentence)) for pattern in self.patterns]
        else:
            found = [[] for _ in self.patterns]
            ends = [0] * len(self.patterns)       # where each pattern's last match ends: none overlap
            for start in self.starts.finditer(sentence):
                at = start.start()
                letter = sentence[at]
                tried = (self.by_letter.get(letter.lower(), ()) if self.by_letter and letter.isascii()
                         else self.every)
                for i in tried:
                    if at >= ends[i]:
                        m = self.patterns[i].match(sentence, at)
                        if m:
                            found[i].append(m)
                            ends[i] = m.end()
        self._last = (sentence, found)
        return found


_SPAN_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)
_SPAN_LINK = re.compile(r"\s+(?:to|until|till|and)\s+|\s*[–-]\s*")
_AND = re.compile(r"\band\b")
_YEAR_TAIL = re.compile(r"\s*[–-]\s*\d{2,4}(?![\w–-])")


def _span_of_own_verb(sentence: str, date: DateMatch, others: Sequence[DateMatch], clause_start: int,
                      negations: _Negations) -> int | None:
    """Where a span "from Y1 to Y2" (or "Y1–Y2") that holds ``date`` ends, when a verb of its own stands before it.

    "served as envoy from 1801 to 1839": both ends date the serving, not an
    event word after the span.  None when the date is no end of such a span.
    """
    if date.precision not in ("year", "month", "day"):
        return None
    tail = _YEAR_TAIL.match(sentence, date.end) if date.precision == "year" else None
    if tail and negations.own_verb.search(sentence, clause_start, date.start):
        return tail.end()       # "served 1811–19": one date and the end of its span
    for other in others:
        if other.start >= date.end and _SPAN_LINK.fullmatch(sentence, date.end, other.start):
            first, last = date, other
        elif other.end <= date.start and _SPAN_LINK.fullmatch(sentence, other.end, date.start):
            first, last = other, date
        else:
            continue
        opened = _SPAN_OPEN.search(sentence, max(clause_start, first.start - 10), first.start)
        if opened is None and not re.fullmatch(r"\s*[–-]\s*", sentence[first.end:last.start]):
            continue    # "in 1801 and 1839": two dates, no span
        at = opened.start() if opened else first.start
        if negations.own_verb.search(sentence, clause_start, at):
            return last.end
    return None


class _Negations:
    """The words that deny the event word after them ("refused to", "never"), as one pattern.

    ``hypothetical`` finds, in the clause before an event word, a modal
    ("could be extended") or a condition ("if the deal passed"): the event
    may happen, and the date is not when it did.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        words = language.get("negations", [])
        self.before = re.compile(r"\b(?:" + alternation(words) + r")\s+(?:\w+\s+)?$" if words else r"(?!x)x", re.I)
        self.anywhere = re.compile(r"\b(?:" + alternation(words) + r")\b" if words else r"(?!x)x", re.I)
        # "did not join in 1962": a denied verb that is no event word, in the date's own clause
        openers = language.get("clause_openers", [])
        self.in_clause = re.compile(r"\b(?:" + alternation(words) + r")\s+[a-z][\w\-]*(?:(?!\b(?:"
                                    + (alternation(openers) if openers else "(?!x)x") + r")\b)[^,;:—–])*$"
                                    if words else r"(?!x)x", re.I)
        lifting = language.get("negation_bounds", [])
        # "did not sign until 1962": it was signed in 1962
        self.lifted = re.compile(r"\b(?:" + alternation(lifting) + r")\s+(?:the\s+)?$" if lifting else r"(?!x)x", re.I)
        modals, conditions = language.get("modal_verbs", []), language.get("conditionals", [])
        parts = []
        future = language.get("future_auxiliaries", [])
        if future:
            # "will be signed on D", "will be open for states to sign from D": a plan, not what happened
            parts.append(r"\b(?-i:" + alternation(future) + r")\s+(?:not\s+)?(?:(?:be|have|have been|been)\s+)?(?:\w+ly\s+)?$")
            parts.append(r"\b(?-i:" + alternation(future) + r")\s+(?:[\w\-’']+\s+){1,6}to\s+$")
        if modals:
            # lower case only: "Justice May signed" is no "may sign"
            parts.append(r"\b(?-i:" + alternation(modals) + r")\s+(?:not\s+)?(?:(?:be|have|have been|been)\s+)?(?:\w+ly\s+)?$")
        if conditions:
            parts.append(r"\b(?:" + alternation(conditions) + r")\s+(?:[\w\-’']+\s+){0,5}$")
        self.hypothetical = re.compile("|".join(parts) if parts else r"(?!x)x", re.I)
        # a condition opening the clause, its own comma-clause ended before the event word
        # "one year after entry into force": the span counts from the event word, which is not the date's
        units, counted = language.get("span_units", []), language.get("counted_from", [])
        self.counted = re.compile(r"\b(?:" + alternation(units) + r")\s+(?:" + alternation(counted)
                                  + r")\s+(?:the\s+|its\s+|their\s+)?$" if units and counted else r"(?!x)x", re.I)
        # "..., two years after the pact was signed": a span counted back to another event from the date before it
        ends = language.get("time_offset_ends", [])
        self.counting = re.compile(r"\b(?:" + alternation(units) + r")\s+(?:" + alternation(ends) + r")\b"
                                   if units and ends else r"(?!x)x", re.I)
        self.condition = re.compile(r"\s*(?:" + alternation(conditions) + r")\s+[^,;]{1,80},[^;]*$"
                                    if conditions else r"(?!x)x", re.I)
        endings = language.get("agent_noun_endings", [])
        self.agent = re.compile(r"\w{4}(?:" + alternation(endings) + r")$" if endings else r"(?!x)x", re.I)
        past = language.get("irregular_past", [])
        self.own_verb = re.compile(r"\b(?-i:[a-z]{3,}ed|" + (alternation(past) if past else "(?!x)x") + r")\b")
        conjunctions, auxiliaries = language.get("clause_conjunctions", []), language.get("auxiliaries", [])
        self.own_clause = re.compile(
            r"[,;]\s+(?:" + alternation(conjunctions) + r")\s+(?:[\w\-’']+\s+){0,4}?(?-i:(?:"
            + alternation(auxiliaries) + r")|[a-z]{3,}ed|" + (alternation(past) if past else "(?!x)x") + r")\b"
            if conjunctions and auxiliaries else r"(?!x)x")
        subordinators = language.get("subordinators", [])
        self.subordinate = re.compile(r"[^,;]*[,;]\s+(?:" + alternation(subordinators) + r")\b" if subordinators
                                      else r"(?!x)x")
        self.effects = {str(k).lower(): v for k, v in language.get("effect_subjects", {}).items()}
        # "Aldoria's withdrawal from the pact took effect", "the exit of Aldoria from the Accord came into force":
        # the noun's own phrases ("of X", "from the Y") stand between it and the effect
        links = language.get("effect_links", [])
        own = (r"(?:\s+(?:" + alternation(links) + r")\s+(?:the\s+)?[\w’'\-]+(?:\s+[A-Z][\w’'\-]*){0,4}){0,2}"
               if links else "")
        self.effect_subject = re.compile(r"\b(" + alternation(list(self.effects)) + r")" + own
                                         + r"\s+(?:\w+\s+){0,1}$", re.I) if self.effects else None

    def counting_clause(self, sentence: str, at: int) -> tuple[int, int] | None:
        """Where a clause after ``at`` that counts a span to another event ("two years after the pact was
        signed") begins and ends, or None: its event words date that other event, not the date before it."""
        m = self.counting.search(sentence, at)
        if m is None:
            return None
        ends = [i for i in (sentence.find(",", m.end()), sentence.find(";", m.end())) if i >= 0]
        return m.start(), min(ends) if ends else len(sentence)

    def of(self, sentence: str, date: DateMatch, negated: str, trigger: str | None) -> str:
        """The words that deny what ``date`` dates ("did not sign"), or "".

        The event word's own denial, or, with no event word, a denied verb
        in the date's clause before it ("did not join in 1962").  A bound
        that makes the date the day it did happen ("not until 1962") lifts it.
        """
        if self.lifted.search(sentence, max(0, date.start - 12), date.start):
            return ""
        if negated or trigger:
            return negated
        start = _clause_start(sentence, date.start)
        m = self.in_clause.search(sentence, start, date.start)
        return " ".join(sentence[m.start():date.start].split()[:3]) if m else ""

    def effect_of(self, sentence: str, match: re.Match[str], predicate: str) -> str | None:
        """"a withdrawal takes effect", "the ban came into force": the predicate the effect belongs to, if another."""
        if predicate != "entered into force" or self.effect_subject is None:
            return None
        m = self.effect_subject.search(sentence, max(0, match.start() - 90), match.start())
        if m is None or not _same_clause(sentence, m.start(), match.start()):
            return None
        if m.group(1)[:1].isupper() and _next_word(sentence, m.end(1))[:1].isupper():
            return None     # "The Withdrawal Agreement entered into force": a name's word, the agreement's own effect
        return self.effects[m.group(1).lower()]


class _EventModifier:
    """An event noun used to modify the noun after it ("a war drum", "the painted meeting hall"), as patterns.

    The event word stands as a noun (a determiner, a possessive or an
    adjective before it, not "to", a helper or a plural subject) and the
    next word is a lower-case noun: not a small word, a verb, an adverb,
    a participle or a word in "-s" that may be a verb ("the war ends").
    A noun that names the event's time ("its renewal date", "the signing
    ceremony") leaves the event.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        keys = ("noun_phrase_ends", "defining_words", "verb_complements", "clause_openers", "auxiliaries",
                "referring_words", "demonstratives", "relative_openers", "copulas", "date_leads", "modal_verbs",
                "future_auxiliaries", "time_offset_words", "irregular_past", "negations", "bare_particles",
                "motion_verbs", "speech_verbs", "object_verbs", "start_verbs", "event_time_nouns")
        small = sorted({w.lower() for key in keys for phrase in language.get(key, []) for w in str(phrase).split()})
        self.verbs = {w.lower() for w in language.get("irregular_past", [])}
        not_small = r"(?!" + alternation(small) + r"(?![\w\-’']))" if small else ""
        # a noun after it: lower case, not a verb in "-ed" or "-s", an adverb or a participle
        self.after = re.compile(r" " + not_small + r"[a-z][a-z\-]*(?<!ed)(?<!ly)(?<!ing)(?<![^s]s)(?![\w\-’'])")
        # a noun before it: a determiner or a possessive, or a word of its noun phrase ("ceremonial", "35-metre")
        self.before = re.compile(r"(?:(?<![\w’'\-])(?:[Tt]he|an?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|[\w\-]+['’]s|"
                                 r"(?<![\w’'\-])" + not_small + r"[a-z\d][\w\-]*(?<![^s]s))\s+$")

    def modifies(self, sentence: str, match: re.Match[str]) -> bool:
        word = match.group(0).lower().split()[0]      # "took effect": a verb phrase, not a noun
        if word.endswith("ed") or word in self.verbs or not self.after.match(sentence, match.end()):
            return False
        return self.before.search(sentence, max(0, match.start() - 40), match.start()) is not None


def _clause_start(sentence: str, at: int) -> int:
    return max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at), -1) + 1


def _same_clause(sentence: str, a: int, b: int) -> bool:
    """Whether no comma or semicolon stands between positions ``a`` and ``b``."""
    lo, hi = sorted((a, b))
    return "," not in sentence[lo:hi] and ";" not in sentence[lo:hi]


def _next_word(sentence: str, at: int) -> str:
    m = _NEXT_WORD.match(sentence, at)
    return m.group(1) if m else ""


_NEXT_WORD = re.compile(r"\s+([\w\-]+)")


def _agreement_noun_set(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.agreement_nouns)


_NAME_RUNS_ON = re.compile(r"\s+[A-Z][a-z]")


def _in_name(sentence: str, match: re.Match[str]) -> bool:
    """"the draft Exit Protocol": a capitalised event word next to another capital is part of a name."""
    if not match.group(0)[:1].isupper():
        return False
    before = re.search(r"(?<![\w’'\-])(?!(?:The|A|An)\s)[A-Z][\w’'\-]*\s+$", sentence[:match.start()])
    after = re.match(r"\s+(?:of\s+(?:the\s+)?)?[A-Z]", sentence[match.end():])
    return bool(before or after)


def _named_year(sentence: str, date: DateMatch, lexicon: Lexicon) -> str | None:
    """"the Treaty of 1903": a year in an agreement's name is the year it was made."""
    if date.precision != "year":
        return None
    m = re.search(r"\b(" + lexicon.agreement_noun_re + r")\s+of\s+$", sentence[:date.start], re.I)
    return m.group(0).strip() if m else None


def _name_date(sentence: str, date: DateMatch, lexicon: Lexicon) -> str | None:
    """"the Peace of Augsburg of 1555", "the Treaty of London of 16 June 1373": a date right after an
    agreement's name of places, with "of", is the date it was made, whatever verb the sentence has."""
    m = lexicon.cached("name_date", lambda lx: re.compile(
        r"\b(?:" + lx.agreement_noun_re + "|" + alternation([str(h) for h in lx.data["predicates"].get(
            "agreement_heads_before_of", [])] or ["(?!x)x"]) + r")\s+of\s+(?:[A-Z][\w’'\-]*\s+){1,3}of\s+$")).search(
        sentence, max(0, date.start - 80), date.start)
    return m.group(0).strip() if m else None


def _vote(sentence: str, date: DateMatch, predicate: str, lexicon: Lexicon) -> str | None:
    """"approved by the Senate", "approved in a referendum": one party's vote, not the agreement's adoption."""
    entry = next((e for e in lexicon.predicates if e["predicate"] == predicate), None)
    if entry is None or not entry.get("by_vote"):
        return None
    pattern = lexicon.cached("vote_bodies", _VoteBodies).pattern
    if pattern is None:
        return None
    start, end = _clause_of(sentence, date)
    m = pattern.search(sentence, start, end)
    if not m and _ADVERBIAL_CLAUSE.match(sentence, start, date.start):
        # "The Bundestag approved the treaty, with its preamble, in May 1963": the date's phrase between
        # commas is the clause before's, whose subject voted
        m = pattern.search(sentence, 0, end)
    if not m:
        return None
    how = "by" if m.group("by") else "in"
    body = re.sub(r"^(?:The|Its|Their|An?)\b", lambda d: d.group(0).lower(), " ".join(m.group(how).split()))
    return f"{entry['by_vote']} {how} {body}"


def _owned_body(predicate: str, article: Article, sides: SideIndex, owners: dict[str, str]) -> str:
    """"approved by the Senate" -> "approved by the U.S. Senate" when the article writes the body with one
    side's name before it ("the U.S. Senate ratified ...") and with no other side's."""
    m = _BY_THE_BODY.fullmatch(predicate)
    if m is None:
        return predicate
    body = m.group(2)
    if body not in owners:
        found = set()
        for paragraph in article.paragraphs:
            if body in paragraph:
                for o in re.finditer(r"(?<![\w.’'\-])((?:[A-Z][\w.’'\-]*\s+){1,3})" + re.escape(body) + r"\b", paragraph):
                    owner = o.group(1).strip()
                    mentions = sides.mentions(owner)
                    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(owner):
                        found.add(owner)
        owners[body] = found.pop() if len(found) == 1 else ""
    return f"{m.group(1)}the {owners[body]} {body}" if owners[body] else predicate


_BY_THE_BODY = re.compile(r"(.+ by )the ([A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})")
_CONTRARY_CLAUSE = re.compile(r"(?:,\s*(?:but|while|whereas|yet)|;)\s")
_ADVERBIAL_CLAUSE = re.compile(r"\s*(?:in|on|at|by)\s+$")


class _VoteBodies:
    """The bodies and votes of ``predicates.yaml`` `votes`, as one pattern."""

    def __init__(self, lexicon: Lexicon) -> None:
        votes = lexicon.data["predicates"].get("votes", {})
        alts = []
        for how, det in (("by", r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?"), ("in", r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+")):
            words = votes.get(how, [])
            if words:
                alts.append(r"(?P<" + how + r">" + det + r"(?:(?!(?:The|Its|Their|An?)\s)(?:[A-Z][\w.\-]*|national|federal|upper|lower)\s+){0,2}"
                            + r"(?:" + alternation(words) + r"))(?![\w\-])")
        self.pattern = None
        if alts:
            self.pattern = re.compile(r"(?<![\w\-])(?:" + "|".join(alts) + r")")


def _about_agreement(sentence: str, date: DateMatch, predicate: str, named, agreements: Agreements,
                     lexicon: Lexicon) -> bool:
    """Is the date about an agreement named or referred to in this sentence?

    Yes when the agreement stands in the date's own clause ("the 1994 accord",
    "signed the accord in 1994"), or when the event is one that happens to
    agreements (signed, expired, ...) and the sentence speaks of one.
    """
    clause = _clause_of(sentence, date)
    if any(clause[0] <= m.start < clause[1] for m in named):
        return True
    if not named and clause[0] == 0 and predicate in _agreement_predicates(lexicon) \
            and agreements.participle_subject(sentence):
        return True         # "Signed on 21 July 1718 by ...": the agreement the sentence before named
    # "the mayor restored it in 1977": an "it" after a verb makes the date the agreement's only for an
    # agreement's event or a vote on it ("approved by the Senate")
    own = predicate in _agreement_predicates(lexicon) or predicate not in {e["predicate"] for e in lexicon.predicates} | {"event"}
    if agreements.referred(sentence[clause[0]:clause[1]], pronouns=own):
        return True
    # "The Treaty of Velm, signed in 1990, ... when it entered into force in 1992": the "it" of a later
    # clause is the agreement the sentence opens with, when it is the only one named before the date
    before = [m for m in named if m.start < clause[0]]
    if (len(before) == 1 and before == named[:1] and agreements.reference(sentence[clause[0]:clause[1]], pronouns=own)
            and agreements.opening_topic(sentence, named) == before[0].name):
        return True
    if predicate in _agreement_predicates(lexicon) or _vote_predicate(predicate, lexicon):
        # "the war ended on D, two years after the pact was signed": an agreement named only in the
        # clause counted from D is not what ended
        counting = lexicon.cached("negations", _Negations).counting_clause(sentence, date.end)
        if counting:
            named = [m for m in named if not counting[0] <= m.start < counting[1]]
            sentence = sentence[:counting[0]] + sentence[counting[1]:]
        if named:
            return True
        # "That second stage, signed on D, added X, but Velmora kept its law": a clause the date's does not
        # reach ("but", "while", a semicolon) has its own subject, and its "its" is that subject's
        turn = _CONTRARY_CLAUSE.search(sentence, date.end)
        return bool(agreements.referred(sentence[:turn.start()] if turn else sentence))
    return False


def _unnamed_own_agreement(sentence: str, date: DateMatch, trigger: str | None, named, agreements: Agreements,
                           lexicon: Lexicon) -> bool:
    """"Velmland, which had signed a pact of friendship with Marnia in 1931": the date is another agreement's.

    In the date's own clause the event word's object is an unnamed agreement
    ("a pact", "an accord"), or the event word is a pluperfect ("had signed")
    while the clause neither names nor refers back to an agreement: an
    earlier event, not the named (or the article's) agreement's.
    """
    if not trigger:
        return False
    start, end = _clause_of(sentence, date)
    at = sentence.rfind(trigger, start, date.start)
    if at < 0:
        # "on 4 May 1907, it signed a convention with Britain": the event word after the date, and its object
        at = sentence.find(trigger, date.end, end if end > date.end else len(sentence))
        if at < 0 or not re.fullmatch(r",?\s*(?:[a-z]+\s+){0,2}", sentence[date.end:at]):
            return False
        words = sentence[at + len(trigger):].split()[:5]
        nouns = {n.lower() for n in lexicon.agreement_nouns}
        return bool(words) and words[0].lower() in ("a", "an") and any(w.rstrip(",;.") in nouns for w in words[1:])
    words = sentence[at + len(trigger):date.start].split()[:5]
    if words and words[0].lower() in ("a", "an"):
        nouns = {n.lower() for n in lexicon.agreement_nouns}
        if any(w.rstrip(",;") in nouns for w in words[1:]):
            return True
    if not re.search(r"\bhad\s+(?:[a-z]+\s+)?$", sentence[start:at]):
        return False
    if any(m.end <= start <= m.end + 12 for m in named):
        return False    # "the Velmar Accord, which Aldoria had signed in 1931": the named one's
    clause = sentence[start:end]
    return not any(start <= m.start < end for m in named) and not agreements.reference(clause, True)


# ", the Velm Accord", " known as the Velm Accord": a name given to the agreement just described
_APPOSED_NAME = re.compile(r"(?:,\s*|\s+(?:called|named|known\s+as)\s+)(?:the\s+)?")


def _names_unnamed(sentence: str, end: int, start: int) -> bool:
    """Whether a name at ``start`` is the one of the agreement described up to ``end`` ("a new accord, the X")."""
    return start >= end and _APPOSED_NAME.fullmatch(sentence, end, start) is not None


def _vote_predicate(predicate: str, lexicon: Lexicon) -> bool:
    """Whether ``predicate`` is a vote on an agreement ("approved by Parliament"), an agreement's event as its adoption is."""
    verbs = lexicon.cached("vote_verbs", lambda lx: tuple(
        f"{entry['by_vote']} {how} " for entry in lx.predicates if entry.get("by_vote") for how in ("by", "in")))
    return predicate.startswith(verbs)


def _agreement_predicates(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.cached("agreement_predicates", lambda lx: frozenset(
        entry["predicate"] for entry in lx.predicates if entry.get("agreement")))


def _clause_of(sentence: str, date: DateMatch) -> tuple[int, int]:
    """Character range of the comma- or semicolon-delimited clause holding ``date``."""
    start = max(sentence.rfind(",", 0, date.start), sentence.rfind(";", 0, date.start), -1) + 1
    ends = [i for i in (sentence.find(",", date.end), sentence.find(";", date.end)) if i >= 0]
    return start, min(ends) if ends else len(sentence)


def _names_noun(text: str, named, noun: str) -> bool:
    """Whether an agreement ``text`` names ends in ``noun`` ("the Velm Protocol" for "protocol")."""
    return any(text[m.start:m.end].lower().rstrip("s").endswith(noun.lower().rstrip("s")) for m in named)


_INDEFINITE_BEFORE = re.compile(r"(?<![\w\-])(?:[Aa]n?|[Aa]nother)\s+$")
_SPOKEN_DAY = re.compile(r"(?:[Tt]he\s+)?[\w\-]+\s+of\s")


def _modified_noun(sentence: str, date: DateMatch, lexicon: Lexicon) -> str | None:
    """"the 1987 agreement", "a 2034 trade fair in Velmora": the phrase the date modifies."""
    if _SPOKEN_DAY.match(date.text):
        return None     # "on the fourth of May 1901 that ...": the "the" is the spoken day's own
    det = re.search(r"\b(the|a|an|its|their)\s+$", sentence[:date.start], re.I)
    m = re.match(r"\s+((?:[a-z][\w\-]*)(?:\s+[a-z][\w\-]*){0,2})", sentence[date.end:])
    if not (m and det):
        return None
    nouns = {n.lower() for n in lexicon.agreement_nouns}
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        if words[n - 1].lower() in nouns:
            return phrase
        for pattern, _entry in lexicon.predicate_patterns:
            hit = pattern.search(phrase)
            if hit and hit.end() == len(phrase):
                return phrase
    return None


class _TitleYear:
    """A law's capitalised noun right before a year ("Act 2010", "Law 1987"), from ``domestic_instrument_nouns``."""

    def __init__(self, lexicon: Lexicon) -> None:
        nouns = [n for n in lexicon.data["predicates"].get("domestic_instrument_nouns", []) if n[:1].isupper()]
        self.before = re.compile(r"\b[A-Z][\w\-]*\s+(?:" + alternation(nouns) + r")\s+$") if nouns else re.compile(r"(?!x)x")
        self.gate = WordGate(nouns or ["\x00"])     # most sentences name no law: ruled out before any pattern


_DURING = re.compile(r"\b[Dd]uring\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w\-]+\s+){0,3}$")


def _during(sentence: str, date: DateMatch, trigger: str) -> bool:
    """"On 28 May 2008, during the Velm conference, the minister announced ...": the date falls inside the
    event "during" names, whose own date it is not."""
    at = sentence.find(trigger, max(0, date.start - 80))
    while at >= 0 and at < date.end + 60:
        during = _DURING.search(sentence, max(0, at - 40), at)
        if during and not during.start() <= date.start < at:
            return True     # ("during a 2018 press conference": the year inside the phrase is the event's own)
        at = sentence.find(trigger, at + 1)
    return False


def _setting_re(lexicon: Lexicon) -> re.Pattern[str]:
    """"During the Salt War, ": a setting phrase opening a sentence, up to its comma (made once per lexicon)."""
    words = lexicon.language.get("setting_prepositions", [])
    return re.compile(r"(?:" + alternation(words) + r")\s+(?P<phrase>[^,;:()]+),\s" if words else r"(?!x)x")


def _period_openers(lexicon: Lexicon) -> frozenset[str]:
    """The events that open a period (``until_is_end``): a date "until" which it lasts is its end."""
    return lexicon.cached("period_openers", lambda lx: frozenset(
        e["predicate"] for e in lx.predicates if e.get("until_is_end")))


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+(?:the\s+)?$")


def _still_going(sentence: str, date: DateMatch, trigger: str) -> bool:
    """"On D, with the Salt War still raging, delegates met": the war goes on around the date; what D
    dates is the clause's own verb."""
    for m in _STILL_GOING.finditer(sentence):
        if not m.start() <= date.start < m.end() and (trigger in m.group("phrase") or trigger == m.group("going")):
            return True     # (... or "with delegates still negotiating": the going-on itself)
    return False


# "with the Salt War still raging", "while the war was still going on", "with talks still under way"
_STILL_GOING = re.compile(r"\b(?:with|while)\s+(?P<phrase>[^,;()]{1,60}?)\s+(?:(?:was|were)\s+)?still\s+"
                          r"(?P<going>[a-z]+ing|going\s+on|under\s*way|in\s+progress|on)\b")


def _in_setting(sentence: str, date: DateMatch, trigger: str, lexicon: Lexicon) -> bool:
    """Whether the event word ``trigger`` is in a setting phrase opening ``sentence`` and ``date`` is after it.

    "In the Salt War, Marnia stayed neutral, yet on 4 May 1790 ..." dates what
    the clause after the setting does, not the war; "In the Salt War of 1790, ..."
    writes the war's own date inside the phrase.
    """
    m = lexicon.cached("setting_phrase", _setting_re).match(sentence)
    if m is None or date.start < m.end():
        return False
    return re.search(r"(?<![\w\-])" + re.escape(trigger) + r"(?![\w\-])", m.group("phrase")) is not None \
        and re.search(r"(?<![\w\-])" + re.escape(trigger) + r"(?![\w\-])", sentence[m.end():]) is None


# the end of a noun that names an event: "signing", "summit", "Conference", "war"
_EVENT_NOUN_END = re.compile(r"(?i:ion|ment|al|ing|summit|conference|congress|war|crisis|conflict)s?$")
# a sentence whose subject is an event ("The Yalta Conference", "The Congress of Velm") before its verb,
# perhaps after "was"/"were": where ``noun`` ends the verb follows
_EVENT_SUBJECT = re.compile(r"(?:The\s+)?(?:(?!(?:A|An|Another)\b)[A-Z][\w\-]*\s+){0,3}(?P<noun>[A-Za-z]*(?i:summit|conference|congress))s?"
                            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?"
                            r"\s+(?:(?:was|were|had\s+been|has\s+been|is)\s+)?(?:first\s+|finally\s+|formally\s+)?")
# "a" and a lower-case word ("a third"), or "another", right before a noun (perhaps after one more word)
_INDEFINITE_PHRASE_BEFORE = re.compile(r"(?<![\w’'\-])(?:[Aa]n?(?:\s+([a-z][\w\-]*))?|([Aa]nother))\s+"
                                       r"(?:[a-z][\w\-]*\s+)?$")


# "at a meeting convened by ...": a phrase after a preposition is no subject, and its participle no verb of its own
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|on|with|by|to|from|of|for|during|after|before|into|under|over)\s+$", re.I)
_PLACE_AFTER_VERB = re.compile(r"(?:\s+[a-z]+)?\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


def _verb_next(sentence: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the word after ``at`` is a verb in the past or a helper: the phrase before it is its subject, with
    nothing after it ("in Velm", "of 1990") to say which one."""
    m = re.match(r"\s+([a-z]+)\b", sentence[at:])
    if m is None:
        return False
    word = m.group(1)
    if _PLACE_AFTER_VERB.match(sentence, at + m.end()):
        return False            # "a peace conference opened in Tartu": the place says which one
    return word.endswith("ed") or word in _language_words(lexicon, "irregular_past", "auxiliaries")


def _event_phrase(sentence: str, date: DateMatch, trigger: str | None, lexicon: Lexicon,
                  agreement_event: bool = False) -> str | None:
    """A noun phrase naming the event, e.g. "Aldoria's seizure of Port Vell".

    ``agreement_event``: the trigger is an agreement's event ("A further extension was agreed"), which the
    agreement it is said of names."""
    if not trigger:
        return None
    if not _EVENT_NOUN_END.search(trigger):
        # "The Yalta Conference was held in February 1945": a verb dates the event its subject names
        subject = _EVENT_SUBJECT.match(sentence)
        if subject and sentence.find(trigger, subject.end("noun")) == subject.end():
            trigger = subject.group("noun")
    verbs = lexicon.language.get("irregular_past", [])
    stop = r"(?!(?:in|on|at|to|by|for|from|with|and|or|as|that|which|who|was|were|is|are)\b)"
    # "of Tessaly", "of the Verdant Isles": a name goes on only in names ("... of Tessaly began" stops at Tessaly);
    # "of military aid": common words, but not a past-tense verb
    common = stop + r"(?![\w\-]*ed\b" + "".join(r"|" + re.escape(v) + r"\b" for v in verbs) + r")[a-z][\w\-]*"
    # "of the first Diet": common words may go on into a name after them
    complement = (r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}|" + common + r"(?:\s+" + common + r"){0,2}"
                  r"(?:\s+(?!(?:The|A|An)\b)[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?)")
    # ("the Philippine–American War": a name's words joined by a dash are one of its words)
    m = re.search(r"((?:[A-Z][\w.\-]*['’]s\s+|(?:(?!(?:The|A|An|Another)\b)[A-Z][\w\-]+(?:[–—][A-Z][\w\-]+)*\s+)"
                  r"{1,3})?" + re.escape(trigger)
                  + r"(?:\s+of\s+(?:the\s+)?" + complement + r")?)", sentence)
    if not m or not _EVENT_NOUN_END.search(trigger):
        return None
    phrase = m.group(1)
    if phrase[:1].islower():
        one_of = _INDEFINITE_PHRASE_BEFORE.search(sentence, max(0, m.start(1) - 40), m.start(1))
        if one_of and (one_of.group(2) or one_of.group(1) in lexicon.language.get("ordinal_words", [])):
            return None             # "A third conference was planned for 1915": one of a series the question leaves out
        if one_of and not agreement_event and not _PREPOSITION_BEFORE.search(sentence, 0, one_of.start()) \
                and _verb_next(sentence, m.end(1), lexicon):
            return None             # "a peace meeting began", "a new war broke out": one the sentence does not name
    months = lexicon.language.get("months", [])
    if months and phrase.endswith(tuple(months)) and re.match(r"\s+\d", sentence[m.end(1):]):
        # "the Velm summit of May 1921": a date is no word of the name; its "of" goes with it
        phrase = re.sub(r"\s+(?:of|in|on)\s+\w+$", "", phrase)
        if not phrase.endswith(trigger):
            return None
    if phrase.rsplit(None, 1)[-1].lower() in not_last_words(lexicon):
        return None                 # "the meeting of the first": cut before its noun, no name
    if re.match(r"[A-Z][\w.\-]*['’]s\s", phrase):
        return phrase               # "Aldoria's seizure of Port Vell"
    return "the " + phrase          # "the Salt Marsh War", "the suspension of grain sales"


def _agreement_phrase(text: str, lexicon: Lexicon) -> str:
    """"concluded an overdue agreement on forestry": the agreement the sentence speaks of."""
    words = lexicon.agreement_nouns + lexicon.data["predicates"]["party_heads"]
    nouns = "|".join(re.escape(n.lower()) for n in sorted(set(words), key=len, reverse=True))
    # "talks on the Aldoria–Velcon trade pact": a name joined by a dash, and the lower-case agreement phrase
    # it opens, are one; cut at the dash or before the noun, "talks on the Aldoria" asks about a side
    agreement = "|".join(re.escape(n.lower()) for n in sorted(set(lexicon.agreement_nouns), key=len, reverse=True))
    m = re.search(r"\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts)\s+((?:[\w\-]+\s+){0,3}?(?:" + nouns + r"))\b"
                  r"((?:\s+(?:on|of)\s+(?:the\s+)?[\w\-]+(?:[–—][\w\-]+)*(?:\s+[A-Z][\w\-]*(?:[–—][\w\-]+)*)*"
                  r"(?:(?:\s+(?!(?:and|or|the|of|on|to|in|for|with|by|at|as)\b)[a-z][\w\-]*){0,2}?\s+(?:" + agreement
                  + r")\b(?![\-’']))?))?", text[:120])
    if not m:
        return ""
    return "the " + m.group(1) + (m.group(2) or "")


def _named_agreement(text: str, lexicon: Lexicon) -> str:
    """"The second accord was the Velmora Compact, signed ... by": the name a described agreement is given.

    A phrase like "the second accord" only places the agreement in the
    article's order; the name after "was" says which one it is.
    """
    m = lexicon.cached("named_agreement", _NamedAgreement).pattern.search(text[:160])
    return (m.group(1) or "") + m.group(2) if m else ""


class _NamedAgreement:
    """"the … accord was (the) Name": agreement nouns and copulas as one pattern, made once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        nouns = alternation(sorted({n.lower() for n in lexicon.agreement_nouns + lexicon.data["predicates"]["party_heads"]}))
        copulas = alternation(lexicon.language.get("copulas", []) or ["is", "was"])
        # "the Velmora Compact", not "Velmora's" (a possessive names no agreement)
        name = r"[A-Z][\w\-]*(?:\s+(?:(?:of|on|for|de|la|the)\s+)*[A-Z][\w\-]*)*(?![\w’'\-])"
        self.pattern = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?(?:" + nouns
                                  + r")\s+(?:" + copulas + r")\s+(the\s+)?(" + name + r")")


def _head_phrase(sentence: str, start: int) -> str:
    """The noun phrase before "between": "a phone conversation"."""
    before = sentence[:start]
    m = re.search(r"((?:\w[\w\-]*\s+){0,3}\w+)\s+(?:between|among|involving|(?:signed|concluded|negotiated|ratified|agreed)\s+(?:\w+\s+)?by)\s*$", before)
    if not m:
        return ""
    auxiliaries = {"a", "an", "the", "in", "of", "was", "were", "is", "are", "has", "have", "had", "been", "be", "being"}
    words = m.group(1).split()
    while words and words[0].lower() in auxiliaries:
        words = words[1:]
    if any(w.lower() in _VERB_WORDS for w in words):
        return ""       # "the line to be agreed between ...": a clause, no meeting's or agreement's name
    words = [w for w in words if w.lower() not in auxiliaries]
    if m.start() == 0 and words and not words[0].isupper():
        words[0] = words[0].lower()     # "Talks among ...": a capital only because it opens the sentence
    phrase = " ".join(words[-3:])
    return "the " + phrase if phrase and _named_subject(phrase) else ""


# a verb or an infinitive's "to" inside the words before "between": a clause, not a noun phrase
_VERB_WORDS = frozenset({"was", "were", "is", "are", "be", "been", "being", "to", "will", "would", "should", "must"})
# what no name opens with after "the": "the and Eastern Populations" was cut inside a name
_CUT_NAME = re.compile(r"(?:and|or|of|to|in|on|for|by|with|at|from|as|than|but|nor|between|among)\b", re.I)


def _named_subject(phrase: str) -> bool:
    """Whether ``phrase`` (after "the") may name a meeting or an agreement: it opens with no function word."""
    return not _CUT_NAME.match(phrase)
