"""Templates of the `blind16` split: an eighteenth held-out set (session 18), written without reading
any other held-out template file. Every wording, title, label, letterhead and layout is its own;
all names of persons come from the generator, all institutions are invented."""

from __future__ import annotations

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
    Style,
    Table,
    _child,
    _mrz,
    fmt,
    fmt_en,
    fmt_long,
    month_year,
    tpl,
    typos,
)

SPLIT = "blind16"
ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
HFK_FAX = "0211 837 2200"


# ~~~ small helpers ~~~


def _somebody(r) -> str:
    """An invented German name (a supporter, a judge, a landlord ...)."""
    return f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"


def _dm(d) -> str:
    """A date without leading zeros: 3.7.1985."""
    return f"{d.day}.{d.month}.{d.year}"


# the country with its article where German needs one: (in ..., nach ..., accusative, aus ...)
_LAND_CASES = {
    "Türkei": ("in der Türkei", "in die Türkei", "die Türkei", "aus der Türkei"),
    "Irak": ("im Irak", "in den Irak", "den Irak", "aus dem Irak"),
    "Iran": ("im Iran", "in den Iran", "den Iran", "aus dem Iran"),
    "Russische Föderation": (
        "in der Russischen Föderation",
        "in die Russische Föderation",
        "die Russische Föderation",
        "aus der Russischen Föderation",
    ),
}


def _cap(x: str) -> str:
    return x[:1].upper() + x[1:]


def _land(c, case: int) -> str:
    """0: 'in Syrien', 1: 'nach Syrien', 2: 'Syrien' (accusative), 3: 'aus Syrien'."""
    land = c.natinfo["land"]
    if land in _LAND_CASES:
        return _LAND_CASES[land][case]
    return [f"in {land}", f"nach {land}", land, f"aus {land}"][case]


def _us(d) -> str:
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _st(r, family=None, size=None, tight=False) -> Style:
    return Style(
        family=family or r.choice(["sans", "serif", "cond", "sans"]),
        size=size or r.choice([9.5, 10.0, 10.5, 11.0]),
        margin_left=r.uniform(42, 52) if tight else r.uniform(62, 84),
        margin_right=r.uniform(38, 48) if tight else r.uniform(48, 66),
        margin_top=r.uniform(34, 44) if tight else r.uniform(48, 70),
        leading=1.22 if tight else 1.35,
        para_after=3.5 if tight else 6.0,
    )


def _abh_of(abh: str) -> str:
    """The Ausländerbehörde in the letter writer's words: the office first, the authority in brackets."""
    if " – " in abh:
        auth, office = abh.split(" – ", 1)
        return f"{office} ({auth})"
    return abh


def _place(c) -> str:
    return c.city_or_nrw()


def _rep_place(c) -> str:
    return c.rep.city.split(" ", 1)[1] if c.rep else _place(c)


def _bd(p, r) -> str:
    return r.choice([fmt(p.geburtsdatum), _dm(p.geburtsdatum), fmt_long(p.geburtsdatum)])


def _known(c, i: int, f: str) -> bool:
    return c.omitted.get(i) != f


# a person's role towards the applicant: (German, English), by role and sex
_ROLE_WORDS = {
    ("applicant", "m"): ("Antragsteller", "main applicant"),
    ("applicant", "f"): ("Antragstellerin", "main applicant"),
    ("spouse", "f"): ("Ehefrau", "wife"),
    ("spouse", "m"): ("Ehemann", "husband"),
    ("child", "m"): ("Sohn", "son"),
    ("child", "f"): ("Tochter", "daughter"),
}


def _rel(p, lang: int = 0) -> str:
    return _ROLE_WORDS[(p.role, p.sex)][lang]


# address conventions; street and 'PLZ Ort' always stay whole
_ADDR_FORMS = {
    "std": "{street}, {plz} {city}",
    "plz_first": "{plz} {city}, {street}",
    "co": "c/o Familie {host}, {street}, {plz} {city}",
    "unterkunft": "Übergangsheim {street} (Haus {house}, Zi. {room}), {plz} {city}",
    "wohnhaft": "wohnhaft in {plz} {city}, {street}",
}


def _addr(c, r, kind: str | None = None) -> str:
    """The household's address in one of several conventions."""
    if c.residence == "abroad" and kind not in ("std", "plz_first"):
        kind = "std"
    form = _ADDR_FORMS[kind or r.choice(list(_ADDR_FORMS))]
    return form.format(
        street=c.street,
        plz=c.plz,
        city=c.city,
        host=r.choice(N.GERMAN_SURNAMES),
        house=r.choice("ABC"),
        room=r.randint(3, 48),
    )


def _hfk_recipient(r, variant: int) -> list:
    if variant == 0:
        lines = [
            "Härtefallkommission des Landes Nordrhein-Westfalen",
            "– Geschäftsstelle –",
            "Völklinger Str. 4",
            "40219 Düsseldorf",
        ]
    elif variant == 1:
        lines = [
            "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW",
            "Geschäftsstelle Härtefallkommission",
            "40219 Düsseldorf",
            f"Voraus per Fax an {HFK_FAX}",
        ]
    else:
        lines = ["Zu Händen der Härtefallkommission NRW", "Völklinger Straße 4, 40219 Düsseldorf"]
    return [P(x, after=0) for x in lines] + [Space(12)]


def _rep_head(c, r) -> list:
    """Letterhead of the representative (or the sender block of a relative)."""
    rp = c.rep
    tel = f"0{r.randint(201, 989)} {r.randint(20, 99)} {r.randint(100, 999)}-{r.randint(0, 99):02d}"
    if rp.kind == "anwalt":
        if r.random() < 0.5:
            return [
                P(rp.org.upper(), bold=True, size=13, align="center", after=0),
                P(f"{rp.person} · Schwerpunkt Ausländer- und Sozialrecht", size=8.5, align="center", after=0),
                P(f"{rp.street} | {rp.city} | Fon {tel} | Fax {tel[:-2]}99", size=8, align="center"),
                Rule(0.4),
            ]
        return [
            Table(
                [
                    [rp.org, f"{rp.street}\n{rp.city}"],
                    [f"{rp.person}\nin Bürogemeinschaft", f"Telefon {tel}\nSprechzeiten nach Vereinbarung"],
                ],
                [0.6, 0.4],
                header=False,
                grid=False,
                size=8.5,
            ),
            Rule(1.0),
        ]
    if rp.kind == "beratungsstelle":
        if r.random() < 0.5:
            return [
                P(rp.org, bold=True, size=11.5, after=0),
                P("Beratung für Geflüchtete, Migrantinnen und Migranten", size=8.5, after=0),
                P(f"Büro: {rp.street}, {rp.city} · Telefon {tel}", size=8.5, after=0),
                P("Offene Sprechstunde dienstags 9:30–12:30 Uhr, sonst nach Absprache", size=8, after=4),
                Rule(0.4),
            ]
        return [
            Box(
                [rp.org, f"Ansprechperson: {rp.person}", f"{rp.street} – {rp.city}", f"Durchwahl {tel}"],
                size=8.5,
            ),
        ]
    return [P(x, after=0, size=10) for x in (rp.person, rp.street, rp.city)] + [Space(10)]


def _sender_strip(c) -> P:
    rp = c.rep
    return P(f"Abs.: {_rep_name(c)}, {rp.street}, {rp.city}", size=7, after=6)


def _herrn(p) -> str:
    """'Herrn X' / 'Frau X' (dative and accusative)."""
    return ("Herrn " if p.sex == "m" else "Frau ") + p.full


def _rep_name(c) -> str:
    return c.rep.org if c.rep.kind != "privat" else c.rep.person


def _own_head(c, r) -> list:
    a = c.applicant
    return [
        P(x, after=0, size=9.5) for x in (a.full, _addr(c, r, "std").split(", ")[0], f"{c.plz} {c.city}")
    ] + [Space(12)]


def _head(c, r, hfk_variant: int | None = None) -> list:
    blocks = _rep_head(c, r) if c.rep else _own_head(c, r)
    if c.rep and c.rep.kind != "privat":
        blocks.append(_sender_strip(c))
    return blocks + _hfk_recipient(r, r.randint(0, 2) if hfk_variant is None else hfk_variant)


def _names(c) -> str:
    ps = [p.full for p in c.persons]
    return ps[0] if len(ps) == 1 else ", ".join(ps[:-1]) + " und " + ps[-1]


def _signer(c) -> str:
    if not c.rep:
        return c.applicant.full
    if c.rep.kind == "anwalt":
        male = c.rep.person.split()[0] in N.GERMAN_FIRST[1::2]
        return f"{c.rep.person}, {'Rechtsanwalt' if male else 'Rechtsanwältin'}"
    if c.rep.kind == "beratungsstelle":
        return f"{c.rep.person} ({c.rep.org})"
    return f"{c.rep.person} (für {c.applicant.full})"


# ~~~ the Begründung, told anew ~~~


