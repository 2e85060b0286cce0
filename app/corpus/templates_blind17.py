"""Templates of the `blind17` split: a nineteenth held-out set (session 19), written without reading the
templates of any other held-out split. Its own wording, letterheads, person conventions and date forms."""

from __future__ import annotations

import random
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import PageBreak, Style
from hfk.corpus.templates import (
    Box,
    DocSpec,
    P,
    Rule,
    Signature,
    Space,
    Table,
    _child,
    _mrz,
    fmt,
    fmt_en,
    fmt_long,
    month_year,
    tpl,
    typos,
)

S = "blind17"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
FEMALE = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}
HFK = [
    "Geschäftsstelle der Härtefallkommission",
    "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes NRW",
    "Völklinger Str. 4",
    "40219 Düsseldorf",
]


# ---------------------------------------------------------------- small helpers


def _abh_of(abh: str) -> str:
    """This split writes the foreigners' office as '<office> (<town>)'."""
    head, sep, office = abh.partition(" – ")
    return f"{office} ({head})" if sep else abh


def _dm(d) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def _rom(d) -> str:
    return f"{d.day}.{ROMAN[d.month - 1]}.{d.year}"


def _mon(d) -> str:
    return f"{d.day:02d} {N.MONTHS_EN[d.month - 1][:3].upper()} {d.year}"


def _us(d) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _sty(
    r: random.Random, family: str | None = None, size: float | None = None, tight: bool = False
) -> Style:
    return Style(
        family=family or r.choice(["serif", "sans", "cond"]),
        size=size or r.choice([9.5, 10.0, 10.5, 11.0]),
        leading=1.22 if tight else r.choice([1.3, 1.35, 1.4]),
        margin_left=r.uniform(42, 55) if tight else r.uniform(64, 86),
        margin_right=r.uniform(36, 48) if tight else r.uniform(48, 66),
        margin_top=r.uniform(34, 46) if tight else r.uniform(48, 70),
        para_after=3.0 if tight else 6.0,
    )


def _num(seed: str, lo: int, hi: int) -> int:
    return random.Random(seed).randint(lo, hi)


def _kopf(r: random.Random, lines: list[str], kind: int | None = None) -> list:
    """Letterheads of this split: a name beside its contact column, a banner with a rule under it, or a
    stamp-like frame at the right."""
    kind = r.randint(0, 2) if kind is None else kind
    if kind == 0:
        return [
            Table(
                [[lines[0], "\n".join(lines[1:])]],
                [0.55, 0.45],
                header=False,
                grid=False,
                size=8.5,
            ),
            Rule(0.4),
        ]
    if kind == 1:
        return [
            P(lines[0].upper(), bold=True, size=12.5, after=0),
            Rule(2.0),
            P(" | ".join(lines[1:]), size=7.5, align="right", after=10),
        ]
    return [
        Table([["", "\n".join(lines)]], [0.5, 0.5], header=False, grid=True, size=8.5),
        Space(6),
    ]


def _rep_lines(c) -> list[str]:
    rp = c.rep
    if rp.kind == "privat":
        return [rp.person, rp.street, rp.city]
    tel = f"Fon 0{_num(rp.org, 201, 989)}/{_num(rp.org + 't', 10000, 99999)}"
    return [rp.org, rp.street, rp.city, tel]


def _rep_named(c) -> str:
    return c.rep.org if c.rep.kind != "privat" else c.rep.person


def _rep_sign(c) -> str:
    rp = c.rep
    if rp.kind == "anwalt":
        return rp.person + (", Rechtsanwältin" if rp.person.split()[0] in FEMALE else ", Rechtsanwalt")
    if rp.kind == "beratungsstelle":
        return rp.person + " (Verfahrensberatung)"
    return rp.person


def _place(c) -> str:
    if c.rep is not None and c.sender != "applicant":
        return c.rep.city.split(" ", 1)[1]
    return c.city_or_nrw()


def _wohnung(c, r: random.Random) -> str:
    """The family's address, in one of the conventions of this split (street and 'PLZ Ort' always whole)."""
    if c.residence == "abroad":
        return r.choice([f"{c.street}, {c.plz} {c.city}", f"z. Zt. {c.street}, {c.plz} {c.city}"])
    n = _num(c.case_id + "zi", 2, 48)
    host = N.GERMAN_SURNAMES[_num(c.case_id, 0, len(N.GERMAN_SURNAMES) - 1)]
    return r.choice(
        [
            f"{c.street}, {c.plz} {c.city}",
            f"{c.plz} {c.city}, {c.street}",
            f"Übergangsheim, {c.street}, Zimmer {n}, {c.plz} {c.city}",
            f"bei Fam. {host}, {c.street}, {c.plz} {c.city}",
            f"{c.street}, {n % 4 + 1}. Etage rechts, {c.plz} {c.city}",
        ]
    )


# countries whose German name takes an article ("im Irak", "in die Türkei"): masculine or feminine
_ARTIKEL = {"Irak": "m", "Iran": "m", "Kosovo": "m", "Türkei": "f", "Russische Föderation": "f"}
# per use: (without article, masculine, feminine); the feminine dative inflects "Russische"
_FORMEN = {
    "in": ("in {}", "im {}", "in der {}"),
    "nach": ("nach {}", "in den {}", "in die {}"),
    "aus": ("aus {}", "aus dem {}", "aus der {}"),
    "akk": ("{}", "den {}", "die {}"),
}


def _land(land: str, how: str) -> str:
    """The country after a preposition ('in', 'nach', 'aus') or as an object ('akk'), with its article."""
    g = _ARTIKEL.get(land)
    form = _FORMEN[how][{"m": 1, "f": 2}.get(g, 0)]
    if g == "f" and how in ("in", "aus"):
        land = land.replace("Russische", "Russischen")
    return form.format(land)


def _om(c, i: int, f: str) -> bool:
    return c.omitted.get(i) == f


def _gen(p) -> str:
    return "männlich" if p.sex == "m" else "weiblich"


def _bdate(c, i: int, how) -> str:
    return "" if _om(c, i, "geburtsdatum") else how(c.persons[i].geburtsdatum)


def _birth(c, i: int, how=fmt) -> str:
    """'am <date> in <place>' with what the case writes of person i."""
    p = c.persons[i]
    out = []
    if not _om(c, i, "geburtsdatum"):
        out.append(f"am {how(p.geburtsdatum)}")
    if not _om(c, i, "geburtsort"):
        out.append(f"in {p.geburtsort}")
    return " ".join(out) or _land(c.natinfo["land"], "in")


def _rel(p) -> str:
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehemann" if p.sex == "m" else "Ehefrau"
    return "Sohn" if p.sex == "m" else "Tochter"


# ---------------------------------------------------------------- the reasons (Begründung)


class _Voice:
    """Narrator of the reasons: the applicant in the first person, or someone writing about him or her."""

    def __init__(self, c, first: bool):
        self.first = first
        self.m = c.applicant.sex == "m"
        self.a = c.applicant

    def v(self, ich: str, er: str) -> str:
        return ich if self.first else er

    def p(self, ich: str, er: str, sie: str) -> str:
        return ich if self.first else (er if self.m else sie)


def _gruende(c, r: random.Random, first: bool) -> dict[str, list[str]]:
    """Sentences of this split's Begründung, topic by topic. Triggers appear exactly when the scenario
    sets them; an omitted birth date or place is left out of the narrative as well."""
    v = _Voice(c, first)
    a = c.applicant
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {k: [] for k in ORDER}
    er = v.p("ich", "er", "sie")
    ihn = v.p("mich", "ihn", "sie")
    wer = a.herr_frau()

    # --- life story and entry
    lg = t["lebensgeschichte"]
    jahre = r.choice(["acht", "neun", "elf", "zwölf"])
    arbeit = r.choice(
        [
            "in der Werkstatt eines Onkels Motoren repariert",
            "mit dem Vater Tomaten und Weizen angebaut",
            "erst genäht, später an einer Supermarktkasse gesessen"
            if not v.m
            else "Fliesen verlegt und Wände verputzt",
            "zwei Semester studiert, bis die Universität schließen musste",
        ]
    )
    if r.random() < 0.5:
        lg.append(
            v.v(
                f"Mein Leben begann {_birth(c, 0)} ({land}). Die Schule endete für mich nach {jahre} Jahren; anschließend habe ich {arbeit}.",
                f"{wer} stammt {_land(land, 'aus')} und kam {_birth(c, 0)} zur Welt. Die Schulzeit dauerte {jahre} Jahre, danach hat {er} {arbeit}.",
            )
        )
    else:
        lg.append(
            v.v(
                f"Meine Jugend verbrachte ich {_land(land, 'in')}, geboren {_birth(c, 0, _dm)}. {jahre.capitalize()} Jahre lang ging ich zur Schule, später habe ich {arbeit}.",
                f"Die Kindheit verbrachte {wer} {_land(land, 'in')}, geboren {_birth(c, 0, _dm)}. Auf {jahre} Schuljahre folgte die Arbeit: {er} hat {arbeit}.",
            )
        )
    if c.asylum:
        lg.append(
            v.v(
                "Irgendwann war es zu gefährlich, zu bleiben, und ich bin geflohen.",
                f"Als die Bedrohung zu groß wurde, blieb {v.p('', 'ihm', 'ihr')} nur die Flucht.",
            )
        )
    if c.einreiseverbot:
        lg.append(
            v.v(
                f"Schon {c.entry.year - 2} hat man mich einmal abgeschoben. Zurückgekommen bin ich am {fmt(c.entry)}, obwohl das Verbot der Einreise und des Aufenthalts (§ 11 AufenthG) weiter bestand.",
                f"Schon {c.entry.year - 2} wurde {er} einmal abgeschoben; zurückgekehrt ist {er} am {fmt(c.entry)}, ungeachtet des fortbestehenden Einreise- und Aufenthaltsverbots aus § 11 AufenthG.",
            )
        )
    else:
        mit = len(c.persons) > 1
        lg.append(
            r.choice(
                [
                    v.v(
                        f"Angekommen in Deutschland bin ich am {fmt_long(c.entry)}"
                        + (", samt Familie." if mit else "."),
                        f"Deutschland erreichte {er} am {fmt_long(c.entry)}"
                        + (", samt Familie." if mit else "."),
                    ),
                    v.v(
                        f"Mein Leben in der Bundesrepublik begann am {fmt(c.entry)}.",
                        f"Im Bundesgebiet lebt {er} seit der Ankunft am {fmt(c.entry)}.",
                    ),
                ]
            )
        )

    # --- residence status
    au = t["aufenthaltssituation"]
    if c.asylum:
        au.append(
            r.choice(
                [
                    v.v(
                        f"Meinen Antrag auf Asyl stellte ich am {fmt(c.asylum_applied)}. Am {fmt(c.bamf_date)} kam die Ablehnung vom BAMF (Bundesamt für Migration und Flüchtlinge), Aktenzeichen {c.bamf_gz}.",
                        f"Am {fmt(c.asylum_applied)} beantragte {er} Asyl; ablehnend entschied das BAMF am {fmt(c.bamf_date)} (Aktenzeichen {c.bamf_gz}).",
                    ),
                    f"Das Asylverfahren (BAMF, Az. {c.bamf_gz}) blieb ohne Erfolg: Antragstellung am {_dm(c.asylum_applied)}, ablehnender Bescheid vom {_dm(c.bamf_date)}.",
                ]
            )
        )
        if c.court:
            au.append(
                f"Die Klage gegen den Bescheid liegt beim {c.court_name} unter {c.court_az} und ist noch offen."
                if c.court_pending
                else f"Vor dem {c.court_name} blieb die Klage erfolglos (Urteil vom {fmt(c.court_date)}, {c.court_az})."
            )
    else:
        au.append(
            v.v(
                f"Ursprünglich hatte ich ein Visum, erteilt zum Zweck {c.visa_purpose}. Die Aufenthaltserlaubnis danach wollte die Ausländerbehörde nicht weiter verlängern.",
                f"Ursprünglich besaß {er} ein Visum, erteilt zum Zweck {c.visa_purpose}; die anschließende Aufenthaltserlaubnis hat die Behörde nicht weiter verlängert.",
            )
        )
        if c.court:
            au.append(
                f"Dagegen wehrt sich {er} vor dem {c.court_name}; das Verfahren {c.court_az} ist nicht abgeschlossen."
                if c.court_pending
                else f"Der Eilantrag dagegen scheiterte vor dem {c.court_name} (Beschluss {fmt(c.court_date)}, {c.court_az})."
            )
    if c.gestattung:
        au.append(
            v.v(
                "Solange das Verfahren offen ist, gilt für mich eine Aufenthaltsgestattung.",
                f"Solange das Verfahren offen ist, gilt für {ihn} eine Aufenthaltsgestattung.",
            )
        )
    else:
        au.append(
            r.choice(
                [
                    v.v(
                        "Heute bin ich vollziehbar ausreisepflichtig; geschützt bin ich allein durch die Duldung, die nach § 60a AufenthG immer nur kurz erteilt wird.",
                        f"Heute besteht eine vollziehbare Ausreisepflicht; geschützt ist {er} allein durch die Duldung, die nach § 60a AufenthG immer nur kurz erteilt wird.",
                    ),
                    v.v(
                        "Seitdem hangele ich mich von Duldung zu Duldung, meist für drei Monate (§ 60a AufenthG).",
                        "Seitdem reiht sich Duldung an Duldung, meist für drei Monate (§ 60a AufenthG).",
                    ),
                ]
            )
        )
    au.append(r.choice([f"Zuständige Behörde: {_abh_of(c.abh)}.", f"Aktenführend: {c.abh}."]))
    if c.s58a:
        au.append(
            v.v(
                "Obendrein liegt gegen mich eine Abschiebungsanordnung vor, gestützt auf § 58a AufenthG.",
                f"Obendrein liegt gegen {ihn} eine Abschiebungsanordnung vor, gestützt auf § 58a AufenthG.",
            )
        )
    if c.rueckfuehrung:
        au.append(
            r.choice(
                [
                    f"Die Abschiebung ist bereits für den {fmt(c.rueckfuehrung)} angesetzt.",
                    f"Abschiebetermin laut Ankündigung der Behörde: {fmt_long(c.rueckfuehrung)}.",
                ]
            )
        )
    if c.criminal:
        off, sentence = c.offence
        au.append(
            v.v(
                f"Ich will nichts verbergen: Am {fmt(c.criminal_date)} kam ein Strafbefehl vom Amtsgericht {c.court_city} (Vorwurf: {off}); die Geldstrafe von {sentence} ist bezahlt.",
                f"Zur Vollständigkeit: Das Amtsgericht {c.court_city} erließ am {fmt(c.criminal_date)} einen Strafbefehl (Vorwurf: {off}) über eine Geldstrafe von {sentence}.",
            )
        )

    # --- family ties
    fa = t["familie"]
    kids = c.children()
    sp = [p for p in c.persons if p.role == "spouse"]
    if sp:
        fa.append(
            r.choice(
                [
                    v.v(
                        f"Seit vielen Jahren bin ich mit {sp[0].full} verheiratet"
                        + (f"; unsere Kinder heißen {', '.join(k.vorname for k in kids)}." if kids else "."),
                        f"Seit vielen Jahren ist {er} mit {sp[0].full} verheiratet"
                        + (f"; aus ihr gingen {', '.join(k.vorname for k in kids)} hervor." if kids else "."),
                    ),
                    f"{len(c.persons)} Menschen teilen sich eine Wohnung und ein Leben; keiner von ihnen käme allein zurecht.",
                ]
            )
        )
    if kids:
        fa.append(
            r.choice(
                [
                    f"{' und '.join(k.vorname for k in kids)} {'kennt' if len(kids) == 1 else 'kennen'} {_land(land, 'akk')} höchstens von Fotos.",
                    f"Für {'das Kind' if len(kids) == 1 else 'die Kinder'} ist Deutschland Heimat; Deutsch geht ihnen leichter über die Lippen als die Sprache der Eltern.",
                ]
            )
        )
    fa.append(
        r.choice(
            [
                f"Von der Verwandtschaft {_land(land, 'in')} ist einzig eine Tante geblieben, Kontakt gibt es seit Jahren keinen.",
                "Die Eltern sind tot; die Geschwister verteilen sich auf mehrere Länder.",
                "Im Herkunftsland gibt es einen Onkel, der selbst kaum über die Runden kommt und niemanden aufnehmen könnte.",
            ]
        )
        + " "
        + r.choice(
            [
                "In Deutschland wohnt ein inzwischen eingebürgerter Cousin.",
                "Eine Schwester lebt mit Niederlassungserlaubnis in Hamm und ist eine wichtige Stütze.",
                "Verwandte hier gibt es keine; Halt geben Freundinnen, Freunde und die Nachbarschaft.",
            ]
        )
    )

    # --- integration
    ig = t["integration"]
    ig.append(
        r.choice(
            [
                v.v(
                    "Briefe von Ämtern lese ich inzwischen ohne Hilfe, und beim Arzt brauche ich keinen Dolmetscher mehr.",
                    f"Briefe von Ämtern liest {er} inzwischen ohne Hilfe, beim Arzt braucht {er} keinen Dolmetscher mehr.",
                ),
                v.v(
                    "Den Integrationskurs mit Orientierungsteil habe ich bestanden.",
                    f"Den Integrationskurs samt Orientierungsteil hat {er} bestanden.",
                ),
            ]
        )
    )
    if c.ausbildung:
        beruf = r.choice(["Mechatroniker", "Industriemechaniker", "Koch"])
        ig.append(
            v.v(
                f"Im August {c.received.year - 1} bin ich in die Berufsausbildung eingestiegen ({beruf}); man hat mir gesagt, dass damit eine Duldung für Auszubildende möglich wird (§ 60c AufenthG).",
                f"Im August {c.received.year - 1} ist {er} in die Berufsausbildung eingestiegen ({beruf}); damit rückt eine Duldung für Auszubildende in Reichweite, § 60c AufenthG.",
            )
        )
    else:
        ig.append(
            r.choice(
                [
                    v.v(
                        f"Mein Arbeitsplatz ist bei {c.employer}, angestellt bin ich dort als {c.job}; Miete und Essen bezahle ich selbst.",
                        f"Angestellt ist {er} als {c.job} bei {c.employer}; Miete und Lebenshaltung trägt {er} selbst.",
                    ),
                    f"Die Firma {c.employer} beschäftigt {ihn} in Vollzeit als {c.job}.",
                ]
            )
        )
    ig.append(
        r.choice(
            [
                v.v(
                    f"In meiner Freizeit helfe ich mit bei: {c.club}.",
                    f"Freiwillig aktiv ist {er} bei: {c.club}.",
                ),
                f"Wer {ihn} aus dem {c.club} kennt, weiß, wie verlässlich {er} dort mit anpackt.",
            ]
        )
    )
    for k in c.school_age():
        ig.append(
            r.choice(
                [
                    f"{k.vorname} geht regelmäßig zur {c.school}.",
                    f"Angemeldet ist {k.vorname} bei der {c.school}.",
                ]
            )
        )

    # --- urgent humanitarian reasons
    hu = t["humanitaere_gruende"]
    if c.illness:
        code, name, sev = c.diagnosis
        p = c.persons[c.ill_person]
        who = (
            v.v("bei mir", f"bei {a.full}")
            if c.ill_person == 0
            else f"bei {'der Ehefrau' if p.role == 'spouse' and p.sex == 'f' else 'dem Ehemann' if p.role == 'spouse' else 'dem Kind'} {p.vorname}"
        )
        hu.append(
            r.choice(
                [
                    f"Gesundheitlich ist die Lage ernst: {who} wurde {name} festgestellt (ICD-10 {code}), der Verlauf ist {sev}.",
                    f"Ärztlich gesichert ist {who} die Diagnose {name} ({code}); eine Unterbrechung der Therapie wäre gefährlich.",
                ]
            )
        )
    hu.append(
        r.choice(
            [
                f"Zurück {_land(land, 'nach')} zu müssen, wäre unzumutbar: Niemand wartet dort, es gibt weder Wohnung noch Arbeit.",
                f"Nach so vielen Jahren hier wäre ein Neuanfang {_land(land, 'in')} ohne jedes Netz nicht zu schaffen.",
                "Das Leben der Familie findet vollständig in Deutschland statt; sie herauszureißen, wäre eine unzumutbare Härte.",
            ]
        )
    )
    return t


ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


