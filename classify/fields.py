"""Fields of documents and cases: page numbering, file numbers, language, authority, representative,
trigger sentences and the topics of the Begründung."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hfk.classify.model import Representative
from hfk.classify.normalize import clean, fold, fold_word, sentences, shorten
from hfk.classify.postcodes import is_nrw_postcode

DATA = Path(__file__).with_name("data")

# ---------------------------------------------------------------- page numbering, file numbers

_PAGE_NO = re.compile(r"\b(?:seite|page|blatt)\s*(\d{1,3})\s*(?:von|/|of|v\.)\s*(\d{1,3})\b")
# OCR garbles the word ("Seile 2 vou 4"): a looser form, only in the first and last lines of a page.
_PAGE_NO_LOOSE = re.compile(
    r"(?:^|\s)[s5][a-z1il]{2,4}\s*(\d{1,3})\s*(?:v\S{1,2}n|vou|/|of)\s*(\d{1,3})(?!\d)"
)
_BAMF_NO = re.compile(r"(?<![\d\-])(\d{7,8})\s?-\s?(\d{3})(?!\d)")
_COURT_AZ = re.compile(
    r"(?:az\.?|aktenzeichen|gesch\.?\s?-?\s?z\.?)\s*:?\s*(\d{1,3}[a-z]?\s?[a-z]{1,3}\s?\d{1,6}/\d{2}(?:\.a)?)",
    re.I,
)


def page_numbering(text: str) -> tuple[int, int] | None:
    """("Seite 2 von 4") -> (2, 4); None when the page carries no such numbering."""
    m = _PAGE_NO.search(fold(text))
    if not m:
        lines = [line for line in clean(text).split("\n") if line.strip()]
        m = _PAGE_NO_LOOSE.search(fold("\n".join(lines[:3] + lines[-3:])))
    if not m:
        return None
    x, y = int(m.group(1)), int(m.group(2))
    return (x, y) if 1 <= x <= y else None


def file_number(text: str) -> str | None:
    """The BAMF Gesch.-Z. ("1234567-163"), else a court Aktenzeichen ("8 K 1234/24.A")."""
    cleaned = clean(text)
    m = _BAMF_NO.search(cleaned)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = _COURT_AZ.search(cleaned)
    if m:
        return re.sub(r"\s+", " ", m.group(1)).strip()
    return None


# ---------------------------------------------------------------- language

_STOPWORDS = {
    "de": "der die das und ist nicht ich wir sie er es mit für auf den dem des ein eine einen zu von in im bei "
    "als auch wurde wird sind haben hat habe seit nach über unter dass mein meine unsere sehr geehrte",
    "en": "the and is of to in for with we he she it that this are was were have has my our his her "
    "not be been which from at by as since dear would",
    "fr": "le la les et est de des un une pour avec nous je il elle dans que qui pas sur au du mon ma",
    "tr": "ve bir bu için ile da de çok ben biz olan olarak gibi ama daha sayın",
}


def language(text: str) -> str | None:
    """ISO code of the language ("de", "en", "fr", "tr"), "ar" for Arabic script, "und" when unclear."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if not words:
        return None
    arabic = sum(1 for w in words if re.match(r"[\u0600-\u06ff]", w))
    if arabic > len(words) / 2:
        return "ar"
    ratios = {}
    for lang, stop in _STOPWORDS.items():
        stopset = set(stop.split())
        ratios[lang] = sum(1 for w in words if w in stopset) / len(words)
    lang, ratio = max(ratios.items(), key=lambda kv: kv[1])
    return lang if ratio >= 0.04 else "und"


# ---------------------------------------------------------------- Ausländerbehörde

