"""Questions of an article written for a test: the rules' tests run the whole stage on it."""
from __future__ import annotations

from pathlib import Path

from quizgen.extract import extract_facts
from quizgen.extract.lexicon import Lexicon
from quizgen.model import Article, Fact, Question
from quizgen.questions import generate_questions
from quizgen.sources import read_file


def questions_of(lexicon: Lexicon, *paragraphs: str, title: str = "Own") -> tuple[list[Question], list[Fact]]:
    """The questions and facts of one article made of ``paragraphs``."""
    article = Article(slug="own", title=title, paragraphs=tuple(paragraphs))
    facts = extract_facts(article, lexicon)
    return generate_questions([article], {"own": facts}, lexicon)["own"], facts


def assert_held(questions: list[Question], reason: str) -> None:
    """There are such questions, and every one carries a check that says ``reason``."""
    assert questions and all(any(reason in c for c in q.checks) for q in questions), \
        [(q.question, q.checks) for q in questions]


def assert_not_held(questions: list[Question], reason: str, count: int | None = None) -> None:
    """There are such questions (``count`` of them, if given), and none carries a check that says ``reason``."""
    assert questions and (count is None or len(questions) == count) \
        and not any(reason in c for q in questions for c in q.checks), [(q.question, q.checks) for q in questions]


def read_article(tmp_path: Path, text: str, name: str = "own.md") -> Article:
    """The one article a source file of ``text`` gives, read as quizgen reads ``name``'s kind of file."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (article,) = read_file(path)
    return article


def other_agreements() -> tuple[Article, Article]:
    """Two more articles, each with an agreement and a limit: the other choices of a "Which agreement" question."""
    return (Article(slug="two", title="Two", paragraphs=(
                "The Orla Fisheries Pact was signed on 2 June 1984. The Orla Fisheries Pact set a quota of 90 barges.",)),
            Article(slug="three", title="Three", paragraphs=(
                "The Tamar Grain Charter was signed on 8 July 1990. The Tamar Grain Charter allowed 40 silos.",)))
