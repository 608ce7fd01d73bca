"""The library behind the CLI: one function per command.

Each function takes a project folder (or a ``Config``), does its stage and
returns a summary; problems are raised as ``QuizgenError`` naming the file
and line.  Only these functions touch the disk.
"""
from __future__ import annotations

import functools
import json
import time
import uuid
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ContextManager

from . import selection
from . import __version__
from .bank import (HEADER, MergeStats, Problem, bank_questions, check_bank, dump_bank, dump_new_bank,
                   merge_article, new_plain_document, project_lock, remove_leftover_temp_files, validate_bank,
                   write_if_changed)
from .bank.io import is_plain_document, load_bank_file, load_written_bank
from .bank.nodes import commented, plain
from .config import CONFIG_FILE, CONFIG_TEMPLATE, Config, load_config
from .errors import BankError, ProblemsError, QuizgenError, SourceError
from .extract import load_lexicon
from .files import atomic_write, relative_in, relative_path
from .model import Article, Fact, Question
from .extract.parallel import extract_many
from .parallel import beside, generate_many
from .questions import ACROSS, ACROSS_TITLE, corpus_questions
from .quiz import QUIZ_TYPES, QuizResult, choose, make_quiz
from .render import EXPORTS
from .render.anki import AnkiSummary, note_types_digest, render_anki
from .render.printable import BUILTIN_TEMPLATES, QuizOutput, render_quiz
from .sources import read_sources
from .state import BuildState, Stamps, article_key, few_collections, files_key, sha

# progress(stage, total) gives a context whose value is advance(n): the CLI
# draws a progress bar with it; the library itself never prints.
Progress = Callable[[str, int], ContextManager[Callable[[int], None]]]


@contextmanager
def _quiet(stage: str, total: int) -> Iterator[Callable[[int], None]]:
    yield lambda n: None


_no_progress: Progress = _quiet

EXAMPLE_ARTICLE = Path(__file__).resolve().parent / "project_template" / "example-article.md"


@dataclass
class ExtractResult:
    articles: int
    facts: dict[str, int]             # kind -> count
    merge: MergeStats
    skipped: list[SourceError] = field(default_factory=list)
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)    # facts, questions, bank: seconds each

    def summary(self) -> str:
        m = self.merge
        return (f"{self.articles} articles, {sum(self.facts.values())} facts: {m.summary()}, "
                f"{m.handwritten} hand-written; {len(m.changed_files)} bank files written")


@dataclass
class BuildResult:
    """What a build did.  ``deck`` and ``quiz`` are None when they were up to date."""

    extract: ExtractResult
    deck: AnkiSummary | None
    quiz: QuizOutput | None
    deck_path: Path
    quiz_path: Path
    key_path: Path
    timings: dict[str, float] = field(default_factory=dict)

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


def extract(project: Path | str | Config, *, force: bool = False,
            progress: Progress | None = None) -> ExtractResult:
    """Read the articles, extract facts, and merge new questions into the bank.

    Only what changed since the last run is redone (``force`` redoes all):
    an unchanged article is not re-extracted and its bank file not rewritten.
    Nothing is written unless every bank file that needs a merge loads and
    the merged bank is valid.  Unreadable articles are skipped and returned
    in ``skipped``.
    """
    config = project_config(project)
    with project_lock(config.root), few_collections():
        state = BuildState(config.root, force)
        result = _extract(config, state, progress or _no_progress)
        state.save()
        return result


