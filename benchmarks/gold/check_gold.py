"""Check the gold set: every YAML parses, every fact is well formed, and every
evidence sentence occurs verbatim in its article (for the seed: in the section
of the named article). Prints fact counts per kind.

    python3 benchmarks/gold/check_gold.py
"""
import collections
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
GOLD = ROOT / "benchmarks" / "gold"
KINDS = {"date", "quantity", "range", "parties", "position"}
REQUIRED = {
    "date": {"value", "event", "about", "sentence"},
    "quantity": {"value", "sentence"},
    "range": {"value", "sentence"},
    "parties": {"value", "sentence"},
    "position": {"side", "stance", "content", "hedged", "sentence"},
}
DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|(early|mid|late) \d{4}s?|\d{3}0s)$")
RANGE_RE = re.compile(r"^\d+(\.\d+)?-\d+(\.\d+)? \S.*$")
QTY_RE = re.compile(r"^(<=|>=)?\d+(\.\d+)? \S.*$")


def article_text(gold):
    path = ROOT / gold["article"]
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = text.split("---", 2)[2] if text.startswith("---") else text
        return text
    # .txt seed: the section from the title line to the next title line
    lines = text.splitlines()
    titles = [i for i, l in enumerate(lines) if l.strip() and not l.rstrip().endswith((".", "”", '"')) and len(l.split()) <= 14]
    start = lines.index(gold["title"])
    end = next((i for i in titles if i > start), len(lines))
    return "\n".join(lines[start + 1:end])


def main():
    counts = collections.Counter()
    bad = 0
    for f in sorted(GOLD.glob("*.yaml")):
        gold = yaml.safe_load(f.read_text(encoding="utf-8"))
        text = article_text(gold)
        n = collections.Counter()
        for i, fact in enumerate(gold["facts"]):
            kind = fact.get("kind")
            problems = []
            if kind not in KINDS:
                problems.append(f"unknown kind {kind!r}")
            else:
                missing = REQUIRED[kind] - fact.keys()
                if missing:
                    problems.append(f"missing {sorted(missing)}")
                v = fact.get("value")
                if kind == "date" and not DATE_RE.match(str(v)):
                    problems.append(f"bad date value {v!r}")
                if kind == "range" and not RANGE_RE.match(str(v)):
                    problems.append(f"bad range value {v!r}")
                if kind == "quantity" and not QTY_RE.match(str(v)):
                    problems.append(f"bad quantity value {v!r}")
                if kind == "parties" and not (isinstance(v, list) and len(v) >= 2):
                    problems.append("parties need 2+ sides")
                if kind == "position" and not isinstance(fact.get("hedged"), bool):
                    problems.append("hedged must be true/false")
            s = fact.get("sentence", "")
            if s not in text:
                problems.append(f"sentence not in article: {s[:60]!r}")
            for p in problems:
                bad += 1
                print(f"{f.name}: fact {i + 1}: {p}")
            n[kind] += 1
        counts.update(n)
        print(f"{f.name:48} " + " ".join(f"{k}={n[k]}" for k in sorted(KINDS)))
    print("TOTAL", " ".join(f"{k}={counts[k]}" for k in sorted(KINDS)), "all", sum(counts.values()))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
