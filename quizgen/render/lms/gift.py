"""GIFT: Moodle's plain-text question format (Question bank → Import → GIFT).

A ``$CATEGORY:`` line per article, then one question per paragraph:

    // date-48ca49a344-mcq
    ::date-48ca49a344-mcq::[plain]Complete the sentence\\: Signed in _____ …{
    =2008
    ~2003
    ####Source\\: Signed in 2008 … — Harbor Accord …
    }

``[plain]`` makes Moodle show the text exactly as written (article text is
data, never markup).  GIFT's special characters ``~ = # { } :`` and the
backslash are escaped with a backslash everywhere.  A cloze question becomes
a "missing word" question (one per deletion, the others filled in); an
article's "which side" questions become one matching question when there are
at least three (GIFT's minimum), and multiple choice otherwise.
"""
from __future__ import annotations

from collections.abc import Sequence

from ...model import Question
from . import (CATEGORY_ROOT, MATCHING_PROMPT, Matching, by_article, choices_of, cloze_parts,
               one_line, source_feedback, split_matching, title_of)

_SPECIAL = "\\~=#{}:"


def escape(text: str, strip: bool = True) -> str:
    """Text with GIFT's special characters backslash-escaped, on one line."""
    text = one_line(text, strip)
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)


def to_gift(questions: Sequence[Question]) -> str:
    """The questions as a GIFT file, as text."""
    matchings, rest = split_matching(questions, min_positions=3)
    matching_by_article = {m.article: m for m in matchings}
    grouped = dict(by_article(rest))
    blocks = ["// quizgen export: one category per article; each question's general "
              "feedback gives its source."]
    for article, _ in by_article(questions):
        items = grouped.get(article, [])
        matching = matching_by_article.get(article)
        title = matching.title if matching else title_of(items[0])
        blocks.append(f"$CATEGORY: $course$/top/{CATEGORY_ROOT}/{_category(title)}")
        for q in items:
            blocks.extend(_question(q))
        if matching:
            blocks.append(_matching(matching))
    return "\n\n".join(blocks) + "\n"


def _category(title: str) -> str:
    # Category lines are read up to the end of the line, without escapes;
    # "/" separates categories, so one inside a name is written "//".
    return one_line(title).replace("/", "//")


def _head(name: str, text: str) -> str:
    return f"// {one_line(name)}\n::{escape(name)}::[plain]{text}"


def _feedback(text: str) -> str:
    return f"####{escape(text)}"


def _question(q: Question) -> list[str]:
    feedback = _feedback(source_feedback(q))
    if q.type == "tf":
        value = "TRUE" if one_line(q.answer).casefold() == "true" else "FALSE"
        return [_head(q.id, escape(q.question)) + f"{{{value}{feedback}}}"]
    if q.type == "short":
        return [_head(q.id, escape(q.question)) + f"{{={_short(q.answer)}{feedback}}}"]
    if q.type == "cloze":
        parts = cloze_parts(q.question)
        blanks = [i for i, (_, blank) in enumerate(parts) if blank]
        out = []
        for n, index in enumerate(blanks, start=1):
            name = q.id if len(blanks) == 1 else f"{q.id}-{n}"
            text = "".join(
                f"{{={_short(t)}{feedback}}}" if i == index else escape(t, strip=False)
                for i, (t, _) in enumerate(parts))
            out.append(_head(name, text))
        return out
    choices, right = choices_of(q)
    lines = [("=" if i == right else "~") + escape(c) for i, c in enumerate(choices)]
    return [_head(q.id, escape(q.question)) + "{\n" + "\n".join(lines)
            + f"\n{feedback}\n}}"]


def _short(answer: str) -> str:
    # "*" is the short-answer wildcard; "\*" is a literal star.
    return escape(answer).replace("*", "\\*")


def _matching(m: Matching) -> str:
    # "->" separates a pair, so an arrow inside a text would split it.
    lines = [f"={escape(q.question).replace('->', '→')} -> "
             f"{escape(q.answer).replace('->', '→')}" for q in m.questions]
    return (_head(m.id, escape(MATCHING_PROMPT)) + "{\n" + "\n".join(lines)
            + f"\n{_feedback(m.feedback())}\n}}")