def _story(c, r, voice: str) -> dict[str, list[str]]:
    """Sentences per Begründung topic; voice 'ich' (the applicant writes) or 'sie' (someone else writes).
    Only the case's topics are told; every trigger of the case is stated once, in words of its own."""
    a = c.applicant
    nat = c.natinfo
    ich = voice == "ich"
    m = a.sex == "m"
    hf = ("Herr " if m else "Frau ") + a.name
    hf_dat = ("Herrn " if m else "Frau ") + a.name
    er = "er" if m else "sie"
    Er = er.capitalize()
    ihn = "ihn" if m else "sie"
    sein = "sein" if m else "ihr"
    t: dict[str, list[str]] = {k: [] for k in ORDER}
    born = " ".join(
        x
        for x in (
            f"am {_bd(a, r)}" if _known(c, 0, "geburtsdatum") else "",
            f"in {a.geburtsort}" if _known(c, 0, "geburtsort") else "",
        )
        if x
    )

    # --- life story and entry (may be dropped by the case)
    L = t["lebensgeschichte"]
    if "lebensgeschichte" in c.topics:
        if ich:
            L.append(
                r.choice(
                    [
                        f"Das Licht der Welt erblickte ich {born} ({nat['land']})."
                        if born
                        else f"Meine Wurzeln liegen {_land(c, 0)}.",
                        f"{_cap(_land(c, 3))} komme ich; geboren bin ich {born}."
                        if born
                        else f"{_cap(_land(c, 3))} komme ich.",
                    ]
                )
            )
            L.append(
                r.choice(
                    [
                        "Mein Vater war Tagelöhner, deshalb habe ich schon mit zwölf Jahren auf dem Markt mitgeholfen.",
                        "Nach der achten Klasse habe ich in einer Autowerkstatt angefangen und dort Bremsen und Reifen gewechselt.",
                        "Bei meinem Onkel in der Schneiderei habe ich als Jugendlicher gelernt, Mäntel und Hosen zu nähen.",
                        "Die Schule habe ich nach der zehnten Klasse verlassen, danach war ich Träger auf Baustellen.",
                    ]
                )
            )
            if c.einreiseverbot:
                L.append(
                    r.choice(
                        [
                            f"{c.entry.year - 2} hat man mich schon einmal aus Deutschland zurückgebracht. Am {fmt(c.entry)} bin ich wiedergekommen, obwohl ich wegen § 11 AufenthG nicht einreisen durfte.",
                            f"Nach meiner Abschiebung im Jahr {c.entry.year - 2} kam ich am {_dm(c.entry)} zurück, trotz Einreiseverbot (§ 11 AufenthG). Das war falsch, aber ich hatte keinen anderen Ort.",
                        ]
                    )
                )
            else:
                L.append(
                    r.choice(
                        [
                            f"Am {fmt(c.entry)} war ich endlich in Deutschland.",
                            f"Seit dem {fmt_long(c.entry)} ist Deutschland mein Zuhause.",
                            f"In Deutschland bin ich seit {month_year(c.entry)}, genau seit dem {_dm(c.entry)}.",
                        ]
                    )
                )
        else:
            L.append(
                r.choice(
                    [
                        f"{a.herr_frau()} kam {born} zur Welt und wuchs in einfachen Verhältnissen auf."
                        if born
                        else f"{a.herr_frau()} wuchs {_land(c, 0)} in einfachen Verhältnissen auf.",
                        f"Geboren ist {hf} {born}; die Eltern hielten Ziegen und bauten Weizen an."
                        if born
                        else f"{hf} stammt aus einer Bauernfamilie {_land(c, 0)}.",
                    ]
                )
            )
            L.append(
                r.choice(
                    [
                        f"Nach dem Besuch der Grundschule arbeitete {er} im Obst- und Gemüsehandel der Eltern.",
                        f"Eine Berufsausbildung konnte {er} nicht abschließen, weil die Familie auf {sein}en Verdienst angewiesen war.",
                        f"Als ältestes Kind musste {er} früh für die jüngeren Geschwister sorgen und verließ die Schule nach sieben Jahren.",
                    ]
                )
            )
            if c.einreiseverbot:
                L.append(
                    r.choice(
                        [
                            f"Bereits {c.entry.year - 2} war {hf} abgeschoben worden; obwohl die Wiedereinreise nach § 11 AufenthG verboten war, kam {er} am {fmt(c.entry)} zurück.",
                            f"Im Jahr {c.entry.year - 2} erfolgte eine Abschiebung. Die erneute Einreise am {_dm(c.entry)} geschah ungeachtet der Sperrwirkung nach § 11 AufenthG.",
                        ]
                    )
                )
            else:
                L.append(
                    r.choice(
                        [
                            f"In das Bundesgebiet gelangte {hf} am {fmt(c.entry)}.",
                            f"Am {fmt_long(c.entry)} erreichte {er} Deutschland.",
                            f"Seit dem {_dm(c.entry)} hält sich {hf} ununterbrochen im Bundesgebiet auf.",
                        ]
                    )
                )
            if len(c.persons) > 1:
                L.append("Die Angehörigen folgten wenige Monate später oder kamen mit.")

    # --- residence status (always told)
    S = t["aufenthaltssituation"]
    if c.asylum:
        S.append(
            r.choice(
                [
                    f"Am {fmt(c.asylum_applied)} habe ich Asyl beantragt. Das Bundesamt für Migration und Flüchtlinge sagte am {fmt(c.bamf_date)} Nein (Gesch.-Z. {c.bamf_gz}).",
                    f"Meinen Asylantrag (gestellt am {_dm(c.asylum_applied)}, Aktenzeichen beim BAMF: {c.bamf_gz}) hat das Bundesamt am {fmt_long(c.bamf_date)} abgelehnt.",
                ]
            )
            if ich
            else r.choice(
                [
                    f"{hf} stellte am {fmt(c.asylum_applied)} einen Asylantrag; die Ablehnung durch das Bundesamt für Migration und Flüchtlinge datiert vom {fmt(c.bamf_date)} (Az. {c.bamf_gz}).",
                    f"Das Asylverfahren ({c.bamf_gz}) endete mit dem ablehnenden Bescheid des Bundesamts vom {fmt_long(c.bamf_date)}; gestellt worden war der Antrag am {_dm(c.asylum_applied)}.",
                ]
            )
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Dagegen habe ich geklagt; das Verfahren beim {c.court_name} ({c.court_az}) läuft noch."
                    if ich
                    else f"Hiergegen ist Klage beim {c.court_name} erhoben, Az. {c.court_az}; eine Entscheidung steht aus."
                )
            else:
                S.append(
                    f"Meine Klage hat das {c.court_name} am {fmt(c.court_date)} abgewiesen ({c.court_az})."
                    if ich
                    else f"Erfolglos blieb die Klage: Mit Entscheidung vom {_dm(c.court_date)} wies das {c.court_name} sie ab (Az. {c.court_az})."
                )
    else:
        S.append(
            f"Nach Deutschland kam ich legal, mit einem Visum zum Zweck {c.visa_purpose}; eine Verlängerung meiner Aufenthaltserlaubnis gab es dann nicht."
            if ich
            else f"Eingereist war {hf} mit einem Visum zum Zweck {c.visa_purpose}. Einen Verlängerungsantrag für die anschließend erteilte Aufenthaltserlaubnis wies die Ausländerbehörde zurück."
        )
        if c.court:
            if c.court_pending:
                S.append(
                    f"Gegen die Ablehnung läuft beim {c.court_name} noch ein Verfahren ({c.court_az})."
                    if ich
                    else f"Das Klageverfahren gegen die Ablehnung ist beim {c.court_name} unter {c.court_az} anhängig."
                )
            else:
                S.append(
                    f"Auch der Eilantrag beim {c.court_name} half nicht, er wurde am {fmt(c.court_date)} abgelehnt ({c.court_az})."
                    if ich
                    else f"Vorläufiger Rechtsschutz wurde nicht gewährt ({c.court_name}, {c.court_az}, Entscheidung vom {_dm(c.court_date)})."
                )
    if c.gestattung:
        S.append(
            "Solange über meine Klage nicht entschieden ist, habe ich eine Aufenthaltsgestattung."
            if ich
            else f"Derzeit hat {er} eine Aufenthaltsgestattung; das Asylverfahren ist wegen der Klage nicht beendet."
        )
    else:
        S.append(
            r.choice(
                [
                    "Seitdem bekomme ich immer nur eine Duldung für drei oder sechs Monate.",
                    "Ich bin ausreisepflichtig und lebe mit einer Duldung.",
                ]
            )
            if ich
            else r.choice(
                [
                    f"Seitdem besteht eine vollziehbare Ausreisepflicht; {er} hat eine Duldung (§ 60a AufenthG).",
                    f"{Er} wird seit Jahren lediglich geduldet, zuletzt für jeweils drei Monate.",
                ]
            )
        )
    S.append(
        r.choice(
            [
                f"Meine Akte liegt bei der Ausländerbehörde: {c.abh}.",
                f"Die Duldung bekomme ich bei: {_abh_of(c.abh)}.",
            ]
        )
        if ich
        else r.choice(
            [f"Als Ausländerbehörde ist zuständig: {c.abh}.", f"Aktenführend ist {_abh_of(c.abh)}."]
        )
    )
    if c.s58a:
        S.append(
            "Zusätzlich hat das Land eine Abschiebungsanordnung (§ 58a AufenthG) gegen mich verfügt. Mit Extremisten hatte ich nie etwas zu tun."
            if ich
            else f"Ferner hat die oberste Landesbehörde {ihn} betreffend eine Abschiebungsanordnung (§ 58a AufenthG) erlassen; {er} hält sie für unberechtigt."
        )
    if c.rueckfuehrung:
        S.append(
            r.choice(
                [
                    f"Beim letzten Termin im Amt hieß es, ich werde am {fmt(c.rueckfuehrung)} abgeschoben.",
                    f"Für den {fmt_long(c.rueckfuehrung)} ist meine Abschiebung schon geplant.",
                ]
            )
            if ich
            else r.choice(
                [
                    f"Ein Termin für die Rückführung steht bereits fest: {fmt(c.rueckfuehrung)}. Wir bitten daher um eilige Befassung.",
                    f"Nach Mitteilung der Ausländerbehörde soll die Abschiebung am {_dm(c.rueckfuehrung)} stattfinden.",
                ]
            )
        )
    if c.criminal:
        off, sentence = c.offence
        S.append(
            f"Ich muss ehrlich sagen, dass ich einen Strafbefehl bekommen habe: Das Amtsgericht {c.court_city} hat am {fmt(c.criminal_date)} wegen {off} eine Geldstrafe von {sentence} gegen mich verhängt. Die Strafe ist bezahlt."
            if ich
            else f"Offengelegt sei ferner: Das Amtsgericht {c.court_city} erließ am {_dm(c.criminal_date)} einen Strafbefehl ({off}) (Geldstrafe von {sentence}); weitere Einträge gibt es nicht."
        )

    # --- family ties here and in the country of origin (may be dropped)
    F = t["familie"]
    if "familie" in c.topics:
        sp = [p for p in c.persons if p.role == "spouse"]
        kids = c.children()
        cousin = f"{r.choice([x for x in nat['m'] if x not in {p.vorname for p in c.persons}])} {a.name}"
        town = r.choice([x[0] for x in N.NRW_CITIES if x[0] != c.city])
        if ich:
            if sp:
                F.append(
                    r.choice(
                        [
                            f"Mit {'meiner Frau' if sp[0].sex == 'f' else 'meinem Mann'} {sp[0].vorname} bin ich seit vielen Jahren verheiratet, wir haben alles gemeinsam durchgestanden.",
                            f"{'Meine Frau' if sp[0].sex == 'f' else 'Mein Mann'} {sp[0].vorname} und ich leben hier zusammen in einer kleinen Wohnung.",
                        ]
                    )
                )
            else:
                F.append("Eine eigene Familie habe ich noch nicht gegründet.")
            if kids:
                F.append(
                    f"Unsere Kinder {', '.join(k.vorname for k in kids)} kennen die Heimat ihrer Eltern nur aus Erzählungen; ihre Freunde sind hier."
                    if len(kids) > 1
                    else f"Unser Kind {kids[0].vorname} kennt die Heimat der Eltern nur aus Erzählungen."
                )
            F.append(
                r.choice(
                    [
                        f"{_cap(_land(c, 0))} lebt nur noch meine Großmutter, sie ist über achtzig. Meine Geschwister sind in Nachbarländer gegangen.",
                        "Meine Eltern sind gestorben. Zu den Verwandten dort habe ich seit Jahren keinen Kontakt mehr.",
                    ]
                )
            )
            F.append(
                r.choice(
                    [
                        f"In {town} wohnt mein Cousin {cousin} mit seiner Familie, er ist inzwischen eingebürgert.",
                        f"Mein Onkel {cousin} lebt seit über zwanzig Jahren in {town}; wir sehen uns jedes Wochenende.",
                    ]
                )
            )
        else:
            if sp:
                F.append(f"{a.herr_frau()} und {sp[0].herr_frau()} sind verheiratet und wohnen zusammen.")
            else:
                F.append(f"{hf} ist ledig.")
            if kids:
                F.append(
                    r.choice(
                        [
                            f"Zur Familie gehören {len(kids)} minderjährige Kinder ({', '.join(k.vorname for k in kids)}), die ihre prägenden Jahre in Deutschland verbracht haben."
                            if len(kids) > 1
                            else f"Das Kind {kids[0].vorname} hat seine prägenden Jahre in Deutschland verbracht.",
                            f"Für die Kinder ({', '.join(k.vorname for k in kids)}) ist Deutschland das einzige Zuhause, das sie bewusst erlebt haben.",
                        ]
                    )
                )
            F.append(
                r.choice(
                    [
                        "Im Herkunftsland lebt lediglich eine hochbetagte Großmutter; tragfähige familiäre Kontakte bestehen dort nicht mehr.",
                        f"Die Eltern von {hf_dat} sind verstorben, die Geschwister haben {_land(c, 2)} ebenfalls verlassen.",
                    ]
                )
            )
            F.append(
                f"Ein Vetter, {cousin}, lebt mit deutscher Staatsangehörigkeit in {town} und unterstützt die Familie."
            )

    # --- integration (may be dropped)
    G = t["integration"]
    if "integration" in c.topics:
        trade = r.choice(["Fachlagerist", "Anlagenmechaniker", "Koch", "Pflegefachmann", "Berufskraftfahrer"])
        since = r.randint(2019, c.received.year - 1)
        if ich:
            G.append(
                r.choice(
                    [
                        "Deutsch lernte ich in einem Integrationskurs; die DTZ-Prüfung endete mit B1.",
                        "Ich spreche Deutsch auf dem Niveau A2, zurzeit lerne ich abends in einem Kurs für B1.",
                    ]
                )
            )
            if c.ausbildung:
                G.append(
                    f"Im August {c.received.year - 1} habe ich eine Lehre angefangen, Beruf: {trade}. Eine Ausbildungsduldung (§ 60c AufenthG) habe ich beantragt."
                )
            else:
                G.append(
                    r.choice(
                        [
                            f"Mein Arbeitgeber ist {c.employer}, dort bin ich {c.job}, unbefristet und in Vollzeit. Miete und Strom bezahle ich selbst.",
                            f"Seit {since} habe ich eine feste Stelle ({c.job}, {c.employer}); Sozialleistungen bekomme ich keine mehr.",
                        ]
                    )
                )
            G.append(
                r.choice(
                    [
                        f"Freiwillig mache ich mit bei: {c.club}.",
                        f"Nach der Arbeit bin ich ehrenamtlich dabei ({c.club}).",
                    ]
                )
            )
        else:
            G.append(
                r.choice(
                    [
                        f"Sprachlich hat {hf} das Niveau B1 erreicht (Zertifikat liegt bei).",
                        f"{Er} hat den Integrationskurs vollständig absolviert und verständigt sich im Alltag problemlos auf Deutsch.",
                    ]
                )
            )
            if c.ausbildung:
                G.append(
                    f"Seit dem 1.8.{c.received.year - 1} absolviert {er} eine Ausbildung zum {trade}; beantragt ist die Ausbildungsduldung, gestützt auf § 60c AufenthG."
                )
            else:
                G.append(
                    r.choice(
                        [
                            f"Wirtschaftlich steht {hf} auf eigenen Füßen: {Er} ist seit {since} als {c.job} bei {c.employer} beschäftigt.",
                            f"Der Lebensunterhalt wird durch eine Beschäftigung als {c.job} ({c.employer}) vollständig gesichert.",
                        ]
                    )
                )
            G.append(f"Darüber hinaus engagiert sich {hf} ehrenamtlich, und zwar hier: {c.club}.")
        for k in c.school_age():
            G.append(f"{k.vorname} lernt gut und hat viele Freunde ({c.school}).")

    # --- urgent humanitarian reasons (always told)
    H = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        code, diag, _ = c.diagnosis
        if c.ill_person == 0:
            H.append(
                r.choice(
                    [
                        f"Gesundheitlich geht es mir schlecht. Die Ärzte haben festgestellt: {diag} ({code}).",
                        f"Ich bin krank, ich leide {N.ILLNESS_PHRASES[code]}. Ohne meine Medikamente schaffe ich den Tag nicht.",
                    ]
                )
                if ich
                else f"Schwer wiegt die Erkrankung von {hf}: Fachärztlich diagnostiziert ist {diag} ({code})."
            )
        else:
            who = {
                "spouse": "Ehefrau" if p.sex == "f" else "Ehemann",
                "child": "Sohn" if p.sex == "m" else "Tochter",
            }[p.role]
            mine = {
                "Ehefrau": "Meine Frau",
                "Ehemann": "Mein Mann",
                "Sohn": "Unser Sohn",
                "Tochter": "Unsere Tochter",
            }[who]
            gen = {
                "Ehefrau": "der Ehefrau",
                "Ehemann": "des Ehemanns",
                "Sohn": "des Sohnes",
                "Tochter": "der Tochter",
            }[who]
            H.append(
                f"{mine} {p.vorname} leidet {N.ILLNESS_PHRASES[code]} und ist in Behandlung."
                if ich
                else f"Schwer wiegt auch die Erkrankung {gen} {p.vorname}: {diag} ({code}), fortlaufende Behandlung erforderlich."
            )
        H.append(
            r.choice(
                [
                    f"Eine vergleichbare Behandlung gibt es {_land(c, 0)} nicht oder nur gegen hohe Bezahlung.",
                    "Die Behandler warnen: Bricht die Therapie ab, verschlechtert sich der Zustand deutlich.",
                ]
            )
        )
    H.append(
        r.choice(
            [
                f"Nach {c.received.year - c.entry.year} Jahren hier wüsste ich nicht, wo ich {_land(c, 0)} wohnen und wovon ich leben sollte."
                if ich
                else f"Nach {c.received.year - c.entry.year} Jahren im Bundesgebiet wäre eine Rückkehr {_land(c, 1)} ein Sprung ins Nichts: keine Wohnung, kein Einkommen, keine Angehörigen.",
                "Hier ist mein Leben, dort habe ich nichts mehr."
                if ich
                else f"Der Lebensmittelpunkt von {hf_dat} liegt unumkehrbar in Deutschland.",
            ]
        )
    )
    return t


_VISA_EN = {
    "des Studiums": "to study",
    "der Beschäftigung": "for work",
    "der Familienzusammenführung": "to join my family",
    "der Berufsausbildung": "for vocational training",
}


_COUNTRY_EN = dict(
    pair.split("=")
    for pair in "Syrien=Syria|Irak=Iraq|Albanien=Albania|Serbien=Serbia|Russische Föderation=Russia|"
    "Türkei=Turkey|Georgien=Georgia|Armenien=Armenia".split("|")
)


def _story_en(c, r, df=None) -> dict[str, list[str]]:
    a = c.applicant
    df = df or _us
    land = _COUNTRY_EN.get(c.natinfo["land"], c.natinfo["land"])
    t: dict[str, list[str]] = {k: [] for k in ORDER}
    if "lebensgeschichte" in c.topics:
        bits = []
        if _known(c, 0, "geburtsdatum"):
            bits.append(f"on {df(a.geburtsdatum)}")
        if _known(c, 0, "geburtsort"):
            bits.append(f"in {a.geburtsort}")
        t["lebensgeschichte"].append(
            f"I was born {' '.join(bits)} and grew up with four siblings."
            if bits
            else "I grew up with four siblings."
        )
        t["lebensgeschichte"].append("After school I worked in a bakery and later as a driver.")
        if c.einreiseverbot:
            t["lebensgeschichte"].append(
                f"In {c.entry.year - 2} they sent me back. On {df(c.entry)} I returned, although § 11 AufenthG forbade my re-entry."
            )
        else:
            t["lebensgeschichte"].append(f"My arrival in Germany: {df(c.entry)}.")
    S = t["aufenthaltssituation"]
    if c.asylum:
        S.append(
            f"By a decision dated {df(c.bamf_date)} (reference {c.bamf_gz}) the BAMF rejected the asylum claim I had made on {df(c.asylum_applied)}."
        )
        if c.court:
            S.append(
                f"At the {c.court_name} ({c.court_az}) my appeal {'waits for a decision' if c.court_pending else 'failed'}."
            )
    else:
        S.append(
            f"I came with a visa {_VISA_EN.get(c.visa_purpose, 'for a stay')}; the permit was not renewed."
        )
        if c.court:
            S.append(
                f"I went to court ({c.court_name}, {c.court_az}); {'the judges have not decided' if c.court_pending else 'I lost'}."
            )
    S.append(
        "Right now my papers say Aufenthaltsgestattung – the asylum case still runs."
        if c.gestattung
        else "I only hold a Duldung; every three months I have to go back and extend it."
    )
    S.append(f"The foreigners office responsible for me: {c.abh}.")
    facts = (
        (c.s58a, lambda: "The Land ordered my deportation under § 58a AufenthG."),
        (c.rueckfuehrung, lambda: f"My deportation date is already set: {df(c.rueckfuehrung)}."),
        (
            c.criminal,
            lambda: (
                f"On {df(c.criminal_date)} a court sent me a penalty order (Strafbefehl); I paid the fine."
            ),
        ),
    )
    S += [say() for on, say in facts if on]
    if "familie" in c.topics:
        kids = c.children()
        if kids:
            t["familie"].append(
                (
                    f"Our children {', '.join(k.vorname for k in kids)}"
                    if len(kids) > 1
                    else f"Our {'son' if kids[0].sex == 'm' else 'daughter'} {kids[0].vorname}"
                )
                + " grew up with German friends, a German school and German songs."
            )
        t["familie"].append(
            "Back home only an old aunt is left. My elder brother and his family are German citizens now."
        )
    if "integration" in c.topics:
        G = t["integration"]
        G.append("My German certificate is A2; the B1 course started in spring.")
        if c.ausbildung:
            G.append(
                "Since last August I train as an apprentice; an Ausbildungsduldung (§ 60c AufenthG) is requested."
            )
        else:
            G.append(f"My job: {c.job} at {c.employer}.")
        G.append(f"Saturdays belong to my volunteering: {c.club}.")
    H = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I suffer" if c.ill_person == 0 else f"My {_rel(p, 1)} {p.vorname} suffers"
        H.append(f"{who} {N.ILLNESS_EN[c.diagnosis[0]]}; the treatment must go on.")
    H.append(f"In {land} no one would take us in, and we would have no roof.")
    return t


