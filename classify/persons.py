"""Persons named in an application: name, first name, birth date and place, nationality, address."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from hfk.classify.dates import DATE_RE, parse_date, parse_match
from hfk.classify.model import Person
from hfk.classify.normalize import clean, fold_word

DATA = Path(__file__).with_name("data")

_AE, _OE, _UE = "(?:ä|ae|a)", "(?:ö|oe|o)", "(?:ü|ue|u)"
_DATE_TXT = r"\d{1,2}\s?\.\s?(?:\d{1,2}\s?\.|\s?[A-Za-zäÄ]{3,9}\.?)\s?\d{2,4}|\d{4}-\d{2}-\d{2}"
_CAP = r"[A-ZÄÖÜ][\w'’\-]*"  # a capitalised word (names, but also every German noun)

# Words before a name that are not part of it (German nouns are capitalised, so they must be named).
_NOT_NAME = {
    "herr",
    "herrn",
    "frau",
    "familie",
    "ehefrau",
    "ehemann",
    "ehegatte",
    "ehegattin",
    "sohn",
    "tochter",
    "kind",
    "kinder",
    "bruder",
    "schwester",
    "mutter",
    "vater",
    "mandant",
    "mandantin",
    "mandanten",
    "antragsteller",
    "antragstellerin",
    "lebensgefahrtin",
    "lebensgefahrte",
    "partner",
    "partnerin",
    "name",
    "vorname",
    "und",
    "sowie",
    "fur",
    "ich",
    "wir",
    "mich",
    "uns",
    "die",
    "der",
    "des",
    "den",
    "meine",
    "mein",
    "meines",
    "meiner",
    "seine",
    "sein",
    "ihre",
    "ihr",
    "unsere",
    "unser",
    "unseres",
    "person",
    "personen",
    "nr",
    "dr",
    "klient",
    "klientin",
    "eheleute",
    "geschwister",
    "enkel",
    "enkelin",
    "neffe",
    "nichte",
    "cousin",
    "cousine",
    "onkel",
    "tante",
    "pflegekind",
    "stiefsohn",
    "stieftochter",
    "hiermit",
    "beantrage",
    "freund",
    "freundin",
    "schwager",
    "schwagerin",
    "nachbar",
    "nachbarin",
    "mann",
    "beantragen",
    "antrag",
    "härtefallantrag",
    "betreff",
    "betr",
    "alle",
}

_ADDRESS = re.compile(
    r"(?P<addr>[A-ZÄÖÜ][\w\-\.äöüß]*(?:[ \-][\w\-\.äöüß]+){0,4}\s\d{1,4}\s?[a-zA-Z]?(?:\s?-\s?\d{1,4})?"
    r"(?:\s*,\s*|\s+|\s*\n\s*)\d{5}\s+[A-ZÄÖÜ][\w\-]*(?:\s(?:an der|am|im|in|a\.\s?d\.)\s[A-ZÄÖÜ][\w\-]*)?"
    r"(?:\s?\([^)\n]{1,30}\))?)"
)
_ADDRESS_INTRO = re.compile(
    r"(?:wohnhaft|wohnen|wohnt|Anschrift|Adresse|Wohnanschrift|Wohnort|leben in|lebt in|residing at|address)"
    r"\s*(?:in|:|ist|lautet)?\s*:?\s*",
    re.I,
)
_BIRTH_MARK = re.compile(
    r"(?:\bgeb\.?|\bgeboren|\bborn)\s*(?:am|on)?\s*:?\s*(?P<date>" + _DATE_TXT + r")",
    re.I,
)
_PLACE_AFTER = re.compile(
    r"^\s*(?:in|zu|im|at|in\s+der\s+Stadt)\s+(?P<place>[A-ZÄÖÜ][\w\-’']*(?:[ \-](?:[A-ZÄÖÜ][\w\-’']*|al|el|an|am))*"
    r"(?:\s*\([^)\n]{1,40}\))?)"
)

# Labelled fields ("Name: Karimi", "Staatsangehörigkeit: afghanisch"), also in one table row.
_LABELS = {
    "name_vorname": r"Name\s*,\s*Vorname\(?n?\)?",
    "vorname": r"Vorname\(?n?\)?",
    "name": r"(?:Familienname|Nachname|Name)",
    "geburtsdatum": r"(?:Geburtsdatum|Geb\.?\s?-?\s?Datum|geboren am|Date of birth)",
    "geburtsort": r"(?:Geburtsort|Geburtsstadt|geboren in|Place of birth)",
    "staatsangehoerigkeit": rf"(?:Staatsangeh{_OE}rigkeit|Nationalit{_AE}t|Nationality)",
    "adresse": r"(?:Anschrift|Adresse|Wohnanschrift|Wohnort|Address)",
}
_LABEL_ANY = "|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items())
_LABEL_RE = re.compile(r"(?<![\w-])(?:" + _LABEL_ANY + r")\s*:\s*", re.I)


@lru_cache(maxsize=1)
def _nationality_table() -> list[tuple[re.Pattern[str], str]]:
    with (DATA / "nationalities.toml").open("rb") as fh:
        table = tomllib.load(fh)["nationalities"]
    out: list[tuple[re.Pattern[str], str]] = []
    for canon, words in table.items():
        stem = re.escape(fold_word(canon))
        out.append((re.compile(rf"(?<![a-z]){stem}(e|er|en|es|em)?(?![a-z])"), canon))
        for word in words:
            out.append((re.compile(rf"(?<![a-z]){re.escape(fold_word(word))}(?![a-z])"), canon))
    return out


def nationality(text: str) -> str:
    """The canonical nationality adjective mentioned first in a text, or ""."""
    folded = fold_word(text)
    best: tuple[int, str] | None = None
    for pattern, canon in _nationality_table():
        m = pattern.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), canon)
    return best[1] if best else ""


def _clean_value(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip(" ,;.-\t")


def _find_address(text: str) -> str:
    m = _ADDRESS.search(text)
    return _clean_value(m.group("addr").replace("\n", ", ")) if m else ""


def _not_name(word: str) -> bool:
    """Relation nouns and titles, also in the genitive ("meines Bruders", "des Sohnes")."""
    w = fold_word(word)
    return (
        w in _NOT_NAME
        or (w.endswith("s") and w[:-1] in _NOT_NAME)
        or (w.endswith("es") and w[:-2] in _NOT_NAME)
    )


def _name_before(pre: str) -> tuple[str, str, int]:
    """(name, vorname, start offset in pre) from the words just before a birth marker."""
    pre = pre.rstrip(" ,(\n\t")
    # "1. Karimi, Ahmad" / "KARIMI, Ahmad": family name first, as in lists and forms.
    m = re.search(
        rf"(?:^|\n|\d\.\s|[-•*]\s)\s*(?P<n>{_CAP}(?:[ \-]{_CAP})?)\s*,\s*(?P<v>{_CAP}(?:\s{_CAP})?)$", pre
    )
    if m and not _not_name(m.group("n")):
        return _title(m.group("n")), m.group("v"), m.start("n")
    words = list(re.finditer(r"[\w'’\-\.]+", pre))
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        token = w.group(0).rstrip(".")
        if not re.fullmatch(_CAP, token) or _not_name(token) or len(taken) >= 4:
            break
        if pre[w.end() : (taken[0].start() if taken else len(pre))].strip(" ") not in ("", "-"):
            break  # a comma or other punctuation between words ends the name
        taken.insert(0, w)
    if not taken:
        return "", "", len(pre)
    tokens = [t.group(0) for t in taken]
    if len(tokens) == 1:
        return _title(tokens[0]), "", taken[0].start()
    return _title(tokens[-1]), " ".join(tokens[:-1]), taken[0].start()


def _title(name: str) -> str:
    """ "KARIMI" -> "Karimi" (forms often print the family name in capitals)."""
    return name.title() if name.isupper() and len(name) > 2 else name


def _labelled_persons(text: str) -> list[Person]:
    persons: list[Person] = []
    current: Person | None = None
    matches = list(_LABEL_RE.finditer(text))
    for i, m in enumerate(matches):
        key = m.lastgroup or ""
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[m.end() : end]
        if key != "adresse":
            value = value.split("\n")[0]
        else:
            value = (
                "\n".join(value.split("\n")[:2]) if not re.search(r"\d{5}", value.split("\n")[0]) else value
            )
            value = value.split("\n\n")[0]
        value = _clean_value(value.replace("\n", ", "))
        if not value:
            continue
        field = {"name_vorname": "name"}.get(key, key)
        if current is None or getattr(current, field):
            current = Person()
            persons.append(current)
        if key == "name_vorname" and "," in value:
            family, given = value.split(",", 1)
            current.name, current.vorname = _title(family.strip()), given.strip()
        elif key == "geburtsdatum":
            current.geburtsdatum = parse_date(value) or ""
        elif key == "staatsangehoerigkeit":
            current.staatsangehoerigkeit = nationality(value) or value
        elif key == "adresse":
            current.adresse = _find_address(value) or value
        elif key == "name":
            current.name = _title(value)
        else:
            setattr(current, field, value)
    return [p for p in persons if p.name or p.vorname]


def _inline_persons(text: str) -> list[Person]:
    marks = list(_BIRTH_MARK.finditer(text))
    if not marks:
        return []
    found: list[tuple[Person, int]] = []
    name_starts: list[int] = []
    prev_end = 0
    for m in marks:
        pre = text[max(prev_end, m.start() - 160) : m.start()]
        base = max(prev_end, m.start() - 160)
        name, vorname, offset = _name_before(pre)
        name_starts.append(base + offset)
        date_match = DATE_RE.search(fold_word(m.group("date")))
        person = Person(
            name=name, vorname=vorname, geburtsdatum=parse_match(date_match) if date_match else ""
        )
        found.append((person, m.end()))
        prev_end = m.end()
    persons = []
    for i, (person, end) in enumerate(found):
        stop = name_starts[i + 1] if i + 1 < len(found) else min(len(text), end + 300)
        post = text[end:stop]
        # A list item or sentence ends the record: "..., afghanisch\n2. Karimi, ..." or ". Er ..."
        post = re.split(r"\n\s*(?:\d+\.|[-•*])\s|\.\s+(?=[A-ZÄÖÜ])|\n\s*\n", post)[0]
        place = _PLACE_AFTER.search(post)
        if place:
            person.geburtsort = _clean_value(re.split(r"\s*,", place.group("place"))[0])
        person.staatsangehoerigkeit = nationality(post)
        intro = _ADDRESS_INTRO.search(post)
        if intro:
            person.adresse = _find_address(post[intro.end() :]) or ""
        if person.name or person.vorname:
            persons.append(person)
    return persons


def _shared_address(text: str) -> str:
    """An address stated for everyone ("alle wohnhaft ...", "Anschrift: ...")."""
    for intro in _ADDRESS_INTRO.finditer(text):
        addr = _find_address(text[intro.end() : intro.end() + 160])
        if addr:
            return addr
    return ""


def _shared_nationality(text: str) -> str:
    folded = fold_word(text)
    m = re.search(
        r"\balle\b[^.\n]{0,80}staatsangehorig|staatsangehorigkeit[^.\n]{0,10}:?[^.\n]{0,40}\balle\b", folded
    )
    if not m:
        return ""
    window = text[max(0, m.start() - 10) : m.end() + 40]
    return nationality(window)


def extract_persons(text: str) -> list[Person]:
    """All persons an application covers, in the order they are named; missing fields stay ""."""
    text = clean(text)
    persons = _labelled_persons(text)
    if not persons:
        persons = _inline_persons(text)
    unique: list[Person] = []
    seen: set[tuple[str, str, str]] = set()
    for p in persons:
        key = (fold_word(p.name), fold_word(p.vorname), p.geburtsdatum)
        if key in seen:
            continue
        seen.add(key)
        unique.append(p)
    if unique:
        shared_address = unique[0].adresse or _shared_address(text)
        shared_nat = _shared_nationality(text)
        for p in unique:
            # Family members live with the applicant unless stated otherwise.
            if not p.adresse:
                p.adresse = shared_address
            if not p.staatsangehoerigkeit and shared_nat:
                p.staatsangehoerigkeit = shared_nat
    return unique
