"""Plain data passed between the stages: articles, facts and questions."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


# Where a question leaves its answer out: "Complete the sentence: ... _____ ...".
# Every stage writes and reads the blank the same way.
BLANK = "_____"

# Shapes of text that the readers set apart and extraction and questions must know again, one each.
# A header field's label ("SUBJECT", "Date", "Sent To"): up to three capitalised words before a colon.
FIELD_LABEL = r"(?:[A-Z]+|[A-Z][a-z]+)(?: (?:[A-Z]+|[A-Za-z][a-z]+)){0,2}"
# How a sentence ends, closing quotes and brackets included: a paragraph that ends so is prose.
SENTENCE_END = r"[.!?…][\"'”’»)\]]*$"
# A lettered or numbered list item's mark: "(c)", "(ii)", "(3)".
ITEM_MARK = r"\((?:[a-z]|[ivx]{1,5}|\d{1,3})\)"


@dataclass(frozen=True)
class Article:
    """One article read from a source file.

    ``paragraphs`` hold the article's body text; ``text`` joins them with a
    blank line, and every character offset quizgen records is into ``text``.
    """

    slug: str
    title: str
    paragraphs: tuple[str, ...]
    path: str = ""            # source file, relative to the project when possible
    line: int = 1             # line of the title (or first line) in that file
    source: str = ""          # where the article came from (URL, publication)
    date: str = ""            # publication date, ISO ``YYYY-MM-DD`` when known
    # the article's sub-headings: (index of the paragraph after it, level, text)
    headings: tuple[tuple[int, int, str], ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with its offsets into ``Article.text``."""

    text: str
    start: int
    end: int
    index: int                # position in the article; never used in an id


FACT_KINDS = ("date", "quantity", "range", "parties", "position")


@dataclass(frozen=True)
class Fact:
    """A typed fact drawn from one sentence.

    ``value`` is normalised (``1987-12-08``, ``500-5500 km``, ``Russia``) and
    ``text`` is how the article wrote it; ``span`` is the character range of
    ``text`` in the article.  ``subject`` is what the fact is about and
    ``predicate`` what happened or holds (``signed``, ``limit``, ``favored``).
    """

    id: str
    kind: str
    subject: str
    predicate: str
    value: str
    text: str
    article: str              # article slug
    sentence: str
    span: tuple[int, int]
    side: str | None = None
    topic: str | None = None
    hedge: str | None = None  # "reportedly" etc., shown in questions
    extra: dict[str, Any] = field(default_factory=dict)


QUESTION_TYPES = ("cloze", "short", "mcq", "tf", "side")
STATUSES = ("draft", "approved", "rejected")


@dataclass
class Question:
    """A question as it lives in the bank (see docs/bank-format.md)."""

    id: str
    type: str
    question: str
    answer: str
    article: str
    sentence: str
    status: str = "draft"
    choices: list[str] | None = None
    fact: str | None = None
    kind: str | None = None
    side: str | None = None
    tags: list[str] = field(default_factory=list)
    title: str = ""           # the article's title, for decks and keys
    answer_note: str = ""     # shown beside the answer ("about 311-3,418 mi")
    checks: list[str] = field(default_factory=list)   # quality concerns, empty when none
    comment: str = ""         # the teacher's own note
