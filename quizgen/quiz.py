"""Quizzes to hand out: choose questions, make versions, render sheets and keys.

:func:`make_quiz` is the library behind ``quizgen quiz``.  It takes the
bank's questions (already loaded; this module reads no bank), chooses a mix
by type, article and tag, builds a timeline task from date facts, and
renders each version (A, B, C, …) with its own seeded order of questions and
of options, plus one key per version and a teacher's overview of where each
question sits in every version.

Everything is deterministic: the choice of questions depends only on the
bank and the filters, and each version's order only on ``seed`` and the
version letter, so the same call writes byte-identical files.
"""
from __future__ import annotations

import datetime
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import QuizgenError
from .model import BLANK, Question
from .render.printable import (PAPER_SIZES, SECTION_TYPES, TimelineEvent, answer_index,
                               check_name, render_overview, render_sheet, resolve_points,
                               side_names, write_files)
from .selection import EXCLUDED, QUIZ_PREFERENCE

QUIZ_TYPES = SECTION_TYPES            # cloze, short, mcq, tf, side, timeline (sheet order)
DEFAULT_COUNT = 20
MAX_VERSIONS = 26
TIMELINE_MIN = 4
TIMELINE_MAX = 6
OPTION_LETTERS = 4                    # correct answers are spread over A–D

_CLOZE = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)


@dataclass(frozen=True)
class QuizVersion:
    """One version's files, and what is where on its sheet."""

    letter: str
    sheet_html: Path
    sheet_pdf: Path
    key_html: Path
    key_pdf: Path
    pages: int
    key_pages: int
    order: tuple[str, ...]            # question ids by number ("timeline" for the timeline)
    answers: dict[int, str]           # number → the key's answer (a letter for mcq/side)

    @property
    def paths(self) -> tuple[Path, Path, Path, Path]:
        return (self.sheet_html, self.sheet_pdf, self.key_html, self.key_pdf)


@dataclass(frozen=True)
class QuizResult:
    """What ``make_quiz`` chose and wrote."""

    versions: tuple[QuizVersion, ...]
    overview_html: Path
    overview_pdf: Path
    questions: tuple[Question, ...]   # the chosen questions, in version A's order
    timeline: tuple[TimelineEvent, ...]
    counts: dict[str, int]            # section type → numbered items
    points: int                       # total points of one sheet
    notes: tuple[str, ...] = field(default=())   # what the teacher may want to know

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def paths(self) -> list[Path]:
        out = [p for v in self.versions for p in v.paths]
        return out + [self.overview_html, self.overview_pdf]

    def summary(self) -> str:
        letters = ", ".join(v.letter for v in self.versions)
        kinds = ", ".join(f"{n} {t}" for t, n in self.counts.items())
        return (f"{len(self.versions)} version(s) ({letters}) of {self.total} questions "
                f"({kinds}), {self.points} points; overview: {self.overview_pdf}")


