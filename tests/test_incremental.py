"""Rebuilds redo exactly what changed: never less (nothing stale), never more."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import quizgen
from quizgen.extract import extract_facts, load_lexicon
from quizgen.extract.parallel import extract_many
from quizgen.sources import read_sources


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def add_second_article(project: Path) -> None:
    (project / "seeds" / "reef.md").write_text(
        "---\ntitle: The Reef Compact\n---\n\n"
        "The Reef Compact, signed by Chile and Peru on 2 May 2004, bans trawling within 12 kilometers of the reef.\n",
        encoding="utf-8")


def add_third_article(project: Path) -> None:
    """With three articles, there are questions across articles."""
    (project / "seeds" / "kelp.md").write_text(
        "---\ntitle: The Kelp Treaty\n---\n\n"
        "The Kelp Treaty was signed by Chile and Argentina on 9 June 2011.\n", encoding="utf-8")


def test_noop_rebuild_renders_and_writes_nothing(small_project):
    first = quizgen.build(small_project)
    assert first.deck is not None and first.quiz is not None
    before = mtimes(small_project / "question_bank") | mtimes(small_project / "decks")
    again = quizgen.build(small_project)
    assert again.deck is None and again.quiz is None
    assert again.extract.merge.changed_files == []
    assert mtimes(small_project / "question_bank") | mtimes(small_project / "decks") == before


def test_changed_article_reaches_bank_deck_and_quiz(small_project):
    quizgen.build(small_project)
    article = small_project / "seeds" / "harbor.md"
    article.write_text(article.read_text().replace("120 trawlers", "150 trawlers"))
    result = quizgen.build(small_project)
    assert result.extract.merge.changed_files == ["question_bank/the-harbor-accord.yaml"]
    assert result.deck is not None and result.quiz is not None
    bank = (small_project / "question_bank" / "the-harbor-accord.yaml").read_text()
    assert "150 trawlers" in bank


def test_changed_article_rewrites_only_its_own_cache_files(small_project):
    from quizgen.questions import ACROSS
    from quizgen.state import _shard
    add_second_article(small_project)
    quizgen.build(small_project)
    cache = small_project / ".quizgen" / "cache"
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in cache.iterdir()}
    others = {f"{_shard(name):02d}.pickle" for name in ("the-reef-compact", "question_bank/the-reef-compact.yaml")}
    article = small_project / "seeds" / "harbor.md"
    article.write_text(article.read_text().replace("120 trawlers", "150 trawlers"))
    quizgen.build(small_project)
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in cache.iterdir()}
    # the article's facts, its bank file's questions and the questions across articles
    touched = {f"{_shard(name):02d}.pickle" for name in
               ("the-harbor-accord", "question_bank/the-harbor-accord.yaml", f"question_bank/{ACROSS}.yaml")}
    assert {n for n in after if after[n] != before.get(n)} <= touched
    assert {n for n in before if before[n] == after.get(n)} == set(before) - touched
    assert others - touched and others - touched <= set(after)     # the other article's entries stay, untouched
    assert quizgen.build(small_project, force=True).extract.merge.changed_files == []   # the cache was right


def test_a_cache_kept_in_one_file_is_spread_out_whole(small_project):
    import pickle
    import shutil
    from quizgen.state import BuildState
    add_second_article(small_project)
    quizgen.build(small_project)
    state = small_project / ".quizgen"
    shards = sorted(p.name for p in (state / "cache").iterdir())
    whole = BuildState(small_project).cache                       # as earlier versions kept it
    (state / "cache.pickle").write_bytes(pickle.dumps(whole))
    shutil.rmtree(state / "cache")
    article = small_project / "seeds" / "harbor.md"
    article.write_text(article.read_text().replace("120 trawlers", "150 trawlers"))
    quizgen.build(small_project)
    assert not (state / "cache.pickle").exists()
    assert sorted(p.name for p in (state / "cache").iterdir()) == shards
    assert BuildState(small_project).cache.keys() != whole.keys()       # the changed article, updated
    assert set(BuildState(small_project).cache.facts) == set(whole.facts)


def test_a_quiz_whose_questions_did_not_change_is_not_printed_again(small_project):
    from quizgen.quiz import QUIZ_TYPES, choose
    add_second_article(small_project)
    config = small_project / "quizgen.toml"
    config.write_text(config.read_text() + "\n[quiz]\ncount = 1\n")
    quizgen.build(small_project)
    [chosen], _, _ = choose(quizgen.load_questions(small_project), count=1,
                            types=[t for t in QUIZ_TYPES if t != "timeline"])
    other = "reef.md" if chosen.article == "the-harbor-accord" else "harbor.md"
    printed = mtimes(small_project / "decks")
    article = small_project / "seeds" / other
    article.write_text(article.read_text().replace("2 May 2004", "3 May 2004").replace("120 trawlers", "150 trawlers"))
    result = quizgen.build(small_project)
    assert result.extract.merge.changed_files and result.deck is not None     # the bank and the deck changed
    assert result.quiz is None                                                 # the quiz did not
    assert {k: v for k, v in mtimes(small_project / "decks").items() if "quiz" in k or "key" in k} == {
        k: v for k, v in printed.items() if "quiz" in k or "key" in k}
    bank = small_project / "question_bank" / f"{chosen.article}.yaml"
    text = bank.read_text()
    at = text.index(f"id: {chosen.id}\n")
    bank.write_text(text[:at] + text[at:].replace("status: draft", "status: rejected", 1))
    result = quizgen.build(small_project)
    assert result.quiz is not None                  # its question was rejected: another is printed


def test_a_damaged_cache_file_is_replaced_not_kept(small_project):
    from quizgen.state import CACHE_SHARDS, BuildState
    quizgen.build(small_project)
    folder = small_project / ".quizgen" / "cache"
    used = {p.name for p in folder.iterdir()}
    spare = next(f"{n:02d}.pickle" for n in range(CACHE_SHARDS) if f"{n:02d}.pickle" not in used)
    (folder / spare).write_bytes(b"not a pickle")
    assert not BuildState(small_project).cache.facts          # one damaged file: nothing can be trusted
    article = small_project / "seeds" / "harbor.md"
    article.write_text(article.read_text().replace("120 trawlers", "150 trawlers"))
    quizgen.build(small_project)
    assert {p.name for p in folder.iterdir()} == used         # written anew, the damaged file gone
    assert BuildState(small_project).cache.facts


def test_teacher_edit_reaches_deck_and_quiz(small_project):
    quizgen.build(small_project)
    bank = small_project / "question_bank" / "the-harbor-accord.yaml"
    text = bank.read_text()
    bank.write_text(text.replace("status: draft", "status: rejected", 1))
    result = quizgen.build(small_project)
    assert result.deck is not None and result.quiz is not None
    rejected = [q for q in quizgen.load_questions(small_project) if q.status == "rejected"]
    assert len(rejected) == 1
    assert result.deck.removed == [rejected[0].id]      # the rejection reached the deck


def test_changed_settings_rerender_what_depends_on_them(small_project):
    quizgen.build(small_project)
    config = small_project / "quizgen.toml"
    config.write_text(config.read_text() + "\n[quiz]\ncount = 3\n")
    result = quizgen.build(small_project)
    assert result.deck is None                 # the deck does not depend on the quiz count
    assert result.quiz is not None and result.quiz.total == 3
    config.write_text(config.read_text() + "\n[deck]\nname = \"Harbor 9B\"\n")
    result = quizgen.build(small_project)
    assert result.deck is not None and result.deck.path.name == "harbor-9b.apkg"


def test_changed_template_rerenders_the_quiz(small_project):
    quizgen.build(small_project)
    templates = small_project / "templates"
    templates.mkdir()
    (templates / "quiz.html").write_text(
        '{% extends "builtin/quiz.html" %}{% block header %}<h1>Harbor School</h1>{% endblock %}')
    result = quizgen.build(small_project)
    assert result.deck is None and result.quiz is not None
    assert "Harbor School" in result.quiz.quiz_html.read_text()


def test_a_changed_builtin_template_rerenders_the_quiz(small_project, tmp_path, monkeypatch):
    # a new version of quizgen's own key layout: the quiz is printed again, the deck is not
    from quizgen import api
    from quizgen.render import printable
    quizgen.build(small_project)
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    for path in printable.BUILTIN_TEMPLATES.iterdir():
        if path.is_file():
            (builtin / path.name).write_bytes(path.read_bytes())
    (builtin / "key.html").write_text((builtin / "key.html").read_text(encoding="utf-8")
                                      .replace("{% block content %}", "{% block content %}<p>New layout</p>", 1),
                                      encoding="utf-8")
    monkeypatch.setattr(printable, "BUILTIN_TEMPLATES", builtin)
    monkeypatch.setattr(api, "BUILTIN_TEMPLATES", builtin, raising=False)
    result = quizgen.build(small_project)
    assert result.deck is None and result.quiz is not None
    assert "New layout" in result.quiz.key_html.read_text(encoding="utf-8")


def test_changed_word_lists_extract_again(small_project):
    quizgen.build(small_project)
    data = small_project / "data"
    data.mkdir()
    (data / "stance.yaml").write_text("stances:\n  claim: [pledged]\n")
    article = small_project / "seeds" / "harbor.md"
    article.write_text(article.read_text() + "\nIceland pledged a review of the zone.\n")
    result = quizgen.build(small_project)
    assert result.extract.merge.added > 0


def test_force_redoes_everything(small_project):
    quizgen.build(small_project)
    result = quizgen.build(small_project, force=True)
    assert result.deck is not None and result.quiz is not None


def test_deleted_outputs_are_made_again(small_project):
    first = quizgen.build(small_project)
    first.deck.path.unlink()
    result = quizgen.build(small_project)
    assert result.deck is not None and result.deck.path.exists()


def test_parallel_extraction_gives_the_same_facts(tmp_path):
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    articles, _ = read_sources(seeds, root=seeds.parent)
    lexicon = load_lexicon()
    one = {a.slug: extract_facts(a, lexicon) for a in articles}
    done: list[int] = []
    assert extract_many(articles, lexicon, workers=2, advance=done.append) == one
    assert done == [1] * len(articles)          # the progress bar moves article by article


def test_parallel_question_generation_gives_the_same_questions():
    from quizgen.parallel import generate_many
    from quizgen.questions import generate_questions
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    articles, _ = read_sources(seeds, root=seeds.parent)
    lexicon = load_lexicon()
    facts = extract_many(articles, lexicon, workers=1)
    one = generate_questions(articles, facts, lexicon)
    for workers in (1, 2):
        done: list[int] = []
        many = generate_many(articles, facts, lexicon, workers=workers, advance=done.append)
        assert list(many) == list(one) and many == one
        assert sum(done) == len(articles) and len(done) > 1
    assert sum(map(len, many.values())) > 50


def test_parallel_question_making_in_two_threads_keeps_each_corpus_apart():
    import threading
    from quizgen.model import Article
    from quizgen.parallel import generate_many
    lexicon = load_lexicon()
    corpora = {}
    for name, year in (("a", 1961), ("b", 1974)):
        articles = [Article(slug=f"{name}{i}", title=f"Accord {name}{i}", paragraphs=(
            f"The Accord {name.upper()}{i} was signed on 3 May {year + i} and limits catches to {100 + i} tonnes.",))
            for i in range(6)]
        corpora[name] = (articles, extract_many(articles, lexicon, workers=1))
    results: dict = {}
    threads = [threading.Thread(target=lambda n=name: results.__setitem__(
        n, generate_many(corpora[n][0], corpora[n][1], lexicon, workers=2))) for name in corpora]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name, (articles, facts) in corpora.items():
        assert set(results[name]) == {a.slug for a in articles}
        assert all(q.article.startswith(name) for qs in results[name].values() for q in qs)
        assert sum(map(len, results[name].values())) > 0


def test_a_bank_file_whose_questions_did_not_change_is_not_merged_again(small_project):
    from contextlib import nullcontext
    from quizgen.questions import ACROSS
    add_second_article(small_project)
    add_third_article(small_project)
    quizgen.build(small_project)
    across = small_project / "question_bank" / f"{ACROSS}.yaml"
    assert "120 trawlers" in across.read_text()
    merged: list[int] = []

    def progress(stage, total):
        if stage == "merge":
            merged.append(total)
        return nullcontext(lambda n: None)

    # a change the questions across articles do not read: only the article's own file is merged
    article = small_project / "seeds" / "harbor.md"
    article.write_text(article.read_text().replace("a longer protected zone", "a wider protected zone"))
    quizgen.build(small_project, progress=progress)
    assert merged == [1]
    assert "a wider protected zone" in (small_project / "question_bank" / "the-harbor-accord.yaml").read_text()
    # a change they do read: merged again, never served stale
    article.write_text(article.read_text().replace("120 trawlers", "150 trawlers"))
    quizgen.build(small_project, progress=progress)
    assert merged[1] == 2
    assert "value: <=150 trawlers" in across.read_text()      # the question follows the new fact


def test_bank_files_unchanged_on_disk_are_not_read_again(small_project, monkeypatch):
    import os
    from pathlib import Path as _Path
    quizgen.build(small_project)
    bank = small_project / "question_bank"
    for path in bank.iterdir():
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns - 10**10))   # saved 10 s ago
    quizgen.build(small_project)            # sees them settled
    read: list[str] = []
    real = _Path.read_bytes
    monkeypatch.setattr(_Path, "read_bytes", lambda self: read.append(self.name) or real(self))
    quizgen.build(small_project)
    assert not [name for name in read if name.endswith(".yaml")]
    # an edit of the same size, just now, is seen all the same
    path = bank / "the-harbor-accord.yaml"
    path.write_text(path.read_text().replace("status: draft", "status: xxxxx", 1))
    from quizgen.errors import ProblemsError
    with pytest.raises(ProblemsError):
        quizgen.build(small_project)


def test_a_deck_restored_from_an_earlier_build_is_brought_up_to_date(small_project):
    import re
    import shutil
    from quizgen.render.anki import read_manifest

    def edit(path: Path) -> None:
        """The teacher rewords the file's first question."""
        text = path.read_text()
        path.write_text(re.sub(r"(?m)^(  question: .*)$", r"\1 (edited)", text, count=1))

    add_second_article(small_project)
    quizgen.build(small_project)
    deck = small_project / "decks"
    backup = small_project.parent / "backup"
    shutil.copytree(deck, backup)
    edit(small_project / "question_bank" / "the-harbor-accord.yaml")
    quizgen.build(small_project)            # the deck now holds the new wording
    # the earlier deck and manifest put back, then another file changed
    shutil.rmtree(deck)
    shutil.copytree(backup, deck)
    edit(small_project / "question_bank" / "the-reef-compact.yaml")
    quizgen.build(small_project)
    edited = {q.id for q in quizgen.load_questions(small_project) if q.question.endswith("(edited)")}
    assert len(edited) == 2
    notes = read_manifest(deck / "harbor.apkg")["notes"]
    assert {n["id"] for n in notes.values() if any("(edited)" in f for f in n["fields"])} == edited


