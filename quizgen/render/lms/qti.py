"""QTI 1.2 as a zip that Canvas imports (Settings → Import Course Content →
"QTI .zip file"), and other platforms that read IMS QTI 1.2.

The zip holds ``imsmanifest.xml`` and one assessment per article
(``<ident>/<ident>.xml``); Canvas makes a quiz and a question bank of each.
Items follow the structure of Canvas's own QTI export: ``question_type`` and
``points_possible`` in ``itemmetadata``; ``multiple_choice_question`` (mcq
and "which side"), ``true_false_question`` (``response_lid`` /
``render_choice``, scored by ``varequal`` on the right label's ident),
``short_answer_question`` (short answers and cloze with one blank:
``response_str`` / ``render_fib``, scored by ``varequal`` on the text) and
``fill_in_multiple_blanks_question`` (cloze with several blanks).  Each
item's general feedback (``itemfeedback ident="general_fb"``) gives its source.

The zip's bytes depend only on the questions: entries are sorted and dated
1980-01-01.
"""
from __future__ import annotations

import hashlib
import html
import io
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence

from ...model import Question
from . import (BLANK, by_article, choices_of, cloze_parts, one_line, points_of,
               source_feedback, title_of)

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
QTI_SCHEMA = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CP_SCHEMA = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
RESOURCE_TYPE = "imsqti_xmlv1p2"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def ident(*parts: str) -> str:
    """A stable XML identifier from text (never from a position in a list)."""
    return "g" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def to_qti_zip(questions: Sequence[Question]) -> bytes:
    """The questions as a QTI 1.2 content package (zip bytes)."""
    files: dict[str, bytes] = {}
    resources = []
    for article, group in by_article(questions):
        aid = ident("assessment", article)
        path = f"{aid}/{aid}.xml"
        files[path] = _xml(_assessment(aid, title_of(group[0]), group))
        resources.append((aid, path))
    files["imsmanifest.xml"] = _xml(_manifest(resources))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, files[name])
    return buf.getvalue()


def _xml(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="utf-8", xml_declaration=False) + b"\n")


def _manifest(resources: list[tuple[str, str]]) -> ET.Element:
    root = ET.Element("manifest", {
        "identifier": ident("manifest", *[r for r, _ in resources]),
        "xmlns": CP_NS, "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{CP_NS} {CP_SCHEMA}"})
    meta = ET.SubElement(root, "metadata")
    ET.SubElement(meta, "schema").text = "IMS Content"
    ET.SubElement(meta, "schemaversion").text = "1.1.3"
    ET.SubElement(root, "organizations")
    res = ET.SubElement(root, "resources")
    for rid, path in resources:
        r = ET.SubElement(res, "resource", {"identifier": rid, "type": RESOURCE_TYPE,
                                            "href": path})
        ET.SubElement(r, "file", {"href": path})
    return root


def _assessment(aid: str, title: str, questions: Sequence[Question]) -> ET.Element:
    root = ET.Element("questestinterop", {
        "xmlns": QTI_NS, "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{QTI_NS} {QTI_SCHEMA}"})
    assessment = ET.SubElement(root, "assessment", {"ident": aid, "title": title})
    _metadata(assessment, {"cc_maxattempts": "1"})
    section = ET.SubElement(assessment, "section", {"ident": "root_section"})
    for q in questions:
        section.append(_item(q))
    return root


