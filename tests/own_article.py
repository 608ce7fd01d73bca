"""Questions of an article written for a test: the rules' tests run the whole stage on it."""
from __future__ import annotations

from quizgen.extract import extract_facts
from quizgen.extract.lexicon import Lexicon
from quizgen.model import Article, Fact, Question
from quizgen.questions import generate_questions


def questions_of(lexicon: Lexicon, *paragraphs: str, title: str = "Own") -> tuple[list[Question], list[Fact]]:
    """The questions and facts of one article made of ``paragraphs``."""
    article = Article(slug="own", title=title, paragraphs=tuple(paragraphs))
    facts = extract_facts(article, lexicon)
    return generate_questions([article], {"own": facts}, lexicon)["own"], facts


def assert_held(questions: list[Question], reason: str) -> None:
    """There are such questions, and every one carries a check that says ``reason``."""
    assert questions and all(any(reason in c for c in q.checks) for q in questions), \
        [(q.question, q.checks) for q in questions]
