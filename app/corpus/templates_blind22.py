"""Templates of the `blind22` split: a twenty-fourth held-out set, written in session 24 by a helper who
read none of the other held-out template files (only the train templates as a model of the interface).

Its layouts: a household block whose lines give nationality and birth place before the name, a letter
whose persons stand in an annex on a page of their own (a table with one column per person), a typed
application form with tick boxes and the persons on its second page, a social worker's report with a
"Familienanamnese" and ages beside the birth dates, an e-mail printout with a lettered "betrifft" list,
English submissions (a law clinic's brief with a schedule, a letter typed by a mentor, a family's letter
with ages). Letterheads, practices, services, courts and signatories are invented.
"""

from __future__ import annotations

import random
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import PageBreak
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
    r_digits,
    style,
    tpl,
    typos,
)

SPLIT = "blind22"

_MONTHS_EN = N.MONTHS_EN


def _us(d) -> str:
    """An American date, "May 3, 1988"."""
    return f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _short(d) -> str:
    """Day and month without leading zeros, "3.5.1988"."""
    return f"{d.day}.{d.month}.{d.year}"


def _age(p, day) -> int:
    return p.age_on(day)


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde as a letter writer names it: "Ausländeramt der Stadt Köln"."""
    if " – " not in abh:
        return abh
    body, office = abh.split(" – ", 1)
    if body.startswith("Kreis "):
        return f"{office} des Kreises {body[6:]}"
    return f"{office} der {body}"


_IN_LAND = {
    "Irak": "im Irak",
    "Iran": "im Iran",
    "Kosovo": "im Kosovo",
    "Türkei": "in der Türkei",
    "Russische Föderation": "in der Russischen Föderation",
}
_LAND_EN = {
    "Syrien": "Syria",
    "Irak": "Iraq",
    "Albanien": "Albania",
    "Serbien": "Serbia",
    "Russische Föderation": "the Russian Federation",
    "Türkei": "Turkey",
    "Georgien": "Georgia",
    "Armenien": "Armenia",
}


def _in_land(c) -> str:
    land = c.natinfo["land"]
    return _IN_LAND.get(land, f"in {land}")


_NACH_LAND = {
    "Irak": "in den Irak",
    "Iran": "in den Iran",
    "Kosovo": "in das Kosovo",
    "Türkei": "in die Türkei",
    "Russische Föderation": "in die Russische Föderation",
}


def _nach_land(c) -> str:
    land = c.natinfo["land"]
    return _NACH_LAND.get(land, f"nach {land}")


def _land_en(c) -> str:
    land = c.natinfo["land"]
    return _LAND_EN.get(land, land)


def _has(c, i: int, field: str) -> bool:
    return c.omitted.get(i) != field


def _caps(p) -> str:
    return f"{p.name.upper()}, {p.vorname}"


def _role_de(c, p) -> str:
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


def _place(c) -> str:
    """Where the letter is written: the representative's town or the applicant's."""
    if c.rep is not None:
        return c.rep.city.split(" ", 1)[1]
    return c.city_or_nrw()


def _signer(c) -> str:
    return c.rep.person if c.rep is not None else c.applicant.full


def _rep_lines(c) -> list[str]:
    rp = c.rep
    if rp.kind == "privat":
        return [rp.person, rp.street, rp.city]
    return [rp.org, rp.street, rp.city]


def _from_lines(c) -> list[str]:
    if c.rep is not None:
        return _rep_lines(c)
    return [c.applicant.full, c.street, f"{c.plz} {c.city}"]


def _office_lines(short: bool = False) -> list[str]:
    if short:
        return ["Härtefallkommission NRW", "– Geschäftsstelle –", "Völklinger Str. 4", "40219 Düsseldorf"]
    return [
        "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration",
        "des Landes Nordrhein-Westfalen",
        "Geschäftsstelle der Härtefallkommission",
        "Völklinger Str. 4",
        "40219 Düsseldorf",
    ]


def _names_joined(c) -> str:
    full = [p.full for p in c.persons]
    return full[0] if len(full) == 1 else ", ".join(full[:-1]) + " und " + full[-1]


def _who_writes(c, r) -> str:
    """The sentence that says who submits the application and for whom."""
    names = _names_joined(c)
    if c.sender == "anwalt":
        return r.choice(
            [
                f"wir zeigen an, dass uns {names} mit der Wahrnehmung ihrer Interessen beauftragt haben; eine Vollmacht ist beigefügt. In ihrem Namen ersuchen wir die Härtefallkommission, sich nach § 23a AufenthG mit ihrem Fall zu befassen.",
                f"in der Aufenthaltssache {c.applicant.name} wenden wir uns als Verfahrensbevollmächtigte von {names} an Sie. Wir beantragen, dass die Kommission in dieser Sache nach § 23a AufenthG tätig wird.",
            ]
        )
    if c.sender == "beratungsstelle":
        return r.choice(
            [
                f"seit längerer Zeit begleiten wir {names} in unserer Beratung. Mit ihrem Einverständnis – eine Vollmacht ist beigefügt – bringen wir ihre Situation vor die Kommission (§ 23a AufenthG).",
                f"stellvertretend für {names} – die Vollmacht liegt diesem Schreiben bei – bitten wir die Kommission, die Lage der Familie zu beraten; aus unserer Sicht liegt ein Härtefall im Sinne von § 23a AufenthG vor.",
            ]
        )
    if c.sender == "privat":
        ihr = "seinem" if c.applicant.sex == "m" else "ihrem"
        return (
            f"als {c.rep.relation} von {c.applicant.full} stelle ich in {ihr} Namen"
            + (f" und im Namen der Familie ({names})" if len(c.persons) > 1 else "")
            + " den Härtefallantrag nach § 23a AufenthG; eine Vollmacht habe ich beigefügt."
        )
    return r.choice(
        [
            "ich wende mich heute an die Härtefallkommission, weil meine Familie und ich keinen anderen Weg mehr sehen, und bitte darum, dass sie unseren Fall berät und sich nach § 23a AufenthG für uns einsetzt.",
            "ich beantrage, dass sich die Härtefallkommission mit meiner Lage befasst und die Ausländerbehörde um eine Aufenthaltserlaubnis nach § 23a AufenthG für mich und die Meinen ersucht.",
        ]
    )


# ============================ the Begründung in this split's own words ============================

TOPIC_ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


def _gruende(c, r, first: bool) -> dict[str, list[str]]:
    """German sentences per topic; first=True: the applicant writes about himself. Every trigger of the
    scenario is stated, and only then; omitted person fields are not repeated here."""
    a = c.applicant
    m = a.sex == "m"
    sub = "ich" if first else ("er" if m else "sie")
    Sub = sub.capitalize()
    acc = "mich" if first else ("ihn" if m else "sie")
    dat = "mir" if first else ("ihm" if m else "ihr")
    nm = "Ich" if first else a.herr_frau()
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}

    work = r.choice(
        [
            "auf den Feldern der Familie gearbeitet",
            "als Hilfskraft auf dem Bau Geld verdient",
            "in einem Lebensmittelgeschäft der Verwandtschaft gearbeitet",
            "eine Lehre als Kfz-Mechaniker angefangen, die nicht beendet werden konnte",
        ]
    )
    why = r.choice(
        [
            "weil es dort für die Familie keine Sicherheit mehr gab",
            "weil die wirtschaftliche Lage aussichtslos geworden war",
            "nachdem es wiederholt zu Drohungen gegen die Familie gekommen war",
        ]
    )
    if first:
        t["lebensgeschichte"].append(
            f"Bis zur Flucht lebte ich {_in_land(c)}; nach der Schule habe ich {work}. Das Land habe ich verlassen, {why}."
        )
    else:
        t["lebensgeschichte"].append(
            f"{nm} ist {_in_land(c)} aufgewachsen und hat dort nach der Schulzeit {work}. {Sub} verließ das Land, {why}."
        )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"Eine erste Abschiebung erfolgte {c.entry.year - 2}. Am {fmt_long(c.entry)} "
            f"{'bin ich' if first else 'ist ' + sub} wieder nach Deutschland gekommen, obwohl die Sperre für eine Wiedereinreise (§ 11 AufenthG) noch galt."
        )
    else:
        t["lebensgeschichte"].append(
            f"Nach Deutschland {'bin ich' if first else 'kam ' + sub} am {fmt_long(c.entry)}{' gekommen' if first else ''}"
            + ("; die Familie reiste gemeinsam ein." if len(c.persons) > 1 else ".")
        )

    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"Den Asylantrag {'habe ich' if first else 'stellte ' + sub} am {fmt(c.asylum_applied)}{' gestellt' if first else ''}. "
            f"Das Asylgesuch blieb erfolglos: Bescheid des Bundesamts für Migration und Flüchtlinge vom {fmt(c.bamf_date)}, Gesch.-Z. {c.bamf_gz}."
        )
        if c.court and c.court_pending:
            s.append(
                f"Über die Klage gegen diesen Bescheid hat das {c.court_name} (Az. {c.court_az}) bisher nicht entschieden."
            )
        elif c.court:
            s.append(
                f"Das anschließende Klageverfahren ging verloren ({c.court_name}, Urteil vom {fmt(c.court_date)}, Az. {c.court_az})."
            )
    else:
        s.append(
            f"Die Einreise {'erfolgte bei mir' if first else 'erfolgte'} mit einem Visum, erteilt zum Zweck {c.visa_purpose}; die Aufenthaltserlaubnis wurde später nicht verlängert."
        )
        if c.court and c.court_pending:
            s.append(
                f"Gegen die ablehnende Verfügung läuft beim {c.court_name} noch ein Verfahren (Az. {c.court_az})."
            )
        elif c.court:
            s.append(
                f"Den Eilantrag dagegen lehnte das {c.court_name} am {fmt(c.court_date)} ab (Az. {c.court_az})."
            )
    if c.gestattung:
        s.append(
            f"Solange über das Asylbegehren nicht endgültig entschieden ist, {'besitze ich' if first else 'besitzt ' + sub} eine Aufenthaltsgestattung."
        )
    else:
        s.append(
            f"Seitdem {'bin ich' if first else 'ist ' + sub} ausreisepflichtig und {'lebe' if first else 'lebt'} mit Kettenduldungen (§ 60a AufenthG), jeweils mit kurzer Laufzeit von wenigen Monaten."
        )
    s.append(f"Zuständig ist: {c.abh}.")
    if c.s58a:
        s.append(f"Überdies besteht gegen {acc} eine Anordnung aus § 58a AufenthG.")
    if c.rueckfuehrung:
        s.append(
            f"Laut Schreiben der Ausländerbehörde ist {acc} für den {fmt(c.rueckfuehrung)} zur Rückführung vorgesehen."
        )
    if c.criminal:
        off, sentence = c.offence
        s.append(
            f"Wegen {off} setzte das Amtsgericht {c.court_city} am {fmt(c.criminal_date)} per Strafbefehl eine Geldstrafe ({sentence}) fest; "
            f"sie {'ist von mir' if first else 'ist'} vollständig beglichen."
        )

    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        f.append(
            f"{'Ich bin' if first else Sub + ' ist'} mit {sp[0].full} verheiratet; die Eheleute leben in einer gemeinsamen Wohnung."
        )
    if kids:
        f.append(
            (
                "Das Kind " + kids[0].vorname + " kennt"
                if len(kids) == 1
                else "Die Kinder " + ", ".join(k.vorname for k in kids) + " kennen"
            )
            + f" das Herkunftsland nur aus Erzählungen und {'ist' if len(kids) == 1 else 'sind'} hier zu Hause."
        )
    if not sp and not kids:
        f.append(f"{'Ich lebe' if first else Sub + ' lebt'} allein.")
    f.append(
        f"{_in_land(c)[0].upper()}{_in_land(c)[1:]} {r.choice(['lebt nur noch eine Großmutter, die selbst auf Hilfe angewiesen ist', 'gibt es keine engen Angehörigen mehr', 'wohnen Onkel und Tanten, zu denen der Kontakt abgebrochen ist'])}; "
        f"in Deutschland {r.choice(['wohnt eine Schwester mit ihrer Familie, die eingebürgert ist', 'lebt ein Cousin mit Niederlassungserlaubnis', 'leben zwei Brüder mit gesichertem Aufenthalt'])}."
    )

    g = t["integration"]
    g.append(
        f"Den Integrationskurs {'habe ich' if first else 'hat ' + sub} beendet; {'meine' if first else ('seine' if m else 'ihre')} Deutschkenntnisse entsprechen dem Niveau {r.choice(['A2', 'B1', 'B1'])}."
    )
    if c.ausbildung:
        g.append(
            f"Im August {c.received.year - 1} {'habe ich' if first else 'hat ' + sub} eine betriebliche Ausbildung begonnen (Beruf: {r.choice(['Fachlagerist', 'Kfz-Mechatroniker', 'Pflegefachmann'])}); "
            "damit wäre der Weg frei für eine Duldung während der Ausbildung (§ 60c AufenthG)."
        )
    else:
        g.append(
            f"{'Ich arbeite' if first else Sub + ' arbeitet'} als {c.job} bei {c.employer} und {'komme' if first else 'kommt'} ohne Hilfe vom Amt für den eigenen Unterhalt auf."
        )
    g.append(f"Ehrenamtlich {'helfe ich' if first else 'hilft ' + sub} regelmäßig mit ({c.club}).")
    for k in c.school_age():
        g.append(f"{k.vorname} ist angemeldet bei: {c.school}.")

    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code = c.diagnosis[0]
        self_ill = first and c.ill_person == 0
        h.append(
            f"{'Ich leide' if self_ill else p.full + ' leidet'} {N.ILLNESS_PHRASES[code]} (ICD-10 {code}) und "
            f"{'bin' if self_ill else 'ist'} auf regelmäßige Behandlung angewiesen, die {_in_land(c)} nicht gesichert wäre."
        )
    h.append(
        f"Eine Rückkehr wäre {dat} nicht zuzumuten: {r.choice(['die Familie hätte dort weder Wohnung noch Einkommen', 'Freunde, Arbeit und Alltag sind längst hier', 'es gibt dort niemanden mehr, der helfen könnte'])}."
    )
    return t


_VISA_EN = {
    "des Studiums": "to study",
    "der Beschäftigung": "to work",
    "der Familienzusammenführung": "to join family members",
    "der Berufsausbildung": "to train for a trade",
}


def _grounds_en(c, r, voice: str) -> dict[str, list[str]]:
    """English sentences per topic. voice: "I" (the applicant), "we" (the family) or "legal" (a brief that
    speaks of "the Applicant"). Every trigger of the scenario is stated, and only then."""
    a = c.applicant
    land = _land_en(c)
    legal = voice == "legal"
    Sub = {"I": "I", "we": "We", "legal": "The Applicant"}[voice]
    sub = {"I": "I", "we": "we", "legal": "the Applicant"}[voice]
    obj = {"I": "me", "we": "us", "legal": "him" if a.sex == "m" else "her"}[voice]
    poss = {"I": "my", "we": "our", "legal": "his" if a.sex == "m" else "her"}[voice]
    was = "were" if voice == "we" else "was"
    have = "has" if legal else "have"

    def v(base: str) -> str:  # present tense verb after the subject
        if not legal:
            return base
        if base.endswith("y") and base[-2] not in "aeiou":
            return base[:-1] + "ies"
        return base + ("es" if base.endswith(("sh", "ch")) else "s")

    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    t["lebensgeschichte"].append(
        f"{Sub} grew up in {land} and left the country "
        f"{r.choice(['after repeated threats against the family', 'because there was no longer any way to make a living', 'when it was no longer safe to stay'])}."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"In {c.entry.year - 2} {sub} {was} deported; on {fmt_en(c.entry)} {sub} came back despite the re-entry ban imposed under § 11 AufenthG, which was still running."
        )
    else:
        t["lebensgeschichte"].append(f"{Sub} arrived in Germany on {fmt_en(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"The Federal Office for Migration and Refugees (BAMF) turned down the asylum claim of {fmt_en(c.asylum_applied)} "
            f"in a decision dated {fmt_en(c.bamf_date)}, reference {c.bamf_gz}."
        )
        if c.court and c.court_pending:
            s.append(
                f"An action against that decision is still pending before the {c.court_name} ({c.court_az})."
            )
        elif c.court:
            s.append(f"The {c.court_name} dismissed the action on {fmt_en(c.court_date)} ({c.court_az}).")
    else:
        s.append(
            f"{Sub} entered on a visa {_VISA_EN.get(c.visa_purpose, 'for a temporary stay')}; the residence permit was not renewed afterwards."
        )
        if c.court:
            s.append(
                f"Proceedings against the refusal {'are still pending' if c.court_pending else 'were unsuccessful'} before the {c.court_name} ({c.court_az})."
            )
    if c.gestattung:
        s.append(
            f"As no final decision on the asylum claim has been taken yet, {sub} {v('hold')} an Aufenthaltsgestattung, the paper issued while a claim is pending."
        )
    else:
        s.append(
            f"Since then {sub} {have} only been tolerated: the deportation is suspended (Duldung under § 60a AufenthG)."
        )
    s.append(f"The competent foreigners' authority is {c.abh}.")
    if c.s58a:
        s.append(f"On top of this, a removal order pursuant to § 58a AufenthG now stands against {obj}.")
    if c.rueckfuehrung:
        s.append(f"Removal has been scheduled by the authority for {fmt_en(c.rueckfuehrung)}.")
    if c.criminal:
        s.append(
            f"On {fmt_en(c.criminal_date)} the local court (Amtsgericht {c.court_city}) imposed a fine by penalty order (Strafbefehl); it has been paid in full."
        )
    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        f.append(f"{sp[0].full} and the applicant are married and live together.")
    if kids:
        f.append(
            f"The {'child' if len(kids) == 1 else 'children'} ({', '.join(k.vorname for k in kids)}) {'knows' if len(kids) == 1 else 'know'} {land} only from stories."
        )
    f.append(
        f"In {land} {r.choice(['only an elderly aunt is left', 'there are no close relatives any more', 'the remaining relatives have broken off contact'])}, "
        f"while {r.choice(['a sister with German citizenship', 'a cousin with a settlement permit', 'two brothers with secure residence'])} {r.choice(['lives', 'is settled'])} in Germany."
    )
    g = t["integration"]
    g.append(
        f"{Sub} {v('speak')} German at level {r.choice(['A2', 'B1'])} and completed the integration course."
    )
    if c.ausbildung:
        g.append(
            f"{Sub} {'is' if legal else 'am' if voice == 'I' else 'are'} in vocational training; a training toleration (Ausbildungsduldung) under § 60c AufenthG should be granted."
        )
    else:
        g.append(f"{Sub} {v('work')} as {c.job} for {c.employer} and {v('pay')} the rent without benefits.")
    g.append(f"{Sub} {v('volunteer')} with {c.club} in {poss} free time.")
    for k in c.school_age():
        g.append(f"{k.vorname} attends {c.school}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        h.append(
            f"{p.full} suffers {N.ILLNESS_EN[c.diagnosis[0]]} (ICD-10 {c.diagnosis[0]}) and depends on treatment that would not be available in {land}."
        )
    h.append(
        f"A return would be unreasonable: {r.choice(['neither a roof nor work awaits anyone there', 'everything that makes up life today is here', 'nobody is left there who could help'])}."
    )
    return t


def _topic_paras(
    c, t: dict[str, list[str]], heads: dict[str, str] | None = None, first_no: int = 0, **kw
) -> list:
    """The Begründung: one paragraph per topic the case tells, optionally under headings (numbered from
    `first_no` when it is set, so a dropped topic leaves no gap)."""
    out: list = []
    n = first_no
    for topic in TOPIC_ORDER:
        if topic not in c.topics:
            continue
        if heads:
            out.append(P(f"{n}. {heads[topic]}" if first_no else heads[topic], bold=True, after=2))
            n += 1
        out.append(P(" ".join(t[topic]), **kw))
    return out


def _head_from(c, r) -> list:
    """The sender's own head: a representative's letterhead or the applicant's address lines."""
    if c.rep is not None and c.rep.kind != "privat":
        rp = c.rep
        kind = r.randint(0, 2)
        if kind == 0:
            return [
                P(rp.org, bold=True, size=13, after=0),
                P(f"{rp.street} · {rp.city} · Tel. 0{r_digits(rp.org)}", size=8.5),
                Rule(0.6),
            ]
        if kind == 1:
            return [
                P(rp.org.upper(), bold=True, align="center", size=11, after=1),
                P(f"{rp.person} · {rp.street} · {rp.city}", align="center", size=8.5),
                Space(10),
            ]
        return [
            P(rp.org, bold=True, align="right", after=0),
            P(rp.street, align="right", size=9, after=0),
            P(rp.city, align="right", size=9, after=0),
            P(f"Bearbeitung: {rp.person}", align="right", size=9),
            Space(6),
        ]
    return [P(x, after=0, size=10) for x in _from_lines(c)] + [Space(14)]


