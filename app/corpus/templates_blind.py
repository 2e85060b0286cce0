"""Templates of the `blind` split: a third held-out set, written once and never tuned against; do not read."""

from __future__ import annotations

import random
import zlib
from datetime import date, timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Table
from hfk.corpus.scenario import Case, DocPlan
from hfk.corpus.templates import _child, _mrz, style, tpl
from hfk.corpus.text_antrag import fmt, fmt_en, fmt_long, month_year

SPLIT = "blind"
FEMALE_FIRST = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}
TOPIC_ORDER = ["lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"]

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


def _omit(c: Case, i: int, f: str) -> bool:
    return c.omitted.get(i) == f


def _rep_title(c: Case) -> str:
    first = c.rep.person.split()[0] if c.rep else ""
    return "Rechtsanwältin" if first in FEMALE_FIRST else "Rechtsanwalt"


def _rep_lines(c: Case) -> list[str]:
    rp = c.rep
    if rp is None:
        return [c.applicant.full, c.street, f"{c.plz} {c.city}"]
    if rp.kind == "privat":
        return [rp.person, rp.street, rp.city]
    return [rp.org, rp.street, rp.city]


def _phone(seed: str) -> str:
    rr = random.Random("tel" + seed)
    return f"0{rr.randint(201, 989)} / {rr.randint(10, 99)} {rr.randint(100, 999)}-{rr.randint(0, 99):02d}"


def _head_blind(r: random.Random, lines: list[str], kind: int) -> list:
    """Letterheads of the blind split: a two-column block, a centred ribbon, or a left stack with rule."""
    if kind == 0:
        return [
            Table([[lines[0], "\n".join(lines[1:])]], [0.55, 0.45], header=False, grid=False, size=9),
            Rule(0.5),
            Space(8),
        ]
    if kind == 1:
        return [
            P(lines[0].upper(), size=12, bold=True, align="center", after=0),
            P(" – ".join(lines[1:]), size=8, align="center", after=2),
            Rule(0.4),
            Space(6),
        ]
    return (
        [P(lines[0], size=11, bold=True, after=0), Rule(1.5)]
        + [P(x, size=8, after=0) for x in lines[1:]]
        + [Space(12)]
    )


def _addressee(variant: int) -> list:
    lines = {
        0: [
            "Härtefallkommission des Landes NRW",
            "– Geschäftsstelle –",
            "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration",
            "Völklinger Straße 4",
            "40219 Düsseldorf",
        ],
        1: ["MKJFGFI NRW", "Geschäftsstelle Härtefallkommission", "Völklinger Str. 4", "40219 Düsseldorf"],
        2: ["An die Härtefallkommission NRW", "z. Hd. der Geschäftsstelle", "40190 Düsseldorf"],
    }[variant]
    return [P(x, after=0) for x in lines] + [Space(12)]


# ------------------------------------------------------------------ the Begründung, own wording


class _Voice:
    """Who tells the story: the applicant ("ich") or the representative (third person)."""

    def __init__(self, c: Case, first: bool) -> None:
        a = c.applicant
        m = a.sex == "m"
        self.first = first
        self.er = "ich" if first else ("er" if m else "sie")
        self.Er = self.er.capitalize() if not first else "Ich"
        self.subj = "Ich" if first else (f"Herr {a.name}" if m else f"Frau {a.name}")
        self.dat = "mir" if first else ("ihm" if m else "ihr")
        self.acc = "mich" if first else ("ihn" if m else "sie")
        self.pos = "mein" if first else ("sein" if m else "ihr")

    def v(self, first_form: str, third_form: str) -> str:
        return first_form if self.first else third_form


def _who_ill(c: Case, first: bool) -> str:
    p = c.persons[c.ill_person]
    if c.ill_person == 0:
        return "ich" if first else p.full
    if not first:
        return p.full
    if p.role == "spouse":
        return f"meine Frau {p.vorname}" if p.sex == "f" else f"mein Mann {p.vorname}"
    return f"mein Sohn {p.vorname}" if p.sex == "m" else f"meine Tochter {p.vorname}"


def _dative(who: str) -> str:
    if who == "ich":
        return "mir"
    if who.startswith("meine "):
        return "meiner " + who[6:]
    if who.startswith("mein "):
        return "meinem " + who[5:]
    return who


def _story(c: Case, r: random.Random, first: bool, df=fmt) -> dict[str, list[str]]:
    """Sentences per Begründung topic in the blind split's own wording; every trigger stated explicitly."""
    a = c.applicant
    v = _Voice(c, first)
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}

    # --- life story and entry
    L = t["lebensgeschichte"]
    born = []
    if not _omit(c, 0, "geburtsdatum"):
        born.append(f"am {df(a.geburtsdatum)}")
    if not _omit(c, 0, "geburtsort"):
        born.append(f"in {a.geburtsort}")
    where = " ".join(born)
    L.append(
        v.v(
            f"Ich komme aus {land} und wurde {where} geboren." if where else f"Ich komme aus {land}.",
            f"{v.subj} stammt aus {land}" + (f" und wurde {where} geboren." if where else "."),
        )
    )
    trade = r.choice(
        [
            "Näherin",
            "Automechaniker",
            "Hilfskraft auf dem Bau",
            "Verkäufer auf dem Markt",
            "Helfer in der Landwirtschaft",
        ]
    )
    L.append(
        r.choice(
            [
                v.v(
                    f"Nach wenigen Schuljahren musste ich die Familie unterstützen und arbeitete als {trade}.",
                    f"Nach wenigen Schuljahren musste {v.er} die Familie unterstützen und arbeitete als {trade}.",
                ),
                v.v(
                    "Meine Kindheit war von Armut und Unsicherheit geprägt; eine Ausbildung konnte ich nicht abschließen.",
                    f"Die Kindheit war von Armut und Unsicherheit geprägt; eine Ausbildung konnte {v.er} nicht abschließen.",
                ),
            ]
        )
    )
    if c.einreiseverbot:
        L.append(
            v.v(
                f"Schon einmal hatte ich in Deutschland gelebt; {c.entry.year - 2} wurde ich abgeschoben. "
                f"Obwohl das damals angeordnete Einreise- und Aufenthaltsverbot nach § 11 AufenthG noch galt, kam ich am {df(c.entry)} zurück.",
                f"{v.subj} hatte schon früher in Deutschland gelebt und wurde {c.entry.year - 2} abgeschoben. "
                f"Trotz des fortbestehenden Einreise- und Aufenthaltsverbots (§ 11 AufenthG) reiste {v.er} am {df(c.entry)} wieder ein.",
            )
        )
    else:
        fam = len(c.persons) > 1
        L.append(
            r.choice(
                [
                    v.v(
                        f"Am {df(c.entry)} kam ich{' zusammen mit meiner Familie' if fam else ''} in Deutschland an.",
                        f"Am {df(c.entry)} erreichte {v.er}{' gemeinsam mit der Familie' if fam else ''} Deutschland.",
                    ),
                    v.v(
                        f"{'Die Flucht endete mit der' if c.asylum else 'Es folgte die'} Einreise nach Deutschland am {df(c.entry)}.",
                        f"Die Einreise in das Bundesgebiet erfolgte am {df(c.entry)}.",
                    ),
                ]
            )
        )

    # --- residence status
    S = t["aufenthaltssituation"]
    if c.asylum:
        gz_word = r.choice(["Gesch.-Z.", "Geschäftszeichen", "Az."])
        S.append(
            v.v(
                f"Meinen Asylantrag stellte ich am {df(c.asylum_applied)}. Das Bundesamt für Migration und Flüchtlinge lehnte ihn mit Bescheid vom {df(c.bamf_date)} ab ({gz_word} {c.bamf_gz}).",
                f"Der Asylantrag vom {df(c.asylum_applied)} wurde vom Bundesamt für Migration und Flüchtlinge mit Bescheid vom {df(c.bamf_date)}, {gz_word} {c.bamf_gz}, abgelehnt.",
            )
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Gegen den Bescheid wurde Klage erhoben; das Verfahren beim {c.court_name} (Az. {c.court_az}) ist noch nicht entschieden."
                )
            else:
                S.append(
                    f"Die Klage blieb erfolglos: Das {c.court_name} wies sie mit Urteil vom {df(c.court_date)}, Az. {c.court_az}, ab."
                )
    else:
        S.append(
            v.v(
                f"Ich bin mit einem Visum zum Zweck {c.visa_purpose} eingereist. Meine Aufenthaltserlaubnis hat die Ausländerbehörde später nicht mehr verlängert.",
                f"{v.subj} kam mit einem Visum zum Zweck {c.visa_purpose}. Eine Verlängerung der Aufenthaltserlaubnis lehnte die Ausländerbehörde ab.",
            )
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Über den Rechtsbehelf gegen diese Entscheidung hat das {c.court_name} ({c.court_az}) noch nicht entschieden."
                )
            else:
                S.append(
                    f"Einen Eilantrag dagegen lehnte das {c.court_name} mit Beschluss vom {df(c.court_date)} ({c.court_az}) ab."
                )
    if c.gestattung:
        S.append(
            v.v(
                "Weil mein Asylverfahren noch läuft, habe ich eine Aufenthaltsgestattung.",
                f"Da das Asylverfahren noch nicht abgeschlossen ist, ist {v.er} im Besitz einer Aufenthaltsgestattung.",
            )
        )
    else:
        S.append(
            r.choice(
                [
                    v.v(
                        "Ich bin ausreisepflichtig und habe nur eine Duldung.",
                        f"{v.Er} ist ausreisepflichtig; die Abschiebung ist lediglich ausgesetzt (Duldung).",
                    ),
                    v.v(
                        "Seitdem bekomme ich Kettenduldungen, meist für drei Monate.",
                        f"Seitdem erhält {v.er} Kettenduldungen nach § 60a AufenthG, meist für drei Monate.",
                    ),
                ]
            )
        )
    S.append(
        r.choice(
            [
                f"Die Ausländerakte wird geführt von: {c.abh}.",
                f"Zuständige Ausländerbehörde: {c.abh}.",
                f"Ausländerbehördlich zuständig ist {c.abh}.",
            ]
        )
    )
    if c.s58a:
        S.append(f"Außerdem liegt eine Abschiebungsanordnung nach § 58a AufenthG gegen {v.acc} vor.")
    if c.rueckfuehrung:
        S.append(
            r.choice(
                [
                    f"Die Sache ist eilig: Die Ausländerbehörde hat die Rückführung für den {df(c.rueckfuehrung)} angekündigt.",
                    f"Ein Abschiebungstermin steht bereits fest, nämlich der {df(c.rueckfuehrung)}.",
                ]
            )
        )
    if c.criminal:
        off, sentence = c.offence
        S.append(
            v.v(
                f"Ich will nicht verschweigen, dass das Amtsgericht {c.court_city} am {df(c.criminal_date)} einen Strafbefehl gegen mich erlassen hat, wegen {off}, Geldstrafe von {sentence}.",
                f"Offen angesprochen sei, dass das Amtsgericht {c.court_city} am {df(c.criminal_date)} einen Strafbefehl wegen {off} erlassen hat (Geldstrafe von {sentence}).",
            )
        )

    # --- family
    F = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        s = sp[0]
        F.append(
            v.v(
                f"Ich bin mit {s.full} verheiratet; wir leben zusammen.",
                f"{v.subj} ist mit {s.full} verheiratet, die Eheleute leben in einem Haushalt.",
            )
        )
    if kids:
        names = ", ".join(k.vorname for k in kids)
        F.append(
            v.v(
                f"Unsere {'Kinder' if len(kids) > 1 else 'Tochter' if kids[0].sex == 'f' else 'Sohn'} {names} {'kennen' if len(kids) > 1 else 'kennt'} fast nur Deutschland.",
                f"Zur Familie gehören die Kinder {names}, die hier ihren Lebensmittelpunkt haben."
                if len(kids) > 1
                else f"Zur Familie gehört das Kind {names}, das hier seinen Lebensmittelpunkt hat.",
            )
        )
    F.append(
        r.choice(
            [
                f"In {land} gibt es keine engen Verwandten mehr, nur {r.choice(['eine Großtante', 'einen Cousin', 'ehemalige Nachbarn'])}. Hier in Deutschland lebt {r.choice(['eine Schwester mit Niederlassungserlaubnis', 'ein eingebürgerter Onkel', 'ein Bruder mit seiner Familie'])}.",
                f"Die Eltern sind verstorben. Ein Bruder lebt noch in {land}, der Kontakt ist aber abgerissen; in {c.city_or_nrw()} wohnt {r.choice(['eine Cousine', 'ein Neffe', 'die Tante'])} mit deutschem Pass.",
            ]
        )
    )

    # --- integration
    G = t["integration"]
    G.append(
        r.choice(
            [
                v.v(
                    "Ich habe Deutsch bis zum Niveau B1 gelernt und den Orientierungskurs bestanden.",
                    f"{v.Er} hat Deutsch bis Niveau B1 gelernt und den Orientierungskurs bestanden.",
                ),
                v.v(
                    "Deutsch habe ich im Integrationskurs und im Alltag gelernt.",
                    f"Deutsch hat {v.er} im Integrationskurs und im Alltag gelernt; eine Verständigung ist problemlos möglich.",
                ),
            ]
        )
    )
    if c.ausbildung:
        job = r.choice(["Fachkraft für Lagerlogistik", "Kfz-Mechatroniker", "Pflegefachkraft", "Koch"])
        G.append(
            r.choice(
                [
                    v.v(
                        f"Seit August {c.received.year - 1} mache ich eine Ausbildung als {job}; der Betrieb hat eine Ausbildungsduldung (§ 60c AufenthG) unterstützt.",
                        f"Seit August {c.received.year - 1} macht {v.er} eine Ausbildung als {job}; eine Ausbildungsduldung nach § 60c AufenthG kommt in Betracht.",
                    ),
                    f"Der Ausbildungsvertrag ({job}) ist von der Kammer eingetragen, so dass die Erteilung einer Ausbildungsduldung gemäß § 60c AufenthG möglich wäre.",
                ]
            )
        )
    else:
        G.append(
            v.v(
                f"Seit {r.randint(2019, c.received.year - 1)} arbeite ich als {c.job} bei {c.employer} und brauche keine Sozialleistungen.",
                f"Seit {r.randint(2019, c.received.year - 1)} ist {v.er} bei {c.employer} als {c.job} beschäftigt und sichert den Lebensunterhalt ohne Sozialleistungen.",
            )
        )
    G.append(
        v.v(
            f"Ehrenamtlich bin ich aktiv ({c.club}).",
            f"Ehrenamtlich ist {v.er} ebenfalls aktiv ({c.club}).",
        )
    )
    kids_school = c.school_age()
    if kids_school:
        names = ", ".join(k.vorname for k in kids_school[:-1])
        names = f"{names} und {kids_school[-1].vorname}" if names else kids_school[-1].vorname
        G.append(
            f"{names} {'sind' if len(kids_school) > 1 else 'ist'} in der Einrichtung „{c.school}“ gut angekommen und {'haben' if len(kids_school) > 1 else 'hat'} dort viele Freunde."
        )

    # --- urgent humanitarian reasons
    H = t["humanitaere_gruende"]
    if c.illness:
        code, dname, _ = c.diagnosis
        who = _who_ill(c, first)
        if r.random() < 0.5:
            verb = "leide" if who == "ich" else "leidet"
            H.append(
                f"{who[0].upper() + who[1:]} {verb} {N.ILLNESS_PHRASES[code]}; die Behandlung läuft regelmäßig."
            )
        else:
            H.append(
                f"Bei {_dative(who)} wurde fachärztlich eine {dname} (ICD-10 {code.split()[0]}) festgestellt, die dauerhaft behandelt wird."
            )
        H.append(f"In {land} wäre diese Behandlung weder erreichbar noch bezahlbar.")
    H.append(
        r.choice(
            [
                v.v(
                    f"Eine Rückkehr nach {land} würde bedeuten, alles zu verlieren, was ich hier aufgebaut habe.",
                    f"Eine Rückkehr nach {land} würde alles zerstören, was {v.er} hier aufgebaut hat; eine Lebensgrundlage gibt es dort nicht.",
                ),
                f"Die Lebensumstände in {land} sind so, dass eine Rückkehr unzumutbar ist.",
            ]
        )
    )
    return t


