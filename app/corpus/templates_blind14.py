"""Templates of the `blind14` split (session 16): the sixteenth held-out set, written once before its
first evaluation. Every class has wordings, letterheads, person layouts and date conventions of its
own here; nobody tuning hfk reads this file (see templates.py)."""

from __future__ import annotations

from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import TOPICS
from hfk.corpus.templates import _child, _mrz, r_digits, tpl
from hfk.corpus.text_antrag import fmt, fmt_en, fmt_long, typos

SPLIT = "blind14"

# ------------------------------------------------------------------ small helpers

MON_ABBR = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]


def _dm(d) -> str:
    """12.3.1985: day and month without leading zeros."""
    return f"{d.day}.{d.month}.{d.year}"


def _us(d) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _abbr(d) -> str:
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


def _yy(d) -> str:
    return d.strftime("%d.%m.%y")


def _iso(d) -> str:
    return d.isoformat()


def _st(r, family=None, size=None, dense=False) -> Style:
    """A page style of this split: denser margins for the fax-like and form-like papers."""
    if dense:
        return Style(
            family=family or r.choice(["cond", "mono", "sans"]),
            size=size or r.choice([8.5, 9.0]),
            leading=1.22,
            margin_left=r.uniform(38, 48),
            margin_right=r.uniform(34, 44),
            margin_top=r.uniform(30, 40),
            margin_bottom=55,
            para_after=3.5,
        )
    return Style(
        family=family or r.choice(["serif", "sans", "cond", "sans"]),
        size=size or r.choice([9.5, 10.0, 10.5, 11.0]),
        margin_left=r.uniform(64, 84),
        margin_right=r.uniform(48, 62),
        margin_top=r.uniform(40, 58),
    )


def _row2(left: str, right: str, split: float, size: float | None = None) -> Table:
    """One borderless row of two cells: a letterhead with the contact beside it, a stamp beside a date."""
    return Table([[left, right]], [split, 1 - split], header=False, grid=False, size=size)


