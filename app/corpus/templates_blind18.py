"""The `blind18` split (session 20), the twentieth held-out set: every document class in wording, titles,
labels and layouts of its own, written once by a helper who had not read another held-out template file.
Kept unread by whoever tunes hfk until blind18 has had its first evaluation."""

from __future__ import annotations

import random
from datetime import timedelta
from itertools import zip_longest

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case
from hfk.corpus.templates import MRZ_CODES, _child, _mrz, tpl
from hfk.corpus.text_antrag import fmt, fmt_en, fmt_long

SPLIT = "blind18"
BOX_ON, BOX_OFF = "☒", "☐"
# the countries in English, in the order of the shared MRZ table's keys
EN_LAND = dict(
    zip(
        MRZ_CODES,
        "Syria|Afghanistan|Iraq|Iran|Nigeria|Guinea|Kosovo|Albania|Serbia|Russia|Turkey|Georgia|Armenia|Ghana".split(
            "|"
        ),
        strict=True,
    )
)
TOPIC_ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


# ============================ small helpers ============================


def _st(r: random.Random, family: str | None = None, size: float | None = None, tight: bool = False) -> Style:
    return Style(
        family=family or r.choice(["serif", "sans", "cond"]),
        size=size or r.choice([10.0, 10.5, 11.0]),
        leading=1.22 if tight else 1.32,
        margin_left=r.uniform(42, 52) if tight else r.uniform(64, 84),
        margin_right=r.uniform(36, 46) if tight else r.uniform(48, 66),
        margin_top=r.uniform(34, 44) if tight else r.uniform(48, 62),
        para_after=3.5 if tight else 6.0,
    )


def _dm(d) -> str:
    """A date without leading zeros (12.3.2025), as people write it by hand."""
    return f"{d.day}.{d.month}.{d.year}"


def _en_us(d) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _caps(name: str) -> str:
    # a Turkish dotless i has no capital that reads back to it: such names stay as they are
    return name if "ı" in name else name.upper()


def _abh_of(abh: str) -> str:
    """The foreigners' authority as a letter writer turns it round ('Ausländeramt der Stadt Köln')."""
    if " – " not in abh:
        return abh
    town, office = abh.split(" – ", 1)
    return f"{office} {town}"


def _with_article(office: str) -> str:
    """'das Ausländeramt Stadt Köln', 'die Ausländerbehörde Kreis Unna' (the office's own word order kept)."""
    if office.startswith("Ausländerbehörde"):
        return "die " + office
    if office.startswith("Ausländerangelegenheiten"):
        return "die Abteilung " + office
    return "das " + office


def _to_land(land: str) -> str:
    """'nach Syrien', but 'in den Irak', 'in die Türkei'."""
    if land in ("Irak", "Iran"):
        return f"in den {land}"
    if land in ("Türkei", "Russische Föderation"):
        return f"in die {land}"
    return f"nach {land}"


def _in_land(land: str) -> str:
    """'in Syrien', but 'im Irak', 'in der Türkei'."""
    if land in ("Irak", "Iran"):
        return f"im {land}"
    if land == "Türkei":
        return "in der Türkei"
    if land == "Russische Föderation":
        return "in der Russischen Föderation"
    return f"in {land}"


def _gone(c: Case, i: int, f: str) -> bool:
    return c.omitted.get(i) == f


def _rep_name(c: Case) -> str:
    return c.rep.org if c.rep.kind != "privat" else c.rep.person


FEMALE_FIRST = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}


def _lawyer(c: Case) -> str:
    return "Rechtsanwältin" if c.rep.person.split()[0] in FEMALE_FIRST else "Rechtsanwalt"


def _rep_town(c: Case) -> str:
    return c.rep.city.split(" ", 1)[1]


def _home(c: Case) -> str:
    return c.city_or_nrw()


def _sir(p) -> str:
    return ("Herr " if p.sex == "m" else "Frau ") + p.name


def _role_de(p, plain: bool = False) -> str:
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehemann" if p.sex == "m" else "Ehefrau"
    if plain:
        return "Sohn" if p.sex == "m" else "Tochter"
    return "Kind (Sohn)" if p.sex == "m" else "Kind (Tochter)"


def _role_en(p) -> str:
    if p.role == "applicant":
        return "applicant (myself)"
    if p.role == "spouse":
        return "husband" if p.sex == "m" else "wife"
    return "son" if p.sex == "m" else "daughter"


def _birth(p, style: int) -> str:
    return {0: fmt, 1: fmt_long, 2: _dm}[style](p.geburtsdatum)


def _fax_no(seed: str) -> str:
    r = random.Random("fax" + seed)
    return f"0{r.randint(201, 991)} / {r.randint(1000, 9999)}-{r.randint(10, 99)}"


def _room(c: Case) -> int:
    return 3 + len(c.applicant.vorname) * 7 % 40


def _street_of(r: random.Random) -> str:
    return f"{r.choice(N.STREETS)} {r.randint(2, 95)}"


# ============================ the reasons of an application ============================


def _reasons(c: Case, r: random.Random, own: bool) -> dict[str, list[str]]:
    """The Begründung per topic: `own` when the applicant writes, else a third person about him or her.
    Every trigger of the scenario is said once, in the topic the scenario keeps for it."""
    a, nat = c.applicant, c.natinfo
    he = "er" if a.sex == "m" else "sie"
    his = "sein" if a.sex == "m" else "ihr"
    him = "ihm" if a.sex == "m" else "ihr"
    sir = _sir(a)
    origin = a.geburtsort if not _gone(c, 0, "geburtsort") else nat["land"]
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}

    # --- life story and entry
    ls = t["lebensgeschichte"]
    trade = r.choice(
        ["Schweißer", "Bäcker", "Kfz-Mechaniker", "Fliesenleger", "Händler"]
        if a.sex == "m"
        else ["Näherin", "Friseurin", "Lehrerin", "Verkäuferin", "Erntehelferin"]
    )
    if own:
        ls.append(
            r.choice(
                [
                    f"Meine ersten Lebensjahre verbrachte ich in {origin}; die Schule musste ich nach der {r.choice(['siebten', 'achten', 'neunten'])} Klasse verlassen, weil das Geld fehlte.",
                    f"Mein Zuhause war {origin} {_in_land(nat['land'])}. Nach der Schulzeit habe ich dort als {trade} mein eigenes Geld verdient.",
                    f"Aufgewachsen bin ich als ältestes von {r.choice(['vier', 'fünf', 'sieben'])} Geschwistern in {origin}, wo mein Vater eine kleine Werkstatt hatte.",
                ]
            )
        )
    else:
        ls.append(
            r.choice(
                [
                    f"{sir} stammt aus {origin} ({nat['land']}) und hat dort nach dem Schulbesuch als {trade} gearbeitet.",
                    f"Als Kind lebte {sir} in {origin}; eine Berufsausbildung war dort wegen der Lage der Familie nicht möglich.",
                    f"{sir} wuchs in einfachen Verhältnissen in {origin} auf und musste früh zum Unterhalt der Eltern beitragen.",
                ]
            )
        )
    if c.einreiseverbot:
        ls.append(
            f"{'Ich hatte' if own else sir + ' hatte'} bereits früher hier gelebt, bis {c.entry.year - 2} die Rückführung ins Herkunftsland erfolgte. "
            f"Obwohl damals ein Einreise- und Aufenthaltsverbot gemäß § 11 AufenthG angeordnet worden war, {'kam ich' if own else 'kam ' + he} am {fmt(c.entry)} wieder hierher."
        )
    else:
        ls.append(
            r.choice(
                [
                    f"{'Ich habe' if own else sir + ' hat'} am {fmt(c.entry)} die deutsche Grenze überschritten"
                    + (" – mitsamt der Familie." if len(c.persons) > 1 else "."),
                    f"{'Meine' if own else 'Die'} Ankunft in Deutschland war am {fmt_long(c.entry)}"
                    + (
                        ", die Familie war dabei."
                        if len(c.persons) > 1
                        else ", allein und mit einem Rucksack."
                    ),
                ]
            )
        )

    # --- residence status (always told: the scenario never drops it)
    st = t["aufenthaltssituation"]
    if c.asylum:
        st.append(
            f"{'Meinen' if own else 'Den'} Asylantrag vom {fmt(c.asylum_applied)} lehnte das Bundesamt (BAMF) per Bescheid vom "
            f"{fmt(c.bamf_date)} ab; das Geschäftszeichen lautet {c.bamf_gz}."
        )
        if c.court:
            if c.court_pending:
                st.append(f"Das Klageverfahren ({c.court_az}) beim {c.court_name} ist bis heute offen.")
            else:
                st.append(
                    f"Auch der Gang zum {c.court_name} half nicht, die Klage ({c.court_az}) wurde am {fmt(c.court_date)} abgewiesen."
                )
    else:
        st.append(
            f"Ursprünglich {'durfte ich' if own else 'durfte ' + sir} mit Visum hier sein, erteilt für den Zweck {c.visa_purpose}; eine Verlängerung des Titels lehnte die Behörde später ab."
        )
        if c.court:
            st.append(
                f"Der Streit darüber {'läuft noch beim' if c.court_pending else 'endete vor dem'} {c.court_name} ({c.court_az})"
                + ("." if c.court_pending else f" mit einem Beschluss vom {fmt(c.court_date)}.")
            )
    if c.gestattung:
        st.append(
            f"Weil das Verfahren noch nicht beendet ist, {'habe ich' if own else 'hat ' + he} eine Aufenthaltsgestattung."
        )
    else:
        st.append(
            r.choice(
                [
                    f"Seither {'lebe ich' if own else 'lebt ' + he} von einer Duldung (§ 60a AufenthG) zur nächsten, jede gilt nur ein paar Monate.",
                    f"Die Ausreisepflicht {'ist bei mir' if own else 'ist bei ' + him} vollziehbar, geschützt {'bin ich' if own else 'ist ' + he} allein durch eine Duldung.",
                ]
            )
        )
    st.append(
        r.choice(
            [
                f"Aktenführend: {c.abh}.",
                f"Zuständig ist {_with_article(_abh_of(c.abh))}.",
            ]
        )
    )
    if c.s58a:
        st.append(
            f"Außerdem liegt gegen {'mich' if own else ('ihn' if a.sex == 'm' else 'sie')} eine Abschiebungsanordnung nach § 58a AufenthG vor."
        )
    if c.rueckfuehrung:
        st.append(
            r.choice(
                [
                    f"Die Rückführung ist bereits terminiert: Abflug soll am {fmt(c.rueckfuehrung)} sein.",
                    f"Mit Schreiben der Ausländerbehörde wurde der {fmt(c.rueckfuehrung)} als Tag der Abschiebung genannt.",
                ]
            )
        )
    if c.criminal:
        off, sentence = c.offence
        st.append(
            f"{'Ich will' if own else 'Wir wollen'} offenlegen: Am {fmt(c.criminal_date)} erging durch das Amtsgericht {c.court_city} ein Strafbefehl "
            f"({off}; {sentence}); die Strafe ist {'von mir ' if own else ''}vollständig bezahlt."
        )

    # --- family ties
    fam = t["familie"]
    spouse = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    rel_de = r.choice(
        [
            ("eine Tante", "Bochum"),
            ("zwei Cousins", "Hamm"),
            ("der ältere Bruder", "Bielefeld"),
            ("eine verheiratete Schwester", "Neuss"),
        ]
    )
    if spouse:
        s = spouse[0]
        fam.append(
            f"{'Mit meiner Frau' if own and s.sex == 'f' else 'Mit meinem Mann' if own else 'Mit ' + his + ('er Frau' if s.sex == 'f' else 'em Mann')} "
            f"{s.vorname} {'bin ich' if own else 'ist ' + he} seit {max(a.geburtsdatum.year, s.geburtsdatum.year) + r.randint(19, 24)} verheiratet."
        )
    elif own:
        fam.append("Ich bin ledig und habe keine eigenen Kinder.")
    else:
        fam.append(f"{sir} ist ledig und hat keine eigenen Kinder.")
    if kids:
        names = (
            " und ".join([", ".join(k.vorname for k in kids[:-1]), kids[-1].vorname])
            if len(kids) > 1
            else kids[0].vorname
        )
        fam.append(
            r.choice(
                [
                    f"{'Unsere' if own else 'Die'} {'Kinder' if len(kids) > 1 else ('Tochter' if kids[0].sex == 'f' else 'Sohn')} {names} {'sprechen' if len(kids) > 1 else 'spricht'} untereinander nur Deutsch.",
                    f"Für {names} ist Deutschland das einzige Zuhause, an das sich {'die Kinder' if len(kids) > 1 else 'das Kind'} erinnern {'können' if len(kids) > 1 else 'kann'}.",
                ]
            )
        )
    fam.append(
        f"In Deutschland wohnt {rel_de[0]} in {rel_de[1]}, {'die' if rel_de[0].startswith('eine') else 'der' if rel_de[0].startswith('der') else 'die'} regelmäßig zu Besuch kommt; "
        f"{_in_land(nat['land'])} {'habe ich' if own else 'hat ' + he} {r.choice(['nur noch eine hochbetagte Großmutter', 'keine nahen Angehörigen mehr', 'lediglich einen Halbbruder, von dem seit Jahren jede Nachricht fehlt'])}."
    )

    # --- integration
    g = t["integration"]
    g.append(
        r.choice(
            [
                f"Die Sprache {'habe ich' if own else 'hat ' + he} über den Integrationskurs, vor allem aber im täglichen Umgang gelernt; B1 ist geschafft.",
                f"{'Meine' if own else his.capitalize() + 'e'} Deutschkenntnisse reichen für Behördengänge ohne Dolmetscher (Zertifikat A2/B1).",
            ]
        )
    )
    if c.ausbildung:
        g.append(
            f"Seit August {c.received.year - 1} {'lerne ich' if own else 'lernt ' + he} den Beruf {r.choice(['Fachlagerist', 'Zerspanungsmechaniker', 'Pflegefachassistent'])} in einem Ausbildungsbetrieb; "
            f"eine Ausbildungsduldung nach § 60c AufenthG {'wurde von mir' if own else 'wurde'} beantragt."
        )
    else:
        g.append(
            r.choice(
                [
                    f"{'Ich verdiene' if own else sir + ' verdient'} den Lebensunterhalt als {c.job} ({c.employer}) ohne ergänzende Leistungen.",
                    f"Beim Arbeitgeber {c.employer} {'bin ich' if own else 'ist ' + he} als {c.job} fest angestellt.",
                ]
            )
        )
    g.append(
        r.choice(
            [
                f"Nach Feierabend {'helfe ich' if own else 'hilft ' + he} ehrenamtlich mit ({c.club}).",
                f"Seit Jahren {'bin ich' if own else 'ist ' + he} ehrenamtlich aktiv ({c.club}).",
            ]
        )
    )
    pupils = c.school_age()
    if len(pupils) == 1:
        k = pupils[0]
        g.append(
            f"Gute Freunde hat {k.vorname} dort gefunden, wo {'er' if k.sex == 'm' else 'sie'} jeden Tag hingeht: {c.school}."
        )
    elif pupils:
        names = ", ".join(k.vorname for k in pupils[:-1]) + " und " + pupils[-1].vorname
        g.append(
            f"{names} gehen gern in ihre Einrichtungen ({c.school} u. a.) und haben dort Freunde gefunden."
        )

    # --- humanitarian reasons
    h = t["humanitaere_gruende"]
    if c.illness:
        code, dname, sev = c.diagnosis
        p = c.persons[c.ill_person]
        if c.ill_person == 0:
            who = "Bei mir" if own else f"Bei {sir}"
        else:
            who = f"Bei {_role_de(p, plain=True).replace('Ehemann', 'dem Ehemann').replace('Ehefrau', 'der Ehefrau').replace('Sohn', 'dem Sohn').replace('Tochter', 'der Tochter')} {p.vorname}"
        h.append(
            f"{who} wurde eine {dname} (ICD-10 {code}) festgestellt; die Erkrankung ist {sev} und wird fortlaufend behandelt."
        )
        h.append("Eine Unterbrechung dieser Behandlung hätte nach Auskunft der Ärzte schwere Folgen.")
    h.append(
        r.choice(
            [
                f"Müsste {'ich' if own else he} {_to_land(nat['land'])} zurück, hieße das: ohne Wohnung, Arbeit und Netz von vorn anfangen.",
                f"{_in_land(nat['land'])[0].upper()}{_in_land(nat['land'])[1:]} {'wartet auf mich' if own else 'wartet auf ' + him.replace('ihr', 'sie').replace('ihm', 'ihn')} nichts mehr; alles, was das Leben heute ausmacht, ist hier.",
            ]
        )
    )
    return t