def _extract(config: Config, state: BuildState, progress: Progress) -> ExtractResult:
    started = time.perf_counter()
    articles, skipped = read_sources(config.seeds_dir, root=config.root, memo=state.sources)
    lexicon = load_lexicon(config.data_dir if config.data_dir.is_dir() else None, config.sides)
    settings = sha(json.dumps([lexicon.data, [vars(s) for s in lexicon.sides], __version__],
                              ensure_ascii=False, sort_keys=True, default=str))
    stamps = state.stamps
    if stamps.settings != settings:
        stamps.articles.clear()                 # other word lists: every article again
        stamps.settings = settings
    keys = {a.slug: sha(settings + article_key(a)) for a in articles}
    remove_leftover_temp_files(config.bank_dir)
    shas = _bank_shas(config, stamps)
    in_bank = relative_in(config.bank_dir, config.root)
    bank_rel = {slug: in_bank(f"{slug}.yaml") for slug in [*keys, ACROSS]}
    changed = [a for a in articles if stamps.articles.get(a.slug) != keys[a.slug]]
    removed = set(stamps.articles) - set(keys)
    touched = {rel for rel in set(shas) | set(stamps.bank) if shas.get(rel) != stamps.bank.get(rel)}
    need = {a.slug for a in changed} | {slug for slug in keys if bank_rel[slug] in touched}
    if changed or removed or bank_rel[ACROSS] in touched:
        need.add(ACROSS)

    stats = MergeStats()
    stages: dict[str, float] = {}
    facts_count = dict(stamps.facts)
    if need:
        cache = state.cache
        facts: dict[str, list[Fact]] = {}
        todo = []
        for a in articles:
            hit = cache.facts.get(a.slug)
            if hit is not None and hit[0] == keys[a.slug]:
                facts[a.slug] = hit[1]
            else:
                todo.append(a)
        clock = time.perf_counter()
        with progress("extract", len(todo)) as advance:
            fresh = extract_many(todo, lexicon, advance=advance)
        stages["facts"] = round(time.perf_counter() - clock, 2)
        for a in todo:
            cache.facts[a.slug] = (keys[a.slug], fresh[a.slug])
        facts.update(fresh)
        for slug in removed:
            cache.facts.pop(slug, None)
        facts = {a.slug: facts[a.slug] for a in articles}
        targets = [a for a in articles if a.slug in need]
        clock = time.perf_counter()
        with progress("questions", len(targets)) as advance:
            generated = generate_many(targets, facts, lexicon, advance=advance)
        if ACROSS in need:
            across = corpus_questions(facts, lexicon)
            if across or bank_rel[ACROSS] in shas:
                targets.append(Article(slug=ACROSS, title=ACROSS_TITLE, paragraphs=()))
                generated[ACROSS] = across
        stages["questions"] = round(time.perf_counter() - clock, 2)
        clock = time.perf_counter()
        # digests of what each merge takes in, for the next build: of files that exist, and of the
        # questions across articles, which every changed date or limit makes again (a cold build
        # does not digest its thousand new files)
        # the questions across articles record facts of any article
        every_fact = ({f.id: f for fs in facts.values() for f in fs}
                      if any(a.slug == ACROSS for a in targets) else {})
        made = _made_keys([a for a in targets if bank_rel[a.slug] in shas or a.slug == ACROSS],
                          generated, facts, every_fact, keys)
        # a file as the last build left it, and the same questions merged into it again: the
        # merge would write what is there (the questions across articles often stay the same
        # when one article changes)
        same = {a.slug for a in targets
                if bank_rel[a.slug] in shas and bank_rel[a.slug] not in touched
                and a.slug in made and stamps.made.get(bank_rel[a.slug]) == made[a.slug]
                and cache.questions.get(bank_rel[a.slug], ("",))[0] == shas[bank_rel[a.slug]]}
        targets = [a for a in targets if a.slug not in same]
        with progress("merge", len(targets)) as advance:
            # files whose very text was checked before, when quizgen wrote or read it
            checked = {rel for rel, hit in cache.questions.items() if shas.get(rel) == hit[0]}
            # the questions across articles are merged again whenever a date or limit of any article
            # changes: their file's document is kept, to be taken up without parsing the file
            kept_docs = {rel: doc for rel, (digest, doc) in cache.docs.items() if shas.get(rel) == digest}
            written = _merge(config, targets, generated, facts, every_fact, stats, advance, checked,
                             kept_docs, keep={bank_rel[ACROSS]})
        stages["bank"] = round(time.perf_counter() - clock, 2)
        merged_files = {bank_rel[a.slug] for a in targets}
        stamps.made = {rel: key for rel, key in stamps.made.items() if rel in shas and rel not in merged_files}
        stamps.made.update((bank_rel[slug], made[slug]) for slug in made)
        need -= same
        for a in articles:
            stamps.articles[a.slug] = keys[a.slug]
        for slug in removed:
            stamps.articles.pop(slug, None)
        for rel, (text_sha, questions, doc) in written.items():
            shas[rel] = text_sha            # as just written: its size and time are known next run
            stamps.bank_stat.pop(rel, None)
            cache.questions[rel] = (text_sha, questions)
            stamps.counts[rel] = len(questions)
            if doc is not None:
                cache.docs[rel] = (text_sha, doc)
            else:
                cache.docs.pop(rel, None)
        for rel in [rel for rel in cache.docs if rel not in shas]:
            del cache.docs[rel]             # its file is gone
        facts_count = _count(f.kind for fs in facts.values() for f in fs)
        stamps.facts = facts_count
    stamps.bank = shas
    stats.kept += sum(n for rel, n in stamps.counts.items()
                      if rel in shas and rel not in {bank_rel.get(slug) for slug in need})
    return ExtractResult(
        articles=len(articles),
        facts=facts_count,
        merge=stats,
        skipped=skipped,
        seconds=round(time.perf_counter() - started, 2),
        stages=stages,
    )


