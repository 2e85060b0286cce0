"""Templates of the `blind5` split: the seventh held-out set, kept apart from tuning and scored a single time."""

from __future__ import annotations

import random
import zlib
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case
from hfk.corpus.templates import _child, _mrz, tpl
from hfk.corpus.text_antrag import fmt, fmt_long

SPLIT = "blind5"

# ------------------------------------------------------------------ small helpers


def _short(d) -> str:
    """A document date with a two-digit year (never used for birth dates)."""
    return d.strftime("%d.%m.%y")


def _en_us(d) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _en_uk(d) -> str:
    return f"{d.day} {N.MONTHS_EN[d.month - 1]} {d.year}"


def _st(r: random.Random, family: str | None = None, size: float | None = None) -> Style:
    return Style(
        family=family or r.choice(["serif", "sans", "sans", "cond"]),
        size=size or r.choice([10.0, 10.5, 11.0]),
        margin_left=r.uniform(62, 85),
        margin_right=r.uniform(48, 66),
        margin_top=r.uniform(40, 60),
    )


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde in the words a letter writer uses ("Ausländeramt der Stadt Köln")."""
    if "–" not in abh:
        return abh
    owner, office = (x.strip() for x in abh.split("–", 1))
    if owner.startswith("Kreis "):
        return f"{office} des Kreises {owner[6:]}"
    if owner.startswith("Region "):
        return f"{office} der Region {owner[7:]}"
    return f"{office} der {owner}"


def _abh_words(c: Case, r: random.Random) -> str:
    return c.abh if r.random() < 0.5 else _abh_of(c.abh)


def _pf(c: Case, i: int, f: str) -> bool:
    """Whether person i's field f is written (the case may leave it out)."""
    return c.omitted.get(i) != f


def _rel_de(p) -> str:
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehemann" if p.sex == "m" else "Ehefrau"
    return "Sohn" if p.sex == "m" else "Tochter"


def _rel_en(p) -> str:
    if p.role == "applicant":
        return "applicant"
    if p.role == "spouse":
        return "husband" if p.sex == "m" else "wife"
    return "son" if p.sex == "m" else "daughter"


def _rep_lines(c: Case) -> list[str]:
    rp = c.rep
    if rp.kind == "privat":
        return [rp.person, rp.street, rp.city]
    return [rp.org, rp.person, rp.street, rp.city]


def _place(c: Case) -> str:
    if c.rep is not None:
        return c.rep.city.split(" ", 1)[1]
    return c.city if c.residence != "abroad" else c.city.split(" (")[0]


_FEMALE = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}


def _signer(c: Case) -> str:
    if c.rep is None:
        return c.applicant.full
    if c.rep.kind == "anwalt":
        female = c.rep.person.split()[0] in _FEMALE
        return f"{c.rep.person}, {'Rechtsanwältin' if female else 'Rechtsanwalt'}"
    return c.rep.person


def _names_joined(c: Case) -> str:
    ps = [p.full for p in c.persons]
    return ps[0] if len(ps) == 1 else ", ".join(ps[:-1]) + " und " + ps[-1]


def _mentions_enclosures(c: Case, r: random.Random) -> str:
    bits = []
    if c.rep is not None:
        bits.append("die auf uns ausgestellte Vollmacht" if c.rep.kind != "privat" else "die Vollmacht")
    if c.illness:
        bits.append("die Schweigepflichtentbindung (unterzeichnet)")
    bits.append("die Einwilligungserklärung zum Datenschutz")
    return ", ".join(bits[:-1]) + (" sowie " if len(bits) > 1 else "") + bits[-1]


# ------------------------------------------------------------------ Begründung (own wording)


def _story(c: Case, r: random.Random, voice: str) -> dict[str, list[str]]:
    """Sentences per topic. voice: "ich" (the applicant writes), "er" (someone writes about the family)."""
    a = c.applicant
    me = voice == "ich"
    he = "er" if a.sex == "m" else "sie"
    hisf = "seine" if a.sex == "m" else "ihre"
    who = "Ich" if me else ("Herr " if a.sex == "m" else "Frau ") + a.name
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    lg = t["lebensgeschichte"]
    sewer = "als Näherin" if a.sex == "f" else "als Schneider"
    job_home = r.choice([sewer, "in einer Bäckerei", "auf Baustellen", "bei der Olivenernte"])
    if me:
        lg.append(
            f"Meine Heimat ist {land}. Nach meiner Kindheit und ein paar Schuljahren dort habe ich {job_home} mein Geld verdient."
        )
    else:
        lg.append(
            f"{who} stammt aus {land}, ist dort aufgewachsen und hat nach der Schulzeit {job_home} gearbeitet."
        )
    lg.append(
        r.choice(
            [
                "Nachdem die Familie mehrfach bedroht worden war, sah sie keinen anderen Ausweg als die Flucht.",
                "Die Lage wurde wirtschaftlich wie persönlich von Jahr zu Jahr enger, bis nur noch der Weg nach Europa blieb.",
                "Der Weg hierher ging durch mehrere Staaten und zog sich über viele Monate hin.",
            ]
        )
    )
    if c.einreiseverbot:
        lg.append(
            f"Schon {c.entry.year - 2} {'wurde ich' if me else 'wurde ' + he} einmal abgeschoben. Am {fmt_long(c.entry)} "
            f"{'kam ich' if me else 'kam ' + he} trotz des noch laufenden Einreise- und Aufenthaltsverbots (§ 11 AufenthG) zurück."
        )
    else:
        lg.append(f"In Deutschland {'bin ich' if me else 'ist ' + he} seit dem {fmt_long(c.entry)}.")

    au = t["aufenthaltssituation"]
    if c.asylum:
        au.append(
            f"Am {fmt(c.asylum_applied)} {'beantragte ich' if me else 'beantragte ' + he} Asyl. Das Bundesamt für Migration "
            f"und Flüchtlinge hat den Antrag am {fmt(c.bamf_date)} abgelehnt (Gesch.-Z. {c.bamf_gz})."
        )
        if c.court:
            if c.court_pending:
                au.append(
                    f"Beim {c.court_name} ist dazu unter {c.court_az} ein Klageverfahren anhängig; ein Termin steht noch aus."
                )
            else:
                au.append(
                    f"Auch vor Gericht gab es keinen Erfolg; das {c.court_name} entschied am {fmt(c.court_date)} "
                    f"gegen {'mich' if me else 'die Familie'} (Az. {c.court_az})."
                )
    else:
        au.append(
            f"Eingereist {'bin ich' if me else 'ist ' + he} mit einem Visum, ausgestellt zum Zweck {c.visa_purpose}; die Aufenthaltserlaubnis "
            "wurde später nicht mehr verlängert."
        )
        if c.court:
            if c.court_pending:
                au.append(f"Das {c.court_name} hat über das Verfahren {c.court_az} noch nicht entschieden.")
            else:
                au.append(
                    f"Vorläufigen Rechtsschutz gewährte das {c.court_name} nicht (Beschluss vom {fmt(c.court_date)}, Az. {c.court_az})."
                )
    if c.gestattung:
        au.append(
            f"Solange das Verfahren offen ist, {'gilt für mich' if me else 'gilt für ' + ('ihn' if a.sex == 'm' else 'sie')} die Aufenthaltsgestattung nach § 55 AsylG."
        )
    else:
        au.append(
            f"Die Ausreisepflicht besteht; {'mir bleibt' if me else ('ihm' if a.sex == 'm' else 'ihr') + ' bleibt'} lediglich eine Duldung (§ 60a AufenthG)."
        )
    au.append(
        f"Aktenführung: {_abh_words(c, r)}."
        if r.random() < 0.5
        else f"Zuständig{' für mich' if me else ''}: {_abh_words(c, r)}."
    )
    if c.s58a:
        au.append(
            f"Außerdem hat die Behörde {'mir gegenüber' if me else ('ihm' if a.sex == 'm' else 'ihr') + ' gegenüber'} eine Abschiebungsanordnung gemäß § 58a AufenthG erlassen."
        )
    if c.rueckfuehrung:
        au.append(f"Die Zeit drängt: Für den {fmt(c.rueckfuehrung)} ist die Abschiebung bereits angekündigt.")
    if c.criminal:
        off, sentence = c.offence
        au.append(
            f"Offen gesagt sei auch: Am {fmt(c.criminal_date)} hat das Amtsgericht {c.court_city} einen Strafbefehl erlassen ({off}); "
            f"festgesetzt wurden {sentence}. Danach gab es keine weiteren Vorfälle."
        )

    fa = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        fa.append(
            f"{'Meine Frau' if me and sp[0].sex == 'f' else 'Mein Mann' if me else ('Die Ehefrau' if sp[0].sex == 'f' else 'Der Ehemann')} "
            f"{sp[0].vorname} und {'ich' if me else he} haben vor langer Zeit geheiratet und stehen alles gemeinsam durch."
        )
    if kids:
        names = ", ".join(k.vorname for k in kids)
        fa.append(
            f"Für {'unsere' if me else 'die'} Kinder {names} ist Deutschland die einzige Heimat, die sie kennen; "
            "untereinander reden sie nur Deutsch."
            if len(kids) > 1
            else f"{kids[0].vorname} kennt fast nur Deutschland und redet am liebsten Deutsch."
        )
    fa.append(
        r.choice(
            [
                f"Wer {'uns' if me else 'die Familie'} in {land} noch aufnehmen könnte, gibt es nicht mehr.",
                "Hilfe kommt von einem Cousin in Dortmund; in der alten Heimat sind nur noch weitläufige Verwandte geblieben.",
                "Vater und Mutter leben nicht mehr, Brüder und Schwestern wohnen in verschiedenen europäischen Ländern.",
            ]
        )
    )

    ig = t["integration"]
    ig.append(
        r.choice(
            [
                f"Seit dem Integrationskurs kommt {he} im Alltag ohne Übersetzung zurecht."
                if not me
                else "Seit dem Integrationskurs komme ich im Alltag ohne Übersetzung zurecht.",
                f"Mit {'meinem' if me else hisf + 'm'} Deutsch lassen sich Termine bei Ämtern und Ärzten allein erledigen.",
            ]
        )
    )
    if c.ausbildung:
        ig.append(
            f"Im August {c.received.year - 1} {'habe ich' if me else 'hat ' + he} eine Lehre als "
            f"{r.choice(['Elektroniker/in für Betriebstechnik', 'Anlagenmechaniker/in SHK', 'Fachlagerist/in'])} begonnen; "
            "der Betrieb steht hinter einer Duldung zur Ausbildung (§ 60c AufenthG)."
        )
    else:
        ig.append(
            f"{'Mein' if me else hisf.capitalize()[:-1]} Arbeitgeber ist {c.employer}; dort {'bin ich' if me else 'ist ' + he} als {c.job} "
            f"tätig, Sozialleistungen {'brauche ich' if me else 'braucht ' + he} keine."
        )
    ig.append(
        f"Freiwillig und ohne Bezahlung {'helfe ich' if me else 'hilft ' + he} mit bei: {c.club}."
        if r.random() < 0.5
        else f"Viele Abende {'verbringe ich' if me else 'verbringt ' + he} ehrenamtlich an diesem Ort: {c.club}."
    )
    for k in c.school_age():
        ig.append(f"Von der Schule ({c.school}) bekommt {k.vorname} Lob für Fleiß und gutes Betragen.")

    hu = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        phrase = N.ILLNESS_PHRASES[c.diagnosis[0]]
        if me and c.ill_person == 0:
            hu.append(
                f"Gesundheitlich geht es mir schlecht: Ich leide {phrase} und muss ständig ärztlich begleitet werden."
            )
        else:
            hu.append(
                f"{p.vorname} leidet {phrase}; eine Unterbrechung der laufenden Therapie wäre gefährlich."
            )
        hu.append(f"Eine vergleichbare Versorgung gibt es in {land} nicht, jedenfalls nicht bezahlbar.")
    us = "uns" if me else ("die Familie" if len(c.persons) > 1 else ("ihn" if a.sex == "m" else "sie"))
    hu.append(
        r.choice(
            [
                "Müsste ich zurück, stünden wir ohne Dach, Einkommen und Sicherheit da."
                if me
                else f"Bei einer Rückkehr fehlte es {'ihm' if us == 'ihn' else 'ihr' if us == 'sie' else 'der Familie'} an Dach, Einkommen und Sicherheit.",
                f"Wer nach so langer Zeit nach {land} zurück muss, fängt mit leeren Händen an.",
                f"Alles, was {'mein' if me else 'das'} Leben heute ausmacht, ist hier; drüben ist nichts geblieben.",
            ]
        )
    )
    return t


