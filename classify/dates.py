"""Dates in German documents: parsing, and the date of issue of a document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from hfk.classify.normalize import clean, fold_word

# Folded month names (ä->a, ae->a): "März", "Maerz", "Marz" all become "marz".
MONTHS = {
    "januar": 1,
    "jan": 1,
    "janner": 1,
    "februar": 2,
    "feb": 2,
    "marz": 3,
    "mrz": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
    # English, for applications and passports written in English
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "october": 10,
    "oct": 10,
    "december": 12,
    "dec": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

DATE_RE = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\s?\.\s?(?P<m>\d{1,2})\s?\.\s?(?P<y>\d{4}|\d{2})(?![\d])"
    r"|(?<!\d)(?P<d2>\d{1,2})\s?\.?\s?(?P<mn>" + _MONTH_ALT + r")\.?\s+(?P<y2>\d{4})(?!\d)"
    r"|(?<!\d)(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})(?!\d)"
)

# Context (folded, just before the date) that says the date is not the document's own.
_BIRTH = re.compile(
    r"(\bgeb\b\.?|geboren|geburtsdatum|geburtstag|date of birth|\bborn\b|\*)\s*(am|on)?\s*:?\s*$"
)
_DEADLINE = re.compile(
    r"(\bbis\b( zum| spatestens| einschliesslich)?|\bfrist\w*|spatestens|gultig bis|befristet bis|\bablauf\w*"
    r"|valid until|date of expiry|\bseit\b|\bab\b|\bzum\b|\bvon\b|termin\w*( am| fur den)?|\bfur den)"
    r"\s*(dem|den|am)?\s*:?\s*$"
)
_QUOTED = re.compile(
    r"(\bvom\b|\bv\.|\bvon\b|\bdatiert)\s*:?\s*$"  # "Bescheid vom 02.11.2024", "Schreiben v. 1.2.2025"
)
_ISSUE_LABEL = re.compile(r"(\bdatum|\bdate|ausgestellt am|erstellt am|\bstand)\s*:?\s*$")
_DEN = re.compile(r"\bden\s*$")
_PLACE_COMMA = re.compile(r"(^|\n)\s*[a-z][a-z .\-/()]{1,40},\s*(den\s*)?$")


@dataclass
class DateCandidate:
    iso: str
    score: float
    position: int


def to_iso(day: int, month: int, year: int) -> str | None:
    if year < 100:
        # two-digit years: "14.03.25" -> 2025; "03.04.88" -> 1988
        year += 2000 if year <= (date.today().year % 100) + 1 else 1900
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_match(m: re.Match[str]) -> str | None:
    if m.group("d"):
        return to_iso(int(m.group("d")), int(m.group("m")), int(m.group("y")))
    if m.group("d2"):
        return to_iso(int(m.group("d2")), MONTHS[m.group("mn")], int(m.group("y2")))
    return to_iso(int(m.group("d3")), int(m.group("m3")), int(m.group("y3")))


def parse_date(text: str) -> str | None:
    """The first date in a short text, as ISO, or None."""
    m = DATE_RE.search(fold_word(clean(text)))
    return parse_match(m) if m else None


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """All dates in a (folded) text: (iso, start, end)."""
    out = []
    for m in DATE_RE.finditer(text):
        iso = parse_match(m)
        if iso:
            out.append((iso, m.start(), m.end()))
    return out


def issue_date_candidates(text: str) -> list[DateCandidate]:
    """Score every date of a document as its date of issue."""
    folded = fold_word(clean(text))
    n = max(1, len(folded))
    found: list[DateCandidate] = []
    for iso, start, end in find_dates(folded):
        before = folded[max(0, start - 40) : start]
        line_start = folded.rfind("\n", 0, start) + 1
        line_end = folded.find("\n", end)
        line = folded[line_start : line_end if line_end >= 0 else n]
        year = int(iso[:4])
        score = 1.0
        if _BIRTH.search(before):
            score -= 20
        elif _DEADLINE.search(before):
            score -= 8
        elif _QUOTED.search(before):
            score -= 8
        else:
            if _ISSUE_LABEL.search(before):
                score += 4
            if _DEN.search(before) and _PLACE_COMMA.search(folded[line_start:start]):
                score += 4
            elif _DEN.search(before):
                score += 2
            elif _PLACE_COMMA.search(folded[line_start:start]):
                score += 3
            if line.strip() == folded[start:end].strip():
                score += 1.5  # a date alone on its line (letterhead, signature block)
            rel = start / n
            if rel < 0.25 or rel > 0.75:
                score += 0.5
        if year < 1990:
            score -= 5  # documents of a case are rarely that old; birth dates often are
        found.append(DateCandidate(iso=iso, score=score, position=start))
    return found


def issue_date(text: str) -> str | None:
    """The document's date of issue: the best-scored date that is not a birth date, deadline or quote."""
    candidates = [c for c in issue_date_candidates(text) if c.score > 0]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.score, -c.position))
    return best.iso
