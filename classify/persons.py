"""Persons named in an application: name, first name, birth date and place, nationality, address."""

from __future__ import annotations

import bisect
import itertools
import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

from hfk.classify.birthdates import date_spans
from hfk.classify.dates import DATE_RE, parse_date, parse_match, repair_ocr_digits
from hfk.classify.model import Person
from hfk.classify.normalize import PAGE_LINE, clean, fold, fold_word
from hfk.classify.postcodes import respell_place

DATA = Path(__file__).with_name("data")

_AE, _OE, _UE = "(?:ä|ae|a)", "(?:ö|oe|o)", "(?:ü|ue|u)"
_DE_MONTHS = "Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_TXT = (
    r"\d{1,2}\s?\.\s?(?:\d{1,2}\s?\.|\s?[A-Za-zäÄ]{3,9}\.?)\s?\d{2,4}|\d{1,2},\s?[A-ZÄ][a-zä]{2,8}\.?\s\d{4}"
    r"|\d{4}-\d{2}-\d{2}"
    # English applications: "3 April 1985", "14/02/1984"
    r"|\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s\d{4}|\d{1,2}/\d{1,2}/\d{4}"
)
# Capital letters of the Latin scripts names come in ("Çelik", "Šarić", "Đorđe"), not only A-Z.
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x250)) if ch.isupper() and ch.isalpha())
_CAP = rf"[{_UPPER}][\w'’\-]*"  # a capitalised word (names, but also every German noun)

# Words before a name that are not part of it (German nouns are capitalised, so they must be named).
_NOT_NAME = {
    "herr",
    "herrn",
    "herm",  # "Herrn" as OCR reads it: "rn" becomes "m"
    "hern",
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
    "antragstellende",  # "Antragstellende Person", the gender-neutral form of official forms
    "antragstellender",
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
    # "Meinen Asylantrag (gestellt am 15.12.2017 ...": a capitalised word at a sentence's start
    "meinen",
    "meinem",
    "seine",
    "sein",
    "ihre",
    "ihr",
    "unsere",
    "unser",
    "unseres",
    "person",
    "personen",
    # the closing formula above a column OCR set below the letter ("Mit freundlichen Grüßen" / "geboren")
    "grussen",
    "grusse",
    # "die syrische Staatsangehörige Lina Haddad, geb. ..."
    "staatsangehorige",
    "staatsangehoriger",
    "staatsangehorigen",
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
    "mr",
    "mrs",
    "ms",
    "miss",
    "applicant",
    "wife",
    "husband",
    "son",
    "daughter",
    "child",
    "children",
}

# A city, also of two words joined by a preposition ("Frankfurt am Main", "Mülheim an der Ruhr").
# A place of birth written bare: "Aleppo", "Deir ez-Zor", "Mazar-e Sharif"
# (never the label of a nationality after it: "* 10.2.1986, Herat StA afghanisch")
_PLACE_NAME = rf"{_CAP}(?:[ \-](?!StA\b|Staatsang)(?:{_CAP}|(?:al|el|ez)(?![\w’'])|e(?=-))){{0,2}}"
# (a second word: "Bad Honnef", and a town abroad before its country: "Novi Sad (Serbien)")
_CITY = (
    r"[A-ZÄÖÜ][\w\-]*(?:\s(?:an der|am|im|in|a\.\s?d\.)\s[A-ZÄÖÜ][\w\-]*|(?<=\bBad)\s[A-ZÄÖÜ][\w\-]*"
    r"|\s[A-ZÄÖÜ][\w\-]*(?=\s?\([A-ZÄÖÜ][a-zäöü]+\)))?"
)
# A bracket after the city that belongs to its name ("Halle (Saale)"), not a room of a shelter
# ("Münster (Zimmer 20)"), which is no part of the postal address.
_CITY_BRACKET = r"(?:\s?\((?!\s*(?:Zimmer|Zi\.|Raum|Room|Whg\.?|Wohnung|App\.?|Apt\.?|Etage|\d+\.\s?(?:OG|Etage|Stock)))[^)\n]{1,30}\))?"
# A shelter named before its street ("in der Unterkunft Am Hang 72") is no part of the street's name, nor
# is the flat ("lebt zusammen in der Wohnung Am Hang 39").
_SHELTER_WORD = (
    r"(?!(?:Gemeinschafts|Not|Flüchtlings|Sammel)?[Uu]nterkunft\s|(?:[ÜU]bergangs)?(?:[Ww]ohn)?[Hh]eim\s"
    r"|Wohnung\s)"
)
_ADDRESS = re.compile(
    r"(?P<addr>"
    + _SHELTER_WORD
    + r"[A-ZÄÖÜ][\w\-\.äöüß]*(?:[ \-]\w[\w\-\.äöüß]*){0,4}\s\d{1,4}\s?[a-zA-Z]?(?:\s?-\s?\d{1,4})?"
    r"(?:\s*,\s*|\s+in\s+|\s+(?:--|[-–—/|·•:])\s+|\s+|\s*\n\s*)\d{5}\s*" + _CITY + _CITY_BRACKET + r")"
)
_ADDRESS_INTRO = re.compile(
    r"(?:wohnhaft|\bwh\.|wohnen|wohnt|\bwohne\b|Anschrift|\bAnschr[.,]|Adresse|Wohnanschrift|Wohnort|Wohnsitz|residing at|address|untergebracht"
    r"|\b(?:gemeldet|registered)\s+(?:in|at|unter)\b"
    r"|\bUnterkunft\b|\b(?:lives|live|living|resides|reside) (?:at|in)|\breach (?:all of )?(?:us|me) at"
    # "Seine Wohnung liegt in der Am Markt 119, 52062 Aachen"
    r"|\bWohnung\s+(?:liegt|befindet\s+sich|ist)\s+(?:in\s+der|in|im|an\s+der|am)\b|\bWohnung\s*:"
    # "lebt gemeinsam in der ...", "leben zusammen in ...": a few words between verb and "in"
    # (also as a fax reads it: "febt")
    r"|\b[lf]eb(?:t|en)(?:\s+(?:gemeinsam|zusammen|derzeit|weiterhin|alle|beide|seitdem|heute|jetzt|noch)){0,3}\s+in"
    # a list of persons that ends "sämtlich 47805 Krefeld, Gartenstraße 90" (the address right after it)
    r"|\bs(?:ä|ae|a)mtlich(?=\s+(?:in\s+)?\d{5}\s))"
    r"\s*(?:in|:|ist|lautet)?\s*:?\s*",
    re.I,
)
# "geb. am", also as OCR reads it ("geb, am", "geh. am").
_BIRTH_MARK = re.compile(
    # "Geb.-Dat. 01.02.1985", "Geb.dat.:"
    # "Ehefrau Jonida Dervishi - Geburtstag 16.10.1992, Geburtsort Tirana", a fax's "Berisha, Fatmir : Geburtstag"
    # (in a record; a form's label "1.1.3 Geburtstag" is the labelled reader's)
    r"(?:\bge[bh]\s?[.,]?(?:\s?-?\s?dat(?:um|\.)?)?|\bgeboren|\bborn|(?<![\w*])\*|\bgeburtsdatum|(?<=[–—\-,;:·•]\s)geburtstag"
    r"|\bdate of birth"
    r"|\bd\.?o\.?b\.?)\s*(?:am|on|den)?\s*[:,]?\s*"
    r"(?P<date>" + _DATE_TXT + r")",
    re.I,
)
_PLACE_AFTER = re.compile(
    # ("DOB: 20 August 2018 : POB: Kandahar": a fax reads the dash between the fields as a colon)
    # ("DOB January 12, 1978 – born at Herat": the place's own "born" after the date)
    r"^\s*[,;:\-–—·•|+]?\s*(?:in|zu|im|at|born\s+(?:in|at)|in\s+der\s+Stadt|[Gg]eburtsort\s*:?|[Gg]eb\.?\s?-?\s?[Oo]rt\s*:?|[Pp]lace of birth\s*:"
    r"|P\.?O\.?B\.?\s*:?)\s+(?P<place>["
    + _UPPER
    + r"][\w\-’']*(?:[ \-](?:["
    + _UPPER
    + r"][\w\-’']*|(?:al|el|an|am|ez|es|ad|as|ar|de)(?![\w’'])|e(?=-)))*"
    r"(?:\s*\([^)\n]{1,40}\))?)"
)

# Labelled fields ("Name: Karimi", "Staatsangehörigkeit: afghanisch"), also in one table row.
_LABELS = {
    # "Name, Vorname", "Familienname/Vorname(n)": one field, family name first
    "name_vorname": r"(?:Familien|Nach|Zu)?[Nn]ame\s*[,/]\s*Vorname\(?n?\)?",
    "vorname": r"(?:Vorname\(?n?\)?|Rufname\(?n?\)?|(?:First|Given) names?(?:\(s\))?|Forenames?)",
    "name": r"(?:Familienname|Nachname|Zuname|Surname|Family name|Last name|Name)",
    # "Geburtsdatum/-ort: 01.02.1985, Herat": date and place in one field
    "geburtsdatum": r"(?:(?:Geburtsdatum|Geb\.?\s?-?\s?Datum)(?:\s*/\s*-?\s*(?:Geburts)?ort)?|geboren am|geb\.\s?am"
    r"|Geburtstag|Tag der Geburt|geb\.(?=\s*:)"
    r"|Date (?:and place )?of birth)",
    "geburtsort": r"(?:Geburtsort(?:\s*/\s*-?\s*(?:Geburts)?(?:land|staat))?|Geburtsstadt|geboren in|Place of birth|Born in"
    r"|Town of birth)",
    # a fax may read the "ö" as a "G" ("StaatsangehGrigkeit")
    "staatsangehoerigkeit": rf"(?:(?:(?:derzeitige|jetzige|aktuelle)\s+)?Staatsangeh(?:{_OE}|G)rigk(?:eit|\.)?|Staatsang(?:eh)?\.|Staatsb{_UE}rgerschaft|StA\.?|Nationalit{_AE}t|Nationality|Citizenship)",
    "adresse": r"(?:Anschrift|Adresse|Wohnanschrift|Wohnort|Wohnsitz|Wohnung|Meldeanschrift|Meldeadresse"
    r"|Address|Home address)",
}
_LABEL_ANY = "|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items())
_LABEL_RE = re.compile(r"(?<![\w-])(?:" + _LABEL_ANY + r")\s*:\s*", re.I)
# A form's hint after a label: "Geburtsdatum (tt.mm.jjjj)", "Name (laut Pass)"; not "(geb. Haddad)",
# and not "(alle)", which says the value is everyone's. A fax may read the bracket as a brace ("{Land)"),
# or double it ("(TT.MM.,Jj}})"), or read a letter as one ("(TT.MM J)H)").
_LABEL_HINT = re.compile(
    r"(?<![\w-])(?:"
    + _LABEL_ANY
    + r")(?P<hint>[ \t]*[({](?!geb|alle?\b|f(?:ü|u)r\b|for\b)[^(){}\d\n]{2,25}(?:[)}][^(){}\d\s]{1,3})?[)}]{1,3})",
    re.I,
)


def _drop_label_hints(text: str) -> str:
    """Labels without the hint after them, so the form and table readers see the label alone."""
    return _LABEL_HINT.sub(lambda m: m.group(0)[: m.start("hint") - m.start()], text)


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


# Adjectives one or two OCR slips away from a nationality that are something else ("kurdisch" is
# two letters from "türkisch", "praktisch" two from "irakisch").
_NOT_NATIONALITY = {
    "kurdisch",
    "arabisch",
    "persisch",
    "jesidisch",
    "praktisch",
    "politisch",
    "psychisch",
    "typisch",
    "technisch",
    "kritisch",
    "chronisch",
    "klinisch",
    "physisch",
    "logisch",
    "katholisch",
    "islamisch",
    "muslimisch",
    "evangelisch",
    "ethnisch",
    "medizinisch",
    "juristisch",
    "tatsachlich",
    "russland",
    "turkmenisch",
    "tadschikisch",
    "usbekisch",
    "kasachisch",
    "kirgisisch",
    "libysch",
    "sudanesisch",
    "afrikanisch",
    "amerikanisch",
    "europaisch",
    "asiatisch",
    "deutsch",
    "englisch",
    "franzosisch",
}


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of two short words, cut off above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    with (DATA / "nationalities.toml").open("rb") as fh:
        table = tomllib.load(fh)["nationalities"]
    return {fold_word(canon).replace("-", ""): canon for canon in table}


def fuzzy_nationality(text: str) -> str:
    """A nationality adjective OCR damaged ("quineiseh", "jrakisch", "higerianisch"): the one
    adjective within one slip (two for long words) of a word of the text, else ""."""
    for word in re.findall(r"[a-z]{6,}", fold_word(text).replace("-", "")):
        if word in _NOT_NATIONALITY:
            continue
        limit = 1 if len(word) < 9 else 2
        best: dict[str, int] = {}
        for form in {word, re.sub(r"(?:e|er|en|es|em)$", "", word)}:
            for adj, canon in _adjectives().items():
                d = _distance(form, adj, limit)
                if d <= limit:
                    best[canon] = min(d, best.get(canon, d))
        if best:
            low = min(best.values())
            hits = [c for c, d in best.items() if d == low]
            if len(hits) == 1:  # "jrakisch": irakisch (1), not iranisch (2)
                return hits[0]
    return ""


