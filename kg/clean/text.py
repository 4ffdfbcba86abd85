"""Turn raw article files into clean body text.

Cleaning drops what is not the story — scripts, menus, share prompts, photo
captions repeated under images, "READ | …" links, footers — and keeps the
story's sentences byte-for-byte, so evidence offsets point at real text.

Example:
    >>> clean_text("Story.\\nWe're now on WhatsApp. Click to join.\\nMore story.")
    'Story.\\nMore story.'
    >>> parse_date("Sep 12, 2023 01:52 PM IST")
    datetime.date(2023, 9, 12)
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from html.parser import HTMLParser
from typing import ClassVar

__all__ = ["Header", "clean_text", "html_to_text", "parse_date", "read_date", "split_header"]

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_PATTERNS = [
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), ("y", "m", "d")),  # also "2024-04-26T08:30Z"
    (re.compile(_MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b", re.I), ("M", "d", "y")),
    (re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})\b", re.I), ("d", "M", "y")),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), ("y", "m", "d")),
]

# Lines that are page furniture, not story.  Each pattern is a kind of line seen
# on news sites in general: share prompts, sign-up nags, cross-links, menus.
_BOILERPLATE = [
    re.compile(p, re.I)
    for p in (
        r"\b(click|tap) (here|to join|to subscribe)\b",
        r"\bnow on (whatsapp|telegram)\b",
        r"^\s*(read|also read|read more|watch|see also|related)\s*[|:]",
        r"\bsubscribe (now|today)\b",
        r"^\s*(sign (in|out|up)|log ?in|register( free)?|my (reads|offers|account))\b",
        r"^\s*(saved articles|story saved|live score)\b",
        r"^\s*(share|tweet|email|print|advertisement|skip to (main )?content)\s*$",
        r"\bcookies?\b.*\b(accept|consent|policy)\b",
        r"^\s*get latest .* news\b",
        r"\bstart \d+ days? free trial\b",
        r"^\s*posted by\b",
        r"^[^.!?\"”]{0,40}\b\d{1,2}\s?[CF]\s*$",
    )
]
# A line ending in a photo credit is a caption: "(AP File)", "(Reuters)", "(Getty Images)".
_CAPTION = re.compile(r"\((?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Bloomberg|File|Photo)[^)]{0,20}\)\s*$")


def read_date(value: object) -> date:
    """An article's date as a metadata field gives it, in any form news feeds use: ISO dates and
    datetimes with zones ("2024-04-26T08:30:00Z"), "Sep 12, 2023 01:52 PM IST", "12 September
    2023", "09/07/2024" (month first, as dateutil reads it), epoch seconds.

    Raises:
        ValueError: the value is no date; the message quotes it.

    Example:
        >>> read_date("2024-04-26T08:30:00Z"), read_date(1714120200)
        (datetime.date(2024, 4, 26), datetime.date(2024, 4, 26))
        >>> read_date("not a date")
        Traceback (most recent call last):
        ...
        ValueError: 'not a date' is not a date
    """
    import datetime as dt

    from dateutil import parser

    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a date")
    text = str(value).strip()
    if isinstance(value, (int, float)) or re.fullmatch(r"\d{9,11}(\.\d+)?", text):
        return dt.datetime.fromtimestamp(float(text), tz=dt.UTC).date()
    found = parse_date(text)
    if found is not None:
        return found
    try:
        return parser.parse(text, fuzzy=False, default=dt.datetime(1, 1, 1)).date()
    except (ValueError, OverflowError, parser.ParserError) as error:
        raise ValueError(f"{text!r} is not a date") from error


def parse_date(text: str) -> date | None:
    """The first calendar date written in ``text``, in any common news format."""
    for pattern, order in _DATE_PATTERNS:
        match = pattern.search(text.strip())
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        try:
            month = (
                _MONTHS[parts["M"].lower().rstrip(".")[:3] if parts["M"].lower()[:3] != "sep" else "sep"]
                if "M" in parts
                else int(parts["m"])
            )
            return date(int(parts["y"]), month, int(parts["d"]))
        except (KeyError, ValueError):
            continue
    return None


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # Control characters other than newline and tab are never story text.
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


def clean_text(text: str) -> str:
    """Drop boilerplate, captions and repeated lines; keep story lines unchanged.

    Args:
        text: Plain text of an article body.

    Returns:
        The body with one blank line at most between paragraphs.
    """
    kept: list[str] = []
    seen: set[str] = set()
    for line in _normalise(text).split("\n"):
        stripped = line.strip()
        if not stripped:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if any(p.search(stripped) for p in _BOILERPLATE) or _CAPTION.search(stripped):
            continue
        if stripped in seen and len(stripped) > 30:
            continue
        seen.add(stripped)
        kept.append(stripped)

    # Trailing furniture: short lines without sentence punctuation after the last paragraph.
    def furniture(line: str) -> bool:
        return line == "" or (len(line.split()) < 8 and not re.search(r"[.!?\"”]$", line))

    while len(kept) > 1 and furniture(kept[-1]) and any(not furniture(line) for line in kept[:-1]):
        kept.pop()
    return "\n".join(kept).strip()


class Header:
    """What the first lines of a plain-text article say about it."""

    def __init__(self, title: str | None, published: date | None, source: str | None, body: str) -> None:
        self.title = title
        self.published = published
        self.source = source
        self.body = body


def split_header(text: str) -> Header:
    """Split a plain-text article into headline, dateline, byline and body.

    The header is the lines before the first paragraph: a headline first, then
    any of a byline ("AFP | Posted by …") and a date line.  Without a date line
    in the first six lines, the whole text is body (a headline is still taken
    when the first line reads like one: short and without a full stop).
    """
    lines = _normalise(text).split("\n")
    nonempty = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    if not nonempty:
        return Header(None, None, None, "")
    title = None
    first_index, first = nonempty[0]
    if len(first) < 200 and len(nonempty) > 1:
        title = first
    published = None
    source = None
    body_start = first_index + 1 if title else first_index
    for i, line in nonempty[1:6]:
        found = parse_date(line) if len(line) < 80 else None
        if found:
            published = found
            body_start = i + 1
            break
        if "|" in line or line.lower().startswith("by "):
            source = line.split("|", 1)[0].strip() or None
    if published is None and title and title.endswith("."):
        title, body_start = None, first_index
    body = "\n".join(lines[body_start:])
    return Header(title, published, source, body)


class _TextExtractor(HTMLParser):
    """Collects the visible story text of an HTML page."""

    _SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "iframe",
        "svg",
        "button",
        "template",
    }
    _BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "blockquote",
        "tr",
        "figcaption",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: str | None = None
        self.h1: str | None = None
        self.published: date | None = None
        self._in_title = False
        self._in_h1 = False
        self._in_caption = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in self._SKIP:
            self.skip_depth += 1
        elif tag == "figcaption":
            self._in_caption += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "h1":
            self._in_h1 = True
        elif tag == "meta" and self.published is None:
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in {"article:published_time", "datepublished", "date", "pubdate", "og:published_time"}:
                self.published = parse_date((values.get("content") or "")[:10])
        elif tag == "time" and self.published is None and values.get("datetime"):
            self.published = parse_date((values.get("datetime") or "")[:10])
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "figcaption" and self._in_caption:
            self._in_caption -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_h1 = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
            return
        if self.skip_depth or self._in_caption:
            return
        if self._in_h1:
            self.h1 = (self.h1 or "") + data.strip()
            return
        self.parts.append(data)


def html_to_text(html: str) -> tuple[str | None, date | None, str]:
    """Visible story text of an HTML page: ``(title, published, cleaned text)``.

    Scripts, styles, navigation, headers, footers, forms and figure captions are
    dropped; block elements become line breaks.  External entities are never
    resolved and nothing is fetched.
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return parser.h1 or parser.title, parser.published, clean_text(text)