def _reasons_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    a = c.applicant
    origin = a.geburtsort if not _gone(c, 0, "geburtsort") else EN_LAND[c.nat]
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    t["lebensgeschichte"].append(
        r.choice(
            [
                f"{origin} is where I spent my first years; at fourteen I stopped school and sold vegetables with my father.",
                f"Born and raised in {origin}, I later earned money there driving a delivery van.",
            ]
        )
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"I must tell you that I was sent back in {c.entry.year - 2}. There was a ban on entry and stay (§ 11 AufenthG), but I returned on {fmt_en(c.entry)}."
        )
    else:
        t["lebensgeschichte"].append(f"My first day in Germany was {_en_us(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"On {fmt_en(c.asylum_applied)} I asked for asylum. The answer of the BAMF came on {fmt_en(c.bamf_date)} and was negative (reference {c.bamf_gz})."
        )
        if c.court:
            s.append(
                f"My court case {c.court_az} at the {c.court_name}: {'no judgment so far' if c.court_pending else 'lost'}."
            )
    else:
        s.append("At first I held a visa; later the authority refused to extend my permit.")
        if c.court:
            s.append(
                f"My complaint against this at the {c.court_name} ({c.court_az}) {'has no result yet' if c.court_pending else 'was rejected'}."
            )
    s.append(
        "Right now I hold an Aufenthaltsgestattung, my procedure is still running."
        if c.gestattung
        else "My only paper is a Duldung that is renewed every few months."
    )
    s.append(f"My file is kept by this authority: {c.abh}.")
    if c.s58a:
        s.append("I also received a § 58a AufenthG order (immediate removal).")
    if c.rueckfuehrung:
        s.append(f"A letter says my removal flight is planned for {_en_us(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(f"In {c.criminal_date.year} a court fined me (penalty order); I have paid everything.")
    f = t["familie"]
    if c.children():
        f.append(
            f"The children ({', '.join(k.vorname for k in c.children())}) have no memories of any country but Germany."
        )
    f.append(
        f"My parents are dead and my brothers scattered; only an aunt in Hamm is close to us. In {EN_LAND[c.nat]} we have nobody."
    )
    g = t["integration"]
    g.append("German I learned in the integration course, and I use it at work and with neighbours.")
    if c.ausbildung:
        g.append(
            "Since last summer I am an apprentice; this is why I asked for an Ausbildungsduldung (§ 60c AufenthG)."
        )
    else:
        g.append(f"I earn my money as {c.job}; the company is {c.employer}.")
    g.append(f"Every week I give some hours as a volunteer ({c.club}).")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I am" if c.ill_person == 0 else f"{p.vorname} is"
        h.append(
            f"{who} ill ({c.diagnosis[1]}, ICD-10 {c.diagnosis[0]}) and treated by a doctor every month."
        )
    h.append(
        f"Sending us to {EN_LAND[c.nat]} would throw away {max(2, c.received.year - c.entry.year)} years of work, school and friendships."
    )
    return t


def _reason_blocks(c: Case, t: dict, heads: dict[str, str] | None, size: float | None = None) -> list:
    out: list = []
    for topic in TOPIC_ORDER:
        if topic not in c.topics or not t[topic]:
            continue
        if heads:
            out.append(P(heads[topic], bold=True, after=2, size=size))
        out.append(P(" ".join(t[topic]), size=size))
    return out


# ============================ antrag: who writes ============================


def _opening(c: Case, r: random.Random) -> str:
    n = len(c.persons)
    if c.sender == "anwalt":
        return r.choice(
            [
                "die nachstehend genannten Personen haben mich mandatiert (Vollmacht anbei). Ich bitte, ihren Fall in der nächsten erreichbaren Sitzung der Kommission zu beraten.",
                f"in vorbezeichneter Angelegenheit vertrete ich {'die Familie' if n > 1 else 'den Antragsteller bzw. die Antragstellerin'}; ein Ersuchen an die Ausländerbehörde auf Erteilung eines Titels halte ich für geboten.",
            ]
        )
    if c.sender == "beratungsstelle":
        return r.choice(
            [
                "seit mehreren Jahren suchen die unten aufgeführten Personen unsere Sprechstunde auf. Mit ihrer Zustimmung legen wir Ihnen hiermit den Härtefallantrag vor.",
                "in Absprache mit den Betroffenen und mit deren Vollmacht bitten wir die Härtefallkommission, den folgenden Fall zu beraten.",
            ]
        )
    if c.sender == "privat":
        return (
            f"ich wende mich an Sie als {c.rep.relation} und im Namen von {c.applicant.full}"
            + (" samt Familie" if n > 1 else "")
            + ", weil die Betroffenen diesen Brief nicht allein schreiben können."
        )
    return r.choice(
        [
            "ich bitte Sie sehr, meinen Fall zu prüfen und bei der Ausländerbehörde ein Bleiberecht für "
            + ("uns alle" if n > 1 else "mich")
            + " zu erbitten.",
            "bitte nehmen Sie dieses Schreiben als meinen Härtefallantrag; ich hoffe auf ein Ersuchen der Kommission gemäß § 23a AufenthG.",
        ]
    )


def _sender_blocks(c: Case, r: random.Random, look: int) -> list:
    """The sender's head: an applicant's own lines, or the representative's letterhead in one of three looks."""
    if c.sender == "applicant":
        a = c.applicant
        lines = [a.full, c.street, f"{c.plz} {c.city}"]
        if look == 0:
            return [P(" – ".join(lines), size=8.5, after=10)]
        return [P(x, size=9.5, after=0, align="right" if look == 1 else "left") for x in lines] + [Space(12)]
    rp = c.rep
    role = {
        "anwalt": _lawyer(c),
        "beratungsstelle": "Beratung für Zugewanderte und Geflüchtete",
        "privat": f"({c.rep.relation} von {c.applicant.full})",
    }[rp.kind]
    if look == 0:
        return [
            P(_rep_name(c).upper(), size=12, bold=True, align="center", after=0),
            P(role, size=8.5, align="center", after=0),
            P(f"{rp.street} | {rp.city} | Fax {_fax_no(rp.org)}", size=8, align="center", after=4),
            Rule(0.4),
            Space(6),
        ]
    if look == 1:
        return [
            _bare(
                [[f"{_rep_name(c)}\n{role}", f"{rp.street}\n{rp.city}\nTelefax {_fax_no(rp.org)}"]],
                [0.58, 0.42],
                8.5,
            ),
            Rule(1.0),
        ]
    return [
        P(_rep_name(c), bold=True, after=0),
        P(f"{rp.person} · {role}", size=8.5, after=0),
        P(f"{rp.street}, {rp.city}", size=8.5, after=12),
    ]


def _to_office(r: random.Random, look: int) -> list:
    lines = [
        [
            "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW",
            "– Geschäftsstelle der Härtefallkommission –",
            "Völklinger Straße 4",
            "40219 Düsseldorf",
        ],
        [
            "Härtefallkommission des Landes NRW",
            "c/o MKJFGFI, Geschäftsstelle",
            "Völklinger Str. 4",
            "40219 Düsseldorf",
        ],
        ["Härtefallkommission NRW (z. Hd. Geschäftsstelle)", "beim Ministerium MKJFGFI", "40190 Düsseldorf"],
    ][look]
    return [P(x, after=0) for x in lines] + [Space(12)]


def _closing(c: Case) -> list:
    if c.sender == "applicant":
        return [P("Mit freundlichen Grüßen"), Signature(c.applicant.full)]
    if c.sender == "anwalt":
        return [P("Mit freundlichen Grüßen"), Signature(f"{c.rep.person}, {_lawyer(c)}")]
    if c.sender == "beratungsstelle":
        return [P("Mit freundlichen Grüßen"), Signature(f"{c.rep.person} für {c.rep.org}")]
    return [P("Mit herzlichem Dank im Voraus"), Signature(c.rep.person)]


def _rep_line(c: Case) -> str:
    if c.rep is None:
        return ""
    return f"{_rep_name(c)}, {c.rep.street}, {c.rep.city}"


def _letter_top(c: Case, d, r: random.Random, look: int, title: str) -> list:
    place = c.city if c.sender == "applicant" else _rep_town(c)
    when = r.choice([fmt(d.date), fmt_long(d.date), _dm(d.date)])
    blocks = _sender_blocks(c, r, look)
    blocks += _to_office(r, look % 3)
    blocks.append(P(f"{place}, {when}", align="right"))
    blocks.append(P(title, bold=True, size=11.5))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    return blocks


def _own(c: Case) -> bool:
    return c.sender == "applicant"


def _where(c: Case, r: random.Random, way: int) -> str:
    """The family's address, street and 'PLZ Ort' kept whole, in one of several conventions."""
    if way == 0:
        return f"{c.street}, {c.plz} {c.city}"
    if way == 1:
        return f"{c.plz} {c.city}, {c.street}"
    if way == 2:
        return f"Gemeinschaftsunterkunft {c.street}, Zimmer {_room(c)}, {c.plz} {c.city}"
    return f"{c.street} (Wohnung {_room(c) % 9 + 1}. OG links), {c.plz} {c.city}"


# ---------- 1: a pleading's heading: the persons in the genitive with participles


def _genitive(c: Case, i: int, r: random.Random) -> str:
    p = c.persons[i]
    born = "" if _gone(c, i, "geburtsdatum") else f"am {_birth(p, r.randint(0, 2))} "
    place = "" if _gone(c, i, "geburtsort") else f"in {p.geburtsort} "
    nat = "" if _gone(c, i, "staatsangehoerigkeit") else f"{p.staat}en Staatsangehörigen "
    who = f"{p.vorname} {_caps(p.name)}"
    art = "des" if p.sex == "m" else "der"
    if p.role == "applicant":
        return f"{art} {born}{place}geborenen {nat}{'Herrn' if p.sex == 'm' else 'Frau'} {who}"
    if p.role == "spouse":
        lead = (
            "der Ehefrau des Antragstellers zu 1."
            if p.sex == "f"
            else "des Ehemannes der Antragstellerin zu 1."
        )
        return f"{lead}, {art} {born}{place}geborenen {nat}{who}"
    minor = "minderjährigen " if p.age_on(c.received) < 18 else ""
    kind = f"des {minor}Sohnes" if p.sex == "m" else f"der {minor}Tochter"
    birth = f"geboren {born}{place}".strip() if born or place else ""
    bits = [b for b in (birth, nat and f"Staatsangehörigkeit: {p.staat}") if b]
    return f"{kind} {who}" + (f" ({', '.join(bits)})" if bits else "")


@tpl("antrag", "rubrum18", SPLIT)
def antrag_rubrum18(c, d, r):
    blocks = _letter_top(c, d, r, 0, "Härtefallsache – Antrag nach § 23a AufenthG")
    blocks.append(P("betreffend die Härtefallsache", after=2))
    for i in range(len(c.persons)):
        end = "," if i < len(c.persons) - 1 else ""
        blocks.append(P(f"{i + 1}. {_genitive(c, i, r)}{end}", indent=14, after=2))
    many = len(c.persons) > 1
    blocks.append(
        P(
            f"{'sämtlich ' if many else ''}wohnhaft {_where(c, r, r.choice([0, 0, 2, 3]))}",
            indent=14,
            after=2,
        )
    )
    blocks.append(
        P(f"– Antragsteller{' zu 1. bis ' + str(len(c.persons)) + '.' if many else ''} –", align="center")
    )
    if c.rep is not None:
        blocks.append(P(f"bevollmächtigt: {_rep_line(c)}", indent=14))
    t = _reasons(c, r, _own(c))
    heads = {
        "lebensgeschichte": "I. Woher und auf welchem Weg",
        "aufenthaltssituation": "II. Verfahrensstand und Status",
        "familie": "III. Familie",
        "integration": "IV. Verwurzelung hier",
        "humanitaere_gruende": "V. Warum eine Rückkehr unzumutbar ist",
    }
    blocks += _reason_blocks(c, t, heads)
    blocks.append(
        P(
            "Ich bitte um Bestätigung des Eingangs; fehlende Nachweise werden umgehend nachgereicht."
            if _own(c)
            else "Um eine Eingangsnachricht wird gebeten. Weitere Belege reichen wir unaufgefordert nach, sobald sie vorliegen."
        )
    )
    blocks += _closing(c)
    return DocSpec(blocks, _st(r, "serif"), footer="- {p} -")


# ---------- 2: an intake sheet: two label/value pairs per row, relations ticked


def _sex_box(p) -> str:
    return f"{BOX_ON if p.sex == 'm' else BOX_OFF} männlich  {BOX_ON if p.sex == 'f' else BOX_OFF} weiblich"


def _rel_box(p) -> str:
    return f"{BOX_ON if p.role == 'spouse' else BOX_OFF} Ehegatte/-gattin  {BOX_ON if p.role == 'child' else BOX_OFF} Kind"


@tpl("antrag", "bogen18", SPLIT)
def antrag_bogen18(c, d, r):
    blocks: list = []
    blocks += _sender_blocks(c, r, 2)
    blocks.append(P("Erhebungsblatt – Haushalt der Antragsteller", bold=True, size=14, after=0))
    blocks.append(
        P(
            "an die Geschäftsstelle der Härtefallkommission NRW, Völklinger Straße 4, 40219 Düsseldorf",
            size=8.5,
        )
    )
    blocks.append(P("Jede betroffene Person erhält einen eigenen Abschnitt.", size=8.5))
    w = [0.22, 0.28, 0.2, 0.3]
    for i, p in enumerate(c.persons):
        head = "Antragstellende Person" if i == 0 else f"Weitere Person ({i + 1})"
        rows = [
            [head, "", "", ""],
            ["Familienname", _caps(p.name), "Vorname(n)", p.vorname],
            [
                "Geburtsdatum",
                "" if _gone(c, i, "geburtsdatum") else fmt(p.geburtsdatum),
                "Geburtsort",
                "" if _gone(c, i, "geburtsort") else p.geburtsort,
            ],
            [
                "Staatsangehörigkeit",
                "" if _gone(c, i, "staatsangehoerigkeit") else p.staat,
                "Geschlecht",
                _sex_box(p),
            ],
        ]
        if i:
            rows.append(
                [
                    "Beziehung zu Person 1",
                    _rel_box(p),
                    "Familienstand",
                    "verheiratet" if p.role == "spouse" else "ledig",
                ]
            )
        blocks.append(Table(rows, w, size=9))
    blocks.append(
        Table(
            [
                ["Gemeinsame Wohnanschrift", "", "", ""],
                ["PLZ, Ort", f"{c.plz} {c.city}", "Straße, Nr.", c.street],
                [
                    "Ausländerbehörde",
                    c.abh,
                    "dortiges Az.",
                    f"{r.choice(['ABH', '32', 'Ref. 3'])}-{r.randint(10000, 99999)}",
                ],
            ],
            w,
            size=9,
        )
    )
    if c.rep is not None:
        blocks.append(
            Table(
                [
                    ["Vertretung im Verfahren", "", "", ""],
                    ["Stelle bzw. Person", _rep_name(c), "Anschrift", f"{c.rep.street}, {c.rep.city}"],
                ],
                w,
                size=9,
            )
        )
    else:
        blocks.append(
            P(f"Vertretung im Verfahren: {BOX_ON} keine – der Antrag wird selbst gestellt.", size=9)
        )
    blocks.append(P("Begründung des Antrags", bold=True, size=11))
    blocks.append(P(_opening(c, r)))
    heads = {
        "lebensgeschichte": "Lebensweg",
        "aufenthaltssituation": "Aufenthalt und Verfahren",
        "familie": "Angehörige",
        "integration": "Sprache · Beruf · Ehrenamt",
        "humanitaere_gruende": "Besondere Härte",
    }
    blocks += _reason_blocks(c, _reasons(c, r, _own(c)), heads)
    place = c.city if _own(c) else _rep_town(c)
    blocks.append(Signature(c.applicant.full if _own(c) else c.rep.person, f"{place}, {fmt(d.date)}"))
    return DocSpec(blocks, _st(r, "sans", 10.0), footer="Erhebungsblatt HFK · Blatt {p} von {n}")


# ---------- 3: a faxed letter, dense, one slash-separated record a person


@tpl("antrag", "datensatz18", SPLIT)
def antrag_datensatz18(c, d, r):
    place = c.city if _own(c) else _rep_town(c)
    blocks: list = [
        P(f"VORAB PER TELEFAX: 0211 837-2200 · {place}, {fmt(d.date)}", size=8, bold=True, after=2),
    ]
    blocks += _sender_blocks(c, r, 1 if c.rep else 0)
    blocks += _to_office(r, 1)
    blocks.append(
        P(
            f"Härtefallantrag – {_caps(c.applicant.name)} u. a."
            if len(c.persons) > 1
            else f"Härtefallantrag – {_caps(c.applicant.name)}",
            bold=True,
        )
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(
        P(
            "Betroffene (Familienname / Vorname / geb. am / in / Staatsang. / Stellung):",
            bold=True,
            after=2,
            size=9,
        )
    )
    for i, p in enumerate(c.persons):
        cells = [
            _caps(p.name),
            p.vorname,
            "k. A." if _gone(c, i, "geburtsdatum") else fmt(p.geburtsdatum),
            "k. A." if _gone(c, i, "geburtsort") else p.geburtsort,
            "k. A." if _gone(c, i, "staatsangehoerigkeit") else p.staat,
            _role_de(p, plain=True),
        ]
        blocks.append(P(" / ".join(cells), size=9, indent=8, after=1, font="mono"))
    blocks.append(P(f"Meldeanschrift: {_where(c, r, 1)}", size=9))
    if c.rep is not None:
        blocks.append(P(f"Zustellungen bitte an: {_rep_line(c)}", size=9))
    t = _reasons(c, r, _own(c))
    heads = {
        "lebensgeschichte": "1) Vorgeschichte:",
        "aufenthaltssituation": "2) Aufenthaltsrechtliche Lage:",
        "familie": "3) Familiäre Situation:",
        "integration": "4) Integration:",
        "humanitaere_gruende": "5) Härtegründe:",
    }
    for topic in TOPIC_ORDER:
        if topic in c.topics and t[topic]:
            blocks.append(P(f"{heads[topic]} " + " ".join(t[topic]), size=9))
    blocks += _closing(c)
    return DocSpec(blocks, _st(r, "cond", 9.5, tight=True), footer="Fax-Blatt {p} (von {n})")


# ---------- 4: a questionnaire filled in by hand


@tpl("antrag", "fragen18", SPLIT)
def antrag_fragen18(c, d, r):
    own = _own(c)
    hand = "italic"
    blocks: list = [
        P("Fragebogen für einen Antrag an die Härtefallkommission NRW", bold=True, size=13, after=0),
        P(
            "Bitte gut lesbar ausfüllen. Der ausgefüllte Bogen gilt als Antrag nach § 23a AufenthG und geht an: "
            "Geschäftsstelle der Härtefallkommission, Völklinger Str. 4, 40219 Düsseldorf.",
            size=8.5,
        ),
        Rule(0.6),
    ]

    def q(n: int, text: str, answer: list[str]) -> None:
        blocks.append(P(f"{n}. {text}", bold=True, size=9.5, after=1))
        if not answer:
            blocks.append(P("______________________________________________", size=9.5, after=6))
        for line in answer:
            blocks.append(P(line, font=hand, size=11, indent=12, after=2))

    a = c.applicant
    q(
        1,
        "Wer schreibt diesen Antrag? (Name, Anschrift, Telefon)",
        [
            f"{a.name} {a.vorname}, {_where(c, r, r.choice([0, 2]))}"
            if own
            else f"{c.rep.person} – {_rep_line(c)}"
        ],
    )
    people = []
    for i, p in enumerate(c.persons):
        bits = [f"{p.name} {p.vorname}"]
        if not _gone(c, i, "geburtsdatum"):
            bits.append(_dm(p.geburtsdatum))
        if not _gone(c, i, "geburtsort"):
            bits.append(p.geburtsort)
        if not _gone(c, i, "staatsangehoerigkeit"):
            bits.append(p.staat)
        rel = {"applicant": "ich" if own else "Antragsteller/in", "spouse": "Ehepartner", "child": "Kind"}[
            p.role
        ]
        people.append("   ".join(bits) + f"   ({rel})")
    q(
        2,
        "Für wen gilt der Antrag? Jede Person mit Name, Vorname, Geburtstag, Geburtsort, Staatsangehörigkeit",
        people,
    )
    if not own:
        q(3, "Wo wohnt die Familie?", [_where(c, r, 0)])
    q(
        4 if not own else 3,
        "Hilft Ihnen jemand? Gibt es eine Vollmacht?",
        ["nein, ich mache das selbst" if own else f"ja – {_rep_name(c)}, Vollmacht liegt bei"],
    )
    n = 5 if not own else 4
    q(n, "Welche Ausländerbehörde ist zuständig?", [_abh_of(c.abh) if r.random() < 0.5 else c.abh])
    t = _reasons(c, r, own)
    questions = [
        (
            "lebensgeschichte",
            "Woher kommen Sie, wie verlief Ihr Leben bis zur Einreise, wann kamen Sie nach Deutschland?",
        ),
        ("aufenthaltssituation", "Welche Papiere haben Sie heute? Welche Verfahren gab oder gibt es?"),
        ("familie", "Welche Angehörigen leben in Deutschland, welche im Heimatland?"),
        ("integration", "Deutschkenntnisse, Arbeit oder Ausbildung, Schule der Kinder, Ehrenamt?"),
        ("humanitaere_gruende", "Warum ist eine Rückkehr für Sie nicht zumutbar (auch Krankheiten)?"),
    ]
    for k, (topic, text) in enumerate(questions, n + 1):
        q(k, text, t[topic] if topic in c.topics else [])
    blocks.append(Space(6))
    place = c.city if own else _rep_town(c)
    blocks.append(P(f"Ort, Datum:  {place}, {_dm(d.date)}", font=hand, size=11))
    blocks.append(Signature(a.full if own else c.rep.person, "Unterschrift"))
    return DocSpec(blocks, _st(r, "sans", 10.0), footer="Fragebogen HFK, Seite {p}")


# ---------- 5: a two-column letter, the persons in the left margin


@tpl("antrag", "spalten18", SPLIT)
def antrag_spalten18(c, d, r):
    own = _own(c)
    left: list[str] = ["Betroffene Personen"]
    for i, p in enumerate(c.persons):
        lines = [f"{p.vorname} {_caps(p.name)}"]
        bits = []
        if not _gone(c, i, "geburtsdatum"):
            bits.append(f"* {_birth(p, r.choice([0, 2]))}")
        if not _gone(c, i, "geburtsort"):
            bits.append(p.geburtsort)
        if bits:
            lines.append(", ".join(bits))
        if not _gone(c, i, "staatsangehoerigkeit"):
            lines.append(f"StA {p.staat}")
        left.append("\n".join(lines))
    left.append(f"Anschrift\n{c.street}\n{c.plz} {c.city}")
    left.append(f"Ausländerbehörde\n{c.abh}")
    if c.rep is not None:
        left.append(f"Vertreten durch\n{_rep_name(c)}\n{c.rep.street}\n{c.rep.city}")
    t = _reasons(c, r, own)
    right = [_opening(c, r)] + [" ".join(t[k]) for k in TOPIC_ORDER if k in c.topics and t[k]]
    right.append("Über eine kurze Eingangsnachricht freuen wir uns." if not own else "Danke für Ihre Zeit.")
    place = c.city if own else _rep_town(c)
    blocks = _sender_blocks(c, r, 0)
    blocks += _to_office(r, 2)
    blocks.append(P(f"{place}, den {fmt_long(d.date)}", align="right"))
    blocks.append(P("Härtefallantrag nach § 23a Aufenthaltsgesetz", bold=True, size=12))
    rows = [[lft, rgt] for lft, rgt in zip_longest(left, right, fillvalue="")]
    blocks.append(_bare(rows, [0.3, 0.7], 9.5))
    blocks += _closing(c)
    return DocSpec(blocks, _st(r, "serif", 10.0), footer="Seite {p} von {n}")


# ---------- 6: a printed form: values on the line, the caption under it


def _caption_rows(values: list[str], captions: list[str]) -> list[list[str]]:
    return [values, [f"({x})" if x else "" for x in captions]]


def _bare(rows: list[list[str]], widths: list[float], size: float | None = None) -> Table:
    """A table without frame or header: aligned columns only."""
    return Table(rows, widths, header=False, grid=False, size=size)


def _lines_over_captions(values: list[str], captions: list[str]) -> Table:
    """Signature lines: what was written above, what the line is for below it."""
    return _bare([values, captions], [1 / len(values)] * len(values))


@tpl("antrag", "unterzeile18", SPLIT)
def antrag_unterzeile18(c, d, r):
    own = _own(c)
    blocks: list = [
        P(
            "Formblatt Härtefallersuchen – Angaben und Begründung",
            bold=True,
            size=13,
            align="center",
            after=0,
        ),
        P(
            "(§ 23a des Aufenthaltsgesetzes – Härtefallkommission Nordrhein-Westfalen)",
            size=8.5,
            align="center",
        ),
        Space(4),
    ]
    for i, p in enumerate(c.persons):
        rows = _caption_rows(
            [_caps(p.name), p.vorname, "" if _gone(c, i, "geburtsdatum") else fmt(p.geburtsdatum)],
            ["Familienname", "Vorname", "Geburtsdatum"],
        ) + _caption_rows(
            [
                "" if _gone(c, i, "geburtsort") else p.geburtsort,
                "" if _gone(c, i, "staatsangehoerigkeit") else p.staat,
                {"applicant": "selbst", "spouse": "Ehegatte", "child": "Kind"}[p.role],
            ],
            ["Geburtsort", "Staatsangehörigkeit", "Verhältnis zum Antragsteller"],
        )
        blocks.append(P(f"Person {i + 1}", bold=True, size=9, after=0))
        blocks.append(_bare(rows, [0.36, 0.32, 0.32], 9.5))
        blocks.append(Rule(0.3))
    blocks.append(
        Table(
            _caption_rows(
                [c.street, f"{c.plz} {c.city}", ""], ["Straße, Hausnummer", "Postleitzahl, Wohnort", ""]
            )
            + _caption_rows([c.abh, "", ""], ["zuständige Ausländerbehörde", "", ""]),
            [0.36, 0.32, 0.32],
            header=False,
            grid=False,
            size=9.5,
        )
    )
    if c.rep is not None:
        blocks.append(
            Table(
                _caption_rows(
                    [_rep_name(c), c.rep.street, c.rep.city], ["Bevollmächtigte/r", "Straße", "PLZ Ort"]
                ),
                [0.36, 0.32, 0.32],
                header=False,
                grid=False,
                size=9.5,
            )
        )
    blocks.append(Rule(0.8))
    blocks.append(P("Begründung", bold=True))
    blocks.append(P(_opening(c, r)))
    blocks += _reason_blocks(c, _reasons(c, r, own), None)
    place = c.city if own else _rep_town(c)
    blocks.append(
        _bare(_caption_rows([f"{place}, {fmt(d.date)}", ""], ["Ort, Datum", "Unterschrift"]), [0.5, 0.5])
    )
    blocks.append(P(c.applicant.full if own else f"{c.rep.person} ({_rep_name(c)})", size=9))
    return DocSpec(blocks, _st(r, "sans"), footer="– {p} ({n}) –")


# ---------- 7: a letter that introduces each person inside the account of the family's status


def _came_into_world(c: Case, i: int, own: bool) -> str:
    p = c.persons[i]
    when = "" if _gone(c, i, "geburtsdatum") else f" am {_birth(p, i % 3)}"
    where = "" if _gone(c, i, "geburtsort") else f" in {p.geburtsort}"
    nat = not _gone(c, i, "staatsangehoerigkeit")
    if p.role == "applicant":
        lead = f"Ich selbst, {p.full}," if own else f"{'Herr' if p.sex == 'm' else 'Frau'} {p.full}"
        tail = (
            (
                f"; ich besitze die {p.staat}e Staatsangehörigkeit"
                if own
                else f" und ist {p.staat}er Staatsangehöriger"
                if p.sex == "m"
                else f" und ist {p.staat}e Staatsangehörige"
            )
            if nat
            else ""
        )
        return f"{lead} kam{when}{where} zur Welt{tail}."
    if p.role == "spouse":
        lead = (
            ("Meine Frau" if p.sex == "f" else "Mein Mann")
            if own
            else ("Die Ehefrau" if p.sex == "f" else "Der Ehemann")
        )
        tail = (
            (f", {'sie' if p.sex == 'f' else 'er'} besitzt ebenfalls die {p.staat}e Staatsangehörigkeit")
            if nat
            else ""
        )
        return f"{lead} {p.full} wurde{when}{where} geboren{tail}."
    lead = (
        ("Unser Sohn" if p.sex == "m" else "Unsere Tochter")
        if own
        else ("Der Sohn" if p.sex == "m" else "Die Tochter")
    )
    paren = f" (Staatsangehörigkeit {p.staat})" if nat else ""
    return f"{lead} {p.vorname} {p.name}{paren} kam{when}{where} zur Welt."


@tpl("antrag", "zurwelt18", SPLIT)
def antrag_zurwelt18(c, d, r):
    own = _own(c)
    t = _reasons(c, r, own)
    people = [_came_into_world(c, i, own) for i in range(len(c.persons))]
    many = len(c.persons) > 1
    where = _where(c, r, r.choice([0, 3]))
    if own:
        home = f"{'Wir wohnen' if many else 'Ich wohne'} unter folgender Adresse: {where}."
    else:
        home = f"{'Alle wohnen gemeinsam' if many else 'Wohnhaft ist ' + _sir(c.applicant)} unter folgender Adresse: {where}."
    t["aufenthaltssituation"] = people + [home] + t["aufenthaltssituation"]
    blocks = _letter_top(
        c, d, r, 2, f"Wir bitten um Prüfung als Härtefall – {'Familie ' if many else ''}{c.applicant.name}"
    )
    if c.rep is not None:
        blocks.append(P(f"Schreiben von: {_rep_line(c)}", size=9))
    heads = {
        "lebensgeschichte": "Wie alles begann",
        "aufenthaltssituation": "Wer wir sind und wie wir hier leben"
        if own
        else "Die Personen und ihr Status",
        "familie": "Bindungen",
        "integration": "Unser Alltag in Deutschland" if own else "Integration",
        "humanitaere_gruende": "Was eine Abschiebung bedeuten würde",
    }
    blocks += _reason_blocks(c, t, heads)
    blocks += _closing(c)
    return DocSpec(blocks, _st(r), footer=None)


# ---------- English 1: a statement in numbered paragraphs


def _en_person(c: Case, i: int, us: bool) -> str:
    p = c.persons[i]
    bits = []
    if not _gone(c, i, "geburtsdatum"):
        bits.append(f"born {_en_us(p.geburtsdatum) if us else fmt_en(p.geburtsdatum)}")
    if not _gone(c, i, "geburtsort"):
        bits.append(f"in {p.geburtsort}" if bits else f"born in {p.geburtsort}")
    text = f"{p.vorname} {_caps(p.name)}" + (", " + " ".join(bits) if bits else "")
    if not _gone(c, i, "staatsangehoerigkeit"):
        text += f", {c.natinfo['en']} national"
    return text


@tpl("antrag", "en_statement18", SPLIT)
def antrag_en_statement18(c, d, r):
    t = _reasons_en(c, r)
    blocks: list = [
        P("STATEMENT IN SUPPORT OF A HARDSHIP REQUEST", bold=True, size=12, align="center", after=0),
        P(
            "addressed to the Härtefallkommission NRW (§ 23a AufenthG), Geschäftsstelle",
            size=9,
            align="center",
        ),
        P("Völklinger Str. 4, 40219 Düsseldorf", size=9, align="center"),
        Space(6),
        P(
            f"1. I, {_en_person(c, 0, False)}, of {c.street}, {c.plz} {c.city}, make this statement and ask the Commission to take up my case."
        ),
    ]
    if len(c.persons) > 1:
        blocks.append(P("2. This request covers these relatives as well:", after=2))
        for k, i in enumerate(range(1, len(c.persons))):
            p = c.persons[i]
            blocks.append(
                P(f"({'abcdefg'[k]}) my {_role_en(p)} {_en_person(c, i, True)};", indent=16, after=2)
            )
        blocks.append(P("All of us live at the address given above.", indent=16))
    n = 3 if len(c.persons) > 1 else 2
    for topic in TOPIC_ORDER:
        if topic in c.topics and t[topic]:
            blocks.append(P(f"{n}. " + " ".join(t[topic])))
            n += 1
    blocks.append(P(f"{n}. I believe that the facts in this statement are true."))
    blocks.append(Signature(c.applicant.full, f"Signed at {c.city} on {fmt_en(d.date)}"))
    return DocSpec(blocks, _st(r, "serif"), footer="statement, sheet {p}/{n}")


# ---------- English 2: an e-mail-like letter with coded lines (DOB / POB / NAT)


@tpl("antrag", "en_codes18", SPLIT)
def antrag_en_codes18(c, d, r):
    t = _reasons_en(c, r)
    a = c.applicant
    blocks: list = [
        P(f"From: {a.full}, {c.street}, {c.plz} {c.city}", size=9, after=0),
        P(
            "To: Härtefallkommission NRW, Geschäftsstelle, Völklinger Str. 4, 40219 Düsseldorf",
            size=9,
            after=0,
        ),
        P(f"Date: {fmt_en(d.date)}", size=9, after=0),
        P(
            f"Subject: hardship request for {'the ' + _caps(a.name) + ' family' if len(c.persons) > 1 else a.full}",
            size=9,
            bold=True,
        ),
        Rule(0.5),
        P("Dear Commissioners,"),
        P(
            "English is the language in which I can explain our situation best, so I chose it for this letter. It is our application under § 23a AufenthG."
        ),
        P("PERSONS IN THIS REQUEST", bold=True, after=2),
    ]
    for i, p in enumerate(c.persons):
        parts = [f"{_caps(p.name)}, {p.vorname}"]
        if not _gone(c, i, "geburtsdatum"):
            parts.append(f"DOB {fmt_en(p.geburtsdatum) if i % 2 == 0 else _en_us(p.geburtsdatum)}")
        if not _gone(c, i, "geburtsort"):
            parts.append(f"POB {p.geburtsort}")
        if not _gone(c, i, "staatsangehoerigkeit"):
            parts.append(f"NAT {c.natinfo['en']}")
        parts.append(f"REL {_role_en(p)}")
        blocks.append(P(" ; ".join(parts), font="mono", size=9, indent=6, after=1))
    blocks.append(P(f"Home address of all persons: {c.street}, {c.plz} {c.city}"))
    heads = {
        "lebensgeschichte": "Origin",
        "aufenthaltssituation": "Papers and procedures",
        "familie": "Relatives",
        "integration": "Daily life in Germany",
        "humanitaere_gruende": "If we were sent back",
    }
    blocks += _reason_blocks(c, t, heads)
    blocks.append(P("With respect and many thanks,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _st(r, "sans"))


# ============================ bamf_bescheid ============================


def _hearing(c: Case):
    return c.asylum_applied + timedelta(days=21 + len(c.applicant.vorname) * 3)


def _vg_city(c: Case) -> str:
    return (
        c.court_name.replace("Verwaltungsgericht ", "")
        if c.court_name
        else N.COURTS[len(c.applicant.name) % len(N.COURTS)]
    )


BAMF18_FACTS = [
    "Die Person – Staatsangehörigkeit {staat} – reiste ihren Angaben zufolge am {entry} ein. Asyl wurde am {applied} förmlich beantragt, angehört wurde sie am {hearing}.",
    "Zu ihren Fluchtgründen gab sie an, nach einem Streit mit Angehörigen einer einflussreichen Familie in {land} um ihr Leben gefürchtet zu haben. Weitere Übergriffe schilderte sie nicht; staatliche Stellen habe sie nicht um Hilfe gebeten.",
]
BAMF18_REASONS = [
    "Flüchtlingsschutz scheidet aus. Eine Verfolgung, die an eines der in § 3 Abs. 1 AsylG genannten Merkmale anknüpft, ist weder vorgetragen noch sonst erkennbar; der geschilderte Konflikt ist privater Natur.",
    "Hinzu kommt, dass der Vortrag wenig glaubhaft ist. Zeitpunkt und Ablauf der Ausreise wurden im Verlauf der Anhörung mehrfach unterschiedlich dargestellt; auf Nachfragen blieben die Antworten oberflächlich und ohne Details.",
    "Für subsidiären Schutz (§ 4 AsylG) fehlt es an den Voraussetzungen. Dass der antragstellenden Person nach der Rückkehr mit beachtlicher Wahrscheinlichkeit Folter, unmenschliche Behandlung oder die Todesstrafe drohen, ist nicht erkennbar; ein innerstaatlicher bewaffneter Konflikt, der jede Zivilperson schon wegen ihrer Anwesenheit gefährden würde, herrscht in der Herkunftsregion nicht.",
    "Nach § 60 Abs. 5 AufenthG i. V. m. Art. 3 EMRK bestehen gegen die Abschiebung keine Bedenken. Die antragstellende Person befindet sich im erwerbsfähigen Alter; es ist ihr zuzumuten, das Existenzminimum durch eigene Arbeit und mit Unterstützung des familiären Umfelds zu sichern.",
    "Ein zielstaatsbezogenes Verbot wegen Gefahr für Leib, Leben oder Freiheit besteht ebenfalls nicht. Gesundheitliche Gründe sind nur behauptet; eine qualifizierte ärztliche Bescheinigung, aus der sich eine wesentliche Verschlimmerung infolge der Abschiebung ergäbe, liegt nicht vor.",
    "Ausreiseaufforderung und Androhung beruhen auf §§ 34 Abs. 1 AsylG, 59 AufenthG; die Fristlänge folgt § 38 Abs. 1 AsylG.",
    "Die Länge des Einreise- und Aufenthaltsverbots wurde nach den Umständen dieses Falles festgelegt. Schützenswerte Bindungen im Bundesgebiet, die eine kürzere Dauer rechtfertigen könnten, sind nicht bekannt geworden.",
    "Die Einschätzung der Lage im Herkunftsland beruht auf den aktuellen Lageberichten sowie den in das Verfahren eingeführten Auskünften und Berichten internationaler Organisationen.",
    "Soweit in der Anhörung auf die allgemein schwierige wirtschaftliche Lage verwiesen wurde, begründet dies keinen Schutzanspruch; die Betroffenheit teilt die antragstellende Person mit weiten Teilen der Bevölkerung.",
]
DUBLIN18 = ["Italien", "Kroatien", "Bulgarien", "Österreich", "Polen"]


def _bamf_tenor(c: Case, manifest: bool) -> list[str]:
    if c.bamf_tenor == 4:
        land = DUBLIN18[len(c.applicant.name) % len(DUBLIN18)]
        return [
            "Für das Asylverfahren ist ein anderer Mitgliedstaat zuständig; der Antrag ist unzulässig (§ 29 Abs. 1 Nr. 1 AsylG).",
            "Es wird festgestellt, dass Abschiebungsverbote nach § 60 Abs. 5 und Abs. 7 Satz 1 AufenthG nicht bestehen.",
            f"Es wird angeordnet, die antragstellende Person nach {land} abzuschieben (§ 34a AsylG).",
            "Das Einreise- und Aufenthaltsverbot nach § 11 Abs. 1 AufenthG wird angeordnet und auf 15 Monate ab dem Tag der Abschiebung befristet.",
        ]
    ou = " als offensichtlich unbegründet" if manifest else ""
    days = "einer Woche" if manifest else "30 Tagen"
    return [
        f"Flüchtlingsschutz (§ 3 AsylG) wird{ou} versagt.",
        f"Der Antrag auf Anerkennung als asylberechtigte Person wird{ou} abgelehnt.",
        "Den subsidiären Schutzstatus erhält die antragstellende Person nicht.",
        "Es wird festgestellt, dass Abschiebungsverbote nach § 60 Abs. 5 und Abs. 7 Satz 1 AufenthG nicht bestehen.",
        f"Für die Ausreise aus Deutschland bleiben der antragstellenden Person {days} ab Bekanntgabe; wird geklagt, beginnt diese Frist erst, "
        f"wenn das Gerichtsverfahren rechtskräftig beendet ist. Geht sie nicht freiwillig, droht ihr die Abschiebung {_to_land(c.natinfo['land'])} "
        "oder in ein Drittland, das sie aufnehmen muss oder will.",
        "Das Einreise- und Aufenthaltsverbot nach § 11 Abs. 1 AufenthG wird angeordnet und auf 30 Monate ab dem Tag der Abschiebung befristet.",
    ]


def _bamf_paras(c: Case, d, r: random.Random) -> list[str]:
    fill = {
        "staat": c.applicant.staat,
        "land": c.natinfo["land"],
        "entry": fmt(c.entry),
        "applied": fmt(c.asylum_applied),
        "hearing": fmt(_hearing(c)),
    }
    out = [x.format(**fill) for x in BAMF18_FACTS]
    reasons = BAMF18_REASONS[:]
    r.shuffle(reasons)
    want = d.extra.get("bamf_reasons", 6)
    for i in range(want):
        out.append(reasons[i % len(reasons)])
    return out


def _bamf_rbb(c: Case, manifest: bool) -> str:
    weeks = "einer Woche" if manifest or c.bamf_tenor == 4 else "zwei Wochen"
    return (
        f"Diese Entscheidung kann binnen {weeks} ab Zustellung mit der Klage beim Verwaltungsgericht {_vg_city(c)} angefochten werden. "
        "Wer klagt, muss sich selbst, die Beklagte und das Klageziel benennen; Klagen in anderer als deutscher Sprache wahren die Frist nicht. "
        + (
            "Wer die aufschiebende Wirkung der Klage erreichen will, stellt innerhalb dieser Woche einen Eilantrag bei demselben Gericht."
            if weeks == "einer Woche"
            else ""
        )
    )


def _bamf_addressee(c: Case) -> list[str]:
    a = c.applicant
    if c.rep is not None and c.rep.kind == "anwalt":
        return [c.rep.org, f"für {a.herr_frau()}", c.rep.street, c.rep.city]
    return [a.herr_frau(), c.street, f"{c.plz} {c.city}"]


@tpl("bamf_bescheid", "kopf18", SPLIT)
def bamf_kopf18(c, d, r):
    site = c.bamf_site
    a = c.applicant
    town = site[2].split(" ", 1)[1]
    blocks: list = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, size=12.5, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8.5),
        Space(6),
        Table(
            [
                [
                    "\n".join(_bamf_addressee(c)),
                    f"Geschäftszeichen: {c.bamf_gz}\n(bei jeder Antwort angeben)\n{town}, den {fmt(d.date)}\nSachbearbeitung: Referat 41{r.randint(1, 9)}",
                ],
            ],
            [0.55, 0.45],
            header=False,
            grid=False,
            size=9.5,
        ),
        Space(8),
        P("— BESCHEID —", bold=True, size=14, align="center"),
        P(
            f"Zum Asylbegehren von {_caps(a.name)}, {a.vorname}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, "
            f"Staatsangehörigkeit {a.staat}, ergeht die folgende Entscheidung:"
        ),
    ]
    for i, line in enumerate(_bamf_tenor(c, False), 1):
        blocks.append(P(f"{i}.  {line}", indent=16))
    blocks.append(P("Gründe", bold=True, align="center"))
    paras = _bamf_paras(c, d, r)
    blocks.append(P("I.", bold=True, after=2))
    blocks += [P(x) for x in paras[:2]]
    blocks.append(P("II.", bold=True, after=2))
    blocks += [P(x) for x in paras[2:]]
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True))
    blocks.append(P(_bamf_rbb(c, False), size=9.5))
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(P(r.choice(["Lindqvist", "Okonkwo-Baier", "Thelen", "Rademacher", "Szymańska"]), after=0))
    blocks.append(P("Entscheiderin / Entscheider", size=8.5))
    return DocSpec(blocks, _st(r, "sans", 10.0), footer="Seite {p} von {n}")