# Letters that have no decomposition into base letter + mark.
_PLAIN_MAP = str.maketrans({"ı": "i", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O"})
# Nationalities whose family names end in "-ić" (OCR: "Ramic", "Ramic¢", "Mustafié", "Ramid").
_IC_NATIONALITIES = {"serbisch", "bosnisch", "kroatisch", "montenegrinisch"}
# Albanian family names end in "-iqi" (Krasniqi, Maliqi, Haliqi); OCR reads that "q" as "g", and no
# Albanian name ends in "-igi".
_IQI_NATIONALITIES = {"kosovarisch", "albanisch"}
_IGI_ENDING = re.compile(r"(?<=\w\w)igi$")
_IC_ENDING = re.compile(r"i(?:c¢|[c¢éèe]|d)$")


def plain(word: str) -> str:
    """A word without diacritics, casefolded: "Çelik" -> "celik", "Diyarbakır" -> "diyarbakir"."""
    word = unicodedata.normalize("NFKD", word.translate(_PLAIN_MAP))
    return "".join(ch for ch in word if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=2)
def _spellings(section: str) -> dict[str, str]:
    with (DATA / "spellings.toml").open("rb") as fh:
        words = tomllib.load(fh)[section]["words"]
    return {plain(word): word for word in words if not word.isascii()}


def _respell(value: str, section: str) -> str:
    """Put back the diacritics OCR lost, word by word, where the spelling is known."""
    spelled = _spellings(section)

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if "&" in word:  # an accented "e" OCR read as "&" ("Lab&", "Durr&s")
            return spelled.get(plain(word.replace("&", "e")), word)
        known = spelled.get(plain(word))
        if known is None and word[:1] == "G":
            # a capital "Ç" read as "G" ("GELIK", "Gelik" for "Çelik"): only where the list spells it so
            known = spelled.get("c" + plain(word)[1:])
            known = known if known and known[:1] == "Ç" else None
        return known or word

    return re.sub(r"[^\W\d_]+(?:&[^\W\d_]*)?", fix, value)


def strip_roles(vorname: str) -> str:
    """A relation word a table's role column or a list item left beside the first name ("Amal Tochter",
    "Samir Ehemann", "Ehefrau Lina"): never part of a name."""
    return " ".join(_trim_ends(vorname.split(), lambda w: _not_name(w.strip("()[],;:"))))


def _trim_ends(words: list[str], drop) -> list[str]:
    """The words without those at either end for which `drop` holds (one word always stays)."""
    words = list(words)
    while len(words) > 1 and drop(words[-1]):
        words.pop()
    while len(words) > 1 and drop(words[0]):
        words.pop(0)
    return words


def _stray(word: str) -> bool:
    """A relation word, a column title or a month name: never part of a name the model read."""
    w = word.strip("()[],;:")
    return _not_name(w) or _column_title(w) or bool(re.fullmatch(f"(?:{_DE_MONTHS}|{_EN_MONTHS})", w))


def tidy_learned_person(name: str, first: str) -> tuple[str, str]:
    """Family and first name the learned model read, as the rules would write them: relation words,
    column titles and month names at the ends dropped ("Baran Vater", "November Oluwaseun"); where
    exactly one word is printed in capitals, that word is the family name and the others are the first
    name ("Blessing ADEYEMI" / "Relation" -> Adeyemi, Blessing), as forms print it; capitals in title
    case ("MORADI" -> "Moradi")."""
    words = f"{name} {first}".split()
    caps = [w for w in words if w.isupper() and len(w) > 2]
    if len(caps) == 1:
        others = [w for w in words if w != caps[0] and not _stray(w)]
        if others:
            return _title(caps[0]), " ".join(others)

    def tidy(text: str) -> str:
        return " ".join(_title(w) for w in _trim_ends(text.split(), _stray))

    return tidy(name), tidy(first)


_ARTICLE_I = re.compile(r"\b([AE])I-(?=[A-Z])")
_STRASSE_B = re.compile(r"(?<=[Ss]tra)B(?=e\b)")
_STRAESSE = re.compile(r"(?<=[Ss]tr)ä(?=(?:ß|ss)e\b)")  # "Sträße": a speck over the "a"


def _respell_person(person: Person, slavic: bool, albanian: bool = False) -> None:
    # "Hargeisa (Somalia)", "Gjumri / Armenien": the country beside the place gives the nationality, it is
    # not the place
    country = re.match(
        r"(?P<place>.+?)\s*(?:\((?P<country>[^()]{2,40})\)|/\s*(?P<after>[^/()]{2,40}))$", person.geburtsort
    )
    if country and nationality(country.group("country") or country.group("after")):
        person.geburtsort = country.group("place")
    # "AI-Ali", "EI-Sayed": OCR reads the "l" of the article as a capital "I"
    person.name = _ARTICLE_I.sub(r"\1l-", _respell(person.name, "names"))
    person.vorname = _respell(strip_roles(person.vorname), "names")
    person.geburtsort = _respell(person.geburtsort, "places")
    # "BlumenstraBe 1": OCR reads the "ß" of "Straße" as a "B"; "Sträße" has a speck over its "a"
    person.adresse = _STRAESSE.sub("a", _STRASSE_B.sub("ß", _respell(person.adresse, "places")))
    if slavic or person.staatsangehoerigkeit in _IC_NATIONALITIES:
        words = person.name.split(" ")
        last = words[-1]
        if len(last) > 3 and _IC_ENDING.search(last):
            words[-1] = _IC_ENDING.sub("ić", last)
            person.name = " ".join(words)
    if albanian:  # OCR text of a family with a Kosovar or Albanian member
        person.name = " ".join(_IGI_ENDING.sub("iqi", w) for w in person.name.split(" "))


def _clean_value(value: str) -> str:
    # ":", "|", "_", "[" at the ends are OCR specks and table rules, never part of a value; so is a "/"
    # that parts the fields of a short form ("MENSAH / Kwame / 1.10.1981 / Takoradi / ghanaisch")
    return re.sub(r"\s+", " ", value).strip(" ,;.-\t:|_[]—–=/")


# What stands before the street and belongs to the address: "c/o Familie Schmitz, ", "ZUE Bonn, "
_ADDRESS_PREFIX = re.compile(
    r"(?:c/o|bei|(?:ZUE|EAE|ZAB|(?:Gemeinschafts|Not)?[Uu]nterkunft)\b)[^,:;\n]{0,40}\n?[^,:;\n]{0,40},\s*$"
)


# A field label the street pattern took for the first words of a street name: "Anschrift Lindenstraße 4"
# (a form whose colon or column gap was lost), "Wohnort: ...".
_ADDRESS_LABEL = re.compile(
    r"^(?:(?:derzeitige|aktuelle|jetzige|gemeinsame|current|home)\s+)?"
    r"(?:Wohn)?(?:anschrift|adresse|address|wohnort|meldeadresse|postanschrift)\b\s*:?\s*",
    re.I,
)


# "wohnhaft in 44135 Dortmund, Lindenstraße 4": the place before the street; "Wohnort: 33098 Paderborn –
# Straße: Kölner Straße 56", the street in a field of its own after a dash
_ADDRESS_PLACE_FIRST = re.compile(
    r"(?P<plz>\d{5})\s*(?P<city>" + _CITY + _CITY_BRACKET + r")"
    r"(?:\s*,\s*|[ \t]+[-–—·|][ \t]+Stra(?:ß|ss)e(?:[ \t]*/[ \t]*(?:Haus)?(?:nr\.?|nummer))?[ \t]*:[ \t]*)"
    # the house number may end the sentence ("Wohnhaft sind alle in 40210 Düsseldorf, Mühlenweg 65.")
    # (a house number's letter stands on its line: "Am Hang 97" / "I. Lebensweg" is no "97 I")
    r"(?P<street>[A-ZÄÖÜ][\w\-\.äöüß]*(?:[ \-][\w\-\.äöüß]+){0,4}\s\d{1,4}(?:[ \t]?[a-zA-Z](?!\w))?)(?!\w|\.\d|\))(?!\s*,?\s*\d{5})"
)


# A room of a shelter between the house number and the postcode ("Rosenstraße 32, Zimmer 39, 45899
# Essen", "Friedrich-Ebert-Straße 38 (Haus B, Zi. 21), 40470 Düsseldorf"): no part of the postal
# address, and it must not stand in for the street.
_ROOM = re.compile(
    r"(?<=\d)\s*[,;]?\s*(?:\(?(?:Haus\s+[A-Z\d]{1,2}\s*[,;]\s*)?(?:Zimmer|Zi[.,]|Raum|Room|Whg\.?|Wohnung|App\.?|Apt\.?)"
    # (a flat by its floor: "(Wohnung 6. OG links)")
    r"\s*(?:Nr\.?\s*)?(?:\d{1,4}[a-zA-Z]?|\d{1,2}\.\s?(?:Etage|OG|Stock)(?:\s(?:rechts|links|Mitte))?)\)?"
    # a floor: "Bergstraße 62, 4. Etage rechts, 28195 Bremen"
    r"|\d{1,2}\.\s?(?:Etage|OG|Stock)(?:\s(?:rechts|links|Mitte))?)"
    r"(?=\s*,?\s*\d{5}\b)"
)


def _find_address(text: str) -> str:
    text = _ROOM.sub("", text)
    m = _ADDRESS.search(text)
    first = _ADDRESS_PLACE_FIRST.search(text)
    if first and (not m or first.start() < m.start()):
        return re.sub(r"\s+", " ", f"{first['street'].strip()}, {first['plz']} {first['city']}")
    if not m:
        return ""
    addr = _ADDRESS_LABEL.sub("", m.group("addr"))
    # "44135Dortmund": a postcode OCR or the writer glued to the city
    addr = re.sub(r"(?<=\d{5})(?=[A-ZÄÖÜ])", " ", addr)
    prefix = _ADDRESS_PREFIX.search(text[max(0, m.start() - 60) : m.start()])
    if prefix:
        addr = prefix.group(0) + addr
    # a line break inside the street ("Bahnhofstr.\n104") is a space; before the postcode, a comma
    addr = re.sub(r"\s*\n\s*(?=\d{5})", ", ", addr).replace("\n", " ")
    addr = re.sub(r"\s+in\s+(?=\d{5})", ", ", addr)  # "Lindenstraße 4 in 44135 Dortmund"
    addr = re.sub(r"(?<=\d)([a-zA-Z]?)[ \t]+(?=\d{5}\b)", r"\1, ", addr)  # "Heerstraße 3 58119 Hagen"
    addr = re.sub(
        r"\s+(?:--|[-–—/|·•:])\s+(?=\d{5})", ", ", addr
    )  # "Mühlenweg 7 – 40227 Düsseldorf", "... · 40227 ..."
    return _clean_value(re.sub(r",(?:\s*,)+", ",", addr))


def _not_name(word: str) -> bool:
    """Relation nouns and titles, also in the genitive ("meines Bruders", "des Sohnes")."""
    w = fold_word(word)
    return (
        w in _NOT_NAME
        or (w.endswith("s") and w[:-1] in _NOT_NAME)
        or (w.endswith("es") and w[:-2] in _NOT_NAME)
    )


# What stands between a name and its birth marker without being part of the name: a role or an
# alias in brackets ("Ismail Yusuf (Antragsteller), geb."), a maiden name ("Ayşe Demir geb. Yilmaz,
# geb. am" -- "geb." also means born), an alias ("DIALLO alias Ibrahim Diallo"), a nationality between
# dashes ("Sahin, Murat – türkisch – geb."), a dash alone, and OCR specks.
_TRAILER = re.compile(
    r"(?:\s*\([^()\n]{1,60}\)"
    r"|\s*,?\s*(?:geb\.|geborene?|née|nee)\s+[" + _UPPER + r"][\w'’\-]*(?:[ \-][" + _UPPER + r"][\w'’\-]*)?"
    r"|\s+(?:alias|a\.\s?k\.\s?a\.|aka|genannt)\s+[^,;()\n]{2,40}"
    r"|\s*[–—\-]\s*[^\W\d_]{4,}(?:e[rnms]?)?\s*[–—\-]?"
    # a dash or middle dot between spaces before the mark ("Jonida Dervishi - Geburtstag ...")
    r"|\s+[–—\-·•]\s*"
    r"|[\s,;:‚‘’'\"|(]+)$",
    re.I,
)
_DETERMINERS = {
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einer",
    "eines",
    "einem",
    "meine",
    "meines",
    "meiner",
    "meinem",
    "meinen",
    "seine",
    "seines",
    "seiner",
    "seinem",
    "ihre",
    "ihres",
    "ihrer",
    "ihrem",
    "unsere",
    "unseres",
    "unserer",
    "unserem",
    "the",
}
# Small words inside family names ("da Silva", "van der Berg", "Abu Bakr", "El Amin").
_PARTICLES = {
    "da",
    "de",
    "do",
    "dos",
    "das",
    "del",
    "della",
    "di",
    "du",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "ter",
    "zu",
}
_NAME_PREFIXES = {"abu", "bin", "ben", "ibn", "al", "el", "ould", "ait"}


# What a record puts between the name and its birth mark, separated by ";" or ",": the nationality, also
# labelled or in brackets ("Soraya Karimi afghanisch; geb. ...", "Soraya Karimi (afghanisch; geb. ...)",
# "Ahmad Karimi; Nationalität afghanisch; Geb.-Dat. ..."),
# and the relation or another word in small letters ("Soraya Karimi Ehefrau; ...").
_NAT_TRAILER = re.compile(
    r"(?:\s*[;,(–—]\s*|\s+-\s+|\s+)(?:(?:Nationalit\w*|Staatsangeh\w*|StA\.?)\s*:?\s*)?(?P<word>[^\W\d_]{4,})\s*[;,]?\s*$"
)
_WORD_TRAILER = re.compile(r"\s+(?P<word>[^\W\d_]{3,})\s*[;,]?\s*$")


def _trim_record(pre: str) -> tuple[str, str]:
    """pre without a nationality, relation or small word between a name and its birth mark."""
    nat = ""
    for _ in range(3):
        m = _NAT_TRAILER.search(pre)
        if m and nationality(m.group("word")):
            nat, pre = nat or nationality(m.group("word")), pre[: m.start()]
            continue
        m = _WORD_TRAILER.search(pre)
        word = m.group("word") if m else ""
        if word and (
            fold_word(word) in _RELATIONS or (word[0].islower() and len(word) >= 4 and word not in _PARTICLES)
        ):
            pre = pre[: m.start()]
            continue
        break
    return pre, nat


def _trim_before(pre: str) -> tuple[str, str]:
    """pre without what trails a name before its birth marker; and a nationality found there."""
    pre, nat = _trim_record(pre)
    for _ in range(6):
        m = _TRAILER.search(pre)
        if not m or not m.group(0):
            break
        piece = m.group(0)
        if re.match(r"\s*[–—\-]\s*\w", piece):
            found = nationality(piece)
            if not found:
                break  # "Al-Hassan": a hyphen inside a name
            nat = nat or found
        pre = pre[: m.start()]
    return pre, nat


def _name_before(pre: str) -> tuple[str, str, int]:
    """(name, vorname, start offset in pre) from the words just before a birth marker."""
    pre = _trim_before(pre)[0]
    # "1. Karimi, Ahmad" / "KARIMI, Ahmad": family name first, as in lists and forms (never across a
    # blank line: "MSN," / "" / "Olga Tsurova" is a signature's scribble above the name).
    m = re.search(
        # (also after a colon or semicolon: "Duldung Nr. ..., gültig bis 28.05.2025: Berisha, Fjolla - Geburtstag")
        rf"(?:(?:^|\n)[\s._\-–•*\d,)]*|\d[.,)]\s|[-•*]\s|[:;]\s)\s*(?:[A-ZÄÖÜ][a-zäöüß]+\s*:\s*)?(?P<n>(?:{_CAP}|l[^\W\d_aeiouyl][\w\-]*)(?:[ \-]{_CAP})?)[ \t]*,[ \t]*\n?[ \t]*(?P<v>{_CAP}(?:\s{_CAP})?)$",
        pre,
    )
    if m and len(m.group("n")) > 1 and not _not_name(m.group("n")):
        return _title(m.group("n")), m.group("v"), m.start("n")
    # "für Herrn KARIMI, Ahmad": a family name in capitals comes first also in running text.
    m = re.search(
        rf"(?<![\w\-])(?P<n>[{_UPPER}]{{2,}}(?:[ \-][{_UPPER}]{{2,}})?)[ \t]*,[ \t]*\n?[ \t]*(?P<v>{_CAP}(?:\s{_CAP})?)$",
        pre,
    )
    if m and not _not_name(m.group("n")):
        return _title(m.group("n")), m.group("v"), m.start("n")
    words = list(re.finditer(r"[\w'’\-\.]+", pre))
    taken: list[re.Match[str]] = []
    wrapped = False
    for w in reversed(words):
        token = w.group(0).rstrip(".")
        if not re.fullmatch(_CAP, token) or _not_name(token) or len(taken) >= 4:
            break
        if taken and w.group(0).endswith(".") and len(token) > 1:
            break  # "... Staatsangehörigkeit.\nOmid Karimi geb. am": a sentence's end, not an initial
        gap = pre[w.end() : (taken[0].start() if taken else len(pre))].strip(" \t")
        if gap == "\n" and len(taken) >= 2:
            break  # "..., Nigeria" / "Ngozi Okafor, born": the line below starts with a whole name
        if gap == "\n" and taken and not wrapped:
            # "die Ehefrau Amal\nHaddad, geboren am": a line break inside the name (once)
            wrapped = True
        elif gap not in ("", "-"):
            break  # a comma or other punctuation between words ends the name
        taken.insert(0, w)
    if not taken:
        return "", "", len(pre)
    # "in der Sache Elvis Bajrami": after an article the first capitalised word is a noun
    before = pre[: taken[0].start()].split()
    if len(taken) >= 3 and before and before[-1].casefold() in _DETERMINERS:
        taken = taken[1:]
    # "João da Silva": a particle of the family name stands in small letters before it
    start = taken[0].start()
    tokens = [t.group(0) for t in taken]
    lead = re.search(r"(?:^|\s)((?:[a-z]{1,5}\s){1,2})$", pre[: taken[0].start()])
    if lead and len(tokens) == 1 and all(w in _PARTICLES for w in lead.group(1).split()):
        head = re.search(rf"({_CAP})\s+$", pre[: taken[0].start() - len(lead.group(1))])
        if head and not _not_name(head.group(1)):
            return lead.group(1) + tokens[0], head.group(1), head.start(1)
    if len(tokens) == 1:
        return _title(tokens[0]), "", start
    return _split_full_name(tokens) + (start,)


def _split_full_name(tokens: list[str]) -> tuple[str, str]:
    """(family name, first names) of a name written first names first: the last word, with a name
    prefix before it ("Hamid Abu Bakr") or a family name in capitals wherever it stands."""
    caps = [i for i, t in enumerate(tokens) if _CAPS_WORD.fullmatch(t) and len(t) > 2]
    if len(caps) == 1 and len(tokens) >= 2 and not all(_CAPS_WORD.fullmatch(t) for t in tokens):
        i = caps[0]
        return _title(tokens[i]), " ".join(tokens[:i] + tokens[i + 1 :])
    cut = len(tokens) - 1
    if len(tokens) >= 3 and tokens[-2].casefold() in _NAME_PREFIXES | _PARTICLES:
        cut -= 1
    return " ".join(_title(t) for t in tokens[cut:]), " ".join(tokens[:cut])


def _title(name: str) -> str:
    """ "KARIMI" -> "Karimi" (forms often print the family name in capitals); "lwanowa" -> "Iwanowa"
    (OCR reads a capital I as a small l; a name never starts with a small letter), "llir" -> "Ilir"."""
    if re.match(r"l[^aeiouyäöül]|ll[aeiouyäöü]", name):
        name = "I" + name[1:]
    return name.title() if name.isupper() and len(name) > 2 else name


_LABEL_LINE = re.compile(r"[ \t]*(?:" + _LABEL_ANY + r")[ \t]*", re.I)  # a label and nothing else
_LABEL_ALONE = re.compile(r"^[ \t]*(" + _LABEL_ANY + r")[ \t]*\n[ \t]*(?=\S)", re.I | re.M)
# a stacked form whose every value a fax's OCR set a blank line below its label
_LABEL_ALONE_GAP = re.compile(r"^[ \t]*(" + _LABEL_ANY + r")[ \t]*\n[ \t]*\n[ \t]*(?=\S)", re.I | re.M)


# The number of a form's field before its label: "1.3", "2.1.", "(4)" (not a letter: "B) Wohnsitz" is a
# section heading)
_FIELD_NUMBER = re.compile(
    # "1.1.3", "2.", "(2)", "2)"; "1", and "113", "12152": a number without its dot, or an outline
    # number whose dots a scan lost; a number OCR read as letters and a mark ("at: Familienname DERVISHI"), a
    # table rule before the label ("| Geburtsdatum ..."); "173,2", "11:2", "1211:" as a scan reads "1.3.2",
    # "1.1.2", "1.1.1"
    r"^([ \t]*)(?:\d{1,3}(?:[.,:]\d{1,2})+\.?|\d{1,2}\.|\(\d{1,2}\)|\d{1,2}\)|\d{1,5}[:;]?|[a-z]{1,2}[:;]|\|)[ \t]+(?=(?:"
    + _LABEL_ANY
    + r")\b)",
    re.I | re.M,
)


# A field number a scan garbled into letters and digits before a person's label: "Bi Familienname PETROSYAN",
# "E12 Vorname(n) Vardan" (not "Name", which a sentence may begin with)
_FIELD_SPECK = re.compile(
    r"^([ \t]*)(?:[A-Za-z]{1,2}\d{1,3}|\d{1,3}[A-Za-z]{1,2}|[A-Z][a-z]?)[ \t]+"
    rf"(?=(?:Familienname|Nachname|Vorname|Geburtsdatum|Geburtsort|Staatsangeh{_OE}rigkeit)\b)",
    re.M,
)


# A form line whose label lost its colon ("Familienname Haddad"): scans and PDFs drop the colon or
# the tab, and a two-column form's gap collapses to one space. A second label after a gap on the line
# ("Familienname Karimi    Vorname Farshid") is one too.
_LABEL_SPACED = re.compile(r"^[ \t]*(?:" + _LABEL_ANY + r")[ \t]+(?=\S)", re.I | re.M)
_LABEL_GAP = re.compile(r"(?<=\S)(?P<gap>[ \t]+)(?:" + _LABEL_ANY + r")[ \t]+(?=\S)", re.I)


def _spaced_value_fits(key: str, value: str) -> bool:
    """Whether the text after a colonless label reads as that label's value, not as prose."""
    value = _clean_value(value)
    if not value or _LABEL_RE.match(value + ":") or re.match(r"(?:" + _LABEL_ANY + r")\b", value, re.I):
        return False  # a label after a label: a table header, never a value
    words = value.split()
    if key == "geburtsort":  # "Fier / Albanien", "Erbil (Irak)": the place and its country
        words = re.sub(r"\s*\([^()\n]{2,30}\)$", "", value.split(" / ")[0]).split()
    if key in ("name", "vorname", "name_vorname", "geburtsort"):
        return (
            len(words) <= (4 if key == "name_vorname" else 3)
            and all(re.fullmatch(_CAP + ",?", w) for w in words)
            and not any(_not_name(w.rstrip(",")) for w in words)
        )
    if key == "geburtsdatum":
        # a fax's specks before the date: "geboren am j | 25.10.2001"
        value = re.sub(r"^(?:(?:[^\w\s]|[a-z])(?=\s)\s*|[|¦]\s*)+", "", value)
        return bool(re.match(r"(?:" + _DATE_TXT + r")(?![\d/])", value.replace("/", ".")))
    if key == "staatsangehoerigkeit":
        return bool(nationality(value) or fuzzy_nationality(value))
    return bool(re.search(r"\d", value))  # an address: a house number or a postcode


# A ruled form read by OCR: the cell rules become "|", "." or "-", on a fax also a lone "l", "i" or
# "u" ("| Familienname | Karimi |", "Geburtsort u Herat").
_RULE_MARK = r"(?:[^\w\s]+|[lIiu])[ \t]+"  # a mark standing alone: "name(s)" is not a rule
_RULED_LABEL = re.compile(
    r"^[ \t]*(?:[^\w\s]+[ \t]*)?(?P<label>"
    + _LABEL_ANY
    + r")[ \t]*"
    + _RULE_MARK
    + r"(?:[^\w\s]+[ \t]+)*(?=\w)",
    re.I | re.M,
)


def _ruled_labels(text: str) -> str:
    """A ruled form's label cells given a colon ("| Familienname | Karimi |" -> "Familienname: Karimi"),
    only in a form: two or more such lines, one of them a name; a table header of labels is left alone."""
    lines = text.split("\n")
    fixed: dict[int, str] = {}
    keys: set[str] = set()
    for i, line in enumerate(lines):
        m = _RULED_LABEL.match(line)
        if not m or _LABEL_RE.match(line.strip()):
            continue  # no rule, or a plain "Label: value" line the form reader takes as it is
        value = line[m.end() :].strip(" \t|¦[].-")
        if not value or re.match(r"(?:" + _LABEL_ANY + r")\b", value, re.I):
            continue  # a header row: label after label
        fixed[i] = m.group("label") + ": " + re.sub(r"[ \t]*[|¦][ \t|¦]*", " ", value).strip(" .-")
        keys.add(next(k for k, v in m.groupdict().items() if v and k != "label"))
    if len(fixed) < 2 or not keys & {"name", "vorname", "name_vorname"}:
        return text
    for i, out in fixed.items():
        lines[i] = out
    return "\n".join(lines)


def _colon_labels(text: str) -> str:
    """Colonless form lines given their colon ("Vorname Samir" -> "Vorname: Samir"), only in a form:
    two or more such lines in a row, one of them a name and one a birth date."""
    lines = text.split("\n")
    fixed: dict[int, tuple[str, str]] = {}
    for i, line in enumerate(lines):
        m = _LABEL_SPACED.match(line)
        if not m or ":" in line[: m.end()]:
            continue
        key = m.lastgroup or ""
        rest = line[m.end() :]
        out = line[: m.end()].rstrip() + ": " + rest
        # the first inner label whose both sides read as values splits the line (clean() has
        # collapsed the column gap to one space)
        for gap in _LABEL_GAP.finditer(rest):
            value = rest[: gap.start()]
            if _spaced_value_fits(key, value) and _spaced_value_fits(gap.lastgroup or "", rest[gap.end() :]):
                out = (
                    line[: m.end()].rstrip() + ": " + value + gap.group(0).rstrip() + ": " + rest[gap.end() :]
                )
                break
        else:
            if not _spaced_value_fits(key, rest):
                continue
        fixed[i] = (key, out)
    if not fixed:
        return text
    colon = {
        i: m.lastgroup or "" for i, line in enumerate(lines) for m in [_LABEL_RE.match(line.strip())] if m
    }
    keys = {k for k, _ in fixed.values()} | set(colon.values())
    if not (
        keys & {"name", "vorname", "name_vorname"}
        and (
            "geburtsdatum" in keys
            or _BIRTH_MARK.search(text)
            # a form whose birth date field is left empty ("1.3 Geburtsdatum" and nothing after it): both
            # names and another field of the person
            or (
                {"name", "vorname"} <= keys
                and keys & {"geburtsort", "staatsangehoerigkeit"}
                and re.search(
                    r"(?im)^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:geburtsdatum|geb\.?\s?-?\s?datum)[ \t]*:?[ \t]*$",
                    text,
                )
            )
        )
    ):
        return text
    # a label alone on its line, its value below it ("Geburtsort (Land)" / "Vlora (Albanien)")
    alone = {i for i, line in enumerate(lines) if _LABEL_LINE.fullmatch(line)}
    labelled = set(fixed) | set(colon) | alone
    # neighbours counted in lines with text: a fax's OCR sets a blank line between a form's lines
    filled = [i for i, line in enumerate(lines) if line.strip()]
    rank = {i: n for n, i in enumerate(filled)}
    for i, (_, out) in fixed.items():
        # one line of a form, not a sentence that happens to start with a label word
        near = filled[max(0, rank[i] - 3) : rank[i] + 4]
        if any(j in labelled for j in near if j != i):
            lines[i] = out
    return "\n".join(lines)


def _trailing_birth(person: Person, lines: str) -> None:
    """Birth date, place and nationality from unlabelled lines below a labelled name:
    "geboren am 12.03.1988 in Aleppo, syrisch", "* 30.08.1983 in Akre", "geb." / "05.06.1992"."""
    m = _BIRTH_MARK.search(lines)
    if not m or lines[: m.start()].strip(" ,;"):
        return  # only a birth mark that opens the lines belongs to the name above
    person.geburtsdatum = parse_date(m.group("date")) or ""
    _place_nationality_after(person, lines[m.end() :])


def _place_nationality_after(person: Person, rest: str) -> None:
    """Place and nationality after a birth date: " in Aleppo, syrisch"."""
    place = _PLACE_AFTER.match(rest)
    if place and not person.geburtsort and not nationality(place.group("place")):
        person.geburtsort = place.group("place")
        rest = rest[place.end() :]
    if not person.staatsangehoerigkeit:
        person.staatsangehoerigkeit = nationality(rest)


def fill_from_birth_record(person: Person, text: str) -> None:
    """Birth place and nationality of a person another reader found (the learned model of birthdates.py):
    the words right after the person's birth date in the text, up to the next date or the line's end
    ("am 10.02.1983 in Deir ez-Zor geborenen syrischen Staatsangehörigen …"); else the sentences around the
    date, back to the date before and on to the date after. Fields read already stay."""
    clean_text, spans = date_spans(text)
    for k, (start, end, iso) in enumerate(spans):
        if iso != person.geburtsdatum:
            continue
        stop = spans[k + 1][0] if k + 1 < len(spans) else len(clean_text)
        line_end = clean_text.find("\n", end)
        if line_end != -1:
            stop = min(stop, line_end)
        _place_nationality_after(person, clean_text[end : min(stop, end + 160)])
        if person.geburtsort and person.staatsangehoerigkeit:
            return
        # else the sentences around it, back to the date before and on to the date after ("First, me:
        # Shirin Ibrahim. I am an Iraqi national. I came into the world on … His birthplace is Sindschar.")
        begin = max(spans[k - 1][1] if k else 0, start - 250)
        following = spans[k + 1][0] if k + 1 < len(spans) else len(clean_text)
        around = clean_text[begin : min(following, end + 250)]
        if not person.staatsangehoerigkeit:
            person.staatsangehoerigkeit = nationality(around)
        # the place told nearest before the date, else the first after it (another person's comes further off)
        places = list(_BIRTHPLACE_WORDS.finditer(around))
        before = [m for m in places if m.end() <= start - begin]
        place = before[-1] if before else next((m for m in places if m.start() >= end - begin), None)
        if place and not person.geburtsort and not nationality(place.group("place")):
            person.geburtsort = place.group("place")
        if person.geburtsort and person.staatsangehoerigkeit:
            return


# A birth place later in a person's record, labelled ("…, serbische Staatsangehörigkeit, Geburtsort Vranje") or
# closing the bracket the date opened ("(born 30 May 1983, Kabul)")
_RECORD_PLACE = re.compile(
    r"(?:\b[Gg]eburtsort|\b[Gg]eb\.?\s?-?\s?[Oo]rt|\b[Pp]lace of birth|\b[Bb]irthplace|\bPOB)\s*[:\-–]?\s*(?P<place>"
    + _PLACE_NAME
    + r")"
)
_FIELD_LABEL = re.compile(
    r"(staatsang|nationalit|geburts|geb\b|datum|date|name|vorname|anschrift|adresse|wohnort|sta\b|place|birth)"
)
_BRACKET_PLACE = re.compile(r"^\s*,\s*(?P<place>" + _PLACE_NAME + r")\s*\)")


def _place_value(value: str) -> bool:
    """Whether a value read where a birth place stands can be one: not OCR's noise in an empty field
    ("Geburtsort Oo"), not a nationality, not the form's next label ("Geburtsort Staatsangehörigkeit")."""
    return len(value) >= 3 and not nationality(value) and not _FIELD_LABEL.match(fold(value))


def place_from_record(person: Person, text: str) -> None:
    """A dated person's empty birth place from the record that follows the birth date, up to the next date,
    a blank line or 160 characters: a labelled place or the one closing the date's bracket."""
    if person.geburtsort or not person.geburtsdatum:
        return
    clean_text, spans = date_spans(text)
    for k, (_start, end, iso) in enumerate(spans):
        if iso != person.geburtsdatum:
            continue
        stop = spans[k + 1][0] if k + 1 < len(spans) else len(clean_text)
        record = re.split(r"\n\s*\n", clean_text[end : min(stop, end + 160)])[0]
        found = _BRACKET_PLACE.match(record) or _RECORD_PLACE.search(record)
        if found and _place_value(found.group("place")):
            person.geburtsort = found.group("place")
            return


# A header that names the cells of the rows below it ("Haushaltsangehörige (Staatsangehörigkeit / Geburtsort /
# Name, Vorname / geboren):"): which cell is the birth place, which the nationality
_HEADER_PLACE = re.compile(r"geburtsort|geb\.?\s?-?\s?ort|place of birth|birth ?place|\bpob\b")
_HEADER_NATIONALITY = re.compile(r"staatsang|nationalit|citizenship|\bsta\b")
_ROW_SEPARATORS = ("/", "|", ";")


def fields_from_table_row(person: Person, text: str) -> None:
    """A dated person's empty birth place and nationality from the row of a table that gives her birth date,
    its cells split by "/", "|" or ";", where a header above names the cells in the same order."""
    if (person.geburtsort and person.staatsangehoerigkeit) or not person.geburtsdatum:
        return
    clean_text, spans = date_spans(text)
    for start, end, iso in spans:
        if iso != person.geburtsdatum:
            continue
        line_start = clean_text.rfind("\n", 0, start) + 1
        line_end = clean_text.find("\n", end)
        line_end = len(clean_text) if line_end == -1 else line_end
        # the date as one cell: its own "/" ("12/04/2024") splits nothing
        row = clean_text[line_start:start] + "DATE" + clean_text[end:line_end]
        above = clean_text[:line_start].split("\n")[-8:]
        for sep in _ROW_SEPARATORS:
            cells = [c.strip() for c in row.split(sep)]
            if len(cells) < 3:
                continue
            header = _header_cells(above, sep, len(cells))
            if not header:
                continue
            for label, cell in zip(header, cells, strict=True):
                if not person.geburtsort and _HEADER_PLACE.search(label) and cell[:1].isupper():
                    if _place_value(cell):
                        person.geburtsort = cell
                elif not person.staatsangehoerigkeit and _HEADER_NATIONALITY.search(label):
                    person.staatsangehoerigkeit = nationality(cell)
            return


# The labels of a form's column as OCR reads a table column by column: all labels first, then each person's
# values, one a line, in the labels' order ("Familienname / Vorname(n) / Geburtsdatum / Geburtsort /
# Staatsang." and then "Asante / Kwame / 04.07.1992 / Accra / ghanaisch")
_STACKED_LABELS = (
    ("datum", re.compile(r"(geburtsdatum|geb\.?\s?-?\s?datum|geboren(\s+am)?|date of birth)\W*")),
    ("ort", re.compile(r"(geburtsort|geb\.?\s?-?\s?ort|place of birth)\W*")),
    ("sta", re.compile(r"(staatsangehorigkeit|staatsang\.?|nationalitat|nationality|sta\.?)\W*")),
    ("name", re.compile(r"(familienname|nachname|name|surname)\W*")),
    ("vorname", re.compile(r"(vorname(\(?n\)?)?|vornamen\)?|first names?|given names?)\W*")),
)


def fields_from_label_column(person: Person, text: str) -> None:
    """A dated person's empty birth place and nationality from a form OCR read column by column: a block of
    labels, one a line, then her values one a line in the same order; the lines after her birth date are
    the values of the labels after "Geburtsdatum"."""
    if (person.geburtsort and person.staatsangehoerigkeit) or not person.geburtsdatum:
        return
    clean_text, spans = date_spans(text)
    lines = clean_text.split("\n")
    labels: list[tuple[int, list[str]]] = []  # (line after the block, its labels in order)
    run: list[str] = []
    for n, line in enumerate(lines + [""]):
        folded = fold(line).strip()
        kind = next((k for k, rx in _STACKED_LABELS if rx.fullmatch(folded)), None) if folded else None
        if kind:
            run.append(kind)
        elif folded:
            if len(run) >= 3 and "datum" in run and ("ort" in run or "sta" in run):
                labels.append((n, run))
            run = []
    starts = [0, *(i + 1 for i, ch in enumerate(clean_text) if ch == "\n")]
    for start, end, iso in spans:
        if iso != person.geburtsdatum:
            continue
        n = bisect.bisect_right(starts, start) - 1
        if (
            clean_text[starts[n] : start].strip()
            or clean_text[end : starts[n + 1] if n + 1 < len(starts) else None].strip()
        ):
            continue  # the date is not a value of its own line
        block = next((order for after, order in reversed(labels) if after <= n and n - after <= 40), None)
        if not block:
            continue
        values = [x.strip() for x in lines[n + 1 : n + 12] if x.strip() and not PAGE_LINE.match(x.strip())]
        for kind, value in zip(block[block.index("datum") + 1 :], values, strict=False):
            if DATE_RE.search(fold(value)):
                break
            if kind == "ort" and not person.geburtsort and value[:1].isupper() and _place_value(value):
                person.geburtsort = value
            elif kind == "sta" and not person.staatsangehoerigkeit:
                person.staatsangehoerigkeit = nationality(value)
        return


def _header_cells(lines: list[str], sep: str, count: int) -> list[str] | None:
    """The folded cells of the nearest header above the rows (one or two lines, its labels maybe in a
    bracket), if it has `count` of them and names a birth place or a nationality."""
    for k in range(len(lines) - 1, -1, -1):
        for text in (lines[k], " ".join(lines[k - 1 : k + 1]) if k else ""):
            folded = fold(text)
            inside = re.search(r"\(([^()]*)\)", folded)
            labels = [c.strip() for c in (inside.group(1) if inside else folded).split(sep)]
            if len(labels) == count and any(
                _HEADER_PLACE.search(c) or _HEADER_NATIONALITY.search(c) for c in labels
            ):
                return labels
    return None


def address_in_application(text: str, family: str) -> str:
    """The address an application states for everyone ("alle wohnhaft …", "Anschrift aller Personen: …"),
    else the one in its sender block or subject line under the family's name; never a representative's."""
    avoid = _rep_addresses(text)
    return _shared_address(text, avoid) or _sender_address(
        text, {fold_word(w) for w in family.split()}, avoid
    )


# A birth place told in a sentence ("his birthplace is Sindschar", "geboren wurde sie in Homs")
_BIRTHPLACE_WORDS = re.compile(
    # ("Geboren ist er in Diyarbakır, und zwar am 24. Mai 1980": the cue in any case, the place capitalised)
    r"\b(?i:birthplace\s+is|place\s+of\s+birth\s+is|born\s+in|geboren\s+(?:(?:wurde|ist|bin)\s+(?:er|sie|ich)\s+)?in"
    r"|geburtsort\s+(?:ist|war)|zur\s+welt\s+gekommen\s+in)\s+(?P<place>" + _PLACE_NAME + r")"
)


# A name that is no applicant's: a lawyer's title or an organisation ...
_REP_ORG = (
    r"(?<![\w-])(?:Rechtsanw(?:ä|ae|a)lt(?:in|e)?|Anw(?:ä|ae|a)lt(?:in)?|Kanzlei|e\.\s?V\.|Pfarrer(?:in)?|Pastor(?:in)?"
    r"|Diakon(?:ie|in)?|Caritas\w*|Beratungs\w*|\w*[Bb]eratung|\w*[Vv]erband|\w*[Vv]erein|\w*[Gg]emeinde|\w*[Hh]ilfe"
    r"|Fl(?:ü|ue|u)chtlingsrat|GmbH|Sozialdienst)(?![\w-])"
)
# ... or an academic title, when the "person" has no birth date.
_REP_TITLE = re.compile(_REP_ORG + r"|(?<![\w-])(?:Dr|Prof)\.")


# The heading of a representative's block (lawyer, counselling service, relative who files for the family),
# or a name field holding a lawyer or an organisation: the name and address below are the representative's.
_REP_HEADING = re.compile(
    # a form's section may number it: "Abschnitt 3 : Bevollmächtigte Person oder Stelle", "C. Bevollmächtigte"
    # ("C Vertretung (nur ausfüllen, wenn ...)": a form's lettered section)
    r"^[ \t]*(?:(?:Abschnitt|Teil|Section)\s*\d{1,2}\s*[:.\-–·]?\s*|[A-H1-9]\d?[.)]\s*|[A-H][ \t]+(?=Vertretung))?"
    # ("bevollmächtigt – die folgende ...": a line that a sentence's aside starts is no heading, nor one that a
    # wrapped sentence goes on with: "bevollmächtigt haben, und ersuchen die Kommission ...")
    r"(?:Vertretung(?=[ \t]*(?:[(:]|$))|(?:Verfahrens|Prozess)?bevollm(?:ä|ae|a)chtigte?r?\b(?![ \t]+[–—-][ \t])"
    r"(?![ \t]*,|[ \t]+(?:haben|hat|hatte|hatten|sind|ist|wurden?|worden|und)\b)|Vertreten\s+durch|(?:gesetzliche[rn]?\s+)?Vertreter(?:in)?\b"
    r"|Ansprechp(?:artner|erson)|Absender|Kontaktperson|Rechtsbeistand|Beistand\b|Kanzlei\b|Rechtsanw(?:ä|ae|a)lt"
    # a name field holding an organisation, also a form's "Name / Stelle" whose column gap stands for the colon
    r"|Name\s*:(?=[^\n]*"
    + _REP_ORG
    # (on a scan, the value may stand on a line of its own below the label)
    + r")|Name\s*/\s*(?:Stelle|Organisation|Institution)\s*:?(?=\s*[^\n]*"
    + _REP_ORG
    + r"))",
    re.I | re.M,
)
# What ends a representative's block: a blank line, or the heading or first field of the applicants.
_REP_END = re.compile(
    r"\n[ \t]*\n|^[ \t]*(?:Antragst|Angaben|Personalien|Geburtsdatum|Ehe(?:frau|mann)"
    r"|Kind|Tochter|Sohn|Familienmitglied|H(?:ä|ae|a)rtefall|Antrag\b|Betreff|An\s+die\b)",
    re.I | re.M,
)
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)*")
# The fields of a representative's block, one per line: its blank lines between them do not end it.
_REP_FIELD = re.compile(
    r"[ \t]*(?:Anschrift|Adresse|Ansprechp\w+|Telefon|Tel\.|E-?Mail|Fax\b|Stra(?:ß|ss)e|PLZ|Postleitzahl|Ort\b)",
    re.I,
)
# "Bevollmächtigte/r: keine": a form's representative field left empty
_REP_NONE = re.compile(
    r"(?:/\w{1,2})?\s*(?:\([^)\n]*\))?\s*:?\s*(?:keine?r?|entf(?:ä|ae|a)llt|nein|nicht vorhanden|[-–—/]+)[\s.]*",
    re.I,
)
# Headings that a representative and an applicant writing for themselves both use
_REP_GENERIC = re.compile(r"Ansprechp(?:artner|erson)|Absender|Kontaktperson", re.I)
# A name label after the representative's address: the applicants' fields begin
_NAME_AFTER = re.compile(r"^[ \t]*(?:Familienname|Nachname|Name|Vorname)\b", re.I | re.M)


_REP_LABEL_ALONE = re.compile(r"(?:" + _REP_FIELD.pattern + r")[^\d\n]{0,20}", re.I)


def _line_before(text: str, at: int) -> str:
    """The line that ends at `at`."""
    return text[text.rfind("\n", 0, at) + 1 : at]


def _rep_end(text: str, start: int, line_end: int) -> int:
    """Where a representative's block that opens at `start` (its heading line ends at `line_end`) ends."""
    # a blank line right below the heading (a fax's OCR) does not end the block yet
    gap = _BLANK_LINES.match(text, line_end)
    end_m = _REP_END.search(text, gap.end() - 1 if gap else line_end)
    # nor does a blank line before another field of the block ("Name / Stelle ..." / "" / "Anschrift ..."), or
    # between a field's label and its value below it (a scan of a form: "Straße, Hausnr." / "" / "Dorfstraße 30")
    while (
        end_m
        and not end_m.group(0).strip()
        and (
            _REP_FIELD.match(text, end_m.end())
            or _REP_LABEL_ALONE.fullmatch(_line_before(text, end_m.start()))
        )
    ):
        nxt = text.find("\n", end_m.end())
        end_m = _REP_END.search(text, nxt) if nxt >= 0 else None
    end = end_m.start() if end_m else min(len(text), line_end + 300)
    postcode = re.search(r"\b\d{5}\b", text[start:end])
    if postcode:
        nxt = _NAME_AFTER.search(text, start + postcode.end(), end)
        end = nxt.start() if nxt else end
    return end


def _rep_spans(text: str) -> list[tuple[int, int]]:
    """Where representatives' blocks stand: from their heading to a blank line, the applicants' heading,
    or a name field after the representative's address."""
    spans = []
    for m in _REP_HEADING.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if _REP_NONE.fullmatch(text, m.end(), line_end):
            continue
        if _ADDRESS.search(text, m.end(), line_end):
            # a one-line letterhead with the whole address ("Rechtsanwälte X / Bahnhofstraße 19 / 45879
            # Gelsenkirchen"): the block is that line, whatever the letter says below it
            end = line_end
        else:
            end = _rep_end(text, m.start(), line_end)
        if _REP_GENERIC.match(m.group(0).strip()) and not _REP_TITLE.search(text[m.start() : end]):
            continue  # "Absender: Samir Haddad": the applicant writes for themselves
        spans.append((m.start(), end))
    return spans


def _rep_addresses(text: str) -> set[str]:
    """The addresses written in representatives' blocks: never an applicant family's."""
    found = set()
    for start, end in _rep_spans(text):
        for m in _ADDRESS.finditer(text, start, end):
            addr = _find_address(m.group(0))
            if addr:
                found.add(addr)
        # a form's street and postcode fields ("Straße, Hausnr. Lindenweg 22" / "Postleitzahl, Ort 47166 ...")
        fields = _field_address(text[start:end])
        if fields:
            found.add(fields)
    return found


def _labelled_persons(text: str) -> list[Person]:
    text = _colon_labels(_ruled_labels(text))

    # A form's text layer puts the value under its label ("Familienname\nTesfaye"); a label
    # followed by another label is the header of a table, not a form.
    def under(m: re.Match[str]) -> str:
        end = text.find("\n", m.end())
        nxt = text[m.end() : end if end >= 0 else len(text)]
        if _LABEL_RE.match(nxt + ":") or re.match(r"(?:" + _LABEL_ANY + r")\s*(?:$|:)", nxt, re.I):
            return m.group(0)
        return m.group(1) + ": "

    if not _LABEL_ALONE.search(text) and len(_LABEL_ALONE_GAP.findall(text)) >= 2:
        text = _LABEL_ALONE_GAP.sub(under, text)
    text = _LABEL_ALONE.sub(under, text)
    persons: list[Person] = []
    current: Person | None = None
    starts: dict[int, int] = {}
    raw_names: dict[int, list[str]] = {}
    matches = list(_LABEL_RE.finditer(text))
    for i, m in enumerate(matches):
        key = m.lastgroup or ""
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[m.end() : end]
        # the lines after a name's value that hold no label: the birth a form states in words
        # ("Name, Vorname: Gashi, Valbona" / "geboren" / "am 03.03.1975 in Prizren")
        trailing = value.split("\n\n")[0].split("\n", 1)[1:]
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
            starts[id(current)] = m.start()
        if field in ("name", "vorname"):
            raw_names.setdefault(id(current), []).append(value)
        if key == "name_vorname" and "," in value:
            family, given = value.split(",", 1)
            current.name, current.vorname = _title(family.strip()), given.strip()
        elif key == "geburtsort" and re.search(r"land$", m.group(0).rstrip(" :"), re.I):
            # "Geburtsort/-land: Niš / Serbien": the place before the country
            _set_field(current, field, re.split(r"\s*[/,(]\s*", value)[0])
        else:
            _set_field(current, field, value)
        if key == "geburtsdatum" and current.geburtsdatum:
            # "geboren am: 12.03.1988 in Aleppo, syrisch": place and nationality after the date
            after = re.match(r"(?:" + _DATE_TXT + r")", value)
            rest = value[after.end() :] if after else ""
            if rest.strip() and re.search(r"ort\b|place", m.group(0), re.I):
                # a combined field: the place follows the date after a comma ("01.02.1985, Herat")
                rest = re.sub(r"^\s*[,;/]\s*(?!in\b)", " in ", rest)
            if rest.strip():
                _place_nationality_after(current, rest)
        if trailing and field in ("name", "vorname") and not current.geburtsdatum:
            _trailing_birth(current, "\n".join(trailing[0].split("\n")[:3]))
    for p in persons:
        # "NAME: KARIMI" / "VORNAME: AHMAD": a form filled in capitals throughout; the labels say
        # which is which, so the first name is not taken for a family name in capitals
        if _CAPS_WORD.fullmatch(p.vorname.replace(" ", "")) and all(
            _CAPS_WORD.fullmatch(v.replace(" ", "")) for v in raw_names.get(id(p), [])
        ):
            p.vorname = _title(p.vorname)
        # "Name: Yaw Owusu" on a form without a first-name field: the whole name in one field
        if (
            not p.vorname
            and len(p.name.split()) >= 2
            and re.fullmatch(rf"{_CAP}(?:[ \-]{_CAP}){{1,3}}", p.name)
        ):
            p.name, p.vorname = _split_full_name(p.name.split())
    # A block without a birth date under a representative's heading, or named with a professional
    # title or an organisation ("Rechtsanwältin Dr. Katrin Vogel", "Caritasverband ... e. V."), is the
    # representative, not an applicant.
    spans = _rep_spans(text)

    def representative(p: Person) -> bool:
        if p.geburtsdatum:
            return False
        start = starts.get(id(p), -1)
        if any(a <= start < b for a, b in spans):
            return True
        return any(_REP_TITLE.search(v) for v in raw_names.get(id(p), []))

    return [p for p in persons if (p.name or p.vorname) and not representative(p)]


_HEADER_WORDS = {
    "birth",
    "date",
    "of",
    "place",
    "datum",
    "ort",
    "name",
    "names",
    "vorname",
    "vornamen",
    "|",
    "-",
    "_",
}
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_DATE_CELL = re.compile(r"^(?:" + _DATE_TXT + r")$")
# A line that ends the table: a label with a colon ("Anschrift aller Personen:"), a heading, prose.
# A colon after a space is an OCR speck in a row ("Hovhannes : 29.12.1997"), not a label; a date
# cell on its own line ("15. März 1993") is no numbered heading.
_TABLE_END = re.compile(
    r"^(?:[^|\n]{1,40}(?<!\s):|[IVX]+\.\s|\d+\.\s+[A-ZÄÖÜ]\w+\b(?!\s*\d{4})|Begr|Sehr geehrte|Mit freundlichen|Wir |Ich |Die |Der "
    r"|We |I |Yours|Kind regards|Sincerely|Dear |Reasons|Grounds"
    # the header of an address table below the persons: "PLZ  Ort  Straße / Hausnummer"
    r"|PLZ\b"
    # the heading of a second table of the same persons: "Ergänzung zu den lfd. Nummern"
    r"|Erg(?:ä|a|ae)nzung\b"
    # a lettered section heading: "B Wohnsitz und Vertretung", "C.1 Aufenthalt", "D) Gründe"
    r"|[A-H](?:[.)]|\.\d{1,2}\.?)?[ \t]+[A-ZÄÖÜ][a-zäöüß]{2,}\b(?![ \t]*[,|]))"
)
_TEXT_COLUMNS = ("name", "vorname", "geburtsort")


# Column headers as they appear in a header line (folded), also glued or damaged by OCR
# ("Geburtsdatunéeburtsort"): enough of each word to recognise it.
_HEADER_KEYS = {
    "vorname": r"vorname|first ?names?|given ?names?|forename",
    "name": r"(?<![a-z])(?:familiennam|nachnam|zunam|name|surname)",
    # "Geburtsdatum", "Geb.-Datum", and the short "geb. am" / "geboren am" of typed letters
    "geburtsdatum": r"geb\w{0,4}dat|(?<![a-z])geburtstag|(?<![a-z])geb\.?\s?-\s?dat|(?<![a-z])ge[bh](?:oren|\.)? ?am(?![a-z])|(?<![a-z])geboren(?![a-z])|date of birth"
    r"|(?<![a-z])dob(?![a-z])|(?<![a-z])birth ?date"
    # "lfd. Familienname Vorname(n) geb.": a bare "geb." as the last title
    r"|(?<![a-z])geb\.(?=\s*$)"
    # "Geburt (Datum / Ort)": one column for both, the date first
    r"|(?<![a-z])geburt(?= ?\(datum)",
    # ... and "geb. in" / "geboren in" for the place, as typed letters title it
    "geburtsort": r"burtsort|place of birth|(?<![a-z])birth ?place|geburtsstadt|(?<![a-z])pob(?![a-z])|(?<![a-z])geb\.?\s?-?\s?ort"
    r"|(?<![a-z])ge[bh](?:oren|\.)? ?in(?![a-z])|(?<=datum / )ort(?= ?\))|(?<=datum/)ort(?=\))|(?<=datum, )ort(?= ?\))",
    # "StA." is the office's short form; a header cut at the margin keeps only "Sta"
    "staatsangehoerigkeit": r"staatsang|nationalit|citizenship|(?<![a-z])sta(?![a-z])",
    # "Staatsangehörigkeischrift": OCR glues the last two titles, so the end of "Anschrift" is enough
    "adresse": r"anschrift|adresse|address|(?<!unter)schrift(?![a-z])|wohnort|wohnsitz|unterkunft",
    # columns read past: a running number, the relation, sex, file numbers and residence status
    "_nr": r"(?<![a-z])(?:nr|[li1{]fd)(?![a-z])",  # (OCR reads the "l" of "lfd." as an "I" or a "{")
    "_rolle": r"verhaltnis|stellung|(?<![a-z])verh(?![a-z])|(?<![a-z])bez(?![a-z])|rolle|beziehung|verwandtschaft|relation(?:ship)?|(?<![a-z])role(?![a-z])",
    "_geschlecht": r"geschlecht|(?<![a-z])(?:sex|gender)(?![a-z])",
    "_akte": r"aktenzeichen|(?<![a-z])azr|(?<![a-z])az(?![a-z])|aufenthaltsstatus|(?<![a-z])status(?![a-z])"
    r"|aufenthaltstitel",
}
_PERSON_KEYS = {k for k in _HEADER_KEYS if not k.startswith("_")}
# Whole column titles (folded) a fax may misread by a letter ("Famillenname", "Gebnrtsdatum"), which
# the key patterns above, built from parts of the right spelling, then miss.
_TITLE_WORDS = (
    "familienname",
    "nachname",
    "vorname",
    "vornamen",
    "geburtsdatum",
    "geburtsort",
    "staatsangehorigkeit",
    "anschrift",
)


def _mend_titles(folded: str) -> str:
    """A folded header line with each long word one letter away from a column title respelled."""

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in _TITLE_WORDS:
            return word
        limit = 1 if len(word) < 10 else 2
        best = min(_TITLE_WORDS, key=lambda t: _distance(word, t, limit))
        return best if _distance(word, best, limit) <= limit else word

    return re.sub(r"[a-z]{7,}", mend, folded)


def _table_header(text: str) -> tuple[list[str], int] | None:
    """Column keys and end offset of a persons table's header line (name, first name and more)."""
    offset = 0
    above: list[str] = []  # the titles of a header line just above that held nothing else
    prev = ""  # the last line that was no header
    all_lines = text.split("\n")
    for index, line in enumerate(all_lines):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        if len(line) > 140 or (
            re.search(r"\w\s?:\s*\w", line)
            # "Geburtsdatum; Name : Vorname ...": a speck colon among column titles (checked only
            # where a title "name" stands, as every persons header has one)
            and not ("name" in line.casefold() and _header_keys_only(re.sub(r"[:;]", " ", line)))
        ):
            above = []
            prev = line
            continue  # "Name, Vorname: ..." is a labelled form, not a table (a lone ":" is a speck)
        folded = _mend_titles(fold_word(line))
        found = []
        for key, pattern in _HEADER_KEYS.items():
            m = re.search(pattern, folded)
            if m:
                found.append((m.start(), key))
        # "Name, Vorname | geb. am | in | Staatsangehörigkeit": a lone "in" after the birth date
        # column titles the birthplace
        if "geburtsort" not in {k for _, k in found}:
            m = re.search(r"(?:geb(?:oren|\.)? ?am|datum)[\s|/]+in(?![a-z])", folded)
            if m:
                found.append((m.end() - 2, "geburtsort"))
        keys = [k for _, k in sorted(found)]
        # a header cell OCR set a line higher ("Name" / "Vorname Geburtsdatum Geburtsort ...")
        if above and not {"name", "vorname"} <= set(keys) and not set(above) & set(keys):
            keys = above + keys
        real = [k for k in keys if k in _PERSON_KEYS]
        # "FAMILIENNAME," / "Vorname(n)": the first name's title wrapped under the family name's
        if (
            "name" in keys
            and "vorname" not in keys
            and len(real) >= 3
            and re.search(r"name\s?,\s*(?:\||$|[a-z])", folded)
        ):
            below = next(
                (j for j in range(index + 1, min(index + 3, len(all_lines))) if all_lines[j].strip()), None
            )
            if below is not None and _header_keys_only(all_lines[below]) == ["vorname"]:
                keys.insert(keys.index("name") + 1, "vorname")
                return keys, sum(len(x) + 1 for x in all_lines[: below + 1]) - 1
        if len(real) >= 3 and "name" in keys and "vorname" in keys:
            return keys, start + len(line)
        # one column for the whole name: "Vor- und Nachname | Geburtsdatum | Geburtsort"
        if (
            len(real) >= 3
            and "name" in keys
            and "geburtsdatum" in keys
            and (
                "|" in line
                or "\t" in line
                or re.search(r"vor-?\s?und\s?(?:nach|familien)nam|name in full|full name", folded)
            )
        ):
            return keys, start + len(line)
        # "Kinder:" / "Vorname | Geburtsdatum | Geburtsort": the children's table of a family whose
        # name the application gives above it
        if (
            len(real) >= 3
            and "vorname" in keys
            and "geburtsdatum" in keys
            and ("|" in line or "\t" in line or _header_keys_only(line))
            and _FAMILY_INTRO.search(prev)
        ):
            return keys, start + len(line)
        above = _header_keys_only(line) or []
        prev = line
    return _stacked_header(text)


def _header_keys_only(line: str, abbreviated: bool = False) -> list[str] | None:
    """The column keys of a line that holds nothing but column titles, else None. `abbreviated`: a title
    may keep the dot of its abbreviation ("Staatsang.")."""
    keys = []
    words = re.split(r"[\s|]+", fold_word(line).strip())
    for word in [w.rstrip(".:") for w in words if w.rstrip(".:")] if abbreviated else [w for w in words if w]:
        key = next(
            (k for k, p in _HEADER_KEYS.items() if re.fullmatch(rf"\w{{0,6}}(?:{p})\w*\(?n?\)?", word)), None
        )
        if key is None:
            return None
        keys.append(key)
    return keys or None


_GRID_CELLS = re.compile(r"[ \t]*\|[ \t]*|\t+|[ \t]{2,}")


# a whole field title of each key, as it stands in a line of titles ("geb.", "vorname(n)")
_GRID_TITLES = {
    key: re.compile(rf"\w{{0,6}}(?:{pattern})\w*\.?(?:\(n\))?") for key, pattern in _HEADER_KEYS.items()
}


def _grid_keys(line: str) -> list[str] | None:
    """The keys of a line of field titles ("Nachname | Vorname | Staatsangehörigkeit", "geb. am  geb. in
    Wohnort"), else None: every piece of the line must be a title."""
    folded = fold_word(line).strip(" |")
    if not folded or re.search(r"\d|:", folded):
        return None
    found = [(m.start(), m.end(), key) for key, title in _GRID_TITLES.items() for m in title.finditer(folded)]
    found.sort()
    keys, rest, at = [], "", 0
    for start, end, key in found:
        if start < at:
            continue
        rest += folded[at:start]
        keys.append(key)
        at = end
    rest += folded[at:]
    if re.search(r"[a-z]{2,}", rest) or len(keys) < 2 or len(set(keys)) < len(keys) or "_nr" in keys:
        return None  # (a running number titles a table's column, never a form's field)
    return keys


def _grid_values(keys: list[str], line: str) -> dict[str, str] | None:
    """The values of a line under a line of field titles, by cell or, without separators, by kind."""
    cells = [c for c in _GRID_CELLS.split(line.strip(" |")) if c.strip()]
    if len(cells) == len(keys):
        return dict(zip(keys, cells, strict=True))
    out: dict[str, str] = {}
    rest = line
    if "geburtsdatum" in keys:
        m = re.search(_DATE_TXT, rest)
        if not m:
            return None
        out["geburtsdatum"], rest, after = m.group(0), rest[: m.start()], rest[m.end() :]
        at = keys.index("geburtsdatum")
        if keys[at + 1 : at + 2] == ["geburtsort"]:
            # "01.02.1985 Herat Lindenstraße 4, ...": the place is the word after the date
            place = re.match(rf"\s*({_CAP}(?:-{_CAP})?)", after)
            if place and not nationality(place.group(1)):
                out["geburtsort"], after = place.group(1), after[place.end() :]
        if "adresse" in keys and after.strip():
            out["adresse"] = _find_address(after) or after.strip(" ,;")
        elif after.strip():
            rest += " " + after
    words = rest.split()
    for key in [k for k in keys if k not in out and k in _PERSON_KEYS]:
        if not words:
            break
        if key == "staatsangehoerigkeit":
            at = next((i for i, w in enumerate(words) if nationality(w)), None)
            if at is not None:
                out[key] = words.pop(at)
            continue
        out[key] = words.pop(0)
    if words:
        last = [k for k in keys if k in out and k in _TEXT_COLUMNS]
        if last:
            out[last[-1]] += " " + " ".join(words)
    return out


def _grid_persons(text: str) -> list[Person]:
    """Persons of a form grid: lines of field titles, each with a line of values below it, several
    such pairs per person ("Nachname Vorname Staatsangehörigkeit" / "Karimi Ahmad afghanisch" /
    "geb. am geb. in Wohnort" / "01.02.1985 Herat Lindenstraße 4, 44135 Dortmund")."""
    lines = [line for line in text.split("\n") if line.strip()]
    persons: list[Person] = []
    pairs: dict[int, int] = {}  # how many title lines each person's values came from
    current: Person | None = None
    i = 0
    while i < len(lines) - 1:
        keys = _grid_keys(lines[i])
        values = _grid_values(keys, lines[i + 1]) if keys and not _grid_keys(lines[i + 1]) else None
        # a table: a second line of values under the same titles
        below = lines[i + 2] if i + 2 < len(lines) else ""
        if not keys or not values or (below and not _grid_keys(below) and _grid_values(keys, below)):
            i += 1
            continue
        if current is None or any(getattr(current, k) for k in values if k in _PERSON_KEYS):
            current = Person()
            persons.append(current)
        pairs[id(current)] = pairs.get(id(current), 0) + 1
        for key, value in values.items():
            if key in _PERSON_KEYS and value.strip():
                _set_field(current, key, _clean_value(value))
        i += 2
    return [p for p in persons if p.name and p.vorname and p.geburtsdatum and pairs[id(p)] >= 2]


def _stacked_header(text: str) -> tuple[list[str], int] | None:
    """A header with one column title per line, as a PDF text layer gives a table."""
    run: list[tuple[str, int]] = []
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        folded = fold_word(line.strip())
        if not folded and run:
            continue  # OCR puts blank lines between the column titles of a scanned table
        key = next(
            (k for k, p in _HEADER_KEYS.items() if re.fullmatch(rf"\w{{0,6}}(?:{p})\w*\(?n?\)?", folded)),
            None,
        )
        glued = _glued_titles(folded) if run else []
        if glued and not set(glued) & {k for k, _ in run}:
            run += [(k, start + len(line)) for k in glued]
            continue
        if key and key not in [k for k, _ in run]:
            run.append((key, start + len(line)))
            continue
        keys = [k for k, _ in run]
        if len(keys) >= 3 and "name" in keys and "vorname" in keys:
            return keys, run[-1][1]
        run = []
    return None


def _glued_titles(folded: str) -> list[str]:
    """Column titles OCR glued into one word ("geburtsdatungeburtsort"), in order; else []."""
    if not re.fullmatch(r"[a-z.\-]{12,40}", folded):
        return []
    found = sorted((m.start(), k) for k, p in _HEADER_KEYS.items() for m in [re.search(p, folded)] if m)
    return [k for _, k in found] if len(found) >= 2 else []


def _cell_kind(cell: str) -> str:
    if _DATE_CELL.match(cell):
        return "geburtsdatum"
    if re.search(r"\d{5}", cell):
        return "adresse"
    if (
        len(cell.split()) <= 3
        and not re.search(r"\d", cell)
        and (nationality(cell) or fuzzy_nationality(cell))
    ):
        return "staatsangehoerigkeit"
    return "text"


def _split_cell(cell: str, first: bool) -> list[str]:
    """Cells that OCR or a mail merged: "Leka Klea 20.03.1969" (the first cell: family name, first
    names, date), "Abena 27.06.1995", "Cape Coast ghanaisch" (place, nationality)."""
    cell = cell.strip(" .,|(‘'\":;[]°—_=")
    m = re.search(_DATE_TXT, cell)
    if m:
        # OCR splits words ("Ha kobyan"): a piece starting in lower case belongs to the word before
        before = re.sub(
            r"(?<![^\W\d_])([^\W\d_]{1,3}) (?=[a-zäöü])|(?<=\w) (?=[a-zäöü]{1,3}(?![\w]))",
            lambda g: g.group(1) or "",
            cell[: m.start()].strip(" .,|(‘'\""),
        ).split()
        after = cell[m.end() :].strip(" .|")
        cells = before[:1] + [" ".join(before[1:])] if first and len(before) > 1 else [" ".join(before)]
        return [c for c in cells if c] + [m.group(0)] + (_split_cell(after, False) if after else [])
    words = cell.split()
    if re.search(r"\d{5}", cell):
        # "Sugdidi Georgien Goethestr. 5, 50667 Köln": place, nationality and the address after them
        for i, word in enumerate(words[:4]):
            if i and _cell_kind(word.strip(",;|")) == "staatsangehoerigkeit":
                return [" ".join(words[:i]), word.strip(",;|"), " ".join(words[i + 1 :])]
    # "Kabul/afghanisch", "Herat / Afghanistan": place and nationality in one cell
    m = re.fullmatch(r"(?P<place>[^/]*[^\W\d_][^/]*?)\s*/\s*(?P<nat>[^/\d]+)", cell)
    if m and _cell_kind(m.group("nat")) == "staatsangehoerigkeit" and not nationality(m.group("place")):
        return [m.group("place"), m.group("nat")]
    words = cell.split()
    for n in (1, 2):  # the nationality is the last word(s); what stands before it is the place
        if len(words) > n and _cell_kind(" ".join(words[-n:])) == "staatsangehoerigkeit":
            return [" ".join(words[:-n]), " ".join(words[-n:])]
    if first and len(words) >= 2:
        return [words[0], " ".join(words[1:])]
    return [cell]


def _assign(cells: list[str], columns: list[str], persons: list[Person], fresh: bool) -> None:
    """Put typed cells into persons. A text cell fills the next name/first name/place column after
    the last filled one; a cell for a column that is already filled starts the next person."""
    order = {key: i for i, key in enumerate(columns)}
    current = None if fresh or not persons else persons[-1]
    filled = set() if current is None else {k for k in columns if getattr(current, k)}
    for cell in cells:
        cell = _clean_value(cell)
        if not cell or re.fullmatch(r"[^\W\d_]", cell):
            continue  # a lone letter is a speck or a table rule OCR read ("a", "i")
        kind = _cell_kind(cell)
        if kind == "text":
            last = max((order.get(k, -1) for k in filled), default=-1)
            kind = next((c for c in columns if c in _TEXT_COLUMNS and order[c] > last), "name")
        if current is None or kind in filled:
            current = Person()
            persons.append(current)
            filled = set()
        filled.add(kind)
        _fill_positional(current, [kind], [cell])


def _table_persons(text: str, header: tuple[list[str], int] | None = None) -> list[Person]:
    """Persons from a table under a header row; cells come one per line (PDF text layer), as rows
    with separators (DOCX "|", mail double spaces) or as rows of single-spaced words (OCR)."""
    header = header or _table_header(text)
    if header is None:
        return []
    columns, end = header
    lines: list[str] = []
    raw_lines: list[str] = []
    # A fax's OCR may set the right-hand columns below the left-hand ones, under their own titles
    # ("geb. am NAME, Vorname" / rows / "Staatsang. Geb.-Ort" / rows): those titles, then their rows.
    below: list[str] = []
    below_keys: list[str] = []
    for raw in text[end:].split("\n"):
        line = raw.strip(" |")
        if not line:
            continue
        if below:
            if _TABLE_END.match(line) or len(below) > len(lines) or _prose(line):
                break
            below.append(line)
            continue
        later = _header_keys_only(line, abbreviated=True) if lines else None
        if later and not set(later) & set(columns) and set(later) <= _PERSON_KEYS:
            below, below_keys = [line], later
            continue
        extra = _header_keys_only(line) if not lines else None
        if extra:  # a header that wrapped: "Name Vorname Geburtsdatum Geburtsort\nStaatsangehörigkeit"
            columns = columns + [k for k in extra if k not in columns]
            continue
        if (
            (_TABLE_END.match(line) and not _speck_label_row(line, lines))
            or len(lines) > 60
            or _prose(line)
            or _legend(line)
        ):
            break

        if not lines and not re.search(r"\d", line) and set(fold_word(line).split()) <= _HEADER_WORDS:
            continue  # the rest of a header cell that wrapped ("Date of | birth")
        if not lines and re.fullmatch(r"[a-zäöü]{1,5}", line):
            continue  # the end of a header word that wrapped ("Staatsangehörigk" / "eit")
        lines.append(line)
        raw_lines.append(raw)
    lines, raw_lines = _rejoin_wrapped_years(lines, raw_lines)
    # the birth mark _mark_bare_dates set before a row's date: the column tells the date already
    lines = [re.sub(r",\s?geb\.\s(?=\d)", "  ", line) for line in lines]
    all_columns = columns
    columns = [k for k in columns if k in _PERSON_KEYS]
    given = {fold_word(w) for v, _ in _roster(text) for w in v.split()}
    gender = "_geschlecht" in all_columns
    lines = _cut_lead(lines, all_columns, text)
    # A column that tells the relation ("Antragsteller", "Ehefrau", "Sohn") holds no name.
    numbered = all_columns[0] == "_nr"
    if numbered:
        # an outline number of a form's section ("2.1 Kola, Jonida ..."); the running number before
        # a date that opens the row ("1 6. Februar 1996 Ibadan ...", "2 03.02.1984 ...")
        lines = [
            re.sub(
                r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[^\W\d_])|^\d{1,2}[.)]?\s+(?=\d{1,2}\.\s?(?:\d{1,2}\.|[^\W\d_]{3,}))",
                "",
                line,
            )
            for line in lines
        ]
    if "geburtsdatum" in columns and columns[columns.index("geburtsdatum") + 1 :][:1] == ["geburtsort"]:
        # "Geburt (Datum / Ort)": "07.06.1975 / Fier" and "09.02.2000, Wladikawkas" are two cells
        lines = [re.sub(r"(?<=\d)\s*[/,]\s*(?=[A-ZÄÖÜ])", "  ", line) for line in lines]
    if "_rolle" in all_columns:
        codes = _relation_codes(text)
        lines = [" ".join(w for w in line.split(" ") if w.strip(".,;:|()") not in codes) for line in lines]
    rows = [
        [c for c in _CELL_SPLIT.split(_unlisted(line, gender, numbered)) if c.strip() and not _skip_cell(c)]
        for line in lines
    ]
    keep = [bool(cells) for cells in rows]
    lines = [line for line, k in zip(lines, keep, strict=True) if k]
    raw_lines = [raw for raw, k in zip(raw_lines, keep, strict=True) if k]
    rows = [cells for cells in rows if cells]
    row_mode = sum(len(r) >= 2 or len(r[0].split()) >= 3 for r in rows) >= len(rows) / 2 if rows else False
    whole_name = "vorname" not in columns
    if "geburtsdatum" not in columns and row_mode:
        # the date's title was lost (OCR set it elsewhere): its column is where the rows have a date
        for cells in rows:
            parts = [part for i, c in enumerate(cells) for part in _split_cell(c, i == 0 and not whole_name)]
            at = next((i for i, part in enumerate(parts) if _DATE_CELL.match(part)), None)
            if at is not None:
                if len(parts) == len(columns) + 1:
                    columns = columns[:at] + ["geburtsdatum"] + columns[at:]
                break
    # A table pasted as semicolon-separated values ("Geb.-Datum; Geb.-Ort; Familienname; ..."): a row with
    # an empty cell is read by position ("; Idlib; Al-Ali; Rasha; syrisch", a birth date nobody knows).
    semicolons = (
        "name" in all_columns and text[:end].rstrip().rsplit("\n", 1)[-1].count(";") == len(all_columns) - 1
    )
    persons: list[Person] = []
    for line, raw, cells in zip(lines, raw_lines, rows, strict=True):
        last = persons[-1] if persons else None
        full = [c.strip() for c in raw.strip().split(";")]
        if semicolons and len(full) == len(all_columns) and "" in full and full[all_columns.index("name")]:
            person = Person()
            _fill_positional(person, all_columns, full)
            persons.append(person)
            continue
        full = [c.strip() for c in raw.split("|")]
        if len(full) != len(all_columns):
            full = [c.strip() for c in raw.strip().strip("|").split("|")]
        full = _joined_name_cell(full, all_columns)
        if "|" in raw and len(full) == len(all_columns):
            if last and not re.search(_DATE_TXT, line) and not full[0] and any(full):
                # a row whose cells wrapped: "| Reza | | |" under "Al-Hassan | Mohammad | ..."
                for key, cell in zip(all_columns, full, strict=True):
                    if cell and key in ("name", "vorname", "geburtsort"):
                        old = getattr(last, key)
                        setattr(last, key, (old + cell) if old.endswith("-") else f"{old} {cell}".strip())
                continue
            if all(full[i] for i, k in enumerate(all_columns) if k in _PERSON_KEYS) and len(
                all_columns
            ) > len(columns):
                person = Person()  # one cell per column, also those holding no person field
                _fill_positional(person, all_columns, full)
                persons.append(person)
                continue
        if row_mode and last and last.geburtsdatum and not re.search(_DATE_TXT, line):
            rest = [p for c in cells for p in _split_cell(c, False)]
            if _fits_missing(last, columns, rest):  # the rest of a row that wrapped onto the next line
                _assign(rest, columns, persons, fresh=False)
                continue
        if row_mode and len(cells) == len(columns) and all(_clean_value(c) for c in cells):
            person = Person()  # one cell per column, as separated: read by position, split nothing
            _fill_positional(person, columns, cells)
            persons.append(person)
            continue
        if row_mode:
            parts = [
                part for i, cell in enumerate(cells) for part in _split_cell(cell, i == 0 and not whole_name)
            ]
            if len(parts) == len(columns):  # every cell present: read them by position
                person = Person()
                _fill_positional(person, columns, parts)
                persons.append(person)
                continue
            anchored = _by_anchors(line, columns, all_columns[0] not in _PERSON_KEYS, given)
            if anchored:
                persons.append(anchored)
            else:
                _assign(parts, columns, persons, fresh=True)
        else:
            # one cell per line, but OCR may put two on one ("23.08.1983 Mitrovica")
            _assign([part for c in cells for part in _split_cell(c, False)], columns, persons, fresh=False)
    if below and len(below) - 1 == len(persons):
        for person, row in zip(persons, below[1:], strict=True):
            words = row.split()
            if len(words) == len(below_keys):  # one word a cell: the only split single spaces allow
                for key, word in zip(below_keys, words, strict=True):
                    _set_field(person, key, word)
    if "vorname" not in columns:
        # One column for the whole name ("Vor- und Nachname", "Name"): "Haddad, Karim" names the
        # family first, "Karim Haddad" last (or in capitals).
        for p in persons:
            if not p.vorname and len(p.name.split()) >= 2:
                family, _, first = p.name.partition(",")
                if first.strip():
                    p.name, p.vorname = _title(family.strip()), first.strip()
                else:
                    p.name, p.vorname = _split_full_name(p.name.split())
    if "name" not in all_columns:
        # a children's table of first names: the family name is the applicant's, given above it
        return [p for p in persons if p.vorname and p.geburtsdatum]
    return [p for p in persons if p.name and (p.vorname or p.geburtsdatum)]