def test_the_kept_document_of_the_questions_across_articles_merges_as_its_file_does(small_project, tmp_path,
                                                                                  monkeypatch):
    import shutil
    from quizgen import api
    from quizgen.questions import ACROSS
    from quizgen.state import BuildState
    add_second_article(small_project)
    add_third_article(small_project)
    quizgen.build(small_project)
    copy = tmp_path / "copy"
    shutil.copytree(small_project, copy)
    state = BuildState(copy)
    assert list(state.cache.docs) == [f"question_bank/{ACROSS}.yaml"]
    state.cache.docs.clear()            # the copy parses its file
    state.save()
    for root in (small_project, copy):
        article = root / "seeds" / "harbor.md"
        article.write_text(article.read_text().replace("120 trawlers", "150 trawlers"))
    parsed: list[str] = []
    real = api.load_written_bank
    monkeypatch.setattr(api, "load_written_bank", lambda path, header: parsed.append(path.name) or real(path, header))
    quizgen.build(small_project)
    assert f"{ACROSS}.yaml" not in parsed
    quizgen.build(copy)
    assert f"{ACROSS}.yaml" in parsed
    for path in (small_project / "question_bank").iterdir():
        assert path.read_bytes() == (copy / "question_bank" / path.name).read_bytes(), path.name