# ~~~ antrag: persons written in new ways ~~~


def _persons_rubrum(c, r) -> list:
    """Parties listed like a court pleading: numbered, each closed by its role '– Antragsteller zu n –'."""
    out = [P("In der Härtefallangelegenheit", after=3)]
    for i, p in enumerate(c.persons):
        bits = [f"{i + 1}. {'Herrn ' if p.sex == 'm' else 'Frau '}{p.vorname} {p.name.upper()}"]
        born = " ".join(
            x
            for x in (
                f"am {fmt(p.geburtsdatum)}" if _known(c, i, "geburtsdatum") else "",
                f"in {p.geburtsort}" if _known(c, i, "geburtsort") else "",
            )
            if x
        )
        if born:
            bits.append(f"geboren {born}")
        if _known(c, i, "staatsangehoerigkeit"):
            bits.append(
                f"{p.staat}e{'r' if p.sex == 'm' else ''} Staatsangehörige{'r' if p.sex == 'm' else ''}"
            )
        role = "Antragsteller" if p.sex == "m" else "Antragstellerin"
        extra = ", vertreten durch die Eltern" if p.role == "child" else ""
        out.append(P(", ".join(bits) + ",", indent=14, after=0))
        out.append(P(f"– {role} zu {i + 1}{extra} –", indent=40, size=9, after=4))
    out.append(
        P(f"Anschrift der Antragstellenden: {_addr(c, r, r.choice(['std', 'co', 'unterkunft']))}", after=4)
    )
    if c.rep:
        label = "Verfahrensbevollmächtigte" if c.rep.kind != "privat" else "bevollmächtigter Angehöriger"
        out.append(P(f"{label}: {_rep_name(c)}, {c.rep.street}, {c.rep.city}", after=6))
    return out


def _persons_transposed(c, r) -> list:
    """One column per person, headed by the role; the birth date is the first row."""
    ps = c.persons
    head = [""] + [f"{i + 1} – {_rel(p)}" for i, p in enumerate(ps)]
    rows = [
        ["Tag der Geburt"]
        + [_dm(p.geburtsdatum) if _known(c, i, "geburtsdatum") else "—" for i, p in enumerate(ps)],
        ["Familienname"] + [p.name for p in ps],
        ["Vorname(n)"] + [p.vorname for p in ps],
        ["Geburtsort"] + [p.geburtsort if _known(c, i, "geburtsort") else "—" for i, p in enumerate(ps)],
        ["Staatsangeh."]
        + [p.staat if _known(c, i, "staatsangehoerigkeit") else "—" for i, p in enumerate(ps)],
    ]
    n = len(ps)
    w = 0.78 / n
    return [
        P("Personen, für die der Antrag gelten soll", bold=True, after=3),
        Table([head] + rows, [0.22] + [w] * n, size=8.5 if n > 3 else 9.5),
        P(f"gemeinsame Wohnanschrift: {_addr(c, r, r.choice(['plz_first', 'wohnhaft', 'unterkunft']))}"),
    ]


def _persons_roles(c, r) -> list:
    """A family listed under roles, birth data in brackets, nationality said once for all."""
    out = []
    known_staat = [i for i in range(len(c.persons)) if _known(c, i, "staatsangehoerigkeit")]

    def br(i, p):
        bits = []
        if _known(c, i, "geburtsdatum"):
            bits.append(f"* {_bd(p, r)}")
        if _known(c, i, "geburtsort"):
            bits.append(p.geburtsort)
        return f" ({', '.join(bits)})" if bits else ""

    a = c.applicant
    out.append(P(f"{_rel(a)}: {a.name.upper()}, {a.vorname}{br(0, a)}", after=1))
    sp = [(i, p) for i, p in enumerate(c.persons) if p.role == "spouse"]
    for i, p in sp:
        out.append(P(f"{_rel(p)}: {p.vorname} {p.name}{br(i, p)}", after=1))
    kids = [(i, p) for i, p in enumerate(c.persons) if p.role == "child"]
    if kids:
        out.append(P("Kinder: " + "; ".join(f"{p.vorname}{br(i, p)}" for i, p in kids), after=1))
    if known_staat:
        if len(known_staat) == len(c.persons):
            who = "alle" if len(c.persons) > 1 else ""
            out.append(P(f"Staatsangehörigkeit: {who + ' ' if who else ''}{a.staat}", after=1))
        else:
            out.append(
                P(
                    f"Staatsangehörigkeit: {a.staat} ({', '.join(c.persons[i].vorname for i in known_staat)})",
                    after=1,
                )
            )
    out.append(P(f"Wohnort: {c.plz} {c.city} – Straße: {c.street}"))
    return out


def _persons_dense(c, r) -> list:
    """A dense, typed form: birth date first, the place of birth last."""
    rows = [["geb. am", "NAME, Vorname", "Staatsang.", "Geb.-Ort"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                fmt(p.geburtsdatum) if _known(c, i, "geburtsdatum") else "",
                f"{p.name.upper()}, {p.vorname}",
                p.staat if _known(c, i, "staatsangehoerigkeit") else "",
                p.geburtsort if _known(c, i, "geburtsort") else "",
            ]
        )
    return [
        Table(rows, [0.2, 0.36, 0.2, 0.24], grid=False, size=8.5),
        P(f"Anschr.: {_addr(c, r, r.choice(['co', 'std', 'unterkunft']))}", size=9),
    ]


def _persons_prose(c, r, ich: bool) -> list:
    """Persons told in sentences of several shapes."""
    sents = []
    for i, p in enumerate(c.persons):
        d = _bd(p, r) if _known(c, i, "geburtsdatum") else ""
        o = p.geburtsort if _known(c, i, "geburtsort") else ""
        s = p.staat if _known(c, i, "staatsangehoerigkeit") else ""
        if i == 0 and ich:
            x = f"Ich heiße {p.vorname} {p.name}."
            if d:
                x += f" Geburtstag habe ich am {d}."
            if o:
                x += f" Geboren bin ich in {o}."
            if s:
                x += f" Ich habe die {s}e Staatsangehörigkeit."
        elif i == 0:
            x = f"Der Antrag betrifft zunächst {p.herr_frau()}."
            if d or o:
                x += f" {'Er' if p.sex == 'm' else 'Sie'} kam{' am ' + d if d else ''}{' in ' + o if o else ''} zur Welt."
            if s:
                x += f" Staatsangehörigkeit: {s}."
        else:
            rel = _rel(p)
            lead = r.choice(
                ["Mit einbezogen werden soll", "Ebenso gilt der Antrag für", "Der Antrag umfasst außerdem"]
            )
            art = {
                "Ehefrau": "die Ehefrau",
                "Ehemann": "den Ehemann",
                "Sohn": "den Sohn",
                "Tochter": "die Tochter",
            }[rel]
            x = f"{lead} {art} {p.vorname} {p.name}"
            det = []
            if d:
                det.append(f"Geburtstag {d}")
            if o:
                det.append(f"Geburtsort {o}")
            if s:
                det.append(s)
            x += f" – {', '.join(det)}." if det else "."
        sents.append(x)
    where = _addr(c, r, r.choice(["std", "co", "wohnhaft"]))
    sents.append(
        f"{'Wir wohnen' if ich and len(c.persons) > 1 else 'Ich wohne' if ich else 'Anschrift'}: {where}.".replace(
            ": wohnhaft in ", " in "
        )
    )
    return [P(" ".join(sents))]


def _intro(c, r) -> str:
    if not c.rep:
        return r.choice(
            [
                "ich schreibe Ihnen in meiner Not und bitte darum, meine Lage im Sinne von § 23a AufenthG als besondere Härte anzuerkennen.",
                "hiermit bitte ich Sie, sich mit meiner Situation zu befassen und bei der Ausländerbehörde um eine Aufenthaltserlaubnis für mich"
                + (" und meine Familie" if len(c.persons) > 1 else "")
                + " zu ersuchen.",
            ]
        )
    if c.rep.kind == "anwalt":
        return r.choice(
            [
                f"ich vertrete {_names(c)} (Vollmacht anbei) und ersuche die Kommission, sich der Angelegenheit nach § 23a AufenthG anzunehmen.",
                f"in der Angelegenheit {c.applicant.name} wende ich mich namens meiner Mandantschaft an die Kommission mit der Bitte, ein Härtefallersuchen zu stellen.",
            ]
        )
    if c.rep.kind == "beratungsstelle":
        return r.choice(
            [
                f"wir kennen {_names(c)} aus unserer Beratungsarbeit seit {r.randint(2, 7)} Jahren und reichen – bevollmächtigt – die folgende Härtefalleingabe ein.",
                f"mit Vollmacht der Familie {c.applicant.name} bitten wir, die Situation der Familie in der Kommission zu beraten (§ 23a AufenthG).",
            ]
        )
    return f"als {c.rep.relation} von {c.applicant.full} schreibe ich in {'seinem' if c.applicant.sex == 'm' else 'ihrem'} Auftrag (Vollmacht liegt bei). Bitte beraten Sie über unseren Fall."


def _closing(c, d, r) -> list:
    place = _rep_place(c) if c.rep else _place(c)
    if c.rep and c.rep.kind != "privat":
        thanks = [
            "Auskünfte geben wir gern; was an Belegen noch fehlt, liefern wir kurzfristig.",
            "Wir hoffen auf eine positive Entscheidung und danken für Ihre Mühe.",
        ]
    else:
        thanks = [
            "Vielen Dank fürs Lesen meiner Geschichte.",
            "Für jede Unterstützung bin ich Ihnen von Herzen dankbar.",
        ]
    when = f"{place}, {r.choice([fmt, fmt_long, _dm])(d.date)}"
    return [
        P(r.choice(thanks)),
        P(r.choice(["Hochachtungsvoll", "Freundliche Grüße", "Mit besten Grüßen"]), after=2),
        Signature(_signer(c), when) if r.random() < 0.5 else Signature(_signer(c)),
    ]


def _topic_paras(t, order, heads=None, numbered=None, plain_r=None) -> list:
    out = []
    n = 0
    for k in order:
        if not t[k]:
            continue
        n += 1
        sents = t[k]
        if plain_r is not None:
            # plain German with slips, but never in a sentence carrying a number, a name or an authority
            sents = [
                x if any(ch.isdigit() for ch in x) or "(" in x or ":" in x else typos(x, plain_r, 0.03)
                for x in sents
            ]
        text = " ".join(sents)
        if heads:
            h = heads[k]
            out.append(P(f"{numbered(n)} {h}" if numbered else h, bold=True, after=2))
        out.append(P(text))
    return out


def _opening(c, d, r, title: str, greeting: str, hfk_variant: int | None = None):
    """The Begründung's sentences and the letter up to the intro: head, date, title, greeting, intro."""
    t = _story(c, r, "ich" if not c.rep else "sie")
    blocks = _head(c, r, hfk_variant) + [
        _date_line(c, d, r),
        P(title, bold=True, size=12),
        P(greeting),
        P(_intro(c, r)),
    ]
    return t, blocks


def _date_line(c, d, r, place=None) -> P:
    place = place or (_rep_place(c) if c.rep else _place(c))
    return P(f"{place}, den {r.choice([fmt, fmt_long])(d.date)}", align="right")


@tpl("antrag", "y16a", SPLIT)
def antrag_y16a(c, d, r):
    """A pleading: parties as a rubrum, Roman-numbered parts, the reasons with the urgent ones first."""
    t, blocks = _opening(
        c,
        d,
        r,
        "Härtefallsache – Bitte um Aufnahme in die Beratung der Kommission",
        "Verehrte Kommissionsmitglieder,",
    )
    blocks.append(P("A. Beteiligte", bold=True))
    blocks += _persons_rubrum(c, r)
    blocks.append(P("B. Sachverhalt und Gründe", bold=True))
    heads = {
        "humanitaere_gruende": "Was eine Rückkehr unzumutbar macht",
        "aufenthaltssituation": "Verfahrensstand und Aufenthalt",
        "lebensgeschichte": "Woher, wann, auf welchem Weg",
        "familie": "Familie hier und im Herkunftsland",
        "integration": "Deutschkenntnisse, Beruf, Ehrenamt",
    }
    order = ["humanitaere_gruende", "aufenthaltssituation", "lebensgeschichte", "familie", "integration"]
    roman = ["I.", "II.", "III.", "IV.", "V."]
    blocks += _topic_paras(t, order, heads, numbered=lambda n: roman[n - 1])
    kinds = ["Vollmacht"] if c.rep else []
    kinds += ["Lebenslauf", "Datenschutz-Einverständnis"]
    if c.asylum:
        kinds.append("Bescheid des Bundesamts")
    if c.illness:
        kinds += ["ärztlicher Bericht", "Entbindung von der Schweigepflicht"]
    if c.school_age():
        kinds.append("Schulbescheinigungen")
    blocks.append(P("C. Anlagenverzeichnis", bold=True))
    blocks.append(
        Table(
            [["Nr.", "Bezeichnung"]] + [[f"Anl. {i}", k] for i, k in enumerate(kinds, 1)],
            [0.15, 0.85],
            size=9,
        )
    )
    blocks += _closing(c, d, r)
    return DocSpec(blocks, _st(r, "serif"), footer="Blatt {p} (von {n})")


@tpl("antrag", "y16b", SPLIT)
def antrag_y16b(c, d, r):
    """Persons in a transposed table (one column per person); reasons under questions."""
    t, blocks = _opening(
        c, d, r, "Härtefalleingabe – Bitte um Ersuchen an die Ausländerbehörde", "Guten Tag,"
    )
    blocks += _persons_transposed(c, r)
    heads = {
        "lebensgeschichte": "Woher kommt die Familie, wann kam sie?",
        "aufenthaltssituation": "Welche Papiere, welche Verfahren?",
        "familie": "Wer von der Familie lebt wo?",
        "integration": "Was hat sich hier entwickelt?",
        "humanitaere_gruende": "Weshalb kann die Familie nicht zurück?",
    }
    blocks += _topic_paras(t, ORDER, heads)
    blocks += _closing(c, d, r)
    return DocSpec(blocks, _st(r, "sans"), footer="Härtefalleingabe {p}/{n}" if r.random() < 0.6 else None)


@tpl("antrag", "y16c", SPLIT)
def antrag_y16c(c, d, r):
    """Family under roles with birth data in brackets; a run-on letter without headings."""
    t, blocks = _opening(
        c,
        d,
        r,
        "Betreff: Härtefall – Familie " + c.applicant.name,
        "Werte Damen und Herren der Geschäftsstelle,",
        2,
    )
    blocks += _persons_roles(c, r)
    blocks.append(P("Zur Begründung:", bold=True, after=2))
    order = list(ORDER)
    if r.random() < 0.5:
        order = ["lebensgeschichte", "familie", "aufenthaltssituation", "integration", "humanitaere_gruende"]
    blocks += _topic_paras(t, order)
    blocks += _closing(c, d, r)
    return DocSpec(blocks, _st(r))


