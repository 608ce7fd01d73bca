"""Printable quizzes: questions → HTML (Jinja2) → PDF (WeasyPrint).

Two layers:

* :func:`render_sheet` turns questions (already chosen and ordered) into the
  HTML and PDF bytes of one question sheet and its answer key, writing
  nothing.  Sections come in a fixed order; within a section the questions
  and the options keep the order given, so a caller that wants versions
  (``quizgen.quiz``) shuffles before it calls.
* :func:`render_quiz` (``quizgen build``) and :func:`render_overview`
  (``quizgen quiz``) write files, each atomically.

The HTML is rendered from overridable templates (a project's ``templates/``
folder first, then ``quizgen/templates``); every piece of question text goes
through autoescaping, because article text is data.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from quizgen.errors import RenderError
from quizgen.files import atomic_write
from quizgen.model import Question

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# Prefix under which the built-in templates stay reachable when a project
# overrides one of the same name: ``{% extends "builtin/quiz.html" %}``.
BUILTIN_PREFIX = "builtin"

PAPER_SIZES = {"a4": "A4", "letter": "letter"}


@dataclass(frozen=True)
class Section:
    """How one question type is presented on the sheet; order is sheet order."""

    type: str
    heading: str
    instructions: str


SECTIONS = (
    Section("mcq", "Multiple choice", "Circle the letter of the best answer."),
    Section("tf", "True or false", "Circle True or False for each statement."),
    Section("cloze", "Fill in the blank", "Write the missing words on the lines."),
    Section("short", "Short answer", "Answer each question in a few words."),
    Section("side", "Which side?",
            "Match each position with the side that holds it: write the side's "
            "letter in the blank. A side may be used more than once, or not at all."),
    Section("timeline", "Timeline",
            "Put these events in order, earliest first: write their letters in the boxes."),
)
SECTION_TYPES = tuple(s.type for s in SECTIONS)

# Points per question (per event for the timeline) unless the caller says
# otherwise: short answers ask for recall without options, so they weigh more.
DEFAULT_POINTS = {"mcq": 1, "tf": 1, "cloze": 1, "short": 2, "side": 1, "timeline": 1}

# Blank widths for cloze deletions, in ``ch``: long enough to write the answer
# by hand, never wider than a comfortable part of a line.
BLANK_MIN_CH = 8
BLANK_PAD_CH = 4
BLANK_MAX_CH = 30

# Short-answer lines: room for the answer in handwriting (wider than print).
SHORT_MIN_CH = 24
SHORT_MAX_CH = 72

# Choice lists whose longest choice fits these lengths go four or two across.
FOUR_ACROSS_MAX = 14
TWO_ACROSS_MAX = 34

_CLOZE = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)
_WHICH_SIDE = re.compile(r"\bwhich side\b", re.IGNORECASE)


@dataclass(frozen=True)
class TimelineEvent:
    """One event of a timeline task, as printed (see ``quizgen.quiz``)."""

    id: str                   # the question (or fact) it was made from
    text: str                 # what happened, with the date blanked out
    date: str                 # the date as the article wrote it (key only)
    rank: int                 # 0 for the earliest event
    sentence: str = ""
    source: str = ""          # the article's title


@dataclass(frozen=True)
class RenderedSheet:
    """One question sheet and its key, rendered but not written."""

    quiz_html: str
    key_html: str
    quiz_pdf: bytes
    key_pdf: bytes
    quiz_pages: int
    key_pages: int
    counts: dict[str, int]           # section type → numbered items, sheet order
    points: int                      # total points on the sheet
    numbers: dict[str, int]          # question id (or "timeline") → its number
    answers: dict[int, str] = field(default_factory=dict)   # number → answer as keyed


@dataclass(frozen=True)
class QuizOutput:
    """The files ``render_quiz`` wrote, and what went on the sheet."""

    quiz_html: Path
    quiz_pdf: Path
    key_html: Path
    key_pdf: Path
    counts: dict[str, int]    # question type → number of questions, sheet order
    quiz_pages: int
    key_pages: int
    points: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def paths(self) -> tuple[Path, Path, Path, Path]:
        return (self.quiz_html, self.quiz_pdf, self.key_html, self.key_pdf)


def render_quiz(questions: Sequence[Question], out_dir: Path, *, name: str, title: str,
                paper: str = "a4", template_dirs: Sequence[Path] = (),
                date_label: str = "", points: int | Mapping[str, int] | None = None
                ) -> QuizOutput:
    """Render a question sheet and its answer key as HTML and PDF.

    Writes ``<name>-quiz.html``, ``<name>-quiz.pdf``, ``<name>-key.html`` and
    ``<name>-key.pdf`` into ``out_dir`` (created if missing), each atomically.
    Questions are grouped by type into sections in a fixed order and numbered
    continuously; within a section they keep the order given.  Templates in
    ``template_dirs`` override the built-in ones of the same name.

    Returns a :class:`QuizOutput` with the four paths, the number of
    questions per section and the page count of each PDF.  Raises
    :class:`RenderError` for an empty list, an unknown ``paper`` or a
    question that cannot be printed (unknown type, answer not among choices).
    """
    check_name(name)
    out_dir = Path(out_dir)
    sheet = render_sheet(questions, out_dir, title=title, paper=paper,
                         template_dirs=template_dirs, date_label=date_label, points=points)
    out = QuizOutput(
        quiz_html=out_dir / f"{name}-quiz.html",
        quiz_pdf=out_dir / f"{name}-quiz.pdf",
        key_html=out_dir / f"{name}-key.html",
        key_pdf=out_dir / f"{name}-key.pdf",
        counts=sheet.counts,
        quiz_pages=sheet.quiz_pages,
        key_pages=sheet.key_pages,
        points=sheet.points,
    )
    # Everything is rendered before the first write, so a failure leaves the
    # previous quiz intact rather than a new sheet beside an old key.
    write_files({out.quiz_html: sheet.quiz_html, out.quiz_pdf: sheet.quiz_pdf,
                 out.key_html: sheet.key_html, out.key_pdf: sheet.key_pdf})
    return out


def render_sheet(questions: Sequence[Question], base_dir: Path, *, title: str,
                 paper: str = "a4", template_dirs: Sequence[Path] = (),
                 date_label: str = "", version: str = "",
                 points: int | Mapping[str, int] | None = None,
                 timeline: Sequence[TimelineEvent] = (),
                 sides: Sequence[str] | None = None) -> RenderedSheet:
    """Render one sheet and its key to HTML and PDF bytes; write nothing.

    ``questions`` are grouped into sections (:data:`SECTIONS` order) and keep
    their order within a section; choices print in the order given.
    ``timeline`` (events in sheet order, lettered A, B, …) adds a timeline
    task; ``sides`` fixes the lettering of the "Which side?" matching list
    (default: alphabetical).  ``version`` ("A", "B", …) is printed on every
    page.  ``points`` is one number for every question or a mapping from
    question type to points (missing types take :data:`DEFAULT_POINTS`).
    ``base_dir`` is where relative URLs in templates (a school logo) point.
    """
    if not questions and not timeline:
        raise RenderError("no questions to put on the quiz (is anything approved?)")
    if paper not in PAPER_SIZES:
        raise RenderError(f"unknown paper size {paper!r}; use one of: "
                          + ", ".join(PAPER_SIZES))
    per_type = resolve_points(points)
    sections = build_sections(questions, per_type, timeline=timeline, sides=sides)
    env = _environment(template_dirs)
    total_points = sum(s["points"] for s in sections)
    context = {
        "title": title,
        "date_label": date_label,
        "paper": paper,
        "page_size": PAPER_SIZES[paper],
        "version": version,
        "sections": sections,
        "total": sum(len(s["questions"]) for s in sections),
        "total_points": total_points,
    }
    quiz_html = render_template(env, "quiz.html", context, kind="quiz")
    key_html = render_template(env, "key.html", context, kind="key")
    quiz_pdf, quiz_pages = _pdf(quiz_html, Path(base_dir))
    key_pdf, key_pages = _pdf(key_html, Path(base_dir))
    numbers = {q["id"]: q["number"] for s in sections for q in s["questions"]}
    answers = {q["number"]: q["key"] for s in sections for q in s["questions"]}
    return RenderedSheet(
        quiz_html=quiz_html, key_html=key_html, quiz_pdf=quiz_pdf, key_pdf=key_pdf,
        quiz_pages=quiz_pages, key_pages=key_pages,
        counts={s["type"]: len(s["questions"]) for s in sections},
        points=total_points, numbers=numbers, answers=answers)


def render_overview(rows: Sequence[Mapping[str, object]], versions: Sequence[str],
                    base_dir: Path, *, title: str, paper: str = "a4",
                    template_dirs: Sequence[Path] = (), date_label: str = ""
                    ) -> tuple[str, bytes]:
    """The teacher's overview (``overview.html``) as HTML and PDF bytes.

    ``rows`` are mappings with ``id``, ``type``, ``text``, ``source``,
    ``points`` and ``numbers`` (version letter → question number).
    """
    env = _environment(template_dirs)
    context = {"title": title, "date_label": date_label, "paper": paper,
               "page_size": PAPER_SIZES[paper], "version": "", "versions": list(versions),
               "rows": list(rows), "sections": [], "total": len(rows),
               "total_points": sum(int(r.get("points", 0)) for r in rows)}
    html = render_template(env, "overview.html", context, kind="overview")
    pdf, _ = _pdf(html, Path(base_dir))
    return html, pdf


def check_name(name: str) -> None:
    """Raise ``RenderError`` unless ``name`` is a plain file name stem."""
    if not name or name != Path(name).name or name.startswith("."):
        raise RenderError(f"quiz name {name!r} must be a plain file name")


def write_files(files: Mapping[Path, str | bytes]) -> None:
    """Write each file atomically, text as UTF-8."""
    for path, data in files.items():
        atomic_write(path, data.encode("utf-8") if isinstance(data, str) else data)


def resolve_points(points: int | Mapping[str, int] | None) -> dict[str, int]:
    """Points per question type: :data:`DEFAULT_POINTS` with ``points`` applied."""
    if points is None:
        return dict(DEFAULT_POINTS)
    if isinstance(points, bool) or not isinstance(points, (int, Mapping)):
        raise RenderError(f"points must be a number or a mapping of type to number, "
                          f"not {points!r}")
    if isinstance(points, int):
        if points < 0:
            raise RenderError(f"points must not be negative, not {points}")
        return {t: points for t in DEFAULT_POINTS}
    out = dict(DEFAULT_POINTS)
    for key, value in points.items():
        if key not in out:
            raise RenderError(f"points for unknown question type {key!r} (known: "
                              + ", ".join(DEFAULT_POINTS) + ")")
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise RenderError(f"points for {key} must be a whole number, not {value!r}")
        out[key] = value
    return out


def points_label(n: int) -> str:
    return f"{n} point" if n == 1 else f"{n} points"


# -- questions → template data ---------------------------------------------

def cloze_segments(text: str) -> list[dict]:
    """Split a cloze question into text segments and blanks.

    ``"Signed in [[1994]]."`` becomes ``[{"text": "Signed in ", "blank":
    False}, {"text": "1994", "blank": True, "width": 8}, {"text": ".",
    "blank": False}]``.  The template renders each segment escaped, so no
    article text is ever marked safe.
    """
    segments: list[dict] = []
    pos = 0
    for match in _CLOZE.finditer(text):
        if match.start() > pos:
            segments.append({"text": text[pos:match.start()], "blank": False})
        answer = match.group(1).strip()
        width = min(BLANK_MAX_CH, max(BLANK_MIN_CH, len(answer) + BLANK_PAD_CH))
        segments.append({"text": answer, "blank": True, "width": width})
        pos = match.end()
    if pos < len(text):
        segments.append({"text": text[pos:], "blank": False})
    return segments


def side_label(side: str) -> str:
    """How a side is listed: "the Republic of Aldoria" → "The Republic of Aldoria"."""
    side = side.strip()
    return side[:1].upper() + side[1:]


def side_names(questions: Sequence[Question]) -> list[str]:
    """Every side named by these questions' choices and answers, alphabetically."""
    seen: dict[str, str] = {}
    for q in questions:
        for name in [*(q.choices or []), q.answer]:
            seen.setdefault(_side_key(name), side_label(name))
    return sorted(seen.values(), key=_side_sort)


