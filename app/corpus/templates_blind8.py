"""Templates of the `blind8` split (session 11): a tenth held-out set, written once; nobody tuning hfk may read it."""

from __future__ import annotations

import random
import zlib
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case, Person
from hfk.corpus.templates import MRZ_CODES, _child, _rep_name, r_digits, tpl
from hfk.corpus.text_antrag import fmt, fmt_long

SPLIT = "blind8"


# ------------------------------------------------------------------ small helpers


def _d2(d) -> str:
    """14.03.25"""
    return d.strftime("%d.%m.%y")


def _dn(d) -> str:
    """14.3.2025 (no leading zeros)"""
    return f"{d.day}.{d.month}.{d.year}"


def _dus(d) -> str:
    """March 14, 2025"""
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _duk(d) -> str:
    """14 March 2025"""
    return f"{d.day} {N.MONTHS_EN[d.month - 1]} {d.year}"


def _st(r: random.Random, family: str | None = None, size: float | None = None) -> Style:
    return Style(
        family=family or r.choice(["sans", "serif", "cond", "sans"]),
        size=size or r.choice([10.0, 10.5, 11.0]),
        leading=r.choice([1.3, 1.35, 1.45]),
        margin_left=r.uniform(55, 85),
        margin_right=r.uniform(45, 70),
        margin_top=r.uniform(40, 70),
    )


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde with body first and a comma ("Stadt Köln, Ausländeramt")."""
    if " – " not in abh:
        return abh
    body, office = abh.split(" – ", 1)
    return f"{body}, {office}"


def _abh(c: Case, r: random.Random) -> str:
    return c.abh if r.random() < 0.55 else _abh_of(c.abh)


def _has(c: Case, i: int, f: str) -> bool:
    return c.omitted.get(i) != f


def _role_de(p: Person) -> str:
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehefrau" if p.sex == "f" else "Ehemann"
    return "Sohn" if p.sex == "m" else "Tochter"


def _place(c: Case) -> str:
    return c.city if c.sender == "applicant" else c.rep.city.split(" ", 1)[1]


def _rep_lines(c: Case) -> list[str]:
    rp = c.rep
    if rp.kind == "privat":
        return [rp.person, rp.street, rp.city]
    return [rp.org, rp.person, rp.street, rp.city]


_ARTICLE = {"Irak": "dem", "Iran": "dem", "Kosovo": "dem", "Türkei": "der", "Russische Föderation": "der"}


def _aus(land: str) -> str:
    """'aus Syrien', 'aus dem Irak', 'aus der Russischen Föderation'."""
    art = _ARTICLE.get(land)
    return f"aus {art} {land.replace('Russische', 'Russischen')}" if art else f"aus {land}"


def _in(land: str) -> str:
    """'in Syrien', 'im Irak', 'in der Türkei'."""
    art = _ARTICLE.get(land)
    if art == "dem":
        return f"im {land}"
    return f"in der {land.replace('Russische', 'Russischen')}" if art else f"in {land}"


FEMALE_FIRST = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}


def _staat_f(p: Person) -> str:
    """'syrische Staatsangehörige' / 'syrischer Staatsangehöriger'."""
    return f"{p.staat}{'er' if p.sex == 'm' else 'e'} Staatsangehörige{'r' if p.sex == 'm' else ''}"


HFK_LINES = [
    "An die Härtefallkommission NRW",
    "z. Hd. der Geschäftsstelle",
    "Völklinger Straße 4",
    "40219 Düsseldorf",
]


# ------------------------------------------------------------------ the Begründung in this split's words


def _story_de(c: Case, r: random.Random, first: bool, dfmt) -> dict[str, list[str]]:
    """Sentences per Begründung topic; first: the applicant writes; else a third party writes about him/her."""
    a = c.applicant
    land = c.natinfo["land"]
    m = a.sex == "m"
    er = "ich" if first else ("er" if m else "sie")
    Name = "Ich" if first else ("Herr " if m else "Frau ") + a.name
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    L = t["lebensgeschichte"]
    home = a.geburtsort if _has(c, 0, "geburtsort") else "dort"
    where = f"in {home}" if home != "dort" else home
    work = r.choice(
        [
            "auf dem kleinen Hof der Familie",
            "in einer Schneiderwerkstatt",
            "als Hilfskraft auf Baustellen",
            "im Geschäft eines Onkels",
        ]
    )
    if first:
        L.append(
            f"Geboren und aufgewachsen bin ich {where}, {_aus(land)} stamme ich. Früh musste ich Geld verdienen, {work}."
        )
    else:
        L.append(
            f"{Name} ist {where} groß geworden und stammt {_aus(land)}; schon als Jugendliche{'r' if m else ''} verdiente {er} Geld, {work}."
        )
    if c.einreiseverbot:
        L.append(
            f"Im Jahr {c.entry.year - 2} {'wurde ich' if first else 'wurde ' + er} schon einmal aus Deutschland abgeschoben. "
            f"Trotz des Einreise- und Aufenthaltsverbots nach § 11 AufenthG {'reiste ich' if first else 'reiste ' + er} am "
            f"{dfmt(c.entry)} erneut ein."
        )
    else:
        L.append(
            f"Die Einreise nach Deutschland war am {dfmt(c.entry)}"
            + (", die Angehörigen reisten mit." if len(c.persons) > 1 else ".")
        )

    S = t["aufenthaltssituation"]
    if c.asylum:
        S.append(
            f"Asyl {'beantragte ich' if first else 'beantragte ' + er} am {dfmt(c.asylum_applied)}. "
            f"Das Bundesamt für Migration und Flüchtlinge lehnte ab, der Bescheid datiert vom {dfmt(c.bamf_date)} "
            f"(Gz. {c.bamf_gz})."
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Die Klage ist beim {c.court_name} anhängig ({c.court_az}), ein Urteil gibt es noch nicht."
                )
            else:
                S.append(
                    f"Erfolglos blieb auch die Klage: Abweisung durch das {c.court_name} am {dfmt(c.court_date)}, Az. {c.court_az}."
                )
    else:
        S.append(
            f"Ursprünglich {'besaß ich' if first else 'besaß ' + er} ein für Zwecke {c.visa_purpose} erteiltes Visum; "
            f"später verweigerte die Ausländerbehörde, die Erlaubnis zu verlängern."
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Die Ordnungsverfügung ist beim {c.court_name} angefochten, Az. {c.court_az}; entschieden ist darüber nicht."
                )
            else:
                S.append(
                    f"Den Eilantrag gegen die Ordnungsverfügung wies das {c.court_name} mit Beschluss vom "
                    f"{dfmt(c.court_date)} zurück ({c.court_az})."
                )
    if c.gestattung:
        S.append(
            f"Bis zum Ende des Asylverfahrens {'darf ich' if first else 'darf ' + er} mit einer Aufenthaltsgestattung hier sein."
        )
    else:
        S.append(
            f"Ausreisepflichtig {'bin ich' if first else 'ist ' + er} nach wie vor, geduldet nach § 60a AufenthG."
        )
    S.append(
        f"Die Ausländerakte liegt bei: {_abh(c, r)}."
        if r.random() < 0.5
        else f"Aktenführende Stelle für mich: {_abh(c, r)}."
        if first
        else f"Aktenführende Stelle: {_abh(c, r)}."
    )
    if c.s58a:
        S.append(
            f"Hinzu kommt: Gegen {'mich' if first else 'ihn' if m else 'sie'} wurde auf Grundlage von § 58a AufenthG die Abschiebung angeordnet."
        )
    if c.rueckfuehrung:
        S.append(
            f"Das Datum steht schon fest: Laut Ausländerbehörde soll die Abschiebung am {dfmt(c.rueckfuehrung)} stattfinden."
        )
    if c.criminal:
        off, sentence = c.offence
        S.append(
            f"{'Offen sage ich' if first else 'Offen sei gesagt'}: Wegen {off} erließ das Amtsgericht {c.court_city} "
            f"am {dfmt(c.criminal_date)} einen Strafbefehl gegen {'mich' if first else ('ihn' if m else 'sie')}, "
            f"verhängt wurde eine Geldstrafe von {sentence}."
        )

    F = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        w = "meiner Frau" if sp[0].sex == "f" else "meinem Mann"
        F.append(
            f"Mit {w} {sp[0].vorname} bin ich verheiratet und wohne {'mit ihr' if sp[0].sex == 'f' else 'mit ihm'} zusammen."
            if first
            else f"Verheiratet ist {er} mit {sp[0].full}, beide wohnen in einem Haushalt."
        )
    elif len(c.persons) == 1:
        F.append(
            "Eine eigene Familie habe ich hier nicht."
            if first
            else f"Eine eigene Familie hat {er} hier nicht."
        )
    if kids:
        names = (
            " und ".join([", ".join(k.vorname for k in kids[:-1]), kids[-1].vorname])
            if len(kids) > 1
            else kids[0].vorname
        )
        F.append(
            (
                f"{'Unsere' if first else 'Die'} Kinder {names} kennen"
                if len(kids) > 1
                else f"{'Unser' if first else 'Das'} Kind {names} kennt"
            )
            + f" {land} eigentlich nur vom Hörensagen."
        )
    F.append(
        f"Was an Verwandtschaft {_in(land)} blieb, ist {r.choice(['eine alte Tante', 'so gut wie nichts, die Eltern sind gestorben', 'niemand, der Halt geben könnte'])}. "
        f"Dagegen {r.choice(['hat ein Onkel in Deutschland eine Niederlassungserlaubnis', 'ist die ältere Schwester längst deutsche Staatsbürgerin', 'wohnen zwei Cousins mit Frau und Kindern in der Nähe'])}."
    )

    G = t["integration"]
    G.append(
        "Den Integrationskurs habe ich geschafft; beim Arzt oder auf dem Amt brauche ich keinen Übersetzer mehr."
        if first
        else f"Nach dem Integrationskurs braucht {er} beim Arzt oder auf dem Amt keinen Übersetzer mehr."
    )
    if c.ausbildung:
        trade = r.choice(["Fachlagerist", "Kfz-Mechatroniker", "Pflegefachkraft"])
        G.append(
            f"Im August {c.received.year - 1} {'habe ich' if first else 'hat ' + er} die Lehre zum {trade} begonnen; "
            f"dafür kommt eine Duldung nach § 60c AufenthG in Frage."
        )
    else:
        G.append(
            f"Seit {r.randint(2019, c.received.year - 1)} {'bin ich' if first else 'ist ' + er} {c.job} bei {c.employer}; "
            f"Sozialleistungen {'brauche ich' if first else 'braucht ' + er} dadurch keine."
        )
    G.append(
        f"Außerdem {'engagiere ich mich' if first else 'engagiert ' + er + ' sich'} ohne Bezahlung bei {c.club}."
    )
    pupils = [k.vorname for k in c.school_age()]
    if len(pupils) == 1:
        G.append(f"In der {c.school} hat {pupils[0]} Freunde gefunden und gute Noten.")
    elif pupils:
        G.append(
            f"In der {c.school} haben {', '.join(pupils[:-1])} und {pupils[-1]} Freunde gefunden und gute Noten."
        )

    H = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        phrase = N.ILLNESS_PHRASES[c.diagnosis[0]]
        if c.ill_person == 0:
            H.append(
                f"Dazu kommt meine Krankheit: ich leide {phrase}, die Ärzte behandeln mich."
                if first
                else f"Gesundheitlich ist {Name} schwer belastet; {er} leidet {phrase}, ärztliche Behandlung läuft."
            )
        else:
            rel = {
                "spouse": "Ehefrau" if p.sex == "f" else "Ehemann",
                "child": "Sohn" if p.sex == "m" else "Tochter",
            }[p.role]
            fem = rel in ("Ehefrau", "Tochter")
            poss = ("Meine " if fem else "Mein ") if first else ("Die " if fem else "Der ")
            if first and rel in ("Ehefrau", "Ehemann"):
                rel = "Frau" if fem else "Mann"
            H.append(f"{poss}{rel} {p.vorname} leidet {phrase}; ohne Arzt und Medikamente geht es nicht.")
        H.append(
            f"{_in(land)[0].upper() + _in(land)[1:]} gäbe es diese Therapie nicht, jedenfalls nicht zu einem bezahlbaren Preis."
        )
    H.append(
        f"Zurückzugehen hieße für {'mich' if first else ('ihn' if m else 'sie')}: "
        + r.choice(
            [
                "kein Dach über dem Kopf, kein Einkommen, und alles Vertraute bliebe hier zurück.",
                "nach all den Jahren bei null anfangen, allein, in einem Land, das fremd geworden ist.",
            ]
        )
    )
    return t


def _story_en(c: Case, r: random.Random, dfmt) -> dict[str, list[str]]:
    a = c.applicant
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    home = f"{a.geburtsort} ({land})" if _has(c, 0, "geburtsort") else land
    t["lebensgeschichte"].append(
        f"My childhood was in {home}; as a teenager I already worked to feed the family."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"Germany sent me back once, in {c.entry.year - 2}. I was not allowed back under § 11 AufenthG, and still "
            f"I came again, arriving on {dfmt(c.entry)}."
        )
    else:
        t["lebensgeschichte"].append(f"Since {dfmt(c.entry)} I have been living in Germany.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"I asked for asylum on {dfmt(c.asylum_applied)}. The BAMF said no in its decision dated "
            f"{dfmt(c.bamf_date)} (file number {c.bamf_gz})."
        )
        if c.court:
            s.append(
                f"I appealed to the {c.court_name}, file {c.court_az}; "
                + ("a judgment has not come yet." if c.court_pending else "I lost that case too.")
            )
    else:
        s.append(
            f"A visa {c.visa_purpose.replace('des ', 'for ').replace('der ', 'for ')} brought me here; afterwards the foreigners office refused to extend my permit."
        )
        if c.court:
            s.append(
                f"I went to the {c.court_name} against that, file {c.court_az}; "
                + ("nothing has been decided so far." if c.court_pending else "I lost.")
            )
    s.append(
        "Until the asylum procedure ends, my paper is an Aufenthaltsgestattung."
        if c.gestattung
        else "All I have now is a Duldung; officially I must leave the country."
    )
    s.append(f"The office in charge of my papers: {c.abh}.")
    if c.s58a:
        s.append("On top of that, § 58a AufenthG was used against me: a removal order exists.")
    if c.rueckfuehrung:
        s.append(f"A letter from the authority names {dfmt(c.rueckfuehrung)} as the day of my deportation.")
    if c.criminal:
        s.append(
            f"I must also mention that the Amtsgericht fined me on {dfmt(c.criminal_date)} (Strafbefehl)."
        )
    f = t["familie"]
    if c.children():
        f.append(
            f"German is the best language of our children {', '.join(k.vorname for k in c.children())}; this is where they grew up."
        )
    f.append("No close relative is left back home, but my uncle is settled here.")
    g = t["integration"]
    g.append("I passed the integration course, so I can talk to doctors and offices in German.")
    if c.ausbildung:
        g.append(
            "Right now I am an apprentice; the law offers a special Duldung for apprentices (§ 60c AufenthG)."
        )
    else:
        g.append(f"{c.employer} employs me as {c.job}; my rent is paid from my own wages.")
    g.append(f"Without pay I give my free time to {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = (
            "Doctors are treating me, as I suffer"
            if c.ill_person == 0
            else f"My {'son' if p.role == 'child' and p.sex == 'm' else 'daughter' if p.role == 'child' else 'wife' if p.sex == 'f' else 'husband'} {p.vorname} is being treated by doctors, as {'he' if p.sex == 'm' else 'she'} suffers"
        )
        h.append(f"{who} {N.ILLNESS_EN[c.diagnosis[0]]}; in {land} there would be no such care.")
    h.append(f"In {land} I would stand with empty hands, without a home and without work.")
    return t


ORDER = ["lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"]


def _names(c: Case) -> str:
    fulls = [p.full for p in c.persons]
    return fulls[0] if len(fulls) == 1 else ", ".join(fulls[:-1]) + " und " + fulls[-1]


# ------------------------------------------------------------------ antrag: heads and person blocks


def _antrag_top(c: Case, r: random.Random, date_text: str, style_kind: int) -> list:
    """Sender block (a representative's letterhead or the family's own address), addressee, date line."""
    b: list = []
    if c.sender == "applicant":
        a = c.applicant
        if style_kind == 0:
            b.append(P(f"Absender: {a.full}, {c.street}, {c.plz} {c.city}", size=8.5, after=10))
        else:
            b += [P(a.full, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=14)]
    else:
        lines = _rep_lines(c)
        if style_kind == 0:
            b += [P(lines[0].upper(), bold=True, size=12, after=0)]
            b += [P(" | ".join(lines[1:]) + f" | Fon 0{r_digits(lines[0])}", size=8, after=2), Rule(0.5)]
        elif style_kind == 1:
            b += [P(x, align="right", size=9, after=0, bold=i == 0) for i, x in enumerate(lines)] + [
                Space(12)
            ]
        else:
            b += [Box(lines + [f"Ruf 0{r_digits(lines[0])}"], size=8.5)]
    b += [P(x, after=0) for x in HFK_LINES] + [Space(10)]
    b.append(P(date_text, align="right"))
    return b


def _persons_grid(c: Case) -> list:
    """Persons as a form grid: one column per person, one row per field."""
    cols = c.persons
    rows = [["", *[_role_de(p) for p in cols]]]
    rows.append(["Familienname", *[p.name for p in cols]])
    rows.append(["Vornamen", *[p.vorname for p in cols]])
    rows.append(
        [
            "Geburtstag",
            *[fmt_long(p.geburtsdatum) if _has(c, i, "geburtsdatum") else "" for i, p in enumerate(cols)],
        ]
    )
    rows.append(
        ["Geburtsort", *[p.geburtsort if _has(c, i, "geburtsort") else "" for i, p in enumerate(cols)]]
    )
    rows.append(
        ["Staatsang.", *[p.staat if _has(c, i, "staatsangehoerigkeit") else "" for i, p in enumerate(cols)]]
    )
    w0 = 0.2
    rest = (1 - w0) / len(cols)
    return [
        Table(rows, [w0] + [rest] * len(cols), size=8.5 if len(cols) > 3 else None),
        P(f"Alle gemeldet in: {c.street}, {c.plz} {c.city}", size=9.5),
    ]


def _persons_sentences(c: Case, first: bool) -> list:
    """Each person in a sentence of its own, the way a family writes about itself."""
    out: list = []
    for i, p in enumerate(c.persons):
        bits = []
        if _has(c, i, "geburtsdatum"):
            bits.append(f"am {_dn(p.geburtsdatum)}")
        if _has(c, i, "geburtsort"):
            bits.append(f"in {p.geburtsort}")
        parts = []
        if bits:
            parts.append(" ".join(bits) + " geboren")
        if _has(c, i, "staatsangehoerigkeit"):
            parts.append(_staat_f(p))
        told = " und ".join(parts)
        if i == 0 and first:
            s = f"Ich heiße {p.vorname} {p.name}" + (f", bin {told}." if told else ".")
        elif p.role == "applicant":
            s = ("Herr " if p.sex == "m" else "Frau ") + p.full + (f" ist {told}." if told else ".")
        else:
            s = f"{_role_de(p)}: {p.full}" + (f", {told}." if told else ".")
        out.append(P(s, indent=14, after=3))
    out.append(
        P(
            (
                f"Gemeinsamer Haushalt: {c.street}, {c.plz} {c.city}."
                if first
                else f"Die Familie lebt zusammen in der Wohnung {c.street}, {c.plz} {c.city}."
            )
            if len(c.persons) > 1
            else f"Anschrift: {c.street}, {c.plz} {c.city}."
        )
    )
    return out


def _persons_numbered_form(c: Case) -> list:
    """A counselling service's intake form: numbered fields for the main person, a household table."""
    a = c.applicant
    out: list = [P("1. Hauptperson des Antrags", bold=True, after=2)]
    rows = [
        ["1.1 Familienname", a.name],
        ["1.2 Vorname", a.vorname],
        ["1.3 Geburtsdatum", fmt(a.geburtsdatum) if _has(c, 0, "geburtsdatum") else ""],
        [
            "1.4 Geburtsort / -land",
            f"{a.geburtsort} / {c.natinfo['land']}" if _has(c, 0, "geburtsort") else "",
        ],
        ["1.5 Staatsangehörigkeit", a.staat if _has(c, 0, "staatsangehoerigkeit") else ""],
        ["1.6 Anschrift", f"{c.street}, {c.plz} {c.city}"],
    ]
    out.append(Table(rows, [0.34, 0.66], header=False, grid=False))
    if len(c.persons) > 1:
        out.append(P("2. Mitantragstellende Haushaltsangehörige", bold=True, after=2))
        rows2 = [["lfd.", "Zuname, Vornamen", "Geburt (Datum / Ort)", "Nationalität", "Beziehung"]]
        for i, p in enumerate(c.persons[1:], 1):
            born = " / ".join(
                x
                for x in (
                    fmt(p.geburtsdatum) if _has(c, i, "geburtsdatum") else "",
                    p.geburtsort if _has(c, i, "geburtsort") else "",
                )
                if x
            )
            rows2.append(
                [
                    f"2.{i}",
                    f"{p.name}, {p.vorname}",
                    born,
                    p.staat if _has(c, i, "staatsangehoerigkeit") else "",
                    _role_de(p),
                ]
            )
        out.append(Table(rows2, [0.08, 0.3, 0.28, 0.16, 0.18], size=9))
        out.append(P("Wohnort aller Haushaltsangehörigen: siehe 1.6.", size=9))
    return out


