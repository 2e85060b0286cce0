"""Sentences of the application's Begründung, per topic, in first and third person (German) and English.

Every trigger the checklist reacts to is stated explicitly here, and only when the scenario has it.
"""

from __future__ import annotations

import random

from hfk.corpus import names as N
from hfk.corpus.scenario import Case


def fmt(d) -> str:
    return d.strftime("%d.%m.%Y")


def fmt_long(d) -> str:
    return f"{d.day}. {N.MONTHS_DE[d.month - 1]} {d.year}"


def fmt_en(d) -> str:
    return f"{d.day} {N.MONTHS_EN[d.month - 1]} {d.year}"


def month_year(d) -> str:
    return f"{N.MONTHS_DE[d.month - 1]} {d.year}"


def typos(text: str, r: random.Random, rate: float = 0.04) -> str:
    """Plain German with mistakes: missing umlauts, lower-case nouns, doubled or swapped letters."""
    words = text.split(" ")
    out = []
    for w in words:
        x = r.random()
        if len(w) > 4 and x < rate:
            i = r.randint(1, len(w) - 3)
            w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        elif len(w) > 3 and x < rate * 2 and w[0].isupper() and w[1:].islower():
            w = w.lower()
        elif x < rate * 3:
            w = w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        out.append(w)
    return " ".join(out)


def _ill_sentence(c: Case, first: bool) -> str:
    p = c.persons[c.ill_person]
    phrase = N.ILLNESS_PHRASES[c.diagnosis[0]]
    if first and c.ill_person == 0:
        return f"Ich leide {phrase} und bin seit längerem in ärztlicher Behandlung."
    rel = {
        "spouse": "Meine Frau" if p.sex == "f" else "Mein Mann",
        "child": "Mein Sohn" if p.sex == "m" else "Meine Tochter",
    }
    who = rel.get(p.role, p.full) if first else p.full
    if not first and p.role == "child":
        who = ("Der Sohn " if p.sex == "m" else "Die Tochter ") + p.vorname
    return f"{who} leidet {phrase} und befindet sich in fachärztlicher Behandlung."


