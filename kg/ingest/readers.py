"""Read articles from files, folders, JSON Lines and stdin.

Every input yields :class:`~kg.model.Article` records or :class:`IngestIssue`
records that say, for one file (and line), why it was skipped or failed — so a
bad file never stops a build and never hides.

Example:
    >>> import io, json
    >>> lines = io.StringIO(json.dumps({"id": "a1", "text": "Russia met China.", "date": "2023-09-12"}))
    >>> [a.id for a in read_jsonl(lines, "demo.jsonl") if isinstance(a, Article)]
    ['a1']
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal

from kg.clean.text import clean_text, html_to_text, read_date, split_header
from kg.model import Article, article_id_for

__all__ = ["SUFFIXES", "IngestIssue", "decode", "read_inputs", "read_jsonl", "read_path", "read_text_article"]

SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson"}
# One news article is a few thousand words; a text past this is a dump, not an article.
MAX_ARTICLE_CHARS = 1_000_000
_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class IngestIssue:
    """An input that was skipped (nothing to extract) or failed (could not be read)."""

    path: str
    reason: str
    kind: Literal["skipped", "failed", "warning"] = "failed"
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def decode(data: bytes, path: str) -> tuple[str | None, str | None]:
    """Decode bytes as text: ``(text, note)``; text is None for binary data.

    UTF-8 (with or without BOM) and UTF-16 with BOM decode cleanly; anything else
    decodes as UTF-8 with replacement characters and a note saying how many.
    """
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:  # an odd length or a lone surrogate
            text = data.decode("utf-16", errors="replace")
            return text, f"{path}: not valid UTF-16; {text.count(chr(0xFFFD))} undecodable unit(s) replaced with U+FFFD"
    if b"\x00" in data[:8192]:
        return None, f"{path}: binary data (NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        return text, f"{path}: not valid UTF-8; {bad} undecodable byte(s) replaced with U+FFFD"


# Function words: the commonest words of a language say which language a text is in.
_FUNCTION_WORDS = {
    "en": {"the", "a", "of", "to", "and", "in", "is", "was", "on", "for", "that", "with", "by", "as", "said", "has",
           "have", "it", "its", "at", "from", "be", "are", "were", "an", "this", "which", "will", "not", "his",
           "their"},
    "de": {"der", "die", "das", "und", "mit", "dem", "den", "ist", "nicht", "ein", "eine", "zu", "von", "auf", "für",
           "sich", "des", "im", "auch", "hat", "wird", "sind", "bei", "nach", "aus"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans", "qui", "pas", "sur", "au", "par",
           "avec", "il", "ce", "sont", "aux", "ont", "été"},
    "es": {"el", "los", "las", "y", "que", "por", "con", "una", "del", "para", "se", "es", "al", "lo", "como", "más",
           "pero", "sus", "fue", "ha"},
    "it": {"il", "di", "che", "è", "per", "una", "non", "sono", "della", "con", "del", "gli", "nel", "alla", "anche"},
    "pt": {"o", "os", "que", "não", "uma", "com", "para", "do", "da", "em", "por", "mais", "foi", "são", "dos", "das"},
    "nl": {"de", "het", "een", "en", "van", "niet", "dat", "op", "zijn", "voor", "met", "ook", "maar", "werd", "wordt"},
}  # fmt: skip


def _english_enough(text: str) -> bool:
    """Whether text is English: mostly Latin letters, and more English function words than any other language's."""
    sample = text[:5000]
    letters = [c for c in sample if c.isalpha()]
    if letters and sum(1 for c in letters if c.isascii()) / len(letters) < 0.6:
        return False
    words = [w.strip(".,;:!?\"'()«»“”").lower() for w in sample.split()[:800]]
    if len(words) < 8:
        return True
    counts = {lang: sum(1 for w in words if w in vocabulary) for lang, vocabulary in _FUNCTION_WORDS.items()}
    english = counts.pop("en")
    return english / len(words) > 0.04 and english >= max(counts.values())


def _article_or_issue(article: Article, path: str, line: int | None = None) -> Article | IngestIssue:
    if not article.text.strip():
        return IngestIssue(path, "no text after cleaning", "skipped", line)
    if len(article.text) > MAX_ARTICLE_CHARS:
        size = len(article.text) / 1e6
        return IngestIssue(
            path,
            f"text is {size:.1f} million characters, over the {MAX_ARTICLE_CHARS:,} limit for one article; "
            "split it into articles",
            "skipped",
            line,
        )
    if not _english_enough(article.text):
        return IngestIssue(path, "not English text (geokg reads English news)", "skipped", line)
    return article