def make_quiz(questions: Sequence[Question], out_dir: Path | str, *, name: str, title: str,
              count: int | None = None, types: Iterable[str] | None = None,
              articles: Iterable[str] | None = None, tags: Iterable[str] | None = None,
              versions: int = 1, seed: int | str = 0, paper: str = "a4",
              points: int | Mapping[str, int] | None = None,
              template_dirs: Sequence[Path] = (), date_label: str = "") -> QuizResult:
    """Choose questions and write ``versions`` printable quiz versions with keys.

    Writes into ``out_dir``, for each version letter V: ``<name>-V.html``,
    ``<name>-V.pdf``, ``<name>-V-key.html``, ``<name>-V-key.pdf``; and once
    ``<name>-overview.html`` and ``.pdf``.  Nothing is written unless every
    file rendered.

    ``count`` numbered items (default 20; the timeline counts as one), of
    ``types`` (default all: cloze, short, mcq, tf, side, timeline), from
    ``articles`` (slugs or titles) and ``tags`` (any of them; ``kind::date``
    or just ``date``).  One question per fact and per source sentence (so no
    question prints another's answer), spread over articles and types.  ``points`` is one number for every question or a mapping from
    type to points.  Returns a :class:`QuizResult`.  Raises
    :class:`QuizgenError` when no question matches or an option is invalid.
    """
    check_name(name)
    if paper not in PAPER_SIZES:
        raise QuizgenError(f"unknown paper size {paper!r}; use one of: " + ", ".join(PAPER_SIZES))
    if not 1 <= versions <= MAX_VERSIONS:
        raise QuizgenError(f"versions must be between 1 and {MAX_VERSIONS}, not {versions}")
    if count is not None and count < 1:
        raise QuizgenError(f"count must be at least 1, not {count}")
    per_type = resolve_points(points)
    chosen, timeline, notes = choose(questions, count=count, types=types,
                                     articles=articles, tags=tags)

    out_dir = Path(out_dir)
    letters = [chr(ord("A") + i) for i in range(versions)]
    files: dict[Path, str | bytes] = {}
    made: list[QuizVersion] = []
    canonical: list[Question] = []
    for letter in letters:
        sheet_questions, sides, events = shuffle_version(chosen, timeline, seed, letter)
        sheet = render_sheet(sheet_questions, out_dir, title=title, paper=paper,
                             template_dirs=template_dirs, date_label=date_label,
                             version=letter, points=per_type, timeline=events, sides=sides)
        version = QuizVersion(
            letter=letter,
            sheet_html=out_dir / f"{name}-{letter}.html",
            sheet_pdf=out_dir / f"{name}-{letter}.pdf",
            key_html=out_dir / f"{name}-{letter}-key.html",
            key_pdf=out_dir / f"{name}-{letter}-key.pdf",
            pages=sheet.quiz_pages, key_pages=sheet.key_pages,
            order=tuple(sorted(sheet.numbers, key=sheet.numbers.__getitem__)),
            answers=dict(sheet.answers))
        files.update({version.sheet_html: sheet.quiz_html, version.sheet_pdf: sheet.quiz_pdf,
                      version.key_html: sheet.key_html, version.key_pdf: sheet.key_pdf})
        made.append(version)
        if not canonical:
            by_id = {q.id: q for q in chosen}
            canonical = [by_id[i] for i in version.order if i in by_id]
            counts, total_points = sheet.counts, sheet.points

    rows = overview_rows(canonical, timeline, made, per_type)
    overview_html, overview_pdf = render_overview(
        rows, letters, out_dir, title=title, paper=paper, template_dirs=template_dirs,
        date_label=date_label)
    result = QuizResult(
        versions=tuple(made),
        overview_html=out_dir / f"{name}-overview.html",
        overview_pdf=out_dir / f"{name}-overview.pdf",
        questions=tuple(canonical), timeline=tuple(timeline),
        counts=counts, points=total_points, notes=tuple(notes))
    files.update({result.overview_html: overview_html, result.overview_pdf: overview_pdf})
    write_files(files)
    return result


# -- choosing questions -----------------------------------------------------

def choose(questions: Sequence[Question], *, count: int | None = None,
           types: Iterable[str] | None = None, articles: Iterable[str] | None = None,
           tags: Iterable[str] | None = None
           ) -> tuple[list[Question], list[TimelineEvent], list[str]]:
    """The questions and timeline events for a quiz, and notes for the teacher.

    Deterministic.  Raises :class:`QuizgenError` when nothing matches.
    """
    wanted = _check_types(types)
    pool = [q for q in questions if q.status not in EXCLUDED]
    pool = _filter_articles(pool, articles)
    pool = _filter_tags(pool, tags)
    limit = DEFAULT_COUNT if count is None else count
    notes: list[str] = []

    timeline: list[TimelineEvent] = []
    if "timeline" in wanted:
        timeline = build_timeline(pool)
        if not timeline:
            if wanted == ("timeline",):
                raise QuizgenError(_no_match_message(
                    f"no timeline can be made: it needs at least {TIMELINE_MIN} date facts "
                    "whose dates differ", types, articles, tags))
            if types is not None:
                notes.append(f"no timeline: fewer than {TIMELINE_MIN} events with "
                             "distinct dates match")
        elif limit < 2 and wanted != ("timeline",):
            timeline = []        # one question asked for: a question, not a whole task
    # A question from a timeline event's sentence would print the event's date.
    used_facts = {e.id for e in timeline}
    used_sentences = {e.sentence for e in timeline}

    candidates = [q for q in pool if q.type in wanted and (q.fact or q.id) not in used_facts
                  and q.sentence not in used_sentences]
    chosen = mix(candidates, limit - (1 if timeline else 0))
    if not chosen and not timeline:
        raise QuizgenError(_no_match_message("no questions match", types, articles, tags))
    made = len(chosen) + (1 if timeline else 0)
    if count is not None and made < count and wanted != ("timeline",):
        notes.append(f"the quiz has {made} questions, not {count}: that is all the "
                     "matching facts allow with one question per fact and none that "
                     "prints another's answer")
    return chosen, timeline, notes


