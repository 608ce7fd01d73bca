"""Reading source files (.txt, .md, .html) into articles."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from quizgen.errors import SourceError
from quizgen.model import Article
from quizgen.sources import READERS, read_file, read_sources
from quizgen.sources.slug import slugify

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
SEED = Path(__file__).parent.parent / "seeds" / "putin-trump-phone-talks.txt"


def read_seeds(tmp_path: Path, *names: str) -> tuple[list[Article], list[SourceError]]:
    """Copy fixtures into ``tmp_path/seeds`` and read them as a project would."""
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / name, seeds / name)
    return read_sources(seeds)


def read_one(tmp_path: Path, name: str) -> list[Article]:
    articles, problems = read_seeds(tmp_path, name)
    assert problems == []
    return articles


def problem_of(tmp_path: Path, name: str, data: bytes | None = None) -> tuple[str | None, int | None, str]:
    """The one problem reading a fixture (or ``data`` saved as ``name``) gives."""
    if data is None:
        articles, problems = read_seeds(tmp_path, name)
    else:
        (tmp_path / "seeds").mkdir()
        (tmp_path / "seeds" / name).write_bytes(data)
        articles, problems = read_sources(tmp_path / "seeds")
    assert articles == []
    assert len(problems) == 1
    return problems[0].path, problems[0].line, problems[0].message


# --- the seed article -------------------------------------------------------

def test_seed_file_holds_three_articles_under_a_collection_heading(tmp_path):
    articles, problems = read_sources(SEED.parent)
    assert problems == []
    assert [(a.title, a.line) for a in articles] == [
        ("Election Interference Allegations And Bilateral Relations Reconciliation Talks", 2),
        ("Ukraine Crisis And Territorial Disputes Addressed In The Call", 8),
        ("Strategic Arms Reduction And Nuclear Diplomacy In Putin-Trump Discussions", 15),
    ]
    assert {a.path for a in articles} == {"seeds/putin-trump-phone-talks.txt"}
    assert {a.source for a in articles} == {
        "Putin-Trump Phone Talks: Diplomacy, Strategy, and Global Dynamics in Focus"}


def test_seed_paragraphs_are_the_source_lines_unchanged():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    first, second, third = read_file(SEED, "seeds/putin-trump-phone-talks.txt")
    assert first.paragraphs == tuple(lines[2:7])
    assert second.paragraphs == tuple(lines[8:14])
    assert third.paragraphs == tuple(lines[15:19])
    assert "U.S.-Russia relations, particularly regarding the Ukraine crisis" in second.text


# --- .txt -----------------------------------------------------------------

def test_single_article_with_blank_lines_between_paragraphs(tmp_path):
    [article] = read_one(tmp_path, "single_article.txt")
    assert article == Article(
        slug="the-lake-varna-water-accord",
        title="The Lake Varna Water Accord",
        paragraphs=(
            "Signed on 4 May 1961, the Lake Varna Water Accord divided the lake’s water "
            "between Ostrava and Belmont.",
            "Each side agreed to draw no more than 40 million cubic metres a year — "
            "a figure both called “fair”.",
        ),
        path="seeds/single_article.txt", line=1)


def test_several_articles_each_start_at_a_title_line(tmp_path):
    articles = read_one(tmp_path, "several_articles.txt")
    assert [(a.slug, a.line, len(a.paragraphs), a.source) for a in articles] == [
        ("the-treaty-of-pellan", 1, 2, ""),
        ("the-northern-fisheries-convention", 4, 2, ""),
    ]


def test_collection_heading_becomes_the_source_and_quotes_are_stripped(tmp_path):
    articles = read_one(tmp_path, "collection_heading.txt")
    assert [(a.title, a.line) for a in articles] == [
        ("The Harbour Neutrality Pact", 2), ("The Inner Sea Lighthouse Agreement", 5)]
    assert {a.source for a in articles} == {"Treaties of the Inner Sea: A Short History"}


def test_quotes_wrapping_a_whole_title_are_stripped(tmp_path):
    articles = read_one(tmp_path, "quoted_titles.txt")
    assert [a.title for a in articles] == [
        "The Arden Grain Treaty", "The Velmar Toll Agreement", "The “Silent” Clause"]


def test_file_starting_with_a_paragraph_is_titled_from_its_name(tmp_path):
    [article] = read_one(tmp_path, "untitled_article.txt")
    assert (article.title, article.slug, article.line) == (
        "Untitled article", "untitled-article", 1)
    assert len(article.paragraphs) == 2


def test_short_lines_ending_like_sentences_are_paragraphs(tmp_path):
    [article] = read_one(tmp_path, "sentence_punctuation.txt")
    assert article.paragraphs == (
        "The protocol was short.", "Was it ever enforced?", "Three limits applied:",
        "Tanks, guns; and ships;", "Delegates called it “a truce, not a peace.”",
        "It lasted until 1930!", "The ministers waited…")


def test_long_line_without_punctuation_is_a_paragraph(tmp_path):
    [article] = read_one(tmp_path, "long_line_without_punctuation.txt")
    assert article.title == "The Ostrava Rail Treaty"
    assert article.paragraphs[0].endswith("a single station at Kell")


def test_spaces_and_tabs_are_collapsed_but_wording_is_kept(tmp_path):
    [article] = read_one(tmp_path, "uneven_spacing.txt")
    assert article.title == "The Belmont Canal Treaty"
    assert article.paragraphs == (
        "The canal was opened in 1901, after the “Belmont Treaty” — signed in 1899.",)


def test_title_without_paragraphs_is_a_problem(tmp_path):
    assert problem_of(tmp_path, "title_without_paragraphs.txt") == (
        "seeds/title_without_paragraphs.txt", 3, "title line with no paragraphs after it")


def test_windows_line_ends_and_byte_order_mark_are_accepted(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "windows.txt").write_bytes(
        b"\xef\xbb\xbfThe Kell Bridge Treaty\r\nThe bridge opened in 1890.\r\n")
    [article], problems = read_sources(seeds)
    assert problems == []
    assert (article.title, article.paragraphs) == (
        "The Kell Bridge Treaty", ("The bridge opened in 1890.",))


# --- files that cannot be read --------------------------------------------

def test_empty_file_is_a_problem(tmp_path):
    assert problem_of(tmp_path, "empty.txt") == ("seeds/empty.txt", None, "file is empty")


def test_whitespace_only_file_is_empty(tmp_path):
    assert problem_of(tmp_path, "blank.md", b"\xef\xbb\xbf \n\t\n") == (
        "seeds/blank.md", None, "file is empty")


def test_binary_file_is_a_problem(tmp_path):
    assert problem_of(tmp_path, "binary.txt", b"PK\x03\x04\x00\x00title") == (
        "seeds/binary.txt", None, "file is binary, not text")


def test_file_not_in_utf8_names_the_line_of_the_first_bad_byte(tmp_path):
    data = "The Treaty of Pellan\nIt was signed at Sète in 1843.\n".encode("latin-1")
    assert problem_of(tmp_path, "not_utf8.txt", data) == (
        "seeds/not_utf8.txt", 2, "file is not UTF-8 text (invalid byte at line 2)")


def test_a_bad_file_is_skipped_and_the_others_still_read(tmp_path):
    articles, problems = read_seeds(tmp_path, "empty.txt", "single_article.txt")
    assert [a.path for a in articles] == ["seeds/single_article.txt"]
    assert [str(p) for p in problems] == ["seeds/empty.txt: file is empty"]


def test_duplicate_slug_is_a_problem_for_the_second_article(tmp_path):
    articles, problems = read_seeds(
        tmp_path, "duplicate_title_first.txt", "duplicate_title_second.txt")
    assert [a.path for a in articles] == ["seeds/duplicate_title_first.txt"]
    assert [(p.path, p.line, p.message) for p in problems] == [(
        "seeds/duplicate_title_second.txt", 1,
        "article slug 'the-treaty-of-pellan' is already used by "
        "seeds/duplicate_title_first.txt:1; give this article a different title")]


# --- which files are read -------------------------------------------------

def test_subfolders_are_read_in_path_order_and_other_files_ignored(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "b").mkdir(parents=True)
    (seeds / ".drafts").mkdir()
    for name in ("several_articles.txt", "no_title.md"):
        shutil.copy(FIXTURES / name, seeds / "b" / name)
    shutil.copy(FIXTURES / "page_without_article.html", seeds / "a.HTM")
    shutil.copy(FIXTURES / "single_article.txt", seeds / ".hidden.txt")
    shutil.copy(FIXTURES / "untitled_article.txt", seeds / ".drafts" / "draft.txt")
    (seeds / "notes.rst").write_text("Not read.\n", encoding="utf-8")
    (seeds / "image.png").write_bytes(b"\x89PNG\x00")
    articles, problems = read_sources(seeds)
    assert problems == []
    assert [(a.path, a.line) for a in articles] == [
        ("seeds/a.HTM", 3),
        ("seeds/b/no_title.md", 1),
        ("seeds/b/several_articles.txt", 1),
        ("seeds/b/several_articles.txt", 4),
    ]


def test_paths_are_relative_to_the_given_root(tmp_path):
    read_seeds(tmp_path, "single_article.txt")
    [article], _ = read_sources(tmp_path / "seeds", root=tmp_path.parent)
    assert article.path == f"{tmp_path.name}/seeds/single_article.txt"


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(SourceError) as caught:
        read_sources(tmp_path / "seeds")
    assert str(caught.value) == "seeds: folder of source articles not found"


def test_every_extension_has_a_reader():
    assert sorted(READERS) == [".htm", ".html", ".markdown", ".md", ".txt"]


# --- .md ------------------------------------------------------------------

def test_front_matter_gives_title_source_and_date(tmp_path):
    [article] = read_one(tmp_path, "front_matter.md")
    assert article == Article(
        slug="the-kelmor-banks-convention", title="The Kelmor Banks Convention",
        paragraphs=("The Kelmor Banks Convention closed the banks to trawlers.",
                    "It was renewed in 1922."),
        path="seeds/front_matter.md", line=2,
        source="Inner Sea Review, No. 12", date="1912-06-30",
        headings=((0, 1, "A heading that is not the title"),))


def test_first_heading_is_the_title_and_sub_headings_are_left_out(tmp_path):
    [article] = read_one(tmp_path, "heading_title.md")
    assert (article.title, article.line) == ("The Treaty of Ashe Ford", 1)
    assert article.paragraphs == (
        "The Treaty of Ashe Ford was signed in 1766 by the river lords.",
        "Each lord kept a ferry.")


def test_markdown_without_title_is_titled_from_its_name(tmp_path):
    [article] = read_one(tmp_path, "no_title.md")
    assert (article.title, article.slug, article.line) == ("No title", "no-title", 1)


def test_markdown_syntax_is_removed_and_the_words_kept(tmp_path):
    [article] = read_one(tmp_path, "markdown_syntax.md")
    assert article.title == "The Tessa Harbour Rules"
    assert article.paragraphs == (
        "The rules were agreed in 1902 by the harbour board and published as Order 7.",
        "Warships could stay for three days.",
        "Merchant ships paid a toll of 2 * 5 silver marks.",
        "Pilots were required for ships over 40 metres.",
        "The harbour shall be open to all flags, said the board’s secretary.",
        "A snake_case_name stays as written, and so does 5 * 3.",
        "See the full text and https://example.org/rules.",
    )


def test_malformed_front_matter_names_the_line(tmp_path):
    assert problem_of(tmp_path, "malformed_front_matter.md") == (
        "seeds/malformed_front_matter.md", 3,
        "front matter is not valid YAML: expected ',' or ']', but got '<stream end>'")


def test_unclosed_front_matter_is_a_problem(tmp_path):
    assert problem_of(tmp_path, "unclosed_front_matter.md") == (
        "seeds/unclosed_front_matter.md", 1, "front matter has no closing '---' line")


# --- .html ----------------------------------------------------------------

def test_page_chrome_is_dropped_and_article_text_kept(tmp_path):
    [article] = read_one(tmp_path, "page_with_nav.html")
    assert article == Article(
        slug="the-harbour-neutrality-pact", title="The Harbour Neutrality Pact",
        paragraphs=(
            "The harbour of Tessa was declared neutral in 1902.",
            "Warships could stay for three days.",
            "Merchant ships paid no toll.",
            "Fishing boats were exempt.",
            "The harbour belongs to no flag.",
            "Line one line two\u00a0stays.",
        ),
        path="seeds/page_with_nav.html", line=16,
        source="https://example.org/harbour-pact", date="1902-03-14", headings=((1, 2, "Terms"),))


def test_page_without_article_reads_body_title_tag_and_og_url(tmp_path):
    [article] = read_one(tmp_path, "page_without_article.html")
    assert (article.title, article.line, article.source, article.date) == (
        "The Velmar Toll Agreement", 3, "https://example.org/velmar", "1802-07-01")
    assert article.paragraphs == (
        "The toll on the Velmar bridge was halved in July 1802.",
        "Both towns kept the old toll house.")


def test_page_without_text_is_a_problem(tmp_path):
    assert problem_of(tmp_path, "page_without_text.html") == (
        "seeds/page_without_text.html", None, "no article text found")


# --- slugs ----------------------------------------------------------------

def test_slug_is_lowercase_ascii_with_hyphens():
    assert slugify("Russia’s “New START” Talks: 2021!") == "russias-new-start-talks-2021"
    assert slugify("Traité de Genève, Straße & Øresund") == "traite-de-geneve-strasse-oresund"


def test_long_slug_is_cut_on_a_word_boundary():
    slug = slugify("Strategic Arms Reduction And Nuclear Diplomacy In Putin-Trump Discussions")
    assert slug == "strategic-arms-reduction-and-nuclear-diplomacy-in-putin"
    assert len(slugify("word " * 30)) <= 60


def test_title_without_ascii_letters_gets_a_stable_hash_slug():
    slug = slugify("Договор о ракетах средней дальности")
    assert re.fullmatch(r"article-[0-9a-f]{8}", slug)
    assert slug == slugify("Договор о ракетах средней дальности")
    assert slug == "article-1756ad06"      # ids derive from slugs: it must never change
    assert slugify("Договор СНВ") != slug


def test_an_unchanged_file_is_not_parsed_again(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text("# Accord A\n\nThe accord was signed in 1961.\n", encoding="utf-8")
    (seeds / "b.md").write_text("# Accord B\n\nThe accord was signed in 1972.\n", encoding="utf-8")
    parsed: list[str] = []
    read = READERS[".md"]
    monkeypatch.setitem(READERS, ".md", lambda path, text, rel: parsed.append(rel) or read(path, text, rel))
    memo: dict = {}
    first, _ = read_sources(seeds, memo=memo)
    assert parsed == ["seeds/a.md", "seeds/b.md"]
    again, _ = read_sources(seeds, memo=memo)
    assert again == first and parsed == ["seeds/a.md", "seeds/b.md"]       # nothing parsed again
    (seeds / "b.md").write_text("# Accord B\n\nThe accord was signed in 1973.\n", encoding="utf-8")
    (seeds / "a.md").unlink()
    changed, _ = read_sources(seeds, memo=memo)
    assert parsed[2:] == ["seeds/b.md"] and "1973" in changed[0].text
    assert set(memo) == {"seeds/b.md"}                                       # a removed file is forgotten


def test_articles_read_by_other_reader_code_are_read_again(tmp_path, monkeypatch):
    import pickle
    from quizgen import state
    (tmp_path / ".quizgen").mkdir()
    memo = {"seeds/a.md": ("digest", ())}
    (tmp_path / ".quizgen" / "sources.pickle").write_bytes(pickle.dumps((state.READERS_DIGEST, memo)))
    assert state.BuildState(tmp_path).sources == memo
    monkeypatch.setattr(state, "READERS_DIGEST", "other code")
    assert state.BuildState(tmp_path).sources == {}
