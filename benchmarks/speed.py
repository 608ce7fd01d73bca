#!/usr/bin/env python3
"""Speed benchmark: quizgen on a corpus of made-up articles.

Writes N articles (default 1,000, about a million words) from templates into
a temporary project, then measures and prints:

- extraction throughput, words per second, on one core and on all cores;
- a cold ``quizgen build`` (bank + deck + default quiz): wall time and peak memory;
- a no-op rebuild, and a rebuild after one article changed;
- the floors measured in the same run: genanki writing the same notes with
  nothing else, and WeasyPrint rendering the same quiz HTML with nothing
  else; and quizgen's overhead above them;
- loading and saving the whole bank.

    python benchmarks/speed.py                # 1,000 articles, a table
    python benchmarks/speed.py --articles 100 --json
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_corpus  # noqa: E402

import quizgen  # noqa: E402
from quizgen.extract import extract_facts, load_lexicon  # noqa: E402
from quizgen.sources import read_sources  # noqa: E402
from quizgen.state import few_collections  # noqa: E402


def _extract_all(articles) -> int:
    lexicon = load_lexicon()
    return sum(len(extract_facts(a, lexicon)) for a in articles)


def extraction_throughput(seeds: Path, words: int, workers: int) -> dict:
    """Extraction alone, as a build runs it (with the build's settings of the cycle collector)."""
    articles, _ = read_sources(seeds, root=seeds.parent)
    _extract_all(articles[:2])                           # compile the patterns once
    start = time.perf_counter()
    with few_collections():
        facts = _extract_all(articles)
    one = time.perf_counter() - start
    out = {"words": words, "facts": facts, "one_core_s": round(one, 2),
           "one_core_words_per_s": round(words / one)}
    if workers > 1:
        from quizgen.extract.parallel import extract_many
        start = time.perf_counter()
        with few_collections():
            extract_many(articles, load_lexicon(), workers=workers)
        many = time.perf_counter() - start
        out.update(all_cores_s=round(many, 2), all_cores_words_per_s=round(words / many), workers=workers)
    return out


def timed_build(project: Path, *extra: str) -> dict:
    """Run ``quizgen build`` in a child process; its wall time and peak memory."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "quizgen", "build", "-C", str(project), "--json", *extra],
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"build failed:\n{proc.stderr}")
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = json.loads(proc.stdout)
    return {"s": round(wall, 2), "peak_mib": round(peak_kib / 1024), "stages": summary["timings"],
            "bank_files_written": len(summary["extract"]["files_written"]),
            "deck_rendered": summary["deck"]["rendered"]}


def floors(project: Path) -> dict:
    """genanki alone on the same notes, and WeasyPrint alone on the same quiz HTML."""
    import genanki
    import weasyprint

    from quizgen import selection
    from quizgen.render import anki

    questions = selection.for_decks(quizgen.load_questions(project))
    # the same notes as the deck's: its note types, field values, tags and GUIDs, made before the
    # clock starts, so the floor is genanki's writing and nothing of quizgen's
    models = {name: anki._make_model(name, 0) for name in anki.MODEL_FIELDS}
    notes = [(models[model], fields, anki._tags(q), genanki.guid_for(q.id))
             for q in questions for model, fields in [anki._fields(q)]]
    deck = genanki.Deck(2059400110, "floor")
    start = time.perf_counter()
    for model, fields, tags, guid in notes:
        deck.add_note(genanki.Note(model=model, fields=fields, tags=tags, guid=guid))
    out = Path(tempfile.mkdtemp()) / "floor.apkg"
    genanki.Package(deck).write_to_file(out)
    anki_s = time.perf_counter() - start
    html = next((project / "decks").glob("*-quiz.html")).read_text(encoding="utf-8")
    key = next((project / "decks").glob("*-key.html")).read_text(encoding="utf-8")
    start = time.perf_counter()
    for page in (html, key):
        weasyprint.HTML(string=page, base_url=str(project / "decks") + "/").write_pdf()
    pdf_s = time.perf_counter() - start
    return {"genanki_s": round(anki_s, 2), "weasyprint_s": round(pdf_s, 2), "notes": len(questions)}


def bank_io(project: Path, sample: int = 100) -> dict:
    """Loading and saving bank files the way a merge does (ruamel, comments kept).

    A build touches only the files that changed, so this is measured on a
    sample of files and scaled to the whole bank.
    """
    from quizgen.bank import dump_bank
    from quizgen.bank.io import load_bank_file
    files = sorted((project / "question_bank").glob("*.yaml"))
    chosen = files[:sample]
    start = time.perf_counter()
    docs = [load_bank_file(p) for p in chosen]
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        dump_bank(doc)
    dump_s = time.perf_counter() - start
    questions = sum(len(d.get("questions") or []) for d in docs)
    scale = len(files) / max(1, len(chosen))
    return {"files": len(files), "sampled": len(chosen), "questions_sampled": questions,
            "load_s": round(load_s * scale, 1), "save_s": round(dump_s * scale, 1)}


def run(articles: int, words: int, keep: bool) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix="quizgen-speed-"))
    project = workdir / "project"
    result: dict = {"articles": articles, "cores": os.cpu_count()}
    try:
        quizgen.init_project(project, name="Speed")
        for example in (project / "seeds").iterdir():
            example.unlink()
        total_words = make_corpus(project / "seeds", articles, words)
        result["words"] = total_words
        result["extraction"] = extraction_throughput(project / "seeds", total_words, os.cpu_count() or 1)
        result["cold_build"] = timed_build(project)
        result["noop_rebuild"] = timed_build(project)
        # a fact of one article changes (a number the teacher corrected): its questions, the deck
        # and the quiz are made again
        changed = sorted((project / "seeds").glob("*.md"))[articles // 2]
        text = changed.read_text(encoding="utf-8")
        number = re.search(r"(?<![\d,.])\d[\d,]*\d(?![\d,])", text.split("\n\n", 2)[-1])
        changed.write_text(text.replace(number.group(0), number.group(0) + "1", 1), encoding="utf-8")
        result["one_changed_rebuild"] = timed_build(project)
        result["floors"] = floors(project)
        cold = result["cold_build"]["s"]
        floor = result["floors"]["genanki_s"] + result["floors"]["weasyprint_s"]
        result["overhead_ratio"] = round(cold / floor, 2) if floor else None
        # the measure: quizgen's own time (all but the floors) against the floors
        result["own_s"] = round(cold - floor, 2)
        result["own_ratio"] = round((cold - floor) / floor, 2) if floor else None
        result["noop_share"] = round(result["noop_rebuild"]["s"] / cold, 3)
        result["one_changed_share"] = round(result["one_changed_rebuild"]["s"] / cold, 3)
        result["bank"] = bank_io(project)
    finally:
        if keep:
            result["project"] = str(project)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return result


def table(r: dict) -> str:
    e = r["extraction"]
    rows = [
        ("articles / words", f"{r['articles']:,} / {r['words']:,}"),
        ("extraction, one core", f"{e['one_core_words_per_s']:,} words/s ({e['one_core_s']} s)"),
    ]
    if "all_cores_words_per_s" in e:
        rows.append((f"extraction, {e['workers']} cores", f"{e['all_cores_words_per_s']:,} words/s ({e['all_cores_s']} s)"))
    rows += [
        ("cold build", f"{r['cold_build']['s']} s, peak {r['cold_build']['peak_mib']} MiB"),
        ("no-op rebuild", f"{r['noop_rebuild']['s']} s ({r['noop_share']:.1%} of cold)"),
        ("one article changed", f"{r['one_changed_rebuild']['s']} s ({r['one_changed_share']:.1%} of cold; "
                                f"{r['one_changed_rebuild']['bank_files_written']} bank files written, deck "
                                f"{'rendered' if r['one_changed_rebuild']['deck_rendered'] else 'up to date'})"),
        ("  by stage", ", ".join(f"{k} {v} s" for k, v in r["one_changed_rebuild"]["stages"].items()
                                 if k != "extract")),
        ("floor: genanki alone", f"{r['floors']['genanki_s']} s for {r['floors']['notes']:,} notes"),
        ("floor: WeasyPrint alone", f"{r['floors']['weasyprint_s']} s (quiz + key)"),
        ("cold build / floors", f"{r['overhead_ratio']}x"),
        ("quizgen's own time", f"{r['own_s']} s = {r['own_ratio']}x the floors"),
        ("cold build by stage", ", ".join(f"{k} {v} s" for k, v in r["cold_build"]["stages"].items()
                                          if k != "extract")),
        ("bank load / save (ruamel)", f"{r['bank']['load_s']} s / {r['bank']['save_s']} s for all "
                                      f"{r['bank']['files']:,} files (measured on {r['bank']['sampled']})"),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=1000, help="words per article")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--keep", action="store_true", help="keep the temporary project")
    args = parser.parse_args()
    result = run(args.articles, args.words, args.keep)
    print(json.dumps(result) if args.json else table(result))


if __name__ == "__main__":
    main()
