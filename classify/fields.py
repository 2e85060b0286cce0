"""Fields of documents and cases: page numbering, file numbers, language, authority, representative,
trigger sentences and the topics of the Begründung."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hfk.classify.model import Representative
from hfk.classify.normalize import PAGE_LINE, clean, fold, fold_word, ocr_letters, sentences, shorten
from hfk.classify.postcodes import is_nrw_postcode, places

DATA = Path(__file__).with_name("data")

# ---------------------------------------------------------------- page numbering, file numbers

# ("Blatt 2 (von 2)": the total in brackets)
_PAGE_NO = re.compile(r"\b(?:seite|page|blatt)\s*(\d{1,3})\s*[({]?\s*(?:von|/|of|v\.)\s*(\d{1,3})\b")
# OCR garbles the word ("Seile 2 vou 4"): a looser form, only in the first and last lines of a page.
_PAGE_NO_LOOSE = re.compile(
    r"(?:^|\s)[s5][a-z1il]{2,4}\s*(\d{1,3})\s*(?:v\S{1,2}n|vou|/|of)\s*(\d{1,3})(?!\d)"
)
_PAGE_NO_BARE = re.compile(r"(\d{1,2})\s?/\s?(\d{1,2})")
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
        # a footer line that holds nothing but "2/2"
        m = next((f for line in lines[-2:] if (f := _PAGE_NO_BARE.fullmatch(line.strip()))), None)
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
    # German also counts the labels of the usual person table: a form-like application with little
    # running text is still German.
    "de": "der die das und ist nicht ich wir sie er es mit für auf den dem des ein eine einen zu von in im bei "
    "als auch wurde wird sind haben hat habe seit nach über unter dass mein meine unsere sehr geehrte "
    "vorname geburtsdatum geburtsort staatsangehörigkeit anschrift wohnhaft begründung härtefallantrag",
    "en": "the and is of to in for with we he she it that this are was were have has my our his her "
    "not be been which from at by as since dear would",
    "fr": "le la les et est de des un une pour avec nous je il elle dans que qui pas sur au du mon ma",
    "tr": "ve bir bu için ile da de çok ben biz olan olarak gibi ama daha sayın",
    "es": "el la los las y es de del que en un una por para con mi su se lo como pero muy señores",
    "it": "il lo la gli le e è di del della che un una per con non sono mio mia questo gentili",
    "pl": "i w na z że się nie jest do to jak od mój moja jestem proszę szanowni",
    "sq": "dhe është në për me një të nga që jam kam unë ne ju por shumë i nderuar",
}
_STOPSETS = {lang: {fold_word(w) for w in words.split()} for lang, words in _STOPWORDS.items()}
_LETTER_START = re.compile(
    r"sehr geehrte|dear |madame|monsieur|sayin|estimad|gentil|szanown|i nderuar|liebe "
)
_LETTER_END = re.compile(
    r"mit freundlichen gr|hochachtungsvoll|kind regards|yours (sincerely|faithfully)|best regards|sincerely"
    r"|cordialement|saygilarimla|atentamente|distinti saluti|z powazaniem|me respekt"
)
MIN_LETTER_WORDS = 25


def _words(text: str) -> list[str]:
    # OCR reads "l" as "1" and "o" as "0" inside words ("1ive", "0ur"): repaired before counting
    return re.findall(r"[^\W\d_]+", ocr_letters(fold_word(text)))


def _by_stopwords(words: list[str]) -> str:
    ratios = {lang: sum(1 for w in words if w in stop) / len(words) for lang, stop in _STOPSETS.items()}
    lang, ratio = max(ratios.items(), key=lambda kv: kv[1])
    return lang if ratio >= 0.04 else "und"


def text_language(text: str) -> str:
    """The language of a page by its stopwords alone ("de", "en", ...; "und" when unclear or when
    the page has fewer than MIN_LETTER_WORDS words: a fax header and a signature tell nothing)."""
    words = _words(text)
    return _by_stopwords(words) if len(words) >= MIN_LETTER_WORDS else "und"


def _letter_part(text: str) -> str:
    """From the salutation to the closing: the words the applicant wrote, without the German address
    block, the person table or attachments that share the document."""
    folded = fold_word(clean(text))
    start = _LETTER_START.search(folded)
    if not start:
        return ""
    end = _LETTER_END.search(folded, start.end())
    return folded[start.start() : end.start() if end else len(folded)]


def language(text: str) -> str | None:
    """ISO code of the language ("de", "en", "fr", "tr", "es", "it", "pl", "sq"), "ar" for Arabic script,
    "ru" for Cyrillic, "und" when unclear. An application's own letter (salutation to closing) decides
    when it is long enough; otherwise the whole text."""
    raw = re.findall(r"[^\W\d_]+", text.casefold())
    if not raw:
        return None
    arabic = sum(1 for w in raw if re.match(r"[\u0600-\u06ff]", w))
    if arabic > len(raw) / 2:
        return "ar"
    cyrillic = sum(1 for w in raw if re.match(r"[\u0400-\u04ff]", w))
    if cyrillic > len(raw) / 2:
        return "ru"
    body = _words(_letter_part(text))
    if len(body) >= MIN_LETTER_WORDS:
        lang = _by_stopwords(body)
        if lang != "und":
            return lang
    return _by_stopwords(_words(text))


# ---------------------------------------------------------------- Ausländerbehörde

_ABH_PATTERNS = [
    # "Ausländerbehörde der Stadt Dortmund", "Ausländerbehörde des Kreises Borken"
    r"(?:auslanderbehorde|auslanderamt|auslanderangelegenheiten)\s+(?:der|des|beim|bei der|im)\s+"
    r"(?:freien und |freien )?"  # "der Freien und Hansestadt Hamburg", "der Freien Hansestadt Bremen"
    r"(?P<kind>hansestadt|landeshauptstadt|bundesstadt|stadt|kreises|kreis|landkreises|landkreis|stadteregion|region)"
    r"\s+(?P<place>[^\n,.;:()]{2,40})",
    # "Der Oberbürgermeister der Stadt Dortmund", "Der Landrat des Kreises Borken"
    r"(?:oberburgermeister(?:in)?|burgermeister(?:in)?|landrat|landratin)\s+(?:der|des)\s+"
    r"(?P<kind>stadt|kreises|landkreises|stadteregion)\s+(?P<place>[^\n,.;:()]{2,40})",
    # "Stadt Dortmund\nDer Oberbürgermeister\nAusländerbehörde" (letterhead lines)
    r"(?:^|\n)\s*(?P<kind>stadt|kreis|landkreis|stadteregion)\s+(?P<place>[^\n,.;:()]{2,40})\s*\n"
    r"(?:[^\n]*\n){0,3}[^\n]*(?:auslander|oberburgermeister|landrat|burgermeister)",
    # "Ausländerbehörde Stadt Kassel", "Ausländerbehörde Kreis Borken"
    r"(?:auslanderbehorde|auslanderamt)[ \t]+(?P<kind>stadt|kreis|landkreis|stadteregion|landeshauptstadt|region)[ \t]+"
    r"(?P<place>[^\n,.;:()]{2,40})",
    # "Ausstellende Behörde: Stadt Kassel - Ausländerbehörde", "Landkreis Harburg – Ausländerbehörde"
    r"(?:behorde\s*:\s*|(?:^|\n)\s*)(?:freie (?:und )?)?(?P<kind>stadt|kreis|landkreis|stadteregion|landeshauptstadt"
    r"|kreisverwaltung|landratsamt|stadtverwaltung|hansestadt)[ \t]+"
    r"(?P<place>[^\n,.;:()–]{2,40}?)[ \t]*(?:[\-–][ \t]*(?:auslander|amt|fachbereich|abteilung|burger)|\n|,|$)",
    # "zuständige Ausländerbehörde: Landkreis Harburg", "Ausländerbehörde ist der Kreis Borken"
    r"auslanderbehorde[ \t]*(?::|ist)?[ \t]*(?:die|der|das)?[ \t]*"
    r"(?P<kind>stadt|kreis|landkreis|stadteregion|landeshauptstadt|kreisverwaltung|landratsamt)[ \t]+"
    r"(?P<place>[^\n,.;:()]{2,40})",
    # "von der Kreisverwaltung Mainz-Bingen, Ausländerbehörde", "das Landratsamt Lörrach" in running text
    r"\b(?:der|das|dem|vom)[ \t]+(?P<kind>kreisverwaltung|landratsamt)[ \t]+(?P<place>[^\n,.;:()]{2,40})",
    # "Landratsamt Rosenheim", "Kreisverwaltung Mainz-Bingen" anywhere in a letterhead line
    r"(?:^|\n)[^\n]{0,20}?(?P<kind>landratsamt|kreisverwaltung)[ \t]+(?P<place>[^\n,.;:()]{2,40})",
    # "Ausländerbehörde Dortmund" / "Ausländerbehörde in Dortmund" / "Ausländerbehörde Migrationsamt Bremen"
    r"(?:zustandige[ \t]+)?auslanderbehorde(?:[ \t]*:)?[ \t]+(?:in[ \t]+|der[ \t]+|des[ \t]+)?"
    r"(?:(?:migrationsamt|amt fur migration(?: und integration)?|burgeramt|ordnungsamt)[ \t]+)?"
    r"(?P<place>[a-z][a-z\-]{2,30}(?:[ \t](?:an der|am)[ \t][a-z]+)?)",
    # "Zuständig ist der Kreis Segeberg – Ausländerbehörde", "zuständig ist die Stadt Kassel (Ausländerbehörde)"
    r"zustandig\w*[ \t]+(?:ist[ \t]+)?(?:der|die|das)[ \t]+(?P<kind>stadt|kreis|landkreis|stadteregion)[ \t]+"
    r"(?P<place>[a-z][a-z\-]{2,30}(?:[ \t][a-z][a-z\-]{2,30})?)(?=[ \t]*[-–(,]?[ \t]*\(?auslander)",
    # "Migrationsamt Bremen", "Ausländeramt der Stadt Erfurt", "Amt für Migration Kassel" (letterhead or text)
    r"(?:^|\n|[ \t])(?:migrationsamt|auslanderamt|auslanderburo|amt fur (?:migration|auslanderangelegenheiten)"
    r"(?: und integration)?)[ \t]+(?:(?:der|des|im)[ \t]+)?(?:(?P<kind>stadt|kreises|kreis|landkreises|landkreis)"
    r"[ \t]+)?(?P<place>[a-z][a-z\-]{2,30}(?:[ \t](?:an der|am|im)[ \t][a-z]+|[ \t]kreis\b)?)",
    # "Zuständig ist der Hochsauerlandkreis", "Ausländerbehörde des Rhein-Sieg-Kreises"
    r"(?:zustandig\w*[ \t]+(?:ist[ \t]+)?(?:der|die|das)|auslanderbehorde[ \t]+des)[ \t]+(?P<place>[a-z\-]{3,30}kreis)(?:es)?\b",
    # the place that tolerates someone, in running text: "Er wird von der Stadt Kassel geduldet", "Die
    # Duldung hat der Kreis Pinneberg erteilt"
    r"\b(?:duldung\w*|geduldet|ausreiseaufforderung|ordnungsverfugung)\b[^.\n]{0,60}?\b(?:von der|vom|der|die|beim|bei der)"
    r"[ \t]+(?P<kind>stadt|kreis|landkreis|stadteregion)[ \t]+(?P<place>[a-z][a-z\-]{2,30})",
    r"\b(?:von der|vom|der|die)[ \t]+(?P<kind>stadt|kreis|landkreis|stadteregion)[ \t]+(?P<place>[a-z][a-z\-]{2,30})"
    r"[^.\n]{0,40}?\b(?:geduldet|duldung\w*|erteilt|ausgestellt)\b",
    # English: "the foreigners' authority in Kassel", "the immigration office of the city of Leipzig"
    r"(?:foreigners?'?s?|aliens'?|immigration)[ \t]+(?:authority|office|department|registration office)[ \t]+"
    r"(?:of|in|at)[ \t]+(?:the[ \t]+)?(?:(?P<kind>city|district|county)[ \t]+of[ \t]+)?"
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
    "aktenzeichen",
    "zeichen",
    "telefon",
    "sachbearbeiter",
    "sachbearbeiterin",
    "unbekannt",
    "keine",
    "bitte",
}


@dataclass
class Authority:
    name: str  # German display, e.g. "Stadt Dortmund", "Kreis Borken"
    place: str  # the place as written in the display
    outside_nrw: bool | None  # None: not known from the lists


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
    """The Ausländerbehörde a text names, or None. The text is read line by line first (letterheads);
    then with the line breaks of running text joined ("zuständig ist die Ausländerbehörde\nMigrationsamt
    Bremen")."""
    cleaned = clean(text)
    found = _authority_in(cleaned)
    if found is None:
        joined = re.sub(r"(?<=[^\n.:;])[ \t]*\n[ \t]*(?=[^\n])", " ", cleaned)
        if joined != cleaned:
            found = _authority_in(joined)
    return found


# "ABH" is the office's own short form; a table cell separator ("Ausländerbehörde | Kassel") is a label.
_ABH_SHORT = re.compile(r"\babh\b")
_CELL = re.compile(r"[ \t]*\|[ \t]*")


def _authority_in(cleaned: str) -> Authority | None:
    folded = _CELL.sub(": ", _ABH_SHORT.sub("auslanderbehorde", fold_word(cleaned)))
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
            "stadtverwaltung": "Stadt",
            "hansestadt": "Stadt",
            "landratsamt": "Landratsamt",
            "city": "Stadt",
            "district": "Kreis",
            "county": "Kreis",
        }.get(kind, "")
        place = re.sub(r"kreises$", "kreis", place)
        shown = _trim_place(_restore_case(place, cleaned))
        if not shown:
            continue
        name = f"{prefix} {shown}".strip() if prefix else f"Ausländerbehörde {shown}"
        known_places = places()
        key = fold_word(shown)
        if prefix in ("Landkreis", "Landratsamt"):
            outside: bool | None = True  # NRW has "Kreise" and "Kreisverwaltungen", never "Landkreise"
        elif key in known_places["nrw"] or fold_word(f"{prefix} {shown}") in known_places["nrw"]:
            outside = False
        elif key in known_places["outside"]:
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


