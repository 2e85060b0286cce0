"""Templates of the `blind10` split: a twelfth held-out set (session 13), written without reading the
other held-out template files. Every class has layouts, wordings, label conventions and date
formats of its own; all names of persons come from the generator, every institution is invented."""

from __future__ import annotations

import random
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, PageBreak, Rule, Signature, Space, Style, Table
from hfk.corpus.templates import _child, _mrz, tpl
from hfk.corpus.text_antrag import fmt, fmt_en, fmt_long

SPLIT = "blind10"

LANGS = {
    "syrien": "Arabisch",
    "afghanistan": "Dari",
    "irak": "Arabisch",
    "iran": "Persisch",
    "nigeria": "Englisch",
    "guinea": "Französisch",
    "kosovo": "Albanisch",
    "albanien": "Albanisch",
    "serbien": "Serbisch",
    "russland": "Russisch",
    "tuerkei": "Türkisch",
    "georgien": "Georgisch",
    "armenien": "Armenisch",
    "ghana": "Englisch",
}

OFFICE = [
    "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes NRW",
    "Geschäftsstelle der Härtefallkommission",
    "Völklinger Str. 4",
    "40219 Düsseldorf",
]


# ------------------------------------------------------------------ small helpers


def _dm(d) -> str:
    """4.3.1990: day and month without leading zeros."""
    return f"{d.day}.{d.month}.{d.year}"


def _us(d) -> str:
    """March 4, 1990."""
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _abh_of(abh: str) -> str:
    """The foreigners' office as a letter writer names it: "Ausländeramt der Stadt Köln"."""
    if " – " not in abh:
        return abh
    body, office = abh.split(" – ", 1)
    owner = f"des Kreises {body[6:]}" if body.startswith("Kreis ") else f"der {body}"
    return f"{office} {owner}"


def _look(r: random.Random, family: str | None = None, small: bool = False) -> Style:
    return Style(
        family=family or r.choice(["serif", "sans", "cond", "serif"]),
        size=r.choice([9.5, 10.0]) if small else r.choice([10.0, 10.5, 11.0]),
        leading=r.choice([1.25, 1.3, 1.4]),
        margin_left=r.uniform(55, 85),
        margin_right=r.uniform(45, 75),
        margin_top=r.uniform(40, 70),
        margin_bottom=r.uniform(60, 80),
    )


def _kept(c, i: int, f: str) -> bool:
    return c.omitted.get(i) != f


def _role(p) -> str:
    return {
        "applicant": "Antragsteller" if p.sex == "m" else "Antragstellerin",
        "spouse": "Ehefrau" if p.sex == "f" else "Ehemann",
        "child": "Sohn" if p.sex == "m" else "Tochter",
    }[p.role]


def _role_en(p) -> str:
    return {
        "applicant": "applicant",
        "spouse": "wife" if p.sex == "f" else "husband",
        "child": "son" if p.sex == "m" else "daughter",
    }[p.role]


def _place(c) -> str:
    return c.rep.city.split(" ", 1)[1] if c.rep else c.city_or_nrw()


def _phone(seed: str) -> str:
    r = random.Random("b10:" + seed)
    return f"0{r.randint(201, 989)} / {r.randint(20, 99)} {r.randint(100, 999)}-{r.randint(0, 99):02d}"


def _rep_head(c, r: random.Random) -> list:
    """Letterheads of representatives, in three conventions of their own."""
    rp = c.rep
    org = rp.org if rp.kind != "privat" else rp.person
    kind = r.randrange(3)
    if kind == 0:
        return [
            P(org.upper(), size=12.5, bold=True, after=1),
            P(f"{rp.street}  |  {rp.city}  |  Fon {_phone(org)}", size=8, after=2),
            Rule(0.4),
            Space(6),
        ]
    if kind == 1:
        return [
            Table(
                [[org, f"{rp.person}\n{rp.street}\n{rp.city}\nTelefon {_phone(org)}"]],
                [0.58, 0.42],
                header=False,
                grid=False,
                size=8.5,
            ),
            Rule(1.0),
        ]
    return [
        P(org, size=11, bold=True, align="center", after=0),
        P(f"– {rp.street} – {rp.city} –", size=8.5, align="center", after=10),
    ]


def _office_block(short: bool = False) -> list:
    lines = OFFICE[1:] if short else OFFICE
    return [P(x, after=0) for x in lines] + [Space(12)]


def _own_head(c, r: random.Random) -> list:
    a = c.applicant
    if r.random() < 0.5:
        return [P(f"Absender: {a.full}, {c.street}, {c.plz} {c.city}", size=8, after=10)]
    return [P(a.full, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=14)]


# ------------------------------------------------------------------ the story of the Begründung


def _story(c, r: random.Random, third: bool, D) -> dict[str, list[str]]:
    """Sentences per Begründung topic in this split's own words; `third`: a representative writes.
    Every trigger is written only when the scenario has it; omitted person data stay out."""
    a = c.applicant
    land = c.natinfo["land"]
    m = a.sex == "m"
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    if third:
        subj = a.herr_frau()
        er, Er = ("er", "Er") if m else ("sie", "Sie")
        sein = "sein" if m else "ihr"
    date_ok, place_ok = _kept(c, 0, "geburtsdatum"), _kept(c, 0, "geburtsort")

    # ---- life story and entry
    L = t["lebensgeschichte"]
    work = r.choice(
        [
            "in der Autowerkstatt eines Onkels",
            "beim Gemüseanbau auf dem Land der Eltern",
            "in einem kleinen Lebensmittelladen",
            "als Aushilfe auf dem Großmarkt",
            "in einer Textilfabrik",
        ]
    )
    years = r.choice(["fünf", "sieben", "elf", "zwölf"])
    if not third:
        if date_ok and place_ok:
            L.append(f"Zur Welt gekommen bin ich am {D(a.geburtsdatum)} in {a.geburtsort} ({land}).")
        elif place_ok:
            L.append(f"Meine Kindheit verbrachte ich in {a.geburtsort} ({land}).")
        elif date_ok:
            L.append(f"Ich wurde am {D(a.geburtsdatum)} in {land} geboren.")
        else:
            L.append(f"Ursprünglich komme ich aus {land}.")
        L.append(f"Nach {years} Jahren Schulbesuch habe ich {work} mitgearbeitet.")
        if c.einreiseverbot:
            L.append(
                f"Ich war {c.entry.year - 2} schon einmal in Deutschland und wurde abgeschoben. Am {D(c.entry)} kam ich "
                "zurück, obwohl die Sperre nach § 11 AufenthG damals noch bestand."
            )
        else:
            L.append(f"Am {D(c.entry)} habe ich die deutsche Grenze überschritten und lebe seitdem hier.")
    else:
        if date_ok and place_ok:
            L.append(f"{subj} kam am {D(a.geburtsdatum)} in {a.geburtsort} ({land}) zur Welt.")
        elif place_ok:
            L.append(f"{subj} stammt aus {a.geburtsort} in {land}.")
        elif date_ok:
            L.append(f"{subj} wurde am {D(a.geburtsdatum)} in {land} geboren.")
        else:
            L.append(f"{subj} stammt aus {land}.")
        L.append(f"Nach {years} Schuljahren hat {er} {work} gearbeitet.")
        if c.einreiseverbot:
            L.append(
                f"Eine erste Abschiebung aus Deutschland erfolgte {c.entry.year - 2}; die Rückkehr am {D(c.entry)} "
                "geschah, obwohl die Sperrfrist nach § 11 AufenthG nicht abgelaufen war."
            )
        else:
            L.append(f"Nach Deutschland gelangte {er} am {D(c.entry)}.")

    # ---- residence status
    S = t["aufenthaltssituation"]
    abh = c.abh if r.random() < 0.5 else _abh_of(c.abh)
    if c.asylum:
        if not third:
            S.append(
                f"Am {D(c.asylum_applied)} beantragte ich Asyl. Die Ablehnung durch das BAMF kam mit Bescheid vom "
                f"{D(c.bamf_date)}; dort wird mein Fall unter {c.bamf_gz} geführt."
            )
        else:
            S.append(
                f"Auf den Asylantrag vom {D(c.asylum_applied)} erging am {D(c.bamf_date)} ein ablehnender Bescheid "
                f"des BAMF (Aktenzeichen beim Bundesamt: {c.bamf_gz})."
            )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Über die dagegen gerichtete Klage hat das {c.court_name} (Az. {c.court_az}) bis heute nicht entschieden."
                )
            else:
                S.append(
                    f"Mit Urteil vom {D(c.court_date)} hat das {c.court_name} die Klage abgewiesen ({c.court_az})."
                )
    else:
        pron = "Ich kam" if not third else f"{Er} kam"
        S.append(
            f"{pron} legal nach Deutschland; Anlass war ein Visum zum Zweck {c.visa_purpose}. Die anschließende "
            f"Aufenthaltserlaubnis wurde nicht verlängert, der Verlängerungsantrag wurde abgelehnt."
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Gegen die Ordnungsverfügung läuft noch ein Verfahren beim {c.court_name} (Az. {c.court_az})."
                )
            else:
                S.append(
                    f"Einen Eilantrag gegen die Ordnungsverfügung hat das {c.court_name} am {D(c.court_date)} zurückgewiesen (Az. {c.court_az})."
                )
    if c.gestattung:
        S.append(
            "Da das Verfahren beim Bundesamt noch nicht beendet ist, "
            + ("besitze ich" if not third else f"besitzt {er}")
            + " im Moment eine Aufenthaltsgestattung."
        )
    else:
        S.append(
            ("Heute habe ich" if not third else f"Gegenwärtig hat {er}")
            + " nur eine Duldung nach § 60a AufenthG, die jeweils für wenige Monate verlängert wird."
        )
    S.append(f"Zuständig ist die Behörde: {abh}." if r.random() < 0.5 else f"(zuständige Stelle: {abh})")
    if c.s58a:
        S.append(
            "Hinzu kommt eine Anordnung der Abschiebung gemäß § 58a AufenthG"
            + (" gegen mich." if not third else f" gegen {'ihn' if m else 'sie'}.")
        )
    if c.rueckfuehrung:
        S.append(
            f"Für die Rückführung steht bereits ein Datum fest: der {D(c.rueckfuehrung)}"
            + (
                "; so steht es im Brief der Ausländerbehörde an mich."
                if not third
                else "; so teilte es die Ausländerbehörde mit."
            )
        )
    if c.criminal:
        off, sentence = c.offence or ("Leistungserschleichung", "15 Tagessätzen")
        if not third:
            S.append(
                f"Offen sagen möchte ich auch: Mit Strafbefehl vom {D(c.criminal_date)} verhängte das Amtsgericht "
                f"{c.court_city} gegen mich wegen {off} eine Geldstrafe ({sentence}); sie ist vollständig bezahlt."
            )
        else:
            S.append(
                f"Offen gelegt sei, dass gegen {'ihn' if m else 'sie'} am {D(c.criminal_date)} ein Strafbefehl des "
                f"Amtsgerichts {c.court_city} erging (wegen {off}, Geldstrafe von {sentence}); die Strafe ist beglichen."
            )

    # ---- family
    F = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        w = "Ehefrau" if sp[0].sex == "f" else "Ehemann"
        F.append(
            f"Mit mir zusammen lebt mein{'e' if sp[0].sex == 'f' else ''} {w} {sp[0].full}."
            if not third
            else f"{Er} lebt mit {sein}{'er' if sp[0].sex == 'f' else 'em'} {w} {sp[0].vorname} in einem Haushalt."
        )
    if kids:
        names = (
            " und ".join([", ".join(k.vorname for k in kids[:-1]), kids[-1].vorname])
            if len(kids) > 1
            else kids[0].vorname
        )
        F.append(
            f"{'Unsere Kinder' if len(kids) > 1 else 'Unser Kind'} {names} {'kennen' if len(kids) > 1 else 'kennt'} "
            f"{land} nur aus Erzählungen; {'sie sind' if len(kids) > 1 else 'es ist'} hier groß geworden."
        )
    home = r.choice(
        [
            "eine betagte Tante",
            "ein Halbbruder",
            "die Großmutter väterlicherseits",
            "niemand mehr aus der engen Familie",
        ]
    )
    here = r.choice(
        [
            "eine inzwischen eingebürgerte Schwester",
            "ein Cousin mit unbefristetem Aufenthaltstitel",
            "der Onkel mit seiner Familie",
        ]
    )
    F.append(
        f"In {land} lebt nur noch {home}. Hier in Deutschland dagegen wohnt {here}, zu dem oder der enger Kontakt besteht."
    )

    # ---- integration
    G = t["integration"]
    lvl = r.choice(["A2", "B1", "B1", "B2"])
    G.append(
        f"Deutsch {'spreche ich' if not third else 'spricht ' + er} inzwischen auf dem Niveau {lvl}; "
        f"{'ich habe' if not third else er + ' hat'} den Integrationskurs abgeschlossen."
    )
    if c.ausbildung:
        trade = r.choice(["Fachlagerist/in", "Mechatroniker/in", "Altenpflegehelfer/in", "Bäcker/in"])
        G.append(
            f"Seit dem 1. August {c.received.year - 1} {'lerne ich' if not third else 'lernt ' + er} den Beruf "
            f"{trade}; wir halten § 60c AufenthG (Duldung während der Ausbildung) hier für einschlägig."
        )
    else:
        since = r.randint(2018, c.received.year - 1)
        G.append(
            f"{'Ich bin' if not third else Er + ' ist'} seit {since} bei {c.employer} als {c.job} angestellt; "
            f"{'meinen' if not third else sein + 'en'} Lebensunterhalt {'bestreite ich' if not third else 'bestreitet ' + er} ohne Sozialleistungen."
        )
    G.append(
        f"{'In meiner Freizeit helfe ich' if not third else 'In der Freizeit hilft ' + er} ehrenamtlich bei „{c.club}“ mit."
    )
    for k in c.school_age():
        G.append(f"{k.vorname} ist in der Einrichtung „{c.school}“ angemeldet und wird dort sehr gelobt.")

    # ---- humanitarian reasons
    H = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, name, sev = c.diagnosis
        if c.ill_person == 0:
            who = "Ich selbst bin" if not third else f"{Er} ist"
        else:
            rel = {
                "spouse": "Ehefrau" if p.sex == "f" else "Ehemann",
                "child": "Sohn" if p.sex == "m" else "Tochter",
            }[p.role]
            who = (
                (f"Mein{'e' if p.sex == 'f' else ''} {rel} {p.vorname} ist") if not third else f"{p.full} ist"
            )
        H.append(
            f"{who} ernsthaft krank. Fachärztlich festgestellt wurde: {name} (ICD-10 {code}), Schweregrad {sev}."
        )
        H.append(f"Die laufende Behandlung könnte in {land} nicht fortgesetzt werden.")
    H.append(
        f"Zurück nach {land} zu müssen, wäre {'für uns' if len(c.persons) > 1 else ('für mich' if not third else 'für ' + ('ihn' if m else 'sie'))} unzumutbar, "
        + r.choice(
            [
                "weil dort weder Wohnung noch Einkommen noch ein Netz von Angehörigen wartet.",
                "denn der gesamte Lebensmittelpunkt liegt seit Jahren hier.",
                "weil alles, was in den letzten Jahren aufgebaut wurde, verloren ginge.",
            ]
        )
    )
    return t