@tpl("bamf_bescheid", "offens18", SPLIT)
def bamf_offens18(c, d, r):
    site = c.bamf_site
    a = c.applicant
    manifest = c.bamf_tenor == 6
    town = site[2].split(" ", 1)[1]
    blocks: list = [
        Box(["BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", f"{site[0]} – {site[1]} – {site[2]}"], size=9),
        P(f"{town}, {fmt_long(d.date)}", align="right", after=0),
        P(f"Az.: {c.bamf_gz}", align="right", bold=True),
    ]
    blocks += [P(x, after=0) for x in _bamf_addressee(c)] + [Space(12)]
    blocks.append(P("Bescheid", bold=True, size=13))
    blocks.append(
        P(
            f"Antragsteller/in: {a.vorname} {_caps(a.name)}, * {fmt(a.geburtsdatum)}, {a.geburtsort} – {a.staat} – "
            f"wohnhaft {c.adresse}"
        )
    )
    blocks.append(P("Entscheidung:", bold=True))
    for i, line in enumerate(_bamf_tenor(c, manifest), 1):
        blocks.append(P(f"{i}) {line}", indent=10))
    blocks.append(P("Begründung", bold=True))
    paras = _bamf_paras(c, d, r)
    if manifest:
        paras.insert(
            2,
            "Die Ablehnung ergeht nach § 30 AsylG in der qualifizierten Form: Die Angaben widersprechen sich im Kern und sind mit den bekannten Tatsachen offenkundig unvereinbar.",
        )
    blocks += [P(f"{k}. {x}") for k, x in enumerate(paras, 1)]
    blocks.append(P("Hinweis zur Klagemöglichkeit", bold=True))
    blocks.append(P(_bamf_rbb(c, manifest), size=9.5))
    blocks.append(Signature(f"im Auftrag {r.choice(['Oberndörfer', 'Kalinowski', 'Hüsgen', 'Baltrusch'])}"))
    return DocSpec(
        blocks,
        _st(r, "serif", 10.0),
        footer=f"Az. {c.bamf_gz} | Bescheid vom {fmt(d.date)} | Seite {{p}} von {{n}}",
        header=f"BAMF – {c.bamf_gz}",
    )