# ---------------------------------------------------------------- residence named outside the application

# "wohnhaft Kölner Straße 83, 34117 Kassel", "wohnhaft in Kassel", "Wohnsitzauflage: Kassel",
# "resident at 5 Main Street, 28195 Bremen": where a person lives, in decisions, Vollmachten, forms.
_RESIDENCE = re.compile(
    r"\b(?:wohnhaft|wohnsitzauflage|wohnsitznahme|resident|residing|living)\b[ \t]*(?::|in|at|an)?[ \t]*"
    r"(?:(?:der|dem)[ \t]+)?(?:stadt[ \t]+|gemeinde[ \t]+)?",
    re.I,
)
_ADDRESS_END = re.compile(
    r"(?<![\d-])(\d{5})[ \t]+[A-ZÄÖÜ][\w\-.]*(?:[ \t]+[A-ZÄÖÜ][\w\-.]*){0,2}(?:[ \t]+\([^)\n]{2,30}\))?"
)
_CITY_ONLY = re.compile(r"[A-ZÄÖÜ][\wäöüß\-]+(?:[ \t](?:an der|am|im|in der)[ \t][A-ZÄÖÜ][\wäöüß\-]+)?")


# A form's address field ("Anschrift: Friedrich-Ebert-Straße 82, 60311 Frankfurt am Main" on a
# Duldung or a consent form); not where a representative's block is near ("Bevollmächtigte: ...").
_ADDRESS_LABEL = re.compile(
    r"(?<![\w-])(?:Wohnanschrift|Anschrift|Adresse|Wohnort|Address)[ \t]*:[ \t]*(?=\S)"
)
_REPRESENTATIVE_NEAR = re.compile(
    r"bevollm|vertret|rechtsanw|kanzlei|beratungsstelle|verfahrensberat|attorney|lawyer|represent", re.I
)


def residence_mentions(text: str) -> list[str]:
    """Addresses or places a text gives as where someone lives ("wohnhaft ..., 34117 Kassel",
    "Wohnsitzauflage: Kassel", a form's "Anschrift: ..."). Only for documents about the applicant
    (decisions, forms): a supporter's letter names the supporter's home."""
    cleaned = clean(text)
    found: list[str] = []
    for m in _ADDRESS_LABEL.finditer(cleaned):
        line = cleaned[m.end() :].split("\n")[0]
        end = _ADDRESS_END.search(line)
        near = cleaned[max(0, m.start() - 160) : m.start()].split("\n\n")[-1]
        if end and not _REPRESENTATIVE_NEAR.search(near):
            address = " ".join(line[: end.end()].split()).strip(" ,")
            if address not in found:
                found.append(address)
    for m in _RESIDENCE.finditer(cleaned):
        window = cleaned[m.end() : m.end() + 110].split("\n\n")[0]
        end = _ADDRESS_END.search(window)
        if end:
            address = " ".join(window[: end.end()].split()).strip(" ,")
        else:
            city = _CITY_ONLY.match(window.lstrip())
            if not city or fold_word(city.group(0)).startswith("wohn"):
                continue
            address = city.group(0)
        if address and address not in found:
            found.append(address)
    return found


# ---------------------------------------------------------------- representative

