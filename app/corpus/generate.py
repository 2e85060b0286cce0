"""Generate whole cases (input files exactly as they arrive + truth.json), a summary, and the demo submissions."""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from hfk.corpus import (  # noqa: F401  (importing them registers the templates)
    SPLITS,
    templates_blind,
    templates_blind2,
    templates_blind3,
    templates_blind4,
    templates_blind5,
    templates_blind6,
    templates_blind7,
    templates_blind8,
    templates_blind9,
    templates_blind10,
    templates_blind11,
    templates_blind12,
    templates_blind13,
    templates_blind14,
    templates_blind15,
    templates_blind16,
    templates_blind17,
    templates_blind18,
    templates_blind19,
    templates_blind20,
    templates_blind21,
    templates_blind22,
    templates_holdout,
    templates_test,
    templates_train,
)
from hfk.corpus import names as N
from hfk.corpus import render as R
from hfk.corpus.layout import layout
from hfk.corpus.scenario import TOPICS, Case, DocPlan, Person, Rep, expected, months_before, rand_date
from hfk.corpus.templates import TEMPLATES, templates_for
from hfk.corpus.text_antrag import fmt

RENDERINGS = ("digital", "scan", "fax", "photo", "docx", "mail")
# ------------------------------------------------------------------ scenario


def _person(r: random.Random, nat: dict, role: str, sex: str, born: date, surname: str) -> Person:
    return Person(
        vorname=r.choice(nat[sex]),
        name=surname,
        geburtsdatum=born,
        geburtsort=r.choice(nat["orte"]),
        staat=nat["de"],
        role=role,
        sex=sex,
    )


def make_case(r: random.Random, case_id: str, split: str, seed: int) -> Case:
    received = rand_date(r, date(2024, 6, 3), date(2025, 10, 31))
    nat_key = r.choice(list(N.NATIONALITIES))
    nat = N.NATIONALITIES[nat_key]
    surname = r.choice(nat["nach"])
    sex = r.choice("mmf")
    app_born = rand_date(r, date(1968, 1, 1), date(2001, 12, 31))
    persons = [_person(r, nat, "applicant", sex, app_born, surname)]
    if r.random() < 0.55:
        persons.append(
            _person(
                r,
                nat,
                "spouse",
                "f" if sex == "m" else "m",
                app_born + timedelta(days=r.randint(-1500, 1500)),
                surname,
            )
        )
        for _ in range(r.choice([0, 1, 1, 2, 2, 3])):
            born = rand_date(
                r,
                max(app_born + timedelta(days=365 * 19), received - timedelta(days=365 * 20)),
                received - timedelta(days=200),
            )
            persons.append(_person(r, nat, "child", r.choice("mf"), born, surname))
    # residence
    roll = r.random()
    city, plzs, abh = r.choice(N.NRW_CITIES)
    court_city = r.choice(N.NRW_CITIES)[0]
    if roll < 0.08:
        city, plz, abh = r.choice(N.NON_NRW_CITIES)
        residence, abh_plz, street = "outside", plz, f"{r.choice(N.STREETS)} {r.randint(1, 120)}"
    elif roll < 0.11:
        residence, plz, abh_plz = "abroad", "10000", plzs[0]
        city = f"{r.choice(nat['orte'])} ({nat['land']})"
        street = (
            f"Rruga {r.choice(['Agim Ramadani', 'Nëna Terezë', 'Dardania'])} {r.randint(1, 60)}"
            if nat_key in ("kosovo", "albanien")
            else f"Street {r.randint(1, 90)}"
        )
    else:
        residence, plz, abh_plz, street = (
            "nrw",
            r.choice(plzs),
            plzs[0],
            f"{r.choice(N.STREETS)} {r.randint(1, 120)}",
        )
        court_city = city if r.random() < 0.6 else court_city
    sender = r.choices(["applicant", "anwalt", "beratungsstelle", "privat"], [35, 30, 25, 10])[0]
    rep = None
    rcity, rplzs, _ = r.choice(N.NRW_CITIES)
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    if sender == "anwalt":
        rep = Rep(
            "anwalt",
            r.choice(N.LAW_FIRMS).format(n=who.split()[1]),
            who,
            f"{r.choice(N.STREETS)} {r.randint(1, 60)}",
            f"{r.choice(rplzs)} {rcity}",
        )
    elif sender == "beratungsstelle":
        rep = Rep(
            "beratungsstelle",
            r.choice(N.COUNSELLING).format(c=rcity),
            who,
            f"{r.choice(N.STREETS)} {r.randint(1, 60)}",
            f"{r.choice(rplzs)} {rcity}",
        )
    elif sender == "privat":
        rel = r.choice(["Bruder", "Schwager", "Cousin"])
        pname = f"{r.choice(nat['m'])} {surname if rel == 'Bruder' else r.choice(nat['nach'])}"
        rep = Rep(
            "privat",
            pname,
            pname,
            f"{r.choice(N.STREETS)} {r.randint(1, 60)}",
            f"{r.choice(rplzs)} {rcity}",
            rel,
        )
    c = Case(
        case_id=case_id,
        split=split,
        seed=seed,
        received=received,
        nat=nat_key,
        persons=persons,
        street=street,
        plz=plz,
        city=city,
        residence=residence,
        abh=abh,
        abh_plz=abh_plz,
        sender=sender,
        rep=rep,
    )
    c.court_city = court_city
    c.entry = rand_date(r, date(2013, 1, 1), received - timedelta(days=700))
    c.asylum = r.random() < 0.72
    if c.asylum:
        c.asylum_applied = c.entry + timedelta(days=r.randint(3, 60))
        c.bamf_date = c.asylum_applied + timedelta(days=r.randint(120, 500))
        c.bamf_gz = f"{r.randint(1000000, 9999999)}{r.choice(['-', ' - ', '-'])}{nat['code']}"
        c.bamf_tenor = 6 if r.random() < 0.8 else 4
        c.bamf_site = r.choice(N.BAMF_SITES)
        c.gestattung = r.random() < 0.08
    else:
        c.visa_purpose = r.choice(
            ["des Studiums", "der Beschäftigung", "der Familienzusammenführung", "der Berufsausbildung"]
        )
    c.court = r.random() < (0.35 if c.asylum else 0.12) or c.gestattung
    if c.court:
        c.court_name = f"Verwaltungsgericht {r.choice(N.COURTS)}"
        base = c.bamf_date if c.asylum else c.entry + timedelta(days=500)
        c.court_date = min(base + timedelta(days=r.randint(90, 500)), received - timedelta(days=30))
        c.court_pending = c.gestattung or r.random() < 0.3
        c.court_az = f"{r.randint(1, 27)} {'K' if c.asylum else 'L'} {r.randint(100, 9999)}/{c.court_date.year % 100}{'.A' if c.asylum else ''}"
    c.criminal = r.random() < 0.1 and residence != "abroad"
    if c.criminal:
        c.offence = r.choice(N.OFFENCES)
        c.criminal_date = rand_date(r, c.entry + timedelta(days=200), received - timedelta(days=60))
    c.illness = r.random() < 0.42
    if c.illness:
        c.ill_person = r.randrange(len(persons))
        c.diagnosis = r.choice(
            N.DIAGNOSES if persons[c.ill_person].role != "child" else N.DIAGNOSES[:2] + N.DIAGNOSES[7:9]
        )
    c.rueckfuehrung = (
        received + timedelta(days=r.randint(10, 60)) if (not c.gestattung and r.random() < 0.1) else None
    )
    c.einreiseverbot = not c.gestattung and residence != "abroad" and r.random() < 0.05
    c.s58a = not c.gestattung and r.random() < 0.025
    c.ausbildung = r.random() < 0.09
    c.language = "en" if r.random() < 0.12 and sender == "applicant" else "de"
    c.topics = set(TOPICS)
    if r.random() < 0.2:
        dropped = r.choice(["familie", "integration", "integration", "lebensgeschichte"])
        # The truth expects the hints of the scenario, so the topic that carries a hint's only sentence
        # (an Einreiseverbot told in the life story, a Duldung for training in the integration part)
        # is written: a hint no document states cannot be found. (Until session 4 the train split kept
        # the old draws so the shipped model stayed reproducible; the model was rebuilt then.)
        carries = {"lebensgeschichte": c.einreiseverbot, "integration": c.ausbildung}
        if not carries.get(dropped):
            c.topics.discard(dropped)
    if r.random() < 0.15:
        i = r.randrange(len(persons))
        c.omitted[i] = r.choice(["geburtsort", "staatsangehoerigkeit", "geburtsort", "geburtsdatum"])
    c.employer = r.choice(N.EMPLOYERS).format(c=c.city_or_nrw(), n=r.choice(N.GERMAN_SURNAMES))
    c.job = r.choice(N.JOBS)
    doc = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    c.doctor = "Dr. med. " + doc
    c.practice = r.choice(N.PRACTICES).format(n=doc.split()[1], c=c.city_or_nrw())
    c.club = r.choice(N.CLUBS).format(c=c.city_or_nrw())
    c.school = r.choice(N.SCHOOLS).format(
        c=c.city_or_nrw(), s=r.choice(["Am Park", "Lindenschule", "Nord", "Sonnenhügel"])
    )
    return c