_ABH_PATTERNS = [
    # "Ausländerbehörde der Stadt Dortmund", "Ausländerbehörde des Kreises Borken"
    r"(?:auslanderbehorde|auslanderamt|auslanderangelegenheiten)\s+(?:der|des|beim|bei der|im)\s+"
    r"(?P<kind>stadt|kreises|kreis|landkreises|landkreis|stadteregion|region)\s+(?P<place>[^\n,.;:()]{2,40})",
    # "Der Oberbürgermeister der Stadt Dortmund", "Der Landrat des Kreises Borken"
    r"(?:oberburgermeister(?:in)?|burgermeister(?:in)?|landrat|landratin)\s+(?:der|des)\s+"
    r"(?P<kind>stadt|kreises|landkreises|stadteregion)\s+(?P<place>[^\n,.;:()]{2,40})",
    # "Stadt Dortmund\nDer Oberbürgermeister\nAusländerbehörde" (letterhead lines)
    r"(?:^|\n)\s*(?P<kind>stadt|kreis|landkreis|stadteregion)\s+(?P<place>[^\n,.;:()]{2,40})\s*\n"
    r"(?:[^\n]*\n){0,3}[^\n]*(?:auslander|oberburgermeister|landrat|burgermeister)",
    # "Ausländerbehörde Stadt Kassel", "Ausländerbehörde Kreis Borken"
    r"(?:auslanderbehorde|auslanderamt)[ \t]+(?P<kind>stadt|kreis|landkreis|stadteregion|landeshauptstadt)[ \t]+"
    r"(?P<place>[^\n,.;:()]{2,40})",
    # "Ausstellende Behörde: Stadt Kassel - Ausländerbehörde", "Landkreis Harburg – Ausländerbehörde"
    r"(?:behorde\s*:\s*|(?:^|\n)\s*)(?P<kind>stadt|kreis|landkreis|stadteregion|landeshauptstadt"
    r"|kreisverwaltung|landratsamt)[ \t]+"
    r"(?P<place>[^\n,.;:()–]{2,40}?)[ \t]*(?:[\-–][ \t]*(?:auslander|amt|fachbereich|abteilung|burger)|\n|,|$)",
    # "zuständige Ausländerbehörde: Landkreis Harburg", "Ausländerbehörde ist der Kreis Borken"
    r"auslanderbehorde[ \t]*(?::|ist)?[ \t]*(?:die|der|das)?[ \t]*"
    r"(?P<kind>stadt|kreis|landkreis|stadteregion|landeshauptstadt|kreisverwaltung|landratsamt)[ \t]+"
    r"(?P<place>[^\n,.;:()]{2,40})",
    # "Landratsamt Rosenheim", "Kreisverwaltung Mainz-Bingen" anywhere in a letterhead line
    r"(?:^|\n)[^\n]{0,20}?(?P<kind>landratsamt|kreisverwaltung)[ \t]+(?P<place>[^\n,.;:()]{2,40})",
    # "Ausländerbehörde Dortmund" / "Ausländerbehörde in Dortmund" / "Ausländerbehörde Migrationsamt Bremen"
    r"(?:zustandige[ \t]+)?auslanderbehorde[ \t]+(?:in[ \t]+|der[ \t]+|des[ \t]+)?"
    r"(?:(?:migrationsamt|amt fur migration(?: und integration)?|burgeramt|ordnungsamt)[ \t]+)?"
    r"(?P<place>[a-z][a-z\-]{2,30}(?:[ \t](?:an der|am)[ \t][a-z]+)?)",
]
_ABH_RES = [re.compile(p) for p in _ABH_PATTERNS]
# Authorities of other Länder that act as Ausländerbehörde (central or state offices): always outside NRW.
_STATE_ABH = re.compile(
    r"landesamt fur einwanderung|landesamt fur fluchtlingsangelegenheiten|landesamt fur asyl und ruckfuhrung\w*"
    r"|landesaufnahmebehorde\w*|landesdirektion sachsen"
    r"|hamburg\w*[ \t]+amt fur migration|amt fur migration[ \t]+hamburg|zentrale auslanderbehorde[ \t]+"
    r"(?:braunschweig|osnabruck|friedland|bramsche|oldenburg|karlsruhe|halberstadt|eisenhuttenstadt)"
)
_PLACE_STOP = re.compile(
    r"\s+(?:hat|ist|wurde|vom|von|mit|teilte|erteilte|lehnte|hatte|wird|und|an|zu|auf|fur|uber|sowie|"
    r"abteilung|fachbereich|amt|postfach|der|die|das|den|dem|des)\b.*$"
)
_NOT_PLACE = {
    "der",
    "die",
    "des",
    "ist",
    "hat",
    "wurde",
    "teilte",
    "mitgeteilt",
    "hatte",
    "vom",
    "mit",
    "datum",
    "und",
    "oder",
    "sowie",
    "nicht",
    "kann",
    "wird",
    "hier",
}