def test_a_failed_build_does_not_hide_an_edit_made_before_it(small_project):
    import os
    from quizgen.errors import ProblemsError
    add_second_article(small_project)
    quizgen.build(small_project)
    bank = small_project / "question_bank"

    def settle(path: Path) -> None:
        """As if saved ten seconds ago: old enough for its size and time to be trusted."""
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns - 10**10))

    for path in bank.iterdir():
        settle(path)
    quizgen.build(small_project)
    harbor, reef = bank / "the-harbor-accord.yaml", bank / "the-reef-compact.yaml"
    harbor.write_text(harbor.read_text().replace("status: draft", "status: rejected", 1))
    settle(harbor)
    good = reef.read_text()
    reef.write_text(good.replace("status: draft", "status: xxxxx", 1))
    with pytest.raises(ProblemsError):
        quizgen.build(small_project)
    reef.write_text(good)
    result = quizgen.build(small_project)
    rejected = [q.id for q in quizgen.load_questions(small_project) if q.status == "rejected"]
    assert len(rejected) == 1 and result.deck is not None and result.deck.removed == rejected


def test_a_rebuild_counts_the_questions_of_files_it_left_alone(small_project):
    add_second_article(small_project)
    quizgen.build(small_project)
    total = len(quizgen.load_questions(small_project))
    # a sentence with no facts: the article is read again, and no bank file changes
    article = small_project / "seeds" / "harbor.md"
    article.write_text(article.read_text() + "\nThe talks were long.\n")
    result = quizgen.build(small_project)
    assert result.extract.merge.changed_files == []
    assert result.extract.merge.kept == total