def plan_docs(c: Case, r: random.Random, size: str) -> list[DocPlan]:
    """Which documents the case sends, with their dates of issue (required ones usually, not always)."""
    rc = c.received
    p = {"small": 0.45, "medium": 0.8, "large": 0.95}[size]
    opt = {"small": 0.08, "medium": 0.25, "large": 0.5}[size]
    docs: list[DocPlan] = []

    def add(t: str, d: date | None, **extra) -> None:
        docs.append(DocPlan(t, d, extra=extra))

    if r.random() < 0.96:
        add("antrag", rc - timedelta(days=r.randint(0, 12)))
    if r.random() < p:
        add("datenschutzeinwilligung", rc - timedelta(days=r.randint(0, 20)))
    if r.random() < p:
        add("lebenslauf", rc - timedelta(days=r.randint(0, 20)))
    if c.asylum and r.random() < p + 0.05:
        add("bamf_bescheid", c.bamf_date, dropped_page=r.random() < 0.15, bamf_reasons=r.randint(3, 8))
    if r.random() < p * 0.7:
        add("auslaenderbehoerde", rc - timedelta(days=r.randint(5, 150)))
    if c.court and not c.court_pending and r.random() < p * 0.6:
        add("gerichtsentscheidung", c.court_date)
    if c.sender != "applicant" and r.random() < p:
        add("vollmacht", rc - timedelta(days=r.randint(3, 60)))
    if c.illness:
        if r.random() < p + 0.05:
            if r.random() < 0.25:
                add("aerztliches_gutachten", months_before(rc, 3) - timedelta(days=r.randint(8, 300)))
            else:
                add("aerztliches_gutachten", rc - timedelta(days=r.randint(3, 80)))
        if r.random() < p:
            add("schweigepflichtsentbindung", rc - timedelta(days=r.randint(1, 40)))
    if c.school_age() and r.random() < p:
        for k in c.school_age()[: r.choice([1, 1, 2])]:
            add("schulnachweis", rc - timedelta(days=r.randint(10, 200)), child=k)
    if c.criminal and r.random() < p:
        add("strafrecht", c.criminal_date)
    for t in ("sprachnachweis", "arbeitsnachweis", "ehrenamt", "unterstuetzerschreiben"):
        if r.random() < opt:
            add(t, rc - timedelta(days=r.randint(10, 400)))
    if r.random() < opt * 0.8:
        add("identitaetsnachweis", rc - timedelta(days=r.randint(800, 2500)))
    if r.random() < opt * 0.6:
        add(
            "sonstiges",
            rc - timedelta(days=r.randint(5, 200))
            if not c.asylum
            else c.asylum_applied + timedelta(days=r.randint(20, 90)),
        )
    if not docs:
        add("antrag", rc)
    return docs


def choose_template(c: Case, d: DocPlan, r: random.Random) -> None:
    # the demo is neither split: it may use any train or test template (never a holdout or blind* one,
    # which nobody tuning hfk may see)
    options = (
        templates_for(d.type, c.split)
        if c.split in SPLITS
        else [t for t in TEMPLATES[d.type] if t[1] in ("train", "test")]
    )
    if d.type == "antrag":
        options = [t for t in options if ("_en_" in t[0]) == (c.language == "en")]
    if d.type == "sonstiges" and not c.asylum:
        options = [t for t in options if "anhoerung" not in t[0]]
    if d.type == "sonstiges" and c.asylum and r.random() < 0.6:
        options = [t for t in options if "anhoerung" in t[0]] or options
    if d.type == "sonstiges" and options and "anhoerung" not in options[0][0]:
        pass
    tid, _, _ = r.choice(options)
    d.template = tid
    if d.type == "sonstiges" and "anhoerung" not in tid and c.asylum:
        d.date = c.received - timedelta(days=r.randint(5, 200))


def render_pages(c: Case, d: DocPlan, r: random.Random) -> list:
    fn = next(t[2] for t in TEMPLATES[d.type] if t[0] == d.template)
    spec = fn(c, d, r)
    pages = layout(spec, squiggle_seed=r.randrange(10**6))
    if d.type == "bamf_bescheid":
        while len(pages) < 3:  # a decision has at least three pages
            d.extra["bamf_reasons"] = d.extra.get("bamf_reasons", 6) + 3
            pages = layout(fn(c, d, r), squiggle_seed=1)
        if d.extra.get("dropped_page"):
            drop = r.randrange(1, len(pages))
            d.extra["dropped_printed_page"] = drop + 1
            pages = pages[:drop] + pages[drop + 1 :]
    return pages


# ------------------------------------------------------------------ delivery

ATTACH_NAMES = {
    "antrag": [
        "Härtefallantrag.pdf",
        "Antrag_HFK_{n}.pdf",
        "Antrag.pdf",
        "Schreiben an Härtefallkommission.pdf",
    ],
    "bamf_bescheid": [
        "BAMF_Bescheid.pdf",
        "Bescheid Bundesamt.pdf",
        "Ablehnungsbescheid_{n}.pdf",
        "Anlage_K2_Bescheid.pdf",
    ],
    "aerztliches_gutachten": [
        "Ärztliches_Attest_März.pdf",
        "Attest_{n}.pdf",
        "Fachärztliche Stellungnahme.pdf",
        "Arztbrief.pdf",
    ],
    "vollmacht": ["Vollmacht.pdf", "Vollmacht_unterschrieben.pdf", "VM_{n}.pdf"],
    "schweigepflichtsentbindung": ["Schweigepflichtentbindung.pdf", "Entbindung_Schweigepflicht_{n}.pdf"],
    "datenschutzeinwilligung": ["Datenschutzerklärung.pdf", "Einwilligung_DSGVO.pdf", "Datenschutz.pdf"],
    "lebenslauf": ["Lebenslauf_{n}.pdf", "CV.pdf", "Lebenslauf.pdf"],
    "sprachnachweis": ["Sprachzertifikat_B1.pdf", "DTZ_Zertifikat.pdf", "Deutschkurs.pdf"],
    "arbeitsnachweis": ["Arbeitsvertrag.pdf", "Lohnabrechnung_{n}.pdf", "Arbeitszeugnis.pdf"],
    "ehrenamt": ["Ehrenamt_Bestätigung.pdf", "Mitgliedschaft_Verein.pdf"],
    "unterstuetzerschreiben": [
        "Unterstützerschreiben.pdf",
        "Brief_Nachbarn.pdf",
        "Empfehlung_Arbeitgeber.pdf",
    ],
    "schulnachweis": ["Schulbescheinigung_{n}.pdf", "Zeugnis_{n}.pdf", "Kita_Bescheinigung.pdf"],
    "auslaenderbehoerde": ["Duldung.pdf", "Ordnungsverfügung.pdf", "Schreiben_Ausländerbehörde.pdf"],
    "gerichtsentscheidung": ["Urteil_VG.pdf", "Beschluss_Verwaltungsgericht.pdf"],
    "strafrecht": ["Strafbefehl.pdf", "Führungszeugnis.pdf"],
    "identitaetsnachweis": ["Pass_Kopie.pdf", "Geburtsurkunde_Übersetzung.pdf"],
    "sonstiges": ["Dokument.pdf", "Anlage.pdf", "Meldebescheinigung.pdf"],
}


