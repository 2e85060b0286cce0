"""Templates of the `blind20` split (session 22): a twenty-second held-out set, written without reading
any other held-out template file. Letterheads, practices, services, courts and signatories are invented."""

from __future__ import annotations

from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Table, wrap
from hfk.corpus.templates import (
    HFK_ADDRESS,
    _child,
    _mrz,
    _rep_name,
    fmt,
    fmt_en,
    fmt_long,
    month_year,
    r_digits,
    style,
    tpl,
)

S = "blind20"


# ------------------------------------------------------------------ helpers


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde as these letters name it: "Ausländeramt (Stadt Köln)"."""
    if "–" not in abh:
        return abh
    left, right = (x.strip() for x in abh.split("–", 1))
    return f"{right} ({left})"


def _in(land: str) -> str:
    """'in Syrien', 'im Iran', 'in der Türkei'."""
    return {
        "Irak": "im Irak",
        "Iran": "im Iran",
        "Kosovo": "im Kosovo",
        "Türkei": "in der Türkei",
        "Russische Föderation": "in der Russischen Föderation",
    }.get(land, f"in {land}")


def _nach(land: str) -> str:
    """'nach Syrien', 'in den Iran', 'in die Türkei'."""
    return {
        "Irak": "in den Irak",
        "Iran": "in den Iran",
        "Kosovo": "in den Kosovo",
        "Türkei": "in die Türkei",
        "Russische Föderation": "in die Russische Föderation",
    }.get(land, f"nach {land}")


VISA_WORD = {
    "des Studiums": "Studium",
    "der Beschäftigung": "Beschäftigung",
    "der Familienzusammenführung": "Familiennachzug",
    "der Berufsausbildung": "Ausbildung",
}


def _iso(d) -> str:
    return d.isoformat()


def _short(d) -> str:
    return d.strftime("%d.%m.%y")


def _dm(d) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def _us(d) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _om(c, i: int, f: str) -> bool:
    return c.omitted.get(i) == f


def _er(p, cap: bool = False) -> str:
    w = "er" if p.sex == "m" else "sie"
    return w.capitalize() if cap else w


def _adj(staat: str, p) -> str:
    """'syrisch' -> 'syrischer Staatsangehöriger' / 'syrische Staatsangehörige'."""
    return f"{staat}er Staatsangehöriger" if p.sex == "m" else f"{staat}e Staatsangehörige"


def _an(word: str) -> str:
    return ("an " if word[0] in "AEIOU" else "a ") + word


def _role_de(p, c) -> str:
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehemann" if p.sex == "m" else "Ehefrau"
    return "Sohn" if p.sex == "m" else "Tochter"


def _role_en(p) -> str:
    if p.role == "applicant":
        return "applicant"
    if p.role == "spouse":
        return "husband" if p.sex == "m" else "wife"
    return "son" if p.sex == "m" else "daughter"


def _rep_lines(c) -> list[str]:
    rp = c.rep
    if rp.kind == "privat":
        return [rp.person, rp.street, rp.city]
    return [rp.org, rp.street, rp.city]


def _rep_place(c) -> str:
    return c.rep.city.split(" ", 1)[1]


def _place(c) -> str:
    return c.city if c.sender == "applicant" or c.rep is None else _rep_place(c)


def _invented(r, pool: list[str]) -> str:
    return r.choice(pool)


def _signer_name(c) -> str:
    if c.sender == "applicant" or c.rep is None:
        return c.applicant.full
    if c.rep.kind == "anwalt":
        return (
            f"{c.rep.person}, Rechtsanwalt"
            if c.rep.person.split()[0]
            not in (
                "Andrea",
                "Stefanie",
                "Claudia",
                "Sabine",
                "Ute",
                "Katrin",
                "Monika",
                "Birgit",
                "Annette",
            )
            else f"{c.rep.person}, Rechtsanwältin"
        )
    return c.rep.person


HFK_RECIPIENT = [
    "Härtefallkommission des Landes Nordrhein-Westfalen",
    "– Geschäftsstelle –",
    HFK_ADDRESS[2],
    HFK_ADDRESS[3],
]


# ------------------------------------------------------------------ Begründung in the writers' own words


def _gruende(c, r, first: bool) -> dict[str, list[str]]:
    """What each Begründung topic tells, first person (the applicant writes) or third person."""
    a = c.applicant
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    er = _er(a)
    Er = _er(a, True)
    ihm = "mir" if first else ("ihm" if a.sex == "m" else "ihr")
    # life before and the journey
    if first:
        t["lebensgeschichte"].append(
            f"Bis zur Jugend lebte ich mit meinen Eltern in {a.geburtsort}. Mein Vater hatte dort eine kleine Werkstatt, in der ich schon "
            f"als Junge mithelfen musste; zur Schule konnte ich nur {r.choice(['fünf', 'sieben', 'acht'])} Jahre gehen."
        )
    else:
        t["lebensgeschichte"].append(
            f"{a.herr_frau()} verbrachte Kindheit und Jugend {_in(land)}. Nach wenigen Schuljahren musste {er} zum "
            f"Einkommen der Familie beitragen, zuletzt als {r.choice(['Näherin', 'Hilfskraft auf dem Markt', 'Lagerarbeiter', 'Erntehelfer'])}."
        )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            (
                f"Schon im Jahr {c.entry.year - 2} wurde ich abgeschoben; am {fmt(c.entry)} kam ich wieder, "
                "obwohl die Wiedereinreise verboten war (Sperre, § 11 AufenthG)."
            )
            if first
            else (
                f"{Er} wurde {c.entry.year - 2} schon einmal abgeschoben und kehrte am {fmt(c.entry)} zurück, "
                "ungeachtet der fortbestehenden Sperrwirkung aus § 11 AufenthG."
            )
        )
    else:
        t["lebensgeschichte"].append(
            f"Seit dem {fmt(c.entry)} {'lebe ich' if first else 'lebt ' + er} in Deutschland."
            if first or len(c.persons) == 1
            else f"Am {fmt(c.entry)} erreichte {er} gemeinsam mit den Angehörigen Deutschland."
        )
    # residence status
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            (
                f"Den Antrag auf Asyl, gestellt am {fmt(c.asylum_applied)}, wies das BAMF in Nürnberg bzw. seine Außenstelle am "
                f"{fmt(c.bamf_date)} zurück; mein Zeichen dort ist {c.bamf_gz}."
            )
            if first
            else (
                f"Das Asylbegehren ({fmt(c.asylum_applied)}) blieb ohne Erfolg; der ablehnende Bescheid des BAMF (Nürnberg, Außenstelle "
                f"{c.bamf_site[0].split()[-1]}) stammt vom {fmt(c.bamf_date)} und trägt das Geschäftszeichen {c.bamf_gz}."
            )
        )
        if c.court:
            s.append(
                f"Über die Klage entscheidet das {c.court_name} ({c.court_az}); eine Entscheidung steht noch aus."
                if c.court_pending
                else f"Das {c.court_name} hat die Klage am {fmt(c.court_date)} abgewiesen (Az. {c.court_az})."
            )
    else:
        s.append(
            f"{'Ich kam' if first else Er + ' kam'} mit Visum für den Zweck {c.visa_purpose}; eine Verlängerung der "
            "Aufenthaltserlaubnis hat die Ausländerbehörde abgelehnt."
        )
        if c.court:
            s.append(
                f"Dagegen ist eine Klage offen, Gericht: {c.court_name} ({c.court_az})."
                if c.court_pending
                else f"Einstweiligen Schutz lehnte das {c.court_name} am {fmt(c.court_date)} zurück ({c.court_az})."
            )
    if c.gestattung:
        s.append(
            f"Solange das Asylverfahren nicht abgeschlossen ist, {'habe ich' if first else 'hat ' + er} eine "
            "Aufenthaltsgestattung (§ 55 AsylG)."
        )
    else:
        s.append(
            f"{'Ich habe' if first else Er + ' hat'} seitdem nur eine Duldung und {'muss' if first else 'muss'} "
            "sie alle paar Monate verlängern lassen."
        )
    s.append(f"Die Akte führt die Ausländerbehörde {c.abh}.")
    if c.s58a:
        s.append(
            f"Hinzu kommt, dass das Land gegen {'mich' if first else ('ihn' if a.sex == 'm' else 'sie')} nach § 58a AufenthG die sofortige Abschiebung verfügt hat."
        )
    if c.rueckfuehrung:
        s.append(
            f"Die Behörde hat {'mir' if first else ihm} schriftlich mitgeteilt, dass die Rückführung am "
            f"{fmt(c.rueckfuehrung)} stattfinden soll (Abschiebungstermin)."
        )
    if c.criminal:
        off, sentence = c.offence
        s.append(
            f"{'Ich will nicht verschweigen, dass ich' if first else 'Offen angesprochen sei, dass ' + er} per "
            f"Strafbefehl vom Amtsgericht {c.court_city} vom {fmt(c.criminal_date)} wegen {off} mit "
            f"{sentence} bestraft {'wurde' if first else 'wurde'}."
        )
    # family
    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        wife = sp[0].sex == "f"
        if first:
            f.append(
                f"Bei mir wohnt {'meine Ehefrau' if wife else 'mein Ehemann'} {sp[0].full} in derselben Wohnung."
            )
        else:
            poss = ("seine" if a.sex == "m" else "ihre") if wife else ("sein" if a.sex == "m" else "ihr")
            f.append(f"Im Haushalt lebt auch {poss} {'Ehefrau' if wife else 'Ehemann'} {sp[0].full}.")
    if kids:
        f.append(
            f"{'Unsere' if first else 'Die'} Kinder {', '.join(k.vorname for k in kids)} haben an das Land ihrer Eltern keine eigene Erinnerung."
            if len(kids) > 1
            else f"{kids[0].vorname} hat an das Land der Eltern keine eigene Erinnerung."
        )
    f.append(
        f"{_in(land)[0].upper() + _in(land)[1:]} {'habe ich' if first else 'hat ' + er} nur noch {r.choice(['eine Tante', 'einen Großvater', 'zwei Cousins', 'Nachbarn von früher'])}; "
        f"hier in Deutschland wohnt {r.choice(['eine Schwester, die hier eingebürgert wurde', 'ein Onkel, der eingebürgert ist', 'der ältere Bruder mit seiner Familie'])}."
    )
    # integration
    g = t["integration"]
    g.append(
        f"{'Ich verständige mich' if first else Er + ' verständigt sich'} inzwischen gut auf Deutsch und "
        f"{'habe' if first else 'hat'} den Integrationskurs mit Erfolg beendet."
    )
    if c.ausbildung:
        g.append(
            f"{'Ich lerne' if first else Er + ' lernt'} seit dem Sommer {c.received.year - 1} den Beruf "
            f"{r.choice(['Fachkraft für Lagerlogistik', 'Altenpfleger', 'Koch'])}; für die Lehrzeit ist bei der Behörde die Ausbildungsduldung (§ 60c AufenthG) beantragt."
        )
    else:
        g.append(
            f"{'Ich bin' if first else Er + ' ist'} als {c.job} bei {c.employer} angestellt und "
            f"{'bezahle' if first else 'bezahlt'} Miete und Lebensunterhalt aus eigenem Lohn."
        )
    g.append(f"Nebenher {'helfe ich' if first else 'hilft ' + er} beim {c.club} mit.")
    for k in c.school_age():
        g.append(f"{k.vorname} geht gern in die {c.school}.")
    # humanitarian reasons
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "Ich" if first and c.ill_person == 0 else p.full
        h.append(
            f"{who} {'bin' if who == 'Ich' else 'ist'} schwer krank: Die Ärzte haben {c.diagnosis[1]} festgestellt; "
            "ohne die laufende Therapie droht ein schwerer Rückfall, und dort wäre sie nicht zu bekommen."
        )
    h.append(
        f"Müsste {'ich' if first else er} {_nach(land)} zurück, {'verlöre ich' if first else 'verlöre ' + er} alles, was {'ich mir' if first else er + ' sich'} hier "
        f"aufgebaut {'habe' if first else 'hat'}; dort {r.choice(['wartet keine Wohnung und keine Arbeit', 'gibt es niemanden, der helfen könnte', 'wäre die Familie ohne jedes Einkommen'])}."
    )
    return t


TOPIC_ORDER = ["lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"]


def _told(c, t: dict) -> list[tuple[str, str]]:
    """(topic, text) of the topics the case tells, in order."""
    return [(k, " ".join(t[k])) for k in TOPIC_ORDER if k in c.topics and t[k]]


EN_LAND = {
    "Syrien": "Syria",
    "Irak": "Iraq",
    "Albanien": "Albania",
    "Serbien": "Serbia",
    "Russische Föderation": "Russia",
    "Türkei": "Turkey",
    "Georgien": "Georgia",
    "Armenien": "Armenia",
}


def _reasons_en(c, r) -> dict[str, list[str]]:
    a = c.applicant
    land = EN_LAND.get(c.natinfo["land"], c.natinfo["land"])
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    t["lebensgeschichte"].append(
        f"{a.geburtsort} is the town of my childhood; from the age of thirteen I earned money on building sites."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"After I had been deported in {c.entry.year - 2}, I returned on {fmt_en(c.entry)}, although an entry and "
            "residence ban under § 11 AufenthG was in force."
        )
    else:
        t["lebensgeschichte"].append(f"On {fmt_en(c.entry)} I crossed into Germany.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"The BAMF refused my asylum claim with a decision dated {fmt_en(c.bamf_date)}, reference {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"Before the {c.court_name} ({c.court_az}) "
                + ("my lawsuit is still waiting." if c.court_pending else "I lost my lawsuit.")
            )
    else:
        s.append("My visa ran out and the authority would not renew my residence permit.")
        if c.court:
            s.append(
                f"Lawsuit {c.court_az} ({c.court_name}): " + ("pending." if c.court_pending else "lost.")
            )
    if c.gestattung:
        s.append("As the asylum procedure continues, my paper is an Aufenthaltsgestattung.")
    else:
        s.append("What I hold now is a Duldung, renewed for three months each time.")
    s.append(f"Responsible authority: {c.abh}.")
    if c.s58a:
        s.append("On top of this, a § 58a AufenthG order for my removal exists.")
    if c.rueckfuehrung:
        s.append(f"The authority wrote that I will be returned on {fmt_en(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(
            f"I do not hide that a Strafbefehl (penalty order of the local court) was issued against me, dated {fmt_en(c.criminal_date)}; the fine is settled."
        )
    fam = t["familie"]
    if c.children():
        fam.append(
            f"The children ({', '.join(k.vorname for k in c.children())}) know no other home than this town."
        )
    fam.append(f"My close relatives are gone from {land}; one aunt lives near Cologne.")
    g = t["integration"]
    g.append("German is the language of my workplace, and my course ended with a certificate.")
    if c.ausbildung:
        g.append(
            "Since I began vocational training, my lawyer says § 60c AufenthG (Ausbildungsduldung) could apply to me."
        )
    else:
        g.append(f"For some years now {c.employer} has employed me ({c.job}).")
    g.append(f"I give my Saturdays to {c.club} as a volunteer.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I suffer" if c.ill_person == 0 else f"My {_role_en(p)} {p.vorname} suffers"
        h.append(f"{who} {N.ILLNESS_EN[c.diagnosis[0]]}; the treatment here must not be broken off.")
    h.append(f"In {land} there would be no roof over my head and no work.")
    return t


# ============================ antrag ============================


def _rep_head(c, r) -> list:
    """A representative's letterhead: name large on the left, contact in a small line under a rule."""
    lines = _rep_lines(c)
    return [
        P(lines[0], size=12.5, bold=True, after=0),
        P(f"{lines[1]} | {lines[2]} | Telefon 0{r_digits(lines[0])}", size=8),
        Rule(0.5),
        Space(4),
    ]


