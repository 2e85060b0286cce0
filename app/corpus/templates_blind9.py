"""Templates of the `blind9` split: an eleventh held-out set (session 12), written without reading
the other held-out template files. Wording, titles, labels, letterheads, person conventions and date
placements of its own; names, firms, practices and courts are invented or come from the generator."""

from __future__ import annotations

from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.layout import Box, DocSpec, P, Rule, Signature, Space, Table
from hfk.corpus.templates import MRZ_CODES, _child, _mrz, style, tpl
from hfk.corpus.text_antrag import fmt

SPLIT = "blind9"

# ------------------------------------------------------------------ small helpers


def _dl(d) -> str:
    """3. Juli 2025"""
    return f"{d.day}. {N.MONTHS_DE[d.month - 1]} {d.year}"


def _ds(d) -> str:
    """3.7.2025"""
    return f"{d.day}.{d.month}.{d.year}"


def _dus(d) -> str:
    """July 3, 2025"""
    return f"{N.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _den(d) -> str:
    """3 July 2025"""
    return f"{d.day} {N.MONTHS_EN[d.month - 1]} {d.year}"


def _abh_of(abh: str) -> str:
    """How the letters of this split name the foreigners' authority: "Stadt Köln (Ausländeramt)"."""
    if " – " not in abh:
        return abh
    body, office = abh.split(" – ", 1)
    return f"{body} ({office})"


# countries that take an article in German, and the English names
_ART = {"irak": "m", "iran": "m", "kosovo": "m", "tuerkei": "f", "russland": "f"}
LAND_EN = {
    "syrien": "Syria",
    "afghanistan": "Afghanistan",
    "irak": "Iraq",
    "iran": "Iran",
    "nigeria": "Nigeria",
    "guinea": "Guinea",
    "kosovo": "Kosovo",
    "albanien": "Albania",
    "serbien": "Serbia",
    "russland": "Russia",
    "tuerkei": "Turkey",
    "georgien": "Georgia",
    "armenien": "Armenia",
    "ghana": "Ghana",
}


def _land(c, case: str) -> str:
    """The country of origin with its article: case "in" (dative), "acc", "nom"."""
    land = c.natinfo["land"]
    g = _ART.get(c.nat)
    if g is None:
        return {"in": f"in {land}", "aus": f"aus {land}", "nach": f"nach {land}"}.get(case, land)
    if g == "f":
        land_d = land.replace("Russische Föderation", "Russischen Föderation")
        return {"in": f"in der {land_d}", "aus": f"aus der {land_d}", "nach": f"in die {land}"}.get(
            case, f"die {land}"
        )
    return {"in": f"im {land}", "aus": f"aus dem {land}", "nach": f"in den {land}", "nom": f"der {land}"}.get(
        case, f"den {land}"
    )


def _keep(c, i: int, field: str) -> bool:
    return c.omitted.get(i) != field


def _role(p) -> str:
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


def _town(c) -> str:
    return c.city_or_nrw().split(" (")[0]


def _rep_town(c) -> str:
    return c.rep.city.split(" ", 1)[1]


def _rep_label(c) -> str:
    return c.rep.org if c.rep.kind != "privat" else c.rep.person


def _kv(rows: list[list[str]], left: float = 0.35, size: float | None = None) -> Table:
    """A framed two-column table of labels and values."""
    return Table(rows, [left, 1 - left], header=False, size=size)


def _phone(seed: str, r) -> str:
    x = sum(map(ord, seed))
    return f"0{200 + x % 700} / {r.randint(20, 99)} {r.randint(100, 999)}-{r.randint(0, 99):02d}"


def _shead(r, name: str, lines: list[str], kind: int) -> list:
    """Letterheads of this split."""
    if kind == 0:  # name left, contact right in one borderless row
        return [
            Table([[name, "\n".join(lines)]], [0.55, 0.45], header=False, grid=False, size=8.5),
            Rule(0.4),
        ]
    if kind == 1:  # capitals, one small line of details, double rule
        return [
            P(name.upper(), size=12.5, bold=True, after=1),
            P("  |  ".join(lines), size=7.5, after=2),
            Rule(0.5),
            Rule(0.5),
        ]
    if kind == 2:  # right-aligned block with the name in italics
        return (
            [P(name, font="italic", size=13, align="right", after=2)]
            + [P(x, size=8, align="right", after=0) for x in lines]
            + [Space(12)]
        )
    return [Box([name] + [" – ".join(lines)], size=8.5), Space(4)]


OFFICE = [
    "Härtefallkommission des Landes Nordrhein-Westfalen",
    "– Geschäftsstelle –",
    "Völklinger Str. 4",
    "40219 Düsseldorf",
]


def _to_office(r) -> list:
    lines = OFFICE[:] if r.random() < 0.6 else [OFFICE[0], "zu Händen der Geschäftsstelle", *OFFICE[2:]]
    return [P(x, after=0) for x in lines] + [Space(12)]


def _sender_block(c, r, kind: int) -> list:
    """Who writes: the applicant (own address lines) or a representative (letterhead)."""
    if c.sender == "applicant":
        a = c.applicant
        if kind % 2:
            return [P(f"Absender: {a.full} · {c.street} · {c.plz} {c.city}", size=8, after=10)]
        return [P(a.full, after=0), P(c.street, after=0), P(f"{c.plz} {c.city}", after=0), Space(14)]
    rp = c.rep
    if rp.kind == "privat":
        return [
            P(f"{rp.person}", after=0, align="right"),
            P(rp.street, after=0, align="right"),
            P(rp.city, after=0, align="right"),
            Space(10),
        ]
    lines = [rp.street, rp.city, "Tel. " + _phone(rp.org, r)]
    if rp.kind == "anwalt":
        lines.insert(0, f"RA {rp.person}")
    else:
        lines.insert(0, f"Ansprechpartner/in: {rp.person}")
    return _shead(r, rp.org, lines, kind)


def _signer9(c) -> str:
    if c.sender == "applicant":
        return c.applicant.full
    if c.sender == "anwalt":
        return f"{c.rep.person}\nRechtsanwalt/Rechtsanwältin"
    if c.sender == "beratungsstelle":
        return f"{c.rep.person}\nfür {c.rep.org}"
    return f"{c.rep.person} ({c.rep.relation} von {c.applicant.full})"


def _all_names(c) -> str:
    ps = c.persons
    if len(ps) == 1:
        return ps[0].full
    return ", ".join(p.full for p in ps[:-1]) + " und " + ps[-1].full


def _opening(c, r, v: int) -> str:
    """The first paragraph: who applies for whom (new wording per sender)."""
    a = c.applicant
    names = _all_names(c)
    if c.sender == "anwalt":
        return [
            f"in der aufenthaltsrechtlichen Angelegenheit {names} legen wir anliegend die uns erteilte Vollmacht vor und ersuchen die Kommission, sich mit dem Fall unserer Mandantschaft zu befassen und bei der zuständigen Behörde ein Ersuchen gemäß § 23a AufenthG anzuregen.",
            f"wir vertreten {names} (Vollmacht anbei). Für unsere Mandantschaft wenden wir uns an die Härtefallkommission mit der Bitte, den nachstehend geschilderten Sachverhalt als Härtefall anzuerkennen.",
        ][v % 2]
    if c.sender == "beratungsstelle":
        return [
            f"seit geraumer Zeit begleiten wir {names} in unserer Beratung. Im Auftrag der Familie und mit einer von ihr unterzeichneten Vollmacht reichen wir diesen Härtefallantrag ein.",
            f"in Vertretung von {names} wenden wir uns als Beratungsstelle an Sie. Die Betroffenen haben uns beauftragt, ihr Anliegen der Kommission vorzutragen; eine Vollmacht liegt bei.",
        ][v % 2]
    if c.sender == "privat":
        return (
            f"als {c.rep.relation} von {a.full} setze ich dieses Schreiben für {'ihn' if a.sex == 'm' else 'sie'} auf, da "
            f"{'ihm' if a.sex == 'm' else 'ihr'} ein Brief dieser Art auf Deutsch noch schwerfällt. In {'seinem' if a.sex == 'm' else 'ihrem'} Namen "
            f"und im Auftrag der Familie ({names}) bitte ich die Kommission, den Fall zu prüfen."
        )
    return [
        "hiermit bitte ich Sie, meine Lage und die meiner Familie als Härtefall anzusehen und bei der Ausländerbehörde ein Ersuchen für uns einzulegen.",
        "mit diesem Schreiben bitte ich die Härtefallkommission, sich mit meiner Lage zu befassen. Eine Rückkehr ist für mich nicht vorstellbar, die Gründe schreibe ich unten auf.",
    ][v % 2]


TRADES = [
    "in einer Kfz-Werkstatt",
    "auf Baustellen",
    "auf den Feldern der Familie",
    "im Laden eines Onkels",
    "als Näherin in einer Textilfabrik",
    "als Fahrer",
]
LEFT_BEHIND = [
    "lebt nur noch eine hochbetagte Großmutter",
    "leben nur noch die kranken Eltern",
    "lebt nur noch ein jüngerer Bruder",
    "gibt es bloß entfernte Bekannte",
]
HERE = [
    "eine Tante mit unbefristetem Aufenthalt",
    "zwei Cousins mit deutschem Pass",
    "die ältere Schwester und deren Kinder",
    "einen Onkel, der eingebürgert ist",
]
RETURN = [
    "dort weder Wohnung noch Arbeit noch Angehörige auf {poss} warten",
    "{nom} dort nach so vielen Jahren völlig entwurzelt wäre",
    "die Familie dort ohne jede Lebensgrundlage dastünde",
]