_MONTH_WITHOUT_YEAR = re.compile(
    rf"\b\d{{1,2}}\.\s?(?:{_DE_MONTHS})\b(?!\s*\d{{4}})|\b\d{{1,2}}\s(?:{_EN_MONTHS})\b(?!\s*\d{{4}})", re.I
)


# (a running number OCR read with letters: "ol" for "01", "O2", "l" for "1")
_NUMBERED_ROW = re.compile(
    r"^[ \t]*(?P<nr>\d{1,2}|[Oo][\dlI]|[Oo]?[lI](?=[ \t]))[.)]?[ \t]+(?P<rest>\S[^\n]*)$"
)
_NR_LETTERS = str.maketrans("OolI", "0011")


def _numbered_supplement(text: str, persons: list[Person]) -> None:
    """A second table that adds columns to the persons by their running number ("lfd. Staatsangehörigkeit
    Geburtsort" / "01 georgisch Tiflis"): its cells fill the fields the persons table lacks, row n the
    n-th person."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        keys = _header_keys_only(line, abbreviated=True)
        if not keys or keys[0] != "_nr" or len(keys) < 2 or not set(keys[1:]) <= _PERSON_KEYS:
            continue
        columns = keys[1:]
        if any(getattr(p, key) for p in persons for key in columns):
            continue  # the persons table had these columns itself
        rows: dict[int, list[str]] = {}
        for row in lines[i + 1 : i + 1 + 3 * len(persons)]:
            m = _NUMBERED_ROW.match(row)
            if not row.strip():
                continue
            if not m:
                break
            rest = m["rest"].strip()
            cells = _GRID_CELLS.split(rest)
            if len(cells) != len(columns):
                words = rest.split()
                at = [j for j, w in enumerate(words) if nationality(w)]
                if "staatsangehoerigkeit" in columns and len(at) == 1 and len(columns) == 2:
                    # one nationality word; the other column's words are the rest ("ghanaisch Cape Coast")
                    nat = words[at[0]]
                    other = " ".join(words[: at[0]] + words[at[0] + 1 :])
                    cells = [nat, other] if columns[0] == "staatsangehoerigkeit" else [other, nat]
                elif len(words) == len(columns):
                    cells = words
                else:
                    cells = []
            if cells:
                rows[int(m["nr"].translate(_NR_LETTERS))] = cells
        if rows and set(rows) <= set(range(1, len(persons) + 1)):
            for nr, cells in rows.items():
                for key, cell in zip(columns, cells, strict=True):
                    _set_field(persons[nr - 1], key, _clean_value(cell))
        return


def _rejoin_wrapped_years(lines: list[str], raw_lines: list[str]) -> tuple[list[str], list[str]]:
    """Rows whose written date lost its year to the next line ("1 14. Dezember Ahvaz ..." / "1996"):
    the year goes back after its month, and its line is dropped."""
    out, raws = [], []
    for line, raw in zip(lines, raw_lines, strict=True):
        year = re.fullmatch(r"[|\s]*(\d{4})[|\s]*", line)
        if year and out and len(_MONTH_WITHOUT_YEAR.findall(out[-1])) == 1:
            m = _MONTH_WITHOUT_YEAR.search(out[-1])
            out[-1] = f"{out[-1][: m.end()]} {year.group(1)}{out[-1][m.end() :]}"
            continue
        out.append(line)
        raws.append(raw)
    return out, raws


def _joined_name_cell(cells: list[str], columns: list[str]) -> list[str]:
    """A row's cells with the one that answers a header cell of two titles ("NAME, Vorname") split
    in two ("MORADI, Kaveh"): the header gave a key for each title, the row has one cell for both."""
    if len(cells) + 1 != len(columns):
        return cells
    for i in range(len(columns) - 1):
        if {columns[i], columns[i + 1]} == {"name", "vorname"} and i < len(cells) and "," in cells[i]:
            first, _, second = cells[i].partition(",")
            return [*cells[:i], first.strip(), second.strip(), *cells[i + 1 :]]
    return cells


def _speck_label_row(line: str, rows: list[str]) -> bool:
    """A row under other rows that only looks like a label because OCR read a colon into its first
    cell ("‘Te loc: hter- Berisha Hir 05.05.2006 Bochum"): it has a birth date after more words."""
    head = re.match(r"[^|\n]{1,40}?:", line)
    return bool(
        rows
        and head
        and re.search(_DATE_TXT, line[head.end() :])
        and len(line[head.end() :].split()) >= 4
        and not re.search(r"\b(?:Anschrift|Adresse|wohnhaft|Datum|Tel|Aktenzeichen)", head.group(0), re.I)
    )


def _cut_lead(lines: list[str], all_columns: list[str], text: str) -> list[str]:
    """Rows of a table whose first columns hold no person field (relation, number) before the family
    name: OCR damages those words past recognition ("/Antr agsteller", "Fhofrau"). Where the family
    name the letter states (or most rows share) stands among a row's first words, the row starts there."""
    at = all_columns.index("name") if "name" in all_columns else 0
    if at == 0 or any(k in _PERSON_KEYS for k in all_columns[:at]):
        return lines
    families = {_letters(n) for _, n in _roster(text)}
    seen: dict[str, int] = {}
    for line in lines:
        for w in set(re.findall(rf"{_CAP}", line)):
            seen[_letters(w)] = seen.get(_letters(w), 0) + 1
    families |= {w for w, n in seen.items() if len(w) >= 4 and n >= max(2, len(lines) / 2)}
    out = []
    for line in lines:
        words = line.split()
        cut = next(
            (
                i
                for i, w in enumerate(words[1:5], 1)
                if _letters(w) in families or any(_near(w, f) for f in families)
            ),
            None,
        )
        out.append(" ".join(words[cut:]) if cut and not re.search(r"\d", " ".join(words[:cut])) else line)
    return out


