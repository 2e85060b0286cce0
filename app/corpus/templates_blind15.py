"""Templates of the `blind15` split (session 17): a seventeenth held-out set.

Its wordings, layouts, letterheads, person conventions and date formats are its own: nobody tuned the
classifier on them before their first evaluation. Every institution, practice and person is invented.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, PageBreak, Rule, Signature, Space, Style, Table
from hfk.corpus.scenario import Case, DocPlan, Person
from hfk.corpus.templates import _child, _mrz, tpl
from hfk.corpus.text_antrag import fmt, fmt_en, fmt_long, typos

SPLIT = "blind15"
MON_DE = N.MONTHS_DE
MON_EN = N.MONTHS_EN


# ============================ small helpers ============================


def _st(r: random.Random, family: str | None = None, size: float | None = None, **kw) -> Style:
    return Style(
        family=family or r.choice(["serif", "sans", "cond", "sans"]),
        size=size or r.choice([9.5, 10.0, 10.5, 11.0]),
        margin_left=kw.pop("left", r.uniform(55, 85)),
        margin_right=kw.pop("right", r.uniform(45, 70)),
        margin_top=kw.pop("top", r.uniform(40, 60)),
        **kw,
    )


def _d(x: date, k: str = "fmt") -> str:
    """A date in one of the conventions a writer uses."""
    writers = {
        "short": lambda: f"{x.day}.{x.month}.{x.year}",
        "long": lambda: fmt_long(x),
        "us": lambda: f"{MON_EN[x.month - 1]} {x.day}, {x.year}",
        "uk": lambda: fmt_en(x),
        "iso": x.isoformat,
        "yy": lambda: x.strftime("%d.%m.%y"),
        "abbr": lambda: f"{x.day:02d}. {MON_DE[x.month - 1][:3]}. {x.year}",
    }
    return writers.get(k, lambda: fmt(x))()


def _caps(s: str) -> str:
    """A family name in capitals, as forms write it (unless capitals would change its letters)."""
    u = s.upper()
    return u if u.casefold() == s.casefold() else s


def _has(c: Case, i: int, f: str) -> bool:
    return c.omitted.get(i) != f


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde as a letter writer names it: the office first, its body in brackets."""
    if " – " not in abh:
        return abh
    body, office = abh.split(" – ", 1)
    return f"{office} ({body})"


_IN_LAND = {
    "Irak": ("im Irak", "aus dem Irak", "in den Irak"),
    "Iran": ("im Iran", "aus dem Iran", "in den Iran"),
    "Türkei": ("in der Türkei", "aus der Türkei", "in die Türkei"),
    "Kosovo": ("im Kosovo", "aus dem Kosovo", "in den Kosovo"),
    "Russische Föderation": (
        "in der Russischen Föderation",
        "aus der Russischen Föderation",
        "in die Russische Föderation",
    ),
}


def _land(c: Case, k: int) -> str:
    """0: in ..., 1: aus ..., 2: nach ... (with the article some countries take)."""
    land = c.natinfo["land"]
    if land in _IN_LAND:
        return _IN_LAND[land][k]
    return ("in ", "aus ", "nach ")[k] + land


def _purpose(c: Case) -> str:
    """The visa's purpose as a noun ("des Studiums" -> "Studium")."""
    return {
        "des Studiums": "Studium",
        "der Beschäftigung": "Beschäftigung",
        "der Familienzusammenführung": "Familiennachzug",
        "der Berufsausbildung": "Berufsausbildung",
    }.get(c.visa_purpose, c.visa_purpose or "Besuch")


def _cap1(s: str) -> str:
    return s[:1].upper() + s[1:]


# (role, sex) -> how a German and an English letter name the person's place in the household
_ROLES = {
    ("applicant", "m"): ("Antragsteller", "applicant"),
    ("applicant", "f"): ("Antragstellerin", "applicant"),
    ("spouse", "m"): ("Ehemann", "husband"),
    ("spouse", "f"): ("Ehefrau", "wife"),
    ("child", "m"): ("Sohn", "son"),
    ("child", "f"): ("Tochter", "daughter"),
}


def _role(p: Person) -> str:
    return _ROLES[(p.role, p.sex)][0]


def _role_en(p: Person) -> str:
    return _ROLES[(p.role, p.sex)][1]


def _someone(r: random.Random) -> str:
    """An invented German name (neighbours, employers, landlords, supporters)."""
    return f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"


def _room(c: Case) -> int:
    return 3 + sum(ord(ch) for ch in c.street) % 40


def _addr(c: Case, k: int) -> str:
    """The household's address in one of several conventions (street and "PLZ Ort" stay whole)."""
    shelter = c.residence == "nrw"
    if k == 1:
        return f"{c.plz} {c.city}, {c.street}"
    if k == 2 and shelter:
        return f"Unterkunft {c.street}, Zimmer {_room(c)}, {c.plz} {c.city}"
    if k == 3:
        return f"wohnhaft in {c.plz} {c.city}, {c.street}"
    if k == 4 and shelter:
        return f"c/o {N.GERMAN_SURNAMES[_room(c) % len(N.GERMAN_SURNAMES)]}, {c.street}, {c.plz} {c.city}"
    return f"{c.street}, {c.plz} {c.city}"


def _rep(c: Case) -> tuple[str, str, str, str]:
    """(name the truth records, who signs, street, "PLZ Ort") of the representative, or of the applicant."""
    if c.rep is None:
        return c.applicant.full, c.applicant.full, c.street, f"{c.plz} {c.city}"
    rp = c.rep
    return (rp.org if rp.kind != "privat" else rp.person), rp.person, rp.street, rp.city


def _rep_town(c: Case) -> str:
    return _rep(c)[3].split(" ", 1)[1] if c.rep else c.city_or_nrw()


def _phone(seed: str) -> str:
    r = random.Random("tel15" + seed)
    return f"0{r.randint(201, 989)} / {r.randint(20, 99)} {r.randint(100, 999)}-{r.randint(0, 99):02d}"


def _is_lawyer(c: Case) -> bool:
    return c.rep is not None and c.rep.kind == "anwalt"


def _signer(c: Case) -> str:
    if c.rep is None:
        return c.applicant.full
    if c.rep.kind == "anwalt":
        return f"{c.rep.person}, Rechtsanwalt/Rechtsanwältin"
    return c.rep.person


def _kin(c: Case) -> str:
    """How a private helper calls the applicant (the helper is the applicant's brother, brother-in-law, cousin)."""
    rel = c.rep.relation if c.rep else "Bruder"
    f = c.applicant.sex == "f"
    return {
        "Bruder": "meine Schwester" if f else "mein Bruder",
        "Schwager": "meine Schwägerin" if f else "mein Schwager",
        "Cousin": "meine Cousine" if f else "mein Cousin",
    }.get(rel, "mein Angehöriger")


def _hfk_to(r: random.Random) -> list[str]:
    return r.choice(
        [
            [
                "Härtefallkommission des Landes Nordrhein-Westfalen",
                "(Geschäftsstelle)",
                "Völklinger Str. 4",
                "40219 Düsseldorf",
            ],
            [
                "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW",
                "Geschäftsstelle Härtefallkommission",
                "Völklinger Str. 4",
                "40219 Düsseldorf",
            ],
            [
                "Härtefallkommission NRW",
                "Geschäftsstelle im Ministerium (MKJFGFI)",
                "Völklinger Str. 4",
                "40219 Düsseldorf",
            ],
        ]
    )


def _twocol_head(left: list[str], right: list[str], size: float = 8.5) -> list:
    """A letterhead in two columns: the sender's name left, the contact lines right."""
    return [
        Table([["\n".join(left), "\n".join(right)]], [0.55, 0.45], header=False, grid=False, size=size),
        Rule(0.4),
    ]


def _band_head(name: str, lines: list[str]) -> list:
    return [
        Rule(2.2),
        P(name.upper() if len(name) < 48 else name, bold=True, size=12, align="center", after=1),
        P("  |  ".join(lines), size=7.5, align="center", after=2),
        Rule(0.4),
        Space(6),
    ]


def _stamp(lines: list[str]) -> Box:
    return Box(lines, size=8)


# ============================ the reasoning, told anew ============================


def _story(c: Case, r: random.Random, mode: str) -> dict[str, list[str]]:
    """The Begründung by topic. mode: "ich" (the applicant writes), "wir" (the family writes) or "sie"
    (someone writes about the applicant). Every trigger is told only when the case has it."""
    a = c.applicant
    fam = len(c.persons) > 1
    if mode == "wir" and not fam:
        mode = "ich"
    m = a.sex == "m"
    g = {
        "Name": ("Herr " if m else "Frau ") + a.name,
        "Er": "Er" if m else "Sie",
        "er": "er" if m else "sie",
        "sein": "sein" if m else "ihr",
        "Sein": "Sein" if m else "Ihr",
        "ihm": "ihm" if m else "ihr",
        "ihn": "ihn" if m else "sie",
    }

    def say(ich: str, wir: str, sie: str) -> str:
        return {"ich": ich, "wir": wir}.get(mode, sie).format(**g)

    abh = c.abh if r.random() < 0.5 else _abh_of(c.abh)
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    # ---- life story and entry
    years = r.choice(["sechs", "sieben", "neun", "elf", "zwölf"])
    k = r.randrange(5)
    past = [
        "in der Landwirtschaft der Eltern mitgeholfen",
        "in einer Kfz-Werkstatt gearbeitet",
        "auf Baustellen Gelegenheitsarbeiten gemacht",
        "im Lebensmittelladen eines Onkels ausgeholfen",
        "eine Lehre als Schneider angefangen",
    ][k]
    past3 = [
        "half danach in der Landwirtschaft der Eltern mit",
        "arbeitete danach in einer Kfz-Werkstatt",
        "verdiente danach mit Gelegenheitsarbeiten auf Baustellen Geld",
        "half danach im Lebensmittelladen eines Onkels aus",
        "fing danach eine Schneiderlehre an",
    ][k]
    t["lebensgeschichte"].append(
        say(
            f"Groß geworden bin ich {_land(c, 0)}; {years} Jahre ging ich zur Schule, danach habe ich {past}.",
            f"Wir stammen {_land(c, 1)}. {a.vorname} ist dort {years} Jahre zur Schule gegangen und hat danach {past}.",
            f"{{Name}} wuchs {_land(c, 0)} auf, ging {years} Jahre lang zur Schule und {past3}.",
        )
    )
    if c.einreiseverbot:
        y = c.entry.year - 2
        t["lebensgeschichte"].append(
            say(
                f"Schon {y} wurde ich einmal abgeschoben. Am {fmt(c.entry)} kam ich wieder, als die Sperrfrist meines Einreiseverbots (§ 11 AufenthG) noch lief.",
                f"{a.vorname} wurde im Jahr {y} schon einmal abgeschoben; die erneute Einreise am {fmt(c.entry)} geschah trotz der noch laufenden Sperre (§ 11 AufenthG).",
                f"Nach einer ersten Abschiebung im Jahr {y} kehrte {{er}} am {fmt(c.entry)} zurück – trotz fortbestehender Sperre gemäß § 11 AufenthG.",
            )
        )
    else:
        t["lebensgeschichte"].append(
            say(
                f"Seit dem {fmt(c.entry)} wohne ich hier in Deutschland"
                + (", mit meinen Angehörigen." if fam else "."),
                f"Am {fmt(c.entry)} sind wir gemeinsam in Deutschland angekommen.",
                f"Nach Deutschland gelangte {{er}} am {fmt(c.entry)}"
                + (", die Familie reiste mit." if fam else "."),
            )
        )
    # ---- residence status
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            say(
                f"Am {fmt(c.bamf_date)} lehnte das Bundesamt (BAMF) meinen Asylantrag vom {fmt(c.asylum_applied)} ab, Az. {c.bamf_gz}.",
                f"Unser Asylantrag ({fmt(c.asylum_applied)}) wurde am {fmt(c.bamf_date)} vom BAMF abschlägig beschieden; Geschäftszeichen {c.bamf_gz}.",
                f"Der am {fmt(c.asylum_applied)} gestellte Asylantrag scheiterte: Mit Bescheid vom {fmt(c.bamf_date)} wies ihn das Bundesamt zurück (Gesch.-Z. {c.bamf_gz}).",
            )
        )
        if c.court and c.court_pending:
            s.append(
                say(
                    f"Meine Klage dagegen liegt noch beim {c.court_name} (Az. {c.court_az}).",
                    f"Unsere Klage dagegen ist beim {c.court_name} noch offen, Aktenzeichen {c.court_az}.",
                    f"Das Klageverfahren gegen diesen Bescheid ist beim {c.court_name} (Az. {c.court_az}) anhängig und unentschieden.",
                )
            )
        elif c.court:
            when = f" am {fmt(c.court_date)}" if c.court_date else ""
            s.append(
                f"Die Klage wies das {c.court_name}{when} ab (Aktenzeichen {c.court_az}); die Entscheidung ist rechtskräftig."
            )
    else:
        s.append(
            say(
                f"Nach Deutschland kam ich mit einem Visum (Aufenthaltszweck: {_purpose(c)}); später lehnte die Ausländerbehörde es ab, meinen Aufenthaltstitel zu verlängern.",
                f"Unser Visum war für den Zweck „{_purpose(c)}“ erteilt; die weitere Aufenthaltserlaubnis wurde uns später versagt.",
                f"{{Er}} reiste mit einem Visum ein, das für den Aufenthaltszweck „{_purpose(c)}“ ausgestellt war; die Ausländerbehörde versagte später die Verlängerung des Titels.",
            )
        )
        if c.court and c.court_pending:
            s.append(
                f"Gegen die Versagung ist beim {c.court_name} noch ein Verfahren anhängig ({c.court_az})."
            )
        elif c.court:
            when = f" vom {fmt(c.court_date)}" if c.court_date else ""
            s.append(
                f"Der Eilantrag dagegen blieb vor dem {c.court_name} erfolglos (Beschluss{when}, {c.court_az})."
            )
    if c.gestattung:
        s.append(
            say(
                "Mein Verfahren ist nicht abgeschlossen; deshalb besitze ich zurzeit eine Aufenthaltsgestattung.",
                "Da das Verfahren noch läuft, besitzen wir derzeit eine Aufenthaltsgestattung.",
                "{Er} ist derzeit im Besitz einer Aufenthaltsgestattung, weil das Verfahren noch nicht rechtskräftig abgeschlossen ist.",
            )
        )
    else:
        s.append(
            say(
                "Mein Aufenthalt ist nur geduldet (§ 60a AufenthG); das Papier gilt jeweils ein paar Monate.",
                "Wir sind ausreisepflichtig, die Abschiebung ist aber vorübergehend ausgesetzt; wir haben Duldungen.",
                "{Er} ist vollziehbar ausreisepflichtig, die Abschiebung aber vorübergehend ausgesetzt; {er} besitzt eine Duldung gemäß § 60a Abs. 2 AufenthG.",
            )
        )
    s.append(
        r.choice(
            [
                f"Zuständige Ausländerbehörde: {abh}.",
                f"Die Ausländerakte wird geführt bei: {abh}.",
                f"Zuständig: {abh}.",
            ]
        )
    )
    if c.s58a:
        s.append(
            say(
                "Dazu kommt: Die Behörde hat eine Anordnung gemäß § 58a AufenthG gegen mich erlassen.",
                f"Außerdem erging gegen {a.vorname} eine Anordnung auf Grundlage von § 58a AufenthG.",
                "Hinzu kommt eine gegen {ihn} gerichtete Anordnung nach § 58a AufenthG.",
            )
        )
    if c.rueckfuehrung:
        s.append(
            say(
                f"Für den {fmt(c.rueckfuehrung)} ist meine Abschiebung schon angekündigt.",
                f"Die Behörde hat uns mitgeteilt, dass die Abschiebung am {fmt(c.rueckfuehrung)} stattfinden soll.",
                f"Die Rückführung ist bereits für den {fmt(c.rueckfuehrung)} terminiert.",
            )
        )
    if c.criminal:
        off, fine = c.offence
        s.append(
            say(
                f"Offen sage ich auch: Am {fmt(c.criminal_date)} hat mich das Amtsgericht {c.court_city} per Strafbefehl zu einer Geldstrafe von {fine} verurteilt, wegen {off}.",
                f"Offen gesagt: {a.vorname} erhielt am {fmt(c.criminal_date)} vom Amtsgericht {c.court_city} einen Strafbefehl, Vorwurf: {off} (Geldstrafe von {fine}).",
                f"Nicht unerwähnt bleiben soll der Strafbefehl, den das Amtsgericht {c.court_city} am {fmt(c.criminal_date)} wegen {off} gegen {{ihn}} erließ; festgesetzt wurde eine Geldstrafe von {fine}.",
            )
        )
    # ---- family
    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        s0 = sp[0]
        f.append(
            say(
                f"Mit mir lebt {'meine Frau' if s0.sex == 'f' else 'mein Mann'} {s0.vorname}; wir sind seit vielen Jahren verheiratet.",
                f"{a.vorname} und {s0.vorname} sind verheiratet und leben in einem gemeinsamen Haushalt.",
                f"{{Er}} ist mit {s0.full} verheiratet, die Eheleute leben zusammen.",
            )
        )
    if kids:
        names = (
            ", ".join(k.vorname for k in kids[:-1]) + (" und " if len(kids) > 1 else "") + kids[-1].vorname
        )
        many = len(kids) > 1
        f.append(
            say(
                f"{'Unsere Kinder' if many else 'Unser Kind'} {names} {'sind' if many else 'ist'} hier zu Hause; eine andere Heimat {'kennen sie' if many else 'kennt es'} kaum.",
                f"{'Unsere Kinder' if many else 'Unser Kind'} {names} {'wachsen' if many else 'wächst'} hier auf und {'beherrschen' if many else 'beherrscht'} Deutsch heute sicherer als die Familiensprache.",
                f"Zur Familie {'gehören die Kinder' if many else 'gehört das Kind'} {names}, für {'die' if many else 'das'} Deutschland der Lebensmittelpunkt ist.",
            )
        )
    f.append(
        r.choice(
            [
                f"{_cap1(_land(c, 0))} lebt nur noch eine Großtante, zu der es seit Jahren keinen Kontakt gibt.",
                f"{_cap1(_land(c, 0))} lebt niemand mehr aus der engeren Familie.",
                f"Die Eltern sind verstorben; {_land(c, 0)} wohnen nur entfernte Bekannte.",
            ]
        )
        + " "
        + r.choice(
            [
                "In Deutschland lebt ein Cousin mit Einbürgerung.",
                "Eine Tante mit unbefristetem Aufenthaltsrecht wohnt in der Nähe.",
                "Ein Schwager mit deutschem Pass wohnt im selben Ort.",
            ]
        )
    )
    # ---- integration
    gi = t["integration"]
    lvl = r.choice(["A2", "B1", "B1", "B2"])
    gi.append(
        say(
            f"Deutsch habe ich bis zum Niveau {lvl} gelernt, den Orientierungskurs habe ich bestanden.",
            f"{a.vorname} hat Deutsch bis zum Niveau {lvl} gelernt; auch die anderen besuchen Kurse.",
            f"{{Er}} hat Sprachkenntnisse auf dem Niveau {lvl} erworben und den Orientierungskurs abgeschlossen.",
        )
    )
    if c.ausbildung:
        job = r.choice(["Fachlagerist", "Kauffrau für Büromanagement", "Gärtner", "Mechatroniker"])
        gi.append(
            say(
                f"Im August {c.received.year - 1} habe ich eine Berufsausbildung ({job}) angefangen; deshalb habe ich die Ausbildungsduldung beantragt (§ 60c AufenthG), die Ausländerbehörde prüft noch.",
                f"{a.vorname} macht seit August {c.received.year - 1} eine Lehre ({job}); eine Ausbildungsduldung (§ 60c AufenthG) wäre möglich.",
                f"Seit August {c.received.year - 1} absolviert {{er}} eine Berufsausbildung ({job}), so dass § 60c AufenthG einschlägig sein dürfte.",
            )
        )
    else:
        since = r.randint(2019, c.received.year - 1)
        gi.append(
            say(
                f"Bei {c.employer} arbeite ich seit {since} als {c.job} und verdiene mein Geld selbst.",
                f"{a.vorname} arbeitet seit {since} als {c.job} bei {c.employer}; wir brauchen keine Sozialleistungen.",
                f"Seit {since} ist {{er}} bei {c.employer} als {c.job} beschäftigt und bestreitet den Lebensunterhalt ohne Sozialleistungen.",
            )
        )
    gi.append(
        say(
            f"Ehrenamtlich helfe ich bei „{c.club}“ mit.",
            f"In der Freizeit engagieren wir uns bei „{c.club}“.",
            f"Darüber hinaus engagiert {{er}} sich ehrenamtlich bei „{c.club}“.",
        )
    )
    for kid in c.school_age():
        gi.append(f"{kid.vorname} ist an der Einrichtung „{c.school}“ angemeldet und kommt dort gut zurecht.")
    # ---- humanitarian reasons
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, diag = c.diagnosis[0].split()[0], c.diagnosis[1]
        if mode == "sie":
            h.append(
                f"Bei {p.full} ist fachärztlich festgestellt: {diag} (ICD-10 {code}); eine fortlaufende Behandlung ist notwendig."
            )
        elif c.ill_person == 0 and mode == "ich":
            h.append(
                f"Ich bin krank. Die Diagnose lautet: {diag} (ICD-10 {code}); ich bin in regelmäßiger Behandlung."
            )
        else:
            who = {
                "applicant": a.vorname,
                "spouse": ("meiner Frau " if p.sex == "f" else "meinem Mann ") + p.vorname,
                "child": ("unserem Sohn " if p.sex == "m" else "unserer Tochter ") + p.vorname,
            }[p.role]
            h.append(
                f"Bei {who} wurde folgende Erkrankung festgestellt: {diag} (ICD-10 {code}); die Behandlung läuft regelmäßig."
            )
        h.append(
            r.choice(
                [
                    "Im Herkunftsland stünde diese Behandlung praktisch nicht zur Verfügung, jedenfalls nicht zu bezahlbaren Kosten.",
                    "Ein Abbruch der Therapie würde nach Auskunft der Ärzte zu einer deutlichen Verschlechterung führen.",
                ]
            )
        )
    h.append(
        say(
            f"Eine Rückkehr {_land(c, 2)} ist mir nicht zuzumuten, weil mich dort niemand erwartet: kein Zuhause, keine Arbeit, keine Angehörigen.",
            f"Eine Rückkehr {_land(c, 2)} wäre für uns unzumutbar: Dort hätten wir kein Dach über dem Kopf und kein Einkommen, hier ist unser Leben.",
            f"Eine Rückkehr {_land(c, 2)} ist {{ihm}} nach alledem nicht zuzumuten; dort fehlt jede Lebensgrundlage.",
        )
    )
    return t