def _gruende_en(c, r: random.Random) -> dict[str, list[str]]:
    """English reasons of this split, written by the applicant."""
    a = c.applicant
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {k: [] for k in ORDER}
    born = []
    if not _om(c, 0, "geburtsort"):
        born.append(f"in {a.geburtsort}")
    if not _om(c, 0, "geburtsdatum"):
        born.append(f"on {fmt_en(a.geburtsdatum)}")
    t["lebensgeschichte"].append(
        f"My country is {land}; I was born {' '.join(born) or 'there'}. At fourteen I stopped school to work with my father."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"In {c.entry.year - 2} I was deported once; on {fmt_en(c.entry)} I came back despite the entry and residence ban that was still running (§ 11 AufenthG)."
        )
    else:
        t["lebensgeschichte"].append(f"I set foot in Germany on {_us(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"The BAMF said no to the asylum claim I made on {fmt_en(c.asylum_applied)}; the refusal carries the date {fmt_en(c.bamf_date)} and the file number {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"At the {c.court_name} ({c.court_az}) my lawsuit {'has not been decided' if c.court_pending else 'was lost'}."
            )
    else:
        s.append("I entered with a visa, but the permit that followed ran out and was not extended.")
        if c.court:
            s.append(
                f"I also went to the {c.court_name} ({c.court_az}); {'still waiting for a judgment' if c.court_pending else 'without success'}."
            )
    s.append(
        "For now I hold an Aufenthaltsgestattung, because the asylum procedure is still open."
        if c.gestattung
        else "Today I only have a Duldung, always for a few months."
    )
    s.append(f"Responsible authority: {c.abh}.")
    if c.s58a:
        s.append("Also, a § 58a AufenthG order now allows them to deport me directly.")
    if c.rueckfuehrung:
        s.append(f"They told me the deportation will be on {_us(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(
            f"On {fmt_en(c.criminal_date)} I received a Strafbefehl, a penalty order from the Amtsgericht. I paid and I am sorry."
        )
    kids = c.children()
    if kids:
        t["familie"].append(
            f"Our children {', '.join(k.vorname for k in kids)} grew up in German kindergartens and schools."
        )
    t["familie"].append("Back home nobody is waiting for me. One cousin lives legally in Germany.")
    g = t["integration"]
    g.append("I finished the German course and talk with neighbours and at work in German.")
    if c.ausbildung:
        g.append("I started vocational training, so I hope for a training toleration (§ 60c AufenthG).")
    else:
        g.append(f"My job: {c.job} at {c.employer}.")
    g.append(f"In my free time I volunteer: {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I am" if c.ill_person == 0 else f"{p.vorname} is"
        h.append(
            f"{who} ill: the doctors found {c.diagnosis[1]} ({c.diagnosis[0]}); the treatment must go on."
        )
    h.append(f"In {land} I would have to begin again with no flat, no job, no support.")
    return t


def _topics(c, t: dict[str, list[str]]):
    return [(k, " ".join(t[k])) for k in ORDER if k in c.topics and t[k]]


def _intro(c, r: random.Random, names: str) -> str:
    if c.sender == "anwalt":
        return r.choice(
            [
                f"wir vertreten {names}; eine Vollmacht ist angeheftet. Unsere Bitte: Die Kommission möge den Fall aufgreifen und gegenüber der Ausländerbehörde ein Härtefallersuchen aussprechen (§ 23a AufenthG).",
                f"unter Vorlage der Vollmacht tragen wir für {names} den nachstehenden Härtefall vor und regen ein Härtefallersuchen der Kommission an (§ 23a AufenthG).",
            ]
        )
    if c.sender == "beratungsstelle":
        return f"mit Einverständnis und im Auftrag von {names} wenden wir uns als begleitende Beratungsstelle an Sie und bitten, dass die Kommission sich des Falls annimmt (§ 23a AufenthG)."
    if c.sender == "privat":
        return f"als {c.rep.relation} schreibe ich für {names}; eine unterschriebene Vollmacht lege ich bei. Bitte beraten Sie den Fall in der Kommission."
    return r.choice(
        [
            "ich bitte die Mitglieder der Härtefallkommission, sich meiner Sache anzunehmen; vielleicht gibt es über § 23a AufenthG doch noch eine Lösung für mich.",
            "alle anderen Wege sind ausgeschöpft, darum schreibe ich nun selbst an die Kommission und bitte um ein Härtefallersuchen (§ 23a AufenthG).",
        ]
    )


def _names(c) -> str:
    ps = [p.full for p in c.persons]
    return ps[0] if len(ps) == 1 else ", ".join(ps[:-1]) + " und " + ps[-1]


def _absender(c, r: random.Random) -> list:
    """Top of an application: a representative's head with a return-address line, else three plain lines."""
    if c.sender != "applicant" and c.rep is not None:
        lines = _rep_lines(c)
        return _kopf(r, lines) + [P("Abs.: " + ", ".join(lines[:3]), size=7, after=3)]
    a = c.applicant
    return [P(f"{a.full}", after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=12)]


def _an_hfk(r: random.Random) -> list:
    lines = HFK if r.random() < 0.5 else [HFK[1], HFK[0], HFK[2], HFK[3]]
    return [P(x, after=0) for x in lines] + [Space(12)]


def _close(c, r: random.Random) -> list:
    who = c.applicant.full if c.sender == "applicant" or c.rep is None else _rep_sign(c)
    return [
        P(
            r.choice(
                [
                    "Für Ihre Mühe danke ich im Voraus.",
                    "Für Rückfragen sind wir telefonisch erreichbar.",
                    "Nachweise reichen wir nach, sobald sie vorliegen.",
                ]
            )
        ),
        P(r.choice(["Mit freundlichen Grüßen", "Freundliche Grüße", "Hochachtungsvoll"]), after=2),
        Signature(who),
    ]


def _body(c, r: random.Random, heads: dict[str, str] | None, plain: bool = False) -> list:
    first = c.sender == "applicant"
    out: list = []
    for k, text in _topics(c, _gruende(c, r, first)):
        if heads:
            out.append(P(heads[k], bold=True, after=2))
        out.append(P(typos(text, r, 0.03) if plain else text))
    return out


# ---------------------------------------------------------------- antrag (German)


def _staat_adj(p) -> str:
    return f"{p.staat}er Staatsangehöriger" if p.sex == "m" else f"{p.staat}e Staatsangehörige"


@tpl("antrag", "t17a", S)
def antrag_t17a(c, d, r):
    """A lawyer-like rubrum: the persons in the genitive, each with its party label."""
    blocks = _absender(c, r) + _an_hfk(r)
    blocks.append(P(f"{_place(c)}, den {fmt_long(d.date)}", align="right"))
    blocks.append(
        P(
            f"Antragsschrift in der Härtefallangelegenheit {c.applicant.name.upper()} (§ 23a AufenthG)",
            bold=True,
        )
    )
    blocks.append(P("In Sachen", after=3))
    n = len(c.persons)
    for i, p in enumerate(c.persons):
        art = "des Herrn" if p.sex == "m" else "der Frau"
        if p.role == "child":
            art = "des minderjährigen Sohnes" if p.sex == "m" else "der minderjährigen Tochter"
        line = f"{i + 1}. {art} {p.vorname} {p.name.upper()}"
        if not _om(c, i, "geburtsdatum"):
            line += f", geboren am {fmt_long(p.geburtsdatum)}"
        if not _om(c, i, "geburtsort"):
            line += f" in {p.geburtsort}" if not _om(c, i, "geburtsdatum") else f", geboren in {p.geburtsort}"
        if not _om(c, i, "staatsangehoerigkeit"):
            line += f", {_staat_adj(p)}"
        blocks.append(P(line + ",", indent=14, after=1))
        label = f"Antragsteller{'in' if p.sex == 'f' else ''}"
        blocks.append(
            P(f"– {label} zu {i + 1} –" if n > 1 else f"– {label} –", align="right", size=9, after=3)
        )
    blocks.append(P(f"{'sämtlich ' if n > 1 else ''}wohnhaft: {_wohnung(c, r)}", indent=14))
    if c.rep is not None and c.sender != "applicant":
        blocks.append(P(f"Bevollmächtigt: {_rep_named(c)}, {c.rep.street}, {c.rep.city}", indent=14))
    blocks.append(P(f"Ausländerbehörde: {c.abh}", indent=14))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_intro(c, r, _names(c))))
    heads = {
        "lebensgeschichte": "I. Woher die Familie kommt",
        "aufenthaltssituation": "II. Stand des aufenthaltsrechtlichen Verfahrens",
        "familie": "III. Familie hier und dort",
        "integration": "IV. Verwurzelung in Deutschland",
        "humanitaere_gruende": "V. Unzumutbarkeit der Rückkehr",
    }
    blocks += _body(c, r, heads)
    blocks += _close(c, r)
    return DocSpec(blocks, _sty(r, "serif"), footer="- {p} -")


def _dots(label: str, value: str, width: int) -> str:
    fill = max(3, width - len(label) - len(value) - 2)
    return f"{label} {'.' * fill} {value}"


@tpl("antrag", "t17b", S)
def antrag_t17b(c, d, r):
    """A pre-printed short form, filled on a typewriter over its dotted lines (two fields a line)."""
    blocks = [
        P("Vordruck HK-1 · Eingabe bei der Härtefallkommission NRW", bold=True, size=10),
        P(
            "bereitgestellt vom Arbeitskreis Bleiberecht Ruhr-Lippe (Stand 03/2024) – bitte in Druckschrift ausfüllen",
            size=7.5,
        ),
        Rule(0.6),
    ]
    blocks += [P(x, size=8.5, after=0) for x in HFK] + [Space(6)]
    blocks.append(P("A  Angaben zum Haushalt (alle, die der Antrag umfassen soll)", bold=True, after=3))
    for i, p in enumerate(c.persons):
        gd = _bdate(c, i, fmt)
        go = "" if _om(c, i, "geburtsort") else p.geburtsort
        st = "" if _om(c, i, "staatsangehoerigkeit") else p.staat
        blocks.append(
            P(
                f"Haushaltsmitglied {chr(65 + i)}   Stellung zu A: {'—' if i == 0 else _rel(p)}",
                bold=True,
                size=9,
                after=1,
            )
        )
        blocks.append(
            P(
                _dots("Familienname", p.name.upper(), 38) + "  " + _dots("Vorname(n)", p.vorname, 38),
                font="mono",
                size=8.5,
                after=0,
            )
        )
        blocks.append(
            P(
                _dots("Geburtsdatum (TT.MM.JJJJ)", gd, 38)
                + "  "
                + _dots("Geschlecht", "m" if p.sex == "m" else "w", 38),
                font="mono",
                size=8.5,
                after=0,
            )
        )
        blocks.append(
            P(
                _dots("Geburtsort/-land", go, 38) + "  " + _dots("Staatsangehörigk.", st, 38),
                font="mono",
                size=8.5,
                after=5,
            )
        )
    blocks.append(P("B  Wohnanschrift und Behörde", bold=True, after=3))
    blocks.append(P(_dots("Straße, Hausnummer", c.street, 78), font="mono", size=8.5, after=0))
    blocks.append(P(_dots("Postleitzahl, Ort", f"{c.plz} {c.city}", 78), font="mono", size=8.5, after=0))
    blocks.append(P(_dots("Ausländerbehörde", c.abh, 78), font="mono", size=8.5, after=5))
    blocks.append(
        P("C  Vertretung (nur ausfüllen, wenn jemand anderes den Antrag stellt)", bold=True, after=3)
    )
    if c.rep is not None and c.sender != "applicant":
        blocks.append(P(_dots("Name/Stelle", _rep_named(c), 78), font="mono", size=8.5, after=0))
        blocks.append(
            P(_dots("Anschrift", f"{c.rep.street}, {c.rep.city}", 78), font="mono", size=8.5, after=5)
        )
    else:
        blocks.append(P(_dots("Name/Stelle", "entfällt", 78), font="mono", size=8.5, after=5))
    blocks.append(
        P(
            "D  Begründung (Lebensweg, Aufenthalt, Familie, Integration, Härtegründe – ggf. Beiblatt)",
            bold=True,
            after=3,
        )
    )
    blocks += _body(c, r, None, plain=True)
    blocks.append(P(_dots("Ort, Datum", f"{_place(c)}, {_dm(d.date)}", 60), font="mono", size=8.5))
    blocks.append(Signature(c.applicant.full if c.sender == "applicant" or c.rep is None else _rep_sign(c)))
    return DocSpec(blocks, _sty(r, "sans", 9.5, tight=True), footer="HK-1 · Blatt {p}/{n}")


