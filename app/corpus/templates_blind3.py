"""Templates of the `blind3` split: a fifth held-out set, written once and evaluated once; nobody tuning hfk reads it."""

from __future__ import annotations

import random
import zlib
from datetime import date, timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case
from hfk.corpus.templates import r_digits, tpl
from hfk.corpus.text_antrag import fmt, fmt_en, fmt_long

SPLIT = "blind3"

# ------------------------------------------------------------------ small helpers


def _sty(r: random.Random, family: str | None = None, size: float | None = None) -> Style:
    return Style(
        family=family or r.choice(["sans", "serif", "cond", "sans"]),
        size=size or r.choice([9.5, 10.0, 10.5, 11.0, 12.0]),
        leading=r.choice([1.3, 1.35, 1.45]),
        margin_left=r.uniform(55, 90),
        margin_right=r.uniform(45, 75),
        margin_top=r.uniform(40, 70),
        margin_bottom=r.uniform(60, 80),
    )


def _yy(d: date) -> str:
    """14.03.25"""
    return d.strftime("%d.%m.%y")


def _dmy(d: date) -> str:
    """4.3.2025 (no leading zeros)"""
    return f"{d.day}.{d.month}.{d.year}"


def _us(d: date) -> str:
    """March 14, 2025"""
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _has(c: Case, i: int, f: str) -> bool:
    return c.omitted.get(i) != f


def _town(c: Case) -> str:
    return c.city_or_nrw()


def _rep_town(c: Case) -> str:
    return c.rep.city.split(" ", 1)[1]


def _abh_of(abh: str) -> str:
    """'Stadt Köln – Ausländeramt' -> 'Ausländeramt der Stadt Köln' (the same authority in other words)."""
    if "–" not in abh:
        return abh
    body, office = [x.strip() for x in abh.split("–", 1)]
    kind, _, rest = body.partition(" ")
    gen = {
        "Stadt": "der Stadt",
        "Kreis": "des Kreises",
        "StädteRegion": "der StädteRegion",
        "Bundesstadt": "der Bundesstadt",
        "Region": "der Region",
    }.get(kind)
    if office == "Ausländerangelegenheiten":
        office = "Abteilung Ausländerangelegenheiten"
    return f"{office} {gen} {rest}" if gen else abh


def _abh_names(c: Case) -> tuple[str, str]:
    """The authority as the case names it and in other words (the application of template q4 uses the latter)."""
    return c.abh, _abh_of(c.abh)


def _art(name: str, dat: bool = False) -> str:
    """The article of an authority's name: die Stadt …, das Ausländeramt …, der Kreis …"""
    head = name.split()[0]
    if head.endswith("amt") or head == "Ressort":
        return "dem" if dat else "das"
    if head == "Kreis":
        return "dem" if dat else "der"
    return "der" if dat else "die"


def _pron(p) -> tuple[str, str, str]:
    """er/sie, ihn/sie, ihm/ihr"""
    return ("er", "ihn", "ihm") if p.sex == "m" else ("sie", "sie", "ihr")


def _rel_word(p) -> str:
    if p.role == "spouse":
        return "Ehefrau" if p.sex == "f" else "Ehemann"
    if p.role == "child":
        return "Tochter" if p.sex == "f" else "Sohn"
    return "Antragsteller" if p.sex == "m" else "Antragstellerin"


def _signer(c: Case) -> str:
    return c.applicant.full if c.sender == "applicant" else c.rep.person


def _hfk_lines(r: random.Random) -> list[str]:
    return r.choice(
        [
            [
                "Härtefallkommission des Landes Nordrhein-Westfalen",
                "– Geschäftsstelle –",
                "Völklinger Straße 4",
                "40219 Düsseldorf",
            ],
            [
                "Ministerium für Kinder, Jugend, Familie, Gleichstellung,",
                "Flucht und Integration NRW",
                "Geschäftsstelle Härtefallkommission",
                "Völklinger Str. 4, 40219 Düsseldorf",
            ],
            ["Geschäftsstelle der HFK NRW", "im MKJFGFI", "40190 Düsseldorf"],
        ]
    )


def _rep_head(c: Case, r: random.Random, kind: int) -> list:
    rp = c.rep
    tel = f"0{r_digits(rp.org)}"
    if kind == 0:
        return [
            P(rp.org.upper(), bold=True, size=11, after=0),
            P(f"{rp.street} | {rp.city} | Telefon {tel}", size=8, after=2),
            Rule(0.5),
            Space(8),
        ]
    if kind == 1:
        return [
            Table(
                [[rp.org if rp.kind != "privat" else "", f"{rp.person}\n{rp.street}\n{rp.city}\nFon {tel}"]],
                [0.55, 0.45],
                header=False,
                grid=False,
                size=9,
            ),
            Space(6),
        ]
    return [
        P(rp.org, size=15, align="center", after=1),
        P(f"{rp.person} · {rp.street} · {rp.city}", size=8, align="center", after=8),
    ]


def _self_head(c: Case, r: random.Random) -> list:
    a = c.applicant
    lines = [a.full, c.street, f"{c.plz} {c.city}"]
    if r.random() < 0.3:
        lines.insert(1, "c/o Gemeinschaftsunterkunft")
    if r.random() < 0.5:
        return [P("\n".join(lines), size=10, after=14)]
    return [P(" – ".join(lines), size=8.5, after=14)]


# ------------------------------------------------------------------ the Begründung (German)


def _who(c: Case, first: bool) -> dict[str, str]:
    a = c.applicant
    er, ihn, ihm = _pron(a)
    if first:
        return {"S": "ich", "Sc": "Ich", "A": "mich", "D": "mir", "poss": "mein", "name": "ich"}
    if c.sender == "anwalt":
        ref = "unser Mandant" if a.sex == "m" else "unsere Mandantin"
    else:
        ref = a.herr_frau()
    return {
        "S": er,
        "Sc": er.capitalize(),
        "A": ihn,
        "D": ihm,
        "poss": "sein" if a.sex == "m" else "ihr",
        "name": ref,
    }


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def story_de(c: Case, r: random.Random, first: bool, abh: str = "") -> dict[str, list[str]]:
    """The facts of the case per Begründung topic, in this split's own words (`abh`: the authority's name as written)."""
    a = c.applicant
    abh = abh or c.abh
    w = _who(c, first)
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    V = (lambda x, y: x) if first else (lambda x, y: y)  # noqa: E731  first or third person form

    # --- life story
    born = []
    if _has(c, 0, "geburtsdatum"):
        born.append(f"am {fmt_long(a.geburtsdatum) if r.random() < 0.5 else fmt(a.geburtsdatum)}")
    if _has(c, 0, "geburtsort"):
        born.append(f"in {a.geburtsort}")
    if born:
        t["lebensgeschichte"].append(
            V(
                f"Zur Welt gekommen bin ich {' '.join(born)} ({land}).",
                f"{_cap(w['name'])} wurde {' '.join(born)} ({land}) geboren.",
            )
        )
    else:
        t["lebensgeschichte"].append(V(f"Ich stamme aus {land}.", f"{_cap(w['name'])} stammt aus {land}."))
    t["lebensgeschichte"].append(
        r.choice(
            [
                V(
                    "Meine Eltern waren arm, nach wenigen Schuljahren musste ich auf dem Markt mitarbeiten.",
                    f"Die Familie war arm; nach wenigen Schuljahren musste {w['S']} auf dem Markt mithelfen.",
                ),
                V(
                    "Nach der Mittelschule habe ich eine Lehre in einer Autowerkstatt angefangen, die ich wegen des Krieges abbrechen musste.",
                    f"Nach der Mittelschule begann {w['S']} eine Lehre in einer Autowerkstatt, die wegen der Kämpfe abgebrochen werden musste.",
                ),
                V(
                    "Ich bin in einem Dorf aufgewachsen und habe früh in der Landwirtschaft der Familie geholfen.",
                    f"{_cap(w['S'])} wuchs auf dem Land auf und half früh in der Landwirtschaft der Familie.",
                ),
            ]
        )
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            V(
                f"Schon {c.entry.year - 2} war ich einmal in Deutschland und wurde damals abgeschoben. Trotz des Einreise- und Aufenthaltsverbots nach § 11 AufenthG bin ich am {fmt(c.entry)} wieder eingereist, weil ich keinen anderen Ausweg sah.",
                f"Bereits {c.entry.year - 2} hielt sich {w['S']} in Deutschland auf und wurde abgeschoben. Am {fmt(c.entry)} reiste {w['S']} ungeachtet des bestehenden Einreise- und Aufenthaltsverbots (§ 11 AufenthG) erneut ein.",
            )
        )
    else:
        route = r.choice(
            ["über die Türkei und Griechenland", "mit dem Flugzeug", "über den Balkan", "auf dem Landweg"]
        )
        fam = V(" zusammen mit meiner Familie", " gemeinsam mit der Familie") if len(c.persons) > 1 else ""
        t["lebensgeschichte"].append(
            V(
                f"Am {fmt(c.entry)} kam ich{fam} {route} nach Deutschland.",
                f"Am {fmt(c.entry)} erreichte {w['S']}{fam} {route} die Bundesrepublik.",
            )
        )

    # --- residence status and procedures
    s = t["aufenthaltssituation"]
    gz_label = r.choice(["Gesch.-Z.", "Geschäftszeichen", "Az."])
    if c.asylum:
        s.append(
            V(
                f"Meinen Asylantrag habe ich am {fmt(c.asylum_applied)} gestellt. Das Bundesamt für Migration und Flüchtlinge lehnte ihn mit Bescheid vom {fmt(c.bamf_date)} ab ({gz_label} {c.bamf_gz}).",
                f"Der am {fmt(c.asylum_applied)} gestellte Asylantrag wurde vom Bundesamt für Migration und Flüchtlinge mit Bescheid vom {fmt(c.bamf_date)}, {gz_label} {c.bamf_gz}, abgelehnt.",
            )
        )
        if c.court and c.court_pending:
            s.append(f"Die Klage dagegen läuft noch beim {c.court_name} unter dem Aktenzeichen {c.court_az}.")
        elif c.court:
            s.append(
                f"Das {c.court_name} hat die Klage mit Urteil vom {fmt(c.court_date)} (Az. {c.court_az}) abgewiesen."
            )
    else:
        s.append(
            V(
                f"Eingereist bin ich mit einem Visum zum Zweck {c.visa_purpose}; die Ausländerbehörde hat die Aufenthaltserlaubnis später nicht mehr verlängert.",
                f"Die Einreise erfolgte mit einem Visum zum Zweck {c.visa_purpose}. Eine Verlängerung der Aufenthaltserlaubnis lehnte die Ausländerbehörde ab.",
            )
        )
        if c.court and c.court_pending:
            s.append(
                f"Über den Rechtsbehelf gegen die Ordnungsverfügung hat das {c.court_name} ({c.court_az}) noch nicht entschieden."
            )
        elif c.court:
            s.append(
                f"Den Antrag auf vorläufigen Rechtsschutz hat das {c.court_name} mit Beschluss vom {fmt(c.court_date)}, Az. {c.court_az}, zurückgewiesen."
            )
    if c.gestattung:
        s.append(
            V(
                "Weil das Asylverfahren noch nicht beendet ist, habe ich eine Aufenthaltsgestattung.",
                f"Da das Asylverfahren nicht abgeschlossen ist, verfügt {w['S']} über eine Aufenthaltsgestattung.",
            )
        )
    else:
        s.append(
            V(
                "Ich habe nur eine Duldung (§ 60a AufenthG), die immer für wenige Monate verlängert wird.",
                f"{_cap(w['S'])} ist ausreisepflichtig und wird lediglich nach § 60a AufenthG geduldet.",
            )
        )
    s.append(
        r.choice(
            [
                f"Die Akte führt {_art(abh)} {abh}.",
                f"Zuständig ist {_art(abh)} {abh}.",
                V(
                    f"Die Duldungen stellt mir {_art(abh)} {abh} aus.",
                    f"Ausländerrechtlich zuständig: {abh}.",
                ),
            ]
        )
    )
    if c.s58a:
        s.append(f"Gegen {w['A']} ist eine Abschiebungsanordnung nach § 58a AufenthG ergangen.")
    if c.rueckfuehrung:
        when = fmt(c.rueckfuehrung) if r.random() < 0.5 else fmt_long(c.rueckfuehrung)
        s.append(
            r.choice(
                [
                    f"Die Ausländerbehörde hat die Abschiebung für den {when} angekündigt.",
                    V(
                        f"Mir wurde mitgeteilt, dass ich am {when} abgeschoben werden soll.",
                        f"Die Rückführung ist bereits auf den {when} terminiert.",
                    ),
                ]
            )
        )
    if c.criminal:
        off, sentence = c.offence
        s.append(
            V(
                f"Ich muss auch sagen, dass ich einen Fehler gemacht habe: Mit Strafbefehl des Amtsgerichts {c.court_city} vom {fmt(c.criminal_date)} wurde ich wegen {off} zu {sentence} verurteilt.",
                f"Strafrechtlich ist {w['S']} einmal in Erscheinung getreten: Das Amtsgericht {c.court_city} verhängte mit Strafbefehl vom {fmt(c.criminal_date)} wegen {off} eine Geldstrafe von {sentence}.",
            )
        )

    # --- family
    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        f.append(
            V(
                f"Ich bin mit {sp[0].full} verheiratet, wir leben zusammen.",
                f"{_cap(w['S'])} ist mit {sp[0].full} verheiratet; die Eheleute leben in häuslicher Gemeinschaft.",
            )
        )
    if kids:
        names = (
            ", ".join(k.vorname for k in kids[:-1]) + (" und " if len(kids) > 1 else "") + kids[-1].vorname
        )
        f.append(
            V(
                f"Unsere {'Kinder' if len(kids) > 1 else 'Kind'} {names} {'kennen' if len(kids) > 1 else 'kennt'} {land} nur aus Erzählungen.",
                f"{'Die Kinder' if len(kids) > 1 else 'Das Kind'} {names} {'sind' if len(kids) > 1 else 'ist'} hier verwurzelt und {'haben' if len(kids) > 1 else 'hat'} zu {land} keinen Bezug.",
            )
        )
    if not sp and not kids:
        f.append(V("Ich bin nicht verheiratet.", f"{_cap(w['S'])} ist ledig."))
    f.append(
        r.choice(
            [
                f"In {land} gibt es keine nahen Angehörigen mehr; die Eltern sind verstorben. Ein Onkel lebt mit seiner Familie in Bielefeld.",
                f"Verwandte in {land}: nur noch eine Tante, zu der kein Kontakt besteht. Hier in Deutschland leben zwei Cousins mit Aufenthaltserlaubnis.",
                f"Die Geschwister sind in alle Richtungen geflohen, niemand ist mehr in {land}. Eine Schwester lebt eingebürgert in Hamm.",
            ]
        )
    )

    # --- integration
    g = t["integration"]
    g.append(
        r.choice(
            [
                V(
                    "Ich habe den Deutsch-Test für Zuwanderer mit B1 bestanden.",
                    f"{_cap(w['S'])} hat den Deutsch-Test für Zuwanderer auf Niveau B1 bestanden.",
                ),
                V(
                    "Deutsch habe ich im Integrationskurs und in der Nachbarschaft gelernt, ich kann mich gut verständigen.",
                    f"Die deutsche Sprache beherrscht {w['S']} im Alltag sicher.",
                ),
            ]
        )
    )
    if c.ausbildung:
        g.append(
            V(
                f"Seit August {c.received.year - 1} mache ich eine Ausbildung als {r.choice(['Fachkraft für Lagerlogistik', 'Kfz-Mechatroniker', 'Altenpfleger'])}. Die Ausländerbehörde könnte mir eine Ausbildungsduldung nach § 60c AufenthG erteilen.",
                f"Seit August {c.received.year - 1} absolviert {w['S']} eine Berufsausbildung zur {r.choice(['Fachkraft für Lagerlogistik', 'Fachkraft im Gastgewerbe', 'Pflegefachassistenz'])}; eine Ausbildungsduldung (§ 60c AufenthG) kommt in Betracht.",
            )
        )
    else:
        g.append(
            V(
                f"Ich arbeite als {c.job} bei {c.employer} und brauche keine Sozialleistungen.",
                f"{_cap(w['S'])} ist als {c.job} bei {c.employer} beschäftigt und sichert den Lebensunterhalt überwiegend selbst.",
            )
        )
    g.append(
        V(
            f"In meiner Freizeit helfe ich ehrenamtlich mit, und zwar hier: {c.club}.",
            f"Daneben engagiert {w['S']} sich ehrenamtlich ({c.club}).",
        )
    )
    for k in c.school_age():
        g.append(
            f"{k.vorname} geht in die {c.school}"
            + r.choice([" und ist dort gut angekommen.", "; die Lehrer loben die Mitarbeit."])
        )

    # --- humanitarian reasons
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, name, sev = c.diagnosis
        if first and c.ill_person == 0:
            who = "Ich bin"
        elif first:
            who = {
                "spouse": "Meine Frau ist" if p.sex == "f" else "Mein Mann ist",
                "child": f"Unser{'e Tochter' if p.sex == 'f' else ' Sohn'} {p.vorname} ist",
            }.get(p.role, f"{p.full} ist")
        else:
            who = f"{p.full} ist"
        h.append(
            r.choice(
                [
                    f"{who} krank: die Ärzte haben die Diagnose „{name}“ ({code.split()[0]}) gestellt, die Behandlung bei {c.doctor} läuft.",
                    f"{who} {N.ILLNESS_PHRASES[code]} erkrankt und regelmäßig in ärztlicher Behandlung.",
                ]
            )
        )
        h.append("Im Herkunftsland wäre die nötige Therapie weder erreichbar noch bezahlbar.")
    h.append(
        r.choice(
            [
                V(
                    f"Nach {land} kann ich nicht zurück: dort habe ich weder Wohnung noch Arbeit noch Familie.",
                    f"Eine Rückkehr nach {land} ist {w['D']} nicht zuzumuten, dort gibt es weder Wohnung noch familiären Rückhalt.",
                ),
                V(
                    f"Mein ganzes Leben ist jetzt hier; in {land} wäre ich ein Fremder.",
                    f"Der Lebensmittelpunkt liegt seit Jahren in Deutschland; in {land} stünde {w['S']} vor dem Nichts.",
                ),
            ]
        )
    )
    return t


