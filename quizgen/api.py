"""The library behind the CLI: one function per command.

Each function takes a project folder (or a ``Config``), does its stage and
returns a summary; problems are raised as ``QuizgenError`` naming the file
and line.  Only these functions touch the disk.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from . import selection
from .bank import (MergeStats, Problem, bank_questions, check_bank, dump_bank, load_bank,
                   merge_article, project_lock, remove_leftover_temp_files, validate_bank,
                   write_if_changed)
from .bank.io import load_bank_file
from .config import CONFIG_FILE, CONFIG_TEMPLATE, Config, load_config
from .errors import BankError, ProblemsError, QuizgenError, SourceError
from .extract import load_lexicon
from .files import atomic_write
from .model import Article, Fact, Question
from .extract.parallel import extract_many
from .questions import ACROSS, ACROSS_TITLE, corpus_questions, generate_questions
from .quiz import QUIZ_TYPES, QuizResult, choose, make_quiz
from .render import EXPORTS
from .render.anki import AnkiSummary, render_anki
from .render.printable import QuizOutput, render_quiz
from .sources import read_sources

EXAMPLE_ARTICLE = Path(__file__).resolve().parent / "project_template" / "example-article.md"


@dataclass
class ExtractResult:
    articles: int
    facts: dict[str, int]             # kind -> count
    questions: dict[str, int]         # type -> count
    merge: MergeStats
    skipped: list[SourceError] = field(default_factory=list)

    def summary(self) -> str:
        m = self.merge
        return (f"{self.articles} articles, {sum(self.facts.values())} facts: {m.summary()}, "
                f"{m.handwritten} hand-written; {len(m.changed_files)} bank files written")


@dataclass
class BuildResult:
    extract: ExtractResult
    deck: AnkiSummary
    quiz: QuizOutput

    @property
    def skipped(self) -> list[SourceError]:
        return self.extract.skipped


def project_config(project: Path | str | Config) -> Config:
    """The ``Config`` of a project folder (or the one given)."""
    if isinstance(project, Config):
        return project
    root = Path(project)
    if not root.is_dir():
        raise QuizgenError("project folder not found", path=str(root))
    return load_config(root)


def init_project(path: Path | str, name: str | None = None) -> Path:
    """Make a new project folder with an example article and a commented config; return it."""
    root = Path(path)
    if (root / CONFIG_FILE).exists():
        raise QuizgenError("a quizgen project already exists here", path=str(root / CONFIG_FILE))
    if root.exists() and any(p for p in root.iterdir() if not p.name.startswith(".")):
        raise QuizgenError("folder is not empty; choose a new folder", path=str(root))
    name = name or root.resolve().name
    for sub in ("seeds", "question_bank", "decks", "templates", "data"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    atomic_write(root / CONFIG_FILE, CONFIG_TEMPLATE.format(
        project_id=uuid.uuid4().hex[:16], name=name.replace('"', "'")).encode("utf-8"))
    atomic_write(root / "seeds" / EXAMPLE_ARTICLE.name, EXAMPLE_ARTICLE.read_bytes())
    return root


def extract(project: Path | str | Config) -> ExtractResult:
    """Read the articles, extract facts, and merge new questions into the bank.

    Nothing is written unless every existing bank file loads and the merged
    bank is valid.  Unreadable articles are skipped and returned in
    ``skipped``.
    """
    config = project_config(project)
    articles, skipped = read_sources(config.seeds_dir, root=config.root)
    lexicon = load_lexicon(config.data_dir if config.data_dir.is_dir() else None, config.sides)
    facts = extract_many(articles, lexicon)
    generated = generate_questions(articles, facts, lexicon)
    # questions that compare articles live in a bank file of their own
    across = corpus_questions(facts, lexicon)
    if across:
        articles = [*articles, Article(slug=ACROSS, title=ACROSS_TITLE, paragraphs=())]
        generated[ACROSS] = across

    with project_lock(config.root):
        remove_leftover_temp_files(config.bank_dir)
        existing: dict[str, object] = {}
        unreadable: list[QuizgenError] = []
        invalid: list[QuizgenError] = []
        for article in articles:
            path = config.bank_dir / f"{article.slug}.yaml"
            if path.exists():
                rel = _rel(path, config.root)
                try:
                    existing[article.slug] = doc = load_bank_file(path, rel)
                except BankError as exc:
                    unreadable.append(exc)
                    continue
                invalid.extend(validate_bank(doc, rel))
        if unreadable:
            raise ProblemsError(unreadable + invalid, "the question bank could not be read; nothing was written")
        if invalid:
            raise ProblemsError(invalid, "the question bank has errors (see `quizgen check`); nothing was written")

        stats = MergeStats()
        outputs: dict[Path, str] = {}
        problems: list[QuizgenError] = []
        fact_index = {f.id: f for fs in facts.values() for f in fs}
        for article in articles:
            doc, merged = merge_article(existing.get(article.slug), article, generated[article.slug], fact_index)
            rel = f"question_bank/{article.slug}.yaml"
            problems.extend(validate_bank(doc, rel))
            stats.add(merged)
            outputs[config.bank_dir / f"{article.slug}.yaml"] = dump_bank(doc)
        if problems:
            raise ProblemsError(problems, "the question bank has errors; nothing was written")
        for path, text in outputs.items():
            if write_if_changed(path, text):
                stats.changed_files.append(_rel(path, config.root))
    return ExtractResult(
        articles=len([a for a in articles if a.slug != ACROSS]),
        facts=_count((f.kind for fs in facts.values() for f in fs)),
        questions=_count((q.type for qs in generated.values() for q in qs)),
        merge=stats,
        skipped=skipped,
    )


def check(project: Path | str | Config) -> list[Problem]:
    """Every problem in the bank, errors and warnings, file by file in line order.

    Each ``Problem`` has a ``severity`` (``"error"`` or ``"warning"``); the
    bank is usable when there is no error.
    """
    config = project_config(project)
    return check_bank(config.bank_dir, config.root)


def load_questions(project: Path | str | Config) -> list[Question]:
    """The bank's questions, after checking it; raises ``ProblemsError`` if it is invalid."""
    config = project_config(project)
    problems = [p for p in check(config) if p.severity == "error"]
    if problems:
        raise ProblemsError(problems, f"the question bank has {len(problems)} problem(s)")
    docs, _ = load_bank(config.bank_dir, config.root)
    return bank_questions(docs)