@tpl("bamf_bescheid", "gliederung18", SPLIT)
def bamf_gliederung18(c, d, r):
    site = c.bamf_site
    a = c.applicant
    paras = _bamf_paras(c, d, r)
    blocks: list = [
        P(f"Bundesamt für Migration und Flüchtlinge – {site[0]}", bold=True, size=10.5, after=0),
        P(f"Postanschrift: {site[1]}, {site[2]}", size=8, after=8),
        Table(
            [["Gesch.-Z.", "Datum", "Herkunftsland"], [c.bamf_gz, fmt(d.date), c.natinfo["land"]]],
            [0.4, 0.3, 0.3],
            size=9,
        ),
    ]
    blocks += [P(x, after=0, size=9.5) for x in _bamf_addressee(c)] + [Space(10)]
    blocks.append(P("ASYLBESCHEID", bold=True, size=12.5, align="center"))
    blocks.append(
        P(
            f"Betroffene Person: {_caps(a.name)}, {a.vorname} – geb. {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}",
            size=9.5,
        )
    )
    blocks.append(P("Tenor", bold=True))
    for i, line in enumerate(_bamf_tenor(c, False), 1):
        blocks.append(P(f"{i}. {line}", indent=12))
    blocks.append(P("A. Sachverhalt", bold=True))
    blocks += [P(x) for x in paras[:2]]
    blocks.append(P("B. Würdigung", bold=True))
    heads = [
        "1. Flüchtlingsschutz",
        "2. Subsidiärer Schutz",
        "3. Nationale Abschiebungsverbote",
        "4. Weitere Erwägungen",
    ]
    for k, x in enumerate(paras[2:]):
        if k < len(heads):
            blocks.append(P(heads[k], bold=True, after=1, size=10))
        blocks.append(P(x))
    blocks.append(P("C. Rechtsbehelf", bold=True))
    blocks.append(P(_bamf_rbb(c, False), size=9.5))
    blocks.append(P(f"{site[2].split(' ', 1)[1]}, {fmt(d.date)} – im Auftrag", after=14))
    blocks.append(P(r.choice(["Wendelin", "Abouzeid", "Kreuzkamp", "Tomić"]), after=0))
    return DocSpec(blocks, _st(r, "cond", 10.0), footer="– Seite {p} von {n} –")