def _merge(config: Config, targets: list[Article], generated: dict[str, list[Question]],
           facts: dict[str, list[Fact]], every_fact: dict[str, Fact], stats: MergeStats,
           advance: Callable[[int], None], checked: set[str], kept_docs: dict[str, Any],
           keep: Collection[str]) -> dict[str, tuple[str, list[Question], Any]]:
    """Merge, validate and write the bank files of ``targets``; their questions by file.

    One file at a time: its document is loaded, checked, merged and written
    out as text before the next is read, so memory holds one document, not
    the whole bank.  Nothing is written until every file has merged cleanly.
    ``every_fact`` indexes the facts of all articles, for the questions across
    articles.  ``checked`` names the files whose text was checked before, as it is now.
    ``kept_docs`` holds the plain documents of files quizgen wrote, as they
    are now; the files ``keep`` names give theirs back, when quizgen wrote
    them, beside their questions (else ``None``).
    """
    unreadable: list[QuizgenError] = []
    invalid: list[QuizgenError] = []
    problems: list[QuizgenError] = []
    outputs: dict[Path, tuple[str, str, list[Question], Any]] = {}
    in_bank = relative_in(config.bank_dir, config.root)
    for article in targets:
        path = config.bank_dir / f"{article.slug}.yaml"
        rel = in_bank(path.name)
        own = every_fact if article.slug == ACROSS else {f.id: f for f in facts.get(article.slug, ())}
        old = None
        written_here = False
        exists = path.exists()
        if exists and rel in kept_docs:
            old, written_here = commented(kept_docs[rel]), True
        elif exists:
            # a file exactly as quizgen wrote it has no teacher's layout to keep: read it the fast way
            old = load_written_bank(path, HEADER)
            written_here = old is not None
        if exists:
            if old is None:
                try:
                    old = load_bank_file(path, rel)
                except BankError as exc:
                    unreadable.append(exc)
                    continue
            if not (written_here and rel in checked):
                errors = validate_bank(old, rel)
                if errors and written_here:
                    errors = validate_bank(load_bank_file(path, rel), rel)    # again, to say on which line
                if errors:
                    invalid.extend(errors)
                    continue
        if unreadable or invalid:
            continue        # only reading on, to report every broken file at once
        plain_doc = None
        if old is not None:
            doc, merged = merge_article(old, article, generated[article.slug], own)
            if written_here and is_plain_document(doc):
                text = dump_new_bank(doc, HEADER)
                plain_doc = plain(doc) if rel in keep else None
            else:
                if written_here:
                    doc.yaml_set_start_comment(HEADER)      # read the fast way, without its header
                # a merged file also holds the teacher's work: check it before it is written
                problems.extend(validate_bank(doc, rel))
                text = dump_bank(doc)
        else:
            # a file written for the first time holds only quizgen's questions, valid as made
            doc, merged = new_plain_document(article, generated[article.slug], own)
            text = dump_new_bank(doc, HEADER)
            plain_doc = plain(doc) if rel in keep else None
        stats.add(merged)
        # the questions, not the document: a thousand documents at once would double the peak memory
        outputs[path] = (rel, text, bank_questions({rel: doc}), plain_doc)
        advance(1)
    if unreadable:
        raise ProblemsError(unreadable + invalid, "the question bank could not be read; nothing was written")
    if invalid:
        raise ProblemsError(invalid, "the question bank has errors (see `quizgen check`); nothing was written")
    if problems:
        raise ProblemsError(problems, "the question bank has errors; nothing was written")
    written = {}
    for path, (rel, text, questions, plain_doc) in outputs.items():
        if write_if_changed(path, text):
            stats.changed_files.append(rel)
        written[rel] = (sha(text), questions, plain_doc)
    return written