def _side_key(name: str) -> str:
    return side_label(name).casefold()


def _side_sort(label: str) -> tuple[str, str]:
    return (re.sub(r"^the\s+", "", label, flags=re.IGNORECASE).casefold(), label)


def position_segments(question: str) -> list[dict]:
    """A "which side" question as a statement with a blank for the side's letter.

    "According to reports, which side raised concerns?" becomes
    "According to reports, ____ raised concerns."  A question that does not
    say "which side" keeps its words and gets the blank in front.
    """
    match = _WHICH_SIDE.search(question)
    if not match:
        return [{"blank": True, "text": ""}, {"blank": False, "text": " " + question}]
    before, after = question[:match.start()], question[match.end():]
    after = re.sub(r"\?\s*$", ".", after)
    segments = []
    if before:
        segments.append({"blank": False, "text": before})
    segments.append({"blank": True, "text": ""})
    if after:
        segments.append({"blank": False, "text": after})
    return segments


def build_sections(questions: Sequence[Question], points: Mapping[str, int], *,
                   timeline: Sequence[TimelineEvent] = (),
                   sides: Sequence[str] | None = None) -> list[dict]:
    """Template data: one dict per non-empty section, numbered continuously."""
    by_type: dict[str, list[Question]] = {t: [] for t in SECTION_TYPES if t != "timeline"}
    seen: set[str] = set()
    for q in questions:
        if q.type not in by_type:
            raise RenderError(f"question {q.id} has type {q.type!r}, which the quiz "
                              "cannot print (known: " + ", ".join(by_type) + ")")
        if q.id in seen:
            raise RenderError(f"question {q.id} is on the quiz twice")
        seen.add(q.id)
        by_type[q.type].append(q)

    sections = []
    number = 0
    for section in SECTIONS:
        each = points[section.type]
        data = {"type": section.type, "heading": section.heading,
                "instructions": section.instructions, "questions": [],
                "points_each": each, "sides": []}
        if section.type == "timeline":
            if not timeline:
                continue
            number += 1
            data["questions"].append(_timeline_item(timeline, number, each))
        elif section.type == "side":
            group = by_type["side"]
            if not group:
                continue
            labels = [side_label(s) for s in sides] if sides is not None else side_names(group)
            letters = {_side_key(s): chr(ord("A") + i) for i, s in enumerate(labels)}
            if len(letters) > 26:
                raise RenderError("more than 26 sides in the matching section")
            data["sides"] = [{"letter": chr(ord("A") + i), "text": s}
                             for i, s in enumerate(labels)]
            for q in group:
                number += 1
                data["questions"].append(_side_item(q, number, each, letters))
        else:
            for q in by_type[section.type]:
                number += 1
                data["questions"].append(_item(q, number, each))
        if not data["questions"]:
            continue
        data["points"] = sum(item["points"] for item in data["questions"])
        sections.append(data)
    return sections


