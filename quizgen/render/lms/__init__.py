"""Exports for learning platforms: Moodle XML, GIFT, QTI 1.2 (Canvas), CSV/TSV.

Each module turns plain ``Question`` objects into one format and is
registered in ``quizgen.render.EXPORTS``.  What they share lives here: which
article a question belongs to (categories follow articles), the source
feedback every item carries, cloze deletions, and when "which side"
questions become one matching question.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import BLANK, Question
from ..printable import DEFAULT_POINTS

CATEGORY_ROOT = "quizgen"
MATCHING_PROMPT = "Match each position with the side that holds it."

_CLOZE = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)
_SPACE = re.compile(r"\s+")


def one_line(text: str, strip: bool = True) -> str:
    """Text on one line: runs of whitespace (tabs, newlines) become one space.

    ``strip=False`` keeps a space at either end (a piece of a cloze sentence).
    """
    text = _SPACE.sub(" ", text or "")
    return text.strip() if strip else text


def title_of(q: Question) -> str:
    return one_line(q.title or q.article)


def source_feedback(q: Question) -> str:
    """The general feedback every item carries: where the answer comes from."""
    return f"Source: {one_line(q.sentence)} — {title_of(q)}"


def by_article(questions: Sequence[Question]) -> list[tuple[str, list[Question]]]:
    """Questions grouped by article, articles in order of first appearance."""
    groups: dict[str, list[Question]] = {}
    for q in questions:
        groups.setdefault(q.article, []).append(q)
    return list(groups.items())


def cloze_parts(text: str) -> list[tuple[str, bool]]:
    """``"In [[1994]] at [[Velmora]]."`` → ``[("In ", False), ("1994", True), …]``."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for m in _CLOZE.finditer(text):
        if m.start() > pos:
            parts.append((text[pos:m.start()], False))
        parts.append((m.group(1).strip(), True))
        pos = m.end()
    if pos < len(text):
        parts.append((text[pos:], False))
    return parts


def cloze_answers(q: Question) -> list[str]:
    return [t for t, blank in cloze_parts(q.question) if blank]


def cloze_blanked(q: Question, blank: str = BLANK) -> str:
    """The cloze text with every deletion replaced by a blank."""
    return "".join(blank if is_blank else t for t, is_blank in cloze_parts(q.question))


def choices_of(q: Question) -> tuple[list[str], int]:
    """The choices and the index of the right one (the answer added if missing)."""
    choices = [one_line(c) for c in (q.choices or [])]
    answer = one_line(q.answer)
    folded = [c.casefold() for c in choices]
    if answer.casefold() in folded:
        return choices, folded.index(answer.casefold())
    return choices + [answer], len(choices)


@dataclass(frozen=True)
class Matching:
    """The "which side" questions of one article as one matching question."""

    article: str
    title: str
    questions: tuple[Question, ...]
    distractors: tuple[str, ...]      # sides offered that no position is matched to

    @property
    def id(self) -> str:
        return f"{self.article}-which-side"

    def feedback(self) -> str:
        """The sources of every position, each sentence once."""
        sentences = list(dict.fromkeys(one_line(q.sentence) for q in self.questions))
        if len(sentences) == 1:
            return f"Source: {sentences[0]} — {self.title}"
        return "Sources: " + " ".join(
            f"({i}) {s}" for i, s in enumerate(sentences, start=1)) + f" — {self.title}"


def split_matching(questions: Sequence[Question], min_positions: int, min_answers: int = 0
                   ) -> tuple[list[Matching], list[Question]]:
    """Matching questions per article and the questions left as they are.

    An article's ``side`` questions become one matching question when there
    are at least ``min_positions`` of them and at least ``min_answers``
    different sides to choose from (distractors included).
    """
    matchings: list[Matching] = []
    rest: list[Question] = []
    for article, group in by_article(questions):
        sides = [q for q in group if q.type == "side"]
        if len(sides) < min_positions:
            rest.extend(group)
            continue
        answers = {one_line(q.answer).casefold() for q in sides}
        distractors: dict[str, str] = {}
        for q in sides:
            for c in q.choices or []:
                c = one_line(c)
                if c.casefold() not in answers:
                    distractors.setdefault(c.casefold(), c)
        if len(answers) + len(distractors) < min_answers:
            rest.extend(group)
            continue
        matchings.append(Matching(article=article, title=title_of(sides[0]),
                                  questions=tuple(sides),
                                  distractors=tuple(distractors.values())))
        rest.extend(q for q in group if q.type != "side")
    return matchings, rest


def points_of(q: Question) -> int:
    """Points of a question, as on the printed quiz."""
    return DEFAULT_POINTS.get(q.type, 1)
