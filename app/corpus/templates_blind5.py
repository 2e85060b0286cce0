"""Templates of the `blind5` split: a seventh held-out set, written once and evaluated once; nobody tuning hfk reads it."""

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
        family=family or r.choice(["sans", "serif", "cond", "sans"]),
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


def _staat_noun(p) -> str:
    return f"{p.staat}e{'r' if p.sex == 'm' else ''} Staatsangehörige{'r' if p.sex == 'm' else ''}"


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
        bits.append("die unterschriebene Schweigepflichtentbindung")
    bits.append("die Einwilligungserklärung zum Datenschutz")
    return ", ".join(bits[:-1]) + (" sowie " if len(bits) > 1 else "") + bits[-1]


# ------------------------------------------------------------------ Begründung (own wording)


def _story(c: Case, r: random.Random, voice: str) -> dict[str, list[str]]:
    """Sentences per topic. voice: "ich" (the applicant writes), "er" (someone writes about the family)."""
    a = c.applicant
    me = voice == "ich"
    he = "er" if a.sex == "m" else "sie"
    He = he.capitalize()
    hisf = "seine" if a.sex == "m" else "ihre"
    who = "Ich" if me else ("Herr " if a.sex == "m" else "Frau ") + a.name
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    lg = t["lebensgeschichte"]
    sewer = "als Näherin" if a.sex == "f" else "als Schneider"
    job_home = r.choice([sewer, "auf dem Markt", "in einer Autowerkstatt", "auf den Feldern der Familie"])
    if me:
        lg.append(
            f"Ich komme aus {land}. Dort bin ich aufgewachsen, bin zur Schule gegangen und habe später {job_home} gearbeitet."
        )
    else:
        lg.append(
            f"{who} stammt aus {land}, ist dort aufgewachsen und hat nach der Schulzeit {job_home} gearbeitet."
        )
    lg.append(
        r.choice(
            [
                "Nach Drohungen gegen die Familie blieb keine andere Wahl, als das Land zu verlassen.",
                "Weil die wirtschaftliche und persönliche Lage immer schwieriger wurde, fiel der Entschluss zur Ausreise.",
                "Die Flucht führte über mehrere Länder und dauerte viele Monate.",
            ]
        )
    )
    if c.einreiseverbot:
        lg.append(
            f"{'Ich war' if me else He + ' war'} bereits {c.entry.year - 2} abgeschoben worden; die Wiedereinreise am "
            f"{fmt_long(c.entry)} erfolgte, obwohl ein Einreise- und Aufenthaltsverbot nach § 11 AufenthG bestand."
        )
    else:
        lg.append(f"Seit dem {fmt_long(c.entry)} {'lebe ich' if me else 'lebt ' + he} in Deutschland.")

    au = t["aufenthaltssituation"]
    if c.asylum:
        au.append(
            f"Den Asylantrag {'habe ich' if me else 'hat ' + he} am {fmt(c.asylum_applied)} gestellt. Mit Bescheid vom "
            f"{fmt(c.bamf_date)}, Gesch.-Z. {c.bamf_gz}, lehnte das Bundesamt für Migration und Flüchtlinge ihn ab."
        )
        if c.court:
            if c.court_pending:
                au.append(
                    f"Über die Klage ({c.court_az}) hat das {c.court_name} bis heute nicht entschieden."
                )
            else:
                au.append(
                    f"Die Klage blieb erfolglos: Das {c.court_name} wies sie am {fmt(c.court_date)} ab (Az. {c.court_az})."
                )
    else:
        au.append(
            f"Die Einreise erfolgte mit einem Visum zum Zweck {c.visa_purpose}; eine Verlängerung der Aufenthaltserlaubnis "
            "wurde abgelehnt."
        )
        if c.court:
            if c.court_pending:
                au.append(f"Dagegen läuft ein Verfahren vor dem {c.court_name} (Az. {c.court_az}).")
            else:
                au.append(
                    f"Das {c.court_name} hat den Eilantrag am {fmt(c.court_date)} zurückgewiesen (Az. {c.court_az})."
                )
    if c.gestattung:
        au.append(
            f"Weil das Verfahren noch läuft, {'habe ich' if me else 'hat ' + he} eine Aufenthaltsgestattung (§ 55 AsylG)."
        )
    else:
        au.append(
            f"{'Ich bin' if me else He + ' ist'} ausreisepflichtig und {'habe' if me else 'hat'} nur eine Duldung nach § 60a AufenthG."
        )
    au.append(
        f"Aktenführende Behörde: {_abh_words(c, r)}."
        if r.random() < 0.5
        else f"Zuständige Ausländerbehörde: {_abh_words(c, r)}."
    )
    if c.s58a:
        au.append(
            f"Zudem liegt eine Abschiebungsanordnung nach § 58a AufenthG gegen {'mich' if me else 'ihn' if a.sex == 'm' else 'sie'} vor."
        )
    if c.rueckfuehrung:
        au.append(
            f"Besonders eilig ist die Sache, weil die Ausländerbehörde die Abschiebung für den {fmt(c.rueckfuehrung)} angekündigt hat."
        )
    if c.criminal:
        off, sentence = c.offence
        au.append(
            f"Nicht verschweigen {'will ich' if me else 'wollen wir'}: Das Amtsgericht {c.court_city} verhängte am "
            f"{fmt(c.criminal_date)} per Strafbefehl wegen {off} eine Geldstrafe von {sentence}. Seitdem ist nichts mehr vorgefallen."
        )

    fa = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        fa.append(
            f"{'Meine Frau' if me and sp[0].sex == 'f' else 'Mein Mann' if me else ('Die Ehefrau' if sp[0].sex == 'f' else 'Der Ehemann')} "
            f"{sp[0].vorname} und {'ich' if me else he} sind seit vielen Jahren verheiratet."
        )
    if kids:
        names = ", ".join(k.vorname for k in kids)
        fa.append(
            f"{'Unsere' if me else 'Die'} Kinder ({names}) kennen kein anderes Zuhause als Deutschland; "
            "sie sprechen Deutsch besser als die Sprache ihrer Eltern."
            if len(kids) > 1
            else f"{'Unser' if me else 'Das'} Kind {kids[0].vorname} ist hier zu Hause und spricht fließend Deutsch."
        )
    fa.append(
        r.choice(
            [
                f"In {land} gibt es niemanden mehr, der {'uns' if me else 'die Familie'} aufnehmen könnte.",
                "Ein Onkel lebt mit seiner Familie im Ruhrgebiet und hilft, wo er kann; im Herkunftsland leben nur noch entfernte Verwandte.",
                "Die Eltern sind verstorben, die Geschwister leben verstreut in Europa.",
            ]
        )
    )

    ig = t["integration"]
    ig.append(
        r.choice(
            [
                f"{'Ich habe' if me else He + ' hat'} Deutsch im Integrationskurs gelernt und verständigt sich im Alltag ohne Dolmetscher."
                if not me
                else "Ich habe Deutsch im Integrationskurs gelernt und brauche im Alltag keinen Dolmetscher.",
                f"{'Meine' if me else hisf.capitalize()} Deutschkenntnisse reichen für Behördengänge und Arztbesuche.",
            ]
        )
    )
    if c.ausbildung:
        ig.append(
            f"Seit August {c.received.year - 1} {'mache ich' if me else 'macht ' + he} eine Ausbildung als "
            f"{r.choice(['Fachkraft für Lagerlogistik', 'Kfz-Mechatroniker/in', 'Pflegefachkraft'])}; "
            "der Ausbildungsbetrieb unterstützt eine Ausbildungsduldung nach § 60c AufenthG."
        )
    else:
        ig.append(
            f"Bei {c.employer} {'arbeite ich' if me else 'arbeitet ' + he} als {c.job} und {'komme' if me else 'kommt'} "
            "ohne Sozialleistungen aus."
        )
    ig.append(
        f"In der Freizeit {'engagiere ich mich' if me else 'engagiert ' + he + ' sich'} ehrenamtlich: {c.club}."
        if r.random() < 0.5
        else f"Der {c.club} ist zu einem zweiten Zuhause geworden; dort {'bin ich' if me else 'ist ' + he} ehrenamtlich aktiv."
    )
    for k in c.school_age():
        ig.append(f"Über {k.vorname} ({c.school}) gibt es von der Einrichtung nur gute Rückmeldungen.")

    hu = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        phrase = N.ILLNESS_PHRASES[c.diagnosis[0]]
        if me and c.ill_person == 0:
            hu.append(f"Ich bin krank: Ich leide {phrase} und bin auf regelmäßige Behandlung angewiesen.")
        else:
            hu.append(f"{p.vorname} leidet {phrase}; die Behandlung läuft und darf nicht abbrechen.")
        hu.append(f"In {land} wäre diese Behandlung nicht zu bekommen oder nicht zu bezahlen.")
    us = "uns" if me else ("die Familie" if len(c.persons) > 1 else ("ihn" if a.sex == "m" else "sie"))
    hu.append(
        r.choice(
            [
                f"Eine Rückkehr würde {us} in eine Lage ohne Wohnung, Arbeit und Schutz bringen.",
                f"Nach so vielen Jahren wäre eine Rückkehr nach {land} ein Neuanfang im Nichts.",
                f"{'Mein' if me else 'Das'} ganzes Leben findet inzwischen hier statt; dort wartet nichts mehr.",
            ]
        )
    )
    return t