ORDER = ["lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"]


def _story_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    land = "my home country"
    t: dict[str, list[str]] = {k: [] for k in ORDER}
    t["lebensgeschichte"].append(
        f"My childhood and my first working years were in {land}; then I had to flee."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"In {c.entry.year - 2} I was sent back by force. On {_en_us(c.entry)} I returned, even though I was still banned from entering (§ 11 AufenthG)."
        )
    else:
        t["lebensgeschichte"].append(f"My arrival in Germany was on {_en_us(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My asylum application dates from {_en_us(c.asylum_applied)}; the BAMF said no on {_en_us(c.bamf_date)} (BAMF reference {c.bamf_gz})."
        )
        if c.court:
            s.append(
                f"My lawsuit at the {c.court_name}, case {c.court_az}, "
                + ("is still waiting for a judgment." if c.court_pending else "was not successful.")
            )
    else:
        s.append("I entered with a visa. Later the Ausländerbehörde refused to extend my residence permit.")
        if c.court:
            s.append(
                f"I appealed to the {c.court_name} under {c.court_az}; "
                + ("no decision so far." if c.court_pending else "the judges decided against me.")
            )
    s.append(
        "While the asylum case is open I hold an Aufenthaltsgestattung."
        if c.gestattung
        else "All I have today is a Duldung, renewed again and again for short periods."
    )
    s.append(f"The responsible Ausländerbehörde is {c.abh}.")
    if c.rueckfuehrung:
        s.append(f"A date for deporting me has already been set: {_en_us(c.rueckfuehrung)}.")
    if c.s58a:
        s.append("The authorities have also made an Abschiebungsanordnung (§ 58a AufenthG) in my case.")
    if c.criminal:
        s.append(
            f"To be honest: on {_en_us(c.criminal_date)} a court sent me a Strafbefehl (penalty order); the fine is paid."
        )
    kids = c.children()
    if kids:
        t["familie"].append(
            f"Our children {', '.join(k.vorname for k in kids)} attend school here; all their friends live in our town."
        )
    t["familie"].append("Nobody from our family is left back home to support us.")
    g = t["integration"]
    g.append("I study German and use it daily at work and with our neighbours.")
    if c.ausbildung:
        g.append(
            "I am doing an apprenticeship, and the company backs a Duldung for training (§ 60c AufenthG)."
        )
    else:
        g.append(f"I earn my living at {c.employer}, where I am employed as {c.job}.")
    g.append(f"As a volunteer I support {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I have" if c.ill_person == 0 else f"{p.vorname} has"
        h.append(
            f"{who} been ill for a long time, suffering {N.ILLNESS_EN[c.diagnosis[0]]}; a doctor sees us every month."
        )
    h.append("If we had to go back, everything we have built up here would be lost.")
    return t


def _recipient(r: random.Random) -> list:
    lines = r.choice(
        [
            [
                "Ministerium für Kinder, Jugend, Familie, Gleichstellung,",
                "Flucht und Integration des Landes Nordrhein-Westfalen",
                "Geschäftsstelle Härtefallkommission (Ref. 522)",
                "40190 Düsseldorf",
            ],
            ["HFK NRW – Geschäftsstelle", "Völklinger Straße 4", "D-40219 Düsseldorf"],
            [
                "Der Geschäftsstelle der",
                "Härtefallkommission Nordrhein-Westfalen",
                "Völklinger Str. 4 · 40219 Düsseldorf",
            ],
        ]
    )
    return [P(x, after=0) for x in lines] + [Space(12)]


def _rep_intro(c: Case, r: random.Random, names: str) -> str:
    rp = c.rep
    if rp.kind == "anwalt":
        return r.choice(
            [
                f"ausweislich der im Original beigefügten Vollmacht vertrete ich {names}. "
                "Namens meiner Mandantschaft rege ich an, die Sache in der Kommission zu behandeln und ein Ersuchen nach § 23a AufenthG zu beschließen.",
                f"für meine Mandantschaft ({names}) trage ich Ihnen heute den Fall {c.applicant.name} vor (Vollmacht anbei) "
                "und bitte, das Innenministerium um eine Anordnung nach § 23a AufenthG zu ersuchen.",
            ]
        )
    if rp.kind == "beratungsstelle":
        return r.choice(
            [
                f"{names} kommen schon lange zu uns in die Sprechstunde. Auf ihren Wunsch und mit ihrer Vollmacht (anbei) "
                "legen wir Ihnen ihre Lage dar und bitten, ein Härtefallersuchen zu beschließen.",
                f"als {rp.org} reichen wir für {names} die folgende Eingabe ein und bitten, den Fall auf die Tagesordnung der Kommission zu nehmen.",
            ]
        )
    return (
        f"als {rp.relation} von {c.applicant.full} übernehme ich das Schreiben, denn für einen solchen Brief fehlt der Familie das Deutsch. "
        f"Eine Vollmacht liegt bei. Ich bitte Sie, sich um {names} zu kümmern."
    )


# ------------------------------------------------------------------ antrag


def _persons_labels(c: Case) -> list:
    """Per person a two-column block with the labels on the left (no grid)."""
    out: list = []
    for i, p in enumerate(c.persons):
        rows = [[f"{_rel_de(p)} ({i + 1})", ""], ["Zuname", p.name.upper()], ["Rufname(n)", p.vorname]]
        if _pf(c, i, "geburtsdatum"):
            rows.append(["Geburtsdatum (TT.MM.JJJJ)", fmt(p.geburtsdatum)])
        if _pf(c, i, "geburtsort"):
            rows.append(["Geburtsstadt", p.geburtsort])
        if _pf(c, i, "staatsangehoerigkeit"):
            rows.append(["Nationalität", p.staat])
        out.append(Table(rows, [0.32, 0.68], header=False, grid=False))
    return out


@tpl("antrag", "w1", SPLIT)
def antrag_w1(c, d, r):
    # a lawyer's / service's Schriftsatz: Betreff-Block, persons as label forms, chronological story without headings
    blocks: list = []
    if c.rep is not None:
        rl = _rep_lines(c)
        blocks += [P(rl[0].upper(), bold=True, size=12, after=0)]
        blocks += [P(" | ".join(rl[1:]), size=8)] + [Rule(0.6)]
        blocks.append(P(f"{rl[0]} · {c.rep.street} · {c.rep.city}", size=7, after=2))
    else:
        blocks += [P(f"{c.applicant.full} – {c.street} – {c.plz} {c.city}", size=9), Space(8)]
    blocks += _recipient(r)
    blocks.append(P(f"{_place(c)}, den {fmt_long(d.date)}", align="right"))
    ref = f"Az. hier: {zlib.crc32(c.case_id.encode()) % 900 + 100}/{d.date.year % 100}"
    blocks.append(P(ref, size=9, align="right"))
    blocks.append(P(f"{c.applicant.name.upper()}, {c.applicant.vorname} und Angehörige", bold=True, after=1))
    blocks.append(P(f"Ersuchen an das Ministerium (§ 23a AufenthG) – zuständig: {_abh_words(c, r)}", after=8))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if c.rep is not None:
        blocks.append(P(_rep_intro(c, r, _names_joined(c))))
    else:
        blocks.append(
            P(
                "hiermit bitte ich darum, dass die Kommission über meine Familie und mich berät und ein Ersuchen beschließt."
            )
        )
    blocks.append(P("Von der Eingabe umfasst sind:", after=3))
    blocks += _persons_labels(c)
    blocks.append(
        P(
            f"{'Alle wohnen' if len(c.persons) > 1 else 'Wohnhaft'} unter der Anschrift {c.street}, {c.plz} {c.city}."
        )
    )
    blocks.append(P("Schilderung des Falls", bold=True))
    voice = "ich" if c.sender == "applicant" else "er"
    t = _story(c, r, voice)
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(" ".join(t[topic])))
    blocks.append(
        P(
            f"In der Anlage erhalten Sie {_mentions_enclosures(c, r)}. Was noch fehlt, folgt in den nächsten Tagen. "
            "Rückfragen beantworten wir gern telefonisch."
        )
    )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    if r.random() < 0.6:
        blocks.append(P("Anlagenverzeichnis", bold=True, size=9, after=1))
        for x in (
            (["Vollmacht"] if c.rep else [])
            + (["Schweigepflichtentbindung"] if c.illness else [])
            + [
                "Datenschutzerklärung",
                "Lebenslauf",
            ]
        ):
            blocks.append(P(f"– {x}", size=9, after=0, indent=8))
    return DocSpec(blocks, _st(r, "serif"), footer="- {p} -" if r.random() < 0.5 else None)


def _persons_sentences(c: Case) -> list:
    """One sentence per person; the children introduced separately."""
    out: list = []
    for i, p in enumerate(c.persons):
        if p.role == "child" and (i == 0 or c.persons[i - 1].role != "child"):
            out.append(P("Mit ihnen leben die minderjährigen Kinder:", after=2))
        who = f"{'Herr' if p.sex == 'm' else 'Frau'} {p.full}" if p.role != "child" else p.full
        born = []
        if _pf(c, i, "geburtsdatum"):
            born.append(f"am {fmt_long(p.geburtsdatum)}")
        if _pf(c, i, "geburtsort"):
            born.append(f"in {p.geburtsort}")
        s = f"{who} (geb. {' '.join(born)})" if born else who
        if _pf(c, i, "staatsangehoerigkeit"):
            s += f" besitzt die {p.staat}e Staatsangehörigkeit"
        out.append(P(s + ".", indent=12 if p.role == "child" else 0, after=2))
    return out