# ============================ antrag (German) ============================


@tpl("antrag", "haushalt_v22", SPLIT)
def antrag_haushalt_v22(c, d, r):
    # the persons as "Haushaltsangehörige", one line each: nationality / birth place / NAME, first name / date
    first = c.sender == "applicant"
    t = _gruende(c, r, first)
    blocks = _head_from(c, r)
    blocks += [P(x, after=0) for x in _office_lines(short=r.random() < 0.5)] + [Space(12)]
    blocks.append(P(f"{_place(c)}, {fmt_long(d.date)}", align="right"))
    blocks.append(P(f"Härtefallersuchen für den Haushalt {c.applicant.name}, {c.city}", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_who_writes(c, r)))
    blocks.append(
        P(
            "Haushaltsangehörige (Staatsangehörigkeit / Geburtsort / Name, Vorname / geboren):",
            bold=True,
            after=3,
        )
    )
    for i, p in enumerate(c.persons):
        parts = [
            p.staat if _has(c, i, "staatsangehoerigkeit") else "—",
            p.geburtsort if _has(c, i, "geburtsort") else "—",
            _caps(p),
            _short(p.geburtsdatum) if _has(c, i, "geburtsdatum") else "—",
        ]
        blocks.append(P(" / ".join(parts), indent=18, after=1, font="mono", size=9.5))
    blocks.append(Space(4))
    blocks.append(P(f"Gemeinsame Wohnung: {c.street}, {c.plz} {c.city}", after=1))
    blocks.append(P(f"Ausländerbehörde: {c.abh}"))
    blocks.append(P("Zur Begründung", bold=True))
    blocks += _topic_paras(c, t)
    blocks.append(
        P(
            r.choice(
                [
                    "Für Rückfragen sind wir gern erreichbar; vielen Dank für Ihre Mühe.",
                    "Für eine wohlwollende Befassung wäre ich sehr dankbar.",
                ]
            )
        )
    )
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    blocks.append(P("Anlagen: wie im Verzeichnis aufgeführt", size=8.5))
    return DocSpec(blocks, style(r), footer="- {p} -" if r.random() < 0.5 else None)


@tpl("antrag", "anlage_personalien_v22", SPLIT)
def antrag_anlage_personalien_v22(c, d, r):
    # the letter tells the story; the persons stand in "Anlage 1" on a page of their own, one column each
    first = c.sender == "applicant"
    t = _gruende(c, r, first)
    blocks = _head_from(c, r)
    blocks += [P(x, after=0, size=10) for x in _office_lines()] + [Space(10)]
    blocks.append(P(f"{_place(c)}, den {fmt(d.date)}", align="right"))
    blocks.append(P(f"Betr.: Antrag nach § 23a AufenthG – {c.applicant.full} u. a.", bold=True))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_who_writes(c, r)))
    blocks.append(
        P(
            f"Die Personalien aller vom Antrag umfassten Menschen {'habe ich' if c.sender == 'privat' else 'haben wir'} in Anlage 1 zusammengestellt."
            if not first
            else "Meine Personalien und die meiner Angehörigen stehen in Anlage 1 am Ende dieses Schreibens."
        )
    )
    heads = {
        "lebensgeschichte": "Woher die Antragstellenden kommen",
        "aufenthaltssituation": "Aufenthaltsrechtlicher Stand",
        "familie": "Angehörige in Deutschland und im Herkunftsstaat",
        "integration": "Alltag, Arbeit und Engagement",
        "humanitaere_gruende": "Unzumutbarkeit der Rückkehr",
    }
    blocks += _topic_paras(c, t, heads, first_no=1)
    blocks.append(P("Mit freundlichen Grüßen"))
    blocks.append(Signature(_signer(c)))
    blocks.append(PageBreak())
    blocks.append(P("Anlage 1: Personalien", bold=True, size=12))
    n = len(c.persons)
    head = [""] + [_role_de(c, p) for p in c.persons]
    rows = [head]
    rows.append(["Familienname"] + [p.name for p in c.persons])
    rows.append(["Vorname(n)"] + [p.vorname for p in c.persons])
    rows.append(
        ["Geburtsdatum"]
        + [fmt(p.geburtsdatum) if _has(c, i, "geburtsdatum") else "" for i, p in enumerate(c.persons)]
    )
    rows.append(
        ["Geburtsort"] + [p.geburtsort if _has(c, i, "geburtsort") else "" for i, p in enumerate(c.persons)]
    )
    rows.append(
        ["Staatsang."]
        + [p.staat if _has(c, i, "staatsangehoerigkeit") else "" for i, p in enumerate(c.persons)]
    )
    blocks.append(Table(rows, [0.2] + [0.8 / n] * n, size=9))
    blocks.append(P(f"Gemeinsame Anschrift: {c.street}, {c.plz} {c.city}"))
    blocks.append(P(f"Ausländerbehörde: {c.abh}"))
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}" if r.random() < 0.6 else None)


def _tick(on: bool) -> str:
    return "[x]" if on else "[ ]"


@tpl("antrag", "formblatt_v22", SPLIT)
def antrag_formblatt_v22(c, d, r):
    # a typed three-page form with tick boxes: the procedure on page 1, the persons in boxes on page 2,
    # the reasons on page 3
    rep = c.rep
    blocks = [
        Box(
            [
                "Antrag an die Härtefallkommission Nordrhein-Westfalen",
                "Arbeitshilfe des Arbeitskreises Bleiberecht Rhein-Ruhr",
                "Teil 1 – Angaben zum Verfahren",
            ],
            size=9.5,
        ),
        P("A  Wer stellt den Antrag?", bold=True, after=2),
        P(
            f"{_tick(rep is None)} die Person selbst, um die es geht     {_tick(rep is not None)} eine bevollmächtigte Person oder Stelle",
            indent=10,
        ),
    ]
    if rep is not None:
        blocks.append(
            P(
                f"Bevollmächtigt: {_rep_lines(c)[0]}, {rep.street}, {rep.city}"
                + (f" (Ansprechperson: {rep.person})" if rep.kind != "privat" else f" ({rep.relation})"),
                indent=10,
            )
        )
    blocks += [
        P("B  Anschrift und Behörde", bold=True, after=2),
        P(f"Wohnanschrift: {c.street}, {c.plz} {c.city}", indent=10, after=1),
        P(f"zuständige Ausländerbehörde: {c.abh}", indent=10),
        P("C  Bisherige Verfahren", bold=True, after=2),
    ]
    if c.asylum:
        blocks.append(
            P(
                f"BAMF-Verfahren:  [ ] nein  [x] ja – Asylantrag vom {fmt(c.asylum_applied)}, "
                f"Bescheid vom {fmt(c.bamf_date)}, Gesch.-Z. {c.bamf_gz}",
                indent=10,
            )
        )
    else:
        blocks.append(
            P(
                f"BAMF-Verfahren:  [x] nein  [ ] ja – Einreise mit Visum, Zweck: {c.visa_purpose}",
                indent=10,
            )
        )
    if c.court:
        blocks.append(
            P(
                f"Gerichtliche Verfahren:  [ ] keine  [x] ja – {c.court_name}, Az. {c.court_az}, "
                + ("noch nicht entschieden" if c.court_pending else f"entschieden am {fmt(c.court_date)}"),
                indent=10,
            )
        )
    else:
        blocks.append(P("Gerichtliche Verfahren:  [x] keine  [ ] ja", indent=10))
    status = (
        "Aufenthaltsgestattung (Verfahren läuft noch)"
        if c.gestattung
        else "Duldung nach § 60a AufenthG (Aussetzung der Abschiebung)"
    )
    blocks.append(P(f"derzeitiges Aufenthaltspapier: {status}", indent=10))
    measures = []
    if c.s58a:
        measures.append("Abschiebungsanordnung nach § 58a AufenthG")
    if c.einreiseverbot:
        measures.append("Wiedereinreise trotz Sperre (§ 11 AufenthG)")
    if c.rueckfuehrung:
        measures.append(f"Rückführung angekündigt für den {fmt(c.rueckfuehrung)}")
    blocks.append(
        P(
            "aufenthaltsbeendende Maßnahmen:  "
            + ("[x] keine bekannt" if not measures else "[x] ja – " + "; ".join(measures)),
            indent=10,
        )
    )
    if c.criminal:
        off, sentence = c.offence
        blocks.append(
            P(
                f"strafrechtliche Entscheidungen:  [ ] keine  [x] ja – Strafbefehl des Amtsgerichts {c.court_city} vom {fmt(c.criminal_date)} "
                f"wegen {off}, {sentence}",
                indent=10,
            )
        )
    else:
        blocks.append(P("strafrechtliche Entscheidungen:  [x] keine  [ ] ja", indent=10))
    if c.illness:
        p = c.persons[c.ill_person]
        blocks.append(
            P(
                f"Erkrankungen:  [ ] keine  [x] ja – {p.full}: {c.diagnosis[1]} ({c.diagnosis[0]})",
                indent=10,
            )
        )
    else:
        blocks.append(P("Erkrankungen:  [x] keine angegeben  [ ] ja", indent=10))
    blocks.append(PageBreak())
    blocks.append(Box(["Teil 2 – Wer ist vom Antrag umfasst?"], size=9.5))
    for i, p in enumerate(c.persons, 1):
        role = p.role
        lines = [
            f"Person {i}    {_tick(role == 'applicant')} Antragsteller/in   {_tick(role == 'spouse')} Ehegatte/-gattin   {_tick(role == 'child')} Kind",
            f"Familienname: {p.name}",
            f"Vorname(n): {p.vorname}",
            "Geburtsdatum: " + (fmt(p.geburtsdatum) if _has(c, i - 1, "geburtsdatum") else "________"),
            "Geburtsort: " + (p.geburtsort if _has(c, i - 1, "geburtsort") else "________"),
            "Staatsangehörigkeit: " + (p.staat if _has(c, i - 1, "staatsangehoerigkeit") else "________"),
            f"Geschlecht:  {_tick(p.sex == 'm')} männlich   {_tick(p.sex == 'f')} weiblich",
        ]
        blocks.append(Box(lines, size=9, bold_first=True))
    blocks.append(P("Alle Personen wohnen unter der in Teil 1 B genannten Anschrift.", size=9))
    blocks.append(PageBreak())
    blocks.append(Box(["Teil 3 – Begründung"], size=9.5))
    t = _gruende(c, r, c.sender == "applicant")
    blocks += _topic_paras(c, t)
    blocks.append(Space(8))
    blocks.append(Signature(_signer(c), f"{_place(c)}, {fmt(d.date)}"))
    blocks.append(P("Ort, Datum, Unterschrift der antragstellenden bzw. bevollmächtigten Person", size=8))
    return DocSpec(
        blocks, style(r, r.choice(["sans", "cond"])), footer="Formblatt HFK-Antrag – Seite {p} von {n}"
    )


@tpl("antrag", "sozialbericht_v22", SPLIT)
def antrag_sozialbericht_v22(c, d, r):
    # a social worker's report with a "Familienanamnese"; birth dates with the month in words and the age
    t = _gruende(c, r, False)
    blocks = _head_from(c, r)
    if c.rep is None:
        blocks.append(
            P("An die Härtefallkommission NRW, Geschäftsstelle, Völklinger Str. 4, 40219 Düsseldorf", size=9)
        )
    else:
        blocks += [P(x, after=0, size=9.5) for x in _office_lines(short=True)] + [Space(8)]
    blocks.append(P(f"Datum: {fmt(d.date)}", align="right"))
    blocks.append(P("Härtefallantrag mit Sozialbericht", bold=True, size=13))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_who_writes(c, r)))
    if c.rep is None:
        blocks.append(
            P(
                "Der folgende Bericht wurde vom Sozialdienst meiner Unterkunft nach Gesprächen mit mir aufgeschrieben; ich habe ihn gelesen und bestätige ihn mit meiner Unterschrift."
            )
        )
    blocks.append(P("1. Familienanamnese", bold=True))
    for i, p in enumerate(c.persons):
        title = "" if p.role == "child" else p.herr_frau().split(" ")[0] + " "
        bits = [f"{title}{p.vorname} {p.name.upper()}"]
        if _has(c, i, "geburtsdatum"):
            bits.append(f"geb. {fmt_long(p.geburtsdatum)} ({_age(p, d.date)} J.)")
        tail = []
        if _has(c, i, "staatsangehoerigkeit"):
            tail.append(f"{p.staat}e Staatsangehörigkeit")
        if _has(c, i, "geburtsort"):
            tail.append(f"Geburtsort {p.geburtsort}")
        role = {"applicant": "Antragsteller/in", "spouse": "Ehepartner/in", "child": "Kind"}[p.role]
        blocks.append(
            P(", ".join(bits) + (", " + ", ".join(tail) if tail else "") + f" – {role}.", indent=8, after=2)
        )
    blocks.append(
        P(f"Wohnanschrift: {c.street}, {c.plz} {c.city}; Akten führende Behörde: {_abh_of(c.abh)}.")
    )
    if "familie" in c.topics:
        blocks.append(P(" ".join(t["familie"])))
    sections = [
        ("lebensgeschichte", "2. Biografischer Verlauf"),
        ("aufenthaltssituation", "3. Aufenthaltsrechtlicher Verlauf"),
        ("integration", "4. Integration und Alltag"),
        ("humanitaere_gruende", "5. Gesundheit und humanitäre Gesichtspunkte"),
    ]
    for topic, head in sections:
        if topic in c.topics:
            blocks.append(P(head, bold=True, after=2))
            blocks.append(P(" ".join(t[topic])))
    blocks.append(P("6. Fachliche Einschätzung", bold=True, after=2))
    blocks.append(
        P(
            "Aus sozialarbeiterischer Sicht ist die Familie in ihrem Umfeld fest verankert. Eine Aufenthaltsbeendigung würde gewachsene Beziehungen zerschneiden; wir halten eine Befassung der Kommission für dringend geboten."
        )
    )
    blocks.append(Signature(_signer(c), f"{_place(c)}, {fmt(d.date)}"))
    if c.rep is None:
        blocks.append(P("Bericht aufgenommen durch: Sozialdienst der Unterkunft", size=8.5))
    return DocSpec(blocks, style(r), footer="Sozialbericht – Seite {p}/{n}")