@tpl("antrag", "t17c", S)
def antrag_t17c(c, d, r):
    """The family drawn as a small tree in genealogical notation (* born, ∞ married), children by first name."""
    blocks = _absender(c, r) + _an_hfk(r)
    blocks.append(P(f"{_place(c)}, {_dm(d.date)}", align="right"))
    blocks.append(P(f"Härtefallantrag · Familie {c.applicant.name}", bold=True, size=12))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_intro(c, r, _names(c))))
    blocks.append(P("Die Familie im Überblick (* = geboren, ∞ = verheiratet mit):", after=3))

    def who(i: int, full: bool) -> str:
        p = c.persons[i]
        bits = [f"{p.name.upper()}, {p.vorname}" if full else p.vorname]
        star = " ".join(x for x in (_bdate(c, i, _dm), "" if _om(c, i, "geburtsort") else p.geburtsort) if x)
        if star:
            bits.append(f"* {star}")
        if not _om(c, i, "staatsangehoerigkeit"):
            bits.append(p.staat)
        return "  ·  ".join(bits)

    lines = [who(0, True)]
    rest = list(range(1, len(c.persons)))
    spouses = [i for i in rest if c.persons[i].role == "spouse"]
    kids = [i for i in rest if c.persons[i].role != "spouse"]
    for i in spouses:
        lines.append(f"│  ∞ {who(i, True)}")
    for j, i in enumerate(kids):
        lines.append(f"{'└' if j == len(kids) - 1 else '├'}── {who(i, False)}")
    for x in lines:
        blocks.append(P(x, font="mono", size=8.5, after=0, indent=10))
    blocks.append(Space(6))
    blocks.append(P(f"Gemeinsame Wohnung: {_wohnung(c, r)}. Zuständige Behörde: {_abh_of(c.abh)}."))
    blocks.append(P("Zur Begründung:", bold=True, after=2))
    blocks += _body(c, r, None)
    blocks += _close(c, r)
    return DocSpec(blocks, _sty(r), footer=None)


@tpl("antrag", "t17d", S)
def antrag_t17d(c, d, r):
    """Dense (fax-like): the persons as copied from their papers, each line with the paper's own number,
    issue and expiry dates; the reasons in a two-column grid with keywords on the left."""
    blocks = _absender(c, r) + _an_hfk(r)
    blocks.append(P(f"Datum: {fmt(d.date)}", align="right", after=2))
    blocks.append(P("Eingabe an die Härtefallkommission – Kurzfassung per Fax", bold=True, size=11))
    blocks.append(P("Guten Tag,", after=2))
    blocks.append(P(_intro(c, r, _names(c))))
    blocks.append(P("Personalien (übernommen aus den vorliegenden Bescheinigungen):", bold=True, after=2))
    for i, p in enumerate(c.persons):
        seed = c.case_id + p.vorname
        if c.residence == "abroad":
            papier = f"Reisepass-Nr. {_num(seed, 10**7, 10**8 - 1)}"
        elif c.gestattung:
            papier = f"Aufenthaltsgestattung Nr. G{_num(seed, 10**6, 10**7 - 1)}"
        else:
            papier = f"Duldung Nr. {chr(65 + _num(seed, 0, 25))}{_num(seed, 10**6, 10**7 - 1)}"
        ausg = d.date - timedelta(days=_num(seed + "a", 20, 160))
        bits = [
            f"▪ {papier}, ausgestellt {fmt(ausg)}, gültig bis {fmt(ausg + timedelta(days=182))}: {p.name}, {p.vorname}"
        ]
        if not _om(c, i, "geburtsdatum"):
            bits.append(f"Geburtstag {fmt(p.geburtsdatum)}")
        if not _om(c, i, "geburtsort"):
            bits.append(f"Geburtsort {p.geburtsort}")
        if not _om(c, i, "staatsangehoerigkeit"):
            bits.append(f"StA {p.staat}")
        blocks.append(P(" · ".join(bits), size=8.5, after=1, indent=6))
    blocks.append(P(f"Meldeanschrift: {_wohnung(c, r)} · Behörde: {c.abh}", size=8.5))
    keys = {
        "lebensgeschichte": "Lebensweg",
        "aufenthaltssituation": "Aufenthalt",
        "familie": "Familie",
        "integration": "Integration",
        "humanitaere_gruende": "Härte",
    }
    rows = [[keys[k], text] for k, text in _topics(c, _gruende(c, r, c.sender == "applicant"))]
    if rows:
        blocks.append(Table(rows, [0.16, 0.84], header=False, grid=True, size=8.5))
    blocks += _close(c, r)
    return DocSpec(blocks, _sty(r, "cond", 9.0, tight=True), footer="Seite {p}")


@tpl("antrag", "t17e", S)
def antrag_t17e(c, d, r):
    """A letter in which every adult signs, the personal data standing under each signature; the
    children's data under the parents' signatures."""
    blocks = _absender(c, r) + _an_hfk(r)
    blocks.append(P(f"{_place(c)}, im {N.MONTHS_DE[d.date.month - 1]} {d.date.year}", align="right"))
    blocks.append(P("Unser gemeinsamer Härtefallantrag", bold=True, size=12))
    blocks.append(P("Werte Kommission,"))
    firsts = " und ".join(p.vorname for p in c.persons if p.role != "child")
    kids = [p for p in c.persons if p.role == "child"]
    own = c.sender == "applicant" or c.rep is None
    wohnen = ("Wir wohnen" if len(c.persons) > 1 else "Ich wohne") if own else "Wohnhaft ist die Familie"
    text = _intro(c, r, _names(c)) + f" Der Antrag gilt für {firsts} {c.applicant.name}"
    text += f" sowie für {' und '.join(k.vorname for k in kids)}." if kids else "."
    text += f" {wohnen} {_wohnung(c, r)}; zuständige Behörde: {_abh_of(c.abh)}."
    blocks.append(P(text))
    blocks += _body(c, r, None)
    blocks.append(P(r.choice(["Mit Dank und freundlichen Grüßen", "Es grüßen Sie herzlich"]), after=2))
    if c.sender != "applicant" and c.rep is not None:
        blocks.append(Signature(_rep_sign(c), f"{_place(c)}, {_dm(d.date)}"))
    blocks.append(
        P(
            "Eigenhändige Unterschriften der volljährigen Personen, für die der Antrag gilt:",
            size=9,
            bold=True,
        )
    )

    def cap(i: int) -> str:
        p = c.persons[i]
        bits = [f"{p.name.upper()}, {p.vorname}"]
        b = " ".join(
            x for x in (_bdate(c, i, _dm), "" if _om(c, i, "geburtsort") else f"in {p.geburtsort}") if x
        )
        if b:
            bits.append(f"geb. {b}")
        if not _om(c, i, "staatsangehoerigkeit"):
            bits.append(p.staat)
        return " – ".join(bits)

    for i, p in enumerate(c.persons):
        if p.role != "child":
            blocks.append(Signature(cap(i)))
    for i, p in enumerate(c.persons):
        if p.role == "child":
            blocks.append(P(f"für das Kind: {cap(i)}", size=9, after=1))
    return DocSpec(blocks, _sty(r), footer="Seite {p} von {n}" if r.random() < 0.5 else None)


# ---------------------------------------------------------------- antrag (English)


@tpl("antrag", "en_t17a", S)
def antrag_en_t17a(c, d, r):
    """An English letter: each household member on a line, the place of birth before the date."""
    a = c.applicant
    blocks = [P(f"From: {a.full}, {c.street}, {c.plz} {c.city}", size=9), Space(8)]
    blocks += [
        P(x, after=0) for x in ["Härtefallkommission of North Rhine-Westphalia", HFK[0], HFK[2], HFK[3]]
    ]
    blocks.append(Space(10))
    blocks.append(P(f"{c.city_or_nrw()}, {_us(d.date)}", align="right"))
    blocks.append(P("Subject: hardship request under § 23a AufenthG", bold=True))
    blocks.append(P("Honourable Commission,"))
    blocks.append(
        P("Please consider our case and support us toward the foreigners office. This request covers:")
    )
    roles = {"applicant": "Applicant", "spouse": "Spouse", "child": "Child"}
    for i, p in enumerate(c.persons):
        bits = [f"{roles[p.role]}: {p.vorname} {p.name.upper()}"]
        born = []
        if not _om(c, i, "geburtsort"):
            born.append(f"born in {p.geburtsort}")
        if not _om(c, i, "geburtsdatum"):
            born.append(("on " if born else "born on ") + fmt_en(p.geburtsdatum))
        if born:
            bits.append(" ".join(born))
        if not _om(c, i, "staatsangehoerigkeit"):
            bits.append(f"{c.natinfo['en']} citizen")
        blocks.append(P(" – ".join(bits), indent=12, after=1))
    blocks.append(P(f"{'Our' if len(c.persons) > 1 else 'My'} address: {_wohnung(c, r)}."))
    heads = {
        "lebensgeschichte": "Origin and arrival",
        "aufenthaltssituation": "Status in Germany",
        "familie": "Relatives",
        "integration": "Work, language, friends",
        "humanitaere_gruende": "If we had to go back",
    }
    for k, text in _topics(c, _gruende_en(c, r)):
        blocks.append(P(heads[k], bold=True, after=2))
        blocks.append(P(text))
    blocks.append(P("With respect and hope,", after=2))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("antrag", "en_t17b", S)
def antrag_en_t17b(c, d, r):
    """The office's checklist answered point by point; names in one answer, births keyed by first name."""
    a = c.applicant
    blocks = [P(a.full, bold=True, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=10)]
    blocks.append(P(f"Date: {fmt_en(d.date)}", align="right"))
    blocks.append(P("Hardship application – my answers to the points on your website", bold=True))
    blocks.append(P("Hello, I follow the list of the Geschäftsstelle and answer each point below.", after=8))
    blocks.append(P("1) All persons of the application", bold=True, after=1))
    blocks.append(P("; ".join(f"{p.name.upper()} {p.vorname}" for p in c.persons)))
    blocks.append(P("2) Date and place of birth", bold=True, after=1))
    for i, p in enumerate(c.persons):
        bits = [x for x in (_bdate(c, i, _us), "" if _om(c, i, "geburtsort") else p.geburtsort) if x]
        blocks.append(P(f"{p.vorname}: {', '.join(bits) if bits else 'unknown'}", indent=10, after=1))
    blocks.append(P("3) Nationality", bold=True, after=1))
    if not any(v == "staatsangehoerigkeit" for v in c.omitted.values()):
        blocks.append(P(f"{'We are all' if len(c.persons) > 1 else 'I am'} {c.natinfo['en']}."))
    else:
        for i, p in enumerate(c.persons):
            if not _om(c, i, "staatsangehoerigkeit"):
                blocks.append(P(f"{p.vorname}: {c.natinfo['en']}", indent=10, after=1))
    blocks.append(P("4) Address", bold=True, after=1))
    blocks.append(P(f"{c.plz} {c.city}, {c.street}"))
    n = 5
    heads = {
        "lebensgeschichte": "Life story and date of entry",
        "aufenthaltssituation": "Residence status",
        "familie": "Family in Germany and at home",
        "integration": "Integration",
        "humanitaere_gruende": "Urgent humanitarian reasons",
    }
    for k, text in _topics(c, _gruende_en(c, r)):
        blocks.append(P(f"{n}) {heads[k]}", bold=True, after=1))
        blocks.append(P(text))
        n += 1
    blocks.append(P("Thank you for reading.", after=2))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _sty(r, "cond"), footer="{p}/{n}")


# ---------------------------------------------------------------- bamf_bescheid


def _bamf_tenor(c) -> list[str]:
    land = c.natinfo["land"]
    monate = 10 + _num(c.bamf_gz, 0, 5) * 6
    if c.bamf_tenor == 4:
        ziel = ["Italien", "Kroatien", "Bulgarien", "Österreich", "Polen"][_num(c.bamf_gz, 0, 4)]
        return [
            f"Der Asylantrag wird als unzulässig abgelehnt; für seine Prüfung ist {ziel} zuständig.",
            "Hindernisse aus § 60 Abs. 5 und 7 Satz 1 AufenthG stehen der Abschiebung nicht entgegen.",
            f"Nach {ziel} wird die antragstellende Person abgeschoben; dies ordnet das Bundesamt an.",
            f"Das Verbot nach § 11 Abs. 1 AufenthG (Einreise und Aufenthalt) wird auf {monate} Monate ab Abschiebung befristet.",
        ]
    ou = _num(c.bamf_gz + "ou", 0, 2) == 0
    wie = "; insoweit ist der Antrag offensichtlich unbegründet" if ou else ""
    frist = "einer Woche" if ou else "30 Tagen"
    return [
        f"Die Flüchtlingseigenschaft wird nicht zuerkannt{wie}.",
        f"Eine Anerkennung als asylberechtigte Person erfolgt nicht{wie}.",
        f"Ein subsidiärer Schutzstatus steht der antragstellenden Person nicht zu{wie}.",
        "Die Abschiebung ist auch nicht nach § 60 Abs. 5 oder 7 Satz 1 AufenthG verboten.",
        f"Verlässt die antragstellende Person das Bundesgebiet nicht binnen {frist} ab Bekanntgabe – bei Klageerhebung binnen {frist} ab Unanfechtbarkeit –, wird sie {_land(land, 'nach')} abgeschoben; auch jeder andere aufnahmebereite Staat kommt in Betracht.",
        f"Mit der Abschiebung tritt ein Verbot der Einreise und des Aufenthalts ein (§ 11 Abs. 1 AufenthG); befristet wird es auf {monate} Monate.",
    ]


def _bamf_gruende(c, r: random.Random) -> list[str]:
    a = c.applicant
    land = c.natinfo["land"]
    ast = "der Antragsteller" if a.sex == "m" else "die Antragstellerin"
    Ast = ast.capitalize()
    er = "er" if a.sex == "m" else "sie"
    ihn = "ihn" if a.sex == "m" else "sie"
    pool = [
        f"{Ast} besitzt die {a.staat}e Staatsangehörigkeit. {er.capitalize()} gibt an, {_land(land, 'akk')} im Jahr {c.entry.year} verlassen zu haben; am {fmt(c.entry)} sei {er} eingereist. Der Asylantrag datiert vom {fmt(c.asylum_applied)}.",
        f"Bei der Anhörung trug {ast} vor, Angehörige einer bewaffneten Gruppe hätten {ihn} mehrfach aufgesucht und Geld verlangt. Wann und von wem genau, blieb auch auf Nachfrage offen.",
        "Das Vorbringen überzeugt nicht. Es bleibt detailarm, wird auf Vorhalt ausgeweitet und passt sich den Fragen an; ein Erlebnisbezug ist nicht zu erkennen.",
        "Flüchtlingsschutz (§ 3 AsylG) scheidet aus: Dass die befürchteten Übergriffe an eines der Merkmale des § 3b AsylG anknüpfen, ist nicht ersichtlich. Kriminelles Unrecht Dritter genügt nicht.",
        "Ebenso wenig liegen die Voraussetzungen subsidiären Schutzes (§ 4 AsylG) vor. Die Gewalt in der Herkunftsregion erreicht nach der Erkenntnislage kein Niveau, bei dem jede Zivilperson schon durch ihre bloße Anwesenheit gefährdet wäre.",
        "Nationale Abschiebungsverbote bestehen nicht. Trotz schwieriger Versorgungslage kann von einer erwerbsfähigen erwachsenen Person erwartet werden, ihren Unterhalt durch Tagelöhnerarbeit und die Unterstützung von Verwandten zu sichern.",
        "Attestiert nach den Maßstäben des § 60a Abs. 2c AufenthG sind die vorgetragenen gesundheitlichen Probleme nicht; eine erhebliche konkrete Gefahr ist damit nicht dargetan.",
        "Ausreiseaufforderung und Androhung: § 34 AsylG, § 59 AufenthG. Die Länge der Frist schreibt das Asylgesetz vor.",
        "Die Befristung des Verbots ist ermessensfehlerfrei bemessen. Schützenswerte Bindungen im Bundesgebiet sind weder geltend gemacht noch sonst bekannt geworden.",
        "Im Übrigen nimmt das Bundesamt Bezug auf das Anhörungsprotokoll; es wurde rückübersetzt und der antragstellenden Person ausgehändigt.",
    ]
    return pool