def _by_anchors(line: str, columns: list[str], lead_column: bool, given: set[str]) -> Person | None:
    """A row OCR read with its cells run together ("27.2.1985. Abdi . Abdirahman Mogadischu
    somalisch"): the birth date and the nationality are anchors; the words between them fill the
    text columns between them in order. Words in front of the first person column belong to a
    column before it (relation, running number). None where the row has no date."""
    tokens = []
    for raw in line.split():
        # a day keeps its dot: "6. Februar 1996" is a date, "6 Februar 1996" is not one _DATE_TXT reads
        day = re.fullmatch(r"[|\[]?(\d{1,2}\.)", raw)
        tok = day.group(1) if day else raw.strip(".,;:|[](){}‘’'\"“„_—–=~*°")
        if not tok or not re.search(r"\w", tok):
            continue
        if re.fullmatch(r"[a-zäöü]{1,2}", tok) and tok not in _PARTICLES and tok not in _NAME_PREFIXES:
            continue  # "u", "nn", "j": specks and table rules OCR read as letters
        if fold_word(tok).lower().split("/")[0] in _RELATIONS:
            continue  # the relation column's word ("Antragstellerin", "Sohn", "Antragsteller/in")
        tokens.append(tok)
    joined = " ".join(tokens)
    date = re.search(_DATE_TXT, joined)
    # "01 - BERIDZE, Nikoloz Kutaissi georgisch": a dash in the date's cell, right after the running number
    dash = (
        not date
        and lead_column
        and columns[:1] == ["geburtsdatum"]
        and re.match(r"\s*\d{1,2}[.)]?\s+[-–—]\s+(?=\S)", line) is not None
    )
    if not (date or dash) or "geburtsdatum" not in columns or "adresse" in columns:
        return None
    if date:
        before, after = joined[: date.start()].split(), joined[date.end() :].split()
    else:
        before, after = joined.split()[:1], joined.split()[1:]
    nat_at = None
    for n in (1, 2):  # one word first: "Labé quineiseh" is a place and a damaged nationality
        for i in range(len(after) - n, -1, -1):
            if _cell_kind(" ".join(after[i : i + n])) == "staatsangehoerigkeit":
                nat_at = (i, n)
                break
        if nat_at:
            break
    at = columns.index("geburtsdatum")
    segments: list[tuple[list[str], list[str]]] = [([c for c in columns[:at] if c in _TEXT_COLUMNS], before)]
    if "staatsangehoerigkeit" in columns and nat_at and columns.index("staatsangehoerigkeit") > at:
        ni = columns.index("staatsangehoerigkeit")
        i, n = nat_at
        segments.append(([c for c in columns[at + 1 : ni] if c in _TEXT_COLUMNS], after[:i]))
        segments.append(([c for c in columns[ni + 1 :] if c in _TEXT_COLUMNS], after[i + n :]))
        nat = " ".join(after[i : i + n])
    elif nat_at:  # a nationality the header lost its title for ("... Geburtsort" / "quineiseh")
        i, n = nat_at
        segments.append(([c for c in columns[at + 1 :] if c in _TEXT_COLUMNS], after[:i] + after[i + n :]))
        nat = " ".join(after[i : i + n])
    else:
        segments.append(([c for c in columns[at + 1 :] if c in _TEXT_COLUMNS], after))
        nat = ""
    person = Person()
    person.geburtsdatum = (parse_date(date.group(0)) or "") if date else ""
    if nat:
        _set_field(person, "staatsangehoerigkeit", nat)
    for cols, words in segments:
        if not cols or not words:
            continue
        if lead_column and cols[0] == columns[0] and len(words) > len(cols):
            words = words[len(words) - len(cols) - _extra_given(words, cols, given) :]
        for col, value in zip(cols, _spread(words, cols, given), strict=True):
            if value:
                _set_field(person, col, value)
    return person if person.name and person.vorname and (person.geburtsdatum or dash) else None


def _extra_given(words: list[str], cols: list[str], given: set[str]) -> int:
    """How many more words than columns a segment keeps: the stated first names beyond the first."""
    if "vorname" not in cols:
        return 0
    extra = 0
    at = cols.index("vorname")
    # the first name's words stand from its column on; a second stated first name follows it
    for w in words[len(words) - len(cols) + at + 1 :][: len(words)]:
        if fold_word(w) in given:
            extra += 1
    return min(extra, max(0, len(words) - len(cols)))


def _spread(words: list[str], cols: list[str], given: set[str]) -> list[str]:
    """The words of a segment over its text columns: one each; surplus words go to the first names
    where the letter states them so, else to the place of birth ("Novi Pazar"), else the last column."""
    if len(words) <= len(cols):
        return words + [""] * (len(cols) - len(words))
    out = [[w] for w in words[: len(cols)]]
    rest = words[len(cols) :]
    if "vorname" in cols:
        vi = cols.index("vorname")
        while rest and vi + 1 < len(cols) and fold_word(out[vi + 1][0]) in given:
            # "Alpha Mamadou": the word in the next column is a stated first name: shift it over
            out[vi].append(out[vi + 1][0])
            for k in range(vi + 1, len(cols) - 1):
                out[k] = [out[k + 1][0]]
            out[-1] = [rest.pop(0)]
    if rest:
        target = cols.index("geburtsort") if "geburtsort" in cols else len(cols) - 1
        if target == len(cols) - 1:
            out[target] += rest
        else:
            out[-1] += rest
    return [" ".join(ws) for ws in out]


_RELATIONS = {
    "antragsteller",
    "antragstellerin",
    "antragstellende",  # "Antragstellende Person", the gender-neutral form of official forms
    "antragstellender",
    "ehefrau",
    "ehemann",
    "ehegatte",
    "ehegattin",
    "sohn",
    "tochter",
    "kind",
    "partner",
    "partnerin",
    "lebensgefahrte",
    "lebensgefahrtin",
    "mutter",
    "vater",
    "bruder",
    "schwester",
    "enkel",
    "enkelin",
    "applicant",
    "wife",
    "husband",
    "spouse",
    "son",
    "daughter",
    "child",
}


_GENDER = re.compile(r"(?<![\w.])(?:m|w|d|f|männlich|weiblich|divers|male|female)(?![\w.])", re.I)
_STATUS = re.compile(
    r"(?<!\w)(?:Duldung|Gestattung|Aufenthaltsgestattung|Aufenthaltserlaubnis|Fiktionsbescheinigung"
    r"|Grenzübertrittsbescheinigung|ohne Titel|Bescheinigung)(?!\w)",
    re.I,
)


# A table's legend of relation codes: "AS = Antragsteller/in, EP = Ehepartner/in, K = Kind".
_LEGEND_ENTRY = re.compile(r"(?<![\w=])(?P<code>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,3})\s*[=:]\s*(?P<word>[^\W\d_]+)")


_NUMBERED_CODES = re.compile(r"(?<![\w=])[A-ZÄÖÜ]{1,2}\d(?:\s*,\s*[A-ZÄÖÜ]{1,2}\d)*\s*(?:…|\.\.\.)?\s*=")


def _legend(line: str) -> list[re.Match[str]]:
    """The entries of a line that is a table's legend of relation codes (every entry one), else []."""
    entries = list(_LEGEND_ENTRY.finditer(line))
    if len(entries) >= 2 and "=" in line and all(_relation_word(e["word"]) for e in entries):
        return entries
    return []


def _relation_codes(text: str) -> frozenset[str]:
    """The codes a table's legend defines for relations ("AS", "EP", "K"): a row's word that is one
    tells the relation and nothing else."""
    codes = set()
    for line in text.split("\n"):
        entries = _legend(line)
        codes.update(e["code"] for e in entries)
        if entries:
            # numbered codes listed before one meaning: "K1, K2 … = Kinder" (any "K" and a digit is one)
            # (and "K1" as OCR reads it: "Kl", "KI")
            for m in _NUMBERED_CODES.finditer(line):
                for base in re.findall(r"([A-ZÄÖÜ]{1,2})\d", m.group(0)):
                    codes.update([f"{base}{d}" for d in range(1, 10)] + [f"{base}l", f"{base}I"])
    return frozenset(codes)


def _relation_word(word: str) -> bool:
    """A relation noun, also compounded ("Ehepartner", "Stiefsohn", "Pflegekind")."""
    folded = fold_word(word).lower()
    return any(folded.endswith(r) for r in _RELATIONS)


def _unlisted(line: str, gender: bool, numbered: bool = False) -> str:
    """A table row without what is no person field: its running number ("1", "2."), sex ("m"/"w"),
    residence status, file numbers ("33.2-4711/22", AZR numbers) and relation words."""
    # not the day of a written date standing alone on its line ("15. März 1993")
    line = re.sub(r"^\(?\d{1,2}[.)]?\s+(?=[^\W\d_])(?![^\W\d_]+\.?\s+\d{4}\b)", "", line)
    if numbered:  # the first column is the running number, also as OCR reads it ("Ll", "l.", "I")
        line = re.sub(
            r"^[\w|!]{1,2}[.)]?\s+[‘’'\"“„.,_\-\[|]*\s*(?=[^\W\d_]{3})(?![^\W\d_]+\.?\s+\d{4}\b)", "", line
        )
    line = re.sub(rf"\s*,?\s*(?:geb\.?|geborene?|née)\s+{_CAP}", "", line)  # a maiden name
    if gender:
        line = _GENDER.sub(" ", line)
    line = _STATUS.sub(" ", line)
    # a file number: digits with "/" or "-" that are no date ("33.2-4711/22"), or a long number (AZR)
    line = " ".join(
        w
        for w in line.split(" ")
        if not (re.search(r"\d.*[/\-]|[/\-].*\d", w) and not _DATE_CELL.match(w.strip(".,")))
        and not re.fullmatch(r"\d{8,}", w)
    )
    words = line.split(" ")
    folded = [fold_word(w).strip(".,:;()") for w in words]
    # "Antragstellende Person Haddad Amal": the noun of a relation phrase goes with it
    kept = [
        w
        for i, (w, f) in enumerate(zip(words, folded, strict=True))
        if f not in _RELATIONS and not (f == "person" and i > 0 and folded[i - 1] in _RELATIONS)
    ]
    return " ".join(kept) if len(kept) < len(words) else line


def _skip_cell(cell: str) -> bool:
    """A cell that holds no person field: a relation ("Ehefrau"), a running number, a lone mark."""
    return _relation(cell) or bool(re.fullmatch(r"\s*\(?\d{1,3}[.),;:]?\s*", cell))  # "2," a fax read


def _prose(line: str) -> bool:
    """A sentence after a table ("We have lived in Germany since 2011."): it ends the table."""
    words = line.split()
    small = sum(len(w) >= 3 and w[0].islower() for w in words)
    return not re.search(_DATE_TXT, line) and (
        (len(words) >= 5 and bool(re.search(r"[.!?]$", line)) and small >= 3)
        # a line of a paragraph that wraps on ("Herr Karimi lebt seit 2015 in Dortmund, ist dort gut"); a
        # table's rule "|" speaks against it, unless the line is mostly small words (OCR reads "I" as "|":
        # "Background - As a child | lived in Kindia, Guinea; | had to stop going to school at fourteen")
        or (len(words) >= 8 and small >= 4 and ("|" not in line or small >= 6))
    )


def _relation(cell: str) -> bool:
    """A cell that only says how the person is related ("Ehefrau", "Sohn (minderjährig)", "1. Kind")."""
    words = re.findall(r"[^\W\d_]+", fold_word(cell))
    return bool(words) and words[0] in _RELATIONS and len(words) <= 3 and not re.search(r"\d{2}", cell)


def _fits_missing(person: Person, columns: list[str], cells: list[str]) -> bool:
    """Whether cells can be the columns a person still lacks (a wrapped row, not a new person)."""
    missing = [k for k in columns if not getattr(person, k)]
    kinds = [_cell_kind(_clean_value(c)) for c in cells if _clean_value(c)]
    if not kinds or not missing:
        return False
    texts = sum(k == "text" for k in kinds)
    return all(k == "text" or k in missing for k in kinds) and texts <= sum(
        k in _TEXT_COLUMNS for k in missing
    )


def _fill_positional(person: Person, columns: list[str], cells: list[str]) -> None:
    for key, cell in zip(columns, cells, strict=True):
        if key in _PERSON_KEYS:
            _set_field(person, key, _clean_value(cell))


