"""Templates of the `holdout` split: a second held-out set; nobody tuning hfk may read this file."""

from __future__ import annotations

import random
import zlib
from datetime import date, timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, PageBreak, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case, DocPlan, Person
from hfk.corpus.templates import _child, _mrz, tpl

SPLIT = "holdout"
FEMALE_FIRST = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}

# ------------------------------------------------------------------ dates and small helpers


def d_num(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def d_short(d: date) -> str:
    return d.strftime("%d.%m.%y")


def d_bare(d: date) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def d_long(d: date) -> str:
    return f"{d.day}. {N.MONTHS_DE[d.month - 1]} {d.year}"


def d_us(d: date) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def d_mon(d: date) -> str:
    return f"{d.month:02d}/{d.year}"


def _style(r: random.Random, family: str | None = None, size: float | None = None) -> Style:
    # margins and sizes of their own, so page geometry does not repeat the other splits
    return Style(
        family=family or r.choice(["serif", "sans", "cond"]),
        size=size or r.choice([9.5, 10.0, 10.5, 11.0]),
        leading=r.choice([1.3, 1.4, 1.45]),
        margin_left=r.uniform(55, 90),
        margin_right=r.uniform(45, 75),
        margin_top=r.uniform(40, 70),
        margin_bottom=r.uniform(60, 80),
        para_after=r.choice([5.0, 6.0, 8.0]),
    )


def _tel(seed: str) -> str:
    q = random.Random("h:" + seed)
    return f"0{q.randint(201, 989)} / {q.randint(10, 99)} {q.randint(100, 999)}-{q.randint(0, 99):02d}"


def _ref(r: random.Random, prefix: str) -> str:
    return f"{prefix}{r.randint(10, 999)}/{r.randint(20, 25)}"


def _rep_sex_f(name: str) -> bool:
    return name.split()[0] in FEMALE_FIRST


def _he(p: Person) -> str:
    return "er" if p.sex == "m" else "sie"


def _him(p: Person) -> str:
    return "ihm" if p.sex == "m" else "ihr"


def _his(p: Person) -> str:
    return "sein" if p.sex == "m" else "ihr"


def _role_de(p: Person) -> str:
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehemann" if p.sex == "m" else "Ehefrau"
    return "Sohn" if p.sex == "m" else "Tochter"


def _role_en(p: Person) -> str:
    if p.role == "applicant":
        return "applicant"
    if p.role == "spouse":
        return "husband" if p.sex == "m" else "wife"
    return "son" if p.sex == "m" else "daughter"


def _nat_adj(p: Person) -> str:
    """'syrischer Staatsangehöriger' / 'syrische Staatsangehörige'."""
    return f"{p.staat}er Staatsangehöriger" if p.sex == "m" else f"{p.staat}e Staatsangehörige"


def _val(c: Case, i: int, f: str, value: str) -> str:
    return "" if c.omitted.get(i) == f else value


LAND_IN = {
    "Irak": "im Irak",
    "Iran": "im Iran",
    "Kosovo": "im Kosovo",
    "Türkei": "in der Türkei",
    "Russische Föderation": "in der Russischen Föderation",
}


def _in_land(land: str) -> str:
    return LAND_IN.get(land, f"in {land}")


def _aus_land(land: str) -> str:
    x = LAND_IN.get(land)
    if not x:
        return f"aus {land}"
    return x.replace("im ", "aus dem ").replace("in der ", "aus der ")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _city_of_abh(c: Case) -> str:
    head = c.abh.split("–")[0].strip()
    for pre in (
        "Landeshauptstadt ",
        "Bundesstadt ",
        "StädteRegion ",
        "Stadt ",
        "Kreis ",
        "Region ",
        "Migrationsamt ",
    ):
        if head.startswith(pre):
            return head[len(pre) :]
    return head


def _rep_place(c: Case) -> str:
    return c.rep.city.split(" ", 1)[1] if c.rep else c.city_or_nrw()


# ------------------------------------------------------------------ letterheads of this split


def _head_bar(name: str, detail: list[str]) -> list:
    """Name left, one line of details under a thin rule."""
    return [P(name, size=12.5, bold=True, after=1), Rule(0.4), P("  |  ".join(detail), size=7.5, after=12)]


def _head_columns(name: str, detail: list[str]) -> list:
    """Two columns without grid: the name left, contact details right."""
    rows = [[name if i == 0 else "", x] for i, x in enumerate(detail)]
    return [Table(rows, [0.55, 0.45], header=False, grid=False, size=8.5), Space(6)]


def _head_centered(name: str, detail: list[str]) -> list:
    return [
        P(name.upper(), size=11, bold=True, align="center", after=0),
        P(" – ".join(detail), size=7.5, align="center", after=2),
        Rule(1.6),
        Space(6),
    ]


def _sender_head(c: Case, r: random.Random) -> list:
    """Whoever writes the application: the applicant's own lines or a representative's letterhead."""
    if c.sender == "applicant":
        a = c.applicant
        kind = r.randint(0, 1)
        if kind == 0:
            return [P(f"Absender: {a.full}, {c.adresse}", size=8.5, after=14)]
        return [
            P(a.full, align="right", after=0),
            P(c.street, align="right", after=0),
            P(f"{c.plz} {c.city}", align="right", after=14),
        ]
    rp = c.rep
    if rp.kind == "privat":
        return [P(rp.person, after=0), P(rp.street, after=0), P(rp.city, after=14)]
    detail = [rp.street, rp.city, f"Telefon {_tel(rp.org)}", "Telefax " + _tel(rp.org + "fax")]
    return r.choice([_head_bar, _head_columns, _head_centered])(rp.org, detail)


HFK_LINES_H = [
    "Ministerium für Kinder, Jugend, Familie, Gleichstellung,",
    "Flucht und Integration des Landes Nordrhein-Westfalen",
    "– Geschäftsstelle der Härtefallkommission –",
    "Völklinger Straße 4",
    "40219 Düsseldorf",
]


def _to_hfk(r: random.Random, lawyer: bool) -> list:
    out: list = []
    if lawyer and r.random() < 0.6:
        out.append(
            P(
                r.choice(["Vorab per Telefax", "Per E-Mail und auf dem Postweg", "Per beA / vorab per Fax"]),
                size=8.5,
                bold=True,
                after=4,
            )
        )
    lines = (
        HFK_LINES_H
        if r.random() < 0.5
        else [
            "An die Härtefallkommission",
            "des Landes Nordrhein-Westfalen",
            "Völklinger Straße 4",
            "40219 Düsseldorf",
        ]
    )
    out += [P(x, after=0) for x in lines] + [Space(16)]
    return out


def _signer_lines(c: Case) -> tuple[str, str]:
    """(signature name, function line)."""
    if c.sender == "applicant":
        return c.applicant.full, ""
    rp = c.rep
    if rp.kind == "anwalt":
        return rp.person, "Rechtsanwältin" if _rep_sex_f(rp.person) else "Rechtsanwalt"
    if rp.kind == "beratungsstelle":
        return rp.person, "Verfahrensberatung"
    return rp.person, f"für {c.applicant.full}"


def _names_run(persons: list[Person]) -> str:
    names = [p.full for p in persons]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]


def _opening(c: Case, r: random.Random) -> str:
    """The first sentence: who applies for whom (wording of this split)."""
    a = c.applicant
    fam = len(c.persons) > 1
    if c.sender == "anwalt":
        return r.choice(
            [
                f"unter Vorlage der anliegenden Vollmacht zeige ich die Vertretung von {_names_run(c.persons)} an. "
                "Ich rege an, dass sich die Härtefallkommission mit dem Fall befasst und die oberste Landesbehörde um die Erteilung einer Aufenthaltserlaubnis nach § 23a AufenthG ersucht.",
                f"in der ausländerrechtlichen Angelegenheit {'der Familie ' + a.name if fam else a.herr_frau()} wenden wir uns als Bevollmächtigte an Sie. "
                "Wir bitten darum, den nachstehend dargestellten Fall als Härtefall im Sinne des § 23a AufenthG zu behandeln.",
            ]
        )
    if c.sender == "beratungsstelle":
        return r.choice(
            [
                f"wir begleiten {'die Familie ' + a.name if fam else a.herr_frau()} seit längerer Zeit in unserer Beratung. "
                "Mit deren Einverständnis und in ihrem Auftrag reichen wir hiermit eine Härtefalleingabe nach § 23a AufenthG ein.",
                f"als Fachdienst für Migration übersenden wir im Auftrag von {_names_run(c.persons)} die folgende Eingabe an die Härtefallkommission und bitten um Befassung.",
            ]
        )
    if c.sender == "privat":
        rel = c.rep.relation
        return (
            f"ich wende mich an Sie für {'die Familie meines ' + rel + 's' if fam else 'meinen ' + rel} {a.full}. "
            f"Weil {'die Familie' if fam else _he(a)} selbst nicht gut Deutsch schreiben kann, stelle ich in {'ihrem' if fam else ('seinem' if a.sex == 'm' else 'ihrem')} Namen "
            "den Antrag, dass die Härtefallkommission den Fall berät."
        )
    return r.choice(
        [
            f"ich bitte die Härtefallkommission, sich mit meinem Fall{' und dem meiner Familie' if fam else ''} zu beschäftigen. "
            "Ich möchte in Deutschland bleiben und beantrage deshalb ein Härtefallersuchen nach § 23a AufenthG.",
            f"mit diesem Schreiben stelle ich{' zusammen mit meiner Familie' if fam else ''} einen Antrag an die Härtefallkommission Nordrhein-Westfalen.",
        ]
    )


# ------------------------------------------------------------------ the reasoning (wording of this split)


