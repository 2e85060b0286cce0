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
# OCR reads "m" as "rn" ("Dezernber", "rnärz"): accept that spelling of every month with an "m".
MONTHS.update({k.replace("m", "rn"): v for k, v in list(MONTHS.items()) if "m" in k and len(k) > 3})
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

DATE_RE = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\s?\.\s?(?P<m>\d{1,2})\s?\.\s?(?P<y>\d{4}|\d{2})(?![\d])"
    # (OCR reads the day's dot as a comma off a fax: "den 16, September 2021")
    r"|(?<!\d)(?P<d2>\d{1,2})\s?[.,]?\s?(?P<mn>" + _MONTH_ALT + r")\.?\s+(?P<y2>\d{4})(?!\d)"
    r"|(?<!\d)(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})(?!\d)"
    # "14/03/2025": English forms and some medical software; four-digit year only
    r"|(?<![\d/])(?P<d5>\d{1,2})/(?P<m5>\d{1,2})/(?P<y5>\d{4})(?![\d/])"
    # "March 14, 2025"
    r"|(?<![a-z])(?P<mn4>" + _MONTH_ALT + r")\.?\s(?P<d4>\d{1,2}),?\s(?P<y4>\d{4})(?!\d)"
    # "11.X.2025", "8.IV.2024": the month in Roman numerals (folded to small letters; OCR may set a stray
    # "1" before it, "8.1IX.2024", or read an I after a V or X as a one, "5.X1.2024"); I, II and III only
    # where no digit repair took them for ones
    r"|(?<![\d.])(?P<d6>\d{1,2})\s?\.\s?[1l|]?(?P<r6>[xv][xvi1]{0,3}|i[xv]|i{1,3})\s?\.\s?(?P<y6>\d{4})(?!\d)"
)
_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
}

# A numeric date as OCR garbles it: "14.O3.2025", "l4.03.2025", "14,03.2025", "09, 10.2008".
_OCR_DATE = re.compile(r"(?<![\w.,])[\dOoIli|]{1,2} ?[.,] ?[\dOoIli]{1,2} ?[.,] ?[\dOoIli]{2,4}(?![\w])")
_OCR_DIGITS = str.maketrans({"o": "0", "O": "0", "l": "1", "I": "1", "i": "1", "|": "1", ",": "."})


def repair_ocr_digits(folded: str) -> str:
    """Put digits back into numeric dates where OCR read letters; the length stays the same."""

    def fix(m: re.Match[str]) -> str:
        s = m.group(0)
        if sum(ch.isdigit() for ch in s) < 4:
            return s
        return s.translate(_OCR_DIGITS)

    return _OCR_DATE.sub(fix, _SPLIT_DAY.sub(lambda m: " " + m.group(1).replace(" ", ""), folded))


# OCR splits the two digits of a day ("1 2.03.2024"); joined with the space moved in front, so the
# text keeps its length and positions stay valid. Only into a real day, and only before a month padded
# with a zero: who writes "5.1.2011" or "1.12.2020" may not pad the day either, so "3 5.1.2011" and
# "3 1.12.2020" are a row's number and a date.
_SPLIT_DAY = re.compile(r"(?<![\w.,])([0-2] [0-9]|3 [01])(?= ?[.,] ?[0Oo][\dOo] ?[.,] ?[\dOo]{2,4}(?!\w))")