def _persons_lines(c: Case) -> list:
    """Persons as indented lines with a birth star, as some church groups and offices type them."""
    out: list = []
    for i, p in enumerate(c.persons):
        head = f"{p.name.upper()}, {p.vorname}"
        if p.role != "applicant":
            head += f" ({_role_de(p)})"
        out.append(P(head, bold=p.role == "applicant", indent=10, after=0))
        tail = []
        if _has(c, i, "geburtsdatum"):
            tail.append(f"* {fmt(p.geburtsdatum)}")
        if _has(c, i, "geburtsort"):
            tail.append(p.geburtsort)
        if _has(c, i, "staatsangehoerigkeit"):
            tail.append(f"Staatsangehörigkeit {p.staat}")
        out.append(P(", ".join(tail) if tail else " ", indent=22, size=9.5, after=3))
    out.append(P(f"alle wohnhaft {c.street}, {c.plz} {c.city}", indent=10))
    return out


def _intro_de(c: Case, r: random.Random, tone: str) -> str:
    names = _names(c)
    if c.sender == "anwalt":
        return r.choice(
            [
                f"namens und im Auftrag von {names} (Vollmacht anbei) beantragen wir, dass die Kommission den Fall "
                f"berät und ein Ersuchen an das Ministerium beschließt (§ 23a AufenthG).",
                f"in der Sache {c.applicant.name} übernehmen wir die Vertretung für {names} und legen den Fall unserer Mandantschaft "
                f"hiermit der Härtefallkommission zur Beratung vor.",
            ]
        )
    if c.sender == "beratungsstelle":
        return (
            f"{names} {'werden' if len(c.persons) > 1 else 'wird'} von unserer Beratungsstelle schon lange unterstützt. Im Einvernehmen "
            f"mit {'ihnen' if len(c.persons) > 1 else 'der betroffenen Person'} stellen wir den folgenden Antrag nach § 23a AufenthG."
            if tone != "plea"
            else f"{names} {'suchen' if len(c.persons) > 1 else 'sucht'} seit Monaten Rat bei uns, alle anderen Wege sind ausgeschöpft. "
            f"In ihrem Auftrag legen wir den Fall deshalb der Härtefallkommission vor."
        )
    if c.sender == "privat":
        rel = {"Bruder": "meinen Bruder", "Schwager": "meinen Schwager", "Cousin": "meinen Cousin"}.get(
            c.rep.relation, "meinen Angehörigen"
        )
        return (
            f"diesen Brief verfasse ich für {rel} und seine Familie ({names}); ein amtliches Schreiben auf Deutsch traut er sich nicht zu. "
            f"Er hat mich gebeten, seinen Fall bei Ihnen einzureichen."
        )
    if tone == "plea":
        return (
            "An Sie wende ich mich als letzte Möglichkeit. Ich möchte "
            + ("mit meiner Familie " if len(c.persons) > 1 else "")
            + "in Deutschland bleiben und bitte darum, dass die Kommission sich meine Lage ansieht."
        )
    return "nach § 23a AufenthG stelle ich den Antrag, dass die Härtefallkommission über meinen Fall berät."


