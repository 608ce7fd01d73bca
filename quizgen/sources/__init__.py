"""Readers that turn source files (``.txt``, ``.md``, ``.html``) into articles.

Each reader is a module with ``read(path, text, rel) -> list[Article]`` that
raises ``SourceError`` for a file it cannot read.  A new format is one new
module and one line in ``READERS``.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from ..errors import SourceError
from ..model import Article
from . import markdown, text
from .slug import slugify

Reader = Callable[[Path, str, str], list[Article]]
Memo = dict[str, tuple[str, tuple[Article, ...]]]     # file -> (digest of its bytes, its articles)


def _readers_digest() -> str:
    """What reading a file depends on besides its bytes: the readers' code, the Article they make,
    quizgen's and the parsing libraries' versions.  A file read by other code is read again.

    Beautiful Soup is known by its package's own file (which holds its version), so that a run
    that reads no HTML never imports it.
    """
    import importlib.util

    import yaml
    from .. import __version__
    here = Path(__file__).resolve().parent
    code = [*sorted(here.glob("*.py")), here.parent / "model.py"]
    soup = importlib.util.find_spec("bs4")
    if soup is not None and soup.origin:
        code.append(Path(soup.origin))
    versions = f"{__version__} {yaml.__version__}".encode()
    return hashlib.sha256(b"".join(p.read_bytes() for p in code) + versions).hexdigest()[:16]


def _read_html(path: Path, text: str, rel: str) -> list[Article]:
    from . import html       # Beautiful Soup is imported only when a page is read
    return html.read(path, text, rel)


READERS_DIGEST = _readers_digest()

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".html": _read_html,
    ".htm": _read_html,
}

_BOM = b"\xef\xbb\xbf"

__all__ = ["READERS", "READERS_DIGEST", "Memo", "Reader", "decode", "read_file", "read_sources", "slugify"]


def decode(data: bytes, rel: str) -> str:
    """Return the text of a source file's bytes, with ``\\n`` line ends and no BOM.

    Raises ``SourceError`` for a file that is empty, binary or not UTF-8.
    """
    if b"\0" in data:
        raise SourceError("file is binary, not text", path=rel)
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(f"file is not UTF-8 text (invalid byte at line {line})",
                          path=rel, line=line) from None
    if not content.strip():
        raise SourceError("file is empty", path=rel)
    return content.replace("\r\n", "\n").replace("\r", "\n")


def read_file(path: Path, rel: str | None = None, memo: Memo | None = None) -> list[Article]:
    """Return the articles of one source file; ``rel`` is its name in messages.

    With ``memo`` (``rel`` -> (digest of the file's bytes, its articles)), a
    file whose bytes are those of the last reading is not parsed again, and
    a file read now is remembered.  Raises ``SourceError`` when the file
    cannot be read or has no known extension.
    """
    rel = rel if rel is not None else path.as_posix()
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise SourceError(f"unknown kind of source file; use one of {known}", path=rel)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror or exc}", path=rel) from None
    if memo is None:
        return reader(path, decode(data, rel), rel)
    digest = hashlib.sha256(data).hexdigest()
    hit = memo.get(rel)
    if hit is not None and hit[0] == digest:
        return list(hit[1])
    articles = reader(path, decode(data, rel), rel)
    memo[rel] = (digest, tuple(articles))
    return articles


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_sources(seeds_dir: Path, *, root: Path | None = None, memo: Memo | None = None,
                 ) -> tuple[list[Article], list[SourceError]]:
    """Read every source file in ``seeds_dir`` and its subfolders, in path order.

    Returns the articles and one ``SourceError`` per file that could not be read
    (that file is skipped, the others are still read) or per article whose slug
    another article already has.  Paths in articles and errors are relative to
    ``root`` (default: the parent of ``seeds_dir``).  Files of other extensions
    and hidden files or folders are ignored.  ``memo`` (see :func:`read_file`)
    keeps unchanged files from being parsed again; files no longer in the
    folder are dropped from it.
    """
    seeds_dir = Path(seeds_dir)
    root = Path(root) if root is not None else seeds_dir.parent
    if not seeds_dir.is_dir():
        raise SourceError("folder of source articles not found", path=_rel(seeds_dir, root))
    paths = sorted(
        (p for p in seeds_dir.rglob("*")
         if p.suffix.lower() in READERS and not _is_hidden(p.relative_to(seeds_dir))
         and p.is_file()),
        key=lambda p: p.relative_to(seeds_dir).parts,
    )
    articles: list[Article] = []
    problems: list[SourceError] = []
    by_slug: dict[str, Article] = {}
    seen: set[str] = set()
    for path in paths:
        rel = _rel(path, root)
        seen.add(rel)
        try:
            found = read_file(path, rel, memo)
        except SourceError as problem:
            problems.append(problem)
            continue
        for article in found:
            first = by_slug.get(article.slug)
            if first is not None:
                problems.append(SourceError(
                    f"article slug '{article.slug}' is already used by "
                    f"{first.path}:{first.line}; give this article a different title",
                    path=article.path, line=article.line))
                continue
            by_slug[article.slug] = article
            articles.append(article)
    if memo is not None:
        for gone in set(memo) - seen:
            del memo[gone]
    return articles, problems
