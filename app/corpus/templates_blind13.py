"""Templates of the `blind13` split: a fifteenth held-out set (session 16).

Written once, with wording, titles, labels, letterheads, person listings, date formats and layouts of
its own for every document class; nobody tuned the classifier on it before its first evaluation.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case, Person
from hfk.corpus.templates import _child, _mrz, tpl
from hfk.corpus.text_antrag import fmt, fmt_en, fmt_long

SPLIT = "blind13"
ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
DateFn = Callable[..., str]


def _dm(d) -> str:
    """A date without leading zeros (5.3.1988)."""
    return f"{d.day}.{d.month}.{d.year}"


def _us(d) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _caps(name: str) -> str:
    """A family name in capitals, unless capitals would change its letters (Turkish dotless i)."""
    up = name.upper()
    return up if up.casefold() == name.casefold() else name


def _look(
    r: random.Random, family: str | None = None, size: float | None = None, dense: bool = False
) -> Style:
    if dense:
        return Style(
            family=family or "cond",
            size=size or r.choice([8.5, 9.0]),
            leading=1.22,
            margin_left=r.uniform(38, 48),
            margin_right=r.uniform(34, 44),
            margin_top=r.uniform(30, 40),
            margin_bottom=50,
            para_after=3.5,
        )
    return Style(
        family=family or r.choice(["serif", "sans", "cond", "serif"]),
        size=size or r.choice([9.5, 10.0, 10.5, 11.0]),
        leading=r.choice([1.3, 1.4, 1.45]),
        margin_left=r.uniform(72, 92),
        margin_right=r.uniform(44, 58),
        margin_top=r.uniform(36, 52),
        margin_bottom=r.choice([62.0, 74.0]),
        para_after=r.choice([5.0, 7.0]),
    )


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde as a letter writer puts it: the office first, the town in brackets."""
    if " – " in abh:
        town, office = abh.split(" – ", 1)
        return f"{office} ({town})"
    return abh


def _rep_name(c: Case) -> str:
    return c.rep.org if c.rep.kind != "privat" else c.rep.person


def _rep_town(c: Case) -> str:
    return c.rep.city.split(" ", 1)[1]


def _tel(seed: str) -> str:
    rr = random.Random("tel" + seed)
    return f"0{rr.randint(201, 991)} / {rr.randint(20, 99)} {rr.randint(100, 999)}-{rr.randint(0, 99)}"


def _head_columns(name: str, lines: list[str], size: float = 8.5) -> list:
    """A letterhead of two columns: the sender's name left, the contact lines right, a thin rule."""
    return [
        Table([[name, "\n".join(lines)]], [0.56, 0.44], header=False, grid=False, size=size),
        Rule(0.4),
    ]


def _head_caps(name: str, sub: str) -> list:
    """A letterhead in spaced capitals with a sub line and a double rule."""
    return [P(name.upper(), size=12.5, bold=True, after=0), P(sub, size=8, after=2), Rule(1.4), Rule(0.3)]


def _role(p: Person, first: bool) -> str:
    """The person's place in the family, seen from the applicant."""
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehemann" if p.sex == "m" else "Ehefrau"
    return "Sohn" if p.sex == "m" else "Tochter"


def _role_en(p: Person) -> str:
    if p.role == "applicant":
        return "applicant, myself"
    if p.role == "spouse":
        return "my husband" if p.sex == "m" else "my wife"
    return "my son" if p.sex == "m" else "my daughter"


_LAND_EN = {
    "syrien": "Syria",
    "afghanistan": "Afghanistan",
    "irak": "Iraq",
    "iran": "Iran",
    "nigeria": "Nigeria",
    "guinea": "Guinea",
    "kosovo": "Kosovo",
    "albanien": "Albania",
    "serbien": "Serbia",
    "russland": "Russia",
    "tuerkei": "Turkey",
    "georgien": "Georgia",
    "armenien": "Armenia",
    "ghana": "Ghana",
}
_ARTICLE = {"Türkei": "der", "Russische Föderation": "der", "Irak": "dem", "Iran": "dem"}


def _dative(land: str) -> str:
    """ "der Türkei", "dem Irak", "Syrien" (after aus)."""
    art = _ARTICLE.get(land)
    if not art:
        return land
    return f"der {land.replace('Russische', 'Russischen')}" if art == "der" else f"dem {land}"


def _in_land(land: str) -> str:
    """ "in der Türkei", "im Irak", "in Syrien"."""
    dat = _dative(land)
    return "im " + dat[4:] if dat.startswith("dem ") else "in " + dat


def _person_grid(c: Case, labels: tuple[str, str, str], born: str, left: float) -> Table:
    """The applicant as a label/value grid (name, first name, birth, nationality, address)."""
    a = c.applicant
    rows = [[labels[0], _caps(a.name)], [labels[1], a.vorname], [labels[2], born]]
    rows += [["Staatsangehörigkeit", a.staat], ["Anschrift", c.adresse]]
    return Table(rows, [left, 1 - left], header=False, size=9)


def _has(c: Case, i: int, f: str) -> bool:
    return c.omitted.get(i) != f


# ============================ the reasoning of an application ============================


def _story_de(c: Case, r: random.Random, first: bool, df: DateFn = fmt) -> dict[str, list[str]]:
    """The Begründung per topic, in the applicant's own voice (`first`) or a representative's.
    Every trigger of the case is stated, and nothing the case does not have."""
    a = c.applicant
    m = a.sex == "m"
    er = "ich" if first else ("er" if m else "sie")
    Er = "Ich" if first else er.capitalize()
    ihn = "mich" if first else ("ihn" if m else "sie")
    ihm = "mir" if first else ("ihm" if m else "ihr")
    wer = "Ich" if first else f"{'Herr' if m else 'Frau'} {a.name}"

    def v(i_form: str, third: str) -> str:
        return i_form if first else third

    land = c.natinfo["land"]
    t: dict[str, list[str]] = {k: [] for k in ORDER}

    # --- Lebensweg
    L = t["lebensgeschichte"]
    herkunft = f"{a.geburtsort} {_in_land(land)}" if _has(c, 0, "geburtsort") else _dative(land)
    L.append(f"{wer} {v('komme', 'kommt')} aus {herkunft}.")
    L.append(
        r.choice(
            [
                v(
                    "Acht Jahre bin ich zur Schule gegangen, danach habe ich beim Onkel Autos repariert.",
                    f"Acht Jahre ging {er} zur Schule, danach reparierte {er} in der Werkstatt eines Onkels Autos.",
                ),
                v(
                    "Nach der sechsten Klasse war für mich Schluss mit der Schule, weil auf dem Feld jede Hand gebraucht wurde.",
                    f"Nach der sechsten Klasse endete für {ihn} die Schulzeit, weil auf dem Feld der Familie jede Hand gebraucht wurde.",
                ),
                v(
                    "Ich habe Abitur und zwei Semester Buchhaltung, dann wurde die Hochschule geschlossen.",
                    f"{Er} hat Abitur gemacht und zwei Semester Buchhaltung studiert, bis die Hochschule geschlossen wurde.",
                ),
                v(
                    "Schon als Kind stand ich auf dem Markt und habe Gemüse verkauft, damit meine Geschwister satt wurden.",
                    f"Schon als {'Junge' if m else 'Mädchen'} stand {er} auf dem Markt und verkaufte Gemüse, damit die jüngeren Geschwister satt wurden.",
                ),
            ]
        )
    )
    if c.einreiseverbot:
        L.append(
            v(
                f"Im Jahr {c.entry.year - 2} wurde ich in mein Heimatland zurückgebracht. Am {df(c.entry)} kam ich wieder, obwohl mir "
                "§ 11 AufenthG die Wiedereinreise noch verbot.",
                f"Nach der Zurückführung ins Heimatland im Jahr {c.entry.year - 2} kehrte {er} am {df(c.entry)} zurück, ungeachtet des "
                "Einreise- und Aufenthaltsverbots, das nach § 11 AufenthG zu diesem Zeitpunkt fortbestand.",
            )
        )
    else:
        how = (
            r.choice(
                [
                    "über Izmir und die Ägäis",
                    "zu Fuß und versteckt in Lastwagen über mehrere Grenzen",
                    "über Belarus und Polen",
                ]
            )
            if c.asylum
            else r.choice(
                ["mit dem Flugzeug über Istanbul", "mit einem Fernbus aus Belgrad", "mit einem Linienflug"]
            )
        )
        with_fam = len(c.persons) > 1
        L.append(
            v(
                f"Am {df(c.entry)} bin ich {how} hierhergekommen"
                + (", zusammen mit meinen Angehörigen." if with_fam else "."),
                f"In Deutschland kam {er} am {df(c.entry)} an, {how}"
                + (", begleitet von den Angehörigen." if with_fam else "."),
            )
        )

    # --- Aufenthalt
    S = t["aufenthaltssituation"]
    if c.asylum:
        S.append(
            v(
                f"Meinen Asylantrag vom {df(c.asylum_applied)} hat das BAMF am {df(c.bamf_date)} abgelehnt (Geschäftszeichen {c.bamf_gz}).",
                f"Einen Asylantrag stellte {er} am {df(c.asylum_applied)}; das BAMF lehnte ihn am {df(c.bamf_date)} ab, "
                f"Geschäftszeichen {c.bamf_gz}.",
            )
        )
        if c.court:
            S.append(
                f"Das Klageverfahren ({c.court_az}) beim {c.court_name} dauert an."
                if c.court_pending
                else f"Erfolg hatte die Klage nicht; das {c.court_name} hat sie am {df(c.court_date)} abgewiesen ({c.court_az})."
            )
    else:
        S.append(
            v(
                f"Mein Visum – erteilt zum Zweck {c.visa_purpose} – lief aus; eine weitere Aufenthaltserlaubnis bekam ich nicht.",
                f"Erteilt worden war ein Visum zum Zweck {c.visa_purpose}; die Behörde verweigerte später, die Aufenthaltserlaubnis zu verlängern.",
            )
        )
        if c.court:
            S.append(
                f"Hierüber streiten wir noch vor dem {c.court_name}, Aktenzeichen {c.court_az}."
                if c.court_pending
                else f"Vorläufigen Rechtsschutz versagte das {c.court_name} durch Beschluss vom {df(c.court_date)} (Az. {c.court_az})."
            )
    if c.gestattung:
        S.append(
            v(
                "Da über mein Asyl noch nicht endgültig entschieden ist, besitze ich zurzeit eine Aufenthaltsgestattung.",
                f"Solange das Verfahren offen ist, hält sich {er} mit einer Aufenthaltsgestattung hier auf.",
            )
        )
    else:
        S.append(
            v(
                "Seitdem erhalte ich nur noch Duldungen (§ 60a AufenthG), immer für ein paar Monate.",
                f"Seither erhält {er} nur Duldungen gemäß § 60a AufenthG, befristet auf wenige Monate.",
            )
        )
    S.append(
        r.choice(
            [
                f"Die ausländerrechtliche Akte liegt bei: {c.abh}.",
                f"Zuständig für {ihn} ist: {_abh_of(c.abh)}.",
            ]
        )
    )
    if c.s58a:
        S.append(
            f"Belastend wirkt zusätzlich, dass {ihn} eine Verfügung gemäß § 58a AufenthG betrifft (Abschiebung ohne Androhung)."
        )
    if c.rueckfuehrung:
        S.append(
            v(
                f"Laut Schreiben der Behörde soll ich am {df(c.rueckfuehrung)} abgeschoben werden.",
                f"Einen Termin für die Rückführung hat die Behörde bereits festgesetzt: den {df(c.rueckfuehrung)}.",
            )
        )
    if c.criminal:
        off, sentence = c.offence
        S.append(
            v(
                f"Ehrlicherweise muss ich erwähnen: Durch Strafbefehl des Amtsgerichts {c.court_city} vom {df(c.criminal_date)} wurde "
                f"ich wegen {off} zu {sentence} verurteilt. Ich habe alles bezahlt.",
                f"Der Vollständigkeit halber: Das Amtsgericht {c.court_city} hat am {df(c.criminal_date)} wegen {off} einen Strafbefehl "
                f"über {sentence} erlassen; die Geldstrafe ist beglichen.",
            )
        )

    # --- Familie
    F = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        year = min(c.entry.year - 1, max(a.geburtsdatum.year, sp[0].geburtsdatum.year) + r.randint(19, 24))
        F.append(
            v(
                f"{sp[0].full} und ich haben {year} geheiratet.",
                f"Verheiratet ist {er} seit {year} mit {sp[0].full}.",
            )
        )
    for k in kids:
        where = "in Deutschland" if k.geburtsdatum > c.entry else "noch im Herkunftsland"
        art = ("Unser" if k.sex == "m" else "Unsere") if first else ("Der" if k.sex == "m" else "Die")
        F.append(f"{art} {'Sohn' if k.sex == 'm' else 'Tochter'} {k.vorname} wurde {where} geboren.")
    F.append(
        r.choice(
            [
                "In der alten Heimat gibt es nur noch eine Großtante, von der seit Jahren niemand etwas gehört hat.",
                "Beide Eltern sind gestorben; auch die Geschwister sind aus dem Herkunftsland fortgegangen.",
                "Von der Verwandtschaft dort ist keiner mehr zu erreichen, das Elternhaus wurde verkauft.",
            ]
        )
    )
    F.append(
        r.choice(
            [
                f"Ein Onkel mit Niederlassungserlaubnis lebt ebenfalls in {c.city_or_nrw()} und springt ein, wo er kann.",
                "Eine Nichte, längst eingebürgert, wohnt im Sauerland und ist die wichtigste Bezugsperson.",
                "Zwei Cousins arbeiten in Deutschland; an fast jedem Wochenende sieht man sich.",
            ]
        )
    )

    # --- Integration
    G = t["integration"]
    G.append(
        v(
            f"Beim Deutsch-Test für Zuwanderer habe ich {r.choice(['A2', 'B1'])} erreicht.",
            f"Beim Deutsch-Test für Zuwanderer erreichte {er} das Niveau {r.choice(['A2', 'B1'])}.",
        )
    )
    if c.ausbildung:
        trade = r.choice(["Fachkraft für Lagerlogistik", "Kfz-Mechatroniker", "Pflegefachassistenz"])
        G.append(
            v(
                f"Am 1. August {c.received.year - 1} fing ich eine Lehre an ({trade}), sodass eine Ausbildungsduldung "
                "(§ 60c AufenthG) naheliegt.",
                f"Am 1. August {c.received.year - 1} trat {er} eine Berufsausbildung an ({trade}); eine Ausbildungsduldung "
                "(§ 60c AufenthG) liegt damit nahe.",
            )
        )
    else:
        G.append(
            v(
                f"Vollzeit angestellt bin ich als {c.job} bei {c.employer}; Geld vom Amt bekomme ich nicht.",
                f"{Er} steht als {c.job} bei {c.employer} in Vollzeit in Lohn und Brot und lebt ohne öffentliche Mittel.",
            )
        )
    G.append(
        v(
            f"Ehrenamtlich packe ich bei „{c.club}“ mit an.",
            f"Ohne Bezahlung bringt {er} sich zudem bei „{c.club}“ ein.",
        )
    )
    for k in c.school_age():
        G.append(f"{k.vorname} lernt bei „{c.school}“ und arbeitet dort eifrig mit.")

    # --- humanitäre Gründe
    H = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, diag, sev = c.diagnosis
        who = ("bei mir" if first else f"bei {ihm}") if c.ill_person == 0 else f"bei {p.vorname} {p.name}"
        H.append(
            f"Ärztlich festgestellt wurde {who}: {diag} (ICD-10 {code.split()[0]}; ärztliche Einschätzung: {sev}). "
            "Ob die Behandlung im Herkunftsland weitergehen könnte, ist mehr als fraglich."
        )
    H.append(
        r.choice(
            [
                v(
                    "Zurückgehen kann ich nicht: Dort hätte ich weder ein Dach über dem Kopf noch Arbeit, und helfen würde mir dort keiner.",
                    f"Zurückgehen ist {ihm} nicht zuzumuten; dort erwartet {ihn} weder ein Dach über dem Kopf noch Arbeit noch Familie.",
                ),
                v(
                    "Mein ganzes heutiges Leben spielt sich hier ab; im Herkunftsland wäre ich fremd und ohne jeden Halt.",
                    "Der gesamte Lebensmittelpunkt liegt inzwischen in Deutschland; im Herkunftsland stünde die Familie vor dem Nichts.",
                ),
            ]
        )
    )
    return t


