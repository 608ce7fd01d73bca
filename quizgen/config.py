"""Project settings: built-in defaults ← ``quizgen.toml`` ← command-line flags."""
from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from .errors import ConfigError

CONFIG_FILE = "quizgen.toml"
PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class Config:
    """Every setting a build uses.  ``replace(config, **flags)`` applies flags."""

    root: Path
    project_id: str
    name: str
    deck_name: str
    one_deck_per_article: bool = False
    quiz_title: str = ""
    quiz_count: int = 20
    paper: str = "a4"
    date_label: str = ""
    approved_only: bool = False
    sides: list[dict[str, Any]] = field(default_factory=list)

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def bank_dir(self) -> Path:
        return self.root / "question_bank"

    @property
    def decks_dir(self) -> Path:
        return self.root / "decks"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def output_name(self) -> str:
        """File name stem of decks and quizzes, from the deck name."""
        stem = re.sub(r"[^A-Za-z0-9]+", "-", self.deck_name).strip("-").lower()
        return stem or "quizgen"

    def with_flags(self, **flags: Any) -> "Config":
        """This config with every flag that was given (not None) applied."""
        given = {k: v for k, v in flags.items() if v is not None}
        unknown = set(given) - {f.name for f in fields(self)}
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        if "paper" in given and given["paper"] not in PAPERS:
            raise ConfigError(f"paper must be one of {', '.join(PAPERS)}, not {given['paper']!r}")
        return replace(self, **given)


_KNOWN = {
    "project": {"id": str, "name": str},
    "deck": {"name": str, "one_per_article": bool},
    "quiz": {"title": str, "count": int, "paper": str, "date": str},
    "sides": list,
}


def load_config(root: Path) -> Config:
    """Read ``root/quizgen.toml`` (if there is one) over the defaults."""
    root = Path(root)
    path = root / CONFIG_FILE
    data: dict[str, Any] = {}
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
            message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
            raise ConfigError(f"invalid TOML: {message}", path=CONFIG_FILE,
                              line=int(match.group(1)) if match else None) from None
        except UnicodeDecodeError:
            raise ConfigError("not UTF-8 text", path=CONFIG_FILE) from None
        _check_types(data, path.read_text(encoding="utf-8"))
    project = data.get("project", {})
    deck = data.get("deck", {})
    quiz = data.get("quiz", {})
    name = project.get("name") or root.resolve().name or "quizgen"
    project_id = project.get("id") or hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]
    paper = quiz.get("paper", "a4")
    if paper not in PAPERS:
        raise ConfigError(f"[quiz] paper must be one of {', '.join(PAPERS)}, not {paper!r}",
                          path=CONFIG_FILE, line=_line_of(path, "paper"))
    count = quiz.get("count", 20)
    if count < 1:
        raise ConfigError("[quiz] count must be at least 1", path=CONFIG_FILE, line=_line_of(path, "count"))
    return Config(
        root=root,
        project_id=project_id,
        name=name,
        deck_name=deck.get("name") or name,
        one_deck_per_article=deck.get("one_per_article", False),
        quiz_title=quiz.get("title") or name,
        quiz_count=count,
        paper=paper,
        date_label=quiz.get("date", ""),
        sides=list(data.get("sides", [])),
    )


def _check_types(data: dict[str, Any], text: str) -> None:
    for section, value in data.items():
        if section not in _KNOWN:
            raise ConfigError(f"unknown section [{section}] (known: {', '.join(_KNOWN)})",
                              path=CONFIG_FILE, line=_find_line(text, section))
        spec = _KNOWN[section]
        if spec is list:
            if not isinstance(value, list) or not all(isinstance(v, dict) and "name" in v for v in value):
                raise ConfigError("[[sides]] entries each need a name", path=CONFIG_FILE,
                                  line=_find_line(text, section))
            continue
        if not isinstance(value, dict):
            raise ConfigError(f"[{section}] must be a table", path=CONFIG_FILE, line=_find_line(text, section))
        for key, item in value.items():
            if key not in spec:
                raise ConfigError(f"unknown setting {key!r} in [{section}] (known: {', '.join(spec)})",
                                  path=CONFIG_FILE, line=_find_line(text, key))
            expected = spec[key]
            if not isinstance(item, expected) or (expected is int and isinstance(item, bool)):
                raise ConfigError(f"[{section}] {key} must be {expected.__name__ if expected is not str else 'text'}",
                                  path=CONFIG_FILE, line=_find_line(text, key))


def _find_line(text: str, word: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(r"\s*\[*\s*" + re.escape(word) + r"\b", line):
            return number
    return None


def _line_of(path: Path, key: str) -> int | None:
    return _find_line(path.read_text(encoding="utf-8"), key)


CONFIG_TEMPLATE = """\
# quizgen project settings. Flags on the command line win over these.

[project]
# Keeps this project's Anki notes apart from every other project's.
# Made once by `quizgen init`: never change it, or students get duplicate cards.
id = "{project_id}"
name = "{name}"

[deck]
# The Anki parent deck; each article becomes a subdeck of it.
name = "{name}"
# true: one top-level deck per article instead of subdecks.
one_per_article = false

[quiz]
title = "{name}"
# How many questions the printable quiz holds.
count = 20
# a4 or letter
paper = "a4"
# Printed on the quiz's date line, e.g. "14 March 2027"; empty leaves a blank.
date = ""

# Sides quizgen should recognise beyond its built-in list (states, alliances).
# Entries with the name of a built-in side add to it.
# [[sides]]
# name = "Atlantis"
# names = ["Atlantis", "Kingdom of Atlantis"]
# demonyms = ["Atlantean"]
# seats = ["Poseidonia"]
# leaders = ["Queen Nerissa"]
"""