COUNTRY_EN = {
    "Albanien": "Albania",
    "Irak": "Iraq",
    "Serbien": "Serbia",
    "Russische Föderation": "Russia",
    "Türkei": "Turkey",
    "Georgien": "Georgia",
    "Armenien": "Armenia",
    "Syrien": "Syria",
}


def _story_en(c: Case, r: random.Random, df=fmt_en) -> dict[str, list[str]]:
    a = c.applicant
    land = COUNTRY_EN.get(c.natinfo["land"], c.natinfo["land"])
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    bits = []
    if not _omit(c, 0, "geburtsdatum"):
        bits.append(f"on {df(a.geburtsdatum)}")
    if not _omit(c, 0, "geburtsort"):
        bits.append(f"in {a.geburtsort}")
    t["lebensgeschichte"].append(f"I come from {land}." + (f" I was born {' '.join(bits)}." if bits else ""))
    t["lebensgeschichte"].append("I left school early to help my parents.")
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"I lived in Germany before and was deported in {c.entry.year - 2}. I came back on {df(c.entry)} although the entry and residence ban (§ 11 AufenthG) was still valid."
        )
    else:
        t["lebensgeschichte"].append(f"I arrived in Germany on {df(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My asylum claim of {df(c.asylum_applied)} was refused by the Federal Office for Migration and Refugees (BAMF) on {df(c.bamf_date)}, reference number {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"The court case at the {c.court_name} ({c.court_az}) {'is still open' if c.court_pending else 'was lost'}."
            )
    else:
        s.append(f"I entered with a visa ({c.visa_purpose}); later my residence permit was not renewed.")
        if c.court:
            s.append(
                f"My case at the {c.court_name} ({c.court_az}) {'is still open' if c.court_pending else 'was lost'}."
            )
    s.append(
        "I still have an Aufenthaltsgestattung because the asylum procedure is not finished."
        if c.gestattung
        else "Now I only have a Duldung."
    )
    s.append(f"My file is with the foreigners office: {c.abh}.")
    if c.s58a:
        s.append("There is a deportation order against me under § 58a AufenthG.")
    if c.rueckfuehrung:
        s.append(f"The authority told me that I will be deported on {df(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(
            f"I have to say that the local court in {c.court_city} gave me a penalty order (Strafbefehl) on {df(c.criminal_date)}; I paid the fine."
        )
    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    if sp:
        f.append(f"I am married to {sp[0].full}.")
    if c.children():
        f.append(f"Our children {', '.join(k.vorname for k in c.children())} feel at home here.")
    f.append(f"Nobody from my close family is left in {land}; an aunt of mine lives in Germany.")
    g = t["integration"]
    g.append("I learned German in the integration course.")
    if c.ausbildung:
        g.append(
            "I am an apprentice now, so a training toleration (Ausbildungsduldung, § 60c AufenthG) is possible."
        )
    else:
        g.append(f"I work for {c.employer} as {c.job}.")
    g.append(f"On weekends I help at {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I suffer" if c.ill_person == 0 else f"{p.vorname} suffers"
        h.append(f"{who} {N.ILLNESS_EN[c.diagnosis[0]]}; treatment is needed every week.")
    h.append(f"I cannot go back to {land}; there is no home and no work for me there.")
    return t


# ------------------------------------------------------------------ persons blocks (own formats)


def _relation(p, lang: str = "de") -> str:
    if lang == "en":
        return {
            "applicant": "applicant",
            "spouse": "wife" if p.sex == "f" else "husband",
            "child": "daughter" if p.sex == "f" else "son",
        }[p.role]
    return {
        "applicant": "Antragsteller" if p.sex == "m" else "Antragstellerin",
        "spouse": "Ehefrau" if p.sex == "f" else "Ehemann",
        "child": "Tochter" if p.sex == "f" else "Sohn",
    }[p.role]


def _persons_family_table(c: Case, dfmt=d_plain) -> list:
    rows = [["Nr.", "Verhältnis", "Vorname, Name", "geb. am", "in", "Staatsang."]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                str(i + 1),
                _relation(p),
                f"{p.vorname} {p.name}",
                "" if _omit(c, i, "geburtsdatum") else dfmt(p.geburtsdatum),
                "" if _omit(c, i, "geburtsort") else p.geburtsort,
                "" if _omit(c, i, "staatsangehoerigkeit") else p.staat,
            ]
        )
    return [
        Table(rows, [0.06, 0.16, 0.28, 0.16, 0.16, 0.18], size=9),
        P(f"gemeinsame Anschrift: {c.adresse}", size=9.5),
    ]


def _persons_boxes(c: Case) -> list:
    out: list = []
    for i, p in enumerate(c.persons):
        lines = [f"Person {i + 1} – {_relation(p)}", f"Familienname: {p.name}    Vorname(n): {p.vorname}"]
        dob = "" if _omit(c, i, "geburtsdatum") else fmt(p.geburtsdatum)
        pob = "" if _omit(c, i, "geburtsort") else p.geburtsort
        lines.append(f"Geburtsdatum: {dob or '____________'}    Geburtsort: {pob or '____________'}")
        nat = "" if _omit(c, i, "staatsangehoerigkeit") else p.staat
        lines.append(f"Staatsangehörigkeit: {nat or '____________'}")
        if i == 0:
            lines.append(f"Wohnanschrift: {c.adresse}")
        out.append(Box(lines, size=9))
        out.append(Space(4))
    if len(c.persons) > 1:
        out.append(P("Die weiteren Personen wohnen unter derselben Anschrift.", size=9))
    return out


def _persons_running(c: Case) -> list:
    a = c.applicant
    bits = []
    for i, p in enumerate(c.persons):
        s = p.full if i else (("Herr " if a.sex == "m" else "Frau ") + a.full)
        born = []
        if not _omit(c, i, "geburtsdatum"):
            born.append(f"am {fmt_long(p.geburtsdatum)}")
        if not _omit(c, i, "geburtsort"):
            born.append(f"in {p.geburtsort}")
        if born:
            s += f" (geboren {' '.join(born)}"
            s += f", Staatsangehörigkeit {p.staat})" if not _omit(c, i, "staatsangehoerigkeit") else ")"
        elif not _omit(c, i, "staatsangehoerigkeit"):
            s += f" (Staatsangehörigkeit {p.staat})"
        if i:
            s = (
                f"{'seine' if a.sex == 'm' else 'ihre'} {_relation(p)} {s}"
                if p.role != "child"
                else f"{'die Tochter' if p.sex == 'f' else 'der Sohn'} {s}"
            )
        bits.append(s)
    text = "Der Antrag betrifft " + bits[0]
    if len(bits) > 1:
        text += ", außerdem " + ", ".join(bits[1:-1]) + (" sowie " if len(bits) > 2 else "") + bits[-1]
    text += f". Anschrift der Familie: {c.adresse}." if len(bits) > 1 else f", wohnhaft {c.adresse}."
    return [P(text)]


