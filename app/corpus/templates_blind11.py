"""Templates of the `blind11` split (session 14): a thirteenth held-out set, written once, in wording,
titles, labels and layouts of its own (persons as numbered form fields, role lists, transposed and
date-first tables, prose; letterheads, stamps and footers of their own)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hfk.corpus import names as N
from hfk.corpus.templates import (
    Box,
    DocSpec,
    P,
    Rule,
    Signature,
    Space,
    Style,
    Table,
    _child,
    _mrz,
    fmt,
    tpl,
)

SPLIT = "blind11"

MON = N.MONTHS_DE
MON_EN = N.MONTHS_EN


# ------------------------------------------------------------------ small helpers


def dots(d: date) -> str:
    """3.4.1985: day and month without leading zeros."""
    return f"{d.day}.{d.month}.{d.year}"


def lang(d: date) -> str:
    return f"{d.day}. {MON[d.month - 1]} {d.year}"


def us(d: date) -> str:
    return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"


def en(d: date) -> str:
    return f"{d.day} {MON_EN[d.month - 1]} {d.year}"


def iso(d: date) -> str:
    return d.isoformat()


def kurz(d: date) -> str:
    """14.03.25: the short form offices stamp."""
    return d.strftime("%d.%m.%y")


def mj(d: date) -> str:
    return f"{d.month:02d}/{d.year}"


def _pp(d: date) -> str:
    """A passport's date: 07 MAR 1985."""
    return f"{d.day:02d} {MON_EN[d.month - 1][:3].upper()} {d.year}"


def _st(r: random.Random, family: str | None = None, size: float | None = None, dense: bool = False) -> Style:
    if dense:
        return Style(
            family=family or "cond",
            size=size or r.choice([8.5, 9.0]),
            leading=1.2,
            margin_left=r.uniform(34, 44),
            margin_right=r.uniform(30, 40),
            margin_top=r.uniform(30, 40),
            margin_bottom=55,
            para_after=3.0,
        )
    return Style(
        family=family or r.choice(["serif", "sans", "cond", "serif"]),
        size=size or r.choice([10.0, 10.5, 11.0]),
        leading=r.choice([1.3, 1.4, 1.5]),
        margin_left=r.uniform(66, 90),
        margin_right=r.uniform(48, 64),
        margin_top=r.uniform(40, 58),
    )


def _abh_of(abh: str) -> str:
    """The foreigners' authority as a letter writer names it: the office first, the town in brackets."""
    if " – " in abh:
        town, office = abh.split(" – ", 1)
        return f"{office} ({town})"
    return abh


def _om(c, i: int, f: str) -> bool:
    return c.omitted.get(i) == f


_ROLES = {
    ("applicant", "m"): ("Antragsteller", "applicant"),
    ("applicant", "f"): ("Antragstellerin", "applicant"),
    ("spouse", "m"): ("Ehemann", "husband"),
    ("spouse", "f"): ("Ehefrau", "wife"),
    ("child", "m"): ("Sohn", "son"),
    ("child", "f"): ("Tochter", "daughter"),
}


def _role_de(c, p) -> str:
    return _ROLES[p.role, p.sex][0]


def _role_en(p) -> str:
    return _ROLES[p.role, p.sex][1]


def _herr(p) -> str:
    return ("Herr " if p.sex == "m" else "Frau ") + p.name


def _seed_int(s: str, lo: int, hi: int) -> int:
    return random.Random(s).randint(lo, hi)


def _phone(s: str) -> str:
    rr = random.Random("tel" + s)
    return f"0{rr.randint(201, 979)}/{rr.randint(20, 99)} {rr.randint(100, 999)}-{rr.randint(0, 99):02d}"


def _place(c) -> str:
    return c.city_or_nrw() if c.sender == "applicant" else c.rep.city.split(" ", 1)[1]


def _rep_label(c) -> str:
    return c.rep.org if c.rep.kind != "privat" else c.rep.person


HFK_LINES = [
    "Härtefallkommission NRW, Geschäftsstelle",
    "im Ministerium (MKJFGFI)",
    "Völklinger Str. 4",
    "40219 Düsseldorf",
]


def _to_hfk(r: random.Random) -> list:
    variant = r.randint(0, 2)
    if variant == 0:
        lines = HFK_LINES
    elif variant == 1:
        lines = [
            "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW",
            "z. Hd. Geschäftsstelle Härtefallkommission",
            "Völklinger Str. 4",
            "40219 Düsseldorf",
        ]
    else:
        lines = ["Vorab per Fax", *HFK_LINES]
    return [P(x, after=0) for x in lines] + [Space(12)]


def _rep_head(c, r: random.Random) -> list:
    """A representative's letterhead in one of three shapes of this split."""
    rp = c.rep
    kind = r.randint(0, 2)
    if rp.kind == "privat":
        return [
            P(f"{rp.person}", after=0, font="italic"),
            P(rp.street, after=0, font="italic"),
            P(rp.city, font="italic"),
            Space(8),
        ]
    tel = _phone(rp.org)
    if kind == 0:
        return [
            P(rp.org.upper(), bold=True, size=12, after=0),
            P(f"{rp.street} | {rp.city} | Fon {tel}", size=8, after=2),
            Rule(2.0),
            P(f"Bearbeitung: {rp.person}", size=8.5, align="right"),
        ]
    if kind == 1:
        return [
            Table(
                [
                    [rp.org, f"Ansprechperson: {rp.person}"],
                    [f"{rp.street}, {rp.city}", f"Telefon {tel}"],
                ],
                [0.6, 0.4],
                header=False,
                grid=False,
                size=8.5,
            ),
            Rule(0.4),
        ]
    return [
        Box([rp.org, rp.street, rp.city, f"Durchwahl {tel} · {rp.person}"], size=8.5),
        P(f"Abs.: {rp.org}, {rp.street}, {rp.city}", size=6.5, after=6),
    ]


def _own_head(c, r: random.Random) -> list:
    a = c.applicant
    if r.random() < 0.5:
        return [P(f"Absender: {a.full} · {c.street} · {c.plz} {c.city}", size=8.5), Space(6)]
    return [P(a.full, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}"), Space(8)]


def _head(c, r: random.Random) -> list:
    return _own_head(c, r) if c.sender == "applicant" else _rep_head(c, r)


# ------------------------------------------------------------------ the Begründung in this split's words


def _story(c, r: random.Random, first: bool) -> dict[str, list[str]]:
    """Sentences per Begründung topic; first=True: the applicant writes about herself/himself."""
    a = c.applicant
    he = a.sex == "m"
    land = c.natinfo["land"]
    who = "ich" if first else ("er" if he else "sie")
    ref = "Ich" if first else _herr(a)
    mich = "mich" if first else ("ihn" if he else "sie")
    mir = "mir" if first else ("ihm" if he else "ihr")
    mein = "mein" if first else ("sein" if he else "ihr")
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }

    def v(i: str, e: str) -> str:
        return i if first else e

    # ---- life story
    L = t["lebensgeschichte"]
    home = a.geburtsort if not _om(c, 0, "geburtsort") else land
    L.append(
        r.choice(
            [
                f"{ref} {v('bin', 'ist')} in {home} groß geworden und {v('habe', 'hat')} dort nach wenigen Schuljahren "
                f"in der {r.choice(['Werkstatt eines Onkels', 'Bäckerei der Nachbarn', 'Landwirtschaft der Eltern'])} mitgearbeitet.",
                f"Die Kindheit {v('habe ich', 'verbrachte ' + who)} in {home}{v(' verbracht', '')}; "
                f"{v('ich konnte', who + ' konnte')} die Schule nur bis zur {r.choice(['sechsten', 'achten', 'neunten'])} Klasse besuchen.",
            ]
        )
    )
    entry = r.choice([lang, dots, fmt])(c.entry)
    if c.einreiseverbot:
        L.append(
            f"Im Jahr {c.entry.year - 2} {v('wurde ich', 'wurde ' + who)} schon einmal abgeschoben. Am {entry} "
            f"{v('kam ich', 'kam ' + who)} zurück, trotz fortbestehender Sperre (Verbot von Einreise und Aufenthalt, § 11 AufenthG)."
        )
    else:
        fam = (
            f", gemeinsam mit {'meiner' if first else 'seiner' if he else 'ihrer'} Familie"
            if len(c.persons) > 1
            else ""
        )
        L.append(f"Nach Deutschland {v('kam ich', 'kam ' + who)} am {entry}{fam}.")

    # ---- residence status
    S = t["aufenthaltssituation"]
    if c.asylum:
        S.append(
            f"Den Asylantrag {v('stellte ich', 'stellte ' + who)} am {dots(c.asylum_applied)}. Das BAMF wies ihn "
            f"mit Bescheid vom {dots(c.bamf_date)} zurück (Aktenzeichen {c.bamf_gz})."
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Die dagegen gerichtete Klage liegt noch unentschieden beim {c.court_name} ({c.court_az})."
                )
            else:
                S.append(
                    f"Am {dots(c.court_date)} hat das {c.court_name} ({c.court_az}) die Klage zurückgewiesen."
                )
    else:
        S.append(
            f"Ins Land kam {v('ich', who)} mit Visum (Zweck: {_PURPOSE.get(c.visa_purpose, c.visa_purpose)}); später "
            f"verweigerte die Behörde, den Titel zu verlängern."
        )
        if c.court:
            if c.court_pending:
                S.append(f"Das dagegen angerufene {c.court_name} ({c.court_az}) hat noch nicht entschieden.")
            else:
                S.append(
                    f"Den Eilantrag dagegen wies das {c.court_name} mit Beschluss vom {dots(c.court_date)} zurück ({c.court_az})."
                )
    if c.gestattung:
        S.append(
            f"Das Asylverfahren ist nicht abgeschlossen; als Nachweis {v('dient mir', 'dient ' + mir)} die Aufenthaltsgestattung."
        )
    else:
        S.append(
            r.choice(
                [
                    f"Seitdem {v('habe ich', 'hat ' + who)} lediglich eine Duldung, die von Termin zu Termin verlängert wird.",
                    f"Heute {v('bin ich', 'ist ' + who)} ausreisepflichtig; die Abschiebung ist nur vorübergehend ausgesetzt (Duldung).",
                ]
            )
        )
    S.append(r.choice([f"Geführt wird die Akte bei {_abh_of(c.abh)}.", f"Zuständige Behörde: {c.abh}."]))
    extra = (
        (
            c.s58a,
            f"Erschwerend hat das Land gegen {mich} eine Abschiebungsanordnung gestützt auf § 58a AufenthG verfügt.",
        ),
        (
            c.rueckfuehrung,
            c.rueckfuehrung
            and f"Die Rückführung hat die Ausländerbehörde für den {dots(c.rueckfuehrung)} angekündigt.",
        ),
        (
            c.criminal,
            c.criminal
            and f"Ein Strafbefehl des Amtsgerichts {c.court_city} aus dem {MON[c.criminal_date.month - 1]} {c.criminal_date.year} "
            f"betraf {mich}: Vorwurf {c.offence[0]}, verhängt wurden {c.offence[1]}.",
        ),
    )
    S += [text for on, text in extra if on]

    # ---- family
    F = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        F.append(
            f"{v('Meine', mein.capitalize() + 'e')} {'Frau' if sp[0].sex == 'f' else 'Mann'} {sp[0].vorname} "
            f"und {mich} verbindet eine Ehe seit {r.randint(4, 19)} Jahren."
            if first
            else f"Die Ehe mit {sp[0].full} besteht seit Jahren; beide führen einen gemeinsamen Haushalt."
        )
    if kids:
        names = (
            " und ".join([", ".join(k.vorname for k in kids[:-1]), kids[-1].vorname])
            if len(kids) > 1
            else kids[0].vorname
        )
        F.append(
            f"{'Die Kinder' if len(kids) > 1 else 'Das Kind'} {names} {'kennen' if len(kids) > 1 else 'kennt'} "
            f"{land} nur vom Hörensagen."
        )
    F.append(
        r.choice(
            [
                f"In {land} ist allein {r.choice(['eine Tante', 'ein Großvater', 'ein Halbbruder'])} geblieben, der Kontakt ist abgerissen. "
                f"Hier in Deutschland wohnen {r.choice(['zwei Cousins', 'eine Schwester mit Aufenthaltserlaubnis', 'der eingebürgerte Onkel'])}.",
                f"Nahe Verwandte gibt es in {land} nicht mehr; {r.choice(['ein Bruder', 'die Schwiegereltern', 'eine Nichte'])} "
                f"{'lebt' if r.random() < 0.5 else 'leben'} dagegen seit Jahren in {r.choice(['Hamm', 'Herne', 'Minden', 'Moers'])}.",
            ]
        )
    )

    # ---- integration
    G = t["integration"]
    G.append(
        f"Den Integrationskurs {v('habe ich', 'hat ' + who)} mit Erfolg beendet; beim Einkaufen, beim Arzt und auf Ämtern {v('komme ich', 'kommt ' + who)} auf Deutsch zurecht."
    )
    if c.ausbildung:
        G.append(
            f"Seit August {c.received.year - 1} {v('lerne ich', 'lernt ' + who)} den Beruf "
            f"{r.choice(['Fachlagerist', 'Kfz-Mechatroniker', 'Pflegefachmann'])}; wegen dieser Lehre ist eine Duldung gemäß § 60c AufenthG zu erwarten."
        )
    else:
        G.append(
            f"Bei {c.employer} {v('arbeite ich', 'arbeitet ' + who)} als {c.job} und {v('komme', 'kommt')} ohne Sozialleistungen aus."
        )
    G.append(f"In der freien Zeit {v('helfe ich', 'hilft ' + who)} beim {c.club} mit.")
    for k in c.school_age():
        G.append(f"{k.vorname} ist Schüler/in der {c.school}; die Lehrkräfte loben Fleiß und Mitarbeit.")

    # ---- humanitarian reasons
    H = t["humanitaere_gruende"]
    if c.illness:
        code, name, sev = c.diagnosis
        p = c.persons[c.ill_person]
        if c.ill_person == 0:
            subj = v("Ich bin", ref + " ist")
        else:
            subj = f"{v('Mein' if p.role != 'spouse' or p.sex == 'm' else 'Meine', '')} {_role_de(c, p)} {p.vorname} ist".strip()
            if not first:
                subj = f"{p.full} ist"
        H.append(
            f"{subj} an {name} ({code}) erkrankt; der Verlauf ist {sev}, die Behandlung läuft fachärztlich."
        )
        H.append("Eine gleichwertige Behandlung wäre im Herkunftsland weder verfügbar noch bezahlbar.")
    H.append(
        f"Nach {land} zurückzugehen, kann man {mir} nicht abverlangen: "
        + r.choice(
            [
                "dort gibt es keine Unterkunft, keine Arbeit und niemanden, der hilft.",
                "der gesamte Lebensmittelpunkt liegt längst hier.",
                "die Familie stünde dort völlig ohne Schutz da.",
            ]
        )
    )
    return t