@tpl("antrag", "y16d", SPLIT)
def antrag_y16d(c, d, r):
    """A dense typed short form (fax-like): small condensed type, reasons in two columns."""
    voice = "ich" if not c.rep else "sie"
    t = _story(c, r, voice)
    blocks = []
    if c.rep:
        blocks.append(
            P(
                f"Absender: {_rep_name(c)} · {c.rep.person} · {c.rep.street} · {c.rep.city}",
                size=8,
                after=2,
            )
        )
    else:
        blocks.append(P(f"Absender: {c.applicant.full}", size=8, after=2))
    blocks.append(
        P(f"An: Härtefallkommission NRW, Geschäftsstelle · Fax {HFK_FAX} · Seiten: s. Kopfzeile", size=8)
    )
    blocks.append(Rule(1.2))
    blocks.append(P("HÄRTEFALL – KURZEINGABE (§ 23a AufenthG)", bold=True, size=12, align="center", after=1))
    blocks.append(P(f"Datum: {_dm(d.date)}", size=8.5, align="center"))
    blocks.append(P(_intro(c, r), size=9))
    blocks.append(P("1) Personen", bold=True, size=9.5, after=1))
    blocks += _persons_dense(c, r)
    blocks.append(P("2) Begründung in Kürze", bold=True, size=9.5, after=1))
    labels = {
        "lebensgeschichte": "Herkunft / Einreise",
        "aufenthaltssituation": "Status",
        "familie": "Angehörige",
        "integration": "Integration",
        "humanitaere_gruende": "Gründe",
    }
    cells = [f"{labels[k]}: {' '.join(t[k])}" for k in ORDER if t[k]]
    rows = [cells[i : i + 2] + ([""] if len(cells[i : i + 2]) == 1 else []) for i in range(0, len(cells), 2)]
    blocks.append(Table(rows, [0.5, 0.5], header=False, grid=False, size=8.5))
    blocks.append(P("Unterlagen folgen gesondert. Um Eingangsbestätigung wird gebeten.", size=8.5))
    blocks.append(Signature(_signer(c), f"{_rep_place(c) if c.rep else _place(c)}, {_dm(d.date)}"))
    return DocSpec(blocks, _st(r, "cond", 9.0, tight=True))


@tpl("antrag", "y16e", SPLIT)
def antrag_y16e(c, d, r):
    """Persons in prose sentences of new shapes; the applicant's own plain words or a helper's."""
    ich = not c.rep
    title = "Meine Bitte an die Härtefallkommission" if ich else "Härtefallantrag"
    t, blocks = _opening(c, d, r, title, "Sehr geehrte Damen und Herren,", r.choice([0, 2]))
    blocks += _persons_prose(c, r, ich)
    order = list(ORDER)
    r.shuffle(order)
    paras = _topic_paras(t, order, plain_r=r if ich else None)
    blocks += paras
    blocks += _closing(c, d, r)
    return DocSpec(blocks, _st(r, "italic" if ich and r.random() < 0.4 else None))


# --- English applications


def _persons_en_list(c, r) -> list:
    out = [P("Applicants", bold=True, after=2)]
    for i, p in enumerate(c.persons):
        line = [f"{i + 1}) {p.name.upper()}, {p.vorname} – {_rel(p, 1)}"]
        det = []
        if _known(c, i, "geburtsdatum"):
            det.append(f"DOB: {fmt_en(p.geburtsdatum)}")
        if _known(c, i, "geburtsort"):
            det.append(f"POB: {p.geburtsort}")
        if _known(c, i, "staatsangehoerigkeit"):
            det.append(f"Nationality: {c.natinfo['en']}")
        out.append(P(line[0], after=0))
        out.append(P("    " + " · ".join(det), indent=16, size=9.5, after=3))
    kind = r.choice(["co", "unterkunft", "std"])
    out.append(
        P(
            f"Current address: {_addr(c, r, kind).replace('Übergangsheim', 'Shelter').replace('Haus', 'block').replace('Zi.', 'room')}"
        )
    )
    return out


def _persons_en_prose(c, r) -> list:
    sents = []
    for i, p in enumerate(c.persons):
        d = _us(p.geburtsdatum) if _known(c, i, "geburtsdatum") else ""
        o = p.geburtsort if _known(c, i, "geburtsort") else ""
        s = c.natinfo["en"] if _known(c, i, "staatsangehoerigkeit") else ""
        who = f"My name is {p.vorname} {p.name}" if i == 0 else f"My {_rel(p, 1)} is {p.vorname} {p.name}"
        x = who
        if d or o:
            x += f"; {'I was' if i == 0 else 'born'}{' born' if i == 0 else ''}{' on ' + d if d else ''}{' in ' + o if o else ''}"
        if s:
            x += f" ({s} citizen)"
        sents.append(x + ".")
    sents.append(
        f"Our shared flat: {c.street}, {c.plz} {c.city}."
        if len(c.persons) > 1
        else f"Home address: {c.street}, {c.plz} {c.city}."
    )
    return [P(" ".join(sents))]


# the two English letters: date style, recipient block, subject, greeting, opening, persons, headings, closing
_EN_LETTERS = (
    {
        "date": fmt_en,
        "to": 0,
        "subject": "Subject: hardship case – section 23a Residence Act (AufenthG)",
        "greet": "To the members of the Hardship Commission,",
        "open": "A letter to an authority in German is still too difficult for me, so I write in English. "
        "I kindly request that the Commission examines my situation and speaks up for my right to stay.",
        "persons": _persons_en_list,
        "heads": {
            "lebensgeschichte": "My origins",
            "aufenthaltssituation": "Status and procedures",
            "familie": "Relatives",
            "integration": "What I built here",
            "humanitaere_gruende": "Reasons against return",
        },
        "close": "Sincerely,",
    },
    {
        "date": _us,
        "to": 2,
        "subject": "Please help my family to stay",
        "greet": "Dear Commission,",
        "open": "a friend helped me to write this letter in English. "
        "We would like the Commission to decide that our situation is a case of hardship.",
        "persons": _persons_en_prose,
        "heads": None,
        "close": "With hope and many thanks,",
    },
)


def _antrag_en(c, d, r, variant: int) -> DocSpec:
    v = _EN_LETTERS[variant]
    t = _story_en(c, r, v["date"])
    sender = [P(x, after=0, size=9.5) for x in (c.applicant.full, c.street, f"{c.plz} {c.city}")]
    blocks = sender + [Space(10)] + _hfk_recipient(r, v["to"])
    blocks += [
        P(f"{_place(c)}, {v['date'](d.date)}", align="right"),
        P(v["subject"], bold=True),
        P(v["greet"]),
        P(v["open"]),
    ]
    blocks += v["persons"](c, r)
    blocks += _topic_paras(t, ORDER, v["heads"])
    blocks += [P(v["close"]), Signature(c.applicant.full)]
    return DocSpec(blocks, _st(r))


@tpl("antrag", "en_y16a", SPLIT)
def antrag_en_y16a(c, d, r):
    return _antrag_en(c, d, r, 0)


@tpl("antrag", "en_y16b", SPLIT)
def antrag_en_y16b(c, d, r):
    return _antrag_en(c, d, r, 1)


# ~~~ bamf_bescheid ~~~

_SAFE = {"kosovo", "albanien", "serbien", "georgien", "ghana"}
_DUBLIN = ["Italien", "Kroatien", "Bulgarien", "Polen", "Österreich", "Rumänien"]


def _tenor(c, r) -> list[str]:
    a = c.applicant
    months = r.choice([20, 30, 36])
    if c.bamf_tenor != 6:
        return [
            "Ihr Asylantrag ist unzulässig.",
            "Hindernisse für die Abschiebung im Sinne von § 60 Abs. 5 oder 7 S. 1 AufenthG bestehen nicht.",
            f"Ihre Abschiebung nach {r.choice(_DUBLIN)} wird angeordnet.",
            f"Nach einer Abschiebung dürfen Sie {months} Monate lang weder einreisen noch sich im Bundesgebiet aufhalten (Sperrfrist, § 11 Abs. 1 AufenthG).",
        ]
    ou = " als offensichtlich unbegründet" if c.nat in _SAFE else ""
    frist = "einer Woche" if ou else "von 30 Tagen"
    return [
        f"Ihr Begehren auf Zuerkennung von Flüchtlingsschutz wird{ou} abgelehnt.",
        f"Ihr Antrag auf Anerkennung als {'Asylberechtigter' if a.sex == 'm' else 'Asylberechtigte'} wird{ou} abgelehnt.",
        f"Subsidiärer Schutz wird{ou.replace(' als offensichtlich unbegründet', ' offensichtlich')} nicht gewährt.",
        "Abschiebungshindernisse aus § 60 Abs. 5 und Abs. 7 S. 1 AufenthG werden verneint.",
        f"Sie müssen Deutschland innerhalb {frist} verlassen, gerechnet ab Bekanntgabe; erheben Sie Klage, beginnt die Frist erst mit dem unanfechtbaren Abschluss des Verfahrens. Andernfalls droht Ihnen die Abschiebung {_land(c, 1)} oder in einen anderen Staat, der Sie aufnimmt.",
        f"Die Sperrwirkung einer Abschiebung (Verbot, wieder einzureisen und sich hier aufzuhalten; § 11 Absatz 1 AufenthG) gilt für {months} Monate.",
    ]


def _bamf_reasons(c, r, n: int) -> list[str]:
    a = c.applicant
    pool = [
        f"Sie sind {a.staat}e{'r' if a.sex == 'm' else ''} Staatsangehörige{'r' if a.sex == 'm' else ''}. Nach Ihren Angaben verließen Sie {_land(c, 2)} im Jahr {c.entry.year} und erreichten das Bundesgebiet am {fmt(c.entry)}. Den förmlichen Antrag stellten Sie am {fmt(c.asylum_applied)}.",
        "In Ihrer persönlichen Anhörung schilderten Sie, Angehörige einer einflussreichen Familie hätten Sie wegen eines Grundstücksstreits mit dem Tod bedroht. Die Polizei habe Ihnen nicht geholfen.",
        "Das Bundesamt hält diese Schilderung nicht für glaubhaft. Sie blieb auch auf Nachfrage oberflächlich; Einzelheiten zu Zeit, Ort und beteiligten Personen konnten Sie nicht angeben.",
        "Selbst wenn man den Vortrag zugrunde legt, fehlt es an einem Verfolgungsgrund im Sinne von § 3b AsylG; es geht um einen Streit unter Privatleuten.",
        f"Für eine ernsthafte individuelle Bedrohung, Folter oder die Todesstrafe {_land(c, 0)} (§ 4 Abs. 1 AsylG) fehlt jeder Anhalt. Zudem könnten Sie in einem anderen Landesteil Zuflucht finden (§ 3e AsylG).",
        "Die Versorgungslage in Ihrem Heimatstaat ist angespannt. Dass Sie dort verelenden, ist gleichwohl nicht zu erwarten: Sie sind arbeitsfähig und haben Verwandte vor Ort.",
        "Ein qualifiziertes Attest (vgl. § 60a Abs. 2c AufenthG) haben Sie nicht eingereicht; eine abschiebungsrelevante Erkrankung ist daher nicht belegt.",
        "Ausreisefrist und Abschiebungsandrohung: § 34 und § 38 AsylG, § 59 AufenthG.",
        "Die Länge der Sperrfrist trägt Ihren Bindungen im Bundesgebiet Rechnung; Gründe für eine kürzere Dauer haben Sie nicht genannt.",
        "Zu der Frage, ob Familienangehörige im Bundesgebiet leben, haben Sie angegeben, hier keine Verwandten zu haben.",
    ]
    if c.bamf_tenor != 6:
        pool[1] = (
            "Ein Abgleich Ihrer Fingerabdrücke ergab einen Treffer der Kategorie 1 in der Eurodac-Datenbank; der zuständige Mitgliedstaat hat dem Übernahmeersuchen zugestimmt."
        )
        pool[3] = (
            "Systemische Mängel des dortigen Asylverfahrens und der Aufnahmebedingungen sind nicht ersichtlich."
        )
    out = [pool[0]]
    rest = pool[1:]
    r.shuffle(rest)
    i = 0
    while len(out) < n:
        out.append(rest[i % len(rest)])
        i += 1
    return out


def _bamf_rbb(c) -> str:
    court = c.court_name or f"Verwaltungsgericht {c.court_city}"
    return (
        f"Gegen diese Entscheidung kann binnen {'einer Woche' if c.nat in _SAFE and c.bamf_tenor == 6 else 'zwei Wochen'} nach Zustellung "
        f"beim {court} Klage erhoben werden; entscheidend ist der Eingang bei Gericht. "
        "Sie kann schriftlich eingereicht oder bei der Geschäftsstelle des Gerichts aufgenommen werden und soll Kläger, Beklagte und Klagegegenstand benennen."
    )


def _bamf_party(c) -> list:
    a = c.applicant
    return [
        ["Familienname", a.name.upper()],
        ["Vorname", a.vorname],
        ["Geburtsdatum, -ort", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
        ["Staatsangehörigkeit", a.staat],
        ["AZR-Nummer", f"{(a.geburtsdatum.toordinal() * 7919) % 10**12:012d}"],
    ]


def _bamf_addr(c, r) -> list:
    a = c.applicant
    if c.rep and c.rep.kind == "anwalt":
        return [P(x, after=0) for x in (c.rep.org, c.rep.street, c.rep.city)] + [Space(8)]
    return [P(x, after=0) for x in (a.herr_frau(), c.street, f"{c.plz} {c.city}")] + [Space(8)]


@tpl("bamf_bescheid", "y16a", SPLIT)
def bamf_y16a(c, d, r):
    """Reference block at the right, numbered decision, reasons under 'Zu n.'; page count with the file number."""
    site = c.bamf_site
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, size=12, after=0),
        P(f"{site[0]} | {site[1]} | {site[2]}", size=8, after=8),
    ]
    blocks += _bamf_addr(c, r)
    blocks.append(
        Table(
            [
                ["Geschäftszeichen", c.bamf_gz],
                ["(in jeder Zuschrift nennen)", ""],
                ["Datum", fmt(d.date)],
                ["Referat", f"{r.randint(31, 48)}{r.choice('ABCD')}"],
            ],
            [0.4, 0.6],
            header=False,
            grid=False,
            size=9,
        )
    )
    blocks.append(P("Ihr Asylverfahren – Entscheidung", bold=True, size=13))
    blocks.append(Table(_bamf_party(c), [0.3, 0.7], header=False, size=9))
    blocks.append(P("Entscheidungsformel", bold=True))
    for i, x in enumerate(_tenor(c, r), 1):
        blocks.append(P(f"{i}. {x}", indent=10))
    blocks.append(P("Gründe", bold=True, align="center"))
    reasons = _bamf_reasons(c, r, d.extra.get("bamf_reasons", 6))
    for i, x in enumerate(reasons):
        if i % 3 == 0 and i // 3 < 6:
            blocks.append(P(f"Zu {i // 3 + 1}.", bold=True, after=1))
        blocks.append(P(x))
    blocks.append(P("Rechtsbehelfsbelehrung", bold=True))
    blocks.append(P(_bamf_rbb(c)))
    blocks.append(P("Im Auftrag", after=14))
    blocks.append(P(r.choice(["Kowalczyk", "Ohlendorf", "Rademacher", "Tiedemann"]), after=0))
    return DocSpec(blocks, _st(r, "sans"), footer=f"Seite {{p}} von {{n}} · Gesch.-Z. {c.bamf_gz}")


@tpl("bamf_bescheid", "y16b", SPLIT)
def bamf_y16b(c, d, r):
    """Centered federal heading, person data as a form, the instructions on a page of their own."""
    site = c.bamf_site
    city = site[2].split(" ", 1)[1]
    blocks = [
        P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=11, align="center", after=0),
        P(site[0], size=9, align="center", after=10),
        P(f"{city}, {fmt_long(d.date)}", align="right", after=0),
        P(f"Gesch.-Z.: {c.bamf_gz}", align="right"),
    ]
    blocks += _bamf_addr(c, r)
    blocks.append(P("Bescheid – Asylverfahren", bold=True, size=14, align="center"))
    a = c.applicant
    blocks.append(
        P(
            f"Betreffend {a.vorname} {a.name.upper()}, geboren {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}, "
            f"derzeit {c.adresse}, ergeht auf den am {fmt(c.asylum_applied)} gestellten Antrag folgende Entscheidung:"
        )
    )
    for i, x in enumerate(_tenor(c, r), 1):
        blocks.append(P(f"({i}) {x}", indent=8))
    blocks.append(P("Begründung", bold=True))
    for x in _bamf_reasons(c, r, d.extra.get("bamf_reasons", 6)):
        blocks.append(P(x))
    blocks.append(
        P(
            f"Im Auftrag\n\n{r.choice(['Bergmann-Yilmaz', 'Hülsmann', 'Pietsch'])}\nEinzelentscheider/in",
            after=4,
        )
    )
    blocks.append(PageBreak())
    blocks.append(P("Wie Sie sich gegen diesen Bescheid wehren können", bold=True))
    blocks.append(P(_bamf_rbb(c)))
    blocks.append(
        P(
            "Hinweis: Ein Rechtsbehelf gegen das Einreise- und Aufenthaltsverbot ist zusammen mit der Klage gegen diesen Bescheid zu erheben. "
            "Diese Belehrung ist Bestandteil des Bescheides."
        )
    )
    return DocSpec(blocks, _st(r, "serif"), footer="– Seite {p} von {n} –")


