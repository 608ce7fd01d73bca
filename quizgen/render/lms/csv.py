"""Spreadsheets and flash cards: CSV (with a header) and TSV (two columns).

``csv``: ``question,answer,type,choices,article,source`` with a header row,
quoted as the ``csv`` module quotes (Excel, LibreOffice, Google Sheets).
``tsv``: ``front<TAB>back`` and nothing else, the shape Quizlet's import
("Between term and definition: Tab") and Anki's text importer (Basic note
type, "Fields separated by: Tab") take; tabs and line breaks inside the text
become spaces, and cloze deletions become blanks.
"""
from __future__ import annotations

import csv as _csv
import io
from collections.abc import Sequence

from ...model import Question
from . import cloze_blanked, cloze_answers, one_line, title_of

CSV_COLUMNS = ("question", "answer", "type", "choices", "article", "source")


def front(q: Question) -> str:
    """The question as a student reads it, on one line."""
    if q.type == "cloze":
        return one_line(cloze_blanked(q))
    if q.type == "tf":
        return "True or false: " + one_line(q.question)
    return one_line(q.question)


def back(q: Question) -> str:
    """The answer; a cloze question's answers joined with "; "."""
    if q.type == "cloze":
        return "; ".join(one_line(a) for a in cloze_answers(q))
    return one_line(q.answer)


def to_csv(questions: Sequence[Question]) -> str:
    """A CSV table with a header row."""
    buf = io.StringIO()
    writer = _csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for q in questions:
        writer.writerow([front(q), back(q), q.type,
                         " | ".join(one_line(c) for c in q.choices or []),
                         title_of(q), one_line(q.sentence)])
    return buf.getvalue()


def to_tsv(questions: Sequence[Question]) -> str:
    """Two tab-separated columns, no header: question, answer."""
    return "".join(f"{front(q)}\t{back(q)}\n" for q in questions)