TOPIC_ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


def _topics(c, t: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(k, " ".join(t[k])) for k in TOPIC_ORDER if k in c.topics and t[k]]


def _opening(c, r: random.Random) -> str:
    n = len(c.persons)
    if c.sender == "anwalt":
        return r.choice(
            [
                f"ausweislich der beigefügten Vollmacht vertrete ich {'die nachstehend bezeichneten Personen' if n > 1 else 'die nachstehend bezeichnete Person'}. "
                "Ich bitte darum, die Angelegenheit der Kommission zur Beratung vorzulegen und die Ausländerbehörde um einen Aufenthaltstitel (§ 23a AufenthG) zu ersuchen.",
                "in der Härtefallangelegenheit meiner Mandantschaft, für die ich mich unter Beifügung der Vollmacht legitimiere, "
                "trage ich das Folgende vor und bitte um eine Befassung mit dem Ziel eines Ersuchens (§ 23a AufenthG).",
            ]
        )
    if c.sender == "beratungsstelle":
        return (
            "die unten genannten Ratsuchenden werden von unserer Beratungsstelle seit geraumer Zeit unterstützt. In ihrem "
            "Auftrag – eine Vollmacht liegt bei – legen wir den Fall der Kommission vor (§ 23a AufenthG)."
        )
    if c.sender == "privat":
        return (
            f"ich schreibe Ihnen als {c.rep.relation} von {c.applicant.full}. {'Er' if c.applicant.sex == 'm' else 'Sie'} hat mich bevollmächtigt, "
            "für die Familie die Befassung der Härtefallkommission zu beantragen, weil das Deutsch für diesen Brief nicht reicht."
        )
    return r.choice(
        [
            "meine Lage ist ausweglos, deshalb schreibe ich an die Kommission: Bitte setzen Sie sich bei der Ausländerbehörde dafür ein, dass "
            + ("ich und meine Angehörigen bleiben dürfen" if n > 1 else "ich bleiben darf")
            + " (§ 23a AufenthG).",
            "mit diesem Schreiben lege ich meinen Fall der Härtefallkommission vor und hoffe, dass sie ihn als Härtefall nach § 23a AufenthG einstuft.",
        ]
    )


def _signer(c) -> str:
    if c.sender == "applicant":
        return c.applicant.full
    if c.sender == "anwalt":
        return f"{c.rep.person}\nRechtsanwalt/Rechtsanwältin"
    return c.rep.person


def _head(c, r: random.Random) -> list:
    return _rep_head(c, r) if c.rep else _own_head(c, r)


def _close(c, r: random.Random) -> list:
    out = [
        P(
            r.choice(
                [
                    "Für eine wohlwollende Prüfung bedanke ich mich im Voraus.",
                    "Sollten Unterlagen fehlen, reichen wir sie umgehend nach.",
                    "Über jede Unterstützung wäre ich sehr dankbar.",
                ]
            )
        ),
        P(r.choice(["Hochachtungsvoll", "Mit freundlichen Grüßen", "Freundliche Grüße"]), after=2),
        Signature(_signer(c)),
    ]
    return out


# ------------------------------------------------------------------ antrag 1: "Angaben zur Person" with numbered fields


@tpl("antrag", "zx10_stammblatt", SPLIT)
def antrag_zx10_stammblatt(c, d, r):
    t = _story(c, r, c.sender != "applicant", _dm)
    blocks = _head(c, r) + _office_block()
    blocks.append(P(f"{_place(c)}, am {_dm(d.date)}", align="right"))
    blocks.append(
        P(
            f"Härtefallersuchen für {c.applicant.vorname} {c.applicant.name.upper()} – Bitte um Befassung",
            bold=True,
        )
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("A. Angaben zur Person", bold=True, size=11.5))
    for i, p in enumerate(c.persons):
        blocks.append(P(f"Person {i + 1} ({_role(p)})", bold=True, after=2))
        rows = [
            ["1  Familienname", p.name],
            ["2  Vorname(n)", p.vorname],
            ["3  Geburtsdatum", _dm(p.geburtsdatum) if _kept(c, i, "geburtsdatum") else ""],
            ["4  Geburtsort", p.geburtsort if _kept(c, i, "geburtsort") else ""],
            ["5  Staatsangehörigkeit", p.staat if _kept(c, i, "staatsangehoerigkeit") else ""],
        ]
        if i == 0:
            rows.append(["6  Anschrift", f"{c.street}, {c.plz} {c.city}"])
        else:
            rows.append(["6  Anschrift", "wie Person 1"])
        blocks.append(Table(rows, [0.34, 0.66], header=False, size=9.5))
    blocks.append(P("B. Gründe", bold=True, size=11.5))
    heads = {
        "lebensgeschichte": "B.1  Herkunft und Weg nach Deutschland",
        "aufenthaltssituation": "B.2  Stand des Aufenthaltsverfahrens",
        "familie": "B.3  Angehörige hier und im Herkunftsstaat",
        "integration": "B.4  Sprache, Arbeit, Engagement",
        "humanitaere_gruende": "B.5  Warum eine Ausreise nicht zumutbar ist",
    }
    for k, text in _topics(c, t):
        blocks.append(P(heads[k], bold=True, after=2))
        blocks.append(P(text))
    blocks += _close(c, r)
    blocks.append(P("C. Anlagen: gemäß beigefügtem Verzeichnis", size=9))
    return DocSpec(blocks, _look(r), footer="– {p} / {n} –")


# ------------------------------------------------------------------ antrag 2: the family under roles, birth data in brackets


def _bracket(c, i: int, p, D) -> str:
    parts = []
    if _kept(c, i, "geburtsdatum"):
        parts.append(f"* {D(p.geburtsdatum)}" + (f" in {p.geburtsort}" if _kept(c, i, "geburtsort") else ""))
    elif _kept(c, i, "geburtsort"):
        parts.append(f"geb. in {p.geburtsort}")
    if _kept(c, i, "staatsangehoerigkeit"):
        parts.append(p.staat)
    return f" ({'; '.join(parts)})" if parts else ""