@tpl("bamf_bescheid", "y16c", SPLIT)
def bamf_y16c(c, d, r):
    """Running header with the file number on later pages; footer names the office, the date and the page."""
    site = c.bamf_site
    a = c.applicant
    blocks = [
        Box(
            [
                "Bundesamt für Migration und Flüchtlinge",
                f"{site[0]} – {site[1]} – {site[2]}",
                f"Az.: {c.bamf_gz}  ·  Bescheid vom {_dm(d.date)}",
            ],
            size=9,
        ),
    ]
    blocks += _bamf_addr(c, r)
    blocks.append(P("Bescheid", bold=True, size=13))
    blocks.append(
        Table(
            [
                ["Antragsteller/in", "geboren", "Staatsangehörigkeit"],
                [a.full, f"{_dm(a.geburtsdatum)}, {a.geburtsort}", a.staat],
            ],
            [0.4, 0.33, 0.27],
            size=9,
        )
    )
    blocks.append(P("Tenor", bold=True))
    for i, x in enumerate(_tenor(c, r), 1):
        blocks.append(P(f"{i}) {x}"))
    blocks.append(P("Sachverhalt und rechtliche Würdigung", bold=True))
    reasons = _bamf_reasons(c, r, d.extra.get("bamf_reasons", 6))
    for i, x in enumerate(reasons, 1):
        blocks.append(P(f"{i}. {x}"))
    blocks.append(P("Rechtsbehelfsbelehrung:", bold=True, after=1))
    blocks.append(P(_bamf_rbb(c), size=9))
    blocks.append(P("Dieses Schreiben ist maschinell gefertigt; eine Unterschrift entfällt.", size=8.5))
    return DocSpec(
        blocks,
        _st(r, "cond"),
        footer=f"{site[0]} · {_dm(d.date)} · Seite {{p}} von {{n}}",
        header=f"Gesch.-Z. {c.bamf_gz} (Fortsetzung)",
    )


# ~~~ aerztliches_gutachten ~~~


def _pat(c):
    return c.persons[c.ill_person]


def _pat_line(c) -> str:
    p = _pat(c)
    return f"{p.name}, {p.vorname} (geb. {_dm(p.geburtsdatum)})"


def _centre(c) -> str:
    return f"Behandlungszentrum Brückenpfeiler {c.city_or_nrw()} e. V."


@tpl("aerztliches_gutachten", "y16a", SPLIT)
def med_y16a(c, d, r):
    """A psychotherapeutic findings report; the date of issue stands below the signature."""
    code, diag, sev = c.diagnosis
    p = _pat(c)
    start = c.entry + timedelta(days=r.randint(200, 700))
    psych = code.startswith("F")
    blocks = [
        P(_centre(c) if psych else c.practice, bold=True, size=12, after=0),
        P(
            f"Ambulanz für Traumafolgestörungen · {c.practice}"
            if psych
            else "Sprechstunde nach Vereinbarung",
            size=8.5,
            after=0,
        ),
        P(f"{r.choice(N.STREETS)} {r.randint(2, 70)} · {c.court_city_plz()}", size=8.5),
        Rule(0.5),
        P(
            "Psychotherapeutischer Befundbericht" if psych else "Fachärztlicher Verlaufsbericht",
            bold=True,
            size=13,
        ),
        P(f"betrifft: {_pat_line(c)} – erstellt für das Härtefallverfahren"),
        P("Anlass", bold=True, after=1),
        P(
            f"Der Bericht wurde von {'der Patientin' if p.sex == 'f' else 'dem Patienten'} bzw. der gesetzlichen Vertretung erbeten. "
            f"Die Behandlung bei uns besteht seit {month_year(start)}; bisher fanden {r.randint(14, 60)} {'Sitzungen' if psych else 'Konsultationen'} statt, "
            f"teils mit Sprachmittlung."
        ),
        P("Vorgeschichte (eigene Angaben)", bold=True, after=1),
        P(
            r.choice(
                [
                    "Berichtet werden wiederholte Gewalterfahrungen im Herkunftsland und unterwegs, seither anhaltende Schlafstörungen und Schreckhaftigkeit.",
                    "Seit der Ausreise bestehen nach eigener Schilderung Grübeln, Antriebslosigkeit und Rückzug; frühere Freude an Aktivitäten sei verloren gegangen.",
                    "Die Beschwerden hätten sich nach Erhalt der Ablehnung deutlich verstärkt; Zukunftsangst bestimme den Alltag.",
                ]
            )
            if psych
            else "Die Erkrankung ist seit Jahren bekannt; im Herkunftsland sei eine regelmäßige Versorgung nicht möglich gewesen, Medikamente hätten selbst bezahlt werden müssen."
        ),
        P("Psychischer Befund" if psych else "Befunde", bold=True, after=1),
        P(
            "Bewusstseinsklar und voll orientiert. Stimmung niedergedrückt, kaum aufzuhellen. "
            "Aufmerksamkeit und Gedächtnis vermindert. Kein Anhalt für Wahn oder Halluzinationen. "
            f"{r.choice(['Passive Todeswünsche werden bejaht, akute Suizidalität glaubhaft verneint.', 'Von akuter Suizidalität distanziert.'])}"
            if psych
            else "Klinisch stabil unter Therapie; die Laborkontrollen der letzten Quartale zeigen schwankende Werte. "
            "Ohne regelmäßige Kontrollen und lückenlose Medikation sind Komplikationen zu erwarten."
        ),
        P("Diagnostische Zuordnung (ICD-10-GM)", bold=True, after=1),
        P(f"{code}  {diag}", indent=12),
        P("Einschätzung", bold=True, after=1),
        P(
            f"Schweregrad: {sev}. Seit Behandlungsbeginn ist eine geringe Besserung eingetreten. "
            "Würde die Behandlung – etwa durch Abschiebung – beendet, wäre ein Rückfall bis hin zur Chronifizierung zu befürchten."
        ),
        P(f"Medikation (fachärztlich verordnet): {', '.join(r.sample(N.MEDICATION, 2))}", size=9.5),
        Signature(
            c.doctor
            if not psych
            else f"{c.doctor}, ärztliche Psychotherapeutin"
            if c.doctor.split()[-2] in N.GERMAN_FIRST[0::2]
            else f"{c.doctor}, ärztlicher Psychotherapeut"
        ),
        P(f"ausgestellt am {fmt_long(d.date)}", size=9),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer="Vertraulich – Arztgeheimnis · Seite {p} von {n}")


@tpl("aerztliches_gutachten", "y16b", SPLIT)
def med_y16b(c, d, r):
    """A hospital discharge letter; its date is a cell of the stay table."""
    code, diag, sev = c.diagnosis
    p = _pat(c)
    stay_end = d.date - timedelta(days=r.randint(1, 6))
    stay_start = stay_end - timedelta(days=r.randint(5, 24))
    city = c.city_or_nrw()
    dept = (
        "Abteilung Kinderheilkunde"
        if p.role == "child"
        else r.choice(
            [
                "Innere Abteilung – Station Weide",
                "Fachabteilung Seelische Gesundheit",
                "Neurologische Abteilung",
            ]
        )
    )
    blocks = [
        P(f"Evangelisches Krankenhaus Am Wiesengrund {city}", bold=True, size=12, align="right", after=0),
        P(dept, size=9, align="right", after=0),
        P(
            f"Leitung: Prof. Dr. {_somebody(r)}",
            size=8.5,
            align="right",
        ),
        Space(6),
        P(f"An: {c.practice}", after=0),
        P("nachrichtlich: Patient/in zur Vorlage bei Behörden", size=9),
        Table(
            [
                ["Station", "Aufnahme", "Entlassung", "Briefdatum"],
                [f"{r.randint(2, 9)}{r.choice('ABC')}", fmt(stay_start), fmt(stay_end), fmt(d.date)],
            ],
            [0.2, 0.27, 0.27, 0.26],
            size=9,
        ),
        P("Guten Tag, liebe Kolleginnen und Kollegen der Hausarztpraxis,"),
        P(
            f"hiermit informieren wir über {'Ihre gemeinsame Patientin' if p.sex == 'f' else 'Ihren gemeinsamen Patienten'} {p.full}, "
            f"geb. {fmt(p.geburtsdatum)}, {'die' if p.sex == 'f' else 'der'} stationär bei uns behandelt wurde (Daten siehe oben)."
        ),
        P("Entlassungsdiagnosen", bold=True, after=1),
        P(f"• {diag} ({code})", indent=8, after=1),
        P(
            f"• {r.choice(['Eisenmangelanämie (D50.9)', 'Vitamin-D-Mangel (E55.9)', 'Adipositas Grad I (E66.0)', 'Insomnie (G47.0)'])}",
            indent=8,
        ),
        P("Verlauf", bold=True, after=1),
        P(
            f"Die Aufnahme erfolgte notfallmäßig. Unter Anpassung der Medikation und engmaschiger Kontrolle besserte sich der Zustand. "
            f"Der Schweregrad der Grunderkrankung ist als {sev} einzustufen; eine lückenlose ambulante Weiterbehandlung ist zwingend."
        ),
        P("Empfohlene Weitermedikation", bold=True, after=1),
        Table(
            [["Präparat", "Dosierung"]]
            + [[m.rsplit(" ", 1)[0], m.rsplit(" ", 1)[1]] for m in r.sample(N.MEDICATION, 2)],
            [0.6, 0.4],
            size=9,
        ),
        P("Procedere: Wiedervorstellung in unserer Ambulanz in vier Wochen, bei Verschlechterung jederzeit."),
        P("Für das Behandlungsteam der Station"),
        P(
            f"Oberärztin/Oberarzt i. V. · {_somebody(r)}, Assistenzärztin/-arzt",
            size=9,
        ),
    ]
    return DocSpec(blocks, _st(r, "sans"), footer="Entlassungsbrief – Seite {p}/{n}")


