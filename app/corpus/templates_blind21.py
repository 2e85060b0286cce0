"""Templates of the `blind21` split: set number twenty-three kept apart from tuning; its author saw none of the earlier ones.

Layouts real senders use that are new here: a lawyer's pleading with a court-like rubrum ("– Antragsteller
zu 2) –"), a family's own letter whose address stands only in its letterhead, a counselling service's
printed application sheet with one two-column table per person, a specialist service's statement with abbreviated
personal particulars ("StA:"), persons listed inside the subject block of a letter, English letters with one
paragraph per family member and an English particulars sheet with a combined "date and place of birth".
"""

from __future__ import annotations

from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.templates import (
    HFK_ADDRESS,
    Box,
    DocSpec,
    P,
    Rule,
    Signature,
    Space,
    Table,
    _child,
    _mrz,
    _rep_name,
    fmt,
    fmt_en,
    fmt_long,
    letterhead,
    month_year,
    r_digits,
    recipient,
    style,
    tpl,
    typos,
)

SPLIT = "blind21"
TOPIC_ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")

# how a country is written after "in", as an object and after "nach" (some take an article)
_LAND_FORMS = {
    "Irak": ("im Irak", "den Irak", "in den Irak"),
    "Iran": ("im Iran", "den Iran", "in den Iran"),
    "Kosovo": ("im Kosovo", "den Kosovo", "in den Kosovo"),
    "Türkei": ("in der Türkei", "die Türkei", "in die Türkei"),
    "Russische Föderation": (
        "in der Russischen Föderation",
        "die Russische Föderation",
        "in die Russische Föderation",
    ),
}


def _land(c, form: int) -> str:
    land = c.natinfo["land"]
    return _LAND_FORMS.get(land, (f"in {land}", land, f"nach {land}"))[form]


def _caps(name: str) -> str:
    """Surname upper-cased the way offices print it; left alone where upper-casing alters letters (dotless i)."""
    up = name.upper()
    return up if up.casefold() == name.casefold() else name


def _om(c, i: int, field: str) -> bool:
    return c.omitted.get(i) == field


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde in a letter writer's words: "Ausländeramt der Stadt Köln"."""
    if " – " not in abh:
        return abh
    left, right = abh.split(" – ", 1)
    if left.startswith("Kreis "):
        return f"{right} des Kreises {left[6:]}"
    return f"{right} der {left}"


def _role_de(p, c) -> str:
    if p.role == "applicant":
        return "Antragsteller" if p.sex == "m" else "Antragstellerin"
    if p.role == "spouse":
        return "Ehemann" if p.sex == "m" else "Ehefrau"
    return "Sohn" if p.sex == "m" else "Tochter"


def _place(c) -> str:
    """Where the letter is written: the family's town or the representative's."""
    if c.rep is not None and c.sender != "applicant":
        return c.rep.city.split(" ", 1)[1]
    return c.city_or_nrw()


def _rep_lines(c) -> list[str]:
    rp = c.rep
    if rp.kind == "privat":
        return [rp.person, rp.street, rp.city]
    return [rp.org, rp.street, rp.city]


# ============================ the Begründung, in this set's own words ============================


def _kids_word(kids, first: bool) -> str:
    if len(kids) > 1:
        return "unseren Kindern" if first else "den gemeinsamen Kindern"
    one = "Sohn" if kids[0].sex == "m" else "Tochter"
    if first:
        return "unserem Sohn" if one == "Sohn" else "unserer Tochter"
    return f"{'dem' if one == 'Sohn' else 'der'} gemeinsamen {one}"


def _school_sentences(c) -> list[str]:
    """Who goes to school and who to day care (the case names one institution)."""
    small = [k.vorname for k in c.school_age() if k.age_on(c.received) < 6]
    big = [k.vorname for k in c.school_age() if k.age_on(c.received) >= 6]
    out = []

    def names(xs: list[str]) -> str:
        return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " und " + xs[-1]

    kita = c.school.startswith("Kita")
    if big:
        verb = "besucht" if len(big) == 1 else "besuchen"
        where = "die Schule am Wohnort" if kita else f"„{c.school}“"
        out.append(
            f"{names(big)} {verb} {where} und {'ist' if len(big) == 1 else 'sind'} dort gut eingebunden."
        )
    if small:
        verb = "geht" if len(small) == 1 else "gehen"
        where = f"„{c.school}“" if kita else "eine Kindertagesstätte"
        out.append(
            f"{names(small)} {verb} in {where} und {'fühlt' if len(small) == 1 else 'fühlen'} sich dort wohl."
        )
    return out


def _story(c, r, first: bool, k: int = 0) -> dict[str, list[str]]:
    """Begründung sentences keyed by topic; `first` for the applicant's own voice, `k` picks a wording.
    Scenario triggers appear exactly when set."""
    a = c.applicant
    m = a.sex == "m"
    er = "er" if m else "sie"
    Er = er.capitalize()
    ihm = "ihm" if m else "ihr"
    who = a.herr_frau()

    def v(mine: str, theirs: str) -> str:
        return mine if first else theirs

    t: dict[str, list[str]] = {x: [] for x in TOPIC_ORDER}
    # ---- life story and entry
    job = r.choice(
        [
            "als Schneider",
            "im Obst- und Gemüsehandel",
            "auf Baustellen",
            "als Verkäufer auf dem Markt",
            "als Kraftfahrer",
            "bei einem Kfz-Schlosser",
        ]
    )
    years = r.choice(["fünf", "sieben", "neun", "elf"])
    left = c.entry - timedelta(days=r.randint(20, 120))
    t["lebensgeschichte"].append(
        [
            v(
                f"Meine Kindheit und Jugend habe ich {_land(c, 0)} verbracht. Nach {years} Schuljahren habe ich {job} gearbeitet.",
                f"{who} hat Kindheit und Jugend {_land(c, 0)} verbracht, besuchte {years} Jahre lang eine Schule und war anschließend {job} tätig.",
            ),
            v(
                f"Groß geworden bin ich {_land(c, 0)}; dort war ich {years} Jahre in der Schule und habe später {job} mein Geld verdient.",
                f"{who} ist {_land(c, 0)} groß geworden, war dort {years} Jahre in der Schule und hat später {job} den Unterhalt verdient.",
            ),
        ][k % 2]
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            v(
                f"Im Jahr {c.entry.year - 2} wurde ich schon einmal abgeschoben. Am {fmt(c.entry)} bin ich trotzdem zurückgekommen, trotz des Einreiseverbots nach § 11 AufenthG, das gegen mich verhängt war.",
                f"{Er} wurde {c.entry.year - 2} bereits einmal abgeschoben und kam am {fmt(c.entry)} zurück, obwohl § 11 AufenthG {ihm} die Wiedereinreise verbot.",
            )
        )
    else:
        t["lebensgeschichte"].append(
            v(
                f"Im {month_year(left)} habe ich {_land(c, 1)} verlassen; seit dem {fmt(c.entry)} bin ich in Deutschland.",
                f"Im {month_year(left)} verließ {er} {_land(c, 1)}; seit dem {fmt(c.entry)} hält {er} sich in Deutschland auf.",
            )
        )
    # ---- residence status
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            v(
                f"Mein Asylantrag vom {fmt(c.asylum_applied)} blieb ohne Erfolg: Mit Bescheid vom {fmt(c.bamf_date)} (Gesch.-Z. {c.bamf_gz}) lehnte ihn das Bundesamt ab.",
                f"Am {fmt(c.asylum_applied)} beantragte {er} Asyl; die Ablehnung durch das Bundesamt (BAMF) erging mit Bescheid vom {fmt(c.bamf_date)}, Gesch.-Z. {c.bamf_gz}.",
            )
        )
        if c.court and c.court_pending:
            s.append(
                v(
                    f"Über meine Klage dagegen hat das {c.court_name} (Az. {c.court_az}) noch nicht entschieden.",
                    f"Die dagegen erhobene Klage liegt beim {c.court_name} unter dem Az. {c.court_az} und ist noch nicht entschieden.",
                )
            )
        elif c.court:
            s.append(
                v(
                    f"Meine Klage hat das {c.court_name} am {fmt(c.court_date)} abgewiesen (Az. {c.court_az}).",
                    f"Mit Urteil vom {fmt(c.court_date)} ({c.court_az}) wies das {c.court_name} die Klage ab.",
                )
            )
    else:
        s.append(
            v(
                f"Mein Visum wurde mir seinerzeit zum Zweck {c.visa_purpose} erteilt; die Aufenthaltserlaubnis danach hat die Ausländerbehörde nicht mehr verlängert.",
                f"Grundlage der Einreise war ein Visum, erteilt zum Zweck {c.visa_purpose}; später verweigerte die Ausländerbehörde, den Aufenthaltstitel zu verlängern.",
            )
        )
        if c.court and c.court_pending:
            s.append(
                v(
                    f"Gegen diese Entscheidung läuft beim {c.court_name} ein Verfahren (Az. {c.court_az}).",
                    f"Hiergegen ist beim {c.court_name} ein Verfahren anhängig (Az. {c.court_az}).",
                )
            )
        elif c.court:
            s.append(
                v(
                    f"Meinen Eilantrag hat das {c.court_name} am {fmt(c.court_date)} abgelehnt ({c.court_az}).",
                    f"Einen Eilantrag lehnte das {c.court_name} mit Beschluss vom {fmt(c.court_date)} ab ({c.court_az}).",
                )
            )
    if c.gestattung:
        s.append(
            v(
                "Über meinen Asylantrag ist noch nicht endgültig entschieden; bis dahin gilt für mich eine Aufenthaltsgestattung.",
                f"Weil über den Asylantrag noch nicht unanfechtbar entschieden wurde, lebt {er} mit einer Aufenthaltsgestattung hier.",
            )
        )
    else:
        s.append(
            v(
                "Seither lebe ich mit Duldungen (§ 60a AufenthG), jedes Mal nur für ein paar Monate ausgestellt.",
                f"Seither ist {er} ausreisepflichtig und nur nach § 60a AufenthG geduldet, jeweils für wenige Monate.",
            )
        )
    abh = c.abh if k % 2 == 0 else _abh_of(c.abh)
    s.append(v(f"Meine Akte liegt bei der Behörde „{abh}“.", f"Ausländerakte bei: „{abh}“."))
    if c.s58a:
        s.append(
            v(
                "Außerdem hat die Behörde angeordnet, mich nach § 58a AufenthG abzuschieben.",
                "Zudem ist die Abschiebung auf der Grundlage des § 58a AufenthG angeordnet worden.",
            )
        )
    if c.rueckfuehrung:
        s.append(
            v(
                f"Laut Schreiben der Ausländerbehörde soll ich am {fmt(c.rueckfuehrung)} abgeschoben werden.",
                f"Die Abschiebung ist auf den {fmt(c.rueckfuehrung)} terminiert; die Ausländerbehörde hat den Termin schriftlich mitgeteilt.",
            )
        )
    if c.criminal:
        off, sentence = c.offence
        s.append(
            v(
                f"Ich will nicht verschweigen, dass mir das Amtsgericht {c.court_city} mit Strafbefehl vom {fmt(c.criminal_date)} wegen {off} eine Geldstrafe von {sentence} auferlegt hat.",
                f"Offen anzusprechen ist ein Strafbefehl des Amtsgerichts {c.court_city} vom {fmt(c.criminal_date)} wegen {off}, Geldstrafe von {sentence}; weitere Eintragungen gibt es nicht.",
            )
        )
    # ---- family
    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    kid_names = (
        " und ".join([", ".join(x.vorname for x in kids[:-1]), kids[-1].vorname])
        if len(kids) > 1
        else (kids[0].vorname if kids else "")
    )
    if sp:
        partner = sp[0]
        mine = ("meiner Frau " if partner.sex == "f" else "meinem Mann ") + partner.full
        theirs = (
            ("seiner Ehefrau " if m else "ihrer Ehefrau ")
            if partner.sex == "f"
            else ("seinem Ehemann " if m else "ihrem Ehemann ")
        )
        f.append(
            v(
                f"Hier lebe ich mit {mine}"
                + (f" und {_kids_word(kids, True)} {kid_names}" if kids else "")
                + " zusammen.",
                f"{Er} lebt mit {theirs}{partner.full}"
                + (f" und {_kids_word(kids, False)} {kid_names}" if kids else "")
                + " in einem Haushalt.",
            )
        )
    if kids:
        f.append(
            (f"{kids[0].vorname} hat" if len(kids) == 1 else "Die Kinder haben")
            + " die prägenden Jahre hier verbracht; Freunde, Sprache und Alltag sind deutsch geprägt."
        )
    here = r.choice(
        [
            "ein älterer Bruder, der inzwischen eingebürgert ist",
            "eine Schwester mit unbefristetem Aufenthaltsrecht",
            "ein Onkel, der schon seit den Neunzigerjahren hier wohnt",
        ]
    )
    there = r.choice(
        [
            "niemanden mehr aus der engeren Familie",
            "nur noch eine betagte Großmutter, die selbst Pflege braucht",
            "einen Cousin, zu dem seit Jahren kein Kontakt besteht",
        ]
    )
    f.append(
        v(
            f"Von meinen Verwandten lebt {here}, ebenfalls in Deutschland; {_land(c, 0)} gibt es {there}.",
            f"An Verwandten lebt {here}, ebenfalls in Deutschland; {_land(c, 0)} hat die Familie {there}.",
        )
    )
    # ---- integration
    g = t["integration"]
    g.append(
        v(
            "Meine Deutschkenntnisse stammen aus dem Integrationskurs; heute verständige ich mich im Alltag und bei der Arbeit ohne Hilfe.",
            f"Im Integrationskurs hat {er} Deutsch gelernt und verständigt sich heute im Alltag und im Beruf ohne Dolmetscher.",
        )
    )
    if c.ausbildung:
        trade = r.choice(["Fachlagerist/in", "Koch/Köchin", "Kfz-Mechatroniker/in", "Elektroniker/in"])
        g.append(
            v(
                f"Seit August {c.received.year - 1} mache ich eine Ausbildung im Beruf {trade}; damit kommt auch eine Duldung zum Zweck der Ausbildung in Frage (§ 60c AufenthG).",
                f"Seit August {c.received.year - 1} lernt {er} den Beruf {trade}; damit sind die Voraussetzungen einer Duldung nach § 60c AufenthG, solange die Lehre dauert, erfüllt.",
            )
        )
    else:
        g.append(
            v(
                f"Ich arbeite als {c.job} bei {c.employer} und komme ohne Sozialleistungen aus.",
                f"Bei {c.employer} arbeitet {er} als {c.job}; Sozialleistungen bezieht {er} nicht.",
            )
        )
    g.append(
        v(
            f"Neben der Arbeit engagiere ich mich freiwillig bei „{c.club}“.",
            f"Ehrenamtlich engagiert {er} sich bei „{c.club}“.",
        )
    )
    g += _school_sentences(c)
    # ---- why return is unreasonable
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, name, _sev = c.diagnosis
        if first and c.ill_person == 0:
            h.append(
                f"Ich bin krank: Ärztlich diagnostiziert ist „{name}“ ({code}); die Behandlung läuft weiter."
            )
        else:
            if first:
                lead = {
                    "spouse": "Meine Frau " if p.sex == "f" else "Mein Mann ",
                    "child": "Unser Sohn " if p.sex == "m" else "Unsere Tochter ",
                }.get(p.role, "")
                lead += p.vorname
            else:
                lead = p.full
            h.append(f"{lead} ist krank; ärztlich festgestellt ist „{name}“ ({code}), die Behandlung läuft.")
        h.append(
            "Ein Abbruch der Therapie hätte nach Einschätzung der Ärzte schwere Folgen, und im Herkunftsland wäre sie nicht gesichert."
        )
    h.append(
        r.choice(
            [
                v(
                    f"Eine Rückkehr {_land(c, 2)} hieße für mich, ohne Wohnung, Arbeit und Angehörige ganz von vorn anzufangen.",
                    f"Eine Rückkehr {_land(c, 2)} hieße für die Familie, ohne Wohnung, Arbeit und Angehörige ganz von vorn anzufangen.",
                ),
                v(
                    f"Seit Jahren spielt sich mein Leben hier ab; {_land(c, 0)} wartet nichts und niemand mehr auf mich.",
                    f"Seit Jahren spielt sich das Leben der Familie hier ab; {_land(c, 0)} wartet nichts und niemand mehr auf sie.",
                ),
                v(
                    f"Zurück {_land(c, 2)} zu müssen, wäre für mich nach all den Jahren nicht zumutbar, weil dort keine Existenz mehr möglich ist.",
                    f"Eine Ausreise {_land(c, 2)} ist nach all den Jahren nicht zumutbar, weil dort keine Existenz mehr aufzubauen wäre.",
                ),
            ]
        )
    )
    return {x: t[x] for x in TOPIC_ORDER if x in c.topics}


