"""Shared building blocks of the document templates and their registry.

A template is a function (case, plan, rng) -> DocSpec, registered with the split that may use it.
The templates themselves live in `templates_train.py` and `templates_test.py`: the test templates
(whole wordings and layouts) are never used for `train`, so a score on `test` measures
generalisation, and whoever tunes the classifier reads only this file and the train file.
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
        name = f"{cls}_{tid}"
        if any(t[0] == name for t in TEMPLATES.get(cls, [])):
            # Templates are looked up by name: a second one of the same name would silently render
            # the other split's layout (a test layout leaking into train, or the reverse).
            raise ValueError(f"template {name} is registered twice; give the new one another letter")
        TEMPLATES.setdefault(cls, []).append((name, split, fn))
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


def _persons_block(c: Case, r: random.Random, mode: str | Callable[[Case], list]) -> list:
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
    else:  # a template's own format, e.g. the test split's running text (held out: not in this file)
        out += mode(c)
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
    persons_mode: str | Callable[[Case], list],
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


# ============================ vollmacht ============================


def _rep_name(c: Case) -> str:
    rp = c.rep
    return rp.org if rp.kind != "privat" else rp.person


# ============================ schweigepflichtsentbindung ============================


# ============================ datenschutzeinwilligung ============================


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


# ============================ sprachnachweis ============================


# ============================ arbeitsnachweis ============================


# ============================ ehrenamt ============================


# ============================ unterstuetzerschreiben ============================


# ============================ schulnachweis ============================


def _child(c: Case, d: DocPlan):
    return d.extra.get("child") or (c.school_age()[0] if c.school_age() else c.applicant)


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


# ============================ strafrecht ============================


# ============================ identitaetsnachweis ============================


# ICAO codes of the nationalities the corpus uses (the machine-readable zone of a passport)
MRZ_CODES = {
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
}


def _mrz(c: Case) -> tuple[str, str]:
    a = c.applicant
    code = MRZ_CODES[c.nat]

    def clean(s: str) -> str:
        s = s.upper().replace(" ", "<").replace("-", "<")
        return "".join(ch for ch in s if ch.isascii() and (ch.isalpha() or ch == "<"))

    l1 = f"P<{code}{clean(a.name)}<<{clean(a.vorname)}".ljust(44, "<")[:44]
    l2 = f"N{zlib.crc32(a.full.encode()) % 10**8:08d}<0{code}{a.geburtsdatum.strftime('%y%m%d')}0{'M' if a.sex == 'm' else 'F'}3001010<<<<<<<<<<<<<<00"[
        :44
    ]
    return l1, l2


# ============================ sonstiges ============================
