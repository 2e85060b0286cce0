"""Templates of the `blind2` split: a fourth held-out set, written once and evaluated once; nobody tunes against it."""

from __future__ import annotations

import random
import zlib
from datetime import date, timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case, DocPlan, Person
from hfk.corpus.templates import _child, _rep_name, r_digits, tpl
from hfk.corpus.text_antrag import fmt, fmt_en, fmt_long

SPLIT = "blind2"
FEMALE_FIRST = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}

# ------------------------------------------------------------------ small helpers


def d_short(d: date) -> str:
    """14.03.25"""
    return d.strftime("%d.%m.%y")


def d_plain(d: date) -> str:
    """14.3.2025"""
    return f"{d.day}.{d.month}.{d.year}"


def d_us(d: date) -> str:
    """March 14, 2025"""
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def d_de_any(d: date, r: random.Random) -> str:
    return r.choice([fmt, fmt_long, d_plain])(d)


def _style(r: random.Random, family: str | None = None, size: float | None = None) -> Style:
    return Style(
        family=family or r.choice(["serif", "sans", "cond"]),
        size=size or r.choice([10.0, 10.5, 11.0]),
        margin_left=r.uniform(55, 85),
        margin_right=r.uniform(45, 75),
        margin_top=r.uniform(40, 70),
        leading=r.choice([1.3, 1.35, 1.45]),
    )


def _lawyer_title(person: str) -> str:
    return "Rechtsanwältin" if person.split()[0] in FEMALE_FIRST else "Rechtsanwalt"


def _omit(c: Case, i: int, f: str) -> bool:
    return c.omitted.get(i) == f


def _relation_de(c: Case, p: Person) -> str:
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehemann" if p.sex == "m" else "Ehefrau"
    return "Sohn" if p.sex == "m" else "Tochter"


def _relation_en(p: Person) -> str:
    if p.role == "applicant":
        return "applicant"
    if p.role == "spouse":
        return "husband" if p.sex == "m" else "wife"
    return "son" if p.sex == "m" else "daughter"


def _hfk_recipient(r: random.Random) -> list:
    v = r.randint(0, 2)
    if v == 0:
        lines = [
            "Härtefallkommission des Landes NRW",
            "– Geschäftsstelle –",
            "Völklinger Straße 4",
            "40219 Düsseldorf",
        ]
    elif v == 1:
        lines = [
            "MKJFGFI NRW",
            "Geschäftsstelle Härtefallkommission",
            "Völklinger Str. 4",
            "40219 Düsseldorf",
        ]
    else:
        lines = [
            "Per Telefax / vorab per E-Mail",
            "Geschäftsstelle der Härtefallkommission NRW",
            "40190 Düsseldorf",
        ]
    return [P(x, after=0) for x in lines] + [Space(12)]


def _rep_head(c: Case, r: random.Random) -> list:
    """Letterhead of the representative (firm, counselling service, relative)."""
    rp = c.rep
    if rp.kind == "privat":
        return [P(f"{rp.person} · {rp.street} · {rp.city}", size=9, after=10)]
    tel = f"Telefon 0{r_digits(rp.org)}"
    v = r.randint(0, 2)
    if v == 0:
        return [
            Table(
                [[rp.org, f"{rp.street}\n{rp.city}"], [f"Bearbeitung: {rp.person}", tel]],
                [0.6, 0.4],
                header=False,
                grid=False,
                size=9,
            ),
            Rule(0.5),
        ]
    if v == 1:
        return [
            P(rp.org.upper(), bold=True, size=12, after=0),
            P(f"{rp.street} | {rp.city} | {tel}", size=8, after=2),
            P(f"Ansprechpartner/in: {rp.person}", size=8),
            Space(6),
        ]
    return [
        P(rp.org, size=13, align="center", after=0),
        P(f"{rp.street}, {rp.city}", size=8.5, align="center", after=0),
        P(tel + f" · Sachbearbeitung {rp.person}", size=8.5, align="center"),
        Rule(1.0),
    ]


def _applicant_head(c: Case) -> list:
    a = c.applicant
    return [P(f"Absender: {a.full}", size=9.5, after=0), P(c.adresse, size=9.5, after=10)]


def _head(c: Case, r: random.Random) -> list:
    return _applicant_head(c) if c.sender == "applicant" else _rep_head(c, r)


def _place(c: Case) -> str:
    if c.sender == "applicant":
        return c.city_or_nrw()
    return c.rep.city.split(" ", 1)[1]


def _signer(c: Case) -> list:
    if c.sender == "applicant":
        return [Signature(c.applicant.full)]
    rp = c.rep
    if rp.kind == "anwalt":
        return [Signature(rp.person), P(_lawyer_title(rp.person), size=9)]
    if rp.kind == "beratungsstelle":
        return [Signature(rp.person), P(f"für {rp.org}", size=9)]
    return [Signature(f"{rp.person} ({rp.relation})")]


# ------------------------------------------------------------------ the story (German)


def _ist(c: Case) -> tuple[str, str, str, str]:
    """Pronouns of the applicant in the third person: nominative, dative, accusative, possessive."""
    m = c.applicant.sex == "m"
    return ("er", "ihm", "ihn", "sein") if m else ("sie", "ihr", "sie", "ihr")


def story_de(c: Case, r: random.Random, first: bool) -> dict[str, list[str]]:
    """The Begründung per topic in this split's own wording; every trigger is stated only when the case has it."""
    a = c.applicant
    land = c.natinfo["land"]
    er, ihm, ihn, sein = _ist(c)
    Er = er.capitalize()
    who = (
        "Ich" if first else (("Der Antragsteller" if a.sex == "m" else "Die Antragstellerin") + " " + a.name)
    )
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    lg = t["lebensgeschichte"]
    place = "" if _omit(c, 0, "geburtsort") else f" in {a.geburtsort}"
    trade = r.choice(
        ["als Näherin und Erntehelfer", "in einer Autowerkstatt", "auf dem Markt", "als Tagelöhner"]
    )
    if first:
        lg.append(
            f"Aufgewachsen bin ich{place} in {land}. Nach der Schulzeit musste ich früh Geld verdienen und habe {trade} gearbeitet."
        )
    else:
        lg.append(
            f"{who} stammt aus {land} und wuchs{place} in einfachen Verhältnissen auf. Nach wenigen Schuljahren arbeitete {er} {trade}."
        )
    if c.einreiseverbot:
        lg.append(
            f"Schon {c.entry.year - 2} war ich einmal in Deutschland und wurde damals abgeschoben. Obwohl gegen mich ein Einreise- und Aufenthaltsverbot (§ 11 AufenthG) besteht, bin ich am {fmt_long(c.entry)} wieder eingereist."
            if first
            else f"Bereits {c.entry.year - 2} hielt {er} sich in Deutschland auf und wurde abgeschoben; ungeachtet des bestehenden Einreise- und Aufenthaltsverbots nach § 11 AufenthG kehrte {er} am {fmt_long(c.entry)} in das Bundesgebiet zurück."
        )
    else:
        reason = (
            r.choice(
                [
                    "die Lage immer gefährlicher wurde",
                    "die Familie bedroht wurde",
                    "es keine Zukunft mehr gab",
                ]
            )
            if c.asylum
            else "sich die Möglichkeit eines Visums ergab"
        )
        lg.append(
            f"Weil {reason}, verließ{' ich' if first else ' ' + er} die Heimat; am {fmt_long(c.entry)} {'kam ich' if first else 'kam ' + er} in Deutschland an"
            + (" – gemeinsam mit der Familie." if len(c.persons) > 1 else ".")
        )

    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            (
                f"Meinen Asylantrag stellte ich am {fmt(c.asylum_applied)}."
                if first
                else f"Am {fmt(c.asylum_applied)} beantragte {er} Asyl."
            )
            + f" Das Bundesamt lehnte den Antrag durch Bescheid vom {fmt(c.bamf_date)} ab (Geschäftszeichen {c.bamf_gz})."
        )
        if c.court:
            if c.court_pending:
                s.append(
                    f"Über die Klage ({c.court_az}) hat das {c.court_name} bisher nicht entschieden; das Verfahren läuft noch."
                )
            else:
                s.append(
                    f"Auch die Klage blieb ohne Erfolg: Das {c.court_name} wies sie am {fmt(c.court_date)} ab (Az. {c.court_az})."
                )
    else:
        s.append(
            f"Die Einreise erfolgte mit einem nationalen Visum zum Zweck {c.visa_purpose}. Eine Verlängerung der Aufenthaltserlaubnis lehnte die Ausländerbehörde später ab."
        )
        if c.court:
            if c.court_pending:
                s.append(f"Hiergegen ist ein Eilverfahren beim {c.court_name} ({c.court_az}) anhängig.")
            else:
                s.append(
                    f"Den dagegen gerichteten Eilantrag wies das {c.court_name} am {fmt(c.court_date)} zurück ({c.court_az})."
                )
    if c.gestattung:
        s.append(
            f"{'Ich habe' if first else Er + ' hat'} zurzeit eine Aufenthaltsgestattung, da das Asylverfahren noch nicht bestandskräftig abgeschlossen ist."
        )
    else:
        s.append(
            f"{'Ich bin' if first else Er + ' ist'} ausreisepflichtig; die Abschiebung ist lediglich ausgesetzt (Duldung nach § 60a AufenthG)."
        )
    s.append(
        r.choice(
            [
                f"Die Ausländerakte führt die {c.abh}.",
                f"Zuständige Ausländerbehörde: {c.abh}.",
                f"Für {'mich' if first else ihn} ist die {c.abh} zuständig.",
            ]
        )
    )
    if c.s58a:
        s.append(
            f"Zudem hat die Behörde eine Abschiebungsanordnung gemäß § 58a AufenthG gegen {'mich' if first else ihn} erlassen."
        )
    if c.rueckfuehrung:
        s.append(
            f"Besonders dringlich: Die Ausländerbehörde hat die Rückführung für den {fmt_long(c.rueckfuehrung)} angekündigt."
        )
    if c.criminal:
        off, sentence = c.offence
        s.append(
            f"Nicht verschwiegen werden soll ein Strafbefehl des Amtsgerichts {c.court_city} vom {fmt(c.criminal_date)} wegen {off}; "
            f"festgesetzt wurde eine Geldstrafe von {sentence}."
        )

    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        f.append(
            f"{'Ich bin' if first else Er + ' ist'} mit {sp[0].full} verheiratet; die Eheleute leben gemeinsam in einer Wohnung."
        )
    if len(kids) == 1:
        k = kids[0]
        f.append(
            f"{'Unser' if first else 'Das gemeinsame'} Kind {k.vorname} hat seine Freunde hier und spricht besser Deutsch als die Sprache der Eltern."
        )
    elif kids:
        names = ", ".join(k.vorname for k in kids[:-1]) + " und " + kids[-1].vorname
        f.append(
            f"{'Unsere' if first else 'Die gemeinsamen'} Kinder {names} haben ihre Freunde hier und sprechen besser Deutsch als die Sprache der Eltern."
        )
    f.append(
        r.choice(
            [
                "In Deutschland lebt außerdem ein Onkel, der eingebürgert ist und die Familie unterstützt.",
                "Eine Tante mit unbefristetem Aufenthalt wohnt in derselben Stadt; man sieht sich fast täglich.",
                "Angehörige im Herkunftsland gibt es kaum noch; der Kontakt ist seit Jahren abgebrochen.",
            ]
        )
    )

    g = t["integration"]
    g.append(
        f"{'Ich habe' if first else Er + ' hat'} den Integrationskurs abgeschlossen und {'verständige mich' if first else 'verständigt sich'} im Alltag ohne Dolmetscher."
    )
    if c.ausbildung:
        job = r.choice(["Fachkraft für Lagerlogistik", "Altenpfleger", "Tischler"])
        g.append(
            f"Im August {c.received.year - 1} {'habe ich' if first else 'hat ' + er} eine Berufsausbildung zum {job} begonnen; "
            "eine Ausbildungsduldung (§ 60c AufenthG) kommt in Betracht."
        )
    else:
        g.append(
            f"Seit {r.randint(2019, c.received.year - 1)} {'bin ich' if first else 'ist ' + er} bei {c.employer} als {c.job} tätig und {'bestreite' if first else 'bestreitet'} den Lebensunterhalt ohne Sozialleistungen."
        )
    g.append(f"In der Freizeit {'helfe ich' if first else 'hilft ' + er} im {c.club} mit.")
    for k in c.school_age():
        g.append(f"{k.vorname} geht in die {c.school}; die Lehrkräfte loben die Mitarbeit.")

    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        phrase = N.ILLNESS_PHRASES[c.diagnosis[0]]
        if first and c.ill_person == 0:
            h.append(f"Ich bin {phrase} erkrankt und regelmäßig in ärztlicher Behandlung.")
        else:
            h.append(
                f"{p.full} ist {phrase} erkrankt und auf fortlaufende fachärztliche Behandlung angewiesen."
            )
        h.append("Im Herkunftsland wäre diese Behandlung weder verfügbar noch bezahlbar.")
    h.append(
        r.choice(
            [
                f"Eine Rückkehr nach {land} würde bedeuten, ohne Wohnung, Einkommen und Netz von vorn anzufangen.",
                f"In {land} gibt es für {'mich' if first else ihn} keine Lebensgrundlage mehr; der Lebensmittelpunkt liegt längst hier.",
            ]
        )
    )
    return t