def _set_field(person: Person, field: str, value: str) -> None:
    """One field from its raw text: dates parsed, nationalities and addresses normalised."""
    if field == "geburtsdatum":
        # "03/04/1980" (English forms: day first, as in "14/02/1984")
        value = re.sub(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", r"\1.\2.\3", value)
        person.geburtsdatum = parse_date(value) or ""
        # "01.02.1985, Herat": a cell of date and place
        place = re.match(rf"(?:{_DATE_TXT})\s*[,;/]\s*(?:in\s+)?({_CAP}(?:[ \-]{_CAP})?)\s*$", value)
        if person.geburtsdatum and place and not person.geburtsort and not nationality(place.group(1)):
            person.geburtsort = place.group(1)
    elif field == "staatsangehoerigkeit":
        # "gui eisch": OCR split the word where a letter faded
        person.staatsangehoerigkeit = (
            nationality(value)
            or fuzzy_nationality(value)
            or (fuzzy_nationality(value.replace(" ", "")) if len(value.split()) == 2 else "")
            or value
        )
    elif field == "adresse":
        person.adresse = _find_address(value) or value
    elif field == "name":
        # "Aydın geb. Kaya": the maiden name is not the family name
        person.name = _title(re.sub(rf"\s*,?\s*(?:geb\.?|geborene?|née)\s+{_CAP}.*$", "", value))
    elif field == "geburtsort":
        # "Erbil i", "Abowjan j": a lone small letter after the place is a table rule OCR read
        person.geburtsort = re.sub(r"\s+[a-z]$", "", value)
    else:
        setattr(person, field, value)


# "Ahmad Karimi, 1.2.1985, Herat, afghanisch (Ehefrau)": a list line with the birth date bare after the
# name; read as if it said "geb." where a nationality follows, so a dated heading is no person.
_BARE_DATE_ITEM = re.compile(
    rf"^(?P<lead>[ \t]*(?:[-•*]|\d{{1,2}}[.)])?[ \t]*)(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}}),?[ \t]+"
    rf"(?P<date>{_DATE_TXT})(?P<rest>[ \t]*,[^\n]{{2,120}})$",
    re.M,
)


# "Ehefrau:   Soraya Karimi   12.07.1988   Kabul": a row that a relation labels, the date bare after the
# name; "- Amina Karimi, 03.04.2015": an item of a list of the family, the date alone after the name.
_ROLE_DATE_ITEM = re.compile(
    rf"^(?P<lead>[ \t]*(?:[-•*]|\d{{1,2}}[.)])?[ \t]*(?:(?P<role>[^\W\d_]+(?:[ \t]+\d)?)[ \t]*:[ \t]*)?)"
    rf"(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}}),?[ \t]+(?P<date>{_DATE_TXT})(?P<rest>[^\n]{{0,120}})$",
    re.M,
)
# "Ahmad Karimi (01.02.1985); Soraya Karimi (12.07.1988)": the birth date in brackets after the name,
# not the date of a court's or an authority's paper ("Verwaltungsgericht Köln (03.03.2021)")
# "Fatima Jovanović (23.02.2007)", also with the place and the nationality in the bracket:
# "Nenad Jovanović (21.09.1970; Vranje; serbisch)"
_BRACKET_DATE = re.compile(
    rf"(?P<who>{_CAP}(?:(?:[ \-]|\n(?=\S)){_CAP}){{1,3}})[ \t]*\n?[ \t]*\((?P<date>{_DATE_TXT})"
    r"(?P<rest>(?:[ \t]*[;,]\s*[^();,\n]{2,40}){0,2})\)"
)
_INSTITUTION_WORD = re.compile(
    r"(?:gericht|amt|beh(?:ö|oe|o)rde|klinik|praxis|schule|zentrum|stelle|verwaltung|kreis|stadt|bescheid|urteil"
    r"|beschluss|schreiben|attest|bericht|gutachten|vollmacht|ausweis|duldung|court|office|AufenthG|BAMF"
    # an event dated in a bracket: "Das Asylbegehren (04.08.2016)", "Der Asylantrag (…)"
    r"|begehren|antrag|verfahren|klage|einreise|ausreise|ankunft|heirat)$",
    re.I,
)
_BULLET = re.compile(r"^[ \t]*(?:[-•*]|\d{1,2}[.)])[ \t]")
# the line that introduces a list of family members, not a list of enclosures
_FAMILY_INTRO = re.compile(
    r"kind|familie|person|angeh(?:ö|oe|o)rig|ehefrau|ehemann|tochter|s(?:ö|oe|o)hne|children|family|persons",
    re.I,
)
_ENCLOSURE_INTRO = re.compile(r"anlage|unterlagen|beigef|beiliegend|enclos|attach|dokument|nachweis", re.I)


def _family_list_item(text: str, start: int) -> bool:
    """Whether the bulleted line at start belongs to a list the line above it introduces as family."""
    lines = text[:start].split("\n")[:-1]
    while lines and (_BULLET.match(lines[-1]) or not lines[-1].strip()):
        lines.pop()
    intro = lines[-1] if lines else ""
    return bool(_FAMILY_INTRO.search(intro)) and not _ENCLOSURE_INTRO.search(intro)


def _told_birth(who: str, date: str, place: str = "", nat: str = "") -> str:
    """A record the readers do not know, rewritten as the apposition they do: "Name, geb. DATE in PLACE, NAT"."""
    return f"{who}, geb. {date}" + (f" in {place}" if place else "") + (f", {nat}" if nat else "")


def _mark_bare_dates(text: str) -> str:
    def mark(m: re.Match[str]) -> str:
        words = m.group("who").split()
        if not nationality(m.group("rest")) or any(_not_name(w) for w in words):
            return m.group(0)
        return f"{m.group('lead')}{m.group('who')}, geb. {m.group('date')}{m.group('rest')}"

    def mark_row(m: re.Match[str]) -> str:
        words = m.group("who").split()
        if any(_not_name(w) for w in words) or _BIRTH_MARK.search(m.group(0)):
            return m.group(0)
        role = fold_word(m.group("role") or "").split()
        if role and role[0] not in _RELATIONS:
            return m.group(0)
        rest = m.group("rest").strip(" \t,;")
        if not role and (rest or not _BULLET.match(m.group(0)) or not _family_list_item(text, m.start())):
            return m.group(0)
        place = re.match(rf"({_CAP}(?:[ \-]{_CAP})?)(?![\w-])", rest)
        if place and not nationality(place.group(1)):
            rest = f" in {place.group(1)}, {rest[place.end() :].strip(' ,;')}".rstrip(" ,")
        elif rest:
            rest = ", " + rest
        return f"{m.group('lead')}{m.group('who')}, geb. {m.group('date')}{rest}"

    def mark_bracket(m: re.Match[str]) -> str:
        words = m.group("who").split()[-2:]
        if (
            any(_not_name(w) or _INSTITUTION_WORD.search(w) for w in words)
            or fold_word(words[0]) in _DETERMINERS
        ):
            return m.group(0)
        parts = [x.strip() for x in re.split(r"[;,]", m.group("rest")) if x.strip()]
        if not parts:
            return f"{m.group('who')} (geb. {m.group('date')})"
        nat = next((x for x in parts if nationality(x)), "")
        place = next((x for x in parts if x != nat and re.fullmatch(_PLACE_NAME, x)), "")
        if not nat and not place:
            return m.group(0)
        return _told_birth(m.group("who"), m.group("date"), place, nat)

    text = _ROLE_DATE_ITEM.sub(mark_row, _BARE_DATE_ITEM.sub(mark, text))
    return _BRACKET_DATE.sub(mark_bracket, text)


# A sentence's first word on the next line is no family name: "... geborene Sohn Liridon" / "Die Familie ..."
_WRAP_NOT_NAME = (
    r"(?!(?:Die|Der|Das|Dem|Den|Er|Sie|Es|Ich|Wir|Ihr|Sein|Seine|Mein|Meine|Unser|Unsere|Ein|Eine|In|Im|Am"
    r"|Seit|Nach|Mit|Auf|Bei|Zu|Zur|Zum|Von|Vom|Aus|Als|Auch|Und|Dort|Hier|Heute|Beide|Alle)\b)"
)


# "Der am 12.03.1985 in Lagos geborene nigerianische Staatsangehörige Chinedu Okafor ...", "ihr am
# 03.04.2015 geborener Sohn Liridon": the attributive birth of official German stands before the name.
_FRONTED_BIRTH = re.compile(
    r"(?<![\w-])(?P<lead>(?:[Dd](?:er|ie|as|es|en|eren|essen)|[IiSs](?:hr|ein)(?:e[mnrs]?)?|[Uu]nser(?:e[mnrs]?)?"
    r"|[Mm]ein(?:e[mnrs]?)?)\s+)am\s+(?P<date>" + _DATE_TXT + r")"
    # a place of two words may wrap at the line end ("in Cape" / "Coast geborene")
    rf"(?:\s+(?:in|zu)\s+(?P<place>{_CAP}(?:(?:[ \-]|[ \t]*\n[ \t]*){_CAP})?)(?:\s*\((?P<country>[^)\n]{{2,30}})\))?)?"
    # as a fax reads it too: "afghanische Staalsangehorige frau Zahra Sultani", "Slaalsangehörige"
    r"\s+geboren(?:e[mnrs]?)?\s+(?P<mid>(?:[a-zäöüß]+\s+){0,2}?(?:S[tl][a-z]{2,4}angeh(?:ö|oe|o)rige[nr]?\s+)?)"
    r"(?P<role>(?:(?:[Hh]errn?|[Ff]rau|Sohn|Tochter|Kind|Ehefrau|Ehemann|Mandant(?:in|en)?|Antragsteller(?:in)?)\s+)?)"
    # the name may wrap after its first word ("Herr Isaac" / "Osei."), never after a whole name
    rf"(?P<who>{_CAP}(?:(?:[ \-]{_CAP}){{1,3}}|[ \t]*\n[ \t]*{_WRAP_NOT_NAME}{_CAP}))(?![\w-])"
)


# The birth told as an event at the head of a sentence: "Am 19. November 1981 in Herat wurde Sayed
# Noori geboren, ...", "Am 2. Dezember 1984 in Herat kam seine Ehefrau Nilofar Noori zur Welt (...)"
_EVENT_BIRTH = re.compile(
    r"(?:^|(?<=[.:;!]\s)|(?<=[.:;!]\s\s))Am\s+(?P<date>" + _DATE_TXT + r")"
    # the place as OCR may read it ("Niš" -> "Ni$")
    rf"(?:\s+(?:in|zu)\s+(?P<place>[{_UPPER}][^\s,;()]*(?:[ \-][{_UPPER}][^\s,;()]*)?)"
    r"(?:\s*\((?P<country>[^)\n]{2,30})\))?)?"
    r"\s+(?:wurde|kam|ist)\s+"
    r"(?P<role>(?:(?:[Ss]ein|[Ii]hr|[Uu]nser|[Mm]ein)e?\s+)?(?:(?:Sohn|Tochter|Kind|Ehefrau|Ehemann|Frau|Mann"
    r"|Mandant(?:in)?|Bruder|Schwester|Enkel(?:in)?)\s+)?)"
    rf"(?:(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}})\s+(?:geboren|zur\s+Welt)(?![\w-])"
    # the writer's own: "Am 18. März 1991 in Ferizaj wurde ich geboren; ich heiße Shkelzen Krasniqi"
    rf"|ich\s+geboren\s*[;,]?\s*(?:und\s+)?(?:ich\s+)?(?:heiße|hei(?:ss|ß)e|bin)\s+(?P<self>{_CAP}(?:[ \-]{_CAP}){{1,3}})(?![\w-]))",
    re.M,
)


# A line that names the family alone, above its members: "Familie Karimi:", "Eheleute Karimi"
_FAMILY_LINE = re.compile(
    rf"^[ \t]*(?:Familie|Eheleute|Geschwister|Family)[ \t]+(?P<name>{_CAP}(?:-{_CAP})?)[ \t]*:?[ \t]*$", re.M
)


def _birth_place(m: re.Match[str]) -> str:
    """ " in Herat (Afghanistan)": the place and country groups of a birth rewritten as an apposition."""
    place = f" in {' '.join(m.group('place').split())}" if m.group("place") else ""
    country = f" ({m.group('country')})" if "country" in m.re.groupindex and m.group("country") else ""
    return place + country


_PLACE_FIRST_BIRTH = re.compile(
    rf"\b(?P<mark>geboren|geb\.|born)[ \t]+(?:in|at)[ \t]+(?P<place>{_PLACE_NAME})[ \t]+(?P<on>am|on)[ \t]+"
    rf"(?P<date>{_DATE_TXT})"
)


_WAS_BORN = re.compile(
    rf"(?P<who>(?<![\w-]){_CAP}(?:[ \-]{_CAP}){{1,2}}),?[ \t]+(?:was|is)[ \t]+born\b(?=[ \t]+(?:on|in)\b)"
)


_BRACKET_BEFORE_BIRTH = re.compile(
    r"[ \t]*\((?P<bracket>(?:Staatsangeh(?:ö|oe|o)rigkeit|Nationalit(?:ä|ae|a)t):?\s+[a-zäöü]+)\)"
    rf"(?P<birth>\s+(?:kam|wurde)\s+am\s+(?:{_DATE_TXT})(?:\s+in\s+{_PLACE_NAME})?\s+(?:zur\s+Welt|geboren))"
)


def _unfront_births(text: str) -> str:
    """The attributive birth written as the usual apposition: "der am 12.03.1985 in Lagos geborene
    nigerianische Staatsangehörige Chinedu Okafor" -> "der Chinedu Okafor, geb. am 12.03.1985 in Lagos,
    nigerianische Staatsangehörige"; names are left as they stand."""

    def move(m: re.Match[str]) -> str:
        mid = f" {m.group('mid').strip()}" if m.group("mid").strip() else ""
        return f"{m.group('lead')}{m.group('role')}{' '.join(m.group('who').split())}, geb. am {m.group('date')}{_birth_place(m)},{mid}"

    def event(m: re.Match[str]) -> str:
        role = m.group("role")
        who = " ".join((m.group("who") or m.group("self")).split())
        return f"{role[:1].upper()}{role[1:]}{who}, geb. am {m.group('date')}{_birth_place(m)}"

    return _EVENT_BIRTH.sub(event, _FRONTED_BIRTH.sub(move, text))


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
        trailing_nat = _trim_before(pre)[1]
        date_match = DATE_RE.search(fold_word(m.group("date")))
        person = Person(
            name=name,
            vorname=vorname,
            # "28, Februar 1982": a form the general date reader does not take
            geburtsdatum=(parse_match(date_match) if date_match else "")
            or parse_date(re.sub(r"^(\d{1,2}),\s?", r"\1. ", m.group("date")))
            or "",
        )
        person.staatsangehoerigkeit = trailing_nat
        found.append((person, m.end()))
        prev_end = m.end()
    persons = []
    for i, (person, end) in enumerate(found):
        stop = name_starts[i + 1] if i + 1 < len(found) else min(len(text), end + 300)
        # "Staatsangehörigkeit:\n\niranisch": a label's value that OCR moved behind a blank line
        post = re.sub(r":[ \t]*\n\s*", ": ", text[end:stop])
        # "Staatsangehörigkeit\n\nAserbaidschan": the value a line break moved under its word
        post = re.sub(r"((?<![\w-])(?:Staatsangeh\w*|Nationalit\w*))[ \t]*\n\s*(?=\w)", r"\1 ", post)
        # A list item or sentence ends the record: "..., afghanisch\n2. Karimi, ..." or ". Er ..."
        post = re.split(r"\n\s*(?:\d+\.|[-•*])\s|\.\s+(?=[A-ZÄÖÜ])|\n\s*\n", post)[0]
        place = _PLACE_AFTER.search(post)
        if place:
            person.geburtsort = _clean_value(re.split(r"\s*,", place.group("place"))[0])
        else:
            person.geburtsort = _bare_place(post)
        person.staatsangehoerigkeit = (
            nationality(post) or person.staatsangehoerigkeit or fuzzy_nationality(post)
        )
        if re.match(r"[^.;\n]{0,60}?\bdeutsche[rn]?\s+Staatsangeh", post):
            continue  # a German writer ("ich, Ali Rahimi, geb. ..., deutscher Staatsangehöriger") applies for no one
        intro = _ADDRESS_INTRO.search(post)
        if intro:
            person.adresse = _find_address(post[intro.end() :]) or ""
        elif re.match(
            r"[^\n]{0,80}?,[ \t]*[A-ZÄÖÜ][\w\-\.äöüß]*(?:[ \-][\w\-\.äöüß]+){0,3}[ \t]\d{1,4}[ \t]?[a-zA-Z]?,[ \t]*\d{5}",
            post,
        ):
            # "Herr Karimi, geb. ..., Lindenstr. 4a, 44135 Dortmund": the address as a part of the record
            person.adresse = _find_address(post) or ""
        if person.name or person.vorname:
            persons.append(person)
    return persons


# "* 23.04.1965, Bamiyan, afghanisch": the place without "in", between the date and the nationality
_BARE_PLACE = re.compile(
    # (also between dashes: "Geburtstag 07.07.1981 – Baku – aserbaidschanisch", and right after the date
    # before a "+" a fax read for a middle dot: "* 21.4.1991 Deir ez-Zor + syrisch")
    # (and between middle dots: "geb. 23.10.1969 · Ahvaz · iranisch", the second one OCR may read as a
    # "«" (a '"' once cleaned) or a ":": "Mardin « türkisch", "Mitrovica : kosovarisch")
    rf"^(?:[ \t]*,|[ \t]+[–—·•-]|[ \t]+(?=[^\n+]{{2,30}}[ \t][+–—-][ \t]))[ \t]*(?P<place>{_PLACE_NAME})"
    r"(?:[ \t]*(?:,|/|\(|;)|[ \t]+[–—+·•«»\":-][ \t]|[ \t](?=[a-zäöü]|StA\b|Staatsang))[ \t]*"
    r"(?P<rest>[^,;\n]{2,40})"
)


# "(* 2. Juni 1990, Aleppo)": the place alone after the date, the bracket closed behind it
_CLOSED_PLACE = re.compile(rf"^[ \t]*,[ \t]*(?P<place>{_PLACE_NAME})[ \t]*\)")


# "; Herat Afghanistan" at the end of a record: the place and its country
_PLACE_COUNTRY = re.compile(
    rf"^[ \t]*[,;][ \t]*(?P<place>{_CAP}(?:-{_CAP})?)[ \t]+\(?(?P<country>{_CAP})\)?[ \t]*(?:$|\n)"
)


def _bare_place(post: str) -> str:
    """The birthplace that stands bare after the birth date, only where a nationality follows it."""
    pc = _PLACE_COUNTRY.match(post)
    if pc and nationality(pc.group("country")) and not nationality(pc.group("place")):
        return pc.group("place")
    closed = _CLOSED_PLACE.match(post)
    if closed and not nationality(closed.group("place")) and not _not_name(closed.group("place").split()[0]):
        return _clean_value(closed.group("place"))
    m = _BARE_PLACE.match(post)
    if not m or nationality(m.group("place")) or _not_name(m.group("place").split()[0]):
        return ""
    if _LABEL_RE.match(m.group("place") + ": ") or re.fullmatch(r"StA\.?", m.group("place")):
        return ""  # "- StA iranisch": the label of the nationality after it, no place
    rest = m.group("rest")
    if not (
        nationality(rest) or fuzzy_nationality(rest) or re.match(r"\s*(?:Staatsang|StA\b|Nationalit)", rest)
    ):
        return ""
    return _clean_value(m.group("place"))


_LIST_ITEM = re.compile(
    rf"^[\s._\-–•*\d,)]*(?P<n>{_CAP}|l[^\W\d_aeiouyl][\w\-]*)\s*,\s*(?P<v>{_CAP}(?:\s{_CAP})?)\s*,\s*(?P<rest>.+)$",
    re.M,
)


def _list_persons(text: str) -> list[Person]:
    """List items without a birth date ("1. Kaya, Rojda, in Mardin, Staatsangehörigkeit: türkisch")."""
    persons = []
    for m in _LIST_ITEM.finditer(text):
        rest = m.group("rest")
        if not re.search(rf"(?:^|\s)(?:in\s+{_CAP}|geb\w*\s|born\s)|Staatsang|Nationalit", rest):
            continue
        person = Person(name=_title(m.group("n")), vorname=m.group("v"))
        place = _PLACE_AFTER.search(rest)
        if place:
            person.geburtsort = _clean_value(re.split(r"\s*,", place.group("place"))[0])
        person.staatsangehoerigkeit = nationality(rest)
        persons.append(person)
    return [p for p in persons if not _not_name(p.name)]


_UNDATED = re.compile(
    rf"(?:^|[;\n]|\bf(?:ü|u|ue)r\b|\bHerrn?\b|\bFrau\b|[-•*]\s)\s*(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}})"
    r"\s*,?\s+(?:(?:born|geboren)\s+(?:in\s+)?|(?:in|at)\s+)(?P<rest>[^;\n]{2,160})",
    re.M,
)


# "Ebenso gilt der Antrag für den Sohn Kaveh Bahrami - Geburtsort Isfahan, iranisch": a relative's record
# that leaves the birth date out
_UNDATED_RELATIVE = re.compile(
    r"\b(?:den|die|der|dem|seine[nr]?|ihre[nr]?|meine[nr]?)\s+(?:Sohn|Tochter|Ehefrau|Ehemann|Kind|Mutter|Vater"
    rf"|Bruder|Schwester|Enkel|Enkelin)\s+(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}})\s*[-–—,]\s*Geburtsort\s*:?\s+"
    rf"(?P<place>{_PLACE_NAME})\s*,\s*(?P<nat>[^\W\d_]+)"
)


# "* in Ahvaz – Dariush Tehrani, iranisch (Antragsteller)": a starred item whose birth date is left out
_UNDATED_STARRED = re.compile(
    rf"^[ \t]*\*[ \t]*in[ \t]+(?P<place>{_PLACE_NAME})[ \t]+[-–—][ \t]+(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}})"
    r"[ \t]*,[ \t]*(?P<nat>[^\W\d_]+)",
    re.M,
)


# "Rahim Karimi" / "Kandahar · afghanisch": a signatory's data under the name, the birth date left out
_UNDATED_SIGNED = re.compile(
    rf"^[ \t]*(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}})[ \t]*\n\s*(?P<place>{_PLACE_NAME})[ \t]+[·•][ \t]+"
    r"(?P<nat>[^\W\d_]+)[ \t]*$",
    re.M,
)


# "Antragsteller zu 3) ist Gentian Kola, Sohn des Antragstellers zu 1). Er wurde in Vlora geboren und ist
# albanischer Staatsangehörigkeit.": the sentences of a rubrum, the birth date left out
_UNDATED_PRONOUN = re.compile(
    rf"\bist\s+(?:Herrn?\s+|Frau\s+)?(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}})(?:,[^.\n]{{0,80}})?\.\s+(?:Er|Sie)\s+"
    rf"wurde\s+in\s+(?P<place>{_PLACE_NAME})\s+geboren\s+und\s+(?:ist|besitzt|hat)\s+(?:die\s+)?"
    r"(?P<nat>[^\W\d_]+)\s+Staatsangeh"
)


# "Noori, Nilofar (main applicant) – born at Kandahar – nationality Afghan": a list item, family name first,
# the birth date left out
_UNDATED_LISTED = re.compile(
    rf"^[ \t]*(?P<fam>{_CAP}),[ \t]*(?P<given>{_CAP}(?:[ \t]{_CAP})?)(?:[ \t]*\([^)\n]{{1,30}}\))?[ \t]*[-–—,][ \t]*"
    rf"(?:born|geboren)[ \t]+(?:in|at)[ \t]+(?P<place>{_PLACE_NAME})[ \t]*[-–—,][ \t]*"
    r"(?:(?:nationality|citizenship|Staatsangehörigkeit)[ \t]*:?[ \t]*)?(?P<nat>[^\W\d_]+)",
    re.M,
)


# blind20's records without a birth date: "Unsere Tochter heißt Elira Prifti (Geburtsort Tirana,
# Staatsangehörigkeit albanisch)", "Milan Jovanovic (Sohn) besitzt die serbische Staatsangehörigkeit und stammt
# aus Belgrad." (with no "Geburtsdatum:" after it)
_UNDATED_NAMED = re.compile(
    rf"\bhei(?:ß|ss)t\s+(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,2}})\s*\(\s*Geburtsort\s*:?\s*(?P<place>{_PLACE_NAME})\s*,\s*"
    r"Staatsangeh(?:ö|oe|o)rigkeit\s*:?\s*(?P<nat>[^\W\d_]+)\s*\)"
)
_UNDATED_ORIGIN = re.compile(
    rf"(?P<who>(?<![\w-]){_CAP}(?:[ \-]{_CAP}){{1,2}})(?:[ \t]*\([^)\n]{{1,30}}\))?\s+besitzt\s+die\s+"
    rf"(?P<nat>[^\W\d_]+)\s+Staatsangeh(?:ö|oe|o)rigkeit\s+und\s+stammt\s+aus\s+(?P<place>{_PLACE_NAME})\."
    r"(?!\s*Geburtsdatum)"
)
# "Antragstellende sind Abena Owusu (Accra; ghanaisch), der Ehepartner …": the bracket record without its date
_UNDATED_BRACKET = re.compile(
    rf"(?P<who>(?<![\w-]){_CAP}(?:[ \-]{_CAP}){{1,2}})\s*\(\s*(?P<place>{_PLACE_NAME})\s*;\s*(?P<nat>[^\W\d_]+)\s*\)"
)


def _undated_records(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[Person]:
    """The persons of records without a birth date that name a place and a nationality."""
    persons = []
    for m in itertools.chain.from_iterable(pattern.finditer(text) for pattern in patterns):
        if "fam" in m.groupdict():
            words = [m.group("given"), m.group("fam")]
        else:
            words = m.group("who").split()
        if nationality(m.group("nat")) and not any(_not_name(w) for w in words):
            name, first = (
                (_title(m.group("fam")), m.group("given"))
                if "fam" in m.groupdict()
                else _split_full_name(words)
            )
            persons.append(
                Person(
                    name=name,
                    vorname=first,
                    geburtsort=m.group("place"),
                    staatsangehoerigkeit=nationality(m.group("nat")),
                )
            )
    return persons


def _undated_persons(text: str) -> list[Person]:
    """Persons named without a birth date ("für Herrn Ahmad Karimi in Kabul, afghanischer
    Staatsangehöriger; ...", "- Omid Karimi, born Dortmund, nationality: Afghan"): only where the
    same clause states a nationality, so a place in the reasoning does not make a person."""
    persons = []
    persons = _undated_records(text, (_UNDATED_RELATIVE, _UNDATED_STARRED))
    for m in _UNDATED.finditer(text):
        rest = m.group("rest")
        if not re.search(r"Staatsangeh|[Nn]ationalit|citizen", rest) or _BIRTH_MARK.search(rest[:40]):
            continue
        words = m.group("who").split()
        while words and _not_name(words[0]):
            words = words[1:]
        if len(words) < 2 or any(_not_name(w) for w in words):
            continue
        place = _PLACE_AFTER.search("in " + rest)
        persons.append(
            Person(
                name=_title(words[-1]),
                vorname=" ".join(words[:-1]),
                geburtsort=_clean_value(re.split(r"\s*,", place.group("place"))[0]) if place else "",
                staatsangehoerigkeit=nationality(rest),
            )
        )
    return persons


# The one person an application is for, named without a birth date: "Härtefallantrag für Sekou Camara",
# "HÄRTEFALLANTRAG - HABIBA HOSSEINI", "wir vertreten Habiba Hosseini", "übernehmen wir die Vertretung
# für Goran Nikolić", "Antragstellerin: Habiba HOSSEINI", "Ich heiße Karen Sargsyan", "My name is ...".
_WHO = rf"(?:Herrn?\s+|Frau\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}})"
_NAMED_APPLICANT = [
    re.compile(lead + _WHO)
    for lead in (
        r"(?i:H(?:ä|ae|a)rtefall(?:antrag|ersuchen)|Antrag|Eingabe)\s*(?i:f(?:ü|u|ue)r|von|[-–—:])\s*",
        r"\b(?i:wir\s+vertreten)\s+",
        r"\b(?i:Vertretung\s+(?:f(?:ü|u|ue)r|von))\s+",
        r"\b(?i:Antragsteller(?:in)?)\s*:\s*",
        r"\b(?:[Ii]ch\s+hei(?:ß|ss)e|[Mm]ein\s+Name\s+ist|[Mm]y\s+name\s+is)\s+",
    )
] + [
    # the family name first, under or after the role: "Antragsteller/in" / "Iwanowa, Islam · Geburtsort ..."
    re.compile(
        rf"\b(?i:Antragsteller(?:/?in)?)[ \t]*:?[ \t]*\n?[ \t]*(?P<family>{_CAP}),[ \t]+(?P<first>{_CAP})\b"
    )
]


def _named_applicant(text: str) -> Person | None:
    """The applicant of a letter that gives no birth date, where no layout reading found anyone: the
    name an applicant cue gives, if the letter names that person at least twice. Birth place and
    nationality come from a sentence or bracket beside the name ("Herr Goran Nikolić ist in Novi Sad
    geboren und serbischer Staatsangehöriger", "Habiba HOSSEINI (in Ghazni; afghanisch)"). A letter
    that tells a birth date ("ist am 23.3.1995 in Sugdidi geboren") is left to the learned reading of
    case.py, which also reads the others such a letter names."""
    # ("kam am 26. August 1989 in Batman zur" / "Welt": the phrase may wrap)
    if (
        _BIRTH_MARK.search(text)
        or re.search(rf"(?:{_DATE_TXT})[^.]{{0,60}}?\b(?:geboren|zur\s+Welt|born)\b", text)
        # "1.3 Tag der Geburt 20.4.1986", "Birth: 3/4/1990": a date beside a word of birth
        or re.search(rf"(?i:geburt|birth)[^.\n]{{0,30}}?(?:{_DATE_TXT})", text)
    ):
        return None
    for m in sorted((m for rx in _NAMED_APPLICANT for m in rx.finditer(text)), key=lambda m: m.start()):
        found = m.groupdict()
        words = found["who"].split() if found.get("who") else [found["first"], found["family"]]
        while words and _not_name(words[-1]):
            words = words[:-1]
        if len(words) < 2 or any(_not_name(w) or not re.fullmatch(r"[^\W\d_][\w'’\-]*", w) for w in words):
            continue
        first, family = " ".join(words[:-1]), words[-1]
        named = re.compile(rf"(?<![\w-]){re.escape(first)}\s+{re.escape(family)}(?![\w-])", re.I)
        mentions = list(named.finditer(text))
        if len(mentions) < 2:
            continue
        person = Person(name=_title(family), vorname=_title(first) if first.isupper() else first)
        for seen in mentions:
            after = text[seen.end() : seen.end() + 160]
            place = re.match(
                rf"\s*(?:\(\s*(?:geb\.\s+)?in\s+|[^.\n(]{{0,20}}?\b(?:ist|bin|wurde|kam)\s+in\s+)(?P<place>{_CAP}(?:[ \-]{_CAP})?)",
                after,
            )
            if place and not person.geburtsort and not nationality(place.group("place")):
                person.geburtsort = place.group("place")
            sentence = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
            if not person.staatsangehoerigkeit and re.search(r"staatsangeh|\(|;", fold_word(sentence)):
                person.staatsangehoerigkeit = nationality(
                    sentence.split(")")[0] if "(" in sentence[:3] else sentence
                )
        return person
    return None


# An intro that says where someone lives, not just where mail goes: "Anschrift:" also heads a
# lawyer's or counselling service's block, "Wohnort:" and "wohnhaft" do not.
_RESIDENCE_INTRO = re.compile(
    r"wohn|\bwh\.|leben|lebt|residing|\bliv(?:e|es|ing)\b|unterkunft|untergebracht|gemeldet|registered", re.I
)


# A field that points back instead of repeating a value: "wie A)", "wie oben", "dto.", "s. o.", "ebenso",
# "same as above"
_SAME_AS = re.compile(
    r"^\s*(?:wie\b(?!\s+\d)[^\d\n]{0,25}|dto\.?|ditto|do\.|s\.\s?o\.?|siehe oben|ebenso|ebenda|desgl\.?"
    r"|same as\b[^\d\n]{0,20}|as above)\s*$",
    re.I,
)


def _shared_address(text: str, avoid: set[str] | frozenset[str] = frozenset()) -> str:
    """An address stated for everyone ("alle wohnhaft ...", "Anschrift: ..."), not one in `avoid`
    (a representative's). One introduced as a residence comes before one under a bare "Anschrift"."""
    plain = ""
    for intro in _ADDRESS_INTRO.finditer(text):
        addr = _find_address(text[intro.end() : intro.end() + 160])
        if not addr or addr in avoid:
            continue
        if _RESIDENCE_INTRO.search(intro.group(0)):
            return addr
        plain = plain or addr
    return plain


# A street and its house number, the number on the street's line: "Gartenweg 100" / "6.3 ..." is no
# "Gartenweg 100 6"
_STREET_NUMBER = r"[A-ZÄÖÜ][\w\-\.äöüß]*(?:[ \-]\w[\w\-\.äöüß]*){0,4}[ \t]\d{1,4}"
# An address in two labelled fields, as forms ask for it: "PLZ/Ort: 30159 Hannover – Straße/Nr.:
# Bergstraße 23", "Straße, Hausnummer: ..." above "PLZ, Ort: ...", "PLZ und Wohnort 53227 Bonn"; a Word
# table's cell rule between label and value ("Postleitzahl, Ort | 58095 Hagen").
_PLZ_FIELD = re.compile(
    r"\b(?:PLZ\s*(?:/|,|und|\+)?\s*(?:Wohn)?[Oo]rt|Postleitzahl\s*(?:/|,|und)\s*(?:Wohn)?[Oo]rt|Post ?code\s*/\s*(?:City|Town))"
    r"\s*[:|]?\s*(?P<plz>\d{5})\s*(?P<city>" + _CITY + ")"
)
_STREET_FIELD = re.compile(
    r"\b(?:Stra(?:ß|ss)e|Str\.|Street)(?:\s*(?:/|,|und|\+)\s*(?:Haus)?(?:nr\.?|nummer|Nr\.?|No\.?|number))?"
    # the colon may be left out in a form's row ("B.1 Straße / Hausnummer Gartenstraße 47")
    r"\s*[:|]?[ \t]*(?P<street>" + _STREET_NUMBER + r"(?:[ \t]?[a-zA-Z](?![\w).]))?)"
)


# An address table: the header "PLZ  Ort  Straße / Hausnummer" and the row below it
# ("10000 Tiflis (Georgien) Rustaweli 47"); a postcode abroad may have four digits.
_ADDRESS_ROW = re.compile(
    r"^[ \t]*PLZ[ \t]+(?:Wohn)?[Oo]rt[ \t]+Stra(?:ß|ss)e(?:[ \t]*[/,][ \t]*Haus(?:nummer|nr\.?))?[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*(?P<plz>\d{4,5})[ \t]+(?P<city>" + _CITY + _CITY_BRACKET + r")[ \t]+"
    r"(?P<street>" + _STREET_NUMBER + r"(?:[ \t]?[a-zA-Z])?)[ \t]*$",
    re.M,
)


def _field_address(text: str, avoid: set[str] | frozenset[str] = frozenset()) -> str:
    """An address written in a street field and a postcode/place field near each other."""
    row = _ADDRESS_ROW.search(text)
    if row:
        addr = re.sub(r"\s+", " ", f"{row['street']}, {row['plz']} {row['city']}")
        if addr not in avoid:
            return addr
    for plz in _PLZ_FIELD.finditer(text):
        window = text[max(0, plz.start() - 200) : plz.end() + 200]
        street = _STREET_FIELD.search(window)
        if street:
            addr = re.sub(r"\s+", " ", f"{street['street']}, {plz['plz']} {plz['city']}")
            if addr not in avoid:
                return addr
    return ""


# Words that may stand beside the family name in a line that only names the family or a person.
_NAME_LINE_WORDS = {"herr", "herrn", "frau", "familie", "eheleute", "und", "&", "fur"}


# (also "Submitted on October 10, 2024 by Aslan Magomedov, Mühlenweg 24, 52068 Aachen")
_SENDER_LABEL = re.compile(
    r"^[ \t]*(?:From|Von|Absender(?:in)?|Abs\.)[ \t]*:[ \t]*"
    r"|^[^\n]{0,40}?\b(?:[Ss]ubmitted|[Ss]ent|[Ee]ingereicht)\b[^\n]{0,30}?\b(?:by|von)[ \t]+"
)


def _sender_address(text: str, families: set[str], avoid: set[str] | frozenset[str] = frozenset()) -> str:
    """The address under a line that only names an applicant or their family: the sender block of a
    letter the family writes itself ("Familie Haddad" / "Lindenstraße 4" / "44135 Dortmund")."""
    lines: list[str] = []
    for line in text.split("\n"):
        # a sender line: "Yousef Darwish - Talstraße 14 · 44793 Bochum", the address after a dash;
        # "From: Sekou Camara, Wiesenweg 13, 33719 Bielefeld", after a label and a comma
        line = _SENDER_LABEL.sub("", line)
        for sep in (" - ", ", "):
            name_part, found, rest = line.partition(sep)
            if found and _ADDRESS.match(rest.strip()):
                lines += [name_part, rest.strip()]
                break
        else:
            lines.append(line)
    bare = {
        plain(f) for f in families
    }  # OCR drops diacritics: "Celik" in the letterhead, "Çelik" in the table
    for i, line in enumerate(lines[:-1]):
        words = line.split()
        if not 1 <= len(words) <= 5 or not bare & {plain(fold_word(w.strip(","))) for w in words}:
            continue
        if not all(
            fold_word(w).lower() in _NAME_LINE_WORDS or re.fullmatch(_CAP, w.strip(",")) for w in words
        ):
            continue
        below = "\n".join([x for x in lines[i + 1 : i + 8] if x.strip()][:3])  # a scan's blank lines between
        if _ADDRESS.match(below.lstrip()):  # the address starts on the very next line
            addr = _find_address(below)
            if addr and addr not in avoid:
                return addr
    return ""


def _shared_nationality(text: str) -> str:
    folded = fold_word(text)
    # a sentence may wrap: "Alle Familienmitglieder ... sind nigerianische\nStaatsangehörige"
    m = re.search(
        # ("Sämtliche genannten Personen besitzen die Staatsangehörigkeit: guineisch")
        r"\b(?:alle|samtliche\w*)\b(?:[^.\n]|\n(?!\s*\n)){0,80}staatsangehorig"
        r"|staatsangehorigkeit[^.\n]{0,10}:?[^.\n]{0,40}\balle\b",
        folded,
    )
    # "We are all Iraqi." (OCR may read the capital I as a small l: "lraqi")
    english = re.search(r"\b(?:we|they) are all ([a-z]+)\b", folded)
    if not m and english:
        word = english.group(1)
        word = "i" + word[1:] if word.startswith("l") else word
        return nationality(word) or fuzzy_nationality(word)
    if not m:
        return ""
    window = text[max(0, m.start() - 10) : m.end() + 40]
    return nationality(window)


# The birthplace stated once for the whole family: "Alle Familienmitglieder wurden in Tartus geboren",
# "Geburtsort (alle): Ibadan", "Geburtsort aller Personen: Kabul".
_SHARED_PLACE = re.compile(
    rf"\b[Aa]lle\b(?:[^.\n]|\n(?!\s*\n)){{0,50}}?\b(?:wurden|sind)\s+(?:[a-z]\s+)?in\s+(?P<a>{_CAP}(?:[ \-]{_CAP})?)"
    r"\s+geboren"
    rf"|Geburtsort\s*(?:\(\s*alle\s*\)|aller\s+\w+)\s*:\s*(?P<b>{_CAP}(?:[ \-]{_CAP})?)[ \t]*(?:$|[.,;])",
    re.M,
)
# "Alle besitzen die gleiche Staatsangehörigkeit": the applicant's, for everyone
_SAME_NATIONALITY = re.compile(
    r"\b(?:alle|beide)\b(?:[^.\n]|\n(?!\s*\n)){0,50}\b(?:gleiche|selbe|dieselbe)\s+staatsangehorigkeit"
)


def _shared_birthplace(text: str) -> str:
    m = _SHARED_PLACE.search(text)
    if not m:
        return ""
    place = _clean_value(m.group("a") or m.group("b") or "")
    return "" if _not_name(place.split()[0]) or nationality(place) else place


# The end of a birth told in running text: "... geboren", "kam am ... in Herat zur Welt"
_BORN_END = r"[^.\n]{0,50}?\s(?:geboren|zur\s+Welt)"
# "Herr Ahmad Karimi wurde am 03.04.1985 in Herat geboren", "Unser Sohn Omid Karimi ist am ... geboren":
# the running text of the reasoning repeats birth dates that a faxed table may have lost to OCR.
_NARRATIVE_BIRTH = re.compile(
    rf"(?P<who>{_CAP}(?:(?:[ \-]|\n(?=\S))[\w'’\-]+){{1,3}})(?:(?:\s*,|\s+und|\s*[:.;–]\s*(?P<pron>Sie|Er))?\s+(?:wurde|ist|kam|bin)|\s*,)\s+am"
    rf"\s+(?P<date>{_DATE_TXT})"
    rf"(?:\s+(?:in|zu)\s+(?P<place>{_CAP}(?:[ \-]{_CAP})?)(?:\s*\((?P<country>[^)\n]{{2,30}})\))?)?"
    + _BORN_END
)
_SELF_BIRTH = re.compile(
    rf"\b[Ii]ch\s+(?:bin|wurde|kam)\s+am\s+(?P<date>{_DATE_TXT})(?:\s+(?:in|zu)\s+(?P<place>{_CAP}(?:[ \-]{_CAP})?)"
    r"(?:\s*\((?P<country>[^)\n]{2,30})\))?)?" + _BORN_END
)
# "Meine Heimatstadt ist Prizren; dort wurde ich am 13.3.1989 geboren": the place first, the verb before "ich"
# (rewritten as "Ich wurde am 13.3.1989 in Prizren geboren")
_HOMETOWN_BIRTH = re.compile(
    rf"\b[Mm]eine\s+(?:Heimatstadt|Geburtsstadt|Heimat)\s+ist\s+(?P<place>{_PLACE_NAME}&?[^\W\d_]*)\s*[;,.]\s*[Dd]ort\s+"
    rf"(?:wurde|bin)\s+ich\s+am\s+(?P<date>{_DATE_TXT})\s+geboren"
)
_SELF_BIRTH_EN = re.compile(
    rf"(?:\bI|(?<!\S)[|l])\s+was\s+born\s+on\s+(?P<date>{_DATE_TXT})(?:\s+in\s+(?P<place>{_CAP}(?:[ \-]{_CAP})?))?"
    # "..., Ghana" or "(Ghanaian citizen)" after the place
    r"(?:(?:\s*,\s*|\s*\()(?P<country>[A-Z][a-z]+))?"
)
# The writer states the date and then the place: "Mein Geburtsdatum lautet 12.08.1993; geboren wurde ich in
# Jalalabad", "Geboren wurde ich am 3. Mai 1990 in Herat"
_SELF_BIRTH_STATED = re.compile(
    rf"\b(?:[Mm]ein Geburtsdatum (?:lautet|ist)|[Gg]eboren (?:wurde|bin) ich am|[Gg]eburtstag habe ich am"
    rf"|[Mm]ein Geburtstag ist(?: am)?)\s*:?\s*(?P<date>{_DATE_TXT})"
    # the place in the same sentence, or in the next one that says so ("... 1970. Geboren bin ich in Shkodra.")
    rf"(?:\s*[;,.]?\s*(?:[Gg]eboren (?:wurde|bin) ich\s+|und zwar\s+)?(?:in|zu)\s+(?P<place>{_CAP}(?:[ \-]{_CAP})?))?"
    r"(?:\s*\((?P<country>[^)\n]{2,30})\))?"
)


def _self_birth(text: str) -> re.Match[str] | None:
    return _SELF_BIRTH.search(text) or _SELF_BIRTH_EN.search(text) or _SELF_BIRTH_STATED.search(text)


# The writer names themself: "my name is Amina Yusuf", "mein Name ist ...", "ich heiße ..."
_MY_NAME = re.compile(
    # "Ich heiße llir Prifti": OCR reads the capital I of "Ilir" as a small l
    rf"\b(?:[Mm]y name is|[Mm]ein Name ist|[Ii]ch hei(?:ß|ss)e)\s+(?P<who>(?:{_CAP}|l[^\W\d_aeiouy]\w*)(?: {_CAP}){{1,2}})(?=[\s.,;]|$)"
)
# "My nationality is Guinean.", "I am a Syrian citizen", "Ich bin afghanische Staatsangehörige", "ich besitze
# die syrische Staatsangehörigkeit"
_MY_NATIONALITY = re.compile(
    r"\b(?:[Mm]y\s+nationality\s+is|[Mm]eine\s+Staatsangeh(?:ö|oe|o)rigkeit\s+ist|I am an?(?=\s+\w+ (?:citizen|national))"
    r"|[Ii]ch bin(?:\s+eine?)?(?=\s+\w+\s+Staatsangeh(?:ö|oe)rige)|[Ii]ch\s+(?:besitze|habe)\s+die(?=\s+\w+\s+Staatsangeh(?:ö|oe)rigkeit))"
    r"\s+(?P<nat>\w+)"
)
# "I am Ousmane Camara.", "Ich bin Driton Gashi." (a name and the sentence's end, not "I am writing")
_I_AM = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:I am|Ich bin) (?P<who>{_CAP}(?: {_CAP}){{1,2}})(?=[.,;])", re.M
)
# Relatives outside the application: their birth dates in the reasoning make no applicant.
_OUTSIDE_RELATIVES = re.compile(
    r"(?:Bruder|Bruders|Schwester|Mutter|Vater|Onkel|Tante|Cousin|Cousine|Neffe|Nichte|Gro(?:ß|ss)\w+|"
    r"Schwager|Schw(?:ä|ae)gerin|Eltern|Enkel\w*)\s*$"
)
_SIGNATURE = re.compile(
    rf"(?:Mit freundlichen Gr\w*|Yours (?:sincerely|faithfully)|Sincerely|Kind regards|Best regards)\W*?(?:\n\s*[^\n]{{0,90}}){{0,6}}?\n\s*(?P<who>{_CAP}(?: {_CAP}){{1,2}})\s*(?:\n|$)"
)


_NAME_PARTICLES = {"al", "el", "bin", "ben", "de", "da", "van", "von", "abu", "ibn"}


def _narrative_births(text: str) -> list[tuple[Person, int]]:
    """Persons whose birth the running text tells, with where it tells it; names as OCR left them
    (repaired later)."""
    out: list[tuple[Person, int]] = []
    for m in _NARRATIVE_BIRTH.finditer(text):
        words = m.group("who").split()
        lead = ""
        # "Der Sohn namens Omar Haddad ist ...", "Die Tochter heißt Amal Haddad und ist ...": the name is
        # the capitalised words before the verb
        while words and (_not_name(words[0]) or not words[0][:1].isupper()):
            lead, words = lead + " " + words[0], words[1:]
        # "Die Personen und ihr Status" / "Herr Goran Demirović kam am ...": a heading's last word before
        # the title; the name is what follows the last word that is no name
        last = max((i for i, w in enumerate(words) if _not_name(w)), default=-1)
        if 0 < last < len(words) - 2:
            lead, words = lead + " " + " ".join(words[: last + 1]), words[last + 1 :]
        if re.search(r"(?:^|\s)" + _OUTSIDE_RELATIVES.pattern, lead):
            continue  # "Sein Onkel Abebe Kebede wurde am ... geboren": not an applicant
        if len(words) < 2 or any(_not_name(w) for w in words) or not re.match(_CAP, words[0]):
            continue
        if not (words[-1][0].isupper() or len(words[-1]) >= 4):
            continue
        # "Ehefrau Lina Haddad: Sie ist am ...": before a pronoun only a name, no sentence end
        if m.group("pron") and not all(re.fullmatch(_CAP, w) or w in _NAME_PARTICLES for w in words):
            continue
        if _OUTSIDE_RELATIVES.search(text[max(0, m.start() - 30) : m.start()].rstrip(" ,")):
            continue  # "Sein Onkel, Abebe Kebede, wurde am ... geboren"
        born = parse_date(m.group("date"))
        if born:
            name = words[-1][0].upper() + words[-1][1:]
            # "... zur Welt und besitzt die afghanische Staatsangehörigkeit": the rest of the sentence
            rest = re.split(r"(?<=[a-zäöüß])\.\s", text[m.end() : m.end() + 160], maxsplit=1)[0]
            stated = nationality(rest) if "staatsangeh" in fold_word(rest) else ""
            out.append(
                (
                    Person(
                        name=_title(name),
                        vorname=" ".join(words[:-1]),
                        geburtsdatum=born,
                        geburtsort=m.group("place") or "",
                        staatsangehoerigkeit=nationality(m.group("country") or "") or stated,
                    ),
                    m.start(),
                )
            )
    writer = _writer(text, signed=True)
    if writer:
        out.append((writer, len(text)))
    return out


def _first_dated(text: str, dates: set[str]) -> int:
    """Where the text first gives one of the birth dates (ISO) in `dates`; its length if nowhere."""
    for m in re.finditer(_DATE_TXT, text):
        if parse_date(m.group(0)) in dates:
            return m.start()
    return len(text)


def _writer(text: str, signed: bool = False) -> Person | None:
    """The person who writes about their own birth and names themself, or None. `signed`: the name under
    the closing counts as well (where no other strategy found anyone)."""
    born = _self_birth(text)
    named = _MY_NAME.search(text) or _I_AM.search(text) or (_SIGNATURE.search(text) if signed else None)
    if not (born and named and parse_date(born.group("date"))):
        return None
    words = named.group("who").split()
    if len(words) < 2 or any(_not_name(w) for w in words):
        return None
    return Person(
        name=_title(words[-1]),
        vorname=" ".join([_title(words[0])] + words[1:-1]),
        geburtsdatum=parse_date(born.group("date")) or "",
        geburtsort=born.group("place") or "",
        staatsangehoerigkeit=_writers_nationality(text, born.group("country")),
    )


def _writers_nationality(text: str, country: str | None) -> str:
    """The nationality the writer states: after the birth ("born in X, Ghana") or in words of its own."""
    stated = _MY_NATIONALITY.search(text)
    return nationality(country or "") or nationality(stated.group("nat") if stated else "")


_GENERATION = 15  # years between two births of one name that make them two persons (parent and child)


def _namesakes(date_a: str, date_b: str) -> bool:
    """Whether two births of one name are two persons: a mother and her daughter may share a name
    ("Farzana Ahmadi", born 1975 and 2011); one person read twice has one birth, a year a slip away at most.
    A missing date says nothing either way (False)."""
    if not (date_a[:4].isdigit() and date_b[:4].isdigit()):
        return False
    return abs(int(date_a[:4]) - int(date_b[:4])) >= _GENERATION


def _same_person(a: Person, b: Person) -> bool:
    return (fold_word(a.name), fold_word(a.vorname)) == (fold_word(b.name), fold_word(b.vorname)) or (
        bool(a.geburtsdatum) and a.geburtsdatum == b.geburtsdatum
    )


def _ocr_shape(word: str) -> str:
    # Letters a fax blurs into each other ("rn"/"ın" for "m", "C"/"G", "E"/"F", "c"/"e").
    w = fold_word(word).replace("rn", "m").replace("ın", "m").replace("in", "m")
    return w.translate(str.maketrans("gfcl", "ceei"))


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by at most one substituted, inserted or deleted letter."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    # not at the end: "Nikolić" / "Nikolićé" is a stray mark, "Ali" / "Alia" another name
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long) - 1))


def _respell_from_text(word: str, counts: dict[str, int], avoid: set[str]) -> str:
    """A name OCR misread once ("Gelik", "Klcea") in a text that spells it right several times."""
    if len(word) < 4 or " " in word or "-" in word:
        return word
    own = counts.get(word, 0)
    best, best_n = word, 0
    for cand, n in counts.items():
        if n < 3 or n < 2 * max(own, 1) or n <= best_n or cand in avoid or not cand[:1].isupper():
            continue
        if len(cand) < 4 or _not_name(cand):
            continue
        if _one_edit(fold_word(word), fold_word(cand)) or _ocr_shape(word) == _ocr_shape(cand):
            best, best_n = cand, n
    return best


def _unconfused(word: str, counts: dict[str, int]) -> str:
    """The text's other spelling of a name where OCR read "q" as "g" ("Rafig" in the rows, "Rafiq"
    in the heading): the slip goes one way, German text gives OCR no reason to invent a "q"."""
    if "g" not in word.casefold() or len(word) < 3:
        return word
    for cand in counts:
        if len(cand) != len(word) or cand == word:
            continue
        # letter by letter, case aside: the same, or "g" here where the other spelling has "q"
        pairs = {(a.casefold(), b.casefold()) for a, b in zip(word, cand, strict=True)}
        if ("g", "q") in pairs and all(a == b or (a, b) == ("g", "q") for a, b in pairs):
            return "".join(c.upper() if w.isupper() else c.lower() for w, c in zip(word, cand, strict=True))
    return word