def _base_item(q: Question, number: int, points: int) -> dict:
    return {
        "number": number,
        "id": q.id,
        "type": q.type,
        "question": q.question,
        "answer": q.answer,
        "answer_note": q.answer_note,
        "sentence": q.sentence,
        "source": q.title or q.article,
        # why quizgen holds the question back, for the key: a teacher sees what to look at before class
        "held": [] if q.status == "approved" else list(q.checks),
        "points": points,
        "segments": [],
        "choices": [],
        "layout": "",
        "answer_letter": "",
        "width": 0,
        "key": q.answer,
    }


def _item(q: Question, number: int, points: int) -> dict:
    item = _base_item(q, number, points)
    if q.type == "cloze":
        segments = cloze_segments(q.question)
        if not any(s["blank"] for s in segments):
            raise RenderError(f"question {q.id} is a cloze question without a "
                              "[[...]] deletion")
        item["segments"] = segments
        item["key"] = "; ".join(s["text"] for s in segments if s["blank"])
    elif q.type == "short":
        item["width"] = min(SHORT_MAX_CH, max(SHORT_MIN_CH, round(len(q.answer) * 1.6) + 8))
    elif q.type == "mcq":
        choices = list(q.choices or [])
        if len(choices) < 2:
            raise RenderError(f"question {q.id} needs at least two choices to print")
        if len(choices) > 26:
            raise RenderError(f"question {q.id} has more than 26 choices")
        index = answer_index(q, choices)
        item["choices"] = [{"letter": chr(ord("A") + i), "text": c}
                           for i, c in enumerate(choices)]
        item["answer_letter"] = chr(ord("A") + index)
        item["answer"] = choices[index]
        item["key"] = item["answer_letter"]
        longest = max(len(c) for c in choices)
        item["layout"] = ("four" if longest <= FOUR_ACROSS_MAX and len(choices) == 4
                          else "two" if longest <= TWO_ACROSS_MAX else "one")
    return item


