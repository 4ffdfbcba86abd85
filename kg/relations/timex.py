"""Resolve time expressions against an article's publication date.

Returns EDTF-style text plus the first and last day of the interval.

Example:
    >>> from datetime import date
    >>> resolve_time("on Sunday", date(2023, 9, 12))
    ('2023-09-10', datetime.date(2023, 9, 10), datetime.date(2023, 9, 10))
    >>> resolve_time("in the 1980s", date(2023, 9, 12))[0]
    '1980/1989'
    >>> resolve_time("in July", date(2023, 9, 12))[0]
    '2023-07'
    >>> resolve_time("on November 27", date(2020, 1, 10))[0]
    '2019-11-27'
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

__all__ = ["TimeValue", "day_bound", "resolve_time"]

TimeValue = tuple[str, date, date]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [m.lower() for m in calendar.month_name if m]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)}


def _month_number(word: str) -> int | None:
    """1–12 for a month's name or abbreviation ("november", "nov", "sept"), else None."""
    if word in _MONTHS or word in _MONTH_ABBR or word == "sept":
        return _MONTH_ABBR[word[:3]]
    return None


def _month(year: int, month: int) -> TimeValue:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, last)


def _year(year: int) -> TimeValue:
    return f"{year:04d}", date(year, 1, 1), date(year, 12, 31)


def _day(day: date) -> TimeValue:
    return day.isoformat(), day, day


def _interval(start: date, end: date) -> TimeValue:
    return f"{start.isoformat()}/{end.isoformat()}", start, end


def _anaphoric_time(t: str, year: int) -> TimeValue | None:
    """ "that year", "that February", "later that month of May" with the year the context names."""
    if re.search(r"\bthat year\b", t):
        return _year(year)
    for index, name in enumerate(_MONTHS):
        if re.search(rf"\bthat {name}\b", t):
            return _month(year, index + 1)
    return None


def _day_of_month(t: str, published: date, past: bool = False) -> TimeValue | None:
    """ "November 27", "Nov. 27" or "27 November" without a year: the occurrence nearest the
    publication date, so a late-November day named in January is last year's; a day ahead counts
    twice as far as one behind (with ``past``, as after "since", only days behind count)."""
    match = re.search(r"\b([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?\b", t) or re.search(
        r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\b", t
    )
    if not match:
        return None
    a, b = match.groups()
    month_name, day_text = (a, b) if not a.isdigit() else (b, a)
    month = _month_number(month_name)
    if month is None:
        return None
    days = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days.append(date(year, month, int(day_text)))
        except ValueError:
            continue
    if past:
        days = [d for d in days if d <= published]
    if not days:
        return None
    # news tells of the past more than it schedules: a day ahead counts twice as far
    return _day(min(days, key=lambda d: (published - d).days if d <= published else 2 * (d - published).days))