# ============================ aerztliches_gutachten ============================


def _practice_lines(c: Case, r: random.Random) -> list[str]:
    rr = random.Random(c.practice)
    return [
        c.practice,
        f"{rr.choice(N.STREETS)} {rr.randint(1, 90)}",
        c.court_city_plz(),
        f"Telefon 0{rr.randint(200, 999)} {rr.randint(10000, 999999)}",
    ]


def _patient18(c: Case, style: int) -> str:
    p = c.persons[c.ill_person]
    if style == 0:
        return f"{_caps(p.name)}, {p.vorname}, * {fmt(p.geburtsdatum)}"
    if style == 1:
        return f"{p.herr_frau()} (geb. am {fmt_long(p.geburtsdatum)})"
    return f"{p.vorname} {p.name}, Geburtsdatum {_dm(p.geburtsdatum)}, wohnhaft {c.adresse}"


def _treated_since(c: Case):
    return c.entry + timedelta(days=380 + len(c.doctor) * 5)


def _meds(c: Case, r: random.Random) -> list[str]:
    return r.sample(N.MEDICATION, 2)


@tpl("aerztliches_gutachten", "psych18", SPLIT)
def med_psych18(c, d, r):
    code, name, sev = c.diagnosis
    head = _practice_lines(c, r)
    since = _treated_since(c)
    sessions = r.randint(9, 46)
    psych = code.startswith("F")
    if psych:
        finding = r.choice(
            [
                "Bewusstseinsklar und voll orientiert, im Kontakt vorsichtig und leise. Stimmung niedergedrückt, kaum affektive Auslenkung, Grübeln, ausgeprägte Schlafstörungen mit Albträumen. Keine akute Eigengefährdung, jedoch wiederkehrende Lebensüberdrussgedanken.",
                "Im Gespräch angespannt und schreckhaft, Konzentration und Merkfähigkeit vermindert. Berichtet über sich aufdrängende Erinnerungen, Vermeidungsverhalten und nächtliches Hochschrecken.",
            ]
        )
        course = "Seit Therapiebeginn ist die Lage etwas stabiler geworden – aber nur, solange die Sitzungen weiterlaufen und das Umfeld verlässlich bleibt."
        risk = "Müsste die Therapie enden und die Person dorthin zurück, wo das Erlebte geschah, rechnen wir mit einem Rückfall und akuten Krisen."
    else:
        finding = r.choice(
            [
                "Reduzierter Allgemeinzustand, Laborwerte trotz leitliniengerechter Therapie wiederholt außerhalb des Zielbereichs; Folgeschäden beginnen sich abzuzeichnen.",
                "Wiederkehrende Ereignisse trotz Dauermedikation, zuletzt mit notfallmäßiger Vorstellung; die Einstellung ist noch nicht abgeschlossen.",
            ]
        )
        course = "Unter der laufenden Behandlung schwankender Verlauf; regelmäßige Kontrollen und eine lückenlose Versorgung mit Medikamenten sind Voraussetzung für jede Besserung."
        risk = "Bricht die Versorgung ab, drohen akute Entgleisungen mit Krankenhausaufenthalt; ob es dort, wohin die Person zurückmüsste, eine gleichwertige Versorgung gibt, ist mehr als fraglich."
    blocks: list = [
        P(head[0], bold=True, size=11, align="center", after=0),
        P(" · ".join(head[1:]), size=8, align="center"),
        Rule(0.5),
        P(
            "Psychotherapeutische Stellungnahme" if psych else "Fachärztliche Stellungnahme",
            bold=True,
            size=13,
        ),
        P(f"zur Vorlage bei der Härtefallkommission – betrifft: {_patient18(c, 0)}", size=9.5),
        P("1. Anlass", bold=True, after=1),
        P(
            "Erstellt auf Bitten der behandelten Person, die der Weitergabe zugestimmt hat. Grundlage sind ausschließlich unsere eigenen Aufzeichnungen."
        ),
        P("2. Behandlungsrahmen", bold=True, after=1),
        P(
            f"Ambulante Behandlung seit {N.MONTHS_DE[since.month - 1]} {since.year}, bislang {sessions} {'Sitzungen' if psych else 'Konsultationen'}; der letzte Termin fand am {fmt(d.date - timedelta(days=r.randint(2, 9)))} statt."
        ),
        P("3. Befund", bold=True, after=1),
        P(finding),
        P("4. Diagnose nach ICD-10-GM", bold=True, after=1),
        P(f"{code}  {name}", indent=12),
        P("5. Schweregrad und Verlauf", bold=True, after=1),
        P(f"Ausprägung: {sev}. {course}"),
        P("6. Voraussichtliche Folgen einer Rückführung", bold=True, after=1),
        P(risk),
        Space(10),
        Signature(c.doctor.replace("Dr. med.", "Dr. phil.") if "Psych" in c.practice else c.doctor),
        P(f"ausgestellt am {fmt_long(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="Seite {p} von {n}")


@tpl("aerztliches_gutachten", "entlass18", SPLIT)
def med_entlass18(c, d, r):
    code, name, sev = c.diagnosis
    head = _practice_lines(c, r)
    dis = d.date - timedelta(days=r.randint(4, 20))
    adm = dis - timedelta(days=r.randint(12, 40))
    p = c.persons[c.ill_person]
    meds = _meds(c, r)
    blocks: list = [
        P(head[0], bold=True, size=11.5, after=0),
        P(f"{head[1]}, {head[2]}", size=8.5, after=10),
        P("Ärztlicher Kurzbericht", bold=True, size=12.5),
        Table(
            [
                ["Unser Zeichen", "Behandlung", "Datum"],
                [f"{p.name[:3].upper()}-{r.randint(1000, 9999)}", f"{fmt(adm)} – {fmt(dis)}", fmt(d.date)],
            ],
            [0.3, 0.4, 0.3],
            size=9,
        ),
        P("Liebe Kolleginnen und Kollegen in der Hausarztpraxis,"),
        P(
            f"wir informieren Sie über {_patient18(c, 1)}, {'der' if p.sex == 'm' else 'die'} sich vom {fmt(adm)} bis zum {fmt(dis)} in unserer teilstationären Behandlung befand."
        ),
        P("Diagnosen:", bold=True, after=1),
        P(f"– {name} ({code})", indent=10, after=1),
        P(
            f"– {r.choice(['Eisenmangel', 'Spannungskopfschmerz', 'Lumbalgie', 'Vitamin-D-Mangel'])} (Nebendiagnose)",
            indent=10,
        ),
        P("Anamnese und Aufnahmebefund:", bold=True, after=1),
        P(
            f"Die Vorstellung erfolgte über die ambulante Praxis bei zunehmender Verschlechterung. Bei Aufnahme {r.choice(['deutlich erschöpft', 'affektiv stark belastet', 'körperlich geschwächt'])}, das Ausmaß der Beschwerden wurde als {sev} eingeordnet."
        ),
        P("Verlauf:", bold=True, after=1),
        P(
            "Im multimodalen Setting (Einzel- und Gruppengespräche, Ergotherapie, Anpassung der Medikation) besserte sich das Befinden teilweise. Ambulant sollte die Behandlung in kurzen Abständen weitergehen."
        ),
        P("Entlassmedikation:", bold=True, after=1),
        Table([["Präparat / Dosierung"], [meds[0]], [meds[1]]], [0.7], size=9),
        P("Kollegiale Grüße aus der Tagesklinik"),
        Signature(f"{c.doctor}, Oberärztin/Oberarzt"),
    ]
    return DocSpec(blocks, _st(r, "sans"), footer="Bl. {p} von {n} – Kurzbericht")


@tpl("aerztliches_gutachten", "attest18", SPLIT)
def med_attest18(c, d, r):
    code, name, sev = c.diagnosis
    head = _practice_lines(c, r)
    blocks: list = [
        Box(head, size=9),
        Space(10),
        P("ATTEST", bold=True, size=15, align="center", after=2),
        P("– ärztliche Bescheinigung für eine Behörde –", size=9, align="center"),
        P(f"Patient/in: {_patient18(c, 2)}"),
        P(
            f"Bei o. g. Person besteht eine {sev.replace('behandlungsbedürftig', 'dauerhaft behandlungsbedürftige')} Erkrankung: {name}, ICD-10 {code}. "
            f"Die Diagnose wurde durch eigene Untersuchung und die vorliegenden Fremdbefunde gesichert."
        ),
        P(
            f"Regelmäßige Kontrollen alle {r.choice(['vier', 'sechs', 'acht'])} Wochen sind erforderlich; aktuelle Medikation: {'; '.join(_meds(c, r))}."
        ),
        P("Die Behandlung abzubrechen, wäre ärztlich nicht vertretbar."),
        Signature(c.doctor, "Stempel der Praxis, Unterschrift"),
    ]
    return DocSpec(
        blocks,
        _st(r, "sans", 11.0),
        footer=f"Attest erstellt am {fmt(d.date)} – {c.practice} – Blatt {{p}}",
    )


@tpl("aerztliches_gutachten", "qualif18", SPLIT)
def med_qualif18(c, d, r):
    code, name, sev = c.diagnosis
    head = _practice_lines(c, r)
    seen = d.date - timedelta(days=r.randint(1, 6))
    p = c.persons[c.ill_person]
    rows = [
        ["1", "Person", _patient18(c, 0)],
        [
            "2",
            "Tatsächliche Umstände",
            f"Erstvorstellung {N.MONTHS_DE[_treated_since(c).month - 1]} {_treated_since(c).year}; {'er' if p.sex == 'm' else 'sie'} berichtet über anhaltende Beschwerden seit der Flucht.",
        ],
        [
            "3",
            "Methode der Erhebung",
            "Anamnese, klinische Untersuchung, strukturierte Fragebögen, Befunde Dritter",
        ],
        ["4", "Diagnose (ICD-10-GM)", f"{code} – {name}"],
        ["5", "Schweregrad", sev],
        ["6", "Behandlung", "; ".join(_meds(c, r)) + "; regelmäßige Termine"],
        ["7", "Folgen eines Abbruchs", "erhebliche Verschlechterung des Gesundheitszustands zu erwarten"],
    ]
    blocks: list = [
        P(" | ".join(head[:3]), size=8.5, after=6),
        P("Qualifizierte ärztliche Bescheinigung", bold=True, size=13, after=0),
        P("im Sinne des § 60a Abs. 2c AufenthG", size=9),
        Table([["Nr.", "Angabe", "Inhalt"]] + rows, [0.07, 0.28, 0.65], size=9.5),
        P(f"Letzte Untersuchung: {fmt(seen)}", size=9.5),
        Signature(c.doctor),
        P(f"Ausstellungsdatum: {fmt_long(d.date)}", size=9.5),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ============================ vollmacht ============================


def _principal(c: Case) -> str:
    a = c.applicant
    return f"{a.full}, geb. {fmt(a.geburtsdatum)}, {c.adresse}"


@tpl("vollmacht", "kanzlei18", SPLIT)
def vm_kanzlei18(c, d, r):
    rp = c.rep
    powers = [
        "das Auftreten vor der Härtefallkommission NRW samt Geschäftsstelle,",
        "Vertretung gegenüber Ausländerbehörden, Sozialleistungsträgern und sonstigen Stellen,",
        "Akteneinsicht bei Behörden und Gerichten,",
        "Empfang von Zustellungen und Schriftstücken aller Art,",
        "Bestellung von Vertretern (Untervollmacht).",
    ]
    blocks: list = [
        P("Mandatsvollmacht", bold=True, size=15, align="center"),
        P(f"Bevollmächtigt wird: {_rep_name(c)}, {rp.street}, {rp.city}", after=2),
        P(
            f"in Sachen: {_caps(c.applicant.name)}, {c.applicant.vorname} wegen: Härtefallverfahren gemäß § 23a AufenthG",
            bold=True,
        ),
        P("Umfang, unter anderem:", after=2),
    ]
    blocks += [P(f"{'abcde'[i]}) {x}", indent=14, after=1) for i, x in enumerate(powers)]
    blocks.append(
        P(
            "Sie reicht über sämtliche Rechtszüge und endet nicht mit dem Tod der vollmachtgebenden Person.",
            size=9,
        )
    )
    blocks.append(Signature(c.applicant.full, f"{_home(c)}, {fmt(d.date)}"))
    spouse = [p for p in c.persons if p.role == "spouse"]
    if spouse:
        blocks.append(Signature(spouse[0].full))
    return DocSpec(blocks, _st(r, "serif"))


@tpl("vollmacht", "beratung18", SPLIT)
def vm_beratung18(c, d, r):
    rp = c.rep
    lang = r.choice(["Arabisch", "Dari", "Kurmandschi", "Russisch", "Albanisch", "Englisch"])
    blocks: list = [
        P(_rep_name(c), bold=True, after=0),
        P(f"{rp.street} · {rp.city}", size=8.5),
        Rule(0.4),
        P("Auftrag und Vertretungsbefugnis", bold=True, size=13),
        P(f"Ich, {_principal(c)}, gebe den Auftrag und die Befugnis an"),
        P(f"{rp.person} ({_rep_name(c)})", indent=20, bold=True),
        P("mich in folgenden Angelegenheiten zu vertreten:"),
        P(
            f"{BOX_ON} Antrag an die Härtefallkommission NRW und alle damit zusammenhängenden Schreiben",
            indent=10,
            after=1,
        ),
        P(f"{BOX_ON} Schriftverkehr mit der Ausländerbehörde ({c.abh})", indent=10, after=1),
        P(f"{BOX_OFF} Verfahren vor Gerichten", indent=10, after=1),
        P(f"{BOX_ON} Anforderung von Unterlagen bei Ärzten, Schulen und Arbeitgebern", indent=10),
        P(
            f"Der Text dieser Vollmacht wurde mir in der Sprache {lang} erklärt. Ich kann die Vollmacht jederzeit schriftlich zurücknehmen.",
            size=9.5,
        ),
        Table(
            [
                ["Ort, Datum", "Unterschrift Vollmachtgeber/in", "Unterschrift Beratungsstelle"],
                [f"{_home(c)}, {fmt(d.date)}", "", ""],
            ],
            [0.3, 0.35, 0.35],
            size=9,
        ),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("vollmacht", "kurz18", SPLIT)
def vm_kurz18(c, d, r):
    a = c.applicant
    many = len(c.persons) > 1
    text = (
        f"Ich, {a.full}, geboren am {_dm(a.geburtsdatum)}, erlaube {c.rep.person} ({_rep_name(c)}, {c.rep.street}, {c.rep.city}), "
        f"für mich{' und meine Angehörigen' if many else ''} den Härtefallantrag zu stellen, mit den Ämtern zu sprechen und meine Post zu bekommen."
    )
    blocks: list = [
        P("Vollmacht", bold=True, size=14, font="italic"),
        P(text, font="italic", size=12),
        P("Das ist mein freier Wille.", font="italic", size=12),
        P(f"{_home(c)}, den {_dm(d.date)}", font="italic", size=12),
        Signature(a.full),
    ]
    if many:
        blocks.append(P("auch für die Kinder / Ehepartner:", size=9))
        for p in c.persons[1:]:
            if p.age_on(c.received) >= 18:
                blocks.append(Signature(p.full))
    return DocSpec(blocks, _st(r, "sans", 11.0))


# ============================ schweigepflichtsentbindung ============================


def _second_doctor(c: Case) -> tuple[str, str, str]:
    rr = random.Random("zweit" + c.case_id)
    return (
        f"Dr. med. {rr.choice(N.GERMAN_FIRST)} {rr.choice(N.GERMAN_SURNAMES)}",
        rr.choice(["Allgemeinmedizin", "Innere Medizin", "Pädiatrie", "Neurologie"]),
        f"{rr.choice(N.STREETS)} {rr.randint(1, 70)}, {c.court_city_plz()}",
    )


@tpl("schweigepflichtsentbindung", "tabelle18", SPLIT)
def sp_tabelle18(c, d, r):
    p = c.persons[c.ill_person] if c.illness else c.applicant
    doc2 = _second_doctor(c)
    blocks: list = [
        P("Schweigepflicht – Entbindungserklärung", bold=True, size=13, after=0),
        P("gültig allein für den Härtefallantrag (HFK NRW)", size=9),
        Rule(0.5),
        P(f"Patientin / Patient: {_caps(p.name)}, {p.vorname}, geboren {fmt(p.geburtsdatum)}"),
        P(
            "Ich entbinde die folgenden behandelnden Personen und Einrichtungen von ihrer Schweigepflicht:",
            after=2,
        ),
        Table(
            [
                ["Name", "Fachgebiet", "Anschrift"],
                [c.doctor, "behandelnd", c.practice],
                list(doc2),
            ],
            [0.3, 0.25, 0.45],
            size=9,
        ),
        P("Sie dürfen Auskünfte erteilen und Befunde übermitteln an:", after=2),
        P(
            f"{BOX_ON} die Härtefallkommission und ihre Geschäftsstelle   {BOX_ON} die ärztliche Vertrauensperson der Kommission   "
            f"{BOX_ON if c.rep else BOX_OFF} meine Vertretung{' (' + _rep_name(c) + ')' if c.rep else ''}",
            size=9.5,
        ),
        P(
            "Die Erklärung gilt nur für dieses Verfahren. Ich kann sie jederzeit für die Zukunft widerrufen.",
            size=9.5,
        ),
        Signature(
            p.full if p.age_on(c.received) >= 18 else f"{c.applicant.full} (handelnd für {p.vorname})",
            f"{_home(c)}, {fmt(d.date)}",
        ),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schweigepflichtsentbindung", "erklaerung18", SPLIT)
def sp_erklaerung18(c, d, r):
    p = c.persons[c.ill_person] if c.illness else c.applicant
    minor = p.age_on(c.received) < 18
    a = c.applicant
    if minor:
        lead = f"Als {'Vater' if a.sex == 'm' else 'Mutter'} und gesetzliche{'r' if a.sex == 'm' else ''} Vertreter{'in' if a.sex == 'f' else ''} von {p.full} (geb. {fmt_long(p.geburtsdatum)}) erkläre ich:"
    else:
        lead = f"Ich, {p.full}, geboren am {fmt_long(p.geburtsdatum)}, erkläre:"
    blocks: list = [
        P(f"{a.full}\n{c.street}\n{c.plz} {c.city}", size=9.5),
        Space(8),
        P("Erklärung zur ärztlichen Schweigepflicht", bold=True, size=12),
        P(lead),
        P(
            f"{c.doctor} ({c.practice}) und alle Ärztinnen, Ärzte und Therapeuten, die mich{' bzw. mein Kind' if minor else ''} behandelt haben oder behandeln, "
            "dürfen den Mitgliedern der Härtefallkommission und ihrer Geschäftsstelle alle Auskünfte über Krankheiten, Diagnosen und Behandlungen geben, "
            "die für den Härtefallantrag wichtig sind. Insoweit befreie ich sie von der Pflicht zur Verschwiegenheit."
        ),
        P("Zurücknehmen kann ich diese Befreiung jederzeit; schon erteilte Auskünfte bleiben wirksam."),
        Signature(a.full if minor else p.full, f"{_home(c)}, {_dm(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "serif", 11.0))


@tpl("schweigepflichtsentbindung", "klinik18", SPLIT)
def sp_klinik18(c, d, r):
    p = c.persons[c.ill_person] if c.illness else c.applicant
    blocks: list = [
        P(c.practice, bold=True, size=10, after=0),
        P("Formular 7b – Entbindung von der Schweigepflicht (§ 203 StGB)", size=8.5, after=8),
        Table(
            [["Familienname", "Vorname", "Geburtsdatum"], [_caps(p.name), p.vorname, fmt(p.geburtsdatum)]],
            [0.4, 0.3, 0.3],
            size=9.5,
            grid=True,
        ),
        P("Übermittelt werden dürfen:", bold=True, after=2),
        P(
            f"{BOX_ON} Diagnosen und Befunde   {BOX_ON} Behandlungsverlauf   {BOX_ON} Medikation   {BOX_OFF} vollständige Krankenakte",
            size=9.5,
        ),
        P("Empfänger:", bold=True, after=2),
        P(
            "Geschäftsstelle der Härtefallkommission beim MKJFGFI NRW, Völklinger Str. 4, 40219 Düsseldorf",
            size=9.5,
        ),
        P(
            "Zweck: Prüfung des Härtefallantrags. Andere Empfänger deckt diese Erklärung nicht. Widerruf jederzeit.",
            size=9.5,
        ),
        Table([["Datum", "Unterschrift"], [fmt(d.date), ""]], [0.4, 0.6], size=9.5),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ============================ datenschutzeinwilligung ============================


def _signers(c: Case) -> list[list[str]]:
    rows = [["Name, Vorname", "geboren am", "Unterschrift"]]
    for p in c.persons:
        if p.age_on(c.received) >= 16:
            rows.append([f"{p.name}, {p.vorname}", fmt(p.geburtsdatum), ""])
    return rows


@tpl("datenschutzeinwilligung", "amt18", SPLIT)
def ds_amt18(c, d, r):
    blocks: list = [
        P("Einwilligung zur Datenverarbeitung (Härtefallverfahren)", bold=True, size=12.5),
        P("gegenüber der Geschäftsstelle der HFK in Düsseldorf", size=9.5),
        P(
            "Ich weiß, dass die Geschäftsstelle meine personenbezogenen Daten für die Bearbeitung des Antrags braucht, darunter auch "
            "besonders geschützte Angaben wie solche zur Gesundheit, und dass sie diese Daten – soweit für die Entscheidung erforderlich – "
            "den Kommissionsmitgliedern, der Ausländerbehörde und weiteren beteiligten Stellen zugänglich macht."
        ),
        P(
            "Rechtsgrundlage ist meine Einwilligung nach Art. 6 Abs. 1 Buchst. a und Art. 9 Abs. 2 Buchst. a DSGVO."
        ),
        P(
            "Ich gebe diese Einwilligung freiwillig. Widerrufen kann ich sie, wann ich will, mit Wirkung nur für die Zukunft. Fehlt die Einwilligung, lässt sich der Antrag womöglich nicht prüfen."
        ),
        Table(_signers(c), [0.4, 0.25, 0.35], size=9.5),
        P(f"Ort/Datum: {_home(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("datenschutzeinwilligung", "ankreuz18", SPLIT)
def ds_ankreuz18(c, d, r):
    a = c.applicant
    cats = [
        ("Angaben zu Identität und Anschrift", True),
        ("Angaben zu Aufenthalt und Verfahren", True),
        ("Befunde, Atteste, Diagnosen", c.illness),
        ("Straf- und Ermittlungssachen", c.criminal),
        ("Schul- und Arbeitsunterlagen", True),
    ]
    rows = [["Datenart", "ja", "nein"]] + [
        [x, BOX_ON if on else BOX_OFF, BOX_OFF if on else BOX_ON] for x, on in cats
    ]
    blocks: list = [
        P("DATENSCHUTZ – EINWILLIGUNG", bold=True, size=13, align="center"),
        P(f"Name: {a.full}    Geburtsdatum: {fmt(a.geburtsdatum)}", size=10),
        P(
            "Ich willige ein, dass folgende personenbezogene Daten für meinen Härtefallantrag verarbeitet und an die Härtefallkommission übermittelt werden (Art. 6, 9 DSGVO):"
        ),
        Table(rows, [0.7, 0.15, 0.15], size=9.5),
        P(
            "Man hat mir erklärt: Ich darf die Einwilligung ohne Begründung zurückziehen, formlos per Brief oder E-Mail an die Geschäftsstelle."
        ),
        Signature(a.full, f"{_home(c)}, {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("datenschutzeinwilligung", "zweisprachig18", SPLIT)
def ds_zweisprachig18(c, d, r):
    rows = [
        ["Einverständnis mit der Nutzung meiner Daten", "My agreement to the use of my data"],
        [
            "Meine Angaben und die meiner Angehörigen dürfen im Härtefallverfahren genutzt werden, einschließlich Gesundheitsangaben.",
            "Information about me and my relatives may be used in the hardship procedure, health information included.",
        ],
        [
            "Weitergabe an: Kommission, Geschäftsstelle, Ausländerbehörde.",
            "Shared with: the Commission, its office, the immigration authority.",
        ],
        [
            "Ein Widerruf ist möglich, wann immer ich will (Art. 7 Abs. 3 DSGVO).",
            "I can take this agreement back whenever I want (Art. 7(3) GDPR).",
        ],
    ]
    a = c.applicant
    blocks: list = [
        Table(rows, [0.5, 0.5], header=True, grid=False, size=9.5),
        Rule(0.4),
        P(f"Name, Vorname / name: {a.name}, {a.vorname}"),
        P(f"Geboren am / born on: {fmt(a.geburtsdatum)}"),
        Signature(a.full, f"{_home(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ lebenslauf ============================


def _cv18(c: Case) -> list[tuple[str, str]]:
    a = c.applicant
    y = a.geburtsdatum.year
    rows = [
        (fmt(a.geburtsdatum), f"Geburt in {a.geburtsort} ({c.natinfo['land']})"),
        (f"09/{y + 6} – 06/{y + 15}", "Grund- und Mittelschule am Heimatort"),
        (f"{y + 16} – {c.entry.year - 1}", "Mitarbeit im Familienbetrieb, später Gelegenheitsarbeiten"),
        (fmt(c.entry), "Einreise (Deutschland)"),
    ]
    if c.asylum:
        rows += [(fmt(c.asylum_applied), "Asylantrag gestellt"), (fmt(c.bamf_date), "BAMF lehnt ab")]
    else:
        rows.append((f"{c.entry.year}", f"Visum, Zweck: {c.visa_purpose}"))
    rows.append((f"{c.entry.year + 1}", "Integrationskurs mit Orientierungskurs"))
    if c.job:
        rows.append((f"seit {c.entry.year + 2}", f"{c.job} bei {c.employer}"))
    return rows


@tpl("lebenslauf", "sektionen18", SPLIT)
def cv_sektionen18(c, d, r):
    a = c.applicant
    rows = _cv18(c)
    blocks: list = [
        P("Tabellarischer Lebenslauf", bold=True, size=14, align="center"),
        Table(
            [
                ["Name", a.full],
                ["geboren", f"{fmt(a.geburtsdatum)} in {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P("Herkunft und Schule", bold=True, after=2),
        _bare([list(x) for x in rows[:3]], [0.3, 0.7]),
        P("Flucht und Ankunft", bold=True, after=2),
        _bare([list(x) for x in rows[3:]], [0.3, 0.7]),
        P(f"{_home(c)}, {fmt(d.date)}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("lebenslauf", "rueckwaerts18", SPLIT)
def cv_rueckwaerts18(c, d, r):
    a = c.applicant
    rows = list(reversed(_cv18(c)))
    blocks: list = [
        P("Mein Lebenslauf (das Neueste zuerst)", bold=True, size=13, font="italic"),
        P(f"{a.full} – {c.street}, {c.plz} {c.city}", font="italic"),
    ]
    for when, what in rows:
        blocks.append(P(f"{when}:  {what}", font="italic", size=11.5, after=3))
    blocks.append(P(f"geschrieben am {_dm(d.date)}", font="italic"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _st(r, "sans", 11.0))


# ============================ sprachnachweis ============================


@tpl("sprachnachweis", "dtz18", SPLIT)
def sprach_dtz18(c, d, r):
    a = c.applicant
    level = r.choice(["B1", "B1", "A2"])
    blocks: list = [
        P("Prüfzentrum Sprachforum Rhein-Ruhr gGmbH", size=9, align="right"),
        P("Deutsch-Test für Zuwanderer", bold=True, size=15, align="center", after=0),
        P("Ergebnismitteilung", size=11, align="center"),
        Table(
            [
                ["Teilnehmer/in", f"{_caps(a.name)}, {a.vorname}"],
                ["Geburtsangaben", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                ["Prüfungstermin", fmt(d.date - timedelta(days=35))],
            ],
            [0.35, 0.65],
            header=False,
        ),
        Table(
            [
                ["Prüfungsteil", "erreichtes Niveau"],
                ["Hören/Lesen", level],
                ["Schreiben", r.choice(["B1", "A2"])],
                ["Sprechen", level],
            ],
            [0.6, 0.4],
        ),
        P(f"Gesamtergebnis: {level} (GER)", bold=True),
        P(f"Ausgestellt: {fmt(d.date)}", size=9.5),
        Signature("Prüfungsleitung"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sprachnachweis", "kurstraeger18", SPLIT)
def sprach_kurstraeger18(c, d, r):
    a = c.applicant
    blocks: list = [
        P(f"Volkshochschule {_home(c)} – Programmbereich Sprachen, DaZ", bold=True, size=10),
        Space(8),
        P("Teilnahmebestätigung Integrationskurs", bold=True, size=12.5),
        P(
            f"{a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, besuchte zwischen {fmt(d.date - timedelta(days=300))} und {fmt(d.date - timedelta(days=20))} "
            f"regelmäßig den allgemeinen Integrationskurs (700 Stunden à 45 Minuten einschließlich Orientierungsteil)."
        ),
        P(f"Abschlusstest „Leben in Deutschland“: bestanden, {r.randint(17, 32)}/33 Punkte."),
        P("Die Teilnahme am Abschlusstest Deutsch ist erfolgt; das Zertifikat wird gesondert übersandt."),
        P(f"{_home(c)}, {fmt_long(d.date)}"),
        Signature("Kursleitung"),
    ]
    return DocSpec(blocks, _st(r))


# ============================ arbeitsnachweis ============================


def _worker_line(c: Case) -> str:
    a = c.applicant
    return f"{a.full}, geb. {fmt(a.geburtsdatum)}, {c.adresse}"


@tpl("arbeitsnachweis", "vertrag18", SPLIT)
def arbeit_vertrag18(c, d, r):
    start = d.date + timedelta(days=14)
    wage = r.choice(["13,50", "14,10", "15,25", "16,00"])
    paras = [
        (
            "§ 1 Beginn",
            f"Beschäftigungsbeginn ist der {fmt(start)}; eine Probezeit von sechs Monaten wird vereinbart.",
        ),
        ("§ 2 Aufgaben", f"Tätigkeit: {c.job}, nach Weisung der Betriebsleitung."),
        ("§ 3 Stunden", f"Pro Woche werden {r.choice([30, 35, 38.5, 40])} Stunden gearbeitet."),
        ("§ 4 Lohn", f"Je Stunde werden {wage} Euro brutto gezahlt, fällig jeweils am Monatsletzten."),
        ("§ 5 Erholungsurlaub", "Jährlich stehen 26 Urlaubstage zu."),
        (
            "§ 6 Erlaubnisvorbehalt",
            "Arbeitsbeginn setzt voraus, dass die Ausländerbehörde die Tätigkeit gestattet hat.",
        ),
    ]
    blocks: list = [
        P("Arbeitsvertrag", bold=True, size=14),
        P("zwischen", after=2),
        P(c.employer, indent=20, bold=True),
        P("– Arbeitgeber –", indent=20),
        P("und", after=2),
        P(_worker_line(c), indent=20),
        P("– Beschäftigte/r –", indent=20),
    ]
    for head, text in paras:
        blocks += [P(head, bold=True, after=1), P(text)]
    blocks.append(_lines_over_captions([f"{_home(c)}, {fmt(d.date)}"] * 2, ["Arbeitgeber", "Beschäftigte/r"]))
    return DocSpec(blocks, _st(r, "serif"))


@tpl("arbeitsnachweis", "abrechnung18", SPLIT)
def arbeit_abrechnung18(c, d, r):
    a = c.applicant
    gross = r.randint(1900, 2900) + r.randint(0, 99) / 100
    tax = round(gross * r.uniform(0.04, 0.1), 2)
    sv = round(gross * 0.205, 2)
    net = round(gross - tax - sv, 2)

    def eur(x: float) -> str:
        return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")

    month = N.MONTHS_DE[(d.date.month - 2) % 12]
    blocks: list = [
        P(c.employer, bold=True),
        P(
            f"Entgeltabrechnung {month} {d.date.year if d.date.month > 1 else d.date.year - 1}",
            bold=True,
            size=12,
        ),
        P(
            f"Personal-Nr. {r.randint(1000, 9999)} · {a.full} · Steuerklasse {r.choice(['I', 'III', 'IV'])} · {c.job}",
            size=9,
        ),
        Table(
            [
                ["Bezeichnung", "Betrag (EUR)"],
                ["Gesamtbrutto", eur(gross)],
                ["Steuerabzüge", eur(tax)],
                ["Sozialversicherung AN-Anteil", eur(sv)],
                ["Auszahlungsbetrag netto", eur(net)],
            ],
            [0.65, 0.35],
        ),
        P(f"Erstellt am {fmt(d.date)} – maschinell erstellt, ohne Unterschrift gültig", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "mono" if r.random() < 0.5 else "cond", 9.5))


@tpl("arbeitsnachweis", "bescheinigung18", SPLIT)
def arbeit_bescheinigung18(c, d, r):
    a = c.applicant
    since = c.entry + timedelta(days=720)
    blocks: list = [
        P(c.employer, bold=True, size=12, align="center"),
        Rule(0.5),
        P("Arbeitgeberbescheinigung", bold=True, size=12),
        P(
            f"Hiermit teilen wir mit, dass {a.herr_frau()}, geb. am {fmt(a.geburtsdatum)}, seit dem {fmt(since)} als {c.job} bei uns "
            "in ungekündigter Stellung sozialversicherungspflichtig beschäftigt ist."
        ),
        P(
            f"{'Er' if a.sex == 'm' else 'Sie'} ist zuverlässig, pünktlich und im Team sehr geschätzt. Gern behalten wir {'ihn' if a.sex == 'm' else 'sie'} "
            "und zahlen bei gesichertem Aufenthalt auch eine Weiterbildung."
        ),
        P(f"{_home(c)}, den {fmt(d.date)}"),
        Signature("Personalabteilung"),
    ]
    return DocSpec(blocks, _st(r))


# ============================ ehrenamt ============================


@tpl("ehrenamt", "stunden18", SPLIT)
def ehren_stunden18(c, d, r):
    a = c.applicant
    rows = [["Zeitraum", "Tätigkeit", "Std."]]
    start = d.date - timedelta(days=400)
    for k in range(4):
        s = start + timedelta(days=90 * k)
        rows.append(
            [
                f"{N.MONTHS_DE[s.month - 1]} {s.year}",
                r.choice(
                    [
                        "Lebensmittel sortieren und verteilen",
                        "Auf- und Abbau bei Festen",
                        "Hilfe beim Training der Jugend",
                        "Neuankömmlinge zu Terminen begleiten",
                        "Reparaturen",
                    ]
                ),
                str(r.randint(8, 40)),
            ]
        )
    blocks: list = [
        P(c.club, bold=True, size=12),
        P("Bescheinigung: freiwillige Mitarbeit", bold=True),
        P(f"für {a.full}, wohnhaft {c.adresse}"),
        Table(rows, [0.3, 0.55, 0.15], size=9.5),
        P("Für die Mitarbeit wird kein Geld gezahlt. Das Team ist für jede Stunde dankbar."),
        P(f"{_home(c)}, {fmt(d.date)}"),
        Signature("Vorstand / Koordination Ehrenamt"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("ehrenamt", "mitglied18", SPLIT)
def ehren_mitglied18(c, d, r):
    a = c.applicant
    blocks: list = [
        Box([c.club, f"Mitgliedsnummer {r.randint(100, 4999)}"], size=10),
        P("Bestätigung der Mitgliedschaft", bold=True, size=12),
        P(
            f"{a.full} ist seit {N.MONTHS_DE[(c.entry.month + 5) % 12]} {c.entry.year + 1} Mitglied unseres Vereins bzw. unserer Gemeinde und "
            f"beteiligt sich regelmäßig an unseren Angeboten. Seit einiger Zeit übernimmt {'er' if a.sex == 'm' else 'sie'} ehrenamtlich feste Aufgaben."
        ),
        P(f"Ausgestellt in {_home(c)} am {fmt_long(d.date)}."),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Vorsitz"),
    ]
    return DocSpec(blocks, _st(r))


# ============================ unterstuetzerschreiben ============================


@tpl("unterstuetzerschreiben", "lehrerin18", SPLIT)
def unter_lehrerin18(c, d, r):
    a = c.applicant
    t = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks: list = [
        P(f"{t}\n{_street_of(r)}\n{_home(c)}", size=9.5),
        Space(8),
        P(f"{_home(c)}, {fmt(d.date)}", align="right"),
        P(f"Für {a.full} samt Angehörigen", bold=True),
        P("Verehrte Mitglieder der Kommission,"),
        P(
            f"ich unterrichte seit vielen Jahren Deutsch für Erwachsene und lernte {a.vorname} {a.name} {r.randint(2019, 2023)} in einem meiner Kurse kennen. "
            "Selten habe ich jemanden erlebt, der so beharrlich lernt und anderen im Kurs so selbstverständlich hilft."
        ),
        P(
            "Heute sind wir befreundet. Ich weiß, wie sehr die Familie hier angekommen ist, und halte es für richtig, "
            "ihr eine dauerhafte Perspektive zu geben. Ich unterstütze den Antrag daher ausdrücklich."
        ),
        P("Herzlich"),
        Signature(t),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("unterstuetzerschreiben", "nachbarn18", SPLIT)
def unter_nachbarn18(c, d, r):
    a = c.applicant
    rows = [["Name", "Anschrift", "Unterschrift"]]
    for _ in range(r.randint(4, 8)):
        rows.append([f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}", _street_of(r), ""])
    blocks: list = [
        P("Wir Nachbarinnen und Nachbarn unterstützen den Härtefallantrag", bold=True, size=12),
        P(
            f"Familie {a.name} lebt gleich nebenan ({c.street}). Wir erleben sie als hilfsbereit und freundlich; "
            "die Kinder spielen mit unseren Kindern, man hilft sich beim Einkaufen und im Garten. Wir wünschen uns, dass sie bleiben dürfen."
        ),
        Table(rows, [0.35, 0.4, 0.25], size=9.5),
        P(
            f"{_home(c)}, im {N.MONTHS_DE[d.date.month - 1]} {d.date.year} (Liste übergeben am {fmt(d.date)})",
            size=9.5,
        ),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("unterstuetzerschreiben", "chef18", SPLIT)
def unter_chef18(c, d, r):
    a = c.applicant
    boss = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks: list = [
        P(c.employer, bold=True, size=12, after=0),
        P("Geschäftsführung", size=9),
        Rule(0.5),
        P(f"{fmt_long(d.date)}", align="right"),
        P(f"Empfehlung für {a.herr_frau()}", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            f"als Inhaber und Geschäftsführer möchte ich mich für {a.vorname} {a.name} einsetzen. Wir haben in unserer Branche große Mühe, verlässliche Leute zu finden; "
            f"{'er' if a.sex == 'm' else 'sie'} gehört zu denen, auf die wir jeden Tag bauen."
        ),
        P(
            "Sollte die Aufenthaltsfrage geklärt werden, bieten wir sofort einen unbefristeten Vertrag an. Für Rückfragen bin ich persönlich erreichbar."
        ),
        P("Freundliche Grüße"),
        Signature(boss),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ schulnachweis ============================


def _school_year(day) -> str:
    y = day.year if day.month >= 8 else day.year - 1
    return f"{y}/{(y + 1) % 100:02d}"


@tpl("schulnachweis", "besuch18", SPLIT)
def schul_besuch18(c, d, r):
    k = _child(c, d)
    age = k.age_on(d.date)
    blocks: list = [
        P(c.school, bold=True, size=12, after=0),
        P(f"Sekretariat · {_street_of(r)} · {_home(c)}", size=8.5),
        Rule(0.4),
        P("Schulbesuchsbescheinigung", bold=True, size=12),
        Table(
            [
                ["Schülerin/Schüler", f"{k.vorname} {k.name}"],
                ["geboren am", fmt(k.geburtsdatum)],
                ["Schuljahr", _school_year(d.date)],
                ["Klasse / Gruppe", f"{max(1, age - 5)}{r.choice('abcd')}" if age >= 6 else "Vorschulgruppe"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Das Kind kommt regelmäßig zum Unterricht. Ausgestellt für die Vorlage bei einer Behörde."),
        P(f"{_home(c)}, {fmt(d.date)}"),
        Signature("Schulleitung (Siegel)"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schulnachweis", "lernbericht18", SPLIT)
def schul_lernbericht18(c, d, r):
    k = _child(c, d)
    he = "Er" if k.sex == "m" else "Sie"
    blocks: list = [
        P(c.school, align="center", size=10),
        P("Zeugnis – Bericht zur Lernentwicklung", bold=True, size=14, align="center"),
        P(
            f"für {k.vorname} {k.name}, geb. {fmt_long(k.geburtsdatum)}, Schuljahr {_school_year(d.date)}, {r.choice(['1.', '2.'])} Halbjahr",
            align="center",
        ),
        P("Lernen und Miteinander", bold=True, after=1),
        P(
            f"{k.vorname} arbeitet konzentriert und ausdauernd. {he} hält Regeln ein und geht freundlich mit anderen Kindern um."
        ),
        P("Deutsch", bold=True, after=1),
        P(
            f"{he} liest kurze Texte flüssig und versteht sie. Beim Schreiben eigener Texte macht {k.vorname} gute Fortschritte."
        ),
        P("Mathematik", bold=True, after=1),
        P(f"Im Zahlenraum bis {r.choice(['100', '1000'])} rechnet {k.vorname} sicher."),
        P(f"Fehltage: {r.randint(0, 6)} (alle entschuldigt)"),
        _lines_over_captions(
            [f"{_home(c)}, {fmt(d.date)}", "", ""], ["Datum", "Klassenleitung", "Schulleitung"]
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("schulnachweis", "kita18", SPLIT)
def schul_kita18(c, d, r):
    k = _child(c, d)
    blocks: list = [
        P(
            f"Familienzentrum Kinderhaus {r.choice(['Wirbelwind', 'Löwenzahn', 'Kleine Strolche'])}, {_home(c)}",
            bold=True,
        ),
        P("Betreuungsbestätigung", bold=True, size=12.5),
        P(
            f"Wir bescheinigen: {k.vorname} {k.name} (geb. {fmt(k.geburtsdatum)}) unsere Einrichtung seit dem {fmt(d.date - timedelta(days=r.randint(200, 700)))} "
            f"im Umfang von {r.choice([35, 45])} Stunden pro Woche besucht."
        ),
        P(f"{k.vorname} hat sich gut eingelebt und spricht im Alltag Deutsch mit den anderen Kindern."),
        P(f"{_home(c)}, {fmt(d.date)}"),
        Signature("Kita-Leitung"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ auslaenderbehoerde ============================


def _abh_letterhead(c: Case, r: random.Random) -> list:
    town = c.abh.split(" – ")[0]
    return [
        P(town, bold=True, size=12, after=0),
        P(c.abh.split(" – ")[1] if " – " in c.abh else "Ausländerangelegenheiten", size=9, after=0),
        P(
            f"{_street_of(r)} · {c.abh_plz} {c.city if c.residence == 'nrw' else c.abh.split(' – ')[0].split(' ', 1)[-1]}",
            size=8.5,
            after=10,
        ),
    ]


@tpl("auslaenderbehoerde", "bescheinigung18", SPLIT)
def abh_bescheinigung18(c, d, r):
    a = c.applicant
    until = d.date + timedelta(days=r.choice([61, 92, 183]))
    if c.gestattung:
        title = "Bescheinigung über die Aufenthaltsgestattung"
        basis = "Solange das Asylverfahren läuft, darf die Person sich hier aufhalten (§ 55 AsylG)."
    else:
        title = "Bescheinigung über die Aussetzung der Abschiebung (Duldung)"
        basis = f"Ausgesetzt bis {fmt(until)} – Rechtsgrundlage § 60a Abs. 2 AufenthG."
    rows = [
        ["Name", _caps(a.name)],
        ["Vorname(n)", a.vorname],
        ["geb. am", fmt(a.geburtsdatum)],
        ["in", a.geburtsort],
        ["StA", a.staat],
    ]
    blocks: list = [
        P(title, bold=True, size=12, align="center"),
        P("Kein Aufenthaltstitel · kein Ausweisersatz", size=8, align="center"),
        Table([["[Lichtbild]", "\n".join(f"{k}: {v}" for k, v in rows)]], [0.22, 0.78], header=False, size=9),
        P(basis),
        P("Auflagen:", bold=True, after=1),
        P(
            f"Wohnsitz: {_home(c)}. "
            + ("Beschäftigung erlaubt." if c.job else "Beschäftigung nur mit Zustimmung der Behörde.")
        ),
    ]
    if c.ausbildung and not c.gestattung:
        blocks.append(P("Grund der Aussetzung: laufende Berufsausbildung, § 60c AufenthG.", size=9.5))
    blocks += [
        P(f"Behörde: {c.abh}", size=9.5),
        P(f"Ausgestellt am {fmt(d.date)} · verlängert bis {fmt(until)}", size=9.5),
        Box(["Dienstsiegel", c.abh.split(" – ")[0]], size=8),
    ]
    return DocSpec(blocks, _st(r, "cond", 10.0))


@tpl("auslaenderbehoerde", "verfuegung18", SPLIT)
def abh_verfuegung18(c, d, r):
    a = c.applicant
    blocks = _abh_letterhead(c, r)
    blocks += [P(x, after=0) for x in (a.herr_frau(), c.street, f"{c.plz} {c.city}")] + [Space(10)]
    blocks += [
        P(
            f"Datum: {fmt(d.date)} · Aktenzeichen: {r.randint(30, 39)}.{r.randint(1, 9)}-{_caps(a.name)[:3]}-{r.randint(1000, 9999)}",
            size=9,
            align="right",
        ),
        P("Ordnungsverfügung – Ausreiseaufforderung", bold=True, size=12),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P("I. Bis zum " + fmt(d.date + timedelta(days=30)) + " haben Sie die Bundesrepublik zu verlassen."),
        P("II. Reisen Sie nicht freiwillig aus, werden Sie abgeschoben; dies wird Ihnen hiermit angedroht."),
        P("III. Die Kosten einer Abschiebung haben Sie zu tragen."),
        P("Gründe", bold=True),
        P(
            (
                "Ihr Asylverfahren ist bestandskräftig abgeschlossen. "
                if c.asylum
                else "Ihre Aufenthaltserlaubnis ist abgelaufen und wurde nicht verlängert. "
            )
            + "Sie sind damit nach § 50 AufenthG zur Ausreise verpflichtet. Gründe, die der Ausreise entgegenstehen, sind nicht vorgetragen worden."
        ),
    ]
    if c.rueckfuehrung:
        blocks.append(
            P(
                f"Termin der Abschiebung: {fmt(c.rueckfuehrung)}. Sie werden gebeten, ab 3:30 Uhr in Ihrer Wohnung anwesend zu sein."
            )
        )
    if c.s58a:
        blocks.append(
            P("Auf die Ihnen zugestellte Abschiebungsanordnung nach § 58a AufenthG wird Bezug genommen.")
        )
    blocks += [
        P("Rechtsbehelf", bold=True),
        P(
            "Gegen diese Verfügung kann innerhalb eines Monats nach Bekanntgabe beim zuständigen Verwaltungsgericht Klage erhoben werden.",
            size=9.5,
        ),
        P("Im Auftrag"),
        Signature(f"{r.choice(N.GERMAN_SURNAMES)}, Sachbearbeitung"),
    ]
    return DocSpec(blocks, _st(r, "sans"), footer="Seite {p} von {n}")


@tpl("auslaenderbehoerde", "mitwirkung18", SPLIT)
def abh_mitwirkung18(c, d, r):
    a = c.applicant
    blocks = _abh_letterhead(c, r)
    blocks += [P(x, after=0) for x in (a.herr_frau(), c.street, f"{c.plz} {c.city}")] + [Space(10)]
    blocks += [
        P(f"{_home(c)}, {fmt_long(d.date)}", align="right"),
        P("Passpflicht – Vorladung mit Unterlagen", bold=True, size=12),
        P(
            f"Nach §§ 48, 82 AufenthG müssen Sie dabei helfen, einen gültigen Pass Ihres Heimatstaates zu bekommen. "
            f"Bitte sprechen Sie bis zum {fmt(d.date + timedelta(days=28))} mit folgenden Unterlagen vor:"
        ),
        P("– Geburtsurkunde oder Personalausweis des Herkunftsstaates", indent=12, after=1),
        P("– Nachweis über die Vorsprache bei der Botschaft", indent=12, after=1),
        P("– zwei biometrische Passbilder", indent=12),
        P(
            "Werden Sie nicht tätig, kann dies ausländerrechtliche Folgen haben, insbesondere bei der Erteilung einer Beschäftigungserlaubnis."
        ),
        P("Mit freundlichen Grüßen"),
        P("Im Auftrag"),
        Signature(r.choice(N.GERMAN_SURNAMES)),
    ]
    return DocSpec(blocks, _st(r))


# ============================ gerichtsentscheidung ============================


@tpl("gerichtsentscheidung", "urteil18", SPLIT)
def court_urteil18(c, d, r):
    a = c.applicant
    asyl = c.asylum
    received_stamp = d.date + timedelta(days=r.randint(3, 12))
    gegner = (
        "die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge"
        if asyl
        else f"das Land Nordrhein-Westfalen (Behörde: {c.abh})"
    )
    kind = "Urteil" if asyl else "Beschluss"
    blocks: list = [
        Box([f"EINGEGANGEN {fmt(received_stamp)}", (c.rep.org if c.rep else "Posteingang")[:40]], size=8),
        P(c.court_name, bold=True, size=13, align="center", after=0),
        P(f"Az.: {c.court_az}", align="center"),
        P("Ausfertigung", size=9, align="right"),
    ]
    if asyl:
        blocks.append(P("IM NAMEN DES VOLKES", bold=True, align="center"))
    blocks += [
        P(kind.upper(), bold=True, size=13, align="center"),
        P(f"In dem {'Verwaltungsrechtsstreit' if asyl else 'Verfahren des vorläufigen Rechtsschutzes'}"),
        P(f"{'des' if a.sex == 'm' else 'der'} {a.full}, {c.adresse},", indent=14),
        P(
            f"– {'Klägers' if asyl and a.sex == 'm' else 'Klägerin' if asyl else 'Antragstellers' if a.sex == 'm' else 'Antragstellerin'} –",
            indent=14,
        ),
        P("gegen", indent=14),
        P(f"{gegner},", indent=14),
        P(f"– {'Beklagte' if asyl else 'Antragsgegnerin'} –", indent=14),
        P(
            f"hat die {r.randint(1, 22)}. Kammer {'auf die mündliche Verhandlung vom ' + fmt(d.date) + ' durch die Richterin als Einzelrichterin' if asyl else 'am ' + fmt(d.date)} "
            f"{'für Recht erkannt' if asyl else 'beschlossen'}:"
        ),
        P(
            "Die Klage wird in vollem Umfang abgewiesen. Kosten: zu Lasten der klagenden Partei (gerichtskostenfrei nach § 83b AsylG)."
            if asyl
            else "Vorläufiger Rechtsschutz wird versagt. Kostenlast: antragstellende Partei. Wert des Streitgegenstands: 2.500,00 €."
        ),
        P("Gründe", bold=True, align="center"),
        P(
            "Die Entscheidung des Bundesamtes ist rechtmäßig. Das Gericht hat die Angaben in der mündlichen Verhandlung gewürdigt; sie rechtfertigen keine andere Bewertung."
            if asyl
            else "Bei der gebotenen summarischen Prüfung erweist sich die Verfügung als rechtmäßig; das Vollzugsinteresse hat Vorrang."
        ),
        P(
            "Persönliche Bindungen im Bundesgebiet sind im Rahmen dieses Verfahrens nicht zu prüfen; hierfür sind andere Stellen zuständig."
        ),
        P(r.choice(["Dr. Albrecht-Nolte", "Sievers", "Yıldız-Hartung", "Brockmann"]), align="right"),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer=f"{c.court_az} – {{p}} –")


@tpl("gerichtsentscheidung", "beschluss18", SPLIT)
def court_beschluss18(c, d, r):
    a = c.applicant
    blocks: list = [
        P(f"{c.court_name.upper()}", bold=True, size=11, after=0),
        P(f"{c.court_az}", size=10),
        Rule(0.6),
        P("Beschluss", bold=True, size=13),
        P(
            f"In der {'Asylstreitsache' if c.asylum else 'Verwaltungsstreitsache'} {a.name}, {a.vorname} ./. "
            f"{'Bundesrepublik Deutschland' if c.asylum else c.abh.split(' – ')[0]} wird der Antrag auf Bewilligung von Prozesskostenhilfe abgelehnt, "
            "und das Verfahren wird, nachdem die Beteiligten übereinstimmend eine Entscheidung ohne mündliche Verhandlung beantragt haben, entschieden wie folgt:"
        ),
        P(
            "1. Die Klage hat keinen Erfolg." if c.asylum else "1. Dem Antrag wird nicht stattgegeben.",
            indent=12,
        ),
        P("2. Verfahrenskosten: zu Lasten der klagenden bzw. antragstellenden Partei.", indent=12),
        P("Gründe:", bold=True),
        P(
            "Eine andere Entscheidung ist nicht gerechtfertigt; die Kammer macht sich die Begründung der Behörde zu eigen."
        ),
        P("Ein Rechtsmittel ist nicht gegeben."),
        P(f"{_vg_city(c)}, {fmt(d.date)}", after=10),
        P(r.choice(["Kaminski", "Rohde", "Dr. Esser"]) + " – Vorsitz der Kammer"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ strafrecht ============================


def _js(r: random.Random, year: int) -> str:
    return f"{r.randint(100, 899)} Js {r.randint(100, 9999)}/{year % 100}"


@tpl("strafrecht", "strafbefehl18", SPLIT)
def straf_strafbefehl18(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    tat = d.date - timedelta(days=r.randint(60, 200))
    blocks: list = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12, after=0),
        P(f"Geschäfts-Nr.: {r.randint(10, 60)} Cs {_js(r, tat.year)}", size=9, after=10),
        P("STRAFBEFEHL", bold=True, size=14, align="center"),
        P(
            f"gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}, wohnhaft {c.adresse}"
        ),
        P(
            f"Ihnen wird nach Abschluss der Ermittlungen zur Last gelegt, sich am {fmt(tat)} in {c.court_city} "
            f"strafbar gemacht zu haben, und zwar wegen {off}."
        ),
        P(f"Rechtsfolge (auf Antrag der Anklagebehörde): Geldstrafe von {sentence}."),
        P(
            "Einspruch: binnen 14 Tagen nach Zustellung, beim ausstellenden Amtsgericht, schriftlich oder persönlich bei der Rechtsantragstelle. Danach wird der Strafbefehl wie ein Urteil vollstreckt."
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        Signature("Strafrichterin"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("strafrecht", "bzr18", SPLIT)
def straf_bzr18(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks: list = [
        P("Bundesamt für Justiz – Bundeszentralregister", bold=True, after=0),
        P("Führungszeugnis (Belegart O) – Behördenexemplar", size=9, after=8),
        Table(
            [
                ["Familienname", _caps(a.name)],
                ["Vorname", a.vorname],
                ["Geburtsdatum, -ort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Inhalt:", bold=True),
        P(
            f"Eintragung 1 – entschieden am {fmt(c.criminal_date)} – Amtsgericht {c.court_city}, {_js(r, c.criminal_date.year)} – "
            f"Rechtskraft: {fmt(c.criminal_date + timedelta(days=15))} – Tatbezeichnung: {off} – Geldstrafe: {sentence}"
        ),
        P(f"Ausgestellt in Bonn, {fmt(d.date)}", size=9.5),
    ]
    return DocSpec(blocks, _st(r, "mono", 9.5))


# ============================ identitaetsnachweis ============================


def _mrz_day(day) -> str:
    return f"{day.day:02d} {N.MONTHS_EN[day.month - 1][:3].upper()} {day.year}"


@tpl("identitaetsnachweis", "pass18", SPLIT)
def id_pass18(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    expires = d.date + timedelta(days=365 * r.choice([5, 7, 10]))
    rows = [
        ["Typ", "P", "Code", N.NATIONALITIES[c.nat]["code"]],
        ["Surname", _caps(a.name), "Given names", a.vorname.upper()],
        ["Nationality", c.natinfo["en"].upper(), "Date of birth", _mrz_day(a.geburtsdatum)],
        ["Place of birth", a.geburtsort.upper(), "Sex", "M" if a.sex == "m" else "F"],
        ["Date of issue", _mrz_day(d.date), "Date of expiry", _mrz_day(expires)],
    ]
    blocks: list = [
        P("Kopie der Datenseite – Reisepass / PASSPORT", size=9, align="right"),
        P(f"PASSPORT – {EN_LAND[c.nat].upper()}", bold=True, size=12),
        Table(rows, [0.2, 0.3, 0.25, 0.25], header=False, size=9),
        Space(10),
        P(l1, font="mono", size=10, after=0),
        P(l2, font="mono", size=10),
        P("Kopie stimmt mit dem gezeigten Original überein – gesehen im Büro.", size=8.5),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("identitaetsnachweis", "urkunde18", SPLIT)
def id_urkunde18(c, d, r):
    a = c.applicant
    father = r.choice(c.natinfo["m"])
    mother = r.choice(c.natinfo["f"])
    tr = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks: list = [
        P("Übersetzung aus dem Original", size=9, font="italic"),
        P(f"Geburtseintrag (Registerauszug) – {c.natinfo['land']}", bold=True, size=12),
        Table(
            [
                ["Vorname und Name des Kindes", f"{a.vorname} {a.name}"],
                ["Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["Geburtstag", fmt_long(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Vater", f"{father} {a.name}"],
                ["Mutter", f"{mother} {r.choice(c.natinfo['nach'])}"],
                ["Registriert am", fmt(a.geburtsdatum + timedelta(days=r.randint(5, 60)))],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Stempel und Unterschrift des Standesbeamten sind im Original vorhanden.", size=9),
        Rule(0.4),
        P(
            f"Als Übersetzer/in versichere ich, den Text vollständig und ohne Auslassungen übertragen zu haben. {tr}, beeidigt beim Landgericht, {_home(c)}, {fmt(d.date)}",
            size=9,
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ============================ sonstiges ============================


@tpl("sonstiges", "anhoerung_niederschrift18", SPLIT)
def sonst_anhoerung_niederschrift18(c, d, r):
    a = c.applicant
    site = c.bamf_site or N.BAMF_SITES[0]
    lang = r.choice(
        ["Arabisch", "Dari", "Kurdisch (Kurmandschi)", "Englisch", "Russisch", "Albanisch", "Türkisch"]
    )
    qa = [
        ("Können Sie der Übersetzung folgen?", "Ja, ohne Probleme."),
        ("Besitzen Sie Ausweisdokumente?", "Meinen Pass musste ich unterwegs abgeben."),
        (
            "Wie lange liegt Ihre Ausreise zurück?",
            f"Im Frühjahr {c.entry.year}, genau weiß ich den Tag nicht mehr.",
        ),
        (
            "Erzählen Sie uns frei, was vor Ihrer Ausreise geschah.",
            "Man hat uns bedroht, erst am Telefon, dann kamen nachts Männer ans Haus.",
        ),
        ("Was würde passieren, wenn Sie heute zurückgingen?", "Dass man mich findet und mir etwas antut."),
        ("Möchten Sie noch etwas hinzufügen?", "Nein. Ich habe alles gesagt."),
    ]
    blocks: list = [
        P(f"Bundesamt für Migration und Flüchtlinge – {site[0]}", bold=True, after=0),
        P(f"Gesch.-Z.: {c.bamf_gz}", size=9),
        P("Protokoll der Anhörung nach § 25 AsylG", bold=True, size=12),
        P(f"Anhörung am {fmt(d.date)}, Beginn 09:{r.randint(0, 5)}{r.randint(0, 9)} Uhr · Sprache: {lang}"),
        P(f"Antragsteller/in: {a.vorname} {_caps(a.name)}, geb. {fmt(a.geburtsdatum)}"),
    ]
    for q, ans in qa:
        blocks.append(P(f"F: {q}", bold=True, after=1))
        blocks.append(P(f"A: {ans}"))
    blocks.append(P("Die Niederschrift wurde rückübersetzt. Einwände wurden nicht erhoben.", size=9.5))
    blocks.append(
        Table(
            [["Antragsteller/in", "Sprachmittler/in", "Anhörer/in"], ["", "", ""]], [0.34, 0.33, 0.33], size=9
        )
    )
    return DocSpec(blocks, _st(r, "sans"), footer="Niederschrift – Seite {p} von {n}")


@tpl("sonstiges", "wohnungsgeber18", SPLIT)
def sonst_wohnungsgeber18(c, d, r):
    owner = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    rows = [["Name, Vorname", "Geburtsdatum"]] + [
        [f"{p.name}, {p.vorname}", fmt(p.geburtsdatum)] for p in c.persons
    ]
    blocks: list = [
        P("Bestätigung des Wohnungsgebers (§ 19 Bundesmeldegesetz)", bold=True, size=12),
        P(f"Wohnungsgeber: {owner}, {_street_of(r)}, {_home(c)}"),
        P(f"Wohnungsanschrift: {c.adresse}"),
        P(f"Einzug am: {fmt(d.date - timedelta(days=r.randint(10, 30)))}"),
        P("Eingezogene Personen:", after=2),
        Table(rows, [0.6, 0.4], size=9.5),
        P(
            "Die Angaben sind richtig. Mir ist bekannt, dass eine falsche Bestätigung mit Bußgeld geahndet werden kann.",
            size=9,
        ),
        Signature(owner, f"{_home(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("sonstiges", "anlagen18", SPLIT)
def sonst_anlagen18(c, d, r):
    items = [
        "Vollmacht",
        "Lebenslauf (tabellarisch)",
        "Sprachzertifikat, Arbeitsvertrag",
        "Nachweise Kita/Schule",
        "Schreiben der Ausländerbehörde",
        "Datenschutz-Einwilligung",
    ]
    r.shuffle(items)
    who = _rep_name(c) if c.rep else c.applicant.full
    rows = [["Anlage", "Inhalt", "Blatt"]] + [
        [f"A{k}", x, str(k * 2 - 1)] for k, x in enumerate(items[: r.randint(4, 6)], 1)
    ]
    blocks: list = [
        P("Anlagenverzeichnis", bold=True, size=13),
        P(f"zum Härtefallvorgang {c.applicant.name} · eingereicht von {who}", size=9.5),
        Table(rows, [0.15, 0.65, 0.2], size=9.5),
        P(f"Stand: {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))