def _side_item(q: Question, number: int, points: int, letters: Mapping[str, str]) -> dict:
    item = _base_item(q, number, points)
    letter = letters.get(_side_key(q.answer))
    if letter is None:
        raise RenderError(f"question {q.id}: its side {q.answer!r} is not in the "
                          "matching list")
    if q.choices and _side_key(q.answer) not in {_side_key(c) for c in q.choices}:
        raise RenderError(f"question {q.id}: answer {q.answer!r} is not one of its choices")
    item["segments"] = position_segments(q.question)
    item["answer_letter"] = letter
    item["answer"] = side_label(q.answer)
    item["key"] = letter
    return item


def _timeline_item(events: Sequence[TimelineEvent], number: int, each: int) -> dict:
    if not 2 <= len(events) <= 26:
        raise RenderError(f"a timeline needs 2 to 26 events, not {len(events)}")
    if sorted(e.rank for e in events) != list(range(len(events))):
        raise RenderError("timeline events must be ranked 0, 1, 2, … without ties")
    lettered = [{"letter": chr(ord("A") + i), "text": e.text, "date": e.date,
                 "rank": e.rank, "sentence": e.sentence, "source": e.source, "id": e.id}
                for i, e in enumerate(events)]
    order = sorted(lettered, key=lambda e: e["rank"])
    return {
        "number": number, "id": "timeline", "type": "timeline",
        "question": "Put these events in order, earliest first.",
        "answer": " → ".join(e["letter"] for e in order),
        "answer_note": "", "sentence": "", "source": "",
        "points": each * len(events), "points_each": each,
        "segments": [], "choices": [], "layout": "", "answer_letter": "", "width": 0,
        "events": lettered, "order": order,
        "key": "".join(e["letter"] for e in order),
    }