TOPIC_ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


def _told(c: Case, t: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(topic, text) of the topics the case tells, in the usual order."""
    return [(k, " ".join(t[k])) for k in TOPIC_ORDER if k in c.topics and t[k]]


def _story_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    land = c.natinfo["land"]
    t: dict[str, list[str]] = {k: [] for k in TOPIC_ORDER}
    t["lebensgeschichte"].append(
        f"{land} is where I come from; I went to school for {r.choice(['eight', 'nine', 'ten'])} years there and then worked in my uncle's bakery."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"In {c.entry.year - 2} I was already deported once. I returned on {_d(c.entry, 'uk')}, while the ban on my re-entry, ordered under § 11 AufenthG, remained in effect."
        )
    else:
        t["lebensgeschichte"].append(
            f"On {_d(c.entry, 'uk')} I reached Germany, and I have stayed ever since."
        )
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"The BAMF turned down my asylum claim (lodged {_d(c.asylum_applied, 'uk')}) on {_d(c.bamf_date, 'uk')}; reference {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"I filed an appeal with the {c.court_name} (file {c.court_az}); {'no ruling has come yet' if c.court_pending else 'the appeal was dismissed'}."
            )
    else:
        s.append("I originally came with a visa, but my permit was not extended afterwards.")
        if c.court:
            s.append(
                f"Against that I went to the {c.court_name} (file {c.court_az}); {'no judgment has been given yet' if c.court_pending else 'but the court decided against me'}."
            )
    s.append(
        "At present I hold an Aufenthaltsgestattung while the procedure continues."
        if c.gestattung
        else "For now my status is only a Duldung (temporary suspension of removal)."
    )
    s.append(f"The foreigners office in charge of me: {c.abh}.")
    if c.rueckfuehrung:
        s.append(f"A removal date has already been set: {_d(c.rueckfuehrung, 'uk')}.")
    if c.s58a:
        s.append("On top of this, the authority invoked § 58a AufenthG against me (deportation order).")
    if c.criminal:
        s.append(
            f"I was fined by a Strafbefehl (a court penalty order) dated {_d(c.criminal_date, 'uk')}; everything is paid."
        )
    f = t["familie"]
    kids = c.children()
    if kids:
        f.append(f"Our children {', '.join(k.vorname for k in kids)} consider Germany their home.")
    f.append(
        "Nobody from my close family remains in my home country. Only one relative, my mother's sister, has made her home in Germany."
    )
    g = t["integration"]
    g.append("Having finished the integration course, I now speak German at B1 level.")
    if c.ausbildung:
        g.append(
            "I am in vocational training and my employer supports me, so I hope to receive the training toleration (Ausbildungsduldung, § 60c AufenthG)."
        )
    else:
        g.append(f"My job: {c.job} at {c.employer}; my rent I pay myself.")
    g.append(f"Every week I help out at {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I suffer" if c.ill_person == 0 else f"My {_role_en(p)} {p.vorname} suffers"
        h.append(
            f"{who} {N.ILLNESS_EN[c.diagnosis[0]]} ({c.diagnosis[0].split()[0]}) and is under regular treatment."
        )
    h.append(f"Returning to {land} would undo everything we have achieved here.")
    return t


# ============================ antrag ============================


def _intro(c: Case, r: random.Random) -> str:
    a = c.applicant
    names = ", ".join(p.full for p in c.persons)
    if c.sender == "anwalt":
        return r.choice(
            [
                "die nachstehend aufgeführten Personen haben mich bevollmächtigt (Vollmacht anbei). Ich rege daher im Auftrag der "
                "Mandanten an, den Fall aufzugreifen und das Ministerium mit einem Härtefallersuchen (§ 23a AufenthG) zu befassen.",
                f"mit der Wahrnehmung der Interessen von {names} bin ich beauftragt; eine Vollmacht liegt bei. In ihrem Namen ersuche ich die "
                "Härtefallkommission, sich des Falles anzunehmen (§ 23a AufenthG).",
            ]
        )
    if c.sender == "beratungsstelle":
        return r.choice(
            [
                "mit Einverständnis und in Vertretung der unten genannten Personen reichen wir als Fachberatung den folgenden "
                "Härtefallantrag ein. Die Familie hat uns ihre Lage über mehrere Beratungstermine geschildert.",
                f"{a.herr_frau()} hat uns gebeten, für die Familie tätig zu werden; in ihrem Namen beantragen wir die Beratung "
                "des Falles in der Härtefallkommission. Die Bevollmächtigung liegt bei.",
            ]
        )
    if c.sender == "privat":
        pron = "der" if a.sex == "m" else "die"
        return (
            f"ich schreibe für {_kin(c)} {a.full}, {pron} deutsche Briefe nicht allein verfassen kann, und stelle "
            f"in {'seinem' if a.sex == 'm' else 'ihrem'} Namen einen Antrag an die Härtefallkommission. Eine Vollmacht lege ich bei."
        )
    if len(c.persons) > 1:
        return "wir – die unten genannte Familie – bitten die Kommission, unsere Lage zu prüfen und uns mit einem Härtefallersuchen (§ 23a AufenthG) zu helfen."
    return "heute schreibe ich Ihnen, weil ich die Härtefallkommission um Hilfe bitten möchte: Bitte befassen Sie sich mit meiner Lage und richten Sie, wenn möglich, ein Härtefallersuchen (§ 23a AufenthG) an das Ministerium."


def _mode(c: Case, fam_voice: bool = False) -> str:
    if c.sender != "applicant":
        return "sie"
    return "wir" if fam_voice and len(c.persons) > 1 else "ich"


def _sender_blocks(c: Case, r: random.Random, kind: int) -> list:
    """Who writes: the representative's letterhead (name, street, PLZ Ort) or the applicant's own lines."""
    name, person, street, city = _rep(c)
    if c.rep is None:
        lines = [c.applicant.full, c.street, f"{c.plz} {c.city}"]
        if kind == 1:
            return [P(" · ".join(lines), size=8.5, after=10)]
        return [P(x, after=0) for x in lines] + [Space(12)]
    tel = _phone(name)
    if c.rep.kind == "privat":
        return [P(f"Absender: {person}, {street}, {city}", size=9, after=10)]
    if kind == 0:
        return _twocol_head([name, person], [street, city, f"Telefon {tel}"])
    if kind == 1:
        return _band_head(name, [person, street, city, f"Tel. {tel}"])
    return [
        P(name, bold=True, size=12.5, after=0),
        P(f"{street} – {city} – Fon {tel}", size=8, after=2),
        Rule(0.6),
        Space(4),
    ]


def _place_date(c: Case, d: DocPlan, k: str = "fmt", prefix: str = "") -> P:
    town = _rep_town(c) if c.rep else c.city_or_nrw()
    return P(f"{prefix}{town}, {_d(d.date, k)}", align="right")


def _enclosures(c: Case) -> list[str]:
    out = []
    if c.rep is not None:
        out.append("Vollmacht")
    out += ["Lebenslauf", "Datenschutz-Einwilligung"]
    if c.asylum:
        out.append(f"BAMF-Bescheid vom {fmt(c.bamf_date)}")
    if c.court and not c.court_pending:
        out.append(f"Entscheidung des {c.court_name.replace('gericht', 'gerichts')}")
    if c.illness:
        out += ["ärztlicher Bericht", "Schweigepflichtentbindung"]
    if c.school_age():
        out.append("Nachweise über Schule und Kita")
    if c.criminal:
        out.append("Strafbefehl")
    return out


# ---- persons, five German conventions and two English ones


def _persons_prose(c: Case) -> list:
    """Lawyer's prose: the birth data before the name, persons numbered as parties."""
    out = []
    for i, p in enumerate(c.persons):
        art = "der" if p.sex == "m" else "die"
        bits = [f"{i + 1}. {art}"]
        if _has(c, i, "geburtsdatum"):
            bits.append(f"am {_d(p.geburtsdatum, 'long')}")
        if _has(c, i, "geburtsort"):
            bits.append(f"in {p.geburtsort}")
        bits.append("geborene")
        if _has(c, i, "staatsangehoerigkeit"):
            bits.append(f"{p.staat}e Staatsangehörige")
        bits.append(f"{p.vorname} {_caps(p.name)}")
        tail = f" – im Folgenden: {_role(p)} zu 1." if i == 0 else f" ({_role(p)})"
        out.append(P(" ".join(bits) + tail + ("," if i < len(c.persons) - 1 else ""), indent=18, after=2))
    return out


def _persons_numbered(c: Case, first: int = 1) -> list:
    """An "Angaben zur Person" form: one table of numbered fields per person."""
    out = []
    for i, p in enumerate(c.persons):
        n = f"{first}.{i + 1}"
        out.append(P(f"{n}  Person {i + 1} – {_role(p)}", bold=True, after=2))
        rows = [
            [f"{n}.1", "Familienname", _caps(p.name)],
            [f"{n}.2", "Vorname(n)", p.vorname],
            [
                f"{n}.3",
                "Geburtsdatum (TT.MM.JJJJ)",
                fmt(p.geburtsdatum) if _has(c, i, "geburtsdatum") else "",
            ],
            [
                f"{n}.4",
                "Geburtsort / -staat",
                f"{p.geburtsort} / {c.natinfo['land']}" if _has(c, i, "geburtsort") else "",
            ],
            [
                f"{n}.5",
                "derzeitige Staatsangehörigkeit(en)",
                p.staat if _has(c, i, "staatsangehoerigkeit") else "",
            ],
        ]
        out.append(Table(rows, [0.1, 0.38, 0.52], header=False, size=9))
    return out


def _addr_table(c: Case, cols: str = "spo") -> Table:
    """The address in split fields: s street, p PLZ, o Ort (PLZ and Ort stay neighbours)."""
    head = {"s": "Straße, Hausnummer", "p": "PLZ", "o": "Ort"}
    val = {"s": c.street, "p": c.plz, "o": c.city}
    w = {"s": 0.45, "p": 0.15, "o": 0.4}
    return Table([[head[k] for k in cols], [val[k] for k in cols]], [w[k] for k in cols], size=9)


def _persons_roles(c: Case) -> list:
    """The household under roles, birth data in brackets; the family name once above."""
    a = c.applicant
    rows = []

    def brief(i: int, p: Person) -> str:
        inner = []
        if _has(c, i, "geburtsdatum"):
            inner.append(f"* {_d(p.geburtsdatum, 'short')}")
        if _has(c, i, "geburtsort"):
            inner.append(f"in {p.geburtsort}")
        bits = " ".join(inner)
        if _has(c, i, "staatsangehoerigkeit"):
            bits = f"{bits}; StA {p.staat}" if bits else f"StA {p.staat}"
        return f"{p.vorname} ({bits})" if bits else p.vorname

    rows.append([_role(a) + ":", brief(0, a)])
    for i, p in enumerate(c.persons[1:], 1):
        if p.role == "spouse":
            rows.append([_role(p) + ":", brief(i, p)])
    kids = [(i, p) for i, p in enumerate(c.persons) if p.role == "child"]
    if kids:
        rows.append(["Kinder:" if len(kids) > 1 else "Kind:", ", ".join(brief(i, p) for i, p in kids)])
    surnames = sorted({p.name for p in c.persons})
    out = [
        P(
            f"Familie {_caps(a.name)}"
            if len(surnames) == 1
            else "Haushalt: " + ", ".join(map(_caps, surnames)),
            bold=True,
            after=1,
        )
    ]
    if len(surnames) > 1:
        rows = [[_role(p) + ":", f"{_caps(p.name)}, " + brief(i, p)] for i, p in enumerate(c.persons)]
    out.append(Table(rows, [0.2, 0.8], header=False, grid=False, size=9))
    return out


def _persons_codes(c: Case) -> list:
    """A table with an unusual column order and relation codes, explained below it."""
    code = {"applicant": "AS", "spouse": "EG", "child": "K"}
    rows = [["Nr.", "geb. am", "Geburtsort", "StA", "Familienname, Vorname", "Bez."]]
    kids = 0
    for i, p in enumerate(c.persons):
        rel = code[p.role]
        if p.role == "child":
            kids += 1
            rel = f"K{kids}"
        rows.append(
            [
                str(i + 1),
                _d(p.geburtsdatum, "short") if _has(c, i, "geburtsdatum") else "",
                p.geburtsort if _has(c, i, "geburtsort") else "",
                p.staat if _has(c, i, "staatsangehoerigkeit") else "",
                f"{_caps(p.name)}, {p.vorname}",
                rel,
            ]
        )
    return [
        Table(rows, [0.06, 0.14, 0.18, 0.14, 0.38, 0.1], size=8.5),
        P("Bez.: AS = antragstellende Person · EG = Ehegatte/Ehegattin · K1, K2 … = Kinder", size=7.5),
    ]


def _persons_sentences(c: Case, first: bool) -> list:
    """Each person in running sentences of their own."""
    out = []
    for i, p in enumerate(c.persons):
        if first and i == 0:
            s = [f"Ich heiße {p.vorname} {p.name}."]
            if _has(c, i, "geburtsdatum") and _has(c, i, "geburtsort"):
                s.append(
                    f"Mein Geburtsdatum lautet {fmt(p.geburtsdatum)}; geboren wurde ich in {p.geburtsort}."
                )
            elif _has(c, i, "geburtsdatum"):
                s.append(f"Mein Geburtsdatum lautet {fmt(p.geburtsdatum)}.")
            elif _has(c, i, "geburtsort"):
                s.append(f"Mein Geburtsort ist {p.geburtsort}.")
            if _has(c, i, "staatsangehoerigkeit"):
                s.append(
                    f"Ich bin {p.staat}er Staatsangehöriger."
                    if p.sex == "m"
                    else f"Ich bin {p.staat}e Staatsangehörige."
                )
        else:
            born = []
            if _has(c, i, "geburtsdatum"):
                born.append(f"am {fmt(p.geburtsdatum)}")
            if _has(c, i, "geburtsort"):
                born.append(f"in {p.geburtsort}")
            if first:  # a family member, told by the applicant
                s = [
                    f"{'Meine Frau' if p.sex == 'f' else 'Mein Mann'} heißt {p.vorname} {p.name}."
                    if p.role == "spouse"
                    else f"{'Unser Sohn' if p.sex == 'm' else 'Unsere Tochter'} heißt {p.vorname} {p.name}."
                ]
                if born:
                    s.append(f"{'Er' if p.sex == 'm' else 'Sie'} ist {' '.join(born)} geboren.")
                if _has(c, i, "staatsangehoerigkeit"):
                    s.append(f"Staatsangehörigkeit: {p.staat}.")
            else:  # someone else writes about the household
                label = {
                    "applicant": f"{p.vorname} {p.name}",
                    "spouse": f"{'Die Ehefrau' if p.sex == 'f' else 'Der Ehemann'} {p.vorname} {p.name}",
                    "child": f"{'Der Sohn' if p.sex == 'm' else 'Die Tochter'} {p.vorname} {p.name}",
                }[p.role]
                parts = []
                if born:
                    parts.append(f"kam {' '.join(born)} zur Welt")
                if _has(c, i, "staatsangehoerigkeit"):
                    parts.append(f"besitzt die {p.staat}e Staatsangehörigkeit")
                s = [f"{label} " + (" und ".join(parts) if parts else "gehört zum Haushalt") + "."]
        out.append(P(" ".join(s), after=3))
    return out


def _persons_form_en(c: Case) -> list:
    out = []
    for i, p in enumerate(c.persons):
        out.append(P(f"Person {i + 1} ({_role_en(p)})", bold=True, after=1))
        rows = [
            ["Surname", _caps(p.name)],
            ["Given name(s)", p.vorname],
            ["Birth date", _d(p.geburtsdatum, "us") if _has(c, i, "geburtsdatum") else ""],
            ["Birthplace", p.geburtsort if _has(c, i, "geburtsort") else ""],
            ["Citizenship", c.natinfo["en"] if _has(c, i, "staatsangehoerigkeit") else ""],
        ]
        out.append(Table(rows, [0.32, 0.68], header=False, size=9))
    out.append(P("Home address", bold=True, after=1))
    out.append(
        Table(
            [["Street and number", c.street], ["Postal code, city", f"{c.plz} {c.city}"]],
            [0.32, 0.68],
            header=False,
            size=9,
        )
    )
    return out


def _persons_bullets_en(c: Case) -> list:
    out = []
    for i, p in enumerate(c.persons):
        bits = [f"• {p.vorname} {_caps(p.name)} ({_role_en(p)})"]
        if _has(c, i, "geburtsdatum") and _has(c, i, "geburtsort"):
            bits.append(f"born {_d(p.geburtsdatum, 'uk')} in {p.geburtsort}")
        elif _has(c, i, "geburtsdatum"):
            bits.append(f"born {_d(p.geburtsdatum, 'uk')}")
        elif _has(c, i, "geburtsort"):
            bits.append(f"born in {p.geburtsort}")
        if _has(c, i, "staatsangehoerigkeit"):
            bits.append(f"{c.natinfo['en']} citizen")
        out.append(P(", ".join(bits), indent=12, after=2))
    return out


def _closing(c: Case, r: random.Random) -> list:
    return [
        P(
            r.choice(
                [
                    "Für eine wohlwollende Prüfung wären wir sehr dankbar. Was an Nachweisen noch fehlt, liefern wir kurzfristig.",
                    "Ich hoffe sehr auf Ihre Hilfe und danke Ihnen im Voraus.",
                    "Sollten Unterlagen fehlen, bitten wir um einen kurzen Hinweis.",
                ]
            )
        ),
        P(r.choice(["Mit freundlichen Grüßen", "Hochachtungsvoll", "Freundlich grüßt Sie"])),
        Signature(_signer(c)),
    ]


@tpl("antrag", "j15a", SPLIT)
def antrag_j15a(c, d, r):
    # a representative's brief: parties in prose (birth data before the name), sections A to E
    blocks = _sender_blocks(c, r, r.choice([0, 1]))
    blocks += [P(x, after=0) for x in _hfk_to(r)] + [Space(10)]
    if c.rep is not None:
        blocks.append(
            P(
                f"Unser Zeichen: {sum(map(ord, c.applicant.name)) % 900 + 100}/{d.date.year % 100} HF",
                size=8.5,
                align="right",
                after=0,
            )
        )
    blocks.append(_place_date(c, d, "long", "" if r.random() < 0.5 else "den "))
    blocks.append(
        P(
            f"Härtefalleingabe für {c.applicant.vorname} {_caps(c.applicant.name)}"
            + (" und Familie" if len(c.persons) > 1 else ""),
            bold=True,
        )
    )
    blocks.append(P("hier: Bitte um Befassung gem. § 23a AufenthG / HFKomVO NRW", size=9.5))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_intro(c, r)))
    blocks.append(P("A. Beteiligte", bold=True, after=2))
    blocks += _persons_prose(c)
    blocks.append(
        P(f"{'sämtlich' if len(c.persons) > 1 else ''} {_addr(c, r.choice([1, 3]))}".strip() + ".", indent=18)
    )
    t = _story(c, r, _mode(c))
    heads = {
        "lebensgeschichte": "B. Werdegang und Einreise",
        "aufenthaltssituation": "C. Aufenthaltsrechtlicher Stand",
        "familie": "D. Familie und Bindungen",
        "integration": "E. Integrationsleistungen",
        "humanitaere_gruende": "F. Unzumutbarkeit der Rückkehr",
    }
    for k, text in _told(c, t):
        blocks.append(P(heads[k], bold=True, after=2))
        blocks.append(P(text))
    blocks += _closing(c, r)
    blocks.append(P("Anlagenverzeichnis", bold=True, size=9, after=1))
    blocks.append(
        Table(
            [[f"Anl. {i}", x] for i, x in enumerate(_enclosures(c), 1)],
            [0.15, 0.85],
            header=False,
            grid=False,
            size=8.5,
        )
    )
    return DocSpec(blocks, _st(r, "serif"), footer="S. {p}")