def test_a_build_leaves_the_collector_as_it_found_it(small_project):
    import gc
    quizgen.build(small_project)
    article = small_project / "seeds" / "harbor.md"
    article.write_text(article.read_text().replace("120 trawlers", "150 trawlers"))
    before = gc.get_threshold()
    gc.freeze()                 # a program that froze objects of its own
    frozen = gc.get_freeze_count()
    try:
        quizgen.build(small_project)        # loads its cache
        # still frozen (some may have been freed), and nothing of the build's added
        assert 0 < gc.get_freeze_count() <= frozen and gc.get_threshold() == before
    finally:
        gc.unfreeze()
    quizgen.build(small_project)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def _collection(package: Path) -> bytes:
    import zipfile
    with zipfile.ZipFile(package) as zf:
        return zf.read("collection.anki2")


def _reword_first_question(path: Path) -> None:
    import re
    path.write_text(re.sub(r"(?m)^(  question: .*)$", r"\1 (edited)", path.read_text(), count=1))


def _same_second(monkeypatch) -> None:
    """A changed note's mod time is the clock's: two rebuilds compared byte for byte read the same second,
    however long each takes."""
    import types

    import quizgen.render.anki as anki
    monkeypatch.setattr(anki, "time", types.SimpleNamespace(time=lambda: 1_800_000_000.0))