@tpl("antrag", "zx10_rollen", SPLIT)
def antrag_zx10_rollen(c, d, r):
    t = _story(c, r, c.sender != "applicant", fmt_long)
    blocks = _head(c, r)
    blocks += [P("Per Fax und vorab per E-Mail", size=8.5, after=4)] if r.random() < 0.4 else []
    blocks += _office_block(short=True)
    blocks.append(P(f"Betr.: Eingabe nach § 23a AufenthG – Familie {c.applicant.name}", bold=True, after=2))
    blocks.append(P(f"hier: Antrag vom {fmt_long(d.date)}", after=10))
    blocks.append(P("Sehr verehrte Damen und Herren der Härtefallkommission,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("Die Eingabe umfasst:", after=3))
    a = c.applicant
    blocks.append(P(f"{_role(a)}: {a.vorname} {a.name.upper()}{_bracket(c, 0, a, _dm)}", indent=14, after=2))
    for i, p in enumerate(c.persons):
        if p.role == "spouse":
            blocks.append(P(f"{_role(p)}: {p.vorname} {p.name}{_bracket(c, i, p, _dm)}", indent=14, after=2))
    kids = [(i, p) for i, p in enumerate(c.persons) if p.role == "child"]
    if kids:
        blocks.append(
            P(
                "Kinder: " + ", ".join(f"{p.vorname}{_bracket(c, i, p, _dm)}" for i, p in kids),
                indent=14,
                after=2,
            )
        )
    blocks.append(P(f"gemeinsam wohnhaft in {c.plz} {c.city}, {c.street}", indent=14))
    lead = {
        "lebensgeschichte": "Zur Vorgeschichte:",
        "aufenthaltssituation": "Zum aufenthaltsrechtlichen Stand:",
        "familie": "Zu den familiären Verhältnissen:",
        "integration": "Zur Eingliederung:",
        "humanitaere_gruende": "Zu den dringenden Gründen:",
    }
    for k, text in _topics(c, t):
        blocks.append(P(f"{lead[k]} {text}"))
    blocks += _close(c, r)
    return DocSpec(blocks, _look(r), footer="Seite {p}" if r.random() < 0.5 else None)


# ------------------------------------------------------------------ antrag 3: a table whose columns start with the birth data


@tpl("antrag", "zx10_spalten", SPLIT)
def antrag_zx10_spalten(c, d, r):
    t = _story(c, r, c.sender != "applicant", fmt)
    blocks = _head(c, r) + _office_block()
    blocks.append(P(f"{fmt_long(d.date)}", align="right"))
    blocks.append(P("Antrag auf Feststellung eines Härtefalls", bold=True, size=12.5, after=2))
    blocks.append(P(f"Antragsteller/in: {c.applicant.name.upper()}, {c.applicant.vorname}", size=9.5))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    rows = [["Nr.", "geboren am", "in", "Staatsang.", "Vorname", "FAMILIENNAME", "Stellung"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                str(i + 1),
                fmt_long(p.geburtsdatum) if _kept(c, i, "geburtsdatum") else "",
                p.geburtsort if _kept(c, i, "geburtsort") else "",
                p.staat if _kept(c, i, "staatsangehoerigkeit") else "",
                p.vorname,
                p.name.upper(),
                _role(p),
            ]
        )
    blocks.append(Table(rows, [0.06, 0.17, 0.15, 0.13, 0.15, 0.18, 0.16], size=8.5))
    room = r.randint(3, 48)
    blocks.append(
        P(
            r.choice(
                [
                    f"Unterkunft: {c.street}, {c.plz} {c.city} (Zimmer {room})",
                    f"Anschrift (PLZ/Ort zuerst): {c.plz} {c.city}, {c.street}",
                    f"Wohnanschrift: {c.street} · {c.plz} {c.city}",
                ]
            ),
            size=9.5,
        )
    )
    heads = {
        "lebensgeschichte": "I. Lebensweg",
        "aufenthaltssituation": "II. Verfahrensstand",
        "familie": "III. Familie",
        "integration": "IV. Eingliederung in Deutschland",
        "humanitaere_gruende": "V. Dringende humanitäre Gründe",
    }
    for k, text in _topics(c, t):
        blocks.append(P(heads[k], bold=True, after=2))
        blocks.append(P(text))
    blocks += _close(c, r)
    return DocSpec(blocks, _look(r), footer="Seite {p} von {n}", header=f"Härtefallantrag {c.applicant.name}")


# ------------------------------------------------------------------ antrag 4: persons in prose, birth date before the name


def _participle(c, i: int, p) -> str:
    adj_end = "e" if p.sex == "f" else "en"
    bits = []
    if _kept(c, i, "geburtsdatum"):
        bits.append(f"am {fmt(p.geburtsdatum)}")
    if _kept(c, i, "geburtsort"):
        bits.append(f"in {p.geburtsort}")
    born = (" ".join(bits) + f" geboren{adj_end}") if bits else ""
    nat = (
        f"{p.staat}{adj_end} Staatsangehörige{'' if p.sex == 'f' else 'n'}"
        if _kept(c, i, "staatsangehoerigkeit")
        else ""
    )
    art = "die" if p.sex == "f" else "den"
    core = " ".join(x for x in (born, nat) if x)
    return f"{art} {core} {p.vorname} {p.name}".replace("  ", " ") if core else f"{art} {p.vorname} {p.name}"


@tpl("antrag", "zx10_marginal", SPLIT)
def antrag_zx10_marginal(c, d, r):
    third = c.sender != "applicant"
    t = _story(c, r, third, fmt)
    blocks = _head(c, r) + _office_block()
    blocks.append(P(f"{_place(c)}, {fmt(d.date)}", align="right", after=12))
    items = [_participle(c, i, p) for i, p in enumerate(c.persons)]
    who = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " sowie " + items[-1]
    verb = "betrifft" if r.random() < 0.5 else "wird gestellt für"
    persons = (
        f"Dieser Antrag {verb} {who}. Die Familie lebt in {c.plz} {c.city}, {c.street}."
        if len(items) > 1
        else f"Dieser Antrag {verb} {who}, wohnhaft in {c.plz} {c.city}, {c.street}."
    )
    opening = _opening(c, r)
    rows = [["Anliegen", opening[0].upper() + opening[1:]], ["Personen", persons]]
    side = {
        "lebensgeschichte": "Herkunft",
        "aufenthaltssituation": "Status",
        "familie": "Angehörige",
        "integration": "Integration",
        "humanitaere_gruende": "Härte",
    }
    for k, text in _topics(c, t):
        rows.append([side[k], text])
    blocks.append(P("Härtefallantrag", bold=True, size=13, after=8))
    blocks.append(Table(rows, [0.2, 0.8], header=False, grid=False, size=9.5))
    blocks += _close(c, r)
    return DocSpec(blocks, _look(r, "cond"), footer="Seite {p} von {n}" if r.random() < 0.5 else "{p}")


# ------------------------------------------------------------------ antrag 5: a lawyer's rubrum, a fax cover sheet in front


def _rubrum_line(c, i: int, p) -> list:
    if p.role == "child":
        head = f"{i + 1}. das minderjährige Kind {p.vorname} {p.name.upper()}"
    else:
        head = f"{i + 1}. {'Herr' if p.sex == 'm' else 'Frau'} {p.vorname} {p.name.upper()}"
    bits = []
    if _kept(c, i, "geburtsdatum"):
        bits.append(
            f"geb. {_dm(p.geburtsdatum)}" + (f" in {p.geburtsort}" if _kept(c, i, "geburtsort") else "")
        )
    elif _kept(c, i, "geburtsort"):
        bits.append(f"geb. in {p.geburtsort}")
    if _kept(c, i, "staatsangehoerigkeit"):
        bits.append(f"{p.staat}{'e' if p.sex == 'f' else 'er'} Staatsangehörige{'' if p.sex == 'f' else 'r'}")
    if p.role == "child":
        bits.append("gesetzlich vertreten durch die Eltern")
    role = ("Antragsteller" if p.sex == "m" else "Antragstellerin") + f" zu {i + 1}."
    return [
        P(head + (", " + ", ".join(bits) if bits else "") + ",", indent=10, after=0),
        P(f"– {role} –", indent=40, after=4),
    ]


ABBREV = {"Az", "Dr", "St", "Abs", "Nr", "geb", "med", "Str", "ca", "bzw", "vgl", "Prof", "Gesch.-Z", "Tel"}


def _sentences(text: str) -> list[str]:
    """Split at ". " before a capital, not after an abbreviation, a single letter or a number."""
    merged: list[str] = []
    for piece in text.split(". "):
        tail = merged[-1].split(" ")[-1].strip("(„") if merged else ""
        if merged and (tail in ABBREV or len(tail) == 1 or tail[-1:].isdigit() or not piece[:1].isupper()):
            merged[-1] = f"{merged[-1]}. {piece}"
        else:
            merged.append(piece)
    return [m if m.endswith((".", ")", "“")) else m + "." for m in merged]


@tpl("antrag", "zx10_rubrum", SPLIT)
def antrag_zx10_rubrum(c, d, r):
    third = c.sender != "applicant"
    t = _story(c, r, third, _dm)
    blocks: list = []
    sender = _rep_label(c) if c.rep else c.applicant.full
    if r.random() < 0.45:
        blocks += [
            P("FAX-DECKBLATT", bold=True, size=16, after=8),
            Table(
                [
                    ["Empfänger", "Geschäftsstelle der Härtefallkommission NRW"],
                    ["Fax-Nr.", "0211 / 837 2200"],
                    ["Absender", sender],
                    ["Datum", fmt(d.date)],
                    ["Seiten inkl. Deckblatt", str(r.randint(3, 6))],
                ],
                [0.35, 0.65],
                header=False,
                size=10,
            ),
            P("Bei Übertragungsfehlern bitten wir um Rückruf.", size=9),
            PageBreak(),
        ]
    blocks += _head(c, r) + _office_block(short=True)
    blocks.append(P(f"{_place(c)}, {_dm(d.date)}", align="right"))
    blocks.append(P("In der Härtefallsache", bold=True, after=4))
    for i, p in enumerate(c.persons):
        blocks += _rubrum_line(c, i, p)
    blocks.append(P(f"sämtlich wohnhaft: {c.street}, {c.plz} {c.city}", indent=10))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("Zur Begründung:", bold=True))
    n = 0
    for _, text in _topics(c, t):
        for sent in _sentences(text):
            n += 1
            blocks.append(P(f"[{n}]  {sent}", after=3))
    blocks += _close(c, r)
    return DocSpec(blocks, _look(r, "serif"), footer="Seite {p} von {n}" if r.random() < 0.6 else None)


# ------------------------------------------------------------------ English applications


def _story_en(c, r: random.Random, D) -> dict[str, list[str]]:
    a = c.applicant
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    L = t["lebensgeschichte"]
    if _kept(c, 0, "geburtsort"):
        L.append(f"My hometown is {a.geburtsort} in {land}; my parents ran a small shop there.")
    else:
        L.append(f"My parents ran a small shop in {land}.")
    if c.einreiseverbot:
        L.append(
            f"I was already deported once, in {c.entry.year - 2}, and came back on {D(c.entry)} even though the "
            "re-entry ban (§ 11 AufenthG) had not yet expired."
        )
    else:
        L.append(f"On {D(c.entry)} I reached Germany.")
    S = t["aufenthaltssituation"]
    if c.asylum:
        S.append(
            f"On {D(c.asylum_applied)} I applied for asylum; the BAMF turned my claim down on {D(c.bamf_date)} (file no. {c.bamf_gz})."
        )
        if c.court:
            S.append(
                f"The court case ({c.court_name}, {c.court_az}) "
                + ("is still open." if c.court_pending else f"ended on {D(c.court_date)} without success.")
            )
    else:
        S.append(
            f"My entry was legal, with a visa ({c.visa_purpose}), but the residence permit was not extended."
        )
        if c.court:
            S.append(
                f"I went to court against the foreigners office ({c.court_name}, {c.court_az}); "
                + ("no decision yet." if c.court_pending else "I lost.")
            )
    S.append(
        "Right now my papers are an Aufenthaltsgestattung, because the procedure at the BAMF is still running."
        if c.gestattung
        else "At the moment I am only tolerated (Duldung, § 60a AufenthG)."
    )
    S.append(f"My file is handled by {c.abh}.")
    if c.s58a:
        S.append("On top of that there is a removal order against me based on § 58a AufenthG.")
    if c.rueckfuehrung:
        S.append(f"A date for my removal has been fixed: {D(c.rueckfuehrung)}.")
    if c.criminal:
        S.append(
            f"I do not want to hide that the Amtsgericht {c.court_city} fined me by a Strafbefehl (penalty order) of {D(c.criminal_date)}; the money is paid."
        )
    F = t["familie"]
    for p in c.persons[1:]:
        F.append(f"My {_role_en(p)} {p.vorname} lives with me.")
    F.append("My parents are no longer alive and my only brother lives in Germany too.")
    G = t["integration"]
    G.append("After the integration course I can manage daily life in German.")
    if c.ausbildung:
        G.append(
            "Because I am in vocational training, I hope to get the special Duldung for trainees (§ 60c AufenthG)."
        )
    else:
        G.append(f"My employer is {c.employer}, where I work as {c.job}; the rent I pay myself.")
    G.append(f"I also do voluntary work at {c.club}.")
    H = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I am" if c.ill_person == 0 else f"My {_role_en(p)} {p.vorname} is"
        H.append(f"{who} ill ({c.diagnosis[1]}, ICD-10 {c.diagnosis[0]}) and needs regular treatment.")
    H.append(f"If we had to return to {land}, everything we built here would be lost.")
    return t


@tpl("antrag", "en_zx10_blocks", SPLIT)
def antrag_en_zx10_blocks(c, d, r):
    t = _story_en(c, r, _us)
    blocks = [P(f"From: {c.applicant.full}", after=0), P(f"{c.street}, {c.plz} {c.city}", after=12)]
    blocks += [P(x, after=0) for x in ["To the Hardship Commission (Härtefallkommission NRW)", *OFFICE[2:]]]
    blocks.append(Space(10))
    blocks.append(P(f"Date: {_us(d.date)}", align="right"))
    blocks.append(
        P(
            "Subject: hardship request for my family"
            if len(c.persons) > 1
            else "Subject: my hardship request",
            bold=True,
        )
    )
    blocks.append(P("Honourable members of the Hardship Commission,"))
    blocks.append(
        P(
            "please treat my situation as a Härtefall (§ 23a AufenthG) and ask the immigration office to give me a residence permit."
        )
    )
    blocks.append(P("Persons included in this request:", bold=True, after=3))
    for i, p in enumerate(c.persons):
        lines = [f"Person {i + 1} of {len(c.persons)} – {_role_en(p)}", f"Full name: {p.vorname} {p.name}"]
        if _kept(c, i, "geburtsdatum"):
            lines.append(f"Date of birth: {_us(p.geburtsdatum)}")
        if _kept(c, i, "geburtsort"):
            lines.append(f"Place of birth: {p.geburtsort}")
        if _kept(c, i, "staatsangehoerigkeit"):
            lines.append(f"Citizenship: {c.natinfo['en']}")
        blocks.append(Box(lines, size=9))
    blocks.append(P(f"Our address: {c.street}, {c.plz} {c.city}"))
    heads = {
        "lebensgeschichte": "Background",
        "aufenthaltssituation": "Legal situation",
        "familie": "My family",
        "integration": "Our life here",
        "humanitaere_gruende": "Why return is impossible for us",
    }
    for k, text in _topics(c, t):
        blocks.append(P(heads[k], bold=True, after=2))
        blocks.append(P(text))
    blocks.append(P("Respectfully,", after=2))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _look(r, "sans"))


@tpl("antrag", "en_zx10_note", SPLIT)
def antrag_en_zx10_note(c, d, r):
    t = _story_en(c, r, fmt_en)
    blocks = [P(f"{c.applicant.full} · {c.plz} {c.city} · {c.street}", size=8.5, after=10)]
    blocks += [
        P("Härtefallkommission NRW – Geschäftsstelle", after=0),
        P("Völklinger Str. 4, 40219 Düsseldorf", after=12),
    ]
    blocks.append(P(f"{c.city}, {fmt_en(d.date)}", align="right"))
    blocks.append(P("Good day to the Hardship Commission,"))
    sents = []
    for i, p in enumerate(c.persons):
        who = "I am" if i == 0 else f"my {_role_en(p)} is"
        s = f"{p.vorname} {p.name}" if i else f"{p.vorname} {p.name}"
        parts = []
        if _kept(c, i, "geburtsdatum"):
            parts.append(f"born on {fmt_en(p.geburtsdatum)}")
        if _kept(c, i, "geburtsort"):
            parts.append(f"in {p.geburtsort}")
        nat = f", a {c.natinfo['en']} citizen" if _kept(c, i, "staatsangehoerigkeit") else ""
        sents.append(f"{who} {s}{', ' + ' '.join(parts) if parts else ''}{nat}")
    text = "; ".join(sents)
    blocks.append(
        P(
            text[0].upper()
            + text[1:]
            + ". I wrote this letter on my own; for official German I still need help."
        )
    )
    for _, para in _topics(c, t):
        blocks.append(P(para))
    blocks.append(P("Many thanks for your time and your patience.", after=2))
    blocks.append(Signature(c.applicant.full, f"{c.city}, {fmt_en(d.date)}"))
    return DocSpec(blocks, _look(r, "italic"))


# ------------------------------------------------------------------ bamf_bescheid


def _tenor(c, land: str) -> list[str]:
    months = random.Random(c.bamf_gz).choice([20, 30, 36])
    if c.bamf_tenor == 6:
        return [
            "Die Flüchtlingseigenschaft wird der antragstellenden Person nicht zuerkannt.",
            "Ein Recht auf Asyl nach Art. 16a GG steht ihr nicht zu; der Asylantrag wird insoweit abgelehnt.",
            "Subsidiärer Schutz wird nicht gewährt.",
            "Nationale Abschiebungsverbote (§ 60 Absätze 5 und 7 AufenthG) bestehen nicht.",
            "Verlässt die antragstellende Person Deutschland nicht innerhalb eines Monats (30 Tage) ab Bekanntgabe dieses "
            "Bescheids – bei Klageerhebung ab dem unanfechtbaren Ende des Verfahrens –, wird sie nach "
            f"{land} abgeschoben; eine Abschiebung in einen anderen Staat, der zur Übernahme bereit oder verpflichtet ist, bleibt vorbehalten.",
            f"Befristung des Einreise- und Aufenthaltsverbots: {months} Monate ab dem Abschiebungstag (§ 11 Abs. 1, Abs. 2 AufenthG).",
        ]
    return [
        "Der Asylantrag ist nach § 29 Abs. 1 Nr. 1 AsylG unzulässig.",
        "Nationale Abschiebungsverbote (§ 60 Absätze 5 und 7 AufenthG) bestehen nicht.",
        f"Die Abschiebung nach {random.Random(c.bamf_gz).choice(['Italien', 'Bulgarien', 'Kroatien', 'Österreich', 'Polen'])} wird angeordnet.",
        "Anordnung und Befristung eines Einreise- und Aufenthaltsverbots: 12 Monate ab dem Abschiebungstag (§ 11 AufenthG).",
    ]