@tpl("aerztliches_gutachten", "y16c", SPLIT)
def med_y16c(c, d, r):
    """A family doctor's short certificate; the date stands only in the practice stamp."""
    code, diag, sev = c.diagnosis
    p = _pat(c)
    blocks = [
        P("Ärztliche Bescheinigung", bold=True, size=14, align="center"),
        P("(auf Wunsch der Familie, für die Härtefallsache)", size=9, align="center"),
        Space(8),
        P(
            f"{p.herr_frau()}, geboren am {fmt(p.geburtsdatum)}, ist seit {month_year(c.entry + timedelta(days=300))} Patient/in meiner Praxis."
        ),
        P(f"Befund: {diag}, ICD-10 {code}. Schweregrad: {sev}."),
        P(
            r.choice(
                [
                    "Regelmäßige Kontrollen (mindestens monatlich) und eine dauerhafte medikamentöse Einstellung sind erforderlich.",
                    "Die Erkrankung bedarf einer kontinuierlichen Behandlung; Unterbrechungen haben in der Vergangenheit zu Krisen geführt.",
                ]
            )
        ),
        P(f"Aktuelle Medikation: {'; '.join(r.sample(N.MEDICATION, 2))}."),
        P(
            "Die Bescheinigung wurde auf Wunsch des Patienten/der Patientin ausgestellt. Kosten trägt der Patient."
        ),
        Space(14),
        Signature(c.doctor),
        Box(
            [
                c.practice,
                f"{r.choice(N.STREETS)} {r.randint(1, 90)}, {c.court_city_plz()}",
                f"Datum: {fmt(d.date)}",
            ],
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _st(r))


# ~~~ vollmacht ~~~


def _rep_full(c) -> str:
    if not c.rep:
        return "—"
    return f"{_rep_name(c)}, {c.rep.street}, {c.rep.city}"


@tpl("vollmacht", "y16a", SPLIT)
def vollmacht_y16a(c, d, r):
    """A law firm's mandate form: 'in Sachen ... ./. ...', numbered powers."""
    a = c.applicant
    blocks = [
        P("Mandatsvollmacht", bold=True, size=15),
        P(f"Hiermit wird {_rep_full(c)},"),
        P(f"in Sachen {a.name} ./. Land Nordrhein-Westfalen", bold=True),
        P("wegen: Härtefallsache (§ 23a AufenthG) sowie Aufenthaltsrecht allgemein"),
        P("bevollmächtigt. Die Vollmacht berechtigt unter anderem dazu,"),
    ]
    for i, x in enumerate(
        [
            "mich gegenüber Kommission, Geschäftsstelle und allen beteiligten Behörden zu vertreten;",
            "Akten einzusehen sowie Zustellungen und Zahlungen entgegenzunehmen;",
            "Anträge zu stellen oder zurückzunehmen und Rechtsmittel einzulegen;",
            "die Vertretung auf Kolleginnen und Kollegen zu übertragen.",
        ],
        1,
    ):
        blocks.append(P(f"{i}. {x}", indent=12, after=2))
    blocks.append(
        P(
            "Mit umfasst sind die Familienangehörigen " + ", ".join(p.full for p in c.persons[1:])
            if len(c.persons) > 1
            else "Die Vollmacht gilt für die unterzeichnende Person."
        )
    )
    blocks.append(Signature(f"{a.full} (Mandant/in)", f"{_place(c)}, {fmt(d.date)}"))
    return DocSpec(blocks, _st(r, "serif"))


@tpl("vollmacht", "y16b", SPLIT)
def vollmacht_y16b(c, d, r):
    """A counselling service's form: the givers of the power in a table, the powers as checkboxes."""
    rows = [["Name", "Vorname", "geboren am", "Unterschrift"]]
    for p in c.persons:
        rows.append([p.name, p.vorname, _dm(p.geburtsdatum), "" if p.role == "child" else "________"])
    blocks = [
        P(c.rep.org if c.rep else "Beratungsstelle", bold=True, align="right", size=9),
        P("Vertretungs- und Auskunftsvollmacht", bold=True, size=13),
        P("Vollmachtgebende:", bold=True, after=1),
        Table(rows, [0.28, 0.24, 0.22, 0.26], size=9),
        P(f"Bevollmächtigt wird: {_rep_full(c)}" + (f", vertreten durch {c.rep.person}" if c.rep else "")),
        P("Umfang (Zutreffendes ist angekreuzt):", after=1),
        P("☒ Stellung des Antrags bei der Kommission und alle Korrespondenz dazu", indent=10, after=1),
        P("☒ Einholen von Auskünften und Einsicht in die Ausländerakte", indent=10, after=1),
        P(f"{r.choice(['☒', '☐'])} Empfang von Post und Bescheiden", indent=10, after=1),
        P("☐ Vertretung in gerichtlichen Verfahren", indent=10),
        P("Widerrufen werden kann die Vollmacht jederzeit, aber nur schriftlich."),
        P(f"Ort/Datum: {_place(c)}, {_dm(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("vollmacht", "y16c", SPLIT)
def vollmacht_y16c(c, d, r):
    """A handwritten-looking private power of attorney in plain words."""
    a = c.applicant
    if c.rep and c.rep.kind == "privat":
        whom = f"meinem {c.rep.relation} {c.rep.person}, wohnhaft {c.rep.street}, {c.rep.city},"
    elif c.rep:
        whom = f"{_rep_name(c)} ({c.rep.street}, {c.rep.city}), dort {c.rep.person},"
    else:
        whom = "der Person meines Vertrauens"
    blocks = [
        P("Vollmacht", size=16, font="italic", after=10),
        P(
            f"Ich, {a.full}, geboren {_dm(a.geburtsdatum)}, wohnhaft {c.adresse}, erlaube {whom} "
            "in der Härtefallsache für mich und meine Angehörigen zu handeln: mit dem Amt reden, Post schicken und Post annehmen.",
            font="italic",
        ),
        P("Ich habe das verstanden und bin einverstanden.", font="italic"),
        Signature(a.full, f"{_place(c)}, {_dm(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "italic", 12.0))


# ~~~ schweigepflichtsentbindung ~~~


@tpl("schweigepflichtsentbindung", "y16a", SPLIT)
def schweige_y16a(c, d, r):
    """The treating persons in a table; the release addressed to the commission and its office."""
    p = _pat(c)
    other = f"Dr. med. {_somebody(r)}"
    blocks = [
        P("Schweigepflicht – Entbindungserklärung", bold=True, size=13),
        P(f"Patient/in: {p.full}, geb. {fmt(p.geburtsdatum)}, {c.adresse}"),
        P(
            "Ich entbinde – im Umfang des Härtefallverfahrens – die unten aufgeführten Behandlerinnen und Behandler von ihrer ärztlichen "
            "und psychotherapeutischen Pflicht zur Verschwiegenheit (Schweigepflicht). Auskünfte über Befunde, Diagnosen und den Verlauf dürfen an die "
            "Kommission in Düsseldorf und deren Geschäftsstelle gehen."
        ),
        Table(
            [
                ["Name", "Praxis / Einrichtung"],
                [c.doctor, c.practice],
                [other, f"Fachambulanz {c.city_or_nrw()}"],
            ],
            [0.4, 0.6],
            size=9,
        ),
        P("Gültig bis auf Widerruf; ein Widerruf gilt ab seinem Zugang."),
        Signature(
            p.full if p.role != "child" else f"{c.applicant.full} (für das Kind {p.vorname})",
            f"{_place(c)}, {fmt(d.date)}",
        ),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schweigepflichtsentbindung", "y16b", SPLIT)
def schweige_y16b(c, d, r):
    """A bilingual form (German / English) in two columns."""
    p = _pat(c)
    rows = [
        ["Deutsch", "English"],
        [
            f"Ich, {p.full}, geb. {_dm(p.geburtsdatum)}, entbinde {c.doctor} ({c.practice}) von der ärztlichen Schweigepflicht.",
            f"I, {p.full}, release {c.doctor} from medical confidentiality.",
        ],
        [
            "Sie gilt für Auskünfte an die Härtefallkommission NRW (einschließlich Geschäftsstelle).",
            "Valid towards the NRW Hardship Commission and its staff.",
        ],
        [
            "Diese Erklärung kann ich zu jeder Zeit zurückziehen.",
            "I can take back this release whenever I want.",
        ],
    ]
    blocks = [
        P("Entbindung (Arztgeheimnis) / Medical confidentiality waiver", bold=True, size=12),
        Table(rows, [0.55, 0.45], size=9),
        P(f"Unterschrieben am / signed on {_dm(d.date)}"),
        Signature(p.full if p.role != "child" else f"{c.applicant.full} – parent"),
    ]
    return DocSpec(blocks, _st(r, "cond"))


@tpl("schweigepflichtsentbindung", "y16c", SPLIT)
def schweige_y16c(c, d, r):
    """A short declaration in the patient's words, written with a helper."""
    p = _pat(c)
    blocks = [
        P(f"{c.applicant.full}\n{c.street}\n{c.plz} {c.city}", size=9.5),
        P(f"{_place(c)}, {fmt_long(d.date)}", align="right"),
        P("Meine Erlaubnis für die Ärztin / den Arzt", bold=True),
        P(
            f"Meine Ärztin / mein Arzt {c.doctor} darf der Härtefallkommission und ihrer Geschäftsstelle alles über "
            f"{'meine Krankheit' if p.role == 'applicant' else 'die Krankheit von ' + p.vorname} sagen und schreiben. "
            "Dafür entbinde ich sie/ihn von der Schweigepflicht. Ich kann das später wieder beenden, dann schreibe ich einen Brief."
        ),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ~~~ datenschutzeinwilligung ~~~


@tpl("datenschutzeinwilligung", "y16a", SPLIT)
def ds_y16a(c, d, r):
    """Numbered clauses, then one signature row per adult person."""
    rows = [["Person", "Ort, Datum", "Unterschrift"]]
    for p in c.persons:
        if p.role != "child":
            rows.append([p.full, f"{_place(c)}, {fmt(d.date)}", ""])
    blocks = [
        P("Einverständniserklärung zur Datenverarbeitung (Härtefallverfahren NRW)", bold=True, size=12),
        P(
            "1. Hiermit darf die Geschäftsstelle meine Angaben und die meiner mit aufgeführten "
            "Angehörigen für das Verfahren speichern und nutzen."
        ),
        P(
            "2. Umfasst sind auch sensible Daten nach Art. 9 DSGVO – vor allem Gesundheitsangaben aus Antrag und Anlagen."
        ),
        P(
            "3. Auch die örtlich zuständige Ausländerbehörde sowie die Kommissionsmitglieder dürfen die Angaben erhalten."
        ),
        P(
            "4. Niemand muss diese Erklärung abgeben. Widerrufe ich sie, gilt das ab dem Zeitpunkt des Widerrufs."
        ),
        Table(rows, [0.38, 0.34, 0.28], size=9),
    ]
    return DocSpec(blocks, _st(r))


@tpl("datenschutzeinwilligung", "y16b", SPLIT)
def ds_y16b(c, d, r):
    """A counselling service's privacy notice with tick boxes (Art. 6 and Art. 9 DSGVO)."""
    org = (
        c.rep.org
        if c.rep and c.rep.kind == "beratungsstelle"
        else f"Beratungsnetz Ankommen {c.city_or_nrw()} e. V."
    )
    blocks = [
        P(org, size=9, align="right"),
        P("Ihre Daten bei uns – Hinweise und Einverständnis", bold=True, size=12),
        P(
            "Grundlage: Ihre Einwilligung nach der DSGVO (Art. 6 Abs. 1 a; für Gesundheitsdaten Art. 9 Abs. 2 a)",
            size=9,
        ),
        P(f"Ratsuchende/r: {c.applicant.full}"),
        P(
            "☒ Meine Angaben dürfen für den Härtefallantrag erfasst und der Kommission in Düsseldorf zugeleitet werden.",
            indent=6,
        ),
        P(
            "☒ Auch Angaben zu meiner Gesundheit dürfen weitergegeben werden, soweit der Antrag sie braucht.",
            indent=6,
        ),
        P(f"{r.choice(['☒', '☐'])} Rückfragen an mich dürfen per E-Mail kommen.", indent=6),
        Box(
            [
                "Widerrufsrecht",
                "Widerruf ist formlos und ohne Begründung möglich; was vorher rechtmäßig verarbeitet wurde, bleibt davon unberührt.",
            ],
            size=8.5,
        ),
        Signature(c.applicant.full, f"{_place(c)}, {_dm(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("datenschutzeinwilligung", "y16c", SPLIT)
def ds_y16c(c, d, r):
    """Bilingual consent, German beside French or English."""
    fr = c.nat in ("guinea",)
    other = "Français" if fr else "English"
    rows = [
        ["Deutsch", other],
        [
            "Mit der Verarbeitung meiner personenbezogenen Daten durch die Härtefallkommission NRW bin ich einverstanden.",
            "J'accepte le traitement de mes données personnelles par la Commission des cas de rigueur de NRW."
            if fr
            else "The Hardship Commission of NRW may process my personal data; I consent to this.",
        ],
        [
            "Die Einwilligung umfasst Gesundheitsdaten und die Weitergabe an die Ausländerbehörde.",
            "Cela comprend les données de santé et la transmission au service des étrangers."
            if fr
            else "This includes health data and passing it to the foreigners office.",
        ],
        [
            "Ein Widerruf ist jederzeit möglich (DSGVO).",
            "Je peux retirer mon accord à tout moment (RGPD)."
            if fr
            else "I am free to cancel this consent later (GDPR).",
        ],
    ]
    blocks = [
        P(f"Datenschutz – Einwilligung / {'Consentement' if fr else 'Consent'}", bold=True, size=12),
        Table(rows, [0.5, 0.5], size=9),
        P(f"Name: {c.applicant.full}     Datum: {fmt(d.date)}"),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, _st(r, "cond"))


# ~~~ lebenslauf ~~~


def _cv_items(c) -> list[tuple[str, str, str]]:
    a = c.applicant
    y = a.geburtsdatum.year
    rows = [
        (_dm(a.geburtsdatum), a.geburtsort, "Geburt"),
        (f"{y + 6}–{y + 13}", a.geburtsort, "Schulbesuch, acht Klassen"),
        (
            f"{y + 14}–{c.entry.year - 1}",
            c.natinfo["land"],
            "Mitarbeit im Handwerk der Familie, später Lagerarbeiter",
        ),
        (fmt(c.entry), "Deutschland", "Ankunft / Einreise"),
    ]
    if c.asylum:
        rows.append((fmt(c.asylum_applied), "BAMF", "Asylantrag gestellt"))
        rows.append((month_year(c.bamf_date), "", "Bescheid: Antrag abgelehnt"))
    else:
        rows.append((str(c.entry.year), "", f"Visum und Aufenthaltserlaubnis ({c.visa_purpose.split()[-1]})"))
    rows.append((f"{c.entry.year + 1}", c.city_or_nrw(), "Sprach- und Orientierungskurs"))
    if c.job:
        rows.append((f"ab {c.entry.year + 2}", c.city_or_nrw(), f"{c.job} bei {c.employer}"))
    return rows


@tpl("lebenslauf", "y16a", SPLIT)
def cv_y16a(c, d, r):
    a = c.applicant
    blocks = [
        Table(
            [
                ["Lebenslauf", "[Lichtbild]"],
                [f"{a.vorname} {a.name}\n{c.street}\n{c.plz} {c.city}", ""],
            ],
            [0.75, 0.25],
            header=True,
            grid=False,
        ),
        P("Zur Person", bold=True, after=1),
        Table(
            [
                ["geboren", f"{fmt(a.geburtsdatum)} in {a.geburtsort}"],
                ["Familienstand", "verheiratet" if len(c.persons) > 1 else "ledig"],
                ["Staatsangehörigkeit", a.staat],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P("Stationen", bold=True, after=1),
        Table(
            [["Zeitraum", "Ort", "Tätigkeit"]] + [list(x) for x in _cv_items(c)], [0.22, 0.22, 0.56], size=9
        ),
        Signature(a.full, f"{_place(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("lebenslauf", "y16b", SPLIT)
def cv_y16b(c, d, r):
    a = c.applicant
    rows = []
    for when, where, what in _cv_items(c):
        rows.append([when, f"{what}{' – ' + where if where else ''}"])
    blocks = [
        P("CURRICULUM VITAE – Lebenslauf", bold=True, size=14, align="center"),
        P(f"{a.full} · {c.adresse}", size=9, align="center"),
        Rule(),
        Table(rows, [0.26, 0.74], header=False, grid=False),
        P("Sprachen: Muttersprache; Deutsch (B1); etwas Englisch", size=9.5),
        P(f"{_place(c)}, den {fmt_long(d.date)}", after=2),
        Signature(a.full),
    ]
    return DocSpec(blocks, _st(r, "serif"), footer=f"Lebenslauf {a.name}")


@tpl("lebenslauf", "y16c", SPLIT)
def cv_y16c(c, d, r):
    """A short handwritten-looking CV."""
    a = c.applicant
    lines = [P("Mein Lebenslauf", size=15, font="italic", after=8)]
    for when, where, what in _cv_items(c):
        lines.append(P(f"{when}  –  {what}{' (' + where + ')' if where else ''}", font="italic", after=3))
    lines.append(Signature(a.full, f"{_place(c)} {_dm(d.date)}"))
    return DocSpec(lines, _st(r, "italic", 11.5))


# ~~~ sprachnachweis ~~~


@tpl("sprachnachweis", "y16a", SPLIT)
def sprach_y16a(c, d, r):
    a = c.applicant
    pts = [r.randint(30, 45), r.randint(20, 30), r.randint(55, 80)]
    level = "B1" if pts[0] >= 33 else "A2"
    blocks = [
        P(f"Prüfungszentrum Lernwerk {c.city_or_nrw()}", size=9, after=0),
        P(f"Prüfungsnummer {r.randint(100000, 999999)}-{r.randint(10, 99)}", size=8.5, align="right"),
        P("Zertifikat", bold=True, size=16, align="center", after=0),
        P("DTZ · Deutsch-Test für Zuwanderer", bold=True, size=12, align="center"),
        P(
            f"{a.vorname} {a.name}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, hat an der Prüfung teilgenommen und folgendes Ergebnis erzielt:"
        ),
        Table(
            [
                ["Prüfungsteil", "Punkte", "Niveau"],
                ["Hören + Lesen (schriftlich)", str(pts[0]), level],
                ["Schreiben", str(pts[1]), level],
                ["Sprechen", str(pts[2]), "B1"],
            ],
            [0.5, 0.25, 0.25],
        ),
        P(f"Erreichtes Gesamtniveau (GER): {level}", bold=True),
        P(f"Ausgestellt: {fmt(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("sprachnachweis", "y16b", SPLIT)
def sprach_y16b(c, d, r):
    a = c.applicant
    blocks = [
        P(f"Bildungswerk Brückenschlag gGmbH · Kursort {c.city_or_nrw()}", bold=True),
        P("Kursbescheinigung Integrationskurs", bold=True, size=13),
        P(f"Teilnehmer/in: {a.full}, geb. {_dm(a.geburtsdatum)}"),
        Table(
            [
                ["Kursabschnitt", "Unterrichtseinheiten", "Zeitraum"],
                ["Basissprachkurs (Module 1–3)", "300", f"{c.entry.year + 1}"],
                ["Aufbausprachkurs (Module 4–6)", "300", f"{c.entry.year + 1}/{c.entry.year + 2}"],
                ["Orientierungskurs", "100", f"{c.entry.year + 2}"],
            ],
            [0.5, 0.25, 0.25],
            size=9,
        ),
        P("Test „Leben in Deutschland“: bestanden. Sprachprüfung: Niveau A2/B1 erreicht."),
        P(f"{c.city_or_nrw()}, {fmt_long(d.date)}"),
        P("Kursleitung / Stempel", size=9),
    ]
    return DocSpec(blocks, _st(r))


# ~~~ arbeitsnachweis ~~~


@tpl("arbeitsnachweis", "y16a", SPLIT)
def arbeit_y16a(c, d, r):
    """An employment contract with numbered clauses (never more than eight)."""
    a = c.applicant
    wage = r.choice(["13,50", "14,10", "15,25", "16,80"])
    blocks = [
        P("Arbeitsvertrag", bold=True, size=14, align="center"),
        P(f"zwischen {c.employer} (Arbeitgeber) und {_herrn(a)}, {c.adresse} (Arbeitnehmer/in)"),
    ]
    for n, (h, x) in enumerate(
        [
            ("Beginn", f"Start der Beschäftigung: {fmt(d.date)}; der Vertrag ist unbefristet."),
            ("Probezeit", "Sechs Monate, in denen beide Seiten mit zwei Wochen Frist kündigen können."),
            ("Tätigkeit", f"Der/die Beschäftigte wird als {c.job} eingesetzt."),
            (
                "Arbeitszeit",
                f"Wöchentlich werden {r.choice([30, 35, 38.5, 40])} Stunden gearbeitet, verteilt nach Dienstplan.",
            ),
            (
                "Vergütung",
                f"Bezahlt werden {wage} Euro brutto je Stunde, fällig am letzten Werktag des Monats.",
            ),
            ("Urlaub", f"Pro Jahr stehen {r.choice([24, 26, 28, 30])} bezahlte Urlaubstage zu."),
            (
                "Aufenthaltsrecht",
                "Voraussetzung ist eine gültige Erlaubnis der Ausländerbehörde zur Ausübung der Beschäftigung.",
            ),
        ],
        1,
    ):
        blocks.append(P(f"§ {n} {h}", bold=True, after=1))
        blocks.append(P(x))
    blocks.append(P(f"{c.city_or_nrw()}, {fmt(d.date)}"))
    blocks.append(
        Table([["Arbeitgeber", "Arbeitnehmer/in"], ["", a.full]], [0.5, 0.5], header=True, grid=False)
    )
    return DocSpec(blocks, _st(r, "serif"))


@tpl("arbeitsnachweis", "y16b", SPLIT)
def arbeit_y16b(c, d, r):
    """A payslip."""
    a = c.applicant
    gross = r.randint(1900, 2900)
    hours = r.choice([139, 151, 165, 173])
    tax = round(gross * 0.06)
    sv = round(gross * 0.205)
    blocks = [
        P(c.employer, bold=True),
        P(f"Lohnzettel {month_year(d.date)}", bold=True, size=12),
        Table(
            [
                ["Pers.-Nr.", str(r.randint(1000, 9999)), "Steuerklasse", r.choice(["I", "III", "IV"])],
                ["Name", a.full, "Eintritt", fmt(d.date - timedelta(days=r.randint(200, 900)))],
            ],
            [0.18, 0.37, 0.2, 0.25],
            header=False,
            size=9,
        ),
        Table(
            [
                ["Schl.", "Bezeichnung", "Menge", "€"],
                ["1000", "Stundenlohn", f"{hours} Std.", f"{gross},00"],
                ["/LSt", "Steuerabzüge", "", f"–{tax},00"],
                ["/SV", "KV, RV, AV, PV (Arbeitnehmer)", "", f"–{sv},00"],
                ["", "Überweisung auf Ihr Konto", "", f"{gross - tax - sv},00"],
            ],
            [0.12, 0.5, 0.16, 0.22],
            size=9,
        ),
        P(f"Erstellt am {fmt(d.date)} · Tätigkeit: {c.job}", size=9),
    ]
    return DocSpec(blocks, _st(r, "mono", 9.0))


@tpl("arbeitsnachweis", "y16c", SPLIT)
def arbeit_y16c(c, d, r):
    """An employer's certificate of ongoing employment."""
    a = c.applicant
    boss = _somebody(r)
    blocks = [
        P(c.employer, bold=True, size=12, align="center"),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 99)} · {c.court_city_plz()}", size=8.5, align="center"),
        Rule(),
        P("Beschäftigungsnachweis", bold=True, size=12),
        P(
            f"Hiermit bestätigen wir, dass {a.herr_frau()}, geb. {fmt(a.geburtsdatum)}, seit {month_year(d.date - timedelta(days=500))} "
            f"in unserem Betrieb tätig ist ({c.job}); eine Kündigung ist weder ausgesprochen noch beabsichtigt."
        ),
        P("Die Arbeitsleistung ist einwandfrei; eine Weiterbeschäftigung ist ausdrücklich gewünscht."),
        P(f"{c.city_or_nrw()}, {_dm(d.date)}"),
        Signature(f"{boss}, Personalleitung"),
    ]
    return DocSpec(blocks, _st(r))


# ~~~ ehrenamt ~~~


@tpl("ehrenamt", "y16a", SPLIT)
def ehren_y16a(c, d, r):
    a = c.applicant
    months = [N.MONTHS_DE[(d.date.month - i - 1) % 12] for i in range(4, 0, -1)]
    blocks = [
        P(c.club, bold=True, size=12),
        P("Stundenbestätigung Ehrenamt", bold=True),
        P(f"{a.full} engagiert sich bei uns ehrenamtlich. Die geleisteten Stunden der letzten Monate:"),
        Table(
            [["Monat", "Stunden", "Einsatz"]]
            + [
                [m, str(r.randint(6, 22)), r.choice(["Ausgabe", "Aufbau", "Fahrdienst", "Küche"])]
                for m in months
            ],
            [0.35, 0.2, 0.45],
            size=9,
        ),
        P("Das Team freut sich über jede Schicht, die sie/er übernimmt."),
        P(f"Im Namen des Vereinsvorstands, {_dm(d.date)}"),
        Signature(_somebody(r)),
    ]
    return DocSpec(blocks, _st(r))


@tpl("ehrenamt", "y16b", SPLIT)
def ehren_y16b(c, d, r):
    a = c.applicant
    blocks = [
        Box([c.club, "Mitgliedsbescheinigung", f"Mitglieds-Nr. {r.randint(100, 2999)}"], size=10),
        P(
            f"{a.herr_frau()} ist seit dem {fmt(d.date - timedelta(days=r.randint(300, 1400)))} eingetragenes Mitglied."
        ),
        P(
            f"Funktion: {r.choice(['Übungsleiterhelfer/in', 'Kassenprüfer/in', 'Unterstützung bei Festen und Turnieren'])}. Die Beiträge werden pünktlich gezahlt."
        ),
        P(f"{c.city_or_nrw()}, am {fmt(d.date)}"),
        Signature("Geschäftsführender Vorstand"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ~~~ unterstuetzerschreiben ~~~


@tpl("unterstuetzerschreiben", "y16a", SPLIT)
def unter_y16a(c, d, r):
    """A school social worker's statement about the family."""
    who = _somebody(r)
    kids = c.children()
    about = f"die Familie {c.applicant.name}" if len(c.persons) > 1 else c.applicant.full
    blocks = [
        P(f"{who} · Schulsozialarbeit · {c.school}", size=9),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P(f"Fürsprache: {about}", bold=True),
        P(
            f"Ich kenne {about} seit etwa {r.randint(2, 6)} Jahren aus meiner Arbeit. "
            + (
                f"{', '.join(k.vorname for k in kids)} nehmen regelmäßig an unseren Angeboten teil. "
                if kids
                else ""
            )
            + "Ich habe die Familie als hilfsbereit, offen und gut vernetzt erlebt."
        ),
        P(
            "Ich unterstütze den Wunsch nach einem dauerhaften Bleiberecht ausdrücklich. Eine Abschiebung würde aus meiner Sicht ein gelungenes Ankommen zerstören."
        ),
        Signature(who),
    ]
    return DocSpec(blocks, _st(r))


@tpl("unterstuetzerschreiben", "y16b", SPLIT)
def unter_y16b(c, d, r):
    """A neighbour's short handwritten-looking note."""
    who = _somebody(r)
    blocks = [
        P(f"{who}, Nachbarin/Nachbar", font="italic", size=10),
        P(f"{c.street}, {c.plz} {c.city}", font="italic", size=10),
        Space(10),
        P("An die Härtefallkommission", font="italic"),
        P(
            f"Ich wohne im selben Haus wie {c.applicant.full}. Seit sie eingezogen sind, helfen wir uns gegenseitig: "
            "beim Einkaufen, mit den Kindern, beim Schneeschippen. Ich wünsche mir sehr, dass sie hierbleiben dürfen.",
            font="italic",
        ),
        Signature(who, f"{_dm(d.date)}"),
    ]
    return DocSpec(blocks, _st(r, "italic", 12.0))


@tpl("unterstuetzerschreiben", "y16c", SPLIT)
def unter_y16c(c, d, r):
    """The employer's letter of support on letterhead."""
    boss = _somebody(r)
    a = c.applicant
    blocks = [
        P(c.employer, bold=True, size=13, after=0),
        P(f"Geschäftsführung · {r.choice(N.STREETS)} {r.randint(1, 80)} · {c.court_city_plz()}", size=8.5),
        Rule(0.6),
        P(f"{c.city_or_nrw()}, den {fmt_long(d.date)}", align="right"),
        P(f"Warum wir {_herrn(a)} brauchen", bold=True),
        P(
            f"{a.herr_frau()} ist bei uns beschäftigt ({c.job}). {'Er' if a.sex == 'm' else 'Sie'} ist pünktlich, lernt schnell und ist im Team sehr beliebt. "
            "Wir finden für diese Stelle seit Jahren kaum Bewerber und möchten auf keinen Fall auf diese Arbeitskraft verzichten."
        ),
        P(
            "Wir bitten die Kommission, den Antrag wohlwollend zu unterstützen; eine Weiterbeschäftigung ist gesichert."
        ),
        Signature(f"{boss}, Inhaber/in"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ~~~ schulnachweis ~~~


@tpl("schulnachweis", "y16a", SPLIT)
def schul_y16a(c, d, r):
    """A half-year report with a table of marks."""
    k = _child(c, d)
    y = d.date.year if d.date.month >= 8 else d.date.year - 1
    subjects = [
        "Deutsch",
        "Mathematik",
        "Sachunterricht" if k.age_on(d.date) < 11 else "Englisch",
        "Sport",
        "Kunst",
        "Musik",
    ]
    blocks = [
        P(c.school, bold=True, size=12, align="center"),
        P(f"Zeugnis zum Halbjahr – {y}/{y + 1}", bold=True, align="center"),
        P(
            f"für {k.vorname} {k.name}, geboren am {fmt(k.geburtsdatum)}, Klasse {max(1, k.age_on(d.date) - 5)}{r.choice('abc')}"
        ),
        Table(
            [["Fach", "Note"]]
            + [[s, r.choice(["gut", "befriedigend", "sehr gut", "ausreichend"])] for s in subjects],
            [0.6, 0.4],
            size=9,
        ),
        P("Arbeits- und Sozialverhalten: Verlässlich und hilfsbereit; beteiligt sich aktiv am Unterricht."),
        P(f"Fehltage: {r.randint(0, 6)} (alle entschuldigt)"),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
        Table(
            [["Klassenleitung", "Schulleitung", "Erziehungsberechtigte"], ["", "", ""]],
            [0.34, 0.33, 0.33],
            grid=False,
        ),
    ]
    return DocSpec(blocks, _st(r))


@tpl("schulnachweis", "y16b", SPLIT)
def schul_y16b(c, d, r):
    """A certificate of attendance (day-care or school, by age)."""
    k = _child(c, d)
    small = k.age_on(d.date) < 6
    blocks = [
        P(c.school, bold=True),
        P("Betreuungsbestätigung" if small else "Schulbesuchsbescheinigung", bold=True, size=13),
        P(
            f"{k.vorname} {k.name} (geb. {_dm(k.geburtsdatum)}) "
            + (
                f"wird seit {month_year(d.date - timedelta(days=r.randint(150, 700)))} in unserer Kindertageseinrichtung betreut, {r.choice([35, 45])} Wochenstunden."
                if small
                else "ist an unserer Schule angemeldet und nimmt im laufenden Schuljahr regelmäßig am Unterricht teil."
            )
        ),
        P("Ausgestellt auf Wunsch der Eltern zur Vorlage bei Ämtern."),
        P(f"Datum: {fmt(d.date)}"),
        Signature("Leitung"),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ~~~ auslaenderbehoerde ~~~


def _abh_block(c, r) -> list:
    """The authority's letterhead and the addressee."""
    auth = c.abh.split(" – ")[0]
    office = c.abh.split(" – ")[1] if " – " in c.abh else "Ausländerbehörde"
    return (
        [
            P(auth, bold=True, size=12, after=0),
            P(
                f"{'Die Oberbürgermeisterin' if r.random() < 0.5 else 'Der Oberbürgermeister'}"
                if auth.startswith(("Stadt", "Landes", "Bundes"))
                else "Kreisverwaltung – Fachdienst Zuwanderung"
                if auth.startswith(("Kreis", "StädteRegion", "Region"))
                else "Abteilung Aufenthalt",
                size=9,
                after=0,
            ),
            P(
                f"{office} · {r.choice(N.STREETS)} {r.randint(1, 40)} · {c.abh_plz} {auth.split()[-1]}",
                size=8.5,
            ),
            Rule(0.5),
        ]
        + [P(x, after=0) for x in (c.applicant.herr_frau(), c.street, f"{c.plz} {c.city}")]
        + [Space(10)]
    )


@tpl("auslaenderbehoerde", "y16a", SPLIT)
def abh_y16a(c, d, r):
    """The certificate card: Duldung, Ausbildungsduldung or Aufenthaltsgestattung, as the case has it."""
    a = c.applicant
    if c.gestattung:
        title = "Bescheinigung über die Aufenthaltsgestattung"
        basis = "Asylgesetz, § 63"
    elif c.ausbildung:
        title = "Bescheinigung über die Aussetzung der Abschiebung (Duldung)"
        basis = "Ausbildungsduldung gemäß § 60c AufenthG"
    else:
        title = "Bescheinigung über die Aussetzung der Abschiebung (Duldung)"
        basis = "§ 60a Abs. 2 Satz 1 AufenthG"
    valid = d.date + timedelta(days=r.choice([92, 120, 183]))
    blocks = [
        P(title, bold=True, size=12, align="center"),
        P(
            "Diese Bescheinigung ersetzt keinen Aufenthaltstitel – Ausreisepflicht besteht fort.",
            size=8.5,
            align="center",
        )
        if not c.gestattung
        else Space(4),
        Table(
            [
                [
                    "[Lichtbild]",
                    f"FAMILIENNAME: {a.name.upper()}\nVORNAME(N): {a.vorname}\nGEBURTSTAG: {fmt(a.geburtsdatum)}\nGEBURTSORT: {a.geburtsort}\nSTAATSANGEHÖRIGKEIT: {a.staat.upper()}",
                ],
            ],
            [0.25, 0.75],
            header=False,
            size=9,
        ),
        P(f"Rechtsgrundlage: {basis}"),
        P(f"gültig bis: {fmt(valid)}"),
        P(
            f"Nebenbestimmungen: Wohnsitz ist zu nehmen in {c.city_or_nrw()}. Erwerbstätigkeit {'gestattet' if c.ausbildung else 'nur mit Erlaubnis der Ausländerbehörde'}."
        ),
        Box([c.abh, f"ausgestellt am {fmt(d.date)}", "Dienstsiegel / Unterschrift"], size=8.5),
    ]
    return DocSpec(blocks, _st(r, "cond"))


@tpl("auslaenderbehoerde", "y16b", SPLIT)
def abh_y16b(c, d, r):
    """A request to leave voluntarily; a fixed date of the return is named only when the case has one."""
    a = c.applicant
    blocks = _abh_block(c, r)
    blocks.append(
        P(
            f"Datum: {fmt(d.date)} · Aktenzeichen: 32.{r.randint(10, 99)}-{a.name[:3].upper()}-{r.randint(1000, 9999)}",
            size=9,
        )
    )
    blocks.append(P("Ihre Ausreisepflicht – Aufforderung zur freiwilligen Ausreise", bold=True))
    blocks.append(
        P(
            f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name}, Sie sind zur Ausreise verpflichtet, und diese Pflicht ist vollziehbar. "
            f"Die Frist zur freiwilligen Ausreise endet am {fmt(d.date + timedelta(days=30))}."
        )
    )
    blocks.append(
        P(
            "Über Möglichkeiten der geförderten freiwilligen Rückkehr berät Sie die Rückkehrberatung; dort erhalten Sie auch Hilfe bei der Beschaffung von Reisedokumenten."
        )
    )
    if c.rueckfuehrung:
        blocks.append(
            P(
                f"Sollten Sie nicht freiwillig ausreisen, ist Ihre Abschiebung für den {fmt(c.rueckfuehrung)} vorgesehen."
            )
        )
    else:
        blocks.append(
            P(
                "Reisen Sie nicht freiwillig aus, muss mit einer Abschiebung ohne vorherige Ankündigung gerechnet werden."
            )
        )
    blocks.append(P("Mit Gruß\nim Auftrag der Behörde"))
    blocks.append(P(f"{r.choice(N.GERMAN_SURNAMES)}, Sachbearbeitung", size=9))
    return DocSpec(blocks, _st(r, "sans"))


@tpl("auslaenderbehoerde", "y16c", SPLIT)
def abh_y16c(c, d, r):
    """An order refusing to extend the residence permit, with the instructions on legal remedy."""
    a = c.applicant
    blocks = _abh_block(c, r)
    blocks.append(P(f"{c.city_or_nrw()}, {fmt_long(d.date)}", align="right"))
    blocks.append(P("Ordnungsverfügung", bold=True, size=13))
    blocks.append(P(f"betr.: {a.full}, geb. {fmt(a.geburtsdatum)}, {a.staat}"))
    blocks.append(P("Entscheidung:", bold=True, after=1))
    blocks.append(
        P(
            "1. Ihr Antrag auf Verlängerung bzw. Erteilung einer Aufenthaltserlaubnis wird abgelehnt.",
            indent=8,
            after=1,
        )
    )
    blocks.append(
        P(
            "2. Sie werden aufgefordert, das Bundesgebiet innerhalb eines Monats nach Zustellung zu verlassen.",
            indent=8,
            after=1,
        )
    )
    blocks.append(P("3. Reisen Sie nicht rechtzeitig aus, werden Sie abgeschoben (Androhung).", indent=8))
    blocks.append(P("Begründung:", bold=True, after=1))
    blocks.append(
        P(
            "Die Voraussetzungen für die Erteilung eines Aufenthaltstitels liegen nicht vor. Der Lebensunterhalt ist nicht gesichert; "
            "ein Anspruch ergibt sich auch nicht aus anderen Vorschriften. Ihre privaten Interessen wurden gewürdigt, überwiegen aber nicht."
        )
    )
    blocks.append(P("Rechtsbehelfsbelehrung:", bold=True, after=1))
    blocks.append(
        P(
            f"Klage ist möglich; sie muss binnen eines Monats ab Zustellung beim Verwaltungsgericht {c.court_city} eingehen.",
            size=9,
        )
    )
    blocks.append(P(f"Im Auftrag\n{r.choice(N.GERMAN_SURNAMES)}"))
    return DocSpec(blocks, _st(r, "serif"), footer="Seite {p} von {n}")


# ~~~ gerichtsentscheidung ~~~


@tpl("gerichtsentscheidung", "y16a", SPLIT)
def court_y16a(c, d, r):
    """A judgment or order with a copy stamp; the judge named in the opening formula."""
    a = c.applicant
    judge = _somebody(r)
    urteil = c.asylum and r.random() < 0.6
    blocks = [
        Table([[f"Az.: {c.court_az}", "Beglaubigte Abschrift"]], [0.6, 0.4], header=False, grid=False),
        P(c.court_name.upper(), bold=True, size=12, align="center"),
    ]
    if urteil:
        blocks.append(P("Im Namen des Volkes", align="center", font="italic"))
    blocks.append(P("Urteil" if urteil else "Beschluss", bold=True, size=13, align="center"))
    opp = (
        "die Bundesrepublik Deutschland (BAMF, Nürnberg)"
        if c.asylum
        else f"das Land Nordrhein-Westfalen ({c.abh})"
    )
    blocks.append(
        P(
            f"In der Verwaltungsrechtssache von {a.full}, {c.adresse}, – {'Kläger' if a.sex == 'm' else 'Klägerin'} –"
        )
    )
    if c.rep and c.rep.kind == "anwalt":
        blocks.append(P(f"Prozessbevollmächtigte: {c.rep.org}, {c.rep.city}"))
    blocks.append(P(f"gegen {opp}, – Beklagte/r –"))
    blocks.append(
        P(
            f"hat die {r.randint(1, 22)}. Kammer durch {judge} als Einzelrichter/in am {fmt(d.date)} "
            + ("für Recht erkannt:" if urteil else "beschlossen:")
        )
    )
    blocks.append(
        P(
            "Abgewiesen wird die Klage; die außergerichtlichen Kosten fallen dem Kläger zur Last, Gerichtskosten fallen nicht an."
            if urteil
            else "Eilrechtsschutz (§ 80 Abs. 5 VwGO): abgelehnt; Kostenschuldner ist der Antragsteller."
        )
    )
    blocks.append(P("Tatbestand" if urteil else "Gründe", bold=True))
    blocks.append(
        P(
            f"Der Beteiligte ist {a.staat}er Staatsangehöriger und reiste am {fmt(c.entry)} ein. "
            + (
                f"Das Bundesamt lehnte seinen Antrag mit Bescheid vom {fmt(c.bamf_date)} ab."
                if c.asylum
                else "Die Ausländerbehörde lehnte die Verlängerung seines Aufenthaltstitels ab."
            )
        )
    )
    if urteil:
        blocks.append(P("Entscheidungsgründe", bold=True))
    blocks.append(
        P(
            "Eine beachtliche Rückkehrgefahr sieht die Kammer nicht. "
            "Nachgereichte Unterlagen ändern daran nichts."
        )
    )
    blocks.append(P(judge, align="right"))
    return DocSpec(blocks, _st(r, "serif"), footer=f"{c.court_az} – Seite {{p}}")


@tpl("gerichtsentscheidung", "y16b", SPLIT)
def court_y16b(c, d, r):
    """An order with Roman-numbered reasons and instructions on remedy."""
    a = c.applicant
    blocks = [
        P(c.court_name, bold=True, size=13),
        P(f"Geschäftsnummer: {c.court_az}", after=10),
        P("BESCHLUSS", bold=True, size=13, align="center"),
        P(f"Sache {a.name} ./. {'Bundesrepublik Deutschland' if c.asylum else 'Land NRW'}"),
        P(f"Die Kammer hat am {fmt_long(d.date)} beschlossen:"),
        P(
            "Den Antrag lehnt die Kammer ab; die Verfahrenskosten fallen der antragstellenden Partei zur Last. Streitwert: 2.500 €."
            if not c.asylum
            else "Der Antrag bleibt erfolglos. Kostenfrei nach § 83b AsylG.",
            indent=10,
        ),
        P("Gründe:", bold=True),
        P("I. Begehrt wird Eilrechtsschutz gegen die bevorstehende Beendigung des Aufenthalts."),
        P(
            "II. Der Antrag ist zulässig, hat in der Sache aber keinen Erfolg; das Vollzugsinteresse hat Vorrang."
        ),
        P("III. Kostenentscheidung: § 154 Abs. 1 VwGO."),
        P(
            "Rechtsmittelbelehrung: "
            + (
                "Unanfechtbar nach § 80 AsylG."
                if c.asylum
                else "Beschwerde zum Oberverwaltungsgericht, einzulegen binnen zwei Wochen."
            ),
            size=9,
        ),
        P(
            f"{r.choice(N.GERMAN_SURNAMES)}     {r.choice(N.GERMAN_SURNAMES)}     {r.choice(N.GERMAN_SURNAMES)}",
            align="center",
        ),
    ]
    return DocSpec(blocks, _st(r, "sans"))


# ~~~ strafrecht ~~~


@tpl("strafrecht", "y16a", SPLIT)
def straf_y16a(c, d, r):
    """A penalty order: the prosecutor's reference beside the court's, the accusation set off."""
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        Table(
            [
                [
                    f"Amtsgericht {c.court_city}",
                    f"Geschäfts-Nr.: {r.randint(10, 99)} Cs {r.randint(100, 999)}/{d.date.year % 100}",
                ],
                [
                    "",
                    f"Staatsanwaltschaft: {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
                ],
            ],
            [0.5, 0.5],
            header=False,
            grid=False,
            size=9,
        ),
        P(f"{c.court_city}, {fmt(d.date)}", align="right"),
        P("Strafbefehl", bold=True, size=14),
        P(
            f"gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}, wohnhaft {c.adresse}"
        ),
        P("Zur Last gelegt wird Ihnen aufgrund der Ermittlungen:", bold=True),
        P(f"Sie sollen sich strafbar gemacht haben wegen {off}.", indent=10),
        P(f"Es wird eine Geldstrafe festgesetzt: {sentence}."),
        P(
            "Einspruch: schriftlich oder mündlich bei Gericht, Frist zwei Wochen ab Zustellung – danach wird dieser Strafbefehl rechtskräftig."
        ),
        P("gez. Richter/in", align="right"),
    ]
    return DocSpec(blocks, _st(r))


@tpl("strafrecht", "y16b", SPLIT)
def straf_y16b(c, d, r):
    """A penalty order in a form layout: person data, offence, legal consequences."""
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"AMTSGERICHT {c.court_city.upper()} – Strafrichter", bold=True, size=11),
        P(f"Erlassen am {_dm(d.date)}", size=9),
        P("S T R A F B E F E H L", bold=True, size=13, align="center"),
        Table(
            [
                ["Angeschuldigte Person", a.full],
                ["geboren", f"{_dm(a.geburtsdatum)} in {a.geburtsort}"],
                ["Anschrift", c.adresse],
                ["Tatvorwurf", f"wegen {off}"],
                ["Rechtsfolge", f"Geldstrafe: {sentence}"],
            ],
            [0.3, 0.7],
            header=False,
            size=9,
        ),
        P("Angewendete Vorschriften ergeben sich aus dem Tatvorwurf. Die Kosten des Verfahrens tragen Sie."),
        P("Einspruch: binnen zwei Wochen ab Zustellung bei dem oben genannten Gericht.", size=9),
    ]
    return DocSpec(blocks, _st(r, "mono", 9.5))


# ~~~ identitaetsnachweis ~~~


def _passdate(x) -> str:
    return f"{x.day:02d} {N.MONTHS_EN[x.month - 1][:3].upper()} {x.year}"


@tpl("identitaetsnachweis", "y16a", SPLIT)
def id_y16a(c, d, r):
    """Copy of a passport's data page: bilingual labels, dates like '03 JUL 1985', the machine zone."""
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("Kopie – Datenseite des Reisepasses", size=8.5, font="italic"),
        P(f"{c.natinfo['en'].upper()} PASSPORT", bold=True, size=12, align="center"),
        Table(
            [
                [
                    "[PHOTO]",
                    f"Surname: {a.name.upper()}\nGiven names: {a.vorname.upper()}\nNationality: {c.natinfo['en'].upper()}\nDate of birth: {_passdate(a.geburtsdatum)}\nSex: {'M' if a.sex == 'm' else 'F'}\nPlace of birth: {a.geburtsort.upper()}\nDate of issue: {_passdate(d.date)}\nDate of expiry: {_passdate(d.date + timedelta(days=3651))}",
                ],
            ],
            [0.28, 0.72],
            header=False,
            size=9,
        ),
        Space(10),
        P(l1, font="mono", size=10.5, after=0),
        P(l2, font="mono", size=10.5),
    ]
    return DocSpec(blocks, _st(r, "sans"))


@tpl("identitaetsnachweis", "y16b", SPLIT)
def id_y16b(c, d, r):
    """A certified translation of a birth register extract."""
    a = c.applicant
    tr = _somebody(r)
    blocks = [
        P("Übersetzung – beglaubigt", size=9, font="italic"),
        P("Geburtseintrag (Registerauszug)", bold=True, size=13, align="center"),
        P(f"Staat: {c.natinfo['land']} · Registerbehörde: Standesamt {a.geburtsort}", size=9, align="center"),
        Table(
            [
                ["Eingetragene Person", f"{a.vorname} {a.name}"],
                ["geboren am", fmt_long(a.geburtsdatum)],
                ["Geburtsort (Register)", a.geburtsort],
                ["Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["Vater", f"{r.choice(c.natinfo['m'])} {a.name}"],
                ["Mutter", f"{r.choice(c.natinfo['f'])} {r.choice(c.natinfo['nach'])}"],
            ],
            [0.38, 0.62],
            header=False,
            size=9.5,
        ),
        Box(
            [
                "Bestätigung der Übersetzung",
                f"Übersetzt nach dem Original; die Übereinstimmung wird hiermit beglaubigt. {c.court_city}, {fmt(d.date)}",
                f"{tr}, allgemein ermächtigte Übersetzerin/ermächtigter Übersetzer",
            ],
            size=8.5,
        ),
    ]
    return DocSpec(blocks, _st(r, "serif"))


# ~~~ sonstiges ~~~


@tpl("sonstiges", "anhoerung_y16a", SPLIT)
def sonst_anhoerung_y16a(c, d, r):
    """Minutes of the asylum hearing in question / answer form."""
    a = c.applicant
    lang = {
        "syrien": "Arabisch",
        "irak": "Kurmandschi",
        "afghanistan": "Dari",
        "iran": "Farsi",
        "guinea": "Französisch",
        "nigeria": "Englisch",
        "russland": "Russisch",
        "tuerkei": "Türkisch",
        "georgien": "Georgisch",
        "armenien": "Armenisch",
        "ghana": "Englisch",
    }.get(c.nat, "Albanisch")
    qa = [
        ("Sind Sie gesund und in der Lage, die Anhörung durchzuführen?", "Ja."),
        ("Verstehen Sie den Sprachmittler einwandfrei?", "Ja, sehr gut."),
        ("Seit wann sind Sie nicht mehr in Ihrem Herkunftsstaat?", f"Das war im Jahr {c.entry.year}."),
        (
            "Schildern Sie bitte, warum Sie Ihr Land verlassen haben.",
            "Man hat mich und meine Familie bedroht. Ich konnte dort nicht mehr sicher leben.",
        ),
        ("Was befürchten Sie bei einer Rückkehr?", "Dass man mir etwas antut."),
        ("Haben Sie noch etwas hinzuzufügen?", "Nein, ich habe alles gesagt."),
    ]
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, size=11),
        P(f"Gesch.-Z.: {c.bamf_gz}", size=9),
        P("Niederschrift über die Anhörung", bold=True, size=13),
        P(
            f"Anhörungsort/-datum: {c.bamf_site[0] if c.bamf_site else 'Außenstelle'}, {fmt(d.date)}, Beginn 09:{r.randint(0, 5)}0 Uhr"
        ),
        P(
            f"Anwesend: die Anhörerin/der Anhörer; Sprachmittler/in für {lang}; {a.full} (geb. {fmt(a.geburtsdatum)})"
        ),
        Rule(0.4),
    ]
    for q, ans in qa:
        blocks.append(P(f"F: {q}", bold=True, after=1))
        blocks.append(P(f"A: {ans}"))
    blocks.append(
        P("Die Niederschrift wurde rückübersetzt. Die Richtigkeit wird durch Unterschrift bestätigt.", size=9)
    )
    return DocSpec(blocks, _st(r, "mono", 9.5), footer="Anhörungsniederschrift – Seite {p} von {n}")


@tpl("sonstiges", "wohnung_y16a", SPLIT)
def sonst_wohnung_y16a(c, d, r):
    """A landlord's confirmation of moving in (Wohnungsgeberbestätigung)."""
    owner = _somebody(r)
    blocks = [
        P("Einzugsbestätigung für die Meldebehörde (§ 19 BMG)", bold=True, size=12),
        Table(
            [
                ["Wohnungsgeber/in", owner],
                ["Wohnung (Straße, PLZ, Ort)", f"{c.street}, {c.plz} {c.city}"],
                ["Einzug am", fmt(d.date - timedelta(days=r.randint(10, 400)))],
                ["Eingezogene Personen", "\n".join(p.full for p in c.persons)],
            ],
            [0.35, 0.65],
            header=False,
            size=9.5,
        ),
        P("Die genannten Personen sind in die Wohnung eingezogen; das bestätige ich als Wohnungsgeber/in."),
        P(f"Datum: {fmt(d.date)}"),
        Signature(owner),
    ]
    return DocSpec(blocks, _st(r))


@tpl("sonstiges", "konto_y16a", SPLIT)
def sonst_konto_y16a(c, d, r):
    """A bank's confirmation that a basic account was opened."""
    a = c.applicant
    blocks = [
        P(f"Sparkasse am Mühlbach {c.city_or_nrw()}", bold=True, align="right"),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}"),
        P("Ihr neues Basiskonto – Eröffnungsbestätigung", bold=True),
        P(
            f"Für Sie wurde ein Zahlungskonto mit grundlegenden Funktionen eröffnet. IBAN: DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        ),
        P("Die Girocard wird Ihnen in den nächsten Tagen gesondert zugesandt."),
        P("Ihre Sparkasse", after=0),
    ]
    return DocSpec(blocks, _st(r, "sans"))
