"""Classify one submission: split files into documents, type them, and collect the facts of the case."""

from __future__ import annotations

import logging
import re
import unicodedata

from hfk.classify import fields
from hfk.classify.birthdates import learned_birth_dates, learned_persons, names_likely, names_unlikely
from hfk.classify.dates import birth_dates, issue_date, parse_date
from hfk.classify.model import CaseFacts, ClassifyOptions, Document, Person, Trigger
from hfk.classify.nlp import MODEL_EVIDENCE, default_scorer
from hfk.classify.normalize import clean, fold, fold_word
from hfk.classify.pages import CueSet, PageScorer, best_class, confidence, default_cues
from hfk.classify.persons import (
    address_in_application,
    extract_persons,
    fields_from_label_column,
    fields_from_table_row,
    fill_from_birth_record,
    name_like,
    nationality,
    place_from_record,
    respell_from_case,
    same_word,
    tidy_learned_person,
)
from hfk.classify.segment import PageInfo, open_letter, run_scores, split_file
from hfk.ingest.model import SourceFile, Submission

log = logging.getLogger(__name__)

MAX_EVIDENCE = 4

# Which trigger kinds are read from the text of which document type. Forms are boilerplate
# ("Ärzte ... von der Schweigepflicht"), payslips and school reports mention illness in passing
# ("Lohnfortzahlung im Krankheitsfall", "Fehltage wegen Krankheit"); decisions repeat legal text
# (every BAMF Tenor names the Einreise- und Aufenthaltsverbot), so they only imply their own kind.
ALL_KINDS = {
    "illness",
    "asylum",
    "court",
    "criminal",
    "aufenthaltsgestattung",
    "abschiebungsanordnung_58a",
    "rueckfuehrungstermin",
    "einreiseverbot",
    "ausbildungs_beschaeftigungsduldung",
}
HINT_KINDS = {"abschiebungsanordnung_58a", "rueckfuehrungstermin", "ausbildungs_beschaeftigungsduldung"}
TEXT_TRIGGER_KINDS: dict[str, set[str]] = {
    "antrag": ALL_KINDS,
    "unterstuetzerschreiben": ALL_KINDS,
    "lebenslauf": ALL_KINDS,
    "sonstiges": ALL_KINDS,
    "auslaenderbehoerde": ALL_KINDS,
    # A decision's own Tenor always names the Einreise- und Aufenthaltsverbot (measured: read from
    # decisions, it raised 3 false hints on 300 train cases), so only a removal date is read there.
    "bamf_bescheid": {"abschiebungsanordnung_58a", "rueckfuehrungstermin"},
    "gerichtsentscheidung": {"abschiebungsanordnung_58a", "asylum", "rueckfuehrungstermin"},
    "strafrecht": set(),
    "aerztliches_gutachten": set(),
    "vollmacht": set(),
    "schweigepflichtsentbindung": set(),
    "datenschutzeinwilligung": set(),
    "sprachnachweis": set(),
    "arbeitsnachweis": HINT_KINDS,
    "ehrenamt": set(),
    "schulnachweis": set(),
    "identitaetsnachweis": set(),
}
IMPLIED_KIND = {
    "bamf_bescheid": "asylum",
    "gerichtsentscheidung": "court",
    "strafrecht": "criminal",
    "aerztliches_gutachten": "illness",
}
TYPE_NAMES = {
    "bamf_bescheid": "Bescheid des Bundesamts für Migration und Flüchtlinge",
    "gerichtsentscheidung": "Gerichtsentscheidung",
    "strafrecht": "Unterlage zu einem Strafverfahren",
    "aerztliches_gutachten": "Ärztliches Gutachten/Attest",
}

_ICD = re.compile(r"\b[A-TV-Z]\d\d(\.\d{1,2})?\s?[GVZA]?\b")
_SEVERITY = re.compile(
    r"\b(schwer\w*|mittelgradig\w*|leicht\w*|ausgepragt\w*|schweregrad|chronifiziert\w*|chronisch\w*|akut\w*|"
    r"gaf|verlauf\w*|verschlechter\w*|suizid\w*|massiv\w*|erheblich\w*|deutlich\w*)\b"
)


