"""The bank keeps the teacher's work across re-extractions."""
from __future__ import annotations

from pathlib import Path

import quizgen
from quizgen.bank.io import load_bank_file


def bank_file(project: Path) -> Path:
    return next((project / "question_bank").glob("*.yaml"))


def entry_block(text: str, qid: str) -> tuple[int, int]:
    lines = text.splitlines()
    start = lines.index(f"- id: {qid}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("- id: ")), len(lines))
    return start, end


def test_first_extraction_writes_one_file_per_article(small_project):
    result = quizgen.extract(small_project)
    files = list((small_project / "question_bank").glob("*.yaml"))
    assert [f.name for f in files] == ["the-harbor-accord.yaml"]
    doc = load_bank_file(files[0])
    assert doc["article"] == "the-harbor-accord"
    assert doc["title"] == "The Harbor Accord"
    for entry in doc["questions"]:
        assert {"id", "type", "question", "answer", "status", "source"} <= set(entry)
        assert entry["status"] == "draft"
        assert entry["source"]["sentence"]
        if entry["type"] in ("mcq", "side"):
            assert entry["answer"] in entry["choices"]
    assert result.merge.added == len(doc["questions"])


def test_edits_statuses_comments_and_handwritten_questions_survive(small_project):
    quizgen.extract(small_project)
    path = bank_file(small_project)
    doc = load_bank_file(path)
    ids = [e["id"] for e in doc["questions"]]
    edited, approved, rejected = ids[0], ids[1], ids[2]
    text = path.read_text()
    lines = text.splitlines()

    s, e = entry_block(text, edited)
    q = next(i for i in range(s, e) if lines[i].startswith("  question: "))
    lines[q] = "  question: My own clearer wording of this question?"
    lines.insert(q, "    # reworded for 9B - Ana")
    for qid, status in ((approved, "approved"), (rejected, "rejected")):
        s, e = entry_block("\n".join(lines), qid)
        st = next(i for i in range(s, e) if lines[i].startswith("  status: "))
        lines[st] = f"  status: {status}"
    lines += ["- id: my-own-question",
              "  type: short",
              "  status: approved",
              "  question: Why do fishing agreements matter to coastal towns?",
              "  answer: They protect jobs.",
              "  source:",
              "    article: the-harbor-accord",
              "    sentence: Iceland argued that the zone would harm its coastal towns."]
    path.write_text("\n".join(lines) + "\n")
    teacher_version = path.read_text()

    result = quizgen.extract(small_project)
    assert path.read_text() == teacher_version          # nothing needed rewriting
    assert result.merge.edited == 1
    assert result.merge.handwritten == 1
    assert result.merge.added == 0


def test_unedited_questions_follow_improved_wording_but_keep_status(small_project):
    quizgen.extract(small_project)
    path = bank_file(small_project)
    text = path.read_text()
    doc = load_bank_file(path)
    first = doc["questions"][0]
    # Pretend an older quizgen wrote different wording for an approved question.
    old_question = first["question"]
    text = text.replace("  status: draft", "  status: approved", 1)
    path.write_text(text)
    quizgen.extract(small_project)
    again = load_bank_file(path)["questions"][0]
    assert again["status"] == "approved"
    assert again["question"] == old_question


def test_questions_no_longer_generated_are_kept(small_project):
    quizgen.extract(small_project)
    path = bank_file(small_project)
    before = load_bank_file(path)
    article = small_project / "seeds" / "harbor.md"
    article.write_text(article.read_text().replace(
        "The accord limits each country to no more than 120 trawlers in the shared waters.\n\n", ""))
    result = quizgen.extract(small_project)
    after = load_bank_file(path)
    assert [e["id"] for e in before["questions"]] == [e["id"] for e in after["questions"]]
    assert result.merge.stale > 0
    gone = [e for e in after["questions"] if "trawlers" in e["source"]["sentence"]]
    assert gone and all(e["status"] == "stale" and e["stale_from"] == "draft" for e in gone)


def test_new_article_adds_a_file_and_leaves_others_alone(small_project):
    quizgen.extract(small_project)
    first = bank_file(small_project)
    before = first.read_bytes()
    (small_project / "seeds" / "river.txt").write_text(
        "The River Compact\n"
        "The River Compact between India and Pakistan was signed on 19 September 1960.\n")
    quizgen.extract(small_project)
    assert first.read_bytes() == before
    assert (small_project / "question_bank" / "the-river-compact.yaml").exists()


def test_shipped_bank_is_what_extract_produces(seed_project):
    """The committed question_bank/ is exactly quizgen's output on seeds/."""
    bank = seed_project / "question_bank"
    before = {p.name: p.read_bytes() for p in bank.glob("*.yaml")}
    result = quizgen.extract(seed_project)
    after = {p.name: p.read_bytes() for p in bank.glob("*.yaml")}
    assert result.merge.changed_files == []
    assert after == before
    assert result.merge.added == 0 and result.merge.stale == 0


def test_shipped_bank_has_no_stale_generated_wording(seed_project, tmp_path):
    """Re-extracting into an empty bank gives the committed files (statuses aside)."""
    import shutil
    shutil.rmtree(seed_project / "question_bank")
    quizgen.extract(seed_project)
    repo_bank = Path(__file__).resolve().parents[1] / "question_bank"
    for path in (seed_project / "question_bank").glob("*.yaml"):
        committed = (repo_bank / path.name).read_text()
        fresh = path.read_text()
        strip = lambda t: [l for l in t.splitlines() if not l.strip().startswith(("status:", "#", "comment:"))]
        assert strip(committed) == strip(fresh), path.name


def test_new_files_are_written_the_way_ruamel_rewrites_them():
    """A file quizgen writes fast must come back unchanged from a comment-keeping rewrite."""
    import io

    import yaml
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from quizgen.bank import HEADER, dump_new_bank
    from quizgen.bank.io import _yaml

    tricky = ["2010", "1e4127657599", "yes", "No", "null", "~", "a: b", "x #y", "#x", "- dash", "'quoted'",
              'say "hi"', "Кремль заявил", "ends with colon:", " lead", "trail ", "0x1f", ".inf", "true",
              "[1, 2]", "{a}", "it's", "tab\there", "line\nbreak", "50%", "@home", "`tick`", "*star", "&amp"]
    entry = CommentedMap([("id", "q-1"), ("type", "mcq"), ("status", "draft"), ("question", tricky[0]),
                          ("choices", CommentedSeq(tricky)), ("answer", tricky[0]),
                          ("source", CommentedMap([("article", "a"), ("sentence", "It's 50%: 'odd' #1")])),
                          ("tags", CommentedSeq(["kind::date"]))])
    doc = CommentedMap([("article", "a"), ("title", "yes"), ("source", ""), ("questions", CommentedSeq([entry]))])
    text = dump_new_bank(doc, HEADER)
    assert yaml.safe_load(text)["questions"][0]["choices"] == tricky
    rt = _yaml()
    out = io.StringIO()
    rt.dump(rt.load(text), out)
    assert out.getvalue() == text
    assert list(rt.load(text)["questions"][0]["choices"]) == tricky