@tpl("antrag", "w2", SPLIT)
def antrag_w2(c, d, r):
    # a counselling service / church circle letter: persons in sentences, questions as headings
    blocks: list = []
    if c.rep is not None:
        rl = _rep_lines(c)
        if c.rep.kind == "privat":
            blocks += [P(x, after=0) for x in rl] + [Space(8)]
        else:
            blocks.append(Box([rl[0]] + rl[2:] + [f"Kontakt: {c.rep.person}"], size=9))
    else:
        blocks += [
            P(c.applicant.full, after=0),
            P(f"Unterkunft {c.street}", after=0),
            P(f"{c.plz} {c.city}"),
            Space(6),
        ]
    blocks += _recipient(r)
    blocks.append(P(_short(d.date), align="right"))
    blocks.append(P(f"Familie {c.applicant.name} – Härtefall, wir bitten um Ihre Beratung", bold=True))
    blocks.append(P("Sehr geehrte Kommissionsmitglieder,"))
    if c.rep is not None:
        blocks.append(P(_rep_intro(c, r, _names_joined(c))))
    else:
        blocks.append(
            P(
                "mit diesem Brief lege ich Ihnen unsere Lage ans Herz. Alle anderen Wege haben wir schon ausprobiert."
            )
        )
    blocks += _persons_sentences(c)
    blocks.append(
        P(
            f"Zu Hause ist die Familie in {c.city}: {c.street}, {c.plz} {c.city}."
            if r.random() < 0.3
            else f"Adresse: {c.street}, {c.plz} {c.city}"
        )
    )
    qs = {
        "lebensgeschichte": "Wie kam es zur Flucht?" if len(c.persons) > 1 else "Wie kam es zur Ausreise?",
        "aufenthaltssituation": "Was haben Behörden und Gerichte bisher entschieden?",
        "familie": "Wer ist betroffen?",
        "integration": "Was hat sich in Deutschland entwickelt?",
        "humanitaere_gruende": "Was stünde bei einer Abschiebung auf dem Spiel?",
    }
    t = _story(c, r, "ich" if c.sender == "applicant" else "er")
    for topic in [
        "familie",
        "lebensgeschichte",
        "aufenthaltssituation",
        "integration",
        "humanitaere_gruende",
    ]:
        if topic in c.topics:
            blocks.append(P(qs[topic], bold=True, after=2))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(
        P(
            "Für jede Unterstützung auf dem Weg zu einem gesicherten Aufenthalt sind wir Ihnen verbunden."
            if c.rep is not None
            else "Vielen Dank, dass Sie sich Zeit für uns nehmen."
        )
    )
    blocks.append(P("Viele Grüße" if r.random() < 0.5 else "Mit freundlichem Gruß"))
    blocks.append(Signature(_signer(c), f"{_place(c)}, {_short(d.date)}"))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("antrag", "w3", SPLIT)
def antrag_w3(c, d, r):
    # a form with boxes: relation column first, unusual column order, enclosures ticked
    blocks: list = [
        P("AUFNAHMEBLATT HÄRTEFALLSACHE", bold=True, size=12, align="center", after=0),
        P(
            "Vorlage an die Härtefallkommission NRW – Ersuchen gemäß § 23a Aufenthaltsgesetz",
            size=9,
            align="center",
        ),
        Rule(1.0),
    ]
    blocks.append(P("A  Wer reicht ein?", bold=True, after=2))
    if c.rep is None:
        blocks.append(
            Box(
                [
                    "☒ Betroffene Person   ☐ Bevollmächtigte Stelle/Person",
                    f"{c.applicant.full}, {c.street}, {c.plz} {c.city}",
                ],
                size=9,
                bold_first=False,
            )
        )
    else:
        kind = {
            "anwalt": "Rechtsanwalt/-anwältin",
            "beratungsstelle": "Beratungsstelle",
            "privat": "Angehörige/r",
        }[c.rep.kind]
        blocks.append(
            Box(
                [f"☐ Betroffene Person   ☒ Bevollmächtigte Stelle/Person ({kind})"]
                + [", ".join(_rep_lines(c))],
                size=9,
                bold_first=False,
            )
        )
    blocks.append(P("B  Einbezogene Familienmitglieder", bold=True, after=2))
    rows = [["Stellung", "geb. am", "Vorname", "NACHNAME", "geb. in", "Nationalität"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                _rel_de(p),
                fmt(p.geburtsdatum) if _pf(c, i, "geburtsdatum") else "",
                p.vorname,
                p.name.upper(),
                p.geburtsort if _pf(c, i, "geburtsort") else "",
                p.staat if _pf(c, i, "staatsangehoerigkeit") else "",
            ]
        )
    blocks.append(Table(rows, [0.15, 0.15, 0.17, 0.19, 0.17, 0.17], size=8.5))
    blocks.append(P("C  Wohnort und Behörde", bold=True, after=2))
    blocks.append(
        Table(
            [["Adresse", f"{c.street}, {c.plz} {c.city}"], ["ABH (zuständig)", c.abh]],
            [0.3, 0.7],
            header=False,
        )
    )
    blocks.append(P("D  Darstellung", bold=True, after=2))
    labels = {
        "lebensgeschichte": "D.1 Vorgeschichte und Flucht",
        "aufenthaltssituation": "D.2 Aufenthaltsrechtlicher Werdegang",
        "familie": "D.3 Familienverhältnisse",
        "integration": "D.4 Sprache, Beruf, Schule, Ehrenamt",
        "humanitaere_gruende": "D.5 Folgen einer Aufenthaltsbeendigung",
    }
    t = _story(c, r, "ich" if c.sender == "applicant" else "er")
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(labels[topic], bold=True, size=9.5, after=1))
            blocks.append(P(" ".join(t[topic]), indent=10))
    blocks.append(P("E  Anlagen (angekreuzt = liegt bei)", bold=True, after=2))
    enc = [
        ("Vollmacht", c.rep is not None),
        ("Schweigepflichtentbindung", c.illness),
        ("Datenschutz-Zustimmung", True),
        ("Lebenslauf", r.random() < 0.7),
        ("Bescheid des BAMF", c.asylum),
    ]
    blocks.append(P("   ".join(f"{'☒' if on else '☐'} {x}" for x, on in enc), size=9))
    blocks.append(Space(8))
    blocks.append(Signature(_signer(c), f"{_place(c)}, am {fmt(d.date)}"))
    return DocSpec(blocks, _st(r, "cond", 10.0), footer="Aufnahmeblatt HFK – Blatt {p}/{n}")


def _persons_lines(c: Case) -> list:
    """One line per person, comma-separated, as a relative types it."""
    out = []
    for i, p in enumerate(c.persons):
        bits = [f"{p.vorname} {p.name}"]
        if _pf(c, i, "geburtsdatum"):
            g = p.geburtsdatum
            bits.append(f"{g.day}.{g.month}.{g.year}")
        if _pf(c, i, "geburtsort"):
            bits.append(p.geburtsort)
        if _pf(c, i, "staatsangehoerigkeit"):
            bits.append(p.staat)
        if p.role != "applicant":
            bits.append(f"({_rel_de(p)})")
        out.append(P(", ".join(bits), after=1, indent=6))
    return out


@tpl("antrag", "w4", SPLIT)
def antrag_w4(c, d, r):
    # a plea rather than a formal request: short, personal, persons one per line
    me = c.sender == "applicant"
    blocks: list = []
    if me:
        blocks += [
            P(f"{c.applicant.full}", after=0),
            P(f"wohnhaft in {c.city}", after=0),
            P(f"{c.street}, {c.plz} {c.city}"),
        ]
    else:
        blocks += [P(x, after=0) for x in _rep_lines(c)] + [Space(6)]
    blocks += [Space(6), P("Härtefallkommission – Düsseldorf"), Space(4)]
    blocks.append(P(f"{_place(c)}, {fmt(d.date)}", align="right"))
    blocks.append(
        P(
            "Wir brauchen Ihre Hilfe" if me else f"Familie {c.applicant.name} braucht Ihre Hilfe",
            bold=True,
            size=12,
        )
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if me:
        blocks.append(
            P(
                "wir wissen nicht mehr, an wen wir uns sonst wenden sollen, und haben große Angst vor einer Abschiebung. "
                "Betrachten Sie uns bitte als Härtefall."
            )
        )
    else:
        blocks.append(P(_rep_intro(c, r, _names_joined(c))))
    blocks.append(P("Unsere Familie:" if me else "Betroffen sind:", after=2))
    blocks += _persons_lines(c)
    if not me:
        blocks.append(
            P(
                f"Alle leben zusammen in der {c.street}, {c.plz} {c.city}."
                if len(c.persons) > 1
                else f"Wohnung: {c.street}, {c.plz} {c.city}"
            )
        )
    blocks.append(
        P(
            f"Unsere Akte liegt bei: {_abh_of(c.abh)}." if r.random() < 0.5 else f"Akte bei: {c.abh}",
            size=10,
        )
    )
    t = _story(c, r, "ich" if me else "er")
    w4_order = ["lebensgeschichte", "familie", "integration", "aufenthaltssituation", "humanitaere_gruende"]
    text = [" ".join(t[topic]) for topic in w4_order if topic in c.topics]
    for x in text:
        blocks.append(P(x))
    blocks.append(
        P(
            "Lassen Sie die Familie bitte hierbleiben. Vollmacht und Unterlagen sind beigefügt."
            if not me
            else "Lassen Sie uns bitte hierbleiben. Wir wollen weiter arbeiten und niemandem zur Last fallen."
        )
    )
    blocks.append(P("Vielen Dank im Voraus."))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r, r.choice(["sans", "cond"]), 11.0))