def _repair(persons: list[Person], text: str, ocr: bool = True) -> list[Person]:
    """Mend what a faxed or scanned table lost: names split, glued or misread by OCR, a date that
    slid into the first-name cell, and birth dates the running text states."""
    families = {fold_word(p.name) for p in persons if len(p.name) > 2}
    for p in persons:
        # "Ha" | "kobyan Aram": a family name OCR cut in two
        m = re.match(r"([a-zäöüçşğı][\w\-]*)\s+(.+)$", p.vorname)
        if (
            m
            and len(p.name) <= 3
            and fold_word(p.name + m.group(1))
            in families
            | {fold_word(w) for w in re.findall(rf"{re.escape(p.name)}\s?{re.escape(m.group(1))}", text)}
        ):
            p.name, p.vorname = p.name + m.group(1), m.group(2)
        # "Timur 25.06.1989 Kasan" in the first-name cell
        m = re.match(r"(\D+?)\s+(\d.*)$", p.vorname)
        if m:
            p.vorname = m.group(1).strip(" .,|[")
            date = re.search(_DATE_TXT, m.group(2))
            if date and not p.geburtsdatum:
                p.geburtsdatum = parse_date(date.group(0)) or ""
        # "Boatengisaac": a family name and a first name glued
        if not p.vorname or re.fullmatch(r"[\d\s.,/-]+", p.vorname):
            for fam in families:
                folded = fold_word(p.name)
                if folded != fam and folded.startswith(fam) and len(folded) - len(fam) >= 2:
                    rest = p.name[len(fam) :]
                    if re.fullmatch(r"[^\W\d_]+", rest):
                        p.name, p.vorname = p.name[: len(fam)], rest[:1].upper() + rest[1:]
                        break
    counts: dict[str, int] = {}
    for word in re.findall(r"[\w'’\-]+", text):
        counts[word] = counts.get(word, 0) + 1
    given = {w for q in persons for w in q.vorname.split()}
    for p in persons:
        p.name = _respell_from_text(p.name, counts, given)
        siblings = {w for q in persons if q is not p for w in q.vorname.split()} | {q.name for q in persons}
        p.vorname = " ".join(_respell_from_text(w, counts, siblings) for w in p.vorname.split())
        if ocr:
            p.name = _unconfused(p.name, counts)
            p.vorname = " ".join(_unconfused(w, counts) for w in p.vorname.split())
    # A family name most rows agree on: a row two slips away from it is the same family ("Bajeam"
    # among "Bajrami" rows), where the text never spells the row's version twice.
    # Only in OCR text: in a typed one a wife named "Hasan" among "Hasani" rows is her own name.
    shared: dict[str, list[str]] = {}
    for p in persons if ocr else ():
        shared.setdefault(_letters(p.name), []).append(p.name)
    for p in persons if ocr else ():
        if counts.get(p.name, 0) >= 2 and counts.get(p.name.upper(), 0) == 0:
            continue
        for key, spelled in shared.items():
            if len(spelled) >= 2 and key != _letters(p.name) and _near(p.name, key):
                if len(shared.get(_letters(p.name), [])) < len(spelled):
                    p.name = spelled[0]
                    break
    births = _narrative_births(text)
    block_gave = bool(persons)
    block = list(persons)
    records_at = _first_dated(text, {p.geburtsdatum for p in block if p.geburtsdatum})
    for b, _ in births:
        b.name = _respell_from_text(b.name, counts, given)
        b.vorname = " ".join(
            _respell_from_text(w, counts, {q.name for q in persons}) for w in b.vorname.split()
        )
    for b, told_at in births:
        key = (fold_word(b.name), fold_word(b.vorname))
        # A son may bear his father's name, a daughter her mother's first name: a birth told twice
        # is one person, a namesake told with another birth date is another.
        same = [p for p in block if (fold_word(p.name), fold_word(p.vorname)) == key] + [
            p for p in persons[len(block) :] if _same_person(p, b) and p.geburtsdatum == b.geburtsdatum
        ]
        if same:
            # An application may leave a birth date out: the reasoning does not fill the form.
            continue
        dated = [p for p in persons if p.geburtsdatum == b.geburtsdatum]
        if len(dated) == 1 and _garbled(dated[0], b, counts):
            dated[0].name, dated[0].vorname = b.name, b.vorname
            continue
        kin = {fold_word(p.name) for p in block if p.name}
        if block_gave and b.geburtsort and fold_word(b.name) in kin and not dated and told_at < records_at:
            # "Der Antrag betrifft zunächst Herr Ilir Dervishi. Er kam am ... in Durrës zur Welt." before
            # the family's records: the applicant, told with a birth date and place that no record
            # carries, is a person the records leave out (told after them, the reasoning repeats a
            # date the form left out, and the form is what counts).
            family_nat = [p.staatsangehoerigkeit for p in persons if p.staatsangehoerigkeit]
            if not b.staatsangehoerigkeit and family_nat:
                b.staatsangehoerigkeit = max(family_nat, key=family_nat.count)
            persons.insert(0, b)
            continue
        if not block_gave:
            # Only when the persons block gave nothing: beside a table (even an OCR-damaged one) a
            # person told in the reasoning is far more often a listed person under another spelling
            # than a missing one, and an invented person would reach the letter.
            # The family's nationality; else the country named with the birth place ("Labé (Guinea)").
            family_nat = [p.staatsangehoerigkeit for p in persons if p.staatsangehoerigkeit]
            if family_nat:
                b.staatsangehoerigkeit = max(family_nat, key=family_nat.count)
            persons.append(b)
    return persons


def _garbled(row: Person, told: Person, counts: dict[str, int]) -> bool:
    """Whether a table row with the same birth date is the told person under OCR-damaged names
    (a clean row that merely spells the name differently from the reasoning stays as it is)."""
    clean_word = r"[^\W\d_][^\W\d_'’\- ]*(?:[ \-'’][^\W\d_]+)*"
    damaged = (
        len(row.name) <= 3
        or not re.fullmatch(clean_word, row.name)
        or not re.fullmatch(clean_word, row.vorname or "-x")
        or not row.vorname
        or (counts.get(row.name, 0) <= 1 and counts.get(told.name, 0) >= 2)
    )
    if not damaged:
        return False
    a = re.sub(r"\W", "", fold_word(row.name + row.vorname))
    b = re.sub(r"\W", "", fold_word(told.name + told.vorname))
    if not a:
        return True
    common = sum(1 for x, y in zip(sorted(a), sorted(b), strict=False) if x == y)
    return fold_word(told.name) in a or common >= 0.6 * len(b) and _one_edit(a[:3], b[:3])


# ---------------------------------------------------------------- names the letter states


# Where a letter names the persons it is written for: "im Namen meines Bruders / meiner Angehörigen
# A B und C D", "in Vertretung von ...", "meiner Mandantschaft (A B, C D)", "dass wir A B ... vertreten".
_ROSTER_INTRO = re.compile(
    r"(?:\bNamen\b(?!\s*:)|\bVertretung\s+von|im\s+Auftrag\s+von|Mandantschaft|Mandanten|Mandantin|Mandant"
    r"|dass\s+wir|on\s+behalf\s+of|f(?:ü|u|ue)r\s+(?=Herrn?\b|Frau\b))",
)
_ROSTER_SPLIT = re.compile(r"\s*(?:,|;|/|\(|\)|\bund\b|\band\b|\bsowie\b)\s*")
_ROSTER_SKIP = {
    "angehorigen",
    "angehorige",
    "angehoriger",
    "mandantschaft",
    "vertretung",
    "auftrag",
    "von",
    "fur",
}
# A name as written: capitalised, or a family name OCR gave a small first letter ("Dariush jafari").
_NAME_WORD = re.compile(rf"{_CAP}|[a-zäöüçşğı][a-zäöüçşğı'’\-]{{2,}}")
_CLEAN_NAME = re.compile(
    r"[A-ZÄÖÜÇŞĞİŠŽĆČĐ][a-zäöüßçşğıćčđšžéèáàíóúâêôîëïñ'’]+(?:-[A-ZÄÖÜ][a-zäöüßçşğıćčđšžéèáàíóúâêôîëïñ'’]+)*"
)


def _roster(text: str) -> list[tuple[str, str]]:
    """(first names, family name) of the persons the letter says it is written for, in order."""
    return list(_roster_of(text))


@lru_cache(maxsize=4)  # asked for by the table reader, the reconciler and the name order of one text
def _roster_of(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(_read_roster(text))


def _read_roster(text: str) -> list[tuple[str, str]]:
    words_in_text = set(re.findall(r"[\w'’\-]+", text[:6000]))
    for m in _ROSTER_INTRO.finditer(text[:4000]):
        window = text[m.end() : m.end() + 320]
        names: list[tuple[str, str]] = []
        skipped = 0
        for chunk in _ROSTER_SPLIT.split(window):
            words = chunk.split()
            while words and (_not_name(words[0]) or fold_word(words[0]) in _ROSTER_SKIP):
                words = words[1:]
            taken = []
            for i, w in enumerate(words[:3]):
                if not _NAME_WORD.fullmatch(w) or _not_name(w):
                    break
                # a small first letter only for the family name, and only where the text also
                # capitalises it elsewhere ("Dariush jafari" beside "Parisa Jafari")
                if w[0].islower() and (i == 0 or w[:1].upper() + w[1:] not in words_in_text):
                    break
                taken.append(w)
            if len(taken) >= 2 and (len(taken) == len(words) or not names or len(words) > len(taken)):
                vorname, name = " ".join(taken[:-1]), taken[-1]
                names.append((vorname, name[:1].upper() + name[1:]))
                if len(taken) < len(words):
                    break  # "Rojda Celik vertreten. Eine ...": the list ends inside this chunk
                continue
            if names:
                break
            skipped += 1
            if skipped > 3:
                break
        if names:
            return names
    return []


def _damaged(value: str) -> bool:
    """Whether a name cell is not a clean name (OCR noise, specks, a broken word)."""
    parts = value.split()
    return not parts or not all(
        _CLEAN_NAME.fullmatch(p) or (p in _PARTICLES and i < len(parts) - 1) for i, p in enumerate(parts)
    )


def same_word(a: str, b: str) -> bool:
    fa, fb = fold_word(a), fold_word(b)
    return fa == fb or (min(len(fa), len(fb)) >= 4 and (_one_edit(fa, fb) or _ocr_shape(a) == _ocr_shape(b)))


def _name_fits(cell: str, name: str) -> bool:
    """A family-name cell that is the given name, also with OCR specks around it ("'Murad =")."""
    if same_word(cell, name):
        return True
    return any(same_word(w, name) for w in re.findall(r"[^\W\d_][\w'’\-]*", cell))


def _first_fits(cell: str, vorname: str) -> bool:
    if not cell:
        return False
    if same_word(cell, vorname):
        return True
    words = re.findall(r"[^\W\d_][\w'’\-]*", cell)
    return any(same_word(w, vorname) for w in words if len(w) >= 3)


def _reconcile(persons: list[Person], text: str, ocr: bool = True) -> list[Person]:
    """Check the persons read from a block against the names the letter states: a row whose name
    cells OCR damaged takes the stated spelling where its other cell identifies it; a row of pure
    noise is dropped, and a stated person no row matched takes its place (never more of them).
    `ocr=False`: a clean first name is the writer's, never a damaged stated one."""
    roster = _roster(text)
    counts: dict[str, int] = {}
    for word in re.findall(r"[\w'’\-]+", text):
        counts[word] = counts.get(word, 0) + 1
    # A row whose first cell is a date and whose names are empty or one letter is the rest of the
    # row before ("Petrosyan, Narek |" / "R 20. 07. 1991").
    merged: list[Person] = []
    for p in persons:
        last = merged[-1] if merged else None
        if (
            last
            and not last.geburtsdatum
            and p.geburtsdatum
            and len(re.sub(r"\W", "", p.name + p.vorname)) <= 2
        ):
            for key in ("geburtsdatum", "geburtsort", "staatsangehoerigkeit", "adresse"):
                if not getattr(last, key):
                    setattr(last, key, getattr(p, key))
            continue
        merged.append(p)
    persons = merged
    for p in persons:
        p.name = _despeckle(p.name, counts, single=True)
        p.vorname = _despeckle(p.vorname, counts, single=False)
    if not roster:
        return [p for p in persons if not _noise_row(p)]
    free = list(range(len(roster)))
    match: dict[int, int] = {}

    def take(pi: int, ri: int) -> None:
        match[pi] = ri
        free.remove(ri)

    # exact, then OCR-tolerant, then the first name alone where the family name is a shifted cell
    near: set[int] = set()  # rows matched by a looser test: OCR damaged their names
    step_of: dict[int, int] = {}
    for step, test in enumerate(
        (
            lambda p, r: fold_word(p.name) == fold_word(r[1]) and fold_word(p.vorname) == fold_word(r[0]),
            lambda p, r: _name_fits(p.name, r[1]) and _first_fits(p.vorname, r[0]),
            # "Al | Khatib Nour": the cell boundary moved inside the name; the letters are the stated ones
            lambda p, r: _letters(p.name + p.vorname) == _letters(r[1] + r[0]),
            # "LETROVIG | Jelena": the first name as stated, the family name two slips away
            lambda p, r: fold_word(p.vorname) == fold_word(r[0]) and _near(p.name, r[1]),
            lambda p, r: not p.vorname and same_word(p.name, r[0]),
            lambda p, r: _damaged(p.name) and _first_fits(p.vorname, r[0]),
            # "Berisha | Rlirau": the family name as stated, a dated row, a first name two slips away
            lambda p, r: bool(p.geburtsdatum) and _name_fits(p.name, r[1]) and _near_first(p.vorname, r[0]),
        )
    ):
        for pi, p in enumerate(persons):
            if pi in match:
                continue
            ri = next((ri for ri in free if test(p, roster[ri])), None)
            if ri is not None:
                if step >= 2:
                    near.add(pi)
                    step_of[pi] = step
                if not p.vorname and same_word(p.name, roster[ri][0]):
                    p.name, p.vorname = "", p.name  # the first name slid into the family-name column
                take(pi, ri)
    # A row with the right family name and a damaged first name ("Camara | Ho kon"): by elimination
    rest = [pi for pi in range(len(persons)) if pi not in match]
    for pi in rest:
        p = persons[pi]
        fits = [ri for ri in free if _name_fits(p.name, roster[ri][1]) or _damaged(p.name)]
        if (
            len(fits) == 1
            and (_damaged(p.vorname) or (ocr and counts.get(p.vorname, 0) <= 1))
            and len(rest) == len(free)
        ):
            take(pi, fits[0])
    out: list[Person] = []
    mended: list[Person] = []  # rows whose names OCR damaged: their other cells may be lost too
    dropped = 0
    for pi, p in enumerate(persons):
        if pi in match:
            vorname, name = roster[match[pi]]
            if _damaged(p.name) or _damaged(p.vorname):
                mended.append(p)
            if pi in near and counts.get(p.name, 0) + counts.get(p.name.upper(), 0) <= 1:
                p.name = name  # a spelling the text never repeats, two slips from the stated one
            if pi in near and step_of[pi] == 6 and counts.get(p.vorname, 0) <= 1:
                p.vorname = vorname
            p.name = _stated(p.name, name, counts)
            p.vorname = _stated(p.vorname, vorname, counts)
            out.append(p)
        elif _noise_row(p):
            dropped += 1
        else:
            out.append(p)
    # stated persons no row matched take the place of the noise rows dropped, in the stated order
    nats = {p.staatsangehoerigkeit for p in out if p.staatsangehoerigkeit}
    # the family's nationality where everyone else has the same one
    nat = next(iter(nats)) if len(nats) == 1 else ""
    for p in mended:
        p.staatsangehoerigkeit = p.staatsangehoerigkeit or nat
    # A stated person of the same family no row matched: OCR lost the row (or a noise row stood
    # for it). Another family name is not added: "im Auftrag von Caritas Bonn" names no applicant.
    families = {plain(p.name) for p in out}
    for ri in free:
        vorname, name = roster[ri]
        if dropped > 0 or plain(name) in families:
            dropped -= 1
            # "Herr Ousmane Keita kam in Kankan zur Welt": a birth place told without the date
            told = re.search(
                rf"{re.escape(vorname)}\s+{re.escape(name)}\s+(?:kam|wurde|ist)\s+in\s+(?P<place>{_PLACE_NAME})"
                r"\s+(?:zur\s+Welt|geboren)\b",
                text,
            )
            out.insert(
                min(ri, len(out)),
                Person(
                    name=name,
                    vorname=vorname,
                    geburtsort=told["place"] if told else "",
                    staatsangehoerigkeit=nat,
                ),
            )
    return out


def _letters(value: str) -> str:
    return re.sub(r"[\W\d_]", "", plain(value))


def _near(a: str, b: str) -> bool:
    """Two spellings of one family name a fax confused in up to two letters ("Gasih", "Gashi")."""
    fa, fb = _letters(a), _letters(b)
    return min(len(fa), len(fb)) >= 5 and _distance(fa, fb, 2) <= 2


def _near_first(a: str, b: str) -> bool:
    fa, fb = _letters(a), _letters(b)
    if min(len(fa), len(fb)) < 4:
        return False
    return _distance(fa, fb, 2) <= (1 if min(len(fa), len(fb)) < 5 else 2)


# Letter pairs a fax's OCR confuses ("Geutian" for "Gentian", "Krasnigi" for "Krasniqi").
_OCR_PAIRS = {
    frozenset(p) for p in ("un", "ce", "co", "eo", "il", "ij", "gq", "hb", "rn", "nm", "ao", "ft", "lt")
}


def _ocr_slip(cell: str, stated: str) -> bool:
    """Whether cell is stated with one letter swapped for one OCR confuses it with."""
    a, b = plain(cell), plain(stated)
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and frozenset(diff[0]) in _OCR_PAIRS


def _despeckle(value: str, counts: dict[str, int], single: bool) -> str:
    """A damaged name cell ("'Murad =", "u [Haidar Zur"): the clean words in it that the text uses
    elsewhere too; unchanged where that leaves nothing (or, for a family name, not one word)."""
    if not value or not _damaged(value):
        return value
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", value) if _CLEAN_NAME.fullmatch(w) and len(w) >= 3]
    kept = [w for w in words if counts.get(w, 0) >= 2]
    if not kept or (single and len(kept) != 1):
        return value
    return " ".join(kept)


# words before a name, never one: a possessive, a form of address
_NOT_A_NAME_WORD = re.compile(r"(?:mein|dein|sein|ihr|unser|euer|eur)(?:e[nmrs]?)?|herrn?|frau|mrs?|ms")


def name_like(p: Person) -> bool:
    """Whether name and first name read as a person's: a first name of small letters only ("geb",
    "und"), a family name without a capital, with digits, an abbreviation's ".-" ("Gesch.-Z.") or
    more than four words is something a pattern caught in a form or a sentence."""
    if p.vorname and not any(w[:1].isupper() for w in p.vorname.split()):
        return False
    if p.name and (
        not any(ch.isupper() for ch in p.name) or re.search(r"\d|\.-", p.name) or len(p.name.split()) > 4
    ):
        return False
    if "=" in p.name + p.vorname:
        return False  # a table's legend ("AS = Antragsteller/in, EP = Ehepartner/in")
    if any(_NOT_A_NAME_WORD.fullmatch(fold_word(w)) for w in f"{p.name} {p.vorname}".split()):
        return False  # "Meinen Asylantrag (gestellt am 15.12.2017", "Herrn Mkrtchyan": no first name
    if any(
        len(w) >= 9 and re.search(r"(?:ung|heit|keit|schaft)$", w) for w in f"{p.name} {p.vorname}".split()
    ):
        return False  # "Stand Antragstellung (14.03.2020)": a German noun of a form's field, no name
    # a column title read as a name ("Beziehung", "Geburtsort")
    return not any(_column_title(w) for w in (p.name, p.vorname) if w and " " not in w)


def _column_title(word: str) -> bool:
    """A word that is a column title of a persons table as a whole ("Beziehung", "Vornamen"), not a
    name that contains one ("Namer")."""
    folded = fold_word(word)
    return any(re.fullmatch(rf"\w{{0,4}}(?:{p})(?:e|en|n|s)?", folded) for p in _HEADER_KEYS.values())


def _noise_row(p: Person) -> bool:
    """A row of OCR noise: no birth date, and no name-like word of three letters or more, or digits
    and a heap of words where a name should be."""
    if p.geburtsdatum:
        return False
    if re.search(r"\d", p.name + p.vorname) or len(p.name.split()) > 4:
        return True  # "Toa wu aa 104 Tosfaye aaa mann": a row OCR shredded, digits and all
    words = re.findall(r"[^\W\d_]{3,}", p.name + " " + p.vorname)
    return not any(w[0].isupper() for w in words)


def _stated(cell: str, stated: str, counts: dict[str, int]) -> str:
    """The cell's spelling, unless it is damaged or the text spells the name otherwise more often."""
    if cell and plain(cell) == plain(stated):
        return cell  # the cell may carry diacritics the stated form lost
    if not cell or _damaged(cell) or counts.get(stated, 0) >= 2 * max(counts.get(cell, 0), 1):
        return stated
    if _ocr_slip(cell, stated) and counts.get(cell, 0) + counts.get(cell.upper(), 0) <= 1:
        return stated  # "Geutian" in the table, "Gentian" in the letter: the fax blurred n into u
    return cell  # a clean cell spelled differently: the table is the formal statement


_SEMICOLON_LABEL = re.compile(
    r"(?m)^([ \t|]*(?:"
    + "|".join(_LABELS.values())
    + r"))[ \t]*[;!][ \t]*(?=[^\n;]*$)(?![^\n]*(?:"
    + "|".join(_LABELS.values())
    + r"))",
    re.I,
)
# "Vorname(n)" as a fax reads it beside another label on its line: "Vorname(n); Zahra",
# "Vornamefn): Mustafa", "Vornamen): Mariam"
_FIRST_NAME_LABEL = re.compile(r"(?<![\w-])Vorname(?:\(n\)[ \t]*;|[(\[{]?f?n[)\]}][ \t]*[:;])[ \t]*")
_DAY, _MONTH, _YEAR = r"(?P<d>[0-3]?\d)", r"(?P<m>[01]?\d)", r"(?P<y>(?:19|20)\d\d)"
_SEP = r"\s?[.,:;‚'’]\s?[‚'’]?\s?"  # a dot as a fax reads it: comma, colon, a quote beside it
_BROKEN_DATES = [
    # "18. ‚12. 2011", "22, 12. 1973", "21:5.1971", "08.09, 2007": every separator OCR can make of a dot
    re.compile(rf"(?<![\d.,:])\b{_DAY}{_SEP}{_MONTH}{_SEP}{_YEAR}(?!\d)"),
    # "21.5.19 71": a space inside the year
    re.compile(rf"(?<![\d.,:])\b{_DAY}{_SEP}{_MONTH}{_SEP}(?P<y>(?:19|20) \d\d)(?![\d.])"),
    # "11 08. 2010", "04.11 2012", "12 03 1985": one or both dots lost, a space left in their place
    re.compile(rf"(?<![\d.,:])\b{_DAY}(?:{_SEP}| ){_MONTH}(?:{_SEP}| ){_YEAR}(?!\d)"),
]


def _mend_dates(text: str) -> str:
    """Numeric dates as a fax's OCR breaks them, written as "dd.mm.yyyy" (only valid day and month)."""

    def fix(m: re.Match[str]) -> str:
        day, month, year = int(m.group("d")), int(m.group("m")), m.group("y").replace(" ", "")
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return m.group(0)
        return f"{day:02d}.{month:02d}.{year}"

    for pattern in _BROKEN_DATES:
        text = pattern.sub(fix, text)
    # "19, Oktober 1970": the dot after the day of a written month read as a comma or colon
    return re.sub(
        rf"(?<![\d.,:])\b(\d{{1,2}})\s?[,:;]\s?({_DE_MONTHS})\s?(\d{{4}})(?!\d)", r"\1. \2 \3", text
    )


_HEADER_WORD = re.compile(r"[^\W\d_][\w\-]*")


def _join_split_header(text: str) -> str:
    """A table header whose titles a narrow column split over two lines ("Familien- Vor- Geburts-" /
    "name name datum"): each title that ends in a hyphen takes the next word of the line below, in
    order. Kept only where the joined line reads as a persons header."""
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        top = _HEADER_WORD.findall(lines[i])
        cut = [j for j, w in enumerate(top) if w.endswith("-")]
        if len(cut) < 2 or len(lines[i]) > 140:
            continue
        below = _HEADER_WORD.findall(lines[i + 1])
        if len(below) != len(cut):
            continue
        joined = list(top)
        for j, rest in zip(cut, below, strict=True):
            joined[j] = top[j][:-1] + rest
        line = "  ".join(joined)
        if _table_header(line) is not None:
            lines[i], lines[i + 1] = line, ""
    return "\n".join(lines)


# A list item whose parts a slash parts: "1) Owusu / Kofi / *29.06.1982 / GebOrt Tamale / StA ghanaisch";
# the slashes are commas. Names first, a date among the parts, at least three slashes in the line.
_SLASHED_ROW = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)][ \t]*)?{_CAP}(?:[ \-]{_CAP})*[ \t]+/[ \t]+{_CAP}"
    r"(?=[^\n]*(?:" + _DATE_TXT + r"))(?:[ \t]+/[ \t]+[^/\n]+){2,}$",
    re.M,
)


# A chronicle's birth ("7. November 1986  Geburt von Kadiatou DIALLO in Labé") as the usual apposition
_CHRONICLE_BIRTH = re.compile(
    rf"^(?P<lead>[ \t]*)(?P<date>{_DATE_TXT})[ \t|:–—-]+Geburt[ \t]+(?:von|des|der)[ \t]+(?:(?:Sohn|Tochter|Kind)[ \t]+)?"
    rf"(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}}?)(?:[ \t]+in[ \t]+(?P<place>{_PLACE_NAME}))?[ \t]*(?P<rest>\([^)\n]*\))?[ \t.]*$",
    re.M,
)


# "Antragstellerin zu 2) ist Frau Blerina Gashi, Ehefrau des Antragstellers zu 1). Sie wurde am ...": the
# name, its apposition, and the birth in the next sentence under a pronoun; the name goes before the verb
_PRONOUN_BIRTH = re.compile(
    rf"(?P<who>(?<![\w-]){_CAP}(?:[ \-]{_CAP}){{1,2}})(?:,[^.!?\n]{{0,80}}?)?\.\s+(?:Er|Sie)\s+(?=(?:wurde|ist|kam)\s+am\s)"
)


def _chronicle_birth(m: re.Match[str]) -> str:
    return f"{m.group('lead')}{m.group('who')}, geb. am {m.group('date')}{_birth_place(m)}"


# "Ehefrau ist Layla Hassan; sie wurde am 09.09.1993 in Erbil geboren. Sie ist irakisch.": the birth after a
# semicolon under a pronoun, the nationality in the next sentence
_SEMICOLON_BIRTH = re.compile(
    rf"(?P<who>(?<![\w-]){_CAP}(?:[ \-]{_CAP}){{1,2}});\s+(?:er|sie)\s+wurde\s+am\s+(?P<date>{_DATE_TXT})\s+in\s+"
    rf"(?P<place>{_PLACE_NAME})\s+geboren\.(?:\s+(?:Er|Sie)\s+ist\s+(?P<nat>[^\W\d_]+)\.)?"
)


def _semicolon_birth(m: re.Match[str]) -> str:
    return (
        _told_birth(m.group("who"), m.group("date"), m.group("place"), nationality(m.group("nat") or ""))
        + "."
    )


# "Fatmir HOXHA, a Kosovar national, DOB 14 May 1969, native of Mitrovica": an English item with the
# nationality before the birth (as OCR may spell it: "an fraqi national") and the place the person is a
# native of
_NATIONAL_FIRST = re.compile(
    rf"(?P<who>(?<![\w-]){_CAP}(?:[ \-]{_CAP}){{1,2}}),[ \t]+an?[ \t]+(?P<nat>[^\W\d_]{{3,}})[ \t]+(?:national|citizen),\s+"
    rf"(?:DOB|born(?:[ \t]+on)?)[ \t]*:?[ \t]*(?P<date>{_DATE_TXT})(?:,\s+(?:a[ \t]+)?native[ \t]+of[ \t]+(?P<place>{_PLACE_NAME}))?"
)


def _national_first(m: re.Match[str]) -> str:
    place = f" in {m.group('place')}" if m.group("place") else ""
    return f"{m.group('who')}, born {m.group('date')}{place}, {m.group('nat')} national"


# "MAGOMEDOV, Aslan — applicant — Russian — Kasan — July 8, 1979": a row of cells between dashes with the
# birth date last; the cells are the role, the nationality and the birth place in some order
_DATE_LAST_ROW = re.compile(
    rf"^(?P<who>[ \t]*{_CAP},[ \t]*{_CAP}(?:[ \t]{_CAP})?)(?P<cells>(?:[ \t]+[—–-][ \t]+[^—–\n]{{2,30}}?){{1,3}})"
    rf"[ \t]+[—–-][ \t]+(?P<date>{_DATE_TXT})[ \t]*$",
    re.M,
)


def _date_last_row(m: re.Match[str]) -> str:
    cells = [c.strip() for c in re.split(r"[ \t]+[—–-][ \t]+", m.group("cells")) if c.strip()]
    nat = next((c for c in cells if nationality(c)), "")
    place = next(
        (c for c in cells if c != nat and re.fullmatch(_PLACE_NAME, c) and not _not_name(c.split()[0])), ""
    )
    if not nat and not place:
        return m.group(0)
    return _told_birth(m.group("who"), m.group("date"), place, nat)


# A person's record told in sentences with its birth date labelled after them: "Drita Gashi (Antragstellerin)
# besitzt die kosovarische Staatsangehörigkeit und stammt aus Gjakova. Geburtsdatum: 26. April 1985."
_DATE_AFTER_RECORD = re.compile(
    rf"(?P<who>(?<![\w-]){_CAP}(?:[ \-]{_CAP}){{1,2}})(?P<role>[ \t]*\([^)\n]{{1,30}}\))?[ \t]+"
    rf"(?P<body>(?:besitzt|hat|ist|stammt|kommt)\b[^.!?]{{5,160}})\.\s+Geburtsdatum[ \t]*:?[ \t]*(?P<date>{_DATE_TXT})"
)


def _date_after_record(m: re.Match[str]) -> str:
    body = m.group("body")
    nat = re.search(r"\b(?:besitzt|hat|ist)\s+(?:die\s+)?(?P<nat>[^\W\d_]+?)e?\s+Staatsangeh", body)
    place = re.search(rf"\b(?:stammt|kommt)\s+aus\s+(?P<place>{_PLACE_NAME})", body)
    where = place.group("place") if place else ""
    if where and (nationality(where) or _not_name(where.split()[0])):
        where = ""
    birth = _told_birth(m.group("who"), m.group("date"), where, nationality(nat.group("nat")) if nat else "")
    return birth + (m.group("role") or "") + ". " + body


# A record of labelled fields after the name, the date last: "Layla Hassan - Geburtsort Kirkuk, Nationalität
# irakisch, Jahrgang 2022 (Geburtsdatum 17. November 2022) (Tochter)"
_FIELDS_AFTER_NAME = re.compile(
    rf"^(?P<who>[ \t]*{_CAP}(?:[ \-]{_CAP}){{1,2}})[ \t]+[-–—:][ \t]+Geburtsort[ \t]*:?[ \t]*(?P<place>{_PLACE_NAME})"
    r"[ \t]*,[ \t]*(?:Nationalit(?:ä|ae|a)t|Staatsangeh(?:ö|oe|o)rigkeit)[ \t]*:?[ \t]*(?P<nat>[^\W\d_]+)"
    rf"[ \t]*,[ \t]*(?:Jahrgang[ \t]+\d{{4}}[ \t]*\(?)?[ \t]*(?:Geburtsdatum|geb\.)[ \t]*:?\s*(?P<date>{_DATE_TXT})\)?",
    re.M,
)


# A list item that opens with the birth: "* 9. Dezember 1997 in Teheran - Nasrin Tehrani, iranisch (Ehefrau)"
_STARRED_ITEM = re.compile(
    rf"^(?P<lead>[ \t]*)\*[ \t]*(?P<date>{_DATE_TXT})(?:[ \t]+in[ \t]+(?P<place>[^\n,–—]{{2,40}}?))?"
    rf"[ \t]+[-–—][ \t]+(?P<who>{_CAP}(?:[ \-]{_CAP}){{1,3}})(?P<rest>[ \t]*[,(][^\n]*)?$",
    re.M,
)


def _starred_item(m: re.Match[str]) -> str:
    """The starred item as the usual apposition: "Nasrin Tehrani, geb. am 9. Dezember 1997 in Teheran, iranisch"."""
    return f"{m.group('lead')}{m.group('who')}, geb. am {m.group('date')}{_birth_place(m)}{m.group('rest') or ''}"


# "2) Date and place of birth" / "Shirin: 28 August 1983, Bagdad": births keyed by first name, the family
# names in a list of their own ("QASIM Shirin; QASIM Haidar")
_KEYED_BIRTH = re.compile(
    rf"^[ \t]*(?P<first>{_CAP}(?: {_CAP})?)[ \t]*:[ \t]*(?P<date>{_DATE_TXT})[ \t]*,[ \t]*"
    rf"(?P<place>{_PLACE_NAME})[ \t]*$",
    re.M,
)