class Names:
    """Unique base names within one case (truth keys on the file's base name)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def get(self, name: str) -> str:
        stem, dot, ext = name.rpartition(".")
        cand, i = name, 2
        while cand.lower() in self.used:
            cand = f"{stem} ({i}).{ext}" if dot else f"{name} ({i})"
            i += 1
        self.used.add(cand.lower())
        return cand


class Builder:
    """Renders the documents of one case into files and records where each document ended up."""

    def __init__(self, c: Case, r: random.Random, pages: dict[int, list]) -> None:
        self.c, self.r, self.pages = c, r, pages
        self.names = Names()
        self.files: list[dict] = []  # truth "files"
        self.truth_docs: list[tuple[DocPlan, str, list[int], str]] = []
        self.errors: list[str] = []
        self.mail_non_pdf = False

    def _record(
        self,
        name: str,
        rendering: str,
        docs: list[DocPlan],
        via: str,
        per_doc_pages: list[int],
        from_mail: bool,
        is_pdf: bool,
    ) -> None:
        start = 1
        for d, n in zip(docs, per_doc_pages, strict=True):
            self.truth_docs.append((d, name, list(range(start, start + n)), rendering))
            start += n
        self.files.append({"file": name, "rendering": rendering, "pages": start - 1, "via": via})
        if from_mail and not is_pdf:
            self.mail_non_pdf = True

    def pdf(
        self, docs: list[DocPlan], name: str, rendering: str, via: str = "", from_mail: bool = False
    ) -> tuple[str, bytes]:
        r = self.r
        name = self.names.get(name)
        all_pages = [p for d in docs for p in self.pages[id(d)]]
        counts = [len(self.pages[id(d)]) for d in docs]
        if rendering == "digital":
            data = R.pdf_from_pages(
                all_pages, title=name.rsplit(".", 1)[0], author="", date=str(docs[0].date or self.c.received)
            )
        elif rendering == "scan":
            dpi = r.choice([200, 200, 240, 300]) if not self._small else 150
            if self._small:  # the committed demo: low noise so the JPEGs stay small
                data = R.image_pdf(
                    [
                        R.jpeg_bytes(R.scan_effects(R.rasterize(p, 150), r, 0.35), 50, (150, 150))
                        for p in all_pages
                    ],
                    title=name,
                )
            else:
                data = R.image_pdf(R.scan_pages(all_pages, r, dpi, r.choice([55, 65, 75])), title=name)
        else:  # fax gateway PDF
            ims = [
                R.fax_page(p, r, r.random() < 0.5, self._fax_header(i + 1, len(all_pages)))
                for i, p in enumerate(all_pages)
            ]
            data = R.image_pdf([im.convert("L") for im in ims], title="Telefax")
        self._record(name, rendering, docs, via, counts, from_mail, True)
        return name, data

    _small = False

    def _fax_header(self, i: int, n: int) -> str:
        c = self.c
        sender = c.rep.org if c.rep else c.applicant.full
        return f"{fmt(c.received)} 14:{(i * 7) % 60:02d}  FAX +49 {R.random.Random(sender).randint(200, 999)} 44{len(sender):02d}19  {sender[:34]}   S. {i}/{n}"

    def fax_tiff(self, docs: list[DocPlan]) -> tuple[str, bytes]:
        r = self.r
        fine = r.random() < 0.5
        comp = r.choice(["group3", "group4"])
        name = self.names.get(f"FAX_{self.c.received.strftime('%Y%m%d')}_{r.randint(80000, 175959):06d}.tif")
        all_pages = [p for d in docs for p in self.pages[id(d)]]
        ims = [
            R.fax_page(p, r, fine, self._fax_header(i + 1, len(all_pages))) for i, p in enumerate(all_pages)
        ]
        self._record(name, "fax", docs, "", [len(self.pages[id(d)]) for d in docs], False, False)
        self.files[-1]["fax"] = {"fine": fine, "compression": comp}
        return name, R.fax_tiff(ims, fine, comp)

    def scan_tiff(self, docs: list[DocPlan], via: str) -> tuple[str, bytes]:
        r = self.r
        name = self.names.get(f"Scan_{r.randint(1, 999):03d}.tif")
        all_pages = [p for d in docs for p in self.pages[id(d)]]
        ims = [R.scan_effects(R.rasterize(p, 150), r) for p in all_pages]
        buf = io.BytesIO()
        ims[0].save(
            buf, format="TIFF", save_all=True, append_images=ims[1:], compression="tiff_lzw", dpi=(150, 150)
        )
        self._record(name, "scan", docs, via, [len(self.pages[id(d)]) for d in docs], True, False)
        return name, buf.getvalue()

    def photos(self, d: DocPlan, via: str) -> list[tuple[str, bytes]]:
        out = []
        base = self.r.randint(100000, 235959)
        for i, page in enumerate(self.pages[id(d)]):
            name = self.names.get(f"IMG_{self.c.received.strftime('%Y%m%d')}_{base + i * 17:06d}.jpg")
            data = R.photo_jpeg(page, self.r, quality=70 if self._small else 82)
            self.truth_docs.append((d, name, [1], "photo"))
            self.files.append({"file": name, "rendering": "photo", "pages": 1, "via": via})
            self.mail_non_pdf = True
            out.append((name, data))
        return out

    def docx(self, d: DocPlan, via: str) -> tuple[str, bytes]:
        fn = next(t[2] for t in TEMPLATES[d.type] if t[0] == d.template)
        spec = fn(self.c, d, random.Random(d.template))
        name = self.names.get(
            r_choice(self.r, ["Antrag Härtefall.docx", "Härtefallantrag_Entwurf.docx", "Brief.docx"])
            if d.type == "antrag"
            else f"{d.type.capitalize()}.docx"
        )
        data = R.docx_bytes(
            spec,
            author=self.c.rep.person if self.c.rep else self.c.applicant.full,
            when=str(d.date or self.c.received),
        )
        self.truth_docs.append((d, name, [1], "docx"))
        self.files.append({"file": name, "rendering": "docx", "pages": 1, "via": via})
        self.mail_non_pdf = True
        return name, data


def r_choice(r: random.Random, xs: list[str]) -> str:
    return r.choice(xs)


def _attach_name(b: Builder, d: DocPlan) -> str:
    n = b.c.applicant.name.replace(" ", "_")
    return b.r.choice(ATTACH_NAMES[d.type]).format(n=n)


def _mime(name: str) -> tuple[str, str]:
    ext = name.rsplit(".", 1)[-1].lower()
    return {
        "pdf": ("application", "pdf"),
        "jpg": ("image", "jpeg"),
        "tif": ("image", "tiff"),
        "zip": ("application", "zip"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    }[ext]


# The cover mails of the held-out splits blind5 to blind22, one set of wordings each: in English, from a
# lawyer or counselling service (one of two, drawn), and from the applicants themselves. Fields: {who} the
# sender, {full}/{name} the applicant's full and family name, {org}/{street}/{city} the representative's.
_COVER_TEXTS: dict[str, tuple[str, tuple[str, str], str]] = {
    "blind22": (
        "Dear office of the Hardship Commission,\n\nattached are the last papers for the request of {full}. My mentor showed me how to attach them; if one does not open, I can bring it by hand.\n\nGreetings and many thanks\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nin der Härtefallsache {name} dürfen wir die noch ausstehenden Nachweise als PDF übermitteln. Wir bitten, sie dem bereits angelegten Vorgang zuzuordnen.\n\nHochachtungsvoll\n{who}\n{org}\n{street}\n{city}",
            "Liebe Kolleginnen und Kollegen in Düsseldorf,\n\n{full} hat heute in der Sprechstunde die restlichen Papiere abgegeben. Wir haben sie für Sie eingescannt, sie hängen an dieser Nachricht.\n\nHerzliche Grüße aus der Beratung\n{who}",
        ),
        "Guten Tag, sehr geehrte Geschäftsstelle,\n\nhier schickt {full} die Dokumente, die noch gefehlt haben. Die Originale habe ich zu Hause; sagen Sie mir bitte, wenn Sie eines sehen möchten.\n\nVielen Dank und freundliche Grüße\n{who}",
    ),
    "blind21": (
        "Good afternoon,\n\nthe documents below complete the request of {full}. A volunteer from the language café helped me to put them into this e-mail; the paper originals are at home.\n\nWith respect and thanks\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nin der bei Ihnen geführten Eingabe {name} reichen wir die zugesagten Unterlagen in elektronischer Form nach und bitten, sie dem Vorgang zuzuordnen.\n\nMit freundlichen Grüßen\n{who}\n{org}\n{street} · {city}",
            "Guten Tag aus der Beratung,\n\nbei unserem letzten Termin hat {full} die noch offenen Papiere mitgebracht. Wir haben sie eingescannt und senden sie Ihnen hiermit zu.\n\nBeste Grüße und einen guten Tag\n{who}",
        ),
        "Sehr geehrte Geschäftsstelle,\n\nich, {full}, schicke Ihnen die Unterlagen, die in Ihrem Brief noch gefehlt haben. Falls noch etwas fehlt, schreiben Sie mir bitte eine kurze Nachricht.\n\nMit freundlichem Gruß und vielen Dank\n{who}",
    ),
    "blind20": (
        "Dear Commission staff,\n\nplease find attached what was still missing in the file of {full}. I took the photos at the kitchen table, so some pages may look a bit dark.\n\nKind thanks and greetings\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nim Härtefallvorgang {name} übermitteln wir die seinerzeit zugesagten Nachweise als Dateianhänge und bitten um Übernahme in die Akte.\n\nMit freundlichen Grüßen aus der Kanzlei\n{who}\n{org}\n{street}, {city}",
            "Guten Tag nach Düsseldorf,\n\nFamilie {name} war heute bei uns; was sie an Papieren dabeihatte, haben wir eingescannt. Alles hängt an dieser Mail.\n\nFreundliche Grüße aus der Beratungsstelle\n{who}",
        ),
        "Guten Tag,\n\nich heiße {full} und schicke Ihnen die Unterlagen, die noch gefehlt haben. Wenn etwas nicht zu lesen ist, rufen Sie mich bitte an.\n\nDanke vielmals\n{who}",
    ),
    "blind19": (
        "Hello Commission office,\n\nI am adding a few more papers for the request of {full}. My cousin printed and scanned them at his workplace, so the file names are in his style.\n\nWith best wishes from the whole family\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nzur Akte {name} reichen wir in elektronischer Form die noch fehlenden Belege ein; eine gesonderte Übersendung auf dem Postweg erfolgt nicht mehr.\n\nIn Erwartung Ihrer Eingangsnachricht\n{who}\n{org}\n{street} – {city}",
            "Hallo ins Team der Geschäftsstelle,\n\nheute war {full} in der Sprechstunde, wir haben die letzten Nachweise gemeinsam sortiert. Sie hängen dieser Nachricht an.\n\nSchöne Woche noch und viele Grüße\n{who}",
        ),
        "Sehr geehrte Mitarbeiterinnen und Mitarbeiter,\n\nich, {full}, sende Ihnen die Papiere, um die Sie mich gebeten haben. Ein Papier kommt später, die Schule schreibt es gerade.\n\nVielen Dank für Ihre Geduld\n{who}",
    ),
    "blind18": (
        "Hi there,\n\nsending over the remaining documents of {full} as promised on the phone. The originals are kept in a folder at home, just say if you need to see one of them.\n\nCheers and thanks\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nin der Härtefallangelegenheit {name} überreichen wir als Anlage die noch offenen Belege mit der Bitte, sie zum dortigen Vorgang zu nehmen.\n\nMit besten Grüßen aus der Kanzlei bzw. Beratung\n{who}\n{org} / {street} / {city}",
            "Servus liebe Geschäftsstelle,\n\nFamilie {name} hat uns weitere Papiere vorbeigebracht; sie sind eingescannt und hängen dran. Bei Unklarheiten meldet euch gern.\n\nGanz liebe Grüße\n{who}",
        ),
        "Werte Härtefallkommission,\n\nmein Name ist {full}. In der Anlage finden Sie die Nachweise, die mir noch gefehlt haben. Ein Bekannter aus dem Sprachkurs hat mir beim Verschicken geholfen.\n\nHochachtungsvoll und dankbar\n{who}",
    ),
    "blind17": (
        "Good day,\n\nthis mail belongs to the hardship case of {full}. The files below are what the school and the doctor gave us last week; my neighbour helped me to scan them.\n\nStay well\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nzum Vorgang {name} legen wir die seinerzeit angekündigten Nachweise vor. Um Zuordnung zur Akte und eine kurze Nachricht über den Eingang wird höflich gebeten.\n\nFreundlich\n{who}\n{org}, {street}, {city}",
            "Hallo Geschäftsstelle,\n\nheute kommt Nachschub für {full}: was die Familie uns in der offenen Sprechstunde gebracht hat, haben wir eingescannt und hängen es hier an.\n\nAlles Gute aus der Beratung\n{who}",
        ),
        "Sehr geehrte Kommission,\n\nhier schreibt {full}. Ich schicke die Papiere, die noch gefehlt haben. Wenn Sie noch etwas brauchen, sagen Sie es mir bitte, ich bringe es dann.\n\nMit großem Dank\n{who}",
    ),
    "blind16": (
        "Hello to the Hardship Commission team,\n\nin the attachment you find the papers of {full} that I still owed you. The copy shop printed them again for me, so some pages look grey.\n\nThank you for your patience\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nbetreffend die Härtefallsache {name} übermitteln wir im Nachgang die angekündigten Anlagen und bitten um Aufnahme in die dortige Akte.\n\nMit kollegialer Empfehlung\n{who}\n{org} – {street} – {city}",
            "Moin aus der Beratungsstelle,\n\n{full} war heute bei uns, wir haben die restlichen Nachweise gemeinsam eingescannt und schicken sie hiermit weiter.\n\nHerzliche Grüße vom ganzen Team\n{who}",
        ),
        "Sehr geehrte Kommission,\n\nich bin es noch einmal, {full}. Im Anhang sind die Unterlagen, nach denen Sie gefragt haben. Mein Sohn hat sie für mich fotografiert und abgeschickt.\n\nIch danke Ihnen sehr\n{who}",
    ),
    "blind15": (
        "Dear colleagues of the Commission,\n\nfollowing up on my request, I forward the outstanding papers of {full}. A friend scanned them at the library for me.\n\nWith many thanks in advance\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nzu dem bei Ihnen anhängigen Härtefallbegehren {name} reichen wir die zugesagten Belege nach. Wir bitten, sie dem Vorgang beizufügen.\n\nMit vorzüglicher Hochachtung\n{who}\n{org}\n{street}\n{city}",
            "Hallo liebe Geschäftsstelle,\n\nanbei die Nachweise, die uns {full} in der letzten Sprechstunde mitgebracht hat. Die Scans sind leider nicht alle gerade geworden.\n\nBis bald und danke\n{who}",
        ),
        "Guten Tag an die Kommission,\n\nhier bin ich wieder, {full}. Ich schicke die Papiere, die beim ersten Mal gefehlt haben. Meine Tochter hat mir beim Schreiben geholfen.\n\nDanke für alles\n{who}",
    ),
    "blind14": (
        "To whom it may concern at the Commission,\n\nplease add the enclosed scans to the file of {full}. I kept the paper versions at home in a folder.\n\nWarm wishes\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nnachstehend erhalten Sie zur Härtefallsache {name} die ergänzenden Unterlagen in elektronischer Form; die Übersendung per Post unterbleibt.\n\nHochachtungsvoll\n{who}\n{org} | {street} | {city}",
            "Guten Morgen aus der Beratung,\n\nwie am Telefon besprochen reiche ich für {full} die fehlenden Blätter ein. Alles Weitere folgt, sobald die Familie es uns bringt.\n\nHerzlich\n{who}",
        ),
        "Sehr geehrtes Büro der Kommission,\n\nich, {full}, reiche hier die restlichen Blätter ein. Meine Nachbarin hat mir beim Einscannen geholfen.\n\nMit Dank und Gruß\n{who}",
    ),
    "blind13": (
        "Good day to the Commission office,\n\nthis is {full} writing. As promised I am sending the papers that were still open; each file name says what is inside.\n\nWith gratitude\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nfür {full} legen wir die noch fehlenden Anlagen zur laufenden Härtefalleingabe vor und bitten um Zuordnung zur bestehenden Akte.\n\nMit verbindlichen Grüßen\n{who}\n{org}, {street}, {city}",
            "Liebe Kolleginnen und Kollegen,\n\ndie angekündigten Nachweise zu Familie {name} kommen hiermit. Rückfragen gern direkt an mich.\n\nFreundlich grüßt\n{who}",
        ),
        "Guten Tag liebe Geschäftsstelle,\n\nich bin {full} und schicke noch Dokumente für meinen Antrag. Wenn etwas nicht gut lesbar ist, schicke ich es noch einmal.\n\nVielen lieben Dank\n{who}",
    ),
    "blind12": (
        "Hello dear office,\n\nmy name is {full}. I promised to send the remaining papers, here they are as attachments. Please write back if one of them cannot be opened.\n\nThankfully yours\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nin Ergänzung unserer Eingabe für {full} übermitteln wir die noch offenen Nachweise; die Dateinamen nennen jeweils den Inhalt.\n\nMit kollegialem Gruß\n{who}\n{org} · {street} · {city}",
            "Hallo in die Geschäftsstelle,\n\nfür Familie {name} reichen wir heute weitere Belege nach. Die Papierfassung bleibt bei uns in der Beratungsakte.\n\nSonnige Grüße\n{who}",
        ),
        "Sehr geehrte Frau oder Herr,\n\nhier sind noch Papiere von mir, {full}, für die Härtefallkommission. Ich habe sie mit dem Handy gemacht, ich hoffe man kann alles lesen.\n\nDankeschön und Gruß\n{who}",
    ),
    "blind11": (
        "Dear Commission office,\n\nI am {full}. Today I send the rest of my papers as files; the originals stay with me until you ask for them.\n\nRespectfully\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nfür unsere Mandantschaft {full} reichen wir mit dieser Nachricht die zugesagten Unterlagen zur Härtefalleingabe nach.\n\nBeste Grüße\n{who}\n{org}",
            "Guten Tag zusammen,\n\ndie Unterlagen zum Fall {name} hängen an. Sollte eine Datei nicht zu öffnen sein, schicken wir sie gern noch einmal.\n\nHerzliche Grüße\n{who}",
        ),
        "Sehr geehrte Geschäftsstelle,\n\nanbei schicke ich, {full}, die fehlenden Blätter zu meinem Härtefallantrag. Bei Fragen bin ich telefonisch erreichbar.\n\nDanke schön\n{who}",
    ),
    "blind10": (
        "Good evening,\n\nattached you will find further documents for my request to the Commission. My name is {full}; please tell me if a paper is missing.\n\nKind regards\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nbezugnehmend auf die Härtefalleingabe {full} erhalten Sie anbei die noch ausstehenden Belege zur Ergänzung.\n\nMit freundlichen Grüßen\n{who}\n{org}",
            "Liebes Team der Härtefallkommission,\n\nanliegend wie angekündigt die Papiere der Familie {name}. Für eine kurze Nachricht zum Eingang sind wir dankbar.\n\nViele Grüße\n{who}",
        ),
        "Hallo,\n\nich bin {full} und schicke hier meine Papiere für den Antrag. Vielen Dank, dass Sie es lesen.\n\nGrüße\n{who}",
    ),
    "blind9": (
        "Hello Sir or Madam,\n\nhere come the missing papers for my hardship request. The scans are from my phone, I hope they are readable.\n\nWith thanks\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nzum Härtefallverfahren {full} überlassen wir Ihnen die beiliegenden Dokumente zur Vervollständigung der Akte.\n\nMit freundlichen Grüßen\n{who}\n{org}",
            "Hallo liebes Team der Geschäftsstelle,\n\nim Nachgang zu unserem Antrag für Familie {name} kommen hier die restlichen Belege.\n\nBeste Grüße\n{who}",
        ),
        "Guten Tag,\n\nin der Anlage finden Sie meine Dokumente, Name {full}. Sagen Sie mir bitte Bescheid, wenn noch etwas gebraucht wird.\n\nMit Dank\n{who}",
    ),
    "blind8": (
        "Good morning,\n\nthese are the other papers for my application to the Hardship Commission. I can bring the originals if you need them.\n\nBest regards\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nin der Härtefallsache {name} übersenden wir anliegend weitere Unterlagen mit der Bitte um Kenntnisnahme.\n\nFreundliche Grüße\n{who}\n{org}",
            "Guten Tag,\n\nanbei wie besprochen die fehlenden Nachweise für {full}. Eine kurze Eingangsbestätigung wäre nett.\n\nViele Grüße\n{who}",
        ),
        "Sehr geehrte Damen und Herren,\n\nich schicke Ihnen die Unterlagen für meinen Antrag ({full}). Falls etwas fehlt, melden Sie sich bitte.\n\nDanke und Grüße\n{who}",
    ),
    "blind7": (
        "Hi,\n\nI attach the remaining papers (scans) for my hardship case. If something is missing please write me.\n\nMany thanks\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nzur Eingabe für {full} reichen wir die im Anhang befindlichen Belege nach und bitten, sie der Akte beizufügen.\n\nMit freundlichem Gruß\n{who}\n{org}",
            "Hallo zusammen,\n\nwie angekündigt kommen hier die Nachweise zu {name}. Bei Fragen gern anrufen.\n\nGruß\n{who}",
        ),
        "Guten Abend,\n\nim Anhang die Papiere für {full}. Ich hoffe, es ist alles lesbar.\n\nVielen Dank\n{who}",
    ),
    "blind6": (
        "Hello,\n\nin the attachment you find the papers for my application. Thank you for your help.\n\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nin der Angelegenheit {name} erhalten Sie die Anlagen zu unserem Schreiben. Das Original folgt nicht.\n\nFreundliche Grüße\n{who}\n{org}",
            "Guten Tag,\n\nbeigefügt die noch fehlenden Nachweise für {full}.\n\nMfG\n{who}",
        ),
        "Sehr geehrte Damen und Herren,\n\nich sende die Unterlagen für {full} mit.\n\nDanke\n{who}",
    ),
    "blind5": (
        "Dear Sir or Madam,\n\nI send you the attached files for my case. Sorry for my English.\n\nRegards\n{who}",
        (
            "Sehr geehrte Damen und Herren,\n\nzur Härtefalleingabe {name} erhalten Sie in der Anlage die angekündigten Nachweise.\n\nMit freundlichen Grüßen\ni. A. {who}\n{org}\n{street}, {city}",
            "Guten Tag,\n\nanbei weitere Unterlagen in der Sache {full} (Nachreichung). Um kurze Eingangsbestätigung wird gebeten.\n\nBeste Grüße\n{who}",
        ),
        "Hallo,\n\nhier sind die Unterlagen für {full}. Die Originale kann ich bei Bedarf vorbeibringen.\n\nGruß\n{who}",
    ),
}


def _cover_body(c: Case, r: random.Random) -> str:
    who = c.rep.person if c.rep else c.applicant.full
    if c.split in _COVER_TEXTS:
        english, by_rep, own = _COVER_TEXTS[c.split]
        fields = {"who": who, "full": c.applicant.full, "name": c.applicant.name}
        if c.rep:
            fields |= {"org": c.rep.org, "street": c.rep.street, "city": c.rep.city}
        if c.language == "en":
            return english.format(**fields)
        if c.rep and c.rep.kind in ("anwalt", "beratungsstelle"):
            return r.choice(list(by_rep)).format(**fields)
        return own.format(**fields)
    if c.split == "blind4":
        if c.language == "en":
            return f"Good afternoon,\n\nplease find my documents for the Hardship Commission attached to this e-mail.\n\nThank you,\n{who}"
        if c.rep and c.rep.kind == "anwalt":
            return r.choice(
                [
                    f"Sehr geehrte Damen und Herren,\n\nin Sachen {c.applicant.name} überreiche ich anliegend die im Schriftsatz angekündigten Anlagen.\n\nMit freundlichen kollegialen Grüßen\n{who}\n{c.rep.org}",
                    f"Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie Unterlagen zur Akte {c.applicant.name} mit der Bitte um Kenntnisnahme.\n\n-- \n{c.rep.org}\nSekretariat für {who}",
                ]
            )
        if c.rep and c.rep.kind == "beratungsstelle":
            return f"Liebe Kolleginnen und Kollegen der Geschäftsstelle,\n\nim Anhang schicken wir Ihnen Nachweise für die Familie {c.applicant.name}.\n\nViele Grüße\n{who}\n{c.rep.org}"
        return r.choice(
            [
                f"Guten Tag,\n\nich schicke die Papiere im Anhang. Bitte schreiben Sie mir, ob alles angekommen ist.\n\n{who}",
                f"Sehr geehrte Damen und Herren,\nanbei die Unterlagen von {c.applicant.full}.\nMit freundlichem Gruß\n{who}",
            ]
        )
    if c.split == "blind3":
        if c.language == "en":
            return f"Hello,\n\nattached are the papers for my hardship application. Please confirm that you received them.\n\nBest regards,\n{who}"
        if c.rep and c.rep.kind != "privat":
            return r.choice(
                [
                    f"Sehr geehrte Damen und Herren,\n\nin der Härtefallangelegenheit {c.applicant.name} übersenden wir die beigefügten Unterlagen (Vollmacht, Schweigepflichtentbindung und weitere Anlagen) zur Kenntnis und zum Verbleib.\n\nMit freundlichen Grüßen\n{who}\n{c.rep.org}",
                    f"Guten Tag,\nanbei wie besprochen die Anlagen für {c.applicant.full}. Die Originale gehen Ihnen per Post zu.\n\nFreundliche Grüße aus {c.rep.city.split(' ', 1)[1]}\n{who}",
                ]
            )
        return r.choice(
            [
                f"Sehr geehrte Damen und Herren,\nich schicke Ihnen die Unterlagen für meinen Antrag. Vielen Dank.\n{who}",
                f"Hallo,\n\nhier sind die Dokumente ({len(c.persons)} Person(en)). Bitte geben Sie Bescheid, wenn etwas fehlt.\n\n{who}",
            ]
        )
    if c.language == "en":
        return f"Dear Sir or Madam,\n\nplease find attached my documents for the hardship application.\n\nKind regards\n{who}"
    if c.split == "blind2":
        return r.choice(
            [
                f"Guten Tag,\n\nfür das Härtefallverfahren {c.applicant.name} sende ich Ihnen die Anlagen zu. Über eine Eingangsbestätigung würde ich mich freuen.\n\nMit besten Grüßen\n{who}",
                f"Sehr geehrtes Team der Geschäftsstelle,\nanbei die Dokumente, um die es am Telefon ging.\nDanke und freundliche Grüße\n{who}",
            ]
        )
    if c.split == "blind":
        return r.choice(
            [
                f"Sehr geehrte Damen und Herren,\n\nzu dem Härtefallantrag für {c.applicant.full} reiche ich die angehängten Dokumente ein. Sollte etwas fehlen, geben Sie mir bitte Bescheid.\n\nBeste Grüße\n{who}",
                f"Moin,\n\ndie Unterlagen kommen anbei ({len(c.persons)} Person(en)). Den Eingang bitte kurz bestätigen.\n\nGruß\n{who}",
            ]
        )
    if c.split == "holdout":
        return r.choice(
            [
                f"Sehr geehrte Damen und Herren,\n\nin der Härtefallsache {c.applicant.name} erhalten Sie beigefügt die Unterlagen zur weiteren Veranlassung.\n\nFreundliche Grüße\n{who}",
                f"Guten Morgen,\nwie telefonisch angekündigt die Dokumente im Anhang. Für eine kurze Rückmeldung wäre ich dankbar.\n{who}",
            ]
        )
    if c.split != "test":
        return r.choice(
            [
                f"Sehr geehrte Damen und Herren,\n\nanbei übersende ich die Unterlagen in der Sache {c.applicant.full} mit der Bitte um Kenntnisnahme.\n\nMit freundlichen Grüßen\n{who}",
                f"Hallo,\nhier die Unterlagen.\nMfG {who}",
            ]
        )
    return r.choice(
        [
            f"Guten Tag,\n\nim Anhang finden Sie die Dokumente von {c.applicant.full}. Bitte bestätigen Sie den Eingang.\n\nViele Grüße\n{who}",
            f"Sehr geehrte Frau/Herr,\nich schicke Ihnen die Papiere wie besprochen. Danke für Ihre Hilfe!\n{who}",
        ]
    )


def _seal_boundaries(msg: EmailMessage, r: random.Random) -> None:
    """Set every multipart boundary from the case's rng (the stdlib would use the global random)."""
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"===============hfk{r.randrange(10**12):012d}==")


