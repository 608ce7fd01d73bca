"""Moodle XML: the format of Moodle's question bank import (Question bank → Import).

One ``category`` question per article (``$course$/top/quizgen/<title>``),
then its questions: ``multichoice`` (mcq, and "which side" questions of an
article that has only one), ``truefalse``, ``shortanswer``, ``cloze``
(Moodle's embedded answers, ``{1:SHORTANSWER:=answer}``) and one
``matching`` question per article for its "which side" questions.  Every
question carries its source sentence in the general feedback and its bank
id as name and ID number, so a teacher can find it in the bank.

Question text is HTML (escaped: article text is data); answers of short
answer, true/false and matching questions are plain text, as Moodle stores them.
"""
from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from ...model import Question
from . import (CATEGORY_ROOT, MATCHING_PROMPT, Matching, by_article, choices_of, cloze_parts,
               one_line, points_of, source_feedback, split_matching, title_of)

PENALTY = "0.3333333"


def to_moodle_xml(questions: Sequence[Question]) -> str:
    """The questions as a Moodle XML document (a ``<quiz>``), as text."""
    # Moodle's matching type needs two questions and three answers.
    matchings, rest = split_matching(questions, min_positions=2, min_answers=3)
    matching_by_article = {m.article: m for m in matchings}
    root = ET.Element("quiz")
    articles = [a for a, _ in by_article(questions)]
    grouped = dict(by_article(rest))
    for article in articles:
        items = grouped.get(article, [])
        matching = matching_by_article.get(article)
        title = matching.title if matching else title_of(items[0])
        root.append(_category(title))
        for q in items:
            root.append(_question(q))
        if matching:
            root.append(_matching(matching))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def category_path(title: str) -> str:
    """Moodle's category path; a "/" inside a name is written "//"."""
    return f"$course$/top/{CATEGORY_ROOT}/" + title.replace("/", "//")


def escape_cloze_answer(text: str) -> str:
    """An answer inside ``{1:SHORTANSWER:=…}``.

    Moodle finds the answer in the question's HTML, ending it at the first
    ``~``, ``#`` or ``}`` not preceded by a backslash or ``&``, then decodes
    HTML entities and unescapes ``\\}`` and ``\\#`` only.  So: HTML-escape;
    ``}`` and ``#`` get a backslash; ``~`` and the backslash itself become
    numeric entities; ``*`` (the short-answer wildcard) gets a backslash.
    """
    out = []
    for ch in html.escape(one_line(text), quote=False):
        out.append(_CLOZE_ESCAPES.get(ch, ch))
    return "".join(out)


_CLOZE_ESCAPES = {"}": "\\}", "#": "\\#", "~": "&#126;", "\\": "&#92;", "*": "\\*"}


def escape_short_answer(text: str) -> str:
    """A short answer: ``*`` is Moodle's wildcard, so a literal one is ``\\*``."""
    return one_line(text).replace("*", "\\*")


def _html(text: str, strip: bool = True) -> str:
    return html.escape(one_line(text, strip), quote=False)


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = "html") -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(el, "text").text = text
    return el


def _category(title: str) -> ET.Element:
    q = ET.Element("question", {"type": "category"})
    cat = ET.SubElement(q, "category")
    ET.SubElement(cat, "text").text = category_path(title)
    _text(q, "info", "", "html")
    return q


def _common(qtype: str, name: str, text: str, feedback: str, grade: int,
            penalty: str = PENALTY) -> ET.Element:
    q = ET.Element("question", {"type": qtype})
    name_el = ET.SubElement(q, "name")
    ET.SubElement(name_el, "text").text = name
    _text(q, "questiontext", text)
    _text(q, "generalfeedback", _html(feedback))
    ET.SubElement(q, "defaultgrade").text = str(grade)
    ET.SubElement(q, "penalty").text = penalty
    ET.SubElement(q, "hidden").text = "0"
    ET.SubElement(q, "idnumber").text = name
    return q


def _answer(q: ET.Element, fraction: int, text: str, fmt: str) -> None:
    a = ET.SubElement(q, "answer", {"fraction": str(fraction), "format": fmt})
    ET.SubElement(a, "text").text = text
    _text(a, "feedback", "")


def _tags(q: ET.Element, question: Question) -> None:
    if question.tags:
        tags = ET.SubElement(q, "tags")
        for tag in question.tags:
            ET.SubElement(ET.SubElement(tags, "tag"), "text").text = tag


def _question(q: Question) -> ET.Element:
    feedback = source_feedback(q)
    grade = points_of(q)
    if q.type == "tf":
        el = _common("truefalse", q.id, _html(q.question), feedback, grade, penalty="1")
        right = one_line(q.answer).casefold() == "true"
        _answer(el, 100 if right else 0, "true", "moodle_auto_format")
        _answer(el, 0 if right else 100, "false", "moodle_auto_format")
    elif q.type == "short":
        el = _common("shortanswer", q.id, _html(q.question), feedback, grade)
        ET.SubElement(el, "usecase").text = "0"
        _answer(el, 100, escape_short_answer(q.answer), "moodle_auto_format")
    elif q.type == "cloze":
        text = "".join(
            f"{{1:SHORTANSWER:={escape_cloze_answer(t)}}}" if blank else _html(t, strip=False)
            for t, blank in cloze_parts(q.question))
        el = _common("cloze", q.id, text, feedback, grade)
    else:   # mcq, and a lone "which side" question
        choices, right = choices_of(q)
        el = _common("multichoice", q.id, _html(q.question), feedback, grade)
        ET.SubElement(el, "single").text = "true"
        ET.SubElement(el, "shuffleanswers").text = "true"
        ET.SubElement(el, "answernumbering").text = "ABCD"
        for i, choice in enumerate(choices):
            _answer(el, 100 if i == right else 0, _html(choice), "html")
    _tags(el, q)
    return el


def _matching(m: Matching) -> ET.Element:
    el = _common("matching", m.id, _html(MATCHING_PROMPT), m.feedback(), len(m.questions))
    ET.SubElement(el, "shuffleanswers").text = "true"
    for q in m.questions:
        sub = _text(el, "subquestion", _html(q.question))
        ET.SubElement(ET.SubElement(sub, "answer"), "text").text = one_line(q.answer)
    for side in m.distractors:          # an answer with no question: a distractor
        sub = _text(el, "subquestion", "")
        ET.SubElement(ET.SubElement(sub, "answer"), "text").text = side
    tags = ET.SubElement(el, "tags")
    ET.SubElement(ET.SubElement(tags, "tag"), "text").text = "type::side"
    return el