def _keyed_births(text: str) -> list[Person]:
    """Persons whose births stand under their first names, the family name given with them elsewhere."""
    persons = []
    for m in _KEYED_BIRTH.finditer(text):
        first = m.group("first")
        family = re.search(
            rf"(?<![\w-])([{_UPPER}]{{2,}}(?:[ \-][{_UPPER}]{{2,}})?),?[ \t]+{re.escape(first)}\b", text
        )
        if not family or _not_name(first) or nationality(m.group("place")):
            continue
        persons.append(
            Person(
                name=_title(family.group(1)),
                vorname=first,
                geburtsdatum=parse_date(m.group("date")) or "",
                geburtsort=m.group("place"),
            )
        )
    return persons if len(persons) == len(_KEYED_BIRTH.findall(text)) else []


# A printed form whose caption stands under each value ("DERVISHI" / "(Familienname)"). OCR reads such a
# form column by column, so the values of one field come in the persons' order, but the fields do not
# come person by person: each field's values are collected, then zipped.
_CAPTIONED_VALUE = re.compile(
    r"^[ \t]*(?P<value>[^\s()][^\n()]*?)[ \t]*\n(?:[ \t]*\n)?[ \t]*\((?P<caption>[^()\n]{3,40})\)[ \t]*$",
    re.M,
)
_CAPTION_FIELDS = (
    ("vorname", re.compile(r"vorname")),
    ("name", re.compile(r"(?:familien|nach)?name")),
    ("geburtsdatum", re.compile(r"geburtsdatum|geburtstag")),
    ("geburtsort", re.compile(r"geburtsort")),
    ("staatsangehoerigkeit", re.compile(r"staatsang|nationalit")),
    ("street", re.compile(r"stra(?:ss|ß)e")),
    ("place", re.compile(r"postleitzahl|wohnort")),
)


# a row of captions; the last may wrap to the next line ("(Verhältnis zum" / "Antragsteller)")
_CAPTION_ROW = re.compile(r"[ \t|]*(?:\([^()\n]{3,40}\)[ \t|]*)+(?:\([^()\n]{3,40})?[ \t]*")
_CAPTION = re.compile(r"\([^()\n]{3,40}\)?")


# the captions whose value one word shows: a date, a nationality
_ANCHOR_TESTS = {"geburtsdatum": lambda w: bool(_DATE_CELL.match(w)), "staatsangehoerigkeit": nationality}


def _anchored_cells(words: list[str], captions: list[str]) -> list[str]:
    """Single-spaced words of a row with more words than captions ("RAHIMI Ahmad Shah 19.04.2000", "Port
    Harcourt nigerianisch selbst"): a date falls to the date's caption, a nationality to the
    nationality's; the words between such anchors fill the captions between them, the extra words
    joining the last of those (a second first name, a place of two words)."""
    kinds = [
        next((f for f, pattern in _CAPTION_FIELDS if pattern.match(fold_word(c.strip("()")))), "")
        for c in captions
    ]
    anchors: dict[int, int] = {}  # word index -> caption index
    for ci, kind in enumerate(kinds):
        test = _ANCHOR_TESTS.get(kind)
        hits = [wi for wi, word in enumerate(words) if test and test(word)]
        if test and len(hits) != 1:
            return []
        if hits:
            anchors[hits[0]] = ci
    cells: list[str] = []
    wi = 0
    for at, ci in sorted(anchors.items()) + [(len(words), len(captions))]:
        segment, slots = words[wi:at], ci - len(cells)
        if slots < 0 or len(segment) < slots or (segment and not slots):
            return []
        if slots:
            cells += segment[: slots - 1] + [" ".join(segment[slots - 1 :])]
        if at < len(words):
            cells.append(words[at])
        wi = at + 1
    return cells if len(cells) == len(captions) else []


def _caption_cells(row: str, captions: list[str]) -> list[str]:
    """The values of a row for its captions: cells set apart by "|", a tab or two spaces or more; where OCR left one
    space, the words, or the street before the postcode and the place after it."""
    count = len(captions)
    for cells in (
        _GRID_CELLS.split(row.strip(" \t|")),  # a Word table's "|", a text layer's wide gaps
        row.split(),
        re.split(r"[ \t]+(?=\d{5}[ \t])", row.strip()),
    ):
        cells = [c for c in cells if c]
        if len(cells) == count:
            return cells
    return _anchored_cells(row.split(), captions) if len(row.split()) > count else []


def _captions_unrowed(text: str) -> str:
    """A row of values over a row of captions ("RAMIĆ  Goran  18.05.1971" / "(Familienname)  (Vorname)
    (Geburtsdatum)") as one value over its caption each."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        below = i + 1 if i + 1 < len(lines) and lines[i + 1].strip() else i + 2
        if (
            below < len(lines)
            and lines[i].strip()
            and "(" in lines[below]
            and _CAPTION_ROW.fullmatch(lines[below])
        ):
            captions = _CAPTION.findall(lines[below])
            cells = _caption_cells(lines[i], captions) if len(captions) >= 2 else []
            if cells:
                out += [
                    f"{cell}\n{caption.rstrip(')')})" for cell, caption in zip(cells, captions, strict=True)
                ]
                i = below + 1
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _captioned_persons(text: str) -> list[Person]:
    """Persons of a form with a caption under each value, when the name captions occur as often as
    the first-name captions."""
    values: dict[str, list[str]] = {}
    for m in _CAPTIONED_VALUE.finditer(_captions_unrowed(text)):
        caption = fold_word(m.group("caption"))
        field = next((f for f, pattern in _CAPTION_FIELDS if pattern.match(caption)), None)
        if field:
            values.setdefault(field, []).append(" ".join(m.group("value").split()))
    count = len(values.get("vorname", ()))
    if not count or len(values.get("name", ())) != count:
        return []
    address = ""
    if values.get("street") and values.get("place"):
        # the household's street and place come first; a representative's may follow ("(Straße)")
        address = f"{values['street'][0]}, {values['place'][0]}"

    def nth(field: str, i: int) -> str:
        found = values.get(field, [])
        return found[i] if len(found) == count else ""

    persons = []
    for i in range(count):
        persons.append(
            Person(
                name=_title(nth("name", i)),
                vorname=_title(nth("vorname", i)),
                geburtsdatum=parse_date(nth("geburtsdatum", i)) or "",
                geburtsort=nth("geburtsort", i),
                staatsangehoerigkeit=nationality(nth("staatsangehoerigkeit", i)),
                adresse=address,
            )
        )
    return persons


# A letter whose persons stand in a narrow left column beside the reasoning ("Osagie NWOSU" / "* 4.8.1992,
# Port Harcourt" / "StA nigerianisch" / "Anschrift" / "Kölner Straße 64" / "46325 Borken"). OCR reads
# such a page line by line across both columns, so each line starts with the left column's cell and runs
# on into the reasoning: a field is the start of its line.
# (the family name in capitals, also where OCR read one of them small: "Mehmet GhLIK")
_SIDE_NAMES = [
    re.compile(rf"^[ \t]*(?P<first>{_CAP}{more})[ \t]+(?P<family>[{_UPPER}][\w-]{{1,}})(?![\w])")
    for more in ("", rf"[ \-]{_CAP}")
]
_SIDE_BIRTH = re.compile(rf"^[ \t]*\*[ \t]?(?P<date>{_DATE_TXT})(?:[ \t]*,[ \t]*(?P<rest>[^\n]*))?")
_SIDE_NATIONALITY = re.compile(r"^[ \t]*S[tLl]A\.?[ \t]+(?P<nat>[^\W\d_]+)")
_SIDE_STAR = re.compile(r"^[ \t]*\*[ \t]?\d", re.M)
_SIDE_STREET = re.compile(
    rf"^[ \t]*(?P<street>{_CAP}(?:[ \-]{_CAP}){{0,3}}\.?[ \t]+\d{{1,4}}[a-z]?)(?![\w.])"
)
_SIDE_PLACE = re.compile(rf"^[ \t]*(?P<place>\d{{5}}[ \t]+{_CAP}(?:-{_CAP})?)(?![\w])")
# capitalised words that begin the reasoning's line, not a place ("* 10.08.1982, Kankan Die Ankunft")
_SIDE_STOP = frozenset("der die das ein eine im in seit nach herr frau er sie es".split())


def _side_place(rest: str, text: str) -> str:
    """The birth place at the start of the rest of a left-column line: its capitalised words, as far as
    the text names them elsewhere too ("Port Harcourt nach dem Schulbesuch" -> "Port Harcourt")."""
    words: list[str] = []
    for word in rest.split()[:3]:
        if not re.fullmatch(_CAP, word) or fold_word(word) in _SIDE_STOP:
            break
        words.append(word)
    for n in range(len(words), 1, -1):
        if len(re.findall(rf"(?<!\w){re.escape(' '.join(words[:n]))}(?!\w)", text)) >= 2:
            return " ".join(words[:n])
    return words[0] if words else ""


def _sidebar_persons(text: str) -> list[Person]:
    """Persons of a letter that lists them in a narrow left column, each a "First FAMILY" line over a
    starred birth ("* DATE, place") and "StA" line; the household's address under "Anschrift"."""
    lines = [line for line in text.split("\n") if line.strip()]
    persons: list[Person] = []
    for i, line in enumerate(lines[:-1]):
        birth = _SIDE_BIRTH.match(lines[i + 1])
        name = next(
            (
                m
                for m in (pattern.match(line) for pattern in _SIDE_NAMES)
                if m
                and sum(ch.isupper() for ch in m["family"]) >= max(2, len(m["family"].replace("-", "")) - 1)
            ),
            None,
        )
        if not name or not birth or _not_name(name["first"].split()[0]):
            continue
        person = Person(
            name=_title(name["family"]),
            vorname=name["first"],
            geburtsdatum=parse_date(birth["date"]) or "",
            geburtsort=_side_place(birth["rest"] or "", text),
        )
        nat = _SIDE_NATIONALITY.match(lines[i + 2]) if i + 2 < len(lines) else None
        if nat:
            person.staatsangehoerigkeit = nationality(nat["nat"]) or fuzzy_nationality(nat["nat"])
        persons.append(person)
    if not persons or len(persons) < len(_SIDE_STAR.findall(text)):
        return []  # a starred birth whose name the column lost: a reader of the whole text does better
    for i, line in enumerate(lines[:-2]):
        street = _SIDE_STREET.match(lines[i + 1]) if re.match(r"[ \t]*Anschrift(?![\w:])", line) else None
        place = _SIDE_PLACE.match(lines[i + 2]) if street else None
        if street and place:
            for person in persons:
                person.adresse = f"{street['street']}, {place['place']}"
            break
    return persons


_TREE_BRANCH = re.compile(r"^[ \t]*(?:[│├└][-—–─_]*|[|HL][-—–─_]+|\|[ \t]*o)[ \t]*(?=[A-ZÄÖÜ])", re.M)
_DOTTED_LEADER = re.compile(r"(?:(?<=[^\W\d_])|(?<=\)))[ \t]*(?:[.…·][ \t]?){3,}[ \t]*(?=\S)")

# A scanned form's dotted leaders as OCR reads them: dots mixed with the letters and digits a row of
# dots turns into ("...eeceeeeeeaeas", "sn cece cece vee", "..........0.005", "2...:").
_LEADER_PUNCT = r"[.…·,:;=<>»«\"'°*\-_~|()\[\]{}%]"
_LEADER_JUNK = re.compile(rf"(?:{_LEADER_PUNCT}|\d)*[ceasnoruvwikmxl]{{0,20}}(?:{_LEADER_PUNCT}|\d)*")
_LEADER_ROW = re.compile(r"[.…][ \t]?[.…][ \t]?[.…]")
_DATE_SHAPED = re.compile(r"\d{1,2}[.,]\s?\d{1,2}[.,]\s?\d{2,4}")


# "Geburtsdatum (TT.MM.3JJJ)", "Geburtsdatum (tl MM: 3333)": a date's format hint as OCR reads it
_DATE_FORMAT_HINT = re.compile(r"(?<=datum)[ \t]*[:;=]?[ \t]*\([^()\n]{0,14}MM[^()\n]{0,14}\)[A-Z]?")


# a line that begins with a form's label (also as OCR garbles its first letters: "Fomitienname")
_FORM_LABEL_START = re.compile(
    r"\W{0,3}(?:\S+[ \t]+)?\S*(?:name|datum|nummer|NUMMER\S*|Ort|land|[Ss]telle|schrift|beh(?:ö|o|öo)rde)\b"
)


# the two name labels as OCR garbles them on a scanned leader form ("Fomitienname", "FamiGrenname";
# "Vornamein)", "Vornametn)", "Vorname Qn)")
_GARBLED_FAMILY_LABEL = re.compile(r"(?<![\w-])F[a-zA-Z]{4,8}nname(?=[^\w(]|$)")
_GARBLED_FIRST_LABEL = re.compile(r"[\"“]?(?<![\w-])Vorname ?(?:[a-zQ]{0,3}\)|\([a-z]\)|[({]n[)}]|\w?\(n\))")


def _strip_leader_junk(text: str) -> str:
    """A scanned form with dotted leaders: the leaders' OCR garbage between a label and its value
    becomes ": " ("Familienname ..: 22 ces cr JOVANOVIC" -> "Familienname: JOVANOVIC").

    Only in a text with at least three lines of dots (a leader form), and only a run of two or more
    such tokens or one with dots in it, between two other tokens; digits only where they cannot be
    part of a date."""
    if sum(1 for line in text.splitlines() if _LEADER_ROW.search(line)) < 3:
        return text

    def junk(token: str, following: str) -> bool:
        if not _LEADER_JUNK.fullmatch(token) or _DATE_SHAPED.search(token):
            return False
        digits = sum(c.isdigit() for c in token)
        if digits > 2 and "..." not in token:
            # "Hausnummer 100000 rer enn Ringstraße": digits only before more leader letters
            return bool(re.fullmatch(r"[ceasnoruvwikmxl]{2,9}", following))
        return not (digits and following[:1].isdigit())

    def line_without(line: str) -> str:
        tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", line)]
        out, last, i = [], 0, 1
        while i < len(tokens):
            j = i
            while j < len(tokens) - 1 and junk(tokens[j][2], tokens[j + 1][2]):
                j += 1
            run = [t[2] for t in tokens[i:j]]
            if run and (len(run) >= 2 or re.search(r"[.…]{2}", run[0])):
                out.append(line[last : tokens[i - 1][1]] + ": ")
                last = tokens[j][0]
            i = j + 1
        return "".join(out) + line[last:]

    text = _GARBLED_FAMILY_LABEL.sub("Familienname", _GARBLED_FIRST_LABEL.sub("Vorname(n)", text))
    # "Familienname SOW Vorname(n) .....": a value the leader did not reach
    text = re.sub(r"(?<![\w-])(Familienname|Vorname\(n\))[ \t]+(?=[A-ZÄÖÜ])", r"\1: ", text)
    return "\n".join(
        line_without(line) if _LEADER_ROW.search(line) or _FORM_LABEL_START.match(line) else line
        for line in text.split("\n")
    )


# A row without labels: "Mensah Kwabena 2.11.1998 Takoradi ghanaisch (Antragsteller/in)"
_UNLABELLED_ROW = re.compile(
    rf"^[ \t]*{_CAP}[ \t]+{_CAP}[ \t]+(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}})[ \t]+(?P<place>{_PLACE_NAME})"
    r"[ \t]+(?P<nat>[a-zäöü]+isch)\b",
    re.M,
)


def _row_places(persons: list[Person], text: str) -> list[Person]:
    """The birth place of a row without labels, between the birth date and the nationality, for a person
    read from that row without it (matched by the birth date)."""
    for m in _UNLABELLED_ROW.finditer(text):
        born = parse_date(m.group("date"))
        if not born or not nationality(m.group("nat")) or nationality(m.group("place")):
            continue
        same = [p for p in persons if p.geburtsdatum == born]
        if len(same) == 1 and not same[0].geburtsort:
            same[0].geburtsort = m.group("place")
    return persons


def _family_first(persons: list[Person]) -> list[Person]:
    """Rows written family name first without a comma ("Mensah Kwabena", "Mensah Efua") were read first
    name first: a family shares its family name, not a first name, so when every person has the same
    "first name" and different "family names", the two are swapped."""
    named = [p for p in persons if p.name and p.vorname]
    if len(named) < 2 or len(named) != len(persons):
        return persons
    firsts = {fold_word(p.vorname) for p in named}
    if len(firsts) == 1 and len({fold_word(p.name) for p in named}) == len(named):
        for p in named:
            p.name, p.vorname = p.vorname, p.name
    return persons


def extract_persons(text: str, ocr: bool = True) -> list[Person]:
    """All persons an application covers, in the order they are named; missing fields stay "".

    `ocr=False` for a text layer, a mail or a Word file: their spellings are the writer's, so the
    repairs of OCR slips that could also join two real names ("Hasan" and "Hasani") are left out."""
    # OCR reads "ć" as "c¢" and digits of dates as letters ("14.O3.1985", "09, 10.2008").
    # before clean(), which joins a word hyphenated at the line end ("Familien-" / "name")
    raw = text
    text = re.sub(r"(?<=rigkeit)fen\)", "(en)", text)  # "Staatsangehörigkeitfen)": the "(" a fax read as "f"
    text = _join_split_header(_mark_empty_date_cells(text))
    text = _drop_label_hints(repair_ocr_digits(clean(text)).replace("c¢", "ć").replace("¢", "ć"))
    if ocr:
        text = _strip_leader_junk(_DATE_FORMAT_HINT.sub("", text))
    text = _mark_bare_dates(text)
    text = _unfront_births(text)
    # "27:05.1980": OCR reads a date's first dot as a colon (a time never has a year after it)
    text = re.sub(r"(?<![\d:])(\d{1,2}):(\d{1,2}\.\d{4})(?!\d)", r"\1.\2", text)
    # English dates in other orders: "April 3, 1988" and "the 3rd of April 1988" -> "3 April 1988"
    text = re.sub(rf"\b({_EN_MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", r"\2 \1 \3", text)
    text = re.sub(rf"\b(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)(?:\s+of)?\s+({_EN_MONTHS})\b", r"\1 \2", text)
    # "OKAFOR, Chinedu - born 12/03/1985 - Nigerian": a dash (or a middle dot) between the parts of a
    # list item is a comma
    text = re.sub(
        # (a fax may read the middle dot as a "+": "KHALIL, Yousef + * 21.4.1991", a dash as a "~")
        r"[ \t][-–—·•+~][ \t](?=(?:geb|geboren|born|\*|[a-zäöüA-ZÄÖÜ]+ (?:citizen|national|staatsangeh)))",
        ", ",
        text,
    )
    text = _mend_dates(text)
    # "geboren in Kasan am 11.07.1988", "born in Kasan on 11 July 1988": the place before the date, in
    # the order the readers know ("geboren am 11.07.1988 in Kasan")
    text = _PLACE_FIRST_BIRTH.sub(r"\g<mark> \g<on> \g<date> in \g<place>", text)
    # "My husband, Timur Iwanow, was born on ...": the English verb between the name and the birth
    text = _WAS_BORN.sub(r"\g<who>, born", text)
    # "Timur Bagayeva (Staatsangehörigkeit russisch) kam am 18.2.2015 in Nasran zur Welt": the
    # bracket after the birth, where the readers take the name right before "kam am"
    text = _BRACKET_BEFORE_BIRTH.sub(r"\g<birth>, \g<bracket>", text)
    text = _SLASHED_ROW.sub(lambda m: re.sub(r"[ \t]+/[ \t]+", ", ", m.group(0)), text)
    text = _STARRED_ITEM.sub(_starred_item, text)
    text = _CHRONICLE_BIRTH.sub(_chronicle_birth, text)
    text = _PRONOUN_BIRTH.sub(r"\g<who> ", text)
    text = _DATE_AFTER_RECORD.sub(_date_after_record, text)
    text = _SEMICOLON_BIRTH.sub(_semicolon_birth, text)
    text = _NATIONAL_FIRST.sub(_national_first, text)
    text = _DATE_LAST_ROW.sub(_date_last_row, text)
    text = _HOMETOWN_BIRTH.sub(
        lambda m: f"Ich wurde am {m['date']} in {_respell(m['place'], 'places')} geboren", text
    )
    text = _FIELDS_AFTER_NAME.sub(lambda m: _told_birth(m["who"], m["date"], m["place"], m["nat"]), text)
    # "geboren; am 04.05.2006", "geb, am": OCR set a speck between the birth mark and its "am"
    text = re.sub(r"\b(geboren|geb\.?)[;:,](?= am\b)", r"\1", text)
    text = PAGE_LINE.sub("", text)
    # "Geburtsdatum; 12.10.2005": a label's colon a fax read as a semicolon (only one label on the line)
    text = _SEMICOLON_LABEL.sub(r"\1: ", text)
    text = _FIRST_NAME_LABEL.sub("Vorname(n): ", text)
    # "1. August 1974Ferizaj": a year glued to the place after it; "l. August": a one read as l
    text = re.sub(r"(?<=\d{4})(?=[A-ZÄÖÜ][a-zäöü])", " ", text)
    text = re.sub(rf"(?<![\w.])[lI|]\.(?=\s?(?:{_DE_MONTHS})\b)", "1.", text)
    # "|MENSAH [26.11.1980": a table rule glued to the date cell after it is a cell border
    text = re.sub(r"(?<=\S)[ \t]*[\[|](?=\d{1,2}\.\d{1,2}\.\d{2,4}\b)", " | ", text)
    # "1.3 Geburtsdatum 19.08.1996", "(2) Vorname: Samir": a numbered form field is the field
    text = _FIELD_SPECK.sub("", _FIELD_NUMBER.sub("", text))
    # a family tree's branches as OCR reads them ("H- Samer", "L-Hiba", "| o KHALIL, Rama")
    text = _TREE_BRANCH.sub("", text)
    # "Familienname .......... PRIFTI Vorname(n) ....... Erion": a form's dotted leaders stand for the colon
    text = _DOTTED_LEADER.sub(": ", text)
    # the text before clean(), which joins a form's lines (a value and its caption, a label and its value)
    unjoined = _mend_dates(repair_ocr_digits(raw.replace("\r", "")))
    persons = _captioned_persons(unjoined) or _sidebar_persons(unjoined) or _column_form(text)
    if persons:
        # a child's own labelled block below the family's columns ("Kind / Familienname Okafor / ...");
        # a labelled reading of the column rows themselves repeats a column's date and is left out
        dates = {p.geburtsdatum for p in persons}
        persons += [
            p
            for p in _labelled_persons(text)
            if p.name and p.vorname and p.geburtsdatum and p.geburtsdatum not in dates
        ]
    if not persons:
        persons = _grid_persons(text)
    header = _table_header(text) if not persons else None
    if header:
        persons = [_date_as_name(p) for p in _table_persons(text, header)]
    if persons and header and "name" not in header[0]:
        # the first-name table of the children under the parents' own fields or sentences
        pre = text[: text.rfind("\n", 0, max(header[1] - 1, 0)) + 1]
        parents = [p for p in (_labelled_persons(pre) or _inline_persons(pre)) if p.name and p.vorname]
        persons = parents + persons if parents else []
    elif persons and header:
        persons = _before_table(text, header, persons) + persons
    if not persons:
        persons = _labelled_persons(text)
    if not persons:
        persons = _inline_persons(text)
        listed = _list_persons(text)
        if len(listed) > len(persons):  # items without a birth date have no "geb." to anchor on
            # Several family members may share a name ("Hasan Çelik" twice): take the dated
            # items in order, each once.
            inline: dict[tuple[str, str], list[Person]] = {}
            for p in persons:
                inline.setdefault((fold_word(p.name), fold_word(p.vorname)), []).append(p)
            merged = []
            for item in listed:
                same = inline.get((fold_word(item.name), fold_word(item.vorname)))
                merged.append(same.pop(0) if same else item)
            persons = merged
        if persons:
            known = {(fold_word(p.name), fold_word(p.vorname)) for p in persons}
            persons += [
                p for p in _undated_persons(text) if (fold_word(p.name), fold_word(p.vorname)) not in known
            ]
    if not any(p.name and p.vorname and p.geburtsdatum for p in persons):
        persons = _keyed_births(text) or persons
    if not any(p.name and p.vorname and p.geburtsdatum for p in persons):
        # a layout none of the strategies knows: the conservative fallback, if it reads more
        # on the text before clean(), which joins the columns of a label/value block into one line
        fallback = _fallback_persons(unjoined)
        if fallback and len(fallback) >= len([p for p in persons if p.name and p.vorname]):
            persons = fallback
    if not persons:
        told = _named_applicant(text)
        persons = [told] if told else []
    if persons:
        _numbered_supplement(text, persons)
    persons = _reconcile(_repair(_row_places(_family_first(persons), text), text, ocr), text, ocr)
    if persons:
        # the family's records that leave the birth date out, whichever reader took the dated ones:
        # a signatory's data line, a rubrum's sentence ("Er wurde in Vlora geboren"), a list item
        known = {(fold_word(p.name), fold_word(p.vorname)) for p in persons}
        persons += [
            p
            for p in _undated_records(
                text,
                (
                    _UNDATED_SIGNED,
                    _UNDATED_PRONOUN,
                    _UNDATED_LISTED,
                    _UNDATED_NAMED,
                    _UNDATED_ORIGIN,
                    _UNDATED_BRACKET,
                ),
            )
            if (fold_word(p.name), fold_word(p.vorname)) not in known
        ]
    # "Familie Karimi:" above items that give only first names ("- Ahmad (Vater), geb. ...")
    family = _FAMILY_LINE.search(text)
    if family:
        for p in persons:
            if (
                p.name
                and not p.vorname
                and " " not in p.name
                and fold_word(p.name) != fold_word(family["name"])
            ):
                p.name, p.vorname = _title(family["name"]), p.name
    # The writer tells their own birth ("I was born on ...", "Ich bin am ... geboren") beside a list of
    # the others ("my daughter Hodan, born ..."): the writer is the first applicant.
    writer = _writer(text)
    # (a daughter may bear her mother's name)
    same = (
        next(
            (
                p
                for p in persons
                if _same_person(writer, p) and not _namesakes(writer.geburtsdatum, p.geburtsdatum)
            ),
            None,
        )
        if writer
        else None
    )
    if writer and persons and not same:
        persons.insert(0, writer)
    elif writer and same:
        # named elsewhere without them ("Ich heiße ..." read as a name alone): the writer's own data
        for key in ("geburtsdatum", "geburtsort", "staatsangehoerigkeit"):
            setattr(same, key, getattr(same, key) or getattr(writer, key))
    _name_order(persons, text)
    unique: list[Person] = []
    seen: set[tuple[str, str, str]] = set()
    for p in persons:
        key = (fold_word(p.name), fold_word(p.vorname), p.geburtsdatum)
        if key in seen:
            continue
        seen.add(key)
        unique.append(p)
    if unique:
        rep_addresses = _rep_addresses(text)
        shared_address = unique[0].adresse if unique[0].adresse not in rep_addresses else ""
        shared_address = (
            shared_address
            # (a form's own postcode and street fields first: a letterhead's address may come before them)
            or _field_address(text, rep_addresses)
            or _shared_address(text, rep_addresses)
            or _sender_address(text, {fold_word(p.name) for p in unique if p.name}, rep_addresses)
            or _address_line(text, rep_addresses)
        )
        shared_nat = _shared_nationality(text)
        if not shared_nat and _SAME_NATIONALITY.search(fold_word(text)):
            shared_nat = unique[0].staatsangehoerigkeit
        shared_place = _shared_birthplace(text)
        for p in unique:
            if not p.geburtsort and shared_place:
                p.geburtsort = shared_place
            if _SAME_AS.match(p.adresse):
                p.adresse = ""  # "wie A)", "dto.", "s. o.": the address given before, i.e. the household's
            if p.adresse in rep_addresses and any(
                q.adresse and q.adresse not in rep_addresses for q in unique
            ):
                p.adresse = ""  # the last record's fields ran on into the representative's section
            # Family members live with the applicant unless stated otherwise.
            if not p.adresse:
                p.adresse = shared_address
            if not p.staatsangehoerigkeit and shared_nat:
                p.staatsangehoerigkeit = shared_nat
        slavic = any(p.staatsangehoerigkeit in _IC_NATIONALITIES for p in unique)
        albanian = ocr and any(p.staatsangehoerigkeit in _IQI_NATIONALITIES for p in unique)
        # An English application, or an English list of persons in it ("born 3 April 1985 in Lagos").
        english = _is_english(text) or bool(
            re.search(r"\bborn\b", text) and not re.search(r"\bgeb\b|\bgeboren\b", text, re.I)
        )
        for p in unique:
            _respell_person(p, slavic, albanian)
            if ocr:
                # "47805 Krefeid": a town OCR misread by a letter, where the lists know it
                p.adresse = re.sub(
                    r"(?<=\d{5} )([^\W\d_][\w\-]{3,})$", lambda m: respell_place(m.group(1)), p.adresse
                )
            if english and p.staatsangehoerigkeit:
                p.staatsangehoerigkeit = _english_adjective(text, p.staatsangehoerigkeit)
    return [p for p in unique if name_like(p)]


_ADDRESS_ALONE = re.compile(
    r"^[ \t]*(?P<addr>"
    + _SHELTER_WORD
    + r"[A-ZÄÖÜ][^\n]{4,70}?\d{5}[^\n]{0,40}?|\d{5}[ \t]+[^\n]{4,70}?)\.?[ \t]*$",
    re.M,
)


def _address_line(text: str, avoid: set[str] | frozenset[str] = frozenset()) -> str:
    """An address on a line of its own below the first birth date, without a label or a verb ("Antragsteller:
    Zurab (* 24.2.1972 in Gori)" / "Parkallee 27, 49074 Osnabrück"): the household's."""
    born = re.search(_DATE_TXT, text)
    if not born:
        return ""
    for m in _ADDRESS_ALONE.finditer(text, born.end()):
        addr = _find_address(m.group("addr"))
        if addr and addr not in avoid and len(addr) >= len(m.group("addr").strip()) - 2:
            return addr
    return ""


def _date_as_name(p: Person) -> Person:
    """A row whose cells shifted by one ("1 29.04.1985 MORINA, Blerina ..." under "Nr. | geb. am | NAME,
    Vorname"): the date read as the family name is the birth date, and "MORINA, Blerina" the names."""
    born = parse_date(p.name) if re.fullmatch(r"[\d.\s/]+", p.name or "x") else None
    if born and not p.geburtsdatum and "," in p.vorname:
        family, _, given = p.vorname.partition(",")
        if re.fullmatch(_CAP, family.strip()) and given.strip():
            p.geburtsdatum, p.name, p.vorname = born, _title(family.strip()), given.strip()
    return p


def _before_table(text: str, header: tuple[list[str], int], table: list[Person]) -> list[Person]:
    """Persons the letter states with their birth dates before a table that lists the others ("für
    Herrn A, geb. am ..., und Frau B, geb. am ..., sowie ihre Kinder:" and a table of the children),
    or a form's fields of the main applicant above the table of the household ("1.1 Familienname ...").
    Not relatives outside the application, and none whose birth date a table row already gives."""
    start = text.rfind("\n", 0, max(header[1] - 1, 0))
    pre = text[: max(start, 0)]
    dates = {p.geburtsdatum for p in table}
    names: dict[tuple[str, str], list[str]] = {}  # the birth dates each name has
    for p in table:
        names.setdefault((fold_word(p.name), fold_word(p.vorname)), []).append(p.geburtsdatum)
    out = []
    for p in _labelled_persons(pre) + _inline_persons(pre):
        if not (p.name and p.vorname and p.geburtsdatum) or p.geburtsdatum in dates:
            continue
        key = (fold_word(p.name), fold_word(p.vorname))
        if any(not _namesakes(date, p.geburtsdatum) for date in names.get(key, [])):
            continue
        names.setdefault(key, []).append(p.geburtsdatum)
        at = pre.find(p.vorname)
        if at < 0 or _OUTSIDE_RELATIVES.search(pre[max(0, at - 30) : at]):
            continue
        out.append(p)
    return out


# A form with the labels on the left and one column per person ("Familienname | Barzani | Barzani"):
# each label row holds one value per person. Labels as their first words read folded.
# The label vocabulary of _LABELS, folded (a form with a column per person uses the same labels)
_COLUMN_LABELS = [
    ("name_vorname", r"(?:familien|nach|zu)?name\s?[,/]\s?vornamen?"),
    # (also as a fax reads "Vorname(n)": "Vomamein)", its "rn" one "m", or "Vornametn)")
    (
        "vorname",
        r"(?:vor|ruf)namen?\(?n?\)?|vorname[tn]n?\)|vomame(?:n|in)?\)?|(?:given|first) names?(?:\(s\))?|forenames?",
    ),
    ("name", r"(?:familien|nach|zu)?name|surname|(?:family|last) name"),
    (
        "geburtsdatum",
        r"geburtsdatum|geburtstag|tag der geburt|geb\.?-?\s?datum|geb(?:oren)?\.?\s?am|date of birth",
    ),
    (
        "geburtsort",
        r"geburtsort|geburtsstadt|ort der geburt|geb\.?-?\s?ort|geboren in|place of birth|town of birth|born in",
    ),
    ("staatsangehoerigkeit", r"staatsang\w*|staatsb\w*rgerschaft|nationalit\w*|citizenship|sta\.?"),
]
_COLUMN_SPECK = re.compile(r"(?<!\S)[|_©\[\]~‘’'\"«»]+(?!\S)|[|\[\]©]")