def _story(c, r, first: bool, df=_dl) -> dict[str, list[str]]:
    """The Begründung of this split, per topic, in the applicant's own voice or about them."""
    a = c.applicant
    m = a.sex == "m"

    def w(ich: str, er: str) -> str:
        return ich if first else er

    Subj = w("Ich", ("Herr " if m else "Frau ") + a.name)
    nom = w("ich", "er" if m else "sie")
    dat = w("mir", "ihm" if m else "ihr")
    acc = w("mich", "ihn" if m else "sie")
    poss = w("mich", "ihn" if m else "sie")
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }

    # life story
    t["lebensgeschichte"].append(
        w(
            f"Aufgewachsen bin ich {_land(c, 'in')}. Nach {r.choice(['sieben', 'neun', 'elf'])} Schuljahren verdiente ich mein Geld {r.choice(TRADES)}, solange es eben ging.",
            f"{Subj} ist {_land(c, 'in')} aufgewachsen, ging dort {r.choice(['sieben', 'neun', 'elf'])} Jahre zur Schule und arbeitete danach {r.choice(TRADES)}, bis {nom} keine Perspektive mehr hatte.",
        )
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            w(
                f"Schon {c.entry.year - 2} wurde ich einmal aus Deutschland abgeschoben. Obwohl die Sperre für die Wiedereinreise (Einreise- und Aufenthaltsverbot; gesetzliche Grundlage: § 11 AufenthG) noch lief, kehrte ich am {df(c.entry)} zurück.",
                f"Bereits {c.entry.year - 2} war {nom} abgeschoben worden und kam am {df(c.entry)} zurück, obgleich die Wiedereinreisesperre nach § 11 AufenthG noch andauerte.",
            )
        )
    else:
        fam = len(c.persons) > 1
        t["lebensgeschichte"].append(
            w(
                f"Seit dem {df(c.entry)} lebe ich in Deutschland"
                + (", zusammen mit meiner Familie." if fam else "."),
                f"Seit dem {df(c.entry)} hält {nom} sich in Deutschland auf"
                + (", mit der ganzen Familie." if fam else "."),
            )
        )

    # residence situation
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            w(
                f"Am {df(c.asylum_applied)} habe ich Asyl beantragt. Darüber entschied das BAMF negativ; der Bescheid datiert vom {df(c.bamf_date)} (Geschäftszeichen {c.bamf_gz}).",
                f"Asyl beantragte {nom} am {df(c.asylum_applied)}. Das Bundesamt (BAMF) versagte den Schutz durch Bescheid vom {df(c.bamf_date)}, Geschäftszeichen {c.bamf_gz}.",
            )
        )
        if c.court:
            if c.court_pending:
                s.append(
                    f"Die dagegen erhobene Klage ist beim {c.court_name} ({c.court_az}) weiterhin offen."
                )
            else:
                s.append(
                    f"Eine Klage dagegen scheiterte; mit Urteil vom {df(c.court_date)} wies das {c.court_name} sie ab ({c.court_az})."
                )
    else:
        s.append(
            w(
                f"Mein Visum galt dem Zweck {c.visa_purpose}; als es um die Verlängerung der Aufenthaltserlaubnis ging, sagte die Behörde nein.",
                f"{Subj} besaß zunächst ein Visum für den Zweck {c.visa_purpose}. Den Antrag, die Aufenthaltserlaubnis zu verlängern, hat die Behörde abschlägig beschieden.",
            )
        )
        if c.court:
            if c.court_pending:
                s.append(
                    f"Gegen die Ordnungsverfügung läuft beim {c.court_name} ein Verfahren unter dem Aktenzeichen {c.court_az}."
                )
            else:
                s.append(
                    f"Ein Eilantrag gegen die Ordnungsverfügung blieb erfolglos; das {c.court_name} lehnte ihn am {df(c.court_date)} ab ({c.court_az})."
                )
    if c.gestattung:
        s.append(
            w(
                "Weil über mein Verfahren noch nicht abschließend entschieden ist, habe ich im Moment eine Aufenthaltsgestattung.",
                f"Da das Verfahren nicht abgeschlossen ist, verfügt {nom} derzeit über eine Aufenthaltsgestattung.",
            )
        )
    else:
        s.append(
            w(
                "Seitdem muss ich ausreisen und werde nur geduldet.",
                f"Seither gilt {nom} als ausreisepflichtig; es besteht nur eine Duldung.",
            )
        )
    s.append(
        r.choice(
            [
                f"Aktenführend ist die folgende Stelle: {_abh_of(c.abh)}.",
                f"Die Akte liegt bei dieser Behörde: {_abh_of(c.abh)}.",
            ]
        )
    )
    if c.s58a:
        s.append(
            w(
                "Hinzu kommt, dass die oberste Landesbehörde meine Abschiebung nach § 58a AufenthG angeordnet hat.",
                f"Hinzu kommt eine auf § 58a AufenthG gestützte Anordnung, {acc} abzuschieben.",
            )
        )
    if c.rueckfuehrung:
        s.append(
            w(
                f"Die Ausländerbehörde hat mir mitgeteilt, dass meine Abschiebung am {df(c.rueckfuehrung)} stattfinden soll.",
                f"Die Rückführung ist nach Mitteilung der Ausländerbehörde bereits für den {df(c.rueckfuehrung)} angesetzt.",
            )
        )
    if c.criminal:
        off, fine = c.offence
        s.append(
            w(
                f"Offen möchte ich sagen: Am {df(c.criminal_date)} erhielt ich vom Amtsgericht {c.court_city} einen Strafbefehl. Es ging um den Vorwurf des {off}; verurteilt wurde ich zu einer Geldstrafe von {fine}. Das bereue ich sehr.",
                f"Zur Vollständigkeit sei ein Strafbefehl erwähnt ({df(c.criminal_date)}, Amtsgericht {c.court_city}): Geldstrafe von {fine}, Tatvorwurf des {off}.",
            )
        )

    # family
    f = t["familie"]
    sp = [p for p in c.persons if p.role == "spouse"]
    kids = c.children()
    if sp:
        f.append(
            w(
                f"Meine Ehe mit {sp[0].full} besteht seit vielen Jahren; wir wohnen gemeinsam.",
                f"{Subj} und {sp[0].full} sind seit Jahren ein Ehepaar und teilen sich eine Wohnung.",
            )
        )
    if len(kids) == 1:
        k = kids[0]
        f.append(
            w(
                f"{'Unsere Tochter' if k.sex == 'f' else 'Unser Sohn'} {k.vorname} kennt {_land(c, 'acc')} fast nur aus Erzählungen, {'ihr' if k.sex == 'f' else 'sein'} Zuhause ist hier.",
                f"Für {'die Tochter' if k.sex == 'f' else 'den Sohn'} {k.vorname} ist {_land(c, 'nom')} ein fremdes Land, {'ihr' if k.sex == 'f' else 'sein'} Zuhause ist hier.",
            )
        )
    elif kids:
        kn = ", ".join(k.vorname for k in kids[:-1]) + " und " + kids[-1].vorname
        f.append(
            w(
                f"Unsere Kinder ({kn}) kennen {_land(c, 'acc')} fast nur aus Erzählungen, ihr Zuhause ist hier.",
                f"Für die Kinder ({kn}) ist {_land(c, 'nom')} ein fremdes Land, ihr Zuhause ist hier.",
            )
        )
    f.append(
        f"{_land(c, 'in')[0].upper()}{_land(c, 'in')[1:]} {r.choice(LEFT_BEHIND)}. Hier in Deutschland {w('habe ich', 'hat ' + nom)} dagegen {r.choice(HERE)}."
    )

    # integration
    g = t["integration"]
    g.append(
        w(
            "Deutsch habe ich im Integrationskurs gelernt; im Alltag brauche ich keinen Dolmetscher mehr.",
            f"Deutsch hat {nom} im Integrationskurs gelernt und kommt im Alltag ohne Dolmetscher zurecht.",
        )
    )
    if c.ausbildung:
        g.append(
            w(
                f"Im August {c.received.year - 1} habe ich eine Lehre als {r.choice(['Fachlagerist', 'Zerspanungsmechaniker', 'Pflegefachmann'])} begonnen – eine Duldung für die Zeit der Ausbildung (§ 60c AufenthG) wäre damit möglich.",
                f"Seit August {c.received.year - 1} lernt {nom} den Beruf {r.choice(['Fachlagerist', 'Zerspanungsmechaniker', 'Pflegefachmann'])}, was eine Duldung zu Ausbildungszwecken nach § 60c AufenthG eröffnet.",
            )
        )
    else:
        since = r.randint(2019, c.received.year - 1)
        g.append(
            w(
                f"Seit {since} habe ich eine Stelle als {c.job} bei {c.employer}; vom Lohn bezahle ich die Miete und alles Nötige.",
                f"{c.employer} beschäftigt {acc} seit {since} als {c.job}; vom Lohn bestreitet {nom} Miete und Lebensunterhalt.",
            )
        )
    g.append(
        w(
            f"In meiner freien Zeit helfe ich ehrenamtlich mit ({c.club}).",
            f"Außerdem bringt {nom} sich ehrenamtlich ein: {c.club}.",
        )
    )
    for k in c.school_age():
        g.append(f"{k.vorname} geht in die {c.school} und kommt dort gut mit.")

    # humanitarian reasons
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        if p is a:
            who = w("Ich leide", f"{Subj} leidet")
        else:
            rel = {
                "spouse": ("Meine Frau" if p.sex == "f" else "Mein Mann"),
                "child": ("Meine Tochter" if p.sex == "f" else "Mein Sohn"),
            }
            who = (rel.get(p.role, p.full) if first else p.full) + " leidet"
        code, diag, _ = c.diagnosis
        h.append(f"{who} {N.ILLNESS_PHRASES[code]} (Diagnose: {diag}, ICD-10 {code.split()[0]}).")
        h.append("Die Behandlung, die hier begonnen wurde, wäre im Herkunftsland nicht fortzusetzen.")
    h.append(
        w("Zurückzugehen ist für mich unzumutbar, weil ", f"Eine Rückkehr ist {dat} nicht zuzumuten, weil ")
        + r.choice(RETURN).format(poss=poss, nom=nom)
        + "."
    )
    return t


def _story_en(c, r) -> dict[str, list[str]]:
    a = c.applicant
    land = LAND_EN[c.nat]
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    t["lebensgeschichte"].append(
        f"My childhood was in {land}; after {r.choice(['eight', 'ten'])} school years I started working to support my parents."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"Germany deported me once before, in {c.entry.year - 2}. I returned on {_dus(c.entry)} even though the ban on entry and residence (§ 11 AufenthG) still applied."
        )
    else:
        t["lebensgeschichte"].append(f"Germany has been my home since {_dus(c.entry)}, the day I arrived.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"The BAMF (Bundesamt) turned down the asylum request I made on {_dus(c.asylum_applied)}; its decision is dated {_dus(c.bamf_date)}, file {c.bamf_gz}."
        )
        if c.court:
            s.append(
                f"The {c.court_name} {'still has to rule on my lawsuit' if c.court_pending else 'ruled against me'} (case no. {c.court_az})."
            )
    else:
        s.append("I came on a visa; the extension of my permit was refused.")
        if c.court:
            s.append(f"The {c.court_name} has a case about it (file {c.court_az}).")
    if c.gestattung:
        s.append("Until the procedure ends I hold an Aufenthaltsgestattung.")
    else:
        s.append("I must leave the country and am only tolerated (Duldung).")
    s.append(f"My case is handled by {c.abh}.")
    if c.rueckfuehrung:
        s.append(f"A date for my deportation has been set: {_dus(c.rueckfuehrung)}.")
    if c.s58a:
        s.append("Also, the authorities issued a deportation order based on § 58a AufenthG.")
    if c.criminal:
        s.append(
            f"There is one conviction I must be honest about: on {_dus(c.criminal_date)} the Amtsgericht fined me by Strafbefehl (a penalty order), and the fine is paid."
        )
    f = t["familie"]
    kids = c.children()
    if kids:
        f.append(
            f"For our children ({', '.join(k.vorname for k in kids)}) Germany is home; {land} they hardly know."
        )
    f.append(
        f"In {land} only {r.choice(['an old aunt is', 'some distant cousins are'])} left; my {r.choice(['uncle', 'sister'])} lives in Germany."
    )
    g = t["integration"]
    g.append("After the integration course my German is good enough for daily life.")
    if c.ausbildung:
        g.append(
            "Because I am an apprentice now, a Duldung for vocational training (§ 60c AufenthG) should be possible."
        )
    else:
        g.append(f"I work for {c.employer} ({c.job}), and with the wages I pay the rent.")
    g.append(f"Most weekends you find me helping out at {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = "I suffer" if p is a else f"My {_role_en(p)} {p.vorname} suffers"
        h.append(f"{who} {N.ILLNESS_EN[c.diagnosis[0]]} ({c.diagnosis[1]}) and is in regular treatment.")
    h.append(f"A life in {land} would have to start from zero: no home, no support, no one to turn to.")
    return t


ORDER = ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")


def _reasons(c, t, heads: list[str] | None) -> list:
    out: list = []
    for k, topic in enumerate(ORDER):
        if topic not in c.topics:
            continue
        if heads:
            out.append(P(heads[k], bold=True, after=2))
        out.append(P(" ".join(t[topic])))
    return out


# ------------------------------------------------------------------ person conventions


def _pers_numbered(c, bd) -> list:
    """Numbered form fields for each person; the address only for the first."""
    out = [P("1. Angaben zu den betroffenen Personen", bold=True, after=3)]
    for i, p in enumerate(c.persons):
        n = i + 1
        rows = [
            [f"1.{n}.1", "Familienname", p.name.upper()],
            [f"1.{n}.2", "Vorname(n)", p.vorname],
            [f"1.{n}.3", "Geburtstag", bd(p.geburtsdatum) if _keep(c, i, "geburtsdatum") else ""],
            [f"1.{n}.4", "Geburtsort/-land", p.geburtsort if _keep(c, i, "geburtsort") else ""],
            [f"1.{n}.5", "Staatsangehörigkeit", p.staat if _keep(c, i, "staatsangehoerigkeit") else ""],
            [f"1.{n}.6", "Wohnanschrift", c.adresse if i == 0 else "wie 1.1.6"],
        ]
        out.append(P(f"Person {n} – {_role(p)}", size=9.5, bold=True, after=1))
        out.append(Table(rows, [0.1, 0.32, 0.58], header=False, size=9.5))
    return out


def _pers_roles(c, bd, r) -> list:
    """The family under role labels, birth data in brackets behind the names."""

    def data(i, p, surname: bool) -> str:
        bits = []
        if _keep(c, i, "geburtsdatum"):
            bits.append(f"* {bd(p.geburtsdatum)}")
        if _keep(c, i, "geburtsort"):
            bits.append(f"in {p.geburtsort}")
        inner = " ".join(bits)
        if _keep(c, i, "staatsangehoerigkeit"):
            inner = f"{inner}; {p.staat}" if inner else p.staat
        name = f"{p.vorname} {p.name.upper()}" if surname else p.vorname
        return f"{name} ({inner})" if inner else name

    out: list = []
    rows = []
    kids = [(i, p) for i, p in enumerate(c.persons) if p.role == "child"]
    for i, p in enumerate(c.persons):
        if p.role != "child":
            rows.append([_role(p) + ":", data(i, p, True)])
    if kids:
        same = all(p.name == c.applicant.name for _, p in kids)
        label = f"Kinder (Familienname {c.applicant.name.upper()}):" if same else "Kinder:"
        if len(kids) == 1:
            label = "Kind:" if not same else f"Kind (Familienname {c.applicant.name.upper()}):"
        rows.append([label, "\n".join(data(i, p, not same) for i, p in kids)])
    out.append(Table(rows, [0.3, 0.7], header=False, grid=False))
    where = r.choice(
        [
            f"Gemeinsame Wohnanschrift: {c.plz} {c.city}, {c.street}",
            f"Alle wohnhaft in {c.plz} {c.city}, {c.street}.",
            f"Unterkunft: {c.street}, {c.plz} {c.city} (Zimmer {r.randint(3, 48)})",
        ]
    )
    out.append(P(where))
    return out


def _pers_prose(c, bd) -> list:
    """Sentences with the birth data before the name ("die am ... in ... geborene ...")."""
    sents = []
    for i, p in enumerate(c.persons):
        f = p.sex == "f"
        art = "die" if f else "der"
        born = []
        if _keep(c, i, "geburtsdatum"):
            born.append(f"am {bd(p.geburtsdatum)}")
        if _keep(c, i, "geburtsort"):
            born.append(f"in {p.geburtsort}")
        head = f"{art} {' '.join(born)} geborene" if born else art
        nat = (
            f", {p.staat}e{'' if f else 'r'} Staatsangehörige{'' if f else 'r'}"
            if _keep(c, i, "staatsangehoerigkeit")
            else ""
        )
        who = f"{head} {p.vorname} {p.name}{nat}"
        if p.role == "applicant":
            sents.append(f"Antrag stellt {who}.")
        elif p.role == "spouse":
            sents.append(f"Einbezogen ist {'seine Ehefrau' if f else 'ihr Ehemann'}, {who}.")
        elif not any(q.role == "child" for q in c.persons[:i]):
            sents.append(f"Einbezogen ist ferner {'die Tochter' if f else 'der Sohn'}, {who}.")
        else:
            sents.append(f"Ebenso {'die Tochter' if f else 'der Sohn'}, {who}.")
    return [
        P(" ".join(sents)),
        P(f"Die Familie ist gemeldet unter der Anschrift {c.street} in {c.plz} {c.city}."),
    ]


def _pers_columns(c, bd) -> list:
    """A table whose columns run in an unusual order (birth date first, names in one cell)."""
    rows = [["Nr.", "geb. am", "NAME, Vorname", "StA", "Geburtsort", "Verh."]]
    for i, p in enumerate(c.persons, 1):
        rows.append(
            [
                str(i),
                bd(p.geburtsdatum) if _keep(c, i - 1, "geburtsdatum") else "–",
                f"{p.name.upper()}, {p.vorname}",
                p.staat if _keep(c, i - 1, "staatsangehoerigkeit") else "–",
                p.geburtsort if _keep(c, i - 1, "geburtsort") else "–",
                {"applicant": "AS", "spouse": "EP", "child": "K"}[p.role],
            ]
        )
    return [
        Table(rows, [0.06, 0.16, 0.32, 0.14, 0.2, 0.12], size=9),
        P("AS = Antragsteller/in, EP = Ehepartner/in, K = Kind", size=8),
        P(f"PLZ/Ort: {c.plz} {c.city} – Straße/Nr.: {c.street}"),
    ]


def _pers_transposed(c, bd) -> list:
    """Persons side by side as columns, the fields as rows."""
    ps = c.persons
    head = [""] + [("Person " + str(i + 1) + "\n" + _role(p)) for i, p in enumerate(ps)]
    rows = [head]
    fields = [
        ("Familienname", lambda i, p: p.name),
        ("Vorname", lambda i, p: p.vorname),
        ("Geburtsdatum", lambda i, p: bd(p.geburtsdatum) if _keep(c, i, "geburtsdatum") else "(fehlt)"),
        ("Geburtsort", lambda i, p: p.geburtsort if _keep(c, i, "geburtsort") else "(fehlt)"),
        ("Staatsangeh.", lambda i, p: p.staat if _keep(c, i, "staatsangehoerigkeit") else "(fehlt)"),
    ]
    for label, fn in fields:
        rows.append([label] + [fn(i, p) for i, p in enumerate(ps)])
    rest = 0.78 / len(ps)
    return [
        Table(rows, [0.22] + [rest] * len(ps), size=8.5 if len(ps) > 3 else 9.5),
        P(f"Alle genannten Personen wohnen: {c.street}, {c.plz} {c.city}"),
    ]


# ------------------------------------------------------------------ antrag


@tpl("antrag", "n9a", SPLIT)
def antrag_n9a(c, d, r):
    """Formal letter with a reference line and numbered person fields."""
    blocks = _sender_block(c, r, 0 if c.sender != "applicant" else 1)
    blocks += _to_office(r)
    ours = f"{r.randint(10, 99)}/{d.date.year % 100}-{c.applicant.name[:3].upper()}"
    blocks.append(
        Table(
            [["Ihr Zeichen", "Unser Zeichen", "Datum"], ["–", ours, fmt(d.date)]],
            [0.33, 0.33, 0.34],
            grid=False,
            size=8.5,
        )
    )
    blocks.append(P("Befassung der Kommission – Härtefall gemäß § 23a AufenthG", bold=True, size=11.5))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r, 0)))
    blocks += _pers_numbered(c, _ds)
    blocks.append(P("2. Begründung", bold=True))
    t = _story(c, r, c.sender == "applicant")
    blocks += _reasons(
        c,
        t,
        [
            "2.1 Herkunft und Einreise",
            "2.2 Aufenthaltsrechtlicher Stand",
            "2.3 Familie hier und im Herkunftsland",
            "2.4 Integrationsleistungen",
            "2.5 Gründe gegen eine Rückkehr",
        ],
    )
    blocks.append(P("3. Anlagen", bold=True, after=2))
    blocks.append(P("gemäß gesondertem Verzeichnis", size=9.5))
    blocks.append(
        P(
            "Rückfragen gern telefonisch (Durchwahl siehe Briefkopf)."
            if c.sender != "applicant"
            else "Bei Fragen können Sie mich gerne anschreiben."
        )
    )
    blocks.append(P("Hochachtungsvoll" if c.sender == "anwalt" else "Freundliche Grüße"))
    blocks.append(Signature(_signer9(c)))
    return DocSpec(blocks, style(r, "serif"), footer="– {p} –")