# ------------------------------------------------------------------ the story (English)


def story_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    a = c.applicant
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    place = "" if _omit(c, 0, "geburtsort") else f" in {a.geburtsort}"
    t["lebensgeschichte"].append(
        f"I grew up{place}, {land}. I left school early and worked to support my parents."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"In {c.entry.year - 2} I was deported from Germany. Although there is an entry ban (§ 11 AufenthG), I came back on {d_us(c.entry)}."
        )
    else:
        t["lebensgeschichte"].append(f"I arrived in Germany on {d_us(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My asylum claim from {d_us(c.asylum_applied)} was refused by the BAMF on {d_us(c.bamf_date)}, reference number {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"My case at the {c.court_name} ({c.court_az}) "
                + (
                    "has not been decided yet."
                    if c.court_pending
                    else f"was rejected on {d_us(c.court_date)}."
                )
            )
    else:
        s.append(
            f"I came on a visa ({c.visa_purpose.replace('des ', 'for ').replace('der ', 'for ')}), but the permit was not renewed."
        )
        if c.court:
            s.append(
                f"I went to the {c.court_name} ({c.court_az}); "
                + (
                    "the case is still open."
                    if c.court_pending
                    else f"it was decided against me on {d_us(c.court_date)}."
                )
            )
    if c.gestattung:
        s.append(
            "Right now I have an Aufenthaltsgestattung (permission to stay during the asylum procedure)."
        )
    else:
        s.append("Now I only have a Duldung, which has to be renewed every few months.")
    s.append(f"My file is with the {c.abh}.")
    if c.s58a:
        s.append("The authority has also issued a deportation order under § 58a AufenthG.")
    if c.rueckfuehrung:
        s.append(f"I was told that I will be deported on {d_us(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(
            f"I must also say that I got a penalty order (Strafbefehl) from the local court on {d_us(c.criminal_date)} and paid the fine."
        )
    fam = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    if sp:
        fam.append(f"I live together with my {'wife' if sp[0].sex == 'f' else 'husband'} {sp[0].full}.")
    if c.children():
        fam.append(
            f"Our children {', '.join(k.vorname for k in c.children())} know only Germany as their home."
        )
    fam.append("My brother lives in Germany with a settlement permit; we visit each other every week.")
    g = t["integration"]
    g.append("I finished the integration course and I can speak German well in daily life.")
    if c.ausbildung:
        g.append(
            "I started an apprenticeship, so a Duldung for vocational training under § 60c AufenthG is possible."
        )
    else:
        g.append(f"I have a job as {c.job} at {c.employer}; I do not receive social benefits.")
    g.append(f"In my free time I help at {c.club}.")
    for k in c.school_age():
        g.append(f"{k.vorname} goes to {c.school}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I suffer" if c.ill_person == 0 else f"{p.full} suffers"
        h.append(f"{who} {N.ILLNESS_EN[c.diagnosis[0]]} and is under regular medical treatment.")
    h.append(f"In {land} nobody is waiting for us and there is no place to live.")
    return t


ORDER = ["lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"]


def _names_and(c: Case) -> str:
    full = [p.full for p in c.persons]
    return full[0] if len(full) == 1 else ", ".join(full[:-1]) + " und " + full[-1]


def _rep_intro(c: Case, r: random.Random) -> str:
    names = _names_and(c)
    rp = c.rep
    if c.sender == "anwalt":
        return r.choice(
            [
                f"unter Vorlage der Vollmacht zeige ich an, dass ich {names} anwaltlich vertrete, und rege an, die Härtefallkommission möge sich mit dem Fall befassen (§ 23a AufenthG).",
                f"in der aufenthaltsrechtlichen Angelegenheit {c.applicant.name} vertreten wir die unten genannten Personen. Wir bitten um Befassung der Kommission und um ein Härtefallersuchen.",
            ]
        )
    if c.sender == "beratungsstelle":
        return (
            f"seit längerer Zeit begleiten wir in unserer Beratung {names}. Mit deren ausdrücklichem Einverständnis wenden wir uns an Sie "
            "und bitten darum, den Fall in der Härtefallkommission zu beraten."
        )
    if c.sender == "privat":
        return f"mein Name ist {rp.person}, ich bin der {rp.relation} von {c.applicant.full}. Weil die Deutschkenntnisse für ein solches Schreiben nicht reichen, stelle ich für {names} diesen Härtefallantrag."
    return r.choice(
        [
            "ich bitte die Härtefallkommission, sich mit meinem Fall und dem meiner Familie zu beschäftigen.",
            "hiermit wende ich mich an Sie mit der Bitte um ein Härtefallersuchen für mich und meine Angehörigen.",
        ]
    )


# ------------------------------------------------------------------ antrag: person blocks


def _person_label_tables(c: Case) -> list:
    """One two-column form per person, labels on the left."""
    out: list = []
    for i, p in enumerate(c.persons):
        rows = [["Familienname", p.name], ["Vorname(n)", p.vorname]]
        if not _omit(c, i, "geburtsdatum"):
            rows.append(["Geburtsdatum", fmt(p.geburtsdatum)])
        if not _omit(c, i, "geburtsort"):
            rows.append(["Geburtsort", p.geburtsort])
        if not _omit(c, i, "staatsangehoerigkeit"):
            rows.append(["Staatsangehörigkeit", p.staat])
        out.append(P(f"Person {i + 1} – {_relation_de(c, p)}", bold=True, size=9.5, after=1))
        out.append(Table(rows, [0.32, 0.68], header=False, grid=False))
    out.append(P(f"Gemeinsame Wohnanschrift: {c.adresse}"))
    return out


def _person_sentences(c: Case) -> list:
    """Each person in a sentence of its own."""
    out = []
    his = "Seine" if c.applicant.sex == "m" else "Ihre"
    for i, p in enumerate(c.persons):
        if p.role == "applicant":
            s = ("Herr " if p.sex == "m" else "Frau ") + p.full
        elif p.role == "spouse":
            s = f"{his} {'Ehefrau' if p.sex == 'f' else 'Ehemann'} {p.full}".replace(
                "Seine Ehemann", "Sein Ehemann"
            ).replace("Ihre Ehemann", "Ihr Ehemann")
        else:
            s = f"{'Der Sohn' if p.sex == 'm' else 'Die Tochter'} {p.full}"
        bits = []
        if not _omit(c, i, "geburtsdatum"):
            where = "" if _omit(c, i, "geburtsort") else f" in {p.geburtsort}"
            bits.append(f"kam am {fmt_long(p.geburtsdatum)}{where} zur Welt")
        elif not _omit(c, i, "geburtsort"):
            bits.append(f"ist in {p.geburtsort} geboren")
        if not _omit(c, i, "staatsangehoerigkeit"):
            bits.append(f"hat die {p.staat}e Staatsangehörigkeit")
        out.append(P(f"{s} " + " und ".join(bits) + "." if bits else f"{s}.", after=2))
    out.append(P(f"Die Familie wohnt unter der Anschrift {c.adresse}."))
    return out


def _person_family_table(c: Case) -> list:
    """A family table with the relation first and an unusual column order."""
    rows = [["Verhältnis", "Geburtsdatum", "Vorname", "Familienname", "Staatsang.", "Geburtsort"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                _relation_de(c, p),
                "" if _omit(c, i, "geburtsdatum") else d_plain(p.geburtsdatum),
                p.vorname,
                p.name,
                "" if _omit(c, i, "staatsangehoerigkeit") else p.staat,
                "" if _omit(c, i, "geburtsort") else p.geburtsort,
            ]
        )
    return [Table(rows, [0.17, 0.16, 0.16, 0.18, 0.14, 0.19], size=9), P(f"Wohnort: {c.adresse}")]


def _person_lines(c: Case) -> list:
    """One line per person, fields separated by commas."""
    out = []
    for i, p in enumerate(c.persons):
        parts = [f"{p.name}, {p.vorname}"]
        if not _omit(c, i, "geburtsdatum"):
            parts.append(f"geb. {d_plain(p.geburtsdatum)}")
        if not _omit(c, i, "geburtsort"):
            parts.append(p.geburtsort)
        if not _omit(c, i, "staatsangehoerigkeit"):
            parts.append(p.staat)
        out.append(P("– " + ", ".join(parts), after=1, indent=6))
    out.append(P(f"Adresse: {c.adresse}", indent=6))
    return out


# ------------------------------------------------------------------ antrag templates


@tpl("antrag", "k1", SPLIT)
def antrag_k1(c, d, r):
    """A written submission in the manner of a law office: matter line, persons as label forms, A/B structure."""
    t = story_de(c, r, c.sender == "applicant")
    blocks = _head(c, r) + _hfk_recipient(r)
    blocks.append(P(f"{_place(c)}, den {fmt_long(d.date)}", align="right"))
    blocks.append(P(f"Härtefallsache {c.applicant.name}", bold=True, after=0))
    blocks.append(P("hier: Antrag nach § 23a AufenthG i. V. m. der HFKVO NRW", after=10))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_rep_intro(c, r)))
    blocks.append(P("Betroffene Personen", bold=True))
    blocks += _person_label_tables(c)
    blocks.append(P("A. Sachverhalt", bold=True, size=11.5))
    for topic in ("lebensgeschichte", "aufenthaltssituation"):
        if topic in c.topics:
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("B. Gründe für ein Härtefallersuchen", bold=True, size=11.5))
    sub = {
        "familie": "Familiäre Lage",
        "integration": "Integration",
        "humanitaere_gruende": "Dringende humanitäre Gründe",
    }
    roman = iter(["I.", "II.", "III."])
    for topic in ("familie", "integration", "humanitaere_gruende"):
        if topic in c.topics:
            blocks.append(P(f"{next(roman)} {sub[topic]}", bold=True, after=2))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(
        P(
            "Im Ergebnis liegen dringende persönliche Gründe vor, die den weiteren Aufenthalt rechtfertigen. Um Eingangsbestätigung wird gebeten."
        )
    )
    blocks.append(P("Hochachtungsvoll" if r.random() < 0.4 else "Mit freundlichen Grüßen"))
    blocks += _signer(c)
    return DocSpec(blocks, _style(r, "serif"), footer="- {p} -", header=f"Härtefallsache {c.applicant.name}")


