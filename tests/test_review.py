"""`quizgen review`: the drafts one at a time, each decision saved at once."""
from __future__ import annotations

from pathlib import Path

import pytest

import quizgen
from quizgen.bank.io import load_bank_file
from quizgen.bank.nodes import plain
from quizgen.review import review

BANK = "question_bank/the-harbor-accord.yaml"


class Terminal:
    """Scripted keys and editor results; records what was printed."""

    def __init__(self, keys: str, edits: list | None = None) -> None:
        self.keys = list(keys)
        self.edits = list(edits or [])
        self.shown: list[str] = []
        self.edited: list[str] = []

    def prompt(self) -> str:
        if not self.keys:
            raise KeyboardInterrupt        # as click.getchar does on Ctrl-C
        return self.keys.pop(0)

    def echo(self, text: str) -> None:
        self.shown.append(text)

    def edit(self, text: str) -> str | None:
        self.edited.append(text)
        change = self.edits.pop(0)
        return change(text) if callable(change) else change

    def run(self, project: Path, **kwargs):
        return review(project, prompt=self.prompt, echo=self.echo, edit=self.edit, **kwargs)

    @property
    def output(self) -> str:
        return "\n".join(self.shown)


def statuses(project: Path) -> list[tuple[str, str]]:
    return [(e["id"], e["status"]) for e in load_bank_file(project / BANK)["questions"]]


@pytest.fixture
def drafts(small_project: Path) -> Path:
    quizgen.extract(small_project)
    return small_project


def test_approve_reject_skip_then_quit_saves_each_decision(drafts):
    ids = [qid for qid, _ in statuses(drafts)]
    terminal = Terminal("arsq")
    summary = terminal.run(drafts)
    assert statuses(drafts)[:4] == [(ids[0], "approved"), (ids[1], "rejected"), (ids[2], "draft"), (ids[3], "draft")]
    assert (summary.approved, summary.rejected, summary.skipped, summary.left) == (1, 1, 1, len(ids) - 3)
    assert summary.summary() == f"1 approved, 1 rejected, 0 edited, 1 skipped; {len(ids) - 3} drafts left to review"


def test_each_question_is_shown_with_its_answer_and_source_sentence(drafts):
    terminal = Terminal("q")
    terminal.run(drafts)
    first = load_bank_file(drafts / BANK)["questions"][0]
    shown = terminal.shown[0]
    assert f"[1/{len(statuses(drafts))}] {first['id']} ({first['type']}) - {BANK}:8" in shown
    assert f"  Question: {first['question']}" in shown
    assert f"  Answer:   {first['answer']}" in shown
    assert f"  Source:   {first['source']['sentence']}" in shown
    assert "[a]pprove  [r]eject  [e]dit  [s]kip  [q]uit" in shown


def test_a_multiple_choice_question_shows_its_lettered_choices(drafts):
    entries = load_bank_file(drafts / BANK)["questions"]
    position = next(i for i, e in enumerate(entries) if e["type"] == "mcq")
    terminal = Terminal("s" * position + "q")
    terminal.run(drafts)
    mcq = entries[position]
    shown = terminal.shown[position]
    for letter, choice in zip("abcd", mcq["choices"]):
        assert f"{'*' if choice == mcq['answer'] else ' '}{letter}) {choice}" in shown


def test_ctrl_c_is_a_quit_and_earlier_decisions_are_kept(drafts):
    terminal = Terminal("a")              # then Ctrl-C
    summary = terminal.run(drafts)
    assert statuses(drafts)[0][1] == "approved"
    assert summary.left == len(statuses(drafts)) - 1


def test_other_keys_show_the_help_again(drafts):
    terminal = Terminal("x?a" + "q")
    terminal.run(drafts)
    assert terminal.shown.count("[a]pprove  [r]eject  [e]dit  [s]kip  [q]uit") == 2
    assert statuses(drafts)[0][1] == "approved"