def _made_keys(targets: list[Article], generated: dict[str, list[Question]],
               facts: dict[str, list[Fact]], every_fact: dict[str, Fact], keys: dict[str, str]) -> dict[str, str]:
    """A digest, per target, of everything a merge takes from the build: the article, its
    generated questions and the facts they record (``every_fact``: those of all articles)."""
    out = {}
    for article in targets:
        by_id = every_fact if article.slug == ACROSS else {f.id: f for f in facts.get(article.slug, ())}
        out[article.slug] = sha(json.dumps(
            [__version__, keys.get(article.slug, ""), article.title, article.path, article.line,
             [[vars(q), vars(by_id[q.fact]) if q.fact in by_id else None] for q in generated[article.slug]]],
            ensure_ascii=False, default=str))
    return out


def _bank_shas(config: Config, stamps: Stamps | None = None) -> dict[str, str]:
    """The hash of every bank file's bytes, by path.

    With ``stamps``, a file whose size, time and inode are those the last
    run saw keeps the hash it had then, unread, as ``git status`` does.  A
    file changed within two seconds before that run looked is read again:
    another change in the same clock tick would leave its time as it was.
    Each entry keeps its own hash, so a failed build, which saves its
    stamps all the same, can never pair a new time with an old hash.
    """
    if not config.bank_dir.is_dir():
        if stamps is not None:
            stamps.bank_stat = {}
        return {}
    now = time.time_ns()
    shas: dict[str, str] = {}
    seen: dict[str, list] = {}
    in_bank = relative_in(config.bank_dir, config.root)
    for path in sorted(config.bank_dir.glob("*.yaml")):
        if path.name.startswith("."):
            continue
        rel = in_bank(path.name)
        if stamps is None:
            shas[rel] = sha(path.read_bytes())
            continue
        st = path.stat()
        key = [st.st_size, st.st_mtime_ns, st.st_ino]
        known = stamps.bank_stat.get(rel)
        shas[rel] = known[3] if known and known[:3] == key and len(known) == 4 else sha(path.read_bytes())
        if now - st.st_mtime_ns > 2_000_000_000:
            seen[rel] = [*key, shas[rel]]
    if stamps is not None:
        stamps.bank_stat = seen
    return shas


def check(project: Path | str | Config) -> list[Problem]:
    """Every problem in the bank, errors and warnings, file by file in line order.

    Each ``Problem`` has a ``severity`` (``"error"`` or ``"warning"``); the
    bank is usable when there is no error.
    """
    config = project_config(project)
    return check_bank(config.bank_dir, config.root)