ORDER = ["lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"]


def _story_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    land = "my home country"
    t: dict[str, list[str]] = {k: [] for k in ORDER}
    t["lebensgeschichte"].append(f"I grew up in {land} and worked there before I had to leave.")
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"I had been deported in {c.entry.year - 2}. I came back on {_en_us(c.entry)} although there was an entry ban under § 11 AufenthG."
        )
    else:
        t["lebensgeschichte"].append(f"I arrived in Germany on {_en_us(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"My asylum claim of {_en_us(c.asylum_applied)} was refused by the BAMF on {_en_us(c.bamf_date)} (reference {c.bamf_gz})."
        )
        if c.court:
            s.append(
                f"The case at the {c.court_name} ({c.court_az}) "
                + ("has not been decided yet." if c.court_pending else "ended without success.")
            )
    else:
        s.append("I came on a visa, but the immigration office did not renew my residence permit.")
        if c.court:
            s.append(
                f"I went to the {c.court_name} ({c.court_az}); "
                + ("the case is still open." if c.court_pending else "I lost.")
            )
    s.append(
        "For now I have an Aufenthaltsgestattung while my case is open."
        if c.gestattung
        else "Now I only have a Duldung and must renew it every few months."
    )
    s.append(f"My file is with the Ausländerbehörde: {c.abh}.")
    if c.rueckfuehrung:
        s.append(f"I was told that I will be deported on {_en_us(c.rueckfuehrung)}.")
    if c.s58a:
        s.append("There is also a deportation order under § 58a AufenthG.")
    if c.criminal:
        s.append(
            f"I must also say that I got a Strafbefehl (penalty order) on {_en_us(c.criminal_date)} and paid the fine."
        )
    kids = c.children()
    if kids:
        t["familie"].append(
            f"My children {', '.join(k.vorname for k in kids)} go to school here and have their friends here."
        )
    t["familie"].append("There is no family left in my home country who could help us.")
    g = t["integration"]
    g.append("I have learned German and I try to speak it every day.")
    if c.ausbildung:
        g.append(
            "I started vocational training; my employer supports a training toleration (§ 60c AufenthG)."
        )
    else:
        g.append(f"I have a job as {c.job} at {c.employer}.")
    g.append(f"I help at {c.club} in my free time.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I suffer" if c.ill_person == 0 else f"{p.vorname} suffers"
        h.append(f"{who} {N.ILLNESS_EN[c.diagnosis[0]]} and needs regular treatment.")
    h.append(f"Going back to {land} would mean losing everything we built here.")
    return t


def _recipient(r: random.Random) -> list:
    lines = r.choice(
        [
            [
                "Härtefallkommission des Landes NRW",
                "– Geschäftsstelle –",
                "Völklinger Straße 4",
                "40219 Düsseldorf",
            ],
            ["Geschäftsstelle der Härtefallkommission", "beim MKJFGFI NRW", "40190 Düsseldorf"],
            ["An die Härtefallkommission", "Völklinger Str. 4", "40219 Düsseldorf"],
        ]
    )
    return [P(x, after=0) for x in lines] + [Space(12)]


def _rep_intro(c: Case, r: random.Random, names: str) -> str:
    rp = c.rep
    if rp.kind == "anwalt":
        return r.choice(
            [
                f"unter Vorlage der Originalvollmacht zeige ich an, dass ich {names} anwaltlich vertrete. "
                "Ich beantrage, die Angelegenheit in der Härtefallkommission zu beraten und ein Ersuchen nach § 23a AufenthG zu beschließen.",
                f"in der Sache {c.applicant.name} wende ich mich für meine Mandantschaft ({names}) an Sie. "
                "Die Vollmacht liegt an. Es wird beantragt, ein Härtefallersuchen an die oberste Landesbehörde zu richten.",
            ]
        )
    if rp.kind == "beratungsstelle":
        return r.choice(
            [
                f"wir begleiten {names} seit längerer Zeit in unserer Beratung. Mit ihrer Zustimmung und der beigefügten Vollmacht "
                "bitten wir die Kommission, sich mit ihrer Lage zu befassen und ein Härtefallersuchen zu stellen.",
                f"die {rp.org} übersendet Ihnen hiermit die Eingabe für {names} und bittet darum, den Fall in die Beratung der Härtefallkommission aufzunehmen.",
            ]
        )
    return (
        f"ich bin der {rp.relation} von {c.applicant.full} und schreibe für die Familie, weil ihr Deutsch für so einen Brief nicht reicht. "
        f"Die Vollmacht habe ich beigelegt. Bitte nehmen Sie sich des Falles von {names} an."
    )


# ------------------------------------------------------------------ antrag


def _persons_labels(c: Case) -> list:
    """Per person a two-column block with the labels on the left (no grid)."""
    out: list = []
    for i, p in enumerate(c.persons):
        rows = [[f"{i + 1}. {_rel_de(p)}", ""], ["Familienname:", p.name.upper()], ["Vorname(n):", p.vorname]]
        if _pf(c, i, "geburtsdatum"):
            rows.append(["geboren am:", fmt(p.geburtsdatum)])
        if _pf(c, i, "geburtsort"):
            rows.append(["Geburtsort:", p.geburtsort])
        if _pf(c, i, "staatsangehoerigkeit"):
            rows.append(["Staatsangehörigkeit:", p.staat])
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
        blocks += [P(f"Absender: {c.applicant.full}, {c.street}, {c.plz} {c.city}", size=9), Space(8)]
    blocks += _recipient(r)
    blocks.append(P(f"{_place(c)}, den {fmt_long(d.date)}", align="right"))
    ref = f"Unser Zeichen: {zlib.crc32(c.case_id.encode()) % 900 + 100}/{d.date.year % 100}"
    blocks.append(P(ref, size=9, align="right"))
    blocks.append(
        P(f"Härtefalleingabe {c.applicant.vorname} {c.applicant.name.upper()} u. a.", bold=True, after=1)
    )
    blocks.append(P(f"hier: Ersuchen nach § 23a AufenthG – {_abh_words(c, r)}", after=8))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if c.rep is not None:
        blocks.append(P(_rep_intro(c, r, _names_joined(c))))
    else:
        blocks.append(
            P(
                "ich wende mich an Sie mit der Bitte, meinen Fall und den meiner Familie als Härtefall zu prüfen."
            )
        )
    blocks.append(P("Die Eingabe betrifft folgende Personen:", after=3))
    blocks += _persons_labels(c)
    blocks.append(P(f"Gemeinsame Wohnanschrift: {c.street}, {c.plz} {c.city}"))
    blocks.append(P("Zur Sache:", bold=True))
    voice = "ich" if c.sender == "applicant" else "er"
    t = _story(c, r, voice)
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(" ".join(t[topic])))
    blocks.append(
        P(
            f"Beigefügt sind {_mentions_enclosures(c, r)}. Weitere Nachweise reichen wir kurzfristig nach. "
            "Für ein Gespräch stehen wir jederzeit zur Verfügung."
        )
    )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    if r.random() < 0.6:
        blocks.append(P("Anlagen", bold=True, size=9, after=1))
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
            out.append(P("Zur Familie gehören außerdem die Kinder:", after=2))
        who = f"{'Herr' if p.sex == 'm' else 'Frau'} {p.full}" if p.role != "child" else p.full
        born = []
        if _pf(c, i, "geburtsdatum"):
            born.append(f"am {fmt_long(p.geburtsdatum)}")
        if _pf(c, i, "geburtsort"):
            born.append(f"in {p.geburtsort}")
        s = f"{who} wurde {' '.join(born)} geboren" if born else who
        if _pf(c, i, "staatsangehoerigkeit"):
            s += f" und ist {_staat_noun(p)}" if born else f" ist {_staat_noun(p)}"
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
            blocks.append(Box([rl[0]] + rl[2:] + [f"Ansprechpartner/in: {c.rep.person}"], size=9))
    else:
        blocks += [
            P(c.applicant.full, after=0),
            P(f"c/o Unterkunft {c.street}", after=0),
            P(f"{c.plz} {c.city}"),
            Space(6),
        ]
    blocks += _recipient(r)
    blocks.append(P(_short(d.date), align="right"))
    blocks.append(P(f"Bitte um Aufnahme in das Härtefallverfahren – Familie {c.applicant.name}", bold=True))
    blocks.append(P("Sehr geehrte Mitglieder der Härtefallkommission,"))
    if c.rep is not None:
        blocks.append(P(_rep_intro(c, r, _names_joined(c))))
    else:
        blocks.append(
            P("ich bitte Sie sehr herzlich, über unsere Situation zu beraten. Wir haben alles versucht.")
        )
    blocks += _persons_sentences(c)
    blocks.append(
        P(
            f"Die Familie wohnt in {c.city}, {c.street}, {c.plz} {c.city}."
            if r.random() < 0.3
            else f"Wohnhaft: {c.street}, {c.plz} {c.city}"
        )
    )
    qs = {
        "lebensgeschichte": "Woher kommt die Familie?"
        if len(c.persons) > 1
        else "Woher kommt der/die Betroffene?",
        "aufenthaltssituation": "Wie ist der Stand des Verfahrens?",
        "familie": "Wer gehört dazu, wer lebt wo?",
        "integration": "Was wurde hier erreicht?",
        "humanitaere_gruende": "Warum ist eine Rückkehr nicht möglich?",
    }
    t = _story(c, r, "ich" if c.sender == "applicant" else "er")
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(qs[topic], bold=True, after=2))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(
        P(
            "Wir wären sehr dankbar, wenn die Kommission sich für einen dauerhaften Aufenthalt einsetzen würde."
            if c.rep is not None
            else "Ich danke Ihnen von Herzen für Ihre Mühe."
        )
    )
    blocks.append(P("Herzliche Grüße" if r.random() < 0.5 else "Mit freundlichem Gruß"))
    blocks.append(Signature(_signer(c), f"{_place(c)}, {_short(d.date)}"))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("antrag", "w3", SPLIT)
