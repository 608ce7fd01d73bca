"""A corpus of made-up articles for the speed benchmark.

Each article is written from sentence templates with varied facts (dates in
several formats, limits and ranges with units, parties, positions of sides)
and plain filler sentences, so extraction meets realistic text at scale.
Nothing is copied from the seed articles.  ``make_corpus(folder, n)``
writes ``n`` Markdown articles and returns their total word count.
"""
from __future__ import annotations

import random
from pathlib import Path

SIDES = [
    ("Norway", "Norwegian", "Oslo"), ("Iceland", "Icelandic", "Reykjavik"), ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Chile", "Chilean", "Santiago"), ("Peru", "Peruvian", "Lima"),
    ("Kenya", "Kenyan", "Nairobi"), ("Uganda", "Ugandan", "Kampala"), ("Japan", "Japanese", "Tokyo"),
    ("South Korea", "South Korean", "Seoul"), ("Egypt", "Egyptian", "Cairo"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Brazil", "Brazilian", "Brasília"), ("Argentina", "Argentine", "Buenos Aires"), ("Poland", "Polish", "Warsaw"),
    ("Germany", "German", "Berlin"), ("Canada", "Canadian", "Ottawa"), ("Mexico", "Mexican", "Mexico City"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Indonesia", "Indonesian", "Jakarta"),
]
FIRST = ["Anna", "Pedro", "Amina", "Kenji", "Lars", "Priya", "Tomasz", "Grace", "Omar", "Sofia", "Daniel", "Mei"]
LAST = ["Halvorsen", "Mendoza", "Okafor", "Tanaka", "Berg", "Sharma", "Nowak", "Mwangi", "Haddad", "Rossi", "Kim", "Lindqvist"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Trade Minister"]
PLACES = ["Geneva", "Vienna", "Lisbon", "Bergen", "Nairobi Gardens", "Lake Como", "Valletta", "Tallinn"]
NOUNS = ["Accord", "Treaty", "Agreement", "Convention", "Pact"]
TOPICS = ["Fisheries", "Water Sharing", "Border Trade", "Arms Limitation", "River Basin", "Airspace", "Energy Transit",
          "Mineral Rights", "Shipping Lanes", "Climate Cooperation"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
UNITS = [("kilometers", 10, 5000), ("nautical miles", 5, 300), ("tonnes", 100, 900000), ("vessels", 5, 2000),
         ("warheads", 50, 3000), ("troops", 100, 40000), ("inspectors", 5, 400), ("percent", 2, 90)]
STANCE = ["urged", "rejected", "welcomed", "criticized", "denied", "favored", "called for", "reiterated",
          "proposed", "opposed", "backed", "questioned"]
CONTENT = ["a joint commission to oversee the quotas", "the new inspection regime", "stricter limits on dredging",
           "an independent review of the catch data", "the proposed toll on transit cargo",
           "a moratorium on new drilling", "the resumption of direct flights", "the plan to share satellite data",
           "any change to the boundary line", "a phased reduction of border patrols"]
FILLER = [
    "Observers described the atmosphere at the talks as cautious but constructive.",
    "The negotiations covered technical questions that had been left open for years.",
    "Local newspapers gave the meeting prominent coverage on their front pages.",
    "Several civil society groups asked to be consulted before any final text was agreed.",
    "The delegations met again the following morning to review the draft language.",
    "Economists said the practical effects would depend on how the provisions are enforced.",
    "Fishing communities along the coast have followed the dispute closely.",
    "A working group of legal experts was asked to prepare a summary of the options.",
    "The discussions were held behind closed doors, and few details were released at first.",
    "Diplomats said that trust between the delegations had improved over the past months.",
]


def _date(rng: random.Random) -> str:
    year = rng.randint(1950, 2024)
    shape = rng.randrange(5)
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28)
    return [f"in {year}", f"on {day} {month} {year}", f"on {month} {day}, {year}", f"in {month} {year}",
            f"in {rng.choice(['early', 'mid', 'late'])} {year}"][shape]


def _article(rng: random.Random, index: int, words: int) -> tuple[str, str]:
    a, b = rng.sample(SIDES, 2)
    name = f"{rng.choice(TOPICS)} {rng.choice(NOUNS)}"
    leaders = [(side, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(TITLES)) for side in (a, b)]
    title = f"Report {index} on the {name} between {a[0]} and {b[0]}"
    sentences = [
        f"The {name} is an agreement between {a[0]} and {b[0]}.",
        f"It was signed {_date(rng)} in {rng.choice(PLACES)} and entered into force {_date(rng)}.",
    ]
    for side, person, role in leaders:
        sentences.append(f"{side[1]} {role} {person} {rng.choice(STANCE)} {rng.choice(CONTENT)}.")
    while sum(len(s.split()) for s in sentences) < words:
        kind = rng.randrange(8)
        side = rng.choice((a, b))
        unit, low, high = rng.choice(UNITS)
        n = rng.randint(low, high)
        if kind == 0:
            sentences.append(f"The treaty limits each side to no more than {n:,} {unit} in the shared zone.")
        elif kind == 1:
            m = rng.randint(n + 1, n * 3 + 2)
            sentences.append(f"The agreement covers an area between {n:,} and {m:,} {unit} from the coast.")
        elif kind == 2:
            sentences.append(f"{side[2]} {rng.choice(STANCE)} {rng.choice(CONTENT)}, according to officials.")
        elif kind == 3:
            other = a if side is b else b
            sentences.append(f"While {side[0]} {rng.choice(STANCE)} {rng.choice(CONTENT)}, "
                             f"{other[0]} reportedly {rng.choice(STANCE)} {rng.choice(CONTENT)}.")
        elif kind == 4:
            sentences.append(f"The {name} was extended {_date(rng)} for a further {rng.randint(2, 10)} years.")
        else:
            sentences.extend(rng.sample(FILLER, 2))
    paragraphs, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if len(current) >= rng.randint(3, 6):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return title, "\n\n".join(paragraphs)


def make_corpus(folder: Path, articles: int, words: int = 1000, seed: int = 1) -> int:
    """Write ``articles`` Markdown articles of about ``words`` words into ``folder``; return the word count."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(articles):
        title, body = _article(rng, i, words)
        total += len(body.split())
        (folder / f"article-{i:04d}.md").write_text(f"---\ntitle: {title}\n---\n\n{body}\n", encoding="utf-8")
    return total