def load_questions(project: Path | str | Config, state: BuildState | None = None,
                   shas: dict[str, str] | None = None) -> list[Question]:
    """The bank's questions, file by file; raises ``ProblemsError`` if the bank has errors.

    A file unchanged since quizgen last read or wrote it comes from the
    build cache; any other is loaded and checked.  ``shas`` are the bank
    files' hashes when the caller has just taken them.
    """
    config = project_config(project)
    state = state or BuildState(config.root)
    cache = state.cache
    questions: list[Question] = []
    problems: list[QuizgenError] = []
    where: dict[str, str] = {}
    for rel, digest in (_bank_shas(config) if shas is None else shas).items():
        hit = cache.questions.get(rel)
        if hit is not None and hit[0] == digest:
            found = hit[1]
        else:
            # a file exactly as quizgen wrote it is read the fast way (no teacher's layout to keep)
            doc = load_written_bank(config.root / rel, HEADER)
            errors = [] if doc is None else validate_bank(doc, rel)
            if doc is None or errors:
                try:
                    doc = load_bank_file(config.root / rel, rel)
                except BankError as exc:
                    problems.append(exc)
                    continue
                errors = validate_bank(doc, rel)        # again, to say on which line
            if errors:
                problems.extend(errors)
                continue
            found = bank_questions({rel: doc})
            cache.questions[rel] = (digest, found)
        for q in found:
            if q.id in where:
                problems.append(BankError(f"question id {q.id} is also used in {where[q.id]}", path=rel))
            where.setdefault(q.id, rel)
        questions.extend(found)
    if problems:
        raise ProblemsError(problems, f"the question bank has {len(problems)} problem(s)")
    return questions


def build(project: Path | str | Config, *, force: bool = False,
          progress: Progress | None = None) -> BuildResult:
    """Extract, check, then render the Anki deck and the printable quiz with its key.

    A deck or quiz whose inputs (bank, settings, templates) did not change
    since the last build is not rendered again, nor a quiz whose chosen
    questions are the same as last time; ``force`` renders all.
    """
    config = project_config(project)
    progress = progress or _no_progress
    with project_lock(config.root), few_collections():
        state = BuildState(config.root, force)
        try:
            return _build(config, state, progress)
        finally:
            state.save()


