"""Merging re-extracted questions into the bank never loses the teacher's work.

One test per merge rule of docs/bank-format.md, then a property-based test
that applies random teacher actions and re-extracts many times.
"""
from __future__ import annotations

import difflib
import json
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule

import quizgen
from quizgen.bank import check_bank
from quizgen.bank.io import load_bank_file
from quizgen.bank.nodes import plain

BANK = "question_bank/the-harbor-accord.yaml"


def entries(project: Path, rel: str = BANK) -> dict[str, dict]:
    return {e["id"]: plain(e) for e in load_bank_file(project / rel)["questions"]}


def set_line(path: Path, qid: str, key: str, value: str) -> None:
    """Change one key of one question the way a teacher does in an editor: one line."""
    doc = load_bank_file(path)
    entry = next(e for e in doc["questions"] if e["id"] == qid)
    line = entry.lc.key(key)[0]
    lines = path.read_text(encoding="utf-8").split("\n")
    indent = lines[line][:len(lines[line]) - len(lines[line].lstrip())]
    lines[line] = f"{indent}{key}: {value}"
    path.write_text("\n".join(lines), encoding="utf-8")


def set_choice(path: Path, qid: str, index: int, value: str) -> None:
    """Change one of a question's choices, written one per line."""
    doc = load_bank_file(path)
    entry = next(e for e in doc["questions"] if e["id"] == qid)
    line = entry["choices"].lc.item(index)[0]
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line] = lines[line][:lines[line].index("- ") + 2] + value
    path.write_text("\n".join(lines), encoding="utf-8")


def edit_article(project: Path, old: str, new: str) -> None:
    article = project / "seeds" / "harbor.md"
    text = article.read_text(encoding="utf-8")
    assert old in text
    article.write_text(text.replace(old, new), encoding="utf-8")


def first(project: Path, type_: str, kind: str = "date") -> str:
    return next(qid for qid, e in entries(project).items()
                if e["type"] == type_ and e.get("fact", {}).get("kind") == kind)


def test_edited_wording_is_kept_even_when_quizgen_would_word_it_differently(small_project):
    quizgen.extract(small_project)
    path = small_project / BANK
    qid = first(small_project, "short")
    set_line(path, qid, "question", "On what day did Norway and Iceland sign the accord?")
    # The sentence changes around the fact: quizgen's own wording would change.
    edit_article(small_project, "in Bergen", "in the port of Bergen")
    result = quizgen.extract(small_project)
    entry = entries(small_project)[qid]
    assert entry["question"] == "On what day did Norway and Iceland sign the accord?"
    assert "port of Bergen" in entry["source"]["sentence"]      # quizgen's keys follow the article
    assert result.merge.edited == 1
    unedited = [e for e in entries(small_project).values() if "port of Bergen" in e["source"]["sentence"]
                and e["id"] != qid and e["type"] == "cloze"]
    assert unedited and all("port of Bergen" in e["question"] for e in unedited)


def test_approved_and_rejected_stay_and_rejected_never_comes_back(small_project):
    quizgen.extract(small_project)
    path = small_project / BANK
    approved, rejected = first(small_project, "short"), first(small_project, "cloze")
    set_line(path, approved, "status", "approved")
    set_line(path, rejected, "status", "rejected")
    quizgen.extract(small_project)
    assert entries(small_project)[approved]["status"] == "approved"
    assert entries(small_project)[rejected]["status"] == "rejected"
    # the sentence goes and comes back: the rejected question is never a draft again
    sentence = "It was signed on 14 March 1996 in Bergen and entered into force in January 1997."
    edit_article(small_project, sentence, "")
    quizgen.extract(small_project)
    assert entries(small_project)[rejected]["status"] == "rejected"
    assert entries(small_project)[approved]["status"] == "stale"
    edit_article(small_project, "Iceland. ", f"Iceland. {sentence}")
    quizgen.extract(small_project)
    after = entries(small_project)
    assert after[rejected]["status"] == "rejected" and after[approved]["status"] == "approved"
    assert [q for q in after.values() if q["status"] == "draft" and q["type"] == "cloze"
            and q.get("fact", {}).get("id") == after[rejected]["fact"]["id"]] == []