def _signer(c: Case) -> str:
    if c.sender == "applicant":
        return c.applicant.full
    if c.sender == "anwalt":
        return (
            f"{c.rep.person}, Rechtsanwalt"
            if c.rep.person.split()[0] not in FEMALE_FIRST
            else f"{c.rep.person}, Rechtsanwältin"
        )
    return c.rep.person


def _enclosures(c: Case, r: random.Random) -> list[str]:
    """What an application says it encloses (only what fits the scenario)."""
    out = ["Kopie der Duldung" if not c.gestattung else "Kopie der Aufenthaltsgestattung"]
    if c.sender != "applicant":
        out.append("Vollmacht")
    if c.asylum:
        out.append("BAMF-Bescheid (Kopie)")
    if c.court and not c.court_pending:
        out.append("Urteil bzw. Beschluss des Verwaltungsgerichts")
    if c.illness:
        out.append("ärztliche Bescheinigung und Erklärung zur Schweigepflicht")
    if c.school_age():
        out.append("Nachweise über Schule bzw. Kita")
    out += r.sample(
        [
            "Lebenslauf",
            "Datenschutzerklärung",
            "Arbeitsnachweise",
            "Bestätigungen über ehrenamtliche Tätigkeit",
        ],
        2,
    )
    return out


def _body(
    c: Case, r: random.Random, story: dict, heads: dict | None, topics: list[str] | None = None
) -> list:
    out: list = []
    for k in topics or ORDER:
        if k not in c.topics:
            continue
        if heads:
            out.append(P(heads[k], bold=True, after=2))
        out.append(P(" ".join(story[k])))
    return out


# ------------------------------------------------------------------ antrag


@tpl("antrag", "y8a", SPLIT)
def antrag_y8a(c, d, r):
    """A formal letter with a person grid and headed sections."""
    first = c.sender == "applicant"
    story = _story_de(c, r, first, fmt_long)
    blocks = _antrag_top(c, r, f"{_place(c)}, {fmt_long(d.date)}", r.randint(0, 2))
    blocks.append(P(f"Härtefallersuchen für {c.applicant.full} und Angehörige", bold=True, size=12))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_intro_de(c, r, "formal")))
    blocks.append(P("Der Antrag gilt für diese Personen:", after=3))
    blocks += _persons_grid(c)
    heads = {
        "lebensgeschichte": "Woher und auf welchem Weg",
        "aufenthaltssituation": "Behördliche und gerichtliche Verfahren",
        "familie": "Verwandtschaft",
        "integration": "Beruf, Deutschkenntnisse, Ehrenamt",
        "humanitaere_gruende": "Unzumutbarkeit der Ausreise",
    }
    blocks += _body(c, r, story, heads)
    blocks.append(
        P(
            "Bei Rückfragen erreichen Sie uns unter der oben genannten Anschrift."
            if not first
            else "Fragen beantworte ich gern."
        )
    )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r), footer="– {p} –" if r.random() < 0.5 else None)