_LAWYER = re.compile(
    r"\b(rechtsanwalt|rechtsanwaltin|rechtsanwalte|rechtsanwaltinnen|kanzlei|anwaltskanzlei|fachanwalt\w*|"
    r"mandantin|mandant|mandanten|mandantschaft|lawyer|attorney|solicitor|my client|our client)\b"
)
_COUNSEL = re.compile(
    r"\b(beratungsstelle|fluchtlingsberatung|verfahrensberatung|migrationsberatung|migrationsdienst|"
    r"caritas\w*|diakonie|diakonisches werk|fluchtlingsrat|fluchtlingshilfe|awo|arbeiterwohlfahrt|drk|"
    r"deutsches rotes kreuz|refugio|psychosoziales zentrum|flüchtlingsinitiative|fluchtlingsinitiative|"
    r"asylkreis|netzwerk|klientin|klienten|klient|ratsuchende\w*)\b"
)
# Churches and civic groups writing on their letterhead or signing: only read in the letterhead and
# under a closing, since the applicant's own words name them too ("I volunteer at Tafel Siegen e. V.").
_ORGANISATION = re.compile(
    r"\b(kirchengemeinde|pfarrgemeinde|moscheegemeinde|(evangelische|katholische|freie|ev\.|kath\.) gemeinde"
    r"|pfarramt|pfarrer\w*|pastor\w*|arbeitskreis|initiative|e\. ?v)\b"
)
_ON_BEHALF = re.compile(
    r"\b(i?im namen (meines|meiner|unseres|unserer|von|des|der)|in (seiner |ihrer |deren |dessen )?vertretung"
    r"|namens und in vollmacht|im auftrag (meines|meiner|von|des|der)|\w*bevollmachtigte\w* (von|des|der|fur)"
    r"|in (seinem|ihrem|deren|dessen) namen|namens (des|der|von|meines|meiner|unseres|unserer|herrn|frau)"
    r"|als (verfahrens)?bevollmachtigte\w*|wir vertreten|vertreten wir|vertrete ich|ich vertrete"
    r"|stell\w* (ich|wir) (hiermit )?fur (ihn|sie|herrn|frau|die familie|familie)"
    r"|on behalf of|fur meinen (bruder|vater|sohn|freund|neffen|onkel|cousin|schwager|mann|ehemann)"
    r"|fur meine (schwester|mutter|tochter|freundin|nichte|tante|cousine|schwagerin|frau|ehefrau)"
    # "Er hat mich bevollmächtigt, ... zu beantragen" (OCR: "bevolimächtigt")
    r"|(hat|haben) (mich|uns) (\w+ )?bevol[li1]machtigt"
    # a relative named as the writer: "Verfasst von: Mustafa Hosseini (Cousin), Am Hang 21"
    r"|(verfasst|erstellt|geschrieben|aufgesetzt) (von|durch)\W+[^.\n()]{3,60}\((bruder|schwester|sohn|tochter|onkel|tante"
    r"|cousin\w*|schwager\w*|neffe|nichte|freund\w*|nachbar\w*|pat(e|in)|vormund|betreuer\w*)(?=\)))\b"
)
# The writer's name after its label ("Verfasst von: Mustafa Hosseini (Cousin)")
_WRITER = re.compile(
    r"\b(?:[Vv]erfasst|[Ee]rstellt|[Gg]eschrieben|[Aa]ufgesetzt) (?:von|durch)\W+"
    r"(?P<name>[A-ZÄÖÜ][\w\-]+(?: [A-ZÄÖÜ][\w\-]+){1,3})\s*\("
)
_PRIVATE_REL = re.compile(
    r"(mein(es|er|en)?|unser(es|er|en)?) (bruders?|schwester|vaters?|mutter|sohn(es)?|tochter|freund(es|in)?"
    r"|neffen|nichte|onkels?|tante|cousins?|cousine|schwagers?|schwagerin|nachbarn?|nachbarin)"
)
# The writer names their tie to the applicant: "Ich bin der Schwager von Herrn Karimi", "ich bin seine Patin".
# Not a parent: "ich bin die Mutter von zwei Kindern" is an applicant who writes for her own family.
_SELF_RELATION = re.compile(
    # "ich schreibe Ihnen als Bruder von Aram Grigoryan"
    r"\b(ich )?(schreibe|wende mich an sie)\b[^.]{0,20}\bals (\w+ )?"
    r"(bruder|schwester|sohn|tochter|onkel|tante|cousin\w*|schwager\w*|neffe|nichte|freund\w*|nachbar\w*"
    r"|pat(e|in)|vormund|betreuer\w*) (von|des|der|meines|meiner)\b"
    r"|\bich bin (der|die|sein|seine|ihr|ihre|deren|dessen) (altere\w* |jungere\w* |leibliche\w* )?"
    r"(bruder|schwester|sohn|tochter|onkel|tante|cousin\w*|schwager\w*|schwieger\w*|neffe|nichte"
    r"|freund\w*|nachbar\w*|pat(e|in)|vormund|betreuer\w*)\b"
)
# The application encloses a power of attorney or promises it: someone acts for the applicant
_VOLLMACHT_ENCLOSED = re.compile(
    r"vollmacht\w*\b[^.]{0,60}\b(anbei|beigefugt|liegt\w* bei|liegen\w* bei|anliegend|beiliegend|nachgereicht"
    r"|reiche\w* [^.]{0,20}nach)\b|\b(anbei|beigefugt|anliegend|beiliegend)\b[^.]{0,60}\bvollmacht"
)
_CLOSING = re.compile(
    r"((mit )?(freundlich\w*|besten|herzlich\w*|viele[n]?|liebe[n]?) gru(ss|sse|ssen)\b|hochachtungsvoll|kind regards"
    r"|(yours )?sincerely|yours faithfully|best regards)"
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


# "Außerdem engagiere ich mich ehrenamtlich im Deutschen Roten Kreuz", "I volunteer at the Caritas":
# the applicant's own activity names an organisation that is not writing the application.
_OWN_ACTIVITY = re.compile(
    r"\b(ehrenamt\w*|engagier\w*|mitglied\w*|helfe|hilft|mithilfe|aktiv|volunteer\w*|member\w*|i help"
    r"|besuch\w*|nehme\w* teil|teilnahme|arbeite\w*|beschaftigt|job)\b"
)


def _without_own_activities(head_tail: str, folded_sentences: list[str]) -> str:
    """The letterhead and signature text without sentences about the applicant's own activities."""
    flat = " ".join(head_tail.split())
    for sentence in folded_sentences:
        if _OWN_ACTIVITY.search(sentence):
            flat = flat.replace(" ".join(sentence.split()), " ")
    return flat


def _frame(cleaned: str, strict: bool = False) -> str:
    """Letterhead and signature block: the lines above the salutation and below the last closing.
    The applicant's own words in between ("meine frühere Rechtsanwältin hat die Klage verloren") do
    not say who writes. Without a salutation or closing, the first 8 and last 12 lines; strict: then
    the letterhead alone."""
    lines = cleaned.split("\n")
    folded = [fold_word(line) for line in lines]
    start = next((i for i, line in enumerate(folded) if _LETTER_START.search(line)), None)
    end = next((i for i in range(len(folded) - 1, -1, -1) if _CLOSING.search(folded[i])), None)
    head = [line for line in lines[: start if start is not None else len(lines)] if line.strip()][:8]
    if start is None:
        head = _head_lines(cleaned, 8)
    signed = end is not None and (start is None or end > start)
    tail = lines[end + 1 :][:10] if signed else ([] if strict else lines[-12:])
    return "\n".join(head) + "\n" + "\n".join(tail)


def representative(text: str) -> Representative | None:
    """Who writes the application for someone else: lawyer, counselling service or a private person."""
    cleaned = clean(text)
    folded_lines = [fold_word(s) for s in sentences(cleaned)]
    all_sentences = sentences(cleaned)
    head_tail = fold_word(_frame(cleaned))
    head_tail = _without_own_activities(head_tail, folded_lines)

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
    counsel_in_frame = _COUNSEL.search(head_tail) or _ORGANISATION.search(
        _without_own_activities(fold_word(_frame(cleaned, strict=True)), folded_lines)
    )
    counsel_acting = re.search(
        r"\b(unsere[rn]? (klient|ratsuchend)\w*|wir (beantragen|wenden uns))", fold_word(cleaned)
    )
    if counsel_in_frame or (counsel_acting and _COUNSEL.search(fold_word(cleaned))):
        name = _org_line(cleaned, _COUNSEL) or _signature_name(cleaned)
        evidence = sentence_for(
            re.compile(r"\b(im namen|in vertretung|unsere[rn]? (klient|ratsuchend)\w*|wir beantragen)")
        )
        evidence = evidence or sentence_for(_COUNSEL) or name
        if evidence:  # not a form's imprint alone ("bereitgestellt vom Arbeitskreis ..."), naming no one
            return Representative(
                name=name, kind="beratungsstelle", adresse=_head_address(cleaned), evidence=evidence
            )
    behalf = sentence_for(_ON_BEHALF)
    if behalf or sentence_for(re.compile(r"\bbeantrage[^.]{0,60}" + _PRIVATE_REL.pattern)):
        evidence = behalf or sentence_for(_PRIVATE_REL)
        writer = _WRITER.search(cleaned)
        return Representative(
            name=writer.group("name") if writer else _signature_name(cleaned),
            kind="privat",
            adresse=_head_address(cleaned),
            evidence=evidence,
        )
    evidence = sentence_for(_SELF_RELATION) or sentence_for(_VOLLMACHT_ENCLOSED)
    if evidence:
        kind = "beratungsstelle" if _COUNSEL.search(fold_word(cleaned)) else "privat"
        return Representative(
            name=_signature_name(cleaned), kind=kind, adresse=_head_address(cleaned), evidence=evidence
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
    # a sentence that matches the veto does not trigger this kind at all (a past removal, a deadline)
    veto: re.Pattern[str] | None = None
    # words shortly after the cue that cancel it ("Aufenthaltsgestattung ... erloschen")
    cancel_after: re.Pattern[str] | None = None
    # words shortly before the cue, in its clause, that cancel it ("früher eine Gestattung")
    cancel_before: re.Pattern[str] | None = None


# OCR reads "§" as "$" or "S"; the folded sentence gets the paragraph sign back before matching.
_PARA_OCR = re.compile(r"(?:\$|(?<![\w§])s(?=\s?\d{2}\s?[a-d]?\b))\s*(?=\d)")
# OCR and line layout split words inside a line ("Ab- schiebung", "Aufent- haltsverbot"); a hyphen
# before "und"/"oder" is an elided compound ("Einreise- und Aufenthaltsverbot") and stays.
_SPLIT_WORD = re.compile(r"\b([a-z]{2,})- (?!(?:und|oder|bzw|sowie|u)\b)([a-z]{2,})")
# "§", "§§", "Paragraph", "section", and OCR's "8" directly before a two-digit section number
_PARA = r"(?:§§?|paragraph|para\.?|section|sec\.|art\.)\s*"
_ACT = r"(?:aufenthg|aufenthaltsgesetz\w*|des aufenthaltsgesetzes|residence act|aufenthaltsg)"

# "up to the end of the clause", letting the dots of a date through ("mit Bescheid vom 10.10.2024 aufgehoben")
_SPAN = r"(?:[^.;]|\.(?=\d))"
# Form boxes: a cue whose nearest box before it is unticked is an option not chosen ("[ ] Aufenthalts-
# gestattung [x] Duldung", "[ ] Beschäftigungsduldung (§ 60d AufenthG)")
_BOX = re.compile(r"\[\s?[x✓✗]?\s?\]|\(\s?x?\s?\)|[☐□☒☑■]")
_UNTICKED = re.compile(r"\[\s?\]|\(\s?\)|[☐□]")

_ANSWER = re.compile(r"(\[\s?[x✓✗]?\s?\]|\(\s?x?\s?\)|[☐□☒☑■])\s*([^\W\d_]*)")
_NO_WORD = re.compile(r"kein\w*|nein|no|none|nicht\w*")


def _ticked_no(tail: str) -> bool:
    """A form's question answered by its tick boxes after the cue, and every box ticked says no
    ("Gerichtliche Verfahren: [x] keine [ ] ja", "Criminal record: ☒ none ☐ yes")."""
    ticked = [word for box, word in _ANSWER.findall(tail) if not _UNTICKED.fullmatch(box)]
    return bool(ticked) and all(_NO_WORD.fullmatch(word) for word in ticked)


_REMOVAL = (
    r"(?:abschiebung\w*|abschiebeflug\w*|ruckfuhrung\w*|uberstellung\w*|sammelabschiebung\w*|sammelcharter\w*"
    r"|charterflug\w*|abgeschoben|uberstellt|zuruckgefuhrt|\bflug\b|\bflug(?:es|s)\b|deportation|deported|removal"
    r"|\bremoved\b|transfer|flight"
    # "Sie werden am 03.06. um 4 Uhr von der Polizei abgeholt": the pick-up for a removal
    r"|abholung(?=[^.;]{0,60}(polizei|flughafen|abschieb|ruckfuhr))|(polizei|flughafen)[^.;]{0,40}?abgeholt"
    # the ride to the airport as the removal: "they will take me to the airport on 18 September",
    # "man werde ihn am 3. Mai zum Flughafen bringen"
    r"|\btake (?:me|us|him|her|them|the family) to the airport\b|zum flughafen (?:zu )?bring\w*)"
)
_PLANNED = (
    # ("Für die Rückführung steht bereits ein Datum fest: der 18.09.2024")
    r"(?:\bsoll(?:en|te|ten)?\b|geplant|vorgesehen|terminiert|angesetzt|festgesetzt|festgelegt|steht fest"
    r"|\bsteh(?:t|en) (?:bereits |schon |nun |jetzt )?(?:ein |der |das )?(?:datum|termin|tag) fest\b"
    r"|stehen fest|angekundigt|kundigt\w*|gebucht|abgeschoben werden|uberstellt werden|\bwerden\b|\bwird\b|\berfolgt\b"
    r"|findet|durchgefuhrt werden|\bgeht\b|\bstartet\b|scheduled|planned|\bset for\b|\bset\b|booked|\bwill\b|is to|are to|fixed)"
)
# A date: "05.05.2025", "5. Mai 2025", "14 May 2025", "May 14, 2025"
_MONTHS = (
    r"(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february"
    r"|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dez|dec)"
)
_DATE = rf"(?:\d{{1,2}}\.\s?(?:\d{{1,2}}\.|{_MONTHS})|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTHS}\b|{_MONTHS}\s\d{{1,2}}\b)"
# "am 05.05.", "für den 02.04.", "für Mittwoch, den 11.06.", "on 2 July", "for 14 May"
_WHEN = r"(?:\bam|\bon|\bfur|auf den|\bfor|:|zum|termin)\s*(?:den\s|the\s)?(?:\w+,?\s(?:den\s)?)?"

TRIGGER_RULES = (
    TriggerRule(
        "illness",
        re.compile(
            # ("Krankheitstage", "im Krankheitsfall", "Krankheitsvertretung" are a neighbour's help, no illness)
            r"\b(krankheit(?!s(?:tag|fall|vertretung))\w*|erkrankt\w*|erkrankung\w*|leidet (an|unter)|leide (an|unter)|ptbs|ptsd|"
            r"posttraumatisch\w*|depression\w*|depressiv\w*|diagnos\w*|therapie\w*|therapeut\w*|"
            # "psychisch" alone is a burden ("belastet die Kinder psychisch"), not yet an illness
            r"psychisch\w* (krank\w*|erkrank\w*|stor\w*|leiden|probleme|instabil)|"
            r"psychiatrisch\w*|arztlich\w* behandlung|in behandlung|traumatisiert|chronisch\w*|dialyse|"
            r"krebs\w*|tumor\w*|diabetes|epilepsie|schwerbehindert\w*|behinderung|suizid\w*|"
            r"medikament\w*|krank)\b"
            # body and mind in other words: "Herzinfarkt", "Bandscheibenvorfall", "Angststörung",
            # "psychotherapeutische Behandlung", "HIV-positiv", "wurde zweimal operiert"
            r"|\b(herzinfarkt\w*|herzfehler\w*|herzprobleme\w*|schlaganfall\w*|bandscheibe\w*|angststorung\w*"
            r"|psychotherap\w*|kardiolog\w*|onkolog\w*|hiv|hepatitis|aids|insulin\w*|chemotherap\w*|rollstuhl\w*"
            r"|operiert|gesundheitlich\w* (probleme|beschwerden|einschrankung\w*|grunde\w*)"
            r"|(starke|chronische|standige) schmerzen|autis\w*)\b"
            # English applications: "I suffer from autism and need treatment by a doctor"
            r"|\b(suffer(s|ing)? from|illness\w*|disease\w*|(medical|psychological|psychiatric) treatment"
            r"|treatment by a doctor|traumati[sz]ed|seriously ill|chronically ill|disabilit(y|ies)|disabled)\b"
        ),
        negatable=True,
        # Not an illness of the persons of the application: their work or volunteering with patients,
        # a relative who died of it, a statement that there is none ("Erkrankungen liegen nicht vor").
        veto=re.compile(
            r"\b(betreu\w*|pfleg\w*|begleit\w*|versorg\w*)\b[^.]{0,60}\b(patient\w*|kranke[nr]? \w+|bewohner\w*|"
            r"senior\w*)|\b(gestorben|verstorben|starb)\b"
            r"|\b(erkrankung\w*|krankheit\w*|einschrankung\w*|beschwerden|probleme) (liegt|liegen|sind|ist|bestehen|besteht)"
            r" (nicht|keine)"
            # absence from work ("nur zwei Tage krank gemeldet"), a relative abroad or outside the application
            r"|\bkrank (gemeldet|geschrieben)|\bkrankmeldung\w*|\bfehltag\w*"
            # anyone's illness, said in general: "wir helfen uns, wenn jemand krank ist"
            r"|\b(wenn|falls|sobald) (jemand|einer|eine|man|wer) (\w+ ){0,2}(krank|erkrankt)"
            r"|^(die|der|seine|ihre|meine|unsere) (gross\w*|oma|opa|schwieger\w*|tante|onkel|cousin\w*|nachbar\w*"
            r"|kolleg\w*|freund\w*)\b"
            r"|\b(mutter|vater|eltern|bruder|schwester)\b[^.]{0,20}\b(im herkunftsland|in der heimat)\b"
            # work with sick or disabled people, in a hospital or practice
            r"|\b(menschen|kinder|personen|jugendliche\w*) mit (behinderung\w*|demenz|erkrankung\w*)"
            r"|\b(arbeit\w*|beschaftigt|tatig|ausbildung|praktikum|job|stelle|angestellt|helfer\w*|ehrenamt\w*)\b"
            r"[^.]{0,60}\b(krankenhaus|klinik\w*|praxis|apotheke|pflegeheim|altenheim|hospiz\w*|werkstatt)"
        ),
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
            r"eilverfahren|eilantrag|eilrechtsschutz\w*|gericht\w*|berufung|lawsuit|court|asylklage\w*|rechtsmittel\w*"
            # "das VG Köln", "beim OVG Münster": the courts' short names before a place
            r"|vg|ovg)\b"
            # a court's file number ("7 K 1234/23.A", "5 L 321/24", "18 A 1234/22"); a bare "Az. 123" is
            # any authority's or law firm's reference, no court procedure
            r"|\b\d{1,2} ?(k|l|a|b) \d{1,5}/\d{2}\b"
        ),
        negatable=True,
        # "Rechtsbehelfsbelehrung: ... kann Klage erhoben werden" says what one could do, not that one did
        exclude=re.compile(
            # (also as OCR reads it off a fax: "Rachtsbehelfsbelehrung", "Rechtishbehelfsbelehrung")
            # (on to the sentence's end across its line breaks: "Rechtsbehelfsbelehrung\nBinnen eines Monats")
            r"(\br[a-z]{3,7}behelfs?belehrung|rechtsmittelbelehrung)(?s:.*)"
            r"|\bkann\b[^.]{0,120}\bklage\b[^.]{0,120}erhoben werden|\bdie klage\b[^.]{0,80}\bstatthaft\b"
            # the same instructions cut by a page break: "... innerhalb eines Monats || Klage beim
            # Verwaltungsgericht erhoben werden.", "Die Klage muss den Kläger ... bezeichnen"
            r"|\bklage\b[^.]{0,120}\b(erhoben|eingereicht|eingelegt) werden\b|\bdie klage muss\b"
            # the remedy in other words: "Rechtsbehelf: Gegen diese Verfügung steht Ihnen ... der Klageweg
            # zum Verwaltungsgericht ... offen", "können Sie ... Klage erheben"
            r"|\brechts(behelf|mittel)\s*:.*|\b(steht|stehen)\b[^.]{0,60}\b(klageweg|rechtsweg|klage)\b[^.]{0,80}\boffen\b"
            r"|\bkonnen sie\b[^.]{0,120}\bklage\b[^.]{0,60}\berheben\b"
            # "Binnen eines Monats ... kann beim Verwaltungsgericht ... Klage eingereicht werden"
            r"|\bkann\b[^.]{0,120}\bklage\b[^.]{0,40}\b(erhoben|eingereicht|eingelegt) werden\b"
            # "Klage ist möglich; sie muss binnen eines Monats ... beim Verwaltungsgericht ... eingehen"
            r"|\bklage (ist|sind) (moglich|zulassig)\b[^.]*"
            # a criminal court, as "Amtsgericht" is no match in German: "the local court imposed a fine"
            r"|\b(local|criminal|magistrates'?|district) court\b"
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
            # the permit itself; OCR garbles the long word ("Aufenthaltsgestaltung", "Aufenthalts- gestattung",
            # "Aufenthallsgestattuny")
            r"\b(aufenthal[lt]\w?\s?-?\s?ge[s5][a-z]{2,5}un[gy]\w*"
            # the short word of counsellors and forms: "im Besitz einer Gestattung bis 14.03.2027"; its legal
            # basis "§ 55 AsylG" (the permit) and "§ 63 AsylG" (its certificate)
            r"|gestattung\b"
            # "Der Asylfolgeantrag läuft", "Das Asylverfahren dauert noch an"
            r"|asyl\w*[^.;,]{0,30}?\b(lauft|laufen)\b(?! ab)|asyl\w*[^.;,]{0,30}?\b(daurt|daurn) (noch )?an\b"
            r"|verfahren (beim|vor dem) (bamf|bundesamt)[^.;,]{0,30}?\b(lauft|laufen|(noch|weiterhin|derzeit) "
            r"(anhangig|offen)|noch nicht (abgeschlossen|beendet|entschieden))"
            # an asylum procedure that is still running
            r"|asyl\w*[^.;]{0,40}?nicht (rechtskraftig |bestandskraftig |unanfechtbar )?(abgeschlossen|beendet)"
            r"|asyl\w*[^.;]{0,40}?(lauft|laufen) (noch|weiter|derzeit)"
            r"|asyl\w*[^.;]{0,30}?(ist|sind) (derzeit |noch |weiterhin )+(anhangig|offen|nicht entschieden)"
            r"|noch laufend\w* asyl\w*|laufend\w* asyl(verfahren|folgeverfahren|antrag)\w*"
            r"|uber (den|seinen|ihren|meinen|unseren) asyl\w*[^.;]{0,40}?(noch|bisher|bislang|bis heute|bis jetzt|immer noch) (nicht|kein\w*)"
            r"[^.;]{0,20}?(entschieden|beschieden|entscheidung)"
            r"|(bundesamt|bamf)[^.;]{0,60}?(noch|bisher|bislang) nicht (uber[^.;]{0,40}?)?(entschieden|beschieden)"
            # "Ihr Asylantrag ist beim BAMF noch anhängig", "Der Asylantrag wird derzeit noch geprüft",
            # "bislang unbeschieden", "ein Folgeantrag, über den noch nicht entschieden wurde"
            r"|(asyl\w*|folgeantrag\w*)[^.;]{0,50}?\b(noch|derzeit|weiterhin|bislang|bisher) "
            r"(anhangig|offen|unbeschieden|in bearbeitung|gepruft|bearbeitet)"
            r"|(asyl\w*|folgeantrag\w*)[^.;]{0,50}?\bunbeschieden"
            r"|(asylantrag\w*|asylfolgeantrag\w*|folgeantrag\w*)[^.;]{0,50}?\b(noch|bisher|bislang) nicht "
            r"(uber[^.;]{0,40}?)?(entschieden|beschieden)"
            # "wartet auf die Entscheidung über seinen Asylantrag", "Eine Entscheidung des Bundesamtes steht
            # noch aus"
            r"|wart\w* [^.;]{0,40}?auf die entscheidung (uber|des|zu)[^.;]{0,30}?(asyl\w*|folgeantrag\w*|bundesamt\w*|bamf)"
            r"|entscheidung[^.;]{0,60}?(asyl\w*|folgeantrag\w*|bundesamt\w*|bamf)[^.;]{0,40}?\b(steht|stehen) (noch )?aus"
            r"|\b(asylbewerber|asylsuchend\w*)[^.;]{0,30}?\(gestattung\)"
            # ("proc…": also the noun as OCR damages it, "As the asylum procecure continues")
            r"|asylum (proc\w+|application|case|claim)[^.;]{0,30}?"
            r"(still (pending|ongoing|running|open)|not (yet )?(been )?(finished|decided|completed|concluded|over)"
            r"|(is|are) pending|ongoing|continu\w*)"
            r"|pending asylum (procedure|application|case|claim)"
            r"|(bamf|federal office)[^.;]{0,40}?\b(has|have) not (yet )?(decided|ruled)"
            r"|permission to (stay|reside)[^.;]{0,40}?\basylum)"
            r"|" + _PARA + r"(55|63)\s*(abs\.?\s*\d\s*)?asylg"
        ),
        negatable=False,
        cancel_after=re.compile(
            r"^"
            + _SPAN
            + r"{0,80}?(?<!nicht )(?<!noch )\b(erloschen|abgelaufen|endete|beendet|expired|ended)\b"
            r"|^[^.;]{0,40}?\b(nicht mehr|no longer)\b"
        ),
        # a permit of the past: "Früher hatte er eine Gestattung", "bis 2022 besaß sie eine Aufenthaltsgestattung";
        # a paper to bring along, as an invitation to the hearing lists it ("Bringen Sie bitte mit: – diese
        # Ladung und Ihre Aufenthaltsgestattung", "Zum Termin mitzubringen sind: ..."), says nothing of the procedure now
        cancel_before=re.compile(
            r"\b(fruher|damals|ehemals|vormals|ehemalig\w*|zuvor|bis \d{4}|previously|formerly|used to)\b[^,;:]{0,40}$"
            r"|\b(bring\w* sie (\w+ ){0,3}mit|mitzubringen|mitbringen|please bring|bring (with you|along))\b"
            r"( (sind|ist|sie bitte|bitte))?\s*:[^:]{0,160}$"
            # (also in a sentence of its own: "Mitzubringen sind dieses Schreiben, ... oder die Gestattung")
            r"|\b(mitzubringen|mitbringen)\b( (sind|ist))?[^.:;]{0,120}$"
        ),
    ),
    TriggerRule(
        "abschiebungsanordnung_58a",
        re.compile(
            rf"({_PARA}58\s?a\b|\b58\s?a\s*(abs\.?\s*\d+\s*)?{_ACT}"
            r"|abschiebungsanordnung[^.;]{0,60}?\b58\s?a\b|deportation order[^.;]{0,60}?\b58\s?a\b)"
        ),
        # "keine Abschiebungsanordnung nach § 58a", "nicht nach § 58a, sondern nach § 58"
        negatable=True,
        # "... nach § 58a AufenthG liegt nicht vor", "... wurde vom Gericht aufgehoben"
        cancel_after=re.compile(
            r"^" + _SPAN + r"{0,40}?\b(liegt|liegen|besteht|bestehen|existiert|ergangen|erlassen|vor)\b"
            r"[^.;]{0,12}?\b(nicht|kein\w*)\b(?! (mehr )?(anfechtbar|angreifbar|vollziehbar))"
            r"|^"
            + _SPAN
            + r"{0,80}?(?<!nicht )\b(aufgehoben|zuruckgenommen|widerrufen|lifted|revoked|set aside)\b"
        ),
    ),
    TriggerRule(
        "rueckfuehrungstermin",
        re.compile(
            r"(abschiebungstermin\w*|abschiebetermin\w*|ruckfuhrungstermin\w*|uberstellungstermin\w*|abflugtermin\w*"
            r"|termin (fur|der|zur) (die |der |meine |seine |ihre |unsere )?(abschiebung|ruckfuhrung|uberstellung)"
            r"|(deportation|removal|transfer) (date|appointment)|date (of|for) (my|his|her|our|their|the) "
            r"(deportation|removal)"
            r"|\bflug\w*\b.{0,80}?gebucht|sammelabschiebung am|terminierte abschiebung"
            # a line that only names the removal and its date: "Rückführung am 22.04.2026 (Charterflug ab
            # Düsseldorf)", "Geplante Abschiebung: 09.12.2025"; "flight booked for 3 June"
            r"|^(geplante |vorgesehene |nachste )?(abschiebung|ruckfuhrung|uberstellung|sammelabschiebung|abschiebeflug"
            r"|sammelcharter)\w*\s?(nach \w+ )?(am|:|zum)\s?(\w+,? (den )?)?"
            + _DATE
            + r"|(flugbuchung|flugticket|flight (ticket|booking))\w*[^.;]{0,40}?"
            + _WHEN
            + _DATE
            + r"|(flight|ticket) (is |has been |was )?booked"
            # "Mit Schreiben der Ausländerbehörde wurde der 13.08.2025 als Tag der Abschiebung genannt"
            + r"|\bder\s"
            + _DATE
            + r"\S*\s(?:\d{4}\s)?als (tag|termin|datum) der "
            + _REMOVAL
            # a removal (flight, charter, transfer) on a date that is planned: "Die Abschiebung soll am
            # 05.05.2025 erfolgen", "Überstellung ... für den 02.04.2025 geplant", "Flug am ... soll gehen"
            + r"|"
            + _REMOVAL
            + r"[^.;]{0,60}?"
            + _WHEN
            + _DATE
            + r"[^;]{0,80}?"
            + _PLANNED
            + r"|"
            + _REMOVAL
            + r"[^.;]{0,40}?"
            + _PLANNED
            + r"[^.;]{0,40}?"
            + _WHEN
            + _DATE
            + r"|"
            + _PLANNED
            + r"[^.;]{0,30}?"
            + _WHEN
            + _DATE
            + r"[^.;]{0,60}?"
            + _REMOVAL
            # "we will be deported on 2 July 2025"
            + r"|"
            + _PLANNED
            + r"[^.;]{0,20}?"
            + _REMOVAL
            + r"[^.;]{0,30}?"
            + _WHEN
            + _DATE
            # the date first: "Am 12.07.2025 soll er abgeschoben werden", "Für den 15.07.2025 ist ein
            # Sammelcharter gebucht", "dass er am 12.07.2025 abgeschoben wird"
            + r"|"
            + _WHEN
            + _DATE
            + r"[^.;]{0,40}?"
            + _PLANNED
            + r"[^.;]{0,30}?"
            + _REMOVAL
            + r"|"
            + _WHEN
            + _DATE
            + r"[^.;]{0,50}?"
            + _REMOVAL
            + r"[^.;]{0,30}?"
            + _PLANNED
            + r")"
        ),
        negatable=True,
        negatable_after=True,
        # a removal that already happened ("wurde 2019 abgeschoben", "erfolgte am"), a threat or a
        # deadline to leave ("wird angedroht", "bis zum 06.10.2024 zu verlassen") is no fixed date
        veto=re.compile(
            r"\b(wurde[n]?|wurden|bin|ist|sind|war|waren)\b[^.;]{0,60}?\b(abgeschoben|uberstellt|zuruckgefuhrt)\b"
            r"(?! werden| wird| werde| soll)|\berfolgte\b|\bfand\b[^.;]{0,60}\bstatt\b|\bwas deported\b|\bwere deported\b"
            r"|angedroht|androhung|\bdroht\b|ausreisefrist|\bbis (zum|spatestens)\b|\bzu verlassen\b"
            r"|\bwar\b[^.;]{0,40}?(geplant|vorgesehen|terminiert)|\bnicht (mehr )?(moglich|vollziehbar)\b"
            r"|\bnoch (nicht|kein)|\bnot (yet )?(been )?(set|scheduled|fixed)|\bno (date|deportation date)"
            # a removal that was stopped: "wurde abgebrochen", "scheiterte", "storniert"
            r"|\b(abgebrochen|scheiterte|gescheitert|storniert|abgesagt|cancelled|canceled|called off)\b"
            # the Duldung's own condition: "Erlischt ... bei Bekanntgabe des Abschiebungstermins" sets no date
            r"|\b(bei|mit|ab|nach) (der |dem )?(bekanntgabe|mitteilung|bekanntwerden) (des|eines|der) (abschiebungs|abschiebe|ruckfuhrungs)\w*"
        ),
    ),
    TriggerRule(
        "einreiseverbot",
        re.compile(
            r"(einreise\s?-?\s?(und|u\.|&)\s?aufenthaltsverbot\w*|einreiseverbot\w*|wiedereinreisesperre\w*"
            r"|wiedereinreiseverbot\w*|einreisesperre\w*|\baufenthaltsverbot\w*|\baufenthalts-verbot\w*"
            # the ban's older name and English wordings: "die Sperrwirkung der Abschiebung", "banned from
            # re-entering Germany", "an entry prohibition"
            r"|\bsperrwirkung\w* (der|einer|seiner|ihrer) (abschiebung|ausweisung|zuruckschiebung)"
            r"|(banned|barred|prohibited) from (re-?)?entering|(re-?)?entry prohibition"
            rf"|{_PARA}11\s*(abs\.?\s*\d\s*(satz\s*\d\s*)?)?{_ACT}"
            r"|(re-?)?entry (and residence )?ban|ban on (re-?)?entry)"
        ),
        negatable=True,
        negatable_after=True,
        cancel_after=re.compile(
            r"^"
            + _SPAN
            + r"{0,80}?(?<!nicht )\b(aufgehoben|abgelaufen|erloschen|lifted|expired|weggefallen)\b"
        ),
        # the Tenor of a BAMF decision orders the ban for the case of a removal ("wird angeordnet und
        # auf 30 Monate ab dem Tag der Abschiebung befristet"): legal boilerplate, not a ban in force
        veto=re.compile(
            r"(\bwird\b[^.;]{0,120}?\b(angeordnet|befristet)\b|ab dem tag der abschiebung|im falle einer abschiebung"
            # the law itself quoted: "§ 11 AufenthG regelt ...", "ist ein Einreise- und Aufenthaltsverbot zu erlassen"
            r"|\bregelt\b|\bist\b[^.;]{0,80}?\bzu (erlassen|befristen)\b"
            r"|fur den fall (der|einer) abschiebung)(?![^.]*\b(trotz|entgegen|erneu?t|wieder eingereist|despite)\b)"
        ),
    ),
    TriggerRule(
        "ausbildungs_beschaeftigungsduldung",
        re.compile(
            rf"({_PARA}60\s?[cd]\b|\b60\s?[cd]\s*(abs\.?\s*\d+\s*)?{_ACT}"
            # a fax's "5 606 AufenthG" after the training it is about (a "606" alone may be § 60b as well)
            rf"|(ausbildung|beschaftigung)[^.;]{{0,120}}?\b60\s?6\s*(abs\.?\s*\d+\s*)?{_ACT}"
            r"|ausbildungs\s?-?\s?duldung\w*|beschaftigungs\s?-?\s?duldung\w*"
            r"|duldung (zum zweck|zwecks|fur die daue?r|wahrend|zur durchfuhrung|zur aufnahme)[^.;]{0,20}?"
            r"(berufs|schul)?ausbildung|duldung (zur|fur die) (berufs)?ausbildung"
            r"|(training|employment) tolerat\w*|tolerat\w*[^.;]{0,30}?(vocational )?training"
            r"|duldung for (vocational )?training"
            # "eine Duldung wegen seiner Ausbildung", "Duldung zu Ausbildungszwecken", "toleration for his apprenticeship"
            r"|duldung\w*[^.;]{0,15}?\b(wegen|aufgrund|fur|zwecks|zur|zum) (der |die |seiner |seine |ihrer |ihre |einer "
            r"|eine |einer |dieser )?(berufs|schul)?(ausbildung|lehre)\b|duldung\w* zu ausbildungszweck\w*"
            r"|(duldung|tolerat\w*)[^.;]{0,30}?\bapprenticeship"
            # "Für die Dauer der Ausbildung ... kann ihm eine Duldung erteilt werden"
            r"|(daue?r|zweck|zeit)\w* (der|seiner|ihrer|einer) (berufs|schul)?ausbildung[^.;]{0,60}?\bduldung)"
        ),
    ),
)


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(aber|sondern|jedoch|obwohl|but)\b")


_STILL_IN_FORCE = re.compile(
    r"\b(nicht|noch nicht|not)\s+(abgelaufen|erloschen|aufgehoben|beendet|expired|lifted)\b"
)


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
        # "ist nicht abgelaufen", "nicht aufgehoben": a negated ending means the cue still holds
        return bool(_NEG.search(_STILL_IN_FORCE.sub("", tail)))
    return False


def trigger_form(sentence: str) -> str:
    """The folded matching form of a sentence, with OCR's "$" for "§" and words split inside a line
    ("Ab- schiebung") repaired."""
    folded = fold(sentence)
    folded = _PARA_OCR.sub("§ ", folded)
    return _SPLIT_WORD.sub(r"\1\2", folded)


# In a letter a third person writes (a support letter), the writer's own illness is none of the
# applicants': "Wenn ich krank war, hat er für mich eingekauft", "nach meiner Operation".
_WRITERS_ILLNESS = re.compile(
    r"\b(ich|wir) (war|waren|bin|sind|wurde|wurden|lag|lagen)\b[^.]{0,15}\b(krank|erkrankt|im krankenhaus)"
    r"|\b(wenn|als|wahrend|weil|nachdem|sobald) (ich|wir) (\w+ ){0,4}(krank|erkrankt|im krankenhaus|operiert)"
    r"|\b(meine[rnms]?|unsere[rnms]?) (eigene[rn]? )?(krankheit|erkrankung|operation|behandlung)\b"
    r"|\b(when|while|after) (i|we) (was|were) (ill|sick|in hospital)|\bmy (own )?(illness|surgery|operation)\b"
)


# A heading: a short line of its own after a blank line (or the text's start), capitalised, without a
# sentence's punctuation, maybe numbered ("3. Behördliche und gerichtliche Verfahren", "C) Court cases")
_PARAGRAPH_HEADING = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*((?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+|[A-H][.)][ \t]+)?"
    r"[A-ZÄÖÜ][^\n.,:;!?]{0,60}?)[ \t]*(?=\n)"
)
_NOT_FROM_HEADINGS = {"court"}
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s")


