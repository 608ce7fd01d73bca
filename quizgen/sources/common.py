"""Small helpers the readers share."""
from __future__ import annotations

import re
from pathlib import Path

_SPACES = re.compile(r"[ \t\f\v]+")


def collapse_spaces(text: str) -> str:
    """Collapse runs of spaces and tabs into one space and strip the ends.

    Other characters, including no-break spaces, curly quotes and dashes, are
    kept exactly: the article's wording is what questions quote.
    """
    return _SPACES.sub(" ", text).strip()


# "ceded the valley.[4]", "in 1921[a]", "signed[citation needed]": a reference work's note marks,
# stuck to the word before them; no words of the text
_NOTE_MARK = re.compile(r"(?<=[^\s\[\]()])(?:\[(?:\^?\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])+")
# "... in secret session [R. 31].", "[App. 12–14]": a brief's citation of its record, by an abbreviation and pages
# "... other celestial bodies [1].", "[3, 4]", "[2–5]": a numbered citation set off by a space, where a
# clause ends after it
_NUMBERED_CITE = re.compile(r"[ \t]\[\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*\](?=[.,;:!?]|[ \t]*$)", re.MULTILINE)
_RECORD_CITE = re.compile(r"[ \t]\[(?:[A-Z][a-z]{0,4}\.|pp?\.)[ \t]*\d[\d \t,–\-]*\]")


# "the walls of Velmora (1);", "between 1685 and 1687 (5).": the number of a map's or a figure's key,
# after a name or a year; "six (6) ships" and "Article 6 (2)" keep theirs, which are words of the text
_KEY_MARK = re.compile(r"(\b(?:[A-Z][^\W\d_]*|\d{4}))\s\(\d{1,2}\)(?=[\s.,;:!?]|$)")


# "(Brandt, 2013)", "(Brandt and Ruiz 2001, p. 4; Okafor, 1999)", "(p. 41)", "(pp. 58–63)": an author-date
# citation or a page reference in brackets: where a claim comes from, no words of the claim
_PAGE = r"(?:pp?\.|page|pages)\s*\d+(?:\s*[–-]\s*\d+)?(?:,\s*n\.\s*\d+)?"
_AUTHORS = r"[A-Z][\w’'\-]+(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+)*(?:\s+et\s+al\.)?"
_CITED = _AUTHORS + r",\s+\d{4}[a-z]?(?:,\s*" + _PAGE + r")?"
# ... and only where a clause ends after it: "the conference (Velm, 1954) met" names a place and a year
_CITATION = re.compile(r"\s\((?:(?:see|cf\.)\s+)?(?:" + _CITED + r"(?:;\s*" + _CITED + r")*|" + _PAGE + r")\)"
                       r"(?=[.,;:!?]|\s*$)")


# "1/12", "(3/10)", "3/": the counter of a post in a thread, where a line or a paragraph opens (or after
# a sentence's end, where a reader ran the post's line into the one before); no words of the post. A
# date ("12/05/1998") goes on with a slash, a fraction ("2/3 of the seats") with a lower-case word: neither
# is a counter
_POST_COUNTER = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…][\"”’)]\s))[ \t]*"
                           r"(?:\((\d{1,2})/(\d{1,2})\)|(\d{1,2})/(\d{1,2})?)(?=\s+(\S)|\s*$)[ \t]*",
                           re.MULTILINE)


def _post_counter(match: re.Match[str]) -> str:
    number, total = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    after = match.group(5)
    if (int(number) < 1 or (total is not None and int(number) > int(total))
            or (after is not None and (after.islower() or after.isdigit()))):
        return match.group()
    return ""