@tpl("antrag", "schriftsatz_z20", S)
def antrag_schriftsatz_z20(c, d, r):
    # a lawyer's brief set like a court pleading: rubrum with "Antragsteller zu 1) ... zu n)"
    blocks: list = []
    if c.rep is not None:
        blocks += _rep_head(c, r)
    else:
        blocks += [P(f"{c.applicant.full} · {c.street} · {c.plz} {c.city}", size=8.5), Space(6)]
    blocks += [P(x, after=0) for x in HFK_RECIPIENT] + [Space(10)]
    blocks.append(P(f"{_place(c)}, den {fmt_long(d.date)}", align="right"))
    blocks.append(P("A n t r a g", bold=True, size=14, align="center", after=2))
    blocks.append(P("auf Einleitung eines Härtefallverfahrens gemäß § 23a AufenthG", align="center"))
    blocks.append(P("In Sachen Härtefallersuchen", after=4))
    for i, p in enumerate(c.persons, 1):
        title = (
            "das Kind"
            if p.role == "child" and p.age_on(d.date) < 18
            else ("Herrn" if p.sex == "m" else "Frau")
        )
        bits = [f"{title} {p.vorname} {p.name.upper()}"]
        born = ""
        if not _om(c, i - 1, "geburtsdatum"):
            born = f"* {fmt(p.geburtsdatum)}"
        if not _om(c, i - 1, "geburtsort"):
            born = (born + " in " if born else "* in ") + p.geburtsort
        if born:
            bits.append(born)
        if not _om(c, i - 1, "staatsangehoerigkeit"):
            bits.append(_adj(p.staat, p))
        blocks.append(P(", ".join(bits) + ",", indent=20, after=0))
        zu = "Antragsteller" if p.sex == "m" else "Antragstellerin"
        blocks.append(P(f"– {zu} zu {i}) –", align="right", after=3))
    blocks.append(P(f"sämtlich wohnhaft: {c.street}, {c.plz} {c.city},", indent=20))
    if c.rep is not None:
        blocks.append(P(f"Verfahrensbevollmächtigte: {', '.join(_rep_lines(c))},", indent=20))
    blocks.append(P(f"zuständige Ausländerbehörde: {c.abh}", indent=20))
    blocks.append(P("wegen: Härtefallersuchen (§ 23a AufenthG) zugunsten der Familie", indent=20))
    n = len(c.persons)
    who = "die Antragsteller zu 1) bis " + f"{n})" if n > 1 else "den Antragsteller zu 1)"
    blocks.append(
        P(
            f"wird beantragt, das Härtefallverfahren für {who} zu eröffnen und dem Ministerium die Erteilung von "
            "Aufenthaltserlaubnissen zu empfehlen."
            if c.rep is not None
            else f"beantrage ich, das Härtefallverfahren für {who} zu eröffnen."
        )
    )
    blocks.append(P("Begründung", bold=True, align="center"))
    first = c.rep is None
    t = _gruende(c, r, first)
    marks = {
        "lebensgeschichte": "Zur Person und zur Einreise",
        "aufenthaltssituation": "Zum aufenthaltsrechtlichen Stand",
        "familie": "Zu den familiären Verhältnissen",
        "integration": "Zur Verwurzelung in Deutschland",
        "humanitaere_gruende": "Zur Unzumutbarkeit der Rückkehr",
    }
    roman = ["I.", "II.", "III.", "IV.", "V."]
    for k, (topic, text) in enumerate(_told(c, t)):
        blocks.append(P(f"{roman[k]} {marks[topic]}", bold=True, after=2))
        blocks.append(P(text))
    blocks.append(P("Eine Vollmacht liegt bei." if c.rep is not None else "Unterlagen reiche ich nach."))
    blocks.append(Signature(_signer_name(c)))
    return DocSpec(blocks, style(r, "serif"), footer="- {p} -")


def _person_prose(c, i: int, p, r) -> str:
    """One family member as a paragraph of prose; the order of the data differs by person."""
    E = _er(p, True)
    name = f"{p.vorname} {p.name}"
    date_ok, place_ok, nat_ok = (
        not _om(c, i, f) for f in ("geburtsdatum", "geburtsort", "staatsangehoerigkeit")
    )
    parts: list[str] = []
    order = i % 3
    if order == 0:
        parts.append(f"{name} ({_role_de(p, c)})")
        if nat_ok:
            parts.append(f"besitzt die {p.staat}e Staatsangehörigkeit")
        if place_ok:
            parts.append(f"stammt aus {p.geburtsort}")
        s = (
            parts[0] + " " + " und ".join(parts[1:]) + "."
            if len(parts) > 1
            else parts[0] + " gehört zur Familie."
        )
        if date_ok:
            s += f" Geburtsdatum: {fmt_long(p.geburtsdatum)}."
        return s
    if order == 1:
        s = f"{_role_de(p, c)} ist {name}"
        if date_ok:
            s += f"; {_er(p)} wurde am {fmt(p.geburtsdatum)}"
            s += f" in {p.geburtsort} geboren" if place_ok else " geboren"
        elif place_ok:
            s += f", Geburtsort {p.geburtsort}"
        s += "."
        if nat_ok:
            s += f" {E} ist {p.staat}."
        return s
    s = f"{name}"
    if place_ok:
        s += f" – Geburtsort {p.geburtsort}"
    if nat_ok:
        s += f", Nationalität {p.staat}"
    if date_ok:
        s += f", Jahrgang {p.geburtsdatum.year} (Geburtsdatum {fmt_long(p.geburtsdatum)})"
    return s + f" ({_role_de(p, c)})."