def _reasoning(c: Case, r: random.Random, first: bool) -> dict[str, list[str]]:
    """Sentences per Begründung topic; every trigger and hint fact appears only when the scenario has it."""
    a = c.applicant
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    subj = "ich" if first else _he(a)
    Subj = "Ich" if first else ("Der Antragsteller" if a.sex == "m" else "Die Antragstellerin")
    dat = "mir" if first else _him(a)

    # life story and entry; a field the persons block leaves out stays out here too, so the truth's gap is real
    no_date = c.omitted.get(0) == "geburtsdatum"
    no_place = c.omitted.get(0) == "geburtsort"
    born = f"{'' if no_date else ' am ' + d_long(a.geburtsdatum)}{'' if no_place else ' in ' + a.geburtsort}"
    L = t["lebensgeschichte"]
    if first:
        L.append(
            f"Geboren wurde ich{born}. {_cap(_in_land(land))} bin ich {r.choice(['bei meinen Großeltern', 'mit vier Geschwistern', 'in einem kleinen Dorf bei der Stadt'])} groß geworden "
            f"und habe nach der Schule {r.choice(['in einer Werkstatt', 'auf dem Markt', 'in der Landwirtschaft', 'als Näherin' if a.sex == 'f' else 'als Maurer'])} gearbeitet."
        )
    else:
        L.append(
            f"{Subj} stammt {_aus_land(land)} und ist dort{born} zur Welt gekommen. "
            f"Nach dem Schulbesuch war {subj} {r.choice(['als Hilfskraft im Handel', 'in der Landwirtschaft der Eltern', 'als Näher/in in einer kleinen Fabrik', 'als Fahrer/in'])} tätig."
        )
    if c.einreiseverbot:
        L.append(
            f"Nach einer Abschiebung im Jahr {c.entry.year - 2} {'kam ich' if first else 'kam ' + subj} am {d_num(c.entry)} erneut nach Deutschland."
        )
    else:
        L.append(
            f"{'Ich erreichte' if first else Subj + ' erreichte'} die Bundesrepublik am {d_num(c.entry)}"
            + (
                f" gemeinsam mit {'meiner' if first else ('seiner' if a.sex == 'm' else 'ihrer')} Familie."
                if len(c.persons) > 1
                else "."
            )
        )

    # residence status
    S = t["aufenthaltssituation"]
    if c.asylum:
        S.append(
            f"Den Asylantrag {'stellte ich' if first else 'stellte ' + subj} am {d_num(c.asylum_applied)}. "
            f"Das Bundesamt für Migration und Flüchtlinge lehnte ihn mit Bescheid vom {d_num(c.bamf_date)} ab (Gesch.-Z.: {c.bamf_gz})."
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Über die Klage dagegen hat das {c.court_name} ({c.court_az}) bislang nicht entschieden; das Verfahren ist anhängig."
                )
            else:
                S.append(
                    f"Die Klage blieb ohne Erfolg: Das {c.court_name} wies sie mit Urteil vom {d_num(c.court_date)} ab (Az. {c.court_az})."
                )
    else:
        S.append(
            f"{'Ich kam' if first else Subj + ' kam'} mit einem Visum zum Zweck {c.visa_purpose} nach Deutschland. "
            "Eine Verlängerung der Aufenthaltserlaubnis lehnte die Ausländerbehörde ab."
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Das Klageverfahren gegen diese Entscheidung ist beim {c.court_name} unter {c.court_az} anhängig."
                )
            else:
                S.append(
                    f"Einen Eilantrag dagegen hat das {c.court_name} am {d_num(c.court_date)} abgelehnt ({c.court_az})."
                )
    if c.gestattung:
        S.append(
            f"Das Asylverfahren ist noch nicht abgeschlossen; {'ich habe' if first else subj + ' hat'} deshalb eine Aufenthaltsgestattung nach § 55 AsylG."
        )
    else:
        S.append(
            f"{'Ich bin' if first else Subj + ' ist'} vollziehbar ausreisepflichtig; die Abschiebung ist nach § 60a AufenthG ausgesetzt (Duldung)."
        )
    S.append(
        f"Die Duldungen bzw. Bescheinigungen stellt die {c.abh} aus."
        if not c.gestattung
        else f"Örtlich zuständig ist die {c.abh}."
    )
    if c.einreiseverbot:
        S.append(
            f"Gegen {'mich' if first else ('ihn' if a.sex == 'm' else 'sie')} besteht ein Einreise- und Aufenthaltsverbot gemäß § 11 AufenthG."
        )
    if c.s58a:
        S.append(
            f"Außerdem wurde gegen {'mich' if first else ('ihn' if a.sex == 'm' else 'sie')} eine Abschiebungsanordnung gemäß § 58a AufenthG verfügt."
        )
    if c.rueckfuehrung:
        S.append(
            f"Die Ausländerbehörde hat die Rückführung bereits für den {d_long(c.rueckfuehrung)} terminiert."
        )
    if c.criminal:
        off, sentence = c.offence
        S.append(
            f"{'Ich habe' if first else Subj + ' hat'} einen Strafbefehl des Amtsgerichts {c.court_city} vom {d_num(c.criminal_date)} erhalten: "
            f"Geldstrafe von {sentence} wegen {off}."
        )
    if c.ausbildung and "integration" not in c.topics:
        S.append(
            "Die Voraussetzungen einer Ausbildungsduldung nach § 60c AufenthG sollten vorrangig geprüft werden."
        )

    # family
    F = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        s = sp[0]
        F.append(
            f"{'Ich bin' if first else Subj + ' ist'} mit {s.full} verheiratet"
            + (
                f"; gemeinsam {'haben wir' if first else 'haben sie'} {'ein Kind' if len(kids) == 1 else str(len(kids)) + ' Kinder'}."
                if kids
                else "."
            )
        )
    if kids:
        F.append(
            f"{', '.join(k.vorname for k in kids)} {'wächst' if len(kids) == 1 else 'wachsen'} in Deutschland auf und {'spricht' if len(kids) == 1 else 'sprechen'} Deutsch besser als die Sprache der Eltern."
        )
    F.append(
        f"{_cap(_in_land(land))} {'habe ich' if first else 'hat ' + subj} {r.choice(['keine Eltern mehr', 'nur noch einen kranken Onkel', 'keinen Kontakt mehr zur Familie'])}; "
        f"hier in Deutschland lebt {r.choice(['ein Cousin mit Aufenthaltserlaubnis', 'eine Tante, die eingebürgert ist', 'ein Bruder mit Niederlassungserlaubnis'])}."
    )

    # integration
    G = t["integration"]
    G.append(
        f"{'Meine' if first else ('Seine' if a.sex == 'm' else 'Ihre')} Deutschkenntnisse sind gut; den Integrationskurs {'habe ich' if first else 'hat ' + subj} abgeschlossen."
    )
    if c.ausbildung:
        G.append(
            f"Seit August {c.received.year - 1} {'mache ich' if first else 'macht ' + subj} eine Berufsausbildung; damit kommt eine Ausbildungsduldung nach § 60c AufenthG in Betracht."
        )
    else:
        G.append(
            f"Seit {r.randint(2018, c.received.year - 1)} {'arbeite ich' if first else 'arbeitet ' + subj} als {c.job} bei {c.employer} und {'bin' if first else 'ist'} nicht auf Sozialleistungen angewiesen."
        )
    G.append(f"Ehrenamtlich {'bin ich' if first else 'ist ' + subj} aktiv: {c.club}.")
    for k in c.school_age():
        G.append(f"{k.vorname} geht in die {c.school}.")

    # urgent humanitarian reasons
    H = t["humanitaere_gruende"]
    if c.illness:
        code, name, _ = c.diagnosis
        p = c.persons[c.ill_person]
        if first and c.ill_person == 0:
            who = "mir"
        elif first:
            who = {
                "spouse": "meiner Frau" if p.sex == "f" else "meinem Mann",
                "child": "meinem Sohn" if p.sex == "m" else "meiner Tochter",
            }.get(p.role, p.full)
            who += f" {p.vorname}"
        else:
            who = p.full
        H.append(
            f"Bei {who} ist eine Erkrankung festgestellt worden: {name} (ICD-10 {code}). "
            "Die Behandlung läuft regelmäßig und dürfte im Herkunftsland nicht fortgesetzt werden können."
        )
    H.append(
        f"Ein Leben {_in_land(land)} wäre {dat} heute nicht mehr zuzumuten, "
        f"{r.choice(['denn dort gibt es weder Wohnung noch Arbeit', 'weil alle sozialen Bindungen inzwischen in Deutschland bestehen', 'da die Familie dort völlig mittellos wäre'])}."
    )
    return t


ORDER = ["lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"]


def _closing(c: Case, r: random.Random, blocks: list, place_date: str = "") -> None:
    name, role = _signer_lines(c)
    blocks.append(P(r.choice(["Mit freundlichen Grüßen", "Hochachtungsvoll", "Freundliche Grüße"]), after=4))
    blocks.append(Signature(name, place_date))
    if role:
        blocks.append(P(role, size=9))


# ------------------------------------------------------------------ antrag (German)


@tpl("antrag", "h1", SPLIT)
def antrag_h1(c, d, r):
    """Brief in lettered sections; persons as a numbered list with surname in capitals."""
    first = c.sender == "applicant"
    t = _reasoning(c, r, first)
    blocks = _sender_head(c, r) + _to_hfk(r, c.sender == "anwalt")
    blocks.append(
        Table(
            [["Unser Zeichen:", _ref(r, "HF-")], ["Datum:", d_long(d.date)]]
            if not first
            else [["Datum:", d_long(d.date)]],
            [0.7, 0.3],
            header=False,
            grid=False,
            size=9,
        )
    )
    blocks.append(P(f"Härtefallersuchen gemäß § 23a AufenthG – {c.applicant.name}", bold=True, after=2))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("Die Eingabe betrifft folgende Personen:", after=3))
    for i, p in enumerate(c.persons):
        bits = [f"{i + 1}.) {p.name.upper()}, {p.vorname}"]
        if _val(c, i, "geburtsdatum", "x"):
            bits.append(f"geb. {d_num(p.geburtsdatum)}")
        if _val(c, i, "geburtsort", "x"):
            bits.append(f"in {p.geburtsort}")
        if _val(c, i, "staatsangehoerigkeit", "x"):
            bits.append(f"Staatsangehörigkeit {p.staat}")
        blocks.append(P(", ".join(bits), indent=18, after=1))
    blocks.append(P(f"Wohnanschrift: {c.adresse}", indent=18))
    sections = [
        ("A. Sachverhalt", ["lebensgeschichte", "familie"]),
        ("B. Aufenthaltsrechtliche Lage", ["aufenthaltssituation"]),
        ("C. Integration", ["integration"]),
        ("D. Dringende humanitäre und persönliche Gründe", ["humanitaere_gruende"]),
    ]
    for head, topics in sections:
        present = [x for x in topics if x in c.topics]
        if not present:
            continue
        blocks.append(P(head, bold=True, after=3))
        for x in present:
            blocks.append(P(" ".join(t[x])))
    blocks.append(
        P("Die in der Anlagenliste genannten Unterlagen füge ich bei. Ich bitte um eine Eingangsbestätigung.")
    )
    _closing(c, r, blocks)
    return DocSpec(blocks, _style(r, "serif"), footer="- {p} -")


@tpl("antrag", "h2", SPLIT)
def antrag_h2(c, d, r):
    """Counselling-service memo: subject grid, family table with a relationship column, urgent reasons first."""
    first = c.sender == "applicant"
    t = _reasoning(c, r, first)
    blocks = _sender_head(c, r) + _to_hfk(r, False)
    place = c.city_or_nrw() if first else _rep_place(c)
    blocks.append(P(f"{place}, {d_short(d.date)}", align="right"))
    blocks.append(
        Table(
            [
                ["Betreff", "Eingabe an die Härtefallkommission (§ 23a AufenthG)"],
                ["Familie / Person", f"{c.applicant.name}, {c.applicant.vorname}"],
                ["Anzahl Personen", str(len(c.persons))],
            ],
            [0.28, 0.72],
            header=False,
            size=9.5,
        )
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    rows = [["Nr.", "Name, Vorname", "Verhältnis", "geb. am", "Geburtsort", "Staatsangeh."]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                str(i + 1),
                f"{p.name}, {p.vorname}",
                _role_de(p),
                _val(c, i, "geburtsdatum", d_bare(p.geburtsdatum)),
                _val(c, i, "geburtsort", p.geburtsort),
                _val(c, i, "staatsangehoerigkeit", p.staat),
            ]
        )
    blocks.append(Table(rows, [0.06, 0.27, 0.15, 0.14, 0.19, 0.19], size=9))
    blocks.append(P(f"Gemeinsame Wohnanschrift: {c.adresse}"))
    heads = {
        "humanitaere_gruende": "Warum eine Rückkehr nicht zumutbar ist",
        "lebensgeschichte": "Herkunft und Einreise",
        "aufenthaltssituation": "Stand des Aufenthaltsverfahrens",
        "familie": "Familiäre Situation",
        "integration": "Integration in Deutschland",
    }
    for x in ["humanitaere_gruende", "lebensgeschichte", "aufenthaltssituation", "familie", "integration"]:
        if x in c.topics:
            blocks.append(P(heads[x], bold=True, after=2, font="italic"))
            blocks.append(P(" ".join(t[x])))
    blocks.append(P("Für Rückfragen erreichen Sie uns zu den üblichen Beratungszeiten."))
    _closing(c, r, blocks)
    return DocSpec(blocks, _style(r, "sans"), footer=f"{c.applicant.name} – Seite {{p}}/{{n}}")


@tpl("antrag", "h3", SPLIT)
def antrag_h3(c, d, r):
    """Short letter in running text, the persons on an annexed data sheet (one framed box per person)."""
    first = c.sender == "applicant"
    t = _reasoning(c, r, first)
    blocks = _sender_head(c, r)
    blocks.append(P(d_num(d.date), align="right", after=10))
    blocks += _to_hfk(r, c.sender == "anwalt")
    blocks.append(P("Antrag auf Härtefallentscheidung", bold=True, size=12.5))
    blocks.append(P("Sehr geehrte Mitglieder der Härtefallkommission,"))
    blocks.append(P(_opening(c, r) + " Die Angaben zu den Personen stehen im beigefügten Personalbogen."))
    for x in ORDER:
        if x in c.topics:
            blocks.append(P(" ".join(t[x])))
    _closing(c, r, blocks, f"{c.city_or_nrw() if first else _rep_place(c)}, {d_num(d.date)}")
    blocks.append(PageBreak())
    blocks.append(P("Personalbogen zum Härtefallantrag", bold=True, size=12, align="center"))
    blocks.append(P("(bitte für jede Person ausfüllen)", size=8, align="center"))
    for i, p in enumerate(c.persons):
        blocks.append(
            Box(
                [
                    f"Person {i + 1} – {_role_de(p)}",
                    f"Familienname: {p.name}          Vorname(n): {p.vorname}",
                    f"Geburtsdatum: {_val(c, i, 'geburtsdatum', d_num(p.geburtsdatum))}",
                    f"Geburtsort: {_val(c, i, 'geburtsort', p.geburtsort)}",
                    f"Staatsangehörigkeit: {_val(c, i, 'staatsangehoerigkeit', p.staat)}",
                    f"Anschrift: {c.adresse}",
                ],
                size=9.5,
            )
        )
    return DocSpec(blocks, _style(r, "cond"))