def mix(questions: Sequence[Question], count: int) -> list[Question]:
    """Up to ``count`` questions, one per fact, spread over articles and types.

    Articles take turns; each fact is asked as the type used least so far
    among its best questions (no quality concerns, approved first), ties
    broken by :data:`quizgen.selection.QUIZ_PREFERENCE`.  Hand-written
    questions (no fact) are facts of their own.  No question gives another
    away: a question that prints its source sentence (see
    :func:`shows_sentence`) is the only one from that sentence.
    """
    if count <= 0:
        return []
    by_fact: dict[str, list[Question]] = {}
    for q in questions:
        by_fact.setdefault(q.fact or q.id, []).append(q)
    queues: dict[str, list[list[Question]]] = {}
    for group in by_fact.values():
        queues.setdefault(group[0].article, []).append(group)
    used = {t: 0 for t in QUIZ_TYPES}
    shown: set[str] = set()       # sentences printed by a chosen question
    asked: set[str] = set()       # sentences some chosen question comes from

    def allowed(q: Question) -> bool:
        if not q.sentence:
            return True
        return q.sentence not in shown and not (q.sentence in asked and shows_sentence(q))

    chosen: list[Question] = []
    lists = list(queues.values())
    while len(chosen) < count and any(lists):
        for groups in lists:
            if len(chosen) >= count:
                break               # the other articles' lists need no sorting out
            groups[:] = [g for g in groups if any(allowed(q) for q in g)]
            if groups:
                # The article's next fact: the best quality first, then one that
                # can be asked as the type used least so far, then bank order.
                index = min(range(len(groups)), key=lambda i: (
                    min(_quality(q) for q in groups[i] if allowed(q)),
                    min(used.get(q.type, 0) for q in _good([q for q in groups[i] if allowed(q)])),
                    i))
                pick = _pick_type([q for q in groups.pop(index) if allowed(q)], used)
                used[pick.type] += 1
                if pick.type == "tf":
                    used[f"tf:{pick.answer}"] = used.get(f"tf:{pick.answer}", 0) + 1
                if pick.sentence:
                    asked.add(pick.sentence)
                    if shows_sentence(pick):
                        shown.add(pick.sentence)
                chosen.append(pick)
    return chosen


def shows_sentence(q: Question) -> bool:
    """Whether the question prints (most of) its source sentence.

    Cloze questions do; so do "complete the sentence" questions and
    true/false statements made from the sentence.  A "which side" or short
    question that names only part of it does not.
    """
    if q.type == "cloze":
        return True
    words = set(re.findall(r"\w+", q.sentence.casefold()))
    if not words:
        return False
    asked = set(re.findall(r"\w+", q.question.casefold()))
    return len(words & asked) / len(words) >= 0.6


def _quality(q: Question) -> tuple[bool, bool]:
    return (bool(q.checks), q.status != "approved")


def _good(group: list[Question]) -> list[Question]:
    best = min(_quality(q) for q in group)
    return [q for q in group if _quality(q) == best]


def _pick_type(group: list[Question], used: Mapping[str, int]) -> Question:
    good = _good(group)
    order = QUIZ_PREFERENCE.get(good[0].kind or "", ())
    return min(good, key=lambda q: (used.get(q.type, 0) + _tf_lean(q, used),
                                    order.index(q.type) if q.type in order else len(order)))


