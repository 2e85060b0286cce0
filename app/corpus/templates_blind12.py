"""Templates of the `blind12` split (session 15): a fourteenth held-out set with its own wording, titles,
labels and layouts for every class, written without looking at any other held-out split.

Nobody tuning hfk reads this file before the split's first evaluation.
"""

from __future__ import annotations

import random
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case, DocPlan
from hfk.corpus.templates import _child, _mrz, tpl
from hfk.corpus.text_antrag import fmt, fmt_en, fmt_long

SPLIT = "blind12"
MONTHS_EN = N.MONTHS_EN


def _st(r: random.Random, family: str | None = None, size: float | None = None, dense: bool = False) -> Style:
    """A page style of this split: narrower or wider margins than usual, dense for faxed forms."""
    if dense:
        return Style(
            family=family or "cond",
            size=size or 9.0,
            leading=1.18,
            margin_left=r.uniform(38, 46),
            margin_right=r.uniform(34, 42),
            margin_top=r.uniform(30, 40),
            margin_bottom=48,
            para_after=3.0,
        )
    return Style(
        family=family or r.choice(["serif", "sans", "cond", "serif"]),
        size=size or r.choice([9.5, 10.0, 10.5, 11.0]),
        leading=r.choice([1.3, 1.4, 1.45]),
        margin_left=r.uniform(72, 92),
        margin_right=r.uniform(48, 62),
        margin_top=r.uniform(40, 58),
    )


def _dmy(d) -> str:
    """Day and month without leading zeros (3.7.1991)."""
    return f"{d.day}.{d.month}.{d.year}"


def _en_us(d) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _city(c: Case) -> str:
    return c.city_or_nrw()


def _rep_city(c: Case) -> str:
    return c.rep.city.split(" ", 1)[1] if c.rep else c.city


def _abh_of(abh: str) -> str:
    """How a letter writer names the foreigners' authority: the town or district, then the office."""
    return abh.split(" – ")[0].strip() + " (Ausländerbehörde)"


def _omit(c: Case, i: int, field: str) -> bool:
    return c.omitted.get(i) == field


def _addressee(c: Case) -> list:
    """The applicant as the addressee of an authority's letter."""
    return [P(x, after=0) for x in (c.applicant.herr_frau(), c.street, f"{c.plz} {c.city}")]


def _rep_label(c: Case) -> str:
    return c.rep.org if c.rep.kind != "privat" else c.rep.person


def _phone(seed: str) -> str:
    r = random.Random("tel12" + seed)
    return f"0{r.randint(201, 989)}/{r.randint(20, 99)} {r.randint(100, 999)}-{r.randint(0, 99):02d}"


def _role_de(p, first_person: bool = False) -> str:
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehefrau" if p.sex == "f" else "Ehemann"
    return "Sohn" if p.sex == "m" else "Tochter"


def _role_en(p) -> str:
    if p.role == "applicant":
        return "applicant"
    if p.role == "spouse":
        return "wife" if p.sex == "f" else "husband"
    return "son" if p.sex == "m" else "daughter"


HFK_LINES = [
    "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes NRW",
    "– Geschäftsstelle der Härtefallkommission –",
    "Völklinger Str. 4",
    "40219 Düsseldorf",
]


# ============================ the Begründung, in this split's own words ============================


def _story(c: Case, r: random.Random, first: bool) -> dict[str, list[str]]:
    """Sentences per topic; first=True: the applicant writes, else a representative about them."""
    a = c.applicant
    land = c.natinfo["land"]
    male = a.sex == "m"
    er = "ich" if first else ("er" if male else "sie")
    ihm = "mir" if first else ("ihm" if male else "ihr")
    ihn = "mich" if first else ("ihn" if male else "sie")
    who = "Ich" if first else ("Herr " if male else "Frau ") + a.name

    def v(one: str, three: str) -> str:
        return one if first else three

    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    d_entry = r.choice([fmt, fmt_long, _dmy])(c.entry)

    L = t["lebensgeschichte"]
    L.append(
        v(
            f"Meine Kindheit habe ich in {land} verbracht. Nach {r.choice(['sieben', 'neun', 'elf'])} Schuljahren "
            f"half ich {r.choice(['in der Werkstatt meines Onkels', 'als Hirte für die Nachbarn', 'im Laden meines Vaters', 'in einer Schneiderei'])}, bis die Lage für uns unhaltbar wurde.",
            f"{who} stammt aus {land}. Nach dem Schulbesuch arbeitete {er} {r.choice(['als Hilfskraft in einer Bäckerei', 'im Obstgarten der Eltern', 'als Näherin in Heimarbeit' if not male else 'als Lastwagenfahrer', 'in einem kleinen Kiosk'])}, bis die Familie das Land verlassen musste.",
        )
    )
    if c.einreiseverbot:
        L.append(
            v(
                f"{c.entry.year - 2} wurde ich schon einmal aus Deutschland abgeschoben. Ich weiß, dass deshalb nach § 11 AufenthG ein Einreise- und Aufenthaltsverbot gegen mich besteht; trotzdem bin ich am {d_entry} wieder eingereist, weil ich nirgends sonst hin konnte.",
                f"Im Jahr {c.entry.year - 2} wurde {er} bereits einmal abgeschoben. Obwohl das Einreise- und Aufenthaltsverbot aus § 11 AufenthG fortgalt, reiste {er} am {d_entry} erneut ein.",
            )
        )
    else:
        fam = len(c.persons) > 1
        L.append(
            v(
                f"Am {d_entry} erreichte ich Deutschland"
                + (", mit der ganzen Familie." if fam else ", allein und ohne Gepäck."),
                f"Die Einreise nach Deutschland erfolgte am {d_entry}"
                + (", gemeinsam mit den übrigen Familienangehörigen." if fam else "."),
            )
        )

    S = t["aufenthaltssituation"]
    if c.asylum:
        d_app = r.choice([fmt, fmt_long])(c.asylum_applied)
        S.append(
            v(
                f"Asyl beantragt habe ich am {d_app}. Mit Bescheid vom {fmt(c.bamf_date)} hat das Bundesamt für Migration und Flüchtlinge den Antrag abgelehnt (Az. {c.bamf_gz}).",
                f"Den Asylantrag vom {d_app} beschied das Bundesamt für Migration und Flüchtlinge ablehnend, und zwar am {fmt(c.bamf_date)}; das Aktenzeichen lautet {c.bamf_gz}.",
            )
        )
        if c.court:
            if c.court_pending:
                S.append(
                    v(
                        f"Gegen diese Entscheidung klage ich; das Verfahren {c.court_az} liegt noch beim {c.court_name} und ist nicht entschieden.",
                        f"Die hiergegen gerichtete Klage ({c.court_az}) ist beim {c.court_name} weiterhin rechtshängig.",
                    )
                )
            else:
                S.append(
                    v(
                        f"Meine Klage hatte keinen Erfolg: Das {c.court_name} hat sie am {fmt(c.court_date)} abgewiesen ({c.court_az}).",
                        f"Durch Urteil vom {fmt(c.court_date)} wies das {c.court_name} die Klage ab (Az. {c.court_az}).",
                    )
                )
    else:
        S.append(
            v(
                f"Meine Einreise erfolgte mit Visum zum Zweck {c.visa_purpose}; später lehnte die Behörde es ab, die Aufenthaltserlaubnis zu verlängern.",
                f"{who} reiste mit einem Visum zum Zweck {c.visa_purpose} ein; die Verlängerung der Aufenthaltserlaubnis wurde versagt.",
            )
        )
        if c.court:
            if c.court_pending:
                S.append(
                    v(
                        f"Über meinen Eilantrag gegen die Ausreiseverfügung hat das {c.court_name} ({c.court_az}) noch nicht entschieden.",
                        f"Ein Eilverfahren gegen die Ausreiseverfügung ist beim {c.court_name} unter {c.court_az} anhängig.",
                    )
                )
            else:
                S.append(
                    v(
                        f"Meinen Eilantrag gegen die Ausreiseverfügung lehnte das {c.court_name} am {fmt(c.court_date)} ab ({c.court_az}).",
                        f"Das {c.court_name} lehnte am {fmt(c.court_date)} den Eilantrag gegen die Ausreiseverfügung ab ({c.court_az}).",
                    )
                )
    if c.gestattung:
        S.append(
            v(
                "Mein Asylverfahren ist noch offen, darum besitze ich zurzeit eine Aufenthaltsgestattung (§ 55 AsylG).",
                f"Das Asylverfahren dauert an; {er} ist deshalb im Besitz einer Aufenthaltsgestattung (§ 55 AsylG).",
            )
        )
    else:
        S.append(
            v(
                "Seitdem bekomme ich nur noch Duldungen nach § 60a AufenthG, jeweils für wenige Monate.",
                f"Seither ist {er} ausreisepflichtig und erhält lediglich kurzfristige Duldungen nach § 60a AufenthG.",
            )
        )
    S.append(
        v(
            f"Meine Akte liegt bei der {c.abh}.",
            f"Zuständig für die Ausländerakte ist die {c.abh}.",
        )
    )
    if c.s58a:
        S.append(
            v(
                "Außerdem liegt gegen mich eine Abschiebungsanordnung vor (§ 58a AufenthG).",
                f"Zudem ordnete die Behörde {ihn} betreffend die Abschiebung nach § 58a AufenthG an (Abschiebungsanordnung).",
            )
        )
    if c.rueckfuehrung:
        S.append(
            v(
                f"Die Ausländerbehörde hat mir schriftlich mitgeteilt, dass meine Abschiebung am {fmt(c.rueckfuehrung)} stattfinden soll.",
                f"Der Abschiebungstermin ist bereits auf den {fmt(c.rueckfuehrung)} festgesetzt.",
            )
        )
    if c.criminal:
        off, sentence = c.offence
        S.append(
            v(
                f"Ehrlich gesagt gibt es auch einen Strafbefehl gegen mich: Das Amtsgericht {c.court_city} hat ihn am {fmt(c.criminal_date)} erlassen, und zwar wegen {off} (Geldstrafe in Höhe von {sentence}). Ich habe alles bezahlt.",
                f"Offen angesprochen sei der Strafbefehl des Amtsgerichts {c.court_city} vom {fmt(c.criminal_date)} wegen {off}; verhängt wurde eine Geldstrafe in Höhe von {sentence}.",
            )
        )

    F = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        F.append(
            v(
                f"Ich bin mit {sp[0].full} verheiratet; wir leben in einer gemeinsamen Wohnung.",
                f"{who} ist mit {sp[0].full} verheiratet, beide wohnen zusammen.",
            )
        )
    if kids:
        names = ", ".join(k.vorname for k in kids)
        F.append(
            v(
                f"Unsere Kinder ({names}) kennen {land} nur vom Hörensagen.",
                f"Die Kinder ({names}) haben {land} nie bewusst erlebt.",
            )
        )
    F.append(
        v(
            f"In {land} habe ich {r.choice(['nur noch eine kranke Tante', 'weder Eltern noch Geschwister', 'lediglich einen Großvater'])}. Hier in Deutschland wohnt {r.choice(['mein Schwager mit seiner Familie', 'meine ältere Schwester', 'ein Cousin, der eingebürgert ist'])}.",
            f"Im Herkunftsland lebt {r.choice(['nur noch eine betagte Großmutter', 'kein naher Angehöriger mehr', 'ein Halbbruder, zu dem der Kontakt abgebrochen ist'])}; in Deutschland dagegen {r.choice(['die Schwester mit deutscher Staatsangehörigkeit', 'zwei Cousins mit Niederlassungserlaubnis', 'der Onkel mit seinen Kindern'])}.",
        )
    )

    G = t["integration"]
    G.append(
        v(
            f"Mein Deutsch stammt aus dem Integrationskurs, ich komme im Alltag {r.choice(['gut', 'ohne Dolmetscher'])} zurecht.",
            f"{who} hat den Integrationskurs abgeschlossen und verständigt sich {r.choice(['sicher', 'flüssig'])} auf Deutsch.",
        )
    )
    if c.ausbildung:
        job = r.choice(["Industrieelektriker", "Kfz-Mechatroniker", "Altenpflegehelfer"])
        G.append(
            v(
                f"Seit August {c.received.year - 1} lerne ich den Beruf {job}; mein Betrieb hat bei der Ausländerbehörde eine Ausbildungsduldung (§ 60c AufenthG) befürwortet.",
                f"Seit August {c.received.year - 1} befindet {er} sich in einer Ausbildung als {job}, sodass eine Duldung zu Ausbildungszwecken (§ 60c AufenthG) in Betracht kommt.",
            )
        )
    else:
        G.append(
            v(
                f"Beschäftigt bin ich als {c.job} bei {c.employer} und bezahle Miete und Lebensunterhalt ohne Hilfe vom Amt.",
                f"Beschäftigt ist {er} als {c.job} bei {c.employer}; Sozialleistungen bezieht {er} nicht.",
            )
        )
    G.append(
        v(
            f"Nach Feierabend bin ich beim {c.club} als Helfer dabei.",
            f"Ehrenamtlich ist {er} beim {c.club} aktiv.",
        )
    )
    for k in c.school_age():
        G.append(
            f"{k.vorname} ist Schüler{'in' if k.sex == 'f' else ''} der {c.school} und hält dort gut mit."
        )

    H = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, name, _ = c.diagnosis
        if c.ill_person == 0:
            whom = v("Bei mir", f"Bei {who}")
        else:
            whom = f"Bei {p.full} ({_role_de(p)})"
        H.append(
            f"{whom} stellten die behandelnden Ärzte die Diagnose „{name}“ ({code}); die Behandlung läuft regelmäßig und darf nicht abbrechen."
        )
        H.append(
            v(
                "In meinem Herkunftsland könnte ich diese Therapie nicht bekommen.",
                "Eine gleichwertige Therapie wäre im Herkunftsland nicht zugänglich.",
            )
        )
    H.append(
        v(
            f"Nach {land} zurückzugehen ist für {ihn} unvorstellbar, weil {r.choice(['dort niemand mehr auf uns wartet', 'unser Haus zerstört ist', 'mein ganzes Leben jetzt hier ist'])}.",
            f"Ein Zurück nach {land} ist {ihm} nicht zuzumuten, da {r.choice(['dort keinerlei familiärer Rückhalt mehr besteht', 'der Lebensmittelpunkt seit Jahren in Deutschland liegt', 'die frühere Wohnung nicht mehr existiert'])}.",
        )
    )
    return t


