"""HTML articles: the text of an article page without the site around it."""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from ..errors import SourceError
from ..model import Article
from .common import strip_note_marks, title_from_filename
from .slug import slugify

# Page furniture, not article text.
DROPPED = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
           "template", "iframe", "svg")
PARAGRAPHS = ("p", "li", "blockquote")
# Their text is never part of a paragraph (a sub-heading inside a list item, say).
SKIPPED = ("h1", "h2", "h3", "h4", "h5", "h6")
DATE_META = (("name", "date"), ("property", "article:published_time"),
             ("name", "article:published_time"))

_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")   # HTML whitespace; no-break spaces stay
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _clean(text: str) -> str:
    return strip_note_marks(_HTML_SPACE.sub(" ", text).strip())


def _own_text(element: Tag) -> str:
    """The text of ``element`` without nested paragraphs, which are read on their own."""
    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                if child.name == "br":
                    parts.append(" ")
                elif child.name not in PARAGRAPHS and child.name not in SKIPPED:
                    walk(child)
            elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
                parts.append(str(child))

    walk(element)
    return _clean("".join(parts))


def _source(soup: BeautifulSoup) -> str:
    link = soup.find("link", rel="canonical", href=True)
    if link:
        return link["href"].strip()
    meta = soup.find("meta", property="og:url", content=True)
    return meta["content"].strip() if meta else ""


def _date(soup: BeautifulSoup, scope: Tag) -> str:
    candidates = [meta.get("content", "") for attr, value in DATE_META
                  for meta in soup.find_all("meta", attrs={attr: value})]
    candidates += [time.get("datetime", "") for time in scope.find_all("time", datetime=True)]
    for candidate in candidates:
        if _ISO_DATE.match(candidate.strip()):
            return candidate.strip()[:10]
    return ""


def _heading(scope: Tag | None) -> tuple[str, int] | None:
    heading = scope.find("h1") if scope is not None else None
    if heading is None or not _own_text(heading):
        return None
    return _own_text(heading), heading.sourceline or 1


def read(path: Path, text: str, rel: str) -> list[Article]:
    """Return the one article of an ``.html`` page."""
    soup = BeautifulSoup(text, "html.parser")
    body = soup.body or soup

    # An <article>'s own <header> holds its title and date, so read those
    # before the page furniture (site headers included) is dropped.
    article = body.find("article")
    heading = _heading(article)
    date = _date(soup, article or body)
    source = _source(soup)

    for element in body.find_all(DROPPED) + body.find_all(attrs={"role": "navigation"}):
        if not element.decomposed:      # already gone with an enclosing element
            element.decompose()
    scope = body.find("article") or body.find("main") or body

    heading = heading or _heading(scope) or _heading(body)
    title_tag = soup.find("title")
    if heading is not None:
        title, line = heading
    elif title_tag is not None and _clean(title_tag.get_text()):
        title, line = _clean(title_tag.get_text()), title_tag.sourceline or 1
    else:
        title, line = title_from_filename(path), 1

    # paragraphs and sub-headings in document order: a heading stands before the paragraphs after it
    paragraphs: list[str] = []
    headings: list[tuple[int, int, str]] = []
    for element in scope.find_all([*PARAGRAPHS, *SKIPPED[1:]]):
        text = _own_text(element)
        if not text:
            continue
        if element.name in SKIPPED:
            headings.append((len(paragraphs), int(element.name[1]), text))
        else:
            paragraphs.append(text)
    if not paragraphs:
        raise SourceError("no article text found", path=rel)
    return [Article(slugify(title), title, tuple(paragraphs), path=rel, line=line,
                    source=source, date=date, headings=tuple(headings))]