@tpl("antrag", "en_w1", SPLIT)
def antrag_en_w1(c, d, r):
    a = c.applicant
    blocks = [P(a.full, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}"), Space(10)]
    blocks += [
        P("Attn: Hardship Commission, Land Nordrhein-Westfalen", after=0),
        P("Völklinger Strasse 4, 40219 Düsseldorf"),
        Space(8),
    ]
    blocks.append(P(_en_us(d.date), align="right"))
    blocks.append(P("Re: our family – plea for a hardship decision", bold=True))
    blocks.append(P("Dear Commission members,"))
    blocks.append(
        P(
            "please excuse the English. For something this important I do not trust my German yet. "
            "I ask you for help for the following members of my family:"
        )
    )
    for i, p in enumerate(c.persons, 1):
        bits = [f"{i}. {p.name.upper()}, {p.vorname} – {_rel_en(p)}"]
        if _pf(c, i - 1, "geburtsdatum"):
            bits.append(f"date of birth {_en_us(p.geburtsdatum)}")
        if _pf(c, i - 1, "geburtsort"):
            bits.append(f"born in {p.geburtsort}")
        if _pf(c, i - 1, "staatsangehoerigkeit"):
            bits.append(f"nationality: {c.natinfo['en']}")
        blocks.append(P("; ".join(bits), indent=10, after=1))
    blocks.append(P(f"Our address: {c.street}, {c.plz} {c.city}."))
    t = _story_en(c, r)
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("We hope very much that we may stay. Many thanks for your time."))
    blocks.append(P("Yours faithfully,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("antrag", "en_w2", SPLIT)
def antrag_en_w2(c, d, r):
    a = c.applicant
    blocks = [P(f"Sender – {a.full}, {c.street}, {c.plz} {c.city}", size=9), Rule(0.6)]
    blocks += [P("Office of the Härtefallkommission NRW", after=0), P("D-40219 Düsseldorf"), Space(6)]
    blocks.append(P(f"Written on {_en_uk(d.date)}"))
    blocks.append(P("HARDSHIP PETITION (§ 23a AUFENTHG)", bold=True, size=12))
    blocks.append(P("Dear Madam or Sir,"))
    blocks.append(P("Please regard the people in this table as a hardship case:"))
    rows = [["Name", "Relation to me", "Date of birth", "Town of birth", "Nationality"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                p.full,
                _rel_en(p),
                _en_uk(p.geburtsdatum) if _pf(c, i, "geburtsdatum") else "",
                p.geburtsort if _pf(c, i, "geburtsort") else "",
                c.natinfo["en"] if _pf(c, i, "staatsangehoerigkeit") else "",
            ]
        )
    blocks.append(Table(rows, [0.26, 0.16, 0.2, 0.18, 0.2], size=9))
    blocks.append(P(f"Family address: {c.street}, {c.plz} {c.city}"))
    heads = {
        "lebensgeschichte": "(a) Before Germany",
        "aufenthaltssituation": "(b) Asylum, permits and courts",
        "familie": "(c) Relatives",
        "integration": "(d) Work, language and community",
        "humanitaere_gruende": "(e) If we are sent back",
    }
    t = _story_en(c, r)
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(heads[topic], bold=True, after=1))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("Copies of our papers are attached. With best regards,"))
    blocks.append(Signature(a.full, f"{c.city}, {_en_uk(d.date)}"))
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ bamf_bescheid

_TENOR_LONG = [
    "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
    "Eine Asylanerkennung wird abgelehnt.",
    "Der subsidiäre Schutzstatus wird nicht zuerkannt.",
    "Die Voraussetzungen des § 60 Absatz 5 und Absatz 7 Satz 1 des Aufenthaltsgesetzes sind nicht gegeben.",
    "Die Ausreise aus der Bundesrepublik Deutschland hat binnen eines Monats nach Bekanntgabe zu erfolgen; wird Klage "
    "erhoben, läuft diese Frist bis einen Monat nach unanfechtbarem Abschluss des Verfahrens. Erfolgt die Ausreise "
    "nicht fristgerecht, ist die Abschiebung in den Staat der Staatsangehörigkeit oder einen aufnahmebereiten Staat zulässig.",
    "Gemäß § 11 Absatz 1 AufenthG wird ein Einreise- und Aufenthaltsverbot erlassen; seine Dauer beträgt 30 Monate, "
    "gerechnet vom Tag der Abschiebung an.",
]
_TENOR_SHORT = [
    "Der Asylantrag wird als unzulässig abgelehnt.",
    "Die Voraussetzungen des § 60 Absatz 5 und Absatz 7 Satz 1 des Aufenthaltsgesetzes sind nicht gegeben.",
    "Die Überstellung der antragstellenden Person an den für ihr Asylverfahren verantwortlichen Mitgliedstaat wird angeordnet.",
    "Gemäß § 11 Absatz 1 AufenthG wird ein Einreise- und Aufenthaltsverbot erlassen; seine Dauer beträgt 12 Monate, "
    "gerechnet vom Tag der Abschiebung an.",
]
_REASONS = [
    "Nach ihren Angaben hat die {nat}e Antragstellerin bzw. der {nat}e Antragsteller das Bundesgebiet am {entry} betreten; der förmliche Asylantrag datiert vom {applied}.",
    "Zur Begründung trug sie bei der Anhörung im Wesentlichen vor, sie habe sich in der Heimat nicht mehr sicher gefühlt. Ein individuelles Verfolgungsgeschehen legte sie nicht dar.",
    "Das Bundesamt ist nicht davon überzeugt, dass ihr bei einer Rückkehr Verfolgung droht (§ 3 AsylG). Die geschilderten Schwierigkeiten betreffen weite Teile der dortigen Bevölkerung gleichermaßen.",
    "Der Vortrag war in zentralen Punkten widersprüchlich; Nachfragen führten nicht zur Klärung. Daten und Abläufe schilderte sie bei jeder Frage wieder anders.",
    "Subsidiärer Schutz (§ 4 AsylG) kommt nicht in Betracht; weder staatliche Stellen noch Dritte bedrohen sie mit schwerwiegenden Übergriffen.",
    "Gründe für ein nationales Abschiebungsverbot sind nicht erkennbar. Die Sicherung des Lebensunterhalts im Heimatland ist ihr als arbeitsfähiger Person zumutbar, zumal Verwandte dort leben.",
    "Gesundheitliche Gründe, die einer Abschiebung entgegenstehen, sind nicht durch ein Attest belegt, das den Anforderungen des § 60a Abs. 2c AufenthG genügt.",
    "Rechtsgrundlage der Ausreiseaufforderung sind die §§ 34, 38 AsylG und § 59 AufenthG.",
    "Bei der Bemessung der Sperrfrist nach § 11 AufenthG wurden keine Umstände vorgetragen, die eine kürzere Dauer nahelegen.",
]


def _bamf_reasons(c: Case, d, r: random.Random) -> list[str]:
    a = c.applicant
    n = d.extra.get("bamf_reasons", 6)
    xs = _REASONS[:1] + r.sample(_REASONS[1:], len(_REASONS) - 1)
    out = []
    for i in range(n):
        out.append(xs[i % len(xs)].format(nat=a.staat, entry=fmt(c.entry), applied=fmt(c.asylum_applied)))
    return out


def _bamf_family(c: Case) -> list:
    if len(c.persons) == 1:
        return []
    rows = [["Nr.", "Name / Vorname(n)", "Geburtsdatum und -ort"]]
    for i, p in enumerate(c.persons, 1):
        rows.append([str(i), f"{p.name} / {p.vorname}", f"{fmt(p.geburtsdatum)}, {p.geburtsort}"])
    return [
        P("Mit entschieden wird über die Anträge von:", after=2),
        Table(rows, [0.1, 0.45, 0.45], size=9),
    ]


def _rbb(c: Case) -> str:
    court = c.court_name or f"Verwaltungsgericht {N.COURTS[zlib.crc32(c.case_id.encode()) % len(N.COURTS)]}"
    return (
        f"Rechtsbehelfsbelehrung: Binnen {'einer Woche' if c.bamf_tenor == 4 else 'zwei Wochen'} ab Zustellung dieses Bescheids "
        f"kann Klage erhoben werden, und zwar beim {court}, schriftlich oder zur Niederschrift der Urkundsbeamtin oder des "
        "Urkundsbeamten der Geschäftsstelle. Beklagte ist die Bundesrepublik Deutschland, diese vertreten durch das Bundesamt "
        "für Migration und Flüchtlinge."
    )


@tpl("bamf_bescheid", "w1", SPLIT)
def bamf_w1(c, d, r):
    a = c.applicant
    site = c.bamf_site
    ort = site[2].split(" ", 1)[1]
    blocks = [
        Table(
            [
                ["Bundesamt für", f"{ort}, {fmt(d.date)}"],
                ["Migration und Flüchtlinge", f"Gesch.-Z. {c.bamf_gz}"],
                [site[0], "(Zeichen bei Antwort angeben)"],
            ],
            [0.55, 0.45],
            header=False,
            grid=False,
        ),
        Space(8),
        P("Förmliche Zustellung – PZU", size=8, after=1),
        P(f"{a.herr_frau()}", after=0),
        P(c.street if c.residence != "abroad" else c.adresse, after=0),
        P(f"{c.plz} {c.city}" if c.residence != "abroad" else ""),
        Space(8),
        P("– BESCHEID –", bold=True, size=13, align="center"),
        P(
            f"In dem Asylverfahren betreffend {a.vorname} {a.name.upper()} ({a.staat}), geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, "
            "ergeht diese Entscheidung:"
        ),
    ]
    blocks += _bamf_family(c)
    tenor = _TENOR_LONG if c.bamf_tenor == 6 else _TENOR_SHORT
    for i, x in enumerate(tenor, 1):
        blocks.append(P(f"{i}.  {x}", indent=14, after=3))
    blocks.append(P("Zur Begründung", bold=True, align="center"))
    for x in _bamf_reasons(c, d, r):
        blocks.append(P(x))
    blocks.append(P(_rbb(c), size=9))
    blocks += [
        P("Im Auftrag", after=14),
        P(r.choice(["Hülsmann", "Demir", "Krüger", "Baumann"]), after=0),
        P("Referat Asylverfahren", size=8),
    ]
    return DocSpec(blocks, _st(r, "sans", 10.0), footer="Seite {p} von {n}")