def test_hand_written_questions_are_kept_as_they_are(small_project):
    quizgen.extract(small_project)
    path = small_project / BANK
    mine = ("- id: my-own\n"
            "  type: short\n"
            "  status: approved    # mine\n"
            "  question: Why do fishing agreements matter to coastal towns?\n"
            "  answer: They protect jobs.\n")
    path.write_text(path.read_text() + mine)
    edit_article(small_project, "The accord limits each country to no more than 120 trawlers in the shared waters.\n\n", "")
    result = quizgen.extract(small_project)
    assert path.read_text().endswith(mine)
    assert result.merge.handwritten == 1


def test_comments_key_order_and_blank_lines_survive_a_rewrite(small_project):
    quizgen.extract(small_project)
    path = small_project / BANK
    qid = first(small_project, "short")
    text = path.read_text()
    text = text.replace(f"- id: {qid}\n", f"\n# dates: check these against the treaty text\n- id: {qid}\n")
    text = text.replace(f"- id: {qid}\n  type: short\n  status: draft\n",
                        f"- id: {qid}\n  status: approved  # Ana, 3 May\n  type: short\n")
    path.write_text(text)
    # removing a sentence makes quizgen rewrite the file (stale questions)
    edit_article(small_project, "The accord limits each country to no more than 120 trawlers in the shared waters.\n\n", "")
    quizgen.extract(small_project)
    after = path.read_text()
    assert after != text
    assert (f"\n\n# dates: check these against the treaty text\n- id: {qid}\n"
            f"  status: approved  # Ana, 3 May\n  type: short\n") in after
    assert "  status: stale\n  stale_from: draft\n" in after


def test_removed_sentence_marks_questions_stale_and_keeps_them(small_project):
    quizgen.extract(small_project)
    path = small_project / BANK
    before = entries(small_project)
    trawlers = [qid for qid, e in before.items() if e["fact"]["kind"] == "quantity"]
    set_line(path, trawlers[0], "status", "approved")
    original = path.read_bytes()
    sentence = "The accord limits each country to no more than 120 trawlers in the shared waters.\n\n"
    edit_article(small_project, sentence, "")
    result = quizgen.extract(small_project)
    after = entries(small_project)
    assert list(after) == list(before)
    assert after[trawlers[0]]["status"] == "stale" and after[trawlers[0]]["stale_from"] == "approved"
    assert all(after[q]["status"] == "stale" and after[q]["stale_from"] == "draft" for q in trawlers[1:])
    assert result.merge.stale == len(trawlers)
    assert all(q.status != "stale" for q in quizgen.api.load_questions(small_project) if q.id not in trawlers)
    # the article is corrected back: every status returns, and the file is as it was
    edit_article(small_project, "Norway favored", sentence + "Norway favored")
    result = quizgen.extract(small_project)
    assert path.read_bytes() == original
    assert result.merge.restored == len(trawlers)


def test_changed_value_is_flagged_with_both_values_not_rewritten(small_project):
    quizgen.extract(small_project)
    path = small_project / BANK
    short = first(small_project, "short")
    set_line(path, short, "status", "approved")
    set_line(path, short, "question", "When did the two countries sign the Harbor Accord?")
    before = entries(small_project)
    signed = [qid for qid, e in before.items() if e["fact"]["id"] == before[short]["fact"]["id"]]
    edit_article(small_project, "14 March 1996", "15 March 1996")
    result = quizgen.extract(small_project)
    after = entries(small_project)
    assert list(after) == list(before)                          # no new drafts, ids kept
    for qid in signed:
        assert after[qid]["conflict"] == {"was": "1996-03-14", "now": "1996-03-15"}
        assert after[qid]["question"] == before[qid]["question"]  # not silently rewritten
        assert after[qid]["fact"]["value"] == "1996-03-15"
    assert after[short]["status"] == "approved"
    assert result.merge.conflicts == len(signed) and result.merge.added == 0
    warnings = [p for p in check_bank(small_project / "question_bank", small_project) if "conflict" in p.message]
    assert len(warnings) == len(signed) and all(p.severity == "warning" for p in warnings)
    # unchanged input: nothing rewritten
    frozen = path.read_bytes()
    quizgen.extract(small_project)
    assert path.read_bytes() == frozen
    # the teacher resolves: deletes every conflict line
    path.write_text("".join(l for l in path.read_text().splitlines(True) if "conflict:" not in l))
    result = quizgen.extract(small_project)
    resolved = entries(small_project)
    assert result.merge.conflicts == 0 and result.merge.added == 0
    assert resolved[short]["question"] == "When did the two countries sign the Harbor Accord?"
    cloze = next(q for q in signed if resolved[q]["type"] == "cloze")
    assert "15 March 1996" in resolved[cloze]["question"]         # unedited: follows the article now