def find_triggers(
    text: str, kinds: set[str] | None = None, third_party: bool = False
) -> list[tuple[str, str]]:
    """(kind, shortened sentence) for every trigger kind found in a text, first sentence per kind.
    `third_party`: the text is a letter of someone other than the applicants, whose own illness is vetoed."""
    found: dict[str, str] = {}
    headings = [h for h in (trigger_form(m.group(1)).strip() for m in _PARAGRAPH_HEADING.finditer(text)) if h]
    lead = ""  # the line that introduces a list ("Bringen Sie bitte mit:"), for the items below it
    for sentence in sentences(text):
        whole = trigger_form(sentence)
        if _LIST_ITEM.match(sentence):
            context = lead + " "
        else:
            lead = whole.strip() if whole.rstrip().endswith(":") else ""
            context = ""
        # a heading that names a topic ("Behördliche und gerichtliche Verfahren") says nothing of the
        # case: the court rule reads the sentence after it
        body = next((whole[len(h) :] for h in headings if whole.startswith(h)), whole)
        for rule in TRIGGER_RULES:
            if rule.kind in found or (kinds is not None and rule.kind not in kinds):
                continue
            folded = body if rule.kind in _NOT_FROM_HEADINGS else whole
            if rule.veto and rule.veto.search(folded):
                continue
            if third_party and rule.kind == "illness" and _WRITERS_ILLNESS.search(folded):
                continue
            excluded = [x.span() for x in rule.exclude.finditer(folded)] if rule.exclude else []
            for m in rule.pattern.finditer(folded):
                if any(a <= m.start() < b for a, b in excluded):
                    continue
                if rule.negatable and _negated(folded, m.start(), m.end(), rule.negatable_after):
                    continue
                if rule.cancel_after and rule.cancel_after.search(folded[m.end() :]):
                    continue
                before = folded[max(0, m.start() - 60) : m.start()]
                boxes = _BOX.findall(before)
                if boxes and _UNTICKED.fullmatch(boxes[-1]):
                    continue
                if rule.negatable and _ticked_no(folded[m.end() : m.end() + 80].split("\n")[0]):
                    continue
                if rule.cancel_before and rule.cancel_before.search(
                    context + folded[max(0, m.start() - 140) : m.start()]
                ):
                    continue
                found[rule.kind] = shorten(sentence)
                break
    return list(found.items())


