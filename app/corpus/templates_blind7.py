"""Templates of the `blind7` split (ninth held-out set, session 10): nobody tuning hfk may read this file."""

from __future__ import annotations

import random
import zlib
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.templates import tpl

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
    "Härtefallkommission des Landes Nordrhein-Westfalen",
    "– Geschäftsstelle –",
    "im Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration",
    "Völklinger Straße 4",
    "40219 Düsseldorf",
]


# ------------------------------------------------------------------ the story (German)

TOPIC_KEYS = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


def _story(c, r: random.Random, first: bool) -> dict[str, list[str]]:
    """The Begründung per topic in this split's own words; `first`: the applicant writes himself."""
    a = c.applicant
    land = c.natinfo["land"]
    he = "er" if a.sex == "m" else "sie"
    He = he.capitalize()
    him = "ihm" if a.sex == "m" else "ihr"
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
            "in der Landwirtschaft der Eltern",
            "als Näherin und Verkäuferin",
            "auf Baustellen",
            "in einer Werkstatt",
        ]
    )
    if first:
        t["lebensgeschichte"].append(
            f"Zur Welt gekommen bin ich{born}. Nach der Schulzeit habe ich {work} mitgearbeitet, bis die Lage "
            f"für mich und meine Angehörigen nicht mehr auszuhalten war."
        )
    else:
        t["lebensgeschichte"].append(
            f"{a.herr_frau()} kam{born} zur Welt und wuchs dort in einfachen Verhältnissen auf. Nach der Schule "
            f"arbeitete {he} {work}, bis {he} das Land verlassen musste."
        )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"{'Ich war' if first else He + ' war'} {c.entry.year - 2} schon einmal abgeschoben worden. Obwohl deshalb ein "
            f"Einreise- und Aufenthaltsverbot nach § 11 AufenthG bestand, {'kam ich' if first else 'kam ' + he} am "
            f"{_dl(c.entry)} wieder nach Deutschland."
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
            f"{'Meinen' if first else 'Den'} Asylantrag {'stellte ich' if first else 'stellte ' + he} am {_dl(c.asylum_applied)}. "
            f"Das Bundesamt für Migration und Flüchtlinge lehnte ihn mit Bescheid vom {_dl(c.bamf_date)} ab "
            f"(Gesch.-Z. {c.bamf_gz})."
        )
        if c.court:
            if c.court_pending:
                s.append(
                    f"Dagegen ist Klage beim {c.court_name} erhoben; das Verfahren ({c.court_az}) läuft noch."
                )
            else:
                s.append(
                    f"Die Klage blieb ohne Erfolg: das {c.court_name} wies sie am {_dl(c.court_date)} ab (Az. {c.court_az})."
                )
    else:
        s.append(
            f"{'Ich hatte' if first else He + ' hatte'} ein Visum zum Zweck {c.visa_purpose}. Die Aufenthaltserlaubnis "
            f"hat die Ausländerbehörde danach nicht mehr verlängert."
        )
        if c.court:
            if c.court_pending:
                s.append(
                    f"Über die Ausreiseverfügung muss noch das {c.court_name} entscheiden (Az. {c.court_az})."
                )
            else:
                s.append(
                    f"Vorläufigen Rechtsschutz gegen die Ausreiseverfügung hat das {c.court_name} am {_dl(c.court_date)} versagt (Az. {c.court_az})."
                )
    if c.gestattung:
        s.append(
            f"Im Moment {'habe ich' if first else 'hat ' + he} eine Aufenthaltsgestattung (§ 55 AsylG), weil das Verfahren nicht abgeschlossen ist."
        )
    else:
        s.append(
            f"{'Ich bin' if first else He + ' ist'} ausreisepflichtig; die Abschiebung ist nur vorübergehend ausgesetzt (Duldung nach § 60a AufenthG)."
        )
    s.append(
        f"{'Meine Akte führt' if first else 'Die Akte führt'} die Ausländerbehörde {c.abh}."
        if r.random() < 0.5
        else f"Zuständig ist {'für mich ' if first else ''}die Ausländerbehörde {c.abh}."
    )
    if c.s58a:
        s.append(
            f"Gegen {'mich' if first else ('ihn' if a.sex == 'm' else 'sie')} ist außerdem eine Abschiebungsanordnung nach § 58a AufenthG ergangen."
        )
    if c.rueckfuehrung:
        s.append(
            f"Die Ausländerbehörde hat {'mir' if first else him} angekündigt, dass die Abschiebung am {_dl(c.rueckfuehrung)} stattfinden soll."
        )
    if c.criminal:
        off, sentence = c.offence
        s.append(
            f"{'Ich verschweige nicht' if first else 'Wir verschweigen nicht'}, dass das Amtsgericht {c.court_city} "
            f"{'mich' if first else ('ihn' if a.sex == 'm' else 'sie')} am {_dl(c.criminal_date)} per Strafbefehl wegen {off} "
            f"zu einer Geldstrafe von {sentence} verurteilt hat. {'Ich bereue' if first else He + ' bereut'} das sehr."
        )

    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        f.append(
            f"{'Ich bin' if first else He + ' ist'} mit {sp[0].full} verheiratet; {'wir leben' if first else 'die Eheleute leben'} zusammen."
        )
    if kids:
        names = (
            ", ".join(k.vorname for k in kids[:-1]) + (" und " if len(kids) > 1 else "") + kids[-1].vorname
        )
        f.append(
            f"{'Unsere' if first else 'Die'} {'Kinder' if len(kids) > 1 else ('Tochter' if kids[0].sex == 'f' else 'Sohn')} "
            f"{names} {'kennen' if len(kids) > 1 else 'kennt'} kein anderes Zuhause als Deutschland; hier {'sind' if len(kids) > 1 else 'ist'} "
            f"{'sie' if len(kids) > 1 else ('sie' if kids[0].sex == 'f' else 'er')} verwurzelt."
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
                f"Deutsch {'habe ich' if first else 'hat ' + he} im Integrationskurs gelernt und die Prüfung auf Niveau B1 bestanden.",
                f"{'Ich verständige mich' if first else He + ' verständigt sich'} inzwischen sicher auf Deutsch (Zertifikat B1).",
            ]
        )
    )
    if c.ausbildung:
        g.append(
            f"Am 01.08.{c.received.year - 1} {'habe ich' if first else 'hat ' + he} eine Ausbildung als "
            f"{r.choice(['Fachkraft für Lagerlogistik', 'Kfz-Mechatroniker', 'Pflegefachkraft'])} begonnen; "
            "eine Ausbildungsduldung nach § 60c AufenthG kommt in Betracht."
        )
    else:
        g.append(
            f"Seit {r.randint(2019, c.received.year - 1)} {'arbeite ich' if first else 'arbeitet ' + he} als {c.job} bei {c.employer} "
            f"und {'bestreite' if first else 'bestreitet'} den Lebensunterhalt ohne Sozialleistungen."
        )
    g.append(
        f"In der freien Zeit {'helfe ich' if first else 'hilft ' + he} regelmäßig beim {c.club} mit."
        if r.random() < 0.5
        else f"Ehrenamtlich {'bin ich' if first else 'ist ' + he} beim {c.club} aktiv."
    )
    for k in c.school_age():
        g.append(
            f"{k.vorname} geht in die {c.school}; die Lehrkräfte loben {'ihren' if k.sex == 'f' else 'seinen'} Fleiß."
        )

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
            f"{subj} krank und in ärztlicher Behandlung (Diagnose: {name}, ICD-10 {code.split()[0]}). "
            f"Die Behandlung könnte in {land} nicht fortgesetzt werden."
        )
    h.append(
        r.choice(
            [
                f"Nach so vielen Jahren wäre eine Rückkehr nach {land} ein Neuanfang ohne Wohnung, Arbeit und Angehörige.",
                f"In {land} gibt es für {'uns' if first else 'die Familie' if len(c.persons) > 1 else him} keine Lebensgrundlage mehr.",
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
    t["lebensgeschichte"].append(born + " I grew up there and worked with my father after school.")
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"I had been deported in {c.entry.year - 2}. Although there was an entry ban under § 11 AufenthG, "
            f"I came back to Germany on {_us(c.entry)}."
        )
    else:
        t["lebensgeschichte"].append(f"I arrived in Germany on {_us(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My asylum application of {_us(c.asylum_applied)} was refused by the Federal Office (BAMF) on "
            f"{_us(c.bamf_date)}, reference {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"The case at the {c.court_name} ({c.court_az}) "
                f"{'is not decided yet' if c.court_pending else 'was lost'}."
            )
    else:
        s.append("I came with a visa, but my residence permit was not extended.")
        if c.court:
            s.append(
                f"The {c.court_name} ({c.court_az}) {'still has to decide' if c.court_pending else 'decided against me'}."
            )
    s.append(
        "I have an Aufenthaltsgestattung because the asylum procedure is still open."
        if c.gestattung
        else "Now I only have a Duldung."
    )
    s.append(f"My file is at the foreigners office: {c.abh}.")
    if c.rueckfuehrung:
        s.append(f"They told me I will be deported on {_us(c.rueckfuehrung)}.")
    if c.s58a:
        s.append("There is also a deportation order against me under § 58a AufenthG.")
    if c.criminal:
        s.append(
            f"I must also say that I got a penalty order (Strafbefehl) on {_us(c.criminal_date)} and paid the fine."
        )
    fam = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    if sp:
        fam.append(f"I live together with my {'wife' if sp[0].sex == 'f' else 'husband'} {sp[0].vorname}.")
    if c.children():
        fam.append(f"Our children {', '.join(k.vorname for k in c.children())} only know Germany as home.")
    fam.append(f"Nobody of my close family is left in {land}; my uncle lives in Germany.")
    g = t["integration"]
    g.append("I learned German in the integration course.")
    if c.ausbildung:
        g.append("I started vocational training, so an Ausbildungsduldung (§ 60c AufenthG) is possible.")
    else:
        g.append(f"I have a job as {c.job} at {c.employer} and need no money from the state.")
    g.append(f"On weekends I help at {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        w = "I am" if c.ill_person == 0 else f"{p.vorname} is"
        h.append(
            f"{w} sick ({N.ILLNESS_EN[c.diagnosis[0]].replace('from ', '')}) and needs a doctor every month."
        )
    h.append(f"Going back to {land} would mean losing everything we built here.")
    return t


def _topics(c, t: dict[str, list[str]], order: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(k, " ".join(t[k])) for k in order if k in c.topics]


# ------------------------------------------------------------------ persons, letter heads


def _ln(c, i, f, value: str) -> str:
    return "" if _omit(c, i, f) else value


def _persons_cards(c) -> list:
    """One small two-column card per person; the address below all cards."""
    out: list = []
    for i, p in enumerate(c.persons):
        out.append(P(f"Person {i + 1} ({_rel_de(p, c)})", bold=True, after=1, size=9.5))
        out.append(
            Table(
                [
                    ["Familienname", p.name],
                    ["Vorname(n)", p.vorname],
                    ["Geburtsdatum", _ln(c, i, "geburtsdatum", _d(p.geburtsdatum))],
                    ["Geburtsort", _ln(c, i, "geburtsort", p.geburtsort)],
                    ["Staatsangehörigkeit", _ln(c, i, "staatsangehoerigkeit", p.staat)],
                ],
                [0.32, 0.68],
                header=False,
                size=9.5,
            )
        )
    out.append(P("Gemeinsame Wohnanschrift:", bold=True, after=0))
    out.append(P(c.street, after=0))
    out.append(P(f"{c.plz} {c.city}"))
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
        text = f"Es geht um {bits[0]}."
    else:
        text = "Es geht um " + "; ".join(bits[:-1]) + " sowie " + bits[-1] + "."
    text += f" {'Alle wohnen' if len(bits) > 1 else 'Die Wohnung liegt'} in der {c.street}, {c.plz} {c.city}."
    return [P(text)]


def _persons_form(c) -> list:
    """Numbered form fields for the adults, a small table for the children."""
    out: list = []
    adults = [(i, p) for i, p in enumerate(c.persons) if p.role != "child"]
    kids = [(i, p) for i, p in enumerate(c.persons) if p.role == "child"]
    for n, (i, p) in enumerate(adults, 1):
        out.append(P(f"1.{n} {'Antragsteller/in' if i == 0 else 'Ehegatte/Ehegattin'}", bold=True, after=1))
        bd = _ln(c, i, "geburtsdatum", _d(p.geburtsdatum))
        bo = _ln(c, i, "geburtsort", p.geburtsort)
        out.append(P(f"Name, Vorname: {p.name}, {p.vorname}", indent=14, after=0))
        out.append(P(f"geboren am / in: {bd or '–'} / {bo or '–'}", indent=14, after=0))
        out.append(P(f"Staatsangehörigkeit: {_ln(c, i, 'staatsangehoerigkeit', p.staat) or '–'}", indent=14))
    if kids:
        out.append(P("1.3 Minderjährige Kinder", bold=True, after=1))
        rows = [["Vorname", "Familienname", "geb. am", "Geburtsort", "Staatsang."]]
        for i, p in kids:
            rows.append(
                [
                    p.vorname,
                    p.name,
                    _ln(c, i, "geburtsdatum", _d(p.geburtsdatum)),
                    _ln(c, i, "geburtsort", p.geburtsort),
                    _ln(c, i, "staatsangehoerigkeit", p.staat),
                ]
            )
        out.append(Table(rows, [0.2, 0.22, 0.18, 0.2, 0.2], size=9))
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
            out.append(P("Unsere Kinder:" if len(c.children()) > 1 else "Unser Kind:", after=0))
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
            P(f"Absender: {rp.person}", after=0, size=9.5),
            P(rp.street, after=0, size=9.5),
            P(rp.city, after=12, size=9.5),
        ]
    tel = _tel(rp.org)
    if variant == 0:
        return [
            P(rp.org.upper(), bold=True, size=12, after=0),
            P(f"{rp.street} | {rp.city} | Telefon {tel}", size=8),
            Rule(0.6),
            Space(4),
        ]
    if variant == 1:
        return [
            Table(
                [
                    [rp.org, f"{rp.street}\u2003{rp.city}"],
                    [f"Ansprechpartner/in: {rp.person}", f"Tel. {tel}"],
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
        ["Geschäftsstelle der Härtefallkommission NRW", "Völklinger Straße 4", "40219 Düsseldorf"]
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
    blocks.append(P(f"Eingabe nach § 23a AufenthG – {_names(c)}", bold=True))
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
            f"als {c.rep.relation} der Betroffenen schreibe ich in ihrem Auftrag und mit ihrer Vollmacht. Ich bitte die "
            "Kommission, den Fall zu beraten."
        )
    else:
        intro = "ich bitte die Kommission, meinen Fall zu beraten und sich bei der Ausländerbehörde für ein Bleiberecht einzusetzen."
    blocks.append(P(intro))
    blocks.append(P("A. Betroffene Personen", bold=True))
    blocks += _persons_cards(c)
    blocks.append(P("B. Sachverhalt und Gründe", bold=True))
    heads = {
        "aufenthaltssituation": "Verfahrensgang",
        "lebensgeschichte": "Herkunft",
        "familie": "Familiäre Situation",
        "integration": "Verwurzelung in Deutschland",
        "humanitaere_gruende": "Warum eine Ausreise unzumutbar ist",
    }
    order = ("lebensgeschichte", "aufenthaltssituation", "integration", "familie", "humanitaere_gruende")
    for k, text in _topics(c, t, order):
        blocks.append(P(heads[k], bold=True, after=1, size=10))
        blocks.append(P(text))
    blocks.append(
        P(
            "Wir regen an, die Ausländerbehörde um Zurückstellung aufenthaltsbeendender Maßnahmen bis zur Entscheidung zu bitten."
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
        P("Bitte helfen Sie " + ("uns!" if first else f"Familie {c.applicant.name}!"), bold=True, size=12)
    )
    blocks.append(P("Sehr geehrte Mitglieder der Härtefallkommission,"))
    if first:
        blocks.append(
            P(
                "ich weiß nicht mehr weiter und wende mich deshalb an Sie. Ich bitte Sie von Herzen, "
                "dass wir in Deutschland bleiben dürfen, und beantrage, dass die Kommission sich mit uns befasst."
                if len(c.persons) > 1
                else "ich weiß nicht mehr weiter und wende mich deshalb an Sie. Ich bitte Sie von Herzen, "
                "dass ich in Deutschland bleiben darf, und beantrage, dass die Kommission sich mit mir befasst."
            )
        )
    else:
        blocks.append(
            P(
                "mit großer Sorge schreiben wir Ihnen für Menschen, die uns ans Herz gewachsen sind. Wir bitten Sie "
                "inständig, ihren Fall anzunehmen und ein Ersuchen an die Ausländerbehörde zu richten."
                if c.sender != "privat"
                else f"ich bin der {c.rep.relation} und schreibe für meine Familie, weil sie selbst nicht gut Deutsch schreibt. "
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
                "Antrag an die Härtefallkommission NRW (§ 23a AufenthG)",
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
    blocks.append(P("1. Angaben zu den Personen", bold=True))
    blocks += _persons_form(c)
    blocks.append(P("2. Ausländerbehörde und Status", bold=True))
    blocks.append(P(f"Zuständige Ausländerbehörde: {c.abh}", indent=14, after=1))
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
        encl.append("Bescheid des Bundesamtes (Kopie)")
    if c.illness:
        encl += ["ärztliche Stellungnahme", "Entbindung von der Schweigepflicht"]
    if c.school_age():
        encl.append("Schulbescheinigung(en)")
    encl.append("Lebenslauf")
    for n, e in enumerate(encl, 1):
        blocks.append(P(f"Anlage {n}: {e}", indent=14, after=0, size=9.5))
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
        P("An die Härtefallkommission", after=0),
        P("Völklinger Straße 4, 40219 Düsseldorf"),
        Space(10),
    ]
    blocks.append(P(f"Datum: {_ds(d.date)}"))
    blocks.append(P("Betr.: Bitte um Aufnahme in das Härtefallverfahren", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(
        P(
            "hiermit stelle ich einen Antrag bei der Härtefallkommission. Es geht um:"
            if first
            else f"für die folgenden Personen stelle ich einen Antrag bei der Härtefallkommission ({c.rep.org if c.rep.kind != 'privat' else 'Familie'}):"
        )
    )
    blocks += _persons_self(c) if first else _persons_cards(c)
    blocks.append(P("Warum wir Hilfe brauchen:" if first else "Zur Begründung:", bold=True))
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
        out.append(P(f"We live at {c.street}, {c.plz} {c.city}."))
    else:
        rows = [["Surname", "Given name", "Born on", "Born in", "Citizenship"]]
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
        out.append(P("Home address:", bold=True, after=0))
        out.append(P(c.street, after=0))
        out.append(P(f"{c.plz} {c.city}"))
    return out


@tpl("antrag", "en_r7a", "blind7")
def antrag_en_r7a(c, d, r):
    t = _story_en(c, r)
    blocks = [P(f"{c.applicant.full}, {c.street}, {c.plz} {c.city}", size=8.5, after=12)]
    blocks += [
        P(x, after=0) for x in ["To the Hardship Commission NRW", "Völklinger Str. 4", "40219 Düsseldorf"]
    ]
    blocks.append(Space(12))
    blocks.append(P(_us(d.date), align="right"))
    blocks.append(P("Subject: asking for a hardship procedure (§ 23a AufenthG)", bold=True))
    blocks.append(P("To whom it may concern,"))
    blocks.append(
        P(
            "I am writing to ask the Commission to take up my case and to help me stay in Germany. "
            "Sorry that I write in English; it is easier for me than German."
        )
    )
    blocks += _en_persons(c, 0)
    for _, text in _topics(c, t, TOPIC_KEYS):
        blocks.append(P(text))
    blocks.append(P("I hope for your positive answer."))
    blocks.append(P("Sincerely,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _st(r))


@tpl("antrag", "en_r7b", "blind7")
def antrag_en_r7b(c, d, r):
    t = _story_en(c, r)
    blocks = [P(c.applicant.full, bold=True, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=14)]
    blocks.append(P(f"Date: {_uk(d.date)}"))
    blocks.append(P("Härtefallkommission Nordrhein-Westfalen – Geschäftsstelle – 40219 Düsseldorf", size=9))
    blocks.append(P("HARDSHIP APPLICATION", bold=True, size=13, align="center"))
    blocks.append(P("Dear members of the Commission,"))
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
    "Der Antrag auf Zuerkennung der Flüchtlingseigenschaft wird abgelehnt.",
    "Der Antrag auf Anerkennung als Asylberechtigte/r wird abgelehnt.",
    "Der Antrag auf subsidiären Schutz wird abgelehnt.",
    "Ein Abschiebungsverbot nach § 60 Abs. 5 oder Abs. 7 Satz 1 AufenthG besteht nicht.",
    "Die antragstellende Person wird aufgefordert, das Bundesgebiet binnen 30 Tagen nach Bekanntgabe dieser "
    "Entscheidung, im Falle einer Klageerhebung binnen 30 Tagen nach dem unanfechtbaren Abschluss des "
    "Asylverfahrens, zu verlassen. Andernfalls wird sie in den Herkunftsstaat abgeschoben; sie kann auch in einen "
    "anderen Staat abgeschoben werden, in den sie einreisen darf oder der zu ihrer Rückübernahme verpflichtet ist.",
    "Das gesetzliche Einreise- und Aufenthaltsverbot wird auf 30 Monate ab dem Tag der Abschiebung befristet.",
]
TENOR_B = [
    "Der Asylantrag wird als unzulässig abgelehnt.",
    "Es bestehen keine Abschiebungsverbote nach § 60 Abs. 5 und 7 Satz 1 AufenthG.",
    "Die Abschiebung in den für die Durchführung des Asylverfahrens zuständigen Mitgliedstaat wird angeordnet.",
    "Das Einreise- und Aufenthaltsverbot wird angeordnet und auf 12 Monate ab dem Tag der Abschiebung befristet.",
]
REASONS7 = [
    "Die antragstellende Person, {nat}e Staatsangehörige, gelangte eigenen Angaben zufolge am {entry} in das "
    "Bundesgebiet. Den förmlichen Asylantrag nahm das Bundesamt am {applied} entgegen.",
    "In der persönlichen Anhörung schilderte sie, sie habe ihr Heimatland aus Angst vor einer nicht näher "
    "bezeichneten Gruppe verlassen. Nähere Angaben zu Zeit, Ort und Personen vermochte sie nicht zu machen.",
    "Flüchtling ist nach § 3 Abs. 1 AsylG, wer sich aus begründeter Furcht vor Verfolgung wegen seiner Rasse, "
    "Religion, Nationalität, politischen Überzeugung oder Zugehörigkeit zu einer bestimmten sozialen Gruppe "
    "außerhalb seines Herkunftslandes befindet. Diese Voraussetzungen sind hier nicht erfüllt.",
    "Das Vorbringen ist nicht glaubhaft. Die Schilderung blieb oberflächlich und wich auf Nachfrage in zentralen "
    "Punkten von den Angaben bei der Erstbefragung ab, ohne dass die Widersprüche aufgelöst wurden.",
    "Ein ernsthafter Schaden im Sinne des § 4 Abs. 1 Satz 2 AsylG droht nicht. Weder die Verhängung der "
    "Todesstrafe noch Folter oder eine ernsthafte individuelle Bedrohung infolge willkürlicher Gewalt sind "
    "beachtlich wahrscheinlich.",
    "Auch unter Berücksichtigung der allgemeinen wirtschaftlichen Lage ist nicht zu erwarten, dass die "
    "antragstellende Person bei Rückkehr ihr Existenzminimum nicht sichern könnte. Sie ist im erwerbsfähigen "
    "Alter und hat Berufserfahrung.",
    "Gesundheitliche Beeinträchtigungen, die eine wesentliche Verschlechterung im Falle der Abschiebung erwarten "
    "ließen, wurden nicht durch eine qualifizierte ärztliche Bescheinigung nachgewiesen (§ 60a Abs. 2c AufenthG).",
    "Die Ausreiseaufforderung und die Abschiebungsandrohung beruhen auf §§ 34, 38 Abs. 1 AsylG in Verbindung mit "
    "§ 59 AufenthG. Kindeswohl, familiäre Bindungen und der Gesundheitszustand stehen nicht entgegen.",
    "Die Befristung des Einreise- und Aufenthaltsverbots ist ermessensgerecht. Schutzwürdige Belange, die eine "
    "kürzere Frist geböten, sind weder vorgetragen noch sonst ersichtlich.",
    "Grundlage der Entscheidung sind die Niederschrift der Anhörung, die vorgelegten Unterlagen sowie die "
    "Lageerkenntnisse des Bundesamtes zum Herkunftsstaat.",
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
    out.append(P("Gründe:" if tenor_style == 0 else "Zur Begründung", bold=True))
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
            f"Gegen diesen Bescheid kann binnen zwei Wochen nach Zustellung Klage beim Verwaltungsgericht {court} "
            "erhoben werden. Die Klage ist schriftlich oder zur Niederschrift des Urkundsbeamten der Geschäftsstelle "
            "einzureichen; die zur Begründung dienenden Tatsachen und Beweismittel sind binnen eines Monats anzugeben."
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
            f"Asylverfahren: {a.name}, {a.vorname} · geb. {_d(a.geburtsdatum)} in {a.geburtsort} · "
            f"Staatsangehörigkeit {a.staat} · Anschrift {c.adresse}"
        )
    )
    blocks.append(P("Auf den Asylantrag vom " + _d(c.asylum_applied) + " ergeht folgende Entscheidung:"))
    blocks += _bamf_body(c, d, r, 0)
    blocks += [P("Im Auftrag", after=16), P(r.choice(["Brückner", "Yilmaz", "Hagedorn", "Peters"]), after=0)]
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
    blocks.append(P("In dem Asylverfahren von", after=2))
    for i, p in enumerate(c.persons[:4], 1):
        blocks.append(
            P(
                f"{i}. {p.name}, {p.vorname}, geboren am {_d(p.geburtsdatum)} in {p.geburtsort}, {p.staat}",
                indent=14,
                after=1,
            )
        )
    blocks.append(P(f"wohnhaft: {c.adresse}", indent=14))
    blocks.append(P("ergeht folgender Bescheid:"))
    blocks += _bamf_body(c, d, r, 1)
    blocks += [P("Im Auftrag", after=18), P(r.choice(["Vogt", "Demir", "Krämer", "Lindner"]), after=0)]
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
                "(bei Antwort bitte angeben)",
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
            f"Antragsteller/in: {a.full}; Geburtsdatum: {_d(a.geburtsdatum)}; Geburtsort: {a.geburtsort}; "
            f"Staatsangehörigkeit: {a.staat}"
        )
    )
    blocks += _bamf_body(c, d, r, 0 if r.random() < 0.5 else 1)
    blocks += [
        P("Mit freundlichen Grüßen", after=2),
        P("Im Auftrag", after=14),
        P(f"{r.choice(['Ernst', 'Schulte', 'Bayram', 'Wolff'])}, Einzelentscheider/in", after=0),
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
    """A 'qualifizierte ärztliche Bescheinigung' along § 60a Abs. 2c AufenthG."""
    p = _ill(c)
    code, name, sev = c.diagnosis
    exam = d.date - timedelta(days=r.randint(2, 12))
    blocks = [P(c.practice, bold=True, size=11, after=0)] + [
        P(x, size=8.5, after=0) for x in _prac_addr(c, r)
    ]
    blocks += [Rule(0.5), Space(6)]
    blocks.append(P("Qualifizierte ärztliche Bescheinigung", bold=True, size=13, after=0))
    blocks.append(P("im Sinne des § 60a Abs. 2c AufenthG", size=9.5))
    blocks.append(
        Table(
            [
                ["Patient/in", p.full],
                ["geboren am", _d(p.geburtsdatum)],
                ["letzte Untersuchung", _d(exam)],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        )
    )
    blocks.append(
        P("1. Tatsächliche Umstände, auf deren Grundlage die Beurteilung erfolgt", bold=True, after=1)
    )
    blocks.append(
        P(
            f"Behandlung in unserer Praxis seit {MON[(c.entry.month) % 12]} {c.entry.year + 1}, zuletzt in "
            f"{r.choice(['zweiwöchentlichen', 'monatlichen', 'wöchentlichen'])} Abständen; Exploration, Fremdanamnese, Verlaufsbeobachtung."
        )
    )
    blocks.append(P("2. Methode der Tatsachenerhebung", bold=True, after=1))
    blocks.append(
        P("Klinisches Interview, psychopathologischer Befund, körperliche Untersuchung, Laborwerte.")
    )
    blocks.append(P("3. Fachlich-medizinische Beurteilung (Diagnose)", bold=True, after=1))
    blocks.append(P(f"{name} – ICD-10-GM {code}; Schweregrad: {sev}.", indent=12))
    blocks.append(P("4. Folgen der Erkrankung", bold=True, after=1))
    blocks.append(
        P(
            "Bei Abbruch der Behandlung ist mit einer deutlichen Verschlechterung bis hin zu akuter Eigengefährdung zu rechnen. "
            f"Aktuelle Medikation: {', '.join(r.sample(N.MEDICATION, 2))}."
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
        Table(
            [
                ["Ihr Zeichen", "Unser Zeichen", "Datum"],
                ["–", f"{p.name[:2].upper()}{r.randint(100, 999)}", _ds(d.date)],
            ],
            [0.33, 0.33, 0.34],
            header=True,
            grid=False,
            size=9,
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
        P(f"Medikation: {'; '.join(r.sample(N.MEDICATION, 2))}"),
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
        P(f"Ausgestellt: {_dl(d.date)}"),
        Signature(c.doctor, "Stempel / Unterschrift"),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ vollmacht


def _vm_rep(c) -> tuple[str, str]:
    rp = c.rep
    name = rp.org if rp.kind != "privat" else rp.person
    return name, f"{rp.street}, {rp.city}"


@tpl("vollmacht", "r7a", "blind7")
def vm_r7a(c, d, r):
    """A power of attorney in plain words."""
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
            else "Die Vollmacht gilt bis auf Widerruf."
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
        P("Untervollmacht darf erteilt werden.", size=9),
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
                ["behandelnde Stelle", f"{c.doctor}, {c.practice}"],
            ],
            [0.3, 0.7],
            header=False,
        ),
        P(
            "Ich entbinde die oben genannte behandelnde Stelle gegenüber der Geschäftsstelle der Härtefallkommission NRW "
            "und deren Mitgliedern von der Schweigepflicht. Befunde und Berichte dürfen übermittelt und erläutert werden."
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
        P("Befreiung von der Schweigepflicht", bold=True, size=12),
        P(
            (
                f"Als Elternteil von {p.full} (geb. {_d(p.geburtsdatum)}) "
                if parent
                else f"Ich, {p.full}, geb. {_d(p.geburtsdatum)}, "
            )
            + f"bin damit einverstanden, dass {c.doctor} mit der Härtefallkommission Nordrhein-Westfalen und ihrer "
            "Geschäftsstelle über Diagnose, Behandlung und Prognose spricht und Unterlagen weitergibt."
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
        P(f"Patient/in: {p.full} ({_d(p.geburtsdatum)})"),
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
        P("Informationen nach Art. 13 DSGVO und Einwilligung", bold=True, size=12),
        P(
            "Die Geschäftsstelle der Härtefallkommission verarbeitet Ihre Angaben, um Ihre Eingabe zu prüfen und der "
            "Kommission vorzulegen. Dazu gehören auch Gesundheitsdaten (Art. 9 DSGVO). Empfänger sind die Mitglieder der "
            "Kommission und die zuständige Ausländerbehörde.",
            size=9.5,
        ),
        P(
            "Ich willige ein, dass meine personenbezogenen Daten und die meiner mitbetroffenen Angehörigen zu diesem Zweck "
            "verarbeitet werden. Ich kann die Zustimmung ohne Nachteile verweigern oder später zurückziehen.",
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
            f"Ich, {c.applicant.full}, bin einverstanden, dass meine Daten für das Härtefallverfahren gespeichert und an "
            "die beteiligten Stellen weitergegeben werden. Ich weiß, dass ich das jederzeit zurücknehmen kann."
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
            "Zweck: Prüfung und Beratung der Eingabe durch die Härtefallkommission. Rechtsgrundlage: Art. 6 Abs. 1 lit. a "
            "und Art. 9 Abs. 2 lit. a DSGVO. Speicherdauer: bis zum Abschluss des Verfahrens zuzüglich Aufbewahrungsfristen.",
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
    rows = [["Zeitraum", "Station"]]
    rows.append([_d(a.geburtsdatum), f"Geburt in {a.geburtsort} ({c.natinfo['land']})"])
    rows.append([f"{a.geburtsdatum.year + 6}–{a.geburtsdatum.year + 15}", "Grund- und Mittelschule"])
    rows.append(
        [
            f"{a.geburtsdatum.year + 16}–{c.entry.year - 1}",
            r.choice(
                ["Mithilfe im Laden der Familie", "Arbeit als Fliesenleger", "Hilfskraft in einer Bäckerei"]
            ),
        ]
    )
    rows.append([_d(c.entry), "Ankunft in Deutschland"])
    if c.asylum:
        rows.append([_d(c.asylum_applied), "Asylantrag"])
    rows.append([str(c.entry.year + 1), "Integrationskurs (Sprache und Orientierung)"])
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
        P("Mein Lebenslauf", bold=True, size=13),
        P(
            f"Ich heiße {a.full}. Geboren bin ich am {_d(a.geburtsdatum)} in {a.geburtsort} in {land}. "
            f"Dort bin ich {r.choice(['acht', 'neun', 'elf'])} Jahre zur Schule gegangen."
        ),
        P(
            f"Später habe ich {r.choice(['als Verkäufer', 'in der Landwirtschaft', 'als Schneiderin'])} gearbeitet. "
            f"Im Jahr {c.entry.year} bin ich nach Deutschland gekommen."
        ),
        P(
            f"Hier habe ich Deutsch gelernt. Heute arbeite ich als {c.job}."
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
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geburtsdatum / -ort", f"{_d(a.geburtsdatum)} / {a.geburtsort}"],
                ["Prüfungsdatum", _d(d.date - timedelta(days=r.randint(21, 50)))],
                ["Gesamtergebnis", f"Niveau {lvl} erreicht"],
            ],
            [0.35, 0.65],
            header=False,
            grid=False,
        ),
        P(f"Hören/Lesen: {r.randint(30, 45)} Punkte · Schreiben: {lvl} · Sprechen: {lvl}", size=9.5),
        P(f"Ausstellungsdatum: {_d(d.date)}", align="right", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sprachnachweis", "r7b", "blind7")
def lang_r7b(c, d, r):
    a = c.applicant
    blocks = [
        P(f"VHS {c.city_or_nrw()} – Integrationskursträger", bold=True, after=0),
        P("Fachbereich Deutsch als Zweitsprache", size=9),
        Space(10),
        P("Teilnahmebescheinigung", bold=True, size=13),
        P(
            f"{a.herr_frau()}, geboren am {_d(a.geburtsdatum)}, hat vom {_d(d.date - timedelta(days=200))} bis "
            f"{_d(d.date - timedelta(days=14))} am Integrationskurs (Modul 1–6, 600 Unterrichtseinheiten) "
            f"regelmäßig teilgenommen. Fehlzeiten: {r.randint(2, 9)} %."
        ),
        P("Der abschließende Sprachtest wurde abgelegt; das Ergebnis wird gesondert mitgeteilt."),
        P(f"{c.city_or_nrw()}, {_ds(d.date)}"),
        Signature("Kursleitung"),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "r7a", "blind7")
def job_r7a(c, d, r):
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, size=12, after=0),
        P("Personalabteilung", size=9),
        Rule(),
        P("Arbeitgeberbescheinigung", bold=True, size=13),
        P(
            f"Wir bestätigen, dass {a.full} (geb. {_d(a.geburtsdatum)}) seit dem "
            f"{_d(c.entry + timedelta(days=800))} bei uns als {c.job or 'Helfer/in'} in Vollzeit "
            f"({r.choice([38.5, 39, 40])} Std./Woche) unbefristet beschäftigt ist."
        ),
        P(
            f"Bruttomonatslohn derzeit: {r.randint(2100, 2900)},00 EUR. Das Arbeitsverhältnis ist ungekündigt."
        ),
        P("Wir würden es sehr bedauern, diese Arbeitskraft zu verlieren."),
        Signature(
            f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Personalleitung",
            f"{c.city_or_nrw()}, {_dl(d.date)}",
        ),
    ]
    return DocSpec(blocks, _st(r))


@tpl("arbeitsnachweis", "r7b", "blind7")
def job_r7b(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2800)
    blocks = [
        P(f"Verdienstabrechnung {MON[d.date.month - 1]} {d.date.year}", bold=True, size=12),
        Table(
            [
                ["Arbeitgeber", c.employer],
                ["Arbeitnehmer/in", a.full],
                ["Tätigkeit", c.job or "Aushilfe"],
                ["Steuerklasse", r.choice(["1", "3", "4"])],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        Table(
            [
                ["Bezeichnung", "Betrag"],
                ["Gehalt", f"{brutto},00"],
                ["Lohnsteuer", f"-{brutto // 12},40"],
                ["Sozialversicherung AN", f"-{int(brutto * 0.2)},15"],
                ["Auszahlung", f"{brutto - brutto // 12 - int(brutto * 0.2)},45"],
            ],
            [0.6, 0.4],
            size=9.5,
        ),
        P(f"Erstellt am {_d(d.date)}", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "mono"))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "r7a", "blind7")
def vol_r7a(c, d, r):
    a = c.applicant
    blocks = [
        P(c.club, bold=True, size=12, align="center"),
        Rule(0.5),
        P("Ehrenamtsnachweis", bold=True),
        P(
            f"{a.full} hilft bei uns seit {MON[r.randint(0, 11)]} {c.entry.year + 2} "
            f"{r.choice(['jeden Samstag bei der Lebensmittelausgabe', 'beim Training der Jugendmannschaft', 'als Übersetzer/in bei Beratungsterminen'])}. "
            f"Bisher kamen rund {r.randint(120, 600)} Stunden zusammen."
        ),
        Signature("Für den Vorstand", f"{c.city_or_nrw()}, {_ds(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("ehrenamt", "r7b", "blind7")
def vol_r7b(c, d, r):
    a = c.applicant
    blocks = [
        P(f"{c.club} – Koordination Ehrenamt", size=9),
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
            f"Ich wohne seit Jahren Tür an Tür mit {c.applicant.full}. Wenn ich krank war, hat "
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
        P("Referenz", bold=True, size=12),
        P(
            f"Sehr geehrte Damen und Herren, {c.applicant.full} ist für uns unersetzlich geworden. Pünktlich, hilfsbereit, "
            "immer ansprechbar. Wir unterstützen die Eingabe an die Härtefallkommission ausdrücklich und stehen für "
            "Rückfragen zur Verfügung."
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
            f"{k.full}, geboren am {_d(k.geburtsdatum)}, ist im Schuljahr {yr}/{(yr + 1) % 100:02d} Schüler/in unserer "
            f"Schule und besucht die Klasse {max(1, k.age_on(d.date) - 5)}{r.choice('abc')}."
        ),
        P("Auf Wunsch der Erziehungsberechtigten erteilt."),
        Signature("Sekretariat", f"{c.city_or_nrw()}, {_ds(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schulnachweis", "r7b", "blind7")
def school_r7b(c, d, r):
    """Half-year report card, first page."""
    k = _kid(c, d)
    subj = ["Deutsch", "Mathematik", "Englisch", "Sachunterricht", "Sport", "Kunst"]
    rows = [[s, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])] for s in subj]
    blocks = [
        P(c.school, align="center", bold=True),
        P("Halbjahreszeugnis", align="center", size=14, bold=True),
        P(f"für {k.full}, geb. {_d(k.geburtsdatum)} · Klasse {max(1, k.age_on(d.date) - 5)}", align="center"),
        Table([["Fach", "Note"]] + rows, [0.6, 0.4]),
        P(f"Versäumte Stunden: {r.randint(0, 20)}, davon unentschuldigt: 0", size=9.5),
        P(f"Zeugnisdatum: {_d(d.date)}"),
        Signature("Klassenlehrer/in"),
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
        ["Name", a.name],
        ["Vornamen", a.vorname],
        ["Geburtsdatum", _d(a.geburtsdatum)],
        ["Geburtsort", a.geburtsort],
        ["Staatsangehörigkeit", a.staat],
        ["Anschrift", c.adresse],
        ["Befristet bis", _d(d.date + timedelta(days=r.choice([90, 120, 180])))],
    ]
    if c.ausbildung:
        notes = "Duldung für Personen in Berufsausbildung (§ 60c AufenthG). Die Ausbildung ist gestattet."
    else:
        notes = (
            "Beschäftigung nur nach vorheriger Zustimmung. Wohnsitz ist zu nehmen in " + c.city_or_nrw() + "."
        )
    blocks = [
        Box(["D U L D U N G", "Bescheinigung nach § 60a Abs. 4 AufenthG – kein Aufenthaltstitel"], size=10),
        Table(rows, [0.32, 0.68], header=False, size=9.5),
        P("Auflagen und Hinweise", bold=True, after=1),
        P(notes),
        P("Kein Aufenthaltstitel! Der Inhaber ist ausreisepflichtig.", bold=True, size=9),
        P(f"Ausstellende Behörde: {c.abh}", size=9, after=0),
        P(f"Ausgestellt am: {_d(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "mono"))


@tpl("auslaenderbehoerde", "r7b", "blind7")
def abh_r7b(c, d, r):
    """An invitation to call at the office (Vorsprache) about the obligation to leave."""
    a = c.applicant
    blocks = _abh7(c) + [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(12)]
    blocks.append(P(f"Datum: {_dl(d.date)}", align="right"))
    blocks.append(
        P(f"Aktenzeichen: 32.{r.randint(10, 99)}-{a.name[:1]}{r.randint(1000, 9999)}", align="right", size=9)
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
            f"In der Verwaltungsrechtssache {a.full}, {c.adresse}, – {'Kläger' if a.sex == 'm' else 'Klägerin'} – "
            f"gegen {'die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge' if asyl else c.abh} "
            f"– {'Beklagte' if asyl else 'Antragsgegner'} – wegen {'Asylrecht' if asyl else 'Aufenthaltsrecht (vorläufiger Rechtsschutz)'}"
        ),
        P(
            f"hat die {r.randint(1, 20)}. Kammer aufgrund der mündlichen Verhandlung vom {_d(d.date - timedelta(days=r.randint(7, 20)))} "
            f"am {_dl(d.date)} durch die Richterin am Verwaltungsgericht {r.choice(N.GERMAN_SURNAMES)} als Einzelrichterin für Recht erkannt:"
            if asyl
            else f"hat die {r.randint(1, 20)}. Kammer am {_dl(d.date)} beschlossen:"
        ),
        P(
            "Die Klage wird abgewiesen. Die Kosten des gerichtskostenfreien Verfahrens trägt die Klägerseite."
            if asyl
            else "Der Antrag auf Anordnung der aufschiebenden Wirkung wird abgelehnt. Der Streitwert wird auf 2.500 Euro festgesetzt."
        ),
        P("Gründe" if not asyl else "Tatbestand und Entscheidungsgründe", bold=True),
        P(
            "Das Gericht konnte trotz Ausbleibens eines Beteiligten verhandeln. Die Klage ist zulässig, aber unbegründet. "
            "Der Bescheid ist rechtmäßig; auf seine Gründe wird Bezug genommen."
            if asyl
            else "Das öffentliche Interesse an der sofortigen Vollziehung überwiegt. Die Ordnungsverfügung erweist sich bei summarischer Prüfung als rechtmäßig."
        ),
        P(
            "Rechtsmittelbelehrung: Die Zulassung der Berufung kann innerhalb eines Monats beantragt werden."
            if asyl
            else "Dieser Beschluss ist mit der Beschwerde anfechtbar.",
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
        P("Ausfertigung", size=9, align="right"),
        P(c.court_name, bold=True, size=12),
        P(f"Aktenzeichen: {c.court_az}", after=10),
        P("Beschluss", bold=True, size=13),
        P(
            f"In dem Verfahren {a.full} ./. {'Bundesrepublik Deutschland' if c.asylum else c.abh} "
            f"hat das Gericht am {_d(d.date)} beschlossen:"
        ),
        P(
            "Der Antrag wird abgelehnt. Die Kosten trägt der Antragsteller."
            if not c.asylum
            else "Der Antrag auf Zulassung der Berufung wird abgelehnt; das Urteil ist damit rechtskräftig."
        ),
        P("Gründe:", bold=True),
        P("Ernstliche Zweifel an der Rechtmäßigkeit der angegriffenen Entscheidung bestehen nicht."),
        P(
            f"Für die Richtigkeit der Abschrift: {c.court_city}, {_ds(d.date + timedelta(days=3))}, Urkundsbeamtin der Geschäftsstelle",
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
        P(f"gegen {a.full}, geboren am {_d(a.geburtsdatum)} in {a.geburtsort}, wohnhaft {c.adresse}"),
        P(
            f"Die Staatsanwaltschaft legt Ihnen folgendes zur Last: Sie haben sich des {off} schuldig gemacht. "
            f"Auf Antrag der Staatsanwaltschaft wird gegen Sie eine Geldstrafe von {sentence} festgesetzt."
        ),
        P(
            "Dieser Strafbefehl wird rechtskräftig, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung Einspruch einlegen.",
            size=9,
        ),
        P(f"{c.court_city}, {_d(d.date)}"),
        P("Richter am Amtsgericht"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("strafrecht", "r7b", "blind7")
def crim_r7b(c, d, r):
    """A certificate of good conduct showing one entry."""
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P("Bundesamt für Justiz – Bundeszentralregister", bold=True),
        P("Auskunft zur Vorlage bei einer Behörde (Belegart O)", size=12, bold=True),
        Table(
            [
                ["Geburtsname/Familienname", a.name],
                ["Vornamen", a.vorname],
                ["Geburtsdatum/-ort", f"{_d(a.geburtsdatum)}, {a.geburtsort}"],
                ["Anschrift", c.adresse],
            ],
            [0.4, 0.6],
            header=False,
            size=9.5,
        ),
        P("Inhalt:", bold=True, after=1),
        P(
            f"1. {_d(d.date)} AG {c.court_city} — Strafbefehl wegen {off}; Geldstrafe {sentence}. "
            f"Rechtskräftig seit {_d(d.date + timedelta(days=16))}."
        ),
        P(f"Bonn, {_d(d.date + timedelta(days=r.randint(40, 120)))}", size=9),
    ]
    return DocSpec(blocks, _st(r, "mono"))


# ------------------------------------------------------------------ identitaetsnachweis


def _mrz7(c) -> tuple[str, str]:
    a = c.applicant
    code = {
        "syrien": "SYR",
        "afghanistan": "AFG",
        "irak": "IRQ",
        "iran": "IRN",
        "nigeria": "NGA",
        "guinea": "GIN",
        "kosovo": "RKS",
        "albanien": "ALB",
        "serbien": "SRB",
        "russland": "RUS",
        "tuerkei": "TUR",
        "georgien": "GEO",
        "armenien": "ARM",
        "ghana": "GHA",
    }.get(c.nat, "XXX")

    def up(s: str) -> str:
        s = s.upper().replace(" ", "<").replace("-", "<")
        return "".join(ch for ch in s if ch.isascii() and (ch.isalpha() or ch == "<"))

    no = f"{zlib.crc32(('7' + a.full).encode()) % 10**8:08d}"
    l1 = f"P<{code}{up(a.name)}<<{up(a.vorname)}".ljust(44, "<")[:44]
    l2 = f"A{no}2{code}{a.geburtsdatum.strftime('%y%m%d')}4{'M' if a.sex == 'm' else 'F'}3206157<<<<<<<<<<<<<<06"[
        :44
    ]
    return l1, l2


@tpl("identitaetsnachweis", "r7a", "blind7")
def id_r7a(c, d, r):
    a = c.applicant
    l1, l2 = _mrz7(c)
    blocks = [
        P("Reisepass – Kopie der Personaldatenseite (beglaubigt)", size=9, after=8),
        Table(
            [
                ["Type / Typ", "P"],
                ["Surname / Name", a.name.upper()],
                ["Given names / Vornamen", a.vorname.upper()],
                ["Date of birth", a.geburtsdatum.strftime("%d %b %Y").upper()],
                ["Place of birth", a.geburtsort.upper()],
                ["Date of issue", d.date.strftime("%d %b %Y").upper()],
            ],
            [0.4, 0.6],
            header=False,
            size=9,
        ),
        P(l1, font="mono", size=9, after=0),
        P(l2, font="mono", size=9),
        P("Die Übereinstimmung der Kopie mit dem Original wird bestätigt.", size=8.5),
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
        P("Auszug aus dem Geburtenregister", bold=True, size=12),
        P(f"Staat: {c.natinfo['land']}", after=2),
        P(f"Name des Kindes: {a.vorname} {a.name}", after=2),
        P(f"Geschlecht: {'männlich' if a.sex == 'm' else 'weiblich'}", after=2),
        P(f"Tag der Geburt: {_d(a.geburtsdatum)}", after=2),
        P(f"Ort der Geburt: {a.geburtsort}", after=2),
        P(f"Registriert am: {_d(a.geburtsdatum + timedelta(days=r.randint(5, 60)))}"),
        P(
            f"Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung bescheinige ich. {c.court_city}, {_d(d.date)}. "
            "Öffentlich bestellte und allgemein beeidigte Übersetzerin",
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
        P("Ladung zur Anhörung gemäß § 25 AsylG", bold=True),
        P(
            f"Sie werden hiermit zur persönlichen Anhörung am {_d(d.date + timedelta(days=r.randint(10, 25)))} um 08:30 Uhr "
            f"in die {site[0]} geladen. Ein Dolmetscher für Ihre Sprache wird gestellt."
        ),
        P(
            "Bringen Sie alle Dokumente mit, die Ihre Identität und Ihr Verfolgungsschicksal belegen können. Erscheinen Sie "
            "ohne genügende Entschuldigung nicht, kann nach Aktenlage entschieden werden."
        ),
        P("Im Auftrag"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("sonstiges", "melde_r7b", "blind7")
def other_melde_r7b(c, d, r):
    """A registration certificate of the residents' office."""
    rows = [["Familienname", "Vorname", "Geburtsdatum"]] + [
        [p.name, p.vorname, _d(p.geburtsdatum)] for p in c.persons
    ]
    blocks = [
        P(f"Bürgerbüro {c.city_or_nrw()}", bold=True),
        P("Bestätigung der Anmeldung (§ 18 BMG)", size=12, bold=True),
        P(f"Wohnung: {c.adresse} (alleinige Wohnung)"),
        Table(rows, [0.35, 0.35, 0.3], size=9.5),
        P(f"Einzugsdatum: {_d(c.entry + timedelta(days=r.randint(200, 700)))}", size=9.5),
        P(
            f"{c.city_or_nrw()}, {_ds(d.date)} – dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _st(r))
