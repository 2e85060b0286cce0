"""Text clean-up for matching: repair OCR/encoding noise, fold case and umlauts, split sentences."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# UTF-8 bytes decoded as Mac Roman ("Fl√ºchtlinge") or Latin-1 ("FlÃ¼chtlinge"): seen in mails and
# PDF text layers of scanners. Longest sequences first so "√ü" is not eaten by a shorter pattern.
_MOJIBAKE = {
    "√§": "ä",
    "√∂": "ö",
    "√º": "ü",
    "√ü": "ß",
    "√Ñ": "Ä",
    "√ñ": "Ö",
    "√ú": "Ü",
    "Ã¤": "ä",
    "Ã¶": "ö",
    "Ã¼": "ü",
    "ÃŸ": "ß",
    "Ã„": "Ä",
    "Ã–": "Ö",
    "Ãœ": "Ü",
    "Ã©": "é",
    # combining marks left by some PDF producers (u + U+0308) are handled by NFKC below
}
_MOJIBAKE_RE = re.compile("|".join(re.escape(k) for k in sorted(_MOJIBAKE, key=len, reverse=True)))

# Characters OCR and word processors use for a plain hyphen/quote/space.
_CHAR_MAP = str.maketrans(
    {
        "\u00ad": "",  # soft hyphen
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u201e": '"',
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
    }
)

# "Flücht-\nlinge" -> "Flüchtlinge", but keep "Sprach- und" (a real hyphenated enumeration).
_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(?!und\b|oder\b|bzw\b)([a-zäöüß])")
_SPACES = re.compile(r"[ \t\f\v]+")
# A title set in spaced-out capitals ("V o l l m a c h t", "V O L L M A C H T"): five or more single
# letters with one space between them are one word. Real text has no such runs.
_SPACED_WORD = re.compile(r"(?<!\w)(?:[^\W\d_] ){4,}[^\W\d_](?!\w)")
_MANY_NEWLINES = re.compile(r"\n\s*\n+")

_FOLD_MAP = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "á": "a"})
# "ae"/"oe"/"ue" are the typewriter spelling of umlauts ("Maerz", "Fluechtlinge"); folding both
# spellings to the bare vowel also makes OCR that lost the dots ("Fluchtlinge") match.
_DIGRAPHS = re.compile(r"([aou])e")


@lru_cache(maxsize=512)
def clean(text: str) -> str:
    """Repair encoding noise, unify characters, join hyphenated line breaks; case is kept."""
    if not text:
        return ""
    text = _MOJIBAKE_RE.sub(lambda m: _MOJIBAKE[m.group(0)], text)
    text = unicodedata.normalize("NFKC", text)  # ligatures "ﬁ" -> "fi", combining umlauts
    text = text.translate(_CHAR_MAP).replace("\r\n", "\n").replace("\r", "\n")
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = _SPACES.sub(" ", text)
    text = _SPACED_WORD.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def fold_word(text: str) -> str:
    """Casefold and fold umlauts/digraphs; no whitespace changes."""
    text = text.casefold().translate(_FOLD_MAP)
    return _DIGRAPHS.sub(r"\1", text)


@lru_cache(maxsize=512)
def fold(text: str) -> str:
    """Matching form: cleaned, casefolded, umlauts folded, all whitespace collapsed to one space."""
    return re.sub(r"\s+", " ", fold_word(clean(text))).strip()


# OCR reads "l" as "1" or "|" and "o" as "0" inside words ("Vo11macht"); only a token that is mostly
# letters is repaired, so dates and numbers stay as they are.
_OCR_WORD = re.compile(r"(?<![\w|])[a-z][a-z01|]*[01|][a-z01|]*[a-z](?![\w|])")
_OCR_LETTERS = str.maketrans({"1": "l", "|": "l", "0": "o"})


def ocr_letters(folded: str) -> str:
    """Folded text with digit-for-letter confusions inside words undone ("vo11macht" -> "vollmacht")."""
    return _OCR_WORD.sub(lambda m: m.group(0).translate(_OCR_LETTERS), folded)


def compact(folded: str) -> str:
    """Folded text without spaces: lets "Flücht linge" (a word split by OCR) match "fluchtlinge"."""
    return re.sub(r"[\s\-]+", "", folded)


# A fax machine's transmission line on top of every page ("03.06.2025 09:22 FAX 05251-4471 S. 2") and a
# page footer ("Seite 2 von 3", "- 2 -", "- 1/2 -"): they cut a table that runs on to the next page in two.
# (OCR reads the fax line's "S. 6/6" as "5. 6/6": a page count after it closes the line all the same)
PAGE_LINE = re.compile(
    r"^[^\n]{0,40}(?<![\d.:])[0-2]?\d\s?:\s?[0-5]\d(?![\d.])[^\n]*\b(?:FAX|Fax|Telefax|S\s?\.|Seite|Page)"
    r"[^\n]{0,30}$|^[^\n]{0,40}(?<![\d.:])[0-2]?\d\s?:\s?[0-5]\d(?![\d.])[^\n]*\b(?:FAX|Fax|Telefax)\b[^\n]*"
    r"\b[S5]\s?\.\s?\d{1,3}\s?/\s?\d{1,3}[ \t]*$|^[ \t]*(?:Seite|Page|S\.)\s?\d{1,3}(?:\s?(?:von|/|of)\s?\d{1,3})?[ \t]*$|^[ \t]*-\s?\d{1,3}(?:\s?/\s?\d{1,3})?\s?-[ \t]*$",
    re.M,
)
_ABBREVIATIONS = (
    "geb",
    "nr",
    "str",
    "dr",
    "med",
    "abs",
    "az",
    "ca",
    "bzw",
    "vgl",
    "z.b",
    "u.a",
    "d.h",
    "gesch.-z",
    "s",
    "hr",
    "fr",
    "inkl",
    "ggf",
    "evtl",
    "tel",
    "dipl",
    "prof",
    "jan",
    "feb",
    "aug",
    "sept",
    "okt",
    "nov",
    "dez",
)
# A sentence also ends before a list item and before a line that opens with a label ("Begründung:",
# "Wohnhaft:"): lines without full stops (a list of persons, a form) are not one long sentence.
_SENTENCE_END = re.compile(
    # a sentence may open with a bracketed number ("[2] Nach fünf Schuljahren ...")
    r"(?<=[.!?])\s+(?=[\"'(\[]?[A-ZÄÖÜ0-9§])|\n\s*\n|\n(?=\s*(?:[-•*]|\d+\.|\[\d{1,2}\])\s)"
    r"|\n(?=[A-ZÄÖÜ][\w\-]*(?: [\w\-]+){0,3}:\s)"
)


def sentences(text: str) -> list[str]:
    """Split cleaned text into sentences; dates ("14.03.2025") and abbreviations stay inside."""
    text = clean(text)
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        chunk = text[start : m.start()]
        last_word = re.search(r"([\w.\-]+)\.$", chunk)
        if last_word and last_word.group(1).lower() in _ABBREVIATIONS:
            continue
        if re.search(r"\b\d{1,2}\.$", chunk):  # "14. März": day number, not a sentence end
            continue
        parts.append(chunk)
        start = m.end()
    parts.append(text[start:])
    return [re.sub(r"\s+", " ", p).strip() for p in parts if p.strip()]


def shorten(sentence: str, limit: int = 200) -> str:
    """A sentence for the report: whitespace collapsed, cut at a word boundary."""
    sentence = re.sub(r"\s+", " ", sentence).strip()
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut + " …"