TOPIC_ORDER = ["lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"]


def _kept(c: Case) -> list[str]:
    return [k for k in TOPIC_ORDER if k in c.topics]


# ------------------------------------------------------------------ antrag (German)


def _persons_label_tables(c: Case) -> list:
    """Each person as a two-column form: labels left, values right."""
    out: list = []
    for i, p in enumerate(c.persons):
        rows = [["Familienname", p.name.upper()], ["Vorname(n)", p.vorname]]
        rows.append(["Geburtsdatum", fmt(p.geburtsdatum) if _has(c, i, "geburtsdatum") else ""])
        rows.append(["Geburtsort", p.geburtsort if _has(c, i, "geburtsort") else ""])
        rows.append(["Staatsangehörigkeit", p.staat if _has(c, i, "staatsangehoerigkeit") else ""])
        if i == 0:
            rows.append(["Anschrift", c.adresse])
        out.append(P(f"{i + 1}. {_rel_word(p)}", bold=True, after=1))
        out.append(Table(rows, [0.32, 0.68], header=False, grid=i % 2 == 0, size=9.5))
    if len(c.persons) > 1:
        out.append(P("Die weiteren Personen wohnen unter derselben Anschrift.", size=9.5))
    return out


def _vm_mentions(c: Case) -> dict[str, str]:
    """How the enclosed forms are referred to again and again in a representative's letter."""
    if c.sender == "applicant":
        return {
            "intro": "",
            "vm": "",
            "sp": "Eine Schweigepflichtentbindung für die behandelnden Ärzte lege ich bei.",
            "end": "Die Einwilligung in die Datenverarbeitung habe ich unterschrieben beigefügt.",
        }
    if c.sender == "privat":
        return {
            "intro": "Meine Angehörigen haben mir eine Vollmacht erteilt, die ich beifüge.",
            "vm": "Bitte schreiben Sie an mich; die Vollmacht liegt bei.",
            "sp": "Die unterschriebene Schweigepflichtentbindung liegt ebenfalls bei.",
            "end": "Anlagen: Vollmacht, Schweigepflichtentbindung, Datenschutzerklärung",
        }
    return {
        "intro": "Die auf uns lautende Vollmacht (Anlage 1) liegt bei; die Vollmacht umfasst auch die Vertretung gegenüber der Härtefallkommission und der Ausländerbehörde.",
        "vm": "Wir bitten, jeglichen Schriftverkehr ausschließlich über uns zu führen; insoweit verweisen wir nochmals auf die anliegende Vollmacht.",
        "sp": "Eine Schweigepflichtentbindungserklärung (Anlage 3) zugunsten der Geschäftsstelle und des Vertrauensarztes ist unterzeichnet beigefügt; die Vollmacht (Anlage 1) deckt auch die Anforderung weiterer Befunde.",
        "end": "Anlagen: Vollmacht (Anlage 1), Einwilligungserklärung Datenschutz (Anlage 2), Schweigepflichtentbindung (Anlage 3), weitere Nachweise (Anlage 4 ff.).",
    }