@tpl("antrag", "n9b", SPLIT)
def antrag_n9b(c, d, r):
    """Family under role labels, a subject line in capitals."""
    blocks = _sender_block(c, r, 2)
    place = c.city if c.sender == "applicant" else _rep_town(c)
    blocks.append(P(f"{place.split(' (')[0]}, den {_dl(d.date)}", align="right"))
    blocks += _to_office(r)
    blocks.append(
        P(
            f"HÄRTEFALLANTRAG FÜR DIE FAMILIE {c.applicant.name.upper()}"
            if len(c.persons) > 1
            else f"HÄRTEFALLANTRAG – {c.applicant.full.upper()}",
            bold=True,
        )
    )
    blocks.append(P("Sehr geehrte Frauen und Herren der Härtefallkommission,"))
    blocks.append(P(_opening(c, r, 1)))
    blocks.append(P("Wer betroffen ist", bold=True, after=2))
    blocks += _pers_roles(c, _dl, r)
    t = _story(c, r, c.sender == "applicant", df=_dl)
    blocks += _reasons(
        c,
        t,
        [
            "Wie alles anfing",
            "Wo das Verfahren steht",
            "Die Familie",
            "Was schon geschafft ist",
            "Warum eine Rückkehr nicht geht",
        ],
    )
    blocks.append(
        P(
            "Wir danken Ihnen, dass Sie sich Zeit für diesen Fall nehmen."
            if c.sender != "applicant"
            else "Ich danke Ihnen, dass Sie meinen Brief lesen."
        )
    )
    blocks.append(P("Herzlich grüßt Sie"))
    blocks.append(Signature(_signer9(c)))
    blocks.append(P("Beigefügt: Kopien der Ausweisdokumente, Nachweise", size=8.5))
    return DocSpec(blocks, style(r, "sans"))


@tpl("antrag", "n9c", SPLIT)
def antrag_n9c(c, d, r):
    """Running prose; persons introduced with the birth data before the name."""
    blocks = _sender_block(c, r, 3)
    blocks += _to_office(r)
    blocks.append(P(_dl(d.date), align="right"))
    blocks.append(P("Ersuchen um Aufnahme eines Härtefallverfahrens", bold=True, after=1))
    blocks.append(P(f"hier: {_all_names(c)}", size=9.5))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r, 0)))
    blocks += _pers_prose(c, _dl)
    t = _story(c, r, c.sender == "applicant", df=_ds)
    blocks += _reasons(c, t, None)
    blocks.append(P("Um eine wohlwollende Beratung des Falles wird gebeten."))
    blocks.append(
        Signature(
            _signer9(c),
            f"{(c.city if c.sender == 'applicant' else _rep_town(c)).split(' (')[0]}, im {N.MONTHS_DE[d.date.month - 1]} {d.date.year}",
        )
    )
    return DocSpec(blocks, style(r, "cond"), footer="Seite {p}/{n}")


