"""Templates of the `test` split: held out from training; whoever tunes the classifier must not read this file."""

from __future__ import annotations

import zlib
from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.templates import (
    Box,
    DocSpec,
    P,
    Rule,
    Signature,
    Table,
    _abh_head,
    _antrag_common,
    _antrag_en,
    _bamf,
    _child,
    _court,
    _cv_rows,
    _med_body,
    _mrz,
    _patient,
    _practice_head,
    _rep_name,
    fmt,
    fmt_long,
    initials_sig,
    letterhead,
    month_year,
    recipient,
    style,
    tpl,
)


def _persons_prose(c):
    """The persons in running text ("für Herrn …, geboren am … in …, …er Staatsangehöriger; …")."""

    def field(i: int, f: str, value: str) -> str:
        return "" if c.omitted.get(i) == f else value

    out: list = []
    bits = []
    for i, p in enumerate(c.persons):
        s = ("Herrn " + p.full if p.sex == "m" else "Frau " + p.full) if p.role != "child" else p.full
        if field(i, "geburtsdatum", "x"):
            s += f", geboren am {fmt(p.geburtsdatum)}"
        if field(i, "geburtsort", "x"):
            s += f" in {p.geburtsort}"
        if field(i, "staatsangehoerigkeit", "x"):
            s += f", {p.staat}e{'r' if p.sex == 'm' else ''} Staatsangehörige{'r' if p.sex == 'm' else ''}"
        bits.append(s)
    out.append(P("für " + "; ".join(bits) + f", alle wohnhaft {c.adresse}."))
    return out


@tpl("antrag", "d", "test")
def antrag_d(c, d, r):
    return _antrag_common(
        c,
        d,
        r,
        heads=[
            "Antrag auf Befassung der Härtefallkommission (§ 23a AufenthG)",
            "Zur Person und Einreise",
            "Zum Aufenthaltsstatus",
            "Familie",
            "Integrationsleistungen",
            "Dringende persönliche Gründe",
        ],
        persons_mode=_persons_prose,
        numbered=True,
        sections=True,
    )


@tpl("antrag", "e", "test")
def antrag_e(c, d, r):
    return _antrag_common(
        c,
        d,
        r,
        heads=["Härtefall – bitte um Hilfe"] + [""] * 5,
        persons_mode="table",
        numbered=False,
        plain=True,
    )


@tpl("antrag", "en_b", "test")
def antrag_en_b(c, d, r):
    return _antrag_en(c, d, r, 1)


@tpl("bamf_bescheid", "d", "test")
def bamf_d(c, d, r):
    return _bamf(c, d, r, 3)


@tpl("aerztliches_gutachten", "d", "test")
def med_d(c, d, r):
    code, name, sev = c.diagnosis
    blocks = [
        P(c.practice, bold=True, size=12, align="center"),
        P("Arztbrief", size=15, bold=True, align="center"),
        Rule(),
        Table(
            [
                ["Patient", _patient(c)],
                ["Anschrift", c.adresse],
                ["Datum", fmt(d.date)],
                ["Diagnose", f"{code} {name}"],
            ],
            [0.25, 0.75],
            header=False,
        ),
    ]
    blocks.append(P("Sehr geehrte Kolleginnen und Kollegen,"))
    blocks.append(
        P(
            f"wir berichten über o. g. Patienten, der sich seit {c.entry.year + 1} in unserer Behandlung befindet. Der Schweregrad ist {sev}. "
            f"Therapie: {', '.join(r.sample(N.MEDICATION, 2))}; Psychotherapie einmal wöchentlich. Verlauf: keine Stabilisierung ohne fortgesetzte Behandlung."
        )
    )
    blocks.append(P("Mit kollegialen Grüßen"))
    blocks.append(Signature(c.doctor))
    return DocSpec(blocks, style(r))


@tpl("aerztliches_gutachten", "e", "test")
def med_e(c, d, r):
    blocks = _practice_head(c, r) + [
        P("Psychotherapeutischer Befundbericht", bold=True, size=13),
        P(f"zur Vorlage bei der Härtefallkommission – {_patient(c)}"),
        P(f"Erstellt am {fmt_long(d.date)}", after=10),
    ]
    blocks += _med_body(c, r, long=True)
    blocks.append(Signature(c.doctor + " (Psychologische Psychotherapeutin)"))
    return DocSpec(blocks, style(r, "serif"))