def classify(submission: Submission, options: ClassifyOptions, scorer: PageScorer | None = None) -> CaseFacts:
    """Documents of all files of a submission, and the facts the checklist needs."""
    cues = default_cues()
    scorer = scorer or default_scorer()
    documents: list[Document] = []
    runs: list[list[PageInfo]] = []
    notes: list[bool] = []  # a mail body as short as a cover note
    for source in submission.files:
        if not source.pages:
            continue
        for run in split_file(source, scorer, cues):
            documents.append(build_document(source, run, cues, options, scorer))
            runs.append(run)
            notes.append(source.is_mail_body and _note_sized(run))
    if not submission.errors:
        # an unreadable file may be the application itself: then the report says it is missing and
        # names the file, rather than taking another paper for it
        _rescue_application(documents, runs, notes, cues)
    log.info("classified %d files into %d documents", len(submission.files), len(documents))
    return collect_facts(documents)


def _application_cues(info: PageInfo, skip: frozenset[str] = frozenset()) -> float:
    """The weight of the rule cues for an application on a page, before any cap: the text model's vote
    and the cues in `skip` left out."""
    return sum(
        w
        for w, shown in info.score.evidence.get("antrag", [])
        if not shown.startswith(MODEL_EVIDENCE) and shown not in skip
    )


def _note_sized(run: list[PageInfo]) -> bool:
    """One page no longer than a cover note (NOTE_MAX_CHARS)."""
    return len(run) == 1 and len(run[0].page.text or "") <= NOTE_MAX_CHARS


def _application_evidence(run: list[PageInfo]) -> float:
    """The rule evidence for an application on the strongest page of a run."""
    return max((_application_cues(info) for info in run), default=0.0)


def _rescue_application(
    documents: list[Document], runs: list[list[PageInfo]], notes: list[bool], cues: CueSet
) -> None:
    """A submission in which no document reads as the application: the one with the most evidence for
    it (see `rescue_min` in cues.toml) is taken for the application, marked for review, with a note.

    An application whose request is worded in a way no cue knows, or whose page also reads as a form,
    is held below another class; then the case would report its application missing and read no
    person at all. The office receives almost no submission without an application, and one that has
    none (papers sent later) seldom carries a paper that names the commission, § 23a and a request as
    an application does. A cover note in the mail body ("anbei der Härtefallantrag ...", `notes`) names
    them too and is never taken.
    """
    if any(doc.type == "antrag" for doc in documents):
        return
    candidates = [
        (_application_evidence(run), i)
        for i, (doc, run, note) in enumerate(zip(documents, runs, notes, strict=True))
        if doc.type not in cues.rescue_excluded and not note
    ]
    weight, i = max(candidates, default=(0.0, -1))
    if weight < cues.rescue_min:
        return
    doc, run = documents[i], runs[i]
    log.info("no application read: document %d (%s, evidence %.1f) taken for it", i, doc.type, weight)
    doc.type = "antrag"
    doc.evidence = _evidence(run, "antrag")
    doc.needs_review = True
    doc.notes = _notes(run, "antrag", doc.text) + [
        "Kein Dokument der Einsendung wurde als Antrag erkannt; dieses trägt die meisten Merkmale eines "
        "Härtefallantrags und wird als Antrag gewertet – bitte Dokumentart prüfen"
    ]


