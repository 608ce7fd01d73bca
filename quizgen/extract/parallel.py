"""Extraction across processes, for large corpora.

Articles are independent, so they are spread over worker processes; the
result is the same, fact for fact and in the same order, as extracting them
one by one.  Small corpora stay in this process: starting workers costs more
than it saves.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from ..model import Article, Fact
from .lexicon import Lexicon

# Below this many words in all, one process is faster than starting others.
PARALLEL_MIN_WORDS = 200_000

_worker_lexicon: Lexicon | None = None


def _start_worker(data: dict, sides: list) -> None:
    global _worker_lexicon
    _worker_lexicon = Lexicon(data=data, sides=sides)


def _extract(article: Article) -> list[Fact]:
    from . import extract_facts
    assert _worker_lexicon is not None
    return extract_facts(article, _worker_lexicon)


def extract_many(articles: Sequence[Article], lexicon: Lexicon, workers: int | None = None,
                 advance: Callable[[int], None] | None = None) -> dict[str, list[Fact]]:
    """Facts of every article, keyed by slug, in article order.

    ``workers`` defaults to the number of cores; 1 (or a small corpus)
    extracts in this process.  ``advance(1)`` is called as each article is done.
    """
    from . import extract_facts
    advance = advance or (lambda n: None)
    if workers is None:
        words = sum(len(p.split()) for a in articles for p in a.paragraphs)
        workers = (os.cpu_count() or 1) if words >= PARALLEL_MIN_WORDS else 1
    out: dict[str, list[Fact]] = {}
    if workers <= 1 or len(articles) < 2:
        for a in articles:
            out[a.slug] = extract_facts(a, lexicon)
            advance(1)
        return out
    chunk = max(1, len(articles) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                             initargs=(lexicon.data, lexicon.sides)) as pool:
        for a, facts in zip(articles, pool.map(_extract, articles, chunksize=chunk)):
            out[a.slug] = facts
            advance(1)
    return out