def _story_en(c: Case, r: random.Random, df: DateFn = fmt_en) -> dict[str, list[str]]:
    """The English reasoning (the applicant writes), every trigger of the case stated."""
    a = c.applicant
    land_en = _LAND_EN[c.nat]
    t: dict[str, list[str]] = {k: [] for k in ORDER}
    t["lebensgeschichte"].append(
        f"I spent my childhood in {a.geburtsort}, {land_en}."
        if _has(c, 0, "geburtsort")
        else f"I spent my childhood in {land_en}."
    )
    t["lebensgeschichte"].append(
        r.choice(
            [
                "My school years ended at fourteen, when my father needed me in his small shop.",
                "After school I trained as a tailor and sewed in a workshop for several years.",
            ]
        )
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"In {c.entry.year - 2} I was sent back. On {df(c.entry)} I came again, even though I was still barred from "
            "re-entering under § 11 AufenthG."
        )
    else:
        t["lebensgeschichte"].append(f"On {df(c.entry)} my new life in Germany began.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My claim for asylum was lodged on {df(c.asylum_applied)}. The BAMF said no in a decision dated {df(c.bamf_date)}, file number {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"The {c.court_name} ({c.court_az}) "
                + (
                    "is still waiting to decide my appeal."
                    if c.court_pending
                    else f"turned down my appeal on {df(c.court_date)}."
                )
            )
    else:
        s.append(
            "I came with a visa; afterwards my permit ran out and was not extended by the Ausländerbehörde."
        )
        if c.court:
            s.append(
                f"The {c.court_name} ({c.court_az}) "
                + ("still has to decide about it." if c.court_pending else "did not agree with me.")
            )
    if c.gestattung:
        s.append("Because nobody has decided my asylum case for good, I hold an Aufenthaltsgestattung.")
    else:
        s.append("Since then I live on a Duldung, each one valid for a few months.")
    s.append(f"The Ausländerbehörde in charge of me: {c.abh}.")
    if c.s58a:
        s.append("Against me there is even a § 58a AufenthG removal order.")
    if c.rueckfuehrung:
        s.append(f"A letter says I will be removed on {df(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(
            f"To be honest: a court fined me by Strafbefehl dated {df(c.criminal_date)}, and the fine is paid."
        )
    f = t["familie"]
    kids = c.children()
    if kids:
        f.append(
            f"{' and '.join(k.vorname for k in kids)} go to school here and speak German with their friends."
        )
    f.append(
        f"None of my close relatives still live in {land_en}. An aunt of mine has lived near Cologne for years."
    )
    g = t["integration"]
    g.append("I go to German class every week and I can manage my appointments alone.")
    if c.ausbildung:
        g.append(
            "I am an apprentice now, and I was told that a training Duldung (§ 60c AufenthG) is possible for me."
        )
    else:
        g.append(f"I earn my living as {c.job} at {c.employer}.")
    g.append(f"Every Saturday I volunteer with {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, diag, _ = c.diagnosis
        who = "I am" if c.ill_person == 0 else f"{p.vorname} is"
        h.append(
            f"{who} ill ({N.ILLNESS_EN[code].replace('from ', '')}, ICD-10 {code.split()[0]}) and in treatment."
        )
    h.append(f"To return to {land_en} would destroy what we have built up in Germany step by step.")
    return t


def _story_blocks(
    c: Case, t: dict[str, list[str]], heads: dict[str, str] | None, bold: bool = True, run_in: bool = False
) -> list:
    """The told topics in their order; `heads` per topic (numbered by the caller's labels), `run_in`:
    the head starts the paragraph."""
    out: list = []
    for k in ORDER:
        if k not in c.topics:
            continue
        text = " ".join(t[k])
        if heads and run_in:
            out.append(P(f"{heads[k]} {text}"))
        elif heads:
            out.append(P(heads[k], bold=bold, after=2))
            out.append(P(text))
        else:
            out.append(P(text))
    return out


def _sender_head(c: Case, r: random.Random, kind: int) -> list:
    """The head of a German application: the representative's letterhead, or the applicant's own lines."""
    if c.rep is None:
        a = c.applicant
        if kind == 0:
            return [P(f"{a.full} · {c.street} · {c.plz} {c.city}", size=8.5, after=1), Rule(0.3), Space(8)]
        return [
            P(a.full, align="right", after=0),
            P(c.street, align="right", after=0),
            P(f"{c.plz} {c.city}", align="right"),
            Space(6),
        ]
    rp = c.rep
    name = _rep_name(c)
    if rp.kind == "privat":
        return [P(f"Absender: {rp.person}, {rp.street}, {rp.city}", size=9, after=1), Space(8)]
    contact = [rp.street, rp.city, f"Fon {_tel(name)}", f"Bearbeitung: {rp.person}"]
    if kind == 0:
        return _head_columns(name, contact)
    return _head_caps(name, " | ".join(contact[:3]))


def _to_office(r: random.Random, one_line: bool = False) -> list:
    if one_line:
        return [
            P(
                "Geschäftsstelle der Härtefallkommission NRW, Völklinger Str. 4, 40219 Düsseldorf",
                size=9,
                after=10,
            ),
        ]
    return [
        P("Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW", after=0),
        P("– Geschäftsstelle der Härtefallkommission –", after=0),
        P("Völklinger Str. 4", after=0),
        P("40219 Düsseldorf", after=12),
    ]


_WOMEN = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}


def _writer(c: Case) -> str:
    if c.rep is None:
        return c.applicant.full
    if c.rep.kind == "anwalt":
        return f"{c.rep.person}, {'Rechtsanwältin' if c.rep.person.split()[0] in _WOMEN else 'Rechtsanwalt'}"
    return c.rep.person


def _all_names(c: Case) -> str:
    names = [p.full for p in c.persons]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]


def _request(c: Case, r: random.Random) -> str:
    """The request itself, in the words of whoever writes."""
    who = _all_names(c)
    if c.rep is None:
        return r.choice(
            [
                "hiermit bitte ich Sie, meinen Fall und den meiner Angehörigen in der Kommission zu beraten und die zuständige "
                "Behörde um eine Aufenthaltserlaubnis (§ 23a AufenthG) für uns zu ersuchen.",
                "da mir kein anderer Weg mehr bleibt, beantrage ich, dass die Härtefallkommission meinen Fall nach § 23a AufenthG berät.",
            ]
        )
    if c.rep.kind == "anwalt":
        return (
            f"unter Vorlage der Vollmacht zeigen wir die Vertretung von {who} an und ersuchen darum, dass sich die "
            "Kommission des Falles annimmt und ein Härtefallersuchen gemäß § 23a AufenthG an die zuständige Behörde richtet."
        )
    if c.rep.kind == "beratungsstelle":
        return (
            f"mit diesem Schreiben legen wir – bevollmächtigt durch die Betroffenen – die Härtefalleingabe für {who} vor "
            "und bitten um Befassung nach § 23a AufenthG."
        )
    return (
        f"ich, {c.rep.person}, schreibe als {c.rep.relation} mit Vollmacht im Namen von {who}. "
        "Wir bitten die Kommission, den Fall nach § 23a AufenthG zu prüfen."
    )


def _closing(c: Case, r: random.Random, place: str, d) -> list:
    return [
        P(
            r.choice(
                [
                    "Nachweise liegen bei; was noch fehlt, reichen wir umgehend nach.",
                    "Für ein Gespräch oder Rückfragen stehen wir jederzeit zur Verfügung.",
                    "Wir danken für die Prüfung und bitten um eine wohlwollende Beratung.",
                ]
            )
        ),
        P("Hochachtungsvoll" if c.rep and c.rep.kind == "anwalt" else "Mit freundlichen Grüßen", after=2),
        Signature(_writer(c), f"{place}, {fmt(d.date)}" if r.random() < 0.5 else ""),
    ]


def _place(c: Case) -> str:
    return c.city if c.rep is None else _rep_town(c)


def _rep_line(c: Case) -> str:
    """The representative as one line (name, street, town)."""
    rp = c.rep
    return f"{_rep_name(c)}, {rp.street}, {rp.city}"


# ============================ antrag ============================


def _participle(c: Case, i: int, p: Person, df: DateFn) -> str:
    """ "die am 5. März 1988 in Aleppo geborene syrische Staatsangehörige Rama HADDAD" """
    bits = ["der" if p.sex == "m" else "die"]
    if _has(c, i, "geburtsdatum"):
        bits.append(f"am {df(p.geburtsdatum)}")
    if _has(c, i, "geburtsort"):
        bits.append(f"in {p.geburtsort}")
    bits.append("geborene")
    if _has(c, i, "staatsangehoerigkeit"):
        bits.append(f"{p.staat}e Staatsangehörige")
    bits.append(f"{p.vorname} {_caps(p.name)}")
    return " ".join(bits)


@tpl("antrag", "p13a", SPLIT)
def antrag_p13a(c, d, r):
    """A lawyer's brief: reference row, persons in participle prose (birth date before the name)."""
    a = c.applicant
    first = c.rep is None
    blocks = _sender_head(c, r, 0) + _to_office(r)
    ref = f"{_caps(a.name)[:3]}-{d.date.year}/{r.randint(11, 389)}"
    blocks.append(
        Table(
            [["Ihr Zeichen", "Unser Zeichen", "Datum"], ["—", ref, fmt_long(d.date)]],
            [0.3, 0.35, 0.35],
            grid=False,
            size=8.5,
        )
    )
    blocks.append(
        P(f"Härtefalleingabe {_caps(a.name)}, {a.vorname} u. a. – Ersuchen nach § 23a AufenthG", bold=True)
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_request(c, r)))
    lead = "Antragsteller" if a.sex == "m" else "Antragstellerin"
    text = f"{lead} ist {_participle(c, 0, a, fmt_long)}."
    others = c.persons[1:]
    if others:
        poss = "mein" if first else ("sein" if a.sex == "m" else "ihr")
        parts = []
        for i, p in enumerate(others, 1):
            role = _role(p, first)
            art = poss + ("e" if p.sex == "f" else "")
            parts.append(f"{art} {role}, {_participle(c, i, p, fmt_long)}")
        text += " In den Antrag einbezogen werden " + "; ".join(parts) + "."
    blocks.append(P(text))
    who = "Gemeinsamer Wohnsitz aller Genannten" if others else "Wohnsitz"
    blocks.append(P(f"{who}: {c.street}, {c.plz} {c.city}."))
    if c.rep is not None:
        blocks.append(P(f"Vertreten durch: {_rep_line(c)}.", size=9.5))
    t = _story_de(c, r, first, fmt_long)
    heads = {
        "lebensgeschichte": "A. Werdegang bis zur Einreise",
        "aufenthaltssituation": "B. Ausländerrechtlicher Stand",
        "familie": "C. Angehörige hier und im Heimatland",
        "integration": "D. Erbrachte Integrationsleistungen",
        "humanitaere_gruende": "E. Was eine Ausreise für die Familie bedeuten würde",
    }
    blocks += _story_blocks(c, t, heads)
    blocks += _closing(c, r, _place(c), d)
    footer = f"{_rep_name(c) if c.rep else a.full} · S. {{p}} v. {{n}}"
    return DocSpec(blocks, _look(r, "serif"), footer=footer)