# Context (folded, just before the date) that says the date is not the document's own.
_BIRTH = re.compile(
    r"(\bgeb\b\.?|geboren|geburtsdatum|geb\.?\s?-?\s?datum|geburtstag|date of birth|\bdob\b|\bborn\b|\*)"
    r"\s*(am|on|den)?\s*:?\s*$"
)
_DEADLINE = re.compile(
    r"(\bbis\b( zum| spatestens| einschliesslich)?|\bfrist\w*|spatestens|gultig\w*( bis)?|befristet bis|\bablauf\w*"
    r"|valid until|date of expiry|expiry|\bseit\b|\bab\b|\bzum\b|\bvon\b|termin\w*( am| fur den)?|\bfur den"
    r"|eingang\w*|eingegangen( am)?|zugestellt( am)?|zustellung|bekanntgabe|wiedervorstellung|wiedervorlage"
    r"|kontrolle|endet( am)?|nachste\w* (vorstellung|untersuchung)|aufnahme|entlassung|aufgenommen|entlassen|eingereist|einreise|\bverlassen)"
    r"\s*(dem|den|am)?\s*:?\s*$"
)
_QUOTED = re.compile(
    r"(\bvom\b|\bv\.|\bvon\b|\bdatiert|\bdated)\s*:?\s*$"  # "Bescheid vom 02.11.2024", "Schreiben v. 1.2.2025"
)
_ISSUE_LABEL = re.compile(
    r"(\bdatum|\bdate(?! of (?:birth|expiry))|ausstellungsdatum|ausfertigungsdatum|erstellungsdatum|briefdatum"
    # a decision's own date in its delivery note: "Entscheidungsdatum: 16.07.2020"
    r"|entscheidungsdatum|bescheid(?:s)?datum"
    # "Brief geschrieben am 22.01.2025", "diktiert am"
    r"|ausgestellt( am)?|ausgefertigt( am)?|erstellt( am)?|geschrieben( am)?|diktiert( am)?|\bstand|date of issue)\s*:?\s*$"
)
# The label earlier on the line: "Ort, Datum: Nürnberg, 14.03.2025", "Datum des Bescheids: ...".
_LABEL_IN_LINE = re.compile(
    r"(?:^|[\s|/,(])(?:datum|date(?! of (?:birth|expiry))|ausstellungsdatum|entscheidungsdatum|ausgestellt am|erstellt am)\b"
    r"[^\d\n]{0,40}$"
)
# A label that ends the previous line, its value on this one (table cells, stacked by a text layer).
_LABEL_PREV_LINE = re.compile(
    r"(?:^|[\s|/,(])(?:ort,? ?)?(?:datum|date|ausstellungsdatum|ausgestellt am)\s*:?\s*$"
)
# A printout's date ("St.-Lukas-Hospital – Ausdruck vom 15.06.2025 – S. 1/1"): a hospital's letter may
# carry no other date of its own than the day it was printed.
_PRINTED = re.compile(r"\b(?:ausdruck|ausgedruckt|gedruckt|druckdatum)\s*(?:vom|am)?\s*:?\s*$")
_DEN = re.compile(r"\bden\s*$")
_PLACE_COMMA = re.compile(r"(^|\n)\s*[a-z][a-z .\-/()]{1,40}[,.]\s*(den\s*|am\s*)?$")
# The document's own title with its date: "Bescheid vom 14.03.2025", "Ärztliches Attest vom ...", the copy's
# date ("Ausfertigung vom ..."), also as the
# last part of a compound ("Entlassungsbericht vom ...", "Verlaufsbericht vom ...", "Ablehnungsbescheid vom ...").
_TITLE_VOM = re.compile(
    # "Haus- und Facharztbericht vom", "Psychiatrisch- psychotherapeutische Stellungnahme vom"
    r"^\s*(?:[a-z]+-?\s){0,3}?[a-z\-]*(?:bescheid|attest|gutachten|stellungnahme|bescheinigung|arztbrief"
    r"|bericht|entscheidung|beschluss|urteil|certificate|report|ausfertigung)\s+(?:vom|v\.|dated|of)\s*:?\s*$"
)
# Words that make "... Bescheid vom" a reference inside a sentence, not a title.
_REFERENCE_WORDS = re.compile(
    r"\b(ihr|ihre|ihres|ihren|ihrem|unser|unsere|unseres|unserem|zum|zur|den|dem|der|des|die|das|mit|gegen"
    r"|im|laut|lt|auf|in|an|nach|gemass|siehe|vgl|letzte[nmrs]?|o\.?\s?g|bezug|betreff|betr)\b"
)
_CONTINUES = re.compile(r"\b[a-z][a-z]*[,]?\s*$")  # a line that ends in a small word runs on
# The transmission line a fax machine prints on every page ("22.07.2025 14:35 FAX +49 412 443219
# Kanzlei S. 5/7", "Von: +49 ... An: ... 12.03.2025 09:14 Seite 2"): the date of sending, never the
# document's own date. A time of day on the same line plus a fax/phone/page mark tells it.
_TRANSMISSION_TIME = re.compile(r"(?<![\d.:])[0-2]?\d\s?:\s?[0-5]\d(?![\d.])")
_TRANSMISSION_MARK = re.compile(
    r"\b(fax|telefax|faxnr|tx|rx)\b|\+\s?\d{2}\b|\b(von|from|an|to)\s*:|\b[sp]\.\s?\d{1,3}\s?/\s?\d{1,3}\b"
)


@dataclass
class DateCandidate:
    iso: str
    score: float
    position: int


def to_iso(day: int, month: int, year: int) -> str | None:
    if year < 100:
        # two-digit years: "14.03.25" -> 2025; "03.04.88" -> 1988
        year += 2000 if year <= (date.today().year % 100) + 1 else 1900
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_match(m: re.Match[str]) -> str | None:
    if m.group("d"):
        return to_iso(int(m.group("d")), int(m.group("m")), int(m.group("y")))
    if m.group("d2"):
        return to_iso(int(m.group("d2")), MONTHS[m.group("mn")], int(m.group("y2")))
    if m.group("d5"):
        return to_iso(int(m.group("d5")), int(m.group("m5")), int(m.group("y5")))
    if m.group("d4"):
        return to_iso(int(m.group("d4")), MONTHS[m.group("mn4")], int(m.group("y4")))
    if m.group("d6"):
        month = _ROMAN.get(m.group("r6").replace("1", "i"))
        return to_iso(int(m.group("d6")), month, int(m.group("y6"))) if month else None
    return to_iso(int(m.group("d3")), int(m.group("m3")), int(m.group("y3")))


def parse_date(text: str) -> str | None:
    """The first date in a short text, as ISO, or None."""
    m = DATE_RE.search(repair_ocr_digits(fold_word(clean(text))))
    return parse_match(m) if m else None


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """All dates in a (folded) text: (iso, start, end)."""
    out = []
    for m in DATE_RE.finditer(text):
        iso = parse_match(m)
        if iso:
            out.append((iso, m.start(), m.end()))
    return out