def _mail_addr(name: str, domain: str) -> str:
    base = "".join(
        ch for ch in name.lower().replace(" ", ".") if ch.isascii() and (ch.isalnum() or ch == ".")
    )
    return f"{base}@{domain}.example"


@tpl("antrag", "email_v22", SPLIT)
def antrag_email_v22(c, d, r):
    # a printed e-mail: header lines, the persons in a lettered "betrifft" list of the body, a mail signature
    sender = _signer(c)
    domain = (
        "posteingang"
        if c.rep is None or c.rep.kind == "privat"
        else r.choice(["kanzlei-post", "beratung-netz"])
    )
    blocks = [
        P(f"Von: {sender} <{_mail_addr(sender, domain)}>", size=9, after=0, font="mono"),
        P(
            f"Gesendet: {fmt(d.date)} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}",
            size=9,
            after=0,
            font="mono",
        ),
        P("An: Geschäftsstelle HFK <geschaeftsstelle.hfk@mkjfgfi.nrw.example>", size=9, after=0, font="mono"),
        P(
            f"Betreff: Härtefallantrag {c.applicant.name.upper()} – Antrag und Begründung",
            size=9,
            font="mono",
        ),
        Rule(0.5),
        P("Sehr geehrte Damen und Herren,"),
        P(_who_writes(c, r)),
        P("betrifft:", bold=True, after=2),
    ]
    for i, p in enumerate(c.persons):
        bits = [f"{'abcdefgh'[i]})  {_caps(p)}"]
        if _has(c, i, "geburtsdatum"):
            bits.append(
                f"* {fmt_long(p.geburtsdatum)}" + (f" in {p.geburtsort}" if _has(c, i, "geburtsort") else "")
            )
        elif _has(c, i, "geburtsort"):
            bits.append(f"Geburtsort {p.geburtsort}")
        if _has(c, i, "staatsangehoerigkeit"):
            bits.append(f"Staatsangehörigkeit {p.staat}")
        blocks.append(P(", ".join(bits), indent=14, after=1))
    blocks.append(
        P(
            f"{'alle ' if len(c.persons) > 1 else ''}wohnhaft {c.street}, {c.plz} {c.city}; Ausländerbehörde: {c.abh}",
            indent=14,
        )
    )
    t = _gruende(c, r, c.sender == "applicant")
    labels = {
        "lebensgeschichte": "Zur Vorgeschichte:",
        "aufenthaltssituation": "Zum Aufenthalt:",
        "familie": "Zur Familie:",
        "integration": "Zur Integration:",
        "humanitaere_gruende": "Zur Härte:",
    }
    for topic in TOPIC_ORDER:
        if topic in c.topics:
            blocks.append(P(f"{labels[topic]} " + " ".join(t[topic])))
    blocks.append(
        P(
            "Die unterschriebene Fassung und die Anlagen folgen per Post. Für eine kurze Eingangsnachricht danke ich Ihnen."
        )
    )
    blocks.append(P("Mit freundlichen Grüßen", after=2))
    sig = ["-- ", sender]
    if c.rep is not None and c.rep.kind != "privat":
        sig += [c.rep.org, c.rep.street, c.rep.city, f"Telefon 0{r_digits(c.rep.org)}"]
    elif c.rep is not None:
        sig += [c.rep.street, c.rep.city]
    else:
        sig += [c.street, f"{c.plz} {c.city}"]
    blocks += [P(x, after=0, size=9.5) for x in sig]
    return DocSpec(blocks, style(r, r.choice(["sans", "serif"])))


# ============================ antrag (English) ============================


@tpl("antrag", "en_clinic_v22", SPLIT)
def antrag_en_clinic_v22(c, d, r):
    # a formal submission drafted at a student law clinic and signed by the applicant; the persons in a
    # schedule after the signature
    a = c.applicant
    t = _grounds_en(c, r, "legal")
    blocks = [P(x, after=0, size=9.5) for x in [a.full, c.street, f"{c.plz} {c.city}"]] + [Space(10)]
    blocks += [P(x, after=0) for x in _office_lines(short=True)] + [Space(10)]
    blocks.append(P(f"{c.city_or_nrw()}, {fmt_en(d.date)}", align="right"))
    blocks.append(P("SUBMISSION TO THE HARDSHIP COMMISSION", bold=True, size=12, after=0))
    blocks.append(P("pursuant to § 23a Aufenthaltsgesetz (Residence Act)", size=10))
    blocks.append(P("1. Request", bold=True, after=2))
    blocks.append(
        P(
            "The Applicant respectfully asks the Commission to consider this case and to request the competent authority to grant residence permits "
            "to the Applicant and to the members of the household named in Schedule 1."
        )
    )
    heads = {
        "lebensgeschichte": "Background",
        "aufenthaltssituation": "Immigration history and present status",
        "familie": "Family ties",
        "integration": "Integration",
        "humanitaere_gruende": "Urgent humanitarian grounds",
    }
    blocks += _topic_paras(c, t, heads, first_no=2)
    blocks.append(
        P(
            "The Applicant is aware that the application should be in German and asks for understanding; a German summary can be provided if required."
        )
    )
    blocks.append(
        Signature(f"{a.full} (Applicant, in person)", f"Signed at {c.city_or_nrw()} on {fmt_en(d.date)}")
    )
    blocks.append(
        P(
            f"Drafted with the help of the student legal advice project of the University of {r.choice(['Köln', 'Bochum', 'Münster', 'Bielefeld'])}. "
            "The project gives advice only and does not represent the Applicant.",
            size=8,
        )
    )
    blocks.append(Rule(0.5))
    blocks.append(P("Schedule 1 – Particulars of the persons concerned", bold=True))
    for i, p in enumerate(c.persons):
        blocks.append(P(f"({'abcdefgh'[i]}) {_caps(p)} – {_role_en(p)}", after=1))
        bits = []
        if _has(c, i, "staatsangehoerigkeit"):
            bits.append(f"citizenship: {c.natinfo['en']}")
        if _has(c, i, "geburtsdatum"):
            bits.append(f"born: {fmt_en(p.geburtsdatum)}")
        if _has(c, i, "geburtsort"):
            bits.append(f"birthplace: {p.geburtsort}")
        blocks.append(P("; ".join(bits), indent=22, after=3))
    blocks.append(P(f"Address of all persons: {c.street}, {c.plz} {c.city}"))
    return DocSpec(blocks, style(r, "serif"), footer="{p}/{n}")


@tpl("antrag", "en_mentor_v22", SPLIT)
def antrag_en_mentor_v22(c, d, r):
    # the applicant's own words, typed by a volunteer mentor who adds a note of support at the end
    a = c.applicant
    mentor = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    t = _grounds_en(c, r, "I")
    blocks = [P(f"{a.full} · {c.street} · {c.plz} {c.city}", size=8.5), Space(8)]
    blocks += [P(x, after=0) for x in ["To the Hardship Commission", "Völklinger Str. 4", "40219 Düsseldorf"]]
    blocks += [Space(10), P(_us(d.date), align="right")]
    blocks.append(P("Please consider my situation", bold=True))
    blocks.append(P("Dear Members of the Härtefallkommission,"))
    blocks.append(
        P(
            "By this letter I turn to the Commission and ask for help for me and for everyone in my household. "
            "My German is not yet good enough for such an important letter, so I speak and my mentor writes."
        )
    )
    blocks.append(P("People in my household:", bold=True, after=2))
    for i, p in enumerate(c.persons):
        bits = [f"{p.vorname} {p.name.upper()} ({_role_en(p) if p.role != 'applicant' else 'me'})"]
        if _has(c, i, "staatsangehoerigkeit"):
            bits.append(c.natinfo["en"])
        if _has(c, i, "geburtsort"):
            bits.append(f"birthplace {p.geburtsort}")
        if _has(c, i, "geburtsdatum"):
            bits.append(f"born {_us(p.geburtsdatum)}")
        blocks.append(P("• " + ", ".join(bits), indent=12, after=1))
    blocks.append(P(f"Our shared home is at {c.street}, {c.plz} {c.city}."))
    blocks += _topic_paras(c, t)
    blocks.append(P("Many thanks for reading all this."))
    blocks.append(Signature(a.full))
    blocks.append(P("Note from the person who typed this letter", bold=True, after=2))
    blocks.append(
        P(
            f"I am {mentor}, a volunteer mentor of the welcome initiative in {c.city_or_nrw()}. I typed this letter from "
            f"{a.vorname}'s own words and I support the request with all my heart.",
            size=9.5,
        )
    )
    blocks.append(P(mentor, size=9.5))
    return DocSpec(blocks, style(r))


@tpl("antrag", "en_family_v22", SPLIT)
def antrag_en_family_v22(c, d, r):
    # the family's own letter ("we"), each person with age and birth date in a sentence, signed by the adults
    a = c.applicant
    t = _grounds_en(c, r, "we")
    blocks = [P(x, after=0, size=10) for x in [f"Family {a.name}", c.street, f"{c.plz} {c.city}"]] + [
        Space(12)
    ]
    blocks += [
        P(x, after=0)
        for x in ["Härtefallkommission (Hardship Commission) NRW", "Völklinger Str. 4", "40219 Düsseldorf"]
    ]
    blocks += [Space(10), P(f"{c.city_or_nrw()}, {fmt_en(d.date)}", align="right")]
    blocks.append(P("Our application for a right to stay", bold=True, size=12))
    blocks.append(P("Dear Sir or Madam,"))
    blocks.append(
        P(
            "we are writing to you as a family and ask the Hardship Commission for a chance to remain in Germany. Please let us introduce ourselves."
        )
    )
    for i, p in enumerate(c.persons):
        role = {
            "applicant": "who writes this letter",
            "spouse": "my " + _role_en(p),
            "child": "our " + _role_en(p),
        }[p.role]
        s = f"{p.vorname} {p.name}, {role}"
        if _has(c, i, "geburtsdatum"):
            s += f", is {_age(p, d.date)} (born {fmt_en(p.geburtsdatum)}" + (
                f", {p.geburtsort})" if _has(c, i, "geburtsort") else ")"
            )
        elif _has(c, i, "geburtsort"):
            s += f", was born in {p.geburtsort}"
        if _has(c, i, "staatsangehoerigkeit"):
            s += f" and is {c.natinfo['en']}"
        blocks.append(P(s + ".", after=2))
    blocks.append(P(f"Our address is {c.street}, {c.plz} {c.city}."))
    blocks += _topic_paras(c, t)
    blocks.append(P("We hope very much for your help.", after=2))
    blocks.append(P("With kind regards"))
    adults = [p for p in c.persons if p.role != "child"]
    for p in adults:
        blocks.append(Signature(p.full))
    return DocSpec(blocks, style(r, r.choice(["sans", "serif", "italic"])))


# ============================ bamf_bescheid ============================

_DUBLIN_STATES = ["Italien", "Bulgarien", "Kroatien", "Österreich", "Polen", "Rumänien"]


def _bamf_person(a) -> tuple[str, str]:
    """("Der Antragsteller", "syrischer Staatsangehöriger") or the feminine forms."""
    if a.sex == "m":
        return "Der Antragsteller", f"{a.staat}er Staatsangehöriger"
    return "Die Antragstellerin", f"{a.staat}e Staatsangehörige"


def _tenor22(c, r) -> list[str]:
    """The operative part in the wording of an "offensichtlich unbegründet" rejection, or of an
    inadmissibility decision with a transfer (four points)."""
    if c.bamf_tenor == 4:
        state = random.Random(c.case_id + "dublin").choice(_DUBLIN_STATES)
        return [
            "Den Asylantrag lehnt das Bundesamt als unzulässig ab.",
            "Ein Abschiebungsverbot liegt weder nach Absatz 5 noch nach Absatz 7 Satz 1 des § 60 AufenthG vor.",
            f"{state} ist Zielstaat der hiermit angeordneten Abschiebung.",
            f"Das Bundesamt befristet das Einreise- und Aufenthaltsverbot (§ 11 Abs. 1 AufenthG) auf {r.choice([12, 15, 18])} Monate, gerechnet vom Abschiebungstag.",
        ]
    return [
        "Die Flüchtlingseigenschaft wird nicht zuerkannt; das Begehren ist offensichtlich unbegründet.",
        "Die Anerkennung als Asylberechtigte/r wird als offensichtlich unbegründet versagt.",
        "Subsidiärer Schutz wird nicht gewährt; auch insoweit ist der Antrag offensichtlich unbegründet.",
        "Ein Abschiebungsverbot liegt weder nach Absatz 5 noch nach Absatz 7 Satz 1 des § 60 AufenthG vor.",
        f"Die antragstellende Person muss Deutschland innerhalb einer Woche ab Bekanntgabe verlassen. Andernfalls wird ihr die Abschiebung "
        f"{_nach_land(c)} oder in einen anderen aufnahmebereiten oder zur Rücknahme verpflichteten Staat angedroht.",
        f"Das Bundesamt befristet das Einreise- und Aufenthaltsverbot (§ 11 Abs. 1 AufenthG) auf {r.choice([10, 20, 30])} Monate, gerechnet vom Abschiebungstag.",
    ]