def _caps(s: str) -> str:
    """A family name in capitals, unless capitals would change its letters (Turkish dotless i)."""
    up = s.upper()
    return up if up.casefold() == s.casefold() else s


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde as a letter writer names it: "Ausländerbehörde der Stadt Essen"."""
    if " – " not in abh:
        return abh
    place, unit = abh.split(" – ", 1)
    if unit == "Ausländerangelegenheiten":
        unit = "Abteilung Ausländerangelegenheiten"
    if place.startswith("Kreis "):
        return f"{unit} des Kreises {place[6:]}"
    return f"{unit} der {place}"


def _abh_city(c) -> str:
    for city, _, abh in N.NRW_CITIES + N.NON_NRW_CITIES:
        if abh == c.abh:
            return city
    return c.city_or_nrw()


def _in_land(land: str) -> str:
    return {
        "Irak": "im Irak",
        "Iran": "im Iran",
        "Kosovo": "im Kosovo",
        "Türkei": "in der Türkei",
        "Russische Föderation": "in der Russischen Föderation",
    }.get(land, f"in {land}")


def _cap1(s: str) -> str:
    return s[:1].upper() + s[1:]


def _to_land(land: str) -> str:
    return {
        "Irak": "in den Irak",
        "Iran": "in den Iran",
        "Kosovo": "in den Kosovo",
        "Türkei": "in die Türkei",
        "Russische Föderation": "in die Russische Föderation",
    }.get(land, f"nach {land}")


# (role, sex) -> (German, English)
ROLES = {
    ("applicant", "m"): ("Antragsteller", "applicant"),
    ("applicant", "f"): ("Antragstellerin", "applicant"),
    ("spouse", "m"): ("Ehemann", "husband"),
    ("spouse", "f"): ("Ehefrau", "wife"),
    ("child", "m"): ("Sohn", "son"),
    ("child", "f"): ("Tochter", "daughter"),
}


def _role(p, en: bool = False) -> str:
    return ROLES[(p.role, p.sex)][en]


def _herrn(p) -> str:
    """Dative and accusative: "Herrn Ahmad Khalil", "Frau Rama Khalil"."""
    return ("Herrn " if p.sex == "m" else "Frau ") + p.full


def _rep_name(c) -> str:
    return c.rep.org if c.rep.kind != "privat" else c.rep.person


def _rep_place(c) -> str:
    return c.rep.city.split(" ", 1)[1]


def _place(c) -> str:
    if c.rep is not None and c.sender != "applicant":
        return _rep_place(c)
    return c.city if c.residence == "nrw" else c.city_or_nrw()


def _signer(c) -> str:
    if c.sender == "applicant" or c.rep is None:
        return c.applicant.full
    if c.sender == "anwalt":
        return (
            f"{c.rep.person}, Rechtsanwalt"
            if c.rep.person.split()[0] in N.GERMAN_FIRST[1::2]
            else f"{c.rep.person}, Rechtsanwältin"
        )
    return c.rep.person


def _fake_ref(seed: str, fmt_: str) -> str:
    digits = r_digits(seed).replace(" ", "")
    return fmt_.format(a=digits[:3], b=digits[3:6], c=digits[6:])


def _nobody(r) -> str:
    return f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"


# ------------------------------------------------------------------ the Begründung in this split's words


def _story(c, r, first: bool) -> dict[str, list[str]]:
    """Sentences per topic. `first`: the applicant writes; otherwise a representative in the third person.
    Every trigger of the scenario is stated, and only when the scenario has it."""
    a = c.applicant
    land = c.natinfo["land"]
    m = a.sex == "m"
    er, Er = ("er", "Er") if m else ("sie", "Sie")
    ihn = "ihn" if m else "sie"
    fam = len(c.persons) > 1
    t: dict[str, list[str]] = {k: [] for k in TOPICS}

    wo = _in_land(land) if c.omitted.get(0) == "geburtsort" else f"in {a.geburtsort} ({land})"
    work = r.choice(
        [
            "in der Schneiderei eines Onkels",
            "auf dem Hof der Eltern",
            "in einer Autowerkstatt am Stadtrand",
            "als Aushilfe auf dem Wochenmarkt",
        ]
    )
    years = r.choice(["sieben", "neun", "elf", "zwölf"])
    L = t["lebensgeschichte"]
    if first:
        L.append(
            f"Meine Kindheit habe ich {wo} verbracht. Nach {years} Schuljahren habe ich {work} gearbeitet, "
            "weil die Familie auf jeden Lohn angewiesen war."
        )
    else:
        L.append(
            f"{a.herr_frau()} verbrachte die Kindheit {wo}. Nach {years} Schuljahren arbeitete {er} {work}, "
            "weil die Familie auf jeden Lohn angewiesen war."
        )
    if c.einreiseverbot:
        L.append(
            f"Schon {c.entry.year - 2} bin ich einmal abgeschoben worden. Die Sperrfrist aus § 11 AufenthG lief noch, "
            f"trotzdem kam ich am {fmt_long(c.entry)} zurück."
            if first
            else f"Bereits {c.entry.year - 2} wurde {er} abgeschoben; am {fmt_long(c.entry)} kehrte {er} zurück, "
            "obwohl die Sperrwirkung nach § 11 AufenthG fortdauerte."
        )
    else:
        L.append(
            f"Am {fmt_long(c.entry)} bin ich in Deutschland angekommen{', meine Familie war dabei' if fam else ''}."
            if first
            else f"Seit dem {fmt_long(c.entry)} hält {er} sich{' mit der Familie' if fam else ''} in Deutschland auf."
        )

    S = t["aufenthaltssituation"]
    if c.asylum:
        S.append(
            f"Meinen Asylantrag vom {fmt(c.asylum_applied)} hat das BAMF am {fmt(c.bamf_date)} abgelehnt; "
            f"auf dem Bescheid steht das Geschäftszeichen {c.bamf_gz}."
            if first
            else f"Das Asylgesuch vom {fmt(c.asylum_applied)} blieb erfolglos: Mit Bescheid vom {fmt(c.bamf_date)}, "
            f"Gesch.-Z. {c.bamf_gz}, lehnte das Bundesamt es ab."
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Über meine Klage ({c.court_az}) hat das {c.court_name} noch kein Urteil gesprochen."
                    if first
                    else f"Das Klageverfahren beim {c.court_name} ist unter dem Aktenzeichen {c.court_az} weiterhin offen."
                )
            else:
                S.append(
                    f"Das {c.court_name} hat meine Klage am {fmt(c.court_date)} abgewiesen (Aktenzeichen {c.court_az})."
                    if first
                    else f"Vor Gericht hatte {er} keinen Erfolg; das {c.court_name} wies die Klage am {fmt(c.court_date)} ab, Az. {c.court_az}."
                )
    else:
        S.append(
            f"Mein Visum war zum Zweck {c.visa_purpose} erteilt worden; später hat die Ausländerbehörde den Titel "
            "nicht mehr verlängert."
            if first
            else f"Die Einreise erfolgte mit Visum ({c.visa_purpose}); eine Verlängerung des "
            "Aufenthaltstitels lehnte die Ausländerbehörde später ab."
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Meine Klage gegen die Ordnungsverfügung ist beim {c.court_name} ({c.court_az}) weiter offen."
                    if first
                    else f"Gegen die Ordnungsverfügung ist beim {c.court_name} das Verfahren {c.court_az} offen."
                )
            else:
                S.append(
                    f"Meinen Eilantrag hat das {c.court_name} am {fmt(c.court_date)} abgelehnt (Az. {c.court_az})."
                    if first
                    else f"Einstweiligen Rechtsschutz versagte das {c.court_name} mit Beschluss vom {fmt(c.court_date)} ({c.court_az})."
                )
    if c.gestattung:
        S.append(
            "Weil mein Asylverfahren noch nicht abgeschlossen ist, habe ich zurzeit eine Aufenthaltsgestattung."
            if first
            else f"Solange das Asylverfahren läuft, hat {er} eine Aufenthaltsgestattung."
        )
    else:
        S.append(
            "Ich bin vollziehbar ausreisepflichtig; meine Abschiebung wird nur ausgesetzt, ich lebe also mit einer Duldung."
            if first
            else f"{Er} ist zur Ausreise verpflichtet; die Abschiebung wird nach § 60a AufenthG vorübergehend ausgesetzt (Duldung)."
        )
    if c.s58a:
        S.append(
            "Dazu kommt eine Abschiebungsanordnung, die das Ministerium gestützt auf § 58a AufenthG gegen mich erlassen hat."
            if first
            else f"Ferner besteht eine gegen {ihn} verfügte Abschiebungsanordnung gemäß § 58a AufenthG."
        )
    if c.rueckfuehrung:
        S.append(
            f"Die Ausländerbehörde hat mir gesagt, dass die Abschiebung am {fmt(c.rueckfuehrung)} stattfinden soll."
            if first
            else f"Nach Auskunft der Ausländerbehörde ist die Rückführung bereits für den {fmt(c.rueckfuehrung)} terminiert."
        )
    if c.criminal:
        off, sentence = c.offence
        S.append(
            f"Einen Fehler habe ich gemacht: Am {fmt(c.criminal_date)} bekam ich vom Amtsgericht {c.court_city} einen "
            f"Strafbefehl wegen {off} und musste {sentence} zahlen. Das ist erledigt."
            if first
            else f"Offen sei gesagt, dass das Amtsgericht {c.court_city} am {fmt(c.criminal_date)} einen Strafbefehl "
            f"wegen {off} erließ; verhängt wurde eine Geldstrafe von {sentence}, die beglichen ist."
        )

    F = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        s = sp[0]
        F.append(
            f"{'Meine Frau' if s.sex == 'f' else 'Mein Mann'} {s.vorname} und ich sind schon lange ein Ehepaar."
            if first
            else f"{Er} lebt mit {s.full} zusammen, mit {'der' if s.sex == 'f' else 'dem'} {er} seit Jahren verheiratet ist."
        )
    if kids:
        names = (
            ", ".join(k.vorname for k in kids[:-1]) + (" und " if len(kids) > 1 else "") + kids[-1].vorname
        )
        F.append(
            f"{('Unser' if first else 'Das') + ' Kind' if len(kids) == 1 else ('Unsere' if first else 'Die') + ' Kinder'} {names} {'wächst' if len(kids) == 1 else 'wachsen'} "
            "hier auf und {0} {1} nur aus den Erzählungen der Eltern.".format(
                "kennt" if len(kids) == 1 else "kennen",
                land if land != "Russische Föderation" else "Russland",
            )
        )
    F.append(
        r.choice(
            [
                f"{_cap1(_in_land(land))} wohnt einzig eine betagte Tante, die selbst Pflege braucht. ",
                f"{_cap1(_in_land(land))} gibt es keine Angehörigen mehr, zu denen Kontakt besteht. ",
            ]
        )
        + r.choice(
            [
                "Ein Cousin lebt mit Aufenthaltserlaubnis in Hamm und hilft, wo er kann.",
                "Die ältere Schwester ist eingebürgert und wohnt mit ihren Kindern in Lünen.",
                "In Remscheid wohnt ein Onkel mit Niederlassungserlaubnis, der die Familie regelmäßig besucht.",
            ]
        )
    )

    G = t["integration"]
    lvl = r.choice(["A2", "B1", "B1", "B2"])
    G.append(
        f"Im Integrationskurs habe ich Deutsch gelernt; meine Prüfung bestand ich mit {lvl}."
        if first
        else f"{'Seine' if m else 'Ihre'} Deutschkenntnisse entsprechen mittlerweile Stufe {lvl}."
    )
    if c.ausbildung:
        job = r.choice(["Fachlagerist", "Kfz-Mechatroniker", "Zahnmedizinischer Fachangestellter", "Koch"])
        G.append(
            f"Seit August {c.received.year - 1} werde ich im Beruf {job} ausgebildet. Für diese Ausbildung kann mir "
            "nach meinem Verständnis eine Ausbildungsduldung (§ 60c AufenthG) erteilt werden."
            if first
            else f"Seit August {c.received.year - 1} befindet {er} sich in der Berufsausbildung ({job}); damit liegt eine "
            "Ausbildungsduldung (§ 60c AufenthG) nahe."
        )
    else:
        G.append(
            f"Mein Arbeitgeber ist die Firma {c.employer}; dort bin ich als {c.job} beschäftigt und komme ohne Sozialleistungen aus."
            if first
            else f"Bei der Firma {c.employer} ist {er} als {c.job} beschäftigt und bestreitet den Unterhalt ohne Sozialleistungen."
        )
    G.append(
        f"Unentgeltlich helfe ich außerdem jede Woche bei „{c.club}“ mit."
        if first
        else f"Jede Woche bringt {er} sich zudem unentgeltlich bei „{c.club}“ ein."
    )
    for k in c.school_age():
        G.append(f"{k.vorname} besucht „{c.school}“, die Lehrkräfte loben Fleiß und Sprachstand.")

    H = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, name, sev = c.diagnosis
        if c.ill_person == 0:
            H.append(
                f"Seit längerer Zeit bin ich wegen einer {name} (ICD-10 {code}) in Behandlung."
                if first
                else f"Bei {ihn} besteht eine {name} (ICD-10 {code}), die fachärztlich behandelt wird."
            )
        else:
            rel = {"spouse": "meiner Frau" if p.sex == "f" else "meinem Mann", "child": "unserem Kind"}[
                p.role
            ]
            H.append(
                f"Bei {rel} {p.vorname} wurde die Diagnose „{name}“ (ICD-10 {code}) gestellt."
                if first
                else f"Für {p.full} ist die Diagnose „{name}“ (ICD-10 {code}) gesichert."
            )
        H.append(
            f"Ohne die laufende Behandlung droht eine deutliche Verschlechterung; {_in_land(land)} wäre sie weder erreichbar noch bezahlbar."
        )
    H.append(
        f"Eine Rückkehr {_to_land(land)} hieße, ohne Wohnung, ohne Arbeit und ohne Menschen, die helfen, "
        f"ganz von vorn zu beginnen{' – mit Kindern, die dort nie gelebt haben' if kids else ''}."
    )
    return t


def _story_en(c, r) -> dict[str, list[str]]:
    a = c.applicant
    land = c.natinfo["land"].replace("Russische Föderation", "Russia").replace("Türkei", "Turkey")
    land = {
        "Syrien": "Syria",
        "Irak": "Iraq",
        "Albanien": "Albania",
        "Serbien": "Serbia",
        "Georgien": "Georgia",
        "Armenien": "Armenia",
        "Kosovo": "Kosovo",
    }.get(land, land)
    t: dict[str, list[str]] = {k: [] for k in TOPICS}
    where = land if c.omitted.get(0) == "geburtsort" else f"{a.geburtsort}, {land}"
    t["lebensgeschichte"].append(
        f"As a child I lived in {where}; I had to stop going to school at fourteen to earn money for my parents and siblings."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"Back in {c.entry.year - 2} I was deported; on {_us(c.entry)} I came back although the ban on entering "
            "and staying (§ 11 AufenthG) was still running."
        )
    else:
        t["lebensgeschichte"].append(f"I came to Germany on {_us(c.entry)}, after crossing several borders.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My claim for asylum, filed {_us(c.asylum_applied)}, ended in a negative decision of the BAMF "
            f"(Bundesamt) dated {_us(c.bamf_date)}, reference {c.bamf_gz}."
        )
    else:
        s.append("I entered on a visa; the foreigners' office later refused to renew my residence permit.")
    court_state = (
        ("has no judgment so far." if c.asylum else "remains undecided.")
        if c.court_pending
        else "was unsuccessful."
    )
    # each sentence only when the scenario has its fact
    s += [
        x
        for x in (
            c.court and f"Court file {c.court_az} ({c.court_name}) {court_state}",
            "My asylum procedure is still running, so I hold an Aufenthaltsgestattung."
            if c.gestattung
            else "Today I am only tolerated (Duldung) and must renew the paper every few months.",
            f"My case is handled by the {c.abh}.",
            c.s58a and "On top of that, the ministry made a special order against me (§ 58a AufenthG).",
            c.rueckfuehrung and f"I was told that I am to be deported on {_us(c.rueckfuehrung)}.",
            c.criminal
            and f"To be honest: a Strafbefehl (penalty order) was issued against me on {_us(c.criminal_date)}; the fine has been settled.",
        )
        if x
    ]
    f = t["familie"]
    kids = c.children()
    sp = [p for p in c.persons if p.role == "spouse"]
    if sp:
        f.append(f"{sp[0].vorname} and I have been married for many years.")
    if kids:
        f.append(f"Our children ({', '.join(k.vorname for k in kids)}) are growing up here.")
    f.append(
        "Back home nobody of my close family is left. An uncle with a residence permit lives in Gelsenkirchen."
    )
    g = t["integration"]
    g.append("I completed the integration course and keep improving my German every day.")
    if c.ausbildung:
        g.append(
            "Since I started an apprenticeship, I hope to receive the special toleration for apprentices (§ 60c AufenthG)."
        )
    else:
        g.append(f"I work full time as {c.job} at {c.employer} and pay my own rent.")
    g.append(f"Every week I help out as a volunteer at {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I" if c.ill_person == 0 else f"My {_role(p, en=True)} {p.vorname}"
        h.append(
            f"{who} {'suffer' if who == 'I' else 'suffers'} {N.ILLNESS_EN[c.diagnosis[0]]} and {'need' if who == 'I' else 'needs'} regular treatment."
        )
    h.append(
        f"A life back in {land} would begin with empty hands: without a flat, a job or friends to turn to."
    )
    return t


def _topics(c, t, order=TOPICS) -> list[tuple[str, str]]:
    """(topic, text) of the topics the case tells, in `order`."""
    return [(k, " ".join(t[k])) for k in order if k in c.topics and t[k]]


def _anlagen(c) -> list[str]:
    """The enclosures an application announces: only what the case has."""
    out = ["Lebenslauf", "Datenschutzerklärung (unterschrieben)"]
    if c.rep is not None and c.sender != "applicant":
        out.insert(0, "Vollmacht")
    if c.asylum:
        out.append(f"Bescheid des Bundesamtes vom {fmt(c.bamf_date)}")
    if c.court and not c.court_pending:
        out.append(f"Entscheidung {c.court_az}")
    if c.illness:
        out += ["ärztliche Stellungnahme", "Schweigepflichtentbindung"]
    if c.school_age():
        out.append("Schul- bzw. Kitabescheinigungen")
    if c.criminal:
        out.append("Strafbefehl")
    out.append("Nachweise zu Arbeit und Sprache")
    return out


HFK_LINES = [
    "Härtefallkommission des Landes Nordrhein-Westfalen",
    "– Geschäftsstelle –",
    "Völklinger Straße 4",
    "40219 Düsseldorf",
]


def _rep_block(c, r, kind: int) -> list:
    """The representative's letterhead in this split's conventions (name, street and PLZ Ort always written)."""
    rp = c.rep
    tel = f"0{r_digits(rp.org)}"
    if rp.kind == "privat":
        return [
            P(f"{rp.person}", bold=True, after=0),
            P(f"{rp.street}", after=0),
            P(f"{rp.city}", after=0),
            P(f"Telefon {tel}", size=8.5, after=10),
        ]
    if kind == 0:  # name left, contact right, both in one borderless row
        return [
            _row2(
                f"{rp.org}\n{rp.person}", f"{rp.street}\n{rp.city}\nFon {tel}\nFax {tel[:-2]}99", 0.58, size=9
            ),
            Rule(0.4),
        ]
    if kind == 1:  # a return line in the window and a bold name
        return [
            P(_caps(rp.org), bold=True, size=12.5, after=0),
            P(f"Ansprechperson: {rp.person} · Durchwahl {tel}", size=8, after=6),
            P(f"Abs.: {rp.org}, {rp.street}, {rp.city}", size=6.5, after=4),
        ]
    return [
        Box([rp.org, f"{rp.street} | {rp.city}", f"Bearbeitung: {rp.person} | {tel}"], size=8.5),
    ]


def _recipient(r, variant: int) -> list:
    lines = (
        HFK_LINES
        if variant == 0
        else [
            "An die Geschäftsstelle der",
            "Härtefallkommission NRW",
            "beim Ministerium für Kinder, Jugend, Familie,",
            "Gleichstellung, Flucht und Integration",
            "Völklinger Straße 4",
            "40219 Düsseldorf",
        ]
    )
    return [P(x, after=0) for x in lines] + [Space(12)]


# ------------------------------------------------------------------ antrag: persons in this split's shapes


def _persons_numbered(c) -> list:
    """An "Angaben zur Person" form: numbered fields per person, address PLZ/Ort first."""
    out: list = []
    for i, p in enumerate(c.persons, 1):
        om = c.omitted.get(i - 1)
        out.append(P(f"Person {i} – {_role(p)}", bold=True, after=1))
        out.append(
            Table(
                [
                    [f"{i}.1", "Familienname", _caps(p.name)],
                    [f"{i}.2", "Vorname(n)", p.vorname],
                    [
                        f"{i}.3",
                        "Geburtsdatum (T.M.JJJJ)",
                        "– wird nachgereicht –" if om == "geburtsdatum" else _dm(p.geburtsdatum),
                    ],
                    [f"{i}.4", "Geburtsort", "– wird nachgereicht –" if om == "geburtsort" else p.geburtsort],
                    [
                        f"{i}.5",
                        "Staatsangehörigkeit",
                        "– wird nachgereicht –" if om == "staatsangehoerigkeit" else p.staat,
                    ],
                ],
                [0.09, 0.33, 0.58],
                header=False,
                grid=False,
            )
        )
    out.append(P(f"Gemeinsame Meldeadresse aller Personen: {c.plz} {c.city}, {c.street}"))
    return out


def _persons_roles(c, first: bool) -> list:
    """The family under its roles, birth data in brackets (* = geboren)."""

    def bracket(i, p):
        om = c.omitted.get(i)
        bits = []
        if om != "geburtsdatum":
            bits.append(
                f"* {fmt_long(p.geburtsdatum)}" + ("" if om == "geburtsort" else f" in {p.geburtsort}")
            )
        elif om != "geburtsort":
            bits.append(f"geboren in {p.geburtsort}")
        if om != "staatsangehoerigkeit":
            bits.append(f"StA {p.staat}")
        return f"{p.vorname} {p.name} ({'; '.join(bits)})"

    out: list = []
    kids = [(i, p) for i, p in enumerate(c.persons) if p.role == "child"]
    for i, p in enumerate(c.persons):
        if p.role == "child":
            continue
        label = ("Ich selbst" if first else _role(p)) if p.role == "applicant" else _role(p)
        out.append(P(f"{label}: {bracket(i, p)}", indent=12, after=1))
    if kids:
        out.append(P("Kinder:" if not first else "Unsere Kinder:", indent=12, after=1))
        for i, p in kids:
            out.append(P(f"– {bracket(i, p)}", indent=30, after=1))
    return out


def _persons_columns(c) -> list:
    """A table with the persons as columns and the fields as rows (birth date first)."""
    head = ["Angabe"] + [f"Pers. {i}" for i in range(1, len(c.persons) + 1)]
    rows = [head]
    fields = [
        ("Geburtsdatum", lambda i, p: "" if c.omitted.get(i) == "geburtsdatum" else fmt(p.geburtsdatum)),
        ("Familienname", lambda i, p: p.name),
        ("Vorname", lambda i, p: p.vorname),
        ("Geburtsort", lambda i, p: "" if c.omitted.get(i) == "geburtsort" else p.geburtsort),
        ("Staatsangeh.", lambda i, p: "" if c.omitted.get(i) == "staatsangehoerigkeit" else p.staat),
        ("Stellung", lambda i, p: _role(p)),
    ]
    for label, get in fields:
        rows.append([label] + [get(i, p) for i, p in enumerate(c.persons)])
    n = len(c.persons)
    first_w = 0.2
    widths = [first_w] + [(1 - first_w) / n] * n
    return [Table(rows, widths, size=8.5 if n > 3 else None)]


def _persons_prose(c) -> list:
    """Persons in running sentences: birth date and place before the name."""
    out = []
    for i, p in enumerate(c.persons):
        om = c.omitted.get(i)
        born = "" if om == "geburtsdatum" else f"am {fmt(p.geburtsdatum)} "
        where = "" if om == "geburtsort" else f"in {p.geburtsort} "
        nat = "" if om == "staatsangehoerigkeit" else f"{p.staat}e Staatsangehörige "
        g = "geborene" if (born or where) else ""
        if p.role == "applicant":
            lead = "Antragsteller ist der" if p.sex == "m" else "Antragstellerin ist die"
            out.append(f"{lead} {born}{where}{g} {nat}{p.herr_frau()}.".replace("  ", " "))
        elif p.role == "spouse":
            lead = "Einbezogen ist die Ehefrau, die" if p.sex == "f" else "Einbezogen ist der Ehemann, der"
            out.append(f"{lead} {born}{where}{g} {nat}{p.full}.".replace("  ", " "))
        else:
            lead = "der Sohn, der" if p.sex == "m" else "die Tochter, die"
            out.append(f"Ferner {lead} {born}{where}{g} {nat}{p.full}.".replace("  ", " "))
    return [P(" ".join(out))]


def _persons_steckbrief(c) -> list:
    """One dense line per person, birth date first: 12.03.1985 – KHALIL, Ahmad – Aleppo – syrisch."""
    out = [P("Geb.-Datum – NAME, Vorname – Geburtsort – Staatsangehörigkeit", size=7.5, font="mono", after=1)]
    for i, p in enumerate(c.persons):
        om = c.omitted.get(i)
        parts = [
            "??.??.????" if om == "geburtsdatum" else fmt(p.geburtsdatum),
            f"{_caps(p.name)}, {p.vorname}",
            "?" if om == "geburtsort" else p.geburtsort,
            "?" if om == "staatsangehoerigkeit" else p.staat,
        ]
        out.append(P(" – ".join(parts), font="mono", after=1))
    return out


def _online_person(c, i, p) -> list:
    om = c.omitted.get(i)
    label = "antragstellende Person" if p.role == "applicant" else "weitere Person (" + _role(p) + ")"
    return [
        P(f"Person {i + 1} von {len(c.persons)}: {label}", bold=True, size=9, after=1),
        Table(
            [
                ["Nachname", p.name],
                ["Vorname(n)", p.vorname],
                ["Geburtsdatum (Tag.Monat.Jahr)", "" if om == "geburtsdatum" else fmt(p.geburtsdatum)],
                ["Geburtsort", "" if om == "geburtsort" else p.geburtsort],
                ["Staatsangehörigkeit(en)", "" if om == "staatsangehoerigkeit" else p.staat],
            ],
            [0.42, 0.58],
            header=False,
            size=8.5,
        ),
    ]


# ------------------------------------------------------------------ antrag templates (German)


@tpl("antrag", "n14a", SPLIT)
def antrag_n14a(c, d, r):
    """A Schriftsatz-like letter with an "Angaben zur Person" form of numbered fields and decimal sections."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks: list = []
    if first:
        blocks += [
            P(c.applicant.full, bold=True, after=0),
            P(c.street, after=0),
            P(f"{c.plz} {c.city}", after=14),
        ]
    else:
        blocks += _rep_block(c, r, 0)
    blocks += _recipient(r, 0)
    ref = _fake_ref(c.case_id, "{a}/{b}-HF")
    blocks.append(
        Table(
            [["Unser Zeichen", "Datum"], [ref if not first else "–", fmt(d.date)]],
            [0.5, 0.5],
            header=True,
            grid=False,
            size=8.5,
        )
    )
    blocks.append(
        P(
            f"Härtefallsache {_caps(c.applicant.name)}, {c.applicant.vorname}: Bitte um Beratung nach § 23a AufenthG",
            bold=True,
        )
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if first:
        blocks.append(
            P(
                "mit diesem Schreiben wende ich mich an die Kommission: Bitte beraten Sie über meine Situation und die meiner Angehörigen und stellen Sie bei der Ausländerbehörde ein Härtefallersuchen."
            )
        )
    else:
        blocks.append(
            P(
                f"als Bevollmächtigte von {_herrn(c.applicant)} (Vollmacht anbei) bitten wir die Kommission, den Fall "
                "aufzugreifen und der Ausländerbehörde ein Härtefallersuchen (§ 23a AufenthG) zu übermitteln."
            )
        )
    blocks.append(P("1. Angaben zur Person", bold=True))
    blocks += _persons_numbered(c)
    blocks.append(P(f"Zuständige Ausländerbehörde: {c.abh}"))
    heads = {
        "lebensgeschichte": "Kindheit, Flucht, Ankunft",
        "aufenthaltssituation": "Aufenthaltsrechtlicher Werdegang",
        "familie": "Familiäre Bezüge",
        "integration": "Integrationsleistungen",
        "humanitaere_gruende": "Warum eine Rückkehr unzumutbar ist",
    }
    blocks.append(P("2. Gründe", bold=True))
    for n, (k, text) in enumerate(_topics(c, t), 1):
        blocks.append(P(f"2.{n} {heads[k]}", bold=True, after=2))
        blocks.append(P(text))
    blocks.append(P("3. Anlagen", bold=True, after=2))
    blocks.append(P("; ".join(_anlagen(c)) + "."))
    blocks.append(P("Freundliche Grüße"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r, "serif"), footer="Seite {p} von {n}")


@tpl("antrag", "n14b", SPLIT)
def antrag_n14b(c, d, r):
    """A family's own letter (or a relative's): the family under roles, birth data in brackets."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks: list = []
    if first:
        blocks.append(P(f"Absender: {c.applicant.full}, {c.street}, {c.plz} {c.city}", size=9))
    else:
        blocks += _rep_block(c, r, 2)
    blocks += _recipient(r, 1)
    blocks.append(P(f"{_place(c)}, den {fmt_long(d.date)}", align="right"))
    blocks.append(P("Unsere Bitte: Hilfe durch die Härtefallkommission", bold=True))
    blocks.append(P("Verehrte Mitglieder der Härtefallkommission,"))
    if first:
        blocks.append(P("wir wenden uns an Sie, weil wir keinen anderen Weg mehr sehen. Wir sind:"))
    elif c.rep.kind == "privat":
        blocks.append(
            P(
                f"ich bin der {c.rep.relation} von {c.applicant.full} und schreibe mit {'seinem' if c.applicant.sex == 'm' else 'ihrem'} Einverständnis und in Vollmacht. "
                "Der Antrag betrifft:"
            )
        )
    else:
        blocks.append(
            P(
                "wir vertreten die unten aufgeführte Familie (Vollmacht liegt bei) und ersuchen um Prüfung nach § 23a AufenthG. Es handelt sich um:"
            )
        )
    blocks += _persons_roles(c, first)
    blocks.append(
        P(
            f"{'Wir wohnen' if first else 'Die Familie wohnt'} in der Unterkunft {c.street}, Zimmer {r.randint(3, 48)}, {c.plz} {c.city}. "
            f"Für {'uns' if first else 'sie'} zuständig ist die {_abh_of(c.abh)}."
            if c.residence == "nrw" and r.random() < 0.6
            else f"{'Unsere Anschrift' if first else 'Anschrift'}: wohnhaft in {c.plz} {c.city}, {c.street}. "
            f"Zuständig: {_abh_of(c.abh)}."
        )
    )
    for k, text in _topics(
        c, t, ("humanitaere_gruende", "lebensgeschichte", "aufenthaltssituation", "familie", "integration")
    ):
        # the family's own words have slips, but not in names, file numbers or the triggers
        blocks.append(P(typos(text, r, 0.03) if first and k in ("lebensgeschichte", "familie") else text))
    blocks.append(
        P(
            "Wir danken Ihnen für jede Hilfe."
            if first
            else "Bei Fragen erreichen Sie mich unter der oben genannten Anschrift."
        )
    )
    blocks.append(P("Hochachtungsvoll"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r))


@tpl("antrag", "n14c", SPLIT)
def antrag_n14c(c, d, r):
    """A counselling service's dense two-column overview, persons as the columns of a table."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks: list = []
    if first:
        blocks.append(P(f"{c.applicant.full} · {c.street} · {c.plz} {c.city}", size=8, after=8))
    else:
        blocks += _rep_block(c, r, 1)
    blocks += _recipient(r, 0)
    blocks.append(P(f"Datum: {fmt(d.date)}", align="right", size=9))
    blocks.append(P("Härtefalleingabe – Übersicht und Begründung", bold=True, size=12))
    facts = [
        ["Wohnanschrift", f"{c.street}, {c.plz} {c.city}"],
        ["Ausländerbehörde", c.abh],
        ["Einreise", fmt(c.entry)],
        ["Status", "Aufenthaltsgestattung" if c.gestattung else "geduldet nach § 60a AufenthG"],
    ]
    if c.asylum:
        facts.append(["BAMF-Geschäftszeichen", c.bamf_gz])
    if c.court:
        facts.append(["Gerichtliches Verfahren", f"{c.court_name}, {c.court_az}"])
    if c.rep is not None and c.sender != "applicant":
        facts.append(["Vertretung", f"{_rep_name(c)}, {c.rep.street}, {c.rep.city}"])
    blocks.append(Table(facts, [0.3, 0.7], header=False, grid=False, size=9))
    blocks.append(P("Betroffene Personen (je Spalte eine Person)", bold=True, after=2))
    blocks += _persons_columns(c)
    labels = {
        "lebensgeschichte": "Biografie.",
        "aufenthaltssituation": "Verfahrensstand.",
        "familie": "Familie.",
        "integration": "Teilhabe.",
        "humanitaere_gruende": "Härte.",
    }
    pairs = _topics(c, t)
    # two columns of running text, row by row
    for j in range(0, len(pairs), 2):
        row = [f"{labels[k]} {text}" for k, text in pairs[j : j + 2]]
        if len(row) == 1:
            row.append("")
        blocks.append(Table([row], [0.5, 0.5], header=False, grid=False, size=8.5))
    blocks.append(
        P(
            "Wir bitten darum, den Fall in die Beratung der Kommission aufzunehmen."
            if not first
            else "Ich bitte darum, meinen Fall in die Beratung der Kommission aufzunehmen."
        )
    )
    blocks.append(Signature(_signer(c), f"{_place(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, _st(r, "cond", dense=True), footer="{p}/{n}")


@tpl("antrag", "n14d", SPLIT)
def antrag_n14d(c, d, r):
    """A lawyer-style letter: persons in sentences (birth date and place before the name), Sachverhalt / Würdigung."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks: list = []
    if first:
        blocks.append(Box([c.applicant.full, c.street, f"{c.plz} {c.city}"], size=9))
    else:
        blocks += _rep_block(c, r, 1)
    blocks += _recipient(r, 1)
    blocks.append(P(f"{_place(c)}, {_abbr(d.date)}", align="right"))
    blocks.append(
        P(
            f"Härtefallverfahren {c.applicant.full}"
            + (f" – BAMF {c.bamf_gz}" if c.asylum else "")
            + " – hier: Antrag",
            bold=True,
        )
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(
        P(
            "hiermit beantrage ich, meinen Fall der Härtefallkommission vorzulegen."
            if first
            else "für die unten genannten Personen bitten wir die Kommission, ihren Fall zu beraten und bei der "
            "Ausländerbehörde eine Aufenthaltserlaubnis zu erbitten."
        )
    )
    blocks += _persons_prose(c)
    blocks.append(
        P(
            f"Die Familie ist unter der Anschrift {c.street} in {c.plz} {c.city} gemeldet."
            if len(c.persons) > 1
            else f"Gemeldet ist {'er' if c.applicant.sex == 'm' else 'sie'} unter der Anschrift {c.street} in {c.plz} {c.city}."
        )
        if not first
        else P(f"Ich wohne {c.street} in {c.plz} {c.city}.")
    )
    blocks.append(P(f"Zuständige Behörde vor Ort: {_abh_of(c.abh)}."))
    sach = _topics(c, t, ("lebensgeschichte", "aufenthaltssituation"))
    wuerd = _topics(c, t, ("familie", "integration", "humanitaere_gruende"))
    blocks.append(P("I. Sachverhalt", bold=True, align="center"))
    for _, text in sach:
        blocks.append(P(text))
    blocks.append(P("II. Würdigung", bold=True, align="center"))
    for _, text in wuerd:
        blocks.append(P(text))
    blocks.append(
        P(
            "Nach alledem liegen dringende humanitäre und persönliche Gründe vor, die die weitere Anwesenheit im "
            "Bundesgebiet rechtfertigen."
        )
    )
    blocks.append(P("Mit den besten Empfehlungen" if not first else "Freundliche Grüße"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r), footer="– {p} –")


@tpl("antrag", "n14e", SPLIT)
def antrag_n14e(c, d, r):
    """The printout of an online application form: persons field by field, address split in street and PLZ Ort."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    vorgang = _fake_ref(c.case_id + "o", "HFK-{a}{b}-{c}")
    blocks: list = [
        P(
            "Antrag an die Härtefallkommission NRW – Ausdruck der Online-Eingabe",
            bold=True,
            size=11.5,
            after=1,
        ),
        P(
            f"Vorgangsnummer {vorgang} · übermittelt am {fmt(d.date)} um {r.randint(8, 21)}:{r.randint(0, 59):02d} Uhr",
            size=8,
        ),
        Rule(0.6),
        P("Schritt 1 – Wer stellt den Antrag?", bold=True, size=10),
    ]
    if first:
        blocks.append(
            Table(
                [["Antrag gestellt durch", "die betroffene Person selbst"]],
                [0.42, 0.58],
                header=False,
                size=8.5,
            )
        )
    else:
        blocks.append(
            Table(
                [
                    ["Antrag gestellt durch", "Bevollmächtigte/n"],
                    ["Name / Stelle", _rep_name(c)],
                    ["Ansprechperson", c.rep.person],
                    ["Straße, Hausnr.", c.rep.street],
                    ["Postleitzahl, Ort", c.rep.city],
                ],
                [0.42, 0.58],
                header=False,
                size=8.5,
            )
        )
    blocks.append(P("Schritt 2 – Angaben zu den Personen", bold=True, size=10))
    for i, p in enumerate(c.persons):
        blocks += _online_person(c, i, p)
    blocks.append(P("Schritt 3 – Anschrift und Behörde", bold=True, size=10))
    blocks.append(
        Table(
            [
                ["Straße, Hausnr.", c.street],
                ["Postleitzahl, Ort", f"{c.plz} {c.city}"],
                ["Zuständige Ausländerbehörde", c.abh],
            ],
            [0.42, 0.58],
            header=False,
            size=8.5,
        )
    )
    blocks.append(P("Schritt 4 – Begründung (Freitextfelder)", bold=True, size=10))
    fields = {
        "lebensgeschichte": "Lebensweg und Einreise",
        "aufenthaltssituation": "Aktuelle aufenthaltsrechtliche Lage",
        "familie": "Familie in Deutschland und im Herkunftsland",
        "integration": "Sprache, Arbeit, Engagement",
        "humanitaere_gruende": "Dringende humanitäre oder persönliche Gründe",
    }
    for k, text in _topics(c, t):
        blocks.append(P(f"Feld „{fields[k]}“:", size=8.5, after=1, font="italic"))
        blocks.append(P(text, size=9.5))
    blocks.append(P("Schritt 5 – Erklärung", bold=True, size=10))
    blocks.append(
        P(
            "[x] Ich versichere, dass die Angaben vollständig und wahrheitsgemäß sind. "
            "[x] Die Hinweise zum Datenschutz habe ich gelesen.",
            size=9,
        )
    )
    blocks.append(P(f"Elektronisch übermittelt von: {_signer(c)}", size=9))
    return DocSpec(blocks, _st(r, "sans", size=9.5), footer=f"Vorgang {vorgang} – Seite {{p}} von {{n}}")


@tpl("antrag", "n14f", SPLIT)
def antrag_n14f(c, d, r):
    """A short faxed letter typed on an old machine: one dense line per person, birth date first."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks: list = []
    if first:
        blocks.append(P(f"{c.applicant.full.upper()} – {c.street} – {c.plz} {c.city}", font="mono", size=8.5))
    else:
        blocks.append(P(f"{_rep_name(c)} / {c.rep.street} / {c.rep.city}", font="mono", size=8.5))
    blocks.append(
        P(
            "per Telefax an die Härtefallkommission NRW, Geschäftsstelle, 40219 Düsseldorf",
            size=8.5,
            font="mono",
        )
    )
    blocks.append(P(f"{_place(c)}, {_yy(d.date)}", align="right", font="mono"))
    blocks.append(P("EILT – Härtefallantrag", bold=True, font="mono"))
    blocks.append(
        P(
            "Sehr geehrte Damen und Herren, hiermit beantrage ich Härtefallschutz für mich und die unten genannten Angehörigen."
            if first
            else f"Sehr geehrte Damen und Herren, mit Vollmacht von {c.applicant.full} bitte ich um Befassung der Kommission für:"
        )
    )
    blocks += _persons_steckbrief(c)
    blocks.append(P(f"Anschrift: {c.street}, {c.plz} {c.city} | ABH: {c.abh}", font="mono", size=9))
    for _, text in _topics(
        c, t, ("aufenthaltssituation", "humanitaere_gruende", "lebensgeschichte", "familie", "integration")
    ):
        blocks.append(P(text))
    blocks.append(P("Originale folgen per Post. Vielen Dank."))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r, "mono", dense=True), footer="Fax-Seite {p}/{n}")


# ------------------------------------------------------------------ antrag templates (English)


@tpl("antrag", "en_n14a", SPLIT)
def antrag_en_n14a(c, d, r):
    """A personal letter in English: household members with US-style birth dates."""
    t = _story_en(c, r)
    blocks = [
        P(c.applicant.full, bold=True, after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=12),
        P("Härtefallkommission NRW – Hardship Commission office", after=0),
        P("Völklinger Straße 4, 40219 Düsseldorf", after=12),
        P(_us(d.date), align="right"),
        P("Re: my request for a hardship procedure", bold=True),
        P("Dear Commissioners,"),
        P("With this letter I ask the Commission to consider our case. These people live in my household:"),
    ]
    for i, p in enumerate(c.persons):
        om = c.omitted.get(i)
        bits = [f"{p.vorname} {_caps(p.name)} ({_role(p, en=True)})"]
        if om != "geburtsdatum":
            bits.append(f"born {_us(p.geburtsdatum)}")
        if om != "geburtsort":
            bits.append(f"birthplace: {p.geburtsort}")
        if om != "staatsangehoerigkeit":
            bits.append(f"{c.natinfo['en']} citizen")
        blocks.append(P("• " + " – ".join(bits), indent=10, after=1))
    blocks.append(P(f"Our home address: {c.street}, {c.plz} {c.city}."))
    for _, text in _topics(c, t):
        blocks.append(P(text))
    blocks.append(P("Thank you for taking the time to read my letter."))
    blocks.append(P("Sincerely,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _st(r, "serif"))


@tpl("antrag", "en_n14b", SPLIT)
def antrag_en_n14b(c, d, r):
    """A typed English statement: one semicolon record per person under a legend line."""
    t = _story_en(c, r)
    blocks = [
        P(f"Statement for the Härtefallkommission NRW – {fmt_en(d.date)}", bold=True),
        P(f"From: {c.applicant.full}, {c.street}, {c.plz} {c.city}", size=9),
        P("Persons covered (surname; given names; date of birth; place of birth; citizenship):", after=2),
    ]
    for i, p in enumerate(c.persons, 1):
        om = c.omitted.get(i - 1)
        rec = [
            _caps(p.name),
            p.vorname,
            "n/a" if om == "geburtsdatum" else fmt_en(p.geburtsdatum),
            "n/a" if om == "geburtsort" else p.geburtsort,
            "n/a" if om == "staatsangehoerigkeit" else c.natinfo["en"],
        ]
        blocks.append(P(f"{i}) " + "; ".join(rec), font="mono", size=9, after=1))
    heads = {
        "lebensgeschichte": "Background",
        "aufenthaltssituation": "Legal situation",
        "familie": "Relatives",
        "integration": "Work, language, neighbours",
        "humanitaere_gruende": "Reasons to stay",
    }
    for k, text in _topics(c, t):
        blocks.append(P(f"{heads[k]} – {text}"))
    blocks.append(P("I confirm that this statement is true."))
    blocks.append(Signature(c.applicant.full, f"{c.city}, {fmt_en(d.date)}"))
    return DocSpec(blocks, _st(r, "sans"), footer="sheet {p} of {n}")


# ------------------------------------------------------------------ bamf_bescheid


def _tenor(c, r) -> list[str]:
    land = c.natinfo["land"]
    if c.bamf_tenor == 6:
        return [
            "Flüchtlingsschutz nach § 3 AsylG wird nicht gewährt.",
            "Eine Anerkennung als Asylberechtigte/r erfolgt nicht; der Antrag wird insoweit abgelehnt.",
            "Subsidiärer Schutz im Sinne des § 4 AsylG wird nicht gewährt.",
            "Die Prüfung nationaler Abschiebungsverbote (§ 60 Abs. 5 und 7 S. 1 AufenthG) fällt negativ aus.",
            "Sofern die antragstellende Person binnen 30 Tagen nach der Bekanntgabe (einem Monat) nicht ausreist – "
            f"im Fall einer Klage: ab unanfechtbarem Verfahrensende –, wird ihr die Abschiebung {_to_land(land)} oder "
            "in einen anderen aufnahmebereiten bzw. -verpflichteten Staat angedroht.",
            f"Die Sperrwirkung des Einreise- und Aufenthaltsverbots (§ 11 Abs. 1 AufenthG) endet {r.choice([24, 30, 36])} "
            "Monate nach der Abschiebung.",
        ]
    ms = r.choice(["Kroatien", "Bulgarien", "Italien", "Österreich", "Rumänien"])
    return [
        f"Der Asylantrag ist unzulässig; für seine Prüfung ist {ms} zuständig.",
        "Abschiebungsverbote liegen nicht vor; weder § 60 Abs. 5 noch § 60 Abs. 7 S. 1 AufenthG greift.",
        f"Angeordnet wird die Abschiebung nach {ms}.",
        f"Zudem ergeht ein Einreise- und Aufenthaltsverbot, befristet auf {r.choice([12, 15, 18])} Monate ab "
        "Abschiebung.",
    ]


def _bamf_reasons(c, r) -> list[str]:
    a = c.applicant
    site = c.bamf_site
    bank = [
        f"Die antragstellende Person, {a.staat}er Staatsangehörigkeit, reiste nach eigenen Angaben am {fmt(c.entry)} "
        f"in das Bundesgebiet ein. Den förmlichen Asylantrag stellte sie am {fmt(c.asylum_applied)} bei der {site[0]}.",
        "In ihrer Anhörung berichtete sie, Männer aus der Nachbarschaft hätten mehrfach Geld von ihr verlangt; Namen "
        "oder Zugehörigkeit der Männer konnte sie nicht nennen.",
        "§ 3 AsylG ist nicht erfüllt. Eine Verfolgung, die an Religion, Nationalität, "
        "politische Überzeugung, Rasse oder die Zugehörigkeit zu einer sozialen Gruppe anknüpft, hat die "
        "antragstellende Person nicht glaubhaft gemacht.",
        "Die Schilderungen blieben auch auf Nachfrage oberflächlich. Zeitliche Abläufe wurden abweichend von den "
        "Angaben beim Erstkontakt dargestellt, ohne dass die Widersprüche plausibel aufgelöst werden konnten.",
        "Subsidiärer Schutz scheidet aus (§ 4 Abs. 1 S. 2 AsylG). Anhaltspunkte für Todesstrafe oder Folter sind "
        "nicht ersichtlich, ebenso wenig eine gerade sie treffende Gefahr durch bewaffnete Auseinandersetzungen in der Herkunftsregion.",
        "Zwar ist die Versorgungslage im Herkunftsstaat schwierig; die Schwelle, ab der Art. 3 EMRK über § 60 Abs. 5 "
        "AufenthG einer Abschiebung entgegenstünde, wird jedoch nicht erreicht. Den Grundbedarf wird die "
        "antragstellende Person mit Gelegenheitsjobs und dem Rückhalt ihrer Verwandtschaft decken können.",
        "Auch für § 60 Abs. 7 S. 1 AufenthG fehlt es an einer individuellen, erheblichen Gefahr; besondere Umstände "
        "in der Person wurden nicht geltend gemacht.",
        "Rechtsgrundlage der Abschiebungsandrohung sind §§ 34 Abs. 1 AsylG, 59 AufenthG; für die Monatsfrist ist "
        "§ 38 Abs. 1 AsylG maßgeblich.",
        "Die Länge der Sperrfrist hält sich im Rahmen des Ermessens. Gründe, sie zu verkürzen – etwa enge Angehörige "
        "mit gesichertem Aufenthalt in Deutschland –, wurden weder geltend gemacht noch sind sie erkennbar.",
        "Das Bundesamt stützt seine Einschätzung auf die aktuellen Lageberichte sowie auf Auskünfte internationaler "
        "Organisationen, die in das Verfahren eingeführt wurden.",
    ]
    if c.bamf_tenor != 6:
        bank.insert(
            1,
            "Nach einem Treffer in der Eurodac-Datenbank wurden die Fingerabdrücke bereits in einem anderen "
            "Mitgliedstaat abgenommen; das dortige Aufnahmegesuch wurde fristgerecht angenommen.",
        )
    return bank


def _bamf_body(c, d, r, numbered_reasons: bool) -> list:
    a = c.applicant
    blocks = [
        P(
            f"Betreffend den Asylantrag von {a.vorname} {_caps(a.name)}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, "
            f"Staatsangehörigkeit {a.staat}, ergeht nachstehender Bescheid:"
        )
    ]
    for i, x in enumerate(_tenor(c, r), 1):
        blocks.append(P(f"{i}.  {x}", indent=14))
    blocks.append(P("Gründe", bold=True, align="center"))
    bank = _bamf_reasons(c, r)
    n = d.extra.get("bamf_reasons", 6)
    for i in range(n):
        if numbered_reasons and i % 2 == 0:
            blocks.append(
                P(
                    f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][min(i // 2, 7)]}.",
                    bold=True,
                    after=1,
                )
            )
        blocks.append(P(bank[i % len(bank)]))
    court = c.court_name.replace("Verwaltungsgericht ", "") if c.court_name else c.court_city or "Düsseldorf"
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True, after=2))
    blocks.append(
        P(
            f"Zuständig für eine Klage ist das Verwaltungsgericht {court}. Sie muss binnen "
            f"{'einer Woche' if c.bamf_tenor != 6 else 'zwei Wochen'} ab Zustellung schriftlich eingehen oder dort "
            "mündlich zur Niederschrift erklärt werden; Tatsachen und Beweismittel zur Begründung "
            "sind innerhalb eines Monats mitzuteilen.",
            size=9,
        )
    )
    return blocks


@tpl("bamf_bescheid", "n14a", SPLIT)
def bamf_n14a(c, d, r):
    """Head as a two-part row, a file-number panel, a barcode line, roman-numbered reasons."""
    site = c.bamf_site
    a = c.applicant
    blocks = [
        _row2(
            "Bundesamt\nfür Migration\nund Flüchtlinge", f"{site[0]}\n{site[1]}\n{site[2]}", 0.55, size=9.5
        ),
        P(f"*{c.bamf_gz.replace(' ', '')}*", font="mono", size=8, align="right", after=2),
        Table(
            [
                ["Geschäftszeichen (bitte stets angeben)", c.bamf_gz],
                ["Ort, Tag der Entscheidung", f"{site[2].split(' ', 1)[1]}, {fmt(d.date)}"],
                ["Referat", f"{r.randint(31, 48)}{r.choice('ABCD')} – Entscheidungszentrum"],
            ],
            [0.5, 0.5],
            header=False,
            size=8.5,
        ),
        Space(6),
        P("Zustellung mit PZU", size=7.5, after=1),
    ]
    blocks += [P(a.herr_frau(), after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=14)]
    blocks.append(P("Bescheid", bold=True, size=15, align="center"))
    blocks += _bamf_body(c, d, r, numbered_reasons=True)
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(
        P(
            f"{r.choice(['Hülsmann', 'Ostrowski', 'Terlinden', 'Wiegand', 'Kaiser-Ayan'])}, Einzelentscheider/in",
            size=9,
        )
    )
    return DocSpec(blocks, _st(r, "sans", size=10), footer=f"Bundesamt · {site[0]} · Seite {{p}} von {{n}}")


@tpl("bamf_bescheid", "n14b", SPLIT)
def bamf_n14b(c, d, r):
    """A lawyer's stamped copy of the decision ("Abschrift"), reference and date repeated on every later page."""
    site = c.bamf_site
    a = c.applicant
    got = d.date + timedelta(days=r.randint(2, 6))
    blocks = [
        Box([f"EINGEGANGEN {_abbr(got)}", "Frist notiert: ______"], size=8.5),
        P("– Abschrift –", align="center", size=9, font="italic"),
        P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, align="center", size=11.5, after=0),
        P(f"{site[0]} | {site[1]} | {site[2]}", align="center", size=8),
        Rule(0.4),
        P(f"Geschäftszeichen: {c.bamf_gz}", after=0),
        P(f"Bescheid vom {fmt_long(d.date)}", after=10),
    ]
    if c.rep is not None and c.rep.kind == "anwalt":
        blocks += [
            P(a.herr_frau(), after=0),
            P(f"z. H. {c.rep.org}", after=0),
            P(c.rep.street, after=0),
            P(c.rep.city, after=12),
        ]
    else:
        blocks += [P(a.herr_frau(), after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=12)]
    blocks.append(P("– BESCHEID –", bold=True, size=13, align="center"))
    blocks += _bamf_body(c, d, r, numbered_reasons=False)
    blocks.append(
        P(
            f"{site[2].split(' ', 1)[1]}, {fmt(d.date)} – Im Auftrag gez. {r.choice(['Demirci', 'Vollmer', 'Bergkamp', 'Ruhnau'])}"
        )
    )
    return DocSpec(
        blocks,
        _st(r, "serif"),
        footer="- Seite {p} von {n} -",
        header=f"Gz. {c.bamf_gz} | Bescheid vom {fmt(d.date)}",
    )


@tpl("bamf_bescheid", "n14c", SPLIT)
def bamf_n14c(c, d, r):
    """An "Ausfertigung" with a grid of personal data and "Zu Ziffer" reasons."""
    site = c.bamf_site
    a = c.applicant
    azr = f"{r.randint(100000000000, 999999999999)}"
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, size=12, after=0),
        P(f"{site[0]}, Postanschrift: {site[2]}", size=8.5, after=8),
        P("AUSFERTIGUNG", bold=True, align="right", size=9, after=2),
        P(f"Az.: {c.bamf_gz}  ·  {site[2].split(' ', 1)[1]}, den {fmt(d.date)}", align="right", size=9),
        P(f"{a.herr_frau()}, {c.street}, {c.plz} {c.city}", size=9, after=12),
        P("Bescheid in dem Asylverfahren", bold=True, size=13, align="center"),
        Table(
            [
                ["Familienname", "Vorname", "geb. am", "in", "Staatsangehörigkeit", "AZR-Nr."],
                [_caps(a.name), a.vorname, fmt(a.geburtsdatum), a.geburtsort, a.staat, azr],
            ],
            [0.17, 0.15, 0.15, 0.15, 0.2, 0.18],
            size=8,
        ),
        P("Entscheidung:", bold=True),
    ]
    for i, x in enumerate(_tenor(c, r), 1):
        blocks.append(P(f"Ziffer {i}: {x}", indent=8))
    blocks.append(P("Begründung", bold=True, align="center"))
    bank = _bamf_reasons(c, r)
    n = d.extra.get("bamf_reasons", 6)
    for i in range(n):
        if i % 3 == 0:
            blocks.append(P(f"Zu Ziffer {min(i // 3 + 1, len(_tenor(c, r)))}:", bold=True, after=1))
        blocks.append(P(bank[i % len(bank)]))
    blocks.append(
        P(
            "Rechtsbehelf: Klage zum zuständigen Verwaltungsgericht binnen "
            f"{'einer Woche' if c.bamf_tenor != 6 else 'zwei Wochen'} ab Zustellung (§ 74 AsylG). Einzelheiten enthält "
            "das beigefügte Merkblatt.",
            size=9,
        )
    )
    blocks.append(P("Für die Richtigkeit der Ausfertigung:", size=9, after=14))
    blocks.append(P("Sachbearbeitung Asylverfahrenssekretariat", size=8.5))
    return DocSpec(blocks, _st(r, "cond", size=10), footer=f"Seite {{p}} von {{n}} zum Bescheid {c.bamf_gz}")