def build_document(
    source: SourceFile,
    run: list[PageInfo],
    cues: CueSet,
    options: ClassifyOptions,
    scorer: PageScorer | None = None,
) -> Document:
    scores = run_scores(run, cues)
    if scorer is not None and len(run) > 1 and open_letter(run[:1]):
        # A letter over several pages is read as one: the request on its second page makes the first
        # page, which alone looked like a cover letter, the application's.
        end = next((i + 1 for i, info in enumerate(run) if info.ends_document), len(run))
        scores = dict(scorer.score("\n".join(info.page.text or "" for info in run[:end])).scores)
        for info in run[end:]:
            for cls, value in info.score.scores.items():
                scores[cls] += cues.later_page_weight * value
    if source.is_mail_body and _bare_note(run):
        scores["antrag"] = 0.0
    doc_type, top, second = best_class(scores, cues.min_score)
    conf = confidence(top, second, doc_type)
    # A page of a longer document that on its own reads as another paper may be one that should have
    # been split off (or a page of another document run on): worth a look whatever the confidence.
    # Not a page that "Seite x von y" ties to the document (the Rechtsbehelfsbelehrung of a decision).
    other_pages = [
        info.page.number
        for info in run
        if len(run) > 1
        and not info.score.blank
        and not info.numbering
        and best_class(info.score.scores, cues.min_score)[0] not in (doc_type, "sonstiges")
    ]
    page_texts = [info.page.text or "" for info in run]
    text = "\n\n".join(page_texts)
    doc = Document(
        file=source.name,
        pages=[info.page.number for info in run],
        type=doc_type,
        confidence=conf,
        text_source=_text_source(run),
        evidence=_evidence(run, doc_type),
        needs_review=conf < options.review_threshold or bool(other_pages),
        from_mail=source.from_mail,
        mime=source.mime,
        notes=_notes(run, doc_type, text)
        + [
            f"Seite {n} passt für sich gelesen zu einer anderen Dokumentart: bitte prüfen"
            for n in other_pages
        ],
        **text_facts(page_texts, [info.numbering for info in run]),
    )
    return doc


NOTE_MAX_CHARS = 600  # a mail body this short is a cover note unless it asks
# The commission's name only says to whom a mail goes ("Liebes Team der Härtefallkommission, anliegend die
# Papiere ..."): every cover note has it, so in a short mail body it is no request.
ADDRESSEE_CUES = frozenset(
    {"Härtefallkommission", "Geschäftsstelle der Härtefallkommission", "Hardship Commission"}
)
NOTE_MIN_REQUEST = 1.0  # rule evidence for antrag below this is letter formula only ("anbei", "bitte um")


def _bare_note(run: list[PageInfo]) -> bool:
    """A short mail body in which the rules find no request at all ("hier die Dokumente von unseren
    Klienten Kwame Osei"): the text model, which learnt whole applications, reads such a cover note as
    an application because it shares their words (names, illness, the family). An application to the
    commission asks for something or names the procedure; without one cue of that it is no antrag.
    Only mail bodies: a short scanned or faxed page may be the last page of an application that the
    page splitter cut off, and there the model's vote is what keeps it an antrag."""
    return _note_sized(run) and _application_cues(run[0], ADDRESSEE_CUES) < NOTE_MIN_REQUEST


def text_facts(page_texts: list[str], numbers: list[tuple[int, int] | None] | None = None) -> dict:
    """The Document fields read from its pages' text: for a classified run and for a document a
    caseworker cut anew (a split or merge in the web UI), so both carry the same facts."""
    text = "\n\n".join(page_texts)
    if numbers is None:
        numbers = [fields.page_numbering(t) for t in page_texts]
    return {
        "text": text,
        "page_texts": page_texts,
        "date": issue_date(text),
        "page_numbering": [n for n in numbers if n],
        "page_numbers": list(numbers),
        "file_number": fields.file_number(text),
        "birth_dates": birth_dates(text),
        "residences": fields.residence_mentions(text),
    }


def _text_source(run: list[PageInfo]) -> str:
    sources = {info.page.source for info in run if info.page.source != "none"}
    if sources == {"text"}:
        return "text"
    if sources == {"ocr"} or not sources:
        return "ocr"
    return "mixed"


def _evidence(run: list[PageInfo], doc_type: str) -> list[str]:
    """The strongest cues of the chosen class, as 'Seite 2: "Bundesamt für Migration ..."'."""
    found: list[tuple[float, int, str]] = []
    seen: set[str] = set()
    for order, info in enumerate(run):
        for value, shown in info.score.evidence.get(doc_type, []):
            key = shown.casefold()
            if shown.startswith(MODEL_EVIDENCE):
                key = MODEL_EVIDENCE  # the model's vote once per document, from its first page
            if key in seen:
                continue
            seen.add(key)
            found.append((value, order, f'Seite {info.page.number}: "{shown}"'))
    found.sort(key=lambda t: (-t[0], t[1]))
    if not found and doc_type == "sonstiges":
        return ["keine eindeutigen Merkmale einer Dokumentart gefunden"]
    return [t[2] for t in found[:MAX_EVIDENCE]]