@tpl("antrag", "p13b", SPLIT)
def antrag_p13b(c, d, r):
    """A filled-in form: the persons as columns (labels down the left), the address in split fields."""
    first = c.rep is None
    blocks = [
        Box(
            [
                "Eingabe bei der Härtefallkommission (Land NRW)",
                "Befassung nach § 23a AufenthG – Formblatt der Antragstellenden (bitte in Druckschrift ausfüllen)",
            ],
            size=9.5,
        ),
        P(f"Eingabe datiert: {fmt(d.date)}", size=9, align="right"),
        P("Abschnitt 1 · Personen, für die die Eingabe gelten soll", bold=True, after=2),
    ]
    head = [""] + [f"Person {i}" for i in range(1, len(c.persons) + 1)]
    rows = [
        head,
        ["Zuname"] + [_caps(p.name) for p in c.persons],
        ["Rufname(n)"] + [p.vorname for p in c.persons],
        ["geboren am"]
        + [fmt(p.geburtsdatum) if _has(c, i, "geburtsdatum") else "" for i, p in enumerate(c.persons)],
        ["Geburtsort"] + [p.geburtsort if _has(c, i, "geburtsort") else "" for i, p in enumerate(c.persons)],
        ["Staatsangeh."]
        + [p.staat if _has(c, i, "staatsangehoerigkeit") else "" for i, p in enumerate(c.persons)],
        ["Stellung"] + [_role(p, first) for p in c.persons],
    ]
    n = len(c.persons)
    blocks.append(Table(rows, [0.2] + [0.8 / n] * n, size=8.5))
    blocks.append(P("Abschnitt 2 · Gemeinsame Wohnanschrift", bold=True, after=2))
    blocks.append(
        Table(
            [["Straße, Hausnummer", c.street], ["Postleitzahl und Ort", f"{c.plz} {c.city}"]],
            [0.3, 0.7],
            header=False,
            size=9,
        )
    )
    blocks.append(P("Abschnitt 3 · Bevollmächtigte Person oder Stelle", bold=True, after=2))
    if c.rep is None:
        blocks.append(P("entfällt – die Eingabe erfolgt in eigener Sache", size=9))
    else:
        blocks.append(
            Table(
                [
                    ["Name / Stelle", _rep_name(c)],
                    ["Anschrift", f"{c.rep.street}, {c.rep.city}"],
                    ["Ansprechperson", c.rep.person],
                ],
                [0.3, 0.7],
                header=False,
                size=9,
            )
        )
    blocks.append(P("Abschnitt 4 · Zuständige Ausländerbehörde", bold=True, after=2))
    blocks.append(P(c.abh, size=9))
    blocks.append(P("Abschnitt 5 · Begründung (ggf. Beiblatt verwenden)", bold=True, after=2))
    heads = {
        "lebensgeschichte": "5.1 Herkunft und Weg nach Deutschland:",
        "aufenthaltssituation": "5.2 Stand des Aufenthalts:",
        "familie": "5.3 Familie:",
        "integration": "5.4 Schule, Arbeit, Sprache, Engagement:",
        "humanitaere_gruende": "5.5 Dringende Gründe für den Verbleib:",
    }
    blocks += _story_blocks(c, _story_de(c, r, first, fmt), heads, run_in=True)
    blocks.append(P("Abschnitt 6 · Beigefügt", bold=True, after=2))
    ticks = ["Lebenslauf", "Einwilligung Datenverarbeitung", "Nachweise Arbeit/Sprache", "Vollmacht"]
    blocks.append(P("   ".join(f"[{'x' if r.random() < 0.6 else ' '}] {x}" for x in ticks), size=9))
    blocks.append(Signature(_writer(c), f"Ort, Datum: {_place(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, _look(r, dense=True), footer="Formblatt HFK-Eingabe · Blatt {p} von {n}")


@tpl("antrag", "p13c", SPLIT)
def antrag_p13c(c, d, r):
    """A family listed under roles, birth data in brackets; a shelter address with room number."""
    a = c.applicant
    first = c.rep is None
    blocks = _sender_head(c, r, 1)
    blocks += _to_office(r, one_line=True)
    blocks.append(P(f"{_place(c)}, am {_dm(d.date)}", align="right"))
    blocks.append(P(f"Betreff: Härtefall {_caps(a.name)} – wir bitten um Ihre Befassung", bold=True))
    blocks.append(P("Verehrte Kommissionsmitglieder,"))
    blocks.append(P(_request(c, r)))

    def line(i: int, p: Person) -> str:
        inner = []
        if _has(c, i, "geburtsdatum"):
            inner.append(f"geb. {_dm(p.geburtsdatum)}")
        if _has(c, i, "geburtsort"):
            inner.append(f"in {p.geburtsort}")
        core = " ".join(inner)
        if _has(c, i, "staatsangehoerigkeit"):
            core = f"{core}; Staatsangehörigkeit: {p.staat}" if core else f"Staatsangehörigkeit: {p.staat}"
        return f"{_caps(p.name)}, {p.vorname} ({core})"

    groups: list[tuple[str, list[int]]] = [(_role(a, first) + ":", [0])]
    for i, p in enumerate(c.persons):
        if p.role == "spouse":
            groups.append((_role(p, first) + ":", [i]))
    kid_ix = [i for i, p in enumerate(c.persons) if p.role == "child"]
    if kid_ix:
        groups.append(("Kind:" if len(kid_ix) == 1 else "Kinder:", kid_ix))
    for label, ix in groups:
        blocks.append(P(label, bold=True, after=1))
        for i in ix:
            blocks.append(P(line(i, c.persons[i]), indent=18, after=1))
    blocks.append(Space(4))
    if c.residence == "nrw" and r.random() < 0.5:
        addr = f"Gemeinschaftsunterkunft, {c.street}, Zimmer {r.randint(3, 48)}, {c.plz} {c.city}"
    elif c.rep is not None and r.random() < 0.5:
        addr = f"{c.street}, {c.plz} {c.city} (Post bitte über die Vertretung)"
    else:
        addr = f"{c.street}, {c.plz} {c.city}"
    blocks.append(P(f"Wohnanschrift der Familie: {addr}"))
    if c.rep is not None:
        blocks.append(P(f"Vertretung: {_rep_name(c)} ({c.rep.person}), {c.rep.street}, {c.rep.city}"))
    heads = {
        "lebensgeschichte": "Zur Vorgeschichte",
        "aufenthaltssituation": "Zum Aufenthaltsstatus",
        "familie": "Familiäre Situation",
        "integration": "Was bisher erreicht wurde",
        "humanitaere_gruende": "Weshalb wir um Hilfe bitten",
    }
    blocks += _story_blocks(c, _story_de(c, r, first, _dm), heads)
    blocks += _closing(c, r, _place(c), d)
    return DocSpec(blocks, _look(r, "sans"))


@tpl("antrag", "p13d", SPLIT)
def antrag_p13d(c, d, r):
    """A dense fax pre-copy: a grid with birth date before the merged 'NAME, Vorname' cell, the
    registered address with the postcode first, the reasoning in run-in paragraphs."""
    a = c.applicant
    first = c.rep is None
    sender = _rep_name(c) if c.rep else a.full
    blocks = [
        P(f"VORAB PER TELEFAX · 0211 837-2200 · Absender: {sender}", bold=True, size=8, after=1),
        P("Original folgt nicht / nur per Fax", size=7.5, after=4),
    ]
    blocks += _sender_head(c, r, 0)
    blocks.append(P(f"Düsseldorf, Geschäftsstelle HFK – Eingabe vom {fmt(d.date)}", size=9))
    blocks.append(P(f"Dringend: Härtefallantrag {_caps(a.name)}", bold=True, size=10.5))
    blocks.append(P(_request(c, r)))
    rows = [["Lfd.", "geb. am", "NAME, Vorname", "Geburtsort", "Staatsang.", "Verh."]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                f"{i + 1:02d}",
                fmt(p.geburtsdatum) if _has(c, i, "geburtsdatum") else "–",
                f"{_caps(p.name)}, {p.vorname}",
                p.geburtsort if _has(c, i, "geburtsort") else "–",
                p.staat if _has(c, i, "staatsangehoerigkeit") else "–",
                {"applicant": "AS", "spouse": "EG", "child": "K"}[p.role],
            ]
        )
    blocks.append(Table(rows, [0.07, 0.15, 0.3, 0.18, 0.18, 0.12], size=8))
    blocks.append(P("AS = antragstellende Person, EG = Ehegatte/-gattin, K = Kind", size=7.5))
    blocks.append(P(f"Meldeanschrift: {c.plz} {c.city}, {c.street}", size=9))
    if c.rep is not None:
        blocks.append(
            P(f"Zustellungen an: {_rep_name(c)}, z. Hd. {c.rep.person}, {c.rep.street}, {c.rep.city}", size=9)
        )
    heads = {
        "lebensgeschichte": "Zur Person:",
        "aufenthaltssituation": "Zum Status:",
        "familie": "Zu den Bindungen:",
        "integration": "Zur Teilhabe:",
        "humanitaere_gruende": "Zur Härte:",
    }
    blocks += _story_blocks(c, _story_de(c, r, first, fmt), heads, run_in=True)
    blocks.append(Signature(_writer(c), f"gez. {_place(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, _look(r, dense=True), footer="S. {p}/{n} – Telefax an HFK NRW")


@tpl("antrag", "p13e", SPLIT)
def antrag_p13e(c, d, r):
    """A personal letter in a handwriting-like face; each person on a line beginning with '*' and
    the birth date, the reasoning without headings."""
    a = c.applicant
    first = c.rep is None
    blocks = []
    if c.rep is None:
        blocks.append(P(f"{a.full}\n{c.street}\n{c.plz} {c.city}", font="italic", after=10))
    else:
        blocks.append(P(f"{_rep_name(c)}\n{c.rep.street}\n{c.rep.city}", font="italic", after=10))
    blocks.append(
        P("An die Geschäftsstelle HFK NRW\nVölklinger Str. 4\n40219 Düsseldorf", font="italic", after=10)
    )
    blocks.append(P(f"{_place(c)}, {fmt_long(d.date)}", font="italic", align="right"))
    blocks.append(
        P("Härtefallantrag für unsere Familie" if len(c.persons) > 1 else "Mein Härtefallantrag", bold=True)
    )
    blocks.append(P("Sehr geehrte Damen und Herren,", font="italic"))
    blocks.append(P(_request(c, r), font="italic"))
    blocks.append(
        P(
            "Um diese Menschen geht es:" if len(c.persons) > 1 else "Der Antrag gilt für mich:",
            font="italic",
            after=2,
        )
    )
    for i, p in enumerate(c.persons):
        born = f"* {fmt_long(p.geburtsdatum)}" if _has(c, i, "geburtsdatum") else "*"
        where = f" in {p.geburtsort}" if _has(c, i, "geburtsort") else ""
        nat = f", {p.staat}" if _has(c, i, "staatsangehoerigkeit") else ""
        who = "ich selbst" if (first and i == 0) else _role(p, first)
        blocks.append(
            P(f"{born}{where} – {p.vorname} {p.name}{nat} ({who})", font="italic", indent=12, after=1)
        )
    blocks.append(
        P(
            f"{'Unsere' if len(c.persons) > 1 else 'Meine'} Adresse: {c.street}, {c.plz} {c.city}",
            font="italic",
        )
    )
    if c.rep is not None:
        blocks.append(P(f"Ich schreibe als Vertretung: {_rep_line(c)}.", font="italic"))
    for para in _story_blocks(c, _story_de(c, r, first, fmt), None):
        para.font = "italic"
        blocks.append(para)
    blocks.append(P("Vielen Dank, dass Sie das lesen.", font="italic"))
    blocks.append(Signature(_writer(c)))
    return DocSpec(blocks, _look(r, "sans", size=11.0))


@tpl("antrag", "en_p13a", SPLIT)
def antrag_en_p13a(c, d, r):
    """English: household members numbered, US dates, the home address for all."""
    a = c.applicant
    blocks = [
        P(f"From: {a.full}, {c.street}, {c.plz} {c.city}", size=9),
        P("To: Härtefallkommission NRW (Hardship Commission), Völklinger Str. 4, 40219 Düsseldorf", size=9),
        P(f"Date: {_us(d.date)}", size=9, after=10),
        P("Subject: Asking the Commission to review our case (§ 23a AufenthG)", bold=True),
        P("Dear Commissioners,"),
        P(
            "I kindly ask you to look at my family's situation and to recommend a residence permit for us. Please excuse the English; I can read German letters, but writing one is still hard."
        ),
        P("Household members:" if len(c.persons) > 1 else "About me:", bold=True, after=2),
    ]
    for i, p in enumerate(c.persons, 1):
        j = i - 1
        text = f"{i}) {_caps(p.name)}, {p.vorname} ({_role_en(p)})"
        if _has(c, j, "geburtsdatum"):
            text += f", born {_us(p.geburtsdatum)}"
        if _has(c, j, "geburtsort"):
            text += f" in {p.geburtsort}"
        if _has(c, j, "staatsangehoerigkeit"):
            text += f", {c.natinfo['en']} citizen"
        blocks.append(P(text, indent=14, after=1))
    blocks.append(
        P(f"Home address{' (all of us)' if len(c.persons) > 1 else ''}: {c.street}, {c.plz} {c.city}")
    )
    heads = {
        "lebensgeschichte": "My background",
        "aufenthaltssituation": "My papers in Germany",
        "familie": "My relatives",
        "integration": "My life here",
        "humanitaere_gruende": "Why we cannot return",
    }
    blocks += _story_blocks(c, _story_en(c, r, _us), heads)
    blocks.append(P("Thank you and best wishes,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _look(r, "sans"))


@tpl("antrag", "en_p13b", SPLIT)
def antrag_en_p13b(c, d, r):
    """English: the persons in sentences of their own, the address with the postcode first."""
    a = c.applicant
    blocks = [
        P(a.full, bold=True, after=0),
        P(f"{c.plz} {c.city}, {c.street}", after=12),
        P(fmt_en(d.date), align="right"),
        P("HFK NRW (Härtefallkommission)\nVölklinger Str. 4\n40219 Düsseldorf", after=12),
        P("Hardship application – please help my family", bold=True),
        P("Respected Commission,"),
        P("I am writing to put my family's case before the Hardship Commission."),
    ]
    sentences = []
    for i, p in enumerate(c.persons):
        who = "I am" if i == 0 else f"{_role_en(p).capitalize()} is"
        s = f"{who} {p.vorname} {p.name}."
        pron = "I" if i == 0 else "He" if p.sex == "m" else "She"
        was = "was"
        if _has(c, i, "geburtsdatum") and _has(c, i, "geburtsort"):
            s += f" {pron} {was} born on {fmt_en(p.geburtsdatum)} in {p.geburtsort}."
        elif _has(c, i, "geburtsdatum"):
            s += f" {pron} {was} born on {fmt_en(p.geburtsdatum)}."
        elif _has(c, i, "geburtsort"):
            s += f" {pron} {was} born in {p.geburtsort}."
        if _has(c, i, "staatsangehoerigkeit"):
            s += f" {'My' if i == 0 else 'His' if p.sex == 'm' else 'Her'} nationality is {c.natinfo['en']}."
        sentences.append(s)
    blocks.append(P(" ".join(sentences)))
    blocks.append(P(f"You can reach all of us at {c.street}, {c.plz} {c.city}."))
    blocks += _story_blocks(c, _story_en(c, r, fmt_en), None)
    blocks.append(P("Thank you for your time."))
    blocks.append(Signature(a.full, f"{c.city}, {fmt_en(d.date)}"))
    return DocSpec(blocks, _look(r, "serif"))


# ============================ bamf_bescheid ============================

_BAMF_WHY = [
    "Die antragstellende Person ({nat}e Staatsangehörigkeit) ist ihren Angaben zufolge am {entry} eingereist; um Asyl ersuchte sie förmlich am {applied}.",
    "Bei der Anhörung trug sie vor, man habe sie {in_land} wegen vermuteter Kontakte zu einer oppositionellen Gruppe "
    "mehrfach vorgeladen. Übergriffe gegen sie selbst konnte sie nicht benennen.",
    "Mit beachtlicher Wahrscheinlichkeit drohende Verfolgung (§ 3 Abs. 1 AsylG) ergibt sich aus dem Vorbringen nicht. Die "
    "Vorladungen erreichen weder einzeln noch zusammen die Schwelle des § 3a AsylG.",
    "Die Angaben zum zeitlichen Ablauf der Ausreise weichen in zentralen Punkten voneinander ab. Auf Vorhalt konnte die "
    "antragstellende Person die Widersprüche nicht auflösen; den Kern des Vortrags hält das Bundesamt deshalb für unglaubhaft.",
    "Subsidiärer Schutz scheidet aus. Ernsthafter Schaden droht bei Rückkehr nicht (§ 4 Abs. 1 AsylG); Gegenteiliges wurde "
    "weder vorgetragen noch ist es sonst erkennbar.",
    "Nationale Abschiebungsverbote greifen ebenso wenig. Die wirtschaftliche Lage {in_land} ist angespannt; erwerbsfähigen "
    "Rückkehrenden gelingt es nach der Erkenntnislage aber, wenigstens das Existenzminimum zu sichern.",
    "Gesundheitliche Gründe, die eine wesentliche Verschlechterung alsbald nach der Rückkehr befürchten ließen, sind nicht "
    "belegt: Eine qualifizierte Bescheinigung, wie § 60a Abs. 2c AufenthG sie verlangt, fehlt.",
    "Für die Abschiebungsandrohung stützt sich das Bundesamt auf § 59 AufenthG in Verbindung mit § 34 Absatz 1 AsylG; die "
    "30-Tage-Frist ist in § 38 Absatz 1 AsylG geregelt.",
    "Bei der Bemessung des Einreise- und Aufenthaltsverbots wurde die Dauer des bisherigen Aufenthalts berücksichtigt. "
    "Bindungen an im Bundesgebiet lebende Personen, die eine kürzere Frist tragen würden, wurden nicht geltend gemacht.",
    "Die Lageeinschätzung beruht auf Berichten des Auswärtigen Amtes, Auskünften internationaler Organisationen und den "
    "Länderinformationen, die dem Bundesamt vorliegen.",
]
_DUBLIN = (
    "Nach dem Abgleich in der Eurodac-Datenbank hat die antragstellende Person bereits in {state} um Schutz nachgesucht. "
    "{state} hat dem Übernahmeersuchen zugestimmt und ist damit für die Prüfung zuständig."
)


def _tenor(c: Case, r: random.Random) -> list[str]:
    land = c.natinfo["land"]
    months = r.choice([20, 30, 36])
    if c.bamf_tenor == 6:
        return [
            "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
            "Als asylberechtigt wird die antragstellende Person nicht anerkannt.",
            "Der subsidiäre Schutz wird versagt.",
            "Abschiebungshindernisse im Sinne von § 60 Absatz 5 bzw. 7 AufenthG bestehen nicht.",
            "Verlassen Sie die Bundesrepublik binnen 30 Tagen ab Bekanntgabe; im Klagefall gelten 30 Tage ab "
            f"rechtskräftigem Verfahrensende. Ohne freiwillige Ausreise erfolgt die Abschiebung in den Herkunftsstaat ({land}) oder in einen "
            "Drittstaat, der Sie aufnimmt.",
            f"Gegen Sie wird eine Sperre für Einreise und Aufenthalt angeordnet (§ 11 Abs. 1 AufenthG); sie läuft {months} Monate, "
            "vom Abschiebungstag an gerechnet.",
        ]
    state = random.Random(c.bamf_gz).choice(["Bulgarien", "Kroatien", "Italien", "Rumänien"])
    return [
        "Der Asylantrag ist unzulässig.",
        "Abschiebungsverbote (§ 60 Absatz 5, Absatz 7 Satz 1 AufenthG) werden verneint.",
        f"Angeordnet wird die Überstellung, also die Abschiebung nach {state}.",
        f"Die Sperrwirkung (Einreise- und Aufenthaltsverbot) endet {months // 2} Monate nach dem Abschiebungstag.",
    ]


def _bamf_reasons(c: Case, d, r: random.Random) -> list[str]:
    a = c.applicant
    vals = dict(
        nat=a.staat,
        entry=fmt(c.entry),
        applied=fmt(c.asylum_applied or c.entry),
        in_land=_in_land(c.natinfo["land"]),
    )
    order = _BAMF_WHY[:1] + r.sample(_BAMF_WHY[1:], len(_BAMF_WHY) - 1)
    out = []
    if c.bamf_tenor != 6:
        out.append(
            _DUBLIN.format(
                state=random.Random(c.bamf_gz).choice(["Bulgarien", "Kroatien", "Italien", "Rumänien"])
            )
        )
    for i in range(d.extra.get("bamf_reasons", 6)):
        out.append(order[i % len(order)].format(**vals))
    return out


def _vg(c: Case) -> str:
    return (
        c.court_name.replace("Verwaltungsgericht ", "")
        if c.court_name
        else random.Random(c.case_id).choice(N.COURTS)
    )


def _bamf_site(c: Case) -> tuple:
    return c.bamf_site or N.BAMF_SITES[0]


def _addressee(c: Case, r: random.Random) -> list[str]:
    a = c.applicant
    if c.rep is not None and c.rep.kind != "privat" and r.random() < 0.5:
        return [_rep_name(c), f"z. Hd. {c.rep.person}", c.rep.street, c.rep.city]
    return [a.herr_frau(), c.street, f"{c.plz} {c.city}"]


@tpl("bamf_bescheid", "p13a", SPLIT)
def bamf_p13a(c, d, r):
    """Reference column at the right, the person as a label/value grid, Gründe in A and B."""
    a = c.applicant
    site = _bamf_site(c)
    town = site[2].split(" ", 1)[1]
    blocks = [
        Table(
            [
                [
                    "Bundesamt für Migration und Flüchtlinge\n" + site[0],
                    f"Geschäftszeichen: {c.bamf_gz}\nDatum: {_dm(d.date)}\n"
                    f"Ort: {town}\nReferat {r.randint(31, 48)}{r.choice('ABC')} – Entscheidung",
                ],
            ],
            [0.55, 0.45],
            header=False,
            grid=False,
            size=9,
        ),
        P(f"{site[1]} · {site[2]}", size=7.5, after=10),
    ]
    blocks += [P(x, after=0) for x in _addressee(c, r)] + [Space(12)]
    blocks.append(P("Bescheid", bold=True, size=15))
    blocks.append(P("über den Antrag auf internationalen Schutz", after=8))
    blocks.append(
        _person_grid(
            c, ("Familienname", "Vorname", "geboren"), f"{fmt(a.geburtsdatum)} in {a.geburtsort}", 0.3
        )
    )
    blocks.append(P("Das Bundesamt hat wie folgt entschieden:", bold=True))
    for i, t in enumerate(_tenor(c, r), 1):
        blocks.append(P(f"{i}.  {t}", indent=10))
    blocks.append(P("Gründe", bold=True, size=12))
    reasons = _bamf_reasons(c, d, r)
    blocks.append(P("A. Sachverhalt", bold=True, after=2))
    blocks += [P(x) for x in reasons[:2]]
    blocks.append(P("B. Rechtliche Würdigung", bold=True, after=2))
    blocks += [P(x) for x in reasons[2:]]
    blocks.append(P("Hinweis zum Rechtsschutz", bold=True, after=2))
    blocks.append(
        P(
            f"Klage gegen den Bescheid ist zulässig; sie ist innerhalb zweier Wochen ab Zustellung beim Verwaltungsgericht {_vg(c)} "
            "einzureichen, in deutscher Sprache zu fassen und muss erkennen lassen, wer gegen wen worum klagt."
        )
    )
    blocks += [
        P("Im Auftrag", after=16),
        P(r.choice(["Ostendorf", "Brüggemann", "Yıldırım", "Tepe"]) + ", Entscheider", size=9),
    ]
    return DocSpec(
        blocks,
        _look(r, "sans", 10.0),
        footer=f"Gesch.-Z. {c.bamf_gz} · Seite {{p}} von {{n}}",
        header=f"BAMF · Bescheid vom {_dm(d.date)}",
    )


@tpl("bamf_bescheid", "p13b", SPLIT)
def bamf_p13b(c, d, r):
    """An 'Ausfertigung' stamp, the file number with a request to quote it, numbered paragraphs."""
    a = c.applicant
    site = _bamf_site(c)
    blocks = [
        Box(
            [
                "AUSFERTIGUNG",
                f"zugestellt gem. § 31 Abs. 1 AsylG am {fmt(d.date + timedelta(days=r.randint(2, 6)))}",
            ],
            size=8,
        ),
        P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=11, after=0),
        P(f"{site[0]} – {site[1]} – {site[2]}", size=8),
        P(f"Aktenzeichen (bei Antwort bitte angeben): {c.bamf_gz}", size=9, after=0),
        P(f"{site[2].split(' ', 1)[1]}, den {fmt_long(d.date)}", size=9, after=10),
    ]
    blocks += [P(x, after=0) for x in _addressee(c, r)] + [Space(10)]
    blocks.append(P("– Entscheidung über einen Asylantrag –", bold=True, align="center"))
    blocks.append(
        P(
            f"Betroffen: {a.vorname} {_caps(a.name)}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}. "
            "Auf den Antrag ergeht folgende Entscheidung:"
        )
    )
    blocks.append(
        Box([f"Ziffer {i}: {t}" for i, t in enumerate(_tenor(c, r), 1)], size=8.5, bold_first=False)
    )
    blocks.append(P("Begründung der Entscheidung", bold=True))
    for i, x in enumerate(_bamf_reasons(c, d, r), 1):
        blocks.append(P(f"({i}) {x}"))
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True, after=2))
    blocks.append(
        P(
            f"Der Bescheid kann binnen zwei Wochen, gerechnet ab Zustellung, mit der Klage zum Verwaltungsgericht {_vg(c)} "
            "angefochten werden; ein Eilantrag gemäß § 80 Absatz 5 VwGO ist binnen einer Woche zu stellen.",
            size=9,
        )
    )
    blocks.append(
        P("Im Auftrag\n\ngez. " + r.choice(["Heinemann", "Dos Santos", "Kowalczyk", "Ahlers"]), size=9)
    )
    return DocSpec(
        blocks, _look(r, "serif", 10.0), footer="Bescheid · Seite {p} von {n}", header=f"Az. {c.bamf_gz}"
    )


@tpl("bamf_bescheid", "p13c", SPLIT)
def bamf_p13c(c, d, r):
    """A dense decision with the date, page and file number in one footer line and a service note at the end."""
    a = c.applicant
    site = _bamf_site(c)
    blocks = _head_caps(
        "Bundesamt für Migration und Flüchtlinge",
        f"{site[0]} | {site[1]} | {site[2]} | Servicetelefon 0911 943-0",
    )
    blocks.append(
        Table(
            [["Gesch.-Z.", "Datum", "Seiten"], [c.bamf_gz, fmt(d.date), "siehe Fußzeile"]],
            [0.4, 0.3, 0.3],
            grid=False,
            size=8.5,
        )
    )
    blocks += [P(x, after=0) for x in _addressee(c, r)] + [Space(8)]
    blocks.append(P("ASYLBESCHEID", bold=True, size=12.5, align="center"))
    blocks.append(
        P(
            f"für {a.herr_frau()} (geb. {fmt(a.geburtsdatum)}, {a.geburtsort}; Staatsangehörigkeit {a.staat}), "
            f"wohnhaft {c.street}, {c.plz} {c.city}"
        )
    )
    blocks.append(P("Entscheidungsformel", bold=True, after=2))
    for i, t in enumerate(_tenor(c, r), 1):
        blocks.append(P(f"{i}) {t}", indent=8, after=2))
    blocks.append(P("Gründe", bold=True, after=2))
    blocks += [P(x) for x in _bamf_reasons(c, d, r)]
    blocks.append(
        P(
            f"Rechtsbehelf: Klage zum Verwaltungsgericht {_vg(c)} binnen zwei Wochen ab Zustellung; die Klage hat "
            f"{'keine ' if c.bamf_tenor != 6 else ''}aufschiebende Wirkung nach Maßgabe des § 75 AsylG.",
            size=9,
        )
    )
    blocks.append(
        Box(
            [
                "Zustellungsvermerk",
                "Abgesandt mit Postzustellungsurkunde. Eine Abschrift erhält die Ausländerbehörde.",
            ],
            size=8,
        )
    )
    blocks.append(P("Im Auftrag " + r.choice(["Kühnel", "Abdi", "Terhorst", "Lindqvist"]), size=9))
    return DocSpec(
        blocks,
        _look(r, "cond", 9.5, dense=True),
        footer=f"Bescheid vom {fmt(d.date)} | Seite {{p}} von {{n}} | {c.bamf_gz}",
    )


# ============================ aerztliches_gutachten ============================


def _patient_of(c: Case) -> Person:
    return c.persons[c.ill_person] if c.ill_person < len(c.persons) else c.applicant


def _diag(c: Case) -> tuple:
    return c.diagnosis or N.DIAGNOSES[0]


def _findings(c: Case, r: random.Random) -> str:
    code = _diag(c)[0]
    if code.startswith("F"):
        return r.choice(
            [
                "Bewusstseinsklar und orientiert; Grundstimmung schwer gedrückt, affektiv kaum schwingungsfähig, Schlaf zerrissen, "
                "sich aufdrängende Erinnerungsbilder; akute Eigengefährdung wird nach ausführlichem Gespräch verneint.",
                "Psychomotorisch unruhig, Konzentration und Merkfähigkeit vermindert, ausgeprägte Grübelneigung, sozialer Rückzug, "
                "Appetitverlust mit Gewichtsabnahme um mehrere Kilogramm.",
            ]
        )
    return r.choice(
        [
            "Die Laborwerte der letzten Quartale zeigen trotz Anpassung der Medikation keine stabile Einstellung; regelmäßige "
            "Kontrollen sind erforderlich.",
            "Wiederholte Vorstellungen wegen akuter Verschlechterungen; die Versorgung erfordert engmaschige fachärztliche Betreuung.",
        ]
    )


@tpl("aerztliches_gutachten", "p13a", SPLIT)
def med_p13a(c, d, r):
    """A specialist's certificate whose date of issue stands below the signature only."""
    p = _patient_of(c)
    code, diag, sev = _diag(c)
    street = f"{r.choice(N.STREETS)} {r.randint(2, 70)}"
    blocks = _head_columns(
        c.practice,
        [
            c.doctor,
            street,
            c.court_city_plz(),
            f"Sprechzeiten Mo–Fr nach Vereinbarung · Tel. {_tel(c.practice)}",
        ],
    )
    blocks.append(P("Fachärztliche Bescheinigung zur Vorlage bei Behörden", bold=True, size=12.5))
    blocks.append(
        Table(
            [
                ["Patient/in", f"{_caps(p.name)}, {p.vorname}"],
                ["geboren", fmt(p.geburtsdatum)],
                ["Anschrift", c.adresse],
            ],
            [0.25, 0.75],
            header=False,
            grid=False,
            size=9.5,
        )
    )
    since = c.entry + timedelta(days=r.randint(250, 600))
    blocks.append(P("Vorgeschichte", bold=True, after=2))
    blocks.append(
        P(
            f"Uns bekannt seit {N.MONTHS_DE[since.month - 1]} {since.year}; zugewiesen seinerzeit von der Hausärztin. Nach eigener "
            "Schilderung reichen die Beschwerden bis in die Zeit vor der Ausreise zurück."
        )
    )
    blocks.append(P("Befund", bold=True, after=2))
    blocks.append(P(_findings(c, r)))
    blocks.append(P("Diagnose(n), verschlüsselt nach ICD-10-GM", bold=True, after=2))
    blocks.append(P(f"{code}  {diag}", indent=12))
    blocks.append(P("Behandlung und Verlauf", bold=True, after=2))
    blocks.append(
        P(
            f"Aktuelle Medikation: {'; '.join(r.sample(N.MEDICATION, 2))}. Termine finden {r.choice(['alle zwei Wochen', 'monatlich', 'wöchentlich'])} statt. "
            f"Der Schweregrad ist als {sev} einzuschätzen; der Verlauf ist trotz Therapietreue {r.choice(['wechselhaft', 'langwierig', 'nur zögerlich bessernd'])}."
        )
    )
    blocks.append(P("Prognose", bold=True, after=2))
    blocks.append(
        P(
            "Endet die Behandlung, ist mit einem raschen und erheblichen Rückfall zu rechnen. Dass im Herkunftsland eine "
            "gleichwertige Versorgung erreichbar wäre, ist aus hiesiger Sicht nicht zu erwarten."
        )
    )
    blocks.append(Signature(c.doctor))
    blocks.append(P(f"Ausgestellt am {fmt_long(d.date)}", size=9))
    return DocSpec(blocks, _look(r, "sans"))


@tpl("aerztliches_gutachten", "p13b", SPLIT)
def med_p13b(c, d, r):
    """A hospital discharge letter: stay dates in the head, the date of writing in the footer."""
    p = _patient_of(c)
    code, diag, sev = _diag(c)
    town = c.city_or_nrw()
    clinic = r.choice(
        [
            f"St.-Hedwig-Krankenhaus {town}",
            f"Evangelisches Klinikum {town}-Süd",
            f"LVR-nahe Tagesklinik {town}",
        ]
    )
    dept = (
        "Abteilung für Psychiatrie und Psychotherapie"
        if code.startswith(("F", "G"))
        else "Klinik für Innere Medizin"
    )
    admit = d.date - timedelta(days=r.randint(20, 55))
    leave = d.date - timedelta(days=r.randint(1, 6))
    blocks = _head_caps(
        clinic,
        f"{dept} · Ärztliche Direktion Prof. Dr. {r.choice(N.GERMAN_SURNAMES)} · Sekretariat {_tel(clinic)}",
    )
    blocks += [
        P(x, after=0)
        for x in ([p.full, c.street, f"{c.plz} {c.city}"] if r.random() < 0.5 else [c.doctor, c.practice])
    ]
    blocks.append(Space(10))
    blocks.append(P("Entlassungsbericht", bold=True, size=13))
    blocks.append(
        P(
            f"Betr.: {p.vorname} {p.name}, * {fmt(p.geburtsdatum)} – bei uns aufgenommen {fmt(admit)}, entlassen {fmt(leave)}",
            bold=True,
            size=9.5,
        )
    )
    blocks.append(P("Liebe Frau Kollegin, lieber Herr Kollege,"))
    blocks.append(
        P("nachfolgend unser Bericht über den Aufenthalt der oben genannten Person auf unserer Station.")
    )
    blocks.append(
        Table(
            [["Entlassdiagnose", f"{diag} ({code})"], ["Einstufung", sev]], [0.3, 0.7], header=False, size=9.5
        )
    )
    blocks.append(P("Aufnahmeanlass und Befund", bold=True, after=2))
    blocks.append(P(_findings(c, r)))
    blocks.append(P("Therapie und Verlauf während des Aufenthalts", bold=True, after=2))
    blocks.append(
        P(
            "Neben der medikamentösen Einstellung erhielt die Person Einzel- und Gruppenangebote sowie Sozialberatung. Die "
            "Entlassung erfolgte in stabilisiertem, aber weiterhin behandlungsbedürftigem Zustand."
        )
    )
    blocks.append(P("Empfehlungen", bold=True, after=2))
    blocks.append(
        P(
            f"Medikation weiter wie bisher ({', '.join(r.sample(N.MEDICATION, 2))}), ambulante fachärztliche Anbindung, bei "
            "Verschlechterung erneute Vorstellung. Aus medizinischer Sicht darf die Versorgung nicht abreißen."
        )
    )
    blocks.append(P("Mit kollegialem Gruß aus dem Haus", after=4))
    blocks.append(
        P(
            f"Dr. {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Oberarzt/Oberärztin      {c.doctor}, Stationsarzt/-ärztin",
            size=9,
        )
    )
    return DocSpec(blocks, _look(r, "serif"), footer=f"Brief geschrieben am {fmt(d.date)} · Bl. {{p}}/{{n}}")


@tpl("aerztliches_gutachten", "p13c", SPLIT)
def med_p13c(c, d, r):
    """A psychotherapeutic statement of a psychosocial centre; session and issue dates in a closing box."""
    p = _patient_of(c)
    code, diag, sev = _diag(c)
    centre = r.choice(
        [
            "Psychosoziales Zentrum Lichtblick",
            "Beratungs- und Therapiezentrum Brückenschlag",
            "Zentrum Anker für Geflüchtete",
        ]
    )
    blocks = [
        P(f"{centre} · {c.city_or_nrw()}", bold=True, size=11, align="center", after=0),
        P("Traumatherapie · Psychiatrische Sprechstunde · Sprachmittlung", size=8, align="center"),
        Rule(0.6),
        P("Psychotherapeutische Stellungnahme", bold=True, size=12.5),
        P(f"zu: {p.vorname} {p.name} (geb. {_dm(p.geburtsdatum)}), wohnhaft {c.adresse}", size=9.5),
        P("Auftrag und Grundlage", bold=True, after=2),
        P(
            "Die Stellungnahme wird auf Wunsch der Klientin/des Klienten zur Vorlage bei der Härtefallkommission erstellt. Sie "
            f"beruht auf {r.randint(9, 40)} Therapiesitzungen mit Sprachmittlung, standardisierten Fragebögen und Fremdanamnese."
        ),
        P("Symptomatik", bold=True, after=2),
        P(_findings(c, r)),
        P("Diagnostische Einordnung", bold=True, after=2),
        P(f"{diag}; ICD-10: {code}. Ausprägung: {sev}."),
        P("Behandlungsbedarf", bold=True, after=2),
        P(
            "Erforderlich ist eine kontinuierliche traumafokussierte Behandlung über mindestens ein weiteres Jahr. Ein "
            "Beziehungsabbruch durch Ausreise würde die bisherigen Fortschritte nach fachlicher Einschätzung zunichtemachen."
        ),
        Signature(
            f"Dipl.-Psych. {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Psychologische/r Psychotherapeut/in"
        ),
        Box(
            [
                f"Letzte Sitzung: {fmt(d.date - timedelta(days=r.randint(1, 6)))}",
                f"Datum dieser Stellungnahme: {fmt(d.date)}",
            ],
            size=8.5,
            bold_first=False,
        ),
    ]
    return DocSpec(blocks, _look(r, "sans"))


# ============================ vollmacht ============================


def _adults(c: Case) -> list[Person]:
    return [p for p in c.persons if p.age_on(c.received) >= 18] or [c.applicant]


def _rep_or_blank(c: Case) -> tuple[str, str, str]:
    if c.rep is None:
        return ("Beratungsdienst Wegweiser e. V.", "Postfach 11 04", c.court_city_plz())
    return (_rep_name(c), c.rep.street, c.rep.city)


@tpl("vollmacht", "p13a", SPLIT)
def voll_p13a(c, d, r):
    """A power of attorney with numbered powers and one signature line per adult."""
    name, street, city = _rep_or_blank(c)
    blocks = [
        P("Verfahrensvollmacht", bold=True, size=15, align="center", after=0),
        P(
            "für alle Schritte rund um die Härtefalleingabe (§ 23a AufenthG) und was damit zusammenhängt",
            size=9,
            align="center",
        ),
        Space(6),
        P("Vollmachtgeber/in:", bold=True, after=1),
    ]
    for p in _adults(c):
        blocks.append(P(f"{p.vorname} {_caps(p.name)}, geb. {fmt(p.geburtsdatum)}", indent=14, after=1))
    blocks.append(P(f"wohnhaft {c.adresse}", indent=14))
    blocks.append(P("Bevollmächtigt wird:", bold=True, after=1))
    blocks.append(P(f"{name}, {street}, {city}", indent=14))
    blocks.append(P("Die Vollmacht berechtigt insbesondere dazu,", after=2))
    for i, x in enumerate(
        [
            "die Eingabe bei der Härtefallkommission zu stellen, zu begründen, zu ergänzen und zurückzunehmen,",
            "Akteneinsicht bei Ausländerbehörde und Geschäftsstelle zu nehmen,",
            "Mitteilungen und Zustellungen aller Art entgegenzunehmen,",
            "Untervollmacht zu erteilen und Erklärungen gegenüber Behörden abzugeben.",
        ],
        1,
    ):
        blocks.append(P(f"{i}. {x}", indent=14, after=1))
    blocks.append(Space(6))
    blocks.append(P(f"{c.city_or_nrw()}, den {fmt(d.date)}"))
    for p in _adults(c):
        blocks.append(Signature(f"{p.full} (Vollmachtgeber/in)"))
    return DocSpec(blocks, _look(r, "serif"))


@tpl("vollmacht", "p13b", SPLIT)
def voll_p13b(c, d, r):
    """A counselling service's mandate form with tick boxes."""
    name, street, city = _rep_or_blank(c)
    a = c.applicant
    blocks = _head_columns(name, [street, city, f"Tel. {_tel(name)}"])
    blocks += [
        P("Beauftragung und Vollmacht", bold=True, size=13),
        P(
            f"Ich, {a.vorname} {a.name}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, erteile der im Briefkopf genannten "
            f"Stelle Auftrag und Vollmacht, mich{' samt Familie' if len(c.persons) > 1 else ''} gegenüber Härtefallkommission und "
            "Geschäftsstelle in Düsseldorf zu vertreten."
        ),
        P("Wofür gilt die Vollmacht? (ankreuzen)", bold=True, after=2),
        P("[x] Einreichung und Begründung des Härtefallantrags", indent=10, after=1),
        P("[x] Schriftverkehr mit der Geschäftsstelle der Härtefallkommission", indent=10, after=1),
        P(
            f"[{'x' if r.random() < 0.7 else ' '}] Auskünfte bei der Ausländerbehörde {c.abh}",
            indent=10,
            after=1,
        ),
        P(f"[{'x' if r.random() < 0.5 else ' '}] Empfang von Post an meiner Stelle", indent=10),
        P("Ein schriftlicher Widerruf dieser Vollmacht ist mir jederzeit möglich.", size=9),
        Table(
            [["Ort, Datum", "Unterschrift"], [f"{c.city_or_nrw()}, {_dm(d.date)}", ""]], [0.5, 0.5], size=9.5
        ),
        Signature(a.full),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("vollmacht", "p13c", SPLIT)
def voll_p13c(c, d, r):
    """A short handwritten-like authorisation for a relative or helper."""
    name, street, city = _rep_or_blank(c)
    a = c.applicant
    blocks = [
        P("VOLLMACHT", bold=True, size=16, after=10),
        P(
            f"Ich gebe Vollmacht: ich, {a.full}, {c.street}, {c.plz} {c.city},\n"
            f"{name} ({street}, {city}),\n"
            "darf mich bei der Härtefallkommission vertreten und alle Briefe für mich bekommen.",
            font="italic",
            size=12,
        ),
        P(f"Geburtsdatum: {_dm(a.geburtsdatum)}", font="italic", size=12),
        Space(14),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", font="italic", size=12),
        Signature(a.full),
    ]
    return DocSpec(blocks, _look(r, "sans", 11.0))


# ============================ schweigepflichtsentbindung ============================


@tpl("schweigepflichtsentbindung", "p13a", SPLIT)
def schweige_p13a(c, d, r):
    """A release form listing the treating persons in a table."""
    p = _patient_of(c)
    street = f"{r.choice(N.STREETS)} {r.randint(2, 70)}"
    blocks = [
        P("Entbindung von der ärztlichen und therapeutischen Schweigepflicht", bold=True, size=12.5),
        P(
            f"Betroffene Person: {p.vorname} {p.name}, geboren {fmt(p.geburtsdatum)}, Anschrift: {c.adresse}",
            size=9.5,
        ),
        P(
            "Die in der Tabelle genannten Ärztinnen, Ärzte und Therapeutinnen/Therapeuten entbinde ich von der Schweigepflicht: "
            "Sie dürfen Geschäftsstelle wie Mitgliedern der Kommission Auskunft über meine Erkrankung, deren Behandlung und "
            "Verlauf geben."
        ),
        Table(
            [
                ["Name", "Einrichtung", "Anschrift"],
                [c.doctor, c.practice, f"{street}, {c.court_city_plz()}"],
                ["", "", ""],
            ],
            [0.3, 0.4, 0.3],
            size=9,
        ),
        P(
            "Die Erklärung ist freiwillig und endet mit dem Ende des Härtefallverfahrens; ein Widerruf wirkt ab seinem Eingang.",
            size=9.5,
        ),
        Signature(
            p.full if p.age_on(c.received) >= 18 else f"{c.applicant.full} (sorgeberechtigt)",
            f"{c.city_or_nrw()}, {fmt(d.date)}",
        ),
    ]
    return DocSpec(blocks, _look(r))


@tpl("schweigepflichtsentbindung", "p13b", SPLIT)
def schweige_p13b(c, d, r):
    """A declaration by the guardians for a child, or the person's own, in short paragraphs."""
    p = _patient_of(c)
    minor = p.age_on(c.received) < 18
    parents = [q for q in c.persons if q.role in ("applicant", "spouse")]
    blocks = [
        P("Schweigepflicht-Entbindungserklärung", bold=True, size=13, align="center"),
        P(
            "– Erklärung der Sorgeberechtigten –" if minor else "– Erklärung der betroffenen Person –",
            align="center",
            size=9.5,
        ),
        Space(6),
    ]
    if minor:
        blocks.append(
            P(
                f"Wir, {' und '.join(q.full for q in parents)}, sind die Eltern von {p.vorname} {p.name} (geb. {fmt(p.geburtsdatum)}). "
                f"Für unser Kind entbinden wir {c.doctor} ({c.practice}) von der Schweigepflicht."
            )
        )
    else:
        blocks.append(
            P(
                f"Ich, {p.vorname} {p.name}, geb. {fmt(p.geburtsdatum)}, entbinde {c.doctor} ({c.practice}) sowie alle in dieser "
                "Praxis/Einrichtung an meiner Behandlung Beteiligten von der Schweigepflicht."
            )
        )
    blocks += [
        P(
            "Erfasst sind Untersuchungsergebnisse, Diagnosen, Behandlungsberichte und Prognosen, soweit die Härtefallkommission "
            "des Landes NRW sie für ihre Beratung braucht."
        ),
        P(
            "Ein Widerruf ist jederzeit möglich; bereits erteilte Auskünfte bleiben davon unberührt.",
            size=9.5,
        ),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
    ]
    for q in parents if minor else [p]:
        blocks.append(Signature(q.full))
    return DocSpec(blocks, _look(r, "serif"))


@tpl("schweigepflichtsentbindung", "p13c", SPLIT)
def schweige_p13c(c, d, r):
    """A dense form with the scope ticked and the recipients named."""
    p = _patient_of(c)
    blocks = [
        Box(["Schweigepflichtentbindung", "Formular zur Vorlage bei der Härtefallkommission"], size=9.5),
        Table(
            [
                ["Name, Vorname", f"{_caps(p.name)}, {p.vorname}"],
                ["Geburtsdatum", fmt(p.geburtsdatum)],
                ["Behandelnde Stelle", f"{c.practice} ({c.doctor})"],
            ],
            [0.32, 0.68],
            header=False,
            size=9,
        ),
        P("Ich entbinde die behandelnde Stelle von der Schweigepflicht gegenüber:", after=2),
        P(
            "[x] Geschäftsstelle der Härtefallkommission NRW   [x] Mitglieder der Kommission",
            indent=8,
            after=1,
        ),
        P(f"[{'x' if r.random() < 0.5 else ' '}] {_rep_or_blank(c)[0]}", indent=8),
        P("Umfang der Auskunft:", after=2),
        P("[x] Diagnosen   [x] Therapie und Verlauf   [x] Prognose   [ ] vollständige Krankenakte", indent=8),
        P(
            "Die Abgabe geschieht freiwillig; zurücknehmen kann ich sie jederzeit.",
            size=8.5,
        ),
        Signature(
            p.full if p.age_on(c.received) >= 18 else f"{c.applicant.full}, Elternteil",
            f"Datum: {fmt(d.date)}",
        ),
    ]
    return DocSpec(blocks, _look(r, dense=True))


# ============================ datenschutzeinwilligung ============================


@tpl("datenschutzeinwilligung", "p13a", SPLIT)
def ds_p13a(c, d, r):
    """The consent with numbered paragraphs and a signature table for every adult."""
    blocks = [
        P("Erklärung über die Einwilligung in die Datenverarbeitung", bold=True, size=12.5),
        P("(Formular der Geschäftsstelle, Härtefallverfahren NRW)", size=9.5),
        P(
            "1. Zweck. Die Geschäftsstelle verarbeitet meine personenbezogenen Daten, um meine Eingabe zu prüfen, der Kommission "
            "vorzulegen und die zuständige Ausländerbehörde zu beteiligen."
        ),
        P(
            "2. Besondere Kategorien. Soweit ich Angaben zu meiner Gesundheit mache, willige ich ausdrücklich auch in deren "
            "Verarbeitung ein (Artikel 9 Absatz 2 a) DSGVO)."
        ),
        P(
            "3. Weitergabe. Daten werden nur an Stellen übermittelt, die am Verfahren beteiligt sind, insbesondere an die "
            f"Ausländerbehörde ({c.abh})."
        ),
        P(
            "4. Freiwilligkeit und Widerruf. Niemand ist verpflichtet, diese Erklärung abzugeben. Ein Widerruf ist jederzeit "
            "möglich und gilt ab Zugang; ohne Einwilligung kann die Eingabe allerdings nicht bearbeitet werden."
        ),
    ]
    rows = [["Name, Vorname", "geboren am", "Unterschrift"]]
    for p in _adults(c):
        rows.append([f"{p.name}, {p.vorname}", fmt(p.geburtsdatum), ""])
    blocks.append(Table(rows, [0.4, 0.25, 0.35], size=9.5))
    blocks.append(P(f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, _look(r, "sans"))


@tpl("datenschutzeinwilligung", "p13b", SPLIT)
def ds_p13b(c, d, r):
    """A counselling service's consent in questions and answers."""
    name, street, city = _rep_or_blank(c)
    a = c.applicant
    blocks = _head_caps(name, f"{street} · {city}")
    blocks += [
        P("Einverständnis zur Nutzung und Übermittlung meiner Daten", bold=True, size=12),
        P(f"Für: {a.full}, geb. {_dm(a.geburtsdatum)}", size=9.5),
        P("Wer verarbeitet meine Daten?", bold=True, after=1),
        P(
            f"{name} und – nach Übersendung – die Geschäftsstelle der Härtefallkommission im zuständigen Landesministerium."
        ),
        P("Welche Daten?", bold=True, after=1),
        P(
            "Angaben zur Person und Familie, zum Aufenthalt, zu Arbeit und Schule sowie, falls nötig, Gesundheitsdaten."
        ),
        P("Wozu?", bold=True, after=1),
        P("Zur Vorbereitung, Einreichung und Begleitung des Härtefallantrags."),
        P("Kann ich es mir anders überlegen?", bold=True, after=1),
        P(
            "Ja. Die Einwilligung lässt sich jederzeit zurücknehmen, ohne Begründung und ohne besondere Form (Art. 7 Abs. 3 DSGVO)."
        ),
        P("[x] Ich habe die Informationen verstanden und willige ein.", indent=6),
        Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("datenschutzeinwilligung", "p13c", SPLIT)
def ds_p13c(c, d, r):
    """A one-paragraph consent with tick boxes, fax-dense."""
    a = c.applicant
    blocks = [
        P("DATENSCHUTZ – EINWILLIGUNG (DSGVO)", bold=True, size=11),
        Rule(0.5),
        P(
            f"Name: {a.name}   Vorname: {a.vorname}   Geburtsdatum: {fmt(a.geburtsdatum)}   Anschrift: {c.street}, {c.plz} {c.city}",
            size=9,
        ),
        P(
            "Was ich über mich und meine im Antrag genannten Angehörigen angebe, darf für das Härtefallverfahren gespeichert, "
            "genutzt und an beteiligte Behörden weitergegeben werden – Gesundheitsangaben eingeschlossen. Widerruf: jederzeit möglich."
        ),
        P("[x] ja, einverstanden      [ ] nein", indent=6),
        P(
            f"[{'x' if len(c.persons) > 1 else ' '}] Die Einwilligung gilt auch für die Familienangehörigen im Antrag.",
            indent=6,
        ),
        Signature(a.full, f"{c.city_or_nrw()}, {_dm(d.date)}"),
    ]
    return DocSpec(blocks, _look(r, dense=True))


# ============================ lebenslauf ============================


_VISA = {
    "des Studiums": "Studium",
    "der Beschäftigung": "Beschäftigung",
    "der Familienzusammenführung": "Familiennachzug",
    "der Berufsausbildung": "Berufsausbildung",
}


def _stations(c: Case) -> list[tuple[str, str, str]]:
    """(from, to, what) of the applicant's life, oldest first; dates as month/year."""
    a = c.applicant
    b = a.geburtsdatum
    where = a.geburtsort if _has(c, 0, "geburtsort") else c.natinfo["land"]

    def my(d) -> str:
        return f"{d.month:02d}/{d.year}"

    rows = [
        (my(b), "", f"Geburt in {where}"),
        (f"09/{b.year + 6}", f"06/{b.year + 14}", "Schulbesuch (Grund- und Mittelstufe)"),
        (
            f"{b.year + 15}",
            f"{c.entry.year - 1}",
            "Mithilfe im Laden der Eltern, später Arbeit als Fahrer/in",
        ),
        (my(c.entry), "", "angekommen in Deutschland"),
    ]
    if c.asylum:
        rows.append((my(c.asylum_applied), "", "Asylantrag gestellt"))
        rows.append((my(c.bamf_date), "", "Asylantrag abgelehnt (BAMF)"))
    else:
        rows.append(
            (
                my(c.entry),
                f"{c.entry.year + 1}",
                f"Einreisevisum, Zweck: {_VISA.get(c.visa_purpose, c.visa_purpose)}",
            )
        )
    rows.append(
        (f"{c.entry.year + 1}", f"{c.entry.year + 2}", "Integrationskurs (600 + 100 Unterrichtseinheiten)")
    )
    if c.job:
        rows.append((f"{c.entry.year + 2}", "heute", f"{c.job} bei {c.employer}"))
    return rows


@tpl("lebenslauf", "p13a", SPLIT)
def cv_p13a(c, d, r):
    """Newest station first, in a von/bis/Station grid."""
    a = c.applicant
    blocks = [
        P("Lebenslauf", bold=True, size=16, align="center", after=0),
        P(f"{a.vorname} {a.name}", align="center", size=11),
        P(f"Anschrift: {c.adresse} · Staatsangehörigkeit: {a.staat}", align="center", size=8.5, after=10),
        P("(in umgekehrter Zeitfolge)", size=8.5, font="italic"),
    ]
    rows = [["von", "bis", "Station"]] + [[x, y, z] for x, y, z in reversed(_stations(c))]
    blocks.append(Table(rows, [0.16, 0.16, 0.68], grid=False, size=9.5))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, _look(r, "sans"))


@tpl("lebenslauf", "p13b", SPLIT)
def cv_p13b(c, d, r):
    """A CV as dashed lines 'MM/JJJJ – ...' under the heading 'Mein Lebensweg'."""
    a = c.applicant
    blocks = [
        P("Mein Lebensweg – tabellarischer Lebenslauf", bold=True, size=13),
        P(f"Name: {a.name}, {a.vorname}   |   geb. {_dm(a.geburtsdatum)}", size=9.5),
        Rule(0.4),
    ]
    for x, y, z in _stations(c):
        span = f"{x} – {y}" if y else x
        blocks.append(P(f"{span:<18} {z}", font="mono", size=9, after=2))
    blocks.append(Space(8))
    blocks.append(P("Sprachen: Muttersprache, Deutsch (Grundkenntnisse bis B1), etwas Englisch", size=9.5))
    blocks.append(P(f"Stand: {fmt(d.date)}", size=9))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _look(r, "serif"))


# ============================ sprachnachweis ============================


def _points(r: random.Random) -> list[list[str]]:
    return [
        ["Hören", f"{r.randint(14, 20)} / 20"],
        ["Lesen", f"{r.randint(13, 20)} / 20"],
        ["Schreiben", f"{r.randint(10, 20)} / 20"],
        ["Sprechen", f"{r.randint(60, 100)} / 100"],
    ]


@tpl("sprachnachweis", "p13a", SPLIT)
def sprach_p13a(c, d, r):
    """The integration course certificate with the course provider and the test result."""
    a = c.applicant
    level = r.choice(["B1", "B1", "A2"])
    blocks = [
        P("Zertifikat Integrationskurs", bold=True, size=15, align="center"),
        P("Bescheinigung über die erfolgreiche Teilnahme", align="center", size=10),
        Space(10),
        P(
            f"{a.vorname} {a.name}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}",
            align="center",
            bold=True,
        ),
        P(
            f"hat bei der Volkshochschule {c.city_or_nrw()} am Integrationskurs (Sprach- und Orientierungskurs) teilgenommen, die "
            f"Prüfung „Deutsch-Test für Zuwanderer“ auf Niveau {level} (GER) bestanden und im Test „Leben in Deutschland“ die "
            "Bestehensgrenze erreicht.",
            align="center",
        ),
        Table([["Prüfungsteil", "Ergebnis"]] + _points(r), [0.5, 0.5], size=9.5),
        P(f"Ausgestellt: {_dm(d.date)}", size=9),
        P(
            "Kursträger-Nr. "
            + str(r.randint(100000, 999999))
            + " · Dieses Zertifikat wurde maschinell erstellt.",
            size=7.5,
        ),
    ]
    return DocSpec(blocks, _look(r, "serif"))


@tpl("sprachnachweis", "p13b", SPLIT)
def sprach_p13b(c, d, r):
    """A language school's result letter with the points per module."""
    a = c.applicant
    school = r.choice(["Sprachinstitut Rheinbogen", "Lernwerk Deutsch gGmbH", "Sprachschule Brückenwort"])
    blocks = _head_columns(school, [f"Prüfungszentrum {c.city_or_nrw()}", f"Tel. {_tel(school)}"])
    blocks += [
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P("Ergebnismitteilung Sprachprüfung Deutsch", bold=True, size=12),
        P(f"Teilnehmer/in: {_caps(a.name)}, {a.vorname}  ·  Teilnehmernummer {r.randint(10000, 99999)}"),
        P(
            f"Prüfung: Deutsch-Test für Zuwanderer (A2–B1), Prüfungstag {fmt(d.date - timedelta(days=r.randint(20, 45)))}"
        ),
        Table([["Modul", "Punkte"]] + _points(r), [0.5, 0.5], size=9.5),
        P(f"Gesamtergebnis: Niveau {r.choice(['B1', 'A2'])} erreicht.", bold=True),
        P("Das offizielle Zertifikat wird Ihnen gesondert zugesandt.", size=9),
        P("Prüfungsleitung", size=9),
    ]
    return DocSpec(blocks, _look(r, "sans"))


# ============================ arbeitsnachweis ============================


@tpl("arbeitsnachweis", "p13a", SPLIT)
def arbeit_p13a(c, d, r):
    """An employment contract in paragraphs (§ 1 ... § 6)."""
    a = c.applicant
    start = d.date - timedelta(days=r.randint(30, 300))
    blocks = [
        P("Arbeitsvertrag", bold=True, size=15, align="center"),
        P(f"zwischen {c.employer} (Arbeitgeber)", align="center", size=10, after=0),
        P(f"und {a.herr_frau()}, {c.adresse} (Beschäftigte/r)", align="center", size=10),
        P(
            f"§ 1 Vertragsbeginn – Die Tätigkeit wird am {fmt(start)} aufgenommen; der Vertrag ist unbefristet."
        ),
        P(f"§ 2 Aufgabe – Eingestellt als {c.job}, Einsatzort {c.city_or_nrw()}."),
        P(f"§ 3 Arbeitszeit – {r.choice([30, 35, 38, 40])} Wochenstunden, verteilt auf fünf Tage."),
        P(f"§ 4 Lohn – monatlich {r.randint(2100, 2950)},00 Euro brutto, fällig am letzten Werktag."),
        P("§ 5 Probezeit – sechs Monate; in dieser Zeit kann mit zwei Wochen Frist gekündigt werden."),
        P(
            "§ 6 Ausländerrechtlicher Vorbehalt – Wirksam wird die Beschäftigung erst, wenn die Ausländerbehörde sie gestattet."
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Table([["Arbeitgeber", "Arbeitnehmer/in"], ["", a.full]], [0.5, 0.5], grid=False),
    ]
    return DocSpec(blocks, _look(r, "serif"))


@tpl("arbeitsnachweis", "p13b", SPLIT)
def arbeit_p13b(c, d, r):
    """A payslip: a dense grid of earnings and deductions."""
    a = c.applicant
    gross = r.randint(1900, 2900)
    tax = round(gross * 0.08)
    soc = round(gross * 0.205)
    blocks = [
        P(c.employer, bold=True, size=11, after=0),
        P("Personalabrechnung", size=8.5, after=8),
        P(f"Entgeltabrechnung {N.MONTHS_DE[d.date.month - 1]} {d.date.year}", bold=True, size=12),
        Table(
            [
                ["Pers.-Nr.", "Name", "Tätigkeit", "Eintritt"],
                [
                    str(r.randint(1000, 9999)),
                    f"{a.name}, {a.vorname}",
                    c.job,
                    fmt(d.date - timedelta(days=r.randint(200, 900))),
                ],
            ],
            [0.15, 0.35, 0.3, 0.2],
            size=8.5,
        ),
        Table(
            [
                ["Lohnart", "Bezeichnung", "Betrag EUR"],
                ["1000", "Grundvergütung", f"{gross},00"],
                ["5100", "Lohnsteuer", f"-{tax},00"],
                ["5300", "Sozialversicherung AN-Anteil", f"-{soc},00"],
                ["", "Nettoverdienst", f"{gross - tax - soc},00"],
            ],
            [0.15, 0.55, 0.3],
            size=8.5,
        ),
        P(f"Auszahlung auf das bekannte Konto. Erstellt am {fmt(d.date)}.", size=8),
    ]
    return DocSpec(blocks, _look(r, dense=True))


# ============================ ehrenamt ============================


@tpl("ehrenamt", "p13a", SPLIT)
def ehren_p13a(c, d, r):
    """A certificate of voluntary work with an hours table per year."""
    a = c.applicant
    y = d.date.year
    blocks = _head_caps(c.club, f"Geschäftsstelle · {c.city_or_nrw()}")
    blocks += [
        P("Nachweis über freiwilliges Engagement", bold=True, size=12.5),
        P(
            f"Wir bescheinigen gern, dass {a.herr_frau()} (geb. {fmt(a.geburtsdatum)}) sich seit {y - r.randint(1, 4)} "
            "ehrenamtlich und ohne Bezahlung bei uns einbringt. Die Mitarbeit ist zuverlässig und freundlich."
        ),
        Table(
            [["Jahr", "Einsätze", "Stunden (ca.)"]]
            + [[str(y - k), str(r.randint(15, 45)), str(r.randint(40, 160))] for k in (2, 1, 0)],
            [0.3, 0.3, 0.4],
            size=9.5,
        ),
        P(
            f"Aufgaben: {r.choice(['Lebensmittelausgabe', 'Betreuung von Kindergruppen', 'Übersetzen bei Beratungsterminen', 'Reparatur von Fahrrädern'])}."
        ),
        P(f"{c.city_or_nrw()}, {_dm(d.date)}"),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Vorstand"),
    ]
    return DocSpec(blocks, _look(r))


@tpl("ehrenamt", "p13b", SPLIT)
def ehren_p13b(c, d, r):
    """A parish or club letter confirming membership and help."""
    a = c.applicant
    blocks = [
        P(c.club, bold=True, align="center", after=0),
        P(f"{c.city_or_nrw()} · Gemeindebüro / Vereinsbüro", size=8.5, align="center"),
        Rule(0.6),
        P(fmt_long(d.date), align="right"),
        P("Mitglied und Helfer/in – eine Bestätigung", bold=True),
        P(
            f"{a.vorname} {a.name} ist seit {d.date.year - r.randint(1, 5)} Mitglied bei uns und hilft regelmäßig bei "
            f"{r.choice(['Festen und Basaren', 'dem Sonntagscafé', 'der Hausaufgabenhilfe', 'der Pflege der Außenanlagen'])}. "
            "Die Gemeinschaft schätzt das Engagement sehr."
        ),
        P("Wir wünschen uns sehr, dass diese Verbindung erhalten bleibt."),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"),
    ]
    return DocSpec(blocks, _look(r, "serif"))


# ============================ unterstuetzerschreiben ============================


@tpl("unterstuetzerschreiben", "p13a", SPLIT)
def unter_p13a(c, d, r):
    """A neighbour's handwriting-like letter."""
    a = c.applicant
    me = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(f"{me}\n{r.choice(N.STREETS)} {r.randint(1, 90)}\n{c.court_city_plz()}", font="italic", after=12),
        P(f"{c.city_or_nrw()}, {_dm(d.date)}", font="italic", align="right"),
        P("Liebe Leute von der Härtefallkommission,", font="italic"),
        P(
            f"seit {r.randint(3, 9)} Jahren trennt nur eine Wand meine Wohnung von der von {a.full}"
            + (" und der Familie" if len(c.persons) > 1 else "")
            + ". Wenn ich krank war, wurde für mich eingekauft, und meine Blumen werden im Urlaub gegossen. Im Haus sind alle "
            "froh über diese Nachbarschaft.",
            font="italic",
        ),
        P(
            "Ich bitte Sie von Herzen: Lassen Sie diese Menschen hier bleiben. Sie gehören zu uns.",
            font="italic",
        ),
        P("Herzliche Grüße", font="italic"),
        Signature(me),
    ]
    return DocSpec(blocks, _look(r, "sans", 11.5))


@tpl("unterstuetzerschreiben", "p13b", SPLIT)
def unter_p13b(c, d, r):
    """An employer's or teacher's letter of support on a letterhead."""
    a = c.applicant
    if r.random() < 0.5 or not c.school_age():
        org, role = c.employer, "Geschäftsführung"
        body = (
            f"{a.herr_frau()} arbeitet bei uns als {c.job}. Wir erleben {'ihn' if a.sex == 'm' else 'sie'} als pünktlich, "
            "lernbereit und im Team sehr beliebt. Eine Weiterbeschäftigung ist ausdrücklich gewünscht; wir würden den Vertrag "
            "sofort entfristen."
        )
    else:
        k = c.school_age()[0]
        org, role = c.school, "Klassenleitung"
        body = (
            f"Ich unterrichte {k.vorname} {k.name} seit zwei Jahren. {k.vorname} ist fest in der Klassengemeinschaft verankert, "
            "spricht fließend Deutsch und hat gute Aussichten auf einen qualifizierten Abschluss."
        )
    blocks = _head_columns(org, [c.city_or_nrw(), f"Tel. {_tel(org)}"])
    blocks += [
        P(fmt(d.date), align="right"),
        P(f"Fürsprache für {a.full}", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(body),
        P(
            "Wir unterstützen den Antrag auf ein Bleiberecht mit Nachdruck und stehen für Nachfragen zur Verfügung."
        ),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, {role}"),
    ]
    return DocSpec(blocks, _look(r))


# ============================ schulnachweis ============================


@tpl("schulnachweis", "p13a", SPLIT)
def schul_p13a(c, d, r):
    """A half-year report with a grade grid, or a day care confirmation for a small child."""
    k = _child(c, d)
    age = k.age_on(c.received)
    if age < 6:
        blocks = [
            P(c.school, bold=True, size=12, align="center"),
            P("Betreuungsbestätigung der Kindertageseinrichtung", bold=True, align="center"),
            Table(
                [
                    ["Kind", f"{k.vorname} {k.name}"],
                    ["geboren", fmt(k.geburtsdatum)],
                    ["in Betreuung seit", _dm(d.date - timedelta(days=r.randint(200, 700)))],
                    ["Betreuungsumfang", "45 Wochenstunden"],
                ],
                [0.35, 0.65],
                header=False,
                size=9.5,
            ),
            P(
                f"Das Kind besucht die Einrichtung regelmäßig und ist gut eingewöhnt. {c.city_or_nrw()}, {fmt(d.date)}"
            ),
            Signature("Einrichtungsleitung"),
        ]
        return DocSpec(blocks, _look(r, "sans"))
    year = d.date.year if d.date.month >= 8 else d.date.year - 1
    grade = min(max(age - 5, 1), 10)
    subjects = [
        "Deutsch",
        "Mathematik",
        "Englisch",
        "Sachunterricht" if grade <= 4 else "Biologie",
        "Sport",
        "Kunst",
    ]
    blocks = [
        P(c.school, bold=True, size=12, align="center", after=0),
        P(
            f"Halbjahreszeugnis · Schuljahr {year}/{year + 1} · Klasse {grade}{r.choice('abc')}",
            align="center",
            size=10,
        ),
        P(f"für {k.vorname} {k.name}, geboren am {fmt(k.geburtsdatum)}", align="center"),
        Table(
            [["Fach", "Note"]]
            + [[s, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])] for s in subjects],
            [0.6, 0.4],
            size=9.5,
        ),
        P(f"Fehlstunden: {r.randint(0, 14)} (alle entschuldigt)", size=9),
        P("Bemerkungen: Arbeitet interessiert mit und hilft Mitschülerinnen und Mitschülern gern.", size=9.5),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Table(
            [["Schulleitung", "Klassenleitung", "Erziehungsberechtigte"], ["", "", ""]],
            [0.34, 0.33, 0.33],
            grid=False,
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _look(r, "serif"))


@tpl("schulnachweis", "p13b", SPLIT)
def schul_p13b(c, d, r):
    """A school attendance certificate as a filled form."""
    k = _child(c, d)
    year = d.date.year if d.date.month >= 8 else d.date.year - 1
    blocks = [
        Box([c.school, f"Schulsekretariat · {c.city_or_nrw()}"], size=9),
        P("Schulbesuchsbescheinigung", bold=True, size=13),
        P("Hiermit bescheinigt die Schule, dass", after=2),
        P(f"{k.vorname} {_caps(k.name)}", bold=True, indent=20, after=0),
        P(f"geb. am {_dm(k.geburtsdatum)}", indent=20),
        P(f"im Schuljahr {year}/{year + 1} bei uns angemeldet ist und den Unterricht regelmäßig besucht."),
        P("Auf Bitte der Familie für die Härtefallkommission ausgestellt.", size=9),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}"),
        Signature("i. A. Schulsekretariat"),
    ]
    return DocSpec(blocks, _look(r, "sans"))


# ============================ auslaenderbehoerde ============================


def _abh_town(c: Case) -> str:
    return c.abh.split(" – ")[0]


@tpl("auslaenderbehoerde", "p13a", SPLIT)
def abh_p13a(c, d, r):
    """The toleration (or permission to stay) as a form with numbered fields."""
    a = c.applicant
    title = (
        "Aufenthaltsgestattung – Bescheinigung nach § 63 AsylG"
        if c.gestattung
        else "Duldung – Bescheinigung nach § 60a Abs. 4 AufenthG"
    )
    until = d.date + timedelta(days=r.choice([90, 120, 180]))
    blocks = [
        P(title, bold=True, size=12, align="center", after=0),
        P("kein Aufenthaltstitel · berechtigt nicht zum Grenzübertritt", size=8, align="center"),
        Table(
            [
                ["(1) Familienname", _caps(a.name)],
                ["(2) Vornamen", a.vorname],
                ["(3) Geburtsdatum / -ort", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                ["(4) Staatsangehörigkeit", a.staat],
                ["(5) Anschrift", c.adresse],
                ["(6) gültig bis", fmt(until)],
            ],
            [0.35, 0.65],
            header=False,
            size=9,
        ),
        P("Nebenbestimmungen", bold=True, after=2),
        P(
            f"Wohnsitznahme ist nur in {c.city_or_nrw()} gestattet. "
            + (
                "Erwerbstätigkeit nur nach Erlaubnis."
                if not c.job
                else f"Beschäftigung als {c.job} bei {c.employer} erlaubt."
            ),
            size=9,
        ),
        Box([c.abh, f"ausgestellt am {fmt(d.date)} · Dienstsiegel"], size=8.5),
    ]
    return DocSpec(blocks, _look(r, "cond"))


@tpl("auslaenderbehoerde", "p13b", SPLIT)
def abh_p13b(c, d, r):
    """A letter of the authority: obligation to leave, or the announced removal date."""
    a = c.applicant
    town = _abh_town(c)
    blocks = _head_columns(
        c.abh,
        [
            "Der Oberbürgermeister" if town.startswith("Stadt") else "Der Landrat",
            c.abh_plz,
            f"Aktenzeichen 32.{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        ],
    )
    blocks += [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(10)]
    blocks.append(P(f"Datum: {fmt(d.date)}", align="right"))
    if c.rueckfuehrung:
        blocks.append(P("Mitteilung über die Durchführung der Rückführung", bold=True))
        blocks.append(
            P(
                f"Ihre Ausreisepflicht ist vollziehbar. Die Rückführung wird am {fmt(c.rueckfuehrung)} durchgeführt. Halten Sie "
                "sich bitte ab den frühen Morgenstunden mit Ihrem Gepäck (höchstens 20 kg je Person) in Ihrer Wohnung bereit."
            )
        )
    else:
        blocks.append(P("Aufforderung zur freiwilligen Ausreise", bold=True))
        blocks.append(
            P(
                "Ihre Ausreisepflicht ist vollziehbar. Bitte verlassen Sie das Bundesgebiet spätestens am "
                f"{fmt(d.date + timedelta(days=r.choice([21, 30, 45])))}. Geschieht das nicht, müssen Sie mit Ihrer Abschiebung "
                "rechnen; ein gesonderter Termin wird Ihnen dann nicht mehr genannt."
            )
        )
    blocks.append(
        P(
            "Eine Beratung zur freiwilligen Rückkehr und zu Förderprogrammen erhalten Sie bei der Rückkehrberatung im Haus."
        )
    )
    blocks.append(P("Hochachtungsvoll\nIm Auftrag", after=2))
    blocks.append(Signature(f"{r.choice(N.GERMAN_SURNAMES)}, Sachgebiet Aufenthaltsbeendigung"))
    return DocSpec(blocks, _look(r), footer="Seite {p}/{n} · Sprechzeiten nur nach Terminvereinbarung")


# ============================ gerichtsentscheidung ============================


def _court_name(c: Case) -> str:
    return c.court_name or f"Verwaltungsgericht {_vg(c)}"


@tpl("gerichtsentscheidung", "p13a", SPLIT)
def court_p13a(c, d, r):
    """A judgment with the parties as a block and the reasons under roman-free headings."""
    a = c.applicant
    kind = "Urteil" if c.asylum else "Beschluss"
    blocks = [
        P(f"Az. {c.court_az}", size=9),
        P(_court_name(c).upper(), bold=True, size=12, align="center"),
        P("IM NAMEN DES VOLKES" if kind == "Urteil" else "BESCHLUSS", bold=True, align="center"),
        P("Urteil", align="center", bold=True) if kind == "Urteil" else Space(2),
        P("In dem Verwaltungsstreitverfahren", align="center", size=9.5),
        Table(
            [
                [f"{a.full}, {c.adresse}", "Kläger/in" if kind == "Urteil" else "Antragsteller/in"],
                [
                    "Bundesrepublik Deutschland – Bundesamt für Migration und Flüchtlinge –"
                    if c.asylum
                    else f"{_abh_town(c)}, diese vertreten durch ihr Ausländeramt",
                    "Beklagte" if kind == "Urteil" else "Antragsgegner/in",
                ],
            ],
            [0.72, 0.28],
            header=False,
            grid=False,
            size=9.5,
        ),
        P(
            f"hat das Gericht durch die Einzelrichterin der {r.randint(3, 21)}. Kammer aufgrund der Verhandlung vom {fmt(d.date)} für Recht erkannt:"
            if kind == "Urteil"
            else f"beschließt die Kammer am {fmt(d.date)}:"
        ),
        P(
            "Die Klage bleibt ohne Erfolg und wird abgewiesen; die klagende Partei hat die Verfahrenskosten zu tragen, Gerichtskosten fallen nicht an."
            if kind == "Urteil"
            else "Den Eilantrag lehnt das Gericht ab. Kosten: zulasten der antragstellenden Partei.",
            bold=True,
        ),
        P("Sachverhalt" if kind == "Urteil" else "Gründe", bold=True),
        P(
            f"Die klagende Partei besitzt die {a.staat}e Staatsangehörigkeit; ihr Schutzbegehren wies das Bundesamt mit Bescheid vom {fmt(c.bamf_date)} zurück."
            if c.asylum and c.bamf_date
            else "Die antragstellende Partei wendet sich gegen die Ablehnung der Verlängerung ihrer Aufenthaltserlaubnis und die Abschiebungsandrohung."
        ),
        P(
            "Die Einwände überzeugen das Gericht nicht. Der Vortrag ist in sich nicht stimmig und lässt eine individuelle Gefährdung "
            "nicht erkennen. Auf die zutreffende Begründung der angegriffenen Entscheidung wird ergänzend verwiesen."
        ),
        P(
            "Kostenfolge: § 154 Absatz 1 VwGO; gerichtskostenfrei nach § 83b AsylG."
            if c.asylum
            else "Kostenfolge: § 154 Absatz 1 VwGO."
        ),
        P(
            r.choice(["Dr. Feldkamp", "Osterhues", "Ricken"]) + ", Richterin am Verwaltungsgericht",
            align="right",
            size=9.5,
        ),
    ]
    return DocSpec(blocks, _look(r, "serif"), footer=f"{c.court_az} – {{p}} –")


@tpl("gerichtsentscheidung", "p13b", SPLIT)
def court_p13b(c, d, r):
    """An urgent decision (order) with the date of decision in the closing line and a copy stamp."""
    a = c.applicant
    blocks = [
        Box(["Beglaubigte Abschrift"], size=8.5),
        P(_court_name(c), bold=True, size=12, after=0),
        P(f"Geschäftsnummer: {c.court_az}", size=9.5, after=8),
        P("Beschluss", bold=True, size=14, align="center"),
        P(
            f"In dem Verfahren auf vorläufigen Rechtsschutz des Herrn/der Frau {a.full}, geboren am {fmt(a.geburtsdatum)}, "
            f"wohnhaft in {c.city}, gegen {'die Bundesrepublik Deutschland' if c.asylum else _abh_town(c)} wegen aufenthaltsrechtlicher Maßnahmen"
        ),
        P("wird der Eilantrag abgelehnt.", bold=True),
        P(
            "Der Streitwert wird auf 2.500,00 Euro festgesetzt."
            if not c.asylum
            else "Gerichtskosten entstehen nach § 83b AsylG nicht."
        ),
        P("Gründe:", bold=True),
        P(
            "Der Antrag ist zulässig, bleibt aber ohne Erfolg. Bei überschlägiger Prüfung erweist sich die Entscheidung als "
            "voraussichtlich rechtmäßig; die Interessenabwägung fällt zulasten der antragstellenden Partei aus."
        ),
        P(
            "Ein Rechtsmittel ist nicht gegeben (§ 80 AsylG)."
            if c.asylum
            else "Binnen zwei Wochen kann Beschwerde beim OVG Münster eingelegt werden."
        ),
        P(f"{_vg(c)}, den {fmt(d.date)}", align="right"),
        P("Für die Richtigkeit der Abschrift: Urkundsbeamtin der Geschäftsstelle", size=8),
    ]
    return DocSpec(blocks, _look(r, "sans"))


# ============================ strafrecht ============================


def _js(r: random.Random, d) -> str:
    return f"{r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.year % 100}"


@tpl("strafrecht", "p13a", SPLIT)
def straf_p13a(c, d, r):
    """A penalty order laid out as a court form, the charge in its own box."""
    a = c.applicant
    off, sentence = c.offence or N.OFFENCES[0]
    blocks = [
        Table(
            [[f"Amtsgericht {c.court_city}", f"Geschäftszeichen: {r.randint(10, 99)} Cs {_js(r, d.date)}"]],
            [0.5, 0.5],
            header=False,
            grid=False,
            size=9,
        ),
        P("Strafbefehl", bold=True, size=15, align="center"),
        P(
            f"gegen {a.vorname} {_caps(a.name)}, geb. {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}, "
            f"wohnhaft {c.street}, {c.plz} {c.city}"
        ),
        Box(
            [
                "Tatvorwurf",
                f"Ihnen wird vorgeworfen, am {fmt(d.date - timedelta(days=r.randint(60, 200)))} in {c.court_city} eine Straftat begangen",
                f"zu haben; strafbar wegen {off}.",
            ],
            size=9,
        ),
        P(
            f"Gegen Sie wird deshalb – so beantragt von der Staatsanwaltschaft – eine Geldstrafe in Höhe von {sentence} verhängt."
        ),
        P(
            "Frist für den Einspruch: 14 Tage ab Zustellung; einzulegen schriftlich oder beim Amtsgericht zu Protokoll. Legen "
            "Sie keinen ein, ist die Entscheidung endgültig.",
            size=9.5,
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P("Der Strafrichter", size=9),
    ]
    return DocSpec(blocks, _look(r, "serif"))


@tpl("strafrecht", "p13b", SPLIT)
def straf_p13b(c, d, r):
    """A certificate of good conduct with one entry."""
    a = c.applicant
    off, sentence = c.offence or N.OFFENCES[0]
    blocks = [
        P("Bundesamt für Justiz – Sachgebiet Bundeszentralregister", size=9, after=0),
        P("53094 Bonn", size=9, after=10),
        P("Privatführungszeugnis · Belegart N", bold=True, size=13),
        _person_grid(
            c,
            ("Geburtsname / Familienname", "Vornamen", "Geburtsdatum, -ort"),
            f"{fmt(a.geburtsdatum)}, {a.geburtsort}",
            0.38,
        ),
        P("Inhalt:", bold=True),
        P(
            f"Eintrag 1 – Entscheidung vom {fmt(c.criminal_date or d.date)}, Amtsgericht {c.court_city}, {_js(r, d.date)}. "
            f"Rechtliche Bezeichnung: {off}. Strafe: Geldstrafe, {sentence}."
        ),
        P(f"Bonn, {fmt(d.date)}", align="right"),
        P("Dieses Zeugnis ist ohne Unterschrift gültig.", size=8),
    ]
    return DocSpec(blocks, _look(r, "mono", 9.5))


# ============================ identitaetsnachweis ============================


@tpl("identitaetsnachweis", "p13a", SPLIT)
def id_p13a(c, d, r):
    """A passport data page photocopied: the fields in two columns and the machine-readable zone."""
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("– Kopie –", size=8, align="right"),
        P(f"{c.natinfo['land'].upper()} · PASSPORT · PASS", bold=True, size=11),
        Table(
            [
                ["Type/Typ P", f"Code {l1[2:5]}", f"No. {l2[1:9]}"],
                ["Surname / Nom", _caps(a.name), ""],
                ["Given names / Prénoms / Vornamen", a.vorname.upper(), ""],
                ["Birth / Naissance", _dm(a.geburtsdatum), f"Sex {'M' if a.sex == 'm' else 'F'}"],
                ["Born in / Lieu", a.geburtsort, ""],
                ["Issued / Délivré", fmt_en(d.date), f"Expiry {fmt_en(d.date + timedelta(days=3651))}"],
            ],
            [0.34, 0.36, 0.3],
            header=False,
            grid=False,
            size=9,
        ),
        Rule(0.4),
        P(l1, font="mono", size=10.5, after=0),
        P(l2, font="mono", size=10.5),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("identitaetsnachweis", "p13b", SPLIT)
def id_p13b(c, d, r):
    """A certified translation of a birth register extract."""
    a = c.applicant
    lang = {"syrien": "Arabischen", "irak": "Arabischen", "iran": "Persischen", "afghanistan": "Dari"}.get(
        c.nat, "Englischen"
    )
    blocks = [
        P(f"Beglaubigte Übersetzung aus dem {lang}", font="italic", size=9),
        P("Geburtseintrag – Registerauszug", bold=True, size=13, align="center"),
        P(f"Registerbehörde: Standesamt {a.geburtsort}", size=9.5),
        Table(
            [
                ["Eintrag Nr.", str(r.randint(100, 9999))],
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geburtstag", _dm(a.geburtsdatum)],
                ["Geburtsort (laut Register)", a.geburtsort],
                ["Vater", f"{r.choice(c.natinfo['m'])} {a.name}"],
                ["Mutter", f"{r.choice(c.natinfo['f'])} {r.choice(c.natinfo['nach'])}"],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P(
            f"Ich bestätige als ermächtigte Übersetzerin, dass die vorstehende Übersetzung mit dem mir vorgelegten Original "
            f"übereinstimmt. {c.city_or_nrw()}, {fmt(d.date)}",
            size=9,
        ),
        P(
            f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, ermächtigte Übersetzerin (LG {_vg(c)})",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _look(r, "serif"))


# ============================ sonstiges ============================


@tpl("sonstiges", "anhoerung_p13a", SPLIT)
def sonst_anhoerung_p13a(c, d, r):
    """An invitation to the personal hearing of the Federal Office."""
    a = c.applicant
    site = _bamf_site(c)
    when = d.date + timedelta(days=r.randint(10, 25))
    blocks = _head_caps("Bundesamt für Migration und Flüchtlinge", f"{site[0]} · {site[1]} · {site[2]}")
    blocks += [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(10)]
    blocks += [
        P(f"Gesch.-Z.: {c.bamf_gz or '–'}   ·   {fmt(d.date)}", align="right", size=9),
        P("Einladung zur persönlichen Anhörung", bold=True, size=12),
        P(
            f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name}, zu Ihrem Asylantrag werden Sie am {fmt(when)} um "
            f"{r.choice(['8:30', '9:00', '10:15', '13:00'])} Uhr persönlich angehört. Bitte erscheinen Sie pünktlich in der oben "
            "genannten Außenstelle."
        ),
        P("Zum Termin mitzubringen sind:", bold=True, after=2),
        P("– diese Einladung, dazu Ihre Aufenthaltsgestattung oder den Ankunftsnachweis", indent=10, after=1),
        P("– alle Dokumente und Beweismittel, die Ihr Vorbringen stützen", indent=10, after=1),
        P("– ärztliche Bescheinigungen, falls gesundheitliche Gründe vorgetragen werden", indent=10),
        P(
            "Für die Sprachmittlung sorgt das Bundesamt. Bei unentschuldigtem Fehlen kann ohne Ihre Angaben entschieden werden "
            "(§ 25 Abs. 4, 5 AsylG).",
            size=9.5,
        ),
        P("Mit freundlichen Grüßen\nIm Auftrag", size=9.5),
    ]
    return DocSpec(blocks, _look(r))


@tpl("sonstiges", "kasse_p13b", SPLIT)
def sonst_kasse_p13b(c, d, r):
    """A health insurer's certificate of membership."""
    a = c.applicant
    fund = r.choice(["Gesundheitskasse Westfalen-Lippe", "Rhein-Ruhr Krankenkasse", "BKK Niederrhein-Berg"])
    blocks = _head_columns(fund, ["Mitgliederservice", f"Tel. {_tel(fund)}", c.court_city_plz()])
    blocks += [
        P(fmt(d.date), align="right"),
        P("Mitgliedsbescheinigung", bold=True, size=13),
        P(
            f"{a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, ist bei uns {'pflichtversichert' if c.job else 'versichert'}; "
            f"Beginn der Mitgliedschaft: {fmt(d.date - timedelta(days=r.randint(300, 1200)))}. Versichertennummer: "
            f"{a.name[0].upper()}{r.randint(100000000, 999999999)}."
        ),
        P(
            "Familienversichert sind: " + ", ".join(p.full for p in c.persons[1:]) + "."
            if len(c.persons) > 1
            else "Familienversicherte Angehörige sind nicht gemeldet."
        ),
        P("Maschinell gefertigt – gültig auch ohne Unterschrift.", size=8.5),
    ]
    return DocSpec(blocks, _look(r, "sans"))


@tpl("sonstiges", "anlagen_p13c", SPLIT)
def sonst_anlagen_p13c(c, d, r):
    """A list of enclosures sent with a bundle."""
    items = ["Lebenslauf", "Einwilligungserklärung Datenschutz"]
    if c.rep is not None:
        items.append("Vollmacht")
    if c.asylum:
        items.append("Bescheid des Bundesamtes (vollständig)")
    if c.illness:
        items += ["Ärztliche Bescheinigung", "Schweigepflichtentbindung"]
    if c.school_age():
        items.append("Nachweise Schule / Kita")
    items += ["Arbeitsnachweise", "Schreiben von Unterstützerinnen und Unterstützern"]
    blocks = [
        P("Anlagenverzeichnis", bold=True, size=13),
        P(f"zur Härtefalleingabe {c.applicant.full} vom {fmt(d.date)}", size=9.5),
        Table(
            [["Anlage", "Inhalt", "Blatt"]] + [[f"A{i}", x, str(i + 1)] for i, x in enumerate(items, 1)],
            [0.15, 0.65, 0.2],
            size=9.5,
        ),
        P("Kopien; Originale können auf Anforderung vorgelegt werden.", size=9),
    ]
    return DocSpec(blocks, _look(r, "sans"))