def test_rejecting_a_conflicted_question_resolves_it(small_project):
    quizgen.extract(small_project)
    path = small_project / BANK
    short = first(small_project, "short")
    edit_article(small_project, "14 March 1996", "15 March 1996")
    quizgen.extract(small_project)
    set_line(path, short, "status", "rejected")
    result = quizgen.extract(small_project)
    after = entries(small_project)
    assert after[short]["status"] == "rejected" and "conflict" not in after[short]
    assert result.merge.added == 0


def test_value_changing_back_clears_the_conflict(small_project):
    quizgen.extract(small_project)
    path = small_project / BANK
    original = path.read_bytes()
    edit_article(small_project, "14 March 1996", "15 March 1996")
    quizgen.extract(small_project)
    edit_article(small_project, "15 March 1996", "14 March 1996")
    quizgen.extract(small_project)
    assert path.read_bytes() == original


def test_new_facts_come_in_as_drafts_after_the_others(small_project):
    quizgen.extract(small_project)
    before = list(entries(small_project))
    edit_article(small_project, "Norway favored", "A joint commission was created in 1998. Norway favored")
    result = quizgen.extract(small_project)
    after = entries(small_project)
    assert list(after)[:len(before)] == before
    new = list(after)[len(before):]
    assert new and all(after[q]["status"] == "draft" for q in new)
    assert result.merge.added == len(new)


def test_unchanged_input_rewrites_nothing(small_project):
    quizgen.extract(small_project)
    bank = small_project / "question_bank"
    snapshot = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in bank.iterdir()}
    result = quizgen.extract(small_project)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in bank.iterdir()} == snapshot
    assert result.merge.changed_files == []


def test_summary_names_every_count(small_project):
    result = quizgen.extract(small_project)
    assert result.merge.summary() == f"{result.merge.added} added, 0 kept, 0 edited and kept, 0 stale, 0 conflicts"


# -- random teacher actions --------------------------------------------------------

HARBOR = ("---\ntitle: The Harbor Accord\n---\n\n"
          "The Harbor Accord is a fishing agreement between Norway and Iceland. "
          "It was signed on 14 March 1996 in Bergen and entered into force in January 1997.\n\n"
          "The accord limits each country to no more than 120 trawlers in the shared waters.\n\n"
          "Norway favored a longer protected zone, while Iceland argued that the zone "
          "would harm its coastal towns.\n")
NEW_ARTICLES = {
    "river.txt": ("The River Compact\n"
                  "The River Compact between India and Pakistan was signed on 19 September 1960. "
                  "It allows each country no more than 40 dams on the shared rivers.\n"),
    "arctic.md": ("---\ntitle: The Arctic Charter\n---\n\n"
                  "The Arctic Charter was signed by Canada and Denmark on 2 June 2004. "
                  "The charter limits each fleet to no more than 300 vessels.\n"),
}


