"""Facts in, candidate questions out: wording, distractors and quality checks.

Every question id is its fact's id plus the question type, so a question
keeps its id as long as the fact it asks about is stated in the article.
Distractors come from facts of the same kind elsewhere in the corpus first,
then from nearby values (years near the true one, ranges of the same unit).
Every question carries the checks of ``checks.py`` on its wording, and
here the ones that need its fact (a count the sentence spells out, a date
another date of the sentence works out).  Nothing here reads or writes files.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
import math
import random
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence

from .extract.agreements import generic_title
from .extract.dates import DATELINE, date_sort_key, find_dates, format_date, month_table
from .extract.lexicon import Lexicon, alternation, not_last_words, one_side_acts
from .extract.quantities import display_number
from .extract.sides import SideIndex, SideWords
from .checks import _names_agreement_re, blank_before_noun, blank_only_complement, first_person_word, opening_part, quality_reasons, reference_reasons, states_nothing, unanchored_noun, without_quotes, words_re
from .model import BLANK, ITEM_MARK, Article, Fact, Question

CHOICES = 4


def generate_questions(articles: Sequence[Article], facts: dict[str, list[Fact]],
                       lexicon: Lexicon, pool: "Pool | None" = None) -> dict[str, list[Question]]:
    """Return the candidate questions for each article slug, in fact order.

    Distractors are drawn from ``pool``, by default made of all of ``facts``.
    """
    pool = pool or Pool(f for slug in facts for f in facts[slug])
    titles = {a.slug: a.title for a in articles}
    out: dict[str, list[Question]] = {}
    for article in articles:
        questions: list[Question] = []
        # the positions each sentence states: a side set against another there is a fair wrong answer
        stated: dict[str, list[Fact]] = {}
        # the sides that take part: they hold a position or are a party; a place only named is no fair choice
        actors: set[str] = set()
        # the person who speaks for each side in the article ("Brandt insisted ..."), first one first
        people: dict[str, str] = {}
        for fact in facts.get(article.slug, []):
            if fact.kind == "position":
                stated.setdefault(fact.sentence, []).append(fact)
                actors.update([fact.value, *fact.extra.get("joint", [])])
                if fact.extra.get("person"):
                    people.setdefault(fact.value, fact.subject)
            elif fact.kind == "parties":
                actors.update(fact.extra.get("sides", []))
        for fact in facts.get(article.slug, []):
            questions.extend(questions_for(fact, pool, lexicon, titles[article.slug],
                                           stated.get(fact.sentence, ()) if fact.kind == "position" else (),
                                           actors, people))
        # "When did X enter into force?" while the article dates X entering into force twice
        others = _other_dates(facts.get(article.slug, []), lexicon.cached("law_heads", _law_heads))
        seconds = {f.id: f.extra["calendar_twin"] for f in facts.get(article.slug, [])
                   if f.kind == "date" and f.extra.get("calendar_second")}
        glossed = _glossed_elsewhere(facts.get(article.slug, []), others, lexicon) if others else {}
        finer = _finer_dates(facts.get(article.slug, []), lexicon.cached("law_heads", _law_heads))
        for q in questions:
            other = others.get(q.fact)
            if other and q.type == "short":
                q.checks.append(f"the article gives another date for the same event ({other})")
            elif q.fact in finer and q.type == "short":
                # "signed in February 2019" and, in the notes, "signed on 11 February 2019": one question, the finer
                q.checks.append(f"the article gives the same event's date more exactly ({finer[q.fact]}): "
                                "its question asks it")
            elif other and q.fact in glossed:
                # "the pact (the Velm Pact) was signed on 9 June" while the Velm Pact was signed on 3 May:
                # the gloss may name the wrong agreement, and every question on the fact would teach it
                q.checks.append(f"“{glossed[q.fact]}” may be the wrong agreement: the article gives it "
                                f"another date for the same event ({other})")
            if q.fact in seconds and q.type == "short":
                # one date in two calendars: the first spelling's short asks it, with this one beside its answer
                q.checks.append(f"the same date as {format_date(seconds[q.fact])}, written in another calendar: "
                                "the short question on that spelling asks it")
        # "When were the X extended?" while "a further extension" is dated too: it happened more than once
        again = _repeated_events(facts.get(article.slug, []), lexicon.language.get("relational_nouns", []))
        for q in questions:
            if q.type == "short" and q.fact in again and q.fact not in others:
                q.checks.append(f"“{again[q.fact][0]}” happened more than once in the article (also {again[q.fact][1]}): "
                                "the question has several answers")
        _hold_back_spans_between_dates(questions, facts.get(article.slug, []))
        _hold_back_closed_parties(questions, facts.get(article.slug, []), article, lexicon)
        _hold_back_parties_of_namesakes(questions, facts.get(article.slug, []))
        _hold_back_repeats(questions)
        _hold_back_opposite_statements(questions)
        out[article.slug] = questions
    return out


# days in a unit of time, and how far off a span written in it may be from the dates' distance
_SPAN_UNITS = {"days": (1, 1), "weeks": (7, 0.5), "months": (30.44, 0.5), "years": (365.25, 0.5)}
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _hold_back_spans_between_dates(questions: Sequence[Question], facts: Sequence[Fact]) -> None:
    """A span that is the distance between two dates of its own sentence gives itself away.

    "Talks opened on 2 March and the pact was signed on 16 March 1990, after
    [[two weeks]] of talks": the student counts the days between the printed
    dates, and a changed span ("five weeks") is false in plain sight.  A span in
    days, weeks, months or years equal to that distance, within its unit's
    rounding (two years of bare years exactly), holds its cloze, mcq and tf.
    """
    spans = [f for f in facts if f.kind == "quantity" and f.extra.get("unit") in _SPAN_UNITS]
    if not spans:
        return
    counted: dict[str, str] = {}
    for span in spans:
        dates = [f for f in facts if f.kind == "date" and f.sentence == span.sentence
                 and (_FULL_DATE.fullmatch(f.value) or re.fullmatch(r"\d{4}", f.value))]
        days, slack = _SPAN_UNITS[span.extra["unit"]]
        n = span.extra.get("low")
        if n is None or len(dates) < 2:
            continue
        for i, one in enumerate(dates):
            for other in dates[i + 1:]:
                if _FULL_DATE.fullmatch(one.value) and _FULL_DATE.fullmatch(other.value):
                    try:
                        apart = abs((dt.date.fromisoformat(one.value)
                                     - dt.date.fromisoformat(other.value)).days) / days
                    except ValueError:
                        continue
                    near = abs(apart - n) <= slack
                elif len(one.value) == len(other.value) == 4 and span.extra["unit"] == "years":
                    near = abs(int(one.value) - int(other.value)) == n
                else:
                    near = False
                if near and span.id not in counted:
                    counted[span.id] = f"“{one.text}” and “{other.text}”"
    for q in questions:
        if q.fact in counted and q.type in ("cloze", "mcq", "tf"):
            q.checks.append(f"the sentence gives the answer away: it is the time between two of its dates "
                            f"({counted[q.fact]})")


def _hold_back_closed_parties(questions: Sequence[Question], facts: Sequence[Fact], article: Article,
                              lexicon: Lexicon) -> None:
    """"Who are the parties to X?" answered with one sentence's signatories, while the article says more joined.

    "Marnia and Aldoria signed the Velm Accord in 1950" gives its parties on that
    day; "Bolivia acceded in 1961" or "the accord now has 12 parties" elsewhere in
    the article makes the list no answer to the question as worded.
    """
    words = lexicon.language.get("later_party_words", [])
    asked = [q for q in questions if q.kind == "parties" and q.question.startswith("Who are the parties to")]
    if not words or not asked:
        return
    by_id = {f.id: f for f in facts}
    later = re.compile(r"\b(?:" + alternation(words) + r")\b", re.I)
    counted = {n.lower() for n in lexicon.data["units"].get("count_most", {})}
    for q in asked:
        fact = by_id.get(q.fact)
        if fact is None:
            continue
        rest = " ".join(p for p in article.paragraphs).replace(fact.sentence, " ")
        more = any(f.kind == "quantity" and str(f.extra.get("unit", "")).lower() in counted
                   and f.sentence != fact.sentence and f.extra.get("low", 0) > len(fact.extra.get("sides", []))
                   for f in facts)
        if more or later.search(rest):
            q.checks.append("the article says the parties changed after this sentence (others joined later, "
                            "or it gives another count): the list answers who signed, not who the parties are")


def _hold_back_repeats(questions: Sequence[Question]) -> None:
    """One ready question per wording: a sentence with three facts gives three identical true statements.

    The first ready one of each wording and answer stays ready; the others
    say which question already asks it.
    """
    first: dict[tuple[str, str, str], str] = {}
    for q in questions:
        if q.checks:
            continue
        key = (q.type, " ".join(q.question.split()), q.answer)
        if key in first:
            q.checks.append(f"{first[key]} asks the same in the same words")
        else:
            first[key] = q.id


def _bracket_year_written_again(fact: Fact, sentence: str, start: int, end: int) -> bool:
    """Whether the fact is a year in brackets ("Treaty of Velm (1763)") that the sentence writes again
    outside them ("signed on 10 February 1763")."""
    if fact.kind != "date" or not re.fullmatch(r"\d{4}", fact.text) or start < 1:
        return False
    if sentence[start - 1] != "(" or not sentence.startswith(")", end):
        return False
    rest = sentence[:start] + sentence[end:]
    return re.search(r"(?<!\d)" + fact.text + r"(?!\d)", rest) is not None


def _hold_back_parties_of_namesakes(questions: Sequence[Question], facts: Sequence[Fact]) -> None:
    """Parties the article gives one name to more than once, each time other ones ("Treaty of Paris (1763)
    ... Great Britain, France and Spain"; "Treaty of Paris (1783) ... Great Britain and the United States"):
    several agreements share the name, and "Who are the parties to the Treaty of Paris?" has several
    answers, each of them a fair wrong choice of the others'."""
    values: dict[str, set[str]] = {}
    for f in facts:
        if f.kind == "parties":
            values.setdefault(f.subject, set()).add(f.value)
    shared = {subject for subject, found in values.items() if len(found) > 1}
    if not shared:
        return
    kinds = {f.id: f.subject for f in facts if f.kind == "parties" and f.subject in shared}
    for q in questions:
        if q.fact in kinds and q.type in ("short", "mcq"):
            q.checks.append(f"the article gives “{kinds[q.fact]}” other parties too: the name may stand for "
                            "several agreements")


def _hold_back_opposite_statements(questions: Sequence[Question]) -> None:
    """One answer of true/false per sentence: a true copy of a sentence beside a false one gives both away.

    "... signed on 23 August" (true, from one fact) and "... signed on 27 August"
    (false, from another) side by side in a quiz tell each other's answer.
    The first ready one of each sentence stays ready; a later one with the
    other answer says which question it is set against.
    """
    first: dict[str, Question] = {}
    for q in questions:
        if q.type != "tf" or q.checks:
            continue
        key = " ".join(q.sentence.split())
        if key not in first:
            first[key] = q
        elif q.answer != first[key].answer:
            q.checks.append(f"{first[key].id} is {first[key].answer.lower()} of the same sentence: "
                            "the two statements give each other away")
        elif q.answer == "False" and q.question != first[key].question:
            # two changes of one sentence: each prints the true value the other changes
            q.checks.append(f"{first[key].id} changes another value of the same sentence: "
                            "each statement shows what the other changes")


def _repeated_events(facts: Sequence[Fact], events: Sequence[str]) -> dict[str, tuple[str, str]]:
    """For each date fact, its predicate and another date the article gives the same kind of event.

    "The accord was extended on 3 May 1961" and "A further extension was
    agreed on 9 June 1974": "the extension" (an event noun of ``events``)
    names nothing it happened to, so it may be the same agreement's, and
    "When was it extended?" has two answers.  Two events that both name
    what they are about are told apart by ``_other_dates``.
    """
    nouns = {n.lower() for n in events}

    def unnamed_event(f: Fact) -> bool:
        head = f.subject.lower().split()[-1]
        return _anchors(f.subject) == 0 and (head in nouns or head.removesuffix("s") in nouns)

    out: dict[str, tuple[str, str]] = {}
    dated = [f for f in facts if f.kind == "date" and f.subject and f.predicate not in ("", "event")]
    for a in dated:
        for b in dated:
            if (a is not b and a.predicate == b.predicate and _dates_differ(a.value, b.value)
                    and not _same_subject(a.subject, b.subject) and (unnamed_event(a) or unnamed_event(b))):
                out[a.id] = (a.predicate, format_date(b.value))
                break
    return out


def _other_dates(facts: Sequence[Fact], laws: frozenset[str] = frozenset()) -> dict[str, str]:
    """For each date fact, another date the article gives its subject for the same predicate.

    "The protocol entered into force in 1989" and "... the protocol entered
    into force in 2019": a short question about either has two answers.
    Dates that agree ("2021" and "early 2021") are one answer.
    """
    by_predicate: dict[str, list[Fact]] = {}
    for f in facts:
        if f.kind == "date" and f.subject:
            by_predicate.setdefault(f.predicate, []).append(f)
    out: dict[str, str] = {}
    for group in by_predicate.values():
        for a in group:
            for b in group:
                if a.value in (b.extra.get("calendar_twin"), None) or b.value == a.extra.get("calendar_twin"):
                    continue    # "1 May 1700 (12 May in the Gregorian calendar)": one date, two spellings
                if a is not b and _same_subject(a.subject, b.subject, laws) and _dates_differ(a.value, b.value):
                    out[a.id] = format_date(b.value)
                    break
    return out


def _finer_dates(facts: Sequence[Fact], laws: frozenset[str] = frozenset()) -> dict[str, str]:
    """For each date fact, a finer date the article gives its subject for the same predicate that agrees with
    it ("February 2019" and "11 February 2019"), as it is written."""
    out: dict[str, str] = {}
    dated = [f for f in facts if f.kind == "date" and f.subject]
    for a in dated:
        for b in dated:
            if a is not b and a.predicate == b.predicate and b.value.startswith(a.value + "-") \
                    and _same_subject(a.subject, b.subject, laws):
                out[a.id] = format_date(b.value)
                break
    return out


def _glossed_elsewhere(facts: Sequence[Fact], others: dict[str, str], lexicon: Lexicon) -> dict[str, str]:
    """The facts of ``others`` whose subject is a gloss ("the pact (the Velm Pact)") while another
    sentence dates the same event of that agreement otherwise: fact id -> the gloss.  Dates of one
    sentence ("A ratified it in 1990 and B in 1991") are no such clash, nor are events that happen
    once for each party (a ratification) or that are no agreement's own (a vote on it)."""
    once = {e["predicate"] for e in lexicon.predicates if e.get("agreement") and not e.get("per_party")}
    laws = lexicon.cached("law_heads", _law_heads)
    out: dict[str, str] = {}
    for f in facts:
        referent = f.extra.get("referent")
        if f.id not in others or not referent or not _same_subject(f.subject, referent[2], laws) \
                or f.predicate not in once:
            continue
        if any(g.kind == "date" and g.predicate == f.predicate and g.sentence != f.sentence
               and _same_subject(g.subject, f.subject, laws) and _dates_differ(g.value, f.value) for g in facts):
            out[f.id] = referent[2]
    return out


def _same_subject(a: str, b: str, laws: frozenset[str] = frozenset()) -> bool:
    """"the New REEF treaty" and "New REEF", a short title and its full one: the same subject.

    A law named after an agreement ("the Velm Treaty Act"; ``laws`` are such laws' head nouns, in lower
    case) is another instrument than the agreement.
    """
    x, y = (re.sub(r"^the\s+", "", n.lower()).split() for n in (a, b))
    shorter, longer = sorted((x, y), key=len)
    if not shorter or longer[:len(shorter)] != shorter:
        return False
    return not (len(longer) > len(shorter) and longer[-1] in laws)


def _law_heads(lexicon: Lexicon) -> frozenset[str]:
    """The head nouns of one state's laws ("act", "law"), in lower case, from ``domestic_instrument_nouns``."""
    return frozenset(n.lower() for n in lexicon.data["predicates"].get("domestic_instrument_nouns", []))


def _dates_differ(a: str, b: str) -> bool:
    """Whether two date values cannot be one date told more or less precisely."""
    ya, yb = re.search(r"\d{4}", a), re.search(r"\d{4}", b)
    if not (ya and yb):
        return a != b
    if ya.group(0) != yb.group(0):
        return True
    exact = re.compile(r"\d{4}(?:-\d{2}){1,2}")
    if not (exact.fullmatch(a) and exact.fullmatch(b)):
        return False        # "2021" and "early 2021"
    return not (a.startswith(b) or b.startswith(a))


def questions_for(fact: Fact, pool: "Pool", lexicon: Lexicon, title: str,
                  neighbours: Sequence[Fact] = (), actors: Iterable[str] | None = None,
                  people: Mapping[str, str] | None = None) -> list[Question]:
    """The questions one fact supports; each is checked and carries its reasons.

    ``neighbours`` are the positions stated in the fact's own sentence: a
    side holding the opposite stance there is shown not to hold this one.
    ``actors`` are the sides that take part in the article (hold a position
    or are a party); a side question offers others only as a last resort.
    ``people`` are the persons who speak for each side in the article, by side.
    """
    if fact.kind == "position":
        against = _opposed_sides(fact, neighbours, lexicon)
        makers = (functools.partial(_side, against=against, actors=actors),
                  functools.partial(_true_false_side, against=against, people=people or {}))
    else:
        makers = {
            "date": (_cloze, _short_date, _mcq, _true_false),
            "quantity": (_cloze, _mcq, _true_false),
            "range": (_cloze, _mcq, _true_false),
            "parties": (_short_parties, _mcq),
        }[fact.kind]
    out = []
    for make in makers:
        q = make(fact, pool, lexicon)
        if q is None:
            continue
        q.title = title
        q.kind = fact.kind
        q.fact = fact.id
        q.article = fact.article
        q.sentence = fact.sentence
        q.side = fact.side
        q.tags = _tags(fact, q.type)
        out.append(q)
    exercise = _exercise(fact.sentence, lexicon) or _fragment(fact.sentence, lexicon)
    if exercise:
        # "Describe two changes the pact made.": an instruction is neither true nor false
        out = [q for q in out if q.type != "tf"]
        for q in out:
            q.checks.append(exercise)
    scene = _date_bound(fact, lexicon.language) if fact.kind == "date" else ""
    if scene and scene.lower() in {w.lower() for w in lexicon.language.get("date_bounds_scene", [])} \
            and _SCENE_OPENING.search(fact.sentence[:fact.extra.get("offset", 0)]):
        # "By the summer of 1961 both armies were tired": the time by which a state held, no event's date
        for q in out:
            q.checks.append(f"“{scene} …” sets the scene: it gives a time by which something held, "
                            "not when it happened")
    listed = _list_line(fact.sentence, lexicon) if fact.kind in ("date", "quantity", "range") else ""
    for q in out if listed else ():
        # "11 May 1950 – Treaty signed": a note in a dated list; every question printing it is held alike
        # (a short question asks the fact in words of its own)
        if q.type in ("cloze", "mcq", "tf"):
            q.checks.append(f"“{listed} …” opens a line of a dated list, not a sentence")
    if fact.kind == "position":
        doubt = fact.extra.get("pronoun_doubt")
        if doubt:
            # "Marnia disliked ... It would not ...": the side "It" was given to is a guess
            other = f"is about {side_shown(doubt[1], fact, lexicon)}" if doubt[1] else "names no side"
            for q in out:
                q.checks.append(f"“{doubt[0]}” is taken to be {side_shown(fact.value, fact, lexicon)}, "
                                f"but the sentence before {other}")
        lost = _object_before_holder(fact, lexicon)
        if lost:
            for q in out:
                q.checks.append(lost)
        clause = _relative_clause(fact, lexicon)
        if clause:
            for q in out:
                q.checks.append(f"“{clause}” opens a clause about something named before it, which the question drops")
        _share_referent_checks(out)
    else:
        _share_subject_doubt(fact, out, lexicon)
        negated = fact.extra.get("negated")
        for q in out if negated else ():
            # "Aldoria did not sign the pact in 1990" is true of 1985 too: no date is the one answer
            if q.type in ("cloze", "mcq", "tf"):
                q.checks.append(f"“{negated}”: the sentence says this did not happen, so other dates would be true too")
        planned = _planned_verb(fact, lexicon) if fact.kind in ("quantity", "range") else ""
        if planned:
            for q in out:
                q.checks.append(f"“{planned}”: the sentence sets down a plan or a duty, which may have changed, "
                                "not an amount that was settled")
        else:
            # a true/false statement prints the whole sentence: its plan ("is to pay ...") is asked as true too
            be = tuple(lexicon.language.get("planned_be", []))
            m = _planned_re(be).search(fact.sentence) if be else None
            for q in out if m else ():
                if q.type == "tf":
                    q.checks.append(f"“{m.group(0)}”: the statement sets down a plan or a duty, "
                                    "which may have changed, so its truth depends on when")
        # words that make the number no amount to learn: each holds back every question of the fact
        for words, reason in ((_figure_of_speech(fact), "“{}” is a figure of speech, not an amount to learn"),
                              (_rough_span(fact, lexicon), "“{}” is an approximation, not an exact amount to learn"),
                              (_pair_count(fact, lexicon), "“{}” is the pair the sentence is about, not an amount to learn")):
            for q in out if words else ():
                q.checks.append(reason.format(words))
        if _day_span_before(fact) or _day_span_after(fact):
            # "on 29–30 May": a blank, a choice or a false day splits the span the sentence prints
            for q in out:
                reason = "the article gives a span of days; the answer is only one end of it"
                if q.type != "short" and reason not in q.checks:
                    q.checks.append(reason)
        year = _year_after(fact, lexicon)
        if year:
            # "on 4 July the next year": the year is the phrase's, counted from another date
            for q in out:
                if q.type != "cloze":
                    q.checks.append(f"“{fact.text}” takes its year from “{year}”: a date with its own year "
                                    "does not read in its place and may be a year out")
    return out


# a bound that opens the sentence or a clause ("By the spring of 1961, ..."), not one that ends a
# clause as its deadline ("is to be paid by 2033")
_SCENE_OPENING = re.compile(r"(?:^|[,;:—–]\s*|\b(?:and|but)\s+)\w+\s+(?:the\s+)?(?:\w+\s+of\s+(?:the\s+)?)?$", re.I)


def _exercise(sentence: str, lexicon: Lexicon) -> str:
    """Why the sentence is an exercise for the student, not a statement ("" when it is a statement).

    A question ("Why did Aldoria sign?") or an instruction opening with a task
    verb and its object ("Describe two changes ...", "Explain why ...") asks
    the student to write: its numbers are the size of the answer, its dates
    no event's, and it is neither true nor false.
    """
    if _QUESTION_END.search(sentence):
        return "the sentence is a question, not a statement: an exercise, not a fact"
    if not sentence[:1].isupper():
        return ""
    m = lexicon.cached("task_opening", _task_opening_re).match(sentence)
    return f"“{m.group(1)} …” is an instruction to the student, not a statement: an exercise, not a fact" if m else ""


def _fragment(sentence: str, lexicon: Lexicon) -> str:
    """"(c) note that Aldoria signed in 1990", "reaffirm the pact": a list item that goes on from a
    lead-in before the list ("We recommend that the board:") is no whole sentence, its subject is in
    the lead-in.  A lower-case word that opens no clause ("the", "it", "after") starts one."""
    first = sentence.split(None, 1)[0] if sentence[:1].islower() else ""
    if (first.isalpha() and first.islower() and first not in lexicon.cached("clause_openers", _clause_openers)) \
            or _ITEM_MARK.match(sentence) or _THAT_CLAUSE_ITEM.match(sentence):
        return "the sentence is a list item that goes on from a lead-in before it, not a whole sentence"
    return ""


# "By fourteen votes to one, that Aldoria was not entitled to ...;": after its opening phrase, the item is
# a "that" clause, the object of the lead-in's verb ("The Court found:"); "In 1990, that treaty ..." is none
_THAT_CLAUSE_ITEM = re.compile(r"[A-Za-z][^,;:.]{0,80},\s+that\s+(?:the\s|[A-Z]|it\s|they\s|there\s)")


def _clause_openers(lexicon: Lexicon) -> frozenset[str]:
    language = lexicon.language
    return frozenset(w.lower() for key in ("not_name_openers", "referring_words", "first_person")
                     for w in language.get(key, []))


# "(c) ", "(ii) ": a lettered or numbered item's mark, where a reader left it
_ITEM_MARK = re.compile(ITEM_MARK + r"\s")
_QUESTION_END = re.compile(r"\?[\"'”’»)\]]*$")


def _task_opening_re(lexicon: Lexicon) -> re.Pattern:
    verbs = lexicon.language.get("task_verbs", [])
    objects = lexicon.language.get("task_objects", [])
    if not verbs or not objects:
        return re.compile(r"(?!x)x")
    return re.compile(r"(" + alternation(verbs + [v.capitalize() for v in verbs]) + r")\s+(?:"
                      + alternation(objects) + r"|\d+)\b")


def _list_line(sentence: str, lexicon: Lexicon) -> str:
    """The date and mark a line of a dated list opens with ("11 May 1950 –", "1961:"), or "".

    A timeline or "key dates" list gives "DATE – event" or "DATE: event"
    lines: notes, with no subject to name or verb to date, however many
    words they have.  A one- or two-word label before the date ("Signed:
    4 May 1961 — Velmora") makes no sentence of it either.
    """
    m = _LIST_LINE_START.match(sentence)
    if not _LIST_MARK.search(sentence, m.end(), m.end() + 45):
        return ""       # no dash or colon near the start: no line of a list, and no dates to look for
    found = find_dates(sentence[m.end():m.end() + 40], lexicon)
    if not found or found[0].start != 0:
        return ""
    mark = _LIST_MARK.match(sentence, m.end() + found[0].end)
    return sentence[:mark.end()].strip() if mark else ""


# a line's opening before its date: nothing, or a label of a word or two and a colon
_LIST_LINE_START = re.compile(r"(?:[A-Z][\w’'\-]*(?:\s+[\w’'\-]+)?:\s+)?")
# what ends a line's date: a dash (with spaces, or an em dash) or a colon, then the note
_LIST_MARK = re.compile(r"(?:\s+[–\-]\s+|\s*—\s*|\s*:\s+)(?=\S)")


def _before_fact(fact: Fact) -> str | None:
    at = fact.extra.get("offset", fact.sentence.find(fact.text))
    return fact.sentence[:at] if at >= 0 else None


_EITHER_NUMBER_BEFORE = re.compile(r"(?<![\w\-])([\w,]+)\s+or\s+$")


def _rough_span(fact: Fact, lexicon: Lexicon) -> str:
    """"the better part of two decades", "nearly thirty years": a rough amount written as a figure, if any.

    A span phrase makes any amount rough; an approximating word makes a
    length of time rough ("some forty years" is no exact forty).
    """
    before = _before_fact(fact) if fact.kind == "quantity" else None
    if before is None:
        return ""
    language = lexicon.language
    either = _EITHER_NUMBER_BEFORE.search(before)
    if either and (either.group(1)[0].isdigit() or either.group(1).lower() in language.get("number_words", {})):
        return either.group(0) + fact.text      # "one or two weapons": either, no exact count
    words = list(language.get("approximate_spans", []))
    unit = next((u for u in lexicon.units if u["name"] == fact.extra.get("unit")), None)
    if unit is not None and unit.get("measures") == "duration":
        words += language.get("approximate_words", [])
    if not words:
        return ""
    m = re.search(r"\b(?:" + alternation(words) + r")\s+$", before, re.I)
    return (m.group(0) + fact.text) if m else ""


def _pair_count(fact: Fact, lexicon: Lexicon) -> str:
    """"between two members of the league", "two Velm allies": a count of two that names a pair, if any."""
    before = _before_fact(fact) if fact.kind == "quantity" else None
    if before is None or fact.extra.get("low") != 2 or fact.extra.get("high") is not None:
        return ""
    nouns = {n.lower() for n in lexicon.data["units"].get("pair_count_nouns", [])}
    between = re.search(r"\bbetween\s+$", before, re.I)
    if between or str(fact.extra.get("unit", "")).lower() in nouns:
        return (between.group(0) if between else "") + fact.text
    return ""


def _year_after(fact: Fact, lexicon: Lexicon) -> str:
    """"on 4 July of the same year", "on 9 June the next year": a time phrase after a yearless date, if any."""
    if fact.kind != "date" or re.search(r"\d{4}", fact.text):
        return ""
    phrases = lexicon.language.get("time_back_references", [])
    at = fact.extra.get("offset", fact.sentence.find(fact.text))
    if not phrases or at < 0:
        return ""
    m = re.match(r"\s+(?:(?:of|in)\s+)?(" + alternation(phrases) + r")\b", fact.sentence[at + len(fact.text):], re.I)
    return m.group(1) if m else ""


def _figure_of_speech(fact: Fact) -> str:
    """"a Marnia of three tribes": a count that describes a name, not an amount, if any.

    An indefinite article before a proper name ("a Marnia", "an Aldoria")
    makes it a kind of place or time, and the count after "of" paints it.
    """
    if fact.kind != "quantity":
        return ""
    at = fact.extra.get("offset", fact.sentence.find(fact.text))
    if at < 0:
        return ""
    m = re.search(r"\b(?:[Aa]n?)\s+[A-Z][\w’'\-]*\s+of\s+$", fact.sentence[:at])
    return (m.group(0) + fact.text) if m else ""


_NOT_WHICH = re.compile(r"^“([^”]+)” does not say which one$")


def _share_subject_doubt(fact: Fact, twins: Sequence[Question], lexicon: Lexicon) -> None:
    """A short question prints the subject its twins leave as "the treaty": their doubt is its doubt.

    "The treaty was signed ... by members of the former Warsaw Pact" holds
    the cloze back for "The treaty"; "When was the Warsaw Pact signed?"
    prints the guess behind it as the question, so it is held back too.
    """
    name = re.sub(r"^the\s+", "", fact.subject)
    offset = fact.extra.get("offset", len(fact.sentence))
    named_at = fact.sentence.find(name, 0, offset) if name else -1
    nouns = {n.lower() for n in lexicon.agreement_nouns}
    reasons = []
    for c in (c for q in twins if q.type != "short" for c in q.checks):
        m = _NOT_WHICH.match(c)
        words = m.group(1).split() if m else []
        # "The treaty" before the date, standing for the subject the short prints
        vague = re.search(r"\b" + re.escape(m.group(1)) + r"\b", fact.sentence[:offset]) if m else None
        if len(words) == 2 and words[0].lower() == "the" and words[1] in nouns and vague \
                and (named_at < 0 or vague.start() < named_at):
            # "The X Treaty was signed on D, ... the accords": named where the date is, not guessed;
            # "The treaty was extended by the X Treaty in D": the name comes after the subject it is not
            reasons.append(c)
    for q in twins:
        if q.type == "short":
            for reason in dict.fromkeys(reasons):
                if reason not in q.checks:
                    q.checks.append(reason)


_REFERS_OUTSIDE = re.compile(r"^“([^”]+)” (?:refers to something outside the question|does not say which one"
                            r"|does not say of what|does not say who|reads as the text the student read)$")


def _object_before_holder(fact: Fact, lexicon: Lexicon) -> str:
    """A stance verb whose object stood before its side ("X, which A condemned as Y"), if the position lost it.

    The position keeps only what follows the verb ("as Y"): "A condemned as Y." says
    condemned what nowhere, and the object ("which", standing for X) is not put back.
    """
    content = fact.extra.get("content", "")
    if fact.extra.get("object_first") or not content:
        return ""
    first = content.split()[0].lower()
    if first not in lexicon.language.get("object_complements", []):
        return ""
    return f"“{_verb(fact)}” does not say what: its object comes before {side_shown(fact.value, fact, lexicon)} in the sentence"


@functools.lru_cache(maxsize=1024)
def _relative_before_re(openers: tuple[str, ...], holder: str) -> re.Pattern:
    """", where Marnia": a relative word after a comma, right before the holder."""
    return re.compile(r",\s*(" + alternation(list(openers)) + r")\s+(?:the\s+)?" + re.escape(holder) + r"(?![\w-])")


def _relative_clause(fact: Fact, lexicon: Lexicon) -> str:
    """The relative word that opens the position's clause ("the valley, where Marnia backed ..."), if any.

    The position keeps only the clause ("Marnia backed armed groups since 2010.")
    and drops the noun the clause hangs on, so the statement is about anywhere.
    """
    holder, content = fact.extra.get("holder", ""), fact.extra.get("content", "")
    openers = tuple(lexicon.language.get("relative_openers", []))
    if not holder or not openers or fact.extra.get("object_first"):
        return ""
    end = fact.sentence.find(content) if content else -1
    for m in _relative_before_re(openers, holder).finditer(fact.sentence):
        if end < 0 or m.end() <= end <= m.end() + 80:
            return m.group(1)
    return ""


def _share_referent_checks(twins: Sequence[Question]) -> None:
    """A position's side and true/false questions share its words: a pronoun one leaves unresolved, so does the other.

    "Which side insisted that it ran north?" and "Norway insisted that it ran
    north." both lean on what "it" is, even where the name in front of the
    statement looks like a referent.  "its" is the holder's own in both
    ("Which side defended its quota?"), so it is not passed on.
    """
    reasons = [c for q in twins for c in q.checks
               if _REFERS_OUTSIDE.match(c) and _REFERS_OUTSIDE.match(c).group(1).lower() != "its"]
    for q in twins:
        for reason in dict.fromkeys(reasons):
            word = _REFERS_OUTSIDE.match(reason).group(1)
            if reason not in q.checks and words_re((word,), re.I).search(without_quotes(q.question)):
                q.checks.append(reason)


# -- answers as a reader writes them ---------------------------------------------

def answer_text(fact: Fact, lexicon: Lexicon) -> str:
    """The fact's value written for a student."""
    if fact.kind == "date":
        return format_date(fact.value)
    if fact.kind in ("quantity", "range"):
        return unit_as_written(one_agrees(quantity_text(fact.extra["low"], fact.extra.get("high"), fact.extra),
                                          lexicon), fact)
    if fact.kind == "parties":
        return _join([side_shown(s, fact, lexicon) for s in fact.extra["sides"]])
    return side_shown(fact.value, fact, lexicon)


def unit_as_written(text: str, fact: Fact) -> str:
    """"73 tessalians" -> "73 Tessalians": a counted noun keeps the capital the article gives it."""
    unit = fact.extra.get("unit") or ""
    if not unit or unit != unit.lower() or unit not in fact.text.lower():
        return text
    m = re.search(r"(?<![\w\-])(" + re.escape(unit) + r")(?![\w\-])", fact.text, re.I)
    if not m or m.group(1) == unit or not m.group(1)[:1].isupper() or fact.text.startswith(m.group(1)):
        return text
    return re.sub(r"(?<![\w\-])" + re.escape(unit) + r"(?![\w\-])", m.group(1), text)


def side_display(name: str, lexicon: Lexicon) -> str:
    side = lexicon.side(name)
    return side.display if side is not None and side.display else name


def side_shown(name: str, fact: Fact, lexicon: Lexicon) -> str:
    """A side as the fact's article names it ("Britain" in an article on 1783), else as questions write it."""
    return fact.extra.get("side_names", {}).get(name) or side_display(name, lexicon)


def one_agrees(text: str, lexicon: Lexicon) -> str:
    """"1 kilotons" -> "1 kiloton": a unit after the number one is singular, as the unit's forms write it."""
    forms = lexicon.cached("unit_singulars", _UnitSingulars).singular

    def fix(m: re.Match[str]) -> str:
        word, second = m.group(2), m.group(3)
        # "1 square kilometers": a unit of two words is made singular whole, before its first word alone
        one = forms.get(f"{word} {second}".lower()) if second else None
        if one is None:
            one = forms.get(word.lower())
            if one is None:
                return m.group(0)
            return m.group(1) + (one[:1].upper() + one[1:] if word[:1].isupper() else one) + m.group(0)[
                len(m.group(1)) + len(word):]
        return m.group(1) + (one[:1].upper() + one[1:] if word[:1].isupper() else one)
    return re.sub(r"(?<![\d.,])(1\s+)([A-Za-z]+)\b(?:\s+([A-Za-z]+)\b)?(?![\d.,]*\s*[–-]\s*\d)", fix, text)


class _UnitSingulars:
    """Each plural unit form with its singular: the units' own forms ("kilotons", "kiloton"), then
    the plain English rule for counted nouns ("explosions", "explosion")."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.singular = _Singulars(lexicon)


class _Singulars(dict):
    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__()
        for unit in lexicon.units:
            forms = {f.lower() for f in unit["forms"]} | {unit["name"].lower()}
            for f in forms:
                for one in (f[:-1], f[:-2], f[:-3] + "y"):
                    if f.endswith("s") and one in forms and one != f:
                        self[f] = one
                        break
        self.units = {f.lower() for unit in lexicon.units for f in unit["forms"] + [unit["name"]]}

    def get(self, word: str, default=None):
        if word in self:
            return self[word]
        if word in self.units or not re.fullmatch(r"[a-z]{3,}s", word) or word.endswith(("ss", "us", "is")):
            return default      # a unit with no singular form ("percent", "km"), or no plural
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith(("ches", "shes", "xes", "sses")):
            return word[:-2]
        return word[:-1]


def quantity_text(low: float, high: float | None, extra: dict) -> str:
    """A quantity written as the article writes it: "$2.5 billion", "500–5,500 km"."""
    scale = extra.get("scale", "")
    divisor = extra.get("scale_value", 1) if scale else 1
    if divisor < 1000:
        # "two hundred guards" is "200 guards": nobody writes "2 hundred" or "1.5 hundred"
        scale, divisor = "", 1
    numbers = [display_number(_tidy(x / divisor)) for x in (low, high) if x is not None]
    prefix = extra.get("prefix", "")
    core = "–".join(prefix + n for n in numbers)
    if prefix:
        return f"{core} {scale}".strip()
    return " ".join(part for part in (core, scale, extra["unit"]) if part)


def _tidy(x: float) -> float:
    return round(x, 2) if not float(x).is_integer() else x


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# -- question makers ------------------------------------------------------------

def _stem(fact: Fact, lexicon: Lexicon) -> tuple[str, int, int]:
    """The sentence to ask about and the value's span in it.

    A back-reference the extractor resolved is named in brackets ("the
    treaty (New REEF) imposed ...", "the Court (the Velmoran Court of
    Appeal) found ..."), so the question stands on its own.
    A bound stays outside the span ("within [[30 days]]"): the answer is
    the number, and the sentence keeps saying what kind of limit it is.
    """
    sentence = fact.sentence
    start = fact.extra.get("offset", sentence.find(fact.text))
    end = start + len(fact.text)
    if fact.kind in ("quantity", "range") and start >= 0:
        bound = _leading_bound(fact.text, lexicon)
        if bound:
            start += len(bound)
    # the agreement's gloss and the bodies' ("the Court (the Velmoran Court of Appeal)"), from the last
    # back, so that each goes in where the sentence has it; none inside the blank, but after a reference the
    # blank is part of ("The [[1987]] agreement (the Velm Treaty)": the year was all that said which)
    glosses = [g for g in [fact.extra.get("referent"), *fact.extra.get("body_referents", ())]
               if g and (not (g[0] < end and start < g[1]) or (g[0] <= start and end < g[1]))]
    for at, name in sorted(((g[1], g[2]) for g in glosses), reverse=True):
        insert = f" ({name})"
        sentence = sentence[:at] + insert + sentence[at:]
        if at <= start:
            start, end = start + len(insert), end + len(insert)
    if _weekday_only(fact, lexicon) and start >= 0:
        # "signed ... on Thursday": ask for the day it was, not the name of the weekday
        shown = format_date(fact.value)
        sentence = sentence[:start] + shown + sentence[end:]
        end = start + len(shown)
    dateline = DATELINE.match(sentence)
    if dateline and start >= dateline.end():
        # "VELMORA, 9 October 1961 - ...": the stamp of the report is no part of what it says
        cut = dateline.end()
        sentence, start, end = sentence[cut:], start - cut, end - cut
    numbered = _PARAGRAPH_NUMBER.match(sentence)
    if numbered and start >= numbered.end():
        # "4.1 The speaker explained that ...": minutes' or an award's paragraph number, no word of the statement
        cut = numbered.end()
        sentence, start, end = sentence[cut:], start - cut, end - cut
    enumerator = lexicon.cached("enumerating_opener", _enumerating_opener_re).match(sentence)
    if enumerator and start > enumerator.end():
        # "Fourth, Aldoria agreed to pay ...": the list's order is no part of the fact, nor is a speaker's
        # "Oh, and" (kept before a blank that would open the sentence: "Second, [[five]] ports ...")
        cut = enumerator.end()
        sentence, start, end = sentence[cut:], start - cut, end - cut
    label = lexicon.cached("box_labels", _BoxLabels).cut(sentence)
    if label and start >= label:
        # "How it works: each party sets ...", "The pact in brief: Aldoria signed ...": a box's heading,
        # no word of the statement after it
        sentence, start, end = sentence[label:], start - label, end - label
    named = _it_agreement(fact, sentence, start, lexicon)
    if named:
        # "It entered into force on [[14 May 1925]]": the "It" the date's agreement was found from,
        # printed as the agreement it stands for, as the question that asks for its date names it
        sentence, start, end = named + sentence[2:], start + len(named) - 2, end + len(named) - 2
    if sentence[:1].islower() and start > 0:
        sentence = sentence[0].upper() + sentence[1:]   # "Long story short: the pact ...": printed from "The"
    return sentence, start, end


_PARAGRAPH_NUMBER = re.compile(r"(?:\d{1,2}\.)+\d{0,2}\s+(?=[A-Z])")


def _it_agreement(fact: Fact, sentence: str, start: int, lexicon: Lexicon) -> str:
    """The agreement an opening "It" stands for, when that "It" is the subject of the agreement's own dated event.

    "It entered into force on 14 May 1925", "It was signed in Velm in 1920":
    the date's agreement was found from that "It" (the sentence names no
    other); "It was on 2 May that ..." and "It said ..." are no such events.
    """
    if not sentence.startswith("It ") or fact.kind != "date":
        return ""
    trigger = fact.extra.get("trigger")
    if not (trigger and fact.extra.get("agreement") and fact.subject and start > 2):
        return ""
    m = re.match(r"It\s+(?:(?:was|has\s+been|had\s+been)\s+)?" + re.escape(trigger) + r"\b", sentence)
    if not m or re.search(r",\s+(?:and|but|then)\s|;", sentence[m.end():start]):
        return ""           # "It collapsed, and on 2 May Aldoria ...": the date is another clause's
    last = fact.subject.split()[-1].lower()
    if any(last == noun.lower() + "s" for noun in lexicon.agreement_nouns):
        return ""           # "the Velm accords": a plural, which "It was signed" would not fit
    return _upper_first(fact.subject)


class _BoxLabels:
    """A heading before a colon that opens a sentence, found once per lexicon.

    A short phrase (two to six words, no digit, not all names, or a word and
    where it comes from: "Background, from the press office") before ": "
    heads a box's line when it has no finite verb ("The Velm exit and
    return:") or opens with a question word ("How it works:"), and a clause
    with a verb of its own follows it, before its first comma.  "The reason
    was simple: ..." and "Targets differ: ..." have a verb and are
    statements; "Velm Pact: a treaty of 1817, ..." is a glossary's name for
    what follows; "Aldoria and Marnia: both signed" keeps its names when
    nothing after the colon has a verb.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        word = r"[^\W\d_][\w’'\-&]*"
        # "Background, from pool colleagues and the press office:": a source's label may run on after a comma
        self.label = re.compile(r"([A-Z][\w’'\-&]*(?:\s+" + word + r"){1,5}|[A-Z][\w’'\-&]*,\s+(?:from|according\s+to|via)"
                                r"(?:\s+" + word + r"){1,7}):\s+(?=[\"'“‘(\[]?\w)")
        self.asking = set(language.get("label_question_words", []))
        self.verbs = {w.lower() for key in ("auxiliaries", "modal_verbs", "irregular_past")
                      for w in language.get(key, [])}
        self.pronouns = {w.lower() for key in ("referring_words", "first_person") for w in language.get(key, [])}
        listed = alternation(sorted(self.verbs)) if self.verbs else r"(?!x)x"
        self.clause_verb = re.compile(r"\b(?:" + listed + r")\b|\b[a-z]{2,}ed\b|\b[^\W\d_][\w’'\-]*\s+[a-z]{2,}(?<![su])s\b")

    def cut(self, sentence: str) -> int:
        """Where the statement starts after its heading (0 when the sentence opens with none)."""
        colon = sentence.find(": ", 0, 80)
        if colon < 0:
            return 0
        m = self.label.match(sentence)
        if not m or m.end(1) != colon or any(c.isdigit() for c in m.group(1)):
            return 0
        words = m.group(1).split()
        if not any(w[:1].islower() for w in words):
            return 0        # "Velm Pact: ...", "Source A: ...": a name, the subject of what follows
        sourced = words[0].endswith(",")     # "Background, from ...": where the box's lines come from
        if words[0] not in self.asking and not sourced:
            if words[0].lower() in self.pronouns:
                return 0        # "We agree: ...": a subject and its verb
            previous = ""
            for w in words:
                low = w.lower()
                if low in self.verbs or low.endswith("ed") or (w[:1].islower() and (
                        (low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")))
                        or (previous[:1].isupper() and previous.endswith("s") and not previous.endswith("ss")))):
                    return 0    # "Talks stalled:", "Targets differ:", "That gap still shapes ...": a verb
                previous = w
        rest = sentence[m.end():]
        comma = rest.find(",")
        return m.end() if self.clause_verb.search(rest, 0, comma if comma >= 0 else len(rest)) else 0


def _enumerating_opener_re(lexicon: Lexicon) -> re.Pattern:
    """A list's ordinal and its comma opening a sentence ("Fourth, "), or a speaker's filler ("Oh, and "),
    from the word lists."""
    ordinals = lexicon.language.get("enumerating_openers", [])
    fillers = lexicon.language.get("spoken_openers", [])
    kinds = ([r"(?:" + alternation(ordinals) + r"),\s+"] if ordinals else []) + \
        ([r"(?:" + alternation(fillers) + r"),\s+(?:(?:and|so)\b,?\s+)?"] if fillers else [])
    return re.compile(r"(?:" + "|".join(kinds) + r")(?=\w)") if kinds else re.compile(r"(?!x)x")


def _weekday_only(fact: Fact, lexicon: Lexicon) -> bool:
    """A date the article gives only as a weekday ("on Thursday"), resolved to a day."""
    return fact.kind == "date" and fact.text in lexicon.language.get("weekdays", []) and len(fact.value) == 10


def _leading_bound(text: str, lexicon: Lexicon) -> str:
    """The bound phrase a quantity's text opens with, with the space after it ("within ")."""
    pattern = lexicon.cached("leading_bounds", _LeadingBounds).pattern
    m = pattern.match(text) if pattern else None
    return m.group(0) if m else ""


class _LeadingBounds:
    """The bound phrases of ``units.yaml`` (limits and open bounds) as one pattern, made once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        units = lexicon.data["units"]
        phrases = [p for group in ("bounds", "open_bounds") for ps in units.get(group, {}).values() for p in ps]
        self.pattern = re.compile(alternation(phrases) + r"\s+(?=\S)", re.I) if phrases else None


def _cloze(fact: Fact, pool: "Pool", lexicon: Lexicon) -> Question | None:
    sentence, start, end = _stem(fact, lexicon)
    if start < 0:
        return None
    share = _complement_shown(fact, sentence[:start] + sentence[end:], lexicon)
    end -= len(_counted_phrase(fact))     # "[[4,300]] Tessalian farmers": ask for the number, not the noun too
    listed = _members_listed(fact, sentence[:start] + " " + sentence[end:], lexicon)
    text = sentence[:start] + "[[" + sentence[start:end] + "]]" + sentence[end:]
    q = _question(fact, "cloze", text, sentence[start:end], lexicon)
    if share:
        q.checks.append(f"the sentence gives the answer away: it adds up with {share} to the whole")
    q.checks.extend(_worked_out(fact, lexicon))
    if listed and not any(c.startswith(_LISTS_MEMBERS) for c in q.checks):
        q.checks.append(f"{_LISTS_MEMBERS} (“{listed}”)")
    kind, limit = _bound_of(fact, lexicon) if fact.kind == "quantity" else ("", False)
    if kind and not limit:
        # "after more than [[four months]] of talks": "three months" makes a true sentence too
        words = _leading_bound(fact.text, lexicon).strip() or ("more than" if kind == "min" else "less than")
        q.checks.append(f"“{words} …” is true of a {'smaller' if kind == 'min' else 'larger'} answer too")
    return q


_LISTS_MEMBERS = "the sentence gives the answer away: it lists the members"


def _counted_phrase(fact: Fact) -> str:
    """The words after a count's number that say what it counts, with the space before them ("" if none).

    "7,000 Israeli settlers" counts " Israeli settlers": a question blanks
    the number only, so the words that say whose it is stay in the sentence.
    """
    counted = fact.extra.get("measures") or ""
    unit = (fact.extra.get("unit") or "").lower()
    # the unit is kept lower-case ("mps"); the article's words keep their capitals ("15 unionist MPs")
    if fact.kind == "quantity" and [w.lower() for w in counted.split()[-1:]] == [unit] and fact.text.endswith(" " + counted):
        return " " + counted
    return ""


def _short_date(fact: Fact, pool: "Pool", lexicon: Lexicon) -> Question | None:
    if not fact.subject or fact.extra.get("setting"):
        return None     # "During the Salt War, Aldoria closed its ports on D": D is not when the war took place
    entry = _predicate_entry(fact.predicate, lexicon)
    unsaid = False
    if entry is not None and fact.extra.get("agreement") and entry.get("agreement"):
        stem = entry["ask"].format(subject=fact.subject, predicate=fact.predicate)
    elif fact.extra.get("agreement"):
        # an agreement never "takes place": ask what the sentence dates, and say it does not tell
        stem = f"What date does the article give for {fact.subject}?"
        unsaid = True
    else:
        # "The congress opened on D": when it opened, which the date answers; else when it took place
        base = lexicon.language.get("start_verb_bases", {}).get(_start_verb(fact, lexicon), "")
        stem = f"When did {fact.subject} {base or 'take place'}?"
    if re.search(r"\b(?:accords|agreements|treaties|protocols|conventions|talks)\b", fact.subject, re.I):
        stem = stem.replace("When was ", "When were ", 1)     # "When were the Velmora Accords signed?"
    if fact.extra.get("precision") == "year":
        stem = re.sub(r"^When (was|were|did)", lambda m: f"In what year {m.group(1)}", stem)
    q = _question(fact, "short", _hedged(stem, fact), answer_text(fact, lexicon), lexicon)
    if not fact.extra.get("agreement") and not fact.extra.get("field") and states_nothing(fact.sentence, lexicon):
        # "Peacemakers: The Paris Conference of 1919 and Its Attempt to End War (2001).": a book in a reading
        # list, whose years date no event the question could ask about ("Signed: 8 May 1990" and "The Velm
        # Accord of 1817." date their agreement)
        q.checks.append("the sentence has no verb: it dates nothing that happened")
    if unsaid:
        q.checks.append("the sentence does not say what happened to the agreement on this date")
    unreal = _unreal_verb(fact, lexicon)
    if unreal:
        # "must review it in 2030": the question asks it as done ("When was X reviewed?")
        q.checks.append(f"“{unreal}”: the sentence says what may or will happen, not what happened on this date")
    again = _repetition(fact, lexicon)
    if again:
        q.checks.append(f"“{again}”: it happened more than once, so the question has several answers")
    if entry is not None and entry.get("per_party") and _names_a_side(fact.sentence, lexicon):
        q.checks.append(f"each party's “{fact.predicate}” has a date of its own: the question does not say whose")
    elif entry is not None and (entry.get("per_party") or entry.get("by_one_party")) \
            and _ordinal_instrument(fact.sentence, lexicon):
        # "the fiftieth instrument of ratification was deposited on D": one party's, the last one needed
        q.checks.append(f"the sentence dates one party's “{_ordinal_instrument(fact.sentence, lexicon)}”, "
                        "not the agreement's own date")
    elif entry is not None and entry.get("by_one_party"):
        party = _one_party_did(fact, lexicon)
        if party:
            q.checks.append(f"the sentence dates when {party} alone “{fact.extra.get('trigger')}”, "
                            "not the agreement's own date")
    if _day_span_before(fact):
        q.checks.append("the article gives a span of days; the answer is only its last")
    if not fact.extra.get("agreement") and _anchors(fact.subject) < 2:
        # "the Aldorian census", "the suspension of grain sales": such events happen more than once
        q.checks.append(f"“{fact.subject}” may have happened more than once: the question does not say which")
    cut = _name_cut_short(fact.subject, fact.sentence)
    if cut:
        q.checks.append(f"the name “{fact.subject}” may be cut short (the sentence goes on “{cut}”)")
    dangling = _dangling_end(fact.subject, lexicon)
    if dangling:
        q.checks.append(f"the name “{fact.subject}” ends in “{dangling}”: a date or a place was cut out of it")
    start = _start_verb(fact, lexicon)
    phase = "" if start else _event_phase(fact, lexicon)
    asked_start = bool(start) and not stem.endswith(" take place?") and not fact.extra.get("agreement")
    if (start or phase) and not asked_start and (stem.endswith(" take place?") or fact.predicate == "held"
                             or (entry is not None and entry.get("lasting"))):
        # "The conference opened on 12 May": it went on after; "When was it held?" asks for a period too
        # ... and "at the end of the Velm War in 1945" dates its end, not the war
        when = f"when it “{start}”" if start and not start.endswith("ing") else f"its {phase or 'start'}"
        q.checks.append(f"the sentence dates {when}, not the whole event: the question may ask for a period")
    return q


def _unreal_verb(fact: Fact, lexicon: Lexicon) -> str:
    """A modal or future auxiliary in the date's clause before it ("must review it ... in 2030"), if any."""
    offset = fact.extra.get("offset", -1)
    if offset < 0:
        return ""
    words = lexicon.language.get("modal_verbs", []) + lexicon.language.get("future_auxiliaries", [])
    if not words:
        return ""
    clause = fact.sentence[fact.sentence.rfind(";", 0, offset) + 1:offset]
    if re.search(r"\b(?:the|a|an|its|their)\s+$", clause, re.I):
        return ""       # "should cover what the 1990 treaty ignored": the year names the treaty, not the modal's act
    m = _lower_words_re(tuple(words)).search(clause)
    return m.group(0) if m else _planned_verb(fact, lexicon) or _plan_participle(clause, lexicon)


def _plan_participle(before: str, lexicon: Lexicon) -> str:
    """"was planned for (around) 1915", "scheduled for May": a plan's participle right before the date, if any."""
    words = tuple(lexicon.language.get("plan_participles", []))
    if not words:
        return ""
    m = _plan_participle_re(words).search(before)
    return m.group(1) if m else ""


@functools.lru_cache(maxsize=8)
def _plan_participle_re(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(" + alternation(list(words)) + r")\s+(?:for|in|on|by)\s+(?:the\s+)?"
                      r"(?:(?:around|about|roughly|early|mid|late|end\s+of|spring|summer|autumn|winter|of)\s+)*$")


def _planned_verb(fact: Fact, lexicon: Lexicon) -> str:
    """"is to pay", "was to be handed over" in the clause before the value, if any.

    A form of "be" + "to" + a verb sets down a plan or a duty ("Marnia is to pay
    $4 million"): what was later paid, or when, may differ, so the value is no
    settled fact to learn.
    """
    offset = fact.extra.get("offset", -1)
    be = tuple(lexicon.language.get("planned_be", []))
    if offset < 0 or not be:
        return ""
    start = max(fact.sentence.rfind(";", 0, offset), fact.sentence.rfind(". ", 0, offset))
    m = _planned_re(be).search(fact.sentence, start + 1, offset)
    return m.group(0) if m else ""


@functools.lru_cache(maxsize=16)
def _planned_re(be: tuple[str, ...]) -> re.Pattern:
    """"is to pay", "were to be": lower case only, a verb after "to"."""
    return re.compile(r"\b(?:" + alternation(list(be)) + r")\s+to\s+(?!the\b|a\b|an\b|\d)[a-z]+\b")


@functools.lru_cache(maxsize=16)
def _lower_words_re(words: tuple[str, ...]) -> re.Pattern:
    """Any of ``words`` in lower case only: "Justice May" is no "may"."""
    return re.compile(r"\b(?:" + alternation(list(words)) + r")\b")


def _start_verb(fact: Fact, lexicon: Lexicon) -> str:
    """A verb of starting ("opened", "began") that dates the fact in its own clause, if any."""
    words = tuple(lexicon.language.get("start_verbs", []))
    at = fact.extra.get("offset", -1)
    if not words or at < 0:
        return ""
    # ("opened at the Foreign Ministry on the Quai d'Orsay on D": a place may come between)
    m = re.search(r"\b(" + alternation(list(words)) + r")\s+(?:[\w\-’']+\s+){0,12}?(?:on|in)\s+(?:the\s+)?$",
                  fact.sentence[:at])
    if m and not re.search(r"[,;]", fact.sentence[m.start():at]):
        return m.group(1)
    # "19 December 1946 – Fighting breaks out and the First Velm War begins": the event, after the date, and its
    # verb of starting right after its name
    last = fact.subject.split()[-1] if fact.subject else ""
    later = re.search(r"(?<![\w\-])" + re.escape(last) + r"\s+(" + alternation(list(words)) + r")\b",
                      fact.sentence[at + len(fact.text):]) if last[:1].isupper() else None
    if later:
        return later.group(1)
    # "... on 29 March 1920, starting the Easter Crisis": the date the event began, said after it
    after = re.match(r",\s+(" + alternation([w for w in words if w.endswith("ing")]) + r")\b",
                     fact.sentence[at + len(fact.text):]) if any(w.endswith("ing") for w in words) else None
    return after.group(1) if after else ""


def _ordinal_instrument(sentence: str, lexicon: Lexicon) -> str:
    """"the fiftieth instrument", "the sixty-fifth ratification": one party's act, counted, if any."""
    m = lexicon.cached("ordinal_instrument", _OrdinalInstrument).pattern.search(sentence)
    return m.group(0) if m else ""


class _OrdinalInstrument:
    """An ordinal in words or figures before an instrument or a ratification, as one pattern per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        ordinals = [w for w in lexicon.language.get("ordinal_numbers", {}) if "-" not in w] + ["last", "final"]
        nouns = lexicon.language.get("instrument_nouns", ["instrument", "ratification", "accession"])
        self.pattern = re.compile(r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:"
                                  + alternation(ordinals) + r"|\d+(?:st|nd|rd|th)|(?:twentie|thirtie|fortie|fiftie|"
                                  r"sixtie|seventie|eightie|ninetie|hundred)th)\s+(?:" + alternation(nouns) + r")s?\b", re.I)


def _event_phase(fact: Fact, lexicon: Lexicon) -> str:
    """"the end of the Velm War", "the outbreak of ...": the part of the fact's event the sentence dates, if any."""
    offset = fact.extra.get("offset", -1)
    if offset > 0 and _SINCE_BEFORE.search(fact.sentence, max(0, offset - 12), offset):
        return "start"      # "the Velm War, fought since 1665", "met from 1814": the year it began
    nouns = tuple(lexicon.language.get("event_phase_nouns", []))
    subject = re.sub(r"^the\s+", "", fact.subject or "").lower()
    if not nouns or not subject:
        return ""
    sentence = fact.sentence.lower()
    at = sentence.find(subject)
    while at >= 0:
        m = _phase_before_re(nouns).search(sentence, max(0, at - 40), at)
        if m:
            return m.group(1)
        at = sentence.find(subject, at + 1)
    return ""


_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=4)
def _phase_before_re(nouns: tuple[str, ...]) -> re.Pattern:
    """"the end of (the) " right before a name, in lower case: made once per word list."""
    return re.compile(r"\b(" + alternation([n.lower() for n in nouns]) + r")\s+of\s+(?:the\s+)?$")


def _anchors(phrase: str) -> int:
    """How many names and years pin a phrase down: "Aldoria's seizure of Port Vell" has two, "the Velm
    Union summit" one."""
    phrase = re.sub(r"^[Tt]he\s+", "", phrase)
    if _ONE_NAME_BEFORE_NOUN.fullmatch(phrase):
        return 1        # "the Velm Union summit": one body's name before a common noun; it meets every year
    return len(re.findall(r"\b(?:[A-Z][\w’'\-]*|1\d{3}|20\d{2})", phrase))


_ONE_NAME_BEFORE_NOUN = re.compile(r"(?:[A-Z][\w’'\-]*\s+){1,4}[a-z][\w\-]*")


def _one_party_did(fact: Fact, lexicon: Lexicon) -> str:
    """The one side named as doing the fact's event ("Chile signed the accord on ..."), if any.

    Not a side in a list ("Chile and Peru signed"), nor one after a
    preposition ("signed in Chile").
    """
    trigger = fact.extra.get("trigger") or ""
    if not trigger:
        return ""
    sides = lexicon.cached("side_words", SideWords).pattern
    for verb in re.finditer(r"\b" + re.escape(trigger) + r"\b", fact.sentence):
        before = fact.sentence[max(0, verb.start() - 80):verb.start()]
        found = list(sides.finditer(before))
        if not found:
            continue
        last = found[-1]
        between, ahead = before[last.end():], before[:last.start()]
        only = _ONLY_ADVERBS.fullmatch(between)
        if only and not _LISTED_BEFORE.search(ahead) and not _PREPOSITION_BEFORE.search(ahead):
            # "the Chilean Congress, sitting at Talca, approved": the side's body, named with it
            bodies = {*lexicon.language.get("state_bodies", []), *lexicon.language.get("institution_nouns", [])}
            if not only.group("body") or between[:1] in "'’" or only.group("body").split()[-1] not in bodies:
                return last.group(1)        # "Chile signed", "Chile's President Ana Ruiz signed": Chile
            named = before[last.start():last.end() + only.end("body")]
            return ("the " if re.search(r"\b[Tt]he\s+$", ahead) else "") + named
    return ""


# "Chile (has/had/formally) signed", "Chile's President Ana Ruiz signed": between the side and its verb,
# nothing but a title and a name (capitalised words), auxiliaries and adverbs
# "the Chilean Congress, sitting at Talca, approved": a clause between commas, opened by a lower-case word, too
_ONLY_ADVERBS = re.compile(r"(?:['’]s)?(?P<body>(?:\s+[A-Z][\w.’'\-]*){0,4})(?:,\s+[a-z][^,;()]{0,60}?,)?\s+"
                           r"(?:(?:has|had|also|then|later|formally|finally|eventually|only|\w+ly)\s+)*")
_LISTED_BEFORE = re.compile(r"(?:\b(?:and|or|nor)|,|&)\s+(?:the\s+)?$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|by|with|from|to|for|of|between|among)\s+(?:the\s+)?$", re.I)


def _names_a_side(sentence: str, lexicon: Lexicon) -> bool:
    """Whether a side (a state, a body, a known leader) is named in ``sentence``."""
    return lexicon.cached("side_words", SideWords).pattern.search(sentence) is not None


def _day_span_before(fact: Fact) -> bool:
    """"on 8 and 9 March 1966", "2–6 June 1983": the date is the last day of a span."""
    offset = fact.extra.get("offset", -1)
    if fact.kind != "date" or fact.extra.get("precision") != "day" or offset < 0:
        return False
    return re.search(r"\b\d{1,2}\s*(?:and|to|[-–—])\s*$", fact.sentence[:offset]) is not None


def _day_span_after(fact: Fact) -> bool:
    """"on 8 and 9 March", "29–30 May": a day the span goes on from, with the month after the other day."""
    offset = fact.extra.get("offset", -1)
    if fact.kind != "date" or offset < 0:
        return False
    after = fact.sentence[offset + len(fact.text):] if fact.sentence[offset:].startswith(fact.text) else ""
    return re.match(r"\s*(?:to|[-–—])\s*\d{1,2}\b", after) is not None


def _dangling_end(subject: str, lexicon: Lexicon) -> str:
    """"the Velm summit of May", "the talks in": the words a name ends in when what they led to was cut out, or ""."""
    language = lexicon.language
    m = _dangling_end_re(tuple(language.get("months", []) + language.get("weekdays", []))).search(subject)
    return m.group(0).strip() if m else ""


@functools.lru_cache(maxsize=4)
def _dangling_end_re(calendar: tuple[str, ...]) -> re.Pattern:
    """``_dangling_end``'s pattern: a month or weekday after "of"/"in"/"on", or a bare preposition, at the end."""
    month = r"(?:\s+(?-i:" + alternation(list(calendar)) + r"))?" if calendar else ""
    return re.compile(r"\s(?:of|in|on|at|from|to|for|by|with|between)" + month + r"$", re.I)


def _name_cut_short(subject: str, sentence: str) -> str:
    """What follows a title in its sentence when a comma splits the title's own list.

    "the Convention on the Control of the Sale, Storage, Shipping
    and Disposal of ..." is one name; a name read up to its first comma is
    another, shorter one.
    """
    name = re.sub(r"^the\s+", "", subject)
    at = sentence.find(name)
    if at < 0 or " of " not in name and " on " not in name:
        return ""
    m = re.match(r",\s+((?:[A-Z][\w\-]*,?\s+)+(?:and|or)\s+[A-Z][\w\-]*)", sentence[at + len(name):]) \
        or re.match(r"\s*(\([^()]{1,40}\)\s+[A-Z][\w\-]*)", sentence[at + len(name):])
    # ... or one that a bracket splits: "the Protocol of the Velm (Tarn) Conference"
    return m.group(1) if m else ""


def _repetition(fact: Fact, lexicon: Lexicon) -> str:
    """A word in the date's sentence (up to a semicolon) saying its event happened before ("extended once more")."""
    words = tuple(lexicon.language.get("repetition_words", []))
    offset = fact.extra.get("offset", -1)
    if not words or offset < 0:
        return ""
    start = fact.sentence.rfind(";", 0, offset) + 1
    stop = [i for i in (fact.sentence.find(";", offset),) if i >= 0]
    m = words_re(tuple(sorted(words, key=len, reverse=True)), re.I).search(
        fact.sentence, start, stop[0] if stop else len(fact.sentence))
    return m.group(0) if m else ""


def _predicate_entry(predicate: str, lexicon: Lexicon) -> dict | None:
    """The predicates.yaml entry for ``predicate``; "approved by the Senate" is a vote's."""
    entry = next((e for e in lexicon.predicates if e["predicate"] == predicate), None)
    if entry is not None:
        return entry
    votes = lexicon.data["predicates"].get("votes", {})
    for e in lexicon.predicates:
        verb = e.get("by_vote")
        if votes.get("ask") and ((verb and re.match(re.escape(verb) + r" (?:by|in) ", predicate)) or (
                e["predicate"] in one_side_acts(lexicon) and predicate.startswith(e["predicate"] + " by "))):
            # ... and "signed by Osk": one party's own act
            return {"predicate": predicate, "agreement": True, "ask": votes["ask"],
                    "event": votes.get("event", "{subject} was {predicate}")}
    return None


def _short_parties(fact: Fact, pool: "Pool", lexicon: Lexicon) -> Question | None:
    if fact.extra.get("agreement"):
        stem = f"Who are the parties to {fact.subject}?"
    else:
        stem = f"Who took part in {fact.subject}?"
    q = _question(fact, "short", stem, answer_text(fact, lexicon), lexicon)
    if _parties_named(fact, lexicon):
        q.checks.append("the agreement's name gives its parties")
    q.checks.extend(_parties_subject_doubts(fact, lexicon))
    most = lexicon.language.get("short_list_most")
    if most and len(fact.extra.get("sides", [])) > most:
        q.checks.append(f"a list of {len(fact.extra['sides'])} names: a short answer has no fair marking rule")
    return q


def _parties_subject_doubts(fact: Fact, lexicon: Lexicon) -> list[str]:
    """Why a parties question's subject may not be the agreement the list belongs to.

    "the Aldoria–Velcon trade pact" with a list that leaves Aldoria out
    answers who else took part, not who its parties are; "talks on the
    Aldoria" ends in a side's name where an agreement's name was cut (at
    its dash, or before its noun).
    """
    out = []
    mentions = SideIndex(lexicon).mentions(fact.subject)
    left = [m.side for m in mentions if m.side not in fact.extra.get("sides", [])]
    if left:
        out.append(f"the name “{fact.subject}” names {left[0]}, which the answer leaves out")
    other = _other_side_in_terms(fact, lexicon)
    if other:
        out.append(f"the agreement's clause names {other} too: it may be a party the answer leaves out")
    kinds = {_person_side(s, lexicon) for s in fact.extra.get("sides", [])}
    if len(kinds) > 1:
        # "Ferdinand III and Sweden": a ruler the article ties to no state, beside a state; a teacher may as
        # well write his state, and the marking has no rule for it
        out.append("the answer names a ruler beside states: it may as well be written with the ruler's state")
    last = mentions[-1] if mentions else None
    if last is not None and last.end >= len(fact.subject.rstrip()) \
            and re.search(r"\b(?:on|of|with|over|about|for|to|against|from)\s+(?:the\s+)?$", fact.subject[:last.start]):
        out.append(f"“{fact.subject}” ends in a side's name: an agreement's name may be cut there")
    return out


def _other_side_in_terms(fact: Fact, lexicon: Lexicon) -> str:
    """A side the agreement's own clause names after its parties' list, by its people's word, if any: "A and B
    agreed, in the Treaty of Velm, to pay for a Marnian army" (Marnia, paid, may have signed it too)."""
    sides = set(fact.extra.get("sides", []))
    index = SideIndex(lexicon)
    start = min((m.start for m in index.mentions(fact.sentence) if m.side in sides), default=-1)
    if start < 0:
        return ""
    clause = re.split(r";|,\s+(?:but|while|whereas|yet)\s|\.\s", fact.sentence[start:], maxsplit=1)[0]
    # ("Spain and the Dutch Republic ... Dutch independence": a word of a party's own name is that party's)
    own = {w for side in sides for w in re.findall(r"[\w\-]+", side)}
    # ("signed in the Castilian town of Tordesillas": a people's word before a place says where, not who)
    places = set(lexicon.language.get("place_nouns", []))
    return next((side_display(m.side, lexicon) for m in index.mentions(clause)
                 if m.side not in sides and m.how == "demonym" and m.text not in own
                 and (clause[m.end:].split(None, 1) or [""])[0].strip(",.;") not in places), "")


def _parties_named(fact: Fact, lexicon: Lexicon) -> bool:
    """"Who are the parties to the Aldoria–Marnia Treaty of Peace?": every party is in the name asked about."""
    named = {m.side for m in SideIndex(lexicon).mentions(fact.subject)}
    # "the Anglo-German Naval Agreement": "Anglo" is the United Kingdom's joining form, "German" Germany's word
    words = lexicon.cached("compound_side_words", _compound_side_words)
    for compound in re.findall(r"(?<![\w\-])[A-Z]\w+(?:-[A-Z]\w+)+", fact.subject):
        named |= {words[part] for part in compound.split("-") if part in words}
    return bool(named) and set(fact.extra.get("sides", [])) <= named


def _compound_side_words(lexicon: Lexicon) -> dict[str, str]:
    """The words a hyphened name joins for a side: its prefixes ("Anglo"), names and demonyms ("German")."""
    return {word: side.name for side in reversed(lexicon.sides)
            for word in [*side.prefixes, *side.names, *side.demonyms]}


def _mcq(fact: Fact, pool: "Pool", lexicon: Lexicon) -> Question | None:
    answer = answer_text(fact, lexicon)
    ruled_out: list[str] = []
    widening = ""
    if fact.kind == "date":
        # a few spare: a wrong date the sentence itself rules out is dropped
        spare = distractors_for(fact, pool, lexicon, CHOICES + 8)
        fitting = _within_steps(fact, _fitting_dates(fact, spare, lexicon), pool, lexicon)
        distractors = fitting[:CHOICES - 1]
        if len(distractors) < CHOICES - 1:
            # too few dates narrow the span the blank ends: the ones that widen it fill up, and say so
            wide = [w for w in _within_steps(fact, _fitting_dates(fact, spare, lexicon, narrow=False), pool, lexicon)
                    if w not in distractors]
            if wide:
                widening = wide[0]
                distractors = (distractors + wide)[:CHOICES - 1]
        if fact.extra.get("precision") == "day":
            distractors = _no_lone_twin(fact, distractors, [w for w in fitting if w not in distractors])
    elif fact.kind in ("quantity", "range"):
        # "extended by just _____, though Marnia had wanted 90": a number the sentence
        # states elsewhere is no fair choice; spare ones take its place
        spare = distractors_for(fact, pool, lexicon, CHOICES + 3)
        at = max(fact.extra.get("offset", fact.sentence.find(fact.text)), 0)
        rest = fact.sentence[:at] + " " + fact.sentence[at + len(fact.text):]
        ruled_out = [w for w in spare if _number_stated(rest, w)]
        # "at least _____ ports": a smaller number is true too, so numbers beyond the bound come first
        bound_kind = _bound_of(fact, lexicon)[0] if fact.kind == "quantity" else ""
        distractors = sorted(spare, key=lambda w: (w in ruled_out, bound_kind != "" and _meets_bound(fact, w, bound_kind)))
        distractors = distractors[:CHOICES - 1]
    else:
        distractors = distractors_for(fact, pool, lexicon, CHOICES - 1)
    if len(distractors) < CHOICES - 1:
        return None
    if fact.kind == "parties":
        stem = (f"Who are the parties to {fact.subject}?" if fact.extra.get("agreement")
                else f"Who took part in {fact.subject}?")
    else:
        sentence, start, end = _stem(fact, lexicon)
        counted = _counted_phrase(fact)
        if len(counted.split()) > 1:
            # "about _____ EU citizens": the choices are numbers, the words saying whose stay in the sentence
            end -= len(counted)
            unit = " " + fact.extra["unit"].lower()

            def number(choice: str) -> str:     # "15 MPs" -> "15": the unit as the article capitalises it
                return choice[:-len(unit)] if choice.lower().endswith(unit) else choice
            answer = number(answer)
            distractors = [number(d) for d in distractors]
            ruled_out = [number(d) for d in ruled_out]
        stem = "Complete the sentence: " + _indefinite_for_all(sentence[:start], [answer, *distractors]) + BLANK \
            + sentence[end:]
    choices = _ordered_choices(fact.id, answer, distractors, fact)
    q = _question(fact, "mcq", stem, answer, lexicon)
    q.choices = choices
    if widening:
        q.checks.append(f"“{widening}” only widens the span the blank ends: it makes a true sentence too")
    possessive = re.match(r"[’'](s?)(?!\w)", stem[stem.find(BLANK) + len(BLANK):]) \
        if fact.kind in ("quantity", "range") else None
    if possessive and any(c.endswith("s") == bool(possessive.group(1)) for c in choices):
        # "giving _____'s written notice": "1 year's" reads right, "3 years's" does not
        q.checks.append("the blank stands before a possessive that not every choice reads right with")
    stated = next((w for w in distractors if w in ruled_out), "")
    if stated:
        q.checks.append(f"the sentence rules out a wrong choice: it states {stated.split()[0]} elsewhere")
    bound = _date_bound(fact, lexicon.language) if fact.kind == "date" else ""
    if bound:
        q.checks.append(f"“{bound} …” is true of other choices too")
    if fact.kind == "quantity" and re.fullmatch(r"[\w.,]+-[a-z]+", fact.text):
        q.checks.append(f"the blank stands for “{fact.text}”: “{answer}” does not read in its place")
    if fact.kind == "parties" and len(set(fact.extra.get("sides_in_article", [])) - set(fact.extra["sides"])) < CHOICES - 1:
        # "Marnia and Tessaly" for a treaty of two other states: plausible only from the article's own sides
        q.checks.append("some choices name sides from other articles")
    if fact.kind == "parties" and _parties_named(fact, lexicon):
        q.checks.append("the agreement's name gives its parties")
    if fact.kind == "parties":
        q.checks.extend(_parties_subject_doubts(fact, lexicon))
    if fact.kind in ("quantity", "range"):
        kind, limit = _bound_of(fact, lexicon)
        if kind and (not limit or any(_meets_bound(fact, d, kind) for d in distractors)):
            # "more than 20" is true of 10 too; "less than 3" of 6; "at least 4" of 3
            words = _leading_bound(fact.text, lexicon).strip() or ("more than" if kind == "min" else "less than")
            q.checks.append(f"“{words} …” is true of the smaller choices too" if kind == "min"
                            else f"“{words} …” is true of the larger choices too")
        share = _complement_shown(fact, stem, lexicon)
        if share:
            q.checks.append(f"the sentence gives the answer away: it adds up with {share} to the whole")
        listed = _members_listed(fact, stem, lexicon)
        if listed and not any(c.startswith(_LISTS_MEMBERS) for c in q.checks):
            q.checks.append(f"{_LISTS_MEMBERS} (“{listed}”)")
        q.checks.extend(_worked_out(fact, lexicon))
        unknown = _unknown_ceiling(fact, lexicon)
        if unknown:
            q.checks.append(f"“{unknown} …” bounds the answer by a figure the choices are not checked against")
    return q


def _meets_bound(fact: Fact, wrong: str, bound: str) -> bool:
    """Whether a wrong number makes the bound the sentence states true as well ("at least 3" for "at least 4")."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", wrong)
    low = fact.extra.get("low")
    if not m or low is None:
        return False
    divisor = fact.extra.get("scale_value", 1) if fact.extra.get("scale") else 1
    value, true = float(m.group(0).replace(",", "")), low / divisor
    return value < true if bound == "min" else value > true


def _unknown_ceiling(fact: Fact, lexicon: Lexicon) -> str:
    """"won _____, well short of the two-thirds needed": a bound after the count with no number to cap choices by."""
    offset = fact.extra.get("offset", -1)
    if fact.kind != "quantity" or offset < 0 or _ceiling_after(fact.sentence[offset + len(fact.text):], lexicon) is not None:
        return ""
    bounds = lexicon.data["units"].get("ceilings_after", {})
    phrases, far = bounds.get("below", []), bounds.get("far", [])
    if not phrases:
        return ""
    clause = re.split(r"[;.]", fact.sentence[offset + len(fact.text):], maxsplit=1)[0]
    m = re.match(r"(?:\s+[\w\-]+){0,2}?\s*,?\s+((?:(?:" + (alternation(far) if far else r"(?!x)x")
                 + r"|just)\s+)?(?:" + alternation(phrases) + r"))\b", clause, re.I)
    return m.group(1) if m else ""


def _members_listed(fact: Fact, text: str, lexicon: Lexicon) -> str:
    """A list in ``text`` with as many members as the answer counts, if any.

    "A [[three-member]] council, made up of one farmer, one judge and one
    priest": the list spells out the count.
    """
    low = fact.extra.get("low")
    if fact.kind != "quantity" or low is None or fact.extra.get("high") is not None \
            or not float(low).is_integer() or not 2 <= low <= 12:
        return ""
    for m in _member_list_re(tuple(lexicon.language.get("enumeration_openers", []))).finditer(text):
        listed = (m.group("named") or m.group("counted") or m.group("after")).strip()
        items = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed)
        if len([i for i in items if i]) == int(low):
            return listed
    return ""


@functools.lru_cache(maxsize=8)
def _member_list_re(openers: tuple[str, ...]) -> re.Pattern:
    """"one X, one Y and one Z", or a list of names after "made up of"."""
    # "one X", or "one" and a few words after it: "one near the coast and one near the hills"
    one = r"(?:one|a|an)\s+[A-Za-z][\w\-’']*"
    one_then = r"one\s+[A-Za-z][\w\-’']*(?:\s+[a-z][\w\-’']*){0,4}?"
    counted = (rf"{one}(?:\s*,\s*{one})*\s*,?\s+(?:and|or)\s+{one}"
               rf"|{one_then}(?:\s*,\s*{one_then})*\s*,?\s+(?:and|or)\s+one\b")
    # "the Aldorian Republic, the Velm League and Tessaly": a name may bring its "the"
    name = r"(?:the\s+)?[A-Z][\w\-’'.]*(?:\s+(?:of\s+)?[A-Z][\w\-’'.]*){0,3}"
    named = rf"{name}(?:\s*,\s*{name})*\s*,?\s+(?:and|or)\s+{name}"
    opener = "|".join(map(re.escape, openers)) or r"(?!x)x"
    # a list of names after a colon or a dash: "four ports: Aldor, Brin, Cale and Dunmere"
    return re.compile(rf"\b(?:{opener})\s+(?P<named>{counted}|{named})|(?<![\w\-])(?P<counted>{counted})"
                      rf"|[:—–]\s*(?P<after>{named})(?=\s*[.;]|\s*$)")


def _date_bound(fact: Fact, language: dict) -> str:
    """"By the _____ seven states had claimed ...": a date that is a bound, which earlier or later ones also meet.

    A part of the year between the bound and the date ("By the summer of
    1961") leaves it a bound.
    """
    words = tuple(language.get("date_bounds", []))
    at = fact.extra.get("offset", -1)
    if not words or at < 0:
        return ""
    m = _bound_before_re(words, tuple(language.get("date_bound_parts", []))).search(fact.sentence[:at])
    return m.group(1) if m else ""


@functools.lru_cache(maxsize=8)
def _bound_before_re(words: tuple[str, ...], parts: tuple[str, ...] = ()) -> re.Pattern:
    part = r"(?:" + alternation(list(parts)) + r"\s+of\s+(?:the\s+)?)?" if parts else ""
    return re.compile(r"\b(" + alternation(list(words)) + r")\s+(?:the\s+)?" + part + r"$", re.I)


def _fitting_dates(fact: Fact, wrong: list[str], lexicon: Lexicon, narrow: bool = True) -> list[str]:
    """The wrong dates the rest of the sentence does not rule out.

    A date the sentence already states is no fair choice ("from 4 April 1933
    to _____" offering 4 April 1933), nor one before the start of the span
    the blank ends ("from 1957 to _____" offering 1955), nor one before the
    step the blank's clause follows ("agreed on 14 May 2001, and ratified
    it on _____" offering 2000), nor, with ``narrow``, one that only widens
    the span the blank ends (see ``_narrowing``).
    """
    at = max(fact.extra.get("offset", -1), 0)
    before, after = fact.sentence[:at], fact.sentence[at + len(fact.text):]
    rest = _full_months(before + " " + after, lexicon)

    def bound(text: str | None) -> tuple[int, int, int] | None:
        found = find_dates(text, lexicon) if text else []
        return date_sort_key(found[0].value) if found else None

    # "from 4 April 1933 to _____": not before the start; "from _____ to 30 June 1935": not after the end
    start, end = _span_ends(before, after)
    floor, ceiling = bound(start and start.group(1)), bound(end and end.group(1))
    # "ratified it on D1, and Marnia followed on _____": nothing before D1 (the earlier blank keeps
    # its lures: a window up to the later date seldom holds enough of them)
    floor = max(filter(None, (floor, _earlier_step(before, lexicon), _joined_step(before, after, lexicon)[0],
                              _sequenced_step(before, "", lexicon)[0], _opening_after(before, lexicon),
                              _last_step(before, lexicon), _again_floor(fact, before))), default=None)
    ceiling = min(filter(None, (ceiling, _joined_step(before, after, lexicon)[1],
                                _after_clause_end(before, after, lexicon))), default=None)
    # "The Treaty of Velm, signed in 1997, entered into force on _____": nothing before 1997
    apposed_floor, apposed_ceiling = _apposed_step(fact, before, after, lexicon)
    return [w for w in (_narrowing(fact, wrong, before, after, lexicon) if narrow else wrong) if not _stands_in(rest, w) and not _day_stated(rest, w)
            and not (floor and date_sort_key(_iso(w)) <= floor)
            and not (ceiling and date_sort_key(_iso(w)) >= ceiling)
            and not (apposed_floor and _date_before(date_sort_key(_iso(w)), apposed_floor))
            and not (apposed_ceiling and _date_before(apposed_ceiling, date_sort_key(_iso(w))))]


def _again_floor(fact: Fact, before: str) -> tuple[int, int, int] | None:
    """"Austria went to war with France again in _____": it happened before too, so an earlier date may be
    that time's; only later dates are wrong for sure."""
    return date_sort_key(fact.value) if _AGAIN_BEFORE.search(before) else None


_AGAIN_BEFORE = re.compile(r"\bagain\s+(?:in|on|during|by)\s+(?:the\s+)?$")


def _after_clause_end(before: str, after: str, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """"After talks failed in _____, Norway invited states to a conference on D": the blank is in an opening
    "After" clause, whose event came before the main clause's date."""
    if not _AFTER_OPENING_OPEN.match(before):
        return None
    comma = _CLAUSE_COMMA.search(after)
    found = [d for d in find_dates(after[comma.end():], lexicon) if not d.relative] if comma else []
    return date_sort_key(found[0].value) if found else None


_AFTER_OPENING_OPEN = re.compile(r"(?:After|Following)\s+[^,;]*$")
_CLAUSE_COMMA = re.compile(r",\s")


def _last_step(before: str, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """"The last signature came on D1, and the treaty entered into force on _____": the date of a clause
    that names the last of some steps, which the blank's own clause, joined after it, follows."""
    words = tuple(lexicon.language.get("last_step_words", []))
    found = [d for d in find_dates(before, lexicon) if not d.relative] if words else []
    if not found or not _CLAUSE_JOIN.search(before, found[-1].end):
        return None
    clause = re.split(r"[;.]", before[:found[-1].start])[-1]
    return date_sort_key(found[-1].value) if words_re(words, re.I).search(clause) else None


_CLAUSE_JOIN = re.compile(r",\s+and\s|;\s")


def _opening_after(before: str, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """"After meetings in Osk in February 2008, delegates adopted it on _____": the date of the opening
    "After" clause, which the blank's event follows."""
    m = _AFTER_OPENING.match(before)
    if m is None:
        return None
    found = find_dates(m.group(1), lexicon)
    return date_sort_key(found[-1].value) if found else None


_AFTER_OPENING = re.compile(r"(?:After|Following)\s+([^,;]{3,120}),\s")


def _span_ends(before: str, after: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The other end of a span whose one end is the date between ``before`` and ``after``: (its start, its end).

    "from 4 April 1933 to _____" gives the start, "between _____ and 30 June 1935" the end.
    """
    start = re.search(r"\b(?:from|between)\s+(.{4,30}?)\s+(?:to|and|until|till)\s+$", before)
    end = re.match(r"\s+(?:to|and|until|till)\s+(.{4,30}?)(?:[,.;]|\s+(?:and|in|at|on|when)\b|$)", after) \
        if re.search(r"\b(?:from|between)\s+$", before) else None
    return start, end


def _narrowing(fact: Fact, wrong: list[str], before: str, after: str, lexicon: Lexicon) -> list[str]:
    """The wrong dates that narrow the span the date ends, not widen it or turn it round.

    "released between May and _____" with the answer August: a later end
    (October) makes a true sentence too, since every release still falls
    inside; so does an earlier start for "from _____ to August".  An end
    before the start ("from May to April") is no date the sentence can hold.
    """
    start, end = _span_ends(before, after)
    if not start and not end:
        return wrong
    true = date_sort_key(fact.value)
    other = find_dates((start or end).group(1), lexicon)
    bound = date_sort_key(other[0].value) if other else None
    if start:
        return [w for w in wrong if date_sort_key(_iso(w)) < true and not (bound and date_sort_key(_iso(w)) <= bound)]
    return [w for w in wrong if date_sort_key(_iso(w)) > true and not (bound and date_sort_key(_iso(w)) >= bound)]


class _ShortMonths:
    """Abbreviated months before a day or a year ("Sept 1905", "Feb. 4"), as one pattern per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        months, short = language.get("months", []), language.get("month_abbreviations", {})
        self.full = {str(k): months[int(v) - 1] for k, v in short.items() if len(months) == 12}
        self.pattern = (re.compile(r"(?<![\w.])(" + alternation(list(self.full)) + r")\.?(?=\s+\d)")
                        if self.full else None)


def _full_months(text: str, lexicon: Lexicon) -> str:
    """``text`` with its abbreviated months written in full: "Sept 1905" is the date "September 1905" too."""
    short = lexicon.cached("short_months", _ShortMonths)
    if short.pattern is None:
        return text
    return short.pattern.sub(lambda m: short.full[m.group(1)], text)


def _day_stated(rest: str, wrong: str) -> bool:
    """"came after on 14 August": a wrong "14 August 2033" is a date the sentence states without its year."""
    bare = re.fullmatch(r"(\d{1,2} \w+) \d{4}", wrong)
    return bool(bare) and bool(re.search(r"(?<![\w.,])" + re.escape(bare.group(1)) + r"\b(?!,?\s+\d{4})", rest))


def _earlier_step(before: str, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """The date of the step a later clause acts on: "agreed a draft on D1, and ... endorsed it on".

    The clause after D1 opens with a link word ("and", "then") and takes up
    what D1 dated with a pronoun ("it", "them"); what it did came after D1.
    A clause in the past perfect ("and had signed it on") looks back instead.
    """
    language = lexicon.language
    links, pronouns = tuple(language.get("step_links", [])), tuple(language.get("step_pronouns", []))
    found = [d for d in find_dates(before, lexicon) if not d.relative]
    if not (links and pronouns and found):
        return None
    between = before[found[-1].end:]
    if (words_re(links, re.I).search(between) and words_re(pronouns).search(between)
            and not words_re(tuple(language.get("looking_back", [])), re.I).search(between)):
        return date_sort_key(found[-1].value)
    return None


def _joined_step(before: str, after: str, lexicon: Lexicon) -> tuple[tuple[int, int, int] | None,
                                                                       tuple[int, int, int] | None]:
    """The dates of the steps joined to the blank's by "and <verb>": (the one before, the one after).

    "was signed on D1 and came into force on _____": the blank's step came
    after D1; "was signed on _____ and came into force on D2": before D2.
    The order is printed in the question, so a choice on the wrong side of
    it is ruled out.  A step that looks back ("and had signed it") says
    nothing of the order.
    """
    def joined(text: str) -> bool:
        # ... or "set up the Tribunal in D1, and from D2 it could hear claims": a joined clause opening on its date
        m = _joined_verb_re(tuple(lexicon.language.get("irregular_past", []))).match(text) \
            or _JOINED_DATE_CLAUSE.fullmatch(text)
        return bool(m) and not words_re(tuple(lexicon.language.get("looking_back", [])), re.I).search(text)

    floor = ceiling = None
    found = [d for d in find_dates(before, lexicon) if not d.relative]
    if found and joined(before[found[-1].end:]):
        floor = date_sort_key(found[-1].value)
    later = [d for d in find_dates(after, lexicon) if not d.relative]
    if later and joined(after[:later[0].start]):
        ceiling = date_sort_key(later[0].value)
    return floor, ceiling


def _sequenced_step(before: str, after: str, lexicon: Lexicon) -> tuple[tuple[int, int, int] | None,
                                                                          tuple[int, int, int] | None]:
    """The dates of the steps a word of order ties to the blank's: (the one before, the one after).

    "Aldoria ratified it on D1, and Marnia followed on _____": the blank's
    step came after D1 ("followed", "later", "then"); "ratified it on
    _____, and Marnia followed on D2": before D2.  The words between the
    two dates must part them as clauses (a comma, a semicolon or "and") and
    none may look back ("had", "earlier").
    """
    if not (before or after):
        return None, None
    order = lexicon.cached("sequenced_steps", _OrderWords)
    floor = ceiling = None
    if order.word.search(before):
        found = [d for d in find_dates(before, lexicon) if not d.relative]
        if found and order.between(before[found[-1].end:]):
            floor = date_sort_key(found[-1].value)
    if order.word.search(after):
        later = [d for d in find_dates(after, lexicon) if not d.relative]
        if later and order.between(after[:later[0].start]):
            ceiling = date_sort_key(later[0].value)
    return floor, ceiling


class _OrderWords:
    """The words that put a later clause's step after an earlier one's, as patterns made once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        language = lexicon.language
        words = [w for key in ("sequence_verbs", "later_step_words") for w in language.get(key, [])]
        self.word = re.compile(r"\b(?:" + alternation(words) + r")\b", re.I) if words else re.compile(r"(?!x)x")
        back = language.get("looking_back", []) + language.get("time_offset_words", [])
        back = [w for w in back if w.lower() not in {x.lower() for x in words}]
        self.back = re.compile(r"\b(?:" + alternation(back) + r")\b", re.I) if back else re.compile(r"(?!x)x")

    def between(self, text: str) -> bool:
        """Whether ``text``, between two dates, ties the second's step after the first's, as a new clause."""
        if len(text) > 80 or not self.word.search(text) or self.back.search(text):
            return False
        return bool(re.search(r"[,;]|\band\b", text))


def _apposed_step(fact: Fact, before: str, after: str, lexicon: Lexicon) -> tuple[tuple[int, int, int] | None,
                                                                                  tuple[int, int, int] | None]:
    """The dates of a signing and a later step one sentence gives around an apposition: (not before, not after).

    "The Treaty of Velm, signed in D1, entered into force on _____" (or
    "..., which was signed on D1, took effect ... when it came into force
    on _____"): the blank's step came no earlier than D1.  "Signed on
    _____ in Velm, it entered into force in D2": the signing came no later
    than D2.  The order is printed in the question.  The words just before
    each date say its step; the signing must open the sentence or follow a
    comma (an apposition, an opening participle, the verb after a subject's
    aside), a comma must part the two steps, no other agreement may be
    named between them,
    and a bound the answer itself crosses is not used (one of the two is
    misread).
    """
    steps = lexicon.data["predicates"].get("agreement_steps", {})
    signed, in_force = steps.get("signed"), steps.get("in_force")
    if fact.kind != "date" or not (signed and in_force):
        return None, None
    words = {e["predicate"]: tuple(e.get("words", ())) for e in lexicon.predicates}
    signing = words.get(signed, ())
    later_steps = tuple(w for p in steps.get("after_signing", ()) if p != signed for w in words.get(p, ()))
    if not (signing and later_steps and words.get(in_force)):
        return None, None
    nouns = tuple(lexicon.agreement_nouns)
    back = tuple(lexicon.language.get("looking_back", []))

    def apart(between: str, opener: bool) -> bool:
        # the two steps are one agreement's, in one order: no other agreement, no looking back;
        # an opening participle ("Signed on D1, the Velm Pact entered ...") names its agreement next
        other = (r"\bwhich\b|\bthat\b|\bwhom?\b" if opener
                 else alternation(nouns) if nouns else "")
        return ("," in between and not (other and re.search(other, between, re.I))
                and not (back and words_re(back, re.I).search(between)))

    answer = date_sort_key(fact.value)
    if _step_before_re(later_steps, False).search(before):
        found = [d for d in find_dates(before, lexicon) if not d.relative]
        opening = found and _step_before_re(signing, True).search(before[:found[-1].start])
        if opening and apart(before[found[-1].end:], opening.start() == 0):
            floor = date_sort_key(found[-1].value)
            return (floor if _date_before(floor, answer) else None), None
        return None, None
    opening = _step_before_re(signing, True).search(before)
    if opening:
        later = [d for d in find_dates(after, lexicon) if not d.relative]
        if (later and _step_before_re(words[in_force], False).search(after[:later[0].start])
                and apart(after[:later[0].start], opening.start() == 0)):
            ceiling = date_sort_key(later[0].value)
            return None, (ceiling if _date_before(answer, ceiling) else None)
    return None, None


@functools.lru_cache(maxsize=32)
def _step_before_re(words: tuple[str, ...], apposed: bool) -> re.Pattern:
    """A step's words just before its date: "entered into force on ", or in an apposition ", which was signed in ".

    With ``apposed`` the words open the sentence or follow a comma, as a
    participle ("Signed on", ", signed in") or a relative clause
    (", which was signed on") does.
    """
    step = r"\b(?:" + alternation(words, wildcard=True) + r")\b[^,;.]{0,40}?\s+(?:on|in)\s+(?:the\s+)?$"
    if apposed:
        step = (r"(?:^|,)\s*(?:(?:which|that)\s+(?:(?:was|were)\s+(?:first\s+)?|(?:has|had)\s+been\s+)?)?"
                + step.removeprefix(r"\b"))
    return re.compile(step, re.I)


_JOINED_DATE_CLAUSE = re.compile(r"[^;.]{0,100}?,\s+and\s+(?:then\s+|later\s+)?(?:in|on|from|by)\s+(?:the\s+)?")


@functools.lru_cache(maxsize=8)
def _joined_verb_re(irregular: tuple[str, ...]) -> re.Pattern:
    """" and came into force on ", ", and was ratified in ": a coordinated verb with no subject of its own."""
    past = "|".join(map(re.escape, irregular)) or r"(?!x)x"
    return re.compile(r"\s*,?\s+and\s+(?:then\s+|later\s+)?(?:(?:was|were)\s+)?(?:[a-z]{3,}ed|" + past
                      + r")\b[^,;.]{0,40}?\s+(?:on|in)\s+(?:the\s+)?$")


def _complement_shown(fact: Fact, text: str, lexicon: Lexicon) -> str:
    """Another value of the answer's unit in ``text`` that adds up with it to the unit's most.

    "[[62 per cent]] of the land and ... 38 per cent": shares of one
    whole give each other away.
    """
    unit = next((u for u in lexicon.units if u["name"] == fact.extra.get("unit")), None)
    if fact.kind != "quantity" or unit is None or unit.get("most") is None:
        return ""
    for m in _unit_amount_re(tuple(unit["forms"])).finditer(text):
        if abs(float(m.group(1)) + fact.extra["low"] - unit["most"]) < 1e-9:
            return m.group(0)
    return ""


def _worked_out(fact: Fact, lexicon: Lexicon) -> list[str]:
    """Why the sentence's other numbers give a count away: two of them add up to it, or differ by it.

    "by [[310]] votes to 95, a majority of 215", "rose from 40 to [[65]],
    a rise of 25", "of the 30 members, [[18]] voted for and 12 against":
    the answer is a sum or a difference of numbers the question keeps.
    Dates are no part of such a sum ("on 3 May 1990 ... 1,990").
    """
    low = fact.extra.get("low")
    if fact.kind != "quantity" or low is None or fact.extra.get("high") is not None or low <= 0:
        return []
    at = fact.extra.get("offset", fact.sentence.find(fact.text))
    if at < 0:
        return []
    rest = fact.sentence[:at] + " " * len(fact.text) + fact.sentence[at + len(fact.text):]
    for d in find_dates(rest, lexicon):
        rest = rest[:d.start] + " " * (d.end - d.start) + rest[d.end:]
    scales = {k.lower(): v for k, v in lexicon.data["units"].get("scales", {}).items()}
    numbers = []
    for m in _scaled_number_re(tuple(scales)).finditer(rest):
        value = float(m.group(1).replace(",", "")) * scales.get((m.group(2) or "").lower(), 1)
        if value > 0 and value != low:
            numbers.append((value, m.group(0).strip()))
    # "[[40]] seats: the 31 of Aldoria and the nine of Marnia": a part in words counts too
    words = {w.lower(): v for w, v in lexicon.language.get("number_words", {}).items() if v > 1}
    if words:
        for m in _number_word_re(tuple(words)).finditer(rest):
            value = float(words[m.group(1).lower()])
            if value != low:
                numbers.append((value, m.group(1)))
    for i, (a, shown_a) in enumerate(numbers):
        for b, shown_b in numbers[i + 1:]:
            if abs(a + b - low) < 1e-9 or abs(abs(a - b) - low) < 1e-9:
                return [f"the sentence gives the answer away: it works out from {shown_a} and {shown_b}"]
    return []


@functools.lru_cache(maxsize=8)
def _number_word_re(words: tuple[str, ...]) -> re.Pattern:
    """A number in words on its own, not part of a compound ("nine", not "twenty-nine" or "nine-year")."""
    return re.compile(r"(?<![\w\-])(" + alternation(list(words)) + r")(?![\w\-])", re.I)


@functools.lru_cache(maxsize=8)
def _scaled_number_re(scales: tuple[str, ...]) -> re.Pattern:
    """A number written in figures, with its scale word if any: "95", "1.5 million"."""
    scale = r"(?:\s+(" + alternation(list(scales)) + r")\b)?" if scales else r"()"
    return re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w]|[.,]\d)" + scale, re.I)


@functools.lru_cache(maxsize=64)
def _unit_amount_re(forms: tuple[str, ...]) -> re.Pattern:
    """A number written with one of a unit's forms: "38 per cent"."""
    return re.compile(r"(\d+(?:\.\d+)?)\s*" + alternation(list(forms)) + r"(?!\w)")


def _true_false(fact: Fact, pool: "Pool", lexicon: Lexicon) -> Question | None:
    q = _true_false_statement(fact, pool, lexicon)
    if q is not None:
        judged = judgement(without_quotes(q.question), lexicon.language)
        if judged:
            q.checks.append(f"“{judged}” is the writer's judgement: true or false would ask for an opinion")
    return q


def judgement(text: str, language: dict) -> str:
    """A word of the writer's own judgement in ``text`` ("a cynical move", "The council ought to act"), if any.

    Not one a verb of saying or judging makes someone else's ("denounced the
    plan as reckless"), nor a modal after "that" ("said that it should ...").
    """
    said, words, openers, modals = _judgement_res(tuple(language.get("reported_judgement", [])),
                                                  tuple(language.get("judgement_words", [])),
                                                  tuple(language.get("clause_openers", [])),
                                                  tuple(language.get("judgement_modals", [])))
    for m in (words.finditer(text) if words else ()):
        if said is None or not said.search(text[:m.start()]):
            return m.group(0)
    for m in (modals.finditer(text) if modals else ()):
        if not openers.search(text[:m.start()]):
            return m.group(0)
    return ""


@functools.lru_cache(maxsize=8)
def _judgement_res(reported: tuple[str, ...], words: tuple[str, ...], openers: tuple[str, ...],
                   modals: tuple[str, ...]) -> tuple[re.Pattern | None, ...]:
    """``judgement``'s patterns, made once per word lists."""
    return (re.compile(r"\b(?:" + alternation(list(reported)) + r")\b", re.I) if reported else None,
            re.compile(r"\b(?:" + alternation(list(words)) + r")\b", re.I) if words else None,
            re.compile(r"\b(?:" + alternation(list(openers) + list(reported)) + r")\b", re.I),
            re.compile(r"\b(?:" + alternation(list(modals)) + r")\b") if modals else None)


def _true_false_statement(fact: Fact, pool: "Pool", lexicon: Lexicon) -> Question | None:
    sentence, start, end = _stem(fact, lexicon)
    if start < 0:
        return None
    # "a five-seat panel, made up of one X, one Y and one Z" contradicts itself: state the truth
    if _coin(fact.id) or _members_listed(fact, sentence[:start] + " " + sentence[end:], lexicon):
        return _question(fact, "tf", sentence, "True", lexicon)
    bound = _date_bound(fact, lexicon.language).lower() if fact.kind == "date" else ""
    # a bound ("By 1961") rules out the dates on one side of the true one: spares take their place
    # so does a span: "between May and _____" is false only with an earlier end
    spanned = fact.kind == "date" and any(_span_ends(sentence[:start], sentence[end:]))
    wrong = distractors_for(fact, pool, lexicon, CHOICES + 4 if bound or spanned else CHOICES)
    if fact.kind in ("quantity", "range"):
        wrong = _provably_wrong(fact, wrong, lexicon)
    elif fact.kind == "date":
        # "agreed on D1, and endorsed it on D0": false only by the order the sentence gives
        # ... or "The last signature came on D1, and it entered into force on D0"
        step = max(filter(None, (_earlier_step(sentence[:start], lexicon), _last_step(sentence[:start], lexicon))),
                   default=None)
        wrong = [w for w in wrong if not (step and date_sort_key(_iso(w)) <= step)] if step else wrong
        # "After talks failed in D3, Norway invited states to a conference on D2"
        end_of_after = _after_clause_end(sentence[:start], sentence[end:], lexicon)
        wrong = [w for w in wrong if not date_sort_key(_iso(w)) >= end_of_after] if end_of_after else wrong
        wrong = _within_steps(fact, wrong, pool, lexicon)
        # "signed on D1 and came into force on D0", or "signed on D3 and came into force on D2"
        floor, ceiling = _joined_step(sentence[:start], sentence[end:], lexicon)
        wrong = [w for w in wrong if not (floor and date_sort_key(_iso(w)) <= floor)
                 and not (ceiling and date_sort_key(_iso(w)) >= ceiling)]
        # "Aldoria ratified it on D1, and Marnia followed on D0": false by the order alone
        floor, ceiling = _sequenced_step(sentence[:start], sentence[end:], lexicon)
        wrong = [w for w in wrong if not (floor and date_sort_key(_iso(w)) <= floor)
                 and not (ceiling and date_sort_key(_iso(w)) >= ceiling)]
        # "signed in D1, ... entered into force on D0": false by the order alone
        floor, ceiling = _apposed_step(fact, sentence[:start], sentence[end:], lexicon)
        wrong = [w for w in wrong if not (floor and _date_before(date_sort_key(_iso(w)), floor))
                 and not (ceiling and _date_before(ceiling, date_sort_key(_iso(w))))]
        # "between May and October" for the end August: true too; only a narrower span is false
        wrong = _narrowing(fact, wrong, sentence[:start], sentence[end:], lexicon) if spanned else wrong
        # "By 1961 it had 40 parties": "By 1965" is true too; only an earlier date makes it false
        true_key = date_sort_key(fact.value)
        if bound in {w.lower() for w in lexicon.language.get("date_bounds_later_true", [])}:
            wrong = [w for w in wrong if date_sort_key(_iso(w)) < true_key]
        elif bound in {w.lower() for w in lexicon.language.get("date_bounds_earlier_true", [])}:
            wrong = [w for w in wrong if date_sort_key(_iso(w)) > true_key]
    if not wrong:
        # "more than 20 dead" is not made false by "more than 25": state the truth instead
        return _question(fact, "tf", sentence, "True", lexicon) if fact.kind in ("quantity", "range") else None
    # Keep the article's own way of writing: replace only the value's words.
    rest = sentence[:start] + " " + sentence[end:]
    bound = _leading_bound(fact.text, lexicon) if fact.kind in ("quantity", "range") else ""
    # the bound ("within ") stands outside the value's span: the wrong value replaces the rest
    surfaces = [_surface_like(fact, w, lexicon).removeprefix(bound) for w in wrong]
    # "early May 1990", written like the answer from a wrong "mid 1990", is the answer again
    surfaces = [w for w in surfaces if w.lower() != fact.text.removeprefix(bound).lower()]
    if not surfaces:
        return None
    # "Feb 1904 – [[Sept 1905]]": a false "February 1904" is the date the sentence prints in short
    full = _full_months(rest, lexicon) if fact.kind == "date" else rest
    fitting = [w for w in surfaces if not _clashes(fact, w, full, lexicon.language)]
    wrong_text = (fitting or surfaces)[0]
    statement = _indefinite_agreeing(sentence[:start], wrong_text) + wrong_text \
        + _possessive_agreeing(sentence[end:], wrong_text)
    q = _question(fact, "tf", statement, "False", lexicon)
    if not fitting or _bracket_year_written_again(fact, sentence, start, end):
        # ... or "Treaty of Velm (1761), signed on 10 February 1763": the name's own year, written again
        q.checks.append("the false version contradicts the rest of its sentence")
    span = _outside_span(fact, (fitting or surfaces)[0], rest) if fact.kind == "date" else ""
    if span:
        # "in the war of 1980–1988 ... in 1992": the printed span rules the false date out
        q.checks.append(f"the false date falls outside the span the sentence gives (“{span}”)")
    # "by 290 votes to 95, a majority of 215": false by arithmetic, not by knowing the vote
    q.checks.extend(r.replace("gives the answer away", "is false by arithmetic") for r in _worked_out(fact, lexicon))
    share = _complement_shown(fact, rest, lexicon)
    if share:
        # "by 61 per cent to 39 per cent" with 70 in place of 61: the two shares no longer make the whole
        q.checks.append(f"the statement is false by arithmetic: the false value no longer adds up with {share} "
                        "to the whole")
    return q


def _possessive_agreeing(after: str, value: str) -> str:
    """The words after a value, with its possessive made to fit it: "one year's notice" with "three years"
    is "three years' notice", "six months' notice" with "one month" is "one month's notice"."""
    if after[:1] not in ("'", "’") or not value[-1:].isalpha():
        return after
    plural = value.endswith("s") and not value.endswith("ss")
    if after[1:2] == "s" and not after[2:3].isalnum():
        return after[0] + after[2:] if plural else after
    return after if plural or after[1:2].isalnum() else after[0] + "s" + after[1:]


_INDEFINITE_BEFORE = re.compile(r"(?:^|(?<=\s)|(?<=[\"“(]))([Aa]n?)\s+$")
_NUMBER_START = re.compile(r"\d[\d,]*")


def _takes_an(value: str) -> bool | None:
    """Whether a number written as ``value`` ("eight-year", "18 months", "5") is read after "an", if that is clear.

    Spoken, a number takes "an" when it opens with "eight" or "eleven":
    "an 8-day truce", "an eleven-month siege", "an 18,000-strong force".
    """
    if value[:1].isalpha():
        return value.lower().startswith(("eight", "eleven"))
    m = _NUMBER_START.match(value)
    if not m:
        return None     # "£8 million": read with its unit first, left as written
    whole = m.group(0).rstrip(",")
    if whole.startswith("8"):
        return True
    head = whole.split(",")[0] if "," in whole else whole
    digits = whole.replace(",", "")
    if "," in whole:
        return head in ("11", "18")
    return digits[:2] in ("11", "18") and (len(digits) % 3 == 2 or len(digits) == 4)


def _indefinite_agreeing(before: str, value: str) -> str:
    """``before`` with a closing "a"/"an" made to fit the number ``value`` put after it.

    "after a five-month siege" with "eleven-month" put in: "after an eleven-month siege".
    """
    m = _INDEFINITE_BEFORE.search(before)
    if not m:
        return before
    an = _takes_an(value)
    if an is None:
        return before
    word = m.group(1)
    fitting = ("An" if word[0] == "A" else "an") if an else word[0]
    return before[:m.start(1)] + fitting + before[m.end(1):]


def _indefinite_for_all(before: str, values: Sequence[str]) -> str:
    """``before`` with a closing "a"/"an" that fits every choice put after it: "a(n)" when they differ.

    "a _____ siege" with "5 months" and "8 months" among the choices would give one away.
    """
    m = _INDEFINITE_BEFORE.search(before)
    if not m:
        return before
    takes = {_takes_an(v) for v in values}
    if len(takes) == 1:
        return _indefinite_agreeing(before, values[0])
    if None in takes:
        return before
    return before[:m.start(1)] + m.group(1)[0] + "(n)" + before[m.end(1):]


def _bound_of(fact: Fact, lexicon: Lexicon) -> tuple[str, bool]:
    """The value's bound ("min" or "max", or "") and whether it is a limit.

    A limit ("no more than 700 launchers") is the number a rule sets: a
    stricter one misstates it. An open bound ("more than 20 villages flooded")
    only says the true number lies beyond it.
    """
    if fact.extra.get("bound"):
        return fact.extra["bound"], True
    units = lexicon.data["units"]
    offset = fact.extra.get("offset", fact.sentence.find(fact.text))
    before = fact.sentence[:max(offset, 0)]
    filler = r"(?:\s+(?:a|an|the|further|additional|another|just))*\s*(?:\$|€|£)?$"
    # "$4.5 million over three years": "over" before a duration is across it, no bound ("for over
    # 160 years" is more than them)
    duration = fact.extra.get("unit") in lexicon.cached("duration_units", lambda lx: frozenset(
        u.get("name") for u in lx.data["units"].get("units", []) if u.get("measures") == "duration"))
    for group, limit in (("bounds", True), ("open_bounds", False)):
        for kind, phrases in units.get(group, {}).items():
            m = re.search(r"\b(" + "|".join(map(re.escape, phrases)) + r")" + filler, before, re.I) if phrases else None
            if m and not (duration and m.group(1).lower() == "over" and not _FOR_OVER.search(before)):
                return kind, limit
    return "", False


_FOR_OVER = re.compile(r"\b(?:for|so|lasted|took|after|of)\s+(?:just\s+|well\s+)?over\s*$", re.I)


def _provably_wrong(fact: Fact, wrong: Sequence[str], lexicon: Lexicon) -> list[str]:
    """The false values that a bounded value rules out.

    "no more than 700" rules out a stricter limit ("no more than 500") but
    not a looser one, which it implies; "more than 20" rules out nothing.
    """
    bound, limit = _bound_of(fact, lexicon)
    if not bound:
        return list(wrong)
    if not limit or fact.extra.get("high") is not None:
        return []
    divisor = fact.extra.get("scale_value", 1) if fact.extra.get("scale") else 1
    true = fact.extra["low"] / divisor
    out = []
    for w in wrong:
        m = re.search(r"\d[\d,]*(?:\.\d+)?", w)
        if not m:
            continue
        value = float(m.group(0).replace(",", ""))
        if (bound == "max" and value < true) or (bound == "min" and value > true):
            out.append(w)
    return out


def _stands_in(text: str, part: str) -> bool:
    """Whether ``part`` is written in ``text`` on its own: not inside a longer word or number."""
    at = text.find(part)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(part)] if at + len(part) < len(text) else " "
        if not (before.isalnum() or before in "_.,") and not (after.isalnum() or after == "_"):
            return True
        at = text.find(part, at + 1)
    return False


def _number_stated(text: str, value: str) -> bool:
    """Whether a number of ``value`` ("90 days", "40–300 km") is written in ``text`` on its own."""
    return any(_stands_in(text, n) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", value))


_YEAR_SPAN = re.compile(r"(?<![\d\w])(1\d{3}|20\d{2})\s*[–—\-]\s*(\d{4}|\d{2})(?![\d\w])")


def _outside_span(fact: Fact, wrong: str, rest: str) -> str:
    """A span of years the rest of the sentence prints that holds the true date but not the false one."""
    true_year, wrong_year = fact.value[:4], re.search(r"\d{4}", wrong)
    if not wrong_year or not true_year.isdigit():
        return ""
    for m in _YEAR_SPAN.finditer(rest):
        first, last = m.group(1), m.group(2)
        last = first[:4 - len(last)] + last
        if first <= true_year <= last and not first <= wrong_year.group(0) <= last:
            return m.group(0)
    return ""


def _clashes(fact: Fact, wrong: str, rest: str, language: dict) -> bool:
    """Whether a false value gives itself away against the rest of its sentence.

    It does when it repeats a value the sentence already states ("64 percent
    ... backing of 64 percent"), or when the sentence names the true date's
    month or year elsewhere and the false one moves off it ("In September
    1948 ... on 11 March 1949").
    """
    if _stands_in(rest, wrong):
        return True
    if fact.kind in ("quantity", "range") and _number_stated(rest, wrong):
        return True     # "for only 90 days, though Iceland had asked for 90"
    if fact.kind != "date" or fact.extra.get("precision") not in ("day", "month"):
        return False
    if _day_stated(rest, wrong):
        return True
    months = language.get("months", [])
    true_month = months[int(fact.value[5:7]) - 1] if len(months) == 12 else ""
    wrong_month = next((m for m in months if re.search(rf"\b{m}\b", wrong)), true_month)
    # a month without its own year ("on 20 November") sits inside the true date
    partial = rf"\b{true_month}\b(?!\s+(?:\d{{1,2}},?\s+)?\d{{4}})"
    if true_month and wrong_month != true_month and re.search(partial, rest):
        return True
    # "20 November" takes its year from the sentence: the false date must keep it
    wrong_year = re.search(r"\d{4}", wrong)
    return bool(wrong_year and wrong_year.group(0) != fact.value[:4] and not re.search(r"\d{4}", fact.text)
                and re.search(rf"\b{fact.value[:4]}\b", rest))


def _closed(statement: str) -> str:
    """``statement`` with its full stop: none added after a quotation that closes with its own
    ('... "the best agreement to date."')."""
    return statement if re.search(r"[.!?][\"”’']$", statement) else statement + "."


def _position_clause(fact: Fact, lexicon: Lexicon, mask: bool = True) -> str:
    """What the side holds, worded to follow "<side> <verb>".

    With ``mask``, the holder's own name becomes "its" ("reiterated its
    position"), so a "which side" question does not give itself away.
    """
    content = fact.extra["content"]
    referent = fact.extra.get("content_referent")
    if referent:
        content = content[:referent[1]] + f" ({referent[2]})" + content[referent[1]:]
    if mask:
        content = _mask_side(content, fact.value, lexicon)
    if fact.extra.get("object_first"):
        # "..., a claim Moscow denied": ask about the claim's own words
        that = content.rfind(" that ")
        noun = fact.extra.get("object_noun") or "claim"
        clause = content[that + 1:] if that >= 0 else "that " + _lower_first(content)
        return f"the {noun} {clause}"
    # a quotation's capital is no capital after "<side> <verb>": "told reporters the deal ..."
    return _lower_first(content)


def _verb(fact: Fact) -> str:
    """The stance verb as a question puts it: "insisted", "has supported"."""
    return fact.extra.get("asked") or fact.predicate


def _other_sides(fact: Fact, lexicon: Lexicon) -> list[str]:
    """Sides of the article that hold no position in this fact's sentence.

    A side that holds some position in the same sentence ("Velmora maintains
    ..., a view Tessaly has backed") would make a second right answer.
    """
    holders = {fact.value, *fact.extra.get("joint", []), *fact.extra.get("holders_in_sentence", [])}
    # (a ruler who is a side of his own is set only against other such rulers, a state against states)
    person = _person_side(fact.value, lexicon)
    return [s for s in fact.extra.get("sides_in_article", []) if s not in holders
            and not any(_same_realm(s, h, lexicon) for h in holders) and _person_side(s, lexicon) == person]


def _person_side(name: str, lexicon: Lexicon) -> bool:
    """Whether a side is a person the article made one of their own ("King Charles III"), not a state of the lists."""
    return lexicon.side(name) is None


def _same_realm(one: str, other: str, lexicon: Lexicon) -> bool:
    """Whether one side is part of the other: of its name joined by a dash ("Denmark" of "Denmark–Norway"), or
    a state it became part of (``part_of``: Castile of Spain, Brandenburg of Prussia and so of Germany).  No
    question sets them against each other: either may be a right answer."""
    if one == other:
        return False
    if one in re.split(r"\s*[–\-]\s*", other) or other in re.split(r"\s*[–\-]\s*", one):
        return True
    return other in lexicon.cached("realms", _realms).get(one, ())


def _realms(lexicon: Lexicon) -> dict[str, set[str]]:
    """Each side's states it became part of, and those that became part of it, at any remove."""
    up = {side.name: set(side.part_of) for side in lexicon.sides}
    related: dict[str, set[str]] = {}
    for name in up:
        ancestors, todo = set(), list(up[name])
        while todo:
            parent = todo.pop()
            if parent not in ancestors and parent != name:
                ancestors.add(parent)
                todo.extend(up.get(parent, ()))
        for parent in ancestors:
            related.setdefault(name, set()).add(parent)
            related.setdefault(parent, set()).add(name)
    return related


_OPPOSITE = {"support": "oppose", "oppose": "support"}


def _opposed_sides(fact: Fact, neighbours: Sequence[Fact], lexicon: Lexicon) -> list[str]:
    """Sides the fact's own sentence sets against its holder.

    One holds the opposite stance there ("A backed the plan, B rejected
    it"), or a contrast word stands between the two positions ("A framed
    the drills as defensive, while B countered ...").
    """
    joint = set(fact.extra.get("joint", []))
    markers = lexicon.language.get("contrast_markers", [])
    contrast = words_re(tuple(markers), re.I) if markers else None
    here = fact.sentence.find(fact.text)
    out: list[str] = []
    for other in neighbours:
        if other.sentence != fact.sentence or other.value in joint or other.value == fact.value or other.value in out:
            continue
        polarity, theirs = fact.extra.get("polarity"), other.extra.get("polarity")
        there = fact.sentence.find(other.text)
        between = fact.sentence[min(here, there):max(here, there)] if here >= 0 and there >= 0 else ""
        if _OPPOSITE.get(polarity) == theirs or (contrast is not None and between and contrast.search(between)):
            out.append(other.value)
    if not out:
        out = _contrasted_subjects(fact, lexicon)
    return out


def _contrasted_subjects(fact: Fact, lexicon: Lexicon) -> list[str]:
    """"Velmora demanded a toll, while Aldoria insisted ...": other sides that open a contrasting clause of the sentence.

    The subject of a "while" or "whereas" clause after the holder's, by name ("Aldoria", its
    seat) or demonym ("Aldorian officials"), says something else than the
    holder; the clause itself need not be a position of its own.
    """
    words = lexicon.language.get("contrast_clause_openers", [])
    lowered = fact.sentence.lower()
    if not words or not any(w in lowered for w in words):
        return []       # the cheap test: no "while" or "whereas" in the sentence
    others = _other_sides(fact, lexicon)
    if not others:
        return []
    named = lexicon.cached("contrast_side_words", _side_words_map)
    here = max(fact.sentence.find(fact.text), 0)
    found: list[str] = []
    for m in lexicon.cached("contrast_subject", _contrast_subject_re).finditer(fact.sentence, here):
        side = named.get(m.group("subject"))
        if side in others and side not in found:
            found.append(side)
    return found


def _side_words_map(lexicon: Lexicon) -> dict[str, str]:
    """Each side's names, seats and demonyms, to the side they name: made once per lexicon."""
    return {word: side.name for side in lexicon.sides
            for word in (side.name, *side.names, *side.seats, *side.demonyms)}


def _contrast_subject_re(lexicon: Lexicon) -> re.Pattern:
    """"while Aldoria said", ", whereas the Aldorian government argued": a capitalised subject of a
    contrasting clause, with a head noun of a side after it or not, then its verb."""
    language = lexicon.language
    heads = alternation(list(language.get("side_heads", [])) + list(language.get("official_nouns", [])))
    finite = alternation(list(language.get("auxiliaries", [])) + list(language.get("irregular_past", []))
                         + list(language.get("modal_verbs", [])))
    openers = alternation(list(language.get("contrast_clause_openers", [])) or ["whereas"])
    return re.compile(r"[,;]\s+(?i:" + openers + r")\s+(?:[Tt]he\s+)?"
                      r"(?P<subject>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}?)(?:[’']s)?(?:\s+(?:" + heads + r"))?"
                      r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|" + finite + r")\b")


def _side(fact: Fact, pool: "Pool", lexicon: Lexicon, against: Sequence[str] = (),
          actors: Iterable[str] | None = None) -> Question | None:
    person = _person_side(fact.value, lexicon)
    sides = list(dict.fromkeys([*(s for s in against if _person_side(s, lexicon) == person),
                                *_other_sides(fact, lexicon)]))
    bystanders: list[str] = []
    if actors is not None:
        # "Tessaly", named only as where a fund is kept: the article's actors first
        taking_part = set(actors) | set(against)
        bystanders = [s for s in sides if s not in taking_part]
        sides = [s for s in sides if s in taking_part] + bystanders
    if not sides or fact.extra.get("joint"):
        return None     # several sides hold it: "which side" would have more than one answer
    stem = f"Which side {_verb(fact)} {_position_clause(fact, lexicon)}?"
    if _names_side(stem, fact.value, lexicon):
        return None     # "Which side said ... by Uganda?" answers itself; true/false still asks
    answer = side_shown(fact.value, fact, lexicon)
    choices = [answer] + [side_shown(s, fact, lexicon) for s in sides[:CHOICES - 1]]
    q = _question(fact, "side", _hedged(stem, fact), answer, lexicon)
    q.choices = sorted(choices, key=lambda c: _hash(fact.id + c))
    if len(choices) < 3:
        q.checks.append("only two sides to choose from")
    offered = [s for s in bystanders if s in sides[:CHOICES - 1]]
    if offered:
        q.checks.append(f"{side_shown(offered[0], fact, lexicon)} holds no position in the article: "
                        "no reader would choose it")
    rival = _interested_side(fact.extra["content"], sides, lexicon)
    if rival:
        q.checks.append(f"{rival} could hold this position too")
    q.checks.extend(r for r in _lost_context(_position_clause(fact, lexicon), lexicon) if r not in q.checks)
    q.checks.extend(_cut_clause(fact, lexicon))
    empty = _stand_only(fact, lexicon)
    if empty:
        q.checks.append(f"“{empty}” does not say what the position is")
    if not against:
        # the other choices are wrong only if the article says they do not hold it
        q.checks.append("the article does not say the other sides disagree")
    return q


def _stand_only(fact: Fact, lexicon: Lexicon) -> str:
    """The position's own words, when they only name a stand of its owner ("reiterated Russia's position on
    Crimea", "restated its view"): true of any side that has one, and no claim to learn; else ""."""
    nouns = lexicon.language.get("position_nouns", [])
    content = fact.extra.get("content", "").strip().rstrip(".")
    if not nouns or fact.extra.get("object_first"):
        return ""
    return content if _stand_re(tuple(nouns)).fullmatch(content) else ""


@functools.lru_cache(maxsize=8)
def _stand_re(nouns: tuple[str, ...]) -> re.Pattern:
    """"its position", "Russia's view on Crimea": an owner, a noun of ``nouns``, perhaps what it is on."""
    return re.compile(r"(?:its|their|his|her|the|[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*)*['’]s)\s+(?:own\s+)?(?:"
                      + alternation(list(nouns)) + r")(?:\s+(?:on|over|about|regarding|towards?)\s+[^,;:]+)?")


def _interested_side(content: str, sides: Sequence[str], lexicon: Lexicon) -> str:
    """Another side whose own interest the position speaks for, if any.

    "underlined the need to honour Tessaly's borders" is a
    position Tessaly holds itself, so "which side" has two right answers.
    """
    interests = lexicon.language.get("self_interests", [])
    if not interests:
        return ""
    for side in sides:
        entry = lexicon.side(side)
        for word in [side] + (entry.names + entry.seats if entry else []):
            if word in content and _interest_re(word, tuple(interests)).search(content):
                return side_display(side, lexicon)
    return ""


@functools.lru_cache(maxsize=4096)
def _interest_re(word: str, interests: tuple[str, ...]) -> re.Pattern:
    """"Tessaly's borders", "the borders of Tessaly"."""
    wanted = "(?:" + "|".join(map(re.escape, interests)) + r")\b"
    name = r"(?<![\w.])" + re.escape(word) + r"(?!\w)"
    return re.compile(name + r"['’]s\s+(?:own\s+)?" + wanted + r"|\b" + wanted + r"\s+of\s+(?:the\s+)?" + name)


def _true_false_side(fact: Fact, pool: "Pool", lexicon: Lexicon, against: Sequence[str] = (),
                     people: Mapping[str, str] | None = None) -> Question | None:
    # a false statement names a side the sentence sets against the holder; any other
    # side may hold the position too, as far as the article says, so the statement stays true
    # nor a side the position's own words name: "Aldoria blamed Aldorian auditors ..." is plainly false
    content = fact.extra["content"]
    against = [s for s in against if not _names_side(content, s, lexicon)]
    # "Chile pressed ahead with Chileanization": given to another side, the words show whose it is
    truth = _coin(fact.id) or not against or _side_word_made(content, fact.value, lexicon)
    holder = fact.value if truth else against[0]
    # "Brandt insisted ...": the statement names the person the sentence names, as long as a false one would
    # name the other side's person (a person against a state would say which statement is true)
    people = people or {}
    person = fact.subject if fact.extra.get("person") and (not against or people.get(against[0])) else ""
    spoken = (person if truth else people.get(holder, "")) if person else ""
    # "Both leaders expressed a shared interest ...": true of them together, and said of one alone half of it;
    # the statement names them all (their persons if the article names each), the same words for each of them
    together = sorted({fact.value, *fact.extra.get("joint", [])}) if truth and fact.extra.get("joint") else []
    if together:
        persons = [people.get(s, "") for s in together]
        spoken = _join(persons if all(persons) else [side_shown(s, fact, lexicon) for s in together])
    # "its" only when it is the holder's own: "Marnia underlined Aldoria's seizure ..." (and never after a person)
    clause = _position_clause(fact, lexicon, mask=truth and not spoken)
    named = _upper_first(spoken or side_shown(holder, fact, lexicon))
    q = _question(fact, "tf", _hedged(_closed(f"{named} {_verb(fact)} {clause}"), fact), "True" if truth else "False",
                  lexicon)
    if truth and not spoken:
        # "Russia denied the claim that it ...": "it" is the holder named in front, so the
        # checks of the statement that names it twice still hold
        plain = _own_name_as_it(clause, holder, lexicon)
        if plain != clause:
            clause = plain
            q.question = _hedged(_closed(f"{named} {_verb(fact)} {clause}"), fact)
    # the holder named in front is no anchor: "Russia maintained its innocence" (of what?)
    vague = unanchored_noun(clause, tuple(lexicon.language.get("relational_nouns", [])), owner_outside=True)
    if vague and f"“{vague}” does not say which one" not in q.checks:
        q.checks.append(f"“{vague}” does not say which one")
    owned = _holder_owned_noun(clause, holder, lexicon) if not vague else ""
    if owned:
        q.checks.append(f"“{owned}” names only its holder, who already speaks: it does not say of or from what")
    q.checks.extend(r for r in _lost_context(clause, lexicon) if r not in q.checks)
    q.checks.extend(_cut_clause(fact, lexicon))
    empty = _stand_only(fact, lexicon)
    if empty:
        q.checks.append(f"“{empty}” does not say what the position is")
    stray = _stray_pronoun(clause, lexicon.language, person=bool(spoken), plural=bool(together)) \
        or _joint_it(fact, clause)
    if stray and not any(c.startswith(f"“{stray}”") for c in q.checks):
        q.checks.append(f"“{stray}” refers to something outside the question")
    mutual = _joint_reciprocal(fact, clause, lexicon.language) if not together else ""
    if mutual:
        # "Aldoria and Marnia agreed that neither would ...": printed after one of them, "neither" has no pair
        q.checks.append(f"“{mutual}” needs the other side, which held it too: the statement names only one")
    return q


def _joint_reciprocal(fact: Fact, clause: str, language: dict) -> str:
    """A word of a position several sides hold together that needs them all ("neither", "each other"), if the
    statement prints it after one of them."""
    words = language.get("reciprocal_words", [])
    if not fact.extra.get("joint") or not words:
        return ""
    # ... or in the words of the sentence the statement leaves out ("..., including offices in each other's capitals")
    verb = fact.sentence.find(fact.predicate)
    m = words_re(tuple(words), re.I).search(without_quotes(clause)) or (words_re(tuple(words), re.I).search(
        without_quotes(fact.sentence[verb:])) if verb >= 0 else None)
    if m:
        return m.group(0)
    # "Both governments agreed to negotiate a treaty", "promised to restore ties": one side alone agreed to
    # negotiate with no one
    joint = language.get("joint_action_verbs", [])
    content = (fact.extra.get("content") or "").split()
    first = content[1:2] if content[:1] == ["to"] else content[:1]
    if joint and first and first[0].lower() in joint:
        return f"{fact.predicate} {' '.join(content[:len(content[:1]) + (content[:1] == ['to'])])}"
    # ... unless names before the noun say between whom ("U.S.-Russia relations")
    nouns = set(language.get("joint_action_nouns", []))
    noun = next((w for i, w in enumerate(content) if w.lower().strip(",.;") in nouns
                 and not any(c.isupper() for c in "".join(content[max(0, i - 2):i]))), "")
    return noun.strip(",.;")


@functools.lru_cache(maxsize=8)
def _owned_noun_re(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A relational noun with only a name before it and nothing after: "the Aldorian withdrawal"."""
    return re.compile(r"\b[Tt]he\s+(?P<owner>[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*){0,2})\s+(?:"
                      + alternation(list(nouns)) + r")s?\b(?!\s*\(|\s+(?:of|from|with|over|against|between)\s)")


def _holder_owned_noun(clause: str, holder: str, lexicon: Lexicon) -> str:
    """"Marnia announced the Marnian withdrawal on 4 May": the name that would anchor the
    relational noun is the holder's own, so the statement no longer says from what, if so.

    The noun's owner before it ("the Marnian", "the Velm") is no anchor when it
    is the side that already speaks; "the Velm withdrawal from the pact" is fine.
    """
    nouns = tuple(lexicon.language.get("relational_nouns", []))
    if not nouns:
        return ""
    m = _owned_noun_re(nouns).search(clause)
    if not m:
        return ""
    owners = lexicon.cached("side_words", SideWords)
    found = owners.pattern.search(m.group("owner"))
    entry = owners.by_word.get(found.group(1)) if found else None
    return m.group(0) if entry and entry[0] == holder else ""


def _joint_it(fact: Fact, clause: str) -> str:
    """"it"/"its" in a position several sides hold together, if the statement still prints it.

    "Aldoria and Marnia insisted that it had lapsed": a singular "it" cannot
    be the two sides, so it is something another clause named; printed
    after one of them alone ("Aldoria insisted that it had lapsed") it
    reads as that side.
    """
    if not fact.extra.get("joint"):
        return ""
    m = re.search(r"\b(?:it|its|It|Its)\b", without_quotes(fact.extra.get("content", "")))
    if not m:
        return ""
    return m.group(0) if re.search(r"\b" + m.group(0) + r"\b", without_quotes(clause)) else ""


def _stray_pronoun(clause: str, language: dict, person: bool = False, plural: bool = False) -> str:
    """A pronoun in a position's own words that the side named in front cannot be.

    "The League said he sorely lamented ...", "Marnia called
    it outrageous": the side in front is no referent for them.  "its" (the
    side's own) and "that it" (the side again) are, unless a ``person`` is named
    in front ("Brandt emphasized its annexation": of what?); "their" is the ``plural`` holders' named in
    front ("Aldoria and Marnia restated their claims"), while "they" may be anyone.
    """
    words = [w for w in language.get("referring_words", []) if (person or w.lower() != "its")
             and not (plural and w.lower() == "their")]
    if not words:
        return ""
    text = without_quotes(clause)
    for m in words_re(tuple(words), re.I).finditer(text):
        before = text[:m.start()]
        if m.group(0).lower() == "it" and re.search(r"\bthat\s+$", before):
            continue
        if not re.search(r"\b[A-Z][\w’'.\-]+", before):
            return m.group(0)
    return ""


# a verb after a name makes the name a subject ("that Russia orchestrated"), not a modifier ("US forces")
_FINITE_VERB = (r"(?=\s+(?:had|has|have|was|is|were|would|will|could|should|might|may|must|did|does|"
                r"[a-z]+ed)\b)")


def _own_name_as_it(clause: str, side: str, lexicon: Lexicon) -> str:
    """"Russia denied the claim that Russia ...": the holder named again after "that" reads "it"."""
    entry = lexicon.side(side)
    words = [side] + (entry.names + entry.seats if entry else [])
    for word in sorted(set(words), key=len, reverse=True):
        clause = re.sub(r"\bthat\s+(?:the\s+)?" + re.escape(word) + _FINITE_VERB, "that it", clause)
    return clause


def _lost_context(clause: str, lexicon: Lexicon) -> list[str]:
    """Words of a position that lean on what its sentence said around it.

    A comparative without "than" ("for a broader settlement":
    than what?), a word that adds to what went before in words that name
    nothing ("gave additional guarantees"), "home" or "back" after a verb of motion without "from"
    or "to" ("the crews will sail home": from where?), and an amount with
    nothing it measures ("agreed to only 90 days": of what?).
    """
    language = lexicon.language
    out = []
    if _amount_only(clause, lexicon):
        out.append(f"“{clause}” says how much but not of what")
    speaker = first_person_word(without_quotes(clause), language)
    if speaker:
        out.append(f"“{speaker.group(0)}” is the speaker's own word, not the question's")
    more = tuple(language.get("continuation_words", []))
    m = words_re(more, re.I).search(clause) if more else None
    if m and not re.search(r"\d|(?<!^)\b[A-Z]", without_quotes(clause)):
        # "gave additional guarantees": added to what, the clause does not say
        out.append(f"“{m.group(0)}” adds to something the question does not give")
    m = _comparative_re(tuple(language.get("comparatives", []))).search(clause)
    if m and not re.search(r"\bthan\b", clause[m.end():]):
        out.append(f"“{m.group(0)}” does not say than what")
    timed = tuple(language.get("time_comparatives", []))
    m = _time_comparative_re(timed).search(clause) if timed and any(w in clause for w in timed) else None
    if m and not re.search(r"\bthan\b", clause[m.end():]):
        # "pressed for a later start": the start of what, another sentence says
        out.append(f"“{m.group(0)}” does not say of what")
    verbs, places = tuple(language.get("motion_verbs", [])), tuple(language.get("place_adverbs", []))
    if verbs and places:
        m = _place_re(verbs, places).search(clause)
        if m:
            out.append(f"“{m.group(0)}” does not say from or to where")
    words = re.findall(r"[\w’'\-]+", without_quotes(clause))
    referring = {w.lower() for w in language.get("referring_words", [])}
    bare = referring | {w.lower() for w in (*places, *language.get("bare_particles", []))}
    if not words or (len(words) == 1 and words[0].lower() in bare):
        # "Marnia objected.", "Aldoria welcomed it.", "Marnia pushed on.": to what, the next sentence says
        out.append("the position does not say what it is about")
    needing = tuple(language.get("complement_needing_verbs", []))
    m = _complementless_re(needing).search(without_quotes(clause)) if needing else None
    if m:
        # "Marnia refused to take part.": in what, the sentence before says
        out.append(f"“{m.group(1)}” does not say in or to what")
    proposals = tuple(language.get("proposal_nouns", []))
    m = _bare_proposal_re(proposals).search(without_quotes(clause)) if proposals else None
    if m:
        # "welcomed the scheme in outline": the scheme is the sentence before's
        out.append(f"“{m.group(0)}” does not say which one")
    measure = _bare_measure(without_quotes(clause), language)
    if measure and not any(c.startswith(f"“{measure}”") for c in out):
        # "pressed for deep cuts", "argued for a cap on production": cuts in what, the sentences around say
        out.append(f"“{measure}” does not say of what")
    pro = _pro_form(without_quotes(clause), language)
    if pro:
        # "Marnia denied doing so", "Aldoria opposed this", "agreed a plan in Lima": what, the sentence before says
        out.append(f"“{pro}” stands for something the question does not give")
    bare = _bare_definite(clause, language)
    if bare and not any(c.startswith(f"“{bare}”") for c in out):
        out.append(f"“{bare}” does not say which one")
    return out


@functools.lru_cache(maxsize=8)
def _complementless_re(verbs: tuple[str, ...]) -> re.Pattern:
    """"take part", "to contribute," : a verb that needs "in", "to" or "with", then the end of its clause."""
    return re.compile(r"(?<![\w\-])(" + alternation(list(verbs)) + r")(?:\s+(?:fully|\w+ly))?"
                      r"(?=\s*(?:[,;:.!?\u2014\u2013)]|$))", re.I)


def _bare_measure(clause: str, language: dict) -> str:
    """A change or bound a position asks for with nothing it applies to ("deep cuts", "a cap on output"), if any.

    "cuts in Velmoran tariffs" and "a cap of 40 ships" say what; a generic
    complement ("on production", "on use") says no more than the noun alone.
    A verb spelt like the noun ("agreed to cut tariffs") is not one.
    """
    nouns = tuple(language.get("measure_nouns", []))
    if not nouns or not any(n in clause for n in nouns):
        return ""
    generic = {w.lower() for w in language.get("complement_nouns", [])}
    verb_leads = {w.lower() for key in ("modal_verbs", "future_auxiliaries", "referring_words", "first_person")
                  for w in language.get(key, [])} | {"to", "not", "do", "does", "did"}
    for m in _measure_re(nouns).finditer(clause):
        before = re.findall(r"[\w’'\-]+", clause[:m.start()])
        if before and before[-1].lower() in verb_leads:
            continue        # "agreed to cut", "it limits": a verb
        if re.search(r"\d|\w-\w", clause[max(0, m.start() - 2):m.end()]):
            continue        # "the 12-mile limit", "a two-year freeze": a bound of its own kind, named by its size
        after = re.match(r"\s+(of|in|on|to|for|from|over|between|with|against|at|below|above)\s+"
                         r"(?:(?:the|its|their|all|any)\s+)?([\w’'\-]+)", clause[m.end():])
        if after and not (after.group(2).lower() in generic or after.group(2)[:1].isdigit() and after.group(1) == "to"):
            continue        # "cuts in emissions", "a cap of 40 ships": it says of what
        if not after and re.match(r"\s+[a-z]", clause[m.end():]) and not re.match(
                r"\s+(?:and|or|but|while|as|by|until|before|after|within|that|which)\b", clause[m.end():]):
            continue        # "limits missiles": a verb and its object, or one noun of a compound
        return m.group(0).strip()
    return ""


@functools.lru_cache(maxsize=8)
def _measure_re(nouns: tuple[str, ...]) -> re.Pattern:
    """A change or bound noun with its determiner and up to two words before it: "deep cuts", "a cap"."""
    return re.compile(r"(?:\b(?:an?|the|any|some|no)\s+)?(?:\b[a-z\-]+\s+){0,1}?\b(?:" + alternation(list(nouns))
                      + r")\b")


def _pro_form(clause: str, language: dict) -> str:
    """Words of a position that only stand in for what another clause said, if any.

    A verb phrase pro-form ("denied doing so"), a demonstrative that ends the
    position ("opposed this", "had that power"; not "this year") and a bare
    "a plan" with no more than a place after it ("agreed a plan in Lima").
    """
    forms = tuple(language.get("verb_pro_forms", []))
    m = words_re(forms, re.I).search(clause) if forms else None
    if m:
        return m.group(0)
    times = {w.lower() for w in language.get("relative_time_words", [])}
    m = _END_DEMONSTRATIVE.search(clause)
    if m and m.group(0).strip().lower() not in times:
        return m.group(0).strip()
    proposals = tuple(language.get("proposal_nouns", []))
    m = _bare_indefinite_re(proposals).search(clause) if proposals else None
    return m.group(1) if m else ""


# "opposed this", "had that power": the demonstrative (and its noun) end the position
_END_DEMONSTRATIVE = re.compile(r"(?<![\w’'\-])(?:this|that|these|those)(?:\s+[a-z][\w\-]*)?\s*[.!?]?\s*$", re.I)


@functools.lru_cache(maxsize=None)
def _bare_indefinite_re(nouns: tuple[str, ...]) -> re.Pattern:
    """"a plan" as the whole object, with at most a place after it ("a plan in Lima")."""
    return re.compile(r"^(?:to\s+)?((?:a|an)\s+(?:new\s+)?(?:" + alternation(list(nouns)) + r"))"
                      r"(?:\s+(?:in|at)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?\s*[.]?$", re.I)


def _bare_definite(clause: str, language: dict) -> str:
    """"the" + one or two plain words that nothing in the statement pins down, if any.

    "Marnia refused to recognise the new border and recalled its envoy":
    which border, the sentence before said.  A phrase is pinned down by "of",
    "that", "to" ... after it ("the right to fish"), by a name or a number in
    the phrase after a preposition ("the waters beyond 9 miles"), or by its
    noun standing earlier in the statement.
    """
    defining = {w.lower() for w in language.get("defining_words", [])}
    ends = {w.lower() for w in language.get("noun_phrase_ends", [])}
    known = {w.lower() for w in language.get("self_defined_nouns", [])}
    if not defining:
        return ""
    stops = defining | ends | {w.lower() for w in language.get("auxiliaries", [])} \
        | {w.lower() for w in language.get("clause_openers", [])}
    numbers = set(language.get("number_words", {})) | {w.lower() for w in language.get("ordinal_words", [])}
    # a quotation is part of its phrase: "the “shield” clause" names its clause
    text = re.sub(r"\"[^\"]*\"|“[^”]*”", "Quoted", clause)
    for m in re.finditer(r"\b[Tt]he\s+([a-z][\w\-]*)(?![’'\w])(?:\s+([a-z][\w\-]*)(?![’'\w]))?", text):
        first, second = m.group(1), m.group(2)
        if first in known or first in stops or first in numbers:
            continue
        if second and (second in stops or second.endswith("ed")):
            words, rest = [first], text[m.end(1):]
        else:
            words, rest = [first] + ([second] if second else []), text[m.end():]
            third = re.match(r"\s+([a-z][\w\-]*)", rest)
            if second and third and third.group(1) not in stops and not third.group(1).endswith("ed"):
                continue    # "the joint naval patrol scheme": longer than a bare noun phrase
        if words[-1] in known or set(words) & numbers:
            continue
        if rest.lstrip().startswith("("):
            continue        # "the treaty (the Velm Treaty)": the gloss says which
        if len(words) == 1 and re.match(r"\s+[A-Z]", rest):
            continue        # "the heavy Velmoran VK-9": an adjective before a name, which says which
        after = re.match(r"\s*([\w’'\-]+)?", rest).group(1) or ""
        if after.lower() in defining:
            continue
        if after.lower() in ends and re.match(r"\s*[\w’'\-]+\s+[^,;.]*?(?:\d|\b[A-Z])", rest):
            continue        # "the waters beyond 9 miles", "the bases in Aldoria"
        if re.search(r"\b" + re.escape(words[-1]) + r"\b", text[:m.start()], re.I):
            continue        # "proposed a joint patrol and led the patrol": the noun is in the statement
        return "the " + " ".join(words)
    return ""


@functools.lru_cache(maxsize=8)
def _bare_proposal_re(nouns: tuple[str, ...]) -> re.Pattern:
    """"the plan", "the proposal" with nothing after it that says which ("the plan to ...", "the idea of ...")."""
    # a name may stand between: "the Aldorian plan", "the Marnian stance"
    return re.compile(r"\b[Tt]he\s+(?:[A-Z][\w’'\-]*\s+)?(?:" + alternation(list(nouns)) + r")\b"
                      r"(?!\s+(?:of|to|for|that|on|by|from|which|who|in\s+which)\b)(?![\w\-’'])")


# a position's words that end on a word joining them to more: "and", "or", "but", "nor"
_JOINED_END = re.compile(r"\s(and|or|but|nor)\s*$")


def _cut_clause(fact: Fact, lexicon: Lexicon) -> list[str]:
    """A that-clause the sentence goes on past, with no verb of its own: cut before its verb.

    "insisted that its port authority, ..." stops at a comma the clause runs
    on past; a clause with a finite verb ("that the zone would harm its
    towns, ...") is whole whatever follows it.
    """
    content = fact.extra.get("content", "")
    ends = _JOINED_END.search(content)
    if ends:
        # "promised that rule would give way to civil rule and, in time, self-rule": cut at the aside
        return [f"“{content}” stops at “{ends.group(1)}”: the clause is cut short"]
    at = fact.sentence.find(content)
    language = lexicon.language
    cut = _cut_infinitive(content, fact.sentence[at + len(content):] if at >= 0 else "", language)
    if cut:
        return [cut]
    # "warned Velm that the old fort at Kessa, a relic of ..., could fall": the that-clause after an object too
    m = re.search(r"(?:^|\s)that\s+(.+)$", content)
    if not m or at < 0 or not fact.sentence[at + len(content):].lstrip().startswith(","):
        return []
    finite = set(language.get("auxiliaries", [])) | set(language.get("irregular_past", []))
    words = re.findall(r"[a-z]+", without_quotes(m.group(1)))
    if any(w in finite or w.endswith("ed") for w in words):
        return []
    return [f"“{content}” has no verb: the clause may be cut short"]


def _cut_infinitive(content: str, rest: str, language: dict) -> str:
    """"vowed not to meddle, openly or covertly, in X's affairs": a bare infinitive whose
    sentence runs on past a comma with more of the same clause, not a new one, is cut before its object."""
    if not re.fullmatch(r"(?:not\s+)?to\s+[a-z\-]+", content):
        return ""
    m = re.match(r"\s*,\s*([\w’'\-]+)", rest)
    if not m:
        return ""
    word = m.group(1)
    openers = {w.lower() for w in language.get("clause_openers", [])}
    if word.lower() in openers or word.lower() in set(language.get("referring_words", [])) or word[:1].isupper():
        return ""       # ", and ...", ", which ...", ", Kenya said": a new clause, the infinitive is whole
    return f"“{content}” stops where its sentence goes on: the statement may be cut short"


def _amount_only(clause: str, lexicon: Lexicon) -> bool:
    """Whether a position's words are a number, its unit and fillers, and nothing else."""
    language = lexicon.language
    words = re.findall(r"[\w’'\-.,]+", without_quotes(clause).lower())
    empty = lexicon.cached("amount_words", _AmountWords).words
    numbers = [w for w in words if re.fullmatch(r"\d[\d,.]*", w.rstrip(".,")) or w in language.get("number_words", {})]
    return bool(numbers) and all(w.rstrip(".,") in empty or w in numbers for w in words)


class _AmountWords:
    """The words an amount is written with, less what it measures: fillers, scales, unit forms, number words."""

    def __init__(self, lexicon: Lexicon) -> None:
        language, units = lexicon.language, lexicon.data["units"]
        words = set(language.get("amount_fillers", [])) | set(units.get("scales", {}))
        words |= {w for u in lexicon.units for f in u["forms"] for w in f.lower().split()}
        words |= {w for n in language.get("number_words", {}) for w in n.split()}
        self.words = frozenset(words)


@functools.lru_cache(maxsize=8)
def _comparative_re(words: tuple[str, ...]) -> re.Pattern:
    """"more comprehensive", "less binding", "stronger" (a "than" must follow somewhere)."""
    listed = "|".join(map(re.escape, words)) or r"(?!x)x"
    return re.compile(r"\b(?:(?:more|less)\s+(?!(?:than|of|and|or|to|that|the|a|an|on|in|for|with)\b)[a-z][a-z\-]{2,}"
                      r"|(?:" + listed + r"))\b")


@functools.lru_cache(maxsize=8)
def _time_comparative_re(words: tuple[str, ...]) -> re.Pattern:
    """"a later start", "an earlier deadline", with no "of"/"to"/"than" after the noun to say what."""
    return re.compile(r"\b(?:a|an)\s+(?:" + alternation(list(words)) + r")\s+[a-z][a-z\-]+\b"
                      r"(?!\s+(?:of|to|than)\b)")


@functools.lru_cache(maxsize=8)
def _place_re(verbs: tuple[str, ...], places: tuple[str, ...]) -> re.Pattern:
    """"come home", "bring the troops back", with no "from"/"to" saying where."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, verbs)) + r")\s+(?:[\w\-]+\s+){0,2}?(?:"
                      + "|".join(map(re.escape, places)) + r")\b(?!\s+(?:from|to|in|into|at)\b)")


def _names_side(text: str, side: str, lexicon: Lexicon) -> bool:
    # "Chilean", "Chileanization", "Russified": a people's word or a word made of the name names the side too
    return _side_word(text, side, lexicon, _PEOPLE_END + r"(?:" + _MADE_END + r"|s)?", seats=True)


def _side_word_made(text: str, side: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` has a word made of the side's name: "Chileanization", "Russified", "Finlandism"."""
    return _side_word(text, side, lexicon, _PEOPLE_END + _MADE_END, seats=False)


def _side_word(text: str, side: str, lexicon: Lexicon, ending: str, seats: bool) -> bool:
    """Whether ``text`` has one of the side's names (and its seats, if ``seats``) with ``ending`` after it."""
    entry = lexicon.side(side)
    words = [side] + (entry.names + entry.demonyms + (entry.seats if seats else []) if entry else [])
    return any(w in text and re.search(r"(?<![\w.])" + re.escape(w) + ending + r"(?![\w])", text) for w in words)


_PEOPLE_END = r"(?:an|n|ian|ese|ish)?"                                  # "Chile" -> "Chilean"
_MADE_END = r"(?:i[sz]ation|i[sz]ed|i[sz]ing|i[sz]e|ism|ists?)"         # "Chilean" -> "Chileanization"


# -- distractors ----------------------------------------------------------------

class Pool:
    """The corpus's facts, indexed once for drawing distractors.

    Drawing from the whole corpus fact by fact would take time growing with
    the square of its size; each index keeps only what distractors use.
    """

    KEEP = 40      # values kept per date precision or unit: plenty to choose near ones from

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.dates: dict[str | None, dict[int, list[str]]] = {}   # precision -> year -> values
        self.quantities: dict[tuple[str, str], list[Fact]] = {}
        self.sides: list[str] = []
        # (article, agreement, predicate) -> its earliest date: "ratified" lures go no earlier than "signed"
        self.steps: dict[tuple[str, str, str], tuple[tuple[int, int, int], str]] = {}
        # a day and its writing in another calendar ("1 July (21 June old style)"): one day, no lure for the other
        self.twins: dict[str, set[str]] = {}
        seen_sides: set[str] = set()
        seen_values: set[tuple] = set()
        for f in facts:
            twin = f.extra.get("calendar_twin") if f.kind == "date" else None
            if twin:
                self.twins.setdefault(f.value, set()).add(twin)
                self.twins.setdefault(twin, set()).add(f.value)
            if f.kind == "date" and f.subject and f.extra.get("agreement"):
                step = (f.article, _agreement_key(f.subject), f.predicate)
                key = date_sort_key(f.value)
                if key[0] and (step not in self.steps or key < self.steps[step][0]):
                    self.steps[step] = (key, f.sentence)
            if f.kind == "date":
                key = ("date", f.extra.get("precision"), f.value)
                year = date_sort_key(f.value)[0]
                bucket = self.dates.setdefault(f.extra.get("precision"), {}).setdefault(year, [])
                if key not in seen_values and len(bucket) < self.KEEP:
                    seen_values.add(key)
                    bucket.append(f.value)
            elif f.kind in ("quantity", "range"):
                key = (f.kind, f.extra.get("unit"), f.value.lstrip("<>="))
                bucket = self.quantities.setdefault((f.kind, f.extra.get("unit")), [])
                if key not in seen_values and len(bucket) < self.KEEP:
                    seen_values.add(key)
                    bucket.append(f)
            for side in f.extra.get("sides_in_article", ()):
                if side not in seen_sides:
                    seen_sides.add(side)
                    self.sides.append(side)

    def step_bounds(self, fact: Fact, lexicon: Lexicon) -> tuple[tuple[int, int, int] | None,
                                                              tuple[int, int, int] | None]:
        """The dates no wrong choice for ``fact``'s date may cross: (not before, not after).

        A step that follows the signing ("ratified", "entered into force") came
        no earlier than the agreement's signing date the article gives; a
        signing came no later than its entry into force.  A bound the answer
        itself meets or crosses is not used: one of the two facts is misread.  Nor is
        one stated in the fact's own sentence: the sentence's own order is read
        where it is printed ("signed on D1 and came into force on _____"), and
        two steps of one sentence may be one step read twice.
        """
        steps = lexicon.data["predicates"].get("agreement_steps", {})
        if not self.steps or not steps or not fact.subject:
            return None, None
        agreement = _agreement_key(fact.subject)
        floor = ceiling = None
        if fact.predicate in steps.get("after_signing", ()):
            floor, said = self.steps.get((fact.article, agreement, steps.get("signed", "")), (None, ""))
            floor = floor if said != fact.sentence else None
        elif fact.predicate == steps.get("signed"):
            ceiling, said = self.steps.get((fact.article, agreement, steps.get("in_force", "")), (None, ""))
            ceiling = ceiling if said != fact.sentence else None
        answer = date_sort_key(fact.value)
        # the answer on or across the bound: the same date read as two steps, or one step misread
        if floor and not _date_before(floor, answer):
            floor = None
        if ceiling and not _date_before(answer, ceiling):
            ceiling = None
        return floor, ceiling


def _agreement_key(subject: str) -> str:
    """"the Treaty of Velm" and "The Treaty of Velm" are one agreement."""
    return re.sub(r"^the\s+", "", subject.strip().lower())


def _date_before(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Whether ``a`` is before ``b`` at the coarser of their precisions ("1494" is not before "7 June 1494")."""
    size = 1 if not a[1] or not b[1] else 2 if not a[2] or not b[2] else 3
    return a[:size] < b[:size]


def _within_steps(fact: Fact, wrong: list[str], pool: Pool | None, lexicon: Lexicon) -> list[str]:
    """The wrong dates on the right side of the agreement's other steps (see ``Pool.step_bounds``)."""
    if not isinstance(pool, Pool) or not wrong:
        return wrong
    floor, ceiling = pool.step_bounds(fact, lexicon)
    if not floor and not ceiling:
        return wrong
    keys = {w: date_sort_key(_iso(w)) for w in wrong}
    return [w for w in wrong if not (floor and _date_before(keys[w], floor))
            and not (ceiling and _date_before(ceiling, keys[w]))]


def _written_on(fact: Fact, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """The article's own date, when ``fact`` reports something done by then: no wrong date may come after it.

    A brief of May 2031 saying "talks resumed on 4 April 2031" rules out
    4 April 2033 as a choice; a date it gives for a plan ("will meet in
    2034"), or one past its own date, sets no such bound.
    """
    written = fact.extra.get("article_date")
    if not written:
        return None
    bound = date_sort_key(written)
    if bound[1] and not bound[2]:
        bound = (bound[0], bound[1], 31)        # "May 2031": any day of May
    elif not bound[1]:
        bound = (bound[0], 12, 31)
    if date_sort_key(fact.value) > bound or _unreal_verb(fact, lexicon):
        return None
    return bound


def distractors_for(fact: Fact, pool: Iterable[Fact] | Pool, lexicon: Lexicon, n: int) -> list[str]:
    """``n`` wrong answers of the same type and scale as ``fact``'s value.

    Never the answer in another form: values are compared after
    normalisation, and unit conversions of the answer are excluded.
    """
    answer = answer_text(fact, lexicon)
    index = pool if isinstance(pool, Pool) else Pool(pool)
    candidates: Iterable[str] = []
    if fact.kind == "date":
        year = date_sort_key(fact.value)[0]
        by_year = index.dates.get(fact.extra.get("precision"), {})
        horizon = _written_on(fact, lexicon)
        twins = index.twins.get(fact.value, set())
        near: list[str] = []
        # nearest years first; a few spare values cover any the answer's forms rule out.  Within a
        # year, an order seeded by the fact: not the year's earliest dates for every answer of it
        for gap in range(16):
            if len(near) > n + 2:
                break
            near += sorted((v for y in {year - gap, year + gap} for v in by_year.get(y, ()) if v != fact.value
                            and v not in twins and not (horizon and date_sort_key(v) > horizon)),
                           key=lambda v: (zlib.crc32((fact.id + v).encode("utf-8")), v))
        candidates = [format_date(v) for v in _spread_dates(near, n)] + \
            [format_date(v) for v in _nearby_dates(fact.value, fact.id)
             if not horizon or date_sort_key(v) <= horizon]
        start = _span_start(fact, lexicon)
        if start:
            # "from February to [[September 1840]]": the span's end comes after its start
            candidates = [c for c in candidates if date_sort_key(_iso(c)) > start]
        bounds = _printed_years(fact, lexicon)
        if bounds:
            # "In [[1613]] he became a Catholic, a step he made public in 1614": a wrong year on the other side
            # of a year the sentence prints is ruled out by the sentence itself; those on the answer's side first
            same_side = [c for c in candidates if all((date_sort_key(_iso(c))[0] > y) == (year > y) for y in bounds)]
            candidates = same_side + [c for c in candidates if c not in same_side]
        if fact.extra.get("precision") == "fuzzy":
            # "early May 1990" against "mid 1990": the two may be one time; another year is plainly another
            candidates = [c for c in candidates if date_sort_key(_iso(c))[0] != year]
        if _approximate(fact, lexicon.language):
            # "around 2066": 2065 and 2067 lie inside the approximation, and are not wrong
            slack = 10 if fact.value.endswith("0s") else 3
            candidates = [c for c in candidates if abs(date_sort_key(_iso(c))[0] - year) > slack]
    elif fact.kind in ("quantity", "range"):
        candidates = (unit_as_written(one_agrees(c, lexicon), fact) for c in _quantity_candidates(fact, index, lexicon))
    elif fact.kind == "parties":
        mine = list(fact.extra["sides"])
        # the article's own other sides first ("Chile and Bolivia" for "Chile and Peru"),
        # then sides of other articles, then any known side
        nearby = [s for s in fact.extra.get("sides_in_article", []) if s not in mine]
        corpus = [s for s in index.sides if s not in mine]
        known = sorted((s.name for s in lexicon.sides if s.name not in mine), key=lambda s: _hash(fact.id + s))
        # ("Denmark and Sweden" for "Denmark–Norway and Sweden" is no wrong answer)
        ordered = [s for s in dict.fromkeys(nearby + corpus + known)
                   if not any(_same_realm(s, m, lexicon) for m in mine)]
        sets = {frozenset(mine)}
        candidates = []
        for i, side in enumerate(ordered):
            swap = list(mine)
            if _person_side(side, lexicon) != _person_side(swap[i % len(swap)], lexicon):
                continue        # a ruler stands in only for a ruler, a state for a state
            swap[i % len(swap)] = side
            if frozenset(swap) in sets:
                continue        # "Russia and the US" and "the US and Russia" are one answer
            sets.add(frozenset(swap))
            candidates.append(_join([side_shown(s, fact, lexicon) for s in swap]))
            if len(candidates) >= 6:
                break
    seen = {answer.lower()}
    if fact.extra.get("converted"):
        seen.add(fact.extra["converted"].lower())
    out = []
    for c in candidates:
        if c.lower() not in seen:
            seen.add(c.lower())
            out.append(c)
        if len(out) == n:
            break
    return out


def _no_lone_twin(fact: Fact, out: list[str], spare: list[str]) -> list[str]:
    """Choices in which the answer's day and month come back in another year only once or twice ("26 July
    1921" beside "26 July 1926" and two other days): the pair points at the answer.  Such copies are
    swapped for other dates while there are any, or else every choice is the answer's day in another
    year, so that none is told apart; failing both, the copies are dropped."""
    key = date_sort_key(fact.value)[1:]

    def twin(c: str) -> bool:
        return date_sort_key(_iso(c))[1:] == key

    twins = [c for c in out if twin(c)]
    if not twins or len(twins) == len(out):
        return out
    others = [c for c in spare if not twin(c)]
    if len(others) >= len(twins):
        swapped = iter(others)
        return [next(swapped) if twin(c) else c for c in out]
    # too few other dates: the answer's day in other years only, so no choice stands out
    # (later years first: an earlier one may fall before a step the answer follows, as a signing)
    year = date_sort_key(fact.value)[0]
    every = [c for c in out if twin(c)] + sorted(
        (c for c in spare if twin(c)), key=lambda c: (date_sort_key(_iso(c))[0] < year, abs(date_sort_key(_iso(c))[0] - year)))
    if len(every) >= len(out):
        return every[:len(out)]
    return [c for c in out if not twin(c)]      # too few choices then: no question rather than a tell


def _span_start(fact: Fact, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """The start of a span whose end is the fact's date ("from February to September 1840"), as a sort key
    (its year the end's when it writes none), or None."""
    offset = fact.extra.get("offset", -1)
    if offset < 0 or fact.extra.get("precision") not in ("day", "month"):
        return None
    months = month_table(lexicon)
    m = _SPAN_BEFORE.search(fact.sentence, max(0, offset - 40), offset)
    if m is None or m.group("month").lower() not in months:
        return None
    year = int(m.group("year")) if m.group("year") else date_sort_key(fact.value)[0]
    return (year, months[m.group("month").lower()], int(m.group("day") or 0))


def _printed_years(fact: Fact, lexicon: Lexicon) -> list[int]:
    """The years of the other dates the fact's sentence prints (not the answer's own year), which a wrong
    year must not cross."""
    offset = fact.extra.get("offset", -1)
    if offset < 0 or sum(ch.isdigit() for ch in fact.sentence) <= sum(ch.isdigit() for ch in fact.text):
        return []
    year = date_sort_key(fact.value)[0]
    found = find_dates(fact.sentence, lexicon)
    return sorted({y for d in found if not d.relative and d.start != offset
                   for y in [date_sort_key(d.value)[0]] if y != year})


# "from February to ", "from 3 May 1990 until ", "between March and "
_SPAN_BEFORE = re.compile(r"\b(?:from|between)\s+(?:(?P<day>\d{1,2})\s+)?(?P<month>[A-Z][a-z]+)(?:\s+(?P<year>\d{4}))?"
                          r"\s+(?:to|until|till|and)\s+$")


def _measured(fact: Fact, lexicon: Lexicon) -> bool:
    """Whether the fact's unit measures something continuous (distance, money), not a count."""
    continuous = set(lexicon.data["units"].get("continuous_measures", []))
    unit = next((u for u in lexicon.units if u["name"] == fact.extra.get("unit")), None)
    return unit is not None and unit.get("measures") in continuous


def _approximate(fact: Fact, language: dict) -> bool:
    """Whether the article writes the value as an approximation: "about 13 kilometres"."""
    words = language.get("approximate_words", [])
    offset = fact.extra.get("offset", fact.sentence.find(fact.text))
    if not words or offset < 0:
        return False
    # the words before the value are near it: only the last of them are searched
    return bool(_approximate_re(tuple(words)).search(fact.sentence, max(0, offset - 60), offset)
                or _APPROXIMATE_AFTER.match(fact.sentence, offset + len(fact.text)))


@functools.lru_cache(maxsize=4)
def _approximate_re(words: tuple[str, ...]) -> re.Pattern:
    """An approximating word right before a value ("about", "some $"), made once per word list."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+(?:\$|€|£)?$", re.I)


_APPROXIMATE_AFTER = re.compile(r"\s*(?:or so|more or less)\b", re.I)


def _within_tenfold(a: float, b: float) -> bool:
    """Within a factor of ten of each other: sums of one order of magnitude."""
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= 10


def _too_close(a: float, b: float) -> bool:
    """Within two fifths of each other: inside the rounding of an approximate figure."""
    return a > 0 and b > 0 and max(a, b) / min(a, b) < 1.4


def _quantity_candidates(fact: Fact, index: Pool, lexicon: Lexicon) -> Iterator[str]:
    """Wrong values for a quantity or range, best first; made one at a time, as they are needed.

    None counts more than there can be: "210 provinces", or "80 votes" in a
    vote the sentence tallies "by 9 to two".
    """
    ceiling = _count_ceiling(fact, lexicon)
    coordinate = _coordinate_most(fact, lexicon)
    if coordinate is not None:
        if fact.kind == "quantity":
            coordinate -= 0.5       # "south of 90 degrees South latitude": the pole is no line, nothing lies beyond it
        ceiling = coordinate if ceiling is None else min(ceiling, coordinate)
    floor = _floor_before(fact, lexicon)
    # "passed by _____ votes to 30": a choice of 12 would make the pass a defeat
    tally_floor, tally_ceiling = _tally_side(fact, lexicon)
    floor = max(filter(lambda x: x is not None, (floor, tally_floor)), default=None)
    if tally_ceiling is not None:
        ceiling = tally_ceiling if ceiling is None else min(ceiling, tally_ceiling)
    for wrong in itertools.chain(_scaled_candidates(fact, index, lexicon),
                                 _tally_candidates(fact, tally_floor, tally_ceiling)):
        numbers = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", wrong)]
        scale = fact.extra.get("scale_value", 1) if fact.extra.get("scale") and fact.extra["scale"] in wrong else 1
        if floor is not None and numbers and min(numbers) * scale < floor:
            continue
        if ceiling is None or not numbers or max(numbers) * scale <= ceiling:
            yield wrong


def _coordinate_most(fact: Fact, lexicon: Lexicon) -> float | None:
    """The most a number of degrees can be as a latitude (90) or a longitude (180), by the words beside it.

    "60 degrees South latitude", "the 40th parallel" read as latitudes; "46
    degrees west of Velm", "the meridian" as longitudes.  The words just after
    the number decide before those just before it ("west of 60 degrees South").
    """
    kinds = lexicon.data["units"].get("coordinates", {})
    if fact.kind not in ("quantity", "range") or fact.extra.get("unit") not in kinds.get("units", ()):
        return None
    offset = fact.extra.get("offset", -1)
    if offset < 0:
        return None
    after = re.findall(r"[\w’'\-]+", fact.sentence[offset + len(fact.text):])[:3]
    before = re.findall(r"[\w’'\-]+", fact.sentence[:offset])[-3:]
    named = [({k.lower() for k in kind.get("words", ())}, kind["most"]) for kind in kinds.get("kinds", ())]
    for words in (after, before):
        for names, most in named:
            if any(w.lower() in names for w in words):
                return float(most)
    return None


def _floor_before(fact: Fact, lexicon: Lexicon) -> float | None:
    """"won 41 seats, far short of the _____": the bound after a count is more than it (far more if "far")."""
    offset = fact.extra.get("offset", -1)
    if fact.kind != "quantity" or fact.extra.get("high") is not None or offset < 0:
        return None
    bounds = lexicon.data["units"].get("ceilings_after", {})
    words = lexicon.language.get("number_words", {})
    number = r"(\d[\d,]*|" + (alternation(list(words)) if words else r"(?!x)x") + r")"
    far = bounds.get("far", [])
    before = re.split(r"[;.]", fact.sentence[:offset])[-1]
    part = re.search(r"\b" + number + r"\s+(?:out\s+)?of\s+(?:the|its|their|all)?\s*(?:" + _WHOLE_ADJECTIVES + r")?$",
                     before, re.I)
    if part:
        # "58 of the _____ deputies voted", "15 of its original _____ cabins": the whole is no fewer than its part
        return _number_value(part.group(1), words)
    for kind, more in (("below", 1), ("at_most", 0)):
        phrases = bounds.get(kind, [])
        if not phrases:
            continue
        m = re.search(r"\b" + number + r"(?:\s+[\w\-]+){0,2}\s*,?\s+(?:(" + (alternation(far) if far else r"(?!x)x")
                      + r")\s+|just\s+)?(?:" + alternation(phrases) + r")\s+" + _ceiling_lead(lexicon) + r"$",
                      before, re.I)
        if m:
            least = _number_value(m.group(1), words)
            return least * 1.25 if m.group(2) and kind == "below" else least + more
    return None


def _ceiling_lead(lexicon: Lexicon) -> str:
    """The words between a bound phrase and its number: "short of [the] [required] 60", "short of [a needed] 60"."""
    qualifiers = lexicon.data["units"].get("ceilings_after", {}).get("qualifiers", [])
    return (r"(?:(?:the|a|an)\s+)?(?:(?:" + (alternation(qualifiers) if qualifiers else r"(?!x)x")
            + r")\s+)?")


def _count_ceiling(fact: Fact, lexicon: Lexicon) -> float | None:
    """The most a count can be: its noun's most (``count_most``) or the total of the tally it is part of."""
    if fact.kind != "quantity" or fact.extra.get("high") is not None:
        return None
    caps = []
    most = lexicon.data["units"].get("count_most", {}).get(fact.extra.get("unit"))
    if most:
        caps.append(float(most))
    offset = fact.extra.get("offset", -1)
    words = lexicon.language.get("number_words", {})
    number = r"(\d[\d,]*|" + (alternation(list(words)) if words else r"(?!x)x") + r")"
    if offset >= 0 and fact.extra.get("unit") in lexicon.data["units"].get("tally_units", []):
        after = fact.sentence[offset:]
        tally = re.match(number + _tally_unit(lexicon) + r"\s+(?:to|against)\s+" + number + r"\b", after, re.I)
        if tally:
            # "by 9 to two": no side of the vote had more than all who voted
            caps.append(sum(_number_value(n, words) for n in tally.groups()))
    if offset >= 0:
        whole = re.match(r"\s+(?:out\s+)?of\s+(?:the|its|their|all)\s+(?:" + _WHOLE_ADJECTIVES + r")?" + number + r"\b",
                         fact.sentence[offset + len(fact.text):], re.I)
        if whole:
            # "_____ of the 62 deputies voted for it": a part is no more than its whole
            caps.append(_number_value(whole.group(1), words))
        after_cap = _ceiling_after(fact.sentence[offset + len(fact.text):], lexicon)
        if after_cap is not None:
            caps.append(after_cap)
    return min(caps) if caps else None


# "15 of its original 30 cabins": words between "of its" and the whole that leave it the whole
_WHOLE_ADJECTIVES = r"(?:original|initial|first|total|remaining|available|existing|former)\s+"


def _tally_candidates(fact: Fact, floor: float | None, ceiling: float | None) -> Iterator[str]:
    """Counts a little off a vote's, on its side of the tally: the spare choices when scaling leaves too few."""
    if floor is None and ceiling is None:
        return
    low = int(fact.extra["low"])
    step = max(1, round(low * 0.05))
    for k in sorted([-3, -2, -1, 1, 2, 3, 5], key=lambda k: _hash(fact.id + "tally" + str(k))):
        value = low + k * step
        if value > 1 and (floor is None or value >= floor) and (ceiling is None or value <= ceiling):
            yield quantity_text(value, None, fact.extra)


def _tally_side(fact: Fact, lexicon: Lexicon) -> tuple[float | None, float | None]:
    """The bounds a vote's tally sets a count of it: (least, most), either None.

    "passed by 41 votes to 30": the count before "to" won, so a wrong one
    stays above the other side's 30 (and a count after "to" below the
    winner's), or the sentence would say the vote went the other way.
    """
    offset = fact.extra.get("offset", -1)
    if (fact.kind != "quantity" or fact.extra.get("high") is not None or offset < 0
            or fact.extra.get("unit") not in lexicon.data["units"].get("tally_units", [])):
        return None, None
    words = lexicon.language.get("number_words", {})
    number = r"(\d[\d,]*|" + (alternation(list(words)) if words else r"(?!x)x") + r")"
    own = fact.extra.get("low")
    unit = _tally_unit(lexicon)
    after = re.match(number + unit + r"\s+(?:to|against)\s+" + number + r"\b", fact.sentence[offset:], re.I)
    before = re.search(r"\b" + number + unit + r"\s+(?:to|against)\s+$", fact.sentence[:offset], re.I)
    other = (_number_value(after.group(2), words) if after
             else _number_value(before.group(1), words) if before else None)
    if other is None or own is None or own == other:
        return None, None
    return (other + 1, None) if own > other else (None, other - 1)


def _tally_unit(lexicon: Lexicon) -> str:
    """An optional tally word after a count ("41 votes to 30"), from the word list of tally units."""
    units = lexicon.data["units"].get("tally_units", [])
    words = sorted({w for u in units for w in (u, u[:-1] if u.endswith("s") else u)})
    return r"(?:\s+(?:" + alternation(words) + r"))?" if words else ""


def _ceiling_after(after: str, lexicon: Lexicon) -> float | None:
    """"well below the 74 required", "out of 110" after a count: the most the sentence lets it be."""
    bounds = lexicon.data["units"].get("ceilings_after", {})
    words = lexicon.language.get("number_words", {})
    number = r"(\d[\d,]*|" + (alternation(list(words)) if words else r"(?!x)x") + r")\b"
    clause = re.split(r"[;.]", after, maxsplit=1)[0]
    far = bounds.get("far", [])
    for kind, less in (("below", 1), ("at_most", 0)):
        phrases = bounds.get(kind, [])
        if not phrases:
            continue
        m = re.search(r"\b(?:(" + (alternation(far) if far else r"(?!x)x") + r")\s+|just\s+)?(?:"
                      + alternation(phrases) + r")\s+" + _ceiling_lead(lexicon) + number, clause, re.I)
        if m:
            most = _number_value(m.group(2), words)
            return math.floor(most * 0.8) if m.group(1) and kind == "below" else most - less
    return None


def _number_value(text: str, words: dict) -> float:
    return float(words[text.lower()]) if text.lower() in words else float(text.replace(",", ""))


def _scaled_candidates(fact: Fact, index: Pool, lexicon: Lexicon) -> Iterator[str]:
    """Wrong values from the corpus, one step off, then scaled; before any cap."""
    # "about 13 km": a value that is measured or rounded needs distractors beyond its rounding
    loose = _measured(fact, lexicon) or _approximate(fact, lexicon.language)
    money = any(u["name"] == fact.extra["unit"] and u.get("measures") == "money" for u in lexicon.units)
    for f in index.quantities.get((fact.kind, fact.extra["unit"]), ()):
        if f.value.lstrip("<>=") != fact.value.lstrip("<>="):
            if loose and _too_close(f.extra["low"], fact.extra["low"]):
                continue
            if money and not _within_tenfold(f.extra["low"], fact.extra["low"]):
                continue        # "$16" an hour beside "$16.6 billion" of goods: another kind of sum gives it away
            yield quantity_text(f.extra["low"], f.extra.get("high"), f.extra)
    if (not loose and fact.extra.get("high") is None and float(fact.extra["low"]).is_integer()
            and fact.extra["low"] < 20):
        low = int(fact.extra["low"])
        for step in sorted([-3, -2, -1, 1, 2, 3, 5], key=lambda k: _hash(fact.id + str(k))):
            if low + step > 1:      # never "1 inspectors"
                yield quantity_text(low + step, None, fact.extra)
    most = next((u.get("most") for u in lexicon.units if u["name"] == fact.extra["unit"]), None)
    for factor in _factors(fact.id):
        if loose and _too_close(factor, 1):
            continue        # "about 13 km" is not told apart from 16 km
        # round in the article's own scale: "$0.6 billion", not "$0.62 billion"
        unit_size = fact.extra.get("scale_value", 1) if fact.extra.get("scale") else 1
        whole = float(fact.extra["low"]).is_integer() and unit_size == 1
        # "906,317 votes": an exact count beside round ones ("1,359,500") stands out; its lures are exact too
        exact = whole and fact.extra["low"] >= 1000 and fact.extra["low"] % 100 != 0
        rounding = (lambda x: float(round(x))) if exact else (lambda x: _round(x, whole))
        low = rounding(fact.extra["low"] / unit_size * factor) * unit_size
        high = (rounding(fact.extra["high"] / unit_size * factor) * unit_size
                if fact.extra.get("high") is not None else None)
        if whole and (low < 2 or (high is not None and high <= low)):
            continue
        if unit_size > 1 and low < unit_size:
            continue        # "0.2 million": no article writes a number so

        if most is not None and max(low, high or low) > most:
            continue        # never "250 percent of voters"
        yield quantity_text(low, high, fact.extra)


def _spread_dates(values: Sequence[str], n: int) -> list[str]:
    """``values`` in their order, but a date in the month (or within days) of one taken before waits its turn.

    Three wrong days of one week beside an answer months away single the
    answer out; wrong dates of different months do not.  The ones set aside
    come after the first ``n`` taken, for when nothing else is left.
    """
    taken: list[tuple[int, int, int]] = []
    first, later = [], []
    for i, v in enumerate(values):
        if len(first) >= n:
            return first + later + list(values[i:])
        key = date_sort_key(v)
        if key[1] and any(_close_days(key, k) for k in taken):
            later.append(v)
        else:
            taken.append(key)
            first.append(v)
    return first + later


def _close_days(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Whether two (year, month, day) keys fall in one month, or within a fortnight across a month's end."""
    if a[:2] == b[:2]:
        return True
    if not (a[2] and b[2]):
        return False
    return abs((a[0] * 12 + a[1]) - (b[0] * 12 + b[1])) == 1 and abs(
        (a[0] * 12 + a[1]) * 31 + a[2] - (b[0] * 12 + b[1]) * 31 - b[2]) < 14


def _nearby_dates(value: str, seed: str) -> list[str]:
    m = re.search(r"(\d{4})(.*)$", value)
    if not m:
        return []
    prefix = value[:m.start()]
    year, rest = int(m.group(1)), m.group(2)
    offsets = sorted([-3, -2, -1, 1, 2, 3, 4, -4, 5], key=lambda o: _hash(seed + str(o)))
    step = 10 if value.endswith("0s") else 1
    # (four figures, as every value writes its year: "0841-08" for August 841)
    return [f"{prefix}{year + o * step:04d}{rest}" for o in offsets]


def _factors(seed: str) -> list[float]:
    return sorted([0.5, 2, 1.5, 0.75, 3, 0.25, 1.25], key=lambda f: _hash(seed + str(f)))


def _round(x: float, whole: bool = False) -> float:
    """A round, plausible number near ``x``; whole numbers for counts."""
    if x >= 1000:
        return float(round(x, -2))
    if x >= 100:
        return float(round(x, -1))
    if whole or x >= 10:
        return float(round(x))
    return round(x, 1)


def _surface_like(fact: Fact, wrong: str, lexicon: Lexicon) -> str:
    surface = _surface_form(fact, wrong, lexicon)
    if fact.kind == "quantity" and fact.extra.get("low") == 1 and "high" not in fact.extra:
        surface = _many_agree(surface, lexicon)
    return one_agrees(surface, lexicon) if fact.kind in ("quantity", "range") else surface


def _many_agree(text: str, lexicon: Lexicon) -> str:
    """"three year" (from the article's "one year") -> "three years": a unit after a number other than one
    is plural, as the unit's forms write it ("a three-year term" keeps its hyphen and its singular)."""
    plurals = lexicon.cached("unit_plurals", _unit_plurals)
    m = re.search(r"(?:\d[\d,.]*|\b[a-z]+)\s+([A-Za-z]+)\b", text)
    if not m or m.group(0).split()[0].lower() in ("one", "1", "a", "an"):
        return text
    plural = plurals.get(m.group(1).lower())
    if plural is None:
        return text
    plural = plural[:1].upper() + plural[1:] if m.group(1)[:1].isupper() else plural
    return text[:m.start(1)] + plural + text[m.end(1):]


def _unit_plurals(lexicon: Lexicon) -> dict[str, str]:
    """Each singular unit form with its plural: "year" -> "years", "mile" -> "miles"."""
    return {one: many for many, one in _Singulars(lexicon).items()}


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})")
_MONTH_DAY_YEAR = re.compile(r"[A-Z][a-z]+\.? \d{1,2}, \d{4}")


def _surface_form(fact: Fact, wrong: str, lexicon: Lexicon) -> str:
    """A wrong value written the way the article wrote the right one."""
    if fact.kind == "date":
        m = re.search(r"\d{4}", wrong)
        if fact.extra.get("precision") in ("year", "fuzzy") and m:
            return re.sub(r"\d{4}", m.group(0), fact.text, count=1)
        day = _DAY_MONTH_YEAR.fullmatch(wrong)
        if day and _MONTH_DAY_YEAR.fullmatch(fact.text):
            # "June 28, 1919" in the article: a false "June 21, 1919", not "21 June 1919", whose
            # other order alone would tell the student which statement is false
            return f"{day.group(2)} {day.group(1)}, {day.group(3)}"
        return wrong
    numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", wrong)
    if fact.kind == "range" and len(numbers) == 2:
        # keep the article's words around the numbers: "between 4 and 15 nautical miles"
        found = [m for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", fact.text)]
        if len(found) >= 2:
            low, high = found[0], found[1]
            return (fact.text[:low.start()] + numbers[0] + fact.text[low.end():high.start()]
                    + numbers[1] + fact.text[high.end():])
        return wrong
    if numbers and re.search(r"\d", fact.text):
        return re.sub(r"\d[\d,]*(?:\.\d+)?", numbers[0], fact.text, count=1)
    spelled = lexicon.cached("number_word_run", _NumberWordRun).pattern.search(fact.text) if numbers else None
    if spelled:
        # "three envoy ships" -> "eight envoy ships", "five-year" -> "three-year": only the number's words change
        value = float(numbers[0].replace(",", ""))
        words = lexicon.cached("number_word_run", _NumberWordRun).words
        number = words.get(int(value), numbers[0]) if value.is_integer() else numbers[0]
        if spelled.group(0)[0].isupper():
            number = number[0].upper() + number[1:]
        end = spelled.end()
        scale = fact.extra.get("scale", "")
        if scale and scale not in wrong and fact.text[end:].lower().startswith(" " + scale.lower()):
            end += len(scale) + 1     # "two hundred years" -> "250 years": the wrong value is written whole
        return fact.text[:spelled.start()] + number + fact.text[end:]
    if numbers and re.search(r"-", fact.text):
        # "five-year" -> "three-year": a number written in words stays in words
        words = {v: k for k, v in lexicon.language["number_words"].items() if " " not in k}
        value = float(numbers[0].replace(",", ""))
        number = words.get(int(value), numbers[0]) if value.is_integer() else numbers[0]
        return re.sub(r"\b[a-z]+(?=-)", number, fact.text, count=1)
    return wrong


class _NumberWordRun:
    """A number written in words ("three", "twenty-five", "a dozen") as one pattern, made once per lexicon,
    and the word each small whole number is written with."""

    def __init__(self, lexicon: Lexicon) -> None:
        names = lexicon.language.get("number_words", {})
        word = alternation(list(names)) if names else r"(?!x)x"
        self.pattern = re.compile(rf"\b(?:{word})(?:[\s\-](?:{word}))*\b", re.I)
        multipliers = {m.lower() for m in lexicon.language.get("number_multipliers", [])}
        self.words: dict[int, str] = {}
        for name, value in names.items():
            # "twelve", not "dozen" or "a dozen": a plain word stands for the number alone
            if " " not in name and name.lower() not in multipliers:
                self.words.setdefault(value, name)


def _ordered_choices(seed: str, answer: str, distractors: Sequence[str], fact: Fact) -> list[str]:
    choices = [answer, *distractors]
    if fact.kind == "date":
        return sorted(choices, key=lambda c: (date_sort_key(_iso(c)), c))   # "3 May 1961" by its day too
    return sorted(choices, key=lambda c: _hash(seed + c))


def _iso(text: str) -> str:
    months = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
    m = re.search(r"(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})", text)
    if m and m.group(2).lower() in months:
        month = months.index(m.group(2).lower()) + 1
        return f"{m.group(3)}-{month:02d}" + (f"-{int(m.group(1)):02d}" if m.group(1) else "")
    return text


# -- wording helpers ----------------------------------------------------------

def _mask_side(content: str, side: str, lexicon: Lexicon) -> str:
    """Replace the answer side's own name in the stem ("repeated Aldoria's position" → "its position")."""
    entry = lexicon.side(side)
    if entry is None:
        return content
    words = entry.names + entry.demonyms + entry.seats + [side]
    for word in sorted(set(words), key=len, reverse=True):
        if word in content:
            # "said Rome was Aldoria's." stands without a noun: "its own", never a bare "its"
            content = re.sub(r"(?<![\w.])" + re.escape(word) + r"['’]s\b(?=\s*(?:[.,;:!?)”\"]|$))", "its own", content)
            content = re.sub(r"(?<![\w.])" + re.escape(word) + r"['’]s\b", "its", content)
    return content


def _hedged(stem: str, fact: Fact) -> str:
    if not fact.hedge:
        return stem
    return f"{fact.hedge} {_lower_first(stem)}"


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and not text.startswith(("I ", "New ")):
        first = text.split()[0]
        if first.lower() in {"the", "a", "an", "when", "in", "which", "who", "what", "how", "it", "this", "these", "that"}:
            return text[0].lower() + text[1:]
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _coin(seed: str) -> bool:
    return _hash(seed + "tf") % 2 == 0


def _hash(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)


def _tags(fact: Fact, qtype: str) -> list[str]:
    tags = [f"kind::{fact.kind}", f"type::{qtype}"]
    if fact.side:
        tags.append("side::" + fact.side.lower().replace(" ", "_"))
    return tags


def _question(fact: Fact, qtype: str, text: str, answer: str, lexicon: Lexicon) -> Question:
    q = Question(id=f"{fact.id}-{qtype}", type=qtype, question=text, answer=answer,
                 article=fact.article, sentence=fact.sentence)
    if fact.kind in ("quantity", "range") and fact.extra.get("converted") and qtype in ("cloze", "short"):
        q.answer_note = f"about {fact.extra['converted']}"
    twin = fact.extra.get("calendar_twin") if fact.kind == "date" else None
    if twin and qtype in ("short", "cloze"):
        q.answer_note = f"also written {format_date(twin)}, in the other calendar"
    referent = fact.extra.get("referent")
    if fact.extra.get("referent_it") and referent and qtype != "short":
        # "ratified it, and the treaty (the X) …": checked as if "it" were named
        q.checks = quality_reasons(dataclasses.replace(q, question=_it_named(text, referent[2], lexicon)), lexicon)
    else:
        q.checks = quality_reasons(q, lexicon)
    if qtype in ("cloze", "mcq", "tf") and fact.kind in ("date", "quantity", "range"):
        # a word that leans outside ("it", "that month") belongs to the sentence: every question
        # printed from it, whichever value it blanks or changes, carries the same reasons
        # (one reason of a kind is enough: "“extension” does not say which one" is not repeated
        # for "“a five-year extension”")
        kinds = {c.rpartition("”")[2] for c in q.checks}
        for reason in _sentence_references(fact, lexicon):
            if reason not in q.checks and reason.rpartition("”")[2] not in kinds:
                q.checks.append(reason)
    if qtype == "tf" and fact.kind in ("date", "quantity", "range"):
        # "Then came the election of 1844": the statement's year, true or changed, is all that
        # says which election, as the cloze's blank is
        sentence, start, end = _stem(fact, lexicon)
        alone = blank_only_complement(sentence[:start] + BLANK + sentence[end:], lexicon.language) \
            if start >= 0 else ""
        if alone and f"“{alone}” does not say which one" not in q.checks:
            q.checks.append(f"“{alone}” does not say which one")
    if qtype in ("cloze", "mcq") and fact.kind == "date":
        # "Thank a [[2007]] treaty.": the blanked year is all that says which treaty
        alone = blank_before_noun(re.sub(r"\[\[.*?\]\]", BLANK, text), lexicon.language)
        if alone and f"“{alone}” does not say which one" not in q.checks:
            q.checks.append(f"“{alone}” does not say which one")
    counted = (_counted_from(fact, lexicon.language)
               if fact.kind in ("date", "quantity") and qtype in ("cloze", "mcq", "tf") else "")
    if counted:
        q.checks.append(f"the sentence gives the answer away: it counts from another date (“{counted}”)")
    if fact.kind == "date" and fact.extra.get("relative") and (qtype != "cloze" or _weekday_only(fact, lexicon)):
        q.checks.append("the date's year comes from the sentence before, which readers may not see"
                        if fact.extra.get("year_before")
                        else "the date is worked out from the article's own date, which readers may not see")
    tail = _range_tail(fact) if fact.kind == "date" else ""
    if tail and not (qtype == "tf" and answer == "True"):
        # "its [[2027]]–28 season": the "–28" left after the blank gives the year away, and a wrong
        # year ("2031–28") is no season; only the sentence as the article gives it stays
        q.checks.append(f"the date is part of “{fact.text}{tail}”: the question asks only half of it")
    paired = _paired_number(fact, lexicon) if fact.kind in ("date", "quantity") else ""
    if paired:
        # "around 46 or [[47]] degrees", "by 80 to [[85 per cent]]": the other number shows the answer,
        # and a wrong one beside it ("80 to 42 per cent") is no span at all
        q.checks.append(f"the number is one of a pair (“{paired}”): the question asks only one side of it")
    listed = (_listed_count(fact) if fact.kind == "quantity" and (qtype in ("cloze", "mcq")
                                                                   or (qtype == "tf" and answer == "False")) else "")
    if listed and qtype == "tf":
        # "kept four ports, at Velm, Ostrel and Brin": a changed count is false in plain sight
        q.checks.append(f"the sentence lists the members (“{listed}”): the changed number disagrees with "
                        "them in plain sight")
    elif listed:
        # "kept [[three]] ports, at Velm, Ostrel and Brin": the student counts the names
        q.checks.append(f"{_LISTS_MEMBERS} (“{listed}”)")
    if fact.extra.get("twin_apart"):
        twin = None     # the other spelling is in another sentence: nothing beside the blank gives it away
    if twin and qtype in ("cloze", "mcq"):
        # "signed on [[1 May 1700]] (12 May in the Gregorian calendar)": the blank's own date is printed beside it
        q.checks.append(f"the sentence writes the same date in another calendar ({format_date(twin)}) "
                        "beside the blank")
    if twin and qtype == "tf" and answer == "False":
        q.checks.append(f"the sentence writes the same date in another calendar ({format_date(twin)}): "
                        "the changed date disagrees with it in plain sight")
    if qtype in ("cloze", "mcq", "tf") and (_unnamed_agreement(fact, text, lexicon) or _indefinite_subject(fact)
                                            or fact.extra.get("subject_before")):
        q.checks.append("the sentence does not say which agreement it is about")
    if fact.extra.get("field") and qtype != "short" and fact.kind == "date":
        # "Signed: [[8 May 1990]], Velm": the box's label says which event, not which agreement; the short
        # question names it
        q.checks.append("the line is a field of a box: it does not name the agreement it dates")
    if fact.kind in ("date", "quantity", "range") and not fact.subject and not fact.extra.get("actor"):
        # no agreement or event named for it: in teachers' reviews, two in five such questions
        # leaned on the sentences around them ("the crowd cheered on 2 February 2036"); a sentence
        # that opens with a named subject and its own verb ("Ivo Brandt resigned on 2 May") names it
        q.checks.append(f"the sentence does not name what this {'date' if fact.kind == 'date' else 'number'} belongs to")
    return q


def _indefinite_subject(fact: Fact) -> bool:
    """Whether the agreement a date or number is filed under is one the sentence only describes: "A Memorandum
    of Understanding signed in February 1995 ...", "A UN-brokered truce took effect on D" (between whom?)."""
    if fact.kind not in ("date", "quantity", "range") or not fact.subject.startswith("the ") \
            or fact.extra.get("agreement") is False or (fact.kind == "date" and not fact.extra.get("agreement")):
        return False
    # the sentence opens with it, as its subject, and never names it: "Aldoria and Marnia signed a pact" says whose
    bare, sentence = fact.subject[4:], fact.sentence
    lead = next((w for w in ("A ", "An ", "Another ") if sentence.startswith(w + bare)), "")
    after = sentence[len(lead) + len(bare):len(lead) + len(bare) + 1]
    return bool(lead) and not (after.isalnum() or after == "-") \
        and "the " + bare not in sentence and "The " + bare not in sentence


def _unnamed_agreement(fact: Fact, text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` dates an agreement's event by its noun alone and never says which agreement.

    "Ratifications exchanged in Velmora on 26 June 1843", "announced their
    ratification on 4 May": the event is one only agreements undergo (a
    predicate marked ``agreement``), named by its noun (the fact's subject is
    that noun, "the ratifications"), and the sentence has no "treaty", "pact"
    or any agreement's name to say whose.  A sentence whose own actor does it
    to something else ("Aldoria extended its fishing limit") is not one.
    """
    trigger = fact.extra.get("trigger") or ""
    if fact.kind != "date" or fact.extra.get("agreement") is not False or not trigger \
            or fact.predicate not in _agreement_predicates(lexicon):
        return False
    if fact.subject.lower().rsplit(None, 1)[-1:] != [trigger.lower()]:
        return False
    return not _names_agreement_re(lexicon.agreement_noun_re).search(text)


def _agreement_predicates(lexicon: Lexicon) -> frozenset[str]:
    """The predicates that only agreements undergo ("signed", "ratified"), from ``predicates.yaml``."""
    return lexicon.cached("agreement_predicates", lambda lex: frozenset(
        e["predicate"] for e in lex.predicates if e.get("agreement")))


def _it_named(text: str, name: str, lexicon: Lexicon) -> str:
    """"Marnia ratified it, and the treaty (the X Treaty) entered into force": the gloss names "it" too."""
    verbs = [w for key in ("object_verbs", "vote_verbs") for w in lexicon.language.get(key, [])]
    return re.sub(r"\b((?:" + alternation(verbs) + r")\s+)it\b", lambda m: m.group(1) + name, text, count=1)


def _sentence_references(fact: Fact, lexicon: Lexicon) -> list[str]:
    """The reference reasons of the sentence a fact's questions print, as the article gives it.

    Made from the whole sentence (with its gloss), not from one question's
    blanked copy: a quantity blanked before "that month" is no date it could
    count from, and the date written there is one.
    """
    sentence = _stem(fact, lexicon)[0]
    referent = fact.extra.get("referent")
    if fact.extra.get("referent_it") and referent:
        sentence = _it_named(sentence, referent[2], lexicon)
    return lexicon.cached("sentence_references", _SentenceReferences).of(sentence, lexicon)


class _SentenceReferences:
    """The reference reasons of each sentence, worked out once per lexicon: its facts' questions share them."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.known: dict[str, list[str]] = {}

    def of(self, sentence: str, lexicon: Lexicon) -> list[str]:
        reasons = self.known.get(sentence)      # one lookup: another thread may clear the dict
        if reasons is None:
            if len(self.known) >= 4096:
                self.known.clear()      # a long run over many articles: keep only recent sentences
            q = Question(id="sentence-tf", type="tf", question=sentence, answer="True", article="", sentence=sentence)
            reasons = reference_reasons(q, lexicon)
            part = opening_part(sentence, lexicon.language)
            if part:
                reasons.append(f"“{part}” does not say which one")
            self.known[sentence] = reasons
        return reasons


_RANGE_TAIL = re.compile(r"[–\-/](?:\d{4}|\d{1,2})(?![\d\w])")


def _listed_count(fact: Fact) -> str:
    """The names listed right after a count that number as many as it ("three ports: Velm, Ostrel and Brin"), or "".

    A comma, colon, dash or bracket after the count and a few words of its
    own ("three ports, the river ports at") open the list; names joined by
    commas and "and" make it.
    """
    m = re.match(r"\d+", fact.value)
    count = int(m.group(0)) if m else 0
    if not 2 <= count <= 12:
        return ""
    at = fact.extra.get("offset", fact.sentence.find(fact.text))
    if at < 0:
        return ""
    listed = _LISTED_NAMES.match(fact.sentence, at + len(fact.text), at + len(fact.text) + 240)
    if not listed:
        # "Six men signed it: A, B and C for Italy, and D, E and F for the kingdom": the names in groups, each
        # group's "for ..." left out
        tail = _FOR_GROUP.sub("", fact.sentence[at + len(fact.text):at + len(fact.text) + 240])
        listed = _LISTED_NAMES.match(tail)
        if not listed:
            return ""
        run = _NAMES_RUN.match(tail, listed.start("names"))
        names = run.group(0) if run else listed.group("names")
        return names if len(re.split(r",\s+(?:and\s+)?|\s+and\s+", names)) == count else ""
    names = listed.group("names")
    return names if len(re.split(r",\s+(?:and\s+)?|\s+and\s+", names)) == count else ""


# "... and C for Italy, and D ...": what a group of listed names is for, between the groups
_FOR_GROUP = re.compile(r"\s+for\s+[^,;.:]+(?=[,;.:]|$)")
# a name of capitalised words, perhaps joined by "of" or "the": "Lough Velm", "Port of Brin", "Ivo K. Brandt"
# (an initial's full stop is no sentence's end)
_LISTED_WORD = r"(?:[A-Z]\.|[A-Z][\w’'\-]*)"
_LISTED_NAME = _LISTED_WORD + r"(?:\s+(?:(?:of|de|la|del|the|upon|von|van|der|da|di|du)\s+)*" + _LISTED_WORD + r")*"
# names joined by commas and "and", in one group or several ("A, B and C, and D, E and F")
_NAMES_RUN = re.compile(_LISTED_NAME + r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)" + _LISTED_NAME + r")+(?=\s*(?:[.;:)]|$))")
# the count's own few words (no clause of its own), a comma, colon, dash or bracket, a few
# words of apposition ("the river ports at"), then the names joined by commas and "and"
_LISTED_NAMES = re.compile(
    r"(?:\s+(?!(?:and|but|while|whereas|which|who|when|that)\b)[\w’'\-]+){0,4}\s*(?:,|:|\s[\u2014\u2013]|\s-|\()\s*"
    r"(?:(?!(?:and|but|while|whereas|which|who|when|that)\b)[\w’'\-]+\s+){0,6}?"
    r"(?P<names>" + _LISTED_NAME + r"(?:,\s+" + _LISTED_NAME + r")*,?\s+and\s+" + _LISTED_NAME + r")"
    r"(?=\s*(?:[,;:.)\u2014\u2013]|$))")


def _paired_number(fact: Fact, lexicon: Lexicon) -> str:
    """"46 or 47 degrees", "80 to 85 per cent": the pair of numbers the fact's value is one side of, or "".

    Two alternatives ("A or B") or the ends of a span not read as a range
    ("A to B", "A–B"); not a change ("from 40 to 60"), nor a vote's tally
    ("by 9 votes to 2"), each of whose numbers is a fact of its own.
    """
    at = fact.extra.get("offset", fact.sentence.find(fact.text))
    if at < 0:
        return ""
    joins = "or|to|–|-" if fact.kind == "quantity" else "or"
    tally = fact.extra.get("unit") in lexicon.data["units"].get("tally_units", [])
    # the number before is near: only the last words before the value are searched
    before = _pair_before(joins).search(fact.sentence, max(0, at - 60), at)
    if before and not before.group(1) and not (tally and "to" in before.group(3)):
        return fact.sentence[before.start(2):at + len(fact.text)]
    after = _pair_after(joins).match(fact.sentence, at + len(fact.text))
    if after and re.fullmatch(r"\d[\d,.]*", fact.text) and not (tally and "to" in after.group(1)) \
            and not re.search(r"\b(?:from|between)\s+$", fact.sentence[:at]):
        return fact.sentence[at:after.end()]
    return ""


@functools.lru_cache(maxsize=4)
def _pair_before(joins: str) -> re.Pattern:
    """A number and a joining word ("46 or", "80 to") just before the value, made once per joining set."""
    return re.compile(r"(?<![\w,.])(?:(from|between)\s+)?(\d[\d,.]*)(\s*(?:" + joins + r")\s*)$")


@functools.lru_cache(maxsize=4)
def _pair_after(joins: str) -> re.Pattern:
    """A joining word and a number just after the value ("or 47", "to 85")."""
    return re.compile(r"(\s*(?:" + joins + r")\s*)\d[\d,.]*(?![\d,.]*\d)")


def _range_tail(fact: Fact) -> str:
    """The rest of a year range or season the date's year opens ("–28" of "2027–28"), or ""."""
    at = fact.extra.get("offset", fact.sentence.find(fact.text))
    if at < 0 or not re.fullmatch(r"\d{4}", fact.text):
        return ""
    m = _RANGE_TAIL.match(fact.sentence, at + len(fact.text))
    return m.group(0) if m else ""


def _counted_from(fact: Fact, language: dict) -> str:
    """"In 1921, four years before ... 7 July 1925": either date, or the span, works out from the other two.

    A date is given away by a span and another date; a span ("three years")
    by the two dates it lies between.
    """
    m = _offset_re(tuple(language.get("number_words", {}))).search(fact.sentence)
    if not m:
        return ""
    years = [int(y) for y in re.findall(r"\b(?:1\d{3}|20\d{2})\b", fact.sentence)]
    span = _offset_years(m.group(0), language)
    if fact.kind == "quantity":
        inside = m.start() <= fact.sentence.find(fact.text) < m.end()
        return m.group(0) if inside and len(years) >= 2 and _span_fits(span, years) else ""
    outside = [int(y) for y in re.findall(r"\b(?:1\d{3}|20\d{2})\b", fact.sentence.replace(fact.text, " "))]
    own = re.match(r"\d{4}", fact.value)
    if not outside and span is not None and 0 < span[0] < 1 and fact.extra.get("precision") == "day":
        # "on 14 November 1990, six weeks after reunification on 3 October": a day the other day gives away
        months = language.get("months", [])
        rest = fact.sentence.replace(fact.text, " ")
        if months and re.search(r"\b\d{1,2}\s+(?:" + "|".join(map(re.escape, months)) + r")\b|\b(?:"
                                + "|".join(map(re.escape, months)) + r")\s+\d{1,2}\b", rest):
            return m.group(0)
    # the other date must lie the span away: "entered into force on D2, ninety days after Velm ratified" does not
    # give D2 away when the sentence's other date is years before
    return m.group(0) if outside and (own is None or _span_fits(span, [int(own.group(0)), *outside])) else ""


def _offset_years(offset: str, language: dict) -> tuple[float, float] | None:
    """How many years "four years after", "ninety days before" span, at least and at most (None if unread)."""
    words = offset.lower().split()
    if words[0] == "the":
        return (0, 0) if "same" in words else (1, 1)    # "the following year", "the year before"
    if len(words) < 3:
        return None
    numbers = {str(k).lower(): v for k, v in language.get("number_words", {}).items()}
    said = " ".join(words[:-2])
    count = int(said) if said.isdigit() else 1 if said in ("a", "an") else numbers.get(said)
    per_year = {"day": 365, "week": 52, "month": 12, "year": 1, "decade": 0.1}.get(words[-2].rstrip("s"))
    if not isinstance(count, (int, float)) or per_year is None:
        return None
    return count / per_year, count / per_year


def _span_fits(span: tuple[float, float] | None, years: list[int]) -> bool:
    """Whether two of ``years`` lie ``span`` apart, give or take the rest of a year (or whether the span is unread)."""
    if span is None:
        return True
    return any(abs(abs(a - b) - span[0]) <= 1 for i, a in enumerate(years) for b in years[i + 1:])


@functools.lru_cache(maxsize=8)
def _offset_re(number_words: tuple[str, ...]) -> re.Pattern:
    # "four years after", and "the following year", "the year before", "the same year": one year, or none, off
    return re.compile(r"\b(?:\d+|" + alternation(list(number_words)) + r"|a|an)\s+(?:years?|months?|weeks?|days?|decades?)\s+"
                      r"(?:before|after|later|earlier|on|afterwards)\b"
                      r"|\bthe\s+(?:following|next|previous|preceding|same)\s+year\b|\bthe\s+year\s+(?:before|after)\b", re.I)


# -- questions across articles ----------------------------------------------------

ACROSS = "across-articles"
ACROSS_TITLE = "Across the articles"
ORDER_CHOICES = 4


def corpus_questions(facts: dict[str, list[Fact]], lexicon: Lexicon) -> list[Question]:
    """Questions that compare facts of several articles: which came first, which agreement set a limit.

    They need at least two articles; each carries the sentence of its answer.
    """
    if sum(1 for fs in facts.values() if fs) < 2:
        return []
    # sentences that may print an agreement's initials in brackets ("the Accord on Reefs (ARA)")
    bracketed = sorted({f.sentence for fs in facts.values() for f in fs if "(" in f.sentence})
    return _which_came_first(facts, lexicon, bracketed) + _which_agreement(facts, lexicon, bracketed)


def event_name(fact: Fact, lexicon: Lexicon) -> str:
    """The event a date fact dates, named for a list: "New REEF was signed".

    Empty when the event is not named well enough to tell it apart from
    others ("the election", "the war").
    """
    entry = _predicate_entry(fact.predicate, lexicon)
    if not fact.subject or entry is None or fact.extra.get("setting"):
        return ""       # "After the Salt War, Aldoria closed its ports on D": D is not the war's
    if fact.extra.get("agreement"):
        if not entry.get("agreement"):
            return ""       # "the accord was held": the event word was not about the accord
        name = entry.get("event", "{subject}").format(subject=fact.subject, predicate=fact.predicate)
        plural = set(lexicon.data["predicates"].get("plural_agreement_heads", []))
        if name.startswith(fact.subject + " was ") and plural & {w.lower() for w in fact.subject.split()}:
            # "The Treaties of Rome were signed"
            name = fact.subject + " were " + name[len(fact.subject) + 5:]
    elif re.search(r"\w['’]s\s|\sof\s", fact.subject):
        name = fact.subject     # "Aldoria's seizure of Port Vell"
    else:
        return ""
    if fact.subject.rsplit(None, 1)[-1].lower() in not_last_words(lexicon):
        return ""               # "the meeting of the first": a name cut before its noun
    return _upper_first(name)


def _which_came_first(facts: dict[str, list[Fact]], lexicon: Lexicon, bracketed: Sequence[str]) -> list[Question]:
    events: dict[tuple[int, int, int], Fact] = {}
    names: set[str] = set()
    for slug in sorted(facts):
        for fact in facts[slug]:
            if fact.kind != "date" or fact.extra.get("precision") not in ("day", "month", "year"):
                continue
            if fact.extra.get("relative"):
                continue    # "on 27 December", its year taken from another sentence or the article's date: a guess
            name = event_name(fact, lexicon)
            key = date_sort_key(fact.value)
            # one event per date, each named once: no ties, no twins
            if name and key not in events and name.lower() not in names:
                events[key] = fact
                names.add(name.lower())
    pool = sorted(events.values(), key=lambda f: _hash(f.id))
    out = []
    for i in range(0, len(pool) - ORDER_CHOICES + 1, ORDER_CHOICES):
        group = pool[i:i + ORDER_CHOICES]
        if len({f.article for f in group}) < 2:
            continue
        first = min(group, key=lambda f: date_sort_key(f.value))
        key = "\x1f".join(sorted(f.id for f in group))
        q = Question(
            id=f"order-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}-mcq", type="mcq",
            question="Which of these happened first?",
            answer=event_name(first, lexicon),
            choices=sorted((event_name(f, lexicon) for f in group), key=lambda c: _hash(key + c)),
            article=ACROSS, sentence=first.sentence, title=ACROSS_TITLE,
            kind="date", fact=first.id, tags=["kind::date", "type::mcq", "across::timeline"],
        )
        twins = _aliased([f.subject for f in group if f.extra.get("agreement")], bracketed, lexicon)
        if twins:
            q.checks.append(f"two choices name one agreement (“{twins[0]}” and “{twins[1]}”)")
        vague = next((f.subject for f in group if f.extra.get("agreement")
                      and generic_title(_LEADING_THE.sub("", f.subject), lexicon)), "")
        if vague:
            # "The Additional Protocol was signed": which one's signing, and so when, no choice says
            q.checks.append(f"“{vague}” does not say which one")
        out.append(q)
    return out


def _aliased(names: Sequence[str], bracketed: Sequence[str], lexicon: Lexicon) -> tuple[str, str] | None:
    """Two of ``names`` that are one agreement: a name and its initials.

    "the Marnian Fishing Accord" and "the MFA Accord" are one; so are "the
    Accord on Northern Waters" and "the ANW", and a name printed with its
    initials in brackets in any of the ``bracketed`` sentences ("the Accord
    on Reefs in Aldoria (ARA)").
    """
    nouns = {n.lower() for n in lexicon.agreement_nouns} | {"the"}

    def initials(name: str, skip: set[str]) -> str:
        return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isupper() and w.lower() not in skip)

    def acronym(name: str) -> str:
        return "".join(w for w in name.split() if len(w) > 1 and w.isupper() and w.lower() not in nouns)

    def within(short: str, long: str) -> bool:
        # "RWA" in the initials "RWIA"; the first letters agree
        it = iter(long)
        return bool(short) and short[0] == long[:1] and all(c in it for c in short)

    unique = list(dict.fromkeys(n for n in names if n))
    for i, a in enumerate(unique):
        for b in unique[i + 1:]:
            for short, long in ((a, b), (b, a)):
                letters = acronym(short)
                if not letters or acronym(long):
                    continue
                full = re.sub(r"^the\s+", "", long, flags=re.I)
                # the initials may stand for the agreement's noun too: "MFA" for "Marnian Fishing Accord"
                if within(letters, initials(long, nouns)) or within(letters, initials(long, {"the"})) or any(
                        re.search(re.escape(full) + r"(?:\s+[\w’'\-]+){0,3}\s*\(" + re.escape(letters) + r"\b", s)
                        for s in bracketed if "(" + letters in s):
                    return (a, b)
    return None


def _which_agreement(facts: dict[str, list[Fact]], lexicon: Lexicon, bracketed: Sequence[str]) -> list[Question]:
    limits = [f for slug in sorted(facts) for f in facts[slug]
              if f.kind in ("quantity", "range") and f.extra.get("agreement", bool(f.subject)) and f.subject]
    nouns = {n.lower() for n in lexicon.agreement_nouns}

    def same(name: str) -> str:
        """"The New REEF treaty" and "New REEF" name one agreement."""
        words = [w for w in name.lower().split() if w not in nouns and w != "the"]
        return " ".join(words) or name.lower()

    by_key: dict[str, str] = {}
    for fs in facts.values():
        for f in fs:
            if f.subject and f.kind in ("parties", "date") and f.extra.get("agreement"):
                name = by_key.setdefault(same(f.subject), f.subject)
                if len(f.subject) < len(name):
                    by_key[same(f.subject)] = f.subject      # the shortest of its names
    # "the Velmora Land Act", "the Marnian settlement": one state's own instruments are no lures for a treaty
    domestic = {w.lower() for w in lexicon.data["predicates"].get("domestic_instrument_nouns", [])}
    agreements = sorted(a for a in by_key.values() if not _domestic_instrument(a, domestic, nouns))
    verbs = lexicon.data["units"].get("limit_verbs", [])
    verb_re = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b")
    out = []
    # each agreement's key and whether its name is generic, worked out once: a large corpus has
    # an agreement per article and a limit in most of them
    keyed = [(same(a), a, generic_title(a, lexicon)) for a in agreements]
    keys = {key for key, _, _ in keyed}
    auxiliaries = {w.lower() for w in lexicon.language.get("auxiliaries", [])}
    for fact in limits:
        own = same(fact.subject)
        if len(keys - {own}) == 0:
            continue                # no other agreement to offer
        if not verb_re.search(fact.sentence):
            continue                # no limit verb in the sentence at all: no stem to make
        sentence, start, end = _stem(fact, lexicon)
        clause_start = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start), -1) + 1
        verb = None
        for m in verb_re.finditer(sentence, clause_start, start):
            verb = m
        if verb is None:
            continue
        relative = re.search(r"\b([a-z]+)\s+(?:that|which|who)\s+(?:[a-z]+\s+){0,2}$", sentence[clause_start:verb.start()])
        if relative and relative.group(1) not in nouns:
            continue        # "closed a quarrel that had set two allies ...": the quarrel's verb, not the agreement's
        stem = f"Which agreement {sentence[verb.start():end]}?"
        # drawn, not sorted by a hash of each. Named agreements first: "the Border accord" could be
        # any, and is no lure for a fishing treaty
        named = [a for key, a, vague in keyed if key != own and not vague]
        drawn = random.Random(_hash(fact.id)).sample(named, min(len(named), CHOICES - 1))
        if len(drawn) < CHOICES - 1:
            rest = [a for key, a, vague in keyed if key != own and vague]
            drawn += random.Random(_hash(fact.id)).sample(rest, min(len(rest), CHOICES - 1 - len(drawn)))
        choices = [fact.subject] + drawn
        q = Question(
            id=f"{fact.id}-which", type="mcq", question=stem, answer=_upper_first(fact.subject),
            choices=sorted((_upper_first(c) for c in choices), key=lambda c: _hash(fact.id + c)),
            article=ACROSS, sentence=fact.sentence, title=ACROSS_TITLE,
            kind=fact.kind, fact=fact.id, tags=[f"kind::{fact.kind}", "type::mcq", "across::agreements"],
        )
        q.checks = quality_reasons(q, lexicon)
        if len(q.choices) < 3:
            q.checks.append("only two agreements to choose from")
        if generic_title(_LEADING_THE.sub("", fact.subject), lexicon):
            q.checks.append(f"“{fact.subject}” does not say which one")
        after = re.match(r"\s+([\w’']+)", sentence[end:])
        if after and after.group(1).lower() in auxiliaries:
            # "once 18 months had passed" asked as "… once 18 months?": the value opens a clause the stem cuts
            q.checks.append(f"the question stops inside a clause (“{sentence[start:end]} {after.group(1)} …”)")
        if re.match(r"['’](?!\w)", sentence[end:]):
            # "walk away after nine months' warning" asked as "… after nine months?": a possessive cut off
            q.checks.append(f"the question stops inside a possessive (“{sentence[start:end]}{sentence[end]} …”)")
        twins = _aliased(choices, bracketed, lexicon)
        if twins:
            q.checks.append(f"two choices name one agreement (“{twins[0]}” and “{twins[1]}”)")
        actor = _names_agreement(sentence[:verb.start()], fact.subject, lexicon)
        if not actor:
            # "the KELP-3 survey ... fixed a yearly catch of 640": filed under the article's only agreement,
            # but the sentence's subject is a programme, a state or a court, not the agreement
            q.checks.append(f"the sentence does not say that {fact.subject} {verb.group(0)} this: its subject is something else")
        out.append(q)
    return out


_LEADING_THE = re.compile(r"^the\s+", re.I)
_NUMBER_WORD = re.compile(r"[\d–\-]+")


def _domestic_instrument(name: str, domestic: set[str], nouns: set[str]) -> bool:
    """Whether ``name``'s head noun is a statute or another instrument of one state ("the Velm River Act 1975",
    "the Act of Tessaly", "the Marnian settlement"), not an agreement between states.

    The head is the last word (less a year or a number after it), or a first
    word with "of" or "on" after it when the last is no agreement noun
    ("the Law on Velm Waters"; "the Law of Tides Convention" is a convention).
    """
    words = [w.lower().strip("’'.,") for w in _LEADING_THE.sub("", name).split()]
    while words and _NUMBER_WORD.fullmatch(words[-1]):
        words.pop()
    if not words or not domestic:
        return False
    if words[-1] in domestic:
        return True
    if words[-1] in nouns:
        return False
    return len(words) > 2 and words[0] in domestic and words[1] in ("of", "on")


def _names_agreement(text: str, subject: str, lexicon: Lexicon) -> bool:
    """``text`` names the agreement ``subject``, or an agreement by its noun ("the treaty", "the 1987 agreement")."""
    name = re.sub(r"^the\s+", "", subject, flags=re.I)
    return (bool(name) and name.lower() in text.lower()) or bool(_names_agreement_re(lexicon.agreement_noun_re).search(text))