@tpl("antrag", "fliesstext_z20", S)
def antrag_fliesstext_z20(c, d, r):
    # a counselling service's letter; every family member gets a paragraph of prose
    blocks: list = []
    if c.rep is not None:
        lines = _rep_lines(c)
        blocks += [
            Box(
                [
                    lines[0],
                    f"{lines[1]}, {lines[2]}",
                    f"Sprechzeiten Di und Do 9–12 Uhr · Tel. 0{r_digits(lines[0])}",
                ],
                size=8.5,
            ),
        ]
    else:
        blocks += [P(f"Absender: {c.applicant.full}, {c.street}, {c.plz} {c.city}", size=8.5)]
    blocks += [P(x, after=0) for x in HFK_RECIPIENT] + [Space(12)]
    blocks.append(P(f"Datum: {fmt(d.date)}", align="right"))
    blocks.append(
        P(f"Ersuchen um Aufnahme in das Härtefallverfahren – Familie {c.applicant.name}", bold=True)
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if c.rep is not None:
        blocks.append(
            P(
                f"wir wenden uns im Auftrag der unten genannten Personen an Sie, die uns schriftlich bevollmächtigt haben, "
                f"und ersuchen die Kommission, ihre Lage zu beraten. Die Familie wohnt in {c.street}, {c.plz} {c.city}."
            )
        )
    else:
        blocks.append(
            P(
                f"ich bitte die Kommission, sich mit meiner Lage und der meiner Familie zu befassen. Wir wohnen in "
                f"{c.street}, {c.plz} {c.city}."
            )
        )
    blocks.append(P("Die Familie im Einzelnen", bold=True, after=2))
    for i, p in enumerate(c.persons):
        blocks.append(P(_person_prose(c, i, p, r)))
    t = _gruende(c, r, c.rep is None)
    blocks.append(P("Warum wir um Hilfe bitten", bold=True, after=2))
    for _, text in _told(c, t):
        blocks.append(P(text))
    blocks.append(
        P(
            "Rückfragen beantworten wir gern, auch telefonisch."
            if c.rep
            else "Danke, dass Sie meinen Brief lesen."
        )
    )
    blocks.append(P("Freundliche Grüße"))
    blocks.append(Signature(_signer_name(c)))
    return DocSpec(blocks, style(r, "cond"))


@tpl("antrag", "briefkopf_z20", S)
def antrag_briefkopf_z20(c, d, r):
    # the applicant's own letter: the family's address only in the letterhead at the top right
    a = c.applicant
    blocks = [
        P(a.full, bold=True, align="right", after=0),
        P(c.street, align="right", after=0, size=9.5),
        P(f"{c.plz} {c.city}", align="right", after=0, size=9.5),
        P(f"Handy: 01{r.randint(51, 79)} {r.randint(1000000, 9999999)}", align="right", size=9.5),
        Space(8),
    ]
    blocks += [P(x, after=0) for x in HFK_RECIPIENT] + [Space(14)]
    blocks.append(P(f"{c.city}, {_dm(d.date)}"))
    blocks.append(P("Härtefallantrag für meine Familie und mich", bold=True))
    blocks.append(P("Guten Tag, sehr geehrte Kommission,"))
    blocks.append(
        P("mit diesem Brief stelle ich einen Härtefallantrag, für mich selbst und für meine Angehörigen.")
    )
    for i, p in enumerate(c.persons):
        date_ok, place_ok, nat_ok = (
            not _om(c, i, f) for f in ("geburtsdatum", "geburtsort", "staatsangehoerigkeit")
        )
        if i == 0:
            s = f"Ich bin {p.vorname} {p.name}."
            if date_ok and place_ok:
                s += (
                    f" Meine Heimatstadt ist {p.geburtsort}; dort wurde ich am {_dm(p.geburtsdatum)} geboren."
                )
            elif date_ok:
                s += f" Mein Geburtsdatum: {_dm(p.geburtsdatum)}."
            elif place_ok:
                s += f" Meine Heimatstadt ist {p.geburtsort}."
            if nat_ok:
                s += f" Meine Staatsangehörigkeit ist {p.staat}."
        else:
            rel = {"spouse": "Meine Frau" if p.sex == "f" else "Mein Mann"}.get(
                p.role, "Unsere Tochter" if p.sex == "f" else "Unser Sohn"
            )
            s = f"{rel} heißt {p.vorname} {p.name}"
            extra = []
            if date_ok:
                extra.append(f"geboren {_dm(p.geburtsdatum)}")
            if place_ok:
                extra.append(f"Geburtsort {p.geburtsort}")
            if nat_ok:
                extra.append(f"Staatsangehörigkeit {p.staat}")
            s += " (" + ", ".join(extra) + ")." if extra else "."
        blocks.append(P(s, after=3))
    t = _gruende(c, r, True)
    for _, text in _told(c, t):
        blocks.append(P(text))
    if c.rep is not None:
        blocks.append(
            P(
                f"Bitte schicken Sie die Post an {'meinen Bevollmächtigten' if c.rep.kind != 'beratungsstelle' else 'die Beratungsstelle, die mich vertritt'}: "
                f"{', '.join(_rep_lines(c))}."
            )
        )
    blocks.append(P("Ich danke Ihnen sehr und hoffe auf eine gute Antwort."))
    blocks.append(P("Hochachtungsvoll"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, style(r, "sans"))


@tpl("antrag", "formular_z20", S)
def antrag_formular_z20(c, d, r):
    # a printed application form: the persons side by side in columns, the fields as rows
    blocks = [
        P("Ersuchen an die Härtefallkommission NRW – Antragsvordruck", bold=True, size=13, after=0),
        P("nach § 23a Aufenthaltsgesetz – bitte in Druckbuchstaben ausfüllen", size=8.5),
        Rule(1.0),
        P("Teil A – Wen betrifft das Ersuchen?", bold=True, size=10),
    ]
    persons = c.persons
    head = [""] + [
        ("Antragsteller/in" if p.role == "applicant" else f"Person {i}") for i, p in enumerate(persons, 1)
    ]
    rows = [head]
    fields = [
        ("Familienname", lambda i, p: p.name.upper()),
        ("Vorname(n)", lambda i, p: p.vorname),
        ("Geburtsdatum", lambda i, p: "" if _om(c, i, "geburtsdatum") else fmt(p.geburtsdatum)),
        ("Geburtsort", lambda i, p: "" if _om(c, i, "geburtsort") else p.geburtsort),
        ("Staatsangehörigkeit", lambda i, p: "" if _om(c, i, "staatsangehoerigkeit") else p.staat),
        ("Verhältnis", lambda i, p: _role_de(p, c)),
    ]
    for label, fn in fields:
        rows.append([label] + [fn(i, p) for i, p in enumerate(persons)])
    n = len(persons)
    first = 0.2
    widths = [first] + [(1 - first) / n] * n
    blocks.append(Table(rows, widths, size=8.5 if n > 3 else 9.5))
    blocks.append(P(f"Gemeinsame Wohnanschrift: {c.street}, {c.plz} {c.city}", size=10))
    blocks.append(P(f"Zuständige Ausländerbehörde: {_abh_of(c.abh)}", size=10))
    blocks.append(P("Teil B – Antragstellung", bold=True, size=10))
    if c.rep is None:
        blocks.append(
            P("[x] durch die betroffene Person selbst     [ ] durch eine bevollmächtigte Stelle", size=9.5)
        )
    else:
        blocks.append(
            P("[ ] durch die betroffene Person selbst     [x] durch eine bevollmächtigte Stelle", size=9.5)
        )
        blocks.append(
            P(f"Bevollmächtigt: {_rep_name(c)} ({c.rep.person}), {c.rep.street}, {c.rep.city}", size=9.5)
        )
    blocks.append(P("Teil C – Darstellung des Härtefalls", bold=True, size=10))
    t = _gruende(c, r, c.rep is None)
    labels = {
        "lebensgeschichte": "C1 Herkunft und Einreise",
        "aufenthaltssituation": "C2 Aufenthaltsstatus und Verfahren",
        "familie": "C3 Familie im In- und Ausland",
        "integration": "C4 Sprache, Arbeit, Schule, Engagement",
        "humanitaere_gruende": "C5 Gründe gegen eine Rückkehr",
    }
    for topic, text in _told(c, t):
        blocks.append(P(labels[topic], bold=True, size=9.5, after=1))
        blocks.append(P(text, indent=8))
    blocks.append(P("Teil D – Unterschrift", bold=True, size=10))
    blocks.append(
        P(
            "Ich versichere, dass die Angaben richtig und vollständig sind. Mir ist bekannt, dass kein Rechtsanspruch "
            "auf eine Entscheidung der Kommission besteht.",
            size=9,
        )
    )
    blocks.append(Signature(_signer_name(c), f"{_place(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r, "sans"), footer="Formular HK-A · Seite {p}/{n}")


@tpl("antrag", "klammer_z20", S)
def antrag_klammer_z20(c, d, r):
    # a short statement with the persons in one sentence, each one's data in brackets
    blocks: list = []
    if c.rep is not None:
        lines = _rep_lines(c)
        blocks += [P(lines[0].upper(), bold=True, align="center", size=11, after=0)]
        blocks += [P(f"{lines[1]} – {lines[2]}", align="center", size=8.5), Space(8)]
    else:
        blocks += [P(f"{c.applicant.full}, {c.street}, {c.plz} {c.city}", size=9), Space(8)]
    blocks += [P(", ".join(HFK_RECIPIENT), size=9.5), Space(6)]
    blocks.append(P(f"Stellungnahme und Antrag vom {fmt(d.date)}", bold=True, size=12))
    descr = []
    for i, p in enumerate(c.persons):
        inner = [
            x
            for x, f in (
                (fmt(p.geburtsdatum), "geburtsdatum"),
                (p.geburtsort, "geburtsort"),
                (p.staat, "staatsangehoerigkeit"),
            )
            if not _om(c, i, f)
        ]
        lead = "" if i == 0 else {"spouse": "der Ehepartner ", "child": "das Kind "}[p.role]
        descr.append(
            f"{lead}{p.vorname} {p.name} ({'; '.join(inner)})" if inner else f"{lead}{p.vorname} {p.name}"
        )
    if len(descr) > 1:
        people = ", ".join(descr[:-1]) + " sowie " + descr[-1]
    else:
        people = descr[0]
    lead = "Antragstellende sind " if len(descr) > 1 else "Antragsteller ist "
    blocks.append(P(f"{lead}{people}, wohnhaft {c.street}, {c.plz} {c.city}."))
    if c.rep is not None:
        blocks.append(
            P(
                f"Sie werden in diesem Verfahren von uns vertreten ({_rep_name(c)}, {c.rep.street}, {c.rep.city})."
            )
        )
    blocks.append(
        P(
            "Wir bitten um Aufnahme des Falles in die Beratung der Härtefallkommission."
            if c.rep
            else "Ich bitte um Aufnahme meines Falles in die Beratung der Härtefallkommission."
        )
    )
    t = _gruende(c, r, c.rep is None)
    blocks.append(P("Sachverhalt", bold=True, after=2))
    for _, text in _told(c, t):
        blocks.append(P(text))
    blocks.append(P("Mit bestem Gruß"))
    blocks.append(Signature(_signer_name(c)))
    return DocSpec(blocks, style(r, "serif"))


@tpl("antrag", "en_national_z20", S)
def antrag_en_national_z20(c, d, r):
    # an English letter: each person with "a Syrian national", date of birth and place as labels in prose
    a = c.applicant
    en = c.natinfo["en"]
    blocks = [
        P(f"From: {a.full}", after=0),
        P(f"{c.street}, {c.plz} {c.city}", after=8),
        P("To: " + ", ".join(HFK_RECIPIENT), size=9.5),
        P(f"Date: {fmt_en(d.date)}", align="right"),
        P("Subject: Hardship case – request for a recommendation under § 23a AufenthG", bold=True),
        P("Dear Commissioners,"),
        P("Our family asks you to look at our situation as a hardship case. Who we are:"),
    ]
    for i, p in enumerate(c.persons):
        bits = [f"{p.vorname} {p.name.upper()}"]
        if not _om(c, i, "staatsangehoerigkeit"):
            bits.append(_an(en) + " national")
        if not _om(c, i, "geburtsdatum"):
            bits.append(f"DOB {fmt_en(p.geburtsdatum)}")
        if not _om(c, i, "geburtsort"):
            bits.append(f"native of {p.geburtsort}")
        bits.append(f"the {_role_en(p)}" if p.role != "applicant" else "myself")
        blocks.append(P("· " + ", ".join(bits) + ";", indent=14, after=2))
    blocks.append(P(f"All of us live at {c.street}, {c.plz} {c.city}."))
    t = _reasons_en(c, r)
    for _, text in _told(c, t):
        blocks.append(P(text))
    blocks.append(P("I apologise for writing in English; a friend will translate if you need it."))
    blocks.append(P("Yours faithfully,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, style(r, "serif"))


@tpl("antrag", "en_memo_z20", S)
def antrag_en_memo_z20(c, d, r):
    # an English memo with a household section: one line per member, fields separated by dashes
    a = c.applicant
    en = c.natinfo["en"]
    blocks = [
        P("HARDSHIP APPLICATION", bold=True, size=15, after=0),
        P("addressed to the Härtefallkommission NRW (Hardship Commission, Düsseldorf)", size=9.5),
        Rule(0.6),
        P(f"Submitted on {_us(d.date)} by {a.full}, {c.street}, {c.plz} {c.city}", size=9.5),
        P("Household", bold=True, after=2),
    ]
    for i, p in enumerate(c.persons):
        cells = [f"{p.name.upper()}, {p.vorname}", _role_en(p)]
        cells.append("" if _om(c, i, "staatsangehoerigkeit") else en)
        cells.append("" if _om(c, i, "geburtsort") else p.geburtsort)
        cells.append("" if _om(c, i, "geburtsdatum") else _us(p.geburtsdatum))
        blocks.append(P(" — ".join(x for x in cells if x), indent=10, after=2, font="mono", size=9))
    t = _reasons_en(c, r)
    heads = {
        "lebensgeschichte": "Background",
        "aufenthaltssituation": "Legal status",
        "familie": "Family",
        "integration": "Job, German, friends",
        "humanitaere_gruende": "What would happen if we had to leave",
    }
    for topic, text in _told(c, t):
        blocks.append(P(heads[topic], bold=True, after=1))
        blocks.append(P(text))
    blocks.append(P("Thank you for reading this."))
    blocks.append(Signature(a.full, f"{c.city}, {_us(d.date)}"))
    return DocSpec(blocks, style(r, "sans"))


# ============================ bamf_bescheid ============================

TENOR_FULL = [
    "Die Flüchtlingseigenschaft (§ 3 AsylG) bleibt versagt.",
    "Der Antrag auf Asylanerkennung (Art. 16a GG) hat keinen Erfolg.",
    "Den subsidiären Schutzstatus erhält sie ebenfalls nicht.",
    "Ein Verbot der Abschiebung aus § 60 Abs. 5 oder 7 Satz 1 AufenthG liegt nicht vor.",
    "Die Ausreisefrist beträgt 30 Tage ab Bekanntgabe, "
    "wird geklagt, 30 Tage ab dem unanfechtbaren Ende des Gerichtsverfahrens; "
    "geschieht das nicht, droht die Abschiebung in den Herkunftsstaat oder einen zur Aufnahme bereiten Staat.",
    "Nach § 11 Abs. 1 AufenthG besteht ein Einreise- und Aufenthaltsverbot; seine Dauer: dreißig Monate "
    "ab Abschiebung.",
]
TENOR_SHORT = [
    "Der Asylantrag ist unzulässig.",
    "§ 60 Abs. 5 und Abs. 7 Satz 1 AufenthG hindern eine Abschiebung nicht.",
    "Die Überstellung in den Mitgliedstaat, der das Verfahren zu führen hat, wird verfügt.",
    "Nach einer Abschiebung darf 15 Monate lang nicht wieder eingereist werden (Einreise- und Aufenthaltsverbot).",
]
BAMF_GROUNDS = [
    "Nach den Feststellungen des Bundesamtes besitzt die antragstellende Person die {nat}e Staatsangehörigkeit. "
    "Ihren Angaben zufolge betrat sie am {entry} das Bundesgebiet; förmlich gestellt wurde der Asylantrag am {applied}.",
    "In der Anhörung schilderte sie, sie sei von Angehörigen einer bewaffneten Gruppe zur Zahlung von Geld aufgefordert "
    "worden. Wann und wo dies geschehen sein soll, konnte sie auch auf Nachfrage nicht näher eingrenzen.",
    "Dass ihr Verfolgung wegen Religion, Nationalität, politischer Überzeugung oder eines anderen Merkmals aus § 3 Abs. 1 AsylG drohte, ist danach nicht "
    "erkennbar. Kriminelles Unrecht Dritter begründet für sich genommen keinen flüchtlingsrechtlichen Schutz.",
    "Der Vortrag weist Brüche auf, die nicht aufgelöst wurden. Die Angaben zur Ausreise über die Landgrenze weichen von "
    "den Angaben bei der Erstbefragung ab, ohne dass hierfür eine nachvollziehbare Erklärung gegeben wurde.",
    "Ebenso wenig trägt der Vortrag subsidiären Schutz (§ 4 AsylG): Dass die Todesstrafe drohe, ist nicht erkennbar, "
    "noch herrscht in der Herkunftsregion ein Konflikt von einer Gewaltdichte, die jeden Bewohner ernsthaft gefährdet.",
    "Auch unter Berücksichtigung der schwierigen wirtschaftlichen Lage ist davon auszugehen, dass eine arbeitsfähige "
    "erwachsene Person ihr Existenzminimum durch Gelegenheitsarbeiten und die Unterstützung von Bekannten sichern kann.",
    "Krankheiten, deren Verlauf sich kurz nach einer Rückkehr erheblich verschlimmern würde, "
    "sind nicht mit einer qualifizierten ärztlichen Bescheinigung (§ 60a Abs. 2c AufenthG) nachgewiesen.",
    "Die Androhung beruht auf §§ 34 AsylG, 59 AufenthG. Wie lang die Frist zur Ausreise ist, "
    "regelt § 38 Abs. 1 AsylG.",
    "Die Sperrfrist ist angemessen. Gründe für eine Verkürzung – etwa im Bundesgebiet lebende Angehörige, "
    "deren Belange zu schützen wären – sind weder vorgetragen noch aus der Akte ersichtlich.",
]


def _bamf20(c, d, r, variant: int) -> DocSpec:
    a = c.applicant
    site = c.bamf_site
    gz = c.bamf_gz
    town = site[2].split(" ", 1)[1]
    blocks: list = []
    if variant == 0:
        blocks += [
            Table(
                [[f"Bundesamt für Migration und Flüchtlinge\n{site[0]}", f"{site[1]}\n{site[2]}"]],
                [0.6, 0.4],
                header=False,
                grid=False,
                size=9,
            ),
            Rule(0.4),
        ]
    elif variant == 1:
        blocks += [
            P("BAMF", bold=True, size=20, after=0),
            P("Bundesamt für Migration und Flüchtlinge", size=9, after=0),
            P(f"{site[0]} · {site[1]} · {site[2]}", size=7.5),
            Space(6),
        ]
    else:
        blocks += [
            P(
                f"Bundesamt für Migration und Flüchtlinge – {site[0]}",
                bold=True,
                size=10.5,
                align="center",
                after=0,
            ),
            P(f"{site[1]}, {site[2]}", size=8.5, align="center"),
            Rule(1.2),
        ]
    recip = [a.herr_frau(), c.street, f"{c.plz} {c.city}"]
    if c.rep is not None and c.rep.kind == "anwalt" and r.random() < 0.6:
        recip = [c.rep.org, c.rep.street, c.rep.city]
    blocks += [P(x, after=0, size=9.5) for x in recip] + [Space(10)]
    meta = [
        ["Gesch.-Z.", gz],
        ["Datum", fmt(d.date)],
        ["Ort", town],
    ]
    if variant == 0:
        blocks.append(Table(meta, [0.25, 0.35], header=False, grid=False, size=9))
    elif variant == 1:
        blocks.append(
            P(f"Ihr Zeichen: –    Unser Zeichen (Gesch.-Z.): {gz}    {town}, {fmt(d.date)}", size=8.5)
        )
    else:
        blocks.append(P(f"Geschäftszeichen – Gesch.-Z. – {gz}", bold=True, after=0))
        blocks.append(P(f"{town}, den {fmt(d.date)}", align="right"))
    blocks.append(
        P(
            "Bescheid" if variant != 2 else "ENTSCHEIDUNG ÜBER DEN ASYLANTRAG",
            bold=True,
            size=13,
            align="center",
        )
    )
    who = [f"{a.name.upper()}, {a.vorname}", f"geboren am {fmt(a.geburtsdatum)}", f"in {a.geburtsort}"]
    if variant == 1:
        blocks.append(
            Box(
                [
                    "Antragsteller/in",
                    f"Name, Vorname: {who[0]}",
                    f"Geburtsdatum / -ort: {fmt(a.geburtsdatum)} / {a.geburtsort}",
                    f"Staatsangehörigkeit: {a.staat}",
                    f"Anschrift: {c.adresse}",
                ],
                size=9,
            )
        )
        blocks.append(P("Über das Asylgesuch vom " + fmt(c.asylum_applied) + " wird wie folgt befunden:"))
    else:
        blocks.append(
            P(
                f"Über den am {fmt(c.asylum_applied)} gestellten Asylantrag von {a.vorname} {a.name.upper()}, "
                f"Staatsangehörigkeit {a.staat}, {who[1]} {who[2]}, ergeht nach Prüfung folgender Bescheid:"
            )
        )
    tenor = TENOR_FULL if c.bamf_tenor == 6 else TENOR_SHORT
    if variant == 0:
        marks = [f"({x})" for x in "abcdef"]
    elif variant == 1:
        marks = ["I.", "II.", "III.", "IV.", "V.", "VI."]
    else:
        marks = ["1)", "2)", "3)", "4)", "5)", "6)"]
    if variant == 2:
        # the operative part framed; a frame does not wrap, so the lines are broken here
        framed: list[str] = []
        for i, x in enumerate(tenor):
            lines = wrap(f"{marks[i]} {x}", "serif", 8.5, 390)
            framed += [lines[0]] + ["     " + y for y in lines[1:]]
        blocks.append(Box(framed, size=8.5, bold_first=False))
    else:
        for i, x in enumerate(tenor):
            blocks.append(P(f"{marks[i]}  {x}", indent=16, after=3))
    blocks.append(
        P("Gründe" if variant != 1 else "Begründung", bold=True, align="center" if variant == 2 else "left")
    )
    want = d.extra.get("bamf_reasons", 6)
    for i in range(want):
        text = BAMF_GROUNDS[i % len(BAMF_GROUNDS)]
        blocks.append(P(text.format(nat=a.staat, entry=fmt(c.entry), applied=fmt(c.asylum_applied))))
    court = c.court_name.replace("Verwaltungsgericht ", "") or r.choice(N.COURTS)
    blocks.append(P("Hinweis auf die Klagemöglichkeit", bold=True, after=2))
    blocks.append(
        P(
            f"Diese Entscheidung kann mit der Klage beim Verwaltungsgericht {court} angegriffen werden. Die Klagefrist beträgt zwei "
            "Wochen, gerechnet vom Tag der Zustellung an; einzureichen ist die Klageschrift beim Gericht selbst "
            "(auch zur Niederschrift); die Tatsachen, auf die sie sich stützt, müssen binnen eines Monats vorliegen."
        )
    )
    blocks.append(P("Im Auftrag", after=20))
    blocks.append(
        P(
            r.choice(["Hülsmann", "Ostendorf", "Terhaar", "Brüggemann", "Wessels"])
            + ", Einzelentscheider/in",
            size=9.5,
        )
    )
    footer = "Seite {p} von {n}" if variant != 1 else f"{gz} · Seite {{p}} von {{n}}"
    return DocSpec(
        blocks,
        style(r, ["sans", "cond", "serif"][variant]),
        footer=footer,
        header=None if variant == 0 else f"Gesch.-Z. {gz}",
    )


@tpl("bamf_bescheid", "buchstaben_z20", S)
def bamf_buchstaben_z20(c, d, r):
    return _bamf20(c, d, r, 0)


@tpl("bamf_bescheid", "roemisch_z20", S)
def bamf_roemisch_z20(c, d, r):
    return _bamf20(c, d, r, 1)


@tpl("bamf_bescheid", "kasten_z20", S)
def bamf_kasten_z20(c, d, r):
    return _bamf20(c, d, r, 2)


# ============================ aerztliches_gutachten ============================

SYMPTOMS = {
    "F": [
        "Schlaflosigkeit mit nächtlichem Hochschrecken, Konzentrationsstörungen und Rückzug aus Kontakten",
        "anhaltende Niedergeschlagenheit, Grübeln, Appetitverlust und Erschöpfung bereits am Morgen",
        "Anspannung, Schreckhaftigkeit und sich aufdrängende Bilder aus der Zeit vor der Flucht",
    ],
    "E": ["schwankende Blutzuckerwerte mit wiederholten Entgleisungen trotz Tabletteneinnahme"],
    "I": ["Blutdruckspitzen über 180/110 mmHg mit Kopfschmerz und Schwindel"],
    "G": ["Anfälle mit Sturz und Bewusstlosigkeit, zuletzt vor wenigen Wochen"],
    "N": [
        "eine deutlich eingeschränkte Nierenfunktion (eGFR unter 30 ml/min), Wassereinlagerungen und Müdigkeit"
    ],
}


def _symptom(c, r) -> str:
    return r.choice(SYMPTOMS.get(c.diagnosis[0][0], SYMPTOMS["F"]))


def _pat(c):
    return c.persons[c.ill_person]


def _practice_addr(c, r) -> str:
    return f"{r.choice(N.STREETS)} {r.randint(2, 70)}, {c.court_city_plz()}"


@tpl("aerztliches_gutachten", "befundbericht_z20", S)
def med_befundbericht_z20(c, d, r):
    # a Befundbericht; the date of issue stands at the bottom beside the signature
    p = _pat(c)
    code, name, sev = c.diagnosis
    blocks = [
        P(c.practice, bold=True, size=11, after=0),
        P(f"{_practice_addr(c, r)} · Termine nur nach Absprache", size=8),
        Rule(0.5),
        P("BEFUNDBERICHT", bold=True, size=13, align="center"),
        Table(
            [
                ["Patient/in", f"{p.name}, {p.vorname}"],
                ["geb.", fmt(p.geburtsdatum)],
                ["Anschrift", c.adresse],
                ["betreut seit", month_year(c.entry + timedelta(days=300))],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P("Diagnosen (ICD-10)", bold=True, after=1),
        P(f"{code}   {name}", indent=10),
        P("Beschwerden und Befund", bold=True, after=1),
        P(
            f"Vorgestellt wegen {_symptom(c, r)}. Im Untersuchungsbefund wach, orientiert, im Kontakt zugewandt, "
            f"jedoch deutlich belastet. Der Schweregrad ist als {sev} einzuschätzen."
        ),
        P("Behandlung", bold=True, after=1),
        P(
            f"Regelmäßige Termine in {r.choice(['zweiwöchigen', 'monatlichen', 'wöchentlichen'])} Abständen, Medikation: "
            f"{'; '.join(r.sample(N.MEDICATION, 2))}. Unter der Behandlung leichte Stabilisierung; ein Abbruch ließe einen "
            "Rückfall erwarten."
        ),
        P("Prognose", bold=True, after=1),
        P("Bei Fortsetzung der Behandlung verhalten günstig, bei Wegfall der gewohnten Umgebung ungünstig."),
        Space(10),
        Table(
            [[f"{c.court_city_plz().split(' ', 1)[-1]}, {fmt(d.date)}", c.doctor]],
            [0.5, 0.5],
            header=False,
            grid=False,
        ),
        Signature("Stempel und Unterschrift"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("aerztliches_gutachten", "arztbrief_z20", S)
def med_arztbrief_z20(c, d, r):
    # an outpatient clinic's letter to the family doctor ("Sehr geehrte Frau Kollegin")
    p = _pat(c)
    code, name, sev = c.diagnosis
    clinic = r.choice(
        [
            f"Institutsambulanz am Kreuzberg {c.city_or_nrw()}",
            "Medizinisches Versorgungszentrum Lindenhof",
            "Zentrum für seelische Gesundheit Ruhrtal – Ambulanz",
        ]
    )
    blocks = [
        P(clinic, bold=True, size=12, align="right", after=0),
        P(c.practice, size=8.5, align="right", after=0),
        P(_practice_addr(c, r), size=8.5, align="right"),
        Space(8),
        P("Frau Dr. med. Kirsten Ohlendorf", after=0),
        P("Fachärztin für Allgemeinmedizin", after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 40)}, {c.court_city_plz()}", after=10),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P(f"Arztbrief über {p.herr_frau()}, geb. {fmt(p.geburtsdatum)}", bold=True),
        P("Sehr geehrte Frau Kollegin,"),
        P(
            f"wir berichten über die oben genannte Person, die sich am {fmt(d.date - timedelta(days=r.randint(2, 9)))} "
            "erneut in unserer Ambulanz vorgestellt hat."
        ),
        P("Diagnosen:", bold=True, after=1),
        P(f"– {name} ({code})", indent=10, after=2),
        P("– Anpassungsprobleme bei ungesichertem Aufenthalt (Z60.3)", indent=10),
        P("Anamnese:", bold=True, after=1),
        P(
            f"Berichtet werden {_symptom(c, r)}. Auslöser sei vor allem die Angst vor einer Abschiebung; die Familie lebe "
            "seit Monaten in ständiger Unsicherheit."
        ),
        P("Psychopathologischer bzw. körperlicher Befund:", bold=True, after=1),
        P(
            f"Befund passend zur Diagnose, Ausprägung {sev}. Keine Hinweise auf akute Eigengefährdung am Untersuchungstag."
        ),
        P("Procedere:", bold=True, after=1),
        P(
            f"Medikamente weiter wie bisher ({', '.join(r.sample(N.MEDICATION, 2))}), Wiedervorstellung in vier Wochen. "
            "Aus unserer Sicht ist eine Unterbrechung der Therapie durch Ortswechsel dringend zu vermeiden."
        ),
        P("Kollegiale Grüße"),
        Signature(f"{c.doctor}, Oberärztin/Oberarzt"),
    ]
    return DocSpec(blocks, style(r, "serif"), footer="Seite {p} von {n}")


@tpl("aerztliches_gutachten", "behoerdenattest_z20", S)
def med_behoerdenattest_z20(c, d, r):
    # "Attest zur Vorlage bei Behörden": very short, issued "am" at the right beside the stamp
    p = _pat(c)
    code, name, sev = c.diagnosis
    blocks = [
        Box([c.practice, _practice_addr(c, r), f"Tel. 0{r_digits(c.practice)}"], size=8.5),
        Space(16),
        P("Attest zur Vorlage bei Behörden", bold=True, size=13),
        P(f"Name: {p.full}", after=1),
        P(f"Geburtsdatum: {fmt(p.geburtsdatum)}"),
        P(
            f"Bei der oben genannten Person besteht eine {sev}e Erkrankung: {name} (ICD-10 {code}). "
            f"Sie steht deswegen seit {month_year(c.entry + timedelta(days=500))} in meiner Behandlung."
        ),
        P(
            "Die regelmäßige Einnahme der verordneten Medikamente und die Fortsetzung der Behandlung sind medizinisch "
            "notwendig. Eine Reise in das Herkunftsland ist derzeit nicht zu verantworten."
        ),
        Space(20),
        P(f"ausgestellt am {fmt(d.date)}", align="right", after=2),
        P(c.doctor, align="right"),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("aerztliches_gutachten", "psychotherapie_z20", S)
def med_psychotherapie_z20(c, d, r):
    # a psychotherapist's report in numbered sections; date in the reference line at the top left
    p = _pat(c)
    code, name, sev = c.diagnosis
    therapist = f"Dipl.-Psych. {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(f"{therapist} · Psychologische Psychotherapeutin/Psychologischer Psychotherapeut", size=9, after=0),
        P(f"in Kooperation mit {c.practice}", size=8.5),
        Rule(0.5),
        P(f"Stand: {fmt(d.date)} | Vorgang: {p.name}", size=9),
        P("Psychotherapeutische Stellungnahme", bold=True, size=13),
        P(f"über {p.full} ({fmt(p.geburtsdatum)}), wohnhaft {c.adresse}"),
        P("1. Anlass", bold=True, after=1),
        P("Die Stellungnahme wurde von der Patientin/dem Patienten für das Härtefallverfahren erbeten."),
        P("2. Diagnose", bold=True, after=1),
        P(f"{name}, ICD-10: {code}; Schweregrad {sev}."),
        P("3. Verlauf der Behandlung", bold=True, after=1),
        P(
            f"Bislang {r.randint(12, 45)} Sitzungen. Im Vordergrund stehen {_symptom(c, r)}. Stabilisierende Verfahren "
            "zeigen Wirkung, eine traumafokussierte Bearbeitung ist erst nach Sicherung der Lebenssituation möglich."
        ),
        P("4. Einschätzung", bold=True, after=1),
        P(
            "Muss die Patientin/der Patient das Land verlassen, rechne ich mit einem Zusammenbruch der erreichten Stabilität und "
            "akuter Lebensgefahr durch Suizidalität. Eine gleichwertige Behandlung im Herkunftsland ist nicht erreichbar."
        ),
        Signature(therapist),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ vollmacht ============================


def _adults(c):
    return [p for p in c.persons if p.role != "child"]


@tpl("vollmacht", "kurzform_z20", S)
def vollmacht_kurzform_z20(c, d, r):
    # a short pre-printed form, half a page, boxes ticked
    a = c.applicant
    blocks = [
        P("Vollmacht (Kurzform)", bold=True, size=13, after=2),
        P(f"für: {_rep_name(c)}, {c.rep.street}, {c.rep.city}", size=9.5),
        Rule(0.4),
        P(f"Vollmachtgeber/in: {a.full}", after=1),
        P(f"Anschrift: {c.adresse}"),
        P("Ich erteile hiermit Vollmacht für folgende Angelegenheiten:", after=2),
        P("[x] Härtefallverfahren (§ 23a AufenthG) einschließlich Antragstellung", indent=10, after=1),
        P(f"[{'x' if r.random() < 0.6 else ' '}] Verfahren vor der Ausländerbehörde", indent=10, after=1),
        P("[x] Einsicht in Akten und Empfang von Schreiben", indent=10, after=1),
        P("[ ] gerichtliche Verfahren", indent=10),
        P("Eingeschlossen sind meine Kinder unter 18 Jahren im gemeinsamen Haushalt.", size=9)
        if c.children()
        else Space(2),
        Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("vollmacht", "familie_z20", S)
def vollmacht_familie_z20(c, d, r):
    # an authorisation all adults sign, the representative named by person and organisation
    rp = c.rep
    blocks = [
        P(_rep_lines(c)[0], size=9, align="right", after=0),
        P(f"{rp.street}, {rp.city}", size=9, align="right"),
        Space(10),
        P("Bevollmächtigung", bold=True, size=14),
        P(
            f"Wir, die Unterzeichnenden, beauftragen {rp.person}"
            + (f" ({rp.org})" if rp.kind != "privat" else "")
            + ", für uns bei der Härtefallkommission NRW, beim Integrationsministerium und bei "
            f"der Ausländerbehörde ({_abh_of(c.abh)}) zu vertreten. Die Bevollmächtigung umfasst das Recht, in unserem "
            "Namen Erklärungen abzugeben, Unterlagen einzureichen und Auskünfte zu erhalten."
        ),
        P("Widerrufbar jederzeit, in Schriftform."),
    ]
    rows = [["Name", "Unterschrift"]] + [[p.full, ""] for p in _adults(c)]
    blocks.append(Table(rows, [0.5, 0.5]))
    blocks.append(P(f"Unterschrieben in {c.city_or_nrw()} am {fmt(d.date)}"))
    return DocSpec(blocks, style(r, "serif"))


@tpl("vollmacht", "mandat_z20", S)
def vollmacht_mandat_z20(c, d, r):
    # a firm's mandate form with its internal file number and a box of powers
    rp = c.rep
    a = c.applicant
    ref = f"{r.randint(10, 480)}/{d.date.year % 100}"
    blocks = [
        P(_rep_name(c), bold=True, size=12, align="center", after=0),
        P(f"{rp.street} – {rp.city}", size=8.5, align="center"),
        Space(6),
        P(f"Unser Zeichen: {ref}", size=9, align="right"),
        P("Mandat und Vollmacht", bold=True, size=13),
        P(
            f"{a.herr_frau()}, {c.adresse}, bevollmächtigt {rp.person} und die weiteren Mitglieder der Kanzlei bzw. Stelle"
        ),
        Box(
            [
                "Umfang:",
                "– Härtefallverfahren (§ 23a AufenthG), alle Verfahrenshandlungen",
                "– Vertretung gegenüber Ausländerbehörde und Ministerium",
                "– Empfangnahme von Zustellungen und Geld",
                "– Bestellung von Vertretern (Untervollmacht)",
            ],
            size=9.5,
        ),
        P("Die Kosten der Vertretung richten sich nach gesonderter Vereinbarung.", size=9),
        Signature(a.full, f"{c.city_or_nrw()}, den {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ schweigepflichtsentbindung ============================


@tpl("schweigepflichtsentbindung", "ankreuz_z20", S)
def schweige_ankreuz_z20(c, d, r):
    # a release with check boxes for each body the doctors may talk to
    p = _pat(c)
    blocks = [
        P("Schweigepflichtentbindung – Erklärung der Patientin / des Patienten", bold=True, size=12),
        P(f"Patientin/Patient: {p.full}, geb. {fmt(p.geburtsdatum)}"),
        P(f"Behandelnde Stelle: {c.doctor}, {c.practice}"),
        P("Die behandelnde Stelle darf Auskunft geben an (Schweigepflicht aufgehoben gegenüber):", after=2),
        P("[x] Härtefallkommission NRW einschließlich ihrer Geschäftsstelle", indent=10, after=1),
        P(
            f"[{'x' if c.rep else ' '}] meiner Vertretung im Verfahren"
            + (f" ({_rep_name(c)})" if c.rep else ""),
            indent=10,
            after=1,
        ),
        P("[ ] der Ausländerbehörde", indent=10),
        P(
            "Die Entbindung gilt für Diagnosen, Befunde und die Einschätzung des Verlaufs, nur für das Härtefallverfahren, "
            "und kann von mir jederzeit widerrufen werden."
        ),
        Signature(p.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("schweigepflichtsentbindung", "praxisbogen_z20", S)
def schweige_praxisbogen_z20(c, d, r):
    # the practice's own sheet with a label field for the patient
    p = _pat(c)
    blocks = [
        P(c.practice, size=9, after=0),
        P("Praxisformular 7 – Schweigepflicht", size=8, after=6),
        Box([f"{p.name}, {p.vorname}", f"* {fmt(p.geburtsdatum)}", c.adresse], size=9.5, bold_first=True),
        P("Freigabe von Auskünften – Schweigepflicht", bold=True, size=12),
        P(
            f"Hiermit erlaube ich der Praxis, insbesondere {c.doctor}, Auskünfte über meine Behandlung an die "
            "Kommission für Härtefälle (Düsseldorf) zu erteilen und Befundberichte dorthin zu senden. "
            "Insoweit entbinde ich die Praxis von der Schweigepflicht."
        ),
        P("Diese Erklärung ist freiwillig.", size=9),
        Signature("Unterschrift Patient/in bzw. gesetzliche Vertretung", f"Datum: {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("schweigepflichtsentbindung", "brief_z20", S)
def schweige_brief_z20(c, d, r):
    # a letter to the doctor releasing her or him
    p = _pat(c)
    blocks = [
        P(p.full, after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=12),
        P(c.doctor, after=0),
        P(c.practice, after=12),
        P(f"{c.city_or_nrw()}, {_dm(d.date)}", align="right"),
        P("Schweigepflicht – Härtefallkommission", bold=True),
        P(f"Sehr geehrte{'r Herr' if r.random() < 0.5 else ' Frau'} Doktor,"),
        P(
            "für mein Verfahren bei der Härtefallkommission in Düsseldorf brauche ich Ihre Hilfe. Ich entbinde Sie "
            "hiermit von der Schweigepflicht. Sie dürfen der Kommission und ihrer Geschäftsstelle alles über meine "
            "Krankheit und die Behandlung mitteilen."
        ),
        P("Vielen Dank."),
        Signature(p.full),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ datenschutzeinwilligung ============================


@tpl("datenschutzeinwilligung", "zwecke_z20", S)
def ds_zwecke_z20(c, d, r):
    # consent with a box to tick per purpose
    a = c.applicant
    blocks = [
        P("Datenverarbeitung – mein Einverständnis", bold=True, size=12),
        P("Verfahren nach § 23a AufenthG (Härtefallkommission NRW)", size=10),
        P(f"Ich, {a.full}, geboren {fmt(a.geburtsdatum)}, willige ein in (bitte ankreuzen):", after=2),
        P(
            "[x] die Verarbeitung meiner Angaben durch die Geschäftsstelle zur Vorbereitung der Beratung,",
            indent=10,
            after=1,
        ),
        P(
            "[x] die Übermittlung an Kommissionsmitglieder sowie an die Ausländerbehörde,",
            indent=10,
            after=1,
        ),
        P(
            "[x] die Verarbeitung von Gesundheitsdaten (Art. 9 Abs. 2 Buchst. a DSGVO), soweit ich sie vorlege.",
            indent=10,
        ),
        P(
            "Ohne diese Einwilligung kann die Kommission sich mit dem Antrag nicht befassen. Ich kann die Einwilligung "
            "jederzeit zurücknehmen, mit Wirkung ab dem Zugang des Widerrufs."
        ),
        Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("datenschutzeinwilligung", "alle_z20", S)
def ds_alle_z20(c, d, r):
    # one consent for the whole family, every adult on its own signature row
    blocks = [
        P("Datenschutzerklärung der Familie " + c.applicant.name, bold=True, size=12),
        P(
            "Uns ist recht, dass die Geschäftsstelle die Angaben aus unserem Härtefallantrag (einschließlich solcher über "
            "Krankheiten und den Aufenthaltsstatus) speichert, auswertet und den beteiligten Behörden und Kommissionsmitgliedern "
            "zugänglich macht (Rechtsgrundlage: Einwilligung nach DSGVO)."
        ),
        P("Die Einwilligung kann jede/r von uns für sich widerrufen."),
    ]
    rows = [["Person", "Ort / Datum", "Unterschrift"]]
    for p in _adults(c):
        rows.append([p.full, f"{c.city_or_nrw()}, {fmt(d.date)}", ""])
    blocks.append(Table(rows, [0.38, 0.32, 0.3]))
    blocks.append(P("Für minderjährige Kinder unterschreiben die Eltern.", size=9))
    return DocSpec(blocks, style(r, "serif"))


@tpl("datenschutzeinwilligung", "info_z20", S)
def ds_info_z20(c, d, r):
    # information under Art. 13 GDPR on the first half, the declaration under it
    a = c.applicant
    blocks = [
        P("Hinweise zum Datenschutz (Art. 13 DSGVO)", bold=True, size=11),
        P(
            "Verantwortlich: "
            + HFK_ADDRESS[0]
            + ", "
            + HFK_ADDRESS[1]
            + ". Zweck: Prüfung, ob ein Härtefallersuchen "
            "gestellt wird. Empfänger: Mitglieder der Kommission, Ausländerbehörde. Speicherdauer: bis zum Abschluss des "
            "Verfahrens zuzüglich gesetzlicher Fristen.",
            size=9,
        ),
        P(
            "Ihre Rechte: Auskunft, Korrektur, Löschung; Beschwerden richten Sie an die Datenschutzaufsicht.",
            size=9,
        ),
        Rule(0.6),
        P("Erklärung", bold=True, size=11),
        P(
            f"Ich habe die Hinweise gelesen. Ich stimme der Verarbeitung meiner personenbezogenen Daten zu. "
            f"Mein Widerruf ist jederzeit möglich. – {a.full}, {c.adresse}"
        ),
        Signature(a.full, f"{fmt(d.date)}, {c.city_or_nrw()}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ lebenslauf ============================


def _cv_steps(c) -> list[tuple[object, str]]:
    """(date or (from, to) or year text, what) of the applicant's life, oldest first."""
    a = c.applicant
    y = a.geburtsdatum.year
    steps: list[tuple[object, str]] = [
        (a.geburtsdatum, f"Geburt in {a.geburtsort} ({c.natinfo['land']})"),
        ((y + 6, y + 13), "Grundschule und Mittelschule im Heimatort"),
        ((y + 14, c.entry.year - 1), r_work(a)),
        (c.entry, "über die Grenze nach Deutschland gekommen"),
    ]
    if c.asylum:
        steps.append((c.asylum_applied, f"Asylantrag, Außenstelle {c.bamf_site[0].split()[-1]}"))
        steps.append((c.bamf_date, "Bescheid des Bundesamtes: Antrag abgelehnt"))
    else:
        steps.append(
            (c.entry.year, f"Visum erteilt – Zweck: {VISA_WORD.get(c.visa_purpose, c.visa_purpose)}")
        )
    steps.append(((c.entry.year + 1, c.entry.year + 2), "Integrationskurs mit Prüfung"))
    if c.job:
        steps.append(((c.entry.year + 2, None), f"{c.job} bei {c.employer}"))
    return steps


def r_work(a) -> str:
    return (
        "Mitarbeit im Geschäft der Eltern"
        if a.sex == "m"
        else "Hilfe im Haushalt und auf dem Feld der Familie"
    )


@tpl("lebenslauf", "iso_z20", S)
def cv_iso_z20(c, d, r):
    # a CV typed on a computer by a helper: ISO dates, left column narrow
    a = c.applicant
    rows = []
    for when, what in _cv_steps(c):
        if isinstance(when, tuple):
            lo, hi = when
            w = f"{lo}–{hi}" if hi else f"{lo}–heute"
        elif isinstance(when, int):
            w = str(when)
        else:
            w = _iso(when)
        rows.append([w, what])
    blocks = [
        P(f"Lebenslauf {a.vorname} {a.name}", bold=True, size=15),
        P(f"geb. {_iso(a.geburtsdatum)} · {a.staat} · {c.street}, {c.plz} {c.city}", size=9),
        Rule(0.5),
        Table(rows, [0.22, 0.78], header=False, grid=False),
        Space(10),
        P(f"Stand: {_iso(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("lebenslauf", "abschnitte_z20", S)
def cv_abschnitte_z20(c, d, r):
    # a CV in three sections with month/year and two-digit years
    a = c.applicant
    blocks = [
        P("Lebenslauf – tabellarisch", bold=True, size=14, align="center"),
        P(f"{a.full} – geb. {_short(a.geburtsdatum)} in {a.geburtsort}", align="center", size=10),
        Space(6),
    ]
    steps = _cv_steps(c)
    sections = [
        ("Herkunft", steps[:3]),
        ("Weg nach Deutschland", steps[3:5]),
        ("Seit der Ankunft", steps[5:]),
    ]
    for title, items in sections:
        if not items:
            continue
        blocks.append(P(title, bold=True, after=2))
        rows = []
        for when, what in items:
            if isinstance(when, tuple):
                lo, hi = when
                w = f"{lo % 100:02d} – {hi % 100:02d}" if hi else f"ab {lo % 100:02d}"
            elif isinstance(when, int):
                w = f"’{when % 100:02d}"
            else:
                w = f"{when.month:02d}/{when.year % 100:02d}"
            rows.append([w, what])
        blocks.append(Table(rows, [0.18, 0.82], header=False, grid=True, size=9.5))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, im {month_year(d.date)}"))
    return DocSpec(blocks, style(r, "sans"))


# ============================ sprachnachweis ============================


@tpl("sprachnachweis", "integrationszertifikat_z20", S)
def sprach_integrationszertifikat_z20(c, d, r):
    # the certificate issued after the final tests of the integration course
    a = c.applicant
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", size=9, align="center", after=0),
        P("Zertifikat Integrationskurs", bold=True, size=18, align="center"),
        Space(8),
        P(f"{a.vorname} {a.name}", bold=True, size=13, align="center", after=0),
        P(f"geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}", align="center"),
        P(
            "hat den Integrationskurs erfolgreich abgeschlossen. Die Teilnehmerin/der Teilnehmer hat im Deutsch-Test für "
            f"Zuwanderer die Stufe {r.choice(['B1', 'B1', 'A2'])} des Gemeinsamen Europäischen Referenzrahmens "
            "nachgewiesen; der Orientierungskurstest wurde bestanden.",
            align="center",
        ),
        Space(14),
        P(f"Kursträger: Sprachschule Brückenschlag {c.city_or_nrw()}", size=9),
        P(f"Ausgestellt: {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("sprachnachweis", "berufssprachkurs_z20", S)
def sprach_berufssprachkurs_z20(c, d, r):
    # a course provider's confirmation of a job-related language course (B2)
    a = c.applicant
    start = d.date - timedelta(days=r.randint(200, 300))
    blocks = [
        P(f"Lernwerk {c.city_or_nrw()} gGmbH – Bildungszentrum für Sprache und Beruf", bold=True, after=0),
        P("zugelassener Träger für Berufssprachkurse nach DeuFöV", size=8.5),
        Rule(0.5),
        P("Teilnahmebescheinigung", bold=True, size=13),
        P(
            f"{a.herr_frau()}, geb. {fmt(a.geburtsdatum)}, nahm vom {fmt(start)} bis {fmt(d.date - timedelta(days=14))} am "
            "Berufssprachkurs Deutsch Zielniveau B2 (400 Unterrichtseinheiten) teil."
        ),
        Table(
            [
                ["Prüfungsteil", "Ergebnis"],
                ["Lesen / Hören", "bestanden"],
                ["Schreiben", "bestanden"],
                ["Sprechen", r.choice(["bestanden", "gut bestanden"])],
            ],
            [0.5, 0.5],
        ),
        P("Die Abschlussprüfung auf Niveau B2 wurde abgelegt; das Zertifikat wird nachgereicht.", size=9.5),
        Signature("Kursleitung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ arbeitsnachweis ============================


@tpl("arbeitsnachweis", "zwischenzeugnis_z20", S)
def arbeit_zwischenzeugnis_z20(c, d, r):
    a = c.applicant
    er = _er(a)
    Er = _er(a, True)
    blocks = [
        P(c.employer, bold=True, size=12, align="center"),
        Space(6),
        P("Zwischenzeugnis", bold=True, size=14, align="center"),
        P(
            f"{a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, ist seit dem {fmt(c.entry + timedelta(days=800))} in "
            f"unserem Betrieb tätig, und zwar als {c.job}."
        ),
        P(
            f"{Er} hat sich schnell eingearbeitet und erledigt die übertragenen Aufgaben zuverlässig und sorgfältig. "
            f"Auch in Zeiten hoher Auslastung behält {er} den Überblick. Gegenüber Vorgesetzten und Kollegen ist das "
            "Verhalten stets einwandfrei."
        ),
        P(
            "Dieses Zwischenzeugnis wird auf Wunsch ausgestellt, weil der Arbeitsplatz wegen der ungeklärten "
            "aufenthaltsrechtlichen Lage gefährdet ist. Wir hoffen sehr, weiter mit ihr/ihm planen zu können."
        ),
        Signature("Personalabteilung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("arbeitsnachweis", "stundenzettel_z20", S)
def arbeit_stundenzettel_z20(c, d, r):
    # a monthly earnings statement with hours, printed by payroll software
    a = c.applicant
    hours = r.randint(120, 172)
    rate = r.choice([12.82, 13.5, 14.1, 15.0])
    gross = round(hours * rate, 2)
    net = round(gross * 0.71, 2)
    blocks = [
        P(f"{c.employer} · Lohnbüro", size=9, after=0),
        P(f"Verdienstnachweis Monat {month_year(d.date)}", bold=True, size=11),
        P(
            f"Personal-Nr. {r.randint(1000, 9999)}   {a.name}, {a.vorname}   Steuerklasse {r.choice(['I', 'III', 'IV'])}",
            font="mono",
            size=9,
        ),
        Table(
            [
                ["Bezeichnung", "Menge", "Satz", "Betrag"],
                ["Stundenlohn", f"{hours},00", f"{rate:.2f}", f"{gross:.2f}"],
                ["Gesamtbrutto", "", "", f"{gross:.2f}"],
                ["Lohnsteuer/Soli/SV", "", "", f"-{gross - net:.2f}"],
                ["Auszahlungsbetrag", "", "", f"{net:.2f}"],
            ],
            [0.4, 0.15, 0.15, 0.3],
            size=9,
        ),
        P(f"Auszahlung am {fmt(d.date)} auf das bekannte Konto.", size=9),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("arbeitsnachweis", "einstellungszusage_z20", S)
def arbeit_einstellungszusage_z20(c, d, r):
    # a job offer that depends on the permit
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 90)}, {c.city_or_nrw()}", size=9),
        Space(10),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P(f"Einstellungszusage für {a.herr_frau()}", bold=True),
        P(
            f"Wir bestätigen, dass wir {a.full} ab sofort unbefristet in Vollzeit (40 Stunden) als {c.job} einstellen "
            f"werden, vorausgesetzt die Ausländerbehörde stimmt der Beschäftigung zu. Das Bruttogehalt beträgt {r.randint(2200, 2900)} € im Monat."
        ),
        P("Für Rückfragen erreichen Sie unsere Personalleitung unter der oben genannten Anschrift."),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Inhaber/in"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ ehrenamt ============================


@tpl("ehrenamt", "nachweis_z20", S)
def ehren_nachweis_z20(c, d, r):
    # a formal proof of voluntary work with hours per year
    a = c.applicant
    since = c.entry + timedelta(days=r.randint(300, 700))
    blocks = [
        P("Engagementbescheinigung", bold=True, size=14, align="center"),
        P(c.club, align="center"),
        Space(6),
        P(
            f"{a.full} ist seit {month_year(since)} bei uns freiwillig und ohne Bezahlung aktiv. Im letzten Jahr "
            f"kamen rund {r.randint(80, 260)} Stunden zusammen."
        ),
        P("Aufgaben:", bold=True, after=1),
        P(
            f"– {r.choice(['Aufbau und Abbau bei Veranstaltungen', 'Sortieren gespendeter Kleidung', 'Begleitung neu angekommener Familien zu Ämtern'])}",
            indent=10,
            after=1,
        ),
        P(
            f"– {r.choice(['Sprachhilfe bei Terminen der Sozialberatung', 'Betreuung der Jüngsten beim Training', 'Reparaturen im Gemeindehaus'])}",
            indent=10,
        ),
        P("Wir danken für die Zuverlässigkeit und das freundliche Auftreten."),
        Signature("Vorsitz", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("ehrenamt", "gemeindebrief_z20", S)
def ehren_gemeindebrief_z20(c, d, r):
    # a short note from a congregation's office, with the pastor's title
    a = c.applicant
    blocks = [
        P(c.club, bold=True, align="right", after=0),
        P("Gemeindebüro", size=9, align="right"),
        Space(12),
        P(f"Datum: {fmt(d.date)}"),
        P("Bescheinigung", bold=True),
        P(
            f"{a.herr_frau()} gehört seit Jahren zu den Menschen, auf die sich unsere Gemeinde verlassen kann. "
            f"{_er(a, True)} hilft ehrenamtlich im Besuchsdienst und beim Mittagstisch, ist Mitglied im Helferkreis und "
            "bei fast jedem Gemeindefest dabei."
        ),
        Signature(f"Pfarrer/in {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ unterstuetzerschreiben ============================


@tpl("unterstuetzerschreiben", "lehrerin_z20", S)
def unter_lehrerin_z20(c, d, r):
    # a teacher writes for the family
    a = c.applicant
    kids = c.children()
    teacher = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    about = kids[0].vorname if kids else a.vorname
    blocks = [
        P(teacher, after=0),
        P(f"Lehrkraft, {c.school}", after=10),
        P("z. Hd. Härtefallkommission NRW"),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P(f"Betrifft: Familie {a.name} und ihr Bleiberecht", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            f"seit {r.randint(2, 5)} Jahren erlebe ich {about} im Unterricht. Ich habe selten jemanden gesehen, der so "
            "schnell Deutsch gelernt hat und anderen so selbstverständlich hilft. Die Eltern kommen zu jedem "
            "Elterngespräch und unterstützen die Schule, wo sie können."
        ),
        P(
            "Ein Abbruch dieser Entwicklung wäre ein großer Verlust, für das Kind und für uns alle. Deshalb bitte ich "
            "Sie von Herzen, der Familie eine Zukunft hier zu ermöglichen."
        ),
        P("Mit herzlichem Gruß und Dank"),
        Signature(teacher),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("unterstuetzerschreiben", "trainer_z20", S)
def unter_trainer_z20(c, d, r):
    # a sports coach / neighbour writes; date below the signature
    a = c.applicant
    coach = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(f"Von: {coach}, {r.choice(N.STREETS)} {r.randint(1, 60)}, {c.city_or_nrw()}", size=9.5),
        P("An: Härtefallkommission beim Ministerium in Düsseldorf", size=9.5),
        Space(8),
        P(f"Betrifft: {a.full}", bold=True),
        P(
            f"Ich bin seit vielen Jahren Übungsleiter und Nachbar von {a.vorname}. Wenn Not am Mann ist, steht "
            f"{a.vorname} als Erste/r vor der Tür: beim Umzug, beim Rasenmähen für die alte Frau im Erdgeschoss, beim "
            "Fahrdienst zum Auswärtsspiel. So jemanden wegzuschicken, verstehe ich nicht."
        ),
        P(
            "Ich stehe für ein Gespräch gern zur Verfügung und unterstütze das Anliegen mit voller Überzeugung."
        ),
        Signature(coach),
        P(f"geschrieben am {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ schulnachweis ============================


def _schoolyear(d) -> str:
    y = d.year if d.month >= 8 else d.year - 1
    return f"{y}/{(y + 1) % 100:02d}"


@tpl("schulnachweis", "lernbericht_z20", S)
def schul_lernbericht_z20(c, d, r):
    # a primary school's verbal report (or a Kita's development note for the little ones)
    k = _child(c, d)
    age = k.age_on(d.date)
    if age < 6:
        blocks = [
            P(f"Familienzentrum Kunterbunt {c.city_or_nrw()} – Städtische Kindertageseinrichtung", bold=True),
            P("Entwicklungsbericht (Kurzfassung)", bold=True, size=13),
            P(f"Kind: {k.full}, geb. {fmt(k.geburtsdatum)} – Gruppe {r.choice(['Füchse', 'Igel', 'Eulen'])}"),
            P(
                f"{k.vorname} besucht unsere Einrichtung regelmäßig und gern. Sprachlich macht {k.vorname} große Fortschritte "
                "und spricht in der Gruppe überwiegend Deutsch. Die Eltern kommen zu Festen und Gesprächen."
            ),
            Signature("Einrichtungsleitung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
        ]
        return DocSpec(blocks, style(r, "sans"))
    klass = max(1, min(13, age - 5))
    blocks = [
        P(c.school, bold=True, size=12, align="center", after=0),
        P(f"Schuljahr {_schoolyear(d.date)} · Klasse {klass}{r.choice('abcd')}", size=9, align="center"),
        Rule(0.5),
        P("Lern- und Entwicklungsbericht", bold=True, size=13),
        P(f"für {k.vorname} {k.name} (geb. {fmt(k.geburtsdatum)})"),
        P("Arbeits- und Sozialverhalten", bold=True, after=1),
        P(f"{k.vorname} arbeitet konzentriert, hält Absprachen ein und ist in der Klasse beliebt."),
        P("Deutsch", bold=True, after=1),
        P(
            "Liest flüssig und versteht Texte, schreibt eigene kleine Geschichten; die Rechtschreibung wird sicherer."
        ),
        P("Mathematik", bold=True, after=1),
        P("Rechnet sicher im erarbeiteten Zahlenraum und löst Sachaufgaben mit Ausdauer."),
        P(f"Versäumte Tage: {r.randint(0, 6)} (alle entschuldigt)", size=9.5),
        Table(
            [[f"{c.city_or_nrw()}, {fmt(d.date)}", "Klassenleitung", "Schulleitung"]],
            [0.4, 0.3, 0.3],
            header=False,
            grid=False,
            size=9,
        ),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("schulnachweis", "besuch_z20", S)
def schul_besuch_z20(c, d, r):
    # a school office's attendance certificate with pupil number and a framed stamp
    k = _child(c, d)
    blocks = [
        P(f"Sekretariat – {c.school}", size=9, after=10),
        P("Schulbesuchsbestätigung", bold=True, size=12),
        Table(
            [
                ["Schüler/in", k.full],
                ["Geburtsdatum", fmt(k.geburtsdatum)],
                ["Schüler-Nr.", str(r.randint(10000, 99999))],
                ["Schuljahr / Klasse", f"{_schoolyear(d.date)} / {max(1, k.age_on(d.date) - 5)}"],
                ["an der Schule seit", fmt(c.entry + timedelta(days=r.randint(120, 400)))],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Ausgestellt auf Antrag der Erziehungsberechtigten.", size=9.5),
        Box(["Schulstempel", f"{c.city_or_nrw()}, den {fmt(d.date)}"], size=8.5),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ auslaenderbehoerde ============================


def _abh_letterhead(c, r) -> list:
    city = c.abh.split("–")[0].strip()
    return [
        P(city, bold=True, size=12, after=0),
        P(
            "Oberbürgermeister/in – Fachbereich Bürgerdienste"
            if city.startswith(("Stadt", "Landes", "Bundes"))
            else "Landrat/Landrätin – Kreisverwaltung",
            size=8.5,
            after=0,
        ),
        P(c.abh.split("–")[-1].strip(), size=8.5, after=0),
        P(f"Postanschrift: {r.choice(N.STREETS)} {r.randint(1, 30)}, {c.abh_plz}", size=8),
        Rule(0.6),
    ]


@tpl("auslaenderbehoerde", "grenzuebertritt_z20", S)
def abh_grenzuebertritt_z20(c, d, r):
    # a request to leave with the border-crossing certificate announced
    a = c.applicant
    due = d.date + timedelta(days=r.choice([14, 21, 30]))
    blocks = _abh_letterhead(c, r) + [
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=10),
        P(
            f"Aktenzeichen: {r.randint(30, 39)}.{r.randint(1, 9)}-{a.name[:3].upper()}-{r.randint(100, 999)}    {fmt(d.date)}",
            size=9,
            align="right",
        ),
        P("Ausreiseaufforderung – Hinweis auf freiwillige Rückkehr", bold=True, size=12),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            f"Sie sind ausreisepflichtig. Die Abschiebung ist derzeit nur ausgesetzt. Verlassen Sie bitte die Bundesrepublik "
            f"Deutschland aus eigenem Entschluss, spätestens am {fmt(due)}. Bei Ihrer Ausreise erhalten Sie eine "
            "Grenzübertrittsbescheinigung, die Sie an der Grenze abstempeln lassen und an uns zurücksenden."
        ),
        P(
            "Für die Rückkehr können Sie Unterstützung aus Förderprogrammen erhalten. Die Rückkehrberatung ist kostenlos."
        ),
    ]
    if c.rueckfuehrung:
        blocks.append(
            P(
                f"Reisen Sie nicht aus, ist die Abschiebung für den {fmt(c.rueckfuehrung)} vorgesehen.",
                bold=True,
            )
        )
    blocks += [
        P("Mit freundlichen Grüßen"),
        P("Im Auftrag"),
        Signature(f"{r.choice(N.GERMAN_SURNAMES)}, Sachgebiet Rückkehr"),
    ]
    return DocSpec(blocks, style(r, "sans"), footer="Seite {p} von {n}")


@tpl("auslaenderbehoerde", "verlaengerung_z20", S)
def abh_verlaengerung_z20(c, d, r):
    # the extension sheet of a Duldung: the document's extension entries as a table
    a = c.applicant
    rows = [["verlängert bis", "Behörde", "Datum"]]
    day = d.date - timedelta(days=r.choice([180, 270, 360]))
    while day <= d.date:
        rows.append([fmt(day + timedelta(days=90)), _abh_of(c.abh), fmt(day)])
        day += timedelta(days=90)
    blocks = [
        P(
            "Zusatzblatt zur Bescheinigung über die Aussetzung der Abschiebung",
            bold=True,
            size=11,
            align="center",
        ),
        P(
            f"Inhaber/in: {a.name}, {a.vorname} – geb. {fmt(a.geburtsdatum)} – Staatsangehörigkeit: {a.staat}",
            size=9.5,
        ),
        Table(rows, [0.3, 0.45, 0.25], size=9),
        P("Nebenbestimmungen: Wohnsitz " + c.city_or_nrw() + ". Beschäftigung nur mit Erlaubnis.", size=9.5),
        P("Erlischt mit dem Zeitpunkt der Abschiebung.", size=9.5),
        Box([f"{c.abh}", f"Stand {fmt(d.date)}"], size=8.5),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("auslaenderbehoerde", "mitwirkung_z20", S)
def abh_mitwirkung_z20(c, d, r):
    # a summons to cooperate in obtaining a passport, with an appointment
    a = c.applicant
    appt = d.date + timedelta(days=r.randint(10, 25))
    blocks = _abh_letterhead(c, r) + [
        P(f"{a.herr_frau()}, {c.adresse}", after=10),
        P(f"{c.abh.split('–')[0].strip()}, {fmt(d.date)}", align="right"),
        P("Einladung – Mitwirkung bei der Passbeschaffung", bold=True),
        P(
            f"Kommen Sie bitte am {fmt(appt)} um {r.choice(['8:30', '10:00', '13:15'])} Uhr persönlich in Zimmer "
            f"{r.randint(101, 340)}. Legen Sie dort alles vor, was Ihre Identität zeigen kann (Geburtsurkunde, "
            "Personalausweis, Führerschein, Schulzeugnisse)."
        ),
        P(
            "Sie sind zur Mitwirkung verpflichtet (§§ 48, 82 AufenthG). "
            "Kommen Sie dieser Pflicht nicht nach, kann dies zu einem Beschäftigungsverbot führen."
        ),
        Signature("Im Auftrag – Team Aufenthaltsbeendigung"),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ gerichtsentscheidung ============================


def _parties(c) -> tuple[str, str]:
    a = c.applicant
    who = f"des Herrn {a.full}" if a.sex == "m" else f"der Frau {a.full}"
    other = (
        "die Bundesrepublik Deutschland (für sie handelnd: Bundesamt für Migration und Flüchtlinge)"
        if c.asylum
        else f"das Land Nordrhein-Westfalen, für dieses handelnd: {c.abh}"
    )
    return who, other


@tpl("gerichtsentscheidung", "beschluss_z20", S)
def court_beschluss_z20(c, d, r):
    # a summary order in the urgent procedure, rubrum on the left
    who, other = _parties(c)
    blocks = [
        P(c.court_name.upper(), bold=True, size=12, after=0),
        P(f"Aktenzeichen: {c.court_az}", size=9.5),
        Space(8),
        P("Beschluss", bold=True, size=14, align="center"),
        P(f"In dem Verfahren auf Gewährung vorläufigen Rechtsschutzes {who}, wohnhaft {c.adresse},"),
        P("– Antragsteller/in –", align="right"),
        P(f"gegen {other},"),
        P("– Antragsgegner/in –", align="right"),
        P(
            f"hat die {r.randint(3, 19)}. Kammer am {fmt(d.date)} durch die Berichterstatterin als Einzelrichterin beschlossen:"
        ),
        P("Der Antrag wird abgelehnt.", indent=20, after=2),
        P("Wer den Antrag gestellt hat, trägt die Verfahrenskosten.", indent=20, after=2),
        P(
            "Streitwert: 2.500,00 Euro." if not c.asylum else "Gerichtskosten werden nicht erhoben.",
            indent=20,
        ),
        P("Gründe", bold=True, align="center"),
        P(
            "Der Antrag bleibt ohne Erfolg. An der Rechtmäßigkeit der angefochtenen "
            "Verfügung hat die Kammer bei summarischer Prüfung keine Bedenken; auf ihre Begründung wird verwiesen."
        ),
        P(
            "Ein Anspruch auf ein Bleiberecht ergibt sich auch nicht aus den vorgetragenen persönlichen Bindungen; diese "
            "sind im Verfahren vor der zuständigen Behörde geltend zu machen."
        ),
        P(
            "Eine Anfechtung dieses Beschlusses ist ausgeschlossen (§ 80 AsylG)."
            if c.asylum
            else "Rechtsmittel: Beschwerde zum Oberverwaltungsgericht binnen zwei Wochen."
        ),
        P(r.choice(["Dr. Overbeck", "Kaltenbach", "Dr. Stratmann"]), align="right"),
    ]
    return DocSpec(blocks, style(r, "serif"), footer="– {p} –")


@tpl("gerichtsentscheidung", "urteil_z20", S)
def court_urteil_z20(c, d, r):
    # a judgment with the full rubrum centred
    a = c.applicant
    who, other = _parties(c)
    blocks = [
        P(f"Ausfertigung – {c.court_az}", size=9, align="right"),
        P(c.court_name, bold=True, size=13, align="center"),
        P("Im Namen des Volkes", bold=True, align="center", after=2),
        P("Urteil", bold=True, size=14, align="center"),
        P("Verwaltungsstreitverfahren", align="center", after=2),
        P(f"{who}, {c.adresse},", align="center", after=2),
        P("Klägers / Klägerin,", align="center", after=4),
        P("gegen", align="center", after=2),
        P(other + ",", align="center", after=2),
        P("Beklagte/n,", align="center", after=6),
        P(f"wegen {'Asylrechts' if c.asylum else 'Aufenthaltsrechts'}"),
        P(
            f"erkennt die Kammer – mündliche Verhandlung am {fmt(d.date - timedelta(days=r.randint(1, 14)))} – am {fmt(d.date)} für Recht:"
        ),
        P(
            "I. Die Klage wird abgewiesen. II. Die Verfahrenskosten fallen der klagenden Partei zur Last. III. Wegen der Kosten kann vorläufig vollstreckt werden.",
            indent=16,
        ),
        P("Tatbestand", bold=True, align="center"),
        P(
            f"Klagende Partei: {a.staat}e/r Staatsangehörige/r und reiste am {fmt(c.entry)} ein. "
            + (
                f"Ihren Asylantrag lehnte das Bundesamt mit Bescheid vom {fmt(c.bamf_date)} ab."
                if c.asylum
                else "Die Ausländerbehörde versagte anschließend die weitere Aufenthaltserlaubnis."
            )
        ),
        P("Entscheidungsgründe", bold=True, align="center"),
        P(
            "Zulässig erhoben, hat die Klage in der Sache keinen Erfolg; Rechtsfehler des Bescheides sieht die Kammer nicht."
        ),
        P("Die Voraussetzungen eines Anspruchs sind weder dargelegt noch sonst ersichtlich."),
        P(r.choice(["Wiegand", "Dr. Lüttgens", "Pieper-Rohde"]), align="right"),
    ]
    return DocSpec(blocks, style(r, "serif"), footer="Seite {p} von {n}")


# ============================ strafrecht ============================


def _js(d, r) -> str:
    return f"{r.randint(100, 990)} Js {r.randint(100, 9999)}/{d.year % 100}"


@tpl("strafrecht", "strafbefehl_z20", S)
def straf_strafbefehl_z20(c, d, r):
    # a penalty order set as a form with the accused's data in a frame
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, after=0),
        P(f"Geschäftsnummer: {r.randint(5, 45)} Cs {_js(d.date, r)}", size=9),
        Space(6),
        P("STRAFBEFEHL", bold=True, size=14, align="center"),
        Box(
            [
                "Angeklagte/r",
                f"{a.name}, {a.vorname}",
                f"geb. {fmt(a.geburtsdatum)} in {a.geburtsort}",
                f"Staatsangehörigkeit: {a.staat}",
                f"wohnhaft: {c.adresse}",
            ],
            size=9.5,
        ),
        P(
            f"Laut Anklagebehörde geschah Folgendes: Am {fmt(c.criminal_date - timedelta(days=r.randint(30, 120)))} "
            f"sollen Sie in {c.court_city} vorsätzlich gehandelt haben. Sie werden daher beschuldigt wegen {off}."
        ),
        P(f"Es wird auf eine Geldstrafe erkannt: {sentence}.", bold=True),
        P(
            "Einspruch: zwei Wochen Frist, beginnend mit der Zustellung, beim Amtsgericht, "
            "schriftlich oder zur Niederschrift. Wird kein Einspruch eingelegt, wird der Strafbefehl rechtskräftig."
        ),
        P(f"{c.court_city}, {fmt(d.date)}", after=2),
        P(f"gez. {r.choice(['Brinkmann', 'Dr. Heitkamp', 'Lohmeyer'])} (Richterin/Richter)"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("strafrecht", "ladung_z20", S)
def straf_ladung_z20(c, d, r):
    # the public prosecutor's notice about the proceedings and the order applied for
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(
            f"Staatsanwaltschaft {r.choice(['Düsseldorf', 'Köln', 'Dortmund', 'Bielefeld', 'Essen'])}",
            bold=True,
            align="right",
            after=0,
        ),
        P(f"Az.: {_js(d.date, r)}", size=9, align="right"),
        Space(6),
        P(f"{a.herr_frau()}", after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}", after=10),
        P(f"Datum: {fmt(d.date)}"),
        P(f"Ermittlungsverfahren gegen Sie wegen {off}", bold=True),
        P(
            f"Das Ermittlungsverfahren ist abgeschlossen. Ich habe beim Amtsgericht {c.court_city} den Erlass eines "
            f"Strafbefehls über eine Geldstrafe von {sentence} beantragt. Den Strafbefehl erhalten Sie vom Gericht."
        ),
        P(
            "Die Ausländerbehörde wird nach § 87 Abs. 4 AufenthG über den Ausgang des Verfahrens unterrichtet."
        ),
        P("Im Auftrag"),
        Signature("Amtsanwältin/Amtsanwalt"),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ identitaetsnachweis ============================


@tpl("identitaetsnachweis", "passkopie_z20", S)
def id_passkopie_z20(c, d, r):
    # a copy of a passport's data page, fields in the passport's own order, certified as a copy
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P(f"{c.natinfo['land'].upper()} · PASSPORT", bold=True, size=12, align="center"),
        Table(
            [
                ["Type / Typ", "P"],
                ["Surname", a.name.upper()],
                ["Given names", a.vorname.upper()],
                ["Nationality", c.natinfo["en"].upper()],
                ["Birth date", a.geburtsdatum.strftime("%d %b %Y").upper()],
                ["Sex", "M" if a.sex == "m" else "F"],
                ["Birth place", a.geburtsort.upper()],
                ["Issued", d.date.strftime("%d %b %Y").upper()],
                ["Expires", (d.date + timedelta(days=3650)).strftime("%d %b %Y").upper()],
            ],
            [0.35, 0.65],
            header=False,
            grid=False,
            size=9.5,
        ),
        P(l1, font="mono", size=10.5, after=0),
        P(l2, font="mono", size=10.5),
        Space(12),
        P(
            "Kopie – Original lag bei Anfertigung vor.",
            size=8.5,
            font="italic",
        ),
        P(f"{_abh_of(c.abh)} – Sichtvermerk", size=8.5),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("identitaetsnachweis", "registerauszug_z20", S)
def id_registerauszug_z20(c, d, r):
    # a translated extract from the civil register of the country of origin
    a = c.applicant
    father = f"{r.choice(c.natinfo['m'])} {a.name}"
    mother = f"{r.choice(c.natinfo['f'])} {r.choice(c.natinfo['nach'])}"
    blocks = [
        P("Beglaubigte Übersetzung", size=9, font="italic", align="right"),
        P(f"Auszug aus dem Personenstandsregister – {c.natinfo['land']}", bold=True, size=12),
        P(
            f"Registernummer {r.randint(100, 999)}/{r.randint(1, 99)}, Registerbehörde {a.geburtsort}",
            size=9.5,
        ),
        P(
            f"Eingetragen ist: {a.vorname} {a.name}, {'männlich' if a.sex == 'm' else 'weiblich'}, geboren in {a.geburtsort} "
            f"am {fmt_long(a.geburtsdatum)}, Kind des {father} und der {mother}."
        ),
        P(f"Familienstand: {'verheiratet' if any(p.role == 'spouse' for p in c.persons) else 'ledig'}"),
        P("[Siegel der Registerbehörde] [Unterschrift unleserlich]", size=9),
        Rule(0.4),
        P(
            f"Ich, beim Landgericht allgemein ermächtigte Übersetzerin, versichere: Diese Übertragung gibt den Text "
            f"des Originals genau und ganz wieder. {c.city_or_nrw()}, {fmt(d.date)}",
            size=9,
        ),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ sonstiges ============================


@tpl("sonstiges", "anhoerung_ladung_z20", S)
def sonst_anhoerung_ladung_z20(c, d, r):
    # the BAMF's invitation to the personal interview
    a = c.applicant
    site = c.bamf_site
    when = d.date + timedelta(days=r.randint(10, 30))
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8.5),
        Rule(0.5),
        P(f"{a.herr_frau()}, {c.adresse}", after=8),
        P(f"Gesch.-Z.: {c.bamf_gz}", align="right", after=0),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P("Ladung zum Anhörungstermin (§ 25 AsylG)", bold=True, size=12),
        P(
            f"Ihr Termin: {fmt(when)}, {r.choice(['08:00', '09:30', '12:00'])} Uhr, Ort: die Außenstelle laut Briefkopf"
            ". Mitzubringen sind dieses Schreiben, das Ankunftsdokument oder die Gestattung sowie Belege für Ihr Vorbringen."
        ),
        P(
            "Ein Sprachmittler ist bestellt. Bleiben Sie ohne ausreichenden Grund fern, "
            "darf über Ihren Antrag auch ohne Anhörung entschieden werden."
        ),
        P("Automatisch erzeugtes Schreiben – keine Unterschrift erforderlich.", size=8.5),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("sonstiges", "aufnahmebogen_z20", S)
def sonst_aufnahmebogen_z20(c, d, r):
    # a counselling service's intake sheet (ISO dates, abbreviations), not an application
    service = (
        _rep_name(c)
        if c.rep is not None and c.rep.kind == "beratungsstelle"
        else f"Migrationsdienst Brücke {c.city_or_nrw()}"
    )
    blocks = [
        P(f"{service} – Erstgespräch", bold=True, size=11),
        P(f"Aufnahme am {_iso(d.date)} · Beratungs-Nr. {r.randint(2000, 9999)}", size=9, font="mono"),
        Rule(0.4),
    ]
    for p in c.persons:
        blocks.append(
            P(
                f"{p.name.upper()}, {p.vorname} · geb. {_iso(p.geburtsdatum)} · {_role_de(p, c)}",
                font="mono",
                size=9,
                after=1,
            )
        )
    blocks += [
        P(f"Adr.: {c.adresse}", font="mono", size=9),
        P(
            "Anliegen: Perspektive Aufenthalt, Unterlagen sichten, ggf. Weg zur Härtefallkommission prüfen.",
            size=9.5,
        ),
        P(
            f"Mitgebracht: {r.choice(['Duldung, Meldebescheinigung', 'Pass (Kopie), Arbeitsvertrag', 'Schreiben der Behörde, Schulzeugnisse'])}",
            size=9.5,
        ),
        P("Nächster Termin: " + _iso(d.date + timedelta(days=14)), size=9.5),
        P("Kürzel Berater/in: " + "".join(x[0] for x in (c.rep.person if c.rep else "M B").split()), size=9),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("sonstiges", "leistungsbescheid_z20", S)
def sonst_leistungsbescheid_z20(c, d, r):
    # a social office's notice about benefits (changes) for the household
    a = c.applicant
    blocks = [
        P(f"Stadt {c.city_or_nrw()} – Amt für Soziales", bold=True, after=0),
        P("Sachgebiet Laufende Hilfen", size=8.5),
        Space(6),
        P(f"{a.herr_frau()}, {c.adresse}", after=8),
        P(f"{fmt(d.date)}", align="right"),
        P("Änderungsbescheid", bold=True, size=12),
        P(
            f"Die laufenden Leistungen für Ihre Bedarfsgemeinschaft ({len(c.persons)} Person(en)) werden ab dem "
            f"{fmt(d.date.replace(day=1))} neu festgesetzt, weil sich Ihr Einkommen geändert hat."
        ),
        Table(
            [
                ["Monat", "Bedarf", "Einkommen", "Zahlbetrag"],
                [
                    month_year(d.date),
                    f"{r.randint(900, 1900)},00 €",
                    f"{r.randint(300, 800)},00 €",
                    "siehe Anlage",
                ],
            ],
            [0.25, 0.25, 0.25, 0.25],
            size=9,
        ),
        P("Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.", size=9.5),
    ]
    return DocSpec(blocks, style(r, "sans"))