# ---------------------------------------------------------------- topics of the Begründung

# Each topic needs a sentence that is about it, not one that touches it in passing: "die Schule
# besucht" in the home country is life story, not integration; "meine Familie" in the opening request
# is no account of family ties; "mit einem Visum eingereist" without a date is residence status.
# Like every pattern here they match the folded text, where "ae", "oe", "ue" became "a", "o", "u":
# "Steuern" is "steurn", "request" is "requst" (tests/test_classify_patterns.py checks for this).
TOPIC_RULES = {
    "lebensgeschichte": re.compile(
        r"(?<!hier )\b(geboren|aufgewachsen|floh|geflohen|gefluchtet|born|grew up|fled)\b"
        # "I left Nigeria in 2013 after ...": leaving home with a year
        r"|^(?=.*\b(?:19|20)\d\d\b).*\b(i|we|he|she|they) (left|escaped)\b"
        r"|\bkam\w* [^.]{0,60}nach deutschland|\bnach deutschland gekommen\b"
        r"|^(?=.*\b(?:19|20)\d\d\b).*\b(eingereist|entered germany|arrived in germany|came to germany|reached germany)\b"
        r"|\bmy childhood\b|\b(i|we|he|she) grew up\b"
        # German legal prose splits its verbs: "reiste am ... in das Bundesgebiet ein", "wuchs dort ... auf"
        # (not "reiste mit einem Visum ein" without a date: that tells the residence status)
        r"|\breiste\w* (?![^.]{0,60}\bvisum\b).{0,100}?\bein\b|^(?=.*\b(?:19|20)\d\d\b).*\breiste\w* .{0,100}?\bein\b"
        r"|\bwuchs\b.{0,60}?\bauf\b"
        r"|^(?=.*\b(?:19|20)\d\d\b).*\b(seine|seiner|ihre|ihrer|meine|meiner|deren|dessen) (einreise|ankunft)\b"
        r"|\bgross ?geworden\b|\bstamm(t|e|en) aus\b(?! (dem|einem|meinem|seinem|ihrem) \w*(kurs|unterricht)\b)|\b(ich komme|wir kommen|kommt|kommen) aus\b|\bhierher ?gekommen\b"
        r"|\bnach deutschland (kam|kamen|gelangte\w*|reiste\w*)\b|\bkindheit\b|\b(zur|auf die) welt gekommen\b|\bverliess\w*\b|\bflucht\b|\bfluchtete\w*\b"
        # a date or year with the arrival: "erreichte ... 2015 München", "seit Dezember 2015 in Deutschland"
        r"|^(?=.*\b(?:19|20)\d\d\b).*\b(erreichte\w*|gelangte\w*|verlassen|seit \w+ (19|20)\d\d (bin|ist|sind|lebe\w*) "
        r"\w+ in deutschland|(bin|ist|sind) seit [^.]{0,30}(19|20)\d\d in deutschland)\b"
        # childhood, youth, schooling and work before the flight; the way here with a year
        r"|\b(kindheit|jugend|schulzeit|verbrachte\w*|studierte\w*|studium|auf den weg|mein leben begann"
        r"|im betrieb der familie|familienbetrieb)\b"
        r"|^(?=.*\b(?:19|20)\d\d\b)(?=.*\b(deutschland|bundesgebiet|europa)\b).*"
        r"\b(einreise|ankunft|angekommen|gekommen|kam\w*|erreichte\w*|gelangte\w*|auf\w*|halt\w* sich|lebt\w* seit|wohnt\w* seit"
        # "Seit dem 17.12.2022 wohne ich hier in Deutschland"
        r"|(wohne|lebe)n? (ich|wir) (hier )?in deutschland)\b"
        r"|^(?=.*\b(?:19|20)\d\d\b).*\b(einreise|ankunft|ausreise aus)\b"
        # a narrative of the past: a time of life or a year with a verb in the past tense ("Als Jugendlicher
        # musste er im Steinbruch arbeiten", "Im Alter von zwölf Jahren verlor sie beide Eltern")
        r"|^(?=.*(\b(?:19|20)\d\d\b|\bim alter von\b|\bals (kind|jugendliche\w*|junge\w*|madchen|schuler\w*|student\w*)\b"
        r"|\blebensjahr|\bmit \w+ jahren\b)).*\b(kam|lebte\w*|verlor\w*|musste\w*|ging|zog\w*|heiratete\w*|arbeitete\w*"
        r"|lernte\w*|begann\w*|besuchte\w*|wohnte\w*)\b"
        # "Geburtsort ist Mossul" in a sentence; the label "Geburtsort:" of the list of persons is no story
        r"|\b(geburtsort (ist|war)|heimatdorf|heimatstadt)\b"
        # "Bis zur Ausreise lebte ich in Kosovo – als ältestes von sieben Kindern": the life before leaving
        r"|\bbis zu(r|m) (ausreise|flucht)\b[^.]{0,40}\b(lebte\w*|wohnte\w*|arbeitete\w*)\b"
        r"|\bals (altestes|jungstes|mittleres|zweites|drittes|viertes|erstes|einziges) (von|der|unter)\b"
    ),
    "aufenthaltssituation": re.compile(
        r"\b(duldung\w*|geduldet|ausreisepflichtig|aufenthalt\w*|abgelehnt|aufenthaltsgestattung|abschiebung\w*|"
        r"asyl\w*|zuruckgewiesen|verwaltungsgericht\w*|klage|grenzubertrittsbescheinigung|ausreise\w*|visum|"
        r"tolerated stay|residence status|rejected|asylum)\b"
        r"|\b(schutzantrag\w*|schutzersuchen|aussetzung der abschiebung|aufenthaltserlaubnis|aufenthaltstitel\w*"
        r"|fiktionsbescheinigung|vollziehbar\w*|ablehnung\w*|erfolglos|ohne erfolg|passbeschaffung|identitatsklarung"
        r"|auslanderbehorde|papier\w*|alle (drei|sechs|zwei) monate)\b"
    ),
    "familie": re.compile(
        r"\b(ehefrau|ehemann|ehepartner\w*|kinder|kind|tochter|sohn|sohne|eltern|mutter|vater|geschwister|bruder|"
        r"bruder|schwester\w*|verwandte\w*|cousin\w*|onkel|tante|enkel\w*|verheiratet|eheleute|ehegatt\w*|"
        # not "Familie" alone ("im Betrieb der Familie", "meine Familie kam mit" tell no ties), not
        # "familiäre" (a heading "Familiäre Bindungen" above an empty section is no account of them)
        r"lebensgefahrt\w*|lebenspartner\w*|partnerin|verlobt\w*|angehorige\w*|grosseltern|schwiegereltern|"
        r"nichte|neffe\w*|halbbruder|halbschwester|vater von|mutter von|schwager\w*|schwiegersohn|schwiegertochter|"
        r"gross(tante|onkel|mutter|vater)|engeren familie|"
        r"wife|husband|children|son|daughter|parents|mother|father|brother|sister|cousin|relatives?|family"
        r"|aunt|uncle|grandmother|grandfather|grandparents|niece|nephew)\b"
    ),
    "integration": re.compile(
        r"\b(arbeite[nt]? (seit|bei|als|jetzt|in|im|heute|inzwischen|dort|hier|taglich|jeden)|beschaftigt|arbeitsvertrag|"
        r"ausbildung\w*|deutschkurs\w*|sprachkurs\w*|"
        r"integrationskurs\w*|deutsch (gut|fliessend|gelernt)|spreche?n? [^.]{0,20}deutsch|\w*verein\w*|ehrenamtlich\w*|"
        r"engagier\w*|besuch\w* (die|den|eine|einen) [^.]{0,40}(schule|kita|kindergarten|kurs|klasse)|"
        r"geh\w* [^.]{0,20}zur schule|sprachniveau|"
        r"\bb1\b|\ba2\b|i work|i am working|german course|speak german|volunteer\w*|vocational training"
        r"|(i|we|he|she) (have|has) been working|pay (my|our|his|her|their) taxes)"
        # work, language, school and social life in other words
        r"|\b(tatig|lebensunterhalt\w*|deutschkenntnisse|sprachkenntnisse|arbeitsstelle|arbeitsplatz|"
        r"sozialleistungen|steurn|integriert|schulabschluss|hauptschulabschluss|realschulabschluss|"
        r"abitur|praktikum|freundeskreis|niveau (a1|a2|b1|b2|c1)|(a1|a2|b1|b2|c1)[- ]niveau)\b"
        r"|\b(eine|einer|seine|ihre|feste|unbefristete) (\w+ )?stelle\b"
        r"|\b(angestellt|festangestellt|minijob\w*|vollzeit|teilzeit|arbeitgeber\w*|zertifikat deutsch|"
        r"deutschtest|(a1|a2|b1|b2|c1)[- ]?(kurs|prufung|zertifikat)|(die|der) schule (fertig|abgeschlossen|beendet)|"
        r"feurwehr|chor|kirchcafe|elternbeirat|nachhilfe|schiedsrichter|trainiert|ehrenamt\w*)\b"
        r"|\b(c1|b2) in deutsch\b|\bsein deutsch ist\b|\bihr deutsch ist\b|\bmein deutsch ist\b"
        # present work and income, social life, children at school now
        r"|\b(arbeitet|verdien\w*|ernahr\w*|kolleg\w*|\w*chor|tafel|freunde|freundinnen|nachbarschaft\w*"
        r"|deutschprufung|(staatliche\w*|offentliche\w*|sozial\w*) leistungen|jobcenter)\b"
        r"|\b(sind|ist|geht|gehen|besucht|besuchen)\b[^.]{0,30}\b(schule|kita|kindergarten|klasse)\b"
        # ("kein Einkommen", "weder Wohnung noch Einkommen": what a return would leave, not what the applicant
        # earns here)
        r"|(?<!kein )(?<!ohne )(?<!ohne jedes )(?<!ohne eigenes )(?<!zum )(?<!noch )\b(einkommen\w*)\b|\b(nachbar\w*|hilfsbereit\w*|beliebt|geschatzt|hochgearbeitet|schichtleiter\w*"
        r"|aufgestiegen|befordert|ohne (staatliche |fremde )?hilfe|tus|sv|fc|tsv|vfl|vfb|djk|\w*mannschaft|\w*jugend des)\b"
    ),
    "humanitaere_gruende": re.compile(
        # ("ein Neuanfang in Armenien ohne jedes Netz nicht zu schaffen")
        r"\bneuanfang\b[^.]{0,80}\bnicht (zu schaffen|moglich|machbar)\b|\bohne (jedes|jegliches) netz\b"
        r"|\b(unzumutbar\w*|nicht zumutbar|nicht zuzumuten|ruckkehr\w*|gefahr\w*|lebensgefahr\w*|lebensgefahrlich|"
        r"behandlung [^.]{0,40}nicht (moglich|erreichbar)|"
        r"keine perspektive|verfolgung|existenzgrundlage|bedroht|return|danger|persecution)\b"
        r"|\b(harte|kindeswohl|auseinander\w*|aufenthaltsbeendigung|entwurzel\w*|ruckhalt|existenz\w*)\b"
        r"|\bnicht (zuganglich|verfugbar|erhaltlich|gewahrleistet)\b"
        r"|\bherkunfts(land|staat)\w*\b[^.]{0,40}\bnicht\b|\bweder\b[^.]{0,60}\bnoch\b"
        # what a return would mean, in a conditional ("würde ... verlieren", "hätten wir nichts",
        # "droht ihm Haft"), and the way back in plain words ("wenn wir zurück müssen")
        r"|\bzuruck (mussen|muss|musste|mussten|gehen|kehren)\b|\bzuruckkehren\b|\bnicht (wieder )?zuruck\b"
        # "Zurückzugehen hieße: kein Dach über dem Kopf, kein Einkommen"
        r"|\bzuruck(zu)?(gehen|kehren|reisen)\b|\b(hiesse|bedeutete?)\b[^.]{0,40}\b(kein\w*|nichts|verlust\w*)\b"
        r"|\bkein (dach uber dem kopf|einkommen|obdach)\b"
        # the life is here and nothing is there: "Der Lebensmittelpunkt liegt unumkehrbar in Deutschland",
        # "Hier ist mein Leben, dort habe ich nichts mehr"; an illness that worsens without its treatment
        r"|\blebensmittelpunkt\b|\bhier ist (mein|unser|sein|ihr) leben\b"
        # "Im Irak wartet auf ihn nichts mehr; alles, was das Leben heute ausmacht, ist hier."
        r"|\bwartet\b[^.]{0,30}\b(nichts|niemand)\b|\bwas (das|sein|ihr|mein|unser) leben\b[^.]{0,20}\bausmacht\b"
        # "Müsste er nach Ghana zurück, hieße das: ohne Wohnung, Arbeit und Netz von vorn anfangen."
        r"|\bmusste (ich|er|sie|wir|man)\b[^.]{0,40}\bzuruck\b|\bvon vorne? (an)?fangen\b"
        # "Sie hat im Kosovo keine Wohnung, keine Arbeit und niemanden, der ihr hilft"
        r"|\bkeine (wohnung|arbeit|unterkunft)\b[^.]{0,30}\b(keine (wohnung|arbeit|unterkunft)|niemand\w*)\b"
        r"|\bdort (habe ich|haben wir|hat er|hat sie|hatte ich|hatten wir)\b[^.]{0,20}\bnichts\b"
        r"|\b(bricht|brache|endet|endete)\b[^.]{0,30}\b(therapie|behandlung)\b[^.]{0,30}\bverschlechter\w*"
        r"|\b(wurde[n]?|ware[n]?|hatte[n]?)\b[^.]{0,80}\b(verlieren|verliert|zerstort|getrennt|herausreissen|"
        r"schutzlos|ausgeliefert|bestraft|verhaftet|obdachlos\w*|nicht moglich|nichts|keine? (wohnung|arbeit|zuhause|"
        r"unterstutzung|sicherheit|schutz|perspektive))\b"
        r"|\b(droh\w*|erwarte[nt])\b[^.]{0,60}\b(haft|verfolgung|obdachlosigkeit|gefangnis|beschneidung|strafverfolgung|tod)\w*"
        r"|\b(haft|verfolgung|obdachlosigkeit|beschneidung|strafverfolgung)\b[^.]{0,40}\b(droh\w*|erwarte[nt])\b"
        r"|\b(keine|ohne) sicherheit\b|\bnicht verantworten\b|\bkein (zuhause|haus)\b|\belend\w*"
        r"|\b(wurde[n]?|ware[n]?|konnte[n]?)\b[^.]{0,60}\bnicht\b[^.]{0,40}\b(konnen|leben|uberleben)\b"
        r"|\bkeine (wohnung|arbeit|unterkunft|angehorigen|existenz)\b[^.]{0,40}\bmehr\b"
        # no living to be made there: "Wovon man in Afghanistan leben sollte, weiß niemand."
        r"|\bwovon\b[^.]{0,60}\bleben (sollte|soll|sollten|sollen|konnte|kann|konnten)\b"
        # what a removal would do, in the conditional: "Eine Abschiebung würde die Kinder ... reißen"
        r"|^(?!.*\bgeboren\b)(?=.*\b(wurde[n]?|ware[n]?|hatte[n]?)\b).*\b(abschiebung|ruckkehr|ausreise|dort|herkunftsland|heimat\w*|zuruck)\b"
        r"|^(?!.*\bgeboren\b)(?=.*\b(abschiebung|ruckkehr|ausreise|dort|herkunftsland|heimat\w*|zuruck)\b)"
        r".*\b(wurde[n]?|ware[n]?|hatte[n]?)\b"
        r"|\b(armut|ausgrenzung|diskriminier\w*|lebensbedroh\w*|humanitar\w*|perspektivlos\w*|keinerlei schutz)\b"
        r"|\b(versorgung|behandlung|therapie|medikament\w*)\b[^.]{0,60}\b(nicht|kein\w*)\b"
        r"|\b(nicht|kein\w*)\b[^.]{0,40}\b(versorgung|behandlung|therapie|medikament\w*)\b"
        r"|\b(furcht\w*|befurcht\w*|zwangsverheirat\w*|zwangsheirat|blutrache|folter\w*|unverhaltnismassig\w*"
        r"|trennung)\b"
        # the situation over there in its own words: "Sicherheitslage", "Versorgungslage", "Existenzminimum",
        # a state with nothing left ("keine Lebensgrundlage mehr", "niemanden mehr", "vor dem Nichts")
        r"|\b(sicherheitslage|versorgungslage|menschenrechtslage|sicherheitssituation|versorgungssituation"
        r"|lebensgrundlage\w*|uberlebenschance\w*|mittellos\w*|auf der strasse|ungewisse\w* zukunft|heimreise"
        r"|ruckfuhrung\w*|zuruckgeschickt|zuruckschicken|faktische\w* inlander\w*|emrk|privatleben\w*"
        r"|am rande der gesellschaft)\b"
        r"|\bniemand\w* mehr\b|\b(keine|keinerlei|kein)\b (\w+ ){0,2}(bindung\w*|bezug\w*|beziehung\w* zu\w*|anlaufstelle)\b"
        r"|\b(keine|keinerlei|kein|niemand\w*)\b[^.]{0,40}\b(verwandt\w*|angehorig\w*|familie|kontakt\w*)\b[^.]{0,40}\bmehr\b"
        # a country they do not know: "die Kinder kennen das Land ihrer Eltern nur aus Erzählungen"
        r"|^(?=.*\b(kennen|kennt)\b[^.]{0,60}\b(nicht|nichts|kaum|nur)\b).*\b(land\w*|heimat\w*|herkunft\w*|sprache|dort)\b"
        r"|\bnicht (vorstellbar|denkbar|hinnehmbar|vertretbar|vorstellen)\b|(?<!hatte )(?<!hatten )\b(angst|bedrohung\w*|stigmatisierung)\b"
        r"|\bkaum\b (\w+ )?(unterstutzung|hilfe|versorgung|behandlung|perspektive\w*|chance\w*|schutz|zugang)\b"
        r"|\b(umfeld|lebensumfeld|umgebung|leben)\b[^.]{0,30}\b(gerissen|herausgerissen)\b|\bentrissen\b"
        r"|\b(menschenunwurdig\w*|unmenschlich\w*|erniedrigend\w*|anknupfungspunkt\w*|schwarzmarkt\w*|verlore"
        r"|genitalverstummel\w*|verstummel\w*|rechtlos\w*)\b|\b(ohne|keinen) schutz\b|\b(keine|keinerlei) rechte\b"
        r"|\bim fall\w* (einer|der|ihrer|seiner) (abschiebung|ausweisung|ruckkehr|ausreise|aufenthaltsbeendigung)\b"
        r"|\b(nicht|kaum)\b[^.]{0,60}\bzurecht(zu)?(finden|kommen)\b"
        r"|\bnicht\b[^.]{0,20}\b(lebens)?unterhalt\w* (sorgen|sichern|bestreiten|verdienen)\b"
        r"|\b(haft|inhaftierung|festnahme|verhaftung|verfolgung|bestrafung|repressalien|ubergriff|misshandlung|gewalt"
        r"|folter)\w*\b[^.]{0,30}\b(zu )?rechnen\b"
        r"|\b(land|sprache|kultur)\b[^.]{0,30}\b(nicht|nie|kaum) (kennen|kennt|gekannt|kennengelernt|gesehen)\b"
        # present war and lawlessness, and what people are exposed to there
        r"|\bherrsch\w*\b[^.]{0,40}\b(krieg|burgerkrieg|gewalt|hunger\w*|armut|chaos|willkur|terror)\b"
        # "stünde sie vor dem Nichts"; in English a country never seen, a life without home or income there
        r"|\bvor dem nichts\b|\bnever (seen|been to|lived in)\b|\bdo(es)? not (speak|know) the language\b"
        r"|\bwould (have|be|face|lose)\b[^.]{0,60}\b(no|nothing|nobody|danger|persecution|prison)\b"
        r"|\b(ubergriff\w*|verfolgung\w*|gewalt\w*|diskriminierung\w*|willkur\w*|repressalien|anfeindung\w*) ausgesetzt\b"
        r"|\bdroh\w*\b[^.]{0,60}\b(festnahme|inhaftierung|misshandlung|zwangsrekrutierung|ermordung|hinrichtung"
        r"|gewalt|willkur)\w*"
        r"|^(?=.*\b(fraun|madchen|minderheit\w*|roma|christ\w*|konvertit\w*|homosexu\w*|jesid\w*|hazara)\b)"
        r".*\b(ausgeschlossen|ausgegrenzt|diskriminiert|unterdruckt|entrechtet|rechtlos|verfolgt)\b"
        # the country of origin in a bad state; a bad medical system
        r"|^(?=.*\b(herkunfts\w*|heimat\w*|dort\w*|sicherheitslage|versorgungslage)\b).*\b(desolat\w*|katastrophal\w*"
        r"|prekar\w*|aussichtslos\w*|verheerend\w*|unzureichend\w*|arbeitslosigkeit|verschlechtert\w*|zerstort"
        r"|ausgeschlossen)\b"
        r"|^(?=.*\b(medizinisch\w*|gesundheit\w*|dialyse|behandlung\w*|therapie\w*|medikament\w*|versorgung\w*"
        r"|krankenh\w*|klinik\w*|infrastruktur|insulin|medizin\w*)\b).*\b(unzureichend\w*|mangelhaft\w*|unbezahlbar"
        r"|nicht bezahlbar|nicht finanzierbar|zusammengebrochen|kaum (verfugbar|zuganglich|moglich)|nicht statt"
        r"|(kaum|nicht) zu (bekommen|erhalten|bezahlen))\b"
        # a conditional with what it would mean, the country named by name ("wäre in Marokko ein Fremder")
        r"|\b(wurde[n]?|ware[n]?|stunde[n]?|hatte[n]?)\b[^.]{0,80}\b(fremde[rn]?|fremd|ausgegrenzt|ausgeschlossen"
        r"|auf sich (allein )?gestellt|allein gelassen|ohne obdach|soziale\w* netz|keine\w* (zukunft|halt)|sterben|umkommen"
        r"|zugrunde gehen|stigmatisiert|geachtet|verstossen|ausgestossen|verschlechtern|verschlimmern)\b"
        # children who know only Germany
        r"|\bnie\b[^.]{0,30}\bander\w* (land|heimat|zuhause|leben)\b|\bkein\w* ander\w* (land|heimat|zuhause)\b"
        r"|\bnur aus (den )?erzahlung\w*|\bsozialisiert\b|\bnicht vertraut\b"
        r"|\b(spricht|sprechen) (kein|kaum)\w* (serbisch|albanisch|arabisch|kurdisch|persisch|farsi|dari|paschtu"
        r"|romanes|russisch|tigrinya|somali|georgisch|armenisch|turkisch|mazedonisch|bosnisch)\b"
        # the same in English: what someone would face there, with no one and nothing left
        r"|\b(would|will) (face|be at (serious |real )?risk|be in danger|suffer|not survive|be left|be alone|lose)\b"
        r"|\b(could|can|cannot|can ?not|would) ?(not )?survive\b|\b(at|real|serious) risk of\b"
        r"|\b(destitut\w*|homeless\w*|inhuman\w*|uproot\w*|unreasonabl\w*|unsafe|security situation"
        r"|humanitarian|never (been|lived|set foot)|no other (home|country)|sent back|sending (him|her|them) back"
        r"|send (him|her|them) back)\b"
        r"|\b(no|none|nothing|nobody|no one)\b[^.]{0,50}\b(left|anymore|any more|to go back to)\b|\bno ties\b"
        r"|\bno (adequate |proper |appropriate |sufficient )?(treatment|medical care|health care|healthcare|medication)\b"
        r"|\bnot (available|accessible|affordable)\b"
        r"|\b(deport\w*|removal)\b[^.]{0,80}\bwould\b|\bwould\b[^.]{0,80}\b(deport\w*|removal)\b"
        # the way back and what waits there, in a letter's plain words ("if we have to go back", "nobody to turn to")
        r"|\b(go|going|sent|send \w+|taken|returned) back\b(?! to (school|work|class|the course))"
        r"|(?<!was )(?<!were )\b(afraid|scared)\b|\b(fears?|threaten\w*|blood feud|forced marriage|nobody)\b"
        r"|\bno (place to live|home|house|housing|shelter|future|prospects?|perspective|support|protection|safety|one to"
        r"|family to|relatives to|income|money|means)\b"
        r"|\b(would|will|could|might)\b[^.]{0,60}\b(arrest\w*|imprison\w*|prison|jail|kill\w*|tortur\w*|punish\w*"
        r"|persecut\w*|harm\w*|attack\w*|separated|lose|losing|not get|no access|die|forced|conscripted|recruited"
        r"|drafted|deteriorat\w*|worsen\w*)\b"
        r"|\bthere (is|are) no (schools?|work|jobs?|doctors?|hospitals?|help|future|support|treatment|care|medicines?"
        r"|medication|place)\b|\b(nowhere|crul\w*)\b|\bnot (speak|understand) a word\b|\bnot a word of\b"
        r"|\bon the streets?\b|\b(cannot|can ?not|could not|can't) imagine\b"
        r"|^(?=.*\b(hospital\w*|doctors?|medical|treatment|medication|medicines?|therapy|health ?care|clinics?)\b)"
        r".*\b(cannot (treat|help|provide)|unable to (treat|help|provide)|overcrowded|too expensive|lack\w*|shortage\w*"
        r"|collapsed|not affordable)\b"
        r"|^(?=.*\b(christians?|converts?|women|girls|roma|minorit\w*|gay|lgbt\w*|homosexu\w*|yazidi\w*|hazara|kurds?)\b)"
        r".*\b(attacked|harassed|persecuted|discriminated|oppressed|excluded|not allowed|turned away|denied)\b"
        r"|^(?=.*(\bthere\b(?! (is|are|was|were|has|have|had)\b)|home country|country of origin|native country|homeland"
        r"|back home)).*\b(impossible|not possible|unbearable|dangerous|unsafe|poverty|war|violence|chaos|very bad"
        r"|not there|not available|no (work|job|housing|home|money|help|care|treatment))\b"
        r"|\b(life|living)\b[^.]{0,40}\b(impossible|not possible|unbearable)\b"
    ),
}
# The header row of a persons table ("Nr. geboren am in Staatsang. Vorname FAMILIENNAME Stellung"): its
# "geboren" tells no life story, and the rows below it glue to it without a full stop.
_TABLE_HEADER = (
    r"\bvornamen?\b[^\n]{0,80}\b(geburtsdatum|geboren am|geb\. am|staatsang\w*)"
    r"|\b(geburtsdatum|geboren am|geb\. am|staatsang\w*)[^\n]{0,80}\bvornamen?\b"
    # "geboren am" with no date after it, but the next column's title ("geboren am | in")
    r"|\bge(boren|b\.) am\s*[|]?\s*(in|ort|geburtsort)\b"
)
# Sentences that belong to the request or the list of persons, not to the reasoning.
_NOT_REASONING = re.compile(
    r"\b(hiermit beantrage|beantrage ich|beantragen wir|stellen wir|i hereby apply|ge[bh]\.? ?,? am|staatsangehorigkeit ?:)"
    # a letterhead with its address ("CARITASVERBAND UNNA – FACHDIENST INTEGRATION UND MIGRATION Lessingstraße
    # 48 – 59425 Unna"): the sender's name, not the reasoning
    r"|^[^.]{0,80}\b\d{1,4}\s?[a-z]?\s?[–—-]?\s?\d{5} [a-z][\w-]+$"
    # a form's fields read as one sentence: "Rufname(n) Yaw geboren am 22.02.1982 Geburtsort Takoradi"
    r"|\b(geburtsort|rufname\w*|zuname)\b"
    # "ich schreibe im Namen meines Cousins ... und beantrage in ihrer Vertretung"
    r"|\b(beantrage|beantragen)\b|\bim namen (meines|meiner|unseres|unserer)\b"
    # the writer's own relation ("als Cousin schreibe ich für ..."), a form's relation field ("Stellung zu A: Ehemann")
    r"|\bals \w+ (schreibe|wende) ich\b|\bstellung zu [a-z]\b\s*:"
    # "ich wende mich an Sie als Bruder und im Namen von Ousmane Keita samt Familie"
    r"|\bwende mich an sie als\b|\bim namen von\b"
    # a form's tick boxes and its person columns ("Beziehung zu ☒ Ehegatte ☐ Kind", "Person 1 Kind")
    r"|[☒☐☑]|\bperson \d\b"
    # "wir, das Ehepaar Gashi, stellen diesen Antrag für uns und unsere Kinder"
    r"|\bstell\w* [^.]{0,30}\b(diesen|den|einen|unseren|meinen) (hartefall)?antrag (fur|im namen)\b"
    # a table's legend of codes: "Stellung: AS = antragstellende Person, EG = Ehegatte/Ehegattin, K = Kind",
    # "AS = antragstellende Person : EG = Ehegatte/Ehegattin - K1, K2 ... = Kinder"
    r"|\b[a-z]{1,3} ?= ?[a-z][^,;=]{0,40}[,;:|-] ?[a-z0-9]{1,3}(?:, ?[a-z0-9]{1,3})*(?: ?\.\.\.)? ?= ?[a-z]"
    # a role's line of the list of persons: "Ehefrau: Chioma (* 3.1.1984 in Port Harcourt; StA nigerianisch)"
    r"|\(\s*\*\s*\d|\bsta\b ?:?\s+[a-z]" + r"|" + _TABLE_HEADER
)
# A birth date between commas is personal data, not the life story: "Herr Haddad, geboren am 12.03.1984 in
# Aleppo, lebt seit 2015 in Dortmund" (the story tells it with a verb: "wurde 1984 in Aleppo geboren").
_BIRTH_APPOSITION = re.compile(
    r",\s*(?:geboren|born)(?:\s+(?:am|on))?\s+\d{1,2}\.?\s?(?:\d{1,2}\.|[a-z]+)\s?\d{2,4}"
    r"(?:\s+in\s+[^,;.]{1,40})?(?=\s*(?:[,;]|$))"
)
# A line of the list of persons ("1. Jafari, Maryam, geb. am 08.10.1993, ...", "wohnhaft: ..."): without a
# full stop it would glue itself to the first sentence of the reasoning below it.
_LIST_LINE = re.compile(
    r"\bge[bh]\.? ?,? am\b|\bstaatsangehorigkeit ?:|^(wohnhaft|anschrift\w*[^:]{0,20}) ?:|" + _TABLE_HEADER
)