def _reasons22(c, r, n: int) -> list[str]:
    """`n` paragraphs of the decision's reasons (the facts first, then the legal assessment)."""
    a = c.applicant
    who, nat = _bamf_person(a)
    er = "er" if a.sex == "m" else "sie"
    left = c.entry - timedelta(days=r.randint(40, 200))
    heard = c.asylum_applied + timedelta(days=r.randint(10, 80))
    facts = [
        f"{who} ist {nat}. Nach eigenen Angaben verließ {er} das Herkunftsland im {month_year(left)} und gelangte am {fmt(c.entry)} "
        f"in das Bundesgebiet. Am {fmt(c.asylum_applied)} beantragte {er} bei der {c.bamf_site[0]} des Bundesamtes Asyl.",
        f"In der persönlichen Anhörung am {fmt(heard)} trug {er} vor, Angehörige einer verfeindeten Familie hätten {'ihn' if a.sex == 'm' else 'sie'} mehrfach aufgesucht und bedroht. "
        f"An die Polizei habe {er} sich nicht gewandt, weil dort niemand helfe. Weitere Gründe für die Ausreise nannte {er} auf Nachfrage nicht.",
    ]
    if c.bamf_tenor == 4:
        state = random.Random(c.case_id + "dublin").choice(_DUBLIN_STATES)
        law = [
            f"Die Fingerabdruckrecherche im Eurodac-System wies aus, dass bereits in {state} ein Schutzersuchen registriert worden war. Auf das Übernahmeersuchen des Bundesamtes erklärte {state} fristgerecht seine Zuständigkeit.",
            "Unzulässig ist der Antrag nach § 29 Abs. 1 Nr. 1 AsylG, weil nach der Verordnung (EU) Nr. 604/2013 ein anderer Mitgliedstaat zuständig ist. Gründe, die einen Selbsteintritt der Bundesrepublik nahelegen würden, sind nicht zu erkennen.",
            f"Dass das Schutzsystem in {state} an grundlegenden Mängeln litte, lässt sich den vorliegenden Erkenntnissen nicht entnehmen; Rückkehrende finden dort Unterkunft und eine medizinische Grundversorgung.",
            "Die Abschiebungsanordnung stützt sich auf § 34a Abs. 1 Satz 1 AsylG. Hindernisse, die in der Person liegen, etwa eine belegte Reiseunfähigkeit, sind nicht ersichtlich.",
            "Bei der Fristbemessung war zu sehen, dass keine schützenswerten Bindungen an Deutschland geltend gemacht wurden.",
        ]
    else:
        law = [
            "Eine Zuerkennung nach § 3 Abs. 1 AsylG scheidet aus. Der Vortrag lässt keinen Bezug zu einem der dort genannten Verfolgungsgründe erkennen; geschildert wird ein privater Streit.",
            "Der Vortrag ist zudem nicht glaubhaft. Die Schilderung blieb auch auf gezielte Nachfragen knapp und vage; sie lässt Einzelheiten, die bei tatsächlich Erlebtem zu erwarten wären, vollständig vermissen.",
            "Die Ablehnung als offensichtlich unbegründet folgt aus § 30 AsylG. Die vorgebrachten Umstände sind für die Prüfung des Schutzbegehrens nicht von Belang bzw. offenkundig unzutreffend.",
            "Subsidiärer Schutz scheidet aus, weil nichts auf einen drohenden ernsthaften Schaden nach § 4 Abs. 1 AsylG hindeutet. Die Gewalt in der Herkunftsregion ist nach aktueller Lageeinschätzung nicht so dicht, dass schon die bloße Rückkehr eine individuelle Bedrohung begründete.",
            "Ebenso wenig greift § 60 Abs. 5 AufenthG in Verbindung mit Art. 3 EMRK. Den Lebensunterhalt wird die antragstellende Person durch eigene Erwerbstätigkeit, notfalls durch Gelegenheitsarbeiten und mit Unterstützung der Verwandtschaft bestreiten können.",
            "Ein gesundheitsbedingtes Abschiebungsverbot setzt eine erhebliche Erkrankung voraus, die bei Rückkehr wesentlich schlimmer würde und durch eine Bescheinigung belegt ist, den Maßstäben des § 60a Abs. 2c AufenthG entsprechend; daran mangelt es hier.",
            "Für die Androhung der Abschiebung gelten § 34 Abs. 1 AsylG und § 59 AufenthG, für die Wochenfrist § 36 Abs. 1 AsylG.",
            "Die festgesetzte Sperrfrist ist verhältnismäßig; Gesichtspunkte, die für eine Verkürzung sprächen, etwa Familienangehörige in Deutschland, hat die antragstellende Person nicht vorgebracht.",
        ]
    law += [
        f"Grundlage der Lagebeurteilung zu {c.natinfo['land']} sind die den Beteiligten mitgeteilten Quellen, vor allem aktuelle Berichte "
        "internationaler Organisationen, Auskünfte des Auswärtigen Amtes und Analysen von Nichtregierungsorganisationen aus dem laufenden Jahr.",
        "Die Anhörung wurde mit Unterstützung einer Sprachmittlerin durchgeführt; Verständigungsschwierigkeiten wurden weder angezeigt noch sind sie aus der Niederschrift ersichtlich. "
        "Die rückübersetzte Niederschrift wurde ohne Korrekturen genehmigt.",
        "Soweit in einer späteren Stellungnahme neue Umstände angeführt wurden, bleiben diese ohne Substanz. Weshalb sie nicht bereits in der Anhörung genannt wurden, "
        "ist nicht erklärt worden.",
        "Weitere Umstände, die zu einem anderen Ergebnis führen müssten, hat die antragstellende Person nicht benannt; die Akte enthält dazu ebenfalls nichts.",
        "Eine Prüfung der Angaben zum Reiseweg ergab keine Anhaltspunkte für einen abweichenden Sachverhalt; Identitätsdokumente wurden bis zum Entscheidungszeitpunkt nicht vorgelegt.",
    ]
    out = facts + law
    topics = [
        "die Versorgung mit Lebensmitteln und Wohnraum",
        "den Zugang zu Arbeit und Tagelohn",
        "die medizinische Grundversorgung",
        "die Sicherheitslage auf den Überlandstraßen",
        "die Lage von Rückkehrenden ohne familiären Rückhalt",
        "die Funktionsfähigkeit von Polizei und Justiz",
    ]
    places = c.natinfo["orte"]
    k = 0
    while len(out) < n:  # country paragraphs, each about another place and subject, before anything repeats
        if k < len(places) * len(topics):
            place, topic = places[k % len(places)], topics[(k // len(places) + k) % len(topics)]
            out.append(
                f"Zur Region {place} ist für {topic} festzustellen, dass die Verhältnisse zwar angespannt, aber nicht so beschaffen sind, "
                f"dass eine erwerbsfähige Person dort ohne Weiteres in eine existenzbedrohende Lage geriete; die Quellenlage hierzu ist seit {c.bamf_date.year - 1} unverändert."
            )
            k += 1
        else:
            out.append(r.choice(law))
    return out[: max(n, 3)]


RUECKKEHR22 = (
    "Hinweis zur freiwilligen Ausreise: Wer freiwillig ausreist, kann unter bestimmten Voraussetzungen Reisekosten und eine Starthilfe erhalten. "
    "Auskünfte erteilen die Rückkehrberatungsstellen der Kommunen und der Wohlfahrtsverbände sowie die Ausländerbehörde. Eine freiwillige Ausreise "
    "vermeidet die Kosten und Folgen einer Abschiebung, insbesondere das mit ihr verbundene Einreise- und Aufenthaltsverbot."
)


def _rbb22(c, r, days: str) -> str:
    court = c.court_name or f"Verwaltungsgericht {random.Random(c.case_id + 'vg').choice(N.COURTS)}"
    return (
        f"Hiergegen ist die Klage zum {court} statthaft; Frist: {days} ab Zustellung. "
        "Einzureichen ist sie schriftlich oder mündlich bei der Geschäftsstelle des Gerichts, möglichst mit einem bestimmten Antrag. "
        "Begründende Tatsachen und Beweise sind binnen Monatsfrist nach Zustellung zu benennen."
    )


def _bamf_head22(c, r) -> list:
    site = c.bamf_site
    return [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, size=12, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8.5),
    ]


def _bamf_addressee(c, r) -> list[str]:
    a = c.applicant
    if c.rep is not None and c.rep.kind == "anwalt" and r.random() < 0.6:
        return [c.rep.org, f"z. Hd. {c.rep.person}", c.rep.street, c.rep.city]
    return [a.herr_frau(), c.street, f"{c.plz} {c.city}"]


@tpl("bamf_bescheid", "tabelle_v22", SPLIT)
def bamf_tabelle_v22(c, d, r):
    # the operative part as a table of roman numerals beside the decision; personal data in a grid
    a = c.applicant
    gz = c.bamf_gz
    blocks = _bamf_head22(c, r)
    blocks.append(
        Table(
            [
                ["Geschäftszeichen", gz],
                ["Datum", fmt(d.date)],
                ["Zustellung", "gegen Postzustellungsurkunde"],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
            size=9,
        )
    )
    blocks += [P(x, after=0) for x in _bamf_addressee(c, r)] + [Space(12)]
    blocks.append(P("BESCHEID", bold=True, size=14, align="center"))
    blocks.append(P("In dem Asylverfahren der nachstehend bezeichneten Person", after=2))
    blocks.append(
        Table(
            [
                ["Familienname, Vorname", f"{a.name}, {a.vorname}"],
                ["Geburtsdatum, Geburtsort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", c.adresse],
            ],
            [0.32, 0.68],
            header=False,
        )
    )
    blocks.append(P("wird entschieden:", after=3))
    roman = ["I.", "II.", "III.", "IV.", "V.", "VI."]
    tenor = _tenor22(c, r)
    blocks.append(Table([[roman[i], t] for i, t in enumerate(tenor)], [0.1, 0.9], header=False, grid=False))
    blocks.append(P("Begründung", bold=True, size=12, align="center"))
    reasons = _reasons22(c, r, d.extra.get("bamf_reasons", 6))
    blocks.append(P("A. Sachverhalt", bold=True, after=2))
    blocks += [P(x) for x in reasons[:2]]
    blocks.append(P("B. Würdigung", bold=True, after=2))
    blocks += [P(x) for x in reasons[2:]]
    blocks.append(P(RUECKKEHR22, size=9.5))
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True, after=2))
    blocks.append(P(_rbb22(c, r, "einer Woche" if c.bamf_tenor == 6 else "zwei Wochen"), size=9.5))
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(P(r.choice(["Gerlach", "Yüksel", "Brandhorst", "Quast", "Ebbinghaus"]), after=0))
    blocks.append(P("Einzelentscheider/in", size=8.5))
    return DocSpec(blocks, style(r, "sans"), footer=f"{gz} · Seite {{p}} von {{n}}")


@tpl("bamf_bescheid", "randnummern_v22", SPLIT)
def bamf_randnummern_v22(c, d, r):
    # the reasons with margin numbers; the operative part lettered a) to f) in a frame of rules
    a = c.applicant
    gz = c.bamf_gz
    blocks = [
        P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=11, align="center", after=0),
        P(f"{c.bamf_site[0]}", size=9, align="center", after=0),
        P(f"{c.bamf_site[1]}, {c.bamf_site[2]}", size=8.5, align="center"),
        Space(6),
    ]
    blocks += [P(x, after=0, size=10) for x in _bamf_addressee(c, r)] + [Space(10)]
    blocks.append(P(f"Az. (bitte stets angeben): {gz}", align="right", after=0, size=9.5))
    blocks.append(P(f"{c.bamf_site[2].split(' ', 1)[1]}, den {fmt_long(d.date)}", align="right", size=9.5))
    blocks.append(P("Bescheid", bold=True, size=15))
    who, nat = _bamf_person(a)
    blocks.append(
        P(
            f"Asylverfahren {a.herr_frau()}, geboren {fmt(a.geburtsdatum)} in {a.geburtsort}, {nat}, "
            f"wohnhaft {c.adresse}. Entscheidung des Bundesamtes:"
        )
    )
    blocks.append(Rule(0.5))
    for i, t in enumerate(_tenor22(c, r)):
        blocks.append(P(f"{'abcdef'[i]})  {t}", indent=10, bold=True, after=3))
    blocks.append(Rule(0.5))
    blocks.append(P("Gründe", bold=True, size=12))
    for n, x in enumerate(_reasons22(c, r, d.extra.get("bamf_reasons", 6)), 1):
        blocks.append(P(f"{n}", size=8, after=0, bold=True))
        blocks.append(P(x, indent=18))
    blocks.append(P(RUECKKEHR22, size=9.5))
    blocks.append(P("Hinweis zum Rechtsweg", bold=True, after=2))
    blocks.append(P(_rbb22(c, r, "einer Woche" if c.bamf_tenor == 6 else "zwei Wochen"), size=9.5))
    blocks.append(Signature(r.choice(["Kahraman", "Lindqvist", "Olbrich", "Terhorst"]), "Im Auftrag"))
    return DocSpec(
        blocks,
        style(r, "serif"),
        footer="Seite {p} von {n}",
        header=f"Bundesamt für Migration und Flüchtlinge – Az. {gz}",
    )


@tpl("bamf_bescheid", "zustellung_v22", SPLIT)
def bamf_zustellung_v22(c, d, r):
    # a decision preceded by a short delivery note on its first page; the operative part in a box of short lines
    a = c.applicant
    gz = c.bamf_gz
    blocks = _bamf_head22(c, r) + [Rule(1.0)]
    blocks += [P(x, after=0) for x in _bamf_addressee(c, r)] + [Space(10)]
    blocks.append(
        Box(
            [
                "Zustellungsvermerk",
                f"Geschäftszeichen: {gz}",
                f"Entscheidungsdatum: {fmt(d.date)}",
                f"Betroffene Person: {a.name.upper()}, {a.vorname}",
            ],
            size=9,
        )
    )
    blocks.append(
        P(
            "Mit diesem Schreiben wird Ihnen die Entscheidung über Ihren Asylantrag zugestellt. Wie Sie dagegen vorgehen können, steht am Schluss des Bescheides. "
            "Eine Übersetzung der Entscheidungsformel in eine Ihnen verständliche Sprache ist beigefügt.",
            size=9.5,
        )
    )
    blocks.append(P("BESCHEID", bold=True, size=13, align="center"))
    who, nat = _bamf_person(a)
    blocks.append(
        P(
            f"{who}: {a.vorname} {a.name}, geb. {fmt(a.geburtsdatum)} in {a.geburtsort}, {nat}. "
            f"Anschrift: {c.adresse}."
        )
    )
    blocks.append(P("Entscheidungsformel:", bold=True, after=2))
    for i, t in enumerate(_tenor22(c, r), 1):
        blocks.append(P(f"Ziffer {i}: {t}", indent=14, after=2))
    blocks.append(P("Begründung:", bold=True))
    for x in _reasons22(c, r, d.extra.get("bamf_reasons", 6)):
        blocks.append(P(x))
    blocks.append(P(RUECKKEHR22, size=9.5))
    blocks.append(P("Rechtsbehelfsbelehrung:", bold=True, after=2))
    blocks.append(P(_rbb22(c, r, "einer Woche" if c.bamf_tenor == 6 else "zwei Wochen"), size=9.5))
    blocks.append(P(f"Im Auftrag  {r.choice(['Haverkamp', 'Nowicki', 'Sander-Ilić', 'Ruppert'])}"))
    return DocSpec(
        blocks, style(r, r.choice(["sans", "cond"])), footer=f"Seite {{p}} von {{n}} – Gesch.-Z. {gz}"
    )


# ============================ aerztliches_gutachten ============================


def _findings22(code: str, r) -> tuple[str, str, str]:
    """(findings, course/therapy, consequences of stopping the treatment) for a diagnosis code."""
    if code.startswith("F43") or code.startswith("F3") or code.startswith("F41"):
        return (
            r.choice(
                [
                    "wach, allseits orientiert; Stimmung deutlich gedrückt, affektive Schwingungsfähigkeit reduziert; Antrieb gemindert; ausgeprägte Ein- und Durchschlafstörungen mit wiederkehrenden Albträumen",
                    "im Kontakt zurückhaltend, Blickkontakt vermeidend; Konzentration und Merkfähigkeit eingeschränkt; sich aufdrängende Erinnerungen, Schreckhaftigkeit, Vermeidungsverhalten; keine akute Eigengefährdung, aber passive Todeswünsche",
                ]
            ),
            "Seit Behandlungsbeginn finden regelmäßige Gespräche statt; die medikamentöse Einstellung wurde zweimal angepasst. Eine Stabilisierung gelingt nur langsam und bleibt störanfällig.",
            "Wird die Therapie unterbrochen, droht ein rascher Rückfall, im ungünstigen Fall mit Suizidgefahr.",
        )
    if code.startswith("F84"):
        return (
            "deutlich eingeschränkte soziale Interaktion und Kommunikation, stereotype Verhaltensmuster, ausgeprägte Reaktionen auf Veränderungen der Tagesstruktur",
            "Das Kind erhält Frühförderung, Ergotherapie und Logopädie; die Eltern werden angeleitet. Fortschritte hängen wesentlich von der Kontinuität der Förderung ab.",
            "Ein Wegfall der Förderung und der vertrauten Umgebung würde die erreichten Fortschritte zunichtemachen.",
        )
    if code.startswith("G40"):
        return (
            "fokale Anfälle mit sekundärer Generalisierung, zuletzt etwa zweimal im Monat; im EEG Herdbefund links temporal",
            "Unter antikonvulsiver Therapie ist die Anfallsfrequenz gesunken; Spiegelkontrollen erfolgen vierteljährlich.",
            "Ohne lückenlose Medikation drohen Anfallsserien mit Verletzungs- und Lebensgefahr.",
        )
    if code.startswith("E11"):
        return (
            f"HbA1c zuletzt {r.choice(['8,4', '8,9', '9,2'])} %; beginnende Polyneuropathie an beiden Füßen",
            "Die Einstellung erfolgt mit oralen Antidiabetika; regelmäßige Kontrollen und Schulungen sind erforderlich.",
            "Ohne Medikation und Kontrollen drohen Stoffwechselentgleisungen und Folgeschäden.",
        )
    if code.startswith("I10"):
        return (
            f"Blutdruckwerte wiederholt um {r.choice(['170/100', '165/105', '180/95'])} mmHg; linksventrikuläre Hypertrophie in der Echokardiographie",
            "Die Therapie wurde auf eine Zweierkombination umgestellt; häusliche Messungen werden dokumentiert.",
            "Ohne Behandlung besteht ein erhöhtes Risiko für Schlaganfall und Herzinfarkt.",
        )
    return (
        f"eGFR zuletzt {r.choice(['21', '24', '27'])} ml/min; renale Anämie, Hyperkaliämie-Neigung",
        "Nephrologische Kontrollen finden monatlich statt; die Vorbereitung auf ein Nierenersatzverfahren hat begonnen.",
        "Ohne engmaschige Betreuung droht in absehbarer Zeit ein dialysepflichtiges Nierenversagen.",
    )


def _practice22(c, r) -> list:
    street = f"{r.choice(N.STREETS)} {r.randint(2, 90)}"
    return [
        P(c.practice, bold=True, size=11, after=0),
        P(f"{street} · {c.court_city_plz()} · Telefon 0{r_digits(c.practice)}", size=8),
        Rule(0.5),
    ]


