"""Templates of the `blind6` split: held back from everyone who tunes the classifier, and run a single time."""

from __future__ import annotations

import random
import zlib
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case, DocPlan
from hfk.corpus.templates import _child, _patient, fmt, fmt_en, fmt_long, month_year, tpl, typos

FEMALE_DE = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}
TOPIC_ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


# ------------------------------------------------------------------ small helpers


def _st(r: random.Random, family: str | None = None, size: float | None = None) -> Style:
    return Style(
        family=family or r.choice(["serif", "sans", "cond", "serif"]),
        size=size or r.choice([10.0, 10.5, 11.0]),
        margin_left=r.uniform(62, 85),
        margin_right=r.uniform(48, 66),
        margin_top=r.uniform(40, 60),
    )


def _short(d) -> str:
    """A two-digit year date ("14.03.25"), as many offices type it."""
    return d.strftime("%d.%m.%y")


def _nozero(d) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def _us(d) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde the way a letter writer names it ("Ausländeramt der Stadt Köln")."""
    if " – " not in abh:
        return abh
    body, office = abh.split(" – ", 1)
    kind, _, place = body.partition(" ")
    if kind == "Kreis":
        return f"{office} des Kreises {place}"
    return f"{office} der {body}"


def _lawyer(person: str) -> str:
    return "Rechtsanwältin" if person.split()[0] in FEMALE_DE else "Rechtsanwalt"


def _rel(p, c: Case) -> str:
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehemann" if p.sex == "m" else "Ehefrau"
    return "Sohn" if p.sex == "m" else "Tochter"


def _rel_en(p) -> str:
    if p.role == "applicant":
        return "applicant"
    if p.role == "spouse":
        return "husband" if p.sex == "m" else "wife"
    return "son" if p.sex == "m" else "daughter"


def _has(c: Case, i: int, f: str) -> bool:
    return c.omitted.get(i) != f


def _anrede(p) -> str:
    return ("Herr " if p.sex == "m" else "Frau ") + p.name


def _er(p) -> str:
    return "er" if p.sex == "m" else "sie"


def _sein(p) -> str:
    return "sein" if p.sex == "m" else "ihr"


def _rep_label(c: Case) -> str:
    return c.rep.org if c.rep.kind != "privat" else c.rep.person


def _rep_place(c: Case) -> str:
    return c.rep.city.split(" ", 1)[1]


def _hfk_lines(r: random.Random) -> list[str]:
    return r.choice(
        [
            [
                "Land Nordrhein-Westfalen",
                "Härtefallkommission (Geschäftsstelle im MKJFGFI)",
                "Völklinger Straße 4",
                "40219 Düsseldorf",
            ],
            [
                "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration",
                "des Landes Nordrhein-Westfalen",
                "z. Hd. der HFK-Geschäftsstelle",
                "Völklinger Str. 4 | 40219 Düsseldorf",
            ],
            [
                "Härtefallkommission beim Land NRW",
                "Geschäftsstelle, Postfach-Eingang",
                "Völklinger Str. 4",
                "40219 Düsseldorf",
                "per Fax und mit der Post",
            ],
        ]
    )


def _date_word(d, r: random.Random) -> str:
    return r.choice([fmt_long(d), _short(d), fmt(d)])


# countries that take an article in German ("aus dem Irak", "in die Türkei")
_ARTICLE = {"Türkei": "f", "Irak": "m", "Iran": "m", "Russische Föderation": "f", "Kosovo": "m"}


def _aus(land: str) -> str:
    g = _ARTICLE.get(land)
    if g == "f":
        return "aus der " + land.replace("Russische", "Russischen")
    return f"aus dem {land}" if g else f"aus {land}"


def _in(land: str) -> str:
    g = _ARTICLE.get(land)
    if g == "f":
        return "in der " + land.replace("Russische", "Russischen")
    return f"im {land}" if g else f"in {land}"


def _acc(land: str) -> str:
    g = _ARTICLE.get(land)
    return ("die " if g == "f" else "den " if g else "") + land


def _cap(x: str) -> str:
    return x[:1].upper() + x[1:]


def _nach(land: str) -> str:
    g = _ARTICLE.get(land)
    return f"in {_acc(land)}" if g else f"nach {land}"


# ------------------------------------------------------------------ the Begründung, in this split's words


def _begruendung(c: Case, r: random.Random, voice: str) -> dict[str, list[str]]:
    """The Begründung as a dict topic -> sentences. voice: "3" (a representative about the family), "1" (the applicant),
    "kin" (a relative about the applicant). A trigger appears only if the case sets it."""
    a = c.applicant
    nat = c.natinfo
    first = voice == "1"
    who = "ich" if first else _er(a)
    Who = who.capitalize()
    name = "Ich" if first else (_anrede(a) if voice == "3" else a.vorname)
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    born_at = f" in {a.geburtsort}" if _has(c, 0, "geburtsort") else ""

    # --- life story
    L = t["lebensgeschichte"]
    if first:
        L.append(
            f"Ich bin{born_at} {_in(nat['land'])} aufgewachsen. "
            f"{r.choice(['Mein Vater war Lehrer, meine Mutter hat zu Hause gearbeitet.', 'Wir waren sechs Kinder, das Geld hat nie gereicht.', 'Nach der Schule musste ich früh Geld verdienen.'])}"
        )
    else:
        L.append(
            f"{name} stammt {_aus(nat['land'])}{' und ist' + born_at + ' aufgewachsen' if born_at else ''}. "
            f"{r.choice(['Die Schule verließ ' + who + ' früh, um Geld für die Familie zu verdienen.', 'Die Familie lebte von einer kleinen Landwirtschaft.', Who + ' erlernte keinen Beruf, sondern half im Geschäft eines Onkels aus.'])}"
        )
    left = c.entry - timedelta(days=r.randint(40, 200))
    if c.einreiseverbot:
        L.append(
            f"{'Ich war' if first else Who + ' war'} im Jahr {c.entry.year - 2} schon einmal in Deutschland und "
            f"{'wurde' if first else 'wurde'} damals abgeschoben. Obwohl die Wiedereinreisesperre (§ 11 AufenthG) noch "
            f"nicht abgelaufen war, {'kam ich' if first else 'kam ' + who} am {fmt(c.entry)} zurück, weil {'ich' if first else who} in der Heimat nicht überleben konnte."
        )
    else:
        L.append(
            f"Im {month_year(left)} {'verließ ich' if first else 'verließ ' + who} die Heimat; "
            f"{'ich erreichte' if first else who + ' erreichte'} Deutschland am {r.choice([fmt(c.entry), fmt_long(c.entry)])}"
            + (" – mit der ganzen Familie." if len(c.persons) > 1 else ".")
        )

    # --- residence status
    S = t["aufenthaltssituation"]
    if c.asylum:
        S.append(
            f"Über {'meinen' if first else 'den'} am {fmt(c.asylum_applied)} gestellten Asylantrag entschied das Bundesamt für Migration "
            f"und Flüchtlinge am {fmt(c.bamf_date)} ablehnend (Gesch.-Z. {c.bamf_gz})."
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Darüber ist noch nicht rechtskräftig entschieden: die Klage liegt beim {c.court_name} (Az. {c.court_az})."
                )
            else:
                S.append(
                    f"Das {c.court_name} bestätigte die Ablehnung mit Urteil vom {fmt(c.court_date)} (Az. {c.court_az})."
                )
    else:
        S.append(
            f"{'Meine' if first else _sein(a).capitalize() + 'e'} Einreise erfolgte mit einem Visum, das zum Zweck {c.visa_purpose} erteilt worden war. "
            f"Einen Antrag auf weitere Erteilung der Aufenthaltserlaubnis hat die Behörde später zurückgewiesen."
        )
        if c.court:
            if c.court_pending:
                S.append(f"Dagegen läuft noch ein Verfahren beim {c.court_name} ({c.court_az}).")
            else:
                S.append(
                    f"Das {c.court_name} hat den Eilantrag mit Beschluss vom {fmt(c.court_date)} zurückgewiesen ({c.court_az})."
                )
    if c.gestattung:
        S.append(
            f"Weil das Verfahren noch offen ist, {'habe ich' if first else 'hat ' + who} zurzeit eine Aufenthaltsgestattung."
        )
    else:
        S.append(
            f"{'Ich bekomme' if first else Who + ' bekommt'} nur Duldungen, jeweils für wenige Monate; "
            f"{'ich bin' if first else who + ' ist'} ausreisepflichtig."
        )
    S.append(
        r.choice(
            [
                f"Die Ausländerakte liegt bei der Behörde: {c.abh}.",
                f"Aktenführend ist das {_abh_of(c.abh)}"
                if _abh_of(c.abh).startswith(
                    ("Ausländeramt", "Amt", "Ressort", "Ausländerbüro", "Migrationsamt")
                )
                else f"Aktenführend ist die {_abh_of(c.abh)}",
            ]
        ).rstrip(".")
        + "."
    )
    if c.s58a:
        S.append(
            f"Erschwerend kommt hinzu, dass gegen {'mich' if first else ('ihn' if a.sex == 'm' else 'sie')} eine Anordnung nach § 58a AufenthG (Abschiebung zur Gefahrenabwehr) erlassen wurde."
        )
    if c.rueckfuehrung:
        S.append(
            f"Es drängt: Die Abschiebung soll am {r.choice([fmt(c.rueckfuehrung), fmt_long(c.rueckfuehrung)])} stattfinden, "
            f"so hat es die Ausländerbehörde {'mir' if first else 'der Familie'} schriftlich mitgeteilt."
        )
    if c.criminal:
        off, sentence = c.offence
        S.append(
            f"{'Offen sage ich auch' if first else 'Der Vollständigkeit halber sei erwähnt'}, dass das Amtsgericht {c.court_city} "
            f"am {fmt(c.criminal_date)} per Strafbefehl wegen {off} eine Geldstrafe von {sentence} verhängt hat. Sie ist vollständig beglichen."
        )

    # --- family
    F = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        s = sp[0]
        F.append(
            f"{'Ich bin' if first else Who + ' ist'} mit {s.vorname} {s.name} verheiratet; "
            f"{'wir wohnen' if first else 'das Paar wohnt'} zusammen in einer Wohnung."
        )
    if kids:
        if len(kids) == 1:
            k = kids[0]
            F.append(
                f"{'Unser' if first else 'Das'} Kind {k.vorname} ist {k.age_on(c.received)} Jahre alt und fühlt sich im Deutschen längst mehr zu Hause als in der Familiensprache."
            )
        else:
            F.append(
                f"{'Unsere' if first else 'Die'} Kinder {', '.join(k.vorname for k in kids[:-1])} und {kids[-1].vorname} "
                f"kennen {_acc(nat['land'])} nur aus Erzählungen."
            )
    if not sp and not kids:
        F.append(
            f"{'Ich bin nicht verheiratet und habe' if first else Who + ' ist nicht verheiratet und hat'} keine Kinder."
        )
    F.append(
        f"{_cap(_in(nat['land']))} {r.choice(['lebt nur noch eine kranke Großmutter', 'gibt es keine nahen Verwandten mehr', 'lebt ein Bruder, der selbst kaum genug zum Leben hat'])}; "
        f"hier in Deutschland {r.choice(['wohnt eine Tante mit deutschem Pass in derselben Stadt', 'lebt die Schwester mit ihrem Mann und drei Kindern', 'sind Cousins mit einer Niederlassungserlaubnis'])}."
    )

    # --- integration
    G = t["integration"]
    G.append(
        f"{'Ich habe' if first else Who + ' hat'} Deutsch gelernt und {'spreche' if first else 'spricht'} heute {r.choice(['auf B1-Niveau', 'fließend', 'gut verständlich'])}."
    )
    if c.ausbildung:
        G.append(
            f"Seit August {c.received.year - 1} {'mache ich' if first else 'macht ' + who} bei {c.employer} eine Berufsausbildung; "
            "die Voraussetzungen einer Ausbildungsduldung (§ 60c AufenthG) dürften vorliegen."
        )
    else:
        G.append(
            f"{'Ich arbeite' if first else Who + ' arbeitet'} als {c.job} bei {c.employer} und {'brauche' if first else 'braucht'} keine Sozialleistungen."
        )
    G.append(
        f"{'In meiner Freizeit engagiere ich mich' if first else 'In der Freizeit engagiert ' + who + ' sich'} ehrenamtlich bei „{c.club}“."
    )
    pupils = c.school_age()
    if len(pupils) == 1:
        G.append(f"{pupils[0].vorname} besucht die {c.school} und ist dort gut angekommen.")
    elif pupils:
        G.append(
            f"{', '.join(k.vorname for k in pupils[:-1])} und {pupils[-1].vorname} besuchen die {c.school}; die Lehrkräfte berichten nur Gutes."
        )

    # --- humanitarian reasons
    H = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, diag, _ = c.diagnosis
        if first and c.ill_person == 0:
            H.append(
                f"Ich bin krank: {diag} ({code}). Ohne die Behandlung bei {c.doctor} geht es mir sehr schlecht."
            )
        else:
            H.append(
                f"{p.vorname} {p.name} ist schwer krank (Diagnose: {diag}, {code}) und wird von {c.doctor} behandelt; "
                "ein Abbruch der Behandlung hätte schwere Folgen."
            )
        H.append(f"{_cap(_in(nat['land']))} wäre eine solche Behandlung nicht bezahlbar.")
    H.append(
        f"{'Ich habe' if first else Who + ' hat'} {_in(nat['land'])} keine Wohnung, keine Arbeit und niemanden, der {'mir' if first else ('ihm' if a.sex == 'm' else 'ihr')} hilft; "
        f"{'mein' if first else _sein(a)} Leben findet seit Jahren hier statt."
    )
    return t


# ------------------------------------------------------------------ person renderers


def _persons_family_table(c: Case) -> list:
    """Persons as a grid: surname and first name apart, birth date and place in one cell, the role last."""
    rows = [["Familienname", "Vorname", "Geburt (Datum, Ort)", "Staatsangehörigkeit", "Stellung"]]
    for i, p in enumerate(c.persons):
        born = [fmt(p.geburtsdatum)] if _has(c, i, "geburtsdatum") else []
        born += [p.geburtsort] if _has(c, i, "geburtsort") else []
        rows.append(
            [
                p.name,
                p.vorname,
                ", ".join(born),
                p.staat if _has(c, i, "staatsangehoerigkeit") else "",
                _rel(p, c),
            ]
        )
    return [Table(rows, [0.2, 0.17, 0.27, 0.19, 0.17], size=9)]


def _persons_sentences(c: Case, first: bool = False) -> list:
    """The persons in running text: the applicant and spouse in sentences, the children in one more."""
    a = c.applicant
    out = []
    dob, place = _has(c, 0, "geburtsdatum"), _has(c, 0, "geburtsort")
    born = ""
    if dob:
        born = f" (geb. {_nozero(a.geburtsdatum)}" + (f" in {a.geburtsort})" if place else ")")
    elif place:
        born = f" (geb. in {a.geburtsort})"
    nat = f"{a.staat}{'er' if a.sex == 'm' else 'e'} Staatsangehörige{'r' if a.sex == 'm' else ''}"
    if first:
        s = f"Ich heiße {a.vorname} {a.name}{born}"
        s += f" und bin {nat}." if _has(c, 0, "staatsangehoerigkeit") else "."
        s += f" Meine Adresse: {c.street}, {c.plz} {c.city}."
    else:
        s = f"Betroffen ist {a.vorname} {a.name}{born}"
        if _has(c, 0, "staatsangehoerigkeit"):
            s += f"; {_er(a)} ist {nat}"
        s += f". {_cap(_sein(a))}e Wohnung liegt in der {c.street}, {c.plz} {c.city}."
    out.append(P(s))

    def about(i: int, p) -> str:
        bits = [p.staat] if _has(c, i, "staatsangehoerigkeit") else []
        if _has(c, i, "geburtsdatum"):
            bits.append(
                f"geb. {_nozero(p.geburtsdatum)}"
                + (f" in {p.geburtsort}" if _has(c, i, "geburtsort") else "")
            )
        elif _has(c, i, "geburtsort"):
            bits.append(f"geb. in {p.geburtsort}")
        return f"{p.vorname} {p.name}" + (f" ({'; '.join(bits)})" if bits else "")

    for i, p in enumerate(c.persons[1:], 1):
        if p.role == "spouse":
            who = (
                ("Mit mir lebt mein Ehemann" if p.sex == "m" else "Mit mir lebt meine Ehefrau")
                if first
                else (
                    "Mit im Haushalt lebt ihr Ehemann"
                    if p.sex == "m"
                    else "Mit im Haushalt lebt seine Ehefrau"
                )
            )
            out.append(P(f"{who} {about(i, p)}.", after=3))
    kids = [(i, p) for i, p in enumerate(c.persons) if p.role == "child"]
    if kids:
        lead = (
            ("Dazu kommen unsere Kinder" if len(kids) > 1 else "Dazu kommt unser Kind")
            if first
            else ("Hinzu kommen die Kinder" if len(kids) > 1 else "Hinzu kommt das Kind")
        )
        out.append(P(f"{lead} " + "; ".join(about(i, p) for i, p in kids) + "."))
    return out


def _persons_forms(c: Case) -> list:
    """Per person a field grid as on printed forms: the labels stand above the fields, three to a row."""
    out: list = []
    for i, p in enumerate(c.persons):
        out.append(P(f"{chr(65 + i)}) {_rel(p, c)}", bold=True, after=1, size=9.5))
        out.append(
            Table(
                [
                    ["Nachname", "Vorname", "Staatsangehörigkeit"],
                    [p.name, p.vorname, p.staat if _has(c, i, "staatsangehoerigkeit") else ""],
                ],
                [0.34, 0.3, 0.36],
                size=9,
            )
        )
        out.append(
            Table(
                [
                    ["geb. am", "geb. in", "Wohnanschrift"],
                    [
                        fmt(p.geburtsdatum) if _has(c, i, "geburtsdatum") else "",
                        p.geburtsort if _has(c, i, "geburtsort") else "",
                        f"{c.street}, {c.plz} {c.city}" if i == 0 else f"wie {chr(65)})",
                    ],
                ],
                [0.22, 0.3, 0.48],
                size=9,
            )
        )
        out.append(Space(4))
    return out


def _persons_lines(c: Case) -> list:
    """One line per person, short inline labels separated by semicolons, as a relative types it."""
    out = []
    for i, p in enumerate(c.persons):
        bits = [
            f"{p.vorname} {p.name} ({_rel(p, c) if i else 'ich'})"
            if c.rep is None
            else f"{p.vorname} {p.name}"
        ]
        if _has(c, i, "staatsangehoerigkeit"):
            bits.append(f"Nationalität {p.staat}")
        if _has(c, i, "geburtsdatum"):
            bits.append(f"Geb.-Dat. {fmt(p.geburtsdatum)}")
        if _has(c, i, "geburtsort"):
            bits.append(f"Geb.-Ort {p.geburtsort}")
        out.append(P("• " + "; ".join(bits), indent=8, after=1))
    return out


# ------------------------------------------------------------------ antrag (German)


def _writer_head(c: Case, r: random.Random) -> list:
    if c.rep is None:
        return [
            P(f"{c.applicant.vorname} {c.applicant.name}", after=0),
            P(c.street, after=0),
            P(f"{c.plz} {c.city}", after=12),
        ]
    if c.rep.kind == "privat":
        return [P(f"Absender: {c.rep.person}, {c.rep.street}, {c.rep.city}", size=9, after=12)]
    if r.random() < 0.5:
        return [
            P(c.rep.org.upper(), bold=True, size=12, after=0),
            P(f"{c.rep.person} · {c.rep.street} · {c.rep.city}", size=8.5, after=2),
            Rule(0.4),
            Space(6),
        ]
    return [
        P(c.rep.org, bold=True, size=11, align="right", after=0),
        P(c.rep.street, size=8.5, align="right", after=0),
        P(c.rep.city, size=8.5, align="right", after=0),
        P(f"Sachbearbeitung: {c.rep.person}", size=8.5, align="right", after=10),
    ]


def _writer_intro(c: Case, r: random.Random, form: str) -> str:
    a = c.applicant
    fam = f"Familie {a.name}" if len(c.persons) > 1 else f"{a.vorname} {a.name}"
    if c.sender == "anwalt":
        return (
            f"in der aufenthaltsrechtlichen Angelegenheit {fam} zeige ich an, dass ich die Betroffenen vertrete; "
            f"die Vollmacht füge ich als Anlage 1 bei. Ich wende mich mit der Bitte an die Kommission, sich des Falles "
            f"anzunehmen und beim Ministerium die Erteilung einer Aufenthaltserlaubnis (§ 23a AufenthG) anzuregen."
        )
    if c.sender == "beratungsstelle":
        return (
            f"wir kennen {fam} seit längerem aus unserer Beratung und reichen mit ihrem Einverständnis "
            f"(Vollmacht und Schweigepflichtentbindung liegen bei) diese Eingabe an die Härtefallkommission ein. "
            f"Wir bitten darum, den Fall zu beraten."
        )
    if c.sender == "privat":
        return (
            f"ich bin der {c.rep.relation} von {a.vorname} {a.name} und schreibe in {'seinem' if a.sex == 'm' else 'ihrem'} Auftrag, weil die Familie selbst "
            f"noch nicht gut genug Deutsch schreibt. Eine Vollmacht habe ich beigelegt. Wir bitten die Härtefallkommission um Hilfe."
        )
    return (
        "ich wende mich heute an Sie, weil ich nicht mehr weiter weiß. Ich bitte die Härtefallkommission, "
        "meinen Fall zu prüfen und sich für ein Bleiberecht für mich"
        + (" und meine Familie" if len(c.persons) > 1 else "")
        + " einzusetzen."
    )


def _writer_sign(c: Case) -> str:
    if c.sender == "anwalt":
        return f"{c.rep.person}, {_lawyer(c.rep.person)}"
    if c.rep is not None:
        return c.rep.person
    return f"{c.applicant.vorname} {c.applicant.name}"


def _rep_footer(c: Case) -> list:
    """The representative's full address once more (the truth records it)."""
    if c.rep is None:
        return []
    return [P(f"{_rep_label(c)} · {c.rep.street} · {c.rep.city}", size=8, align="center")]


