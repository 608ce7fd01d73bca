#!/usr/bin/env python3
"""Quality benchmark: how many of the facts an article states quizgen finds.

Runs extraction and question generation on the gold set in
``benchmarks/gold/`` (the seed articles and articles written for the
benchmark, each with every fact it states) and prints, per fact kind and
overall:

- recall: gold facts covered by a question whose answer is the fact's value;
- precision: extracted facts that match a gold fact;
- ready: the share of questions that pass quizgen's quality checks.

    python benchmarks/quality.py            # a table
    python benchmarks/quality.py --json     # one JSON object
    python benchmarks/quality.py --misses   # also list what was missed or extra
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen.extract import extract_facts, load_lexicon  # noqa: E402
from quizgen.questions import generate_questions  # noqa: E402
from quizgen.sources import read_file  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold"
KINDS = ("date", "quantity", "range", "parties", "position")


def load_gold(folder: Path = GOLD) -> list[dict]:
    return [dict(yaml.safe_load(p.read_text(encoding="utf-8")), file=p.name)
            for p in sorted(folder.glob("*.yaml"))]


def find_article(gold: dict):
    path = ROOT / gold["article"]
    articles = read_file(path, gold["article"])
    for article in articles:
        if article.title == gold.get("title") or len(articles) == 1:
            return article
    raise SystemExit(f"{gold['file']}: no article titled {gold.get('title')!r} in {gold['article']}")


def unit_table(lexicon) -> dict[str, str]:
    table = {}
    for unit in lexicon.units:
        for form in unit["forms"] + [unit["name"]]:
            table[form.lower()] = unit["name"]
    return table


def norm_quantity(value: str, units: dict[str, str]) -> tuple:
    """("<=", (120.0,), "trawlers") from "<=120 trawlers", "12-40 nautical miles" ..."""
    value = value.strip()
    bound = ""
    m = re.match(r"(<=|>=)\s*", value)
    if m:
        bound, value = m.group(1), value[m.end():]
    m = re.match(r"([\d.,]+)(?:\s*[-–]\s*([\d.,]+))?\s*(.*)$", value)
    if not m:
        return (bound, (), value.lower())
    numbers = tuple(float(x.replace(",", "")) for x in m.groups()[:2] if x)
    unit = m.group(3).strip().lower()
    unit = units.get(unit, units.get(unit.rstrip("s"), unit))
    words = unit.split()
    if words and words[-1] in units:
        unit = units[words[-1]]
    elif words:
        unit = words[-1].rstrip("s")       # counted nouns: compare the head noun
    return (bound, numbers, unit)


def fact_key(kind: str, value, sentence: str, units: dict[str, str], side: str | None = None):
    if kind in ("quantity", "range"):
        return ("quantity", norm_quantity(str(value), units), sentence)
    if kind == "parties":
        return ("parties", tuple(sorted(value)), sentence)
    if kind == "position":
        return ("position", side, sentence)
    return ("date", str(value), sentence)


def gold_key(fact: dict, units):
    return fact_key(fact["kind"], fact.get("value"), fact["sentence"], units, fact.get("side"))


def extracted_key(fact, units):
    if fact.kind == "parties":
        return fact_key("parties", fact.extra["sides"], fact.sentence, units)
    if fact.kind == "position":
        return fact_key("position", None, fact.sentence, units, fact.side)
    return fact_key(fact.kind, fact.value, fact.sentence, units)


def evaluate(show_misses: bool = False, folder: Path = GOLD) -> dict:
    lexicon = load_lexicon()
    units = unit_table(lexicon)
    golds = load_gold(folder)
    articles, facts = [], {}
    for gold in golds:
        article = find_article(gold)
        articles.append(article)
        facts[article.slug] = extract_facts(article, lexicon)
    questions = generate_questions(articles, facts, lexicon)
    stats = {k: defaultdict(int) for k in KINDS + ("all",)}
    misses, extras = [], []
    for gold, article in zip(golds, articles):
        asked = {q.fact for q in questions[article.slug]}
        found = defaultdict(list)
        for f in facts[article.slug]:
            found[extracted_key(f, units)].append(f)
            for sentence in f.extra.get("also_in", []):     # the same fact stated again
                found[extracted_key(f, units)[:2] + (sentence,)].append(f)
        gold_keys = set()
        for g in gold["facts"]:
            kind = g["kind"]
            key = gold_key(g, units)
            gold_keys.add(key)
            hit = any(f.id in asked for f in found.get(key, []))
            for k in (kind, "all"):
                stats[k]["gold"] += 1
                stats[k]["recalled"] += hit
            if not hit:
                misses.append((gold["file"], kind, g.get("value") or g.get("side"), g["sentence"]))
        for f in facts[article.slug]:
            kind = f.kind
            good = extracted_key(f, units) in gold_keys
            for k in (kind, "all"):
                stats[k]["extracted"] += 1
                stats[k]["correct"] += good
            if not good:
                extras.append((gold["file"], kind, f.value, f.sentence))
        for q in questions[article.slug]:
            kind = q.kind or "all"
            for k in {kind, "all"}:
                stats[k]["questions"] += 1
                stats[k]["ready"] += not q.checks
    result = {}
    for k, s in stats.items():
        result[k] = {
            "gold": s["gold"], "extracted": s["extracted"], "questions": s["questions"],
            "recall": round(s["recalled"] / s["gold"], 3) if s["gold"] else None,
            "precision": round(s["correct"] / s["extracted"], 3) if s["extracted"] else None,
            "ready": round(s["ready"] / s["questions"], 3) if s["questions"] else None,
        }
    result["articles"] = len(golds)
    if show_misses:
        result["misses"] = misses
        result["extras"] = extras
    return result


def table(result: dict) -> str:
    lines = [f"Gold set: {result['articles']} articles",
             f"{'kind':<10}{'gold':>6}{'found':>7}{'recall':>8}{'precision':>11}{'questions':>11}{'ready':>7}"]
    fmt = lambda x: "   -" if x is None else f"{x:.2f}"
    for k in KINDS + ("all",):
        r = result[k]
        lines.append(f"{k:<10}{r['gold']:>6}{r['extracted']:>7}{fmt(r['recall']):>8}{fmt(r['precision']):>11}"
                     f"{r['questions']:>11}{fmt(r['ready']):>7}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--misses", action="store_true", help="list missed gold facts and unmatched extractions")
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder of gold files (default: benchmarks/gold)")
    args = parser.parse_args()
    result = evaluate(args.misses, args.gold.resolve())
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(table(result))
    if args.misses:
        print("\nMissed gold facts:")
        for row in result["misses"]:
            print("  ", " | ".join(str(x) for x in row))
        print("\nExtracted facts not in the gold set:")
        for row in result["extras"]:
            print("  ", " | ".join(str(x) for x in row))


if __name__ == "__main__":
    main()