# ------------------------------------------------------------------ aerztliches_gutachten


HOSPITALS = [
    "Evangelisches Krankenhaus Am Weidenbach",
    "St.-Lukas-Hospital",
    "Klinik Haus Sonnenfeld",
    "Städtische Kliniken Emscherbogen",
]


def _patient_line(c, fmt_=fmt) -> str:
    p = c.persons[c.ill_person]
    return f"{p.vorname} {_caps(p.name)}, geb. {fmt_(p.geburtsdatum)}"


def _findings(c, r) -> str:
    code = c.diagnosis[0]
    if code.startswith("F"):
        return r.choice(
            [
                "Im Kontakt wach, allseits orientiert, deutlich gedrückt, affektarm; sozialer Rückzug, nächtliches "
                "Hochschrecken, Konzentration und Merkfähigkeit vermindert. Lebensmüde Gedanken werden eingeräumt, "
                "von Handlungsabsichten distanziert sich die Person glaubhaft.",
                "Ängstlich-angespannt, schreckhaft bei Geräuschen im Flur; wiederkehrende Bilder des Erlebten drängen "
                "sich auf, Vermeidungsverhalten ausgeprägt. Schlaf auf wenige Stunden verkürzt, Appetit vermindert.",
            ]
        )
    return r.choice(
        [
            "Die Laborwerte der letzten Kontrollen liegen trotz angepasster Therapie außerhalb des Zielbereichs; "
            "regelmäßige Kontrollen in kurzen Abständen sind erforderlich.",
            "Wiederholte Vorstellungen in der Notaufnahme im letzten Halbjahr; die Einstellung der Medikation ist "
            "noch nicht abgeschlossen und bedarf engmaschiger Überwachung.",
        ]
    )