@dataclass
class Authority:
    name: str  # German display, e.g. "Stadt Dortmund", "Kreis Borken"
    place: str  # the place as written in the display
    outside_nrw: bool | None  # None: not known from the lists


@lru_cache(maxsize=1)
def _places() -> dict[str, set[str]]:
    with (DATA / "places.toml").open("rb") as fh:
        data = tomllib.load(fh)
    nrw = set()
    for key in ("nrw_kreisfreie_staedte", "nrw_kreise", "nrw_other_towns"):
        nrw |= {fold_word(p) for p in data[key]}
    return {"nrw": nrw, "outside": {fold_word(p) for p in data["outside"]}}


def _restore_case(folded_place: str, original: str) -> str:
    """Find the place in the original text to show it with its umlauts and capitals."""
    n = len(folded_place.split())
    words = re.findall(r"[\wäöüÄÖÜß\-]+", original)
    for i in range(len(words) - n + 1):
        candidate = " ".join(words[i : i + n])
        if fold_word(candidate) == folded_place:
            return candidate
    return folded_place.title()


def _trim_place(place: str) -> str:
    """Keep the capitalised words of a place name: "Dortmund richten" -> "Dortmund"."""
    kept: list[str] = []
    words = place.split()
    for i, word in enumerate(words):
        if word[:1].isupper():
            kept.append(word)
        elif word in ("an", "der", "am", "im", "a.d.") and i + 1 < len(words) and kept:
            kept.append(word)
        else:
            break
    while kept and not kept[-1][:1].isupper():
        kept.pop()
    return " ".join(kept)


def _outside_by_postcode(text: str, place: str) -> bool | None:
    """A place missing from the lists: its postcode in the letter ("34117 Kassel") tells the Land."""
    m = re.search(rf"\b(\d{{5}})[ \t]+{re.escape(place)}\b", text)
    return _outside_by_code(m.group(1)) if m else None


def _outside_by_code(postcode: str) -> bool:
    """True outside NRW, by the postcode table of DOMAIN.md (the one the checklist's hints use)."""
    return not is_nrw_postcode(postcode)


def authority(text: str) -> Authority | None:
    """The Ausländerbehörde a text names, or None."""
    cleaned = clean(text)
    folded = fold_word(cleaned)
    for m in (m for pattern in _ABH_RES for m in pattern.finditer(folded)):
        place = _PLACE_STOP.sub("", m.group("place").strip()).strip(" -")
        if not place or place in _NOT_PLACE or len(place) < 3:
            continue
        kind = m.groupdict().get("kind") or ""
        prefix = {
            "stadt": "Stadt",
            "kreises": "Kreis",
            "kreis": "Kreis",
            "landkreises": "Landkreis",
            "landkreis": "Landkreis",
            "stadteregion": "Städteregion",
            "landeshauptstadt": "Stadt",
            "region": "Region",
            "kreisverwaltung": "Kreis",
            "landratsamt": "Landratsamt",
        }.get(kind, "")
        place = re.sub(r"-kreises$", "-kreis", place)
        shown = _trim_place(_restore_case(place, cleaned))
        if not shown:
            continue
        name = f"{prefix} {shown}".strip() if prefix else f"Ausländerbehörde {shown}"
        places = _places()
        key = fold_word(shown)
        if prefix in ("Landkreis", "Landratsamt"):
            outside: bool | None = True  # NRW has "Kreise" and "Kreisverwaltungen", never "Landkreise"
        elif key in places["nrw"] or fold_word(f"{prefix} {shown}") in places["nrw"]:
            outside = False
        elif key in places["outside"]:
            outside = True
        else:
            outside = _outside_by_postcode(cleaned, shown)
            if outside is None:
                outside = _outside_by_near_postcode(folded[m.end() : m.end() + 250])
        return Authority(name=name, place=shown, outside_nrw=outside)
    state = _STATE_ABH.search(folded)
    if state:
        start = state.start()
        shown = re.sub(r"\s+", " ", cleaned[start : state.end()]).strip()
        return Authority(name=shown, place=shown, outside_nrw=True)
    return None


