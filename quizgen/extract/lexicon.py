"""The word lists extraction runs on, loaded from YAML data files.

quizgen ships its lists in ``quizgen/data``; a project may add to them with
files of the same name in its own ``data/`` folder.  Lists are extended,
mappings updated, and sides with the same ``name`` merged, so a user only
writes what is new.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..errors import ConfigError

DATA_FILES = ("language", "sides", "predicates", "stance", "units")
PACKAGE_DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass
class Side:
    name: str
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)     # "Anglo" of "the Anglo-Irish Agreement"
    display: str = ""         # how questions write it ("the Republic of Aldoria")
    part_of: list[str] = field(default_factory=list)     # the states it became part of ("Spain" for Castile)


@dataclass
class Lexicon:
    """Every data list extraction uses, merged from package and project files."""

    data: dict[str, dict[str, Any]]
    sides: list[Side]
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def cached(self, key: str, factory: Any) -> Any:
        """``factory(self)``, built once: finders compile their patterns only once per lexicon."""
        if key not in self._cache:
            self._cache[key] = factory(self)
        return self._cache[key]

    # -- convenient views -------------------------------------------------
    @property
    def language(self) -> dict[str, Any]:
        return self.data["language"]

    @property
    def predicates(self) -> list[dict[str, Any]]:
        return self.data["predicates"]["predicates"]

    @property
    def agreement_nouns(self) -> list[str]:
        return self.data["predicates"]["agreement_nouns"]

    @property
    def stances(self) -> dict[str, list[str]]:
        return self.data["stance"]["stances"]

    @property
    def stance_adverbs(self) -> list[str]:
        return self.data["stance"]["adverbs"]

    @property
    def hedges(self) -> list[dict[str, str]]:
        return self.data["stance"]["hedges"]

    @property
    def units(self) -> list[dict[str, Any]]:
        return self.data["units"]["units"]

    @property
    def leader_titles(self) -> list[str]:
        return self.data["sides"].get("leader_titles", [])

    @cached_property
    def predicate_patterns(self) -> list[tuple[re.Pattern[str], dict[str, Any]]]:
        out = []
        for entry in self.predicates:
            pattern = words_pattern(entry["words"])
            # "passed to the council", "passed it to Greece": the word, followed by one of these (an object
            # pronoun may come between), names no such event
            skips = "".join(r"(?!(?<=\b" + re.escape(word) + r")(?:\s+(?:it|them))?\s+" + alternation(after) + r"\b)"
                            for word, after in (entry.get("not_followed_by") or {}).items() if after)
            if skips:
                pattern = re.compile(pattern.pattern + skips, re.IGNORECASE)
            out.append((pattern, entry))
        return out

    @cached_property
    def agreement_noun_re(self) -> str:
        return alternation(self.agreement_nouns)

    def side(self, name: str) -> Side | None:
        return self.cached("sides_by_name", lambda lx: {side.name: side for side in reversed(lx.sides)}).get(name)


def not_last_words(lexicon: Lexicon) -> frozenset[str]:
    """Words no event's name ends in, in lower case: ``event_name_not_last`` and the ordinals ("the
    talks of the second" was cut before its noun)."""
    return lexicon.cached("event_name_not_last", lambda lex: frozenset(
        [str(w).lower() for w in lex.language.get("event_name_not_last", [])]
        + [str(w).lower() for w in lex.language.get("ordinal_numbers", {})]))


def alternation(words: Iterable[str], wildcard: bool = False) -> str:
    """A regex matching any of ``words`` (the longest where several fit).

    The words are folded into a prefix tree ("Marnia|Marnian|Marnol" becomes
    "R(?:ussia(?:n)?|wanda)"): with a thousand names, a flat alternation
    makes the regex engine try every one at every position.  The pattern of
    a word list is made once and remembered: rules ask for it question by
    question.
    """
    return _alternation(tuple(words), wildcard)