def answer_index(q: Question, choices: list[str]) -> int:
    """Where the answer is among ``choices``; ``RenderError`` if it is not."""
    if q.answer in choices:
        return choices.index(q.answer)
    folded = [c.strip().casefold() for c in choices]
    if q.answer.strip().casefold() in folded:
        return folded.index(q.answer.strip().casefold())
    raise RenderError(f"question {q.id}: answer {q.answer!r} is not one of its choices")


# -- templates --------------------------------------------------------------

def _environment(template_dirs: Sequence[Path]) -> jinja2.Environment:
    builtin = jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES))
    loaders: list[jinja2.BaseLoader] = []
    if template_dirs:
        loaders.append(jinja2.FileSystemLoader([str(d) for d in template_dirs]))
    loaders += [builtin, jinja2.PrefixLoader({BUILTIN_PREFIX: builtin})]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        # Question text comes from articles: it is data, never markup.  The
        # CSS is included into a <style> element, so it is escaped the same way.
        autoescape=jinja2.select_autoescape(default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["points"] = points_label
    env.filters["css_string"] = _css_string
    return env


def _css_string(text: str) -> str:
    """A CSS string literal's content: backslash-escape quotes, backslashes, newlines."""
    return re.sub(r'(["\\])', r"\\\1", str(text)).replace("\n", "\\A ")


def render_template(env: jinja2.Environment, template: str, context: dict,
                    kind: str) -> str:
    try:
        return env.get_template(template).render(context, kind=kind)
    except jinja2.TemplateNotFound as e:
        raise RenderError(f"template {e.name} not found") from e
    except jinja2.TemplateSyntaxError as e:
        raise RenderError(f"template syntax error: {e.message}",
                          path=e.filename or e.name, line=e.lineno) from e
    except jinja2.UndefinedError as e:
        raise RenderError(f"template {template}: {e.message}") from e


# -- PDF --------------------------------------------------------------------

# Warnings WeasyPrint repeats for every font of every document about how it
# embeds fonts (a missing system library, emoji fonts): nothing a teacher can
# act on.  CSS and @font-face warnings from a project's templates still show.
_FONT_NOISE = (
    "Using fontTools instead of HarfBuzz-Subset",
    "Please install HarfBuzz version",
    "Too many glyphs missing",
)


class _QuietFontFallback(logging.Filter):
    """Drop WeasyPrint's font-embedding warnings; keep everything else."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno == logging.WARNING
                    and str(record.msg).startswith(_FONT_NOISE))


@contextmanager
def _quiet_weasyprint() -> Iterator[None]:
    logger = logging.getLogger("weasyprint")
    quiet = _QuietFontFallback()
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


def _pdf(html: str, base: Path) -> tuple[bytes, int]:
    """Render HTML to PDF bytes; also return the page count."""
    with _quiet_weasyprint():
        import weasyprint  # imported here: it is slow to import and needs Pango

        # base_url is the output folder, so a relative URL in a template (a
        # school logo) means the same file for the HTML and the PDF.  No
        # metadata dates are set, so identical input gives identical bytes.
        document = weasyprint.HTML(string=html, base_url=str(base.resolve()) + "/").render()
        return document.write_pdf(), len(document.pages)