_LAND_EN = {
    "Syrien": "Syria",
    "Irak": "Iraq",
    "Albanien": "Albania",
    "Serbien": "Serbia",
    "Russische Föderation": "Russia",
    "Türkei": "Turkey",
    "Georgien": "Georgia",
    "Armenien": "Armenia",
}


def _story_en(c, r) -> dict[str, list[str]]:
    """The English Begründung (only the applicants themselves write in English)."""
    land = _LAND_EN.get(c.natinfo["land"], c.natinfo["land"])
    t: dict[str, list[str]] = {x: [] for x in TOPIC_ORDER}
    t["lebensgeschichte"].append(
        f"I grew up in {land}, where I went to school for {r.choice(['six', 'eight', 'ten'])} years and then worked {r.choice(['on my uncle’s farm', 'in a bakery', 'as a driver'])}."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"In {c.entry.year - 2} I was deported once; on {fmt_en(c.entry)} I came back even though § 11 AufenthG banned me from returning."
        )
    else:
        t["lebensgeschichte"].append(f"I have been in Germany since {fmt_en(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"On {fmt_en(c.bamf_date)} the BAMF, the federal migration office, refused my asylum claim of {fmt_en(c.asylum_applied)}, reference {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"The case at the {c.court_name} ({c.court_az}) "
                + (
                    "is pending without a decision."
                    if c.court_pending
                    else f"was dismissed by the court on {fmt_en(c.court_date)}."
                )
            )
    else:
        s.append(
            f"I arrived on a visa ({c.visa_purpose.split(' ', 1)[1]}); later the foreigners’ office said no to an extension of my residence permit."
        )
        if c.court:
            s.append(
                f"My case against that decision at the {c.court_name} ({c.court_az}) "
                + ("is pending." if c.court_pending else "was dismissed by the court.")
            )
    if c.gestattung:
        s.append("As long as my asylum case runs, I live here on an Aufenthaltsgestattung.")
    else:
        s.append("Since then I only hold a Duldung, which is renewed for a few months at a time.")
    s.append(f"The foreigners’ authority responsible for me: {c.abh}.")
    if c.s58a:
        s.append("On top of that, the authorities also decided to deport me on the basis of § 58a AufenthG.")
    if c.rueckfuehrung:
        s.append(f"The authority has set the date of my deportation for {fmt_en(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(
            f"I also have to tell you about a Strafbefehl from the Amtsgericht {c.court_city}, dated {fmt_en(c.criminal_date)}; the fine is paid."
        )
    f = t["familie"]
    kids = c.children()
    if kids:
        if len(kids) == 1:
            f.append(
                f"Our {'son' if kids[0].sex == 'm' else 'daughter'} {kids[0].vorname} has grown up here and hardly knows {land}."
            )
        else:
            f.append(
                f"Our children ({', '.join(k.vorname for k in kids)}) have grown up here and hardly know {land}."
            )
    f.append(
        r.choice(
            [
                f"No close relatives remain in {land}; my aunt and her children live in Germany.",
                "Both my parents have died. My brother, the only sibling I have, lives in Germany with his wife and children.",
            ]
        )
    )
    g = t["integration"]
    g.append("The integration course taught me German; I passed the B1 test.")
    if c.ausbildung:
        g.append(
            "I have been an apprentice since last summer, which makes a toleration for training (§ 60c AufenthG) possible."
        )
    else:
        g.append(f"I work at {c.employer} (job title: {c.job}) and pay my own rent.")
    g.append(f"Every week I volunteer at {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I suffer" if c.ill_person == 0 else f"{p.vorname} suffers"
        h.append(
            f"{who} {N.ILLNESS_EN[c.diagnosis[0]]} ({c.diagnosis[1]}) and is being treated by doctors on a regular basis."
        )
    h.append(
        f"Going back to {land} would mean starting from nothing, without a home and without anybody to help us."
    )
    return {x: t[x] for x in TOPIC_ORDER if x in c.topics}


# ============================ antrag ============================

_FEMALE_DE = {"Andrea", "Stefanie", "Claudia", "Sabine", "Ute", "Katrin", "Monika", "Birgit", "Annette"}


def _lawyer_title(person: str) -> str:
    return "Rechtsanwältin" if person.split()[0] in _FEMALE_DE else "Rechtsanwalt"


def _signer(c) -> str:
    if c.sender == "applicant":
        return c.applicant.full
    if c.sender == "anwalt":
        return f"{c.rep.person}, {_lawyer_title(c.rep.person)}"
    return c.rep.person


def _hfk_recipient(kind: int) -> list:
    if kind == 0:
        return recipient(
            [
                "Härtefallkommission des Landes Nordrhein-Westfalen",
                "– Geschäftsstelle –",
                "Völklinger Str. 4",
                "40219 Düsseldorf",
            ]
        )
    if kind == 1:
        return recipient(
            ["z. Hd. der Härtefallkommission NRW", "Geschäftsstelle", "Völklinger Str. 4", "40219 Düsseldorf"]
        )
    return recipient(HFK_ADDRESS)


def _topic_blocks(story: dict[str, list[str]], heads: dict[str, str] | None, numerals: bool = False) -> list:
    out: list = []
    roman = ["I.", "II.", "III.", "IV.", "V."]
    for n, (topic, sents) in enumerate(story.items()):
        if heads:
            head = heads[topic]
            out.append(P(f"{roman[n]} {head}" if numerals else head, bold=True, after=2))
        out.append(P(" ".join(sents)))
    return out


@tpl("antrag", "rubrum_w21", SPLIT)
def antrag_rubrum(c, d, r):
    # a lawyer's pleading to the commission with a court-like rubrum: one block per person, "– zu 2) –"
    a = c.applicant
    first = c.sender == "applicant"
    many = len(c.persons) > 1
    blocks: list = []
    if first:
        blocks += [P(a.full, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}"), Space(10)]
    else:
        rp = c.rep
        head = rp.org if rp.kind != "privat" else rp.person
        blocks += [
            P(head, bold=True, size=12.5, after=1),
            P(f"{rp.person} · {rp.street} · {rp.city} · Telefon 0{r_digits(head)}", size=8.5, after=2),
            Rule(0.6),
            Space(6),
        ]
    blocks += _hfk_recipient(0)
    right = f"{_place(c)}, den {fmt(d.date)}"
    if c.sender == "anwalt":
        blocks.append(
            P(
                f"Unser Zeichen: {r.randint(12, 480)}/{d.date.year % 100} {a.name[:2].upper()}",
                align="right",
                after=0,
            )
        )
    blocks.append(P(right, align="right"))
    blocks.append(P("Antrag", bold=True, size=14, align="center", after=2))
    blocks.append(P("auf Befassung der Härtefallkommission nach § 23a AufenthG", align="center"))
    blocks.append(P(f"In der Härtefallangelegenheit {'der Familie ' + a.name if many else a.full}", after=4))
    parents = [i for i, p in enumerate(c.persons, 1) if p.role != "child"]
    for i, p in enumerate(c.persons, 1):
        if p.role == "child":
            art = "des minderjährigen Kindes"
        else:
            art = "des Herrn" if p.sex == "m" else "der Frau"
        lines = [f"{art} {p.vorname} {_caps(p.name)},"]
        born = []
        if not _om(c, i - 1, "geburtsdatum"):
            born.append(f"am {fmt(p.geburtsdatum)}")
        if not _om(c, i - 1, "geburtsort"):
            born.append(f"in {p.geburtsort}")
        if born:
            lines.append("geboren " + " ".join(born) + ",")
        if not _om(c, i - 1, "staatsangehoerigkeit"):
            lines.append(f"{p.staat}{'er Staatsangehöriger' if p.sex == 'm' else 'e Staatsangehörige'},")
        if p.role == "child" and parents:
            zu = " und ".join(f"{x})" for x in parents)
            lines.append(
                f"gesetzlich vertreten durch {'die Eltern, Antragsteller zu' if len(parents) > 1 else 'den Elternteil, Antragsteller/in zu'} {zu},"
            )
        blocks.append(P("\n".join(lines), indent=10, after=1))
        who = "Antragsteller" if p.sex == "m" else "Antragstellerin"
        blocks.append(P(f"– {who} zu {i}) –" if many else f"– {who} –", align="right", after=4))
    blocks.append(P(f"{'sämtlich ' if many else ''}wohnhaft: {c.street}, {c.plz} {c.city}", indent=10))
    if not first:
        rp = c.rep
        if rp.kind == "anwalt":
            blocks.append(P(f"Verfahrensbevollmächtigte: {rp.org}, {rp.street}, {rp.city}", indent=10))
        elif rp.kind == "beratungsstelle":
            blocks.append(P(f"vertreten durch: {rp.org}, {rp.street}, {rp.city}", indent=10))
        else:
            blocks.append(
                P(
                    f"vertreten durch: {rp.person} ({rp.relation} {'des Antragstellers' if a.sex == 'm' else 'der Antragstellerin'}), {rp.street}, {rp.city}",
                    indent=10,
                )
            )
    blocks.append(P("wegen: Härtefallersuchen an die Ausländerbehörde", indent=10, after=2))
    blocks.append(P(f"beteiligte Behörde: {c.abh}", indent=10))
    if c.sender == "anwalt":
        lead = "Namens und in Vollmacht der Antragsteller wird beantragt,"
    elif first:
        lead = "Ich beantrage,"
    else:
        lead = "Im Auftrag der Familie wird beantragt,"
    blocks.append(P(lead, after=2))
    blocks.append(
        P(
            "die Kommission möge den Fall beraten und die zuständige Ausländerbehörde nach § 23a Abs. 1 AufenthG um die Erteilung einer Aufenthaltserlaubnis ersuchen.",
            indent=25,
        )
    )
    blocks.append(P("Begründung:", bold=True, align="center"))
    heads = {
        "lebensgeschichte": "Herkunft, Flucht und Ankunft",
        "aufenthaltssituation": "Verfahrensstand und aufenthaltsrechtliche Lage",
        "familie": "Familiäre Bindungen hier und im Herkunftsland",
        "integration": "Gelungene Integration",
        "humanitaere_gruende": "Dringende humanitäre und persönliche Gründe",
    }
    blocks += _topic_blocks(_story(c, r, first, 0), heads, numerals=True)
    blocks.append(
        P(
            "Weitere Glaubhaftmachung bleibt vorbehalten; die Anlagen sind nummeriert beigefügt."
            if not first
            else "Weitere Nachweise reiche ich nach, sobald ich sie habe."
        )
    )
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, style(r, "serif"), footer="- {p} -")


def _para_de(c, i: int, first: bool, j: int) -> str:
    """One paragraph about one person; the order of the data changes from person to person."""
    p = c.persons[i]
    me = first and i == 0
    if p.role == "applicant":
        intro = (
            f"Ich heiße {p.full}."
            if me
            else f"{'Antragsteller ist Herr' if p.sex == 'm' else 'Antragstellerin ist Frau'} {p.full}."
        )
    elif p.role == "spouse":
        who = (
            ("Meine Frau" if p.sex == "f" else "Mein Mann")
            if first
            else ("Die Ehefrau" if p.sex == "f" else "Der Ehemann")
        )
        intro = f"{who} heißt {p.full}."
    else:
        who = (
            ("Unser Sohn" if p.sex == "m" else "Unsere Tochter")
            if first
            else ("Der Sohn" if p.sex == "m" else "Die Tochter")
        )
        intro = f"{who} heißt {p.full}."
    pron = "ich" if me else ("er" if p.sex == "m" else "sie")
    ist, hat = ("bin", "besitze") if me else ("ist", "besitzt")
    bd = p.geburtsdatum
    date = (
        None
        if _om(c, i, "geburtsdatum")
        else (fmt_long(bd) if j % 2 == 0 else f"{bd.day}.{bd.month}.{bd.year}")
    )
    place = None if _om(c, i, "geburtsort") else p.geburtsort
    nat = (
        None
        if _om(c, i, "staatsangehoerigkeit")
        else f"{pron.capitalize()} {hat} die {p.staat}e Staatsangehörigkeit."
    )
    if date and place:
        birth = (
            f"Geboren {ist} {pron} in {place}, und zwar am {date}."
            if j % 2 == 0
            else f"{pron.capitalize()} {ist} am {date} in {place} geboren."
        )
    elif place:
        birth = f"Geboren {ist} {pron} in {place}."
    elif date:
        birth = f"{pron.capitalize()} {ist} am {date} geboren."
    else:
        birth = None
    parts = [birth, nat] if j % 3 else [nat, birth]
    return " ".join([intro] + [x for x in parts if x])


@tpl("antrag", "familienbrief_w21", SPLIT)
def antrag_familienbrief(c, d, r):
    # the family writes itself: its address stands only in the letterhead; a paragraph per person
    a = c.applicant
    first = c.sender == "applicant"
    blocks: list = []
    if first:
        blocks += [
            P(a.full, bold=True, size=13, align="center", after=1),
            P(f"{c.street} · {c.plz} {c.city}", size=9, align="center", after=2),
            Rule(0.5),
            Space(8),
        ]
    else:
        blocks += letterhead(r, _rep_lines(c) + [f"Tel. 0{r_digits(_rep_name(c))}"], kind=r.choice([0, 2]))
    blocks += _hfk_recipient(1)
    blocks.append(P(f"{_place(c)}, {fmt_long(d.date)}", align="right"))
    if first:
        blocks.append(P("Bitte: Befassung der Härtefallkommission mit unserem Fall", bold=True))
    else:
        fam = f"Familie {a.name}" if len(c.persons) > 1 else a.full
        blocks.append(P(f"Härtefallantrag für {fam}, {c.street}, {c.plz} {c.city}", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if first:
        blocks.append(
            P(
                "ich schreibe Ihnen, weil uns sonst niemand mehr helfen kann. Ich bitte Sie, meinen Fall"
                + (" und den meiner Familie" if len(c.persons) > 1 else "")
                + " in der Kommission zu besprechen und sich für unser Bleiben einzusetzen."
            )
        )
        blocks.append(P("Zu uns:" if len(c.persons) > 1 else "Zu meiner Person:", bold=True, after=2))
    else:
        if c.rep.kind == "privat":
            lead = f"als {c.rep.relation} schreibe ich im Namen der unten genannten Menschen und bitte"
        else:
            lead = "wir schreiben im Namen der unten genannten Menschen und bitten"
        blocks.append(
            P(
                f"{lead} Sie, ihren Fall zu beraten und sich mit einem Ersuchen an die zuständige Behörde zu wenden. Eine Vollmacht liegt bei."
            )
        )
        blocks.append(P("Die Personen:", bold=True, after=2))
    for i in range(len(c.persons)):
        blocks.append(P(_para_de(c, i, first, i + (1 if first else 0)), indent=8))
    story = _story(c, r, first, 1)
    for sents in story.values():
        blocks.append(P(" ".join(sents)))
    blocks.append(
        P(
            "Ich danke Ihnen, dass Sie sich die Zeit für diesen Brief nehmen."
            if first
            else "Für Ihre Mühe danke ich Ihnen im Voraus."
        )
    )
    blocks.append(P("Hochachtungsvoll"))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, style(r, r.choice(["sans", "serif"])))


_BOGEN_LABELS = [
    "Familienname",
    "Vorname(n)",
    "Staatsangehörigkeit",
    "Geburtsdatum",
    "Geburtsort",
    "Beziehung zur antragstellenden Person",
]


@tpl("antrag", "antragsbogen_w21", SPLIT)
def antrag_antragsbogen(c, d, r):
    # a counselling service's application form: a two-column table (label left, value right) per person
    a = c.applicant
    first = c.sender == "applicant"
    blocks: list = []
    if first:
        blocks += [P(f"Absender: {a.full}, {c.street}, {c.plz} {c.city}", size=8.5), Space(6)]
    else:
        blocks += letterhead(r, _rep_lines(c), kind=r.choice([1, 3]))
    blocks += [
        P("Härtefalleingabe – Antragsbogen", bold=True, size=14, after=1),
        P("für die Kommission nach § 23a AufenthG, mit Begründung", size=10),
        P(
            f"Eingereicht am {fmt(d.date)} bei der Geschäftsstelle, Völklinger Str. 4, 40219 Düsseldorf",
            size=9,
        ),
        P("Teil A – Angaben zu den Personen", bold=True),
    ]
    letters = "ABCDEFGH"
    for i, p in enumerate(c.persons):
        rel = "antragstellende Person" if i == 0 else {"spouse": "Ehepartner/in", "child": "Kind"}[p.role]
        blocks.append(
            P(f"Person {letters[i]}" + (" (antragstellende Person)" if i == 0 else ""), bold=True, after=2)
        )
        values = [
            _caps(p.name),
            p.vorname,
            "" if _om(c, i, "staatsangehoerigkeit") else p.staat,
            "" if _om(c, i, "geburtsdatum") else fmt(p.geburtsdatum),
            "" if _om(c, i, "geburtsort") else p.geburtsort,
            "–" if i == 0 else rel,
        ]
        blocks.append(
            Table(
                [[lab, val] for lab, val in zip(_BOGEN_LABELS, values, strict=True)],
                [0.42, 0.58],
                header=False,
            )
        )
    blocks.append(P("Teil B – Wohnung und zuständige Behörde", bold=True))
    blocks.append(
        Table(
            [
                ["Straße, Hausnummer", c.street],
                ["Postleitzahl, Ort", f"{c.plz} {c.city}"],
                ["Ausländerbehörde", c.abh],
            ],
            [0.42, 0.58],
            header=False,
        )
    )
    blocks.append(P("Teil C – Vertretung im Verfahren", bold=True))
    if first:
        blocks.append(
            P("[x] keine Vertretung – der Antrag wird von der antragstellenden Person selbst gestellt")
        )
    else:
        rp = c.rep
        blocks.append(
            Table(
                [
                    ["Name / Stelle", rp.org if rp.kind != "privat" else f"{rp.person} ({rp.relation})"],
                    ["Ansprechperson", rp.person],
                    ["Anschrift", f"{rp.street}, {rp.city}"],
                    ["Vollmacht", "liegt bei"],
                ],
                [0.42, 0.58],
                header=False,
            )
        )
    blocks.append(P("Teil D – Begründung", bold=True))
    heads = {
        "lebensgeschichte": "D 1  Lebensweg und Einreise",
        "aufenthaltssituation": "D 2  Aufenthaltsstatus, Verfahren",
        "familie": "D 3  Angehörige hier und in der Heimat",
        "integration": "D 4  Sprache, Arbeit, Ehrenamt, Schule",
        "humanitaere_gruende": "D 5  Gründe gegen eine Rückkehr",
    }
    blocks += _topic_blocks(_story(c, r, first, 0), heads)
    blocks.append(P("Teil E – Unterschrift", bold=True))
    blocks.append(
        P(
            "Alle Angaben wurden wahrheitsgemäß gemacht. Die Einwilligung in die Datenverarbeitung ist beigefügt.",
            size=9,
        )
    )
    blocks.append(Signature(_signer(c), f"{_place(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r, "cond"), footer="Antragsbogen Härtefallkommission – Seite {p}/{n}")


def _kurz(c, i: int) -> str:
    """Abbreviated particulars as a specialist service writes them: "DIALLO, Hawa, Ehefrau, geb. …, StA: …"."""
    p = c.persons[i]
    out = f"{_caps(p.name)}, {p.vorname}, {_role_de(p, c)}"
    if not _om(c, i, "geburtsdatum"):
        out += f", geb. {fmt(p.geburtsdatum)}"
        if not _om(c, i, "geburtsort"):
            out += f" in {p.geburtsort}"
    elif not _om(c, i, "geburtsort"):
        out += f", geb. in {p.geburtsort}"
    if not _om(c, i, "staatsangehoerigkeit"):
        out += f", StA: {p.staat}"
    return out


@tpl("antrag", "stellungnahme_w21", SPLIT)
def antrag_stellungnahme(c, d, r):
    # a specialist service's statement: particulars in abbreviations, the request itself comes last
    a = c.applicant
    first = c.sender == "applicant"
    blocks: list = []
    if first:
        blocks += [P(f"{a.full} | {c.street} | {c.plz} {c.city}", size=8.5, after=10)]
    else:
        blocks += letterhead(
            r, _rep_lines(c) + ([c.rep.person] if c.rep.kind != "privat" else []), kind=r.choice([0, 1, 2])
        )
    blocks += _hfk_recipient(2)
    blocks.append(P(f"Datum: {fmt(d.date)}", align="right"))
    blocks.append(
        P(
            "Stellungnahme und Antrag an die Härtefallkommission"
            if not first
            else "Mein Antrag an die Härtefallkommission",
            bold=True,
            size=12.5,
        )
    )
    blocks.append(P("1. Personalien", bold=True, after=2))
    for i in range(len(c.persons)):
        blocks.append(P(_kurz(c, i), indent=12, after=1))
    blocks.append(P(f"Anschrift: {c.street}, {c.plz} {c.city}", indent=12, after=1))
    blocks.append(P(f"zust. ABH: {c.abh}", indent=12))
    if not first:
        rp = c.rep
        blocks.append(
            P(
                f"Verfasst von: {rp.person}, {rp.org}, {rp.street}, {rp.city}"
                if rp.kind != "privat"
                else f"Verfasst von: {rp.person} ({rp.relation}), {rp.street}, {rp.city}",
                indent=12,
            )
        )
    heads = {
        "lebensgeschichte": "Werdegang",
        "aufenthaltssituation": "Aufenthaltsrechtlicher Sachstand",
        "familie": "Familiäre Situation",
        "integration": "Integrationsleistungen",
        "humanitaere_gruende": "Würdigung: humanitäre Gründe",
    }
    story = _story(c, r, first, 1)
    for n, (topic, sents) in enumerate(story.items(), 2):
        blocks.append(P(f"{n}. {heads[topic]}", bold=True, after=2))
        blocks.append(P(" ".join(sents)))
    blocks.append(P(f"{len(story) + 2}. Antrag", bold=True, after=2))
    blocks.append(
        P(
            "Meine Bitte an die Kommission: Beraten Sie meinen Fall und beschließen Sie ein Ersuchen an die Ausländerbehörde."
            if first
            else "Aus den genannten Gründen ersuchen wir die Kommission um Beratung des Falles und um einen Beschluss zugunsten der Familie nach § 23a Abs. 1 Satz 1 AufenthG."
        )
    )
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}" if r.random() < 0.5 else None)


@tpl("antrag", "betreffblock_w21", SPLIT)
def antrag_betreffblock(c, d, r):
    # the persons stand in the subject block of the letter, one line each, without labels
    a = c.applicant
    first = c.sender == "applicant"
    blocks: list = []
    if first:
        blocks += [P(f"{a.full} · {c.street} · {c.plz} {c.city}", size=7.5, after=6)]
    else:
        rl = _rep_lines(c)
        blocks += letterhead(r, rl, kind=2)
        blocks.append(P(" · ".join(rl), size=7.5, after=6))
    blocks += _hfk_recipient(1)
    blocks.append(P(f"{_place(c)}, {fmt(d.date)}", align="right"))
    blocks.append(P("Härtefallantrag nach § 23a AufenthG", bold=True, after=1))
    for i, p in enumerate(c.persons):
        bits = [f"{p.vorname} {p.name}"]
        if not _om(c, i, "geburtsdatum"):
            bits.append(fmt(p.geburtsdatum))
        if not _om(c, i, "geburtsort"):
            bits.append(p.geburtsort)
        if not _om(c, i, "staatsangehoerigkeit"):
            bits.append(p.staat)
        blocks.append(P(", ".join(bits), bold=True, indent=28, after=0))
    blocks.append(P(f"wohnhaft {c.street}, {c.plz} {c.city}", bold=True, indent=28, after=1))
    blocks.append(P("hier: Antrag und Begründung", indent=28))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if first:
        intro = (
            "für mich und die oben genannten Angehörigen beantrage ich, dass unser Fall in der Härtefallkommission beraten wird."
            if len(c.persons) > 1
            else "hiermit beantrage ich, dass mein Fall in der Härtefallkommission beraten wird."
        )
    elif c.sender == "anwalt":
        intro = f"für die im Betreff genannten Mandanten beantrage ich, den Fall zur Beratung anzunehmen und ein Ersuchen an „{c.abh}“ zu richten. Die Vollmacht füge ich bei."
    elif c.sender == "beratungsstelle":
        intro = f"die im Betreff genannten Ratsuchenden haben {_rep_name(c)} beauftragt, in ihrem Namen diesen Härtefallantrag zu stellen. Eine Vollmacht liegt bei."
    else:
        intro = f"als {c.rep.relation} und mit schriftlicher Vollmacht stelle ich für die im Betreff genannten Personen diesen Härtefallantrag."
    blocks.append(P(intro))
    leads = {
        "lebensgeschichte": "Zum bisherigen Leben:",
        "aufenthaltssituation": "Zum Aufenthalt:",
        "familie": "Zur Familie:",
        "integration": "Zum Leben hier:",
        "humanitaere_gruende": "Zur Frage der Rückkehr:",
    }
    for topic, sents in _story(c, r, first, 0).items():
        blocks.append(P(f"{leads[topic]} " + " ".join(sents)))
    blocks.append(
        P(
            "Für Rückfragen bin ich unter der oben genannten Anschrift erreichbar."
            if first
            else "Rückfragen beantworten wir gern."
        )
    )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    if r.random() < 0.5:
        blocks.append(P("Anlagen: wie im Anlagenverzeichnis", size=9))
    return DocSpec(blocks, style(r, r.choice(["sans", "cond"])))


def _an(word: str) -> str:
    return ("an " if word[0] in "AEIOU" else "a ") + word


def _para_en(c, i: int, j: int) -> str:
    p = c.persons[i]
    en = c.natinfo["en"]
    bd = p.geburtsdatum
    date = (
        None
        if _om(c, i, "geburtsdatum")
        else (fmt_en(bd) if j % 2 == 0 else f"{N.MONTHS_EN[bd.month - 1]} {bd.day}, {bd.year}")
    )
    place = None if _om(c, i, "geburtsort") else p.geburtsort
    nat = not _om(c, i, "staatsangehoerigkeit")
    if i == 0:
        s = f"First, me: {p.full}."
        if nat:
            s += f" I am {_an(en)} national."
        if date:
            s += f" I came into the world on {date}."
        if place:
            s += f" I come from {place}, which is also where I was born."
        return s
    he = "he" if p.sex == "m" else "she"
    his = "his" if p.sex == "m" else "her"
    rel = {
        "spouse": "My wife" if p.sex == "f" else "My husband",
        "child": "Our son" if p.sex == "m" else "Our daughter",
    }[p.role]
    s = f"{rel} is {p.full}."
    bits = []
    if place:
        bits.append(f"{his} birthplace is {place}")
    if date:
        bits.append(f"{he} was born on {date}")
    if j % 2:
        bits.reverse()
    if bits:
        s += " " + "; ".join(bits)[0].upper() + "; ".join(bits)[1:] + "."
    if nat:
        s += f" Like me, {he} is {_an(en)} national."
    return s


@tpl("antrag", "en_paragraphs_w21", SPLIT)
def antrag_en_paragraphs(c, d, r):
    # an English letter from the family: one paragraph per person, the address once below them
    a = c.applicant
    blocks = [
        P(a.full, align="right", after=0),
        P(c.street, align="right", after=0),
        P(f"{c.plz} {c.city}", align="right"),
        Space(6),
    ]
    blocks += recipient(
        [
            "Härtefallkommission NRW",
            "(hardship commission of the state of NRW)",
            "Völklinger Str. 4",
            "40219 Düsseldorf",
        ]
    )
    blocks.append(P(fmt_en(d.date), align="right"))
    blocks.append(
        P(
            "Subject: our request to the Hardship Commission"
            if len(c.persons) > 1
            else "Subject: my request to the Hardship Commission",
            bold=True,
        )
    )
    blocks.append(P("Dear Hardship Commission members,"))
    blocks.append(
        P(
            "With this letter we ask for our case to be taken up by the Commission, and for a recommendation to the foreigners’ office that we may stay. "
            "I write in English so that nothing is misunderstood."
        )
    )
    for i in range(len(c.persons)):
        blocks.append(P(_para_en(c, i, i), indent=10))
    blocks.append(
        P(
            f"{'Our home address, for all of us,' if len(c.persons) > 1 else 'My home address'} is {c.street}, {c.plz} {c.city}."
        )
    )
    heads = {
        "lebensgeschichte": "How I came here",
        "aufenthaltssituation": "Residence status",
        "familie": "Relatives",
        "integration": "Work, language and volunteering",
        "humanitaere_gruende": "Why going back is not possible",
    }
    for topic, sents in _story_en(c, r).items():
        blocks.append(P(heads[topic], bold=True, after=1))
        blocks.append(P(" ".join(sents)))
    blocks.append(P("Many thanks for considering our request."))
    blocks.append(P("Sincerely,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, style(r))


@tpl("antrag", "en_particulars_w21", SPLIT)
def antrag_en_particulars(c, d, r):
    # an English particulars sheet with a statement: a combined "date and place of birth" line
    a = c.applicant
    blocks = [
        P("HARDSHIP APPLICATION (§ 23a AufenthG)", bold=True, size=13, align="center", after=1),
        P("Personal particulars and statement of the applicant", align="center", size=10),
        P(
            "Addressed to the Geschäftsstelle der Härtefallkommission in Düsseldorf (Völklinger Str. 4)",
            size=9,
        ),
        P(f"From: {a.full}, {c.street}, {c.plz} {c.city}", size=9),
        Rule(),
    ]
    roles = {"applicant": "Applicant", "spouse": "Spouse", "child": "Child"}
    for i, p in enumerate(c.persons):
        blocks.append(P(roles[p.role], bold=True, after=1))
        bd = p.geburtsdatum
        date = None if _om(c, i, "geburtsdatum") else f"{N.MONTHS_EN[bd.month - 1]} {bd.day}, {bd.year}"
        place = None if _om(c, i, "geburtsort") else p.geburtsort
        lines = [f"Surname, given names: {_caps(p.name)}, {p.vorname}"]
        if date and place:
            lines.append(f"Date and place of birth: {date}, {place}")
        elif date:
            lines.append(f"Born: {date}")
        elif place:
            lines.append(f"Born in: {place}")
        if not _om(c, i, "staatsangehoerigkeit"):
            lines.append(f"Citizenship: {c.natinfo['en']}")
        for ln in lines:
            blocks.append(P(ln, indent=14, after=0))
        blocks.append(Space(5))
    blocks.append(
        P(f"Current address{' of all persons' if len(c.persons) > 1 else ''}: {c.street}, {c.plz} {c.city}")
    )
    blocks.append(P("Statement", bold=True, size=11.5))
    for n, sents in enumerate(_story_en(c, r).values(), 1):
        blocks.append(P(f"({n}) " + " ".join(sents)))
    blocks.append(
        P("I confirm that the information given above is true and complete to the best of my knowledge.")
    )
    blocks.append(Signature(a.full, f"Place and date of signature: {c.city_or_nrw()}, {fmt_en(d.date)}"))
    return DocSpec(blocks, style(r, "sans"), footer="{p}/{n}")


# ============================ bamf_bescheid ============================


def _g(c) -> dict:
    a = c.applicant
    m = a.sex == "m"
    return {
        "Ast": "Der Antragsteller" if m else "Die Antragstellerin",
        "ast": "der Antragsteller" if m else "die Antragstellerin",
        "er": "er" if m else "sie",
        "Er": "Er" if m else "Sie",
        "ihm": "ihm" if m else "ihr",
        "sein": "sein" if m else "ihr",
        "nat": f"{a.staat}{'er Staatsangehöriger' if m else 'e Staatsangehörige'}",
        "land": c.natinfo["land"],
        "in_land": _land(c, 0),
        "land_obj": _land(c, 1),
        "nach_land": _land(c, 2),
        "entry": fmt(c.entry),
        "applied": fmt(c.asylum_applied),
        "year": c.entry.year,
    }


_DUBLIN_STATES = ["Italien", "Kroatien", "Bulgarien", "Österreich", "Rumänien", "Griechenland"]


def _dublin_state(c) -> str:
    return _DUBLIN_STATES[sum(map(ord, c.bamf_gz)) % len(_DUBLIN_STATES)]


def _tenor(c, variant: int) -> list[str]:
    g = _g(c)
    if c.bamf_tenor != 6:
        ms = _dublin_state(c)
        return [
            "Der Asylantrag wird wegen der Zuständigkeit eines anderen Mitgliedstaats als unzulässig abgelehnt.",
            "Zielstaatsbezogene Verbote der Abschiebung (§ 60 Abs. 5, Abs. 7 Satz 1 AufenthG) sind nicht festzustellen.",
            f"Die Überstellung nach {ms} wird angeordnet; sie erfolgt im Wege der Abschiebung.",
            "Ein Einreiseverbot nach § 11 Abs. 1 AufenthG tritt hinzu; seine Frist endet 15 Monate nach der Überstellung.",
        ]
    if variant == 0:
        return [
            "Den Antrag auf Flüchtlingsschutz lehnt das Bundesamt als offensichtlich unbegründet ab.",
            "Ebenso wird die Asylanerkennung (Art. 16a GG) als offensichtlich unbegründet versagt.",
            "Auch subsidiärer Schutz ist offensichtlich nicht zu gewähren; insoweit wird der Antrag gleichfalls abgelehnt.",
            "Für ein Abschiebungsverbot fehlen die Voraussetzungen (§ 60 Abs. 5, Abs. 7 Satz 1 AufenthG).",
            f"Für die Ausreise hat {g['ast']} eine Woche ab Bekanntgabe Zeit. Verlässt {g['er']} Deutschland nicht fristgerecht, wird die Abschiebung {g['nach_land']} angedroht; zulässig ist sie auch in jeden Staat, der zur Aufnahme bereit oder verpflichtet ist.",
            "Das Einreise- und Aufenthaltsverbot kraft Gesetzes (§ 11 Abs. 1 AufenthG) ist auf 30 Monate nach Vollzug der Abschiebung befristet.",
        ]
    return [
        "Eine Zuerkennung der Flüchtlingseigenschaft erfolgt nicht.",
        "Asyl im Sinne des Grundgesetzes wird nicht gewährt.",
        f"Subsidiären Schutz erhält {g['ast']} ebenfalls nicht.",
        "Es wird festgestellt, dass kein Abschiebungsverbot (§ 60 Abs. 5, Abs. 7 Satz 1 AufenthG) vorliegt.",
        f"Verlangt wird die Ausreise binnen 30 Tagen; wird geklagt, läuft die Frist ab Unanfechtbarkeit. Ohne fristgerechte Ausreise ist die Abschiebung {g['nach_land']} zulässig.",
        "Ein Einreise- und Aufenthaltsverbot ergeht; Grundlage ist § 11 Abs. 1 AufenthG, die Dauer beträgt 30 Monate ab Abschiebung.",
    ]


_REASONS6 = [
    "{Ast}, {nat}, hat {land_obj} eigenen Angaben zufolge {year} verlassen. Die Einreise erfolgte am {entry}, die förmliche Antragstellung beim Bundesamt am {applied}.",
    "In der persönlichen Anhörung schilderte {er}, nach Drohungen durch Angehörige einer bewaffneten Gruppe geflohen zu sein. Zeit, Ort und Urheber dieser Drohungen konnte {er} auch auf Nachfrage nicht näher angeben.",
    "Für den Flüchtlingsstatus fehlt es an einer Verfolgungshandlung, die mit einem der Merkmale aus § 3 Abs. 1 AsylG verknüpft wäre; vorgetragen ist eine solche nicht, erkennbar ebenso wenig.",
    "Glaubhaft ist das Vorbringen im Kern nicht: Zum Reiseweg machte {er} bei der Erstbefragung andere Angaben als später, und auch auf Nachfragen blieb der Bericht blass und arm an Einzelheiten.",
    "Auch § 4 AsylG trägt den Antrag nicht. Dass {ihm} nach der Heimkehr die Todesstrafe, Misshandlung oder willkürliche Gewalt drohen, ist durch nichts belegt.",
    "Gegen ein Abschiebungsverbot spricht, dass die schwierige Versorgungslage {in_land} nicht jeden Rückkehrer gleich trifft: Wer arbeitsfähig ist, kann dort mit Gelegenheitsarbeit und Unterstützung aus dem Umfeld sein Auskommen finden.",
    "Für eine erhebliche konkrete Gefahr (§ 60 Abs. 7 Satz 1 AufenthG) fehlt jeder Anhaltspunkt.",
    "Rechtsgrundlage von Ausreiseaufforderung und Abschiebungsandrohung: § 34 Abs. 1 AsylG zusammen mit § 59 AufenthG.",
    "Das Verbot aus § 11 Abs. 1 AufenthG war anzuordnen und zu befristen (§ 11 Abs. 2, 3 AufenthG). Bindungen im Bundesgebiet, die für eine kürzere Frist sprächen, hat {er} nicht geltend gemacht.",
    "Grundlage der Lagebewertung sind die Berichte des Auswärtigen Amtes sowie die Länderanalysen, die das Bundesamt in seiner Datenbank führt.",
    "Auf einen möglichen internen Schutz kommt es danach nicht mehr an. Unabhängig davon könnte {er} sich auch in anderen Landesteilen niederlassen, in denen keine Gefährdung ersichtlich ist.",
    "Soweit {er} allgemein auf die schwierige Sicherheitslage verwiesen hat, begründet dies keine individuelle Gefahr. Die Gewalt im Herkunftsgebiet erreicht nach den Opferzahlen kein Niveau, das jeden Zivilisten schon wegen seines Aufenthalts dort gefährden würde.",
    "Die vorgelegten Unterlagen sind Kopien ohne Beweiswert; Originale wurden trotz Aufforderung nicht vorgelegt.",
    "Gründe, die für eine Unverhältnismäßigkeit der Entscheidung sprechen könnten, hat {er} auch im Rahmen der Anhörung zu § 11 AufenthG nicht genannt.",
    "Zu berücksichtigen war ferner, dass {er} über Schulbildung und Berufserfahrung verfügt und im Herkunftsland ein soziales Netzwerk besteht, auf das im Bedarfsfall zurückgegriffen werden kann.",
    "Sonstige Umstände, die eine andere Entscheidung rechtfertigen könnten, sind weder vorgetragen noch nach Aktenlage ersichtlich.",
]
_REASONS4 = [
    "{Ast} ist {nat} und stellte am {applied} im Bundesgebiet einen Asylantrag.",
    "Laut EURODAC-Abgleich sind die Fingerabdrücke bereits in {ms} als schutzsuchende Person erfasst (Kategorie 1); dort hatte {er} schon um Schutz nachgesucht.",
    "Das Übernahmeersuchen vom Bundesamt beantworteten die Behörden in {ms} nicht fristgerecht; damit gilt die Zuständigkeit als anerkannt.",
    "Unzulässig ist der Antrag deshalb gemäß § 29 Abs. 1 Nr. 1 AsylG. Außergewöhnliche humanitäre Gründe für einen Selbsteintritt Deutschlands sind nicht vorgetragen worden.",
    "Systemische Schwachstellen des Asylverfahrens und der Aufnahmebedingungen in {ms} sind nach den vorliegenden Erkenntnissen nicht anzunehmen.",
    "Die Abschiebungsanordnung beruht auf § 34a Abs. 1 Satz 1 AsylG; Hindernisse, die der Überstellung entgegenstehen, sind nicht ersichtlich.",
    "15 Monate als Frist des Verbots sind ermessensgerecht.",
]


def _bamf_reasons(c, d) -> list[str]:
    g = _g(c)
    if c.bamf_tenor != 6:
        g["ms"] = _dublin_state(c)
        pool = _REASONS4
    else:
        pool = _REASONS6
    n = d.extra.get("bamf_reasons", 6) + 2
    return [pool[i % len(pool)].format(**g) for i in range(n)]


def _rbb(c) -> str:
    court = c.court_name or f"Verwaltungsgericht {N.COURTS[sum(map(ord, c.bamf_gz)) % len(N.COURTS)]}"
    days = "einer Woche" if c.bamf_tenor != 6 else "zwei Wochen"
    return (
        f"Rechtsbehelfsbelehrung: Gegen den Bescheid ist die Klage zum {court} statthaft. Sie muss binnen {days} ab Zustellung "
        "dort eingehen, schriftlich oder mündlich bei der Rechtsantragstelle des Gerichts. Der Tag der Zustellung setzt die Frist in Lauf."
    )


@tpl("bamf_bescheid", "tabellentenor_w21", SPLIT)
def bamf_tabellentenor(c, d, r):
    # reference table at the top right, the person as a table, the Tenor as a borderless two-column table
    a = c.applicant
    site = c.bamf_site
    place = site[2].split(" ", 1)[1]
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, size=12, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8, after=8),
        Table(
            [["Geschäftszeichen", c.bamf_gz], ["Datum", fmt(d.date)], ["Ort", place]],
            [0.3, 0.4],
            header=False,
            grid=False,
            size=8.5,
        ),
    ]
    blocks += recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
    blocks.append(P("Bescheid", bold=True, size=15, after=2))
    blocks.append(P("zum Schutzersuchen nach dem Asylgesetz", size=10))
    blocks.append(P("Antragstellende Person:", bold=True, after=2))
    blocks.append(
        Table(
            [
                ["Familienname", _caps(a.name)],
                ["Vorname", a.vorname],
                ["Geburtsdatum / -ort", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["AZR-Nummer", f"{r.randint(10**11, 10**12 - 1)}"],
            ],
            [0.35, 0.65],
            header=False,
        )
    )
    blocks.append(P("Entscheidungsformel", bold=True))
    blocks.append(
        Table([[f"{i}.", t] for i, t in enumerate(_tenor(c, 0), 1)], [0.07, 0.93], header=False, grid=False)
    )
    blocks.append(P("Begründung", bold=True, size=12))
    reasons = _bamf_reasons(c, d)
    half = max(1, len(reasons) // 3)
    blocks.append(P("I.", bold=True, after=2))
    blocks += [P(x) for x in reasons[:half]]
    blocks.append(P("II.", bold=True, after=2))
    blocks += [P(x) for x in reasons[half:]]
    blocks.append(P(_rbb(c)))
    blocks += [
        P("Im Auftrag", after=16),
        P(r.choice(["Baumgart", "Özkan", "Reinholz", "Tiedemann"]), after=1),
        P("Einzelentscheider/in", size=9),
    ]
    return DocSpec(
        blocks, style(r, "sans"), footer="Seite {p} von {n}", header=f"Geschäftszeichen {c.bamf_gz}"
    )


@tpl("bamf_bescheid", "ziffern_w21", SPLIT)
def bamf_ziffern(c, d, r):
    # centered authority head, "betreffend" line with the person, Tenor points as "Ziffer n:" paragraphs
    a = c.applicant
    site = c.bamf_site
    place = site[2].split(" ", 1)[1]
    blocks = [
        P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=11.5, align="center", after=1),
        P(f"{site[0]}", align="center", size=9, after=0),
        P(f"Postanschrift: {site[1]}, {site[2]}", align="center", size=8.5),
        Rule(1.0),
        P(f"Gesch.-Z.: {c.bamf_gz} (bitte bei allen Schreiben angeben)", size=9, after=0),
        P(f"{place}, den {fmt_long(d.date)}", align="right"),
    ]
    blocks += recipient(
        [a.herr_frau(), "c/o " + c.rep.org, c.rep.street, c.rep.city]
        if c.rep is not None and c.rep.kind == "anwalt"
        else [a.herr_frau(), c.street, f"{c.plz} {c.city}"]
    )
    blocks.append(P("– Bescheid –", bold=True, size=13, align="center"))
    blocks.append(
        P(
            f"betreffend {_caps(a.name)}, {a.vorname}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}, "
            f"derzeit wohnhaft {c.adresse}"
        )
    )
    blocks.append(P("Auf den Asylantrag ergeht folgende Entscheidung:"))
    for i, t in enumerate(_tenor(c, 1), 1):
        blocks.append(P(f"Ziffer {i}: {t}", indent=16))
    blocks.append(P("Gründe", bold=True, size=12, align="center"))
    for i, x in enumerate(_bamf_reasons(c, d), 1):
        blocks.append(P(f"{i}. {x}"))
    blocks.append(P(_rbb(c), size=9.5))
    blocks += [P("Im Auftrag", after=16), P(r.choice(["Kowalczyk", "Hense", "Mertens", "Wiechert"]), after=2)]
    return DocSpec(blocks, style(r, "serif"), footer=f"{c.bamf_gz} · Seite {{p}} von {{n}}")


@tpl("bamf_bescheid", "bescheidvom_w21", SPLIT)
def bamf_bescheidvom(c, d, r):
    # the date in the title ("Bescheid vom …"), a delivery note, the persons' data as indented lines
    a = c.applicant
    site = c.bamf_site
    blocks = [
        Box(["Bundesamt für Migration und Flüchtlinge", f"{site[0]}", f"{site[1]}, {site[2]}"], size=9),
        P("Zugestellt per PZU", size=8.5, font="italic"),
    ]
    blocks += recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
    blocks.append(P(f"Bescheid vom {fmt(d.date)}", bold=True, size=13))
    blocks.append(P(f"Geschäftszeichen: {c.bamf_gz}", bold=True))
    blocks.append(P("im Asylverfahren von", after=2))
    for line in (
        f"Name, Vorname: {_caps(a.name)}, {a.vorname}",
        f"geboren: {fmt(a.geburtsdatum)} in {a.geburtsort}",
        f"Staatsangehörigkeit: {a.staat}",
    ):
        blocks.append(P(line, indent=24, after=0))
    blocks.append(Space(8))
    blocks.append(P("Tenor", bold=True))
    for i, t in enumerate(_tenor(c, 0 if r.random() < 0.5 else 1), 1):
        blocks.append(P(f"({i})  {t}", indent=8))
    blocks.append(P("Begründung", bold=True))
    reasons = _bamf_reasons(c, d)
    subs = ["A. Sachverhalt", "B. Bewertung", "C. Nebenentscheidungen"]
    cut = [0, max(1, len(reasons) // 4), max(2, (len(reasons) * 3) // 4), len(reasons)]
    for j, head in enumerate(subs):
        blocks.append(P(head, bold=True, after=2))
        blocks += [P(x) for x in reasons[cut[j] : cut[j + 1]]]
    blocks.append(P(_rbb(c)))
    blocks += [
        P("Im Auftrag", after=14),
        P(r.choice(["Lindqvist", "Brückner", "Hadžić", "Pohlmann"]), after=1),
        P("(maschinell erstellt, ohne Unterschrift gültig)", size=8),
    ]
    return DocSpec(
        blocks,
        style(r, "cond"),
        footer="Seite {p} von {n}",
        header=f"Gesch.-Z. {c.bamf_gz} – Bescheid vom {fmt(d.date)}",
    )


# ============================ aerztliches_gutachten ============================


def _practice_lines(c, r) -> list[str]:
    street = f"{N.STREETS[sum(map(ord, c.practice)) % len(N.STREETS)]} {sum(map(ord, c.doctor)) % 70 + 1}"
    return [
        c.practice,
        street,
        c.court_city_plz(),
        f"Telefon 0{r_digits(c.practice)} · Fax -{r.randint(10, 99)}",
    ]


_MEDS_BY_CODE = {
    "E11": ["Metformin 1000 mg 1-0-1", "Sitagliptin 100 mg 1-0-0"],
    "I10": ["Ramipril 5 mg 1-0-0", "Amlodipin 5 mg 0-0-1"],
    "G40": ["Levetiracetam 500 mg 1-0-1", "Lamotrigin 100 mg 1-0-1"],
    "N18": ["Calciumacetat 500 mg 1-1-1", "Torasemid 10 mg 1-0-0"],
}


def _meds(c, r, n: int) -> list[str]:
    """Medication that fits the diagnosis (psychiatric ones from the shared list)."""
    own = _MEDS_BY_CODE.get(c.diagnosis[0][:3])
    pool = own or [
        m
        for m in N.MEDICATION
        if m.split()[0] in ("Sertralin", "Mirtazapin", "Quetiapin", "Venlafaxin", "Prazosin")
    ]
    return r.sample(pool, min(n, len(pool)))


def _psych(c) -> bool:
    return c.diagnosis[0].startswith("F")


def _ill(c):
    return c.persons[c.ill_person]


_FINDINGS_PSY = [
    "bewusstseinsklar und orientiert, zurückhaltend im Kontakt; Grundstimmung depressiv, affektiv wenig schwingungsfähig, antriebsarm",
    "Konzentration und Merkfähigkeit im Gespräch reduziert, ausgeprägte Schreckhaftigkeit, Vermeidungsverhalten",
    "Ein- und Durchschlafstörungen mit nächtlichem Hochschrecken, wiederkehrende belastende Erinnerungen",
]
_FINDINGS_SOM = [
    "Allgemeinzustand reduziert, Laborwerte im Verlauf nur unzureichend eingestellt",
    "wiederholte Vorstellungen wegen Verschlechterung, engmaschige Kontrollen erforderlich",
    "ohne regelmäßige Medikamenteneinnahme ist mit einer raschen Dekompensation zu rechnen",
]


@tpl("aerztliches_gutachten", "befundbericht_w21", SPLIT)
def med_befundbericht(c, d, r):
    # a practice's "Befundbericht" for the authorities; its date stands only next to the signature
    p = _ill(c)
    code, name, sev = c.diagnosis
    since = c.entry + timedelta(days=r.randint(200, 500))
    blocks = letterhead(r, _practice_lines(c, r), kind=r.choice([0, 2]))
    blocks += [
        P("Befundbericht", bold=True, size=14, after=1),
        P("zur Vorlage bei der Härtefallkommission bzw. den zuständigen Behörden", size=9.5),
        P(f"Patient/in: {_caps(p.name)}, {p.vorname} – geb. {fmt(p.geburtsdatum)} – wohnhaft {c.adresse}"),
        P("Vorstellungsanlass", bold=True, after=1),
        P(
            f"Behandlung in unserer Praxis seit {month_year(since)}; die Vorstellung erfolgte zunächst über die Hausärztin."
        ),
        P("Diagnose (verschlüsselt nach ICD-10-GM)", bold=True, after=1),
        P(f"{code}  {name}", indent=12),
        P("Erhobene Befunde", bold=True, after=1),
        P("; ".join(r.sample(_FINDINGS_PSY if _psych(c) else _FINDINGS_SOM, 2)) + "."),
        P(
            f"Grundlage: {r.randint(6, 30)} Konsultationen, ausführliche Anamnese mit Sprachmittlung, "
            + (
                "standardisierte Fragebögen (PCL-5, BDI-II)."
                if _psych(c)
                else "körperliche Untersuchung und Laborkontrollen."
            )
        ),
        P("Ausprägung und Verlauf", bold=True, after=1),
        P(
            f"Das Krankheitsbild ist als {sev} einzustufen. Der Verlauf ist {r.choice(['wechselhaft', 'trotz Behandlung nur langsam rückläufig', 'chronifiziert'])}."
        ),
        P("Aktuelle Medikation", bold=True, after=1),
        P(" / ".join(_meds(c, r, 2)), indent=12),
        P("Beurteilung", bold=True, after=1),
        P(
            "Die Behandlung muss fortgeführt werden. Ein Therapieabbruch, wie ihn eine Rückführung bedeuten würde, "
            "ließe eine erhebliche Zustandsverschlechterung erwarten."
        ),
    ]
    blocks.append(Signature(f"{c.doctor}", f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r))


@tpl("aerztliches_gutachten", "arztbrief_w21", SPLIT)
def med_arztbrief(c, d, r):
    # a letter to the family doctor ("Sehr geehrte Frau Kollegin") with a consultation date before the letter date
    p = _ill(c)
    code, name, sev = c.diagnosis
    seen = d.date - timedelta(days=r.randint(3, 16))
    gp = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = letterhead(r, _practice_lines(c, r), kind=r.choice([1, 3]))
    blocks += recipient([f"Praxis {gp}", "Hausärztliche Praxis", c.court_city_plz()])
    blocks += [
        P(f"Datum: {fmt(d.date)}", align="right"),
        P(f"Arztbrief – {_caps(p.name)}, {p.vorname}, * {fmt(p.geburtsdatum)}", bold=True),
        P("Liebe Kollegin, lieber Kollege,"),
        P(
            f"wir berichten über {'Herrn ' + p.full + ', der' if p.sex == 'm' else 'Frau ' + p.full + ', die'} sich am {fmt(seen)} erneut in unserer Sprechstunde vorstellte. "
            "Der Bericht ergeht mit Einverständnis des Patienten auch zur Vorlage bei Behörden."
        ),
        P("Diagnosen:", bold=True, after=1),
        P(f"– {name} ({code})", indent=10, after=1),
        P(
            f"– Zustand nach {r.choice(['Anpassungsstörung', 'Gewichtsverlust', 'Schlafstörungen'])}, anamnestisch",
            indent=10,
        ),
        P("Anamnese:", bold=True, after=1),
        P(
            f"Seit {month_year(c.entry + timedelta(days=300))} in Behandlung. Aktuell berichtet der Patient von "
            + (
                "anhaltender Niedergeschlagenheit, Albträumen und Angst, das Haus zu verlassen."
                if _psych(c)
                else "zunehmender Erschöpfung und wiederkehrenden Beschwerden trotz Medikation."
            )
        ),
        P("Befund:", bold=True, after=1),
        P(r.choice(_FINDINGS_PSY if _psych(c) else _FINDINGS_SOM) + f". Schweregrad: {sev}."),
        P("Procedere:", bold=True, after=1),
        P(
            f"Fortsetzung der Therapie mit {_meds(c, r, 1)[0]}; "
            + ("wöchentliche Psychotherapie. " if _psych(c) else "Kontrolle in vier Wochen. ")
            + "Die Behandlung sollte aus unserer Sicht keinesfalls unterbrochen werden."
        ),
        P("Kollegiale Grüße"),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("aerztliches_gutachten", "qualifiziert_w21", SPLIT)
def med_qualifiziert(c, d, r):
    # a certificate built along § 60a Abs. 2c AufenthG; the date of issue is at the end
    p = _ill(c)
    code, name, sev = c.diagnosis
    blocks = [P(x, size=9, after=0) for x in _practice_lines(c, r)] + [Space(10)]
    blocks += [
        P("Ärztliche Bescheinigung (qualifiziert)", bold=True, size=13, after=1),
        P("nach den Anforderungen von § 60a Abs. 2c AufenthG – Attest für Behörden", size=9.5),
        P(f"für {p.full} (geb. {fmt(p.geburtsdatum)}, {c.adresse})"),
    ]
    parts = [
        (
            "a) Tatsächliche Umstände",
            f"Behandlung seit {month_year(c.entry + timedelta(days=r.randint(150, 700)))}, zuletzt {r.choice(['wöchentlich', '14-täglich', 'monatlich'])}.",
        ),
        (
            "b) Methode der Tatsachenerhebung",
            "Persönliche Untersuchungen, Fremdanamnese, "
            + ("psychometrische Testung." if _psych(c) else "Labor- und Verlaufskontrollen."),
        ),
        ("c) Diagnose", f"{name}, ICD-10 {code}."),
        (
            "d) Schweregrad",
            f"{sev[0].upper()}{sev[1:]}; "
            + r.choice(
                ["keine Besserung in den letzten Monaten.", "Besserung nur unter fortgesetzter Therapie."]
            ),
        ),
        ("e) Medikation und Therapie", ", ".join(_meds(c, r, 2)) + "."),
        (
            "f) Folgen bei Abbruch der Behandlung",
            "Zu erwarten ist eine erhebliche Verschlechterung; im Herkunftsland wäre die nötige Versorgung nicht sichergestellt.",
        ),
    ]
    for head, text in parts:
        blocks.append(P(head, bold=True, after=1))
        blocks.append(P(text, indent=12))
    blocks.append(P(f"Ausgestellt am {fmt(d.date)}", align="right"))
    blocks.append(Signature(c.doctor))
    return DocSpec(blocks, style(r, "serif"))


# ============================ vollmacht ============================


@tpl("vollmacht", "kurzform_w21", SPLIT)
def vollmacht_kurzform(c, d, r):
    # a short printed form with tick boxes for the scope
    a = c.applicant
    rp = c.rep
    blocks = [
        P("Vollmacht (Kurzform)", bold=True, size=13),
        P(f"Vollmachtgeber/in: {a.full}, {c.adresse}"),
        P(
            f"bevollmächtigt: {_rep_name(c)}"
            + (f", handelnd durch {rp.person}" if rp.kind != "privat" else "")
            + f", {rp.street}, {rp.city}"
        ),
        P("zur Vertretung in folgenden Angelegenheiten:", after=2),
        P("[x] Härtefalleingabe bei der Kommission des Landes NRW", indent=12, after=1),
        P("[x] Schriftverkehr mit der Geschäftsstelle und der Ausländerbehörde", indent=12, after=1),
        P("[x] Einsicht in die Ausländerakte", indent=12, after=1),
        P("[ ] Empfang von Geldzahlungen", indent=12),
        P(
            "Sie gilt auch für die Familienmitglieder, die im Antrag stehen."
            if len(c.persons) > 1
            else "Ich kann diese Vollmacht jederzeit zurückziehen."
        ),
        Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, r.choice(["sans", "cond"])))


@tpl("vollmacht", "familie_w21", SPLIT)
def vollmacht_familie(c, d, r):
    # the whole family authorises, every adult signs on a line of its own
    rp = c.rep
    adults = [p for p in c.persons if p.role != "child"]
    blocks = letterhead(r, _rep_lines(c), kind=r.choice([0, 1]))
    blocks += [
        P("Bevollmächtigung", bold=True, size=13),
        P(
            f"Wir, die unterzeichnenden Mitglieder der Familie {c.applicant.name}, wohnhaft {c.adresse}, beauftragen und bevollmächtigen "
            f"{_rep_name(c)} ({rp.street}, {rp.city}), {'uns und unsere minderjährigen Kinder' if c.children() else 'uns'} gegenüber der Härtefallkommission "
            "Nordrhein-Westfalen zu vertreten. Die Bevollmächtigung umfasst die Antragstellung, Erklärungen und Nachreichungen sowie "
            "den Empfang der Post der Geschäftsstelle."
            if len(adults) > 1
            else f"Ich, {c.applicant.full}, wohnhaft {c.adresse}, beauftrage und bevollmächtige {_rep_name(c)} ({rp.street}, {rp.city}), "
            "mich gegenüber der Härtefallkommission Nordrhein-Westfalen zu vertreten. Dies umfasst die Antragstellung, Erklärungen und "
            "Nachreichungen sowie den Empfang der Post der Geschäftsstelle."
        ),
        P("Die Bevollmächtigten dürfen Untervollmacht erteilen.", size=9.5),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}"),
    ]
    for p in adults:
        blocks.append(Signature(p.full))
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "schlicht_w21", SPLIT)
def vollmacht_schlicht(c, d, r):
    # plain words, written by the family at home
    a = c.applicant
    blocks = [
        P(f"{a.full}", after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}"),
        Space(12),
        P("Vollmacht", bold=True, size=12),
        P(
            typos(
                f"Ich erlaube {_rep_name(c)}, für mich bei der Härtefallkommission in Düsseldorf alles zu erledigen, was für meinen Antrag nötig ist. "
                f"Die Briefe sollen an {c.rep.street}, {c.rep.city} geschickt werden. Das gilt so lange, bis ich es zurücknehme.",
                r,
                0.03,
            )
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, style(r, "mono"))


# ============================ schweigepflichtsentbindung ============================


def _signer_for(c, p) -> str:
    if p.role == "child":
        return f"{c.applicant.full} als Elternteil von {p.vorname}"
    return p.full


@tpl("schweigepflichtsentbindung", "ankreuz_w21", SPLIT)
def schweige_ankreuz(c, d, r):
    # tick boxes for the recipients of the information
    p = _ill(c)
    blocks = [
        P("Schweigepflichtentbindung (Ankreuzformular)", bold=True, size=13, after=1),
        P("Formular zum Härtefallverfahren", size=9),
        Table(
            [
                ["Patient/in", f"{p.full}, geb. {fmt(p.geburtsdatum)}"],
                ["Behandelnde Stelle", f"{c.doctor}, {c.practice}"],
            ],
            [0.3, 0.7],
            header=False,
        ),
        P("Ich entbinde die oben genannte Stelle von der Schweigepflicht gegenüber", after=2),
        P("[x] der Geschäftsstelle der Härtefallkommission NRW", indent=12, after=1),
        P("[x] den Mitgliedern der Härtefallkommission", indent=12, after=1),
        P("[x] dem ärztlichen Dienst, den die Kommission beauftragt", indent=12, after=1),
        P("[ ] sonstigen Stellen: ____________________", indent=12),
        P(
            "Die Entbindung betrifft Diagnosen, Befunde, Therapie und Prognose und gilt bis zum Abschluss des Verfahrens.",
            size=9.5,
        ),
        Signature(_signer_for(c, p), f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "praxisformular_w21", SPLIT)
def schweige_praxisformular(c, d, r):
    # the practice's own form on its letterhead
    p = _ill(c)
    blocks = letterhead(r, _practice_lines(c, r)[:3], kind=2) + [
        P("Schweigepflichtentbindungserklärung – Formular der Praxis", bold=True, size=12),
        P(
            f"Hiermit entbinde ich, {p.full}, geboren am {fmt(p.geburtsdatum)}, {c.doctor} und das Praxisteam von der ärztlichen "
            "Schweigepflicht, soweit die NRW-Härtefallkommission oder ihre Geschäftsstelle Auskünfte zu meiner "
            "Erkrankung und Behandlung benötigt."
        ),
        P(
            "Diese Erklärung kann ich für die Zukunft zurücknehmen; ein formloses Schreiben an die Praxis genügt."
        ),
        Signature(_signer_for(c, p), f"{c.city_or_nrw()}, {fmt(d.date)}"),
        P("Von der Praxis auszufüllen: Original zur Akte, Kopie an Patient/in", size=8),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "zweisprachig_w21", SPLIT)
def schweige_zweisprachig(c, d, r):
    # German and English side by side in a table
    p = _ill(c)
    blocks = [
        P("Schweigepflichtsentbindung / Release from medical confidentiality", bold=True, size=12),
        Table(
            [
                ["Deutsch", "English"],
                [
                    f"Ich, {p.full}, befreie {c.doctor} ({c.practice}) gegenüber der Härtefallkommission NRW von der ärztlichen Schweigepflicht.",
                    f"I, {p.full}, release {c.doctor} from the duty of confidentiality as far as the NRW hardship commission is concerned.",
                ],
                [
                    "Mitgeteilt werden dürfen Diagnosen, Befunde und der Behandlungsverlauf.",
                    "Diagnoses, findings and the course of treatment may be disclosed.",
                ],
                ["Widerruf ist jederzeit möglich.", "I may withdraw this release at any time."],
            ],
            [0.5, 0.5],
        ),
        P(f"geb. / born: {fmt(p.geburtsdatum)}"),
        Signature(_signer_for(c, p), f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ datenschutzeinwilligung ============================


@tpl("datenschutzeinwilligung", "janein_w21", SPLIT)
def ds_janein(c, d, r):
    # a printout of an online form: yes/no columns, the birth date in ISO form
    a = c.applicant
    blocks = [
        P("Online-Einwilligung: Verarbeitung meiner Daten", bold=True, size=12.5),
        P(f"Name: {a.full}    Geburtsdatum: {a.geburtsdatum.isoformat()}", size=10),
        Table(
            [
                ["Erklärung", "ja", "nein"],
                [
                    "Die Geschäftsstelle der Härtefallkommission darf meine Angaben und Unterlagen speichern und bearbeiten.",
                    "[x]",
                    "[ ]",
                ],
                [
                    "Weitergabe an Kommissionsmitglieder sowie an die zuständige Ausländerbehörde ist erlaubt.",
                    "[x]",
                    "[ ]",
                ],
                [
                    "Eingeschlossen sind Gesundheitsangaben und sonstige Daten im Sinne von Art. 9 DSGVO.",
                    "[x]",
                    "[ ]",
                ],
            ],
            [0.76, 0.12, 0.12],
        ),
        P("Widerruf: jederzeit, mit Wirkung nur für später; frühere Verarbeitung bleibt wirksam.", size=9.5),
        Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
        P(f"Formular erzeugt am {d.date.isoformat()} · Version 3.2", size=7),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("datenschutzeinwilligung", "hinweise_w21", SPLIT)
def ds_hinweise(c, d, r):
    # the information under Art. 13 DSGVO first, the consent and signature under it
    a = c.applicant
    info = [
        (
            "Verantwortliche Stelle",
            "Geschäftsstelle der Härtefallkommission (Landesministerium), Völklinger Str. 4, 40219 Düsseldorf.",
        ),
        (
            "Zweck",
            "Prüfung, ob die Kommission sich mit Ihrem Anliegen befasst, und Vorbereitung ihrer Beratung.",
        ),
        (
            "Empfänger",
            "Mitglieder der Härtefallkommission, die zuständige Ausländerbehörde, bei Bedarf ein beauftragter ärztlicher Dienst.",
        ),
        (
            "Speicherdauer",
            "Nach dem Ende des Verfahrens wird die Akte gemäß den Aufbewahrungsfristen vernichtet.",
        ),
        (
            "Ihre Rechte",
            "Sie können Auskunft verlangen, falsche Daten korrigieren oder löschen lassen und die Verarbeitung begrenzen. Beschweren können Sie sich bei der LDI NRW, der Aufsichtsbehörde für den Datenschutz.",
        ),
    ]
    blocks = [P("Informationen nach Art. 13 DSGVO – mit Einwilligungserklärung", bold=True, size=13)]
    for head, text in info:
        blocks.append(P(head, bold=True, after=1))
        blocks.append(P(text, indent=10))
    blocks += [
        Rule(0.5),
        P(
            f"Ich, {a.full}, habe diese Informationen zur Kenntnis genommen. Einverstanden bin ich damit, dass meine Angaben sowie "
            "jene der im Antrag genannten Angehörigen für das Härtefallverfahren genutzt werden; ein Widerruf bleibt mir jederzeit möglich."
        ),
        Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("datenschutzeinwilligung", "unterschriftenliste_w21", SPLIT)
def ds_unterschriftenliste(c, d, r):
    # every adult of the family signs in a table; the parents sign for the children
    adults = [p for p in c.persons if p.role != "child"]
    rows = [["Name, Vorname", "Unterschrift"]] + [[f"{_caps(p.name)}, {p.vorname}", ""] for p in adults]
    blocks = [
        P("Erklärung zur Datenverarbeitung im Härtefallverfahren", bold=True, size=12),
        P(
            "Mit unserer Unterschrift erlauben wir der Geschäftsstelle, unsere Angaben zu speichern, auszuwerten und den am "
            "Verfahren beteiligten Behörden zu übermitteln (Art. 9 Abs. 2 lit. a sowie Art. 6 Abs. 1 lit. a DSGVO). "
            "Ein Widerruf ist gegenüber der Geschäftsstelle möglich."
        ),
        Table(rows, [0.5, 0.5]),
    ]
    if c.children():
        blocks.append(P("Für die minderjährigen Kinder unterschreiben die Sorgeberechtigten.", size=9))
    blocks.append(P(f"Ort, Datum: {c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r))


# ============================ lebenslauf ============================


def _mm(d) -> str:
    return d.strftime("%m/%Y")


@tpl("lebenslauf", "europass_w21", SPLIT)
def cv_europass(c, d, r):
    # a CV in the European format: personal data, experience, education, a language grid
    a = c.applicant
    by = a.geburtsdatum.year
    blocks = [
        P("Lebenslauf", bold=True, size=16, after=2),
        P("Angaben zur Person", bold=True, size=11),
        Table(
            [
                ["Name", f"{a.vorname} {_caps(a.name)}"],
                ["Adresse", c.adresse],
                [
                    "Geburtsdatum",
                    f"{a.geburtsdatum.day:02d}/{a.geburtsdatum.month:02d}/{a.geburtsdatum.year}",
                ],
                ["Geburtsort", a.geburtsort],
                ["Staatsangehörigkeit", a.staat],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P("Berufserfahrung", bold=True, size=11),
    ]
    rows = []
    if c.job:
        rows.append([f"seit {_mm(c.entry + timedelta(days=800))}", f"{c.job}, {c.employer}"])
    rows.append(
        [
            f"{by + 16} – {c.entry.year - 1}",
            f"Hilfstätigkeiten {_land(c, 0)} ({r.choice(['Handel', 'Landwirtschaft', 'Handwerk'])})",
        ]
    )
    blocks.append(Table(rows, [0.3, 0.7], header=False, grid=False))
    blocks.append(P("Schul- und Berufsbildung", bold=True, size=11))
    edu = [
        [f"{by + 6} – {by + 15}", f"Schulbesuch in {a.geburtsort}"],
        [_mm(c.entry + timedelta(days=200)), "Integrationskurs (600 UE Sprache, 100 UE Orientierung)"],
    ]
    blocks.append(Table(edu, [0.3, 0.7], header=False, grid=False))
    blocks.append(P("In Deutschland", bold=True, size=11))
    de = [[fmt(c.entry), "Einreise (Bundesrepublik Deutschland)"]]
    if c.asylum:
        de.append([fmt(c.asylum_applied), "Asylantrag beim Bundesamt für Migration und Flüchtlinge"])
    else:
        de.append([str(c.entry.year), f"Aufenthaltserlaubnis zum Zweck {c.visa_purpose}"])
    de.append([f"seit {c.entry.year + 1}", f"wohnhaft in {c.city_or_nrw()}"])
    blocks.append(Table(de, [0.3, 0.7], header=False, grid=False))
    blocks.append(P("Sprachen", bold=True, size=11))
    blocks.append(
        Table(
            [
                ["Sprache", "Verstehen", "Sprechen", "Schreiben"],
                ["Deutsch", "B1", "B1", "A2"],
                ["Englisch", "A2", "A2", "A1"],
            ],
            [0.31, 0.23, 0.23, 0.23],
        )
    )
    blocks.append(P(f"{c.city_or_nrw()}, {fmt(d.date)}", size=9))
    return DocSpec(blocks, style(r, "sans"))


@tpl("lebenslauf", "ichform_w21", SPLIT)
def cv_ichform(c, d, r):
    # a CV written in the first person, years left, sentences right
    a = c.applicant
    rows = [
        [fmt(a.geburtsdatum), f"Ich werde in {a.geburtsort} geboren."],
        [
            f"{a.geburtsdatum.year + 6} bis {a.geburtsdatum.year + 14}",
            "Ich gehe zur Schule und helfe nachmittags in der Familie.",
        ],
        [
            f"ab {a.geburtsdatum.year + 15}",
            f"Ich arbeite {r.choice(['beim Bäcker im Viertel', 'als Helfer auf dem Bau', 'auf dem Feld meines Onkels'])}.",
        ],
        [month_year(c.entry), f"Ich komme nach Deutschland (Einreise am {fmt(c.entry)})."],
    ]
    if c.asylum:
        rows.append([month_year(c.asylum_applied), "Ich stelle einen Asylantrag."])
    rows.append([str(c.entry.year + 1), "Ich besuche den Integrationskurs und lerne Deutsch."])
    if c.job:
        rows.append([f"seit {c.entry.year + 2}", f"Ich arbeite als {c.job}."])
    blocks = [
        P(f"Lebenslauf von {a.full}", bold=True, size=14),
        P(f"{c.adresse}", size=9.5),
        Table(rows, [0.28, 0.72], header=False, grid=False),
        Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, r.choice(["serif", "sans"])))


# ============================ sprachnachweis ============================


@tpl("sprachnachweis", "ergebnis_w21", SPLIT)
def sprach_ergebnis(c, d, r):
    # a test centre's result sheet with points per part
    a = c.applicant
    exam = d.date - timedelta(days=r.randint(25, 50))
    parts = [
        ("Hören", r.randint(12, 20), 20),
        ("Lesen", r.randint(13, 25), 25),
        ("Schreiben", r.randint(12, 20), 20),
        ("Sprechen", r.randint(60, 100), 100),
    ]
    blocks = [
        P(f"Prüfzentrum Sprachwerk {c.city_or_nrw()} gGmbH", bold=True, after=0),
        P("Lizenziertes Prüfungszentrum", size=8.5),
        Rule(),
        P("Deutsch-Test für Zuwanderer – Mitteilung der Punktwerte", bold=True, size=12.5),
        P(f"Name der geprüften Person: {a.full}, Geburtsdatum {fmt(a.geburtsdatum)}"),
        P(f"Prüfungstermin: {fmt(exam)}"),
        Table(
            [["Prüfungsteil", "Punkte", "max."]] + [[n, str(p), str(mx)] for n, p, mx in parts],
            [0.5, 0.25, 0.25],
        ),
        P("Erreichtes Sprachniveau nach dem Gemeinsamen Europäischen Referenzrahmen: B1", bold=True),
        P("Das Zertifikat wird gesondert zugestellt.", size=9),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", size=9.5),
    ]
    return DocSpec(blocks, style(r))


@tpl("sprachnachweis", "berufssprachkurs_w21", SPLIT)
def sprach_berufssprachkurs(c, d, r):
    # a job-related language course with its final exam
    a = c.applicant
    start = d.date - timedelta(days=r.randint(200, 300))
    blocks = letterhead(
        r,
        [
            f"Bildungswerk Brückenschlag {c.city_or_nrw()}",
            "Träger von Berufssprachkursen",
            f"{N.STREETS[len(a.name) % len(N.STREETS)]} {len(a.vorname) + 3}",
        ],
        kind=1,
    ) + [
        P("Teilnahmebescheinigung – Berufssprachkurs", bold=True, size=12.5),
        P(
            f"{a.herr_frau()} hat vom {fmt(start)} bis {fmt(d.date - timedelta(days=14))} am Berufssprachkurs Zielniveau B2 "
            "(500 Unterrichtseinheiten) teilgenommen."
        ),
        P("Abschlussprüfung: Deutsch-Test für den Beruf B2 – bestanden (Sprachniveau B2)."),
        P("Fehlzeiten: unter 10 %. Die Teilnahme war regelmäßig und engagiert."),
        Signature("Kursleitung / Verwaltung", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


# ============================ arbeitsnachweis ============================


def _employer_head(c, r) -> list:
    emp = c.employer
    street = f"{N.STREETS[len(emp) % len(N.STREETS)]} {len(emp) % 40 + 2}"
    return letterhead(r, [emp, street, c.court_city_plz(), "Personalabteilung"], kind=r.choice([0, 2, 3]))


@tpl("arbeitsnachweis", "arbeitgeberbescheinigung_w21", SPLIT)
def arbeit_bescheinigung(c, d, r):
    # the employer certifies the current employment in a table
    a = c.applicant
    start = c.entry + timedelta(days=r.randint(500, 900))
    blocks = _employer_head(c, r) + [
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Bescheinigung über ein bestehendes Arbeitsverhältnis", bold=True, size=12.5),
        P(f"Hiermit bestätigen wir, dass {a.herr_frau()}, wohnhaft {c.adresse}, bei uns beschäftigt ist:"),
        Table(
            [
                ["beschäftigt seit", fmt(start)],
                ["Tätigkeit", c.job],
                ["Wochenarbeitszeit", f"{r.choice([30, 35, 38.5, 40])} Stunden"],
                ["Bruttomonatsentgelt", f"{r.randint(1750, 2950)},00 EUR"],
                [
                    "Art des Vertrags",
                    r.choice(["unbefristet", "befristet bis 31.12." + str(d.date.year + 1)]),
                ],
            ],
            [0.4, 0.6],
            header=False,
        ),
        P(
            "Ausgestellt auf Bitte unserer Mitarbeiterin bzw. unseres Mitarbeiters für die Ausländerbehörde und andere Stellen."
        ),
        Signature("i. A. Personalabteilung"),
    ]
    return DocSpec(blocks, style(r))


@tpl("arbeitsnachweis", "einstellungszusage_w21", SPLIT)
def arbeit_zusage(c, d, r):
    # a job offer that waits for the foreigners' authority's permission
    a = c.applicant
    blocks = (
        _employer_head(c, r)
        + recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
        + [
            P(fmt(d.date), align="right"),
            P("Einstellungszusage", bold=True, size=13),
            P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
            P(
                f"nach dem Probearbeiten freuen wir uns, Ihnen eine Stelle als {c.job} in Vollzeit anbieten zu können. "
                f"Beginn ist der erste Tag des Monats, der auf die Erteilung der Beschäftigungserlaubnis folgt; das Entgelt beträgt {r.randint(13, 18)},{r.choice(['00', '25', '50'])} EUR brutto je Stunde."
            ),
            P(
                "Die Zusage steht unter dem Vorbehalt, dass die Ausländerbehörde die Beschäftigung erlaubt. Den Vertrag senden wir Ihnen dann zu."
            ),
            P("Mit freundlichen Grüßen"),
            Signature("Geschäftsführung"),
        ]
    )
    return DocSpec(blocks, style(r))


@tpl("arbeitsnachweis", "verdienst_w21", SPLIT)
def arbeit_verdienst(c, d, r):
    # a payslip with earnings and deductions in columns
    a = c.applicant
    brutto = r.randint(1650, 2900)
    lst = round(brutto * 0.06)
    sv = round(brutto * 0.205)
    netto = brutto - lst - sv
    blocks = [
        P(c.employer, bold=True, after=0),
        P(f"Verdienstabrechnung {month_year(d.date)}", bold=True, size=12),
        P(
            f"Personal-Nr. {r.randint(1000, 9999)}   Name: {_caps(a.name)}, {a.vorname}   Tätigkeit: {c.job}",
            size=9,
        ),
        Table(
            [
                ["Bezüge", "EUR", "Abzüge", "EUR"],
                ["Grundlohn", f"{brutto},00", "Lohnsteuer", f"{lst},00"],
                ["Zuschläge", "0,00", "Sozialversicherung AN", f"{sv},00"],
                ["Gesamtbrutto", f"{brutto},00", "Auszahlungsbetrag", f"{netto},00"],
            ],
            [0.3, 0.2, 0.3, 0.2],
        ),
        P(f"Überweisung auf das Konto des Arbeitnehmers am {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "mono"))


# ============================ ehrenamt ============================


@tpl("ehrenamt", "einsatznachweis_w21", SPLIT)
def ehren_einsatz(c, d, r):
    # a volunteer agency's record of hours per month
    a = c.applicant
    months = []
    m = d.date.replace(day=1)
    for _ in range(4):
        m = (m - timedelta(days=1)).replace(day=1)
        months.append([month_year(m), str(r.randint(6, 22))])
    blocks = [
        P(f"Freiwilligenagentur {c.city_or_nrw()}", bold=True, size=12, after=0),
        P("Vermittlung und Begleitung von Ehrenamtlichen", size=8.5),
        Rule(),
        P("Stundennachweis Freiwilligendienst", bold=True, size=12.5),
        P(
            f"{a.herr_frau()} ist über unsere Agentur als Ehrenamtliche/r bei „{c.club}“ tätig. Die Einsatzstelle hat uns folgende Stunden gemeldet:"
        ),
        Table([["Monat", "Stunden"]] + list(reversed(months)), [0.6, 0.4]),
        P("Die Einsätze sind unentgeltlich; es besteht Versicherungsschutz über die Agentur."),
        Signature("Koordination Ehrenamt", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("ehrenamt", "vorstand_w21", SPLIT)
def ehren_vorstand(c, d, r):
    # the board of a club or congregation confirms the help in a short letter
    a = c.applicant
    task = r.choice(
        [
            "beim Auf- und Abbau unserer Veranstaltungen",
            "in der Kleiderkammer",
            "beim Fahrdienst für ältere Mitglieder",
            "bei der Hausaufgabenhilfe",
        ]
    )
    blocks = letterhead(r, [c.club, "Der Vorstand", c.city_or_nrw()], kind=r.choice([1, 2])) + [
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P("Bestätigung der ehrenamtlichen Mitarbeit", bold=True),
        P(
            f"{a.herr_frau()} unterstützt uns seit {month_year(c.entry + timedelta(days=r.randint(300, 700)))} regelmäßig {task}. "
            "Auf die Mitarbeit ist Verlass, und sie wird von allen sehr geschätzt."
        ),
        P("Gern bestätigen wir dies zur Vorlage bei Behörden."),
        Signature("Der Vorstand (Vorsitz)"),
    ]
    return DocSpec(blocks, style(r))


# ============================ unterstuetzerschreiben ============================


@tpl("unterstuetzerschreiben", "klassenlehrerin_w21", SPLIT)
def unter_lehrerin(c, d, r):
    # a teacher writes privately in support of the family
    a = c.applicant
    t = f"{r.choice(['Claudia', 'Sabine', 'Birgit', 'Annette'])} {r.choice(N.GERMAN_SURNAMES)}"
    kid = c.school_age()[0].vorname if c.school_age() else None
    about = (
        f"Ich bin Lehrerin und kenne die Familie {a.name}, seit {kid} in meine Klasse kam."
        if kid
        else f"Ich bin Lehrerin im Ruhestand und habe {a.full} über Jahre ehrenamtlich beim Deutschlernen begleitet."
    )
    blocks = [
        P(t, after=0),
        P(f"{N.STREETS[len(t) % len(N.STREETS)]} {len(t) + 4}", after=0),
        P(c.court_city_plz()),
        Space(8),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("z. Hd. Härtefallkommission, Düsseldorf"),
        P(f"Für {a.full} und die Familie", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            about
            + " Ich habe erlebt, wie zuverlässig und herzlich diese Menschen sind und wie viel Mühe sie sich geben, hier anzukommen. "
            "Es würde mir sehr leidtun, wenn sie gehen müssten. Ich bitte Sie, ihnen eine Zukunft hier zu ermöglichen."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(t),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("unterstuetzerschreiben", "hausgemeinschaft_w21", SPLIT)
def unter_hausgemeinschaft(c, d, r):
    # the neighbours of the house sign a short letter together
    a = c.applicant
    names = [f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}" for _ in range(r.randint(3, 5))]
    blocks = [
        P(f"Hausgemeinschaft {c.street}, {c.city_or_nrw()}", bold=True),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Guten Tag, liebe Kommission,"),
        P(
            typos(
                f"wir wohnen mit Familie {a.name} in einem Haus. Sie helfen beim Schneeschippen, tragen älteren Nachbarn die Einkäufe hoch "
                "und sind immer freundlich. Wir möchten, dass sie hier bleiben dürfen, und unterstützen ihren Antrag von Herzen.",
                r,
                0.03,
            )
        ),
        Table(
            [["Name", "Wohnung", "Unterschrift"]]
            + [
                [n, f"{r.choice(['EG', '1. OG', '2. OG', 'DG'])} {r.choice(['links', 'rechts'])}", ""]
                for n in names
            ],
            [0.4, 0.25, 0.35],
        ),
    ]
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "seelsorge_w21", SPLIT)
def unter_seelsorge(c, d, r):
    # a pastoral worker of a parish writes on the parish's letterhead
    a = c.applicant
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = letterhead(
        r,
        [f"Pfarrei St. Ludgerus {c.city_or_nrw()}", "Seelsorgeteam", f"Kirchplatz {len(who) % 9 + 1}"],
        kind=r.choice([0, 1]),
    ) + [
        P(f"{fmt(d.date)}", align="right"),
        P(f"Fürsprache für {a.full}", bold=True),
        P(
            f"Als Pastoralreferent/in unserer Gemeinde begleite ich {a.full} seit mehreren Jahren. In dieser Zeit ist "
            f"{'er' if a.sex == 'm' else 'sie'} ein vertrauter Teil unserer Gemeinschaft geworden, hilft bei Festen und im Besuchsdienst "
            "und ist vielen Menschen hier ans Herz gewachsen."
        ),
        P(
            "Ich bitte die Kommission herzlich, sich für ein Bleiberecht einzusetzen. Sie erreichen mich jederzeit über das Pfarrbüro."
        ),
        P("Herzlich grüßt"),
        Signature(who),
    ]
    return DocSpec(blocks, style(r))


# ============================ schulnachweis ============================


def _school_name(c) -> str:
    return (
        c.school
        if not c.school.startswith("Kita")
        else f"Gemeinschaftsgrundschule Regenbogen {c.city_or_nrw()}"
    )


def _schuljahr(d) -> str:
    y = d.year if d.month >= 8 else d.year - 1
    return f"{y}/{(y + 1) % 100:02d}"


@tpl("schulnachweis", "besuchsbestaetigung_w21", SPLIT)
def schul_besuch(c, d, r):
    # a secondary school's certificate of attendance with the class teacher's name
    k = _child(c, d)
    grade = max(1, k.age_on(d.date) - 5)
    blocks = letterhead(r, [_school_name(c), "Sekretariat", c.city_or_nrw()], kind=r.choice([0, 3])) + [
        P(f"Datum: {fmt(d.date)}", align="right"),
        P("Schulbesuchsbestätigung für das laufende Schuljahr", bold=True, size=12.5),
        P("(Vorlage bei Behörden gewünscht)", size=9),
        Table(
            [
                ["Schüler/in", k.full],
                ["geboren am", fmt(k.geburtsdatum)],
                ["Klasse", f"{grade}{r.choice('abcd')}"],
                ["Schuljahr", _schuljahr(d.date)],
                ["Klassenleitung", f"{r.choice(['Frau', 'Herr'])} {r.choice(N.GERMAN_SURNAMES)}"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Der Schulbesuch ist regelmäßig. Die Schulpflicht wird erfüllt."),
        Signature("Schulleitung", ""),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "lernbericht_w21", SPLIT)
def schul_lernbericht(c, d, r):
    # a primary school's report in words instead of marks
    k = _child(c, d)
    he = "Er" if k.sex == "m" else "Sie"
    blocks = [
        P(_school_name(c), bold=True, align="center"),
        P(f"Zeugnis – Schuljahr {_schuljahr(d.date)}, 1. Halbjahr", bold=True, size=13, align="center"),
        P(f"für {k.full}, geboren am {fmt(k.geburtsdatum)}"),
        P("Lernentwicklung und Miteinander", bold=True, after=1),
        P(
            f"{he} arbeitet ausdauernd und hilft anderen Kindern gern. Regeln hält {he.lower()} zuverlässig ein."
        ),
        P("Deutsch", bold=True, after=1),
        P(
            f"{he} liest kurze Texte sicher und erzählt lebendig. Beim Rechtschreiben macht {he.lower()} gute Fortschritte."
        ),
        P("Mathematik", bold=True, after=1),
        P(f"{he} rechnet im Zahlenraum sicher und erklärt Lösungswege verständlich."),
        P(f"Unterrichtsversäumnisse: {r.randint(0, 6)} Tage (entschuldigt)", size=9.5),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        P(
            "Klassenlehrer/in                    Schulleiter/in                    Erziehungsberechtigte",
            size=8.5,
        ),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("schulnachweis", "kitaplatz_w21", SPLIT)
def schul_kita(c, d, r):
    # a day care centre confirms the place and the care hours
    k = _child(c, d)
    blocks = [
        P(f"Familienzentrum Kunterbunt {c.city_or_nrw()}", bold=True, size=12, after=0),
        P("Kindertageseinrichtung in städtischer Trägerschaft", size=8.5),
        Rule(),
        P("Bestätigung über die Betreuung in einer Kindertageseinrichtung", bold=True),
        P(
            f"Wir bestätigen, dass {k.full} (geb. {fmt(k.geburtsdatum)}) seit dem {fmt(d.date - timedelta(days=r.randint(200, 600)))} "
            f"unsere Einrichtung besucht. Gebucht ist ein Betreuungsumfang von {r.choice([35, 45])} Wochenstunden."
        ),
        P(
            "In der Gruppe hat das Kind Freundschaften geschlossen; an den Angeboten nimmt es regelmäßig teil."
        ),
        Signature("Leitung des Familienzentrums", f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


# ============================ auslaenderbehoerde ============================


_ABH_TOWN = {abh: town for town, _plz, abh in N.NRW_CITIES} | {
    abh: town for town, _plz, abh in N.NON_NRW_CITIES
}


def _abh_post(c) -> str:
    """Postcode and town of the Ausländerbehörde."""
    return f"{c.abh_plz} {_ABH_TOWN.get(c.abh, '')}".strip()


def _abh_lines(c) -> list[str]:
    city = c.abh.split(" – ")[0]
    boss = (
        "Der Landrat"
        if city.startswith("Kreis")
        else ("Der Regionspräsident" if city.startswith("Region") else "Der Oberbürgermeister")
    )
    return [
        c.abh,
        boss,
        f"Dienstgebäude {N.STREETS[len(c.abh) % len(N.STREETS)]} {len(c.abh) % 50 + 1}",
        _abh_post(c),
    ]


@tpl("auslaenderbehoerde", "bescheinigung_w21", SPLIT)
def abh_bescheinigung(c, d, r):
    # the certificate itself: Duldung, or the Gestattung while the asylum procedure runs; label/value grid
    a = c.applicant
    if c.gestattung:
        title = "Bescheinigung über die Aufenthaltsgestattung"
        basis = "§ 63 AsylG"
        note = "Der Aufenthalt ist gestattet, solange das Asylverfahren läuft."
    else:
        title = "Bescheinigung über die Aussetzung der Abschiebung (Duldung)"
        basis = "§ 60a Abs. 4 AufenthG"
        note = "Kein Aufenthaltstitel. Die Ausreisepflicht bleibt unberührt."
    blocks = [
        P("Bundesrepublik Deutschland", size=9, align="center", after=0),
        P(title, bold=True, size=12, align="center", after=1),
        P(f"ausgestellt nach {basis}", size=9, align="center"),
        Table(
            [
                ["Familienname", _caps(a.name)],
                ["Vorname(n)", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", c.adresse],
                ["gültig bis", fmt(d.date + timedelta(days=r.choice([92, 120, 183])))],
                [
                    "Nebenbestimmungen",
                    "Beschäftigung: nur nach Erlaubnis durch die Ausländerbehörde. Wohnsitznahme: "
                    + c.city_or_nrw(),
                ],
            ],
            [0.32, 0.68],
            header=False,
        ),
        P(note, size=9),
        P(f"Ausstellende Behörde: {c.abh}, {_abh_post(c)}"),
        P(
            f"Ausstellungsdatum: {fmt(d.date)}    Seriennummer: {r.choice('ABCDEFGH')}{r.randint(1000000, 9999999)}"
        ),
        Signature("Im Auftrag – Siegel"),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("auslaenderbehoerde", "grenzuebertritt_w21", SPLIT)
def abh_grenzuebertritt(c, d, r):
    # a certificate of the departure deadline (or, during an asylum procedure, the residence obligation)
    a = c.applicant
    blocks = letterhead(r, _abh_lines(c), kind=r.choice([0, 2]))
    if c.gestattung:
        blocks += recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"]) + [
            P(f"Datum: {fmt(d.date)}", align="right"),
            P("Wohnsitzauflage während des Asylverfahrens", bold=True, size=12.5),
            P(
                f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name}, solange Ihr Asylverfahren nicht abgeschlossen ist, "
                f"sind Sie verpflichtet, in {c.city_or_nrw()} zu wohnen. Ein Umzug bedarf der vorherigen Zustimmung der Ausländerbehörde."
            ),
            Signature("Im Auftrag"),
        ]
        return DocSpec(blocks, style(r))
    until = d.date + timedelta(days=r.choice([14, 21, 30]))
    blocks += [
        P("Grenzübertrittsbescheinigung", bold=True, size=13, align="center"),
        P("(Bescheinigung über die Ausreisefrist)", size=9, align="center"),
        Table(
            [
                ["Name, Vorname", f"{_caps(a.name)}, {a.vorname}"],
                ["geboren", f"{fmt(a.geburtsdatum)} in {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["ausreisepflichtig bis", fmt(until)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "Die oben genannte Person ist vollziehbar ausreisepflichtig. Bei der Ausreise ist diese Bescheinigung an der Grenzübergangsstelle "
            "abzugeben; die Grenzbehörde bestätigt die Ausreise und sendet die Bescheinigung an die Ausländerbehörde zurück."
        ),
        Table([["Ausreise am", "über Grenzübergangsstelle", "Dienststempel"], ["", "", ""]], [0.3, 0.4, 0.3]),
        P(f"{c.abh} – {fmt(d.date)}", size=9.5),
    ]
    return DocSpec(blocks, style(r))


@tpl("auslaenderbehoerde", "versagung_w21", SPLIT)
def abh_versagung(c, d, r):
    # a decision refusing a residence permit, with its own operative part and reasons
    a = c.applicant
    applied = d.date - timedelta(days=r.randint(60, 200))
    blocks = letterhead(r, _abh_lines(c), kind=r.choice([1, 3]))
    blocks += recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
    blocks += [
        P(
            f"Aktenzeichen: 32.{r.randint(10, 99)}-{_caps(a.name)[:3]}-{r.randint(100, 999)}",
            align="right",
            after=0,
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P(f"Ihr Antrag vom {fmt(applied)} auf Erteilung einer Aufenthaltserlaubnis", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P("auf Ihren oben genannten Antrag ergeht folgende Entscheidung:"),
        P(
            "1. Der Antrag auf Erteilung einer Aufenthaltserlaubnis nach § 25b AufenthG wird abgelehnt.",
            indent=12,
            after=2,
        ),
        P("2. Für diese Entscheidung wird eine Gebühr von 98,00 EUR erhoben.", indent=12),
        P("Begründung", bold=True),
    ]
    if c.gestattung:
        blocks.append(
            P(
                "Solange Ihr Asylverfahren nicht unanfechtbar abgeschlossen ist, kann ein Aufenthaltstitel nur in den gesetzlich bestimmten Fällen erteilt werden (§ 10 Abs. 1 AufenthG). Ein solcher Fall liegt nicht vor."
            )
        )
    else:
        blocks.append(
            P(
                "Sie halten sich geduldet im Bundesgebiet auf. Die Voraussetzungen einer nachhaltigen Integration sind derzeit nicht vollständig erfüllt; insbesondere ist die Identität nicht durch einen gültigen Nationalpass nachgewiesen."
            )
        )
        if c.asylum:
            blocks.append(
                P("Ihr Asylverfahren ist unanfechtbar abgeschlossen; Sie sind vollziehbar ausreisepflichtig.")
            )
    if c.rueckfuehrung:
        blocks.append(
            P(f"Ich weise darauf hin, dass Ihre Abschiebung für den {fmt(c.rueckfuehrung)} vorgesehen ist.")
        )
    blocks += [
        P(
            "Rechtsbehelfsbelehrung: Binnen eines Monats ab Bekanntgabe ist die Klage zum örtlich zuständigen Verwaltungsgericht gegeben.",
            size=9.5,
        ),
        P("Mit freundlichen Grüßen"),
        P("Im Auftrag", after=14),
        P(f"{r.choice(N.GERMAN_SURNAMES)}", after=2),
    ]
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}" if r.random() < 0.5 else None)


# ============================ gerichtsentscheidung ============================


def _court_parties(c) -> tuple[str, str, str]:
    a = c.applicant
    if c.asylum:
        other = "die Bundesrepublik Deutschland, für die das Bundesamt für Migration und Flüchtlinge handelt"
        topic = "Asylrecht"
    else:
        city = c.abh.split(" – ")[0]
        other = f"{city}, diese vertreten durch die Verwaltungsspitze"
        topic = "Aufenthaltsrecht"
    return ("des Herrn " if a.sex == "m" else "der Frau ") + a.full, other, topic


@tpl("gerichtsentscheidung", "eilbeschluss_w21", SPLIT)
def court_eilbeschluss(c, d, r):
    # an urgent decision: parties in a rubrum, decided by a single judge, reasons in I. and II.
    who, other, topic = _court_parties(c)
    city = c.court_name.replace("Verwaltungsgericht ", "")
    judge = f"{r.choice(['Richterin', 'Richter'])} am Verwaltungsgericht {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(f"Az.: {c.court_az}", after=0),
        P(c.court_name.upper(), bold=True, align="center", size=12),
        P("BESCHLUSS", bold=True, align="center", size=13),
        P("In der Eilsache"),
        P(f"{who}, {c.adresse},", indent=20, after=1),
        P("Antragsteller/in,", indent=20),
    ]
    if c.rep is not None and c.rep.kind == "anwalt":
        blocks.append(P(f"Prozessbevollmächtigte: {c.rep.org}, {c.rep.street}, {c.rep.city},", indent=20))
    blocks += [
        P("gegen", indent=20),
        P(f"{other},", indent=20, after=1),
        P("Antragsgegnerin,", indent=20),
        P(f"Streitgegenstand: {topic}, Eilverfahren"),
        P(
            f"hat die {r.randint(3, 22)}. Kammer des Verwaltungsgerichts {city} am {fmt(d.date)} durch {judge} als Einzelrichter/in beschlossen:"
        ),
        P("Der Eilantrag wird abgelehnt. Kostentragung: antragstellende Partei.", bold=True, indent=12),
        P("Gründe", bold=True, align="center"),
        P("I.", bold=True, after=2),
        P(
            "Ziel des Eilantrags ist, dass der Aufenthalt nicht beendet wird, bevor über die Klage entschieden ist."
        ),
        P("II.", bold=True, after=2),
        P(
            "Der Antrag ist statthaft, in der Sache aber nicht begründet. Nach der gebotenen, nur überschlägigen Prüfung dürfte die Verfügung Bestand haben; das Interesse an ihrer Vollziehung geht daher vor."
        ),
        P(
            "§ 154 Abs. 1 VwGO regelt die Kosten."
            + (" Gerichtskostenfrei nach § 83b AsylG; unanfechtbar nach § 80 AsylG." if c.asylum else "")
        ),
        P(judge, align="right"),
    ]
    return DocSpec(blocks, style(r, "serif"), footer="- {p} -")


@tpl("gerichtsentscheidung", "urteil_w21", SPLIT)
def court_urteil(c, d, r):
    # a judgment after an oral hearing
    a = c.applicant
    who, other, topic = _court_parties(c)
    city = c.court_name.replace("Verwaltungsgericht ", "")
    blocks = [
        P(f"{c.court_name}", bold=True, size=12, after=0),
        P(f"{c.court_az}", align="right"),
        P("Im Namen des Volkes", bold=True, align="center"),
        P("Urteil", bold=True, size=14, align="center"),
        P(
            f"In dem Verwaltungsstreitverfahren {who}, {c.adresse}, Kläger/in, gegen {other}, Beklagte, wegen {topic},"
        ),
        P(
            f"hat das Verwaltungsgericht {city} aufgrund der mündlichen Verhandlung vom {fmt(d.date)} "
            f"durch {r.choice(['die Richterin', 'den Richter'])} {r.choice(N.GERMAN_SURNAMES)} als Einzelrichter/in für Recht erkannt:"
        ),
        P("Das Gericht weist die Klage ab. Kosten: klagende Partei.", bold=True, indent=12),
        P("Tatbestand", bold=True, align="center"),
        P(
            f"Die klagende Partei ist {a.staat}e/r Staatsangehörige/r. "
            + (
                f"Gegenstand der Klage ist der ablehnende Asylbescheid des Bundesamts vom {fmt(c.bamf_date)}."
                if c.asylum
                else "Sie erstrebt eine weitere Aufenthaltserlaubnis; der Beklagte hat die Verlängerung versagt."
            )
        ),
        P("Entscheidungsgründe", bold=True, align="center"),
        P(
            "Die Klage bleibt ohne Erfolg. Der angegriffene Bescheid hält der rechtlichen Prüfung stand (§ 113 Abs. 1 Satz 1 VwGO)."
        ),
        P("Die mündliche Verhandlung hat daran nichts geändert."),
        P(
            "Rechtsmittelbelehrung: Antrag auf Zulassung der Berufung, einzulegen binnen eines Monats ab Zustellung des vollständigen Urteils.",
            size=9.5,
        ),
    ]
    return DocSpec(blocks, style(r, "serif"), footer="{p}")


# ============================ strafrecht ============================


@tpl("strafrecht", "zentralregister_w21", SPLIT)
def straf_zentralregister(c, d, r):
    # a certificate of good conduct with one entry
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P("Bundesamt für Justiz – Registerbehörde", bold=True, after=0),
        P("Bundeszentralregister, Bonn", size=8.5),
        Rule(),
        P("Führungszeugnis – Behördenauskunft (Belegart O)", bold=True, size=12),
        P(f"Geburtsname/Familienname: {_caps(a.name)}    Vornamen: {a.vorname}", after=1),
        P(
            f"Geburtsdatum: {fmt(a.geburtsdatum)}    Geburtsort: {a.geburtsort}    Staatsangehörigkeit: {a.staat}"
        ),
        P("Eintragungen: eine", bold=True),
        P(
            f"1. Datum der Entscheidung: {fmt(c.criminal_date)} – Amtsgericht {c.court_city} – Rechtskraft: {fmt(c.criminal_date + timedelta(days=16))} – "
            f"Tatbezeichnung: {off} – Geldstrafe von {sentence}.",
            indent=10,
        ),
        P(f"Ausgestellt: {fmt(d.date)}", align="right"),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("strafrecht", "strafbefehl_w21", SPLIT)
def straf_strafbefehl(c, d, r):
    # a penalty order with the charge told as facts
    a = c.applicant
    off, sentence = c.offence
    tat = d.date - timedelta(days=r.randint(60, 200))
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, after=0),
        P("– Strafrichter –", size=9),
        P(
            f"Geschäftsnummer: {r.randint(10, 99)} Cs {r.randint(100, 999)}/{d.date.year % 100}",
            align="right",
        ),
    ]
    blocks += recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
    blocks += [
        P("Strafbefehl", bold=True, size=14),
        P(
            f"Die Staatsanwaltschaft legt Ihnen, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, folgenden Sachverhalt zur Last:"
        ),
        P(f"Am {fmt(tat)} in {c.court_city}: {off}.", indent=12),
        P(
            f"Die Staatsanwaltschaft hat beantragt, deshalb eine Geldstrafe festzusetzen. Festgesetzt wird eine Geldstrafe von {sentence}."
        ),
        P(
            "Einspruch kann innerhalb von 14 Tagen nach der Zustellung beim Amtsgericht erhoben werden, schriftlich oder mündlich."
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P(f"{r.choice(N.GERMAN_SURNAMES)} (Richter/in)", size=9.5),
    ]
    return DocSpec(blocks, style(r))


# ============================ identitaetsnachweis ============================


@tpl("identitaetsnachweis", "passseite_w21", SPLIT)
def id_passseite(c, d, r):
    # a copy of the passport's data page, certified by the citizens' office
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P(f"{c.natinfo['land'].upper()} · PASSPORT", bold=True, size=12, align="center"),
        Table(
            [
                ["Type / Type", "P"],
                ["Nom / Surname", a.name.upper()],
                ["Prénoms / Given names", a.vorname.upper()],
                [
                    "Date de naissance / Date of birth",
                    f"{a.geburtsdatum.day:02d} {N.MONTHS_EN[a.geburtsdatum.month - 1][:3].upper()} {a.geburtsdatum.year}",
                ],
                ["Lieu de naissance / Place of birth", a.geburtsort.upper()],
                ["Date de délivrance / Date of issue", fmt(d.date)],
            ],
            [0.45, 0.55],
            header=False,
            grid=False,
        ),
        Space(12),
        P(l1, font="mono", size=10.5, after=0),
        P(l2, font="mono", size=10.5),
        Space(10),
        P("Diese Ablichtung stimmt mit dem uns vorgelegten Original überein.", size=9, font="italic"),
        P(f"Bürgerbüro {c.city_or_nrw()} – Siegel", size=8.5),
    ]
    return DocSpec(blocks, style(r))


_LANG_OF = {
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


@tpl("identitaetsnachweis", "idkarte_w21", SPLIT)
def id_idkarte(c, d, r):
    # a certified translation of the national identity card
    a = c.applicant
    tr = f"{r.choice(['Dr. ', ''])}{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(
            f"Übertragung ins Deutsche (Ausgangssprache: {_LANG_OF[c.nat]}), beglaubigt",
            size=9.5,
            font="italic",
        ),
        P(f"Nationaler Personalausweis – {c.natinfo['land']}", bold=True, size=13),
        Table(
            [
                ["Ausweisnummer", f"{r.randint(10**8, 10**9 - 1)}"],
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Ausgestellt am", fmt(d.date)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("[Rückseite: Lichtbild, Unterschrift und Stempel der ausstellenden Behörde]", size=9),
        P(
            f"Richtig und vollständig übertragen; das Original lag mir vor. {tr}, "
            f"allgemein beeidigte Übersetzerin/Übersetzer, {c.city_or_nrw()}",
            size=9,
        ),
    ]
    return DocSpec(blocks, style(r))


# ============================ sonstiges ============================


@tpl("sonstiges", "anhoerung_ladung_w21", SPLIT)
def sonst_anhoerung_ladung(c, d, r):
    # the BAMF summons to the personal hearing
    a = c.applicant
    site = c.bamf_site
    when = d.date + timedelta(days=r.randint(10, 25))
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8.5),
        Rule(),
    ]
    blocks += recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
    blocks += [
        P(f"Gesch.-Z.: {c.bamf_gz}", align="right", after=0),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P("Einladung zum Anhörungstermin (§ 25 AsylG)", bold=True, size=12.5),
        P(
            f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name}, für Ihr Asylverfahren ist Ihre persönliche Anhörung wie folgt angesetzt:"
        ),
        Table(
            [
                ["Termin", f"{fmt(when)}, {r.choice(['08:00', '08:30', '09:15', '10:00'])} Uhr"],
                ["Ort", f"{site[0]}, {site[1]}, {site[2]}"],
                ["Dolmetschen", "wird vom Bundesamt organisiert"],
            ],
            [0.25, 0.75],
            header=False,
        ),
        P(
            "Bitte nehmen Sie zum Termin alle Unterlagen zu Ihrer Person und zu Ihren Fluchtgründen mit, außerdem diese Einladung."
        ),
        P(
            "Sollten Sie den Termin versäumen, ohne sich zu entschuldigen, wird das Verfahren ohne Ihre Schilderung weitergeführt."
        ),
        P("Im Auftrag, Ihr Bundesamt – Terminsteuerung", size=9.5),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "nachforderung_w21", SPLIT)
def sonst_nachforderung(c, d, r):
    # the office's own earlier letter asking for documents, sent back with the next submission
    a = c.applicant
    to = (
        [c.rep.org if c.rep.kind != "privat" else c.rep.person, c.rep.street, c.rep.city]
        if c.rep
        else [a.herr_frau(), c.street, f"{c.plz} {c.city}"]
    )
    blocks = [
        P(HFK_ADDRESS[0], size=8.5, after=0),
        P("Geschäftsstelle der Härtefallkommission", bold=True, after=6),
    ]
    blocks += recipient(to)
    blocks += [
        P(f"Aktenzeichen: HFK {d.date.year}/{r.randint(100, 999)}", align="right", after=0),
        P(f"Düsseldorf, {fmt(d.date)}", align="right"),
        P(f"Eingabe zugunsten {a.full}; hier: fehlende Unterlagen", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            "für Ihre Eingabe danke ich. Um sie der Kommission vorlegen zu können, werden noch folgende Unterlagen benötigt:"
        ),
        P("– ein tabellarischer Lebenslauf", indent=12, after=1),
        P("– die unterschriebene Einwilligung in die Datenverarbeitung", indent=12, after=1),
        P("– Nachweise über Sprachkenntnisse und Erwerbstätigkeit, soweit vorhanden", indent=12),
        P(
            f"Bitte reichen Sie diese bis zum {fmt(d.date + timedelta(days=28))} unter Angabe des Aktenzeichens nach."
        ),
        P("Mit freundlichen Grüßen"),
        P("Im Auftrag", after=2),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "konsulat_w21", SPLIT)
def sonst_konsulat(c, d, r):
    # a consulate confirms that a passport was applied for (proof of cooperation)
    a = c.applicant
    blocks = [
        P(
            f"Honorarkonsulat {c.natinfo['land']} – Konsularische Dienste {c.court_city}",
            bold=True,
            size=11,
            after=0,
        ),
        P(f"Konsularbüro {r.randint(1, 9)}. Etage · Sprechzeiten Di und Do", size=8.5),
        Rule(),
        P("Bescheinigung", bold=True, size=13),
        P(
            f"Hiermit wird bescheinigt, dass {a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, am {fmt(d.date)} persönlich vorgesprochen "
            "und die Ausstellung eines Reisepasses beantragt hat. Die Gebühr wurde entrichtet. Die Bearbeitung dauert erfahrungsgemäß mehrere Monate."
        ),
        P(f"Vorgangsnummer: {r.randint(10000, 99999)}/{d.date.year}"),
        Signature("Konsularbeamter/-beamtin", f"{c.court_city}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))