class TeacherAndQuizgen(RuleBasedStateMachine):
    """A teacher edits the bank and the articles; quizgen re-extracts in between."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="quizgen-merge-"))
        (self.root / "seeds").mkdir()
        (self.root / "seeds" / "harbor.md").write_text(HARBOR, encoding="utf-8")
        (self.root / "quizgen.toml").write_text('[project]\nid = "t"\nname = "T"\n', encoding="utf-8")
        quizgen.extract(self.root)
        self.edits: dict[str, dict[str, object]] = {}      # id -> key -> value the teacher wrote
        self.statuses: dict[str, str] = {}
        self.comments: dict[str, str] = {}                  # comment text -> file
        self.mine: dict[str, tuple[str, dict]] = {}         # hand-written id -> (file, entry)
        self.counter = 0

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    # helpers
    def files(self) -> list[Path]:
        return sorted((self.root / "question_bank").glob("*.yaml"))

    def generated(self, data) -> tuple[Path, object]:
        choices = [(p, e) for p in self.files() for e in load_bank_file(p)["questions"] if "fact" in e]
        return data.draw(st.sampled_from(choices))

    def next(self) -> int:
        self.counter += 1
        return self.counter

    # what the teacher does
    @rule(data=st.data(), key=st.sampled_from(["question", "answer"]))
    def edit_wording(self, data, key):
        path, entry = self.generated(data)
        qid, n = entry["id"], self.next()
        if key == "question" or entry["type"] == "tf":
            value = f"{entry['question']} (reworded {n})"
            set_line(path, qid, "question", json.dumps(value, ensure_ascii=False))
            self.edits.setdefault(qid, {})["question"] = value
            return
        value = f"{entry['answer']} (edit {n})"
        if entry["type"] in ("mcq", "side"):
            choices = [value if c == entry["answer"] else str(c) for c in entry["choices"]]
            set_choice(path, qid, choices.index(value), json.dumps(value, ensure_ascii=False))
            self.edits.setdefault(qid, {})["choices"] = choices
        set_line(path, qid, "answer", json.dumps(value, ensure_ascii=False))
        self.edits.setdefault(qid, {})["answer"] = value

    @rule(data=st.data(), status=st.sampled_from(["approved", "rejected", "draft"]))
    def set_status(self, data, status):
        path, entry = self.generated(data)
        set_line(path, entry["id"], "status", status)
        self.statuses[entry["id"]] = status

    @rule(data=st.data(), indent=st.sampled_from(["", "  ", "    ", "      "]))
    def add_comment(self, data, indent):
        path = data.draw(st.sampled_from(self.files()))
        lines = path.read_text(encoding="utf-8").split("\n")
        start = lines.index("questions:") + 1
        at = data.draw(st.integers(start, len(lines) - 1))
        text = f"# teacher note {self.next()}"
        lines.insert(at, indent + text)
        path.write_text("\n".join(lines), encoding="utf-8")
        self.comments[text] = path.name

    @rule(data=st.data(), status=st.sampled_from(["draft", "approved", "rejected"]))
    def add_hand_written_question(self, data, status):
        path = data.draw(st.sampled_from(self.files()))
        qid = f"mine-{self.next()}"
        entry = {"id": qid, "type": "short", "status": status,
                 "question": f"What does question {qid} ask?", "answer": "Something the teacher knows."}
        text = "".join(f"{'- ' if i == 0 else '  '}{k}: {v}\n" for i, (k, v) in enumerate(entry.items()))
        body = path.read_text(encoding="utf-8")
        path.write_text(body + ("" if body.endswith("\n") else "\n") + text, encoding="utf-8")
        self.mine[qid] = (path.name, entry)

    @rule(data=st.data())
    def delete_a_sentence(self, data):
        article = data.draw(st.sampled_from(sorted((self.root / "seeds").iterdir())))
        text = article.read_text(encoding="utf-8")
        sentences = [s for s in re.findall(r"[A-Z][^.\n]*\.", text) if "title" not in s]
        if len(sentences) > 1:
            article.write_text(text.replace(data.draw(st.sampled_from(sentences)), "", 1), encoding="utf-8")

    @rule(data=st.data())
    def change_a_number(self, data):
        article = data.draw(st.sampled_from(sorted((self.root / "seeds").iterdir())))
        text = article.read_text(encoding="utf-8")
        numbers = list(re.finditer(r"\b\d+\b", text))
        if numbers:
            m = data.draw(st.sampled_from(numbers))
            article.write_text(text[:m.start()] + str(int(m.group()) + 1) + text[m.end():], encoding="utf-8")

    @rule(name=st.sampled_from(sorted(NEW_ARTICLES)))
    def add_an_article(self, name):
        (self.root / "seeds" / name).write_text(NEW_ARTICLES[name], encoding="utf-8")

    @rule()
    def re_extract(self):
        quizgen.extract(self.root)
        self.check_nothing_lost()
        # unchanged input: byte-identical files, untouched mtimes
        before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in self.files()}
        result = quizgen.extract(self.root)
        for path, (data, mtime) in before.items():
            assert path.read_bytes() == data, "".join(difflib.unified_diff(
                data.decode().splitlines(True), path.read_text().splitlines(True), "first", "second"))
            assert path.stat().st_mtime_ns == mtime
        assert result.merge.changed_files == [] and result.merge.added == 0

    def check_nothing_lost(self) -> None:
        texts = {p.name: p.read_text(encoding="utf-8") for p in self.files()}
        found = {}
        for path in self.files():
            for entry in load_bank_file(path)["questions"]:
                assert entry["id"] not in found, f"{entry['id']} twice"
                found[entry["id"]] = (path.name, plain(entry))
        assert [p for p in check_bank(self.root / "question_bank", self.root) if p.severity == "error"] == []
        for qid, keys in self.edits.items():
            _, entry = found[qid]
            for key, value in keys.items():
                assert entry[key] == value, (qid, key)
        for qid, status in self.statuses.items():
            _, entry = found[qid]
            if status == "rejected":
                assert entry["status"] == "rejected", qid
            else:
                assert entry["status"] == status or (entry["status"] == "stale" and entry["stale_from"] == status), qid
        for text, name in self.comments.items():
            assert texts[name].count(text + "\n") == 1, text
        for qid, (name, entry) in self.mine.items():
            assert found[qid] == (name, entry)


TeacherAndQuizgen.TestCase.settings = settings(
    max_examples=15, stateful_step_count=10, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_random_teacher_actions_never_lose_work = TeacherAndQuizgen.TestCase


# -- files exactly as quizgen wrote them ------------------------------------------

def _merge_both_ways(project: Path, change) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The bank after ``change`` and a re-extract: read the fast way, and only the round-trip way."""
    from unittest import mock
    quizgen.extract(project)
    slow = project.parent / "slow"
    shutil.copytree(project, slow)
    results = []
    for root, fast in ((project, True), (slow, False)):
        change(root)
        if fast:
            quizgen.extract(root)
        else:
            with mock.patch("quizgen.api.load_written_bank", return_value=None):
                quizgen.extract(root)
        results.append({p.name: p.read_bytes() for p in (root / "question_bank").glob("*.yaml")})
    return results[0], results[1]