def _outside_by_near_postcode(folded_after: str) -> bool | None:
    """The authority's own address under its name ("Kurt-Wagener-Straße 11\n25337 Elmshorn"): the
    first postcode there tells the Land when the place is in neither list."""
    m = re.search(r"(?<!\d)(\d{5})[ \t]+[a-z]", folded_after)
    return _outside_by_code(m.group(1)) if m else None


# ---------------------------------------------------------------- representative

_LAWYER = re.compile(
    r"\b(rechtsanwalt|rechtsanwaltin|rechtsanwalte|rechtsanwaltinnen|kanzlei|anwaltskanzlei|fachanwalt\w*|"
    r"mandantin|mandant|mandanten|mandantschaft)\b"
)
_COUNSEL = re.compile(
    r"\b(beratungsstelle|fluchtlingsberatung|verfahrensberatung|migrationsberatung|migrationsdienst|"
    r"caritas\w*|diakonie|diakonisches werk|fluchtlingsrat|fluchtlingshilfe|awo|arbeiterwohlfahrt|drk|"
    r"deutsches rotes kreuz|refugio|psychosoziales zentrum|flüchtlingsinitiative|fluchtlingsinitiative|"
    r"asylkreis|netzwerk|klientin|klienten|klient|ratsuchende\w*)\b"
)
_ON_BEHALF = re.compile(
    r"\b(im namen (meines|meiner|unseres|unserer|von|des|der)|in vertretung|im auftrag (meines|meiner|von|des|der)"
    r"|on behalf of|fur meinen (bruder|vater|sohn|freund|neffen|onkel|cousin|schwager|mann|ehemann)"
    r"|fur meine (schwester|mutter|tochter|freundin|nichte|tante|cousine|schwagerin|frau|ehefrau))\b"
)
_PRIVATE_REL = re.compile(
    r"(mein(es|er|en)?|unser(es|er|en)?) (bruders?|schwester|vaters?|mutter|sohn(es)?|tochter|freund(es|in)?"
    r"|neffen|nichte|onkels?|tante|cousins?|cousine|schwagers?|schwagerin|nachbarn?|nachbarin)"
)
_CLOSING = re.compile(
    r"(mit freundlichen grussen|mit freundlichem gruss|hochachtungsvoll|kind regards|sincerely)"
)


def _signature_name(text: str) -> str:
    """The name under "Mit freundlichen Grüßen", if it looks like one."""
    cleaned = clean(text)
    folded = fold_word(cleaned)
    closings = list(_CLOSING.finditer(folded))
    if not closings:
        return ""
    tail = cleaned[closings[-1].end() :].split("\n")
    for line in tail[:5]:
        line = line.strip(" ,()")
        if not line or re.search(r"unterschrift|\(gez|^gez\.?$", line, re.I):
            continue
        line = re.sub(r"^gez\.\s*", "", line)
        if re.fullmatch(
            r"(?:(?:Dr\.|Prof\.|RA|RAin)\s)?[A-ZÄÖÜ][\w'\-]+(?:[ \-][A-ZÄÖÜ][\w'\-\.]+){0,3}", line
        ):
            return line
        return ""
    return ""