@tpl("antrag", "n9d", SPLIT)
def antrag_n9d(c, d, r):
    """Table with the birth date in the first column, PLZ/Ort before the street."""
    blocks = _sender_block(c, r, 1 if c.sender != "applicant" else 0)
    blocks += _to_office(r)
    blocks.append(P(f"Datum: {fmt(d.date)}", align="right", size=9.5))
    blocks.append(P(f"Betr.: {c.applicant.name.upper()} – Eingabe gem. § 23a AufenthG", bold=True))
    blocks.append(P(f"Bezug: zuständige Behörde {c.abh}", size=9.5))
    blocks.append(P("Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r, 1)))
    blocks += _pers_columns(c, fmt)
    t = _story(c, r, c.sender == "applicant", df=fmt)
    blocks += _reasons(
        c,
        t,
        ["A) Biografie", "B) Status", "C) Familiäre Bindungen", "D) Integration", "E) Humanitäre Gründe"],
    )
    blocks.append(P("Freundlich grüßt"))
    blocks.append(Signature(_signer9(c)))
    return DocSpec(blocks, style(r, "sans"), footer="Härtefalleingabe {p} von {n}")


@tpl("antrag", "n9e", SPLIT)
def antrag_n9e(c, d, r):
    """One column per person; plain letter, partly without headings."""
    blocks = _sender_block(c, r, 2 if c.sender != "applicant" else 1)
    blocks += _to_office(r)
    place = (c.city if c.sender == "applicant" else _rep_town(c)).split(" (")[0]
    blocks.append(P(f"{place}, {_ds(d.date)}", align="right"))
    blocks.append(P("Antrag an die Härtefallkommission NRW", bold=True, size=12))
    blocks.append(P("Guten Tag," if c.sender == "applicant" else "Sehr geehrte Damen und Herren,"))
    blocks.append(P(_opening(c, r, 2 if c.sender != "privat" else 0)))
    blocks.append(P("Unsere Personalien:" if c.sender == "applicant" else "Personalien:", bold=True, after=2))
    blocks += _pers_transposed(c, _ds)
    t = _story(c, r, c.sender == "applicant", df=_dl)
    blocks.append(P("Zur Begründung:", bold=True))
    blocks += _reasons(c, t, None)
    blocks.append(
        P(
            "Ich danke Ihnen schon jetzt."
            if c.sender == "applicant"
            else "Mit bestem Dank und freundlichen Grüßen"
        )
    )
    blocks.append(Signature(_signer9(c)))
    return DocSpec(blocks, style(r, "mono" if c.sender == "applicant" else "sans"))


def _en_letter(c, d, r, persons: list, heads: list[str] | None, title: str, hello: str) -> DocSpec:
    a = c.applicant
    blocks = [P(a.full, after=0), P(f"{c.street}, {c.plz} {c.city}", after=0), Space(14)]
    blocks += [
        P("To the Hardship Commission (Härtefallkommission) of North Rhine-Westphalia", after=0),
        P("Völklinger Str. 4, 40219 Düsseldorf"),
        Space(6),
    ]
    blocks.append(P(_dus(d.date), align="right"))
    blocks.append(P(title, bold=True))
    blocks.append(P(hello))
    blocks += persons
    blocks += _reasons(c, _story_en(c, r), heads)
    return blocks


@tpl("antrag", "en_n9a", SPLIT)
def antrag_en_n9a(c, d, r):
    rows = [["Given name(s)", "FAMILY NAME", "Born on", "Born in", "Citizenship", "Relation"]]
    for i, p in enumerate(c.persons):
        rows.append(
            [
                p.vorname,
                p.name.upper(),
                _dus(p.geburtsdatum) if _keep(c, i, "geburtsdatum") else "",
                p.geburtsort if _keep(c, i, "geburtsort") else "",
                c.natinfo["en"] if _keep(c, i, "staatsangehoerigkeit") else "",
                _role_en(p),
            ]
        )
    persons = [
        P("Persons covered by this application:", bold=True, after=2),
        Table(rows, [0.17, 0.18, 0.2, 0.17, 0.15, 0.13], size=9),
        P(f"All of us live at: {c.street}, {c.plz} {c.city}"),
    ]
    blocks = _en_letter(
        c,
        d,
        r,
        [
            P(
                "Please treat what happened to my family as a hardship case and ask the authorities to let us stay."
            )
        ]
        + persons,
        [
            "Where I come from",
            "Legal status",
            "Family ties",
            "Work, language and friends",
            "Reasons against a return",
        ],
        "Application to the Hardship Commission – section 23a Residence Act (AufenthG)",
        "Respected members of the Hardship Commission,",
    )
    blocks.append(P("Kind regards,"))
    blocks.append(Signature(c.applicant.full))
    return DocSpec(blocks, style(r, "sans"), footer="p. {p}/{n}")


@tpl("antrag", "en_n9b", SPLIT)
def antrag_en_n9b(c, d, r):
    sents = []
    for i, p in enumerate(c.persons):
        bits = []
        if _keep(c, i, "geburtsdatum"):
            bits.append(f"born {_den(p.geburtsdatum)}")
        if _keep(c, i, "geburtsort"):
            bits.append(f"in {p.geburtsort}")
        if _keep(c, i, "staatsangehoerigkeit"):
            bits.append(f"{c.natinfo['en']} citizen")
        detail = (" (" + ", ".join(bits) + ")") if bits else ""
        if p.role == "applicant":
            sents.append(f"My name is {p.vorname} {p.name}{detail}.")
        else:
            sents.append(f"With me is my {_role_en(p)} {p.vorname} {p.name}{detail}.")
    persons = [
        P(" ".join(sents)),
        P(f"Our home address is {c.street} in {c.plz} {c.city}."),
    ]
    blocks = _en_letter(c, d, r, persons, None, "Asking the Hardship Commission for help", "Hello,")
    blocks.append(P("Please excuse that this letter is in English. Many thanks for your time."))
    blocks.append(Signature(c.applicant.full, f"{c.city}, {_den(d.date)}"))
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ bamf_bescheid


def _tenor9(c) -> list[str]:
    if c.bamf_tenor == 6:
        return [
            "Flüchtlingsschutz: Der Antrag ist offensichtlich unbegründet, die Flüchtlingseigenschaft wird nicht zuerkannt.",
            "Eine Anerkennung als asylberechtigt erfolgt nicht (offensichtlich unbegründet).",
            "Subsidiärer Schutz wird nicht gewährt (offensichtlich unbegründet).",
            "Zu § 60 Abs. 5 sowie Abs. 7 S. 1 AufenthG: Abschiebungsverbote sind nicht festzustellen.",
            f"Die antragstellende Person hat das Bundesgebiet binnen einer Woche nach Bekanntgabe dieses Bescheids zu verlassen. Kommt sie dem nicht nach, wird sie {_land(c, 'nach')} oder in einen sonstigen zur Rückübernahme bereiten Staat abgeschoben.",
            "Für das gesetzliche Einreise- und Aufenthaltsverbot (§ 11 Abs. 1 AufenthG) gilt eine Frist von 36 Monaten, gerechnet ab der Abschiebung.",
        ]
    return [
        "Der Asylantrag wird nach § 29 Abs. 1 Nr. 1 AsylG als unzulässig abgelehnt.",
        "Ein Abschiebungsverbot nach § 60 Absatz 5 oder 7 AufenthG ist nicht festzustellen.",
        "Es wird angeordnet, dass die antragstellende Person in den nach Dublin III zuständigen Staat abgeschoben wird.",
        "Für das Einreise- und Aufenthaltsverbot gilt eine Frist von 12 Monaten, gerechnet ab der Abschiebung.",
    ]


BAMF9 = [
    "Die antragstellende Person ist {nat}e Staatsangehörige und stammt {aus_land}. Nach ihren Angaben reiste sie am {entry} ein; Asyl beantragte sie förmlich am {applied}.",
    "In der persönlichen Anhörung schilderte sie, man habe sie {in_land} mehrfach aufgesucht und unter Druck gesetzt. Nähere Einzelheiten, etwa wer sie bedroht habe und wann, vermochte sie nicht anzugeben.",
    "Das Vorbringen genügt den Anforderungen an eine flüchtlingsrechtlich erhebliche Verfolgung nicht. Ein Bezug zu einem Verfolgungsgrund nach § 3b AsylG ist nicht erkennbar.",
    "Die Schilderung blieb im Kern oberflächlich und wies Brüche auf, die auch auf Nachfrage nicht aufgelöst wurden. Das Bundesamt hält die behaupteten Vorfälle daher nicht für glaubhaft.",
    "Für subsidiären Schutz nach § 4 AsylG fehlt es ebenfalls an den Voraussetzungen. Dass in der Herkunftsregion willkürliche Gewalt ein Ausmaß erreicht, das jede Zivilperson allein durch ihre Anwesenheit gefährdet, ist nicht ersichtlich.",
    "Auch ein nationales Abschiebungsverbot ist nicht festzustellen. Die wirtschaftliche Lage {in_land} ist zwar schwierig, von einer Existenzgefährdung ist bei einer arbeitsfähigen Person mit familiärem Rückhalt aber nicht auszugehen.",
    "Ein ärztliches Attest mit den in § 60a Abs. 2c AufenthG genannten Angaben wurde nicht vorgelegt; erhebliche Erkrankungen, die sich durch eine Abschiebung wesentlich verschlimmern würden, sind damit nicht belegt.",
    "Die Abschiebungsandrohung stützt sich auf §§ 34 AsylG, 59 AufenthG, die Wochenfrist auf § 36 AsylG.",
    "Eine kürzere Sperrfrist ist nicht angezeigt; Gesichtspunkte wie enge familiäre Bindungen im Bundesgebiet sind nicht vorgetragen.",
    "Grundlage der Entscheidung sind die Niederschrift der Anhörung, die vorgelegten Unterlagen und die aktuellen Lageerkenntnisse des Bundesamtes.",
]


def _bamf_body(c, d, r, df) -> list:
    a = c.applicant
    out = []
    n = d.extra.get("bamf_reasons", 6)
    for i in range(n):
        out.append(
            P(
                f"{i + 1}. "
                + BAMF9[i % len(BAMF9)].format(
                    nat=a.staat,
                    aus_land=_land(c, "aus"),
                    in_land=_land(c, "in"),
                    entry=df(c.entry),
                    applied=df(c.asylum_applied),
                )
            )
        )
    return out


def _rbb9(c) -> P:
    vg = c.court_name.replace("Verwaltungsgericht ", "") or c.court_city or "Düsseldorf"
    return P(
        f"Belehrung über den Rechtsbehelf: Binnen einer Woche ab Zustellung ist die Klage zum Verwaltungsgericht {vg} "
        f"zulässig; ebenfalls binnen einer Woche kann dort vorläufiger Rechtsschutz nach § 80 Abs. 5 VwGO beantragt werden. "
        f"Die Klage ist schriftlich einzureichen oder bei der Rechtsantragstelle des Gerichts zu Protokoll zu geben.",
        size=9.5,
    )


def _party9(c, df) -> str:
    a = c.applicant
    return f"{a.name.upper()}, {a.vorname}, geboren {df(a.geburtsdatum)} in {a.geburtsort}, {a.staat}"


@tpl("bamf_bescheid", "b9a", SPLIT)
def bamf_b9a(c, d, r):
    site, gz = c.bamf_site, c.bamf_gz
    blocks = [
        Table(
            [
                ["Bundesamt für\nMigration und\nFlüchtlinge", f"{site[0]}\n{site[1]}\n{site[2]}"],
            ],
            [0.5, 0.5],
            header=False,
            grid=False,
        ),
        Rule(0.6),
        Table(
            [
                ["Geschäftszeichen", gz],
                ["im Schriftverkehr stets angeben", ""],
                ["Datum", fmt(d.date)],
            ],
            [0.4, 0.6],
            header=False,
            grid=False,
            size=9,
        ),
        P("Gegen Empfangsbekenntnis / Postzustellungsurkunde", size=8),
        P(c.applicant.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}"),
        Space(6),
        P("– Bescheid –", bold=True, size=14, align="center"),
        P(f"Antragsteller/in: {_party9(c, fmt)}"),
        P("Auf den Asylantrag hin ergeht folgende Entscheidung:"),
    ]
    for i, t in enumerate(_tenor9(c), 1):
        blocks.append(P(f"{i}.  {t}", indent=14))
    blocks.append(P("Gründe", bold=True, align="center"))
    blocks.append(P("I.", bold=True, after=1))
    blocks += _bamf_body(c, d, r, fmt)[:2]
    blocks.append(P("II.", bold=True, after=1))
    blocks += _bamf_body(c, d, r, fmt)[2:]
    blocks.append(_rbb9(c))
    blocks.append(P("Im Auftrag", after=16))
    blocks.append(
        P(
            r.choice(["Ostermann", "Yilmaz-Reuter", "Pfeiffer", "Van der Berg"]) + " (Einzelentscheider/in)",
            size=9.5,
        )
    )
    return DocSpec(blocks, style(r, "sans"), footer=f"Seite {{p}} von {{n}} (Gz. {gz})")


@tpl("bamf_bescheid", "b9b", SPLIT)
def bamf_b9b(c, d, r):
    site, gz = c.bamf_site, c.bamf_gz
    a = c.applicant
    blocks = [
        P("BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE", bold=True, size=11, align="center", after=0),
        P(f"{site[0]} – {site[1]} – {site[2]}", size=8, align="center"),
        Rule(1.0),
        P(f"Az. {gz}", align="right", after=0, size=9.5),
        P(f"{site[2].split(' ', 1)[1]}, den {_dl(d.date)}", align="right", size=9.5),
        P(f"Zustellung an: {a.herr_frau()}, {c.adresse}", size=9),
        P("Entscheidung über den Asylantrag", bold=True, size=13),
        _kv(
            [
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geburtsangaben", f"{_ds(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
            ],
            size=9.5,
        ),
        P("Tenor", bold=True, after=2),
    ]
    for i, t in enumerate(_tenor9(c), 1):
        blocks.append(P(f"({i}) {t}", indent=8))
    blocks.append(P("Begründung", bold=True, after=2))
    blocks.append(P("Sachverhalt", font="italic", after=1))
    body = _bamf_body(c, d, r, _ds)
    blocks += body[:2]
    blocks.append(P("Rechtliche Würdigung", font="italic", after=1))
    blocks += body[2:]
    blocks.append(_rbb9(c))
    blocks.append(P("Im Auftrag", after=14))
    blocks.append(P(r.choice(["Dr. Albrecht", "Günther", "Sommerfeld", "Nowak"]), after=0))
    blocks.append(
        P(
            "Dieses Schreiben trägt keine Unterschrift, da es mit Hilfe automatischer Einrichtungen gefertigt wurde.",
            size=8,
        )
    )
    return DocSpec(
        blocks,
        style(r, "serif"),
        footer=f"Seite {{p}} von {{n}} · Ausfertigung {fmt(d.date)}",
        header=f"Az. {gz}",
    )


@tpl("bamf_bescheid", "b9c", SPLIT)
def bamf_b9c(c, d, r):
    site, gz = c.bamf_site, c.bamf_gz
    a = c.applicant
    blocks = [
        Box(
            [
                "Bundesamt für Migration und Flüchtlinge",
                f"{site[0]}",
                f"Aktenzeichen: {gz} (bitte stets angeben)",
            ],
            size=9,
        ),
        P(f"Ausfertigung vom {fmt(d.date)}", align="right", size=9),
        P(f"An {a.herr_frau()}", after=0),
        P(f"{c.plz} {c.city}, {c.street}"),
        P("BESCHEID IM ASYLVERFAHREN", bold=True, size=13),
        P(f"Betroffene Person: {_party9(c, _dl)}."),
        P("Entscheidungsformel", bold=True),
    ]
    for i, t in enumerate(_tenor9(c), 1):
        blocks.append(P(f"Ziffer {i}: {t}", indent=10))
    blocks.append(P("Zur Begründung wird ausgeführt:", bold=True))
    blocks += _bamf_body(c, d, r, fmt)
    blocks.append(_rbb9(c))
    blocks.append(Signature(r.choice(["Kowalczyk", "Heinemann", "Stojanović", "Brückner"]), "Im Auftrag"))
    return DocSpec(blocks, style(r, "cond"), footer=f"Seite {{p}} von {{n}} – Bescheid {gz} – BAMF {site[0]}")


# ------------------------------------------------------------------ aerztliches_gutachten


def _diag(c):
    return c.diagnosis or N.DIAGNOSES[0]


def _pat(c):
    return c.persons[c.ill_person] if c.persons else c.applicant


def _clinic_lines(c, r) -> list[str]:
    return [
        f"{r.choice(['Am Stadtgarten', 'Uhlandstraße', 'Hohenzollernring', 'Kaiserstraße'])} {r.randint(2, 60)}",
        c.court_city_plz(),
        "Tel. " + _phone(c.practice, r),
    ]


@tpl("aerztliches_gutachten", "g9a", SPLIT)
def med_g9a(c, d, r):
    """Psychotherapeutic findings report; the date of issue only in the footer."""
    code, name, sev = _diag(c)
    p = _pat(c)
    blocks = _shead(r, c.practice, _clinic_lines(c, r), 0)
    blocks += [
        P("Psychotherapeutischer Befundbericht", bold=True, size=13),
        P("erstellt auf Wunsch der Patientin/des Patienten für das Härtefallverfahren", size=9.5),
        P(f"Patient/in: {p.full} (geb. {_dl(p.geburtsdatum)})"),
        P("Vorstellungsanlass", bold=True, after=1),
        P(
            f"Die Vorstellung erfolgte erstmals im {N.MONTHS_DE[(c.entry.month + 4) % 12]} {c.entry.year + 1} auf Überweisung der Hausärztin. "
            f"Seither finden {r.choice(['wöchentliche', 'zweiwöchentliche'])} Sitzungen statt."
        ),
        P("Psychopathologischer Befund", bold=True, after=1),
        P(
            r.choice(
                [
                    "Wach, orientiert, im Kontakt zurückhaltend. Affekt deutlich gedrückt, Schwingungsfähigkeit reduziert. Konzentration und Merkfähigkeit eingeschränkt. Wiederkehrende Albträume, Schreckhaftigkeit, Vermeidungsverhalten.",
                    "Bewusstseinsklar, allseits orientiert. Stimmung niedergeschlagen, Antrieb vermindert, ausgeprägte Grübelneigung. Ein- und Durchschlafstörungen. Keine akute Eigengefährdung, aber passive Todeswünsche.",
                ]
            )
        ),
        P("Diagnose(n) nach ICD-10-GM", bold=True, after=1),
        Table([[code, name]], [0.2, 0.8], header=False, grid=False),
        P("Verlauf und Prognose", bold=True, after=1),
        P(
            f"Der Schweregrad ist als {sev} einzuschätzen. Unter der laufenden Behandlung zeigt sich eine leichte Stabilisierung. "
            "Müsste die Behandlung wegen einer Ausreise enden, wäre mit einem Rückfall und einer erheblichen Zunahme der Symptome zu rechnen."
        ),
        P("Medikation: " + "; ".join(r.sample(N.MEDICATION, 2))),
        Space(10),
        P(c.doctor, after=0),
        P("Psychologische Psychotherapeutin / Psychiater" if r.random() < 0.5 else "Facharzt", size=9),
    ]
    return DocSpec(blocks, style(r), footer=f"Befundbericht vom {fmt(d.date)}, Blatt {{p}}")


@tpl("aerztliches_gutachten", "g9b", SPLIT)
def med_g9b(c, d, r):
    """Discharge letter of a hospital; the date of issue after the signatures."""
    code, name, sev = _diag(c)
    p = _pat(c)
    town = _town(c)
    clinic = f"Klinik am Wasserturm {town}"
    stay_to = d.date - timedelta(days=r.randint(1, 6))
    stay_from = stay_to - timedelta(days=r.randint(5, 30))
    blocks = _shead(
        r,
        clinic,
        [
            f"Abteilung {r.choice(['Innere Medizin', 'Psychosomatik', 'Neurologie'])}",
            *_clinic_lines(c, r)[:2],
        ],
        1,
    )
    blocks += [
        P(f"Entlassungsbericht – {p.name}, {p.vorname} (* {fmt(p.geburtsdatum)})", bold=True),
        P(f"Stationäre Behandlung vom {fmt(stay_from)} bis {fmt(stay_to)}"),
        P("Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,"),
        P(
            "wir berichten über die o. g. Patientin bzw. den o. g. Patienten, die/der sich in unserer stationären Behandlung befand."
        ),
        P("Entlassdiagnosen:", bold=True, after=1),
        P(f"• {name} – {code}", indent=8),
        P(
            f"• {r.choice(['Eisenmangel', 'Vitamin-D-Mangel', 'Adipositas Grad I', 'Spannungskopfschmerz'])}",
            indent=8,
        ),
        P("Epikrise:", bold=True, after=1),
        P(
            f"Die Aufnahme erfolgte wegen zunehmender Beschwerden. Im Verlauf gelang eine Besserung, die Erkrankung bleibt jedoch {sev} "
            "und bedarf einer engmaschigen ambulanten Weiterbehandlung. Eine Unterbrechung der Therapie ist aus ärztlicher Sicht nicht vertretbar."
        ),
        P("Therapieempfehlung:", bold=True, after=1),
        P("; ".join(r.sample(N.MEDICATION, 2)) + "; Wiedervorstellung in 4 Wochen."),
        P("Kollegiale Grüße"),
        Table(
            [
                ["Chefarzt", "Oberärztin", "Assistenzarzt"],
                [f"Prof. Dr. {r.choice(['Kellermann', 'Oduya', 'Brenner'])}", c.doctor, "Dr. Lindqvist"],
            ],
            [0.33, 0.34, 0.33],
            header=True,
            grid=False,
            size=9,
        ),
        P(f"Ausgestellt: {_dl(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("aerztliches_gutachten", "g9c", SPLIT)
def med_g9c(c, d, r):
    """Short certificate in a frame, the date beside the practice stamp."""
    code, name, sev = _diag(c)
    p = _pat(c)
    blocks = [
        P(c.practice, bold=True, align="center", after=0),
        P(" · ".join(_clinic_lines(c, r)), size=8, align="center"),
        Space(14),
        Box(["Ärztliche Bescheinigung", "für Behördenzwecke"], size=11),
        P(
            f"Frau/Herr {p.full}, geb. {_ds(p.geburtsdatum)}, befindet sich seit {c.entry.year + 1} regelmäßig in meiner hausärztlichen Betreuung."
        ),
        P(f"Es besteht folgende Erkrankung: {name} ({code}). Die Ausprägung ist {sev}."),
        P(
            "Eine regelmäßige ärztliche Betreuung und eine verlässliche Versorgung mit Medikamenten sind dauerhaft erforderlich. "
            "Ohne sie ist mit einer akuten Verschlechterung zu rechnen."
        ),
        Space(18),
        Table(
            [["Praxisstempel / Unterschrift", f"Datum: {fmt(d.date)}"]], [0.6, 0.4], header=False, grid=False
        ),
        P(c.doctor, size=9),
    ]
    return DocSpec(blocks, style(r))


# ------------------------------------------------------------------ vollmacht


def _rep(c):
    if c.rep is not None:
        return c.rep
    from hfk.corpus.scenario import Rep

    return Rep(
        "beratungsstelle", "Beratungsbüro Grenzenlos", "Jana Voss", "Marktplatz 3", f"{c.plz} {c.city}"
    )


@tpl("vollmacht", "v9a", SPLIT)
def voll_v9a(c, d, r):
    rp = _rep(c)
    a = c.applicant
    name = rp.org if rp.kind != "privat" else rp.person
    blocks = [
        P("VOLLMACHTSURKUNDE", bold=True, size=15, align="center"),
        Space(6),
        P(f"{name}\n{rp.street}, {rp.city}", align="center"),
        P("wird hiermit in der Sache", align="center"),
        P(f"{a.full} u. a. – Härtefallverfahren (§ 23a AufenthG)", bold=True, align="center"),
        P("Vollmacht erteilt"),
        P(
            "1) zu meiner Vertretung im Härtefallverfahren gegenüber Kommission und Geschäftsstelle,",
            indent=12,
            after=1,
        ),
        P("2) zur Vertretung gegenüber der Ausländerbehörde und zur Akteneinsicht,", indent=12, after=1),
        P("3) Post und förmliche Zustellungen für mich in Empfang zu nehmen,", indent=12, after=1),
        P("4) zur Bestellung von Unterbevollmächtigten.", indent=12),
        P("Die Vollmacht erstreckt sich auf alle im Antrag genannten Familienangehörigen."),
        Space(10),
        Signature(a.full, f"{_town(c)}, {_ds(d.date)}"),
        P("(Unterschrift der Vollmacht gebenden Person)", size=8),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("vollmacht", "v9b", SPLIT)
def voll_v9b(c, d, r):
    rp = _rep(c)
    name = rp.org if rp.kind != "privat" else rp.person
    rows = [["Name", "Vorname", "geb."]]
    for p in c.persons:
        if p.age_on(c.received) >= 16:
            rows.append([p.name, p.vorname, fmt(p.geburtsdatum)])
    blocks = _shead(r, name, [rp.street, rp.city], 3) if rp.kind != "privat" else [P(name, bold=True)]
    blocks += [
        P("Vertretungs- und Empfangsvollmacht", bold=True, size=13),
        P("Die Unterzeichnenden"),
        Table(rows, [0.35, 0.35, 0.3], size=9.5),
        P(f"bevollmächtigen {rp.person} ({name}), sie in folgenden Angelegenheiten zu vertreten:"),
        P("[X] Härtefallantrag (Land Nordrhein-Westfalen, § 23a AufenthG)", indent=10, after=1),
        P("[X] Schriftverkehr mit der Ausländerbehörde", indent=10, after=1),
        P("[X] Empfang von Post, die das Verfahren betrifft", indent=10, after=1),
        P("[  ] Vertretung vor Gericht", indent=10),
        P("Widerruf ist jederzeit schriftlich möglich.", size=9),
        P(f"{_town(c)}, am {_dl(d.date)}"),
    ]
    for row in rows[1:]:
        blocks.append(Signature(f"{row[1]} {row[0]}"))
    return DocSpec(blocks, style(r, "sans"))


@tpl("vollmacht", "v9c", SPLIT)
def voll_v9c(c, d, r):
    rp = _rep(c)
    a = c.applicant
    if rp.kind == "privat":
        text = (
            f"Ich, {a.full}, geboren am {_dl(a.geburtsdatum)}, erlaube meinem {rp.relation or 'Verwandten'} {rp.person}, "
            f"wohnhaft {rp.street}, {rp.city}, für mich gegenüber der Härtefallkommission aufzutreten, für mich Briefe zu schreiben und Post für mich anzunehmen."
        )
    else:
        text = (
            f"Ich, {a.full}, geboren am {_dl(a.geburtsdatum)}, beauftrage und bevollmächtige {rp.org} ({rp.street}, {rp.city}), "
            "mich und die Mitglieder meiner Familie gegenüber der Kommission und den Behörden zu vertreten, Erklärungen abzugeben und Schreiben entgegenzunehmen."
        )
    blocks = [
        P(f"{a.full} · {c.adresse}", size=8.5),
        Space(16),
        P("Vollmacht", bold=True, size=14),
        P(text),
        P("Diese Vollmacht gilt, bis ich sie zurücknehme."),
        Space(8),
        _kv(
            [
                ["Ort, Datum", f"{_town(c)}, {fmt(d.date)}"],
                ["Vollmachtgeber/in", ""],
                ["Bevollmächtigte/r", ""],
            ],
        ),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ------------------------------------------------------------------ schweigepflichtsentbindung


@tpl("schweigepflichtsentbindung", "s9a", SPLIT)
def sp_s9a(c, d, r):
    p = _pat(c)
    blocks = [
        P("Erklärung zur Entbindung von der Schweigepflicht", bold=True, size=13),
        P(f"Patient/in: {p.full}, geb. {fmt(p.geburtsdatum)}, {c.adresse}"),
        P(
            "Hiermit entbinde ich die nachstehend aufgeführten Ärztinnen, Ärzte und Therapeutinnen/Therapeuten von der Schweigepflicht:"
        ),
        Table(
            [
                ["Name", "Einrichtung"],
                [c.doctor, c.practice],
                [
                    f"Dr. med. {r.choice(['Sievers', 'Ahlers', 'Bauknecht'])}",
                    f"Hausarztpraxis am {r.choice(['Nordpark', 'Rathaus', 'Stadttor'])}, {_town(c)}",
                ],
            ],
            [0.35, 0.65],
            size=9.5,
        ),
        P(
            "Die Entbindung gilt gegenüber der Geschäftsstelle und den Mitgliedern der Härtefallkommission NRW sowie der zuständigen Ausländerbehörde, "
            "soweit Angaben zu Diagnosen, Behandlung und Prognose für das Härtefallverfahren benötigt werden."
        ),
        Signature(
            p.full if p.age_on(c.received) >= 16 else c.applicant.full + " (gesetzliche/r Vertreter/in)",
            f"{_town(c)}, {_ds(d.date)}",
        ),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "s9b", SPLIT)
def sp_s9b(c, d, r):
    p = _pat(c)
    who = (
        "mich"
        if p is c.applicant
        else f"{'meinen Sohn' if p.role == 'child' and p.sex == 'm' else 'meine Tochter' if p.role == 'child' else 'meine Frau' if p.sex == 'f' else 'meinen Mann'} {p.full} (geboren {_ds(p.geburtsdatum)})"
    )
    blocks = [
        P(c.applicant.full, after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}"),
        Space(10),
        P(f"{_town(c)}, {_dl(d.date)}", align="right"),
        P("Schweigepflichtentbindung", bold=True, size=12),
        P(
            f"Ich entbinde {c.doctor} ({c.practice}) gegenüber der Geschäftsstelle und den Mitgliedern der NRW-Härtefallkommission von der ärztlichen Schweigepflicht, "
            f"was die Behandlung betrifft, die {who} dort erhält. Die Praxis darf Befundberichte an die Geschäftsstelle übersenden und Rückfragen beantworten."
        ),
        P("Ich weiß, dass ich die Entbindung später wieder zurücknehmen darf."),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("schweigepflichtsentbindung", "s9c", SPLIT)
def sp_s9c(c, d, r):
    p = _pat(c)
    blocks = [
        Box(
            [
                "Einverständnis- und Entbindungserklärung",
                "ärztliche und psychotherapeutische Schweigepflicht (§ 203 StGB)",
            ],
            size=10,
        ),
        _kv(
            [
                ["Familienname, Vorname", f"{p.name}, {p.vorname}"],
                ["Geburtsdatum", fmt(p.geburtsdatum)],
                ["behandelnde Stelle", f"{c.practice} ({c.doctor})"],
                [
                    "Empfänger",
                    "Härtefallkommission NRW, Geschäftsstelle, Völklinger Str. 4, 40219 Düsseldorf",
                ],
            ],
            left=0.32,
            size=9.5,
        ),
        P("Umfang (bitte ankreuzen):", bold=True, after=1),
        P(
            "[x] Diagnosen    [x] Behandlungsverlauf    [x] Medikation    [x] Prognose    [  ] vollständige Krankenakte",
            size=9.5,
        ),
        P(
            "Mit der Weitergabe der angekreuzten Informationen durch die genannte Stelle bin ich einverstanden; dafür entbinde ich sie ausdrücklich von der Schweigepflicht."
        ),
        Table(
            [[f"{_town(c)}, den {fmt(d.date)}", ""], ["Ort, Datum", "Unterschrift"]],
            [0.5, 0.5],
            header=False,
            grid=False,
            size=9,
        ),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ datenschutzeinwilligung


@tpl("datenschutzeinwilligung", "d9a", SPLIT)
def ds_d9a(c, d, r):
    a = c.applicant
    blocks = [
        P(
            "Zustimmung zur Datenverarbeitung im Härtefallverfahren (Einwilligung nach DSGVO)",
            bold=True,
            size=12,
        ),
        P(f"Name: {a.full}    geb.: {fmt(a.geburtsdatum)}", size=10),
        P(
            "(1) Die Geschäftsstelle der Kommission darf die personenbezogenen Daten aus meinem Antrag und den Anlagen speichern, auswerten und den Mitgliedern vorlegen; dazu gebe ich meine Einwilligung (Art. 6 Abs. 1 S. 1 lit. a DSGVO)."
        ),
        P(
            "(2) Ausdrücklich umfasst sind auch Angaben zur Gesundheit und andere besonders geschützte Daten (Art. 9 Absatz 2 Buchstabe a DSGVO)."
        ),
        P(
            "(3) Die Geschäftsstelle darf die Ausländerbehörde über den Antrag unterrichten und deren Stellungnahme einholen."
        ),
        P(
            "(4) Ein Widerruf ist jederzeit möglich; er wirkt nur für die Zukunft. Was bis dahin verarbeitet wurde, bleibt davon unberührt."
        ),
        P(
            "(5) Gilt auch für die im Antrag genannten minderjährigen Kinder; für sie erkläre ich die Einwilligung als gesetzliche Vertretung.",
            size=9.5,
        ),
        Signature(a.full, f"{_town(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("datenschutzeinwilligung", "d9b", SPLIT)
def ds_d9b(c, d, r):
    a = c.applicant
    rows = [
        ["Einwilligungserklärung", "Declaration of consent"],
        [
            "Ich bin einverstanden, dass meine personenbezogenen Daten für das Härtefallverfahren verarbeitet werden, auch Angaben zur Gesundheit.",
            "I agree that my personal data, including health data, are processed for the hardship procedure.",
        ],
        [
            "Die Daten dürfen an die Ausländerbehörde weitergegeben werden.",
            "The data may be passed on to the foreigners authority.",
        ],
        [
            "Ich kann diese Einwilligung jederzeit widerrufen (DSGVO).",
            "I can withdraw this consent at any time (GDPR).",
        ],
    ]
    blocks = [
        P("Datenschutz / Data protection", bold=True, size=13, align="center"),
        Table(rows, [0.5, 0.5], size=9.5),
        P(f"Name / name: {a.full}"),
        P(f"Anschrift / address: {c.adresse}"),
        P(f"Datum / date: {_ds(d.date)}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("datenschutzeinwilligung", "d9c", SPLIT)
def ds_d9c(c, d, r):
    a = c.applicant
    org = c.rep.org if c.rep and c.rep.kind == "beratungsstelle" else None
    blocks = []
    if org:
        blocks += _shead(r, org, [c.rep.street, c.rep.city], 2)
    blocks += [
        P("Zustimmung Datenschutz", bold=True, size=12),
        P(f"Ich, {a.vorname} {a.name.upper()}, wohnhaft {c.street} in {c.plz} {c.city}, erkläre:"),
        P(
            "☒ Meine Daten (Name, Geburtsdaten, Anschrift, Aufenthaltsstatus, Familie, Gesundheit) dürfen für den Härtefallantrag genutzt werden.",
            indent=10,
        ),
        P(
            "☒ Die Angaben dürfen der Kommission und der zuständigen Ausländerbehörde zugänglich gemacht werden.",
            indent=10,
        ),
        P(
            "☒ Mir wurde erklärt: Ich darf die Einwilligung zurückziehen (Widerruf); ohne meine Daten kann der Antrag aber womöglich nicht bearbeitet werden.",
            indent=10,
        ),
        P("Rechtsgrundlage ist Ihre Einwilligung (Datenschutz-Grundverordnung, Art. 6 und Art. 9).", size=9),
        Space(8),
        P(f"Unterschrieben am {_dl(d.date)}"),
        Signature(a.full),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ------------------------------------------------------------------ lebenslauf


def _cv9(c) -> list[tuple[str, str, str]]:
    a = c.applicant
    y = a.geburtsdatum.year
    land = c.natinfo["land"]
    rows = [
        (f"{a.geburtsdatum.month:02d}/{y}", "Geburt", f"{a.geburtsort}, {land}"),
        (f"{y + 6}–{y + 12}", "Grundschule", a.geburtsort),
        (
            f"{y + 12}–{y + 16}",
            "weiterführende Schule, ohne Abschluss beendet" if y % 2 else "Mittelschule, Abschluss",
            a.geburtsort,
        ),
        (f"{y + 16}–{c.entry.year - 1}", "Mithilfe im Handwerksbetrieb der Familie", land),
        (f"{c.entry.month:02d}/{c.entry.year}", "Einreise in die BRD", c.court_city or "Deutschland"),
    ]
    if c.asylum:
        rows.append(
            (
                f"{c.asylum_applied.month:02d}/{c.asylum_applied.year}",
                "Asylantrag",
                c.bamf_site[0] if c.bamf_site else "",
            )
        )
        rows.append((f"{c.bamf_date.month:02d}/{c.bamf_date.year}", "Bescheid des BAMF: Ablehnung", ""))
    else:
        rows.append((str(c.entry.year), f"Visum, Zweck: {c.visa_purpose.split(' ', 1)[-1]}", ""))
    rows.append((f"{c.entry.year + 1}", "Integrationskurs, Abschluss A2/B1", _town(c)))
    if c.job:
        rows.append((f"ab {c.entry.year + 2}", c.job, c.employer))
    return rows


@tpl("lebenslauf", "l9a", SPLIT)
def cv_l9a(c, d, r):
    a = c.applicant
    blocks = [
        P("Tabellarischer Lebenslauf", bold=True, size=15),
        Rule(0.5),
        P("Persönliche Daten", bold=True, after=2),
        Table(
            [
                ["Name", f"{a.vorname} {a.name}"],
                ["geboren", f"{_dl(a.geburtsdatum)} in {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Familienstand", "verheiratet" if len(c.persons) > 1 else "ledig"],
                ["Anschrift", c.adresse],
            ],
            [0.3, 0.7],
            header=False,
            grid=False,
        ),
        P("Werdegang", bold=True, after=2),
        Table([["Zeitraum", "Station", "Ort"]] + [list(x) for x in _cv9(c)], [0.2, 0.5, 0.3], size=9.5),
        Signature(a.full, f"{_town(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("lebenslauf", "l9b", SPLIT)
def cv_l9b(c, d, r):
    a = c.applicant
    blocks = [
        P(f"LEBENSLAUF – {a.name.upper()}, {a.vorname}", bold=True, size=12, align="center"),
        P(f"* {fmt(a.geburtsdatum)}, {a.geburtsort} · {c.street}, {c.plz} {c.city}", size=9, align="center"),
        Space(8),
    ]
    for when, what, where in _cv9(c):
        blocks.append(P(when, bold=True, after=0))
        blocks.append(P(what + (f" ({where})" if where else ""), indent=24, after=4))
    blocks.append(P(f"Stand: {_dl(d.date)}", size=9))
    blocks.append(Signature(a.full))
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ sprachnachweis


@tpl("sprachnachweis", "t9a", SPLIT)
def lang_t9a(c, d, r):
    a = c.applicant
    level = r.choice(["B1", "A2", "B1"])
    pts = [r.randint(20, 45) for _ in range(3)]
    blocks = [
        P(f"Prüfungszentrum Sprachbrücke {_town(c)}", bold=True, size=11),
        P("lizenzierter Prüfungspartner", size=8),
        Space(12),
        P("Zertifikat", bold=True, size=18, align="center"),
        P("Skalierte Prüfung „Deutsch-Test für Zuwanderer“", size=12, align="center"),
        P(f"{a.vorname} {a.name}", bold=True, align="center"),
        P(f"geb. {fmt(a.geburtsdatum)}, {a.geburtsort}", align="center", size=9.5),
        P(
            f"hat die Prüfung am {fmt(d.date - timedelta(days=35))} abgelegt und folgendes Ergebnis erzielt:",
            align="center",
        ),
        Table(
            [
                ["Prüfungsteil", "Punkte", "Niveau"],
                ["Hören/Lesen", str(pts[0]), level],
                ["Schreiben", str(pts[1] % 20), level],
                ["Sprechen", str(pts[2] % 100), level],
            ],
            [0.5, 0.25, 0.25],
            size=9.5,
        ),
        P(f"Gesamtergebnis: Sprachniveau {level} des Gemeinsamen europäischen Referenzrahmens", bold=True),
        P(f"Ausstellungsdatum: {fmt(d.date)} · Zertifikats-Nr. DTZ-{r.randint(100000, 999999)}", size=8.5),
    ]
    return DocSpec(blocks, style(r))


@tpl("sprachnachweis", "t9b", SPLIT)
def lang_t9b(c, d, r):
    a = c.applicant
    blocks = _shead(
        r,
        f"Volkshochschule {_town(c)}",
        ["Programmbereich Integration und Sprache", f"Kursnummer IK-{r.randint(100, 999)}"],
        0,
    )
    blocks += [
        P("Teilnahmebescheinigung Integrationskurs", bold=True, size=13),
        P(
            f"Frau/Herr {a.full} (geb. {_ds(a.geburtsdatum)}) nahm im Zeitraum {fmt(d.date - timedelta(days=300))} – {fmt(d.date - timedelta(days=20))} regelmäßig am allgemeinen Integrationskurs teil."
        ),
        Table(
            [
                ["Modul", "Unterrichtseinheiten", "Anwesenheit"],
                ["Sprachkurs (Module 1–6)", "600", f"{r.randint(86, 99)} %"],
                ["Orientierungskurs", "100", f"{r.randint(86, 99)} %"],
            ],
            [0.45, 0.3, 0.25],
            size=9.5,
        ),
        P(
            f"Im Abschlusstest wurde das Niveau {r.choice(['A2', 'B1'])} erreicht. Den Test „Leben in Deutschland“ hat die Person mit {r.randint(17, 33)} von 33 Punkten bestanden."
        ),
        P(f"{_town(c)}, {_dl(d.date)}"),
        P("Kursleitung / Fachbereichsleitung", size=9),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ arbeitsnachweis


@tpl("arbeitsnachweis", "w9a", SPLIT)
def work_w9a(c, d, r):
    a = c.applicant
    hours = r.choice([20, 30, 39, 40])
    wage = r.choice(["13,90", "14,25", "15,10", "16,40"])
    blocks = [
        P(c.employer, bold=True, align="right", after=0),
        P(f"Personalabteilung · {_town(c)}", size=8.5, align="right"),
        P("Arbeitsvertrag", bold=True, size=14, align="center"),
        P(
            f"zwischen {c.employer} (nachfolgend „Arbeitgeber“) und {a.vorname} {a.name}, geb. {fmt(a.geburtsdatum)}, wohnhaft {c.adresse} (nachfolgend „Beschäftigte/r“)"
        ),
        P("§ 1 Beginn und Tätigkeit", bold=True, after=1),
        P(
            f"Das Arbeitsverhältnis beginnt am {fmt(d.date + timedelta(days=14))}. Die/der Beschäftigte wird als {c.job or 'Helfer/in'} eingestellt."
        ),
        P("§ 2 Probezeit", bold=True, after=1),
        P(
            "Die ersten sechs Monate gelten als Probezeit; in dieser Zeit kann mit einer Frist von zwei Wochen gekündigt werden."
        ),
        P("§ 3 Arbeitszeit und Vergütung", bold=True, after=1),
        P(
            f"Die regelmäßige Arbeitszeit beträgt {hours} Stunden pro Woche. Der Stundenlohn beträgt {wage} Euro brutto."
        ),
        P("§ 4 Urlaub", bold=True, after=1),
        P(f"Der Urlaubsanspruch beträgt {r.choice([24, 26, 28])} Arbeitstage im Kalenderjahr."),
        P("§ 5 Aufenthaltsrechtlicher Vorbehalt", bold=True, after=1),
        P(
            "Die Beschäftigung setzt eine gültige Beschäftigungserlaubnis voraus. Der Arbeitgeber wird über Änderungen unverzüglich informiert."
        ),
        Table(
            [
                [f"{_town(c)}, {fmt(d.date)}", f"{_town(c)}, {fmt(d.date)}"],
                ["für den Arbeitgeber", "Beschäftigte/r"],
            ],
            [0.5, 0.5],
            header=False,
            grid=False,
        ),
    ]
    return DocSpec(blocks, style(r, "serif"), footer="Arbeitsvertrag – Seite {p}")


@tpl("arbeitsnachweis", "w9b", SPLIT)
def work_w9b(c, d, r):
    a = c.applicant
    gross = r.randint(1650, 2750)
    tax = round(gross * r.uniform(0.03, 0.09))
    sv = round(gross * 0.205)
    blocks = [
        P(f"{c.employer} · Lohnbuchhaltung", size=8.5),
        P("Verdienstabrechnung", bold=True, size=13),
        P(f"Abrechnungszeitraum {N.MONTHS_DE[d.date.month - 1]} {d.date.year}", size=10),
        Table(
            [
                ["Pers.-Nr.", str(r.randint(1000, 9999)), "Steuerklasse", r.choice(["I", "III", "IV"])],
                [
                    "Name",
                    f"{a.name}, {a.vorname}",
                    "Eintritt",
                    fmt(d.date - timedelta(days=r.randint(200, 900))),
                ],
            ],
            [0.18, 0.37, 0.2, 0.25],
            header=False,
            size=9,
        ),
        Table(
            [
                ["Lohnart", "Betrag in €"],
                ["Grundvergütung", f"{gross:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")],
                ["Lohnsteuer", f"-{tax},00"],
                ["Sozialversicherung AN-Anteil", f"-{sv},00"],
                ["Auszahlungsbetrag (netto)", f"{gross - tax - sv},00"],
            ],
            [0.6, 0.4],
            size=9.5,
        ),
        P(f"Überweisung auf das bekannte Konto am {fmt(d.date)}", size=8.5),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("arbeitsnachweis", "w9c", SPLIT)
def work_w9c(c, d, r):
    a = c.applicant
    blocks = _shead(r, c.employer, [f"{r.choice(N.STREETS)} {r.randint(1, 90)}", _town(c)], 1)
    blocks += [
        P(f"{_town(c)}, {_dl(d.date)}", align="right"),
        P("Bestätigung des Arbeitgebers", bold=True, size=12),
        P(
            f"Wir bestätigen, dass {a.full} seit {N.MONTHS_DE[(d.date.month + 3) % 12]} {d.date.year - r.randint(1, 3)} "
            f"bei uns fest angestellt ist und als {c.job or 'Aushilfe'} mit voller Stundenzahl arbeitet. Das Arbeitsverhältnis ist ungekündigt."
        ),
        P(
            "Die Arbeitsleistung ist tadellos, und wir planen fest mit dieser Kraft. Bei einem Wegfall der Arbeitserlaubnis "
            "verlören wir eine eingearbeitete und zuverlässige Kraft."
        ),
        P("Für Rückfragen steht die Geschäftsführung zur Verfügung."),
        Signature("Geschäftsführung"),
    ]
    return DocSpec(blocks, style(r))


# ------------------------------------------------------------------ ehrenamt


@tpl("ehrenamt", "e9a", SPLIT)
def vol_e9a(c, d, r):
    a = c.applicant
    since = max(c.entry.year + 1, d.date.year - r.randint(1, 4))
    blocks = _shead(
        r, c.club, [f"Vorstand: {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}", _town(c)], 2
    )
    blocks += [
        P("Bestätigung: freiwillige Mitarbeit (Ehrenamt)", bold=True, size=12),
        P(f"{a.full} engagiert sich seit {since} ehrenamtlich bei uns. Die Tätigkeit umfasst:"),
        Table(
            [
                ["Aufgabe", "Umfang"],
                [
                    r.choice(
                        [
                            "Lebensmittelausgabe (Sortieren, Ausgabe)",
                            "Betreuung der Jugendgruppe",
                            "Reparaturen in der Werkstatt",
                        ]
                    ),
                    f"ca. {r.randint(3, 8)} Std./Woche",
                ],
                ["Übersetzen für neue Besucher/innen", "nach Bedarf"],
            ],
            [0.6, 0.4],
            size=9.5,
        ),
        P(
            "Wir schätzen die Zuverlässigkeit und Freundlichkeit sehr. Gern möchten wir auch künftig auf diese Unterstützung zählen."
        ),
        Signature("Vorstand, i. A.", f"{_town(c)}, {_ds(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("ehrenamt", "e9b", SPLIT)
def vol_e9b(c, d, r):
    a = c.applicant
    blocks = [
        Box([c.club, "Mitgliederverwaltung"], size=10),
        P("Mitgliedsbescheinigung", bold=True, size=13),
        _kv(
            [
                ["Mitglied", f"{a.name}, {a.vorname}"],
                ["Mitgliedsnummer", f"{r.randint(100, 2999):04d}"],
                ["Mitglied seit", fmt(c.entry + timedelta(days=r.randint(200, 700)))],
                ["Beitrag", "ermäßigt, regelmäßig gezahlt"],
            ],
        ),
        P("Das Mitglied wirkt darüber hinaus ehrenamtlich bei Veranstaltungen und Festen der Gemeinde mit."),
        P(f"Ausgestellt am {fmt(d.date)}", size=9),
        P("Kassenwart/in", size=9),
    ]
    return DocSpec(blocks, style(r, "cond"))


# ------------------------------------------------------------------ unterstuetzerschreiben


@tpl("unterstuetzerschreiben", "u9a", SPLIT)
def sup_u9a(c, d, r):
    a = c.applicant
    rows = [["Name", "Anschrift", "Unterschrift"]]
    for _ in range(r.randint(6, 10)):
        rows.append(
            [
                f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}",
                f"{r.choice(N.STREETS)} {r.randint(1, 90)}, {_town(c)}",
                "",
            ]
        )
    blocks = [
        P(
            f"Wir stehen hinter Familie {a.name}!" if len(c.persons) > 1 else f"Wir stehen hinter {a.full}!",
            bold=True,
            size=13,
        ),
        P(
            f"Wir, Nachbarinnen und Nachbarn, Freundinnen und Freunde aus {_town(c)}, kennen {a.full} seit Jahren. "
            "Wir erleben hilfsbereite, fleißige Menschen, die hier fest verwurzelt sind. Wir bitten die Härtefallkommission, "
            "ihnen ein Bleiberecht zu ermöglichen."
        ),
        Table(rows, [0.3, 0.45, 0.25], size=9),
        P(f"gesammelt im {N.MONTHS_DE[d.date.month - 1]} {d.date.year}", size=8.5),
    ]
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "u9b", SPLIT)
def sup_u9b(c, d, r):
    a = c.applicant
    writer = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(writer, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 80)}", after=0),
        P(_town(c)),
        Space(10),
        P(f"{_town(c)}, {_ds(d.date)}", align="right"),
        P(f"Persönliche Stellungnahme zu {a.full}", bold=True),
        P("Sehr geehrte Damen und Herren,"),
        P(
            f"ich unterrichte seit vielen Jahren ehrenamtlich Deutsch und habe {a.vorname} {a.name} im {c.entry.year + 1} in meinem Kurs kennengelernt. "
            "Seitdem haben wir uns regelmäßig getroffen; aus dem Unterricht ist eine Freundschaft geworden."
        ),
        P(
            "Ich habe erlebt, mit welcher Ausdauer Deutsch gelernt und eine Arbeit gesucht wurde. Wer so viel in ein neues Leben investiert, "
            "verdient eine Chance. Ich unterstütze den Antrag aus vollem Herzen."
        ),
        P("Für ein Gespräch stehe ich gern zur Verfügung."),
        P("Herzliche Grüße"),
        Signature(writer),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("unterstuetzerschreiben", "u9c", SPLIT)
def sup_u9c(c, d, r):
    a = c.applicant
    blocks = _shead(
        r, c.employer, [f"Inhaber/in {r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}", _town(c)], 3
    )
    blocks += [
        P(f"Datum: {fmt(d.date)}", align="right"),
        P(f"Empfehlungsschreiben für {a.vorname} {a.name}", bold=True),
        P(
            f"Als Arbeitgeber möchten wir uns für {a.full} einsetzen. Die Zusammenarbeit ist pünktlich, gewissenhaft und kollegial; "
            "im Team ist sie/er sehr beliebt. Ein unbefristeter Vertrag ist bereits vorbereitet."
        ),
        P(
            "Wir bitten darum, bei der Entscheidung zu berücksichtigen, dass unser Betrieb auf diese Arbeitskraft angewiesen ist."
        ),
        Signature("Geschäftsleitung"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ schulnachweis


@tpl("schulnachweis", "k9a", SPLIT)
def school_k9a(c, d, r):
    k = _child(c, d)
    young = k.age_on(d.date) < 6
    inst = f"Kindertagesstätte Regenbogen {_town(c)}" if young else c.school
    blocks = _shead(r, inst, [f"{r.choice(N.STREETS)} {r.randint(1, 60)}", _town(c)], 0)
    if young:
        body = f"{k.vorname} {k.name}, geboren am {fmt(k.geburtsdatum)}, besucht unsere Kindertageseinrichtung seit {fmt(d.date - timedelta(days=r.randint(90, 600)))} mit einem Betreuungsumfang von {r.choice([35, 45])} Wochenstunden."
        title = "Betreuungsbescheinigung"
    else:
        grade = max(1, min(10, k.age_on(d.date) - 5))
        body = f"{k.vorname} {k.name} (geb. {fmt(k.geburtsdatum)}) ist Schüler/in unserer Schule (Schuljahr {d.date.year if d.date.month >= 8 else d.date.year - 1}/{(d.date.year + 1 if d.date.month >= 8 else d.date.year) % 100:02d}) und besucht derzeit Klasse {grade}{r.choice('abc')}."
        title = "Schulbescheinigung"
    blocks += [
        P(title, bold=True, size=13),
        P(body),
        P("Ausgestellt auf Wunsch der Eltern für das Härtefallverfahren."),
        P(f"{_town(c)}, {_dl(d.date)}"),
        P("Leitung (Siegel)", size=9),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "k9b", SPLIT)
def school_k9b(c, d, r):
    k = _child(c, d)
    grades = ["gut", "befriedigend", "sehr gut", "ausreichend"]
    rows = [["Fach", "Note"]] + [
        [f, r.choice(grades)]
        for f in ["Deutsch", "Mathematik", "Englisch", "Sachunterricht/Naturwissenschaften", "Sport", "Kunst"]
    ]
    blocks = [
        P(c.school, bold=True, align="center"),
        P("Halbjahreszeugnis", bold=True, size=14, align="center"),
        P(f"{k.name}, {k.vorname} – geboren {_ds(k.geburtsdatum)}", align="center"),
        Table(rows, [0.6, 0.4], size=9.5),
        P(
            "Arbeits- und Sozialverhalten: "
            + r.choice(
                [
                    "zeigt großen Lerneifer und hilft anderen gern.",
                    "arbeitet konzentriert und ist im Klassenverband gut angekommen.",
                ]
            )
        ),
        P(f"Fehlzeiten: {r.randint(0, 6)} Tage, sämtlich entschuldigt", size=9),
        Table(
            [["Klassenleitung", "Schulleitung", "Erziehungsberechtigte"]],
            [0.33, 0.34, 0.33],
            header=False,
            grid=False,
            size=8.5,
        ),
        P(f"Zeugnisdatum: {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ auslaenderbehoerde


def _abh_lines(c, r) -> list[str]:
    return [
        "Der Oberbürgermeister"
        if c.abh.startswith(("Stadt", "Landeshauptstadt", "Bundesstadt"))
        else "Die Behördenleitung",
        f"{r.choice(['Ordnungsamt', 'Bürgeramt Migration'])} · {r.choice(N.STREETS)} {r.randint(1, 40)}",
        c.abh_plz + " " + (c.abh.split(" – ")[0].split()[-1]),
    ]


@tpl("auslaenderbehoerde", "a9a", SPLIT)
def abh_a9a(c, d, r):
    a = c.applicant
    kind = "Aufenthaltsgestattung" if c.gestattung else "Aussetzung der Abschiebung (Duldung)"
    blocks = [
        P(c.abh, bold=True, after=0),
        P(" · ".join(_abh_lines(c, r)), size=8),
        Rule(0.5),
        P(f"Bescheinigung über die {kind}", bold=True, size=13, align="center"),
        _kv(
            [
                ["Name", a.name.upper()],
                ["Vorname", a.vorname],
                ["Geburtsdaten", f"{fmt(a.geburtsdatum)}, {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["Anschrift", c.adresse],
            ],
        ),
        P(
            "Die bezeichnete Person ist vollziehbar ausreisepflichtig; die Abschiebung wird vorübergehend ausgesetzt (§ 60a AufenthG)."
            if not c.gestattung
            else "Der Aufenthalt im Bundesgebiet ist für die Dauer des Verfahrens gestattet (§ 55 AsylG)."
        ),
        P("Nebenbestimmungen:", bold=True, after=1),
        P(
            "Wohnsitzauflage: "
            + _town(c)
            + ". Erwerbstätigkeit: nicht gestattet, Ausnahmen nur mit Zustimmung der ABH.",
            indent=10,
        ),
        P(f"Gültig bis: {fmt(d.date + timedelta(days=r.choice([90, 180])))}", bold=True),
        P(f"Ausgestellt am {fmt(d.date)} – im Auftrag", size=9),
        P("Diese Bescheinigung ist kein Passersatz.", size=8),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("auslaenderbehoerde", "a9b", SPLIT)
def abh_a9b(c, d, r):
    a = c.applicant
    town = c.abh.split(" – ")[0]
    blocks = _shead(r, c.abh, _abh_lines(c, r), 1)
    blocks += [
        P(f"Az.: 32.{r.randint(10, 99)}-{r.randint(1000, 9999)}", size=9, align="right", after=0),
        P(f"{_dl(d.date)}", size=9, align="right"),
        P(a.herr_frau(), after=0),
        P(c.street, after=0),
        P(f"{c.plz} {c.city}"),
        Space(6),
        P("Ordnungsverfügung", bold=True, size=13),
        P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
        P("hiermit ergeht folgende Verfügung:", after=2),
        P(
            "1. Sie werden aufgefordert, das Bundesgebiet bis zum Ablauf eines Monats nach Zustellung dieser Verfügung zu verlassen.",
            indent=10,
        ),
        P(
            f"2. Für den Fall, dass Sie nicht freiwillig ausreisen, wird Ihnen die Abschiebung {_land(c, 'nach')} angedroht.",
            indent=10,
        ),
        P("3. Die Kosten einer etwaigen Abschiebung haben Sie zu tragen.", indent=10),
        P("Begründung:", bold=True, after=1),
        P(
            "Sie sind im Besitz keines Aufenthaltstitels und daher nach § 50 Abs. 1 AufenthG zur Ausreise verpflichtet. Die Ausreisepflicht ist vollziehbar. "
            "Gründe, die einer Ausreise entgegenstehen, sind nicht bekannt geworden."
        ),
        P(
            f"Rechtsbehelf: Gegen diese Verfügung steht Ihnen binnen eines Monats nach Bekanntgabe der Klageweg zum Verwaltungsgericht {c.court_city} offen.",
            size=9,
        ),
        P(f"Mit freundlichen Grüßen\nIm Auftrag\n{town}", size=9.5),
    ]
    return DocSpec(blocks, style(r, "sans"), footer="Seite {p} von {n}")


@tpl("auslaenderbehoerde", "a9c", SPLIT)
def abh_a9c(c, d, r):
    a = c.applicant
    blocks = [
        P(c.abh, bold=True, size=12),
        P(f"Sachgebiet Aufenthaltsbeendigung · Zimmer {r.randint(100, 450)}", size=8.5),
        Space(10),
        P(f"{a.herr_frau()}, {c.adresse}", size=9.5),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P("Ausreiseaufforderung und Hinweis auf die Möglichkeit der freiwilligen Rückkehr", bold=True),
        P(
            f"Ihre Duldung endet am {fmt(d.date + timedelta(days=r.randint(20, 60)))}. Da Ihr Aufenthalt nicht mehr rechtmäßig ist, "
            "fordern wir Sie auf, Deutschland zu verlassen."
        ),
        P(
            "Wir weisen Sie auf die Förderprogramme zur freiwilligen Rückkehr hin. Eine Beratung erhalten Sie bei uns nach Terminvereinbarung. "
            "Bitte bringen Sie zu jedem Termin Ihren Pass oder Passersatz mit."
        ),
        P("Bei Fragen wenden Sie sich bitte an die Sachbearbeitung."),
        P("Im Auftrag", after=12),
        P(r.choice(["Brinkmann", "Özcan", "Terhorst", "Wolters"])),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ gerichtsentscheidung


def _vg_parties(c) -> str:
    a = c.applicant
    other = (
        f"die Bundesrepublik Deutschland (Beklagte), handelnd durch das BAMF – {c.bamf_site[0] if c.bamf_site else 'Außenstelle'} –"
        if c.asylum
        else f"{c.abh.split(' – ')[0]}, vertreten durch die Ausländerbehörde"
    )
    return f"{a.full}, {c.adresse},\n– klagende bzw. antragstellende Partei –\nwider\n{other},\n– beklagte bzw. antragsgegnerische Seite –"


@tpl("gerichtsentscheidung", "r9a", SPLIT)
def court_r9a(c, d, r):
    name = c.court_name or f"Verwaltungsgericht {c.court_city}"
    urteil = c.asylum
    blocks = [
        P(f"Aktenzeichen: {c.court_az}", size=9, after=0),
        P(name.upper(), bold=True, size=12, align="center"),
        P("Im Namen des Volkes" if urteil else "", align="center", font="italic"),
        P("Urteil" if urteil else "Beschluss", bold=True, size=14, align="center"),
        P("In der Verwaltungsstreitsache"),
        P(_vg_parties(c), indent=20),
        P(
            f"erkennt das Gericht ({r.randint(3, 19)}. Kammer, Einzelrichterin) nach mündlicher Verhandlung am {_dl(d.date)} für Recht:"
            if urteil
            else f"beschließt die {r.randint(3, 19)}. Kammer am {_dl(d.date)}:"
        ),
        P(
            "Die Klage wird abgewiesen. Die Klägerseite trägt die außergerichtlichen Kosten; Gerichtskosten fallen nicht an (§ 83b AsylG)."
            if urteil
            else "Der Eilantrag wird zurückgewiesen. Die Antragstellerseite hat die Kosten zu tragen. Streitwert: 2.500,00 €."
        ),
        P("Tatbestand" if urteil else "Gründe", bold=True, align="center"),
        P(
            f"Die Klägerseite besitzt die {c.applicant.staat}e Staatsangehörigkeit. Angegriffen ist der Bescheid des Bundesamts vom {fmt(c.bamf_date)}."
            if urteil
            else "Mit dem Eilantrag soll erreicht werden, dass die Klage gegen die Ordnungsverfügung aufschiebende Wirkung erhält."
        ),
    ]
    if urteil:
        blocks.append(P("Entscheidungsgründe", bold=True, align="center"))
    blocks.append(
        P(
            "Das Begehren bleibt erfolglos. Der Bescheid hält rechtlicher Prüfung stand; was im Prozess neu vorgetragen wurde, "
            "ändert daran nichts, denn es wiederholt im Kern das Bisherige."
        )
    )
    blocks.append(
        P(
            "Die Nebenentscheidungen folgen aus §§ 154 Abs. 1, 167 VwGO."
            if urteil
            else "Kosten: § 154 Abs. 1 VwGO."
        )
    )
    blocks.append(P(r.choice(["Dr. Fährmann", "Ruhnau", "Castellano"]), align="right"))
    return DocSpec(blocks, style(r, "serif"), footer="– {p} –")


@tpl("gerichtsentscheidung", "r9b", SPLIT)
def court_r9b(c, d, r):
    name = c.court_name or f"Verwaltungsgericht {c.court_city}"
    blocks = [
        Table([[name, f"Az. {c.court_az}"]], [0.65, 0.35], header=False, grid=False),
        Rule(0.8),
        P("BESCHLUSS", bold=True, size=13, align="center"),
        P(
            f"Verfahren {c.applicant.name.upper()}, {c.applicant.vorname} gegen {'Bundesrepublik Deutschland' if c.asylum else c.abh.split(' – ')[0]}",
            align="center",
        ),
        P(f"Entscheidungsdatum: {fmt(d.date)}", align="center", size=9),
        P("Tenor:", bold=True, after=1),
        P("1. Der Antrag wird zurückgewiesen.", indent=12, after=1),
        P("2. Die Antragstellerseite hat die Verfahrenskosten zu tragen.", indent=12),
        P("Gründe:", bold=True, after=1),
        P(
            "Der zulässige Antrag bleibt in der Sache ohne Erfolg. Die gebotene summarische Abwägung fällt zulasten der "
            "Antragstellerseite aus; die Maßnahme ist bei vorläufiger Betrachtung rechtmäßig."
        ),
        P(
            "Der Beschluss kann nicht angefochten werden (§ 80 AsylG)."
            if c.asylum
            else "Rechtsmittel: Beschwerde (zwei Wochen, einzulegen beim hiesigen Gericht; Entscheidung durch das OVG NRW in Münster)."
        ),
        P("Die Richterin / Der Richter", size=9, align="right"),
    ]
    return DocSpec(blocks, style(r, "sans"))


# ------------------------------------------------------------------ strafrecht


@tpl("strafrecht", "x9a", SPLIT)
def crim_x9a(c, d, r):
    a = c.applicant
    off, fine = c.offence or N.OFFENCES[0]
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True, after=0),
        P(
            f"Az.: {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100} · {r.randint(10, 99)} Cs {r.randint(10, 300)}/{d.date.year % 100}",
            size=9,
        ),
        P(f"{c.court_city}, {fmt(d.date)}", align="right"),
        P("Strafbefehl", bold=True, size=14),
        P(
            f"Beschuldigte/r: {a.full}, geb. {fmt(a.geburtsdatum)} in {a.geburtsort}, {a.staat}, wohnhaft {c.adresse}"
        ),
        P(f"Tatvorwurf (Ermittlungen der Staatsanwaltschaft {c.court_city}): {off}."),
        P(
            f"Gegen Sie wird deshalb – wie von der Staatsanwaltschaft beantragt – eine Geldstrafe von {fine} verhängt."
        ),
        P(
            "Einspruch: Gegen diesen Strafbefehl ist innerhalb von 2 Wochen (ab Zustellung) Einspruch möglich – schriftlich oder mündlich zur Niederschrift beim Amtsgericht. Ohne Einspruch wird er rechtskräftig und vollstreckbar.",
            size=9.5,
        ),
        P("(Richterin/Richter)", align="right", size=9),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("strafrecht", "x9b", SPLIT)
def crim_x9b(c, d, r):
    a = c.applicant
    off, fine = c.offence or N.OFFENCES[0]
    blocks = [
        P("Bundesamt für Justiz · Registerbehörde (BZR)", bold=True, size=11),
        P("Führungszeugnis – Belegart: N (Privatführungszeugnis)", bold=True, size=13),
        _kv(
            [
                ["Geburtsname/Familienname", a.name],
                ["Vornamen", a.vorname],
                ["Geburtsdatum / Geburtsort", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                ["Anschrift", c.adresse],
            ],
            left=0.4,
            size=9.5,
        ),
        P("Inhalt:", bold=True, after=1),
        P(
            f"1. Entscheidung vom {fmt(d.date)}; Gericht: AG {c.court_city}; Art: Strafbefehl",
            indent=8,
            after=1,
        ),
        P(f"   Tatbezeichnung: {off}", indent=8, after=1),
        P(f"   Rechtsfolge: Geldstrafe, {fine}", indent=8),
        P(f"Erteilt: {fmt(d.date + timedelta(days=r.randint(30, 60)))}", size=9),
    ]
    return DocSpec(blocks, style(r, "mono"))


# ------------------------------------------------------------------ identitaetsnachweis


@tpl("identitaetsnachweis", "i9a", SPLIT)
def id_i9a(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("Kopie – Personaldatenseite", size=8, font="italic"),
        Box(
            [
                f"PASS · PASSPORT · {MRZ_CODES[c.nat]}",
                f"Typ P   Staat {MRZ_CODES[c.nat]}   Nr. {l2[:9].replace('<', '')}",
                f"Familienname/Surname  {a.name.upper()}",
                f"Vornamen/Given names  {a.vorname.upper()}",
                f"Geburtstag/Date of birth  {a.geburtsdatum.day:02d} {N.MONTHS_EN[a.geburtsdatum.month - 1][:3].upper()} {a.geburtsdatum.year}",
                f"Geburtsort/Place of birth  {a.geburtsort.upper()}",
                f"Ausgestellt/Issued  {fmt(d.date)}    Gültig bis/Expiry  {fmt(d.date + timedelta(days=365 * 7))}",
            ],
            size=9.5,
        ),
        Space(14),
        P(l1, font="mono", size=10.5, after=0),
        P(l2, font="mono", size=10.5),
        P("Kopie gefertigt vom Original, das zur Einsicht vorlag.", size=8),
    ]
    return DocSpec(blocks, style(r))


@tpl("identitaetsnachweis", "i9b", SPLIT)
def id_i9b(c, d, r):
    a = c.applicant
    blocks = [
        P("Beglaubigte Übersetzung", font="italic", size=9, align="right"),
        P(f"{c.natinfo['land']} – Auszug aus dem Personenstandsregister (Geburt)", bold=True, size=12),
        Table(
            [
                ["1. Familienname", a.name],
                ["2. Vorname", a.vorname],
                ["3. Geschlecht", "männlich" if a.sex == "m" else "weiblich"],
                ["4. Tag der Geburt", _dl(a.geburtsdatum)],
                ["5. Ort der Geburt", a.geburtsort],
                ["6. Vater", f"{r.choice(c.natinfo['m'])} {a.name}"],
                ["7. Mutter", f"{r.choice(c.natinfo['f'])} {r.choice(c.natinfo['nach'])}"],
            ],
            [0.35, 0.65],
            header=False,
            grid=False,
        ),
        P(f"Eintragung Nr. {r.randint(100, 9999)}/{a.geburtsdatum.year}"),
        P(
            f"Als ermächtigte Übersetzerin bestätige ich: Die vorstehende Übertragung ins Deutsche stimmt mit dem mir vorgelegten Original überein. {_town(c)}, {_ds(d.date)}",
            size=9,
        ),
        P("Stempel · Unterschrift", size=8),
    ]
    return DocSpec(blocks, style(r, "serif"))


# ------------------------------------------------------------------ sonstiges


@tpl("sonstiges", "anhoerung_o9a", SPLIT)
def other_anhoerung_o9a(c, d, r):
    a = c.applicant
    site = c.bamf_site or ("Außenstelle", "", "")
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True, after=0),
        P(f"{site[0]} · {site[1]} · {site[2]}", size=8),
        Rule(0.5),
        P(f"Geschäftszeichen: {c.bamf_gz}", align="right", size=9, after=0),
        P(f"Datum: {fmt(d.date - timedelta(days=14))}", align="right", size=9),
        P(f"{a.herr_frau()}\n{c.street}\n{c.plz} {c.city}"),
        P("Ladung zur persönlichen Anhörung", bold=True, size=13),
        P(
            f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name}, für Ihr Asylverfahren ist ein Termin zur persönlichen Anhörung vorgesehen. "
            f"Termin: {fmt(d.date)}, {r.choice(['08:30', '09:00', '10:15', '13:00'])} Uhr, Raum {r.randint(101, 340)} der oben genannten Außenstelle."
        ),
        P("Bringen Sie bitte mit:", bold=True, after=1),
        P("– diese Ladung und Ihren Ankunftsnachweis bzw. Ihre Aufenthaltsgestattung,", indent=10, after=1),
        P("– alle Dokumente und Beweismittel, die Ihre Angaben belegen können.", indent=10),
        P(
            "Eine Übersetzung in Ihre Sprache wird sichergestellt. Versäumen Sie den Termin ohne ausreichenden Grund, kann das Bundesamt allein aufgrund der Akte entscheiden (§ 25 Abs. 4 und 5 AsylG)."
        ),
        P("Mit freundlichen Grüßen, im Auftrag", size=9.5),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "o9b", SPLIT)
def other_o9b(c, d, r):
    owner = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P("Wohnungsgeberbestätigung", bold=True, size=13),
        P("nach § 19 des Bundesmeldegesetzes", size=9),
        _kv(
            [
                ["Wohnungsgeber/in", owner],
                ["Wohnung (Anschrift)", c.adresse],
                ["Art des Vorgangs", "Einzug"],
                ["Datum des Einzugs", fmt(d.date - timedelta(days=r.randint(10, 40)))],
                ["Meldepflichtige Personen", ", ".join(p.full for p in c.persons)],
            ],
            size=9.5,
        ),
        P("Hiermit bestätige ich den Einzug der oben aufgeführten Personen in meine Wohnung."),
        Signature(owner, f"{_town(c)}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "sans"))


@tpl("sonstiges", "o9c", SPLIT)
def other_o9c(c, d, r):
    a = c.applicant
    kk = f"{r.choice(['Rhein-Ruhr', 'Westfalen', 'Niederrhein'])} BKK"
    blocks = _shead(r, kk, ["Kundenservice", "Postfach 10 20 30"], 1)
    blocks += [
        P(f"{a.herr_frau()}, {c.adresse}", size=9),
        P(f"{_town(c)}, {_dl(d.date)}", align="right"),
        P("Mitgliedsbescheinigung", bold=True, size=12),
        P(
            f"Wir bescheinigen, dass {a.full} (Versichertennummer {a.name[0].upper()}{r.randint(100000000, 999999999)}) seit {fmt(d.date - timedelta(days=r.randint(300, 1500)))} "
            "bei uns pflichtversichert ist. Familienangehörige sind beitragsfrei mitversichert."
        ),
        P("Maschinell gefertigt – auch ohne Unterschrift wirksam.", size=8.5),
    ]
    return DocSpec(blocks, style(r))