# "... as the lead says. — Editorname (talk) 14:02, 3 May 2019 (UTC)": a talk page's signature after a
# comment, its name, a link word in brackets ("talk", "contribs") and the time it was posted; no words of
# the comment. Only where a line or a paragraph ends
_SIGNATURE = re.compile(r"[ \t]*(?:—|–|--)[ \t]*[^\s—–()][^—–()\n]{0,60}?[ \t]*\((?:talk|contribs|talk page)\)"
                        r"(?:[ \t]*\d{1,2}:\d{2},[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2},?)"
                        r"[ \t]+\d{4}[ \t]*\(UTC\))?[ \t]*$", re.MULTILINE)


# "Japan agreed to an armistice on 30 March. 😬", "📜 The treaty": emoji and pictographs (with their
# joiners, variation selectors, skin tones and flags) say how the writer feels, not what happened; no
# words of the text. Signs a sentence reads ("°", "£", "→", "№") are kept
_PICTOGRAPH = re.compile(r"(^[ \t]*)?[ \t]*(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\U000E0020-\U000E007F]"
                         r"[\uFE0E\uFE0F\u200D\u20E3\U0001F3FB-\U0001F3FF]*)+([ \t]*)", re.MULTILINE)


# "12/ The scale 📉 The lost lands held ...": a short label the emoji parts from the line's sentence
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}/\d{0,2}[ \t]+)?(?:[^\s.!?:;]+[ \t]+){0,3}[^\s.!?:;]*\w$")
_FLAG = re.compile(r"[\U0001F1E6-\U0001F1FF]")


def _pictograph(match: re.Match[str]) -> str:
    # a line's opening emoji goes with the space after it; one between words leaves one space, or ends
    # a label before a capital (a flag stands for its country's name, and ends nothing)
    if match.group(1) is not None:
        return ""
    text, end = match.string, match.end()
    if (match.group(2) and end < len(text) and text[end].isupper() and not _FLAG.search(match.group())
            and _LABEL_BEFORE.search(text, 0, match.start())):
        return ". "
    return match.group(2)[:1]


# "P. 19: The epilogue should note ...", "9. pp. 3–4: ...": a reader's page reference labelling a comment, at
# the start of a line (after its item number); no words of the comment ("Page 24: ..." may be a page's title)
_PAGE_LABEL = re.compile(r"^([ \t]*(?:\d{1,3}[.)][ \t]+)?)(?:[Pp]p?\.)[ \t]*\d+(?:[ \t]*[–\-][ \t]*\d+)?"
                         r"[ \t]*:[ \t]+", re.MULTILINE)


def strip_note_marks(text: str) -> str:
    """Remove what marks a source or a drawing rather than saying anything: footnote and citation
    marks ("[4]", "[^2]", "[citation needed]") after a word, a brief's record citations ("[R. 31]"),
    author-date citations and page
    references in brackets ("(Brandt, 2013)", "(p. 41)"), and a map's or a figure's key numbers
    after a name or a year ("Velmora (1)"), the counter of a post in a thread ("2/9") that opens a
    line or a paragraph, and a talk page's signature ("— Editorname (talk) 14:02, 3 May 2019 (UTC)")
    that ends one; a page reference labelling a comment ("P. 19: ..."); and emoji."""
    if not text.isascii():
        text = _PICTOGRAPH.sub(_pictograph, text)
    if "[" in text:
        text = _NUMBERED_CITE.sub("", _RECORD_CITE.sub("", _NOTE_MARK.sub("", text)))
    if "(" in text:
        text = _KEY_MARK.sub(r"\1", _CITATION.sub("", text))
    if "/" in text:
        text = _POST_COUNTER.sub(_post_counter, text)
    if ":" in text and ("p" in text or "P" in text):
        text = _PAGE_LABEL.sub(r"\1", text)
    if "(talk" in text or "(contribs)" in text:
        text = _SIGNATURE.sub("", text)
    return text


def title_from_filename(path: Path) -> str:
    """``new-reef_treaty.txt`` -> ``New reef treaty``."""
    words = re.sub(r"[-_]+", " ", path.stem).split()
    title = " ".join(words)
    return title[:1].upper() + title[1:]