def _head_lines(text: str, n: int = 8) -> list[str]:
    return [line.strip() for line in clean(text).split("\n") if line.strip()][:n]


def _org_line(text: str, pattern: re.Pattern[str]) -> str:
    """The letterhead or signature line that names the office/organisation."""
    lines = [line.strip() for line in clean(text).split("\n") if line.strip()]
    for line in lines[:8] + lines[-12:]:
        if pattern.search(fold_word(line)) and len(line) <= 90:
            return line
    return ""


def _head_address(text: str) -> str:
    """The sender's address: first street + postcode in the letterhead, before the recipient."""
    head = "\n".join(_head_lines(text, 10))
    m = re.search(
        r"([A-ZÄÖÜ][\w\-\.äöüß]*(?:[ \-][\w\-\.äöüß]+){0,3}\s\d{1,4}\s?[a-zA-Z]?)\s*(?:,|\n|·|\|)\s*(\d{5}\s+[A-ZÄÖÜ][\w\-]+)",
        head,
    )
    if not m:
        return ""
    if re.search(r"v(ö|o|oe)lklinger", m.group(1), re.I):
        return ""  # the commission's own address (recipient), not the sender's
    return f"{m.group(1).strip()}, {m.group(2).strip()}"


def representative(text: str) -> Representative | None:
    """Who writes the application for someone else: lawyer, counselling service or a private person."""
    cleaned = clean(text)
    folded_lines = [fold_word(s) for s in sentences(cleaned)]
    all_sentences = sentences(cleaned)
    head_tail = fold_word("\n".join(_head_lines(cleaned, 8)) + "\n" + "\n".join(cleaned.split("\n")[-12:]))

    def sentence_for(pattern: re.Pattern[str]) -> str:
        for orig, f in zip(all_sentences, folded_lines, strict=True):
            if pattern.search(f):
                return shorten(orig)
        return ""

    lawyer_evidence = sentence_for(re.compile(r"\b(mandantin|mandant|mandanten|mandantschaft)\b"))
    if lawyer_evidence or _LAWYER.search(head_tail):
        name = ""
        m = re.search(
            r"(Rechtsanw(?:ä|ae|a)lt(?:in)?|RAin|RA)[ ]+((?:Dr\.[ ])?[A-ZÄÖÜ][\w\-]+(?:[ ][A-ZÄÖÜ][\w\-]+){0,2})",
            cleaned,
        )
        if m:
            name = f"{m.group(1)} {m.group(2)}"
        name = name or _org_line(cleaned, re.compile(r"kanzlei|rechtsanw")) or _signature_name(cleaned)
        evidence = lawyer_evidence or sentence_for(_LAWYER) or _org_line(cleaned, _LAWYER)
        return Representative(name=name, kind="anwalt", adresse=_head_address(cleaned), evidence=evidence)
    counsel_in_frame = _COUNSEL.search(head_tail)
    counsel_acting = re.search(
        r"\b(unsere[rn]? (klient|ratsuchend)\w*|wir (beantragen|wenden uns))", fold_word(cleaned)
    )
    if counsel_in_frame or (counsel_acting and _COUNSEL.search(fold_word(cleaned))):
        name = _org_line(cleaned, _COUNSEL) or _signature_name(cleaned)
        evidence = sentence_for(
            re.compile(r"\b(im namen|in vertretung|unsere[rn]? (klient|ratsuchend)\w*|wir beantragen)")
        )
        evidence = evidence or sentence_for(_COUNSEL) or name
        return Representative(
            name=name, kind="beratungsstelle", adresse=_head_address(cleaned), evidence=evidence
        )
    behalf = sentence_for(_ON_BEHALF)
    if behalf or sentence_for(re.compile(r"\bbeantrage[^.]{0,60}" + _PRIVATE_REL.pattern)):
        evidence = behalf or sentence_for(_PRIVATE_REL)
        return Representative(
            name=_signature_name(cleaned), kind="privat", adresse=_head_address(cleaned), evidence=evidence
        )
    return None