def topic_sentences(c: Case, r: random.Random, first: bool) -> dict[str, list[str]]:
    """Sentences per Begründung topic; first=True: the applicant writes himself."""
    a = c.applicant
    nat = c.natinfo
    er = "ich" if first else ("er" if a.sex == "m" else "sie")
    Er = er.capitalize()
    name = "Ich" if first else a.herr_frau()
    sein = "mein" if first else ("sein" if a.sex == "m" else "ihr")
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }

    # life story and entry
    if first:
        t["lebensgeschichte"].append(
            f"Ich bin am {fmt(a.geburtsdatum)} in {a.geburtsort} ({nat['land']}) geboren und dort aufgewachsen. "
            f"Ich habe {r.choice(['sechs', 'acht', 'neun', 'zehn'])} Jahre die Schule besucht und danach als "
            f"{r.choice(['Schneider', 'Verkäufer', 'Bauarbeiter', 'Friseur', 'Landarbeiter', 'Fahrer'])} gearbeitet."
        )
    else:
        t["lebensgeschichte"].append(
            f"{name} wurde am {fmt(a.geburtsdatum)} in {a.geburtsort} ({nat['land']}) geboren, wo {er} die Schule "
            f"besuchte und anschließend im Betrieb der Familie arbeitete."
        )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"{'Ich wurde' if first else Er + ' wurde'} im Jahr {c.entry.year - 2} abgeschoben und "
            f"{'bin' if first else 'ist'} trotz des Einreise- und Aufenthaltsverbots nach § 11 AufenthG am "
            f"{fmt(c.entry)} erneut in das Bundesgebiet eingereist."
        )
    else:
        t["lebensgeschichte"].append(
            f"{'Ich bin' if first else Er + ' ist'} am {fmt(c.entry)} in die Bundesrepublik Deutschland eingereist"
            + (
                f", {'meine' if first else 'seine' if a.sex == 'm' else 'ihre'} Familie kam mit."
                if len(c.persons) > 1
                else "."
            )
        )

    # residence status
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"Am {fmt(c.asylum_applied)} {'habe ich' if first else 'stellte ' + er} einen Asylantrag"
            f"{' gestellt' if first else ''}. Das Bundesamt für Migration und Flüchtlinge hat den Asylantrag mit "
            f"Bescheid vom {fmt(c.bamf_date)} (Gesch.-Z. {c.bamf_gz}) abgelehnt."
        )
        if c.court:
            if c.court_pending:
                s.append(
                    f"Die dagegen erhobene Klage ist beim {c.court_name} unter dem Aktenzeichen {c.court_az} noch anhängig."
                )
            else:
                s.append(
                    f"Die Klage gegen den Bescheid hat das {c.court_name} mit Urteil vom {fmt(c.court_date)} ({c.court_az}) abgewiesen."
                )
    else:
        s.append(
            f"{'Ich bin' if first else Er + ' ist'} mit einem Visum zum Zweck {c.visa_purpose} eingereist. "
            f"Die Aufenthaltserlaubnis wurde von der Ausländerbehörde nicht verlängert."
        )
        if c.court:
            if c.court_pending:
                s.append(
                    f"Gegen die Ordnungsverfügung der Ausländerbehörde ist beim {c.court_name} ein Verfahren ({c.court_az}) anhängig."
                )
            else:
                s.append(
                    f"Den Eilantrag gegen die Ordnungsverfügung lehnte das {c.court_name} mit Beschluss vom {fmt(c.court_date)} ({c.court_az}) ab."
                )
    if c.gestattung:
        s.append(
            f"Derzeit {'besitze ich' if first else 'besitzt ' + er} eine Aufenthaltsgestattung nach § 55 AsylG, weil das Asylverfahren noch nicht abgeschlossen ist."
        )
    else:
        s.append(
            f"Seitdem {'bin ich' if first else 'ist ' + er} vollziehbar ausreisepflichtig und {'werde' if first else 'wird'} geduldet (§ 60a AufenthG)."
        )
    s.append(f"Zuständig ist die Ausländerbehörde {c.abh}.")
    if c.s58a:
        s.append(
            f"Gegen {'mich' if first else ('ihn' if a.sex == 'm' else 'sie')} wurde eine Abschiebungsanordnung nach § 58a AufenthG erlassen."
        )
    if c.rueckfuehrung:
        s.append(
            f"Die Abschiebung ist für den {fmt(c.rueckfuehrung)} vorgesehen; der Termin wurde {'mir' if first else 'uns'} von der Ausländerbehörde mitgeteilt."
        )
    if c.criminal:
        off, sentence = c.offence
        s.append(
            f"{'Ich wurde' if first else Er + ' wurde'} mit Strafbefehl des Amtsgerichts {c.court_city} vom "
            f"{fmt(c.criminal_date)} wegen {off} zu einer Geldstrafe von {sentence} verurteilt."
        )

    # family
    f = t["familie"]
    kids = c.children()
    if len(c.persons) > 1:
        sp = [p for p in c.persons if p.role == "spouse"]
        if sp:
            f.append(
                f"{'Ich lebe' if first else Er + ' lebt'} mit {'meiner' if first else sein + 'er'} Ehefrau {sp[0].full} zusammen."
                if sp[0].sex == "f"
                else f"{'Ich lebe' if first else Er + ' lebt'} mit {'meinem' if first else sein + 'em'} Ehemann {sp[0].full} zusammen."
            )
        if kids:
            if len(kids) == 1:
                f.append(
                    f"Das Kind {kids[0].vorname} ist hier aufgewachsen und kennt das Herkunftsland kaum."
                )
            else:
                f.append(
                    f"Die Kinder {', '.join(k.vorname for k in kids)} sind hier aufgewachsen und kennen das Herkunftsland kaum."
                )
    f.append(
        f"Im Herkunftsland leben nur noch {r.choice(['die alte Mutter', 'ein Onkel', 'entfernte Verwandte', 'zwei Schwestern'])}, "
        f"zu denen kaum Kontakt besteht. In Deutschland lebt {r.choice(['ein Bruder mit deutscher Staatsangehörigkeit', 'eine Cousine mit Niederlassungserlaubnis', 'die Schwester mit ihrer Familie'])}."
    )

    # integration
    g = t["integration"]
    g.append(
        f"{'Ich spreche' if first else Er + ' spricht'} gut Deutsch und {'habe' if first else 'hat'} den Integrationskurs besucht."
    )
    if c.ausbildung:
        g.append(
            f"Seit dem 01.08.{c.received.year - 1} {'mache ich' if first else 'absolviert ' + er} eine Ausbildung zum {r.choice(['Elektroniker', 'Pflegefachmann', 'Anlagenmechaniker'])}; "
            "die Voraussetzungen einer Ausbildungsduldung nach § 60c AufenthG liegen vor."
        )
    else:
        g.append(
            f"{'Ich arbeite' if first else Er + ' arbeitet'} seit {r.randint(2019, c.received.year - 1)} als {c.job} bei der Firma {c.employer} und {'verdiene' if first else 'verdient'} den Lebensunterhalt selbst."
        )
    g.append(
        f"Außerdem {'engagiere ich mich' if first else 'engagiert ' + er + ' sich'} ehrenamtlich im {c.club}."
    )
    for k in c.school_age():
        g.append(f"{k.vorname} besucht die {c.school} und hat gute Noten.")

    # humanitarian reasons
    h = t["humanitaere_gruende"]
    if c.illness:
        h.append(_ill_sentence(c, first))
        h.append("Die notwendige Behandlung ist im Herkunftsland nicht erreichbar.")
    h.append(
        f"Eine Rückkehr in das Herkunftsland ({nat['land']}) ist {'mir' if first else ('ihm' if a.sex == 'm' else 'ihr')} nicht zumutbar, weil "
        f"{r.choice(['dort keine Existenzgrundlage mehr besteht', 'die Familie dort keine Wohnung und keine Unterstützung hat', 'das ganze Leben inzwischen in Deutschland stattfindet'])}."
    )
    return t