@tpl("aerztliches_gutachten", "befundbericht_v22", SPLIT)
def med_befundbericht_v22(c, d, r):
    # a "Befundbericht" with a patient grid on top; the date of issue only next to the signature
    p = c.persons[c.ill_person]
    code, name, sev = c.diagnosis
    befund, verlauf, folgen = _findings22(code, r)
    since = c.entry + timedelta(days=r.randint(200, 600))
    blocks = _practice22(c, r)
    blocks.append(P("Befundbericht", bold=True, size=14))
    blocks.append(
        Table(
            [
                ["Patient/in", p.full],
                ["geboren", fmt(p.geburtsdatum)],
                ["Behandlungsbeginn", month_year(since)],
                ["Anlass", "Anforderung durch die Patientin/den Patienten zur Vorlage bei Behörden"],
            ],
            [0.28, 0.72],
            header=False,
            size=9.5,
        )
    )
    blocks.append(P("Diagnose (ICD-10-GM)", bold=True, after=2))
    blocks.append(P(f"{code}  {name}", indent=12))
    blocks.append(P("Erhobene Befunde", bold=True, after=2))
    blocks.append(P(f"Befunde bei der Untersuchung: {befund}."))
    blocks.append(P("Verlauf unter Therapie", bold=True, after=2))
    blocks.append(P(verlauf))
    blocks.append(P("Schweregrad und Prognose", bold=True, after=2))
    blocks.append(P(f"Das Krankheitsbild ist derzeit als {sev} einzuschätzen. {folgen}"))
    blocks.append(P("Aktuelle Medikation: " + "; ".join(r.sample(N.MEDICATION, 2)), size=9.5))
    blocks.append(Signature(c.doctor, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r))


@tpl("aerztliches_gutachten", "arztbrief_v22", SPLIT)
def med_arztbrief_v22(c, d, r):
    # a hospital's discharge letter to the family doctor, copy for the patient
    p = c.persons[c.ill_person]
    code, name, sev = c.diagnosis
    befund, verlauf, folgen = _findings22(code, r)
    out = d.date - timedelta(days=r.randint(2, 10))
    inn = out - timedelta(days=r.randint(6, 30))
    dept = (
        "Abteilung Psychiatrie, Psychotherapie und Psychosomatik"
        if code.startswith("F4") or code.startswith("F3")
        else "Kinderklinik – Station Regenbogen"
        if p.role == "child"
        else "Innere Medizin – Station 4B"
    )
    house = f"Marienhospital {c.city_or_nrw()}"
    blocks = [
        P(house, bold=True, size=12, align="right", after=0),
        P(dept, align="right", size=9, after=0),
        P(
            f"Ärztliche Leitung: Prof. Dr. {r.choice(['H. Averbeck', 'S. Okonkwo', 'R. Tillmann'])}",
            align="right",
            size=8.5,
        ),
        Space(8),
        P("Hausärztliche Praxis (nachrichtlich: Patient/in)", size=9.5, after=12),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P(f"Arztbrief – {p.full}, geb. {fmt(p.geburtsdatum)}", bold=True),
        P("Liebe Frau Kollegin, lieber Herr Kollege,"),
        P(
            f"Ihre Patientin/Ihr Patient war vom {fmt(inn)} bis {fmt(out)} bei uns aufgenommen; über diesen Aufenthalt möchten wir Sie unterrichten."
        ),
        P("Diagnosen:", bold=True, after=1),
        P(f"{name} ({code}), Schweregrad: {sev}", indent=12),
        P("Aufnahmebefund:", bold=True, after=1),
        P(befund[0].upper() + befund[1:] + "."),
        P("Behandlungsverlauf:", bold=True, after=1),
        P(
            verlauf
            + " Wir entlassen gebessert, jedoch weiter behandlungsbedürftig, in die ambulante Weiterbetreuung."
        ),
        P("Procedere:", bold=True, after=1),
        P(f"Fortführung der ambulanten Behandlung, Wiedervorstellung in sechs Wochen. {folgen}"),
        P("Entlassmedikation: " + ", ".join(r.sample(N.MEDICATION, 3))),
        P("Mit freundlichen kollegialen Grüßen"),
        Table(
            [
                [
                    f"Dr. med. {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}",
                    c.doctor,
                    f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}",
                ],
                ["Oberärztin/Oberarzt", "behandelnd", "Assistenzärztin/-arzt"],
            ],
            [0.34, 0.33, 0.33],
            header=False,
            grid=False,
            size=8.5,
        ),
    ]
    return DocSpec(blocks, style(r), footer="Seite {p}/{n}")


@tpl("aerztliches_gutachten", "qualifiziert_v22", SPLIT)
def med_qualifiziert_v22(c, d, r):
    # a qualified certificate along the points of § 60a Abs. 2c AufenthG; issued "am" next to the signature
    p = c.persons[c.ill_person]
    code, name, sev = c.diagnosis
    befund, verlauf, folgen = _findings22(code, r)
    since = c.entry + timedelta(days=r.randint(150, 500))
    blocks = _practice22(c, r)
    blocks.append(P("Ärztliche Bescheinigung – qualifiziert", bold=True, size=13, after=0))
    blocks.append(P("(Anforderungen: § 60a Abs. 2c AufenthG)", size=9.5))
    points = [
        ("Person", f"{p.full}, geb. {fmt(p.geburtsdatum)}, wohnhaft {c.adresse}"),
        (
            "Tatsächliche Umstände",
            f"Erstvorstellung im {month_year(since)}; seither {r.choice(['14-tägliche', 'monatliche', 'wöchentliche'])} Termine.",
        ),
        (
            "Methode der Tatsachenerhebung",
            "Anamnese und Fremdanamnese, körperliche Untersuchung, Auswertung von Vorbefunden"
            + (", standardisierte Fragebögen" if code.startswith("F") else ", Laborkontrollen"),
        ),
        ("Diagnose", f"{name} – ICD-10: {code}"),
        ("Befund", befund[0].upper() + befund[1:] + "."),
        ("Schweregrad", f"{sev}"),
        ("Bisherige Therapie", verlauf),
        ("Folgen bei Abbruch der Behandlung", folgen),
        ("Medikation", ", ".join(r.sample(N.MEDICATION, 2))),
    ]
    for i, (head, text) in enumerate(points, 1):
        blocks.append(P(f"{i}. {head}", bold=True, after=1))
        blocks.append(P(text, indent=14))
    blocks.append(P("Die Bescheinigung beruht auf eigener Untersuchung und Behandlung.", size=9.5))
    blocks.append(Signature(f"{c.doctor} – ausgestellt am {fmt(d.date)}"))
    return DocSpec(blocks, style(r, r.choice(["sans", "serif"])), footer="Seite {p} von {n}")


@tpl("aerztliches_gutachten", "attest_behoerde_v22", SPLIT)
def med_attest_behoerde_v22(c, d, r):
    # a short certificate for the authorities with a reference line ("Unser Zeichen / Datum")
    p = c.persons[c.ill_person]
    code, name, sev = c.diagnosis
    befund, verlauf, folgen = _findings22(code, r)
    blocks = _practice22(c, r)
    blocks.append(
        Table(
            [
                ["Ihr Zeichen", "Unser Zeichen", "Datum"],
                ["–", f"{p.name[:3].upper()}-{r.randint(1000, 9999)}", fmt(d.date)],
            ],
            [0.33, 0.33, 0.34],
            grid=False,
            size=8.5,
        )
    )
    blocks.append(P("Ärztliches Attest – zur Vorlage bei Behörden", bold=True, size=13))
    blocks.append(
        P(
            f"{p.herr_frau()}, geboren am {fmt(p.geburtsdatum)}, wird von mir fortlaufend behandelt. "
            f"Diagnose: {name} (ICD-10 {code}); Ausprägung derzeit {sev}."
        )
    )
    blocks.append(P(f"Befund: {befund}."))
    blocks.append(P(folgen + " Eine Fortführung der Behandlung ist medizinisch dringend angezeigt."))
    blocks.append(Signature(c.doctor))
    blocks.append(P("Stempel der Praxis", size=8))
    return DocSpec(blocks, style(r))


# ============================ vollmacht ============================


def _bevollmaechtigt(c) -> str:
    rp = c.rep
    if rp.kind == "privat":
        return f"{rp.person}, {rp.street}, {rp.city}"
    return f"{rp.org} ({rp.person}), {rp.street}, {rp.city}"


@tpl("vollmacht", "kurzform_v22", SPLIT)
def vollmacht_kurzform_v22(c, d, r):
    # a half-page short form with tick boxes for the scope
    a = c.applicant
    blocks = [
        P("Vollmacht – Kurzform", bold=True, size=13),
        Table(
            [
                ["Vollmachtgeber/in", f"{a.full}, geb. {fmt(a.geburtsdatum)}"],
                ["Anschrift", c.adresse],
                ["Bevollmächtigte/r", _bevollmaechtigt(c)],
            ],
            [0.3, 0.7],
            header=False,
            size=9.5,
        ),
        P("Die Vollmacht umfasst:", after=2),
        P(
            "[x] Vertretung im Härtefallverfahren (§ 23a AufenthG) bei der Kommission in Düsseldorf",
            indent=10,
            after=1,
        ),
        P("[x] Akteneinsicht und Auskünfte bei der Ausländerbehörde", indent=10, after=1),
        P("[x] die Entgegennahme von Schreiben und Bescheiden", indent=10, after=1),
        P(f"{_tick(c.rep.kind == 'anwalt')} die Vertretung vor Gericht", indent=10),
    ]
    if len(c.persons) > 1:
        blocks.append(
            P("Eingeschlossen sind die Familienangehörigen, die der Härtefallantrag nennt.", size=9.5)
        )
    blocks.append(P("Sie kann jederzeit widerrufen werden.", size=9.5))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r, r.choice(["sans", "cond"])))


@tpl("vollmacht", "familie_v22", SPLIT)
def vollmacht_familie_v22(c, d, r):
    # "Auftrag und Vollmacht" signed by every adult of the household in a signature table
    adults = [p for p in c.persons if p.role != "child"]
    rp = c.rep
    blocks = [
        P(_rep_lines(c)[0], size=9, align="right", after=0),
        P(f"{rp.street} · {rp.city}", size=8, align="right"),
        P("Auftrag und Vollmacht", bold=True, size=14),
        P(f"Datum: {fmt(d.date)}", after=8),
        P(
            f"{'Wir, die Unterzeichnenden,' if len(adults) > 1 else 'Ich, der/die Unterzeichnende,'} "
            f"{'beauftragen und bevollmächtigen' if len(adults) > 1 else 'beauftrage und bevollmächtige'} {_bevollmaechtigt(c)}, "
            f"{'uns' if len(adults) > 1 else 'mich'} und {'unsere' if len(adults) > 1 else 'meine'} minderjährigen Kinder vor der Härtefallkommission in "
            "Düsseldorf, gegenüber ihrer Geschäftsstelle und bei der Ausländerbehörde zu vertreten."
        ),
        P(
            "Die/der Bevollmächtigte darf Anträge stellen und begründen, Unterlagen einreichen, Auskünfte einholen und Post für uns empfangen. "
            "Untervollmacht darf erteilt werden."
        ),
        P(f"Anschrift der Vollmachtgeber: {c.adresse}"),
    ]
    rows = [["Name, Vorname", "geboren am", "Unterschrift"]]
    for p in adults:
        rows.append([f"{p.name}, {p.vorname}", fmt(p.geburtsdatum), ""])
    blocks.append(Table(rows, [0.42, 0.2, 0.38]))
    blocks.append(P(f"Angenommen: {rp.person}", size=9))
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "zweisprachig_v22", SPLIT)
def vollmacht_zweisprachig_v22(c, d, r):
    # a bilingual authorisation, German left and English right
    a = c.applicant
    rows = [
        ["Vollmacht (deutsch)", "Power of attorney (English)"],
        [f"Ich, {a.full}, wohnhaft {c.adresse},", f"I, {a.full}, residing at {c.adresse},"],
        [f"bevollmächtige hiermit {_bevollmaechtigt(c)},", f"hereby authorise {_bevollmaechtigt(c)}"],
        [
            "mich bei der Härtefallkommission NRW in meinem Antrag nach § 23a AufenthG zu vertreten.",
            "to act for me before the Härtefallkommission of the Land NRW in my request under § 23a AufenthG.",
        ],
        [
            "Die Vollmacht schließt Akteneinsicht und den Empfang von Schriftstücken ein.",
            "This includes inspecting files and receiving letters on my behalf.",
        ],
    ]
    blocks = [P("Vollmacht – Power of Attorney", bold=True, size=13, align="center")]
    blocks.append(Table(rows, [0.5, 0.5], size=9.5))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    blocks.append(P("Ort, Datum, Unterschrift / place, date, signature", size=8))
    return DocSpec(blocks, style(r))


# ============================ schweigepflichtsentbindung ============================


@tpl("schweigepflichtsentbindung", "ankreuz_v22", SPLIT)
def schweige_ankreuz_v22(c, d, r):
    # a release form: whom the doctor may tell, and what, by tick boxes
    p = c.persons[c.ill_person]
    blocks = [
        P("Schweigepflichtentbindung – Auskunft an die Härtefallkommission", bold=True, size=13),
        P(f"Patient/in: {p.full}, geb. {fmt(p.geburtsdatum)}, {c.adresse}", after=4),
        P(
            f"Hiermit entbinde ich {c.doctor} ({c.practice}) von der ärztlichen Schweigepflicht gegenüber:",
            after=2,
        ),
        P("[x] dem Büro (Geschäftsstelle) der Härtefallkommission in Düsseldorf", indent=10, after=1),
        P("[x] den Kommissionsmitgliedern", indent=10, after=1),
        P(f"{_tick(r.random() < 0.5)} der Ausländerbehörde ({c.abh})", indent=10),
        P("Die Auskunft darf umfassen:", after=2),
        P(
            "[x] Diagnosen   [x] Befunde   [x] Behandlungsverlauf   [ ] die vollständige Patientenakte",
            indent=10,
        ),
        P(
            "Gilt bis zum Ende des Härtefallverfahrens. Widerruf: formlos möglich.",
            size=9.5,
        ),
        Signature(p.full, f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "sorgeberechtigt_v22", SPLIT)
def schweige_sorgeberechtigt_v22(c, d, r):
    # declared by the patient or, for a child, by the parents
    p = c.persons[c.ill_person]
    parents = [x for x in c.persons if x.role != "child"] if p.role == "child" else [p]
    blocks = [
        P("Befreiung der Behandelnden von ihrer Schweigepflicht", bold=True, size=12),
        P("(bei Minderjährigen abzugeben durch die Sorgeberechtigten)", size=9),
        P(f"betroffene Person: {p.name}, {p.vorname} – geboren {fmt(p.geburtsdatum)}"),
        P(
            f"{'Wir befreien' if len(parents) > 1 else 'Ich befreie'} die behandelnden Ärztinnen, Ärzte und Therapeut/innen, namentlich {c.doctor}, "
            "von ihrer Schweigepflicht, soweit die NRW-Härtefallkommission oder deren Geschäftsstelle "
            "Auskünfte über Erkrankung, Behandlung und Prognose benötigt."
        ),
        P("Mir/uns ist bekannt, dass die Angaben nur für das Härtefallverfahren verwendet werden."),
    ]
    for x in parents:
        blocks.append(Signature(x.full, f"{c.city_or_nrw()}, den {fmt(d.date)}"))
    return DocSpec(blocks, style(r, r.choice(["serif", "sans"])))


@tpl("schweigepflichtsentbindung", "praxisformular_v22", SPLIT)
def schweige_praxisformular_v22(c, d, r):
    # the practice's own form for passing information to a third party
    p = c.persons[c.ill_person]
    blocks = [
        Box([c.practice, "Formular 7 – Einwilligung in die Auskunftserteilung an Dritte"], size=9),
        Table(
            [
                ["Patient/in", f"{p.name}, {p.vorname}"],
                ["Geburtsdatum", fmt(p.geburtsdatum)],
                ["Auskunft an", "Geschäftsstelle der Härtefallkommission, Düsseldorf"],
                ["Zweck", "Härtefallantrag (§ 23a AufenthG)"],
                ["befristet bis", fmt(d.date + timedelta(days=365))],
            ],
            [0.3, 0.7],
            header=False,
            size=9.5,
        ),
        P(
            f"Ich entbinde {c.doctor} und das Praxisteam insoweit von der Schweigepflicht. Die Einwilligung ist freiwillig; "
            "ich kann sie schriftlich zurückziehen."
        ),
        Signature(p.full, f"Datum: {fmt(d.date)}"),
        P("Unterschrift der Patientin / des Patienten oder der gesetzlichen Vertretung", size=8),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ============================ datenschutzeinwilligung ============================


@tpl("datenschutzeinwilligung", "zwecke_v22", SPLIT)
def ds_zwecke_v22(c, d, r):
    # consent ticked purpose by purpose, signed by every adult
    adults = [p for p in c.persons if p.role != "child"]
    blocks = [
        P("Datenschutz: Einverständnis mit der Nutzung meiner Angaben", bold=True, size=12),
        P("zur Vorlage im Härtefallverfahren (NRW)", size=9.5),
        P(f"Betroffene Person(en): {', '.join(p.full for p in c.persons)}", after=4),
        P("Ich bin / wir sind einverstanden, dass", after=2),
        P(
            "[x] die Geschäftsstelle meine Angaben und Unterlagen speichert und für die Vorbereitung der Sitzung auswertet,",
            indent=10,
            after=1,
        ),
        P(
            "[x] die Kommissionsmitglieder und die zuständige Ausländerbehörde die Angaben erhalten,",
            indent=10,
            after=1,
        ),
        P(
            "[x] auch Gesundheitsdaten und Angaben zu Verfahren genutzt werden dürfen (Art. 9 Abs. 2 lit. a DSGVO),",
            indent=10,
            after=1,
        ),
        P("[x] bei Behörden und Stellen, die im Antrag genannt sind, Auskünfte eingeholt werden.", indent=10),
        P(
            "Niemand ist verpflichtet, dieses Einverständnis zu geben. Ein Widerruf ist ohne Begründung möglich; für die Vergangenheit "
            "ändert er nichts. Fehlt das Einverständnis, kann der Antrag unter Umständen nicht bearbeitet werden.",
            size=9.5,
        ),
    ]
    for p in adults:
        blocks.append(Signature(p.full, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r))


@tpl("datenschutzeinwilligung", "einfach_v22", SPLIT)
def ds_einfach_v22(c, d, r):
    # an explanation in plain language, in questions and answers, with the consent at the end
    a = c.applicant
    qa = [
        (
            "Wer sieht meine Angaben?",
            "Zuerst die Geschäftsstelle der Härtefallkommission. Von dort gehen sie weiter: zu den Kommissionsmitgliedern und zur Ausländerbehörde.",
        ),
        (
            "Welche Daten sind das?",
            "Name, Geburtsdatum, Adresse, Angaben zu Familie, Arbeit und Gesundheit, und alle Papiere, die Sie schicken.",
        ),
        (
            "Wofür?",
            "Nur für Ihren Härtefallantrag. Die Daten werden nicht verkauft und nicht für Werbung benutzt.",
        ),
        (
            "Kann ich Nein sagen?",
            "Ja. Sie können Ihre Einwilligung jederzeit widerrufen. Ein Brief oder eine E-Mail an die Geschäftsstelle genügt.",
        ),
    ]
    blocks = [P("Ihre Daten im Härtefallverfahren – Einwilligung", bold=True, size=13)]
    for q, ans in qa:
        blocks += [P(q, bold=True, after=1), P(ans)]
    blocks.append(Rule(0.4))
    blocks.append(
        P(
            f"Ich, {a.full}, habe diese Erklärung verstanden. Ich stimme der beschriebenen Nutzung zu, "
            "für mich und meine Angehörigen (Datenschutz-Grundverordnung, DSGVO)."
        )
    )
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, den {fmt(d.date)}"))
    return DocSpec(blocks, style(r, r.choice(["sans", "cond"])))


@tpl("datenschutzeinwilligung", "zweisprachig_v22", SPLIT)
def ds_zweisprachig_v22(c, d, r):
    # German and English side by side
    a = c.applicant
    rows = [
        ["Einwilligungserklärung Datenschutz", "Data protection consent"],
        [
            "Ich bin einverstanden, dass Angaben zu meiner Person im Härtefallverfahren genutzt werden.",
            "I agree that information about me may be used for the hardship procedure.",
        ],
        [
            "Gemeint sind auch besonders geschützte Angaben wie die zu meiner Gesundheit (Art. 9 DSGVO).",
            "This covers sensitive information as well, for example medical details (Art. 9 GDPR).",
        ],
        [
            "Sie dürfen der für mich zuständigen Ausländerbehörde mitgeteilt werden.",
            "It may be shared with the foreigners' authority responsible for me.",
        ],
        [
            "Mein Einverständnis kann ich jederzeit zurücknehmen; es endet dann ab diesem Tag.",
            "I am free to withdraw my agreement later; it ends on the day I do so.",
        ],
    ]
    blocks = [Table(rows, [0.5, 0.5], size=9.5)]
    blocks.append(
        P(
            f"Nachname (surname): {a.name}    Vorname (first name): {a.vorname}    geboren (born): {fmt(a.geburtsdatum)}"
        )
    )
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r))