def test_a_deck_rebuild_starts_from_the_kept_collection(small_project, monkeypatch):
    import shutil
    import zipfile
    _same_second(monkeypatch)
    add_second_article(small_project)
    quizgen.build(small_project)
    kept = small_project / ".quizgen" / "deck.anki2"
    assert kept.read_bytes() == _collection(small_project / "decks" / "harbor.apkg")
    # the same project without its kept collection: the package is unzipped instead
    reference = small_project.parent / "reference"
    shutil.copytree(small_project, reference)
    (reference / ".quizgen" / "deck.anki2").unlink()
    for project in (small_project, reference):
        _reword_first_question(project / "question_bank" / "the-harbor-accord.yaml")
    opened: list[str] = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open",
                        lambda self, name, *a, **k: opened.append(str(getattr(name, "filename", name)))
                        or real_open(self, name, *a, **k))
    quizgen.build(small_project)
    assert opened.count("collection.anki2") == 1        # written, never read
    opened.clear()
    quizgen.build(reference)
    assert opened.count("collection.anki2") == 2        # read from the package, then written
    package = small_project / "decks" / "harbor.apkg"
    assert package.read_bytes() == (reference / "decks" / "harbor.apkg").read_bytes()
    assert kept.read_bytes() == _collection(package)


def test_a_kept_collection_changed_since_is_not_used(small_project, monkeypatch):
    import shutil
    import sqlite3
    _same_second(monkeypatch)
    add_second_article(small_project)
    quizgen.build(small_project)
    reference = small_project.parent / "reference"
    shutil.copytree(small_project, reference)
    (reference / ".quizgen" / "deck.anki2").unlink()
    # something rewrites the kept collection: it no longer has the package's notes
    kept = small_project / ".quizgen" / "deck.anki2"
    conn = sqlite3.connect(kept)
    conn.execute("DELETE FROM notes")
    conn.commit()
    conn.close()
    for project in (small_project, reference):
        _reword_first_question(project / "question_bank" / "the-harbor-accord.yaml")
        quizgen.build(project)
    assert (small_project / "decks" / "harbor.apkg").read_bytes() == (reference / "decks" / "harbor.apkg").read_bytes()


