"""Templates of the `blind7` split (ninth held-out set, session 10): nobody tuning hfk may read this file."""

from __future__ import annotations

import random
import zlib
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.templates import _mrz, tpl

# ------------------------------------------------------------------ small helpers

MON = N.MONTHS_DE
MON_EN = N.MONTHS_EN


def _d(d) -> str:
    """14.03.2025"""
    return d.strftime("%d.%m.%Y")


def _dl(d) -> str:
    """14. März 2025"""
    return f"{d.day}. {MON[d.month - 1]} {d.year}"


def _ds(d) -> str:
    """14.03.25 (only for dates of letters, never for births)"""
    return d.strftime("%d.%m.%y")


def _dn(d) -> str:
    """3.5.1985 (no leading zeros)"""
    return f"{d.day}.{d.month}.{d.year}"


def _us(d) -> str:
    """March 14, 2025"""
    return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"


def _uk(d) -> str:
    """14 March 2025"""
    return f"{d.day} {MON_EN[d.month - 1]} {d.year}"


def _abh_of(abh: str) -> str:
    """How these templates write the Ausländerbehörde: as the case names it."""
    return abh


def _st(r: random.Random, family: str | None = None) -> Style:
    return Style(
        family=family or r.choice(["serif", "sans", "cond", "sans"]),
        size=r.choice([10.0, 10.5, 11.0]),
        margin_left=r.uniform(62, 85),
        margin_right=r.uniform(48, 66),
        margin_top=r.uniform(40, 60),
        leading=r.choice([1.3, 1.35, 1.4]),
    )


def _tel(seed: str) -> str:
    x = random.Random("tel7" + seed)
    return f"0{x.randint(201, 989)} / {x.randint(20, 99)} {x.randint(100, 999)}-{x.randint(0, 99):02d}"


def _place(c) -> str:
    if c.sender == "applicant" or c.rep is None:
        return c.city_or_nrw()
    return c.rep.city.split(" ", 1)[1]


def _omit(c, i: int, f: str) -> bool:
    return c.omitted.get(i) == f


def _rel_de(p, c) -> str:
    a = c.applicant
    if p is a:
        return "Antragsteller" if a.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehemann" if p.sex == "m" else "Ehefrau"
    return "Sohn" if p.sex == "m" else "Tochter"


def _staat_f(p) -> str:
    """'syrische' (feminine adjective before Staatsangehörigkeit)."""
    return p.staat + "e"


HFK7 = [
    "An die Geschäftsstelle",
    "der Härtefallkommission Nordrhein-Westfalen",
    "c/o MKJFGFI NRW, Referat Härtefälle",
    "Völklinger Straße 4 · 40219 Düsseldorf",
]


# ------------------------------------------------------------------ the story (German)

TOPIC_KEYS = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


def _story(c, r: random.Random, first: bool) -> dict[str, list[str]]:
    """The Begründung per topic worded for this split only; `first`: the applicant writes himself."""
    a = c.applicant
    land = c.natinfo["land"]
    he = "er" if a.sex == "m" else "sie"
    He = he.capitalize()
    his = "sein" if a.sex == "m" else "ihr"
    t: dict[str, list[str]] = {k: [] for k in TOPIC_KEYS}

    # where the applicant comes from; an omitted field is written nowhere in the letter
    born = ""
    if not _omit(c, 0, "geburtsdatum"):
        born += f" am {_dl(a.geburtsdatum)}"
    born += f" in {a.geburtsort}, {land}," if not _omit(c, 0, "geburtsort") else f" in {land}"
    born = born.rstrip(",")
    work = r.choice(
        [
            "auf dem Obsthof eines Onkels",
            "als Näherin und Verkäuferin",
            "im Straßenbau",
            "bei einem Autoschlosser",
        ]
    )
    if first:
        t["lebensgeschichte"].append(
            f"Geboren wurde ich{born}. Nach der Schulzeit habe ich {work} mitgearbeitet, bis es für mich und "
            f"meine Angehörigen dort keine Sicherheit mehr gab."
        )
    else:
        t["lebensgeschichte"].append(
            f"{a.herr_frau()} kam{born} zur Welt und wuchs dort in einfachen Verhältnissen auf. Nach der Schule "
            f"arbeitete {he} {work}, bis {he} das Land verlassen musste."
        )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"Schon {c.entry.year - 2} {'wurde ich' if first else 'wurde ' + he} einmal abgeschoben. Trotz der "
            f"Sperre nach § 11 AufenthG (Einreise- und Aufenthaltsverbot) {'reiste ich' if first else 'reiste ' + he} am "
            f"{_dl(c.entry)} erneut ein."
        )
    else:
        fam = ""
        if len(c.persons) > 1:
            fam = " gemeinsam mit der Familie" if first else f" mit {his}er Familie"
        t["lebensgeschichte"].append(
            f"{'Nach Deutschland kam ich' if first else 'Nach Deutschland kam ' + he}{fam} am {_dl(c.entry)}."
        )

    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"Am {_dl(c.asylum_applied)} {'beantragte ich' if first else 'beantragte ' + he} Asyl. Mit Bescheid "
            f"vom {_dl(c.bamf_date)}, Gesch.-Z. {c.bamf_gz}, verneinte das Bundesamt für Migration und Flüchtlinge "
            f"jeden Schutzanspruch."
        )
        if c.court:
            if c.court_pending:
                s.append(f"Das Klageverfahren ({c.court_name}, {c.court_az}) ist noch nicht entschieden.")
            else:
                s.append(
                    f"Auch vor Gericht ging es verloren; die Entscheidung des {c.court_name} vom {_dl(c.court_date)} "
                    f"trägt das Az. {c.court_az}."
                )
    else:
        s.append(
            f"Das Visum, mit dem {'ich' if first else he} einreiste, war zu Zwecken {c.visa_purpose} erteilt; nach Ablauf "
            f"der Aufenthaltserlaubnis gab es keine Verlängerung."
        )
        if c.court:
            if c.court_pending:
                s.append(
                    f"Über die Ausreiseverfügung muss noch das {c.court_name} entscheiden (Az. {c.court_az})."
                )
            else:
                s.append(
                    f"Der Eilantrag gegen die Ausreiseverfügung blieb erfolglos (Az. {c.court_az}, {c.court_name}, entschieden am {_dl(c.court_date)})."
                )
    if c.gestattung:
        s.append(
            f"Bis zum Abschluss des Verfahrens {'darf ich' if first else 'darf ' + he} mit einer Aufenthaltsgestattung (§ 55 AsylG) bleiben."
        )
    else:
        s.append(
            f"{'Ich lebe' if first else He + ' lebt'} seitdem mit Kettenduldungen (§ 60a AufenthG) und {'bin' if first else 'ist'} ausreisepflichtig."
        )
    s.append(
        f"{'Meine Akte führt' if first else 'Die Akte führt'} die Ausländerbehörde {c.abh}."
        if r.random() < 0.5
        else f"Zuständig ist {'für mich ' if first else ''}die Ausländerbehörde {c.abh}."
    )
    if c.s58a:
        s.append(
            f"Hinzu kommt eine gegen {'mich' if first else ('ihn' if a.sex == 'm' else 'sie')} verfügte Abschiebungsanordnung (§ 58a AufenthG)."
        )
    if c.rueckfuehrung:
        s.append(
            f"Für den {_dl(c.rueckfuehrung)} hat die Ausländerbehörde {'meine' if first else his + 'e'} Rückführung schon terminiert."
        )
    if c.criminal:
        off, sentence = c.offence
        s.append(
            f"Ehrlicherweise ist zu ergänzen: Am {_dl(c.criminal_date)} erging beim Amtsgericht {c.court_city} ein Strafbefehl "
            f"{'gegen mich' if first else 'gegen ' + ('ihn' if a.sex == 'm' else 'sie')} wegen {off} über eine Geldstrafe von {sentence}. "
            f"{'Ich schäme mich' if first else He + ' schämt sich'} dafür."
        )

    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        f.append(
            f"{'Verheiratet bin ich' if first else 'Verheiratet ist ' + he} mit {sp[0].full}; {'wir wohnen' if first else 'beide wohnen'} unter einem Dach."
        )
    if kids:
        names = (
            ", ".join(k.vorname for k in kids[:-1]) + (" und " if len(kids) > 1 else "") + kids[-1].vorname
        )
        f.append(
            f"{'Unsere Kinder' if first and len(kids) > 1 else 'Die Kinder' if len(kids) > 1 else ('Unsere Tochter' if first else 'Die Tochter') if kids[0].sex == 'f' else ('Unser Sohn' if first else 'Der Sohn')} "
            f"{names} {'sind' if len(kids) > 1 else 'ist'} hier groß geworden und {'haben' if len(kids) > 1 else 'hat'} "
            f"an {land} kaum eine Erinnerung."
        )
    f.append(
        r.choice(
            [
                f"In {land} lebt nur noch eine Tante, die selbst auf Hilfe angewiesen ist.",
                f"Die Eltern sind verstorben; in {land} gibt es keine Angehörigen mehr, die helfen könnten.",
                f"Zu den wenigen Verwandten in {land} besteht seit Jahren kein Kontakt.",
            ]
        )
        + " "
        + r.choice(
            [
                "Ein Onkel lebt als deutscher Staatsbürger in Hamm.",
                "Eine Schwester wohnt mit Niederlassungserlaubnis in Gütersloh.",
                "Der Cousin und seine Familie leben seit Jahren in Neuss.",
            ]
        )
    )

    g = t["integration"]
    g.append(
        r.choice(
            [
                f"Den Deutschtest für Zuwanderer {'habe ich' if first else 'hat ' + he} mit B1 abgeschlossen.",
                f"Im Alltag {'komme ich' if first else 'kommt ' + he} auf Deutsch gut zurecht; ein B1-Zertifikat liegt vor.",
            ]
        )
    )
    if c.ausbildung:
        g.append(
            f"Zum 1. August {c.received.year - 1} {'trat ich' if first else 'trat ' + he} eine Lehrstelle als "
            f"{r.choice(['Gärtner/in (Garten- und Landschaftsbau)', 'Bäcker/in', 'Zahnmedizinische/r Fachangestellte/r'])} an; "
            "damit sind die Voraussetzungen des § 60c AufenthG (Ausbildungsduldung) erfüllbar."
        )
    else:
        g.append(
            f"{'Mein' if first else his.capitalize()} Arbeitgeber ist seit {r.randint(2019, c.received.year - 1)} {c.employer} "
            f"({c.job}); Leistungen vom Jobcenter {'brauche ich' if first else 'braucht ' + he} keine."
        )
    g.append(
        f"Nach Feierabend {'packe ich' if first else 'packt ' + he} mit an – bei {c.club}."
        if r.random() < 0.5
        else f"Ohne Bezahlung {'engagiere ich mich' if first else 'engagiert ' + he + ' sich'} bei {c.club}."
    )
    for k in c.school_age():
        g.append(f"{k.vorname} besucht „{c.school}“ und fühlt sich dort wohl.")

    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, name, _ = c.diagnosis
        if first and c.ill_person == 0:
            subj = "Ich bin"
        elif first:
            subj = {"spouse": "Meine Frau ist" if p.sex == "f" else "Mein Mann ist"}.get(
                p.role, ("Meine Tochter " if p.sex == "f" else "Mein Sohn ") + p.vorname + " ist"
            )
        else:
            subj = p.full + " ist"
        h.append(
            f"{subj} erkrankt ({name}; ICD-10 {code.split()[0]}) und auf laufende Therapie angewiesen, "
            f"die es in {land} so nicht gibt."
        )
    h.append(
        r.choice(
            [
                f"Nach so vielen Jahren wäre eine Rückkehr nach {land} ein Neuanfang ohne Wohnung, Arbeit und Angehörige.",
                f"Wovon {'wir' if first and len(c.persons) > 1 else 'ich' if first else 'man'} in {land} leben {'sollten' if first and len(c.persons) > 1 else 'sollte'}, weiß niemand.",
            ]
        )
    )
    return t