def _persons_comma_lines(c: Case) -> list:
    out = [P("Name, Vorname, Geburtsdatum, Geburtsort, Staatsangehörigkeit:", size=9, after=2)]
    for i, p in enumerate(c.persons):
        parts = [p.name.upper(), p.vorname]
        parts.append("" if _omit(c, i, "geburtsdatum") else fmt(p.geburtsdatum))
        parts.append("" if _omit(c, i, "geburtsort") else p.geburtsort)
        parts.append("" if _omit(c, i, "staatsangehoerigkeit") else p.staat)
        out.append(P(", ".join(parts), indent=10, after=1))
    out.append(P(f"Anschrift: {c.adresse}", indent=10))
    return out


# ------------------------------------------------------------------ antrag (German)


def _opening(c: Case, r: random.Random, variant: int) -> list[str]:
    a = c.applicant
    fam = len(c.persons) > 1
    if c.sender == "anwalt":
        return [
            [
                f"in der oben bezeichneten Angelegenheit zeige ich an, dass ich {a.herr_frau()}{' und die Familienangehörigen' if fam else ''} anwaltlich vertrete. Die Vollmacht liegt an.",
                f"Namens {'der Familie ' + a.name if fam else ('des Herrn ' if a.sex == 'm' else 'der Frau ') + a.full} wird beantragt, ein Härtefallersuchen gemäß § 23a Abs. 1 AufenthG an die oberste Landesbehörde zu richten.",
            ],
            [
                f"unter Vorlage einer auf uns lautenden Vollmacht vertreten wir {a.full}{' nebst Familie' if fam else ''} und bitten die Kommission, sich mit dem nachfolgend geschilderten Fall zu befassen."
            ],
            [
                f"für meine {'Mandanten' if fam else 'Mandantschaft'} – Vollmacht anbei – reiche ich den folgenden Härtefallantrag ein."
            ],
        ][variant % 3]
    if c.sender == "beratungsstelle":
        return [
            [
                f"{a.herr_frau()} hat sich an unsere Beratungsstelle gewandt. In {'seinem' if a.sex == 'm' else 'ihrem'} Auftrag und mit beigefügter Vollmacht legen wir der Härtefallkommission den Fall vor."
            ],
            [
                f"wir begleiten {a.full}{' und die Familie' if fam else ''} seit längerer Zeit in unserer Verfahrensberatung und stellen hiermit in Vertretung einen Antrag nach § 23a AufenthG."
            ],
            [
                f"in Vertretung von {a.full} (Vollmacht siehe Anlage) wenden wir uns mit der Bitte an Sie, den Fall in der Kommission zu beraten."
            ],
        ][variant % 3]
    if c.sender == "privat":
        return [
            f"ich bin der {c.rep.relation} von {a.full}. Weil {'er' if a.sex == 'm' else 'sie'} selbst nicht gut genug Deutsch schreibt, schreibe ich in {'seinem' if a.sex == 'm' else 'ihrem'} Namen und mit {'seiner' if a.sex == 'm' else 'ihrer'} Vollmacht.",
            "Wir bitten darum, dass die Härtefallkommission sich mit der Situation befasst.",
        ]
    return [
        [
            f"hiermit stelle ich{' für mich und meine Familie' if fam else ''} einen Antrag bei der Härtefallkommission.",
            "Ich bitte darum, dass die Kommission die Ausländerbehörde um eine Aufenthaltserlaubnis für uns ersucht."
            if fam
            else "Ich bitte um ein Härtefallersuchen nach § 23a AufenthG.",
        ],
        [
            f"mein Name ist {a.full}. Ich wende mich an Sie, weil ich keinen anderen Weg mehr sehe, in Deutschland bleiben zu dürfen."
        ],
        [f"ich möchte{' für meine Familie und mich' if fam else ''} einen Härtefallantrag stellen."],
    ][variant % 3]


def _letter_top(
    c: Case, r: random.Random, d: DocPlan, date_text: str, addressee: int, head_kind: int
) -> list:
    blocks: list = []
    if c.sender == "applicant":
        blocks += [
            P(c.applicant.full, bold=True, after=0),
            P(c.street, after=0),
            P(f"{c.plz} {c.city}", after=0),
            Space(14),
        ]
    else:
        lines = _rep_lines(c) + [f"Telefon {_phone(c.rep.org)}"]
        if c.rep.kind == "anwalt":
            lines.insert(1, f"{c.rep.person}, {_rep_title(c)}")
        elif c.rep.kind == "beratungsstelle":
            lines.insert(1, f"Ansprechpartner/in: {c.rep.person}")
        blocks += _head_blind(r, lines, head_kind)
    blocks += _addressee(addressee)
    blocks.append(P(date_text, align="right"))
    return blocks


def _signoff(c: Case) -> list:
    if c.sender == "applicant":
        return [P("Mit freundlichen Grüßen", after=2), Signature(c.applicant.full)]
    if c.sender == "anwalt":
        return [P("Mit freundlichen Grüßen", after=2), Signature(f"{c.rep.person}, {_rep_title(c)}")]
    return [P("Freundliche Grüße", after=2), Signature(c.rep.person)]


def _place(c: Case) -> str:
    return c.city if c.sender == "applicant" else c.rep.city.split(" ", 1)[1]