def _grounds(c) -> list[str]:
    a = c.applicant
    return [
        f"Staatsangehörigkeit laut Akte: {a.staat}. Die Ausreise aus dem Herkunftsland erfolgte nach eigener Darstellung "
        f"{c.entry.year}, die Einreise nach Deutschland am {fmt(c.entry)}; Asyl wurde am {fmt(c.asylum_applied)} förmlich beantragt.",
        "Befragt nach den Gründen der Ausreise, gab die antragstellende Person an, in ihrem Heimatort mehrfach bedroht "
        "worden zu sein; Urheber und Zeitpunkt der Drohungen vermochte sie nicht zu benennen.",
        "Die Zuerkennung der Flüchtlingseigenschaft scheidet aus. Eine Verfolgungshandlung, die an ein Merkmal des "
        "§ 3b AsylG anknüpfen würde, ist nicht dargetan.",
        "Zudem widerspricht sich der Vortrag: Reiseweg und Aufenthaltsdauer in Transitstaaten wurden bei der Befragung "
        "unterschiedlich dargestellt.",
        "Subsidiärer Schutz kommt ebenfalls nicht in Betracht: Dass ihr bei Rückkehr Folter, eine erniedrigende "
        "Behandlung oder eine ernsthafte individuelle Bedrohung (§ 4 AsylG) bevorstünden, ist nicht zu erkennen.",
        "Auch nationale Abschiebungsverbote sind zu verneinen. Die schwierige Versorgungslage im Herkunftsstaat trifft die "
        "Bevölkerung allgemein; eine erwerbsfähige erwachsene Person kann dort nach den Erkenntnissen des Bundesamtes "
        "zumindest das Existenzminimum erwirtschaften.",
        "Ärztliche Nachweise, die § 60a Abs. 2c AufenthG entsprechen, wurden zu einer etwaigen Erkrankung nicht vorgelegt.",
        "Die Androhung der Abschiebung folgt aus § 34 Abs. 1 AsylG; ergänzend gilt § 59 AufenthG.",
        "Bei der Bemessung der Sperrfrist wurden keine schutzwürdigen Bindungen im Bundesgebiet festgestellt, die eine "
        "Verkürzung nahegelegt hätten.",
        "Die Einschätzung der Lage im Herkunftsstaat beruht auf den aktuellen Lageberichten und Auskünften, die das "
        "Bundesamt in das Verfahren eingeführt hat.",
        "Besondere Schutzbedürftigkeit ist weder vorgetragen noch aus den Akten ersichtlich.",
    ]


def _rbb_court(c) -> str:
    return c.court_name or "Verwaltungsgericht " + random.Random(c.case_id).choice(N.COURTS)


def _rbb(c) -> list:
    return [
        P("Rechtsbehelfsbelehrung", bold=True, after=2),
        P(
            "Innerhalb von zwei Wochen ab Zustellung (bei Ablehnung als unzulässig: innerhalb einer Woche) kann gegen "
            f"diesen Bescheid Klage beim {_rbb_court(c)} erhoben werden. Die Klage ist in deutscher Sprache abzufassen; "
            "Tatsachen und Beweismittel zu ihrer Begründung sind binnen eines Monats ab Zustellung anzugeben.",
            size=9,
        ),
    ]


def _bamf_persons(c) -> Table:
    rows = [["Familienname, Vorname", "geboren am", "Geburtsort", "Staatsangehörigkeit"]]
    for p in c.persons:
        rows.append([f"{p.name}, {p.vorname}", fmt(p.geburtsdatum), p.geburtsort, p.staat])
    return Table(rows, [0.34, 0.18, 0.24, 0.24], size=8.5)


def _numbered_grounds(c, d, start: int = 0) -> list:
    g = _grounds(c)
    out = []
    for i in range(d.extra.get("bamf_reasons", 6)):
        out.append(P(g[(start + i) % len(g)]))
    return out


@tpl("bamf_bescheid", "zx10_kopf", SPLIT)
def bamf_zx10_kopf(c, d, r):
    site = c.bamf_site
    city = site[2].split(" ", 1)[1]
    blocks = [
        Table(
            [
                [
                    f"Bundesamt für Migration und Flüchtlinge\n{site[0]}\n{site[1]}\n{site[2]}",
                    f"Geschäftszeichen:\n{c.bamf_gz}\nDatum: {_dm(d.date)}\nReferat {r.randint(31, 48)}{r.choice('ABC')}",
                ]
            ],
            [0.6, 0.4],
            header=False,
            grid=False,
            size=9,
        ),
        Rule(0.6),
        P(f"{c.applicant.herr_frau()}, {c.street}, {c.plz} {c.city}", size=9, after=12),
        P("BESCHEID (Asylverfahren)", bold=True, size=14, align="center", after=8),
        P(
            "Entscheidung für die nachstehend aufgeführten Personen:"
            if len(c.persons) > 1
            else "Entscheidung über den Antrag von",
            after=3,
        ),
        _bamf_persons(c)
        if len(c.persons) > 1
        else P(
            f"{c.applicant.name}, {c.applicant.vorname}, geboren am {fmt(c.applicant.geburtsdatum)} in {c.applicant.geburtsort}, "
            f"Staatsangehörigkeit {c.applicant.staat}:"
        ),
    ]
    for i, x in enumerate(_tenor(c, c.natinfo["land"]), 1):
        blocks.append(P(f"{i}.  {x}", indent=10, after=3))
    blocks.append(P("Gründe", bold=True, align="center"))
    blocks += _numbered_grounds(c, d)
    blocks += _rbb(c)
    blocks += [
        P(f"{city}, den {_dm(d.date)}", after=4),
        P("Im Auftrag", after=16),
        P(r.choice(["Krüger", "Yilmaz-Hein", "Osterkamp", "Baltes"]), after=0),
    ]
    return DocSpec(
        blocks, _look(r, "sans", small=True), footer=f"Seite {{p}} von {{n}} · Bescheid vom {_dm(d.date)}"
    )


@tpl("bamf_bescheid", "zx10_roemisch", SPLIT)
def bamf_zx10_roemisch(c, d, r):
    site = c.bamf_site
    a = c.applicant
    blocks = [
        P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=11, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8, after=10),
        P(f"Az.: {c.bamf_gz}", bold=True, after=0),
        P(f"Datum: {fmt_long(d.date)}", after=12),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=14),
        P("Bescheid", bold=True, size=15, after=4),
        P(
            f"Asylsache {a.name.upper()}, {a.vorname} (geb. {fmt(a.geburtsdatum)}, {a.geburtsort}, {a.staat})"
            + (f" und {len(c.persons) - 1} weiteren Familienangehörigen" if len(c.persons) > 1 else "")
        ),
        P("Tenor", bold=True, after=2),
    ]
    for i, x in enumerate(_tenor(c, c.natinfo["land"]), 1):
        blocks.append(Box([f"{i}. {x}"], size=9, bold_first=False))
    blocks.append(P("Begründung", bold=True))
    blocks.append(P("I. Sachverhalt", bold=True, after=2))
    g = _grounds(c)
    blocks += [P(g[0]), P(g[1])]
    blocks.append(P("II. Rechtliche Würdigung", bold=True, after=2))
    n = d.extra.get("bamf_reasons", 6)
    for i in range(n):
        blocks.append(P(f"{i + 1}. {g[2 + i % (len(g) - 2)]}"))
    blocks += _rbb(c)
    blocks += [
        P("Im Auftrag", after=14),
        P(r.choice(["Dr. Sennert", "Kowalczyk", "Biermann", "Tahiri"]), after=0),
        P("Einzelentscheider/in", size=8.5),
    ]
    return DocSpec(
        blocks,
        _look(r, "serif"),
        footer="- Seite {p} von {n} -",
        header=f"BAMF · Az. {c.bamf_gz} · {a.name}",
    )


@tpl("bamf_bescheid", "zx10_begleit", SPLIT)
def bamf_zx10_begleit(c, d, r):
    site = c.bamf_site
    a = c.applicant
    city = site[2].split(" ", 1)[1]
    to = [a.herr_frau(), c.street, f"{c.plz} {c.city}"]
    if c.rep and c.rep.kind == "anwalt":
        to = [c.rep.org, c.rep.street, c.rep.city]
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, size=12, align="right", after=0),
        P(f"{site[0]}, {site[1]}, {site[2]}", size=8, align="right", after=14),
        *[P(x, after=0) for x in to],
        Space(12),
        Table(
            [["Ihr Zeichen", "Unser Zeichen", "Datum"], ["–", f"{c.bamf_gz}", fmt(d.date)]],
            [0.3, 0.4, 0.3],
            header=True,
            grid=False,
            size=9,
        ),
        P(f"Zustellung der Entscheidung in Ihrem Asylverfahren ({a.full})", bold=True),
        P("Sehr geehrte Damen und Herren," if to[0] != a.herr_frau() else f"Guten Tag {a.herr_frau()},"),
        P(
            "anliegend erhalten Sie die Entscheidung des Bundesamtes über den Asylantrag. Bitte beachten Sie die "
            "Rechtsbehelfsbelehrung am Ende des Bescheides und die darin genannten Fristen. Bei Rückfragen geben Sie "
            "stets das oben genannte Zeichen an."
        ),
        P("Mit freundlichen Grüßen", after=2),
        P(f"Ihr Bundesamt für Migration und Flüchtlinge, {site[0]}", after=0),
        PageBreak(),
        P("Bescheid", bold=True, size=14, align="center"),
        P(
            f"über den Antrag von {a.vorname} {a.name}, geboren {fmt_long(a.geburtsdatum)} in {a.geburtsort}, "
            f"Staatsangehörigkeit: {a.staat}, vom {fmt(c.asylum_applied)}"
        ),
        P("Tenor der Entscheidung:", bold=True, after=2),
    ]
    for i, x in enumerate(_tenor(c, c.natinfo["land"]), 1):
        blocks.append(P(f"({i}) {x}", indent=8, after=3))
    blocks.append(P("Zur Begründung", bold=True))
    blocks += _numbered_grounds(c, d, start=3)
    blocks += _rbb(c)
    blocks += [
        P(f"{city}, {fmt(d.date)} – Im Auftrag: {r.choice(['Heuser', 'Amiri', 'Wendland', 'Czerny'])}")
    ]
    return DocSpec(blocks, _look(r, "cond"), footer=f"{c.bamf_gz} | Seite {{p}} von {{n}}")


# ------------------------------------------------------------------ aerztliches_gutachten


def _practice_addr(c, r: random.Random) -> str:
    return f"{r.choice(N.STREETS)} {r.randint(2, 90)} · {c.court_city_plz()}"


def _ill(c):
    return c.persons[c.ill_person], c.diagnosis or ("F43.1 G", "Posttraumatische Belastungsstörung", "schwer")