# ---------------------------------------------------------------- trigger sentences

_NEG = re.compile(r"\b(nicht|kein|keine|keinen|keiner|keinerlei|nie|niemals|ohne|weder|no|not|never)\b")


@dataclass(frozen=True)
class TriggerRule:
    kind: str
    pattern: re.Pattern[str]
    negatable: bool = False  # "nicht vorbestraft", "keine Straftaten" must not trigger
    negatable_after: bool = False  # "Straftaten hat er nie begangen"
    # spans where a cue is not about the case: names of organisations, instructions on legal remedies
    exclude: re.Pattern[str] | None = None


_REMOVAL = (
    r"(?:abschiebung\w*|ruckfuhrung\w*|uberstellung\w*|sammelabschiebung\w*|sammelcharter\w*|charterflug\w*"
    r"|\bflug\b|\bflug(?:es|s)\b)"
)
_PLANNED = (
    r"(?:\bsoll(?:en|te|ten)?\b|geplant|vorgesehen|terminiert|angesetzt|festgesetzt|festgelegt|steht fest"
    r"|angekundigt|gebucht|abgeschoben werden|uberstellt werden)"
)

TRIGGER_RULES = (
    TriggerRule(
        "illness",
        re.compile(
            r"\b(krankheit\w*|erkrankt\w*|erkrankung\w*|leidet (an|unter)|leide (an|unter)|ptbs|ptsd|"
            r"posttraumatisch\w*|depression\w*|depressiv\w*|diagnos\w*|therapie\w*|therapeut\w*|psychisch\w*|"
            r"psychiatrisch\w*|arztlich\w* behandlung|in behandlung|traumatisiert|chronisch\w*|dialyse|"
            r"krebs\w*|tumor\w*|diabetes|epilepsie|schwerbehindert\w*|behinderung|suizid\w*|"
            r"medikament\w*|krank)\b"
        ),
        negatable=True,
    ),
    TriggerRule(
        "asylum",
        re.compile(
            r"\b(asylantrag\w*|asylverfahren\w*|asylfolgeantrag\w*|asylgesuch|asyl|bamf|bundesamt\w*|"
            r"fluchtlingseigenschaft|ablehnungsbescheid\w*|asylsuchend\w*|asylbewerber\w*|"
            r"subsidiar\w* schutz\w*|asylum)\b"
        ),
        negatable=True,
        # "Ökumenisches Netzwerk Asyl", "Arbeitskreis Asyl e. V.": a counselling service's name
        exclude=re.compile(
            r"\b(netzwerk|arbeitskreis|kreis|initiative|freundeskreis|runder tisch|verein|beratung|rat)\s+asyl\b"
            r"|\basyl\s+(e\.? ?v\b|in der kirche)"
        ),
    ),
    TriggerRule(
        "court",
        re.compile(
            r"\b(klage|klageverfahren|klagte|geklagt|verwaltungsgericht\w*|oberverwaltungsgericht\w*|urteil\w*|"
            r"eilverfahren|eilantrag|eilrechtsschutz|gericht\w*|berufung|lawsuit|court)\b|\baz\.(?=\s*\d)"
        ),
        negatable=True,
        # "Rechtsbehelfsbelehrung: ... kann Klage erhoben werden" says what one could do, not that one did
        exclude=re.compile(
            r"(rechtsbehelfsbelehrung|rechtsmittelbelehrung).*|\bkann\b[^.]{0,120}\bklage\b[^.]{0,120}erhoben werden"
        ),
    ),
    TriggerRule(
        "criminal",
        re.compile(
            r"\b(strafbefehl\w*|verurteil\w*|ermittlungsverfahren\w*|staatsanwaltschaft\w*|vorstrafe\w*|"
            r"vorbestraft|straftat\w*|straffallig\w*|strafverfahren\w*|anklage\w*|freiheitsstrafe\w*|"
            r"geldstrafe\w*|bewahrung|convicted|criminal)\b"
        ),
        negatable=True,
        negatable_after=True,
    ),
    TriggerRule(
        "aufenthaltsgestattung",
        re.compile(
            r"\b(aufenthaltsgestattung\w*|asylverfahren[^.;]{0,40}?nicht (rechtskraftig )?abgeschlossen|"
            r"asylverfahren[^.;]{0,40}?(lauft|laufen) noch|noch laufend\w* asylverfahren)"
        ),
    ),
    TriggerRule("abschiebungsanordnung_58a", re.compile(r"(§|ss\b|paragraph)\s*58\s?a\b")),
    TriggerRule(
        "rueckfuehrungstermin",
        re.compile(
            r"(abschiebung\w* (ist|wurde|sind)? ?(fur|auf) (den|dem)? ?\d.{0,40}?(terminiert|geplant|angesetzt|"
            r"vorgesehen|festgesetzt)|ruckfuhrung (ist )?(am|fur den)\s*\d|abschiebungstermin|ruckfuhrungstermin|"
            r"\bflug\w*\b.{0,80}?gebucht|sammelabschiebung am|abschiebung am \d|terminierte abschiebung"
            # a removal (flight, charter, transfer) on a date that is planned: "Die Abschiebung soll am
            # 05.05.2025 erfolgen", "Überstellung ... für den 02.04.2025 geplant", "Flug am ... soll gehen"
            r"|" + _REMOVAL + r"[^.;]{0,60}?(?:\bam|fur den|auf den|:)\s*\d{1,2}\.\s?(?:\d{1,2}\.|[a-z]+)"
            r"[^;]{0,80}?"
            + _PLANNED
            + r"|"
            + _REMOVAL
            + r"[^.;]{0,40}?"
            + _PLANNED
            + r"[^.;]{0,40}?(?:\bam|fur den|auf den|:)\s*\d{1,2}\.\s?(?:\d{1,2}\.|[a-z]+))"
        ),
    ),
    TriggerRule(
        "einreiseverbot",
        re.compile(
            r"(einreise- und aufenthaltsverbot|einreise-und aufenthaltsverbot|einreiseverbot|§\s*11\s*(abs\.?\s*\d\s*)?aufenthg)"
        ),
    ),
    TriggerRule(
        "ausbildungs_beschaeftigungsduldung",
        re.compile(r"(§\s*60\s?[cd]\b|ausbildungsduldung|beschaftigungsduldung)"),
    ),
)


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(aber|sondern|jedoch|obwohl|but)\b")