# ============================ lebenslauf ============================


def _cv22(c) -> list[tuple[str, str]]:
    """(when, what) from birth to today, in this split's words."""
    a = c.applicant
    y = a.geburtsdatum.year
    rows = [
        (fmt(a.geburtsdatum), f"Geburt in {a.geburtsort} ({c.natinfo['land']})"),
        (f"{y + 6}–{y + 12}", "Grundschule"),
        (
            f"{y + 12}–{y + 16}",
            "weiterführende Schule, ohne Abschluss verlassen" if y % 2 else "Mittelschule, Abschluss",
        ),
        (f"{y + 17}–{c.entry.year - 1}", "Arbeit im Geschäft der Familie, danach wechselnde Aushilfsjobs"),
        (fmt(c.entry), "Ankunft in der Bundesrepublik (Erstaufnahme)"),
    ]
    if c.asylum:
        rows.append((fmt(c.asylum_applied), "Asylantrag"))
        rows.append((fmt(c.bamf_date), "Bescheid des Bundesamtes: abgelehnt"))
    else:
        rows.append((str(c.entry.year), f"Visum, Zweck: {c.visa_purpose}"))
    rows.append((f"{c.entry.year + 1}", "Integrationskurs: Sprachmodule und Orientierungskurs"))
    if c.job:
        rows.append((f"ab {c.entry.year + 2}", f"{c.job} bei {c.employer}"))
    rows.append(("seit " + str(c.entry.year + 1), f"ehrenamtliche Mithilfe ({c.club})"))
    return rows


@tpl("lebenslauf", "zeitleiste_v22", SPLIT)
def cv_zeitleiste_v22(c, d, r):
    # a timeline in a monospaced column, the years left, signed at the bottom
    a = c.applicant
    blocks = [
        P(f"Lebenslauf von {a.full}", bold=True, size=14),
        P(f"Anschrift: {c.adresse}", size=9.5),
        Rule(0.5),
    ]
    for when, what in _cv22(c):
        blocks.append(P(f"{when:<12} {what}", font="mono", size=9.5, after=2))
    blocks.append(Space(8))
    blocks.append(Signature(a.full, f"{c.city_or_nrw()}, {fmt(d.date)}"))
    return DocSpec(blocks, style(r))