def _story_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    t["lebensgeschichte"].append(
        f"My childhood was spent in {land}, where I finished {r.choice(['eight', 'ten', 'twelve'])} years of school and then {r.choice(['helped my father in his shop', 'worked on building sites', 'sewed clothes at home'])}."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"In {c.entry.year - 2} Germany deported me. I came back on {_en_us(c.entry)} even though the entry ban (§ 11 AufenthG) against me continued."
        )
    else:
        t["lebensgeschichte"].append(f"I reached Germany on {_en_us(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My asylum claim was made on {_en_us(c.asylum_applied)}; the Federal Office (BAMF) said no on {_en_us(c.bamf_date)}, reference {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"The court case at the {c.court_name} (case {c.court_az}) {'is still waiting for a decision' if c.court_pending else 'was rejected'}."
            )
    else:
        s.append(
            f"A visa ({c.visa_purpose}) brought me here; later the immigration office did not renew my permit."
        )
        if c.court:
            s.append(
                f"I challenged this at the {c.court_name} ({c.court_az}); the case {'remains undecided' if c.court_pending else 'was lost'}."
            )
    if c.gestattung:
        s.append("For now I have an Aufenthaltsgestattung, as my asylum case is still running.")
    else:
        s.append("Today I only get a Duldung every few months.")
    s.append(f"My file is kept by {c.abh}.")
    if c.s58a:
        s.append("The authorities have also ordered my removal under § 58a AufenthG.")
    if c.rueckfuehrung:
        s.append(f"A letter says my deportation is planned for {_en_us(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(
            f"I must also tell you that the local court in {c.court_city} punished me by Strafbefehl (penalty order) on {_en_us(c.criminal_date)}. I have paid the fine."
        )
    f = t["familie"]
    kids = c.children()
    if kids:
        f.append(f"Our children {' and '.join(k.vorname for k in kids)} only know Germany as home.")
    f.append(f"In {land} there is no close relative of mine any more; my aunt lives in Germany.")
    g = t["integration"]
    g.append("I passed the German course and I can manage at offices without help.")
    if c.ausbildung:
        g.append(
            "I started an apprenticeship; my trainer says § 60c AufenthG (Ausbildungsduldung) may apply to me."
        )
    else:
        g.append(f"I am employed as {c.job} with {c.employer}.")
    g.append(f"Every week I help at {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I am" if c.ill_person == 0 else f"My {_role_en(p)} {p.vorname} is"
        h.append(
            f"{who} ill and treated regularly ({c.diagnosis[0]}, suffering {N.ILLNESS_EN[c.diagnosis[0]]})."
        )
    h.append(f"A return to {land} would mean losing everything we built here.")
    return t


TOPIC_ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


# ============================ antrag ============================


def _rep_head(c: Case, r: random.Random, kind: int) -> list:
    rp = c.rep
    org = _rep_label(c)
    if kind == 0:
        return [
            Table(
                [[org, f"{rp.street}\n{rp.city}\nFon {_phone(org)}"]],
                [0.62, 0.38],
                header=False,
                grid=False,
                size=9,
            ),
            Rule(0.4),
        ]
    if kind == 1:
        return [
            P(f"{org}  ·  {rp.person}  ·  {rp.street}  ·  {rp.city}", size=7.5, after=2),
            Rule(1.5),
            Space(4),
        ]
    return [
        Box(
            [org, f"Ansprechperson: {rp.person}", f"{rp.street}, {rp.city}", f"Telefon {_phone(org)}"],
            size=8.5,
        )
    ]


def _own_head(c: Case, r: random.Random, labelled: bool) -> list:
    a = c.applicant
    if labelled:
        return [
            P(f"Absender: {a.full}", size=9, after=0),
            P(f"{c.street}", size=9, after=0),
            P(f"{c.plz} {c.city}", size=9, after=10),
        ]
    return [P(x, align="right", size=9.5, after=0) for x in (a.full, c.street, f"{c.plz} {c.city}")] + [
        Space(8)
    ]


def _to_hfk(short: bool) -> list:
    lines = HFK_LINES[1:] if short else HFK_LINES
    return [P(x, after=0) for x in lines] + [Space(12)]


def _names_all(c: Case) -> str:
    ps = [p.full for p in c.persons]
    return ps[0] if len(ps) == 1 else ", ".join(ps[:-1]) + " sowie " + ps[-1]


def _opening(c: Case, r: random.Random) -> str:
    a = c.applicant
    names = _names_all(c)
    if c.sender == "anwalt":
        return r.choice(
            [
                f"in der Bleiberechtssache {names} zeigen wir unter Vorlage einer Vollmacht die Vertretung an. Wir ersuchen die Kommission, sich des Falles nach § 23a AufenthG anzunehmen.",
                f"unter Bezugnahme auf die anliegende Vollmacht vertrete ich {names}. Für meine Mandantschaft rege ich an, die Angelegenheit in der Härtefallkommission zu beraten und die Ausländerbehörde im Wege des § 23a AufenthG um eine Aufenthaltserlaubnis zu ersuchen.",
            ]
        )
    if c.sender == "beratungsstelle":
        return r.choice(
            [
                f"schon seit längerem beraten wir {names}. In deren Auftrag und mit beigefügter Vollmacht reichen wir die nachfolgende Härtefalleingabe ein.",
                f"im Namen der von uns beratenen Familie {a.name} ({names}) bitten wir die Härtefallkommission, sich im Wege des § 23a AufenthG für deren Verbleib einzusetzen.",
            ]
        )
    if c.sender == "privat":
        rel = c.rep.relation
        return (
            f"ich, {c.rep.person}, schreibe Ihnen als {rel} von {a.full}. Weil {'er' if a.sex == 'm' else 'sie'} selbst nicht gut Deutsch schreibt, "
            f"schreibe ich in {'seinem' if a.sex == 'm' else 'ihrem'} Namen und in Vertretung für {names} und bitte darum, dass sich die Kommission mit uns befasst."
        )
    return r.choice(
        [
            "hiermit wende ich mich an die Härtefallkommission und bitte darum, meinen Fall zu beraten und die Ausländerbehörde nach § 23a AufenthG um eine Aufenthaltserlaubnis zu ersuchen.",
            "ich bitte Sie, meine Familie und mich als Härtefall anzuerkennen. Alles Wichtige habe ich unten aufgeschrieben.",
        ]
    )


def _signer(c: Case) -> str:
    if c.sender == "applicant":
        return c.applicant.full
    if c.sender == "anwalt":
        return f"{c.rep.person}, Rechtsanwält{'in' if c.rep.person.split()[0] in ('Andrea', 'Stefanie', 'Claudia', 'Sabine', 'Ute', 'Katrin', 'Monika', 'Birgit', 'Annette') else ''}"
    if c.sender == "beratungsstelle":
        return f"{c.rep.person} (für {c.rep.org})"
    return f"{c.rep.person} ({c.rep.relation})"


def _brackets(c: Case, i: int, p, date_fn) -> str:
    parts = []
    if not _omit(c, i, "geburtsdatum"):
        parts.append(f"* {date_fn(p.geburtsdatum)}")
    if not _omit(c, i, "geburtsort"):
        parts.append(f"in {p.geburtsort}" if parts else f"geb. in {p.geburtsort}")
    inner = " ".join(parts)
    if not _omit(c, i, "staatsangehoerigkeit"):
        inner = (inner + "; " if inner else "") + f"Staatsangehörigkeit {p.staat}"
    return f"({inner})" if inner else ""


def _persons_roles(c: Case, r: random.Random) -> list:
    """The family under roles, birth data in brackets, children indented under one label."""
    out: list = []
    kids = [(i, p) for i, p in enumerate(c.persons) if p.role == "child"]
    date_fn = r.choice([fmt_long, fmt])
    for i, p in enumerate(c.persons):
        if p.role == "child":
            continue
        out.append(P(f"{_role_de(p)}:  {p.name.upper()}, {p.vorname} {_brackets(c, i, p, date_fn)}", after=2))
    if kids:
        out.append(P("Kinder:" if len(kids) > 1 else "Kind:", after=1))
        for i, p in kids:
            out.append(P(f"– {p.vorname} {p.name} {_brackets(c, i, p, date_fn)}", indent=18, after=1))
    out.append(Space(3))
    out.append(P(f"alle gemeldet in {c.plz} {c.city}, {c.street}"))
    return out


def _persons_numbered_form(c: Case, r: random.Random) -> list:
    """'Angaben zur Person' with numbered fields per person, then the address in split fields."""
    out: list = [P("A. Angaben zu den Personen, für die der Antrag gilt", bold=True, after=3)]
    for n, (i, p) in enumerate(enumerate(c.persons), 1):
        rows = [
            [f"{n}.1  Familienname", p.name],
            [f"{n}.2  Vorname(n)", p.vorname],
            [f"{n}.3  Tag der Geburt", "" if _omit(c, i, "geburtsdatum") else _dmy(p.geburtsdatum)],
            [
                f"{n}.4  Geburtsort (Land)",
                "" if _omit(c, i, "geburtsort") else f"{p.geburtsort} ({c.natinfo['land']})",
            ],
            [f"{n}.5  Staatsangehörigkeit", "" if _omit(c, i, "staatsangehoerigkeit") else p.staat],
            [f"{n}.6  Verhältnis", "Antragsteller/in" if i == 0 else _role_de(p)],
        ]
        out.append(P(f"Person {n}", bold=True, size=9.5, after=1))
        out.append(Table(rows, [0.36, 0.64], header=False, grid=True, size=9))
    m = len(c.persons) + 1
    out.append(P(f"{m}. Wohnanschrift (für alle Personen gleich)", bold=True, after=1))
    out.append(
        Table(
            [
                [f"{m}.1  PLZ / Wohnort", f"{c.plz} {c.city}"],
                [f"{m}.2  Straße, Hausnummer", c.street],
                [f"{m}.3  Ausländerbehörde", _abh_of(c.abh)],
            ],
            [0.36, 0.64],
            header=False,
            size=9,
        )
    )
    return out


def _persons_prose(c: Case, r: random.Random, first: bool) -> list:
    """Persons told in sentences that start with the birth date."""
    out: list = []
    a = c.applicant
    for i, p in enumerate(c.persons):
        nat = "" if _omit(c, i, "staatsangehoerigkeit") else f"{p.staat}e"
        place = "" if _omit(c, i, "geburtsort") else f" in {p.geburtsort}"
        born = "" if _omit(c, i, "geburtsdatum") else f"Am {fmt_long(p.geburtsdatum)}"
        if i == 0:
            if first:
                head = f"{born}{place} wurde ich geboren" if born else f"Zur Welt kam ich{place}"
                s = f"{head}; ich heiße {p.vorname} {p.name}"
                s += f" und habe die {nat} Staatsangehörigkeit." if nat else "."
            else:
                head = (
                    f"{born}{place} wurde {p.vorname} {p.name} geboren"
                    if born
                    else f"{p.vorname} {p.name} wurde{place} geboren"
                )
                s = head + (
                    f", {'er' if p.sex == 'm' else 'sie'} besitzt die {nat} Staatsangehörigkeit."
                    if nat
                    else "."
                )
        else:
            rel = _role_de(p)
            poss = (
                ("Meine " if first else "Seine " if a.sex == "m" else "Ihre ")
                if rel in ("Ehefrau", "Tochter")
                else ("Mein " if first else "Sein " if a.sex == "m" else "Ihr ")
            )
            if born:
                s = f"{born}{place} kam {poss.lower()}{rel} {p.vorname} {p.name} zur Welt"
            else:
                s = f"{poss}{rel} {p.vorname} {p.name} ist{place} geboren"
            s += f" ({nat} Staatsangehörigkeit)." if nat else "."
        out.append(P(s, after=3))
    where = r.choice(
        [
            f"Anschrift: Unterkunft {c.street}, Zimmer {r.randint(3, 48)}, {c.plz} {c.city}.",
            f"Wir wohnen {'alle ' if len(c.persons) > 1 else ''}in {c.plz} {c.city}, {c.street}.",
        ]
    )
    out.append(P(where))
    return out


def _persons_table_odd(c: Case, r: random.Random) -> list:
    """A table whose columns start with the birth date and end with the relation."""
    rows = [["lfd.", "geb. am", "FAMILIENNAME, Vorname", "Geburtsort", "Staatsang.", "Stellung"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                f"{i + 1}",
                "" if _omit(c, i, "geburtsdatum") else fmt(p.geburtsdatum),
                f"{p.name.upper()}, {p.vorname}",
                "" if _omit(c, i, "geburtsort") else p.geburtsort,
                "" if _omit(c, i, "staatsangehoerigkeit") else p.staat,
                "AS" if i == 0 else {"spouse": "EG", "child": "K"}[p.role],
            ]
        )
    return [
        Table(rows, [0.07, 0.15, 0.28, 0.18, 0.16, 0.16], size=9),
        P("Stellung: AS = antragstellende Person, EG = Ehegatte/Ehegattin, K = Kind", size=8, after=6),
        Table([["PLZ", "Ort", "Straße / Hausnummer"], [c.plz, c.city, c.street]], [0.18, 0.37, 0.45], size=9),
    ]


def _persons_fax(c: Case, r: random.Random) -> list:
    """One dense line per person with abbreviated labels, as typed on a faxed short form."""
    out = []
    for i, p in enumerate(c.persons):
        bits = [f"{i + 1}) {p.name} / {p.vorname}"]
        if not _omit(c, i, "geburtsdatum"):
            bits.append(f"*{fmt(p.geburtsdatum)}")
        if not _omit(c, i, "geburtsort"):
            bits.append(f"GebOrt {p.geburtsort}")
        if not _omit(c, i, "staatsangehoerigkeit"):
            bits.append(f"StA {p.staat}")
        out.append(P(" / ".join(bits), font="mono", size=9, after=1))
    out.append(P(f"Anschr.: {c.street} -- {c.plz} {c.city}", font="mono", size=9))
    return out


def _begruendung(
    c: Case, r: random.Random, first: bool, heads: dict[str, str] | None, numbering: str = ""
) -> list:
    t = _story(c, r, first)
    out: list = []
    n = 0
    for topic in TOPIC_ORDER:
        if topic not in c.topics:
            continue
        n += 1
        if heads:
            label = heads[topic]
            if numbering == "roman":
                label = f"{['I', 'II', 'III', 'IV', 'V'][n - 1]}. {label}"
            elif numbering == "letter":
                label = f"({'abcde'[n - 1]}) {label}"
            out.append(P(label, bold=True, after=2))
        out.append(P(" ".join(t[topic])))
    return out


def _date_line(c: Case, d: DocPlan, r: random.Random, place: str) -> P:
    return P(
        r.choice([f"{place}, am {fmt_long(d.date)}", f"{place}, {_dmy(d.date)}", f"{place}, {fmt(d.date)}"]),
        align="right",
    )


@tpl("antrag", "o12a", SPLIT)
def antrag_o12a(c, d, r):
    """Counselling-service style: numbered person form, sections with Roman numbers."""
    first = c.sender == "applicant"
    blocks = _rep_head(c, r, 2) if not first else _own_head(c, r, True)
    blocks += _to_hfk(False)
    blocks.append(_date_line(c, d, r, _rep_city(c) if not first else c.city))
    blocks.append(P(f"Härtefalleingabe für {c.applicant.full} und Angehörige", bold=True, size=12))
    blocks.append(P("Sehr geehrte Kommissionsmitglieder,"))
    blocks.append(P(_opening(c, r)))
    blocks += _persons_numbered_form(c, r)
    blocks.append(P("B. Darlegung der Härtegründe", bold=True, after=3))
    heads = {
        "lebensgeschichte": "Herkunft und Flucht",
        "aufenthaltssituation": "Aufenthaltsrechtlicher Werdegang",
        "familie": "Angehörige hier und im Herkunftsland",
        "integration": "Eingliederung in die hiesigen Lebensverhältnisse",
        "humanitaere_gruende": "Warum eine Ausreise unzumutbar wäre",
    }
    blocks += _begruendung(c, r, first, heads, "roman")
    blocks.append(
        P(
            "Die Nachweise sind in der Reihenfolge der Darstellung beigelegt. Für Rückfragen erreichen Sie uns werktags vormittags."
            if not first
            else "Die Nachweise lege ich bei. Vielen Dank für Ihre Mühe."
        )
    )
    blocks.append(P("Freundliche Grüße"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r), footer="Härtefalleingabe – Blatt {p}/{n}")


@tpl("antrag", "o12b", SPLIT)
def antrag_o12b(c, d, r):
    """Law-office style: family under roles with birth data in brackets, lettered reasons."""
    first = c.sender == "applicant"
    blocks = _rep_head(c, r, 0) if not first else _own_head(c, r, False)
    blocks.append(P("Vorab per Telefax: 0211 837-2200", size=8, after=4))
    blocks += _to_hfk(True)
    if not first:
        blocks.append(
            P(
                f"Unser Zeichen: {c.applicant.name[:3].upper()}-{r.randint(100, 999)}/{d.date.year % 100}",
                size=9,
                align="right",
                after=0,
            )
        )
    blocks.append(_date_line(c, d, r, _rep_city(c) if not first else c.city))
    blocks.append(P(f"Antrag nach § 23a AufenthG – {c.applicant.name.upper()}", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("Der Antrag erstreckt sich auf folgende Personen:", after=3))
    blocks += _persons_roles(c, r)
    blocks.append(P("Die Härtegründe im Einzelnen:" if not first else "Meine Gründe:", bold=True))
    heads = {
        "lebensgeschichte": "Vorgeschichte",
        "aufenthaltssituation": "Verfahrensstand",
        "familie": "Familiäre Verhältnisse",
        "integration": "Erbrachte Integrationsleistungen",
        "humanitaere_gruende": "Humanitäre Dringlichkeit",
    }
    blocks += _begruendung(c, r, first, heads, "letter")
    blocks.append(
        P(
            "Wir regen an, den Fall in der nächsten Sitzung zu beraten."
            if not first
            else "Bitte helfen Sie uns."
        )
    )
    blocks.append(P("Mit vorzüglicher Hochachtung" if c.sender == "anwalt" else "Mit freundlichem Gruß"))
    blocks.append(Signature(_signer(c)))
    if r.random() < 0.6:
        blocks.append(P("Anlagenkonvolut gemäß gesondertem Verzeichnis", size=8.5))
    return DocSpec(
        blocks, _st(r, "serif"), header=f"Härtefallsache {c.applicant.name}", footer="– Seite {p} –"
    )


@tpl("antrag", "o12c", SPLIT)
def antrag_o12c(c, d, r):
    """A personal letter: persons in sentences that begin with the birth date, no headings."""
    first = c.sender == "applicant"
    blocks = _own_head(c, r, False) if first else _rep_head(c, r, 1)
    blocks += _to_hfk(r.random() < 0.5)
    blocks.append(_date_line(c, d, r, c.city if first else _rep_city(c)))
    blocks.append(P("Unsere Bitte an die Kommission – " + c.applicant.full, bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks += _persons_prose(c, r, first)
    blocks += _begruendung(c, r, first, None)
    blocks.append(
        P(
            "Ich danke Ihnen im Voraus und hoffe auf eine gute Nachricht."
            if first
            else "Ich danke Ihnen, dass Sie den Fall lesen."
        )
    )
    blocks.append(P("Viele Grüße"))
    blocks.append(Signature(_signer(c), f"{c.city if first else _rep_city(c)}, {_dmy(d.date)}"))
    return DocSpec(blocks, _st(r, r.choice(["italic", "serif"]) if first else None))


@tpl("antrag", "o12d", SPLIT)
def antrag_o12d(c, d, r):
    """Overview sheet: persons in a table with an unusual column order, reasons in a two-column grid."""
    first = c.sender == "applicant"
    blocks = _rep_head(c, r, 1) if not first else _own_head(c, r, True)
    blocks += _to_hfk(True)
    blocks.append(_date_line(c, d, r, _rep_city(c) if not first else c.city))
    blocks.append(P("HÄRTEFALLANTRAG  ·  Übersichtsblatt und Begründung", bold=True, size=11.5))
    blocks.append(P("Guten Tag,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("Personenübersicht", bold=True, after=2))
    blocks += _persons_table_odd(c, r)
    t = _story(c, r, first)
    labels = {
        "lebensgeschichte": "Lebensweg",
        "aufenthaltssituation": "Status",
        "familie": "Familie",
        "integration": "Teilhabe",
        "humanitaere_gruende": "Härte",
    }
    rows = [[labels[k], " ".join(t[k])] for k in TOPIC_ORDER if k in c.topics]
    blocks.append(P("Begründung im Überblick", bold=True, after=2))
    blocks.append(Table(rows, [0.18, 0.82], header=False, grid=r.random() < 0.5, size=9))
    blocks.append(P("Mit besten Grüßen"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(
        blocks,
        _st(r, "sans", dense=r.random() < 0.5),
        footer=f"Übersichtsblatt {c.applicant.name} · Seite {{p}} von {{n}}",
    )


@tpl("antrag", "o12e", SPLIT)
def antrag_o12e(c, d, r):
    """A typed short form as faxed: dense monospace lines, abbreviations, reasons in one block each."""
    first = c.sender == "applicant"
    blocks: list = [
        P(
            "KURZANTRAG HAERTEFALL  //  an: Geschaeftsstelle HFK NRW, Völklinger Str. 4, 40219 Düsseldorf",
            font="mono",
            size=8.5,
            after=2,
        )
    ]
    if first:
        blocks.append(P(f"von: {c.applicant.full}, {c.street}, {c.plz} {c.city}", font="mono", size=8.5))
    else:
        blocks.append(
            P(f"von: {_rep_label(c)} ({c.rep.person}), {c.rep.street}, {c.rep.city}", font="mono", size=8.5)
        )
    blocks.append(
        P(
            f"Datum: {fmt(d.date)}   Seiten: s. Fußzeile   Eilt: {'ja' if c.rueckfuehrung else 'nein'}",
            font="mono",
            size=8.5,
        )
    )
    blocks.append(Rule(0.6))
    blocks.append(P(_opening(c, r), size=9))
    blocks.append(P("PERSONEN:", font="mono", bold=True, size=9, after=1))
    blocks += _persons_fax(c, r)
    blocks.append(P(f"ABH: {_abh_of(c.abh)}", font="mono", size=9))
    t = _story(c, r, first)
    tags = {
        "lebensgeschichte": "[1] Herkunft/Einreise",
        "aufenthaltssituation": "[2] Aufenthalt",
        "familie": "[3] Familie",
        "integration": "[4] Integration",
        "humanitaere_gruende": "[5] Härtegründe",
    }
    for k in TOPIC_ORDER:
        if k in c.topics:
            blocks.append(P(tags[k], font="mono", bold=True, size=9, after=0))
            blocks.append(P(" ".join(t[k]), size=9, after=3))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r, "mono", dense=True), footer="HFK-Kurzantrag  S.{p}/{n}")


def _en_head(c: Case, r: random.Random, d: DocPlan, us: bool) -> list:
    blocks = [P(c.applicant.full, bold=True, after=0), P(f"{c.street}, {c.plz} {c.city}", size=9, after=10)]
    blocks += [P("Härtefallkommission NRW (Hardship Commission)", after=0)] + [
        P(x, after=0) for x in HFK_LINES[1:]
    ]
    blocks.append(Space(10))
    blocks.append(P(f"{c.city}, {_en_us(d.date) if us else fmt_en(d.date)}", align="right"))
    return blocks


@tpl("antrag", "en_o12a", SPLIT)
def antrag_en_o12a(c, d, r):
    """English: a household roster table, relation first."""
    blocks = _en_head(c, r, d, False)
    blocks.append(P("Re: request for a hardship review under § 23a AufenthG", bold=True))
    blocks.append(P("Dear Commission members,"))
    blocks.append(
        P(
            "I am sorry my letter is in English. I ask you to look at the situation of my household and to help us stay."
        )
    )
    rows = [["Relation", "Given name", "SURNAME", "Born on", "Born in", "Citizenship"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                _role_en(p),
                p.vorname,
                p.name.upper(),
                "" if _omit(c, i, "geburtsdatum") else fmt_en(p.geburtsdatum),
                "" if _omit(c, i, "geburtsort") else p.geburtsort,
                "" if _omit(c, i, "staatsangehoerigkeit") else c.natinfo["en"],
            ]
        )
    blocks.append(P("Members of my household:", bold=True, after=2))
    blocks.append(Table(rows, [0.13, 0.17, 0.18, 0.18, 0.16, 0.18], size=9))
    blocks.append(P(f"Our shared home address: {c.street}, {c.plz} {c.city}"))
    t = _story_en(c, r)
    heads = {
        "lebensgeschichte": "Origins",
        "aufenthaltssituation": "My papers and procedures",
        "familie": "My relatives",
        "integration": "Everyday life here",
        "humanitaere_gruende": "What a return would mean",
    }
    for k in TOPIC_ORDER:
        if k in c.topics:
            blocks.append(P(heads[k], bold=True, after=1))
            blocks.append(P(" ".join(t[k])))
    blocks.append(P("With respect and thanks,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _st(r))


@tpl("antrag", "en_o12b", SPLIT)
def antrag_en_o12b(c, d, r):
    """English: a personal-details block per person, reasons as numbered paragraphs."""
    blocks = _en_head(c, r, d, True)
    blocks.append(P("Subject: My family's hardship application", bold=True))
    blocks.append(P("Dear Sir or Madam at the Commission office,"))
    blocks.append(
        P(
            "this letter is my application for a decision of the Hardship Commission. Below are the personal details of everyone included."
        )
    )
    for i, p in enumerate(c.persons):
        lines = [f"Person {i + 1} ({_role_en(p)})", f"Surname: {p.name}", f"Given name(s): {p.vorname}"]
        if not _omit(c, i, "geburtsdatum"):
            lines.append(f"Date of birth: {_en_us(p.geburtsdatum)}")
        if not _omit(c, i, "geburtsort"):
            lines.append(f"Place of birth: {p.geburtsort}")
        if not _omit(c, i, "staatsangehoerigkeit"):
            lines.append(f"Citizenship: {c.natinfo['en']}")
        blocks.append(Box(lines, size=9))
    blocks.append(P(f"Postal address of all of us: {c.street}, {c.plz} {c.city}"))
    t = _story_en(c, r)
    n = 0
    for k in TOPIC_ORDER:
        if k in c.topics:
            n += 1
            blocks.append(P(f"{n}. " + " ".join(t[k])))
    blocks.append(P("Thank you for reading my application."))
    blocks.append(Signature(c.applicant.full, f"{c.city}, {_en_us(d.date)}"))
    return DocSpec(blocks, _st(r, "sans"))


# ============================ bamf_bescheid ============================

_TENOR_FULL = [
    "Die Zuerkennung der Flüchtlingseigenschaft wird abgelehnt.",
    "Die Anerkennung als Asylberechtigte/r (Art. 16a GG) wird versagt.",
    "Subsidiärer Schutz (§ 4 AsylG) wird versagt.",
    "Abschiebungsverbote (§ 60 Abs. 5, Abs. 7 S. 1 AufenthG) werden verneint.",
    "Sie werden aufgefordert, Deutschland innerhalb einer Frist von 30 Tagen ab Bekanntgabe zu verlassen; wird Klage erhoben, endet die Frist 30 Tage nach unanfechtbarem Abschluss des Verfahrens. Reisen Sie nicht fristgerecht aus, wird die Abschiebung in das Herkunftsland angedroht; auch jeder andere zur Aufnahme bereite Staat kommt in Betracht.",
    "Im Abschiebungsfall wird die Wiedereinreise für 30 Monate, gerechnet vom Abschiebungstag an, untersagt (§ 11 Abs. 1 AufenthG: Einreise- und Aufenthaltsverbot).",
]
_TENOR_SHORT = [
    "Der Asylantrag wird als unzulässig abgelehnt.",
    "Abschiebungsverbote (§ 60 Abs. 5, Abs. 7 S. 1 AufenthG) werden verneint.",
    "Es ergeht eine Abschiebungsanordnung bezüglich des nach der Dublin-III-Verordnung zuständigen Mitgliedstaats.",
    "Die Wiedereinreise wird für 15 Monate, gerechnet vom Abschiebungstag an, untersagt (§ 11 Abs. 1 AufenthG: Einreise- und Aufenthaltsverbot).",
]
_REASONS = [
    "Die antragstellende Person, {nat}e Staatsangehörige, gelangte nach ihren Angaben am {entry} über die Balkanroute nach Deutschland. Ihr Asylgesuch wurde am {applied} förmlich protokolliert.",
    "Bei der Anhörung gab sie an, im Heimatort Drohungen einer bewaffneten Gruppe erhalten zu haben. Auf Nachfrage konnte sie weder Zeitpunkt noch Urheber der Drohungen näher eingrenzen.",
    "Nach § 3 Abs. 1 AsylG setzt die Flüchtlingseigenschaft eine an asylerhebliche Merkmale anknüpfende Verfolgung voraus. Daran fehlt es; die geschilderten Ereignisse lassen keinen solchen Bezug erkennen.",
    "Die Schilderungen blieben oberflächlich und wichen in zentralen Punkten voneinander ab. Während die antragstellende Person zunächst einen Aufbruch im Frühjahr nannte, gab sie später den Herbst an.",
    "Dass ihr bei Rückkehr ein ernsthafter Schaden im Sinne von § 4 AsylG droht, ist nicht ersichtlich. Anhaltspunkte für drohende Folter oder eine unmenschliche oder erniedrigende Behandlung haben sich nicht ergeben.",
    "Die allgemeine Versorgungslage im Herkunftsland ist angespannt, erreicht jedoch nicht die hohe Schwelle, die für ein Abschiebungsverbot aus § 60 Abs. 5 AufenthG i. V. m. Art. 3 EMRK erforderlich ist. Die antragstellende Person ist arbeitsfähig.",
    "Gesundheitliche Beeinträchtigungen, die eine wesentliche Verschlechterung im Fall der Rückkehr erwarten ließen, sind nicht durch qualifizierte Atteste im Sinne von § 60a Abs. 2c AufenthG belegt.",
    "Die Abschiebungsandrohung beruht auf § 34 Abs. 1 AsylG, § 59 AufenthG; die Länge der Ausreisefrist regelt § 38 Abs. 1 AsylG.",
    "Bei der Bemessung der Dauer des Einreise- und Aufenthaltsverbots wurden keine schutzwürdigen Belange erkennbar, die eine Verkürzung der Frist nahelegen.",
    "Grundlage der Bewertung sind das Anhörungsprotokoll, aktuelle Lageberichte und weitere Länderinformationen.",
]
_RBB12 = (
    "Belehrung über den Rechtsbehelf: Frist für die Klage zum Verwaltungsgericht {court} gegen diesen Bescheid: "
    "zwei Wochen, beginnend mit der Zustellung. In der Klageschrift sind Kläger, Beklagte und Streitgegenstand zu bezeichnen; "
    "sie ist in deutscher Sprache einzureichen."
)


def _bamf_body(c: Case, d: DocPlan, r: random.Random, tenor_style: str) -> list:
    a = c.applicant
    tenor = _TENOR_FULL if c.bamf_tenor == 6 else _TENOR_SHORT
    out: list = [
        P(
            f"Zum Asylantrag von {a.vorname} {a.name.upper()}, geboren {fmt(a.geburtsdatum)} in {a.geburtsort}, "
            f"Staatsangehörigkeit {a.staat}, derzeit wohnhaft {c.adresse}, trifft das Bundesamt diese Entscheidung:"
        )
    ]
    for i, x in enumerate(tenor, 1):
        label = {"ziffer": f"Ziffer {i}:", "letter": f"{'abcdef'[i - 1]})", "num": f"{i}."}[tenor_style]
        out.append(P(f"{label} {x}", indent=14, after=3))
    out.append(P("Gründe", bold=True, align="center" if tenor_style == "letter" else "left"))
    n = d.extra.get("bamf_reasons", 6)
    pool = _REASONS[:1] + r.sample(_REASONS[1:], len(_REASONS) - 1)
    for i in range(n):
        txt = pool[i % len(pool)].format(nat=a.staat, entry=fmt(c.entry), applied=fmt(c.asylum_applied))
        out.append(P(f"{i + 1}. {txt}" if tenor_style == "ziffer" else txt))
    court = (
        c.court_name.replace("Verwaltungsgericht ", "") if c.court_name else c.bamf_site[2].split(" ", 1)[1]
    )
    out.append(P(_RBB12.format(court=court), size=9))
    return out


@tpl("bamf_bescheid", "o12a", SPLIT)
def bamf_o12a(c, d, r):
    site = c.bamf_site
    a = c.applicant
    blocks = [
        Table(
            [
                ["Bundesamt für Migration und Flüchtlinge", f"{site[0]}\n{site[1]}\n{site[2]}"],
            ],
            [0.6, 0.4],
            header=False,
            grid=False,
        ),
        Rule(1.0),
        Table(
            [
                ["Az. (bei Antwort bitte angeben)", c.bamf_gz],
                ["Datum", fmt(d.date)],
                ["Sachbearbeitung", f"Referat {r.randint(31, 48)}{r.choice('ABC')}"],
            ],
            [0.4, 0.6],
            header=False,
            size=9,
        ),
        Space(6),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}"),
        Space(8),
        P("Entscheidung des Bundesamtes", bold=True, size=13, align="center"),
    ]
    blocks += _bamf_body(c, d, r, "ziffer")
    blocks += [
        P("Im Auftrag", after=16),
        P(r.choice(["Kranz", "Oberdieck", "Yıldız", "Stenzel"]), after=0),
        P("Einzelentscheider/in", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "sans"), footer=f"Az. {c.bamf_gz}  |  Seite {{p}} von {{n}}")


@tpl("bamf_bescheid", "o12b", SPLIT)
def bamf_o12b(c, d, r):
    site = c.bamf_site
    blocks = [
        P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=11, align="center", after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8, align="center"),
        Space(4),
        Box([f"Geschäftszeichen: {c.bamf_gz}", "Bei jeder Zuschrift bitte vollständig angeben"], size=9),
        P(f"{site[2].split(' ', 1)[1]}, den {fmt_long(d.date)}", align="right"),
    ]
    blocks += _addressee(c)
    blocks += [Space(10), P("Asylbescheid", bold=True, size=12)]
    blocks += _bamf_body(c, d, r, "letter")
    blocks += [
        Space(6),
        P("gez. im Auftrag"),
        P(r.choice(["Hellwig", "Papadopoulos", "Roeder", "Lindqvist"])),
    ]
    return DocSpec(
        blocks,
        _st(r, "serif"),
        header=f"BAMF · {c.bamf_gz} · Entscheidung vom {fmt(d.date)}",
        footer="·· Seite {p} von {n} ··",
    )


@tpl("bamf_bescheid", "o12c", SPLIT)
def bamf_o12c(c, d, r):
    site = c.bamf_site
    blocks = [
        P(f"{site[0].upper()} DES BUNDESAMTES FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=9.5, after=0),
        P(f"{site[1]}, {site[2]}  ·  Zentrale Rufnummer 0911 943-0", size=8),
        Rule(0.5),
        P(f"Gesch.-Z. {c.bamf_gz}   ·   Ausfertigungsdatum {_dmy(d.date)}", size=9, bold=True),
        Space(4),
        P("Zustellung mit Postzustellungsurkunde", size=8, font="italic"),
    ]
    blocks += _addressee(c)
    blocks += [Space(10), P("Bescheid", bold=True, size=16)]
    blocks += _bamf_body(c, d, r, "num")
    blocks += [
        P("Mit freundlichen Grüßen"),
        P("im Auftrag"),
        P(r.choice(["Ammann", "Gröning", "Celik", "Vössing"])),
    ]
    return DocSpec(blocks, _st(r, "cond", size=9.5), footer=f"Seite {{p}} von {{n}}   [{c.bamf_gz}]")


# ============================ aerztliches_gutachten ============================


def _practice_lines(c: Case, r: random.Random) -> list[str]:
    return [
        c.practice,
        f"{r.choice(N.STREETS)} {r.randint(2, 90)}",
        c.court_city_plz(),
        f"Tel. {_phone(c.practice)}",
    ]


def _patient_line(c: Case) -> tuple:
    p = c.persons[c.ill_person]
    return p, f"{p.name}, {p.vorname}, geb. {fmt(p.geburtsdatum)}"


_SYMPTOMS = [
    "nächtliches Hochschrecken, Konzentrationsstörungen und eine ausgeprägte Schreckhaftigkeit",
    "anhaltende Niedergeschlagenheit, Interessenverlust und Grübelneigung",
    "schwankende Blutzuckerwerte mit wiederholten Entgleisungen",
    "wiederholte Krampfereignisse trotz Medikation",
    "erhöhte Blutdruckwerte mit Kopfschmerzen und Schwindel",
]


@tpl("aerztliches_gutachten", "o12a", SPLIT)
def med_o12a(c, d, r):
    """Psychotherapeutic report with a diagnosis table; the date of issue stands only in the footer."""
    p, pline = _patient_line(c)
    code, name, sev = c.diagnosis
    lines = _practice_lines(c, r)
    blocks = [
        P(lines[0], bold=True, size=11, after=0),
        P(" | ".join(lines[1:]), size=8),
        Rule(0.5),
        P("Psychotherapeutischer Befundbericht zur Vorlage bei der Härtefallkommission", bold=True, size=12),
        P(f"Patient/in: {pline}"),
        P(f"Erstkontakt: {fmt_long(c.entry + timedelta(days=r.randint(300, 700)))}"),
        Table([["ICD-10", "Diagnose", "Ausprägung"], [code, name, sev]], [0.18, 0.6, 0.22], size=9),
        P("Aktueller Befund", bold=True, after=1),
        P(
            f"Führend sind {r.choice(_SYMPTOMS)}. Die Patientin/der Patient wirkt im Kontakt angespannt, "
            f"ist jedoch zu allen Qualitäten orientiert. Akute Eigengefährdung wird glaubhaft verneint."
        ),
        P("Behandlungsverlauf", bold=True, after=1),
        P(
            f"Bisher fanden {r.randint(14, 60)} Sitzungen statt. Eine Stabilisierung zeichnet sich {r.choice(['in Ansätzen', 'bislang kaum', 'langsam'])} ab; "
            "würde die Behandlung abgebrochen, drohte eine deutliche Verschlechterung."
        ),
        P("Prognose bei Rückführung", bold=True, after=1),
        P(
            "Eine erzwungene Rückkehr würde die Symptomatik nach fachlicher Einschätzung erheblich verstärken."
        ),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _st(r), footer=f"Ausgestellt am {fmt(d.date)} · Seite {{p}}/{{n}}")


@tpl("aerztliches_gutachten", "o12b", SPLIT)
def med_o12b(c, d, r):
    """Discharge letter of a fictitious clinic; the date follows the signature."""
    p, pline = _patient_line(c)
    code, name, sev = c.diagnosis
    clinic = r.choice(
        [
            "Evangelisches Klinikum Am Wiesengrund",
            "St.-Hedwig-Krankenhaus",
            "LWL-Klinik Haus Erlenbruch",
            "Marienhospital Kettwiger Tor",
        ]
    )
    blocks = [
        P(clinic, bold=True, size=13, after=0),
        P(
            f"Abteilung {r.choice(['Innere Medizin', 'Psychosomatik', 'Neurologie'])} · Chefarzt {c.doctor}",
            size=8.5,
        ),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 40)}, {c.court_city_plz()}", size=8.5),
        Space(10),
        P("Arztbrief", bold=True, size=12),
        P(
            f"Betreff: {pline}, stationär vom {fmt(d.date - timedelta(days=r.randint(14, 30)))} bis {fmt(d.date - timedelta(days=r.randint(2, 8)))}"
        ),
        P("Liebe Kolleginnen und Kollegen,"),
        P("wir berichten über den stationären Aufenthalt der oben genannten Person."),
        P(f"Entlassdiagnose: {name} – {code} ({sev})", bold=True),
        P(
            f"Bei Aufnahme berichtete die Person über {r.choice(_SYMPTOMS)}. Die Therapie führte zu einer teilweisen Besserung."
        ),
        P("Empfohlene Weiterbehandlung", bold=True, after=1),
        P(
            "Fortführung der ambulanten fachärztlichen Behandlung, regelmäßige Kontrollen. Aktuelle Medikation: "
            + "; ".join(r.sample(N.MEDICATION, 2))
            + "."
        ),
        P("Kollegiale Grüße"),
        Signature(c.doctor),
        P(f"ausgefertigt am {fmt_long(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("aerztliches_gutachten", "o12c", SPLIT)
def med_o12c(c, d, r):
    """A short certificate on a practice pad, the date of issue in a stamp box at the bottom."""
    p, pline = _patient_line(c)
    code, name, _ = c.diagnosis
    lines = _practice_lines(c, r)
    blocks = [
        Box(lines, size=8.5),
        P("Ärztliche Bescheinigung", bold=True, size=13, align="center"),
        P(f"für {pline}", align="center"),
        P(
            f"Die o. g. Person steht in meiner regelmäßigen Behandlung. Es besteht {name} ({code}). "
            f"Die Therapie umfasst {', '.join(r.sample(N.MEDICATION, 2))} sowie Kontrollen im Abstand von {r.choice(['zwei', 'vier', 'sechs'])} Wochen. "
            "Aus medizinischer Sicht darf die Therapie nicht unterbrochen werden."
        ),
        Space(30),
        Box([f"Praxisstempel · {c.practice}", f"ausgestellt {_dmy(d.date)}"], size=8, bold_first=False),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ============================ vollmacht ============================


@tpl("vollmacht", "o12a", SPLIT)
def vollmacht_o12a(c, d, r):
    a = c.applicant
    rp = c.rep
    blocks = [
        P("Vollmacht · Härtefallsache", bold=True, size=15, align="center"),
        P("zur Vertretung gegenüber der Härtefallkommission (Nordrhein-Westfalen)", align="center", size=9),
        Space(6),
        Table(
            [
                ["Bevollmächtigt wird", f"{_rep_label(c)}\n{rp.street}, {rp.city}"],
                ["von (Vollmachtgeber/in)", f"{a.full}, geb. {fmt(a.geburtsdatum)}\n{c.adresse}"],
                ["für weitere Personen", ", ".join(p.full for p in c.persons[1:]) or "–"],
            ],
            [0.32, 0.68],
            header=False,
        ),
        P("Die Vollmacht umfasst insbesondere:", after=2),
    ]
    for i, x in enumerate(
        [
            "die Einreichung und Begründung einer Härtefalleingabe",
            "Einsicht in Behörden- und Gerichtsakten",
            "den Empfang von Schreiben und Bescheiden",
            "die Bestellung von Unterbevollmächtigten",
        ],
        1,
    ):
        blocks.append(P(f"({i}) {x}", indent=16, after=1))
    blocks += [Space(8), Signature(a.full, f"{_city(c)}, {fmt(d.date)}")]
    return DocSpec(blocks, _st(r))


@tpl("vollmacht", "o12b", SPLIT)
def vollmacht_o12b(c, d, r):
    a = c.applicant
    blocks = _rep_head(c, r, 0) + [
        P("Beauftragung und Vertretungsvollmacht", bold=True, size=12),
        P(
            f"Ich, {a.full} ({_dmy(a.geburtsdatum)}), beauftrage {_rep_label(c)}, vertreten durch {c.rep.person}, mit der Wahrnehmung meiner Interessen in folgenden Angelegenheiten:"
        ),
        P("[x] Härtefallverfahren nach § 23a AufenthG", indent=12, after=0),
        P(
            f"[{'x' if r.random() < 0.6 else ' '}] Schriftverkehr mit der Ausländerbehörde",
            indent=12,
            after=0,
        ),
        P("[ ] Sozialleistungsangelegenheiten", indent=12),
        P(
            "Ich bin damit einverstanden, dass Mitteilungen der Geschäftsstelle an die bevollmächtigte Stelle gerichtet werden."
        ),
        Table([["Ort, Datum", "Unterschrift"], [f"{_city(c)}, {fmt(d.date)}", ""]], [0.5, 0.5], size=9),
        Signature(a.full),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("vollmacht", "o12c", SPLIT)
def vollmacht_o12c(c, d, r):
    a = c.applicant
    rp = c.rep
    who = rp.person if rp.kind == "privat" else f"{rp.person} von {rp.org}"
    blocks = [
        P("Vollmacht", bold=True, size=12, font="italic"),
        P(
            f"Ich {a.full}, wohnhaft {c.street} in {c.plz} {c.city}, erlaube {who} ({rp.street}, {rp.city}), "
            "in unserer Härtefallsache für mich und meine Familie Gespräche mit der Kommission zu führen, Briefe für uns zu schreiben und unsere Post entgegenzunehmen.",
            font="italic",
        ),
        P("Ich kann das jederzeit schriftlich beenden.", font="italic"),
        Signature(a.full, f"{_city(c)}, den {_dmy(d.date)}"),
    ]
    if len(c.persons) > 1 and c.persons[1].role == "spouse":
        blocks.append(Signature(c.persons[1].full))
    return DocSpec(blocks, _st(r, "italic", size=11.5))


# ============================ schweigepflichtsentbindung ============================


@tpl("schweigepflichtsentbindung", "o12a", SPLIT)
def schweige_o12a(c, d, r):
    p = c.persons[c.ill_person]
    blocks = [
        P("Entbindung von der ärztlichen Schweigepflicht", bold=True, size=12),
        P("Betroffene Person", bold=True, after=1),
        Table(
            [
                ["Name, Vorname", f"{p.name}, {p.vorname}"],
                ["Geburtsdatum", fmt(p.geburtsdatum)],
                ["Anschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
            size=9,
        ),
        P("Behandelnde Stellen", bold=True, after=1),
        Table([["Ärztin/Arzt", "Einrichtung"], [c.doctor, c.practice]], [0.4, 0.6], size=9),
        P("Empfänger der Auskünfte", bold=True, after=1),
        P("[x] Geschäftsstelle der Härtefallkommission NRW", indent=10, after=0),
        P(f"[x] {c.abh}", indent=10, after=0),
        P(f"[{'x' if c.rep else ' '}] {_rep_label(c) if c.rep else 'bevollmächtigte Stelle'}", indent=10),
        P(
            "Ich entbinde die genannten Stellen insoweit von ihrer Schweigepflicht, als Befunde, Diagnosen und Behandlungsverläufe für das Härtefallverfahren benötigt werden. Widerrufen kann ich diese Entbindung jederzeit, wirksam ab Zugang des Widerrufs."
        ),
        Signature(
            p.full if p.age_on(d.date) >= 18 else f"{c.applicant.full} (sorgeberechtigt)",
            f"{_city(c)}, {fmt(d.date)}",
        ),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schweigepflichtsentbindung", "o12b", SPLIT)
def schweige_o12b(c, d, r):
    p = c.persons[c.ill_person]
    rows = [
        ["Erklärung", "Declaration"],
        [
            f"Ich, {p.full}, geb. {fmt(p.geburtsdatum)}, befreie {c.doctor} ({c.practice}) von der Verschwiegenheitspflicht gegenüber der Härtefallkommission.",
            f"I, {p.full}, allow {c.doctor} to share medical information about me with the Hardship Commission.",
        ],
        [
            "Die Befreiung betrifft Diagnosen, Befunde und Therapieberichte.",
            "This covers diagnoses, findings and treatment reports.",
        ],
        ["Ich kann diese Erklärung jederzeit zurücknehmen.", "I may withdraw this declaration at any time."],
    ]
    blocks = [
        P("Schweigepflichtentbindung / Release from confidentiality", bold=True, size=11.5),
        Table(rows, [0.5, 0.5], size=9),
        Signature(p.full if p.age_on(d.date) >= 18 else c.applicant.full, f"{_city(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("schweigepflichtsentbindung", "o12c", SPLIT)
def schweige_o12c(c, d, r):
    p = c.persons[c.ill_person]
    child = p.role == "child" and p.age_on(d.date) < 18
    text = (
        f"Als Eltern von {p.full} (geboren am {fmt(p.geburtsdatum)}) erlauben wir {c.doctor}, der Härtefallkommission und der Ausländerbehörde über Krankheit und Behandlung unseres Kindes Auskunft zu geben. Insoweit entbinden wir von der Schweigepflicht."
        if child
        else f"Ich, {p.full}, geboren am {fmt(p.geburtsdatum)}, befreie {c.doctor} von der ärztlichen Verschwiegenheit. Auskünfte über meine Erkrankung und ihre Behandlung dürfen an die Härtefallkommission und an die Ausländerbehörde gehen."
    )
    blocks = [
        P(f"{c.applicant.full} · {c.street} · {c.plz} {c.city}", size=8, after=10),
        P("Freigabe ärztlicher Auskünfte", bold=True),
        P(text),
        Signature(c.applicant.full if child else p.full, f"{_city(c)}, {_dmy(d.date)}"),
    ]
    if child and len(c.persons) > 1 and c.persons[1].role == "spouse":
        blocks.append(Signature(c.persons[1].full))
    return DocSpec(blocks, _st(r, "serif"))


# ============================ datenschutzeinwilligung ============================


@tpl("datenschutzeinwilligung", "o12a", SPLIT)
def ds_o12a(c, d, r):
    a = c.applicant
    blocks = [
        P("Einwilligungserklärung zur Verarbeitung personenbezogener Daten", bold=True, size=12),
        P("(Art. 6 Abs. 1 Buchst. a und Art. 9 Abs. 2 Buchst. a DSGVO)", size=9),
        P(f"Erklärende Person: {a.full}, geb. {fmt(a.geburtsdatum)}, {c.adresse}"),
    ]
    for i, x in enumerate(
        [
            "Mit meiner Unterschrift erlaube ich der Geschäftsstelle der Härtefallkommission, meine Angaben und die beigefügten Unterlagen für die Prüfung meines Anliegens zu speichern und auszuwerten.",
            "Dies gilt ausdrücklich auch für Gesundheitsdaten und Angaben zum Aufenthaltsstatus.",
            "Eine Weitergabe an die Kommissionsmitglieder und an die zuständige Ausländerbehörde ist zulässig.",
            "Niemand hat mich zu dieser Erklärung gedrängt. Ich darf jederzeit widerrufen; das wirkt nur für künftige Verarbeitungen.",
        ],
        1,
    ):
        blocks.append(P(f"({i}) {x}", indent=8))
    blocks.append(Signature(a.full, f"{_city(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, _st(r))


@tpl("datenschutzeinwilligung", "o12b", SPLIT)
def ds_o12b(c, d, r):
    a = c.applicant
    rows = [
        ["Deutsch", "English"],
        [
            "Meine personenbezogenen Daten darf die Geschäftsstelle im Rahmen des Härtefallverfahrens nutzen – damit bin ich einverstanden.",
            "The office may use my personal data for the hardship procedure – I consent.",
        ],
        [
            "Das umfasst auch besondere Kategorien von Daten (z. B. Gesundheit).",
            "This includes special categories of data (e.g. health).",
        ],
        ["Ein Widerruf ist jederzeit möglich.", "I can withdraw my consent at any time."],
    ]
    blocks = [
        P("Datenschutz – Einwilligung / Data protection – consent", bold=True, size=11),
        P(f"Name: {a.full}    Geburtsdatum / date of birth: {fmt(a.geburtsdatum)}", size=9.5),
        Table(rows, [0.5, 0.5], size=9),
        P(f"Ort und Datum / place and date: {_city(c)}, {fmt(d.date)}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("datenschutzeinwilligung", "o12c", SPLIT)
def ds_o12c(c, d, r):
    rows = [["Person", "geboren", "Unterschrift"]]
    for p in c.persons:
        if p.age_on(d.date) >= 16:
            rows.append([p.full, _dmy(p.geburtsdatum), ""])
    blocks = [
        P("Zustimmung: Umgang mit unseren Daten", bold=True, size=12),
        P(
            "Wir stimmen zu, dass die Geschäftsstelle der Härtefallkommission unsere personenbezogenen Daten einschließlich "
            "Gesundheitsangaben für das Verfahren erhebt, speichert und an die beteiligten Stellen übermittelt. "
            "Die Zustimmung kann ohne Angabe von Gründen widerrufen werden. Hinweise nach Art. 13 DSGVO haben wir erhalten."
        ),
        Table(rows, [0.4, 0.25, 0.35], size=9),
        P(f"{_city(c)}, den {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ============================ lebenslauf ============================


def _cv12(c: Case) -> list[tuple[str, str]]:
    a = c.applicant
    y = a.geburtsdatum.year
    rows = [
        (fmt(a.geburtsdatum), f"zur Welt gekommen in {a.geburtsort} ({c.natinfo['land']})"),
        (f"{y + 6}–{y + 15}", "Besuch der örtlichen Grund- und Mittelschule"),
        (f"{y + 16}–{c.entry.year - 1}", "Mithilfe im Haushalt und Gelegenheitsarbeiten"),
        (fmt(c.entry), "Einreise in die Bundesrepublik"),
    ]
    if c.asylum:
        rows += [
            (fmt(c.asylum_applied), "Asylantrag gestellt"),
            (fmt(c.bamf_date), "ablehnender Bescheid des Bundesamtes"),
        ]
    else:
        rows.append((str(c.entry.year), f"Visum zum Zweck {c.visa_purpose}"))
    rows.append((f"{c.entry.year + 1}", "Integrationskurs (Sprach- und Orientierungskurs)"))
    if c.job:
        rows.append((f"ab {c.entry.year + 2}", f"Tätigkeit als {c.job} ({c.employer})"))
    return rows


@tpl("lebenslauf", "o12a", SPLIT)
def cv_o12a(c, d, r):
    a = c.applicant
    blocks = [
        P("Tabellarischer Lebenslauf", bold=True, size=14, align="center"),
        P(f"{a.full} · {c.street} · {c.plz} {c.city}", size=9, align="center"),
        Rule(0.5),
        Table([["Zeitraum", "Station"]] + [list(x) for x in _cv12(c)], [0.25, 0.75], grid=False),
        Signature(a.full, f"{_city(c)}, im {N.MONTHS_DE[d.date.month - 1]} {d.date.year}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("lebenslauf", "o12b", SPLIT)
def cv_o12b(c, d, r):
    a = c.applicant
    blocks = [P(f"LEBENSLAUF – {a.name.upper()}, {a.vorname}", bold=True, size=12)]
    for when, what in _cv12(c):
        blocks.append(P(f"{when}  ▸  {what}", after=2))
    blocks += [Space(10), P(f"Stand: {fmt(d.date)}", size=9), Signature(a.full)]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ sprachnachweis ============================


@tpl("sprachnachweis", "o12a", SPLIT)
def sprach_o12a(c, d, r):
    a = c.applicant
    lvl = r.choice(["A2", "B1", "B1"])
    blocks = [
        P("Volkshochschule " + _city(c) + " · Prüfungszentrum", size=9),
        P("Deutsch-Test für Zuwanderer", bold=True, size=14),
        P(f"Ergebnismitteilung für {a.full}, geb. {fmt(a.geburtsdatum)} in {a.geburtsort}"),
        Table(
            [
                ["Prüfungsteil", "Ergebnis"],
                ["Hörverstehen und Lesen", f"{r.randint(28, 40)} von 45 Punkten"],
                ["Schreiben", f"{r.choice(['A2', 'B1'])}"],
                ["Sprechen", f"{r.choice(['A2', 'B1'])}"],
                ["Gesamtergebnis", f"Niveau {lvl} erreicht"],
            ],
            [0.5, 0.5],
            size=9.5,
        ),
        P(f"Prüfungsdatum: {fmt(d.date - timedelta(days=r.randint(20, 50)))} · ausgestellt: {fmt(d.date)}"),
        P(f"Prüfungsnummer {r.randint(100000, 999999)}-{r.randint(10, 99)}", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sprachnachweis", "o12b", SPLIT)
def sprach_o12b(c, d, r):
    a = c.applicant
    blocks = [
        P(
            f"Sprachschule {r.choice(['Wortbrücke', 'Lingua Rhein-Ruhr', 'Dialog Plus'])} gGmbH – Träger von Integrationskursen",
            bold=True,
            size=10,
        ),
        P("Teilnahmebestätigung Integrationskurs", bold=True, size=13),
        P(
            f"{a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, hat vom {fmt(d.date - timedelta(days=300))} bis {fmt(d.date - timedelta(days=10))} "
            f"am allgemeinen Integrationskurs ({r.choice([700, 900])} Unterrichtseinheiten) und am Orientierungskurs teilgenommen. "
            f"Die Anwesenheitsquote lag bei {r.randint(82, 99)} %."
        ),
        P(
            f"Der Sprachkurs schloss mit dem Niveau {r.choice(['A2', 'B1'])} des Gemeinsamen Europäischen Referenzrahmens ab."
        ),
        Signature("Kursleitung", f"{_city(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


# ============================ arbeitsnachweis ============================


@tpl("arbeitsnachweis", "o12a", SPLIT)
def arbeit_o12a(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2900)
    blocks = [
        P(c.employer, bold=True, size=11),
        P(
            f"Entgeltabrechnung {N.MONTHS_DE[(d.date.month - 2) % 12]} {d.date.year if d.date.month > 1 else d.date.year - 1}",
            bold=True,
            size=12,
        ),
        Table(
            [
                ["Personal-Nr.", str(r.randint(1000, 9999)), "Steuerklasse", r.choice(["I", "III", "IV"])],
                ["Name", a.full, "Eintritt", fmt(c.entry + timedelta(days=600))],
                ["Tätigkeit", c.job, "Wochenstunden", str(r.choice([30, 38, 40]))],
            ],
            [0.2, 0.35, 0.2, 0.25],
            header=False,
            size=9,
        ),
        Table(
            [
                ["Bezeichnung", "Betrag EUR"],
                ["Grundlohn", f"{brutto},00"],
                ["Lohnsteuer", f"-{brutto // 12},40"],
                ["Sozialversicherung AN-Anteil", f"-{brutto // 5},15"],
                ["Auszahlungsbetrag", f"{brutto - brutto // 12 - brutto // 5 - 1},45"],
            ],
            [0.7, 0.3],
            size=9,
        ),
        P(f"Erstellt am {fmt(d.date)}", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "mono", size=9))


@tpl("arbeitsnachweis", "o12b", SPLIT)
def arbeit_o12b(c, d, r):
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, size=12, align="center"),
        P("Arbeitsvertrag (befristet)", bold=True, size=13),
        P(
            f"zwischen {c.employer} – nachfolgend Arbeitgeber – und {a.full}, {c.adresse} – nachfolgend Arbeitnehmer/in –"
        ),
    ]
    for n, (head, text) in enumerate(
        [
            (
                "Beginn und Dauer",
                f"Arbeitsbeginn ist der {fmt(d.date + timedelta(days=14))}; die Befristung endet nach 12 Monaten.",
            ),
            (
                "Aufgaben",
                f"Die Tätigkeit umfasst die Arbeit als {c.job}. Der Arbeitgeber kann gleichwertige Aufgaben zuweisen.",
            ),
            ("Arbeitszeit", f"Die regelmäßige Wochenarbeitszeit beträgt {r.choice([35, 39, 40])} Stunden."),
            ("Vergütung", f"Der Stundenlohn beträgt {r.choice(['13,90', '14,25', '15,10'])} Euro brutto."),
            (
                "Beschäftigungserlaubnis",
                "Wirksam wird die Einstellung erst, wenn die Ausländerbehörde die Beschäftigung erlaubt.",
            ),
        ],
        1,
    ):
        blocks.append(P(f"Ziffer {n} – {head}", bold=True, after=1))
        blocks.append(P(text))
    blocks += [
        P(f"{_city(c)}, {fmt(d.date)}"),
        Signature("Arbeitgeber (Stempel, Unterschrift)"),
        Signature(a.full),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ============================ ehrenamt ============================


@tpl("ehrenamt", "o12a", SPLIT)
def ehren_o12a(c, d, r):
    a = c.applicant
    chair = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(c.club, bold=True, size=12),
        P("Der Vorstand", size=9),
        Rule(0.4),
        P("Bestätigung der Mitarbeit im Verein", bold=True),
        P(
            f"{a.full} unterstützt unseren Verein seit {N.MONTHS_DE[(c.entry.month + 3) % 12]} {c.entry.year + 1} jede Woche mit etwa "
            f"{r.randint(3, 8)} Stunden, zuletzt bei {r.choice(['der Ausgabe von Lebensmitteln', 'dem Training der Jugendmannschaft', 'Fahrradreparaturen', 'dem Sonntagscafé'])}. "
            "Auf die Mithilfe ist Verlass; wir schätzen sie sehr."
        ),
        Signature(f"{chair}, Vorsitz", f"{_city(c)}, {_dmy(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("ehrenamt", "o12b", SPLIT)
def ehren_o12b(c, d, r):
    a = c.applicant
    blocks = [
        P("Mitgliedsbescheinigung", bold=True, size=13, align="center"),
        Table(
            [
                ["Verein / Gemeinde", c.club],
                ["Mitglied", a.full],
                ["Mitglied seit", fmt(c.entry + timedelta(days=r.randint(200, 700)))],
                [
                    "Aufgaben",
                    r.choice(["Helferkreis Sprachcafé", "Kleiderkammer", "Platzwart", "Besuchsdienst"]),
                ],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"Bescheinigt am {fmt(d.date)}"),
        Signature("Geschäftsführung"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ unterstuetzerschreiben ============================


@tpl("unterstuetzerschreiben", "o12a", SPLIT)
def support_o12a(c, d, r):
    a = c.applicant
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(f"{who} · {r.choice(N.STREETS)} {r.randint(1, 70)} · {_city(c)}", size=8.5, after=12),
        P("An die Härtefallkommission des Landes Nordrhein-Westfalen", after=12),
        P(f"{_city(c)}, {fmt_long(d.date)}", align="right"),
        P(f"Für {a.full} und die Familie {a.name}", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            f"seit {r.randint(2, 7)} Jahren teilen {a.full} und ich dasselbe Treppenhaus. Aus einer flüchtigen Nachbarschaft ist eine Freundschaft geworden: "
            f"{r.choice(['wir kochen zusammen', 'wir gehen sonntags spazieren', 'die Kinder spielen bei uns im Garten'])}, und als ich im letzten Winter krank war, "
            "hat die Familie für mich eingekauft."
        ),
        P(
            "Ich würde es als großes Unrecht empfinden, wenn diese Menschen unser Viertel verlassen müssten, und bitte Sie darum, ihnen ein Bleiberecht zu ermöglichen."
        ),
        P("Herzlich"),
        Signature(who),
    ]
    return DocSpec(blocks, _st(r, "italic"))


@tpl("unterstuetzerschreiben", "o12b", SPLIT)
def support_o12b(c, d, r):
    a = c.applicant
    boss = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(c.employer, bold=True, size=12),
        P(f"Personalabteilung · {_city(c)}", size=8.5),
        Rule(0.4),
        P(f"Stellungnahme zum Verbleib von {a.herr_frau()}", bold=True),
        P(
            f"{a.full} ist bei uns als {c.job} tätig. Wir erleben eine zuverlässige, lernbereite Kraft, die im Team geschätzt wird. "
            "Wir möchten das Arbeitsverhältnis unbedingt fortsetzen; ein Wegfall würde uns in einer ohnehin angespannten Personalsituation empfindlich treffen."
        ),
        P("Wir unterstützen das Anliegen daher ausdrücklich und stehen für Rückfragen zur Verfügung."),
        Signature(f"{boss}, Betriebsleitung", f"{_city(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ schulnachweis ============================


def _school_year(d) -> str:
    y = d.year if d.month >= 8 else d.year - 1
    return f"{y}/{str(y + 1)[2:]}"


@tpl("schulnachweis", "o12a", SPLIT)
def schul_o12a(c, d, r):
    k = _child(c, d)
    age = k.age_on(d.date)
    if age < 6:
        title, text = (
            "Betreuungsbestätigung",
            f"{k.vorname} {k.name}, geboren am {fmt(k.geburtsdatum)}, wird in unserer Kindertagesstätte im Umfang von {r.choice([35, 45])} Wochenstunden betreut.",
        )
        head = f"Kita {r.choice(['Kleine Strolche', 'Löwenzahn', 'Arche Noah'])} {_city(c)}"
    else:
        title, text = (
            "Schulbesuchsbestätigung",
            f"{k.vorname} {k.name}, geboren am {fmt(k.geburtsdatum)}, besucht im Schuljahr {_school_year(d.date)} als Schüler{'in' if k.sex == 'f' else ''} der Jahrgangsstufe {max(1, age - 5)} an unserer Schule.",
        )
        head = c.school
    blocks = [
        P(head, bold=True, size=12),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 40)} · {_city(c)}", size=8.5),
        Space(14),
        P(title, bold=True, size=12),
        P(text),
        P("Ausgestellt zur Vorlage im Härtefallverfahren, auf Bitte der Erziehungsberechtigten."),
        Signature("Schulleitung" if age >= 6 else "Einrichtungsleitung", f"{_city(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schulnachweis", "o12b", SPLIT)
def schul_o12b(c, d, r):
    k = _child(c, d)
    grades = ["sehr gut", "gut", "befriedigend"]
    blocks = [
        P(c.school, align="center", size=10),
        P("Halbjahreszeugnis", bold=True, size=15, align="center"),
        P(
            f"{k.vorname} {k.name}   ·   geb. {fmt(k.geburtsdatum)}   ·   Schuljahr {_school_year(d.date)}",
            align="center",
            size=9.5,
        ),
        Table(
            [
                ["Deutsch", r.choice(grades), "Mathematik", r.choice(grades)],
                ["Sachunterricht", r.choice(grades), "Englisch", r.choice(grades)],
                ["Kunst", "gut", "Sport", r.choice(grades)],
            ],
            [0.25, 0.25, 0.25, 0.25],
            header=False,
            size=9.5,
        ),
        P(
            f"Lern- und Sozialverhalten: {k.vorname} {r.choice(['beteiligt sich aktiv', 'arbeitet sorgfältig', 'hilft Mitschülern gern'])}."
        ),
        P(f"Versäumte Stunden: {r.randint(0, 12)}, unentschuldigt: keine", size=9),
        P(f"{_city(c)}, {fmt(d.date)}"),
        Signature("Klassenleitung"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ============================ auslaenderbehoerde ============================


def _abh_lines(c: Case, r: random.Random) -> list[str]:
    city = c.abh.split(" – ")[0]
    return [
        c.abh,
        "Der Landrat" if city.startswith("Kreis") else "Die Oberbürgermeisterin",
        f"{r.choice(N.STREETS)} {r.randint(1, 30)}",
        f"{c.abh_plz} {c.abh.split(' – ')[0].split()[-1]}",
    ]


@tpl("auslaenderbehoerde", "o12a", SPLIT)
def abh_o12a(c, d, r):
    a = c.applicant
    until = d.date + timedelta(days=r.choice([60, 92, 120]))
    blocks = [
        P(c.abh, size=8.5, align="right"),
        P("Aussetzung der Abschiebung (Duldung) – § 60a AufenthG", bold=True, size=11),
        P("Kein Aufenthaltstitel! Der Inhaber ist ausreisepflichtig.", size=8, font="italic"),
        Table(
            [
                ["Familienname", a.name.upper(), "Vorname", a.vorname],
                ["geb. am", fmt(a.geburtsdatum), "in", a.geburtsort],
                ["Staatsang.", a.staat, "Anschrift", c.adresse],
            ],
            [0.15, 0.3, 0.15, 0.4],
            header=False,
            size=9,
        ),
        P(f"Gültig bis: {fmt(until)}", bold=True),
        P(
            "Auflagen: Beschäftigung nur nach Erlaubnis. Wohnsitznahme in der zugewiesenen Kommune. Räumliche Beschränkung auf das Land Nordrhein-Westfalen."
        ),
        P(f"Ausgestellt: {fmt(d.date)}  ·  Dienstsiegel", size=9),
    ]
    return DocSpec(blocks, _st(r, "cond"))


@tpl("auslaenderbehoerde", "o12b", SPLIT)
def abh_o12b(c, d, r):
    a = c.applicant
    lines = _abh_lines(c, r)
    blocks = [
        P(lines[0], bold=True, size=12, after=0),
        P(lines[1], size=9, after=0),
        P(f"{lines[2]}, {lines[3]}", size=8.5),
        Rule(0.6),
        P(
            f"Datum: {fmt(d.date)}  ·  Az.: 32.{r.randint(10, 99)}-{a.name[:2].upper()}{r.randint(1000, 9999)}",
            size=9,
            align="right",
        ),
    ]
    blocks += _addressee(c)
    blocks += [
        Space(10),
        P("Aufforderung zur Ausreise und Anhörung vor Abschiebung", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            "Sie sind vollziehbar ausreisepflichtig. Wir fordern Sie auf, die Bundesrepublik Deutschland freiwillig zu verlassen. "
            "Kommen Sie dieser Aufforderung nicht nach, beabsichtigen wir, die Abschiebung einzuleiten."
        ),
        P(
            f"Vor einer Entscheidung geben wir Ihnen Gelegenheit, bis zum {fmt(d.date + timedelta(days=14))} schriftlich Stellung zu nehmen; § 28 VwVfG NRW. "
            "Bitte legen Sie gültige Reisedokumente vor oder wirken Sie an deren Beschaffung mit."
        ),
        P("Mit freundlichen Grüßen"),
        P("Im Auftrag"),
        Signature(r.choice(["Dahlmann", "Öztürk", "Wenzel"])),
    ]
    return DocSpec(blocks, _st(r, "sans"), footer="Seite {p} von {n}")


# ============================ gerichtsentscheidung ============================


@tpl("gerichtsentscheidung", "o12a", SPLIT)
def court_o12a(c, d, r):
    a = c.applicant
    urteil = c.asylum
    gegner = (
        f"die Bundesrepublik Deutschland – BAMF, {c.bamf_site[0]} –"
        if c.asylum
        else f"{c.abh} für das Land NRW"
    )
    blocks = [
        P(c.court_name.upper(), bold=True, size=12, align="center"),
        P(f"{c.court_az}", align="center"),
    ]
    if urteil:
        blocks.append(P("Im Namen des Volkes", align="center", font="italic"))
    blocks += [
        P("Urteil" if urteil else "Beschluss", bold=True, size=14, align="center"),
        P(
            f"In dem Rechtsstreit {a.vorname} {a.name}, wohnhaft {c.adresse}, – {'Kläger' if a.sex == 'm' else 'Klägerin'} –"
        ),
        P(f"gegen {gegner}, – {'Beklagte' if urteil else 'Antragsgegner'} –"),
        P(
            f"hat die {r.randint(3, 19)}. Kammer nach mündlicher Verhandlung am {fmt(d.date)} durch eine Einzelrichterin entschieden:"
            if urteil
            else f"hat die {r.randint(3, 19)}. Kammer am {fmt(d.date)} beschlossen:"
        ),
        P(
            "Die Klage wird abgewiesen. Außergerichtliche Kosten: Klägerseite; das Verfahren ist gerichtskostenfrei (§ 83b AsylG)."
            if urteil
            else "Der Eilantrag nach § 80 Abs. 5 VwGO wird abgelehnt; Kostenschuldner ist die Antragstellerseite."
        ),
        P("Entscheidungsgründe" if urteil else "Gründe", bold=True),
        P(
            "Zwar ist die Klage zulässig, sie hat aber keinen Erfolg: rechtmäßig ist der angegriffene Bescheid."
            if urteil
            else "Der Antrag bleibt ohne Erfolg. Dem Vollzugsinteresse der Behörde gebührt der Vorrang."
        ),
        P(
            "Eine asyl- oder abschiebungsrelevante Gefährdung hat die Klägerseite nicht glaubhaft gemacht; ihr Vortrag blieb pauschal."
            if urteil
            else "Eine Unmöglichkeit der Ausreise ist weder dargetan noch ersichtlich."
        ),
        P(r.choice(["Schäfer-Ruland", "Dr. Albers", "Quandt"]), align="right"),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="Az. " + c.court_az + " – {p} –")


@tpl("gerichtsentscheidung", "o12b", SPLIT)
def court_o12b(c, d, r):
    a = c.applicant
    blocks = [
        P(f"Ausfertigung · {c.court_name}", size=9),
        Table(
            [["Aktenzeichen", c.court_az], ["Entscheidung vom", fmt_long(d.date)]],
            [0.3, 0.7],
            header=False,
            size=9,
        ),
        P("BESCHLUSS" if not c.asylum else "URTEIL", bold=True, size=13),
        P(
            f"im Rechtsstreit {a.full} ./. {f'Bundesrepublik Deutschland (BAMF-{c.bamf_site[0]})' if c.asylum else c.abh}"
        ),
        P("Tenor", bold=True, after=1),
        P(
            "1. Die Klage bleibt ohne Erfolg.\n2. Kosten: Klägerseite."
            if c.asylum
            else "1. Der Eilantrag bleibt erfolglos.\n2. Kosten: Antragstellerseite.\n3. Streitwert: 2.500 €."
        ),
        P("Gründe", bold=True, after=1),
        P(
            "Das Gericht nimmt auf die zutreffende Begründung der angefochtenen Entscheidung Bezug. Neue Gesichtspunkte hat die Begründung der Klage nicht aufgezeigt."
        ),
        P(
            "Gegen diese Entscheidung gibt es kein Rechtsmittel."
            if not c.asylum
            else "Die Berufung wird nicht zugelassen."
        ),
        P("Beglaubigt – Urkundsbeamtin der Geschäftsstelle", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ strafrecht ============================


@tpl("strafrecht", "o12a", SPLIT)
def straf_o12a(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12),
        P(
            f"Geschäftsnummer: {r.randint(10, 99)} Cs {r.randint(100, 999)}/{d.date.year % 100} · Staatsanwaltschaft {c.court_city} {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
            size=8.5,
        ),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P("STRAFBEFEHL", bold=True, size=14, align="center"),
        P(
            f"gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}, wohnhaft {c.adresse}"
        ),
        P(f"Ermittelt wurde gegen Sie wegen {off}."),
        P(f"Das Gericht verhängt deshalb gegen Sie eine Geldstrafe in Höhe von {sentence}."),
        P(
            "Einspruch ist binnen zweier Wochen nach Zustellung möglich, schriftlich beim Amtsgericht oder mündlich zur Niederschrift. Ohne fristgerechten Einspruch ist der Strafbefehl wie ein Urteil vollstreckbar.",
            size=9,
        ),
        P(f"{r.choice(['Weiland', 'Hübscher', 'Tamm'])}, Richter/in am Amtsgericht", align="right"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("strafrecht", "o12b", SPLIT)
def straf_o12b(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P("Bundeszentralregister beim Bundesamt für Justiz · 53094 Bonn", bold=True, size=11),
        P("Behördenführungszeugnis (Belegart O)", bold=True),
        Table(
            [
                ["Familienname", a.name],
                ["Vornamen", a.vorname],
                ["Geburtstag und Geburtsort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Anschrift", c.adresse],
            ],
            [0.32, 0.68],
            header=False,
            size=9,
        ),
        P("Inhalt der Eintragung:", bold=True, after=1),
        P(
            f"Eintragung 1: Entscheidung vom {fmt(c.criminal_date)} – Amtsgericht {c.court_city} – Strafbefehl wegen {off} – Geldstrafe: {sentence}."
        ),
        P(f"Erteilt am {fmt(d.date + timedelta(days=r.randint(30, 90)))}", size=9),
    ]
    return DocSpec(blocks, _st(r, "mono", size=9))


# ============================ identitaetsnachweis ============================


@tpl("identitaetsnachweis", "o12a", SPLIT)
def id_o12a(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("Kopie – Reisepass (Datenseite)", size=8, font="italic"),
        Box(
            [
                f"{c.natinfo['land'].upper()} · PASSPORT · P · {_mrz_code(c)}",
                f"Nom / Surname: {a.name.upper()}",
                f"Prénoms / Given names: {a.vorname.upper()}",
                f"Nationality: {c.natinfo['en'].upper()}",
                f"Date of birth: {a.geburtsdatum.strftime('%d %b %Y').upper()}",
                f"Place of birth: {a.geburtsort.upper()}",
                f"Sex: {'M' if a.sex == 'm' else 'F'}    Date of issue: {d.date.strftime('%d %b %Y').upper()}",
                f"Date of expiry: {(d.date + timedelta(days=1825)).strftime('%d %b %Y').upper()}",
            ],
            size=9.5,
        ),
        Space(14),
        P(l1, font="mono", size=10.5, after=0),
        P(l2, font="mono", size=10.5),
    ]
    return DocSpec(blocks, _st(r, "sans"))


def _mrz_code(c: Case) -> str:
    return _mrz(c)[0][2:5]


@tpl("identitaetsnachweis", "o12b", SPLIT)
def id_o12b(c, d, r):
    a = c.applicant
    blocks = [
        P("Beglaubigte Übersetzung aus der Landessprache", size=9, font="italic"),
        P(f"Auszug aus dem Geburtenregister – {c.natinfo['land']}", bold=True, size=12, align="center"),
        P(f"Registernummer {r.randint(100, 9999)}/{a.geburtsdatum.year}", align="center", size=9),
        Table(
            [
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geboren (Tag, Ort)", f"{fmt_long(a.geburtsdatum)}, {a.geburtsort}"],
                ["Name des Vaters", f"{r.choice(c.natinfo['m'])} {a.name}"],
                ["Name der Mutter", f"{r.choice(c.natinfo['f'])} {r.choice(c.natinfo['nach'])}"],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P(
            f"Die Übereinstimmung mit der vorgelegten Urkunde bescheinige ich. {_city(c)}, {fmt(d.date)}",
            size=9,
        ),
        P(
            f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, allgemein beeidigte Dolmetscherin",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ============================ sonstiges ============================


@tpl("sonstiges", "anhoerung_o12a", SPLIT)
def sonst_anhoerung_o12a(c, d, r):
    """An invitation to the BAMF hearing (asylum cases only)."""
    site = c.bamf_site
    when = d.date + timedelta(days=r.randint(10, 25))
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8.5),
        P(f"Gesch.-Z.: {c.bamf_gz}", size=9, align="right", after=0),
        P(fmt(d.date), size=9, align="right"),
    ]
    blocks += _addressee(c)
    blocks += [
        Space(10),
        P("Einladung: Anhörung zu Ihren Asylgründen", bold=True, size=12),
        P(
            f"Ihr Termin: {fmt_long(when)}, {r.choice(['8:30', '9:00', '10:15', '13:00'])} Uhr, persönliches Erscheinen in der {site[0]} ist erforderlich."
        ),
        P(
            "Bringen Sie bitte Ihren Ankunftsnachweis, vorhandene Identitätspapiere und alle Belege zu Ihrem Vorbringen mit. Eine Sprachmittlung wird gestellt."
        ),
        P(
            "Bleiben Sie dem Termin unentschuldigt fern, ergeht die Entscheidung allein anhand der Aktenlage.",
            size=9,
        ),
        P("Im Auftrag"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sonstiges", "kasse_o12a", SPLIT)
def sonst_kasse_o12a(c, d, r):
    """A health insurer's membership certificate."""
    a = c.applicant
    blocks = [
        P(
            f"{r.choice(['Rheinische Betriebskrankenkasse', 'Gesundheitskasse Westfalen', 'BKK Ruhrtal'])} · Servicezentrum {_city(c)}",
            bold=True,
        ),
        P("Mitgliedsbescheinigung", bold=True, size=13),
        P(
            f"Hiermit wird bescheinigt: {a.full}, geb. {fmt(a.geburtsdatum)}, {c.adresse}, ist bei uns versichert."
        ),
        Table(
            [
                ["Versichertennummer", f"{a.name[0].upper()}{r.randint(100000000, 999999999)}"],
                ["Versicherungsart", r.choice(["Pflichtversicherung", "Familienversicherung"])],
                ["versichert seit", fmt(c.entry + timedelta(days=r.randint(300, 800)))],
            ],
            [0.4, 0.6],
            header=False,
            size=9,
        ),
        P(
            f"Ausgestellt am {fmt(d.date)}. Automatisch erzeugt – gültig auch ohne Unterschrift und Stempel.",
            size=9,
        ),
    ]
    return DocSpec(blocks, _st(r, "sans"))
