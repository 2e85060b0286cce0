"""Templates of the `train` split: the classifier is trained on documents made from these."""

from __future__ import annotations

from datetime import timedelta

from hfk.corpus import names as N
from hfk.corpus.templates import (
    Box,
    DocSpec,
    P,
    Rule,
    Signature,
    Space,
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
    initials_sig,
    letterhead,
    month_year,
    recipient,
    rep_org,
    style,
    tpl,
    typos,
)


@tpl("antrag", "a", "train")
def antrag_a(c, d, r):
    return _antrag_common(
        c,
        d,
        r,
        heads=[
            "Härtefallantrag gemäß § 23a AufenthG",
            "Lebenslauf und Einreise",
            "Aufenthaltsrechtliche Situation",
            "Familiäre Bindungen",
            "Integration",
            "Humanitäre Gründe",
        ],
        persons_mode="table",
        numbered=True,
    )


@tpl("antrag", "b", "train")
def antrag_b(c, d, r):
    return _antrag_common(
        c,
        d,
        r,
        heads=[f"Antrag an die Härtefallkommission NRW – {c.applicant.name}"] + [""] * 5,
        persons_mode="list",
        numbered=False,
    )


@tpl("antrag", "c", "train")
def antrag_c(c, d, r):
    return _antrag_common(
        c,
        d,
        r,
        heads=["Betreff: Antrag Härtefall"] + [""] * 5,
        persons_mode="list",
        numbered=False,
        plain=True,
    )


@tpl("antrag", "en_a", "train")
def antrag_en_a(c, d, r):
    return _antrag_en(c, d, r, 0)


@tpl("bamf_bescheid", "a", "train")
def bamf_a(c, d, r):
    return _bamf(c, d, r, 0)


@tpl("bamf_bescheid", "b", "train")
def bamf_b(c, d, r):
    return _bamf(c, d, r, 1)


@tpl("bamf_bescheid", "c", "train")
def bamf_c(c, d, r):
    return _bamf(c, d, r, 2)


@tpl("aerztliches_gutachten", "a", "train")
def med_a(c, d, r):
    blocks = _practice_head(c, r) + [
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Ärztliches Attest", bold=True, size=13),
        P(f"Patient/in: {_patient(c)}"),
    ]
    blocks += _med_body(c, r, long=False)
    blocks.append(P("Dieses Attest wird auf Wunsch des Patienten zur Vorlage bei Behörden ausgestellt."))
    blocks.append(Signature(c.doctor))
    return DocSpec(blocks, style(r))


@tpl("aerztliches_gutachten", "b", "train")
def med_b(c, d, r):
    blocks = _practice_head(c, r) + [
        P("Fachärztliche Stellungnahme", bold=True, size=13),
        P(f"betreffend: {_patient(c)}, wohnhaft {c.adresse}"),
        P(f"Datum: {fmt(d.date)}"),
    ]
    blocks += _med_body(c, r, long=True)
    blocks.append(P("Folgen einer Rückkehr:", bold=True, after=1))
    blocks.append(
        P(
            "Bei einer Abschiebung ist mit einer akuten Dekompensation und Suizidalität zu rechnen. Eine vergleichbare Behandlung ist im Herkunftsland nicht verfügbar."
        )
    )
    blocks.append(Signature(c.doctor))
    return DocSpec(blocks, style(r), footer="Seite {p}/{n}")


@tpl("aerztliches_gutachten", "c", "train")
def med_c(c, d, r):
    # the short doctor's letter: three lines, still a medical report
    code, name, _ = c.diagnosis
    blocks = _practice_head(c, r) + [
        Space(20),
        P(f"{c.city_or_nrw()}, den {fmt(d.date)}", align="right"),
        P("Bescheinigung", bold=True),
        P(
            f"{_patient(c)} ist bei uns wegen {name} ({code}) in Behandlung. Regelmäßige Medikation erforderlich. Reiseunfähigkeit ist zu prüfen."
        ),
        Signature(c.doctor),
    ]
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "a", "train")
def vollmacht_a(c, d, r):
    blocks = [
        P("VOLLMACHT", bold=True, size=16, align="center"),
        Space(10),
        P(f"Hiermit bevollmächtige ich {_rep_name(c)}, {c.rep.adresse},"),
        P(
            "mich und meine Familienangehörigen im Verfahren vor der Härtefallkommission des Landes Nordrhein-Westfalen zu vertreten, "
            "Anträge zu stellen, Akteneinsicht zu nehmen und Zustellungen entgegenzunehmen."
        ),
        P(f"Vollmachtgeber: {c.applicant.full}, geb. {fmt(c.applicant.geburtsdatum)}, {c.adresse}"),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "b", "train")