@tpl("antrag", "x1", SPLIT)
def antrag_x1(c, d, r):
    """A lawyer-style brief: subject block, roman numerals, persons in a family table with relation column."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks = _letter_top(c, r, d, f"{_place(c)}, den {fmt_long(d.date)}", 0, r.randint(0, 2))
    blocks.append(P(f"Härtefallsache {c.applicant.name}, {c.applicant.vorname}", bold=True, after=0))
    blocks.append(P("hier: Antrag auf Befassung nach § 23a AufenthG", after=10))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    for x in _opening(c, r, 0):
        blocks.append(P(x))
    blocks.append(P("I. Betroffene Personen", bold=True))
    blocks += _persons_family_table(c)
    blocks.append(P("II. Sachverhalt", bold=True))
    sub = {
        "lebensgeschichte": "1. Herkunft und Einreise",
        "aufenthaltssituation": "2. Aufenthaltsrechtlicher Werdegang",
        "familie": "3. Familiäre Situation",
    }
    for topic in ("lebensgeschichte", "aufenthaltssituation", "familie"):
        if topic in c.topics:
            blocks.append(P(sub[topic], bold=True, after=1))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("III. Härtegründe", bold=True))
    if "integration" in c.topics:
        blocks.append(P("a) Verwurzelung in Deutschland", bold=True, after=1))
        blocks.append(P(" ".join(t["integration"])))
    blocks.append(
        P(
            "b) Dringende humanitäre Gründe" if "integration" in c.topics else "Dringende humanitäre Gründe",
            bold=True,
            after=1,
        )
    )
    blocks.append(P(" ".join(t["humanitaere_gruende"])))
    blocks.append(
        P(
            "Aus den genannten Gründen wird gebeten, ein Härtefallersuchen zu beschließen. Weitere Nachweise werden auf Anforderung vorgelegt."
        )
    )
    blocks += _signoff(c)
    blocks.append(P("Anlagen: gemäß gesondertem Verzeichnis", size=8.5))
    return DocSpec(blocks, style(r, r.choice(["serif", "sans"])), footer="– {p} –")


@tpl("antrag", "x2", SPLIT)
def antrag_x2(c, d, r):
    """Counselling style: question headings, status first, persons in framed form boxes."""
    first = c.sender == "applicant"
    t = _story(c, r, first, df=d_plain)
    blocks = _letter_top(c, r, d, f"{_place(c)}, {fmt(d.date)}", 1, r.randint(0, 2))
    blocks.append(P("Betreff: Härtefallantrag – Bitte um Beratung in der Kommission", bold=True))
    blocks.append(P("Sehr geehrte Mitglieder der Härtefallkommission,"))
    for x in _opening(c, r, 1):
        blocks.append(P(x))
    blocks.append(P("Angaben zu den Personen", bold=True, size=11))
    blocks += _persons_boxes(c)
    heads = {
        "aufenthaltssituation": "Wie ist der aufenthaltsrechtliche Stand?",
        "lebensgeschichte": "Woher kommt die Familie und wann kam sie nach Deutschland?"
        if len(c.persons) > 1
        else "Woher kommt die antragstellende Person?",
        "familie": "Welche familiären Bindungen bestehen?",
        "integration": "Wie ist die Integration gelungen?",
        "humanitaere_gruende": "Warum ist eine Rückkehr nicht zumutbar?",
    }
    for topic in (
        "aufenthaltssituation",
        "lebensgeschichte",
        "integration",
        "familie",
        "humanitaere_gruende",
    ):
        if topic in c.topics:
            blocks.append(P(heads[topic], bold=True, after=2))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(
        P(
            "Für Rückfragen erreichen Sie uns telefonisch zu den Sprechzeiten."
            if not first
            else "Für Fragen bin ich telefonisch erreichbar."
        )
    )
    blocks += _signoff(c)
    return DocSpec(blocks, style(r, "sans"), footer="Seite {p}/{n}" if r.random() < 0.5 else None)


@tpl("antrag", "x3", SPLIT)
def antrag_x3(c, d, r):
    """A personal letter without headings, told as one chronological story; persons in running text."""
    first = c.sender == "applicant"
    t = _story(c, r, first, df=fmt_long if r.random() < 0.5 else fmt)
    blocks = _letter_top(c, r, d, f"{_place(c)}, am {d_short(d.date)}", 2, 2)
    blocks.append(P("Antrag an die Härtefallkommission", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(" ".join(_opening(c, r, 2))))
    blocks += _persons_running(c)
    story = [s for topic in TOPIC_ORDER if topic in c.topics for s in t[topic]]
    # paragraphs of three or four sentences, no headings: how people write their own letters
    chunk: list[str] = []
    for s in story:
        chunk.append(s)
        if len(chunk) >= r.choice([3, 4]):
            blocks.append(P(" ".join(chunk)))
            chunk = []
    if chunk:
        blocks.append(P(" ".join(chunk)))
    blocks.append(P("Bitte helfen Sie uns. Vielen Dank." if first else "Wir danken für die Prüfung."))
    blocks += _signoff(c)
    return DocSpec(blocks, style(r, r.choice(["serif", "cond"])))


@tpl("antrag", "x4", SPLIT)
def antrag_x4(c, d, r):
    """A semi-form: numbered fields, one comma line per person, run-in topic labels, page x of y."""
    first = c.sender == "applicant"
    t = _story(c, r, first)
    blocks = _letter_top(c, r, d, f"Datum: {fmt(d.date)}", 1, 0)
    blocks.append(
        P(
            "ANTRAG gemäß § 23a AufenthG auf Aufnahme in das Härtefallverfahren",
            bold=True,
            size=11.5,
            align="center",
        )
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(" ".join(_opening(c, r, 1 if c.sender == "anwalt" else 0))))
    blocks.append(P("1 | Personalien", bold=True))
    blocks += _persons_comma_lines(c)
    labels = {
        "lebensgeschichte": "Herkunft/Einreise",
        "aufenthaltssituation": "Status",
        "familie": "Familie",
        "integration": "Integration",
        "humanitaere_gruende": "Härtegründe",
    }
    blocks.append(P("2 | Begründung", bold=True))
    for topic in (
        "lebensgeschichte",
        "familie",
        "aufenthaltssituation",
        "integration",
        "humanitaere_gruende",
    ):
        if topic in c.topics:
            blocks.append(P(f"{labels[topic]}: " + " ".join(t[topic])))
    blocks.append(P("3 | Anlagen", bold=True))
    blocks.append(P("Die Anlagen sind nummeriert beigefügt bzw. werden nachgereicht.", size=9.5))
    blocks += _signoff(c)
    return DocSpec(blocks, style(r, "cond"), footer="Seite {p} von {n}")


# ------------------------------------------------------------------ antrag (English)


@tpl("antrag", "en_x1", SPLIT)
def antrag_en_x1(c, d, r):
    t = _story_en(c, r, df=d_us)
    blocks = [P(c.applicant.full, after=0), P(c.adresse, after=0), Space(10)]
    blocks += [
        P(x, after=0)
        for x in ["Härtefallkommission NRW (Hardship Commission)", "Völklinger Str. 4", "40219 Düsseldorf"]
    ] + [Space(10)]
    blocks.append(P(d_us(d.date), align="right"))
    blocks.append(P("Subject: Hardship case application – § 23a Residence Act", bold=True))
    blocks.append(P("To whom it may concern,"))
    blocks.append(
        P("I am writing to ask the Hardship Commission to consider my case. The persons concerned are:")
    )
    rows = [["Surname", "Given name(s)", "Relationship", "Born on", "Place of birth", "Citizenship"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                p.name,
                p.vorname,
                _relation(p, "en"),
                "" if _omit(c, i, "geburtsdatum") else d_us(p.geburtsdatum),
                "" if _omit(c, i, "geburtsort") else p.geburtsort,
                "" if _omit(c, i, "staatsangehoerigkeit") else c.natinfo["en"],
            ]
        )
    blocks.append(Table(rows, [0.17, 0.17, 0.14, 0.18, 0.17, 0.17], size=8.5))
    blocks.append(P(f"We all live at {c.adresse}."))
    heads = {
        "lebensgeschichte": "Background",
        "aufenthaltssituation": "Legal situation",
        "familie": "My family",
        "integration": "Life in Germany",
        "humanitaere_gruende": "Why I ask for help",
    }
    for topic in TOPIC_ORDER:
        if topic in c.topics:
            blocks.append(P(heads[topic], bold=True, after=1))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("Sincerely,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, style(r, "sans"))


@tpl("antrag", "en_x2", SPLIT)
def antrag_en_x2(c, d, r):
    t = _story_en(c, r, df=fmt_en)
    blocks = [P(f"From: {c.applicant.full}, {c.adresse}", size=9.5), Space(6)]
    blocks.append(P("To the Hardship Commission of North Rhine-Westphalia, Düsseldorf", size=9.5))
    blocks.append(P(f"{c.city}, {fmt_en(d.date)}", align="right"))
    blocks.append(P("Dear members of the Commission,"))
    persons = []
    for i, p in enumerate(c.persons):
        s = ("I, " + p.full) if i == 0 else f"my {_relation(p, 'en')} {p.full}"
        if not _omit(c, i, "geburtsdatum"):
            s += f", born {fmt_en(p.geburtsdatum)}"
        if not _omit(c, i, "geburtsort"):
            s += f" in {p.geburtsort}"
        if not _omit(c, i, "staatsangehoerigkeit"):
            s += f", {c.natinfo['en']} citizen"
        persons.append(s)
    blocks.append(
        P(
            "This letter is written by "
            + "; ".join(persons)
            + f". Our address is {c.adresse}. We kindly ask for a hardship decision."
        )
    )
    for topic in TOPIC_ORDER:
        if topic in c.topics:
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("Thank you for reading my letter."))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ bamf_bescheid

_TENOR_FULL = [
    "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
    "Der Antrag auf Anerkennung als Asylberechtigte/r wird abgelehnt.",
    "Der subsidiäre Schutzstatus wird nicht zuerkannt.",
    "Ein Abschiebungsverbot nach § 60 Abs. 5 oder Abs. 7 Satz 1 AufenthG besteht nicht.",
    "Die antragstellende Person wird aufgefordert, die Bundesrepublik Deutschland binnen 30 Tagen nach Bekanntgabe dieser Entscheidung, im Falle einer Klageerhebung binnen 30 Tagen nach dem unanfechtbaren Abschluss des Asylverfahrens, zu verlassen. Andernfalls wird sie in den Herkunftsstaat abgeschoben.",
    "Das Einreise- und Aufenthaltsverbot gemäß § 11 Abs. 1 AufenthG wird angeordnet und auf 36 Monate ab dem Tag der Abschiebung befristet.",
]
_TENOR_SHORT = [
    "Der Asylantrag wird als unzulässig abgelehnt.",
    "Es wird festgestellt, dass Abschiebungsverbote nach § 60 Abs. 5 und 7 Satz 1 AufenthG nicht vorliegen.",
    "Die Abschiebung in den für die Durchführung des Asylverfahrens zuständigen Mitgliedstaat wird angeordnet.",
    "Das Einreise- und Aufenthaltsverbot wird angeordnet und auf 12 Monate ab dem Tag der Abschiebung befristet.",
]
_BAMF_GROUNDS = [
    "Die antragstellende Person, {nat}e Staatsangehörige, reiste am {entry} in das Bundesgebiet ein und beantragte am {applied} Asyl.",
    "In der persönlichen Anhörung gab sie an, sie habe das Heimatland wegen allgemeiner Unsicherheit und wirtschaftlicher Not verlassen. Eine gezielte Verfolgung wurde nicht geschildert.",
    "Der Antrag ist zulässig, aber unbegründet. Die Voraussetzungen des § 3 AsylG sind nicht erfüllt, denn es fehlt an einer Verfolgungshandlung, die an ein asylerhebliches Merkmal anknüpft.",
    "Soweit auf Übergriffe durch Dritte verwiesen wurde, bleibt der Vortrag oberflächlich. Nachfragen konnten nicht schlüssig beantwortet werden.",
    "Subsidiärer Schutz scheidet aus. Eine ernsthafte individuelle Bedrohung im Rahmen eines bewaffneten Konflikts ist für die Herkunftsregion nicht festzustellen.",
    "Auch ein nationales Abschiebungsverbot liegt nicht vor. Es ist davon auszugehen, dass das Existenzminimum durch eigene Erwerbstätigkeit und familiäre Unterstützung gesichert werden kann.",
    "Eine erhebliche konkrete Gefahr für Leib oder Leben aus gesundheitlichen Gründen ist nicht durch eine qualifizierte ärztliche Bescheinigung glaubhaft gemacht worden.",
    "Die Ausreiseaufforderung und Abschiebungsandrohung beruhen auf § 34 AsylG i. V. m. § 59 AufenthG; die Frist folgt aus § 38 Abs. 1 AsylG.",
    "Bei der Befristung des Einreise- und Aufenthaltsverbots wurden schutzwürdige Belange berücksichtigt; solche sind hier nicht ersichtlich.",
    "Die Erkenntnislage zum Herkunftsstaat ergibt sich aus den Lageberichten des Auswärtigen Amtes und weiteren allgemein zugänglichen Quellen.",
]
_RBB_X = (
    "Rechtsbehelfsbelehrung\nGegen diesen Bescheid kann innerhalb von zwei Wochen nach Zustellung beim Verwaltungsgericht {court} "
    "schriftlich oder zur Niederschrift des Urkundsbeamten der Geschäftsstelle Klage erhoben werden. Die Klage ist gegen die "
    "Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge, zu richten."
)


def _bamf_grounds(c: Case, d: DocPlan, r: random.Random) -> list:
    a = c.applicant
    n = d.extra.get("bamf_reasons", 6)
    out = []
    for i in range(n):
        src = _BAMF_GROUNDS[i % len(_BAMF_GROUNDS)]
        if c.bamf_tenor == 4 and src.startswith("Der Antrag ist zulässig"):
            src = "Der Antrag ist unzulässig, denn nach der Dublin-III-Verordnung ist ein anderer Mitgliedstaat für die Prüfung zuständig; ein Selbsteintritt ist nicht geboten."
        text = src.format(nat=a.staat, entry=fmt(c.entry), applied=fmt(c.asylum_applied))
        out.append(P(text))
    return out


def _bamf_common(c: Case, d: DocPlan, r: random.Random, variant: int) -> DocSpec:
    a = c.applicant
    site = c.bamf_site
    gz = c.bamf_gz
    city = site[2].split(" ", 1)[1]
    court = (c.court_name.replace("Verwaltungsgericht ", "") if c.court_name else "") or city
    blocks: list = []
    if variant == 0:
        blocks.append(
            Table(
                [["Bundesamt für Migration und Flüchtlinge", f"{site[0]}\n{site[1]}"], ["", site[2]]],
                [0.55, 0.45],
                header=False,
                grid=False,
                size=9,
            )
        )
        blocks.append(Rule(0.6))
        blocks.append(
            Table(
                [["Geschäftszeichen", gz], ["Datum", fmt(d.date)], ["bei Antwort bitte angeben", ""]],
                [0.35, 0.65],
                header=False,
                grid=True,
                size=9,
            )
        )
    elif variant == 1:
        blocks.append(P("BAMF", bold=True, size=18, after=0))
        blocks.append(
            P(f"Bundesamt für Migration und Flüchtlinge · {site[0]} · {site[1]} · {site[2]}", size=7.5)
        )
        blocks.append(P(f"{city}, {fmt_long(d.date)}", align="right", after=0))
        blocks.append(P(f"Gesch.-Z.: {gz} (bitte stets angeben)", align="right"))
    else:
        blocks.append(
            Box(["Bundesamt für Migration und Flüchtlinge", site[0], f"{site[1]}, {site[2]}"], size=9)
        )
        blocks.append(P(f"Az. / Gesch.-Z.: {gz}", bold=True, after=0))
        blocks.append(P(f"Datum: {fmt(d.date)}"))
    if c.sender == "anwalt" and c.rep and variant != 2:
        blocks += [P(x, after=0) for x in [c.rep.org, c.rep.street, c.rep.city]] + [Space(10)]
        blocks.append(P(f"Zustellung gegen Empfangsbekenntnis – Mandant/in: {a.full}", size=9))
    else:
        blocks += [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(10)]
    blocks.append(P("B E S C H E I D" if variant == 1 else "Bescheid", bold=True, size=14, align="center"))
    born = f"{fmt(a.geburtsdatum)} in {a.geburtsort}"
    if variant == 0:
        blocks.append(
            Table(
                [
                    ["Name", a.name],
                    ["Vorname", a.vorname],
                    ["geboren am / in", born],
                    ["Staatsangehörigkeit", a.staat],
                    ["Anschrift", c.adresse],
                ],
                [0.3, 0.7],
                header=False,
                grid=False,
            )
        )
        blocks.append(P("wird in dem Asylverfahren folgende Entscheidung getroffen:"))
    else:
        blocks.append(
            P(
                f"Über den Asylantrag von {a.vorname} {a.name.upper()}, geb. {born}, {a.staat}, Anschrift: {c.adresse}, entscheidet das Bundesamt wie folgt:"
            )
        )
    tenor = _TENOR_FULL if c.bamf_tenor == 6 else _TENOR_SHORT
    blocks.append(P("Tenor", bold=True, after=2) if variant != 1 else Space(2))
    for i, x in enumerate(tenor, 1):
        blocks.append(P(f"{i}. {x}", indent=14, after=3))
    blocks.append(P("Gründe" if variant != 2 else "Begründung", bold=True))
    blocks += _bamf_grounds(c, d, r)
    blocks.append(P(_RBB_X.format(court=court).split("\n")[0], bold=True, after=1))
    blocks.append(P(_RBB_X.format(court=court).split("\n")[1], size=9))
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(P(r.choice(["Lindemann", "Özdemir", "Krause", "Pohl", "Hartmann"]), after=0))
    blocks.append(P("Einzelentscheider/in" if variant != 0 else "Sachbearbeitung Asyl", size=9))
    footer = {0: "Seite {p} von {n}", 1: f"{gz} · Seite {{p}} von {{n}}", 2: "- Seite {p} von {n} -"}[variant]
    return DocSpec(
        blocks,
        style(r, {0: "sans", 1: "serif", 2: "cond"}[variant]),
        footer=footer,
        header=f"Geschäftszeichen {gz}" if variant == 0 else None,
    )


@tpl("bamf_bescheid", "x1", SPLIT)
def bamf_x1(c, d, r):
    return _bamf_common(c, d, r, 0)


@tpl("bamf_bescheid", "x2", SPLIT)
def bamf_x2(c, d, r):
    return _bamf_common(c, d, r, 1)


@tpl("bamf_bescheid", "x3", SPLIT)
def bamf_x3(c, d, r):
    return _bamf_common(c, d, r, 2)


# ------------------------------------------------------------------ aerztliches_gutachten


def _practice_lines(c: Case, r: random.Random) -> list[str]:
    return [
        c.practice,
        c.doctor,
        f"{r.choice(N.STREETS)} {r.randint(1, 90)}",
        c.court_city_plz(),
        f"Tel. {_phone(c.practice)}",
    ]


@tpl("aerztliches_gutachten", "x1", SPLIT)
def med_x1(c, d, r):
    """Specialist statement structured along § 60a Abs. 2c AufenthG."""
    p = c.persons[c.ill_person]
    code, name, sev = c.diagnosis
    blocks = _head_blind(r, _practice_lines(c, r), 0)
    blocks.append(P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"))
    blocks.append(P("Fachärztliche Stellungnahme gemäß § 60a Abs. 2c AufenthG", bold=True, size=12))
    blocks.append(P(f"Patient/in: {p.full}, geboren am {fmt(p.geburtsdatum)}, wohnhaft {c.adresse}"))
    sections = [
        (
            "1. Tatsächliche Umstände der Begutachtung",
            f"Die Patientin/der Patient ist seit {month_year(c.entry + timedelta(days=500))} in unserer Behandlung; es fanden bislang {r.randint(9, 40)} Termine statt, zuletzt am {fmt(d.date - timedelta(days=r.randint(1, 9)))}.",
        ),
        (
            "2. Methode der Tatsachenerhebung",
            "Klinische Exploration mit Dolmetscher, psychopathologischer Befund, Fremdanamnese, standardisierte Fragebögen.",
        ),
        ("3. Fachlich-medizinische Beurteilung (Diagnose)", f"{name} – ICD-10: {code}"),
        ("4. Schweregrad", f"Der Schweregrad ist als {sev} zu beurteilen."),
        (
            "5. Folgen der Erkrankung / Behandlung",
            f"Aktuell {', '.join(r.sample(N.MEDICATION, 2))}. Ohne Weiterbehandlung ist mit einer deutlichen Verschlechterung bis hin zu krisenhaften Zuspitzungen zu rechnen.",
        ),
    ]
    for h, x in sections:
        blocks.append(P(h, bold=True, after=1))
        blocks.append(P(x))
    blocks.append(Signature(c.doctor, "Facharzt/Fachärztin"))
    return DocSpec(blocks, style(r, "serif"), footer="Seite {p} von {n}")


@tpl("aerztliches_gutachten", "x2", SPLIT)
def med_x2(c, d, r):
    """A short certificate on a practice pad."""
    p = c.persons[c.ill_person]
    code, name, _ = c.diagnosis
    blocks = [
        P(c.practice, bold=True, size=10, align="center", after=0),
        P(f"{c.court_city_plz()} · Tel. {_phone(c.practice)}", size=8, align="center"),
        Rule(0.5),
    ]
    blocks.append(P("ATTEST", bold=True, size=16, align="center"))
    blocks.append(P(f"zur Vorlage bei Behörden · ausgestellt am {d_short(d.date)}", size=9, align="center"))
    blocks.append(
        P(
            f"{p.herr_frau()}, geb. {d_plain(p.geburtsdatum)}, steht in meiner regelmäßigen ärztlichen Betreuung. "
            f"Es besteht folgende Diagnose: {code.split()[0]} {name} (gesichert)."
        )
    )
    blocks.append(
        P(
            "Eine kontinuierliche Behandlung und Medikation sind erforderlich; Kontrolltermine finden monatlich statt."
        )
    )
    blocks.append(Signature(c.doctor, f"{c.city_or_nrw()}, {d_short(d.date)}"))
    return DocSpec(blocks, style(r, "sans"))


@tpl("aerztliches_gutachten", "x3", SPLIT)
def med_x3(c, d, r):
    """A hospital discharge letter."""
    p = c.persons[c.ill_person]
    code, name, sev = c.diagnosis
    clinic = f"Evangelisches Krankenhaus {c.city_or_nrw()}"
    blocks = [
        P(clinic, bold=True, size=12, after=0),
        P("Klinik für Innere Medizin und Psychosomatik · Chefarzt Prof. Dr. med. H. Albers", size=8.5),
        Rule(1.0),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P("Entlassungsbericht", bold=True, size=13),
        P(
            f"über {p.full}, * {fmt(p.geburtsdatum)}, stationär vom {fmt(d.date - timedelta(days=r.randint(10, 30)))} bis {fmt(d.date - timedelta(days=1))}"
        ),
        P("Entlassungsdiagnosen:", bold=True, after=1),
        P(f"• {name} ({code})", indent=10, after=1),
        P("• psychosoziale Belastungssituation (Z65.8)", indent=10),
        P("Verlauf:", bold=True, after=1),
        P(
            f"Die Aufnahme erfolgte über die Notaufnahme. Unter der Therapie kam es zu einer leichten Stabilisierung; die Erkrankung ist insgesamt als {sev} einzuschätzen."
        ),
        P("Empfehlung:", bold=True, after=1),
        P(
            f"Fortführung der Medikation ({', '.join(r.sample(N.MEDICATION, 2))}), ambulante fachärztliche Anbindung, Wiedervorstellung bei Verschlechterung."
        ),
        P("Mit freundlichen kollegialen Grüßen"),
        Signature(c.doctor, "Oberarzt/Oberärztin"),
    ]
    return DocSpec(blocks, style(r, "sans"), footer=f"{clinic} – Seite {{p}}")


# ------------------------------------------------------------------ vollmacht


def _rep_or_default(c: Case) -> tuple[str, str, str]:
    if c.rep:
        who = c.rep.org if c.rep.kind != "privat" else c.rep.person
        return who, c.rep.street, c.rep.city
    return "Flüchtlingsberatung", "Hauptstraße 1", "40210 Düsseldorf"


@tpl("vollmacht", "x1", SPLIT)
def vollmacht_x1(c, d, r):
    who, street, city = _rep_or_default(c)
    a = c.applicant
    blocks = [
        P("VOLLMACHT", bold=True, size=16),
        P("Hiermit bevollmächtige(n) ich/wir", after=2),
        Box([who, f"{street}, {city}"], size=10),
        P(
            f"in der Angelegenheit {a.name} wegen: Härtefallverfahren nach § 23a AufenthG, aufenthaltsrechtliche Angelegenheiten",
            after=4,
        ),
        P("Die Vollmacht umfasst insbesondere die Befugnis", after=1),
    ]
    for x in [
        "a) zur Vertretung gegenüber der Härtefallkommission, Ausländerbehörden und sonstigen Behörden,",
        "b) zur Akteneinsicht und zur Entgegennahme von Zustellungen,",
        "c) zur Bestellung von Unterbevollmächtigten,",
        "d) zur Rücknahme von Anträgen.",
    ]:
        blocks.append(P(x, indent=14, after=1))
    blocks.append(Space(10))
    blocks.append(
        Table(
            [["Ort, Datum", "Unterschrift"], [f"{c.city_or_nrw()}, {fmt(d.date)}", ""]],
            [0.5, 0.5],
            header=True,
            grid=True,
        )
    )
    blocks.append(P(f"({a.full})", size=9, align="right"))
    return DocSpec(blocks, style(r, "sans"))


@tpl("vollmacht", "x2", SPLIT)
def vollmacht_x2(c, d, r):
    who, street, city = _rep_or_default(c)
    names = ", ".join(p.full for p in c.persons if p.role != "child")
    blocks = _head_blind(r, [who, street, city], 1) + [
        P("Vertretungsvollmacht und Einverständniserklärung", bold=True, size=12, align="center"),
        P(
            f"Ich/Wir, {names}, wohnhaft {c.adresse}, erteile(n) {who} Vollmacht, mich/uns im Verfahren vor der Härtefallkommission des Landes NRW zu vertreten und alle hierfür erforderlichen Erklärungen abzugeben."
        ),
        P(
            "Die Vollmacht gilt auch für die minderjährigen Kinder."
            if c.children()
            else "Die Vollmacht kann jederzeit widerrufen werden."
        ),
        P(
            "☒ Kopien von Bescheiden dürfen an die bevollmächtigte Stelle übersandt werden.",
            indent=8,
            after=1,
        ),
        P("☒ Die bevollmächtigte Stelle darf mit der Ausländerbehörde sprechen.", indent=8),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("vollmacht", "x3", SPLIT)
def vollmacht_x3(c, d, r):
    who, street, city = _rep_or_default(c)
    a = c.applicant
    blocks = [
        P(a.full, after=0),
        P(c.adresse, after=12),
        P(f"{c.city_or_nrw()}, {d_short(d.date)}", align="right"),
        P("Bevollmächtigung", bold=True, size=12),
        P(
            f"Ich, {a.full}, geboren am {fmt(a.geburtsdatum)}, bevollmächtige {who} ({street}, {city}), mich in meiner Härtefallsache zu vertreten, "
            "Schreiben für mich zu empfangen und Unterlagen bei Behörden einzureichen."
        ),
        P("Diese Vollmacht gilt bis auf Widerruf."),
        Signature(a.full),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "x1", SPLIT)
def schweige_x1(c, d, r):
    p = c.persons[c.ill_person]
    blocks = [
        P("Erklärung zur Entbindung von der ärztlichen Schweigepflicht", bold=True, size=12),
        Table(
            [
                ["Name, Vorname", f"{p.name}, {p.vorname}"],
                ["Geburtsdatum", fmt(p.geburtsdatum)],
                ["Anschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
        ),
        P(
            "Ich entbinde die nachstehend genannten Ärztinnen, Ärzte und Psychotherapeut/innen gegenüber der Geschäftsstelle der Härtefallkommission NRW von der Schweigepflicht:"
        ),
        P(f"– {c.doctor}, {c.practice}", indent=10, after=1),
        P("– sowie alle weiteren an der Behandlung beteiligten Stellen", indent=10),
        P(
            "Die Entbindung umfasst Auskünfte zu Diagnosen, Verlauf und Prognose. Sie kann jederzeit für die Zukunft widerrufen werden."
        ),
        Signature(p.full, f"{c.city_or_nrw()}, den {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("schweigepflichtsentbindung", "x2", SPLIT)
def schweige_x2(c, d, r):
    p = c.persons[c.ill_person]
    minor = p.role == "child"
    signer = c.applicant.full if minor else p.full
    blocks = _head_blind(r, [c.practice, c.court_city_plz()], 2) + [
        P("Schweigepflichtentbindung", bold=True, size=13, align="center"),
        P(
            f"{'Als gesetzlicher Vertreter meines Kindes ' + p.full if minor else 'Ich, ' + p.full}, geb. {d_plain(p.geburtsdatum)}, "
            f"entbinde ich die Praxis {c.doctor} hiermit ausdrücklich von der Schweigepflicht gegenüber der Härtefallkommission beim Ministerium (MKJFGFI NRW) und deren Geschäftsstelle."
        ),
        P("Zweck: Prüfung meines Härtefallantrags. Eine Weitergabe an Dritte ist nicht gestattet."),
        Space(8),
        Table([["Datum", fmt_long(d.date)], ["Unterschrift", ""]], [0.3, 0.7], header=False, grid=False),
        P(signer, size=9),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("schweigepflichtsentbindung", "x3", SPLIT)
def schweige_x3(c, d, r):
    p = c.persons[c.ill_person]
    blocks = [
        Box(
            ["Formular S – Entbindung von der Schweigepflicht", "Härtefallverfahren § 23a AufenthG"], size=10
        ),
        P(f"Patientin/Patient: {p.full} (* {fmt(p.geburtsdatum)})"),
        P(
            "Hiermit erlaube ich den folgenden Behandelnden, der Härtefallkommission und ihrer Geschäftsstelle Auskunft über meine Erkrankung zu geben; insoweit entbinde ich sie von der Schweigepflicht:"
        ),
        Table([["Name", "Einrichtung"], [c.doctor, c.practice], ["", ""]], [0.4, 0.6]),
        P("☐ befristet bis zum Abschluss des Verfahrens    ☒ unbefristet, bis zum Widerruf", size=9),
        Signature(p.full, f"Datum: {d_short(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "x1", SPLIT)
def ds_x1(c, d, r):
    blocks = [
        P(
            "Einwilligungserklärung nach Art. 6 Abs. 1 lit. a und Art. 9 Abs. 2 lit. a DSGVO",
            bold=True,
            size=11.5,
        ),
        P(
            "Härtefallverfahren beim Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes Nordrhein-Westfalen",
            size=9,
        ),
        P(
            "Ich willige ein, dass die Geschäftsstelle und die Mitglieder der Härtefallkommission meine personenbezogenen Daten einschließlich "
            "Gesundheitsdaten zum Zweck der Prüfung meines Antrags verarbeiten und bei der zuständigen Ausländerbehörde Auskünfte einholen."
        ),
        P(
            "Die Einwilligung ist freiwillig. Ich kann sie jederzeit mit Wirkung für die Zukunft widerrufen. Hinweise zu meinen Rechten (Auskunft, Berichtigung, Löschung, Beschwerde bei der LDI NRW) habe ich erhalten.",
            size=9.5,
        ),
    ]
    rows = [["Name", "Vorname", "Unterschrift"]] + [
        [p.name, p.vorname, ""] for p in c.persons if p.role != "child"
    ]
    blocks.append(Table(rows, [0.35, 0.3, 0.35]))
    blocks.append(P(f"Ort/Datum: {c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r, "sans"))


@tpl("datenschutzeinwilligung", "x2", SPLIT)
def ds_x2(c, d, r):
    a = c.applicant
    blocks = [
        P("Datenschutz – Einverständnis", bold=True, size=14, align="center"),
        P("(bitte lesen und unterschreiben)", size=9, align="center"),
        P(
            f"Ich, {a.full}, bin damit einverstanden, dass meine Daten und die Daten meiner Familie für das Verfahren bei der Härtefallkommission gespeichert und verarbeitet werden."
        ),
        P(
            "Ich weiß, dass ich dieses Einverständnis widerrufen kann. Die Datenverarbeitung erfolgt nach der Datenschutz-Grundverordnung."
        ),
        P(
            "Ich bin außerdem einverstanden, dass meine Beratungsstelle bzw. mein Anwalt Unterlagen weitergibt.",
            size=9.5,
        )
        if c.rep
        else Space(4),
        Signature(a.full, f"{c.city_or_nrw()}, {d_short(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("datenschutzeinwilligung", "x3", SPLIT)
def ds_x3(c, d, r):
    blocks = [
        Box(
            ["Anlage D", "Erklärung über die Einwilligung in die Verarbeitung personenbezogener Daten"],
            size=10,
        ),
        P(
            "1. Verantwortliche Stelle: Geschäftsstelle der Härtefallkommission NRW, Völklinger Str. 4, 40219 Düsseldorf.",
            size=9.5,
            after=2,
        ),
        P(
            "2. Zweck: Bearbeitung des Härtefallersuchens, Beiziehung der Ausländerakte, Beratung in der Kommission.",
            size=9.5,
            after=2,
        ),
        P(
            "3. Empfänger: Mitglieder der Kommission, Ausländerbehörde, ggf. Vertrauensärztin/Vertrauensarzt.",
            size=9.5,
            after=2,
        ),
        P(
            "4. Widerruf: jederzeit schriftlich möglich; die bis dahin erfolgte Verarbeitung bleibt rechtmäßig.",
            size=9.5,
        ),
        P("Mit der Verarbeitung meiner Daten zu den genannten Zwecken bin ich einverstanden.", bold=True),
    ]
    for p in c.persons:
        if p.role != "child":
            blocks.append(P(f"______________________  {p.full}", after=2))
    blocks.append(P(f"{c.city_or_nrw()}, {fmt_long(d.date)}"))
    return DocSpec(blocks, style(r, "cond"))


# ------------------------------------------------------------------ lebenslauf


def _cv_blind(c: Case) -> list[tuple[str, str]]:
    a = c.applicant
    rows = [
        (fmt(a.geburtsdatum), f"Geburt in {a.geburtsort} ({c.natinfo['land']})"),
        (f"{a.geburtsdatum.year + 7}–{a.geburtsdatum.year + 13}", "Grundschule"),
        (f"{a.geburtsdatum.year + 14}–{c.entry.year - 1}", "Tätigkeit im Handwerk / als Aushilfe"),
        (fmt(c.entry), "Ankunft in Deutschland"),
    ]
    if c.asylum:
        rows.append((fmt(c.asylum_applied), "Asylantrag"))
    rows.append((f"{c.entry.year + 1}", "Integrationskurs, Deutsch"))
    if c.job and not c.ausbildung:
        rows.append((f"ab {c.entry.year + 2}", f"{c.job} ({c.employer})"))
    if c.ausbildung:
        rows.append((f"ab 08/{c.received.year - 1}", "Berufsausbildung"))
    return rows


@tpl("lebenslauf", "x1", SPLIT)
def cv_x1(c, d, r):
    a = c.applicant
    blocks = [P("Tabellarischer Lebenslauf", bold=True, size=14), Rule(0.5)]
    blocks.append(
        Table(
            [
                ["Name", a.full],
                ["Anschrift", c.adresse],
                ["Familienstand", "verheiratet" if len(c.persons) > 1 else "ledig"],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        )
    )
    blocks.append(P("Werdegang", bold=True))
    blocks.append(Table([["Zeitraum", "Station"]] + [list(x) for x in _cv_blind(c)], [0.3, 0.7]))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {d_short(d.date)}"))
    return DocSpec(blocks, style(r, "sans"))


@tpl("lebenslauf", "x2", SPLIT)
def cv_x2(c, d, r):
    a = c.applicant
    blocks = [
        P(a.full.upper(), bold=True, size=13, align="center", after=0),
        P(c.adresse, size=9, align="center"),
        P("LEBENSLAUF", bold=True, size=11),
    ]
    for when, what in _cv_blind(c):
        blocks.append(P(f"{when} — {what}", after=2))
    blocks.append(P(f"{c.city_or_nrw()}, {fmt_long(d.date)}"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "x1", SPLIT)
def sprach_x1(c, d, r):
    a = c.applicant
    blocks = [
        P("telc", bold=True, size=20, after=0),
        P("ZERTIFIKAT · Deutsch B1", bold=True, size=13),
        Table(
            [
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Prüfungsdatum", fmt(d.date - timedelta(days=35))],
            ],
            [0.35, 0.65],
            header=False,
        ),
        Table(
            [
                ["Teil", "Punkte", "max."],
                ["Schriftliche Prüfung", str(r.randint(140, 210)), "225"],
                ["Mündliche Prüfung", str(r.randint(45, 75)), "75"],
            ],
            [0.5, 0.25, 0.25],
        ),
        P("Gesamtergebnis: bestanden – Niveaustufe B1 des Gemeinsamen europäischen Referenzrahmens."),
        P(f"Ausstellungsdatum: {fmt(d.date)}", align="right", size=9),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("sprachnachweis", "x2", SPLIT)
def sprach_x2(c, d, r):
    a = c.applicant
    blocks = [
        P(f"Volkshochschule {c.city_or_nrw()}", bold=True, size=12, after=0),
        P("Fachbereich Deutsch als Zweitsprache", size=9),
        Rule(),
        P("Teilnahmebescheinigung", bold=True, size=13),
        P(
            f"{a.herr_frau()}, geb. {d_plain(a.geburtsdatum)}, hat vom {fmt(d.date - timedelta(days=300))} bis {fmt(d.date - timedelta(days=20))} "
            "am Integrationskurs (Sprachkurs 600 UE, Orientierungskurs 100 UE) regelmäßig teilgenommen."
        ),
        P(f"Abschlussprüfung „Deutsch-Test für Zuwanderer“: Niveau {r.choice(['A2', 'B1', 'B1'])} erreicht."),
        Signature("Kursleitung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "x1", SPLIT)
def arbeit_x1(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2900)
    blocks = [
        P(c.employer, bold=True, after=0),
        P("Lohnbuchhaltung", size=8.5),
        P(f"Abrechnung der Brutto/Netto-Bezüge für {month_year(d.date)}", bold=True),
        Table(
            [
                ["Personalnr.", str(r.randint(1000, 9999))],
                ["Mitarbeiter/in", a.full],
                ["Tätigkeit", c.job],
                ["Eintritt", f"01.0{r.randint(1, 9)}.{c.entry.year + 2}"],
            ],
            [0.35, 0.65],
            header=False,
            grid=False,
            size=9,
        ),
        Table(
            [
                ["Lohnart", "Betrag EUR"],
                ["Grundlohn", f"{brutto},00"],
                ["Gesamtbrutto", f"{brutto},00"],
                ["Steuer/SV-Abzüge", f"{brutto * 0.32:.2f}".replace(".", ",")],
                ["Auszahlung", f"{brutto * 0.68:.2f}".replace(".", ",")],
            ],
            [0.6, 0.4],
        ),
        P(f"Erstellt: {fmt(d.date)}", size=8.5),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("arbeitsnachweis", "x2", SPLIT)
def arbeit_x2(c, d, r):
    a = c.applicant
    blocks = _head_blind(
        r, [c.employer, f"{r.choice(N.STREETS)} {r.randint(1, 40)}", c.court_city_plz()], 2
    ) + [
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P("Bestätigung des Arbeitsverhältnisses", bold=True),
        P(
            f"Wir bestätigen, dass {a.herr_frau()} bei uns seit {c.entry.year + 2} unbefristet als {c.job} in Vollzeit ({r.choice([38, 39, 40])} Wochenstunden) angestellt ist. "
            "Das Arbeitsverhältnis ist ungekündigt. Bei Erteilung eines Aufenthaltstitels würden wir die Beschäftigung gern fortsetzen."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Personalleitung"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "x1", SPLIT)
def ehren_x1(c, d, r):
    a = c.applicant
    blocks = [
        P(c.club, bold=True, size=12, align="center"),
        Rule(0.5),
        P("Nachweis über ehrenamtliches Engagement", bold=True),
        P(
            f"Hiermit bestätigen wir, dass {a.full} seit {month_year(c.entry + timedelta(days=420))} bei uns ehrenamtlich mitarbeitet, durchschnittlich {r.randint(3, 8)} Stunden pro Woche."
        ),
        P(
            "Aufgaben: Ausgabe von Lebensmitteln, Aufbau bei Veranstaltungen, Übersetzen für neu angekommene Familien."
        ),
        Signature("Vorstand", f"{c.city_or_nrw()}, {d_short(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("ehrenamt", "x2", SPLIT)
def ehren_x2(c, d, r):
    a = c.applicant
    blocks = [
        Box([c.club, "Mitgliederverwaltung"], size=9),
        P("Mitgliedsbescheinigung", bold=True, size=13),
        Table(
            [
                ["Mitglied", a.full],
                ["Mitglied seit", fmt(c.entry + timedelta(days=r.randint(300, 900)))],
                [
                    "Funktion",
                    r.choice(["Übungsleiterhelfer", "Helfer/in im Vereinsheim", "Betreuer/in Jugendgruppe"]),
                ],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Die Mitarbeit erfolgt unentgeltlich. Wir sind für das Engagement sehr dankbar."),
        P(fmt(d.date), align="right"),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "x1", SPLIT)
def unter_x1(c, d, r):
    writer = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    a = c.applicant
    blocks = [
        P(writer, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 99)}, {c.court_city_plz()}", after=12),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P(f"Für {a.full} und {'die Familie' if len(c.persons) > 1 else 'ein Bleiberecht'}", bold=True),
        P(
            f"Sehr geehrte Damen und Herren, wir wohnen im selben Haus wie {a.full} und kennen {'ihn' if a.sex == 'm' else 'sie'} seit {r.randint(2, 7)} Jahren. "
            "Man kann sich immer auf die Nachbarschaftshilfe verlassen, ob beim Einkaufen für ältere Nachbarn oder beim Schneeschippen."
        ),
        P("Wir unterstützen den Antrag von Herzen und würden uns freuen, wenn die Nachbarn bleiben dürften."),
        P("Herzliche Grüße"),
        Signature(writer),
        P("Mitunterzeichnende: Hausgemeinschaft", size=8.5),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("unterstuetzerschreiben", "x2", SPLIT)
def unter_x2(c, d, r):
    a = c.applicant
    parish = f"Ev. Kirchengemeinde {c.city_or_nrw()}-Süd"
    blocks = _head_blind(r, [parish, "Pfarramt", f"{r.choice(N.STREETS)} {r.randint(1, 20)}"], 1) + [
        P(d_plain(d.date), align="right"),
        P("Empfehlungsschreiben", bold=True),
        P(
            f"Als Pfarrerin der Gemeinde begleite ich {a.full} seit geraumer Zeit. {'Er' if a.sex == 'm' else 'Sie'} ist bei uns fest verankert, "
            "besucht regelmäßig das Begegnungscafé und hilft bei Gemeindefesten. Ich unterstütze das Anliegen, in Deutschland bleiben zu dürfen, ausdrücklich."
        ),
        P("Gern stehe ich für Rückfragen zur Verfügung."),
        Signature(f"Pfarrerin {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ schulnachweis


@tpl("schulnachweis", "x1", SPLIT)
def schul_x1(c, d, r):
    k = _child(c, d)
    age = k.age_on(d.date)
    kita = age < 6
    inst = (
        f"Städtische Kindertageseinrichtung {c.city_or_nrw()}-{r.choice(['Ost', 'West', 'Mitte'])}"
        if kita
        else c.school
    )
    blocks = [
        P(inst, bold=True, size=11, after=0),
        P("Leitung", size=9),
        Rule(0.5),
        P("Betreuungsbestätigung" if kita else "Schulbescheinigung", bold=True, size=13),
        P(
            f"{k.full}, geboren am {fmt(k.geburtsdatum)}, "
            + (
                f"wird seit {month_year(d.date - timedelta(days=400))} in unserer Einrichtung betreut (35 Wochenstunden)."
                if kita
                else f"ist im Schuljahr {d.date.year if d.date.month >= 8 else d.date.year - 1}/{(d.date.year if d.date.month >= 8 else d.date.year - 1) + 1 - 2000} Schüler/in der Klasse {max(1, age - 5)} unserer Schule."
            )
        ),
        P("Diese Bescheinigung wird zur Vorlage bei Behörden ausgestellt."),
        Signature(
            "Schulleitung" if not kita else "Einrichtungsleitung", f"{c.city_or_nrw()}, {d_short(d.date)}"
        ),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("schulnachweis", "x2", SPLIT)
def schul_x2(c, d, r):
    k = _child(c, d)
    y = d.date.year if d.date.month >= 8 else d.date.year - 1
    blocks = [
        P(c.school, bold=True, align="center", after=0),
        P("ZEUGNIS", bold=True, size=15, align="center"),
        P(f"Schuljahr {y}/{y + 1} · 1. Halbjahr", align="center"),
        Table(
            [
                ["Name", k.full],
                ["geb.", d_plain(k.geburtsdatum)],
                ["Klasse", str(max(1, k.age_on(d.date) - 5))],
            ],
            [0.25, 0.75],
            header=False,
            grid=False,
        ),
        Table(
            [
                ["Fach", "Note"],
                ["Deutsch", r.choice(["gut", "befriedigend"])],
                ["Mathematik", r.choice(["gut", "befriedigend", "sehr gut"])],
                ["Sachunterricht/Naturwissenschaften", "gut"],
                ["Sport", "sehr gut"],
            ],
            [0.6, 0.4],
        ),
        P("Arbeits- und Sozialverhalten: entspricht den Erwartungen in vollem Umfang."),
        P(f"Versäumte Stunden: {r.randint(0, 12)}, davon unentschuldigt: 0", size=9),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}"),
        Table(
            [["Klassenleitung", "Schulleitung", "Erziehungsberechtigte"]],
            [0.33, 0.33, 0.34],
            header=False,
            grid=False,
            size=8,
        ),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


@tpl("auslaenderbehoerde", "bescheinigung_x1", SPLIT)
def abh_x1(c, d, r):
    """The authority's certificate: a toleration (or, while asylum runs, a Gestattung), as a field form."""
    a = c.applicant
    until = d.date + timedelta(days=r.choice([90, 91, 180]))
    if c.gestattung:
        title, law = "Bescheinigung über die Aufenthaltsgestattung", "§ 63 AsylG"
        cond = "Die Inhaberin/der Inhaber ist Asylsuchende/r; der Aufenthalt ist zur Durchführung des Asylverfahrens gestattet."
    else:
        title, law = "Bescheinigung über die Aussetzung der Abschiebung (Duldung)", "§ 60a Abs. 4 AufenthG"
        cond = "Kein Aufenthaltstitel! Die Inhaberin/der Inhaber ist ausreisepflichtig."
    rows = [
        ["Ausstellende Behörde", c.abh],
        ["Name / Vorname", f"{a.name} / {a.vorname}"],
        ["Geburtsdatum", fmt(a.geburtsdatum)],
        ["Geburtsort", a.geburtsort],
        ["Staatsangehörigkeit", a.staat],
        ["Gültig bis", d_short(until)],
    ]
    blocks = [P(title, bold=True, size=12), P(law, size=9), Table(rows, [0.35, 0.65], header=False), P(cond)]
    side = ["Wohnsitzauflage: " + c.city_or_nrw()]
    if c.ausbildung and not c.gestattung:
        side.append(
            "Duldung für Personen in Berufsausbildung (§ 60c AufenthG). Die Ausbildung ist gestattet."
        )
    elif not c.gestattung:
        side.append("Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde.")
    blocks.append(P("Nebenbestimmungen:", bold=True, after=1))
    for x in side:
        blocks.append(P(x, indent=10, after=1))
    blocks.append(P(f"Ausgestellt/verlängert am {fmt(d.date)} – im Auftrag", size=9))
    return DocSpec(blocks, style(r, "mono"))


