"""Which questions go into decks and onto the printable quiz."""
from __future__ import annotations

from collections.abc import Sequence

from .model import Question

EXCLUDED = ("rejected", "stale")

# For the quiz, one question per fact, the first type this kind supports.
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


def for_quiz(questions: Sequence[Question], count: int, approved_only: bool = False) -> list[Question]:
    """A mix of ``count`` questions: one per fact, taken in turn from each article.

    Questions without quality concerns come first; hand-written ones
    (no fact) always qualify.  The choice is deterministic.
    """
    usable = for_decks(questions, approved_only)
    by_fact: dict[str, list[Question]] = {}
    for q in usable:
        by_fact.setdefault(q.fact or q.id, []).append(q)
    picks_by_article: dict[str, list[Question]] = {}
    for key, group in by_fact.items():
        kind = group[0].kind or ""
        order = QUIZ_PREFERENCE.get(kind, ())
        ranked = sorted(group, key=lambda q: (bool(q.checks), q.status != "approved",
                                              order.index(q.type) if q.type in order else len(order)))
        pick = ranked[0]
        picks_by_article.setdefault(pick.article, []).append(pick)
    for picks in picks_by_article.values():
        picks.sort(key=lambda q: (bool(q.checks), q.status != "approved"))
    chosen: list[Question] = []
    queues = list(picks_by_article.values())
    while len(chosen) < count and any(queues):
        for queue in queues:
            if queue and len(chosen) < count:
                chosen.append(queue.pop(0))
    return chosen