def vollmacht_b(c, d, r):
    blocks = letterhead(r, rep_org(c)) + [
        P("Vollmacht", bold=True, size=14),
        Table(
            [
                ["Vollmachtgeber/in", c.applicant.full],
                ["Bevollmächtigte/r", _rep_name(c)],
                ["Angelegenheit", "Härtefallverfahren nach § 23a AufenthG"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "wird hiermit Vollmacht zur außergerichtlichen Vertretung erteilt, insbesondere zur Antragstellung bei der Härtefallkommission, "
            "zur Entgegennahme von Schriftstücken und zur Erteilung von Untervollmacht."
        ),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "c", "train")
def vollmacht_c(c, d, r):
    blocks = [
        P("Vertretungsvollmacht", bold=True, size=13),
        P(
            f"Ich, {c.applicant.full}, wohnhaft {c.adresse}, erteile hiermit {c.rep.person} "
            f"({_rep_name(c)}) Vollmacht, mich gegenüber der Härtefallkommission NRW und der Ausländerbehörde zu vertreten."
        ),
        P("Die Vollmacht gilt bis auf Widerruf."),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("schweigepflichtsentbindung", "a", "train")
def schweige_a(c, d, r):
    blocks = [
        P("Erklärung über die Entbindung von der ärztlichen Schweigepflicht", bold=True, size=12),
        P(
            f"Ich, {c.persons[c.ill_person].full}, geb. {fmt(c.persons[c.ill_person].geburtsdatum)}, entbinde hiermit"
        ),
        P(f"{c.doctor}, {c.practice}", indent=20),
        P(
            "gegenüber der Härtefallkommission des Landes Nordrhein-Westfalen und ihrer Geschäftsstelle von der Schweigepflicht. "
            "Die Entbindung umfasst Auskünfte über Diagnosen, Behandlungsverlauf und Prognose."
        ),
        initials_sig(c.persons[c.ill_person].full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "b", "train")
def schweige_b(c, d, r):
    blocks = [
        Box(["Schweigepflichtentbindungserklärung", "für das Härtefallverfahren nach § 23a AufenthG"]),
        Table(
            [
                ["Name, Vorname", f"{c.persons[c.ill_person].name}, {c.persons[c.ill_person].vorname}"],
                ["behandelnde Ärztin/Arzt", c.doctor],
                ["Einrichtung", c.practice],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "Ich bin damit einverstanden, dass die oben genannten Personen der Härtefallkommission Auskunft erteilen, und entbinde sie insoweit von der Schweigepflicht."
        ),
        initials_sig(c.persons[c.ill_person].full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "c", "train")
def schweige_c(c, d, r):
    blocks = [
        P("Entbindung von der Schweigepflicht", bold=True),
        P(
            typos(
                f"Hiermit entbinde ich meine Ärzte und Therapeuten, insbesondere {c.doctor}, von der Schweigepflicht gegenüber der Härtefallkommission NRW.",
                r,
            )
        ),
        initials_sig(c.persons[c.ill_person].full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


DS_TEXT = [
    "Ich willige ein, dass die Geschäftsstelle der Härtefallkommission meine personenbezogenen Daten einschließlich besonderer Kategorien (Art. 9 DSGVO, z. B. Gesundheitsdaten) zur Bearbeitung des Härtefallantrags verarbeitet.",
    "Die Daten werden an die zuständige Ausländerbehörde und die Mitglieder der Härtefallkommission übermittelt, soweit dies für das Verfahren erforderlich ist.",
    "Die Einwilligung ist freiwillig. Ich kann sie jederzeit mit Wirkung für die Zukunft widerrufen.",
]


@tpl("datenschutzeinwilligung", "a", "train")
def ds_a(c, d, r):
    blocks = [P("Erklärung über die Einwilligung in die Datenverarbeitung", bold=True, size=12)] + [
        P(t) for t in DS_TEXT
    ]
    blocks += [P(f"Name: {c.applicant.full}"), initials_sig(c.applicant.full, c.city_or_nrw(), d.date)]
    return DocSpec(blocks, style(r))


@tpl("datenschutzeinwilligung", "b", "train")
def ds_b(c, d, r):
    blocks = [
        Box(["Einwilligungserklärung nach Art. 6 Abs. 1 lit. a und Art. 9 Abs. 2 lit. a DSGVO"]),
        Table(
            [
                ["Name", c.applicant.name],
                ["Vorname", c.applicant.vorname],
                ["Geburtsdatum", fmt(c.applicant.geburtsdatum)],
            ],
            [0.3, 0.7],
            header=False,
        ),
    ]
    blocks += [P(f"{i}. {t}", indent=10) for i, t in enumerate(DS_TEXT, 1)]
    blocks.append(initials_sig(c.applicant.full, c.city_or_nrw(), d.date))
    return DocSpec(blocks, style(r))


@tpl("datenschutzeinwilligung", "c", "train")
def ds_c(c, d, r):
    blocks = [
        P("Datenschutz – Einverständnis", bold=True),
        P(typos(" ".join(DS_TEXT[:2]), r)),
        P("Widerruf: schriftlich an die Geschäftsstelle."),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("lebenslauf", "a", "train")
def cv_a(c, d, r):
    blocks = [P("Lebenslauf", bold=True, size=16), P(f"{c.applicant.full}, {c.adresse}")]
    blocks.append(Table([["Zeitraum", "Station"]] + [list(x) for x in _cv_rows(c)], [0.3, 0.7]))
    blocks.append(initials_sig(c.applicant.full, c.city_or_nrw(), d.date))
    return DocSpec(blocks, style(r))


@tpl("lebenslauf", "b", "train")
def cv_b(c, d, r):
    blocks = [
        P("Tabellarischer Lebenslauf", bold=True, size=14, align="center"),
        Rule(),
        P("Persönliche Daten", bold=True),
        P(f"Name: {c.applicant.full}", after=1),
        P(f"geboren: {fmt(c.applicant.geburtsdatum)} in {c.applicant.geburtsort}", after=1),
        P(f"Staatsangehörigkeit: {c.applicant.staat}"),
        P("Werdegang", bold=True),
    ]
    blocks.append(Table([list(x) for x in _cv_rows(c)], [0.3, 0.7], header=False, grid=False))
    blocks.append(initials_sig(c.applicant.full, c.city_or_nrw(), d.date))
    return DocSpec(blocks, style(r))


@tpl("lebenslauf", "c", "train")
def cv_c(c, d, r):
    blocks = (
        [P("LEBENSLAUF", bold=True)]
        + [P(typos(f"{a}   {b}", r), after=2) for a, b in _cv_rows(c)]
        + [Space(10), P(c.applicant.full)]
    )
    return DocSpec(blocks, style(r, "mono"))


@tpl("sprachnachweis", "a", "train")
def sprach_a(c, d, r):
    blocks = [
        P("Zertifikat", bold=True, size=20, align="center"),
        P("Deutsch-Test für Zuwanderer", size=14, align="center"),
        P(
            f"{c.applicant.full}, geboren am {fmt(c.applicant.geburtsdatum)} in {c.applicant.geburtsort}",
            align="center",
        ),
        P(
            "hat die Prüfung Deutsch-Test für Zuwanderer (DTZ) mit folgendem Ergebnis abgelegt:",
            align="center",
        ),
        Table(
            [
                ["Teil", "Ergebnis"],
                ["Hören/Lesen", "B1"],
                ["Schreiben", "B1"],
                ["Sprechen", r.choice(["A2", "B1"])],
            ],
            [0.5, 0.5],
        ),
        P(f"Gesamtergebnis: Niveau B1 – Prüfungsdatum: {fmt(d.date - timedelta(days=20))}"),
        P(f"Ausstellungsdatum: {fmt(d.date)}", size=9),
    ]
    return DocSpec(blocks, style(r))


@tpl("sprachnachweis", "b", "train")
def sprach_b(c, d, r):
    blocks = letterhead(
        r,
        [
            f"Volkshochschule {c.city_or_nrw()}",
            "Integrationskursträger",
            "Fachbereich Deutsch als Zweitsprache",
        ],
    ) + [
        P("Bestätigung über die Teilnahme am Integrationskurs", bold=True),
        P(
            f"{c.applicant.herr_frau()} hat vom {fmt(d.date - timedelta(days=300))} bis {fmt(d.date - timedelta(days=30))} am Integrationskurs (Allgemeiner Integrationskurs, 700 UE) teilgenommen "
            "und den Orientierungskurs erfolgreich abgeschlossen."
        ),
        initials_sig("Kursleitung", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("arbeitsnachweis", "a", "train")
def arbeit_a(c, d, r):
    brutto = r.randint(1600, 2900)
    blocks = [
        P(c.employer, bold=True),
        P("Entgeltabrechnung", bold=True, size=13),
        P(f"Abrechnungsmonat: {month_year(d.date)}"),
        Table(
            [
                ["Lohnart", "Betrag"],
                ["Gehalt", f"{brutto},00 €"],
                ["Gesamt-Brutto", f"{brutto},00 €"],
                ["Steuer/SV", f"{round(brutto * 0.31)},00 €"],
                ["Netto", f"{round(brutto * 0.69)},00 €"],
            ],
            [0.6, 0.4],
        ),
        P(f"Arbeitnehmer: {c.applicant.full}, Eintritt: 01.{r.randint(1, 12):02d}.{c.entry.year + 2}"),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("arbeitsnachweis", "b", "train")
def arbeit_b(c, d, r):
    blocks = letterhead(r, [c.employer, c.city_or_nrw()]) + [
        P("Arbeitsvertrag (Auszug)", bold=True, size=13),
        P(
            f"Zwischen {c.employer} (Arbeitgeber) und {c.applicant.full} (Arbeitnehmer) wird folgender Arbeitsvertrag geschlossen:"
        ),
        P(f"§ 1 Beginn: Das Arbeitsverhältnis beginnt am {fmt(d.date)}.", after=2),
        P(f"§ 2 Tätigkeit: {c.job}", after=2),
        P("§ 3 Arbeitszeit: 39 Stunden wöchentlich", after=2),
        P(f"§ 4 Vergütung: {r.randint(13, 17)},{r.choice(['00', '50'])} € brutto je Stunde"),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("ehrenamt", "a", "train")
def ehren_a(c, d, r):
    blocks = letterhead(r, [c.club, "Der Vorstand"]) + [
        P("Bestätigung über ehrenamtliche Tätigkeit", bold=True),
        P(
            f"Hiermit bestätigen wir, dass {c.applicant.herr_frau()} seit {month_year(c.entry + timedelta(days=500))} ehrenamtlich in unserem Verein mitarbeitet "
            f"({r.choice(['Essensausgabe', 'Trainerassistenz in der Jugendabteilung', 'Übersetzungen für Neuangekommene'])}), etwa {r.randint(3, 8)} Stunden pro Woche."
        ),
        initials_sig("Vorsitzende/r", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("ehrenamt", "b", "train")
def ehren_b(c, d, r):
    blocks = [
        P("Mitgliedsbescheinigung", bold=True, size=14),
        P(c.club),
        Table(
            [
                ["Mitglied", c.applicant.full],
                ["Mitglied seit", fmt(c.entry + timedelta(days=600))],
                ["Beitrag", "bezahlt"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"Ausgestellt: {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "a", "train")
def unter_a(c, d, r):
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P(who, after=0),
        P(f"{r.choice(N.STREETS)} {r.randint(1, 40)}"),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("An die Härtefallkommission NRW"),
        P(f"Unterstützungsschreiben für {c.applicant.full}", bold=True),
        P(
            f"Ich kenne {c.applicant.full} seit {r.randint(2, 7)} Jahren als Nachbarn. {c.applicant.vorname} ist immer hilfsbereit und hat sich hier ein Leben aufgebaut. "
            "Ich unterstütze den Antrag auf ein Bleiberecht ausdrücklich und hoffe sehr, dass die Familie bleiben darf."
        ),
        P("Mit freundlichen Grüßen"),
        Signature(who),
    ]
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "b", "train")
def unter_b(c, d, r):
    blocks = letterhead(r, [c.employer, c.city_or_nrw()]) + [
        P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
        P("Empfehlungsschreiben", bold=True),
        P(
            f"Als Arbeitgeber möchten wir den Härtefallantrag von {c.applicant.herr_frau()} unterstützen. Wir sind auf die Arbeitskraft dringend angewiesen "
            "und würden das Arbeitsverhältnis gern unbefristet fortsetzen."
        ),
        Signature("Geschäftsführer"),
    ]
    return DocSpec(blocks, style(r))


@tpl("unterstuetzerschreiben", "c", "train")
def unter_c(c, d, r):
    blocks = [
        P("Liebe Mitglieder der Härtefallkommission,"),
        P(
            typos(
                f"wir sind Freunde von {c.applicant.vorname} und der ganzen Familie. Wir kennen sie seit dem Deutschkurs. "
                "Sie sind ein Teil von unserer Gemeinschaft. Bitte lassen Sie sie hier bleiben!",
                r,
                0.06,
            )
        ),
        Table(
            [["Name", "Unterschrift"]]
            + [
                [f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}", ""]
                for _ in range(r.randint(3, 6))
            ],
            [0.5, 0.5],
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "a", "train")
def schul_a(c, d, r):
    k = _child(c, d)
    blocks = letterhead(r, [c.school, c.city_or_nrw()]) + [
        P("Schulbescheinigung", bold=True, size=13),
        P(
            f"{k.full}, geb. {fmt(k.geburtsdatum)}, besucht im Schuljahr {d.date.year if d.date.month >= 8 else d.date.year - 1}/{(d.date.year if d.date.month >= 8 else d.date.year - 1) + 1 - 2000} die Klasse {max(1, k.age_on(d.date) - 5)}{r.choice('abc')} unserer Schule."
        ),
        initials_sig("Schulleitung", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "b", "train")
def schul_b(c, d, r):
    k = _child(c, d)
    blocks = [
        P("ZEUGNIS", bold=True, size=18, align="center"),
        P(f"{c.school}", align="center"),
        P(
            f"für {k.full}, geboren am {fmt(k.geburtsdatum)} – Schuljahr {d.date.year - 1}/{d.date.year} – 1. Halbjahr"
        ),
        Table(
            [
                ["Fach", "Note"],
                ["Deutsch", r.choice(["gut", "befriedigend"])],
                ["Mathematik", r.choice(["gut", "sehr gut", "ausreichend"])],
                ["Englisch", "gut"],
                ["Sport", "sehr gut"],
            ],
            [0.6, 0.4],
        ),
        P("Bemerkungen: Arbeitet im Unterricht engagiert mit."),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("schulnachweis", "c", "train")
def schul_c(c, d, r):
    k = _child(c, d)
    blocks = [
        P(
            f"Kindertageseinrichtung {r.choice(['Regenbogen', 'Pusteblume', 'St. Josef'])} {c.city_or_nrw()}",
            bold=True,
        ),
        P("Bescheinigung über den Besuch einer Kindertageseinrichtung", bold=True),
        P(
            f"Hiermit wird bestätigt, dass {k.full}, geb. {fmt(k.geburtsdatum)}, seit dem {fmt(d.date - timedelta(days=400))} unsere Einrichtung besucht."
        ),
        initials_sig("Leitung", c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("auslaenderbehoerde", "duldung_a", "train")
def abh_duldung_a(c, d, r):
    a = c.applicant
    blocks = [
        P("Bescheinigung über die Aussetzung der Abschiebung (Duldung)", bold=True, size=12, align="center"),
        P("Dieses Dokument ist kein Aufenthaltstitel und kein Passersatz.", size=8.5, align="center"),
        Box(
            [
                f"Name: {a.name}",
                f"Vorname: {a.vorname}",
                f"Geburtsdatum: {fmt(a.geburtsdatum)}",
                f"Geburtsort: {a.geburtsort}",
                f"Staatsangehörigkeit: {a.staat}",
            ],
            bold_first=False,
        ),
        P(
            f"Die Abschiebung wird ausgesetzt bis zum {fmt(d.date + timedelta(days=r.choice([90, 91, 180, 182])))}."
        ),
        P(
            "Nebenbestimmungen: Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde. Wohnsitzauflage: "
            + c.city_or_nrw()
        ),
        P(f"Ausstellende Behörde: {c.abh}"),
        P(f"Datum: {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "cond"))


@tpl("auslaenderbehoerde", "ov_a", "train")
def abh_ov_a(c, d, r):
    a = c.applicant
    blocks = (
        _abh_head(c, r)
        + recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
        + [
            P(fmt(d.date), align="right"),
            P("Ordnungsverfügung", bold=True, size=13),
            P("Aufforderung zur Ausreise und Androhung der Abschiebung", bold=True),
            P(f"Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {a.name},"),
            P(
                f"Sie sind vollziehbar ausreisepflichtig. Ich fordere Sie auf, die Bundesrepublik Deutschland bis zum {fmt(d.date + timedelta(days=30))} zu verlassen. "
                "Für den Fall, dass Sie der Ausreisepflicht nicht fristgerecht nachkommen, wird Ihnen die Abschiebung angedroht."
            ),
        ]
    )
    if c.asylum:
        blocks.append(
            P(
                f"Ihr Asylantrag wurde durch das Bundesamt für Migration und Flüchtlinge mit Bescheid vom {fmt(c.bamf_date)} abgelehnt; "
                "die Entscheidung ist bestandskräftig."
            )
        )
    if c.rueckfuehrung:
        blocks.append(
            P(
                f"Die Abschiebung wird am {fmt(c.rueckfuehrung)} durchgeführt. Bitte halten Sie sich ab 4:00 Uhr bereit."
            )
        )
    blocks += [
        P(
            "Rechtsbehelfsbelehrung: Gegen diese Ordnungsverfügung kann innerhalb eines Monats Klage beim Verwaltungsgericht erhoben werden."
        ),
        P("Im Auftrag"),
        Signature("Sachbearbeitung Ausländerangelegenheiten"),
    ]
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}")


@tpl("auslaenderbehoerde", "anh_a", "train")
def abh_anh_a(c, d, r):
    a = c.applicant
    blocks = (
        _abh_head(c, r)
        + recipient([a.herr_frau(), c.street, f"{c.plz} {c.city}"])
        + [
            P(f"Datum: {fmt(d.date)}", align="right"),
            P("Anhörung vor Erlass einer Ausweisungsverfügung / Passbeschaffung", bold=True),
            P(
                f"Sie werden aufgefordert, bis zum {fmt(d.date + timedelta(days=21))} bei der Ausländerbehörde vorzusprechen und Ihren Nationalpass vorzulegen. "
                "Sie sind verpflichtet, an der Beschaffung eines Passes mitzuwirken (§ 48 AufenthG)."
            ),
        ]
    )
    if c.asylum:
        blocks.append(
            P(
                "Nach Mitteilung des Bundesamtes für Migration und Flüchtlinge ist Ihr Asylverfahren unanfechtbar abgeschlossen."
            )
        )
    blocks.append(Signature("Im Auftrag"))
    return DocSpec(blocks, style(r))


@tpl("gerichtsentscheidung", "a", "train")
def court_a(c, d, r):
    return _court(c, d, r, 0)


@tpl("gerichtsentscheidung", "b", "train")
def court_b(c, d, r):
    return _court(c, d, r, 1)


@tpl("strafrecht", "a", "train")
def straf_a(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P(f"Amtsgericht {c.court_city}", bold=True),
        P(
            f"Az.: {r.randint(10, 99)} Cs {r.randint(100, 999)} Js {r.randint(1000, 9999)}/{d.date.year % 100}",
            align="right",
        ),
        P("Strafbefehl", bold=True, size=14, align="center"),
        P(
            f"In der Strafsache gegen {a.full}, geboren am {fmt(a.geburtsdatum)} in {a.geburtsort}, wohnhaft {c.adresse}."
        ),
        P(
            f"Die Staatsanwaltschaft beschuldigt Sie, sich wegen {off} strafbar gemacht zu haben. Auf Antrag der Staatsanwaltschaft wird gegen Sie eine Geldstrafe von {sentence} festgesetzt."
        ),
        P(
            "Dieser Strafbefehl wird rechtskräftig, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung Einspruch einlegen."
        ),
        P(f"{c.court_city}, {fmt(d.date)}"),
        P("Richter/in am Amtsgericht"),
    ]
    return DocSpec(blocks, style(r))


@tpl("strafrecht", "b", "train")
def straf_b(c, d, r):
    a = c.applicant
    off, sentence = c.offence
    blocks = [
        P("Bundesamt für Justiz – Bundeszentralregister", bold=True),
        P("Führungszeugnis", bold=True, size=14),
        Table(
            [
                ["Familienname", a.name],
                ["Vorname", a.vorname],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            f"Inhalt: 1. Datum der (ersten) Entscheidung: {fmt(c.criminal_date)} – Amtsgericht {c.court_city}. Tatbezeichnung: {off}. Geldstrafe: {sentence}."
        ),
        P(f"Bonn, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r, "mono"))


@tpl("identitaetsnachweis", "a", "train")
def id_a(c, d, r):
    a = c.applicant
    l1, l2 = _mrz(c)
    blocks = [
        P(f"REISEPASS / PASSPORT – {c.natinfo['land'].upper()}", bold=True),
        Box(
            [
                f"Name / Surname: {a.name.upper()}",
                f"Vorname / Given names: {a.vorname.upper()}",
                f"Geburtsdatum / Date of birth: {fmt(a.geburtsdatum)}",
                f"Geburtsort / Place of birth: {a.geburtsort.upper()}",
                f"Ausstellungsdatum / Date of issue: {fmt(d.date)}",
                f"Gültig bis / Date of expiry: {fmt(d.date + timedelta(days=3652))}",
            ],
            bold_first=False,
        ),
        Space(20),
        P(l1, font="mono", size=11, after=0),
        P(l2, font="mono", size=11),
    ]
    return DocSpec(blocks, style(r))


@tpl("identitaetsnachweis", "b", "train")
def id_b(c, d, r):
    a = c.applicant
    blocks = [
        P("Übersetzung aus dem Arabischen / Englischen", size=9, font="italic"),
        P("Geburtsurkunde", bold=True, size=14, align="center"),
        Table(
            [
                ["Name des Kindes", a.full],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Geburtsort", a.geburtsort],
                ["Vater", f"{r.choice(c.natinfo['m'])} {a.name}"],
                ["Mutter", f"{r.choice(c.natinfo['f'])} {r.choice(c.natinfo['nach'])}"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"Die Richtigkeit der Übersetzung wird bestätigt. {c.city_or_nrw()}, {fmt(d.date)}"),
        P("Öffentlich bestellte und beeidigte Übersetzerin", size=9),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "anhoerung_a", "train")
def sonst_anh_a(c, d, r):
    # BAMF hearing protocol: not a decision; only in asylum cases
    a = c.applicant
    blocks = [
        P("Bundesamt für Migration und Flüchtlinge", bold=True),
        P(f"Gesch.-Z.: {c.bamf_gz}", align="right"),
        P("Niederschrift über die Anhörung gemäß § 25 AsylG", bold=True, size=13),
        P(
            f"Antragsteller: {a.full}, geb. {fmt(a.geburtsdatum)}, Staatsangehörigkeit: {a.staat}. Ort und Datum der Anhörung: {c.bamf_site[2]}, {fmt(d.date)}"
        ),
        P(
            "Anwesend: Anhörer/in, Dolmetscher/in für die Sprache "
            + r.choice(["Arabisch", "Dari", "Kurmandschi", "Englisch", "Russisch"])
        ),
    ]
    qa = [
        ("Frage: Verstehen Sie den Dolmetscher?", "Antwort: Ja."),
        (
            "Frage: Wann haben Sie Ihr Heimatland verlassen?",
            f"Antwort: Im {month_year(c.entry - timedelta(days=60))}.",
        ),
        (
            "Frage: Warum haben Sie Ihr Land verlassen?",
            "Antwort: Ich hatte Angst um mein Leben. Man hat mich bedroht.",
        ),
        ("Frage: Haben Sie noch Angehörige im Heimatland?", "Antwort: Meine Mutter und zwei Schwestern."),
    ]
    for q, ans in qa:
        blocks += [P(q, bold=True, after=1), P(ans)]
    blocks.append(P("Die Niederschrift wurde rückübersetzt. Der Antragsteller hat keine Korrekturen."))
    return DocSpec(blocks, style(r), footer="Seite {p} von {n}")


@tpl("sonstiges", "melde_a", "train")
def sonst_melde_a(c, d, r):
    blocks = [
        P(f"Stadt {c.city_or_nrw()} – Bürgerbüro", bold=True),
        P("Meldebescheinigung (einfach)", bold=True, size=13),
        Table(
            [
                ["Familienname", c.applicant.name],
                ["Vornamen", c.applicant.vorname],
                ["Geburtsdatum", fmt(c.applicant.geburtsdatum)],
                ["Anschrift", c.adresse],
                ["eingezogen am", fmt(c.entry + timedelta(days=200))],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(f"Ausgestellt am {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "miete_a", "train")
def sonst_miete_a(c, d, r):
    who = f"{r.choice(N.GERMAN_FIRST)} {r.choice(N.GERMAN_SURNAMES)}"
    blocks = [
        P("Mietbescheinigung / Wohnungsgeberbestätigung", bold=True, size=12),
        P(
            f"Hiermit bestätige ich, {who}, dass {c.applicant.full} seit dem {fmt(c.entry + timedelta(days=300))} die Wohnung {c.adresse} ({r.randint(45, 90)} m²) bewohnt. "
            f"Die Miete beträgt {r.randint(420, 890)},00 € warm und wird pünktlich gezahlt."
        ),
        initials_sig(who, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


# ---- session 2: layouts real offices send that the first templates lacked (page classification
# on unseen layouts, issue #5). Each is a common German form or letter type, written from domain
# knowledge, not from the test split.

VOLLMACHT_POWERS = [
    "zur Prozessführung (u. a. nach §§ 81 ff. ZPO) einschließlich der Befugnis zur Erhebung und Zurücknahme von Klagen;",
    "zur Vertretung in sonstigen Verfahren, insbesondere im Verwaltungsverfahren vor der Ausländerbehörde und im Verfahren vor der Härtefallkommission;",
    "zur Stellung und Begründung von Anträgen, insbesondere eines Härtefallantrags nach § 23a AufenthG;",
    "zur Akteneinsicht und zur Entgegennahme von Zustellungen;",
    "zur Erteilung von Untervollmacht.",
]


@tpl("vollmacht", "g", "train")
def vollmacht_g(c, d, r):
    # the lawyer's printed form: spaced title, "in Sachen ... wegen ...", numbered powers
    title = r.choice(["V o l l m a c h t", "V O L L M A C H T", "Vollmacht", "Prozessvollmacht"])
    blocks = letterhead(r, rep_org(c)) + [
        P(title, bold=True, size=16, align=r.choice(["center", "left"])),
        P(f"Hiermit wird {_rep_name(c)}, {c.rep.adresse},"),
        P(f"in Sachen {c.applicant.full} ./. Land Nordrhein-Westfalen"),
        P("wegen Aufenthaltsrecht / Härtefallverfahren nach § 23a AufenthG"),
        P("Vollmacht erteilt", bold=True),
    ]
    blocks += [P(f"{i}. {t}", indent=12, after=1) for i, t in enumerate(VOLLMACHT_POWERS, 1)]
    blocks += [
        P("Die Vollmacht gilt für alle Instanzen und erstreckt sich auf Neben- und Folgeverfahren."),
        P("Zustellungen werden nur an den Bevollmächtigten erbeten!", bold=True),
        initials_sig(c.applicant.full, c.city_or_nrw(), d.date),
        P("Ort, Datum                                   Unterschrift", size=8),
    ]
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "e", "train")
def vollmacht_e(c, d, r):
    # a counselling service's one-paragraph authorisation on its letterhead, no title
    a = c.applicant
    blocks = letterhead(r, rep_org(c)) + [
        P(
            f"Hiermit bevollmächtige ich, {a.full}, geb. {fmt(a.geburtsdatum)}, wohnhaft {c.adresse}, "
            f"{_rep_name(c)}, vertreten durch {c.rep.person}, mich im Verfahren vor der Härtefallkommission des Landes NRW "
            "zu vertreten, einen Härtefallantrag nach § 23a AufenthG zu stellen, Akteneinsicht bei der Ausländerbehörde "
            "zu nehmen und Schriftverkehr in meinem Namen zu führen."
        ),
        initials_sig(a.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("vollmacht", "f", "train")
def vollmacht_f(c, d, r):
    # titled variants with a data table; the text names the Härtefallantrag again and again
    a = c.applicant
    title = r.choice(
        ["Verfahrensvollmacht", "Bevollmächtigung", "Mandatsvereinbarung und Vollmacht", "Vo11macht"]
    )
    blocks = [
        P(title, bold=True, size=14),
        Table(
            [
                ["Vollmachtgeber/in", a.full],
                ["Geburtsdatum", fmt(a.geburtsdatum)],
                ["Anschrift", c.adresse],
                ["Bevollmächtigte/r", f"{c.rep.person}, {_rep_name(c)}"],
                ["Gegenstand", "Härtefallantrag an die Härtefallkommission NRW (§ 23a AufenthG)"],
            ],
            [0.35, 0.65],
            header=False,
        ),
        P(
            "Die/der Bevollmächtigte ist berechtigt, im Härtefallverfahren alle Erklärungen abzugeben, den Härtefallantrag "
            "zu stellen, zu begründen und zurückzunehmen sowie Auskünfte bei der Härtefallkommission und der "
            "Ausländerbehörde einzuholen."
        ),
        initials_sig(a.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("datenschutzeinwilligung", "e", "train")
def ds_e(c, d, r):
    # a tick-box consent form citing the DSGVO
    a = c.applicant
    blocks = [
        P(
            r.choice(
                ["Datenschutzrechtliche Einwilligung", "Einwilligungserklärung", "Erklärung zum Datenschutz"]
            ),
            bold=True,
            size=13,
        ),
        P(f"Name, Vorname: {a.name}, {a.vorname}    Geburtsdatum: {fmt(a.geburtsdatum)}"),
        P(
            "[x] Ich willige ein, dass meine Angaben im Härtefallantrag an die Härtefallkommission und die "
            "Ausländerbehörde übermittelt werden (Art. 6 Abs. 1 lit. a DSGVO)."
        ),
        P(
            "[x] Ich willige ein, dass Angaben zu meiner Gesundheit verarbeitet werden (Art. 9 Abs. 2 lit. a DSGVO)."
        ),
        P("[ ] Ich willige nicht ein."),
        P("Die Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen."),
        initials_sig(a.full, c.city_or_nrw(), d.date),
    ]
    return DocSpec(blocks, style(r))


@tpl("schweigepflichtsentbindung", "e", "train")
def schweige_e(c, d, r):
    # "Erklärung" with a release in other words ("befreit ... von der Verschwiegenheitspflicht")
    p = c.persons[c.ill_person]
    body = r.choice(
        [
            f"Ich, {p.full}, geb. {fmt(p.geburtsdatum)}, entbinde hiermit {c.doctor}, {c.practice}, von der ärztlichen "
            "Schweigepflicht gegenüber der Härtefallkommission NRW, soweit es um meinen Härtefallantrag geht.",
            f"Die/der Unterzeichnende {p.full} befreit die behandelnden Ärztinnen und Ärzte, insbesondere {c.doctor}, "
            "von der Verschwiegenheitspflicht gegenüber der Geschäftsstelle der Härtefallkommission. "
            "Die Befreiung erstreckt sich auf Befunde, Diagnosen und Therapieverläufe.",
        ]
    )
    blocks = [
        P(
            r.choice(
                ["Erklärung", "ENTBINDUNG VON DER SCHWEIGEPFLICHT", "Erklärung der Patientin / des Patienten"]
            ),
            bold=True,
            size=13,
        ),
        P(body),
    ]
    blocks.append(initials_sig(p.full, c.city_or_nrw(), d.date))
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "cover_b", "train")
def sonst_cover_b(c, d, r):
    # a cover letter forwarding documents: names the commission and the forms, requests nothing
    sender = rep_org(c) if c.rep else [c.applicant.full, c.street, f"{c.plz} {c.city}"]
    signer = c.rep.person if c.rep else c.applicant.full
    items = r.sample(
        [
            "die Vollmacht",
            "die Schweigepflichtsentbindung",
            "das aktuelle Attest",
            "die Meldebescheinigung",
            "die Kopie des Passes",
        ],
        3,
    )
    blocks = (
        letterhead(r, sender)
        + recipient(
            ["Geschäftsstelle der Härtefallkommission", "des Landes Nordrhein-Westfalen", "40190 Düsseldorf"]
        )
        + [
            P(f"{c.city_or_nrw()}, {fmt(d.date)}", align="right"),
            P(f"Härtefallverfahren {c.applicant.full}", bold=True),
            P("Sehr geehrte Damen und Herren,"),
            P(
                f"in der oben genannten Angelegenheit überreiche ich anliegend die noch fehlenden Unterlagen, nämlich {items[0]}, "
                f"{items[1]} sowie {items[2]}. Für Rückfragen stehe ich gern zur Verfügung."
            ),
            P("Mit freundlichen Grüßen"),
            Signature(signer),
        ]
    )
    return DocSpec(blocks, style(r))


@tpl("sonstiges", "vorlage_a", "train")
def sonst_vorlage_a(c, d, r):
    # a certificate "zur Vorlage bei der Härtefallkommission" (health insurer, benefits office)
    a = c.applicant
    issuer, title, what = r.choice(
        [
            (
                "AOK NordWest – Die Gesundheitskasse",
                "Mitgliedsbescheinigung",
                "ist bei uns seit dem {} krankenversichert",
            ),
            (
                "Jobcenter",
                "Bescheinigung",
                "bezieht seit dem {} Leistungen nach dem Asylbewerberleistungsgesetz",
            ),
        ]
    )
    since = fmt(c.entry + timedelta(days=r.randint(30, 400)))
    blocks = [
        P(issuer, bold=True),
        P(title, bold=True, size=13),
        P(
            f"{a.full}, geb. {fmt(a.geburtsdatum)}, wohnhaft {c.adresse}, {what.format(since)}. "
            "Diese Bescheinigung wird auf Wunsch zur Vorlage bei der Härtefallkommission ausgestellt."
        ),
        P(f"{c.city_or_nrw()}, {fmt(d.date)}"),
    ]
    return DocSpec(blocks, style(r))