@tpl("auslaenderbehoerde", "anhoerung_ausreise_x2", SPLIT)
def abh_x2(c, d, r):
    """A letter of the authority announcing enforcement (hearing before a decision)."""
    a = c.applicant
    city = c.abh.split("–")[0].strip()
    head = [
        c.abh,
        "Die Oberbürgermeisterin"
        if city.startswith(("Stadt", "Landeshauptstadt"))
        else "Die Behördenleitung",
        f"{r.choice(N.STREETS)} {r.randint(1, 30)}",
        c.abh_plz,
    ]
    blocks = _head_blind(r, head, 0)
    blocks += [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(10)]
    blocks.append(
        P(f"Aktenzeichen: 32.{r.randint(10, 99)}-{a.name[:2].upper()}{r.randint(100, 999)}", size=9, after=0)
    )
    blocks.append(P(f"Datum: {fmt(d.date)}", align="right"))
    blocks.append(P("Anhörung gemäß § 28 VwVfG NRW – Aufenthaltsbeendende Maßnahmen", bold=True))
    body = f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name}, Sie sind vollziehbar ausreisepflichtig. "
    if c.asylum:
        body += f"Ihr Asylverfahren ist mit dem Bescheid des Bundesamtes vom {fmt(c.bamf_date)} negativ abgeschlossen worden. "
    else:
        body += "Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis wurde abgelehnt. "
    body += "Es ist beabsichtigt, Ihren Aufenthalt zwangsweise zu beenden."
    blocks.append(P(body))
    if c.rueckfuehrung:
        blocks.append(P(f"Die Rückführung ist für den {fmt(c.rueckfuehrung)} vorgesehen."))
    if c.einreiseverbot:
        blocks.append(
            P(
                "Gegen Sie besteht ein Einreise- und Aufenthaltsverbot nach § 11 AufenthG aus einer früheren Abschiebung."
            )
        )
    blocks.append(
        P(f"Sie erhalten Gelegenheit, sich bis zum {fmt(d.date + timedelta(days=14))} schriftlich zu äußern.")
    )
    blocks.append(P("Im Auftrag", after=12))
    blocks.append(P(r.choice(["Schäfer", "Yilmaz", "Kowalski", "Richter"])))
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ gerichtsentscheidung