def build(project: Path | str | Config) -> BuildResult:
    """Extract, check, then render the Anki deck and the printable quiz with its key."""
    config = project_config(project)
    with project_lock(config.root):
        return _build(config)


def _build(config: Config) -> BuildResult:
    extracted = extract(config)
    questions = load_questions(config)
    deck_questions = selection.for_decks(questions, config.approved_only)
    if not deck_questions:
        raise QuizgenError("no questions to build from: add articles to seeds/ or approve questions",
                           path=_rel(config.bank_dir, config.root))
    deck = render_anki(deck_questions, config.decks_dir / f"{config.output_name}.apkg",
                       deck_name=config.deck_name, project_id=config.project_id,
                       one_deck_per_article=config.one_deck_per_article)
    # one question per sentence, so no question prints another's answer
    quiz_questions, _timeline, _notes = choose(
        deck_questions, count=config.quiz_count,
        types=[t for t in QUIZ_TYPES if t != "timeline"])
    template_dirs = [config.templates_dir] if config.templates_dir.is_dir() else []
    quiz = render_quiz(quiz_questions, config.decks_dir, name=config.output_name,
                       title=config.quiz_title, paper=config.paper,
                       template_dirs=template_dirs, date_label=config.date_label)
    return BuildResult(extracted, deck, quiz)


def quiz(project: Path | str | Config, *, count: int | None = None,
         types: list[str] | None = None, articles: list[str] | None = None,
         tags: list[str] | None = None, versions: int = 1, seed: int = 0,
         paper: str | None = None, title: str | None = None,
         points: int | dict[str, int] | None = None, out_dir: Path | str | None = None,
         approved_only: bool | None = None) -> QuizResult:
    """Printable quiz versions with keys and an overview, in decks/ (or ``out_dir``).

    Settings not given come from the project (``[quiz]`` count, title, paper, date).
    """
    config = project_config(project).with_flags(quiz_count=count, paper=paper,
                                                 quiz_title=title, approved_only=approved_only)
    questions = selection.for_decks(load_questions(config), config.approved_only)
    template_dirs = [config.templates_dir] if config.templates_dir.is_dir() else []
    return make_quiz(questions, Path(out_dir) if out_dir else config.decks_dir,
                     name=config.output_name, title=config.quiz_title,
                     count=config.quiz_count, types=types, articles=articles, tags=tags,
                     versions=versions, seed=seed, paper=config.paper, points=points,
                     template_dirs=template_dirs, date_label=config.date_label)


def export(project: Path | str | Config, fmt: str, approved_only: bool = False) -> str:
    """The bank's usable questions in an export format (see ``quizgen.render.EXPORTS``)."""
    if fmt not in EXPORTS:
        raise QuizgenError(f"unknown export format {fmt!r} (known: {', '.join(sorted(EXPORTS))})")
    questions = selection.for_decks(load_questions(project), approved_only)
    return EXPORTS[fmt](questions)


def _count(items) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items:
        out[item] = out.get(item, 0) + 1
    return dict(sorted(out.items()))


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


__all__ = ["init_project", "extract", "check", "build", "quiz", "export", "QuizResult", "load_questions",
           "project_config", "ExtractResult", "BuildResult", "Article", "Fact"]
