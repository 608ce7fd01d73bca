"""The command line, run as a user runs it, on projects in ``tmp_path``."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from quizgen.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_every_command_has_help():
    for command in ("init", "extract", "check", "build", "export"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Usage:" in result.output


def test_init_makes_a_project_that_builds(tmp_path):
    project = tmp_path / "civics"
    result = run("init", str(project))
    assert result.exit_code == 0, result.output
    config = (project / "quizgen.toml").read_text()
    assert "[project]" in config and "# " in config   # commented config
    assert list((project / "seeds").iterdir())          # an example article
    result = run("build", "-C", str(project))
    assert result.exit_code == 0, result.output
    assert list((project / "decks").glob("*.apkg"))
    assert list((project / "decks").glob("*-quiz.pdf"))
    assert list((project / "decks").glob("*-key.pdf"))
    assert list((project / "question_bank").glob("*.yaml"))


def test_init_refuses_an_existing_project(tmp_path):
    run("init", str(tmp_path / "p"))
    result = run("init", str(tmp_path / "p"))
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert "quizgen.toml: a quizgen project already exists here" in result.output


def test_build_writes_deck_quiz_and_key(small_project):
    result = run("build", "-C", str(small_project))
    assert result.exit_code == 0, result.output
    decks = small_project / "decks"
    assert (decks / "harbor.apkg").exists()
    for name in ("harbor-quiz.pdf", "harbor-quiz.html", "harbor-key.pdf", "harbor-key.html"):
        assert (decks / name).exists(), name
    assert "deck: " in result.output and "quiz: " in result.output


def test_second_build_changes_nothing_in_the_bank(small_project):
    run("build", "-C", str(small_project))
    bank = small_project / "question_bank"
    before = snapshot(bank)
    mtimes = {p: p.stat().st_mtime_ns for p in bank.iterdir()}
    result = run("build", "-C", str(small_project))
    assert result.exit_code == 0
    assert snapshot(bank) == before
    assert {p: p.stat().st_mtime_ns for p in bank.iterdir()} == mtimes


def test_group_option_and_command_option_both_choose_the_project(small_project):
    assert run("-C", str(small_project), "extract").exit_code == 0
    assert run("extract", "-C", str(small_project)).exit_code == 0


def test_malformed_bank_file_is_an_error_and_nothing_is_written(small_project):
    run("extract", "-C", str(small_project))
    bank_file = next((small_project / "question_bank").glob("*.yaml"))
    lines = bank_file.read_text().splitlines()
    lines[8] = '    question: "an unterminated quote'  # line 9
    bank_file.write_text("\n".join(lines) + "\n")
    before = snapshot(small_project)
    result = run("build", "-C", str(small_project))
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(f"Error: question_bank/{bank_file.name}:")
    line_number = int(first.split(":")[2])
    assert 9 <= line_number <= 11
    assert snapshot(small_project) == before


def test_invalid_bank_entry_names_file_and_line(small_project):
    run("extract", "-C", str(small_project))
    bank_file = next((small_project / "question_bank").glob("*.yaml"))
    text = bank_file.read_text()
    text = text.replace("status: draft", "status: maybe", 1)
    bank_file.write_text(text)
    line = text.splitlines().index("  status: maybe") + 1
    result = run("check", "-C", str(small_project))
    assert result.exit_code == 1
    assert f"question_bank/{bank_file.name}:{line}:3: " in result.output
    assert "unknown status 'maybe'" in result.output
    build = run("build", "-C", str(small_project))
    assert build.exit_code == 1
    assert f"Error: question_bank/{bank_file.name}:{line}:3: " in build.output


def test_check_on_a_good_bank_prints_nothing(seed_project):
    result = run("check", "-C", str(seed_project))
    assert result.exit_code == 0
    assert result.output == ""


def test_unreadable_article_is_skipped_and_the_run_fails(small_project):
    (small_project / "seeds" / "broken.txt").write_bytes(b"Title\n\xff\xfe bad bytes here.\n")
    (small_project / "seeds" / "empty.md").write_text("")
    result = run("build", "-C", str(small_project))
    assert result.exit_code == 1
    assert "Error: seeds/broken.txt:2: file is not UTF-8 text" in result.output
    assert "Error: seeds/empty.md: file is empty" in result.output
    # the readable article was still built
    assert (small_project / "decks" / "harbor.apkg").exists()


def test_export_jsonl_to_stdout_and_file(small_project):
    run("extract", "-C", str(small_project))
    result = run("export", "-C", str(small_project), "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows
    for row in rows:
        assert set(row) == {"id", "article", "type", "question", "answer", "choices",
                            "source_sentence", "status"}
    out = small_project / "questions.jsonl"
    result = run("export", "-C", str(small_project), "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").splitlines() == [json.dumps(r, ensure_ascii=False) for r in rows]


def test_bad_flag_is_a_usage_error(small_project):
    result = CliRunner().invoke(cli, ["build", "-C", str(small_project), "--paper", "a3"])
    assert result.exit_code == 2
    result = CliRunner().invoke(cli, ["export", "--format", "pdf"])
    assert result.exit_code == 2


def test_flags_override_the_config(small_project):
    result = run("build", "-C", str(small_project), "--deck-name", "Civics 9B", "--count", "3")
    assert result.exit_code == 0, result.output
    assert (small_project / "decks" / "civics-9b.apkg").exists()
    assert "(3 questions" in result.output


def test_missing_project_folder_is_an_error(tmp_path):
    result = run("build", "-C", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert "nowhere: project folder not found" in result.output
