"""Document templates for every class of DOMAIN.md; each template is tagged with the split that may use it.

A template is a function (case, plan, rng) -> DocSpec. Templates of the `test` split are never used
by `train` (whole wordings/layouts held out), so a score on `test` measures generalisation.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case, DocPlan
from hfk.corpus.text_antrag import (
    fmt,
    fmt_en,
    fmt_long,
    month_year,
    topic_sentences,
    topic_sentences_en,
    typos,
)

Template = Callable[[Case, DocPlan, random.Random], DocSpec]
TEMPLATES: dict[str, list[tuple[str, str, Template]]] = {}

HFK_ADDRESS = [
    "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes NRW",
    "Geschäftsstelle der Härtefallkommission",
    "Völklinger Str. 4",
    "40219 Düsseldorf",
]


def tpl(cls: str, tid: str, split: str):
    def deco(fn: Template) -> Template:
        TEMPLATES.setdefault(cls, []).append((f"{cls}_{tid}", split, fn))
        return fn

    return deco


def templates_for(cls: str, split: str) -> list[tuple[str, str, Template]]:
    return [t for t in TEMPLATES[cls] if t[1] == split]


def style(r: random.Random, family: str | None = None) -> Style:
    return Style(
        family=family or r.choice(["sans", "sans", "serif", "cond"]),
        size=r.choice([10.0, 10.5, 11.0, 11.5]),
        margin_left=r.uniform(60, 80),
        margin_right=r.uniform(50, 70),
        margin_top=r.uniform(45, 65),
    )


def letterhead(r: random.Random, lines: list[str], kind: int | None = None) -> list:
    kind = r.randint(0, 3) if kind is None else kind
    if kind == 0:
        return (
            [P(lines[0], bold=True, align="right", after=1)]
            + [P(x, size=8.5, align="right", after=0) for x in lines[1:]]
            + [Space(6), Rule()]
        )
    if kind == 1:
        return [
            P(lines[0], size=14, bold=True, align="center", after=2),
            P(" · ".join(lines[1:]), size=8, align="center"),
            Rule(1.2),
        ]
    if kind == 2:
        return (
            [P(lines[0], size=13, bold=True, after=1)]
            + [P(x, size=8.5, after=0) for x in lines[1:]]
            + [Space(10)]
        )
    return [Box(lines, size=9)]


def sender_line(lines: list[str]) -> P:
    return P(" · ".join(lines), size=7, after=4)


def recipient(lines: list[str]) -> list:
    return [P(x, after=0) for x in lines] + [Space(14)]


def person_org(c: Case) -> list[str]:
    a = c.applicant
    return [a.full, c.street, f"{c.plz} {c.city}"]


def rep_org(c: Case) -> list[str]:
    rp = c.rep
    if rp.kind == "privat":
        return [rp.person, rp.street, rp.city]
    return [rp.org, rp.person, rp.street, rp.city, f"Tel. 0{r_digits(rp.org)}"]


def r_digits(seed: str) -> str:
    r = random.Random(seed)
    return f"{r.randint(200, 999)} {r.randint(100000, 999999)}"


def initials_sig(name: str, where: str, d) -> Signature:
    return Signature(name, f"{where}, den {fmt(d)}")


# ============================ antrag ============================


def _persons_block(c: Case, r: random.Random, mode: str) -> list:
    """The persons the application covers, in one of several formats; omitted fields stay out."""
    out: list = []

    def field(i: int, f: str, value: str) -> str:
        return "" if c.omitted.get(i) == f else value

    if mode == "table":
        rows = [["Name", "Vorname", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit"]]
        for i, p in enumerate(c.persons):
            rows.append(
                [
                    p.name,
                    p.vorname,
                    field(i, "geburtsdatum", fmt(p.geburtsdatum)),
                    field(i, "geburtsort", p.geburtsort),
                    field(i, "staatsangehoerigkeit", p.staat),
                ]
            )
        out.append(Table(rows, [0.2, 0.18, 0.18, 0.2, 0.24]))
        out.append(P(f"Anschrift aller Personen: {c.adresse}"))
    elif mode == "list":
        for i, p in enumerate(c.persons, 1):
            parts = [f"{i}. {p.name}, {p.vorname}"]
            if field(i - 1, "geburtsdatum", "x"):
                parts.append(f"geb. am {fmt(p.geburtsdatum)}")
            if field(i - 1, "geburtsort", "x"):
                parts.append(f"in {p.geburtsort}")
            if field(i - 1, "staatsangehoerigkeit", "x"):
                parts.append(f"Staatsangehörigkeit: {p.staat}")
            out.append(P(", ".join(parts), indent=15, after=2))
        out.append(P(f"wohnhaft: {c.adresse}", indent=15))
    else:  # prose
        bits = []
        for i, p in enumerate(c.persons):
            s = ("Herrn " + p.full if p.sex == "m" else "Frau " + p.full) if p.role != "child" else p.full
            if field(i, "geburtsdatum", "x"):
                s += f", geboren am {fmt(p.geburtsdatum)}"
            if field(i, "geburtsort", "x"):
                s += f" in {p.geburtsort}"
            if field(i, "staatsangehoerigkeit", "x"):
                s += (
                    f", {p.staat}e{'r' if p.sex == 'm' else ''} Staatsangehörige{'r' if p.sex == 'm' else ''}"
                )
            bits.append(s)
        out.append(P("für " + "; ".join(bits) + f", alle wohnhaft {c.adresse}."))
    return out


def _intro(c: Case, r: random.Random) -> str:
    names = (
        " und ".join([", ".join(p.full for p in c.persons[:-1]), c.persons[-1].full])
        if len(c.persons) > 1
        else c.applicant.full
    )
    if c.sender == "anwalt":
        return r.choice(
            [
                f"namens und in Vollmacht meiner Mandantschaft ({names}) beantrage ich, den Fall der Härtefallkommission vorzulegen und ein Härtefallersuchen nach § 23a AufenthG an die Ausländerbehörde zu richten.",
                f"hiermit zeigen wir an, dass wir {names} vertreten. Eine auf uns lautende Vollmacht ist beigefügt. Namens und in Vollmacht unserer Mandanten stellen wir einen Härtefallantrag gemäß § 23a AufenthG.",
            ]
        )
    if c.sender == "beratungsstelle":
        return f"im Auftrag und in Vertretung von {names} stellen wir als Beratungsstelle einen Antrag auf Feststellung eines Härtefalls nach § 23a AufenthG."
    if c.sender == "privat":
        return f"ich schreibe im Namen meines {c.rep.relation}s / meiner Angehörigen {names} und beantrage in ihrer Vertretung, dass die Härtefallkommission sich mit dem Fall befasst."
    return r.choice(
        [
            "hiermit beantrage ich für mich und meine Familie die Aufnahme in das Härtefallverfahren nach § 23a AufenthG.",
            "ich stelle einen Härtefallantrag bei der Härtefallkommission und bitte um ein Ersuchen an die Ausländerbehörde.",
        ]
    )


def _signer(c: Case) -> str:
    if c.sender == "applicant":
        return c.applicant.full
    if c.sender == "anwalt":
        return (
            c.rep.person + ", Rechtsanwalt"
            if not c.rep.person.startswith("Andrea")
            else c.rep.person + ", Rechtsanwältin"
        )
    return c.rep.person


def _head(c: Case, r: random.Random) -> list:
    blocks: list = []
    if c.sender == "applicant":
        blocks += [P(x, after=0, size=9.5) for x in person_org(c)] + [Space(16)]
    else:
        blocks += letterhead(r, rep_org(c))
        blocks.append(sender_line(rep_org(c)[:1] + rep_org(c)[2:4]))
    return blocks


def _antrag_common(
    c: Case,
    d: DocPlan,
    r: random.Random,
    *,
    heads: list[str],
    persons_mode: str,
    numbered: bool,
    plain: bool = False,
    sections: bool = False,
) -> DocSpec:
    first = c.sender == "applicant"
    t = topic_sentences(c, r, first)
    blocks = _head(c, r)
    blocks += recipient(
        [
            "An die",
            "Geschäftsstelle der Härtefallkommission",
            "des Landes Nordrhein-Westfalen",
            "Völklinger Str. 4",
            "40219 Düsseldorf",
        ]
    )
    place = c.city if c.sender == "applicant" else c.rep.city.split(" ", 1)[1]
    blocks.append(P(f"{place}, {fmt(d.date) if r.random() < 0.7 else fmt_long(d.date)}", align="right"))
    blocks.append(P(heads[0], bold=True, size=12))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_intro(c, r)))
    if sections:
        blocks.append(P("I. Personen", bold=True))
    blocks += _persons_block(c, r, persons_mode)
    if sections:
        blocks.append(P("II. Begründung", bold=True))
    elif not plain:
        blocks.append(P("Begründung:", bold=True))
    order = ["lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"]
    n = 0
    for topic in order:
        if topic not in c.topics:
            continue
        n += 1
        text = " ".join(t[topic])
        if plain:
            text = typos(text, r)
        if numbered:
            blocks.append(P(f"{n}. {heads[n]}", bold=True, after=2))
        blocks.append(P(text))
    blocks.append(
        P(
            r.choice(
                [
                    "Wir bitten, den Antrag wohlwollend zu prüfen. Weitere Unterlagen werden nachgereicht.",
                    "Ich bitte Sie herzlich, uns zu helfen.",
                    "Die Anlagen sind beigefügt. Für Rückfragen stehe ich gern zur Verfügung.",
                ]
            )
        )
    )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    if r.random() < 0.5 and not plain:
        blocks.append(P("Anlagen: Lebenslauf, Nachweise lt. Anlagenverzeichnis", size=9))
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}" if r.random() < 0.4 else None)


@tpl("antrag", "a", "train")
def antrag_a(c, d, r):
    return _antrag_common(
        c,
        d,
        r,
        heads=[
            "Härtefallantrag gemäß § 23a AufenthG",
            "Lebenslauf und Einreise",
            "Aufenthaltsrechtliche Situation",
            "Familiäre Bindungen",
            "Integration",
            "Humanitäre Gründe",
        ],
        persons_mode="table",
        numbered=True,
    )


@tpl("antrag", "b", "train")
def antrag_b(c, d, r):
    return _antrag_common(
        c,
        d,
        r,
        heads=[f"Antrag an die Härtefallkommission NRW – {c.applicant.name}"] + [""] * 5,
        persons_mode="list",
        numbered=False,
    )


@tpl("antrag", "c", "train")
def antrag_c(c, d, r):
    return _antrag_common(
        c,
        d,
        r,
        heads=["Betreff: Antrag Härtefall"] + [""] * 5,
        persons_mode="list",
        numbered=False,
        plain=True,
    )


@tpl("antrag", "d", "test")
def antrag_d(c, d, r):
    return _antrag_common(
        c,
        d,
        r,
        heads=[
            "Antrag auf Befassung der Härtefallkommission (§ 23a AufenthG)",
            "Zur Person und Einreise",
            "Zum Aufenthaltsstatus",
            "Familie",
            "Integrationsleistungen",
            "Dringende persönliche Gründe",
        ],
        persons_mode="prose",
        numbered=True,
        sections=True,
    )


@tpl("antrag", "e", "test")
def antrag_e(c, d, r):
    return _antrag_common(
        c,
        d,
        r,
        heads=["Härtefall – bitte um Hilfe"] + [""] * 5,
        persons_mode="table",
        numbered=False,
        plain=True,
    )


def _antrag_en(c, d, r, variant):
    t = topic_sentences_en(c, r)
    blocks = [P(x, after=0, size=9.5) for x in person_org(c)] + [Space(12)]
    blocks += recipient(
        [
            "Hardship Commission of North Rhine-Westphalia (Härtefallkommission)",
            "Völklinger Str. 4",
            "40219 Düsseldorf",
        ]
    )
    blocks.append(P(f"{c.city}, {fmt_en(d.date)}", align="right"))
    blocks.append(
        P(
            "Application to the Hardship Commission (§ 23a AufenthG)"
            if variant == 0
            else "Request for a hardship decision",
            bold=True,
        )
    )
    blocks.append(P("Dear Sir or Madam," if variant == 0 else "Dear Hardship Commission,"))
    blocks.append(
        P(
            "I hereby apply to the Hardship Commission for myself and my family and ask you to request a residence permit for us."
            if variant == 0
            else "Please accept my application. I write in English because my German is not good enough for this letter."
        )
    )
    rows = [["Name", "First name", "Date of birth", "Place of birth", "Nationality"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                p.name,
                p.vorname,
                "" if c.omitted.get(i) == "geburtsdatum" else fmt(p.geburtsdatum),
                "" if c.omitted.get(i) == "geburtsort" else p.geburtsort,
                "" if c.omitted.get(i) == "staatsangehoerigkeit" else c.natinfo["en"],
            ]
        )
    if variant == 0:
        blocks.append(Table(rows, [0.2, 0.18, 0.18, 0.2, 0.24]))
    else:
        for row in rows[1:]:
            blocks.append(
                P(
                    f"- {row[1]} {row[0]}, born {row[2]} in {row[3]}, nationality: {row[4]}".replace(
                        "born  in", "born"
                    ).replace(", nationality: ", ", nationality: "),
                    after=1,
                )
            )
    blocks.append(P(f"Address: {c.adresse}"))
    heads = {
        "lebensgeschichte": "My story",
        "aufenthaltssituation": "My residence status",
        "familie": "Family",
        "integration": "Integration",
        "humanitaere_gruende": "Why I cannot go back",
    }
    for topic in (
        "lebensgeschichte",
        "aufenthaltssituation",
        "familie",
        "integration",
        "humanitaere_gruende",
    ):
        if topic in c.topics:
            if variant == 0:
                blocks.append(P(heads[topic], bold=True, after=2))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("Yours faithfully," if variant == 0 else "Thank you very much."))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, style(r))


@tpl("antrag", "en_a", "train")
def antrag_en_a(c, d, r):
    return _antrag_en(c, d, r, 0)


@tpl("antrag", "en_b", "test")
def antrag_en_b(c, d, r):
    return _antrag_en(c, d, r, 1)


# ============================ bamf_bescheid ============================

TENOR6 = [
    "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
    "Der Antrag auf Asylanerkennung wird abgelehnt.",
    "Der subsidiäre Schutzstatus wird nicht zuerkannt.",
    "Abschiebungsverbote nach § 60 Absatz 5 und 7 Satz 1 des Aufenthaltsgesetzes liegen nicht vor.",
    "Der Antragsteller wird aufgefordert, die Bundesrepublik Deutschland innerhalb von 30 Tagen nach Bekanntgabe dieser Entscheidung bzw. dem unanfechtbaren Abschluss des Asylverfahrens zu verlassen. Sollte er die Ausreisefrist nicht einhalten, wird er in das Herkunftsland abgeschoben.",
    "Das Einreise- und Aufenthaltsverbot wird gemäß § 11 Absatz 1 des Aufenthaltsgesetzes angeordnet und auf 30 Monate ab dem Tag der Abschiebung befristet.",
]
TENOR4 = [
    "Der Antrag wird als unzulässig abgelehnt.",
    "Abschiebungsverbote nach § 60 Absatz 5 und 7 Satz 1 des Aufenthaltsgesetzes liegen nicht vor.",
    "Die Abschiebung in den zuständigen Mitgliedstaat wird angeordnet.",
    "Das Einreise- und Aufenthaltsverbot wird angeordnet und auf 15 Monate ab dem Tag der Abschiebung befristet.",
]
BAMF_REASONS = [
    "Der Antragsteller ist {nat} Staatsangehöriger. Er reiste nach eigenen Angaben am {entry} auf dem Landweg in die Bundesrepublik Deutschland ein und stellte am {applied} einen Asylantrag.",
    "Zur Begründung seines Asylantrags trug er im Wesentlichen vor, er sei in seinem Heimatland von Unbekannten bedroht worden. Eine konkrete Verfolgungshandlung konnte er nicht benennen.",
    "Die Voraussetzungen für die Zuerkennung der Flüchtlingseigenschaft liegen nicht vor. Ein Ausländer ist Flüchtling im Sinne des § 3 AsylG, wenn er sich aus begründeter Furcht vor Verfolgung außerhalb seines Herkunftslandes befindet.",
    "Der Vortrag des Antragstellers ist unsubstantiiert und in wesentlichen Punkten widersprüchlich. So gab er in der Anhörung an, das Land im Sommer verlassen zu haben, während er gegenüber der Ausländerbehörde einen anderen Zeitpunkt nannte.",
    "Ihm droht auch kein ernsthafter Schaden im Sinne des § 4 Absatz 1 AsylG. Es ist nicht ersichtlich, dass ihm bei einer Rückkehr die Verhängung oder Vollstreckung der Todesstrafe, Folter oder unmenschliche Behandlung droht.",
    "Abschiebungsverbote liegen ebenfalls nicht vor. Die derzeitigen humanitären Bedingungen im Herkunftsland führen nicht zu der Annahme, dass bei Abschiebung eine Verletzung des Art. 3 EMRK vorliegt. Der Antragsteller ist jung, gesund und erwerbsfähig.",
    "Die Abschiebungsandrohung ist nach § 34 Absatz 1 AsylG in Verbindung mit § 59 AufenthG zu erlassen. Die Ausreisefrist von 30 Tagen ergibt sich aus § 38 Absatz 1 AsylG.",
    "Das gesetzliche Einreise- und Aufenthaltsverbot wird gemäß § 11 Absatz 2 AufenthG befristet. Anhaltspunkte für eine kürzere Fristsetzung aufgrund schutzwürdiger Belange wurden weder vorgetragen noch liegen sie nach den Erkenntnissen des Bundesamtes vor.",
    "Die Entscheidung beruht auf den Angaben des Antragstellers in der persönlichen Anhörung sowie auf den dem Bundesamt vorliegenden Erkenntnissen zur Lage im Herkunftsland.",
]
RBB = (
    "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb von zwei Wochen nach Zustellung Klage bei dem "
    "Verwaltungsgericht {court} erhoben werden. Die Klage muss den Kläger, den Beklagten und den Gegenstand des Klagebegehrens "
    "bezeichnen und in deutscher Sprache abgefasst sein."
)


def _bamf(c: Case, d: DocPlan, r: random.Random, variant: int) -> DocSpec:
    site = c.bamf_site
    a = c.applicant
    gz = c.bamf_gz
    blocks: list = []
    if variant in (0, 2):
        blocks += [
            P("Bundesamt für Migration und Flüchtlinge", size=13, bold=True, after=0),
            P(site[0], size=9, after=0),
            P(f"{site[1]} · {site[2]}", size=8.5),
            Rule(),
        ]
    else:
        blocks += [
            Box(
                [
                    "Bundesamt für Migration und Flüchtlinge",
                    f"{site[0]}, {site[1]}, {site[2]}",
                    "Postanschrift: Postfach, Telefon 0911 943-0",
                ],
                size=9,
            )
        ]
    if variant == 3:
        blocks.append(
            Table(
                [
                    ["Gesch.-Z.:", gz],
                    ["bitte unbedingt angeben", ""],
                    ["Ort, Datum:", f"{site[2].split(' ', 1)[1]}, {fmt(d.date)}"],
                ],
                [0.3, 0.7],
                header=False,
                grid=False,
            )
        )
    else:
        blocks.append(P(f"Gesch.-Z.: {gz}", bold=variant == 2, align="right", after=0))
        blocks.append(P(f"{site[2].split(' ', 1)[1]}, {fmt(d.date)}", align="right"))
    blocks += recipient(
        [a.herr_frau(), c.street, f"{c.plz} {c.city}"]
        if c.sender == "applicant" or r.random() < 0.5
        else [a.herr_frau(), "c/o " + (c.rep.org if c.rep else ""), c.adresse]
    )
    blocks.append(P("BESCHEID" if variant != 1 else "Bescheid", bold=True, size=14, align="center"))
    blocks.append(
        P(
            f"In dem Asylverfahren des/der {a.name}, {a.vorname}, geb. am {fmt(a.geburtsdatum)} in {a.geburtsort}, "
            f"Staatsangehörigkeit: {a.staat}, wohnhaft {c.adresse}, ergeht folgende Entscheidung:"
        )
    )
    tenor = TENOR6 if c.bamf_tenor == 6 else TENOR4
    for i, t in enumerate(tenor, 1):
        blocks.append(P(f"{i}. {t}", indent=12))
    blocks.append(P("Begründung:" if variant != 2 else "B e g r ü n d u n g", bold=True))
    reasons = BAMF_REASONS[:]
    r.shuffle(reasons[1:])
    nwant = d.extra.get("bamf_reasons", 6)
    for i in range(nwant):
        text = reasons[i % len(reasons)].format(
            nat=a.staat, entry=fmt(c.entry), applied=fmt(c.asylum_applied)
        )
        blocks.append(P(text))
        if i % 3 == 2:
            blocks.append(
                P(
                    r.choice(
                        [
                            "Weitere Gründe ergeben sich aus dem Akteninhalt.",
                            "Dies gilt auch unter Berücksichtigung der Erkenntnismittel.",
                            "Insoweit wird auf die Ausführungen in der Anhörung Bezug genommen.",
                        ]
                    )
                )
            )
    blocks.append(P(RBB.format(court=c.court_name.replace("Verwaltungsgericht ", "") or "Düsseldorf")))
    blocks.append(P("Im Auftrag", after=18))
    blocks.append(P(r.choice(["Schmitz", "Keller", "Arslan", "Weber", "Neumann"]), after=2))
    blocks.append(P("Entscheider/in", size=9))
    return DocSpec(
        blocks,
        style(r, "serif" if variant == 2 else "sans"),
        footer="Seite {p} von {n}" if variant != 3 else f"Gesch.-Z.: {gz} – Seite {{p}} von {{n}}",
        header=f"Gesch.-Z.: {gz}" if variant in (1, 3) else None,
    )


@tpl("bamf_bescheid", "a", "train")
def bamf_a(c, d, r):
    return _bamf(c, d, r, 0)


@tpl("bamf_bescheid", "b", "train")
def bamf_b(c, d, r):
    return _bamf(c, d, r, 1)


@tpl("bamf_bescheid", "c", "train")
def bamf_c(c, d, r):
    return _bamf(c, d, r, 2)


@tpl("bamf_bescheid", "d", "test")
def bamf_d(c, d, r):
    return _bamf(c, d, r, 3)


# ============================ aerztliches_gutachten ============================


def _practice_head(c: Case, r: random.Random) -> list:
    return letterhead(
        r,
        [
            c.practice,
            f"{r.choice(N.STREETS)} {r.randint(1, 80)}",
            f"{c.court_city_plz()} ",
            f"Tel. 0{r_digits(c.practice)}",
        ],
    )


def _patient(c: Case) -> str:
    p = c.persons[c.ill_person]
    return f"{p.full}, geb. {fmt(p.geburtsdatum)}"


def _med_body(c: Case, r: random.Random, long: bool) -> list:
    code, name, sev = c.diagnosis
    blocks = [P("Diagnose:", bold=True, after=1), P(f"{name} (ICD-10: {code})", indent=10)]
    blocks.append(P("Anamnese und Befund:", bold=True, after=1))
    blocks.append(
        P(
            f"Der/die Patient/in befindet sich seit {month_year(c.entry + timedelta(days=400))} in unserer regelmäßigen Behandlung. "
            f"Es zeigen sich {r.choice(['Ein- und Durchschlafstörungen, Albträume und Intrusionen', 'gedrückte Stimmung, Antriebsminderung und sozialer Rückzug', 'erhöhte Blutzuckerwerte trotz Medikation', 'wiederkehrende Anfälle mit Bewusstseinsverlust'])}. "
            f"Die Erkrankung ist als {sev} einzustufen."
        )
    )
    if long:
        blocks.append(
            P(
                f"Untersuchungen: ausführliche Exploration, standardisierte Testverfahren (PHQ-9: {r.randint(15, 24)} Punkte), körperliche Untersuchung."
            )
        )
        blocks.append(P("Therapie und Verlauf:", bold=True, after=1))
        blocks.append(
            P(
                f"Es erfolgen {r.choice(['wöchentliche', 'vierzehntägige'])} Gesprächstermine. Der Verlauf ist bislang {r.choice(['schwankend', 'nur langsam gebessert', 'chronisch'])}. "
                "Eine Unterbrechung der Behandlung würde zu einer erheblichen Verschlechterung führen."
            )
        )
    blocks.append(P("Medikation:", bold=True, after=1))
    blocks.append(P(", ".join(r.sample(N.MEDICATION, 2)), indent=10))
    return blocks


@tpl("aerztliches_gutachten", "a", "train")
def med_a(c, d, r):
    blocks = _practice_head(c, r) + [
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Ärztliches Attest", bold=True, size=13),
        P(f"Patient/in: {_patient(c)}"),
    ]
    blocks += _med_body(c, r, long=False)
    blocks.append(P("Dieses Attest wird auf Wunsch des Patienten zur Vorlage bei Behörden ausgestellt."))
    blocks.append(Signature(c.doctor))
    return DocSpec(blocks, style(r))


@tpl("aerztliches_gutachten", "b", "train")
def med_b(c, d, r):
    blocks = _practice_head(c, r) + [
        P("Fachärztliche Stellungnahme", bold=True, size=13),
        P(f"betreffend: {_patient(c)}, wohnhaft {c.adresse}"),
        P(f"Datum: {fmt(d.date)}"),
    ]
    blocks += _med_body(c, r, long=True)
    blocks.append(P("Folgen einer Rückkehr:", bold=True, after=1))
    blocks.append(
        P(
            "Bei einer Abschiebung ist mit einer akuten Dekompensation und Suizidalität zu rechnen. Eine vergleichbare Behandlung ist im Herkunftsland nicht verfügbar."
        )
    )
    blocks.append(Signature(c.doctor))
    return DocSpec(blocks, style(r), footer="Seite {p}/{n}")


@tpl("aerztliches_gutachten", "c", "train")
def med_c(c, d, r):
    # the short doctor's letter: three lines, still a medical report
    code, name, _ = c.diagnosis
    blocks = _practice_head(c, r) + [
        Space(20),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}", align="right"),
        P("Bescheinigung", bold=True),
        P(
            f"{_patient(c)} ist bei uns wegen {name} ({code}) in Behandlung. Regelmäßige Medikation erforderlich. Reiseunfähigkeit ist zu prüfen."
        ),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, style(r))


@tpl("aerztliches_gutachten", "d", "test")
def med_d(c, d, r):
    code, name, sev = c.diagnosis
    blocks = [
        P(c.practice, bold=True, size=12, align="center"),
        P("Arztbrief", size=15, bold=True, align="center"),
        Rule(),
        Table(
            [
                ["Patient", _patient(c)],
                ["Anschrift", c.adresse],
                ["Datum", fmt(d.date)],
                ["Diagnose", f"{code} {name}"],
            ],
            [0.25, 0.75],
            header=False,
        ),
    ]
    blocks.append(P("Sehr geehrte Kolleginnen und Kollegen,"))
    blocks.append(
        P(
            f"wir berichten über o. g. Patienten, der sich seit {c.entry.year + 1} in unserer Behandlung befindet. Der Schweregrad ist {sev}. "
            f"Therapie: {', '.join(r.sample(N.MEDICATION, 2))}; Psychotherapie einmal wöchentlich. Verlauf: keine Stabilisierung ohne fortgesetzte Behandlung."
        )
    )
    blocks.append(P("Mit kollegialen Grüßen"))
    blocks.append(Signature(c.doctor))
    return DocSpec(blocks, style(r))


@tpl("aerztliches_gutachten", "e", "test")
def med_e(c, d, r):
    blocks = _practice_head(c, r) + [
        P("Psychotherapeutischer Befundbericht", bold=True, size=13),
        P(f"zur Vorlage bei der Härtefallkommission – {_patient(c)}"),
        P(f"Erstellt am {fmt_long(d.date)}", after=10),
    ]
    blocks += _med_body(c, r, long=True)
    blocks.append(Signature(c.doctor + " (Psychologische Psychotherapeutin)"))
    return DocSpec(blocks, style(r, "serif"))


# ============================ vollmacht ============================


def _rep_name(c: Case) -> str:
    rp = c.rep
    return rp.org if rp.kind != "privat" else rp.person


@tpl("vollmacht", "a", "train")
def vollmacht_a(c, d, r):
    blocks = [
        P("VOLLMACHT", bold=True, size=16, align="center"),
        Space(10),
        P(f"Hiermit bevollmächtige ich {_rep_name(c)}, {c.rep.adresse},"),
        P(
            "mich und meine Familienangehörigen im Verfahren vor der Härtefallkommission des Landes Nordrhein-Westfalen zu vertreten, "
            "Anträge zu stellen, Akteneinsicht zu nehmen und Zustellungen entgegenzunehmen."
        ),
        P(f"Vollmachtgeber: {c.applicant.full}, geb. {fmt(c.applicant.geburtsdatum)}, {c.adresse}"),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "b", "train")
def vollmacht_b(c, d, r):
    blocks = letterhead(r, rep_org(c)) + [
        P("Vollmacht", bold=True, size=14),
        Table(
            [
                ["Vollmachtgeber/in", c.applicant.full],
                ["Bevollmächtigte/r", _rep_name(c)],
                ["Angelegenheit", "Härtefallverfahren nach § 23a AufenthG"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "wird hiermit Vollmacht zur außergerichtlichen Vertretung erteilt, insbesondere zur Antragstellung bei der Härtefallkommission, "
            "zur Entgegennahme von Schriftstücken und zur Erteilung von Untervollmacht."
        ),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "c", "train")
def vollmacht_c(c, d, r):
    blocks = [
        P("Vertretungsvollmacht", bold=True, size=13),
        P(
            f"Ich, {c.applicant.full}, wohnhaft {c.adresse}, erteile hiermit {c.rep.person} "
            f"({_rep_name(c)}) Vollmacht, mich gegenüber der Härtefallkommission NRW und der Ausländerbehörde zu vertreten."
        ),
        P("Die Vollmacht gilt bis auf Widerruf."),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("vollmacht", "d", "test")
def vollmacht_d(c, d, r):
    blocks = [
        P(_rep_name(c), size=9, after=0),
        Rule(),
        P("V o l l m a c h t", bold=True, size=15, align="center"),
        P(
            f"{_rep_name(c)} wird in Sachen {c.applicant.name} ./. Land Nordrhein-Westfalen wegen Härtefallersuchen "
            "Vollmacht erteilt",
            after=4,
        ),
        P(
            "1. zur Vertretung in allen Verwaltungsverfahren, insbesondere vor der Härtefallkommission,",
            indent=12,
            after=1,
        ),
        P(
            "2. zur Begründung und Aufhebung von Vertragsverhältnissen sowie zur Abgabe einseitiger Willenserklärungen,",
            indent=12,
            after=1,
        ),
        P("3. zur Empfangnahme von Geldern und Zustellungen.", indent=12),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ============================ schweigepflichtsentbindung ============================


@tpl("schweigepflichtsentbindung", "a", "train")
def schweige_a(c, d, r):
    blocks = [
        P("Erklärung über die Entbindung von der ärztlichen Schweigepflicht", bold=True, size=12),
        P(
            f"Ich, {c.persons[c.ill_person].full}, geb. {fmt(c.persons[c.ill_person].geburtsdatum)}, entbinde hiermit"
        ),
        P(f"{c.doctor}, {c.practice}", indent=20),
        P(
            "gegenüber der Härtefallkommission des Landes Nordrhein-Westfalen und ihrer Geschäftsstelle von der Schweigepflicht. "
            "Die Entbindung umfasst Auskünfte über Diagnosen, Behandlungsverlauf und Prognose."
        ),
        initials_sig(c.persons[c.ill_person].full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "b", "train")
def schweige_b(c, d, r):
    blocks = [
        Box(["Schweigepflichtentbindungserklärung", "für das Härtefallverfahren nach § 23a AufenthG"]),
        Table(
            [
                ["Name, Vorname", f"{c.persons[c.ill_person].name}, {c.persons[c.ill_person].vorname}"],
                ["behandelnde Ärztin/Arzt", c.doctor],
                ["Einrichtung", c.practice],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "Ich bin damit einverstanden, dass die oben genannten Personen der Härtefallkommission Auskunft erteilen, und entbinde sie insoweit von der Schweigepflicht."
        ),
        initials_sig(c.persons[c.ill_person].full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "c", "train")
def schweige_c(c, d, r):
    blocks = [
        P("Entbindung von der Schweigepflicht", bold=True),
        P(
            typos(
                f"Hiermit entbinde ich meine Ärzte und Therapeuten, insbesondere {c.doctor}, von der Schweigepflicht gegenüber der Härtefallkommission NRW.",
                r,
            )
        ),
        initials_sig(c.persons[c.ill_person].full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "d", "test")
def schweige_d(c, d, r):
    blocks = [
        P("Einverständniserklärung und Entbindung von der Verschwiegenheitspflicht", bold=True, size=12),
        P(
            f"Hiermit erkläre ich, {c.persons[c.ill_person].full}, dass ich {c.doctor} ({c.practice}) von der Schweigepflicht entbinde, "
            "damit die Geschäftsstelle der Härtefallkommission medizinische Unterlagen anfordern und der Vertrauensarzt Rücksprache halten kann."
        ),
        P("Diese Erklärung kann jederzeit widerrufen werden."),
        initials_sig(c.persons[c.ill_person].full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ datenschutzeinwilligung ============================

DS_TEXT = [
    "Ich willige ein, dass die Geschäftsstelle der Härtefallkommission meine personenbezogenen Daten einschließlich besonderer Kategorien (Art. 9 DSGVO, z. B. Gesundheitsdaten) zur Bearbeitung des Härtefallantrags verarbeitet.",
    "Die Daten werden an die zuständige Ausländerbehörde und die Mitglieder der Härtefallkommission übermittelt, soweit dies für das Verfahren erforderlich ist.",
    "Die Einwilligung ist freiwillig. Ich kann sie jederzeit mit Wirkung für die Zukunft widerrufen.",
]


@tpl("datenschutzeinwilligung", "a", "train")
def ds_a(c, d, r):
    blocks = [P("Erklärung über die Einwilligung in die Datenverarbeitung", bold=True, size=12)] + [
        P(t) for t in DS_TEXT
    ]
    blocks += [P(f"Name: {c.applicant.full}"), initials_sig(c.applicant.full, c.city_or_nrw(), d.date)]
    return DocSpec(blocks, style(r))


@tpl("datenschutzeinwilligung", "b", "train")
def ds_b(c, d, r):
    blocks = [
        Box(["Einwilligungserklärung nach Art. 6 Abs. 1 lit. a und Art. 9 Abs. 2 lit. a DSGVO"]),
        Table(
            [
                ["Name", c.applicant.name],
                ["Vorname", c.applicant.vorname],
                ["Geburtsdatum", fmt(c.applicant.geburtsdatum)],
            ],
            [0.3, 0.7],
            header=False,
        ),
    ]
    blocks += [P(f"{i}. {t}", indent=10) for i, t in enumerate(DS_TEXT, 1)]
    blocks.append(initials_sig(c.applicant.full, c.city_or_nrw(), d.date))
    return DocSpec(blocks, style(r))


@tpl("datenschutzeinwilligung", "c", "train")
def ds_c(c, d, r):
    blocks = [
        P("Datenschutz – Einverständnis", bold=True),
        P(typos(" ".join(DS_TEXT[:2]), r)),
        P("Widerruf: schriftlich an die Geschäftsstelle."),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("datenschutzeinwilligung", "d", "test")
def ds_d(c, d, r):
    blocks = [
        P("Einwilligung in die Verarbeitung personenbezogener Daten", bold=True, size=13, align="center"),
        P(
            "Verantwortlich: Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW, Geschäftsstelle der Härtefallkommission.",
            size=9,
        ),
        P(
            "Mit meiner Unterschrift erkläre ich mich einverstanden, dass meine Angaben und die Angaben meiner Familienangehörigen "
            "gespeichert, genutzt und im Rahmen des Verfahrens weitergegeben werden. Mir ist bekannt, dass ich diese Einwilligung "
            "widerrufen kann; die Rechtmäßigkeit der bis dahin erfolgten Verarbeitung bleibt unberührt."
        ),
    ]
    for p in c.persons[:3]:
        blocks.append(P(f"☐ {p.full}", indent=10, after=1))
    blocks.append(initials_sig(c.applicant.full, c.city_or_nrw(), d.date))
    return DocSpec(blocks, style(r))


# ============================ lebenslauf ============================


def _cv_rows(c: Case) -> list[tuple[str, str]]:
    a = c.applicant
    rows = [
        (fmt(a.geburtsdatum), f"geboren in {a.geburtsort}, {c.natinfo['land']}"),
        (f"{a.geburtsdatum.year + 6} – {a.geburtsdatum.year + 14}", "Schule in " + a.geburtsort),
        (f"{a.geburtsdatum.year + 15} – {c.entry.year - 1}", "Arbeit als Hilfsarbeiter / im Familienbetrieb"),
    ]
    rows.append((fmt(c.entry), "Einreise nach Deutschland"))
    if c.asylum:
        rows.append((fmt(c.asylum_applied), "Asylantrag beim Bundesamt"))
        rows.append((fmt(c.bamf_date), "Ablehnung des Asylantrags"))
    else:
        rows.append((str(c.entry.year), f"Aufenthalt mit Visum zum Zweck {c.visa_purpose}"))
    rows.append((str(c.entry.year + 1), "Integrationskurs"))
    if c.job:
        rows.append((f"seit {c.entry.year + 2}", f"{c.job}, {c.employer}"))
    return rows


@tpl("lebenslauf", "a", "train")
def cv_a(c, d, r):
    blocks = [P("Lebenslauf", bold=True, size=16), P(f"{c.applicant.full}, {c.adresse}")]
    blocks.append(Table([["Zeitraum", "Station"]] + [list(x) for x in _cv_rows(c)], [0.3, 0.7]))
    blocks.append(initials_sig(c.applicant.full, c.city_or_nrw(), d.date))
    return DocSpec(blocks, style(r))


@tpl("lebenslauf", "b", "train")
def cv_b(c, d, r):
    blocks = [
        P("Tabellarischer Lebenslauf", bold=True, size=14, align="center"),
        Rule(),
        P("Persönliche Daten", bold=True),
        P(f"Name: {c.applicant.full}", after=1),
        P(f"geboren: {fmt(c.applicant.geburtsdatum)} in {c.applicant.geburtsort}", after=1),
        P(f"Staatsangehörigkeit: {c.applicant.staat}"),
        P("Werdegang", bold=True),
    ]
    blocks.append(Table([list(x) for x in _cv_rows(c)], [0.3, 0.7], header=False, grid=False))
    blocks.append(initials_sig(c.applicant.full, c.city_or_nrw(), d.date))
    return DocSpec(blocks, style(r))


@tpl("lebenslauf", "c", "train")
def cv_c(c, d, r):
    blocks = (
        [P("LEBENSLAUF", bold=True)]
        + [P(typos(f"{a}   {b}", r), after=2) for a, b in _cv_rows(c)]
        + [Space(10), P(c.applicant.full)]
    )
    return DocSpec(blocks, style(r, "mono"))


@tpl("lebenslauf", "d", "test")
def cv_d(c, d, r):
    blocks = [P(f"Lebenslauf von {c.applicant.full}", bold=True, size=13)]
    for a, b in _cv_rows(c):
        blocks.append(P(f"• {a}: {b}", indent=8, after=2))
    blocks.append(P(f"{c.city_or_nrw()}, im {month_year(d.date)}"))
    return DocSpec(blocks, style(r, "serif"))


# ============================ sprachnachweis ============================


@tpl("sprachnachweis", "a", "train")
def sprach_a(c, d, r):
    blocks = [
        P("Zertifikat", bold=True, size=20, align="center"),
        P("Deutsch-Test für Zuwanderer", size=14, align="center"),
        P(
            f"{c.applicant.full}, geboren am {fmt(c.applicant.geburtsdatum)} in {c.applicant.geburtsort}",
            align="center",
        ),
        P(
            "hat die Prüfung Deutsch-Test für Zuwanderer (DTZ) mit folgendem Ergebnis abgelegt:",
            align="center",
        ),
        Table(
            [
                ["Teil", "Ergebnis"],
                ["Hören/Lesen", "B1"],
                ["Schreiben", "B1"],
                ["Sprechen", r.choice(["A2", "B1"])],
            ],
            [0.5, 0.5],
        ),
        P(f"Gesamtergebnis: Niveau B1 – Prüfungsdatum: {fmt(d.date - timedelta(days=20))}"),
        P(f"Ausstellungsdatum: {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r))


@tpl("sprachnachweis", "b", "train")
def sprach_b(c, d, r):
    blocks = letterhead(
        r,
        [
            f"Volkshochschule {c.city_or_nrw()}",
            "Integrationskursträger",
            "Fachbereich Deutsch als Zweitsprache",
        ],
    ) + [
        P("Bestätigung über die Teilnahme am Integrationskurs", bold=True),
        P(
            f"{c.applicant.herr_frau()} hat vom {fmt(d.date - timedelta(days=300))} bis {fmt(d.date - timedelta(days=30))} am Integrationskurs (Allgemeiner Integrationskurs, 700 UE) teilgenommen "
            "und den Orientierungskurs erfolgreich abgeschlossen."
        ),
        initials_sig("Kursleitung", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("sprachnachweis", "c", "test")
def sprach_c(c, d, r):
    blocks = [
        P("Goethe-Zertifikat A2", bold=True, size=18),
        P("Start Deutsch 2 / Fit in Deutsch", size=10),
        Table(
            [
                ["Name", c.applicant.full],
                ["Geburtsdatum", fmt(c.applicant.geburtsdatum)],
                ["Prüfung am", fmt(d.date - timedelta(days=40))],
                ["Punkte", f"{r.randint(62, 95)} von 100"],
                ["Prädikat", "befriedigend"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"Ausgestellt am {fmt(d.date)}", align="right"),
    ]
    return DocSpec(blocks, style(r))


# ============================ arbeitsnachweis ============================


@tpl("arbeitsnachweis", "a", "train")
def arbeit_a(c, d, r):
    brutto = r.randint(1600, 2900)
    blocks = [
        P(c.employer, bold=True),
        P("Entgeltabrechnung", bold=True, size=13),
        P(f"Abrechnungsmonat: {month_year(d.date)}"),
        Table(
            [
                ["Lohnart", "Betrag"],
                ["Gehalt", f"{brutto},00 €"],
                ["Gesamt-Brutto", f"{brutto},00 €"],
                ["Steuer/SV", f"{round(brutto * 0.31)},00 €"],
                ["Netto", f"{round(brutto * 0.69)},00 €"],
            ],
            [0.6, 0.4],
        ),
        P(f"Arbeitnehmer: {c.applicant.full}, Eintritt: 01.{r.randint(1, 12):02d}.{c.entry.year + 2}"),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("arbeitsnachweis", "b", "train")
def arbeit_b(c, d, r):
    blocks = letterhead(r, [c.employer, c.city_or_nrw()]) + [
        P("Arbeitsvertrag (Auszug)", bold=True, size=13),
        P(
            f"Zwischen {c.employer} (Arbeitgeber) und {c.applicant.full} (Arbeitnehmer) wird folgender Arbeitsvertrag geschlossen:"
        ),
        P(f"§ 1 Beginn: Das Arbeitsverhältnis beginnt am {fmt(d.date)}.", after=2),
        P(f"§ 2 Tätigkeit: {c.job}", after=2),
        P("§ 3 Arbeitszeit: 39 Stunden wöchentlich", after=2),
        P(f"§ 4 Vergütung: {r.randint(13, 17)},{r.choice(['00', '50'])} € brutto je Stunde"),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("arbeitsnachweis", "c", "test")
def arbeit_c(c, d, r):
    blocks = letterhead(r, [c.employer]) + [
        P("Arbeitszeugnis", bold=True, size=13, align="center"),
        P(
            f"{c.applicant.herr_frau()}, geboren am {fmt(c.applicant.geburtsdatum)}, ist seit {c.entry.year + 2} in unserem Unternehmen als {c.job} beschäftigt. "
            "Die übertragenen Aufgaben erledigt er/sie stets zu unserer vollsten Zufriedenheit. Wir würden eine Weiterbeschäftigung sehr begrüßen."
        ),
        initials_sig("Geschäftsführung", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


# ============================ ehrenamt ============================


@tpl("ehrenamt", "a", "train")
def ehren_a(c, d, r):
    blocks = letterhead(r, [c.club, "Der Vorstand"]) + [
        P("Bestätigung über ehrenamtliche Tätigkeit", bold=True),
        P(
            f"Hiermit bestätigen wir, dass {c.applicant.herr_frau()} seit {month_year(c.entry + timedelta(days=500))} ehrenamtlich in unserem Verein mitarbeitet "
            f"({r.choice(['Essensausgabe', 'Trainerassistenz in der Jugendabteilung', 'Übersetzungen für Neuangekommene'])}), etwa {r.randint(3, 8)} Stunden pro Woche."
        ),
        initials_sig("Vorsitzende/r", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("ehrenamt", "b", "train")
def ehren_b(c, d, r):
    blocks = [
        P("Mitgliedsbescheinigung", bold=True, size=14),
        P(c.club),
        Table(
            [
                ["Mitglied", c.applicant.full],
                ["Mitglied seit", fmt(c.entry + timedelta(days=600))],
                ["Beitrag", "bezahlt"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"Ausgestellt: {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("ehrenamt", "c", "test")
def ehren_c(c, d, r):
    blocks = [
        P(c.club, bold=True, align="center"),
        P("Bescheinigung", bold=True, align="center"),
        P(
            f"{c.applicant.full} engagiert sich in unserer Gemeinde seit mehreren Jahren ehrenamtlich, u. a. beim Sommerfest und in der Kleiderkammer. "
            "Wir schätzen die zuverlässige Mitarbeit sehr."
        ),
        initials_sig("Pfarrer/in", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ unterstuetzerschreiben ============================


@tpl("unterstuetzerschreiben", "a", "train")
def unter_a(c, d, r):
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(who, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 40)}"),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("An die Härtefallkommission NRW"),
        P(f"Unterstützungsschreiben für {c.applicant.full}", bold=True),
        P(
            f"Ich kenne {c.applicant.full} seit {r.randint(2, 7)} Jahren als Nachbarn. {c.applicant.vorname} ist immer hilfsbereit und hat sich hier ein Leben aufgebaut. "
            "Ich unterstütze den Antrag auf ein Bleiberecht ausdrücklich und hoffe sehr, dass die Familie bleiben darf."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(who),
    ]
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "b", "train")
def unter_b(c, d, r):
    blocks = letterhead(r, [c.employer, c.city_or_nrw()]) + [
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Empfehlungsschreiben", bold=True),
        P(
            f"Als Arbeitgeber möchten wir den Härtefallantrag von {c.applicant.herr_frau()} unterstützen. Wir sind auf die Arbeitskraft dringend angewiesen "
            "und würden das Arbeitsverhältnis gern unbefristet fortsetzen."
        ),
        Signature("Geschäftsführer"),
    ]
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "c", "train")
def unter_c(c, d, r):
    blocks = [
        P("Liebe Mitglieder der Härtefallkommission,"),
        P(
            typos(
                f"wir sind Freunde von {c.applicant.vorname} und der ganzen Familie. Wir kennen sie seit dem Deutschkurs. "
                "Sie sind ein Teil von unserer Gemeinschaft. Bitte lassen Sie sie hier bleiben!",
                r,
                0.06,
            )
        ),
        Table(
            [["Name", "Unterschrift"]]
            + [
                [f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}", ""]
                for _ in range(r.randint(3, 6))
            ],
            [0.5, 0.5],
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "d", "test")
def unter_d(c, d, r):
    blocks = letterhead(r, [c.school, "Die Klassenleitung"]) + [
        P(f"{fmt_long(d.date)}", align="right"),
        P("Stellungnahme", bold=True),
        P(
            f"Als Lehrerin kenne ich die Familie {c.applicant.name} seit {r.randint(2, 5)} Jahren. Die Eltern kommen zu jedem Elternabend und unterstützen die Schule. "
            "Ich befürworte den Verbleib der Familie in Deutschland nachdrücklich."
        ),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ schulnachweis ============================


def _child(c: Case, d: DocPlan):
    return d.extra.get("child") or (c.school_age()[0] if c.school_age() else c.applicant)


@tpl("schulnachweis", "a", "train")
def schul_a(c, d, r):
    k = _child(c, d)
    blocks = letterhead(r, [c.school, c.city_or_nrw()]) + [
        P("Schulbescheinigung", bold=True, size=13),
        P(
            f"{k.full}, geb. {fmt(k.geburtsdatum)}, besucht im Schuljahr {d.date.year if d.date.month >= 8 else d.date.year - 1}/{(d.date.year if d.date.month >= 8 else d.date.year - 1) + 1 - 2000} die Klasse {max(1, k.age_on(d.date) - 5)}{r.choice('abc')} unserer Schule."
        ),
        initials_sig("Schulleitung", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "b", "train")
def schul_b(c, d, r):
    k = _child(c, d)
    blocks = [
        P("ZEUGNIS", bold=True, size=18, align="center"),
        P(f"{c.school}", align="center"),
        P(
            f"für {k.full}, geboren am {fmt(k.geburtsdatum)} – Schuljahr {d.date.year - 1}/{d.date.year} – 1. Halbjahr"
        ),
        Table(
            [
                ["Fach", "Note"],
                ["Deutsch", r.choice(["gut", "befriedigend"])],
                ["Mathematik", r.choice(["gut", "sehr gut", "ausreichend"])],
                ["Englisch", "gut"],
                ["Sport", "sehr gut"],
            ],
            [0.6, 0.4],
        ),
        P("Bemerkungen: Arbeitet im Unterricht engagiert mit."),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "c", "train")
def schul_c(c, d, r):
    k = _child(c, d)
    blocks = [
        P(
            f"Kindertageseinrichtung {r.choice(['Regenbogen', 'Pusteblume', 'St. Josef'])} {c.city_or_nrw()}",
            bold=True,
        ),
        P("Bescheinigung über den Besuch einer Kindertageseinrichtung", bold=True),
        P(
            f"Hiermit wird bestätigt, dass {k.full}, geb. {fmt(k.geburtsdatum)}, seit dem {fmt(d.date - timedelta(days=400))} unsere Einrichtung besucht."
        ),
        initials_sig("Leitung", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "d", "test")
def schul_d(c, d, r):
    k = _child(c, d)
    blocks = [
        Box([c.school, "Sekretariat"]),
        P("Bestätigung des Schulbesuchs", bold=True),
        Table(
            [
                ["Schüler/in", k.full],
                ["geboren", fmt(k.geburtsdatum)],
                ["Klasse", f"{max(1, k.age_on(d.date) - 5)}"],
                ["Fehlzeiten", f"{r.randint(0, 6)} Tage, entschuldigt"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


# ============================ auslaenderbehoerde ============================


def _abh_head(c: Case, r: random.Random) -> list:
    city = c.abh.split("–")[0].strip()
    return letterhead(
        r,
        [
            c.abh,
            "Der Oberbürgermeister" if city.startswith("Stadt") else "Der Landrat",
            f"{r.choice(N.STREETS)} {r.randint(1, 30)}",
            c.abh_plz,
        ],
    )


@tpl("auslaenderbehoerde", "duldung_a", "train")
def abh_duldung_a(c, d, r):
    a = c.applicant
    blocks = [
        P("Bescheinigung über die Aussetzung der Abschiebung (Duldung)", bold=True, size=12, align="center"),
        P("Dieses Dokument ist kein Aufenthaltstitel und kein Passersatz.", size=8.5, align="center"),
        Box(
            [
                f"Name: {a.name}",
                f"Vorname: {a.vorname}",
                f"Geburtsdatum: {fmt(a.geburtsdatum)}",
                f"Geburtsort: {a.geburtsort}",
                f"Staatsangehörigkeit: {a.staat}",
            ],
            bold_first=False,
        ),
        P(
            f"Die Abschiebung wird ausgesetzt bis zum {fmt(d.date + timedelta(days=r.choice([90, 91, 180, 182])))}."
        ),
        P(
            "Nebenbestimmungen: Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde. Wohnsitzauflage: "
            + c.city_or_nrw()
        ),
        P(f"Ausstellende Behörde: {c.abh}"),
        P(f"Datum: {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("auslaenderbehoerde", "ov_a", "train")
def abh_ov_a(c, d, r):
    a = c.applicant
    blocks = (
        _abh_head(c, r)
        + recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
        + [
            P(fmt(d.date), align="right"),
            P("Ordnungsverfügung", bold=True, size=13),
            P("Aufforderung zur Ausreise und Androhung der Abschiebung", bold=True),
            P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
            P(
                f"Sie sind vollziehbar ausreisepflichtig. Ich fordere Sie auf, die Bundesrepublik Deutschland bis zum {fmt(d.date + timedelta(days=30))} zu verlassen. "
                "Für den Fall, dass Sie der Ausreisepflicht nicht fristgerecht nachkommen, wird Ihnen die Abschiebung angedroht."
            ),
        ]
    )
    if c.asylum:
        blocks.append(
            P(
                f"Ihr Asylantrag wurde durch das Bundesamt für Migration und Flüchtlinge mit Bescheid vom {fmt(c.bamf_date)} abgelehnt; "
                "die Entscheidung ist bestandskräftig."
            )
        )
    if c.rueckfuehrung:
        blocks.append(
            P(
                f"Die Abschiebung wird am {fmt(c.rueckfuehrung)} durchgeführt. Bitte halten Sie sich ab 4:00 Uhr bereit."
            )
        )
    blocks += [
        P(
            "Rechtsbehelfsbelehrung: Gegen diese Ordnungsverfügung kann innerhalb eines Monats Klage beim Verwaltungsgericht erhoben werden."
        ),
        P("Im Auftrag"),
        Signature("Sachbearbeitung Ausländerangelegenheiten"),
    ]
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}")


@tpl("auslaenderbehoerde", "anh_a", "train")
def abh_anh_a(c, d, r):
    a = c.applicant
    blocks = (
        _abh_head(c, r)
        + recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
        + [
            P(f"Datum: {fmt(d.date)}", align="right"),
            P("Anhörung vor Erlass einer Ausweisungsverfügung / Passbeschaffung", bold=True),
            P(
                f"Sie werden aufgefordert, bis zum {fmt(d.date + timedelta(days=21))} bei der Ausländerbehörde vorzusprechen und Ihren Nationalpass vorzulegen. "
                "Sie sind verpflichtet, an der Beschaffung eines Passes mitzuwirken (§ 48 AufenthG)."
            ),
        ]
    )
    if c.asylum:
        blocks.append(
            P(
                "Nach Mitteilung des Bundesamtes für Migration und Flüchtlinge ist Ihr Asylverfahren unanfechtbar abgeschlossen."
            )
        )
    blocks.append(Signature("Im Auftrag"))
    return DocSpec(blocks, style(r))


@tpl("auslaenderbehoerde", "duldung_b", "test")
def abh_duldung_b(c, d, r):
    a = c.applicant
    blocks = [
        Box([f"{c.abh}", "Duldung – Aussetzung der Abschiebung gemäß § 60a AufenthG"]),
        Table(
            [
                ["Familienname", a.name],
                ["Vorname(n)", a.vorname],
                ["geboren am / in", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["gültig bis", fmt(d.date + timedelta(days=r.choice([60, 92, 183])))],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "Die Inhaberin/der Inhaber ist vollziehbar ausreisepflichtig. Die Duldung erlischt mit der Ausreise."
        ),
        P(
            "Auflagen: Wohnsitznahme in " + c.city_or_nrw() + ". Beschäftigung nicht gestattet."
            if not c.ausbildung
            else "Auflagen: Ausbildungsduldung nach § 60c AufenthG – Ausbildung gestattet."
        ),
        P(f"Verlängert am {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("auslaenderbehoerde", "bamf_mention_b", "test")
def abh_letter_b(c, d, r):
    # an Ausländerbehörde letter that names the BAMF: hard case (asylum cases only) or a Grenzübertrittsbescheinigung
    a = c.applicant
    blocks = (
        _abh_head(c, r)
        + recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
        + [P(fmt_long(d.date), align="right")]
    )
    if c.asylum:
        blocks += [
            P("Aufenthaltsrechtliche Angelegenheit – Ihre Ausreisepflicht", bold=True),
            P(
                f"das Bundesamt für Migration und Flüchtlinge hat Ihren Asylantrag mit Bescheid vom {fmt(c.bamf_date)} (Gesch.-Z. {c.bamf_gz}) abgelehnt. "
                "Die Ausländerbehörde ist an diese Entscheidung gebunden (§ 42 AsylG)."
            ),
        ]
    else:
        blocks += [
            P("Grenzübertrittsbescheinigung", bold=True),
            P("Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis wurde abgelehnt."),
        ]
    blocks += [
        P(
            f"Sie sind verpflichtet, bis zum {fmt(d.date + timedelta(days=14))} auszureisen. Die Grenzübertrittsbescheinigung ist bei der Ausreise abzugeben."
        ),
        P("Mit freundlichen Grüßen"),
        P("Der Oberbürgermeister – Im Auftrag"),
    ]
    return DocSpec(blocks, style(r))


# ============================ gerichtsentscheidung ============================


def _court(c: Case, d: DocPlan, r: random.Random, variant: int) -> DocSpec:
    a = c.applicant
    kind = "Beschluss" if (variant == 1 or not c.asylum) else "Urteil"
    blocks = [P(c.court_name, bold=True, size=13, align="center"), P(f"Az.: {c.court_az}", align="right")]
    if kind == "Urteil":
        blocks.append(P("IM NAMEN DES VOLKES", bold=True, align="center"))
    blocks.append(P(kind.upper(), bold=True, size=13, align="center"))
    gegner = (
        "die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge"
        if c.asylum
        else f"das Land NRW, vertreten durch {c.abh}"
    )
    blocks.append(
        P(
            f"In dem verwaltungsgerichtlichen Verfahren des {a.full}, {c.adresse}, Kläger/Antragsteller, gegen {gegner}, Beklagte/Antragsgegnerin,"
        )
    )
    blocks.append(
        P(
            f"hat die {r.randint(2, 24)}. Kammer am {fmt(d.date)} durch den Einzelrichter für Recht erkannt:"
            if kind == "Urteil"
            else f"hat die Kammer am {fmt(d.date)} beschlossen:"
        )
    )
    blocks.append(P("Tenor", bold=True) if variant == 0 else Space(2))
    blocks.append(
        P(
            "Die Klage wird abgewiesen. Der Kläger trägt die Kosten des Verfahrens."
            if kind == "Urteil"
            else "Der Antrag wird abgelehnt. Der Antragsteller trägt die Kosten."
        )
    )
    if kind == "Urteil":
        blocks.append(P("Tatbestand", bold=True))
        blocks.append(
            P(
                f"Der Kläger ist {a.staat}er Staatsangehöriger. Mit Bescheid vom {fmt(c.bamf_date)} lehnte das Bundesamt den Asylantrag ab. "
                f"In dem Bescheid heißt es: „Die Flüchtlingseigenschaft wird nicht zuerkannt. Der subsidiäre Schutzstatus wird nicht zuerkannt.“"
            )
        )
    blocks.append(P("Gründe" if kind == "Beschluss" else "Entscheidungsgründe", bold=True))
    for _ in range(r.randint(2, 4)):
        blocks.append(
            P(
                r.choice(
                    [
                        "Die zulässige Klage ist unbegründet. Der angefochtene Bescheid ist rechtmäßig und verletzt den Kläger nicht in seinen Rechten (§ 113 Abs. 1 Satz 1 VwGO).",
                        "Das Gericht folgt den Feststellungen und der Begründung des angefochtenen Verwaltungsakts und sieht von einer weiteren Darstellung ab (§ 77 Abs. 3 AsylG)."
                        if c.asylum
                        else "Das öffentliche Vollzugsinteresse überwiegt das private Aussetzungsinteresse.",
                        "Eine individuelle Gefährdung ist nicht glaubhaft gemacht. Das Vorbringen bleibt vage und detailarm.",
                        "Der Beschluss ist unanfechtbar."
                        if kind == "Beschluss"
                        else "Die Kostenentscheidung beruht auf § 154 Abs. 1 VwGO.",
                    ]
                )
            )
        )
    blocks.append(P(r.choice(["Dr. Hoffmann", "Brandt", "Lehmann", "Winkler"]), align="right"))
    return DocSpec(blocks, style(r, "serif"), footer="- {p} -")


@tpl("gerichtsentscheidung", "a", "train")
def court_a(c, d, r):
    return _court(c, d, r, 0)


@tpl("gerichtsentscheidung", "b", "train")
def court_b(c, d, r):
    return _court(c, d, r, 1)


@tpl("gerichtsentscheidung", "c", "test")
def court_c(c, d, r):
    return _court(c, d, r, 2)


# ============================ strafrecht ============================


@tpl("strafrecht", "a", "train")
def straf_a(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True),
        P(
            f"Az.: {r.randint(10, 99)} Cs {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
            align="right",
        ),
        P("Strafbefehl", bold=True, size=14, align="center"),
        P(
            f"In der Strafsache gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, wohnhaft {c.adresse}."
        ),
        P(
            f"Die Staatsanwaltschaft beschuldigt Sie, sich wegen {off} strafbar gemacht zu haben. Auf Antrag der Staatsanwaltschaft wird gegen Sie eine Geldstrafe von {sentence} festgesetzt."
        ),
        P(
            "Dieser Strafbefehl wird rechtskräftig, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung Einspruch einlegen."
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P("Richter/in am Amtsgericht"),
    ]
    return DocSpec(blocks, style(r))


@tpl("strafrecht", "b", "train")
def straf_b(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P("Bundesamt für Justiz – Bundeszentralregister", bold=True),
        P("Führungszeugnis", bold=True, size=14),
        Table(
            [
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            f"Inhalt: 1. Datum der (ersten) Entscheidung: {fmt(c.criminal_date)} – Amtsgericht {c.court_city}. Tatbezeichnung: {off}. Geldstrafe: {sentence}."
        ),
        P(f"Bonn, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("strafrecht", "c", "test")
def straf_c(c, d, r):
    a = c.applicant
    off, _ = c.offence
    blocks = [
        P(f"Staatsanwaltschaft {c.court_city}", bold=True),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P("Ermittlungsverfahren – Mitteilung", bold=True),
        P(
            f"In dem Ermittlungsverfahren gegen {a.full} wegen {off} wird Ihnen mitgeteilt, dass das Verfahren nach § 153a StPO gegen Zahlung einer Geldauflage vorläufig eingestellt wurde."
        ),
        P("Im Auftrag"),
        P("Oberamtsanwalt"),
    ]
    return DocSpec(blocks, style(r))


# ============================ identitaetsnachweis ============================


def _mrz(c: Case) -> tuple[str, str]:
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
    }[c.nat]

    def clean(s: str) -> str:
        s = s.upper().replace(" ", "<").replace("-", "<")
        return "".join(ch for ch in s if ch.isascii() and (ch.isalpha() or ch == "<"))

    l1 = f"P<{code}{clean(a.name)}<<{clean(a.vorname)}".ljust(44, "<")[:44]
    l2 = f"N{zlib.crc32(a.full.encode()) % 10**8:08d}<0{code}{a.geburtsdatum.strftime('%y%m%d')}0{'M' if a.sex == 'm' else 'F'}3001010<<<<<<<<<<<<<<00"[
        :44
    ]
    return l1, l2


@tpl("identitaetsnachweis", "a", "train")
def id_a(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P(f"REISEPASS / PASSPORT – {c.natinfo['land'].upper()}", bold=True),
        Box(
            [
                f"Name / Surname: {a.name.upper()}",
                f"Vorname / Given names: {a.vorname.upper()}",
                f"Geburtsdatum / Date of birth: {fmt(a.geburtsdatum)}",
                f"Geburtsort / Place of birth: {a.geburtsort.upper()}",
                f"Ausstellungsdatum / Date of issue: {fmt(d.date)}",
                f"Gültig bis / Date of expiry: {fmt(d.date + timedelta(days=3652))}",
            ],
            bold_first=False,
        ),
        Space(20),
        P(l1, font="mono", size=11, after=0),
        P(l2, font="mono", size=11),
    ]
    return DocSpec(blocks, style(r))


@tpl("identitaetsnachweis", "b", "train")
def id_b(c, d, r):
    a = c.applicant
    blocks = [
        P("Übersetzung aus dem Arabischen / Englischen", size=9, font="italic"),
        P("Geburtsurkunde", bold=True, size=14, align="center"),
        Table(
            [
                ["Name des Kindes", a.full],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Vater", f"{r.choice(c.natinfo['m'])} {a.name}"],
                ["Mutter", f"{r.choice(c.natinfo['f'])} {r.choice(c.natinfo['nach'])}"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"Die Richtigkeit der Übersetzung wird bestätigt. {c.city_or_nrw()}, {fmt(d.date)}"),
        P("Öffentlich bestellte und beeidigte Übersetzerin", size=9),
    ]
    return DocSpec(blocks, style(r))


@tpl("identitaetsnachweis", "c", "test")
def id_c(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("Kopie Nationalpass (Datenseite)", size=9),
        Box(
            [
                f"{c.natinfo['land']} – Passport No. {zlib.crc32(a.name.encode()) % 10**7:07d}",
                f"{a.name} / {a.vorname}",
                f"{a.geburtsdatum.strftime('%d %b %Y').upper()}   {a.geburtsort}",
                f"Issued {d.date.strftime('%d %b %Y').upper()}",
            ]
        ),
        P(l1, font="mono", after=0),
        P(l2, font="mono"),
    ]
    return DocSpec(blocks, style(r))


# ============================ sonstiges ============================


@tpl("sonstiges", "anhoerung_a", "train")
def sonst_anh_a(c, d, r):
    # BAMF hearing protocol: not a decision; only in asylum cases
    a = c.applicant
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True),
        P(f"Gesch.-Z.: {c.bamf_gz}", align="right"),
        P("Niederschrift über die Anhörung gemäß § 25 AsylG", bold=True, size=13),
        P(
            f"Antragsteller: {a.full}, geb. {fmt(a.geburtsdatum)}, Staatsangehörigkeit: {a.staat}. Ort und Datum der Anhörung: {c.bamf_site[2]}, {fmt(d.date)}"
        ),
        P(
            "Anwesend: Anhörer/in, Dolmetscher/in für die Sprache "
            + r.choice(["Arabisch", "Dari", "Kurmandschi", "Englisch", "Russisch"])
        ),
    ]
    qa = [
        ("Frage: Verstehen Sie den Dolmetscher?", "Antwort: Ja."),
        (
            "Frage: Wann haben Sie Ihr Heimatland verlassen?",
            f"Antwort: Im {month_year(c.entry - timedelta(days=60))}.",
        ),
        (
            "Frage: Warum haben Sie Ihr Land verlassen?",
            "Antwort: Ich hatte Angst um mein Leben. Man hat mich bedroht.",
        ),
        ("Frage: Haben Sie noch Angehörige im Heimatland?", "Antwort: Meine Mutter und zwei Schwestern."),
    ]
    for q, ans in qa:
        blocks += [P(q, bold=True, after=1), P(ans)]
    blocks.append(P("Die Niederschrift wurde rückübersetzt. Der Antragsteller hat keine Korrekturen."))
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}")


@tpl("sonstiges", "melde_a", "train")
def sonst_melde_a(c, d, r):
    blocks = [
        P(f"Stadt {c.city_or_nrw()} – Bürgerbüro", bold=True),
        P("Meldebescheinigung (einfach)", bold=True, size=13),
        Table(
            [
                ["Familienname", c.applicant.name],
                ["Vornamen", c.applicant.vorname],
                ["Geburtsdatum", fmt(c.applicant.geburtsdatum)],
                ["Anschrift", c.adresse],
                ["eingezogen am", fmt(c.entry + timedelta(days=200))],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"Ausgestellt am {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "miete_a", "train")
def sonst_miete_a(c, d, r):
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P("Mietbescheinigung / Wohnungsgeberbestätigung", bold=True, size=12),
        P(
            f"Hiermit bestätige ich, {who}, dass {c.applicant.full} seit dem {fmt(c.entry + timedelta(days=300))} die Wohnung {c.adresse} ({r.randint(45, 90)} m²) bewohnt. "
            f"Die Miete beträgt {r.randint(420, 890)},00 € warm und wird pünktlich gezahlt."
        ),
        initials_sig(who, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "anhoerung_b", "test")
def sonst_anh_b(c, d, r):
    a = c.applicant
    blocks = [
        Box(["Bundesamt für Migration und Flüchtlinge", f"{c.bamf_site[0]}", f"Az.: {c.bamf_gz}"]),
        P("Anhörungsniederschrift", bold=True, size=13),
        P(f"Anhörung von {a.full} am {fmt(d.date)}. Beginn 09:10 Uhr, Ende 12:45 Uhr."),
        P(
            "Der Antragsteller wurde darauf hingewiesen, dass er verpflichtet ist, alle Tatsachen vorzutragen, die seine Furcht vor Verfolgung begründen."
        ),
        P("F: Schildern Sie bitte die Gründe für Ihren Asylantrag.", bold=True, after=1),
        P("A: In meinem Dorf gab es Kämpfe. Mein Bruder wurde verhaftet."),
        P("F: Gibt es weitere Gründe?", bold=True, after=1),
        P("A: Nein, das war alles."),
    ]
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}")


@tpl("sonstiges", "begleit_b", "test")
def sonst_begleit_b(c, d, r):
    blocks = [
        P(c.applicant.full, after=0),
        P(c.adresse),
        P(f"{fmt(d.date)}", align="right"),
        P("Nachreichung von Unterlagen", bold=True),
        P(
            "Sehr geehrte Damen und Herren, anbei übersende ich weitere Unterlagen zu meinem Verfahren. Bitte nehmen Sie diese zur Akte."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, style(r))


@tpl("aerztliches_gutachten", "f", "test")
def med_f(c, d, r):
    # the other short doctor's letter (test split): a note on a prescription-style pad
    code, name, _ = c.diagnosis
    blocks = [
        P(c.practice, bold=True, size=10, after=0),
        P(f"{c.court_city_plz()} · Sprechstunde nach Vereinbarung", size=8),
        Rule(),
        P(f"Ärztliche Bescheinigung vom {fmt(d.date)}", bold=True),
        P(
            f"Hiermit bescheinige ich, dass {_patient(c)} an {name} (ICD-10 {code}) erkrankt ist und dauerhaft behandelt wird."
        ),
        P("Eine Abschiebung wäre aus ärztlicher Sicht nicht zu verantworten."),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, style(r, "cond"))