def _separate_list_lines(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if _LIST_LINE.search(fold(line)):
            out += ["", line, ""]
        else:
            out.append(line)
    return "\n".join(out)


# A sentence that only points elsewhere ("siehe Lebenslauf", "wird gesondert eingegangen", "haben wir
# oben geschrieben") or that only names the topic says nothing about it.
_REFERENCE_ONLY = re.compile(
    r"\b(verweis\w*|siehe|gesondert|bei bedarf|nachgereicht|nachreichen|folgt|folgen)\b"
    r"|\b(oben|unten|bereits|schon)\b[^.]{0,30}\b(geschrieben|dargelegt|ausgefuhrt|erwahnt|beschrieben|genannt)\b"
    # a bare claim: "Herr Rahimi ist integriert."
    r"|^[^.,;]{0,30}\b(ist|sind|bin) (gut |sehr gut |bestens |voll |vollstandig )?integriert\W*$"
)
MIN_TOPIC_WORDS = 3

# Headings of the reasoning in the words people use; the first matching topic wins, so "Familiäre
# Situation" is family and "Aktuelle Situation" is the residence status.
_HEADING_TOPICS = (
    ("familie", re.compile(r"famili\w*|angehorig\w*|bindungen|verwandt\w*|eltern|kinder|ehe\b|family")),
    (
        "humanitaere_gruende",
        re.compile(
            r"ruckkehr\w*|unzumutbar\w*|zumutbar\w*|harte\w*|humanitar\w*|gefahr\w*|zuruck\w*|dringend\w*"
            r"|gegen eine (ausreise|abschiebung)|warum\b|return|why\b|go back|gesundheit\w*|erkrankung\w*|krankheit\w*"
            r"|(abschiebung|ausreise) bedeute\w*"
            # the country of origin as it is today, and what waits there
            # ("Situation im Herkunftsland"; "Herkunft und Flucht" stays the life story)
            r"|(situation|lage|verhaltnisse|perspektive\w*|zustande|gefahrdung|conditions|risks?)\b.{0,25}"
            r"\b(herkunfts\w*|heimat\w*|home country|country of origin)|befurcht\w*|angst\b|humanitarian|danger\w*"
            r"|fear\w*|was (mich|uns|ihn|sie) (dort )?erwartet|what awaits"
        ),
    ),
    (
        "integration",
        re.compile(
            r"integration\w*|verwurzel\w*|teilhabe|arbeit\w*|beruf\w*|sprache|ehrenamt\w*|engagement|ausbildung"
            r"|schule|soziale\w*|wirtschaftlich\w*|was wir hier|leben in deutschland|integration|work|language"
            r"|sprach\w*|deutschkenntnis\w*|lebensunterhalt|einkommen|eingliederung"
        ),
    ),
    (
        "lebensgeschichte",
        re.compile(
            r"lebenslauf|lebensgeschichte|lebensweg|(?<!aufenthaltsrechtlicher )werdegang|biografi\w*|biographi\w*|zur person|herkunft"
            r"|vorgeschichte|flucht|einreise|geschichte|weg nach|hintergrund|story|background"
        ),
    ),
    (
        "aufenthaltssituation",
        re.compile(
            r"aufenthalt\w*|status|lage\b|situation|lebensumstand\w*|lebenssituation|verfahren\w*|asyl\w*"
            r"|rechtslage|derzeitig\w*|aktull\w*|duldung"
        ),
    ),
)
# A heading line: short, no full stop at its end, optionally numbered ("2.", "III.", "a)", "B."),
# optionally with a colon; "Familie: Er lebt mit ..." is a heading with its text on the same line.
# (a form's part and item: "D 3  Angehörige hier und in der Heimat", "B.2 Familie")
_HEADING_LINE = re.compile(
    r"^(?:\(?(?:\d{1,2}|[ivx]{1,5}|[a-h])[.)]\s*|[a-h][ .]?\d{1,2}[.)]?\s+)?(?P<head>[^\W\d][^.!?;]{1,60}?)\s*:?\s*$"
)
_INLINE_HEADING = re.compile(
    r"^(?:\(?(?:\d{1,2}|[ivx]{1,5}|[a-h])[.)]\s*)?(?P<head>[^\W\d][\w\- ]{1,40}?)\s*:\s+(?P<rest>\S.*)$"
)
MAX_HEADING_WORDS = 7
# the outline number of a heading ("I.", "2.", "B)"): such a line under another heading is a heading too
_OUTLINE_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[ivx]{1,5}|[a-h])[.)]\s")


