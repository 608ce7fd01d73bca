"""Exports for learning platforms, read back by parsers that are not ours.

Moodle XML: ``moodle-xml-parser`` (multichoice and cloze, the types it
reads) and lxml for the rest of Moodle's documented structure.  GIFT:
``pygiftparser``.  QTI: the zip's manifest and items read with lxml and
checked against the QTI 1.2 structure Canvas imports.  TSV: Anki's own
text importer (the real Anki backend) and Python's csv reader.  Every item
and every answer must come back, with ``{ } ~ = # : < > &``, quotes and
Cyrillic intact.

Known parser limits (each pinned by a strict xfail below, so a fixed parser
shows up): pygiftparser ends an answer block at the first ``}`` even when
it is escaped ``\\}``; moodle-xml-parser decodes HTML before it splits a
cloze gap, so ``}``, ``~`` and ``#`` inside a cloze answer cut it.
"""
from __future__ import annotations

import csv
import io
import json
import warnings
import zipfile

import pytest
from lxml import etree
from lxml import html as lxml_html
from moodle_xml_parser import parser as moodle_parser

with warnings.catch_warnings():     # pygiftparser asks for the locale the deprecated way
    warnings.simplefilter("ignore", DeprecationWarning)
    from pygiftparser import parser as gift_parser
    from pygiftparser.utils import transformSpecials

from quizgen.model import Question
from quizgen.render import EXPORTS
from quizgen.render.lms import MATCHING_PROMPT

# Every special character but "}", which pygiftparser cannot read inside an
# answer block (see the xfails); question texts carry "}" too.
SPECIALS = "{ ~ = # : < > & \"double\" 'single' Кириллица"
TEXT_SPECIALS = "{a} ~ = # : <b>x</b> & \"double\" 'single' Кириллица"

HARBOR = "Harbor Accord: {Fleets} & <Quotas>"
RUSSIAN = "Соглашение о гавани"
SIGNED = f"The accord was signed in 1994 — it said {SPECIALS}."
ZONE = "Norland wanted a longer zone, while Vesterby argued it would harm its towns."
CAP = "Vesterby wanted a permanent cap; Norland argued for reviews."
REVIEW = "Estmark called for a review every five years."


def q(id: str, type: str, question: str, answer: str, *, sentence: str = SIGNED,
      choices: list[str] | None = None, article: str = "harbor", title: str = HARBOR,
      tags: list[str] | None = None) -> Question:
    return Question(id=id, type=type, question=question, answer=answer, article=article,
                    sentence=sentence, choices=choices, title=title, status="approved",
                    tags=tags or [f"type::{type}"])


def bank() -> list[Question]:
    """Every question type over two articles, special characters everywhere."""
    return [
        q("mcq-1", "mcq", f"Which words did the accord use? {TEXT_SPECIALS}",
          f"Right: {SPECIALS}",
          choices=["Wrong = one", f"Right: {SPECIALS}", "Wrong ~ two", "Wrong # three"]),
        q("tf-1", "tf", f"The accord said {TEXT_SPECIALS}.", "True"),
        q("tf-2", "tf", "The accord was signed in 1995.", "False"),
        q("short-1", "short", f"What did the accord say? {TEXT_SPECIALS}", SPECIALS),
        q("cloze-1", "cloze",
          "The accord {x} was signed in [[1994 & \"Осло\": <a=b> {c]] and filed.",
          "1994 & \"Осло\": <a=b> {c"),
        q("cloze-2", "cloze", "Signed in [[Oslo]] in [[1994]].", "Oslo; 1994"),
        q("side-1", "side", "Which side wanted a longer zone?", "Norland",
          sentence=ZONE, choices=["Norland", "Vesterby", "Estmark"]),
        q("side-2", "side", "Which side argued it would harm its towns?", "Vesterby",
          sentence=ZONE, choices=["Norland", "Vesterby"]),
        q("side-3", "side", "Which side wanted a permanent cap?", "Vesterby",
          sentence=CAP, choices=["Vesterby", "Norland"]),
        q("ru-short", "short", "Где было подписано соглашение?", "В Осло",
          article="ru", title=RUSSIAN, sentence="Соглашение было подписано в Осло."),
        q("ru-side", "side", "Which side called for a review?", "Estmark",
          article="ru", title=RUSSIAN, sentence=REVIEW, choices=["Estmark", "Norland"]),
    ]


def source(question: Question) -> str:
    return f"Source: {question.sentence} — {question.title}"


