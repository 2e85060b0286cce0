"""Templates of the `blind19` split (session 21): a twenty-first held-out set, written once and evaluated
once before anyone tunes against it. Every letterhead, practice, service, court chamber and signatory
here is invented; the persons come from the generator."""

from __future__ import annotations

import random
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Style
from hfk.corpus.templates import (
    HFK_ADDRESS,
    Box,
    DocSpec,
    P,
    Rule,
    Signature,
    Space,
    Table,
    _mrz,
    fmt,
    fmt_en,
    fmt_long,
    month_year,
    style,
    tpl,
)

SPLIT = "blind19"

# ------------------------------------------------------------------ small helpers


def _dn(d) -> str:
    """A date without leading zeros (3.7.1985)."""
    return f"{d.day}.{d.month}.{d.year}"


def _us(d) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


# countries that take an article in German, and the English names of all
_ARTIKEL19 = {
    "Türkei": ("die", "der"),
    "Irak": ("den", "dem"),
    "Iran": ("den", "dem"),
    "Russische Föderation": ("die", "der"),
}
_LAND_EN19 = {
    "Syrien": "Syria",
    "Irak": "Iraq",
    "Albanien": "Albania",
    "Serbien": "Serbia",
    "Russische Föderation": "Russia",
    "Türkei": "Turkey",
    "Georgien": "Georgia",
    "Armenien": "Armenia",
}


def _in(land: str) -> str:
    """'in Syrien', 'in der Türkei', 'im Irak'."""
    if land not in _ARTIKEL19:
        return f"in {land}"
    dat = _ARTIKEL19[land][1]
    if land == "Russische Föderation":
        return "in der Russischen Föderation"
    return "im " + land if dat == "dem" else f"in {dat} {land}"


def _aus(land: str) -> str:
    if land not in _ARTIKEL19:
        return f"aus {land}"
    if land == "Russische Föderation":
        return "aus der Russischen Föderation"
    return f"aus {_ARTIKEL19[land][1]} {land}"


def _akk(land: str) -> str:
    """The country as an accusative object ('an den Irak erinnern')."""
    return f"{_ARTIKEL19[land][0]} {land}" if land in _ARTIKEL19 else land


def _nach(land: str) -> str:
    return f"in {_akk(land)}" if land in _ARTIKEL19 else f"nach {land}"


def _abh_of(abh: str) -> str:
    """How a letter writer names the Ausländerbehörde: the office first, its town in brackets."""
    if "–" not in abh:
        return abh
    town, office = (x.strip() for x in abh.split("–", 1))
    return f"{office} ({town})"


def _om(c, i: int, f: str) -> bool:
    return c.omitted.get(i) == f


def _hf(p) -> str:
    return "Herr" if p.sex == "m" else "Frau"


def _role(p) -> str:
    if p.role == "spouse":
        return "Ehefrau" if p.sex == "f" else "Ehemann"
    if p.role == "child":
        return "Tochter" if p.sex == "f" else "Sohn"
    return "Antragstellerin" if p.sex == "f" else "Antragsteller"


def _role_en(p) -> str:
    if p.role == "spouse":
        return "wife" if p.sex == "f" else "husband"
    if p.role == "child":
        return "daughter" if p.sex == "f" else "son"
    return "applicant"


def _place(c) -> str:
    """The town of the letter writer."""
    if c.rep is not None:
        return c.rep.city.split(" ", 1)[1]
    return c.city


def _rep_lines(c) -> list[str]:
    rp = c.rep
    if rp.kind == "privat":
        return [rp.person, rp.street, rp.city]
    return [rp.org, rp.person, rp.street, rp.city]


def _phone(seed: str) -> str:
    r = random.Random("tel19" + seed)
    return f"0{r.randint(201, 998)} / {r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(0, 99):02d}"


def _fields(pairs: list[tuple[str, str]], left: float = 0.35, **kw) -> Table:
    """A two-column table of labels and values without a header row."""
    return Table([[k, v] for k, v in pairs], [left, 1 - left], header=False, **kw)


def _sender_head(c, r, dense: bool = False) -> list:
    """Who writes: a representative's own letterhead (invented taglines) or the applicant's lines."""
    size = 8 if dense else 9
    if c.rep is None:
        a = c.applicant
        kind = r.randint(0, 1)
        if kind == 0:
            return [P(f"Von: {a.full} – {c.street} – {c.plz} {c.city}", size=size, after=10)]
        return [P(a.full, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=12)]
    rp = c.rep
    if rp.kind == "privat":
        return [P(f"{rp.person}, {rp.street}, {rp.city}", size=size, align="right", after=12)]
    tag = {
        "anwalt": r.choice(
            [
                "Migrationsrecht · Sozialrecht · Familienrecht",
                "Fachanwaltskanzlei für Migrationsrecht",
                "Beratung und Vertretung im Aufenthaltsrecht",
            ]
        ),
        "beratungsstelle": r.choice(
            [
                "Fachstelle für Geflüchtete und Zugewanderte",
                "Beratung · Begleitung · Teilhabe",
                "Offene Sprechstunde dienstags und donnerstags",
            ]
        ),
    }[rp.kind]
    if r.random() < 0.5:
        return [
            P(rp.org.upper(), bold=True, size=size + 3, after=0),
            P(tag, size=size - 1, after=0),
            P(f"{rp.street} | {rp.city} | Tel. {_phone(rp.org)}", size=size - 1, after=0),
            P(f"Sachbearbeitung: {rp.person}", size=size - 1, after=2),
            Rule(0.4),
            Space(4),
        ]
    return [
        Table(
            [[f"{rp.org}\n{tag}", f"{rp.person}\n{rp.street}\n{rp.city}\nTel. {_phone(rp.org)}"]],
            [0.6, 0.4],
            header=False,
            grid=False,
            size=size,
        ),
        Rule(1.0),
    ]


def _to_office(r, compact: bool = False) -> list:
    if compact:
        return [P("An: " + ", ".join(HFK_ADDRESS[1:]), size=9, after=8)]
    lines = HFK_ADDRESS[1:] if r.random() < 0.6 else HFK_ADDRESS
    return [P(x, after=0) for x in lines] + [Space(12)]


def _signer(c) -> str:
    if c.rep is None:
        return c.applicant.full
    if c.rep.kind == "anwalt":
        return f"{c.rep.person}\nRechtsanwalt/Rechtsanwältin"
    return c.rep.person


# ------------------------------------------------------------------ the reasons, in new words


def _voice(c):
    """Pronouns of whoever the letter speaks about: the applicant himself or a third person."""
    a = c.applicant
    if c.rep is None:
        return dict(S="ich", Sc="Ich", dat="mir", acc="mich", pos="mein", who="ich", be="bin", have="habe")
    if a.sex == "m":
        return dict(
            S="er", Sc="Er", dat="ihm", acc="ihn", pos="sein", who=f"Herr {a.name}", be="ist", have="hat"
        )
    return dict(
        S="sie", Sc="Sie", dat="ihr", acc="sie", pos="ihr", who=f"Frau {a.name}", be="ist", have="hat"
    )