_PURPOSE = {
    "des Studiums": "Studium",
    "der Beschäftigung": "Erwerbstätigkeit",
    "der Familienzusammenführung": "Familiennachzug",
    "der Berufsausbildung": "Berufsausbildung",
}

ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


def _reasons(c, r: random.Random, first: bool, heads: list[str] | None, size: float | None = None) -> list:
    t = _story(c, r, first)
    out: list = []
    for i, topic in enumerate(ORDER):
        if topic not in c.topics:
            continue
        if heads:
            out.append(P(heads[i], bold=True, after=2, size=size))
        out.append(P(" ".join(t[topic]), size=size))
    return out


def _opening(c, r: random.Random) -> str:
    names = ", ".join(p.full for p in c.persons)
    if c.sender == "anwalt":
        return (
            f"in der oben bezeichneten Sache zeigen wir die Vertretung von {names} an. Wir beantragen, dass die Kommission "
            "den Fall annimmt und die zuständige Behörde um Erteilung eines Aufenthaltstitels ersucht (§ 23a AufenthG)."
        )
    if c.sender == "beratungsstelle":
        return (
            f"wir begleiten {names} seit längerem in unserer Beratung und reichen in ihrem Namen und mit ihrer Vollmacht "
            "den folgenden Härtefallantrag ein."
        )
    if c.sender == "privat":
        return (
            f"als {c.rep.relation} von {c.applicant.full} schreibe ich stellvertretend für die Familie und bitte, "
            "dass die Kommission sich der Familie annimmt und über sie berät."
        )
    return r.choice(
        [
            "mit diesem Schreiben lege ich der Härtefallkommission meine Lage und die meiner Angehörigen vor und bitte um Beratung.",
            "nach allem, was wir versucht haben, bleibt mir nur noch dieser Härtefallantrag an Sie.",
        ]
    )


def _closing(c, r: random.Random) -> list:
    signer = c.applicant.full if c.sender == "applicant" else c.rep.person
    return [
        P(
            r.choice(
                [
                    "Für ein Gespräch oder Rückfragen sind wir jederzeit erreichbar.",
                    "Was an Nachweisen noch fehlt, schicken wir hinterher, sobald es da ist.",
                    "Ich danke Ihnen für die Prüfung.",
                ]
            )
        ),
        P(r.choice(["Mit freundlichen Grüßen", "Hochachtungsvoll", "Freundliche Grüße"])),
        Signature(signer),
    ]


def _rep_line(c) -> str:
    if c.sender == "applicant":
        return "keine (Antrag in eigener Sache)"
    return f"{_rep_label(c)}, {c.rep.street}, {c.rep.city}"


# ------------------------------------------------------------------ antrag


@tpl("antrag", "kq1", SPLIT)
def antrag_kq1(c, d, r):
    """A numbered intake form: every person a block of numbered fields."""
    blocks = _head(c, r) + _to_hfk(r)
    blocks.append(P(f"{_place(c)}, {lang(d.date)}", align="right"))
    blocks.append(
        P("Eingabe an die Härtefallkommission NRW (Verfahren nach § 23a AufenthG)", bold=True, size=12.5)
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("A  Angaben zur Person", bold=True))
    for i, p in enumerate(c.persons, 1):
        blocks.append(P(f"Person {i} – {_role_de(c, p)}", bold=True, size=9.5, after=1))
        rows = [
            [f"{i}.1 Familienname", p.name],
            [f"{i}.2 Vorname(n)", p.vorname],
            [f"{i}.3 geboren am", "" if _om(c, i - 1, "geburtsdatum") else lang(p.geburtsdatum)],
            [f"{i}.4 Geburtsort", "" if _om(c, i - 1, "geburtsort") else p.geburtsort],
            [f"{i}.5 Staatsangehörigkeit", "" if _om(c, i - 1, "staatsangehoerigkeit") else p.staat],
        ]
        blocks.append(Table(rows, [0.38, 0.62], header=False, grid=r.random() < 0.5, size=9.5))
    blocks.append(P("B  Wohnung und Zuständigkeit", bold=True))
    rows = [
        ["B.1 Straße / Hausnummer", c.street],
        ["B.2 PLZ und Wohnort", f"{c.plz} {c.city}"],
        [
            "B.3 Art der Unterkunft",
            r.choice(
                [
                    "Mietwohnung",
                    "Gemeinschaftsunterkunft, Zimmer " + str(r.randint(2, 40)),
                    "Übergangswohnheim",
                ]
            ),
        ],
        ["B.4 Ausländerbehörde", c.abh],
        ["B.5 Bevollmächtigte Stelle", _rep_line(c)],
    ]
    blocks.append(Table(rows, [0.38, 0.62], header=False, grid=False, size=9.5))
    blocks.append(P("C  Begründung", bold=True))
    blocks += _reasons(
        c,
        r,
        c.sender == "applicant",
        [
            "C.1 Werdegang bis zur Einreise",
            "C.2 Aufenthaltsrechtlicher Stand",
            "C.3 Angehörige hier und im Herkunftsland",
            "C.4 Sprache, Arbeit, Engagement",
            "C.5 Warum eine Ausreise unzumutbar wäre",
        ],
    )
    blocks += _closing(c, r)
    return DocSpec(blocks, _st(r), footer="Blatt {p} / {n}")


@tpl("antrag", "kq2", SPLIT)
def antrag_kq2(c, d, r):
    """A Schriftsatz listing the family under roles, birth data in brackets, PLZ/Ort first."""
    a = c.applicant
    blocks = _head(c, r) + _to_hfk(r)
    blocks.append(P(f"Datum: {kurz(d.date)}", align="right", size=9))
    blocks.append(
        P(
            f"Härtefalleingabe für die Familie {a.name.upper()}"
            if len(c.persons) > 1
            else f"Härtefalleingabe {a.vorname} {a.name.upper()}",
            bold=True,
        )
    )
    blocks.append(P(f"hier: Ersuchen an {_abh_of(c.abh)}", size=9.5))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))

    def bracket(i, p) -> str:
        parts = []
        if not _om(c, i, "geburtsdatum"):
            parts.append(f"geb. {dots(p.geburtsdatum)}")
        if not _om(c, i, "geburtsort"):
            parts.append(f"in {p.geburtsort}")
        if not _om(c, i, "staatsangehoerigkeit"):
            parts.append(p.staat)
        return " ".join(parts[:2]) + (", " + parts[2] if len(parts) == 3 else "") if parts else ""

    lines = []
    role0 = "Antragstellerin" if a.sex == "f" else "Antragsteller"
    lines.append(f"{role0}:\t{a.name.upper()}, {a.vorname} ({bracket(0, a)})")
    sp = [(i, p) for i, p in enumerate(c.persons) if p.role == "spouse"]
    for i, p in sp:
        same = p.name == a.name
        lines.append(
            f"{_role_de(c, p)}:\t{p.vorname}{'' if same else ' ' + p.name.upper()} ({bracket(i, p)})"
            + (f" – Familienname {p.name.upper()}" if same else "")
        )
    kids = [(i, p) for i, p in enumerate(c.persons) if p.role == "child"]
    if kids:
        lines.append("Kinder:\t" + "; ".join(f"{p.vorname} {p.name} ({bracket(i, p)})" for i, p in kids))
    for ln in lines:
        blocks.append(P(ln.replace("\t", " "), indent=10, after=2))
    blocks.append(
        P(
            r.choice(
                [
                    f"wohnhaft in {c.plz} {c.city}, {c.street}",
                    f"Anschrift: {c.plz} {c.city}, {c.street} (Unterkunft, Zimmer {r.randint(1, 30)})",
                ]
            ),
            indent=10,
        )
    )
    blocks.append(
        P(
            "Zur Begründung tragen wir Folgendes vor:" if c.sender != "applicant" else "Zur Begründung:",
            bold=True,
        )
    )
    blocks += _reasons(
        c,
        r,
        c.sender == "applicant",
        [
            "I. Herkunft und Weg nach Deutschland",
            "II. Verfahren und Status",
            "III. Familie",
            "IV. Eingliederung",
            "V. Dringende Gründe",
        ],
    )
    blocks += _closing(c, r)
    if c.sender != "applicant":
        blocks.append(P(f"{_rep_label(c)} · {c.rep.street} · {c.rep.city}", size=7.5))
    return DocSpec(blocks, _st(r, "serif"), footer="— {p} —")