@tpl("aerztliches_gutachten", "zx10_befund", SPLIT)
def med_zx10_befund(c, d, r):
    p, (code, name, sev) = _ill(c)
    blocks = [
        P(c.practice, bold=True, size=11.5, after=0),
        P(f"{c.doctor} · {_practice_addr(c, r)} · Sprechzeiten nach Vereinbarung", size=8, after=4),
        Rule(0.5),
        P("Fachärztliche Bescheinigung", bold=True, size=13, after=2),
        P("– erstellt auf Bitte der behandelten Person –", size=9.5, after=8),
        Table(
            [
                ["Patient/in", p.full],
                ["geb.", fmt(p.geburtsdatum)],
                ["wohnhaft", f"{c.street}, {c.plz} {c.city}"],
            ],
            [0.22, 0.78],
            header=False,
            grid=False,
            size=9.5,
        ),
        P("Vorgeschichte (anamnestisch)", bold=True, after=2),
        P(
            f"Die Vorstellung in unserer Praxis erfolgt seit {N.MONTHS_DE[(c.entry.month + 5) % 12]} {c.entry.year + 1}. "
            f"Berichtet werden {r.choice(['nächtliches Hochschrecken, Konzentrationsstörungen und ständige Anspannung', 'Antriebslosigkeit, Grübeln und Appetitverlust', 'wiederholte Krampfanfälle trotz Medikation', 'Schwindel, Kopfschmerzen und schwankende Blutwerte'])}."
        ),
        P("Erhobener Befund", bold=True, after=2),
        P(
            r.choice(
                [
                    "Wach, orientiert, im Kontakt zurückhaltend, affektiv deutlich herabgestimmt, keine akute Eigengefährdung.",
                    "Im Gespräch angespannt, schreckhaft, Schilderungen unter sichtbarer Belastung; Schlaf deutlich gestört.",
                    "Körperlich unauffälliger Allgemeinzustand, Laborbefunde kontrollbedürftig, Blutdruck wiederholt erhöht.",
                ]
            )
        ),
        P("Diagnostische Einordnung (ICD-10-GM)", bold=True, after=2),
        P(f"{code}  {name}", indent=12),
        P("Schweregrad und Verlauf", bold=True, after=2),
        P(
            f"Das Krankheitsbild ist aktuell als {sev} einzuschätzen; der Verlauf ist {r.choice(['wechselhaft', 'trotz Therapie nur langsam rückläufig', 'chronifiziert'])}."
        ),
        P("Behandlung", bold=True, after=2),
        P(
            f"{r.choice(['Wöchentliche', 'Zweiwöchentliche', 'Monatliche'])} Termine; derzeitige Medikation: {', '.join(r.sample(N.MEDICATION, 2))}."
        ),
        P("Folgen eines Behandlungsabbruchs", bold=True, after=2),
        P("Ein Abbruch der Behandlung ließe eine rasche und deutliche Verschlechterung erwarten."),
        Signature(c.doctor),
        P(f"Ausgestellt am {fmt_long(d.date)}", size=9),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("aerztliches_gutachten", "zx10_klinik", SPLIT)
def med_zx10_klinik(c, d, r):
    p, (code, name, sev) = _ill(c)
    start = d.date - timedelta(days=r.randint(25, 60))
    end = d.date - timedelta(days=r.randint(2, 12))
    clinic = f"{r.choice(['Evangelisches', 'St.-Ansgar-', 'Marien-', 'Rheintal-'])}Krankenhaus {c.city_or_nrw()}".replace(
        "- ", "-"
    )
    blocks = [
        P(clinic, bold=True, size=12, align="center", after=0),
        P(
            f"Abteilung {r.choice(['Allgemeinpsychiatrie', 'Innere Medizin', 'Neurologie', 'Psychosomatik'])} · Leitung: Prof. Dr. {r.choice(N.GERMAN_SURNAMES)}",
            size=8.5,
            align="center",
            after=10,
        ),
        P(c.doctor, after=0),
        P(c.practice, after=12),
        P(f"Entlassungsbericht über {p.herr_frau()}, geb. {_dm(p.geburtsdatum)}", bold=True),
        P("Liebe Kolleginnen und Kollegen,"),
        P(
            f"wir berichten über die stationäre Behandlung der/des oben Genannten in der Zeit vom {fmt(start)} bis zum {fmt(end)}."
        ),
        P(f"Entlassdiagnosen: {name} – {code}", bold=True),
        P(
            f"Aufnahmeanlass: {r.choice(['akute Verschlechterung mit Suizidgedanken', 'Entgleisung der Stoffwechsellage', 'Häufung von Anfällen', 'massive Erschöpfung und Schlaflosigkeit'])}. "
            f"Im Verlauf zeigte sich ein {sev}es Krankheitsbild."
        ),
        P(
            "Therapie: multimodale Behandlung mit Einzel- und Gruppengesprächen, medikamentöse Einstellung "
            f"({r.choice(N.MEDICATION)}), Sozialdienst."
        ),
        P(
            "Empfehlung: ambulante Weiterbehandlung in engmaschigen Abständen; ein Abbruch der Therapie wäre medizinisch nicht zu verantworten."
        ),
        P("Kollegiale Grüße", after=2),
        Signature(f"Dr. med. {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Oberärztin/Oberarzt"),
    ]
    return DocSpec(
        blocks,
        _look(r, "serif"),
        footer=f"Bericht vom {fmt(d.date)} · {p.name}, {p.vorname} · Seite {{p}}/{{n}}",
    )


@tpl("aerztliches_gutachten", "zx10_kurz", SPLIT)
def med_zx10_kurz(c, d, r):
    p, (code, name, sev) = _ill(c)
    blocks = [
        P("Ärztliche Bescheinigung", bold=True, size=14, after=10),
        P(f"{p.herr_frau()} (geb. {fmt(p.geburtsdatum)}) steht in meiner regelmäßigen Behandlung."),
        P(f"Dg.: {code} – {name}"),
        P(f"Schweregrad: {sev}. Regelmäßige Kontrollen und Medikation sind erforderlich."),
        P("Eine Reise- bzw. Rückkehrfähigkeit ist derzeit aus ärztlicher Sicht nicht gegeben."),
        Space(10),
        Box([c.practice, c.doctor, _practice_addr(c, r)], size=8.5),
        P(f"Datum: {_dm(d.date)}", after=2),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _look(r, "italic"))


# ------------------------------------------------------------------ vollmacht


def _rep_label(c) -> str:
    rp = c.rep
    if rp is None:
        return "—"
    return rp.org if rp.kind != "privat" else rp.person


def _rep_lines(c) -> list[str]:
    rp = c.rep
    if rp is None:
        return []
    if rp.kind == "privat":
        return [rp.person, rp.street, rp.city]
    return [rp.org, f"z. Hd. {rp.person}", rp.street, rp.city]


def _adults(c):
    return [p for p in c.persons if p.role != "child"] or c.persons[:1]


@tpl("vollmacht", "zx10_ankreuz", SPLIT)
def vollmacht_zx10_ankreuz(c, d, r):
    a = c.applicant
    blocks = [
        P("VOLLMACHTSURKUNDE", bold=True, size=15, align="center", after=10),
        P("Hiermit erteile(n) ich/wir", after=2),
    ]
    for p in _adults(c):
        blocks.append(P(f"{p.full}, geb. {_dm(p.geburtsdatum)}", indent=12, after=1))
    blocks.append(P(f"wohnhaft {c.street}, {c.plz} {c.city}", indent=12))
    blocks.append(P("an", after=2))
    blocks += [P(x, indent=12, after=1) for x in _rep_lines(c)]
    blocks.append(
        P(
            f"Vollmacht zur Vertretung im Härtefallverfahren nach § 23a AufenthG in Sachen {a.name} "
            "– auch für die minderjährigen Kinder – und zwar insbesondere:"
        )
    )
    for x in [
        "☒ Antrag und Schriftverkehr mit der Härtefallkommission NRW",
        "☒ Verhandlungen mit der Ausländerbehörde",
        "☒ Akteneinsicht bei Behörden und Gerichten",
        "☒ Empfang von Post und förmlichen Zustellungen",
        "☐ Bestellung von Vertreter/innen (Untervollmacht)",
    ]:
        blocks.append(P(x, indent=12, after=1))
    blocks.append(Space(8))
    blocks.append(Signature(" / ".join(p.full for p in _adults(c)), f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, _look(r, "sans"))


@tpl("vollmacht", "zx10_felder", SPLIT)
def vollmacht_zx10_felder(c, d, r):
    rp = c.rep
    blocks = [
        P(_rep_label(c), bold=True, size=11, after=0),
        P(f"{rp.street if rp else ''} · {rp.city if rp else ''}", size=8, after=10),
        P("Vertretungsvollmacht für das Härtefallverfahren", bold=True, size=13),
        Table(
            [
                [
                    "1. Vollmachtgeber/in",
                    "; ".join(f"{p.full} (* {fmt(p.geburtsdatum)})" for p in _adults(c)),
                ],
                ["2. Anschrift", f"{c.street}, {c.plz} {c.city}"],
                ["3. Bevollmächtigt", ", ".join(_rep_lines(c))],
                [
                    "4. Umfang",
                    "Härtefallverfahren NRW einschließlich Kontakt zur Ausländerbehörde; Akteneinsicht; Postempfang",
                ],
                ["5. Dauer", "bis auf schriftlichen Widerruf"],
            ],
            [0.3, 0.7],
            header=False,
            size=9.5,
        ),
        P("Ich bin darüber informiert, dass ich diese Vollmacht jederzeit zurücknehmen kann."),
        Signature(c.applicant.full, f"Ort/Datum: {c.city_or_nrw()}, {_dm(d.date)}"),
    ]
    if rp and rp.kind != "privat":
        blocks.append(Signature(rp.person, "Vollmacht angenommen:"))
    return DocSpec(blocks, _look(r, "cond"))


@tpl("vollmacht", "zx10_hand", SPLIT)
def vollmacht_zx10_hand(c, d, r):
    a = c.applicant
    rp = c.rep
    who = _rep_label(c)
    if rp and rp.kind == "privat":
        who = f"meinem {rp.relation} {rp.person}"
    text = (
        f"Ich, {a.full}, geboren am {fmt(a.geburtsdatum)}, wohnhaft {c.street} in {c.plz} {c.city}, "
        f"bevollmächtige {who} ({rp.street + ', ' + rp.city if rp else ''}), für mich und meine Angehörigen "
        "gegenüber der Härtefallkommission aufzutreten, Briefe an mich entgegenzunehmen und bei den Ämtern nach dem Stand zu fragen."
    )
    blocks = [
        P("Vollmacht", bold=True, size=16, after=14),
        P(text),
        P("Sie soll gelten, solange ich sie nicht zurücknehme."),
        Space(20),
        Signature(a.full, f"{c.city_or_nrw()}, den {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _look(r, "italic"))


# ------------------------------------------------------------------ schweigepflichtsentbindung


def _ill_name(c) -> tuple:
    p = c.persons[c.ill_person] if c.illness else c.applicant
    return p


@tpl("schweigepflichtsentbindung", "zx10_liste", SPLIT)
def schweige_zx10_liste(c, d, r):
    p = _ill_name(c)
    other = f"Dr. med. {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(
            "Entbindungserklärung (ärztliche und therapeutische Schweigepflicht)",
            bold=True,
            size=12.5,
            after=8,
        ),
        P(f"Ich, {p.full}, geboren am {fmt(p.geburtsdatum)}, wohnhaft {c.street}, {c.plz} {c.city},"),
        P("entbinde die folgenden Ärztinnen, Ärzte und Therapeut/innen von ihrer Schweigepflicht:", after=3),
        Table(
            [
                ["Name", "Fachrichtung / Einrichtung", "Ort"],
                [c.doctor, c.practice, c.city_or_nrw()],
                [
                    other,
                    r.choice(["Hausarztpraxis", "Psychosoziales Zentrum", "Klinik für Psychiatrie"]),
                    c.city_or_nrw(),
                ],
            ],
            [0.3, 0.48, 0.22],
            size=9,
        ),
        P(
            "Auskunft geben dürfen die Genannten an Geschäftsstelle und Mitglieder der Kommission sowie "
            "eine von der Kommission beauftragte Ärztin oder einen beauftragten Arzt – beschränkt auf das, was das Verfahren erfordert."
        ),
        P("Für künftige Auskünfte kann ich diese Erklärung zu jeder Zeit zurückziehen.", size=9),
        Signature(p.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _look(r))


@tpl("schweigepflichtsentbindung", "zx10_paragraphen", SPLIT)
def schweige_zx10_paragraphen(c, d, r):
    p = _ill_name(c)
    blocks = [
        P(_rep_label(c) if c.rep and c.rep.kind != "privat" else "", size=9, align="right"),
        P("Schweigepflichtentbindung", bold=True, size=14, align="center", after=10),
        P(f"(1) Betroffene Person: {p.vorname} {p.name}, geb. {_dm(p.geburtsdatum)}"),
        P(f"(2) Behandelnde Stelle: {c.practice}, {c.doctor}"),
        P(
            "(3) Ich entbinde die unter (2) genannte Stelle von der ärztlichen bzw. psychotherapeutischen "
            "Schweigepflicht, damit Befunde, Diagnosen und Behandlungsverlauf der Härtefallkommission des Landes "
            "Nordrhein-Westfalen mitgeteilt werden dürfen."
        ),
        P("(4) Dies umfasst auch die Übersendung von Attesten und Berichten an meine Vertretung."),
        P("(5) Ein schriftlicher Widerruf beendet die Entbindung für die Zukunft."),
        Signature(p.full, f"{_dm(d.date)}, {c.city_or_nrw()}"),
    ]
    return DocSpec(blocks, _look(r, "serif"))


@tpl("schweigepflichtsentbindung", "zx10_zweisprachig", SPLIT)
def schweige_zx10_zweisprachig(c, d, r):
    p = _ill_name(c)
    rows = [
        ["Schweigepflichtentbindung", "Release from medical confidentiality"],
        [f"Name: {p.full}", f"Name: {p.full}"],
        [f"Geburtsdatum: {fmt(p.geburtsdatum)}", f"Date of birth: {fmt_en(p.geburtsdatum)}"],
        [
            f"{c.doctor} ({c.practice}) darf mit der Härtefallkommission NRW über meine Behandlung sprechen und ihr Befunde schicken; insoweit entbinde ich von der Schweigepflicht.",
            f"{c.doctor} ({c.practice}) may inform the Härtefallkommission in Düsseldorf about my treatment.",
        ],
        ["Diese Erklärung gilt bis zu meinem Widerruf.", "This declaration is valid until I revoke it."],
    ]
    blocks = [
        Table(rows, [0.5, 0.5], header=True, size=9.5),
        Space(12),
        Signature(p.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _look(r, "sans"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "zx10_artikel", SPLIT)
def ds_zx10_artikel(c, d, r):
    blocks = [
        P("Einwilligungserklärung", bold=True, size=13, after=0),
        P("(Rechtsgrundlage: Art. 6 Abs. 1 Buchst. a, Art. 9 Abs. 2 Buchst. a DSGVO)", size=9, after=10),
        P(
            "1. Der Geschäftsstelle der Härtefallkommission erlaube ich, Daten zu meiner Person und zu meinen Familienangehörigen zu "
            "speichern und zu nutzen, soweit das Härtefallverfahren es erfordert."
        ),
        P(
            "2. Die Einwilligung umfasst ausdrücklich auch besondere Kategorien personenbezogener Daten, insbesondere "
            "Angaben zur Gesundheit, soweit ich sie selbst vorlege."
        ),
        P(
            "3. Die Daten dürfen an die Mitglieder der Härtefallkommission und an die zuständige Ausländerbehörde "
            "übermittelt werden."
        ),
        P(
            "4. Mir ist bekannt, dass ich die Einwilligung jederzeit widerrufen kann; bis dahin erfolgte Verarbeitungen bleiben rechtmäßig."
        ),
        P("Unterschriften aller volljährigen Personen:", bold=True, after=3),
        Table(
            [["Name, Vorname", "Datum", "Unterschrift"]]
            + [[f"{p.name}, {p.vorname}", _dm(d.date), ""] for p in _adults(c)],
            [0.45, 0.2, 0.35],
            size=9.5,
        ),
    ]
    return DocSpec(blocks, _look(r))


@tpl("datenschutzeinwilligung", "zx10_kaestchen", SPLIT)
def ds_zx10_kaestchen(c, d, r):
    a = c.applicant
    org = c.rep.org if c.rep and c.rep.kind != "privat" else None
    blocks = []
    if org:
        blocks.append(P(org, bold=True, size=10, after=8))
    blocks += [
        P("Datenschutz: Hinweise und Einwilligung", bold=True, size=12.5),
        P(f"Name: {a.full}    Geburtsdatum: {fmt(a.geburtsdatum)}"),
        P("Bitte kreuzen Sie an:", after=3),
        P(
            "[x] Meine Angaben dürfen für das Härtefallverfahren gespeichert und genutzt werden.",
            indent=10,
            after=2,
        ),
        P(
            "[x] Ich bin einverstanden, dass Gesundheitsdaten, die ich einreiche, der Kommission vorgelegt werden.",
            indent=10,
            after=2,
        ),
        P("[x] Auf mein Widerrufsrecht bin ich hingewiesen worden.", indent=10, after=8),
        P(
            "Verantwortlich für die Datenverarbeitung ist die Geschäftsstelle der Härtefallkommission. Nach Ende des "
            "Verfahrens werden die Unterlagen nach den geltenden Aufbewahrungsregeln vernichtet (DSGVO).",
            size=9,
        ),
        Signature(a.full, f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("datenschutzeinwilligung", "zx10_bilingual", SPLIT)
def ds_zx10_bilingual(c, d, r):
    a = c.applicant
    rows = [
        ["Einverständniserklärung Datenschutz", "Consent to the processing of personal data"],
        [
            "Für das Härtefallverfahren dürfen Angaben über mich und meine Familie verarbeitet werden.",
            "Information about me and my family may be processed for the hardship procedure.",
        ],
        [
            "Dazu gehören auch Daten über meine Gesundheit (Art. 9 DSGVO).",
            "This includes data about my health (Art. 9 GDPR).",
        ],
        ["Einen Widerruf kann ich jederzeit erklären.", "I can revoke this consent whenever I want."],
    ]
    blocks = [
        Table(rows, [0.5, 0.5], header=True, grid=False, size=9.5),
        P(f"{a.name}, {a.vorname} – {_dm(a.geburtsdatum)}"),
        Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _look(r, "cond"))


# ------------------------------------------------------------------ lebenslauf


def _cv_items(c) -> list[tuple[str, str, str]]:
    """(period, section, text) from birth to today, this split's wording."""
    a = c.applicant
    y = a.geburtsdatum.year
    out = [
        (_dm(a.geburtsdatum), "Person", f"geboren in {a.geburtsort} ({c.natinfo['land']})"),
        (f"09/{y + 6} – 06/{y + 13}", "Schule", f"Grund- und Mittelschule in {a.geburtsort}"),
        (
            f"{y + 14} – {c.entry.year - 1}",
            "Beruf",
            "Mitarbeit im Handwerksbetrieb der Familie, später Aushilfsjobs",
        ),
        (fmt(c.entry), "Deutschland", "Grenzübertritt nach Deutschland"),
    ]
    if c.asylum:
        out.append((fmt(c.asylum_applied), "Deutschland", "Asylantrag gestellt"))
        out.append((fmt(c.bamf_date), "Deutschland", "ablehnender Bescheid des BAMF"))
    else:
        out.append((str(c.entry.year), "Deutschland", f"Visum ({c.visa_purpose.split(' ', 1)[1]})"))
    out.append((f"{c.entry.year + 1}", "Bildung", "Integrationskurs mit Abschlussprüfung"))
    if c.job:
        out.append((f"ab {c.entry.year + 2}", "Beruf", f"{c.job} bei {c.employer}"))
    return out


@tpl("lebenslauf", "zx10_abschnitte", SPLIT)
def cv_zx10_abschnitte(c, d, r):
    a = c.applicant
    blocks = [
        P("Lebenslauf", bold=True, size=16, after=8),
        P("Persönliche Daten", bold=True, after=2),
        Table(
            [
                ["Name", f"{a.vorname} {a.name}"],
                ["Geburtsdatum / -ort", f"{fmt(a.geburtsdatum)} in {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", f"{c.street}, {c.plz} {c.city}"],
                ["Familienstand", "verheiratet" if any(p.role == "spouse" for p in c.persons) else "ledig"],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
            size=9.5,
        ),
    ]
    items = _cv_items(c)
    for section in ("Schule", "Beruf", "Deutschland", "Bildung"):
        rows = [[when, text] for when, sec, text in items if sec == section]
        if rows:
            blocks.append(
                P(
                    {
                        "Schule": "Schulbildung",
                        "Beruf": "Berufliche Tätigkeit",
                        "Deutschland": "Leben in Deutschland",
                        "Bildung": "Weiterbildung",
                    }[section],
                    bold=True,
                    after=2,
                )
            )
            blocks.append(Table(rows, [0.3, 0.7], header=False, grid=False, size=9.5))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {_dm(d.date)}"))
    return DocSpec(blocks, _look(r, "sans"))


@tpl("lebenslauf", "zx10_rueckwaerts", SPLIT)
def cv_zx10_rueckwaerts(c, d, r):
    a = c.applicant
    items = list(reversed(_cv_items(c)))
    blocks = [
        P(f"Tabellarischer Lebenslauf – {a.full}", bold=True, size=13),
        P("(neueste Angaben zuerst)", size=8.5, after=8),
    ]
    blocks.append(Table([["Zeitraum", "Station"]] + [[w, t] for w, _, t in items], [0.28, 0.72], size=9.5))
    blocks.append(Signature(a.full, f"{fmt(d.date)}"))
    return DocSpec(blocks, _look(r, "italic"))


# ------------------------------------------------------------------ sprachnachweis

LANG_SCHOOLS = [
    "Bildungswerk Rheinbogen gGmbH",
    "Sprachforum Ruhr-Lippe",
    "Lernhaus Westfalen e. V.",
    "Institut Wortbrücke",
]


@tpl("sprachnachweis", "zx10_ergebnis", SPLIT)
def sprach_zx10_ergebnis(c, d, r):
    a = c.applicant
    level = r.choice(["B1", "B1", "A2"])
    blocks = [
        P(r.choice(LANG_SCHOOLS), size=9, align="right"),
        P("Zertifikat", bold=True, size=18, align="center", after=0),
        P("Deutsch-Test für Zuwanderer (DTZ)", size=11, align="center", after=10),
        P(f"{a.vorname} {a.name}", bold=True, align="center", after=0),
        P(f"geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}", align="center"),
        P(f"hat am {fmt(d.date)} die Prüfung abgelegt und folgendes Ergebnis erreicht:"),
        Table(
            [
                ["Prüfungsteil", "Niveau"],
                ["Hören / Lesen", level],
                ["Schreiben", level],
                ["Sprechen", r.choice(["B1", "A2"])],
                ["Gesamtergebnis", f"{level} (GER)"],
            ],
            [0.4, 0.6],
            size=9.5,
        ),
        P(f"Prüfungsnummer {r.randint(100000, 999999)}-{r.randint(10, 99)}", size=8),
    ]
    return DocSpec(blocks, _look(r, "serif"))


@tpl("sprachnachweis", "zx10_kurs", SPLIT)
def sprach_zx10_kurs(c, d, r):
    a = c.applicant
    blocks = [
        P(f"{r.choice(LANG_SCHOOLS)} · zugelassener Kursträger", size=8.5, after=10),
        P("Bescheinigung über die Teilnahme am Integrationskurs", bold=True, size=12.5),
        P(f"Teilnehmer/in: {a.name}, {a.vorname} (geb. {_dm(a.geburtsdatum)})"),
        P(f"Kurszeitraum: {fmt(d.date - timedelta(days=300))} bis {fmt(d.date - timedelta(days=14))}"),
        P(f"Unterrichtseinheiten: {r.choice([700, 900, 1000])} UE Sprachkurs und 100 UE Orientierungskurs"),
        P(f"Abschlusstest „Leben in Deutschland“: {r.randint(15, 31)} von 33 Punkten"),
        P("Die Teilnahme erfolgte regelmäßig und mit großem Engagement."),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", after=2),
        Signature("Kursleitung"),
    ]
    return DocSpec(blocks, _look(r, "sans"))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "zx10_abrechnung", SPLIT)
def arbeit_zx10_abrechnung(c, d, r):
    a = c.applicant
    brutto = r.randint(1700, 2900)
    steuer = round(brutto * r.uniform(0.03, 0.09), 2)
    sv = round(brutto * 0.205, 2)
    netto = round(brutto - steuer - sv, 2)
    month = f"{N.MONTHS_DE[d.date.month - 1]} {d.date.year}"
    blocks = [
        P(c.employer, bold=True, after=0),
        P("Lohnbuchhaltung", size=8.5, after=10),
        P(f"Verdienstabrechnung {month}", bold=True, size=12),
        Table(
            [
                ["Personal-Nr.", str(r.randint(1000, 9999)), "Steuerklasse", r.choice(["1", "3", "4"])],
                [
                    "Name",
                    a.full,
                    "Eintritt",
                    f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{max(2018, c.entry.year + 1)}",
                ],
                ["Tätigkeit", c.job, "Konfession", "–"],
            ],
            [0.18, 0.37, 0.2, 0.25],
            header=False,
            size=9,
        ),
        Table(
            [
                ["Lohnart", "Bezeichnung", "Betrag EUR"],
                ["1000", "Grundvergütung", f"{brutto:.2f}"],
                ["", "Gesamt-Brutto", f"{brutto:.2f}"],
                ["", "Lohnsteuer / Soli", f"-{steuer:.2f}"],
                ["", "Sozialversicherungsbeiträge AN", f"-{sv:.2f}"],
                ["", "Auszahlungsbetrag (Netto)", f"{netto:.2f}"],
            ],
            [0.15, 0.6, 0.25],
            size=9,
        ),
        P(f"Erstellt am {fmt(d.date)}", size=8),
    ]
    return DocSpec(blocks, _look(r, "mono", small=True))


@tpl("arbeitsnachweis", "zx10_vertrag", SPLIT)
def arbeit_zx10_vertrag(c, d, r):
    a = c.applicant
    blocks = [
        P("Arbeitsvertrag", bold=True, size=15, align="center"),
        P(
            f"zwischen {c.employer} (Arbeitgeber) und {a.full}, {c.street}, {c.plz} {c.city} (Arbeitnehmer/in)"
        ),
        P("§ 1 Vertragsbeginn, Aufgaben", bold=True, after=2),
        P(f"Beginn der Tätigkeit: {fmt(d.date + timedelta(days=14))}. Eingestellt wird als {c.job}."),
        P("§ 2 Arbeitszeit", bold=True, after=2),
        P(f"Die regelmäßige wöchentliche Arbeitszeit beträgt {r.choice([30, 35, 38.5, 40])} Stunden."),
        P("§ 3 Vergütung", bold=True, after=2),
        P(
            f"Die Bruttovergütung beträgt {r.randint(13, 17)},{r.choice(['00', '50', '80'])} EUR pro Stunde, zahlbar zum Monatsende."
        ),
        P("§ 4 Probezeit und Kündigung", bold=True, after=2),
        P(
            "Es wird eine Probezeit von sechs Monaten vereinbart; anschließend greifen die gesetzlichen Kündigungsfristen."
        ),
        P("§ 5 Beschäftigungserlaubnis", bold=True, after=2),
        P("Der Vertrag steht unter dem Vorbehalt der Beschäftigungserlaubnis der Ausländerbehörde."),
        Table(
            [
                [f"{c.city_or_nrw()}, {fmt(d.date)}", f"{c.city_or_nrw()}, {fmt(d.date)}"],
                ["Arbeitgeber", "Arbeitnehmer/in"],
            ],
            [0.5, 0.5],
            header=False,
            grid=False,
        ),
    ]
    return DocSpec(blocks, _look(r, "serif"))


@tpl("arbeitsnachweis", "zx10_zeugnis", SPLIT)
def arbeit_zx10_zeugnis(c, d, r):
    a = c.applicant
    er = "Er" if a.sex == "m" else "Sie"
    blocks = [
        P(c.employer, bold=True, size=12, align="center"),
        P("Zwischenzeugnis", bold=True, size=14, align="center", after=10),
        P(
            f"{a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, arbeitet seit {c.entry.year + 2} bei uns, zurzeit als {c.job}."
        ),
        P(
            f"{er} erledigt die übertragenen Aufgaben zuverlässig, selbstständig und stets zu unserer vollen Zufriedenheit."
        ),
        P(
            f"Das Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen ist einwandfrei. {er} ist im Team sehr geschätzt."
        ),
        P(
            "Das Zeugnis wird auf Bitte der Mitarbeiterin/des Mitarbeiters für eine Behörde ausgestellt. Wir würden die Zusammenarbeit gern fortsetzen."
        ),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", after=2),
        Signature("Geschäftsführung"),
    ]
    return DocSpec(blocks, _look(r))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "zx10_stunden", SPLIT)
def ehren_zx10_stunden(c, d, r):
    a = c.applicant
    y = d.date.year
    blocks = [
        P(c.club, bold=True, size=12, after=0),
        P("Vorstand", size=8.5, after=10),
        P("Bescheinigung über ehrenamtliches Engagement", bold=True, size=12.5),
        P(
            f"Der Vorstand bescheinigt: Seit {max(c.entry.year + 1, y - 4)} ist {a.herr_frau()} unentgeltlich in unserem Verein aktiv."
        ),
        Table(
            [["Jahr", "Tätigkeit", "Stunden (ca.)"]]
            + [
                [
                    str(yy),
                    r.choice(
                        [
                            "Ausgabe und Sortierung",
                            "Jugendtraining (Assistenz)",
                            "Aufbau bei Festen",
                            "Fahrdienst",
                        ]
                    ),
                    str(r.randint(40, 180)),
                ]
                for yy in range(y - 2, y + 1)
            ],
            [0.15, 0.6, 0.25],
            size=9.5,
        ),
        P("Wir schätzen die Mitarbeit sehr und würden uns freuen, wenn sie fortgesetzt werden könnte."),
        P(f"{c.city_or_nrw()}, {_dm(d.date)}", after=2),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)} (1. Vorsitz)"),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("ehrenamt", "zx10_gemeinde", SPLIT)
def ehren_zx10_gemeinde(c, d, r):
    a = c.applicant
    blocks = [
        P(c.club, bold=True, size=11, align="center", after=0),
        P("Gemeindebüro", size=8.5, align="center", after=14),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}", align="right"),
        P("Bestätigung der Mitgliedschaft und Mitarbeit", bold=True),
        P(
            f"{a.full} gehört unserer Gemeinde als Mitglied an und bringt sich regelmäßig ehrenamtlich ein, etwa beim "
            "Besuchsdienst, im Café International und bei Gemeindefesten."
        ),
        P("Die Mitarbeit ist verlässlich und wird von allen Beteiligten sehr geschätzt."),
        Signature(f"Pfarrerin/Pfarrer {r.choice(N.GERMAN_SURNAMES)}"),
        Box(["Siegel", c.club], size=8),
    ]
    return DocSpec(blocks, _look(r, "serif"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "zx10a", SPLIT)
def unterstuetzerschreiben_zx10a(c, d, r):
    a = c.applicant
    writer = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(f"{writer}, {r.choice(N.STREETS)} {r.randint(1, 70)}, {c.court_city_plz()}", size=9, after=12),
        P("Härtefallkommission NRW", after=0),
        P("– Geschäftsstelle –", after=12),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P(f"Betrifft: meine Nachbarn, Familie {a.name}", bold=True),
        P("Liebe Damen und Herren der Kommission,"),
        P(
            f"seit gut {r.randint(2, 7)} Jahren wohnen {a.full} und ich im selben Treppenhaus. Wir helfen uns gegenseitig, wo es geht: "
            "beim Einkaufen, wenn jemand krank ist, beim Blumengießen im Urlaub."
        ),
        P(
            "Ich erlebe einen freundlichen, fleißigen Menschen, der hier angekommen ist. Es würde mich und viele im Haus "
            "sehr traurig machen, wenn die Familie gehen müsste. Bitte geben Sie ihr eine Chance zu bleiben."
        ),
        P("Herzliche Grüße", after=2),
        Signature(writer),
    ]
    return DocSpec(blocks, _look(r, "italic"))


@tpl("unterstuetzerschreiben", "zx10b", SPLIT)
def unterstuetzerschreiben_zx10b(c, d, r):
    a = c.applicant
    boss = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(c.employer, bold=True, size=12.5, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 99)} · {c.court_city_plz()}", size=8, after=14),
        P("Stellungnahme zum Härtefallantrag", bold=True),
        P(f"betreffend unsere/n Mitarbeiter/in {a.full}", after=10),
        P("Sehr geehrte Damen und Herren,"),
        P(
            f"{a.full} gehört seit mehreren Jahren zu unserem Team. Wir schätzen die Pünktlichkeit, die Einsatzbereitschaft "
            "und die Art, wie neue Kolleginnen und Kollegen eingearbeitet werden."
        ),
        P(
            "Einen Ersatz zu finden, wäre für uns in der jetzigen Lage sehr schwer. Wir unterstützen den Antrag daher "
            "ausdrücklich und sind bereit, das Arbeitsverhältnis unbefristet fortzuführen."
        ),
        P("Mit freundlichen Grüßen", after=2),
        Signature(f"{boss}, Betriebsleitung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("unterstuetzerschreiben", "zx10c", SPLIT)
def unterstuetzerschreiben_zx10c(c, d, r):
    a = c.applicant
    rows = [["Nr.", "Name", "Wohnort", "Unterschrift"]]
    for i in range(r.randint(8, 16)):
        rows.append(
            [str(i + 1), f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}", c.city_or_nrw(), "~~~"]
        )
    blocks = [
        P("Unterschriftenliste", bold=True, size=14, align="center"),
        P(
            f"Wir, die Unterzeichnenden, unterstützen das Bleiberecht von {a.full} und der Familie. "
            "Wir kennen sie aus der Nachbarschaft, aus Schule, Verein und Gemeinde.",
            align="center",
        ),
        Table(rows, [0.08, 0.4, 0.25, 0.27], size=9),
        P(f"Gesammelt bis {fmt(d.date)}", size=8.5),
    ]
    return DocSpec(blocks, _look(r, "sans"))


# ------------------------------------------------------------------ schulnachweis


@tpl("schulnachweis", "zx10_bescheinigung", SPLIT)
def schul_zx10_bescheinigung(c, d, r):
    k = _child(c, d)
    age = k.age_on(d.date)
    y = d.date.year if d.date.month >= 8 else d.date.year - 1
    if age < 6:
        blocks = [
            P(
                c.school if "Kita" in c.school else f"Kindertageseinrichtung Regenbogen {c.city_or_nrw()}",
                bold=True,
                size=12,
            ),
            P("Bestätigung über den Besuch einer Kindertageseinrichtung", bold=True),
            P(
                f"{k.vorname} {k.name}, geb. {fmt(k.geburtsdatum)}, besucht unsere Einrichtung seit {N.MONTHS_DE[r.randint(0, 11)]} {d.date.year - 1} regelmäßig."
            ),
            P(f"Betreuungsumfang: {r.choice([25, 35, 45])} Wochenstunden"),
        ]
    else:
        blocks = [
            P(c.school, bold=True, size=12),
            P("Schulbescheinigung", bold=True, size=13),
            Table(
                [
                    ["Schüler/in", f"{k.vorname} {k.name}"],
                    ["geboren", fmt(k.geburtsdatum)],
                    ["Klasse", f"{max(1, min(13, age - 5))}{r.choice('abcd')}"],
                    ["Schuljahr", f"{y}/{(y + 1) % 100:02d}"],
                ],
                [0.3, 0.7],
                header=False,
                size=9.5,
            ),
            P(
                "besucht zurzeit unsere Schule als ordentliche/r Schüler/in. Ausgestellt zur Vorlage beim Ausländeramt."
            ),
        ]
    blocks += [
        P(f"{c.city_or_nrw()}, {_dm(d.date)}", after=2),
        Signature("Leitung"),
        Box(["Stempel der Einrichtung"], size=8),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("schulnachweis", "zx10_zeugnis", SPLIT)
def schul_zx10_zeugnis(c, d, r):
    k = _child(c, d)
    y = d.date.year if d.date.month >= 8 else d.date.year - 1
    marks = ["sehr gut", "gut", "gut", "befriedigend", "ausreichend"]
    subj = [
        "Deutsch",
        "Mathematik",
        "Sachunterricht / Naturwissenschaften",
        "Englisch",
        "Sport",
        "Kunst",
        "Musik",
    ]
    blocks = [
        P(c.school, bold=True, align="center", after=0),
        P(f"Halbjahreszeugnis – Schuljahr {y}/{y + 1}", bold=True, size=13, align="center", after=8),
        P(f"für {k.vorname} {k.name}, geboren am {fmt_long(k.geburtsdatum)}"),
        P(
            "Lern- und Sozialverhalten: "
            + r.choice(["Sie/Er arbeitet aufmerksam mit.", "Die Mitarbeit ist engagiert und hilfsbereit."])
        ),
        Table([["Fach", "Leistung"]] + [[s, r.choice(marks)] for s in subj], [0.6, 0.4], size=9.5),
        P(f"Versäumte Stunden: {r.randint(0, 14)} (alle entschuldigt)"),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Table(
            [["Klassenleitung", "Schulleitung", "Erziehungsberechtigte"]],
            [0.33, 0.34, 0.33],
            header=False,
            grid=False,
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _look(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


def _abh_top(c, r: random.Random) -> list:
    city = c.abh.split(" – ")[0]
    return [
        P(city, bold=True, size=12, after=0),
        P(c.abh.split(" – ")[1] if " – " in c.abh else c.abh, size=9.5, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 40)}, {c.abh_plz} {city.split(' ')[-1]}", size=8.5, after=10),
    ]


@tpl("auslaenderbehoerde", "zx10_duldung", SPLIT)
def abh_zx10_duldung(c, d, r):
    a = c.applicant
    until = d.date + timedelta(days=r.choice([90, 92, 180]))
    blocks = [
        P("Bundesrepublik Deutschland", size=9, align="center", after=0),
        P(
            "Bescheinigung über die Aussetzung der Abschiebung (Duldung)",
            bold=True,
            size=12,
            align="center",
            after=8,
        ),
        Box(
            [
                f"Familienname: {a.name}",
                f"Vorname(n): {a.vorname}",
                f"Geburtsdatum: {fmt(a.geburtsdatum)}    Geburtsort: {a.geburtsort}",
                f"Staatsangehörigkeit: {a.staat}",
                f"Anschrift: {c.street}, {c.plz} {c.city}",
            ],
            size=9.5,
            bold_first=False,
        ),
        P(f"Die Abschiebung wird ausgesetzt bis {fmt(until)} (§ 60a AufenthG)."),
        P("Nebenbestimmungen:", bold=True, after=2),
        P(
            "Wohnsitznahme im Bezirk der ausstellenden Behörde. Auflage: Arbeitsaufnahme erst nach Genehmigung durch die Ausländerbehörde.",
            indent=10,
        ),
        P(
            "Mit dem Verlassen des Bundesgebiets wird diese Bescheinigung ungültig. Sie ersetzt weder Pass noch Aufenthaltstitel.",
            size=9,
        ),
        P(f"Ausgestellt: {fmt(d.date)}    Behörde: {c.abh}", size=9),
        Box(["Dienstsiegel"], size=8),
    ]
    return DocSpec(blocks, _look(r, "cond"))


@tpl("auslaenderbehoerde", "zx10_verfuegung", SPLIT)
def abh_zx10_verfuegung(c, d, r):
    a = c.applicant
    blocks = _abh_top(c, r) + [
        P(
            f"Aktenzeichen: 32.{r.randint(10, 99)}-{a.name[:3].upper()}-{r.randint(1000, 9999)}",
            size=9,
            align="right",
        ),
        P(f"{c.abh.split(' – ')[0].split(' ')[-1]}, {fmt(d.date)}", size=9, align="right"),
        P("Gegen Zustellungsurkunde", size=8.5, after=0),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=14),
        P("Ordnungsverfügung", bold=True, size=13),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P("hiermit ergeht folgende Entscheidung:", after=3),
        P(
            "1. Sie sind verpflichtet, das Gebiet der Bundesrepublik Deutschland zu verlassen.",
            indent=10,
            after=2,
        ),
        P(
            f"2. Für die freiwillige Ausreise wird Ihnen eine Frist bis zum {fmt(d.date + timedelta(days=30))} gesetzt.",
            indent=10,
            after=2,
        ),
        P(
            f"3. Reisen Sie nicht fristgerecht aus, werden Sie nach {c.natinfo['land']} abgeschoben (Androhung).",
            indent=10,
        ),
        P("Begründung", bold=True),
        P(
            "Sie besitzen keinen Aufenthaltstitel und sind vollziehbar ausreisepflichtig. Gründe, die eine weitere "
            "Aussetzung der Abschiebung rechtfertigen könnten, wurden nicht vorgetragen."
        ),
        P(
            "Bei der Ermessensausübung wurden Ihre persönlichen Belange berücksichtigt; das öffentliche Interesse an der "
            "Durchsetzung der Ausreisepflicht überwiegt."
        ),
        P(
            "Rechtsbehelf: Klage zum örtlich zuständigen Verwaltungsgericht, einzureichen binnen eines Monats ab Bekanntgabe.",
            size=9,
        ),
        P("Im Auftrag", after=12),
        P(r.choice(N.GERMAN_SURNAMES), after=0),
    ]
    return DocSpec(blocks, _look(r, "sans"), footer="Seite {p} von {n}")


@tpl("auslaenderbehoerde", "zx10_mitwirkung", SPLIT)
def abh_zx10_mitwirkung(c, d, r):
    a = c.applicant
    when = d.date + timedelta(days=r.randint(10, 25))
    blocks = _abh_top(c, r) + [
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=12),
        P(f"Datum: {_dm(d.date)}", align="right"),
        P("Vorladung: Klärung der Identität und Passersatzbeschaffung", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            f"Nach § 48 Abs. 3 AufenthG müssen Sie alles Zumutbare tun, um einen gültigen Pass zu erhalten. Bitte sprechen Sie am "
            f"{fmt(when)} um {r.choice(['8:30', '10:00', '13:15'])} Uhr in Zimmer {r.randint(100, 340)} persönlich vor."
        ),
        P("Mitzubringen sind:", after=2),
        P("– Ihre Duldung", indent=10, after=0),
        P(
            "– alle Dokumente über Ihre Identität (Geburtsurkunde, Personalausweis, Führerschein)",
            indent=10,
            after=0,
        ),
        P("– zwei aktuelle biometrische Passbilder", indent=10),
        P("Versäumen Sie den Termin unentschuldigt, prüft die Behörde weitere Maßnahmen."),
        P("Mit freundlichen Grüßen", after=2),
        P(f"Im Auftrag {r.choice(N.GERMAN_SURNAMES)}"),
    ]
    return DocSpec(blocks, _look(r))


# ------------------------------------------------------------------ gerichtsentscheidung


@tpl("gerichtsentscheidung", "zx10_beschluss", SPLIT)
def court_zx10_beschluss(c, d, r):
    a = c.applicant
    other = (
        f"die Bundesrepublik Deutschland, endvertreten durch das BAMF, {(c.bamf_site or N.BAMF_SITES[0])[0]}"
        if c.asylum
        else f"den Oberbürgermeister bzw. Landrat ({c.abh})"
    )
    blocks = [
        P(f"Az.: {c.court_az}", align="right", after=6),
        P(c.court_name.upper(), bold=True, size=12, align="center"),
        P("BESCHLUSS", bold=True, size=14, align="center", after=8),
        P("In der Verwaltungsrechtssache", after=2),
        P(f"{a.full}, {c.street}, {c.plz} {c.city},", indent=14, after=0),
        P("– Antragsteller/in –", indent=14),
        P("g e g e n", align="center"),
        P(f"{other},", indent=14, after=0),
        P("– Antragsgegner/in –", indent=14),
        P(f"wegen {'Asylrecht' if c.asylum else 'Aufenthaltsrecht'} (vorläufiger Rechtsschutz)"),
        P(
            f"hat die {r.randint(3, 22)}. Kammer am {fmt_long(d.date)} durch die Richterin am Verwaltungsgericht {r.choice(N.GERMAN_SURNAMES)} als Einzelrichterin beschlossen:"
        ),
        P(
            "Der Eilantrag wird zurückgewiesen. Die Kosten des Verfahrens hat die antragstellende Partei zu tragen.",
            bold=True,
        ),
        P("Gründe", bold=True, align="center"),
        P(
            "I. Mit dem Eilantrag will die antragstellende Partei erreichen, dass ihre Klage aufschiebende Wirkung erhält."
        ),
        P(
            "II. Der Eilantrag bleibt ohne Erfolg. Bei überschlägiger Würdigung erweist sich die angefochtene "
            "Maßnahme als voraussichtlich rechtmäßig; das Interesse an ihrer sofortigen Vollziehung hat Vorrang."
        ),
        P(
            "Unanfechtbar gemäß § 80 AsylG."
            if c.asylum
            else "Rechtsmittel: Beschwerde (OVG NRW, Münster), Frist zwei Wochen."
        ),
        P(r.choice(N.GERMAN_SURNAMES), align="right"),
    ]
    return DocSpec(blocks, _look(r, "serif"), footer="– {p} –")


@tpl("gerichtsentscheidung", "zx10_urteil", SPLIT)
def court_zx10_urteil(c, d, r):
    a = c.applicant
    blocks = [
        Table(
            [[c.court_name, f"Aktenzeichen\n{c.court_az}"]], [0.65, 0.35], header=False, grid=False, size=10
        ),
        P("IM NAMEN DES VOLKES", bold=True, align="center"),
        P("URTEIL", bold=True, size=14, align="center", after=8),
        Table(
            [
                [
                    "Klagepartei",
                    f"{a.name}, {a.vorname}, geb. {fmt(a.geburtsdatum)}, {c.street}, {c.plz} {c.city}",
                ],
                ["Beklagte", "Bundesrepublik Deutschland, vertr. d. d. BAMF" if c.asylum else c.abh],
                [
                    "Gegenstand",
                    "Asylrecht" if c.asylum else "Ausländerrecht (Verlängerung der Aufenthaltserlaubnis)",
                ],
            ],
            [0.22, 0.78],
            header=False,
            size=9.5,
        ),
        P(
            f"Die {r.randint(2, 20)}. Kammer hat aufgrund der mündlichen Verhandlung vom {fmt(d.date - timedelta(days=r.randint(0, 14)))} "
            f"am {fmt(d.date)} durch den Einzelrichter entschieden:"
        ),
        P(
            "Die Klage wird abgewiesen; Kostenschuldnerin ist die Klagepartei. Hinsichtlich der Kosten ist das Urteil vorläufig vollstreckbar.",
            bold=True,
        ),
        P("Tatbestand", bold=True, align="center"),
        P(
            f"Die Klagepartei reiste am {fmt(c.entry)} ein."
            + (
                f" Den Asylantrag beschied das Bundesamt am {fmt(c.bamf_date)} abschlägig."
                if c.asylum and c.bamf_date
                else " Die Verlängerung des Aufenthaltstitels wurde abgelehnt."
            )
        ),
        P("Entscheidungsgründe", bold=True, align="center"),
        P(
            "Die zulässige Klage ist in der Sache erfolglos, denn der Bescheid hält rechtlicher Überprüfung stand. Das Gericht "
            "nimmt auf dessen Begründung Bezug; das Vorbringen in der mündlichen Verhandlung führt zu keinem anderen Ergebnis."
        ),
        P("Belehrung: Berufungszulassung kann binnen eines Monats ab Zustellung beantragt werden.", size=9),
        P(r.choice(N.GERMAN_SURNAMES), align="right"),
    ]
    return DocSpec(blocks, _look(r, "serif"), footer="Seite {p} von {n}")


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "zx10_strafbefehl", SPLIT)
def straf_zx10_strafbefehl(c, d, r):
    a = c.applicant
    off, sentence = c.offence or ("Leistungserschleichung", "15 Tagessätzen à 12 Euro")
    blocks = [
        Table(
            [
                [
                    f"Amtsgericht {c.court_city}",
                    f"Geschäfts-Nr.: {r.randint(10, 99)} Cs {r.randint(100, 999)}/{d.date.year % 100}\nStA: {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
                ]
            ],
            [0.55, 0.45],
            header=False,
            grid=False,
            size=9.5,
        ),
        P("STRAFBEFEHL", bold=True, size=14, align="center", after=8),
        Table(
            [
                ["Beschuldigte/r", a.full],
                ["geboren", f"{_dm(a.geburtsdatum)} in {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", f"{c.street}, {c.plz} {c.city}"],
            ],
            [0.3, 0.7],
            header=False,
            size=9.5,
        ),
        P("Tatvorwurf", bold=True, after=2),
        P(f"Vorgeworfen wird Ihnen: {off}."),
        P("Rechtsfolge", bold=True, after=2),
        P(
            f"Das Gericht setzt – dem Antrag der Staatsanwaltschaft folgend – gegen Sie fest: Geldstrafe von {sentence}."
        ),
        P("Belehrung", bold=True, after=2),
        P(
            f"Einspruch: zwei Wochen ab Zustellung, einzulegen beim Amtsgericht {c.court_city}, schriftlich oder mündlich zur Niederschrift. Ohne Einspruch steht der Strafbefehl einem rechtskräftigen Urteil gleich.",
            size=9,
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P("gez. Richterin/Richter am AG"),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("strafrecht", "zx10_register", SPLIT)
def straf_zx10_register(c, d, r):
    a = c.applicant
    off, sentence = c.offence or ("Leistungserschleichung", "15 Tagessätzen à 12 Euro")
    tat = d.date - timedelta(days=r.randint(120, 300))
    dec = d.date - timedelta(days=r.randint(30, 90))
    blocks = [
        P("Bundesamt für Justiz, Register-Auskunft", bold=True, size=11, after=10),
        P("Führungszeugnis für private Zwecke", bold=True, size=13),
        Table(
            [
                ["Geburtsname / Familienname", a.name],
                ["Vornamen", a.vorname],
                ["Geburtsdatum, -ort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", f"{c.street}, {c.plz} {c.city}"],
            ],
            [0.36, 0.64],
            header=False,
            size=9,
        ),
        P("Inhalt:", bold=True, after=2),
        P(f"1. Eintragung – Datum der (letzten) Tat: {fmt(tat)}", after=1),
        P(f"Amtsgericht {c.court_city}, Strafbefehl vom {fmt(dec)}, rechtskräftig", indent=12, after=1),
        P(f"Tatbezeichnung: {off}", indent=12, after=1),
        P(f"Rechtsfolge: Geldstrafe von {sentence}", indent=12),
        P(f"Bonn, {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, _look(r, "mono", small=True))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "zx10_pass", SPLIT)
def ident_zx10_pass(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    valid = d.date + timedelta(days=365 * r.choice([5, 7, 10]) - 1)
    blocks = [
        P("– Kopie –", size=9, align="center", after=4),
        P(f"{c.natinfo['land'].upper()} · PASSPORT · PASSEPORT", bold=True, align="center", after=8),
        Table(
            [
                ["Type/Typ", "P", "Code", l1[2:5]],
                ["Surname/Nom", a.name.upper(), "Given names/Prénoms", a.vorname.upper()],
                [
                    "Date of birth",
                    a.geburtsdatum.strftime("%d %b %Y").upper(),
                    "Sex",
                    "M" if a.sex == "m" else "F",
                ],
                ["Place of birth", a.geburtsort.upper(), "Nationality", c.natinfo["en"].upper()],
                [
                    "Date of issue",
                    d.date.strftime("%d %b %Y").upper(),
                    "Date of expiry",
                    valid.strftime("%d %b %Y").upper(),
                ],
            ],
            [0.2, 0.3, 0.22, 0.28],
            header=False,
            size=8.5,
        ),
        Space(8),
        P(l1, font="mono", size=9.5, after=0),
        P(l2, font="mono", size=9.5),
        Box(
            [
                "Die Übereinstimmung dieser Kopie mit dem vorgelegten Original wird bestätigt.",
                f"{c.city_or_nrw()}, im Auftrag",
            ],
            size=8,
            bold_first=False,
        ),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("identitaetsnachweis", "zx10_geburt", SPLIT)
def ident_zx10_geburt(c, d, r):
    kids = c.children()
    p = kids[0] if kids else c.applicant
    father = next((x for x in c.persons if x.role in ("applicant", "spouse") and x.sex == "m"), None)
    mother = next((x for x in c.persons if x.role in ("applicant", "spouse") and x.sex == "f"), None)
    translator = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(f"Beglaubigte Übersetzung – Originalsprache: {LANGS[c.nat]}", size=9, after=6),
        P(
            "Geburtsurkunde – Auszug aus dem Personenstandsregister",
            bold=True,
            size=12.5,
            align="center",
            after=8,
        ),
        Table(
            [
                ["Kind", f"{p.vorname} {p.name}"],
                ["Geschlecht", "männlich" if p.sex == "m" else "weiblich"],
                ["Geburtstag (Tag/Monat/Jahr)", fmt_long(p.geburtsdatum)],
                ["Geburtsort (Provinz/Ort)", p.geburtsort],
                ["Vater", father.full if father and father is not p else "—"],
                ["Mutter", mother.full if mother and mother is not p else "—"],
                ["Registriert am", fmt(p.geburtsdatum + timedelta(days=r.randint(3, 40)))],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P(
            "Die Übersetzung stimmt mit dem vorgelegten Original in vollem Umfang überein; dies bescheinige ich. "
            f"{translator}, öffentlich bestellte und beeidigte Übersetzerin/Übersetzer für die Gerichte und Notare im Land NRW.",
            size=9,
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", size=9),
        Box(["Übersetzerstempel", translator], size=8),
    ]
    return DocSpec(blocks, _look(r, "serif"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_zx10_ladung", SPLIT)
def sonstiges_anhoerung_zx10_ladung(c, d, r):
    a = c.applicant
    site = c.bamf_site or N.BAMF_SITES[0]
    when = d.date + timedelta(days=r.randint(7, 21))
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8, after=10),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=12),
        P(f"Gesch.-Z.: {c.bamf_gz}    Datum: {fmt(d.date)}", size=9, align="right"),
        P("Terminmitteilung: Anhörung nach § 25 AsylG", bold=True, size=12),
        P(
            f"Ihr Termin: {fmt_long(when)}, {r.choice(['8:00', '9:30', '11:00'])} Uhr, in der oben genannten Dienststelle. "
            "Dort werden Sie zu den Gründen Ihres Asylantrags angehört."
        ),
        P(f"Für die Verständigung wird eine Sprachmittlung ({LANGS[c.nat]}) bereitgestellt."),
        P(
            "Bitte bringen Sie alle Unterlagen mit, die Ihre Angaben belegen können. Erscheinen Sie ohne genügende Entschuldigung nicht, kann nach Aktenlage entschieden werden."
        ),
        P("Im Auftrag", after=0),
        P(r.choice(["Lindner", "Haase", "Oğuz", "Reinartz"])),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("sonstiges", "zx10_wohnungsgeber", SPLIT)
def sonstiges_zx10_wohnungsgeber(c, d, r):
    owner = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P("Wohnungsgeber-Erklärung zur Anmeldung (§ 19 BMG)", bold=True, size=12),
        Table(
            [
                ["Wohnungsgeber/in", owner],
                ["Wohnung (Straße, Hausnr., PLZ, Ort)", f"{c.street}, {c.plz} {c.city}"],
                ["Vorgang", "Einzug"],
                ["Einzug am", fmt(d.date - timedelta(days=r.randint(3, 20)))],
                ["Meldepflichtige Personen", "; ".join(p.full for p in c.persons)],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P("Die Richtigkeit der Angaben versichere ich als Wohnungsgeber/in.", size=9),
        Signature(owner, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("sonstiges", "zx10_anlagen", SPLIT)
def sonstiges_zx10_anlagen(c, d, r):
    items = ["Lebenslauf", "Einwilligung Datenschutz", "Nachweise über Deutschkenntnisse", "Arbeitsnachweise"]
    if c.rep:
        items.insert(0, "Vollmacht")
    if c.illness:
        items.insert(2, "ärztliche Unterlagen")
    if c.school_age():
        items.append("Schulunterlagen der Kinder")
    blocks = [
        P(_rep_label(c) if c.rep else c.applicant.full, size=9, after=10),
        P(f"Anlagenverzeichnis zum Schreiben vom {fmt(d.date)}", bold=True, size=12),
        P(f"Az./Name: {c.applicant.name}", after=8),
        Table(
            [["Anlage", "Inhalt", "Blatt"]] + [[f"A{i + 1}", x, str(i * 2 + 1)] for i, x in enumerate(items)],
            [0.15, 0.65, 0.2],
            size=9.5,
        ),
    ]
    return DocSpec(blocks, _look(r, "sans"))
