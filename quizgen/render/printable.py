"""Printable quizzes: questions → HTML (Jinja2) → PDF (WeasyPrint).

``render_quiz`` writes a question sheet and an answer key, each as HTML and
PDF.  The HTML is rendered from overridable templates (a project's
``templates/`` folder first, then ``quizgen/templates``); every piece of
question text goes through autoescaping, because article text is data.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
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
            "Circle the letter of the side that holds the position described."),
)

# Blank widths for cloze deletions, in ``ch``: long enough to write the answer
# by hand, never wider than a comfortable part of a line.
BLANK_MIN_CH = 8
BLANK_PAD_CH = 4
BLANK_MAX_CH = 30

# Choice lists whose longest choice fits these lengths go four or two across.
FOUR_ACROSS_MAX = 14
TWO_ACROSS_MAX = 34

_CLOZE = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)


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

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def paths(self) -> tuple[Path, Path, Path, Path]:
        return (self.quiz_html, self.quiz_pdf, self.key_html, self.key_pdf)


def render_quiz(questions: Sequence[Question], out_dir: Path, *, name: str, title: str,
                paper: str = "a4", template_dirs: Sequence[Path] = (),
                date_label: str = "") -> QuizOutput:
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
    if not questions:
        raise RenderError("no questions to put on the quiz (is anything approved?)")
    if paper not in PAPER_SIZES:
        raise RenderError(f"unknown paper size {paper!r}; use one of: "
                          + ", ".join(PAPER_SIZES))
    if not name or name != Path(name).name or name.startswith("."):
        raise RenderError(f"quiz name {name!r} must be a plain file name")

    sections = _build_sections(questions)
    env = _environment(template_dirs)
    context = {
        "title": title,
        "date_label": date_label,
        "paper": paper,
        "page_size": PAPER_SIZES[paper],
        "sections": sections,
        "total": sum(len(s["questions"]) for s in sections),
    }
    quiz_html = _render_template(env, "quiz.html", context, kind="quiz")
    key_html = _render_template(env, "key.html", context, kind="key")

    out_dir = Path(out_dir)
    quiz_pdf, quiz_pages = _pdf(quiz_html, out_dir)
    key_pdf, key_pages = _pdf(key_html, out_dir)

    out_dir.mkdir(parents=True, exist_ok=True)
    out = QuizOutput(
        quiz_html=out_dir / f"{name}-quiz.html",
        quiz_pdf=out_dir / f"{name}-quiz.pdf",
        key_html=out_dir / f"{name}-key.html",
        key_pdf=out_dir / f"{name}-key.pdf",
        counts={s["type"]: len(s["questions"]) for s in sections},
        quiz_pages=quiz_pages,
        key_pages=key_pages,
    )
    # Everything is rendered before the first write, so a failure leaves the
    # previous quiz intact rather than a new sheet beside an old key.
    atomic_write(out.quiz_html, quiz_html.encode("utf-8"))
    atomic_write(out.quiz_pdf, quiz_pdf)
    atomic_write(out.key_html, key_html.encode("utf-8"))
    atomic_write(out.key_pdf, key_pdf)
    return out


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


def _build_sections(questions: Sequence[Question]) -> list[dict]:
    by_type: dict[str, list[Question]] = {s.type: [] for s in SECTIONS}
    for q in questions:
        if q.type not in by_type:
            raise RenderError(f"question {q.id} has type {q.type!r}, which the quiz "
                              "cannot print (known: " + ", ".join(by_type) + ")")
        by_type[q.type].append(q)

    sections = []
    number = 0
    for section in SECTIONS:
        items = []
        for q in by_type[section.type]:
            number += 1
            items.append(_item(q, number))
        if items:
            sections.append({"type": section.type, "heading": section.heading,
                             "instructions": section.instructions, "questions": items})
    return sections


def _item(q: Question, number: int) -> dict:
    item = {
        "number": number,
        "id": q.id,
        "type": q.type,
        "question": q.question,
        "answer": q.answer,
        "sentence": q.sentence,
        "source": q.title or q.article,
        "segments": [],
        "choices": [],
        "layout": "",
        "answer_letter": "",
    }
    if q.type == "cloze":
        segments = cloze_segments(q.question)
        if not any(s["blank"] for s in segments):
            raise RenderError(f"question {q.id} is a cloze question without a "
                              "[[...]] deletion")
        item["segments"] = segments
    elif q.type in ("mcq", "side"):
        choices = list(q.choices or [])
        if len(choices) < 2:
            raise RenderError(f"question {q.id} needs at least two choices to print")
        if len(choices) > 26:
            raise RenderError(f"question {q.id} has more than 26 choices")
        index = _answer_index(q, choices)
        item["choices"] = [{"letter": chr(ord("A") + i), "text": c}
                           for i, c in enumerate(choices)]
        item["answer_letter"] = chr(ord("A") + index)
        item["answer"] = choices[index]
        longest = max(len(c) for c in choices)
        item["layout"] = ("four" if longest <= FOUR_ACROSS_MAX and len(choices) == 4
                          else "two" if longest <= TWO_ACROSS_MAX else "one")
    return item


def _answer_index(q: Question, choices: list[str]) -> int:
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
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        # Question text comes from articles: it is data, never markup.  The
        # CSS is included into a <style> element, so it is escaped the same way.
        autoescape=jinja2.select_autoescape(default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _render_template(env: jinja2.Environment, template: str, context: dict,
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