BANK = bank()
BY_ID = {x.id: x for x in BANK}


# -- Moodle XML -----------------------------------------------------------------

@pytest.fixture(scope="module")
def moodle_xml() -> str:
    return EXPORTS["moodle"](BANK)


def test_moodle_multichoice_round_trips_through_moodle_xml_parser(moodle_xml):
    parsed = moodle_parser.parse_string(moodle_xml)
    by_name = {m.name: m for m in parsed["multichoice"]}
    # mcq, and the lone "which side" question of the Russian article
    assert set(by_name) == {"mcq-1", "ru-side"}
    for name, item in by_name.items():
        original = BY_ID[name]
        assert item.text_pre_parse == original.question
        assert [o.answer for o in item.options] == original.choices
        assert [o.answer for o in item.options if o.score_fraction == 100] == [original.answer]
        assert item.single and item.general_feedback == source(original)


def test_moodle_cloze_round_trips_through_moodle_xml_parser(moodle_xml):
    parsed = moodle_parser.parse_string(moodle_xml)
    by_name = {c.name: c for c in parsed["cloze"]}
    assert set(by_name) == {"cloze-1", "cloze-2"}
    for name, item in by_name.items():
        # The parser also reads a literal "{x}" of the text as a gap: keep Moodle's.
        gaps = [g for g in item.gaps if g.sub_type == "SHORTANSWER"]
        expected = [t.strip() for t in BY_ID[name].question.split("[[")[1:]]
        expected = [t.split("]]")[0] for t in expected]
        assert [g.options[0].answer for g in gaps] == expected
        assert all(g.options[0].score == 100 for g in gaps)
    assert by_name["cloze-1"].text_pre_parse.startswith("The accord {x} was signed in {1:")


def _moodle_tree(moodle_xml: str):
    return etree.fromstring(moodle_xml.encode("utf-8"))


def _text(el, path: str) -> str:
    found = el.find(path)
    return "" if found is None or found.text is None else found.text


def test_moodle_every_question_comes_back_with_its_category(moodle_xml):
    root = _moodle_tree(moodle_xml)
    assert root.tag == "quiz"
    categories, placed = [], {}
    for question in root.findall("question"):
        if question.get("type") == "category":
            categories.append(_text(question, "category/text"))
            continue
        placed[_text(question, "name/text")] = (question.get("type"), categories[-1])
    assert categories == [f"$course$/top/quizgen/{HARBOR}", f"$course$/top/quizgen/{RUSSIAN}"]
    harbor, russian = categories
    assert placed == {
        "mcq-1": ("multichoice", harbor), "tf-1": ("truefalse", harbor),
        "tf-2": ("truefalse", harbor), "short-1": ("shortanswer", harbor),
        "cloze-1": ("cloze", harbor), "cloze-2": ("cloze", harbor),
        "harbor-which-side": ("matching", harbor),
        "ru-short": ("shortanswer", russian), "ru-side": ("multichoice", russian),
    }


def test_moodle_truefalse_shortanswer_and_matching_answers(moodle_xml):
    root = _moodle_tree(moodle_xml)
    questions = {_text(x, "name/text"): x for x in root.findall("question")}
    for name in ("tf-1", "tf-2"):
        item = questions[name]
        assert _text(item, "questiontext/text") == _html(BY_ID[name].question)
        right = [_text(a, "text") for a in item.findall("answer") if a.get("fraction") == "100"]
        assert right == [BY_ID[name].answer.lower()]
        assert _text(item, "generalfeedback/text") == _html(source(BY_ID[name]))
    for name in ("short-1", "ru-short"):
        item = questions[name]
        assert _text(item, "questiontext/text") == _html(BY_ID[name].question)
        # Short answers are plain text in Moodle, compared with what students type.
        assert [_text(a, "text") for a in item.findall("answer")] == [BY_ID[name].answer]
    matching = questions["harbor-which-side"]
    assert _text(matching, "questiontext/text") == MATCHING_PROMPT
    pairs = [(_text(s, "text"), _text(s, "answer/text")) for s in matching.findall("subquestion")]
    assert pairs == [(BY_ID[i].question, BY_ID[i].answer) for i in ("side-1", "side-2", "side-3")] \
        + [("", "Estmark")]          # a side no position is matched to: a distractor
    assert ZONE in _text(matching, "generalfeedback/text")
    assert CAP in _text(matching, "generalfeedback/text")