@functools.lru_cache(maxsize=4096)
def _alternation(words: tuple[str, ...], wildcard: bool) -> str:
    trie: dict = {}
    wild: list[str] = []
    for word in set(words):
        if wildcard and word.endswith("*"):
            wild.append(re.escape(word[:-1]) + r"\w*")
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    parts = [p for p in (_trie_pattern(trie),) if p] + sorted(wild, key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")"


def alternation_not_after(words: Iterable[str], chars: str) -> str:
    """``(?<![chars])`` then ``alternation(words)``: any of ``words`` where no character of ``chars`` stands before.

    A pattern that opens with a look-behind has the regex engine try a match
    at every position of a text; one that opens with a choice of letters
    lets it skip to where one of the words' first letters stands.  So the
    look-behind goes after each first letter ("A(?<![\\w.]A)" for
    "(?<![\\w.])A").  It pays for words that open with a capital, as names
    do; ``chars`` is the inside of a character class (``\\w.``).
    """
    return _alternation_not_after(tuple(words), chars)


@functools.lru_cache(maxsize=256)
def _alternation_not_after(words: tuple[str, ...], chars: str) -> str:
    if not words or not all(words):
        return "(?<![" + chars + "])" + alternation(words)      # an empty word has no first letter
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie, "[" + chars + "]") + ")"


