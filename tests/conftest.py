"""Shared fixtures: throw-away quizgen projects in ``tmp_path``."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def lexicon():
    """quizgen's own word lists, loaded once for every test that reads them."""
    from quizgen.extract import load_lexicon
    return load_lexicon()


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    """A copy of the shipped project: seeds, config and committed bank."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "question_bank", root / "question_bank")
    shutil.copy(REPO / "quizgen.toml", root / "quizgen.toml")
    return root


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    """A project with one short article written for the tests."""
    root = tmp_path / "small"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "harbor.md").write_text(
        "---\ntitle: The Harbor Accord\n---\n\n"
        "The Harbor Accord is a fishing agreement between Norway and Iceland. "
        "It was signed on 14 March 1996 in Bergen and entered into force in January 1997.\n\n"
        "The accord limits each country to no more than 120 trawlers in the shared waters.\n\n"
        "Norway favored a longer protected zone, while Iceland argued that the zone "
        "would harm its coastal towns.\n",
        encoding="utf-8")
    (root / "quizgen.toml").write_text(
        '[project]\nid = "test-project"\nname = "Harbor"\n', encoding="utf-8")
    return root