def test_edit_saves_the_new_wording_keeps_comments_and_asks_again(drafts):
    path = drafts / BANK
    text = path.read_text()
    first = load_bank_file(path)["questions"][0]
    path.write_text(text.replace(f"- id: {first['id']}\n", f"# keep this one short\n- id: {first['id']}\n"))
    terminal = Terminal("ea", [lambda t: t.replace(first["question"], "Which two countries signed the accord?")
                               + "comment: reworded for 9B\n"])
    summary = terminal.run(drafts)
    after = plain(load_bank_file(path)["questions"][0])
    assert after["question"] == "Which two countries signed the accord?"
    assert after["comment"] == "reworded for 9B"
    assert after["status"] == "approved"
    assert "# keep this one short\n" in path.read_text()
    assert summary.edited == 1 and summary.approved == 1
    assert terminal.edited[0].startswith("# Edit the question")
    assert f"question: {first['question']}" in terminal.edited[0]
    # quizgen now sees a teacher's edit and keeps it
    result = quizgen.extract(drafts)
    assert result.merge.edited == 1
    assert plain(load_bank_file(path)["questions"][0])["question"] == "Which two countries signed the accord?"


@pytest.mark.parametrize("result, message", [
    ("question: ''\nanswer: x\n", "Not saved: question"),
    ("question: [unclosed\n", "Not saved: your edit:1:11: malformed YAML"),
    ("- a list\n", "Not saved: your edit must be keys and values"),
    ("question: Q?\nanswer: A\nstatus: approved\n", "Not saved: only question, choices, answer, comment can be changed here, not status"),
    ("question: Q?\nanswer: !!python/object/apply:os.system [true]\n", "Not saved: your edit:2:9: tags like"),
])
def test_an_invalid_edit_is_shown_and_the_old_question_kept(drafts, result, message):
    before = (drafts / BANK).read_bytes()
    terminal = Terminal("eq", [result])
    summary = terminal.run(drafts)
    assert any(line.startswith(message) for line in terminal.shown), terminal.shown
    assert (drafts / BANK).read_bytes() == before
    assert summary.edited == 0


def test_an_mcq_edit_is_checked_against_its_choices(drafts):
    entries = load_bank_file(drafts / BANK)["questions"]
    position = next(i for i, e in enumerate(entries) if e["type"] == "mcq")
    before = (drafts / BANK).read_bytes()
    mcq = entries[position]
    terminal = Terminal("s" * position + "eq", [lambda t: t.replace(f"answer: {mcq['answer']}", "answer: Nowhere")])
    terminal.run(drafts)
    assert "Not saved: question " + mcq["id"] + ": the answer 'Nowhere' is not one of its choices" in terminal.shown
    assert (drafts / BANK).read_bytes() == before


def test_closing_the_editor_without_saving_changes_nothing(drafts):
    before = (drafts / BANK).read_bytes()
    terminal = Terminal("eq", [None])
    terminal.run(drafts)
    assert "No change." in terminal.shown
    assert (drafts / BANK).read_bytes() == before


def test_a_question_changed_meanwhile_is_not_overwritten(drafts):
    path = drafts / BANK
    first, second = [qid for qid, _ in statuses(drafts)][:2]

    class Meanwhile(Terminal):
        def prompt(self) -> str:
            key = super().prompt()
            if key == "r":         # someone approves the question on screen by hand meanwhile
                path.write_text(path.read_text().replace("status: draft", "status: approved", 1))
            return key

    terminal = Meanwhile("ars")
    summary = terminal.run(drafts)
    assert statuses(drafts)[:2] == [(first, "approved"), (second, "approved")]
    assert f"{second} was changed in {BANK} meanwhile; not saved" in terminal.shown
    assert (summary.approved, summary.rejected) == (1, 0)


def test_only_drafts_are_reviewed_and_one_article_can_be_chosen(drafts):
    path = drafts / BANK
    path.write_text(path.read_text().replace("status: draft", "status: approved"))
    terminal = Terminal("")
    summary = terminal.run(drafts)
    assert terminal.shown == [] and summary.left == 0
    terminal = Terminal("", [])
    assert terminal.run(drafts, article="another-article").summary().startswith("0 approved")