@tpl("antrag", "k2", SPLIT)
def antrag_k2(c, d, r):
    """A counselling-style letter: persons in running sentences, family first, no headings."""
    t = story_de(c, r, c.sender == "applicant")
    blocks = _head(c, r)
    blocks.append(P(f"{_place(c)}, {d_short(d.date)}", align="right", after=8))
    blocks += _hfk_recipient(r)
    blocks.append(
        P(
            f"Bitte um Aufnahme des Falles {c.applicant.full} in die Beratung der Härtefallkommission",
            bold=True,
        )
    )
    blocks.append(P("Sehr geehrte Mitglieder der Kommission,"))
    blocks.append(P(_rep_intro(c, r)))
    blocks.append(P("Um wen geht es?", bold=True, after=2))
    blocks += _person_sentences(c)
    for topic in (
        "familie",
        "lebensgeschichte",
        "aufenthaltssituation",
        "integration",
        "humanitaere_gruende",
    ):
        if topic in c.topics:
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("Wir danken Ihnen für Ihre Mühe und hoffen auf eine positive Entscheidung."))
    blocks.append(P("Herzliche Grüße"))
    blocks += _signer(c)
    return DocSpec(blocks, _style(r, "sans"))


@tpl("antrag", "k3", SPLIT)
def antrag_k3(c, d, r):
    """An intake form with boxes: family table with a relation column, questions as headings."""
    t = story_de(c, r, c.sender == "applicant")
    blocks = [
        P("Erfassungsbogen Härtefallantrag (§ 23a AufenthG)", bold=True, size=13, align="center"),
        P("bitte in Druckbuchstaben ausfüllen", size=8, align="center", after=8),
    ]
    if c.sender == "applicant":
        filer = ["☒ selbst (antragstellende Person)", "☐ durch Bevollmächtigte/n"]
    else:
        rp = c.rep
        filer = [
            "☐ selbst (antragstellende Person)",
            f"☒ durch Bevollmächtigte/n: {rp.org if rp.kind != 'privat' else rp.person}",
            f"     Anschrift: {rp.street}, {rp.city}",
            f"     Ansprechperson: {rp.person}",
        ]
    blocks.append(Box(["Der Antrag wird gestellt"] + filer, size=9.5))
    blocks.append(P("1. Personen, für die der Antrag gestellt wird", bold=True))
    blocks += _person_family_table(c)
    blocks.append(
        Table(
            [
                ["Zuständige Ausländerbehörde", c.abh],
                ["Geschäftszeichen BAMF", c.bamf_gz if c.asylum else "entfällt"],
                ["Datum der Einreise", d_plain(c.entry) if "lebensgeschichte" in c.topics else ""],
            ],
            [0.4, 0.6],
            header=False,
        )
    )
    if c.sender != "applicant":
        blocks.append(P("Anmerkung der bevollmächtigten Person: " + _rep_intro(c, r), size=9.5))
    q = {
        "lebensgeschichte": "2. Wie verlief das Leben bis zur Einreise?",
        "aufenthaltssituation": "3. Wie ist der aufenthaltsrechtliche Stand?",
        "familie": "4. Welche familiären Bindungen bestehen?",
        "integration": "5. Was wurde in Deutschland erreicht (Sprache, Arbeit, Schule, Ehrenamt)?",
        "humanitaere_gruende": "6. Warum ist eine Ausreise unzumutbar?",
    }
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(q[topic], bold=True, after=2))
            blocks.append(P(" ".join(t[topic]), indent=10))
    blocks.append(P(f"Ort, Datum: {_place(c)}, {d_plain(d.date)}"))
    blocks += _signer(c)
    return DocSpec(blocks, _style(r, "cond"), footer="Erfassungsbogen HFK – Blatt {p}/{n}")