@tpl("antrag", "j15b", SPLIT)
def antrag_j15b(c, d, r):
    # a form of numbered sections and fields, filled in by whoever submits
    blocks = _sender_blocks(c, r, 2)
    blocks += [
        Box(
            [
                "Antrag auf Befassung der Härtefallkommission NRW",
                "nach § 23a Aufenthaltsgesetz – bitte vollständig ausfüllen",
            ],
            size=10,
        ),
        P("1  Personen, die in den Antrag einbezogen werden", bold=True),
    ]
    blocks += _persons_numbered(c)
    blocks.append(P("2  Gemeinsame Anschrift", bold=True, after=2))
    blocks.append(_addr_table(c))
    blocks.append(P("3  Zuständige Ausländerbehörde", bold=True, after=1))
    blocks.append(P(_abh_of(c.abh) if r.random() < 0.5 else c.abh, indent=14))
    blocks.append(P("4  Vertretung / Bevollmächtigte Stelle", bold=True, after=1))
    if c.rep is not None:
        name, person, street, city = _rep(c)
        blocks.append(
            Table(
                [["Name/Stelle", name], ["Ansprechperson", person], ["Anschrift", f"{street}, {city}"]],
                [0.3, 0.7],
                header=False,
                size=9,
            )
        )
    else:
        blocks.append(P("[ ] ja   [x] nein – der Antrag wird selbst gestellt", indent=14))
    blocks.append(P("5  Begründung", bold=True, after=2))
    labels = {
        "lebensgeschichte": "Herkunft, Lebensweg und Einreise",
        "aufenthaltssituation": "Aufenthaltsstatus heute",
        "familie": "Familie hier und im Herkunftsstaat",
        "integration": "Deutsch, Beruf, Ehrenamt",
        "humanitaere_gruende": "Humanitäre und persönliche Härtegründe",
    }
    t = _story(c, r, _mode(c))
    for n, (k, text) in enumerate(_told(c, t), 1):
        blocks.append(P(f"5.{n}  {labels[k]}", bold=True, size=9.5, after=1))
        blocks.append(P(text, indent=14))
    blocks.append(P("6  Versicherung", bold=True, after=1))
    blocks.append(P("Die Angaben sind nach bestem Wissen vollständig und richtig.", indent=14))
    blocks.append(
        Signature(_signer(c), f"Ort, Datum: {_rep_town(c) if c.rep else c.city_or_nrw()}, {fmt(d.date)}")
    )
    return DocSpec(blocks, _st(r, "cond", 9.5), footer="Formular HFK-A · Blatt {p} von {n}")


@tpl("antrag", "j15c", SPLIT)
def antrag_j15c(c, d, r):
    # a dense, typewriter-like letter as it arrives by fax: the household under roles
    blocks = []
    if c.rep is not None:
        name, person, street, city = _rep(c)
        blocks.append(
            P(
                f"Absender: {name}" + (f" ({person})" if person != name else "") + f", {street}, {city}",
                size=8.5,
            )
        )
    else:
        blocks.append(P(f"von: {c.applicant.full}", size=8.5, after=0))
    blocks.append(P("an: HFK NRW – Geschäftsstelle – Völklinger Straße 4, 40219 Düsseldorf", size=8.5))
    blocks.append(P(f"Datum: {_d(d.date, 'short')}", size=8.5))
    blocks.append(P("BETREFF: BITTE UM AUFNAHME UNSERES FALLES (§ 23a AufenthG)", bold=True))
    blocks.append(P("Sehr geehrte Kommission,"))
    blocks.append(P(_intro(c, r)))
    blocks += _persons_roles(c)
    blocks.append(P((_addr(c, 2) if c.residence == "nrw" else _addr(c, 0)), size=9))
    t = _story(c, r, _mode(c, fam_voice=True))
    if "familie" in t:
        t["familie"] = [typos(x, r, 0.03) for x in t["familie"]]
    text = [x for _, x in _told(c, t)]
    for x in text:
        blocks.append(P(x, after=3))
    blocks.append(P("Danke für Ihre Mühe."))
    blocks.append(Signature(_signer(c)))
    return DocSpec(
        blocks, Style(family="mono", size=8.5, margin_left=42, margin_right=38, margin_top=36, para_after=3)
    )