@tpl("lebenslauf", "europass_v22", SPLIT)
def cv_europass_v22(c, d, r):
    # a CV in the sections of the European format: personal data, work, education, languages
    a = c.applicant
    rows = _cv22(c)
    blocks = [
        P("LEBENSLAUF", bold=True, size=15, align="center"),
        P("Persönliche Informationen", bold=True, after=2),
        Table(
            [
                ["Name", a.full],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Staatsangehörigkeit", a.staat],
                ["Adresse", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
            size=9.5,
        ),
        P("Berufserfahrung", bold=True, after=2),
        Table(
            [[w, x] for w, x in rows if "Arbeit" in x or "bei " in x],
            [0.25, 0.75],
            header=False,
            grid=False,
            size=9.5,
        ),
        P("Schul- und Ausbildung", bold=True, after=2),
        Table(
            [[w, x] for w, x in rows if "schule" in x.lower() or "kurs" in x],
            [0.25, 0.75],
            header=False,
            grid=False,
            size=9.5,
        ),
        P("Stationen des Aufenthalts", bold=True, after=2),
        Table(
            [
                [w, x]
                for w, x in rows
                if "Bundesrepublik" in x or "Asyl" in x or "Bundesamt" in x or "Visum" in x or "Geburt" in x
            ],
            [0.25, 0.75],
            header=False,
            grid=False,
            size=9.5,
        ),
        P("Sprachen", bold=True, after=2),
        Table(
            [
                ["", "Verstehen", "Sprechen", "Schreiben"],
                ["Deutsch", "B1", "B1", "A2"],
                ["Englisch", "A2", "A2", "A1"],
            ],
            [0.25, 0.25, 0.25, 0.25],
            size=9,
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("lebenslauf", "handschrift_v22", SPLIT)
def cv_handschrift_v22(c, d, r):
    # a handwritten-looking CV with plain mistakes, the dates and the events in two columns without lines
    a = c.applicant
    blocks = [P("Mein Lebenslauf", size=15, after=10)]
    blocks.append(
        Table([[w, typos(x, r, 0.05)] for w, x in _cv22(c)], [0.28, 0.72], header=False, grid=False)
    )
    blocks.append(P(typos(f"{c.city_or_nrw()} den {fmt(d.date)}", r, 0.02)))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, style(r, "italic"))


# ============================ sprachnachweis ============================


@tpl("sprachnachweis", "punkte_v22", SPLIT)
def sprach_punkte_v22(c, d, r):
    # an examination certificate with points per part
    a = c.applicant
    parts = [
        ("Leseverstehen", 75),
        ("Sprachbausteine", 30),
        ("Hörverstehen", 75),
        ("Schriftlicher Ausdruck", 45),
        ("Mündliche Prüfung", 75),
    ]
    got = [(n, mx, int(mx * r.uniform(0.62, 0.9))) for n, mx in parts]
    total = sum(g for *_, g in got)
    blocks = [
        P("Prüfungszentrum Sprache & Beruf Rhein-Ruhr", size=9, align="right"),
        P("ZERTIFIKAT", bold=True, size=20, align="center", after=0),
        P("Deutsch · Sprachniveau B1 des Gemeinsamen Europäischen Referenzrahmens", align="center", size=10),
        Space(8),
        P(f"{a.vorname} {a.name.upper()}", bold=True, align="center", size=13, after=0),
        P(f"geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}", align="center"),
        P("hat die Prüfung mit folgendem Ergebnis bestanden:", align="center"),
        Table(
            [["Prüfungsteil", "Punkte", "maximal"]]
            + [[n, str(g), str(mx)] for n, mx, g in got]
            + [["Gesamt", str(total), "300"]],
            [0.5, 0.25, 0.25],
            size=9.5,
        ),
        P(
            f"Prüfungstermin: {fmt(d.date - timedelta(days=r.randint(20, 50)))}     Ausstellung: {fmt(d.date)}",
            size=9,
        ),
        P(f"Zertifikatsnummer B1-{r.randint(100000, 999999)}", size=8),
    ]
    return DocSpec(blocks, style(r))


@tpl("sprachnachweis", "kursbescheinigung_v22", SPLIT)
def sprach_kursbescheinigung_v22(c, d, r):
    # a course provider's confirmation: integration course modules with hours, final test result
    a = c.applicant
    start = d.date - timedelta(days=r.randint(300, 420))
    blocks = [
        P(f"Bildungswerk Lernbrücke {c.city_or_nrw()} gGmbH", bold=True, after=0),
        P("vom Bundesamt zugelassener Kursträger (Integration)", size=8.5),
        Rule(0.5),
        P("Kursbescheinigung", bold=True, size=13),
        P(
            f"{a.herr_frau()}, geb. {fmt(a.geburtsdatum)}, hat am Integrationskurs in unserem Haus teilgenommen."
        ),
        Table(
            [
                ["Abschnitt", "Unterrichtseinheiten", "Zeitraum"],
                ["Sprachkurs Module 1–6", "600", f"{fmt(start)} – {fmt(start + timedelta(days=240))}"],
                [
                    "Orientierungskurs",
                    "100",
                    f"{fmt(start + timedelta(days=245))} – {fmt(start + timedelta(days=290))}",
                ],
            ],
            [0.4, 0.25, 0.35],
            size=9,
        ),
        P(
            f"Ergebnis Deutsch-Test für Zuwanderer: Niveau {r.choice(['B1', 'A2'])}; Test „Leben in Deutschland“: bestanden."
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Signature("Kursbüro"),
    ]
    return DocSpec(blocks, style(r))


# ============================ arbeitsnachweis ============================


@tpl("arbeitsnachweis", "zeugnis_v22", SPLIT)
def arbeit_zeugnis_v22(c, d, r):
    # a qualified reference in the usual coded language, issued while the job goes on
    a = c.applicant
    er = "er" if a.sex == "m" else "sie"
    Er = er.capitalize()
    since = c.entry + timedelta(days=r.randint(400, 900))
    blocks = [
        P(c.employer, bold=True, size=12, after=0),
        P(f"Personalabteilung · {c.city_or_nrw()}", size=8.5),
        Space(10),
        P("Zwischenzeugnis", bold=True, size=14, align="center"),
        P(
            f"{a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, arbeitet seit dem {fmt(since)} bei uns, und zwar als {c.job}."
        ),
        P(
            f"Zu den Aufgaben gehören {r.choice(['die Kommissionierung und der Warenversand', 'die Reinigung und Pflege der Betriebsräume', 'die Vorbereitung und Ausgabe von Speisen', 'die Unterstützung der Fachkräfte im Tagesablauf'])}. "
            f"{Er} arbeitet sich schnell in neue Aufgaben ein und erledigt sie stets zu unserer vollen Zufriedenheit."
        ),
        P(
            f"{Er} ist pünktlich, zuverlässig und bei Kolleginnen, Kollegen und Vorgesetzten gleichermaßen geschätzt."
        ),
        P(
            f"Dieses Zwischenzeugnis wird auf Wunsch von {a.herr_frau()} zur Vorlage bei Behörden erstellt. Wir würden das Arbeitsverhältnis gern dauerhaft fortsetzen."
        ),
        Signature(
            f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}, Personalleitung",
            f"{c.city_or_nrw()}, {fmt(d.date)}",
        ),
    ]
    return DocSpec(blocks, style(r))


@tpl("arbeitsnachweis", "verdienst_v22", SPLIT)
def arbeit_verdienst_v22(c, d, r):
    # a pay statement laid out as a printout with columns for hours, rate and amounts
    a = c.applicant
    hours = r.choice([120, 140, 160, 169])
    rate = r.choice([12.82, 13.50, 14.10, 15.25])
    brutto = round(hours * rate, 2)
    lst = round(brutto * 0.06, 2)
    sv = round(brutto * 0.205, 2)
    netto = round(brutto - lst - sv, 2)

    def eur(x: float) -> str:
        return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")

    blocks = [
        P(f"{c.employer} · Lohnbuchhaltung", size=9, after=0),
        P(f"Verdienstabrechnung {month_year(d.date)}", bold=True, size=12),
        P(
            f"Pers.-Nr. {r.randint(1000, 9999)}   {a.name}, {a.vorname}   Eintritt {fmt(c.entry + timedelta(days=500))}   StKl {r.choice(['I', 'III', 'IV'])}",
            size=9,
            font="mono",
        ),
        Table(
            [
                ["Lohnart", "Menge", "Satz", "Betrag"],
                ["Stundenlohn", f"{hours},00", eur(rate), eur(brutto)],
                ["Gesamtbrutto", "", "", eur(brutto)],
                ["Lohnsteuer", "", "", "-" + eur(lst)],
                ["Sozialversicherung AN", "", "", "-" + eur(sv)],
                ["Auszahlungsbetrag", "", "", eur(netto)],
            ],
            [0.4, 0.2, 0.2, 0.2],
            grid=False,
            size=9,
        ),
        P(
            f"Überweisung an: IBAN DE{r.randint(10, 99)} **** **** **** {r.randint(1000, 9999)} – erstellt am {fmt(d.date)}",
            size=8,
        ),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("arbeitsnachweis", "einstellungszusage_v22", SPLIT)
def arbeit_einstellungszusage_v22(c, d, r):
    # a job offer, conditional on a residence permit that allows the work
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, size=12, align="right", after=0),
        P(c.city_or_nrw(), size=9, align="right"),
        Space(10),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Einstellungszusage", bold=True, size=13),
        P(
            f"Hiermit sagen wir {a.herr_frau()} (geb. {fmt(a.geburtsdatum)}) eine unbefristete Vollzeitstelle als {c.job} zu. "
            f"Die Vergütung beträgt {r.randint(2100, 2900)},00 Euro brutto monatlich bei {r.choice([38, 39, 40])} Wochenstunden."
        ),
        P(
            "Die Zusage gilt allein vorbehaltlich der Beschäftigungserlaubnis durch die Ausländerbehörde. "
            "Der Arbeitsplatz wird bis dahin freigehalten."
        ),
        P("Mit freundlichen Grüßen"),
        Signature("Geschäftsführung"),
    ]
    return DocSpec(blocks, style(r))


# ============================ ehrenamt ============================


@tpl("ehrenamt", "gemeinde_v22", SPLIT)
def ehren_gemeinde_v22(c, d, r):
    # a parish's confirmation of voluntary work, signed by the pastor
    a = c.applicant
    parish = f"Ev. Kirchengemeinde Zum Guten Hirten {c.city_or_nrw()}"
    pastor = f"{r.choice(['Pfarrerin', 'Pfarrer'])} {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    since = c.entry + timedelta(days=r.randint(200, 700))
    blocks = [
        P(parish, bold=True, size=12, align="center", after=0),
        P("Gemeindebüro · Kirchplatz 3", size=8.5, align="center"),
        Rule(0.4),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Bestätigung: ehrenamtlicher Dienst in der Gemeinde", bold=True),
        P(
            f"{a.herr_frau()} bringt sich seit {month_year(since)} ehrenamtlich in unserer Gemeinde ein: "
            f"{r.choice(['beim wöchentlichen Mittagstisch für Bedürftige', 'im Besuchsdienst für ältere Gemeindeglieder', 'bei der Hausaufgabenhilfe im Gemeindehaus'])}, "
            f"im Schnitt {r.randint(3, 7)} Wochenstunden."
        ),
        P(
            f"Wir erleben {'ihn' if a.sex == 'm' else 'sie'} als verlässliches und herzliches Mitglied unserer Gemeinschaft und sind für diesen Einsatz sehr dankbar."
        ),
        Signature(pastor),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("ehrenamt", "einsatznachweis_v22", SPLIT)
def ehren_einsatznachweis_v22(c, d, r):
    # a volunteer's hours, month by month, confirmed by the club's board
    a = c.applicant
    rows = [["Monat", "Einsatz", "Stunden"]]
    day = d.date
    for _ in range(6):
        day = day.replace(day=1) - timedelta(days=1)
        rows.append(
            [
                month_year(day),
                r.choice(["Training Jugend", "Aufbau Sportfest", "Platzpflege", "Fahrdienst Turnier"]),
                str(r.randint(6, 20)),
            ]
        )
    blocks = [
        P(f"{c.club}", bold=True, after=0),
        P("– Der Vorstand –", size=9),
        P("Stundennachweis Ehrenamt", bold=True, size=12),
        P(f"für {a.full}, Mitglied seit {c.entry.year + 1}"),
        Table(rows, [0.35, 0.45, 0.2], size=9.5),
        P(f"Die Angaben werden bestätigt. {c.city_or_nrw()}, {fmt(d.date)}"),
        Signature("1. Vorsitzende/r"),
    ]
    return DocSpec(blocks, style(r))


# ============================ unterstuetzerschreiben ============================


@tpl("unterstuetzerschreiben", "lehrerin_v22", SPLIT)
def unter_lehrerin_v22(c, d, r):
    # a class teacher writes for the family
    kids = c.school_age() or c.children()
    teacher = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    child = kids[0].vorname if kids else c.applicant.vorname
    blocks = [
        P(teacher, after=0),
        P(f"Klassenleitung, {c.school}" if kids else f"Lehrkraft im Sprachkurs, {c.city_or_nrw()}", size=9.5),
        Space(10),
        P(f"{c.city_or_nrw()}, im {month_year(d.date)}", align="right"),
        P(f"Betrifft: Familie {c.applicant.name}", bold=True),
        P("Sehr geehrte Damen und Herren der Kommission,"),
        P(
            f"ich unterrichte {child} seit {r.choice(['zwei', 'drei', 'vier'])} Jahren. {child} hat in dieser Zeit nicht nur Deutsch gelernt, sondern ist "
            "in der Klasse angekommen, hat Freundschaften geschlossen und übernimmt Verantwortung, etwa als Streitschlichter/in."
        ),
        P(
            "Die Eltern kommen zu jedem Elternsprechtag und helfen bei Festen. Ich unterstütze den Wunsch der Familie, in Deutschland bleiben zu dürfen, von ganzem Herzen; "
            "ein Abbruch der Schullaufbahn wäre für das Kind kaum zu verkraften."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(teacher, fmt(d.date)),
    ]
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "nachbarin_v22", SPLIT)
def unter_nachbarin_v22(c, d, r):
    # a neighbour's letter, written plainly
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    a = c.applicant
    blocks = [
        P(f"{who}, {c.street.rsplit(' ', 1)[0]} {r.randint(1, 120)}, {c.city_or_nrw()}", size=9.5),
        P(f"{fmt(d.date)}", align="right"),
        P("An die Härtefall-Kommission, Düsseldorf"),
        P(
            typos(
                f"Ich wohne seit vielen Jahren im selben Haus wie {a.full}. Als ich nach meiner Operation nicht einkaufen konnte, hat {a.vorname} "
                "jeden Tag für mich eingekauft und den Müll runtergebracht. Die Kinder im Haus lieben die Familie. "
                "Ich verstehe nicht, weshalb gerade diese Familie fortmuss. Ich bitte Sie sehr: Geben Sie ihr eine Chance, ich lege meine Hand für sie ins Feuer.",
                r,
                0.05,
            )
        ),
        P("Hochachtungsvoll"),
        Signature(who),
    ]
    return DocSpec(blocks, style(r, r.choice(["italic", "sans"])))


@tpl("unterstuetzerschreiben", "kollegen_v22", SPLIT)
def unter_kollegen_v22(c, d, r):
    # colleagues of the workplace sign a short declaration of support
    a = c.applicant
    rows = [["Name", "Funktion", "Unterschrift"]]
    for _ in range(r.randint(4, 7)):
        rows.append(
            [
                f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}",
                r.choice(["Schichtleitung", "Kollege/in", "Betriebsrat", "Vorarbeiter/in"]),
                "",
            ]
        )
    blocks = [
        P(f"Erklärung der Belegschaft – {c.employer}", bold=True, size=12),
        P(
            f"Wir, Kolleginnen und Kollegen von {a.full}, unterstützen den Härtefallantrag. {a.vorname} ist ein fester Teil unseres Teams, "
            "springt ein, wenn jemand ausfällt, und hat vielen von uns schon geholfen. Wir wünschen uns, dass diese Zusammenarbeit weitergeht."
        ),
        Table(rows, [0.4, 0.25, 0.35], size=9.5),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


# ============================ schulnachweis ============================


def _schoolyear(day) -> str:
    y = day.year if day.month >= 8 else day.year - 1
    return f"{y}/{y + 1}"


def _kita22(c) -> str:
    return f"Städtische Kindertageseinrichtung Kleine Strolche, {c.city_or_nrw()}"


@tpl("schulnachweis", "lernentwicklung_v22", SPLIT)
def schul_lernentwicklung_v22(c, d, r):
    # a verbal report: the school's "Bericht zur Lernentwicklung", the day care's "Entwicklungsbericht"
    k = _child(c, d)
    age = k.age_on(d.date)
    if age < 6:
        blocks = [
            P(_kita22(c), bold=True, after=0),
            P("Entwicklungsbericht", bold=True, size=13),
            P(
                f"für {k.full}, geboren am {fmt(k.geburtsdatum)}, in unserer Einrichtung seit {month_year(d.date - timedelta(days=r.randint(200, 600)))}"
            ),
            P(
                f"{k.vorname} spielt gern mit anderen Kindern, vor allem im Bauraum und draußen. Die deutsche Sprache versteht {k.vorname} gut "
                "und spricht in kurzen Sätzen; Lieder und Reime werden begeistert mitgesungen. Feinmotorisch zeigt sich eine altersgemäße Entwicklung."
            ),
            P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
            Signature("Einrichtungsleitung"),
        ]
        return DocSpec(blocks, style(r))
    blocks = [
        P(c.school, bold=True, size=12, align="center", after=0),
        P(f"Schuljahr {_schoolyear(d.date)}", align="center", size=9.5),
        P("Bericht zur Lernentwicklung", bold=True, size=13, align="center"),
        P(f"{k.full} – geboren am {fmt(k.geburtsdatum)} – Klasse {max(1, age - 5)}"),
        P("Lern- und Sozialverhalten", bold=True, after=1),
        P(
            f"{k.vorname} arbeitet meist konzentriert und hilft anderen Kindern gern. Absprachen werden zuverlässig eingehalten."
        ),
        P("Deutsch", bold=True, after=1),
        P(
            f"{k.vorname} liest kurze Texte flüssig und erzählt lebendig. Beim Schreiben gelingen lautgetreue Wörter sicher."
        ),
        P("Mathematik", bold=True, after=1),
        P("Rechenwege werden verständlich erklärt; im Zahlenraum bis 1000 wird sicher gerechnet."),
        P(f"Fehltage: {r.randint(0, 6)} (unentschuldigt: keine)"),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}"),
        Table(
            [["Klassenlehrer/in", "Schulleiter/in", "Erziehungsberechtigte"]],
            [0.33, 0.33, 0.34],
            header=False,
            grid=False,
            size=8.5,
        ),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "bescheinigung_v22", SPLIT)
def schul_bescheinigung_v22(c, d, r):
    # a certificate of attendance as a small table, for the authorities
    k = _child(c, d)
    age = k.age_on(d.date)
    kita = age < 6
    blocks = [
        P(_kita22(c) if kita else c.school, bold=True, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 40)} · {c.court_city_plz()}", size=8.5),
        Rule(0.4),
        P("Betreuungsbestätigung" if kita else "Schulbescheinigung", bold=True, size=13),
        P("– für Behörden und Ämter –", size=9.5),
        Table(
            [
                ["Kind" if kita else "Schüler/in", k.full],
                ["Geburtsdatum", fmt(k.geburtsdatum)],
                [
                    "Gruppe" if kita else "Klasse",
                    r.choice(["Sonnengruppe", "Mäusegruppe"])
                    if kita
                    else f"{max(1, age - 5)}{r.choice('abcd')}",
                ],
                ["seit", fmt(d.date - timedelta(days=r.randint(150, 900)))],
                [
                    "Betreuungsumfang" if kita else "Schuljahr",
                    "45 Wochenstunden" if kita else _schoolyear(d.date),
                ],
            ],
            [0.3, 0.7],
            header=False,
            size=9.5,
        ),
        P(f"Ausgestellt: {fmt(d.date)}"),
        Signature("Leitung" if kita else "Schulsekretariat (i. A.)"),
    ]
    return DocSpec(blocks, style(r, r.choice(["sans", "cond"])))


@tpl("schulnachweis", "notenzeugnis_v22", SPLIT)
def schul_notenzeugnis_v22(c, d, r):
    # a half-year report with grades in two columns (for a day-care child: a confirmation of the place)
    k = _child(c, d)
    age = k.age_on(d.date)
    if age < 6:
        blocks = [
            P(_kita22(c), bold=True),
            P("Bestätigung über den Kita-Platz", bold=True, size=13),
            P(
                f"{k.full} (geb. {fmt(k.geburtsdatum)}) hat bei uns einen Betreuungsplatz und kommt regelmäßig."
            ),
            P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
            Signature("Kita-Leitung"),
        ]
        return DocSpec(blocks, style(r))
    g = ["sehr gut", "gut", "befriedigend", "ausreichend"]
    subj = [
        "Deutsch",
        "Mathematik",
        "Englisch",
        "Sachunterricht" if age < 11 else "Biologie",
        "Kunst",
        "Musik",
        "Sport",
        "Religion",
    ]
    grades = [r.choice(g[:3]) for _ in subj]
    rows = [[subj[i], grades[i], subj[i + 1], grades[i + 1]] for i in range(0, len(subj), 2)]
    blocks = [
        P("HALBJAHRESZEUGNIS", bold=True, size=16, align="center"),
        P(c.school, align="center"),
        P(f"Schuljahr {_schoolyear(d.date)} · Klasse {max(1, age - 5)}", align="center"),
        P(f"Name: {k.full}     geboren am: {fmt(k.geburtsdatum)}"),
        Table(rows, [0.25, 0.25, 0.25, 0.25], header=False, size=9.5),
        P(f"Versäumte Stunden: {r.randint(0, 20)} (unentschuldigt: keine)"),
        P("Bemerkungen: nimmt mit Erfolg an der Sprachförderung teil."),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Table(
            [["Schulleitung", "Klassenleitung", "Kenntnis genommen"]],
            [0.33, 0.33, 0.34],
            header=False,
            grid=False,
            size=8.5,
        ),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ============================ auslaenderbehoerde ============================


def _abh_top22(c, r) -> list:
    body = c.abh.split(" – ")[0]
    chief = "Der Landrat" if body.startswith(("Kreis", "Region", "StädteRegion")) else "Der Oberbürgermeister"
    return [
        P(c.abh, bold=True, after=0),
        P(chief, size=9, after=0),
        P(f"Dienstgebäude {r.choice(N.STREETS)} {r.randint(1, 40)} · {c.abh_plz}", size=8.5),
        Rule(0.5),
    ]


@tpl("auslaenderbehoerde", "duldung_v22", SPLIT)
def abh_duldung_v22(c, d, r):
    # the certificate of a suspended deportation with its conditions on a second part
    a = c.applicant
    until = d.date + timedelta(days=r.choice([92, 120, 183]))
    blocks = [
        P("Bescheinigung über die Aussetzung der Abschiebung (Duldung)", bold=True, size=12, align="center"),
        P("– kein Aufenthaltstitel – kein Passersatz –", size=8.5, align="center"),
        Table(
            [
                ["Familienname", a.name.upper()],
                ["Vornamen", a.vorname],
                ["Geb.-Datum, Geb.-Ort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Wohnanschrift", c.adresse],
            ],
            [0.38, 0.62],
            header=False,
            size=9.5,
        ),
        P(f"Die Abschiebung wird ausgesetzt. Die Duldung erlischt mit Ablauf des {fmt(until)}."),
        P("Nebenbestimmungen", bold=True, after=1),
        P(f"Der Wohnsitz ist in {c.city_or_nrw()} zu nehmen.", indent=10, after=1),
        P(
            "Beschäftigung erlaubt." if c.job and r.random() < 0.6 else "Erwerbstätigkeit nicht gestattet.",
            indent=10,
            after=1,
        ),
        P("Erlischt bei Bekanntgabe des Abschiebungstermins.", indent=10),
        P(f"{c.abh}, {fmt(d.date)}"),
        P("(Siegel) i. A.", size=8.5),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("auslaenderbehoerde", "grenzuebertritt_v22", SPLIT)
def abh_grenzuebertritt_v22(c, d, r):
    # a certificate of the departure deadline, to be handed in at the border
    a = c.applicant
    blocks = _abh_top22(c, r) + [
        P("Grenzübertrittsbescheinigung", bold=True, size=13),
        P(f"Ausstellungsdatum: {fmt(d.date)}", align="right"),
        P(
            f"Inhaber/in: {a.herr_frau()}, geb. {fmt(a.geburtsdatum)}, {a.staat}. Eine vollziehbare Ausreisepflicht besteht; "
            f"Ausreisefrist: spätestens {fmt(d.date + timedelta(days=r.choice([14, 30])))}."
        ),
        P(
            "Diese Bescheinigung ist bei der Ausreise an der Grenzübergangsstelle oder bei der deutschen Auslandsvertretung im Zielstaat abzugeben. "
            "Die Ausreise wird dort bestätigt und der Ausländerbehörde mitgeteilt."
        ),
        Table(
            [["Ausreise bestätigt am", ""], ["Grenzübergang / Stelle", ""], ["Dienststempel", ""]],
            [0.4, 0.6],
            header=False,
            size=9,
        ),
    ]
    if c.rueckfuehrung:
        blocks.append(
            P(
                f"Wird die Frist nicht eingehalten, erfolgt die Abschiebung; sie ist für den {fmt(c.rueckfuehrung)} vorgesehen."
            )
        )
    blocks.append(Signature("Sachgebiet Rückkehr, im Auftrag"))
    return DocSpec(blocks, style(r))


@tpl("auslaenderbehoerde", "ablehnung_v22", SPLIT)
def abh_ablehnung_v22(c, d, r):
    # refusal of a residence permit with a numbered decision and a threat of deportation
    a = c.applicant
    blocks = (
        _abh_top22(c, r)
        + [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]]
        + [Space(10)]
    )
    blocks.append(
        P(
            f"Aktenzeichen 32.{r.randint(10, 99)}-{r.randint(1000, 9999)} · {fmt(d.date)}",
            align="right",
            size=9,
        )
    )
    blocks.append(P("Ordnungsverfügung", bold=True, size=13))
    blocks.append(
        P(
            f"Ihr Antrag auf Erteilung einer Aufenthaltserlaubnis vom {fmt(d.date - timedelta(days=r.randint(60, 200)))}",
            bold=True,
        )
    )
    blocks.append(P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"))
    blocks.append(P("nach Prüfung der Sach- und Rechtslage ergeht folgende Entscheidung:"))
    blocks.append(
        P(
            "1. Die beantragte Aufenthaltserlaubnis (§ 25b AufenthG) wird versagt.",
            indent=10,
            after=2,
        )
    )
    blocks.append(
        P(
            "2. Ihre Ausreisefrist endet 30 Tage nach Zustellung dieser Verfügung.",
            indent=10,
            after=2,
        )
    )
    blocks.append(
        P(
            f"3. Verlassen Sie das Land nicht fristgerecht, droht Ihnen die Abschiebung {_nach_land(c)}; sie wird hiermit angedroht.",
            indent=10,
        )
    )
    blocks.append(P("Begründung", bold=True))
    blocks.append(
        P(
            "Eine nachhaltige Integration im Sinne der Vorschrift ist nicht festzustellen: Ihr Einkommen deckt den Bedarf nicht überwiegend, "
            "und Nachweise über hinreichende mündliche Deutschkenntnisse wurden nicht vorgelegt."
            + (" Ihr Asylverfahren ist seit längerem bestandskräftig abgeschlossen." if c.asylum else "")
        )
    )
    if c.rueckfuehrung:
        blocks.append(P(f"Als Termin der Rückführung ist der {fmt(c.rueckfuehrung)} vorgesehen."))
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True, after=1))
    blocks.append(
        P(
            "Binnen eines Monats ab Zustellung kann beim Verwaltungsgericht, in dessen Bezirk Sie wohnen, Klage eingereicht werden.",
            size=9.5,
        )
    )
    blocks.append(Signature("Im Auftrag"))
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}")