def _notes(run: list[PageInfo], doc_type: str, text: str) -> list[str]:
    notes: list[str] = []
    if doc_type == "aerztliches_gutachten":
        folded = fold(text)
        if not _ICD.search(clean(text)) and "diagnose" not in folded:
            notes.append("Diagnose nicht erkennbar")
        if not _SEVERITY.search(folded):
            notes.append("Schweregrad nicht erkennbar")
    for info in run:
        for warning in info.page.warnings:
            notes.append(f"Seite {info.page.number}: {warning}")
        if info.page.source == "none":
            notes.append(f"Seite {info.page.number}: leere Seite")
    return notes


# ---------------------------------------------------------------- facts of the case


def _date_from_siblings(documents: list[Document]) -> None:
    """A page of a decision photographed or faxed on its own (the signature page, a page of
    reasons) has no date of issue of its own: it takes the date of the document of the same type
    it belongs to, by the same Gesch.-Z. or by the same "von y" page count, when that is one date."""
    for doc in documents:
        if doc.date or doc.type not in ("bamf_bescheid", "gerichtsentscheidung", "auslaenderbehoerde"):
            continue
        totals = {y for _, y in doc.page_numbering}
        dates = {
            other.date
            for other in documents
            if other is not doc
            and other.type == doc.type
            and other.date
            and (
                (doc.file_number and other.file_number == doc.file_number)
                or (totals and totals & {y for _, y in other.page_numbering})
            )
        }
        if len(dates) == 1:
            doc.date = dates.pop()


def collect_facts(documents: list[Document]) -> CaseFacts:
    _date_from_siblings(documents)
    antrag_ids = [i for i, d in enumerate(documents) if d.type == "antrag"]
    antrag_text = "\n\n".join(documents[i].text for i in antrag_ids)

    persons: list[Person] = []
    seen: set[tuple[str, str, str]] = set()
    read: list[Person] = []  # persons read from OCR text, whose spellings may be misread
    for i in antrag_ids:
        ocr = documents[i].text_source != "text"
        for p in extract_persons(documents[i].text, ocr=ocr):
            key = (p.name.casefold(), p.vorname.casefold(), p.geburtsdatum)
            if key not in seen:
                seen.add(key)
                persons.append(p)
                if ocr:
                    read.append(p)
    if read:
        respell_from_case(read, [(doc.text, doc.text_source != "text") for doc in documents])

    _restore_diacritics(persons, documents)
    _confirm_birth_dates(persons, documents)
    _second_reading(persons, documents, antrag_ids)
    _flag_unread_births(persons, documents, antrag_ids)
    for person in persons:  # (also those whose birth date the model gave)
        if person.geburtsort and fold_word(person.geburtsort) == fold_word(nationality(person.geburtsort)):
            person.geburtsort = ""  # a nationality read as the place ("afghanisch / Kabul / …")
        for i in antrag_ids:
            place_from_record(person, documents[i].text)
            fields_from_table_row(person, documents[i].text)
            fields_from_label_column(person, documents[i].text)
    triggers = _triggers(documents)
    representative = None
    for i in antrag_ids:
        representative = fields.representative(documents[i].text)
        if representative:
            triggers.append(
                Trigger(
                    kind="representation",
                    sentence=representative.evidence,
                    document=i,
                    page=_page_of(documents[i], representative.evidence),
                )
            )
            break

    authority = _authority(documents, antrag_ids)
    if authority and authority.outside_nrw:
        doc_index, page = _authority_source(documents, authority.place)
        triggers.append(
            Trigger(
                kind="abh_ausserhalb_nrw",
                sentence=f"zuständige Ausländerbehörde: {authority.name}",
                document=doc_index,
                page=page,
            )
        )

    return CaseFacts(
        documents=documents,
        persons=persons,
        representative=representative,
        triggers=triggers,
        begruendung_topics=fields.begruendung_topics(antrag_text) if antrag_ids else {},
        application_language=fields.language(antrag_text) if antrag_ids else None,
        applicant_address=persons[0].adresse if persons else "",
        auslaenderbehoerde=authority.name if authority else "",
        auslaenderbehoerde_in_nrw=(
            None if authority is None or authority.outside_nrw is None else not authority.outside_nrw
        ),
    )