def _bamf_texte(c, d, r: random.Random) -> list[str]:
    pool = _bamf_gruende(c, r)
    want = d.extra.get("bamf_reasons", 6)
    out = [pool[0]]
    rest = pool[1:]
    r.shuffle(rest)
    i = 0
    while len(out) < want + 1:
        out.append(rest[i % len(rest)])
        i += 1
    return out


def _bamf_rbb(c) -> str:
    court = c.court_name.replace("Verwaltungsgericht ", "") if c.court_name else c.court_city or "Düsseldorf"
    tage = "einer Woche" if c.bamf_tenor == 4 else "zwei Wochen"
    return (
        f"Rechtsbehelfsbelehrung: Klage ist beim Verwaltungsgericht {court} einzureichen, und zwar innerhalb von {tage} "
        "ab Zustellung; sie kann auch mündlich zu Protokoll der Geschäftsstelle erklärt werden. Die Tatsachen und Beweismittel, "
        "auf die sich die Klage stützt, müssen binnen eines Monats ab Zustellung benannt werden."
    )


def _bamf_person(c) -> str:
    a = c.applicant
    return f"{a.name.upper()}, {a.vorname}, geb. {fmt(a.geburtsdatum)} in {a.geburtsort}, Staatsangehörigkeit: {a.staat}"


@tpl("bamf_bescheid", "t17a", S)
def bamf_t17a(c, d, r):
    """A decision with an information grid at the right of the head and the file number in the footer."""
    site = c.bamf_site
    a = c.applicant
    blocks = [
        Table(
            [
                [
                    "Bundesamt für Migration und Flüchtlinge\nReferat Asylverfahren\n" + site[0],
                    f"Geschäftszeichen\n{c.bamf_gz}\nDatum\n{_dm(d.date)}",
                ],
            ],
            [0.62, 0.38],
            header=False,
            grid=False,
            size=9,
        ),
        P(f"BAMF · {site[1]} · {site[2]}", size=7, after=2),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=14),
        P("Förmliche Zustellung (PZU)", size=8.5, bold=True),
        P("Bescheid", bold=True, size=14, align="center"),
        P(f"Im Asylverfahren von {_bamf_person(c)}, wird wie folgt entschieden:"),
    ]
    for i, x in enumerate(_bamf_tenor(c), 1):
        blocks.append(P(f"{i}.  {x}", indent=16))
    blocks.append(P("Gründe", bold=True, align="center"))
    for j, x in enumerate(_bamf_texte(c, d, r), 1):
        blocks.append(P(f"{j}. {x}" if j > 1 else x))
    blocks.append(P(_bamf_rbb(c), size=9))
    blocks += [
        P("Im Auftrag", after=14),
        P(r.choice(["Brückmann", "Yilmaz", "Ostendorf", "Krüger-Lenz"]), after=0),
        P("Einzelentscheider/in", size=8.5),
    ]
    return DocSpec(blocks, _sty(r, "sans", 10.0), footer=f"Az. {c.bamf_gz} – Seite {{p}} von {{n}}")


@tpl("bamf_bescheid", "t17b", S)
def bamf_t17b(c, d, r):
    """Decision for a household: every person in a grid, framed head, dashes around the page number."""
    site = c.bamf_site
    a = c.applicant
    blocks = [
        Box(
            [
                f"Bundesamt für Migration und Flüchtlinge, {site[0]}",
                f"{site[1]}, {site[2]}",
                f"Gesch.-Z.: {c.bamf_gz} (bitte bei Antworten angeben)",
            ],
            size=9,
        ),
        P(f"{site[2].split(' ', 1)[1]}, den {fmt(d.date)}", align="right"),
        P("Einschreiben mit Rückschein", size=8, after=2),
        P(f"{a.herr_frau()} u. a.", after=0),
        P(f"{c.street}, {c.plz} {c.city}", after=14),
        P("– BESCHEID –", bold=True, size=13, align="center"),
        P("Betroffene Personen:", bold=True, after=2),
    ]
    rows = [["Nr.", "Familienname", "Vorname", "geboren", "Staatsangeh."]]
    for i, p in enumerate([p for p in c.persons if p.geburtsdatum < d.date], 1):
        rows.append([str(i), p.name, p.vorname, fmt(p.geburtsdatum), p.staat])
    blocks.append(Table(rows, [0.08, 0.26, 0.22, 0.2, 0.24], size=8.5))
    blocks.append(P("Auf die Asylanträge vom " + fmt(c.asylum_applied) + " wird entschieden:"))
    for i, x in enumerate(_bamf_tenor(c), 1):
        blocks.append(P(f"({i}) {x}", indent=10))
    blocks.append(P("Begründung", bold=True))
    for x in _bamf_texte(c, d, r):
        blocks.append(P(x))
    blocks.append(P(_bamf_rbb(c), size=9))
    blocks += [P("Im Auftrag", after=16), P(r.choice(["Hagedorn", "Demir", "Wittkamp", "Lüdtke"]), after=8)]
    return DocSpec(
        blocks, _sty(r, "serif", 10.0), footer="— Seite {p} von {n} —", header=f"Gesch.-Z. {c.bamf_gz}"
    )


@tpl("bamf_bescheid", "t17c", S)
def bamf_t17c(c, d, r):
    """A condensed print-out: two-column tenor grid, file number and page number together in the footer."""
    site = c.bamf_site
    a = c.applicant
    gz_alt = c.bamf_gz.replace(" ", "")
    blocks = [
        P("BAMF / Bundesamt für Migration und Flüchtlinge", bold=True, size=11, after=0),
        P(f"{site[0]} | {site[1]} | {site[2]}", size=7.5, after=6),
        Table(
            [["Aktenzeichen", c.bamf_gz], ["Datum", fmt_long(d.date)], ["Betreff", "Asylantrag – Bescheid"]],
            [0.25, 0.75],
            header=False,
            grid=True,
            size=8.5,
        ),
        P(f"{a.herr_frau()}, {c.street}, {c.plz} {c.city}", size=9),
        P("Entscheidung", bold=True, size=12),
        P(f"betreffend {_bamf_person(c)}", size=9.5),
    ]
    blocks.append(
        Table(
            [[f"Ziffer {i}", x] for i, x in enumerate(_bamf_tenor(c), 1)],
            [0.14, 0.86],
            header=False,
            grid=False,
            size=9,
        )
    )
    blocks.append(P("Gründe:", bold=True))
    for x in _bamf_texte(c, d, r):
        blocks.append(P(x, size=9.5))
    blocks.append(P(_bamf_rbb(c), size=8.5))
    blocks += [P("Im Auftrag", after=14), P(r.choice(["Reinhardt", "Okonkwo-Bauer", "Stieglitz"]), after=6)]
    return DocSpec(blocks, _sty(r, "cond", 9.5, tight=True), footer=f"{gz_alt}   ·   Seite {{p}} von {{n}}")


# ---------------------------------------------------------------- aerztliches_gutachten


def _praxis(c, r: random.Random) -> list[str]:
    return [
        c.practice,
        f"{r.choice(N.STREETS)} {r.randint(2, 90)}",
        c.court_city_plz(),
        f"Telefon 0{_num(c.practice, 201, 989)} {_num(c.practice + 'x', 1000, 99999)}",
    ]


def _pat(c) -> tuple:
    p = c.persons[c.ill_person]
    return p, f"{p.name}, {p.vorname} (* {fmt(p.geburtsdatum)})"


def _befund(c, r: random.Random) -> tuple[str, str, str]:
    """Symptoms, measured findings and the feared course for the case's diagnosis."""
    code = c.diagnosis[0]
    if code.startswith("F"):
        return (
            r.choice(
                [
                    "nächtliches Hochschrecken, Grübeln und Konzentrationsstörungen",
                    "Erschöpfung, Freudlosigkeit und Rückzug aus Kontakten",
                    "Schwindel, Herzrasen und Angst vor dem Verlassen der Wohnung",
                ]
            ),
            f"Wach, orientiert, im Kontakt zugewandt, affektiv deutlich eingeengt, Antrieb reduziert; kein Anhalt für akute Eigengefährdung. Fragebogen-Werte: PCL-5 {r.randint(38, 61)}, BDI-II {r.randint(22, 41)}.",
            "Ein Abbruch der Behandlung und die Rückkehr an den Ort der belastenden Erfahrungen ließen eine erhebliche Verschlechterung bis hin zu suizidalen Krisen erwarten.",
        )
    if code.startswith("E11"):
        return (
            "Durst, Müdigkeit und schlecht heilende Wunden an den Füßen",
            f"HbA1c {r.randint(75, 98) / 10:.1f} %, Nüchternglukose {r.randint(140, 220)} mg/dl; beginnende Polyneuropathie beidseits.",
            "Ohne gesicherte Versorgung mit Insulin und Teststreifen drohen Entgleisungen bis zum diabetischen Koma.",
        )
    if code.startswith("I10"):
        return (
            "Kopfdruck, Nasenbluten und Atemnot beim Treppensteigen",
            f"Praxisblutdruck {r.randint(150, 175)}/{r.randint(95, 108)} mmHg, Langzeitmessung im Mittel deutlich erhöht; linksventrikuläre Hypertrophie im Echo.",
            "Ein Absetzen der Medikation erhöht das Risiko für Schlaganfall und Herzinfarkt erheblich.",
        )
    if code.startswith("G40"):
        return (
            "Anfälle mit Bewusstseinsverlust, zuletzt auch nachts",
            f"EEG mit Herdbefund temporal links; Anfallsfrequenz {r.randint(2, 6)} pro Monat trotz Therapie.",
            "Bei einer Unterbrechung der antiepileptischen Therapie ist mit einer Häufung von Anfällen bis zum Status epilepticus zu rechnen.",
        )
    return (
        "Wassereinlagerungen, Übelkeit und starke Erschöpfung",
        f"eGFR {r.randint(18, 28)} ml/min, Kreatinin {r.randint(24, 36) / 10:.1f} mg/dl; Vorbereitung auf eine Nierenersatztherapie.",
        "Ohne engmaschige nephrologische Betreuung und absehbare Dialyse besteht Lebensgefahr.",
    )


@tpl("aerztliches_gutachten", "t17a", S)
def med_t17a(c, d, r):
    """Specialist's Befundbericht, its issue date below the signature line."""
    code, name, sev = c.diagnosis
    p, pat = _pat(c)
    seit = c.entry + timedelta(days=_num(c.case_id + "th", 300, 900))
    klagen, befund, folgen = _befund(c, r)
    psych = code.startswith("F")
    blocks = _kopf(r, _praxis(c, r)) + [
        P(
            ("Psychotherapeutischer" if psych else "Fachärztlicher")
            + " Befundbericht (auf Anforderung der Patientin/des Patienten)",
            bold=True,
            size=12,
        ),
        P(f"Patient/in: {pat}"),
        P(
            f"Behandlung hier seit {month_year(min(seit, d.date - timedelta(days=60)))}; letzte Vorstellung am {fmt(d.date - timedelta(days=_num(c.case_id, 2, 9)))}",
            size=9,
        ),
        P("1. Anlass der Vorstellung", bold=True, after=1),
        P(
            f"Die Vorstellung erfolgte auf Zuweisung der Hausärztin wegen anhaltender Beschwerden. {p.vorname} berichtete über {klagen}."
        ),
        P("2. Vorgeschichte", bold=True, after=1),
        P(
            f"Die Beschwerden bestehen nach eigener Schilderung seit der Zeit vor der Ausreise und haben sich seit der Ankunft in Deutschland ({c.entry.year}) schrittweise verstärkt. "
            "Eine Behandlung im Herkunftsland fand nur unregelmäßig statt; Unterlagen darüber liegen nicht vor. "
            f"Familienanamnese: {r.choice(['unauffällig', 'Mutter mit ähnlichen Beschwerden', 'nicht erhebbar'])}. Nikotin: {r.choice(['nein', 'gelegentlich', 'aufgegeben'])}."
        ),
        P("3. Befund bei Untersuchung", bold=True, after=1),
        P(befund),
        P("4. Diagnostische Einordnung nach ICD-10-GM", bold=True, after=1),
        P(f"{code}  {name}", indent=12),
        P("5. Verlauf und Schweregrad", bold=True, after=1),
        P(
            f"Unter {r.choice(['wöchentlicher', 'zweiwöchentlicher'])} Behandlung zeigt sich eine leichte Stabilisierung, die jedoch bei jeder behördlichen Post wieder einbricht. "
            f"Der Schweregrad ist derzeit als {sev} einzuschätzen; eine Besserung ist nur bei stabilen Lebensumständen zu erwarten."
        ),
        P("6. Medikation und Behandlungsplan", bold=True, after=1),
        P("; ".join(r.sample(N.MEDICATION, 2)), indent=12),
        P(
            "Geplant sind die Fortführung der Termine in bisheriger Frequenz, Kontrollen der Medikation im Abstand von vier Wochen und bei Bedarf eine stationäre Krisenintervention."
        ),
        P("7. Folgen einer Rückführung", bold=True, after=1),
        P(
            folgen
            + " Eine vergleichbare Behandlung ist dort nach Kenntnis der Unterzeichnenden nicht zugänglich."
        ),
        Signature(c.doctor),
        P(f"ausgestellt am {fmt_long(d.date)}", size=9),
    ]
    return DocSpec(blocks, _sty(r), footer="Befundbericht – vertraulich – S. {p}/{n}")