@tpl("antrag", "j15d", SPLIT)
def antrag_j15d(c, d, r):
    # a counselling service's statement: a coded person table and the reasoning in two columns
    blocks = _sender_blocks(c, r, 0)
    blocks += [P(x, after=0, size=9.5) for x in _hfk_to(r)] + [Space(8)]
    blocks.append(P(f"Datum: {_d(d.date, 'abbr')}", align="right", size=9))
    blocks.append(P("Stellungnahme und Antrag zur Vorlage bei der Härtefallkommission", bold=True, size=12))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_intro(c, r)))
    blocks.append(P("Haushaltsangehörige", bold=True, after=2))
    blocks += _persons_codes(c)
    blocks.append(P("Meldeanschrift", bold=True, after=2))
    blocks.append(_addr_table(c, "pos"))
    blocks.append(P(f"Ausländerbehörde: {c.abh}", size=9.5))
    labels = {
        "lebensgeschichte": "Biografie",
        "aufenthaltssituation": "Status",
        "familie": "Familie",
        "integration": "Teilhabe",
        "humanitaere_gruende": "Härte",
    }
    t = _story(c, r, _mode(c))
    rows = [[labels[k], text] for k, text in _told(c, t)]
    blocks.append(Table(rows, [0.18, 0.82], header=False, grid=False))
    blocks += _closing(c, r)
    return DocSpec(blocks, _st(r, "sans", 9.5), footer="Seite {p}")


@tpl("antrag", "j15e", SPLIT)
def antrag_j15e(c, d, r):
    # a plain letter: every person in sentences of their own, the address PLZ first
    first = c.sender == "applicant"
    blocks = _sender_blocks(c, r, 1)
    blocks += [P(x, after=0) for x in _hfk_to(r)] + [Space(10)]
    blocks.append(_place_date(c, d, r.choice(["fmt", "long"])))
    blocks.append(
        P(
            "Betreff: Härtefallantrag – Bitte um Hilfe für "
            + ("mich" if first and len(c.persons) == 1 else "die Familie " + c.applicant.name),
            bold=True,
        )
    )
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_intro(c, r)))
    blocks.append(P("Die Personen im Einzelnen:" if not first else "Zuerst zu uns:", bold=True, after=2))
    blocks += _persons_sentences(c, first)
    blocks.append(
        P(
            ("Wir wohnen" if first and len(c.persons) > 1 else "Ich wohne" if first else "Anschrift:")
            + f" {_addr(c, 3) if first else _addr(c, 1)}."
        )
    )
    t = _story(c, r, _mode(c, fam_voice=True))
    for _, text in _told(c, t):
        blocks.append(P(text))
    blocks += _closing(c, r)
    return DocSpec(blocks, _st(r), footer=None)