def _build(config: Config, state: BuildState, progress: Progress) -> BuildResult:
    extracted = _extract(config, state, progress)
    timings = {"extract": extracted.seconds, **{f"extract.{k}": v for k, v in extracted.stages.items()}}
    bank_key = sha(json.dumps(state.stamps.bank, sort_keys=True))
    deck_path = config.decks_dir / f"{config.output_name}.apkg"
    # the note types quizgen writes count as its key layout does for the quiz: a new card layout renders again
    note_types = note_types_digest()
    deck_key = sha(json.dumps([bank_key, config.deck_name, config.project_id, config.one_deck_per_article,
                               config.approved_only, __version__, note_types]))
    template_dirs = [config.templates_dir] if config.templates_dir.is_dir() else []
    # what the quiz is made from besides its questions: when only the bank changed, the
    # questions it chooses are compared too, and the same choice is not printed again.
    # The templates quizgen ships count as well as the project's own: a new key layout reprints.
    quiz_settings = sha(json.dumps([config.quiz_title, config.quiz_count, config.paper, config.date_label,
                                    config.approved_only, config.output_name, __version__,
                                    files_key([p for d in template_dirs for p in d.iterdir() if p.is_file()]),
                                    files_key([p for p in BUILTIN_TEMPLATES.iterdir() if p.is_file()])]))
    quiz_key = sha(bank_key + quiz_settings)
    quiz_paths = [config.decks_dir / f"{config.output_name}-{part}" for part in
                  ("quiz.pdf", "quiz.html", "key.pdf", "key.html")]
    deck_fresh = state.stamps.outputs.get("deck") == deck_key and deck_path.exists()
    quiz_fresh = state.stamps.outputs.get("quiz") == quiz_key and all(p.exists() for p in quiz_paths)

    deck: AnkiSummary | None = None
    quiz_out: QuizOutput | None = None
    if not (deck_fresh and quiz_fresh):
        started = time.perf_counter()
        questions = load_questions(config, state, state.stamps.bank)
        timings["load"] = round(time.perf_counter() - started, 2)
        deck_questions = selection.for_decks(questions, config.approved_only)
        if not deck_questions:
            raise QuizgenError("no questions to build from: add articles to seeds/ or approve questions",
                               path=relative_path(config.bank_dir, config.root))
        # a large deck takes a while: the quiz is chosen and printed beside it, in a process of its own
        apart = not deck_fresh and not quiz_fresh and len(deck_questions) >= QUIZ_BESIDE_DECK_MIN
        finish_quiz = None
        if not quiz_fresh:
            finish_quiz = beside(functools.partial(
                _quiz_stage, deck_questions, config, quiz_settings, state.stamps.outputs.get("quiz.chosen"),
                quiz_paths, template_dirs, _no_progress if apart else progress), wanted=apart)
        if not deck_fresh:
            started = time.perf_counter()
            stamps = state.stamps
            deck_settings = sha(json.dumps([config.deck_name, config.project_id, config.one_deck_per_article,
                                            __version__]))
            # the questions of bank files as they were when the deck was last made
            settled = ({q.id for rel, digest in stamps.bank.items() if stamps.deck_files.get(rel) == digest
                        for q in state.cache.questions.get(rel, ("", []))[1]}
                       if stamps.outputs.get("deck.settings") == deck_settings else set())
            try:
                with progress("deck", len(deck_questions)) as advance:
                    deck = render_anki(deck_questions, deck_path, deck_name=config.deck_name,
                                       project_id=config.project_id,
                                       one_deck_per_article=config.one_deck_per_article, advance=advance,
                                       settled=settled, last_package=stamps.outputs.get("deck.package", ""),
                                       work_copy=state.folder() / "deck.anki2")
            except BaseException:
                if apart and finish_quiz is not None:
                    try:
                        finish_quiz()       # never left running behind a failed build
                    except Exception:       # noqa: BLE001 - the deck's error is the one to report
                        pass
                raise
            stamps.outputs.update({"deck": deck_key, "deck.settings": deck_settings, "deck.package": deck.package})
            stamps.deck_files = dict(stamps.bank)
            timings["deck"] = round(time.perf_counter() - started, 2)
        if finish_quiz is not None:
            chosen_key, quiz_out, timings["quiz"] = finish_quiz()
            state.stamps.outputs["quiz"] = quiz_key
            state.stamps.outputs["quiz.chosen"] = chosen_key
    return BuildResult(extracted, deck, quiz_out, deck_path, quiz_paths[0], quiz_paths[2], timings)


# Below this many questions the deck is made quickly: the quiz is made after it, in this process.
QUIZ_BESIDE_DECK_MIN = 5_000


def _quiz_stage(deck_questions: list[Question], config: Config, quiz_settings: str, last_chosen: str | None,
                quiz_paths: list[Path], template_dirs: list[Path],
                progress: Progress) -> tuple[str, QuizOutput | None, float]:
    """The build's quiz: the digest of the questions it chooses, the printed quiz (``None`` when the
    same choice was printed last time and is still there) and the seconds it took."""
    started = time.perf_counter()
    # one question per sentence, so no question prints another's answer
    quiz_questions, _timeline, _notes = choose(
        deck_questions, count=config.quiz_count, types=[t for t in QUIZ_TYPES if t != "timeline"])
    chosen_key = sha(quiz_settings + json.dumps([vars(q) for q in quiz_questions], ensure_ascii=False))
    quiz_out = None
    if last_chosen != chosen_key or not all(p.exists() for p in quiz_paths):
        with progress("quiz", 1) as advance:
            quiz_out = render_quiz(quiz_questions, config.decks_dir, name=config.output_name,
                                   title=config.quiz_title, paper=config.paper,
                                   template_dirs=template_dirs, date_label=config.date_label)
            advance(1)
    return chosen_key, quiz_out, round(time.perf_counter() - started, 2)


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


__all__ = ["init_project", "extract", "check", "build", "quiz", "export", "QuizResult", "load_questions",
           "project_config", "ExtractResult", "BuildResult", "Article", "Fact"]