def _plain(word: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    ).casefold()


def _restore_diacritics(persons: list[Person], documents: list[Document]) -> None:
    """OCR drops diacritics ("Jovanovic", "Celik"); where a text-layer document or a file name of the
    same case spells the name with them ("Jovanović", "Çelik"), take that spelling."""
    spelled: dict[str, str] = {}
    for doc in documents:
        sources = [doc.file] + ([doc.text] if doc.text_source == "text" else [])
        for source in sources:
            for word in re.findall(r"[^\W\d_]{3,}", source):
                if not word.isascii():
                    spelled.setdefault(_plain(word), word)
    if not spelled:
        return
    for person in persons:
        for key in ("name", "vorname"):
            parts = getattr(person, key).split(" ")
            fixed = [spelled.get(_plain(w), w) if w.isascii() else w for w in parts]
            setattr(person, key, " ".join(fixed))


def _flag_unread_births(persons: list[Person], documents: list[Document], antrag_ids: list[int]) -> None:
    """An application that gives a birth date no extracted person carries is marked for review: the
    person rules met a layout they do not read, and a person is missing or misread. The dates come
    from the learned model of birthdates.py, not from the rules it checks. Where the model also reads
    a family and a first name for such a date, that person is added, and a note says so."""
    carried = {p.geburtsdatum for p in persons}
    for i in antrag_ids:
        doc = documents[i]
        unread = [iso for iso in learned_birth_dates(doc.text) if iso not in carried]
        if unread:
            doc.needs_review = True
            for name, first, iso in learned_persons(doc.text, unread):
                name, first = tidy_learned_person(name, first)  # "Baran Vater", "Blessing ADEYEMI"
                # the family's name as a person read already spells it, where OCR misread a letter or
                # lost an accent ("Krasnigi", "Demirovic")
                name = next((p.name for p in persons if p.name and same_word(p.name, name)), name)
                twins = [p for p in persons if same_word(p.name, name) and same_word(p.vorname, first)]
                if twins and not all(_namesakes(p.geburtsdatum, iso) for p in twins):
                    # a person read already, whose birth date is told twice (or misread once: one digit off);
                    # or read by name alone (from a sender line or a signature: no birth date, place or
                    # nationality), whose record the rules did not read: the model's date is hers. A person
                    # read with a place or nationality but no date keeps it empty: her record leaves the date
                    # out. Persons of the same names born a generation apart are namesakes (a son named after
                    # his father): the model's one is added.
                    undated = [
                        p for p in twins if not (p.geburtsdatum or p.geburtsort or p.staatsangehoerigkeit)
                    ]
                    if len(undated) == 1:
                        undated[0].geburtsdatum = iso
                        fill_from_birth_record(undated[0], doc.text)
                        undated[0].adresse = undated[0].adresse or _family_address(persons, doc.text, name)
                        carried.add(iso)
                        doc.notes.append(
                            f"Geburtsdatum {_german_date(iso)} von {first} {name} vom Lernmodell aus dem Antrag "
                            "ergänzt (die Regeln haben es nicht gelesen) – Personalien bitte prüfen"
                        )
                    continue
                if not name_like(Person(name=name, vorname=first)):
                    continue  # a column title or a word in small letters the model took for a name
                added = Person(
                    name=name,
                    vorname=first,
                    geburtsdatum=iso,
                    adresse=_family_address(persons, doc.text, name),
                )
                fill_from_birth_record(added, doc.text)
                persons.append(added)
                carried.add(iso)
                doc.notes.append(
                    f"Person {first} {name}, geb. {_german_date(iso)}, vom Lernmodell aus dem Antrag "
                    "ergänzt (die Regeln haben sie nicht gelesen) – Personalien bitte prüfen"
                )
            unread = [iso for iso in unread if iso not in carried]
            if not unread:
                continue
            # a person the rules did not read, for the checklist's children; not a date one digit off a
            # person's (OCR misread the same birth elsewhere: "01.03.2022" beside Anahit's 01.03.2023)
            doc.birth_dates += [
                iso
                for iso in unread
                if iso not in doc.birth_dates and not any(_one_digit_apart(iso, other) for other in carried)
            ]
            listed = ", ".join(_german_date(iso) for iso in unread)
            doc.notes.append(
                f"Geburtsdatum {listed} im Antrag keiner erkannten Person zugeordnet – Personalien bitte prüfen"
                if len(unread) == 1
                else f"Geburtsdaten {listed} im Antrag keiner erkannten Person zugeordnet – Personalien bitte prüfen"
            )