def _negated(folded_sentence: str, start: int, end: int, after: bool) -> bool:
    """A negation in the same clause shortly before the cue ("nicht vorbestraft", "keine Straftaten"),
    or for some kinds shortly after it ("Straftaten hat er nie begangen")."""
    window = folded_sentence[max(0, start - 45) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    if _NEG.search(window):
        return True
    if after:
        tail = _CLAUSE_BREAK.split(folded_sentence[end : end + 40])[0]
        return bool(_NEG.search(tail))
    return False


def find_triggers(text: str, kinds: set[str] | None = None) -> list[tuple[str, str]]:
    """(kind, shortened sentence) for every trigger kind found in a text, first sentence per kind."""
    found: dict[str, str] = {}
    for sentence in sentences(text):
        folded = fold(sentence)
        for rule in TRIGGER_RULES:
            if rule.kind in found or (kinds is not None and rule.kind not in kinds):
                continue
            excluded = [x.span() for x in rule.exclude.finditer(folded)] if rule.exclude else []
            for m in rule.pattern.finditer(folded):
                if any(a <= m.start() < b for a, b in excluded):
                    continue
                if rule.negatable and _negated(folded, m.start(), m.end(), rule.negatable_after):
                    continue
                found[rule.kind] = shorten(sentence)
                break
    return list(found.items())


# ---------------------------------------------------------------- topics of the Begründung

# Each topic needs a sentence that is about it, not one that touches it in passing: "die Schule
# besucht" in the home country is life story, not integration; "meine Familie" in the opening request
# is no account of family ties; "mit einem Visum eingereist" without a date is residence status.
TOPIC_RULES = {
    "lebensgeschichte": re.compile(
        r"(?<!hier )\b(geboren|aufgewachsen|floh|geflohen|born|grew up|fled)\b"
        r"|\bkam\w* [^.]{0,60}nach deutschland"
        r"|^(?=.*\b(?:19|20)\d\d\b).*\b(eingereist|entered germany|arrived in germany|came to germany)\b"
    ),
    "aufenthaltssituation": re.compile(
        r"\b(duldung|geduldet|ausreisepflichtig|aufenthalt\w*|abgelehnt|aufenthaltsgestattung|abschiebung\w*|"
        r"tolerated stay|residence status|rejected)\b"
    ),
    "familie": re.compile(
        r"\b(ehefrau|ehemann|ehepartner\w*|kinder|kind|tochter|sohn|eltern|mutter|vater|geschwister|bruder|"
        r"schwester\w*|verwandte\w*|cousin\w*|onkel|tante|enkel\w*|"
        r"wife|husband|children|son|daughter|parents|mother|father|brother|sister|cousin|relatives)\b"
    ),
    "integration": re.compile(
        r"\b(arbeite[nt]? (seit|bei|als)|beschaftigt|arbeitsvertrag|ausbildung\w*|deutschkurs\w*|sprachkurs\w*|"
        r"integrationskurs\w*|deutsch (gut|fliessend)|spreche?n? [^.]{0,20}deutsch|verein\w*|ehrenamtlich\w*|"
        r"engagier\w*|besuch\w* (die|den|eine|einen) [^.]{0,40}(schule|kita|kindergarten|kurs)|geh\w* [^.]{0,20}zur schule|sprachniveau|"
        r"\bb1\b|\ba2\b|i work|i am working|german course|speak german|volunteer\w*|vocational training)"
    ),
    "humanitaere_gruende": re.compile(
        r"\b(unzumutbar\w*|nicht zumutbar|ruckkehr\w*|gefahr\w*|behandlung [^.]{0,40}nicht (moglich|erreichbar)|"
        r"keine perspektive|verfolgung|existenzgrundlage|bedroht|return|danger|persecution)\b"
    ),
}
# Sentences that belong to the request or the list of persons, not to the reasoning.
_NOT_REASONING = re.compile(
    r"\b(hiermit beantrage|beantrage ich|beantragen wir|stellen wir|i hereby apply|ge[bh]\.? ?,? am|staatsangehorigkeit ?:)"
)


_MINISTRY = re.compile(
    r"Ministerium f(ü|u|ue)r Kinder,? Jugend,? Familie,? Gleichstellung,? Flucht und Integration", re.I
)
_SALUTATION = re.compile(r"sehr geehrte|dear ", re.I)


def letter_body(text: str) -> str:
    """The text from the salutation on: the address block above it ("Ministerium für ... Familie,
    ... Flucht und Integration") would otherwise look like reasoning."""
    text = _MINISTRY.sub("Ministerium", clean(text))
    m = _SALUTATION.search(text)
    if m and m.start() < 0.6 * len(text):
        return text[m.start() :]
    return text


def begruendung_topics(text: str) -> dict[str, str]:
    """Topic -> the first sentence of the application that covers it."""
    out: dict[str, str] = {}
    for sentence in sentences(letter_body(text)):
        folded = fold(sentence)
        if _NOT_REASONING.search(folded):
            continue
        for topic, pattern in TOPIC_RULES.items():
            if topic not in out and pattern.search(folded):
                out[topic] = shorten(sentence)
    return out