@tpl("antrag", "y8b", SPLIT)
def antrag_y8b(c, d, r):
    """A plea in plain words: persons told in sentences, no headings, a short date."""
    first = c.sender == "applicant"
    story = _story_de(c, r, first, _dn)
    blocks = _antrag_top(c, r, f"{_place(c)}, {_d2(d.date)}", 1)
    blocks.append(P("Härtefall – ich bitte um Ihre Hilfe", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren der Kommission,"))
    blocks.append(P(_intro_de(c, r, "plea")))
    blocks.append(P("Um wen es geht:" if not first else "Wer wir sind:", after=2))
    blocks += _persons_sentences(c, first)
    blocks.append(
        P(
            ("Unsere Geschichte:" if len(c.persons) > 1 else "Meine Geschichte:")
            if first
            else "Zum Hintergrund:",
            after=2,
        )
    )
    for k in ORDER:
        if k in c.topics:
            blocks.append(P(" ".join(story[k])))
    blocks.append(
        P(
            "Von Herzen bitte ich: lassen Sie uns hier bleiben."
            if first
            else "Wir hoffen sehr, dass "
            + ("die Familie" if len(c.persons) > 1 else ("er" if c.applicant.sex == "m" else "sie"))
            + " hier eine Zukunft bekommt."
        )
    )
    blocks.append(P("Dankbar und mit herzlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r, r.choice(["sans", "cond"])))


@tpl("antrag", "y8c", SPLIT)
def antrag_y8c(c, d, r):
    """A counselling service's form-like application: numbered fields, household table, list of enclosures."""
    first = c.sender == "applicant"
    story = _story_de(c, r, first, fmt)
    blocks = _antrag_top(c, r, f"Datum: {fmt(d.date)}", 2 if not first else 0)
    blocks.append(P("HÄRTEFALLANTRAG – BERATUNGSBOGEN", bold=True, size=12, align="center"))
    blocks.append(
        P("– Eingabe an die Kommission in Düsseldorf gemäß § 23a AufenthG –", align="center", size=9.5)
    )
    blocks.append(P(_intro_de(c, r, "formal")))
    blocks += _persons_numbered_form(c)
    nr = 3 if len(c.persons) > 1 else 2
    blocks.append(P(f"{nr}. Sachverhalt und Gründe", bold=True, after=2))
    heads = {
        "lebensgeschichte": f"{nr}.1 Vor der Einreise / Einreise",
        "aufenthaltssituation": f"{nr}.2 Aufenthaltsstatus und Verfahren",
        "familie": f"{nr}.3 Angehörige",
        "integration": f"{nr}.4 Teilhabe in Deutschland",
        "humanitaere_gruende": f"{nr}.5 Humanitäre Gesichtspunkte",
    }
    blocks += _body(c, r, story, heads)
    blocks.append(P(f"{nr + 1}. Beigefügte Unterlagen", bold=True, after=2))
    for i, x in enumerate(_enclosures(c, r), 1):
        blocks.append(P(f"({i}) {x}", indent=12, after=1))
    blocks.append(Space(8))
    blocks.append(Signature(_signer(c), f"{_place(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, _st(r, "sans"), footer="Seite {p}/{n}" if r.random() < 0.6 else None)


@tpl("antrag", "y8d", SPLIT)
def antrag_y8d(c, d, r):
    """A letter with persons as typed lines (name in capitals, birth star), topics in a different order."""
    first = c.sender == "applicant"
    story = _story_de(c, r, first, fmt)
    blocks = _antrag_top(c, r, f"{_place(c)}, den {_dn(d.date)}", 0)
    blocks.append(P("Betreff: Härtefallverfahren (§ 23a AufenthG) – Antrag", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_intro_de(c, r, "formal" if r.random() < 0.5 else "plea")))
    blocks.append(P("Antragsteller und Familie:", after=2))
    blocks += _persons_lines(c)
    order = ["humanitaere_gruende", "lebensgeschichte", "aufenthaltssituation", "familie", "integration"]
    heads = {
        "humanitaere_gruende": "A. Was am schwersten wiegt",
        "lebensgeschichte": "B. Bisheriger Lebensweg",
        "aufenthaltssituation": "C. Status und laufende Verfahren",
        "familie": "D. Familiäre Bindungen",
        "integration": "E. Arbeit und Alltag hier",
    }
    blocks += _body(c, r, story, heads, order)
    blocks.append(P("Anbei: " + "; ".join(_enclosures(c, r)) + "."))
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r, "serif"))


def _antrag_en(c, d, r, us: bool) -> DocSpec:
    dfmt = _dus if us else _duk
    story = _story_en(c, r, dfmt)
    a = c.applicant
    blocks: list = [P(a.full, bold=True, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=12)]
    blocks += [
        P("Härtefallkommission NRW (office)", after=0),
        P("Völklinger Straße 4", after=0),
        P("40219 Düsseldorf"),
    ]
    blocks.append(P(dfmt(d.date), align="right"))
    blocks.append(
        P(
            "Application under § 23a AufenthG (hardship procedure)"
            if us
            else "Please consider my hardship case",
            bold=True,
        )
    )
    blocks.append(P("Dear Madam or Sir," if us else "To the honourable Commission,"))
    blocks.append(
        P(
            "With this letter my family and I apply for a hardship decision and hope the Commission will discuss our case."
            if len(c.persons) > 1
            else "With this letter I apply for a hardship decision. Please excuse that I write in English and not in German."
        )
    )
    if us:
        for i, p in enumerate(c.persons):
            lines = [f"{p.name}, {p.vorname} ({'main applicant' if i == 0 else p.role})"]
            if _has(c, i, "geburtsdatum"):
                lines.append(f"DOB {dfmt(p.geburtsdatum)}")
            if _has(c, i, "geburtsort"):
                lines.append(f"born at {p.geburtsort}")
            if _has(c, i, "staatsangehoerigkeit"):
                lines.append(f"nationality {c.natinfo['en']}")
            blocks.append(P(" – ".join(lines), indent=10, after=2))
        blocks.append(P(f"All of us are registered at {c.street}, {c.plz} {c.city}."))
    else:
        for i, p in enumerate(c.persons):
            who = (
                "I am "
                if i == 0
                else {
                    "spouse": "With me is my wife " if p.sex == "f" else "With me is my husband ",
                    "child": "Our child is ",
                }[p.role]
            )
            s = who + p.full
            said = []
            if _has(c, i, "geburtsort"):
                said.append(f"birthplace {p.geburtsort}")
            if _has(c, i, "geburtsdatum"):
                said.append(f"birthday {dfmt(p.geburtsdatum)}")
            if _has(c, i, "staatsangehoerigkeit"):
                said.append(f"nationality {c.natinfo['en']}")
            if said:
                s += " (" + "; ".join(said) + ")"
            blocks.append(P(s + ".", after=2))
        blocks.append(
            P(
                f"Our flat is at {c.street}, {c.plz} {c.city}."
                if len(c.persons) > 1
                else f"My flat is at {c.street}, {c.plz} {c.city}."
            )
        )
    heads = {
        "lebensgeschichte": "Before Germany",
        "aufenthaltssituation": "Papers and court cases",
        "familie": "Relatives",
        "integration": "Work and daily life here",
        "humanitaere_gruende": "What return would mean",
    }
    blocks += _body(c, r, story, heads if us else None)
    blocks.append(P("I am grateful for your help." if us else "Respectfully yours,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _st(r))


@tpl("antrag", "en_y8a", SPLIT)
def antrag_en_y8a(c, d, r):
    return _antrag_en(c, d, r, True)


@tpl("antrag", "en_y8b", SPLIT)
def antrag_en_y8b(c, d, r):
    return _antrag_en(c, d, r, False)


# ------------------------------------------------------------------ bamf_bescheid

_TENOR_FULL = [
    "Der Antrag auf Zuerkennung der Flüchtlingseigenschaft wird abgelehnt.",
    "Der Antrag auf Anerkennung als Asylberechtigte/r wird abgelehnt.",
    "Der Antrag auf subsidiären Schutz wird abgelehnt.",
    "Ein Abschiebungsverbot nach § 60 Abs. 5 oder Abs. 7 Satz 1 AufenthG besteht nicht.",
    "Die antragstellende Person wird aufgefordert, die Bundesrepublik Deutschland binnen 30 Tagen nach Bekanntgabe "
    "dieser Entscheidung zu verlassen; im Falle einer Klageerhebung endet die Ausreisefrist 30 Tage nach dem "
    "unanfechtbaren Abschluss des Asylverfahrens. Andernfalls wird sie in den Herkunftsstaat abgeschoben. Sie kann "
    "auch in einen anderen Staat abgeschoben werden, in den sie einreisen darf oder der zu ihrer Rückübernahme verpflichtet ist.",
    "Das gesetzliche Einreise- und Aufenthaltsverbot gemäß § 11 Abs. 1 AufenthG wird auf 30 Monate ab dem Tag der Abschiebung befristet.",
]
_TENOR_SHORT = [
    "Der Asylantrag wird als unzulässig abgelehnt.",
    "Es liegen keine Abschiebungsverbote nach § 60 Abs. 5 und Abs. 7 Satz 1 AufenthG vor.",
    "Die Abschiebung in den für die Prüfung des Asylantrags zuständigen Mitgliedstaat wird angeordnet.",
    "Das Einreise- und Aufenthaltsverbot nach § 11 Abs. 1 AufenthG wird auf 12 Monate ab dem Tag der Abschiebung befristet.",
]
_GROUNDS = [
    "Den eigenen Angaben zufolge reiste die Person mit {nat}er Staatsangehörigkeit am {entry} ein. "
    "Ihren Asylantrag nahm die Außenstelle am {applied} auf.",
    "Zu den Gründen ihrer Ausreise befragt, verwies sie im Wesentlichen auf Unruhen und Armut in ihrer Region. "
    "Eine individuelle, an ihre Person anknüpfende Bedrohung hat sie nicht geschildert.",
    "Dem Antrag bleibt in der Sache der Erfolg versagt. Eine begründete Furcht vor Verfolgung (§ 3 AsylG) "
    "vermochte das Bundesamt auf der Grundlage des Vorbringens nicht festzustellen.",
    "Der Vortrag war arm an Details und in sich widersprüchlich; Fragen nach dem genauen Ablauf beantwortete sie ausweichend, "
    "Daten und Orte nannte sie abweichend von der Erstbefragung.",
    "Als Asylberechtigte/r kann sie schon wegen der Einreise auf dem Landweg aus einem sicheren Drittstaat nicht "
    "anerkannt werden (Art. 16a Abs. 2 GG i. V. m. § 26a AsylG).",
    "Subsidiären Schutz (§ 4 AsylG) kann sie ebenso wenig beanspruchen: Es ist nicht ersichtlich, dass ihr Todesstrafe, "
    "Folter oder willkürliche Gewalt in einem bewaffneten Konflikt drohen.",
    "Auch unter dem Blickwinkel des Art. 3 EMRK (§ 60 Abs. 5 AufenthG) ist eine Abschiebung zulässig; als arbeitsfähige "
    "Person wird sie ihren Lebensunterhalt nach der Rückkehr sichern können, zumal Starthilfen beantragt werden können.",
    "Gesundheitliche Gründe stehen der Abschiebung nicht entgegen (§ 60 Abs. 7 AufenthG). Dass sich eine schwere "
    "Erkrankung nach der Rückkehr lebensbedrohlich zuspitzen würde, belegt kein Attest, das § 60a Abs. 2c AufenthG entspricht.",
    "Rechtsgrundlage der Abschiebungsandrohung sind § 34 AsylG und § 59 AufenthG; die Frist zur Ausreise folgt aus § 38 AsylG.",
    "Die Dauer des Einreise- und Aufenthaltsverbots ist nach pflichtgemäßem Ermessen bemessen; familiäre oder sonstige "
    "Bindungen im Inland, die für eine Verkürzung sprächen, wurden nicht geltend gemacht.",
]


def _rbb_y8(c: Case) -> tuple[str, str]:
    court = c.court_name or f"Verwaltungsgericht {N.COURTS[zlib.crc32(c.case_id.encode()) % len(N.COURTS)]}"
    return (
        "Rechtsbehelfsbelehrung",
        f"Binnen zwei Wochen ab Zustellung kann dieser Bescheid mit der Klage zum {court} angefochten werden. "
        "Die Frist ist nur gewahrt, wenn die Klage vor ihrem Ablauf bei Gericht eingeht. Beklagte ist die Bundesrepublik "
        "Deutschland; sie wird durch das Bundesamt vertreten.",
    )


def _bamf_y8(c, d, r, v: int) -> DocSpec:
    a = c.applicant
    site = c.bamf_site
    gz = c.bamf_gz
    town = site[2].split(" ", 1)[1]
    b: list = []
    if v == 0:
        b += [
            P("BAMF", bold=True, size=18, after=0),
            P("Bundesamt für Migration und Flüchtlinge", size=9, after=8),
            Table(
                [
                    ["Geschäftszeichen", gz],
                    ["Ort", f"{site[0]}, {site[1]}, {site[2]}"],
                    ["Datum", fmt(d.date)],
                ],
                [0.28, 0.72],
                header=False,
                grid=False,
                size=9,
            ),
        ]
    elif v == 1:
        b += [
            P(
                f"BAMF | {site[0]} | {site[1]}, {site[2]}",
                size=7.5,
                after=6,
            ),
            P(f"Gesch.-Z.: {gz}", align="right", after=0, size=9.5),
            P(f"{town}, den {fmt(d.date)}", align="right", size=9.5),
        ]
    else:
        b += [
            Box(["Bundesamt für Migration und Flüchtlinge", site[0], f"{site[1]}, {site[2]}"], size=9),
            P(f"Aktenzeichen (Gesch.-Z.) {gz} – bitte bei Antworten angeben", size=9, after=0),
            P(f"Datum: {fmt(d.date)}", size=9),
        ]
    addr = [a.herr_frau(), c.street, f"{c.plz} {c.city}"]
    if c.rep and c.rep.kind == "anwalt" and r.random() < 0.6:
        addr = [c.rep.org, c.rep.street, c.rep.city]
    b += [P(x, after=0) for x in addr] + [Space(14)]
    title = {0: "Bescheid", 1: "Bescheid", 2: "BESCHEID"}[v]
    b.append(P(title, bold=True, size=13, align="center" if v != 1 else "left"))
    b.append(
        P(
            f"im Asylverfahren von {a.vorname} {a.name.upper()}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, "
            f"Staatsangehörigkeit {a.staat}"
            + (f", wohnhaft {c.adresse}" if v != 2 else "")
            + ", wird entschieden:"
        )
    )
    tenor = _TENOR_FULL if c.bamf_tenor == 6 else _TENOR_SHORT
    for i, t in enumerate(tenor, 1):
        b.append(P(f"{i}.  {t}", indent=14, after=3))
    b.append(P("Begründung" if v != 0 else "Aus den Gründen:", bold=True))
    grounds = _GROUNDS[:]
    tail = grounds[1:]
    r.shuffle(tail)
    grounds = grounds[:1] + tail
    want = d.extra.get("bamf_reasons", 6)
    for i in range(want):
        g = grounds[i % len(grounds)]
        prefix = f"{'I' if i < 2 else 'II'}.{i + 1} " if v == 2 else ""
        b.append(P(prefix + g.format(nat=a.staat, entry=fmt(c.entry), applied=fmt(c.asylum_applied))))
    head, text = _rbb_y8(c)
    b.append(P(head, bold=True, after=2))
    b.append(P(text, size=9.5))
    b.append(P("Im Auftrag", after=16))
    b.append(P(r.choice(["Baumgarten", "Yilmaz", "Roth", "Pütz", "Sommer"]) + ", Entscheider", after=2))
    if v == 2:
        b.append(P("Maschinell gefertigt; eine Unterschrift ist nicht erforderlich.", size=8))
    footer = {
        0: "Seite {p} von {n}",
        1: f"Seite {{p}} von {{n}} | Az. {gz}",
        2: "Seite {p} von {n} – BAMF " + site[0],
    }[v]
    return DocSpec(
        b,
        _st(r, "serif" if v == 1 else "sans", 10.0),
        footer=footer,
        header=f"Gesch.-Z. {gz}" if v == 0 else None,
    )


@tpl("bamf_bescheid", "y8a", SPLIT)
def bamf_y8a(c, d, r):
    return _bamf_y8(c, d, r, 0)


@tpl("bamf_bescheid", "y8b", SPLIT)
def bamf_y8b(c, d, r):
    return _bamf_y8(c, d, r, 1)


@tpl("bamf_bescheid", "y8c", SPLIT)
def bamf_y8c(c, d, r):
    return _bamf_y8(c, d, r, 2)


# ------------------------------------------------------------------ aerztliches_gutachten


def _pt(c: Case) -> Person:
    return c.persons[c.ill_person]


def _pt_born(c: Case, f=fmt) -> str:
    p = _pt(c)
    return f"{p.full}, * {f(p.geburtsdatum)}"


@tpl("aerztliches_gutachten", "y8a", SPLIT)
def med_y8a(c, d, r):
    """A specialist's statement structured along § 60a Abs. 2c AufenthG, issue date in a header table."""
    code, name, sev = c.diagnosis
    p = _pt(c)
    last = d.date - timedelta(days=r.randint(2, 12))
    b = [
        P(c.practice, bold=True, size=11, after=0),
        P(
            f"{r.choice(N.STREETS)} {r.randint(2, 90)}, {c.court_city_plz()} – Praxistelefon 0{r_digits(c.doctor)}",
            size=8,
        ),
        Rule(),
        P("Fachpsychiatrische Bescheinigung", bold=True, size=14, after=0),
        P("(Inhalt gemäß § 60a Abs. 2c AufenthG)", size=9),
        Table(
            [
                ["Patient/in", _pt_born(c)],
                ["wohnhaft", c.adresse],
                ["Erstkontakt", N.MONTHS_DE[(c.entry.month + 3) % 12] + f" {c.entry.year + 1}"],
                ["zuletzt gesehen", fmt(last)],
                ["Datum dieser Bescheinigung", fmt(d.date)],
            ],
            [0.3, 0.7],
            header=False,
            size=9.5,
        ),
        P("1. Grundlagen der Beurteilung", bold=True, after=1),
        P(
            f"{r.randint(6, 25)} persönliche Termine, psychiatrische Exploration mit Sprachmittlung, Fremdanamnese, "
            f"Fragebögen ({r.choice(['PCL-5', 'BDI-II', 'HAMD-17'])}), körperliche Untersuchung."
        ),
        P("2. Diagnostische Einordnung (ICD-10-GM)", bold=True, after=1),
        P(f"{code}   {name}", indent=12),
        P("3. Ausprägung, bisheriger Verlauf", bold=True, after=1),
        P(
            f"Das Krankheitsbild ist {sev} ausgeprägt. Im Verlauf kam es zu {r.choice(['einer leichten Besserung unter Therapie', 'wiederholten Krisen', 'keiner wesentlichen Veränderung'])}."
        ),
        P("4. Therapie", bold=True, after=1),
        P("Aktuelle Medikation: " + "; ".join(r.sample(N.MEDICATION, 2)) + ". Dazu regelmäßige Gespräche."),
        P("5. Prognose ohne Therapie", bold=True, after=1),
        P(
            f"Bricht die Therapie ab, droht {'ihm' if p.sex == 'm' else 'ihr'} nach meiner Einschätzung ein Rückfall "
            "mit erheblicher, womöglich lebensgefährlicher Zuspitzung."
        ),
        Signature(c.doctor, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(b, _st(r, "sans", 10.0), footer="Seite {p} von {n}" if r.random() < 0.4 else None)


@tpl("aerztliches_gutachten", "y8b", SPLIT)
def med_y8b(c, d, r):
    """A family doctor's short attest with the date at the very bottom in the short form."""
    code, name, sev = c.diagnosis
    b = [
        P(c.doctor, bold=True, after=0),
        P(c.practice, size=9, after=0),
        P(c.court_city_plz(), size=9, after=14),
        P("HAUSÄRZTLICHE BESTÄTIGUNG", bold=True, size=13, align="center"),
        P("zur Weitergabe an die Geschäftsstelle der Härtefallkommission", size=9, align="center", after=10),
        P(
            f"Ich bestätige, dass {_pt_born(c, _dn)}, bei mir in hausärztlicher Betreuung ist. "
            f"Es besteht eine {sev}e Erkrankung: {name} ({code})."
        ),
        P(
            "Regelmäßige Kontrollen und die dauerhafte Einnahme von "
            + " sowie ".join(m.split(" ")[0] for m in r.sample(N.MEDICATION, 2))
            + " sind notwendig."
        ),
        Space(10),
        P(f"Datum: {_d2(d.date)}", after=2),
        Signature("Unterschrift, Praxisstempel"),
    ]
    return DocSpec(b, _st(r, "cond"))


@tpl("aerztliches_gutachten", "y8c", SPLIT)
def med_y8c(c, d, r):
    """A hospital's discharge letter (stay dates before the letter date)."""
    code, name, sev = c.diagnosis
    p = _pt(c)
    end = d.date - timedelta(days=r.randint(3, 15))
    start = end - timedelta(days=r.randint(10, 40))
    clinic = (
        c.practice
        if c.practice.startswith("Klinikum")
        else f"Evangelisches Krankenhaus {c.city_or_nrw()} – Abteilung für {r.choice(['Innere Medizin', 'Psychiatrie und Psychotherapie', 'Neurologie'])}"
    )
    b = [
        P(clinic, bold=True, size=11, align="center", after=0),
        P(
            f"Chefarzt Prof. Dr. {r.choice(N.GERMAN_SURNAMES)} · Sekretariat 0{r_digits(clinic)}",
            size=8,
            align="center",
        ),
        Rule(),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P("Entlassungsbericht", bold=True, size=13),
        P(
            f"Wir berichten über {('Herrn ' if p.sex == 'm' else 'Frau ') if p.role != 'child' else ''}{_pt_born(c)}, "
            f"stationär bei uns aufgenommen vom {fmt(start)} bis zum {fmt(end)}."
        ),
        P("Diagnosen:", bold=True, after=1),
        P(f"– {name} [{code}]", indent=10, after=1),
        P(f"– Schweregrad: {sev}", indent=10),
        P("Aufnahmebefund und Verlauf:", bold=True, after=1),
        P(
            "Bei Aufnahme zeigte sich ein deutlich reduzierter Allgemeinzustand. Unter der eingeleiteten Therapie stabilisierte "
            "sich der Zustand, eine ambulante Weiterbehandlung ist zwingend erforderlich."
        ),
        P("Empfehlungen / Medikation bei Entlassung:", bold=True, after=1),
        *[P(m, indent=10, after=1) for m in r.sample(N.MEDICATION, 3)],
        Space(6),
        P("Mit freundlichen Grüßen"),
        Signature(f"{c.doctor}, Oberarzt/Oberärztin"),
    ]
    return DocSpec(b, _st(r, "serif"), footer="Seite {p} von {n}")


# ------------------------------------------------------------------ vollmacht


@tpl("vollmacht", "y8a", SPLIT)
def voll_y8a(c, d, r):
    """A power of attorney in plain words."""
    a = c.applicant
    rp = c.rep
    b = [
        P("Vollmacht", bold=True, size=14),
        P(
            f"Ich, {a.full}, wohnhaft {c.adresse}, erlaube {_rep_name(c)} ({rp.street}, {rp.city}), "
            "mich bei meinem Härtefallantrag zu vertreten. Sie dürfen für mich Briefe bekommen, mit den Behörden "
            "sprechen und meine Akte lesen."
        ),
        P("Meine Frau/mein Mann und unsere Kinder sind mit gemeint." if len(c.persons) > 1 else " "),
        Signature(a.full, f"{c.city_or_nrw()}, {_dn(d.date)}"),
    ]
    return DocSpec(b, _st(r, r.choice(["sans", "cond"]), 11.0))


@tpl("vollmacht", "y8b", SPLIT)
def voll_y8b(c, d, r):
    """A lawyer's printed form with ticked boxes."""
    a = c.applicant
    b = [
        P(_rep_name(c), bold=True, align="right", after=0),
        P(f"{c.rep.street} · {c.rep.city}", size=8.5, align="right"),
        P("VOLLMACHT", bold=True, size=16, after=2),
        P(f"Hiermit wird {_rep_name(c)} in der Sache", after=1),
        P(f"{a.name}, {a.vorname} – Aufenthaltsrecht / Härtefallverfahren", bold=True, indent=14),
        P("Vollmacht erteilt, insbesondere", after=2),
        P(
            "☒ Vertretung im Härtefallverfahren (Kommission und Geschäftsstelle, Düsseldorf)",
            indent=10,
            after=1,
        ),
        P("☒ zur Vertretung gegenüber Ausländerbehörden und Ministerien", indent=10, after=1),
        P("☐ zur Prozessführung vor den Verwaltungsgerichten", indent=10, after=1),
        P("☒ Einsicht in Behördenakten und Empfang von Schriftstücken", indent=10, after=1),
        P("☒ zur Bestellung von Unterbevollmächtigten", indent=10),
        P("Sie erstreckt sich auch auf Widerspruchs- und Folgeanträge.", size=9),
        Table(
            [[f"{c.city_or_nrw()}, {fmt(d.date)}", ""], ["Ort, Datum", "Unterschrift"]],
            [0.5, 0.5],
            header=False,
            grid=False,
        ),
        Signature(a.full),
    ]
    return DocSpec(b, _st(r, "sans", 10.0))


@tpl("vollmacht", "y8c", SPLIT)
def voll_y8c(c, d, r):
    """A counselling service's authority for the whole household, each adult signing."""
    rows = [["Name", "geb.", "Unterschrift"]]
    for p in c.persons:
        if p.role != "child":
            rows.append([p.full, fmt(p.geburtsdatum), ""])
    b = [
        Box([_rep_name(c), c.rep.person, f"{c.rep.street}, {c.rep.city}"], size=9),
        P("Vollmacht zur Vertretung im Härtefallverfahren", bold=True, size=13),
        P(
            f"{c.rep.person} ({_rep_name(c)}) darf uns in unserem Härtefallverfahren vertreten, für uns Erklärungen abgeben "
            "und Auskünfte einholen. Als Eltern unterschreiben wir auch für die minderjährigen Kinder."
        ),
        Table(rows, [0.45, 0.2, 0.35]),
        P(f"{c.city_or_nrw()}, am {fmt_long(d.date)}"),
    ]
    return DocSpec(b, _st(r))


# ------------------------------------------------------------------ schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "y8a", SPLIT)
def sp_y8a(c, d, r):
    p = _pt(c)
    b = [
        P("Befreiung von der ärztlichen Schweigepflicht", bold=True, size=12),
        Table(
            [
                ["Patient/in", p.full],
                ["geboren am", fmt(p.geburtsdatum)],
                ["Ärztin/Arzt, Einrichtung", f"{c.doctor}, {c.practice}"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Die oben genannte Stelle darf Auskünfte über meine Gesundheit erteilen an:", after=2),
        P("☒ die Geschäftsstelle der Härtefallkommission NRW", indent=10, after=1),
        P("☒ ärztliche Gutachterinnen und Gutachter, die die Kommission hinzuzieht", indent=10, after=1),
        P("☐ die zuständige Ausländerbehörde", indent=10),
        P(
            "Gültig, bis das Härtefallverfahren beendet ist; ein schriftlicher Widerruf ist jederzeit möglich.",
            size=9,
        ),
        Signature(
            p.full if p.role != "child" else f"{c.applicant.full} (für das Kind {p.vorname})",
            f"{c.city_or_nrw()}, {fmt(d.date)}",
        ),
    ]
    return DocSpec(b, _st(r))


@tpl("schweigepflichtsentbindung", "y8b", SPLIT)
def sp_y8b(c, d, r):
    p = _pt(c)
    b = [
        P(f"{c.applicant.full}, {c.adresse}", size=9),
        P(f"{c.city_or_nrw()}, {_d2(d.date)}", align="right"),
        P("Schweigepflicht", bold=True),
        P(
            f"Ich entbinde {c.doctor} von der Schweigepflicht, damit die Härtefallkommission alles über die Krankheit "
            + ("von mir" if c.ill_person == 0 else f"von {p.vorname}")
            + " erfahren kann, was für den Antrag wichtig ist."
        ),
        Signature(c.applicant.full),
    ]
    return DocSpec(b, _st(r, "cond", 11.0))


@tpl("schweigepflichtsentbindung", "y8c", SPLIT)
def sp_y8c(c, d, r):
    p = _pt(c)
    b = [
        P(
            "Erklärung zur ärztlichen Schweigepflicht / Release from medical confidentiality",
            bold=True,
            size=12,
        ),
        P(
            f"Ich, {p.full}, geb. {fmt(p.geburtsdatum)}, erlaube {c.doctor} ({c.practice}), der Härtefallkommission NRW "
            "Auskunft über meine Behandlung zu geben."
        ),
        P(
            f"I, {p.full}, release {c.doctor} from medical confidentiality towards the Hardship Commission of NRW.",
            font="italic",
            size=9.5,
        ),
        P("Widerruf jederzeit möglich / I can withdraw this at any time.", size=9),
        Signature(p.full if p.role != "child" else c.applicant.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(b, _st(r))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "y8a", SPLIT)
def ds_y8a(c, d, r):
    b = [
        P("Informationen zum Datenschutz (Art. 13 DSGVO) und Einwilligung", bold=True, size=12),
        P(
            "1. Wer verarbeitet? Die Geschäftsstelle der Kommission (Landesministerium NRW, Düsseldorf).",
            size=9,
            after=2,
        ),
        P(
            "2. Wozu? Vorbereitung der Kommissionssitzung; Anfrage bei der Ausländerbehörde.",
            size=9,
            after=2,
        ),
        P(
            "3. An wen? Kommissionsmitglieder, die Ausländerbehörde und, wenn nötig, ärztliche Gutachter.",
            size=9,
            after=2,
        ),
        P(
            "4. Wie lange? Bis die gesetzlichen Aufbewahrungsfristen nach Verfahrensende ablaufen.",
            size=9,
            after=2,
        ),
        P(
            "5. Welche Rechte? Auskunft, Korrektur, Löschung, Sperrung sowie Beschwerde bei der Datenschutzaufsicht.",
            size=9,
        ),
        P("Einwilligung", bold=True, after=2),
        P(
            "☒ Ich stimme zu, dass Angaben über mich und meine Angehörigen im Härtefallverfahren genutzt werden. "
            "Meine Zustimmung ist freiwillig; für die Zukunft kann ich sie zurücknehmen."
        ),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
    ]
    return DocSpec(b, _st(r, "sans", 10.0))


@tpl("datenschutzeinwilligung", "y8b", SPLIT)
def ds_y8b(c, d, r):
    rows = [["Name, Vorname", "Geburtsdatum", "Unterschrift"]]
    for p in c.persons:
        rows.append([f"{p.name}, {p.vorname}", fmt(p.geburtsdatum), "" if p.role == "child" else " "])
    b = [
        P("Datenschutz: Erklärung der Familie", bold=True, size=12, align="center"),
        P(
            "Unsere Angaben im Härtefallantrag dürfen gespeichert und an die am Verfahren beteiligten Stellen "
            "weitergegeben werden (Einwilligung, Art. 6 Abs. 1 lit. a DSGVO). Wir können das jederzeit zurücknehmen."
        ),
        Table(rows, [0.45, 0.22, 0.33]),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(b, _st(r))


@tpl("datenschutzeinwilligung", "y8c", SPLIT)
def ds_y8c(c, d, r):
    org = (
        c.rep.org
        if c.rep and c.rep.kind == "beratungsstelle"
        else "die Kommissionsgeschäftsstelle in Düsseldorf"
    )
    b = [
        Box(["Einwilligung in die Verarbeitung und Weitergabe personenbezogener Daten"], size=11),
        P(
            f"Ich, {c.applicant.full}, bin einverstanden, dass {org} meine Daten – auch Angaben zu Gesundheit und "
            "Aufenthalt – für das Härtefallverfahren verarbeitet und an die zuständigen Stellen weitergibt."
        ),
        P("Diese Zustimmung gilt, bis ich sie zurücknehme; ein formloser Widerruf genügt.", size=9.5),
        P(f"Datum: {_d2(d.date)}", after=2),
        Signature(c.applicant.full),
    ]
    return DocSpec(b, _st(r, "cond"))


# ------------------------------------------------------------------ lebenslauf


def _cv(c: Case) -> list[tuple[str, str]]:
    a = c.applicant
    rows = [
        (fmt(a.geburtsdatum), f"geboren – {a.geburtsort}, {c.natinfo['land']}"),
        (f"{a.geburtsdatum.year + 6}–{a.geburtsdatum.year + 13}", "Grundschule und Mittelschule"),
        (f"{a.geburtsdatum.year + 16}–{c.entry.year - 1}", "Mitarbeit im Handel / Aushilfstätigkeiten"),
        (fmt(c.entry), "nach Deutschland gekommen"),
    ]
    if c.asylum:
        rows.append((fmt(c.asylum_applied), "Asylerstantrag"))
        rows.append((fmt(c.bamf_date), "negativer BAMF-Bescheid"))
    else:
        rows.append((str(c.entry.year), f"Aufenthalt mit Visum ({c.visa_purpose})"))
    rows.append((f"{c.entry.year + 1}", "Integrationskurs mit Abschluss"))
    if c.job:
        rows.append((f"ab {c.entry.year + 2}", f"{c.job} bei {c.employer}"))
    return rows


@tpl("lebenslauf", "y8a", SPLIT)
def cv_y8a(c, d, r):
    a = c.applicant
    b = [
        P("Lebenslauf in Tabellenform", bold=True, size=14),
        P(f"{a.full} · {c.adresse}", size=9),
        Table([["Zeitraum", "Station"]] + [list(x) for x in _cv(c)], [0.3, 0.7], grid=False),
        Signature(a.full, f"{c.city_or_nrw()}, {_dn(d.date)}"),
    ]
    return DocSpec(b, _st(r))


@tpl("lebenslauf", "y8b", SPLIT)
def cv_y8b(c, d, r):
    a = c.applicant
    b = [P("LEBENSLAUF", bold=True, size=15, align="center"), P(a.full, align="center", after=10)]
    b.append(P("Zur Person", bold=True, after=1))
    b.append(
        P(f"geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}; Staatsangehörigkeit {a.staat}", indent=10)
    )
    b.append(P("Stationen", bold=True, after=1))
    for when, what in _cv(c)[1:]:
        b.append(P(f"{when}\t{what}".replace("\t", "  –  "), indent=10, after=2))
    b.append(P(f"{c.city_or_nrw()}, {fmt_long(d.date)}"))
    return DocSpec(b, _st(r, "serif"))


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "y8a", SPLIT)
def lang_y8a(c, d, r):
    a = c.applicant
    tot = r.randint(180, 280)
    b = [
        P("Sprachzertifikat Deutsch – Stufe B1", bold=True, size=17, after=0),
        P("Prüfungsergebnis", size=12, after=10),
        Table(
            [
                ["Name", f"{a.name}, {a.vorname}"],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Prüfungsdatum", fmt(d.date - timedelta(days=r.randint(25, 60)))],
                ["Teil Lesen/Hören/Schreiben", f"{tot - 60} von 225"],
                ["Teil Sprechen", f"{r.randint(48, 75)} von 75"],
                ["Ergebnis", "B1 erreicht"],
            ],
            [0.4, 0.6],
            header=False,
        ),
        P(f"Frankfurt am Main, {fmt(d.date)}", size=9),
        P("Lizenzierte Prüfungsstelle " + c.city_or_nrw(), size=8),
    ]
    return DocSpec(b, _st(r, "sans"))


@tpl("sprachnachweis", "y8b", SPLIT)
def lang_y8b(c, d, r):
    a = c.applicant
    b = [
        P("Bundesamt für Migration und Flüchtlinge", size=9, after=0),
        P("Zertifikat Integrationskurs", bold=True, size=15),
        P(
            f"{a.full}, geboren am {fmt(a.geburtsdatum)}, hat den Integrationskurs erfolgreich abgeschlossen: "
            f"Deutsch-Test für Zuwanderer mit dem Ergebnis {r.choice(['B1', 'B1', 'A2'])} und Test „Leben in Deutschland“ bestanden."
        ),
        P(f"Ausgestellt: {fmt(d.date)}"),
    ]
    return DocSpec(b, _st(r))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "y8a", SPLIT)
def work_y8a(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2900)
    b = [
        P(c.employer, bold=True, after=0),
        P(
            "Verdienstabrechnung "
            + f"{N.MONTHS_DE[(d.date.month - 2) % 12]} {d.date.year if d.date.month > 1 else d.date.year - 1}",
            size=12,
            bold=True,
        ),
        Table(
            [
                ["Mitarbeiter/in", a.full],
                ["Tätigkeit", c.job],
                ["Brutto", f"{brutto},00 €"],
                ["Steuer / Sozialversicherung", f"{int(brutto * 0.3)},40 €"],
                ["Netto", f"{brutto - int(brutto * 0.3) - 1},60 €"],
            ],
            [0.5, 0.5],
            header=False,
        ),
        P(f"Abrechnungsdatum: {fmt(d.date)}", size=9),
    ]
    return DocSpec(b, _st(r, "mono", 9.5))


@tpl("arbeitsnachweis", "y8b", SPLIT)
def work_y8b(c, d, r):
    a = c.applicant
    b = [
        P(c.employer, bold=True, size=12, align="center"),
        P("Arbeitgeberbescheinigung", bold=True),
        P(
            f"{a.herr_frau()} ist seit dem {fmt(c.entry + timedelta(days=800))} als {c.job} für uns tätig, "
            f"Vollzeit mit {r.choice([38, 39, 40])} Wochenstunden und ohne Befristung; eine Kündigung liegt nicht vor."
        ),
        P("Wir möchten auf diese verlässliche Kollegin bzw. diesen verlässlichen Kollegen nicht verzichten."),
        Signature("Personalabteilung", f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
    ]
    return DocSpec(b, _st(r))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "y8a", SPLIT)
def vol_y8a(c, d, r):
    a = c.applicant
    rows = [["Jahr", "Einsatz", "Std."]]
    for y in range(max(c.entry.year + 1, d.date.year - 3), d.date.year + 1):
        rows.append(
            [
                str(y),
                r.choice(["Ausgabe", "Fahrdienst", "Sortieren", "Aufbau Veranstaltungen"]),
                str(r.randint(40, 160)),
            ]
        )
    b = [
        P(c.club, bold=True),
        P("Ehrenamtsbescheinigung", bold=True, size=12),
        P(f"{a.full} hilft bei uns unentgeltlich mit:"),
        Table(rows, [0.2, 0.55, 0.25]),
        Signature("Vorstand", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(b, _st(r))


@tpl("ehrenamt", "y8b", SPLIT)
def vol_y8b(c, d, r):
    a = c.applicant
    b = [
        Box([c.club, "Mitgliederverwaltung"]),
        P("Bestätigung der Vereinsmitgliedschaft", bold=True),
        P(
            f"Dem Verein gehört {a.full} seit {c.entry.year + 1} an und packt ehrenamtlich mit an, "
            f"derzeit {r.choice(['als Übungsleiter/in', 'bei der Organisation unseres Stadtteilfestes', 'im Besuchsdienst'])}."
        ),
        P(f"{c.city_or_nrw()}, {_d2(d.date)}"),
    ]
    return DocSpec(b, _st(r, "serif"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "y8a", SPLIT)
def sup_y8a(c, d, r):
    """A neighbour's short note."""
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    b = [
        P(f"{who}, {r.choice(N.STREETS)} {r.randint(1, 90)}, {c.city_or_nrw()}", size=9),
        P(f"{c.city_or_nrw()}, {_dn(d.date)}", align="right"),
        P(
            f"Ich wohne seit {r.randint(3, 8)} Jahren Tür an Tür mit Familie {c.applicant.name}. Man kann sich auf sie verlassen; "
            "sie haben uns beim Umzug geholfen und gießen im Urlaub unsere Blumen. Es wäre ein großer Verlust, wenn sie gehen müssten."
        ),
        Signature(who),
    ]
    return DocSpec(b, _st(r, "cond", 11.0))


@tpl("unterstuetzerschreiben", "y8b", SPLIT)
def sup_y8b(c, d, r):
    """A parish or employer backing the application."""
    signer = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    b = [
        P(c.club if r.random() < 0.5 else c.employer, bold=True, align="center"),
        Rule(),
        P(f"{fmt_long(d.date)}", align="right"),
        P(f"Ein Wort für {c.applicant.full}", bold=True),
        P(
            f"Ich kenne {c.applicant.herr_frau()} seit {r.randint(2, 6)} Jahren und erlebe {'ihn' if c.applicant.sex == 'm' else 'sie'} "
            "als hilfsbereit, pünktlich und offen. Wir unterstützen den Wunsch nach einem Bleiberecht ausdrücklich."
        ),
        Signature(signer),
    ]
    return DocSpec(b, _st(r))


# ------------------------------------------------------------------ schulnachweis


@tpl("schulnachweis", "y8a", SPLIT)
def school_y8a(c, d, r):
    k = _child(c, d)
    y = d.date.year if d.date.month >= 8 else d.date.year - 1
    b = [
        P(c.school, bold=True, size=12),
        P("Schülerbescheinigung", bold=True, size=13, align="center"),
        P(
            f"{k.full}, geboren am {fmt(k.geburtsdatum)}, ist bei uns im Schuljahr {y}/{str(y + 1)[2:]} angemeldet "
            f"und geht in die Klasse {max(1, k.age_on(d.date) - 5)}{r.choice('abc')}."
        ),
        P("Die Bescheinigung wird auf Wunsch der Eltern erteilt."),
        Signature("Schulleitung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(b, _st(r))


@tpl("schulnachweis", "y8b", SPLIT)
def school_y8b(c, d, r):
    k = _child(c, d)
    if k.age_on(d.date) < 6:
        b = [
            P(f"Kindertageseinrichtung „Regenbogen“ {c.city_or_nrw()}", bold=True),
            P("Betreuungsbestätigung", bold=True, size=12),
            P(
                f"{k.full} (geb. {fmt(k.geburtsdatum)}) wird seit {month_year_short(d.date)} in unserer Kita betreut, {r.choice([35, 45])} Wochenstunden."
            ),
            P(f"{c.city_or_nrw()}, {_d2(d.date)}"),
        ]
    else:
        y = d.date.year if d.date.month >= 8 else d.date.year - 1
        rows = [["Fach", "Note"]] + [
            [f, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])]
            for f in (
                "Deutsch",
                "Mathematik",
                "Sachunterricht" if k.age_on(d.date) < 11 else "Englisch",
                "Sport",
            )
        ]
        b = [
            P(c.school, size=9),
            P(f"Halbjahreszeugnis {y}/{y + 1}", bold=True, size=13),
            P(f"Schüler/in: {k.full} (* {fmt(k.geburtsdatum)})"),
            Table(rows, [0.6, 0.4]),
            P("Versetzung gefährdet: nein. Fehltage: " + str(r.randint(0, 5))),
            P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        ]
    return DocSpec(b, _st(r, "serif"))


def month_year_short(d) -> str:
    before = d - timedelta(days=400)
    return f"{before.month:02d}/{before.year}"


# ------------------------------------------------------------------ auslaenderbehoerde


def _abh_letterhead(c: Case, r: random.Random) -> list:
    body = c.abh.split(" – ")[0]
    return [
        P(c.abh, bold=True, size=11, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 40)} · {c.abh_plz} {body.split()[-1]}", size=8.5),
        Rule(),
    ]


@tpl("auslaenderbehoerde", "y8a", SPLIT)
def abh_y8a(c, d, r):
    """A residence paper: Duldung, or the Aufenthaltsgestattung while the asylum procedure runs."""
    a = c.applicant
    if c.gestattung:
        head = ["Bescheinigung über die Aufenthaltsgestattung", "(§ 63 Asylgesetz)"]
        cond = "Die räumliche Beschränkung ist aufgehoben. Beschäftigung nur nach Zustimmung der Ausländerbehörde."
    else:
        head = ["Bescheinigung über die Aussetzung der Abschiebung (Duldung)", "§ 60a Abs. 4 AufenthG"]
        cond = (
            "Ausbildungsduldung (§ 60c AufenthG) – gilt bis zum Ende der Lehre. Die Ausbildung ist erlaubt."
            if c.ausbildung
            else f"Auflage: Wohnsitz in {c.city_or_nrw()}; Arbeitsaufnahme erlaubnispflichtig."
        )
    b = [
        Box(head),
        Table(
            [
                ["Inhaber/in", f"{a.vorname} {a.name.upper()}"],
                ["geboren", f"{fmt(a.geburtsdatum)} in {a.geburtsort}"],
                ["Nationalität", a.staat],
                ["Befristet bis", fmt(d.date + timedelta(days=r.choice([90, 180])))],
                ["Wohnort", c.adresse],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(cond, size=9.5),
        P(f"Behörde: {c.abh}", size=9),
        P(f"Ausstellungsdatum: {fmt(d.date)}", size=9),
    ]
    return DocSpec(b, _st(r, "mono", 9.5))


@tpl("auslaenderbehoerde", "y8b", SPLIT)
def abh_y8b(c, d, r):
    """A request to help obtain a passport (Mitwirkungspflicht)."""
    a = c.applicant
    b = _abh_letterhead(c, r) + [
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=12),
        P(f"{fmt_long(d.date)}", align="right"),
        P("Ihre Pflicht zur Beschaffung eines Passes", bold=True),
        P(
            f"Das Gesetz (§ 48 Abs. 3, § 82 AufenthG) verlangt von Ihnen, bei der Passbeschaffung mitzuwirken. "
            f"Wir fordern Sie auf, sich spätestens am {fmt(d.date + timedelta(days=28))} an die Botschaft oder ein Konsulat von "
            f"{c.natinfo['land']} zu wenden; den Nachweis darüber reichen Sie bitte hier ein."
        ),
        P(
            f"Ihre Abschiebung ist auf den {fmt(c.rueckfuehrung)} terminiert."
            if c.rueckfuehrung
            else "Fehlende Mitwirkung kann sich auf Ihre Duldung und eine spätere Aufenthaltserlaubnis auswirken."
        ),
        P("Im Auftrag"),
        P(r.choice(N.GERMAN_SURNAMES), size=9),
    ]
    return DocSpec(b, _st(r))


# ------------------------------------------------------------------ gerichtsentscheidung


def _parties(c: Case) -> str:
    a = c.applicant
    if c.asylum:
        return (
            f"{a.full}, {c.adresse}, – Kläger/in –\n"
            "gegen\ndie Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge, – Beklagte –"
        )
    return f"{a.full}, {c.adresse}, – Antragsteller/in –\ngegen\n{c.abh}, – Antragsgegner/in –"


@tpl("gerichtsentscheidung", "y8a", SPLIT)
def court_y8a(c, d, r):
    kind = "Urteil" if c.asylum else "Beschluss"
    b = [
        P(c.court_name.upper(), bold=True, align="center", after=0),
        P(f"Aktenzeichen: {c.court_az}", align="center"),
    ]
    if kind == "Urteil":
        b.append(P("Im Namen des Volkes", bold=True, align="center", after=0))
    b.append(P(kind, bold=True, size=13, align="center"))
    b.append(P("In dem Verwaltungsrechtsstreit"))
    for line in _parties(c).split("\n"):
        b.append(P(line, indent=16, after=2))
    b.append(
        P(
            f"hat die {r.randint(2, 9)}. Kammer durch die Richterin als Einzelrichterin nach Verhandlung am "
            f"{fmt(d.date - timedelta(days=r.randint(1, 14)))} am {fmt(d.date)} entschieden:"
            if kind == "Urteil"
            else f"hat die {r.randint(2, 9)}. Kammer am {fmt(d.date)} ohne mündliche Verhandlung den folgenden Beschluss gefasst:"
        )
    )
    b.append(
        P(
            "Die Klage wird als unbegründet abgewiesen. Gerichtskosten fallen nicht an; außergerichtliche Kosten trägt die Klägerseite."
            if kind == "Urteil"
            else "Der Eilantrag (§ 80 Abs. 5 VwGO) bleibt ohne Erfolg. Streitwert: 2.500 €."
        )
    )
    b.append(P("Entscheidungsgründe" if kind == "Urteil" else "Gründe", bold=True))
    b.append(
        P(
            "Eine Verfolgungsgefahr bei Rückkehr hat die Kammer nicht feststellen können; auch in der Verhandlung "
            "blieben die Angaben vage und ohne Einzelheiten."
            if c.asylum
            else "Nach der im Eilverfahren nur möglichen überschlägigen Prüfung ist die Ordnungsverfügung nicht zu beanstanden. "
            "Da der Zweck des Aufenthalts weggefallen ist, kann die Aufenthaltserlaubnis nicht verlängert werden."
        )
    )
    b.append(
        P(
            "Hinweis: Die Anfechtbarkeit dieser Entscheidung bestimmt sich nach VwGO und AsylG.",
            size=9,
        )
    )
    b.append(P(r.choice(["Kramer", "Schubert", "Ohlendorf", "Yıldız"]), align="right"))
    return DocSpec(b, _st(r, "serif"), footer="Blatt {p}")


@tpl("gerichtsentscheidung", "y8b", SPLIT)
def court_y8b(c, d, r):
    kind = "Gerichtsbescheid" if c.asylum else "Beschluss"
    a = c.applicant
    b = [
        Table([[c.court_name, f"Az. {c.court_az}"]], [0.65, 0.35], header=False, grid=False),
        P(f"– Ausfertigung – {kind.upper()}", bold=True, size=12),
        P(
            f"Verwaltungsstreitsache {a.vorname} {a.name} gegen "
            + ("die Bundesrepublik Deutschland (BAMF)" if c.asylum else c.abh.split(" – ")[0])
        ),
        P(f"Das Gericht hat am {fmt_long(d.date)} entschieden:", after=2),
        P(
            "Die Klage wird ohne mündliche Verhandlung abgewiesen (§ 84 VwGO). Gerichtskosten werden nicht erhoben (§ 83b AsylG)."
            if c.asylum
            else "Vorläufiger Rechtsschutz wird nicht gewährt; die Kosten fallen der Antragstellerseite zur Last."
        ),
        P("Gründe", bold=True),
        P(
            "Zur Begründung folgt das Gericht den Ausführungen im angefochtenen Bescheid (§ 77 Abs. 2 AsylG bzw. § 117 Abs. 5 VwGO)."
        ),
        P("Für die Übereinstimmung mit der Urschrift – Justizangestellte", size=9, align="right"),
    ]
    return DocSpec(b, _st(r, "sans"))


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "y8a", SPLIT)
def crime_y8a(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    b = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12),
        P(
            f"Geschäfts-Nr.: {r.randint(10, 99)} Cs {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
            size=9,
        ),
        P(f"{c.court_city}, {fmt(d.date)}", align="right"),
        P("Strafbefehl", bold=True, size=14),
        P(f"in der Strafsache gegen {a.full} (* {fmt(a.geburtsdatum)}), {c.adresse}"),
        P(f"Nach dem Ergebnis der Ermittlungen ergeht dieser Strafbefehl wegen {off}."),
        P(f"Rechtsfolge: Geldstrafe in Höhe von {sentence}."),
        P(
            "Einspruch: zwei Wochen ab Zustellung, schriftlich oder zu Protokoll der Geschäftsstelle. Ohne Einspruch wird "
            "der Strafbefehl rechtskräftig und vollstreckbar.",
            size=9,
        ),
        P("Richter/in am Amtsgericht", align="right"),
    ]
    return DocSpec(b, _st(r, "serif"))


@tpl("strafrecht", "y8b", SPLIT)
def crime_y8b(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    b = [
        Box([f"Amtsgericht {c.court_city} – Strafsache", "Ausfertigung"]),
        Table(
            [
                ["Verurteilte Person", f"{a.name}, {a.vorname}"],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Tatvorwurf", off],
                ["Rechtsfolge", f"Geldstrafe: {sentence}"],
                ["Entscheidung", f"Strafbefehl vom {fmt(d.date)}"],
                ["rechtskräftig seit", fmt(d.date + timedelta(days=r.randint(16, 30)))],
            ],
            [0.3, 0.7],
            header=False,
        ),
        P("Für die Richtigkeit der Abschrift: Justizbeschäftigte/r", size=9),
    ]
    return DocSpec(b, _st(r))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "y8a", SPLIT)
def id_y8a(c, d, r):
    """A sworn translation of a birth certificate."""
    a = c.applicant
    lang = {"syrien": "Arabischen", "irak": "Arabischen", "afghanistan": "Dari", "iran": "Persischen"}.get(
        c.nat, "Englischen"
    )
    b = [
        P(f"Übersetzung aus dem {lang}", size=9, align="right"),
        P(f"{c.natinfo['land']} – Geburtsurkunde (Auszug aus dem Personenstandsregister)", bold=True),
        Table(
            [
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["Eintragung vom", fmt(d.date)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            f"Dass diese Übersetzung mit der vorgelegten Urkunde übereinstimmt, bestätige ich. {c.city_or_nrw()}, "
            f"{fmt(d.date + timedelta(days=r.randint(400, 700)))} – {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, "
            "allgemein beeidigte Übersetzerin",
            size=8.5,
        ),
    ]
    return DocSpec(b, _st(r))


@tpl("identitaetsnachweis", "y8b", SPLIT)
def id_y8b(c, d, r):
    """A copy of the passport's data page with its machine-readable zone."""
    a = c.applicant
    iso = MRZ_CODES.get(c.nat, "XXX")
    no = f"{zlib.crc32((a.full + 'y8').encode()) % 10**8:08d}"

    def mrz(s: str) -> str:
        s = s.upper().replace(" ", "<").replace("-", "<")
        return "".join(ch for ch in s if ch.isascii() and (ch.isalpha() or ch == "<"))

    l1 = f"P<{iso}{mrz(a.name)}<<{mrz(a.vorname)}".ljust(44, "<")[:44]
    l2 = f"{no}<{iso}{a.geburtsdatum.strftime('%y%m%d')}{'M' if a.sex == 'm' else 'F'}{(d.date + timedelta(days=3650)).strftime('%y%m%d')}".ljust(
        44, "<"
    )[:44]
    b = [
        P("Ablichtung Reisepass – Personaldatenseite", size=9, bold=True),
        Box(
            [
                f"PASSPORT / {c.natinfo['land'].upper()}",
                f"Surname: {a.name}   Given names: {a.vorname}",
                f"DOB {a.geburtsdatum.strftime('%d/%m/%Y')}   POB {a.geburtsort}",
                f"Issued {d.date.strftime('%d/%m/%Y')}   No. {no}",
            ]
        ),
        P(l1, font="mono", after=0, size=9),
        P(l2, font="mono", size=9),
        P("Ablichtung gefertigt nach Vorlage des Originals.", size=8),
    ]
    return DocSpec(b, _st(r))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_y8", SPLIT)
def other_anhoerung_y8(c, d, r):
    """The BAMF's invitation to the hearing (asylum cases only)."""
    a = c.applicant
    site = c.bamf_site
    b = [
        P(f"BAMF, {site[0]}", bold=True, after=0),
        P(f"{site[1]}, {site[2]}", size=8.5),
        P(f"Gesch.-Z.: {c.bamf_gz}", align="right", size=9),
        P(a.herr_frau(), after=0),
        P(c.adresse, after=12),
        P("Ladung zur Anhörung", bold=True, size=12),
        P(
            f"Ihre Anhörung nach § 25 AsylG findet statt am {fmt(d.date + timedelta(days=14))}, Beginn "
            f"{r.choice(['08:15', '09:45', '10:30', '12:45'])} Uhr. Eine Sprachmittlerin bzw. ein Sprachmittler ist anwesend."
        ),
        P(
            "Nehmen Sie Ausweise und Beweismittel mit. Fehlen Sie ohne Entschuldigung, entscheidet das Bundesamt ohne Anhörung."
        ),
        P(f"{site[2].split(' ', 1)[1]}, {fmt(d.date)}", size=9),
    ]
    return DocSpec(b, _st(r))


@tpl("sonstiges", "melde_y8", SPLIT)
def other_melde_y8(c, d, r):
    """A registration certificate of the residents' office."""
    rows = [["Name", "Vorname", "Geburtsdatum"]] + [
        [p.name, p.vorname, fmt(p.geburtsdatum)] for p in c.persons
    ]
    b = [
        P(f"Meldebehörde {c.city_or_nrw()}", bold=True),
        P("Meldebestätigung (§ 18 Abs. 1 BMG)", bold=True, size=12),
        P(f"Unter der Anschrift {c.adresse} sind folgende Personen mit alleiniger Wohnung gemeldet:"),
        Table(rows, [0.35, 0.35, 0.3]),
        P(f"{c.city_or_nrw()}, {_d2(d.date)} – automatisch gedruckt, gültig ohne Unterschrift.", size=9),
    ]
    return DocSpec(b, _st(r, "sans"))


# the support letter the generator cuts off as a broken file
TRUNCATED = "unterstuetzerschreiben_y8a"
