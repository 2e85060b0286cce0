"""Templates of the `blind4` split: a sixth held-out set; only its author reads this file (nobody tuning hfk)."""

from __future__ import annotations

import random
import zlib
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.scenario import Case, DocPlan, Person
from hfk.corpus.templates import (
    TENOR4,
    TENOR6,
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
    letterhead,
    month_year,
    r_digits,
    style,
    tpl,
    typos,
)

SPLIT = "blind4"
FEMALE_GERMAN = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}
TOPIC_ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
HFK_LINES = [
    "Geschäftsstelle der Härtefallkommission",
    "beim Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW",
    "Völklinger Straße 4",
    "40219 Düsseldorf",
]


# ============================ small helpers ============================


def _short(d) -> str:
    """A date with a two-digit year, as many offices type it (14.03.25)."""
    return d.strftime("%d.%m.%y")


def _us(d) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _shown(c: Case, i: int, f: str) -> bool:
    return c.omitted.get(i) != f


def _female(name: str) -> bool:
    return name.split()[0] in FEMALE_GERMAN


def _lawyer_title(name: str) -> str:
    return "Rechtsanwältin" if _female(name) else "Rechtsanwalt"


def _rep_place(c: Case) -> str:
    return c.rep.city.split(" ", 1)[1] if c.rep else c.city_or_nrw()


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde in other words: "Stadt Köln – Ausländeramt" -> "Ausländeramt der Stadt Köln"."""
    if " – " not in abh:
        return abh
    body, office = abh.split(" – ", 1)
    if body.startswith("Kreis "):
        return f"{office} des Kreises {body[6:]}"
    return f"{office} der {body}"


def _abh_the(abh: str) -> str:
    """The reworded Ausländerbehörde with its article, for use inside a sentence."""
    office = abh.split(" – ", 1)[1] if " – " in abh else abh
    if office.startswith("Ausländerangelegenheiten"):
        return "die Abteilung " + _abh_of(abh)
    return ("die " if office.endswith("behörde") else "das ") + _abh_of(abh)


def _abh_town(c: Case) -> str:
    for city, _plzs, abh in N.NRW_CITIES:
        if abh == c.abh:
            return city
    for city, _plz, abh in N.NON_NRW_CITIES:
        if abh == c.abh:
            return city
    return c.abh.split(" – ")[0].split()[-1]


def _staat_noun(p: Person) -> str:
    """ "syrischer Staatsangehöriger" / "syrische Staatsangehörige"."""
    return f"{p.staat}er Staatsangehöriger" if p.sex == "m" else f"{p.staat}e Staatsangehörige"


def _relation(p: Person, c: Case) -> str:
    labels = {
        "applicant": ("antragstellende Person", "antragstellende Person"),
        "spouse": ("Ehegatte", "Ehegattin"),
        "child": ("Kind (Sohn)", "Kind (Tochter)"),
    }
    male, female = labels[p.role]
    return male if p.sex == "m" else female


def _all_names(c: Case) -> str:
    ps = [p.full for p in c.persons]
    return ps[0] if len(ps) == 1 else ", ".join(ps[:-1]) + " und " + ps[-1]


def _family_label(c: Case) -> str:
    return f"Familie {c.applicant.name}" if len(c.persons) > 1 else c.applicant.herr_frau()


def _address_lines(c: Case, r: random.Random, shelter: bool) -> list[str]:
    """Street and town on their own lines, sometimes with the shelter the family lives in."""
    lines = []
    if shelter and c.residence != "abroad" and r.random() < 0.5:
        lines.append(
            r.choice(["c/o Zentrale Unterbringungseinrichtung", "Übergangswohnheim", "c/o Sozialdienst"])
        )
    return lines + [c.street, f"{c.plz} {c.city}"]


def _rep_signer(c: Case) -> tuple[str, str]:
    rp = c.rep
    if c.sender == "anwalt":
        return rp.person, _lawyer_title(rp.person)
    if c.sender == "beratungsstelle":
        return rp.person, r_role(rp.org)
    return rp.person, ""


def r_role(org: str) -> str:
    if "Diakonie" in org or "Caritas" in org or "AWO" in org:
        return "Migrationsberatung"
    if "Refugio" in org:
        return "Psychosoziale Beratung"
    if "Netzwerk" in org:
        return "für den Unterstützerkreis"
    return "Verfahrensberatung"


# ============================ Begründung, in the blind4 wording ============================


def _story(c: Case, r: random.Random, first: bool) -> dict[str, list[str]]:
    """What the application tells per topic (German). first=True: the applicant writes about himself.

    Facts a person block leaves out (birth place, nationality) are not told here either."""
    a = c.applicant
    land_known = _shown(c, 0, "staatsangehoerigkeit")
    land = c.natinfo["land"] if land_known else "das Herkunftsland"
    ort = a.geburtsort if _shown(c, 0, "geburtsort") else ""
    he = "er" if a.sex == "m" else "sie"
    He = he.capitalize()
    who = a.herr_frau()
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}

    # --- life before and the way to Germany
    L = t["lebensgeschichte"]
    work = r.choice(
        [
            "in der Landwirtschaft der Eltern",
            "als Näherin" if a.sex == "f" else "als Schreiner",
            "im Handel",
            "als Aushilfe auf dem Markt",
        ]
    )
    if first:
        L.append(
            (f"Aufgewachsen bin ich in {ort}. " if ort else "Aufgewachsen bin ich in meiner Heimat. ")
            + f"Nach der Schule habe ich {work} gearbeitet, bis ich das Land verlassen musste."
        )
    else:
        L.append(
            f"{who} wuchs {'in ' + ort if ort else 'im Herkunftsland'} auf und arbeitete nach dem Schulbesuch {work}. "
            f"{r.choice(['Die Lage dort wurde für die Familie immer gefährlicher', 'Wegen Drohungen aus dem Umfeld sah ' + he + ' keinen anderen Ausweg', 'Die wirtschaftliche und persönliche Lage war zuletzt aussichtslos'])}."
        )
    if c.einreiseverbot:
        L.append(
            f"{'Ich war' if first else He + ' war'} bereits {c.entry.year - 2} einmal abgeschoben worden; "
            f"das damals verhängte Einreise- und Aufenthaltsverbot (§ 11 AufenthG) galt noch, als {'ich' if first else he} "
            f"am {fmt(c.entry)} wieder nach Deutschland kam."
        )
    else:
        fam = ""
        if len(c.persons) > 1:
            fam = " zusammen mit der Familie" if not first else " mit meiner Familie"
        L.append(
            f"Am {fmt(c.entry)} {'kam ich' if first else 'erreichte ' + he}{fam} "
            f"{'in Deutschland an' if first else 'die Bundesrepublik'}."
        )

    # --- legal status
    A = t["aufenthaltssituation"]
    if c.asylum:
        if first:
            A.append(
                f"Meinen Asylantrag habe ich am {fmt(c.asylum_applied)} gestellt. Das Bundesamt für Migration und Flüchtlinge "
                f"hat ihn am {fmt(c.bamf_date)} abgelehnt (Aktenzeichen {c.bamf_gz})."
            )
        else:
            A.append(
                f"Den am {fmt(c.asylum_applied)} gestellten Asylantrag lehnte das Bundesamt für Migration und Flüchtlinge "
                f"mit Bescheid vom {fmt(c.bamf_date)} ab (Gesch.-Z. {c.bamf_gz})."
            )
        if c.court:
            if c.court_pending:
                A.append(f"Über die Klage hat das {c.court_name} ({c.court_az}) bislang nicht entschieden.")
            else:
                A.append(
                    f"Die Klage blieb ohne Erfolg: Das {c.court_name} wies sie am {fmt(c.court_date)} ab (Az. {c.court_az})."
                )
    else:
        A.append(
            f"{'Ich bin' if first else He + ' ist'} mit einem nationalen Visum zum Zweck {c.visa_purpose} eingereist; "
            f"die Verlängerung der Aufenthaltserlaubnis wurde abgelehnt."
        )
        if c.court:
            if c.court_pending:
                A.append(
                    f"Das Klageverfahren gegen die Ablehnung läuft noch beim {c.court_name} ({c.court_az})."
                )
            else:
                A.append(
                    f"Einen Eilantrag dagegen hat das {c.court_name} am {fmt(c.court_date)} zurückgewiesen ({c.court_az})."
                )
    if c.gestattung:
        A.append(
            f"Weil das Asylverfahren noch nicht bestandskräftig abgeschlossen ist, {'habe ich' if first else 'hat ' + he} "
            "derzeit eine Aufenthaltsgestattung (§ 55 AsylG)."
        )
    else:
        A.append(
            f"{'Ich lebe' if first else He + ' lebt'} seitdem mit Duldungen nach § 60a AufenthG, die immer nur für wenige Monate verlängert werden."
        )
    A.append(
        r.choice(
            [
                f"Die Duldungen stellt {_abh_the(c.abh)} aus.",
                f"Zuständige Ausländerbehörde ist {_abh_the(c.abh)}.",
                f"Die Ausländerakte führt {_abh_the(c.abh)}.",
            ]
        )
    )
    if c.s58a:
        A.append(
            f"Gegen {'mich' if first else ('ihn' if a.sex == 'm' else 'sie')} besteht außerdem eine Abschiebungsanordnung nach § 58a AufenthG."
        )
    if c.rueckfuehrung:
        A.append(
            f"Besonders eilig ist die Sache, weil die Ausländerbehörde die Abschiebung bereits für den {fmt(c.rueckfuehrung)} angekündigt hat."
        )
    if c.criminal:
        off, sentence = c.offence
        A.append(
            f"{'Ich möchte nicht verschweigen, dass ich' if first else 'Nicht verschwiegen werden soll, dass ' + he} "
            f"durch Strafbefehl des Amtsgerichts {c.court_city} vom {fmt(c.criminal_date)} wegen {off} "
            f"zu einer Geldstrafe von {sentence} verurteilt {'wurde' if not first else 'worden bin'}."
        )

    # --- family
    F = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        s = sp[0]
        if first:
            F.append(
                f"{'Meine Frau' if s.sex == 'f' else 'Mein Mann'} {s.vorname} und ich sind seit vielen Jahren verheiratet."
            )
        else:
            F.append(
                f"{He} ist mit {s.herr_frau().replace('Herr ', 'Herrn ')} verheiratet; die Eheleute leben zusammen."
            )
    if len(kids) > 1:
        names = ", ".join(k.vorname for k in kids[:-1]) + " und " + kids[-1].vorname
        F.append(
            f"{'Unsere Kinder' if first else 'Die Kinder'} {names} haben ihr ganzes bewusstes Leben hier verbracht; "
            "Deutsch ist ihre stärkste Sprache."
        )
    elif kids:
        k = kids[0]
        who = (
            ("Unser Sohn" if first else "Der Sohn")
            if k.sex == "m"
            else ("Unsere Tochter" if first else "Die Tochter")
        )
        F.append(
            f"{who} {k.vorname} hat {'sein' if k.sex == 'm' else 'ihr'} ganzes bewusstes Leben hier verbracht; "
            f"Deutsch ist {'seine' if k.sex == 'm' else 'ihre'} stärkste Sprache."
        )
    rel = r.choice(
        [
            "eine Schwester, die eingebürgert ist",
            "ein Onkel mit Niederlassungserlaubnis",
            "mehrere Cousins, die hier arbeiten",
        ]
    )
    F.append(
        f"In Deutschland {'lebt' if rel.startswith('ein') else 'leben'} außerdem {rel}; "
        f"{'ich habe' if first else he + ' hat'} dort dagegen kaum noch Angehörige."
    )

    # --- integration
    G = t["integration"]
    G.append(
        f"{'Ich habe' if first else He + ' hat'} Deutsch bis zum Niveau {r.choice(['A2', 'B1', 'B1'])} gelernt und "
        f"{'verständige mich' if first else 'verständigt sich'} im Alltag ohne Hilfe."
    )
    if c.ausbildung:
        G.append(
            f"{'Im letzten Herbst habe ich' if first else 'Im letzten Herbst hat ' + he} eine "
            f"Berufsausbildung als {r.choice(['Fachkraft für Lagerlogistik', 'Kfz-Mechatroniker', 'Pflegefachassistent'])} "
            "begonnen; deshalb ist eine Ausbildungsduldung (§ 60c AufenthG) möglich."
        )
    else:
        G.append(
            f"{'Ich bin' if first else He + ' ist'} als {c.job} bei {c.employer} angestellt und "
            f"{'finanziere' if first else 'finanziert'} den Unterhalt der Familie ohne Sozialleistungen."
        )
    G.append(f"In der Freizeit {'helfe ich' if first else 'hilft ' + he} ehrenamtlich bei {c.club} mit.")
    for k in c.school_age():
        G.append(f"{k.vorname} geht zur Schule ({c.school}) und kommt dort gut zurecht.")

    # --- why a return is not reasonable
    H = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        phrase = N.ILLNESS_PHRASES[c.diagnosis[0]]
        if p is a:
            H.append(
                f"{'Ich leide' if first else He + ' leidet'} {phrase} ({c.diagnosis[1]}) und {'bin' if first else 'ist'} "
                "regelmäßig in fachärztlicher Behandlung."
            )
        else:
            H.append(
                f"{p.full} leidet {phrase} ({c.diagnosis[1]}) und braucht kontinuierliche ärztliche Behandlung."
            )
        H.append("Eine vergleichbare Behandlung wäre im Herkunftsland weder erreichbar noch bezahlbar.")
    H.append(
        f"Eine Rückkehr {'nach ' + land if land_known else 'in das Herkunftsland'} würde "
        f"{'mich' if first else ('ihn' if a.sex == 'm' else 'sie')} "
        f"{r.choice(['in die Obdachlosigkeit', 'in eine völlig ungesicherte Lage', 'aus allen Bindungen'])} reißen."
    )
    return t


def _topics_text(c: Case, r: random.Random, first: bool) -> list[tuple[str, str]]:
    t = _story(c, r, first)
    return [(k, " ".join(t[k])) for k in TOPIC_ORDER if k in c.topics]


def _story_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    a = c.applicant
    land_known = _shown(c, 0, "staatsangehoerigkeit")
    land = c.natinfo["land"] if land_known else "my home country"
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    ort = a.geburtsort if _shown(c, 0, "geburtsort") else "my home town"
    t["lebensgeschichte"].append(f"I grew up in {ort} and worked there until I had to leave.")
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"I had been deported once in {c.entry.year - 2}. Although the entry ban (§ 11 AufenthG) was still in force, I returned to Germany on {_us(c.entry)}."
        )
    else:
        t["lebensgeschichte"].append(f"I arrived in Germany on {_us(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My asylum claim of {_us(c.asylum_applied)} was refused by the Federal Office (BAMF) on {_us(c.bamf_date)}, reference {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"The {c.court_name} {'has not decided on my appeal yet' if c.court_pending else 'dismissed my appeal'} (file {c.court_az})."
            )
    else:
        s.append("I came with a national visa, but my residence permit was not renewed.")
        if c.court:
            s.append(
                f"My case at the {c.court_name} ({c.court_az}) {'is still open' if c.court_pending else 'was not successful'}."
            )
    s.append(
        "My asylum procedure is still open, so I have an Aufenthaltsgestattung."
        if c.gestattung
        else "Since then I have only a Duldung, renewed every few months."
    )
    s.append(f"My papers are handled by {c.abh}.")
    if c.rueckfuehrung:
        s.append(f"My deportation has been scheduled for {_us(c.rueckfuehrung)}.")
    if c.s58a:
        s.append("In addition, the authorities issued an order under § 58a AufenthG to deport me.")
    if c.criminal:
        s.append(
            f"I must also say that I got a penalty order (Strafbefehl) on {_us(c.criminal_date)} and paid the fine."
        )
    f = t["familie"]
    if len(c.persons) > 1:
        f.append("My family lives with me here.")
    if c.children():
        f.append(f"The children ({', '.join(k.vorname for k in c.children())}) only know life in Germany.")
    f.append("I have no close relatives left at home; an aunt of mine lives in Germany.")
    g = t["integration"]
    g.append("I have learned German and attended the integration course.")
    if c.ausbildung:
        g.append(
            "I started vocational training last August, and I hope to get an Ausbildungsduldung (§ 60c AufenthG)."
        )
    else:
        g.append(f"I work as {c.job} for {c.employer} and need no social benefits.")
    g.append(f"In my free time I help at {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        whose = "I suffer" if c.ill_person == 0 else f"{p.vorname} suffers"
        h.append(
            f"{whose} {N.ILLNESS_EN[c.diagnosis[0]]} and needs regular treatment, which is not available at home."
        )
    h.append(f"Going back to {land} would mean losing everything we have built here.")
    return t


# ============================ antrag: person blocks ============================


def _persons_sentences(c: Case) -> list:
    """Each person in a sentence of its own, as a lawyer's brief tells them."""
    out = []
    for i, p in enumerate(c.persons):
        lead = {
            "applicant": f"Die Antragstellerin {p.full}" if p.sex == "f" else f"Der Antragsteller {p.full}",
            "spouse": f"{'Ihr Ehemann' if p.sex == 'm' else 'Seine Ehefrau'} {p.full}"
            if c.applicant.sex != p.sex
            else f"Der Ehegatte {p.full}",
            "child": f"{'Der Sohn' if p.sex == 'm' else 'Die Tochter'} {p.full}",
        }[p.role]
        bits = []
        if _shown(c, i, "geburtsdatum") and _shown(c, i, "geburtsort"):
            bits.append(f"wurde am {fmt_long(p.geburtsdatum)} in {p.geburtsort} geboren")
        elif _shown(c, i, "geburtsdatum"):
            bits.append(f"wurde am {fmt_long(p.geburtsdatum)} geboren")
        elif _shown(c, i, "geburtsort"):
            bits.append(f"stammt aus {p.geburtsort}")
        if _shown(c, i, "staatsangehoerigkeit"):
            bits.append(f"ist {_staat_noun(p)}")
        text = lead + (" " + " und ".join(bits) if bits else "") + "."
        out.append(P(text, after=2))
    return out