@tpl("antrag", "m6a", "blind6")
def antrag_m6a(c, d, r):
    """A representative's brief: family table, Sachverhalt / Härtegründe with enclosure references."""
    voice = "1" if c.sender == "applicant" else "3"
    t = _begruendung(c, r, voice)
    a = c.applicant
    blocks = _writer_head(c, r)
    blocks += [P(x, after=0) for x in _hfk_lines(r)] + [Space(10)]
    place = c.city if c.rep is None else _rep_place(c)
    blocks.append(P(f"{place}, den {fmt_long(d.date)}", align="right"))
    blocks.append(
        P(
            f"Betreff: {a.name}, {a.vorname}{' und Familie' if len(c.persons) > 1 else ''} – Eingabe nach § 23a AufenthG",
            bold=True,
            after=1,
        )
    )
    blocks.append(
        P(
            f"hier: Antrag auf Befassung; unser Zeichen {zlib.crc32(a.name.encode()) % 900 + 100}/{d.date.year % 100}",
            size=9.5,
        )
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_writer_intro(c, r, "brief")))
    blocks.append(P("Von dieser Eingabe umfasst:", after=2))
    blocks += _persons_family_table(c)
    blocks.append(P(f"Wohnsitz: {c.street}, {c.plz} {c.city}."))
    blocks.append(P("I. Bisheriger Verlauf", bold=True, after=2))
    n_encl = 2
    for topic in ("lebensgeschichte", "aufenthaltssituation"):
        if topic in c.topics:
            parts = list(t[topic])
            if topic == "aufenthaltssituation" and c.asylum:
                # the decision is cited where it is told
                parts[0] = parts[0].rstrip(".") + f"; Bescheid in Kopie als Anlage {n_encl}."
                n_encl += 1
            blocks.append(P(" ".join(parts)))
    blocks.append(P("II. Die Härtegründe im Einzelnen", bold=True, after=2))
    sub = {
        "familie": "Familie und Angehörige",
        "integration": "Wirtschaftliche und soziale Integration",
        "humanitaere_gruende": "Lage im Fall einer Rückkehr",
    }
    n = 0
    for topic in ("familie", "integration", "humanitaere_gruende"):
        if topic in c.topics:
            n += 1
            blocks.append(P(f"{n}. {sub[topic]}", bold=True, after=1, size=10))
            text = " ".join(t[topic])
            if topic == "integration":
                text += f" Nachweise hierzu: Anlagen {n_encl} bis {n_encl + 2}."
                n_encl += 3
            if topic == "humanitaere_gruende" and c.illness:
                text += f" Das ärztliche Attest und die Schweigepflichtentbindung liegen als Anlagen {n_encl} und {n_encl + 1} bei."
            blocks.append(P(text))
    blocks.append(
        P(
            "Ich rege an, die Ausländerbehörde um Zurückstellung aufenthaltsbeendender Maßnahmen bis zur Entscheidung der Kommission zu bitten."
            if c.sender == "anwalt"
            else "Wir bitten, bis zur Entscheidung keine aufenthaltsbeendenden Maßnahmen durchzuführen."
        )
    )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_writer_sign(c)))
    blocks.append(
        P(
            "Anlagen: Vollmacht, Schweigepflichtentbindung, Datenschutzerklärung, Nachweise lt. Verzeichnis",
            size=8.5,
        )
    )
    blocks += _rep_footer(c)
    return DocSpec(blocks, _st(r), footer="- {p}/{n} -" if r.random() < 0.5 else None)