@tpl("antrag", "kq3", SPLIT)
def antrag_kq3(c, d, r):
    """Persons in a table whose first column is the birth date, the name in the middle."""
    blocks = _head(c, r) + _to_hfk(r)
    blocks.append(P(f"{_place(c)}, den {dots(d.date)}", align="right"))
    blocks.append(P("Betreff: Härtefallsache – Antrag mit Personenliste und Begründung", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren Kommissionsmitglieder,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("Der Antrag gilt für die nachstehend aufgeführten Personen:"))
    rows = [["geboren am", "in", "FAMILIENNAME, Vorname(n)", "Staatsangeh.", "Stellung"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                "" if _om(c, i, "geburtsdatum") else fmt(p.geburtsdatum),
                "" if _om(c, i, "geburtsort") else p.geburtsort,
                f"{p.name.upper()}, {p.vorname}",
                "" if _om(c, i, "staatsangehoerigkeit") else p.staat,
                _role_de(c, p),
            ]
        )
    blocks.append(Table(rows, [0.16, 0.17, 0.31, 0.17, 0.19], size=9))
    blocks.append(
        P(
            f"Alle Genannten sind gemeldet unter: {c.street}, {c.plz} {c.city}"
            + (f" (c/o {r.choice(N.GERMAN_SURNAMES)})" if r.random() < 0.3 else "")
            + f". Zuständig ist {c.abh}."
        )
    )
    if c.sender != "applicant":
        blocks.append(P(f"Vertreten durch: {_rep_line(c)}", size=9.5))
    blocks += _reasons(c, r, c.sender == "applicant", None)
    blocks += _closing(c, r)
    blocks.append(P("Anlagenverzeichnis: siehe gesonderte Aufstellung", size=8.5))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("antrag", "kq4", SPLIT)
def antrag_kq4(c, d, r):
    """A dense short form as faxed by a counselling service or written at a kitchen table."""
    blocks = []
    if c.sender != "applicant":
        rp = c.rep
        blocks.append(P(f"{_rep_label(c)} – {rp.street} – {rp.city} – {_phone(rp.org)}", size=8, bold=True))
    else:
        blocks.append(P(f"von: {c.applicant.full}, {c.street}, {c.plz} {c.city}", size=8, bold=True))
    blocks.append(Rule(0.5))
    blocks.append(P("an: HFK-Geschäftsstelle · 40219 Düsseldorf · Völklinger Str. 4", size=8))
    blocks.append(P(f"Stand {iso(d.date)}", size=8, align="right"))
    blocks.append(P("KURZANTRAG HÄRTEFALL mit Begründung", bold=True, size=11))
    blocks.append(P(_opening(c, r), size=9))
    blocks.append(P("FAMILIENNAME / Vorname / geb. / Geburtsort / StA", bold=True, size=8.5, after=1))
    for i, p in enumerate(c.persons):
        fields = [
            p.name.upper(),
            p.vorname,
            "—" if _om(c, i, "geburtsdatum") else dots(p.geburtsdatum),
            "—" if _om(c, i, "geburtsort") else p.geburtsort,
            "—" if _om(c, i, "staatsangehoerigkeit") else p.staat,
        ]
        blocks.append(P(f"({i + 1}) " + " / ".join(fields), size=9, font="mono", after=1))
    blocks.append(
        P(f"Adresse (alle): c/o {c.applicant.name}, {c.street}, {c.plz} {c.city}  –  ABH: {c.abh}", size=9)
    )
    heads = ["Vorgeschichte:", "Status:", "Familie:", "Eingliederung:", "Härte:"]
    t = _story(c, r, c.sender == "applicant")
    for i, topic in enumerate(ORDER):
        if topic in c.topics:
            blocks.append(P(f"{heads[i]} " + " ".join(t[topic]), size=9))
    blocks.append(P("Danke. Nachweise folgen per Post.", size=9))
    blocks.append(Signature(c.applicant.full if c.sender == "applicant" else c.rep.person))
    return DocSpec(blocks, _st(r, dense=True), footer="S.{p}/{n}")


@tpl("antrag", "kq5", SPLIT)
def antrag_kq5(c, d, r):
    """Persons told in sentences: who was born where and when, nationality last."""
    a = c.applicant
    first = c.sender == "applicant"
    blocks = _head(c, r) + _to_hfk(r)
    blocks.append(P(f"{_place(c)}, am {lang(d.date)}"))
    blocks.append(P("Härtefallantrag – wir bitten die Kommission um ihr Ersuchen", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("Wer den Antrag stellt", bold=True, after=2))

    def sentence(i, p) -> str:
        if i == 0:
            s = f"{'Ich heiße' if first else 'Die antragstellende Person heißt'} {p.vorname} {p.name}"
        elif p.role == "spouse":
            s = (
                f"{'Mit mir' if first else 'Mit ihr' if a.sex == 'f' else 'Mit ihm'} lebt {'meine Frau' if p.sex == 'f' else 'mein Mann'} {p.vorname} {p.name}"
                if first
                else f"Dazu kommt {'die Ehefrau' if p.sex == 'f' else 'der Ehemann'} {p.vorname} {p.name}"
            )
        else:
            s = (
                f"{'Unser' if p.sex == 'm' else 'Unsere'} {'Sohn' if p.sex == 'm' else 'Tochter'} heißt {p.vorname} {p.name}"
                if first
                else f"{'Der Sohn' if p.sex == 'm' else 'Die Tochter'} {p.vorname} {p.name}"
            )
        bits = []
        if not _om(c, i, "geburtsort") and not _om(c, i, "geburtsdatum"):
            bits.append(f"kam am {lang(p.geburtsdatum)} in {p.geburtsort} zur Welt")
        elif not _om(c, i, "geburtsdatum"):
            bits.append(f"ist am {lang(p.geburtsdatum)} geboren")
        elif not _om(c, i, "geburtsort"):
            bits.append(f"stammt aus {p.geburtsort}")
        if not _om(c, i, "staatsangehoerigkeit"):
            bits.append(
                f"ist {p.staat}er Staatsangehörigkeit"
                if not p.staat.endswith("er")
                else f"besitzt die Staatsangehörigkeit {p.staat}"
            )
        return s + (", " + " und ".join(bits) if bits else "") + "."

    blocks.append(P(" ".join(sentence(i, p) for i, p in enumerate(c.persons))))
    blocks.append(
        P(
            f"{'Wir wohnen' if len(c.persons) > 1 else ('Ich wohne' if first else 'Wohnort')} "
            + (
                f"in der {c.street} in {c.plz} {c.city}."
                if first or len(c.persons) > 1
                else f": {c.street}, {c.plz} {c.city}."
            )
            + f" Für uns ist {c.abh} zuständig."
        )
    )
    if not first:
        blocks.append(P(f"Schriftverkehr bitte an: {_rep_line(c)}."))
    blocks += _reasons(
        c,
        r,
        first,
        [
            "Woher wir kommen",
            "Wie es um den Aufenthalt steht",
            "Wer zur Familie gehört",
            "Was wir hier aufgebaut haben",
            "Warum wir bleiben müssen",
        ],
    )
    blocks += _closing(c, r)
    return DocSpec(blocks, _st(r), footer="Seite {p} von {n}" if r.random() < 0.3 else None)


def _story_en(c, r: random.Random) -> dict[str, list[str]]:
    a = c.applicant
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {k: [] for k in ORDER}
    home = a.geburtsort if not _om(c, 0, "geburtsort") else land
    t["lebensgeschichte"].append(
        f"{home} is where I spent my childhood; at fourteen I stopped school to earn money."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"I had been deported in {c.entry.year - 2}; on {us(c.entry)} I returned, though § 11 AufenthG still barred me from coming back."
        )
    else:
        t["lebensgeschichte"].append(f"On {us(c.entry)} I set foot in Germany.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"BAMF said no to my asylum claim (made {us(c.asylum_applied)}) on {us(c.bamf_date)}; their reference is {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"{'Still no judgment in' if c.court_pending else 'I lost'} the case I brought before the {c.court_name} ({c.court_az})."
            )
    else:
        s.append(f"I first had a visa ({c.visa_purpose}); the permit was not renewed later.")
        if c.court:
            s.append(
                f"I took this to the {c.court_name} ({c.court_az}); {'no decision yet' if c.court_pending else 'I lost'}."
            )
    s.append(
        "Because my asylum case is not finished, I have an Aufenthaltsgestattung."
        if c.gestattung
        else "Today my papers say Duldung; it gets extended every few months."
    )
    s.append(f"My file is with {c.abh}.")
    month = c.criminal_date and f"{MON_EN[c.criminal_date.month - 1]} {c.criminal_date.year}"
    s += [
        text
        for on, text in (
            (c.s58a, "I was also served a removal order under § 58a AufenthG."),
            (
                c.rueckfuehrung,
                c.rueckfuehrung and f"The authority told me I will be sent back on {us(c.rueckfuehrung)}.",
            ),
            (c.criminal, f"In {month} the local court issued a Strafbefehl against me; the fine is paid."),
        )
        if on
    ]
    kids = ", ".join(k.vorname for k in c.children())
    t["familie"] += [x for x in (kids and f"Our children {kids} only know life in Germany.",) if x]
    t["familie"].append(
        "There is no one left for us in my home country; an uncle of mine lives near Bielefeld."
    )
    t["integration"] += [
        "I completed the integration course; the rest of my German I picked up at work.",
        "As an apprentice I hope for the toleration that § 60c AufenthG grants trainees until their final exam."
        if c.ausbildung
        else f"I am employed as {c.job} by {c.employer}.",
        f"I am a volunteer at {c.club} on Saturdays.",
    ]
    h = t["humanitaere_gruende"]
    sick = c.persons[c.ill_person] if c.illness else None
    if sick is not None:
        subject = "I am" if c.ill_person == 0 else f"My {_role_en(sick)} {sick.vorname} is"
        illness_en = N.ILLNESS_EN[c.diagnosis[0]].replace("from ", "")
        h.append(f"{subject} ill ({c.diagnosis[0]}, {illness_en}) and treated by a specialist.")
    h.append(
        f"If we had to leave for {land}, the children would lose the only home they know and I would have no income."
    )
    return t


@tpl("antrag", "en_kq1", SPLIT)
def antrag_en_kq1(c, d, r):
    """An English letter telling the persons in sentences."""
    a = c.applicant
    nat = c.natinfo["en"]
    blocks = [P(f"{a.full}", after=0), P(f"{c.street}", after=0), P(f"{c.plz} {c.city}"), Space(8)]
    blocks += [
        P(x, after=0) for x in ["To the Hardship Commission NRW", "Völklinger Str. 4", "40219 Düsseldorf"]
    ] + [Space(10)]
    blocks.append(P(f"{c.city_or_nrw()}, {us(d.date)}", align="right"))
    blocks.append(P("Subject: my family's request for a hardship decision", bold=True))
    blocks.append(P("Dear Commission members, dear office staff,"))
    blocks.append(
        P(
            "I am writing in English because I cannot yet write such a letter in German. Please consider the case of the people below."
        )
    )
    sentences = []
    for i, p in enumerate(c.persons):
        who = f"I am {p.vorname} {p.name}" if i == 0 else f"My {_role_en(p)} is {p.vorname} {p.name}"
        bits = []
        if not _om(c, i, "geburtsdatum"):
            bits.append(f"born on {en(p.geburtsdatum)}")
        if not _om(c, i, "geburtsort"):
            bits.append(f"in {p.geburtsort}")
        if not _om(c, i, "staatsangehoerigkeit"):
            bits.append(f"{nat} citizen")
        sentences.append(who + (" (" + ", ".join(bits) + ")" if bits else "") + ".")
    blocks.append(P(" ".join(sentences)))
    blocks.append(P(f"Our address (for all of us): {c.street}, {c.plz} {c.city}."))
    t = _story_en(c, r)
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("I am grateful for your time."))
    blocks.append(P("Sincerely,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("antrag", "en_kq2", SPLIT)
def antrag_en_kq2(c, d, r):
    """An English form whose person table is transposed: one column per person."""
    a = c.applicant
    nat = c.natinfo["en"]
    blocks = [
        P(
            "HARDSHIP REQUEST – Härtefallkommission NRW (sec. 23a AufenthG)",
            bold=True,
            size=12,
            align="center",
        )
    ]
    blocks.append(
        P(
            f"Date: {en(d.date)}   ·   To: Geschäftsstelle HFK NRW, 40219 Düsseldorf (Völklinger Str. 4)",
            size=9,
        )
    )
    blocks.append(P("Part 1 – Personal data", bold=True))
    cols = len(c.persons)
    rows = [["", *[f"Person {i + 1}" for i in range(cols)]]]
    rows.append(["Surname", *[p.name for p in c.persons]])
    rows.append(["Given name(s)", *[p.vorname for p in c.persons]])
    rows.append(
        [
            "Born on",
            *["" if _om(c, i, "geburtsdatum") else us(p.geburtsdatum) for i, p in enumerate(c.persons)],
        ]
    )
    rows.append(
        ["Born in", *["" if _om(c, i, "geburtsort") else p.geburtsort for i, p in enumerate(c.persons)]]
    )
    rows.append(
        ["Citizenship", *["" if _om(c, i, "staatsangehoerigkeit") else nat for i, p in enumerate(c.persons)]]
    )
    rows.append(["Relationship", *[_role_en(p) for p in c.persons]])
    first_w = 0.22
    blocks.append(Table(rows, [first_w] + [(1 - first_w) / cols] * cols, size=8.5 if cols > 3 else 9.5))
    blocks.append(P("Part 2 – Home address", bold=True))
    blocks.append(P(f"Street: {c.street}", after=1))
    blocks.append(P(f"Postcode and town: {c.plz} {c.city}"))
    blocks.append(P("Part 3 – Reasons", bold=True))
    t = _story_en(c, r)
    heads = [
        "3.1 Background",
        "3.2 Legal status",
        "3.3 Family",
        "3.4 Life in Germany",
        "3.5 Why we cannot return",
    ]
    for i, topic in enumerate(ORDER):
        if topic in c.topics:
            blocks.append(P(heads[i], bold=True, after=1, size=9.5))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {en(d.date)}"))
    return DocSpec(blocks, _st(r, "cond"), footer="sheet {p}/{n}")


# ------------------------------------------------------------------ bamf_bescheid

_TENOR6 = [
    "Flüchtlingsschutz (§ 3 AsylG): abgelehnt.",
    "Der Antrag auf Anerkennung nach Art. 16a GG bleibt erfolglos.",
    "Subsidiärer Schutzstatus: nicht zuerkannt.",
    "Ein Abschiebungsverbot nach § 60 Abs. 5 oder 7 AufenthG wird verneint.",
    "Verlassen Sie das Bundesgebiet nicht binnen 30 Tagen nach Zugang dieses Bescheids – bei Klageerhebung 30 Tage nach ihrem "
    "unanfechtbaren Abschluss –, kann sie nach {land} abgeschoben werden, ersatzweise in jeden Staat, der zur Übernahme bereit ist.",
    "Die Sperrfrist nach § 11 Abs. 1 AufenthG (Verbot von Einreise und Aufenthalt) endet 30 Monate nach einer Abschiebung.",
]
_TENOR4 = [
    "Der Asylantrag wird als unzulässig abgewiesen (Zuständigkeit eines anderen Mitgliedstaats).",
    "Ein Abschiebungsverbot nach § 60 Abs. 5 oder 7 AufenthG wird verneint.",
    "Angeordnet wird die Überstellung an den für das Verfahren zuständigen Mitgliedstaat.",
    "Ein Einreise- und Aufenthaltsverbot wird für die Dauer von 15 Monaten ab der Überstellung angeordnet.",
]
_WHY = [
    "Nach ihren Angaben verließ die antragstellende Person ({staat}e Staatsangehörigkeit) das Herkunftsland auf dem Landweg und "
    "erreichte Deutschland am {entry}; am {applied} nahm die Außenstelle ihren Asylantrag auf.",
    "Bei ihrer Anhörung gab sie an, in ihrem Viertel von einer bewaffneten Gruppe unter Druck gesetzt worden zu sein. "
    "Namen, Orte und zeitliche Abläufe blieben dabei auch auf Nachfrage unbestimmt.",
    "Für den Flüchtlingsschutz (§ 3 AsylG) fehlt es an einer begründeten Furcht vor Verfolgung aus einem der gesetzlich "
    "genannten Gründe; vorgetragen wurden nur unbestimmte Sorgen ohne persönlichen Bezug.",
    "Die Angaben zum Reiseweg wichen zwischen Erstbefragung und Anhörung erheblich voneinander ab; ein nachvollziehbarer Grund dafür wurde nicht genannt.",
    "Subsidiärer Schutz scheidet aus. Dass ihr nach der Rückkehr Todesstrafe, Folter oder willkürliche Gewalt im Rahmen eines "
    "Konflikts drohen (§ 4 Abs. 1 AsylG), ist nicht beachtlich wahrscheinlich.",
    "Auch ein nationales Abschiebungsverbot besteht nicht. Die allgemeine wirtschaftliche Lage im Herkunftsstaat ist schwierig, "
    "lässt aber bei einer arbeitsfähigen erwachsenen Person eine Sicherung des Existenzminimums erwarten.",
    "Ein Attest, das eine die Rückkehr hindernde Erkrankung nach den Maßstäben von § 60a Abs. 2c AufenthG darlegt, liegt der Akte nicht bei.",
    "Ausreiseaufforderung und Abschiebungsandrohung finden ihre Grundlage in § 34 Abs. 1 AsylG sowie § 59 AufenthG.",
    "Familiäre Bindungen im Inland sind bei der Dauer der Sperrfrist eingeflossen; "
    "Anlass, sie weiter abzukürzen, hat die antragstellende Person nicht aufgezeigt.",
    "Das Bundesamt stützt seine Bewertung auf die aktuellen Lageberichte und die Auskünfte, die in der Erkenntnismittelliste aufgeführt sind.",
]
_RBB = (
    "Rechtsbehelfsbelehrung: Zulässig ist die Klage zum Verwaltungsgericht {court}; die Frist beträgt zwei Wochen ab Zustellung. "
    "Sie kann schriftlich oder mündlich zur Niederschrift des Gerichts eingelegt werden und muss Kläger, Beklagte und Streitgegenstand "
    "benennen und in deutscher Sprache verfasst sein."
)


def _bamf_core(c, d, r, tenor_style: str, head: list, reasons_head: str) -> list:
    a = c.applicant
    blocks = list(head)
    blocks.append(
        P(
            f"Entscheidung im Asylverfahren von {a.vorname} {a.name.upper()}, geboren am {dots(a.geburtsdatum)} in {a.geburtsort}, "
            f"{a.staat}, derzeit wohnhaft {c.street}, {c.plz} {c.city}"
        )
    )
    blocks.append(P("Entscheidung:", bold=True))
    tenor = _TENOR6 if c.bamf_tenor == 6 else _TENOR4
    for i, t in enumerate(tenor):
        label = {
            "arabic": f"{i + 1}.",
            "roman": ["I.", "II.", "III.", "IV.", "V.", "VI."][i],
            "letter": f"({'abcdef'[i]})",
        }[tenor_style]
        blocks.append(P(f"{label} {t.format(land=c.natinfo['land'])}", indent=14))
    blocks.append(P(reasons_head, bold=True))
    n = d.extra.get("bamf_reasons", 6)
    pool = _WHY[:]
    rest = pool[1:]
    r.shuffle(rest)
    pool = pool[:1] + rest
    for i in range(n):
        blocks.append(
            P(
                f"{i + 1}) "
                + pool[i % len(pool)].format(
                    staat=a.staat, entry=dots(c.entry), applied=dots(c.asylum_applied)
                )
            )
        )
    court = (c.court_name.replace("Verwaltungsgericht ", "") if c.court_name else "") or r.choice(N.COURTS)
    blocks.append(P(_RBB.format(court=court), size=9))
    return blocks


@tpl("bamf_bescheid", "kq1", SPLIT)
def bamf_kq1(c, d, r):
    site = c.bamf_site
    gz = c.bamf_gz
    head = [
        Table(
            [
                ["Bundesamt für Migration und Flüchtlinge", f"Geschäftszeichen\n{gz}"],
                [f"{site[0]} · {site[1]} · {site[2]}", f"Datum\n{dots(d.date)}"],
            ],
            [0.66, 0.34],
            header=False,
            grid=True,
            size=9,
        ),
        Space(6),
        P(f"{c.applicant.herr_frau()}", after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}"),
        Space(6),
        P("Bescheid in Ihrem Asylverfahren", bold=True, size=14, align="center"),
    ]
    blocks = _bamf_core(c, d, r, "roman", head, "Gründe")
    blocks += [
        P("Im Auftrag"),
        Signature(r.choice(["Lindqvist", "Özkan", "Terhorst", "Brüggemann"])),
        P("Einzelentscheider/in", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "sans"), footer=f"GZ {gz} / Seite {{p}} von {{n}}")


@tpl("bamf_bescheid", "kq2", SPLIT)
def bamf_kq2(c, d, r):
    site = c.bamf_site
    gz = c.bamf_gz
    town = site[2].split(" ", 1)[1]
    head = [
        P("BAMF", bold=True, size=18, after=0),
        P("Bundesamt für Migration und Flüchtlinge", size=9, after=0),
        P(f"{site[0]}", size=8.5, after=8),
        P(f"Unser Zeichen (bei Antwort bitte angeben): {gz}", size=9, after=0),
        P(f"{town}, {lang(d.date)}", size=9, align="right"),
        P(f"Zustellung gegen Empfangsbekenntnis an {c.applicant.full}", size=8.5),
        Rule(0.6),
        P("Bescheid über den Asylantrag", bold=True, size=13),
    ]
    blocks = _bamf_core(c, d, r, "letter", head, "Zur Begründung")
    blocks += [
        P(f"Die Entscheiderin / der Entscheider, {site[0]}", size=9),
        Signature("gez. " + r.choice(["Hölscher", "Mertens", "Kowalczyk"])),
    ]
    return DocSpec(
        blocks, _st(r, "serif"), footer="Seite {p} von {n}", header=f"{gz} – Bescheid vom {kurz(d.date)}"
    )


@tpl("bamf_bescheid", "kq3", SPLIT)
def bamf_kq3(c, d, r):
    site = c.bamf_site
    gz = c.bamf_gz
    head = [
        Box(
            [
                "Ausfertigung · Bundesamt für Migration und Flüchtlinge",
                f"Az.: {gz}",
                f"erstellt am {iso(d.date)}, {site[0]}, {site[1]}, {site[2]}",
            ],
            size=9,
        ),
        P(f"An: {c.applicant.full}, {c.street}, {c.plz} {c.city}", size=9.5),
        P("Bescheid", bold=True, size=13, align="center"),
        P("(Asylverfahren, Entscheidung nach Anhörung)", size=9, align="center"),
    ]
    blocks = _bamf_core(c, d, r, "arabic", head, "II. Begründung")
    blocks += [
        P("Mit freundlichen Grüßen / Im Auftrag"),
        Signature(r.choice(["Vennemann", "Ratajczak", "Sölter"])),
    ]
    return DocSpec(blocks, _st(r, "cond", size=10), footer="– Seite {p} von {n} –")


# ------------------------------------------------------------------ aerztliches_gutachten

_MVZ = ["Lindenhof", "Am Wasserturm", "Kastanienhof", "Auenpark", "Zeche Erin"]


def _clinic(c, r) -> str:
    return f"MVZ {r.choice(_MVZ)} {c.city_or_nrw()} – Psychiatrie und Psychotherapie"


def _patient_line(c) -> str:
    p = c.persons[c.ill_person]
    return f"{p.name}, {p.vorname} (* {dots(p.geburtsdatum)})"


@tpl("aerztliches_gutachten", "kq1", SPLIT)
def med_kq1(c, d, r):
    """A psychiatric report whose date of issue stands only in the footer."""
    code, name, sev = c.diagnosis
    clinic = _clinic(c, r)
    street = f"{r.choice(N.STREETS)} {r.randint(2, 70)}"
    blocks = [
        P(clinic, bold=True, size=12, after=0),
        P(f"{street} · {c.court_city_plz()} · Tel. {_phone(clinic)}", size=8),
        Rule(),
        P("Psychiatrisch-psychotherapeutischer Befundbericht", bold=True, size=13),
        P(f"Patient/in: {_patient_line(c)}"),
        P("Vorstellungsanlass", bold=True, after=1),
        P(
            f"Vorstellung zur Verlaufsbeurteilung; Erstkontakt {MON[(c.entry.month + 3) % 12]} {c.entry.year + 1}, seither {r.choice(['14-tägliche', 'monatliche', 'wöchentliche'])} Termine."
        ),
        P("Psychischer Befund", bold=True, after=1),
        P(
            r.choice(
                [
                    "Zeitlich und örtlich orientiert, Blickkontakt vermeidend, Stimmung niedergeschlagen; Antrieb und Konzentration deutlich herabgesetzt, Grübeln über die Zukunft.",
                    "Bewusstseinsklar, formal verlangsamt, inhaltlich auf die drohende Ausreise eingeengt. Nachhallerinnerungen, nächtliches Hochschrecken, ausgeprägtes Vermeidungsverhalten.",
                ]
            )
        ),
        P("Diagnose nach ICD-10-GM", bold=True, after=1),
        P(f"{code}  {name}", indent=12),
        P(
            f"Schweregrad: {sev}; {r.choice(['chronifizierter', 'wechselhafter', 'bislang ungünstiger'])} Verlauf."
        ),
        P("Behandlung", bold=True, after=1),
        P(f"Psychotherapeutische Gespräche und Medikation ({', '.join(r.sample(N.MEDICATION, 2))})."),
        P("Beurteilung", bold=True, after=1),
        P(
            "Ein Abbruch der Behandlung infolge einer Ausreise ließe eine deutliche Verschlechterung bis hin zu akuter Eigengefährdung erwarten. "
            "Die Angaben beruhen auf eigener Untersuchung und mehrmonatiger Verlaufsbeobachtung."
        ),
        Signature(c.doctor + ", Fachärztin/Facharzt für Psychiatrie"),
    ]
    return DocSpec(
        blocks,
        _st(r, "sans"),
        footer=f"Ausgestellt am {dots(d.date)} · {clinic.split(' – ')[0]} · Blatt {{p}}/{{n}}",
    )


@tpl("aerztliches_gutachten", "kq2", SPLIT)
def med_kq2(c, d, r):
    """A short certificate of a GP; the date stands after the signature."""
    code, name, sev = c.diagnosis
    p = c.persons[c.ill_person]
    doc = c.doctor
    blocks = [
        Box(
            [
                f"{doc}",
                "Fachärztin/Facharzt für Allgemeinmedizin",
                f"{r.choice(N.STREETS)} {r.randint(1, 90)}, {c.court_city_plz()}",
            ],
            size=9,
        ),
        Space(10),
        P("Ärztliche Bescheinigung zur Vorlage bei der Härtefallkommission", bold=True),
        P(
            f"{p.herr_frau()}, geboren {dots(p.geburtsdatum)}, wird seit {c.entry.year + 1} in unserer Praxis hausärztlich versorgt. "
            f"Diagnose: {name} ({code}), Ausprägung {sev}. "
            "Dauerhaft sind Medikamente nötig, alle vier bis sechs Wochen erfolgt eine Kontrolle; Termine werden zuverlässig wahrgenommen."
        ),
        P(f"Aktuelle Verordnung: {r.choice(N.MEDICATION)}."),
        P("Eine Unterbrechung der Versorgung wäre gesundheitlich nicht zu verantworten."),
        Signature(doc),
        P(f"ausgestellt: {c.city_or_nrw()}, {kurz(d.date)}", size=9),
        P("Praxisstempel", size=7, align="right"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("aerztliches_gutachten", "kq3", SPLIT)
def med_kq3(c, d, r):
    """A hospital discharge letter to the family doctor; letter date in a reference row."""
    code, name, sev = c.diagnosis
    p = c.persons[c.ill_person]
    hosp = f"{r.choice(['St.-Agnes-Hospital', 'Klinikum Nordpark', 'Evangelisches Krankenhaus Heidhof'])} {c.city_or_nrw()}"
    adm = d.date - timedelta(days=r.randint(14, 40))
    dis = d.date - timedelta(days=r.randint(1, 6))
    blocks = [
        P(hosp, bold=True, size=13, align="center", after=0),
        P(
            f"Klinik für {r.choice(['Innere Medizin', 'Psychosomatik', 'Neurologie'])} · Chefärztin Prof. Dr. {r.choice(['Overbeck', 'Stiens', 'Haverkamp'])}",
            size=8.5,
            align="center",
        ),
        Rule(1.0),
        Table(
            [
                ["Ihr Zeichen", "Unser Zeichen", "Briefdatum"],
                ["–", f"Fall-Nr. {_seed_int(p.full, 100000, 999999)}", dots(d.date)],
            ],
            [0.33, 0.34, 0.33],
            grid=False,
            size=8.5,
        ),
        P(f"Sehr geehrte/r {c.doctor},"),
        P(
            f"nachfolgend unser Bericht über {p.herr_frau()}, geb. {dots(p.geburtsdatum)}, stationär bei uns aufgenommen "
            f"am {dots(adm)}, entlassen am {dots(dis)}."
        ),
        P("Entlassdiagnose:", bold=True, after=1),
        P(f"{name} – ICD-10 {code}", indent=12),
        P("Verlauf:", bold=True, after=1),
        P(
            f"Unter der Behandlung besserte sich der Zustand nur wenig; wir schätzen die Erkrankung unverändert als {sev} ein. Ambulant muss engmaschig weiterbehandelt werden."
        ),
        P("Empfohlene Medikation:", bold=True, after=1),
        P("; ".join(r.sample(N.MEDICATION, 2)), indent=12),
        P("Kollegiale Grüße aus der Klinik"),
        Signature(f"Dr. {r.choice(['Iserlohe', 'Brockhaus', 'Tenhagen'])}, Oberärztin/Oberarzt"),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="{p}/{n}")


# ------------------------------------------------------------------ vollmacht


def _persons_short(c) -> list[str]:
    return [f"{p.full}, geb. {dots(p.geburtsdatum)}" for p in c.persons]


@tpl("vollmacht", "kq1", SPLIT)
def vollmacht_kq1(c, d, r):
    """A law firm's printed form with blanks filled in."""
    rp = c.rep
    blocks = [
        P(_rep_label(c), bold=True, size=11, align="right", after=0),
        P(f"{rp.street} · {rp.city}", size=8, align="right"),
        P("Vollmacht – Härtefallsache", bold=True, size=15, align="center"),
        P(f"Hiermit wird {_rep_label(c)}, {rp.city.split(' ', 1)[1]}, in Sachen"),
        P(f"{c.applicant.name.upper()} gegen Land NRW", bold=True, align="center"),
        P("wegen: Härtefallsache (§ 23a AufenthG) nebst aufenthaltsrechtlichen Folgefragen", size=9.5),
        P("Vollmacht erteilt", bold=True),
        P(
            "1. mich gegenüber Härtefallkommission, Ausländerbehörden und Gerichten zu vertreten; 2. Akten einzusehen; "
            "3. zur Entgegennahme von Zustellungen und Geldern; 4. zur Bestellung von Unterbevollmächtigten.",
            size=9.5,
        ),
        P("Vollmachtgeber/innen:", bold=True, after=1),
    ]
    blocks += [P(x, indent=10, after=1) for x in _persons_short(c)]
    blocks.append(Signature(c.applicant.full, f"{c.city_or_nrw()}, {dots(d.date)}"))
    return DocSpec(blocks, _st(r, "serif"))


@tpl("vollmacht", "kq2", SPLIT)
def vollmacht_kq2(c, d, r):
    """A counselling service's form with ticked boxes."""
    rp = c.rep
    blocks = _rep_head(c, r) + [
        P("Vollmacht zur Vertretung im Härtefallverfahren NRW", bold=True, size=12.5),
        P("Unterzeichnende Person(en):", after=1),
    ]
    rows = [["Name, Vorname", "Geburtsdatum", "Unterschrift"]]
    rows += [
        [f"{p.name}, {p.vorname}", dots(p.geburtsdatum), ""] for p in c.persons if p.age_on(d.date) >= 16
    ] or [[f"{c.applicant.name}, {c.applicant.vorname}", dots(c.applicant.geburtsdatum), ""]]
    blocks.append(Table(rows, [0.45, 0.25, 0.3], size=9.5))
    blocks.append(
        P(
            f"bevollmächtige(n) {_rep_label(c)}, {rp.street}, {rp.city}, vertreten durch {rp.person}, zu folgenden Handlungen:"
        )
    )
    for x in [
        "[x] Einreichung des Antrags und Korrespondenz mit der HFK NRW",
        "[x] Auskünfte bei der Ausländerbehörde einholen",
        "[x] Unterlagen in meinem Namen entgegennehmen",
        "[ ] Vertretung in gerichtlichen Verfahren",
    ]:
        blocks.append(P(x, indent=12, after=1, font="mono", size=9))
    blocks.append(P("Ein Widerruf dieser Vollmacht ist nur schriftlich wirksam.", size=9))
    blocks.append(P(f"Ort/Datum: {c.city_or_nrw()}, {kurz(d.date)}"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("vollmacht", "kq3", SPLIT)
def vollmacht_kq3(c, d, r):
    """A handwritten-looking note authorising a relative or helper."""
    rp = c.rep
    a = c.applicant
    who = rp.person if rp.kind == "privat" else f"{rp.person} ({rp.org})"
    blocks = [
        P(f"{c.city_or_nrw()}, {dots(d.date)}", font="italic", align="right"),
        P("Vollmacht", font="italic", size=16),
        P(
            f"Ich, {a.full}, geboren {dots(a.geburtsdatum)}, wohnhaft {c.street}, {c.plz} {c.city}, erlaube {who}, "
            f"{rp.street}, {rp.city}, für mich und meine Familie mit der Härtefallkommission zu sprechen und zu schreiben, Post für uns anzunehmen und alles Nötige für den Antrag zu erledigen.",
            font="italic",
        ),
        P("Wenn ich das nicht mehr will, sage ich es schriftlich.", font="italic"),
        Signature(a.full),
    ]
    if len(c.persons) > 1:
        blocks.append(
            P(
                "Auch einverstanden: " + ", ".join(p.full for p in c.persons[1:] if p.role == "spouse") or "",
                font="italic",
                size=9,
            )
        )
    return DocSpec(blocks, _st(r, "serif", size=12))


# ------------------------------------------------------------------ schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "kq1", SPLIT)
def schweige_kq1(c, d, r):
    """A table of the treating doctors released towards named offices."""
    p = c.persons[c.ill_person]
    blocks = [
        P("Freigabe ärztlicher Auskünfte (Schweigepflichtentbindung)", bold=True, size=13, align="center"),
        P(f"Betroffene Person: {p.full}, geb. {dots(p.geburtsdatum)}, {c.street}, {c.plz} {c.city}"),
        P(
            "Gegenüber den folgenden Behandelnden hebe ich die ärztliche bzw. therapeutische Schweigepflicht auf:"
        ),
        Table(
            [
                ["Behandelnde/r", "Einrichtung", "Fachgebiet"],
                [c.doctor, c.practice, r.choice(["Psychiatrie", "Allgemeinmedizin", "Innere Medizin"])],
                ["alle weiteren Mitbehandelnden", "–", "–"],
            ],
            [0.3, 0.5, 0.2],
            size=9,
        ),
        P("Die Entbindung gilt gegenüber:", after=1),
        P("– dem Büro und dem Gremium der Härtefallkommission NRW", indent=10, after=1),
        P(f"– {c.abh}", indent=10, after=1),
        P("– " + (_rep_label(c) if c.rep else "dem amtsärztlichen Dienst"), indent=10),
        P(
            "Sie ist auf Befunde beschränkt, die für das Härtefallverfahren von Bedeutung sind. Widerruft die Person, wirkt das ab dem Tag, an dem der Widerruf eingeht.",
            size=9.5,
        ),
        Signature(
            p.full if p.age_on(d.date) >= 16 else c.applicant.full + " (als Elternteil)",
            f"{c.city_or_nrw()}, {kurz(d.date)}",
        ),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schweigepflichtsentbindung", "kq2", SPLIT)
def schweige_kq2(c, d, r):
    """A declaration in letter form with check boxes."""
    p = c.persons[c.ill_person]
    blocks = (
        _rep_head(c, r)
        if c.rep
        else [P(c.applicant.full, after=0), P(f"{c.street}, {c.plz} {c.city}"), Space(8)]
    ) + [
        P(
            "Befreiung von der Verschwiegenheitspflicht – Erklärung der Patientin/des Patienten",
            bold=True,
            size=12,
        ),
        P(
            f"Ich, {p.full} (* {dots(p.geburtsdatum)}), befreie hiermit meine behandelnden Ärztinnen, Ärzte und Psychotherapeuten, insbesondere"
        ),
        P(f"{c.doctor}, {c.practice}", indent=14, bold=True),
        P(
            "von ihrer Pflicht zur Verschwiegenheit, soweit es um Auskünfte und Befundberichte für das Härtefallverfahren in NRW geht. Zutreffendes ist angekreuzt:"
        ),
        P(
            "☒ mündliche Auskünfte   ☒ schriftliche Befunde   ☐ Einsicht in die gesamte Patientenakte",
            size=9.5,
        ),
        P("Diese Erklärung kann ich ganz oder teilweise zurückziehen.", size=9.5),
        Signature(p.full, f"{c.city_or_nrw()}, den {lang(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("schweigepflichtsentbindung", "kq3", SPLIT)
def schweige_kq3(c, d, r):
    """A bilingual short form (German / English)."""
    p = c.persons[c.ill_person]
    blocks = [
        P("Schweigepflichtentbindung / Release from medical confidentiality", bold=True, size=11.5),
        Table(
            [
                ["Name / name", p.full],
                ["Geburtsdatum / date of birth", dots(p.geburtsdatum)],
                ["Wohnanschrift / home address", f"{c.street}, {c.plz} {c.city}"],
                ["Arzt / doctor", f"{c.doctor} ({c.practice})"],
            ],
            [0.35, 0.65],
            header=False,
            size=9,
        ),
        P(
            "Ich befreie die genannte Praxis im Verhältnis zur Härtefallkommission NRW von ihrer Schweigepflicht.",
            size=9.5,
        ),
        P(
            "The practice named above may share my medical information with the NRW Hardship Commission.",
            size=9.5,
            font="italic",
        ),
        Signature(p.full, f"{c.city_or_nrw()}, {dots(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "kq1", SPLIT)
def ds_kq1(c, d, r):
    a = c.applicant
    blocks = [
        P(
            "Zustimmung zur Nutzung meiner Daten im Härtefallverfahren – DSGVO Art. 6 (1) a und Art. 9 (2) a",
            bold=True,
            size=12,
        ),
        P(f"Erklärende Person: {a.full}, geb. {dots(a.geburtsdatum)}", after=2),
        P(
            f"für sich und die minderjährigen Angehörigen: {', '.join(p.vorname for p in c.children()) or '—'}",
            size=9.5,
        ),
        P(
            "Ich bin damit einverstanden, dass das Büro der Härtefallkommission Daten zu mir und meinen Angehörigen – auch zu "
            "Gesundheit, Aufenthalt und Strafverfahren – zur Prüfung des Härtefallantrags nutzt und an die zuständige "
            "Ausländerbehörde sowie die Kommissionsmitglieder weitergibt."
        ),
        P("☒ Ja, ich bin einverstanden.   ☐ Nein."),
        P(
            "Die Einwilligung ist freiwillig. Widerrufen kann ich sie formlos und ohne Angabe von Gründen; für bereits erfolgte Verarbeitungen ändert das nichts.",
            size=9,
        ),
        Signature(a.full, f"Ort, Datum: {c.city_or_nrw()}, {dots(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("datenschutzeinwilligung", "kq2", SPLIT)
def ds_kq2(c, d, r):
    a = c.applicant
    blocks = [
        P("Information zur Datenverarbeitung und Einwilligung", bold=True, size=12.5),
        Table(
            [
                ["Verantwortliche Stelle", "Härtefallkommission NRW (Geschäftsstelle), 40219 Düsseldorf"],
                ["Zweck", "Bearbeitung und Beratung Ihres Härtefallantrags"],
                ["Kategorien", "Stammdaten, Aufenthaltsdaten, Gesundheitsdaten (Art. 9 DSGVO)"],
                ["Empfänger", "Mitglieder der Kommission, Ausländerbehörde, ggf. Gerichte"],
                ["Speicherdauer", "bis zum Abschluss des Verfahrens zzgl. gesetzlicher Aufbewahrungsfristen"],
                [
                    "Ihre Rechte",
                    "Auskunft, Berichtigung, Löschung, Einschränkung, Beschwerde bei der LDI NRW",
                ],
            ],
            [0.3, 0.7],
            header=False,
            size=8.5,
        ),
        P("Einwilligung", bold=True),
        P(
            f"Ich, {a.full}, {c.street}, {c.plz} {c.city}, habe die obigen Informationen erhalten und stimme der Verarbeitung meiner Daten "
            "im beschriebenen Umfang zu. Ein Widerruf meiner Zustimmung ist formlos möglich."
        ),
        Signature(a.full, f"{c.city_or_nrw()}, {kurz(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"), footer="DS-Einwilligung HFK · Stand 01/2024")


@tpl("datenschutzeinwilligung", "kq3", SPLIT)
def ds_kq3(c, d, r):
    a = c.applicant
    blocks = [
        P("Datenschutz – Einverständnis / Consent to data processing", bold=True, size=11.5),
        P(
            "Hiermit gebe ich mein Einverständnis: Meine Daten, auch solche über meine Gesundheit, dürfen für das "
            "Härtefallverfahren verarbeitet werden (DSGVO).",
            size=9.5,
        ),
        P(
            "With my signature I allow the office to use my personal and health data for the hardship case. I can take this back later in writing.",
            size=9.5,
            font="italic",
        ),
        Table(
            [["Name", "Vorname", "Datum", "Unterschrift"], [a.name, a.vorname, dots(d.date), ""]]
            + [[p.name, p.vorname, dots(d.date), ""] for p in c.persons[1:] if p.role == "spouse"],
            [0.28, 0.24, 0.2, 0.28],
            size=9,
        ),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ lebenslauf


@tpl("lebenslauf", "kq1", SPLIT)
def cv_kq1(c, d, r):
    a = c.applicant
    b = a.geburtsdatum
    rows = [["Zeitraum", "Station", "Ort"]]
    rows.append([mj(b), "Geburt", f"{a.geburtsort}, {c.natinfo['land']}"])
    rows.append(
        [f"09/{b.year + 6} – 06/{b.year + 13}", "Grundschule und weiterführende Schule", a.geburtsort]
    )
    rows.append(
        [
            f"{b.year + 14} – {c.entry.year - 1}",
            r.choice(
                [
                    "Aushilfe in einer Schneiderei",
                    "Mitarbeit im Obst- und Gemüsehandel",
                    "Hilfsarbeiten auf dem Bau",
                ]
            ),
            a.geburtsort,
        ]
    )
    rows.append([mj(c.entry), "Ankunft in der Bundesrepublik (Einreise)", "—"])
    if c.asylum:
        rows.append([mj(c.asylum_applied), "Asylantrag gestellt", c.bamf_site[0].replace("Außenstelle ", "")])
        rows.append([mj(c.bamf_date), "Negativbescheid des BAMF", "—"])
    rows.append([f"{c.entry.year + 1}", "Integrationskurs mit Abschlusstest", c.city_or_nrw()])
    if c.job:
        rows.append([f"ab {c.entry.year + 2}", f"Beschäftigung als {c.job}", c.employer])
    blocks = [
        P("Lebenslauf", bold=True, size=15),
        P(f"{a.full} · geb. {dots(b)} · {c.street}, {c.plz} {c.city}", size=9),
        Rule(0.5),
        Table(rows, [0.25, 0.45, 0.3], grid=False, size=9.5),
        Signature(a.full, f"{c.city_or_nrw()}, {kurz(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("lebenslauf", "kq2", SPLIT)
def cv_kq2(c, d, r):
    a = c.applicant
    b = a.geburtsdatum
    lines = [
        (str(b.year), f"geboren am {lang(b)} in {a.geburtsort}"),
        (f"{b.year + 7}", "Einschulung"),
        (
            f"{b.year + 16}",
            r.choice(["Ende der Schulzeit, danach Arbeit beim Vater", "Schulabbruch wegen der Lage im Land"]),
        ),
        (str(c.entry.year), f"Flucht bzw. Ausreise, Einreise in Deutschland am {dots(c.entry)}"),
    ]
    if c.asylum:
        lines.append((str(c.asylum_applied.year), "Asylantrag, später abgelehnt"))
    lines.append((str(c.entry.year + 1), "Sprachkurs A1 bis B1"))
    if c.job:
        lines.append((str(min(c.entry.year + 3, c.received.year)), f"Arbeit: {c.job}"))
    blocks = [
        P("Mein Lebenslauf", bold=True, size=14, font="italic"),
        P(f"{a.vorname} {a.name}", font="italic"),
        Space(6),
    ]
    blocks += [P(f"{y}  —  {t}", font="italic", after=3) for y, t in lines]
    blocks.append(P(f"{c.city_or_nrw()}, {dots(d.date)}", font="italic"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _st(r, "serif", size=11.5))


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "kq1", SPLIT)
def sprach_kq1(c, d, r):
    a = c.applicant
    level = r.choice(["B1", "A2", "B1"])
    blocks = [
        P(f"Volkshochschule {c.city_or_nrw()} – anerkanntes Prüfungszentrum", size=9, align="right"),
        P("Zertifikat", bold=True, size=20, align="center"),
        P("DTZ – Deutsch-Test für Zuwanderer, Niveaustufen A2–B1", bold=True, size=12, align="center"),
        P(f"{a.vorname} {a.name}, geboren am {dots(a.geburtsdatum)} in {a.geburtsort}", align="center"),
        P(
            f"legte die Prüfung am {dots(d.date - timedelta(days=30))} ab. Gesamtergebnis: Niveau {level} des GER.",
            align="center",
        ),
        Table(
            [
                ["Prüfungsteil", "erreichtes Niveau"],
                ["Hörverstehen/Leseverstehen", level],
                ["Schreiben", r.choice(["A2", "B1"])],
                ["Sprechen", level],
            ],
            [0.55, 0.45],
            size=9.5,
        ),
        P(f"Ausgestellt am {dots(d.date)} · Zertifikats-Nr. {_seed_int(a.full, 10**7, 10**8 - 1)}", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("sprachnachweis", "kq2", SPLIT)
def sprach_kq2(c, d, r):
    a = c.applicant
    blocks = [
        Box(
            [
                f"Sprachschule {r.choice(['Brückenwort', 'Wortwerk', 'LernHaus'])} gGmbH",
                "zugelassener Träger von Integrationskursen",
            ],
            size=9,
        ),
        P("Teilnahmebestätigung Integrationskurs", bold=True, size=12.5),
        P(
            f"{a.herr_frau()} (geb. {dots(a.geburtsdatum)}) hat vom {dots(d.date - timedelta(days=300))} bis {dots(d.date - timedelta(days=20))} "
            f"regelmäßig am allgemeinen Integrationskurs teilgenommen (700 Unterrichtseinheiten, davon 100 Orientierung)."
        ),
        P(f"Test „Leben in Deutschland“: {r.randint(16, 31)} von 33 Punkten, bestanden."),
        P(f"Abschlusstest Deutsch: Niveau {r.choice(['A2', 'B1'])} erreicht."),
        P(f"{c.city_or_nrw()}, {kurz(d.date)}", after=2),
        Signature("Kursleitung"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "kq1", SPLIT)
def arbeit_kq1(c, d, r):
    a = c.applicant
    blocks = [
        P("Befristeter Arbeitsvertrag", bold=True, size=14, align="center"),
        P(
            f"zwischen {c.employer} (Arbeitgeber) und {a.full}, {c.street}, {c.plz} {c.city} (Arbeitnehmer/in)"
        ),
        P("§ 1 Beginn und Dauer", bold=True, after=1),
        P(
            f"Arbeitsbeginn: {dots(d.date)}. Der Vertrag endet ohne Kündigung nach zwölf Monaten. Probezeit: sechs Monate ab Arbeitsbeginn."
        ),
        P("§ 2 Tätigkeit", bold=True, after=1),
        P(
            f"Die Einstellung erfolgt als {c.job or 'Helfer/in'}; die Zuweisung anderer zumutbarer Aufgaben bleibt vorbehalten."
        ),
        P("§ 3 Lohn und Stunden", bold=True, after=1),
        P(
            f"Wöchentlich {r.choice([30, 35, 38.5, 40])} Stunden; Stundenlohn brutto {r.choice(['13,90', '14,25', '15,10'])} EUR, zahlbar zum Monatsende."
        ),
        P("§ 4 Sonstiges", bold=True, after=1),
        P(
            "Die Aufnahme der Beschäftigung steht unter dem Vorbehalt der Erlaubnis durch die Ausländerbehörde."
        ),
        Table([["Arbeitgeberseite", "Arbeitnehmer/in"], ["", ""]], [0.5, 0.5], grid=False),
        P(f"{c.city_or_nrw()}, den {dots(d.date - timedelta(days=10))}", size=9),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("arbeitsnachweis", "kq2", SPLIT)
def arbeit_kq2(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2800)
    netto = int(brutto * 0.71)
    blocks = [
        P(c.employer, bold=True, after=0),
        P(f"Personalabteilung · Abrechnungsmonat {MON[d.date.month - 1]} {d.date.year}", size=8.5),
        P("Verdienstbescheinigung", bold=True, size=13),
        P(
            f"Mitarbeiter/in: {a.name}, {a.vorname} · Pers.-Nr. {_seed_int(a.full, 1000, 9999)} · Eintritt {mj(d.date - timedelta(days=500))}",
            size=9,
        ),
        Table(
            [
                ["Lohnart", "Bezeichnung", "Betrag EUR"],
                ["1000", "Grundvergütung", f"{brutto},00"],
                ["2100", "Zuschlag Nacht/Sonntag", f"{r.randint(40, 180)},00"],
                ["", "Gesamt-Brutto", f"{brutto + 100},00"],
                ["", "Steuer/Sozialversicherung", f"-{brutto + 100 - netto},00"],
                ["", "Auszahlung netto", f"{netto},00"],
            ],
            [0.18, 0.52, 0.3],
            size=9,
        ),
        P(f"erstellt {iso(d.date)}", size=8),
    ]
    return DocSpec(blocks, _st(r, "mono", size=9.5))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "kq1", SPLIT)
def ehren_kq1(c, d, r):
    a = c.applicant
    blocks = [
        P(c.club, bold=True, size=12, align="center"),
        P("Nachweis über ehrenamtliche Mitarbeit", bold=True, align="center"),
        P(f"Wir bestätigen gerne, dass {a.full} sich bei uns freiwillig und unentgeltlich engagiert."),
        Table(
            [
                ["Zeitraum", "Aufgabe", "Stunden ca."],
                [
                    f"{d.date.year - 2}",
                    r.choice(["Lebensmittelausgabe an Bedürftige", "Aufbau bei Gemeindefesten"]),
                    str(r.randint(40, 90)),
                ],
                [
                    f"{d.date.year - 1}",
                    r.choice(["Begleitung neuer Familien zu Ämtern", "Betreuung der Jugendmannschaft"]),
                    str(r.randint(60, 140)),
                ],
            ],
            [0.25, 0.55, 0.2],
            size=9.5,
        ),
        P("Auf die Mitarbeit ist Verlass; das Team schätzt die freundliche und zupackende Art sehr."),
        Signature(
            f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Vorstand",
            f"{c.city_or_nrw()}, {dots(d.date)}",
        ),
    ]
    return DocSpec(blocks, _st(r))


@tpl("ehrenamt", "kq2", SPLIT)
def ehren_kq2(c, d, r):
    a = c.applicant
    blocks = [
        Box([c.club, "Mitgliedsbescheinigung"], size=11),
        P(f"Mitglied: {a.full}"),
        P(f"Mitglied seit: {mj(d.date - timedelta(days=r.randint(300, 1200)))}"),
        P(f"Mitgliedsnummer: {_seed_int(c.club + a.full, 100, 999)}"),
        P("Funktion im Verein: aktives Mitglied, Helfer/in bei Veranstaltungen"),
        P("Beitrag: entrichtet bzw. aus sozialen Gründen erlassen", size=9),
        P(f"ausgestellt {c.city_or_nrw()}, {kurz(d.date)} – Geschäftsführung", size=9),
        Signature("Geschäftsführung"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "kq1", SPLIT)
def unter_kq1(c, d, r):
    a = c.applicant
    writer = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(
            f"{writer}, {r.choice(N.STREETS)} {r.randint(1, 90)}, {c.court_city_plz()}",
            font="italic",
            size=9.5,
        ),
        P(f"{c.city_or_nrw()}, {lang(d.date)}", font="italic", align="right"),
        P("Guten Tag, verehrte Kommission,", font="italic"),
        P(
            f"{r.randint(3, 8)} Jahre ist es her, dass ich neben {a.full}{' und Familie' if len(c.persons) > 1 else ''} eingezogen bin. "
            "Aus dem ersten Gruß im Treppenhaus ist eine echte Freundschaft geworden. Wenn bei mir etwas zu reparieren ist, "
            "ist sofort jemand zur Stelle, und meine Enkel kommen gern zum Spielen hinüber.",
            font="italic",
        ),
        P(
            "Ich bitte Sie von Herzen, diesen Menschen hier eine Zukunft zu geben. Unser Haus wäre ohne sie ärmer.",
            font="italic",
        ),
        Signature(writer),
    ]
    return DocSpec(blocks, _st(r, "serif", size=11.5))


@tpl("unterstuetzerschreiben", "kq2", SPLIT)
def unter_kq2(c, d, r):
    a = c.applicant
    boss = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(c.employer, bold=True, size=12, after=0),
        P("Geschäftsleitung", size=8.5),
        Rule(0.5),
        P(f"{c.city_or_nrw()}, {dots(d.date)}", align="right"),
        P(f"Zum Härtefallantrag unseres Beschäftigten {a.full}", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            f"{a.herr_frau()} ist seit {d.date.year - r.randint(1, 4)} in unserem Betrieb tätig. Wir erleben {'ihn' if a.sex == 'm' else 'sie'} "
            "als pünktlich, lernbereit und im Kollegium beliebt. Eine Kündigung wäre für uns ein spürbarer Verlust, "
            "da wir die Stelle kaum neu besetzen könnten."
        ),
        P(
            "Wir würden eine unbefristete Weiterbeschäftigung zusagen, sobald ein Aufenthaltstitel erteilt ist."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(f"{boss}, Inhaber/in"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ schulnachweis


@tpl("schulnachweis", "kq1", SPLIT)
def schul_kq1(c, d, r):
    k = _child(c, d)
    age = k.age_on(d.date)
    if age < 6:
        blocks = [
            P(
                f"Familienzentrum {r.choice(['Pusteblume', 'Kleine Strolche', 'Zwergenland'])} {c.city_or_nrw()}",
                bold=True,
            ),
            P("Betreuungsbestätigung", bold=True, size=13),
            P(
                f"{k.vorname} {k.name}, geboren am {dots(k.geburtsdatum)}, wird in unserer Kindertageseinrichtung mit {r.choice([35, 45])} Wochenstunden betreut."
            ),
            P("Das Kind ist gut in die Gruppe eingebunden und spricht im Alltag Deutsch."),
            Signature("Einrichtungsleitung", f"{c.city_or_nrw()}, {dots(d.date)}"),
        ]
        return DocSpec(blocks, _st(r))
    sy = d.date.year if d.date.month >= 8 else d.date.year - 1
    klasse = max(1, min(13, age - 5))
    blocks = [
        P(c.school, bold=True, align="center"),
        P(f"Halbjahreszeugnis · Schuljahr {sy}/{(sy + 1) % 100:02d}", bold=True, size=13, align="center"),
        P(f"Name: {k.name}   Vorname: {k.vorname}   Klasse: {klasse}{r.choice('abc')}"),
        Table(
            [
                ["Deutsch", r.choice(["2", "3", "2-"]), "Mathematik", r.choice(["2", "3", "4"])],
                ["Englisch", r.choice(["2", "3"]), "Sachunterricht/NW", r.choice(["1", "2"])],
                ["Sport", "1", "Kunst", r.choice(["2", "1"])],
            ],
            [0.3, 0.2, 0.3, 0.2],
            header=False,
            size=9.5,
        ),
        P(f"Fehltage: {r.randint(0, 6)} (alle entschuldigt)", size=9),
        P("Bemerkungen: beteiligt sich aufmerksam am Unterricht und hilft Mitschülern.", size=9.5),
        Table(
            [["Klassenleitung", "Schulleitung", "Erziehungsberechtigte"], ["", "", ""]],
            [0.34, 0.33, 0.33],
            grid=False,
            size=8.5,
        ),
        P(f"{c.city_or_nrw()}, {dots(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("schulnachweis", "kq2", SPLIT)
def schul_kq2(c, d, r):
    k = _child(c, d)
    sy = d.date.year if d.date.month >= 8 else d.date.year - 1
    blocks = [
        P(c.school, bold=True, size=12, after=0),
        P(f"Sekretariat · {c.court_city_plz()}", size=8.5),
        Rule(),
        P("Schulbescheinigung", bold=True, size=13),
        P(
            f"Auf Wunsch der Eltern bestätigen wir, dass {k.full} (geboren am {dots(k.geburtsdatum)}) im Schuljahr {sy}/{sy + 1} "
            f"Schüler/in unserer Schule ist und regelmäßig am Unterricht teilnimmt."
        ),
        P("Zur Vorlage bei einer Behörde.", size=9),
        Box(["Schulstempel", f"{c.school}"], size=8),
        Signature("Sekretariat i. A.", f"{c.city_or_nrw()}, {kurz(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ auslaenderbehoerde


@tpl("auslaenderbehoerde", "kq1", SPLIT)
def abh_kq1(c, d, r):
    a = c.applicant
    blocks = [
        P(c.abh, bold=True, size=10, after=0),
        P(
            "Bescheinigung über die Aussetzung der Abschiebung (Duldung) nach § 60a AufenthG",
            bold=True,
            size=11.5,
        ),
        Table(
            [
                ["Familienname", a.name.upper(), "Vorname", a.vorname],
                ["Geburtsdatum", dots(a.geburtsdatum), "Geburtsort", a.geburtsort],
                ["Staatsangehörigkeit", a.staat, "Anschrift", f"{c.street}, {c.plz} {c.city}"],
            ],
            [0.2, 0.3, 0.18, 0.32],
            header=False,
            size=9,
        ),
        P(
            f"Gültig bis (Aussetzung der Abschiebung): {dots(d.date + timedelta(days=r.choice([90, 92, 180])))}",
            bold=True,
        ),
        P("Nebenbestimmungen:", bold=True, after=1),
        P(
            "Wohnsitzauflage für den Ort der Ausstellung. Beschäftigung: nicht gestattet, außer mit Zustimmung der Ausländerbehörde. Erlischt mit Ablauf der Frist oder bei Bekanntgabe des Abschiebungstermins.",
            size=9.5,
        ),
        P("Dieses Papier ersetzt keinen Pass und berechtigt nicht zum Grenzübertritt.", size=8.5),
        Box([f"Ausgestellt am {kurz(d.date)}", "Im Auftrag – Dienstsiegel"], size=8.5),
    ]
    return DocSpec(blocks, _st(r, "cond"))


@tpl("auslaenderbehoerde", "kq2", SPLIT)
def abh_kq2(c, d, r):
    a = c.applicant
    town = c.abh.split(" – ")[0]
    blocks = [
        P(town, bold=True, size=13, after=0),
        P(
            "Der Oberbürgermeister"
            if town.startswith(("Stadt", "Landeshauptstadt", "Bundesstadt"))
            else "Kreisverwaltung – Der Landrat",
            size=9,
            after=0,
        ),
        P(c.abh.split(" – ")[-1], size=9),
        P(
            f"Aktenzeichen: 32.{_seed_int(a.full, 10, 99)}-{_seed_int(a.name, 1000, 9999)}",
            size=9,
            align="right",
            after=0,
        ),
        P(f"Datum: {dots(d.date)}", size=9, align="right"),
        P(f"{a.herr_frau()}", after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}"),
        P("Anhörung vor Erlass einer Ordnungsverfügung zur Mitwirkung bei der Passbeschaffung", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            "Sie sind vollziehbar ausreisepflichtig. Gemäß § 48 Absatz 3 AufenthG müssen Sie bei der Beschaffung eines "
            f"Identitätspapiers mitwirken. Bislang haben Sie keinen gültigen Pass Ihres Herkunftsstaates ({c.natinfo['land']}) vorgelegt."
        ),
        P(
            f"Ich beabsichtige, Sie zu verpflichten, bis zum {dots(d.date + timedelta(days=28))} persönlich bei der Auslandsvertretung vorzusprechen. "
            "Sie erhalten Gelegenheit, sich binnen zwei Wochen hierzu zu äußern (§ 28 VwVfG NRW)."
        ),
        P("Mit freundlichen Grüßen"),
        P("Im Auftrag"),
        Signature(f"{r.choice(['Kortmann', 'Schürmann', 'Dahlhaus'])}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ gerichtsentscheidung


@tpl("gerichtsentscheidung", "kq1", SPLIT)
def court_kq1(c, d, r):
    a = c.applicant
    asyl = c.asylum
    other = (
        "den Bund, dieser handelnd durch das BAMF (Bundesamt für Migration und Flüchtlinge)"
        if asyl
        else f"das Land NRW, handelnd durch {c.abh}"
    )
    blocks = [
        P(c.court_name, bold=True, size=13, align="center"),
        P(f"Geschäftsnummer: {c.court_az}", size=9, align="right"),
        P("Im Namen des Volkes", bold=True, align="center"),
        P("Urteil", bold=True, size=14, align="center"),
        P("Rubrum – Streitsache"),
        P(f"{a.vorname} {a.name}, {c.street}, {c.plz} {c.city},", indent=14, after=1),
        P("(klagende Partei)", indent=14),
        P("gegen", indent=14),
        P(other + ",", indent=14, after=1),
        P("(beklagte Partei)", indent=14),
        P(f"wegen {'Asylrecht' if asyl else 'Aufenthaltserlaubnis'}"),
        P(
            f"erkennt die {r.randint(1, 20)}. Kammer auf die mündliche Verhandlung vom {dots(d.date - timedelta(days=r.randint(1, 14)))} durch die Richterin als Einzelrichterin für Recht:"
        ),
        P(
            "Abgewiesen wird die Klage. Kosten: trägt die klagende Partei; Gerichtskosten fallen nicht an."
            if asyl
            else "Abgewiesen wird die Klage; Kosten: klagende Partei.",
            bold=True,
        ),
        P("Tatbestand", bold=True, align="center"),
        P(
            f"Klagende Partei: {a.staat}e Staatsangehörige; sie begehrt {'Schutz nach dem Asylgesetz' if asyl else 'die Verlängerung ihres Aufenthaltstitels'}."
        ),
        P("Entscheidungsgründe", bold=True, align="center"),
        P(
            "Die Klage ist zulässig, aber nicht begründet. Die angegriffene Entscheidung ist rechtmäßig. Das Gericht hat sich nach Anhörung nicht davon überzeugen können, dass die vorgetragenen Gefahren tatsächlich bestehen."
        ),
        P(f"Kosten: § 154 Abs. 1 VwGO{', Gerichtskostenfreiheit: § 83b AsylG' if asyl else ''}."),
        P(f"{c.court_name.replace('Verwaltungsgericht', 'VG')}, {dots(d.date)}", size=9),
        Signature(r.choice(["Richterin am VG Dr. Averbeck", "Richter Ilgner", "Richterin Plaßmann"])),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="Seite {p}")


@tpl("gerichtsentscheidung", "kq2", SPLIT)
def court_kq2(c, d, r):
    a = c.applicant
    blocks = [
        Box([c.court_name, f"Az. {c.court_az}", "Beschluss"], size=10),
        P(
            f"Eilsache {a.full} gegen {'Bundesrepublik Deutschland' if c.asylum else c.abh} – Beschluss der {r.randint(1, 20)}. Kammer vom {lang(d.date)}:"
        ),
        P("1. Der Eilantrag wird zurückgewiesen.", indent=12),
        P("2. Die Antragstellerseite trägt die Kosten des Verfahrens.", indent=12),
        P(
            f"3. Der Streitwert wird auf {r.choice(['2.500', '5.000'])},00 Euro festgesetzt."
            if not c.asylum
            else "3. Gerichtskosten werden nicht erhoben.",
            indent=12,
        ),
        P("Gründe:", bold=True),
        P(
            "Der Antrag ist statthaft, bleibt aber in der Sache erfolglos. Bei der gebotenen summarischen Prüfung fällt die Interessenabwägung zulasten der Antragstellerseite aus; ihr Interesse, vorläufig im Bundesgebiet zu bleiben, muss zurücktreten."
        ),
        P(
            "Die angegriffene Verfügung erweist sich nach derzeitigem Stand als rechtmäßig; auf ihre Begründung nimmt die Kammer Bezug."
        ),
        P(
            "Unanfechtbar (§ 80 AsylG)."
            if c.asylum
            else "Rechtsmittel: Beschwerde zum OVG NRW in Münster, einzulegen binnen zwei Wochen nach Bekanntgabe.",
            size=9.5,
        ),
        Signature(r.choice(["Vorsitzende Richterin Wegener", "Richter Thönnissen"])),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "kq1", SPLIT)
def straf_kq1(c, d, r):
    a = c.applicant
    off, sentence = c.offence or N.OFFENCES[0]
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12, after=0),
        P(
            f"Geschäfts-Nr.: {r.randint(10, 99)} Cs {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
            size=9,
        ),
        P("Strafbefehl", bold=True, size=14, align="center"),
        P(
            f"gegen {a.full}, geboren am {dots(a.geburtsdatum)} in {a.geburtsort}, {a.staat}, wohnhaft {c.street}, {c.plz} {c.city}"
        ),
        P(
            f"Nach den Ermittlungen der Staatsanwaltschaft wird Ihnen vorgeworfen: Am {dots(d.date - timedelta(days=r.randint(60, 200)))} handelten Sie in {c.court_city} "
            f"so, dass der Tatbestand des {off} erfüllt ist."
        ),
        P(
            f"Das Gericht verhängt daher eine Geldstrafe in Höhe von {sentence}; so hatte es die Staatsanwaltschaft beantragt."
        ),
        P(
            "Ohne Ihren Einspruch (Frist: 2 Wochen nach Zustellung; Form: schriftlich oder mündlich beim Gericht) steht dieser Strafbefehl einem rechtskräftigen Urteil gleich.",
            size=9.5,
        ),
        P(f"{c.court_city}, {dots(d.date)}", size=9),
        Signature(f"gez. {r.choice(['Buschhaus', 'Ortmanns', 'Kleefisch'])}"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("strafrecht", "kq2", SPLIT)
def straf_kq2(c, d, r):
    a = c.applicant
    off, sentence = c.offence or N.OFFENCES[0]
    blocks = [
        P("Bundeszentralregister beim Bundesamt für Justiz, 53094 Bonn", bold=True, size=11),
        P("Führungszeugnis – Belegart O (für Behörden)", bold=True),
        Table(
            [
                ["Familienname (ggf. Geburtsname)", a.name],
                ["Vorname(n)", a.vorname],
                ["geboren (Datum, Ort)", f"{dots(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
            ],
            [0.4, 0.6],
            header=False,
            size=9,
        ),
        P("Inhalt:", bold=True),
        P(
            f"1. {dots(c.criminal_date or d.date)} Amtsgericht {c.court_city} – Strafbefehl, rechtskräftig. Tatbezeichnung: {off}. "
            f"Rechtsfolge: {sentence}."
        ),
        P(f"Erteilt am {lang(d.date)} in Bonn", size=9),
    ]
    return DocSpec(blocks, _st(r, "mono", size=9.5))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "kq1", SPLIT)
def id_kq1(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("Kopie – Datenseite Reisepass / Passport data page", size=8.5, align="right"),
        Box(
            [
                f"PASSPORT · {c.natinfo['en'].upper()}",
                f"Surname / Nom: {a.name.upper()}",
                f"Given names / Prénoms: {a.vorname.upper()}",
                f"Birth date / Date de naissance: {_pp(a.geburtsdatum)}",
                f"Birthplace / Lieu de naissance: {a.geburtsort.upper()}",
                f"Sex: {'M' if a.sex == 'm' else 'F'}   Issued / Délivré le: {_pp(d.date)}",
                f"Valid until / Expire le: {_pp(d.date + timedelta(days=3652))}",
            ],
            size=9.5,
        ),
        P(l1, font="mono", size=10, after=0),
        P(l2, font="mono", size=10),
        P("Original hat vorgelegen – Kopie gefertigt im Bürgerbüro (Stempel).", size=8),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("identitaetsnachweis", "kq2", SPLIT)
def id_kq2(c, d, r):
    a = c.applicant
    father = r.choice(c.natinfo["m"])
    mother = r.choice(c.natinfo["f"])
    blocks = [
        P("Übersetzung – Original in Landessprache liegt vor", size=9, align="right"),
        P(f"{c.natinfo['land']} – Standesamt {a.geburtsort}", bold=True, align="center"),
        P("GEBURTSURKUNDE – Registerauszug", bold=True, size=12, align="center"),
        Table(
            [
                ["Vor- und Familienname des Kindes", f"{a.vorname} {a.name}"],
                ["Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["Datum der Geburt", lang(a.geburtsdatum)],
                ["Geburtsort (Stadt/Provinz)", a.geburtsort],
                ["Vater", f"{father} {a.name}"],
                ["Mutter", f"{mother} {r.choice(c.natinfo['nach'])}"],
                ["Registernummer", f"{_seed_int(a.full, 100, 9999)}/{a.geburtsdatum.year}"],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P(
            f"Für die Übereinstimmung dieser Übersetzung mit der Urschrift zeichnet: {r.choice(['Rana Haddad-Wolff', 'Dariusz Kempa', 'Selin Aydoğan'])}, "
            f"vom Landgericht {r.choice(['Essen', 'Bochum', 'Köln'])} ermächtigte Übersetzerin/ermächtigter Übersetzer, {dots(d.date)}.",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_kq1", SPLIT)
def sonst_anhoerung_kq1(c, d, r):
    a = c.applicant
    site = c.bamf_site or N.BAMF_SITES[0]
    when = d.date + timedelta(days=r.randint(10, 25))
    blocks = [
        P(f"Bundesamt für Migration und Flüchtlinge, {site[0]}", bold=True, after=0),
        P(f"{site[1]} · {site[2]}", size=8.5),
        P(f"Geschäftszeichen: {c.bamf_gz}", size=9, align="right", after=0),
        P(f"{dots(d.date)}", size=9, align="right"),
        P(f"{a.full}", after=0),
        P(f"{c.street}, {c.plz} {c.city}"),
        P("Ladung zur persönlichen Anhörung im Asylverfahren", bold=True, size=12),
        P(
            f"Bitte erscheinen Sie am {lang(when)} um {r.choice(['8:30', '9:00', '10:15', '13:00'])} Uhr persönlich in der oben genannten Außenstelle zu erscheinen. "
            "In der Anhörung haben Sie Gelegenheit, die Gründe Ihres Asylantrags ausführlich darzulegen."
        ),
        P("Bitte bringen Sie mit:", bold=True, after=1),
        P(
            "• diese Ladung • Ihre Aufenthaltsgestattung bzw. den Ankunftsnachweis • alle Dokumente zu Identität und Fluchtgründen",
            size=9.5,
        ),
        P(
            "Ein Dolmetscher wird vom Bundesamt gestellt. Wer ohne triftigen Grund nicht kommt, riskiert eine Entscheidung allein nach Aktenlage (vgl. § 25 Abs. 5 AsylG).",
            size=9.5,
        ),
        P("Im Auftrag", after=12),
        P(r.choice(["Terstegen", "Aksoy", "Wiemeler"]), size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sonstiges", "kq2", SPLIT)
def sonst_kq2(c, d, r):
    landlord = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P("Wohnungsgeber – Bescheinigung zum Einzug (§ 19 BMG)", bold=True, size=12),
        P(
            f"Hiermit bestätige ich als Wohnungsgeber/in, {landlord}, den Einzug der nachfolgend genannten Person(en):"
        ),
        Table([["Name", "Vorname"]] + [[p.name, p.vorname] for p in c.persons], [0.5, 0.5], size=9.5),
        P(
            f"in die Wohnung: {c.street}, {c.plz} {c.city}, {r.choice(['Erdgeschoss links', '2. OG rechts', 'Dachgeschoss'])}"
        ),
        P(f"Datum des Einzugs: {dots(d.date - timedelta(days=r.randint(30, 400)))}"),
        P(
            "Ich bestätige mit meiner Unterschrift, dass die Angaben den Tatsachen entsprechen. Das Ausstellen einer Gefälligkeitsbescheinigung ist eine Ordnungswidrigkeit.",
            size=8.5,
        ),
        Signature(landlord, f"{c.city_or_nrw()}, {dots(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))