@tpl("antrag", "en_j15a", SPLIT)
def antrag_en_j15a(c, d, r):
    # an English form-like request with a details table per person
    blocks = [P(c.applicant.full, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}"), Space(8)]
    blocks += [
        P(x, after=0)
        for x in [
            "Hardship Commission of North Rhine-Westphalia",
            "Völklinger Str. 4",
            "40219 Düsseldorf, Germany",
        ]
    ]
    blocks.append(P(f"Date: {_d(d.date, 'us')}", align="right"))
    blocks.append(
        P("Hardship request under § 23a AufenthG – personal details and reasons", bold=True, size=12)
    )
    blocks.append(P("To the members of the Commission,"))
    blocks.append(
        P(
            "Please consider my family's situation and, if you find it justified, recommend that we be allowed to remain. My German is improving, but for a letter this important I prefer English."
        )
    )
    blocks.append(P("Personal details", bold=True))
    blocks += _persons_form_en(c)
    heads = {
        "lebensgeschichte": "Background",
        "aufenthaltssituation": "Legal status",
        "familie": "Family",
        "integration": "Integration and work",
        "humanitaere_gruende": "Why a return is impossible for us",
    }
    t = _story_en(c, r)
    for k, text in _told(c, t):
        blocks.append(P(heads[k], bold=True, after=1))
        blocks.append(P(text))
    blocks.append(P("Thank you for your time and consideration."))
    blocks.append(P("Sincerely,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("antrag", "en_j15b", SPLIT)
def antrag_en_j15b(c, d, r):
    # an English letter in prose, the family listed as bullets
    blocks = [P(f"From: {c.applicant.full}, {c.street}, {c.plz} {c.city}", size=9), Space(6)]
    blocks.append(P(f"{c.city_or_nrw()}, {_d(d.date, 'uk')}", align="right"))
    blocks.append(P("Härtefallkommission NRW – application", bold=True))
    blocks.append(P("Dear Chairperson and members of the Commission,"))
    many = len(c.persons) > 1
    blocks.append(
        P(
            f"I am submitting this application on behalf of {'my family and myself' if many else 'myself'}. "
            + ("We are:" if many else "My details:")
        )
    )
    blocks += _persons_bullets_en(c)
    blocks.append(P(f"{'We live' if many else 'I live'} at {c.street}, {c.plz} {c.city}."))
    t = _story_en(c, r)
    for _, text in _told(c, t):
        blocks.append(P(text))
    blocks.append(P("I would be very grateful for your help."))
    blocks.append(P("Best regards,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, _st(r, "serif"))


# ============================ bamf_bescheid ============================

_GROUNDS = [
    "Die antragstellende Person besitzt nach ihren Angaben die {nat}e Staatsangehörigkeit. Sie kam eigenen Angaben zufolge am {entry} über die Balkanroute ins Bundesgebiet und beantragte am {applied} förmlich Schutz.",
    "Bei ihrer Anhörung berichtete sie von Schwierigkeiten mit örtlichen Machthabern, konnte aber kein konkretes, gegen sie selbst gerichtetes Ereignis benennen.",
    "Die Flüchtlingseigenschaft (§ 3 Abs. 1 AsylG) steht der Person nicht zu. Was sie geschildert hat, erreicht weder nach Art noch nach Häufigkeit die Schwelle einer Verfolgungshandlung.",
    "Das Vorbringen blieb in zentralen Punkten vage. Auf Nachfragen zu Ort, Zeit und Beteiligten folgten nur allgemeine Angaben; Widersprüche zu früheren Äußerungen ließen sich nicht auflösen.",
    "Auch subsidiärer Schutz (§ 4 Abs. 1 AsylG) scheidet aus; die Anhörung hat nichts dafür ergeben, dass der Person nach ihrer Heimkehr eine unmenschliche Behandlung bevorstünde.",
    "Auch § 60 Abs. 5 AufenthG steht einer Abschiebung nicht entgegen. Die wirtschaftliche Lage im Herkunftsstaat ist zwar angespannt, erreicht aber nicht das Mindestmaß an Schwere, das eine Verletzung von Art. 3 EMRK voraussetzt.",
    "Ein Attest, welches § 60a Abs. 2c AufenthG entspräche, wurde nicht eingereicht; gesundheitliche Gefahren im Zielstaat (Abs. 7 Satz 1 des § 60 AufenthG) sind daher nicht belegt.",
    "Es ist zu erwarten, dass die antragstellende Person als erwerbsfähige erwachsene Person ihr Existenzminimum, gegebenenfalls mit Hilfe ihres sozialen Umfelds, selbst sichern kann.",
    "Die Abschiebungsandrohung stützt sich auf § 59 AufenthG i. V. m. § 34 Abs. 1 AsylG; die Ausreisefrist bestimmt § 38 Abs. 1 AsylG.",
    "Zur Lage im Herkunftsstaat stützt sich das Bundesamt auf die Lageberichte des Auswärtigen Amtes und auf Auskünfte internationaler Organisationen; danach ist die Grundversorgung zumindest in den größeren Städten gewährleistet.",
    "Familiäre Bindungen im Bundesgebiet begründen kein zielstaatsbezogenes Abschiebungsverbot; sie sind gegebenenfalls von der Ausländerbehörde zu würdigen.",
    "Die Angaben zum Reiseweg lassen sich nicht überprüfen. Identitätsdokumente wurden nicht vorgelegt, obwohl hierzu mehrfach Gelegenheit bestand.",
    "Soweit auf allgemeine Kriminalität verwiesen wird, handelt es sich um ein Risiko, dem die gesamte Bevölkerung ausgesetzt ist; eine individuelle Gefahrenverdichtung ist nicht erkennbar.",
    "Die Frist des Einreise- und Aufenthaltsverbots ist ermessensfehlerfrei bemessen. Gesichtspunkte, die eine kürzere Sperre nahelegen, hat die Person nicht geltend gemacht.",
]


def _tenor(c: Case, variant: str) -> list[str]:
    back = _land(c, 2)
    if c.bamf_tenor == 4:
        state = random.Random(c.case_id + "dublin").choice(["Italien", "Bulgarien", "Kroatien", "Österreich"])
        return [
            "Unzulässig ist der Asylantrag (§ 29 Abs. 1 Nr. 1 Buchst. a AsylG); er wird abgelehnt.",
            "Abschiebungsverbote (§ 60 Abs. 5 AufenthG; § 60 Abs. 7 S. 1 AufenthG) stehen der Überstellung nicht entgegen.",
            f"Die Überstellung nach {state} wird angeordnet.",
            "Für den Fall der Überstellung ordnet das Bundesamt eine Einreisesperre von 21 Monaten an (§ 11 AufenthG).",
        ]
    if variant == "ou":
        return [
            "Flüchtlingsschutz, Asylanerkennung und subsidiärer Schutz werden versagt; die Anträge sind offensichtlich unbegründet.",
            "Abschiebungsverbote – weder nach Abs. 5 noch nach Abs. 7 Satz 1 des § 60 AufenthG – ergeben sich nicht.",
            f"Die Ausreisefrist beträgt eine Woche ab Bekanntgabe; wird sie nicht eingehalten, droht die Abschiebung {back}.",
            "Ein Einreise- und Aufenthaltsverbot wird erlassen; es endet 30 Monate nach der Abschiebung.",
            "Die Vollziehung der Abschiebungsandrohung wird nicht ausgesetzt.",
        ]
    return [
        "Dem Antrag auf Flüchtlingsschutz wird nicht entsprochen.",
        "Eine Anerkennung als asylberechtigt erfolgt nicht.",
        "Der subsidiäre Schutzstatus bleibt versagt.",
        "Ein Abschiebungsverbot nach Abs. 5 oder Abs. 7 S. 1 des § 60 AufenthG wird nicht festgestellt.",
        f"Die antragstellende Person hat Deutschland binnen 30 Tagen zu verlassen, gerechnet ab Bekanntgabe bzw. ab dem unanfechtbaren Abschluss des Verfahrens. Geschieht dies nicht, erfolgt die Abschiebung {back} oder in einen zur Aufnahme bereiten Drittstaat.",
        "Auf der Grundlage von § 11 Abs. 1 AufenthG ergeht ein Einreise- und Aufenthaltsverbot, das mit Ablauf von 30 Monaten nach der Abschiebung endet.",
    ]


def _grounds(c: Case, d: DocPlan, r: random.Random) -> list[str]:
    a = c.applicant
    n = d.extra.get("bamf_reasons", 6)
    order = _GROUNDS[:1] + r.sample(_GROUNDS[1:], len(_GROUNDS) - 1)
    applied = c.asylum_applied or c.entry
    out = []
    for i in range(n):
        out.append(order[i % len(order)].format(nat=a.staat, entry=fmt(c.entry), applied=fmt(applied)))
    return out


def _vg_city(c: Case) -> str:
    return (
        c.court_name.replace("Verwaltungsgericht ", "")
        if c.court_name
        else random.Random(c.case_id).choice(N.COURTS)
    )


def _rbb(c: Case, quick: bool) -> str:
    days = "einer Woche" if quick else "zwei Wochen"
    return (
        f"Binnen {days} ab Zustellung kann gegen diesen Bescheid Klage zum Verwaltungsgericht {_vg_city(c)} erhoben werden. "
        "Die Klage ist auf Deutsch zu erheben; aus ihr muss hervorgehen, wer klagt, gegen wen sie sich richtet und welches Ziel sie verfolgt. "
        "Innerhalb eines Monats nach Zustellung sind die zur Begründung dienenden Angaben und Belege einzureichen."
        + (
            " Eilrechtsschutz (§ 80 Abs. 5 VwGO) muss ebenfalls binnen einer Woche beantragt werden."
            if quick
            else ""
        )
    )


def _bamf_site(c: Case) -> tuple:
    return c.bamf_site or N.BAMF_SITES[0]


def _bamf_persons(c: Case) -> Table:
    rows = [["Familienname", "Vorname", "geb.", "Staatsang."]]
    for p in c.persons:
        rows.append([_caps(p.name), p.vorname, fmt(p.geburtsdatum), p.staat])
    return Table(rows, [0.28, 0.26, 0.2, 0.26], size=9)


@tpl("bamf_bescheid", "j15a", SPLIT)
def bamf_j15a(c, d, r):
    site = _bamf_site(c)
    gz = c.bamf_gz
    blocks = _twocol_head(
        ["Bundesamt für Migration und Flüchtlinge", site[0]],
        [
            f"Geschäftszeichen: {gz}",
            f"Datum: {_d(d.date, 'long')}",
            f"Referat 4{r.randint(10, 49)}",
            f"{site[1]}, {site[2]}",
        ],
        9,
    )
    a = c.applicant
    blocks += [Space(4), P(a.herr_frau(), after=0), P(c.street, after=0), P(f"{c.plz} {c.city}"), Space(10)]
    blocks.append(P("BESCHEID", bold=True, size=15, align="center", after=2))
    blocks.append(P("über den Asylantrag der folgenden Personen", align="center", size=9.5))
    blocks.append(_bamf_persons(c))
    blocks.append(P("Tenor des Bescheides:", bold=True))
    for i, t in enumerate(_tenor(c, "einfach"), 1):
        blocks.append(P(f"Ziffer {i}:  {t}", indent=10))
    blocks.append(P("Gründe", bold=True, size=12))
    for i, g in enumerate(_grounds(c, d, r), 1):
        blocks.append(P(f"({i}) {g}"))
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(P(r.choice(["Rüdenauer", "Pelzmann", "Okonkwo-Brandl", "Vierhaus"]), after=0))
    blocks.append(P("Einzelentscheider/in", size=8.5))
    blocks += [
        PageBreak(),
        P("Anlage: Rechtsbehelfsbelehrung", bold=True),
        P(_rbb(c, c.bamf_tenor == 4), size=9.5),
    ]
    blocks.append(
        P(
            "Hinweis: Informationen zur geförderten freiwilligen Rückkehr erhalten Sie bei der Rückkehrberatung Ihrer Kommune.",
            size=9,
        )
    )
    return DocSpec(blocks, _st(r, "sans", 10), footer=f"Seite {{p}} von {{n}} – Gesch.-Z. {gz}")


@tpl("bamf_bescheid", "j15b", SPLIT)
def bamf_j15b(c, d, r):
    # a copy with the representative's receipt stamp, Roman-numbered operative part
    site = _bamf_site(c)
    gz = c.bamf_gz
    a = c.applicant
    blocks = [
        P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=11, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8),
        P("Ausfertigung für die Beteiligten", align="right", size=9),
    ]
    if c.rep is not None:
        blocks.append(
            _stamp(
                [f"EINGEGANGEN {_d(d.date + timedelta(days=r.randint(3, 9)), 'abbr').upper()}", _rep(c)[0]]
            )
        )
    blocks.append(P(f"Az.: {gz}  (im Schriftverkehr stets nennen)", bold=True))
    blocks.append(P(f"{site[2].split(' ', 1)[1]}, den {fmt(d.date)}", align="right"))
    blocks.append(P("Bescheid (Asylverfahren)", bold=True, size=14, align="center"))
    bits = f"{a.vorname} {_caps(a.name)}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}"
    blocks.append(
        P(
            f"Im Asylverfahren {'der Antragstellerin' if a.sex == 'f' else 'des Antragstellers'} {bits}, derzeit wohnhaft {c.adresse}, wird entschieden:"
        )
    )
    for roman, t in zip(["I.", "II.", "III.", "IV.", "V.", "VI."], _tenor(c, "einfach"), strict=False):
        blocks.append(P(f"{roman}  {t}", indent=16))
    blocks += [PageBreak(), P("Begründung", bold=True, align="center")]
    for i, g in enumerate(_grounds(c, d, r)):
        if i in (0, 2):
            blocks.append(P(["I. Sachverhalt", "II. Würdigung"][i // 2], bold=True, after=2))
        blocks.append(P(g))
    blocks += [PageBreak(), P("Zur freiwilligen Ausreise", bold=True, after=1)]
    blocks.append(
        P(
            "Wer freiwillig ausreist, kann eine Förderung der Rückkehr beantragen; die Ausreise ist der Ausländerbehörde nachzuweisen. Eine Beratung ist kostenlos."
        )
    )
    blocks.append(P("Hinweise zum Rechtsschutz", bold=True))
    blocks.append(P(_rbb(c, c.bamf_tenor == 4), size=9))
    blocks.append(P(f"Im Auftrag\n\n{r.choice(['Dannemann', 'Ergül', 'Hollstein', 'Wiechert'])}", after=4))
    return DocSpec(blocks, _st(r, "serif", 10.5), footer="Seite {p} von {n}", header=f"BAMF {gz}")


@tpl("bamf_bescheid", "j15c", SPLIT)
def bamf_j15c(c, d, r):
    # the obvious-unfoundedness decision, printed from the file system: the date in ISO form
    site = _bamf_site(c)
    gz = c.bamf_gz
    a = c.applicant
    blocks = [
        Box(
            [
                "Bundesamt für Migration und Flüchtlinge",
                f"{site[0]} – {site[2]}",
                f"Gesch.-Z.: {gz}",
                f"Bescheiddatum: {_d(d.date, 'iso')}",
            ],
            size=9,
        ),
        P(f"{a.herr_frau()} · {c.adresse}", size=9),
        P("Bescheid", bold=True, size=14),
        P(
            f"Betroffene Person: {_caps(a.name)}, {a.vorname} · geb. {fmt(a.geburtsdatum)} · {a.geburtsort} · StA {a.staat}",
            size=9.5,
        ),
        P("Tenor", bold=True),
    ]
    for i, t in enumerate(_tenor(c, "ou"), 1):
        blocks.append(P(f"{i}) {t}", indent=10))
    blocks.append(P("Begründung zu den Ziffern", bold=True))
    for g in _grounds(c, d, r):
        blocks.append(P(g))
    blocks += [PageBreak(), P("Rechtsmittel", bold=True), P(_rbb(c, True), size=9.5)]
    blocks.append(
        P(
            f"gez. {r.choice(['Quandt', 'Ilgner', 'Sadowski', 'Thelen'])} (maschinell erstellt, ohne Unterschrift gültig)",
            size=9,
        )
    )
    return DocSpec(
        blocks, _st(r, "cond", 10), footer=f"Seite {{p}} von {{n}} | {gz} | Stand {_d(d.date, 'iso')}"
    )


# ============================ aerztliches_gutachten ============================

_PRACTICES = [
    ("Praxis für Psychotherapie {n}", "Psychologische Psychotherapeutin"),
    ("Ambulanz für Traumafolgestörungen am Lutherhaus {c}", "Leitende Psychologin"),
    ("Hausärztliche Praxis am Kanaltor {c}", "Facharzt für Allgemeinmedizin"),
    ("Nephrologisches Versorgungszentrum Rhein-Ruhr", "Fachärztin für Innere Medizin und Nephrologie"),
    ("Neurologie im Speicherhof {c}", "Facharzt für Neurologie"),
]


def _pract(c: Case, k: int | None = None) -> tuple[str, str, str, str]:
    """(name, role, street, PLZ Ort) of an invented practice, fixed per case."""
    r = random.Random(c.case_id + "praxis")
    code = c.diagnosis[0] if c.diagnosis else "F43.1 G"
    if k is None:
        k = {"F": r.choice([0, 1]), "N": 3, "G": 4}.get(code[0], 2)
    name, role = _PRACTICES[k]
    surname = c.doctor.split()[-1] if c.doctor else "Reuter"
    town = c.court_city_plz()
    return (
        name.format(n=surname, c=town.split(" ", 1)[-1]),
        role,
        f"{r.choice(N.STREETS)} {r.randint(2, 90)}",
        town,
    )


def _symptoms(c: Case) -> str:
    code = c.diagnosis[0] if c.diagnosis else "F43.1 G"
    return {
        "F": "Schlaflosigkeit, wiederkehrende belastende Erinnerungen, Konzentrationsstörungen und ausgeprägte Ängste bei Behördenterminen",
        "E": "schwankende Blutzuckerwerte, Müdigkeit und beginnende Missempfindungen an den Füßen",
        "I": "Blutdruckspitzen über 180 mmHg, Kopfschmerzen und Belastungsdyspnoe",
        "G": "mehrere Anfälle pro Monat mit kurzer Bewusstlosigkeit und anschließender Verwirrtheit",
        "N": "eine deutlich eingeschränkte Nierenfunktion mit Ödemen und Leistungsminderung",
    }.get(code[0], "anhaltende Beschwerden")


def _patient_p(c: Case) -> Person:
    return c.persons[c.ill_person] if c.persons else c.applicant


def _diag(c: Case) -> tuple[str, str, str]:
    return c.diagnosis if c.diagnosis else ("F43.1 G", "Posttraumatische Belastungsstörung", "schwer")


@tpl("aerztliches_gutachten", "j15a", SPLIT)
def med_j15a(c, d, r):
    # a psychotherapeutic report, headings left; the date of issue only after the signature
    name, role, street, town = _pract(c, r.choice([0, 1]))
    p = _patient_p(c)
    code, diag, sev = _diag(c)
    start = c.entry + timedelta(days=r.randint(200, 600))
    blocks = _twocol_head([name], [street, town, f"Tel. {_phone(name)}"])
    blocks += [
        P("Psychotherapeutischer Befundbericht", bold=True, size=13),
        P(
            f"zur Vorlage bei der Härtefallkommission · Patient/in: {p.vorname} {p.name}, * {fmt(p.geburtsdatum)}",
            size=9.5,
        ),
    ]
    rows = [
        [
            "Vorstellungsanlass",
            f"Erstkontakt im {MON_DE[start.month - 1]} {start.year} auf Vermittlung der Hausärztin; seither fortlaufende Behandlung.",
        ],
        ["Beschwerden", f"Berichtet werden {_symptoms(c)}."],
        [
            "Befund",
            f"Wach, orientiert, affektiv deutlich eingeengt, Schwingungsfähigkeit reduziert. Der Schweregrad ist als {sev} einzuschätzen. Keine akute Eigengefährdung im Gespräch.",
        ],
        ["Diagnose (ICD-10)", f"{code} – {diag}"],
        [
            "Behandlung",
            f"Traumafokussierte Einzeltherapie, {r.choice(['wöchentlich', 'alle zehn Tage', '14-tägig'])}; begleitende Medikation durch den Facharzt: {r.choice(N.MEDICATION)}.",
        ],
        [
            "Prognose",
            "Bei Fortführung der Therapie vorsichtig günstig. Müsste die Therapie wegen einer Rückführung enden, drohte ein deutlicher Rückfall.",
        ],
    ]
    blocks.append(Table(rows, [0.24, 0.76], header=False, grid=False))
    blocks.append(Signature(f"{c.doctor.replace('Dr. med. ', 'Dipl.-Psych. ')}, {role}"))
    blocks.append(P(f"ausgestellt am {_d(d.date, 'long')}", size=9))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("aerztliches_gutachten", "j15b", SPLIT)
def med_j15b(c, d, r):
    # a hospital discharge letter; dictation and writing dates at its end, the date of issue in the footer
    town = c.court_city_plz()
    clinic = f"St.-Gereon-Klinikum {town.split(' ', 1)[-1]} – Medizinische Klinik II"
    p = _patient_p(c)
    code, diag, sev = _diag(c)
    out_day = d.date - timedelta(days=r.randint(1, 5))
    in_day = out_day - timedelta(days=r.randint(6, 30))
    blocks = _band_head(
        clinic, ["Chefarzt Prof. Dr. H. Altenkirch", f"Am Klostergarten {r.randint(1, 20)}", town]
    )
    blocks += [
        P("Entlassungsbericht", bold=True, size=13),
        P(
            f"Patient/in: {_caps(p.name)}, {p.vorname}, geb. {fmt(p.geburtsdatum)} · stationär vom {fmt(in_day)} bis {fmt(out_day)}"
        ),
        P("Diagnosen", bold=True, after=1),
        P(f"• {diag} ({code}), Schweregrad: {sev}", indent=8, after=1),
        P(
            f"• Z91.1 G – Nichtbefolgung ärztlicher Anordnungen infolge {r.choice(['fehlender Krankenversicherung', 'eingeschränkten Zugangs zu Medikamenten'])} in der Vorgeschichte",
            indent=8,
        ),
        P("Epikrise", bold=True, after=1),
        P(
            f"Die stationäre Aufnahme erfolgte wegen {_symptoms(c)}. Im Verlauf besserte sich das Befinden unter der Behandlung; eine engmaschige ambulante Weiterbehandlung ist zwingend erforderlich."
        ),
        P("Entlassmedikation", bold=True, after=1),
        Table(
            [["Wirkstoff", "Dosierung"]]
            + [[m.split(" ", 1)[0], m.split(" ", 1)[1]] for m in r.sample(N.MEDICATION, 2)],
            [0.5, 0.5],
            size=9,
        ),
        P("Empfehlung", bold=True, after=1),
        P(
            "Wiedervorstellung in unserer Ambulanz in sechs Wochen; Fortführung der Medikation ohne Unterbrechung."
        ),
        P("Mit freundlichem kollegialem Gruß"),
        Signature(f"{c.doctor}, Oberarzt/Oberärztin"),
        P(f"diktiert: {fmt(d.date - timedelta(days=r.randint(1, 3)))} · geschrieben: {fmt(d.date)}", size=8),
    ]
    return DocSpec(blocks, _st(r, "sans", 10), footer=f"Dok.-Datum {fmt(d.date)} | Blatt {{p}}/{{n}}")


@tpl("aerztliches_gutachten", "j15c", SPLIT)
def med_j15c(c, d, r):
    # a short certificate with the practice stamp; the date next to the stamp
    name, role, street, town = _pract(c)
    p = _patient_p(c)
    code, diag, sev = _diag(c)
    blocks = [
        P("Ärztliche Bescheinigung", bold=True, size=14, align="center"),
        P("(zur Vorlage bei Behörden)", align="center", size=9),
        Space(8),
        P(
            f"Ich bestätige als behandelnde Ärztin/behandelnder Arzt, dass {p.herr_frau()}, geboren am {fmt(p.geburtsdatum)}, sich in meiner regelmäßigen Behandlung befindet."
        ),
        P(
            f"Diagnose: {diag} ({code}). Der Befund ist {sev}; eine dauerhafte medikamentöse Behandlung und Kontrollen im Abstand von vier Wochen sind erforderlich."
        ),
        P("Setzt die Versorgung aus, drohen ernste gesundheitliche Folgen."),
        Space(6),
        _stamp(
            [
                name,
                role,
                f"{street} · {town}",
                f"BSNR {r.randint(10, 99)} {r.randint(100, 999)} {r.randint(10, 99)} 00",
            ]
        ),
        P(f"Datum: {_d(d.date, 'short')}", size=9.5),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("aerztliches_gutachten", "j15d", SPLIT)
def med_j15d(c, d, r):
    # an expert opinion on fitness to travel, answering numbered questions
    name, role, street, town = _pract(c)
    p = _patient_p(c)
    code, diag, sev = _diag(c)
    blocks = [
        P(name, bold=True, size=11, after=0),
        P(f"{street}, {town}", size=8.5),
        Rule(),
        P(f"Gutachtendatum: {_d(d.date, 'fmt')}", align="right", size=9),
        P("Fachärztliches Gutachten zur Reisefähigkeit und Behandlungsbedürftigkeit", bold=True, size=12),
        P(f"Untersuchte Person: {p.vorname} {p.name}, geb. {_d(p.geburtsdatum, 'short')}"),
        P(f"Grundlage: eigene Untersuchungen an {r.randint(3, 9)} Terminen, Vorbefunde, Medikamentenplan."),
    ]
    qa = [
        (
            "Liegt eine behandlungsbedürftige Erkrankung vor?",
            f"Ja. Diagnose nach ICD-10: {code} ({diag}), Ausprägung {sev}.",
        ),
        ("Welche Symptome bestehen?", f"Führend sind {_symptoms(c)}."),
        (
            "Ist die Behandlung abgeschlossen?",
            "Nein. Die Behandlung ist auf mindestens zwölf weitere Monate angelegt.",
        ),
        (
            "Welche Folgen hätte ein Abbruch?",
            "Mit hoher Wahrscheinlichkeit eine rasche und wesentliche Verschlechterung des Gesundheitszustands.",
        ),
    ]
    for i, (q, a) in enumerate(qa, 1):
        blocks.append(P(f"Frage {i}: {q}", bold=True, after=1))
        blocks.append(P(f"Antwort: {a}", indent=12))
    blocks.append(Signature(f"{c.doctor}, {role}"))
    return DocSpec(blocks, _st(r, "serif"), footer="Gutachten · Seite {p} von {n}")


# ============================ vollmacht ============================


@tpl("vollmacht", "j15a", SPLIT)
def vollmacht_j15a(c, d, r):
    # a lawyer's printed form: the powers numbered, the matter written in
    name, person, street, city = _rep(c)
    a = c.applicant
    blocks = [
        P("Vollmacht (Härtefallverfahren)", bold=True, size=16, align="center"),
        Space(6),
        P(f"Frau/Herrn {person}", after=0),
        P(f"{name}, {street}, {city}" if name != person else f"{street}, {city}"),
        P(f"wird hiermit in Sachen {_caps(a.name)}, {a.vorname}"),
        P(
            "Gegenstand: Verfahren vor der Härtefallkommission NRW (§ 23a AufenthG) sowie damit verbundene ausländerrechtliche Angelegenheiten"
        ),
        P("Vollmacht erteilt", bold=True),
    ]
    powers = [
        "zur Vertretung gegenüber der Härtefallkommission, ihrer Geschäftsstelle und sämtlichen Behörden,",
        "zur Einsicht in Akten und zur Anforderung von Auskünften,",
        "zur Entgegennahme von Zustellungen und Mitteilungen aller Art,",
        "zur Bestellung von Vertreterinnen und Vertretern (Untervollmacht),",
        "zur Rücknahme von Anträgen und zum Verzicht auf Rechtsmittel.",
    ]
    for i, x in enumerate(powers, 1):
        blocks.append(P(f"{i}. {x}", indent=14, after=2))
    blocks.append(
        P("Die Vollmacht gilt für alle genannten Familienangehörigen, soweit sie mitunterzeichnen.")
    )
    blocks.append(Signature(f"{a.full} (Vollmachtgeber/in)", f"{c.city_or_nrw()}, {_d(d.date, 'short')}"))
    return DocSpec(blocks, _st(r, "serif"))


@tpl("vollmacht", "j15b", SPLIT)
def vollmacht_j15b(c, d, r):
    # a counselling service's authorisation with ticked boxes
    name, person, street, city = _rep(c)
    blocks = _band_head(name, [street, city])
    blocks.append(P("Bevollmächtigung", bold=True, size=13))
    blocks.append(P("Wir, die unterzeichnenden Personen,"))
    rows = [["Name, Vorname", "geboren am"]] + [
        [f"{_caps(p.name)}, {p.vorname}", fmt(p.geburtsdatum)] for p in c.persons if p.age_on(d.date) >= 18
    ]
    blocks.append(Table(rows, [0.6, 0.4], size=9))
    blocks.append(
        P(f"bevollmächtigen {name} ({person}), für uns in den angekreuzten Bereichen tätig zu werden:")
    )
    for box, text in [
        ("[x]", "Schriftverkehr mit Kommission und Geschäftsstelle (Härtefallverfahren NRW)"),
        ("[x]", "Auskünfte bei der Ausländerbehörde und Akteneinsicht"),
        ("[x]", "Empfang von Post in dieser Sache"),
        ("[ ]", "Vertretung vor Gericht (nur durch Rechtsanwältinnen und Rechtsanwälte)"),
    ]:
        blocks.append(P(f"{box}  {text}", indent=10, after=2))
    blocks.append(P("Die Bevollmächtigung kann jederzeit schriftlich widerrufen werden."))
    blocks.append(Signature(c.applicant.full, f"{c.city_or_nrw()}, den {_d(d.date, 'long')}"))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("vollmacht", "j15c", SPLIT)
def vollmacht_j15c(c, d, r):
    # a short, hand-typed authorisation
    name, person, street, city = _rep(c)
    a = c.applicant
    blocks = [
        P("Vollmacht", bold=True, size=13),
        P(f"Ich, {a.full}, geboren am {fmt(a.geburtsdatum)}, wohnhaft {c.adresse},"),
        P(f"erlaube {person}" + (f" ({name})" if name != person else "") + f", {street}, {city},"),
        P(
            "mich sowie meine Angehörigen bei der Härtefallkommission zu vertreten, für mich Briefe zu empfangen und mit den Behörden über meinen Fall zu sprechen."
        ),
        P(f"{c.city_or_nrw()}, {_d(d.date, 'short')}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, Style(family="mono", size=10, margin_left=60, margin_top=70))


# ============================ schweigepflichtsentbindung ============================


def _release_who(c: Case) -> tuple[Person, str]:
    p = _patient_p(c)
    if p.role == "child" or p.age_on(c.received) < 18:
        parent = c.applicant if c.applicant is not p else p
        return p, f"{p.full}, vertreten durch {parent.full}"
    return p, p.full


@tpl("schweigepflichtsentbindung", "j15a", SPLIT)
def schweige_j15a(c, d, r):
    # a form with a table of the released doctors
    p, who = _release_who(c)
    name, role, street, town = _pract(c)
    blocks = [
        P("Entbindung von der ärztlichen und psychotherapeutischen Schweigepflicht", bold=True, size=12),
        P(f"Patient/in: {who} · geb. {fmt(p.geburtsdatum)}"),
        P(
            "Hiermit entbinde ich die nachfolgend aufgeführten Behandelnden von ihrer Schweigepflicht gegenüber der Härtefallkommission NRW und deren Geschäftsstelle:"
        ),
        Table(
            [
                ["Name", "Fachgebiet, Praxis/Klinik", "Anschrift"],
                [c.doctor, f"{role}, {name}", f"{street}, {town}"],
                ["alle weiteren behandelnden Stellen", "laut beigefügtem Bericht", "–"],
            ],
            [0.3, 0.4, 0.3],
            size=9,
        ),
        P(
            "Die Entbindung umfasst Diagnosen, Befunde, den Behandlungsverlauf und Prognosen, soweit das Härtefallverfahren dies erfordert. Sie gilt bis auf Widerruf."
        ),
        Signature(p.full if p.role != "child" else c.applicant.full, f"{c.city_or_nrw()}, {_d(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schweigepflichtsentbindung", "j15b", SPLIT)
def schweige_j15b(c, d, r):
    # a counselling service's declaration in prose, its scope as a list
    p, who = _release_who(c)
    org = (
        _rep(c)[0]
        if c.rep is not None and c.rep.kind != "privat"
        else "Psychosoziale Beratung Brückenschlag e. V."
    )
    blocks = [
        P(org, size=9, align="right"),
        P("Befreiung von der Verschwiegenheitspflicht", bold=True, size=13),
        P(
            f"Ich, {who}, befreie {c.doctor} sowie die weiteren an meiner Behandlung beteiligten Personen von der Pflicht zur Verschwiegenheit."
        ),
        P("Die Befreiung gilt für Auskünfte an:", after=2),
        P("– die Härtefallkommission des Landes Nordrhein-Westfalen,", indent=12, after=1),
        P(f"– {org} als meine beratende Stelle.", indent=12),
        P("Diese Befreiung kann ich jederzeit zurücknehmen; sie wirkt dann ab dem Zeitpunkt des Widerrufs."),
        Signature(
            p.full if p.role != "child" else c.applicant.full,
            f"Ort/Datum: {c.city_or_nrw()}, {_d(d.date, 'long')}",
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("schweigepflichtsentbindung", "j15c", SPLIT)
def schweige_j15c(c, d, r):
    # a bilingual form, German left and English right
    p, who = _release_who(c)
    rows = [
        ["Schweigepflichtentbindung", "Waiver of medical confidentiality"],
        [
            f"Ich, {who}, entbinde {c.doctor} von der Schweigepflicht.",
            f"I, {who}, release {c.doctor} from the duty of confidentiality.",
        ],
        ["Empfänger: Härtefallkommission NRW.", "Recipient: Hardship Commission NRW."],
        ["Widerruf jederzeit möglich.", "This can be withdrawn at any time."],
    ]
    blocks = [
        Table(rows, [0.5, 0.5], header=True, size=9.5),
        P(f"{c.city_or_nrw()}, {_d(d.date, 'short')}"),
        Signature(p.full if p.role != "child" else c.applicant.full),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ datenschutzeinwilligung ============================


@tpl("datenschutzeinwilligung", "j15a", SPLIT)
def ds_j15a(c, d, r):
    # numbered clauses with the legal bases; one signature line per adult
    blocks = [
        P("Erklärung zur Einwilligung – Datenverarbeitung im Härtefallverfahren", bold=True, size=12),
        P("für das Härtefallverfahren in Nordrhein-Westfalen", size=9.5),
    ]
    clauses = [
        "Zur Prüfung meiner Eingabe darf die Geschäftsstelle der Kommission meine personenbezogenen Daten verarbeiten (Art. 6 Abs. 1 UAbs. 1 Buchst. a DS-GVO).",
        "Meine Zustimmung schließt Gesundheitsdaten und Angaben zu meinem Aufenthaltsstatus ausdrücklich ein (Art. 9 Abs. 1, Abs. 2 Buchst. a DS-GVO).",
        "Weitergegeben werden dürfen die Angaben an Kommissionsmitglieder, an die zuständige Ausländerbehörde und an die beteiligten Ministerien.",
        "Widerrufen kann ich diese Erklärung ganz oder teilweise, formlos und ohne Begründung; was bis zum Widerruf verarbeitet wurde, bleibt davon unberührt.",
        "Ohne Einwilligung kann die Kommission meinen Fall möglicherweise nicht vollständig prüfen.",
    ]
    for i, x in enumerate(clauses, 1):
        blocks.append(P(f"({i}) {x}", after=3))
    adults = [p for p in c.persons if p.age_on(d.date) >= 18] or [c.applicant]
    for p in adults:
        blocks.append(Signature(f"{p.full}, geb. {fmt(p.geburtsdatum)}", f"{c.city_or_nrw()}, {_d(d.date)}"))
    return DocSpec(blocks, _st(r))


@tpl("datenschutzeinwilligung", "j15b", SPLIT)
def ds_j15b(c, d, r):
    # a counselling service's consent to pass data on, with ticked recipients
    org = _rep(c)[0] if c.rep is not None and c.rep.kind != "privat" else "Migrationsdienst Lindenhof e. V."
    a = c.applicant
    blocks = [
        P(org, bold=True, after=0),
        Rule(0.5),
        P("Zustimmung zur Übermittlung meiner Daten", bold=True, size=13),
        P(f"Name: {_caps(a.name)}   Vorname: {a.vorname}   geb.: {fmt(a.geburtsdatum)}"),
        P(
            "Hiermit stimme ich zu, dass meine Daten sowie die Daten meiner Familienangehörigen an die angekreuzten Stellen gehen und dort verarbeitet werden:"
        ),
        P(
            "[x] Härtefallkommission NRW   [x] Ausländerbehörde   [x] behandelnde Ärztinnen/Ärzte   [ ] Arbeitgeber",
            indent=8,
        ),
        P(
            "Grundlage ist die Datenschutz-Grundverordnung (DSGVO). Die Zustimmung erfolgt freiwillig; ein Widerruf ist ohne Angabe von Gründen möglich."
        ),
        Signature(a.full, f"Datum: {_d(d.date, 'short')}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("datenschutzeinwilligung", "j15c", SPLIT)
def ds_j15c(c, d, r):
    # a short multilingual consent in a box
    a = c.applicant
    blocks = [
        Box(
            [
                "Einwilligung in die Datenverarbeitung / Consent to data processing",
                "Ich stimme zu, dass die Härtefallkommission NRW meine Daten verarbeitet.",
                "I agree that the Hardship Commission NRW processes my personal data.",
                "Widerruf jederzeit möglich (DSGVO) / Consent may be withdrawn at any time (GDPR).",
            ],
            size=9.5,
        ),
        P(f"Name, Vorname / full name: {a.full}"),
        P(f"Geb.-Datum / born on: {fmt(a.geburtsdatum)}"),
        P(f"Date / Datum: {_d(d.date)}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, _st(r))


# ============================ lebenslauf ============================


def _cv_steps(c: Case) -> list[tuple[str, str]]:
    a = c.applicant
    b = a.geburtsdatum.year
    rows = [
        (_d(a.geburtsdatum, "short"), f"geboren in {a.geburtsort} ({c.natinfo['land']})"),
        (f"{b + 6}–{b + 13}", "Schulzeit (Grundschule, danach Mittelstufe)"),
        (f"{b + 14}–{c.entry.year - 1}", "Mithilfe im elterlichen Betrieb, später Gelegenheitsarbeiten"),
        (_d(c.entry, "short"), "Ankunft in Deutschland (Einreise)"),
    ]
    if c.asylum:
        rows.append((_d(c.asylum_applied, "short"), "Asylantrag"))
        rows.append((str(c.bamf_date.year), "Bescheid des BAMF: Antrag abgelehnt"))
    else:
        rows.append((str(c.entry.year), f"Visum ({_purpose(c)})"))
    rows.append((f"{c.entry.year + 1}", "Integrations- und Orientierungskurs"))
    if c.job:
        rows.append((f"ab {c.entry.year + 2}", f"Tätigkeit als {c.job} ({c.employer})"))
    return rows


@tpl("lebenslauf", "j15a", SPLIT)
def cv_j15a(c, d, r):
    a = c.applicant
    blocks = [
        P("Tabellarischer Lebenslauf", bold=True, size=14, align="center"),
        Table(
            [
                ["Name", f"{_caps(a.name)}, {a.vorname}"],
                ["Anschrift", c.adresse],
                ["Staatsangehörigkeit", a.staat],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P("Stationen", bold=True),
        Table([["Zeitraum", "Station"]] + [list(x) for x in _cv_steps(c)], [0.25, 0.75], size=9.5),
        Signature(a.full, f"{c.city_or_nrw()}, {_d(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("lebenslauf", "j15b", SPLIT)
def cv_j15b(c, d, r):
    # years as small headings, each with a line of text
    a = c.applicant
    blocks = [
        P(f"Lebenslauf von {a.full}", bold=True, size=13),
        P(f"{c.adresse} · Tel. {_phone(a.full)}", size=8.5),
        Rule(),
    ]
    for when, what in _cv_steps(c):
        blocks.append(P(when, bold=True, size=9.5, after=0))
        blocks.append(P(what, indent=20, after=4))
    blocks.append(P(f"Stand: {_d(d.date, 'long')}", size=9))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, _st(r, "cond"))


@tpl("lebenslauf", "j15c", SPLIT)
def cv_j15c(c, d, r):
    # a hand-typed CV as phone photos show it: dense, no table lines
    a = c.applicant
    lines = [f"{w:<14} {x}" for w, x in _cv_steps(c)]
    blocks = [
        P("Mein Lebenslauf", bold=True, size=12),
        P(f"{a.vorname} {a.name}, {c.street}, {c.plz} {c.city}"),
    ]
    blocks += [P(x, after=1) for x in lines]
    blocks.append(P(f"{c.city_or_nrw()} den {_d(d.date, 'short')}"))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, Style(family="mono", size=9.5, margin_left=50, margin_right=40, margin_top=55))


# ============================ sprachnachweis ============================


@tpl("sprachnachweis", "j15a", SPLIT)
def sprach_j15a(c, d, r):
    # a course provider's certificate of the integration course with the final test
    a = c.applicant
    school = r.choice(
        ["Sprachwerkstatt Nordstern gGmbH", "Bildungsforum Lindental e. V.", "Volkshochschule Am Wehr"]
    )
    lvl = r.choice(["B1", "B1", "A2"])
    blocks = _twocol_head(
        [school, "Integrationskursträger (Zulassung durch das BAMF)"],
        [f"{r.choice(N.STREETS)} {r.randint(1, 40)}", c.court_city_plz()],
    )
    blocks += [
        P("Teilnahmebescheinigung Integrationskurs", bold=True, size=13),
        P(
            f"{a.herr_frau()}, geb. {fmt(a.geburtsdatum)}, hat vom {fmt(d.date - timedelta(days=420))} bis {fmt(d.date - timedelta(days=30))} am Integrationskurs (allgemeiner Kurs, 700 Unterrichtseinheiten) teilgenommen."
        ),
        P(f"Abschlussprüfung Deutsch-Test für Zuwanderer (DTZ): Niveau {lvl} (GER) erreicht."),
        P(f"Test „Leben in Deutschland“ (LiD): {r.randint(15, 33)}/33 Punkte."),
        P(f"Ausgestellt: {_d(d.date, 'abbr')}", size=9),
        Signature("Kursleitung"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("sprachnachweis", "j15b", SPLIT)
def sprach_j15b(c, d, r):
    # an exam result sheet with the four skills
    a = c.applicant
    pts = [r.randint(14, 25) for _ in range(4)]
    blocks = [
        P("ZERTIFIKAT DEUTSCH · Ergebnisbogen", bold=True, size=12, align="center"),
        P(
            f"Prüfungsteilnehmer/in: {_caps(a.name)}, {a.vorname} · geb. {_d(a.geburtsdatum, 'short')} in {a.geburtsort}"
        ),
        P(f"Prüfungsdatum: {fmt(d.date - timedelta(days=40))} · Prüfungszentrum Sprachhaus Kettwig"),
        Table(
            [
                ["Prüfungsteil", "Punkte", "max."],
                ["Lesen", str(pts[0]), "25"],
                ["Hören", str(pts[1]), "25"],
                ["Schreiben", str(pts[2]), "25"],
                ["Sprechen", str(pts[3]), "25"],
                ["Gesamt", str(sum(pts)), "100"],
            ],
            [0.5, 0.25, 0.25],
            size=9.5,
        ),
        P(f"Ergebnis: bestanden – Niveau {'B1' if sum(pts) >= 60 else 'A2'}", bold=True),
        P(f"Ausstellungsdatum: {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ arbeitsnachweis ============================


@tpl("arbeitsnachweis", "j15a", SPLIT)
def arbeit_j15a(c, d, r):
    # a payslip
    a = c.applicant
    brutto = r.randint(1900, 2900)
    blocks = [
        P(c.employer, bold=True, after=0),
        P("Personalabteilung – Lohnbuchhaltung", size=8.5),
        P(f"Verdienstabrechnung {MON_DE[d.date.month - 1]} {d.date.year}", bold=True, size=12),
        Table(
            [
                ["Pers.-Nr.", str(r.randint(1000, 9999)), "Name", f"{_caps(a.name)}, {a.vorname}"],
                ["Tätigkeit", c.job or "Helfer/in", "Eintritt", fmt(c.entry + timedelta(days=700))],
            ],
            [0.15, 0.25, 0.15, 0.45],
            header=False,
            size=9,
        ),
        Table(
            [
                ["Lohnart", "Betrag EUR"],
                ["Grundlohn", f"{brutto},00"],
                ["Zuschläge", f"{r.randint(40, 200)},00"],
                ["Lohnsteuer", f"-{r.randint(80, 220)},35"],
                ["Sozialversicherung", f"-{int(brutto * 0.2)},10"],
            ],
            [0.6, 0.4],
            size=9,
        ),
        P(f"Auszahlungsbetrag: {int(brutto * 0.72)},{r.randint(10, 99)} EUR", bold=True),
        P(f"erstellt am {_d(d.date, 'yy')}", size=8),
    ]
    return DocSpec(blocks, _st(r, "cond", 9.5))


@tpl("arbeitsnachweis", "j15b", SPLIT)
def arbeit_j15b(c, d, r):
    # an employer's confirmation of employment in letter form
    a = c.applicant
    boss = _someone(r)
    blocks = _band_head(c.employer, [f"{r.choice(N.STREETS)} {r.randint(1, 90)}", c.court_city_plz()])
    blocks += [
        P(f"{c.city_or_nrw()}, {_d(d.date, 'long')}", align="right"),
        P("Arbeitgeberbescheinigung", bold=True, size=13),
        P(
            f"Wir können bestätigen: {a.herr_frau()}, geboren am {fmt(a.geburtsdatum)}, seit dem {fmt(c.entry + timedelta(days=r.randint(500, 900)))} als {c.job or 'Helfer/in'} für uns arbeitet."
        ),
        P(
            f"Das Arbeitsverhältnis ist unbefristet, die wöchentliche Arbeitszeit beträgt {r.choice([30, 35, 38.5, 40])} Stunden, der Bruttomonatslohn rund {r.randint(2100, 2800)} Euro."
        ),
        P("Die Arbeitsleistung ist einwandfrei; wir möchten die Zusammenarbeit gern fortsetzen."),
        Signature(f"{boss}, Geschäftsführung"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("arbeitsnachweis", "j15c", SPLIT)
def arbeit_j15c(c, d, r):
    # a job offer conditional on the residence permit
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, size=12),
        Rule(),
        P(f"{a.full}", after=0),
        P(c.adresse),
        P(f"Datum: {_d(d.date, 'short')}", align="right"),
        P("Einstellungszusage", bold=True, size=13),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            f"hiermit sagen wir Ihnen verbindlich eine Anstellung als {c.job or 'Helfer/in'} in Vollzeit zu. Der Arbeitsvertrag wird geschlossen, sobald die Ausländerbehörde die Beschäftigung erlaubt."
        ),
        P(
            f"Vorgesehene Vergütung: {r.randint(13, 16)},{r.choice(['00', '50'])} Euro brutto je Stunde. Beginn: nach Erteilung der Erlaubnis."
        ),
        P("Mit freundlichen Grüßen"),
        Signature("Personalleitung"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ ehrenamt ============================


@tpl("ehrenamt", "j15a", SPLIT)
def ehren_j15a(c, d, r):
    # a club's confirmation of volunteering with a table of hours
    a = c.applicant
    rows = [["Zeitraum", "Tätigkeit", "Std."]]
    for k in range(3):
        y = d.date.year - 2 + k
        rows.append(
            [
                str(y),
                r.choice(
                    [
                        "Aufbau bei Vereinsfesten",
                        "Training der E-Jugend",
                        "Lebensmittelausgabe am Samstag",
                        "Fahrdienste",
                    ]
                ),
                str(r.randint(30, 140)),
            ]
        )
    blocks = [
        P(c.club, bold=True, size=12),
        P("Nachweis freiwilliger Mitarbeit", bold=True),
        P(
            f"{a.full} (geb. {fmt(a.geburtsdatum)}) ist seit {c.entry.year + 1} Mitglied unseres Vereins und engagiert sich ehrenamtlich:"
        ),
        Table(rows, [0.2, 0.65, 0.15], size=9.5),
        P("Wir danken für die verlässliche Mitarbeit."),
        Signature("Vorstand (Vorsitz)", f"{c.city_or_nrw()}, {_d(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("ehrenamt", "j15b", SPLIT)
def ehren_j15b(c, d, r):
    # a parish's short letter about a helper
    a = c.applicant
    blocks = [
        P("Pfarrbüro · Gemeindezentrum Am Brunnen", size=9, align="right"),
        P(f"{c.city_or_nrw()}, im {MON_DE[d.date.month - 1]} {d.date.year} ({fmt(d.date)})", align="right"),
        P("Mitarbeit in unserer Gemeinde", bold=True),
        P(
            f"{a.full} gehört seit mehreren Jahren zum Helferkreis der Gemeinde. {'Er' if a.sex == 'm' else 'Sie'} unterstützt regelmäßig beim Mittagstisch für Bedürftige und bei der Kleiderkammer, ehrenamtlich und ohne Vergütung."
        ),
        P(
            f"Im Kreis der Ehrenamtlichen (Verein: {c.club}) ist {'er' if a.sex == 'm' else 'sie'} geschätzt und zuverlässig."
        ),
        Signature(f"{_someone(r)}, Gemeindereferent/in"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ============================ unterstuetzerschreiben ============================


@tpl("unterstuetzerschreiben", "j15a", SPLIT)
def unter_j15a(c, d, r):
    # a neighbour's handwritten-like letter
    a = c.applicant
    who = _someone(r)
    blocks = [
        P(f"{who}, {r.choice(N.STREETS)} {r.randint(1, 70)}, {c.court_city_plz()}", size=9),
        P(f"{c.city_or_nrw()}, {_d(d.date, 'short')}", align="right"),
        P("Zu Händen der Härtefallkommission", bold=True),
        P("Werte Kommission,"),
        P(
            f"seit {r.randint(3, 9)} Jahren lebe ich Tür an Tür mit {a.full}"
            + (" samt Familie" if len(c.persons) > 1 else "")
            + ". Man hilft sich: Einkäufe, Kinderbetreuung, Krankheitstage."
        ),
        P(
            "Ich kann mir unsere Straße ohne sie nicht vorstellen und bitte Sie von Herzen, ihnen ein Bleiberecht zu ermöglichen."
        ),
        P("Herzlich"),
        Signature(who),
    ]
    return DocSpec(blocks, Style(family="italic", size=11, margin_left=70, margin_top=60))


@tpl("unterstuetzerschreiben", "j15b", SPLIT)
def unter_j15b(c, d, r):
    # a trainer's or teacher's letter on an organisation's paper
    a = c.applicant
    org, role = r.choice(
        [
            (c.club, "Übungsleiter/in"),
            ("Berufskolleg Am Hafenbecken", "Klassenlehrer/in"),
            ("Sprachcafé Miteinander", "Koordination"),
        ]
    )
    who = _someone(r)
    blocks = _twocol_head([org], [f"{r.choice(N.STREETS)} {r.randint(1, 50)}", c.court_city_plz()])
    blocks += [
        P(f"{_d(d.date, 'long')}", align="right"),
        P(f"Empfehlungsschreiben für {a.full}", bold=True),
        P(
            f"Ich kenne {a.herr_frau()} seit {r.randint(2, 6)} Jahren aus meiner Arbeit als {role}. Pünktlichkeit, Hilfsbereitschaft und Lernwille zeichnen {'ihn' if a.sex == 'm' else 'sie'} aus."
        ),
        P(
            "Ich unterstütze den Antrag ausdrücklich. Eine Rückkehr würde einen Menschen aus unserer Mitte reißen, der hier Verantwortung übernommen hat."
        ),
        Signature(f"{who}, {role}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("unterstuetzerschreiben", "j15c", SPLIT)
def unter_j15c(c, d, r):
    # a list of supporters' signatures under a short appeal
    a = c.applicant
    rr = random.Random(c.case_id + "liste")
    rows = [["Nr.", "Name", "Wohnort", "Unterschrift"]]
    for i in range(1, rr.randint(8, 14)):
        rows.append([str(i), _someone(rr), c.city_or_nrw(), "~~~~"])
    blocks = [
        P(f"Wir unterstützen {a.full}" + (" und Familie" if len(c.persons) > 1 else ""), bold=True, size=12),
        P(
            "Mit unserer Unterschrift bitten wir die Härtefallkommission, sich für ein Bleiberecht einzusetzen. Wir kennen die Familie aus Nachbarschaft, Schule und Verein."
        ),
        Table(rows, [0.08, 0.4, 0.27, 0.25], size=9),
        P(f"Gesammelt bis {_d(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ schulnachweis ============================


@tpl("schulnachweis", "j15a", SPLIT)
def schul_j15a(c, d, r):
    k = _child(c, d)
    blocks = [
        P(c.school, bold=True, size=12, align="center"),
        P(f"Sekretariat · {c.court_city_plz()}", size=8.5, align="center"),
        Rule(),
        P("Schulbescheinigung", bold=True, size=13),
        P(
            f"{k.vorname} {k.name}, geboren am {fmt(k.geburtsdatum)}, ist Schüler/in unserer Schule und besucht im Schuljahr {d.date.year - (d.date.month < 8)}/{(d.date.year - (d.date.month < 8) + 1) % 100:02d} die Klasse {max(1, min(10, k.age_on(d.date) - 5))}{r.choice('abc')}."
        ),
        P("Zur Vorlage bei Ämtern und Behörden."),
        P(f"{c.city_or_nrw()}, {_d(d.date, 'short')}"),
        _stamp(["(Schulstempel)"]),
        Signature("Schulleitung"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schulnachweis", "j15b", SPLIT)
def schul_j15b(c, d, r):
    # a half-year report with marks
    k = _child(c, d)
    subjects = ["Deutsch", "Mathematik", "Englisch", "Sachunterricht", "Sport", "Kunst"]
    rows = [["Fach", "Note"]] + [
        [s, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])] for s in subjects
    ]
    blocks = [
        P(c.school, bold=True),
        P(
            f"Zeugnis für das 1. Halbjahr des Schuljahres {d.date.year - 1}/{d.date.year % 100:02d}",
            bold=True,
            size=13,
            align="center",
        ),
        P(f"für {k.vorname} {_caps(k.name)}, geb. {_d(k.geburtsdatum, 'long')}"),
        Table(rows, [0.6, 0.4], size=9.5),
        P(f"Versäumte Stunden: {r.randint(0, 12)} (unentschuldigt: keine)"),
        P(
            f"Bemerkungen: {k.vorname} arbeitet aufmerksam mit und ist in der Klassengemeinschaft gut aufgenommen."
        ),
        P(f"Zeugnisdatum: {_d(d.date)}"),
        Signature("Klassenleitung"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("schulnachweis", "j15c", SPLIT)
def schul_j15c(c, d, r):
    # a day-care centre's confirmation of attendance
    k = _child(c, d)
    blocks = [
        P(f"Familienzentrum Regenbogenland {c.city_or_nrw()}", bold=True, size=12),
        P("Kindertageseinrichtung in freier Trägerschaft", size=8.5),
        P("Betreuungsbestätigung", bold=True, size=13),
        P(
            f"Gern bestätigen wir hiermit, dass {k.vorname} {k.name} (geb. {fmt(k.geburtsdatum)}) seit dem {fmt(d.date - timedelta(days=r.randint(200, 700)))} unsere Kindertageseinrichtung mit einem Betreuungsumfang von {r.choice([35, 45])} Wochenstunden besucht."
        ),
        P("Das Kind kommt regelmäßig, spricht gut Deutsch und ist in seiner Gruppe fest eingebunden."),
        P(f"{c.city_or_nrw()}, {_d(d.date, 'long')}"),
        Signature("Leitung der Einrichtung"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ auslaenderbehoerde ============================


def _abh_lines(c: Case) -> list[str]:
    body = c.abh.split(" – ")[0]
    rr = random.Random(c.case_id + "abh")
    return [
        body,
        "Der Oberbürgermeister"
        if body.startswith(("Stadt", "Landeshauptstadt", "Bundesstadt"))
        else "Landrätin bzw. Landrat",
        c.abh.split(" – ")[-1],
        f"{rr.choice(N.STREETS)} {rr.randint(1, 40)}, {c.abh_plz} {c.city if c.residence == 'outside' else ''}".strip(),
    ]


@tpl("auslaenderbehoerde", "j15a", SPLIT)
def abh_j15a(c, d, r):
    # a toleration certificate: a framed form of fields
    a = c.applicant
    lines = _abh_lines(c)
    until = d.date + timedelta(days=r.choice([90, 91, 182]))
    blocks = [
        P(lines[0] + " · " + lines[2], size=9),
        P("Bescheinigung über die Aussetzung der Abschiebung (Duldung)", bold=True, size=12),
        P("(§ 60a Abs. 4 AufenthG) – Hinweis: begründet kein Aufenthaltsrecht; kein Ausweisersatz", size=8.5),
        Box(
            [
                f"Familienname: {_caps(a.name)}",
                f"Vorname: {a.vorname}",
                f"Geburtsdatum/-ort: {fmt(a.geburtsdatum)}, {a.geburtsort}",
                f"Staatsangehörigkeit: {a.staat}",
                f"Gültig bis: {fmt(until)}",
            ],
            size=9.5,
            bold_first=False,
        ),
        P(
            "Auflagen: Arbeitsaufnahme erst nach Genehmigung durch diese Behörde | Wohnsitz zu nehmen in: "
            + (c.city if c.residence != "abroad" else c.court_city)
        ),
        P("Erlischt bei Ausreise (§ 60a Abs. 5 AufenthG).", size=9),
        P(f"Ausgestellt am {fmt(d.date)}", size=9),
        _stamp(["Dienstsiegel", lines[2]]),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("auslaenderbehoerde", "j15b", SPLIT)
def abh_j15b(c, d, r):
    # a request to help obtain a passport, with a deadline
    a = c.applicant
    lines = _abh_lines(c)
    blocks = _twocol_head(
        lines[:2], lines[2:] + [f"Aktenzeichen: 32.{r.randint(10, 99)}-{r.randint(1000, 9999)}"]
    )
    blocks += [
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}"),
        P(f"{_d(d.date, 'long')}", align="right"),
        P("Passbeschaffung – Ihre Pflicht zur Mitwirkung", bold=True),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            "Sie sind vollziehbar ausreisepflichtig. Ihre Pflicht, an der Beschaffung eines gültigen Passes mitzuwirken, ergibt sich aus § 48 Abs. 3 AufenthG; siehe auch § 60b AufenthG."
        ),
        P(
            f"Bitte sprechen Sie bis zum {fmt(d.date + timedelta(days=28))} bei der Botschaft Ihres Herkunftsstaates vor und reichen Sie uns einen Nachweis über die Vorsprache ein. Kommen Sie dem nicht nach, kann eine Duldung mit dem Zusatz „für Personen mit ungeklärter Identität“ ausgestellt werden."
        ),
        P("Mit freundlichen Grüßen"),
        P("Im Auftrag"),
        Signature(r.choice(["Kemper", "Oberhagemann", "Yıldız-Roth", "Lammers"])),
    ]
    return DocSpec(blocks, _st(r))


@tpl("auslaenderbehoerde", "j15c", SPLIT)
def abh_j15c(c, d, r):
    # an order to leave with reasons and the legal remedy
    a = c.applicant
    lines = _abh_lines(c)
    blocks = _band_head(lines[0], lines[1:])
    blocks += [
        P(f"Datum: {_d(d.date, 'short')}", align="right"),
        P("Ordnungsverfügung", bold=True, size=13),
        P(f"gegen {a.vorname} {_caps(a.name)}, geb. {fmt(a.geburtsdatum)}, {a.staat}, wohnhaft {c.adresse}"),
        P(
            "1. Sie werden aufgefordert, die Bundesrepublik Deutschland bis zum "
            + fmt(d.date + timedelta(days=30))
            + " zu verlassen.",
            indent=10,
        ),
        P(
            "2. Für den Fall der nicht fristgerechten Ausreise wird Ihnen die Abschiebung angedroht.",
            indent=10,
        ),
        P("3. Die sofortige Vollziehung wird angeordnet.", indent=10),
        P("Gründe", bold=True),
        P(
            "Ein Aufenthaltstitel liegt nicht vor; Gründe für eine Verlängerung oder Neuerteilung sind nicht erkennbar. Die Ausreisepflicht ist vollziehbar."
        ),
        P(
            f"Rechtsbehelfsbelehrung: Hiergegen ist binnen eines Monats ab Bekanntgabe die Klage zum Verwaltungsgericht {_vg_city(c)} statthaft.",
            size=9,
        ),
        Signature("Sachbearbeitung Ausländerangelegenheiten"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ============================ gerichtsentscheidung ============================


def _court_name(c: Case) -> str:
    return c.court_name or f"Verwaltungsgericht {_vg_city(c)}"


def _court_az(c: Case) -> str:
    return (
        c.court_az
        or f"{random.Random(c.case_id).randint(1, 20)} L {random.Random(c.case_id).randint(100, 999)}/24"
    )


@tpl("gerichtsentscheidung", "j15a", SPLIT)
def court_j15a(c, d, r):
    # an order in summary proceedings
    a = c.applicant
    blocks = [
        P(_court_name(c), bold=True, size=12, align="center"),
        P(f"Aktenzeichen: {_court_az(c)}", align="center", size=9.5),
        P("BESCHLUSS", bold=True, size=14, align="center"),
        P(f"In Sachen {'der' if a.sex == 'f' else 'des'} {a.full}, {c.adresse} (Antragstellerseite),"),
        P(
            "gegen "
            + (
                "die Bundesrepublik Deutschland, vertreten durch das Bundesministerium des Innern, dieses vertreten durch die Leitung des BAMF"
                if c.asylum
                else f"{c.abh}"
            )
            + " (Antragsgegnerseite)"
        ),
        P(
            f"hat die {r.randint(3, 22)}. Kammer durch die Einzelrichterin am {_d(d.date, 'long')} beschlossen:"
        ),
        P("Der Eilantrag wird zurückgewiesen; Kosten: zu Lasten der Antragstellerseite.", indent=14),
        P("Gründe", bold=True, align="center"),
        P(
            "Der Antrag ist statthaft, aber unbegründet. Nach der im Eilverfahren allein möglichen überschlägigen Prüfung erweist sich die angegriffene Entscheidung als voraussichtlich rechtmäßig."
        ),
        P(
            "Das Interesse an der sofortigen Vollziehung überwiegt; besondere Umstände, die ein Abweichen rechtfertigen würden, sind nicht glaubhaft gemacht."
        ),
        P("Ein Rechtsmittel gegen diesen Beschluss ist nicht gegeben."),
        P(r.choice(["Haverkamp", "Dr. Sennewald", "Ostrowski"]), align="right"),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="S. {p}")


@tpl("gerichtsentscheidung", "j15b", SPLIT)
def court_j15b(c, d, r):
    # a judgment with facts and reasons
    a = c.applicant
    blocks = [
        P(f"Az. {_court_az(c)}", align="right", size=9),
        P(_court_name(c), bold=True, size=12),
        P("Im Namen des Volkes", bold=True, align="center"),
        P("Urteil", bold=True, size=14, align="center"),
        P(
            f"Im Rechtsstreit {'der Frau' if a.sex == 'f' else 'des Herrn'} {a.full}, geb. {fmt(a.geburtsdatum)}, Klägerseite,"
        ),
        P(
            "gegen "
            + (
                "die Bundesrepublik Deutschland, vertreten durch das Bundesministerium des Innern, dieses vertreten durch die Leitung des BAMF, Beklagte,"
                if c.asylum
                else f"das Land NRW, dieses vertreten durch {c.abh}, Beklagter,"
            )
        ),
        P(
            f"hat die Kammer nach mündlicher Verhandlung am {_d(d.date - timedelta(days=r.randint(5, 20)), 'long')} entschieden:"
        ),
        P(
            "Abgewiesen wird die Klage. Kostentragung: Klägerseite; insoweit ist das Urteil vorläufig vollstreckbar.",
            indent=14,
        ),
        P("Tatbestand", bold=True),
        P(
            f"Klägerseitig handelt es sich um eine {a.staat}e Staatsangehörige, eingereist am {fmt(c.entry)}. Angegriffen wird "
            + (
                "den ablehnenden Bescheid des Bundesamtes."
                if c.asylum
                else "die Versagung der Aufenthaltserlaubnis."
            )
        ),
        P("Entscheidungsgründe", bold=True),
        P(
            "Die zulässige Klage ist unbegründet. Das Gericht folgt den Feststellungen der angefochtenen Entscheidung; das Vorbringen in der Sitzung ändert daran nichts."
        ),
        P(f"ausgefertigt: {_d(d.date)}", size=9),
        P("Urkundsbeamter/Urkundsbeamtin der Geschäftsstelle (Ausfertigung)", size=9, align="right"),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="Seite {p}")


# ============================ strafrecht ============================


@tpl("strafrecht", "j15a", SPLIT)
def straf_j15a(c, d, r):
    # a penalty order on the prosecutor's application
    a = c.applicant
    off, fine = c.offence or ("Erschleichens von Leistungen", "20 Tagessätzen zu je 10,00 Euro")
    town = c.court_city or c.city_or_nrw()
    blocks = [
        P(f"Amtsgericht {town}", bold=True, size=12),
        P(
            f"Geschäftsnummer: {r.randint(10, 99)} Cs {r.randint(100, 999)}/{d.date.year % 100} · Staatsanwaltschaft {town} {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
            size=8.5,
        ),
        P("Strafbefehl", bold=True, size=14, align="center"),
        P(
            f"gegen {a.vorname} {_caps(a.name)}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}e Staatsangehörigkeit, wohnhaft {c.adresse}"
        ),
        P(f"Vorgeworfen wird Ihnen eine Straftat, und zwar wegen {off}."),
        P(f"Auf Antrag der Anklagebehörde setzt das Gericht deshalb eine Geldstrafe von {fine} fest."),
        P(
            "Ohne Einspruch – schriftlich oder zur Niederschrift, binnen 14 Tagen nach Zustellung – erlangt dieser Strafbefehl Rechtskraft und steht einem Urteil gleich."
        ),
        P(f"{town}, {_d(d.date, 'long')}"),
        Signature("Richterin am AG"),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("strafrecht", "j15b", SPLIT)
def straf_j15b(c, d, r):
    # a prosecutor's notice that proceedings were dropped against a payment
    a = c.applicant
    off, _ = c.offence or ("Diebstahls", "")
    town = c.court_city or c.city_or_nrw()
    blocks = _twocol_head(
        [f"Staatsanwaltschaft {town}"],
        [
            f"Az. {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
            f"Datum {_d(d.date, 'short')}",
        ],
    )
    blocks += [
        P(a.herr_frau(), after=0),
        P(c.adresse),
        P("Ermittlungsverfahren gegen Sie", bold=True),
        P(f"wegen {off}"),
        P(
            f"Das Ermittlungsverfahren wird gemäß § 153a StPO vorläufig eingestellt. Sie werden angewiesen, bis zum {fmt(d.date + timedelta(days=60))} einen Betrag von {r.choice([150, 200, 300])} Euro an eine gemeinnützige Einrichtung zu zahlen."
        ),
        P(
            "Nach Erfüllung der Auflage wird das Verfahren endgültig eingestellt. Eine Eintragung in das Bundeszentralregister erfolgt nicht."
        ),
        P("Im Auftrag"),
        Signature("Staatsanwältin/Staatsanwalt"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ============================ identitaetsnachweis ============================


@tpl("identitaetsnachweis", "j15a", SPLIT)
def ident_j15a(c, d, r):
    # a copy of a passport data page
    a = c.applicant
    l1, l2 = _mrz(c)
    nat = c.natinfo
    blocks = [
        P(f"PASSPORT · REISEPASS · {nat['land'].upper()}", bold=True, align="center"),
        Table(
            [
                ["Type", "P", "Code", l1[2:5]],
                ["1 Surname", _caps(a.name), "2 Given names", a.vorname],
                ["3 Nationality", nat["en"], "4 Birth", _pp(a.geburtsdatum)],
                ["5 Place", a.geburtsort, "6 Sex", "M" if a.sex == "m" else "F"],
                ["7 Issue", _pp(d.date), "8 Expiry", _pp(d.date + timedelta(days=3652))],
            ],
            [0.2, 0.3, 0.25, 0.25],
            header=False,
            size=8.5,
        ),
        Space(6),
        P(l1, font="mono", size=10, after=0),
        P(l2, font="mono", size=10),
        P("Ablichtung vom vorgelegten Original gefertigt", size=8, align="right"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("identitaetsnachweis", "j15b", SPLIT)
def ident_j15b(c, d, r):
    # a certified translation of a birth certificate
    a = c.applicant
    trans = f"{r.choice(N.GERMAN_FIRST)} {r.choice(['Al-Sabbagh', 'Yousefi', 'Markovic', 'Tekin', 'Okoro'])}"
    blocks = [
        P("Beglaubigte Übersetzung aus dem Original", size=9, align="right"),
        P("GEBURTSURKUNDE", bold=True, size=14, align="center"),
        P(f"Auszug aus dem Personenstandsregister von {a.geburtsort}", align="center", size=9.5),
        Table(
            [
                ["Kind (Vor- und Familienname)", f"{a.vorname} {_caps(a.name)}"],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", f"{a.geburtsort}, {c.natinfo['land']}"],
                ["Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["Registriert am", fmt(a.geburtsdatum + timedelta(days=r.randint(3, 40)))],
                ["Ausgestellt am", fmt(d.date)],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            f"Für die inhaltliche Übereinstimmung dieser Übersetzung mit der vorgelegten Urkunde zeichnet die allgemein ermächtigte Übersetzerin/der ermächtigte Übersetzer {trans} verantwortlich."
        ),
        Signature(
            trans,
            f"{c.court_city or c.city_or_nrw()}, {_d(d.date + timedelta(days=r.randint(30, 400)), 'short')}",
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


@tpl("identitaetsnachweis", "j15c", SPLIT)
def ident_j15c(c, d, r):
    # a copy of a national identity card, front and back
    a = c.applicant
    nat = c.natinfo
    num = f"{sum(map(ord, a.full)) * 7919 % 10**9:09d}"
    blocks = [
        P(
            f"{nat['land']} – National Identity Card / Nationaler Personalausweis (Kopie Vorder- und Rückseite)",
            bold=True,
            size=10,
        ),
        Box(
            [
                f"ID No. {num}",
                f"{_caps(a.name)} {a.vorname}",
                f"* {a.geburtsdatum.strftime('%d.%m.%Y')}  {a.geburtsort}",
                f"issued {d.date.strftime('%d/%m/%Y')}",
            ],
            size=10,
        ),
        Box(
            [f"Address: {a.geburtsort}", f"Nationality: {nat['en']}", f"ID{l_code(c)}{num}<<<<<<<<<<<<<<<"],
            size=9,
            bold_first=False,
        ),
    ]
    return DocSpec(blocks, _st(r, "sans"))


def _pp(x: date) -> str:
    """A passport date: day, English month abbreviation, year."""
    en = MON_EN[x.month - 1][:3].upper()
    return f"{x.day:02d} {en} {x.year}"


def l_code(c: Case) -> str:
    return _mrz(c)[0][2:5]


# ============================ sonstiges ============================


@tpl("sonstiges", "anhoerung_j15", SPLIT)
def sonst_anhoerung_j15(c, d, r):
    # an invitation to the personal hearing
    site = _bamf_site(c)
    a = c.applicant
    when = d.date + timedelta(days=r.randint(10, 30))
    blocks = _twocol_head(
        ["Bundesamt für Migration und Flüchtlinge", site[0]], [site[1], site[2], f"Gesch.-Z.: {c.bamf_gz}"]
    )
    blocks += [
        P(a.herr_frau(), after=0),
        P(c.adresse),
        P(f"{_d(d.date, 'long')}", align="right"),
        P("Einladung zur Anhörung nach § 25 AsylG", bold=True, size=13),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P(
            f"zu Ihrem Antrag ist eine persönliche Anhörung vorgesehen. Termin: {fmt(when)}, {r.choice(['8:30', '9:00', '10:15', '13:00'])} Uhr, oben genannte Dienststelle, Raum {r.randint(100, 340)}."
        ),
        P(
            "Legen Sie zu dem Termin sämtliche Beweismittel vor, etwa Urkunden, Fotos oder Schreiben aus dem Heimatland. Eine Sprachmittlerin bzw. ein Sprachmittler wird vom Bundesamt gestellt."
        ),
        P("Wer ohne triftigen Grund fernbleibt, riskiert eine Entscheidung ohne persönliche Anhörung."),
        P("Mit freundlichen Grüßen"),
        P("Im Auftrag"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sonstiges", "melde_j15", SPLIT)
def sonst_melde_j15(c, d, r):
    # a registration certificate of the residents' office
    rows = [["Familienname", "Vorname", "Geburtsdatum"]] + [
        [_caps(p.name), p.vorname, fmt(p.geburtsdatum)] for p in c.persons
    ]
    blocks = [
        P(f"Bürgerbüro {c.city_or_nrw()}", bold=True),
        P("Meldebescheinigung (erweitert)", bold=True, size=13),
        P(
            f"Für die nachstehenden Personen ist folgende Hauptwohnung gemeldet: {c.adresse}, Einzug am {fmt(c.entry + timedelta(days=r.randint(60, 600)))}."
        ),
        Table(rows, [0.35, 0.35, 0.3], size=9.5),
        P(
            f"Diese Bescheinigung wurde maschinell erstellt am {_d(d.date, 'short')} und ist ohne Unterschrift gültig.",
            size=9,
        ),
    ]
    return DocSpec(blocks, _st(r, "cond"))


@tpl("sonstiges", "miet_j15", SPLIT)
def sonst_miet_j15(c, d, r):
    # a landlord's confirmation of the tenancy
    a = c.applicant
    owner = _someone(r)
    blocks = [
        P(f"{owner} · Hausverwaltung", size=9),
        P("Mietbescheinigung", bold=True, size=13),
        P(
            f"Hiermit bestätige ich, dass {a.full} die Wohnung {c.street}, {r.randint(1, 4)}. OG, seit {month_of(c)} bewohnt. Die Kaltmiete beträgt {r.randint(380, 690)} Euro, die Nebenkosten {r.randint(120, 260)} Euro monatlich."
        ),
        P("Die Miete wurde stets pünktlich gezahlt; Mietrückstände bestehen nicht."),
        Signature(owner, f"{c.city_or_nrw()}, {_d(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


def month_of(c: Case) -> str:
    x = c.entry + timedelta(days=400)
    return f"{MON_DE[x.month - 1]} {x.year}"
