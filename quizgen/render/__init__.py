"""Renderers: each reads plain ``Question`` objects and writes one format.

``EXPORTS`` is the registry behind ``quizgen export --format``: a new
format is one module with a function from questions to text (or bytes, for
a binary format such as a zip), registered here with an :class:`Exporter`.
Decks (``anki``) and printable quizzes (``printable``) are written by
``quizgen build`` and ``quizgen quiz``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Question
from .jsonl import to_jsonl
from .lms.csv import to_csv, to_tsv
from .lms.gift import to_gift
from .lms.moodle import to_moodle_xml
from .lms.qti import to_qti_zip


@dataclass(frozen=True)
class Exporter:
    """One export format.  Calling it renders the questions.

    ``binary`` formats return ``bytes`` (write them to a file); the others
    return ``str``.  ``extension`` is the usual file extension, with its dot.
    """

    name: str
    func: Callable[[Sequence[Question]], str | bytes]
    binary: bool
    extension: str
    description: str

    def __call__(self, questions: Sequence[Question]) -> str | bytes:
        return self.func(questions)


EXPORTS: dict[str, Exporter] = {e.name: e for e in (
    Exporter("jsonl", to_jsonl, False, ".jsonl",
             "one JSON object per question, for scripts and other tools"),
    Exporter("moodle", to_moodle_xml, False, ".xml",
             "Moodle XML (Question bank → Import → Moodle XML format)"),
    Exporter("gift", to_gift, False, ".gift.txt",
             "Moodle GIFT text (Question bank → Import → GIFT format)"),
    Exporter("qti", to_qti_zip, True, ".zip",
             "QTI 1.2 zip for Canvas (Import Course Content → QTI .zip file)"),
    Exporter("csv", to_csv, False, ".csv",
             "CSV with a header: question, answer, type, choices, article, source"),
    Exporter("tsv", to_tsv, False, ".tsv",
             "question<TAB>answer, for Quizlet and Anki's text importer"),
)}

__all__ = ["EXPORTS", "Exporter"]