def test_a_file_read_the_fast_way_merges_to_the_same_bytes(small_project):
    def change(root: Path) -> None:
        edit_article(root, "14 March 1996", "15 March 1996")                  # a conflict
        edit_article(root, "in the shared waters.", "in the shared waters. "
                     "A review was held in Reykjavik on 2 May 2001.")           # new facts
        (root / "data").mkdir(exist_ok=True)                                   # other word lists
        (root / "data" / "language.yaml").write_text("linking_openers: [Afterwards]\n", encoding="utf-8")
    fast, slow = _merge_both_ways(small_project, change)
    assert fast == slow
    assert b"conflict:" in fast["the-harbor-accord.yaml"]


def test_only_a_file_exactly_as_quizgen_wrote_it_is_read_the_fast_way(small_project):
    from quizgen.bank import HEADER
    from quizgen.bank.io import load_written_bank
    quizgen.extract(small_project)
    path = small_project / BANK
    text = path.read_text(encoding="utf-8")
    assert load_written_bank(path, HEADER) is not None
    for edited in (text.replace("\n- id:", "\n# checked\n- id:", 1),        # a comment
                   text.replace("status: draft", "status: 'draft'", 1),     # the teacher's quoting
                   text + "extra: &a [1]\nmore: *a\n"):                      # an alias
        path.write_text(edited, encoding="utf-8")
        assert load_written_bank(path, HEADER) is None
