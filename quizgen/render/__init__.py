"""Renderers: each reads plain ``Question`` objects and writes one format.

``EXPORTS`` is the registry behind ``quizgen export --format``: a new
format is one module with a function from questions to text, registered here.
Decks (``anki``) and printable quizzes (``printable``) are written by
``quizgen build``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Question
from .jsonl import to_jsonl

EXPORTS: dict[str, Callable[[Sequence[Question]], str]] = {
    "jsonl": to_jsonl,
}
