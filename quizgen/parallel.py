"""Work across processes, for large corpora: question generation, and one stage beside another.

Each article's questions depend only on its own facts and on the corpus's
pool of distractors, so articles are spread over worker processes; the
result is the same, question for question and in the same order, as making
them in one process.  The workers are forked, so the facts, the lexicon
and the pool reach them without being copied through a pipe (one run at
a time); off Linux, where fork is not safe, or for a small corpus,
everything stays in this process.
(Extraction has its own workers: :mod:`quizgen.extract.parallel`.)
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from .extract.lexicon import Lexicon
from .model import Article, Fact, Question
from .questions import Pool, generate_questions

# Below this many facts in the articles to do, one process is faster than starting others.
PARALLEL_MIN_FACTS = 5_000

# What the forked workers share with this process: (facts, lexicon, pool), set only while they run.
_shared: tuple[dict[str, list[Fact]], Lexicon, Pool] | None = None
_one_at_a_time = threading.Lock()


def _generate(articles: list[Article]) -> dict[str, list[Question]]:
    assert _shared is not None
    facts, lexicon, pool = _shared
    return generate_questions(articles, facts, lexicon, pool)


def generate_many(articles: Sequence[Article], facts: dict[str, list[Fact]], lexicon: Lexicon,
                  workers: int | None = None,
                  advance: Callable[[int], None] | None = None) -> dict[str, list[Question]]:
    """The questions of every article in ``articles``, keyed by slug, as :func:`generate_questions` makes them.

    ``workers`` defaults to the number of cores when the articles hold at
    least :data:`PARALLEL_MIN_FACTS` facts; 1 makes them in this process.
    ``advance(n)`` is called as each batch of ``n`` articles is done.
    """
    global _shared
    advance = advance or (lambda n: None)
    if workers is None:
        many = sum(len(facts.get(a.slug, ())) for a in articles) >= PARALLEL_MIN_FACTS
        workers = (os.cpu_count() or 1) if many else 1
    if not sys.platform.startswith("linux"):
        workers = 1         # fork is safe here only on Linux (macOS lists it but does not support it well)
    pool = Pool(f for slug in facts for f in facts[slug])
    size = max(1, len(articles) // (workers * 4 if workers > 1 else 20))
    chunks = [list(articles[i:i + size]) for i in range(0, len(articles), size)]
    out: dict[str, list[Question]] = {}
    if workers <= 1 or len(chunks) < 2:
        for chunk in chunks:
            out.update(generate_questions(chunk, facts, lexicon, pool))
            advance(len(chunk))
        return out
    with _one_at_a_time:        # the workers read _shared: two builds in threads must not swap it
        _shared = (facts, lexicon, pool)
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as ex:
                for chunk, part in zip(chunks, ex.map(_generate, chunks)):
                    out.update(part)
                    advance(len(chunk))
        finally:
            _shared = None
    return {a.slug: out[a.slug] for a in articles}


T = TypeVar("T")


def beside(work: Callable[[], T], wanted: bool = True) -> Callable[[], T]:
    """Start ``work`` in a forked process, beside what this process does next.

    Returns a function that waits for the work and gives its result, or
    raises the exception it raised.  Off Linux, or when not ``wanted``, the
    work runs in this process when that function is called.  The child
    sees this process's objects as they are now, without their being
    copied through a pipe; only the result comes back, pickled.
    """
    if not wanted or not sys.platform.startswith("linux"):
        return work
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def run() -> None:
        try:
            outcome = (True, work())
        except BaseException as exc:        # noqa: BLE001 - handed back to the parent to raise
            outcome = (False, exc)
        try:
            send.send(outcome)
        except Exception as exc:            # noqa: BLE001 - an unpicklable result or error
            send.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))

    child = context.Process(target=run, daemon=True)
    child.start()
    send.close()

    def result() -> T:
        try:
            ok, value = receive.recv()
        except EOFError:
            child.join()
            raise RuntimeError(f"a worker process ended without a result (exit code {child.exitcode})") from None
        finally:
            receive.close()
        child.join()
        if not ok:
            raise value
        return value

    return result