def _previous_line(folded: str, line_start: int) -> str:
    """The last non-empty line before the line that starts at line_start."""
    head = folded[: max(0, line_start - 1)].rstrip()
    return head[head.rfind("\n") + 1 :]


def _title_vom(line_prefix: str, prev_line: str) -> bool:
    """The date belongs to the document's own title ("Bescheid vom ..."), not to a reference inside
    a sentence that wrapped onto a new line ("... lehnte das Bundesamt mit\nBescheid vom ...")."""
    m = _TITLE_VOM.search(line_prefix)
    if not m:
        return False
    if _REFERENCE_WORDS.search(line_prefix):
        return False
    last = prev_line.rstrip()
    if last and re.search(r"\b(mit|den|dem|der|des|zum|zur|gegen|ihr|ihre[nms]?|laut|und|sowie)$", last):
        return False
    return True


def _transmission_line(folded: str, start: int, end: int) -> bool:
    """The date sits in a fax transmission header or footer: a time of day right next to it and a
    fax, phone or page mark on the same line."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line = folded[line_start : line_end if line_end >= 0 else len(folded)]
    near = folded[max(line_start, start - 12) : start] + " " + folded[end : end + 12]
    if not _TRANSMISSION_TIME.search(near):
        return False
    rest = line[: start - line_start] + " " + line[end - line_start :]
    return bool(_TRANSMISSION_MARK.search(_TRANSMISSION_TIME.sub(" ", rest)))


def issue_date_candidates(text: str) -> list[DateCandidate]:
    """Score every date of a document as its date of issue."""
    folded = repair_ocr_digits(fold_word(clean(text)))
    n = max(1, len(folded))
    dates = find_dates(folded)
    sent = {start for _, start, end in dates if _transmission_line(folded, start, end)}
    latest_year = max((int(iso[:4]) for iso, start, _ in dates if start not in sent), default=0)
    found: list[DateCandidate] = []
    for iso, start, end in dates:
        if start in sent:
            found.append(DateCandidate(iso=iso, score=-15, position=start))
            continue
        before = folded[max(0, start - 40) : start]
        line_start = folded.rfind("\n", 0, start) + 1
        line_end = folded.find("\n", end)
        line = folded[line_start : line_end if line_end >= 0 else n]
        line_prefix = folded[line_start:start]
        prev_line = _previous_line(folded, line_start)
        year = int(iso[:4])
        score = 1.0
        if _BIRTH.search(before):
            score -= 20
        elif _title_vom(line_prefix, prev_line):
            score += 4
        elif _PRINTED.search(before):
            score += 3
        elif _DEADLINE.search(before):
            score -= 8
        elif _QUOTED.search(before):
            score -= 8
        else:
            if _ISSUE_LABEL.search(before):
                score += 4
            elif _LABEL_IN_LINE.search(line_prefix) and not _BIRTH.search(line_prefix):
                score += 3
            elif not line_prefix.strip(" ,") and _LABEL_PREV_LINE.search(prev_line):
                score += 3.5
            if _DEN.search(before) and _PLACE_COMMA.search(line_prefix):
                score += 4
            elif _DEN.search(before):
                score += 2
            elif _PLACE_COMMA.search(line_prefix):
                score += 3
            elif _LABEL_PREV_LINE.search(prev_line) and _PLACE_COMMA.search(line_prefix):
                score += 3
            if line.strip() == folded[start:end].strip():
                score += 1.5  # a date alone on its line (letterhead, signature block)
            elif not folded[end : line_end if line_end >= 0 else n].strip() and start / n < 0.3:
                score += 0.5  # at the end of a letterhead line ("Herrn Karimi      14.03.2025")
            rel = start / n
            if rel < 0.25 or rel > 0.75:
                score += 0.5
        if year < 1990:
            score -= 5  # documents of a case are rarely that old; birth dates often are
        elif year < latest_year - 10:
            score -= 4  # far older than the newest date of the document: a birth date without label
        found.append(DateCandidate(iso=iso, score=score, position=start))
    return found


def birth_dates(text: str) -> list[str]:
    """Dates a text gives as someone's birth date ("geb. am 12.05.2012", "Geburtsdatum: ...")."""
    folded = repair_ocr_digits(fold_word(clean(text)))
    found: list[str] = []
    for iso, start, _ in find_dates(folded):
        if _BIRTH.search(folded[max(0, start - 40) : start]) and iso not in found:
            found.append(iso)
    return found


def issue_date(text: str) -> str | None:
    """The document's date of issue: the best-scored date that is not a birth date, deadline or quote."""
    candidates = [c for c in issue_date_candidates(text) if c.score > 0]
    if not candidates:
        return None
    # A decision or report is usually written after everything it recounts: a slight preference for
    # the newest plausible date when the context does not decide.
    newest = max(c.iso for c in candidates)
    for c in candidates:
        if c.iso == newest:
            c.score += 0.75
    best = max(candidates, key=lambda c: (c.score, -c.position))
    return best.iso