@tpl("antrag", "q1", SPLIT)
def antrag_q1(c, d, r):
    """A representative's brief ('Schriftsatz'): Sachverhalt and Würdigung, persons as label forms."""
    first = c.sender == "applicant"
    st = story_de(c, r, first)
    m = _vm_mentions(c)
    blocks = _self_head(c, r) if first else _rep_head(c, r, r.randint(0, 2))
    blocks += [P("\n".join(_hfk_lines(r)), after=14)]
    place = _town(c) if first else _rep_town(c)
    blocks.append(P(f"{place}, den {fmt_long(d.date)}", align="right"))
    names = ", ".join(f"{p.vorname} {p.name}" for p in c.persons)
    blocks.append(P(f"Härtefallsache {names}\nhier: Ersuchen nach § 23a AufenthG", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if c.sender == "anwalt":
        blocks.append(
            P(
                f"in vorbezeichneter Angelegenheit zeigen wir an, dass wir die nachstehend genannten Personen anwaltlich vertreten. {m['intro']} "
                "Namens und in Vollmacht unserer Mandantschaft regen wir an, dass sich die Härtefallkommission mit dem Fall befasst und ein Härtefallersuchen an die oberste Landesbehörde richtet."
            )
        )
    elif c.sender == "beratungsstelle":
        blocks.append(
            P(
                f"wir begleiten die unten genannte Familie seit längerer Zeit in unserer Beratung. {m['intro']} "
                "In ihrem Auftrag bitten wir, den Fall in die Härtefallkommission einzubringen."
            )
        )
    elif c.sender == "privat":
        blocks.append(
            P(
                f"ich wende mich als {c.rep.relation} an Sie. {m['intro']} Ich bitte darum, dass die Härtefallkommission über den Fall meiner Angehörigen berät."
            )
        )
    else:
        blocks.append(
            P(
                "ich bitte die Härtefallkommission, sich mit meinem Fall zu befassen, und stelle einen Antrag nach § 23a AufenthG."
            )
        )
    blocks.append(P("A. Betroffene Personen", bold=True))
    blocks += _persons_label_tables(c)
    blocks.append(P("B. Sachverhalt", bold=True))
    n = 0
    for k in ("lebensgeschichte", "aufenthaltssituation", "familie"):
        if k in c.topics:
            n += 1
            blocks.append(P(f"{n}.  " + " ".join(st[k])))
    blocks.append(P("C. Würdigung", bold=True))
    if "integration" in c.topics:
        n += 1
        blocks.append(P(f"{n}.  " + " ".join(st["integration"])))
    n += 1
    blocks.append(P(f"{n}.  " + " ".join(st["humanitaere_gruende"])))
    if c.illness:
        blocks.append(P(m["sp"]))
    if m["vm"]:
        blocks.append(P(m["vm"]))
    blocks.append(P("Mit freundlichen Grüßen" if r.random() < 0.6 else "Hochachtungsvoll"))
    blocks.append(Signature(_signer(c)))
    if m["end"]:
        blocks.append(P(m["end"], size=8.5))
    return DocSpec(blocks, _sty(r), footer=r.choice(["- {p} -", "Seite {p}", None]))


@tpl("antrag", "q2", SPLIT)
def antrag_q2(c, d, r):
    """A counselling service's application: family table with a relation column, question headings."""
    first = c.sender == "applicant"
    st = story_de(c, r, first)
    blocks = _self_head(c, r) if first else _rep_head(c, r, 2)
    blocks.append(
        P(
            "An die Härtefallkommission NRW – Geschäftsstelle –\nVölklinger Straße 4, 40219 Düsseldorf",
            after=12,
        )
    )
    blocks.append(P(f"Datum: {_yy(d.date)}", align="right", size=9))
    blocks.append(P("Antrag auf Aufnahme in das Härtefallverfahren", bold=True, size=13))
    if c.sender in ("beratungsstelle", "anwalt"):
        blocks.append(
            P(
                f"Guten Tag,\nals {'Beratungsstelle' if c.sender == 'beratungsstelle' else 'bevollmächtigte Kanzlei'} legen wir Ihnen den Fall {'der Familie ' + c.applicant.name if len(c.persons) > 1 else 'von ' + c.applicant.full} vor. "
                "Eine Vollmacht der Betroffenen haben wir beigefügt. Wir bitten die Kommission, ein Härtefallersuchen zu stellen."
            )
        )
    elif c.sender == "privat":
        blocks.append(
            P(
                f"Guten Tag,\nich ({c.rep.person}) schreibe für die Familie meines {c.rep.relation}s, weil ihr Deutsch für einen solchen Brief nicht reicht. Ich habe ihre Vollmacht."
            )
        )
    else:
        blocks.append(P("Guten Tag,\nich bitte um Aufnahme meiner Familie in das Härtefallverfahren."))
    blocks.append(P("Wer stellt den Antrag?", bold=True, after=2))
    rows = [["Nr.", "Geburtsdatum", "Familienname, Vorname", "Verhältnis", "Staatsang.", "Geburtsort"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                str(i + 1),
                fmt(p.geburtsdatum) if _has(c, i, "geburtsdatum") else "",
                f"{p.name}, {p.vorname}",
                _rel_word(p),
                p.staat if _has(c, i, "staatsangehoerigkeit") else "",
                p.geburtsort if _has(c, i, "geburtsort") else "",
            ]
        )
    blocks.append(Table(rows, [0.06, 0.16, 0.27, 0.16, 0.15, 0.2], size=9))
    where = r.choice(["Wohnanschrift", "Unterkunft", "Die Familie wohnt in"])
    blocks.append(
        P(
            f"{where}: {c.street}, {c.plz} {c.city}"
            if where != "Die Familie wohnt in"
            else f"{where} der {c.street}, {c.plz} {c.city}."
        )
    )
    q = {
        "lebensgeschichte": "Woher kommt die Familie, und wie kam sie nach Deutschland?",
        "aufenthaltssituation": "Wie ist der Stand des Verfahrens?",
        "familie": "Welche Angehörigen gibt es hier und im Heimatland?",
        "integration": "Was wurde in Deutschland aufgebaut?",
        "humanitaere_gruende": "Warum ist eine Ausreise nicht zumutbar?",
    }
    for k in _kept(c):
        blocks.append(P(q[k], bold=True, after=2))
        blocks.append(P(" ".join(st[k])))
    blocks.append(
        P(
            "Über eine wohlwollende Prüfung würden wir uns sehr freuen."
            if not first
            else "Ich danke Ihnen für Ihre Mühe."
        )
    )
    blocks.append(P("Freundliche Grüße"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _sty(r, r.choice(["sans", "cond"])), footer=r.choice([None, "Seite {p} von {n}"]))


def _persons_running(c: Case, first: bool) -> list[str]:
    """Every person in a sentence of its own ("Mein Name ist …, ich bin am … in … geboren …")."""
    out = []
    for i, p in enumerate(c.persons):
        bits = []
        if _has(c, i, "geburtsdatum"):
            bits.append(f"am {fmt_long(p.geburtsdatum) if i % 2 else fmt(p.geburtsdatum)}")
        if _has(c, i, "geburtsort"):
            bits.append(f"in {p.geburtsort}")
        nat = f"die {p.staat}e Staatsangehörigkeit" if _has(c, i, "staatsangehoerigkeit") else ""
        er = "er" if p.sex == "m" else "sie"
        if i == 0 and first:
            s = f"Mein Name ist {p.full}"
            if bits:
                s += ", ich bin " + " ".join(bits) + " geboren"
            s += f" und habe {nat}." if nat else "."
        else:
            if i == 0:
                lead = f"Es geht um {'Herrn' if p.sex == 'm' else 'Frau'} {p.full}:"
            elif first:
                lead = {
                    "spouse": "Meine Frau" if p.sex == "f" else "Mein Mann",
                    "child": "Unsere Tochter" if p.sex == "f" else "Unser Sohn",
                }[p.role] + f" heißt {p.full}."
            else:
                lead = {
                    "spouse": "Die Ehefrau" if p.sex == "f" else "Der Ehemann",
                    "child": "Die Tochter" if p.sex == "f" else "Der Sohn",
                }[p.role] + f" heißt {p.full}."
            s = lead
            if bits and nat:
                s += f" {_cap(er)} ist {' '.join(bits)} geboren und hat {nat}."
            elif bits:
                s += f" {_cap(er)} ist {' '.join(bits)} geboren."
            elif nat:
                s += f" {_cap(er)} hat {nat}."
        out.append(s)
    return out


@tpl("antrag", "q3", SPLIT)
def antrag_q3(c, d, r):
    """A short personal letter: the persons in running sentences, the story told without headings."""
    first = c.sender in ("applicant",)
    st = story_de(c, r, first)
    blocks = _self_head(c, r) if first else [P(f"{c.rep.person}\n{c.rep.street}\n{c.rep.city}", after=14)]
    blocks.append(P("An die Härtefallkommission\nin Düsseldorf", after=10))
    blocks.append(P(f"{_town(c) if first else _rep_town(c)}, {_yy(d.date)}", align="right"))
    blocks.append(P("Bitte um Hilfe – Härtefall", bold=True))
    blocks.append(
        P(
            "Sehr geehrte Damen und Herren,"
            if r.random() < 0.5
            else "Sehr geehrte Mitglieder der Härtefallkommission,"
        )
    )
    if c.sender == "applicant":
        intro = (
            "ich schreibe Ihnen, weil ich und meine Familie Angst haben, Deutschland verlassen zu müssen. Ich bitte Sie, unseren Fall als Härtefall anzusehen."
            if len(c.persons) > 1
            else "ich schreibe Ihnen, weil ich Angst habe, Deutschland verlassen zu müssen. Ich bitte Sie, meinen Fall als Härtefall anzusehen."
        )
    elif c.sender == "privat":
        intro = f"ich bin der {c.rep.relation} und schreibe im Namen meiner Angehörigen, mit ihrer Vollmacht. Bitte sehen Sie ihren Fall als Härtefall an."
    elif c.sender == "anwalt":
        intro = "ich schreibe Ihnen als Rechtsanwalt im Auftrag meiner Mandantschaft und bitte, ihren Fall als Härtefall zu behandeln. Die Vollmacht liegt an."
    else:
        intro = "als Beraterin der Familie schreibe ich in ihrem Auftrag und mit ihrer Vollmacht. Bitte behandeln Sie den Fall als Härtefall."
    blocks.append(P(intro))
    blocks.append(P(" ".join(_persons_running(c, first))))
    blocks.append(
        P(
            ("Unsere Adresse" if len(c.persons) > 1 else "Meine Adresse") + f": {c.adresse}."
            if first
            else f"Die Anschrift lautet: {c.adresse}."
        )
    )
    paras: list[str] = []
    for k in _kept(c):
        paras.append(" ".join(st[k]))
    # the story runs on: two topics share a paragraph now and then
    i = 0
    while i < len(paras):
        if i + 1 < len(paras) and r.random() < 0.35:
            blocks.append(P(paras[i] + " " + paras[i + 1]))
            i += 2
        else:
            blocks.append(P(paras[i]))
            i += 1
    blocks.append(P("Ich hoffe sehr auf Ihre Hilfe." if first else "Vielen Dank für Ihre Mühe."))
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _sty(r, r.choice(["serif", "sans"]), 11.0))


@tpl("antrag", "q4", SPLIT)
def antrag_q4(c, d, r):
    """One line per person with commas; long Begründung under unusual headings; authority in other words."""
    first = c.sender == "applicant"
    official, other = _abh_names(c)
    st = story_de(c, r, first, other)
    blocks = _self_head(c, r) if first else _rep_head(c, r, r.choice([0, 1]))
    blocks.append(P("Per Telefax und vorab per E-Mail" if not first and r.random() < 0.5 else "", size=8))
    blocks.append(P("\n".join(_hfk_lines(r)), after=10))
    blocks.append(
        Table(
            [
                ["Ihr Zeichen", "–"],
                [
                    "Unser Zeichen",
                    f"{zlib.crc32(c.case_id.encode()) % 900 + 100}/{d.date.year % 100} HF"
                    if not first
                    else "–",
                ],
                ["Datum", fmt_long(d.date)],
            ],
            [0.25, 0.4],
            header=False,
            grid=False,
            size=8.5,
        )
    )
    blocks.append(
        P(f"Antrag nach § 23a AufenthG i. V. m. der HFKVO NRW – Familie {c.applicant.name}", bold=True)
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if first:
        blocks.append(P("hiermit stelle ich für die folgenden Personen einen Härtefallantrag:"))
    elif c.sender == "privat":
        blocks.append(
            P(
                f"als {c.rep.relation} und Bevollmächtigter stelle ich für folgende Personen einen Härtefallantrag:"
            )
        )
    else:
        blocks.append(
            P(
                f"{'wir' if c.sender == 'beratungsstelle' else 'ich'} beantrage{'n' if c.sender == 'beratungsstelle' else ''} für die nachfolgend aufgeführten Personen, "
                "in deren Namen und mit deren beigefügter Vollmacht, die Befassung der Härtefallkommission:"
            )
        )
    for i, p in enumerate(c.persons):
        parts = [f"{p.name.upper()}, {p.vorname}"]
        if _has(c, i, "geburtsdatum"):
            parts.append(f"geb. {fmt(p.geburtsdatum)}")
        if _has(c, i, "geburtsort"):
            parts.append(p.geburtsort)
        if _has(c, i, "staatsangehoerigkeit"):
            parts.append(f"{p.staat}")
        blocks.append(P(f"–  {', '.join(parts)}", indent=14, after=1))
    blocks.append(P(f"wohnhaft in {c.street}, {c.plz} {c.city}", indent=14))
    blocks.append(
        P(
            f"Zuständige Behörde: {_art(other)} {other}" if r.random() < 0.5 else f"(zuständig: {other})",
            size=9.5,
        )
    )
    heads = {
        "lebensgeschichte": "Herkunft und Weg nach Deutschland",
        "aufenthaltssituation": "Verfahrensgeschichte",
        "familie": "Angehörige",
        "integration": "Verwurzelung in Deutschland",
        "humanitaere_gruende": "Weshalb die Ausreise eine besondere Härte wäre",
    }
    blocks.append(
        P("Zur Begründung führe" + ("n wir" if c.sender == "beratungsstelle" else " ich") + " Folgendes aus:")
    )
    for k in _kept(c):
        blocks.append(P(heads[k], bold=True, after=2, font="italic"))
        blocks.append(P(" ".join(st[k])))
    blocks.append(
        P(
            "Für Rückfragen stehe"
            + ("n wir" if c.sender == "beratungsstelle" else " ich")
            + " gern zur Verfügung."
        )
    )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _sty(r), footer=r.choice(["Seite {p} von {n}", "{p}/{n}", None]))


# ------------------------------------------------------------------ antrag (English)


def story_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    a = c.applicant
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    born = []
    if _has(c, 0, "geburtsdatum"):
        born.append(f"on {_us(a.geburtsdatum)}")
    if _has(c, 0, "geburtsort"):
        born.append(f"in {a.geburtsort}")
    t["lebensgeschichte"].append(f"I was born {' '.join(born)} ({land})." if born else f"I come from {land}.")
    t["lebensgeschichte"].append(
        r.choice(
            [
                "My family was poor and I left school early to work.",
                "I grew up in the countryside and worked as a driver.",
            ]
        )
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"In {c.entry.year - 2} I was deported from Germany. I came back on {_us(c.entry)}, although there was an entry and residence ban against me (§ 11 AufenthG)."
        )
    else:
        t["lebensgeschichte"].append(
            f"I arrived in Germany on {_us(c.entry)}"
            + (" together with my family." if len(c.persons) > 1 else ".")
        )
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My asylum application of {_us(c.asylum_applied)} was refused by the Bundesamt für Migration und Flüchtlinge (BAMF) on {_us(c.bamf_date)}, reference {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"The case at the {c.court_name} ({c.court_az}) is "
                + (
                    "still open."
                    if c.court_pending
                    else f"closed; my claim was dismissed on {_us(c.court_date)}."
                )
            )
    else:
        s.append(
            f"I came on a visa ({c.visa_purpose}); later the Ausländerbehörde did not renew my residence permit."
        )
        if c.court:
            s.append(
                f"My case against the authority at the {c.court_name} ({c.court_az}) "
                + ("is still pending." if c.court_pending else "was unsuccessful.")
            )
    if c.gestattung:
        s.append(
            "My asylum procedure is not finished yet, so I hold an Aufenthaltsgestattung (permission to stay)."
        )
    else:
        s.append("Now I only have a Duldung, a temporary suspension of deportation.")
    s.append(f"My file is with the {c.abh}.")
    if c.s58a:
        s.append("There is also a deportation order against me under § 58a AufenthG.")
    if c.rueckfuehrung:
        s.append(f"I was told that my deportation is planned for {_us(c.rueckfuehrung)}.")
    if c.criminal:
        off, sentence = c.offence
        s.append(
            f"I have to mention a penalty order (Strafbefehl) of the local court {c.court_city} of {_us(c.criminal_date)}; I paid the fine."
        )
    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    if sp:
        f.append(f"I am married to {sp[0].full}.")
    if c.children():
        f.append("Our children " + ", ".join(k.vorname for k in c.children()) + " have grown up here.")
    f.append(f"None of my close relatives live in {land} any more; an aunt of mine lives in Germany.")
    g = t["integration"]
    g.append("I passed the German test at level A2 and I keep learning.")
    if c.ausbildung:
        g.append("I started an apprenticeship; I think I can get an Ausbildungsduldung under § 60c AufenthG.")
    else:
        g.append(f"I have a job as {c.job} at {c.employer}.")
    g.append(f"I also help as a volunteer at {c.club}.")
    for k in c.school_age():
        g.append(f"{k.vorname} attends the {c.school}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I suffer" if c.ill_person == 0 else f"{p.vorname} suffers"
        h.append(f"{who} {N.ILLNESS_EN[c.diagnosis[0]]}; the treatment by {c.doctor} must go on.")
    h.append(f"Going back to {land} would mean losing everything I have built here.")
    return t


@tpl("antrag", "en_q1", SPLIT)
def antrag_en_q1(c, d, r):
    """English letter: one line per person with dashes, question headings."""
    t = story_en(c, r)
    blocks = [P(f"{c.applicant.full}\n{c.street}\n{c.plz} {c.city}", after=14)]
    blocks.append(
        P(
            "To the Hardship Commission of North Rhine-Westphalia\nVölklinger Str. 4\n40219 Düsseldorf",
            after=10,
        )
    )
    blocks.append(P(_us(d.date), align="right"))
    blocks.append(P("Subject: hardship case – request under section 23a of the Residence Act", bold=True))
    blocks.append(P("Dear members of the Commission,"))
    blocks.append(
        P(
            "I kindly ask you to consider my family's situation as a hardship case. I am sorry that I write in English."
            if len(c.persons) > 1
            else "I kindly ask you to consider my situation as a hardship case. I am sorry that I write in English."
        )
    )
    blocks.append(P("The persons concerned:", bold=True, after=2))
    for i, p in enumerate(c.persons):
        bits = [f"{p.vorname} {p.name.upper()}"]
        b = []
        if _has(c, i, "geburtsdatum"):
            b.append(f"born {_us(p.geburtsdatum)}")
        if _has(c, i, "geburtsort"):
            b.append(("in " if b else "born in ") + p.geburtsort)
        if b:
            bits.append(" ".join(b))
        if _has(c, i, "staatsangehoerigkeit"):
            bits.append(f"{c.natinfo['en']} citizen")
        blocks.append(P(f"{i + 1}) " + " – ".join(bits), indent=10, after=1))
    blocks.append(P(f"We live at: {c.adresse}" if len(c.persons) > 1 else f"I live at: {c.adresse}"))
    q = {
        "lebensgeschichte": "Where do I come from?",
        "aufenthaltssituation": "What happened with my residence?",
        "familie": "My family",
        "integration": "My life in Germany",
        "humanitaere_gruende": "Why can't I go back?",
    }
    for k in _kept(c):
        blocks.append(P(q[k], bold=True, after=2))
        blocks.append(P(" ".join(t[k])))
    blocks.append(P("Thank you for reading my letter.\nKind regards"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _sty(r))


@tpl("antrag", "en_q2", SPLIT)
def antrag_en_q2(c, d, r):
    """English application as a form: label column per person, story as running prose."""
    t = story_en(c, r)
    blocks = [
        P("APPLICATION FOR A HARDSHIP DECISION", bold=True, size=13, align="center"),
        P("Härtefallkommission NRW, Düsseldorf", align="center", size=9),
    ]
    blocks.append(P(f"Date: {fmt_en(d.date)}", align="right"))
    for i, p in enumerate(c.persons):
        rows = [
            ["Surname", p.name],
            ["Given name(s)", p.vorname],
            ["Date of birth", fmt_en(p.geburtsdatum) if _has(c, i, "geburtsdatum") else ""],
            ["Place of birth", p.geburtsort if _has(c, i, "geburtsort") else ""],
            ["Nationality", c.natinfo["en"] if _has(c, i, "staatsangehoerigkeit") else ""],
        ]
        label = "Applicant" if i == 0 else {"spouse": "Spouse", "child": "Child"}[p.role]
        blocks.append(P(label, bold=True, after=1))
        blocks.append(Table(rows, [0.3, 0.7], header=False, grid=True, size=9.5))
    blocks.append(P("Home address:", bold=True, after=1))
    blocks.append(P(f"{c.street}\n{c.plz} {c.city}"))
    blocks.append(P("Reasons", bold=True))
    for k in _kept(c):
        blocks.append(P(" ".join(t[k])))
    blocks.append(P("I confirm that the information above is true."))
    blocks.append(Signature(c.applicant.full, f"{_town(c)}, {fmt_en(d.date)}"))
    return DocSpec(blocks, _sty(r, "sans"))


# ------------------------------------------------------------------ bamf_bescheid

_TENOR6 = [
    [
        "Der Antrag auf Zuerkennung der Flüchtlingseigenschaft wird abgelehnt.",
        "Der Antrag auf Anerkennung als Asylberechtigte/r wird abgelehnt.",
        "Der Antrag auf subsidiären Schutz wird abgelehnt.",
        "Abschiebungsverbote nach § 60 Abs. 5 und 7 Satz 1 AufenthG liegen nicht vor.",
        "Die antragstellende Person wird aufgefordert, die Bundesrepublik Deutschland innerhalb einer Woche nach Bekanntgabe dieser Entscheidung zu verlassen. Im Falle der Klageerhebung endet die Ausreisefrist eine Woche nach dem unanfechtbaren Abschluss des Asylverfahrens. Für den Fall der Nichteinhaltung wird die Abschiebung nach {land} angedroht.",
        "Das gesetzliche Einreise- und Aufenthaltsverbot gemäß § 11 Abs. 1 AufenthG wird auf 30 Monate ab dem Tag der Abschiebung befristet.",
    ],
    [
        "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
        "Der Antrag auf Asylanerkennung wird als offensichtlich unbegründet abgelehnt.",
        "Der subsidiäre Schutzstatus wird nicht zuerkannt.",
        "Ein Abschiebungsverbot gemäß § 60 Absatz 5 und 7 Satz 1 AufenthG besteht nicht.",
        "Die Abschiebung nach {land} oder in einen anderen aufnahmebereiten Staat wird angedroht; die Ausreisefrist beträgt 30 Tage.",
        "Das Einreise- und Aufenthaltsverbot nach § 11 Absatz 1 AufenthG wird angeordnet und auf 20 Monate befristet.",
    ],
]
_TENOR4 = [
    "Der Asylantrag ist unzulässig.",
    "Abschiebungsverbote gemäß § 60 Abs. 5 und 7 Satz 1 AufenthG bestehen nicht.",
    "Die Abschiebung in den für das Asylverfahren zuständigen Mitgliedstaat wird angeordnet.",
    "Das Einreise- und Aufenthaltsverbot nach § 11 Abs. 1 AufenthG wird angeordnet und auf 12 Monate ab dem Tag der Abschiebung befristet.",
]
_GRUENDE = [
    "Die antragstellende Person, {nat} Staatsangehörigkeit, verließ ihr Herkunftsland nach eigenen Angaben im Jahr {year} und gelangte am {entry} nach Deutschland, wo sie am {applied} förmlich Asyl beantragte.",
    "In der persönlichen Anhörung gab sie an, wegen der allgemeinen Sicherheitslage und wirtschaftlicher Not ausgereist zu sein. Eine individuelle Bedrohung schilderte sie nur pauschal.",
    "Die Voraussetzungen des § 3 Abs. 1 AsylG sind nicht erfüllt. Eine begründete Furcht vor Verfolgung wegen eines der dort genannten Merkmale lässt sich dem Sachvortrag nicht entnehmen.",
    "Das Vorbringen ist nicht glaubhaft. Die Angaben zum zeitlichen Ablauf wechselten im Verlauf der Anhörung mehrfach; auf Vorhalt wurden die Widersprüche nicht aufgelöst.",
    "Auch ein ernsthafter Schaden im Sinne des § 4 Abs. 1 Satz 2 AsylG droht nicht. Die Sicherheitslage in der Herkunftsregion erreicht nicht das Niveau eines innerstaatlichen bewaffneten Konflikts mit willkürlicher Gewalt.",
    "Abschiebungsverbote nach § 60 Abs. 5 AufenthG i. V. m. Art. 3 EMRK liegen nicht vor. Die antragstellende Person ist im erwerbsfähigen Alter; es ist davon auszugehen, dass sie ihr Existenzminimum sichern kann.",
    "Ein Abschiebungsverbot nach § 60 Abs. 7 Satz 1 AufenthG wegen einer Erkrankung ist nicht festzustellen. Eine qualifizierte ärztliche Bescheinigung im Sinne des § 60a Abs. 2c AufenthG wurde nicht vorgelegt.",
    "Die Abschiebungsandrohung beruht auf § 34 Abs. 1 AsylG i. V. m. § 59 AufenthG. Belange des Kindeswohls, familiäre Bindungen und der Gesundheitszustand stehen ihr nicht entgegen.",
    "Die Befristung des Einreise- und Aufenthaltsverbots ist ermessensgerecht. Schutzwürdige Belange, die eine kürzere Frist rechtfertigen würden, wurden nicht vorgetragen.",
    "Ergänzend wird auf die Niederschrift über die Anhörung und die in das Verfahren eingeführten Erkenntnisquellen verwiesen.",
]


def _bamf_tenor(c: Case, which: int) -> list[str]:
    land = c.natinfo["land"]
    if c.bamf_tenor != 6:
        return _TENOR4
    return [x.format(land=land) for x in _TENOR6[which]]


def _bamf_reasons(c: Case, d, r: random.Random) -> list[str]:
    a = c.applicant
    n = d.extra.get("bamf_reasons", 6)
    pool = _GRUENDE[:]
    rest = pool[1:]
    r.shuffle(rest)
    pool = pool[:1] + rest
    out = []
    for i in range(n):
        out.append(
            pool[i % len(pool)].format(
                nat=a.staat + "e", year=c.entry.year, entry=fmt(c.entry), applied=fmt(c.asylum_applied)
            )
        )
    return out


def _rbb(c: Case) -> str:
    court = c.court_name or f"Verwaltungsgericht {N.COURTS[zlib.crc32(c.case_id.encode()) % len(N.COURTS)]}"
    return (
        f"Gegen diesen Bescheid kann innerhalb einer Woche nach Zustellung Klage beim {court} erhoben werden. "
        "Ein Antrag auf Anordnung der aufschiebenden Wirkung ist innerhalb einer Woche nach Bekanntgabe zu stellen. "
        "Die Klage ist schriftlich oder zur Niederschrift des Urkundsbeamten der Geschäftsstelle zu erheben."
    )


@tpl("bamf_bescheid", "q1", SPLIT)
def bamf_q1(c, d, r):
    """Decision with a reference table at the top right and a person table; footer with the reference."""
    a = c.applicant
    site = c.bamf_site
    blocks = [
        Table(
            [
                ["BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", ""],
                [
                    f"{site[0]}\n{site[1]}\n{site[2]}",
                    f"Geschäftszeichen:\n{c.bamf_gz}\nbei Antwort bitte angeben",
                ],
            ],
            [0.6, 0.4],
            header=False,
            grid=False,
            size=9,
        ),
        P(f"Datum: {fmt(d.date)}", align="right", size=9),
        P(f"{a.herr_frau()}\n{c.street}\n{c.plz} {c.city}", after=16),
        P("Bescheid", bold=True, size=16),
        P("In dem Asylverfahren von", after=2),
        Table(
            [
                ["Name, Vorname", f"{a.name}, {a.vorname}"],
                ["geboren am", fmt(a.geburtsdatum)],
                ["in", a.geburtsort],
                ["Staatsangehörigkeit", a.staat],
            ],
            [0.35, 0.65],
            header=False,
            grid=False,
        ),
        P("ergeht folgende Entscheidung:"),
    ]
    for i, x in enumerate(_bamf_tenor(c, 0), 1):
        blocks.append(P(f"{i}.  {x}", indent=18))
    blocks.append(P("Gründe", bold=True, align="center"))
    for i, x in enumerate(_bamf_reasons(c, d, r)):
        if i == 0:
            blocks.append(P("I.", bold=True, after=1))
        if i == 2:
            blocks.append(P("II.", bold=True, after=1))
        blocks.append(P(x))
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True))
    blocks.append(P(_rbb(c), size=9))
    blocks.append(P("Im Auftrag\n\ngez. " + r.choice(["Kowalski", "Hübner", "Demir", "Albers"]), after=4))
    return DocSpec(
        blocks,
        _sty(r, "sans", 10.0),
        footer=f"{c.bamf_gz} – Seite {{p}} von {{n}}",
        header=f"Gesch.-Z. {c.bamf_gz}",
    )


@tpl("bamf_bescheid", "q2", SPLIT)
def bamf_q2(c, d, r):
    """Decision in a plain serif layout, the reference and date in one line, Tenor lettered headings."""
    a = c.applicant
    site = c.bamf_site
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", size=12, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8),
        Rule(0.4),
        P(f"Gesch.-Z.: {c.bamf_gz}          {site[2].split(' ', 1)[1]}, den {fmt_long(d.date)}", size=9),
        Space(6),
        P(
            f"Zustellung gegen Empfangsbekenntnis\n{a.herr_frau()}\n"
            + (
                f"c/o {c.rep.org}\n{c.rep.street}\n{c.rep.city}"
                if c.rep and c.sender == "anwalt"
                else f"{c.street}\n{c.plz} {c.city}"
            ),
            after=14,
        ),
        P("B E S C H E I D", bold=True, size=13, align="center"),
        P(
            f"Im Asylverfahren {a.name.upper()}, {a.vorname}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, "
            f"Staatsangehörigkeit {a.staat}, wird entschieden:"
        ),
    ]
    for i, x in enumerate(_bamf_tenor(c, 1), 1):
        blocks.append(P(f"{i}. {x}", indent=10, after=3))
    blocks.append(P("Begründung", bold=True))
    for x in _bamf_reasons(c, d, r):
        blocks.append(P(x))
    blocks.append(P("Rechtsbehelfsbelehrung:", bold=True, after=2))
    blocks.append(P(_rbb(c), size=9.5))
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(P(r.choice(["Brinkmann", "Yilmaz", "Vogt", "Sommer"]) + ", Entscheider", size=9))
    return DocSpec(blocks, _sty(r, "serif", 10.5), footer="Seite {p} von {n}")


@tpl("bamf_bescheid", "q3", SPLIT)
def bamf_q3(c, d, r):
    """Decision with a framed address field and the page count top right on every page."""
    a = c.applicant
    site = c.bamf_site
    blocks = [
        Box(
            ["BAMF", "Bundesamt für Migration und Flüchtlinge", f"{site[0]}", f"{site[1]}, {site[2]}"], size=9
        ),
        Table(
            [
                ["Aktenzeichen / Gesch.-Z.", c.bamf_gz],
                ["Datum", _dmy(d.date)],
                ["Sachbearbeitung", "Referat 41"],
            ],
            [0.4, 0.6],
            header=False,
            grid=True,
            size=9,
        ),
        P(f"{a.herr_frau()} · {c.adresse}", size=9, after=12),
        P("Bescheid", bold=True, size=14, align="center", after=2),
        P("– Asylverfahren –", align="center"),
        P(
            f"Antragsteller/in: {a.vorname} {a.name}, geb. {fmt(a.geburtsdatum)} in {a.geburtsort} ({c.natinfo['land']}), "
            f"Staatsangehörigkeit: {a.staat}"
        ),
        P("Tenor", bold=True),
    ]
    for i, x in enumerate(_bamf_tenor(c, 0), 1):
        blocks.append(P(f"({i}) {x}", indent=6, after=3))
    blocks.append(P("Sachverhalt und Gründe", bold=True))
    rs = _bamf_reasons(c, d, r)
    for i, x in enumerate(rs, 1):
        blocks.append(P(f"{i}. {x}"))
    blocks.append(P("Belehrung über den Rechtsbehelf", bold=True))
    blocks.append(P(_rbb(c), size=9))
    blocks.append(P("Im Auftrag\n" + r.choice(["Stein", "Marx", "Özdemir", "Kranz"]), after=4))
    return DocSpec(
        blocks, _sty(r, "cond", 10.0), header=f"BAMF {c.bamf_gz}", footer="BAMF · Seite {p} von {n}"
    )


# ------------------------------------------------------------------ aerztliches_gutachten


def _patient_line(c: Case) -> tuple:
    i = c.ill_person
    p = c.persons[i]
    born = fmt(p.geburtsdatum)
    return p, born


def _practice_addr(c: Case, r: random.Random) -> tuple[str, str]:
    return f"{r.choice(N.STREETS)} {r.randint(2, 99)}", c.court_city_plz()


def _findings(c: Case, r: random.Random) -> list[str]:
    code = c.diagnosis[0]
    psych = code.startswith("F")
    if psych:
        return [
            r.choice(
                [
                    "Wach, allseits orientiert. Stimmung deutlich gedrückt, Affekt eingeengt, Antrieb vermindert.",
                    "Im Kontakt zurückhaltend, Konzentration und Merkfähigkeit eingeschränkt, ausgeprägtes Vermeidungsverhalten.",
                ]
            ),
            r.choice(
                [
                    "Berichtet werden nächtliche Albträume, Flashbacks und eine ausgeprägte Schreckhaftigkeit.",
                    "Es bestehen Grübelneigung, Hoffnungslosigkeit und ausgeprägte Schlafstörungen; keine akute Suizidalität, jedoch passive Todeswünsche.",
                ]
            ),
            f"Testdiagnostik: {r.choice(['BDI-II', 'PCL-5', 'HADS'])} mit {r.randint(28, 52)} Punkten, deutlich auffällig.",
        ]
    return [
        r.choice(
            [
                "Körperliche Untersuchung: reduzierter Allgemeinzustand, ansonsten ohne akuten Befund.",
                "Laborchemisch zeigen sich wiederholt deutlich pathologische Werte trotz Therapie.",
            ]
        ),
        "Regelmäßige Kontrollen in vierwöchigem Abstand sind erforderlich.",
    ]


@tpl("aerztliches_gutachten", "q1", SPLIT)
def med_q1(c, d, r):
    """Psychiatric statement: date in the letterhead line, sections with colon heads in one paragraph."""
    code, name, sev = c.diagnosis
    p, born = _patient_line(c)
    street, town = _practice_addr(c, r)
    blocks = [
        P(f"{c.practice} · {street} · {town} · {fmt(d.date)}", size=8, after=10),
        P(
            f"{p.herr_frau()}\n{c.street}\n{c.plz} {c.city}"
            if r.random() < 0.5
            else "Zur Vorlage bei der Härtefallkommission NRW",
            after=12,
        ),
        P("Fachärztliche Stellungnahme", bold=True, size=13),
        P(f"betr.: {p.full}, *{born}"),
        P(
            f"Vorstellungsanlass: Die Patientin/der Patient wird seit {month_year_de(c.entry + timedelta(days=500))} in unserer Praxis behandelt und bat um eine Stellungnahme für das Härtefallverfahren."
        ),
        P(f"Diagnose(n): {code} – {name}"),
        P("Psychopathologischer Befund: " + " ".join(_findings(c, r))),
        P(
            f"Schweregrad und Verlauf: Es handelt sich um ein {sev}es Krankheitsbild. Der Verlauf war unter Behandlung {r.choice(['wechselhaft', 'langsam stabilisierend', 'nicht zufriedenstellend'])}."
        ),
        P(f"Medikation: {'; '.join(r.sample(N.MEDICATION, 2))}"),
        P(
            "Prognose bei Abbruch der Behandlung: Bei einer Rückkehr ins Herkunftsland ist mit einer erheblichen Verschlechterung bis hin zu einer akuten Krise zu rechnen."
        ),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


@tpl("aerztliches_gutachten", "q2", SPLIT)
def med_q2(c, d, r):
    """Findings report: the only date given as 'Datum der Untersuchung', diagnosis table."""
    code, name, sev = c.diagnosis
    p, born = _patient_line(c)
    street, town = _practice_addr(c, r)
    blocks = [
        P(c.practice, bold=True, size=12, align="center", after=1),
        P(f"{street}, {town}", size=8.5, align="center", after=1),
        P(f"Sprechzeiten Mo–Fr 8–12 Uhr · Tel. 0{r_digits(c.practice)}", size=8, align="center"),
        Rule(1.0),
        P("Ärztlicher Befundbericht", bold=True, size=13),
        Table(
            [
                ["Name des Patienten", p.full],
                ["geb.", born],
                ["Datum der Untersuchung", fmt(d.date)],
                ["in Behandlung seit", f"{N.MONTHS_DE[(c.entry.month + 5) % 12]} {c.entry.year + 1}"],
            ],
            [0.38, 0.62],
            header=False,
            grid=False,
        ),
        P("Diagnosen (ICD-10-GM)", bold=True, after=2),
        Table(
            [["ICD-10", "Bezeichnung", "Sicherheit"], [code.split()[0], name, "gesichert"]],
            [0.18, 0.62, 0.2],
            size=9,
        ),
        P("Befund", bold=True, after=2),
    ]
    for x in _findings(c, r):
        blocks.append(P(f"• {x}", indent=8, after=2))
    blocks += [
        P("Beurteilung", bold=True, after=2),
        P(
            f"Die Erkrankung ist {sev} ausgeprägt und dauerhaft behandlungsbedürftig. Die derzeitige Therapie umfasst {', '.join(r.sample(N.MEDICATION, 2))} sowie regelmäßige Termine. "
            "Eine Unterbrechung würde zu einer wesentlichen Verschlechterung des Gesundheitszustands führen."
        ),
        Signature(c.doctor, "Stempel / Unterschrift"),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("aerztliches_gutachten", "q3", SPLIT)
def med_q3(c, d, r):
    """Short attest: the date at the end before the signature, earlier dates in the text."""
    code, name, sev = c.diagnosis
    p, born = _patient_line(c)
    street, town = _practice_addr(c, r)
    first_seen = c.entry + timedelta(days=300)
    blocks = [
        Box([c.practice, street, town], size=9),
        Space(8),
        P("Attest", bold=True, size=16, align="center"),
        P("zur Vorlage bei Behörden", align="center", size=9),
        P(
            f"{p.herr_frau()}, geboren am {born}, stellte sich erstmals am {fmt(first_seen)} in meiner Sprechstunde vor und ist seitdem in kontinuierlicher Behandlung."
        ),
        P(
            f"Es besteht eine {name} (ICD-10 {code}). Das Krankheitsbild ist als {sev} einzustufen. "
            + " ".join(_findings(c, r)[:1])
        ),
        P(f"Aktuelle Medikation: {r.choice(N.MEDICATION)}."),
        P(
            "Aus ärztlicher Sicht ist eine Fortführung der Behandlung zwingend erforderlich; ein Abbruch ist mit erheblichen gesundheitlichen Risiken verbunden."
        ),
        P(f"{town.split(' ', 1)[-1]}, {fmt(d.date) if r.random() < 0.5 else fmt_long(d.date)}", after=2),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _sty(r, "cond"))


# ------------------------------------------------------------------ vollmacht


def _rep_display(c: Case) -> str:
    rp = c.rep
    if rp.kind == "privat":
        return f"{rp.person}, {rp.street}, {rp.city}"
    return f"{rp.org}, {rp.street}, {rp.city}"


@tpl("vollmacht", "q1", SPLIT)
def vm_q1(c, d, r):
    """Lawyer's preprinted form: fields with underscores, numbered powers."""
    blocks = [
        P("VOLLMACHT", bold=True, size=18, after=2),
        P("(Verwaltungsverfahren / Härtefallverfahren)", size=9),
        Table(
            [
                ["Bevollmächtigte/r:", _rep_display(c)],
                ["Vollmachtgeber/in:", f"{c.applicant.full}, {c.adresse}"],
                ["wegen:", "Härtefallersuchen gem. § 23a AufenthG"],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P("wird hiermit Vollmacht erteilt", after=3),
    ]
    for i, x in enumerate(
        [
            "zur Vertretung gegenüber der Härtefallkommission des Landes NRW, der Ausländerbehörde und allen übrigen Behörden;",
            "zur Akteneinsicht und zur Entgegennahme von Schriftstücken und Zustellungen;",
            "zur Stellung und Rücknahme von Anträgen sowie zur Einlegung von Rechtsbehelfen;",
            "zur Erteilung von Untervollmacht.",
        ],
        1,
    ):
        blocks.append(P(f"{i}) {x}", indent=12, after=2))
    if len(c.persons) > 1:
        blocks.append(
            P(
                "Die Vollmacht gilt auch für die mitunterzeichnenden Familienangehörigen: "
                + ", ".join(p.full for p in c.persons[1:])
                + "."
            )
        )
    blocks.append(Signature(c.applicant.full, f"{_town(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("vollmacht", "q2", SPLIT)
def vm_q2(c, d, r):
    """A counselling service's authorisation in running text."""
    a = c.applicant
    blocks = [
        P(c.rep.org if c.rep.kind != "privat" else "Erklärung", bold=True, align="center"),
        P("Bevollmächtigung", bold=True, size=14, align="center"),
        P(
            f"Ich, {a.full}, geboren am {fmt(a.geburtsdatum)}, wohnhaft {c.adresse}, bevollmächtige "
            f"{c.rep.person}{' (' + c.rep.org + ')' if c.rep.kind != 'privat' else ''}, mich im Verfahren vor der Härtefallkommission NRW zu vertreten, "
            "Auskünfte bei Behörden einzuholen, Unterlagen einzureichen und Post für mich entgegenzunehmen."
        ),
        P("Die Bevollmächtigung kann ich jederzeit schriftlich widerrufen."),
        P(f"Datum: {_yy(d.date)}", after=4),
        Signature(a.full),
    ]
    if c.rep.kind != "privat":
        blocks.append(Signature(c.rep.person + " (Vollmacht angenommen)"))
    return DocSpec(blocks, _sty(r, "serif"))


@tpl("vollmacht", "q3", SPLIT)
def vm_q3(c, d, r):
    """Short power of attorney in a frame, with a signature row for every adult."""
    lines = [
        "Vollmacht für das Härtefallverfahren",
        f"Hiermit bevollmächtigen wir {c.rep.person if c.rep.kind == 'privat' else c.rep.org},",
        "uns in allen Angelegenheiten des Härtefallverfahrens (§ 23a AufenthG)",
        "zu vertreten und alle erforderlichen Erklärungen abzugeben.",
    ]
    blocks = [Box(lines, size=10), P(f"{_town(c)}, am {fmt_long(d.date)}")]
    rows = [["Name", "Geburtsdatum", "Unterschrift"]]
    for p in c.persons:
        if p.role != "child":
            rows.append([p.full, fmt(p.geburtsdatum), ""])
    blocks.append(Table(rows, [0.4, 0.25, 0.35]))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _sty(r, "cond"))


# ------------------------------------------------------------------ schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "q1", SPLIT)
def sp_q1(c, d, r):
    """Release in running text naming the practice and the commission's medical adviser."""
    p = c.persons[c.ill_person]
    blocks = [
        P("Erklärung über die Entbindung von der ärztlichen Schweigepflicht", bold=True, size=12),
        P(
            f"Ich, {p.full}, geb. {fmt(p.geburtsdatum)}, entbinde hiermit {c.doctor}, {c.practice}, sowie alle weiteren mich behandelnden Ärztinnen, Ärzte und Psychotherapeuten "
            "gegenüber der Geschäftsstelle der Härtefallkommission NRW und dem von ihr beauftragten Vertrauensarzt von der Schweigepflicht."
        ),
        P(
            "Die Entbindung umfasst Auskünfte über Diagnosen, Behandlungsverlauf und Prognose sowie die Übersendung von Befundberichten."
        ),
        P("Mir ist bekannt, dass ich diese Erklärung jederzeit für die Zukunft widerrufen kann."),
        Signature(p.full, f"{_town(c)}, den {fmt(d.date)}"),
    ]
    if p.role == "child":
        blocks.append(
            P("Für das minderjährige Kind unterschreiben die Eltern als gesetzliche Vertreter.", size=9)
        )
    return DocSpec(blocks, _sty(r))


@tpl("schweigepflichtsentbindung", "q2", SPLIT)
def sp_q2(c, d, r):
    """Form with checkboxes: which doctors, which recipients."""
    p = c.persons[c.ill_person]
    blocks = [
        P("Schweigepflichtentbindung", bold=True, size=15, align="center"),
        Table(
            [["Patient/in", p.full], ["Geburtsdatum", fmt(p.geburtsdatum)], ["Anschrift", c.adresse]],
            [0.3, 0.7],
            header=False,
        ),
        P("Ich entbinde von der Schweigepflicht:", bold=True, after=2),
        P(f"[x] {c.doctor} ({c.practice})", indent=10, after=1),
        P("[x] das Krankenhaus / die Klinik, in der ich behandelt wurde", indent=10, after=1),
        P("[ ] weitere: ____________________", indent=10),
        P("gegenüber:", bold=True, after=2),
        P("[x] der Härtefallkommission NRW und ihrer Geschäftsstelle", indent=10, after=1),
        P("[x] der zuständigen Ausländerbehörde, soweit für das Verfahren erforderlich", indent=10),
        P(
            "Diese Entbindung gilt bis zum Abschluss des Härtefallverfahrens und ist jederzeit widerrufbar.",
            size=9,
        ),
        P(f"Ort/Datum: {_town(c)}, {_yy(d.date)}"),
        Signature(p.full),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("schweigepflichtsentbindung", "q3", SPLIT)
def sp_q3(c, d, r):
    """Counselling service's release with a paragraph per purpose."""
    p = c.persons[c.ill_person]
    org = c.rep.org if c.rep and c.rep.kind != "privat" else "die Beratungsstelle"
    blocks = [
        P(f"{fmt_long(d.date)}", align="right"),
        P("Einverständnis zur Weitergabe medizinischer Informationen", bold=True),
        P(f"Name: {p.full} – geb. am {fmt(p.geburtsdatum)}"),
        P(
            f"Ich bin damit einverstanden, dass {c.doctor} mit {org} und mit der Härtefallkommission über meine Erkrankung spricht und ärztliche Unterlagen weitergibt. "
            "Insoweit entbinde ich die genannten Personen von ihrer Schweigepflicht."
        ),
        P("Ich kann dieses Einverständnis jederzeit zurücknehmen."),
        Signature(p.full),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "q1", SPLIT)
def ds_q1(c, d, r):
    """Consent with numbered information items (Art. 13 DSGVO) and a list of persons to sign."""
    blocks = [
        P("Einwilligungserklärung zur Datenverarbeitung im Härtefallverfahren", bold=True, size=12),
        P(
            "1. Verantwortliche Stelle: Geschäftsstelle der Härtefallkommission beim Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW.",
            size=9,
        ),
        P(
            "2. Zweck: Prüfung des Härtefallantrags, Einholung von Stellungnahmen der Ausländerbehörde, Beratung in der Kommission.",
            size=9,
        ),
        P(
            "3. Empfänger: Mitglieder der Härtefallkommission, zuständige Ausländerbehörde, ggf. Vertrauensarzt.",
            size=9,
        ),
        P("4. Rechtsgrundlage: Art. 6 Abs. 1 lit. a und Art. 9 Abs. 2 lit. a DSGVO.", size=9),
        P("5. Sie können die Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.", size=9),
        P(
            "Ich/Wir willige(n) in die Verarbeitung unserer personenbezogenen Daten einschließlich Gesundheitsdaten ein:"
        ),
    ]
    rows = [["Name, Vorname", "geb.", "Unterschrift"]] + [
        [f"{p.name}, {p.vorname}", fmt(p.geburtsdatum), ""] for p in c.persons if p.role != "child"
    ]
    blocks.append(Table(rows, [0.45, 0.2, 0.35]))
    blocks.append(P(f"{_town(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("datenschutzeinwilligung", "q2", SPLIT)
def ds_q2(c, d, r):
    """Short consent of a counselling service before passing on data."""
    blocks = [
        P("Datenschutz – Einverständniserklärung", bold=True, size=13),
        P(
            f"Ich, {c.applicant.full}, erkläre mich einverstanden, dass meine personenbezogenen Daten und die meiner Familie zum Zweck des Härtefallverfahrens "
            "erhoben, gespeichert und an die Härtefallkommission NRW sowie die Ausländerbehörde übermittelt werden (Art. 6, Art. 9 DSGVO)."
        ),
        P(
            "Die Einwilligung ist freiwillig. Ich kann sie jederzeit widerrufen; die bis dahin erfolgte Verarbeitung bleibt rechtmäßig."
        ),
        P(f"Datum: {fmt_long(d.date)}"),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


@tpl("datenschutzeinwilligung", "q3", SPLIT)
def ds_q3(c, d, r):
    """Consent form with a framed header and tick boxes per data category."""
    blocks = [
        Box(
            [
                "Einwilligung nach der Datenschutz-Grundverordnung (DSGVO)",
                "Härtefallverfahren § 23a AufenthG",
            ],
            size=10,
        ),
        P(f"Betroffene Person: {c.applicant.full}, {c.adresse}"),
        P("Ich willige in die Verarbeitung folgender Daten ein:", after=2),
        P("☒ Personalien und Anschrift", indent=10, after=1),
        P("☒ Angaben zum Aufenthalt und zu Verfahren", indent=10, after=1),
        P("☒ Gesundheitsdaten (besondere Kategorie, Art. 9 DSGVO)", indent=10, after=1),
        P("☒ Angaben zu Arbeit, Schule und Ausbildung", indent=10),
        P(
            "Hinweis: Die Einwilligung kann ich jederzeit widerrufen. Ein Widerruf wirkt nur für die Zukunft.",
            size=9,
        ),
        Signature(c.applicant.full, f"{_town(c)}, {_dmy(d.date)}"),
    ]
    return DocSpec(blocks, _sty(r, "cond"))


# ------------------------------------------------------------------ lebenslauf


def _cv(c: Case) -> list[tuple[str, str]]:
    a = c.applicant
    y = a.geburtsdatum.year
    rows = [
        (fmt(a.geburtsdatum), f"Geburt in {a.geburtsort} ({c.natinfo['land']})"),
        (f"{y + 6}–{y + 12}", "Grundschule"),
        (f"{y + 12}–{y + 16}", "Mittelschule, ohne Abschluss" if y % 2 else "Mittelschule mit Abschluss"),
        (f"ab {y + 17}", "Mitarbeit im Betrieb des Onkels, später Fahrer"),
        (fmt(c.entry), "Ankunft in Deutschland"),
    ]
    if c.asylum:
        rows.append((fmt(c.asylum_applied), "Asylantrag"))
        rows.append((fmt(c.bamf_date), "Bescheid des Bundesamtes (Ablehnung)"))
    else:
        rows.append((str(c.entry.year), f"Visum zum Zweck {c.visa_purpose}"))
    rows.append((f"{c.entry.year + 1}–{c.entry.year + 2}", "Integrationskurs, Deutsch B1"))
    if c.job:
        rows.append((f"seit {c.entry.year + 3}", f"{c.job} bei {c.employer}"))
    return rows


@tpl("lebenslauf", "q1", SPLIT)
def cv_q1(c, d, r):
    """CV as a two-column table with a personal data header."""
    a = c.applicant
    blocks = [
        P("LEBENSLAUF", bold=True, size=16, align="center"),
        P("Persönliche Daten", bold=True, after=2),
        Table(
            [
                ["Name", a.full],
                ["geboren", f"{fmt(a.geburtsdatum)} in {a.geburtsort}"],
                ["Anschrift", c.adresse],
            ],
            [0.25, 0.75],
            header=False,
            grid=False,
        ),
        P("Werdegang", bold=True, after=2),
        Table([list(x) for x in _cv(c)], [0.25, 0.75], header=False, grid=True),
        P(f"{_town(c)}, {_yy(d.date)}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, _sty(r))


@tpl("lebenslauf", "q2", SPLIT)
def cv_q2(c, d, r):
    """CV as dated lines, newest first."""
    a = c.applicant
    blocks = [P(f"Tabellarischer Lebenslauf – {a.name.upper()}, {a.vorname}", bold=True)]
    for when, what in reversed(_cv(c)):
        blocks.append(P(f"{when:<22} {what}", font="mono", size=9, after=2))
    blocks.append(P(f"Stand: {month_year_de(d.date)}", size=9))
    return DocSpec(blocks, _sty(r, "serif"))


def month_year_de(d: date) -> str:
    return f"{N.MONTHS_DE[d.month - 1]} {d.year}"


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "q1", SPLIT)
def lang_q1(c, d, r):
    """A DTZ result (Deutsch-Test für Zuwanderer)."""
    a = c.applicant
    blocks = [
        P("Deutsch-Test für Zuwanderer", bold=True, size=16),
        P("A2 – B1 · skalierter Test", size=9),
        Rule(),
        Table(
            [
                ["Teilnehmer/in", a.full],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Prüfungsdatum", fmt(d.date - timedelta(days=28))],
                ["Hören/Lesen", "B1"],
                ["Schreiben", r.choice(["A2", "B1"])],
                ["Sprechen", "B1"],
                ["Gesamtergebnis", "Niveau B1 erreicht"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"Ausgestellt: {fmt(d.date)}", align="right", size=9),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("sprachnachweis", "q2", SPLIT)
def lang_q2(c, d, r):
    """Course certificate of an integration course provider."""
    a = c.applicant
    blocks = [
        P(f"Volkshochschule {_town(c)}", bold=True, align="right"),
        P("Teilnahmebescheinigung Integrationskurs", bold=True, size=13),
        P(
            f"{a.herr_frau()}, geb. {fmt(a.geburtsdatum)}, hat vom {fmt(d.date - timedelta(days=300))} bis {fmt(d.date - timedelta(days=20))} "
            f"am Integrationskurs (Sprachkurs 600 UE, Orientierungskurs 100 UE) teilgenommen und den Test „Leben in Deutschland“ bestanden. Sprachniveau: {r.choice(['A2', 'B1'])}."
        ),
        P(f"{_town(c)}, {fmt_long(d.date)}"),
        Signature("Kursleitung"),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "q1", SPLIT)
def work_q1(c, d, r):
    """A payslip with a brutto/netto table."""
    a = c.applicant
    brutto = r.randint(1700, 2600)
    blocks = [
        P(c.employer, bold=True),
        P(f"Entgeltabrechnung für {month_year_de(d.date)}", bold=True, size=12),
        Table(
            [
                ["Mitarbeiter/in", a.full],
                ["Personal-Nr.", str(r.randint(1000, 9999))],
                ["Tätigkeit", c.job],
                ["Eintritt", f"01.0{r.randint(1, 9)}.{c.entry.year + 2}"],
            ],
            [0.35, 0.65],
            header=False,
            grid=False,
        ),
        Table(
            [
                ["Bezeichnung", "Betrag EUR"],
                ["Gehalt/Lohn brutto", f"{brutto},00"],
                ["Lohnsteuer", f"-{brutto * 0.08:.2f}".replace(".", ",")],
                ["Sozialversicherung AN-Anteil", f"-{brutto * 0.2:.2f}".replace(".", ",")],
                ["Auszahlung netto", f"{brutto * 0.72:.2f}".replace(".", ",")],
            ],
            [0.6, 0.4],
        ),
        P(f"Erstellt am {fmt(d.date)}", size=8.5),
    ]
    return DocSpec(blocks, _sty(r, "mono" if r.random() < 0.3 else "sans"))


@tpl("arbeitsnachweis", "q2", SPLIT)
def work_q2(c, d, r):
    """An employer's confirmation of employment with the wish to keep the employee."""
    a = c.applicant
    blocks = [
        P(c.employer, size=14, bold=True, align="center"),
        P(f"{_town(c)}, {fmt(d.date)}", align="right"),
        P("Arbeitgeberbescheinigung", bold=True),
        P(
            f"Hiermit bestätigen wir, dass {a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, seit {c.entry.year + 2} unbefristet als {c.job} in Vollzeit bei uns beschäftigt ist. "
            "Das Arbeitsverhältnis ist ungekündigt. Wir sind mit der Arbeit sehr zufrieden und möchten den Arbeitsvertrag gerne fortsetzen."
        ),
        Signature("Personalabteilung"),
    ]
    return DocSpec(blocks, _sty(r))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "q1", SPLIT)
def vol_q1(c, d, r):
    """Club membership certificate."""
    a = c.applicant
    blocks = [
        P(c.club, bold=True, size=13),
        P("Mitgliedsbescheinigung", bold=True),
        P(
            f"{a.full} ist seit {c.entry.year + 1} Mitglied unseres Vereins und hilft regelmäßig ehrenamtlich beim Training der Jugendmannschaft und bei Festen."
        ),
        P(f"{_town(c)}, {fmt_long(d.date)}"),
        Signature("Der Vorstand"),
    ]
    return DocSpec(blocks, _sty(r))


@tpl("ehrenamt", "q2", SPLIT)
def vol_q2(c, d, r):
    """Confirmation of volunteer hours in a table."""
    a = c.applicant
    rows = [["Zeitraum", "Tätigkeit", "Stunden"]]
    for k in range(3):
        y = d.date.year - 2 + k
        rows.append(
            [
                str(y),
                r.choice(["Ausgabe von Lebensmitteln", "Sortieren von Spenden", "Dolmetschen", "Fahrdienst"]),
                str(r.randint(40, 160)),
            ]
        )
    blocks = [
        P(f"{c.club} – Bestätigung über ehrenamtliche Tätigkeit", bold=True),
        P(f"für {a.full}, geb. {fmt(a.geburtsdatum)}"),
        Table(rows, [0.2, 0.6, 0.2]),
        P("Wir danken für das große Engagement."),
        Signature("Koordination Ehrenamt", f"{_town(c)}, {_yy(d.date)}"),
    ]
    return DocSpec(blocks, _sty(r, "cond"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "q1", SPLIT)
def sup_q1(c, d, r):
    """A neighbour's personal letter."""
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(f"{who}\n{r.choice(N.STREETS)} {r.randint(1, 90)}\n{_town(c)}", size=9.5, after=12),
        P(f"{_town(c)}, {fmt_long(d.date)}", align="right"),
        P("Für Familie " + c.applicant.name, bold=True),
        P(
            f"Sehr geehrte Damen und Herren,\nich kenne {c.applicant.full} seit {r.randint(3, 7)} Jahren aus unserer Nachbarschaft. "
            "Ohne die Hilfe der Familie wäre ich nach meiner Operation nicht zurechtgekommen; sie haben für mich eingekauft und mich zum Arzt gefahren. "
            "Ich unterstütze von Herzen, dass die Familie hier bleiben darf."
        ),
        P("Herzliche Grüße"),
        Signature(who),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


@tpl("unterstuetzerschreiben", "q2", SPLIT)
def sup_q2(c, d, r):
    """A parish priest's letter of support on letterhead."""
    who = f"Pfarrer {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(f"Evangelische Kirchengemeinde {_town(c)}", size=13, align="center", after=0),
        P("Gemeindebüro · " + f"{r.choice(N.STREETS)} {r.randint(1, 30)}", size=8, align="center"),
        Rule(),
        P(f"{fmt(d.date)}", align="right"),
        P("Befürwortung eines Bleiberechts", bold=True),
        P(
            f"Die Familie {c.applicant.name} ist seit Jahren fester Teil unseres Gemeindelebens. {c.applicant.vorname} hilft beim Mittagstisch und im Besuchsdienst. "
            "Wir erleben die Familie als verlässlich, hilfsbereit und gut integriert und bitten die Kommission, ihr eine Perspektive in Deutschland zu geben."
        ),
        Signature(who),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


# ------------------------------------------------------------------ schulnachweis


def _kid(c: Case, d):
    return d.extra.get("child") or (c.school_age()[0] if c.school_age() else c.applicant)


@tpl("schulnachweis", "q1", SPLIT)
def school_q1(c, d, r):
    """School attendance certificate with a stamp box."""
    k = _kid(c, d)
    age = k.age_on(d.date)
    kita = age < 6
    blocks = [
        P(c.school, bold=True, size=12),
        P(f"{_town(c)}", size=9),
        P("Betreuungsbestätigung" if kita else "Schulbescheinigung", bold=True, size=13),
        P(
            f"{k.full}, geb. am {fmt(k.geburtsdatum)}, "
            + (
                "wird in unserer Einrichtung seit " + str(d.date.year - 1) + " betreut."
                if kita
                else f"besucht im Schuljahr {d.date.year - (1 if d.date.month < 8 else 0)}/{(d.date.year + (0 if d.date.month < 8 else 1)) % 100} die Klasse {max(1, age - 6)}{r.choice('abc')} unserer Schule."
            )
        ),
        P("Diese Bescheinigung wird zur Vorlage bei Behörden ausgestellt."),
        Box(["Siegel der Schule"], size=8),
        Signature(
            "Schulleitung" if not kita else "Leitung der Kindertageseinrichtung", f"{_town(c)}, {fmt(d.date)}"
        ),
    ]
    return DocSpec(blocks, _sty(r))


@tpl("schulnachweis", "q2", SPLIT)
def school_q2(c, d, r):
    """A half-year report (Zeugnis) with marks."""
    k = _kid(c, d)
    subjects = ["Deutsch", "Mathematik", "Englisch", "Sachunterricht", "Sport", "Kunst"]
    rows = [["Fach", "Note"]] + [
        [s, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])] for s in subjects
    ]
    blocks = [
        P(c.school, align="center", bold=True),
        P("Halbjahreszeugnis", size=15, bold=True, align="center"),
        P(f"für {k.full}, geboren am {fmt(k.geburtsdatum)} · Schuljahr {d.date.year - 1}/{d.date.year}"),
        Table(rows, [0.6, 0.4]),
        P(
            "Arbeits- und Sozialverhalten: Er/Sie arbeitet interessiert mit und ist in der Klasse gut eingebunden."
        ),
        P(f"Fehltage: {r.randint(0, 8)}, davon unentschuldigt: 0"),
        Signature("Klassenlehrerin", f"{_town(c)}, den {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


def _abh_letterhead(c: Case, r: random.Random) -> list:
    town = c.abh.split("–")[0].strip()
    boss = (
        "Der Oberbürgermeister"
        if town.startswith(("Stadt", "Bundesstadt"))
        else ("Der Landrat" if town.startswith("Kreis") else "Die Behördenleitung")
    )
    return [
        P(c.abh, bold=True, size=12, after=0),
        P(
            f"{boss} · {r.choice(N.STREETS)} {r.randint(1, 40)} · {c.abh_plz} {town.split(' ', 1)[-1]}",
            size=8,
        ),
        Rule(0.6),
    ]


@tpl("auslaenderbehoerde", "q1", SPLIT)
def abh_q1(c, d, r):
    """A Duldung extension as a form, or a note on the Aufenthaltsgestattung while the asylum case runs."""
    a = c.applicant
    blocks = _abh_letterhead(c, r)
    if c.gestattung:
        blocks += [
            P("Bescheinigung über die Aufenthaltsgestattung (§ 63 AsylG) – Verlängerung", bold=True),
            Table(
                [
                    ["Name", a.name],
                    ["Vorname", a.vorname],
                    ["geb.", fmt(a.geburtsdatum)],
                    ["gültig bis", fmt(d.date + timedelta(days=180))],
                ],
                [0.3, 0.7],
                header=False,
            ),
            P(
                "Das Asylverfahren ist noch nicht unanfechtbar abgeschlossen. Die Wohnsitzauflage bleibt bestehen."
            ),
        ]
    else:
        nb = "Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde."
        if c.ausbildung:
            nb = "Duldung zum Zweck der Berufsausbildung nach § 60c AufenthG. Die Ausbildung ist gestattet."
        blocks += [
            P("Aussetzung der Abschiebung (Duldung) – Verlängerung", bold=True),
            Table(
                [
                    ["Familienname / Vorname", f"{a.name} / {a.vorname}"],
                    ["Geburtsdatum / -ort", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                    ["Staatsangehörigkeit", a.staat],
                    [
                        "Die Abschiebung ist ausgesetzt bis",
                        fmt(d.date + timedelta(days=r.choice([30, 90, 120]))),
                    ],
                ],
                [0.45, 0.55],
                header=False,
            ),
            P("Nebenbestimmungen: " + nb),
            P(
                "Die Duldung erlischt mit der Ausreise. Der Inhaber ist vollziehbar ausreisepflichtig (§ 60a AufenthG)."
            ),
        ]
    blocks.append(P(f"Ausgestellt am {fmt(d.date)}", size=9))
    blocks.append(P("Im Auftrag\n" + r.choice(["Krüger", "Schulte", "Aksoy", "Becker"]), size=9))
    return DocSpec(blocks, _sty(r, "mono" if r.random() < 0.4 else "sans"))


@tpl("auslaenderbehoerde", "q2", SPLIT)
def abh_q2(c, d, r):
    """A letter inviting the person to an interview about the departure (or a deportation date)."""
    a = c.applicant
    blocks = _abh_letterhead(c, r) + [
        P(f"{a.herr_frau()}\n{c.street}\n{c.plz} {c.city}", after=12),
        P(f"Datum: {fmt_long(d.date)}", align="right"),
        P("Aufenthaltsbeendigung – Vorsprache", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            "Sie sind vollziehbar ausreisepflichtig. Bitte sprechen Sie mit Ihrem Nationalpass bzw. Passersatzpapieren und dieser Einladung "
            f"am {fmt(d.date + timedelta(days=14))} um 9:30 Uhr in Zimmer {r.randint(100, 399)} vor."
        ),
    ]
    if c.rueckfuehrung:
        blocks.append(
            P(
                f"Ihre Rückführung ist für den {fmt(c.rueckfuehrung)} geplant. Wir weisen darauf hin, dass die Abschiebung ohne weitere Ankündigung erfolgen kann."
            )
        )
    else:
        blocks.append(
            P(
                "In dem Gespräch soll die freiwillige Ausreise besprochen werden. Sie können sich auch bei einer Rückkehrberatung informieren."
            )
        )
    blocks.append(P("Mit freundlichen Grüßen\nIm Auftrag"))
    return DocSpec(blocks, _sty(r))


# ------------------------------------------------------------------ gerichtsentscheidung


@tpl("gerichtsentscheidung", "q1", SPLIT)
def court_q1(c, d, r):
    """Judgment / order with the rubrum in paragraphs and a short grounds section."""
    a = c.applicant
    urteil = c.asylum
    blocks = [
        P(f"Az.: {c.court_az}", size=9),
        P(c.court_name.upper(), bold=True, align="center"),
        P("IM NAMEN DES VOLKES" if urteil else "", align="center", bold=True),
        P("URTEIL" if urteil else "BESCHLUSS", bold=True, size=14, align="center"),
        P("In dem Verwaltungsrechtsstreit" if urteil else "In dem verwaltungsgerichtlichen Eilverfahren"),
        P(f"{a.full}, {c.adresse},", indent=20, after=1),
        P("– Kläger/in –" if urteil else "– Antragsteller/in –", indent=20),
        P("gegen", align="center"),
        P(
            "die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge,"
            if urteil
            else f"die {c.abh},",
            indent=20,
            after=1,
        ),
        P("– Beklagte –" if urteil else "– Antragsgegnerin –", indent=20),
        P(
            f"wegen {'Asylrecht' if urteil else 'Ausländerrecht (Ordnungsverfügung)'} hat die {r.randint(3, 20)}. Kammer aufgrund der mündlichen Verhandlung vom {fmt(d.date)} für Recht erkannt:"
            if urteil
            else f"hat die {r.randint(3, 20)}. Kammer am {fmt(d.date)} beschlossen:"
        ),
        P(
            "Die Klage wird abgewiesen. Die Kosten des gerichtskostenfreien Verfahrens trägt der Kläger."
            if urteil
            else "Der Antrag auf Gewährung vorläufigen Rechtsschutzes wird abgelehnt. Der Antragsteller trägt die Kosten des Verfahrens. Der Streitwert wird auf 2.500 Euro festgesetzt."
        ),
        P("Gründe", bold=True, align="center"),
        P(
            "Die Entscheidung ergeht durch den Einzelrichter. Das Gericht nimmt Bezug auf die zutreffenden Gründe des angegriffenen Bescheids. Neue Tatsachen hat der Kläger nicht vorgetragen."
            if urteil
            else "Der Antrag ist zulässig, aber unbegründet. Die Ordnungsverfügung erweist sich bei summarischer Prüfung als rechtmäßig; das Vollzugsinteresse überwiegt."
        ),
        P(
            r.choice(["Dr. Sander", "Holtkamp", "Pieper"]) + (" als Einzelrichter" if urteil else ""),
            align="right",
        ),
    ]
    return DocSpec(blocks, _sty(r, "serif"), footer="- {p} -")


@tpl("gerichtsentscheidung", "q2", SPLIT)
def court_q2(c, d, r):
    """Certified copy of a decision, date in the header line."""
    a = c.applicant
    kind = "Urteil" if c.asylum else "Beschluss"
    blocks = [
        P("Beglaubigte Abschrift", size=9, align="right"),
        P(f"{c.court_name}", bold=True, size=12),
        P(f"{kind} vom {fmt_long(d.date)} – {c.court_az}", bold=True),
        P(
            f"In der Sache {a.name}, {a.vorname} ./. {'Bundesrepublik Deutschland' if c.asylum else c.abh} "
            + (
                "wegen Zuerkennung der Flüchtlingseigenschaft"
                if c.asylum
                else "wegen Aussetzung der Vollziehung"
            )
        ),
        P("Tenor:", bold=True, after=2),
        P(
            "1. Die Klage wird abgewiesen.\n2. Der Kläger trägt die Kosten."
            if c.asylum
            else "1. Der Antrag wird abgelehnt.\n2. Die Kosten trägt der Antragsteller."
        ),
        P("Tatbestand und Entscheidungsgründe" if c.asylum else "Gründe", bold=True),
        P(
            f"Der Kläger begehrt die Verpflichtung der Beklagten, ihm die Flüchtlingseigenschaft zuzuerkennen. Das Bundesamt lehnte den Antrag mit Bescheid vom {fmt(c.bamf_date)} ab. Die Klage hat keinen Erfolg."
            if c.asylum
            else "Der Antragsteller wendet sich gegen die Versagung der Verlängerung seiner Aufenthaltserlaubnis. Ein Anordnungsgrund ist nicht glaubhaft gemacht."
        ),
        P(
            "Rechtsmittelbelehrung: "
            + (
                "Gegen dieses Urteil kann die Zulassung der Berufung beantragt werden."
                if c.asylum
                else "Gegen diesen Beschluss ist die Beschwerde zulässig."
            ),
            size=9,
        ),
        P(
            "Die Übereinstimmung mit der Urschrift wird beglaubigt.\nUrkundsbeamtin der Geschäftsstelle",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "q1", SPLIT)
def crime_q1(c, d, r):
    """A Strafbefehl of the Amtsgericht."""
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12),
        P(f"Cs {r.randint(10, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}", size=9),
        P(f"{_town(c)}, {fmt(d.date)}", align="right"),
        P("Strafbefehl", bold=True, size=14, align="center"),
        P(
            f"gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, wohnhaft {c.adresse}, Staatsangehörigkeit: {a.staat}"
        ),
        P(
            f"Die Staatsanwaltschaft {c.court_city} legt Ihnen folgenden Sachverhalt zur Last: Sie werden beschuldigt des {off}."
        ),
        P(f"Auf Antrag der Staatsanwaltschaft wird gegen Sie eine Geldstrafe von {sentence} festgesetzt."),
        P(
            "Dieser Strafbefehl wird rechtskräftig, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung Einspruch einlegen.",
            size=9,
        ),
        P("Richter/in am Amtsgericht", align="right"),
    ]
    return DocSpec(blocks, _sty(r))


@tpl("strafrecht", "q2", SPLIT)
def crime_q2(c, d, r):
    """An extract of the Bundeszentralregister (Führungszeugnis)."""
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P("Bundesamt für Justiz – Bundeszentralregister", bold=True),
        P("Führungszeugnis (Belegart N)", size=13, bold=True),
        Table(
            [
                ["Familienname", a.name],
                ["Vornamen", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
            ],
            [0.35, 0.65],
            header=False,
            grid=False,
        ),
        P("Inhalt:", bold=True, after=2),
        P(
            f"1. Datum der (ersten) Entscheidung: {fmt(c.criminal_date)}\n   Amtsgericht {c.court_city}\n   Tatbezeichnung: {off}\n   Geldstrafe: {sentence}",
            font="mono",
            size=9,
        ),
        P(f"Bonn, {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "q1", SPLIT)
def id_q1(c, d, r):
    """Copy of a passport data page with the machine readable zone."""
    a = c.applicant
    code = {"475": "SYR", "423": "AFG", "438": "IRQ", "439": "IRN"}.get(c.natinfo["code"], "XXX")
    no = f"{zlib.crc32(a.full.encode()) % 10**8:08d}"
    l1 = f"P<{code}{a.name.upper().replace(' ', '<').replace('-', '<')}<<{a.vorname.upper().replace(' ', '<')}".ljust(
        44, "<"
    )[:44]
    l2 = f"N{no}<{code}{a.geburtsdatum.strftime('%y%m%d')}{'M' if a.sex == 'm' else 'F'}{(d.date + timedelta(days=3650)).strftime('%y%m%d')}".ljust(
        44, "<"
    )[:44]
    blocks = [
        P("PASSPORT / REISEPASS – Kopie", bold=True),
        Table(
            [
                ["Surname", a.name.upper()],
                ["Given names", a.vorname.upper()],
                ["Date of birth", a.geburtsdatum.strftime("%d %b %Y").upper()],
                ["Place of birth", a.geburtsort.upper()],
                ["Date of issue", d.date.strftime("%d %b %Y").upper()],
                ["Passport No.", no],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(l1, font="mono", size=10, after=0),
        P(l2, font="mono", size=10),
        P("Die Übereinstimmung der Kopie mit dem Original wird bestätigt.", size=8),
    ]
    return DocSpec(blocks, _sty(r, "sans"))


@tpl("identitaetsnachweis", "q2", SPLIT)
def id_q2(c, d, r):
    """Certified translation of a birth certificate."""
    a = c.applicant
    blocks = [
        P(
            "Übersetzung aus dem Arabischen" if c.nat in ("syrien", "irak") else "Beglaubigte Übersetzung",
            size=9,
            align="right",
        ),
        P("Geburtsurkunde", bold=True, size=15, align="center"),
        Table(
            [
                ["Name des Kindes", a.full],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Vater", f"{r.choice(c.natinfo['m'])} {a.name}"],
                ["Mutter", f"{r.choice(c.natinfo['f'])} {r.choice(c.natinfo['nach'])}"],
                ["Registriert am", fmt(d.date)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "Für die Richtigkeit und Vollständigkeit der Übersetzung: öffentlich bestellte und beeidigte Übersetzerin",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _sty(r, "serif"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_q1", SPLIT)
def other_anh_q1(c, d, r):
    """Minutes of the asylum interview (Niederschrift), question and answer lines."""
    a = c.applicant
    blocks = [
        P(f"Bundesamt für Migration und Flüchtlinge – {c.bamf_site[0]}", size=9),
        P(f"Gesch.-Z.: {c.bamf_gz}", size=9, align="right"),
        P("Niederschrift über die Anhörung gemäß § 25 AsylG", bold=True, size=12),
        P(
            f"Antragsteller/in: {a.full}, geb. {fmt(a.geburtsdatum)}\nDatum der Anhörung: {fmt(d.date)}\nSprache: {r.choice(['Arabisch', 'Dari', 'Farsi', 'Kurmanci', 'Englisch'])}, Dolmetscher/in anwesend"
        ),
        P("Frage: Wann haben Sie Ihr Heimatland verlassen?", bold=True, after=1),
        P(f"Antwort: Im Frühjahr {c.entry.year}. Ich bin erst zu Verwandten gegangen und dann weiter."),
        P("Frage: Was würde Ihnen bei einer Rückkehr passieren?", bold=True, after=1),
        P("Antwort: Ich habe Angst, dass man mich festnimmt. Ich habe dort niemanden mehr."),
        P(
            "Die Niederschrift wurde rückübersetzt. Der Antragsteller bestätigt die Richtigkeit durch Unterschrift.",
            size=9,
        ),
    ]
    return DocSpec(blocks, _sty(r), footer="Seite {p} von {n}")


@tpl("sonstiges", "wohnungsgeber_q1", SPLIT)
def other_wg_q1(c, d, r):
    """Landlord's confirmation of moving in (Wohnungsgeberbestätigung, § 19 BMG)."""
    blocks = [
        P("Wohnungsgeberbestätigung nach § 19 des Bundesmeldegesetzes", bold=True, size=12),
        Table(
            [
                ["Wohnungsgeber", f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"],
                ["Anschrift der Wohnung", f"{c.street}, {c.plz} {c.city}"],
                ["Einzug am", fmt(d.date - timedelta(days=r.randint(5, 40)))],
                ["Einziehende Person(en)", ", ".join(p.full for p in c.persons)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "Ich bestätige mit meiner Unterschrift den Einzug der oben genannten Person(en) in die bezeichnete Wohnung.",
            size=9,
        ),
        Signature("Wohnungsgeber/in", f"{c.city}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _sty(r, "sans"))