def _metadata(parent: ET.Element, fields: dict[str, str]) -> None:
    meta = ET.SubElement(parent, "qtimetadata")
    for label, entry in fields.items():
        field = ET.SubElement(meta, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry


def _mattext(parent: ET.Element, text: str, texttype: str = "text/plain") -> None:
    material = ET.SubElement(parent, "material")
    ET.SubElement(material, "mattext", {"texttype": texttype}).text = text


def _html_block(text: str) -> str:
    return f"<div><p>{html.escape(one_line(text), quote=False)}</p></div>"


def _item(q: Question) -> ET.Element:
    iid = ident("item", q.id)
    kind, text, build = _kind(q)
    item = ET.Element("item", {"ident": iid, "title": q.id})
    _metadata(ET.SubElement(item, "itemmetadata"), {
        "question_type": kind,
        "points_possible": f"{points_of(q):.1f}",
        "assessment_question_identifierref": ident("aq", q.id)})
    presentation = ET.SubElement(item, "presentation")
    _mattext(presentation, _html_block(text), "text/html")
    resprocessing = ET.SubElement(item, "resprocessing")
    outcomes = ET.SubElement(resprocessing, "outcomes")
    ET.SubElement(outcomes, "decvar", {"maxvalue": "100", "minvalue": "0",
                                       "varname": "SCORE", "vartype": "Decimal"})
    general = ET.SubElement(resprocessing, "respcondition", {"continue": "Yes"})
    ET.SubElement(ET.SubElement(general, "conditionvar"), "other")
    ET.SubElement(general, "displayfeedback", {"feedbacktype": "Response",
                                               "linkrefid": "general_fb"})
    build(q, iid, presentation, resprocessing)
    feedback = ET.SubElement(item, "itemfeedback", {"ident": "general_fb"})
    flow = ET.SubElement(feedback, "flow_mat")
    _mattext(flow, _html_block(source_feedback(q)), "text/html")
    return item


def _kind(q: Question):
    if q.type == "tf":
        return "true_false_question", q.question, _true_false
    if q.type == "short":
        return "short_answer_question", q.question, _short
    if q.type == "cloze":
        blanks = [t for t, blank in cloze_parts(q.question) if blank]
        if len(blanks) == 1:
            text = "".join(BLANK if blank else t for t, blank in cloze_parts(q.question))
            return "short_answer_question", text, _short
        n = 0
        parts = []
        for t, blank in cloze_parts(q.question):
            if blank:
                n += 1
                parts.append(f"[blank{n}]")
            else:
                parts.append(t)
        return "fill_in_multiple_blanks_question", "".join(parts), _blanks
    return "multiple_choice_question", q.question, _choice


def _score(resprocessing: ET.Element, respident: str, value: str, action: str = "Set",
           score: str = "100", keep_going: bool = False) -> None:
    cond = ET.SubElement(resprocessing, "respcondition",
                         {"continue": "Yes" if keep_going else "No"})
    var = ET.SubElement(cond, "conditionvar")
    ET.SubElement(var, "varequal", {"respident": respident}).text = value
    ET.SubElement(cond, "setvar", {"action": action, "varname": "SCORE"}).text = score


def _choices(presentation: ET.Element, iid: str, choices: list[str],
             response: str = "response1") -> tuple[ET.Element, list[str]]:
    lid = ET.SubElement(presentation, "response_lid", {"ident": response,
                                                        "rcardinality": "Single"})
    return lid, _labels(lid, iid, choices)


def _labels(lid: ET.Element, iid: str, choices: list[str]) -> list[str]:
    render = ET.SubElement(lid, "render_choice")
    ids = []
    for choice in choices:
        cid = ident(iid, lid.get("ident", ""), choice)
        label = ET.SubElement(render, "response_label", {"ident": cid})
        _mattext(label, one_line(choice))
        ids.append(cid)
    return ids


def _choice(q: Question, iid: str, presentation: ET.Element, resprocessing: ET.Element):
    choices, right = choices_of(q)
    _, ids = _choices(presentation, iid, choices)
    _score(resprocessing, "response1", ids[right])


def _true_false(q: Question, iid: str, presentation: ET.Element, resprocessing: ET.Element):
    _, ids = _choices(presentation, iid, ["True", "False"])
    right = 0 if one_line(q.answer).casefold() == "true" else 1
    _score(resprocessing, "response1", ids[right])


def _short(q: Question, iid: str, presentation: ET.Element, resprocessing: ET.Element):
    answer = one_line(q.answer if q.type == "short" else
                      next(t for t, blank in cloze_parts(q.question) if blank))
    response = ET.SubElement(presentation, "response_str", {"ident": "response1",
                                                             "rcardinality": "Single"})
    fib = ET.SubElement(response, "render_fib")
    ET.SubElement(fib, "response_label", {"ident": "answer1", "rshuffle": "No"})
    _score(resprocessing, "response1", answer)


def _blanks(q: Question, iid: str, presentation: ET.Element, resprocessing: ET.Element):
    answers = [t for t, blank in cloze_parts(q.question) if blank]
    share = f"{100 / len(answers):.2f}"
    for n, answer in enumerate(answers, start=1):
        response = f"response_blank{n}"
        lid = ET.SubElement(presentation, "response_lid", {"ident": response})
        _mattext(lid, f"blank{n}")
        [cid] = _labels(lid, iid, [answer])
        _score(resprocessing, response, cid, action="Add", score=share, keep_going=True)