@tpl("gerichtsentscheidung", "x1", SPLIT)
def court_x1(c, d, r):
    """A decision in summary proceedings, reasons numbered I./II."""
    a = c.applicant
    blocks = [
        P(c.court_name or "Verwaltungsgericht Köln", bold=True, size=12, align="center"),
        P("Beschluss", bold=True, size=14, align="center"),
        P(f"Aktenzeichen: {c.court_az}", align="center"),
    ]
    gegner = (
        "die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge – Antragsgegnerin –"
        if c.asylum
        else f"das Land Nordrhein-Westfalen, vertreten durch {c.abh} – Antragsgegner –"
    )
    blocks.append(
        P(
            f"In dem verwaltungsgerichtlichen Eilverfahren {a.full}, {c.adresse} – Antragsteller/in – gegen {gegner}"
        )
    )
    blocks.append(P(f"hat die {r.randint(3, 22)}. Kammer am {fmt_long(d.date)} beschlossen:"))
    blocks.append(
        P(
            "Der Antrag auf Gewährung vorläufigen Rechtsschutzes wird abgelehnt. Die Kosten des Verfahrens trägt die antragstellende Partei.",
            indent=12,
        )
    )
    blocks.append(P("Gründe:", bold=True))
    blocks.append(
        P(
            "I. Die antragstellende Partei begehrt die Anordnung der aufschiebenden Wirkung ihres Rechtsbehelfs."
        )
    )
    blocks.append(
        P(
            "II. Der zulässige Antrag ist unbegründet. Das öffentliche Interesse an der sofortigen Vollziehung überwiegt. Nach summarischer Prüfung bestehen keine ernstlichen Zweifel an der Rechtmäßigkeit der angegriffenen Entscheidung."
        )
    )
    blocks.append(P("Dieser Beschluss ist unanfechtbar."))
    blocks.append(
        P(r.choice(["Vorsitzende Richterin am VG Dr. Krämer", "Richter am VG Bauer"]), align="right")
    )
    return DocSpec(blocks, style(r, "serif"), footer="{p}")