def _persons_cards(c: Case, r: random.Random) -> list:
    """One boxed two-column card per person, labels on the left (a counselling service's form)."""
    out = []
    for i, p in enumerate(c.persons):
        out.append(P(f"Person {i + 1} – {_relation(p, c)}", bold=True, size=9.5, after=1))
        rows = [
            ["Familienname", p.name],
            ["Vorname(n)", p.vorname],
            ["Geburtsdatum", fmt(p.geburtsdatum) if _shown(c, i, "geburtsdatum") else ""],
            ["Geburtsort", p.geburtsort if _shown(c, i, "geburtsort") else ""],
            ["Staatsangehörigkeit", p.staat if _shown(c, i, "staatsangehoerigkeit") else ""],
        ]
        out.append(Table(rows, [0.32, 0.68], header=False, size=9.5))
    return out


def _persons_relation_table(c: Case) -> list:
    """A family table: relation first, then "NAME, Vorname", birth date, birth place, nationality."""
    rows = [["Verhältnis", "Name, Vorname", "geb. am", "in", "Staatsang."]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                _relation(p, c),
                f"{p.name.upper()}, {p.vorname}",
                fmt(p.geburtsdatum) if _shown(c, i, "geburtsdatum") else "",
                p.geburtsort if _shown(c, i, "geburtsort") else "",
                p.staat if _shown(c, i, "staatsangehoerigkeit") else "",
            ]
        )
    return [Table(rows, [0.17, 0.29, 0.16, 0.18, 0.2], size=9.5)]


def _persons_lines(c: Case) -> list:
    """One line per person: "1) Vorname NAME, * 14.03.1985 in Ort, afghanisch"."""
    out = []
    for i, p in enumerate(c.persons):
        s = f"{i + 1}) {p.vorname} {p.name.upper()}"
        if _shown(c, i, "geburtsdatum"):
            s += f", * {fmt(p.geburtsdatum)}"
            if _shown(c, i, "geburtsort"):
                s += f" in {p.geburtsort}"
        elif _shown(c, i, "geburtsort"):
            s += f", geboren in {p.geburtsort}"
        if _shown(c, i, "staatsangehoerigkeit"):
            s += f", {p.staat}"
        out.append(P(s, indent=18, after=1))
    return out


def _persons_first_person(c: Case) -> list:
    """The applicant introduces himself and the family in his own sentences."""
    a = c.applicant
    s = f"Mein Name ist {a.vorname} {a.name}."
    if _shown(c, 0, "geburtsdatum"):
        s += f" Ich bin am {fmt(a.geburtsdatum)}"
        s += f" in {a.geburtsort} geboren." if _shown(c, 0, "geburtsort") else " geboren."
    elif _shown(c, 0, "geburtsort"):
        s += f" Ich komme aus {a.geburtsort}."
    if _shown(c, 0, "staatsangehoerigkeit"):
        s += f" Ich habe die {a.staat}e Staatsangehörigkeit."
    out = [P(s)]
    for i, p in enumerate(c.persons[1:], 1):
        if p.role == "spouse":
            head = f"{'Meine Frau' if p.sex == 'f' else 'Mein Mann'} heißt {p.vorname} {p.name}"
        else:
            head = f"{'Unser Sohn' if p.sex == 'm' else 'Unsere Tochter'} {p.vorname} {p.name}"
        bits = []
        if _shown(c, i, "geburtsdatum"):
            bits.append(
                f"geboren am {fmt(p.geburtsdatum)}"
                + (f" in {p.geburtsort}" if _shown(c, i, "geburtsort") else "")
            )
        elif _shown(c, i, "geburtsort"):
            bits.append(f"geboren in {p.geburtsort}")
        if _shown(c, i, "staatsangehoerigkeit"):
            bits.append(f"Staatsangehörigkeit {p.staat}")
        out.append(P(head + (", " + ", ".join(bits) if bits else "") + ".", indent=10, after=2))
    return out


# ============================ antrag: heads and openings ============================


def _sender_head(c: Case, r: random.Random, compact: bool) -> list:
    """Letterhead of whoever writes; an applicant writes his address at the top left."""
    if c.sender == "applicant":
        return [P(x, after=0, size=9.5) for x in [c.applicant.full] + _address_lines(c, r, True)] + [
            Space(14)
        ]
    rp = c.rep
    if c.sender == "anwalt":
        head = [P(rp.org.upper() if compact else rp.org, bold=True, size=12.5, after=0)]
        head.append(P(f"{rp.person} · {_lawyer_title(rp.person)}", size=8.5, after=0))
        head.append(P(f"{rp.street} · {rp.city} · Telefon 0{r_digits(rp.org)}", size=8.5, after=2))
        return head + [Rule(0.6), Space(4)]
    if c.sender == "beratungsstelle":
        return [
            Box([rp.org, f"{rp.street}, {rp.city}", f"Ansprechpartner/in: {rp.person}"], size=9),
            Space(6),
        ]
    return [P(x, after=0, size=9.5) for x in [rp.person, rp.street, rp.city]] + [Space(14)]


def _to_hfk(r: random.Random, fax: bool) -> list:
    lines = list(HFK_LINES)
    if r.random() < 0.5:
        lines = [
            "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration",
            "des Landes Nordrhein-Westfalen",
            "– Geschäftsstelle Härtefallkommission –",
            "40190 Düsseldorf",
        ]
    out = [P(x, after=0) for x in lines]
    if fax:
        out.append(P("vorab per Telefax: 0211 837-0000", size=8.5, after=0))
    return out + [Space(12)]