# how much more a statement of the answer the sheet has more of counts as used: enough that another type of the
# same fact comes first, and the statement only when its fact has no other
LEAN = 100


def _tf_lean(q: Question, used: Mapping[str, int]) -> int:
    """``LEAN`` for a true-or-false statement whose answer the sheet already has more of ("True" after two
    "True"s and one "False"), else 0: a sheet of statements that are all true teaches students to answer "True"."""
    if q.type != "tf" or q.answer not in ("True", "False"):
        return 0
    other = "False" if q.answer == "True" else "True"
    return LEAN * int(used.get(f"tf:{q.answer}", 0) > used.get(f"tf:{other}", 0))


def _check_types(types: Iterable[str] | None) -> tuple[str, ...]:
    if types is None:
        return QUIZ_TYPES
    wanted = [t.strip().lower() for t in types if t.strip()]
    unknown = [t for t in wanted if t not in QUIZ_TYPES]
    if unknown:
        raise QuizgenError(f"unknown question type(s): {', '.join(unknown)} "
                           f"(known: {', '.join(QUIZ_TYPES)})")
    if not wanted:
        raise QuizgenError("no question types given")
    return tuple(t for t in QUIZ_TYPES if t in wanted)


def _filter_articles(pool: list[Question], articles: Iterable[str] | None) -> list[Question]:
    if articles is None:
        return pool
    names = [a.strip() for a in articles if a.strip()]
    if not names:
        return pool
    known = {q.article: q.title for q in pool}
    keep: set[str] = set()
    for name in names:
        folded = name.casefold()
        matches = {slug for slug, title in known.items()
                   if folded in (slug.casefold(), (title or "").casefold())
                   or slug.casefold().startswith(folded)}
        if not matches:
            raise QuizgenError(f"no article {name!r} in the bank (articles: "
                               + ", ".join(sorted(known)) + ")")
        keep |= matches
    return [q for q in pool if q.article in keep]


def _filter_tags(pool: list[Question], tags: Iterable[str] | None) -> list[Question]:
    if tags is None:
        return pool
    wanted = {_tag_key(t) for t in tags if t.strip()}
    if not wanted:
        return pool
    out = []
    for q in pool:
        have = {_tag_key(t) for t in q.tags}
        have |= {t.split("::")[-1] for t in have}    # "date" matches "kind::date"
        if have & wanted:
            out.append(q)
    return out


def _tag_key(tag: str) -> str:
    tag = tag.strip().casefold()
    return tag[len("quizgen::"):] if tag.startswith("quizgen::") else tag


def _no_match_message(what: str, types, articles, tags) -> str:
    filters = []
    for label, value in (("types", types), ("articles", articles), ("tags", tags)):
        if value is not None:
            filters.append(f"{label}: {', '.join(value) or '(none)'}")
    where = f" ({'; '.join(filters)})" if filters else " (is the bank empty, or everything rejected?)"
    return what + where


# -- timeline ----------------------------------------------------------------

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_QUALIFIERS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12),
               "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = [
    re.compile(r"(?P<year>\d{4})-(?P<mm>\d{1,2})(?:-(?P<dd>\d{1,2}))?"),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{3,4}})"),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{3,4}})"),
    re.compile(rf"(?:(?P<qual>early|mid|late)[\s-]+)?{_MONTH}\s+(?P<year>\d{{3,4}})"),
    re.compile(r"(?:(?P<qual>early|mid|late)[\s-]+)?(?P<decade>\d{3}0)s"),
    re.compile(r"(?:(?P<qual>early|mid|late|spring|summer|autumn|fall)(?:\s+of)?[\s-]+)?"
               r"(?P<year>\d{3,4})"),
]