def resolve_time(text: str, published: date | None, context_year: int | None = None) -> TimeValue | None:
    """Resolve a time expression; None when it names no resolvable time.

    Args:
        text: The expression as written ("last week", "in 2022", "Sunday evening").
        published: The article's publication date, the anchor for relative expressions.
        context_year: The year the article last named ("in 2014 …"): "that year", "earlier that
            year" and "that February" refer to it, not to the year of publication.

    Example:
        >>> resolve_time("earlier that year", date(2019, 5, 1), context_year=2014)[0]
        '2014'
        >>> resolve_time("that February", date(2019, 5, 1), context_year=2014)[0]
        '2014-02'
    """
    t = re.sub(r"\s+", " ", text.lower()).strip()
    if context_year is not None and re.search(r"\bthat (year|[a-z]+)\b", t):
        anaphoric = _anaphoric_time(t, context_year)
        if anaphoric is not None:
            return anaphoric
    if published is not None and re.search(r"\blater this week\b", t):
        monday = published - timedelta(days=published.weekday())
        return _interval(published, monday + timedelta(days=6))
    t = re.sub(r"^(on|in|at|during|since|by|from|of|the|earlier|later)\s+", "", t)
    t = re.sub(r"^(the|this|that)\s+", lambda m: m.group(0) if m.group(1) == "this" else "", t)

    match = re.search(r"\b(1[89]\d0|20\d0)s\b", t)
    if match:
        start = int(match.group(1))
        return f"{start}/{start + 9}", date(start, 1, 1), date(start + 9, 12, 31)

    match = re.search(r"\b([a-z]+)\.? (\d{1,2}),? (\d{4})\b", t) or re.search(r"\b(\d{1,2}) ([a-z]+),? (\d{4})\b", t)
    if match:
        a, b, year = match.groups()
        month_name, day_text = (a, b) if not a.isdigit() else (b, a)
        month = _month_number(month_name)
        if month:
            try:
                return _day(date(int(year), month, int(day_text)))
            except ValueError:
                return None

    match = re.search(r"\b([a-z]+) (\d{4})\b", t)
    month = _month_number(match.group(1)) if match else None
    if match and month is not None:
        return _month(int(match.group(2)), month)

    match = re.search(r"\b(1[89]\d\d|20\d\d)\b", t)
    if match:
        return _year(int(match.group(1)))

    if published is None:
        return None

    day_of_month = _day_of_month(t, published, past=text.lower().lstrip().startswith("since"))
    if day_of_month is not None:
        return day_of_month

    if t in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return _day(published)
    if t in {"yesterday", "last night"}:
        return _day(published - timedelta(days=1))
    if t == "tomorrow":
        return _day(published + timedelta(days=1))

    for index, name in enumerate(_WEEKDAYS):
        if re.match(rf"^{name}\b", t) or re.match(rf"^(last|this|next) {name}\b", t):
            delta = (published.weekday() - index) % 7
            if t.startswith("next "):
                return _day(published + timedelta(days=(index - published.weekday()) % 7 or 7))
            if t.startswith("last ") and delta < 2:
                delta += 7  # "last Thursday" said on a Friday is not yesterday (that is "yesterday")
            return _day(published - timedelta(days=delta))

    monday = published - timedelta(days=published.weekday())
    if t in {"last week", "the previous week", "previous week"}:
        return _interval(monday - timedelta(days=7), monday - timedelta(days=1))
    if t in {"this week", "week"}:
        return _interval(monday, monday + timedelta(days=6))
    if t in {"later this week"}:
        return _interval(published, monday + timedelta(days=6))
    if t in {"next week"}:
        return _interval(monday + timedelta(days=7), monday + timedelta(days=13))
    if t in {"this month", "month", "earlier this month"}:
        return _month(published.year, published.month)
    if t in {"last month", "previous month"}:
        first = published.replace(day=1) - timedelta(days=1)
        return _month(first.year, first.month)
    if t in {"this year", "year", "earlier this year"}:
        return _year(published.year)
    if t in {"last year", "previous year"}:
        return _year(published.year - 1)
    if t in {"next year"}:
        return _year(published.year + 1)

    for index, name in enumerate(_MONTHS):
        if t == name or t == name[:3] or re.match(rf"^(last|this|early|late|mid-?)\s*{name}$", t):
            month = index + 1
            year = published.year if month <= published.month else published.year - 1
            if t.startswith("this "):
                year = published.year
            return _month(year, month)
    return None


def day_bound(value: str | date | None, *, end: bool = False) -> date | None:
    """The first day a date a user wrote names, or with ``end`` its last ("2023-03" → 1 or 31 March),
    for filters by day; a ``date`` is itself, ``None`` none.

    Raises:
        InputError: the text is no date.

    Example:
        >>> day_bound("2023-03"), day_bound("2023-03", end=True)
        (datetime.date(2023, 3, 1), datetime.date(2023, 3, 31))
        >>> day_bound("2023-03-05", end=True), day_bound("2023", end=True)
        (datetime.date(2023, 3, 5), datetime.date(2023, 12, 31))
    """
    if value is None or isinstance(value, date):
        return value
    iso = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", value)
    if iso and iso[2]:  # "2023-03", "2023-03-05": the month or the day itself (news text rarely writes these)
        year, month = int(iso[1]), int(iso[2])
        last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
        day = int(iso[3]) if iso[3] else (last if end else 1)
        if 1 <= day <= last:
            return date(year, month, day)
    resolved = None if iso and iso[2] else resolve_time(value, None)  # "2023-02-30" is no day
    if resolved is None:
        from kg.errors import InputError

        raise InputError(f"cannot read the date {value!r}; write YYYY, YYYY-MM or YYYY-MM-DD")
    return resolved[2] if end else resolved[1]
