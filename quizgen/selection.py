"""Which questions go into decks and quizzes (``quizgen.quiz`` picks a quiz's mix)."""
from __future__ import annotations

from collections.abc import Sequence

from .model import Question

EXCLUDED = ("rejected", "stale")

# For a quiz, one question per fact: the first type its kind supports.
QUIZ_PREFERENCE = {
    "date": ("mcq", "short", "tf", "cloze"),
    "quantity": ("mcq", "cloze", "tf"),
    "range": ("mcq", "cloze", "tf"),
    "parties": ("short", "mcq"),
    "position": ("side", "tf"),
}


def for_decks(questions: Sequence[Question], approved_only: bool = False) -> list[Question]:
    """Everything not rejected or stale; only approved ones with ``approved_only``."""
    if approved_only:
        return [q for q in questions if q.status == "approved"]
    return [q for q in questions if q.status not in EXCLUDED]