def _reasons(c, r) -> dict[str, list[str]]:
    """The Begründung per topic; every trigger of the scenario is told (and nothing else)."""
    a = c.applicant
    land = c.natinfo["land"]
    v = _voice(c)
    me = c.rep is None
    out: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }

    # life story
    lg = out["lebensgeschichte"]
    early = r.choice(
        [
            "Obsthändlerin" if a.sex == "f" else "Obsthändler",
            "Hilfskraft auf dem Großmarkt",
            "Näherin" if a.sex == "f" else "Schreiner",
            "Aushilfe in einer Apotheke",
            "Hirtin" if a.sex == "f" else "Hirte",
        ]
    )
    if me:
        lg.append(
            r.choice(
                [
                    f"Die ersten Lebensjahre verbrachte ich {_in(land)}, in einem Ort ohne befestigte Straße. Nach der {r.choice(['fünften', 'siebten', 'neunten'])} Klasse war Schluss mit der Schule; ab da verdiente ich als {early} mit.",
                    f"Bis zur Ausreise lebte ich {_in(land)} – als {r.choice(['ältestes', 'jüngstes', 'mittleres'])} von {r.choice(['vier', 'fünf', 'sieben'])} Kindern. Zuletzt arbeitete ich als {early}.",
                ]
            )
        )
    else:
        lg.append(
            r.choice(
                [
                    f"{v['who']} stammt {_aus(land)}. Eine Berufsausbildung war dort nicht möglich; {v['S']} arbeitete von früh an als {early}.",
                    f"Die Lebensgeschichte von {v['who']} ist von Unsicherheit geprägt: aufgewachsen {_in(land)}, früh ohne Vater, seit dem Jugendalter tätig als {early}.",
                ]
            )
        )
    if c.einreiseverbot:
        lg.append(
            f"{'Ich war' if me else v['Sc'] + ' war'} bereits vor Jahren in Deutschland und {'wurde' if me else 'wurde'} {c.entry.year - 2} abgeschoben; "
            f"die daraufhin verhängte Wiedereinreisesperre (§ 11 AufenthG) {'habe ich' if me else 'hat ' + v['S']} missachtet, als "
            f"{'ich' if me else v['S']} am {fmt(c.entry)} erneut einreiste."
        )
    else:
        lg.append(
            r.choice(
                [
                    f"{'Ich lebe' if me else v['Sc'] + ' lebt'} seit dem {fmt_long(c.entry)} in Deutschland.",
                    f"Die Einreise in die Bundesrepublik erfolgte am {fmt(c.entry)}"
                    + (" gemeinsam mit der Familie." if len(c.persons) > 1 else "."),
                ]
            )
        )

    # residence status
    st = out["aufenthaltssituation"]
    if c.asylum:
        st.append(
            f"Am {fmt(c.asylum_applied)} {'habe ich Asyl beantragt' if me else 'beantragte ' + v['who'] + ' Asyl'}. Das Bundesamt (BAMF) versagte mit Bescheid vom {fmt(c.bamf_date)} "
            f"jeden Schutz; dessen Geschäftszeichen lautet {c.bamf_gz}."
        )
        if c.court:
            st.append(
                f"Die Klage dagegen liegt beim {c.court_name} ({c.court_az}); verhandelt wurde bisher nicht."
                if c.court_pending
                else f"Die Klage scheiterte vor dem {c.court_name}: Urteil vom {fmt(c.court_date)}, {c.court_az}."
            )
    else:
        st.append(
            f"Die Einreise geschah legal mit Visum (Zweck: {_VISA19.get(c.visa_purpose, c.visa_purpose)}); "
            "eine weitere Aufenthaltserlaubnis lehnte die Behörde später ab."
        )
        if c.court:
            st.append(
                f"Bestandskräftig ist das nicht: Beim {c.court_name} läuft das Verfahren {c.court_az}."
                if c.court_pending
                else f"Ein Eilantrag blieb erfolglos; das {c.court_name} entschied am {fmt(c.court_date)} ({c.court_az})."
            )
    if c.gestattung:
        st.append(
            f"Weil das Klageverfahren noch läuft, ist das Asylverfahren nicht beendet; {'ich besitze' if me else v['S'] + ' besitzt'} deshalb eine Aufenthaltsgestattung."
        )
    else:
        st.append(
            r.choice(
                [
                    f"Seither {'bin ich' if me else 'ist ' + v['S']} ausreisepflichtig. Die Ausländerbehörde stellt Duldungsbescheinigungen (§ 60a AufenthG) aus, immer nur für ein paar Monate.",
                    f"Aktuell {'halte ich' if me else 'hält ' + v['S']} lediglich eine Kettenduldung nach § 60a AufenthG in Händen; die Pflicht zur Ausreise besteht fort.",
                ]
            )
        )
    abh = c.abh if r.random() < 0.5 else _abh_of(c.abh)
    st.append(r.choice([f"Die Ausländerakte führt: {abh}.", f"Aktenführende Behörde vor Ort: {abh}."]))
    off, pen = c.offence or ("", "")
    st += [
        text
        for on, text in (
            (
                c.s58a,
                f"Außerdem ist gegen {v['acc']} eine Anordnung der Abschiebung ergangen, gestützt auf § 58a AufenthG.",
            ),
            (
                c.rueckfuehrung,
                f"Inzwischen steht sogar das Datum fest – für den {fmt(c.rueckfuehrung or c.received)} ist die Rückführung angesetzt.",
            ),
            (
                c.criminal,
                f"Offen gesagt: Es gibt einen Strafbefehl, ausgestellt vom Amtsgericht {c.court_city} am "
                f"{fmt(c.criminal_date or c.received)} wegen {off}. Die Geldstrafe von {pen} ist bezahlt.",
            ),
        )
        if on
    ]

    # family
    fam = out["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        s = sp[0]
        fam.append(
            f"{'Meine' if me else v['pos'].capitalize() + 'e'} {_role(s)} {s.vorname} hat jede Station der Flucht mit {v['dat']} geteilt; "
            "geheiratet wurde noch im Herkunftsland."
            if s.sex == "f"
            else f"{'Mein' if me else v['pos'].capitalize()} {_role(s)} {s.vorname} lebt mit {v['dat']} in einem Haushalt; die Ehe wurde im Herkunftsland geschlossen."
        )
    if kids:
        fam.append(
            f"{' und '.join(k.vorname for k in kids)} haben ihre Erinnerungen fast alle hier gesammelt: Freunde, Sportplatz, Klassenzimmer."
            if len(kids) > 1
            else f"{kids[0].vorname} war zu klein, um sich an {_akk(land)} zu erinnern."
        )
    fam.append(
        r.choice(
            [
                f"{_in(land)[0].upper() + _in(land)[1:]} ist nur noch {r.choice(['eine Großmutter geblieben, die selbst gepflegt werden muss', 'ein Halbbruder geblieben, zu dem es keinen Kontakt mehr gibt', 'eine Tante in einem anderen Landesteil geblieben'])}.",
                f"Enge Angehörige gibt es im Herkunftsland nicht mehr; {r.choice(['die Eltern sind verstorben', 'die Geschwister sind in verschiedene Länder geflohen'])}.",
            ]
        )
        + " "
        + r.choice(
            [
                "Hier in Deutschland wohnt ein Onkel mit Niederlassungserlaubnis nur wenige Straßen entfernt.",
                "Eine Nichte studiert in Deutschland und hilft bei Behördengängen.",
                "Die Familie eines Cousins, längst eingebürgert, ist der wichtigste Rückhalt.",
            ]
        )
    )

    # integration
    ig = out["integration"]
    ig.append(
        r.choice(
            [
                f"Deutsch {'habe ich' if me else 'hat ' + v['S']} im Integrationskurs gelernt und die Sprachprüfung auf dem Niveau B1 bestanden.",
                f"Im Alltag {'komme ich' if me else 'kommt ' + v['S']} ohne Dolmetscher zurecht; das Zertifikat über A2 liegt bei.",
            ]
        )
    )
    if c.ausbildung:
        ig.append(
            f"Seit August {c.received.year - 1} {'lerne ich' if me else 'lernt ' + v['S']} im Betrieb den Beruf {r.choice(['Fachlagerist/in', 'Koch/Köchin', 'Zahnmedizinische/r Fachangestellte/r'])}; "
            "die Ausländerbehörde könnte hierfür nach § 60c AufenthG dulden."
        )
    else:
        ig.append(
            f"Beschäftigt {'bin ich' if me else 'ist ' + v['S']} seit {r.randint(2019, c.received.year - 1)} bei {c.employer} als {c.job}; "
            "Leistungen vom Sozialamt werden nicht mehr bezogen."
        )
    ig.append(
        r.choice(
            [
                f"Ehrenamtlich engagiert: {c.club}.",
                f"Nach Feierabend {'helfe ich' if me else 'hilft ' + v['S']} regelmäßig mit, und zwar bei: {c.club}.",
            ]
        )
    )
    for k in c.school_age():
        ig.append(f"{k.vorname} besucht die Einrichtung „{c.school}“ und ist dort gut angekommen.")

    # humanitarian reasons
    hu = out["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, name, _sev = c.diagnosis
        whom = v["acc"] if c.ill_person == 0 else p.vorname
        hu.append(
            f"Die Ärzte haben bei {'mir' if (me and c.ill_person == 0) else p.full} folgende Erkrankung festgestellt: {name} (ICD-10 {code}). "
            f"Eine Unterbrechung der Therapie würde {whom} erheblich gefährden."
        )
    hu.append(
        r.choice(
            [
                f"{_in(land)[0].upper() + _in(land)[1:]} gäbe es keine Unterkunft, kein Einkommen und niemanden, der auffängt – eine Rückkehr wäre ein Sturz ins Leere.",
                f"Nach so vielen Jahren in Deutschland wäre ein Neuanfang {_in(land)} nicht zu schaffen; alles, was zählt, ist hier.",
            ]
        )
    )
    return out


_VISA19 = {
    "des Studiums": "Studium",
    "der Beschäftigung": "Erwerbstätigkeit",
    "der Familienzusammenführung": "Familiennachzug",
    "der Berufsausbildung": "Ausbildung",
}

TOPIC_ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


def _reason_blocks(c, r, heads: dict[str, str] | None, order=TOPIC_ORDER, numbered: str = "") -> list:
    t = _reasons(c, r)
    blocks: list = []
    for n, topic in enumerate([k for k in order if k in c.topics], 1):
        text = " ".join(t[topic])
        if heads:
            label = heads[topic]
            if numbered == "roman":
                label = f"{['I', 'II', 'III', 'IV', 'V'][n - 1]}. {label}"
            elif numbered == "letter":
                label = f"{'abcde'[n - 1]}) {label}"
            blocks.append(P(label, bold=True, after=2))
        elif numbered == "rn":
            text = f"[{n + 10}]  {text}"
        blocks.append(P(text))
    return blocks


def _reasons_en(c, r) -> dict[str, list[str]]:
    land = _LAND_EN19.get(c.natinfo["land"], c.natinfo["land"])
    out: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    out["lebensgeschichte"].append(
        r.choice(
            [
                f"My early years were spent in {land}. At twelve I left school and worked at my uncle's fruit stall.",
                f"My childhood in {land} was short: at fourteen I was already working on building sites.",
            ]
        )
    )
    if c.einreiseverbot:
        out["lebensgeschichte"].append(
            f"I had to leave Germany once, in {c.entry.year - 2}, when I was deported. Although an entry ban under § 11 AufenthG applied to me, I came back on {fmt_en(c.entry)}."
        )
    else:
        out["lebensgeschichte"].append(f"My arrival in Germany dates from {fmt_en(c.entry)}.")
    s = out["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"The BAMF turned down my application for asylum (filed {fmt_en(c.asylum_applied)}) with a decision dated {fmt_en(c.bamf_date)}; their file number is {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"At the {c.court_name} ({c.court_az}) my case {'is still pending before the judges' if c.court_pending else 'ended with a dismissal'}."
            )
    else:
        s.append("I came legally on a visa; once it expired, the permit was not renewed.")
        if c.court:
            s.append(
                f"The {c.court_name} {'has not ruled yet' if c.court_pending else 'dismissed my claim'} ({c.court_az})."
            )
    s.append(
        "As long as the court has not decided, I hold an Aufenthaltsgestattung."
        if c.gestattung
        else "All I hold is a Duldung – it postpones the deportation but gives me no right to stay."
    )
    s.append(f"The authority in charge of my file: {c.abh}.")
    s += [
        text
        for on, text in (
            (c.s58a, "Worse still, § 58a AufenthG was used to order my deportation."),
            (
                c.rueckfuehrung,
                f"I was told that they will take me to the airport on {fmt_en(c.rueckfuehrung or c.received)}.",
            ),
            (
                c.criminal,
                f"To be honest, I once received a Strafbefehl (penalty order), dated {fmt_en(c.criminal_date or c.received)} – the fine has been settled.",
            ),
        )
        if on
    ]
    f = out["familie"]
    kids = c.children()
    sp = [p for p in c.persons if p.role == "spouse"]
    if sp:
        f.append(
            f"My {_role_en(sp[0])} {sp[0].vorname} and I have been together through every step of this journey."
        )
    if kids:
        f.append(
            f"Germany is the only home {' and '.join(k.vorname for k in kids)} {'have' if len(kids) > 1 else 'has'} really known."
        )
    f.append(
        "None of my close relatives is left in my country of origin; an uncle of mine lives legally in Germany."
    )
    g = out["integration"]
    g.append("I learned German in evening classes and passed the A2 exam.")
    if c.ausbildung:
        g.append(
            "I started an apprenticeship, and my employer has asked the authority to tolerate me for it under § 60c AufenthG."
        )
    else:
        g.append(f"I am employed by {c.employer} as {c.job}; my wages cover the rent.")
    g.append(f"Saturdays belong to {c.club}, where I volunteer.")
    h = out["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I suffer" if c.ill_person == 0 else f"My {_role_en(p)} {p.vorname} suffers"
        h.append(f"{who} {N.ILLNESS_EN[c.diagnosis[0]]}; the treatment cannot be continued in {land}.")
    h.append(f"Back in {land} we would stand with empty hands.")
    return out


# ------------------------------------------------------------------ antrag: persons in new shapes


def _nat_note(c) -> str:
    """One sentence on the nationality of all persons, or one per person when one is unknown."""
    if not any(v == "staatsangehoerigkeit" for v in c.omitted.values()):
        return f"Sämtliche genannten Personen besitzen die Staatsangehörigkeit: {c.persons[0].staat}."
    parts = []
    for i, p in enumerate(c.persons):
        parts.append(f"{p.vorname}: {'ungeklärt' if _om(c, i, 'staatsangehoerigkeit') else p.staat}")
    return "Staatsangehörigkeit – " + "; ".join(parts) + "."


@tpl("antrag", "bgtab_k19", SPLIT)
def antrag_bgtab_k19(c, d, r):
    """Persons split over two tables joined by a running number: names and births, then place and nationality."""
    blocks = _sender_head(c, r) + _to_office(r)
    blocks.append(P(f"{_place(c)}, den {_dn(d.date)}", align="right"))
    blocks.append(P(f"Antrag auf Befassung der Härtefallkommission – Haushalt {c.applicant.name}", bold=True))
    blocks.append(P("Sehr geehrte Vorsitzende, sehr geehrte Kommissionsmitglieder,"))
    if c.rep is None:
        blocks.append(
            P(
                "ich bitte für meinen Haushalt darum, dass die Kommission sich unseres Falles annimmt und die Ausländerbehörde ersucht, uns nach § 23a AufenthG einen Aufenthaltstitel zu geben."
            )
        )
    else:
        blocks.append(
            P(
                f"für den unten aufgeführten Haushalt (die Vollmacht liegt bei) ersuchen wir um Befassung; maßgebliche Vorschrift ist § 23a AufenthG. Ihr Ansprechpartner: {c.rep.person}."
            )
        )
    blocks.append(P("Personen im Haushalt", bold=True, after=2))
    rows = [["lfd.", "Familienname", "Vorname(n)", "geb."]]
    for i, p in enumerate(c.persons, 1):
        rows.append(
            [f"0{i}", p.name, p.vorname, "" if _om(c, i - 1, "geburtsdatum") else _dn(p.geburtsdatum)]
        )
    blocks.append(Table(rows, [0.1, 0.3, 0.35, 0.25]))
    blocks.append(P("Ergänzung zu den lfd. Nummern", bold=True, after=2))
    rows = [["lfd.", "Staatsangehörigkeit", "Geburtsort"]]
    for i, p in enumerate(c.persons, 1):
        rows.append(
            [
                f"0{i}",
                "ungeklärt" if _om(c, i - 1, "staatsangehoerigkeit") else p.staat,
                "" if _om(c, i - 1, "geburtsort") else p.geburtsort,
            ]
        )
    blocks.append(Table(rows, [0.1, 0.45, 0.45]))
    blocks.append(P(f"Meldeanschrift des Haushalts: {c.street} in {c.plz} {c.city}"))
    heads = {
        "lebensgeschichte": "Werdegang bis zur Einreise",
        "aufenthaltssituation": "Stand des aufenthaltsrechtlichen Verfahrens",
        "familie": "Angehörige hier und dort",
        "integration": "Was bisher geschafft wurde",
        "humanitaere_gruende": "Weshalb der Haushalt nicht zurück kann",
    }
    blocks += _reason_blocks(c, r, heads, numbered="letter")
    blocks.append(P("Für ergänzende Fragen stehen wir telefonisch zur Verfügung."))
    blocks.append(P("Freundliche Grüße"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, style(r), footer="Haushalt " + c.applicant.name + " – Blatt {p}")


@tpl("antrag", "chronik_k19", SPLIT)
def antrag_chronik_k19(c, d, r):
    """The persons appear as births in a chronology of the family (date | event)."""
    blocks = _sender_head(c, r) + _to_office(r)
    blocks.append(P(f"Datum: {fmt(d.date)}", align="right"))
    blocks.append(P("Härtefalleingabe nach § 23a Aufenthaltsgesetz", bold=True, size=12, after=1))
    blocks.append(P(f"betreffend {', '.join(p.full for p in c.persons)}", after=8))
    blocks.append(P("Guten Tag,"))
    blocks.append(
        P(
            "die folgende Übersicht stellt den Sachverhalt in zeitlicher Reihenfolge dar; danach folgt die Begründung."
            if c.rep
            else "damit Sie unsere Geschichte schnell überblicken, habe ich die wichtigsten Daten zuerst in eine Übersicht geschrieben."
        )
    )
    events = []
    for i, p in enumerate(c.persons):
        where = "" if _om(c, i, "geburtsort") else f" in {p.geburtsort}"
        if _om(c, i, "geburtsdatum"):
            events.append(
                (p.geburtsdatum, "Datum unbekannt", f"Geburt von {p.vorname} {p.name.upper()}{where}")
            )
        else:
            shown = fmt_long(p.geburtsdatum) if r.random() < 0.5 else fmt(p.geburtsdatum)
            events.append((p.geburtsdatum, shown, f"Geburt von {p.vorname} {p.name.upper()}{where}"))
    if "lebensgeschichte" in c.topics and not c.einreiseverbot:
        events.append((c.entry, fmt(c.entry), "Einreise der Familie" if len(c.persons) > 1 else "Einreise"))
    if c.asylum:
        events.append((c.asylum_applied, fmt(c.asylum_applied), "Asylantrag"))
        events.append((c.bamf_date, fmt(c.bamf_date), f"Ablehnung durch das Bundesamt ({c.bamf_gz})"))
    events.sort(key=lambda e: e[0])
    rows = [["Wann", "Was"]] + [[e[1], e[2]] for e in events]
    blocks.append(Table(rows, [0.28, 0.72]))
    blocks.append(P(_nat_note(c)))
    blocks.append(
        P(
            f"Wohnort: {c.street}, {c.plz} {c.city}"
            if c.residence != "nrw"
            else f"Unterkunft: {c.street}, Zimmer {r.randint(3, 48)}, {c.plz} {c.city}"
            if r.random() < 0.5
            else f"gemeldet unter {c.plz} {c.city}, {c.street}"
        )
    )
    blocks.append(P("Begründung", bold=True))
    blocks += _reason_blocks(c, r, None)
    blocks.append(P("Mit der Bitte um wohlwollende Prüfung"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, style(r, "serif"), footer="Seite {p}")


@tpl("antrag", "unterzeichner_k19", SPLIT)
def antrag_unterzeichner_k19(c, d, r):
    """The letter names the family only by first name; the persons' data stand under the signatures at the end."""
    blocks = _sender_head(c, r) + _to_office(r)
    blocks.append(P(f"{_place(c)}, {fmt_long(d.date)}", align="right"))
    blocks.append(P("Bitte um Aufnahme unseres Falles in das Härtefallverfahren", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    firsts = ", ".join(p.vorname for p in c.persons)
    if c.rep is None:
        blocks.append(
            P(
                f"wir – {firsts} – schreiben Ihnen, weil uns nach allen Anträgen und Gesprächen nur noch diese Möglichkeit bleibt. Unsere Angaben zur Person finden Sie unter den Unterschriften am Ende dieses Briefes."
                if len(c.persons) > 1
                else "ich schreibe Ihnen, weil mir nach allen Anträgen und Gesprächen nur noch diese Möglichkeit bleibt. Meine Angaben zur Person stehen unter meiner Unterschrift."
            )
        )
    else:
        blocks.append(
            P(
                f"für die Familie ({firsts}) stelle ich den Antrag auf Befassung der Härtefallkommission. Die Betroffenen unterzeichnen mit; ihre Angaben zur Person stehen jeweils unter der Unterschrift."
            )
        )
    blocks += _reason_blocks(
        c,
        r,
        None,
        order=("humanitaere_gruende", "lebensgeschichte", "aufenthaltssituation", "familie", "integration"),
    )
    blocks.append(
        P(
            (
                "Meine Meldeadresse"
                if c.rep is None and len(c.persons) == 1
                else "Unsere gemeinsame Meldeadresse"
                if c.rep is None
                else f"Meldeadresse von {c.applicant.herr_frau()}"
                if len(c.persons) == 1
                else "Meldeadresse der Familie"
            )
            + f": {c.street}, {c.plz} {c.city}."
        )
    )
    blocks.append(P("Mit Dank für Ihre Mühe"))
    if c.rep is not None:
        blocks.append(Signature(_signer(c)))
    kids = []
    for i, p in enumerate(c.persons):
        bits = []
        if not _om(c, i, "geburtsdatum"):
            bits.append(f"geb. {_dn(p.geburtsdatum)}")
        if not _om(c, i, "geburtsort"):
            bits.append(p.geburtsort)
        if not _om(c, i, "staatsangehoerigkeit"):
            bits.append(p.staat)
        data = " · ".join(bits)
        if p.role == "child" and p.age_on(d.date) < 16:
            kids.append(f"{p.vorname} {p.name} ({data})")
            continue
        blocks.append(Signature(p.full))
        blocks.append(P(data, size=8.5, after=8))
    if kids:
        blocks.append(P("zugleich für die minderjährigen Kinder: " + "; ".join(kids), size=9))
    return DocSpec(blocks, style(r))


@tpl("antrag", "zuziffer_k19", SPLIT)
def antrag_zuziffer_k19(c, d, r):
    """Lawyer-like numbered sections; each person defined in prose as 'Antragsteller zu n)', PLZ/Ort before street."""
    blocks = _sender_head(c, r) + _to_office(r)
    blocks.append(P(f"{_place(c)}, {fmt(d.date)}", align="right"))
    ref = f"Unser Zeichen: {r.randint(10, 480)}/{d.date.year % 100} {c.applicant.name[:3].upper()}"
    blocks.append(P(ref, size=9, align="right"))
    blocks.append(P(f"Härtefallsache {c.applicant.name} u. a.", bold=True, size=12))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(
        P(
            "namens der nachfolgend bezeichneten Antragsteller wird beantragt, dass die Kommission sich der Sache annimmt und die Ausländerbehörde im Wege eines Härtefallersuchens um einen Titel nach § 23a AufenthG bittet."
            if c.rep is not None
            else "ich beantrage für mich und die weiteren Antragsteller die Beratung in der Kommission; Ziel ist ein Titel nach § 23a AufenthG."
        )
    )
    blocks.append(P("A. Antragsteller", bold=True, after=2))
    for i, p in enumerate(c.persons, 1):
        art = "Antragstellerin" if p.sex == "f" else "Antragsteller"
        s = (
            f"{art} zu {i}) ist {_hf(p) + ' ' if p.age_on(d.date) >= 18 else ''}{p.vorname} {p.name}"
            + (
                ""
                if i == 1
                else f", {_role(p)} des Antragstellers zu 1)"
                if c.applicant.sex == "m"
                else f", {_role(p)} der Antragstellerin zu 1)"
            )
            + "."
        )
        er = "Sie" if p.sex == "f" else "Er"
        born = []
        if not _om(c, i - 1, "geburtsdatum"):
            born.append(f"am {fmt_long(p.geburtsdatum)}")
        if not _om(c, i - 1, "geburtsort"):
            born.append(f"in {p.geburtsort}")
        if born:
            s += f" {er} wurde {' '.join(born)} geboren"
            s += (
                "." if _om(c, i - 1, "staatsangehoerigkeit") else f" und ist {p.staat}er Staatsangehörigkeit."
            )
        elif not _om(c, i - 1, "staatsangehoerigkeit"):
            s += f" {er} ist {p.staat}er Staatsangehörigkeit."
        blocks.append(P(s, indent=12))
    blocks.append(P(f"Sämtliche Antragsteller sind gemeldet in {c.plz} {c.city}, {c.street}.", indent=12))
    blocks.append(P("B. Begründung", bold=True, after=2))
    blocks += _reason_blocks(c, r, None, numbered="rn")
    blocks.append(P("C. Anlagen", bold=True, after=2))
    blocks.append(
        P(
            "Die Nachweise folgen als Anlagenkonvolut; weitere Unterlagen werden bei Bedarf nachgereicht.",
            indent=12,
        )
    )
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, style(r, "serif"), footer="Blatt {p} von {n}")


@tpl("antrag", "csvfax_k19", SPLIT)
def antrag_csvfax_k19(c, d, r):
    """A dense one-sheet fax: persons pasted as semicolon rows (birth date first), tiny print, narrow margins."""
    st = Style(
        family="cond",
        size=8.5,
        leading=1.2,
        margin_left=38,
        margin_right=34,
        margin_top=30,
        margin_bottom=40,
        para_after=3,
    )
    blocks = _sender_head(c, r, dense=True) + _to_office(r, compact=True)
    blocks.append(
        P(
            f"EILT – Härtefallantrag (§ 23a AufenthG) – {c.applicant.name.upper()} – Stand {fmt(d.date)}",
            bold=True,
            size=10,
        )
    )
    blocks.append(
        P(
            "Guten Tag, vorab per Fax mein Antrag; die Übersicht der Personen habe ich aus meiner Tabelle kopiert:"
            if c.rep is None
            else f"Guten Tag, für {c.applicant.full} und Angehörige geht der Antrag vorab per Fax hinaus; die Personenübersicht stammt aus unserer Falltabelle:"
        )
    )
    lines = ["Geb.-Datum; Geb.-Ort; Familienname; Vorname; StA"]
    for i, p in enumerate(c.persons):
        lines.append(
            "; ".join(
                [
                    "" if _om(c, i, "geburtsdatum") else fmt(p.geburtsdatum),
                    "" if _om(c, i, "geburtsort") else p.geburtsort,
                    p.name,
                    p.vorname,
                    "" if _om(c, i, "staatsangehoerigkeit") else p.staat,
                ]
            )
        )
    for ln in lines:
        blocks.append(P(ln, font="mono", size=8, after=0, indent=8))
    blocks.append(Space(4))
    blocks.append(P(f"Anschrift (alle): {c.street} · {c.plz} {c.city}"))
    t = _reasons(c, r)
    text = " ".join(" ".join(t[k]) for k in TOPIC_ORDER if k in c.topics)
    blocks.append(P("Zur Begründung: " + text))
    blocks.append(P("Original folgt per Post. Mit freundlichem Gruß"))
    blocks.append(Signature(_signer(c).replace("\n", ", ")))
    return DocSpec(blocks, st, footer="Fax-Seite {p}/{n}")


@tpl("antrag", "en_dob_k19", SPLIT)
def antrag_en_dob_k19(c, d, r):
    """English: a bulleted household list with DOB / POB abbreviations and US dates."""
    blocks = [P(f"From: {c.applicant.full}", after=0), P(f"{c.street}, {c.plz} {c.city}", after=12)]
    blocks += [P(x, after=0) for x in HFK_ADDRESS[1:]] + [Space(10)]
    blocks.append(P(_us(d.date), align="right"))
    blocks.append(
        P("Re: request to the Hardship Commission (Härtefallkommission, § 23a AufenthG)", bold=True)
    )
    blocks.append(P("Honourable Commission,"))
    blocks.append(
        P(
            "I am asking for your help for the people listed below. Please forgive the English: my German is not yet up to an official letter."
        )
    )
    blocks.append(P("Household members:", bold=True, after=2))
    for i, p in enumerate(c.persons):
        bits = []
        if not _om(c, i, "geburtsdatum"):
            bits.append(f"DOB: {_us(p.geburtsdatum)}")
        if not _om(c, i, "geburtsort"):
            bits.append(f"POB: {p.geburtsort}")
        if not _om(c, i, "staatsangehoerigkeit"):
            bits.append(f"citizenship: {c.natinfo['en']}")
        blocks.append(P(f"•  {p.vorname} {p.name.upper()} ({'; '.join(bits)})", indent=10, after=2))
    blocks.append(P(f"Everyone listed lives together at {c.street}, {c.plz} {c.city}."))
    t = _reasons_en(c, r)
    heads = {
        "lebensgeschichte": "Background",
        "aufenthaltssituation": "Legal situation",
        "familie": "Relatives",
        "integration": "Work, German and friendships",
        "humanitaere_gruende": "What waits for us over there",
    }
    for k in TOPIC_ORDER:
        if k in c.topics:
            blocks.append(P(heads[k] + ":", bold=True, after=1))
            blocks.append(P(" ".join(t[k])))
    blocks.append(P("Respectfully yours,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, style(r))


@tpl("antrag", "en_story_k19", SPLIT)
def antrag_en_story_k19(c, d, r):
    """English: every person introduced in a sentence of its own, birth place before date."""
    blocks = [P(c.applicant.full, bold=True, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=14)]
    blocks += (
        [P("Hardship Commission NRW (Geschäftsstelle)", after=0)]
        + [P(x, after=0) for x in HFK_ADDRESS[2:]]
        + [Space(10)]
    )
    blocks.append(P(fmt_en(d.date), align="right"))
    blocks.append(P("Good day,"))
    blocks.append(P("this letter is our request for a hardship review."))
    for i, p in enumerate(c.persons):
        who = "I, " + p.full + "," if i == 0 else f"My {_role_en(p)}, {p.full},"
        s = who
        if not _om(c, i, "geburtsort") and not _om(c, i, "geburtsdatum"):
            s += f" was born in {p.geburtsort} on {fmt_en(p.geburtsdatum)}"
        elif not _om(c, i, "geburtsort"):
            s += f" was born in {p.geburtsort}"
        elif not _om(c, i, "geburtsdatum"):
            s += f" was born on {fmt_en(p.geburtsdatum)}"
        else:
            s += " does not know the exact details of birth"
        if not _om(c, i, "staatsangehoerigkeit"):
            s += f" and {'am' if i == 0 else 'is'} {c.natinfo['en']} by nationality."
        else:
            s += "."
        blocks.append(P(s))
    blocks.append(P(f"You can reach us at {c.street}, {c.plz} {c.city}."))
    t = _reasons_en(c, r)
    for k in ("humanitaere_gruende", "lebensgeschichte", "aufenthaltssituation", "familie", "integration"):
        if k in c.topics:
            blocks.append(P(" ".join(t[k])))
    blocks.append(P("Thank you, truly, for taking the time."))
    blocks.append(Signature(c.applicant.full, f"{c.city}, {fmt_en(d.date)}"))
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ bamf_bescheid

_DUBLIN_STATES = ["Bulgarien", "Kroatien", "Italien", "Österreich", "Polen"]


def _tenor19(c) -> list[str]:
    land = c.natinfo["land"]
    if c.bamf_tenor == 6:
        return [
            "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
            "Die Anerkennung als Asylberechtigte/r wird abgelehnt.",
            "Der subsidiäre Schutzstatus wird nicht zuerkannt.",
            "Die Voraussetzungen eines nationalen Abschiebungsverbots – § 60 V, VII AufenthG – fehlen.",
            "Die Ausreisefrist beträgt 30 Tage; sie beginnt mit der Bekanntgabe dieses Bescheids, im Fall einer Klage mit dem "
            f"rechtskräftigen Ende des Gerichtsverfahrens. Wird sie nicht eingehalten, ist die Abschiebung {_nach(land)} – oder in "
            "ein aufnahmebereites Drittland – zulässig; sie wird hiermit angedroht.",
            "Ein Einreise- und Aufenthaltsverbot wird verhängt; seine Frist: 30 Monate ab einer Abschiebung (§ 11 Absatz 1 und 2 AufenthG).",
        ]
    state = _DUBLIN_STATES[sum(map(ord, c.bamf_gz)) % len(_DUBLIN_STATES)]
    return [
        "Der Asylantrag ist als unzulässig abzulehnen.",
        "Die Voraussetzungen eines nationalen Abschiebungsverbots – § 60 V, VII AufenthG – fehlen.",
        f"Es wird angeordnet, die Person nach {state} zu überstellen (Abschiebungsanordnung).",
        "Für die Zeit nach der Überstellung gilt ein Einreise- und Aufenthaltsverbot von 15 Monaten.",
    ]


def _bamf_grounds19(c) -> list[str]:
    a = c.applicant
    out = [
        f"Die antragstellende Person besitzt die {a.staat}e Staatsangehörigkeit. Ihren Angaben zufolge brach sie {c.entry.year} auf "
        f"und erreichte Deutschland am {fmt(c.entry)}. Förmlich gestellt wurde der Antrag am {fmt(c.asylum_applied)}.",
        "Bei der Anhörung berichtete sie von Bedrohungen durch bewaffnete Gruppen im Wohnviertel, blieb aber bei Zeitpunkt, Ort und "
        "Beteiligten vage. Rückfragen wich sie aus.",
        "Aus diesem Vortrag ergibt sich keine flüchtlingsrelevante Verfolgung. Ein Zusammenhang mit Rasse, Religion, Nationalität, "
        "politischer Überzeugung oder der Zugehörigkeit zu einer sozialen Gruppe ist nicht erkennbar.",
        "Auffällig sind zudem Abweichungen zwischen Erstbefragung und Anhörung, namentlich zur Reiseroute und zu Aufenthalten in "
        "Transitstaaten; eine Erklärung dafür blieb aus.",
        "Die Zuerkennung subsidiären Schutzes scheitert ebenfalls (§ 4 AsylG): Weder Todesstrafe noch Folter noch eine "
        "Gefahr für Leib und Leben als Zivilperson in einem Bürgerkrieg sind zu besorgen.",
        "Für ein nationales Abschiebungsverbot fehlt es an Anhaltspunkten. Als arbeitsfähige erwachsene Person wird sie ihren "
        "Lebensunterhalt im Herkunftsland – notfalls mit Starthilfen aus Rückkehrprogrammen – bestreiten können.",
        "Krankheiten, die der Rückführung entgegenstehen könnten, sind nicht qualifiziert bescheinigt (vgl. § 60a Absatz 2c AufenthG).",
        "Die Androhung beruht auf den §§ 34 AsylG und 59 AufenthG; für die Frist gilt § 38 AsylG.",
        "Für eine kürzere Befristung des Verbots sprechen keine Umstände; familiäre oder sonst schutzwürdige Bindungen in "
        "Deutschland wurden nicht geltend gemacht.",
    ]
    if c.bamf_tenor == 4:
        out.insert(
            1,
            "Ein Eurodac-Treffer belegt eine frühere Registrierung in einem anderen Mitgliedstaat. Nach der Dublin-III-Verordnung "
            "obliegt diesem Staat die Prüfung; er hat der Übernahme zugestimmt.",
        )
    return out


def _rbb19(c) -> str:
    court = c.court_name or "Verwaltungsgericht " + N.COURTS[len(c.applicant.name) % len(N.COURTS)]
    return (
        f"Rechtsbehelf: Klage zum {court}. Frist: zwei Wochen ab Zustellung; entscheidend ist, wann die Klageschrift bei Gericht "
        "eingeht. Einzureichen ist sie schriftlich; alternativ nimmt das Gericht sie mündlich zu Protokoll. Tatsachen und Beweise "
        "zur Begründung sollen genannt werden."
    )


def _bamf_body19(c, d, heading: str, grounds_label: str, numbered: bool) -> list:
    a = c.applicant
    blocks = [P(heading, bold=True, size=13, align="center", after=8)]
    blocks.append(
        P(
            f"betreffend den Asylantrag der Person {a.name.upper()}, {a.vorname} ({_hf(a)}), Geburtsdatum {fmt(a.geburtsdatum)}, "
            f"Geburtsort {a.geburtsort}, Staatsangehörigkeit {a.staat}, derzeit wohnhaft: {c.adresse}"
        )
    )
    blocks.append(P("Tenor des Bescheids:", bold=True))
    for i, t in enumerate(_tenor19(c), 1):
        blocks.append(P(f"({i})  {t}", indent=14))
    blocks.append(P(grounds_label, bold=True))
    grounds = _bamf_grounds19(c)
    for i in range(d.extra.get("bamf_reasons", 6)):
        text = grounds[i % len(grounds)]
        blocks.append(P(f"Rn. {i + 1}  {text}" if numbered else text))
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True, after=2))
    blocks.append(P(_rbb19(c), size=9))
    return blocks


@tpl("bamf_bescheid", "reftab_k19", SPLIT)
def bamf_reftab_k19(c, d, r):
    """Reference fields in a small grid; page count beside the file number in the footer."""
    site = c.bamf_site
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, size=12, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8, after=10),
        _fields(
            [
                ("Geschäftszeichen", c.bamf_gz),
                ("bei Rückfragen bitte nennen", ""),
                ("Datum", fmt(d.date)),
                ("Referat", "Asylverfahrenssekretariat"),
            ],
            0.55,
            grid=True,
            size=8.5,
        ),
        P("Zugestellt mit PZU", size=8.5, after=0),
        P(c.applicant.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=14),
    ]
    blocks += _bamf_body19(c, d, "– Bescheid –", "Gründe", numbered=False)
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(P(r.choice(["Ostermann", "Pichler", "Yıldırım", "Sauerbier", "Hennecke"]), after=0))
    blocks.append(P("Einzelentscheider/in", size=8.5))
    return DocSpec(blocks, style(r, "sans"), footer=f"Seite {{p}} von {{n}} · GZ {c.bamf_gz}")


@tpl("bamf_bescheid", "randnr_k19", SPLIT)
def bamf_randnr_k19(c, d, r):
    """Serif decision with margin-numbered grounds; the file number repeated at the top of later pages."""
    site = c.bamf_site
    blocks = [
        Box(["BAMF – Bundesamt für Migration und Flüchtlinge", site[0], f"{site[1]}, {site[2]}"], size=8.5),
        P(f"Gesch.-Z.: {c.bamf_gz}", bold=True, align="right", after=0),
        P(f"{site[2].split(' ', 1)[1]}, den {fmt_long(d.date)}", align="right", after=10),
        P(f"{c.applicant.herr_frau()}, {c.adresse}", size=9, after=12),
    ]
    blocks += _bamf_body19(c, d, "BESCHEID", "Begründung", numbered=True)
    blocks.append(P("Im Auftrag des Bundesamts", after=14))
    blocks.append(P(r.choice(["Rautenberg", "Kowalczyk", "Ebbinghaus", "Dörtelmann"]), after=0))
    return DocSpec(
        blocks, style(r, "serif"), footer="Seite {p} von {n}", header=f"Bescheid zum Az. {c.bamf_gz}"
    )


@tpl("bamf_bescheid", "kompakt_k19", SPLIT)
def bamf_kompakt_k19(c, d, r):
    """A condensed print with a sender line over the address, the reference in capitals."""
    site = c.bamf_site
    st = Style(family="cond", size=9.5, margin_left=62, margin_right=52, margin_top=42)
    blocks = [
        P(f"BAMF · {site[0]} · {site[1]} · {site[2]}", size=7, after=2),
        Rule(0.3),
        P(c.applicant.full, after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=10),
        P(f"AKTENZEICHEN {c.bamf_gz}   ·   ERSTELLT {fmt(d.date)}", bold=True, size=9, after=10),
    ]
    blocks += _bamf_body19(c, d, "Bescheid", "Erwägungen des Bundesamts", numbered=False)
    blocks.append(P(f"Zur Post gegeben am {fmt(d.date)}.", size=8.5))
    blocks.append(P("gez. " + r.choice(["Heuvelmann", "Stratmann", "Öztürk-Lange", "Bruns"]), after=0))
    return DocSpec(blocks, st, footer="(Seite {p} von {n})", header=f"AZ {c.bamf_gz}")


# ------------------------------------------------------------------ aerztliches_gutachten

_PRAXEN19 = [
    ("Praxisgemeinschaft am Lindenhof", "Psychiatrie · Psychotherapie · Neurologie"),
    ("MVZ Rheinbogen", "Fachübergreifende ambulante Versorgung"),
    ("Zentrum für seelische Gesundheit an der Emscher", "Traumaambulanz und Tagesklinik"),
    ("Hausarztpraxis Kreuzviertel", "Allgemeinmedizin · Diabetologie"),
    ("Kinder- und Jugendmedizin im Bürgerpark", "Entwicklungsdiagnostik · Neuropädiatrie"),
]


def _praxis19(c):
    name, tag = _PRAXEN19[sum(map(ord, c.doctor)) % len(_PRAXEN19)]
    rr = random.Random(c.doctor + "praxis19")
    return name, tag, f"{rr.choice(N.STREETS)} {rr.randint(2, 90)}"


def _patient19(c) -> tuple:
    p = c.persons[c.ill_person]
    return p, f"{p.name}, {p.vorname}", fmt(p.geburtsdatum)


def _course19(c, r) -> str:
    sev = c.diagnosis[2]
    return (
        r.choice(
            [
                f"Seit der Erstvorstellung im {month_year(c.entry + timedelta(days=420))} zeigt sich ein {r.choice(['wechselhafter', 'zäher', 'nur teilweise gebesserter'])} Verlauf.",
                f"Erster Kontakt: {month_year(c.entry + timedelta(days=380))}; seither {r.randint(14, 60)} Sitzungen bzw. Konsultationen.",
            ]
        )
        + f" Den Schweregrad schätzen wir derzeit als {sev} ein."
    )


@tpl("aerztliches_gutachten", "befund_k19", SPLIT)
def med_befund_k19(c, d, r):
    """Therapist's report; the date of issue follows the signature."""
    name, tag, street = _praxis19(c)
    p, pat, born = _patient19(c)
    code, diag, _sev = c.diagnosis
    blocks = [
        P(name, bold=True, size=13, align="center", after=0),
        P(tag, size=8.5, align="center", after=0),
        P(f"{street} · {c.court_city_plz()}", size=8.5, align="center", after=4),
        Rule(0.6),
        P("Psychotherapeutischer bzw. fachärztlicher Befundbericht", bold=True, size=12),
        P("erstellt für die Härtefallkommission NRW", size=9),
        _fields([("Patient/in", pat), ("geboren", born), ("Behandelnd", c.doctor)], 0.3, grid=False),
        P("1. Anlass und Vorgeschichte", bold=True, after=2),
        P(f"Die Vorstellung erfolgte auf Überweisung der Hausärztin. {_course19(c, r)}"),
        P("2. Untersuchungsbefund", bold=True, after=2),
        P(
            r.choice(
                [
                    "Bewusstseinsklar und orientiert; wirkt angespannt, vermeidet Blickkontakt. Stimmung gedrückt, affektiv kaum auslenkbar, Schlaf fragmentiert. Suizidgedanken werden glaubhaft verneint.",
                    "Körperlich reduzierter Allgemeinzustand, Laborwerte außerhalb der Zielbereiche. Die Beschwerden schränken Alltag und Belastbarkeit deutlich ein.",
                ]
            )
        ),
        P("3. Diagnose nach ICD-10", bold=True, after=2),
        P(f"{code}  {diag}", indent=12),
        P("4. Behandlung und Medikation", bold=True, after=2),
        P("Regelmäßige Termine; aktuelle Medikation: " + "; ".join(r.sample(N.MEDICATION, 2)) + "."),
        P("5. Prognose", bold=True, after=2),
        P(
            "Sollte die Therapie abreißen, erwarten wir einen Rückfall mit deutlicher Zunahme der Symptome. Im Herkunftsland "
            f"({c.natinfo['land']}) wäre die Fortführung nach hiesiger Einschätzung nicht gesichert."
        ),
        Signature(c.doctor),
        P(f"ausgefertigt am {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r))


@tpl("aerztliches_gutachten", "entlass_k19", SPLIT)
def med_entlass_k19(c, d, r):
    """Hospital discharge letter; the date of issue only in the footer line of each page."""
    p, pat, born = _patient19(c)
    code, diag, sev = c.diagnosis
    clinic = r.choice(
        [
            "Ev. Krankenhaus Auf der Höhe",
            "St.-Lukas-Hospital",
            "Klinikum Am Stadtwald",
            "Fachkrankenhaus Bergisch Land",
        ]
    )
    adm = d.date - timedelta(days=r.randint(20, 45))
    dis = adm + timedelta(days=r.randint(8, 18))
    blocks = [
        P(clinic, bold=True, size=12, after=0),
        P(
            r.choice(
                ["Abteilung für Innere Medizin", "Klinik für Psychosomatik", "Abteilung für Neurologie"]
            ),
            size=9,
            after=8,
        ),
        P("Entlassungsbericht", bold=True, size=13),
        P(
            f"Nachfolgend unser Bericht über den stationären Aufenthalt von {_hf(p)} {p.vorname} {p.name}, geb. {born}, "
            f"aufgenommen am {fmt(adm)}, entlassen am {fmt(dis)}."
        ),
        P("Entlassungsdiagnose(n):", bold=True, after=1),
        P(f"–  {diag} [{code}]", indent=10),
        P(f"–  Schweregrad: {sev}", indent=10),
        P("Epikrise:", bold=True, after=1),
        P(_course19(c, r) + " Unter stationären Bedingungen kam es zu einer vorsichtigen Stabilisierung."),
        P("Empfehlungen zur Weiterbehandlung:", bold=True, after=1),
        P(
            "Medikation unverändert weiter: "
            + ", ".join(r.sample(N.MEDICATION, 2))
            + "; engmaschige ambulante Anbindung, Wiedervorstellung bei Verschlechterung."
        ),
        P("Mit besten Grüßen aus dem Stationsteam"),
        Table(
            [
                [c.doctor, "Dr. med. " + r.choice(["Wiegand", "Abele", "Terhorst"])],
                ["Oberärztin/Oberarzt", "Assistenzärztin/-arzt"],
            ],
            [0.5, 0.5],
            header=False,
            grid=False,
        ),
    ]
    return DocSpec(blocks, style(r, "sans"), footer=f"{clinic} – Ausdruck vom {fmt(d.date)} – S. {{p}}/{{n}}")


@tpl("aerztliches_gutachten", "stempel_k19", SPLIT)
def med_stempel_k19(c, d, r):
    """A GP's short attest; the date stands only inside the practice stamp at the bottom."""
    name, tag, street = _praxis19(c)
    p, pat, born = _patient19(c)
    code, diag, sev = c.diagnosis
    blocks = [
        P("ÄRZTLICHE BESCHEINIGUNG", bold=True, size=14, align="center"),
        P("(Bescheinigung für die Patientin/den Patienten zur Weitergabe)", size=9, align="center", after=12),
        P(f"Name, Vorname des Patienten: {pat}"),
        P(f"Geburtsdatum: {born}"),
        P(
            f"Die oben genannte Person wird seit {month_year(c.entry + timedelta(days=500))} in meiner Praxis hausärztlich versorgt. "
            f"Diagnostiziert ist: {diag} ({code}). Die Erkrankung ist {sev} ausgeprägt und verlangt eine dauerhafte Behandlung."
        ),
        P(
            "Regelmäßige Kontrollen und die tägliche Einnahme der Medikamente ("
            + r.choice(N.MEDICATION)
            + ") sind unverzichtbar; ohne sie drohen schwerwiegende Komplikationen."
        ),
        Space(20),
        Signature(c.doctor),
        Box([name, tag, street, c.court_city_plz(), f"Datum: {_dn(d.date)}"], size=8.5),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ------------------------------------------------------------------ vollmacht


def _rep_label(c) -> str:
    rp = c.rep
    if rp is None:
        return ""
    if rp.kind == "privat":
        return f"{rp.person} ({rp.relation}), {rp.street}, {rp.city}"
    return f"{rp.org}, vertreten durch {rp.person}, {rp.street}, {rp.city}"


def _adults(c, d):
    return [p for p in c.persons if p.age_on(d.date or c.received) >= 18] or [c.applicant]


@tpl("vollmacht", "auftrag_k19", SPLIT)
def vollmacht_auftrag_k19(c, d, r):
    """Mandate form with numbered powers."""
    names = ", ".join(f"{p.full} (geb. {fmt(p.geburtsdatum)})" for p in _adults(c, d))
    blocks = [
        P("Vollmacht", bold=True, size=15, align="center", after=0),
        P("(Mandat für das Härtefallverfahren)", size=9, align="center", after=10),
        P(f"Hiermit beauftrage(n) und bevollmächtige(n) ich/wir – {names} –"),
        P(_rep_label(c), bold=True, indent=20),
        P(
            "als meine/unsere Vertretung gegenüber Geschäftsstelle und Mitgliedern der Härtefallkommission aufzutreten. Umfasst sind insbesondere:"
        ),
    ]
    for i, t in enumerate(
        [
            "Einreichen und Begründen des Härtefallantrags, Nachreichen von Unterlagen,",
            "Anforderung der Ausländerakte und Einsicht in sie,",
            "Empfang von Schreiben und Mitteilungen jeder Art,",
            "Bestellung von Unterbevollmächtigten.",
        ],
        1,
    ):
        blocks.append(P(f"{i}. {t}", indent=14, after=2))
    blocks.append(P("Post bitte nur an die Bevollmächtigten schicken.", size=9))
    for p in _adults(c, d):
        blocks.append(Signature(p.full, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "ankreuz_k19", SPLIT)
def vollmacht_ankreuz_k19(c, d, r):
    """Tick-box power of attorney of a service or relative."""
    a = c.applicant
    blocks = [
        P("Bevollmächtigung", bold=True, size=13),
        P("Vertretung in der Härtefallsache (§ 23a AufenthG)", size=9, after=10),
        _fields(
            [
                ("Vollmachtgeber/in", a.full),
                ("Geburtsdatum", _dn(a.geburtsdatum)),
                ("Anschrift", c.adresse),
                ("Bevollmächtigte/r", _rep_label(c)),
            ],
            0.32,
        ),
        P("Die bevollmächtigte Stelle darf für mich (bitte ankreuzen):", after=3),
    ]
    for mark, t in [
        ("☒", "Anträge stellen und begründen"),
        ("☒", "Auskünfte bei Behörden einholen"),
        ("☒", "Post in meinem Namen empfangen"),
        ("☒", "Unterlagen nachreichen"),
        ("☐", "den Antrag zurücknehmen"),
    ]:
        blocks.append(P(f"{mark}  {t}", indent=16, after=1))
    blocks.append(P("Gültig, bis ich sie schriftlich widerrufe.", size=9))
    blocks.append(Signature(f"Unterschrift {a.full}", f"Ort/Datum: {c.city_or_nrw()}, {_dn(d.date)}"))
    return DocSpec(blocks, style(r, "sans"))


@tpl("vollmacht", "handschrift_k19", SPLIT)
def vollmacht_handschrift_k19(c, d, r):
    """A short note in large italic print, as if written by hand."""
    a = c.applicant
    rp = c.rep
    to = rp.person if rp.kind == "privat" else f"{rp.person} von {rp.org}"
    blocks = [
        P("Vollmacht", bold=True, size=16, after=14),
        P(f"Ich, {a.full}, wohnhaft {c.adresse},", size=13),
        P(f"bevollmächtige {to} ({rp.street}, {rp.city}),", size=13),
        P("mich bei der Härtefallkommission zu vertreten und alles Nötige für mich zu erledigen.", size=13),
        Space(10),
        P(f"{c.city_or_nrw()}, {_dn(d.date)}", size=13),
        Signature(a.full),
    ]
    return DocSpec(blocks, Style(family="italic", size=13, margin_left=80, margin_right=70, margin_top=90))


# ------------------------------------------------------------------ schweigepflichtsentbindung


def _doctors19(c, r) -> list[tuple[str, str]]:
    name, _tag, _street = _praxis19(c)
    out = [(c.doctor, c.practice)]
    if r.random() < 0.6:
        out.append(("Dipl.-Psych. " + r.choice(["Meral Ünsal", "Johanna Terfloth", "Pawel Nowicki"]), name))
    return out


def _ill19(c):
    return c.persons[c.ill_person] if c.illness else c.applicant


@tpl("schweigepflichtsentbindung", "tabelle_k19", SPLIT)
def schweige_tabelle_k19(c, d, r):
    p = _ill19(c)
    rows = [["Ärztin / Arzt / Therapeut/in", "Praxis bzw. Einrichtung"]] + [list(x) for x in _doctors19(c, r)]
    blocks = [
        P("Freigabe ärztlicher Auskünfte – Entbindung von der Schweigepflicht", bold=True, size=12),
        P(
            f"Ich, {p.full}, geboren am {fmt(p.geburtsdatum)}, befreie die nachstehend genannten Personen von ihrer Schweigepflicht:"
        ),
        Table(rows, [0.45, 0.55]),
        P(
            "Sie dürfen dem Büro der Härtefallkommission NRW sowie ihren Mitgliedern über Diagnosen, Behandlungsverlauf und "
            "Prognose berichten und Befunde übersenden. Die Befreiung gilt nur für dieses Verfahren."
        ),
        P(
            "Diese Freigabe kann ich jederzeit zurückziehen; sie endet dann für alle künftigen Auskünfte.",
            size=9,
        ),
        Signature(p.full, f"{c.city_or_nrw()}, den {fmt(d.date)}"),
    ]
    if p.role == "child":
        blocks.append(
            P(
                "Für das minderjährige Kind unterschreibt der/die Sorgeberechtigte: " + c.applicant.full,
                size=9,
            )
        )
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "zweisprachig_k19", SPLIT)
def schweige_zweisprachig_k19(c, d, r):
    p = _ill19(c)
    doc = _doctors19(c, r)[0]
    blocks = [
        P("Schweigepflichtentbindung – Consent to share medical information", bold=True, size=11.5),
        Rule(0.4),
        Table(
            [
                [
                    f"Ich, {p.full} (geb. {_dn(p.geburtsdatum)}), erlaube {doc[0]} ({doc[1]}), der Härtefallkommission Nordrhein-Westfalen "
                    "und deren Geschäftsstelle über meine Behandlung zu berichten; insoweit entfällt die Schweigepflicht.",
                    f"I, {p.full} (born {fmt_en(p.geburtsdatum)}), allow {doc[0]} ({doc[1]}) to report on my treatment to the Commission "
                    "(Härtefallkommission NRW) and its office; to that extent the duty of confidentiality is lifted.",
                ],
                [
                    "Erlaubt sind mündliche und schriftliche Auskünfte sowie das Übersenden von Berichten.",
                    "Oral and written information and copies of reports may be given.",
                ],
                [
                    "Ich kann diese Erlaubnis jederzeit zurücknehmen.",
                    "I can take this permission back at any time.",
                ],
            ],
            [0.5, 0.5],
            header=False,
            grid=False,
        ),
        Signature(p.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("schweigepflichtsentbindung", "kurz_k19", SPLIT)
def schweige_kurz_k19(c, d, r):
    p = _ill19(c)
    blocks = [
        Box(
            [
                "Schweigepflichtentbindung",
                f"Patient/in: {p.name}, {p.vorname} – geb. {fmt(p.geburtsdatum)}",
                f"Behandelnde Stelle: {c.practice}",
                "Empfänger der Auskunft: Geschäftsstelle der Härtefallkommission, Düsseldorf",
            ],
            size=10,
        ),
        P(
            "Die genannte Stelle darf dem Empfänger Auskunft über meine Erkrankung geben, soweit sie für die Entscheidung über "
            "meinen Härtefallantrag von Bedeutung ist. Hierfür hebe ich die Schweigepflicht auf."
        ),
        P("Freiwillig erteilt; Rücknahme jederzeit möglich.", size=9),
        Signature(p.full, f"Datum: {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "punkte_k19", SPLIT)
def ds_punkte_k19(c, d, r):
    a = c.applicant
    blocks = [
        P("Einverständniserklärung zur Verarbeitung personenbezogener Daten", bold=True, size=12),
        P(f"Erklärende Person: {a.full}, {c.adresse}", size=9.5),
    ]
    for i, t in enumerate(
        [
            "Meine Angaben im Antrag und in den beigefügten Unterlagen dürfen von der Geschäftsstelle der Härtefallkommission gespeichert und für das Verfahren genutzt werden (Einwilligung gemäß Artikel 6 Absatz 1 Unterabsatz 1 Buchstabe a DSGVO).",
            "Das gilt auch für Gesundheitsdaten und andere besonders geschützte Angaben, soweit ich sie selbst vorlege (ausdrückliche Einwilligung nach Art. 9 DSGVO).",
            "Daten dürfen an die zuständige Ausländerbehörde übermittelt und dort angefordert werden.",
            "Widerrufen kann ich jederzeit; das wirkt nur für die Zukunft, vorher Verarbeitetes bleibt rechtmäßig.",
        ],
        1,
    ):
        blocks.append(P(f"{i})  {t}", indent=8))
    for p in _adults(c, d):
        blocks.append(Signature(p.full, f"{c.city_or_nrw()}, {_dn(d.date)}"))
    return DocSpec(blocks, style(r))


@tpl("datenschutzeinwilligung", "haushalt_k19", SPLIT)
def ds_haushalt_k19(c, d, r):
    rows = [["Person", "Geburtsdatum", "Unterschrift bzw. Sorgeberechtigte/r"]]
    for p in c.persons:
        rows.append(
            [p.full, fmt(p.geburtsdatum), "" if p.age_on(d.date) >= 18 else "vertreten durch die Eltern"]
        )
    blocks = [
        P("Datenschutz – Einwilligung aller Haushaltsmitglieder", bold=True, size=12),
        P(
            "Die Unterzeichnenden sind einverstanden, dass ihre personenbezogenen Daten, einschließlich Angaben zur Gesundheit, "
            "zur Bearbeitung des Härtefallantrags verarbeitet und zwischen der Geschäftsstelle, den Kommissionsmitgliedern und der "
            "Ausländerbehörde ausgetauscht werden. Rechtsgrundlage ist die Einwilligung nach der DSGVO."
        ),
        Table(rows, [0.36, 0.2, 0.44]),
        P(
            "Jede unterzeichnende Person kann ihre Einwilligung ohne Begründung widerrufen; ohne Daten ist eine Bearbeitung aber womöglich nicht mehr möglich.",
            size=9,
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("datenschutzeinwilligung", "fragen_k19", SPLIT)
def ds_fragen_k19(c, d, r):
    a = c.applicant
    qa = [
        ("Wer bekommt meine Daten?", "Das Büro der Härtefallkommission beim Integrationsministerium NRW."),
        ("Wozu?", "Ausschließlich zur Prüfung und Beratung meines Härtefallantrags."),
        (
            "Welche Daten?",
            "Angaben zur Person, zum Aufenthalt, zur Familie, zur Arbeit und – falls vorgelegt – zur Gesundheit.",
        ),
        ("Wie lange?", "Bis zum Abschluss des Verfahrens und für die gesetzlichen Aufbewahrungsfristen."),
        (
            "Kann ich widerrufen?",
            "Ja, jederzeit schriftlich; die Verarbeitung bis zum Widerruf bleibt wirksam.",
        ),
    ]
    blocks = [P("Informationen zum Datenschutz und Einwilligung (DSGVO)", bold=True, size=12)]
    for q, ans in qa:
        blocks.append(P(q, bold=True, after=0))
        blocks.append(P(ans, indent=10))
    blocks.append(Rule(0.5))
    blocks.append(
        P(
            f"Ich, {a.full}, habe diese Informationen gelesen und willige in die Verarbeitung meiner personenbezogenen Daten ein."
        )
    )
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {fmt_long(d.date)}"))
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ lebenslauf


def _cv19(c) -> list[tuple[str, str, str]]:
    a = c.applicant
    y = a.geburtsdatum.year
    land = c.natinfo["land"]
    rows = [
        (fmt(a.geburtsdatum), "", f"Geburtsort {a.geburtsort}, {land}"),
        (str(y + 6), str(y + 13), "Grundschule und Mittelstufe im Heimatort"),
        (str(y + 14), str(c.entry.year - 1), "Mitarbeit im Handwerksbetrieb eines Verwandten"),
        (fmt(c.entry), "", "Einreise ins Bundesgebiet (Datum lt. Ankunftsnachweis)"),
    ]
    if c.asylum:
        rows.append((fmt(c.asylum_applied), "", "Asylerstantrag"))
        rows.append((fmt(c.bamf_date), "", "ablehnender Bescheid des Bundesamts"))
    else:
        rows.append(
            (
                str(c.entry.year),
                str(c.entry.year + 1),
                f"Visumaufenthalt ({_VISA19.get(c.visa_purpose, c.visa_purpose)})",
            )
        )
    rows.append(
        (str(c.entry.year + 1), str(c.entry.year + 2), "Integrationskurs (Sprachteil und Orientierung)")
    )
    if c.job:
        rows.append((str(c.entry.year + 2), "heute", f"{c.job} bei {c.employer}"))
    return rows


@tpl("lebenslauf", "vonbis_k19", SPLIT)
def cv_vonbis_k19(c, d, r):
    a = c.applicant
    rows = [["von", "bis", "Station"]] + [list(x) for x in _cv19(c)]
    blocks = [
        P(f"Lebenslauf – {a.vorname} {a.name.upper()}", bold=True, size=13),
        P(f"Anschrift: {c.adresse}", size=9),
        Table(rows, [0.18, 0.14, 0.68]),
        P("Sprachen: Muttersprache; Deutsch (Alltag); etwas Englisch", size=9.5),
        Signature(a.full, f"{c.city_or_nrw()}, {_dn(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("lebenslauf", "abschnitte_k19", SPLIT)
def cv_abschnitte_k19(c, d, r):
    a = c.applicant
    rows = _cv19(c)
    blocks = [
        P("TABELLARISCHER LEBENSLAUF", bold=True, size=12, align="center"),
        P(f"{a.full} · geboren {fmt_long(a.geburtsdatum)} · {a.staat}", size=9.5, align="center", after=10),
    ]
    for head, rs in [("Herkunft und Schulzeit", rows[:3]), ("Stationen in Deutschland", rows[3:])]:
        blocks.append(P(head, bold=True, after=2))
        for frm, to, what in rs:
            when = f"{frm} – {to}" if to else frm
            blocks.append(P(f"{when:<25}{what}", font="mono", size=8.5, after=1))
        blocks.append(Space(6))
    blocks.append(P(f"{c.city_or_nrw()}, den {_dn(d.date)}"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, style(r))


# ------------------------------------------------------------------ sprachnachweis

_SCHULEN19 = [
    "Sprachwerkstatt Ruhr gGmbH",
    "Bildungsforum Niederrhein",
    "Lernhaus am Hafen e. V.",
    "Kolleg für Deutsch und Beruf",
]


@tpl("sprachnachweis", "dtz_k19", SPLIT)
def sprach_dtz_k19(c, d, r):
    a = c.applicant
    level = r.choice(["B1", "B1", "A2"])
    blocks = [
        P(r.choice(_SCHULEN19), bold=True, size=12, after=0),
        P("Integrationskursträger (vom BAMF zugelassen)", size=8.5, after=12),
        P("Ergebnismitteilung Deutsch-Test für Zuwanderer (DTZ)", bold=True, size=12),
        _fields(
            [
                ("Teilnehmer/in", a.full),
                ("Geburtsdatum, Geburtsort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"),
                ("Prüfungstermin", fmt(d.date - timedelta(days=21))),
                ("Gesamtergebnis", f"Niveau {level} (GER)"),
            ],
            0.33,
        ),
        P("Teilergebnisse", bold=True, after=2),
        Table(
            [
                ["Prüfungsteil", "erreichtes Niveau"],
                ["Hörverstehen/Leseverstehen", level],
                ["Schriftlicher Ausdruck", r.choice(["A2", level])],
                ["Mündliche Prüfung", level],
            ],
            [0.5, 0.5],
        ),
        P(f"Orientierungskurs: Abschlusstest „Leben in Deutschland“ bestanden ({r.randint(17, 33)}/33)."),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", after=2),
        P("Kursträger – Prüfungsleitung", size=9),
    ]
    return DocSpec(blocks, style(r))


@tpl("sprachnachweis", "punkte_k19", SPLIT)
def sprach_punkte_k19(c, d, r):
    a = c.applicant
    pts = [r.randint(60, 95) for _ in range(4)]
    blocks = [
        P(f"{r.choice(_SCHULEN19)} – Prüfungszentrum", size=9, align="right"),
        P("Ergebnisbogen Sprachprüfung Deutsch B1", bold=True, size=13),
        P(f"Kandidat/in: {a.name.upper()} {a.vorname}, geb. {_dn(a.geburtsdatum)}"),
        Table(
            [["Modul", "Punkte", "max."]]
            + [
                [m, str(x), "100"]
                for m, x in zip(["Lesen", "Hören", "Schreiben", "Sprechen"], pts, strict=True)
            ],
            [0.5, 0.25, 0.25],
        ),
        P(
            f"Ergebnis: bestanden – Durchschnitt {sum(pts) // 4} Punkte; damit sind Deutschkenntnisse auf Niveau B1 nachgewiesen.",
            bold=True,
        ),
        P(f"Ausgestellt: {_dn(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "vertrag_k19", SPLIT)
def arbeit_vertrag_k19(c, d, r):
    a = c.applicant
    start = d.date - timedelta(days=r.randint(120, 700))
    blocks = [
        P("Arbeitsvertrag (Auszug)", bold=True, size=13, align="center"),
        P(f"Vertragspartner: {c.employer} (Arbeitgeber) und {_hf(a)} {a.full}, {c.adresse} (Beschäftigte/r)"),
        P("§ 1 Vertragsbeginn", bold=True, after=1),
        P(
            f"Das Arbeitsverhältnis startet am {fmt(start)}; der Vertrag ist unbefristet. Probezeit: sechs Monate."
        ),
        P("§ 2 Aufgabenbereich", bold=True, after=1),
        P(f"Eingestellt als {c.job}. Andere zumutbare Aufgaben können zugewiesen werden."),
        P("§ 3 Stunden und Lohn", bold=True, after=1),
        P(
            f"Vereinbart sind {r.choice([30, 35, 39, 40])} Wochenstunden. Der Stundenlohn beträgt brutto {r.choice(['13,50', '14,20', '15,10'])} Euro."
        ),
        P("§ 4 Erholungsurlaub", bold=True, after=1),
        P("26 Arbeitstage je Kalenderjahr."),
        P("Voraussetzung bleibt eine gültige Beschäftigungserlaubnis der Ausländerbehörde.", size=9),
        Table(
            [["Unterschrift Betrieb", "Unterschrift Beschäftigte/r"], ["", ""]],
            [0.5, 0.5],
            header=True,
            grid=False,
        ),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("arbeitsnachweis", "abrechnung_k19", SPLIT)
def arbeit_abrechnung_k19(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2900)
    lst = round(brutto * 0.06)
    sv = round(brutto * 0.205)
    blocks = [
        P(c.employer, bold=True, after=0),
        P("Personalabteilung / Lohnbüro", size=8.5, after=10),
        P(f"Verdienstabrechnung {month_year(d.date)}", bold=True, size=12),
        P(f"Personalnummer {r.randint(1000, 9999)} · {a.name}, {a.vorname} · Tätigkeit: {c.job}", size=9.5),
        Table(
            [["Lohnart", "Betrag in EUR"]]
            + [
                [label, f"{amount},00"]
                for label, amount in zip(
                    (
                        "Grundvergütung",
                        "Gesamt-Brutto",
                        "Steuern",
                        "Sozialversicherung AN-Anteil",
                        "Netto-Verdienst",
                    ),
                    (brutto, brutto, -lst, -sv, brutto - lst - sv),
                    strict=True,
                )
            ],
            [0.6, 0.4],
        ),
        P(f"Auszahlung auf das bekannte Konto am {fmt(d.date)}.", size=9),
    ]
    return DocSpec(blocks, style(r, "mono"))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "stunden_k19", SPLIT)
def ehren_stunden_k19(c, d, r):
    a = c.applicant
    rows = [["Monat", "Einsatz", "Stunden"]]
    day = d.date
    for _ in range(4):
        day = day - timedelta(days=30)
        rows.append(
            [
                month_year(day),
                r.choice(["Ausgabe", "Sortieren", "Fahrdienst", "Aufbau Sommerfest"]),
                str(r.randint(6, 20)),
            ]
        )
    blocks = [
        P(c.club, bold=True, size=12),
        P("Bestätigung freiwilliger Mitarbeit", bold=True),
        P(
            f"{a.full} engagiert sich unentgeltlich und zuverlässig in unserem Verein. Die Einsätze der letzten Monate:"
        ),
        Table(rows, [0.35, 0.45, 0.2]),
        P("Wir freuen uns über diese Mithilfe und würden sie gern fortsetzen."),
        Signature("Vorstand (i. V.)", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("ehrenamt", "mitglied_k19", SPLIT)
def ehren_mitglied_k19(c, d, r):
    a = c.applicant
    since = c.entry + timedelta(days=r.randint(200, 700))
    blocks = [
        Box([c.club, "Geschäftsstelle", f"Mitgliedsnummer {r.randint(100, 2999)}"], size=9),
        P("Mitgliedsbescheinigung", bold=True, size=13),
        P(
            f"Wir bescheinigen gern: {a.full} gehört seit dem {fmt(since)} unserer Gemeinschaft an. "
            f"{'Er' if a.sex == 'm' else 'Sie'} übernimmt ehrenamtlich Aufgaben bei Veranstaltungen und ist bei allen sehr geschätzt."
        ),
        P(f"Ausgestellt am {fmt(d.date)}"),
        Signature(r.choice(["Gudrun Oelschläger", "Heiner Bröker", "Elif Şahin-Brandt"]) + ", Vorsitz"),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "nachbarschaft_k19", SPLIT)
def unter_nachbarschaft_k19(c, d, r):
    a = c.applicant
    writer = f"{r.choice(N.GERMAN_FIRST)} {r.choice(['Tiemann', 'Ostkamp', 'Rehberg', 'Vahle'])}"
    blocks = [
        P(f"{writer}, {r.choice(N.STREETS)} {r.randint(1, 90)}, {c.city_or_nrw()}", size=9, after=12),
        P("An das Büro der Härtefallkommission, Düsseldorf", after=12),
        P(f"Fürsprache für Familie {a.name}", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            f"seit {r.randint(2, 6)} Jahren wohnen wir Tür an Tür mit {a.full}. Wenn bei uns etwas zu tragen ist, wird geklingelt und "
            "geholfen; im Winter wird unser Gehweg gleich mitgeräumt. Die Kinder im Haus spielen zusammen, wir feiern gemeinsam Geburtstage."
        ),
        P(
            "Ich kann mir unser Haus ohne diese Nachbarn nicht vorstellen und bitte Sie sehr, ihnen ein Bleiberecht zu ermöglichen. "
            "Für ein Gespräch stehe ich jederzeit zur Verfügung."
        ),
        P("Herzliche Grüße"),
        Signature(writer, f"{c.city_or_nrw()}, {_dn(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "empfehlung_k19", SPLIT)
def unter_empfehlung_k19(c, d, r):
    a = c.applicant
    er = "er" if a.sex == "m" else "sie"
    blocks = [
        P(c.employer, bold=True, size=12, after=0),
        P("Geschäftsführung", size=9, after=10),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P(f"Empfehlungsschreiben für {a.full}", bold=True),
        P(
            f"{_hf(a)} {a.name} ist in unserem Team als {c.job} tätig. Im Betrieb gilt {er} als pünktlich, lernbereit und "
            "freundlich im Umgang mit Kolleginnen und Kollegen. Ausfälle hat es praktisch nicht gegeben."
        ),
        P(
            "Unser Betrieb ist auf diese Arbeitskraft angewiesen; eine Nachbesetzung wäre derzeit kaum möglich. Ein Bleiberecht "
            "liegt daher auch in unserem betrieblichen Interesse; die Beschäftigung würden wir unbefristet fortsetzen."
        ),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Inhaber/in"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ schulnachweis


def _kid19(c, d):
    return d.extra.get("child") or (c.school_age()[0] if c.school_age() else c.applicant)


def _schuljahr19(day) -> str:
    start = day.year if day.month >= 8 else day.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


@tpl("schulnachweis", "bescheinigung_k19", SPLIT)
def schul_bescheinigung_k19(c, d, r):
    k = _kid19(c, d)
    age = k.age_on(d.date)
    if age < 6:
        title = "Betreuungsbestätigung"
        body = (
            f"{k.full}, geboren am {fmt(k.geburtsdatum)}, wird in unserer Einrichtung ({c.school}) seit dem {fmt(d.date - timedelta(days=300))} "
            "an fünf Tagen in der Woche betreut. Es hat Freundschaften geschlossen und nimmt an allen Angeboten teil."
        )
    else:
        title = "Schulbesuchsbescheinigung"
        body = (
            f"{k.full}, geboren am {fmt(k.geburtsdatum)}, besucht im laufenden Schuljahr {_schuljahr19(d.date)} die Klasse "
            f"{min(max(age - 5, 1), 10)}{r.choice('abc')} unserer Schule ({c.school})."
        )
    blocks = [
        P(c.school, bold=True, size=12, after=0),
        P(f"Sekretariat · {c.city_or_nrw()}", size=8.5, after=14),
        P(title, bold=True, size=13),
        P(body),
        P("Zur Vorlage bei der Härtefallkommission.", size=9),
        Signature("Schulleitung / Leitung der Einrichtung", f"{c.city_or_nrw()}, {_dn(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "zeugnis_k19", SPLIT)
def schul_zeugnis_k19(c, d, r):
    k = _kid19(c, d)
    age = k.age_on(d.date)
    if age < 6:
        blocks = [
            P(f"{c.school} – Kurzbericht zur Entwicklung", bold=True, size=12),
            P(f"Kind: {k.vorname} {k.name} (geb. {_dn(k.geburtsdatum)})"),
            P(
                f"{k.vorname} spricht inzwischen in ganzen Sätzen Deutsch, spielt gern im Bauraum und hat feste Freundschaften in der Gruppe. "
                "Die Eingewöhnung ist abgeschlossen; die Eltern nehmen an Elternabenden teil."
            ),
            P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
            Signature("Gruppenleitung"),
        ]
        return DocSpec(blocks, style(r))
    subjects = ["Deutsch", "Mathematik", "Sachunterricht" if age < 11 else "Englisch", "Sport", "Kunst"]
    grades = [[f, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])] for f in subjects]
    blocks = [
        P(c.school, align="center", after=0),
        P("HALBJAHRESZEUGNIS", bold=True, size=14, align="center"),
        P(f"Schuljahr {_schuljahr19(d.date)}", align="center", after=10),
        P(
            f"Zeugnis für {k.vorname} {k.name} (geb. {fmt(k.geburtsdatum)}), Jahrgangsstufe {min(max(age - 5, 1), 10)}"
        ),
        Table([["Fach", "Note"]] + grades, [0.6, 0.4]),
        P("Arbeits- und Sozialverhalten: Zeigt Einsatz und hilft Mitschülerinnen und Mitschülern.", size=9.5),
        P(f"Fehlzeiten im Halbjahr: {r.randint(0, 6)} Tag(e), jeweils entschuldigt", size=9.5),
        Table(
            [["Klassenleitung", "Schulleitung", "Erziehungsberechtigte"]],
            [0.33, 0.33, 0.34],
            header=False,
            grid=False,
        ),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}", size=9.5),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


def _abh_parts(c):
    town = c.abh.split("–")[0].strip()
    chief = (
        "Der Oberbürgermeister"
        if town.startswith(("Stadt", "Landeshauptstadt", "Bundesstadt"))
        else "Der Landrat"
    )
    if town.startswith(("Region", "Migrationsamt", "StädteRegion")):
        chief = "Die Verwaltung"
    rr = random.Random("abh19" + c.abh)
    street = f"{rr.choice(N.STREETS)} {rr.randint(1, 40)}"
    city = c.abh_plz + " " + (c.city if c.residence != "abroad" else c.court_city)
    return town, chief, street, city


@tpl("auslaenderbehoerde", "duldung_k19", SPLIT)
def abh_duldung_k19(c, d, r):
    a = c.applicant
    _town, chief, street, city = _abh_parts(c)
    until = d.date + timedelta(days=r.choice([61, 92, 183]))
    blocks = [
        P("Bundesrepublik Deutschland", size=8, align="center", after=0),
        P(
            "Bescheinigung über die Aussetzung der Abschiebung (Duldung)",
            bold=True,
            size=12.5,
            align="center",
            after=0,
        ),
        P("ersetzt weder einen Aufenthaltstitel noch einen Pass", size=8.5, align="center", after=8),
        Table(
            [
                ["(1) Familienname", a.name.upper(), "(2) Vorname(n)", a.vorname],
                ["(3) geboren am", fmt(a.geburtsdatum), "(4) in", a.geburtsort],
                [
                    "(5) Staatsangehörigkeit",
                    a.staat,
                    "(6) Geschlecht",
                    "männlich" if a.sex == "m" else "weiblich",
                ],
            ],
            [0.22, 0.28, 0.2, 0.3],
            header=False,
            size=9,
        ),
        P(f"Ausgesetzt nach § 60a Absatz 2 Satz 1 AufenthG. Gültig bis: {fmt(until)}"),
        P("Nebenbestimmungen:", bold=True, after=1),
        P("• Erwerbstätigkeit nur nach Erlaubnis der Ausländerbehörde.", indent=10, after=1),
        P(f"• Wohnsitznahme: {c.city_or_nrw()}.", indent=10, after=1),
        P("• Erlischt mit Bekanntgabe des Abschiebungstermins.", indent=10),
        Box([c.abh, chief, street, city, f"ausgestellt am {fmt(d.date)}"], size=8.5),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("auslaenderbehoerde", "verfuegung_k19", SPLIT)
def abh_verfuegung_k19(c, d, r):
    a = c.applicant
    town, chief, street, city = _abh_parts(c)
    blocks = [
        P(town, bold=True, size=13, after=0),
        P(chief, size=9, after=0),
        P(f"{c.abh.split('–')[-1].strip()} · {street} · {city}", size=8, after=12),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=10),
        P(
            f"Datum: {fmt(d.date)}   Aktenzeichen: 32.{r.randint(10, 99)}-{a.name[:2].upper()}{r.randint(1000, 9999)}",
            size=9,
            align="right",
        ),
        P("Ordnungsverfügung – Aufforderung zur Ausreise", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            "Ihre Ausreisepflicht ist vollziehbar, eine freiwillige Ausreise hat nicht stattgefunden. Sie haben das Bundesgebiet "
            f"deshalb bis spätestens {fmt(d.date + timedelta(days=30))} zu verlassen."
        ),
        P(
            "Verstreicht die Frist ungenutzt, wird Ihre Abschiebung in das Herkunftsland eingeleitet. Entstehende Abschiebungskosten "
            "werden Ihnen nach § 66 AufenthG in Rechnung gestellt."
        ),
        P(
            "Rechtsbehelf: Klage beim zuständigen Verwaltungsgericht binnen eines Monats ab Bekanntgabe.",
            size=9,
        ),
        P("Im Auftrag", after=12),
        P(r.choice(["Kemper", "Lüttgenau", "Demir", "Schwarzkopf"])),
    ]
    return DocSpec(blocks, style(r), footer="Blatt {p}")


@tpl("auslaenderbehoerde", "passpflicht_k19", SPLIT)
def abh_passpflicht_k19(c, d, r):
    a = c.applicant
    town, chief, street, city = _abh_parts(c)
    blocks = [
        Table(
            [[f"{c.abh}\n{chief}", f"{street}\n{city}\nSprechzeiten Mo/Do 8–12 Uhr"]],
            [0.6, 0.4],
            header=False,
            grid=False,
            size=9,
        ),
        Rule(0.8),
        P(f"{a.full}, {c.adresse}", size=9, after=12),
        P(f"{town}, {fmt_long(d.date)}", align="right"),
        P("Aufforderung: Identitätsnachweis beschaffen und vorlegen", bold=True),
        P(
            "Sie trifft eine Mitwirkungspflicht bei der Passbeschaffung (§ 48 Abs. 3 AufenthG). "
            f"Sprechen Sie bitte bis zum {fmt(d.date + timedelta(days=21))} bei der Auslandsvertretung Ihres Herkunftsstaates ({c.natinfo['land']}) vor "
            "und legen Sie uns die Bestätigung darüber vor."
        ),
        P(
            "Zum nächsten Termin mitzubringen: Geburtsurkunde, nationaler Ausweis oder Kopien davon, zwei biometrische Lichtbilder."
        ),
        P(
            "Bleibt die Mitwirkung aus, kann das bei der Entscheidung über eine Beschäftigungserlaubnis berücksichtigt werden.",
            size=9,
        ),
        P("Mit freundlichen Grüßen – im Auftrag"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ gerichtsentscheidung


def _parties19(c):
    if c.asylum:
        return (
            "(Kläger/in)",
            "die Bundesrepublik Deutschland (handelnd durch das BAMF)",
            "(Beklagte)",
        )
    return "(Antragsteller/in)", f"das Land Nordrhein-Westfalen (handelnd durch {c.abh})", "(Antragsgegner)"


@tpl("gerichtsentscheidung", "urteil_k19", SPLIT)
def court_urteil_k19(c, d, r):
    a = c.applicant
    role, gegner, role2 = _parties19(c)
    blocks = [
        P(f"Az.: {c.court_az}", align="right", size=9),
        P(c.court_name.upper(), bold=True, size=12, align="center"),
    ]
    if c.asylum:
        blocks.append(P("IM NAMEN DES VOLKES", bold=True, align="center"))
    blocks += [
        P(("Urteil" if c.asylum else "Beschluss").upper(), bold=True, size=13, align="center", after=10),
        P("Rechtssache"),
        P(f"{a.full}, {c.adresse}, {role}", indent=20),
        P("gegen", indent=20),
        P(f"{gegner}, {role2}", indent=20),
        P(f"Gegenstand: {'Asylrecht' if c.asylum else 'Aufenthaltsrecht, vorläufiger Rechtsschutz'}"),
        P(
            f"erkennt die Einzelrichterin ({r.randint(2, 19)}. Kammer) auf Grund der Verhandlung vom "
            f"{fmt(d.date - timedelta(days=r.randint(0, 14)))} für Recht:"
            if c.asylum
            else f"ergeht am {fmt(d.date)} durch die {r.randint(2, 19)}. Kammer folgender Beschluss:"
        ),
        P(
            "Die Klage wird abgewiesen, weil sie unbegründet ist. Gerichtskosten entstehen nicht; außergerichtliche Kosten verbleiben bei der klagenden Partei."
            if c.asylum
            else "Der Eilantrag wird zurückgewiesen. Die antragstellende Partei trägt die Verfahrenskosten. Streitwert: 2.500,00 €."
        ),
        P("Tatbestand" if c.asylum else "Gründe", bold=True),
        P(
            f"Staatsangehörigkeit der klagenden Partei: {a.staat}; ihr Asylbegehren lehnte das Bundesamt am {fmt(c.bamf_date)} ab, wogegen sie fristgerecht klagt."
            if c.asylum
            else "In der Sache dringt der Antrag nicht durch. Die Abwägung fällt zu Lasten der antragstellenden Partei aus, weil die angegriffene Verfügung erkennbar rechtmäßig ist."
        ),
    ]
    if c.asylum:
        blocks.append(P("Entscheidungsgründe", bold=True))
        blocks.append(
            P(
                "Eine Verfolgungsgefahr oder ein drohender ernsthafter Schaden steht zur Überzeugung der Einzelrichterin nicht fest. "
                "Der Vortrag blieb auch in der mündlichen Verhandlung oberflächlich und ohne greifbare Einzelheiten."
            )
        )
        blocks.append(P("Kosten: §§ 154 Abs. 1 VwGO, 83b AsylG."))
    blocks.append(
        Signature(
            r.choice(
                [
                    "Richterin am VG Dr. Overbeck",
                    "Vorsitzender Richter am VG Tillmanns",
                    "Richterin Brüggemeier",
                ]
            )
        )
    )
    return DocSpec(blocks, style(r, "serif"), footer="Seite {p} von {n}")


@tpl("gerichtsentscheidung", "bescheid_k19", SPLIT)
def court_bescheid_k19(c, d, r):
    a = c.applicant
    _role, gegner, _role2 = _parties19(c)
    blocks = [
        Table(
            [[c.court_name, f"Aktenzeichen\n{c.court_az}"]], [0.65, 0.35], header=False, grid=False, size=10
        ),
        Rule(0.6),
        P("GERICHTSBESCHEID" if c.asylum else "BESCHLUSS", bold=True, size=13, align="center", after=8),
        P(
            f"Sache: {a.name}, {a.vorname} ./. {'Bundesrepublik Deutschland' if c.asylum else 'Land Nordrhein-Westfalen'}"
        ),
        P(
            f"Die Kammer entscheidet am {fmt(d.date)} ohne mündliche Verhandlung durch Gerichtsbescheid (§ 84 VwGO):"
            if c.asylum
            else f"Die Kammer fasst am {fmt(d.date)} folgenden Beschluss:"
        ),
        P(
            "I. Die Klage wird abgewiesen; sie ist unbegründet.\nII. Die klagende Partei hat die Kosten zu tragen."
            if c.asylum
            else "I. Der Antrag wird abgelehnt.\nII. Kosten: antragstellende Partei.\nIII. Wert des Streitgegenstandes: 2.500 Euro."
        ),
        P("Gründe", bold=True),
        P(
            "Eine Entscheidung ohne mündliche Verhandlung ist angezeigt, weil der Fall weder tatsächlich noch rechtlich schwierig und "
            "der Sachverhalt geklärt ist; die Beteiligten hatten Gelegenheit zur Äußerung."
            if c.asylum
            else "Die Ausländerbehörde durfte von einer vollziehbaren Ausreisepflicht ausgehen. Umstände, die eine Aussetzung der "
            "Abschiebung gebieten würden, sind nicht glaubhaft gemacht."
        ),
        P(
            f"Im Übrigen folgt das Gericht der Begründung des Bundesamtsbescheids vom {fmt(c.bamf_date)}."
            if c.asylum
            else f"Ein Anspruch gegen {gegner} auf Erteilung einer Aufenthaltserlaubnis ist nicht ersichtlich."
        ),
        P(
            "Rechtsmittelbelehrung: Innerhalb eines Monats ab Zustellung ist ein Antrag auf mündliche Verhandlung statthaft."
            if c.asylum
            else "Gegen den Beschluss ist binnen zwei Wochen die Beschwerde an das Oberverwaltungsgericht möglich.",
            size=9,
        ),
        P(r.choice(["Hüsken", "Dr. Ambrosius", "Wennemann-Kaya"]), align="right"),
    ]
    return DocSpec(blocks, style(r, "serif"), footer="S. {p}")


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "strafbefehl_k19", SPLIT)
def straf_strafbefehl_k19(c, d, r):
    a = c.applicant
    off, pen = c.offence or N.OFFENCES[0]
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12, after=0),
        P("Abteilung für Strafsachen", size=9, after=8),
        P(
            f"Geschäftsnummer: {r.randint(10, 99)} Cs {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
            size=9,
        ),
        P("STRAFBEFEHL", bold=True, size=13, align="center"),
        P(
            f"gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, wohnhaft {c.adresse}, {a.staat}e Staatsangehörigkeit"
        ),
        P(
            f"Tatvorwurf (Tatzeit {fmt(d.date - timedelta(days=r.randint(40, 120)))}, Tatort {c.court_city}): Strafbarkeit wegen {off}."
        ),
        P(
            f"Ermittelnde Behörde: Staatsanwaltschaft {c.court_city}. Auf deren Antrag wird eine Geldstrafe von {pen} festgesetzt."
        ),
        P(
            "Rechtsbehelf: Einspruch innerhalb von 14 Tagen nach Zustellung, einzulegen beim Amtsgericht, schriftlich oder zu Protokoll. Wird kein "
            "Einspruch eingelegt, wirkt der Strafbefehl wie ein rechtskräftiges Urteil.",
            size=9,
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P(r.choice(["Richter am Amtsgericht Vossen", "Richterin am Amtsgericht Kirchhoff"])),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("strafrecht", "bzr_k19", SPLIT)
def straf_bzr_k19(c, d, r):
    a = c.applicant
    off, pen = c.offence or N.OFFENCES[0]
    blocks = [
        P("Bundeszentralregister beim Bundesamt für Justiz, Bonn", bold=True, size=11),
        P("Führungszeugnis nach § 30 BZRG (Privatführungszeugnis)", bold=True, size=12),
        _fields(
            [
                ("Familienname (Geburtsname)", a.name),
                ("Vorname", a.vorname),
                ("Geburtsdaten", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"),
                ("Anschrift", c.adresse),
            ],
            0.35,
            size=9,
        ),
        P("Inhalt:", bold=True, after=1),
        P(
            f"1. {fmt(c.criminal_date or d.date)} Amtsgericht {c.court_city} – Strafbefehl wegen {off}. Rechtsfolge: Geldstrafe von {pen}.",
            indent=10,
        ),
        P(f"Erteilt am {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "mono"))


# ------------------------------------------------------------------ identitaetsnachweis

_SPRACHE19 = {
    "syrien": "Arabisch",
    "irak": "Arabisch",
    "afghanistan": "Dari",
    "iran": "Persisch",
    "nigeria": "Englisch",
    "ghana": "Englisch",
    "guinea": "Französisch",
    "kosovo": "Albanisch",
    "albanien": "Albanisch",
    "serbien": "Serbisch",
    "russland": "Russisch",
    "tuerkei": "Türkisch",
    "georgien": "Georgisch",
    "armenien": "Armenisch",
}


@tpl("identitaetsnachweis", "passkopie_k19", SPLIT)
def id_passkopie_k19(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("Ablichtung Passdatenseite", size=8.5, after=6),
        Box(
            [
                f"PASSPORT · PASSEPORT · {c.natinfo['land'].upper()}",
                f"1. Surname / Nom: {a.name.upper()}",
                f"2. Given names / Prénoms: {a.vorname.upper()}",
                f"3. Date of birth / Date de naissance: {a.geburtsdatum.strftime('%d.%m.%Y')}",
                f"4. Place of birth / Lieu de naissance: {a.geburtsort.upper()}",
                f"5. Date of issue / Date de délivrance: {fmt(d.date)}",
                f"6. Date of expiry / Date d'expiration: {fmt(d.date + timedelta(days=365 * 7))}",
            ],
            size=9.5,
        ),
        P(l1, font="mono", size=10, after=0),
        P(l2, font="mono", size=10),
        P("Abgeglichen mit dem Original am Schalter – Kopie identisch.", size=8.5),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("identitaetsnachweis", "urkunde_k19", SPLIT)
def id_urkunde_k19(c, d, r):
    a = c.applicant
    lang = _SPRACHE19.get(c.nat, "Englisch")
    blocks = [
        P(f"Deutsche Übersetzung (Ausgangssprache: {lang})", size=9, align="right"),
        P("GEBURTSURKUNDE", bold=True, size=14, align="center"),
        P(f"{c.natinfo['land']} – Standesamt {a.geburtsort}", align="center", after=10),
        _fields(
            [
                ("Name des Neugeborenen", f"{a.vorname} {a.name}"),
                ("Geschlecht", "männlich" if a.sex == "m" else "weiblich"),
                ("Geburtstag", fmt_long(a.geburtsdatum)),
                ("Geburtsort (Gemeinde)", a.geburtsort),
                ("Eingetragen am", fmt(a.geburtsdatum + timedelta(days=r.randint(3, 40)))),
            ],
            0.4,
        ),
        P(
            f"Als ermächtigte Übersetzerin bescheinige ich, dass diese Übertragung den Inhalt der Urkunde getreu wiedergibt. {c.city_or_nrw()}, den {fmt(d.date)}",
            size=9,
        ),
        P(f"Urkundenübersetzerin für {lang}, beim Landgericht ermächtigt", size=8.5),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_ladung_k19", SPLIT)
def sonst_anhoerung_ladung_k19(c, d, r):
    a = c.applicant
    site = c.bamf_site or N.BAMF_SITES[0]
    when = d.date + timedelta(days=r.randint(10, 25))
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8.5, after=10),
        P(f"{a.herr_frau()}, {c.adresse}", size=9, after=10),
        P(f"Gesch.-Z.: {c.bamf_gz}   ·   {fmt(d.date)}", align="right", size=9),
        P("Terminmitteilung: Ihre Anhörung zu den Asylgründen", bold=True),
        P(
            f"Ihr Termin: {fmt_long(when)}, {r.choice(['8:30', '10:00', '13:15'])} Uhr, in der oben genannten Außenstelle "
            "(Anhörung nach § 25 Asylgesetz). Für Ihr Verfahren ist dieser Termin von zentraler Bedeutung."
        ),
        P(
            "Mitzubringen: diese Mitteilung, Ankunftsnachweis oder Gestattung, Ausweise, Urkunden und alles, was Ihre Angaben belegt."
        ),
        P(
            "Eine Sprachmittlerin oder ein Sprachmittler wird gestellt. Fehlen Sie ohne triftigen Grund, ergeht die Entscheidung "
            "ohne Ihre Schilderung.",
            size=9.5,
        ),
        P("Im Auftrag – Terminierung"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("sonstiges", "wohnungsgeber_k19", SPLIT)
def sonst_wohnungsgeber_k19(c, d, r):
    landlord = r.choice(
        [
            "Wohnungsbaugenossenschaft Eintracht eG",
            "Gemeinnützige Wohnstätten GmbH",
            f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)} (privat)",
        ]
    )
    blocks = [
        P("Wohnungsgeber-Bescheinigung zur Anmeldung (§ 19 BMG)", bold=True, size=12),
        _fields(
            [
                ("Wohnungsgeber", landlord),
                ("Wohnungsanschrift", c.adresse),
                ("Einzug am", fmt(d.date - timedelta(days=r.randint(10, 60)))),
                ("Meldepflichtige Personen", ", ".join(p.full for p in c.persons)),
            ],
            0.35,
        ),
        P(
            "Hiermit wird der Einzug der aufgeführten Personen in die bezeichnete Wohnung bestätigt.",
            size=9.5,
        ),
        Signature(landlord, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "kasse_k19", SPLIT)
def sonst_kasse_k19(c, d, r):
    a = c.applicant
    blocks = [
        P(
            r.choice(
                [
                    "Rhein-Ruhr Krankenkasse",
                    "Westfälische Betriebskrankenkasse",
                    "Gesundheitskasse Niederrhein",
                ]
            ),
            bold=True,
            size=12,
        ),
        P("Mitgliedsbescheinigung", bold=True),
        P(
            f"{a.full}, geboren am {fmt(a.geburtsdatum)}, ist seit dem {fmt(c.entry + timedelta(days=r.randint(300, 900)))} bei uns "
            f"{r.choice(['pflichtversichert', 'als Arbeitnehmer/in versichert'])}. Familienversichert sind: "
            + (", ".join(p.vorname for p in c.persons[1:]) or "keine weiteren Personen")
            + "."
        ),
        P(f"Versichertennummer: {a.name[0]}{r.randint(100000000, 999999999)}", size=9),
        P(f"Ausgestellt am {fmt(d.date)} – automatisch erzeugt, keine Unterschrift erforderlich.", size=9),
    ]
    return DocSpec(blocks, style(r, "sans"))
