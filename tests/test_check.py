"""`quizgen check`: every problem in every file, at the line and column of the offending key."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from quizgen.bank import bank_schema, check_bank, check_document, problems_to_json
from quizgen.bank.io import load_bank_text
from quizgen.bank.validate import SCHEMA_PATH
from quizgen.cli import cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bank"
REPO = Path(__file__).resolve().parents[1]


def problems_in(text: str, name: str = "question_bank/a.yaml") -> list[str]:
    return [str(p) for p in check_document(load_bank_text(text, name), name)]


GOOD_ENTRY = """\
  - id: q1
    type: mcq
    status: draft
    question: Where was the accord signed?
    choices: [Bergen, Oslo, Tromso]
    answer: Bergen
"""


def test_broken_folder_gives_one_line_per_problem():
    lines = [str(p) for p in check_bank(FIXTURES / "broken", FIXTURES)]
    assert lines == (FIXTURES / "broken.expected").read_text().splitlines()
    # one line per file, except the two files that share one duplicate id
    files = sorted(p.name for p in (FIXTURES / "broken").glob("*.yaml"))
    assert len(lines) == len(files) - 1
    reported = {line.split(":")[0].split("/")[-1] for line in lines}
    assert reported == set(files) - {"duplicate-id-first.yaml"}


@pytest.mark.parametrize("name", sorted(p.stem for p in (FIXTURES / "broken").glob("*.yaml")
                                         if not p.stem.startswith("duplicate")))
def test_each_broken_file_alone_has_exactly_its_one_problem(tmp_path, name):
    bank = tmp_path / "question_bank"
    bank.mkdir()
    shutil.copy(FIXTURES / "broken" / f"{name}.yaml", bank)
    problems = check_bank(bank, tmp_path)
    expected = [line.replace("broken/", "question_bank/") for line in
                (FIXTURES / "broken.expected").read_text().splitlines() if f"/{name}.yaml:" in line]
    assert [str(p) for p in problems] == expected


def test_the_shipped_bank_has_no_problem_at_all():
    assert check_bank(REPO / "question_bank", REPO) == []


def test_unknown_keys_are_warnings_with_a_suggestion():
    text = "article: a\nquestions:\n" + GOOD_ENTRY + "    anwser: Oslo\n    difficulty: hard\n"
    problems = check_document(load_bank_text(text, "a.yaml"), "a.yaml")
    assert [p.severity for p in problems] == ["warning", "warning"]
    assert [str(p) for p in problems] == [
        "a.yaml:9:5: warning: question q1: unknown key `anwser` (did you mean `answer`?)",
        "a.yaml:10:5: warning: question q1: unknown key `difficulty`",
    ]


def test_nested_and_top_level_unknown_keys():
    text = ("article: a\ntitel: A\nquestions:\n" + GOOD_ENTRY
            + "    source: {article: a, sentense: It was signed in Bergen.}\n")
    assert problems_in(text, "a.yaml") == [
        "a.yaml:2:1: warning: unknown key `titel` (did you mean `title`?)",
        "a.yaml:10:26: warning: question q1: unknown key `source.sentense` (did you mean `source.sentence`?)",
    ]


def test_every_problem_of_a_file_is_reported_in_line_order():
    text = """\
questions:
  - id: q1
    type: essay
    status: approved
    question: ''
    answer: Bergen
  - id: q2
    type: tf
    status: draft
    question: The accord was signed in Oslo.
    answer: 'no'
  - id: q3
    type: side
    status: draft
    question: Which side favored a longer zone?
    answer: Norway
  - id: q4
    type: mcq
    status: draft
    question: Where?
    choices: [Bergen]
    answer: Bergen
"""
    assert problems_in(text, "a.yaml") == [
        "a.yaml:1:1: missing key `article`",
        "a.yaml:3:5: question q1: unknown type 'essay' (expected one of cloze, short, mcq, tf, side)",
        "a.yaml:5:5: question q1: `question` is empty",
        "a.yaml:11:5: question q2: a true/false answer must be True or False, not 'no'",
        "a.yaml:12:5: question q3 has no `choices`",
        "a.yaml:21:5: question q4: `choices` needs at least 2 items",
    ]


def test_types_are_named_in_the_teachers_words():
    text = """\
article: a
questions:
  - id: q1
    type: short
    status: draft
    question: When was it signed?
    answer: 1996-03-14
    tags: kind::date
    fact: {id: f1, kind: date, value: 1996}
  - id: q2
    type: short
    status: draft
    question: When?
    answer:
"""
    assert problems_in(text, "a.yaml") == [
        "a.yaml:7:5: question q1: `answer` must be text, not the date 1996-03-14 (put it in quotes: '1996-03-14')",
        "a.yaml:8:5: question q1: `tags` must be a list, not text",
        "a.yaml:9:32: question q1: `fact.value` must be text, not the number 1996 (put it in quotes: '1996')",
        "a.yaml:14:5: question q2: `answer` has no value",
    ]


def test_questions_must_be_a_list_and_the_file_a_mapping():
    assert problems_in("article: a\nquestions:\n  id: q1\n", "a.yaml") == [
        "a.yaml:2:1: `questions` must be a list, not a mapping"]
    assert problems_in("article: a\nquestions:\n", "a.yaml") == [
        "a.yaml:2:1: `questions` has no value; write [] for an empty list"]


def test_duplicate_ids_across_files_point_at_the_second(tmp_path):
    bank = tmp_path / "question_bank"
    bank.mkdir()
    (bank / "a.yaml").write_text("article: a\nquestions:\n" + GOOD_ENTRY)
    (bank / "b.yaml").write_text("article: b\nquestions:\n" + GOOD_ENTRY + GOOD_ENTRY)
    assert [str(p) for p in check_bank(bank, tmp_path)] == [
        "question_bank/b.yaml:3:5: question id q1 is already used at question_bank/a.yaml:3",
        "question_bank/b.yaml:9:5: question id q1 is already used at question_bank/a.yaml:3",
    ]


def test_unresolved_conflicts_and_misnamed_files_are_warnings(tmp_path):
    bank = tmp_path / "question_bank"
    bank.mkdir()
    entry = GOOD_ENTRY.replace("    status: draft\n", "    status: draft\n    conflict: {was: '1996', now: '1997'}\n")
    (bank / "b.yaml").write_text("article: a\nquestions:\n" + entry)
    (bank / "notes.yml").write_text("article: notes\n")
    assert [str(p) for p in check_bank(bank, tmp_path)] == [
        "question_bank/b.yaml:1:1: warning: article `a` is written to a.yaml, not to this file",
        "question_bank/b.yaml:6:5: warning: question q1: the article now says '1997', not '1996'; "
        "update the question and delete `conflict`, or reject it",
        "question_bank/notes.yml: warning: bank files end in .yaml; this file is not read",
    ]


def test_json_format_lists_file_line_column_severity_message():
    problems = check_bank(FIXTURES / "broken", FIXTURES)
    rows = json.loads(problems_to_json(problems))
    assert len(rows) == len(problems)
    assert set(rows[0]) == {"file", "line", "column", "severity", "message"}
    warning = next(r for r in rows if r["severity"] == "warning")
    assert warning == {"file": "broken/unknown-key.yaml", "line": 18, "column": 5, "severity": "warning",
                       "message": "question unknown-key-1: unknown key `coment` (did you mean `comment`?)"}


def test_the_schema_ships_in_the_package_and_accepts_the_shipped_bank():
    assert SCHEMA_PATH.parent.name == "schema" and SCHEMA_PATH.parent.parent.name == "quizgen"
    schema = bank_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    from ruamel.yaml import YAML
    for path in (REPO / "question_bank").glob("*.yaml"):
        data = json.loads(json.dumps(YAML(typ="safe").load(path.read_text(encoding="utf-8"))))
        jsonschema.validate(data, schema)


def test_the_format_doc_names_every_key_of_the_schema():
    doc = (REPO / "docs" / "bank-format.md").read_text(encoding="utf-8")
    question = bank_schema()["$defs"]["question"]["properties"]
    for key in list(bank_schema()["properties"]) + list(question):
        assert f"| `{key}` |" in doc, key


# -- the command, once `check --format` is wired in cli.py ------------------------

def _wired() -> bool:
    command = cli.commands["check"]
    return any(p.name == "fmt" or "--format" in getattr(p, "opts", []) for p in command.params)


@pytest.mark.skipif(not _wired(), reason="cli check has no --format yet")
def test_check_command_on_the_broken_folder(tmp_path):
    project = tmp_path / "p"
    shutil.copytree(FIXTURES / "broken", project / "question_bank")
    (project / "quizgen.toml").write_text('[project]\nid = "t"\nname = "T"\n')
    result = CliRunner().invoke(cli, ["check", "-C", str(project)])
    assert result.exit_code == 1
    expected = [line.replace("broken/", "question_bank/")
                for line in (FIXTURES / "broken.expected").read_text().splitlines()]
    assert result.stdout.splitlines() == expected
    as_json = CliRunner().invoke(cli, ["check", "-C", str(project), "--format", "json"])
    assert as_json.exit_code == 1
    assert [f"{r['file']}:{r['line']}" for r in json.loads(as_json.stdout)] == \
        [":".join(line.split(":")[:2]) for line in expected]


@pytest.mark.skipif(not _wired(), reason="cli check has no --format yet")
def test_check_command_warnings_alone_exit_0(tmp_path):
    project = tmp_path / "p"
    (project / "question_bank").mkdir(parents=True)
    (project / "question_bank" / "a.yaml").write_text("article: a\nquestions:\n" + GOOD_ENTRY + "    anwser: x\n")
    result = CliRunner().invoke(cli, ["check", "-C", str(project)])
    assert result.exit_code == 0
    assert "warning: question q1: unknown key `anwser`" in result.output