# Headings of the list of persons or of the letter's frame name no topic ("Angaben zur Person").
_NO_TOPIC_HEADING = re.compile(
    r"angaben|daten\b|personalien|antragstell\w*|betreff|anlage\w*|begrundung|sachverhalt"
    # the heading of all the reasons ("B. Darlegung der Härtegründe"), a page's footer ("Blatt 1/2")
    r"|darlegung|\b(blatt|seite) \d"
    # all the reasons under one heading ("Die Härtegründe im Einzelnen", "Meine Gründe"), a running head
    # ("Härtefallsache Hakobyan")
    r"|im einzelnen|\b(meine|unsere|seine|ihre) grunde\b|hartefall\w*"
    # the family's name above its list of persons ("Familie HOXHA"), not "Familie und Bindungen"
    r"|^famil(ie|y) (?!(und|and|in|im|hier|heute|situation|bindung\w*|verhaltnisse|leben|angehorig\w*|kinder"
    r"|deutschland|ties)$)[a-z][a-z-]+$"
)


def _heading_topic(folded_heading: str) -> str | None:
    if _NO_TOPIC_HEADING.search(folded_heading):
        return None
    for topic, pattern in _HEADING_TOPICS:
        # at a word's start: "Staatsangehörigkeit" in a table's header row is no "Angehörige"
        if any(
            m.start() == 0 or not folded_heading[m.start() - 1].isalpha()
            for m in pattern.finditer(folded_heading)
        ):
            return topic
    return None


_MINISTRY = re.compile(
    r"Ministerium f(ü|u|ue)r Kinder,? Jugend,? Familie,? Gleichstellung,? Flucht und Integration", re.I
)
_SALUTATION = re.compile(r"sehr geehrte|dear |guten tag\b|verehrte", re.I)


def letter_body(text: str) -> str:
    """The text from the salutation on: the address block above it ("Ministerium für ... Familie,
    ... Flucht und Integration") would otherwise look like reasoning."""
    text = _MINISTRY.sub("Ministerium", clean(text))
    m = _SALUTATION.search(text)
    if m and m.start() < 0.6 * len(text):
        return text[m.start() :]
    return text


@dataclass
class _Section:
    topic: str | None  # the topic its heading names; None: no heading, or one that names no topic
    heading: str
    lines: list[str]
    label_value: str = ""  # "Arbeit: Koch bei Firma Yilmaz seit 2019": the value of a form's label