@tpl("bamf_bescheid", "w2", SPLIT)
def bamf_w2(c, d, r):
    a = c.applicant
    site = c.bamf_site
    blocks = [
        P("BAMF", bold=True, size=18, after=0),
        P("Bundesamt für Migration und Flüchtlinge", size=9, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8),
        Rule(1.2),
        P(f"Unser Gesch.-Z.: {c.bamf_gz} – bei Antwort nennen", after=0, size=9.5),
        P(f"{site[2].split(' ', 1)[1]}, den {fmt_long(d.date)}", size=9.5),
        Space(6),
    ]
    if c.rep is not None and c.rep.kind == "anwalt":
        blocks += [
            P(c.rep.org, after=0),
            P(c.rep.street, after=0),
            P(c.rep.city),
            P(f"betrifft Ihre Mandantschaft {a.full}", size=9),
        ]
    else:
        blocks += [P(a.herr_frau(), after=0), P(c.adresse)]
    blocks.append(Space(6))
    blocks.append(P("Bescheid", bold=True, size=14))
    blocks.append(
        P(
            f"Entscheidung über den Asylantrag ({fmt(c.asylum_applied)}) von {a.name}, {a.vorname} "
            f"({a.staat}; * {fmt(a.geburtsdatum)}, {a.geburtsort}):"
        )
    )
    tenor = _TENOR_LONG if c.bamf_tenor == 6 else _TENOR_SHORT
    for i, x in enumerate(tenor, 1):
        blocks.append(P(f"Nr. {i} – {x}", after=3))
    blocks.append(P("A. Zum Sachverhalt", bold=True))
    reasons = _bamf_reasons(c, d, r)
    half = max(1, len(reasons) // 3)
    for x in reasons[:half]:
        blocks.append(P(x))
    blocks.append(P("B. Zur Entscheidung", bold=True))
    for x in reasons[half:]:
        blocks.append(P(x))
    blocks.append(P(_rbb(c), size=9))
    blocks += [
        P("Mit freundlichen Grüßen", after=2),
        P("im Auftrag"),
        Signature(r.choice(["Ostendorf", "Yıldız", "Reinhardt"])),
    ]
    return DocSpec(
        blocks,
        _st(r, "serif", 10.5),
        footer=f"Seite {{p}} von {{n}} (Gesch.-Z. {c.bamf_gz})",
        header=f"Bundesamt (BAMF) – {c.bamf_gz}",
    )


@tpl("bamf_bescheid", "w3", SPLIT)
def bamf_w3(c, d, r):
    # a photocopied decision: boxed header, everything in monospace (old typewriter-like print)
    a = c.applicant
    site = c.bamf_site
    blocks = [
        Box(
            [
                "Bundesamt für Migration und Flüchtlinge",
                f"{site[0]}, {site[2]}",
                f"Gesch.-Z. {c.bamf_gz} / {_short(d.date)}",
            ],
            size=9.5,
        ),
        P(f"Betroffene Person .... {a.name.upper()}, {a.vorname}", after=0),
        P(f"Geb.-Datum/-Ort ...... {fmt(a.geburtsdatum)} / {a.geburtsort}", after=0),
        P(f"Staatsang. ........... {a.staat}", after=0),
        P(f"Wohnort .............. {c.adresse}"),
        P("Bescheid", bold=True, size=12),
        P("Entscheidungsformel", bold=True, after=1),
    ]
    tenor = _TENOR_LONG if c.bamf_tenor == 6 else _TENOR_SHORT
    for i, x in enumerate(tenor, 1):
        blocks.append(P(f"({i}) {x}", indent=8, after=2))
    blocks.append(P("Erwägungen", bold=True, after=1))
    for i, x in enumerate(_bamf_reasons(c, d, r), 1):
        blocks.append(P(f"{i}. {x}"))
    blocks.append(P(_rbb(c), size=9))
    blocks.append(P("i. A. (Asylsachbearbeitung)"))
    return DocSpec(blocks, _st(r, "mono", 9.5), footer="Seite {p} von {n}", header=f"Az. BAMF {c.bamf_gz}")


# ------------------------------------------------------------------ aerztliches_gutachten


def _doc_addr(c: Case, r: random.Random) -> tuple[str, str]:
    rr = random.Random(c.practice)
    return f"{rr.choice(N.STREETS)} {rr.randint(1, 90)}", c.court_city_plz()


def _patient_line(c: Case, birth_form) -> str:
    p = c.persons[c.ill_person]
    return f"{p.name}, {p.vorname}, * {birth_form(p.geburtsdatum)}"


@tpl("aerztliches_gutachten", "w1", SPLIT)
def med_w1(c, d, r):
    # a specialist's statement: the only date stands at the end, before the signature
    code, name, sev = c.diagnosis
    street, city = _doc_addr(c, r)
    p = c.persons[c.ill_person]
    blocks = [
        P(c.practice, bold=True, align="center", after=0),
        P(f"{street} · {city}", size=8.5, align="center"),
        Rule(),
        P("Stellungnahme der behandelnden Praxis", bold=True, size=13),
        P("ausgehändigt an die behandelte Person", size=9),
        P(
            f"Betr.: {p.herr_frau() if p.role != 'child' else p.full} (* {fmt(p.geburtsdatum)}), {c.street}, {c.plz} {c.city}"
        ),
        P(
            f"Seit {N.MONTHS_DE[(c.entry.month + 3) % 12]} {c.entry.year + 1} betreuen wir die genannte Person. "
            f"Diagnostiziert wurde eine {name} ({code}), Ausprägung: {sev}."
        ),
        P(
            f"Beklagt werden vor allem {r.choice(['Schlafstörungen, Konzentrationsprobleme und Panikattacken', 'Erschöpfung, Antriebslosigkeit und Grübeln', 'schwankende Werte und wiederkehrende Krisen'])}. "
            f"Verordnet sind zurzeit {' und '.join(r.sample(N.MEDICATION, 2))}."
        ),
        P(
            "Wir halten eine lückenlose Fortsetzung der Therapie für unerlässlich. Würde sie – z. B. durch eine Abschiebung – "
            "unterbrochen, wäre mit einem raschen Rückfall und ernsten gesundheitlichen Folgen zu rechnen."
        ),
        Space(6),
        P(f"{city.split(' ', 1)[-1]}, den {fmt_long(d.date)}"),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("aerztliches_gutachten", "w2", SPLIT)
def med_w2(c, d, r):
    # a "Befundbericht vom …" with a two-digit-year date in the title and an info table
    code, name, sev = c.diagnosis
    street, city = _doc_addr(c, r)
    blocks = [
        P(c.practice, size=11, bold=True, after=0),
        P(
            f"{street}, {city} – Tel. 0{zlib.crc32(c.practice.encode()) % 9000 + 1000} {zlib.crc32(c.doctor.encode()) % 900000 + 100000}",
            size=8,
        ),
        Space(10),
        P(f"Befundbericht vom {_short(d.date)}", bold=True, size=13),
        Table(
            [
                ["Pat.", _patient_line(c, fmt)],
                ["ICD-10", f"{code}  {name}"],
                ["Erstkontakt", str(c.entry.year + 1)],
            ],
            [0.28, 0.72],
            header=False,
        ),
        P("Aktueller Befund", bold=True, after=1),
        P(
            f"Bei der heutigen Vorstellung {r.choice(['wach, orientiert, affektiv deutlich eingeschränkt', 'psychomotorisch unruhig, Schlaf massiv gestört', 'körperlich erschöpft, Laborwerte weiter auffällig'])}. "
            f"Schweregrad: {sev}."
        ),
        P("Medikation und Verlauf", bold=True, after=1),
        P(
            f"{'; '.join(r.sample(N.MEDICATION, 2))}. Regelmäßige Kontrolltermine alle {r.choice(['zwei', 'vier', 'sechs'])} Wochen."
        ),
        P("Einschätzung", bold=True, after=1),
        P(
            "Es handelt sich um ein dauerhaftes Leiden, das fortlaufend behandelt werden muss; ein Abbruch der Versorgung wäre medizinisch nicht zu verantworten."
        ),
        Signature(c.doctor + ", " + r.choice(["Fachärztin/Facharzt", "behandelnde/r Ärztin/Arzt"])),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("aerztliches_gutachten", "w3", SPLIT)
def med_w3(c, d, r):
    # a certificate form: "Datum der Untersuchung" is the only date besides the birth date
    code, name, sev = c.diagnosis
    p = c.persons[c.ill_person]
    blocks = [
        Box([c.practice, _doc_addr(c, r)[0] + ", " + _doc_addr(c, r)[1]], size=9),
        P(
            "Ärztliches Attest gemäß § 60a Abs. 2c AufenthG",
            bold=True,
            size=12,
            align="center",
        ),
        Table(
            [
                ["Untersuchte Person", f"{p.name}, {p.vorname}"],
                ["geb.", fmt(p.geburtsdatum)],
                ["wohnhaft", f"{c.street}, {c.plz} {c.city}"],
                ["untersucht am", fmt(d.date)],
            ],
            [0.38, 0.62],
            header=False,
        ),
        P(f"Diagnose nach ICD-10-GM: {code} – {name}"),
        P(
            f"Schweregrad: {sev}. Eine ständige fachärztliche Begleitung ist erforderlich; "
            f"verordnet ist derzeit {r.choice(N.MEDICATION)}."
        ),
        P(
            "Reisefähigkeit: aus ärztlicher Sicht derzeit nicht gegeben."
            if sev == "schwer"
            else "Eine Fortführung der Behandlung ist dringend geboten."
        ),
        Space(10),
        Signature(c.doctor, "Praxisstempel und Unterschrift"),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ vollmacht


def _rep_full(c: Case) -> str:
    rp = c.rep
    if rp is None:
        return ""
    return (
        f"{rp.org}, {rp.street}, {rp.city}" if rp.kind != "privat" else f"{rp.person}, {rp.street}, {rp.city}"
    )


@tpl("vollmacht", "w1", SPLIT)
def vollmacht_w1(c, d, r):
    blocks = [
        P("Vollmacht", bold=True, size=16),
        P("Ich/Wir erteile(n) hiermit", after=2),
        P(_rep_full(c), bold=True, indent=10),
        P(
            "Vollmacht, mich/uns in sämtlichen Fragen des Aufenthaltsrechts zu vertreten – vor der Härtefallkommission "
            "Nordrhein-Westfalen ebenso wie vor Ausländerbehörden und Gerichten –, Akten einzusehen und Post mit Wirkung "
            "für mich/uns in Empfang zu nehmen."
        ),
        P("Die Vollmacht erteilen:", bold=True, after=1),
    ]
    for p in [x for x in c.persons if x.role != "child"]:
        blocks.append(P(f"{p.full}, geb. {fmt(p.geburtsdatum)}", indent=10, after=1))
    if c.children():
        blocks.append(
            P(
                f"auch handelnd für unsere Kinder {', '.join(k.vorname for k in c.children())}",
                indent=10,
            )
        )
    blocks.append(Signature(c.applicant.full, f"{c.city_or_nrw()}, {_short(d.date)}"))
    return DocSpec(blocks, _st(r))


@tpl("vollmacht", "w2", SPLIT)
def vollmacht_w2(c, d, r):
    # a lawyer's pre-printed power of attorney with a fill-in grid
    blocks = [
        P(c.rep.org.upper() if c.rep else "", size=8, align="right"),
        P("MANDAT UND VOLLMACHT – AUFENTHALTSRECHT", bold=True, size=12, align="center"),
        Table(
            [
                ["Mandant/in", f"{c.applicant.full}, {c.adresse}"],
                ["Angelegenheit", f"{c.applicant.name} – Bleiberecht/Härtefall"],
                ["beauftragt", _rep_full(c)],
            ],
            [0.3, 0.7],
            header=False,
        ),
        P("Umfang (u. a.):", after=1),
    ]
    for x in [
        "Vertretung gegenüber Ämtern, Gremien und Gerichten in allen Rechtszügen",
        "Anträge einreichen, ändern und zurücknehmen",
        "Akten von Behörden und Gerichten einsehen",
        "Untervollmacht an Kolleg/innen erteilen",
    ]:
        blocks.append(P(f"▪ {x}", indent=10, after=1, size=9.5))
    blocks.append(Space(10))
    blocks.append(
        Table(
            [
                [f"{c.city_or_nrw()}, {fmt(d.date)}", "________________________"],
                ["Ort/Datum", "Unterschrift Mandant/in"],
            ],
            [0.5, 0.5],
            header=False,
            grid=False,
        )
    )
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _st(r, "sans", 10.0))


@tpl("vollmacht", "w3", SPLIT)
def vollmacht_w3(c, d, r):
    # a short handwritten-style authorisation for a relative or a counselling service
    who = c.rep.person if c.rep else ""
    blocks = [
        P(f"{c.applicant.full}", after=0),
        P(c.adresse),
        Space(10),
        P("Erklärung", bold=True, size=13),
        P(
            f"Hiermit darf {who} ({_rep_full(c)}) für mich, {c.applicant.full}, und meine Familie bei der Härtefallkommission "
            "und bei den Ämtern reden, schreiben und meine Post annehmen."
        ),
        P("Ich kann das jederzeit zurücknehmen."),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, den {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "cond", 11.0))


# ------------------------------------------------------------------ schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "w1", SPLIT)
def schweige_w1(c, d, r):
    p = c.persons[c.ill_person]
    blocks = [
        P("Schweigepflicht – Befreiungserklärung", bold=True, size=12),
        Table(
            [["Erklärende/r", p.full], ["Geb.-Datum", fmt(p.geburtsdatum)], ["Wohnort", c.adresse]],
            [0.3, 0.7],
            header=False,
        ),
        P(
            f"{c.doctor} ({c.practice}) und alle weiteren Personen, die mich ärztlich oder therapeutisch behandeln, dürfen "
            "der Härtefallkommission NRW, ihren Mitgliedern und ihrer Geschäftsstelle Auskunft geben."
        ),
        P("Das umfasst Diagnosen, Therapie und Prognose. Diese Erklärung ist jederzeit widerruflich."),
    ]
    if p.role == "child":
        blocks.append(
            P(
                f"Unterschrift für das Kind durch den Elternteil {c.applicant.full}.",
                size=9,
            )
        )
    blocks.append(
        Signature(c.applicant.full if p.role == "child" else p.full, f"{c.city_or_nrw()}, {fmt(d.date)}")
    )
    return DocSpec(blocks, _st(r))


@tpl("schweigepflichtsentbindung", "w2", SPLIT)
def schweige_w2(c, d, r):
    # a counselling service's form with tick boxes for whom the release covers
    p = c.persons[c.ill_person]
    blocks = [
        P(c.rep.org if c.rep and c.rep.kind != "privat" else "Formular", bold=True, size=10),
        Rule(),
        P("Schweigepflichtentbindung (wechselseitig)", bold=True, size=14, align="center"),
        P(f"Ich, {p.full}, geb. {fmt(p.geburtsdatum)},"),
        P("erlaube den angekreuzten Stellen, sich untereinander über mich auszutauschen:", after=2),
        P(f"☒ {c.practice}", indent=10, after=1),
        P("☒ Geschäftsstelle der HFK in Düsseldorf", indent=10, after=1),
        P(
            f"☒ {c.rep.org if c.rep and c.rep.kind != 'privat' else 'eine Person meines Vertrauens'}",
            indent=10,
            after=1,
        ),
        P("☐ Jobcenter / Sozialamt", indent=10),
        P("Wofür: Bearbeitung meines Härtefallantrags. Ich kann diese Erlaubnis jederzeit zurückziehen."),
        Signature(p.full, f"Datum: {_short(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("schweigepflichtsentbindung", "w3", SPLIT)
def schweige_w3(c, d, r):
    # one plain paragraph, the way a relative types it
    p = c.persons[c.ill_person]
    blocks = [
        P(f"{c.applicant.full}, {c.adresse}", size=9),
        Space(10),
        P("Betreff: ärztliche Auskünfte an die Härtefallkommission", bold=True),
        P(
            f"{c.doctor} darf der Härtefallkommission mitteilen, woran {p.full} (geb. {fmt_long(p.geburtsdatum)}) erkrankt ist, "
            "und Befunde schicken. Dafür hebe ich die ärztliche Schweigepflicht auf."
        ),
        Signature(
            p.full if p.role != "child" else c.applicant.full, f"{c.city_or_nrw()}, {fmt_long(d.date)}"
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "w1", SPLIT)
def ds_w1(c, d, r):
    blocks = [
        P(
            "Einwilligung in die Datenverarbeitung gemäß Art. 6 Abs. 1 lit. a und Art. 9 Abs. 2 lit. a DSGVO",
            bold=True,
            size=11,
        ),
        P(
            "Meine Angaben und die, die andere für mich einreichen – Gesundheitsdaten eingeschlossen –, darf die Härtefallkommission "
            "mit ihrer Geschäftsstelle für die Bearbeitung meines Falls nutzen; sie darf dazu bei Ausländerbehörde, BAMF und "
            "Gerichten nachfragen."
        ),
        P(
            "Ich gebe diese Einwilligung freiwillig; widerrufe ich sie, bleibt die bisherige Verarbeitung rechtmäßig.",
            size=9,
        ),
        P("Einbezogen sind:", after=1),
    ]
    rows = [["Familienmitglied", "Unterschrift bzw. Vermerk"]]
    for p in c.persons:
        rows.append([p.full, "minderjährig" if p.role == "child" else "(unterschrieben)"])
    blocks.append(Table(rows, [0.55, 0.45]))
    blocks.append(P(f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, _st(r))


@tpl("datenschutzeinwilligung", "w2", SPLIT)
def ds_w2(c, d, r):
    # an information sheet with the consent at its end
    blocks = [
        P("Datenschutzhinweise (Art. 13 DSGVO) mit Zustimmungserklärung", bold=True, size=12, align="center"),
        P("Verantwortlich", bold=True, after=1),
        P("Härtefallkommission NRW, Geschäftsstelle im Integrationsministerium, Düsseldorf."),
        P("Zweck", bold=True, after=1),
        P("Vorprüfung Ihrer Eingabe und Vorbereitung der Kommissionssitzung."),
        P("Speicherdauer", bold=True, after=1),
        P("Bis das Verfahren beendet ist; anschließend nur so lange, wie es gesetzlich vorgeschrieben ist."),
        Rule(),
        P(
            f"Diese Hinweise habe ich, {c.applicant.full}, zur Kenntnis genommen. Meine Daten und die meiner Angehörigen "
            "dürfen zu diesem Zweck verarbeitet werden."
        ),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans", 10.0))


@tpl("datenschutzeinwilligung", "w3", SPLIT)
def ds_w3(c, d, r):
    # bilingual consent (German / English) as used by counselling services
    blocks = [
        P(
            "Datennutzung im Härtefallverfahren – Zustimmung / Data use – my agreement",
            bold=True,
            size=12,
        ),
        Table(
            [
                [
                    "Meine persönlichen Daten dürfen für mein Härtefallverfahren genutzt und weitergegeben werden.",
                    "My personal data may be used and passed on for my hardship case.",
                ],
                [
                    "Diese Zustimmung kann ich jederzeit zurücknehmen.",
                    "I may take back this agreement whenever I want.",
                ],
            ],
            [0.5, 0.5],
            header=False,
        ),
        P(f"Vor- und Nachname / full name: {c.applicant.full}"),
        P(f"am / on: {fmt(d.date)}"),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ lebenslauf


@tpl("lebenslauf", "w1", SPLIT)
def cv_w1(c, d, r):
    a = c.applicant
    rows = [
        ["Vollständiger Name", a.full],
        ["Geburt", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
        ["Nationalität", a.staat],
        ["Stand", "verheiratet" if any(p.role == "spouse" for p in c.persons) else "ledig"],
    ]
    blocks = [
        P("Kurzlebenslauf", bold=True, size=15, align="center"),
        P("Angaben zu meiner Person", bold=True, after=1),
    ]
    blocks.append(Table(rows, [0.3, 0.7], header=False, grid=False))
    blocks.append(P("Stationen", bold=True, after=1))
    steps = [
        (f"{a.geburtsdatum.year + 6}–{a.geburtsdatum.year + 15}", f"Schulbesuch in {a.geburtsort}"),
        (f"bis {c.entry.year}", "Tätigkeit im Herkunftsland"),
        (_short(c.entry), "Ankunft in der Bundesrepublik"),
    ]
    if c.asylum:
        steps.append((_short(c.asylum_applied), "Antrag auf Asyl gestellt"))
    steps.append((str(c.entry.year + 1), "Sprachkurs Deutsch"))
    steps.append((f"ab {c.entry.year + 2}", f"{c.job} bei {c.employer}"))
    blocks.append(Table([[x, y] for x, y in steps], [0.3, 0.7], header=False, grid=False))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {month_year_short(d.date)}"))
    return DocSpec(blocks, _st(r, "sans"))


def month_year_short(d) -> str:
    return f"{d.month:02d}/{d.year}"


@tpl("lebenslauf", "w2", SPLIT)
def cv_w2(c, d, r):
    # a life story in the first person
    a = c.applicant
    blocks = [
        P("Lebenslauf in eigenen Worten", bold=True, size=13),
        P(
            f"Ich heiße {a.full}; mein Geburtstag ist der {fmt(a.geburtsdatum)}, mein Geburtsort {a.geburtsort}. "
            f"Meine Staatsangehörigkeit ist {c.natinfo['de']}."
        ),
        P(
            f"Die Schule habe ich in {a.geburtsort} besucht, später habe ich bei meinen Eltern mitgearbeitet. "
            f"{c.entry.year} blieb mir nur die Flucht; seit dem {fmt(c.entry)} bin ich in Deutschland."
        ),
        P(
            f"Deutsch habe ich hier gelernt, heute verdiene ich mein Geld als {c.job}. Mein Wunsch ist, mit meiner Familie in {c.city_or_nrw()} zu bleiben."
        ),
        Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "serif", 11.0))


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "w1", SPLIT)
def sprach_w1(c, d, r):
    a = c.applicant
    blocks = [
        P("telc Deutsch B1", bold=True, size=20, align="center"),
        P("Zertifikat Deutsch · Zuwanderung", size=10, align="center"),
        Rule(),
        Table(
            [
                ["Prüfungsteilnehmende/r", f"{a.name}, {a.vorname}"],
                ["geboren am/in", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Prüfung abgelegt am", fmt(d.date - timedelta(days=r.randint(20, 50)))],
                ["Punkte schriftlich | mündlich", f"{r.randint(140, 220)} | {r.randint(60, 75)}"],
                ["Ergebnis", "B1 – bestanden"],
            ],
            [0.4, 0.6],
            header=False,
        ),
        P(f"Zertifikat ausgestellt: {fmt(d.date)}", align="right", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sprachnachweis", "w2", SPLIT)
def sprach_w2(c, d, r):
    a = c.applicant
    blocks = [
        P(f"VHS {c.city_or_nrw()} – Sprachen und Integration", bold=True, after=0),
        P("Kursträger nach der Integrationskursverordnung", size=9),
        Space(8),
        P("Bescheinigung über die Kursteilnahme", bold=True, size=12),
        P(
            f"Zwischen dem {fmt(d.date - timedelta(days=300))} und dem {fmt(d.date - timedelta(days=14))} besuchte {a.herr_frau()} "
            f"(* {fmt(a.geburtsdatum)}) bei uns einen Integrationskurs mit {r.choice(['600', '900'])} Unterrichtseinheiten Sprache "
            f"und 100 Unterrichtseinheiten Orientierung. Im Deutsch-Test für Zuwanderer wurde das Niveau {r.choice(['A2', 'B1'])} erreicht."
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        P("Lehrkraft / Kursbüro", size=9),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "w1", SPLIT)
def arbeit_w1(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2900)
    blocks = [
        P(c.employer, bold=True, after=0),
        P("Lohn- und Gehaltsabrechnung", size=13, bold=True, align="right"),
        P(f"für {N.MONTHS_DE[d.date.month - 1]} {d.date.year}", align="right", size=9),
        Table(
            [
                ["Beschäftigte/r", f"{a.name}, {a.vorname}"],
                ["MA-Nummer", str(zlib.crc32(a.full.encode()) % 90000 + 10000)],
                ["beschäftigt als", c.job],
                ["im Betrieb seit", fmt(c.entry + timedelta(days=700))],
            ],
            [0.35, 0.65],
            header=False,
        ),
        Table(
            [
                ["Position", "EUR"],
                ["Bruttoentgelt", f"{brutto},00"],
                ["Steuerabzüge", f"-{brutto // 12},40"],
                ["SV-Beiträge (AN-Anteil)", f"-{int(brutto * 0.2)},15"],
                ["Überweisung auf Konto", f"{brutto - brutto // 12 - int(brutto * 0.2)},45"],
            ],
            [0.6, 0.4],
        ),
        P(f"Druckdatum {fmt(d.date)}", size=8),
    ]
    return DocSpec(blocks, _st(r, "mono", 9.5))


@tpl("arbeitsnachweis", "w2", SPLIT)
def arbeit_w2(c, d, r):
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, size=12, align="center"),
        Rule(),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P("Beschäftigungsnachweis", bold=True),
        P(
            f"{a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, ist in unserem Unternehmen ohne Befristung als {c.job} angestellt; "
            f"die vertragliche Arbeitszeit beträgt zurzeit {r.choice(['39', '35', '30'])} Stunden in der Woche."
        ),
        P("Die Leistungen sind sehr gut, und wir wollen auf diese Kraft auch künftig nicht verzichten."),
        Signature("Personalwesen"),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "w1", SPLIT)
def ehren_w1(c, d, r):
    blocks = [
        P(c.club, bold=True, size=12),
        P("Vorstand (geschäftsführend)", size=9),
        Space(8),
        P(f"{_short(d.date)}", align="right"),
        P("Bestätigung freiwilligen Engagements", bold=True),
        P(
            f"Seit {c.entry.year + 2} gehört {c.applicant.full} fest zu unseren Helferinnen und Helfern, etwa "
            f"{r.choice(['als Betreuer/in der C-Jugend', 'beim Sortieren gespendeter Lebensmittel', 'bei Sommerfest und Weihnachtsmarkt'])}. "
            f"Das sind wöchentlich rund {r.randint(3, 8)} Stunden."
        ),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)} (Vorsitz)"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("ehrenamt", "w2", SPLIT)
def ehren_w2(c, d, r):
    blocks = [
        Box([c.club, "Ehrenamtsnachweis"], size=10),
        P(f"{c.applicant.full} hilft bei uns ohne Bezahlung und aus eigenem Antrieb mit."),
        Table(
            [
                ["dabei seit", month_year_short(c.entry + timedelta(days=500))],
                ["Aufgabe", r.choice(["Fahrradwerkstatt", "Lernpatenschaft", "Sprachmittlung"])],
                ["Datum", fmt(d.date)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        Signature("Ehrenamtsbeauftragte/r"),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "w1", SPLIT)
def unter_w1(c, d, r):
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(who, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 70)}, {c.city_or_nrw()}"),
        Space(8),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P(f"Für Familie {c.applicant.name}", bold=True),
        P(
            f"{c.applicant.full} ist seit Jahren mein direkter Nachbar bzw. meine direkte Nachbarin. Man passt aufeinander auf: "
            "Besorgungen, Kinderbetreuung, Hilfe bei Krankheit. Unsere Hausgemeinschaft würde sehr darunter leiden, wenn die Familie fort müsste."
        ),
        P("Bitte geben Sie der Familie eine Zukunft hier."),
        Signature(who),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("unterstuetzerschreiben", "w2", SPLIT)
def unter_w2(c, d, r):
    blocks = [
        P(c.employer, bold=True, align="right", after=0),
        P("Inhaberin / Inhaber", size=9, align="right"),
        Rule(),
        P(f"{fmt(d.date)}"),
        P(f"Fürsprache für {c.applicant.full}", bold=True),
        P(
            f"Ohne {c.applicant.vorname} {c.applicant.name} kämen wir im Betrieb kaum noch zurecht. Fachkräfte sind bei uns seit Jahren "
            "nicht zu finden. Ein gesicherter Aufenthalt läge in unserem Interesse; den Arbeitsplatz garantieren wir."
        ),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)} (Firmeninhaber/in)"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ schulnachweis


@tpl("schulnachweis", "w1", SPLIT)
def schul_w1(c, d, r):
    k = _child(c, d)
    blocks = [
        P(c.school, bold=True, size=12, align="center", after=0),
        P(f"{c.city_or_nrw()} · Schulbüro", size=9, align="center"),
        Rule(),
        P("Bescheinigung des Schulbesuchs", bold=True, size=13),
        P(
            f"Wir bescheinigen, dass {k.full} (geb. {fmt(k.geburtsdatum)}) im laufenden Schuljahr "
            f"{d.date.year if d.date.month >= 8 else d.date.year - 1}/{(d.date.year if d.date.month >= 8 else d.date.year - 1) + 1 - 2000} "
            f"unsere Klasse {max(1, k.age_on(d.date) - 5)}{r.choice('abc')} regelmäßig besucht."
        ),
        P("Ausgestellt auf Wunsch der Eltern."),
        P(f"{c.city_or_nrw()}, {_short(d.date)}"),
        P("Im Auftrag, Schulbüro (Stempel der Schule)", size=9),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schulnachweis", "w2", SPLIT)
def schul_w2(c, d, r):
    k = _child(c, d)
    subjects = [
        "Deutsch",
        "Mathematik",
        "Sachunterricht" if k.age_on(d.date) < 11 else "Englisch",
        "Sport",
        "Kunst",
    ]
    blocks = [
        P(c.school, bold=True),
        P("Zeugnis – erstes Schulhalbjahr", bold=True, size=14, align="center"),
        P(
            f"Schüler/in: {k.full} · Geburtsdatum {fmt(k.geburtsdatum)} · Jahrgang {max(1, k.age_on(d.date) - 5)}"
        ),
        Table(
            [["Unterrichtsfach", "Leistung"]]
            + [
                [s, r.choice(["2 (gut)", "3 (befriedigend)", "1 (sehr gut)", "4 (ausreichend)"])]
                for s in subjects
            ],
            [0.6, 0.4],
        ),
        P(f"Fehltage: {r.randint(0, 6)} (alle entschuldigt)", size=9),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Table([["Klassenlehrer/in", "Rektor/in"]], [0.5, 0.5], header=False, grid=False),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


@tpl("auslaenderbehoerde", "duldung_w", SPLIT)
def abh_duldung_w(c, d, r):
    a = c.applicant
    until = d.date + timedelta(days=r.choice([90, 120, 180]))
    auflage = (
        "Duldung für die Dauer der Berufsausbildung (§ 60c AufenthG); Ausbildung im genehmigten Betrieb erlaubt."
        if c.ausbildung
        else "Beschäftigung nur nach Genehmigung durch die Ausländerbehörde. Wohnsitz zu nehmen in: "
        + c.city_or_nrw()
        + "."
    )
    blocks = [
        P("Bescheinigung über die Aussetzung der Abschiebung (Duldung)", bold=True, size=12, align="center"),
        P("§ 60a Abs. 4 AufenthG · kein Passersatz", size=8, align="center"),
        Table(
            [
                ["Name, Vorname(n)", f"{a.name.upper()}, {a.vorname}"],
                ["geb. am / in", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                ["Staatsang.", a.staat],
                ["Wohnung", c.adresse],
                ["Aussetzung gültig bis", fmt(until)],
                ["Auflagen", auflage],
            ],
            [0.4, 0.6],
            header=False,
        ),
        P(f"{c.abh}, {c.abh_plz} – erteilt am {fmt(d.date)}", size=9),
    ]
    if c.einreiseverbot:
        blocks.append(
            P(
                "Vermerk: Einreise- und Aufenthaltsverbot nach § 11 AufenthG (befristet) eingetragen.",
                size=9,
            )
        )
    return DocSpec(blocks, _st(r, "mono", 9.5))


@tpl("auslaenderbehoerde", "ankuend_w", SPLIT)
def abh_ankuend_w(c, d, r):
    # a hearing letter before the authority decides (Anhörung vor Abschiebung / Ablehnung)
    a = c.applicant
    office = c.abh.split("–")[0].strip()
    blocks = [
        P(office, bold=True, size=12, after=0),
        P(c.abh.split("–")[1].strip() if "–" in c.abh else "Ausländerbehörde", size=9, after=0),
        P(
            c.abh_plz
            + " "
            + (
                c.abh.split("–")[0].replace("Stadt ", "").replace("Kreis ", "").strip()
                if "–" in c.abh
                else ""
            ),
            size=9,
        ),
        Rule(),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}"),
        P(
            f"{fmt(d.date)} · Az. 32.{zlib.crc32(a.full.encode()) % 9000 + 1000}",
            size=9,
            align="right",
        ),
        P("Gelegenheit zur Stellungnahme (§ 28 VwVfG NRW) vor Aufenthaltsbeendigung", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            "Ihre Ausreisepflicht ist vollziehbar; die Ausländerbehörde beabsichtigt, Ihren Aufenthalt zu beenden. "
            f"Wenn Sie dazu etwas vortragen möchten, teilen Sie es uns bitte spätestens am {fmt(d.date + timedelta(days=21))} mit."
        ),
    ]
    if c.rueckfuehrung and c.rueckfuehrung > d.date:
        blocks.append(P(f"Als Termin für die Abschiebung ist der {fmt(c.rueckfuehrung)} festgelegt."))
    blocks += [P("Mit freundlichen Grüßen"), P("i. A.", after=0), P(f"{r.choice(N.GERMAN_SURNAMES)}")]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ gerichtsentscheidung


@tpl("gerichtsentscheidung", "w1", SPLIT)
def court_w1(c, d, r):
    a = c.applicant
    kind = "Urteil" if c.asylum else "Beschluss"
    other = (
        "die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge"
        if c.asylum
        else f"den Träger der {_abh_of(c.abh)}"
    )
    blocks = [
        P(f"Az.: {c.court_az}", size=9),
        P(c.court_name.upper(), bold=True, align="center", size=12),
        P(kind.upper() if kind == "Beschluss" else "IM NAMEN DES VOLKES – URTEIL", bold=True, align="center"),
        P(
            f"In der Streitsache {a.full}, {c.adresse}, – {'klagende Partei' if c.asylum else 'antragstellende Partei'} –"
        ),
        P(f"gegen {other} – {'Beklagte' if c.asylum else 'Antragsgegner'} –"),
        P(
            f"wegen {'Asylrecht' if c.asylum else 'Aufenthaltsrecht'} ergeht am {fmt_long(d.date)} folgende Entscheidung des Gerichts:"
        ),
        P(
            "Die Klage hat keinen Erfolg und wird abgewiesen. Gerichtskosten werden nicht erhoben; die übrigen Kosten fallen der Klägerseite zur Last."
            if c.asylum
            else "Der Eilantrag bleibt ohne Erfolg. Die antragstellende Partei trägt die Kosten; Streitwert: 2.500,00 €."
        ),
        P("Aus den Gründen:", bold=True),
        P(
            "Rechtsfehler des Bescheides sind nicht zu erkennen; was vorgetragen wurde, führt zu keinem anderen Ergebnis."
        ),
        P(
            "Belehrung: Ob und wie diese Entscheidung angefochten werden kann, richtet sich nach der VwGO; Einzelheiten ergeben sich aus dem Beiblatt.",
            size=9,
        ),
        P(
            r.choice(["Vorsitzende Richterin am VG Jansen", "Richter am VG Kaya", "Richterin Dr. Vogel"]),
            align="right",
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="{p}")


@tpl("gerichtsentscheidung", "w2", SPLIT)
def court_w2(c, d, r):
    # a certified copy (Ausfertigung) with a boxed court header
    a = c.applicant
    blocks = [
        Box([c.court_name, f"Az. {c.court_az}", "Beglaubigte Abschrift"], size=9.5),
        P("BESCHLUSS" if not c.asylum else "URTEIL", bold=True, size=13, align="center"),
        P(
            f"Sache {a.name}, {a.vorname} gegen {'die Bundesrepublik Deutschland' if c.asylum else c.abh.split('–')[0].strip()}"
        ),
        P(f"Entscheidung vom {fmt(d.date)}:"),
        P(
            "I. Die Klage bleibt erfolglos." if c.asylum else "I. Dem Antrag wird nicht stattgegeben.",
            indent=10,
            after=1,
        ),
        P("II. Kosten: zu Lasten der Klägerseite bzw. Antragstellerseite.", indent=10),
        P("Entscheidungsgründe" if c.asylum else "Gründe", bold=True),
        P(
            "In eigenen Rechten ist die Partei nicht verletzt. Das Gericht schließt sich den Gründen des Bescheides an."
        ),
        P(
            "Für die Übereinstimmung: Justizangestellte als Urkundsbeamtin",
            size=8,
            align="right",
        ),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "w1", SPLIT)
def straf_w1(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, after=0),
        P(f"Cs {r.randint(10, 900)} Js {r.randint(1000, 9999)}/{d.date.year % 100}", size=9),
        P("Strafbefehl", bold=True, size=13, align="center"),
        Table(
            [
                ["Beschuldigte/r", f"{a.name}, {a.vorname}"],
                ["geb.", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Anschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P(f"Ihnen wird vorgeworfen: {off}."),
        P(
            f"Die Staatsanwaltschaft hat beantragt, Sie deswegen mit einer Geldstrafe zu belegen. Diese wird auf {sentence} bemessen."
        ),
        P(
            "Gegen diesen Strafbefehl können Sie binnen zwei Wochen ab Zustellung beim oben genannten Gericht Einspruch erheben; "
            "andernfalls steht er einem rechtskräftigen Urteil gleich.",
            size=9,
        ),
        P(f"{c.court_city}, {fmt(d.date)}", align="right"),
        P("gez. (Richter am AG)", align="right"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("strafrecht", "w2", SPLIT)
def straf_w2(c, d, r):
    # a criminal court's judgment (Strafrichter), as a certified copy
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"{r.randint(10, 99)} Ds {r.randint(100, 999)}/{d.date.year % 100}", size=9, align="right"),
        P(f"AMTSGERICHT {c.court_city.upper()}", bold=True, align="center"),
        P("Im Namen des Volkes", align="center"),
        P("Urteil", bold=True, align="center"),
        P(
            f"Strafsache ./. {a.name.upper()}, {a.vorname} (* {fmt(a.geburtsdatum)}), {c.street}, {c.plz} {c.city},"
        ),
        P(f"Vorwurf: {off}."),
        P(f"Nach der Hauptverhandlung am {fmt(d.date)} hat die Abteilung für Strafsachen entschieden:"),
        P(
            f"Gegen den Angeklagten wird wegen {off} auf eine Geldstrafe von {sentence} erkannt. Die Verfahrenskosten fallen ihm zur Last.",
            indent=10,
        ),
        P("Die angewandten Strafvorschriften ergeben sich aus dem Vorwurf.", size=9),
        P(
            "Abschrift – beglaubigt durch die Geschäftsstelle",
            size=8,
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "w1", SPLIT)
def id_w1(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("Kopie Reisepass (Datenseite)", size=8),
        Table(
            [
                ["1. Surname", a.name.upper()],
                ["2. Given names", a.vorname.upper()],
                ["3. Nationality", c.natinfo["en"].upper()],
                ["4. Birth date", a.geburtsdatum.strftime("%d.%m.%Y")],
                ["5. Birth place", a.geburtsort.upper()],
                ["6. Issued on", d.date.strftime("%d.%m.%Y")],
                ["7. Valid until", (d.date + timedelta(days=3650)).strftime("%d.%m.%Y")],
                ["8. Document type", "P"],
            ],
            [0.45, 0.55],
            header=False,
            grid=False,
        ),
        Space(6),
        P(l1, font="mono", size=9.5, after=0),
        P(l2, font="mono", size=9.5),
    ]
    return DocSpec(blocks, _st(r, "sans", 10.0))


@tpl("identitaetsnachweis", "w2", SPLIT)
def id_w2(c, d, r):
    # a sworn translation of a national identity card
    a = c.applicant
    blocks = [
        P(f"Deutsche Übersetzung eines Dokuments aus {c.natinfo['land']}", size=9, align="right"),
        P("Personalausweis (Identitätskarte)", bold=True, size=14, align="center"),
        Table(
            [
                ["Name des Inhabers", f"{a.vorname} {a.name}"],
                ["geboren", f"am {fmt(a.geburtsdatum)} in {a.geburtsort}"],
                ["Karten-Nr.", str(zlib.crc32((a.full + "id").encode()) % 10**9)],
                ["ausgestellt", fmt(d.date)],
            ],
            [0.38, 0.62],
            header=False,
        ),
        P("[Lichtbild]   [Stempel der ausstellenden Behörde]", size=9),
        P(
            "Die Richtigkeit und Vollständigkeit dieser Übersetzung wird bescheinigt. – Öffentlich bestellte und beeidigte Dolmetscherin",
            size=8,
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_w", SPLIT)
def sonst_anh_w(c, d, r):
    a = c.applicant
    blocks = [
        P(f"BAMF, {c.bamf_site[0] if c.bamf_site else ''}", size=9),
        P(f"Gesch.-Z. des Verfahrens: {c.bamf_gz}", size=9),
        P("Niederschrift über die Anhörung nach § 25 AsylG – Auszug", bold=True, size=12),
        Table(
            [
                ["Angehörte Person", f"{a.name}, {a.vorname}"],
                ["Datum", fmt(d.date)],
                [
                    "Dolmetschsprache",
                    r.choice(["Tigrinya", "Paschtu", "Kurdisch-Sorani", "Somali", "Türkisch", "Russisch"]),
                ],
                ["Beteiligte", "Entscheider/in, Dolmetscher/in, angehörte Person"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("F: Können Sie dem Dolmetscher ohne Schwierigkeiten folgen?", after=1),
        P("A: Ja, gut."),
        P("F: Schildern Sie bitte, was Sie zur Ausreise veranlasst hat.", after=1),
        P(
            "A: Man hat mich immer wieder auf der Straße festgehalten und mir gedroht. Sicher war ich nirgends mehr."
        ),
        P("F: Was erwartet Sie, wenn Sie zurückkehren müssten?", after=1),
        P("A: Ich rechne mit Haft, und eine Arbeit oder Wohnung würde ich nicht bekommen."),
        P("Rückübersetzt, genehmigt; keine Ergänzungen.", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"), footer="Seite {p} von {n}")


@tpl("sonstiges", "unterkunft_w", SPLIT)
def sonst_unterkunft_w(c, d, r):
    # the city's confirmation that the family lives in a municipal shelter
    blocks = [
        P(
            f"Stadt {c.city_or_nrw().split(' (')[0]} – Fachbereich Soziales, Unterbringung",
            bold=True,
            size=10,
        ),
        Rule(),
        P("Wohnbescheinigung (kommunale Unterbringung)", bold=True, size=12),
        P(
            f"{', '.join(p.full for p in c.persons)} {'wohnen' if len(c.persons) > 1 else 'wohnt'} seit dem "
            f"{fmt(d.date - timedelta(days=r.randint(90, 700)))} in einer Unterkunft der Stadt ({c.street}). "
            "Gegen einen Auszug in eine eigene Wohnung bestehen keine Bedenken."
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        P("i. A. – Team Wohnraumversorgung", size=9),
    ]
    return DocSpec(blocks, _st(r))


@tpl("sonstiges", "nachreich_w", SPLIT)
def sonst_nachreich_w(c, d, r):
    # a representative's short cover letter that only sends enclosures
    sender = _rep_lines(c) if c.rep is not None else [c.applicant.full, c.street, f"{c.plz} {c.city}"]
    blocks = [P(" · ".join(sender), size=8), Space(6)] + _recipient(r)
    blocks += [
        P(fmt_long(d.date), align="right"),
        P(f"Fall {c.applicant.name} – Nachtrag zur Eingabe", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            "wie angekündigt, erhalten Sie in dieser Angelegenheit die fehlenden Nachweise; bitte nehmen Sie sie zu Ihrer Akte."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(sender[0] if c.rep is None or c.rep.kind == "privat" else c.rep.person),
    ]
    return DocSpec(blocks, _st(r))