def _trie_pattern(node: dict, not_after: str = "") -> str:
    """Regex for a prefix tree; greedy, so longer words are tried first.  With ``not_after``
    (a character class), no such character may stand before the first letter."""
    branches = []
    ends_here = "" in node
    for ch in sorted(k for k in node if k):
        letter = re.escape(ch)
        guard = f"(?<!{not_after}{letter})" if not_after else ""
        branches.append(letter + guard + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


class SmallWords:
    """The lower-case words that make no clause ("of", "in", "the"), from the word lists ``keys``:
    a text whose lower-case words are all of them has no verb.  Made once per lexicon."""

    KEYS = ("noun_phrase_ends", "defining_words")
    WORD = re.compile(r"(?<![\w’'])[a-z][\w’'\-]*")

    def __init__(self, lexicon: "Lexicon", keys: tuple[str, ...] = KEYS) -> None:
        self.words = {w.lower() for key in keys for w in lexicon.language.get(key, [])} | {"the", "a", "an"}

    def only(self, text: str, start: int = 0) -> bool:
        """Whether every lower-case word of ``text`` (from ``start``) is a small word."""
        return all(m.group(0) in self.words for m in self.WORD.finditer(text, start))


_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


class SentenceWords:
    """The words of one sentence (its runs of word characters), worked out once for the finders.

    Most sentences hold no number, no month and no agreement noun; a finder
    rules them out with a set lookup (a ``WordGate``) instead of scanning
    the sentence with its pattern.  ``lower`` is None outside ASCII, where
    a pattern that ignores case matches letters that lower case does not
    show ("ſ" matches "s", and stays "ſ" in lower case).
    """

    __slots__ = ("exact", "lower", "digit")

    def __init__(self, text: str) -> None:
        self.exact = frozenset(_WORD.findall(text))
        self.lower = frozenset(map(str.lower, self.exact)) if text.isascii() else None
        self.digit = _DIGIT.search(text) is not None


def _folds_to_ascii(char: str) -> bool:
    """Whether a pattern that ignores case matches ``char`` with a letter of ASCII."""
    return any(re.fullmatch(re.escape(char), chr(code), re.I) for code in range(128))


class WordGate:
    """Whether a sentence may hold one of ``phrases`` where a pattern wants it whole.

    For a pattern with a word bound on both sides of each phrase (``\\b``,
    or ``(?<![\\w-])`` and ``(?![\\w-])``), every run of word characters
    in a phrase it matches is one of the sentence's words.  A sentence
    without all the words of any phrase cannot match; one with them may, and
    only the pattern says.  A phrase is looked up by its longest word, the
    rarest, and its other words checked only then ("is said to": "said").
    """

    __slots__ = ("ignore_case", "keys", "longer", "_apart")

    def __init__(self, phrases: Iterable[str], ignore_case: bool = False) -> None:
        self.ignore_case = ignore_case
        runs_by_key: dict[str, list[frozenset[str]]] | None = {}
        for phrase in phrases:
            runs = _WORD.findall(str(phrase))
            if not runs:
                runs_by_key = None      # a phrase of no word characters: no word rules it out
                break
            if ignore_case and any(_folds_to_ascii(c) for c in "".join(runs) if not c.isascii()):
                runs_by_key = None      # "ſ" matches "s" when case is ignored, and lower case keeps it "ſ"
                break
            if ignore_case:
                runs = [run.lower() for run in runs]
            runs_by_key.setdefault(max(runs, key=len), []).append(frozenset(runs))
        self.keys = frozenset(runs_by_key) if runs_by_key is not None else None
        # the words of the phrases of more than one word, by their longest word (if no one-word phrase is it)
        self.longer = {key: all_runs for key, all_runs in (runs_by_key or {}).items()
                       if all(len(runs) > 1 for runs in all_runs)}
        # looked up once here, not on each of the many sentences a gate is asked about
        self._apart = self.keys.isdisjoint if self.keys is not None else None

    def may_hold(self, words: SentenceWords) -> bool:
        """False when the sentence of ``words`` cannot hold any of the phrases; True when it may."""
        apart = self._apart
        if apart is None:
            return True
        held = words.lower if self.ignore_case else words.exact
        if held is None:
            return True
        if apart(held):
            return False
        if not self.longer:
            return True
        return any(key not in self.longer or any(runs <= held for runs in self.longer[key])
                   for key in self.keys & held)


def words_pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + alternation(words, wildcard=True) + r"(?![\w-])", re.IGNORECASE)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))   # libyaml when built with it
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise ConfigError(f"invalid YAML: {exc.problem}", path=path, line=line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read data file: {exc}", path=path) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("a data file must be a mapping of lists", path=path, line=1)
    return data


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


def _merge_sides(base: list[dict[str, Any]], extra: list[dict[str, Any]], path: Path) -> list[dict[str, Any]]:
    by_name = {entry["name"]: dict(entry) for entry in base}
    order = [entry["name"] for entry in base]
    for entry in extra:
        if not isinstance(entry, dict) or "name" not in entry:
            raise ConfigError("each side needs a `name`", path=path)
        name = entry["name"]
        if name in by_name:
            by_name[name] = _merge(by_name[name], entry)
        else:
            by_name[name] = dict(entry)
            order.append(name)
    return [by_name[name] for name in order]


def load_lexicon(project_data: Path | None = None, extra_sides: list[dict[str, Any]] | None = None) -> Lexicon:
    """Return the package lexicon extended by ``project_data/*.yaml`` and ``extra_sides``."""
    data: dict[str, dict[str, Any]] = {}
    for name in DATA_FILES:
        data[name] = _read_yaml(PACKAGE_DATA / f"{name}.yaml")
        if project_data is not None:
            user_file = project_data / f"{name}.yaml"
            if user_file.is_file():
                user = _read_yaml(user_file)
                if name == "sides" and "sides" in user:
                    user = dict(user)
                    data[name]["sides"] = _merge_sides(data[name]["sides"], user.pop("sides") or [], user_file)
                data[name] = _merge(data[name], user)
    if extra_sides:
        data["sides"]["sides"] = _merge_sides(data["sides"]["sides"], extra_sides, Path("quizgen.toml"))
    sides = []
    for entry in data["sides"]["sides"]:
        sides.append(Side(
            name=entry["name"],
            names=list(entry.get("names") or [entry["name"]]),
            demonyms=list(entry.get("demonyms") or []),
            seats=list(entry.get("seats") or []),
            leaders=list(entry.get("leaders") or []),
            prefixes=list(entry.get("prefixes") or []),
            display=str(entry.get("display") or ""),
            part_of=list(entry.get("part_of") or []),
        ))
    return Lexicon(data=data, sides=sides)


def one_side_acts(lexicon: Lexicon) -> frozenset[str]:
    """The agreement's events one party may do alone (``by_one_party``, ``per_party``) and that their
    question asks in the passive ("When was {subject} signed?"), so "signed by Osk" asks it of that party."""
    return lexicon.cached("one_side_acts", lambda lx: frozenset(
        e["predicate"] for e in lx.predicates if (e.get("by_one_party") or e.get("per_party"))
        and e.get("ask") == "When was {subject} " + e["predicate"] + "?"))