def _html(text: str) -> str:
    """What a Moodle HTML text field holds: the text, HTML-escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_moodle_braces_in_choices_and_feedback_survive():
    braces = [q("b-mcq", "mcq", "Pick {it}?", "a } b", sentence="It said } and {.",
                choices=["a } b", "c { d"])]
    parsed = moodle_parser.parse_string(EXPORTS["moodle"](braces))
    [item] = parsed["multichoice"]
    assert [o.answer for o in item.options] == ["a } b", "c { d"]
    assert item.general_feedback == "Source: It said } and {. — " + HARBOR


@pytest.mark.xfail(strict=True, reason="moodle-xml-parser decodes HTML before it splits a "
                   "cloze gap at '}', '~' and '#'; Moodle itself reads the escaped forms")
def test_moodle_cloze_answer_with_brace_tilde_hash_reads_back():
    hard = [q("hard", "cloze", "It said [[a } b ~ c # d]].", "a } b ~ c # d")]
    [item] = moodle_parser.parse_string(EXPORTS["moodle"](hard))["cloze"]
    assert [o.answer for o in item.gaps[0].options] == ["a } b ~ c # d"]


# -- GIFT ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def gift_questions():
    text = EXPORTS["gift"](BANK)
    return {x.title: x for x in gift_parser.parseFile(io.StringIO(text))}


def test_gift_every_question_comes_back_valid(gift_questions):
    assert set(gift_questions) == {
        "mcq-1", "tf-1", "tf-2", "short-1", "cloze-1", "cloze-2-1", "cloze-2-2",
        "harbor-which-side", "ru-short", "ru-side"}
    assert all(x.valid for x in gift_questions.values())
    # pygiftparser reads a category name up to its first space.
    assert gift_questions["mcq-1"].cat == "$course$/top/quizgen/Harbor"
    assert gift_questions["ru-short"].cat == "$course$/top/quizgen/Соглашение"


def test_gift_texts_answers_and_feedback_survive(gift_questions):
    mcq = gift_questions["mcq-1"]
    assert transformSpecials(mcq.text) == BY_ID["mcq-1"].question
    assert [transformSpecials(a.answer) for a in mcq.answers.answers] == BY_ID["mcq-1"].choices
    assert [transformSpecials(a.answer) for a in mcq.answers.answers
            if a.fraction == 100] == [BY_ID["mcq-1"].answer]
    assert transformSpecials(mcq.generalFeedback) == source(BY_ID["mcq-1"])

    assert gift_questions["tf-1"].answers.answer is True
    assert gift_questions["tf-2"].answers.answer is False
    assert transformSpecials(gift_questions["tf-1"].text) == BY_ID["tf-1"].question

    for name in ("short-1", "ru-short"):
        item = gift_questions[name]
        assert type(item.answers).__name__ == "ShortSet"
        assert transformSpecials(item.text) == BY_ID[name].question
        assert [transformSpecials(a.answer) for a in item.answers.answers] == [BY_ID[name].answer]
        assert transformSpecials(item.generalFeedback) == source(BY_ID[name])


def test_gift_cloze_is_a_missing_word_question_per_blank(gift_questions):
    cloze = gift_questions["cloze-1"]
    assert transformSpecials(cloze.text) == "The accord {x} was signed in"
    assert transformSpecials(cloze.tail) == "and filed."
    assert [transformSpecials(a.answer) for a in cloze.answers.answers] == [BY_ID["cloze-1"].answer]
    first, second = gift_questions["cloze-2-1"], gift_questions["cloze-2-2"]
    assert (first.text, first.answers.answers[0].answer, first.tail) == ("Signed in", "Oslo", "in 1994.")
    assert (second.text, second.answers.answers[0].answer, second.tail) == ("Signed in Oslo in", "1994", ".")


def test_gift_which_side_questions_become_one_matching_question(gift_questions):
    matching = gift_questions["harbor-which-side"]
    assert type(matching.answers).__name__ == "MatchingSet"
    pairs = [(transformSpecials(a.question).strip(), transformSpecials(a.answer).strip())
             for a in matching.answers.answers]
    assert pairs == [(BY_ID[i].question, BY_ID[i].answer) for i in ("side-1", "side-2", "side-3")]
    lone = gift_questions["ru-side"]           # fewer than three: multiple choice
    assert [a.answer for a in lone.answers.answers if a.fraction == 100] == ["Estmark"]


@pytest.mark.xfail(strict=True, reason="pygiftparser ends an answer block at the first '}', "
                   "escaped or not; Moodle's GIFT import reads '\\}' as '}'")
def test_gift_brace_inside_an_answer_reads_back():
    braces = [q("b-short", "short", "Which brace?", "a } b", sentence="It said a } b.")]
    [item] = gift_parser.parseFile(io.StringIO(EXPORTS["gift"](braces)))
    assert transformSpecials(item.answers.answers[0].answer) == "a } b"


def test_gift_escapes_every_special_character():
    text = EXPORTS["gift"]([q("s", "short", "a~b=c#d{e}f:g\\h", "x")])
    assert "::s::[plain]a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h{=x####" in text


# -- QTI 1.2 (Canvas) ---------------------------------------------------------------

QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
CP = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"


@pytest.fixture(scope="module")
def qti_zip() -> zipfile.ZipFile:
    data = EXPORTS["qti"](BANK)
    assert isinstance(data, bytes) and EXPORTS["qti"].binary
    return zipfile.ZipFile(io.BytesIO(data))


def _qti_items(qti_zip):
    manifest = etree.fromstring(qti_zip.read("imsmanifest.xml"))
    assert manifest.tag == f"{CP}manifest"
    resources = manifest.findall(f"{CP}resources/{CP}resource")
    hrefs = [r.find(f"{CP}file").get("href") for r in resources]
    assert all(r.get("type") == "imsqti_xmlv1p2" for r in resources)
    # The manifest names every assessment file, and the zip holds nothing else.
    assert sorted(hrefs + ["imsmanifest.xml"]) == sorted(qti_zip.namelist())
    assessments = []
    for href in hrefs:
        root = etree.fromstring(qti_zip.read(href))
        assert root.tag == f"{QTI}questestinterop"
        [assessment] = root.findall(f"{QTI}assessment")
        [section] = assessment.findall(f"{QTI}section")
        assessments.append((assessment.get("title"), section.findall(f"{QTI}item")))
    return assessments


def _meta(item) -> dict[str, str]:
    fields = item.findall(f"{QTI}itemmetadata/{QTI}qtimetadata/{QTI}qtimetadatafield")
    return {f.findtext(f"{QTI}fieldlabel"): f.findtext(f"{QTI}fieldentry") for f in fields}


def _html_text(markup: str) -> str:
    return lxml_html.fragment_fromstring(markup, create_parent="div").text_content()


def test_qti_one_assessment_per_article_holding_every_item(qti_zip):
    assessments = _qti_items(qti_zip)
    assert [title for title, _ in assessments] == [HARBOR, RUSSIAN]
    titles = [item.get("title") for _, items in assessments for item in items]
    assert titles == [x.id for x in BANK]
    kinds = {item.get("title"): _meta(item)["question_type"] for _, items in assessments
             for item in items}
    assert kinds == {
        "mcq-1": "multiple_choice_question", "tf-1": "true_false_question",
        "tf-2": "true_false_question", "short-1": "short_answer_question",
        "cloze-1": "short_answer_question", "cloze-2": "fill_in_multiple_blanks_question",
        "side-1": "multiple_choice_question", "side-2": "multiple_choice_question",
        "side-3": "multiple_choice_question", "ru-short": "short_answer_question",
        "ru-side": "multiple_choice_question"}


def test_qti_items_score_the_right_answer(qti_zip):
    for _, items in _qti_items(qti_zip):
        for item in items:
            original = BY_ID[item.get("title")]
            kind = _meta(item)["question_type"]
            assert float(_meta(item)["points_possible"]) > 0
            presentation = item.find(f"{QTI}presentation")
            question = _html_text(presentation.findtext(f"{QTI}material/{QTI}mattext"))
            conditions = item.findall(f"{QTI}resprocessing/{QTI}respcondition")
            scored = [c for c in conditions if c.find(f"{QTI}setvar") is not None]
            feedback = item.find(f"{QTI}itemfeedback[@ident='general_fb']")
            assert _html_text(feedback.findtext(f".//{QTI}mattext")) == source(original)
            if kind in ("multiple_choice_question", "true_false_question"):
                assert question == original.question
                lid = presentation.find(f"{QTI}response_lid")
                labels = {lab.get("ident"): lab.findtext(f".//{QTI}mattext")
                          for lab in lid.findall(f"{QTI}render_choice/{QTI}response_label")}
                [cond] = scored
                right = cond.find(f"{QTI}conditionvar/{QTI}varequal")
                assert right.get("respident") == lid.get("ident")
                assert labels[right.text] == original.answer
                expected = original.choices if kind == "multiple_choice_question" else ["True", "False"]
                assert list(labels.values()) == expected
            elif kind == "short_answer_question":
                assert presentation.find(f"{QTI}response_str/{QTI}render_fib") is not None
                [cond] = scored
                assert cond.find(f"{QTI}conditionvar/{QTI}varequal").text == original.answer.split("; ")[0]
                if original.type == "cloze":
                    assert question == original.question.replace("[[" + original.answer + "]]", "_____")
                else:
                    assert question == original.question
            else:
                assert question == "Signed in [blank1] in [blank2]."
                answers = []
                for n, cond in enumerate(scored, start=1):
                    var = cond.find(f"{QTI}conditionvar/{QTI}varequal")
                    lid = presentation.find(f"{QTI}response_lid[@ident='response_blank{n}']")
                    assert var.get("respident") == lid.get("ident")
                    answers.append(lid.find(f".//{QTI}response_label[@ident='{var.text}']")
                                   .findtext(f".//{QTI}mattext"))
                assert answers == ["Oslo", "1994"]


def test_qti_zip_is_the_same_bytes_every_time():
    assert EXPORTS["qti"](BANK) == EXPORTS["qti"](bank())


# -- CSV, TSV, JSONL ------------------------------------------------------------

def test_csv_round_trips_through_the_csv_module():
    rows = list(csv.reader(io.StringIO(EXPORTS["csv"](BANK))))
    assert rows[0] == ["question", "answer", "type", "choices", "article", "source"]
    assert len(rows) == len(BANK) + 1
    by_question = {r[0]: r for r in rows[1:]}
    assert by_question[BY_ID["short-1"].question][1] == SPECIALS
    assert by_question["The accord {x} was signed in _____ and filed."][1] == BY_ID["cloze-1"].answer
    assert by_question["Signed in _____ in _____."][1] == "Oslo; 1994"
    assert by_question[BY_ID["mcq-1"].question][3] == " | ".join(BY_ID["mcq-1"].choices)
    assert by_question[BY_ID["ru-short"].question][4:] == [RUSSIAN, BY_ID["ru-short"].sentence]


def test_tsv_has_two_columns_without_tabs_or_line_breaks_inside():
    messy = [q("m", "short", "Line one\nline\ttwo?", "tab\there")]
    text = EXPORTS["tsv"](BANK + messy)
    lines = text.splitlines()
    assert len(lines) == len(BANK) + 1
    assert all(len(line.split("\t")) == 2 for line in lines)
    assert lines[-1] == "Line one line two?\ttab here"
    assert "True or false: The accord was signed in 1995.\tFalse" in lines


def test_tsv_imports_into_anki_as_basic_notes(tmp_path):
    import anki.collection
    from anki.import_export_pb2 import CsvMetadata, ImportCsvRequest

    path = tmp_path / "cards.tsv"
    path.write_text(EXPORTS["tsv"](BANK), encoding="utf-8")
    col = anki.collection.Collection(str(tmp_path / "c.anki2"))
    try:
        meta = col.get_csv_metadata(str(path), CsvMetadata.Delimiter.TAB)
        meta.is_html = False
        meta.force_is_html = True
        col.import_csv(ImportCsvRequest(path=str(path), metadata=meta))
        fields = [col.get_note(nid).fields for nid in col.find_notes("")]
        # Anki stores fields as HTML: unescape what it escaped on the way in.
        import html
        got = sorted((html.unescape(f[0]), html.unescape(f[1])) for f in fields)
        expected = sorted(tuple(line.split("\t")) for line in
                          EXPORTS["tsv"](BANK).splitlines())
        assert got == expected
    finally:
        col.close()


def test_jsonl_round_trips_through_json():
    lines = EXPORTS["jsonl"](BANK).splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [x.id for x in BANK]
    assert records[0]["choices"] == BY_ID["mcq-1"].choices and records[3]["answer"] == SPECIALS


def test_registry_says_which_formats_are_binary():
    assert {name: e.binary for name, e in EXPORTS.items()} == {
        "jsonl": False, "moodle": False, "gift": False, "qti": True, "csv": False, "tsv": False}
    assert all(e.extension.startswith(".") and e.description for e in EXPORTS.values())