# ============================ gerichtsentscheidung ============================


def _judges22(r) -> list[str]:
    return r.sample(["Dr. Vennemann", "Kortüm", "Albers-Yilmaz", "Dr. Steinhoff", "Rosendahl", "Bilgin"], 3)


@tpl("gerichtsentscheidung", "eilbeschluss_v22", SPLIT)
def court_eilbeschluss_v22(c, d, r):
    # a decision in summary proceedings, with the parties in a rubrum and reasons in I. and II.
    a = c.applicant
    ag = (
        "die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge"
        if c.asylum
        else f"das Land Nordrhein-Westfalen, vertreten durch {c.abh}"
    )
    what = (
        f"der Klage gegen die Entscheidung des BAMF vom {fmt(c.bamf_date)}"
        if c.asylum
        else "der Klage gegen die Ordnungsverfügung der Ausländerbehörde"
    )
    j = _judges22(r)
    blocks = [
        P(c.court_name, bold=True, size=12),
        P(f"{c.court_az}", align="right", bold=True),
        P("BESCHLUSS", bold=True, size=14, align="center"),
        P("In der Verwaltungsrechtssache", align="center"),
        P(f"{a.herr_frau()}, {c.adresse},", align="center", after=0),
        P("– Antragsteller/in –", align="center", size=9),
        P("gegen", align="center"),
        P(ag + ",", align="center", after=0),
        P("– Antragsgegner/in –", align="center", size=9),
        P(
            f"wegen {'Asylrecht (Eilverfahren)' if c.asylum else 'Aufenthaltsrecht (Eilverfahren)'}",
            align="center",
        ),
        P(
            f"Die {r.randint(3, 17)}. Kammer hat durch {j[0]} (Einzelrichter/in) am {fmt(d.date)} beschlossen:"
        ),
        P(f"Der Antrag, die aufschiebende Wirkung {what} anzuordnen, wird abgelehnt.", indent=12, bold=True),
        P("Die antragstellende Seite hat die Verfahrenskosten zu tragen.", indent=12),
        P("Gründe", bold=True, align="center"),
        P("I.", bold=True, after=1),
        P(
            f"{a.herr_frau()} ist {a.staat}e/r Staatsangehörige/r. Die Behörde lehnte das Begehren ab und drohte die Abschiebung an; "
            "hiergegen richtet sich der am selben Tag gestellte Eilantrag."
        ),
        P("II.", bold=True, after=1),
        P(
            "Der zulässige Antrag ist unbegründet. Die im Eilverfahren nur mögliche überschlägige Prüfung lässt nicht erkennen, dass die Entscheidung "
            "der Behörde fehlerhaft wäre; deshalb hat das Interesse an ihrer Vollziehung Vorrang."
        ),
        P(
            "Kosten: § 154 Abs. 1 VwGO."
            + (
                " Gerichtskosten werden nach § 83b AsylG nicht erhoben. Der Beschluss ist unanfechtbar (§ 80 AsylG)."
                if c.asylum
                else " Streitwert: 2.500,00 €."
            )
        ),
        P(j[0], align="right"),
    ]
    return DocSpec(blocks, style(r, "serif"), footer="– {p} –")


@tpl("gerichtsentscheidung", "gerichtsbescheid_v22", SPLIT)
def court_gerichtsbescheid_v22(c, d, r):
    # a "Gerichtsbescheid" without oral hearing: the action is dismissed
    a = c.applicant
    j = _judges22(r)
    beklagt = (
        "die Bundesrepublik Deutschland, vertreten durch das Bundesamt für Migration und Flüchtlinge"
        if c.asylum
        else f"das Land Nordrhein-Westfalen, vertreten durch {c.abh}"
    )
    blocks = [
        P(c.court_name, bold=True, size=12, align="center"),
        P(f"Aktenzeichen: {c.court_az}", align="center", size=9.5),
        P("Im Namen des Volkes", bold=True, align="center"),
        P("Gerichtsbescheid", bold=True, size=14, align="center"),
        P(
            f"In der Verwaltungsstreitsache {a.herr_frau()}, {c.adresse}, Klägerseite, gegen {beklagt}, Beklagte/r,"
        ),
        P(
            f"hat das {c.court_name} durch {j[0]} als Einzelrichter/in ohne mündliche Verhandlung am {fmt(d.date)} für Recht erkannt:"
        ),
        P("Die Klage wird abgewiesen.", indent=12, bold=True, after=2),
        P("Kosten: trägt die Klägerseite.", indent=12),
        P("Tatbestand", bold=True),
        P(
            f"Die Klägerseite reiste am {fmt(c.entry)} ein. "
            + (
                f"Das Bundesamt versagte mit Bescheid vom {fmt(c.bamf_date)} (Gesch.-Z. {c.bamf_gz}) jeden Schutzstatus."
                if c.asylum
                else "Den Antrag auf Verlängerung des Aufenthaltstitels beschied die Ausländerbehörde abschlägig."
            )
        ),
        P("Entscheidungsgründe", bold=True),
        P(
            "Das Gericht entscheidet nach Anhörung der Beteiligten durch Gerichtsbescheid, weil die Sache keine besonderen Schwierigkeiten aufweist und der Sachverhalt geklärt ist (§ 84 Abs. 1 VwGO)."
        ),
        P(
            "Die Klage hat in der Sache keinen Erfolg, auch wenn sie zulässig erhoben ist; der angegriffene Bescheid hält rechtlicher Prüfung stand. Was im Klageverfahren vorgetragen wurde, wiederholt im Kern das bereits Gewürdigte."
        ),
        P("Rechtsmittelbelehrung", bold=True, after=1),
        P(
            "Die Beteiligten können innerhalb eines Monats nach Zustellung mündliche Verhandlung beantragen.",
            size=9.5,
        ),
        P(j[0], align="right"),
    ]
    return DocSpec(blocks, style(r, "serif"), footer="Seite {p}")


# ============================ strafrecht ============================


@tpl("strafrecht", "strafbefehl_v22", SPLIT)
def straf_strafbefehl_v22(c, d, r):
    # a penalty order with the legal consequences in a small table
    a = c.applicant
    off, sentence = c.offence
    n = sentence.split(" ", 1)[0]
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, size=12, after=0),
        P("Strafabteilung", size=9),
        P(
            f"Geschäftsnummer: {r.randint(20, 80)} Cs-{r.randint(100, 990)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
            align="right",
            size=9.5,
        ),
        P("Strafbefehl", bold=True, size=15, align="center"),
        P(
            f"gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, wohnhaft {c.adresse}, Staatsangehörigkeit: {a.staat}"
        ),
        P(
            f"Nach den Ermittlungen der Staatsanwaltschaft haben Sie am {fmt(d.date - timedelta(days=r.randint(60, 200)))} in {c.court_city} "
            f"folgende Tat begangen: {off}."
        ),
        P("Rechtsfolgen:", bold=True, after=2),
        Table(
            [
                ["Geldstrafe", f"{n} Tagessätze"],
                ["Höhe eines Tagessatzes", sentence.split("je ", 1)[-1]],
                ["Kosten", "trägt die/der Angeklagte"],
            ],
            [0.4, 0.6],
            header=False,
            size=9.5,
        ),
        P(
            "Ohne Einspruch binnen zwei Wochen nach der Zustellung (schriftlich oder mündlich bei der Geschäftsstelle) wirkt dieser Strafbefehl wie ein rechtskräftiges Urteil.",
            size=9.5,
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P(
            f"{r.choice(['Richterin', 'Richter'])} am Amtsgericht {r.choice(['Hülsmann', 'Ostrowski', 'Feldkamp'])}"
        ),
    ]
    return DocSpec(blocks, style(r))


@tpl("strafrecht", "urteil_amtsgericht_v22", SPLIT)
def straf_urteil_amtsgericht_v22(c, d, r):
    # a criminal judgment of the single judge
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, align="center"),
        P("Im Namen des Volkes", bold=True, align="center"),
        P("Urteil", bold=True, size=14, align="center"),
        P(f"In der Strafsache gegen {a.full}, geb. {fmt(a.geburtsdatum)}, {c.adresse},"),
        P(
            f"hat das Amtsgericht – Strafrichter/in – in der Sitzung vom {fmt(d.date)}, an der teilgenommen haben: {r.choice(['Oberamtsanwältin', 'Staatsanwalt'])} als Vertreter/in der Staatsanwaltschaft, eine Dolmetscherin, für Recht erkannt:"
        ),
        P(
            f"Der Angeklagte wird wegen {off} zu einer Geldstrafe von {sentence} verurteilt."
            if a.sex == "m"
            else f"Die Angeklagte wird wegen {off} zu einer Geldstrafe von {sentence} verurteilt.",
            bold=True,
            indent=12,
        ),
        P("Die verurteilte Person hat die Verfahrenskosten zu tragen.", indent=12),
        P("Gründe (abgekürzt gemäß § 267 Abs. 4 StPO)", bold=True),
        P(
            "Die Feststellungen beruhen auf dem glaubhaften Geständnis und den verlesenen Urkunden. Strafmildernd war zu berücksichtigen, dass keine Vorstrafen bestehen."
        ),
        P(r.choice(["Kleinschmidt", "Tewes", "Arslan-Borg"]), align="right"),
    ]
    return DocSpec(blocks, style(r, "serif"), footer="Seite {p} von {n}")


# ============================ identitaetsnachweis ============================


@tpl("identitaetsnachweis", "passkopie_v22", SPLIT)
def id_passkopie_v22(c, d, r):
    # a photocopy of a passport's data page with the machine-readable zone
    a = c.applicant
    l1, l2 = _mrz(c)
    land = c.natinfo["land"]
    blocks = [
        P("Fotokopie der Personaldatenseite", size=8.5, font="italic"),
        P(f"PASSPORT · {_land_en(c).upper()} · REISEPASS", bold=True, align="center"),
        Table(
            [
                ["Nom / Surname", a.name.upper()],
                ["Prénoms / Given names", a.vorname.upper()],
                ["Nationalité / Nationality", c.natinfo["en"].upper()],
                ["Date de naissance / Date of birth", fmt(a.geburtsdatum)],
                ["Lieu de naissance / Place of birth", a.geburtsort.upper()],
                ["Date de délivrance / Date of issue", fmt(d.date)],
                ["Date d'expiration / Date of expiry", fmt(d.date + timedelta(days=3652))],
                ["Autorité / Authority", f"MINISTRY OF INTERIOR {land.upper()}"],
            ],
            [0.45, 0.55],
            header=False,
            grid=False,
            size=9,
        ),
        Space(16),
        P(l1, font="mono", size=10.5, after=0),
        P(l2, font="mono", size=10.5),
        P("Original lag bei Anfertigung der Kopie vor.", size=8.5),
    ]
    return DocSpec(blocks, style(r))


@tpl("identitaetsnachweis", "idkarte_v22", SPLIT)
def id_idkarte_v22(c, d, r):
    # both sides of a national identity card, copied onto one page
    a = c.applicant
    no = f"{r.choice('ABCDEFGH')}{r.randint(1000000, 9999999)}"
    blocks = [
        P("Vorderseite", size=8, font="italic"),
        Box(
            [
                f"IDENTITY CARD – {_land_en(c).upper()}",
                f"Surname: {a.name.upper()}",
                f"Given name: {a.vorname.upper()}",
                f"Sex: {'M' if a.sex == 'm' else 'F'}    Born: {fmt(a.geburtsdatum)}",
                f"Card no.: {no}",
            ],
            size=10,
        ),
        P("Rückseite", size=8, font="italic"),
        Box(
            [
                f"Birthplace: {a.geburtsort.upper()}",
                f"Issued: {fmt(d.date)}",
                f"Valid until: {fmt(d.date + timedelta(days=3650))}",
                f"Personal no.: {r.randint(10**9, 10**10 - 1)}",
            ],
            size=10,
            bold_first=False,
        ),
        P("Die Kopie wurde von der Antragstellerin/dem Antragsteller selbst angefertigt.", size=8.5),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ============================ sonstiges ============================


@tpl("sonstiges", "anhoerung_ladung_v22", SPLIT)
def sonst_anhoerung_ladung_v22(c, d, r):
    # the BAMF's summons to the personal hearing in the asylum procedure
    a = c.applicant
    when = d.date + timedelta(days=r.randint(10, 28))
    lang = r.choice(["Arabisch", "Dari", "Kurmandschi", "Albanisch", "Russisch", "Englisch", "Türkisch"])
    blocks = _bamf_head22(c, r) + [
        P(f"Gesch.-Z.: {c.bamf_gz}", align="right", after=0),
        P(f"Datum: {fmt(d.date)}", align="right"),
    ]
    blocks += [P(x, after=0) for x in [a.herr_frau(), c.street, f"{c.plz} {c.city}"]] + [Space(10)]
    blocks += [
        P("Einladung zum Anhörungstermin nach § 25 AsylG", bold=True, size=12),
        P(
            f"Termin: {fmt(when)}, {r.choice(['08:00', '09:30', '11:00', '13:30'])} Uhr. Ort: {c.bamf_site[0]}, "
            f"{c.bamf_site[1]}, {c.bamf_site[2]}. Bitte erscheinen Sie pünktlich zu Ihrer Anhörung."
        ),
        P(f"Eine Sprachmittlerin oder ein Sprachmittler für die Sprache {lang} stellt das Bundesamt."),
        P("Mitzubringen sind:", after=1),
        P("– diese Ladung und Ihren Ankunftsnachweis", indent=12, after=1),
        P("– Pass, Personalausweis oder andere Identitätsnachweise", indent=12, after=1),
        P("– alle Unterlagen, die Ihre Angaben belegen können", indent=12),
        P(
            "Wer ohne ausreichende Entschuldigung nicht kommt, riskiert die Einstellung des Verfahrens (§ 33 AsylG). "
            "Eine Verhinderung teilen Sie bitte sofort unter Angabe des Geschäftszeichens mit."
        ),
        P("Mit freundlichen Grüßen", after=2),
        P("Im Auftrag  " + r.choice(["Wischnewski", "Haddouti", "Brüggemann"])),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "konsulat_termin_v22", SPLIT)
def sonst_konsulat_termin_v22(c, d, r):
    # a consulate's appointment confirmation for a passport application (proof of cooperation)
    a = c.applicant
    when = d.date + timedelta(days=r.randint(20, 70))
    blocks = [
        P(f"Konsularabteilung – Vertretung von {c.natinfo['land']}", bold=True, after=0),
        P("Terminvergabe online · Bestätigung", size=9),
        Rule(0.5),
        Table(
            [
                ["Vorgangsnummer", f"K-{r.randint(100000, 999999)}"],
                ["Antragsteller/in", a.full],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Anliegen", "Ausstellung eines Reisepasses"],
                ["Termin", f"{fmt(when)}, {r.randint(8, 14)}:{r.choice(['00', '15', '30', '45'])} Uhr"],
                ["gebucht am", fmt(d.date)],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P(
            "Bitte bringen Sie Geburtsurkunde, zwei biometrische Lichtbilder und die Gebühr in bar mit.",
            size=9.5,
        ),
        P("Automatisch erzeugt – gilt ohne Unterschrift.", size=8),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("sonstiges", "kontobestaetigung_v22", SPLIT)
def sonst_kontobestaetigung_v22(c, d, r):
    # a bank's confirmation of an account
    a = c.applicant
    blocks = [
        P(f"Stadtsparkasse {c.city_or_nrw()}", bold=True, size=12, align="right"),
        Space(8),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Kontobestätigung", bold=True, size=13),
        P(
            f"Die Stadtsparkasse bescheinigt, dass {a.herr_frau()}, {c.adresse}, seit dem {fmt(c.entry + timedelta(days=r.randint(100, 700)))} "
            f"bei uns ein Girokonto (Basiskonto) führt. Das Konto wird ordnungsgemäß geführt; regelmäßige Gehaltseingänge sind vorhanden."
        ),
        P("Diese Bescheinigung wurde auf Wunsch der Kontoinhaberin/des Kontoinhabers ausgestellt.", size=9.5),
        P("Ihr Service-Team", after=0),
        P("maschinell erstellt, ohne Unterschrift gültig", size=8),
    ]
    return DocSpec(blocks, style(r))