@tpl("aerztliches_gutachten", "n14a", SPLIT)
def med_n14a(c, d, r):
    """A Befundbericht whose date of issue stands only in the footer."""
    code, name, sev = c.diagnosis
    psych = code.startswith("F")
    blocks = [
        P(c.practice, bold=True, size=11.5, after=0),
        P(
            f"{r.choice(N.STREETS)} {r.randint(2, 90)} · {c.court_city_plz()} · Tel. 0{r_digits(c.practice)}",
            size=8,
        ),
        Rule(0.5),
        P(
            ("Psychotherapeutischer" if psych else "Fachärztlicher") + " Befundbericht",
            bold=True,
            size=13,
        ),
        P(
            "zur Vorlage bei der Härtefallkommission – auf Wunsch der behandelten Person",
            size=9,
            font="italic",
        ),
        P(f"Betrifft: {_patient_line(c)}"),
        P("Anlass und Vorgeschichte", bold=True, after=1),
        P(
            f"Die Behandlung begann im {N.MONTHS_DE[(c.entry.month + 3) % 12]} {c.entry.year + 1 + r.randint(0, 2)}; "
            f"seither fanden {r.randint(14, 60)} Termine statt. Grundlage dieses Berichts sind eigene Untersuchungen, "
            "Angaben von Angehörigen sowie Vorbefunde anderer Behandler."
        ),
        P("Befund", bold=True, after=1),
        P(_findings(c, r)),
        P("Diagnose (ICD-10-GM-Schlüssel)", bold=True, after=1),
        P(f"{code} – {name}", indent=12),
        P("Ausprägung und bisheriger Verlauf", bold=True, after=1),
        P(
            f"Den Schweregrad schätzen wir als {sev} ein. Der Verlauf ist "
            f"{r.choice(['wechselhaft mit kurzen Phasen der Stabilisierung', 'trotz Behandlung chronisch', 'nur zögerlich rückläufig'])}."
        ),
        P("Behandlung", bold=True, after=1),
        P(
            f"{'Wöchentliche Einzelgespräche' if psych else 'Regelmäßige ärztliche Kontrollen'}; Medikation: "
            f"{'; '.join(r.sample(N.MEDICATION, 2))}."
        ),
        P("Prognose bei Abbruch der Behandlung", bold=True, after=1),
        P(
            "Ein Abbruch, etwa durch eine Aufenthaltsbeendigung, ließe eine rasche Verschlechterung bis hin zur "
            "akuten Krise erwarten; eine gleichwertige Versorgung im Herkunftsland ist nach unserer Kenntnis nicht gesichert."
        ),
        Signature(c.doctor),
    ]
    return DocSpec(
        blocks,
        _st(r, "serif"),
        footer=f"{c.doctor} – erstellt am {fmt(d.date)} – Seite {{p}}/{{n}}",
    )