def topic_sentences_en(c: Case, r: random.Random) -> dict[str, list[str]]:
    a = c.applicant
    nat = c.natinfo
    t: dict[str, list[str]] = {
        k: []
        for k in ("lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende")
    }
    t["lebensgeschichte"].append(
        f"I was born on {fmt_en(a.geburtsdatum)} in {a.geburtsort}, {nat['land']}, and went to school there."
    )
    if c.einreiseverbot:
        t["lebensgeschichte"].append(
            f"I was deported in {c.entry.year - 2} and came back on {fmt_en(c.entry)} despite the entry and residence ban under § 11 AufenthG."
        )
    else:
        t["lebensgeschichte"].append(f"I entered Germany on {fmt_en(c.entry)}.")
    s = t["aufenthaltssituation"]
    if c.asylum:
        s.append(
            f"I applied for asylum on {fmt_en(c.asylum_applied)}. The Federal Office for Migration and Refugees (BAMF) rejected my asylum application by decision of {fmt_en(c.bamf_date)} (file number {c.bamf_gz})."
        )
        if c.court:
            s.append(
                f"My appeal is {'still pending' if c.court_pending else 'was dismissed'} at the {c.court_name} ({c.court_az})."
            )
    else:
        s.append(
            f"I came with a visa {c.visa_purpose.replace('des ', 'for ').replace('der ', 'for ')}; my residence permit was not extended."
        )
        if c.court:
            s.append(
                f"A court case against the decision of the foreigners authority {'is pending' if c.court_pending else 'was lost'} at the {c.court_name} ({c.court_az})."
            )
    if c.gestattung:
        s.append("At the moment I hold an Aufenthaltsgestattung because my asylum procedure is not finished.")
    else:
        s.append("Since then I only have a Duldung (toleration).")
    s.append(f"The responsible foreigners authority is {c.abh}.")
    if c.rueckfuehrung:
        s.append(f"My deportation is scheduled for {fmt_en(c.rueckfuehrung)}.")
    if c.s58a:
        s.append("A deportation order under § 58a AufenthG was issued against me.")
    if c.criminal:
        s.append(
            f"On {fmt_en(c.criminal_date)} I received a penalty order (Strafbefehl) from the local court and had to pay a fine."
        )
    fam = t["familie"]
    if c.children():
        fam.append(f"My children {', '.join(k.vorname for k in c.children())} grew up here.")
    fam.append("My parents died; in my home country I have no close family left. My cousin lives in Germany.")
    g = t["integration"]
    g.append("I speak German (level A2/B1) and English.")
    if c.ausbildung:
        g.append(
            "I am doing vocational training; an Ausbildungsduldung under § 60c AufenthG should be possible."
        )
    else:
        g.append(f"I work as {c.job} at {c.employer} and pay my own rent.")
    g.append(f"I volunteer at {c.club}.")
    h = t["humanitaere_gruende"]
    if c.illness:
        p = c.persons[c.ill_person]
        who = (
            "I suffer"
            if c.ill_person == 0
            else f"My {'son' if p.role == 'child' and p.sex == 'm' else 'daughter' if p.role == 'child' else 'wife' if p.sex == 'f' else 'husband'} {p.vorname} suffers"
        )
        h.append(f"{who} {N.ILLNESS_EN[c.diagnosis[0]]} and needs treatment by a doctor.")
    h.append(f"A return to {nat['land']} is not reasonable because I have nothing there anymore.")
    return t