def _opening(c: Case, r: random.Random, v: int = 0) -> str:
    names = _all_names(c)
    if c.sender == "beratungsstelle" and v == 1:
        return (
            f"als Fachberatungsstelle unterstützen wir {names} in ihrem aufenthaltsrechtlichen Verfahren. Mit diesem "
            "Schreiben beantragen wir – in Vollmacht, die Vollmacht ist beigefügt –, den Fall in die Härtefallkommission einzubringen."
        )
    if c.sender == "beratungsstelle" and v == 2:
        return (
            f"die Familie hat uns gebeten, ihr Anliegen der Kommission vorzutragen. Wir stellen daher für {names} einen Antrag "
            "nach § 23a AufenthG. Vollmacht, Schweigepflichtentbindung und Datenschutzeinwilligung sind unterschrieben und liegen bei."
        )
    if c.sender == "anwalt" and v == 2:
        return (
            f"ausweislich der anliegenden Vollmacht vertrete ich die rechtlichen Interessen von {names}. Ich wende mich "
            "an Sie mit der Bitte, ein Härtefallersuchen zugunsten meiner Mandantschaft zu beschließen."
        )
    if c.sender == "anwalt":
        return r.choice(
            [
                f"in der oben bezeichneten Angelegenheit vertrete ich {names}. Meine Bevollmächtigung versichere ich anwaltlich; "
                "die Vollmacht füge ich in Kopie bei. Ich bitte darum, sich mit dem Fall zu befassen und ein Härtefallersuchen "
                "an die zuständige Ausländerbehörde zu richten.",
                f"unter Vorlage der auf mich lautenden Vollmacht zeige ich die Vertretung von {names} an und beantrage, "
                "die Härtefallkommission mit dem Fall zu befassen (§ 23a AufenthG). Eine Schweigepflichtentbindung liegt bei.",
            ]
        )
    if c.sender == "beratungsstelle":
        return (
            f"wir begleiten {names} seit längerer Zeit in unserer Beratung. Auf ausdrücklichen Wunsch und mit schriftlicher "
            "Vollmacht (anbei) reichen wir diesen Härtefallantrag ein und bitten die Kommission, sich mit der Situation zu befassen."
        )
    if c.sender == "privat":
        a = c.applicant
        him = "ihn" if a.sex == "m" else "sie"
        fam = f" und die Familie ({names})" if len(c.persons) > 1 else ""
        return (
            f"ich bin der {c.rep.relation} von {a.full} und schreibe mit Vollmacht für {him}{fam}, weil "
            f"{'er' if a.sex == 'm' else 'sie'} sich schriftlich auf Deutsch noch schwer tut. Die Vollmacht lege ich bei."
        )
    return r.choice(
        [
            "ich bitte Sie, meinen Fall in der Härtefallkommission zu beraten. Ich weiß nicht mehr, an wen ich mich sonst wenden kann.",
            "hiermit stelle ich einen Antrag an die Härtefallkommission, damit ich mit meiner Familie in Deutschland bleiben darf.",
        ]
    )


def _sign_block(c: Case, place: str, date_text: str, r: random.Random) -> list:
    if c.sender == "applicant":
        return [
            P(r.choice(["Mit freundlichen Grüßen", "Vielen Dank und freundliche Grüße"])),
            Signature(c.applicant.full, f"{place}, {date_text}"),
        ]
    name, title = _rep_signer(c)
    return [P("Mit freundlichen Grüßen"), Signature(name + (f" – {title}" if title else ""))]


def _enclosures(c: Case, r: random.Random) -> list[str]:
    items = []
    if c.sender != "applicant":
        items.append("Vollmacht")
    if c.illness:
        items += ["Schweigepflichtentbindung", "ärztliche Stellungnahme"]
    if c.asylum:
        items.append("Bescheid des Bundesamtes")
    items += r.sample(
        [
            "Lebenslauf",
            "Einwilligung Datenschutz",
            "Arbeitsnachweise",
            "Schulbescheinigungen",
            "Unterstützerschreiben",
        ],
        2,
    )
    return items


# ============================ antrag (German) ============================


@tpl("antrag", "v1", SPLIT)
def antrag_v1(c, d, r):
    """A lawyer's brief: reference table, persons in sentences, facts told chronologically, lettered parts."""
    first = c.sender == "applicant"
    blocks = _sender_head(c, r, compact=True)
    blocks += _to_hfk(r, fax=c.sender == "anwalt")
    ref = f"{r.randint(10, 480)}/{d.date.year % 100} {c.applicant.name[:2].upper()}"
    blocks.append(
        Table(
            [["Unser Zeichen", ref], ["Datum", _short(d.date)]] if not first else [["Datum", _short(d.date)]],
            [0.3, 0.7],
            header=False,
            grid=False,
            size=9,
        )
    )
    blocks.append(P(f"Härtefallersuchen nach § 23a AufenthG – {_family_label(c)}", bold=True, after=1))
    blocks.append(P(f"zuständige Ausländerbehörde: {c.abh}", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(P("A. Betroffene Personen", bold=True, after=2))
    blocks += _persons_sentences(c)
    blocks.append(P(f"Gemeinsame Anschrift: {c.street}, {c.plz} {c.city}"))
    parts = dict(_topics_text(c, r, first))
    blocks.append(P("B. Sachverhalt", bold=True, after=2))
    for k in ("lebensgeschichte", "aufenthaltssituation"):
        if k in parts:
            blocks.append(P(parts[k]))
    rest = [k for k in ("familie", "integration", "humanitaere_gruende") if k in parts]
    if rest:
        blocks.append(P("C. Gründe für ein Härtefallersuchen", bold=True, after=2))
        for n, k in enumerate(rest, 1):
            blocks.append(P(f"{['I', 'II', 'III'][n - 1]}. {parts[k]}"))
    blocks.append(
        P(
            "Die dringenden persönlichen Gründe rechtfertigen in der Gesamtschau die weitere Anwesenheit im Bundesgebiet. "
            "Ich rege an, bis zur Entscheidung der Kommission von aufenthaltsbeendenden Maßnahmen abzusehen."
            if not first
            else "Ich bitte Sie, meinen Fall zu prüfen."
        )
    )
    blocks += _sign_block(c, c.city_or_nrw(), _short(d.date), r)
    blocks.append(P("Anlagen: " + "; ".join(_enclosures(c, r)), size=8.5))
    return DocSpec(blocks, style(r, "serif"), footer="– {p} –", header=f"Härtefallsache {c.applicant.name}")


@tpl("antrag", "v2", SPLIT)
def antrag_v2(c, d, r):
    """A counselling service's application form: a card per person, questions as the Begründung's headings."""
    first = c.sender == "applicant"
    blocks = _sender_head(c, r, compact=False)
    blocks.append(P(f"{c.city_or_nrw() if first else _rep_place(c)}, {fmt_long(d.date)}", align="right"))
    blocks += _to_hfk(r, fax=False)
    blocks.append(P("Antrag an die Härtefallkommission des Landes NRW", bold=True, size=13, after=2))
    blocks.append(P("(§ 23a Aufenthaltsgesetz)", size=9))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r, 1)))
    blocks.append(P("1. Angaben zu den Personen", bold=True))
    blocks += _persons_cards(c, r)
    blocks.append(P("Anschrift / Unterkunft:", bold=True, size=9.5, after=0))
    for x in _address_lines(c, r, True):
        blocks.append(P(x, after=0, indent=14))
    blocks.append(Space(6))
    blocks.append(P(f"Zuständige Ausländerbehörde: {_abh_of(c.abh)}", size=9.5))
    blocks.append(P("2. Darstellung des Einzelfalls", bold=True))
    q = {
        "lebensgeschichte": "Woher kommt die Familie, und wie kam es zur Einreise?",
        "aufenthaltssituation": "Welchen aufenthaltsrechtlichen Status gibt es heute?",
        "familie": "Wer gehört zur Familie, wer lebt wo?",
        "integration": "Was wurde in Deutschland erreicht?",
        "humanitaere_gruende": "Was spricht gegen eine Rückkehr?",
    }
    if len(c.persons) == 1:
        q["lebensgeschichte"] = "Woher kommt die Person, und wie kam es zur Einreise?"
    for k, text in _topics_text(c, r, first):
        blocks.append(P(q[k], bold=True, size=10, after=1))
        blocks.append(P(text))
    blocks.append(
        P(
            "Beigefügt sind die unterschriebene Vollmacht, die Schweigepflichtentbindung und die Einwilligung zum Datenschutz. "
            "Fehlende Nachweise reichen wir umgehend nach."
            if not first
            else "Papiere, die noch fehlen, schicke ich so schnell wie möglich."
        )
    )
    blocks += _sign_block(c, c.city_or_nrw(), fmt(d.date), r)
    return DocSpec(blocks, style(r, "sans"), footer="Seite {p}/{n}")


@tpl("antrag", "v3", SPLIT)
def antrag_v3(c, d, r):
    """A letter with a family table (relation first) and a Begründung without any headings."""
    first = c.sender == "applicant"
    blocks = _sender_head(c, r, compact=False)
    blocks += _to_hfk(r, fax=False)
    blocks.append(P(f"{c.city_or_nrw() if first else _rep_place(c)}, den {fmt(d.date)}", align="right"))
    blocks.append(P(f"Bitte um Aufnahme in das Härtefallverfahren – {_family_label(c)}", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r)))
    blocks.append(
        P("Der Antrag betrifft folgende Personen:" if len(c.persons) > 1 else "Der Antrag betrifft:", after=2)
    )
    blocks += _persons_relation_table(c)
    blocks.append(
        P(
            r.choice(
                [
                    f"Wohnanschrift: {c.street}, {c.plz} {c.city}",
                    f"Die {'Familie' if len(c.persons) > 1 else 'Person'} wohnt in der {c.street}, {c.plz} {c.city}.",
                ]
            )
        )
    )
    texts = _topics_text(c, r, first)
    for k, text in texts:
        if first and k == "familie":  # a self-written letter has slips (not where facts or hints stand)
            text = typos(text, r, 0.03)
        blocks.append(P(text))
    if "aufenthaltssituation" not in c.topics:
        blocks.append(P(f"Zuständig ist {c.abh}."))
    blocks.append(
        P(
            "Wir wissen, dass die Kommission nur in Ausnahmefällen helfen kann. Wir glauben aber, dass hier ein solcher Fall vorliegt."
            if not first
            else "Ich danke Ihnen für Ihre Mühe."
        )
    )
    blocks += _sign_block(c, c.city_or_nrw(), fmt(d.date), r)
    if r.random() < 0.6:
        blocks.append(P("Anlagen", bold=True, size=9, after=0))
        for x in _enclosures(c, r):
            blocks.append(P("– " + x, size=9, after=0))
    return DocSpec(blocks, style(r), footer=None)


@tpl("antrag", "v4", SPLIT)
def antrag_v4(c, d, r):
    """A short letter: "Betr." line, one line per person, numbered grounds, enclosures numbered."""
    first = c.sender == "applicant"
    blocks = _sender_head(c, r, compact=True)
    blocks += _to_hfk(r, fax=c.sender != "applicant")
    blocks.append(P(f"{fmt_long(d.date)}", align="right"))
    blocks.append(P(f"Betr.: Härtefallantrag gem. § 23a AufenthG für {_all_names(c)}", bold=True, after=2))
    blocks.append(P(f"hier: Ausländerbehörde {_abh_town(c)} ({c.abh})", size=9.5))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r, 2)))
    blocks.append(
        P("Antragsteller/innen:" if len(c.persons) > 1 else "Antragsteller/in:", bold=True, after=2)
    )
    blocks += _persons_first_person(c) if first and r.random() < 0.5 else _persons_lines(c)
    blocks.append(
        P(
            f"alle wohnhaft: {c.street}, {c.plz} {c.city}"
            if len(c.persons) > 1
            else f"wohnhaft: {c.street}, {c.plz} {c.city}",
            indent=18,
        )
    )
    texts = _topics_text(c, r, first)
    blocks.append(P("Zur Begründung:" if not first else "Warum ich diesen Antrag stelle:", bold=True))
    for n, (_k, text) in enumerate(texts, 1):
        blocks.append(P(f"{n}. {text}", indent=0))
    blocks += _sign_block(c, c.city_or_nrw(), fmt_long(d.date), r)
    enc = _enclosures(c, r)
    blocks.append(P(", ".join(f"Anlage {i}: {x}" for i, x in enumerate(enc, 1)), size=8.5))
    return DocSpec(blocks, style(r, "cond"), footer="Seite {p} von {n}" if r.random() < 0.5 else None)