@tpl("aerztliches_gutachten", "n14b", SPLIT)
def med_n14b(c, d, r):
    """A hospital's discharge letter; the date of issue follows the signatures."""
    code, name, sev = c.diagnosis
    p = c.persons[c.ill_person]
    hosp = r.choice(HOSPITALS)
    city = c.city_or_nrw()
    out = d.date - timedelta(days=r.randint(1, 6))
    inn = out - timedelta(days=r.randint(5, 30))
    blocks = [
        P(f"{hosp} {city}", bold=True, size=12, align="center", after=0),
        P(
            "Zentrum für seelische Gesundheit" if code.startswith("F") else "Innere Abteilung, Station 4B",
            align="center",
            size=9,
            after=0,
        ),
        P(
            f"Chefärztin Dr. med. {_nobody(r).split()[1]} · Sekretariat 0{r_digits(hosp)}",
            align="center",
            size=8,
        ),
        Rule(),
        P(f"An: {c.doctor}, {c.practice}", size=9),
        P("Entlassungsbericht", bold=True, size=13),
        P(
            f"Hiermit informieren wir Sie über {'Herrn' if p.sex == 'm' else 'Frau'} {p.full}, geboren {fmt(p.geburtsdatum)}, "
            f"{'der' if p.sex == 'm' else 'die'} vom {fmt(inn)} bis zum "
            f"{fmt(out)} stationär bei uns aufgenommen war."
        ),
        P("Diagnosen bei Entlassung", bold=True, after=1),
        P(f"1. {name} [{code}]", indent=10, after=1),
        P(
            f"2. {r.choice(['Eisenmangel', 'Vitamin-D-Mangel', 'Übergewicht (BMI 31)', 'Z. n. Appendektomie'])}",
            indent=10,
        ),
        P("Befund bei Aufnahme, stationärer Verlauf", bold=True, after=1),
        P(_findings(c, r)),
        P(
            f"Unter stationären Bedingungen gelang eine Teilstabilisierung. Der Schweregrad ist weiterhin als {sev} "
            "zu bewerten; eine ambulante Weiterbehandlung ist unerlässlich."
        ),
        P("Medikation bei Entlassung", bold=True, after=1),
        Table([["Wirkstoff / Dosis"]] + [[m] for m in r.sample(N.MEDICATION, 3)], [1.0], size=9),
        P("Mit kollegialen Grüßen vom Stationsteam"),
        _row2(
            f"Dr. med. {_nobody(r)}\nOberärztin/Oberarzt", f"{_nobody(r)}\nStationsärztin/Stationsarzt", 0.5
        ),
        P(f"ausgefertigt {city}, {fmt_long(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"), footer="Entlassungsbericht – Seite {p} von {n}")


@tpl("aerztliches_gutachten", "n14c", SPLIT)
def med_n14c(c, d, r):
    """A qualified certificate in the order of § 60a Abs. 2c AufenthG, its date in a header panel (short year)."""
    code, name, sev = c.diagnosis
    blocks = [
        _row2(
            c.practice,
            f"Ausstellungstag: {_yy(d.date)}\nUnser Zeichen: {_fake_ref(c.doctor, '{a}-{b}')}",
            0.6,
            size=9,
        ),
        Rule(0.4),
        P("Qualifizierte ärztliche Bescheinigung", bold=True, size=13, after=0),
        P("(Aufbau entsprechend § 60a Abs. 2c S. 3 AufenthG)", size=8.5),
        P(f"Patient/in: {_patient_line(c, _dm)}"),
        P("1. Tatsächliche Umstände", bold=True, after=1),
        P(
            f"Vorstellung seit {N.MONTHS_DE[(c.entry.month + 5) % 12]} {c.entry.year + 1}; Anlass waren "
            f"{'Schlafstörungen, Grübeln und Erschöpfung' if code.startswith('F') else 'wiederholte akute Beschwerden'}."
        ),
        P("2. Wie die Befunde erhoben wurden", bold=True, after=1),
        P(
            "Ausführliche Anamnese mit Sprachmittlung, körperliche Untersuchung, "
            f"{'testpsychologische Diagnostik (PCL-5, BDI-II)' if code.startswith('F') else 'Labordiagnostik und apparative Untersuchungen'}."
        ),
        P("3. Diagnose (fachärztliche Einschätzung)", bold=True, after=1),
        P(f"{name}, ICD-10: {code}"),
        P("4. Schweregrad", bold=True, after=1),
        P(f"{sev.capitalize()}; {_findings(c, r)}"),
        P("5. Folgen für den Fall einer Rückkehr", bold=True, after=1),
        P(
            "Es ist mit einer wesentlichen Verschlechterung zu rechnen, weil die laufende Therapie abbräche und eine "
            "Anschlussbehandlung nicht gesichert wäre."
        ),
        P("6. Medikation", bold=True, after=1),
        P(" / ".join(r.sample(N.MEDICATION, 2))),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _st(r, "cond"))


@tpl("aerztliches_gutachten", "n14d", SPLIT)
def med_n14d(c, d, r):
    """A short attest on a practice form, written by hand, with the practice stamp and its date beside it."""
    code, name, sev = c.diagnosis
    blocks = [
        P("Ärztliche Bescheinigung", bold=True, size=12),
        P("für Ämter und Behörden", size=8.5, after=8),
        P(
            f"Ärztlich bestätigt wird, dass {_patient_line(c, fmt_long)} in unserer Praxis wegen "
            f"{name} ({code}) behandelt wird. Die Erkrankung ist {sev}; ein Abbrechen der Therapie halte ich "
            "medizinisch für nicht verantwortbar.",
            font="italic",
            size=11.5,
        ),
        P(f"Aktuelle Medikation: {r.choice(N.MEDICATION)}", font="italic"),
        Space(10),
        Table(
            [
                [
                    f"{c.practice}\n{c.court_city_plz()}\nBSNR {r.randint(100000000, 999999999)}",
                    f"Datum: {_abbr(d.date)}",
                ]
            ],
            [0.62, 0.38],
            header=False,
            grid=True,
            size=8.5,
        ),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _st(r, "sans", size=10.5))


# ------------------------------------------------------------------ vollmacht