def parse_date(text: str) -> tuple[int, int] | None:
    """The span a date covers, as (first day, last day) ordinals; None if unknown.

    Reads years ("1994"), months ("March 2008", "Feb. 2008"), days
    ("14 March 1953", "March 14, 1953", "1953-03-14"), parts of a year
    ("early 2008", "mid-2003", "summer 1966") and decades ("1950s",
    "the early 1960s").  Two events whose spans overlap cannot be ordered.
    """
    cleaned = re.sub(r"^(?:in|on|by|since|from|around|about|the)\s+", "",
                     text.strip().casefold().replace("\u2013", "-"))
    cleaned = re.sub(r"^the\s+", "", cleaned).rstrip(".")
    for pattern in _DATE_PATTERNS:
        m = pattern.fullmatch(cleaned)
        if not m:
            continue
        parts = m.groupdict()
        try:
            if parts.get("decade"):
                start = int(parts["decade"])
                lo, hi = _DECADE_PARTS.get(parts.get("qual") or "", (0, 9))
                return (_ordinal(start + lo, 1, 1), _ordinal(start + hi, 12, 31))
            year = int(parts["year"])
            month = parts.get("month")
            if parts.get("mm"):
                mm = int(parts["mm"])
                if parts.get("dd"):
                    day = _ordinal(year, mm, int(parts["dd"]))
                    return (day, day)
                return (_ordinal(year, mm, 1), _month_end(year, mm))
            if month is not None:
                if month not in _MONTHS:
                    continue
                mm = _MONTHS[month]
                if parts.get("day"):
                    day = _ordinal(year, mm, int(parts["day"]))
                    return (day, day)
                return (_ordinal(year, mm, 1), _month_end(year, mm))
            lo, hi = _QUALIFIERS.get(parts.get("qual") or "", (1, 12))
            return (_ordinal(year, lo, 1), _month_end(year, hi))
        except ValueError:
            return None
    return None


def _ordinal(year: int, month: int, day: int) -> int:
    return datetime.date(year, month, day).toordinal()