@tpl("antrag", "m6b", "blind6")
def antrag_m6b(c, d, r):
    """A counselling letter told as one story: persons in sentences, no headings."""
    voice = "1" if c.sender == "applicant" else ("kin" if c.sender == "privat" else "3")
    t = _begruendung(c, r, voice)
    a = c.applicant
    blocks = _writer_head(c, r)
    blocks += [P(x, after=0, size=10) for x in _hfk_lines(r)] + [Space(12)]
    blocks.append(P(_short(d.date), align="right"))
    blocks.append(P(f"Eingabe zugunsten von {a.vorname} {a.name}", bold=True))
    blocks.append(P("Sehr geehrte Frau Vorsitzende, sehr geehrte Kommissionsmitglieder,"))
    blocks.append(P(_writer_intro(c, r, "story")))
    blocks += _persons_sentences(c, first=c.sender == "applicant")
    story = [" ".join(t[k]) for k in TOPIC_ORDER if k in c.topics]
    # one long chronological account in two or three paragraphs, no headings
    cut = max(1, len(story) // 2)
    blocks.append(P(" ".join(story[:cut])))
    if story[cut:]:
        blocks.append(P(" ".join(story[cut:])))
    blocks.append(
        P(
            r.choice(
                [
                    "Wir sind überzeugt, dass hier ein Härtefall vorliegt, und bitten Sie inständig, der Familie eine Perspektive zu geben.",
                    "Bitte geben Sie diesen Menschen eine Chance. Für Rückfragen sind wir jederzeit erreichbar.",
                ]
                if c.rep is not None
                else [
                    "Ich bitte Sie sehr, mir eine Chance zu geben. Ich möchte selbst für mich sorgen und keine Hilfe vom Amt brauchen.",
                    "Bitte lassen Sie mich nicht allein mit dieser Angst. Vielen Dank, dass Sie meinen Brief lesen.",
                ]
            )
        )
    )
    blocks.append(P("Mit herzlichen Grüßen" if c.sender != "anwalt" else "Mit freundlichen Grüßen"))
    blocks.append(Signature(_writer_sign(c)))
    blocks += _rep_footer(c)
    return DocSpec(blocks, _st(r, "sans"))


QUESTIONS = {
    "lebensgeschichte": "Woher kommen Sie und wann sind Sie eingereist?",
    "aufenthaltssituation": "Wie ist Ihr Aufenthalt zurzeit geregelt?",
    "familie": "Welche Angehörigen leben hier und im Herkunftsland?",
    "integration": "Was tun Sie hier (Arbeit, Sprache, Ehrenamt, Schule)?",
    "humanitaere_gruende": "Warum können Sie nicht zurück?",
}


@tpl("antrag", "m6c", "blind6")
def antrag_m6c(c, d, r):
    """A questionnaire-like application: boxed person forms, questions with the answers below."""
    voice = "1" if c.sender in ("applicant", "privat") else "3"
    t = _begruendung(c, r, voice)
    blocks = [
        Box(
            [
                "Härtefall-Eingabe · § 23a AufenthG · Kommission NRW",
                "Völklinger Str. 4 · 40219 Düsseldorf",
            ],
            size=9.5,
        ),
        P(f"Datum der Eingabe: {fmt(d.date)}", align="right", size=9.5),
    ]
    if c.rep is not None:
        blocks.append(
            Table(
                [
                    ["Eingereicht durch", _rep_label(c)],
                    ["Ansprechperson", c.rep.person],
                    ["Anschrift", f"{c.rep.street}, {c.rep.city}"],
                ],
                [0.32, 0.68],
                header=False,
                size=9.5,
            )
        )
    blocks.append(P("Teil 1 – Wer ist betroffen?", bold=True))
    blocks += _persons_forms(c)
    blocks.append(P(f"Ausländerbehörde (aktenführend): {c.abh}", size=9.5))
    blocks.append(P("Teil 2 – Begründung", bold=True))
    for topic in TOPIC_ORDER:
        if topic in c.topics:
            blocks.append(P(QUESTIONS[topic], bold=True, after=1, size=9.5))
            text = " ".join(t[topic])
            blocks.append(P(typos(text, r, 0.02) if c.sender == "applicant" else text, indent=10))
    blocks.append(P("Teil 3 – Beigefügte Unterlagen", bold=True))
    for x in ["Vollmacht (falls vertreten)", "Datenschutzerklärung", "Lebenslauf", "Bescheide und Nachweise"]:
        blocks.append(P(f"☒ {x}", indent=10, after=1))
    blocks.append(Signature(_writer_sign(c), f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, _st(r, "cond", 10.0), footer="S. {p} / {n}")


@tpl("antrag", "m6d", "blind6")
def antrag_m6d(c, d, r):
    """A short plea written by the family: one line per person, chronological, no formal request."""
    voice = "1" if c.sender == "applicant" else ("kin" if c.sender == "privat" else "3")
    t = _begruendung(c, r, voice)
    a = c.applicant
    blocks = []
    if c.rep is not None:
        blocks.append(P(f"{_rep_label(c)}", after=0))
        blocks.append(P(f"{c.rep.street}", after=0))
        blocks.append(P(f"{c.rep.city}", after=10))
    else:
        blocks.append(P(f"{a.name} {a.vorname}", after=0))
        blocks.append(P(c.street, after=0))
        blocks.append(P(f"{c.plz} {c.city}", after=10))
    blocks.append(P("Härtefallkommission NRW, z. Hd. Geschäftsstelle", after=0))
    blocks.append(P("Völklinger Str. 4, 40219 Düsseldorf", after=10))
    blocks.append(P(f"{c.city_or_nrw() if c.rep is None else _rep_place(c)} {fmt(d.date)}"))
    blocks.append(
        P("Wir bitten um Ihre Hilfe" if len(c.persons) > 1 else "Ich bitte um Ihre Hilfe", bold=True)
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if c.rep is None:
        blocks.append(
            P(
                "ich möchte Sie bitten, dass wir in Deutschland bleiben dürfen. Das sind wir:"
                if len(c.persons) > 1
                else "ich möchte Sie bitten, dass ich in Deutschland bleiben darf. Das bin ich:"
            )
        )
    else:
        blocks.append(P(_writer_intro(c, r, "plea") + " Betroffen sind:"))
    blocks += _persons_lines(c)
    blocks.append(P(f"Wir wohnen: {c.street}, {c.plz} {c.city}. Ausländerbehörde: {_abh_of(c.abh)}."))
    for topic in TOPIC_ORDER:
        if topic in c.topics:
            text = " ".join(t[topic])
            blocks.append(P(typos(text, r, 0.03) if c.sender == "applicant" else text))
    blocks.append(
        P(
            "Ich danke Ihnen von Herzen."
            if c.rep is None
            else "Danke, dass Sie sich Zeit für diese Familie nehmen."
        )
    )
    blocks.append(Signature(_writer_sign(c)))
    return DocSpec(blocks, _st(r, r.choice(["sans", "cond"])))


# ------------------------------------------------------------------ antrag (English)

COUNTRY_EN = {
    "Syrien": "Syria",
    "Afghanistan": "Afghanistan",
    "Irak": "Iraq",
    "Iran": "Iran",
    "Nigeria": "Nigeria",
    "Guinea": "Guinea",
    "Kosovo": "Kosovo",
    "Albanien": "Albania",
    "Serbien": "Serbia",
    "Russische Föderation": "Russia",
    "Türkei": "Turkey",
    "Georgien": "Georgia",
    "Armenien": "Armenia",
    "Ghana": "Ghana",
}


def _story_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    a = c.applicant
    land = COUNTRY_EN.get(c.natinfo["land"], c.natinfo["land"])
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    t["lebensgeschichte"].append(
        f"I grew up in {land}{' in ' + a.geburtsort if _has(c, 0, 'geburtsort') else ''}. "
        f"{r.choice(['After six years of school I had to earn money for the family.', 'We had little money, so I started working as a child.'])}"
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"I was deported once in {c.entry.year - 2}. Despite the re-entry ban under § 11 AufenthG I returned on {_us(c.entry)}, because I saw no other way."
        )
    else:
        t["lebensgeschichte"].append(f"I reached Germany on {_us(c.entry)} and have lived here ever since.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"The Federal Office (BAMF) turned down my asylum application on {_us(c.bamf_date)} (file no. {c.bamf_gz})."
        )
        if c.court:
            s.append(
                f"{'My court case is still open' if c.court_pending else 'The court rejected my case'} ({c.court_name}, {c.court_az})."
            )
    else:
        s.append(
            "My visa was only for a limited stay; the Ausländerbehörde then declined my application for a further residence permit."
        )
        if c.court:
            s.append(
                f"There {'is' if c.court_pending else 'was'} a court case at the {c.court_name} ({c.court_az})."
            )
    s.append(
        "I have an Aufenthaltsgestattung while my case is open."
        if c.gestattung
        else "I only get a Duldung for a few months each time."
    )
    s.append(f"My file is at the foreigners' office (Ausländerbehörde) {c.abh}.")
    if c.s58a:
        s.append("On top of that, a § 58a AufenthG deportation order was issued against me too.")
    if c.rueckfuehrung:
        s.append(f"The Ausländerbehörde has scheduled my removal for {_us(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(
            f"I must also tell you about a Strafbefehl (penalty order) dated {_us(c.criminal_date)}; the money has been paid in full."
        )
    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    if sp:
        f.append(f"My {_rel_en(sp[0])} {sp[0].vorname} and I live together.")
    if c.children():
        f.append(f"Our children {', '.join(k.vorname for k in c.children())} only know Germany.")
    f.append(
        "My parents are old and I have no one left at home who could help us. My uncle lives in Germany."
    )
    g = t["integration"]
    g.append("I learned German and I am still going to classes.")
    if c.ausbildung:
        g.append(
            "I am in vocational training now, so I hope a training Duldung under § 60c AufenthG can be granted."
        )
    else:
        g.append(f"I work for {c.employer}; my position is {c.job}.")
    g.append(f"In my free time I volunteer with {c.club.rstrip('.')}.")
    if c.school_age():
        g.append(
            f"{' and '.join(k.vorname for k in c.school_age())} {'go' if len(c.school_age()) > 1 else 'goes'} to the {c.school}."
        )
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I am" if c.ill_person == 0 else f"My {_rel_en(p)} {p.vorname} is"
        need = "need" if c.ill_person == 0 else "needs"
        h.append(f"{who} ill ({c.diagnosis[1]}, {c.diagnosis[0]}) and {need} regular treatment.")
    h.append(f"If we have to go back to {land}, we would start from nothing, without a roof or work.")
    return t


@tpl("antrag", "en_m6e", "blind6")
def antrag_en_m6e(c, d, r):
    """An English letter: persons told in sentences, no headings."""
    t = _story_en(c, r)
    a = c.applicant
    en = c.natinfo["en"]
    blocks = [
        P(f"From: {a.vorname} {a.name}", after=0),
        P(f"{c.street}, {c.plz} {c.city}", after=12),
        P("To: Härtefallkommission NRW – the state hardship commission", after=0),
        P("Völklinger Str. 4, 40219 Düsseldorf", after=10),
        P(_us(d.date), align="right"),
        P("Request for help from the Hardship Commission", bold=True),
        P("Dear Chair and members of the Commission,"),
    ]
    s = f"my name is {a.vorname} {a.name}."
    if _has(c, 0, "geburtsdatum"):
        s += f" My date of birth is {_us(a.geburtsdatum)}"
        s += f", my place of birth {a.geburtsort}." if _has(c, 0, "geburtsort") else "."
    elif _has(c, 0, "geburtsort"):
        s += f" My place of birth is {a.geburtsort}."
    if _has(c, 0, "staatsangehoerigkeit"):
        s += f" I am {en}."
    s += " I am writing to ask you for a residence permit for humanitarian reasons (§ 23a AufenthG)."
    blocks.append(P(s))
    for i, p in enumerate(c.persons[1:], 1):
        bits = [f"My {_rel_en(p)} is {p.vorname} {p.name}"]
        if _has(c, i, "geburtsdatum"):
            bits.append(f"born {_us(p.geburtsdatum)}")
        if _has(c, i, "geburtsort"):
            bits.append(f"in {p.geburtsort}")
        if _has(c, i, "staatsangehoerigkeit"):
            bits.append(f"nationality {en}")
        blocks.append(P(", ".join(bits) + ".", after=2))
    if len(c.persons) > 1:
        blocks.append(P("We all live at the address above."))
    for k in TOPIC_ORDER:
        if k in c.topics:
            blocks.append(P(" ".join(t[k])))
    blocks.append(P("We are grateful for anything you can do. Sorry that I cannot write this in German yet."))
    blocks.append(P("Respectfully,"))
    blocks.append(Signature(f"{a.vorname} {a.name}"))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("antrag", "en_m6f", "blind6")
def antrag_en_m6f(c, d, r):
    """An English application with a relation-first table and headed parts."""
    t = _story_en(c, r)
    a = c.applicant
    en = c.natinfo["en"]
    blocks = [
        P(f"{a.name.upper()}, {a.vorname}", bold=True, after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=10),
        P("HFK NRW, Geschäftsstelle Düsseldorf", after=0),
        P("Völklinger Str. 4", after=0),
        P("40219 Düsseldorf", after=8),
        P(f"{c.city_or_nrw()}, {fmt_en(d.date)}", align="right"),
        P("Hardship application – section 23a Residence Act", bold=True, size=12),
        P("Dear Madam Chair, dear members,"),
        P("I kindly apply to the Commission for my family and me. This application is made for:"),
    ]
    rows = [["Name in full", "Birth date", "Birthplace", "Nationality", "Family role"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                f"{p.vorname} {p.name}",
                fmt_en(p.geburtsdatum) if _has(c, i, "geburtsdatum") else "",
                p.geburtsort if _has(c, i, "geburtsort") else "",
                en if _has(c, i, "staatsangehoerigkeit") else "",
                _rel_en(p),
            ]
        )
    blocks.append(Table(rows, [0.27, 0.19, 0.19, 0.19, 0.16], size=9))
    heads = {
        "lebensgeschichte": "1. Background",
        "aufenthaltssituation": "2. Legal situation",
        "familie": "3. Our family",
        "integration": "4. Our life here",
        "humanitaere_gruende": "5. Why we cannot return",
    }
    for k in TOPIC_ORDER:
        if k in c.topics:
            blocks.append(P(heads[k], bold=True, after=1))
            blocks.append(P(" ".join(t[k])))
    blocks.append(P("Enclosed: copies of our documents."))
    blocks.append(P("Kind regards,"))
    blocks.append(Signature(f"{a.vorname} {a.name}"))
    return DocSpec(blocks, _st(r, "serif"), footer="page {p} of {n}")


# ------------------------------------------------------------------ bamf_bescheid

TENOR6_B6 = [
    "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
    "Der Antrag auf Asylanerkennung wird abgelehnt.",
    "Der subsidiäre Schutzstatus wird nicht zuerkannt.",
    "Ein Abschiebungsverbot gemäß § 60 Abs. 5 bzw. Abs. 7 S. 1 AufenthG liegt nicht vor.",
    "{Wer} hat das Bundesgebiet binnen 30 Tagen ab Bekanntgabe des Bescheids zu verlassen; im Fall einer Klage läuft die Frist erst 30 Tage nach dem unanfechtbaren Abschluss des Asylverfahrens ab. Kommt {er} der Ausreisepflicht nicht nach, wird {er} {land} abgeschoben.",
    "Angeordnet wird ferner ein Einreise- und Aufenthaltsverbot gemäß § 11 Abs. 1 AufenthG, befristet auf 30 Monate ab der Abschiebung.",
]
TENOR4_B6 = [
    "Der Antrag wird als unzulässig abgelehnt.",
    "Ein Abschiebungsverbot gemäß § 60 Abs. 5 bzw. Abs. 7 S. 1 AufenthG liegt nicht vor.",
    "Die Abschiebung in den zuständigen Dublin-Mitgliedstaat wird angeordnet.",
    "Angeordnet wird ferner ein Einreise- und Aufenthaltsverbot gemäß § 11 Abs. 1 AufenthG, befristet auf 15 Monate ab der Abschiebung.",
]
REASONS_B6 = [
    "{Wer} besitzt die {nat}e Staatsangehörigkeit und ist nach eigenem Bekunden am {entry} auf dem Landweg nach Deutschland gelangt. Den Asylantrag stellte {er} förmlich am {applied}.",
    "Zur Begründung trug {wer} bei der Anhörung vor, {er} habe {seine} Heimat aus Furcht vor Übergriffen verlassen. Konkrete Angaben zu Zeitpunkt, Ort und Tätern machte {er} nicht.",
    "Flüchtlingsschutz nach § 3 AsylG kommt nicht in Betracht. Eine Verfolgung wegen eines der in § 3b AsylG aufgeführten Merkmale hat {wer} nicht dargelegt.",
    "Der Sachvortrag ist darüber hinaus unglaubhaft: Er blieb vage, wurde im Laufe des Verfahrens gesteigert und wies zeitliche Widersprüche auf.",
    "Für die Zuerkennung subsidiären Schutzes fehlt es an Anhaltspunkten; dass {wem} bei einer Rückkehr ein ernsthafter Schaden (§ 4 Abs. 1 S. 2 AsylG) droht, ist nicht ersichtlich.",
    "Aus § 60 Abs. 5 AufenthG ergibt sich kein Abschiebungsverbot. Das Bundesamt geht davon aus, dass {wer} als erwerbsfähige Person den Lebensunterhalt im Herkunftsland, notfalls mit Starthilfen aus Rückkehrprogrammen, bestreiten kann.",
    "Gesundheitliche Gründe, die eine erhebliche konkrete Gefahr nach § 60 Abs. 7 S. 1 AufenthG begründen könnten, wurden nicht durch ein ärztliches Attest belegt, das § 60a Abs. 2c AufenthG entspricht.",
    "Rechtsgrundlage für die Androhung der Abschiebung sind § 34 Abs. 1 AsylG und § 59 AufenthG; für die Ausreisefrist gilt § 38 Abs. 1 AsylG.",
    "Bei der Bemessung der Frist des Einreise- und Aufenthaltsverbots hat das Bundesamt sein Ermessen ausgeübt; Umstände, die eine kürzere Frist nahelegen, sind nicht erkennbar.",
]


def _bamf_words(a) -> dict[str, str]:
    """How the decision names the applicant (by sex, as the Bundesamt writes it)."""
    m = a.sex == "m"
    return {
        "Wer": "Der Antragsteller" if m else "Die Antragstellerin",
        "wer": "der Antragsteller" if m else "die Antragstellerin",
        "wem": "dem Antragsteller" if m else "der Antragstellerin",
        "er": "er" if m else "sie",
        "seine": "seine" if m else "ihre",
    }


def _bamf6(c: Case, d: DocPlan, r: random.Random, variant: int) -> DocSpec:
    a = c.applicant
    gz = c.bamf_gz
    site = c.bamf_site
    ort = site[2].split(" ", 1)[1]
    land = c.natinfo["land"]
    blocks: list = []
    if variant == 0:
        blocks += [
            Table(
                [
                    ["Bundesamt für Migration und Flüchtlinge", f"Gesch.-Z.: {gz}"],
                    [site[0], f"Datum: {fmt(d.date)}"],
                    [f"{site[1]}, {site[2]}", "bitte bei Antwort angeben"],
                ],
                [0.6, 0.4],
                header=False,
                grid=False,
                size=9,
            ),
            Space(8),
        ]
    elif variant == 1:
        blocks += [
            P("BAMF", bold=True, size=18, after=0),
            P("Bundesamt für Migration und Flüchtlinge", size=9, after=0),
            P(f"{site[0]} – {site[1]} – {site[2]}", size=8, after=6),
            P(f"Geschäftszeichen: {gz}", bold=True, after=0),
            P(f"{ort}, den {fmt_long(d.date)}", after=8),
        ]
    else:
        blocks += [
            Box(
                [
                    f"Bundesamt für Migration und Flüchtlinge – {site[0]}",
                    f"Gesch.-Z. {gz}",
                    f"{ort}, {fmt(d.date)}",
                ],
                size=9,
            ),
        ]
    blocks += [
        P(
            "Zustellung an den Bevollmächtigten gegen EB"
            if c.rep
            else "Zustellung mit Postzustellungsurkunde (PZU)",
            size=8.5,
        )
    ]
    addr = [a.herr_frau(), c.street, f"{c.plz} {c.city}"]
    if c.rep is not None and c.rep.kind == "anwalt":
        addr = [c.rep.org, c.rep.street, c.rep.city]
    blocks += [P(x, after=0) for x in addr] + [Space(12)]
    blocks.append(
        P(
            "BESCHEID" if variant == 1 else "Bescheid",
            bold=True,
            size=14,
            align="center" if variant != 2 else "left",
        )
    )
    if variant == 0:
        blocks.append(P("Asylverfahren betreffend:", after=2))
        blocks.append(
            Table(
                [
                    ["Betroffene Person", f"{a.name.upper()}, {a.vorname}"],
                    ["Geb.-Datum, Geb.-Ort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                    ["Nationalität", a.staat],
                    ["Wohnort", c.adresse],
                ],
                [0.3, 0.7],
                header=False,
                size=9.5,
            )
        )
        blocks.append(P("ergeht folgender Bescheid:"))
    else:
        blocks.append(
            P(
                f"Auf den Asylantrag von {a.vorname} {a.name.upper()}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, "
                f"Staatsangehörigkeit {a.staat}, zurzeit wohnhaft {c.adresse}, entscheidet das Bundesamt:"
            )
        )
    tenor = TENOR6_B6 if c.bamf_tenor == 6 else TENOR4_B6
    words = _bamf_words(a)
    for i, x in enumerate(tenor, 1):
        blocks.append(P(f"{i}. {x.format(land=_nach(land), **words)}", indent=14, after=3))
    blocks.append(P("Gründe:" if variant != 1 else "G r ü n d e", bold=True))
    n = d.extra.get("bamf_reasons", 6)
    rs = REASONS_B6[:1] + r.sample(REASONS_B6[1:], len(REASONS_B6) - 1)
    for i in range(n):
        text = rs[i % len(rs)].format(nat=a.staat, entry=fmt(c.entry), applied=fmt(c.asylum_applied), **words)
        blocks.append(P(f"{i + 1}. " + text if variant == 2 else text))
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True, after=2))
    blocks.append(
        P(
            f"Dieser Bescheid kann mit der Klage beim {c.court_name or 'Verwaltungsgericht Düsseldorf'} angefochten werden. "
            f"Sie ist binnen {'einer Woche' if c.bamf_tenor == 4 else 'zwei Wochen'} nach Zustellung schriftlich oder mündlich zu Protokoll "
            "bei der Geschäftsstelle des Gerichts zu erheben. Eine anwaltliche Vertretung ist nicht vorgeschrieben."
        )
    )
    blocks.append(P("Im Auftrag", after=14))
    blocks.append(P(r.choice(["Brandhorst", "Yildirim", "Pohlmann", "Terhorst", "Quast"]), after=1))
    blocks.append(P("Entscheider/in", size=8.5))
    footers = ["Seite {p} von {n}", f"{gz} · Seite {{p}} von {{n}}", "- Seite {p} von {n} -"]
    return DocSpec(
        blocks,
        _st(r, ["sans", "serif", "cond"][variant]),
        footer=footers[variant],
        header=None if variant == 1 else f"Gesch.-Z.: {gz}",
    )


@tpl("bamf_bescheid", "m6a", "blind6")
def bamf_m6a(c, d, r):
    return _bamf6(c, d, r, 0)


@tpl("bamf_bescheid", "m6b", "blind6")
def bamf_m6b(c, d, r):
    return _bamf6(c, d, r, 1)


@tpl("bamf_bescheid", "m6c", "blind6")
def bamf_m6c(c, d, r):
    return _bamf6(c, d, r, 2)


# ------------------------------------------------------------------ aerztliches_gutachten


def _practice_lines(c: Case, r: random.Random) -> list[str]:
    return [
        c.practice,
        f"{r.choice(N.STREETS)} {r.randint(2, 90)} · {c.court_city_plz()}",
        f"Telefon 0{zlib.crc32(c.practice.encode()) % 900 + 100} {zlib.crc32(c.doctor.encode()) % 900000 + 100000}",
    ]


def _sick(c: Case):
    return c.persons[c.ill_person]


@tpl("aerztliches_gutachten", "m6a", "blind6")
def med_m6a(c, d, r):
    """A Befundbericht with its date in the title line."""
    p = _sick(c)
    code, name, sev = c.diagnosis
    pl = _practice_lines(c, r)
    blocks = [
        P(pl[0], bold=True, size=11, after=0),
        P(pl[1], size=8.5, after=0),
        P(pl[2], size=8.5),
        Rule(0.6),
    ]
    blocks.append(P(f"Befund- und Verlaufsbericht vom {fmt_long(d.date)}", bold=True, size=13))
    blocks.append(P(f"betr.: {p.full}, geb. am {fmt(p.geburtsdatum)}, wohnhaft {c.street}, {c.plz} {c.city}"))
    blocks.append(
        P(
            f"{_anrede(p)} ist seit {month_year(c.entry + timedelta(days=300))} bei uns in Behandlung. "
            f"Bei der heutigen Untersuchung bestand {r.choice(['ein deutlich reduzierter Allgemeinzustand', 'eine ausgeprägte innere Unruhe', 'ein unveränderter Befund gegenüber dem Vorquartal'])}."
        )
    )
    blocks.append(P(f"Diagnose nach ICD-10: {name} ({code})"))
    blocks.append(
        P(
            f"Schweregrad: {sev}. Verlauf: {r.choice(['chronisch, mit wiederholten Verschlechterungen', 'unter Therapie leicht gebessert, aber instabil', 'bislang ohne nachhaltige Besserung'])}."
        )
    )
    blocks.append(P(f"Derzeitige Medikamente: {'; '.join(r.sample(N.MEDICATION, 2))}."))
    blocks.append(
        P(
            "Aus ärztlicher Sicht ist eine kontinuierliche Weiterbehandlung erforderlich. Ein Abbruch, etwa durch eine "
            "Rückführung, ließe eine wesentliche Verschlechterung des Gesundheitszustandes erwarten."
        )
    )
    blocks.append(Signature(c.doctor))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("aerztliches_gutachten", "m6b", "blind6")
def med_m6b(c, d, r):
    """A psychotherapist's statement: examination date in a table, date again before the signature."""
    p = _sick(c)
    code, name, sev = c.diagnosis
    pl = _practice_lines(c, r)
    blocks = [Box(pl, size=9), P("Psychotherapeutischer Bericht", bold=True, size=13, align="center")]
    blocks.append(
        Table(
            [
                ["Patient(in)", f"{p.name}, {p.vorname}"],
                ["Geburtsdatum", fmt(p.geburtsdatum)],
                ["Untersuchungstag", fmt(d.date)],
                ["Vorgestellt auf Wunsch von", "Patient/in selbst" if c.rep is None else _rep_label(c)],
            ],
            [0.38, 0.62],
            header=False,
            size=9.5,
        )
    )
    blocks.append(P("1. Anamnese", bold=True, after=1))
    blocks.append(
        P(
            f"Die Erstvorstellung erfolgte im {month_year(c.entry + timedelta(days=500))} über die Hausärztin. "
            "Anamnestisch werden belastende Erlebnisse im Herkunftsland und während der Flucht berichtet."
        )
    )
    blocks.append(P("2. Psychischer und körperlicher Befund", bold=True, after=1))
    blocks.append(
        P(
            f"{r.choice(['Wach, orientiert, affektiv deutlich eingeengt, Konzentration gestört.', 'Bewusstseinsklar, Stimmung gedrückt, Antrieb vermindert, Schlaf stark gestört.', 'Im Kontakt zugewandt, deutliche Erschöpfung, Befund im Übrigen unauffällig.'])}"
        )
    )
    blocks.append(P("3. Diagnose", bold=True, after=1))
    blocks.append(P(f"{name} (ICD-10-GM {code}), Ausprägung {sev}", indent=10))
    blocks.append(P("4. Behandlung und Prognose", bold=True, after=1))
    blocks.append(
        P(
            f"Die Behandlung erfolgt ambulant {r.choice(['einmal pro Woche', 'im 14-täglichen Rhythmus'])}; medikamentös: {', '.join(r.sample(N.MEDICATION, 2))}. "
            "Wird sie fortgeführt, ist eine Stabilisierung erreichbar; bricht sie ab, droht eine erhebliche Dekompensation."
        )
    )
    blocks.append(Signature(c.doctor, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, _st(r, "serif"), footer="Seite {p} von {n}")


@tpl("aerztliches_gutachten", "m6c", "blind6")
def med_m6c(c, d, r):
    """A brief Attest for submission to the authority, dated only at the end."""
    p = _sick(c)
    code, name, sev = c.diagnosis
    blocks = [
        P(c.doctor, bold=True, after=0),
        P(c.practice, size=9, after=0),
        P(c.court_city_plz(), size=9, after=14),
        P("Attest", bold=True, size=14),
        P("– zur Vorlage bei der Ausländerbehörde bzw. Härtefallkommission –", size=9, after=10),
        P(
            f"Hiermit wird bescheinigt, dass {_patient(c)}, in meiner regelmäßigen ärztlichen Betreuung steht. "
            f"Es besteht folgende Erkrankung: {name}, ICD-10: {code}. Der Zustand ist als {sev} zu bewerten."
        ),
        P(
            f"{_er(p).capitalize()} ist auf {', '.join(r.sample(N.MEDICATION, 1))} und regelmäßige Kontrollen angewiesen. "
            "Ein Absetzen der Therapie wäre aus ärztlicher Sicht mit erheblichen Risiken verbunden."
        ),
        P(f"{c.city_or_nrw()}, {_short(d.date)}", after=2),
        Signature(c.doctor),
        P("(Praxisstempel)", size=8),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ vollmacht


def _vm_rep(c: Case) -> str:
    if c.rep is None:
        return ""
    if c.rep.kind == "privat":
        return f"{c.rep.person}, {c.rep.street}, {c.rep.city}"
    return f"{c.rep.org} ({c.rep.person}), {c.rep.street}, {c.rep.city}"


@tpl("vollmacht", "m6a", "blind6")
def vollmacht_m6a(c, d, r):
    """A short power of attorney in plain words."""
    a = c.applicant
    fam = " und meine Familie" if len(c.persons) > 1 else ""
    blocks = [
        P("Vollmacht", bold=True, size=14),
        P(
            f"Ich, {a.vorname} {a.name}, geboren am {fmt(a.geburtsdatum)}, wohnhaft {c.street}, {c.plz} {c.city}, "
            f"erlaube {_vm_rep(c)}, für mich{fam} mit der Härtefallkommission, der Ausländerbehörde und anderen Ämtern zu sprechen, "
            "Briefe zu schreiben und meine Post zu bekommen."
        ),
        P("Das gilt, bis ich es schriftlich widerrufe."),
        Signature(f"{a.vorname} {a.name}", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("vollmacht", "m6b", "blind6")
def vollmacht_m6b(c, d, r):
    """A law office's preprinted authority with lettered powers."""
    a = c.applicant
    rep = c.rep
    blocks = [
        P(_rep_label(c), bold=True, size=10, align="right", after=0),
        P(f"{rep.street} | {rep.city}", size=8, align="right"),
        P("VOLLMACHT", bold=True, size=16),
        P(f"Bevollmächtigt wird {_vm_rep(c)},", after=2),
        P(
            f"in Sachen {a.name} (Bleiberecht, Verfahren nach § 23a AufenthG vor der Härtefallkommission) tätig zu werden. Die Bevollmächtigung erstreckt sich namentlich darauf,",
            after=2,
        ),
    ]
    powers = [
        "Anträge bei der Härtefallkommission, den Ausländerbehörden und sonstigen Behörden zu stellen und zurückzunehmen,",
        "Akteneinsicht zu nehmen und Auskünfte einzuholen,",
        "Zustellungen und Mitteilungen aller Art entgegenzunehmen,",
        "Untervollmacht zu erteilen.",
    ]
    for i, x in enumerate(powers):
        blocks.append(P(f"{chr(97 + i)}) {x}", indent=14, after=1))
    blocks.append(Space(6))
    blocks.append(
        Table(
            [
                ["Unterzeichnet am / in", "Unterschrift"],
                [f"{fmt(d.date)}, {c.city_or_nrw()}", f"{a.vorname} {a.name}"],
            ]
            + [["", f"{p.vorname} {p.name}"] for p in c.persons[1:] if p.role == "spouse"],
            [0.45, 0.55],
            size=9.5,
        )
    )
    return DocSpec(blocks, _st(r, "serif"))


@tpl("vollmacht", "m6c", "blind6")
def vollmacht_m6c(c, d, r):
    """A counselling or family power of attorney listing every person it covers."""
    blocks = [
        P("Vertretungs- und Zustellungsvollmacht", bold=True, size=12),
        P(f"Bevollmächtigt wird: {_vm_rep(c)}", after=4),
        P("Vollmachtgeber/innen:", bold=True, after=1),
    ]
    for p in c.persons:
        blocks.append(P(f"– {p.name}, {p.vorname} ({_rel(p, c)})", indent=8, after=1))
    blocks.append(
        P(
            "Die/der Bevollmächtigte vertritt uns gegenüber der nordrhein-westfälischen Härtefallkommission, gibt für uns Erklärungen ab, "
            "reicht Unterlagen ein und nimmt Post für uns in Empfang. Wir können diese Vollmacht jederzeit zurücknehmen."
        )
    )
    blocks.append(P(f"{c.city_or_nrw()}, den {fmt_long(d.date)}"))
    blocks.append(Signature(f"{c.applicant.vorname} {c.applicant.name}"))
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "m6a", "blind6")
def schweige_m6a(c, d, r):
    p = _sick(c)
    blocks = [
        P("Schweigepflicht-Entbindungserklärung", bold=True, size=13),
        Table(
            [
                ["Name, Vorname", f"{p.name}, {p.vorname}"],
                ["Geburtsdatum", fmt(p.geburtsdatum)],
                ["Behandelnde Stelle", f"{c.doctor}, {c.practice}"],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P(
            "Die hier eingetragene behandelnde Stelle und ihr Praxisteam dürfen der Härtefallkommission NRW (Geschäftsstelle "
            "und Mitglieder) über meine Diagnosen, die Behandlung und die Prognose berichten, soweit dies für das "
            "Härtefallverfahren von Bedeutung ist; hierzu befreie ich sie von ihrer Schweigepflicht."
        ),
        P(
            "Ich kann diese Erklärung jederzeit widerrufen; schon erteilte Auskünfte bleiben davon unberührt.",
            size=9,
        ),
        Signature(f"{p.vorname} {p.name}", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schweigepflichtsentbindung", "m6b", "blind6")
def schweige_m6b(c, d, r):
    p = _sick(c)
    who = f"{c.applicant.vorname} {c.applicant.name}"
    for_child = p.role == "child"
    blocks = [
        P("Einverständniserklärung", bold=True, size=13, align="center"),
        P("(Schweigepflichtentbindung)", align="center", size=9),
        P(
            (
                f"Als Elternteil von {p.vorname} {p.name}, geb. {fmt(p.geburtsdatum)}, "
                if for_child
                else f"Ich, {p.vorname} {p.name}, geb. {fmt(p.geburtsdatum)}, "
            )
            + f"erkläre ich mich damit einverstanden, dass {c.doctor} der Härtefallkommission Nordrhein-Westfalen "
            + ("" if c.rep is None else f"und {_rep_label(c)} ")
            + "Auskunft über die Erkrankung gibt und Befunde übersendet. Insoweit entbinde ich die Behandelnden von ihrer Schweigepflicht."
        ),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
        Signature(who if for_child else f"{p.vorname} {p.name}"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("schweigepflichtsentbindung", "m6c", "blind6")
def schweige_m6c(c, d, r):
    p = _sick(c)
    blocks = [
        P(
            c.rep.org if c.rep and c.rep.kind != "privat" else "Antrag an die HFK NRW – Anlage",
            size=9,
            after=4,
        ),
        P("Einwilligung und Schweigepflichtentbindungserklärung", bold=True),
        P(f"Betroffene Person: {p.vorname} {p.name} (geb. {fmt(p.geburtsdatum)})"),
        P("Hiermit entbinde ich von der Schweigepflicht:", after=2),
        P(f"☒ {c.doctor}", indent=10, after=1),
        P("☐ Krankenhaus / Klinik: ____________________", indent=10, after=1),
        P("☐ Beratungsstelle / Therapeut: ____________________", indent=10, after=6),
        P(
            "und zwar gegenüber der Härtefallkommission NRW, deren Geschäftsstelle im Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration angesiedelt ist."
        ),
        P(f"Datum: {fmt(d.date)}"),
        Signature(f"{p.vorname} {p.name}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "m6a", "blind6")
def ds_m6a(c, d, r):
    blocks = [
        P(
            "Einwilligungserklärung zur Verarbeitung personenbezogener Daten im Härtefallverfahren",
            bold=True,
            size=12,
        ),
        P(
            "Für die Prüfung einer Eingabe benötigt die Härtefallkommission Angaben zu meiner Person und Familie, zu meinem "
            "Aufenthalt und gegebenenfalls zu meiner Gesundheit (besondere Kategorien nach Art. 9 DSGVO)."
        ),
        P(
            "Ich willige ein, dass diese Daten auf Grundlage von Art. 6 Abs. 1 Buchst. a und Art. 9 Abs. 2 Buchst. a DSGVO verarbeitet "
            "und, soweit nötig, an Ausländerbehörde, Ministerium und die Kommissionsmitglieder weitergegeben werden."
        ),
        P(
            "Meine Zustimmung gebe ich freiwillig; ein Widerruf ist möglich und gilt ab seinem Eingang.",
            size=9.5,
        ),
        Table(
            [["Name", "Unterschrift"]]
            + [[f"{p.vorname} {p.name}", ""] for p in c.persons if p.role != "child"],
            [0.5, 0.5],
            size=9.5,
        ),
        P(f"Datum/Ort: {fmt(d.date)}, {c.city_or_nrw()}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("datenschutzeinwilligung", "m6b", "blind6")
def ds_m6b(c, d, r):
    a = c.applicant
    blocks = [
        P("Einverständnis zur Datenverarbeitung", bold=True, size=13, align="center"),
        P(f"Name: {a.name}   Vorname: {a.vorname}   geb.: {fmt(a.geburtsdatum)}", size=10),
        P("Zutreffendes ist angekreuzt:", after=2),
        P(
            "☒ Ich stimme zu, dass meine personenbezogenen Daten zur Bearbeitung meiner Eingabe an die Härtefallkommission verarbeitet werden.",
            indent=10,
            after=2,
        ),
        P(
            "☒ Gesundheitsdaten, die ich selbst vorlege, dürfen ebenfalls verarbeitet werden.",
            indent=10,
            after=2,
        ),
        P(
            "☒ Ich weiß, dass ich meine Einwilligung widerrufen kann und dass dies die Bearbeitung erschweren kann.",
            indent=10,
            after=6,
        ),
        P("Rechtsgrundlage: Datenschutz-Grundverordnung (DSGVO), Art. 6 und 9.", size=8.5),
        Signature(f"{a.vorname} {a.name}", f"{c.city_or_nrw()}, {_short(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "cond"))


@tpl("datenschutzeinwilligung", "m6c", "blind6")
def ds_m6c(c, d, r):
    a = c.applicant
    blocks = [
        P("Information und Einwilligung nach der DSGVO", bold=True),
        P(
            "Verantwortlich: Land NRW, vertreten durch das MKJFGFI (HFK-Geschäftsstelle), Völklinger Straße 4, 40219 Düsseldorf.",
            size=9,
        ),
        P(
            f"Ich, {a.vorname} {a.name}, stimme zu, dass die in meiner Eingabe und den Anlagen enthaltenen personenbezogenen Daten – auch die meiner "
            "Angehörigen, soweit ich sie vertrete – zum Zweck der Entscheidung über das Härtefallersuchen verarbeitet werden. "
            "Die Daten werden nach Abschluss des Verfahrens nach den gesetzlichen Fristen gelöscht. Ich weiß, dass ich diese "
            "Zustimmung jederzeit zurücknehmen darf."
        ),
        Signature(f"{a.vorname} {a.name}", f"{c.city_or_nrw()}, den {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ lebenslauf


def _cv6(c: Case) -> list[tuple[str, str]]:
    a = c.applicant
    rows = [
        (str(a.geburtsdatum.year), f"Geburt in {a.geburtsort} ({c.natinfo['land']})"),
        (f"{a.geburtsdatum.year + 7}–{a.geburtsdatum.year + 15}", "Besuch der Grund- und Mittelschule"),
        (
            f"{a.geburtsdatum.year + 16}–{c.entry.year - 1}",
            "Arbeit als Aushilfe im Handel und in der Landwirtschaft",
        ),
        (month_year(c.entry), "Flucht / Einreise in die Bundesrepublik"),
    ]
    if c.asylum:
        rows.append((month_year(c.asylum_applied), "Asylantrag gestellt"))
    else:
        rows.append((str(c.entry.year), f"Visum (erteilt zum Zweck {c.visa_purpose})"))
    rows.append((f"{c.entry.year + 1}", "Integrationskurs (Sprache und Orientierung)"))
    rows.append((f"seit {c.entry.year + 2}", f"{c.job} bei {c.employer}"))
    return rows


@tpl("lebenslauf", "m6a", "blind6")
def cv_m6a(c, d, r):
    a = c.applicant
    blocks = [
        P("LEBENSLAUF", bold=True, size=15, align="center"),
        P(f"{a.vorname} {a.name}", align="center", after=0),
        P(f"* {fmt(a.geburtsdatum)}, {a.geburtsort}", align="center", size=9.5),
        Table([["Von – bis", "Tätigkeit / Ereignis"]] + [list(x) for x in _cv6(c)], [0.3, 0.7], size=9.5),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Signature(f"{a.vorname} {a.name}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("lebenslauf", "m6b", "blind6")
def cv_m6b(c, d, r):
    a = c.applicant
    blocks = [P("Lebenslauf in Stichpunkten", bold=True, size=13), P("Zur Person", bold=True, after=1)]
    blocks.append(
        Table(
            [
                ["Name", f"{a.name}, {a.vorname}"],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Anschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
            size=9.5,
        )
    )
    rows = _cv6(c)
    blocks.append(P("Vor der Ausreise", bold=True, after=1))
    for x, y in rows[1:3]:
        blocks.append(P(f"{x}    {y}", indent=6, after=1))
    blocks.append(P("Seit der Einreise", bold=True, after=1))
    for x, y in rows[3:]:
        blocks.append(P(f"{x}    {y}", indent=6, after=1))
    blocks.append(P(f"aktualisiert im {month_year(d.date)}", size=9))
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "m6a", "blind6")
def sprach_m6a(c, d, r):
    a = c.applicant
    blocks = [
        P("Goethe-Zertifikat B1", bold=True, size=18, align="center"),
        P("Deutschprüfung für Jugendliche und Erwachsene", size=10, align="center", after=10),
        Table(
            [
                ["Name", f"{a.vorname} {a.name}"],
                ["Geboren am", fmt(a.geburtsdatum)],
                ["in", a.geburtsort],
                ["Prüfungstermin", fmt(d.date - timedelta(days=35))],
                ["Lesen / Hören", f"{r.randint(60, 100)} / {r.randint(60, 100)} von je 100"],
                ["Schreiben / Sprechen", f"{r.randint(60, 100)} / {r.randint(60, 100)} von je 100"],
                ["Ergebnis", "alle Module bestanden"],
            ],
            [0.4, 0.6],
            header=False,
            size=9.5,
        ),
        P(f"Prüfungszentrum {c.city_or_nrw()}, {fmt(d.date)}", size=9),
        P(f"Teilnehmernummer {zlib.crc32(a.full.encode()) % 10**7:07d}", size=8),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sprachnachweis", "m6b", "blind6")
def sprach_m6b(c, d, r):
    a = c.applicant
    blocks = [
        P("Bescheinigung über die erfolgreiche Teilnahme am Integrationskurs", bold=True, size=12),
        P(
            f"{a.herr_frau()} (geb. {fmt(a.geburtsdatum)}) hat den Integrationskurs mit Sprach- und Orientierungsteil abgeschlossen. "
            f"Im Deutsch-Test für Zuwanderer (DTZ) erreichte {_er(a)} das Niveau {r.choice(['B1', 'A2'])}; den Abschlusstest "
            f"„Leben in Deutschland“ hat {_er(a)} ebenfalls mit Erfolg abgelegt."
        ),
        P(f"Kursträger: Volkshochschule {c.city_or_nrw()}", size=9.5),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
        Signature("Dozent/in"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "m6a", "blind6")
def arbeit_m6a(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2900)
    blocks = [
        P(c.employer, bold=True, after=0),
        P("Lohnbuchhaltung", size=9),
        P(f"Lohn- und Gehaltsabrechnung {month_year(d.date)}", bold=True, size=12),
        Table(
            [
                ["Arbeitnehmer/in", f"{a.name}, {a.vorname}"],
                ["Berufsbezeichnung", c.job],
                ["Eintrittsdatum", f"01.{r.randint(1, 12):02d}.{c.entry.year + 2}"],
                ["Steuerklasse", r.choice(["I", "III", "IV"])],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        Table(
            [
                ["Lohnart", "Wert"],
                ["Summe Bruttobezüge", f"{brutto},00 EUR"],
                ["LSt.", f"{brutto // 12},40 EUR"],
                ["SV-Anteil AN", f"{brutto // 5},15 EUR"],
                ["Netto zur Auszahlung", f"{brutto - brutto // 12 - brutto // 5},45 EUR"],
            ],
            [0.6, 0.4],
            size=9.5,
        ),
        P(f"Abrechnungsdatum {fmt(d.date)}", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "mono", 9.5))


@tpl("arbeitsnachweis", "m6b", "blind6")
def arbeit_m6b(c, d, r):
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, size=12, align="center"),
        Rule(),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Beschäftigungsnachweis", bold=True),
        P(
            f"Wir bestätigen, dass {a.herr_frau()} seit dem {fmt(c.entry + timedelta(days=800))} bei uns in einem unbefristeten "
            f"Arbeitsverhältnis als {c.job} tätig ist. Die wöchentliche Arbeitszeit beträgt {r.choice([30, 35, 39, 40])} Stunden. "
            "Wir sind mit der Arbeitsleistung sehr zufrieden und möchten das Arbeitsverhältnis fortsetzen."
        ),
        Signature("Inhaber / Geschäftsführung"),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "m6a", "blind6")
def ehren_m6a(c, d, r):
    a = c.applicant
    blocks = [
        P(c.club, bold=True, size=12, after=0),
        P("– Vorstand –", size=9, after=10),
        P("Nachweis ehrenamtlicher Tätigkeit", bold=True),
        P(
            f"{a.vorname} {a.name} gehört unserem Verein seit {c.entry.year + 2} an und packt regelmäßig ehrenamtlich mit an, "
            f"zuletzt {r.choice(['die Betreuung der Jugendmannschaft am Samstag', 'die Ausgabe von Lebensmitteln zweimal pro Woche', 'Übersetzungen für neu angekommene Familien'])}."
        ),
        P(f"{c.city_or_nrw()}, {_short(d.date)}"),
        Signature("Vorstand (Vorsitz)"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("ehrenamt", "m6b", "blind6")
def ehren_m6b(c, d, r):
    a = c.applicant
    blocks = [
        Box([c.club, "Bescheinigung der Mitgliedschaft"]),
        Table(
            [
                ["Name des Mitglieds", f"{a.vorname} {a.name}"],
                ["Eingetreten", month_year(c.entry + timedelta(days=700))],
                ["Aufgabe im Verein", "ehrenamtliche Mitarbeit"],
                ["Stunden (ca.)", f"{r.randint(4, 12)} pro Monat"],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P(f"Datum der Ausstellung: {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "m6a", "blind6")
def unter_m6a(c, d, r):
    a = c.applicant
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(who, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 80)}, {c.court_city_plz()}", after=10),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P(f"Betrifft: {a.vorname} {a.name}", bold=True),
        P(
            f"Sehr geehrte Damen und Herren, seit Jahren wohne ich Tür an Tür mit {a.vorname} {a.name}"
            + (" und der Familie" if len(c.persons) > 1 else "")
            + ". Wenn bei uns im Haus jemand Hilfe braucht, ist "
            + _er(a)
            + " als Erste/r da. Ich würde es nicht verstehen, wenn so ein Mensch unser Land verlassen müsste, und bitte Sie, "
            + "sich für ein Bleiberecht einzusetzen."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(who),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("unterstuetzerschreiben", "m6b", "blind6")
def unter_m6b(c, d, r):
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, align="center"),
        Rule(0.5),
        P(fmt(d.date), align="right"),
        P("Referenzschreiben", bold=True),
        P(
            f"Wir kennen {a.herr_frau()} als zuverlässige, freundliche und lernbereite Kraft. Im Team ist {_er(a)} sehr geschätzt. "
            "Wir unterstützen das Anliegen ausdrücklich und würden uns freuen, die Zusammenarbeit dauerhaft fortsetzen zu können."
        ),
        Signature("Die Geschäftsleitung"),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ schulnachweis


@tpl("schulnachweis", "m6a", "blind6")
def schul_m6a(c, d, r):
    k = _child(c, d)
    kita = k.age_on(d.date) < 6
    blocks = [
        P(
            c.school if not kita else f"Städtische Kindertageseinrichtung {c.city_or_nrw()}-Süd",
            bold=True,
            after=0,
        ),
        P("Schulbüro" if not kita else "Kita-Leitung", size=9, after=10),
        P(
            "Bescheinigung über den Schulbesuch" if not kita else "Bestätigung des Kita-Besuchs",
            bold=True,
            size=13,
        ),
        P(
            f"{k.vorname} {k.name}, geboren am {fmt(k.geburtsdatum)}, "
            + (
                f"besucht im Schuljahr {d.date.year if d.date.month >= 8 else d.date.year - 1}/{(d.date.year + 1 if d.date.month >= 8 else d.date.year) % 100:02d} die Klasse {max(1, k.age_on(d.date) - 5)} unserer Schule."
                if not kita
                else "wird in unserer Kindertageseinrichtung regelmäßig betreut."
            )
        ),
        P(f"{c.city_or_nrw()}, {_short(d.date)}"),
        Signature("Konrektor/in" if not kita else "Kita-Leitung"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schulnachweis", "m6b", "blind6")
def schul_m6b(c, d, r):
    k = _child(c, d)
    blocks = [
        P(c.school, bold=True, align="center", after=0),
        P("Halbjahreszeugnis", bold=True, size=15, align="center"),
        P(f"für {k.vorname} {k.name}, geb. {fmt(k.geburtsdatum)}", align="center"),
        Table(
            [["Fach", "Note (1–6)"]]
            + [
                [f, r.choice(["2", "3", "1", "2"])]
                for f in ["Deutsch", "Sachunterricht", "Mathematik", "Englisch", "Musik"]
            ],
            [0.5, 0.5],
            size=9.5,
        ),
        P(f"Fehltage: {r.randint(0, 7)}, unentschuldigt: keine", size=9),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}"),
        Signature("Klassenleitung"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


@tpl("auslaenderbehoerde", "m6a", "blind6")
def abh_m6a(c, d, r):
    """The paper a person carries: a Duldung, or the Gestattung while the asylum procedure runs."""
    a = c.applicant
    if c.gestattung:
        title = ["Bescheinigung über die Aufenthaltsgestattung", "(§ 63 AsylG)"]
        note = "Der Aufenthalt im Bundesgebiet ist der Inhaberin / dem Inhaber erlaubt, solange das Asylverfahren läuft."
    else:
        title = ["Bescheinigung über die Aussetzung der Abschiebung (Duldung)", "§ 60a Abs. 4 AufenthG"]
        note = (
            "Duldung zum Zweck der Berufsausbildung (§ 60c AufenthG). Beschäftigung nur als Auszubildende/r im eingetragenen Betrieb gestattet."
            if c.ausbildung
            else "Beschäftigung nicht gestattet, solange die Ausländerbehörde sie nicht erlaubt. Erlischt mit Verlassen des Bundesgebiets."
        )
    blocks = [
        P(c.abh, bold=True, size=10, after=0),
        P(c.abh_plz + " " + c.abh.split(" – ")[0].split(" ", 1)[-1], size=8.5, after=8),
        Box(title),
        Table(
            [
                ["Name", a.name],
                ["Vorname", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", c.adresse],
                ["gültig bis", fmt(d.date + timedelta(days=r.choice([90, 120, 180])))],
            ],
            [0.34, 0.66],
            header=False,
            size=9.5,
        ),
        P(note, size=9.5),
    ]
    if c.rueckfuehrung and not c.gestattung:
        blocks.append(P(f"Hinweis: Die Abschiebung ist für den {fmt(c.rueckfuehrung)} terminiert.", size=9.5))
    blocks.append(P(f"Ausstellungsdatum: {fmt(d.date)} – i. A.", size=9))
    return DocSpec(blocks, _st(r, "mono", 9.5))


@tpl("auslaenderbehoerde", "m6b", "blind6")
def abh_m6b(c, d, r):
    """A letter of the authority asking for cooperation in obtaining a passport."""
    a = c.applicant
    blocks = [
        P(c.abh, bold=True, align="right", after=0),
        P(
            "Die Oberbürgermeisterin / Der Oberbürgermeister"
            if c.abh.startswith(("Stadt", "Landes", "Bundes"))
            else "Die Landrätin / Der Landrat",
            size=9,
            align="right",
            after=0,
        ),
        P(f"{c.abh_plz} {c.abh.split(' – ')[0].split(' ', 1)[-1]}", size=9, align="right", after=10),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=12),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P("Aufforderung zur Mitwirkung bei der Beschaffung eines Passes oder Passersatzes", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            f"Nach § 48 Abs. 3 und § 60b AufenthG müssen Sie selbst dazu beitragen, dass ein gültiger Pass ausgestellt wird. "
            f"Bitte sprechen Sie innerhalb von vier Wochen bei der Auslandsvertretung Ihres Herkunftsstaates ({c.natinfo['land']}) vor und legen Sie uns "
            "eine Bestätigung darüber vor."
        ),
    ]
    if c.rueckfuehrung:
        blocks.append(
            P(f"Wir weisen darauf hin, dass Ihre Rückführung für den {fmt(c.rueckfuehrung)} vorgesehen ist.")
        )
    blocks += [
        P("Kommen Sie der Aufforderung nicht nach, kann dies aufenthaltsrechtliche Folgen haben."),
        P("Mit freundlichen Grüßen"),
        P("Im Auftrag"),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ gerichtsentscheidung


def _party(a, asylum: bool) -> str:
    """The applicant's role in the court's heading, by sex."""
    if asylum:
        return "Kläger" if a.sex == "m" else "Klägerin"
    return "Antragsteller" if a.sex == "m" else "Antragstellerin"


@tpl("gerichtsentscheidung", "m6a", "blind6")
def court_m6a(c, d, r):
    a = c.applicant
    vs = (
        "die Bundesrepublik Deutschland, vertreten durch den Präsidenten des Bundesamtes für Migration und Flüchtlinge"
        if c.asylum
        else f"die Trägerin der Ausländerbehörde ({c.abh})"
    )
    blocks = [
        P(c.court_name.upper(), bold=True, align="center", after=0),
        P(f"Az.: {c.court_az}", align="center", size=9.5),
        P("BESCHLUSS" if not c.asylum else "URTEIL", bold=True, size=14, align="center"),
        P("Im Namen des Volkes" if c.asylum else "", align="center"),
        P(f"In der Verwaltungsrechtssache {a.vorname} {a.name}, {c.adresse}, – {_party(a, c.asylum)} –"),
        P(f"gegen {vs} – {'Beklagte' if c.asylum else 'Antragsgegnerin'} –"),
        P(
            f"Streitgegenstand: {'Asyl (Zuerkennung der Flüchtlingseigenschaft u. a.)' if c.asylum else 'Aufenthaltserlaubnis, Abschiebung'}"
        ),
        P(f"ergeht am {fmt(d.date)} durch die Einzelrichterin folgende Entscheidung:"),
        P(
            f"Die Klage wird abgewiesen. {'Der Kläger' if a.sex == 'm' else 'Die Klägerin'} trägt die Kosten des Verfahrens; Gerichtskosten werden nicht erhoben."
            if c.asylum
            else "Der Eilantrag wird abgelehnt. Die Kosten hat die Antragstellerseite zu tragen."
        ),
        P("Gründe", bold=True),
        P(
            "Die Kammer hat den Rechtsstreit der Einzelrichterin übertragen. Was vorgetragen wurde, führt zu keiner anderen Bewertung als im "
            "angegriffenen Bescheid, dessen Begründung sich das Gericht zu eigen macht."
        ),
        P(r.choice(["Richterin am VG Albers", "Richter Dr. Quast", "Richterin Yilmaz"]), align="right"),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="Seite {p} von {n}")


@tpl("gerichtsentscheidung", "m6b", "blind6")
def court_m6b(c, d, r):
    a = c.applicant
    blocks = [
        Box([c.court_name, f"Geschäftsnummer: {c.court_az}", f"verkündet am {fmt_long(d.date)}"]),
        P("Im Rechtsstreit", after=2),
        P(f"{a.name}, {a.vorname}, geb. {fmt(a.geburtsdatum)}", indent=20, after=2),
        P(f"gegen {'die Bundesrepublik Deutschland (BAMF)' if c.asylum else c.abh}", indent=20),
        P("hat die Kammer beschlossen:" if not c.asylum else "hat die Kammer für Recht erkannt:"),
        P(
            "I. Der Eilantrag bleibt erfolglos." if not c.asylum else "I. Die Klage wird abgewiesen.",
            indent=12,
            after=1,
        ),
        P("II. Die Verfahrenskosten fallen der Klägerseite zur Last.", indent=12, after=1),
        P(
            "III. Der Wert des Streitgegenstandes beträgt 5.000 Euro."
            if not c.asylum
            else "III. Gerichtskosten entstehen nicht (§ 83b AsylG).",
            indent=12,
        ),
        P("Entscheidungsgründe", bold=True),
        P(
            "Die zulässige Klage bzw. der zulässige Antrag hat in der Sache keinen Erfolg. Die angegriffene Entscheidung ist rechtmäßig. "
            "Besondere Umstände, die eine abweichende Bewertung tragen könnten, sind nicht dargelegt."
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="Bl. {p}")


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "m6a", "blind6")
def straf_m6a(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, after=0),
        P("Strafsache", size=9, after=8),
        P(f"Geschäftsnummer: {r.randint(10, 99)} Cs {r.randint(100, 999)}/{d.date.year % 100}", size=9.5),
        P("Strafbefehl", bold=True, size=14),
        P(f"gegen {a.vorname} {a.name}, geb. {fmt(a.geburtsdatum)} in {a.geburtsort}, wohnhaft {c.adresse}"),
        P(
            f"Nach den Ermittlungen der Staatsanwaltschaft werden Sie beschuldigt, sich am {fmt(d.date - timedelta(days=r.randint(60, 150)))} des {off} schuldig gemacht zu haben."
        ),
        P(f"Gegen Sie wird deshalb eine Geldstrafe in Höhe von {sentence} verhängt (§ 40 StGB)."),
        P(
            "Binnen zwei Wochen nach Zustellung können Sie Einspruch einlegen. Geschieht das nicht, wird der Strafbefehl rechtskräftig und vollstreckt.",
            size=9,
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P(r.choice(["Richterin am Amtsgericht", "Richter am Amtsgericht"])),
    ]
    return DocSpec(blocks, _st(r))


@tpl("strafrecht", "m6b", "blind6")
def straf_m6b(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P("Bundeszentralregister beim Bundesamt für Justiz", bold=True, after=0),
        P("Behördenführungszeugnis (Belegart O)", size=10, after=10),
        Table(
            [
                ["Familienname (Geburtsname)", a.name],
                ["Vornamen", a.vorname],
                ["Geburt (Tag, Ort)", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P("Registerinhalt:", bold=True, after=1),
        P(
            f"1) {fmt(d.date)} – AG {c.court_city} – Strafbefehl, rechtskräftig; Tat: {off}; Rechtsfolge: Geldstrafe {sentence}.",
            indent=10,
        ),
        P(f"Bonn, den {fmt(d.date + timedelta(days=r.randint(30, 50)))}", size=9),
    ]
    return DocSpec(blocks, _st(r, "mono", 9.5))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "m6a", "blind6")
def id_m6a(c, d, r):
    a = c.applicant
    blocks = [
        P(
            "Übersetzung aus dem " + r.choice(["Arabischen", "Englischen", "Albanischen", "Persischen"]),
            size=9,
        ),
        P("Geburtsurkunde", bold=True, size=14, align="center"),
        P(f"Land: {c.natinfo['land']}", size=9.5),
        Table(
            [
                ["Vor- und Familienname", f"{a.vorname} {a.name}"],
                ["Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["Geburtstag", fmt(a.geburtsdatum)],
                ["Geburtsort (Stadt)", a.geburtsort],
                ["Tag der Eintragung", fmt(d.date)],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P(
            "Die Richtigkeit und Vollständigkeit vorstehender Übersetzung aus der vorgelegten Kopie wird bescheinigt.",
            size=8.5,
        ),
        P(
            f"{c.city_or_nrw()}, {_short(d.date + timedelta(days=1000))} – öffentlich bestellte und beeidigte Übersetzerin",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _st(r))


@tpl("identitaetsnachweis", "m6b", "blind6")
def id_m6b(c, d, r):
    a = c.applicant
    code = zlib.crc32(a.full.encode()) % 10**8
    blocks = [
        P("Kopie – Personalausweis / National ID card", size=9),
        Box(
            [
                f"{c.natinfo['land'].upper()}  –  IDENTITY CARD",
                f"Family name: {a.name}",
                f"First names: {a.vorname}",
                f"Born: {a.geburtsdatum.strftime('%d.%m.%Y')}   Sex: {'M' if a.sex == 'm' else 'F'}",
                f"Birthplace: {a.geburtsort}",
                f"Issued: {d.date.strftime('%d.%m.%Y')}   No. {code:08d}",
            ]
        ),
        P(f"I<{c.natinfo['code']}{code:08d}<<<<<<<<<<<<<<<", font="mono", after=0),
        P(f"{a.geburtsdatum.strftime('%y%m%d')}0{'M' if a.sex == 'm' else 'F'}<<<<<<<<<<<<<<<", font="mono"),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_m6a", "blind6")
def sonst_anhoerung_m6a(c, d, r):
    """The Bundesamt summons the applicant to the personal interview (asylum cases only)."""
    a = c.applicant
    site = c.bamf_site
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{site[0]}, {site[1]}, {site[2]}", size=8.5, after=10),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=10),
        P(f"Gesch.-Z.: {c.bamf_gz}     Datum: {fmt(d.date)}", size=9.5),
        P("Terminmitteilung – Anhörung zum Asylantrag", bold=True, size=12),
        P(
            f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name}, zu Ihrem Asylantrag werden Sie persönlich angehört. "
            f"Bitte erscheinen Sie am {fmt(d.date + timedelta(days=14))} um {r.choice(['8:30', '10:00', '13:00'])} Uhr in der {site[0]}, Raum {r.randint(100, 320)}."
        ),
        P(
            "Bringen Sie alle Dokumente mit, die Ihre Identität und Ihre Gründe belegen. Ein Dolmetscher wird gestellt. "
            "Wenn Sie ohne genügende Entschuldigung nicht erscheinen, kann nach Aktenlage entschieden werden."
        ),
        P("Freundliche Grüße"),
        P("i. A. (Außenstelle)"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sonstiges", "wgb_m6a", "blind6")
def sonst_wgb_m6a(c, d, r):
    """A landlord's confirmation for the registration office."""
    owner = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P("Bestätigung des Wohnungsgebers (§ 19 BMG)", bold=True, size=12),
        Table(
            [
                ["Name des Vermieters / der Vermieterin", owner],
                ["Lage der Wohnung", c.adresse],
                ["Bezogen ab", fmt(d.date - timedelta(days=r.randint(10, 40)))],
                ["Eingezogen sind", ", ".join(f"{p.vorname} {p.name}" for p in c.persons)],
            ],
            [0.38, 0.62],
            header=False,
            size=9.5,
        ),
        P(
            "Hiermit wird versichert, dass die genannten Personen die Wohnung tatsächlich bezogen haben.",
            size=9.5,
        ),
        Signature(owner, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))