def test_a_folders_files_are_named_as_each_one_alone_would_be(tmp_path):
    from quizgen.files import relative_in, relative_path
    root = tmp_path / "project"
    (root / "question_bank").mkdir(parents=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    for folder in (root / "question_bank", root, outside, root / "question_bank" / ".." / "question_bank"):
        name = relative_in(folder, root)
        assert name("a-b.yaml") == relative_path(folder / "a-b.yaml", root)


def test_a_quiz_made_beside_the_deck_is_the_one_made_after_it(small_project, monkeypatch):
    import shutil
    import quizgen.api as api
    add_second_article(small_project)
    inline = small_project.parent / "inline"
    shutil.copytree(small_project, inline)
    quizgen.build(inline)
    monkeypatch.setattr(api, "QUIZ_BESIDE_DECK_MIN", 1)      # every deck is "large"
    result = quizgen.build(small_project)
    assert result.quiz is not None and "quiz" in result.timings
    for part in ("quiz.html", "key.html"):
        assert (small_project / "decks" / f"harbor-{part}").read_text() == (inline / "decks" / f"harbor-{part}").read_text()
    stamps = lambda root: json.loads((root / ".quizgen" / "stamps.json").read_text())["outputs"]   # noqa: E731
    assert {k: v for k, v in stamps(small_project).items() if k.startswith("quiz")} == \
        {k: v for k, v in stamps(inline).items() if k.startswith("quiz")}


def test_a_broken_template_is_reported_from_the_quizs_own_process(small_project, monkeypatch):
    import quizgen.api as api
    from quizgen.errors import RenderError
    quizgen.build(small_project)
    monkeypatch.setattr(api, "QUIZ_BESIDE_DECK_MIN", 1)
    (small_project / "templates").mkdir()
    (small_project / "templates" / "quiz.html").write_text(
        '{% extends "builtin/quiz.html" %}\n{% block header %}{{ oops( }}{% endblock %}\n', encoding="utf-8")
    _reword_first_question(small_project / "question_bank" / "the-harbor-accord.yaml")   # the deck is made too
    with pytest.raises(RenderError) as caught:
        quizgen.build(small_project)
    assert caught.value.path and caught.value.path.endswith("quiz.html") and caught.value.line == 2


def test_errors_keep_their_place_when_pickled():
    import pickle
    from quizgen.errors import BankError, ProblemsError
    error = BankError("no answer", path="question_bank/a.yaml", line=12, column=3)
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again)) == (BankError, "question_bank/a.yaml:12:3: no answer")
    several = pickle.loads(pickle.dumps(ProblemsError([error], "1 problem")))
    assert str(several) == str(error) and several.message == "1 problem"


def test_a_changed_note_type_renders_the_deck_again(small_project, monkeypatch):
    # a new version of quizgen's card layout: the deck is written again with the new note types, the quiz is not
    import sqlite3
    import zipfile
    from quizgen.render import anki
    quizgen.build(small_project)
    monkeypatch.setattr(anki, "CARD_CSS", anki.CARD_CSS + "\n.qz-new-layout { color: teal; }\n")
    result = quizgen.build(small_project)
    assert result.deck is not None and result.quiz is None
    with zipfile.ZipFile(result.deck.path) as package:
        collection = small_project / "collection.anki2"
        collection.write_bytes(package.read("collection.anki2"))
    models = json.loads(sqlite3.connect(collection).execute("select models from col").fetchone()[0])
    assert all("qz-new-layout" in model["css"] for model in models.values())
    assert quizgen.build(small_project).deck is None      # and once written, it is up to date
