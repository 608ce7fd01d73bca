"""What the last run read and wrote, so the next one redoes only what changed.

In the project's ``.quizgen/`` folder (safe to delete; the next run then
does everything again):

- ``stamps.json``: content hashes of every input (articles, bank files,
  settings, templates) and of what each output was made from.  A rebuild
  with nothing changed reads only this, ``sources.pickle`` and the inputs'
  hashes.
- ``sources.pickle``: the articles of every source file, by a digest of the
  file's bytes, so an unchanged file is not parsed again.
- ``cache/NN.pickle``: the facts of every article and the questions of every
  bank file, keyed by those hashes, so one changed article does not mean
  re-reading all the others; and the document of the questions across
  articles, which any changed date or limit merges again.  The entries are spread over a few dozen files
  by name, and a build rewrites only the files whose entries changed.
- ``deck.anki2``: the Anki package's collection, unzipped, with a stamp
  naming the package it belongs to (``deck.anki2.json``), so a build that
  changes a few notes does not unzip the whole collection first.
"""
from __future__ import annotations

import gc
import threading
import hashlib
import json
import pickle
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .files import atomic_write, atomic_writer
from .model import Article
from .sources import READERS_DIGEST, Memo

STATE_DIR = ".quizgen"
FORMAT = 1
CACHE_SHARDS = 32


def sha(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def article_key(article: Article) -> str:
    """Everything extraction reads from an article."""
    return sha(json.dumps([article.title, article.path, article.line, article.source, article.date,
                           list(article.paragraphs), [list(h) for h in article.headings]], ensure_ascii=False))


def files_key(paths: list[Path]) -> str:
    """One hash for the contents (and names) of several files."""
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.name.encode("utf-8") + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"missing")
    return h.hexdigest()


@dataclass
class Stamps:
    settings: str = ""
    articles: dict[str, str] = field(default_factory=dict)       # slug -> article key
    bank: dict[str, str] = field(default_factory=dict)           # bank file -> sha of its bytes
    bank_stat: dict[str, list] = field(default_factory=dict)     # bank file -> size, mtime, inode, sha
    counts: dict[str, int] = field(default_factory=dict)         # bank file -> questions in it
    outputs: dict[str, str] = field(default_factory=dict)        # output name -> key of its inputs
    deck_files: dict[str, str] = field(default_factory=dict)     # bank file -> its sha when the deck was made
    facts: dict[str, int] = field(default_factory=dict)          # fact kind -> count, last run
    made: dict[str, str] = field(default_factory=dict)           # bank file -> what its last merge took in


@dataclass
class Cache:
    facts: dict[str, tuple[str, list]] = field(default_factory=dict)      # slug -> (key, facts)
    questions: dict[str, tuple[str, list]] = field(default_factory=dict)  # bank file -> (sha, questions)
    docs: dict[str, tuple[str, Any]] = field(default_factory=dict)        # bank file -> (sha, plain document)

    def keys(self) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """What the cache holds, by the keys of its entries: equal keys, equal content."""
        return ({slug: key for slug, (key, _) in self.facts.items()},
                {rel: digest for rel, (digest, _) in self.questions.items()},
                {rel: digest for rel, (digest, _) in self.docs.items()})

    def shards(self) -> list[Cache]:
        """The entries spread over :data:`CACHE_SHARDS` caches by name, one file each."""
        parts = [Cache() for _ in range(CACHE_SHARDS)]
        for slug, entry in self.facts.items():
            parts[_shard(slug)].facts[slug] = entry
        for rel, entry in self.questions.items():
            parts[_shard(rel)].questions[rel] = entry
        for rel, entry in self.docs.items():
            parts[_shard(rel)].docs[rel] = entry
        return parts