def reasoning_sections(text: str) -> list[_Section]:
    """The letter cut at its headings ("2. Zur Integration", "Rückkehr unzumutbar:", "Familie: ...").
    A heading is a short line without a full stop that opens a paragraph; text before the first
    heading is a section without one."""
    sections = [_Section(None, "", [])]
    previous = ""
    previous_label = False  # a form's lines ("Name: ...", "Einreise: ...") each stand on their own
    previous_heading = False  # "B. Darlegung der Härtegründe" / "I. Herkunft und Flucht": two headings
    closed = False  # after "Mit freundlichen Grüßen"
    for raw in letter_body(text).split("\n"):
        line = raw.strip()
        if not line:
            previous, previous_label = "", False
            if sections[-1].lines and sections[-1].lines[-1]:
                sections[-1].lines.append("")  # a paragraph's end is a sentence's end
            continue
        folded = fold(line)
        opens_paragraph = (
            not previous
            or previous.endswith((".", ":", "!", "?"))
            or previous_label
            or (previous_heading and bool(_OUTLINE_NUMBER.match(folded)))
            or bool(_SALUTATION.match(previous))
        )
        previous_heading = False
        closed = closed or bool(_CLOSING.match(folded))
        previous_label = bool(_INLINE_HEADING.match(folded))
        inline = _INLINE_HEADING.match(folded) if opens_paragraph else None
        m = _HEADING_LINE.match(folded) if opens_paragraph and not inline else None
        head = (m or inline).group("head") if (m or inline) else ""
        if head and len(head.split()) <= MAX_HEADING_WORDS and not line.endswith(","):
            topic = None if closed else _heading_topic(head)  # a signature's line below the closing
            if m or topic:  # an inline label only opens a section when it names a topic
                sections.append(_Section(topic, line, []))
                if inline:
                    value = line[line.index(":") + 1 :].strip()
                    sections[-1].lines.append(value)
                    sections[-1].label_value = value
                previous = line
                previous_heading = True
                continue
        sections[-1].lines.append(line)
        previous = line
    return sections


MARGIN_HEADINGS = 3  # this many headings in a row with nothing under them are a margin, not sections


def _margin_headings_dropped(sections: list[_Section]) -> list[_Section]:
    """Sections without the topics of headings that stand in a row with nothing under them: the
    margin column of a letter ("Herkunft", "Status", "Integration" beside the text), which OCR reads
    as a list before the text. The last of them would otherwise claim the whole letter for its topic."""
    out = list(sections)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j].topic is not None and not any(line.strip() for line in out[j].lines):
            j += 1
        # out[i:j] are empty; the run's last heading (out[j]) took the text that follows
        if j - i + 1 >= MARGIN_HEADINGS and j < len(out) and out[j].topic is not None:
            for k in range(i, j + 1):
                out[k] = _Section(None, out[k].heading, out[k].lines)
            i = j + 1
        else:
            i = max(j, i + 1)
    return out


def _says_something(folded: str) -> bool:
    return len(folded.split()) >= MIN_TOPIC_WORDS and not _REFERENCE_ONLY.search(folded)


def begruendung_topics(text: str) -> dict[str, str]:
    """Topic -> the first sentence of the application that covers it.

    A topic counts when a sentence of some length says something about it (a heading or a pointer
    elsewhere does not). When the letter has a section headed with a topic, that topic is looked for
    in its own section and in sections whose heading names no topic, not in the sections of other
    topics: "Die Kinder würden entwurzelt" under "Rückkehr unzumutbar" does not stand in for an
    empty "Familiäre Bindungen"."""
    sections = _margin_headings_dropped(reasoning_sections(text))
    headed = {s.topic for s in sections if s.topic}
    out: dict[str, str] = {}
    for section in sections:
        if section.topic and section.topic not in out and _label_answers(section.label_value):
            out[section.topic] = shorten(section.heading)
        if section.topic and section.topic not in out:
            own = _own_sentence(section)
            if own:
                out[section.topic] = shorten(own)
        for sentence in sentences(_separate_list_lines(section.lines)):
            folded = fold(sentence)
            if _NOT_REASONING.search(folded) or not _says_something(folded) or _QUESTION.search(sentence):
                continue  # (a questionnaire's question is the form's, not the applicant's reasoning)
            record = _DATED_RECORD.search(folded) is not None
            folded = _BIRTH_CLAUSE.sub(" ", _BIRTH_APPOSITION.sub(",", folded))
            for topic, pattern in TOPIC_RULES.items():
                if topic in out:
                    continue
                if topic in headed and section.topic not in (None, topic):
                    continue
                if topic == "familie" and (_ILLNESS_SENTENCE.search(folded) or record):
                    continue  # "Der Sohn Amir leidet an Epilepsie": whose illness, not family ties
                if topic == "integration" and (
                    _work_before_flight(folded)
                    or _RELATIVES_WORK.search(folded)
                    or _FORMATIVE_YEARS.search(folded)
                ):
                    continue
                if (
                    topic == "familie"
                    and _FAMILY_IN_PASSING.search(folded)
                    and not pattern.search(_FAMILY_IN_PASSING.sub(" ", folded))
                ):
                    continue  # "begleitet von den Angehörigen", "im Laden seines Vaters": in passing, not the ties
                if pattern.search(folded):
                    out[topic] = shorten(sentence)
    return out


MIN_SECTION_SENTENCE_WORDS = 6

# "Er war in Kabul als Schneider tätig", "Sie hatte dort eine Ausbildung begonnen": work and training told in
# the past without a word of here and now belong to the life story, not to integration in Germany.
_WEAK_INTEGRATION = re.compile(r"\b(tatig|ausbildung\w*|verdien\w*)\b")
# "Die Schule verließ er früh, um Geld für die Familie zu verdienen": the life before the flight
_PAST = re.compile(r"\b(war|waren|hatte|hatten|verliess\w*)\b")
_HERE_AND_NOW = re.compile(
    r"\b(deutschland|hier|seit|bundesgebiet|derzeit|heute|jetzt|inzwischen|nrw"
    r"|ist|sind|macht|machen|absolviert|absolvieren|beginnt|arbeitet|arbeiten)\b"
)


# The children's formative years here ("Megi hat die prägenden Jahre hier verbracht; Freunde, Sprache und
# Alltag sind deutsch geprägt") tell the family's ties to this country, not the applicants' integration.
_FORMATIVE_YEARS = re.compile(r"\bpragend\w* jahre\b")
# Relatives' work is no integration of the applicants: "Zwei Cousins arbeiten in Deutschland".
_RELATIVES_WORK = re.compile(
    r"\b(cousin\w*|onkel|tante\w*|verwandte\w*|geschwister|bruder|schwester\w*|nichte\w*|neffe\w*)\b"
    r"[^.]{0,20}\b(arbeite[nt]?|arbeitet)\b"
)
# The family in passing: as company on the journey ("kam am ... an, begleitet von den Angehörigen",
# "gemeinsam mit den übrigen Familienangehörigen"), or as owner of the farm or shop of the life story
# ("half danach in der Landwirtschaft der Eltern mit", "im Laden seines Vaters").
_FAMILY_IN_PASSING = re.compile(
    # a role label in brackets after a person's record ("16. September 2018) (Tochter).")
    r"\((tochter|sohn|ehefrau|ehemann|kind|ehepartner\w*|antragsteller\w*)\)"
    r"|\b(begleitet von|gemeinsam mit|zusammen mit|mit) (den|der|seinen|ihren|meinen) (ubrigen )?"
    r"(angehorigen|familienangehorigen|familie)\b"
    # whom the application is for: "stelle ich einen Härtefallantrag, für mich selbst und für meine Angehörigen"
    r"|\bfur (mich|uns|sich)( selbst)? und (fur )?(meine|unsere|seine|ihre) (angehorigen|familie)\b"
    r"|\b(landwirtschaft|betrieb|laden|geschaft|hof|werkstatt|backerei|feldern|farm|shop) "
    r"(der|meiner|seiner|ihrer|unserer|des|meines|seines|ihres|my|his|her|of (my|his|her|the)) "
    r"(eltern|vaters|mutter|familie|parents|father|mother|family)\b"
    # a parent's life back then: "Mein Vater war Tagelöhner, deshalb habe ich schon mit zwölf ..."
    r"|\b(mein|sein|ihr|unser|my|his|her|our) (vater|mutter|father|mother) (war|arbeitete|hatte|was|worked|had)\b"
    # the childhood with the parents back home: "Bis zur Jugend lebte ich mit meinen Eltern in Kandahar"
    r"|\b(lebte|wohnte|wuchs)\b[^.,;]{0,20}\bmit (meinen|seinen|ihren|den) eltern\b"
    # "später habe ich mit dem Vater Tomaten und Weizen angebaut": work with a parent back then
    r"|\bmit (dem|der|den|meinem|meiner|meinen|seinem|seiner|seinen|ihrem|ihrer|ihren) (vater|mutter|eltern|onkel|tante|bruder)\b"
    r"[^.]{0,60}\b(angebaut|gearbeitet|mitgearbeitet|geholfen|verkauft|gehutet)\b"
)
# A birth with its full date and nothing but the nationality is personal data, not the life story: "Maryam
# Sadeghi kam am 13.04.1994 in Teheran zur Welt und besitzt die iranische Staatsangehörigkeit" (a story
# goes on: "ich bin am 03.04.1990 in Herat geboren und dort zur Schule gegangen").
# The record of a person with the birth date ("Ehemann ist Amir Moradi; er wurde am 21.11.1997 in Teheran
# geboren", "der Ehepartner Senad Jovanović (16.11.1987; Leskovac; serbisch)"): the personal data, which
# name relatives without telling the family's ties
_DATED_RECORD = re.compile(
    r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}[^.;]{0,40}\bgeboren\b|\(\s?\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\s?[;)]"
)
_BIRTH_CLAUSE = re.compile(
    r"\b(kam|kamen|wurde|wurden|ist|bin|sind)\s+am\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s+in\s+\w+(?:[ -]\w+)?"
    r"\s+(zur welt|geboren)\b"
    r"(?=\W*$|\s*,?\s*und (besitzt|hat|ist)\b[^.]{0,60}\bstaatsangehorig\w*\W*$)"
)


# The life in the country of origin ("aufgewachsen in Afghanistan, früh ohne Vater, seit dem Jugendalter
# tätig als Schreiner") and a visa's purpose tell the life story and the stay, not the integration here.
_HOME_LIFE = re.compile(
    r"\b(aufgewachsen|jugendalter|kindheit|als kind|als jugendliche\w*|von fruh an|vor der (flucht|ausreise)"
    r"|im (heimatland|herkunftsland)|in der heimat|bis zur ausreise)\b"
)
_HERE = re.compile(r"\b(deutschland|hier|bundesgebiet|nrw)\b")
# the purpose of the entry visa: "Die Einreise geschah legal mit Visum (Zweck: Ausbildung)"
_VISA_PURPOSE = re.compile(r"\b(visum|einreise)\b[^.]{0,40}\b(zweck|zwecks|zum zwecke?)\b")


def _work_before_flight(folded: str) -> bool:
    if not _WEAK_INTEGRATION.search(folded) or TOPIC_RULES["integration"].search(
        _WEAK_INTEGRATION.sub(" ", folded)
    ):
        return False
    return bool(
        (_PAST.search(folded) and not _HERE_AND_NOW.search(folded))
        or (_HOME_LIFE.search(folded) and not _HERE.search(folded))
        or _VISA_PURPOSE.search(folded)
    )


# a questionnaire's question: numbered, or asking the reader ("6. Woher kommen Sie, wie verlief Ihr Leben
# bis zur Einreise?"); a rhetorical question of the reasoning ("Wie soll eine kranke Frau dort leben?") stays
_QUESTION = re.compile(r"(?:^\s*\d{1,2}\.\s|\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)\b)[^?]*\?\s*$")


def _own_sentence(section: _Section) -> str:
    """The first sentence under a topic's heading, when it says something in words no cue list knows
    ("Herr X hat in Deutschland niemanden, der ihn unterstützen könnte" under "Bindungen"): long enough,
    no pointer or letter formula, and not about another topic (a heading above another topic's text
    does not count; nor does what follows it, which may be the closing of the letter)."""
    # a page's footer or a fax's transmission line between the heading and its text says nothing
    found = [
        x
        for x in sentences(_separate_list_lines(section.lines))
        if re.search(r"[^\W\d_]", x) and not PAGE_LINE.search(x) and not _QUESTION.search(x)
    ]
    if not found:
        return ""
    folded = fold(found[0])
    if len(folded.split()) < MIN_SECTION_SENTENCE_WORDS or _REFERENCE_ONLY.search(folded):
        return ""
    if _NOT_REASONING.search(folded) or _CLOSING.search(folded) or _LETTER_FORMULA.search(folded):
        return ""
    if _ILLNESS_SENTENCE.search(folded):
        return ""
    if any(p.search(folded) for t, p in TOPIC_RULES.items() if t != section.topic):
        return ""
    return found[0]


_LETTER_FORMULA = re.compile(
    r"\b(ruckfrage\w*|anlage\w*|beigefugt|bitte\w*|bitten|dank\w*|verfugung|gruss\w*|hilfe|helfen)\b"
)


_EMPTY_VALUE = re.compile(r"(keine?|entfallt|nein|k\.? ?a\.?|-+|/|\?|siehe \w+)\W*")


def _label_answers(value: str) -> bool:
    """A form's label answered ("Einreise: 12.05.2015", "Arbeit: Koch bei Firma Yilmaz seit 2019"): two
    words or a date, neither empty nor a pointer elsewhere."""
    folded = fold(value)
    if not folded or _EMPTY_VALUE.fullmatch(folded) or _REFERENCE_ONLY.search(folded):
        return False
    if _NOT_REASONING.search(folded):
        return False  # a person's data after a role ("Kinder: Chioma (* 12.4.2020 in Port Harcourt; ...)")
    return len(folded.split()) >= 2 or bool(re.search(r"\b(19|20)\d\d\b", folded))


_ILLNESS_SENTENCE = next(rule.pattern for rule in TRIGGER_RULES if rule.kind == "illness")
