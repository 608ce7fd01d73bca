"""The ``quizgen`` command: a thin shell over ``quizgen.api``.

Each command parses its flags, calls one library function and prints a
one-line summary.  Errors from the library are printed as ``Error: ...``
and exit 1 in one place (``_fail``); bad flags are usage errors (exit 2).
"""
from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable

import click

from . import api
from .bank import problems_to_json
from .config import PAPERS
from .errors import ProblemsError, QuizgenError
from .review import review as review_drafts
from .files import atomic_write
from .quiz import QUIZ_TYPES
from .render import EXPORTS


def _fail(error: QuizgenError) -> None:
    problems = error.problems if isinstance(error, ProblemsError) else [error]
    for problem in problems:
        click.echo(f"Error: {problem}", err=True)
    if isinstance(error, ProblemsError) and error.message:
        click.echo(f"Error: {error.message}", err=True)
    sys.exit(1)


def _report_skipped(skipped: list[QuizgenError]) -> None:
    for problem in skipped:
        click.echo(f"Error: {problem} (skipped)", err=True)


def project_option(command: Callable[..., Any]) -> Callable[..., Any]:
    @click.option("-C", "--project", "project", type=click.Path(file_okay=False, path_type=Path),
                  default=None, help="Project folder (default: the current folder).")
    @functools.wraps(command)
    def wrapper(*args: Any, project: Path | None, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        root = project or (ctx.obj or {}).get("project") or Path(".")
        try:
            return command(*args, project=root, **kwargs)
        except QuizgenError as error:
            _fail(error)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quizgen")
@click.option("-C", "--project", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Project folder for every command (default: the current folder).")
@click.pass_context
def cli(ctx: click.Context, project: Path | None) -> None:
    """Turn articles into a question bank, Anki decks and printable quizzes.

    A project folder holds seeds/ (articles), question_bank/ (YAML you may
    edit), decks/ (built decks and quizzes) and quizgen.toml (settings).
    """
    ctx.obj = {"project": project}


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", help="Project name, used for the deck and quiz title (default: the folder name).")
def init(directory: Path, name: str | None) -> None:
    """Make a new project in DIRECTORY with an example article and a commented config."""
    try:
        root = api.init_project(directory, name=name)
    except QuizgenError as error:
        _fail(error)
    click.echo(f"Created project in {root}: put articles in {root / 'seeds'}, then run "
               f"`quizgen build -C {root}`.")


def _progress(quiet: bool) -> api.Progress | None:
    """A progress bar per stage on stderr, when stderr is a terminal and not --quiet."""
    if quiet or not sys.stderr.isatty():
        return None

    @contextmanager
    def bar(stage: str, total: int) -> Iterator[Callable[[int], None]]:
        if total <= 1:
            yield lambda n: None
            return
        with click.progressbar(length=total, label=f"{stage:<9}", file=sys.stderr,
                               show_eta=True, show_pos=True) as progress:
            yield progress.update
    return bar


@cli.command()
@project_option
@click.option("--force", is_flag=True, help="Extract every article again, changed or not.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
def extract(project: Path, force: bool, quiet: bool, as_json: bool) -> None:
    """Extract facts from seeds/ and merge new questions into question_bank/.

    Your edits, statuses and comments in the bank are kept.  Only articles
    that changed since the last run are extracted again.
    """
    result = api.extract(project, force=force, progress=_progress(quiet or as_json))
    _report_skipped(result.skipped)
    if as_json:
        click.echo(json.dumps(_extract_json(result)))
    elif not quiet:
        click.echo(f"{result.summary()} ({result.seconds} s)")
    if result.skipped:
        sys.exit(1)


def _extract_json(result: api.ExtractResult) -> dict:
    m = result.merge
    return {"articles": result.articles, "facts": result.facts, "added": m.added, "kept": m.kept,
            "edited": m.edited, "stale": m.stale, "conflicts": m.conflicts,
            "handwritten": m.handwritten, "files_written": m.changed_files,
            "skipped": [str(p) for p in result.skipped], "seconds": result.seconds}


@cli.command()
@project_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one file:line:column: problem line each; json: a list for editors and CI.")
def check(project: Path, fmt: str) -> None:
    """Validate question_bank/: print every problem as file:line:column and exit 1 if any is an error.

    Unknown keys and unresolved conflicts are warnings: printed, but the exit
    status stays 0.
    """
    problems = api.check(project)
    errors = [p for p in problems if p.severity == "error"]
    if fmt == "json":
        click.echo(problems_to_json(problems))
    else:
        for problem in problems:
            click.echo(str(problem))
        if errors:
            click.echo(f"Error: {len(errors)} error(s) in the question bank", err=True)
    if errors:
        sys.exit(1)


@cli.command()
@project_option
@click.option("--article", help="Review only this article's questions (its slug, the bank file's name).")
def review(project: Path, article: str | None) -> None:
    """Walk the draft questions one at a time: approve, reject, edit in $EDITOR, skip or quit.

    Shows each question with its answer and source sentence. Keys: a approve,
    r reject, e edit, s skip, q quit. Every decision is saved at once.
    """
    summary = review_drafts(project, prompt=click.getchar, echo=click.echo, article=article,
                            edit=lambda text: click.edit(text, extension=".yaml"))
    click.echo(summary.summary())


@cli.command()
@project_option
@click.option("--deck-name", help="Anki parent deck name (default: from quizgen.toml).")
@click.option("--one-deck-per-article/--subdecks", default=None,
              help="One top-level deck per article instead of subdecks of one deck.")
@click.option("--approved-only", is_flag=True, default=None,
              help="Only questions whose status is approved go into decks and quizzes.")
@click.option("--count", type=click.IntRange(min=1), help="Number of questions on the quiz.")
@click.option("--paper", type=click.Choice(PAPERS), help="Paper size of the quiz.")
@click.option("--title", "quiz_title", help="Title printed on the quiz.")
@click.option("--force", is_flag=True, help="Redo everything, even what has not changed.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
def build(project: Path, deck_name: str | None, one_deck_per_article: bool | None,
          approved_only: bool | None, count: int | None, paper: str | None,
          quiz_title: str | None, force: bool, quiet: bool, as_json: bool) -> None:
    """Extract, check and render: the Anki deck, the quiz and its answer key, in decks/.

    What did not change since the last build is not redone (see --force).
    """
    config = api.project_config(project).with_flags(
        deck_name=deck_name, one_deck_per_article=one_deck_per_article,
        approved_only=approved_only, quiz_count=count, paper=paper, quiz_title=quiz_title)
    result = api.build(config, force=force, progress=_progress(quiet or as_json))
    _report_skipped(result.skipped)
    deck, quiz = result.deck, result.quiz
    if as_json:
        summary = {"extract": _extract_json(result.extract), "timings": result.timings,
                   "deck": {"path": str(result.deck_path), "rendered": deck is not None},
                   "quiz": {"path": str(result.quiz_path), "key": str(result.key_path),
                            "rendered": quiz is not None}}
        if deck is not None:
            summary["deck"].update(notes=deck.notes, added=len(deck.added), updated=len(deck.updated),
                                   unchanged=len(deck.unchanged), removed=deck.removed)
        if quiz is not None:
            summary["quiz"].update(questions=quiz.total, pages=quiz.quiz_pages)
        click.echo(json.dumps(summary))
    elif not quiet:
        t = result.timings
        click.echo(f"{result.extract.summary()} ({t.get('extract', 0)} s)")
        if deck is None:
            click.echo(f"deck: {result.deck_path} is up to date")
        else:
            click.echo(f"deck: {deck.path} ({deck.notes} notes: {len(deck.added)} added, "
                       f"{len(deck.updated)} updated, {len(deck.unchanged)} unchanged, "
                       f"{len(deck.removed)} removed from the bank) ({t.get('deck', 0)} s)")
            if deck.removed:
                click.echo(f"removed from the bank: {', '.join(deck.removed)}. Anki never deletes notes on "
                           "import; re-importing tags them quizgen::removed (search tag:quizgen::removed)")
        if quiz is None:
            click.echo(f"quiz: {result.quiz_path} and key are up to date")
        else:
            click.echo(f"quiz: {quiz.quiz_pdf} ({quiz.total} questions, {quiz.quiz_pages} pages), "
                       f"key: {quiz.key_pdf} ({t.get('quiz', 0)} s)")
    if result.skipped:
        sys.exit(1)


def _split(value: str | None) -> list[str] | None:
    """"a, b,c" → ["a", "b", "c"]; None when the flag was not given."""
    return None if value is None else [v.strip() for v in value.split(",") if v.strip()]


def _points(value: str | None) -> int | dict[str, int] | None:
    """--points 2, or per type: --points mcq=1,short=2,timeline=1."""
    if value is None:
        return None
    try:
        if "=" not in value:
            return int(value)
        pairs = [item.split("=", 1) for item in _split(value) or []]
        return {k.strip(): int(v) for k, v in pairs}
    except ValueError:
        raise click.BadParameter("use a whole number, or type=number pairs such as "
                                 "'mcq=1,short=2'", param_hint="--points") from None


@cli.command()
@project_option
@click.option("--count", type=click.IntRange(min=1),
              help="Number of questions (default: [quiz] count); one per fact, mixed "
                   "over articles and types. A timeline counts as one.")
@click.option("--types", help="Question types, comma-separated: " + ", ".join(QUIZ_TYPES)
              + " (default: all).")
@click.option("--articles", help="Articles to use, comma-separated slugs or titles (default: all).")
@click.option("--tags", help="Only questions with any of these tags, comma-separated "
                             "(kind::date, side::russia).")
@click.option("--versions", type=click.IntRange(1, 26), default=1, show_default=True,
              help="Versions A, B, C…, each with its own order of questions and options.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="The same seed gives the same sheets.")
@click.option("--paper", type=click.Choice(PAPERS), help="Paper size (default: [quiz] paper).")
@click.option("--title", help="Title on the sheets (default: [quiz] title).")
@click.option("--points", help="Points per question: a number, or per type such as "
                               "'mcq=1,short=2,timeline=1' (default: short 2, others 1).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write to (default: decks/).")
@click.option("--approved-only", is_flag=True, default=None, help="Only approved questions.")
def quiz(project: Path, count: int | None, types: str | None, articles: str | None,
         tags: str | None, versions: int, seed: int, paper: str | None, title: str | None,
         points: str | None, out_dir: Path | None, approved_only: bool | None) -> None:
    """Printable quiz versions with answer keys and a teacher's overview.

    Writes NAME-A.pdf and .html, NAME-A-key.pdf and .html (and B, C, …) and
    NAME-overview.pdf and .html, where NAME comes from the deck name.
    """
    result = api.quiz(project, count=count, types=_split(types), articles=_split(articles),
                      tags=_split(tags), versions=versions, seed=seed, paper=paper,
                      title=title, points=_points(points), out_dir=out_dir,
                      approved_only=approved_only)
    for note in result.notes:
        click.echo(f"Note: {note}", err=True)
    click.echo(result.summary())


@cli.command()
@project_option
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTS)), default="jsonl",
              show_default=True, help="Export format: " + "; ".join(
                  f"{e.name}: {e.description}" for e in EXPORTS.values()) + ".")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output (qti needs a file).")
@click.option("--approved-only", is_flag=True, help="Only approved questions.")
def export(project: Path, fmt: str, output: Path | None, approved_only: bool) -> None:
    """Write the bank's questions for another tool or a learning platform."""
    exporter = EXPORTS[fmt]
    if exporter.binary and output is None:
        raise click.UsageError(f"--format {fmt} writes a {exporter.extension} file: "
                               f"give -o FILE{exporter.extension}")
    data = api.export(project, fmt, approved_only=approved_only)
    if output is None:
        click.echo(data, nl=False)
    else:
        atomic_write(output, data if isinstance(data, bytes) else data.encode("utf-8"))
        click.echo(f"wrote {fmt} to {output}", err=True)


def main() -> None:
    cli()