def antrag_w3(c, d, r):
    # a form with boxes: relation column first, unusual column order, enclosures ticked
    blocks: list = [
        P("HÄRTEFALLEINGABE – ERFASSUNGSBOGEN", bold=True, size=12, align="center", after=0),
        P("für ein Ersuchen nach § 23a Aufenthaltsgesetz (Härtefallkommission NRW)", size=9, align="center"),
        Rule(1.0),
    ]
    blocks.append(P("A  Eingereicht von", bold=True, after=2))
    if c.rep is None:
        blocks.append(
            Box(
                [
                    "☒ der/dem Betroffenen selbst   ☐ einer Vertretung",
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
                [f"☐ der/dem Betroffenen selbst   ☒ Vertretung ({kind})"] + [", ".join(_rep_lines(c))],
                size=9,
                bold_first=False,
            )
        )
    blocks.append(P("B  Betroffene Personen", bold=True, after=2))
    rows = [["Verhältnis", "Geb.-Datum", "Vorname", "FAMILIENNAME", "Geburtsort", "Staatsang."]]
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
    blocks.append(P("C  Anschrift / Zuständigkeit", bold=True, after=2))
    blocks.append(
        Table(
            [["Wohnanschrift", f"{c.street}, {c.plz} {c.city}"], ["Ausländerbehörde", c.abh]],
            [0.3, 0.7],
            header=False,
        )
    )
    blocks.append(P("D  Gründe", bold=True, after=2))
    labels = {
        "lebensgeschichte": "D.1 Herkunft und Weg nach Deutschland",
        "aufenthaltssituation": "D.2 Bisherige Verfahren",
        "familie": "D.3 Angehörige",
        "integration": "D.4 Schule, Arbeit, Sprache, Engagement",
        "humanitaere_gruende": "D.5 Was bei einer Ausreise droht",
    }
    t = _story(c, r, "ich" if c.sender == "applicant" else "er")
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(labels[topic], bold=True, size=9.5, after=1))
            blocks.append(P(" ".join(t[topic]), indent=10))
    blocks.append(P("E  Beigefügte Unterlagen", bold=True, after=2))
    enc = [
        ("Vollmacht", c.rep is not None),
        ("Schweigepflichtentbindung", c.illness),
        ("Einwilligung Datenschutz", True),
        ("Lebenslauf", r.random() < 0.7),
        ("Bescheid des BAMF", c.asylum),
    ]
    blocks.append(P("   ".join(f"{'☒' if on else '☐'} {x}" for x, on in enc), size=9))
    blocks.append(Space(8))
    blocks.append(Signature(_signer(c), f"Ort, Datum: {_place(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, _st(r, "cond", 10.0), footer="Antrag HFK – Seite {p}/{n}")


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
    blocks += [Space(6), P("Härtefallkommission NRW, Düsseldorf"), Space(4)]
    blocks.append(P(f"{_place(c)}, {fmt(d.date)}", align="right"))
    blocks.append(
        P(
            "Bitte helfen Sie uns" if me else f"Bitte helfen Sie Familie {c.applicant.name}",
            bold=True,
            size=12,
        )
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    if me:
        blocks.append(
            P(
                "ich schreibe Ihnen, weil wir nicht mehr weiter wissen. Wir haben Angst, dass wir Deutschland verlassen müssen. "
                "Ich bitte Sie, unseren Fall als Härtefall anzusehen."
            )
        )
    else:
        blocks.append(P(_rep_intro(c, r, _names_joined(c))))
    blocks.append(P("Das sind wir:" if me else "Es geht um:", after=2))
    blocks += _persons_lines(c)
    if not me:
        blocks.append(
            P(
                f"Die Familie wohnt {c.street}, {c.plz} {c.city}."
                if len(c.persons) > 1
                else f"Anschrift: {c.street}, {c.plz} {c.city}"
            )
        )
    blocks.append(
        P(
            f"Ausländerbehörde: {_abh_of(c.abh)}" if r.random() < 0.5 else f"zuständig ist die {c.abh}",
            size=10,
        )
    )
    t = _story(c, r, "ich" if me else "er")
    text = [" ".join(t[topic]) for topic in ORDER if topic in c.topics]
    for x in text:
        blocks.append(P(x))
    blocks.append(
        P(
            "Ich bitte Sie von ganzem Herzen: Geben Sie uns eine Chance. Die Vollmacht und die anderen Papiere lege ich bei."
            if not me
            else "Ich bitte Sie von ganzem Herzen: Geben Sie uns eine Chance. Wir wollen hier bleiben und arbeiten."
        )
    )
    blocks.append(P("Danke."))
    blocks.append(Signature(_signer(c)))
    return DocSpec(blocks, _st(r, r.choice(["sans", "cond"]), 11.0))


@tpl("antrag", "en_w1", SPLIT)
def antrag_en_w1(c, d, r):
    a = c.applicant
    blocks = [P(a.full, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}"), Space(10)]
    blocks += [
        P("To the Hardship Commission of North Rhine-Westphalia", after=0),
        P("Völklinger Str. 4, 40219 Düsseldorf"),
        Space(8),
    ]
    blocks.append(P(_en_us(d.date), align="right"))
    blocks.append(P("Subject: Request to consider my family's case as a hardship case", bold=True))
    blocks.append(P("Dear Members of the Commission,"))
    blocks.append(
        P(
            "I am writing to ask you for help. I am sorry that I write in English; I want to be sure that everything is correct. "
            "These are the persons in my family:"
        )
    )
    for i, p in enumerate(c.persons, 1):
        bits = [f"{i}) {p.vorname} {p.name.upper()} ({_rel_en(p)})"]
        if _pf(c, i - 1, "geburtsdatum"):
            bits.append(f"born {_en_us(p.geburtsdatum)}")
        if _pf(c, i - 1, "geburtsort"):
            bits.append(f"in {p.geburtsort}")
        if _pf(c, i - 1, "staatsangehoerigkeit"):
            bits.append(f"{c.natinfo['en']} citizen")
        blocks.append(P(" – ".join(bits), indent=10, after=1))
    blocks.append(P(f"We all live at {c.street}, {c.plz} {c.city}."))
    t = _story_en(c, r)
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("Please help us to stay. Thank you for reading my letter."))
    blocks.append(P("Sincerely,"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("antrag", "en_w2", SPLIT)
def antrag_en_w2(c, d, r):
    a = c.applicant
    blocks = [P(f"From: {a.full} · {c.street} · {c.plz} {c.city}", size=9), Rule(0.6)]
    blocks += [P("Härtefallkommission NRW – Geschäftsstelle", after=0), P("40219 Düsseldorf"), Space(6)]
    blocks.append(P(f"Date: {_en_uk(d.date)}"))
    blocks.append(P("APPLICATION UNDER SECTION 23a RESIDENCE ACT", bold=True, size=12))
    blocks.append(P("Dear Sir or Madam,"))
    blocks.append(P("with this letter I apply for a hardship decision for the following persons:"))
    rows = [["Relationship", "Full name", "Born on", "Birthplace", "Citizenship"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                _rel_en(p),
                p.full,
                _en_uk(p.geburtsdatum) if _pf(c, i, "geburtsdatum") else "",
                p.geburtsort if _pf(c, i, "geburtsort") else "",
                c.natinfo["en"] if _pf(c, i, "staatsangehoerigkeit") else "",
            ]
        )
    blocks.append(Table(rows, [0.16, 0.26, 0.2, 0.18, 0.2], size=9))
    blocks.append(P(f"Home address: {c.street}, {c.plz} {c.city}"))
    heads = {
        "lebensgeschichte": "1. Where I come from",
        "aufenthaltssituation": "2. My papers and the authorities",
        "familie": "3. My family",
        "integration": "4. My life in Germany",
        "humanitaere_gruende": "5. Why I cannot return",
    }
    t = _story_en(c, r)
    for topic in ORDER:
        if topic in c.topics:
            blocks.append(P(heads[topic], bold=True, after=1))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("I enclose copies of my documents. Kind regards,"))
    blocks.append(Signature(a.full, f"{c.city}, {_en_uk(d.date)}"))
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ bamf_bescheid

_TENOR_LONG = [
    "Die Flüchtlingseigenschaft wird nicht zuerkannt.",
    "Der Antrag auf Anerkennung als Asylberechtigte/r wird abgelehnt.",
    "Der subsidiäre Schutzstatus wird nicht zuerkannt.",
    "Abschiebungsverbote nach § 60 Abs. 5 und 7 Satz 1 AufenthG liegen nicht vor.",
    "Die antragstellende Person wird aufgefordert, die Bundesrepublik Deutschland innerhalb von 30 Tagen nach "
    "Bekanntgabe dieser Entscheidung zu verlassen; im Falle einer Klageerhebung endet die Ausreisefrist 30 Tage nach dem "
    "unanfechtbaren Abschluss des Asylverfahrens. Andernfalls wird sie in den Herkunftsstaat abgeschoben.",
    "Das Einreise- und Aufenthaltsverbot wird angeordnet und auf 30 Monate ab dem Tag der Abschiebung befristet.",
]
_TENOR_SHORT = [
    "Der Asylantrag wird als unzulässig abgelehnt.",
    "Abschiebungsverbote nach § 60 Abs. 5 und 7 Satz 1 AufenthG liegen nicht vor.",
    "Die Abschiebung in den für die Durchführung des Asylverfahrens zuständigen Mitgliedstaat wird angeordnet.",
    "Das Einreise- und Aufenthaltsverbot wird angeordnet und auf 12 Monate ab dem Tag der Abschiebung befristet.",
]
_REASONS = [
    "Die antragstellende Person, {nat}e Staatsangehörige, reiste eigenen Angaben zufolge am {entry} in das Bundesgebiet ein. Am {applied} stellte sie einen förmlichen Asylantrag.",
    "In der persönlichen Anhörung gab sie an, ihr Herkunftsland aus Angst vor Übergriffen verlassen zu haben. Konkrete, auf ihre Person bezogene Ereignisse schilderte sie nicht.",
    "Der Antrag ist unbegründet. Eine begründete Furcht vor Verfolgung im Sinne des § 3 AsylG ist nicht festzustellen; das Vorbringen bleibt allgemein und beschreibt die Lage der Bevölkerung insgesamt.",
    "Die Schilderungen weisen Ungereimtheiten auf, die auch auf Vorhalt nicht aufgelöst wurden. Zeitangaben wechselten, Einzelheiten blieben aus.",
    "Die Voraussetzungen des subsidiären Schutzes nach § 4 AsylG liegen nicht vor. Ein ernsthafter Schaden droht weder durch staatliche noch durch nichtstaatliche Akteure.",
    "Nationale Abschiebungsverbote bestehen nicht. Es ist davon auszugehen, dass die antragstellende Person ihr Existenzminimum im Herkunftsland sichern kann, gegebenenfalls mit Hilfe ihres Familienverbandes.",
    "Eine erhebliche konkrete Gefahr aus gesundheitlichen Gründen wurde nicht durch eine qualifizierte ärztliche Bescheinigung im Sinne des § 60a Abs. 2c AufenthG glaubhaft gemacht.",
    "Die Abschiebungsandrohung beruht auf § 34 Abs. 1 AsylG i. V. m. § 59 AufenthG. Die Ausreisefrist folgt aus § 38 Abs. 1 AsylG.",
    "Die Befristung des Einreise- und Aufenthaltsverbots ist angemessen. Besondere schutzwürdige Belange, die eine kürzere Frist rechtfertigen, wurden nicht geltend gemacht.",
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
    rows = [["lfd. Nr.", "Name, Vorname", "geb. am", "Geburtsort"]]
    for i, p in enumerate(c.persons, 1):
        rows.append([str(i), f"{p.name}, {p.vorname}", fmt(p.geburtsdatum), p.geburtsort])
    return [
        P("Die Entscheidung ergeht für folgende Personen:", after=2),
        Table(rows, [0.12, 0.38, 0.22, 0.28], size=9),
    ]


def _rbb(c: Case) -> str:
    court = c.court_name or f"Verwaltungsgericht {N.COURTS[zlib.crc32(c.case_id.encode()) % len(N.COURTS)]}"
    return (
        f"Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb von {'einer Woche' if c.bamf_tenor == 4 else 'zwei Wochen'} "
        f"nach Zustellung Klage beim {court} erhoben werden. Für die Rechtzeitigkeit ist der Tag des Eingangs bei Gericht maßgeblich. "
        "Die Klage ist gegen die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge, zu richten."
    )


@tpl("bamf_bescheid", "w1", SPLIT)
def bamf_w1(c, d, r):
    a = c.applicant
    site = c.bamf_site
    ort = site[2].split(" ", 1)[1]
    blocks = [
        Table(
            [
                ["Bundesamt für", f"Ort: {ort}"],
                ["Migration und Flüchtlinge", f"Datum: {fmt(d.date)}"],
                [site[0], f"Gesch.-Z.: {c.bamf_gz}"],
                ["", "bitte unbedingt angeben"],
            ],
            [0.55, 0.45],
            header=False,
            grid=False,
        ),
        Space(8),
        P("Zustellung gegen Empfangsbekenntnis", size=8, after=1),
        P(f"{a.herr_frau()}", after=0),
        P(c.street if c.residence != "abroad" else c.adresse, after=0),
        P(f"{c.plz} {c.city}" if c.residence != "abroad" else ""),
        Space(8),
        P("B E S C H E I D", bold=True, size=13, align="center"),
        P(
            f"Im Asylverfahren von {a.name}, {a.vorname}, geb. {fmt(a.geburtsdatum)}, {a.geburtsort}, Staatsangehörigkeit {a.staat}, "
            "wird folgendes entschieden:"
        ),
    ]
    blocks += _bamf_family(c)
    tenor = _TENOR_LONG if c.bamf_tenor == 6 else _TENOR_SHORT
    for i, x in enumerate(tenor, 1):
        blocks.append(P(f"{i}.  {x}", indent=14, after=3))
    blocks.append(P("Gründe", bold=True, align="center"))
    for x in _bamf_reasons(c, d, r):
        blocks.append(P(x))
    blocks.append(P(_rbb(c), size=9))
    blocks += [
        P("Im Auftrag", after=14),
        P(r.choice(["Hülsmann", "Demir", "Krüger", "Baumann"]), after=0),
        P("Einzelentscheider/in", size=8),
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
        P(f"Geschäftszeichen (Gesch.-Z.): {c.bamf_gz}", after=0, size=9.5),
        P(f"{site[2].split(' ', 1)[1]}, den {fmt_long(d.date)}", size=9.5),
        Space(6),
    ]
    if c.rep is not None and c.rep.kind == "anwalt":
        blocks += [
            P(c.rep.org, after=0),
            P(c.rep.street, after=0),
            P(c.rep.city),
            P(f"in Sachen {a.full}", size=9),
        ]
    else:
        blocks += [P(a.herr_frau(), after=0), P(c.adresse)]
    blocks.append(Space(6))
    blocks.append(P("Bescheid", bold=True, size=14))
    blocks.append(
        P(
            f"Auf den Asylantrag vom {fmt(c.asylum_applied)} ergeht in dem Verfahren {a.vorname} {a.name} "
            f"(geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}) folgende Entscheidung:"
        )
    )
    tenor = _TENOR_LONG if c.bamf_tenor == 6 else _TENOR_SHORT
    for i, x in enumerate(tenor, 1):
        blocks.append(P(f"Ziffer {i}: {x}", after=3))
    blocks.append(P("I. Sachverhalt", bold=True))
    reasons = _bamf_reasons(c, d, r)
    half = max(1, len(reasons) // 3)
    for x in reasons[:half]:
        blocks.append(P(x))
    blocks.append(P("II. Rechtliche Würdigung", bold=True))
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
        footer=f"{c.bamf_gz} · Seite {{p}} von {{n}}",
        header=f"Bundesamt für Migration und Flüchtlinge – Gesch.-Z. {c.bamf_gz}",
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
                f"{site[0]} – {site[2]}",
                f"Gesch.-Z.: {c.bamf_gz}    Datum: {_short(d.date)}",
            ],
            size=9.5,
        ),
        P(f"Antragsteller/in: {a.name.upper()}, {a.vorname}", after=0),
        P(f"geboren: {fmt(a.geburtsdatum)} in {a.geburtsort}", after=0),
        P(f"Staatsangehörigkeit: {a.staat}", after=0),
        P(f"Anschrift: {c.adresse}"),
        P("Bescheid über den Asylantrag", bold=True, size=12),
        P("Tenor:", bold=True, after=1),
    ]
    tenor = _TENOR_LONG if c.bamf_tenor == 6 else _TENOR_SHORT
    for i, x in enumerate(tenor, 1):
        blocks.append(P(f"({i}) {x}", indent=8, after=2))
    blocks.append(P("Begründung:", bold=True, after=1))
    for i, x in enumerate(_bamf_reasons(c, d, r), 1):
        blocks.append(P(f"{i}. {x}"))
    blocks.append(P(_rbb(c), size=9))
    blocks.append(P("Im Auftrag – Entscheider"))
    return DocSpec(blocks, _st(r, "mono", 9.5), footer="Seite {p} von {n}", header=f"Gesch.-Z.: {c.bamf_gz}")


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
        P("zur Vorlage bei Behörden", size=9),
        P(
            f"Betr.: {p.herr_frau() if p.role != 'child' else p.full}, geb. {fmt(p.geburtsdatum)}, wohnhaft {c.street}, {c.plz} {c.city}"
        ),
        P(
            f"Die o. g. Person ist seit {N.MONTHS_DE[(c.entry.month + 3) % 12]} {c.entry.year + 1} bei uns in Behandlung. "
            f"Es besteht eine {name} ({code}). Der Schweregrad ist als {sev} einzuschätzen."
        ),
        P(
            f"Im Vordergrund stehen {r.choice(['Schlafstörungen, Konzentrationsprobleme und Panikattacken', 'Erschöpfung, Antriebslosigkeit und Grübeln', 'schwankende Werte und wiederkehrende Krisen'])}. "
            f"Die aktuelle Medikation umfasst {' und '.join(r.sample(N.MEDICATION, 2))}."
        ),
        P(
            "Aus ärztlicher Sicht ist eine kontinuierliche Weiterbehandlung zwingend. Ein Abbruch – etwa durch eine Rückführung – "
            "ließe eine deutliche Verschlechterung bis hin zu einer akuten Gefährdung erwarten."
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
                ["Patient/in", _patient_line(c, fmt)],
                ["Diagnose(n)", f"{code}  {name}"],
                ["Behandlung seit", str(c.entry.year + 1)],
            ],
            [0.28, 0.72],
            header=False,
        ),
        P("Befund", bold=True, after=1),
        P(
            f"Bei der heutigen Vorstellung {r.choice(['wach, orientiert, affektiv deutlich eingeschränkt', 'psychomotorisch unruhig, Schlaf massiv gestört', 'körperlich erschöpft, Laborwerte weiter auffällig'])}. "
            f"Schweregrad: {sev}."
        ),
        P("Therapie", bold=True, after=1),
        P(
            f"{'; '.join(r.sample(N.MEDICATION, 2))}. Regelmäßige Kontrolltermine alle {r.choice(['zwei', 'vier', 'sechs'])} Wochen."
        ),
        P("Beurteilung", bold=True, after=1),
        P(
            "Die Erkrankung ist chronisch und behandlungsbedürftig. Eine Unterbrechung der Versorgung ist nicht vertretbar."
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
            "Qualifizierte ärztliche Bescheinigung (§ 60a Abs. 2c AufenthG)",
            bold=True,
            size=12,
            align="center",
        ),
        Table(
            [
                ["Name, Vorname", f"{p.name}, {p.vorname}"],
                ["Geburtsdatum", fmt(p.geburtsdatum)],
                ["Anschrift", f"{c.street}, {c.plz} {c.city}"],
                ["Datum der Untersuchung", fmt(d.date)],
            ],
            [0.38, 0.62],
            header=False,
        ),
        P(f"Diagnose nach ICD-10-GM: {code} – {name}"),
        P(
            f"Die Erkrankung ist {sev} ausgeprägt und erfordert eine dauerhafte ärztliche Betreuung. "
            f"Es erfolgt eine medikamentöse Behandlung ({r.choice(N.MEDICATION)})."
        ),
        P(
            "Reisefähigkeit: aus ärztlicher Sicht derzeit nicht gegeben."
            if sev == "schwer"
            else "Eine Fortführung der Behandlung ist dringend geboten."
        ),
        Space(10),
        Signature(c.doctor, "Stempel / Unterschrift"),
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
        P("Hiermit bevollmächtige(n) ich/wir", after=2),
        P(_rep_full(c), bold=True, indent=10),
        P(
            "mich/uns in allen aufenthaltsrechtlichen Angelegenheiten zu vertreten, insbesondere gegenüber der Härtefallkommission "
            "des Landes NRW, den Ausländerbehörden und Gerichten. Die Vollmacht umfasst die Akteneinsicht und die Befugnis, "
            "Zustellungen entgegenzunehmen."
        ),
        P("Vollmachtgeber/in:", bold=True, after=1),
    ]
    for p in [x for x in c.persons if x.role != "child"]:
        blocks.append(P(f"{p.full}, geb. {fmt(p.geburtsdatum)}", indent=10, after=1))
    if c.children():
        blocks.append(
            P(
                f"zugleich für die minderjährigen Kinder {', '.join(k.vorname for k in c.children())}",
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
                ["Bevollmächtigte/r", _rep_full(c)],
                ["in Sachen", f"{c.applicant.name} wg. Aufenthalt / Härtefall"],
                ["Vollmachtgeber/in", f"{c.applicant.full}, {c.adresse}"],
            ],
            [0.3, 0.7],
            header=False,
        ),
        P("Die Vollmacht ermächtigt insbesondere:", after=1),
    ]
    for x in [
        "zur Vertretung vor Behörden, Kommissionen und Gerichten aller Instanzen",
        "zur Stellung und Rücknahme von Anträgen",
        "zur Einsicht in Verwaltungs- und Gerichtsakten",
        "zur Bestellung von Vertreter/innen (Untervollmacht)",
    ]:
        blocks.append(P(f"▪ {x}", indent=10, after=1, size=9.5))
    blocks.append(Space(10))
    blocks.append(
        Table(
            [
                [f"{c.city_or_nrw()}, {fmt(d.date)}", "________________________"],
                ["Ort, Datum", "Unterschrift"],
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
            f"Ich, {c.applicant.full}, erlaube {who} ({_rep_full(c)}), für mich und meine Familie mit der Härtefallkommission "
            "und mit der Ausländerbehörde zu sprechen, Briefe zu schicken und Briefe für mich zu bekommen."
        ),
        P("Das gilt bis ich es widerrufe."),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, den {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "cond", 11.0))


# ------------------------------------------------------------------ schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "w1", SPLIT)
def schweige_w1(c, d, r):
    p = c.persons[c.ill_person]
    blocks = [
        P("Erklärung über die Befreiung von der ärztlichen Schweigepflicht", bold=True, size=12),
        Table(
            [["Patient/in", p.full], ["geboren am", fmt(p.geburtsdatum)], ["Anschrift", c.adresse]],
            [0.3, 0.7],
            header=False,
        ),
        P(
            f"Ich befreie {c.doctor}, {c.practice}, sowie alle mich behandelnden Ärztinnen, Ärzte und Therapeut/innen "
            "gegenüber der Geschäftsstelle der Härtefallkommission NRW und deren Mitgliedern von der Schweigepflicht."
        ),
        P(
            "Die Befreiung gilt für Auskünfte über Diagnosen, Behandlung und Prognose. Ich kann sie jederzeit widerrufen."
        ),
    ]
    if p.role == "child":
        blocks.append(
            P(
                f"Für das minderjährige Kind unterschreibt die/der Sorgeberechtigte {c.applicant.full}.",
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
        P("Gegenseitige Entbindung von der Schweigepflicht", bold=True, size=14, align="center"),
        P(f"Name: {p.full}        Geburtsdatum: {fmt(p.geburtsdatum)}"),
        P("Ich entbinde die folgenden Stellen gegenseitig von ihrer Schweigepflicht:", after=2),
        P(f"☒ {c.practice}", indent=10, after=1),
        P("☒ Geschäftsstelle der Härtefallkommission NRW", indent=10, after=1),
        P(
            f"☒ {c.rep.org if c.rep and c.rep.kind != 'privat' else 'meine Vertrauensperson'}",
            indent=10,
            after=1,
        ),
        P("☐ Krankenkasse", indent=10),
        P("Zweck: Prüfung meines Härtefallantrags. Der Widerruf ist jederzeit für die Zukunft möglich."),
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
        P("Betreff: Entbindung von der Schweigepflicht", bold=True),
        P(
            f"Hiermit erkläre ich mich einverstanden, dass {c.doctor} der Härtefallkommission Auskunft über die Erkrankung von "
            f"{p.full} (geb. {fmt_long(p.geburtsdatum)}) gibt und Befunde übersendet. Insoweit wird die Ärztin/der Arzt von der "
            "Schweigepflicht entbunden."
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
            "Datenschutzrechtliche Einwilligung (Art. 6 Abs. 1 lit. a, Art. 9 Abs. 2 lit. a DSGVO)",
            bold=True,
            size=11,
        ),
        P(
            "Ich willige ein, dass die Geschäftsstelle der Härtefallkommission die von mir und für mich übermittelten Daten – "
            "auch Angaben zur Gesundheit – zur Vorbereitung und Beratung meines Falls verarbeitet und dazu Auskünfte bei der "
            "Ausländerbehörde, dem Bundesamt und den Gerichten einholt."
        ),
        P("Die Einwilligung ist freiwillig. Ein Widerruf wirkt nur für die Zukunft.", size=9),
        P("Die Einwilligung gilt für:", after=1),
    ]
    rows = [["Name", "Vorname", "Unterschrift"]]
    for p in c.persons:
        rows.append([p.name, p.vorname, "" if p.role == "child" else "(unterschrieben)"])
    blocks.append(Table(rows, [0.35, 0.3, 0.35]))
    blocks.append(P(f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, _st(r))


@tpl("datenschutzeinwilligung", "w2", SPLIT)
def ds_w2(c, d, r):
    # an information sheet with the consent at its end
    blocks = [
        P("Informationen nach Art. 13 DSGVO und Einverständniserklärung", bold=True, size=12, align="center"),
        P("1. Wer verarbeitet Ihre Daten?", bold=True, after=1),
        P(
            "Die Geschäftsstelle der Härtefallkommission beim zuständigen Landesministerium, Völklinger Str. 4, Düsseldorf."
        ),
        P("2. Wozu?", bold=True, after=1),
        P("Zur Prüfung, ob Ihr Fall der Kommission vorgelegt wird, und zur Vorbereitung der Sitzung."),
        P("3. Wie lange?", bold=True, after=1),
        P("Bis zum Abschluss des Verfahrens und danach nach den gesetzlichen Aufbewahrungsfristen."),
        Rule(),
        P(
            f"Ich, {c.applicant.full}, habe die Informationen gelesen und bin mit der Verarbeitung meiner Daten und der Daten "
            "meiner Familie einverstanden."
        ),
        Signature(c.applicant.full, f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans", 10.0))


@tpl("datenschutzeinwilligung", "w3", SPLIT)
def ds_w3(c, d, r):
    # bilingual consent (German / English) as used by counselling services
    blocks = [
        P(
            "Zustimmung zur Speicherung und Weitergabe meiner Daten / Consent to the use of my data",
            bold=True,
            size=12,
        ),
        Table(
            [
                [
                    "Ich bin einverstanden, dass meine personenbezogenen Daten für das Härtefallverfahren verarbeitet werden.",
                    "I agree that my personal data are processed for the hardship procedure.",
                ],
                ["Ich kann die Einwilligung jederzeit widerrufen.", "I can withdraw my consent at any time."],
            ],
            [0.5, 0.5],
            header=False,
        ),
        P(f"Name / name: {c.applicant.full}"),
        P(f"Datum / date: {fmt(d.date)}"),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ------------------------------------------------------------------ lebenslauf


@tpl("lebenslauf", "w1", SPLIT)
def cv_w1(c, d, r):
    a = c.applicant
    rows = [
        ["Name", a.full],
        ["geboren", f"{fmt(a.geburtsdatum)} in {a.geburtsort}"],
        ["Staatsangehörigkeit", a.staat],
        ["Familienstand", "verheiratet" if any(p.role == "spouse" for p in c.persons) else "ledig"],
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
        (_short(c.entry), "Ankunft in Deutschland"),
    ]
    if c.asylum:
        steps.append((_short(c.asylum_applied), "Asylantrag"))
    steps.append((str(c.entry.year + 1), "Deutschkurs / Integrationskurs"))
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
        P("Mein Lebenslauf", bold=True, size=13),
        P(
            f"Mein Name ist {a.full}. Ich wurde am {fmt(a.geburtsdatum)} in {a.geburtsort} geboren. "
            f"Ich bin {c.natinfo['de']}e{'r' if a.sex == 'm' else ''} Staatsangehörige{'r' if a.sex == 'm' else ''}."
        ),
        P(
            f"In {a.geburtsort} bin ich zur Schule gegangen. Danach habe ich meinen Eltern geholfen und gearbeitet. "
            f"Im Jahr {c.entry.year} musste ich meine Heimat verlassen und kam am {fmt(c.entry)} nach Deutschland."
        ),
        P(
            f"Hier habe ich Deutsch gelernt. Jetzt arbeite ich als {c.job}. Ich möchte mit meiner Familie in {c.city_or_nrw()} bleiben."
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
                ["Teilnehmer/in", f"{a.name}, {a.vorname}"],
                ["Geburtsdatum / -ort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Prüfungsdatum", fmt(d.date - timedelta(days=r.randint(20, 50)))],
                ["Schriftlich / Mündlich", f"{r.randint(140, 220)} / {r.randint(60, 75)} Punkte"],
                ["Gesamtergebnis", "bestanden – Niveau B1"],
            ],
            [0.4, 0.6],
            header=False,
        ),
        P(f"Ausstellungsdatum: {fmt(d.date)}", align="right", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sprachnachweis", "w2", SPLIT)
def sprach_w2(c, d, r):
    a = c.applicant
    blocks = [
        P(f"Volkshochschule {c.city_or_nrw()}", bold=True, after=0),
        P("Fachbereich Deutsch als Zweitsprache", size=9),
        Space(8),
        P("Teilnahmebescheinigung Integrationskurs", bold=True, size=12),
        P(
            f"{a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, hat vom {fmt(d.date - timedelta(days=300))} bis {fmt(d.date - timedelta(days=14))} "
            f"am Integrationskurs (Sprachkurs {r.choice(['600', '900'])} UE, Orientierungskurs 100 UE) teilgenommen. "
            f"Der Deutsch-Test für Zuwanderer wurde mit dem Niveau {r.choice(['A2', 'B1'])} abgeschlossen."
        ),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}"),
        P("Kursleitung", size=9),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "w1", SPLIT)
def arbeit_w1(c, d, r):
    a = c.applicant
    brutto = r.randint(1900, 2900)
    blocks = [
        P(c.employer, bold=True, after=0),
        P("Verdienstabrechnung", size=13, bold=True, align="right"),
        P(f"Abrechnungsmonat {N.MONTHS_DE[d.date.month - 1]} {d.date.year}", align="right", size=9),
        Table(
            [
                ["Personal-Nr.", str(zlib.crc32(a.full.encode()) % 90000 + 10000)],
                ["Name", f"{a.name}, {a.vorname}"],
                ["Tätigkeit", c.job],
                ["Eintritt", fmt(c.entry + timedelta(days=700))],
            ],
            [0.35, 0.65],
            header=False,
        ),
        Table(
            [
                ["Bezeichnung", "Betrag EUR"],
                ["Gehalt/Lohn", f"{brutto},00"],
                ["Lohnsteuer", f"-{brutto // 12},40"],
                ["Sozialversicherung", f"-{int(brutto * 0.2)},15"],
                ["Auszahlung", f"{brutto - brutto // 12 - int(brutto * 0.2)},45"],
            ],
            [0.6, 0.4],
        ),
        P(f"Erstellt: {fmt(d.date)}", size=8),
    ]
    return DocSpec(blocks, _st(r, "mono", 9.5))


@tpl("arbeitsnachweis", "w2", SPLIT)
def arbeit_w2(c, d, r):
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, size=12, align="center"),
        Rule(),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"),
        P("Arbeitgeberbescheinigung", bold=True),
        P(
            f"Wir bestätigen, dass {a.herr_frau()} (geb. {fmt(a.geburtsdatum)}) bei uns in einem unbefristeten Arbeitsverhältnis "
            f"als {c.job} beschäftigt ist, derzeit mit {r.choice(['39', '35', '30'])} Wochenstunden."
        ),
        P("Wir sind mit der Arbeit sehr zufrieden und möchten das Arbeitsverhältnis gern fortsetzen."),
        Signature("Personalabteilung"),
    ]
    return DocSpec(blocks, _st(r))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "w1", SPLIT)
def ehren_w1(c, d, r):
    blocks = [
        P(c.club, bold=True, size=12),
        P("– Der Vorstand –", size=9),
        Space(8),
        P(f"{_short(d.date)}", align="right"),
        P("Nachweis über ehrenamtliche Tätigkeit", bold=True),
        P(
            f"{c.applicant.full} ist seit {c.entry.year + 2} bei uns aktiv und übernimmt regelmäßig Aufgaben, "
            f"{r.choice(['beim Training der Jugendmannschaft', 'bei der Lebensmittelausgabe', 'beim Aufbau von Festen und Veranstaltungen'])}. "
            f"Im Durchschnitt sind es {r.randint(3, 8)} Stunden pro Woche."
        ),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)} (1. Vorsitzende/r)"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("ehrenamt", "w2", SPLIT)
def ehren_w2(c, d, r):
    blocks = [
        Box([c.club, "Bescheinigung für Ehrenamtliche"], size=10),
        P(f"Hiermit wird bestätigt, dass {c.applicant.full} sich freiwillig und unentgeltlich engagiert."),
        Table(
            [
                ["Zeitraum", f"seit {month_year_short(c.entry + timedelta(days=500))}"],
                ["Einsatzbereich", r.choice(["Kleiderkammer", "Hausaufgabenhilfe", "Dolmetschen"])],
                ["Ausgestellt", fmt(d.date)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        Signature("Koordination Ehrenamt"),
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
            f"Ich wohne seit Jahren Tür an Tür mit {c.applicant.full}. Wir helfen uns gegenseitig, beim Einkaufen, "
            "mit den Kindern und wenn jemand krank ist. Es wäre für unser ganzes Haus ein großer Verlust, wenn die Familie gehen müsste."
        ),
        P("Ich bitte die Kommission herzlich, sich für ein Bleiberecht einzusetzen."),
        Signature(who),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("unterstuetzerschreiben", "w2", SPLIT)
def unter_w2(c, d, r):
    blocks = [
        P(c.employer, bold=True, align="right", after=0),
        P("Geschäftsleitung", size=9, align="right"),
        Rule(),
        P(f"Datum: {fmt(d.date)}"),
        P(f"Unterstützung des Härtefallantrags von {c.applicant.full}", bold=True),
        P(
            f"{c.applicant.vorname} {c.applicant.name} ist für unseren Betrieb unverzichtbar geworden. Wir suchen seit langem Personal "
            "und finden kaum jemanden. Wir würden eine Aufenthaltserlaubnis ausdrücklich begrüßen und sichern die Weiterbeschäftigung zu."
        ),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Inhaber/in"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ------------------------------------------------------------------ schulnachweis


@tpl("schulnachweis", "w1", SPLIT)
def schul_w1(c, d, r):
    k = _child(c, d)
    blocks = [
        P(c.school, bold=True, size=12, align="center", after=0),
        P(f"{c.city_or_nrw()} · Sekretariat", size=9, align="center"),
        Rule(),
        P("Schülerbescheinigung", bold=True, size=13),
        P(
            f"{k.full}, geboren am {fmt(k.geburtsdatum)}, ist Schüler/in unserer Schule und besucht im Schuljahr "
            f"{d.date.year if d.date.month >= 8 else d.date.year - 1}/{(d.date.year if d.date.month >= 8 else d.date.year - 1) + 1 - 2000} "
            f"die Klasse {max(1, k.age_on(d.date) - 5)}{r.choice('abc')}."
        ),
        P("Diese Bescheinigung wird zur Vorlage bei Behörden ausgestellt."),
        P(f"{c.city_or_nrw()}, {_short(d.date)}"),
        P("i. A. Sekretariat (Siegel)", size=9),
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
        P("Halbjahreszeugnis", bold=True, size=14, align="center"),
        P(f"für {k.full}, geb. {fmt(k.geburtsdatum)}, Klasse {max(1, k.age_on(d.date) - 5)}"),
        Table(
            [["Fach", "Note"]]
            + [[s, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])] for s in subjects],
            [0.6, 0.4],
        ),
        P(f"Versäumte Stunden: {r.randint(0, 20)}, davon unentschuldigt: 0", size=9),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}"),
        Table([["Klassenleitung", "Schulleitung"]], [0.5, 0.5], header=False, grid=False),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


@tpl("auslaenderbehoerde", "duldung_w", SPLIT)
def abh_duldung_w(c, d, r):
    a = c.applicant
    until = d.date + timedelta(days=r.choice([90, 120, 180]))
    auflage = (
        "Ausbildungsduldung gemäß § 60c AufenthG. Die Ausbildung im genehmigten Betrieb ist gestattet."
        if c.ausbildung
        else "Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde. Wohnsitzauflage: "
        + c.city_or_nrw()
        + "."
    )
    blocks = [
        P("D U L D U N G", bold=True, size=14, align="center"),
        P("nach § 60a Abs. 4 AufenthG – berechtigt nicht zum Grenzübertritt", size=8, align="center"),
        Table(
            [
                ["Name", a.name.upper()],
                ["Vornamen", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", c.adresse],
                ["Die Abschiebung wird ausgesetzt bis", fmt(until)],
                ["Nebenbestimmungen", auflage],
            ],
            [0.4, 0.6],
            header=False,
        ),
        P(f"Ausstellende Behörde: {c.abh}, {c.abh_plz}", size=9),
        P(f"Ausgestellt am {fmt(d.date)}", size=9),
    ]
    if c.einreiseverbot:
        blocks.append(
            P(
                "Hinweis: Gegen die/den Inhaber/in besteht ein befristetes Einreise- und Aufenthaltsverbot (§ 11 AufenthG).",
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
            f"Datum: {fmt(d.date)}    Aktenzeichen: 32.{zlib.crc32(a.full.encode()) % 9000 + 1000}",
            size=9,
            align="right",
        ),
        P("Anhörung gemäß § 28 VwVfG NRW", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            "Sie sind vollziehbar ausreisepflichtig. Es ist beabsichtigt, aufenthaltsbeendende Maßnahmen einzuleiten. "
            f"Sie erhalten Gelegenheit, sich bis zum {fmt(d.date + timedelta(days=21))} zu äußern."
        ),
    ]
    if c.rueckfuehrung and c.rueckfuehrung > d.date:
        blocks.append(P(f"Die Rückführung ist für den {fmt(c.rueckfuehrung)} vorgesehen."))
    blocks += [P("Mit freundlichen Grüßen"), P("Im Auftrag", after=0), P(f"{r.choice(N.GERMAN_SURNAMES)}")]
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
        P(f"Aktenzeichen: {c.court_az}", size=9),
        P(c.court_name.upper(), bold=True, align="center", size=12),
        P(kind.upper() if kind == "Beschluss" else "IM NAMEN DES VOLKES – URTEIL", bold=True, align="center"),
        P(
            f"In der Verwaltungsrechtssache {a.full}, {c.adresse}, – {'Kläger/in' if c.asylum else 'Antragsteller/in'} –"
        ),
        P(f"gegen {other} – {'Beklagte' if c.asylum else 'Antragsgegner'} –"),
        P(
            f"wegen {'Asylrecht' if c.asylum else 'Aufenthaltsrecht'} hat die Kammer am {fmt_long(d.date)} entschieden:"
        ),
        P(
            "Die Klage wird abgewiesen. Die Kosten des gerichtskostenfreien Verfahrens trägt die klagende Partei."
            if c.asylum
            else "Der Antrag auf Gewährung vorläufigen Rechtsschutzes wird abgelehnt. Der Streitwert wird auf 2.500 Euro festgesetzt."
        ),
        P("Gründe:", bold=True),
        P(
            "Das Vorbringen rechtfertigt keine andere Entscheidung. Die angegriffene Entscheidung ist nicht zu beanstanden."
        ),
        P(
            "Rechtsmittelbelehrung: Gegen diese Entscheidung kann unter den Voraussetzungen der VwGO ein Rechtsmittel eingelegt werden.",
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
        Box([c.court_name, f"Geschäftsnummer {c.court_az}", "Ausfertigung"], size=9.5),
        P("BESCHLUSS" if not c.asylum else "URTEIL", bold=True, size=13, align="center"),
        P(
            f"In dem Verfahren {a.name}, {a.vorname} ./. {'Bundesrepublik Deutschland' if c.asylum else c.abh.split('–')[0].strip()}"
        ),
        P(f"entscheidet das Gericht am {fmt(d.date)}:"),
        P(
            "1. Die Klage wird abgewiesen." if c.asylum else "1. Der Antrag wird abgelehnt.",
            indent=10,
            after=1,
        ),
        P("2. Die Kosten trägt die unterliegende Partei.", indent=10),
        P("Entscheidungsgründe" if c.asylum else "Gründe", bold=True),
        P(
            "Eine Verletzung subjektiver Rechte ist nicht ersichtlich; auf die Begründung des angegriffenen Bescheides wird Bezug genommen."
        ),
        P("Beglaubigt: Urkundsbeamtin/Urkundsbeamter der Geschäftsstelle", size=8, align="right"),
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
        P(f"gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, wohnhaft {c.adresse}"),
        P(f"Die Staatsanwaltschaft legt Ihnen folgendes zur Last: {off}."),
        P(f"Auf Antrag der Staatsanwaltschaft wird gegen Sie eine Geldstrafe von {sentence} festgesetzt."),
        P(
            "Dieser Strafbefehl wird rechtskräftig, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung Einspruch einlegen.",
            size=9,
        ),
        P(f"{c.court_city}, {fmt(d.date)}", align="right"),
        P("Richter/in am Amtsgericht", align="right"),
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
        P("Urteil in der Strafsache", bold=True, align="center"),
        P(f"gegen {a.full}, geb. {fmt(a.geburtsdatum)}, {c.street}, {c.plz} {c.city},"),
        P(f"wegen {off}."),
        P(f"Das Amtsgericht – Strafrichter – hat in der Sitzung vom {fmt(d.date)} für Recht erkannt:"),
        P(
            f"Der Angeklagte wird wegen {off} zu einer Geldstrafe von {sentence} verurteilt. Er trägt die Kosten des Verfahrens.",
            indent=10,
        ),
        P("Angewendete Vorschriften: siehe Tatbezeichnung.", size=9),
        P(
            "Für die Richtigkeit der Abschrift: Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle",
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
        P("Farbkopie – Reisepass", size=8),
        Table(
            [
                ["Type / Typ", "P"],
                ["Surname / Name", a.name.upper()],
                ["Given names / Vornamen", a.vorname.upper()],
                ["Nationality", c.natinfo["en"].upper()],
                ["Date of birth", a.geburtsdatum.strftime("%d.%m.%Y")],
                ["Place of birth", a.geburtsort.upper()],
                ["Date of issue", d.date.strftime("%d.%m.%Y")],
                ["Date of expiry", (d.date + timedelta(days=3650)).strftime("%d.%m.%Y")],
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
        P(f"Übersetzung aus dem Original ({c.natinfo['land']})", size=9, align="right"),
        P("Nationaler Personalausweis", bold=True, size=14, align="center"),
        Table(
            [
                ["Nummer", str(zlib.crc32((a.full + "id").encode()) % 10**9)],
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Ausstellungsdatum", fmt(d.date)],
            ],
            [0.38, 0.62],
            header=False,
        ),
        P("[Lichtbild]   [Stempel der ausstellenden Behörde]", size=9),
        P(
            "Ich bestätige als ermächtigte Übersetzerin, dass die Übersetzung mit dem mir vorgelegten Original übereinstimmt.",
            size=8,
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_w", SPLIT)
def sonst_anh_w(c, d, r):
    a = c.applicant
    blocks = [
        P(f"Bundesamt für Migration und Flüchtlinge – {c.bamf_site[0] if c.bamf_site else ''}", size=9),
        P(f"Gesch.-Z.: {c.bamf_gz}", size=9),
        P("Auszug aus dem Protokoll der persönlichen Anhörung (§ 25 AsylG)", bold=True, size=12),
        Table(
            [
                ["Antragsteller/in", f"{a.name}, {a.vorname}"],
                ["Tag der Anhörung", fmt(d.date)],
                ["Sprache", r.choice(["Arabisch", "Dari", "Farsi", "Kurmanci", "Englisch", "Albanisch"])],
                ["anwesend", "Anhörer/in, Sprachmittler/in, Antragsteller/in"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P("Frage: Verstehen Sie die Sprachmittlerin gut?", after=1),
        P("Antwort: Ja."),
        P("Frage: Warum haben Sie Ihr Land verlassen?", after=1),
        P("Antwort: Wir hatten keine Sicherheit mehr. Ich wurde mehrfach angehalten und bedroht."),
        P("Frage: Was befürchten Sie bei einer Rückkehr?", after=1),
        P("Antwort: Dass man mich festnimmt oder dass ich keine Arbeit und keine Wohnung finde."),
        P("Nach Rückübersetzung bestätigt; Korrekturwünsche: keine.", size=9),
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
        P("Bestätigung über die Unterbringung", bold=True, size=12),
        P(
            f"Es wird bestätigt, dass {', '.join(p.full for p in c.persons)} seit dem "
            f"{fmt(d.date - timedelta(days=r.randint(90, 700)))} in der städtischen Unterkunft {c.street} untergebracht "
            f"{'sind' if len(c.persons) > 1 else 'ist'}. Ein Umzug in eigenen Wohnraum wird unterstützt."
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        P("Im Auftrag – Sachgebiet Unterbringung", size=9),
    ]
    return DocSpec(blocks, _st(r))


@tpl("sonstiges", "nachreich_w", SPLIT)
def sonst_nachreich_w(c, d, r):
    # a representative's short cover letter that only sends enclosures
    sender = _rep_lines(c) if c.rep is not None else [c.applicant.full, c.street, f"{c.plz} {c.city}"]
    blocks = [P(" · ".join(sender), size=8), Space(6)] + _recipient(r)
    blocks += [
        P(fmt_long(d.date), align="right"),
        P(f"Härtefalleingabe {c.applicant.name} – Nachreichung", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            "in der oben genannten Sache überreichen wir die angekündigten Unterlagen mit der Bitte, sie dem Vorgang beizufügen."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(sender[0] if c.rep is None or c.rep.kind == "privat" else c.rep.person),
    ]
    return DocSpec(blocks, _st(r))