@tpl("vollmacht", "n14a", SPLIT)
def vollmacht_n14a(c, d, r):
    """A firm's form of procedural power with ticked powers."""
    a = c.applicant
    blocks = [
        P(_rep_name(c), bold=True, size=11, after=0),
        P(f"{c.rep.street} · {c.rep.city}", size=8, after=10),
        P("Verfahrensvollmacht", bold=True, size=15),
        P(
            f"In Sachen {_caps(a.name)}, {a.vorname} – wegen: Härtefallersuchen (§ 23a AufenthG) und aufenthaltsrechtliche Angelegenheiten"
        ),
        P(
            f"wird {_rep_name(c)}{'' if c.rep.kind == 'privat' else ', vertreten durch ' + c.rep.person}, bevollmächtigt",
            bold=True,
        ),
        P(
            "[x] Schriftverkehr und Anträge bei der Härtefallkommission (Geschäftsstelle Düsseldorf)",
            indent=10,
            after=1,
        ),
        P("[x] zur Einsicht in die Akten der Ausländerbehörde und weiterer Behörden", indent=10, after=1),
        P(
            "[x] zur Entgegennahme von Schriftstücken, insbesondere der Eingangsbestätigung",
            indent=10,
            after=1,
        ),
        P("[x] zur Bestellung von Unterbevollmächtigten", indent=10, after=1),
        P("[  ] zur Vertretung vor Gericht (nur wenn angekreuzt)", indent=10),
        P(
            "Die Vollmacht erstreckt sich auf die im Antrag genannten Familienangehörigen"
            + (f" ({', '.join(p.vorname for p in c.persons[1:])})." if len(c.persons) > 1 else ".")
        ),
        Table(
            [["Ort, Datum", "Unterschrift Vollmachtgeber/in"], [f"{_abh_city(c)}, {fmt(d.date)}", ""]],
            [0.45, 0.55],
            size=9,
        ),
        Signature(a.full),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("vollmacht", "n14b", SPLIT)
def vollmacht_n14b(c, d, r):
    """Plain-language power for a counselling service or a relative; the date comes after the signature."""
    a = c.applicant
    who = c.rep.person if c.rep.kind == "privat" else f"{c.rep.person} von {c.rep.org}"
    born = fmt(a.geburtsdatum)
    blocks = [
        P("Vollmacht", bold=True, size=14, align="center"),
        P("(in einfacher Sprache)", align="center", size=9, after=12),
        P(f"Ich heiße {a.full}. Mein Geburtsdatum: {born}. Ich wohne in {c.street}, {c.plz} {c.city}."),
        P(
            f"Ich erlaube {who}, meine Sache bei der Härtefallkommission zu vertreten: Briefe schreiben, anrufen, nachfragen."
        ),
        P(f"{c.rep.person} darf Briefe für mich bekommen und meine Akte lesen."),
        P(
            "Die Erlaubnis gilt ebenso für meine Angehörigen."
            if len(c.persons) > 1
            else "Das gilt, bis ich es zurücknehme."
        ),
        P(f"Anschrift der bevollmächtigten Person oder Stelle: {c.rep.street}, {c.rep.city}", size=9),
        Space(10),
        Signature(a.full),
        P(f"unterschrieben am {_dm(d.date)} in {_abh_city(c)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans", size=11.5))


@tpl("vollmacht", "n14c", SPLIT)
def vollmacht_n14c(c, d, r):
    """A bilingual power (German | English) in two columns."""
    a = c.applicant
    rep = _rep_name(c)
    rows = [
        ["Vollmacht", "Power of attorney"],
        [
            f"Ich, {a.full}, bevollmächtige {rep}, {c.rep.adresse}, mich im Härtefallverfahren zu vertreten.",
            f"I, {a.full}, authorise {rep}, {c.rep.adresse}, to represent me in the hardship procedure.",
        ],
        [
            "Die Vollmacht umfasst Anträge, Akteneinsicht und den Empfang von Post.",
            "This covers applications, inspection of files and receiving letters.",
        ],
        [
            "Sie kann jederzeit schriftlich widerrufen werden.",
            "It can be revoked in writing at any time.",
        ],
    ]
    blocks = [
        Table(rows, [0.5, 0.5], header=True, grid=True, size=9.5),
        P(f"Datum / date: {fmt(d.date)}"),
        Signature(a.full),
        P(f"Angenommen / accepted: {c.rep.person}", size=9),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ schweigepflichtsentbindung


def _ill(c):
    return c.persons[c.ill_person] if c.illness else c.applicant


@tpl("schweigepflichtsentbindung", "n14a", SPLIT)
def spe_n14a(c, d, r):
    """A release with a table of the professionals it covers."""
    p = _ill(c)
    gp = f"Dr. med. {_nobody(r)}"
    blocks = [
        P("Freistellung von der Verschwiegenheitspflicht", bold=True, size=13),
        P(f"Ich, {p.full}, geboren {_dm(p.geburtsdatum)}, wohnhaft {c.adresse}, erkläre:"),
        P(
            "Ich befreie die unten aufgeführten Ärztinnen, Ärzte und Therapeutinnen bzw. Therapeuten von ihrer "
            "Pflicht zur Verschwiegenheit (§ 203 StGB) gegenüber der Geschäftsstelle der Härtefallkommission und "
            "deren ärztlichen Beraterinnen und Beratern."
        ),
        Table(
            [
                ["Name", "Fachrichtung / Einrichtung", "Anschrift"],
                [c.doctor, c.practice, c.court_city_plz()],
                [gp, "Hausärztliche Versorgung", c.court_city_plz()],
            ],
            [0.28, 0.42, 0.3],
            size=8.5,
        ),
        P(
            "Die Befreiung gilt für Auskünfte über Diagnosen, Befunde, Behandlungsverlauf und Prognose, soweit sie "
            "für das Härtefallverfahren erheblich sind. Sie endet mit dem Abschluss des Verfahrens oder mit meinem Widerruf."
        ),
        Signature(p.full, f"{_abh_city(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schweigepflichtsentbindung", "n14b", SPLIT)
def spe_n14b(c, d, r):
    """The practice's own form, scope as check boxes, the date written out."""
    p = _ill(c)
    blocks = [
        P(c.practice, bold=True, align="center", after=0),
        P(c.court_city_plz(), align="center", size=8.5),
        Rule(0.3),
        P("Schweigepflicht – Freigabe von Auskünften", bold=True, size=12),
        P(f"Patientin/Patient: {p.vorname} {_caps(p.name)} (geboren {fmt_long(p.geburtsdatum)})"),
        P(
            f"Ich stimme zu, dass {c.doctor} Auskunft gibt an: Geschäftsstelle der Härtefallkommission "
            "NRW in Düsseldorf."
        ),
        P("Umfang:", bold=True, after=1),
        P(
            "[x] Befunde  [x] Diagnosen und Therapie  [x] Arzneimittel  [ ] Kopie der gesamten Akte",
            font="mono",
            size=9,
        ),
        P("Befristung:", bold=True, after=1),
        P("[x] bis zum Abschluss des Härtefallverfahrens   [ ] unbefristet", font="mono", size=9),
        P("Zurücknehmen kann ich die Freigabe jederzeit; ab diesem Tag gilt sie dann nicht mehr.", size=9),
        Signature(p.full, f"{_abh_city(c)}, den {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("schweigepflichtsentbindung", "n14c", SPLIT)
def spe_n14c(c, d, r):
    """Signed by the applicant for the person concerned (a child or the spouse, or oneself)."""
    p = _ill(c)
    a = c.applicant
    own = p is a
    blocks = [
        P("Schweigepflichtentbindung", bold=True, size=13, align="center"),
        P("– Härtefallsache bei der Kommission in Düsseldorf –", align="center", size=9, after=10),
        Table(
            [
                ["betroffene Person", f"{p.full}, * {fmt(p.geburtsdatum)}"],
                [
                    "erklärt durch",
                    "selbst"
                    if own
                    else f"{a.full} ({'Elternteil' if p.role == 'child' else 'Ehepartner/in, mit Zustimmung'})",
                ],
                ["behandelnde Stelle", f"{c.practice}, {c.doctor}"],
            ],
            [0.32, 0.68],
            header=False,
            size=9,
        ),
        P(
            "Für alle Auskünfte, die Kommission oder Geschäftsstelle zu Krankheit und Behandlung brauchen, gilt die "
            "Schweigepflicht der genannten Stelle hiermit als aufgehoben. An Dritte darf nichts weitergegeben werden."
        ),
        Signature(a.full),
        P(f"Datum: {_dm(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ datenschutzeinwilligung


def _adults(c):
    return [p for p in c.persons if p.age_on(c.received) >= 16]


@tpl("datenschutzeinwilligung", "n14a", SPLIT)
def dse_n14a(c, d, r):
    """Consent in numbered paragraphs, a signature row for every adult."""
    blocks = [
        P("Einwilligungserklärung", bold=True, size=14, after=0),
        P("über den Umgang mit meinen Daten im Verfahren vor der Härtefallkommission", size=10.5),
        P(
            "(1) Meine Angaben im Antragsschreiben und in allen beigelegten Papieren darf die Geschäftsstelle "
            "speichern, sichten und den Kommissionsmitgliedern zur Beratung vorlegen (Art. 6 Abs. 1 Buchst. a DSGVO)."
        ),
        P(
            "(2) Das schließt sensible Angaben ein – etwa zu Gesundheit und Herkunft –, deren Verarbeitung ich "
            "ausdrücklich zustimme (Art. 9 Abs. 2 Buchst. a DSGVO)."
        ),
        P(
            "(3) Die Daten dürfen der zuständigen Ausländerbehörde übermittelt werden, soweit das Verfahren es erfordert."
        ),
        P(
            "(4) Widerrufen kann ich diese Erklärung jederzeit und formlos; was vorher verarbeitet wurde, bleibt "
            "davon unberührt (Art. 7 Abs. 3 DSGVO)."
        ),
        Table(
            [["Name, Vorname", "geboren", "Unterschrift"]]
            + [
                [f"{_caps(p.name)}, {p.vorname}", fmt(p.geburtsdatum), ""]
                for p in _adults(c) or [c.applicant]
            ],
            [0.4, 0.22, 0.38],
            size=9,
        ),
        P(f"{_abh_city(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("datenschutzeinwilligung", "n14b", SPLIT)
def dse_n14b(c, d, r):
    """A counselling service's consent to pass data on, with a table of categories and recipients."""
    a = c.applicant
    org = c.rep.org if c.rep is not None and c.rep.kind != "privat" else "der Beratungsstelle"
    rows = [
        ["Datenart", "an wen", "wozu"],
        ["Name, Geburtsdaten, Anschrift", "Härtefallkommission NRW", "Bearbeitung des Antrags"],
        ["Aufenthaltsstatus, Bescheide", "Ausländerbehörde", "Prüfung des Ersuchens"],
        ["Schul- und Arbeitsnachweise", "Härtefallkommission NRW", "Darlegung der Integration"],
    ]
    if c.illness:
        rows.append(
            [
                "Angaben zur Gesundheit (soweit vorgelegt)",
                "Härtefallkommission NRW",
                "Prüfung humanitärer Gründe",
            ]
        )
    blocks = [
        P("Einverständnis zur Datenweitergabe", bold=True, size=13),
        P(f"Ich, {a.full}, erlaube, dass {org} meine personenbezogenen Daten wie folgt weitergibt:"),
        Table(rows, [0.38, 0.3, 0.32], size=8.5),
        P(
            "Rechtsgrundlage ist meine Einwilligung nach der DSGVO. Ich habe das Recht auf Auskunft, Berichtigung und "
            "Löschung und kann mein Einverständnis jederzeit widerrufen; ein Widerruf hat keine Nachteile für die Beratung."
        ),
        Signature(a.full, f"Datum: {_abbr(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("datenschutzeinwilligung", "n14c", SPLIT)
def dse_n14c(c, d, r):
    """A short bilingual tick-box consent."""
    a = c.applicant
    blocks = [
        P("Einwilligung Datenschutz | Consent to data use", bold=True, size=12),
        P(f"Name / name: {a.full}    geb. / born: {fmt(a.geburtsdatum)}", size=9.5),
        P("[x] Ich willige in die Verarbeitung meiner Daten für das Härtefallverfahren ein.", after=1),
        P("     I consent to the processing of my data for the hardship procedure.", size=8.5, font="italic"),
        P("[x] Ich weiß, dass ich die Einwilligung widerrufen kann.", after=1),
        P("     I know that I can withdraw my consent.", size=8.5, font="italic"),
    ]
    if c.illness:
        blocks += [
            P(
                "[x] Gesundheitsdaten dürfen verarbeitet werden, soweit ich sie vorlege (Art. 9 DSGVO).",
                after=1,
            ),
            P("     Health data may be processed as far as I submit them.", size=8.5, font="italic"),
        ]
    blocks.append(Signature(a.full, f"{_iso(d.date)}"))
    return DocSpec(blocks, _st(r, "sans", dense=True))


# ------------------------------------------------------------------ lebenslauf


def _cv_events(c) -> list[tuple[str, str, str]]:
    """(from, to, what) of the applicant's life, MM/YYYY where a month is known."""
    a = c.applicant
    by = a.geburtsdatum.year
    ev = [
        (f"{by + 6}", f"{by + 15}", f"Schulbesuch in {a.geburtsort}"),
        (f"{by + 15}", f"{c.entry.year - 1}", r_work(c)),
        (c.entry.strftime("%m/%Y"), "", "Flucht bzw. Ausreise und Ankunft in Deutschland"),
    ]
    if c.asylum:
        ev.append(
            (
                c.asylum_applied.strftime("%m/%Y"),
                c.bamf_date.strftime("%m/%Y"),
                "Asylverfahren beim Bundesamt, Ablehnung",
            )
        )
    else:
        ev.append((c.entry.strftime("%m/%Y"), "", f"Visumsaufenthalt ({c.visa_purpose})"))
    ev.append(
        (f"{c.entry.year + 1}", f"{c.entry.year + 2}", "Integrationskurs (Sprach- und Orientierungsteil)")
    )
    if c.ausbildung:
        ev.append((f"08/{c.received.year - 1}", "heute", "Berufsausbildung"))
    elif c.job:
        ev.append((f"{min(c.entry.year + 2, c.received.year - 1)}", "heute", f"{c.job} bei {c.employer}"))
    ev.append((f"{c.entry.year + 2}", "heute", f"ehrenamtlich: {c.club}"))
    return ev


def r_work(c) -> str:
    return {"m": "Arbeit im Laden der Familie", "f": "Arbeit als Näherin in Heimarbeit"}[c.applicant.sex]


@tpl("lebenslauf", "n14a", SPLIT)
def cv_n14a(c, d, r):
    """A CV with a personal-data panel and a four-column table (von | bis | Station | Bemerkung)."""
    a = c.applicant
    blocks = [
        _row2(f"Lebenslauf\n{a.full}", "[ Passfoto ]", 0.75, size=13),
        P("Persönliche Daten", bold=True, after=1),
        P(
            f"Geburtstag: {fmt_long(a.geburtsdatum)} · Geburtsort: {a.geburtsort} · Nationalität: {a.staat}",
            after=1,
        ),
        P(
            f"Familienstand: {'verheiratet' if any(p.role == 'spouse' for p in c.persons) else 'ledig'}; Kinder: {len(c.children())}"
        ),
        P(f"Anschrift: {c.adresse}"),
        Table(
            [["von", "bis", "Station"]] + [[f, t, w] for f, t, w in _cv_events(c)],
            [0.15, 0.15, 0.7],
            size=9,
        ),
        P("Sprachen: Muttersprache, Deutsch (gut), Englisch (Grundkenntnisse)", size=9),
        Signature(a.full, f"{_abh_city(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("lebenslauf", "n14b", SPLIT)
def cv_n14b(c, d, r):
    """A typed CV with dotted leaders between the years and the stations."""
    a = c.applicant
    blocks = [
        P("LEBENSLAUF (Zeitleiste)", bold=True, size=13, align="center"),
        P(f"{a.vorname} {_caps(a.name)}", align="center", after=12),
        P(
            f"{a.geburtsdatum.year} {'.' * 12} geboren in {a.geburtsort} ({c.natinfo['land']})",
            font="mono",
            size=9.5,
            after=2,
        ),
    ]
    for f, t, w in _cv_events(c):
        span = f if not t else f"{f}–{t}"
        blocks.append(P(f"{span} {'.' * max(3, 22 - len(span))} {w}", font="mono", size=9.5, after=2))
    blocks.append(Space(8))
    blocks.append(P(f"Stand: {_abbr(d.date)}", size=9))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _st(r, "mono", size=9.5))


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "n14a", SPLIT)
def lang_n14a(c, d, r):
    """An exam result sheet with sub-scores."""
    a = c.applicant
    lvl = r.choice(["A2", "B1", "B1"])
    pts = [r.randint(22, 45), r.randint(14, 20), r.randint(60, 100)]
    blocks = [
        P("Ergebnismitteilung", bold=True, size=14),
        P("Deutsch-Test für Zuwanderer (A2–B1)", size=11),
        P(f"Prüfungszentrum: Sprachwerkstatt Rheinufer gGmbH, {c.city_or_nrw()}", size=9),
        Table(
            [
                ["Teilnehmer/in", f"{_caps(a.name)}, {a.vorname}"],
                ["geboren", f"{fmt(a.geburtsdatum)} in {a.geburtsort}"],
                ["Prüfungsdatum", fmt(d.date - timedelta(days=r.randint(20, 40)))],
                ["Teilnehmernummer", _fake_ref(a.full, "{a}{b}{c}")],
            ],
            [0.35, 0.65],
            header=False,
            size=9,
        ),
        Table(
            [
                ["Prüfungsteil", "Punkte", "Niveau"],
                ["Hören / Lesen", str(pts[0]), lvl],
                ["Schreiben", str(pts[1]), lvl],
                ["Sprechen", str(pts[2]), lvl],
            ],
            [0.5, 0.25, 0.25],
            size=9,
        ),
        P(
            f"Gesamtergebnis: Sprachniveau {lvl} des Gemeinsamen Europäischen Referenzrahmens erreicht.",
            bold=True,
        ),
        P(f"Ausgestellt am {_dm(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sprachnachweis", "n14b", SPLIT)
def lang_n14b(c, d, r):
    """A language school's confirmation of a completed integration course."""
    a = c.applicant
    school = r.choice(["Sprachinstitut Brückenschlag", "Lernhaus Kanalufer", "Bildungswerk Dreiländereck"])
    blocks = [
        P(f"{school} {c.city_or_nrw()}", bold=True, size=12, after=0),
        P("vom BAMF zugelassener Kursträger", size=8.5),
        Rule(0.3),
        P("Teilnahmebestätigung Integrationskurs", bold=True, size=13),
        P(f"{a.herr_frau()} (geb. {fmt(a.geburtsdatum)}) hat an folgendem Kurs teilgenommen:"),
        Table(
            [
                ["Sprachkurs", "600 Unterrichtseinheiten"],
                ["Orientierungskurs", "100 Unterrichtseinheiten"],
                ["Test „Leben in Deutschland“", f"{r.randint(17, 32)}/33 Punkte"],
                ["Anwesenheit", f"{r.randint(82, 99)} %"],
            ],
            [0.5, 0.5],
            header=False,
            size=9,
        ),
        P("Die Kursleitung bescheinigt regelmäßige und aktive Mitarbeit."),
        Signature(f"{_nobody(r)}, Kursleitung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "n14a", SPLIT)
def work_n14a(c, d, r):
    """A payslip with a wage table."""
    a = c.applicant
    brutto = r.randint(1900, 2900)
    netto = round(brutto * r.uniform(0.66, 0.74), 2)
    month = d.date.replace(day=1) - timedelta(days=1)
    blocks = [
        P(c.employer, bold=True, after=0),
        P("Lohnbuchhaltung", size=8.5, after=8),
        P(f"Verdienstabrechnung für {N.MONTHS_DE[month.month - 1]} {month.year}", bold=True, size=12),
        Table(
            [
                ["Arbeitnehmer/in", a.full],
                ["Personalnummer", f"{r.randint(1000, 9999)}"],
                ["Steuerklasse / Kinder", f"{'III' if len(c.persons) > 1 else 'I'} / {len(c.children())}"],
                ["Tätigkeit", c.job or "Aushilfe"],
            ],
            [0.4, 0.6],
            header=False,
            size=8.5,
        ),
        Table(
            [
                ["Lohnart", "Betrag EUR"],
                ["Grundlohn", f"{brutto:.2f}".replace(".", ",")],
                ["Gesamtbrutto", f"{brutto:.2f}".replace(".", ",")],
                ["Steuern und Sozialabgaben", f"-{brutto - netto:.2f}".replace(".", ",")],
                ["Auszahlungsbetrag", f"{netto:.2f}".replace(".", ",")],
            ],
            [0.6, 0.4],
            size=9,
        ),
        P(f"Abrechnung erstellt: {_iso(d.date)}", size=8, font="mono"),
    ]
    return DocSpec(blocks, _st(r, "mono", size=9))


@tpl("arbeitsnachweis", "n14b", SPLIT)
def work_n14b(c, d, r):
    """An employer's confirmation of employment and of the wish to keep the employee."""
    a = c.applicant
    since = max(c.entry + timedelta(days=400), c.received - timedelta(days=900))
    boss = _nobody(r)
    blocks = [
        P(c.employer, bold=True, size=12, align="right", after=0),
        P(f"Personalabteilung · {c.city_or_nrw()}", size=8.5, align="right"),
        Space(10),
        P("Arbeitgeberbestätigung", bold=True, size=12),
        P(
            f"Wir können bestätigen, dass {a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, seit dem {fmt(since)} bei uns "
            f"als {c.job or 'Helfer/in'} in Vollzeit ({r.choice([38, 39, 40])} Wochenstunden) beschäftigt ist. "
            "Das Arbeitsverhältnis ist unbefristet und ungekündigt."
        ),
        P(
            "Arbeitsqualität und Pünktlichkeit sind tadellos, auf diese Kraft wollen wir nicht verzichten. Fiele sie weg, "
            "wäre die Stelle auf absehbare Zeit nicht zu besetzen."
        ),
        Signature(f"{boss}, Geschäftsführung", f"{c.city_or_nrw()}, {_abbr(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "n14a", SPLIT)
def vol_n14a(c, d, r):
    """A certificate of volunteering with hours per quarter."""
    a = c.applicant
    y = d.date.year - 1
    blocks = [
        P(c.club, bold=True, size=12),
        P("Bescheinigung Ehrenamt", bold=True, size=13),
        P(
            f"Gern bescheinigen wir, dass {a.full} sich seit {c.entry.year + 2} unentgeltlich bei uns einbringt."
        ),
        Table(
            [["Zeitraum", "Tätigkeit", "Stunden"]]
            + [
                [
                    f"{q}. Quartal {y}",
                    r.choice(
                        [
                            "Ausgabe und Sortieren",
                            "Aufbau bei Veranstaltungen",
                            "Fahrdienst",
                            "Begleitung neuer Mitglieder",
                        ]
                    ),
                    str(r.randint(18, 60)),
                ]
                for q in range(1, 5)
            ],
            [0.3, 0.5, 0.2],
            size=9,
        ),
        P(
            "Wir schätzen die Zuverlässigkeit und die freundliche Art sehr und hoffen auf viele weitere Jahre."
        ),
        Signature(f"{_nobody(r)}, Vorstand", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("ehrenamt", "n14b", SPLIT)
def vol_n14b(c, d, r):
    """A membership confirmation in a frame, like a club card."""
    a = c.applicant
    blocks = [
        Box(
            [
                "Mitgliedsbescheinigung",
                c.club,
                f"Mitglied: {a.full}",
                f"Mitgliedsnummer: {r.randint(100, 2999)}",
                f"Eintritt: {_dm(c.entry + timedelta(days=500))}",
                "Funktion: aktives Mitglied, Helferteam",
            ],
            size=10,
        ),
        P(f"Ausgestellt am {fmt(d.date)} durch die Geschäftsstelle des Vereins.", size=9),
        Signature(f"{_nobody(r)} (Schriftführung)"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "n14a", SPLIT)
def sup_n14a(c, d, r):
    """A neighbour's handwritten letter."""
    a = c.applicant
    me = _nobody(r)
    years = max(1, c.received.year - c.entry.year - 1)
    blocks = [
        P(f"{me}", font="italic", after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 80)}, {c.city_or_nrw()}", font="italic", after=12),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", font="italic", align="right"),
        P("Sehr verehrte Kommission,", font="italic"),
        P(
            f"seit gut {years} Jahren sind {a.full}{' mit Familie' if len(c.persons) > 1 else ''} und ich Nachbarn im selben Treppenhaus. "
            "Am Anfang haben wir uns mit Händen und Füßen verständigt, heute trinken wir sonntags Tee zusammen und "
            "reden über alles.",
            font="italic",
        ),
        P(
            f"Als ich im letzten Winter gestürzt bin, hat {'er' if a.sex == 'm' else 'sie'} wochenlang für mich "
            "eingekauft. Solche Menschen braucht unser Haus und unsere Stadt.",
            font="italic",
        ),
        P(
            "Bitte geben Sie "
            + ("dieser Familie" if len(c.persons) > 1 else "diesem Menschen")
            + " eine Zukunft hier bei uns.",
            font="italic",
        ),
        P("Ihre/Ihr", font="italic"),
        Signature(me),
    ]
    return DocSpec(blocks, _st(r, "sans", size=11.5))


@tpl("unterstuetzerschreiben", "n14b", SPLIT)
def sup_n14b(c, d, r):
    """A pastor's or teacher's reference letter on letterhead."""
    a = c.applicant
    writer = _nobody(r)
    role, org = r.choice(
        [
            ("Pfarrerin/Pfarrer", f"Evangelische Friedenskirchengemeinde {c.city_or_nrw()}"),
            ("Klassenlehrerin/Klassenlehrer", f"Abendrealschule {c.city_or_nrw()}"),
            ("Quartiersmanagerin/Quartiersmanager", f"Stadtteilbüro Nordviertel {c.city_or_nrw()}"),
        ]
    )
    blocks = [
        P(org, bold=True, size=11.5, align="center", after=0),
        P(f"{writer} · {role}", size=8.5, align="center"),
        Rule(0.4),
        P(f"Datum: {fmt(d.date)}", align="right", size=9),
        P(f"Stellungnahme zugunsten von {a.full}", bold=True),
        P(
            f"Ich lernte {_herrn(a)} vor {max(1, c.received.year - c.entry.year - 1)} Jahren kennen und erlebe "
            f"{'ihn' if a.sex == 'm' else 'sie'} seither als verlässlichen, hilfsbereiten Menschen, der Verantwortung "
            "übernimmt und Brücken zwischen Nachbarn baut."
        ),
        P(
            "Was hier an Vertrauen gewachsen ist, ließe sich an keinem anderen Ort neu aufbauen. Ich unterstütze das "
            "Anliegen, ein Bleiberecht zu erhalten, ausdrücklich und stehe für Rückfragen gern bereit."
        ),
        Signature(f"{writer}, {role}"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ schulnachweis


KITAS = ["Kindertagesstätte Pusteblume", "Familienzentrum Regenbogenland", "Kita Kleine Strolche"]


def _school_year(day) -> str:
    y = day.year if day.month >= 8 else day.year - 1
    return f"{y}/{str(y + 1)[2:]}"


@tpl("schulnachweis", "n14a", SPLIT)
def school_n14a(c, d, r):
    """A confirmation of attendance (a Kita's for a small child), with a stamp panel."""
    k = _child(c, d)
    small = k.age_on(d.date) < 6
    org = f"{r.choice(KITAS)} {c.city_or_nrw()}" if small else c.school
    blocks = [
        P(org, bold=True, size=12),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 40)} · {c.court_city_plz()}", size=8.5, after=10),
        P("Betreuungsbestätigung" if small else "Schulbesuchsbescheinigung", bold=True, size=13),
        P(
            f"{k.vorname} {k.name}, geboren am {fmt(k.geburtsdatum)}, "
            + (
                f"wird seit {month_name(c.received - timedelta(days=400))} in unserer Einrichtung betreut (Gruppe „{r.choice(['Füchse', 'Igel', 'Sterne'])}“, 35 Wochenstunden)."
                if small
                else f"ist im laufenden Schuljahr {_school_year(d.date)} in Klasse {max(1, min(10, k.age_on(d.date) - 5))}{r.choice('abc')} eingeschrieben."
            )
        ),
        P("Die Eltern haben diese Bestätigung für ein behördliches Verfahren erbeten."),
        Table(
            [[f"Stempel\n\n{org}", f"{c.city_or_nrw()}, {_yy(d.date)}\n\n\nLeitung"]],
            [0.5, 0.5],
            header=False,
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _st(r))


def month_name(day) -> str:
    return f"{N.MONTHS_DE[day.month - 1]} {day.year}"


@tpl("schulnachweis", "n14b", SPLIT)
def school_n14b(c, d, r):
    """A half-year report with a grade table and remarks (a Kita's development note for a small child)."""
    k = _child(c, d)
    if k.age_on(d.date) < 6:
        org = f"{r.choice(KITAS)} {c.city_or_nrw()}"
        blocks = [
            P(org, bold=True, size=12),
            P("Kurzbericht zur Entwicklung", bold=True, size=13),
            P(f"Kind: {k.full}, * {_dm(k.geburtsdatum)}"),
            P(
                f"{k.vorname} besucht unsere Einrichtung regelmäßig, spielt gern mit anderen Kindern und spricht "
                "zunehmend in ganzen deutschen Sätzen. Die Eingewöhnung ist abgeschlossen."
            ),
            Signature(f"{_nobody(r)}, Gruppenleitung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
        ]
        return DocSpec(blocks, _st(r, "sans"))
    grades = ["gut", "befriedigend", "sehr gut", "ausreichend"]
    subj = [
        "Deutsch",
        "Mathematik",
        "Englisch",
        "Sachunterricht" if k.age_on(d.date) < 11 else "Gesellschaftslehre",
        "Sport",
        "Kunst",
    ]
    blocks = [
        P(c.school, bold=True, align="center", size=12, after=0),
        P(f"Halbjahreszeugnis – Schuljahr {_school_year(d.date)}", bold=True, align="center", size=13),
        P(f"Schülerin/Schüler: {k.vorname} {_caps(k.name)}, * {fmt(k.geburtsdatum)}", align="center"),
        Table([["Fach", "Note"]] + [[s, r.choice(grades)] for s in subj], [0.6, 0.4], size=9.5),
        P("Mitarbeit und Umgang mit anderen: stets zuverlässig und hilfsbereit.", size=9.5),
        P(f"Abwesenheit im Halbjahr: {r.randint(0, 6)} Tage, jeweils mit Entschuldigung", size=9.5),
        Table(
            [[f"{c.city_or_nrw()}, {fmt(d.date)}", "Klassenleitung", "Schulleitung"]],
            [0.4, 0.3, 0.3],
            header=False,
            grid=False,
            size=9,
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


def _abh_top(c, r) -> list:
    city = _abh_city(c)
    boss = "Der Landrat" if c.abh.startswith("Kreis") else "Der Oberbürgermeister"
    return [
        _row2(
            f"{c.abh}\n{boss}",
            f"Dienstgebäude {r.choice(N.STREETS)} {r.randint(1, 40)}\n{c.abh_plz} {city}\nZimmer {r.randint(100, 420)}",
            0.6,
            size=8.5,
        ),
        Rule(0.3),
    ]


@tpl("auslaenderbehoerde", "n14a", SPLIT)
def abh_n14a(c, d, r):
    """The paper of toleration (or of permitted stay while the asylum procedure runs) as a form."""
    a = c.applicant
    if c.gestattung:
        title, basis = "Bescheinigung über die Aufenthaltsgestattung", "§ 63 AsylG"
    elif c.ausbildung:
        title, basis = (
            "Bescheinigung über die Aussetzung der Abschiebung (Duldung)",
            "§ 60c AufenthG (Ausbildungsduldung)",
        )
    else:
        title, basis = "Bescheinigung über die Aussetzung der Abschiebung (Duldung)", "§ 60a Abs. 2 AufenthG"
    until = d.date + timedelta(days=r.choice([90, 91, 182]))
    blocks = _abh_top(c, r) + [
        P(title, bold=True, size=12, align="center"),
        P(f"Rechtsgrundlage: {basis}", size=9, align="center"),
        Table(
            [
                ["Familienname", _caps(a.name)],
                ["Vorname(n)", a.vorname],
                ["Geburtsdatum / -ort", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", c.adresse],
                ["gültig bis", fmt(until)],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P("Nebenbestimmungen:", bold=True, after=1),
        P(
            "Wohnsitznahme in der zugewiesenen Gemeinde. "
            + (
                "Beschäftigung: nur nach vorheriger Zustimmung der ABH."
                if not c.ausbildung
                else "Die Ausbildung im genannten Betrieb ist erlaubt."
            ),
            size=9.5,
        ),
        P("Die Bescheinigung ist kein Aufenthaltstitel und ersetzt keinen Pass.", size=8.5, font="italic"),
        P(
            f"Ausgestellt: {_dm(d.date)} – im Auftrag {r.choice(['Kowalczyk', 'Brinkhaus', 'Yüksel', 'Tenhagen'])}",
            size=9,
        ),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("auslaenderbehoerde", "n14b", SPLIT)
def abh_n14b(c, d, r):
    """A request to cooperate in obtaining a passport (§ 48 AufenthG), the removal date if one is fixed."""
    a = c.applicant
    meet = d.date + timedelta(days=r.randint(14, 28))
    blocks = _abh_top(c, r) + [
        P(f"{a.herr_frau()}", after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=10),
        P(
            f"Aktenzeichen: 32.{r.randint(10, 99)}-{_caps(a.name)[:3]}-{r.randint(1000, 9999)}",
            size=9,
            align="right",
            after=0,
        ),
        P(f"{_abh_city(c)}, {fmt(d.date)}", size=9, align="right"),
        P("Passbeschaffung – Vorsprache und Mitwirkungspflicht", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            "§ 48 Abs. 3 AufenthG verpflichtet Sie, bei der Beschaffung von Identitätspapieren mitzuwirken. "
            f"Wir laden Sie deshalb für den {fmt(meet)}, {r.choice(['8:30', '9:15', '10:45'])} Uhr, in unser Dienstgebäude. "
            "Mitzubringen sind sämtliche Papiere, aus denen Ihre Identität hervorgeht – etwa Geburtsurkunde, "
            "nationaler Ausweis, Fahrerlaubnis oder Zeugnisse."
        ),
    ]
    if c.rueckfuehrung:
        blocks.append(
            P(f"Hinweis: Der Termin Ihrer Rückführung steht fest – {fmt(c.rueckfuehrung)}.", bold=True)
        )
    blocks += [
        P("Ein Versäumnis des Termins werten wir als fehlende Mitwirkung."),
        P("Mit freundlichen Grüßen"),
        P("Im Auftrag", after=14),
        P(f"{_nobody(r)}", size=9.5),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("auslaenderbehoerde", "n14c", SPLIT)
def abh_n14c(c, d, r):
    """An order refusing the extension (visa cases) or a certificate of the departure deadline (asylum cases)."""
    a = c.applicant
    blocks = _abh_top(c, r)
    if not c.asylum:
        blocks += [
            P(f"{a.herr_frau()}, {c.adresse}", size=9, after=10),
            P(f"{_abh_city(c)}, den {fmt_long(d.date)}", align="right"),
            P("Ordnungsverfügung", bold=True, size=13),
            P(
                f"Die beantragte Verlängerung Ihrer Aufenthaltserlaubnis (Aufenthaltszweck: {c.visa_purpose}) wird versagt. "
                "Verlassen Sie bitte Deutschland spätestens einen Monat nach Zustellung dieser Verfügung."
            ),
            P(
                "Reisen Sie bis dahin nicht aus, droht Ihnen die zwangsweise Rückführung in Ihr Herkunftsland."
            ),
            P("Begründung", bold=True, after=1),
            P(
                "Die Voraussetzungen für die Verlängerung liegen nicht mehr vor, weil der Zweck des Aufenthalts "
                "entfallen ist und der Lebensunterhalt nicht dauerhaft gesichert war."
            ),
            P("Rechtsbehelf: Klage, einzureichen binnen eines Monats ab Zustellung.", size=9),
            P("Im Auftrag", after=12),
            P(_nobody(r), size=9.5),
        ]
    else:
        blocks += [
            P("Grenzübertrittsbescheinigung", bold=True, size=13, align="center"),
            P(
                f"{a.herr_frau()}, geb. {fmt(a.geburtsdatum)}, Staatsangehörigkeit {a.staat}, ist vollziehbar "
                "ausreisepflichtig und hat das Bundesgebiet zu verlassen."
            ),
            Table(
                [
                    ["Ausreisefrist bis", fmt(d.date + timedelta(days=30))],
                    ["Grenzübergangsstelle", "frei wählbar, Ausreise ist nachzuweisen"],
                    ["Bestätigung der Ausreise", "(von der Grenzbehörde auszufüllen)"],
                ],
                [0.4, 0.6],
                header=False,
                size=9,
            ),
            P(f"{_abh_city(c)}, {fmt(d.date)}  –  Siegel der Ausländerbehörde", size=9),
        ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ gerichtsentscheidung


def _court_head(c, r) -> list:
    city = c.court_name.replace("Verwaltungsgericht ", "")
    return [
        P(c.court_name.upper(), bold=True, align="center", size=12.5, after=0),
        P(f"{city}", align="center", size=9),
        P(f"Aktenzeichen: {c.court_az}", align="left", size=9.5),
    ]


def _parties(c) -> list:
    a = c.applicant
    who = f"{a.herr_frau()}, {c.adresse}"
    rep = (
        f"Prozessbevollmächtigte: {c.rep.org}, {c.rep.adresse}"
        if c.rep is not None and c.rep.kind == "anwalt"
        else "ohne Prozessbevollmächtigte/n"
    )
    other = (
        "den Bund, handelnd durch die Leitung des BAMF"
        if c.asylum
        else f"das Land Nordrhein-Westfalen, vertreten durch die {_abh_of(c.abh)}"
    )
    return [
        P(f"{who},", indent=20, after=1),
        P(f"{rep},", indent=20, after=1, size=9),
        P("Klägerseite," if c.asylum else "Antragstellerseite,", align="right", after=4),
        P("gegen", align="center", after=4),
        P(f"{other},", indent=20, after=1),
        P("Beklagte," if c.asylum else "Antragsgegner,", align="right"),
    ]


@tpl("gerichtsentscheidung", "n14a", SPLIT)
def court_n14a(c, d, r):
    """A judgment (asylum) or an urgent-procedure order, with the Rubrum over full width."""
    kind = "Urteil" if c.asylum else "Beschluss"
    blocks = _court_head(c, r)
    if kind == "Urteil":
        blocks.append(P("Im Namen des Volkes", bold=True, align="center", font="italic"))
    blocks.append(P(kind, bold=True, size=14, align="center"))
    blocks.append(P("Verwaltungsrechtsstreit", align="center"))
    blocks += _parties(c)
    blocks.append(
        P(
            f"wegen {'Asylrechts (Flüchtlingsschutz, Abschiebungsverbote)' if c.asylum else 'Ausländerrechts (Versagung der Verlängerung, Abschiebungsandrohung)'}"
        )
    )
    if kind == "Urteil":
        blocks.append(
            P(
                f"hat das Gericht – {r.randint(3, 21)}. Kammer – nach mündlicher Verhandlung am {fmt(d.date)} durch "
                f"Richterin am VG {r.choice(['Overbeck', 'Schmeing', 'Lütkehaus'])} als Einzelrichterin entschieden:"
            )
        )
        blocks.append(
            P(
                "Abweisung der Klage. Gerichtskosten werden nicht erhoben; die eigenen Auslagen und die der Gegenseite hat die Klägerseite zu tragen.",
                bold=True,
            )
        )
        blocks.append(P("Tatbestand", bold=True, align="center"))
        blocks.append(
            P(
                f"Die Klägerseite wendet sich gegen den Bescheid des Bundesamtes vom {fmt(c.bamf_date)}, mit dem der "
                "Asylantrag abgelehnt wurde. Zur Begründung wird im Wesentlichen auf das Vorbringen im Verwaltungsverfahren verwiesen."
            )
        )
        blocks.append(P("Entscheidungsgründe", bold=True, align="center"))
        blocks.append(
            P(
                "Die Klage hat keinen Erfolg. Der Bescheid ist rechtlich nicht zu beanstanden; das Gericht macht sich "
                "dessen Begründung zu eigen. Was in der Verhandlung ergänzend vorgetragen wurde, widersprach in "
                "zentralen Punkten den früheren Angaben."
            )
        )
    else:
        blocks.append(P(f"Beschluss der {r.randint(3, 21)}. Kammer vom {fmt(d.date)}:"))
        blocks.append(
            P(
                "Dem Eilantrag wird nicht entsprochen. Die Verfahrenskosten fallen dem Antragsteller zur Last; Streitwert: 2.500,00 €.",
                bold=True,
            )
        )
        blocks.append(P("Gründe", bold=True, align="center"))
        blocks.append(
            P(
                "Statthaft ist das Begehren (§ 80 Abs. 5 VwGO), in der Sache aber unbegründet. Nach der hier allein "
                "möglichen überschlägigen Würdigung ist die Verfügung nicht zu beanstanden; das Vollzugsinteresse hat Vorrang."
            )
        )
    blocks.append(P("Rechtsmittelbelehrung", bold=True, size=9.5, after=1))
    blocks.append(
        P(
            "Gegen diese Entscheidung kann innerhalb eines Monats "
            + (
                "ein Antrag auf Zulassung der Berufung gestellt werden (Frist: ein Monat ab Zustellung)."
                if kind == "Urteil"
                else "Beschwerde beim Oberverwaltungsgericht für das Land Nordrhein-Westfalen eingelegt werden."
            ),
            size=9,
        )
    )
    blocks.append(P(r.choice(["Overbeck", "Schmeing", "Lütkehaus"]), align="right"))
    return DocSpec(blocks, _st(r, "serif"), footer="- {p} -")


@tpl("gerichtsentscheidung", "n14b", SPLIT)
def court_n14b(c, d, r):
    """A Gerichtsbescheid (asylum) or a short chamber order, as a certified copy with its date on the cover."""
    blocks = [
        P("Beglaubigte Abschrift", font="italic", size=9, align="right"),
    ] + _court_head(c, r)
    blocks.append(P(f"Entscheidung vom {fmt_long(d.date)}", align="right", size=9))
    if c.asylum:
        blocks.append(P("GERICHTSBESCHEID", bold=True, size=13, align="center"))
        blocks.append(P("In Sachen", align="center"))
        blocks += _parties(c)
        blocks.append(
            P(
                "entscheidet das Gericht nach Anhörung der Beteiligten gemäß § 84 VwGO ohne mündliche Verhandlung durch Gerichtsbescheid:"
            )
        )
        blocks.append(
            P(
                "Abgewiesen wird die Klage. Die Klägerseite hat die Kosten zu tragen; Gerichtskosten entstehen nicht.",
                bold=True,
            )
        )
        blocks.append(P("Gründe:", bold=True))
        blocks.append(
            P(
                "Die Sache weist keine besonderen Schwierigkeiten tatsächlicher oder rechtlicher Art auf, und der "
                f"Sachverhalt ist geklärt. Der Bescheid vom {fmt(c.bamf_date)} ist rechtmäßig; auf seine Begründung wird Bezug genommen."
            )
        )
    else:
        blocks.append(P("BESCHLUSS", bold=True, size=13, align="center"))
        blocks += _parties(c)
        blocks.append(P("Vorläufiger Rechtsschutz wird nicht gewährt.", bold=True))
        blocks.append(P("Gründe:", bold=True))
        blocks.append(
            P(
                "Ein Anordnungsanspruch ist nicht glaubhaft gemacht. Die Versagung der Verlängerung begegnet keinen "
                "rechtlichen Bedenken, weil die Erteilungsvoraussetzungen nicht mehr vorliegen."
            )
        )
    blocks.append(P("Ausgefertigt – Urkundsbeamtin der Geschäftsstelle", size=8.5))
    return DocSpec(blocks, _st(r, "sans"), footer="Seite {p}")


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "n14a", SPLIT)
def crim_n14a(c, d, r):
    """A penalty order of the local court."""
    a = c.applicant
    off, sentence = c.offence
    js = f"{r.randint(100, 990)} Js {r.randint(100, 9999)}/{d.date.year % 100}"
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12),
        P(f"Geschäfts-Nr.: {r.randint(10, 99)} Cs {js}", size=9),
        P(f"{a.herr_frau()}, {c.adresse}", after=10),
        P("Strafbefehl", bold=True, size=14, align="center"),
        P(
            f"Die Staatsanwaltschaft {c.court_city} legt Ihnen zur Last, am {fmt(d.date - timedelta(days=r.randint(60, 200)))} "
            f"in {c.court_city} folgende Tat begangen zu haben: {off}."
        ),
        P(
            f"Deshalb verhängt das Gericht – dem Antrag der Staatsanwaltschaft folgend – eine Geldstrafe von {sentence}."
        ),
        P(
            "Rechtsbehelf: Binnen zwei Wochen ab Zustellung können Sie beim Amtsgericht schriftlich oder mündlich zu "
            "Protokoll Einspruch erheben. Ohne Einspruch steht der Strafbefehl danach einem rechtskräftigen Urteil gleich "
            "und wird vollstreckt.",
            size=9.5,
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P("Richterin/Richter am Amtsgericht", size=9),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("strafrecht", "n14b", SPLIT)
def crim_n14b(c, d, r):
    """A certificate of conduct from the federal register with one entry."""
    a = c.applicant
    off, sentence = c.offence
    decided = d.date - timedelta(days=r.randint(35, 80))
    blocks = [
        P("Bundesamt für Justiz", bold=True, after=0),
        P("Bundeszentralregister · 53094 Bonn", size=8.5, after=8),
        P("Führungszeugnis – Belegart O (zur Vorlage bei einer Behörde)", bold=True, size=13),
        P(f"Ausstellungsdatum: {_iso(d.date)}", size=9, font="mono"),
        Table(
            [
                ["Geburtsname / Familienname", _caps(a.name)],
                ["Vornamen", a.vorname],
                ["Geburtsdatum, Geburtsort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
            ],
            [0.4, 0.6],
            header=False,
            size=9,
        ),
        P("Inhalt: 1 Eintragung", bold=True),
        P(
            f"01  {fmt(decided)}  AG {c.court_city} | Strafbefehl (rechtskräftig) | {off} | {sentence}",
            font="mono",
            size=8.5,
        ),
        P("– Ende der Auskunft –", align="center", size=9),
    ]
    return DocSpec(blocks, _st(r, "mono", size=9.5))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "n14a", SPLIT)
def id_n14a(c, d, r):
    """A photocopied passport data page: labels in three languages, the machine-readable zone below."""
    a = c.applicant
    l1, l2 = _mrz(c)
    code = l1[2:5]
    blocks = [
        P("Kopie – Datenseite Reisepass", size=8, font="italic"),
        Table(
            [
                ["[Lichtbild]", f"Typ/Type: P    Code: {code}    Nr./No.: {l2[1:9]}"],
                ["", f"Name/Surname/Nom: {_caps(a.name)}"],
                ["", f"Vornamen/Given names/Prénoms: {a.vorname.upper()}"],
                ["", f"Geburtsdatum/Date of birth: {a.geburtsdatum.strftime('%d %b %Y').upper()}"],
                ["", f"Geburtsort/Place of birth/Lieu de naissance: {a.geburtsort.upper()}"],
                ["", f"Ausstellungsdatum/Date of issue: {fmt(d.date)}"],
                ["", f"Gültig bis/Date of expiry: {fmt(d.date + timedelta(days=3652))}"],
            ],
            [0.25, 0.75],
            header=False,
            grid=False,
            size=9,
        ),
        Space(14),
        P(l1, font="mono", size=10.5, after=0),
        P(l2, font="mono", size=10.5),
        P(f"Die Übereinstimmung mit dem Original wird bestätigt. {_abh_city(c)}, Beratungsstelle", size=7.5),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("identitaetsnachweis", "n14b", SPLIT)
def id_n14b(c, d, r):
    """A certified translation of a birth register extract."""
    a = c.applicant
    translator = _nobody(r)
    blocks = [
        P(
            f"Übersetzung (beglaubigt) – Ausgangssprache: {r.choice(['Arabisch', 'Persisch', 'Englisch', 'Französisch', 'Albanisch'])}",
            font="italic",
            size=9,
        ),
        P("Geburtsregisterauszug (Übersetzung)", bold=True, size=13, align="center"),
        P(f"(ausgestellt am {fmt(d.date)})", align="center", size=9),
        Table(
            [
                ["1. Name des Kindes", f"{a.vorname} {a.name}"],
                ["2. Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["3. Tag und Ort der Geburt", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["4. Vater", f"{r.choice(c.natinfo['m'])} {a.name}"],
                ["5. Mutter", f"{r.choice(c.natinfo['f'])} {r.choice(c.natinfo['nach'])}"],
                ["6. Registernummer", f"{r.randint(10, 999)}/{a.geburtsdatum.year}"],
            ],
            [0.4, 0.6],
            header=False,
            size=9.5,
        ),
        P(
            f"Als beim Landgericht Hagen allgemein beeidigte Übersetzerin/beeidigter Übersetzer versichere ich, {translator}, "
            "dass diese Übertragung mit der mir vorgelegten Kopie inhaltlich übereinstimmt.",
            size=8.5,
        ),
        Signature(translator),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_n14", SPLIT)
def other_anhoerung_n14(c, d, r):
    """The BAMF's invitation to the personal hearing."""
    a = c.applicant
    site = c.bamf_site
    when = d.date + timedelta(days=r.randint(10, 21))
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{site[0]} – {site[1]}, {site[2]}", size=8.5, after=10),
        P(f"{a.herr_frau()}, {c.adresse}", size=9.5),
        P(f"Gesch.-Z.: {c.bamf_gz}   ·   {fmt(d.date)}", align="right", size=9),
        P("Einladung zur Anhörung im Asylverfahren (§ 25 AsylG)", bold=True, size=13),
        P(
            f"Ihr Termin: {fmt_long(when)}, Beginn {r.choice(['8:00', '9:30', '12:30'])} Uhr, Ort: {site[0]}, "
            f"{site[1]}. Dort können Sie ausführlich und in Ruhe schildern, weshalb Sie Schutz suchen."
        ),
        P("Mitzubringen sind:", bold=True, after=1),
        P("– diese Ladung und den Ankunftsnachweis", indent=10, after=1),
        P("– alle Dokumente, die Ihre Identität und Ihr Vorbringen belegen", indent=10),
        P(
            "Für die Übersetzung sorgt das Bundesamt. Wer unentschuldigt fernbleibt, muss damit rechnen, dass ohne "
            "Anhörung nach Lage der Akten entschieden wird.",
            size=9.5,
        ),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sonstiges", "wohnungsgeber_n14", SPLIT)
def other_wohnungsgeber_n14(c, d, r):
    """A landlord's confirmation of moving in (§ 19 BMG)."""
    landlord = _nobody(r)
    moved = max(c.entry + timedelta(days=200), d.date - timedelta(days=r.randint(30, 700)))
    blocks = [
        P("Wohnungsgeberbestätigung", bold=True, size=13),
        P("(§ 19 BMG)", size=9),
        Table(
            [
                [
                    "Wohnungsgeber/in",
                    f"{landlord}, {r.choice(N.STREETS)} {r.randint(1, 90)}, {c.court_city_plz()}",
                ],
                ["Wohnung (Straße, Nr., PLZ, Ort)", c.adresse],
                ["Einzugsdatum", fmt(moved)],
                ["Einziehende Personen", "; ".join(p.full for p in c.persons)],
            ],
            [0.35, 0.65],
            header=False,
            size=9,
        ),
        P("Die genannten Mieterinnen und Mieter wohnen seit dem Einzugsdatum in meiner Wohnung.", size=9.5),
        Signature(landlord, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sonstiges", "konto_n14", SPLIT)
def other_konto_n14(c, d, r):
    """A savings bank's confirmation of an account held."""
    a = c.applicant
    bank = r.choice(
        ["Sparkasse Emscher-Lippe-Mitte", "Volksbank Haarstrang eG", "Stadtsparkasse Wupperbogen"]
    )
    blocks = [
        P(bank, bold=True, size=12, align="right"),
        P(f"{a.herr_frau()}, {c.adresse}", size=9, after=10),
        P("Kontobestätigung", bold=True, size=13),
        P(
            f"Auf Wunsch teilen wir mit, dass {a.full} bei uns seit {month_name(c.entry + timedelta(days=300))} ein Girokonto "
            f"(IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} XXXX XXXX {r.randint(10, 99)}) führt. "
            "Das Konto wird auf Guthabenbasis geführt; Rückstände bestehen nicht."
        ),
        P(f"{c.city_or_nrw()}, {_dm(d.date)}", size=9),
        P("Automatisch erzeugtes Schreiben – gültig auch ohne Unterschrift.", size=8, font="italic"),
    ]
    return DocSpec(blocks, _st(r, "sans"))