def _second_reading(persons: list[Person], documents: list[Document], antrag_ids: list[int]) -> None:
    """Where the rules read names for a birth date that cannot be a person's (no first name, or a common
    word: "Jahrgang Moradi", "Ehepartner Baran", a birth place read as the family name), and the learned
    model of birthdates.py reads a person's names for the same date in the application, take the model's
    names, mark the application for review and say what was replaced.

    The model reads the words around each date and knows no layout; the rules know layouts and read a
    layout they do not know wrong. Where both read names a person can have, the rules win. A birth place
    the rules took for the family name while the birth place stayed empty becomes the birth place."""
    # the model reads only where a person's names are in doubt (most applications have none)
    doubtful = [p for p in persons if p.geburtsdatum and names_unlikely(p.name, p.vorname)]
    if not doubtful:
        return
    dated = sorted({p.geburtsdatum for p in doubtful})
    for i in antrag_ids:
        doc = documents[i]
        readings = {iso: (name, first) for name, first, iso in learned_persons(doc.text, dated)}
        for person in doubtful:
            if person.geburtsdatum not in readings or not names_unlikely(person.name, person.vorname):
                continue
            name, first = tidy_learned_person(*readings[person.geburtsdatum])
            if not names_likely(name, first) or not name_like(Person(name=name, vorname=first)):
                continue
            was = f"{person.vorname} {person.name}".strip()
            new_words = {fold_word(w) for w in f"{name} {first}".split()}
            if (
                not person.vorname
                and not person.geburtsort
                and " " not in person.name.strip()
                and fold_word(person.name.strip(".")) not in new_words
            ):
                person.geburtsort = person.name.strip().rstrip(".")  # "Gjakova" / "": the place, no name
            person.name, person.vorname = name, first
            fill_from_birth_record(person, doc.text)
            person.adresse = person.adresse or _family_address(persons, doc.text, name)
            doc.needs_review = True
            doc.notes.append(
                f"Person geb. {_german_date(person.geburtsdatum)}: die Regeln lasen den Namen „{was}“, das "
                f"Lernmodell liest „{first} {name}“ – übernommen, Personalien bitte prüfen"
            )


def _family_address(persons: list[Person], text: str, family: str) -> str:
    """The one address all persons read with an address share (an application's family lives together);
    where none has one, the address the application states for everyone or in its sender block under the
    family's name; else ""."""
    addresses = {p.adresse for p in persons if p.adresse}
    if addresses:
        return addresses.pop() if len(addresses) == 1 else ""
    return address_in_application(text, family)


def _german_date(iso: str) -> str:
    return ".".join(reversed(iso.split("-")))


_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}\s?\.\s?\d{1,2}\s?\.\s?(?:19|20)\d\d(?!\d)")