def _shard(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % CACHE_SHARDS


_building = 0           # builds running in few_collections()
_freezing = False       # whether those builds may freeze what they load (nothing else was frozen)
_thresholds = gc.get_threshold()    # the collector's, as the first of them found it
_building_lock = threading.Lock()


@contextmanager
def few_collections() -> Iterator[None]:
    """Python's cycle collector, run less often while a build makes its many objects.

    A build makes millions of small objects (facts, questions, note rows)
    and few reference cycles; at the default thresholds the collector walks
    them again and again, a sixth of a large build's time.  What the build
    loaded from its cache is set aside for the collector until the build ends.
    """
    global _building, _freezing, _thresholds
    with _building_lock:
        if not _building:
            _thresholds = gc.get_threshold()
            # a program that froze objects of its own keeps them frozen: nothing is frozen then
            _freezing = gc.get_freeze_count() == 0
            gc.set_threshold(200_000, 50, 1_000)
        _building += 1
    try:
        yield
    finally:
        with _building_lock:
            _building -= 1
            if not _building:
                if _freezing:
                    gc.unfreeze()
                gc.set_threshold(*_thresholds)


@contextmanager
def _no_collections() -> Iterator[None]:
    """No cycle collection while unpickling: its millions of new objects hold no cycles,
    and collecting as they come takes four times as long as the loading.

    Within a build they are then frozen (``gc.freeze``): else the first collection after
    loading walks them all once more, only to find them alive.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _freezing and _building:
            gc.freeze()
        if enabled:
            gc.enable()


class BuildState:
    """The stamps and cache of one project; ``force`` starts from nothing."""

    def __init__(self, root: Path, force: bool = False) -> None:
        self.dir = root / STATE_DIR
        self.stamps = Stamps() if force else self._load_stamps()
        self._cache: Cache | None = Cache() if force else None
        # the keys each shard file holds, when the files are known to hold them (else None: all are written anew)
        self._loaded_keys: list[tuple[dict[str, str], dict[str, str]]] | None = None
        self._sources: Memo | None = {} if force else None
        self._sources_loaded: dict[str, str] = {}

    def _load_stamps(self) -> Stamps:
        try:
            data = json.loads((self.dir / "stamps.json").read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return Stamps()
            data.pop("format")
            return Stamps(**data)
        except (OSError, ValueError, TypeError):
            return Stamps()

    @property
    def cache(self) -> Cache:
        """Loaded on first use: a rebuild with nothing to redo never reads it."""
        if self._cache is None:
            cache = Cache()
            shards = sorted((self.dir / "cache").glob("*.pickle"))
            try:
                with _no_collections():
                    # one file, as earlier versions kept it, until the first save spreads it out
                    for path in shards or [self.dir / "cache.pickle"]:
                        with path.open("rb") as fh:
                            part = pickle.load(fh)
                        if not isinstance(part, Cache):
                            raise ValueError(f"{path} is not a cache")
                        cache.facts.update(part.facts)
                        cache.questions.update(part.questions)
                        cache.docs.update(getattr(part, "docs", {}))    # none in earlier versions' files
                self._cache = cache
                if shards:
                    self._loaded_keys = [part.keys() for part in cache.shards()]
            except Exception:      # a missing, old or damaged cache only costs time
                self._cache = Cache()
        return self._cache

    @property
    def sources(self) -> Memo:
        """The articles of each source file as last read (see ``quizgen.sources.read_file``)."""
        if self._sources is None:
            self._sources = {}
            try:
                with (self.dir / "sources.pickle").open("rb") as fh, _no_collections():
                    readers, memo = pickle.load(fh)
                if readers == READERS_DIGEST and isinstance(memo, dict):
                    self._sources = memo
            except Exception:      # missing or damaged: the files are parsed again
                pass
            self._sources_loaded = {rel: digest for rel, (digest, _) in self._sources.items()}
        return self._sources

    def folder(self) -> Path:
        """The state folder, made (and kept out of git) if it is not there yet."""
        self.dir.mkdir(exist_ok=True)
        gitignore = self.dir / ".gitignore"
        if not gitignore.exists():
            atomic_write(gitignore, b"*\n")
        return self.dir

    def save(self) -> None:
        self.folder()
        stamps: dict[str, Any] = {"format": FORMAT, **self.stamps.__dict__}
        atomic_write(self.dir / "stamps.json",
                     json.dumps(stamps, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8"))
        if self._sources is not None and (
                {rel: digest for rel, (digest, _) in self._sources.items()} != self._sources_loaded):
            with atomic_writer(self.dir / "sources.pickle", durable=False) as fh:
                pickle.dump((READERS_DIGEST, self._sources), fh, protocol=pickle.HIGHEST_PROTOCOL)
        if self._cache is None:
            return
        (self.dir / "cache.pickle").unlink(missing_ok=True)     # one file, as earlier versions kept it
        folder = self.dir / "cache"
        parts = self._cache.shards()
        if self._loaded_keys is None:
            # the files on disk are not known to hold anything (none, damaged, or --force): all anew
            for path in folder.glob("*.pickle"):
                path.unlink(missing_ok=True)
        for n, part in enumerate(parts):
            keys = part.keys()
            # a shard is rewritten only when one of its entries changed: a pickle of the same
            # content may differ in its bytes
            if self._loaded_keys is not None and keys == self._loaded_keys[n]:
                continue
            path = folder / f"{n:02d}.pickle"
            if not any(keys):
                path.unlink(missing_ok=True)
                continue
            # streamed: a shard as one bytes object would add its size to the build's peak memory
            with atomic_writer(path, durable=False) as fh:
                pickle.dump(part, fh, protocol=pickle.HIGHEST_PROTOCOL)