@tpl("antrag", "h4", SPLIT)
def antrag_h4(c, d, r):
    """Persons in running text, one paragraph each; reasoning as numbered paragraphs, status first."""
    first = c.sender == "applicant"
    t = _reasoning(c, r, first)
    blocks = _sender_head(c, r) + _to_hfk(r, c.sender == "anwalt")
    place = c.city_or_nrw() if first else _rep_place(c)
    blocks.append(P(f"{place}, den {d_long(d.date)}", align="right"))
    blocks.append(P("Betr.: Bitte um Aufnahme in das Härtefallverfahren", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("Antragsteller sind:" if len(c.persons) > 1 else "Antragsteller/in ist:", after=2))
    for i, p in enumerate(c.persons):
        if p.role == "applicant":
            s = ("Herr " if p.sex == "m" else "Frau ") + p.full
        elif p.role == "spouse":
            s = f"{'der Ehemann' if p.sex == 'm' else 'die Ehefrau'} {p.full}"
        else:
            s = f"{'der Sohn' if p.sex == 'm' else 'die Tochter'} {p.full}"
        if _val(c, i, "geburtsdatum", "x"):
            s += (
                f", * {d_num(p.geburtsdatum)}"
                if p.role == "child"
                else f", geboren am {d_long(p.geburtsdatum)}"
            )
        if _val(c, i, "geburtsort", "x"):
            s += f" in {p.geburtsort}"
        if _val(c, i, "staatsangehoerigkeit", "x"):
            s += f", {_nat_adj(p)}"
        blocks.append(P(s + ";" if i < len(c.persons) - 1 else s + ",", indent=12, after=2))
    blocks.append(P(f"{'alle ' if len(c.persons) > 1 else ''}wohnhaft {c.adresse}.", indent=12))
    n = 0
    for x in ["aufenthaltssituation", "lebensgeschichte", "familie", "integration", "humanitaere_gruende"]:
        if x in c.topics:
            n += 1
            blocks.append(P(f"({n}) " + " ".join(t[x])))
    blocks.append(
        P(
            "Ich wäre Ihnen sehr dankbar, wenn Sie den Fall beraten würden."
            if first
            else "Wir bitten um wohlwollende Prüfung."
        )
    )
    _closing(c, r, blocks)
    return DocSpec(blocks, _style(r), footer="Seite {p} von {n}" if r.random() < 0.5 else None)


# ------------------------------------------------------------------ antrag (English)


def _reasoning_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    a = c.applicant
    t: dict[str, list[str]] = {k: [] for k in ORDER}
    t["lebensgeschichte"].append(
        "I grew up in my home country"
        + ("" if c.omitted.get(0) == "geburtsort" else f", in {a.geburtsort}")
        + ("." if c.omitted.get(0) == "geburtsdatum" else f"; I was born on {d_us(a.geburtsdatum)}.")
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"After being deported in {c.entry.year - 2}, I came back to Germany on {d_us(c.entry)}."
        )
    else:
        t["lebensgeschichte"].append(f"I arrived in Germany on {d_us(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My asylum application of {d_us(c.asylum_applied)} was refused by the Federal Office for Migration and Refugees (BAMF) "
            f"on {d_us(c.bamf_date)}, reference {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"{'My lawsuit is still pending' if c.court_pending else 'My lawsuit was rejected'} at the {c.court_name} (case no. {c.court_az})."
            )
    else:
        purpose = {
            "des Studiums": "to study",
            "der Beschäftigung": "for work",
            "der Familienzusammenführung": "for family reunification",
            "der Berufsausbildung": "for vocational training",
        }.get(c.visa_purpose, "")
        s.append(f"I entered with a visa {purpose}; the extension of my residence permit was refused.")
        if c.court:
            s.append(
                f"The court case at the {c.court_name} ({c.court_az}) {'is still pending' if c.court_pending else 'was decided against me'}."
            )
    if c.gestattung:
        s.append("My asylum procedure is not finished yet, so I have an Aufenthaltsgestattung.")
    else:
        s.append("Now I am tolerated with a Duldung (suspension of deportation).")
    s.append(f"My file is with the foreigners office {c.abh}.")
    if c.einreiseverbot:
        s.append("There is an entry and residence ban against me under § 11 AufenthG.")
    if c.s58a:
        s.append("A deportation order under § 58a AufenthG has been issued against me.")
    if c.rueckfuehrung:
        s.append(f"The authority has already set my deportation for {d_us(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(
            f"On {d_us(c.criminal_date)} the local court issued a penalty order (Strafbefehl) against me; I paid the fine."
        )
    if c.ausbildung and "integration" not in c.topics:
        s.append(
            "I think a training toleration (Ausbildungsduldung, § 60c AufenthG) should be considered first."
        )
    f = t["familie"]
    if c.children():
        kids = c.children()
        f.append(
            f"Our children {', '.join(k.vorname for k in kids)} have spent most of their lives here."
            if len(kids) > 1
            else f"Our {_role_en(kids[0])} {kids[0].vorname} has spent most of {'his' if kids[0].sex == 'm' else 'her'} life here."
        )
    f.append(
        "I have no relatives left in my home country who could help us; an uncle of mine lives in Germany."
    )
    g = t["integration"]
    g.append("I passed my German course and I am learning more every day.")
    if c.ausbildung:
        g.append("I am an apprentice now, so a training toleration under § 60c AufenthG would be possible.")
    else:
        g.append(f"I have a job as {c.job} at {c.employer}.")
    g.append(f"I help at {c.club} in my free time.")
    h = t["humanitaere_gruende"]
    if c.illness:
        code, name, _ = c.diagnosis
        p = c.persons[c.ill_person]
        who = "I have" if c.ill_person == 0 else f"My {_role_en(p)} {p.vorname} has"
        h.append(
            f"{who} a serious illness ({name}, ICD-10 {code}) and {'I am' if c.ill_person == 0 else 'is'} treated by a doctor regularly."
        )
    h.append(
        "Going back to our home country is not possible for us because we would have no home and no income there."
    )
    return t


@tpl("antrag", "en_h1", SPLIT)
def antrag_en_h1(c, d, r):
    t = _reasoning_en(c, r)
    a = c.applicant
    blocks = [P(f"From: {a.full}, {c.adresse}", size=9, after=12)]
    blocks += [
        P(x, after=0)
        for x in [
            "To the Hardship Commission of NRW",
            "(Härtefallkommission Nordrhein-Westfalen)",
            "Völklinger Straße 4",
            "40219 Düsseldorf",
        ]
    ]
    blocks.append(Space(12))
    blocks.append(P(f"{c.city}, {d_us(d.date)}", align="right"))
    blocks.append(
        P(
            f"Re: Hardship case – family {a.name}" if len(c.persons) > 1 else f"Re: Hardship case – {a.full}",
            bold=True,
        )
    )
    blocks.append(P("To whom it may concern,"))
    blocks.append(
        P(
            "I am writing to ask the Hardship Commission to consider my case. This application is made for the following persons:"
        )
    )
    for i, p in enumerate(c.persons):
        bits = [f"{i + 1}. {p.vorname} {p.name.upper()}"]
        if _val(c, i, "geburtsdatum", "x"):
            bits.append(f"born {d_us(p.geburtsdatum)}")
        if _val(c, i, "geburtsort", "x"):
            bits.append(f"in {p.geburtsort}")
        if _val(c, i, "staatsangehoerigkeit", "x"):
            bits.append(f"{c.natinfo['en']} citizen")
        blocks.append(P(" – ".join(bits), indent=14, after=1))
    blocks.append(P(f"{'We all live' if len(c.persons) > 1 else 'I live'} at: {c.adresse}", indent=14))
    for x in ORDER:
        if x in c.topics:
            blocks.append(P(" ".join(t[x])))
    blocks.append(P("Thank you for reading my letter. I hope you can help us."))
    blocks.append(P("Sincerely,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _style(r, "sans"))


@tpl("antrag", "en_h2", SPLIT)
def antrag_en_h2(c, d, r):
    t = _reasoning_en(c, r)
    a = c.applicant
    blocks = [
        P("APPLICATION TO THE HARDSHIP COMMISSION", bold=True, size=13, align="center", after=0),
        P("Section 23a Residence Act (§ 23a AufenthG) – North Rhine-Westphalia", size=9, align="center"),
        Rule(),
        P(f"Date: {d_us(d.date)}", align="right"),
        P("Part 1 – Family members", bold=True),
    ]
    rows = [["Family name", "Given name", "Relation", "Date of birth", "Place of birth", "Citizenship"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                p.name,
                p.vorname,
                _role_en(p),
                _val(c, i, "geburtsdatum", d_us(p.geburtsdatum)),
                _val(c, i, "geburtsort", p.geburtsort),
                _val(c, i, "staatsangehoerigkeit", c.natinfo["en"]),
            ]
        )
    blocks.append(Table(rows, [0.17, 0.16, 0.13, 0.19, 0.18, 0.17], size=9))
    blocks.append(P(f"Home address: {c.adresse}"))
    blocks.append(P("Part 2 – Reasons", bold=True))
    labels = {
        "lebensgeschichte": "(a) Background",
        "aufenthaltssituation": "(b) Legal status",
        "familie": "(c) Family",
        "integration": "(d) Life in Germany",
        "humanitaere_gruende": "(e) Why we cannot return",
    }
    for x in ORDER:
        if x in c.topics:
            blocks.append(P(labels[x], bold=True, after=1))
            blocks.append(P(" ".join(t[x])))
    blocks.append(P("Part 3 – Signature", bold=True))
    blocks.append(Signature(a.full, f"{c.city}, {d_us(d.date)}"))
    return DocSpec(blocks, _style(r, "cond"))


# ------------------------------------------------------------------ bamf_bescheid

TENOR_H6 = [
    "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
    "Der Antrag auf Anerkennung als Asylberechtigter wird abgelehnt.",
    "Der subsidiäre Schutzstatus wird nicht zuerkannt.",
    "Abschiebungsverbote nach § 60 Abs. 5 und 7 Satz 1 AufenthG liegen nicht vor.",
    "Die antragstellende Person wird aufgefordert, die Bundesrepublik Deutschland innerhalb von 30 Tagen nach Bekanntgabe "
    "dieser Entscheidung zu verlassen; im Falle einer Klageerhebung endet die Ausreisefrist 30 Tage nach dem unanfechtbaren "
    "Abschluss des Asylverfahrens. Sollte sie die Ausreisefrist nicht einhalten, wird sie in den Herkunftsstaat abgeschoben. "
    "Sie kann auch in einen anderen Staat abgeschoben werden, in den sie einreisen darf oder der zu ihrer Rückübernahme verpflichtet ist.",
    "Das Einreise- und Aufenthaltsverbot gemäß § 11 Abs. 1 AufenthG wird angeordnet und auf {m} Monate ab dem Tag der Abschiebung befristet.",
]
TENOR_H6_OU = [
    "Der Antrag auf Zuerkennung der Flüchtlingseigenschaft wird als offensichtlich unbegründet abgelehnt.",
    "Der Antrag auf Asylanerkennung wird als offensichtlich unbegründet abgelehnt.",
    "Der Antrag auf subsidiären Schutz wird als offensichtlich unbegründet abgelehnt.",
    "Abschiebungsverbote nach § 60 Absatz 5 und 7 Satz 1 des Aufenthaltsgesetzes liegen nicht vor.",
    "Die antragstellende Person wird aufgefordert, die Bundesrepublik Deutschland innerhalb einer Woche nach Bekanntgabe "
    "dieser Entscheidung zu verlassen. Im Falle der Nichteinhaltung der Ausreisefrist wird sie in den Herkunftsstaat abgeschoben.",
    "Das gesetzliche Einreise- und Aufenthaltsverbot wird auf {m} Monate ab dem Tag der Abschiebung befristet.",
]
TENOR_H4 = [
    "Der Asylantrag wird als unzulässig abgelehnt.",
    "Abschiebungsverbote nach § 60 Abs. 5 und 7 Satz 1 AufenthG liegen nicht vor.",
    "Die Abschiebung nach {ms} wird angeordnet.",
    "Das Einreise- und Aufenthaltsverbot wird gemäß § 11 Abs. 1 AufenthG angeordnet und auf {m} Monate ab dem Tag der Abschiebung befristet.",
]
BAMF_GROUNDS_H = [
    "Die antragstellende Person, {nat} Staatsangehörigkeit, reiste eigenen Angaben zufolge am {entry} in die Bundesrepublik Deutschland ein. "
    "Am {applied} stellte sie beim Bundesamt einen förmlichen Asylantrag.",
    "In der persönlichen Anhörung gab sie im Wesentlichen an, sie habe ihr Heimatland aus Angst vor einer Zwangsrekrutierung verlassen. "
    "Persönlich sei sie jedoch nie angesprochen oder bedroht worden.",
    "Der Antrag ist unbegründet. Eine begründete Furcht vor Verfolgung im Sinne des § 3 Abs. 1 AsylG ist nicht glaubhaft gemacht. "
    "Die geschilderten Ereignisse knüpfen an keines der in § 3b AsylG genannten Merkmale an.",
    "Die Schilderungen blieben oberflächlich und ohne erlebnisbezogene Details. Auf Nachfragen konnten Widersprüche zu den Angaben "
    "bei der Erstbefragung nicht aufgelöst werden.",
    "Die Voraussetzungen für die Zuerkennung subsidiären Schutzes nach § 4 Abs. 1 AsylG liegen ebenfalls nicht vor. Weder droht die "
    "Todesstrafe noch Folter oder eine ernsthafte individuelle Bedrohung infolge willkürlicher Gewalt im Rahmen eines bewaffneten Konflikts.",
    "Abschiebungsverbote nach § 60 Abs. 5 AufenthG i. V. m. Art. 3 EMRK sind nicht gegeben. Es ist davon auszugehen, dass die antragstellende "
    "Person ihr Existenzminimum durch eigene Erwerbstätigkeit und mit Unterstützung ihres familiären Netzwerks sichern kann.",
    "Eine erhebliche konkrete Gefahr für Leib oder Leben aus gesundheitlichen Gründen (§ 60 Abs. 7 Satz 1 AufenthG) wurde nicht durch "
    "eine qualifizierte ärztliche Bescheinigung im Sinne von § 60a Abs. 2c AufenthG glaubhaft gemacht.",
    "Die Ausreiseaufforderung und die Abschiebungsandrohung beruhen auf §§ 34 Abs. 1, 38 Abs. 1 AsylG i. V. m. § 59 AufenthG.",
    "Bei der Befristung des Einreise- und Aufenthaltsverbots wurden die schutzwürdigen Belange berücksichtigt. Besondere Umstände, "
    "die eine kürzere Frist rechtfertigen würden, sind nicht ersichtlich.",
    "Die Lage im Herkunftsstaat ergibt sich aus den aktuellen Lageberichten des Auswärtigen Amtes sowie den weiteren in das Verfahren "
    "eingeführten Erkenntnisquellen.",
]


def _bamf_h(c: Case, d: DocPlan, r: random.Random, variant: int) -> DocSpec:
    site = c.bamf_site
    a = c.applicant
    gz = c.bamf_gz
    town = site[2].split(" ", 1)[1]
    months = r.choice([24, 30, 36]) if c.bamf_tenor == 6 else r.choice([12, 15, 18])
    blocks: list = []
    if variant == 0:
        blocks.append(
            Table(
                [
                    ["Bundesamt für Migration", f"Gesch.-Z.: {gz}"],
                    ["und Flüchtlinge", "bitte bei Antworten angeben"],
                    [site[0], f"Datum: {d_num(d.date)}"],
                    [f"{site[1]}, {site[2]}", "Zustellung gegen PZU"],
                ],
                [0.6, 0.4],
                header=False,
                grid=False,
                size=9,
            )
        )
        blocks.append(Space(6))
    elif variant == 1:
        blocks += [
            P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=11, after=0),
            P(f"{site[0]} · {site[1]} · {site[2]}", size=8, after=8),
            P(f"{town}, {d_long(d.date)}", align="right", after=0),
            P(f"Geschäftszeichen: {gz}", align="right", after=8),
        ]
    else:
        blocks += [
            P("Bundesamt", bold=True, size=16, after=0),
            P("für Migration und Flüchtlinge", size=11, after=4),
            Rule(2.0),
            P(f"Ort: {town}    Datum: {d_short(d.date)}    Gesch.-Z.: {gz}", size=9, after=10),
        ]
    blocks += [
        P(x, after=0)
        for x in (
            [a.herr_frau(), c.street, f"{c.plz} {c.city}"]
            if c.sender != "anwalt" or r.random() < 0.4
            else [a.herr_frau(), "über die Bevollmächtigten", c.rep.org, c.rep.street, c.rep.city]
        )
    ]
    blocks.append(Space(14))
    blocks.append(
        P("B E S C H E I D" if variant != 1 else "Bescheid", bold=True, size=15, align="center", after=2)
    )
    blocks.append(P(f"zum Asylantrag vom {d_num(c.asylum_applied)}", size=9, align="center"))
    blocks.append(P("In dem Asylverfahren", after=2))
    blocks.append(
        Table(
            [
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["geboren am", d_num(a.geburtsdatum)],
                ["in", a.geburtsort],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
            grid=variant == 2,
            size=9.5,
        )
    )
    blocks.append(
        P("ergeht folgende Entscheidung:" if variant != 1 else "entscheidet das Bundesamt wie folgt:")
    )
    if c.bamf_tenor == 6:
        tenor = TENOR_H6_OU if variant == 1 else TENOR_H6
    else:
        tenor = TENOR_H4
    ms = r.choice(["Italien", "Kroatien", "Österreich", "Bulgarien", "Polen"])
    for i, x in enumerate(tenor, 1):
        blocks.append(P(f"{i}. {x.format(m=months, ms=ms)}", indent=14, after=3))
    blocks.append(P("Gründe" if variant != 0 else "B e g r ü n d u n g :", bold=True))
    nwant = d.extra.get("bamf_reasons", 6)
    grounds = BAMF_GROUNDS_H[:1] + r.sample(BAMF_GROUNDS_H[1:], len(BAMF_GROUNDS_H) - 1)
    roman = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X."]
    for i in range(nwant):
        text = grounds[i % len(grounds)].format(
            nat=a.staat + "e", entry=d_num(c.entry), applied=d_num(c.asylum_applied)
        )
        if variant == 2 and i < len(roman):
            text = f"{roman[i]} {text}"
        blocks.append(P(text))
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True, after=2))
    court = c.court_name.replace("Verwaltungsgericht ", "") or r.choice(N.COURTS)
    blocks.append(
        P(
            f"Gegen diesen Bescheid kann innerhalb von {'einer Woche' if variant == 1 else 'zwei Wochen'} nach Zustellung Klage beim "
            f"Verwaltungsgericht {court} erhoben werden. Für den Fristbeginn ist das Datum der Zustellung maßgeblich. "
            "Die Klage ist schriftlich oder zur Niederschrift des Urkundsbeamten der Geschäftsstelle zu erheben."
        )
    )
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(
        Signature(
            r.choice(["Brockmann", "Yilmaz", "Hartwig", "Özdemir", "Pohl", "Kramer"]) + ", Entscheider/in"
        )
    )
    if variant == 1:
        footer = "Seite {p} von {n}"
        header = f"{gz} – {a.name}"
    elif variant == 2:
        footer = f"Gesch.-Z. {gz}  ·  Seite {{p}} von {{n}}"
        header = None
    else:
        footer = "- Seite {p} von {n} -"
        header = f"Gesch.-Z.: {gz}"
    return DocSpec(blocks, _style(r, "serif" if variant != 2 else "cond"), footer=footer, header=header)


@tpl("bamf_bescheid", "h1", SPLIT)
def bamf_h1(c, d, r):
    return _bamf_h(c, d, r, 0)


@tpl("bamf_bescheid", "h2", SPLIT)
def bamf_h2(c, d, r):
    return _bamf_h(c, d, r, 1)


@tpl("bamf_bescheid", "h3", SPLIT)
def bamf_h3(c, d, r):
    return _bamf_h(c, d, r, 2)


# ------------------------------------------------------------------ aerztliches_gutachten


def _practice_lines(c: Case, r: random.Random) -> list[str]:
    return [
        c.practice,
        f"{r.choice(N.STREETS)} {r.randint(2, 90)}",
        c.court_city_plz(),
        f"Tel. {_tel(c.practice)}",
    ]


def _pat(c: Case) -> Person:
    return c.persons[c.ill_person]


@tpl("aerztliches_gutachten", "h1", SPLIT)
def med_h1(c, d, r):
    """Specialist's certificate with numbered sections, written for the commission."""
    code, name, sev = c.diagnosis
    p = _pat(c)
    lines = _practice_lines(c, r)
    blocks = _head_columns(lines[0], lines[1:])
    blocks.append(P(f"{c.city_or_nrw()}, {d_short(d.date)}", align="right"))
    blocks.append(P("Fachärztliches Attest", bold=True, size=14, after=0))
    blocks.append(P("zur Vorlage bei der Härtefallkommission des Landes NRW", size=9))
    blocks.append(
        P(
            f"Patient{'in' if p.sex == 'f' else ''}: {p.name}, {p.vorname}, geb. {d_num(p.geburtsdatum)}, wohnhaft {c.adresse}"
        )
    )
    since = month_year_h(c.entry + timedelta(days=r.randint(200, 700)))
    blocks += [
        P("1. Vorgeschichte", bold=True, after=1),
        P(
            f"Erstvorstellung im {since}. {_he(p).capitalize()} berichtet über {r.choice(['anhaltende Schlaflosigkeit und Grübeln', 'wiederkehrende Schmerzen und Erschöpfung', 'Angstattacken und sozialen Rückzug'])}."
        ),
        P("2. Untersuchungsbefund", bold=True, after=1),
        P(
            f"{r.choice(['Wach, allseits orientiert', 'Bewusstseinsklar, orientiert'])}; {r.choice(['Affekt deutlich niedergedrückt, Antrieb gemindert', 'formales Denken verlangsamt, Konzentration reduziert', 'körperlicher Befund altersentsprechend, Laborwerte auffällig'])}."
        ),
        P("3. Diagnose (ICD-10-GM)", bold=True, after=1),
        P(f"{code}  {name}", indent=12),
        P(f"Schweregrad: {sev}.", indent=12),
        P("4. Behandlung", bold=True, after=1),
        P(
            f"Regelmäßige Termine {r.choice(['alle zwei Wochen', 'monatlich', 'wöchentlich'])}; Medikation: {'; '.join(r.sample(N.MEDICATION, 2))}."
        ),
        P("5. Prognose", bold=True, after=1),
        P(
            "Bei Abbruch der Behandlung, etwa durch eine Rückführung, ist mit einer wesentlichen Verschlechterung des Gesundheitszustandes zu rechnen."
        ),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _style(r, "sans"))


def month_year_h(d: date) -> str:
    return f"{N.MONTHS_DE[d.month - 1]} {d.year}"


@tpl("aerztliches_gutachten", "h2", SPLIT)
def med_h2(c, d, r):
    """Hospital discharge letter to the family doctor."""
    code, name, sev = c.diagnosis
    p = _pat(c)
    start = d.date - timedelta(days=r.randint(20, 40))
    end = d.date - timedelta(days=r.randint(2, 6))
    blocks = _head_centered(
        f"Klinikum {c.city_or_nrw()}",
        [
            r.choice(
                [
                    "Klinik für Psychiatrie und Psychotherapie",
                    "Medizinische Klinik II",
                    "Klinik für Kinder- und Jugendmedizin",
                ]
            ),
            "Chefarzt Prof. Dr. med. " + r.choice(N.GERMAN_SURNAMES),
        ],
    )
    blocks.append(P(f"Datum: {d_num(d.date)}", align="right"))
    blocks.append(P("Entlassungsbericht", bold=True, size=13))
    blocks.append(
        P(
            f"Sehr geehrte Kollegin, sehr geehrter Kollege, wir berichten über {'Herrn' if p.sex == 'm' else 'Frau'} {p.full}, geb. {d_num(p.geburtsdatum)}, "
            f"der/die sich vom {d_num(start)} bis zum {d_num(end)} in unserer stationären Behandlung befand."
        )
    )
    blocks.append(Table([["ICD-10", "Diagnose"], [code, name]], [0.2, 0.8], size=9.5))
    blocks.append(P("Aufnahmeanlass und Verlauf", bold=True, after=1))
    blocks.append(
        P(
            f"Die Aufnahme erfolgte wegen {r.choice(['akuter Verschlechterung', 'Suizidgedanken', 'entgleister Werte', 'gehäufter Anfälle'])}. "
            f"Unter der Behandlung kam es zu einer leichten Stabilisierung. Die Erkrankung ist weiterhin als {sev} einzuschätzen."
        )
    )
    blocks.append(P("Empfehlung", bold=True, after=1))
    blocks.append(
        P(
            f"Fortführung der Medikation ({', '.join(r.sample(N.MEDICATION, 2))}) und engmaschige ambulante Anbindung."
        )
    )
    blocks.append(P("Mit freundlichen kollegialen Grüßen", after=14))
    blocks.append(P(f"{c.doctor}, Oberarzt/Oberärztin", size=9))
    return DocSpec(blocks, _style(r, "serif"), footer="Entlassungsbericht – {p}/{n}")


@tpl("aerztliches_gutachten", "h3", SPLIT)
def med_h3(c, d, r):
    """Short certificate of a general practice with a diagnosis table."""
    code, name, sev = c.diagnosis
    p = _pat(c)
    lines = _practice_lines(c, r)
    blocks = _head_bar(lines[0], lines[1:])
    blocks.append(P("Ärztliche Bescheinigung", bold=True, size=13, align="center"))
    blocks.append(
        P(
            f"Ich bestätige, dass {'Herr' if p.sex == 'm' else 'Frau'} {p.full} (geboren {d_long(p.geburtsdatum)}) seit {c.entry.year + 1} "
            "in meiner hausärztlichen Betreuung steht. Folgende Diagnosen liegen vor:"
        )
    )
    blocks.append(
        Table([["Diagnose", "ICD-10", "Ausprägung"], [name, code, sev]], [0.55, 0.2, 0.25], size=9.5)
    )
    blocks.append(P(f"Dauermedikation: {r.choice(N.MEDICATION)}. Kontrollen erfolgen vierteljährlich."))
    blocks.append(P("Die Bescheinigung wird auf Wunsch des Patienten zur Vorlage bei Behörden ausgestellt."))
    blocks.append(Signature(c.doctor, f"{c.city_or_nrw()}, {d_long(d.date)}"))
    blocks.append(Box(["Praxisstempel", c.practice], size=8))
    return DocSpec(blocks, _style(r, "cond"))


# ------------------------------------------------------------------ vollmacht


@tpl("vollmacht", "h1", SPLIT)
def vm_h1(c, d, r):
    """Printed form of a law office or counselling service with tick boxes."""
    rp = c.rep
    a = c.applicant
    blocks = [
        P(rp.org if rp.kind != "privat" else rp.person, size=9, align="right", after=0),
        P(rp.adresse, size=8, align="right", after=10),
    ]
    blocks.append(P("VOLLMACHT", bold=True, size=16, after=8))
    blocks.append(P(f"Hiermit wird {rp.org if rp.kind != 'privat' else rp.person} ({rp.adresse})"))
    blocks.append(P("in der Angelegenheit"))
    blocks.append(
        P(f"{a.full}, geb. {d_num(a.geburtsdatum)}, wegen Aufenthaltsrecht / Härtefallverfahren", bold=True)
    )
    blocks.append(P("Vollmacht erteilt, und zwar für:"))
    for x in [
        "☒ die Vertretung gegenüber der Härtefallkommission des Landes NRW und der Geschäftsstelle",
        "☒ die Vertretung gegenüber Ausländerbehörden und dem Bundesamt für Migration und Flüchtlinge",
        "☒ Akteneinsicht sowie die Entgegennahme von Schriftstücken",
        "☐ die Vertretung in gerichtlichen Verfahren",
    ]:
        blocks.append(P(x, indent=10, after=2))
    blocks.append(
        P(
            "Die Vollmacht gilt auch für die mitgenannten Familienangehörigen:"
            if len(c.persons) > 1
            else "Untervollmacht darf erteilt werden."
        )
    )
    if len(c.persons) > 1:
        blocks.append(P(", ".join(p.full for p in c.persons[1:]), indent=10))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {d_short(d.date)}"))
    return DocSpec(blocks, _style(r, "sans"))


@tpl("vollmacht", "h2", SPLIT)
def vm_h2(c, d, r):
    """Counselling-style power of attorney with a data table and one signature per adult."""
    rp = c.rep
    rep_name = rp.org if rp.kind != "privat" else rp.person
    blocks = [
        P("Vertretungsvollmacht", bold=True, size=14, align="center", after=0),
        P("für das Verfahren vor der Härtefallkommission (§ 23a AufenthG)", size=9, align="center", after=10),
        P("Vollmachtgeber/in:", bold=True, after=2),
        Table(
            [
                ["Name, Vorname", f"{c.applicant.name}, {c.applicant.vorname}"],
                ["Geburtsdatum", d_num(c.applicant.geburtsdatum)],
                ["Anschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
            size=9.5,
        ),
        P("Bevollmächtigte/r:", bold=True, after=2),
        Table(
            [["Name / Stelle", rep_name], ["Ansprechperson", rp.person], ["Anschrift", rp.adresse]],
            [0.3, 0.7],
            header=False,
            size=9.5,
        ),
        P(
            "Ich bevollmächtige die oben genannte Stelle, mich im Härtefallverfahren zu vertreten, Anträge zu stellen und zurückzunehmen, "
            "Auskünfte bei Behörden einzuholen und Post für mich entgegenzunehmen. Die Vollmacht kann ich jederzeit schriftlich widerrufen."
        ),
    ]
    adults = [p for p in c.persons if p.role != "child"]
    for p in adults:
        blocks.append(Signature(p.full, f"Ort, Datum: {c.city_or_nrw()}, {d_num(d.date)}"))
    return DocSpec(blocks, _style(r, "serif"))


@tpl("vollmacht", "h3", SPLIT)
def vm_h3(c, d, r):
    """A short hand-written-style authorisation in running text."""
    rp = c.rep
    a = c.applicant
    who = f"meinen {rp.relation} {rp.person}" if rp.kind == "privat" else f"{rp.person} von {rp.org}"
    blocks = [
        P(f"{a.full}", after=0),
        P(c.adresse, after=16),
        P(f"{c.city_or_nrw()}, {d_bare(d.date)}", align="right"),
        P("Vollmacht", bold=True, size=13),
        P(
            f"Ich, {a.full}, geboren am {d_bare(a.geburtsdatum)}, bevollmächtige {who}, mich und meine Familie in allen Angelegenheiten "
            "rund um unseren Härtefallantrag zu vertreten. Er/Sie darf in meinem Namen mit der Geschäftsstelle der Härtefallkommission und "
            "mit der Ausländerbehörde sprechen und Schreiben für mich empfangen."
        ),
        Signature(a.full),
    ]
    return DocSpec(blocks, _style(r, "italic" if r.random() < 0.5 else "sans", 11.5))


# ------------------------------------------------------------------ schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "h1", SPLIT)
def sp_h1(c, d, r):
    p = _pat(c)
    blocks = [
        P(
            "Erklärung über die Entbindung von der ärztlichen Schweigepflicht",
            bold=True,
            size=12.5,
            align="center",
        ),
        Rule(0.5),
        Table(
            [
                ["Patient/in", p.full],
                ["geboren am", d_num(p.geburtsdatum)],
                ["Anschrift", c.adresse],
            ],
            [0.28, 0.72],
            header=False,
            size=9.5,
        ),
        P(
            "Ich entbinde hiermit die nachfolgend genannten Ärztinnen, Ärzte und Psychotherapeut(inn)en von ihrer Schweigepflicht:"
        ),
        P(f"1. {c.doctor}, {c.practice}", indent=14, after=1),
        P("2. alle weiteren behandelnden Stellen, deren Berichte ich vorlege", indent=14),
        P(
            "gegenüber der Geschäftsstelle der Härtefallkommission Nordrhein-Westfalen sowie der von ihr beauftragten "
            "Vertrauensärztin bzw. dem Vertrauensarzt. Die Entbindung gilt für Auskünfte zu Diagnose, Behandlung und Prognose."
        ),
        P("Diese Erklärung gilt bis auf Widerruf.", size=9),
        Signature(
            p.full if p.role != "child" else f"{c.applicant.full} (als gesetzliche/r Vertreter/in)",
            f"{c.city_or_nrw()}, {d_num(d.date)}",
        ),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("schweigepflichtsentbindung", "h2", SPLIT)
def sp_h2(c, d, r):
    p = _pat(c)
    a = c.applicant
    if p.role == "child":
        subj = f"Als Eltern bzw. Sorgeberechtigte unseres Kindes {p.full}, geboren am {d_long(p.geburtsdatum)}, entbinden wir"
    else:
        subj = f"Ich, {p.full}, geboren am {d_long(p.geburtsdatum)}, entbinde"
    blocks = [
        P(f"{a.full} · {c.adresse}", size=8, after=14),
        P(f"{c.city_or_nrw()}, {d_long(d.date)}", align="right"),
        P("Schweigepflichtentbindung", bold=True, size=13),
        P(
            f"{subj} {c.doctor} ({c.practice}) von der Schweigepflicht, soweit es um das Härtefallverfahren vor der "
            "Härtefallkommission geht. Die Ärztin / der Arzt darf der Kommission und ihrer Geschäftsstelle Befunde und Berichte "
            "übersenden und Fragen zu meiner bzw. unserer gesundheitlichen Situation beantworten."
        ),
        P(
            "Mir ist bekannt, dass ich diese Entbindung jederzeit mit Wirkung für die Zukunft zurücknehmen kann."
        ),
        Signature(a.full if p.role == "child" else p.full),
    ]
    return DocSpec(blocks, _style(r, "serif"))


@tpl("schweigepflichtsentbindung", "h3", SPLIT)
def sp_h3(c, d, r):
    p = _pat(c)
    blocks = _head_bar(
        c.rep.org if c.rep and c.rep.kind != "privat" else "Härtefallverfahren NRW",
        ["Formblatt S", "Stand 01/2024"],
    )
    blocks += [
        P("Befreiung von der Schweigepflicht", bold=True, size=13),
        P(f"Name der betroffenen Person: {p.full}     geb.: {d_short(p.geburtsdatum)}"),
        P("Ich erlaube, dass"),
        Box([c.doctor, c.practice], size=9.5),
        P("folgende Informationen an die Härtefallkommission NRW weitergibt:"),
        P("a) Diagnosen und Befunde", indent=12, after=1),
        P("b) Art, Dauer und Verlauf der Behandlung", indent=12, after=1),
        P("c) Einschätzung der Folgen einer Unterbrechung der Behandlung", indent=12),
        P(
            "Insoweit entbinde ich die genannte Person von der Schweigepflicht. Ein Widerruf ist jederzeit möglich."
        ),
        Signature(
            p.full if p.role != "child" else c.applicant.full, f"{c.city_or_nrw()}, den {d_short(d.date)}"
        ),
    ]
    return DocSpec(blocks, _style(r, "cond"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "h1", SPLIT)
def ds_h1(c, d, r):
    """Information notice (Art. 13 DSGVO) followed by the consent and one line per adult."""
    blocks = [
        P("Datenschutzhinweise und Einwilligungserklärung", bold=True, size=13),
        P("im Verfahren vor der Härtefallkommission Nordrhein-Westfalen", size=9, after=8),
        P("I. Informationen nach Art. 13 DSGVO", bold=True, after=2),
        P(
            "1. Verantwortlich für die Verarbeitung ist das für Flüchtlingsangelegenheiten zuständige Ministerium des Landes NRW (Geschäftsstelle der Härtefallkommission).",
            indent=8,
            after=2,
        ),
        P(
            "2. Zweck: Prüfung und Beratung Ihres Härtefallantrags; Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a und Art. 9 Abs. 2 lit. a DSGVO).",
            indent=8,
            after=2,
        ),
        P(
            "3. Empfänger: Mitglieder der Kommission, die zuständige Ausländerbehörde und, bei gesundheitlichen Fragen, die Vertrauensärztin/der Vertrauensarzt.",
            indent=8,
            after=2,
        ),
        P(
            "4. Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Beschwerde bei der Landesbeauftragten für Datenschutz.",
            indent=8,
        ),
        P("II. Einwilligung", bold=True, after=2),
        P(
            "Ich willige ein, dass meine personenbezogenen Daten und die meiner minderjährigen Kinder, einschließlich Gesundheitsdaten, "
            "zu den genannten Zwecken verarbeitet werden. Ich kann die Einwilligung jederzeit widerrufen, ohne dass die Rechtmäßigkeit "
            "der bis dahin erfolgten Verarbeitung berührt wird."
        ),
    ]
    rows = [["Name, Vorname", "Ort, Datum", "Unterschrift"]]
    for p in [p for p in c.persons if p.role != "child"]:
        rows.append([f"{p.name}, {p.vorname}", f"{c.city_or_nrw()}, {d_num(d.date)}", ""])
    blocks.append(Table(rows, [0.38, 0.32, 0.3], size=9.5))
    return DocSpec(blocks, _style(r, "sans", 9.5), footer="Datenschutz HFK – Seite {p}")


@tpl("datenschutzeinwilligung", "h2", SPLIT)
def ds_h2(c, d, r):
    """A counselling service's consent form with check boxes."""
    org = c.rep.org if c.rep and c.rep.kind == "beratungsstelle" else f"Migrationsberatung {c.city_or_nrw()}"
    blocks = [
        P(org, size=9, bold=True, after=0),
        Rule(0.4),
        P("Einverständniserklärung zur Datenweitergabe", bold=True, size=13),
        P(f"Ich, {c.applicant.full}, geb. {d_num(c.applicant.geburtsdatum)}, bin damit einverstanden, dass"),
        P(
            "☒ meine personenbezogenen Daten für den Härtefallantrag gespeichert und verarbeitet werden,",
            indent=10,
            after=2,
        ),
        P(
            "☒ Daten zu meiner Gesundheit an die Härtefallkommission weitergegeben werden,",
            indent=10,
            after=2,
        ),
        P("☒ die Geschäftsstelle Auskünfte bei der Ausländerbehörde einholt.", indent=10),
        P(
            "Die Hinweise zur Datenverarbeitung nach der DSGVO habe ich erhalten. Ich weiß, dass ich diese Einwilligung widerrufen kann."
        ),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, {d_long(d.date)}"),
    ]
    return DocSpec(blocks, _style(r, "cond"))


@tpl("datenschutzeinwilligung", "h3", SPLIT)
def ds_h3(c, d, r):
    """Compact consent naming every family member in a numbered list."""
    blocks = [
        P(f"{c.applicant.full}, {c.adresse}", size=8.5, after=12),
        P("Einwilligung nach Art. 7 DSGVO", bold=True, size=12.5),
        P(
            "Für das Härtefallverfahren nach § 23a AufenthG erkläre ich mein Einverständnis mit der Verarbeitung personenbezogener Daten "
            "(auch besonderer Kategorien nach Art. 9 DSGVO) durch die Härtefallkommission NRW und ihre Geschäftsstelle. "
            "Die Einwilligung erstreckt sich auf folgende Personen:"
        ),
    ]
    for i, p in enumerate(c.persons, 1):
        blocks.append(P(f"{i}. {p.full}", indent=12, after=1))
    blocks.append(Space(4))
    blocks.append(
        P("Ein Widerruf ist jederzeit für die Zukunft möglich, er ist an die Geschäftsstelle zu richten.")
    )
    blocks.append(Signature(c.applicant.full, f"{c.city_or_nrw()}, {d_short(d.date)}"))
    return DocSpec(blocks, _style(r, "serif"))


# ------------------------------------------------------------------ lebenslauf


def _cv_h(c: Case) -> list[tuple[str, str]]:
    a = c.applicant
    y = a.geburtsdatum.year
    rows = [
        (f"{y + 6}–{y + 12}", f"Grundschule in {a.geburtsort}"),
        (
            f"{y + 12}–{y + 16}",
            "weiterführende Schule, Abschluss nach der 10. Klasse"
            if y + 16 < c.entry.year
            else "weiterführende Schule",
        ),
    ]
    if y + 17 < c.entry.year:
        rows.append((f"{y + 17}–{c.entry.year - 1}", "Tätigkeit im Handel und auf dem Bau"))
    rows.append((d_mon(c.entry), "Ankunft in Deutschland"))
    if c.asylum:
        rows.append((d_mon(c.asylum_applied), "Asylantrag"))
        rows.append((d_mon(c.bamf_date), "Ablehnung durch das Bundesamt"))
    else:
        rows.append((d_mon(c.entry), f"Einreise mit Visum zum Zweck {c.visa_purpose}"))
    rows.append((str(c.entry.year + 1), "Integrationskurs und Orientierungskurs"))
    if c.job:
        rows.append((f"ab {c.entry.year + 2}", f"Beschäftigung als {c.job} ({c.employer})"))
    return rows


@tpl("lebenslauf", "h1", SPLIT)
def cv_h1(c, d, r):
    a = c.applicant
    blocks = [
        P("Tabellarischer Lebenslauf", bold=True, size=14, align="center"),
        P("Persönliche Daten", bold=True, after=2),
        Table(
            [
                ["Name", a.full],
                ["Geburtsdatum / -ort", f"{d_num(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Familienstand", "verheiratet" if any(p.role == "spouse" for p in c.persons) else "ledig"],
                ["Anschrift", c.adresse],
            ],
            [0.32, 0.68],
            header=False,
            grid=False,
        ),
        P("Werdegang", bold=True, after=2),
        Table([[x, y] for x, y in _cv_h(c)], [0.25, 0.75], header=False, grid=False),
        Signature(a.full, f"{c.city_or_nrw()}, {d_num(d.date)}"),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("lebenslauf", "h2", SPLIT)
def cv_h2(c, d, r):
    a = c.applicant
    blocks = [P("LEBENSLAUF", bold=True, size=15, after=0), P(a.full, size=12, after=0), Rule(1.2)]
    blocks.append(P(f"* {d_num(a.geburtsdatum)} in {a.geburtsort} ({c.natinfo['land']})", size=9.5))
    for when, what in _cv_h(c):
        blocks.append(P(f"{when}  –  {what}", indent=6, after=2))
    blocks.append(Space(10))
    blocks.append(P(f"{c.city_or_nrw()}, {month_year_h(d.date)}"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _style(r, "serif"))


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "h1", SPLIT)
def sprach_h1(c, d, r):
    a = c.applicant
    blocks = [
        P("telc", bold=True, size=20, after=0),
        P("language tests", size=8, after=10),
        P("Deutsch-Test für Zuwanderer", bold=True, size=14, align="center", after=0),
        P(
            "Zertifikat · Niveau B1 des Gemeinsamen Europäischen Referenzrahmens",
            size=9,
            align="center",
            after=10,
        ),
        Table(
            [
                ["Familienname, Vorname", f"{a.name}, {a.vorname}"],
                ["Geburtsdatum, Geburtsort", f"{d_num(a.geburtsdatum)}, {a.geburtsort}"],
                ["Prüfungsdatum", d_num(d.date - timedelta(days=r.randint(21, 50)))],
                ["Prüfungszentrum", f"Volkshochschule {c.city_or_nrw()}"],
            ],
            [0.38, 0.62],
            header=False,
            size=9.5,
        ),
        Table(
            [
                ["Prüfungsteil", "Ergebnis"],
                ["Hören/Lesen", "B1"],
                ["Schreiben", r.choice(["A2", "B1"])],
                ["Sprechen", "B1"],
            ],
            [0.5, 0.5],
            size=9.5,
        ),
        P(f"Ausstellungsdatum: {d_num(d.date)}", align="right"),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("sprachnachweis", "h2", SPLIT)
def sprach_h2(c, d, r):
    a = c.applicant
    blocks = [
        P("Zertifikat Integrationskurs", bold=True, size=15, align="center"),
        P(
            f"{a.herr_frau()}, geboren am {d_long(a.geburtsdatum)}, hat am Integrationskurs teilgenommen und mit dem Deutsch-Test für "
            f"Zuwanderer das Sprachniveau B1 sowie den Test „Leben in Deutschland“ erfolgreich abgelegt."
        ),
        P(f"Kursträger: Sprachschule Lingua {c.city_or_nrw()}", size=9.5),
        P(
            "Damit ist der Integrationskurs erfolgreich abgeschlossen (§ 43 Abs. 3 AufenthG, § 17 IntV).",
            size=9.5,
        ),
        P(f"{c.city_or_nrw()}, {d_num(d.date)}", align="right"),
        P("Im Auftrag – Regionalkoordination Integrationskurse", size=8.5, align="right"),
    ]
    return DocSpec(blocks, _style(r, "serif"))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "h1", SPLIT)
def arbeit_h1(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 3100)
    month = d.date.replace(day=1) - timedelta(days=1)
    blocks = [
        P(c.employer, bold=True, after=0),
        P("Personalabteilung", size=8.5, after=10),
        P(f"Entgeltabrechnung {N.MONTHS_DE[month.month - 1]} {month.year}", bold=True, size=12.5),
        Table(
            [
                ["Mitarbeiter/in", a.full],
                ["Personal-Nr.", str(r.randint(1000, 9999))],
                ["Tätigkeit", c.job],
                ["Eintritt", f"01.{r.randint(1, 12):02d}.{c.entry.year + 2}"],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
            size=9.5,
        ),
        Table(
            [
                ["Bezeichnung", "Betrag EUR"],
                ["Gehalt / Grundlohn", f"{brutto},00"],
                ["Lohnsteuer", f"-{brutto * 0.08:.2f}".replace(".", ",")],
                ["Sozialversicherung AN-Anteil", f"-{brutto * 0.205:.2f}".replace(".", ",")],
                ["Auszahlungsbetrag (Netto)", f"{brutto * 0.715:.2f}".replace(".", ",")],
            ],
            [0.65, 0.35],
            size=9.5,
        ),
        P(f"Erstellt am {d_num(d.date)}", size=8.5),
    ]
    return DocSpec(blocks, _style(r, "mono", 9.5))


@tpl("arbeitsnachweis", "h2", SPLIT)
def arbeit_h2(c, d, r):
    a = c.applicant
    blocks = _head_columns(
        c.employer,
        [f"{r.choice(N.STREETS)} {r.randint(1, 70)}", c.court_city_plz(), f"Tel. {_tel(c.employer)}"],
    )
    blocks += [
        P(f"{d_long(d.date)}", align="right"),
        P("Arbeitgeberbescheinigung", bold=True, size=13),
        P(
            f"Hiermit bestätigen wir, dass {a.herr_frau()}, geb. {d_num(a.geburtsdatum)}, seit {c.entry.year + 2} bei uns als {c.job} "
            f"in {'Vollzeit' if r.random() < 0.6 else 'Teilzeit (30 Std./Woche)'} beschäftigt ist. Das Arbeitsverhältnis ist ungekündigt "
            "und unbefristet."
        ),
        P("Wir sind mit der Arbeit sehr zufrieden und möchten die Beschäftigung fortsetzen."),
        P("Diese Bescheinigung wird zur Vorlage bei Behörden ausgestellt."),
        Signature("Geschäftsführung / Personalleitung"),
    ]
    return DocSpec(blocks, _style(r))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "h1", SPLIT)
def ehren_h1(c, d, r):
    a = c.applicant
    blocks = [
        P(c.club, bold=True, size=12, align="center"),
        P("– Der Vorstand –", size=9, align="center", after=10),
        P("Mitgliedsbescheinigung", bold=True, size=13),
        Table(
            [
                ["Mitglied", a.full],
                ["Mitglied seit", f"{r.randint(1, 12):02d}/{c.entry.year + 1}"],
                [
                    "Funktion",
                    r.choice(["Übungsleiterhelfer/in", "Helfer/in bei Veranstaltungen", "aktives Mitglied"]),
                ],
            ],
            [0.3, 0.7],
            header=False,
            size=9.5,
        ),
        P(
            "Das Mitglied beteiligt sich regelmäßig ehrenamtlich an unseren Angeboten und ist im Verein sehr geschätzt."
        ),
        Signature("1. Vorsitzende/r", f"{c.city_or_nrw()}, {d_num(d.date)}"),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("ehrenamt", "h2", SPLIT)
def ehren_h2(c, d, r):
    a = c.applicant
    hours = r.randint(3, 10)
    blocks = _head_bar(c.club, [c.city_or_nrw(), "gemeinnützig anerkannt"]) + [
        P(f"{d_short(d.date)}", align="right"),
        P("Bestätigung über ehrenamtliches Engagement", bold=True),
        P(
            f"{a.full} unterstützt uns seit {c.entry.year + 1} freiwillig und unentgeltlich mit rund {hours} Stunden pro Woche, "
            f"{r.choice(['bei der Lebensmittelausgabe', 'in der Hausaufgabenhilfe', 'beim Sprachcafé', 'in der Fahrradwerkstatt'])}. "
            "Auf die Mithilfe ist stets Verlass."
        ),
        Signature("für das Team der Ehrenamtlichen"),
    ]
    return DocSpec(blocks, _style(r, "serif"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "h1", SPLIT)
def unter_h1(c, d, r):
    a = c.applicant
    writer = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(writer, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 99)}, {c.court_city_plz()}", after=14),
        P(f"{c.city_or_nrw()}, {d_bare(d.date)}", align="right"),
        P("Liebe Mitglieder der Härtefallkommission,"),
        P(
            f"ich wohne seit {r.randint(3, 8)} Jahren im selben Haus wie {'die Familie ' + a.name if len(c.persons) > 1 else a.full}. "
            "Wir helfen uns gegenseitig, beim Einkaufen, bei Briefen vom Amt und wenn jemand krank ist. "
            f"{'Die Kinder spielen mit meinen Enkeln.' if c.children() else 'Ich habe selten so hilfsbereite Nachbarn gehabt.'}"
        ),
        P(
            "Ich bitte Sie von Herzen, dass die Familie hierbleiben darf. Sie gehört zu unserer Nachbarschaft."
        ),
        P("Herzliche Grüße"),
        Signature(writer),
    ]
    return DocSpec(blocks, _style(r, "italic", 11.5))


@tpl("unterstuetzerschreiben", "h2", SPLIT)
def unter_h2(c, d, r):
    a = c.applicant
    blocks = _head_centered(c.employer, [c.court_city_plz(), "Geschäftsleitung"]) + [
        P(f"{d_long(d.date)}", align="right"),
        P(f"Unterstützung des Härtefallantrags von {a.full}", bold=True),
        P(
            f"Sehr geehrte Damen und Herren, {a.herr_frau()} ist für unseren Betrieb eine wichtige Kraft. "
            "Fachkräfte sind bei uns schwer zu finden, und wir würden ohne diese Mitarbeit eine Lücke nicht schließen können."
        ),
        P(
            "Wir sprechen uns daher ausdrücklich für ein dauerhaftes Bleiberecht aus und stehen für Rückfragen gern zur Verfügung."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Inhaber/in"),
    ]
    return DocSpec(blocks, _style(r, "sans"))


# ------------------------------------------------------------------ schulnachweis


def _school_year(d: date) -> str:
    y = d.year if d.month >= 8 else d.year - 1
    return f"{y}/{(y + 1) % 100:02d}"


@tpl("schulnachweis", "h1", SPLIT)
def schul_h1(c, d, r):
    k = _child(c, d)
    age = k.age_on(d.date)
    if age < 6:
        blocks = _head_bar(
            f"Städtische Kindertageseinrichtung {r.choice(['Regenbogen', 'Pusteblume', 'Arche'])} {c.city_or_nrw()}",
            ["Leitung", f"Tel. {_tel(c.school)}"],
        )
        blocks += [
            P("Betreuungsbescheinigung", bold=True, size=13),
            P(
                f"Hiermit wird bescheinigt, dass {k.full}, geb. {d_num(k.geburtsdatum)}, seit dem {d_num(d.date - timedelta(days=r.randint(200, 600)))} "
                "unsere Kindertageseinrichtung mit 35 Wochenstunden besucht."
            ),
            Signature("Einrichtungsleitung", f"{c.city_or_nrw()}, {d_num(d.date)}"),
        ]
    else:
        blocks = _head_bar(c.school, ["Sekretariat", f"Tel. {_tel(c.school)}"])
        blocks += [
            P("Schulbescheinigung", bold=True, size=13),
            P("zur Vorlage bei Behörden", size=9),
            P(
                f"{k.full}, geboren am {d_num(k.geburtsdatum)}, ist im Schuljahr {_school_year(d.date)} Schüler/in unserer Schule "
                f"und besucht die Klasse {max(1, age - 5)}{r.choice('abc')}."
            ),
            Signature("Schulleitung", f"{c.city_or_nrw()}, {d_short(d.date)}"),
        ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("schulnachweis", "h2", SPLIT)
def schul_h2(c, d, r):
    k = _child(c, d)
    age = k.age_on(d.date)
    grades = [["Fach", "Note"]] + [
        [f, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])]
        for f in ["Deutsch", "Mathematik", "Sachunterricht" if age < 10 else "Englisch", "Sport"]
    ]
    blocks = [
        P(c.school, size=10, align="center", after=0),
        P(
            "Halbjahreszeugnis" if d.date.month in (1, 2, 3) else "Zeugnis",
            bold=True,
            size=15,
            align="center",
            after=0,
        ),
        P(f"Schuljahr {_school_year(d.date)}", align="center"),
        P(f"für {k.full}, geboren am {d_long(k.geburtsdatum)}, Klasse {max(1, age - 5)}"),
        Table(grades, [0.6, 0.4], size=9.5),
        P(f"Versäumte Stunden: {r.randint(0, 20)}, davon unentschuldigt: 0", size=9),
        P(f"{c.city_or_nrw()}, den {d_num(d.date)}"),
        Table(
            [["Klassenleitung", "Schulleitung", "Erziehungsberechtigte"]],
            [0.33, 0.33, 0.34],
            header=False,
            grid=False,
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _style(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


def _abh_letterhead(c: Case, r: random.Random) -> list:
    head = c.abh.split("–")[0].strip()
    office = c.abh.split("–")[1].strip() if "–" in c.abh else "Ausländerbehörde"
    chief = "Der Landrat" if head.startswith(("Kreis", "Region", "StädteRegion")) else "Der Oberbürgermeister"
    return _head_columns(
        head, [chief, office, f"{r.choice(N.STREETS)} {r.randint(1, 40)}", f"{c.abh_plz} {_city_of_abh(c)}"]
    )


@tpl("auslaenderbehoerde", "duldung_h1", SPLIT)
def abh_duldung_h1(c, d, r):
    a = c.applicant
    valid = d.date + timedelta(days=r.choice([90, 120, 180]))
    rows = [
        ["Name", a.name],
        ["Vornamen", a.vorname],
        ["Geburtsdatum", d_num(a.geburtsdatum)],
        ["Geburtsort", a.geburtsort],
        ["Staatsangehörigkeit", a.staat],
        ["Anschrift", c.adresse],
    ]
    title = (
        "Bescheinigung über die Aufenthaltsgestattung (§ 63 AsylG)"
        if c.gestattung
        else "Bescheinigung über die Aussetzung der Abschiebung (Duldung)"
    )
    blocks = [
        P("Bundesrepublik Deutschland", size=8, align="center", after=0),
        P(title, bold=True, size=12, align="center", after=0),
        P("– kein Aufenthaltstitel –", size=9, align="center", after=8),
        Table(rows, [0.32, 0.68], header=False, size=9.5),
        P(
            f"Gültig bis {d_num(valid)}."
            if c.gestattung
            else f"Die Abschiebung ist ausgesetzt bis {d_num(valid)}.",
            bold=True,
        ),
        P("Nebenbestimmungen:", bold=True, after=1),
    ]
    if c.ausbildung and not c.gestattung:
        blocks.append(
            P(
                "Duldung nach § 60c AufenthG (Ausbildungsduldung). Die Ausbildung im Betrieb laut Ausbildungsvertrag ist gestattet.",
                indent=10,
            )
        )
    else:
        blocks.append(
            P(
                f"Wohnsitzauflage: {_city_of_abh(c)}. Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde.",
                indent=10,
            )
        )
    blocks.append(
        P(
            "Der Aufenthalt ist zur Durchführung des Asylverfahrens gestattet."
            if c.gestattung
            else "Der Inhaber / die Inhaberin ist ausreisepflichtig. Die Bescheinigung erlischt mit der Ausreise.",
            size=9,
        )
    )
    blocks.append(Box([c.abh, f"ausgestellt am {d_num(d.date)}", "Siegel / Unterschrift"], size=8.5))
    return DocSpec(blocks, _style(r, "cond"))


@tpl("auslaenderbehoerde", "schreiben_h1", SPLIT)
def abh_letter_h1(c, d, r):
    """A hearing letter before measures ending the stay; while asylum is pending, a Gestattung notice instead."""
    a = c.applicant
    blocks = _abh_letterhead(c, r)
    blocks += [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]]
    blocks.append(Space(12))
    blocks.append(
        Table(
            [["Aktenzeichen", _ref(r, "32.1-")], ["Datum", d_num(d.date)]],
            [0.7, 0.3],
            header=False,
            grid=False,
            size=9,
        )
    )
    if c.gestattung:
        # the asylum procedure still runs: the authority cannot announce measures ending the stay
        blocks.append(P("Ihre Aufenthaltsgestattung nach § 55 AsylG", bold=True))
        blocks.append(
            P(
                f"Ihre Bescheinigung über die Aufenthaltsgestattung wurde bis zum {d_num(d.date + timedelta(days=183))} verlängert, "
                "weil über Ihr Asylverfahren noch nicht abschließend entschieden ist. Bitte holen Sie die Bescheinigung persönlich ab."
            )
        )
        blocks.append(P("Mit freundlichen Grüßen"))
        blocks.append(P("Im Auftrag", after=14))
        blocks.append(P(r.choice(N.GERMAN_SURNAMES), size=9))
        return DocSpec(blocks, _style(r, "sans"))
    blocks.append(P("Anhörung gemäß § 28 VwVfG – beabsichtigte aufenthaltsbeendende Maßnahmen", bold=True))
    if c.asylum:
        blocks.append(
            P(
                f"Ihr Asylverfahren ist durch den Bescheid des Bundesamtes vom {d_num(c.bamf_date)} abgeschlossen. Sie sind daher vollziehbar ausreisepflichtig."
            )
        )
    else:
        blocks.append(
            P(
                "Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis wurde abgelehnt. Sie sind verpflichtet, das Bundesgebiet zu verlassen."
            )
        )
    if c.rueckfuehrung:
        blocks.append(
            P(f"Die Rückführung in Ihr Herkunftsland ist für den {d_num(c.rueckfuehrung)} vorgesehen.")
        )
    else:
        blocks.append(P("Es ist beabsichtigt, Ihre Abschiebung in Ihr Herkunftsland in die Wege zu leiten."))
    blocks.append(
        P(
            f"Sie erhalten Gelegenheit, sich bis zum {d_num(d.date + timedelta(days=14))} schriftlich zu äußern. Bitte legen Sie dabei alle Unterlagen vor, die aus Ihrer Sicht von Bedeutung sind."
        )
    )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(P("Im Auftrag", after=14))
    blocks.append(P(r.choice(N.GERMAN_SURNAMES), size=9))
    return DocSpec(blocks, _style(r, "sans"))


# ------------------------------------------------------------------ gerichtsentscheidung


@tpl("gerichtsentscheidung", "h1", SPLIT)
def court_h1(c, d, r):
    """Interim-relief decision (Beschluss) with the parties block of an administrative court."""
    a = c.applicant
    opp = (
        "die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge"
        if c.asylum
        else f"den {'Landrat' if 'Kreis' in c.abh else 'Oberbürgermeister'} der {c.abh.split('–')[0].strip()}"
    )
    blocks = [
        P(c.court_name.upper(), bold=True, size=12, align="center"),
        P(c.court_az, align="left", after=10),
        P("BESCHLUSS", bold=True, size=14, align="center"),
        P("In dem verwaltungsgerichtlichen Verfahren"),
        P(f"{'des Herrn' if a.sex == 'm' else 'der Frau'} {a.full}, {c.adresse},", indent=20, after=1),
        P("– Antragsteller/in –", indent=20),
    ]
    if c.rep and c.rep.kind == "anwalt":
        blocks.append(P(f"Prozessbevollmächtigte: {c.rep.org}, {c.rep.adresse},", indent=20))
    blocks += [
        P("gegen", align="center"),
        P(f"{opp},", indent=20, after=1),
        P("– Antragsgegner/in –", indent=20),
        P(f"wegen {'Asylrechts' if c.asylum else 'Ausländerrechts'} (vorläufiger Rechtsschutz)"),
        P(
            f"hat die {r.randint(3, 22)}. Kammer des Gerichts am {d_long(d.date)} durch die Richterin als Einzelrichterin beschlossen:"
        ),
        P(
            "Der Antrag auf Gewährung vorläufigen Rechtsschutzes wird abgelehnt. Die Kosten des Verfahrens trägt die antragstellende Seite.",
            bold=True,
        ),
        P("Gründe", bold=True, align="center"),
        P(
            "Der zulässige Antrag nach § 80 Abs. 5 VwGO ist unbegründet. Es bestehen keine ernstlichen Zweifel an der Rechtmäßigkeit der angegriffenen Entscheidung."
        ),
        P(
            "Ein Anspruch auf Aussetzung der Abschiebung ist nicht glaubhaft gemacht. Die vorgetragenen Umstände begründen weder ein rechtliches noch ein tatsächliches Abschiebungshindernis."
        ),
        P(
            "Dieser Beschluss ist unanfechtbar."
            if c.asylum
            else "Gegen diesen Beschluss ist die Beschwerde an das Oberverwaltungsgericht für das Land Nordrhein-Westfalen gegeben."
        ),
        P(r.choice(["Kessler", "Dr. Adam", "Voigt", "Reuter"]), align="right"),
    ]
    return DocSpec(blocks, _style(r, "serif"), footer="- {p} -")


@tpl("gerichtsentscheidung", "h2", SPLIT)
def court_h2(c, d, r):
    """Judgment after an oral hearing, with Tatbestand and Rechtsmittelbelehrung."""
    a = c.applicant
    blocks = [
        P(f"Aktenzeichen: {c.court_az}", size=9, align="right"),
        P(c.court_name, bold=True, size=13, align="center"),
        P("Im Namen des Volkes", bold=True, align="center"),
        P("Urteil", bold=True, size=14, align="center"),
        P(
            f"In dem Verwaltungsrechtsstreit {'des Herrn' if a.sex == 'm' else 'der Frau'} {a.full}, wohnhaft {c.adresse}, Klägers/Klägerin, "
            f"gegen {'die Bundesrepublik Deutschland (Bundesamt für Migration und Flüchtlinge)' if c.asylum else c.abh}, Beklagte, "
            f"wegen {'Asylrechts' if c.asylum else 'Erteilung einer Aufenthaltserlaubnis'}"
        ),
        P(f"hat das Gericht aufgrund der mündlichen Verhandlung vom {d_num(d.date)} für Recht erkannt:"),
        P(
            "Die Klage wird abgewiesen. Die Kosten trägt die klagende Partei. Das Urteil ist wegen der Kosten vorläufig vollstreckbar.",
            bold=True,
            indent=12,
        ),
        P("Tatbestand", bold=True, align="center"),
        P(
            (
                f"Die klagende Partei ist {a.staat}e Staatsangehörige. Das Bundesamt lehnte ihren Asylantrag mit Bescheid vom {d_num(c.bamf_date)} ab; dagegen richtet sich die Klage."
            )
            if c.asylum
            else "Die klagende Partei begehrt die Verlängerung ihrer Aufenthaltserlaubnis, die die Beklagte abgelehnt hat."
        ),
        P("Entscheidungsgründe", bold=True, align="center"),
        P(
            "Die Klage ist zulässig, aber unbegründet. Die angefochtene Entscheidung ist rechtmäßig (§ 113 Abs. 1 und 5 VwGO)."
        ),
        P(
            "Das Gericht ist nach dem Ergebnis der mündlichen Verhandlung nicht davon überzeugt, dass der klagenden Partei bei einer Rückkehr eine erhebliche Gefahr droht."
        ),
        P("Rechtsmittelbelehrung", bold=True),
        P(
            "Gegen dieses Urteil kann innerhalb eines Monats nach Zustellung die Zulassung der Berufung beantragt werden.",
            size=9,
        ),
    ]
    return DocSpec(blocks, _style(r, "serif"), footer="Seite {p}")


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "h1", SPLIT)
def straf_h1(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    az = f"{r.randint(40, 90)} Cs {r.randint(100, 999)}/{d.date.year % 100} – {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}"
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12),
        P(f"Geschäfts-Nr.: {az}", size=9),
        P(f"{c.court_city}, {d_num(d.date)}", align="right"),
        P("Strafbefehl", bold=True, size=15, align="center"),
        P(
            f"gegen {a.full}, geboren am {d_num(a.geburtsdatum)} in {a.geburtsort}, {a.staat}e/r Staatsangehörige/r, wohnhaft {c.adresse}."
        ),
        P(
            f"Die Staatsanwaltschaft legt Ihnen folgenden Sachverhalt zur Last: Sie werden beschuldigt des {off}."
        ),
        P(f"Auf Antrag der Staatsanwaltschaft wird gegen Sie eine Geldstrafe von {sentence} festgesetzt."),
        P(
            "Dieser Strafbefehl wird rechtskräftig, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung Einspruch einlegen.",
            size=9,
        ),
        P("Richter/in am Amtsgericht", align="right"),
    ]
    return DocSpec(blocks, _style(r, "serif"))


@tpl("strafrecht", "h2", SPLIT)
def straf_h2(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P("Beglaubigte Abschrift", size=9, align="right", after=8),
        P(f"AMTSGERICHT {c.court_city.upper()}", bold=True, align="center", after=0),
        P("– Strafrichter –", align="center", size=9),
        P(f"In der Strafsache gegen {a.full} (geb. {d_long(a.geburtsdatum)}) wegen {off}"),
        P(f"ergeht am {d_long(d.date)} folgender Strafbefehl:", after=4),
        P(
            f"Der/die Beschuldigte wird zu einer Geldstrafe von {sentence} verurteilt. Er/Sie hat die Kosten des Verfahrens zu tragen.",
            indent=12,
        ),
        Box(
            [
                "Rechtskraftvermerk",
                f"rechtskräftig seit {d_num(d.date + timedelta(days=r.randint(15, 30)))}",
                "Urkundsbeamt/in der Geschäftsstelle",
            ],
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _style(r, "mono", 10))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "h1", SPLIT)
def id_h1(c, d, r):
    a = c.applicant
    blocks = [
        P(
            "Übersetzung aus dem Arabischen"
            if c.nat in ("syrien", "irak")
            else "Übersetzung aus der Landessprache",
            size=9,
            after=8,
        ),
        P(f"{c.natinfo['land']} – Personenstandsregister", bold=True, align="center"),
        P("Geburtsurkunde (Auszug)", bold=True, size=13, align="center"),
        Table(
            [
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["Geburtsdatum", d_num(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Ausstellungsdatum", d_num(d.date)],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P(
            f"Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung bestätige ich. Beeidigte/r Übersetzer/in, Landgericht {c.court_city or 'Köln'}.",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("identitaetsnachweis", "h2", SPLIT)
def id_h2(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    num = f"{chr(65 + zlib.crc32(a.full.encode()) % 26)}{zlib.crc32(a.name.encode()) % 10**8:08d}"
    blocks = [
        P("Kopie Reisepass – Personaldatenseite", size=8.5, after=6),
        Table(
            [
                ["Type / Typ", "P", "Passport No.", num],
                ["Surname", a.name, "Given names", a.vorname],
                [
                    "Nationality",
                    c.natinfo["en"],
                    "Date of birth",
                    a.geburtsdatum.strftime("%d %b %Y").upper(),
                ],
                ["Place of birth", a.geburtsort, "Sex", "M" if a.sex == "m" else "F"],
                [
                    "Date of issue",
                    d.date.strftime("%d %b %Y").upper(),
                    "Date of expiry",
                    (d.date + timedelta(days=365 * 7)).strftime("%d %b %Y").upper(),
                ],
            ],
            [0.2, 0.3, 0.2, 0.3],
            header=False,
            size=9,
        ),
        Space(6),
        P(l1, font="mono", size=10, after=0),
        P(l2, font="mono", size=10),
    ]
    return DocSpec(blocks, _style(r, "sans"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_h1", SPLIT)
def sonst_anh_h1(c, d, r):
    a = c.applicant
    blocks = [
        P(f"Bundesamt für Migration und Flüchtlinge – {c.bamf_site[0]}", size=9, after=0),
        P(f"Gesch.-Z.: {c.bamf_gz}", size=9, after=10),
        P("Niederschrift über die Anhörung gemäß § 25 AsylG", bold=True, size=12.5),
        Table(
            [
                ["Antragsteller/in", a.full],
                ["Datum der Anhörung", d_num(d.date)],
                [
                    "Sprache",
                    r.choice(["Arabisch", "Dari", "Englisch", "Französisch", "Russisch", "Albanisch"]),
                ],
                ["Dolmetscher/in", f"Nr. {r.randint(1000, 9999)}"],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P(
            "Die antragstellende Person wurde über den Ablauf der Anhörung belehrt und erklärt, den Dolmetscher gut zu verstehen."
        ),
        P("Frage: Wann haben Sie Ihr Heimatland verlassen?", bold=True, after=1),
        P("Antwort: Das war vor etwa einem Jahr. Ich bin mit dem Bus bis zur Grenze gefahren."),
        P("Frage: Was würde Ihnen bei einer Rückkehr passieren?", bold=True, after=1),
        P("Antwort: Ich habe Angst, dass man mich mitnimmt. Mehr kann ich dazu nicht sagen."),
        P("Die Niederschrift wurde rückübersetzt. Korrekturen wurden nicht gewünscht.", size=9),
    ]
    return DocSpec(blocks, _style(r, "sans"), footer="Anhörung – Seite {p} von {n}")


@tpl("sonstiges", "krankenkasse_h1", SPLIT)
def sonst_kk_h1(c, d, r):
    a = c.applicant
    blocks = [
        P(
            r.choice(["AOK Rheinland/Hamburg", "AOK NordWest", "BARMER", "Techniker Krankenkasse"]),
            bold=True,
            size=12,
        ),
        P("Mitgliedsbescheinigung", bold=True, size=13),
        P(
            f"Wir bestätigen, dass {a.full}, geboren am {d_num(a.geburtsdatum)}, bei uns seit {c.entry.year + 2} versichert ist."
        ),
        P(f"Versichertennummer: {chr(65 + r.randint(0, 25))}{r.randint(100000000, 999999999)}"),
        P(f"Ausgestellt am {d_num(d.date)}", size=9),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("sonstiges", "steuerid_h1", SPLIT)
def sonst_stid_h1(c, d, r):
    a = c.applicant
    blocks = [
        P("Bundeszentralamt für Steuern", bold=True, after=0),
        P("53221 Bonn", size=8.5, after=12),
        P(f"{a.herr_frau()}", after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=12),
        P(f"Datum: {d_num(d.date)}", align="right"),
        P("Mitteilung Ihrer Identifikationsnummer (§ 139b Abgabenordnung)", bold=True),
        P(
            f"Ihre persönliche Identifikationsnummer lautet: {r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
        ),
        P("Bitte bewahren Sie dieses Schreiben sorgfältig auf. Die Nummer ändert sich nicht."),
    ]
    return DocSpec(blocks, _style(r, "cond"))