def read_text_article(text: str, path: str, *, html: bool = False) -> Article | IngestIssue:
    """One article from the text of a ``.txt`` or ``.html`` file."""
    if not text.strip():
        return IngestIssue(path, "empty file" if not text else "only whitespace", "skipped")
    if html:
        title, published, body = html_to_text(text)
        source = None
    else:
        header = split_header(text)
        title, published, source, body = header.title, header.published, header.source, clean_text(header.body)
    article = Article(id=article_id_for(body), text=body, title=title, published=published, source=source, path=path)
    return _article_or_issue(article, path)


def _record_date(value: Any) -> date | None:
    """A record's date field; raises ValueError (saying what it is) when it is not a date."""
    if value in (None, ""):
        return None
    return read_date(value)


# Longest metadata values a record may carry (an id or URL past these is not one).
_FIELD_LIMITS = {"id": 512, "title": 1_000, "url": 2_048, "source": 500}
_TYPE_NAMES = {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number"}


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _encodable(text: str) -> bool:
    """Whether a string can be written as UTF-8 (a lone surrogate such as \\ud800 cannot)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _record_id(value: object) -> tuple[str | None, str | None]:
    """A record's ``id`` as text, or the reason it is no id: ``(id, problem)``."""
    if value is None or value == "":
        return None, None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None, f"field 'id' must be a string or a whole number, not {_type_name(value)}"
    given = str(value)
    if len(given) > _FIELD_LIMITS["id"]:
        return None, f"field 'id' is {len(given):,} characters, over the {_FIELD_LIMITS['id']} limit"
    if not _encodable(given):
        return None, "field 'id' holds a lone surrogate (not valid Unicode)"
    return given, None


def _optional_text(record: dict[str, Any], name: str) -> tuple[str | None, str | None]:
    """An optional string field (``title``, ``url``, ``source``): ``(value, warning)``; a value of
    the wrong type, too long or not valid Unicode is dropped with a warning saying so."""
    value = record.get(name)
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        return None, f"field '{name}' must be a string, not {_type_name(value)}; the article is kept without it"
    if len(value) > _FIELD_LIMITS[name]:
        limit = _FIELD_LIMITS[name]
        return (
            None,
            f"field '{name}' is {len(value):,} characters, over the {limit:,} limit; the article is kept without it",
        )
    if not _encodable(value):
        return None, f"field '{name}' holds a lone surrogate (not valid Unicode); the article is kept without it"
    return value, None


_Kind = Literal["skipped", "failed", "warning"]


def _record_text(record: dict[str, Any]) -> tuple[str | None, tuple[str, _Kind] | None]:
    """A record's ``text``, checked before any cleaning: ``(text, (reason, kind) or None)``."""
    text = record.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return None, ("record has no text", "skipped")
    if not isinstance(text, str):
        return None, (f"field 'text' must be a string, not {_type_name(text)}", "failed")
    if len(text) > MAX_ARTICLE_CHARS:
        size = len(text) / 1e6
        return None, (
            f"text is {size:.1f} million characters, over the {MAX_ARTICLE_CHARS:,} limit for one article; split it",
            "skipped",
        )
    if not _encodable(text):
        replaced = text.encode("utf-8", "replace").decode("utf-8")
        return replaced, ("text holds lone surrogates (not valid Unicode), replaced with '?'", "warning")
    return text, None


def _record_article(record: dict[str, Any], path: str, number: int) -> Iterator[Article | IngestIssue]:
    """The article a JSON record describes, checked field by field; its warnings come first."""

    def issue(reason: str, kind: _Kind) -> IngestIssue:
        return IngestIssue(path, reason, kind, number)

    text, problem = _record_text(record)
    if problem is not None:
        yield issue(*problem)
    if text is None:
        return
    given, wrong_id = _record_id(record.get("id"))
    if wrong_id is not None:
        yield issue(f"{wrong_id}; the record is not stored", "failed")
        return
    fields = {}
    for name in ("title", "url", "source"):
        fields[name], warning = _optional_text(record, name)
        if warning is not None:
            yield issue(warning, "warning")
    try:
        published = _record_date(record.get("date") or record.get("published"))
    except ValueError as error:
        # The article is kept, undated: its relative dates stay unresolved and its claims undated.
        yield issue(f"{error}; the article is kept without a date (write YYYY-MM-DD)", "warning")
        published = None
    body = clean_text(text)
    article = Article(
        id=article_id_for(body, given=given, url=fields["url"]),
        text=body,
        title=fields["title"],
        published=published,
        url=fields["url"],
        source=fields["source"],
        path=f"{path}:{number}",
    )
    yield _article_or_issue(article, path, number)


def read_jsonl(stream: Iterable[str], path: str) -> Iterator[Article | IngestIssue]:
    """Articles from JSON Lines records ``{"id","text","title","date","url","source"}``.

    Each record is checked before it becomes an article: ``text`` a string under the size limit,
    ``id`` a string or whole number, ``title``/``url``/``source`` strings (a wrong one is dropped
    with a warning), ``date`` a date (else the article is kept undated, with a warning). A bad
    record is reported with its line and never stops the records after it.

    Example:
        >>> import io
        >>> lines = io.StringIO('{"id": {"a": 1}, "text": "Chile met Peru."}\\n{"id": "b", "text": "Peru met Chile."}')
        >>> [str(item) if isinstance(item, IngestIssue) else item.id for item in read_jsonl(lines, "in.jsonl")]
        ["in.jsonl:1: field 'id' must be a string or a whole number, not an object; the record is not stored", 'b']
    """
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestIssue(path, f"malformed JSON ({error.msg} at column {error.colno})", "failed", number)
            continue
        if not isinstance(record, dict):
            yield IngestIssue(path, "a record must be a JSON object", "failed", number)
            continue
        yield from _record_article(record, path, number)


def _folder_files(folder: Path) -> Iterator[Path | IngestIssue]:
    """The article files in a folder, recursively in name order, and an issue for each entry that
    is not read: links that dangle, loop or lead outside the folder, and FIFOs, sockets or devices
    (reading those could block a build). Files of other types are passed over in silence."""
    root = folder.resolve()
    for entry in sorted(folder.rglob("*")):
        name = str(entry)
        if entry.is_symlink():
            try:
                target = entry.resolve(strict=True)
            except (OSError, RuntimeError):
                yield IngestIssue(name, "a symbolic link that dangles or loops; not read", "skipped")
                continue
            if not target.is_relative_to(root):
                yield IngestIssue(name, f"a symbolic link to {target}, outside the folder; not read", "skipped")
                continue
        if entry.is_dir():
            continue
        if not entry.is_file():
            yield IngestIssue(name, "not a regular file (a FIFO, socket or device); not read", "skipped")
        elif entry.suffix.lower() in SUFFIXES:
            yield entry


def read_path(path: Path) -> Iterator[Article | IngestIssue]:
    """Articles from one file or a folder (recursively, in name order); only regular files are read."""
    name = str(path)
    if not path.exists():
        yield IngestIssue(name, "no such file or folder")
        return
    if path.is_dir():
        found = False
        for entry in _folder_files(path):
            if isinstance(entry, IngestIssue):
                yield entry
                continue
            found = True
            yield from read_path(entry)
        if not found:
            yield IngestIssue(name, f"folder holds no {', '.join(sorted(SUFFIXES))} files", "skipped")
        return
    if not path.is_file():
        yield IngestIssue(name, "not a regular file (a FIFO, socket or device); not read", "skipped")
        return
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield IngestIssue(name, f"unsupported file type '{suffix or 'none'}' (use .txt, .html or .jsonl)", "skipped")
        return
    try:
        if path.stat().st_size > _MAX_BYTES:
            yield IngestIssue(name, f"larger than {_MAX_BYTES // 2**20} MiB; split it")
            return
        data = path.read_bytes()
    except PermissionError:
        yield IngestIssue(name, "permission denied (cannot read the file)")
        return
    except OSError as error:
        yield IngestIssue(name, f"cannot read: {error.strerror or error}")
        return
    text, note = decode(data, name)
    if text is None:
        yield IngestIssue(name, note or "binary data")
        return
    if note:
        yield IngestIssue(name, note.split(": ", 1)[1], "warning")
    if suffix in {".jsonl", ".ndjson"}:
        yield from read_jsonl(text.splitlines(), name)
    else:
        yield read_text_article(text, name, html=suffix in {".html", ".htm"})


def read_inputs(paths: Iterable[str | Path], stdin: IO[str] | None = None) -> Iterator[Article | IngestIssue]:
    """Articles from every path; ``-`` reads stdin (JSON Lines if it starts with ``{``).

    An article whose id was already read (the same id twice, or the same text in two files) is
    reported and left out: the first is kept.
    """
    seen: dict[str, str] = {}
    for item in _raw_inputs(paths, stdin):
        if isinstance(item, Article):
            where = item.path or "<input>"
            if item.id in seen:
                reason = f"id '{item.id}' was already read from {seen[item.id]}; the first is kept"
                yield IngestIssue(where, reason, "skipped")
                continue
            seen[item.id] = where
        yield item


def _raw_inputs(paths: Iterable[str | Path], stdin: IO[str] | None) -> Iterator[Article | IngestIssue]:
    for item in paths:
        if str(item) == "-":
            stream = stdin or sys.stdin
            text = stream.read()
            if text.lstrip().startswith("{"):
                yield from read_jsonl(text.splitlines(), "<stdin>")
            else:
                yield read_text_article(text, "<stdin>", html=text.lstrip().lower().startswith("<"))
        else:
            yield from read_path(Path(item))