@tpl("gerichtsentscheidung", "x2", SPLIT)
def court_x2(c, d, r):
    """A judgment (asylum) or a chamber decision (otherwise) with a cover block."""
    a = c.applicant
    urteil = c.asylum
    blocks = [
        Table(
            [[c.court_name or "Verwaltungsgericht Düsseldorf", f"Az.: {c.court_az}"]],
            [0.6, 0.4],
            header=False,
            grid=False,
        ),
        Rule(0.8),
    ]
    if urteil:
        blocks.append(P("Im Namen des Volkes", bold=True, align="center"))
        blocks.append(P("Urteil", bold=True, size=14, align="center"))
        blocks.append(
            P(
                f"In dem Verwaltungsrechtsstreit {a.full}, Kläger/in, gegen die Bundesrepublik Deutschland, Beklagte, wegen Asylrechts hat das Gericht aufgrund der mündlichen Verhandlung vom {fmt(d.date)} für Recht erkannt:"
            )
        )
        blocks.append(
            P(
                "Die Klage wird abgewiesen. Die Kosten des gerichtskostenfreien Verfahrens trägt die klagende Partei.",
                indent=12,
            )
        )
        blocks.append(P("Tatbestand", bold=True))
        blocks.append(
            P(
                f"Die klagende Partei ist {a.staat}e Staatsangehörige. Das Bundesamt lehnte ihren Asylantrag mit Bescheid vom {fmt(c.bamf_date)} ab."
            )
        )
        blocks.append(P("Entscheidungsgründe", bold=True))
        blocks.append(
            P(
                "Die Klage ist zulässig, aber unbegründet. Ein Anspruch auf Schutz besteht nicht, wie das Bundesamt zutreffend ausgeführt hat."
            )
        )
    else:
        blocks.append(P("Beschluss", bold=True, size=14, align="center"))
        blocks.append(
            P(
                f"In der Verwaltungsstreitsache {a.full} ./. Land NRW ({c.abh}) hat die Kammer am {fmt(d.date)} beschlossen: Der Antrag wird abgelehnt."
            )
        )
        blocks.append(P("Gründe", bold=True))
        blocks.append(
            P(
                "Die Ablehnung der Verlängerung der Aufenthaltserlaubnis ist nicht zu beanstanden; die Erteilungsvoraussetzungen liegen nicht vor."
            )
        )
    blocks.append(
        P(
            "Rechtsmittelbelehrung: Gegen diese Entscheidung ist die Beschwerde bzw. der Antrag auf Zulassung nur nach Maßgabe der gesetzlichen Vorschriften statthaft.",
            size=8.5,
        )
    )
    return DocSpec(blocks, style(r, "sans"), footer="Seite {p}")


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "x1", SPLIT)
def straf_x1(c, d, r):
    a = c.applicant
    off, sentence = c.offence or ("Diebstahls", "10 Tagessätzen zu je 10,00 Euro")
    court_city = c.court_city or c.city_or_nrw()
    blocks = [
        P(f"Amtsgericht {court_city}", bold=True, after=0),
        P(f"Geschäftsnummer: {r.randint(10, 99)} Cs {r.randint(100, 999)}/{(d.date.year) % 100}", size=9),
        P(f"{court_city}, {fmt(d.date)}", align="right"),
        P("Strafbefehl", bold=True, size=14),
        P(
            f"gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, wohnhaft {c.adresse}, Staatsangehörigkeit: {a.staat}"
        ),
        P(
            f"Die Staatsanwaltschaft legt Ihnen folgenden Sachverhalt zur Last: Sie werden beschuldigt wegen {off}."
        ),
        P(f"Auf Antrag der Staatsanwaltschaft wird gegen Sie eine Geldstrafe von {sentence} festgesetzt."),
        P(
            "Dieser Strafbefehl wird rechtskräftig, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung Einspruch einlegen.",
            size=9,
        ),
        P("Richter/in am Amtsgericht", align="right"),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("strafrecht", "x2", SPLIT)
def straf_x2(c, d, r):
    a = c.applicant
    off, sentence = c.offence or ("Diebstahls", "10 Tagessätzen zu je 10,00 Euro")
    blocks = [
        P("Bundesamt für Justiz – Bundeszentralregister", bold=True, size=11),
        P("Führungszeugnis (Belegart N)", bold=True, size=13),
        Table(
            [
                ["Geburtsname / Name", a.name],
                ["Vorname", a.vorname],
                ["Geburtsdatum / -ort", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                ["Anschrift", c.adresse],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Inhalt:", bold=True, after=1),
        P(
            f"1. Datum der Entscheidung: {fmt(d.date)}; Amtsgericht {c.court_city or c.city_or_nrw()}; Tatbezeichnung: {off}; Geldstrafe von {sentence}.",
            indent=10,
        ),
        P(f"Erstellt am {fmt(d.date + timedelta(days=r.randint(60, 200)))}", size=9),
    ]
    return DocSpec(blocks, style(r, "mono"))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "x1", SPLIT)
def id_x1(c, d, r):
    a = c.applicant
    blocks = [
        P("Übersetzung aus der Landessprache", size=9, align="right"),
        P(f"{c.natinfo['land']} – Standesamt {a.geburtsort}", bold=True),
        P("Geburtsurkunde (Auszug aus dem Geburtenregister)", bold=True, size=13),
        Table(
            [
                ["Name des Kindes", a.full],
                ["Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["Tag der Geburt", fmt_long(a.geburtsdatum)],
                ["Ort der Geburt", a.geburtsort],
                ["Registernummer", str(zlib.crc32(a.full.encode()) % 10**6)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            f"Für die Richtigkeit und Vollständigkeit der Übersetzung: öffentlich bestellte und beeidigte Übersetzerin, {c.city_or_nrw()}, {fmt(d.date)}",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("identitaetsnachweis", "x2", SPLIT)
def id_x2(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("Kopie – Reisepass, Personaldatenseite", size=9),
        Table(
            [
                ["Type / Typ", "P"],
                ["Surname / Name", a.name.upper()],
                ["Given names / Vornamen", a.vorname.upper()],
                ["Date of birth", a.geburtsdatum.strftime("%d.%m.%Y")],
                ["Place of birth", a.geburtsort.upper()],
                ["Date of issue", d.date.strftime("%d.%m.%Y")],
                ["Authority", c.natinfo["land"].upper()],
            ],
            [0.4, 0.6],
            header=False,
            grid=False,
        ),
        Space(8),
        P(l1, font="mono", size=9, after=0),
        P(l2, font="mono", size=9),
        P("Die Übereinstimmung der Kopie mit dem Original wird bestätigt.", size=8),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_x1", SPLIT)
def sonst_anh_x1(c, d, r):
    a = c.applicant
    site = c.bamf_site or ("Außenstelle", "", "")
    blocks = [
        P(f"Bundesamt für Migration und Flüchtlinge – {site[0]}", size=9),
        P(f"Geschäftszeichen {c.bamf_gz}", size=9, align="right"),
        P("Niederschrift über die persönliche Anhörung (§ 25 AsylG)", bold=True, size=12),
        Table(
            [
                ["Antragsteller/in", a.full],
                ["Tag der Anhörung", fmt(d.date)],
                ["Sprache", "mit Sprachmittler/in"],
                ["Dauer", f"{r.randint(2, 4)} Std."],
            ],
            [0.35, 0.65],
            header=False,
            size=9,
        ),
        P("Frage: Wie sind Sie nach Deutschland gekommen?", bold=True, after=1),
        P("Antwort: Mit dem Bus und zu Fuß über mehrere Länder. Ein Schleuser hat uns gebracht."),
        P("Frage: Was würde Ihnen bei einer Rückkehr passieren?", bold=True, after=1),
        P("Antwort: Ich weiß es nicht genau. Ich habe Angst, weil wir dort nichts mehr haben."),
        P("Die Niederschrift wurde rückübersetzt. Korrekturen: keine.", size=9),
    ]
    return DocSpec(blocks, style(r, "sans"), footer="Seite {p} von {n}")


@tpl("sonstiges", "wohnungsgeber_x1", SPLIT)
def sonst_x1(c, d, r):
    blocks = [
        P("Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz (BMG)", bold=True, size=12),
        Table(
            [
                ["Wohnungsgeber", f"Wohnungsgesellschaft {c.city_or_nrw()} mbH"],
                ["Anschrift der Wohnung", c.adresse],
                ["Einzug am", d_short(d.date)],
                ["Einziehende Person(en)", ", ".join(p.full for p in c.persons[:4])],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "Ich bestätige, dass die genannten Personen in die Wohnung eingezogen sind. Es ist verboten, eine Wohnanschrift anzubieten, ohne dass ein tatsächlicher Bezug beabsichtigt ist.",
            size=9,
        ),
        Signature("Vermietung", f"{c.city_or_nrw()}, {d_short(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("sonstiges", "konto_x2", SPLIT)
def sonst_x2(c, d, r):
    a = c.applicant
    blocks = [
        P(f"Sparkasse {c.city_or_nrw()}", bold=True, size=12),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Bestätigung über die Eröffnung eines Basiskontos", bold=True),
        P(
            f"Für {a.herr_frau()} wurde am {fmt(d.date)} ein Zahlungskonto mit grundlegenden Funktionen (Basiskonto nach § 31 ZKG) eröffnet."
        ),
        P(
            f"IBAN: DE{r.randint(10, 99)} {r.randint(3000, 3999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
            font="mono",
        ),
        P("Diese Bestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.", size=8.5),
    ]
    return DocSpec(blocks, style(r, "cond"))