@tpl("vollmacht", "d", "test")
def vollmacht_d(c, d, r):
    blocks = [
        P(_rep_name(c), size=9, after=0),
        Rule(),
        P("V o l l m a c h t", bold=True, size=15, align="center"),
        P(
            f"{_rep_name(c)} wird in Sachen {c.applicant.name} ./. Land Nordrhein-Westfalen wegen Härtefallersuchen "
            "Vollmacht erteilt",
            after=4,
        ),
        P(
            "1. zur Vertretung in allen Verwaltungsverfahren, insbesondere vor der Härtefallkommission,",
            indent=12,
            after=1,
        ),
        P(
            "2. zur Begründung und Aufhebung von Vertragsverhältnissen sowie zur Abgabe einseitiger Willenserklärungen,",
            indent=12,
            after=1,
        ),
        P("3. zur Empfangnahme von Geldern und Zustellungen.", indent=12),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("schweigepflichtsentbindung", "d", "test")
def schweige_d(c, d, r):
    blocks = [
        P("Einverständniserklärung und Entbindung von der Verschwiegenheitspflicht", bold=True, size=12),
        P(
            f"Hiermit erkläre ich, {c.persons[c.ill_person].full}, dass ich {c.doctor} ({c.practice}) von der Schweigepflicht entbinde, "
            "damit die Geschäftsstelle der Härtefallkommission medizinische Unterlagen anfordern und der Vertrauensarzt Rücksprache halten kann."
        ),
        P("Diese Erklärung kann jederzeit widerrufen werden."),
        initials_sig(c.persons[c.ill_person].full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("datenschutzeinwilligung", "d", "test")
def ds_d(c, d, r):
    blocks = [
        P("Einwilligung in die Verarbeitung personenbezogener Daten", bold=True, size=13, align="center"),
        P(
            "Verantwortlich: Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW, Geschäftsstelle der Härtefallkommission.",
            size=9,
        ),
        P(
            "Mit meiner Unterschrift erkläre ich mich einverstanden, dass meine Angaben und die Angaben meiner Familienangehörigen "
            "gespeichert, genutzt und im Rahmen des Verfahrens weitergegeben werden. Mir ist bekannt, dass ich diese Einwilligung "
            "widerrufen kann; die Rechtmäßigkeit der bis dahin erfolgten Verarbeitung bleibt unberührt."
        ),
    ]
    for p in c.persons[:3]:
        blocks.append(P(f"☐ {p.full}", indent=10, after=1))
    blocks.append(initials_sig(c.applicant.full, c.city_or_nrw(), d.date))
    return DocSpec(blocks, style(r))


@tpl("lebenslauf", "d", "test")
def cv_d(c, d, r):
    blocks = [P(f"Lebenslauf von {c.applicant.full}", bold=True, size=13)]
    for a, b in _cv_rows(c):
        blocks.append(P(f"• {a}: {b}", indent=8, after=2))
    blocks.append(P(f"{c.city_or_nrw()}, im {month_year(d.date)}"))
    return DocSpec(blocks, style(r, "serif"))


@tpl("sprachnachweis", "c", "test")
def sprach_c(c, d, r):
    blocks = [
        P("Goethe-Zertifikat A2", bold=True, size=18),
        P("Start Deutsch 2 / Fit in Deutsch", size=10),
        Table(
            [
                ["Name", c.applicant.full],
                ["Geburtsdatum", fmt(c.applicant.geburtsdatum)],
                ["Prüfung am", fmt(d.date - timedelta(days=40))],
                ["Punkte", f"{r.randint(62, 95)} von 100"],
                ["Prädikat", "befriedigend"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"Ausgestellt am {fmt(d.date)}", align="right"),
    ]
    return DocSpec(blocks, style(r))


@tpl("arbeitsnachweis", "c", "test")
def arbeit_c(c, d, r):
    blocks = letterhead(r, [c.employer]) + [
        P("Arbeitszeugnis", bold=True, size=13, align="center"),
        P(
            f"{c.applicant.herr_frau()}, geboren am {fmt(c.applicant.geburtsdatum)}, ist seit {c.entry.year + 2} in unserem Unternehmen als {c.job} beschäftigt. "
            "Die übertragenen Aufgaben erledigt er/sie stets zu unserer vollsten Zufriedenheit. Wir würden eine Weiterbeschäftigung sehr begrüßen."
        ),
        initials_sig("Geschäftsführung", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("ehrenamt", "c", "test")
def ehren_c(c, d, r):
    blocks = [
        P(c.club, bold=True, align="center"),
        P("Bescheinigung", bold=True, align="center"),
        P(
            f"{c.applicant.full} engagiert sich in unserer Gemeinde seit mehreren Jahren ehrenamtlich, u. a. beim Sommerfest und in der Kleiderkammer. "
            "Wir schätzen die zuverlässige Mitarbeit sehr."
        ),
        initials_sig("Pfarrer/in", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("unterstuetzerschreiben", "d", "test")
def unter_d(c, d, r):
    blocks = letterhead(r, [c.school, "Die Klassenleitung"]) + [
        P(f"{fmt_long(d.date)}", align="right"),
        P("Stellungnahme", bold=True),
        P(
            f"Als Lehrerin kenne ich die Familie {c.applicant.name} seit {r.randint(2, 5)} Jahren. Die Eltern kommen zu jedem Elternabend und unterstützen die Schule. "
            "Ich befürworte den Verbleib der Familie in Deutschland nachdrücklich."
        ),
        Signature(f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"),
    ]
    return DocSpec(blocks, style(r, "serif"))


@tpl("schulnachweis", "d", "test")
def schul_d(c, d, r):
    k = _child(c, d)
    blocks = [
        Box([c.school, "Sekretariat"]),
        P("Bestätigung des Schulbesuchs", bold=True),
        Table(
            [
                ["Schüler/in", k.full],
                ["geboren", fmt(k.geburtsdatum)],
                ["Klasse", f"{max(1, k.age_on(d.date) - 5)}"],
                ["Fehlzeiten", f"{r.randint(0, 6)} Tage, entschuldigt"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("auslaenderbehoerde", "duldung_b", "test")
def abh_duldung_b(c, d, r):
    a = c.applicant
    blocks = [
        Box([f"{c.abh}", "Duldung – Aussetzung der Abschiebung gemäß § 60a AufenthG"]),
        Table(
            [
                ["Familienname", a.name],
                ["Vorname(n)", a.vorname],
                ["geboren am / in", f"{fmt(a.geburtsdatum)} / {a.geburtsort}"],
                ["Staatsangehörigkeit", a.staat],
                ["gültig bis", fmt(d.date + timedelta(days=r.choice([60, 92, 183])))],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "Die Inhaberin/der Inhaber ist vollziehbar ausreisepflichtig. Die Duldung erlischt mit der Ausreise."
        ),
        P(
            "Auflagen: Wohnsitznahme in " + c.city_or_nrw() + ". Beschäftigung nicht gestattet."
            if not c.ausbildung
            else "Auflagen: Ausbildungsduldung nach § 60c AufenthG – Ausbildung gestattet."
        ),
        P(f"Verlängert am {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("auslaenderbehoerde", "bamf_mention_b", "test")
def abh_letter_b(c, d, r):
    # an Ausländerbehörde letter that names the BAMF: hard case (asylum cases only) or a Grenzübertrittsbescheinigung
    a = c.applicant
    blocks = (
        _abh_head(c, r)
        + recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
        + [P(fmt_long(d.date), align="right")]
    )
    if c.asylum:
        blocks += [
            P("Aufenthaltsrechtliche Angelegenheit – Ihre Ausreisepflicht", bold=True),
            P(
                f"das Bundesamt für Migration und Flüchtlinge hat Ihren Asylantrag mit Bescheid vom {fmt(c.bamf_date)} (Gesch.-Z. {c.bamf_gz}) abgelehnt. "
                "Die Ausländerbehörde ist an diese Entscheidung gebunden (§ 42 AsylG)."
            ),
        ]
    else:
        blocks += [
            P("Grenzübertrittsbescheinigung", bold=True),
            P("Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis wurde abgelehnt."),
        ]
    blocks += [
        P(
            f"Sie sind verpflichtet, bis zum {fmt(d.date + timedelta(days=14))} auszureisen. Die Grenzübertrittsbescheinigung ist bei der Ausreise abzugeben."
        ),
        P("Mit freundlichen Grüßen"),
        P("Der Oberbürgermeister – Im Auftrag"),
    ]
    return DocSpec(blocks, style(r))


@tpl("gerichtsentscheidung", "c", "test")
def court_c(c, d, r):
    return _court(c, d, r, 2)


@tpl("strafrecht", "c", "test")
def straf_c(c, d, r):
    a = c.applicant
    off, _ = c.offence
    blocks = [
        P(f"Staatsanwaltschaft {c.court_city}", bold=True),
        P(f"Datum: {fmt(d.date)}", align="right"),
        P("Ermittlungsverfahren – Mitteilung", bold=True),
        P(
            f"In dem Ermittlungsverfahren gegen {a.full} wegen {off} wird Ihnen mitgeteilt, dass das Verfahren nach § 153a StPO gegen Zahlung einer Geldauflage vorläufig eingestellt wurde."
        ),
        P("Im Auftrag"),
        P("Oberamtsanwalt"),
    ]
    return DocSpec(blocks, style(r))


@tpl("identitaetsnachweis", "c", "test")
def id_c(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P("Kopie Nationalpass (Datenseite)", size=9),
        Box(
            [
                f"{c.natinfo['land']} – Passport No. {zlib.crc32(a.name.encode()) % 10**7:07d}",
                f"{a.name} / {a.vorname}",
                f"{a.geburtsdatum.strftime('%d %b %Y').upper()}   {a.geburtsort}",
                f"Issued {d.date.strftime('%d %b %Y').upper()}",
            ]
        ),
        P(l1, font="mono", after=0),
        P(l2, font="mono"),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "anhoerung_b", "test")
def sonst_anh_b(c, d, r):
    a = c.applicant
    blocks = [
        Box(["Bundesamt für Migration und Flüchtlinge", f"{c.bamf_site[0]}", f"Az.: {c.bamf_gz}"]),
        P("Anhörungsniederschrift", bold=True, size=13),
        P(f"Anhörung von {a.full} am {fmt(d.date)}. Beginn 09:10 Uhr, Ende 12:45 Uhr."),
        P(
            "Der Antragsteller wurde darauf hingewiesen, dass er verpflichtet ist, alle Tatsachen vorzutragen, die seine Furcht vor Verfolgung begründen."
        ),
        P("F: Schildern Sie bitte die Gründe für Ihren Asylantrag.", bold=True, after=1),
        P("A: In meinem Dorf gab es Kämpfe. Mein Bruder wurde verhaftet."),
        P("F: Gibt es weitere Gründe?", bold=True, after=1),
        P("A: Nein, das war alles."),
    ]
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}")


@tpl("sonstiges", "begleit_b", "test")
def sonst_begleit_b(c, d, r):
    blocks = [
        P(c.applicant.full, after=0),
        P(c.adresse),
        P(f"{fmt(d.date)}", align="right"),
        P("Nachreichung von Unterlagen", bold=True),
        P(
            "Sehr geehrte Damen und Herren, anbei übersende ich weitere Unterlagen zu meinem Verfahren. Bitte nehmen Sie diese zur Akte."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(c.applicant.full),
    ]
    return DocSpec(blocks, style(r))


@tpl("aerztliches_gutachten", "f", "test")
def med_f(c, d, r):
    # the other short doctor's letter (test split): a note on a prescription-style pad
    code, name, _ = c.diagnosis
    blocks = [
        P(c.practice, bold=True, size=10, after=0),
        P(f"{c.court_city_plz()} · Sprechstunde nach Vereinbarung", size=8),
        Rule(),
        P(f"Ärztliche Bescheinigung vom {fmt(d.date)}", bold=True),
        P(
            f"Hiermit bescheinige ich, dass {_patient(c)} an {name} (ICD-10 {code}) erkrankt ist und dauerhaft behandelt wird."
        ),
        P("Eine Abschiebung wäre aus ärztlicher Sicht nicht zu verantworten."),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, style(r, "cond"))