def _month_end(year: int, month: int) -> int:
    nxt = datetime.date(year + month // 12, month % 12 + 1, 1)
    return nxt.toordinal() - 1


def build_timeline(pool: Sequence[Question], max_events: int = TIMELINE_MAX,
                   min_events: int = TIMELINE_MIN) -> list[TimelineEvent]:
    """Up to ``max_events`` events from date facts whose dates can be ordered.

    One event per fact, described by its sentence with the date blanked (or
    its short-answer question); facts whose dates overlap an event already
    taken ("2008" and "February 2008") are skipped, and so are facts from a
    sentence already used (it would show the other event's date).  Articles
    take turns.
    Returns the events earliest first (rank 0 first), or ``[]`` when fewer
    than ``min_events`` can be ordered.
    """
    facts: dict[str, list[Question]] = {}
    for q in pool:
        if q.kind == "date" and q.type in ("cloze", "short", "mcq", "tf"):
            facts.setdefault(q.fact or q.id, []).append(q)
    per_article: dict[str, list[tuple[str, list[Question], tuple[int, int]]]] = {}
    for key, group in facts.items():
        answer_q = next((q for q in group if q.type in ("cloze", "short", "mcq")), None)
        if answer_q is None:
            continue
        span = parse_date(answer_q.answer)
        if span is None:
            continue
        per_article.setdefault(group[0].article, []).append((key, group, span))
    for items in per_article.values():
        items.sort(key=lambda item: min(_quality(q) for q in item[1]))
    taken: list[tuple[str, list[Question], tuple[int, int]]] = []
    queues = list(per_article.values())
    while len(taken) < max_events and any(queues):
        for queue in queues:
            while queue and len(taken) < max_events:
                item = queue.pop(0)
                # A sentence that names two dates would give the other event's away.
                if all((item[2][1] < t[2][0] or t[2][1] < item[2][0])
                       and item[1][0].sentence != t[1][0].sentence for t in taken):
                    taken.append(item)
                    break
    if len(taken) < min_events:
        return []
    taken.sort(key=lambda item: item[2][0])
    return [_event(key, group, rank) for rank, (key, group, _) in enumerate(taken)]


def _event(key: str, group: list[Question], rank: int) -> TimelineEvent:
    by_type = {q.type: q for q in group}
    answer = next(q.answer for q in group if q.type in ("cloze", "short", "mcq"))
    if "cloze" in by_type:
        cloze = by_type["cloze"]
        text = _CLOZE.sub(lambda m: BLANK if m.group(1).strip() == cloze.answer.strip()
                          or len(_CLOZE.findall(cloze.question)) == 1 else m.group(1),
                          cloze.question)
    else:
        sentence = group[0].sentence
        if answer and answer in sentence:
            text = sentence.replace(answer, BLANK, 1)
        elif "short" in by_type:
            text = by_type["short"].question
        else:
            text = re.sub(r"^Complete the sentence:\s*", "", group[0].question)
    first = group[0]
    return TimelineEvent(id=key, text=text, date=answer, rank=rank,
                         sentence=first.sentence, source=first.title or first.article)


# -- versions ----------------------------------------------------------------

def shuffle_version(questions: Sequence[Question], timeline: Sequence[TimelineEvent],
                    seed: int | str, letter: str
                    ) -> tuple[list[Question], list[str] | None, list[TimelineEvent]]:
    """One version's questions (shuffled within each type), sides and events.

    Seeded by ``f"{seed}-{letter}"``.  Multiple-choice options are shuffled
    so that the right answers of the version fall on A, B, C and D in turn
    (counts differ by at most one among four-option questions).
    """
    rng = random.Random(f"{seed}-{letter}")
    by_type: dict[str, list[Question]] = {}
    for q in questions:
        by_type.setdefault(q.type, []).append(q)
    ordered: list[Question] = []
    for t in QUIZ_TYPES:
        group = list(by_type.get(t, []))
        rng.shuffle(group)
        ordered.extend(group)

    mcqs = [i for i, q in enumerate(ordered) if q.type == "mcq"]
    targets = [i % OPTION_LETTERS for i in range(len(mcqs))]
    rng.shuffle(targets)
    for index, target in zip(mcqs, targets):
        ordered[index] = _place_answer(ordered[index], target, rng)

    side_questions = [q for q in ordered if q.type == "side"]
    sides = None
    if side_questions:
        sides = side_names(side_questions)
        rng.shuffle(sides)

    events = list(timeline)
    if len(events) > 1:
        chronological = sorted(events, key=lambda e: e.rank)
        for _ in range(10):          # a timeline printed in order gives itself away
            rng.shuffle(events)
            if events != chronological:
                break
    return ordered, sides, events


def _place_answer(q: Question, target: int, rng: random.Random) -> Question:
    choices = list(q.choices or [])
    if len(choices) < 2:
        return q                     # the renderer reports it
    right = choices.pop(answer_index(q, choices))
    rng.shuffle(choices)
    if target > len(choices):
        target = rng.randrange(len(choices) + 1)
    choices.insert(target, right)
    return replace(q, choices=choices)


# -- overview ----------------------------------------------------------------

def overview_rows(questions: Sequence[Question], timeline: Sequence[TimelineEvent],
                  versions: Sequence[QuizVersion], points: Mapping[str, int]) -> list[dict]:
    """One row per numbered item, in version A's order, with its number in each version."""
    numbers = {v.letter: {item: n for n, item in enumerate(v.order, start=1)}
               for v in versions}
    rows = []
    by_id = {q.id: q for q in questions}
    for item in versions[0].order:
        if item == "timeline":
            rows.append({"id": "timeline", "type": "timeline",
                         "text": f"Put {len(timeline)} events in order",
                         "source": "", "points": points["timeline"] * len(timeline),
                         "numbers": {v: numbers[v][item] for v in numbers},
                         "answers": {v.letter: v.answers[numbers[v.letter][item]]
                                     for v in versions}})
            continue
        q = by_id[item]
        rows.append({"id": q.id, "type": q.type, "text": short_text(q),
                     "source": q.title or q.article, "points": points[q.type],
                     "numbers": {v: numbers[v][item] for v in numbers},
                     "answers": {v.letter: (v.answers[numbers[v.letter][item]]
                                            if q.type in ("mcq", "side") else "")
                                 for v in versions}})
    return rows


def short_text(q: Question, limit: int = 90) -> str:
    """The question as one short line: blanks for deletions, cut at a word."""
    text = _CLOZE.sub(BLANK, q.question)
    text = re.sub(r"^Complete the sentence:\s*", "", text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"