# ============================ antrag (English) ============================


@tpl("antrag", "en_v1", SPLIT)
def antrag_en_v1(c, d, r):
    """An English letter with a labelled card per person (US dates)."""
    blocks = [P(x, after=0, size=9.5) for x in [c.applicant.full, c.street, f"{c.plz} {c.city}"]] + [
        Space(10)
    ]
    blocks += [
        P(x, after=0)
        for x in [
            "To the Hardship Commission of North Rhine-Westphalia",
            "Völklinger Straße 4",
            "40219 Düsseldorf",
            "Germany",
        ]
    ]
    blocks.append(Space(10))
    blocks.append(P(_us(d.date), align="right"))
    blocks.append(P("Subject: Hardship application under Section 23a of the Residence Act", bold=True))
    blocks.append(P("Dear Members of the Commission,"))
    blocks.append(
        P(
            "I kindly ask you to consider my case. I am sorry that I write in English; my German is good for daily life but not for an official letter."
        )
    )
    blocks.append(P("Personal details", bold=True))
    for i, p in enumerate(c.persons):
        rel = {"applicant": "Applicant", "spouse": "Spouse", "child": "Child"}[p.role]
        rows = [
            ["Family name", p.name],
            ["First name(s)", p.vorname],
            ["Born on", _us(p.geburtsdatum) if _shown(c, i, "geburtsdatum") else ""],
            ["Born in", p.geburtsort if _shown(c, i, "geburtsort") else ""],
            ["Citizenship", c.natinfo["en"] if _shown(c, i, "staatsangehoerigkeit") else ""],
        ]
        blocks.append(P(f"{i + 1}. {rel}", bold=True, size=9.5, after=1))
        blocks.append(Table(rows, [0.3, 0.7], header=False, size=9.5))
    blocks.append(P(f"Home address: {c.street}, {c.plz} {c.city}"))
    t = _story_en(c, r)
    heads = {
        "lebensgeschichte": "How we came here",
        "aufenthaltssituation": "Our residence status",
        "familie": "The people in our household",
        "integration": "Work, school and language",
        "humanitaere_gruende": "What a return would mean for us",
    }
    for k in TOPIC_ORDER:
        if k in c.topics:
            blocks.append(P(heads[k], bold=True, after=1))
            blocks.append(P(" ".join(t[k])))
    blocks.append(P("Thank you for your time. Yours sincerely,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, style(r, "serif"))


@tpl("antrag", "en_v2", SPLIT)
def antrag_en_v2(c, d, r):
    """An English e-mail-like letter: the family in running sentences (British dates), no headings."""
    a = c.applicant
    blocks = [P(f"{a.full} · {c.street} · {c.plz} {c.city}", size=8.5), Space(6)]
    blocks += [P(x, after=0) for x in ["Härtefallkommission NRW", "Geschäftsstelle", "40219 Düsseldorf"]] + [
        Space(10)
    ]
    blocks.append(P(f"{c.city_or_nrw()}, {fmt_en(d.date)}"))
    blocks.append(P("Request to the Hardship Commission", bold=True))
    blocks.append(P("Dear Sir or Madam,"))
    intro = f"my name is {a.full}."
    if _shown(c, 0, "geburtsdatum"):
        intro += f" I was born on {fmt_en(a.geburtsdatum)}" + (
            f" in {a.geburtsort}." if _shown(c, 0, "geburtsort") else "."
        )
    elif _shown(c, 0, "geburtsort"):
        intro += f" I was born in {a.geburtsort}."
    if _shown(c, 0, "staatsangehoerigkeit"):
        intro += f" My nationality is {c.natinfo['en']}."
    blocks.append(P(intro))
    others = []
    for i, p in enumerate(c.persons[1:], 1):
        rel = (
            "my wife"
            if p.role == "spouse" and p.sex == "f"
            else "my husband"
            if p.role == "spouse"
            else ("our son" if p.sex == "m" else "our daughter")
        )
        s = f"{rel} {p.full}"
        if _shown(c, i, "geburtsdatum"):
            s += f", born {fmt_en(p.geburtsdatum)}"
        if _shown(c, i, "geburtsort"):
            s += f" in {p.geburtsort}"
        if _shown(c, i, "staatsangehoerigkeit"):
            s += f" ({c.natinfo['en']})"
        others.append(s)
    if others:
        blocks.append(P("I apply together with " + "; ".join(others) + "."))
    blocks.append(P(f"We live at {c.street}, {c.plz} {c.city}."))
    t = _story_en(c, r)
    for k in TOPIC_ORDER:
        if k in c.topics:
            blocks.append(P(" ".join(t[k])))
    blocks.append(P("Please help us. Kind regards,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, style(r, "sans"))


# ============================ bamf_bescheid ============================

# the first four points are the standard tenor every BAMF decision shares (templates.TENOR6)
TENOR_FULL = [
    *TENOR6[:4],
    "Die antragstellende Person wird aufgefordert, die Bundesrepublik Deutschland innerhalb von 30 Tagen nach Bekanntgabe "
    "dieser Entscheidung zu verlassen; im Falle einer Klageerhebung endet die Ausreisefrist 30 Tage nach dem unanfechtbaren "
    "Abschluss des Asylverfahrens. Andernfalls wird sie in den Herkunftsstaat abgeschoben.",
    "Das Einreise- und Aufenthaltsverbot gemäß § 11 Abs. 1 AufenthG wird auf 30 Monate ab dem Tag der Abschiebung befristet.",
]
TENOR_SHORT = [
    "Der Asylantrag ist unzulässig.",
    TENOR4[1],
    "Die Abschiebung in den nach der Dublin-III-Verordnung zuständigen Staat wird angeordnet.",
    "Für den Fall der Abschiebung wird ein Einreise- und Aufenthaltsverbot von 12 Monaten angeordnet.",
]
GROUNDS = [
    "Die antragstellende Person besitzt nach eigenen Angaben die {nat}e Staatsangehörigkeit. Sie reiste am {entry} in das Bundesgebiet ein und stellte am {applied} einen förmlichen Asylantrag.",
    "In der persönlichen Anhörung trug sie vor, sie habe ihr Heimatland wegen allgemeiner Unsicherheit verlassen. Persönlich sei sie bedroht worden, könne die Urheber der Drohungen aber nicht benennen.",
    "Der Antrag ist zulässig, aber unbegründet. Die Voraussetzungen des § 3 Abs. 1 AsylG sind nicht erfüllt, weil eine an ein flüchtlingsrelevantes Merkmal anknüpfende Verfolgung nicht festgestellt werden kann.",
    "Der Sachvortrag weist Widersprüche auf, die auch auf Vorhalt nicht aufgelöst werden konnten. Zeitliche Abläufe wurden in der Anhörung anders geschildert als bei der Erstbefragung.",
    "Ein ernsthafter Schaden im Sinne des § 4 Abs. 1 AsylG droht nicht. Anhaltspunkte für die Verhängung der Todesstrafe oder für Folter sind weder vorgetragen noch sonst ersichtlich.",
    "Auch ein Abschiebungsverbot liegt nicht vor. Die humanitären Verhältnisse im Herkunftsstaat sind zwar schwierig, erreichen aber nicht die hohe Schwelle des Art. 3 EMRK, zumal die antragstellende Person arbeitsfähig ist und über ein familiäres Netzwerk verfügt.",
    "Gesundheitliche Gründe, die einer Rückkehr entgegenstehen könnten, wurden nicht durch eine qualifizierte ärztliche Bescheinigung im Sinne des § 60a Abs. 2c AufenthG glaubhaft gemacht.",
    "Die Ausreiseaufforderung und Abschiebungsandrohung beruhen auf § 34 Abs. 1 AsylG i. V. m. § 59 AufenthG.",
    "Die Befristung des Einreise- und Aufenthaltsverbots ist ermessensfehlerfrei. Schutzwürdige Belange, die eine kürzere Frist rechtfertigen würden, sind nicht bekannt.",
    "Im Übrigen wird auf die Niederschrift der Anhörung sowie auf die dem Bundesamt vorliegenden Lageerkenntnisse verwiesen.",
    "Die Erkenntnislage zum Herkunftsstaat ergibt sich aus den aktuellen Lageberichten des Auswärtigen Amtes und den Länderinformationen des Bundesamtes.",
]


def _grounds(c: Case, d: DocPlan, r: random.Random) -> list[str]:
    a = c.applicant
    n = d.extra.get("bamf_reasons", 6)
    order = GROUNDS[:1] + r.sample(GROUNDS[1:], len(GROUNDS) - 1)
    return [
        order[i % len(order)].format(nat=a.staat, entry=fmt(c.entry), applied=fmt(c.asylum_applied))
        for i in range(n)
    ]


def _bamf_to(c: Case) -> list[str]:
    a = c.applicant
    if c.sender == "anwalt":
        return [c.rep.org, c.rep.street, c.rep.city]
    return [a.herr_frau(), c.street, f"{c.plz} {c.city}"]


@tpl("bamf_bescheid", "v1", SPLIT)
def bamf_v1(c, d, r):
    """Two-column head (office left, reference right), lettered grounds, footer with reference and page count."""
    a = c.applicant
    site = c.bamf_site
    town = site[2].split(" ", 1)[1]
    blocks = [
        Table(
            [
                ["Bundesamt für Migration", f"Gesch.-Z.: {c.bamf_gz}"],
                ["und Flüchtlinge", "(bei Antwort bitte angeben)"],
                [site[0], f"Datum: {fmt(d.date)}"],
                [f"{site[1]}, {site[2]}", f"Ort: {town}"],
            ],
            [0.55, 0.45],
            header=False,
            grid=False,
            size=9,
        ),
        Rule(),
    ]
    blocks += [P(x, after=0) for x in _bamf_to(c)] + [Space(14)]
    blocks.append(P("Bescheid", bold=True, size=15, align="center", after=2))
    blocks.append(
        P(
            f"In dem Asylverfahren von {a.vorname} {a.name.upper()}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, "
            f"Staatsangehörigkeit {a.staat}, ergeht auf Grund des Asylgesetzes folgende Entscheidung:"
        )
    )
    tenor = TENOR_FULL if c.bamf_tenor == 6 else TENOR_SHORT
    for i, t in enumerate(tenor, 1):
        blocks.append(P(f"{i}. {t}", indent=14, after=3))
    blocks.append(P("Gründe", bold=True, align="center"))
    for i, g in enumerate(_grounds(c, d, r)):
        if i == 0:
            blocks.append(P("A.", bold=True, after=1))
        if i == 2:
            blocks.append(P("B.", bold=True, after=1))
        blocks.append(P(g))
    blocks.append(
        P(
            "Rechtsbehelfsbelehrung",
            bold=True,
            after=1,
        )
    )
    blocks.append(
        P(
            f"Binnen zwei Wochen nach Zustellung dieses Bescheids kann beim Verwaltungsgericht "
            f"{(c.court_name or 'Verwaltungsgericht Düsseldorf').replace('Verwaltungsgericht ', '')} Klage erhoben werden. "
            "Sie ist schriftlich einzureichen oder zu Protokoll der Geschäftsstelle des Gerichts zu erklären."
        )
    )
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(
        P(r.choice(["Brückner", "Yilmaz", "Hartmann", "Sommer", "Roth"]) + ", Einzelentscheider/in")
    )
    return DocSpec(blocks, style(r, "sans"), footer=f"{c.bamf_gz} · Seite {{p}} von {{n}}")


@tpl("bamf_bescheid", "v2", SPLIT)
def bamf_v2(c, d, r):
    """Boxed addressee data, a tenor table, grounds with roman numerals; served by PZU."""
    a = c.applicant
    site = c.bamf_site
    blocks = [
        P("BAMF", bold=True, size=18, after=0),
        P("Bundesamt für Migration und Flüchtlinge", size=9, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8),
        Space(6),
        P("Zustellung gegen Postzustellungsurkunde", size=8.5, after=2),
    ]
    blocks += [P(x, after=0) for x in _bamf_to(c)] + [Space(10)]
    blocks.append(P(f"{site[2].split(' ', 1)[1]}, den {fmt_long(d.date)}", align="right", after=0))
    blocks.append(P(f"Geschäftszeichen: Gesch.-Z. {c.bamf_gz}", align="right"))
    blocks.append(P("Bescheid", bold=True, size=14))
    blocks.append(
        Box(
            [
                "Antragsteller/in",
                f"Name: {a.name}   Vorname: {a.vorname}",
                f"geb.: {fmt(a.geburtsdatum)} in {a.geburtsort}",
                f"Staatsangehörigkeit: {a.staat}",
            ],
            size=9.5,
        )
    )
    blocks.append(P("Das Bundesamt entscheidet:", bold=True))
    tenor = TENOR_FULL if c.bamf_tenor == 6 else TENOR_SHORT
    blocks.append(
        Table([[f"{i}.", t] for i, t in enumerate(tenor, 1)], [0.07, 0.93], header=False, grid=False)
    )
    blocks.append(P("Begründung", bold=True))
    for i, g in enumerate(_grounds(c, d, r)):
        blocks.append(
            P(
                f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'][i % 14]}. {g}"
            )
        )
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True, after=1))
    blocks.append(
        P(
            "Gegen diese Entscheidung kann binnen einer Woche nach Bekanntgabe Klage erhoben und ein Antrag nach § 80 Abs. 5 VwGO gestellt werden."
            if c.bamf_tenor == 4
            else "Gegen diese Entscheidung kann binnen zwei Wochen nach Bekanntgabe Klage beim zuständigen Verwaltungsgericht erhoben werden."
        )
    )
    blocks.append(Signature(r.choice(["Kaminski", "Fuchs", "Demir", "Lorenz"]), "Im Auftrag"))
    return DocSpec(
        blocks, style(r, "serif"), footer="Seite {p} von {n}", header=f"BAMF · Gesch.-Z. {c.bamf_gz}"
    )


@tpl("bamf_bescheid", "v3", SPLIT)
def bamf_v3(c, d, r):
    """A compact decision in condensed type: reference block on the left, continuous grounds."""
    a = c.applicant
    site = c.bamf_site
    blocks = [
        Box(["Bundesamt für Migration und Flüchtlinge", f"{site[0]}", f"{site[1]}", f"{site[2]}"], size=8.5),
        Space(4),
        Table(
            [
                ["Gesch.-Z.", c.bamf_gz],
                ["Datum", fmt(d.date)],
                ["Sachbearbeitung", r.choice(["Referat 41G", "Entscheidungszentrum", "Referat 32E"])],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
            size=9,
        ),
    ]
    blocks += [P(x, after=0) for x in _bamf_to(c)] + [Space(12)]
    blocks.append(P("BESCHEID", bold=True, size=13))
    blocks.append(
        P(
            f"Asylverfahren {a.name}, {a.vorname} – geb. {fmt(a.geburtsdatum)}, {a.geburtsort} – {a.staat}"
            + (f" – vertreten durch {c.rep.org}" if c.sender == "anwalt" else "")
        )
    )
    tenor = TENOR_FULL if c.bamf_tenor == 6 else TENOR_SHORT
    for i, t in enumerate(tenor, 1):
        blocks.append(P(f"Ziffer {i}: {t}", after=2))
    blocks.append(P("Gründe:", bold=True))
    grounds = _grounds(c, d, r)
    blocks.append(P(" ".join(grounds[:2])))
    for g in grounds[2:]:
        blocks.append(P(g))
    blocks.append(
        P(
            "Belehrung: Gegen diesen Bescheid ist die Klage zum Verwaltungsgericht zulässig. Sie ist innerhalb von zwei Wochen nach Zustellung zu erheben."
        )
    )
    blocks.append(P("Im Auftrag", after=14))
    blocks.append(P(r.choice(["Becker", "Özdemir", "Schulte", "Vogel"])))
    return DocSpec(blocks, style(r, "cond"), footer="Seite {p} von {n}")


# ============================ aerztliches_gutachten ============================


def _doc_head_line(c: Case, r: random.Random) -> str:
    return f"{c.practice} · {r.choice(N.STREETS)} {r.randint(1, 70)} · {c.court_city_plz()}"


def _ill(c: Case) -> Person:
    return c.persons[c.ill_person]


@tpl("aerztliches_gutachten", "v1", SPLIT)
def med_v1(c, d, r):
    """A qualified certificate in the order of § 60a Abs. 2c AufenthG; place and date only at the end."""
    p = _ill(c)
    code, name, sev = c.diagnosis
    first_seen = c.entry + timedelta(days=r.randint(200, 700))
    blocks = [
        P(c.practice, bold=True, size=12, after=0),
        P(_doc_head_line(c, r).split(" · ", 1)[1], size=8.5),
        Rule(),
        P("Qualifizierte ärztliche Bescheinigung", bold=True, size=13, after=1),
        P("gemäß § 60a Abs. 2c AufenthG – zur Vorlage bei der Härtefallkommission", size=9),
        P(f"Betrifft: {p.full}, * {fmt(p.geburtsdatum)}, wohnhaft {c.adresse}"),
        P("1. Tatsächliche Umstände der Befunderhebung", bold=True, after=1),
        P(
            f"Die Patientin/der Patient ist seit {month_year(first_seen)} in meiner Behandlung; bisher fanden {r.randint(9, 40)} Termine statt, "
            f"teilweise mit Sprachmittlung."
        ),
        P("2. Methode der Tatsachenerhebung", bold=True, after=1),
        P("Klinische Exploration, psychopathologischer Befund, Fremdanamnese, ergänzende Fragebögen."),
        P("3. Diagnose (ICD-10-GM)", bold=True, after=1),
        P(f"{code}  {name}", indent=12),
        P("4. Schweregrad und Prognose", bold=True, after=1),
        P(
            f"Die Erkrankung ist {sev} ausgeprägt. Ohne Fortsetzung der Behandlung ist mit einer deutlichen Verschlechterung zu rechnen."
        ),
        P("5. Aktuelle Behandlung", bold=True, after=1),
        P(", ".join(r.sample(N.MEDICATION, 2)) + "; regelmäßige Gespräche."),
    ]
    blocks.append(Signature(c.doctor, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r, "serif"))


@tpl("aerztliches_gutachten", "v2", SPLIT)
def med_v2(c, d, r):
    """A psychosocial centre's statement: several examination dates, the issue date in the reference line."""
    p = _ill(c)
    code, name, sev = c.diagnosis
    exams = sorted({d.date - timedelta(days=r.randint(7, 120)) for _ in range(3)})
    blocks = [
        P(c.practice, size=13, bold=True, align="center", after=1),
        P(_doc_head_line(c, r), size=8, align="center"),
        Rule(1.0),
        Table(
            [["Ihr Zeichen", "Unser Zeichen", "Datum"], ["–", f"PS-{r.randint(100, 999)}", fmt(d.date)]],
            [0.33, 0.33, 0.34],
            header=True,
            grid=False,
            size=8.5,
        ),
        P("Fachärztliche Stellungnahme", bold=True, size=13),
        P(f"Patient/in: {p.name}, {p.vorname} (geb. {fmt(p.geburtsdatum)})"),
        P("Untersuchungstermine: " + ", ".join(fmt(x) for x in exams), size=9.5),
        P(
            f"Auf Wunsch der Patientin/des Patienten und zur Vorlage bei Behörden berichten wir über die Behandlung. "
            f"Im Vordergrund stehen {r.choice(['Schlafstörungen, Intrusionen und Vermeidungsverhalten', 'Antriebslosigkeit, Grübeln und Rückzug', 'körperliche Beschwerden mit engmaschiger Kontrolle'])}."
        ),
        P("Diagnose:", bold=True, after=1),
        P(f"{name} – {code}", indent=12),
        P(
            f"Beurteilung: Die Erkrankung ist als {sev} einzuschätzen und bedarf einer fortlaufenden Behandlung. "
            "Ein Abbruch der Therapie, etwa durch eine Rückführung, würde den Behandlungserfolg gefährden."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, style(r, "sans"), footer="Seite {p} von {n}" if r.random() < 0.5 else None)


@tpl("aerztliches_gutachten", "v3", SPLIT)
def med_v3(c, d, r):
    """A GP's short attest on letter paper; the date stands in the letterhead line (two-digit year)."""
    p = _ill(c)
    code, name, _ = c.diagnosis
    blocks = [
        Table([[c.practice, f"Datum: {_short(d.date)}"]], [0.72, 0.28], header=False, grid=False, size=9),
        P(
            f"{r.choice(N.STREETS)} {r.randint(1, 70)}, {c.court_city_plz()} · Tel. 0{r_digits(c.practice)}",
            size=8,
        ),
        Rule(),
        P("Ärztliches Attest", bold=True, size=14, align="center"),
        P(
            f"{p.herr_frau()}, geb. {fmt(p.geburtsdatum)}, steht in meiner hausärztlichen Betreuung. "
            f"Es besteht {name} ({code})."
        ),
        P(
            "Die Erkrankung erfordert regelmäßige Kontrollen und eine dauerhafte medikamentöse Einstellung "
            f"({r.choice(N.MEDICATION)}). Eine Unterbrechung der Versorgung ist medizinisch nicht vertretbar."
        ),
        P("Ausgestellt auf Wunsch der behandelten Person zur Vorlage bei einer Behörde."),
        Signature(c.doctor + " (Stempel)"),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ============================ vollmacht ============================


def _vm_holder(c: Case) -> str:
    rp = c.rep
    if c.sender == "anwalt":
        return f"{rp.org}, {rp.street}, {rp.city}"
    if c.sender == "beratungsstelle":
        return f"{rp.org}, vertreten durch {rp.person}, {rp.street}, {rp.city}"
    return f"{rp.person}, {rp.street}, {rp.city}"


@tpl("vollmacht", "v1", SPLIT)
def vollmacht_v1(c, d, r):
    """A lawyer's standard form with a table of principals and a list of powers."""
    blocks = [
        P(c.rep.org if c.rep else "", size=9, align="right"),
        P("VOLLMACHT", bold=True, size=16, after=4),
        P("Hiermit wird", after=1),
        P(_vm_holder(c), bold=True, indent=10),
        P("in der Angelegenheit", after=1),
        P(f"{c.applicant.name} wegen Aufenthaltsrecht / Härtefallverfahren (§ 23a AufenthG)", indent=10),
        P("Vollmacht erteilt, und zwar insbesondere:", after=1),
    ]
    for x in [
        "zur Vertretung gegenüber Ausländerbehörden, der Härtefallkommission und allen sonstigen Behörden;",
        "zur Einsicht in Behörden- und Gerichtsakten sowie zum Empfang aller Zustellungen;",
        "zum Stellen und Zurücknehmen von Anträgen und zum Einlegen von Rechtsbehelfen;",
        "zur Bestellung von Vertretern (Untervollmacht).",
    ]:
        blocks.append(P("☒ " + x, indent=10, after=1))
    blocks.append(Space(6))
    rows = [["Vollmachtgeber/in (Name, Geburtsdatum)", "Unterschrift"]]
    rows += [[f"{p.full}, geb. {fmt(p.geburtsdatum)}", ""] for p in c.persons if p.role != "child"]
    blocks.append(Table(rows, [0.62, 0.38], size=9.5))
    blocks.append(P(f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "v2", SPLIT)
def vollmacht_v2(c, d, r):
    """A counselling service's authorisation with check boxes (also used by private helpers)."""
    a = c.applicant
    blocks = [
        P("Bevollmächtigung", bold=True, size=14, align="center"),
        P("und Einverständnis zur Weitergabe von Informationen", size=9.5, align="center"),
        Rule(),
        Table(
            [
                ["Ich / wir", _all_names(c)],
                ["wohnhaft", c.adresse],
                ["bevollmächtige(n)", _vm_holder(c)],
            ],
            [0.28, 0.72],
            header=False,
            size=9.5,
        ),
        P("mich / uns in folgenden Angelegenheiten zu vertreten:", after=2),
        P("☒ Härtefallantrag bei der Härtefallkommission NRW", indent=10, after=1),
        P("☒ Schriftverkehr mit der Ausländerbehörde " + _abh_town(c), indent=10, after=1),
        P("☐ Verfahren vor dem Verwaltungsgericht", indent=10, after=1),
        P("☒ Kontakt zu Schulen, Ärztinnen und Ärzten, Arbeitgebern", indent=10),
        P("Die Bevollmächtigung gilt bis auf schriftlichen Widerruf.", size=9),
        Signature(a.full, f"{c.city_or_nrw()}, den {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("vollmacht", "v3", SPLIT)
def vollmacht_v3(c, d, r):
    """A short handwritten-style power of attorney in running text."""
    a = c.applicant
    holder = c.rep.person if c.rep else ""
    born = f", geboren am {fmt(a.geburtsdatum)}," if r.random() < 0.7 else ","
    blocks = [
        P("Vollmacht", bold=True, size=15, after=10),
        P(
            f"Ich, {a.full}{born} wohnhaft {c.adresse}, erteile {holder}"
            f"{' (' + c.rep.org + ')' if c.rep and c.rep.kind != 'privat' else ''} Vollmacht, mich und meine Familie im "
            "Verfahren vor der Härtefallkommission des Landes Nordrhein-Westfalen zu vertreten, Auskünfte einzuholen "
            "und Post für mich entgegenzunehmen."
        ),
        P("Diese Vollmacht gilt auch gegenüber der Ausländerbehörde."),
        Space(10),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", after=2),
        Signature(a.full),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ schweigepflichtsentbindung ============================


@tpl("schweigepflichtsentbindung", "v1", SPLIT)
def schweige_v1(c, d, r):
    """Release for one named doctor, towards the commission's office and the ABH."""
    p = _ill(c)
    blocks = [
        P(
            "Entbindung von der ärztlichen Schweigepflicht – Erklärung der Patientin / des Patienten",
            bold=True,
            size=12,
        ),
        Rule(),
        P(
            f"Ich, {p.full} (geb. {fmt(p.geburtsdatum)}), entbinde hiermit {c.doctor}, {c.practice}, "
            "gegenüber der Geschäftsstelle der Härtefallkommission NRW und der zuständigen Ausländerbehörde von der Schweigepflicht."
        ),
        P(
            "Die Entbindung umfasst Auskünfte über Diagnosen, Behandlungsverlauf und Prognose sowie die Übersendung von Befunden."
        ),
        P("Sie kann jederzeit für die Zukunft widerrufen werden.", size=9),
        Signature(p.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "v2", SPLIT)
def schweige_v2(c, d, r):
    """Release in table form for several bodies, check boxes for who may exchange information."""
    p = _ill(c)
    blocks = [
        P(c.rep.org if c.rep and c.rep.kind != "privat" else "", size=8.5),
        P("Schweigepflichtentbindung", bold=True, size=14),
        Table(
            [
                ["Betroffene Person", p.full],
                ["geb. am", fmt(p.geburtsdatum)],
                ["wohnhaft", c.adresse],
            ],
            [0.26, 0.74],
            header=False,
            size=9.5,
        ),
        P("Ich entbinde die folgenden Stellen wechselseitig von ihrer Schweigepflicht:", after=2),
        P(f"☒ {c.practice}", indent=10, after=1),
        P("☒ Härtefallkommission NRW / Geschäftsstelle", indent=10, after=1),
        P("☐ Sozialamt", indent=10, after=1),
        P(f"☒ {c.rep.org if c.rep and c.rep.kind != 'privat' else 'meine Vertrauensperson'}", indent=10),
        P("Mir ist bekannt, dass ich diese Erklärung verweigern oder widerrufen kann.", size=9),
        P(f"Datum: {fmt(d.date)}", after=2),
        Signature(p.full),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("schweigepflichtsentbindung", "v3", SPLIT)
def schweige_v3(c, d, r):
    """For a child: the parent releases the doctors; otherwise the patient. Date long form."""
    p = _ill(c)
    parent = c.applicant if p.role == "child" else p
    text = (
        f"Als Erziehungsberechtigte/r von {p.full}, geboren {fmt(p.geburtsdatum)}, entbinde ich die behandelnden Ärztinnen und Ärzte "
        "von der Schweigepflicht gegenüber der Härtefallkommission des Landes NRW."
        if p.role == "child"
        else f"Hiermit entbinde ich, {p.full}, geboren {fmt(p.geburtsdatum)}, alle mich behandelnden Ärztinnen, Ärzte und "
        "Psychotherapeut/innen von der Schweigepflicht gegenüber der Härtefallkommission des Landes NRW."
    )
    blocks = [
        P("Entbindung von der Schweigepflicht", bold=True, size=13, align="center"),
        Space(8),
        P(text),
        P("Die Erklärung gilt für die Dauer des Härtefallverfahrens."),
        Space(8),
        Signature(parent.full, f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ datenschutzeinwilligung ============================


@tpl("datenschutzeinwilligung", "v1", SPLIT)
def ds_v1(c, d, r):
    """Consent under Art. 6 and 9 GDPR with a signature table for every adult."""
    blocks = [
        P("Einwilligungserklärung zur Datenverarbeitung", bold=True, size=13),
        P("nach Art. 6 Abs. 1 Buchst. a und Art. 9 Abs. 2 Buchst. a DSGVO", size=9),
        Rule(),
        P(
            "Ich willige ein, dass die Geschäftsstelle der Härtefallkommission die von mir übermittelten personenbezogenen Daten, "
            "einschließlich Gesundheitsdaten, zur Bearbeitung meines Härtefallantrags verarbeitet und an die Mitglieder der "
            "Kommission sowie die zuständige Ausländerbehörde übermittelt."
        ),
        P(
            "Die Einwilligung ist freiwillig und kann jederzeit mit Wirkung für die Zukunft widerrufen werden.",
            size=9.5,
        ),
    ]
    rows = [["Name", "Datum", "Unterschrift"]]
    for p in c.persons:
        if p.role != "child" or p.age_on(d.date) >= 16:
            rows.append([p.full, fmt(d.date), ""])
    blocks.append(Table(rows, [0.4, 0.2, 0.4], size=9.5))
    return DocSpec(blocks, style(r))


@tpl("datenschutzeinwilligung", "v2", SPLIT)
def ds_v2(c, d, r):
    """A counselling service's data protection notice with information duties and a consent box."""
    org = c.rep.org if c.rep and c.rep.kind != "privat" else "Beratungsstelle"
    blocks = [
        P(org, size=9, bold=True),
        P("Datenschutzhinweise und Einwilligung", bold=True, size=13),
        P("Wer verarbeitet Ihre Daten?", bold=True, after=1),
        P(f"{org} sowie die Geschäftsstelle der Härtefallkommission NRW, jeweils für ihren Bereich."),
        P("Wozu?", bold=True, after=1),
        P("Für die Vorbereitung, Einreichung und Bearbeitung des Härtefallantrags."),
        P("Ihre Rechte", bold=True, after=1),
        P(
            "Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Beschwerde bei der Aufsichtsbehörde (LDI NRW)."
        ),
        P(
            f"☒ Ich, {c.applicant.full}, bin mit der Verarbeitung meiner Daten und der Daten meiner Familie einverstanden.",
            after=8,
        ),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, {_short(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("datenschutzeinwilligung", "v3", SPLIT)
def ds_v3(c, d, r):
    """A short consent paragraph with the full date in words."""
    blocks = [
        P(f"{c.applicant.full}, {c.adresse}", size=9),
        Space(8),
        P("Einverständniserklärung Datenschutz", bold=True, size=12),
        P(
            "Ich bin damit einverstanden, dass meine Daten und die Daten meiner mitreisenden Familienangehörigen für das Verfahren "
            "vor der Härtefallkommission gespeichert und an die beteiligten Stellen weitergegeben werden. "
            "Ich wurde darüber informiert, dass ich diese Einwilligung widerrufen kann."
        ),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, am {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ lebenslauf ============================


@tpl("lebenslauf", "v1", SPLIT)
def cv_v1(c, d, r):
    """Tabular CV in sections, years on the left."""
    a = c.applicant
    blocks = [
        P("Lebenslauf (tabellarisch)", bold=True, size=14),
        P("Persönliche Daten", bold=True, after=1),
        Table(
            [
                ["Vor- und Zuname", a.full],
                ["Geburtsdatum, -ort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Wohnort", c.adresse],
                ["Familienstand", "verheiratet" if len(c.persons) > 1 else "ledig"],
            ],
            [0.28, 0.72],
            header=False,
            grid=False,
        ),
        P("Schule und Beruf im Herkunftsland", bold=True, after=1),
        Table(
            [
                [f"{a.geburtsdatum.year + 6}–{a.geburtsdatum.year + 15}", "Schulbesuch"],
                [
                    f"{a.geburtsdatum.year + 16}–{c.entry.year - 1}",
                    r.choice(
                        ["Mitarbeit im Familienbetrieb", "Arbeit als Fahrer", "Arbeit in einer Schneiderei"]
                    ),
                ],
            ],
            [0.28, 0.72],
            header=False,
            grid=False,
        ),
        P("In Deutschland", bold=True, after=1),
    ]
    rows = [[month_year(c.entry), "Einreise"]]
    if c.asylum:
        rows.append([month_year(c.asylum_applied), "Asylantrag"])
    rows.append([str(c.entry.year + 1), "Integrationskurs, Deutschprüfung"])
    if c.job:
        rows.append([f"seit {c.entry.year + 2}", f"{c.job} bei {c.employer}"])
    blocks.append(Table(rows, [0.28, 0.72], header=False, grid=False))
    blocks.append(P(f"{c.city_or_nrw()}, {fmt(d.date)}", after=2))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, style(r))


@tpl("lebenslauf", "v2", SPLIT)
def cv_v2(c, d, r):
    """A CV in the applicant's own sentences."""
    a = c.applicant
    text = [
        f"Ich heiße {a.full} und wurde am {fmt(a.geburtsdatum)} in {a.geburtsort} geboren.",
        "Dort bin ich zur Schule gegangen und habe danach gearbeitet.",
        f"Im {month_year(c.entry)} bin ich nach Deutschland gekommen.",
        "Ich habe einen Deutschkurs besucht und lerne weiter.",
    ]
    if c.job:
        text.append(f"Heute arbeite ich als {c.job}.")
    blocks = [P("Mein Lebenslauf", bold=True, size=14, align="center"), Space(6)]
    blocks += [P(x) for x in text]
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {_short(d.date)}"))
    return DocSpec(blocks, style(r, "serif"))


# ============================ sprachnachweis ============================


@tpl("sprachnachweis", "v1", SPLIT)
def sprach_v1(c, d, r):
    """A certificate of the immigrant language test with part results."""
    a = c.applicant
    blocks = [
        P("Zertifikat", bold=True, size=20, align="center", after=0),
        P("Deutsch-Test für Zuwanderer (DTZ)", size=12, align="center"),
        P(f"{a.name}, {a.vorname}", bold=True, align="center", after=0),
        P(f"geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}", align="center"),
        P(
            f"hat am {fmt(d.date - timedelta(days=r.randint(20, 60)))} die Prüfung mit folgendem Ergebnis abgelegt:"
        ),
        Table(
            [
                ["Teil der Prüfung", "erreichte Stufe"],
                ["Hören und Lesen", "B1"],
                ["Schriftlicher Ausdruck", r.choice(["A2", "B1"])],
                ["Mündliche Prüfung", "B1"],
                ["Gesamt", "B1"],
            ],
            [0.6, 0.4],
        ),
        P(f"Ausstellungsdatum: {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("sprachnachweis", "v2", SPLIT)
def sprach_v2(c, d, r):
    """A course provider's attendance confirmation."""
    a = c.applicant
    blocks = [
        P(f"Volkshochschule {c.city_or_nrw()}", bold=True, size=12),
        P("Teilnahmebestätigung", bold=True, size=13),
        P(
            f"{a.herr_frau()}, geb. {fmt(a.geburtsdatum)}, hat vom {fmt(d.date - timedelta(days=200))} bis {fmt(d.date - timedelta(days=10))} "
            f"am Integrationskurs (Sprachkurs, {r.choice([600, 700])} Unterrichtseinheiten) teilgenommen. Die Anwesenheit lag bei {r.randint(82, 99)} %."
        ),
        P("Der Kurs endete mit der Prüfung Deutsch-Test für Zuwanderer."),
        Signature("Fachbereich Deutsch als Fremdsprache", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


# ============================ arbeitsnachweis ============================


@tpl("arbeitsnachweis", "v1", SPLIT)
def arbeit_v1(c, d, r):
    """An employer's confirmation of employment in table form."""
    a = c.applicant
    blocks = [
        *letterhead(r, [c.employer, "Personalabteilung"], kind=2),
        P("Arbeitgeberbescheinigung", bold=True, size=13),
        Table(
            [
                ["Arbeitnehmer/in", a.full],
                ["geboren am", fmt(a.geburtsdatum)],
                ["beschäftigt seit", fmt(c.entry + timedelta(days=730))],
                ["Tätigkeit", c.job],
                ["Arbeitszeit", f"{r.choice([30, 35, 39, 40])} Std./Woche"],
                ["Bruttolohn", f"{r.randint(1900, 2800)},00 EUR monatlich"],
                ["Befristung", "unbefristet"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Auf Wunsch der beschäftigten Person zur Vorlage bei einer Behörde ausgestellt."),
        Signature("Personalleitung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("arbeitsnachweis", "v2", SPLIT)
def arbeit_v2(c, d, r):
    """A payslip."""
    a = c.applicant
    brutto = r.randint(1900, 2800)
    blocks = [
        P(c.employer, size=9),
        P(f"Verdienstabrechnung {month_year(d.date)}", bold=True, size=12),
        P(f"{a.full}, Personalnummer {r.randint(1000, 9999)}", size=9.5),
        Table(
            [
                ["Bezeichnung", "EUR"],
                ["Tariflohn", f"{brutto},00"],
                ["Brutto gesamt", f"{brutto},00"],
                ["Steuerabzug", f"{r.randint(80, 200)},17"],
                ["SV-Beiträge Arbeitnehmer", f"{int(brutto * 0.2)},40"],
                ["Netto ausgezahlt", f"{int(brutto * 0.7)},55"],
            ],
            [0.6, 0.4],
        ),
        P(f"Abrechnungsdatum: {fmt(d.date)}", size=8.5),
    ]
    return DocSpec(blocks, style(r, "mono"))


# ============================ ehrenamt ============================


@tpl("ehrenamt", "v1", SPLIT)
def ehren_v1(c, d, r):
    """A club's confirmation with an hours table."""
    a = c.applicant
    blocks = [
        *letterhead(r, [c.club, f"gemeinnütziger Verein in {c.city}"], kind=1),
        P("Nachweis über ehrenamtliche Tätigkeit", bold=True),
        P(f"{a.full} ist seit {c.entry.year + r.randint(1, 3)} ehrenamtlich bei uns aktiv:"),
        Table(
            [
                ["Jahr", "Tätigkeit", "Stunden ca."],
                [str(d.date.year - 1), "Ausgabe, Aufbau, Fahrdienst", str(r.randint(60, 140))],
                [str(d.date.year), "wie oben", str(r.randint(20, 80))],
            ],
            [0.2, 0.55, 0.25],
        ),
        P("Wir sind für diese Hilfe sehr dankbar."),
        Signature("für den Vorstand", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("ehrenamt", "v2", SPLIT)
def ehren_v2(c, d, r):
    """A parish membership and volunteer note."""
    a = c.applicant
    blocks = [
        P(c.club, bold=True),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P("Bescheinigung", bold=True, size=12),
        P(
            f"Wir bestätigen, dass {a.full} Mitglied in unserer Gemeinschaft ist und sich seit Jahren zuverlässig einbringt – "
            "beim Gemeindefest, im Besuchsdienst und bei der Hausaufgabenhilfe."
        ),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ unterstuetzerschreiben ============================


@tpl("unterstuetzerschreiben", "v1", SPLIT)
def unter_v1(c, d, r):
    """Neighbours and friends sign a joint letter."""
    blocks = [
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("An die Härtefallkommission NRW", after=10),
        P(f"Wir unterstützen {_family_label(c)}", bold=True),
        P(
            f"Wir kennen {c.applicant.full} seit Jahren als Nachbarn und Freunde. Die Familie ist hilfsbereit, zuverlässig und fest in "
            "unserer Straße verwurzelt. Wir bitten Sie herzlich, ihr ein Bleiberecht zu ermöglichen."
        ),
    ]
    rows = [["Name", "Anschrift", "Unterschrift"]]
    for _ in range(r.randint(3, 6)):
        rows.append(
            [
                f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}",
                f"{r.choice(N.STREETS)} {r.randint(1, 90)}",
                "",
            ]
        )
    blocks.append(Table(rows, [0.35, 0.4, 0.25], size=9.5))
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "v2", SPLIT)
def unter_v2(c, d, r):
    """The employer speaks up for the applicant."""
    a = c.applicant
    boss = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(c.employer, bold=True, size=12),
        P(fmt(d.date), align="right"),
        P(f"Stellungnahme zum Härtefallantrag von {a.full}", bold=True),
        P(
            f"als Geschäftsführer/in möchte ich mich ausdrücklich für {a.full} einsetzen. Ich kenne {a.vorname} seit "
            f"{r.randint(2, 6)} Jahren; auf die Arbeit ist immer Verlass. Wir würden die Zusammenarbeit sehr gern fortsetzen "
            "und unterstützen den Verbleib in Deutschland."
        ),
        Signature(boss, "Geschäftsführung"),
    ]
    return DocSpec(blocks, style(r))


# ============================ schulnachweis ============================


@tpl("schulnachweis", "v1", SPLIT)
def schul_v1(c, d, r):
    """The school office's certificate of attendance."""
    k = _child(c, d)
    blocks = [
        P(c.school, bold=True, size=12, after=0),
        P("Sekretariat", size=9),
        Rule(),
        P("Schulbescheinigung", bold=True, size=14),
        P(
            f"{k.full}, geboren am {fmt(k.geburtsdatum)}, ist seit {month_year(d.date - timedelta(days=r.randint(300, 1200)))} "
            f"Schüler/in unserer Schule und besucht zurzeit die Klasse {max(1, k.age_on(d.date) - 5)}{r.choice('abc')}."
        ),
        P("Die Bescheinigung wird zur Vorlage bei der Ausländerbehörde / Härtefallkommission ausgestellt."),
        Signature("Schulleitung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "v2", SPLIT)
def schul_v2(c, d, r):
    """A half-year report with a grades table."""
    k = _child(c, d)
    year = d.date.year
    blocks = [
        P(c.school, bold=True, align="center"),
        P(f"Halbjahreszeugnis Schuljahr {year - 1}/{year % 100:02d}", bold=True, size=13, align="center"),
        P(f"für {k.full}, geb. {fmt(k.geburtsdatum)}, Klasse {max(1, k.age_on(d.date) - 5)}"),
        Table(
            [["Fach", "Note"]]
            + [
                [f, r.choice(["gut", "befriedigend", "sehr gut"])]
                for f in ["Deutsch", "Mathematik", "Englisch", "Sachunterricht", "Sport"]
            ],
            [0.6, 0.4],
        ),
        P(f"Fehltage: {r.randint(0, 5)}, davon unentschuldigt: 0", size=9.5),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Signature("Klassenleitung"),
    ]
    return DocSpec(blocks, style(r))


# ============================ auslaenderbehoerde ============================


def _abh_letterhead(c: Case, r: random.Random) -> list:
    return [
        P(c.abh, bold=True, size=12, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 40)} · {c.abh_plz} {_abh_town(c)}", size=8.5, after=0),
        P(f"Sachbearbeitung: Zimmer {r.randint(100, 450)}, Telefon 0{r_digits(c.abh)}", size=8.5),
        Rule(),
    ]


@tpl("auslaenderbehoerde", "duldung_v", SPLIT)
def abh_duldung_v(c, d, r):
    """A Duldung certificate laid out as a form: labels in a left column, conditions below."""
    a = c.applicant
    if c.gestattung:
        title = "Aufenthaltsgestattung nach § 63 Asylgesetz"
    else:
        title = "Duldung – Aussetzung der Abschiebung gemäß § 60a Abs. 4 AufenthG"
    blocks = [
        P(title, bold=True, size=12, align="center"),
        P("– Dies ist kein Aufenthaltstitel und kein Passersatz –", size=8.5, align="center"),
        Table(
            [
                ["Familienname", a.name.upper()],
                ["Vornamen", a.vorname],
                ["geboren am / in", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                ["Staatsang.", a.staat],
                ["Wohnanschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
        ),
        P(
            f"{'Gültig' if c.gestattung else 'Die Abschiebung ist ausgesetzt'} bis: "
            f"{fmt(d.date + timedelta(days=r.choice([90, 120, 180])))}"
        ),
        P("Nebenbestimmungen:", bold=True, after=1),
        P(
            "Beschäftigung nach Maßgabe der erteilten Erlaubnis. Ausbildungsduldung gemäß § 60c AufenthG."
            if c.ausbildung
            else "Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde. Wohnsitzauflage."
        ),
        P(f"Ausgestellt: {_abh_town(c)}, {fmt(d.date)}", after=2),
        Box([c.abh, f"{c.abh_plz} {_abh_town(c)}"], size=8.5),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("auslaenderbehoerde", "anh_v", SPLIT)
def abh_anh_v(c, d, r):
    """A letter to the person: the authority asks for a passport or announces the deportation."""
    a = c.applicant
    blocks = _abh_letterhead(c, r)
    blocks += [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(10)]
    blocks.append(P(fmt(d.date), align="right"))
    if c.gestattung:
        blocks.append(P("Wohnsitzauflage", bold=True))
        blocks.append(
            P(
                f"Für die Dauer des Asylverfahrens sind Sie verpflichtet, in {c.city_or_nrw()} zu wohnen (§ 60 AsylG). "
                "Ein Umzug ist nur mit Zustimmung der Ausländerbehörde möglich."
            )
        )
    elif c.rueckfuehrung:
        blocks.append(P("Ankündigung der Rückführung", bold=True))
        blocks.append(
            P(
                f"Sie sind vollziehbar ausreisepflichtig. Ihre Rückführung ist für den {fmt(c.rueckfuehrung)} geplant. "
                "Halten Sie sich an diesem Tag ab 4:00 Uhr in Ihrer Wohnung bereit."
            )
        )
    else:
        blocks.append(P("Mitwirkung bei der Passbeschaffung", bold=True))
        blocks.append(
            P(
                "Sie sind vollziehbar ausreisepflichtig. Sie werden aufgefordert, innerhalb von vier Wochen einen gültigen Pass oder "
                "Passersatz vorzulegen bzw. die Beantragung nachzuweisen (§ 48 Abs. 3, § 60b AufenthG)."
            )
        )
    if c.einreiseverbot:
        blocks.append(
            P("Auf das bestehende Einreise- und Aufenthaltsverbot nach § 11 AufenthG wird hingewiesen.")
        )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(P("Im Auftrag", after=12))
    blocks.append(P(r.choice(["Wiegand", "Kurz", "Pohl", "Acar"])))
    return DocSpec(blocks, style(r))


# ============================ gerichtsentscheidung ============================


@tpl("gerichtsentscheidung", "v1", SPLIT)
def court_v1(c, d, r):
    """A chamber's order in summary proceedings (or a judgment in an asylum case), rubrum in short lines."""
    a = c.applicant
    kind = "Urteil" if c.asylum and r.random() < 0.6 else "Beschluss"
    blocks = [
        P(c.court_name.upper(), bold=True, align="center", after=0),
        P(f"Aktenzeichen: {c.court_az}", align="center"),
    ]
    if kind == "Urteil":
        blocks.append(P("Im Namen des Volkes", bold=True, align="center"))
    blocks.append(P(kind, bold=True, size=14, align="center"))
    blocks.append(P("In dem Verwaltungsrechtsstreit", after=1))
    blocks.append(P(f"{a.full}, {c.adresse},", indent=14, after=1))
    blocks.append(P("– Kläger/in –" if kind == "Urteil" else "– Antragsteller/in –", indent=14))
    blocks.append(P("gegen", after=1))
    blocks.append(
        P(
            "die Bundesrepublik Deutschland, diese vertreten durch das Bundesamt für Migration und Flüchtlinge (BAMF),"
            if c.asylum
            else f"das Land Nordrhein-Westfalen, dieses vertreten durch {c.abh},",
            indent=14,
        )
    )
    blocks.append(
        P(
            f"hat die {r.randint(1, 20)}. Kammer des {c.court_name.replace('Verwaltungsgericht', 'Verwaltungsgerichts')} "
            f"am {fmt_long(d.date)} {'für Recht erkannt' if kind == 'Urteil' else 'beschlossen'}:"
        )
    )
    blocks.append(
        P(
            "Die Klage wird abgewiesen. Der Kläger hat die Kosten des Verfahrens zu tragen; Gerichtskosten werden nicht erhoben."
            if kind == "Urteil"
            else "Der Antrag auf Gewährung vorläufigen Rechtsschutzes wird abgelehnt. Die Kosten trägt der Antragsteller. Der Streitwert wird auf 2.500 Euro festgesetzt."
        )
    )
    blocks.append(P("Gründe", bold=True, align="center"))
    for x in r.sample(
        [
            "Der Antrag ist zulässig, aber unbegründet.",
            "Das Gericht hat keine ernstlichen Zweifel an der Rechtmäßigkeit der angegriffenen Entscheidung.",
            "Die geltend gemachten Bindungen im Bundesgebiet begründen kein rechtliches Abschiebungshindernis aus Art. 8 EMRK.",
            "Ein inlandsbezogenes Vollstreckungshindernis ist nicht glaubhaft gemacht.",
            "Die Entscheidung ist unanfechtbar."
            if kind == "Beschluss"
            else "Die Kostenentscheidung folgt aus § 154 Abs. 1 VwGO, § 83b AsylG.",
        ],
        3,
    ):
        blocks.append(P(x))
    blocks.append(
        P(r.choice(["Dr. Engel", "Krüger", "Baumann"]) + ", Richter/in am Verwaltungsgericht", align="right")
    )
    return DocSpec(blocks, style(r, "serif"), footer="Seite {p} von {n}")


@tpl("gerichtsentscheidung", "v2", SPLIT)
def court_v2(c, d, r):
    """A certified copy: 'Ausfertigung', a header box, the operative part first."""
    a = c.applicant
    blocks = [
        Box(["Ausfertigung", c.court_name, f"Az. {c.court_az}"], size=9),
        P(f"{'Urteil' if c.asylum else 'Beschluss'} vom {fmt(d.date)}", bold=True, size=13),
        P(
            f"In der {'Asylstreitsache' if c.asylum else 'Verwaltungsstreitsache'} {a.name}, {a.vorname} "
            f"./. {'Bundesrepublik Deutschland (BAMF)' if c.asylum else 'Land NRW'}"
        ),
        P("Tenor:", bold=True, after=1),
        P(
            "Die Klage wird abgewiesen. Der Kläger trägt die Kosten."
            if c.asylum
            else "Der Antrag wird abgelehnt; die Kosten des Verfahrens trägt der Antragsteller."
        ),
        P("Entscheidungsgründe:" if c.asylum else "Gründe:", bold=True, after=1),
        P(
            "Das Gericht nimmt auf die zutreffenden Gründe der angefochtenen Entscheidung Bezug. Das Vorbringen im gerichtlichen "
            "Verfahren rechtfertigt keine andere Bewertung; insbesondere wurde keine individuelle Gefährdung substantiiert dargelegt."
        ),
        P("Beglaubigt: Urkundsbeamtin der Geschäftsstelle", size=9, align="right"),
    ]
    return DocSpec(blocks, style(r))


# ============================ strafrecht ============================


@tpl("strafrecht", "v1", SPLIT)
def straf_v1(c, d, r):
    """A penalty order of the local court."""
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city} – Abteilung für Strafsachen", bold=True, size=12),
        P(f"Cs {r.randint(10, 900)} Js {r.randint(1000, 9999)}/{d.date.year % 100}", align="right"),
        P("Strafbefehl", bold=True, size=14, align="center"),
        P(f"gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, wohnhaft {c.adresse}"),
        P(f"Die Staatsanwaltschaft legt Ihnen zur Last, sich wegen {off} strafbar gemacht zu haben."),
        P(f"Gegen Sie wird eine Geldstrafe von {sentence} festgesetzt."),
        P(
            "Der Strafbefehl wird rechtskräftig und vollstreckbar, wenn nicht binnen zwei Wochen nach seiner Zustellung Einspruch eingelegt wird.",
            size=9.5,
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P("gez. (Unterschrift) – Richterin/Richter", size=9.5),
    ]
    return DocSpec(blocks, style(r))


@tpl("strafrecht", "v2", SPLIT)
def straf_v2(c, d, r):
    """An extract from the federal central register with one entry."""
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P("Bundesamt für Justiz · Bundeszentralregister · 53094 Bonn", bold=True, size=11),
        P("Führungszeugnis zur Vorlage bei einer Behörde", bold=True, size=13),
        Table(
            [
                ["Geburtsname/Familienname", a.name],
                ["Vornamen", a.vorname],
                ["Geburtsdatum/-ort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
            ],
            [0.4, 0.6],
            header=False,
        ),
        P("Eintragungen:", bold=True, after=1),
        P(
            f"1. Entscheidung vom {fmt(c.criminal_date)}, Amtsgericht {c.court_city}: Strafbefehl wegen {off}; Geldstrafe {sentence}."
        ),
        P(f"Bonn, {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "mono"))


# ============================ identitaetsnachweis ============================


@tpl("identitaetsnachweis", "v1", SPLIT)
def id_v1(c, d, r):
    """A photocopy of a passport data page with the machine-readable zone."""
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        Box(
            [
                f"PASSPORT / REISEPASS  –  {c.natinfo['land'].upper()}",
                f"Surname: {a.name.upper()}",
                f"Given names: {a.vorname.upper()}",
                f"Date of birth: {a.geburtsdatum.strftime('%d.%m.%Y')}   Place of birth: {a.geburtsort.upper()}",
                f"Date of issue: {d.date.strftime('%d.%m.%Y')}   No. {zlib.crc32(a.full.encode()) % 10**8:08d}",
            ],
            size=10,
        ),
        Space(8),
        P(l1, font="mono", size=9.5, after=0),
        P(l2, font="mono", size=9.5, after=6),
        P("Kopie stimmt mit dem vorgelegten Original überein.", size=8, align="right"),
    ]
    return DocSpec(blocks, style(r))


@tpl("identitaetsnachweis", "v2", SPLIT)
def id_v2(c, d, r):
    """A certified translation of a birth certificate."""
    a = c.applicant
    blocks = [
        P("Beglaubigte Übersetzung aus dem Arabischen / der Landessprache", size=9, align="right"),
        P("Auszug aus dem Geburtenregister", bold=True, size=14, align="center"),
        Table(
            [
                ["Zuname", a.name],
                ["Vorname(n) des Kindes", a.vorname],
                ["Tag und Ort der Geburt", f"{fmt(a.geburtsdatum)}, {a.geburtsort} ({c.natinfo['land']})"],
                ["männlich / weiblich", "männlich" if a.sex == "m" else "weiblich"],
                ["Ausgestellt am", fmt(d.date)],
            ],
            [0.38, 0.62],
            header=False,
        ),
        P(
            "Als ermächtigte Übersetzerin bestätige ich, dass die vorstehende Übersetzung des mir vorgelegten "
            "Originals richtig und vollständig ist.",
            size=9,
        ),
        Signature("öffentlich bestellte und allgemein beeidigte Übersetzerin"),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ sonstiges ============================


@tpl("sonstiges", "anhoerung_v", SPLIT)
def sonst_anhoerung_v(c, d, r):
    """An invitation to the asylum hearing."""
    a = c.applicant
    when = d.date + timedelta(days=r.randint(10, 30))
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{c.bamf_site[0] if c.bamf_site else 'Außenstelle'}", size=9),
        P(f"Gesch.-Z.: {c.bamf_gz}", align="right"),
        P(f"{a.herr_frau()}", after=0),
        P(c.adresse),
        P("Ladung zur Anhörung gemäß § 25 AsylG", bold=True),
        P(
            f"Sie werden gebeten, am {fmt(when)} um {r.choice(['08:30', '10:00', '13:00'])} Uhr zu Ihrer persönlichen Anhörung zu erscheinen. "
            "Bringen Sie Ihren Ankunftsnachweis, Ihren Ausweis und alle Beweismittel mit. "
            "Eine Dolmetscherin/ein Dolmetscher wird gestellt."
        ),
        P(f"Datum: {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "miete_v", SPLIT)
def sonst_miete_v(c, d, r):
    """A landlord's confirmation of residence."""
    blocks = [
        P("Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz", bold=True, size=12),
        Table(
            [
                [
                    "Wohnungsgeber",
                    f"{r.choice(['Wohnungsbaugesellschaft', 'Vermietung'])} {r.choice(N.GERMAN_SURNAMES)}",
                ],
                ["Anschrift der Wohnung", c.adresse],
                ["Einzugsdatum", fmt(d.date - timedelta(days=r.randint(30, 700)))],
                ["Meldepflichtige Person(en)", ", ".join(p.full for p in c.persons)],
            ],
            [0.38, 0.62],
            header=False,
        ),
        P("Ich bestätige mit meiner Unterschrift den Einzug der oben genannten Personen.", size=9.5),
        Signature("Wohnungsgeber/in", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))