@tpl("antrag", "k4", SPLIT)
def antrag_k4(c, d, r):
    """A short plain letter: one line per person, short story without headings."""
    first = c.sender == "applicant"
    t = story_de(c, r, first)
    blocks = []
    if first:
        blocks += [P(c.applicant.full, after=0), P(c.adresse, after=12)]
    else:
        rp = c.rep
        blocks += [
            P(rp.person if rp.kind == "privat" else rp.org, after=0),
            P(f"{rp.street}, {rp.city}", after=12),
        ]
    blocks.append(P("An die Härtefallkommission NRW in Düsseldorf", after=10))
    blocks.append(P(f"den {fmt_long(d.date)}", align="right"))
    blocks.append(P("Antrag auf Härtefall", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren," if r.random() < 0.5 else "Guten Tag,"))
    blocks.append(P(_rep_intro(c, r)))
    blocks.append(P("Es geht um folgende Personen:", after=2))
    blocks += _person_lines(c)
    story = [
        s
        for topic in (
            "aufenthaltssituation",
            "lebensgeschichte",
            "humanitaere_gruende",
            "familie",
            "integration",
        )
        if topic in c.topics
        for s in t[topic]
    ]
    # several short paragraphs of two or three sentences, the way people write when they tell it in order
    for i in range(0, len(story), 3):
        blocks.append(P(" ".join(story[i : i + 3])))
    blocks.append(P("Bitte helfen Sie uns. Danke."))
    blocks += _signer(c)
    return DocSpec(blocks, _style(r, r.choice(["sans", "cond"]), size=11.0))


@tpl("antrag", "en_k1", SPLIT)
def antrag_en_k1(c, d, r):
    """English: numbered persons with labelled fields, American dates."""
    t = story_en(c, r)
    nat = c.natinfo["en"]
    blocks = [P(c.applicant.full, bold=True, after=0), P(c.adresse, after=12)]
    blocks.append(
        P("To: Hardship Commission NRW (Härtefallkommission), Völklinger Str. 4, 40219 Düsseldorf", after=10)
    )
    blocks.append(P(d_us(d.date), align="right"))
    blocks.append(P("Subject: Hardship case application according to § 23a Residence Act", bold=True))
    blocks.append(P("To whom it may concern,"))
    blocks.append(
        P(
            "I kindly ask the Commission to look at my situation and the situation of my family and to help us stay in Germany."
        )
    )
    blocks.append(P("Persons concerned", bold=True, after=2))
    for i, p in enumerate(c.persons, 1):
        blocks.append(P(f"{i}. {p.vorname} {p.name.upper()} ({_relation_en(p)})", after=0, indent=4))
        if not _omit(c, i - 1, "geburtsdatum"):
            blocks.append(P(f"Date of birth: {d_us(p.geburtsdatum)}", after=0, indent=18))
        if not _omit(c, i - 1, "geburtsort"):
            blocks.append(P(f"Place of birth: {p.geburtsort}", after=0, indent=18))
        if not _omit(c, i - 1, "staatsangehoerigkeit"):
            blocks.append(P(f"Citizenship: {nat}", after=0, indent=18))
        blocks.append(Space(3))
    blocks.append(P(f"We all live at {c.adresse}."))
    heads = {
        "lebensgeschichte": "Background",
        "aufenthaltssituation": "Legal status",
        "familie": "Family ties",
        "integration": "Life in Germany",
        "humanitaere_gruende": "Reasons why we cannot return",
    }
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(heads[topic] + ":", bold=True, after=1))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("Thank you for your time. Sincerely,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _style(r, "sans"))


@tpl("antrag", "en_k2", SPLIT)
def antrag_en_k2(c, d, r):
    """English: the applicant in running text, the family in a table with a relation column, British dates."""
    t = story_en(c, r)
    a = c.applicant
    nat = c.natinfo["en"]
    blocks = [
        Table([[a.full, fmt_en(d.date)], [c.adresse, ""]], [0.7, 0.3], header=False, grid=False),
        Space(6),
        P("Dear members of the Hardship Commission,"),
    ]
    bits = [f"My name is {a.full}"]
    if not _omit(c, 0, "geburtsdatum"):
        bits.append(
            f"I was born on {fmt_en(a.geburtsdatum)}"
            + ("" if _omit(c, 0, "geburtsort") else f" in {a.geburtsort}")
        )
    elif not _omit(c, 0, "geburtsort"):
        bits.append(f"I was born in {a.geburtsort}")
    if not _omit(c, 0, "staatsangehoerigkeit"):
        bits.append(f"my nationality is {nat}")
    blocks.append(P(", ".join(bits) + ". I am writing to ask for a hardship decision (§ 23a AufenthG)."))
    if len(c.persons) > 1:
        rows = [["Relation", "Surname", "Given name(s)", "Born on", "Born in", "Nationality"]]
        for i, p in enumerate(c.persons[1:], 1):
            rows.append(
                [
                    _relation_en(p),
                    p.name,
                    p.vorname,
                    "" if _omit(c, i, "geburtsdatum") else fmt_en(p.geburtsdatum),
                    "" if _omit(c, i, "geburtsort") else p.geburtsort,
                    "" if _omit(c, i, "staatsangehoerigkeit") else nat,
                ]
            )
        blocks.append(P("My family members living with me:", after=2))
        blocks.append(Table(rows, [0.13, 0.17, 0.17, 0.19, 0.17, 0.17], size=9))
    for topic in (
        "aufenthaltssituation",
        "lebensgeschichte",
        "familie",
        "integration",
        "humanitaere_gruende",
    ):
        if topic in c.topics:
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("With best regards,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _style(r, "serif"))


# ------------------------------------------------------------------ bamf_bescheid

REASONS = [
    "Die antragstellende Person ist nach eigenen Angaben {nat}e Staatsangehörige. Sie verließ ihr Herkunftsland und gelangte am {entry} in das Bundesgebiet; der förmliche Asylantrag wurde am {applied} gestellt.",
    "In der Anhörung gab sie an, sie habe ihr Land wegen der allgemeinen Unsicherheit verlassen. Auf Nachfrage konnte sie keine gegen sie persönlich gerichteten Maßnahmen schildern.",
    "Eine Verfolgung im Sinne von § 3 AsylG ist nicht beachtlich wahrscheinlich. Das Vorbringen erschöpft sich in allgemeinen Schilderungen, die keinen Bezug zu einem Verfolgungsgrund erkennen lassen.",
    "Die Schilderungen sind zudem oberflächlich geblieben. Zeitliche Abläufe wurden trotz mehrfacher Nachfrage nicht nachvollziehbar dargelegt, so dass das Bundesamt die behaupteten Ereignisse nicht für glaubhaft hält.",
    "Die Voraussetzungen des subsidiären Schutzes nach § 4 AsylG liegen ebenfalls nicht vor. Ein ernsthafter Schaden durch einen staatlichen oder nichtstaatlichen Akteur droht nicht.",
    "Nationale Abschiebungsverbote sind nicht festzustellen. Es ist davon auszugehen, dass die antragstellende Person ihr Existenzminimum bei einer Rückkehr durch eigene Erwerbstätigkeit sichern kann.",
    "Gesundheitliche Gründe, die einer Rückkehr entgegenstehen könnten, wurden nicht durch qualifizierte ärztliche Bescheinigungen im Sinne des § 60a Absatz 2c AufenthG glaubhaft gemacht.",
    "Die Ausreiseaufforderung und Abschiebungsandrohung beruhen auf §§ 34, 38 AsylG in Verbindung mit § 59 AufenthG.",
    "Die Befristung des gesetzlichen Einreise- und Aufenthaltsverbots ist ermessensgerecht; besondere Umstände, die eine kürzere Frist gebieten würden, sind nicht ersichtlich.",
    "Das Bundesamt hat die zur Verfügung stehenden Lageberichte und Erkenntnisquellen zum Herkunftsland ausgewertet und seiner Entscheidung zugrunde gelegt.",
]


def _bamf_reasons(c: Case, d: DocPlan, r: random.Random) -> list[str]:
    n = d.extra.get("bamf_reasons", 6)
    pool = REASONS[:]
    tail = pool[1:]
    r.shuffle(tail)
    pool = pool[:1] + tail
    out = []
    for i in range(n):
        out.append(
            pool[i % len(pool)].format(
                nat=c.applicant.staat, entry=fmt(c.entry), applied=fmt(c.asylum_applied)
            )
        )
    return out


def _tenor(c: Case) -> list[str]:
    if c.bamf_tenor == 6:
        return [
            "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
            "Der Antrag auf Anerkennung als Asylberechtigte/r wird abgelehnt.",
            "Der subsidiäre Schutzstatus wird nicht zuerkannt.",
            "Abschiebungsverbote nach § 60 Abs. 5 und 7 Satz 1 AufenthG liegen nicht vor.",
            f"Die antragstellende Person wird aufgefordert, die Bundesrepublik Deutschland innerhalb von 30 Tagen nach Bekanntgabe zu verlassen; andernfalls wird sie nach {c.natinfo['land']} abgeschoben.",
            "Das gesetzliche Einreise- und Aufenthaltsverbot wird auf 30 Monate ab dem Tag der Abschiebung befristet.",
        ]
    return [
        "Der Asylantrag wird als unzulässig abgelehnt.",
        "Abschiebungsverbote nach § 60 Abs. 5 und 7 Satz 1 AufenthG liegen nicht vor.",
        "Die Abschiebung in den für die Durchführung des Asylverfahrens zuständigen Mitgliedstaat wird angeordnet.",
        "Das Einreise- und Aufenthaltsverbot wird auf 15 Monate ab dem Tag der Abschiebung befristet.",
    ]


def _bamf_addressee(c: Case, r: random.Random) -> list[str]:
    a = c.applicant
    if c.rep and c.rep.kind == "anwalt" and r.random() < 0.5:
        return [c.rep.org, c.rep.street, c.rep.city, f"(für {a.full})"]
    return [a.full, c.street, f"{c.plz} {c.city}"]


@tpl("bamf_bescheid", "k1", SPLIT)
def bamf_k1(c, d, r):
    """Info column on the right, persons of the procedure in a table."""
    site = c.bamf_site
    a = c.applicant
    blocks = [
        Table(
            [
                ["Bundesamt für Migration\nund Flüchtlinge", f"{site[0]}\n{site[1]}\n{site[2]}"],
                ["", f"Gesch.-Z.: {c.bamf_gz}\n(bitte stets angeben)\nDatum: {fmt(d.date)}"],
            ],
            [0.55, 0.45],
            header=False,
            grid=False,
        ),
        Space(4),
    ]
    blocks += [P(x, after=0) for x in _bamf_addressee(c, r)] + [Space(14)]
    blocks.append(P("Bescheid", bold=True, size=15))
    blocks.append(P("In dem Asylverfahren der nachstehend aufgeführten Person"))
    rows = [["Name, Vorname", "geb. am", "in", "Staatsangeh."]]
    rows.append([f"{a.name}, {a.vorname}", fmt(a.geburtsdatum), a.geburtsort, a.staat])
    blocks.append(Table(rows, [0.35, 0.2, 0.25, 0.2], size=9.5))
    blocks.append(P(f"wohnhaft: {c.adresse}"))
    blocks.append(P("ergeht folgende Entscheidung:", bold=True))
    for i, t in enumerate(_tenor(c), 1):
        blocks.append(P(f"{i}.  {t}", indent=14))
    blocks.append(P("Gründe", bold=True, align="center"))
    for i, text in enumerate(_bamf_reasons(c, d, r)):
        if i in (0, 2):
            blocks.append(P(["I.", "II."][i // 2], bold=True, after=1))
        blocks.append(P(text))
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True))
    blocks.append(
        P(
            f"Gegen diesen Bescheid kann innerhalb von zwei Wochen nach Zustellung Klage beim Verwaltungsgericht {c.court_name.replace('Verwaltungsgericht ', '') or 'Düsseldorf'} erhoben werden.",
            size=9,
        )
    )
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(P(r.choice(["Becker", "Yilmaz", "Hartmann", "Krüger"]) + " (Einzelentscheider/in)"))
    return DocSpec(blocks, _style(r, "sans"), footer="Seite {p} von {n}")


@tpl("bamf_bescheid", "k2", SPLIT)
def bamf_k2(c, d, r):
    """Classic layout with the reference number in the running header and the page count at the top."""
    site = c.bamf_site
    a = c.applicant
    blocks = [
        P("BAMF", bold=True, size=18, after=0),
        P("Bundesamt für Migration und Flüchtlinge", size=10, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8),
        Rule(1.5),
        P(f"Geschäftszeichen: {c.bamf_gz}", after=0),
        P(f"Ort und Tag: {site[2].split(' ', 1)[1]}, {fmt_long(d.date)}", after=12),
    ]
    blocks += [P(x, after=0) for x in _bamf_addressee(c, r)] + [Space(14)]
    blocks.append(P("B E S C H E I D", bold=True, size=14, align="center"))
    blocks.append(
        P(
            f"Antragsteller/in: {a.full}; geboren {fmt(a.geburtsdatum)} in {a.geburtsort}; Staatsangehörigkeit {a.staat}; "
            f"Anschrift {c.adresse}."
        )
    )
    blocks.append(P("Das Bundesamt entscheidet:", bold=True))
    for i, t in enumerate(_tenor(c), 1):
        blocks.append(P(f"({i}) {t}", indent=8))
    blocks.append(P("Begründung", bold=True))
    for text in _bamf_reasons(c, d, r):
        blocks.append(P(text))
    blocks.append(
        P(
            f"Belehrung: Klage ist binnen zwei Wochen beim Verwaltungsgericht {c.court_name.replace('Verwaltungsgericht ', '') or 'Gelsenkirchen'} zu erheben.",
            size=9,
        )
    )
    blocks.append(Signature("Im Auftrag – " + r.choice(["Sommer", "Demir", "Vogel", "Schulte"])))
    return DocSpec(
        blocks, _style(r, "serif"), header=f"BAMF · {c.bamf_gz} · Fortsetzung", footer="Seite {p} von {n}"
    )


@tpl("bamf_bescheid", "k3", SPLIT)
def bamf_k3(c, d, r):
    """Boxed sender, label/value block for the person, the tenor under a rule, mono type of an old print system."""
    site = c.bamf_site
    a = c.applicant
    blocks = [
        Box(["Bundesamt für Migration und Flüchtlinge", site[0], f"{site[1]}, {site[2]}"], size=9),
        Table(
            [
                ["Gesch.-Z.", c.bamf_gz],
                ["Datum", d_plain(d.date)],
                ["Ländercode", c.natinfo["code"]],
            ],
            [0.25, 0.75],
            header=False,
            grid=False,
            size=9,
        ),
    ]
    blocks += [P(x, after=0) for x in _bamf_addressee(c, r)] + [Space(12)]
    blocks.append(P("BESCHEID", bold=True, size=13))
    blocks.append(
        Table(
            [
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geburtsdatum/-ort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
            grid=True,
            size=9.5,
        )
    )
    blocks.append(Rule())
    for i, t in enumerate(_tenor(c), 1):
        blocks.append(P(f"{i}. {t}"))
    blocks.append(Rule())
    blocks.append(P("Begründung:", bold=True))
    for text in _bamf_reasons(c, d, r):
        blocks.append(P(text))
    blocks.append(P("Im Auftrag", after=14))
    blocks.append(P(r.choice(["Wagner", "Celik", "Lorenz"])))
    return DocSpec(blocks, _style(r, "mono", size=9.5), footer=f"BAMF {c.bamf_gz}   Seite {{p}} von {{n}}")


# ------------------------------------------------------------------ aerztliches_gutachten


def _doc_head(c: Case, r: random.Random) -> list:
    tel = f"0{r_digits(c.practice)}"
    street = f"{r.choice(N.STREETS)} {r.randint(1, 90)}"
    if r.random() < 0.5:
        return [
            Table(
                [[c.practice, f"{street}\n{c.court_city_plz()}\nTel. {tel}"]],
                [0.62, 0.38],
                header=False,
                grid=False,
                size=9,
            ),
            Rule(0.6),
        ]
    return [
        P(c.practice, bold=True, align="center", after=0),
        P(f"{street} – {c.court_city_plz()} – {tel}", size=8, align="center"),
        Space(8),
    ]


def _patient_line(c: Case) -> tuple[str, str]:
    p = c.persons[c.ill_person]
    return p.full, fmt(p.geburtsdatum)


@tpl("aerztliches_gutachten", "k1", SPLIT)
def med_k1(c, d, r):
    """A specialist's statement with numbered sections answering the questions of § 60a Abs. 2c AufenthG."""
    code, name, sev = c.diagnosis
    pname, born = _patient_line(c)
    blocks = _doc_head(c, r) + [
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P("Qualifizierte ärztliche Bescheinigung", bold=True, size=13, after=0),
        P("gemäß § 60a Abs. 2c AufenthG", size=9),
        P(f"Betrifft: {pname}, geboren am {born}"),
        P("1. Tatsächliche Umstände und Methode der Tatsachenerhebung", bold=True, after=1),
        P(
            f"Die Feststellungen beruhen auf {r.randint(5, 25)} ambulanten Terminen seit {c.entry.year + 1}, auf Fremdanamnese und psychometrischer Testung."
        ),
        P("2. Fachlich-medizinische Beurteilung (Diagnose)", bold=True, after=1),
        P(f"{code} – {name}"),
        P("3. Schweregrad", bold=True, after=1),
        P(f"Die Erkrankung ist derzeit {sev} ausgeprägt."),
        P("4. Folgen bei Abbruch der Behandlung", bold=True, after=1),
        P(
            "Bei einem Abbruch der Behandlung ist mit einer deutlichen Verschlechterung bis hin zur Selbstgefährdung zu rechnen."
        ),
        P("5. Medikation", bold=True, after=1),
        P("; ".join(r.sample(N.MEDICATION, 2))),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _style(r, "sans"), footer="Seite {p}/{n}")


@tpl("aerztliches_gutachten", "k2", SPLIT)
def med_k2(c, d, r):
    """A general practitioner's short certificate: the patient in a table, the date under the stamp."""
    code, name, _ = c.diagnosis
    pname, born = _patient_line(c)
    blocks = _doc_head(c, r) + [
        P("ATTEST", bold=True, size=16, align="center"),
        Table(
            [["Patient/in", pname], ["geb.", born], ["Wohnort", c.adresse]],
            [0.25, 0.75],
            header=False,
            grid=False,
        ),
        P(
            f"Die o. g. Person ist bei mir in hausärztlicher Betreuung. Es besteht {name} ({code}). "
            "Regelmäßige Kontrollen und eine dauerhafte Medikation sind erforderlich."
        ),
        P(
            "Dieses Attest wird auf Wunsch der Patientin / des Patienten zur Vorlage bei Behörden ausgestellt."
        ),
        Box([c.practice, f"ausgestellt am {d_short(d.date)}"], size=8.5),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _style(r, "cond"))


@tpl("aerztliches_gutachten", "k3", SPLIT)
def med_k3(c, d, r):
    """A hospital discharge letter to the family doctor."""
    code, name, sev = c.diagnosis
    pname, born = _patient_line(c)
    start = d.date - timedelta(days=r.randint(10, 30))
    blocks = _doc_head(c, r) + [
        P(f"Entlassungsbericht vom {fmt(d.date)}", bold=True, size=12),
        P(f"Wir berichten über {pname} (* {born}), stationär behandelt vom {fmt(start)} bis {fmt(d.date)}."),
        P("Diagnosen:", bold=True, after=1),
        P(f"• {name} [{code}]", indent=8),
        P("Verlauf:", bold=True, after=1),
        P(
            f"Aufnahme bei {sev} ausgeprägter Symptomatik. Unter Therapie kam es zu einer teilweisen Stabilisierung. "
            "Eine ambulante Weiterbehandlung ist zwingend; ein Wechsel des Lebensumfelds würde den Behandlungserfolg gefährden."
        ),
        P("Entlassmedikation: " + ", ".join(r.sample(N.MEDICATION, 2))),
        P("Mit freundlichen kollegialen Grüßen"),
        Signature(c.doctor + ", Oberärztin/Oberarzt"),
    ]
    return DocSpec(blocks, _style(r, "serif"))


# ------------------------------------------------------------------ vollmacht


@tpl("vollmacht", "k1", SPLIT)
def voll_k1(c, d, r):
    """A lawyer's form with checkboxes."""
    rp = c.rep
    blocks = [
        P(f"{_rep_name(c)} · {rp.street} · {rp.city}", size=8),
        P("VOLLMACHT", bold=True, size=16),
        P(
            f"Hiermit wird {_rep_name(c)}" + ("" if rp.kind == "privat" else f" (Bearbeitung: {rp.person})"),
            after=2,
        ),
        P("in Sachen Aufenthaltsrecht / Härtefallverfahren Vollmacht erteilt:", after=6),
    ]
    for x in [
        "☒ Vertretung gegenüber der Härtefallkommission NRW",
        "☒ Vertretung gegenüber Ausländerbehörde und Bundesamt",
        "☒ Akteneinsicht",
        "☐ Vertretung vor Gericht",
        "☒ Entgegennahme von Zustellungen",
    ]:
        blocks.append(P(x, indent=10, after=1))
    blocks.append(Space(8))
    blocks.append(
        Table(
            [["Vollmachtgeber/in", c.applicant.full], ["Ort, Datum", f"{c.city_or_nrw()}, {fmt(d.date)}"]],
            [0.3, 0.7],
            header=False,
        )
    )
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _style(r, "sans"))


@tpl("vollmacht", "k2", SPLIT)
def voll_k2(c, d, r):
    """A counselling service's plain authorisation in running text, all adults sign."""
    adults = [p for p in c.persons if p.role != "child"]
    blocks = [
        P("Vollmacht und Einverständniserklärung", bold=True, size=13),
        P(
            f"Wir, {' und '.join(p.full for p in adults)}, bevollmächtigen {_rep_name(c)}, {c.rep.adresse}, "
            "uns im Verfahren vor der Härtefallkommission des Landes Nordrhein-Westfalen zu vertreten, Auskünfte einzuholen "
            "und Schriftverkehr in unserem Namen zu führen. Die Vollmacht gilt bis auf Widerruf."
        ),
        P(f"{c.city_or_nrw()}, den {fmt_long(d.date)}"),
    ]
    for p in adults:
        blocks.append(Signature(p.full))
    return DocSpec(blocks, _style(r, "serif"))


@tpl("vollmacht", "k3", SPLIT)
def voll_k3(c, d, r):
    """A two-language authorisation (German/English) in a grid."""
    blocks = [
        P("Vollmacht / Power of Attorney", bold=True, size=13, align="center"),
        Table(
            [
                ["Vollmachtgeber / Principal", c.applicant.full],
                ["Anschrift / Address", c.adresse],
                ["Bevollmächtigt / Authorised", f"{_rep_name(c)}, {c.rep.adresse}"],
                ["Zweck / Purpose", "Härtefallantrag § 23a AufenthG / hardship application"],
                ["Datum / Date", d_short(d.date)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "Die/der Bevollmächtigte darf Erklärungen abgeben und entgegennehmen. / The authorised person may make and receive statements on my behalf.",
            size=9,
        ),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, _style(r, "sans"))


# ------------------------------------------------------------------ schweigepflichtsentbindung


def _ill(c: Case) -> Person:
    return c.persons[c.ill_person]


@tpl("schweigepflichtsentbindung", "k1", SPLIT)
def sch_k1(c, d, r):
    p = _ill(c)
    blocks = [
        P("Erklärung über die Befreiung von der ärztlichen Schweigepflicht", bold=True, size=12),
        Table(
            [
                ["Patient/in", p.full],
                ["geboren am", fmt(p.geburtsdatum)],
                ["Behandelnde/r", f"{c.doctor}, {c.practice}"],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P(
            "Ich befreie die oben genannte Ärztin / den oben genannten Arzt gegenüber der Geschäftsstelle der Härtefallkommission NRW "
            "und deren vertrauensärztlichem Dienst von der Schweigepflicht. Dies gilt für Befunde, Diagnosen und Behandlungsverläufe."
        ),
        P("Die Befreiung kann ich jederzeit mit Wirkung für die Zukunft widerrufen.", size=9),
        P(f"{c.city_or_nrw()}, {d_plain(d.date)}"),
        Signature(p.full if p.role != "child" else c.applicant.full + " (für das Kind " + p.vorname + ")"),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("schweigepflichtsentbindung", "k2", SPLIT)
def sch_k2(c, d, r):
    p = _ill(c)
    blocks = [
        P(c.practice, size=8, align="right"),
        P("Schweigepflichtentbindung", bold=True, size=14, align="center"),
        P(
            f"Ich, {p.full}, geb. {fmt(p.geburtsdatum)}, wohnhaft {c.adresse}, entbinde {c.doctor} hiermit von der Schweigepflicht, "
            "soweit dies für die Prüfung meines Härtefallantrags erforderlich ist."
        ),
        P("☒ gegenüber der Härtefallkommission NRW", after=1),
        P("☒ gegenüber meiner Verfahrensbevollmächtigten / meinem Verfahrensbevollmächtigten", after=1),
        P("☐ gegenüber der Ausländerbehörde"),
        Signature(p.full, f"Datum: {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, _style(r, "cond"))


@tpl("schweigepflichtsentbindung", "k3", SPLIT)
def sch_k3(c, d, r):
    p = _ill(c)
    blocks = [
        Box(["Entbindung von der Schweigepflicht", "(Formblatt für das Härtefallverfahren)"], size=10),
        P(f"Name: {p.name}          Vorname: {p.vorname}"),
        P(f"Geburtsdatum: {d_plain(p.geburtsdatum)}"),
        P(
            f"Hiermit erlaube ich {c.doctor}, der Härtefallkommission Auskunft über meine Erkrankung und Behandlung zu geben. "
            "Auch Rückfragen der Geschäftsstelle dürfen beantwortet werden."
        ),
        P(f"Unterschrift, {d_short(d.date)}"),
        Signature(p.full),
    ]
    return DocSpec(blocks, _style(r, "serif"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "k1", SPLIT)
def ds_k1(c, d, r):
    blocks = [
        P("Information nach Art. 13 DSGVO und Einwilligung", bold=True, size=12),
        P(
            "Die Geschäftsstelle der Härtefallkommission verarbeitet die im Antrag enthaltenen Daten, auch Gesundheitsdaten (Art. 9 DSGVO), "
            "ausschließlich zur Durchführung des Härtefallverfahrens. Die Daten werden an die Mitglieder der Kommission und die zuständige "
            "Ausländerbehörde übermittelt.",
            size=9,
        ),
        P("Ich willige in diese Verarbeitung ein. Ein Widerruf ist jederzeit möglich.", bold=True),
        Table(
            [["Name", "Datum", "Unterschrift"]]
            + [
                [p.full, fmt(d.date) if i == 0 else "", ""]
                for i, p in enumerate(c.persons)
                if p.role != "child"
            ],
            [0.45, 0.2, 0.35],
        ),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("datenschutzeinwilligung", "k2", SPLIT)
def ds_k2(c, d, r):
    blocks = [
        P("Einverständniserklärung zur Datenverarbeitung", bold=True, size=13, align="center"),
        P(
            f"Ich, {c.applicant.full}, bin damit einverstanden, dass meine persönlichen Daten und die meiner Familie im Härtefallverfahren "
            "gespeichert und an die beteiligten Stellen weitergegeben werden. Ich weiß, dass ich diese Einwilligung freiwillig gebe "
            "und sie widerrufen kann."
        ),
        P(f"{c.city_or_nrw()}, am {fmt_long(d.date)}"),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, _style(r, "serif"))


@tpl("datenschutzeinwilligung", "k3", SPLIT)
def ds_k3(c, d, r):
    blocks = [
        P("Datenschutz – Erklärung der antragstellenden Person", bold=True, size=11),
        P("Bitte ankreuzen:", size=9, after=2),
        P("☒ Ich habe die Datenschutzhinweise der Geschäftsstelle gelesen.", after=1),
        P(
            "☒ Ich willige ein, dass meine Daten (einschließlich Gesundheitsdaten) für das Härtefallverfahren verarbeitet werden.",
            after=1,
        ),
        P("☒ Die Einwilligung gilt auch für meine minderjährigen Kinder.", after=6),
        Table([["Datum", d_short(d.date)], ["Name", c.applicant.full]], [0.25, 0.75], header=False),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, _style(r, "cond"), footer="DS-Einwilligung HFK")


# ------------------------------------------------------------------ lebenslauf


def _cv_items(c: Case) -> list[tuple[str, str]]:
    a = c.applicant
    out = [(d_plain(a.geburtsdatum), f"Geburt in {a.geburtsort} ({c.natinfo['land']})")]
    out.append((f"{a.geburtsdatum.year + 7}–{a.geburtsdatum.year + 15}", "Grund- und Mittelschule"))
    out.append((f"bis {c.entry.year - 1}", "Erwerbstätigkeit im Herkunftsland"))
    out.append((d_plain(c.entry), "Ankunft in Deutschland"))
    if c.asylum:
        out.append((d_plain(c.asylum_applied), "Stellung des Asylantrags"))
        out.append((d_plain(c.bamf_date), "Bescheid des Bundesamts (Ablehnung)"))
    out.append((f"{c.entry.year + 1}–{c.entry.year + 2}", "Integrationskurs und Orientierungskurs"))
    if c.job:
        out.append((f"ab {c.entry.year + 2}", f"Beschäftigung als {c.job} ({c.employer})"))
    return out


@tpl("lebenslauf", "k1", SPLIT)
def cv_k1(c, d, r):
    a = c.applicant
    blocks = [
        P("Tabellarischer Lebenslauf", bold=True, size=14),
        Table(
            [["Name", a.full], ["Geburtsdatum", fmt(a.geburtsdatum)], ["Anschrift", c.adresse]],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        Space(6),
        Table([["Zeitraum", "Station"]] + [list(x) for x in _cv_items(c)], [0.28, 0.72]),
        P(f"{c.city_or_nrw()}, {d_plain(d.date)}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("lebenslauf", "k2", SPLIT)
def cv_k2(c, d, r):
    a = c.applicant
    text = [
        f"Ich heiße {a.full} und wurde am {fmt_long(a.geburtsdatum)} in {a.geburtsort} geboren.",
        f"Nach der Schule habe ich gearbeitet, bis ich {c.entry.year} nach Deutschland kam.",
    ]
    if c.asylum:
        text.append(
            f"Im Jahr {c.asylum_applied.year} habe ich Asyl beantragt; der Antrag wurde {c.bamf_date.year} abgelehnt."
        )
    text.append("In Deutschland habe ich Deutsch gelernt und viele Freunde gefunden.")
    if c.job:
        text.append(f"Heute arbeite ich als {c.job}.")
    blocks = [
        P("Mein Lebenslauf", bold=True, size=13, align="center"),
        P(" ".join(text)),
        P(f"geschrieben am {fmt_long(d.date)}", align="right"),
        Signature(a.full),
    ]
    return DocSpec(blocks, _style(r, "italic" if r.random() < 0.3 else "serif"))


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "k1", SPLIT)
def lang_k1(c, d, r):
    a = c.applicant
    level = r.choice(["A2", "B1", "B1"])
    blocks = [
        P("telc Deutsch", bold=True, size=18, after=0),
        P("Deutsch-Test für Zuwanderer", size=11),
        P("Zertifikat", bold=True, size=14, align="center"),
        Table(
            [
                ["Teilnehmer/in", a.full],
                ["geboren am", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Gesamtergebnis", f"Niveau {level}"],
                ["Hören/Lesen", f"{r.randint(20, 45)} Punkte"],
                ["Sprechen", f"{r.randint(60, 100)} Punkte"],
            ],
            [0.35, 0.65],
            header=False,
            grid=False,
        ),
        P(f"Prüfungszentrum: VHS {c.city_or_nrw()} – Ausstellungsdatum {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("sprachnachweis", "k2", SPLIT)
def lang_k2(c, d, r):
    a = c.applicant
    blocks = [
        P(f"Volkshochschule {c.city_or_nrw()}", bold=True),
        P("Teilnahmebestätigung Integrationskurs", bold=True, size=13),
        P(
            f"{a.full}, geb. {fmt(a.geburtsdatum)}, hat am allgemeinen Integrationskurs (Sprachkurs 600 UE und Orientierungskurs 100 UE) "
            f"regelmäßig teilgenommen. Der Test „Leben in Deutschland“ wurde bestanden."
        ),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
        Signature("Kursleitung"),
    ]
    return DocSpec(blocks, _style(r, "cond"))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "k1", SPLIT)
def work_k1(c, d, r):
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, size=12),
        P("Arbeitgeberbescheinigung", bold=True, size=13, align="center"),
        P(
            f"Wir bestätigen, dass {a.full}, geb. {fmt(a.geburtsdatum)}, seit dem {fmt(date(c.entry.year + 2, r.randint(1, 12), 1))} "
            f"in unserem Betrieb als {c.job} in Vollzeit ({r.choice([38, 39, 40])} Std./Woche) sozialversicherungspflichtig beschäftigt ist. "
            f"Der Bruttolohn beträgt derzeit {r.randint(2100, 2900)},00 € monatlich. Das Arbeitsverhältnis ist ungekündigt."
        ),
        P("Wir würden es sehr bedauern, diese/n Mitarbeiter/in zu verlieren."),
        P(f"{c.city_or_nrw()}, {d_short(d.date)}"),
        Signature("Personalabteilung"),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("arbeitsnachweis", "k2", SPLIT)
def work_k2(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2800)
    blocks = [
        P(f"Verdienstabrechnung {N.MONTHS_DE[d.date.month - 1]} {d.date.year}", bold=True, size=12),
        Table(
            [
                ["Arbeitgeber", c.employer],
                ["Mitarbeiter/in", a.full],
                ["Tätigkeit", c.job],
                ["erstellt", fmt(d.date)],
            ],
            [0.3, 0.7],
            header=False,
        ),
        Table(
            [
                ["Lohnart", "Betrag"],
                ["Grundlohn", f"{brutto},00"],
                ["Lohnsteuer", f"-{brutto // 12},40"],
                ["Sozialversicherung", f"-{brutto // 5},15"],
                ["Auszahlung", f"{brutto - brutto // 12 - brutto // 5},45"],
            ],
            [0.6, 0.4],
        ),
    ]
    return DocSpec(blocks, _style(r, "mono", size=9.5))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "k1", SPLIT)
def club_k1(c, d, r):
    a = c.applicant
    blocks = [
        P(c.club, bold=True, size=12, align="center"),
        Rule(),
        P("Bestätigung über ehrenamtliche Mitarbeit", bold=True),
        P(
            f"Hiermit bestätigen wir, dass {a.full} bei uns seit {c.entry.year + 2} jede Woche ehrenamtlich mithilft – "
            f"{r.choice(['bei der Ausgabe von Lebensmitteln', 'als Übungsleiter/in im Kinderturnen', 'beim Sprachcafé', 'in der Fahrradwerkstatt'])}. "
            "Auf die Mitarbeit ist immer Verlass."
        ),
        P(f"Für den Vorstand, {fmt_long(d.date)}"),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"),
    ]
    return DocSpec(blocks, _style(r, "serif"))


@tpl("ehrenamt", "k2", SPLIT)
def club_k2(c, d, r):
    a = c.applicant
    blocks = [
        Box([c.club, "Mitgliederverwaltung"]),
        P("Mitgliedsbescheinigung", bold=True, size=12),
        Table(
            [
                ["Mitglied", a.full],
                ["Mitglied seit", str(c.entry.year + 1)],
                ["Funktion", "Helfer/in bei Festen und Aktionen"],
                ["Datum", d_plain(d.date)],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
    ]
    return DocSpec(blocks, _style(r, "sans"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "k1", SPLIT)
def sup_k1(c, d, r):
    a = c.applicant
    writer = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(writer, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 90)}, {c.city_or_nrw()}", after=10),
        P(f"{c.city_or_nrw()}, {d_plain(d.date)}", align="right"),
        P(f"Für die Familie {a.name}", bold=True),
        P(
            f"Liebe Mitglieder der Härtefallkommission, wir wohnen Tür an Tür mit {a.full} und der Familie. "
            "Sie helfen im Haus, wo sie können, die Kinder spielen mit unseren Enkeln. Wir wünschen uns sehr, dass sie bleiben dürfen."
        ),
        Signature(writer),
    ]
    return DocSpec(blocks, _style(r, "italic"))


@tpl("unterstuetzerschreiben", "k2", SPLIT)
def sup_k2(c, d, r):
    a = c.applicant
    blocks = [
        P(c.employer, bold=True),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P(f"Unterstützung des Härtefallantrags von {a.full}", bold=True),
        P(
            f"Als Arbeitgeber möchten wir den Antrag ausdrücklich unterstützen. {a.full} ist zuverlässig, pünktlich und bei Kolleginnen "
            "und Kollegen geschätzt. Eine Fachkraft wie diese finden wir derzeit auf dem Arbeitsmarkt nicht."
        ),
        P("Für Rückfragen stehen wir gern zur Verfügung."),
        Signature("Geschäftsleitung"),
    ]
    return DocSpec(blocks, _style(r, "sans"))


# ------------------------------------------------------------------ schulnachweis


@tpl("schulnachweis", "k1", SPLIT)
def school_k1(c, d, r):
    k = _child(c, d)
    blocks = [
        P(c.school, bold=True, size=12, align="center"),
        P("Schulbescheinigung", bold=True, size=13, align="center"),
        P(
            f"Hiermit wird bescheinigt, dass {k.full}, geboren am {fmt(k.geburtsdatum)}, wohnhaft {c.adresse}, "
            f"im Schuljahr {d.date.year if d.date.month >= 8 else d.date.year - 1}/{(d.date.year + 1 if d.date.month >= 8 else d.date.year) % 100} "
            f"Schüler/in unserer Schule ist (Klasse {max(1, k.age_on(d.date) - 5)}{r.choice('abc')})."
        ),
        P("Diese Bescheinigung dient zur Vorlage bei Behörden."),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
        Signature("Schulleitung"),
    ]
    return DocSpec(blocks, _style(r, "sans"))


@tpl("schulnachweis", "k2", SPLIT)
def school_k2(c, d, r):
    k = _child(c, d)
    grades = [["Fach", "Note"]] + [
        [f, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])]
        for f in ["Deutsch", "Mathematik", "Sachunterricht", "Sport"]
    ]
    blocks = [
        Box([c.school, "Halbjahreszeugnis (Auszug)"]),
        P(f"für {k.full}, geb. {d_plain(k.geburtsdatum)}", bold=True),
        Table(grades, [0.6, 0.4]),
        P(
            "Arbeits- und Sozialverhalten: Die Schülerin / der Schüler arbeitet interessiert mit und ist in der Klasse gut eingebunden."
        ),
        P(f"Ausgegeben am {fmt(d.date)}"),
        Signature("Klassenleitung"),
    ]
    return DocSpec(blocks, _style(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


def _abh_letterhead(c: Case, r: random.Random) -> list:
    street = f"{r.choice(N.STREETS)} {r.randint(1, 40)}"
    head = c.abh.split("–")[0].strip() if "–" in c.abh else c.abh.split()[-1]
    for prefix in ("Landeshauptstadt ", "Stadt ", "Region ", "Kreis "):
        head = head.removeprefix(prefix)
    place = f"{c.abh_plz} {head}"
    return [
        Table(
            [[c.abh, f"{street}\n{place}\nSprechzeiten nach Terminvereinbarung"]],
            [0.58, 0.42],
            header=False,
            grid=False,
            size=9,
        ),
        Rule(0.6),
    ]


@tpl("auslaenderbehoerde", "k1", SPLIT)
def abh_k1(c, d, r):
    """A hearing before a planned measure (Anhörung), or the announcement of the deportation date."""
    a = c.applicant
    blocks = (
        _abh_letterhead(c, r) + [P(x, after=0) for x in [a.full, c.street, f"{c.plz} {c.city}"]] + [Space(12)]
    )
    blocks.append(P(f"Datum: {fmt(d.date)}", align="right"))
    if c.rueckfuehrung:
        blocks.append(P("Mitteilung des Rückführungstermins", bold=True))
        blocks.append(
            P(
                f"Sie sind vollziehbar ausreisepflichtig. Ihre Abschiebung ist für den {fmt(c.rueckfuehrung)} vorgesehen. "
                "Halten Sie sich an diesem Tag ab 4:00 Uhr in Ihrer Wohnung bereit."
            )
        )
    else:
        blocks.append(P("Anhörung gemäß § 28 VwVfG NRW", bold=True))
        blocks.append(
            P(
                "Sie sind vollziehbar ausreisepflichtig. Es ist beabsichtigt, aufenthaltsbeendende Maßnahmen einzuleiten. "
                f"Sie erhalten Gelegenheit, sich bis zum {fmt(d.date + timedelta(days=21))} schriftlich zu äußern."
            )
        )
    if c.ausbildung:
        blocks.append(
            P("Ein Antrag auf Erteilung einer Ausbildungsduldung (§ 60c AufenthG) wird derzeit geprüft.")
        )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(P("Im Auftrag", after=12))
    blocks.append(P(f"{r.choice(N.GERMAN_SURNAMES)}, Sachbearbeitung Ausländerangelegenheiten", size=9))
    return DocSpec(blocks, _style(r, "sans"))


@tpl("auslaenderbehoerde", "k2", SPLIT)
def abh_k2(c, d, r):
    """The paper of the toleration (or of the Gestattung) as a form with fields in boxes."""
    a = c.applicant
    if c.gestattung:
        title = ["Bescheinigung über die Aufenthaltsgestattung", "(§ 63 AsylG)"]
        rule = "Die Inhaberin / der Inhaber ist zum Aufenthalt für die Dauer des Asylverfahrens gestattet."
    else:
        title = ["Bescheinigung über die Aussetzung der Abschiebung (Duldung)", "§ 60a Abs. 4 AufenthG"]
        rule = (
            "Nebenbestimmung: Ausbildungsduldung gemäß § 60c AufenthG. Beschäftigung nur im Ausbildungsbetrieb gestattet."
            if c.ausbildung
            else "Nebenbestimmung: Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde. Wohnsitzauflage."
        )
    blocks = [
        Box(title, size=10),
        Table(
            [
                ["Name", a.name, "Vorname", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum), "Geburtsort", a.geburtsort],
                ["Staatsangeh.", a.staat, "gültig bis", fmt(d.date + timedelta(days=r.choice([90, 180])))],
            ],
            [0.2, 0.3, 0.2, 0.3],
            header=False,
            size=9,
        ),
        P(rule, size=9.5),
        P(f"Ausstellende Behörde: {c.abh}, {c.abh_plz}", size=9),
        P(f"Ausgestellt am {fmt(d.date)}", size=9),
        Box(["Dienstsiegel"], size=8, bold_first=False),
    ]
    return DocSpec(blocks, _style(r, "mono", size=9.5))


# ------------------------------------------------------------------ gerichtsentscheidung


@tpl("gerichtsentscheidung", "k1", SPLIT)
def court_k1(c, d, r):
    a = c.applicant
    urteil = c.asylum
    blocks = [
        P(f"Az.: {c.court_az}", after=10),
        P(c.court_name.upper(), bold=True, align="center"),
        P("Urteil" if urteil else "Beschluss", bold=True, size=13, align="center"),
        P("Im Namen des Volkes", align="center") if urteil else Space(4),
        P(f"In dem Verwaltungsrechtsstreit {a.full}, {c.adresse} – Kläger/in bzw. Antragsteller/in –"),
        P(
            "gegen die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge, – Beklagte –"
            if c.asylum
            else f"gegen das Land Nordrhein-Westfalen, vertreten durch {c.abh}, – Antragsgegner –"
        ),
        P(f"wegen {'Asylrecht' if c.asylum else 'Aufenthaltsrecht (Eilverfahren)'}"),
        P(f"hat das Gericht am {fmt_long(d.date)} entschieden:"),
        P(
            (
                "Die Klage wird abgewiesen."
                if urteil
                else "Der Antrag auf vorläufigen Rechtsschutz wird abgelehnt."
            )
            + " Die Kosten trägt die unterliegende Partei."
        ),
        P("Gründe:" if not urteil else "Tatbestand und Entscheidungsgründe:", bold=True),
        P(
            "Das Gericht konnte sich nicht davon überzeugen, dass die Voraussetzungen eines Anspruchs vorliegen. Das Vorbringen ist nicht hinreichend substantiiert."
        ),
        P("Gründe für eine abweichende Beurteilung sind weder vorgetragen noch sonst ersichtlich."),
        P(
            r.choice(["Richterin am VG Nowak", "Richter am VG Engel", "Vorsitzende Richterin Kraus"]),
            align="right",
        ),
    ]
    return DocSpec(blocks, _style(r, "serif"), footer="Seite {p} von {n}")


@tpl("gerichtsentscheidung", "k2", SPLIT)
def court_k2(c, d, r):
    a = c.applicant
    blocks = [
        Table([[c.court_name, f"Aktenzeichen\n{c.court_az}"]], [0.65, 0.35], header=False, grid=False),
        Rule(),
        P(
            f"Beschluss vom {fmt(d.date)}" if not c.asylum else f"Urteil vom {fmt(d.date)}",
            bold=True,
            size=12,
        ),
        P(
            f"in der Sache {a.name}, {a.vorname} ./. {'Bundesrepublik Deutschland (BAMF)' if c.asylum else c.abh}"
        ),
        P("Tenor:", bold=True, after=1),
        P(
            "1. Die Klage wird abgewiesen." if c.asylum else "1. Der Antrag wird abgelehnt.",
            indent=10,
            after=1,
        ),
        P(
            "2. Gerichtskosten werden nicht erhoben; die außergerichtlichen Kosten trägt die Klägerseite."
            if c.asylum
            else "2. Die Kosten des Verfahrens trägt der Antragsteller.",
            indent=10,
        ),
        P("Gründe", bold=True),
        P(
            "Die Entscheidung beruht auf den vorliegenden Akten und dem Ergebnis der Erörterung. Die rechtlichen Voraussetzungen sind nicht erfüllt."
        ),
        P(
            "Rechtsmittelbelehrung: Gegen diese Entscheidung ist die Beschwerde bzw. der Antrag auf Zulassung der Berufung nach Maßgabe der VwGO gegeben.",
            size=9,
        ),
    ]
    return DocSpec(blocks, _style(r, "sans"), footer="- {p} -")


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "k1", SPLIT)
def crime_k1(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12),
        P(f"Cs {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}", after=10),
        P("Strafbefehl", bold=True, size=14, align="center"),
        P(
            f"gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}e/r Staatsangehörige/r, wohnhaft {c.adresse}."
        ),
        P(
            f"Die Staatsanwaltschaft beschuldigt Sie des {off}. Gegen Sie wird eine Geldstrafe von {sentence} festgesetzt."
        ),
        P(
            "Dieser Strafbefehl wird rechtskräftig, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung Einspruch einlegen.",
            size=9,
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P("Richter/in am Amtsgericht"),
    ]
    return DocSpec(blocks, _style(r, "serif"))


@tpl("strafrecht", "k2", SPLIT)
def crime_k2(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        Box(["Bundesamt für Justiz – Bundeszentralregister", "Auskunft für Behörden (Auszug)"]),
        Table(
            [["Name", a.name], ["Vorname", a.vorname], ["Geburtsdatum", fmt(a.geburtsdatum)]],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P("Eintragung Nr. 1", bold=True, after=1),
        P(
            f"Entscheidung vom {fmt(d.date)}, Amtsgericht {c.court_city}: Strafbefehl wegen {off}, Geldstrafe {sentence}."
        ),
        P("Weitere Eintragungen: keine.", size=9),
    ]
    return DocSpec(blocks, _style(r, "mono", size=9.5))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "k1", SPLIT)
def id_k1(c, d, r):
    a = c.applicant
    blocks = [
        P("Beglaubigte Übersetzung aus dem Arabischen/Dari/Englischen", size=9, align="right"),
        P("Geburtsurkunde", bold=True, size=14, align="center"),
        Table(
            [
                ["Name des Kindes", a.full],
                ["Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["Geburtstag", fmt(a.geburtsdatum)],
                ["Geburtsort", f"{a.geburtsort}, {c.natinfo['land']}"],
                ["Registriert am", fmt(d.date)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung wird bescheinigt.", size=9),
        Signature("öffentlich bestellte/r Übersetzer/in"),
    ]
    return DocSpec(blocks, _style(r, "serif"))


@tpl("identitaetsnachweis", "k2", SPLIT)
def id_k2(c, d, r):
    a = c.applicant
    no = f"{zlib.crc32((a.full + 'id').encode()) % 10**9:09d}"
    blocks = [
        P("Kopie Identitätskarte (Vorder- und Rückseite)", size=9),
        Box(
            [
                f"{c.natinfo['land'].upper()} – NATIONAL ID CARD",
                f"No. {no}",
                f"Surname: {a.name}    Given name: {a.vorname}",
                f"Date of birth: {a.geburtsdatum.strftime('%d/%m/%Y')}    Place: {a.geburtsort}",
                f"Date of issue: {d.date.strftime('%d/%m/%Y')}",
            ]
        ),
        P("Kopie stimmt mit dem Original überein.", size=8),
    ]
    return DocSpec(blocks, _style(r, "sans"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_k1", SPLIT)
def other_hearing_k1(c, d, r):
    a = c.applicant
    blocks = [
        P(f"Bundesamt für Migration und Flüchtlinge – {c.bamf_site[0]}", size=9),
        P(f"Gesch.-Z.: {c.bamf_gz}", size=9, after=8),
        P("Niederschrift über die persönliche Anhörung (§ 25 AsylG)", bold=True, size=12),
        Table(
            [
                ["Antragsteller/in", a.full],
                ["Datum der Anhörung", fmt(d.date)],
                ["Sprache", "mit Sprachmittler/in"],
            ],
            [0.35, 0.65],
            header=False,
            grid=False,
        ),
        P("Frage: Wann haben Sie Ihr Heimatland verlassen?", bold=True, after=1),
        P(f"Antwort: Im Jahr {c.entry.year}. Ich bin über mehrere Länder gereist."),
        P("Frage: Was würde Ihnen bei einer Rückkehr passieren?", bold=True, after=1),
        P("Antwort: Ich habe Angst. Ich habe dort niemanden mehr."),
        P("Die Niederschrift wurde rückübersetzt und genehmigt.", size=9),
    ]
    return DocSpec(blocks, _style(r, "sans"), footer="Seite {p} von {n}")


@tpl("sonstiges", "melde_k1", SPLIT)
def other_reg_k1(c, d, r):
    a = c.applicant
    blocks = [
        P(f"Bürgerbüro {c.city_or_nrw()}", bold=True),
        P("Meldebescheinigung (einfache Auskunft)", bold=True, size=12),
        Table(
            [
                ["Familienname", a.name],
                ["Vornamen", a.vorname],
                ["Anschrift", c.adresse],
                ["eingezogen am", d_plain(c.entry + timedelta(days=200))],
            ],
            [0.3, 0.7],
            header=False,
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)} – Diese Bescheinigung wurde maschinell erstellt.", size=9),
    ]
    return DocSpec(blocks, _style(r, "cond"))
