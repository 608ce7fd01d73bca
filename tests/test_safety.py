"""Hostile and broken bank files, safe writes, the project lock, and a killed extract."""
from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import quizgen
from quizgen.bank import project_lock, remove_leftover_temp_files, write_if_changed
from quizgen.bank.io import MAX_BANK_BYTES, load_bank_file
from quizgen.errors import BankError, ProblemsError, QuizgenError

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bank"
REPO = Path(__file__).resolve().parents[1]
HARBOR = "question_bank/the-harbor-accord.yaml"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# -- hostile input: a clear error with file and line, and nothing changes -------------

HOSTILE = {
    "alias bomb": ("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                   + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n"
                             for i in range(9)),
                   "2:8: aliases (*a) are not allowed in a bank file; write the value out"),
    "python tag": ("article: the-harbor-accord\nquestions:\n  - !!python/object/apply:os.system [touch pwned]\n",
                   "3:5: tags like !!python/object/apply:os.system are not allowed in a bank file"),
    "tabs": ("article: the-harbor-accord\nquestions:\n  - id: q1\n\ttype: short\n",
             "4:1: malformed YAML: a tab character; YAML is indented with spaces, not tabs"),
    "not utf-8": (b"article: the-harbor-accord\nquestions:\n  - id: caf\xe9\n",
                  "3:12: bank file is not UTF-8 text (byte 0xe9)"),
    "a list where the file's map belongs": ("- article: the-harbor-accord\n",
                                            "1:1: a bank file must be a mapping with `article` and `questions`, not a list"),
    "deep nesting": ("article: " + "[" * 200 + "]" * 200 + "\n",
                     "1:41: data is nested more than 32 levels deep"),
    "duplicate key": ("article: the-harbor-accord\narticle: again\nquestions: []\n",
                      "2:1: malformed YAML: found duplicate key \"article\""),
    "unclosed quote": ("article: the-harbor-accord\nquestions:\n  - id: 'q1\n    type: short\n",
                       "3:9: malformed YAML: this quote is never closed"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_bank_file_is_refused_with_its_line_and_nothing_changes(small_project, name):
    content, expected = HOSTILE[name]
    quizgen.extract(small_project)
    path = small_project / HARBOR
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    # a new sentence, so that extract would otherwise write
    article = small_project / "seeds" / "harbor.md"
    article.write_text(article.read_text() + "\nA joint commission was created in 1998.\n")
    before = snapshot(small_project)
    started = time.monotonic()
    with pytest.raises(ProblemsError) as caught:
        quizgen.extract(small_project)
    assert time.monotonic() - started < 5
    assert [str(p) for p in caught.value.problems] == [f"{HARBOR}:{expected}"]
    assert snapshot(small_project) == before
    assert not (small_project / "pwned").exists()
    with pytest.raises(BankError) as again:
        load_bank_file(path, HARBOR)
    assert str(again.value) == f"{HARBOR}:{expected}"


def test_a_list_where_a_question_belongs_stops_extract_and_changes_nothing(small_project):
    quizgen.extract(small_project)
    path = small_project / HARBOR
    path.write_text(path.read_text() + "- - a question as a list\n  - its answer\n")
    before = snapshot(small_project)
    with pytest.raises(ProblemsError) as caught:
        quizgen.extract(small_project)
    line = len(path.read_text().splitlines()) - 1
    assert [str(p) for p in caught.value.problems] == [
        f"{HARBOR}:{line}:3: question {sum(1 for l in path.read_text().splitlines() if l.startswith('- '))} "
        "must be a mapping of keys, not a list"]
    assert snapshot(small_project) == before


def test_huge_bank_file_is_refused_without_being_parsed(tmp_path):
    path = tmp_path / "huge.yaml"
    line = "# " + "x" * 98 + "\n"
    path.write_text(line * (MAX_BANK_BYTES // len(line) + 10))
    started = time.monotonic()
    with pytest.raises(BankError) as caught:
        load_bank_file(path, "question_bank/huge.yaml")
    assert time.monotonic() - started < 1
    limit_line = MAX_BANK_BYTES // len(line) + 1
    assert str(caught.value) == (f"question_bank/huge.yaml:{limit_line}: bank file is larger than 5 MiB "
                                 f"(the limit is passed on line {limit_line})")


# -- safe writes -----------------------------------------------------------------------

def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "a.yaml"
    path.write_text("article: a\nquestions: []\n")

    def crash(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_if_changed(path, "article: b\nquestions: []\n")
    assert path.read_text() == "article: a\nquestions: []\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


def test_leftover_temporary_files_are_removed_and_never_read(tmp_path):
    bank = tmp_path / "question_bank"
    bank.mkdir()
    (bank / "a.yaml").write_text("article: a\nquestions: []\n")
    (bank / ".a.yaml.k3j4h5.tmp").write_text("article: a\nquestions: [half")
    from quizgen.bank import check_bank
    assert check_bank(bank, tmp_path) == []
    assert remove_leftover_temp_files(bank) == [bank / ".a.yaml.k3j4h5.tmp"]
    assert [p.name for p in bank.iterdir()] == ["a.yaml"]


# -- the lock ----------------------------------------------------------------------------

HOLD = """
import sys, time
from quizgen.bank import project_lock
with project_lock(sys.argv[1]):
    print("locked", flush=True)
    time.sleep(30)
"""


def hold_lock(root: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(root)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_second_writer_gets_a_clear_message(tmp_path):
    holder = hold_lock(tmp_path)
    try:
        with pytest.raises(QuizgenError) as caught:
            with project_lock(tmp_path):
                pass
        assert str(caught.value) == (f"{tmp_path / '.quizgen-lock'}: another quizgen (pid {holder.pid}) "
                                     "is writing this project; wait for it to finish and try again")
    finally:
        holder.kill()
        holder.wait()
    # the kernel released the killed holder's lock: no stale lock to remove by hand
    with project_lock(tmp_path):
        assert (tmp_path / ".quizgen-lock").read_text().strip() == str(os.getpid())
    assert not (tmp_path / ".quizgen-lock").exists()


def test_the_lock_is_reentrant_and_waits_when_asked(tmp_path):
    with project_lock(tmp_path):
        with project_lock(tmp_path):
            pass
        assert (tmp_path / ".quizgen-lock").exists()
    assert not (tmp_path / ".quizgen-lock").exists()
    holder = hold_lock(tmp_path)
    started = time.monotonic()
    try:
        with pytest.raises(QuizgenError):
            with project_lock(tmp_path, wait=0.3):
                pass
    finally:
        holder.kill()
        holder.wait()
    assert time.monotonic() - started >= 0.3


# -- a killed extract ----------------------------------------------------------------------

def make_big_project(root: Path) -> None:
    """The shipped seeds' three articles, under other titles."""
    source = (REPO / "seeds" / "putin-trump-phone-talks.txt").read_text(encoding="utf-8")
    titles = [line for line in source.splitlines()[1:] if line and len(line) < 100]
    (root / "seeds").mkdir(parents=True)
    for k in range(1):
        text = source
        for title in titles:
            text = text.replace(title, f"Copy {k} {title}")
        (root / "seeds" / f"copy{k}.txt").write_text(text, encoding="utf-8")
    (root / "quizgen.toml").write_text('[project]\nid = "t"\nname = "T"\n', encoding="utf-8")


def correct_every_year(root: Path) -> None:
    for path in (root / "seeds").iterdir():
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\b(19|20)\d\d\b", lambda m: str(int(m.group()) + 1), text), encoding="utf-8")


def test_extract_killed_mid_write_leaves_every_file_old_or_new(tmp_path):
    project = tmp_path / "project"
    make_big_project(project)
    quizgen.extract(project)
    bank = project / "question_bank"
    old = {p.name: p.read_bytes() for p in bank.glob("*.yaml")}
    correct_every_year(project)
    reference = tmp_path / "reference"
    shutil.copytree(project, reference)
    started = time.monotonic()
    quizgen.extract(reference)
    duration = time.monotonic() - started + 0.5        # and the interpreter's start
    new = {p.name: p.read_bytes() for p in (reference / "question_bank").glob("*.yaml")}
    assert set(new) == set(old) and all(new[n] != old[n] for n in old)

    rng = random.Random(4)
    command = [sys.executable, "-m", "quizgen", "extract", "-C", str(project)]
    caught_writing = 0
    for trial, moment in enumerate(["first temporary file", "first renamed file", "random",
                                     "first temporary file", "first renamed file"]):
        for name, data in old.items():
            (bank / name).write_bytes(data)
        for leftover in bank.glob(".*.tmp"):
            leftover.unlink()
        mtimes = {p.name: p.stat().st_mtime_ns for p in bank.glob("*.yaml")}
        started = time.monotonic()
        run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if moment == "random":
            time.sleep(rng.uniform(0.1, duration))
        else:
            # kill in the middle of the writes: inside one file's, or between two files
            def writing() -> bool:
                if moment == "first temporary file":
                    return any(p.name.startswith(".") for p in os.scandir(bank))
                return any(p.stat().st_mtime_ns != mtimes.get(p.name) for p in os.scandir(bank)
                           if not p.name.startswith("."))
            while run.poll() is None and not writing():
                time.sleep(0.0002)
        run.send_signal(signal.SIGKILL)
        run.wait()
        assert time.monotonic() - started < 10
        states = []
        for name in old:
            data = (bank / name).read_bytes()
            assert data in (old[name], new[name]), f"trial {trial}: {name} is neither old nor new"
            states.append(data == new[name])
            load_bank_file(bank / name)
        if run.returncode == -signal.SIGKILL and (0 < sum(states) < len(states) or list(bank.glob(".*.tmp"))):
            caught_writing += 1
    assert caught_writing >= 1, "no run was killed while writing; the test did not test anything"
    # and the next run finishes the job: no lock left behind
    quizgen.extract(project)
    assert {p.name: p.read_bytes() for p in bank.glob("*.yaml")} == new