def _story_en(c, r: random.Random) -> dict[str, list[str]]:
    a = c.applicant
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {k: [] for k in TOPIC_KEYS}
    born = "I was born"
    if not _omit(c, 0, "geburtsdatum"):
        born += f" on {_us(a.geburtsdatum)}"
    born += f" in {a.geburtsort}, {land}." if not _omit(c, 0, "geburtsort") else f" in {land}."
    t["lebensgeschichte"].append(born + " After school I helped in my father's small shop.")
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"In {c.entry.year - 2} the German authorities sent me back once. Even with the ban on re-entry "
            f"(§ 11 AufenthG) still running, I returned on {_us(c.entry)}."
        )
    else:
        t["lebensgeschichte"].append(f"My journey ended in Germany on {_us(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My asylum request dates from {_us(c.asylum_applied)}; in its decision of {_us(c.bamf_date)} "
            f"(file number {c.bamf_gz}) the BAMF said no."
        )
        if c.court:
            s.append(
                f"My lawsuit at the {c.court_name}, number {c.court_az}, "
                f"{'is still open' if c.court_pending else 'ended without success'}."
            )
    else:
        s.append("My entry was on a visa; later the permit ran out and the office refused to renew it.")
        if c.court:
            s.append(
                f"Number {c.court_az} at the {c.court_name}: {'the court has not ruled yet' if c.court_pending else 'the judges ruled against me'}."
            )
    s.append(
        "While my asylum case is open, my paper is an Aufenthaltsgestattung."
        if c.gestattung
        else "The only paper I hold today is a Duldung that must be extended again and again."
    )
    s.append(f"Responsible for my file: {c.abh}.")
    if c.rueckfuehrung:
        s.append(f"A date for my removal is already set: {_us(c.rueckfuehrung)}.")
    if c.s58a:
        s.append("On top of this, there is a § 58a AufenthG order against me.")
    if c.criminal:
        s.append(f"I also have to mention a Strafbefehl from {_us(c.criminal_date)}; the fine is paid.")
    fam = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    if sp:
        fam.append(f"{sp[0].vorname}, my {'wife' if sp[0].sex == 'f' else 'husband'}, is here with me.")
    if c.children():
        fam.append(
            f"For {', '.join(k.vorname for k in c.children())} this country is the only home they remember."
        )
    fam.append(
        f"In {land} there are no parents or siblings anymore; one uncle has lived in Germany for years."
    )
    g = t["integration"]
    g.append("My German comes from the integration course and from work.")
    if c.ausbildung:
        g.append("Now I am an apprentice, so the Ausbildungsduldung (§ 60c AufenthG) could apply to me.")
    else:
        g.append(f"{c.employer} employs me as {c.job}; I pay my own rent and bills.")
    g.append(f"In my free time I am a volunteer at {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        w = "I am" if c.ill_person == 0 else f"{p.vorname} is"
        h.append(
            f"{w} ill ({N.ILLNESS_EN[c.diagnosis[0]].replace('from ', '')}); without the treatment here it gets worse."
        )
    h.append(f"In {land} we would stand with nothing, after all these years of building a life here.")
    return t


def _topics(c, t: dict[str, list[str]], order: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(k, " ".join(t[k])) for k in order if k in c.topics]


# ------------------------------------------------------------------ persons, letter heads


def _ln(c, i, f, value: str) -> str:
    return "" if _omit(c, i, f) else value


def _persons_cards(c) -> list:
    """One four-column grid per person (two label/value pairs a row); the address below all grids."""
    out: list = []
    for i, p in enumerate(c.persons):
        out.append(P(f"Lfd. Nr. {i + 1} – {_rel_de(p, c)}", bold=True, after=1, size=9))
        out.append(
            Table(
                [
                    ["Nachname", p.name, "Vorname(n)", p.vorname],
                    [
                        "geboren am",
                        _ln(c, i, "geburtsdatum", _d(p.geburtsdatum)),
                        "in",
                        _ln(c, i, "geburtsort", p.geburtsort),
                    ],
                    ["Nationalität", _ln(c, i, "staatsangehoerigkeit", p.staat), "", ""],
                ],
                [0.17, 0.33, 0.15, 0.35],
                header=False,
                size=9,
            )
        )
    out.append(P(f"Anschrift aller Genannten: {c.street} – {c.plz} {c.city}"))
    return out


def _persons_plea(c) -> list:
    """The family told in running text by someone who knows them."""
    a = c.applicant
    bits = []
    for i, p in enumerate(c.persons):
        if i == 0:
            s = f"{'Herr' if p.sex == 'm' else 'Frau'} {p.full}"
        elif p.role == "spouse":
            s = f"{'ihr Ehemann' if a.sex == 'f' else 'seine Ehefrau'} {p.full}"
        else:
            s = f"{'die Tochter' if p.sex == 'f' else 'der Sohn'} {p.full}"
        if not _omit(c, i, "geburtsdatum") or not _omit(c, i, "geburtsort"):
            s += " (geboren"
            if not _omit(c, i, "geburtsdatum"):
                s += f" am {_dl(p.geburtsdatum)}"
            if not _omit(c, i, "geburtsort"):
                s += f" in {p.geburtsort}"
            s += ")"
        if not _omit(c, i, "staatsangehoerigkeit"):
            s += f", {_staat_f(p)} Staatsangehörigkeit"
        bits.append(s)
    if len(bits) == 1:
        text = f"Die Eingabe betrifft {bits[0]}."
    else:
        text = "Die Eingabe betrifft " + "; ".join(bits[:-1]) + "; schließlich " + bits[-1] + "."
    who = "sind alle" if len(bits) > 1 else ("ist er" if a.sex == "m" else "ist sie")
    text += f" Wohnhaft {who} in {c.plz} {c.city}, {c.street}."
    return [P(text)]


def _persons_form(c) -> list:
    """Numbered form fields for the adults, a small table for the children."""
    out: list = []
    adults = [(i, p) for i, p in enumerate(c.persons) if p.role != "child"]
    kids = [(i, p) for i, p in enumerate(c.persons) if p.role == "child"]
    for n, (i, p) in enumerate(adults, 1):
        out.append(P(f"1.{n} {'Antragsteller/in' if i == 0 else 'Ehegatte/Ehegattin'}", bold=True, after=1))
        line = f"{p.name}, {p.vorname}"
        if not _omit(c, i, "geburtsdatum"):
            line += f"  ·  * {_d(p.geburtsdatum)}"
        if not _omit(c, i, "geburtsort"):
            line += f"  ·  Geburtsort {p.geburtsort}"
        if not _omit(c, i, "staatsangehoerigkeit"):
            line += f"  ·  StA: {p.staat}"
        out.append(P(line, indent=14))
    if kids:
        out.append(P(f"1.{len(adults) + 1} Kinder unter 18 Jahren", bold=True, after=1))
        rows = [["Kind (Vor- und Nachname)", "Geburtsdatum", "Geburtsort", "StA"]]
        for i, p in kids:
            rows.append(
                [
                    f"{p.vorname} {p.name}",
                    _ln(c, i, "geburtsdatum", _d(p.geburtsdatum)),
                    _ln(c, i, "geburtsort", p.geburtsort),
                    _ln(c, i, "staatsangehoerigkeit", p.staat),
                ]
            )
        out.append(Table(rows, [0.34, 0.2, 0.26, 0.2], size=9))
    out.append(P(f"1.{len(adults) + (2 if kids else 1)} Anschrift: {c.street}, {c.plz} {c.city}", bold=False))
    return out


def _persons_self(c) -> list:
    """An applicant writing her own family down, line by line."""
    a = c.applicant
    out: list = []
    for i, p in enumerate(c.persons):
        if i == 0:
            lab = "Ich"
        elif p.role == "spouse":
            lab = "Mein Mann" if p.sex == "m" else "Meine Frau"
        else:
            lab = "Sohn" if p.sex == "m" else "Tochter"
        parts = [p.full]
        if not _omit(c, i, "geburtsdatum"):
            parts.append(f"geb. {_dn(p.geburtsdatum)}")
        if not _omit(c, i, "geburtsort"):
            parts.append(f"in {p.geburtsort}")
        if not _omit(c, i, "staatsangehoerigkeit"):
            parts.append(p.staat)
        if p.role == "child" and c.persons[i - 1].role != "child":
            out.append(P("Und die Kinder:" if len(c.children()) > 1 else "Und unser Kind:", after=0))
        out.append(
            P(
                f"{lab + ': ' if p.role != 'child' else '- '}{', '.join(parts)}",
                indent=0 if p.role != "child" else 14,
                after=0,
            )
        )
    out.append(
        P(
            f"Wir wohnen: {c.street}, {c.plz} {c.city}"
            if len(c.persons) > 1
            else f"Ich wohne: {c.street}, {c.plz} {c.city}"
        )
    )
    _ = a
    return out


def _head7(c, r: random.Random, variant: int) -> list:
    """Sender block: the representative's (firm, service, relative) or the applicant's own."""
    rp = c.rep
    if c.sender == "applicant" or rp is None:
        a = c.applicant
        if variant == 0:
            return [P(f"{a.full} · {c.street} · {c.plz} {c.city}", size=8, after=10)]
        return [P(a.full, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=12)]
    if rp.kind == "privat":
        return [
            P(f"Von: {rp.person}", after=0, size=9.5),
            P(rp.street, after=0, size=9.5),
            P(rp.city, after=12, size=9.5),
        ]
    tel = _tel(rp.org)
    if variant == 0:
        return [
            P(rp.org.upper(), bold=True, size=12, after=0),
            P(f"{rp.street} | {rp.city} | Tel.-Nr. {tel}", size=8),
            Rule(0.6),
            Space(4),
        ]
    if variant == 1:
        return [
            Table(
                [
                    [rp.org, f"{rp.street}\u2003{rp.city}"],
                    [f"Bearbeiter/in: {rp.person}", f"Tel. {tel}"],
                ],
                [0.55, 0.45],
                header=False,
                grid=False,
                size=9,
            ),
            Rule(1.0),
        ]
    return [
        P(rp.org, bold=True, align="right", after=0),
        P(rp.street, size=9, align="right", after=0),
        P(rp.city, size=9, align="right", after=0),
        P(f"Fon {tel}", size=9, align="right", after=8),
    ]


def _to_hfk(r: random.Random, short: bool = False) -> list:
    lines = (
        ["Härtefallkommission NRW (Geschäftsstelle)", "Völklinger Straße 4", "40219 Düsseldorf"]
        if short
        else HFK7
    )
    return [P(x, after=0) for x in lines] + [Space(16)]


def _signer7(c) -> str:
    if c.sender == "applicant" or c.rep is None:
        return c.applicant.full
    if c.sender == "anwalt":
        return f"{c.rep.person}\nRechtsanwältin / Rechtsanwalt"
    return c.rep.person


def _names(c) -> str:
    ps = [p.full for p in c.persons]
    return ps[0] if len(ps) == 1 else ", ".join(ps[:-1]) + " und " + ps[-1]


# ------------------------------------------------------------------ antrag (German)


@tpl("antrag", "r7a", "blind7")
def antrag_r7a(c, d, r):
    """A firm's or service's brief (the applicant's own letter in the same frame)."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks = _head7(c, r, r.choice([0, 1, 2]))
    blocks += _to_hfk(r)
    ref = f"{c.applicant.name[:3].upper()}-{r.randint(10, 999)}/{d.date.year % 100}"
    blocks.append(P(f"{_place(c)}, {_dl(d.date)}", align="right"))
    if not first:
        blocks.append(P(f"Unser Zeichen: {ref}", size=9, align="right"))
    blocks.append(P(f"Härtefallantrag für {_names(c)} (§ 23a AufenthG)", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if c.sender == "anwalt":
        intro = (
            "wir vertreten die unten genannten Personen; die auf uns lautende Vollmacht fügen wir bei. "
            "Wir bitten die Kommission, sich mit ihrem Schicksal zu befassen und die Ausländerbehörde um die Erteilung "
            "einer Aufenthaltserlaubnis zu ersuchen."
        )
    elif c.sender == "beratungsstelle":
        intro = (
            "unsere Beratungsstelle begleitet die nachstehend aufgeführten Menschen seit längerer Zeit. Mit ihrem "
            "Einverständnis tragen wir Ihnen ihre Lage vor und bitten um ein Härtefallersuchen."
        )
    elif c.sender == "privat":
        intro = (
            f"die Betroffenen haben mich als {c.rep.relation} bevollmächtigt, ihr Anliegen vorzutragen. Ich ersuche die "
            "Kommission, den Fall zu beraten."
        )
    else:
        intro = "ich bitte die Kommission, meinen Fall zu beraten und sich bei der Ausländerbehörde für ein Bleiberecht einzusetzen."
    blocks.append(P(intro))
    blocks.append(P("Zu den Personen", bold=True))
    blocks += _persons_cards(c)
    blocks.append(P("Zur Sache", bold=True))
    heads = {
        "aufenthaltssituation": "– Verfahrensgang",
        "lebensgeschichte": "– Das Leben im Herkunftsland",
        "familie": "– Angehörige im In- und Ausland",
        "integration": "– Was bisher in Deutschland erreicht wurde",
        "humanitaere_gruende": "– Warum eine Ausreise unzumutbar ist",
    }
    order = ("lebensgeschichte", "aufenthaltssituation", "integration", "familie", "humanitaere_gruende")
    for k, text in _topics(c, t, order):
        blocks.append(P(heads[k], bold=True, after=1, size=10))
        blocks.append(P(text))
    blocks.append(
        P(
            "Bis die Kommission entschieden hat, sollte die Ausländerbehörde nach unserer Auffassung von einer Abschiebung absehen."
            if not first
            else "Bitte geben Sie der Ausländerbehörde Bescheid, dass mein Fall bei Ihnen liegt."
        )
    )
    blocks.append(P("Hochachtungsvoll" if c.sender == "anwalt" else "Freundliche Grüße"))
    blocks.append(Signature(_signer7(c).split("\n")[0]))
    if c.sender == "anwalt":
        blocks.append(P("Rechtsanwältin / Rechtsanwalt", size=9))
    return DocSpec(blocks, _st(r), footer="Blatt {p}/{n}" if r.random() < 0.5 else None)


@tpl("antrag", "r7b", "blind7")
def antrag_r7b(c, d, r):
    """Worded as a plea: from a supporting group, or from the family itself."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks = _head7(c, r, 2)
    blocks += _to_hfk(r, short=True)
    blocks.append(P(f"{_place(c)}, den {_dl(d.date)}", align="right"))
    blocks.append(
        P(
            "Ein Hilferuf " + ("in eigener Sache" if first else f"für Familie {c.applicant.name}"),
            bold=True,
            size=12,
        )
    )
    blocks.append(P("Liebe Mitglieder der Kommission,"))
    if first:
        blocks.append(
            P(
                "Sie sind meine letzte Hoffnung. Meine Familie und ich möchten in Deutschland bleiben; deshalb "
                "beantrage ich, dass die Kommission unseren Fall berät."
                if len(c.persons) > 1
                else "Sie sind meine letzte Hoffnung. Ich möchte in Deutschland bleiben; deshalb beantrage ich, "
                "dass die Kommission meinen Fall berät."
            )
        )
    else:
        blocks.append(
            P(
                "mit großer Sorge schreiben wir Ihnen für Menschen, die uns ans Herz gewachsen sind. Wir bitten Sie "
                "inständig, ihren Fall anzunehmen und ein Ersuchen an die Ausländerbehörde zu richten."
                if c.sender != "privat"
                else f"weil meine Angehörigen selbst kaum Deutsch schreiben, übernehme ich das als {c.rep.relation}. "
                "Bitte nehmen Sie sich ihres Falles an."
            )
        )
    blocks += _persons_plea(c)
    order = ("humanitaere_gruende", "lebensgeschichte", "aufenthaltssituation", "familie", "integration")
    for _, text in _topics(c, t, order):
        blocks.append(P(text))
    blocks.append(
        P(
            r.choice(
                [
                    "Wir vertrauen auf Ihr Verständnis und Ihre Menschlichkeit.",
                    "Jeder, der diese Familie kennt, wird bestätigen, dass sie hierher gehört.",
                    "Für ein Gespräch stehen wir jederzeit bereit.",
                ]
            )
        )
    )
    blocks.append(P("In Dankbarkeit und mit herzlichen Grüßen" if first else "Mit herzlichen Grüßen"))
    blocks.append(Signature(_signer7(c).split("\n")[0]))
    return DocSpec(blocks, _st(r, "serif"))


@tpl("antrag", "r7c", "blind7")
def antrag_r7c(c, d, r):
    """A counselling service's structured form with numbered fields and its enclosures listed."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks: list = _head7(c, r, 1)
    blocks.append(
        Box(
            [
                "Härtefall-Eingabe · Formblatt (§ 23a AufenthG)",
                f"Eingereicht am: {_ds(d.date)}",
                "Antragsweg: "
                + (
                    "selbst"
                    if first
                    else ("Vertretung durch " + (c.rep.org if c.rep.kind != "privat" else c.rep.person))
                ),
            ],
            size=10,
        )
    )
    blocks.append(Space(6))
    blocks.append(P("1. Personalangaben", bold=True))
    blocks += _persons_form(c)
    blocks.append(P("2. Ausländerbehörde und Status", bold=True))
    blocks.append(P(f"Ausländerbehörde (örtlich zuständig): {c.abh}", indent=14, after=1))
    blocks.append(
        P(
            "Aktueller Status: "
            + ("Aufenthaltsgestattung (§ 55 AsylG)" if c.gestattung else "Duldung (§ 60a AufenthG)"),
            indent=14,
        )
    )
    blocks.append(P("3. Darstellung des Härtefalls", bold=True))
    nums = {
        "lebensgeschichte": "3.1 Lebenslauf bis zur Einreise",
        "aufenthaltssituation": "3.2 Bisheriges Verfahren",
        "familie": "3.3 Familie und Angehörige",
        "integration": "3.4 Sprache, Arbeit, Schule, Engagement",
        "humanitaere_gruende": "3.5 Gesundheit und Gründe gegen eine Rückkehr",
    }
    for k, text in _topics(c, t, TOPIC_KEYS):
        blocks.append(P(nums[k], bold=True, after=1, size=10))
        blocks.append(P(text, indent=14))
    blocks.append(P("4. Anlagen", bold=True))
    encl = []
    if c.rep is not None:
        encl.append("Vollmacht")
    encl.append("Einwilligungserklärung Datenschutz")
    if c.asylum:
        encl.append("BAMF-Bescheid in Kopie")
    if c.illness:
        encl += ["Befundbericht / Attest", "Schweigepflichtentbindung"]
    if c.school_age():
        encl.append("Schulbescheinigung(en)")
    encl.append("Lebenslauf")
    for n, e in enumerate(encl, 1):
        blocks.append(P(f"Anl. {n} – {e}", indent=14, after=0, size=9.5))
    blocks.append(Space(8))
    blocks.append(Signature(_signer7(c).split("\n")[0], f"{_place(c)}, {_ds(d.date)}"))
    return DocSpec(blocks, _st(r, "sans"), footer="Seite {p} von {n}")


@tpl("antrag", "r7d", "blind7")
def antrag_r7d(c, d, r):
    """A short letter the family writes itself (a relative or an adviser may send it for them)."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks = _head7(c, r, 0) if first else _head7(c, r, r.choice([0, 2]))
    blocks += [
        P("Härtefallkommission NRW", after=0),
        P("Völklinger Straße 4, 40219 Düsseldorf"),
        Space(10),
    ]
    blocks.append(P(f"Datum: {_ds(d.date)}"))
    blocks.append(P("Betr.: Antrag auf Befassung der Härtefallkommission", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(
        P(
            "ich bitte die Kommission um Beratung meines Falles. Meine Angaben"
            + (" und die meiner Familie:" if len(c.persons) > 1 else ":")
            if first
            else f"im Namen der unten genannten Personen beantrage ich ({c.rep.org if c.rep.kind != 'privat' else 'als Angehörige/r'}) die Befassung der Härtefallkommission:"
        )
    )
    blocks += _persons_self(c) if first else _persons_cards(c)
    blocks.append(P("Warum wir Hilfe brauchen:" if first else "Begründung in Kürze:", bold=True))
    order = ("aufenthaltssituation", "lebensgeschichte", "familie", "integration", "humanitaere_gruende")
    for _, text in _topics(c, t, order):
        blocks.append(P(text))
    blocks.append(P("Danke für Ihre Hilfe." if first else "Für Rückfragen bin ich erreichbar."))
    blocks.append(Signature(_signer7(c).split("\n")[0]))
    return DocSpec(blocks, _st(r, r.choice(["cond", "sans"])))


# ------------------------------------------------------------------ antrag (English)


def _en_persons(c, variant: int) -> list:
    out: list = []
    en = c.natinfo["en"]
    if variant == 0:
        out.append(P("Family members:", bold=True, after=2))
        for i, p in enumerate(c.persons, 1):
            bits = [f"{p.vorname} {p.name.upper()}"]
            if not _omit(c, i - 1, "geburtsdatum"):
                bits.append(f"born {_us(p.geburtsdatum)}")
            if not _omit(c, i - 1, "geburtsort"):
                bits.append(f"in {p.geburtsort}")
            if not _omit(c, i - 1, "staatsangehoerigkeit"):
                bits.append(f"{en} citizen")
            out.append(P(f"({i}) " + ", ".join(bits), indent=12, after=1))
        out.append(P(f"Address of all of us: {c.street}, {c.plz} {c.city}."))
    else:
        rows = [["Last name", "First name", "Birthday", "Birth town", "Nationality"]]
        for i, p in enumerate(c.persons):
            rows.append(
                [
                    p.name,
                    p.vorname,
                    _ln(c, i, "geburtsdatum", _uk(p.geburtsdatum)),
                    _ln(c, i, "geburtsort", p.geburtsort),
                    _ln(c, i, "staatsangehoerigkeit", en),
                ]
            )
        out.append(Table(rows, [0.2, 0.2, 0.2, 0.2, 0.2], size=9.5))
        out.append(P("Where we live:", bold=True, after=0))
        out.append(P(c.street, after=0))
        out.append(P(f"{c.plz} {c.city}"))
    return out


@tpl("antrag", "en_r7a", "blind7")
def antrag_en_r7a(c, d, r):
    t = _story_en(c, r)
    blocks = [P(f"{c.applicant.full}, {c.street}, {c.plz} {c.city}", size=8.5, after=12)]
    blocks += [
        P(x, after=0)
        for x in ["Hardship Commission (Härtefallkommission) NRW", "Völklinger Straße 4", "40219 Düsseldorf"]
    ]
    blocks.append(Space(12))
    blocks.append(P(_us(d.date), align="right"))
    blocks.append(P("Re: my hardship case under § 23a AufenthG", bold=True))
    blocks.append(P("Dear Commission,"))
    blocks.append(
        P(
            "with this letter I apply to the Commission: please look at my case and help me to stay in Germany. "
            "English is easier for me; for an official letter my German is still too weak."
        )
    )
    blocks += _en_persons(c, 0)
    for _, text in _topics(c, t, TOPIC_KEYS):
        blocks.append(P(text))
    blocks.append(P("I am grateful for any help you can give."))
    blocks.append(P("Best regards,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _st(r))


@tpl("antrag", "en_r7b", "blind7")
def antrag_en_r7b(c, d, r):
    t = _story_en(c, r)
    blocks = [P(c.applicant.full, bold=True, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=14)]
    blocks.append(P(f"Date: {_uk(d.date)}"))
    blocks.append(
        P("To: Geschäftsstelle Härtefallkommission NRW, Völklinger Straße 4, 40219 Düsseldorf", size=9)
    )
    blocks.append(P("HARDSHIP APPLICATION", bold=True, size=13, align="center"))
    blocks.append(P("Dear office of the Hardship Commission,"))
    blocks.append(P("please accept this letter as our application. These are the persons it is about:"))
    blocks += _en_persons(c, 1)
    heads = {
        "lebensgeschichte": "1) Where I come from",
        "aufenthaltssituation": "2) My papers and procedures",
        "familie": "3) My family",
        "integration": "4) My life in Germany",
        "humanitaere_gruende": "5) Why we cannot return",
    }
    for k, text in _topics(c, t, TOPIC_KEYS):
        blocks.append(P(heads[k], bold=True, after=1))
        blocks.append(P(text))
    blocks.append(P("With many thanks and kind regards,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ bamf_bescheid

TENOR_A = [
    "Flüchtlingsschutz wird nicht gewährt.",
    "Eine Anerkennung als Asylberechtigte/r erfolgt nicht.",
    "Subsidiärer Schutz wird ebenfalls nicht gewährt.",
    "Die Voraussetzungen eines Abschiebungsverbots (§ 60 Abs. 5, Abs. 7 S. 1 AufenthG) sind nicht gegeben.",
    "Die Bundesrepublik ist binnen 30 Tagen ab Bekanntgabe dieses Bescheides zu verlassen; wird Klage erhoben, läuft "
    "die Frist bis 30 Tage nach unanfechtbarem Verfahrensabschluss. Bei nicht fristgerechter Ausreise erfolgt die "
    "Abschiebung in das Herkunftsland oder einen anderen zur Aufnahme bereiten Staat.",
    "Das gesetzliche Einreise- und Aufenthaltsverbot gilt für 30 Monate, gerechnet ab der Abschiebung.",
]
TENOR_B = [
    "Der Asylantrag ist unzulässig und wird abgelehnt.",
    "Die Voraussetzungen eines Abschiebungsverbots (§ 60 Abs. 5, Abs. 7 S. 1 AufenthG) sind nicht gegeben.",
    "Angeordnet wird die Abschiebung in den Dublin-Mitgliedstaat, der für das Verfahren zuständig ist.",
    "Gegen die antragstellende Person ergeht ein Einreise- und Aufenthaltsverbot; es endet zwölf Monate nach dem "
    "Tag der Abschiebung.",
]
REASONS7 = [
    "Nach eigenen Angaben reiste die antragstellende Person (Staatsangehörigkeit: {nat}) am {entry} ins "
    "Bundesgebiet ein; ihr förmlicher Asylantrag datiert vom {applied}.",
    "Zur Begründung gab sie in der Anhörung an, von Unbekannten bedroht worden zu sein. Wann, wo und durch wen dies "
    "geschehen sein soll, blieb auch auf wiederholte Nachfrage offen.",
    "Flüchtlingsschutz nach § 3 AsylG scheidet aus: Dass ihr Verfolgung aus Gründen der Rasse, Religion, "
    "Nationalität, politischen Überzeugung oder Zugehörigkeit zu einer sozialen Gruppe droht, hat sie nicht vorgetragen.",
    "Die Angaben sind in sich widersprüchlich und weichen von jenen bei der Erstbefragung ab. Eine Verfolgung machen "
    "sie deshalb nicht glaubhaft.",
    "Auch subsidiärer Schutz (§ 4 AsylG) scheidet aus. Dass bei Rückkehr Todesstrafe, Folter, unmenschliche "
    "Behandlung oder Gefahr durch willkürliche Gewalt in einem Konflikt drohen, ist nicht zu erkennen.",
    "Die wirtschaftliche Lage im Herkunftsland ist schwierig, begründet aber kein Abschiebungsverbot. Als "
    "arbeitsfähige erwachsene Person mit Berufserfahrung kann sie dort das Existenzminimum erwirtschaften.",
    "Für eine Erkrankung, die sich durch die Abschiebung wesentlich verschlimmern würde, fehlt ein ärztlicher "
    "Nachweis, wie ihn § 60a Abs. 2c AufenthG verlangt.",
    "Rechtsgrundlage von Ausreiseaufforderung und Abschiebungsandrohung sind die §§ 34 und 38 Abs. 1 AsylG sowie "
    "§ 59 AufenthG; Kindeswohl, Familie und Gesundheit stehen dem nicht entgegen.",
    "Die Länge der Sperrfrist ist ermessensfehlerfrei bestimmt; Gründe für eine Verkürzung hat die Person nicht "
    "vorgebracht.",
    "Das Bundesamt stützt sich auf die Anhörungsniederschrift, die eingereichten Dokumente und seine Erkenntnisse "
    "zur Lage im Herkunftsstaat.",
]


def _bamf_body(c, d, r, tenor_style: int) -> list:
    a = c.applicant
    out: list = []
    tenor = TENOR_A if c.bamf_tenor == 6 else TENOR_B
    if tenor_style == 0:
        for i, t in enumerate(tenor, 1):
            out.append(P(f"{i}.", bold=True, after=0))
            out.append(P(t, indent=18))
    else:
        for i, t in enumerate(tenor, 1):
            out.append(P(f"{i}. {t}", indent=10))
    out.append(P("Gründe:" if tenor_style == 0 else "Begründung", bold=True))
    reasons = REASONS7[:]
    rest = reasons[1:]
    r.shuffle(rest)
    reasons = reasons[:1] + rest
    for i in range(d.extra.get("bamf_reasons", 6)):
        out.append(
            P(
                f"{i + 1}. " * (tenor_style == 1)
                + reasons[i % len(reasons)].format(
                    nat=a.staat, entry=_d(c.entry), applied=_d(c.asylum_applied)
                )
            )
        )
    court = c.court_name.replace("Verwaltungsgericht ", "") if c.court_name else r.choice(N.COURTS)
    out.append(P("Rechtsbehelfsbelehrung", bold=True, after=1))
    out.append(
        P(
            f"Rechtsbehelf: Klage beim Verwaltungsgericht {court}; Frist: zwei Wochen ab Zustellung des Bescheides. "
            "Einzureichen ist sie schriftlich oder zu Protokoll der dortigen Geschäftsstelle. Tatsachen und Beweismittel, die der "
            "Begründung dienen, sind innerhalb eines Monats ab Zustellung anzugeben."
        )
    )
    return out


@tpl("bamf_bescheid", "r7a", "blind7")
def bamf_r7a(c, d, r):
    a, site, gz = c.applicant, c.bamf_site, c.bamf_gz
    city = site[2].split(" ", 1)[1]
    blocks = [
        Table(
            [
                ["Bundesamt für Migration und Flüchtlinge", f"Geschäftszeichen: {gz}"],
                [site[0], f"Datum: {_d(d.date)}"],
                [f"{site[1]}, {site[2]}", f"Ort: {city}"],
            ],
            [0.58, 0.42],
            header=False,
            grid=False,
            size=9,
        ),
        Rule(),
        P("Per Postzustellungsurkunde", size=8.5, after=2),
    ]
    blocks += [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(14)]
    blocks.append(P("Bescheid", bold=True, size=15, align="center"))
    blocks.append(
        P(
            f"betreffend {a.vorname} {a.name} – Geburt: {_d(a.geburtsdatum)}, {a.geburtsort} – "
            f"Staatsangehörigkeit: {a.staat} – wohnhaft {c.adresse}"
        )
    )
    blocks.append(
        P("Zu dem Asylantrag vom " + _d(c.asylum_applied) + " trifft das Bundesamt diese Entscheidung:")
    )
    blocks += _bamf_body(c, d, r, 0)
    blocks += [
        P("Im Auftrag", after=16),
        P(r.choice(["Rohloff", "Gündoğan", "Hagedorn", "Matuschek"]), after=0),
    ]
    return DocSpec(blocks, _st(r, "sans"), footer="Seite {p} von {n}")


@tpl("bamf_bescheid", "r7b", "blind7")
def bamf_r7b(c, d, r):
    """A decision for the whole family, the persons listed one under the other."""
    a, site, gz = c.applicant, c.bamf_site, c.bamf_gz
    blocks = [
        P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=11, after=0),
        P(f"{site[0]} – {site[1]} – {site[2]}", size=8.5),
        Space(6),
    ]
    blocks += [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(10)]
    blocks.append(P(f"Gesch.-Z.: {gz}", bold=True, after=0))
    blocks.append(P(f"{site[2].split(' ', 1)[1]}, den {_dl(d.date)}", after=10))
    blocks.append(P("BESCHEID", bold=True, size=14))
    blocks.append(P("Beteiligte des Verfahrens (gemeinsame Entscheidung):", after=2))
    for i, p in enumerate(c.persons[:4], 1):
        blocks.append(
            P(
                f"{i}) {p.vorname} {p.name} – {_d(p.geburtsdatum)} – {p.geburtsort} – Staatsangehörigkeit {p.staat}",
                indent=14,
                after=1,
            )
        )
    blocks.append(P(f"Anschrift: {c.adresse}", indent=14))
    blocks.append(P("Entscheidung des Bundesamtes:"))
    blocks += _bamf_body(c, d, r, 1)
    blocks += [
        P("Im Auftrag", after=18),
        P(r.choice(["Wendland", "Aksoy", "Kretschmer", "Jablonski"]), after=0),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="Seite {p} von {n}", header=f"Az. {gz}")


@tpl("bamf_bescheid", "r7c", "blind7")
def bamf_r7c(c, d, r):
    """The 'offensichtlich unbegründet' style: a framed reference box, the tenor in bold lines."""
    a, site, gz = c.applicant, c.bamf_site, c.bamf_gz
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, size=12, after=0),
        P(f"Dienstsitz {site[0].replace('Außenstelle ', '')}", size=9, after=8),
        Box(
            [
                f"Geschäftszeichen {gz}",
                "Bitte bei Antwort stets nennen.",
                f"Entscheidungsdatum {_dl(d.date)}",
            ],
            size=9,
        ),
        Space(8),
    ]
    blocks += [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(12)]
    blocks.append(P("Entscheidung über Ihren Asylantrag", bold=True, size=13))
    blocks.append(
        P(
            f"Person: {a.full} (Staatsangehörigkeit {a.staat}), Geburt am {_d(a.geburtsdatum)} in {a.geburtsort}"
        )
    )
    blocks += _bamf_body(c, d, r, 0 if r.random() < 0.5 else 1)
    blocks += [
        P("Mit freundlichen Grüßen", after=2),
        P("Im Auftrag", after=14),
        P(f"{r.choice(['Ernst', 'Rademacher', 'Bayram', 'Wolff'])} – Asylentscheidung", after=0),
    ]
    return DocSpec(blocks, _st(r, "cond"), footer=f"{gz} · Seite {{p}} von {{n}}")


# ------------------------------------------------------------------ aerztliches_gutachten


def _ill(c):
    return c.persons[c.ill_person]


def _prac_addr(c, r) -> list[str]:
    x = random.Random("prax7" + c.practice)
    return [f"{x.choice(N.STREETS)} {x.randint(2, 90)}", c.court_city_plz(), f"Telefon {_tel(c.practice)}"]


@tpl("aerztliches_gutachten", "r7a", "blind7")
def med_r7a(c, d, r):
    """A 'qualifizierte ärztliche Bescheinigung' with the four parts the statute asks for."""
    p = _ill(c)
    code, name, sev = c.diagnosis
    exam = d.date - timedelta(days=r.randint(2, 12))
    blocks = [P(c.practice, bold=True, size=11, after=0)] + [
        P(x, size=8.5, after=0) for x in _prac_addr(c, r)
    ]
    blocks += [Rule(0.5), Space(6)]
    blocks.append(P("Qualifizierte ärztliche Bescheinigung", bold=True, size=13, after=0))
    blocks.append(P("(nach § 60a Absatz 2c Satz 3 AufenthG)", size=9.5))
    blocks.append(
        Table(
            [
                ["Behandelt wird", p.full],
                ["Geburtsdatum", _d(p.geburtsdatum)],
                ["zuletzt gesehen am", _d(exam)],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        )
    )
    blocks.append(P("a) Grundlage der Beurteilung (tatsächliche Umstände)", bold=True, after=1))
    blocks.append(
        P(
            f"Behandlung in unserer Praxis seit {MON[(c.entry.month) % 12]} {c.entry.year + 1}, zuletzt in "
            f"{r.choice(['zweiwöchentlichen', 'monatlichen', 'wöchentlichen'])} Abständen; Exploration, Fremdanamnese, Verlaufsbeobachtung."
        )
    )
    blocks.append(P("b) Wie die Befunde erhoben wurden", bold=True, after=1))
    blocks.append(
        P("Klinisches Interview, psychopathologischer Befund, körperliche Untersuchung, Laborwerte.")
    )
    blocks.append(P("c) Diagnose und Schweregrad", bold=True, after=1))
    blocks.append(P(f"{name} – ICD-10-GM {code}; Schweregrad: {sev}.", indent=12))
    blocks.append(P("d) Voraussichtliche Folgen", bold=True, after=1))
    blocks.append(
        P(
            "Wird die Behandlung unterbrochen, droht eine erhebliche Verschlechterung; eine akute Eigengefährdung ist dann "
            f"nicht auszuschließen. Derzeit verordnet: {', '.join(r.sample(N.MEDICATION, 2))}."
        )
    )
    blocks.append(Space(6))
    blocks.append(P(f"{c.court_city_plz().split(' ', 1)[-1]}, den {_dl(d.date)}"))
    blocks.append(Signature(c.doctor))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("aerztliches_gutachten", "r7b", "blind7")
def med_r7b(c, d, r):
    """A specialist's report to the representative, the date in the reference line."""
    p = _ill(c)
    code, name, sev = c.diagnosis
    to = c.rep.org if c.rep and c.rep.kind != "privat" else p.full
    blocks = [
        P(c.practice, bold=True, align="center", after=0),
        P(" · ".join(_prac_addr(c, r)), size=8, align="center"),
        Rule(1.0),
        P(f"An: {to}", after=10),
        P(
            f"Unser Zeichen {p.name[:2].upper()}{r.randint(100, 999)} · Datum {_ds(d.date)}",
            size=9,
            align="right",
        ),
        P("Facharztbericht zur Vorlage", bold=True, size=12),
        P(f"betr.: {p.full}, * {_d(p.geburtsdatum)}, wohnhaft {c.adresse}"),
        P(
            f"die o. g. Person stellt sich seit {c.entry.year + 1} regelmäßig bei uns vor. Es besteht folgende Diagnose:"
        ),
        P(f"{code}  {name}", bold=True, indent=14),
        P(
            f"Der Befund ist {sev}. Im Vordergrund stehen "
            f"{r.choice(['Schlafstörungen, Konzentrationsprobleme und Rückzug', 'Schwindel, Blutdruckspitzen und Erschöpfung', 'Angstattacken und nächtliches Hochschrecken'])}. "
            "Eine kontinuierliche fachärztliche Behandlung ist erforderlich; eine Unterbrechung wäre mit erheblichen gesundheitlichen Risiken verbunden."
        ),
        P(f"Aktuelle Verordnung: {'; '.join(r.sample(N.MEDICATION, 2))}"),
        P("Mit freundlichen Grüßen"),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("aerztliches_gutachten", "r7c", "blind7")
def med_r7c(c, d, r):
    """A short attest on practice paper, date at the bottom in long form."""
    p = _ill(c)
    code, name, _ = c.diagnosis
    blocks = [
        Box([c.practice] + _prac_addr(c, r), size=9),
        Space(10),
        P("Ärztliche Kurzbescheinigung", bold=True, size=14),
        P(
            f"{'Herr' if p.sex == 'm' else 'Frau'} {p.full}, geb. {_d(p.geburtsdatum)}, ist bei mir in Behandlung. "
            f"Es liegt vor: {name} ({code.split()[0]})."
        ),
        P(
            "Regelmäßige Kontrollen und Medikamente sind notwendig. Aus ärztlicher Sicht ist eine Reise "
            "bzw. Rückführung derzeit nicht zu verantworten."
        ),
        P("Auf Verlangen der untersuchten Person erstellt; nur im Original gültig.", size=9),
        Space(10),
        P(f"Bescheinigt am {_dl(d.date)}"),
        Signature(c.doctor, "Arzt/Ärztin (Stempel)"),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ vollmacht


def _vm_rep(c) -> tuple[str, str]:
    rp = c.rep
    name = rp.org if rp.kind != "privat" else rp.person
    return name, f"{rp.street}, {rp.city}"


@tpl("vollmacht", "r7a", "blind7")
def vm_r7a(c, d, r):
    """A plain-language power of attorney."""
    name, addr = _vm_rep(c)
    a = c.applicant
    blocks = [
        P("Vollmacht", bold=True, size=14),
        P(
            f"Ich, {a.full}, wohnhaft {c.adresse}, erlaube {name} ({addr}), mich bei der Härtefallkommission "
            "und bei allen Behörden zu vertreten, Akten einzusehen und Post für mich entgegenzunehmen."
        ),
        P(
            "Das gilt auch für meine Familie."
            if len(c.persons) > 1
            else "Sie gilt, bis ich sie schriftlich zurücknehme."
        ),
        Space(14),
        Signature(a.full, f"{c.city_or_nrw()}, {_ds(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("vollmacht", "r7b", "blind7")
def vm_r7b(c, d, r):
    """The firm's printed form with tick boxes."""
    name, addr = _vm_rep(c)
    a = c.applicant
    blocks = [
        P(name, bold=True, after=0),
        P(addr, size=9),
        Rule(),
        P("PROZESS- UND VERFAHRENSVOLLMACHT", bold=True, size=12, align="center"),
        P(f"Hiermit wird {name} in der Angelegenheit", after=2),
        P(
            f"{a.name}, {a.vorname} – aufenthaltsrechtliche Angelegenheiten / Härtefallverfahren",
            bold=True,
            indent=20,
        ),
        P("bevollmächtigt, und zwar", after=2),
        P("☒ zur Vertretung gegenüber Behörden, Kommissionen und Gerichten", indent=14, after=1),
        P("☒ zur Akteneinsicht und zur Stellung von Anträgen aller Art", indent=14, after=1),
        P("☒ zur Entgegennahme von Zustellungen", indent=14, after=1),
        P("☐ zur Entgegennahme von Geldern", indent=14),
        P("☒ zur Bestellung eines Unterbevollmächtigten", indent=14, size=9),
        Table(
            [["Ort, Datum", "Unterschrift"], [f"{c.city_or_nrw()}, {_d(d.date)}", ""]],
            [0.5, 0.5],
            header=True,
            size=9,
        ),
        Signature(a.full),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("vollmacht", "r7c", "blind7")
def vm_r7c(c, d, r):
    """A counselling service's authorisation, signed by every adult."""
    name, addr = _vm_rep(c)
    adults = [p for p in c.persons if p.role != "child"]
    blocks = [
        P(f"{name} · {addr}", size=8.5, after=12),
        P("Ermächtigung zur Vertretung", bold=True, size=13),
        P(
            f"Wir / ich bevollmächtige(n) {name} sowie die dort tätigen Mitarbeitenden, für uns ein Härtefallverfahren zu "
            "betreiben, Auskünfte bei der Ausländerbehörde einzuholen und Schreiben der Geschäftsstelle zu empfangen."
        ),
        P(f"Ort und Datum: {c.city_or_nrw()}, {_dl(d.date)}"),
    ]
    for p in adults:
        blocks.append(Signature(p.full))
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "r7a", "blind7")
def sp_r7a(c, d, r):
    p = _ill(c)
    blocks = [
        P("Schweigepflicht – Entbindungserklärung der Patientin / des Patienten", bold=True, size=12),
        Table(
            [
                ["Name, Vorname", f"{p.name}, {p.vorname}"],
                ["geboren am", _d(p.geburtsdatum)],
                ["Arzt / Praxis", f"{c.doctor}, {c.practice}"],
            ],
            [0.3, 0.7],
            header=False,
        ),
        P(
            "Für mein Härtefallverfahren hebe ich die ärztliche Schweigepflicht der oben eingetragenen Praxis auf, und zwar "
            "im Verhältnis zur Kommission NRW, ihren Mitgliedern und ihrer Geschäftsstelle. Die Praxis darf Unterlagen "
            "schicken und mündlich erläutern."
        ),
        P("Ein Widerruf ist jederzeit schriftlich möglich; er wirkt ab Zugang.", size=9),
        Signature(p.full if p.role != "child" else c.applicant.full, f"{c.city_or_nrw()}, {_ds(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schweigepflichtsentbindung", "r7b", "blind7")
def sp_r7b(c, d, r):
    p = _ill(c)
    parent = p.role == "child"
    blocks = [
        P(c.practice, size=9, align="right"),
        P("Einverständnis: Auskunft an die Härtefallkommission", bold=True, size=12),
        P(
            (
                f"Als Elternteil von {p.full} (geb. {_d(p.geburtsdatum)}) "
                if parent
                else f"Ich, {p.full}, geb. {_d(p.geburtsdatum)}, "
            )
            + f"erlaube ich {c.doctor}, der Härtefallkommission Nordrhein-Westfalen und ihrer Geschäftsstelle "
            "Auskunft über Erkrankung, Therapie und Aussichten zu geben und Kopien der Befunde zu senden."
        ),
        P(f"{c.city_or_nrw()}, den {_dl(d.date)}"),
        Signature(c.applicant.full if parent else p.full),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("schweigepflichtsentbindung", "r7c", "blind7")
def sp_r7c(c, d, r):
    p = _ill(c)
    via = c.rep.org if c.rep and c.rep.kind != "privat" else "die Geschäftsstelle der Härtefallkommission"
    blocks = [
        P("Erklärung zur Schweigepflicht", bold=True, size=12, align="center"),
        P(f"Betroffene Person: {p.full}, geboren {_d(p.geburtsdatum)}"),
        P(
            f"Hiermit gestatte ich {c.doctor}, Auskünfte über meinen Gesundheitszustand an {via} zu geben, soweit sie "
            "für das Härtefallverfahren gebraucht werden. Eine Weitergabe an andere Stellen ist nicht erlaubt."
        ),
        Space(8),
        Table(
            [[f"Datum: {_ds(d.date)}", "Unterschrift: ______________________"]],
            [0.4, 0.6],
            header=False,
            grid=False,
        ),
        Signature(p.full if p.role != "child" else c.applicant.full),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "r7a", "blind7")
def ds_r7a(c, d, r):
    blocks = [
        P("Datenschutz: Hinweise und Einwilligungserklärung", bold=True, size=12),
        P(
            "Um Ihre Eingabe zu prüfen und der Kommission vorzulegen, verarbeitet die Geschäftsstelle der "
            "Härtefallkommission Ihre Angaben, auch solche zur Gesundheit (Art. 9 DSGVO). Sie erhalten außer den "
            "Kommissionsmitgliedern auch die Ausländerbehörde, die für Sie zuständig ist.",
            size=9.5,
        ),
        P(
            "Meine Zustimmung zur Verarbeitung gilt für meine eigenen Daten wie für die meiner mitbetroffenen Angehörigen. "
            "Ablehnen oder später widerrufen kann ich ohne Nachteile.",
        ),
        Table(
            [["Name", "Unterschrift"]] + [[p.full, ""] for p in c.persons if p.role != "child"],
            [0.5, 0.5],
            header=True,
        ),
        P(f"{c.city_or_nrw()}, {_d(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("datenschutzeinwilligung", "r7b", "blind7")
def ds_r7b(c, d, r):
    blocks = [
        P("Zustimmung zur Datenverarbeitung", bold=True, size=13, align="center"),
        P(
            f"Ich, {c.applicant.full}, stimme zu: Meine Daten dürfen im Härtefallverfahren gespeichert und den Stellen, "
            "die daran mitwirken, übermittelt werden. Zurücknehmen kann ich diese Zustimmung jederzeit."
        ),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, {_dl(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "cond"))


@tpl("datenschutzeinwilligung", "r7c", "blind7")
def ds_r7c(c, d, r):
    who = c.rep.org if c.rep and c.rep.kind != "privat" else None
    blocks = [
        Box(["Einwilligung in die Datenverarbeitung", "Härtefallverfahren NRW – § 23a AufenthG"], size=10),
        P(
            "Wozu: damit die Härtefallkommission die Eingabe prüfen und beraten kann. Gestützt auf Ihre Einwilligung "
            "(DSGVO: Art. 6 Abs. 1 Buchst. a, Art. 9 Abs. 2 Buchst. a). Wie lange: bis das Verfahren abgeschlossen ist, danach "
            "nur für die Dauer der Aufbewahrungsfristen.",
            size=9,
        ),
        P(
            "☒ Ich stimme zu, dass die Geschäftsstelle meine Daten verarbeitet"
            + (f" und mit {who} austauscht." if who else ".")
        ),
        P("☒ Ich stimme zu, dass ärztliche Unterlagen der Kommission vorgelegt werden."),
        P(f"Name: {c.applicant.full}", after=0),
        P(f"Datum: {_ds(d.date)}"),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ lebenslauf


@tpl("lebenslauf", "r7a", "blind7")
def cv_r7a(c, d, r):
    a = c.applicant
    rows = [["Datum / Jahre", "Lebensabschnitt"]]
    rows.append([_d(a.geburtsdatum), f"geboren in {a.geburtsort}, {c.natinfo['land']}"])
    rows.append([f"{a.geburtsdatum.year + 6}–{a.geburtsdatum.year + 15}", "Schulbesuch im Heimatort"])
    rows.append(
        [
            f"{a.geburtsdatum.year + 16}–{c.entry.year - 1}",
            r.choice(
                ["Mithilfe im Laden der Familie", "Arbeit als Fliesenleger", "Hilfskraft in einer Bäckerei"]
            ),
        ]
    )
    rows.append([_d(c.entry), "Einreise in die Bundesrepublik"])
    if c.asylum:
        rows.append([_d(c.asylum_applied), "Asylantrag beim BAMF gestellt"])
    rows.append([str(c.entry.year + 1), "Teilnahme am Integrationskurs"])
    if c.job:
        rows.append([f"ab {c.entry.year + 2}", f"{c.job} bei {c.employer}"])
    blocks = [
        P("L E B E N S L A U F", bold=True, size=13, align="center"),
        P(f"{a.full} · {c.adresse}", align="center", size=9),
        Table(rows, [0.28, 0.72], header=True),
        Signature(a.full, f"{c.city_or_nrw()}, {_ds(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("lebenslauf", "r7b", "blind7")
def cv_r7b(c, d, r):
    a = c.applicant
    land = c.natinfo["land"]
    blocks = [
        P("Lebenslauf – in eigenen Worten", bold=True, size=13),
        P(
            f"Mein Name ist {a.full}. Geboren bin ich am {_d(a.geburtsdatum)} in {a.geburtsort} in {land}. "
            f"Dort bin ich {r.choice(['acht', 'neun', 'elf'])} Jahre zur Schule gegangen."
        ),
        P(
            f"Später habe ich {r.choice(['als Verkäufer', 'auf Feldern', 'als Schneiderin'])} gearbeitet. "
            f"{c.entry.year} kam ich nach Deutschland."
        ),
        P(
            f"Hier habe ich Deutsch gelernt. Jetzt habe ich Arbeit als {c.job}."
            if c.job
            else "Hier habe ich Deutsch gelernt und suche Arbeit."
        ),
        P(f"{c.city_or_nrw()}, im {MON[d.date.month - 1]} {d.date.year}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "r7a", "blind7")
def lang_r7a(c, d, r):
    a = c.applicant
    lvl = r.choice(["B1", "B1", "A2"])
    blocks = [
        P("telc Deutsch-Test für Zuwanderer", bold=True, size=15),
        P("Zertifikat · Certificate", size=9),
        Rule(),
        Table(
            [
                ["Name, Vorname", f"{a.name}, {a.vorname}"],
                ["geboren", f"{_d(a.geburtsdatum)} in {a.geburtsort}"],
                ["Prüfungstag", _d(d.date - timedelta(days=r.randint(21, 50)))],
                ["Ergebnis", f"{lvl} (GER)"],
            ],
            [0.35, 0.65],
            header=False,
            grid=False,
        ),
        P(f"Hören/Lesen: {r.randint(30, 45)} Punkte · Schreiben: {lvl} · Sprechen: {lvl}", size=9.5),
        P(f"Datum des Zertifikats: {_d(d.date)}", align="right", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sprachnachweis", "r7b", "blind7")
def lang_r7b(c, d, r):
    a = c.applicant
    blocks = [
        P(f"VHS {c.city_or_nrw()} – Integrationskursträger", bold=True, after=0),
        P("Programmbereich Integration und Sprachen", size=9),
        Space(10),
        P("Kursbescheinigung", bold=True, size=13),
        P(
            f"Wir bescheinigen {a.herr_frau()}, geboren am {_d(a.geburtsdatum)}, die regelmäßige Teilnahme am "
            f"Integrationskurs (Module 1–6, 600 UE) in der Zeit {_d(d.date - timedelta(days=200))} – "
            f"{_d(d.date - timedelta(days=14))}. Fehlzeiten: {r.randint(2, 9)} %."
        ),
        P("Der abschließende Sprachtest wurde abgelegt; das Ergebnis wird gesondert mitgeteilt."),
        P(f"{c.city_or_nrw()}, {_ds(d.date)}"),
        Signature("Kursleiter/in"),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "r7a", "blind7")
def job_r7a(c, d, r):
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, size=12, after=0),
        P("Abteilung Personal", size=9),
        Rule(),
        P("Bestätigung des Beschäftigungsverhältnisses", bold=True, size=13),
        P(
            f"Hiermit wird bescheinigt: {a.full}, geboren {_d(a.geburtsdatum)}, arbeitet in unserem Betrieb seit "
            f"{_d(c.entry + timedelta(days=800))} als {c.job or 'Helfer/in'}; der Vertrag ist unbefristet, die "
            f"Wochenarbeitszeit beträgt {r.choice([38.5, 39, 40])} Stunden."
        ),
        P(
            f"Das Bruttoentgelt liegt zurzeit bei {r.randint(2100, 2900)},00 EUR im Monat; eine Kündigung ist nicht ausgesprochen."
        ),
        P("Auf diese zuverlässige Kraft möchten wir nicht verzichten."),
        Signature(
            f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Leitung Personal",
            f"{c.city_or_nrw()}, {_dl(d.date)}",
        ),
    ]
    return DocSpec(blocks, _st(r))


@tpl("arbeitsnachweis", "r7b", "blind7")
def job_r7b(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2800)
    blocks = [
        P(f"Entgeltabrechnung für {MON[d.date.month - 1]} {d.date.year}", bold=True, size=12),
        Table(
            [
                ["Firma", c.employer],
                ["Empfänger/in", a.full],
                ["Funktion", c.job or "Aushilfe"],
                ["StKl.", r.choice(["1", "3", "4"])],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        Table(
            [
                ["Lohnart", "EUR"],
                ["Monatsentgelt", f"{brutto},00"],
                ["Lohnsteuer", f"-{brutto // 12},40"],
                ["Sozialabgaben Arbeitnehmer", f"-{int(brutto * 0.2)},15"],
                ["Überweisung", f"{brutto - brutto // 12 - int(brutto * 0.2)},45"],
            ],
            [0.6, 0.4],
            size=9.5,
        ),
        P(f"abgerechnet am {_d(d.date)}", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "mono"))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "r7a", "blind7")
def vol_r7a(c, d, r):
    a = c.applicant
    blocks = [
        P(c.club, bold=True, size=12, align="center"),
        Rule(0.5),
        P("Bescheinigung: freiwilliges Engagement im Verein", bold=True),
        P(
            f"{a.full} hilft bei uns seit {MON[r.randint(0, 11)]} {c.entry.year + 2} "
            f"{r.choice(['jeden Samstag bei der Lebensmittelausgabe', 'beim Training der Jugendmannschaft', 'als Übersetzer/in bei Beratungsterminen'])}. "
            f"Bisher kamen rund {r.randint(120, 600)} Stunden zusammen."
        ),
        Signature("Vereinsvorstand", f"{c.city_or_nrw()}, {_ds(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("ehrenamt", "r7b", "blind7")
def vol_r7b(c, d, r):
    a = c.applicant
    blocks = [
        P(f"{c.club} – Freiwilligenkoordination", size=9),
        P(f"{_dl(d.date)}", align="right"),
        P("Bestätigung", bold=True, size=12),
        P(
            f"Gern bestätigen wir, dass {a.herr_frau()} sich zuverlässig und mit großer Freundlichkeit in unsere Arbeit "
            "einbringt. Ohne Menschen wie sie/ihn wäre unser Angebot nicht möglich."
        ),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "r7a", "blind7")
def sup_r7a(c, d, r):
    """A neighbour's short note."""
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(f"{who}, {r.choice(N.STREETS)} {r.randint(1, 90)}, {c.court_city_plz()}", size=9, after=14),
        P(f"{_ds(d.date)}", align="right"),
        P(f"Betrifft: Familie {c.applicant.name}", bold=True),
        P(
            f"Seit Jahren sind {c.applicant.full} und ich Nachbarn im selben Haus. Wenn ich krank war, hat "
            f"{'er' if c.applicant.sex == 'm' else 'sie'} für mich eingekauft. Ich wünsche mir sehr, dass "
            f"{'die Familie' if len(c.persons) > 1 else c.applicant.vorname} hier bleiben darf."
        ),
        Signature(who),
    ]
    return DocSpec(blocks, _st(r, "cond"))


@tpl("unterstuetzerschreiben", "r7b", "blind7")
def sup_r7b(c, d, r):
    """The trainer or the employer vouching."""
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    org = r.choice([c.club, c.employer])
    blocks = [
        P(org, bold=True, after=0),
        P(f"{c.city_or_nrw()}, {_dl(d.date)}", size=9, after=10),
        P(f"Wir stehen hinter {c.applicant.full}", bold=True, size=12),
        P(
            f"Wir kennen {c.applicant.full} seit langem und möchten {'ihn' if c.applicant.sex == 'm' else 'sie'} nicht "
            "mehr missen: pünktlich, hilfsbereit, immer ansprechbar. Die Eingabe an die Härtefallkommission hat unsere "
            "volle Unterstützung; für Rückfragen sind wir erreichbar."
        ),
        Signature(who),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ schulnachweis


def _kid(c, d):
    k = d.extra.get("child")
    if k is not None:
        return k
    sa = c.school_age()
    return sa[0] if sa else c.applicant


@tpl("schulnachweis", "r7a", "blind7")
def school_r7a(c, d, r):
    k = _kid(c, d)
    yr = d.date.year if d.date.month >= 8 else d.date.year - 1
    blocks = [
        P(c.school, bold=True, size=12, after=0),
        P(f"– Schulleitung – · {c.city_or_nrw()}", size=9),
        Rule(),
        P("Schülerbescheinigung", bold=True, size=13),
        P(
            f"Hiermit wird bestätigt: {k.full}, geboren {_d(k.geburtsdatum)}, gehört im Schuljahr "
            f"{yr}/{(yr + 1) % 100:02d} zu unserer Schülerschaft (Klasse {max(1, k.age_on(d.date) - 5)}{r.choice('abc')})."
        ),
        P("Auf Wunsch der Erziehungsberechtigten erteilt."),
        Signature("Schulsekretariat", f"{c.city_or_nrw()}, {_ds(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schulnachweis", "r7b", "blind7")
def school_r7b(c, d, r):
    """Half-year report card, first page."""
    k = _kid(c, d)
    subj = ["Sachunterricht", "Deutsch", "Religion", "Mathematik", "Musik", "Englisch"]
    rows = [[s, r.choice(["1", "2", "2", "3", "4"])] for s in subj]
    blocks = [
        P(c.school, align="left", bold=True),
        P("Zeugnis – 1. Schulhalbjahr", align="left", size=14, bold=True),
        P(f"Schüler/in: {k.full} · geboren {_d(k.geburtsdatum)} · Jahrgang {max(1, k.age_on(d.date) - 5)}"),
        Table([["Lernbereich", "Bewertung"]] + rows, [0.5, 0.5]),
        P(f"Fehltage im Halbjahr: {r.randint(0, 6)} (alle entschuldigt)", size=9.5),
        P(f"Ausgabe des Zeugnisses: {_d(d.date)}"),
        Signature("Klassenleitung"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


def _abh7(c) -> list:
    return [
        P(c.abh, bold=True, after=0),
        P(
            f"{c.abh_plz} {c.abh.split('–')[0].replace('Stadt', '').replace('Kreis', '').strip()}",
            size=9,
            after=8,
        ),
    ]


@tpl("auslaenderbehoerde", "r7a", "blind7")
def abh_r7a(c, d, r):
    """A Duldung certificate (form)."""
    a = c.applicant
    rows = [
        ["Name, Vorname", f"{a.name}, {a.vorname}", "Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
        ["geboren am, in", f"{_d(a.geburtsdatum)}, {a.geburtsort}", "Staatsang.", a.staat],
        ["Wohnort", c.adresse, "gültig bis", _d(d.date + timedelta(days=r.choice([90, 120, 180])))],
    ]
    if c.ausbildung:
        notes = "Die Berufsausbildung ist erlaubt (Ausbildungsduldung, § 60c AufenthG)."
    else:
        notes = (
            "Arbeitsaufnahme nur nach Zustimmung der Ausländerbehörde. Wohnsitzauflage: "
            + c.city_or_nrw()
            + "."
        )
    blocks = [
        Box(["DULDUNG", "Aussetzung der Abschiebung – Bescheinigung gemäß § 60a Absatz 4 AufenthG"], size=10),
        Table(rows, [0.16, 0.4, 0.14, 0.3], header=False, size=9),
        P("Nebenbestimmungen", bold=True, after=1),
        P(notes),
        P("Dieses Papier ist kein Aufenthaltstitel; die Ausreisepflicht besteht fort.", bold=True, size=9),
        P(f"Ausgestellt durch {c.abh} am {_d(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "mono"))


@tpl("auslaenderbehoerde", "r7b", "blind7")
def abh_r7b(c, d, r):
    """An invitation to call at the office (Vorsprache) about the obligation to leave."""
    a = c.applicant
    blocks = _abh7(c) + [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(12)]
    blocks.append(P(f"Datum: {_dl(d.date)}", align="right"))
    blocks.append(
        P(f"Unser Az.: III/{a.name[:1]}-{r.randint(1000, 9999)}.{r.randint(10, 99)}", align="right", size=9)
    )
    blocks.append(P("Einladung zur persönlichen Vorsprache", bold=True))
    blocks.append(P(f"Guten Tag {a.herr_frau()},"))
    txt = (
        f"bitte sprechen Sie am {_d(d.date + timedelta(days=r.randint(7, 21)))} um {r.randint(8, 11)}:{r.choice(['00', '30'])} Uhr "
        "in unserem Dienstgebäude vor. Bringen Sie Ihren Pass oder andere Identitätspapiere, Ihre Duldung und Nachweise über "
        "Ihre Bemühungen zur Passbeschaffung mit."
    )
    blocks.append(P(txt))
    if c.asylum:
        blocks.append(
            P(
                f"Ihr Asylverfahren (Bundesamt, Gesch.-Z. {c.bamf_gz}) ist abgeschlossen. Sie sind vollziehbar ausreisepflichtig."
            )
        )
    else:
        blocks.append(P("Ihre Aufenthaltserlaubnis ist abgelaufen; Sie sind vollziehbar ausreisepflichtig."))
    blocks.append(P("Bei Nichterscheinen ohne Entschuldigung können Zwangsmittel angewandt werden.", size=9))
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(P("Im Auftrag"))
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ gerichtsentscheidung


@tpl("gerichtsentscheidung", "r7a", "blind7")
def court_r7a(c, d, r):
    a = c.applicant
    asyl = c.asylum
    blocks = [
        P(f"{c.court_az}", align="left", size=9),
        P(c.court_name.upper(), bold=True, align="center"),
        P("IM NAMEN DES VOLKES" if asyl else "", bold=True, align="center"),
        P("URTEIL" if asyl else "BESCHLUSS", bold=True, size=13, align="center"),
        P(
            f"In der Verwaltungsstreitsache {a.full}, {c.adresse}, – {'Kläger' if a.sex == 'm' else 'Klägerin'} – "
            f"gegen {'die Bundesrepublik Deutschland, vertreten durch das Bundesministerium des Innern, dieses vertreten durch das BAMF' if asyl else c.abh} "
            f"– {'Beklagte' if asyl else 'Antragsgegner'} – wegen {'Asylrecht' if asyl else 'Aufenthaltsrecht (vorläufiger Rechtsschutz)'}"
        ),
        P(
            f"erkennt das Gericht ({r.randint(1, 20)}. Kammer) durch Richterin am Verwaltungsgericht {r.choice(N.GERMAN_SURNAMES)} "
            f"als Einzelrichterin auf die mündliche Verhandlung vom {_d(d.date - timedelta(days=r.randint(7, 20)))} am {_dl(d.date)} für Recht:"
            if asyl
            else f"entscheidet das Gericht ({r.randint(1, 20)}. Kammer) mit Beschluss vom {_dl(d.date)}:"
        ),
        P(
            f"Die Klage wird abgewiesen. {'Der Kläger' if a.sex == 'm' else 'Die Klägerin'} hat die Kosten zu tragen; "
            "das Verfahren ist nach § 83b AsylG gerichtskostenfrei."
            if asyl
            else "Der Antrag, die aufschiebende Wirkung der Klage anzuordnen, bleibt ohne Erfolg. Wert des Streitgegenstandes: 2.500,00 €."
        ),
        P("Gründe:" if not asyl else "Entscheidungsgründe (gekürzt):", bold=True),
        P(
            "Über die Klage konnte verhandelt werden, obwohl die Beklagte nicht erschienen war. In der Sache hat sie keinen "
            "Erfolg: Der angefochtene Bescheid ist rechtmäßig, das Gericht folgt seiner Begründung (§ 77 Abs. 2 AsylG)."
            if asyl
            else "Bei der gebotenen summarischen Prüfung bestehen an der Ordnungsverfügung keine rechtlichen Bedenken; "
            "das Vollzugsinteresse hat deshalb Vorrang."
        ),
        P(
            "Rechtsmittelbelehrung: Binnen eines Monats nach Zustellung kann beantragt werden, die Berufung zuzulassen."
            if asyl
            else "Rechtsmittel: Beschwerde zum Oberverwaltungsgericht NRW (binnen zwei Wochen).",
            size=9,
        ),
        P(r.choice(N.GERMAN_SURNAMES), align="right"),
    ]
    return DocSpec(
        [b for b in blocks if not (isinstance(b, P) and not b.text)], _st(r, "serif"), footer="{p}"
    )


@tpl("gerichtsentscheidung", "r7b", "blind7")
def court_r7b(c, d, r):
    """The certified copy (Ausfertigung) of a short decision."""
    a = c.applicant
    blocks = [
        P("– Ausfertigung –", size=9, align="right"),
        P(c.court_name, bold=True, size=12),
        P(f"Az.: {c.court_az}", after=10),
        P("Beschluss", bold=True, size=13),
        P(
            f"In dem Verfahren {a.full} gegen {'die Bundesrepublik Deutschland' if c.asylum else c.abh} "
            f"ergeht am {_d(d.date)} folgender Beschluss:"
        ),
        P(
            "Abgelehnt wird der Antrag; die Verfahrenskosten trägt die antragstellende Seite."
            if not c.asylum
            else "Die Berufung wird nicht zugelassen; mit diesem Beschluss wird das Urteil rechtskräftig (§ 78 Abs. 5 Satz 2 AsylG)."
        ),
        P("Gründe:", bold=True),
        P(
            "Einen Zulassungsgrund nach § 78 Abs. 3 AsylG legt der Antrag nicht dar."
            if c.asylum
            else "Die angegriffene Verfügung hält der im Eilverfahren gebotenen Prüfung stand."
        ),
        P(
            f"Beglaubigt – {c.court_city}, {_ds(d.date + timedelta(days=3))} – als Urkundsbeamtin der Geschäftsstelle",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "r7a", "blind7")
def crim_r7a(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, after=0),
        P(
            f"Geschäfts-Nr.: {r.randint(10, 99)} Cs {r.randint(100, 999)}/{d.date.year % 100}",
            size=9,
            after=10,
        ),
        P("Strafbefehl", bold=True, size=14),
        P("In der Strafsache gegen", after=0),
        P(a.full, bold=True, after=0),
        P(f"geb. {_d(a.geburtsdatum)} in {a.geburtsort}", after=0),
        P(f"Wohnanschrift: {c.adresse}"),
        P(f"Tatvorwurf: {off}."),
        P(
            f"Auf Antrag der Staatsanwaltschaft setzt das Gericht eine Geldstrafe von {sentence} gegen Sie fest."
        ),
        P(
            "Sie können binnen zwei Wochen ab Zustellung Einspruch einlegen; andernfalls wird dieser Strafbefehl "
            "rechtskräftig und vollstreckbar.",
            size=9,
        ),
        P(f"{c.court_city}, {_d(d.date)}"),
        P("Richter/in am Amtsgericht"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("strafrecht", "r7b", "blind7")
def crim_r7b(c, d, r):
    """A certificate of good conduct showing one entry."""
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P("Bundeszentralregister (beim Bundesamt für Justiz)", bold=True),
        P("Behördenführungszeugnis – Belegart O", size=12, bold=True),
        P(f"Person: {a.name.upper()}, {a.vorname}", after=0),
        P(f"Geburt: {_d(a.geburtsdatum)} in {a.geburtsort}", after=0),
        P(f"Wohnanschrift: {c.adresse}"),
        P("Eintragung(en) im Register:", bold=True, after=1),
        P(
            f"(1) {_d(d.date)} – Amtsgericht {c.court_city} – Strafbefehl ({off}), Geldstrafe: {sentence}; "
            f"rechtskräftig ab {_d(d.date + timedelta(days=16))}."
        ),
        P(f"Bonn, {_d(d.date + timedelta(days=r.randint(40, 120)))}", size=9),
    ]
    return DocSpec(blocks, _st(r, "mono"))


# ------------------------------------------------------------------ identitaetsnachweis


def _mrz7(c) -> tuple[str, str]:
    """The first MRZ line and the country code come from the shared `_mrz`; the second line is this split's own."""
    a = c.applicant
    l1 = _mrz(c)[0]
    code = l1[2:5]
    no = f"{zlib.crc32(('7' + a.full).encode()) % 10**8:08d}"
    l2 = f"A{no}2{code}{a.geburtsdatum.strftime('%y%m%d')}4{'M' if a.sex == 'm' else 'F'}3206157<<<<<<<<<<<<<<06"[
        :44
    ]
    return l1, l2


@tpl("identitaetsnachweis", "r7a", "blind7")
def id_r7a(c, d, r):
    a = c.applicant
    l1, l2 = _mrz7(c)
    blocks = [
        P("Beglaubigte Ablichtung – Reisepass (Seite mit den Personalien)", size=9, after=8),
        Table(
            [
                ["Typ/Type", "P", "Kode/Code", l1[2:5]],
                ["Name/Surname", a.name.upper(), "", ""],
                ["Vornamen/Given names", a.vorname.upper(), "", ""],
                [
                    "Geburtstag/Birth",
                    a.geburtsdatum.strftime("%d %b %Y").upper(),
                    "Geburtsort/Place",
                    a.geburtsort.upper(),
                ],
                ["Ausgestellt/Issued", d.date.strftime("%d %b %Y").upper(), "Pass-Nr.", l2[1:9]],
            ],
            [0.24, 0.3, 0.2, 0.26],
            header=False,
            size=8.5,
        ),
        P(l1, font="mono", size=9, after=0),
        P(l2, font="mono", size=9),
        P("Beglaubigungsvermerk: Diese Ablichtung stimmt mit dem vorgelegten Pass überein.", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("identitaetsnachweis", "r7b", "blind7")
def id_r7b(c, d, r):
    """A sworn translation of a birth certificate."""
    a = c.applicant
    blocks = [
        P(
            f"Übersetzung aus der {r.choice(['arabischen', 'englischen', 'persischen', 'albanischen'])} Sprache",
            size=9,
            align="right",
        ),
        P(f"Bescheinigung über die Eintragung einer Geburt – {c.natinfo['land']}", bold=True, size=12),
        P(
            f"Es wird bescheinigt, dass {a.vorname} {a.name}, {'männlichen' if a.sex == 'm' else 'weiblichen'} "
            f"Geschlechts, am {_d(a.geburtsdatum)} in {a.geburtsort} geboren wurde. Die Geburt wurde am "
            f"{_d(a.geburtsdatum + timedelta(days=r.randint(5, 60)))} in das Register eingetragen."
        ),
        P(
            f"Ich versichere, dass diese Übersetzung den Inhalt des mir vorgelegten Schriftstücks vollständig und richtig "
            f"wiedergibt. {c.court_city}, {_d(d.date)} – Urkundenübersetzerin, LG-Bezirk {c.court_city}",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_r7a", "blind7")
def other_anh_r7a(c, d, r):
    """The BAMF's summons to the hearing."""
    a = c.applicant
    site = c.bamf_site or N.BAMF_SITES[0]
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8.5, after=10),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=12),
        P(f"Gesch.-Z.: {c.bamf_gz}", align="right", after=0),
        P(f"{_d(d.date)}", align="right"),
        P("Einladung zur persönlichen Anhörung (§ 25 AsylG)", bold=True),
        P(
            f"Sie werden hiermit zur persönlichen Anhörung am {_d(d.date + timedelta(days=r.randint(10, 25)))} um 08:30 Uhr "
            f"in die {site[0]} geladen. Ein Dolmetscher für Ihre Sprache wird gestellt."
        ),
        P(
            "Zum Termin mitzubringen sind sämtliche Unterlagen zu Ihrer Identität und zu Ihren Fluchtgründen. Bleiben Sie "
            "unentschuldigt fern, entscheidet das Bundesamt auf Grundlage der vorliegenden Akte."
        ),
        P("Im Auftrag"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("sonstiges", "melde_r7b", "blind7")
def other_melde_r7b(c, d, r):
    """A registration certificate of the residents' office."""
    rows = [["gemeldete Person (Name, Vorname)", "geb."]] + [
        [f"{p.name}, {p.vorname}", _d(p.geburtsdatum)] for p in c.persons
    ]
    blocks = [
        P(f"Meldebehörde {c.city_or_nrw()} – Bürgeramt", bold=True),
        P("Bestätigung der Anmeldung (§ 18 BMG)", size=12, bold=True),
        P(f"Wohnung: {c.adresse} (alleinige Wohnung)"),
        Table(rows, [0.65, 0.35], size=9.5),
        P(f"Einzugsdatum: {_d(c.entry + timedelta(days=r.randint(200, 700)))}", size=9.5),
        P(
            f"{c.city_or_nrw()}, {_ds(d.date)} – elektronisch erzeugt; gültig auch ohne Unterschrift.",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _st(r))