def make_mail(
    c: Case,
    r: random.Random,
    subject: str,
    body_text: str | None,
    html: bool,
    attachments: list[tuple[str, bytes]],
    when: datetime,
    sender: str,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "haertefallkommission@mkjfgfi.nrw.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{c.case_id}.{r.randrange(10**9)}@mail.example>"
    if body_text is not None:
        msg.set_content(body_text)
        if html:
            paras = "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in body_text.split("\n\n"))
            msg.add_alternative(f"<html><body>{paras}</body></html>", subtype="html")
    for name, data in attachments:
        if isinstance(data, EmailMessage):
            msg.add_attachment(data)
            continue
        maintype, subtype = _mime(name)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def _sender_addr(c: Case) -> str:
    base = (c.rep.person if c.rep else c.applicant.full).lower()
    base = "".join(ch for ch in base.replace(" ", ".") if ch.isascii() and (ch.isalnum() or ch == "."))
    return f"{base}@{'kanzlei' if c.sender == 'anwalt' else 'mail'}.example"


def deliver(c: Case, r: random.Random, docs: list[DocPlan], b: Builder, channel: str, inp: Path) -> dict:
    """Render the documents into the files of the chosen channel; returns scenario delivery facts."""
    facts: dict = {"channel": channel, "forms": []}
    scan_date = c.received.strftime("%Y%m%d")
    antrag = [d for d in docs if d.type == "antrag"]
    others = [d for d in docs if d.type != "antrag"]

    def write(name: str, data: bytes) -> None:
        (inp / name).write_bytes(data)

    def post(group: list[DocPlan]) -> None:
        if not group:
            return
        # bundles: one scanned PDF holding several documents
        cut = (
            sorted(r.sample(range(1, len(group)), min(len(group) - 1, r.choice([0, 1, 1, 2]))))
            if len(group) > 1
            else []
        )
        parts, prev = [], 0
        for x in cut + [len(group)]:
            parts.append(group[prev:x])
            prev = x
        for part in parts:
            name, data = b.pdf(part, f"Scan_{scan_date}_{r.randint(1, 9999):04d}.pdf", "scan")
            write(name, data)
            if len(part) > 1:
                facts["forms"].append("bundle")

    def fax(group: list[DocPlan]) -> None:
        if not group:
            return
        if r.random() < 0.25:
            name, data = b.pdf(group, f"Telefax_{scan_date}_{r.randint(1, 999):03d}.pdf", "fax")
            facts["forms"].append("fax_pdf")
        else:
            name, data = b.fax_tiff(group)
            facts["forms"].append(
                f"fax_tiff_{'fine' if b.files[-1]['fax']['fine'] else 'normal'}_{b.files[-1]['fax']['compression']}"
            )
        write(name, data)
        if len(group) > 1:
            facts["forms"].append("bundle")

    def mail(group: list[DocPlan], with_antrag: list[DocPlan]) -> None:
        eml_name = b.names.get(
            r.choice(
                [
                    "Härtefallantrag.eml",
                    "antrag.eml",
                    "Unterlagen.eml",
                    f"{c.applicant.name}.eml".replace(" ", "_"),
                ]
            )
        )
        forwarded = r.random() < 0.12
        inner_via = eml_name
        atts: list[tuple[str, bytes]] = []
        body_doc = None
        body_text = None
        if with_antrag and r.random() < 0.3 and c.language == "de":
            body_doc = with_antrag[0]
        elif with_antrag and r.random() < 0.25 and c.language == "de":
            name, data = b.docx(with_antrag[0], inner_via)
            atts.append((name, data))
            facts["forms"].append("docx")
        elif with_antrag:
            group = with_antrag + group
        use_zip = len(group) >= 3 and r.random() < 0.18
        zip_members: list[tuple[str, bytes]] = []
        bundle_pdf = len(group) >= 3 and c.sender == "anwalt" and r.random() < 0.35
        if bundle_pdf:
            name, data = b.pdf(
                group,
                r.choice(["Anlagen.pdf", "Anlagenkonvolut_K1-K8.pdf", "Unterlagen komplett.pdf"]),
                "digital",
                inner_via,
                True,
            )
            atts.append((name, data))
            facts["forms"].append("bundle")
            group = []
        for d in group:
            n = len(b.pages[id(d)])
            in_zip = use_zip and r.random() < 0.7
            via = f"{inner_via} > Unterlagen.zip" if in_zip else inner_via
            roll = r.random() if not b._small else 1.0
            if roll < 0.1 and n <= 2 and d.type != "antrag":
                files = b.photos(d, via)
                facts["forms"].append("photo")
            elif roll < 0.24:
                files = [b.pdf([d], _attach_name(b, d).replace(".pdf", "_scan.pdf"), "scan", via, True)]
                facts["forms"].append("scan_attachment")
            elif roll < 0.34 and d.type in ("lebenslauf", "unterstuetzerschreiben"):
                files = [b.docx(d, via)]
                facts["forms"].append("docx")
            elif roll < 0.27:
                files = [b.scan_tiff([d], via)]
                facts["forms"].append("tiff_attachment")
            else:
                files = [b.pdf([d], _attach_name(b, d), "digital", via, True)]
            (zip_members if in_zip else atts).extend(files)
        if zip_members:
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for name, data in zip_members:
                    zi = zipfile.ZipInfo(
                        name, date_time=(c.received.year, c.received.month, c.received.day, 9, 30, 0)
                    )
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    zi.flag_bits |= 0x800  # UTF-8 member names
                    z.writestr(zi, data)
            atts.append((b.names.get("Unterlagen.zip"), buf.getvalue()))
            facts["forms"].append("zip")
        if body_doc is not None:
            fn = next(t[2] for t in TEMPLATES["antrag"] if t[0] == body_doc.template)
            body_text = R.spec_text(fn(c, body_doc, random.Random(body_doc.template + c.case_id)))
            b.truth_docs.append((body_doc, "<body>", [1], "mail"))
            b.files.append({"file": "<body>", "rendering": "mail", "pages": 1, "via": inner_via})
            facts["forms"].append("mail_body_antrag")
        else:
            body_text = _cover_body(c, r)
            cover = DocPlan("sonstiges", None, template=f"sonstiges_mail_cover_{c.split}", rendering="mail")
            b.truth_docs.append((cover, "<body>", [1], "mail"))
            b.files.append({"file": "<body>", "rendering": "mail", "pages": 1, "via": inner_via})
        when = datetime(
            c.received.year, c.received.month, c.received.day, r.randint(7, 22), r.randint(0, 59), tzinfo=None
        )
        from datetime import timezone

        when = when.replace(tzinfo=timezone(timedelta(hours=1)))
        subject = r.choice(
            [
                f"Härtefallantrag {c.applicant.full}",
                "Antrag Härtefallkommission",
                f"Unterlagen {c.applicant.name}",
                "Antrag",
            ]
        )
        msg = make_mail(c, r, subject, body_text, r.random() < 0.4, atts, when, _sender_addr(c))
        if forwarded:
            outer = make_mail(
                c,
                r,
                "WG: " + subject,
                None,
                False,
                [],
                when + timedelta(hours=2),
                f"sekretariat@{'kanzlei' if c.rep else 'beratung'}.example",
            )
            _seal_boundaries(msg, r)
            outer.make_mixed()
            outer.add_attachment(msg)
            msg = outer
            facts["forms"].append("forwarded")
        _seal_boundaries(msg, r)
        write(eml_name, msg.as_bytes(policy=policy.default))
        facts["forms"].append("eml")
        facts["mail_date"] = c.received.isoformat()

    if channel == "post":
        post(antrag + others)
    elif channel == "fax":
        if len(antrag + others) > 6:
            fax(antrag + others[:3])
            fax(others[3:])
        else:
            fax(antrag + others)
    elif channel == "mail":
        mail(others, antrag)
    else:  # mixed: application by fax or mail, the rest by post or mail
        k = r.randint(0, len(others))
        first, rest = others[:k], others[k:]
        if r.random() < 0.5:
            mail(first, antrag)
            post(rest)
        else:
            fax(antrag + first)
            mail(rest, [])
    return facts


def add_truncated(b: Builder, c: Case, r: random.Random, inp: Path) -> None:
    """A broken file: a PDF cut off in transfer. Its documents are not in the truth (it cannot be read)."""
    tid = {
        "holdout": "unterstuetzerschreiben_h1",
        "blind": "unterstuetzerschreiben_x1",
        "blind2": "unterstuetzerschreiben_k1",
        "blind3": "unterstuetzerschreiben_q1",
        "blind4": "unterstuetzerschreiben_v1",
        "blind5": "unterstuetzerschreiben_w1",
        "blind6": "unterstuetzerschreiben_m6a",
        "blind7": "unterstuetzerschreiben_r7a",
        "blind8": "unterstuetzerschreiben_y8a",
        "blind9": "unterstuetzerschreiben_u9b",
        "blind10": "unterstuetzerschreiben_zx10b",
        "blind11": "unterstuetzerschreiben_kq1",
        "blind12": "unterstuetzerschreiben_o12a",
        "blind13": "unterstuetzerschreiben_p13b",
        "blind14": "unterstuetzerschreiben_n14b",
        "blind15": "unterstuetzerschreiben_j15b",
        "blind16": "unterstuetzerschreiben_y16c",
        "blind17": "unterstuetzerschreiben_t17b",
        "blind18": "unterstuetzerschreiben_nachbarn18",
        "blind19": "unterstuetzerschreiben_nachbarschaft_k19",
        "blind20": "unterstuetzerschreiben_trainer_z20",
        "blind21": "unterstuetzerschreiben_seelsorge_w21",
        "blind22": "unterstuetzerschreiben_nachbarin_v22",
    }.get(c.split, "unterstuetzerschreiben_a")
    d = DocPlan("unterstuetzerschreiben", c.received, template=tid)
    fn = next(t[2] for t in TEMPLATES[d.type] if t[0] == d.template)
    data = R.pdf_from_pages(layout(fn(c, d, r)))
    name = b.names.get(r.choice(["Anlage_beschädigt.pdf", "Brief_Unterstützer.pdf", "kaputt.pdf"]))
    cut = data[: len(data) // 3]
    (inp / name).write_bytes(cut.replace(b"%%EOF", b""))
    b.errors.append(name)


# ------------------------------------------------------------------ truth


def person_truth(c: Case) -> list[dict]:
    out = []
    for i, p in enumerate(c.persons):
        t = {
            "name": p.name,
            "vorname": p.vorname,
            "geburtsdatum": p.geburtsdatum.isoformat(),
            "geburtsort": p.geburtsort,
            "staatsangehoerigkeit": p.staat if c.language == "de" else c.natinfo["en"],
            "adresse": c.adresse,
        }
        if i in c.omitted:
            t[c.omitted[i]] = ""
        out.append(t)
    return out


def build_case(
    out_dir: Path,
    case_id: str,
    split: str,
    seed: int,
    r: random.Random,
    small: bool = False,
    force: dict | None = None,
) -> dict:
    c = make_case(r, case_id, split, seed)
    force = force or {}
    for k, v in force.get("case", {}).items():
        setattr(c, k, v)
    size = force.get("size") or r.choices(["small", "medium", "large"], [35, 50, 15])[0]
    docs = force["docs"](c, r) if "docs" in force else plan_docs(c, r, size)
    for d in docs:
        if not d.template:
            choose_template(c, d, r)
        elif d.template not in {t[0] for t in TEMPLATES[d.type]}:
            raise ValueError(d.template)
    pages = {id(d): render_pages(c, d, r) for d in docs}
    case_dir = out_dir / case_id
    inp = case_dir / "input"
    inp.mkdir(parents=True, exist_ok=True)
    b = Builder(c, r, pages)
    b._small = small
    channel = force.get("channel") or r.choices(["mail", "post", "fax", "mixed"], [45, 25, 15, 15])[0]
    facts = deliver(c, r, docs, b, channel, inp)
    if force.get("truncated", r.random() < 0.05):
        add_truncated(b, c, r, inp)
    present = [d for d, *_ in b.truth_docs if not d.template.startswith("sonstiges_mail_cover")]
    checklist, hints = expected(c, present, b.mail_non_pdf)
    documents = []
    for d, file, pgs, rendering in b.truth_docs:
        entry = {
            "file": file,
            "pages": pgs,
            "type": d.type,
            "date": d.date.isoformat() if d.date else None,
            "template": d.template,
            "rendering": rendering,
        }
        if d.extra.get("dropped_page"):
            entry["missing_printed_page"] = d.extra.get("dropped_printed_page")
        documents.append(entry)
    rep = None
    if c.rep:
        rep = {
            "name": c.rep.org if c.rep.kind != "privat" else c.rep.person,
            "kind": c.rep.kind,
            "adresse": c.rep.adresse,
        }
    truth = {
        "case_id": case_id,
        "split": split,
        "seed": seed,
        "received": c.received.isoformat(),
        "scenario": {
            "sender": c.sender,
            "channel": channel,
            "tags": c.tags(),
            "forms": sorted(set(facts["forms"])),
            "topics": sorted(c.topics),
            "language": c.language,
        },
        "files": b.files,
        "documents": documents,
        "persons": person_truth(c) if any(d.type == "antrag" for d in present) else [],
        "representative": rep,
        "checklist": checklist,
        "hints": hints,
        "complete": not any(v in ("missing", "outdated", "incomplete") for v in checklist.values()),
        "errors": b.errors,
    }
    (case_dir / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return truth


# ------------------------------------------------------------------ summary


def summarize(truths: list[dict]) -> dict:
    s: dict = {
        "cases": len(truths),
        "pages_total": sum(f["pages"] for t in truths for f in t["files"]),
        "complete": sum(t["complete"] for t in truths),
    }
    s["documents_per_class"] = dict(
        sorted(Counter(d["type"] for t in truths for d in t["documents"]).items())
    )
    s["documents_per_rendering"] = dict(
        sorted(Counter(d["rendering"] for t in truths for d in t["documents"]).items())
    )
    s["pages_per_rendering"] = dict(
        sorted(
            Counter(
                {
                    r: sum(f["pages"] for t in truths for f in t["files"] if f["rendering"] == r)
                    for r in RENDERINGS
                }
            ).items()
        )
    )
    s["checklist"] = (
        {k: dict(sorted(Counter(t["checklist"][k] for t in truths).items())) for k in truths[0]["checklist"]}
        if truths
        else {}
    )
    s["hints"] = dict(sorted(Counter(h for t in truths for h in t["hints"]).items()))
    s["senders"] = dict(sorted(Counter(t["scenario"]["sender"] for t in truths).items()))
    s["channels"] = dict(sorted(Counter(t["scenario"]["channel"] for t in truths).items()))
    s["forms"] = dict(sorted(Counter(f for t in truths for f in t["scenario"]["forms"]).items()))
    s["tags"] = dict(sorted(Counter(x for t in truths for x in t["scenario"]["tags"]).items()))
    s["templates"] = dict(sorted(Counter(d["template"] for t in truths for d in t["documents"]).items()))
    s["errors"] = sum(len(t["errors"]) for t in truths)
    return s


def summary_markdown(s: dict, split: str, seed: int) -> str:
    def table(title: str, data: dict) -> list[str]:
        out = [f"### {title}", "", "| | Anzahl / count |", "|---|---:|"]
        out += [f"| {k} | {v} |" for k, v in data.items()]
        return out + [""]

    lines = [
        f"# Testkorpus / test corpus: split `{split}`, seed {seed}",
        "",
        f"Fälle / cases: **{s['cases']}** · Seiten / pages: **{s['pages_total']}** · vollständig / complete: **{s['complete']}** · "
        f"defekte Dateien / broken files: **{s['errors']}**",
        "",
    ]
    lines += table("Dokumente je Klasse / documents per class", s["documents_per_class"])
    lines += table("Dokumente je Darstellung / documents per rendering", s["documents_per_rendering"])
    lines += table("Seiten je Darstellung / pages per rendering", s["pages_per_rendering"])
    lines += table("Absender / senders", s["senders"])
    lines += table("Eingangsweg / channels", s["channels"])
    lines += table("Formen / delivery forms", s["forms"])
    lines += table("Hinweise / hints", s["hints"])
    lines += table("Szenario-Merkmale / scenario tags", s["tags"])
    statuses = ["ok", "missing", "outdated", "incomplete", "not_required", "optional_missing"]
    lines += [
        "### Checkliste / checklist",
        "",
        "| Punkt / item | " + " | ".join(statuses) + " |",
        "|---|" + "---:|" * len(statuses),
    ]
    for k, v in s["checklist"].items():
        lines.append(f"| {k} | " + " | ".join(str(v.get(x, 0)) for x in statuses) + " |")
    return "\n".join(lines) + "\n"


def generate(
    out_dir: Path, seed: int = 0, cases: int = 60, split: str = "test", progress: Callable | None = None
) -> dict:
    """Generate `cases` cases of `split` into out_dir; deterministic for the seed. Returns the summary."""
    if split not in SPLITS:
        raise ValueError(
            f"Unbekannter Split {split!r}: erlaubt sind {', '.join(map(repr, SPLITS[:-1]))} und {SPLITS[-1]!r}."
        )
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    truths = []
    for i in range(cases):
        case_id = f"{split}-{i:04d}"
        r = random.Random(f"hfk-corpus:{split}:{seed}:{i}")
        truths.append(build_case(out_dir, case_id, split, seed, r))
        if progress:
            progress(i + 1, cases, case_id)
    s = summarize(truths)
    s.update({"split": split, "seed": seed})
    (out_dir / "summary.json").write_text(
        json.dumps(s, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (out_dir / "SUMMARY.md").write_text(summary_markdown(s, split, seed), encoding="utf-8")
    return s


# ------------------------------------------------------------------ demo


def _demo_docs(types: list[tuple[str, str, dict]]):
    def make(c: Case, r: random.Random) -> list[DocPlan]:
        out = []
        for t, when, extra in types:
            rc = c.received
            d = {
                "recent": rc - timedelta(days=10),
                "old": months_before(rc, 5),
                "bamf": c.bamf_date,
                "court": c.court_date,
            }[when]
            out.append(DocPlan(t, d, template=extra.pop("template", ""), extra=extra))
        return out

    return make


def generate_demo(out_dir: Path) -> None:
    """Three small demo submissions (input files only) with <name>.truth.json beside each folder."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    specs = {
        "vollstaendig": {
            "channel": "mail",
            "size": "medium",
            "case": {
                "sender": "applicant",
                "rep": None,
                "illness": False,
                "criminal": False,
                "court": False,
                "gestattung": False,
                "rueckfuehrung": None,
                "einreiseverbot": False,
                "s58a": False,
                "ausbildung": False,
                "language": "de",
                "omitted": {},
                "topics": set(TOPICS),
                "residence": "nrw",
            },
            "docs": _demo_docs(
                [
                    ("antrag", "recent", {"template": "antrag_a"}),
                    ("datenschutzeinwilligung", "recent", {}),
                    ("lebenslauf", "recent", {}),
                    ("bamf_bescheid", "bamf", {"bamf_reasons": 4}),
                    ("auslaenderbehoerde", "recent", {"template": "auslaenderbehoerde_duldung_a"}),
                    ("sprachnachweis", "recent", {}),
                ]
            ),
            "truncated": False,
        },
        "unvollstaendig": {
            "channel": "mail",
            "size": "medium",
            "case": {
                "sender": "anwalt",
                "illness": True,
                "criminal": False,
                "court": False,
                "gestattung": False,
                "rueckfuehrung": None,
                "einreiseverbot": False,
                "s58a": False,
                "ausbildung": False,
                "language": "de",
                "omitted": {},
                "topics": set(TOPICS),
                "residence": "nrw",
            },
            "docs": _demo_docs(
                [
                    ("antrag", "recent", {"template": "antrag_b"}),
                    ("aerztliches_gutachten", "old", {"template": "aerztliches_gutachten_c"}),
                    ("lebenslauf", "recent", {}),
                    ("datenschutzeinwilligung", "recent", {}),
                ]
            ),
            "truncated": False,
        },
        "scan": {
            "channel": "post",
            "size": "small",
            "case": {
                "sender": "beratungsstelle",
                "illness": False,
                "criminal": False,
                "court": False,
                "gestattung": False,
                "rueckfuehrung": None,
                "einreiseverbot": False,
                "s58a": False,
                "ausbildung": False,
                "language": "de",
                "omitted": {},
                "topics": set(TOPICS),
                "residence": "nrw",
            },
            "docs": _demo_docs(
                [
                    ("antrag", "recent", {"template": "antrag_a"}),
                    ("vollmacht", "recent", {"template": "vollmacht_a"}),
                    ("datenschutzeinwilligung", "recent", {"template": "datenschutzeinwilligung_a"}),
                    ("lebenslauf", "recent", {"template": "lebenslauf_a"}),
                ]
            ),
            "truncated": False,
        },
    }
    for name, force in specs.items():
        tmp = out_dir / f".{name}.tmp"
        r = random.Random(f"hfk-demo:{name}")
        force["case"]["asylum"] = name == "vollstaendig"
        truth = _build_demo(tmp, name, r, force)
        target = out_dir / name
        if target.exists():
            for f in target.iterdir():
                f.unlink()
            target.rmdir()
        (tmp / name / "input").rename(target)
        (out_dir / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (tmp / name / "truth.json").unlink()
        (tmp / name).rmdir()
        tmp.rmdir()


def _build_demo(tmp: Path, name: str, r: random.Random, force: dict) -> dict:
    # the case's facts must agree with the forced sender (a representative exists iff not the applicant)
    truth_force = dict(force)
    case_over = dict(force["case"])

    def docs(c: Case, rr: random.Random) -> list[DocPlan]:
        if c.sender != "applicant" and c.rep is None:
            c.rep = Rep(
                "beratungsstelle",
                N.COUNSELLING[0].format(c="Köln"),
                "Andrea Becker",
                "Hauptstraße 5",
                "50667 Köln",
            )
        if c.sender == "anwalt":
            c.rep = Rep("anwalt", "Kanzlei Brandt", "Thomas Brandt", "Ringstraße 12", "44137 Dortmund")
        if c.illness and not c.diagnosis:
            c.diagnosis = N.DIAGNOSES[0]
            c.ill_person = 0
        if c.asylum and not c.bamf_date:
            c.asylum_applied = c.entry + timedelta(days=20)
            c.bamf_date = c.asylum_applied + timedelta(days=200)
            c.bamf_gz = "7345123-475"
            c.bamf_site = N.BAMF_SITES[0]
        if not c.asylum:
            c.visa_purpose = c.visa_purpose or "der Beschäftigung"
        c.persons = [p for p in c.persons[:3] if not 3 <= p.age_on(c.received) <= 17]
        if c.residence == "nrw" and c.plz[:2] not in ("40", "41", "42", "44", "45", "46", "47", "50", "52"):
            c.city, c.plz, c.abh = "Köln", "50733", "Stadt Köln – Ausländeramt"
            c.court_city = "Köln"
        c.abh_plz = c.abh_plz if c.residence == "nrw" else "50667"
        return force["docs"](c, rr)

    truth_force["docs"] = docs
    truth_force["case"] = case_over
    return build_case(tmp, name, f"demo-{name}", 0, r, small=True, force=truth_force)