def _column_label(line: str, after_date: bool) -> tuple[str, str] | None:
    """(key, the rest of the line) for a row of a column form, else None."""
    words = _COLUMN_SPECK.sub(" ", re.sub(r"^[^\w]+", "", line)).split()
    # a label glued to the first value ("Staatsangehörigkeitsyrisch", a fax's "Staatsangehorigkejtirakisch")
    glued = re.match(r"(staatsangeh\w*?k[ei]j?[it]t?)(\w{4,})$", words[0], re.I) if words else None
    if glued and nationality(glued.group(2)):
        words[:1] = [glued.group(1), glued.group(2)]
    for k in (3, 2, 1):
        if len(words) <= k:
            continue
        head = fold_word(" ".join(words[:k])).strip(" :;,.")
        for key, pattern in _COLUMN_LABELS:
            if re.fullmatch(pattern, head):
                return key, " ".join(words[k:])
        if k == 1 and after_date and head == "in":  # "geboren am" / "in": the birthplace row
            return "geburtsort", " ".join(words[1:])
    return None


# A date cell the writer left without a date: "(fehlt)", "unbekannt", "k. A." (not a dash: it also
# stands between a label and its values)
_NO_DATE_CELL = re.compile(r"\((?:fehlt|unbekannt|k\. ?a\.|unknown)\)|\b(?:fehlt|unbekannt|unknown)\b")


def _mark_empty_date_cells(text: str) -> str:
    """A column form's date row whose cells runs of spaces part, with "(fehlt)" put where a run is as
    wide as two or more partings: the person of that column has no date ("Geburtstag  23. November
    1973    10. April 2016": the second of three persons). clean() collapses the runs afterwards."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        parts = re.split(r"( {2,}|\t+)", line.strip())
        if len(parts) < 7 or not re.search(r"\d{4}", line):
            continue  # a label and three cells at least
        label = _column_label(parts[0] + "  x", False)  # the label alone, given a stand-in value to read
        if not label or label[0] != "geburtsdatum":
            continue
        gaps = [len(g.replace("\t", "  ")) for g in parts[3::2]]  # the runs between the cells
        unit = min(gaps)
        cells = parts[2::2]
        if max(gaps) < 2 * unit or any(len(_date_cells(c)) != 1 for c in cells):
            continue
        out = [parts[0], cells[0]]
        for gap, cell in zip(gaps, cells[1:], strict=True):
            out += ["(fehlt)"] * (gap // unit - 1) + [cell]
        lines[i] = "  ".join(out)
    return "\n".join(lines)


def _date_cells(row: str) -> list[str]:
    """The cells of a column form's date row in order: a date's ISO form, or "" for a cell left empty."""
    folded = fold_word(row)
    cells = [(m.start(), parse_match(m) or "") for m in DATE_RE.finditer(folded)]
    cells += [(m.start(), "") for m in _NO_DATE_CELL.finditer(folded)]
    return [iso for _, iso in sorted(cells)]


_ARTICLE_JOINED = r"[a-z]{1,3}[-’'][A-ZÄÖÜ]\w+"  # "ez-Zor", "al-Qamishli"


def _column_values(key: str, rest: str, n: int, more: str) -> list[str] | None:
    """The n values of one label row (`more`: a line the row wrapped onto), else None."""
    if key == "geburtsdatum":
        cells = _date_cells(rest)
        return cells if len(cells) == n and any(cells) else None
    if key == "name_vorname":
        # "Boateng, Boateng, Boateng, Yaw Boateng," / "Kwaku Adwoa Akua": the first names the
        # cells lost to a wrap come in order on the next line
        cells = [c.strip() for c in re.findall(rf"({_CAP}\s?,(?:\s(?!{_CAP}\s?,){_CAP})*)", rest)]
        if len(cells) != n:
            return None
        spare = more.split()
        out = []
        for cell in cells:
            family, _, given = cell.partition(",")
            given = given.strip() or (spare.pop(0) if spare else "")
            out.append(f"{_title(family.strip())}, {given}")
        return out if not spare else None
    words = [w.strip("_-—.,;:’'‘\"") for w in rest.split()]
    words = [w for w in words if w]
    if key == "geburtsort":
        # "Deir ez-Zor", "Ras al-Ain": an article joined to the next word belongs to the word before it
        joined: list[str] = []
        for w in words:
            if joined and re.fullmatch(_ARTICLE_JOINED, w):
                joined[-1] = f"{joined[-1]} {w}"
            else:
                joined.append(w)
        words = joined
    if key == "name" and len(words) > n:
        # a family name OCR split in one cell ("MKRTCH YAN" beside "MKRTCHYAN"): the other cells spell it whole
        merged: list[str] = []
        for w in words:
            if merged and merged[-1] + w in words:
                merged[-1] += w
            else:
                merged.append(w)
        words = merged
    if (
        len(words) > n and key != "staatsangehoerigkeit"
    ):  # specks a fax read beside the cells: "Bi Barzanı Barzani", "Berivan a Shirin oe"
        words = [w for w in words if len(w) > 2 and w[0].isupper()]
    if key == "staatsangehoerigkeit":
        # a word OCR split where a letter faded ("türkis ch türkisch") is one
        joined = []
        for w in words:
            if joined and len(w) <= 3 and not nationality(joined[-1]) and nationality(joined[-1] + w):
                joined[-1] += w
            else:
                joined.append(w)
        words = joined
        # a speck OCR read beside the cells ("albanisch albanisch | In") is no value
        nats = [nat for w in words if len(w) > 3 for nat in [nationality(w) or fuzzy_nationality(w)] if nat]
        return nats if len(nats) == n else None
    if key == "geburtsort" and len(words) > n:
        words = _join_place_words(words, n)
    if len(words) != n or not all(
        re.fullmatch(_CAP, part) or re.fullmatch(_ARTICLE_JOINED, part)
        for w in words
        for part in w.split(" ")
    ):
        return None  # a place or name of two words: the split is unknown, leave it to the others
    return [_title(w) for w in words]


# The first word of a place's name of two words ("Cape Coast", "Novi Sad", "Bad Kreuznach", "Al Hasakah")
# and the second words that only follow another ("Kosovska Mitrovica", "Cape Town")
_PLACE_FIRST = {
    "cape",
    "bad",
    "sankt",
    "st",
    "port",
    "san",
    "santa",
    "santo",
    "new",
    "novi",
    "novo",
    "nova",
    "stari",
    "staro",
    "stara",
    "velika",
    "veliko",
    "banja",
    "ciudad",
    "puerto",
    "mazar",
    "al",
    "el",
    "abu",
    "bandar",
    "kafr",
    "deir",
    "ras",
    "tel",
    "dar",
    "sidi",
    "ain",
    "bir",
    "kosovska",
    "bosanski",
    "bosanska",
    "gornji",
    "donji",
    "nowy",
    "nowa",
    "stary",
    "klein",
    "groß",
    "gross",
}
_PLACE_SECOND = {"coast", "town", "city", "sad", "salaam", "es-salaam"}


def _join_place_words(words: list[str], n: int) -> list[str]:
    """A row of n places with more than n words: the words of a place's two-word name joined, where the
    first is such a name's first word ("Cape Coast Takoradi Kumasi" -> "Cape Coast", "Takoradi", "Kumasi")
    or ends in a linking "-e" ("Mazar-e Sharif Ghazni Herat")."""
    out: list[str] = []
    for i, word in enumerate(words):
        if (
            out
            and len(out) + len(words) - i > n
            and (
                fold_word(out[-1].split()[-1]).lower().strip(".") in _PLACE_FIRST
                and " " not in out[-1]
                or fold_word(word).lower() in _PLACE_SECOND
                # a Persian name's linking "-e" ("Mazar-e Sharif", "Bandar-e Abbas") goes on with the next word
                or re.search(r"\w-e$", out[-1]) is not None
            )
        ):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _column_form(text: str) -> list[Person]:
    """Persons from a form with one column per person; [] unless its date row gives two or more."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(re.findall(r"\d{4}", line)) < 2:
            continue  # the date row holds two or more years (checked first: it is cheap)
        label = _column_label(line, False)
        if not label or label[0] != "geburtsdatum":
            continue
        cells = _date_cells(label[1])
        n = len(cells)
        if n < 2 or sum(1 for c in cells if c) < 2:
            continue
        # the label rows around the date row, a blank line or a wrapped line between them
        rows: dict[str, list[str]] = {}
        lo = i
        while lo > 0 and i - lo < 8:
            lo -= 1
            if (
                lines[lo].strip()
                and not _column_label(lines[lo], False)
                and not (lo > 0 and _column_label(lines[lo - 1], False))
            ):
                lo += 1
                break
        after_date = False
        j = lo
        filled = 0  # label rows after the date row, counted without the blank lines a form puts between them
        while j < len(lines) and filled < 8:
            cur = lines[j]
            label = _column_label(cur, after_date)
            j += 1
            if not cur.strip():
                continue
            filled += j - 1 > i
            if not label:
                if j - 1 > i:
                    break
                continue
            key, rest = label
            more = lines[j] if j < len(lines) and not _column_label(lines[j], True) else ""
            values = _column_values(key, rest, n, more if key == "name_vorname" else "")
            if values is not None and key not in rows:
                rows[key] = values
            after_date = key == "geburtsdatum"
        if "name_vorname" in rows:
            pairs = [v.split(", ", 1) for v in rows.pop("name_vorname")]
            rows.setdefault("name", [p[0] for p in pairs])
            rows.setdefault("vorname", [p[1] for p in pairs])
        if not ("name" in rows and "vorname" in rows):
            continue
        persons = []
        for c in range(n):
            p = Person()
            for key, values in rows.items():
                setattr(p, key, values[c])
            persons.append(p)
        return [p for p in persons if not _not_name(p.name) and not _not_name(p.vorname)]
    return []


_CAPS_WORD = re.compile(r"[A-ZÄÖÜÇŞĞİŠŽĆČĐ][A-ZÄÖÜÇŞĞİŠŽĆČĐ'’\-]+")


def _name_order(persons: list[Person], text: str) -> None:
    """Family name and first name the right way round, and children named by first name only.

    - Forms print the family name in capitals: "HADDAD Karim" is Haddad, Karim whichever comes first.
    - The letter states the persons as "Vorname Name" ("im Namen von Karim Haddad"): a row read as
      name "Karim", first name "Haddad" is turned when the letter says so.
    - "Kinder: Leyla, geb. ...": a person with a first name only, beside a family whose first member
      has a family name, bears that family name (the application names the child in the family).
    """
    stated = {(fold_word(v.split()[0]), fold_word(n)) for v, n in _roster(text) if v}
    for p in persons:
        if _CAPS_WORD.fullmatch(p.vorname) and not _CAPS_WORD.fullmatch(p.name) and len(p.name) > 1:
            p.name, p.vorname = _title(p.vorname), p.name
        elif (
            p.vorname
            and (fold_word(p.name), fold_word(p.vorname.split()[0])) in stated
            and (
                fold_word(p.vorname.split()[0]),
                fold_word(p.name),
            )
            not in stated
        ):
            p.name, p.vorname = p.vorname, p.name
    for p in persons:
        if _CAPS_WORD.fullmatch(p.name):
            p.name = _title(p.name)  # "OKAFOR" as the form prints it: Okafor
    family = persons[0].name if persons and persons[0].vorname else ""
    for p in persons[1:]:
        if family and p.name and not p.vorname and " " not in p.name and p.geburtsdatum:
            if fold_word(p.name) != fold_word(family):
                p.name, p.vorname = family, p.name
        elif family and p.vorname and not p.name and p.geburtsdatum:
            p.name = family  # a row of the children's first-name table


_EN_WORDS = re.compile(r"\b(the|and|of|my|we|our|is|are|have|since|with|for|in|to)\b", re.I)
_DE_WORDS = re.compile(r"\b(der|die|das|und|ist|wir|ich|mit|für|seit|sind|nicht|eine?)\b", re.I)


def _is_english(text: str) -> bool:
    return len(_EN_WORDS.findall(text)) > 2 * len(_DE_WORDS.findall(text)) + 5


@lru_cache(maxsize=1)
def _english_adjectives() -> dict[str, list[str]]:
    """Canonical German adjective -> the English adjectives of the table ("Afghan", "Sri Lankan")."""
    with (DATA / "nationalities.toml").open("rb") as fh:
        table = tomllib.load(fh)["nationalities"]
    english = re.compile(r"(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:an|ian|i|ese|ish|ic|ar)")
    return {
        canon: [w for w in words if english.fullmatch(w) and not re.search(r"stan$|sch|^Iran$", w)]
        for canon, words in table.items()
    }


def _english_adjective(text: str, canon: str) -> str:
    """An application in English states the nationality in English: keep it as written."""
    for word in _english_adjectives().get(canon, []):
        m = re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text, re.I)
        if m:
            return word
    return canon


# --- Fallback for layouts no strategy above knows -------------------------------------------------
# Used only when the strategies above find no complete person (family name, first name and birth
# date). It anchors on plausible birth dates and reads the name from the same line or from the
# labelled lines above; precision first: no person without all three.

_FB_APPLICATION = re.compile(r"h(?:ä|ae|a)rtefall|antrag|hardship|application|23\s?a\b", re.I)
_FB_BOTH = (
    r"(?:Familienname|Nachname|Zuname|Name)\s*(?:/|,|und)\s*Vorname\(?n?\)?"
    r"|Vor-?\s*und\s*(?:Zu|Nach|Familien)name|Vorname\(?n?\)?\s*(?:/|,|und)?\s*(?:Nach|Zu|Familien)?name"
    r"|Surname\s*(?:/|,|and)\s*(?:given|first)\s*names?|Full name"
)
_FB_LABELS = {
    "both": _FB_BOTH,
    "given": r"Vorname\(?n?\)?|Rufname|Given names?|First names?|Forenames?",
    "family": r"Familienname|Nachname|Zuname|Surname|Family name|Last name|Name",
    "date": r"Geburtsdatum|Geburtstag|Tag der Geburt|Geb\.?\s?-?\s?Datum|geboren(?:\s+am)?|geb\.?(?:\s*am)?"
    r"|Date of birth|D\.?O\.?B\.?|born(?:\s+on)?",
    "land_place": r"Geburtsland\s*/\s*-?\s*ort|Land\s*/\s*Ort der Geburt",
    "place": r"Geburtsort(?:\s*/\s*-?\s*land)?|Ort der Geburt|Geburtsstadt|Place of birth|Born in|geboren in",
    "nat": rf"Staatsangeh{_OE}rigkeit|Staatsang\.?|StA\.?|Nationalit{_AE}t|Staatsb{_UE}rgerschaft"
    r"|Citizenship|Nationality",
}
_FB_LABEL = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _FB_LABELS.items()) + r")(?:\s*:\s*|\t+|\s{2,})",
    re.I,
)
_FB_DATE = re.compile(r"(?<![\d./])(?:" + _DATE_TXT + r")(?![\d/])")
# Dates that are not a birth: entry, receipt, validity, a letter's or a notice's date.
_FB_NOT_BIRTH = re.compile(
    r"\b(?:vom|seit|bis|ab|einreise|eingereist|eingang|eingegangen|datum|ausgestellt|g(?:ü|ue|u)ltig|"
    r"schreiben|bescheid|az|aktenzeichen|den|termin|frist|ablehnung|abgelehnt|erteilt|since|until|dated)\b"
    r"[^\n]{0,25}$",
    re.I,
)
_FB_LETTER_DATE = re.compile(rf"^\s*{_CAP}(?:[ \-]{_CAP})?\s*,\s*(?:den\s+)?$")
_FB_LEAD = re.compile(
    r"^[\s\-–•*·]*(?:\(?\d{1,2}[.)]|\(?[a-h]\)|Person\s*\d+\s*:?|Nr\.?\s*\d+\s*:?)?\s*"
    r"(?:(?:Antragsteller(?:in)?|Antragstellende Person|Ehefrau|Ehemann|Ehegatt(?:e|in)|Sohn|Tochter|Kind"
    r"|Partner(?:in)?|Applicant|Wife|Husband|Son|Daughter|Child)(?:/in)?\s*\d*\s*:\s*)?"
)
_FB_TOKEN = re.compile(rf"{_CAP}")
# kinds of _fb_pairs that name a person ("both_given_first": "Vor- und Zuname: Hussein Al-Khatib")
_FB_NAME_KINDS = frozenset({"both", "both_given_first", "given", "family"})
_FB_NOT_WORD = {
    "geburtsdatum",
    "geburtstag",
    "geburtsort",
    "geboren",
    "staatsangehorigkeit",
    "nationalitat",
    "familienname",
    "nachname",
    "zuname",
    "rufname",
    "vornamen",
    "surname",
    "given",
    "born",
    "date",
    "birth",
    "place",
    "personalien",
    "angaben",
    "daten",
    "staatsangehorige",
    "staatsangehoriger",
    "citizen",
    "national",
    "deutschland",
} | {fold_word(m) for m in _DE_MONTHS.split("|")}


def _fb_name_ok(word: str) -> bool:
    w = fold_word(word)
    return (
        len(w) >= 2
        and not _not_name(word)
        and w not in _FB_NOT_WORD
        and w not in _RELATIONS
        and not nationality(word)
        and not any(ch.isdigit() for ch in word)
    )


def _fb_name(raw: str, prose: bool) -> tuple[str, str] | None:
    """(family, given) from the words before a birth date: "KARIMI, Nasrin", "Samir HADDAD",
    "Frau Amina Yusuf"; None unless both are there and none is a known non-name word."""
    raw = re.sub(r"\([^()\n]*\)", " ", raw)
    raw = re.sub(
        r"(?:,?\s*(?:der|die|welche[rs]?)\s+am|,?\s*(?:geb\.?|geboren|born)(?:\s+(?:am|on))?)\s*$", "", raw
    )
    raw = _clean_value(raw.rstrip(" ,;:*(–-"))
    if "," in raw:
        parts = [p.strip() for p in raw.split(",")]
        fam_all, giv_tokens = parts[-2].split(), parts[-1].split()
        in_sentence = prose or len(fam_all) > 2
        for fam_tokens in ([fam_all] if not prose else []) + ([fam_all[-1:]] if in_sentence else []):
            before = fam_all[: len(fam_all) - len(fam_tokens)]
            tokens = fam_tokens + giv_tokens
            if (
                1 <= len(fam_tokens) <= 2
                and 1 <= len(giv_tokens) <= 3
                and all(_FB_TOKEN.fullmatch(t) and _fb_name_ok(t) for t in tokens)
                # in a sentence only after a title or relation word ("Frau Gashi, Valbona") or in capitals
                and (not before or _not_name(before[-1]) or bool(_CAPS_WORD.fullmatch(fam_tokens[-1])))
            ):
                return _title(" ".join(fam_tokens)), " ".join(giv_tokens)
        if not prose:
            return None
        raw = parts[-1]
    words = raw.split()
    run: list[str] = []
    for w in reversed(words):
        if not _FB_TOKEN.fullmatch(w) or not _fb_name_ok(w):
            break
        run.insert(0, w)
    if not 2 <= len(run) <= 4:
        return None
    before = words[: len(words) - len(run)]
    # in a sentence, a run of capitalised words is a name only after a title or relation word
    # ("Frau Amina Yusuf", "ihren Sohn Abdi Yusuf") or with its family name in capitals
    if before and not _not_name(before[-1]) and not any(_CAPS_WORD.fullmatch(t) and len(t) > 2 for t in run):
        return None
    if all(_CAPS_WORD.fullmatch(t) for t in run):
        return None
    caps = [t for t in run if _CAPS_WORD.fullmatch(t) and len(t) > 2]
    if len(caps) == 1 and run[0] == caps[0]:  # "NAZARI Ali Reza": family name first, in capitals
        return _title(run[0]), " ".join(run[1:])
    family, given = _split_full_name(run)
    return (family, given) if family and given else None


def _fb_pairs(line: str) -> list[tuple[str, str]]:
    """(label kind, value) pairs of a line: "Zuname: Berisha, Rufname: Arben", "Zuname   Tesfaye"."""
    found = list(_FB_LABEL.finditer(line))
    out = []
    for i, m in enumerate(found):
        lead = line[: m.start()]
        if (
            m.start() > 0
            and not re.search(r"(?:^|[,;|\t]|\s{2,}|:)\s*$", lead)
            and not _FB_LEAD.fullmatch(lead)
        ):
            if not (m.lastgroup in ("place", "nat", "date") and re.search(r"[,;]\s*$", line[: m.start()])):
                continue
        end = found[i + 1].start() if i + 1 < len(found) else len(line)
        value = _clean_value(line[m.end() : end])
        kind = m.lastgroup or ""
        if kind == "both" and fold_word(m.group(0)).startswith("vor"):
            kind = "both_given_first"  # "Vor- und Zuname: Hussein Al-Khatib"
        if value:
            out.append((kind, value))
    return out


def _fb_place(value: str, kind: str) -> str:
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s*,\s*", value) if p.strip()]
    if not parts:
        return ""
    # "Geburtsland/-ort: Afghanistan / Herat": the place is the part after the country
    place = parts[-1] if kind == "land_place" and len(parts) > 1 else parts[0]
    return place if re.fullmatch(rf"{_CAP}(?:[ \-]{_CAP}|[ \-](?:al|el|e|an|ad))*", place) else ""


def _family_first_header(above: list[str]) -> bool | None:
    """Whether a table header in the lines above names the family name before the first name
    ("Familienname, Vorname", "Name | Vorname"; also stacked over two lines); None without one."""
    folded = fold_word("\n".join(above)).lower()
    given = [m.start() for m in re.finditer(_HEADER_KEYS["vorname"] + r"|rufname", folded)]
    if not given:
        return None
    family = [m.start() for m in re.finditer(_HEADER_KEYS["name"] + r"|(?<![a-z])zuname", folded)]
    if not family:
        return None
    return min(family) < given[-1]


def _fb_name_after(rest: str, family_first: bool | None) -> tuple[str, str, int] | None:
    """(family, given, end of the name in rest) from the cell after a row's birth date: "Haddad, Amal",
    "HADDAD Amal", "Amal Haddad" (the order from the header above, else first names first); None
    unless there are two names."""
    cell = re.match(r"[\s|,;:–-]*(?P<cell>.*?)(?:\s*\||\t|\s{2,}|$)", rest)
    if cell is None:
        return None
    tokens = list(re.finditer(r"[^\s,]+|,", cell.group("cell")))
    words = [t.group(0) for t in tokens]
    comma = words.index(",") if "," in words else -1
    run = list(itertools.takewhile(lambda t: t == "," or (_FB_TOKEN.fullmatch(t) and _fb_name_ok(t)), words))
    if run[-1:] == [","]:
        run.pop()
    if comma >= 0 and not 1 <= comma <= 2:
        return None
    if len(run) - (comma >= 0) < 2 or len(run) > 5:
        return None
    end = cell.start("cell") + tokens[len(run) - 1].end()
    if comma >= 0:  # "Haddad, Amal": family name first
        return _title(" ".join(run[:comma])), " ".join(run[comma + 1 :]), end
    caps = [t for t in run if _CAPS_WORD.fullmatch(t) and len(t) > 2]
    if len(caps) == 1 and len(run) == 2:
        return _title(caps[0]), next(t for t in run if t is not caps[0]), end
    if family_first:
        return _title(run[0]), " ".join(run[1:]), end
    return (*_split_full_name(run), end)


def _row_place(rest: str) -> str:
    """The birth place among the cells after a row's name: the capitalised words that are no relation
    ("Tochter"), nationality or label; adjacent ones form one place ("Addis Abeba")."""
    words = re.findall(r"[^\s|,;()]+|[|,;()]", rest)
    place: list[str] = []
    for w in words:
        if re.fullmatch(_CAP, w) and _fb_name_ok(w) and not _STATUS.fullmatch(w):
            place.append(w)
        elif place:
            break
    return " ".join(place[:3])


def _fallback_persons(text: str) -> list[Person]:
    if not _FB_APPLICATION.search(text):
        return []
    from datetime import date as _date

    this_year = _date.today().year
    lines = text.split("\n")
    dated: list[tuple[int, re.Match[str], str]] = []
    for i, line in enumerate(lines):
        for m in _FB_DATE.finditer(line):
            iso = parse_date(re.sub(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", r"\1.\2.\3", m.group(0)))
            if not iso or not 1925 <= int(iso[:4]) <= this_year:
                continue
            pre = line[: m.start()]
            if _FB_NOT_BIRTH.search(pre) or _FB_LETTER_DATE.match(pre):
                continue
            if re.search(r"eingereist|eingegangen|entered", line[m.end() : m.end() + 40], re.I):
                continue
            dated.append((i, m, iso))
    persons: list[Person] = []
    dated_lines = {i for i, _, _ in dated}
    for i, m, iso in dated:
        line = lines[i]
        p = Person(geburtsdatum=iso)
        pairs = _fb_pairs(line)
        block: list[tuple[str, str]] = list(pairs)
        if not any(kind in _FB_NAME_KINDS for kind, _ in pairs):
            pre = _FB_LEAD.sub("", line[: m.start()])
            marked = re.search(r"(?:" + _FB_LABELS["date"] + r"|\*)\s*:?\s*$", pre, re.I) or (
                # "Abdi Yusuf, der am 25.10.2016 in Bochum zur Welt kam"
                re.search(r"\b(?:der|die)\s+am\s*$", pre)
                and re.search(r"geboren|zur Welt", "\n".join(lines[i : i + 2])[len(pre) :])
            )
            pre = re.sub(r"(?:" + _FB_LABELS["date"] + r")\s*:?\s*$", "", pre, flags=re.I)
            got = _fb_name(pre, prose=len(pre.split()) > 4)
            # without a birth mark, a name before a date only in capitals ("Samir HADDAD") or with a
            # nationality after the date ("Nwosu, Emeka; 14.10.1980; Enugu; nigerianisch")
            if (
                got
                and not marked
                and not _CAPS_WORD.fullmatch(pre.split(",")[0].split()[-1] if pre.split() else "")
            ):
                if not any(_CAPS_WORD.fullmatch(t) and len(t) > 2 for t in pre.split()):
                    if not nationality(line[m.end() :]):
                        got = None
            if got:
                p.name, p.vorname = got
            elif not _clean_value(pre) or re.fullmatch(
                r"\s*(?:" + _FB_LABELS["date"] + r")\s*:?\s*", line[: m.start()], re.I
            ):
                # a label/value block: the name is in the labelled lines just above
                named = False
                for j in range(i - 1, max(-1, i - 7), -1):
                    if j in dated_lines or not lines[j].strip():
                        break
                    above = _fb_pairs(lines[j])
                    has_name = any(kind in _FB_NAME_KINDS for kind, _ in above)
                    if named and not has_name:
                        break  # the previous person's place and nationality
                    named = named or has_name
                    block = above + block
        # place and nationality from the lines below, up to the next person
        for j in range(i + 1, min(len(lines), i + 6)):
            if j in dated_lines or not lines[j].strip():
                break
            below = _fb_pairs(lines[j])
            if any(kind in _FB_NAME_KINDS for kind, _ in below):
                break
            block += below
        for kind, value in block:
            if kind in ("both", "both_given_first") and not p.name:
                # "Haddad, Samir" (also "Haddad / Samir" under "Name, Vorname"): family name first
                sep = r"\s*[,/]\s*" if kind == "both" else r"\s*,\s*"
                if re.search(sep, value):
                    family, given = re.split(sep, value, maxsplit=1)
                    p.name, p.vorname = _title(family.strip()), given.strip()
                else:
                    got = _fb_name(value, prose=False)
                    if got:
                        p.name, p.vorname = got
            elif kind == "family" and not p.name:
                if "," in value:
                    family, given = (v.strip() for v in value.split(",", 1))
                    p.name = _title(family)
                    p.vorname = p.vorname or given
                else:
                    p.name = _title(value)
            elif kind == "given" and not p.vorname:
                p.vorname = re.split(r"\s*,", value)[0]
            elif kind in ("place", "land_place") and not p.geburtsort:
                p.geburtsort = _fb_place(value, kind)
            elif kind == "nat" and not p.staatsangehoerigkeit:
                p.staatsangehoerigkeit = nationality(value) or fuzzy_nationality(value)
        rest = line[m.end() :]
        if not p.name and not p.vorname and not re.search(r"[^\W\d_]{3,}", line[: m.start()]):
            # "2 | 14.03.2012 | Haddad, Amal | Tochter | syrisch": a row that starts with the birth date
            after_date = _fb_name_after(rest, _family_first_header(lines[max(0, i - 8) : i]))
            if after_date:
                p.name, p.vorname, end = after_date
                rest = rest[end:]  # the relation, place and nationality cells follow the name
                p.geburtsort = _row_place(rest)
        if not p.geburtsort:
            after = re.match(
                rf"\s*[,;|–\-]?\s*(?:in\s+)?({_CAP}(?:[ \-]{_CAP}|[ \-](?:al|el|e|an|ad))*)\s*(?:[,;|–\-(]|$)",
                rest,
            )
            if after and not nationality(after.group(1)) and _fb_name_ok(after.group(1).split()[0]):
                p.geburtsort = after.group(1)
            else:
                inplace = re.search(rf"\b(?:in|born in)\s+({_CAP}(?:[ \-]{_CAP})*)", rest)
                if inplace and not nationality(inplace.group(1)):
                    p.geburtsort = inplace.group(1)
        if not p.staatsangehoerigkeit:
            p.staatsangehoerigkeit = nationality(rest.split("\n")[0])
        words = (p.name + " " + p.vorname).split()
        if not p.name or not p.vorname or not all(_FB_TOKEN.fullmatch(w) and _fb_name_ok(w) for w in words):
            continue
        persons.append(p)
    return persons


def respell_from_case(persons: list[Person], texts: list[tuple[str, bool]]) -> None:
    """Mend a first or family name that OCR misread by a letter in a faxed application ("Latisa
    Umarov", "Bajram Demirovid") where the case's documents write the person beside the same other
    name more often another way ("Larisa Umarov" in the reasoning, the consent form and the power of
    attorney). `texts` are the case's documents with whether each is OCR text; a typed document's
    spelling counts three times, as OCR bends a letter in many ways ("Ramić": "Ramié", "Ramid").
    Only a spelling seen beside that name at least twice, and more often than the application's, is
    taken; another person's first name is never taken, so siblings keep their names."""
    # "Ramić" and "Ramic" are one spelling here: the case restores diacritics afterwards
    taken = {plain(w) for p in persons for w in p.vorname.split()}
    for person in persons:
        for key, other in (("vorname", "name"), ("name", "vorname")):
            value, anchor = getattr(person, key), getattr(person, other).split()
            if " " in value or len(value) < 4 or not anchor or len(anchor[0]) < 3:
                continue
            near = re.escape(anchor[0] if key == "vorname" else anchor[-1])
            beside = re.compile(
                rf"(?<![\w-])([^\W\d_]{{4,}}),?[ \t]+{near}(?![\w-])|(?<![\w-]){near},?[ \t]+([^\W\d_]{{4,}})(?![\w-])",
                re.I,
            )
            counts: dict[str, int] = {}
            spelled: dict[str, str] = {}
            for text, ocr in texts:
                # the transmission line repeats the sender's name, misread the same way, on every page
                for m in beside.finditer(PAGE_LINE.sub("", text)):
                    word = m.group(1) or m.group(2)
                    folded = plain(word)
                    counts[folded] = counts.get(folded, 0) + (1 if ocr else 3)
                    if folded not in spelled or (word.istitle() and not spelled[folded].istitle()):
                        spelled[folded] = word
            own = plain(value)
            best = max(
                (
                    w
                    for w in counts
                    if w != own
                    and w not in taken
                    and not _not_name(spelled[w])
                    and (_one_edit(own, w) or _ocr_shape(value) == _ocr_shape(w))
                    # OCR reads "q" as "g", German text gives it no reason to invent a "q"
                    and _unconfused(spelled[w], {value: 1}) == spelled[w]
                ),
                key=lambda w: counts[w],
                default=None,
            )
            if best and counts[best] >= 2 and counts[best] > counts.get(own, 0):
                word = spelled[best]
                setattr(person, key, word if not word.isupper() else word.title())