def _confirm_birth_dates(persons: list[Person], documents: list[Document]) -> None:
    """A birth date OCR misread by one digit ("28.09.1939" for 1989) in the application's table, while
    the case states it the other way more often (the reasoning, a BAMF decision, a Vollmacht, the
    CV), or in a document with a text layer: take the date the case agrees on.

    Only a date that differs in one digit is considered, and only next to the person's name and
    first name, so another person's or a document's own date never replaces it; an empty birth date
    stays empty (an application that leaves it out is incomplete, whatever other papers say).
    """
    texts: list[str] | None = None
    for person in persons:
        if not person.geburtsdatum or len(person.name) < 3 or not person.vorname:
            continue
        if texts is None:
            texts = [_plain(doc.text) for doc in documents]  # once per case, not per person
        name, first = _plain(person.name), _plain(person.vorname.split()[0])
        votes: dict[str, float] = {person.geburtsdatum: 0.0}
        for doc, plain in zip(documents, texts, strict=True):
            weight = 1.5 if doc.text_source == "text" else 1.0  # a text layer has no OCR slips
            for m in re.finditer(rf"\b{re.escape(name)}\b", plain):
                window = plain[max(0, m.start() - 60) : m.end() + 120]
                if first not in window:
                    continue
                for d in _NUMERIC_DATE.finditer(plain[m.end() : m.end() + 120]):
                    iso = parse_date(d.group(0))
                    if iso and _one_digit_apart(iso, person.geburtsdatum):
                        votes[iso] = votes.get(iso, 0.0) + weight
                        break
        best = max(votes, key=lambda k: (votes[k], k == person.geburtsdatum))
        if best != person.geburtsdatum and votes[best] >= 2 and votes[best] > votes[person.geburtsdatum]:
            person.geburtsdatum = best


def _namesakes(read: str, learned: str) -> bool:
    """Two persons of the same names with these birth dates are two: born a generation apart (twelve years
    or more), not one birth misread in a digit."""
    if not (read[:4].isdigit() and learned[:4].isdigit()):
        return False
    return abs(int(read[:4]) - int(learned[:4])) >= 12 and not _one_digit_apart(read, learned)


def _one_digit_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1


def _triggers(documents: list[Document]) -> list[Trigger]:
    triggers: list[Trigger] = []
    for index, doc in enumerate(documents):
        kinds = TEXT_TRIGGER_KINDS.get(doc.type, set())
        found_here: set[str] = set()
        implied = IMPLIED_KIND.get(doc.type)
        if implied and not (doc.type == "strafrecht" and "keine eintragung" in fold(doc.text)):
            first = doc.evidence[0] if doc.evidence else ""
            sentence = f"{TYPE_NAMES[doc.type]} liegt vor ({doc.file}, Seiten {_page_span(doc.pages)})"
            if first:
                sentence += f"; {first}"
            triggers.append(Trigger(kind=implied, sentence=sentence, document=index, page=doc.pages[0]))
            found_here.add(implied)
        if not kinds:
            continue
        third_party = doc.type == "unterstuetzerschreiben"  # its writer's own illness is none of the case
        for number, page_text in zip(doc.pages, doc.page_texts, strict=True):
            for kind, sentence in fields.find_triggers(page_text, kinds - found_here, third_party):
                triggers.append(Trigger(kind=kind, sentence=sentence, document=index, page=number))
                found_here.add(kind)
    return triggers


def _page_span(pages: list[int]) -> str:
    return str(pages[0]) if len(pages) == 1 else f"{pages[0]}–{pages[-1]}"


def _page_of(doc: Document, sentence: str) -> int:
    probe = fold(sentence.replace(" …", ""))[:60]
    for number, text in zip(doc.pages, doc.page_texts, strict=True):
        if probe and probe in fold(text):
            return number
    return doc.pages[0]


def _authority(documents: list[Document], antrag_ids: list[int]) -> fields.Authority | None:
    """The Ausländerbehörde: from its own letters first (letterhead), else as the application names it."""
    ordered = [i for i, d in enumerate(documents) if d.type == "auslaenderbehoerde"] + antrag_ids
    for i in ordered:
        found = fields.authority(documents[i].text)
        if found:
            return found
    return None


def _authority_source(documents: list[Document], place: str) -> tuple[int, int]:
    key = fold(place)
    for i, doc in enumerate(documents):
        for number, text in zip(doc.pages, doc.page_texts, strict=True):
            if key and key in fold(text) and doc.type in ("auslaenderbehoerde", "antrag"):
                return i, number
    return 0, documents[0].pages[0] if documents else 1