@tpl("aerztliches_gutachten", "t17b", S)
def med_t17b(c, d, r):
    """A hospital discharge letter: admission and discharge dates above, the letter's date in a grid."""
    code, name, sev = c.diagnosis
    p, pat = _pat(c)
    city = c.city_or_nrw()
    klinik = f"{r.choice(['Lindenhof-Klinik', 'Marienstift-Krankenhaus', 'Klinikum Am Wasserturm'])} {city}"
    klagen, befund, _ = _befund(c, r)
    ent = d.date - timedelta(days=_num(c.case_id + "e", 3, 12))
    auf = ent - timedelta(days=_num(c.case_id + "a", 6, 30))
    blocks = [
        P(klinik, bold=True, size=13, after=0),
        P(
            f"Abteilung {'Kinder- und Jugendmedizin' if p.role == 'child' else 'Allgemeinpsychiatrie' if code.startswith('F') else 'Innere Medizin'} · Chefarzt Prof. Dr. med. {r.choice(N.GERMAN_SURNAMES)}",
            size=8.5,
        ),
        Rule(0.5),
        Table(
            [
                ["Unser Zeichen", f"Fall {_num(c.case_id, 100000, 999999)}"],
                ["Datum des Briefes", _dm(d.date)],
                ["Ansprechpartner/in", c.doctor],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
            size=8.5,
        ),
        P("Entlassungsbericht", bold=True, size=12),
        P(f"über {pat}, stationär vom {fmt(auf)} bis {fmt(ent)}"),
        P("Diagnosen", bold=True, after=1),
        P(f"• {name} – ICD-10 {code}", indent=8, after=1),
        P(f"• {r.choice(['Eisenmangel', 'Vitamin-D-Mangel', 'Schlafstörung, nichtorganisch'])}", indent=8),
        P("Anlass der Aufnahme, stationärer Verlauf", bold=True, after=1),
        P(
            f"Die stationäre Aufnahme erfolgte über die Notaufnahme wegen einer akuten Verschlechterung: {klagen}. Der Zustand ist insgesamt als {sev} einzustufen; "
            "während des Aufenthalts gelang unter Anpassung der Medikation und engmaschiger Überwachung eine Stabilisierung, die ambulant fortgeführt werden muss."
        ),
        P("Befunde", bold=True, after=1),
        P(befund),
        P(
            f"Labor bei Aufnahme: Hb {r.randint(108, 146) / 10:.1f} g/dl, CRP {r.randint(1, 9)} mg/l, Elektrolyte im Normbereich. EKG: Sinusrhythmus, {r.randint(62, 96)}/min, keine Erregungsrückbildungsstörungen."
        ),
        P("Sozialanamnese", bold=True, after=1),
        P(
            f"Lebt mit {'der Familie' if len(c.persons) > 1 else 'niemandem zusammen'} in {c.city_or_nrw()}; aufenthaltsrechtlich ungesicherte Situation, die von {p.vorname} als anhaltende Belastung beschrieben wird. Sozialdienst wurde hinzugezogen."
        ),
        P("Entlassmedikation", bold=True, after=1),
        Table(
            [["Präparat", "Dosierung"]] + [m.rsplit(" ", 1) for m in r.sample(N.MEDICATION, 2)],
            [0.6, 0.4],
            size=8.5,
        ),
        P("Empfehlung", bold=True, after=1),
        P(
            "Fortsetzung der fachärztlichen Behandlung ohne Unterbrechung; Wiedervorstellung bei Verschlechterung jederzeit. Gegen eine Reise oder einen Ortswechsel bestehen derzeit erhebliche Bedenken."
        ),
        P("Mit kollegialen Grüßen aus der Klinik", after=2),
        Signature(f"{c.doctor}, {'Oberärztin' if c.doctor.split()[2] in FEMALE else 'Oberarzt'}"),
    ]
    return DocSpec(blocks, _sty(r, "sans", 10.0), footer=f"{klinik} – Seite {{p}}")


@tpl("aerztliches_gutachten", "t17c", S)
def med_t17c(c, d, r):
    """A short certificate of a GP, the date under the stamp in the old style with a Roman month."""
    code, name, sev = c.diagnosis
    p, pat = _pat(c)
    lines = _praxis(c, r)
    blocks = [
        P(lines[0], bold=True, align="center", after=0),
        P(" – ".join(lines[1:]), size=8, align="center"),
        Rule(0.4),
        Space(16),
        P("Ärztliche Bescheinigung", bold=True, size=12, align="center"),
        P(f"zur Vorlage bei Behörden, auf Wunsch von {p.full}", align="center", size=9),
        Space(8),
        P(
            f"Auf Wunsch bestätige ich, dass {pat} seit {month_year(d.date - timedelta(days=_num(c.case_id, 200, 900)))} in meiner Behandlung steht."
        ),
        P(
            f"Befund: {r.choice(['wiederholt erhöhte Werte bei den Kontrollen', 'deutliche Einschränkung der Belastbarkeit', 'rezidivierende Beschwerden trotz Therapie'])}. Diagnose: {name} ({code}). Schweregrad: {sev}."
        ),
        P(
            f"Die Medikation ({', '.join(r.sample(N.MEDICATION, 2))}) muss regelmäßig eingenommen und kontrolliert werden. Setzt die Versorgung aus, drohen vermeidbare Komplikationen."
        ),
        Space(10),
        Box(["Praxisstempel", lines[0]], size=8),
        Signature(c.doctor),
        P(f"{c.city_or_nrw()}, {_rom(d.date)}", size=9),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


# ---------------------------------------------------------------- vollmacht


def _adults(c) -> list[int]:
    return [i for i, p in enumerate(c.persons) if p.role != "child"]


@tpl("vollmacht", "t17a", S)
def voll_t17a(c, d, r):
    """A counselling service's order and power with ticked boxes."""
    rp = c.rep
    blocks = _kopf(r, _rep_lines(c)) + [
        P("Vollmacht und Beratungsauftrag", bold=True, size=13),
        P("Auftraggeber/in (Vollmachtgeber/in):", bold=True, after=1),
    ]
    for i in _adults(c):
        p = c.persons[i]
        blocks.append(P(f"{p.name}, {p.vorname}, * {_dm(p.geburtsdatum)}", indent=10, after=1))
    blocks.append(P(f"Anschrift: {c.adresse}"))
    blocks.append(
        P(f"Bevollmächtigt wird: {_rep_named(c)} ({rp.street}, {rp.city}), vertreten durch {rp.person}.")
    )
    blocks.append(P("Die Vollmacht umfasst (Zutreffendes ist angekreuzt):", after=2))
    for mark, text in [
        ("☒", "die Stellung und Begründung eines Antrags bei der Härtefallkommission NRW"),
        ("☒", "den Schriftverkehr mit der Geschäftsstelle und die Entgegennahme von Mitteilungen"),
        ("☒", "Auskünfte und Akteneinsicht bei der Ausländerbehörde"),
        ("☐" if r.random() < 0.5 else "☒", "Gespräche mit Schulen, Ärztinnen und Ärzten sowie Arbeitgebern"),
        ("☐", "die Vertretung in gerichtlichen Verfahren"),
    ]:
        blocks.append(P(f"{mark}  {text}", indent=8, after=1))
    blocks.append(P("Beenden lässt sich der Auftrag jederzeit, Gründe muss niemand nennen."))
    for i in _adults(c):
        blocks.append(Signature(c.persons[i].full, f"{c.city_or_nrw()}, {fmt(d.date)}" if i == 0 else ""))
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("vollmacht", "t17b", S)
def voll_t17b(c, d, r):
    """A formal power with numbered powers and a service clause."""
    a = c.applicant
    blocks = [
        P("VOLLMACHT (Härtefallverfahren)", bold=True, size=15, align="center"),
        Space(6),
        P(f"{_rep_named(c)}, {c.rep.street}, {c.rep.city}", align="center", bold=True),
        P("– nachstehend „Bevollmächtigte“ –", align="center", size=9),
        P(
            f"wird hiermit von {a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, wohnhaft {c.adresse}, Vollmacht erteilt"
        ),
        P(
            "in der Angelegenheit: Härtefallverfahren nach § 23a AufenthG (auch für die im Haushalt lebenden Familienangehörigen)",
            bold=True,
        ),
        P("Die Bevollmächtigte darf dabei insbesondere", after=2),
    ]
    for i, x in enumerate(
        [
            "Anträge bei der Härtefallkommission einzureichen, zu begründen und zu ergänzen,",
            "Akten der Behörden und Gerichte einzusehen,",
            "Bescheide, Mitteilungen und sonstige Post in Empfang zu nehmen,",
            "Anträge zurückzunehmen,",
            "Vertreter für sich einzusetzen (Untervollmacht).",
        ],
        1,
    ):
        blocks.append(P(f"{i}. {x}", indent=14, after=1))
    blocks.append(P("Es wird gebeten, Zustellungen ausschließlich an die Bevollmächtigte zu richten."))
    blocks.append(Signature(f"{a.full} (Vollmachtgeber/in)", f"{c.city_or_nrw()}, {_dm(d.date)}"))
    return DocSpec(blocks, _sty(r, "serif"))


@tpl("vollmacht", "t17c", S)
def voll_t17c(c, d, r):
    """A short hand-written-looking power in simple words."""
    a = c.applicant
    rp = c.rep
    wen = f"meinem {rp.relation} {rp.person}" if rp.kind == "privat" else f"{rp.person} von {rp.org}"
    blocks = [
        Space(20),
        P("Vollmacht", size=16, font="italic"),
        Space(10),
        P(f"Ich, {a.full}, geboren {_dm(a.geburtsdatum)}, wohne {c.adresse}.", font="italic", size=12),
        P(
            f"Ich gebe {wen} ({rp.street}, {rp.city}) die Vollmacht, in unserer Härtefallsache alles Nötige zu erledigen: Briefe schreiben, Post abholen, Papiere abgeben, mit der Kommission telefonieren.",
            font="italic",
            size=12,
        ),
        P("Zurücknehmen kann ich die Vollmacht nur schriftlich.", font="italic", size=12),
        Space(10),
        P(f"{c.city_or_nrw()}, den {_dm(d.date)}", font="italic", size=12),
        Signature(a.full),
    ]
    return DocSpec(blocks, _sty(r, "sans", 11.0))


# ---------------------------------------------------------------- schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "t17a", S)
def sp_t17a(c, d, r):
    """A release naming the treating practices in a grid."""
    p = c.persons[c.ill_person]
    rows = [["Behandelnde Stelle", "Fachgebiet", "Ort"], [c.practice, "behandelnd", c.city_or_nrw()]]
    rows.append([f"Hausarztpraxis {r.choice(N.GERMAN_SURNAMES)}", "Allgemeinmedizin", c.city_or_nrw()])
    blocks = [
        P(
            "Schweigepflicht – Freigabe für Ärztinnen, Ärzte und Therapeutinnen/Therapeuten",
            bold=True,
            size=12,
        ),
        P(
            f"Betroffene Person: {p.full}, geboren {fmt(p.geburtsdatum)}"
            + (f"; gesetzlich vertreten durch {c.applicant.full}" if p.role == "child" else "")
        ),
        P(
            "Die nachstehend Genannten dürfen der Härtefallkommission NRW, ihrer Geschäftsstelle und deren ärztlichem Dienst Auskunft geben. Zu diesem Zweck entbinde ich folgende Stellen von der ärztlichen Verschwiegenheit:"
        ),
        Table(rows, [0.5, 0.25, 0.25], size=9),
        P(
            "Sie gilt für alles, was zur Beurteilung der Erkrankung im Härtefallverfahren gebraucht wird – Befunde, Diagnosen, bisheriger Verlauf, Aussichten – und endet mit dem Verfahren, sofern ich sie nicht früher zurückziehe."
        ),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _sty(r))


@tpl("schweigepflichtsentbindung", "t17b", S)
def sp_t17b(c, d, r):
    """A bilingual release, German on the left and English on the right."""
    p = c.persons[c.ill_person]
    rows = [
        ["Schweigepflichtsentbindung", "Waiver of doctor–patient confidentiality"],
        [
            f"Ich, {c.applicant.full}, entbinde {c.doctor} ({c.practice}) von der Schweigepflicht gegenüber der Kommission für Härtefälle in NRW.",
            f"I, {c.applicant.full}, free {c.doctor} from the duty of secrecy so that the Hardship Commission (NRW) may be informed.",
        ],
        [
            f"Dies betrifft die Behandlung von {p.full} (geb. {fmt(p.geburtsdatum)}).",
            f"This concerns the treatment of {p.full} (born {fmt_en(p.geburtsdatum)}).",
        ],
        [
            "Diese Erklärung kann ich jederzeit zurücknehmen.",
            "This waiver can be revoked by me whenever I want.",
        ],
    ]
    blocks = [
        P("Erklärung · Declaration", bold=True, size=12, align="center"),
        Table(rows, [0.5, 0.5], header=True, grid=True, size=9.5),
        Space(10),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("schweigepflichtsentbindung", "t17c", S)
def sp_t17c(c, d, r):
    """A release inside a counselling or practice form, with a tick box and a short revocation note."""
    p = c.persons[c.ill_person]
    issuer = c.rep.org if c.rep is not None and c.rep.kind != "privat" else c.practice
    blocks = [
        P(issuer, size=9, align="right"),
        P(f"Formular S-2 · Stand {d.date.year - 1}", size=7.5, align="right"),
        P("Schweigepflicht – Einverständnis zur Weitergabe von Gesundheitsinformationen", bold=True),
        Table(
            [
                ["Name, Vorname", f"{p.name}, {p.vorname}"],
                ["Geburtsdatum", _dm(p.geburtsdatum)],
                ["Anschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
            size=9,
        ),
        P(
            f"☒  {c.doctor} und das Praxisteam entbinde ich von der Schweigepflicht: Berichte und Auskünfte an die Kommission für Härtefälle und deren Geschäftsstelle sind erlaubt."
        ),
        P(
            "☒  Mir ist bekannt: Das Einverständnis lässt sich jederzeit zurückziehen; was bis dahin übermittelt wurde, bleibt übermittelt."
        ),
        Signature(c.applicant.full, f"{_dm(d.date)}, {c.city_or_nrw()}"),
    ]
    return DocSpec(blocks, _sty(r, "cond"))


# ---------------------------------------------------------------- datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "t17a", S)
def ds_t17a(c, d, r):
    """The consent with its legal bases spelled out and numbered purposes."""
    blocks = [
        P("Erklärung über die Einwilligung in die Datenverarbeitung", bold=True, size=12),
        P("zur Vorlage im Härtefallverfahren des Landes NRW (§ 23a AufenthG, HFKomVO)", size=9),
        Rule(0.5),
        P(
            f"Hiermit erteile ich, {c.applicant.full}, geb. {fmt(c.applicant.geburtsdatum)}, meine Zustimmung: Die Geschäftsstelle darf Angaben zu meiner Person und zu den Angehörigen aus meinem Antrag (personenbezogene Daten im Sinne der DSGVO) zu diesen Zwecken nutzen:"
        ),
    ]
    for i, x in enumerate(
        [
            "Prüfung, ob sich die Härtefallkommission mit dem Antrag befasst, und Vorbereitung der Beratung;",
            "Anforderung einer Stellungnahme der zuständigen Ausländerbehörde und Austausch mit ihr;",
            "Weitergabe der Antragsunterlagen an die Mitglieder der Kommission für die Sitzung.",
        ],
        1,
    ):
        blocks.append(P(f"({i}) {x}", indent=10, after=1))
    blocks.append(
        P(
            "Ausdrücklich eingeschlossen sind Angaben zur Gesundheit und weitere besonders geschützte Daten (Art. 9 Abs. 2 Buchst. a DSGVO); Grundlage im Übrigen: Art. 6 Abs. 1 Buchst. a DSGVO."
        )
    )
    blocks.append(
        P(
            "Ob ich einwillige, entscheide ich freiwillig. Widerrufen kann ich jederzeit, mit Wirkung nur nach vorn; was vorher rechtmäßig geschah, bleibt rechtmäßig. Fehlt die Einwilligung, kann die Geschäftsstelle den Antrag unter Umständen nicht bearbeiten."
        )
    )
    blocks.append(Signature(c.applicant.full, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    if r.random() < 0.7:
        # the information sheet that comes with the form (Art. 13 DSGVO)
        blocks += [
            PageBreak(),
            P("Beiblatt: Was mit Ihren Angaben geschieht (Art. 13 DSGVO)", bold=True, size=11),
        ]
        for head, text in [
            (
                "Wer ist verantwortlich?",
                "Verantwortlich ist das für Flucht und Integration zuständige Ministerium des Landes NRW; die Geschäftsstelle der Härtefallkommission bearbeitet die Anträge. Die behördliche Datenschutzbeauftragte erreichen Sie über die Poststelle des Hauses.",
            ),
            (
                "Wozu und auf welcher Grundlage?",
                "Die Angaben dienen allein der Vorbereitung und Beratung Ihres Härtefallantrags. Grundlage sind Ihre Einwilligung sowie § 23a AufenthG und die Verordnung über die Härtefallkommission.",
            ),
            (
                "Wer erhält die Daten?",
                "Empfänger sind die Kommissionsmitglieder, die zuständige Ausländerbehörde und – nur bei gesundheitlichen Angaben und nur soweit nötig – ein beauftragter ärztlicher Dienst. Eine Übermittlung in Staaten außerhalb der EU findet nicht statt.",
            ),
            (
                "Wie lange werden sie gespeichert?",
                "Die Akte wird nach Abschluss des Verfahrens für die Dauer der gesetzlichen Aufbewahrungsfristen verwahrt und danach vernichtet.",
            ),
            (
                "Welche Rechte haben Sie?",
                "Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch; außerdem können Sie sich bei der Landesbeauftragten für Datenschutz und Informationsfreiheit NRW beschweren.",
            ),
        ]:
            blocks += [P(head, bold=True, after=1), P(text, size=9.5)]
    return DocSpec(blocks, _sty(r), footer="{p}/{n}")


@tpl("datenschutzeinwilligung", "t17b", S)
def ds_t17b(c, d, r):
    """A service's consent form with one tick box per category of data."""
    issuer = c.rep.org if c.rep is not None and c.rep.kind != "privat" else "Bürgerinitiative Bleiben e. V."
    blocks = _kopf(r, [issuer, "Datenschutz", "Stand " + str(d.date.year)], kind=1) + [
        P("Zustimmung zur Nutzung meiner Daten – Einwilligung nach Art. 6, 7 und 9 DSGVO", bold=True),
        P(f"Name: {c.applicant.full}    Anschrift: {c.adresse}", size=9.5),
        P(
            "Die angekreuzten Datenarten darf die Beratungsstelle für meinen Härtefallantrag aufnehmen, aufbewahren und der Geschäftsstelle der Härtefallkommission übermitteln:"
        ),
    ]
    for x in [
        "Angaben zur Person und zum Aufenthaltsstatus",
        "Angaben zu Familienangehörigen, auch zu minderjährigen Kindern",
        "Gesundheitsdaten (ärztliche Unterlagen)",
        "Angaben zu Arbeit, Ausbildung und Einkommen",
        "Angaben zu strafrechtlichen Verfahren",
    ]:
        blocks.append(P(f"[x] {x}", indent=10, after=1))
    blocks.append(
        P(
            "Widerruf: formlos per Brief oder E-Mail, jederzeit und ohne Nachteile. Über Auskunft, Berichtigung und Löschung hat man mich aufgeklärt."
        )
    )
    blocks.append(Signature(c.applicant.full, f"{c.city_or_nrw()}, {_dm(d.date)}"))
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("datenschutzeinwilligung", "t17c", S)
def ds_t17c(c, d, r):
    """A one-page consent in three languages, one after the other."""
    a = c.applicant
    blocks = [
        P("Einwilligung · Consent · Consentement", bold=True, size=12, align="center"),
        Rule(0.5),
        P(
            "DE – Mit der Verarbeitung meiner Angaben und der Angaben meiner Angehörigen durch die Härtefallkommission NRW, ihre Geschäftsstelle und die beteiligte Ausländerbehörde bin ich einverstanden (Einwilligung in die Datenverarbeitung nach DSGVO, personenbezogene Daten). Widerruf: jederzeit."
        ),
        P(
            "EN – Yes, the Hardship Commission NRW, its office and the foreigners authority involved may process personal data about me and my family. Revocable at any moment (GDPR).",
            font="italic",
        ),
        P(
            "FR – J'accepte que mes données personnelles et celles de ma famille soient traitées par la « Härtefallkommission » de NRW. Révocable à tout moment (RGPD).",
            font="italic",
        ),
        Rule(0.5),
        Table(
            [
                ["Name / name / nom", a.full],
                ["Datum – date", fmt(d.date)],
                ["Ort / place / lieu", c.city_or_nrw()],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        Signature(a.full),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


# ---------------------------------------------------------------- lebenslauf


def _stationen(c) -> list[tuple]:
    a = c.applicant
    y = a.geburtsdatum.year
    land = c.natinfo["land"]
    out = [
        (a.geburtsdatum, None, f"Geburt in {a.geburtsort} ({land})"),
        (y + 6, y + 15, "Grund- und Mittelschule im Heimatort"),
        (
            y + 16,
            c.entry.year - 1,
            "Aushilfsjobs: Markt, Baustellen"
            if a.sex == "m"
            else "Erwerbstätigkeit: Näherei, Haushalt der Familie",
        ),
        (c.entry, None, "Einreise in die Bundesrepublik Deutschland"),
    ]
    if c.asylum:
        out.append((c.asylum_applied, None, "Asylantrag gestellt"))
        out.append((c.bamf_date, None, "Bescheid des Bundesamts: Asyl abgelehnt"))
    else:
        out.append((c.entry.year, c.entry.year + 1, f"Aufenthalt zum Zweck {c.visa_purpose}"))
    out.append((c.entry.year + 1, c.entry.year + 2, "Integrationskurs mit Orientierungsteil"))
    if c.job:
        out.append((c.entry.year + 2, "heute", f"{c.job} bei {c.employer}"))
    return out


def _when(x) -> str:
    if x is None:
        return ""
    if isinstance(x, (int, str)):
        return str(x)
    return f"{x.month:02d}/{x.year}"


@tpl("lebenslauf", "t17a", S)
def cv_t17a(c, d, r):
    """A CV with 'von' and 'bis' columns in month/year, the personal data in a frame above."""
    a = c.applicant
    blocks = [
        P("Tabellarischer Lebenslauf", bold=True, size=14),
        Box(
            [
                a.full,
                f"geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}",
                f"Staatsangehörigkeit: {a.staat}",
                f"Familienstand: {'verheiratet' if len(c.persons) > 1 else 'ledig'}",
            ],
            size=9.5,
        ),
    ]
    rows = [["von", "bis", "Station"]]
    for x, y, what in _stationen(c):
        rows.append([_when(x), _when(y), what])
    blocks.append(Table(rows, [0.15, 0.15, 0.7], size=9.5))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, _sty(r))


@tpl("lebenslauf", "t17b", S)
def cv_t17b(c, d, r):
    """A CV keyed by age: how old I was, the year, what happened."""
    a = c.applicant
    rows = [["Alter", "Jahr", "Was geschah"]]
    for x, _, what in _stationen(c):
        year = x if isinstance(x, int) else (x.year if not isinstance(x, str) else d.date.year)
        rows.append([str(max(0, year - a.geburtsdatum.year)), str(year), what])
    blocks = [
        P(f"Lebenslauf von {a.full}", bold=True, size=13),
        P(f"(geboren {_dm(a.geburtsdatum)}, {a.geburtsort})", size=9),
        Table(rows, [0.12, 0.14, 0.74], header=True, grid=False, size=10),
        P("Ich versichere, dass diese Angaben richtig sind.", size=9),
        Signature(a.full, f"{_dm(d.date)}"),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


# ---------------------------------------------------------------- sprachnachweis


@tpl("sprachnachweis", "t17a", S)
def lang_t17a(c, d, r):
    """A DTZ certificate with a result grid per skill."""
    a = c.applicant
    lv = r.choice(["B1", "B1", "A2"])
    blocks = [
        P("Zertifikat · Deutsch-Test für Zuwanderer", bold=True, size=15, align="center"),
        P(
            "Deutsch-Test für Zuwanderer (DTZ) · Niveau A2–B1 des Gemeinsamen Europäischen Referenzrahmens",
            align="center",
            size=9,
        ),
        Space(8),
        Table(
            [
                ["Teilnehmer/in", f"{a.name.upper()}, {a.vorname}"],
                ["geboren", f"{fmt(a.geburtsdatum)} in {a.geburtsort}"],
                ["Teilnehmernummer", str(_num(c.case_id + "dtz", 1000000, 9999999))],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P("hat die Prüfung abgelegt; erreicht wurden:"),
        Table(
            [
                ["Prüfungsteil", "Niveau"],
                ["Hörverstehen/Lesen", lv],
                ["Schreiben", r.choice(["A2", "B1"])],
                ["Sprechen", "B1"],
                ["Gesamtergebnis", lv],
            ],
            [0.6, 0.4],
            size=10,
        ),
        P(
            f"Prüfungsdatum: {fmt(d.date - timedelta(days=35))}   ·   Prüfungszentrum: Bildungswerk Rheinschiene gGmbH, {c.city_or_nrw()}",
            size=9,
        ),
        P(f"Ausstellungsdatum: {fmt(d.date)}", size=9),
        Signature("Prüfungszentrum (Siegel)"),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("sprachnachweis", "t17b", S)
def lang_t17b(c, d, r):
    """A course provider's confirmation of the integration course, with the test results."""
    a = c.applicant
    blocks = _kopf(
        r,
        [
            f"Sprachschule Brückenschlag {c.city_or_nrw()}",
            "Träger mit BAMF-Zulassung",
            f"Kursort {c.city_or_nrw()}",
        ],
    ) + [
        P(f"{c.city_or_nrw()}, {_dm(d.date)}", align="right"),
        P("Teilnahmebestätigung Integrationskurs", bold=True, size=12),
        P(
            f"{a.herr_frau()}, geboren {fmt(a.geburtsdatum)}, hat vom {fmt(d.date - timedelta(days=400))} bis {fmt(d.date - timedelta(days=60))} am allgemeinen Integrationskurs (600 Unterrichtseinheiten Sprachkurs, 100 Unterrichtseinheiten Orientierungskurs) teilgenommen."
        ),
        P(
            f"Ergebnis Test „Leben in Deutschland“: {r.randint(18, 31)} von 33 Punkten. Ergebnis Deutsch-Test für Zuwanderer: Niveau {r.choice(['B1', 'A2'])}."
        ),
        P("Die Anwesenheit lag bei über 90 Prozent der Unterrichtseinheiten."),
        Signature(f"Kursleitung {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"),
    ]
    return DocSpec(blocks, _sty(r))


# ---------------------------------------------------------------- arbeitsnachweis


@tpl("arbeitsnachweis", "t17a", S)
def work_t17a(c, d, r):
    """A fixed-term employment contract in numbered paragraphs."""
    a = c.applicant
    start = d.date - timedelta(days=_num(c.case_id + "w", 30, 500))
    blocks = [
        P("Arbeitsvertrag (befristet)", bold=True, size=13, align="center"),
        P(
            f"zwischen {c.employer}, {c.city_or_nrw()} – Arbeitgeber – und {a.herr_frau()}, {c.adresse} – Arbeitnehmer/in –"
        ),
        P("§ 1 Vertragsbeginn, Befristung, Probezeit", bold=True, after=1),
        P(
            f"Beginn: {fmt(start)}; befristet bis {fmt(start + timedelta(days=730))} (§ 14 Abs. 2 TzBfG). Probezeit: sechs Monate."
        ),
        P("§ 2 Aufgabengebiet", bold=True, after=1),
        P(
            f"Eingestellt wird die Arbeitnehmerin/der Arbeitnehmer als {c.job}; andere zumutbare Aufgaben im Betrieb können übertragen werden."
        ),
        P("§ 3 Wochenarbeitszeit und Lohn", bold=True, after=1),
        P(
            f"Gearbeitet werden wöchentlich {r.choice([30, 35, 38.5, 40])} Stunden. Monatlicher Bruttolohn: {r.randint(2100, 2900)},00 Euro, fällig am letzten Werktag."
        ),
        P("§ 4 Erholungsurlaub", bold=True, after=1),
        P(f"Pro Kalenderjahr stehen {r.choice([24, 26, 28, 30])} Urlaubstage zu."),
        P("§ 5 Vorbehalt der Ausländerbehörde", bold=True, after=1),
        P("Wirksam wird der Vertrag erst mit der Beschäftigungserlaubnis der Ausländerbehörde."),
        Signature("Arbeitgeber", f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


@tpl("arbeitsnachweis", "t17b", S)
def work_t17b(c, d, r):
    """A monthly payslip grid."""
    a = c.applicant
    brutto = r.randint(1900, 2800)
    steuer = round(brutto * 0.06)
    sv = round(brutto * 0.205)
    rows = [
        ["Lohnart", "Bezeichnung", "Betrag EUR"],
        ["1000", "Gehalt/Grundlohn", f"{brutto},00"],
        ["", "Gesamt-Brutto", f"{brutto},00"],
        ["", "Lohnsteuer", f"{steuer},00"],
        ["", "Sozialversicherung AN-Anteil (KV/RV/AV/PV)", f"{sv},00"],
        ["", "Netto-Verdienst / Auszahlung", f"{brutto - steuer - sv},00"],
    ]
    blocks = [
        P(c.employer, bold=True, after=0),
        P(f"Personalabteilung · {c.city_or_nrw()}", size=8.5),
        P(f"Entgeltabrechnung für {N.MONTHS_DE[d.date.month - 1]} {d.date.year}", bold=True, size=12),
        Table(
            [
                ["Personal-Nr.", str(_num(c.case_id, 1000, 9999))],
                ["Name", a.full],
                ["Tätigkeit", c.job],
                ["Eintritt", fmt(d.date - timedelta(days=_num(c.case_id + "e", 90, 900)))],
                ["Steuerklasse", r.choice(["I", "III", "IV"])],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
            size=9,
        ),
        Table(rows, [0.15, 0.6, 0.25], size=9),
        P(f"Druckdatum {fmt(d.date)} · elektronisch erzeugt, daher ohne Unterschrift", size=8),
    ]
    return DocSpec(blocks, _sty(r, "mono", 9.0))


# ---------------------------------------------------------------- ehrenamt


@tpl("ehrenamt", "t17a", S)
def vol_t17a(c, d, r):
    """A volunteer agency's proof with hours per month."""
    a = c.applicant
    rows = [["Monat", "Einsatz", "Stunden"]]
    for k in range(4, 0, -1):
        m = d.date - timedelta(days=30 * k)
        rows.append(
            [
                f"{N.MONTHS_DE[m.month - 1]} {m.year}",
                r.choice(
                    [
                        "Lebensmittelausgabe",
                        "Begleitung bei Ausflügen",
                        "Auf- und Abbau beim Stadtfest",
                        "Dolmetschen in der Sprechstunde",
                    ]
                ),
                str(r.randint(6, 22)),
            ]
        )
    blocks = [
        P(f"Freiwilligenzentrum {c.city_or_nrw()}", bold=True, size=12),
        P("Bestätigung: freiwilliger Einsatz (ehrenamtlich)", bold=True),
        P(
            f"{a.full} engagiert sich ehrenamtlich in unserem Netzwerk, vermittelt an: {c.club}. Die folgenden Einsätze sind dokumentiert:"
        ),
        Table(rows, [0.3, 0.5, 0.2], size=9.5),
        P(
            "Die Einsätze erfolgen unentgeltlich; Zuverlässigkeit und Freundlichkeit werden von allen Beteiligten hervorgehoben."
        ),
        Signature(
            f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Koordination",
            f"{c.city_or_nrw()}, {fmt(d.date)}",
        ),
    ]
    return DocSpec(blocks, _sty(r))


@tpl("ehrenamt", "t17b", S)
def vol_t17b(c, d, r):
    """A club's membership certificate."""
    a = c.applicant
    seit = max(c.entry + timedelta(days=200), d.date - timedelta(days=1500))
    blocks = [
        P(c.club, bold=True, size=13, align="center"),
        P("– Der Vorstand –", align="center", size=9),
        Space(10),
        P("Mitgliedsbescheinigung", bold=True, size=12),
        P(
            f"Hiermit bescheinigt der Vorstand, dass {a.herr_frau()} dem Verein seit dem {fmt(seit)} als Mitglied angehört. {'Er' if a.sex == 'm' else 'Sie'} übernimmt regelmäßig Aufgaben als Helfer{'in' if a.sex == 'f' else ''} bei Veranstaltungen und ist aus dem Vereinsleben nicht mehr wegzudenken."
        ),
        P("Der Mitgliedsbeitrag wird pünktlich entrichtet."),
        Signature(
            f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, 1. Vorsitz",
            f"{c.city_or_nrw()}, {_dm(d.date)}",
        ),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


# ---------------------------------------------------------------- unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "t17a", S)
def sup_t17a(c, d, r):
    """A neighbour's letter, hand-written-looking, personal and a little disorderly."""
    a = c.applicant
    me = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    jahre = max(1, d.date.year - c.entry.year - 1)
    blocks = [
        P(f"{me}", font="italic", size=12, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 60)}, {c.city_or_nrw()}", font="italic", size=12, after=12),
        P(f"{c.city_or_nrw()}, {_dm(d.date)}", font="italic", size=12, align="right"),
        P("An die Härtefallkommission in Düsseldorf", font="italic", size=12),
        P("Liebe Damen und Herren von der Kommission,", font="italic", size=12),
        P(
            f"seit gut {jahre} Jahren wohnt {a.full} mit {'seiner' if a.sex == 'm' else 'ihrer'} Familie bei uns im Haus, eine Etage tiefer. Ich bin Rentnerin und oft allein, und ohne diese Nachbarn wüsste ich manchmal nicht weiter: Sie tragen mir die Einkäufe hoch, haben im Winter für mich Schnee geschippt und als ich im Krankenhaus lag, haben sie meine Blumen gegossen.",
            font="italic",
            size=12,
        ),
        P(
            "Ich verstehe nicht, warum Menschen, die hier arbeiten und so freundlich sind, gehen sollen. Bitte lassen Sie sie hierbleiben. Ich stehe mit meinem Namen dafür ein.",
            font="italic",
            size=12,
        ),
        P("Herzlich,", font="italic", size=12, after=2),
        Signature(me),
    ]
    return DocSpec(blocks, _sty(r, "serif", 11.0))


@tpl("unterstuetzerschreiben", "t17b", S)
def sup_t17b(c, d, r):
    """An employer's recommendation on company paper with a reference line."""
    a = c.applicant
    chef = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = _kopf(
        r, [c.employer, f"{r.choice(N.STREETS)} {r.randint(1, 90)}", c.city_or_nrw(), "Geschäftsführung"]
    ) + [
        P(
            f"Ihr Zeichen: –   Unser Zeichen: GF/{chef.split()[1][:2].upper()}   Datum: {fmt(d.date)}",
            size=8.5,
        ),
        P(f"Stellungnahme zugunsten unseres Mitarbeiters / unserer Mitarbeiterin {a.full}", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            f"{a.full} gehört als {c.job} zu unserem Team. Wir haben selten jemanden erlebt, der so schnell eingearbeitet war und Kolleginnen und Kollegen so selbstverständlich unter die Arme greift. In Zeiten, in denen wir Stellen monatelang nicht besetzen können, ist jede verlässliche Kraft ein Gewinn."
        ),
        P(
            "Wir würden das Arbeitsverhältnis gern unbefristet fortsetzen und unterstützen den Antrag deshalb ausdrücklich. Für Rückfragen stehe ich persönlich zur Verfügung."
        ),
        P("Mit freundlichen Grüßen", after=2),
        Signature(f"{chef}, Geschäftsführer/in"),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("unterstuetzerschreiben", "t17c", S)
def sup_t17c(c, d, r):
    """A short appeal with a list of signatures of neighbours and friends."""
    a = c.applicant
    rr = random.Random(c.case_id + "liste")
    rows = [["Nr.", "Name", "Wohnort", "Unterschrift"]]
    for i in range(1, rr.randint(7, 13)):
        rows.append(
            [str(i), f"{rr.choice(N.GERMAN_FIRST)} {rr.choice(N.GERMAN_SURNAMES)}", c.city_or_nrw(), "~~~~~"]
        )
    blocks = [
        P(f"Wir unterstützen Familie {a.name}!", bold=True, size=14, align="center"),
        P(
            f"Wir, die Unterzeichnenden, bitten die Härtefallkommission NRW, sich für ein Bleiberecht von {a.full} und {'seiner' if a.sex == 'm' else 'ihrer'} Familie einzusetzen. Ob im Treppenhaus, auf dem Schulhof oder beim Sport – wir erleben die Familie als hilfsbereit und verlässlich."
        ),
        Table(rows, [0.08, 0.37, 0.27, 0.28], size=9.5),
        P(
            f"Gesammelt von {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)} bis zum {_dm(d.date)}",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


# ---------------------------------------------------------------- schulnachweis


@tpl("schulnachweis", "t17a", S)
def school_t17a(c, d, r):
    """A school's (or day-care centre's) attendance certificate in a grid."""
    k = _child(c, d)
    age = k.age_on(d.date)
    y = d.date.year if d.date.month >= 8 else d.date.year - 1
    if age < 6:
        head, what = (
            f"Kita Regenbogenland {c.city_or_nrw()}",
            "Bestätigung der Kindertageseinrichtung über die Betreuung",
        )
        rows = [
            ["Kind", k.full],
            ["geboren am", fmt(k.geburtsdatum)],
            ["Betreuung seit", fmt(d.date - timedelta(days=300))],
            ["Betreuungsumfang", "45 Wochenstunden"],
        ]
    else:
        head, what = c.school, "Schulbescheinigung"
        rows = [
            ["Schüler/in", k.full],
            ["geboren am", fmt(k.geburtsdatum)],
            ["Klasse", f"{min(13, max(1, age - 5))}{r.choice('abc')}"],
            ["Schuljahr", f"{y}/{str(y + 1)[2:]}"],
        ]
    blocks = [
        P(head, bold=True, size=12),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P(what, bold=True, size=13),
        P("Es wird bescheinigt:"),
        Table(rows, [0.35, 0.65], header=False, size=10),
        P("Der Besuch erfolgt regelmäßig. Auf Bitte der Eltern für eine Behörde ausgestellt."),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Leitung"),
    ]
    return DocSpec(blocks, _sty(r))


@tpl("schulnachweis", "t17b", S)
def school_t17b(c, d, r):
    """Mid-year marks sheet (for a pre-school child: a few lines from the Kita instead)."""
    k = _child(c, d)
    age = k.age_on(d.date)
    y = d.date.year if d.date.month >= 8 else d.date.year - 1
    if age < 6:
        blocks = [
            P(f"Familienzentrum Sonnenblume {c.city_or_nrw()} – Kindertageseinrichtung", bold=True),
            P("Kurzbericht über die Entwicklung", bold=True, size=12),
            P(
                f"{k.vorname} {k.name} (geb. {fmt(k.geburtsdatum)}) besucht unsere Einrichtung regelmäßig. {k.vorname} spielt gern mit anderen Kindern, versteht Deutsch gut und spricht in kurzen Sätzen."
            ),
            Signature("Gruppenleitung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
        ]
        return DocSpec(blocks, _sty(r, "sans"))
    rows = [["Fach", "Note"]] + [
        [f, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])]
        for f in [
            "Deutsch",
            "Mathematik",
            "Englisch",
            "Sachunterricht" if age < 10 else "Biologie",
            "Sport",
            "Kunst",
        ]
    ]
    blocks = [
        P(c.school, bold=True, align="center"),
        P(f"Zeugnis zum Halbjahr – Schuljahr {y}/{y + 1}", bold=True, size=13, align="center"),
        P(f"für {k.vorname} {k.name}, geboren am {fmt(k.geburtsdatum)}, Klasse {min(13, max(1, age - 5))}"),
        Table(rows, [0.6, 0.4], size=10),
        P(f"Fehltage: {r.randint(0, 6)} (alle entschuldigt)"),
        P("Bemerkungen: beteiligt sich rege am Unterricht und hat viele Freundschaften in der Klasse."),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Signature("Klassenleitung"),
        Signature("Schulleitung"),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


# ---------------------------------------------------------------- auslaenderbehoerde


def _amt(c, r: random.Random) -> list:
    city = c.abh.split("–")[0].strip()
    head = (
        "Der Oberbürgermeister"
        if city.startswith(("Stadt", "Landeshaupt", "Bundesstadt"))
        else "Der Landrat"
        if city.startswith("Kreis")
        else "Die Verwaltung"
    )
    town = c.city if c.residence != "abroad" else city.split(" ")[-1]
    return _kopf(r, [c.abh, head, f"{r.choice(N.STREETS)} {r.randint(1, 40)}", f"{c.abh_plz} {town}"])


@tpl("auslaenderbehoerde", "t17a", S)
def abh_t17a(c, d, r):
    """The toleration paper: framed fields, conditions underneath."""
    a = c.applicant
    blocks = _amt(c, r) + [
        P("Bescheinigung über die Aussetzung der Abschiebung (Duldung)", bold=True, size=12, align="center"),
        P("– kein Aufenthaltstitel – Der Inhaber ist ausreisepflichtig –", size=8.5, align="center"),
        Box(
            [
                f"Familienname: {a.name.upper()}",
                f"Vorname(n): {a.vorname}",
                f"Geburtsdatum/-ort: {fmt(a.geburtsdatum)} / {a.geburtsort}",
                f"Staatsangehörigkeit: {a.staat}",
                f"Anschrift: {c.adresse}",
            ],
            size=9.5,
            bold_first=False,
        ),
        P(f"Aussetzung befristet bis: {fmt(d.date + timedelta(days=_num(c.case_id, 60, 180)))}"),
        P("Nebenbestimmungen:", bold=True, after=1),
        P(
            "Wohnsitznahme ist nur in der oben genannten Gemeinde gestattet. Die Ausübung einer Beschäftigung ist nur mit Erlaubnis der Ausländerbehörde zulässig. Die Duldung erlischt mit dem Bekanntwerden des Abschiebungstermins."
        ),
        P(
            f"Ausgestellt: {fmt(d.date)}  ·  Az. 32.{_num(c.case_id, 10, 99)}-{_num(c.case_id + 'b', 1000, 9999)}",
            size=9,
        ),
        Signature("Im Auftrag"),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("auslaenderbehoerde", "t17b", S)
def abh_t17b(c, d, r):
    """A formal order to help obtain a passport, with a threatened penalty payment."""
    a = c.applicant
    blocks = _amt(c, r) + [
        P(f"{a.herr_frau()}, {c.street}, {c.plz} {c.city}", size=9),
        P(
            f"Datum: {_dm(d.date)}   Aktenzeichen: AB-{_num(c.case_id, 100, 999)}/{d.date.year % 100}",
            align="right",
            size=9,
        ),
        P("Ordnungsverfügung – Verpflichtung zur Mitwirkung bei der Passbeschaffung", bold=True),
        P("Sehr geehrte Dame, sehr geehrter Herr," if r.random() < 0.3 else f"Guten Tag {a.herr_frau()},"),
        P(
            f"Sie sind vollziehbar ausreisepflichtig. Einen gültigen Pass oder Passersatz haben Sie bisher nicht vorgelegt. Nach §§ 48 Abs. 3, 82 Abs. 4 AufenthG werden Sie hiermit verpflichtet, bis zum {fmt(d.date + timedelta(days=28))} bei der für Sie zuständigen Botschaft ({c.natinfo['land']}) einen Pass zu beantragen und den Nachweis hier vorzulegen."
        ),
        P(
            "Für den Fall, dass Sie dieser Verpflichtung nicht fristgerecht nachkommen, wird ein Zwangsgeld in Höhe von 250,00 Euro angedroht. Die sofortige Vollziehung wird angeordnet."
        ),
        P("Rechtsbehelfsbelehrung", bold=True, after=1),
        P(
            "Rechtsmittel: Innerhalb eines Monats nach Bekanntgabe können Sie Klage erheben; zuständig ist das Verwaltungsgericht Ihres Wohnorts.",
            size=9,
        ),
        Signature("Im Auftrag, Sachbearbeitung Aufenthaltsbeendigung"),
    ]
    return DocSpec(blocks, _sty(r, "serif"), footer="Seite {p} von {n}")


@tpl("auslaenderbehoerde", "t17c", S)
def abh_t17c(c, d, r):
    """A request to leave voluntarily, announcing the deportation date where one is fixed."""
    a = c.applicant
    blocks = _amt(c, r) + [
        P(f"{_dm(d.date)}", align="right"),
        P(f"{a.herr_frau()}", after=0),
        P(f"{c.street}", after=0),
        P(f"{c.plz} {c.city}", after=10),
        P("Aufforderung zur Ausreise / Hinweis auf Rückkehrberatung", bold=True),
        P(
            f"Guten Tag,\nIhre Ausreisepflicht ist vollziehbar. Verlassen Sie bitte das Bundesgebiet eigenständig. Eine Förderung der freiwilligen Rückkehr ist über die Rückkehrberatung möglich; Termine vergibt die Beratungsstelle im Haus, Zimmer {r.randint(100, 340)}."
        ),
    ]
    if c.rueckfuehrung:
        blocks.append(
            P(
                f"Ohne freiwillige Ausreise wird die Rückführung am {fmt(c.rueckfuehrung)} durchgeführt.",
                bold=True,
            )
        )
    else:
        blocks.append(
            P("Bleibt die freiwillige Ausreise aus, wird die Ausreisepflicht zwangsweise durchgesetzt.")
        )
    blocks += [
        P("Bitte bringen Sie zu jeder Vorsprache Ihre Duldung und alle Identitätsdokumente mit."),
        Signature("Ausländerbehörde, i. A."),
    ]
    return DocSpec(blocks, _sty(r))


# ---------------------------------------------------------------- gerichtsentscheidung


def _traeger(c) -> str:
    """The authority's body as a court names it: the town or district, represented by its head."""
    head = c.abh.split(" – ")[0]
    if head.startswith("Kreis"):
        return f"den {head}, vertreten durch den Landrat"
    if head.startswith(("Stadt", "Landeshauptstadt", "Bundesstadt", "StädteRegion")):
        return f"die {head}, vertreten durch {'den Städteregionsrat' if head.startswith('Städte') else 'den Oberbürgermeister'}"
    return f"das {head}" if head.startswith("Migrationsamt") else f"die {head}"


@tpl("gerichtsentscheidung", "t17a", S)
def court_t17a(c, d, r):
    """An engrossed judgment (asylum) or order (other), 'Ausfertigung' at the head."""
    a = c.applicant
    urteil = c.asylum
    gegner = "die Bundesrepublik Deutschland (Bund), handelnd durch das BAMF" if c.asylum else _traeger(c)
    blocks = [
        P("Ausfertigung", size=9, align="right"),
        P(c.court_name.upper(), bold=True, align="center", size=12),
        P(f"Aktenzeichen: {c.court_az}", align="center", size=9),
        P("IM NAMEN DES VOLKES", bold=True, align="center") if urteil else Space(4),
        P("URTEIL" if urteil else "BESCHLUSS", bold=True, align="center", size=13),
        P(
            f"Im Rechtsstreit {a.full}, {c.adresse}, – {'Kläger' if a.sex == 'm' else 'Klägerin'} –"
            if urteil
            else f"Im Eilverfahren {a.full}, {c.adresse}, – {'Antragsteller' if a.sex == 'm' else 'Antragstellerin'} –"
        ),
        P(f"gegen {gegner}, – {'Beklagte' if urteil else 'Antragsgegner'} –"),
        P(f"wegen {'Asylrecht' if c.asylum else 'Aufenthaltsrecht'}"),
        P(
            f"hat die Einzelrichterin der {r.randint(3, 19)}. Kammer nach mündlicher Verhandlung vom {fmt(d.date)} entschieden:"
            if urteil
            else f"beschließt die {r.randint(3, 19)}. Kammer am {fmt(d.date)}:"
        ),
        P(
            "Die Klage wird abgewiesen; sie hat keinen Erfolg. Gerichtskosten fallen nicht an; ihre außergerichtlichen Kosten trägt die klagende Partei selbst."
            if urteil
            else "Der Eilrechtsschutz bleibt versagt. Kosten: antragstellende Partei. Streitwert 2.500,00 Euro.",
            indent=12,
        ),
        P("Tatbestand" if urteil else "Gründe", bold=True),
        P(
            f"Die {'klagende' if urteil else 'antragstellende'} Partei ist {a.staat}e{'r' if a.sex == 'm' else ''} Staatsangehörige{'r' if a.sex == 'm' else ''} und lebt seit {c.entry.year} im Bundesgebiet."
        ),
    ]
    texts = [
        "Das Gericht konnte trotz Ausbleibens eines Beteiligten verhandeln, da in der Ladung darauf hingewiesen worden ist.",
        "Die angefochtene Entscheidung ist rechtmäßig. Ein Anspruch auf die begehrte Rechtsfolge besteht nicht; die Einlassungen in der mündlichen Verhandlung haben die Zweifel an der Glaubhaftigkeit nicht ausgeräumt."
        if urteil
        else "In der Abwägung setzt sich das Vollzugsinteresse durch; Hindernisse einer Abschiebung sind nicht glaubhaft gemacht.",
        "Nebenentscheidungen: Kosten nach § 154 Abs. 1 VwGO; gerichtskostenfrei gemäß § 83b AsylG."
        if c.asylum
        else "Kosten: § 154 Abs. 1 VwGO; Streitwert: §§ 52, 53 GKG.",
    ]
    mid = [
        f"Zur Begründung ihres Begehrens hat die {'klagende' if urteil else 'antragstellende'} Partei im Wesentlichen auf die Schilderungen aus dem Verwaltungsverfahren Bezug genommen und ergänzend auf die Dauer des Aufenthalts seit {c.entry.year} verwiesen.",
        "Die Gegenseite ist dem unter Hinweis auf die Gründe der angegriffenen Entscheidung entgegengetreten.",
        "Wegen der weiteren Einzelheiten wird auf die Gerichtsakte und die beigezogenen Verwaltungsvorgänge verwiesen.",
        "Entscheidungsgründe" if urteil else "II.",
        "Maßgeblich ist die Sach- und Rechtslage im Zeitpunkt der Entscheidung. Die vorgelegten Unterlagen rechtfertigen keine andere Bewertung; insbesondere ist eine individuelle Gefährdung, die über die allgemeine Lage hinausgeht, nicht dargetan.",
        "Auch die Integrationsleistungen, die das Gericht nicht verkennt, vermögen an diesem Ergebnis nichts zu ändern; sie sind gegebenenfalls in einem anderen Verfahren zu würdigen.",
    ]
    blocks += [
        P(x) if x not in ("Entscheidungsgründe", "II.") else P(x, bold=True) for x in mid[: r.randint(3, 6)]
    ]
    blocks += [P(x) for x in texts[: r.randint(2, 3)]]
    blocks += [
        P(r.choice(["Dr. Schwerdtfeger", "Altenburg", "Kowalczyk", "Meinhardt"]), align="right"),
        P("Für die Richtigkeit der Ausfertigung – Justizbeschäftigte", size=8.5, align="right"),
    ]
    return DocSpec(blocks, _sty(r, "serif"), footer="{p}")


@tpl("gerichtsentscheidung", "t17b", S)
def court_t17b(c, d, r):
    """An order on urgent relief, compact, with the court's address line on top."""
    a = c.applicant
    blocks = [
        P(f"{c.court_name} · Postfach · {c.court_city}", size=7.5),
        P(f"Az.: {c.court_az}", bold=True, align="right"),
        P("Beschluss", bold=True, size=14, align="center"),
        P(
            f"In der {'Asylstreitsache' if c.asylum else 'Verwaltungsstreitsache'} des/der {a.full}, geboren am {fmt(a.geburtsdatum)}, Verfahrensbevollmächtigte: {c.rep.org if c.rep is not None and c.rep.kind == 'anwalt' else 'keine'},"
        ),
        P(
            f"gegen {'die Bundesrepublik Deutschland (Antragsgegnerin), diese vertreten durch das BAMF' if c.asylum else c.abh},"
        ),
        P(f"ergeht am {fmt_long(d.date)} folgender Beschluss der Kammer:"),
        P(
            "1. Der Eilantrag bleibt erfolglos; die Klage erhält keine aufschiebende Wirkung (§ 80 Abs. 5 VwGO).\n2. Kosten: trägt die antragstellende Person.",
            indent=12,
        ),
        P("Gründe", bold=True),
        P(
            "Zulässig, aber unbegründet: Die im Eilverfahren allein mögliche summarische Prüfung ergibt, dass die Verfügung voraussichtlich rechtmäßig ist."
        ),
        P(
            "Ein Rechtsmittel ist nicht gegeben, § 80 AsylG."
            if c.asylum
            else "Rechtsmittel: Beschwerde zum Oberverwaltungsgericht NRW in Münster, binnen zwei Wochen."
        ),
        P(r.choice(["Voß", "Dr. Lindqvist", "Grabowski"]), align="right"),
    ]
    return DocSpec(blocks, _sty(r, "sans"), footer="Seite {p} von {n}")


# ---------------------------------------------------------------- strafrecht


@tpl("strafrecht", "t17a", S)
def crime_t17a(c, d, r):
    """Strafbefehl of an Amtsgericht."""
    a = c.applicant
    off, sentence = c.offence or ("Diebstahls", "10 Tagessätzen")
    when = c.criminal_date or d.date
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12, after=0),
        P(
            f"Geschäfts-Nr.: {_num(c.case_id, 10, 99)} Cs {_num(c.case_id + 's', 100, 999)} Js {_num(c.case_id + 'j', 1000, 9999)}/{when.year % 100}",
            size=9,
        ),
        P(f"{a.herr_frau()}, geb. {fmt(a.geburtsdatum)}, {c.adresse}", size=9.5),
        P("STRAFBEFEHL", bold=True, size=14, align="center"),
        P(
            f"Nach den Ermittlungen der Staatsanwaltschaft {c.court_city} haben Sie sich am {fmt(when - timedelta(days=_num(c.case_id, 40, 200)))} in {c.court_city} wie folgt strafbar gemacht: {off}."
        ),
        P(
            f"Gegen Sie wird deshalb – dem Antrag der Staatsanwaltschaft entsprechend – eine Geldstrafe von {sentence} verhängt."
        ),
        P(
            "Einspruch: zwei Wochen Frist ab Zustellung; er ist schriftlich einzulegen oder beim Amtsgericht zu Protokoll zu geben. Legen Sie keinen Einspruch ein, erlangt der Strafbefehl die Wirkung eines rechtskräftigen Urteils und wird vollstreckt."
        ),
        P(f"{c.court_city}, {fmt(when)}"),
        Signature("Richterin/Richter am AG"),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


@tpl("strafrecht", "t17b", S)
def crime_t17b(c, d, r):
    """BZR extract showing one entry."""
    a = c.applicant
    off, sentence = c.offence or ("Diebstahls", "10 Tagessätzen")
    when = c.criminal_date or d.date
    blocks = [
        P("Bundesamt für Justiz · Bundeszentralregister", bold=True, after=0),
        P("53094 Bonn", size=8.5),
        P(
            "Führungszeugnis nach § 30 Abs. 1 BZRG (Privatführungszeugnis)",
            bold=True,
            size=13,
            align="center",
        ),
        P("Personendaten:", bold=True, after=1),
        P(
            f"{a.name.upper()}, {a.vorname} · geb. {fmt(a.geburtsdatum)} in {a.geburtsort}",
            font="mono",
            size=9.5,
        ),
        P("Inhalt:", bold=True),
        P(
            f"1. {fmt(when)}  Amtsgericht {c.court_city}\n   Tatbezeichnung: {off}\n   Geldstrafe: {sentence}",
            font="mono",
            size=9,
        ),
        P(f"Ausgestellt am {fmt(d.date + timedelta(days=_num(c.case_id, 40, 200)))}", size=9),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


# ---------------------------------------------------------------- identitaetsnachweis


# the language a document of the country is written in, as "aus dem ..." names it, and the interpreter's
SPRACHE = {
    "syrien": ("Arabischen", "Arabisch"),
    "irak": ("Arabischen", "Arabisch"),
    "afghanistan": ("Dari", "Dari"),
    "iran": ("Persischen", "Persisch"),
    "nigeria": ("Englischen", "Englisch"),
    "ghana": ("Englischen", "Englisch"),
    "guinea": ("Französischen", "Französisch"),
    "kosovo": ("Albanischen", "Albanisch"),
    "albanien": ("Albanischen", "Albanisch"),
    "serbien": ("Serbischen", "Serbisch"),
    "russland": ("Russischen", "Russisch"),
    "tuerkei": ("Türkischen", "Türkisch"),
    "georgien": ("Georgischen", "Georgisch"),
    "armenien": ("Armenischen", "Armenisch"),
}


@tpl("identitaetsnachweis", "t17a", S)
def id_t17a(c, d, r):
    """Passport photocopy: labels in two languages, MRZ below."""
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("Kopie – Reisepass / Passport (Datenseite)", size=9, align="right"),
        Box([c.natinfo["land"].upper() + " · PASSPORT", f"Passport No. {l2[:9]}"], size=10),
        Table(
            [
                ["Nom / Name / Surname", a.name.upper()],
                ["Vornamen / Given names", a.vorname.upper()],
                ["Nationality / Staatsangehörigkeit", c.natinfo["en"].upper()],
                ["Date of birth / Geburtsdatum", _mon(a.geburtsdatum)],
                ["Place of birth / Geburtsort", a.geburtsort.upper()],
                ["Sex / Geschlecht", "M" if a.sex == "m" else "F"],
                ["Date of issue / Ausstellungsdatum", _mon(d.date)],
            ],
            [0.45, 0.55],
            header=False,
            grid=False,
            size=9.5,
        ),
        Space(10),
        P(l1, font="mono", size=10, after=0),
        P(l2, font="mono", size=10),
        P("Sichtvermerk: Original hat vorgelegen.", size=8.5) if r.random() < 0.4 else Space(2),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("identitaetsnachweis", "t17b", S)
def id_t17b(c, d, r):
    """Birth record, translated and certified by a court-authorised translator."""
    a = c.applicant
    rr = random.Random(c.case_id + "eltern")
    vater = f"{rr.choice(c.natinfo['m'])} {a.name}"
    mutter = f"{rr.choice(c.natinfo['f'])} {rr.choice(c.natinfo['nach'])}"
    trans = f"{rr.choice(sorted(FEMALE))} {rr.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(
            f"Aus dem {SPRACHE.get(c.nat, ('Englischen', ''))[0]} ins Deutsche übertragen (beglaubigte Übersetzung)",
            bold=True,
            align="center",
        ),
        P("[Wappen]", align="center", size=8),
        P("GEBURTSURKUNDE", bold=True, size=14, align="center"),
        P(
            f"Standesamt {a.geburtsort}, Register-Nr. {rr.randint(100, 9999)}/{a.geburtsdatum.year}",
            align="center",
            size=9,
        ),
        Table(
            [
                ["Kind: Vor- und Familienname", a.full],
                ["Geschlecht", _gen(a)],
                ["geboren am", fmt_long(a.geburtsdatum)],
                ["geboren in", a.geburtsort],
                ["Vater", vater],
                ["Mutter", mutter],
            ],
            [0.35, 0.65],
            header=False,
            size=10,
        ),
        P(f"Ausgestellt am {fmt(d.date)} [Siegel] [Unterschrift unleserlich]", size=9),
        Rule(0.5),
        P(
            f"Ich, {trans}, vom Präsidenten des Landgerichts {c.court_city} allgemein ermächtigte Übersetzerin, bestätige, dass die vorstehende Übertragung aus dem {SPRACHE.get(c.nat, ('Englischen', ''))[0]} vollständig und richtig ist.",
            size=8.5,
        ),
        Signature(trans, f"{c.court_city}, {fmt(d.date + timedelta(days=_num(c.case_id, 30, 400)))}"),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


# ---------------------------------------------------------------- sonstiges


@tpl("sonstiges", "anhoerung_t17", S)
def misc_anhoerung_t17(c, d, r):
    """The BAMF's summons to the personal hearing."""
    a = c.applicant
    site = c.bamf_site or ("Außenstelle Bielefeld", "Stapenhorststraße 62", "33615 Bielefeld")
    termin = d.date + timedelta(days=_num(c.case_id, 10, 30))
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8),
        P(f"Gesch.-Z.: {c.bamf_gz or '—'}", align="right", size=9),
        P(f"{a.herr_frau()}, {c.street}, {c.plz} {c.city}", size=9.5),
        P(f"{site[2].split(' ', 1)[1]}, {fmt(d.date)}", align="right"),
        P("Einladung: persönliche Anhörung nach § 25 AsylG", bold=True, size=12),
        P(
            f"Ihr Termin: {_dm(termin)} um {r.choice(['8:30', '9:00', '10:15', '13:00'])} Uhr, Dienststelle laut Briefkopf, Raum {r.randint(1, 4)}.{r.randint(10, 40)}. Dort können Sie ausführlich schildern, warum Sie Schutz suchen."
        ),
        P(
            f"Eine Dolmetscherin bzw. ein Dolmetscher für die Sprache {SPRACHE.get(c.nat, ('', 'Englisch'))[1]} wird vom Bundesamt gestellt."
        ),
        P(
            "Bitte bringen Sie mit: diese Ladung, Ihren Ankunftsnachweis oder Ihre Aufenthaltsgestattung, alle Dokumente und Beweismittel zu Ihrer Person und Ihrem Verfolgungsschicksal."
            if c.gestattung
            else "Bitte bringen Sie diese Ladung, Ihren Ankunftsnachweis sowie alle vorhandenen Dokumente mit."
        ),
        P(
            "Wer ohne triftigen Grund fehlt, riskiert eine Entscheidung allein nach Aktenlage.",
            bold=True,
            size=9.5,
        ),
        P("Mit freundlichen Grüßen\nIm Auftrag"),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("sonstiges", "verzeichnis_t17", S)
def misc_verzeichnis_t17(c, d, r):
    """An index of enclosures put in front of a bundle."""
    sender = _rep_named(c) if c.rep is not None and c.sender != "applicant" else c.applicant.full
    items = [
        "Lebenslauf",
        "Einwilligungserklärung Datenschutz",
        "Nachweise Sprache und Arbeit",
        "Schulbescheinigungen der Kinder",
        "Kopien der Duldungen",
        "Unterstützungsschreiben",
    ]
    r.shuffle(items)
    rows = [["Anlage", "Inhalt", "Blatt"]]
    blatt = 1
    for i, x in enumerate(items[: r.randint(4, 6)], 1):
        n = r.randint(1, 3)
        rows.append([f"A{i}", x, f"{blatt}–{blatt + n - 1}" if n > 1 else str(blatt)])
        blatt += n
    blocks = [
        P(f"Anlagenverzeichnis – Familie {c.applicant.name}", bold=True, size=12),
        P(f"eingereicht von {sender}, Stand {_dm(d.date)}", size=9),
        Table(rows, [0.15, 0.65, 0.2], size=10),
        P("Alles liegt in Kopie bei; auf Wunsch bringen wir die Originale vorbei.", size=9),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("sonstiges", "kasse_t17", S)
def misc_kasse_t17(c, d, r):
    """Krankenkasse: confirmation that the applicant is insured."""
    a = c.applicant
    blocks = _kopf(
        r, ["Westfalia BKK", "Versichertenservice", f"Postfach {r.randint(1000, 9999)}", c.court_city_plz()]
    ) + [
        P(f"{a.herr_frau()}\n{c.street}\n{c.plz} {c.city}", after=10),
        P(f"{_dm(d.date)}", align="right"),
        P("Mitgliedsbescheinigung", bold=True, size=12),
        P(
            f"Bestätigt wird, dass {a.full}, geboren am {fmt(a.geburtsdatum)}, Versichertennummer {chr(65 + _num(c.case_id, 0, 25))}{_num(c.case_id, 10**8, 10**9 - 1)}, als {'pflichtversichertes Mitglied' if c.job else 'Mitglied'} der Westfalia BKK kranken- und pflegeversichert ist."
        ),
        P(f"Beginn der Mitgliedschaft: {fmt(c.entry + timedelta(days=_num(c.case_id + 'k', 400, 900)))}"),
        P("Dieses Schreiben ist elektronisch erzeugt; eine Unterschrift entfällt.", size=8.5),
    ]
    return DocSpec(blocks, _sty(r, "sans"))
