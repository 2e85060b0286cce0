"""Synthetic person records: training texts for the birth-date and name model (classify/birthdates.py).

The `train` split has few application templates, so the model learnt few ways of writing a person. These
texts write the persons of a family in many conventions, combined at random: labelled fields in any
order (numbered or not, one per line or several per line), one line per person with any field order and
separator, tables with their columns in any order, prose, lists under roles, the birth date before
the name, surnames in capitals, German and English. Around them stand what makes a record hard to
read: dates that are no one's birth (the letter's, the entry, decisions, judgments, deadlines, ranges,
stamps, also as labelled fields beside the persons') and other names (the doctor, the lawyer, an
employer), and, in a third of the texts, OCR damage. Each text comes with its persons, as truth.json
has them; nothing here is rendered or OCRed, so thousands cost a second.

Only the training script uses them (scripts/train_birthdates.py). They are built from the generator's
fictional name lists (names.py), never from real persons.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from hfk.corpus import names as N

_LABELS_DE = {
    "name": ["Name", "Familienname", "Nachname", "Name (Familienname)", "Zuname", "Familien-Name", "NAME"],
    "vorname": ["Vorname", "Vornamen", "Vorname(n)", "Rufname", "VORNAME", "Vorname/n"],
    "geburtsdatum": [
        "Geburtsdatum",
        "geboren am",
        "Geb.-Datum",
        "geb.",
        "Geburtstag",
        "Tag der Geburt",
        "Geb. am",
    ],
    "geburtsort": ["Geburtsort", "Geburtsort/-land", "geboren in", "Ort der Geburt"],
    "nat": ["Staatsangehörigkeit", "Nationalität", "Staatsang.", "Herkunftsland"],
}
_LABELS_EN = {
    "name": ["Surname", "Family name", "Last name", "Name"],
    "vorname": ["First name", "Given name(s)", "First names", "Forename"],
    "geburtsdatum": ["Date of birth", "Born", "DOB", "Birth date"],
    "geburtsort": ["Place of birth", "Born in", "Birthplace"],
    "nat": ["Nationality", "Citizenship"],
}
_ROLES_DE = {
    "a": ["Antragsteller/in", "Antragsteller", "Antragstellerin", "Hauptantragsteller/in", "Person 1"],
    "p": ["Ehefrau", "Ehemann", "Ehepartner/in", "Lebensgefährte/in", "Partner"],
    "k": ["Kind", "Sohn", "Tochter", "minderjähriges Kind"],
}
_ROLES_EN = {
    "a": ["Applicant", "Main applicant"],
    "p": ["Spouse", "Wife", "Husband", "Partner"],
    "k": ["Child", "Son", "Daughter"],
}
_MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
_MONTHS_EN = "January February March April May June July August September October November December".split()
_SEPARATORS = [", ", "; ", " / ", " | ", " – ", "\t", "   "]
_OCR = [
    ("ä", "a"),
    ("ö", "o"),
    ("ü", "u"),
    ("ß", "B"),
    ("l", "1"),
    ("rn", "m"),
    ("i", "l"),
    ("e", "c"),
    ("O", "0"),
]


def _date(d: date, r: random.Random, en: bool) -> str:
    if en:
        return r.choice(
            [
                f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}",
                f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
                d.strftime("%d.%m.%Y"),
                d.strftime("%d/%m/%Y"),
            ]
        )
    return r.choice(
        [
            d.strftime("%d.%m.%Y"),
            f"{d.day}.{d.month}.{d.year}",
            f"{d.day}. {_MONTHS_DE[d.month - 1]} {d.year}",
            d.strftime("%d.%m.%Y"),
            d.strftime("%d. %m. %Y"),
        ]
    )


def _family(r: random.Random) -> tuple[dict, list[dict]]:
    nat = r.choice(list(N.NATIONALITIES.values()))
    surname = r.choice(nat["nach"])
    sex = r.choice("mf")
    born = date(r.randint(1960, 2003), r.randint(1, 12), r.randint(1, 28))
    people = [{"role": "a", "name": surname, "vorname": r.choice(nat[sex]), "born": born}]
    if r.random() < 0.55:
        other = "f" if sex == "m" else "m"
        own = r.choice(nat["nach"]) if r.random() < 0.35 else surname
        pborn = born + timedelta(days=r.randint(-3000, 3000))
        people.append({"role": "p", "name": own, "vorname": r.choice(nat[other]), "born": pborn})
    for _ in range(r.choice([0, 0, 1, 2, 2, 3, 4])):
        kborn = date(r.randint(max(born.year + 17, 2004), 2025), r.randint(1, 12), r.randint(1, 28))
        people.append({"role": "k", "name": surname, "vorname": r.choice(nat[r.choice("mf")]), "born": kborn})
    for p in people:
        p["ort"] = r.choice(nat["orte"])
        p["nat"] = nat["de"]
        p["nat_en"] = nat["en"]
    return nat, people


def _fullname(p: dict, r: random.Random, style: str) -> str:
    if style == "NV":
        return f"{p['name']}, {p['vorname']}"
    if style == "CAPS":
        return f"{p['name'].upper()} {p['vorname']}"
    if style == "CAPS,":
        return f"{p['name'].upper()}, {p['vorname']}"
    return f"{p['vorname']} {p['name']}"


def _fields(p: dict, r: random.Random, en: bool) -> dict[str, str]:
    return {
        "name": p["name"],
        "vorname": p["vorname"],
        "geburtsdatum": _date(p["born"], r, en),
        "geburtsort": p["ort"],
        "nat": p["nat_en"] if en else p["nat"],
    }


def _labelled(people: list[dict], r: random.Random, en: bool) -> list[str]:
    labels = _LABELS_EN if en else _LABELS_DE
    order = ["name", "vorname", "geburtsdatum", "geburtsort", "nat"]
    if r.random() < 0.5:
        order[0], order[1] = order[1], order[0]
    if r.random() < 0.3:
        r.shuffle(order)
    chosen = {k: r.choice(v) for k, v in labels.items()}
    sep = r.choice([": ", ":\t", " ", ":  ", " ....... ", ": "])
    per_line = r.choice([1, 1, 1, 2, 5])
    numbered = r.random() < 0.3
    roles = _ROLES_EN if en else _ROLES_DE
    out = []
    for n, p in enumerate(people, 1):
        head = r.choice(roles[p["role"]])
        out.append(f"{n}. {head}" if r.random() < 0.5 else f"{head}:")
        f = _fields(p, r, en)
        items = [
            (f"{n}.{i} " if numbered else "") + f"{chosen[k]}{sep}{f[k]}" for i, k in enumerate(order, 1)
        ]
        for i in range(0, len(items), per_line):
            out.append(r.choice(["   ", "  ", "\t"]).join(items[i : i + per_line]))
        out.append("")
    return out


def _one_line(people: list[dict], r: random.Random, en: bool) -> list[str]:
    sep = r.choice(_SEPARATORS)
    style = r.choice(["VN", "NV", "CAPS", "CAPS,"])
    born_word = r.choice(["born " if en else "geb. ", "born on " if en else "geb. am ", "*", "", "* "])
    in_word = r.choice(["in ", "born in " if en else "aus ", ""])
    date_first = r.random() < 0.2
    roles = _ROLES_EN if en else _ROLES_DE
    with_role = r.random() < 0.5
    out = []
    for p in people:
        f = _fields(p, r, en)
        parts = [_fullname(p, r, style), born_word + f["geburtsdatum"], in_word + f["geburtsort"], f["nat"]]
        if date_first:
            parts = [f["geburtsdatum"], _fullname(p, r, style), f["geburtsort"], f["nat"]]
        line = sep.join(parts[: r.choice([2, 3, 4, 4])])
        if with_role:
            line = f"{r.choice(roles[p['role']])}: {line}"
        out.append(r.choice(["", "- ", "• ", f"{len(out) + 1}) "]) + line)
    return out


def _table(people: list[dict], r: random.Random, en: bool) -> list[str]:
    labels = _LABELS_EN if en else _LABELS_DE
    cols = ["name", "vorname", "geburtsdatum", "geburtsort", "nat"][: r.choice([3, 4, 5, 5])]
    if r.random() < 0.4:
        r.shuffle(cols)
    sep = r.choice(["\t", "   ", " | ", "  "])
    numbered = r.random() < 0.3
    out = [
        sep.join(
            ([r.choice(["Nr.", "Lfd.", "No."])] if numbered else []) + [r.choice(labels[c]) for c in cols]
        )
    ]
    for n, p in enumerate(people, 1):
        f = _fields(p, r, en)
        out.append(sep.join(([str(n)] if numbered else []) + [f[c] for c in cols]))
    return out


def _prose(people: list[dict], r: random.Random, en: bool) -> list[str]:
    a, rest = people[0], people[1:]
    fa = _fields(a, r, en)
    if en:
        first = r.choice(
            [
                f"My name is {a['vorname']} {a['name']}, I was born on {fa['geburtsdatum']} in {fa['geburtsort']} and I am {fa['nat']}.",
                f"I, {a['vorname']} {a['name']} (born {fa['geburtsdatum']}), am a {fa['nat']} citizen.",
                f"The applicant, {a['name'].upper()}, {a['vorname']}, date of birth {fa['geburtsdatum']}, lives with her family.",
            ]
        )
    else:
        first = r.choice(
            [
                f"Ich heiße {a['vorname']} {a['name']} und wurde am {fa['geburtsdatum']} in {fa['geburtsort']} geboren.",
                f"Ich, {a['vorname']} {a['name']}, geb. am {fa['geburtsdatum']} in {fa['geburtsort']}, {fa['nat']}e Staatsangehörige, stelle diesen Antrag.",
                f"Mein Name ist {a['name']}, {a['vorname']}; geboren bin ich am {fa['geburtsdatum']} in {fa['geburtsort']}.",
                f"Der Antragsteller {a['vorname']} {a['name'].upper()} (* {fa['geburtsdatum']}) lebt seit Jahren hier.",
                f"Für {a['vorname']} {a['name']}, geboren {fa['geburtsdatum']}, beantragen wir Folgendes.",
            ]
        )
    out = [first]
    for p in rest:
        f = _fields(p, r, en)
        same = p["name"] == a["name"] and r.random() < 0.6
        who = p["vorname"] if same else f"{p['vorname']} {p['name']}"
        if en:
            role = {
                "p": r.choice(["my wife", "my husband", "my partner"]),
                "k": r.choice(["our son", "our daughter", "our child"]),
            }[p["role"]]
            out.append(
                r.choice(
                    [
                        f"With me lives {role} {who}, born on {f['geburtsdatum']}.",
                        f"{role.capitalize()} {who} ({f['geburtsdatum']}) also applies.",
                    ]
                )
            )
        else:
            role = {
                "p": r.choice(["meine Ehefrau", "mein Ehemann", "meine Lebensgefährtin", "mein Partner"]),
                "k": r.choice(["unser Sohn", "unsere Tochter", "unser Kind"]),
            }[p["role"]]
            out.append(
                r.choice(
                    [
                        f"Mit mir lebt {role} {who}, geboren am {f['geburtsdatum']} in {f['geburtsort']}.",
                        f"Auch {role} {who} (geb. {f['geburtsdatum']}) ist in den Antrag einzubeziehen.",
                        f"{role[0].upper() + role[1:]} {who} kam am {f['geburtsdatum']} zur Welt.",
                        f"Außerdem {role} {who}, * {f['geburtsdatum']}.",
                    ]
                )
            )
    if rest and all(p["role"] == "k" for p in rest[1:]) and r.random() < 0.3 and not en:
        kids = [p for p in rest if p["role"] == "k"]
        if len(kids) >= 2:
            out = out[: len(out) - len(kids)]
            listed = ", ".join(f"{k['vorname']} ({_date(k['born'], r, en)})" for k in kids)
            out.append(f"Unsere Kinder {listed} besuchen Schule und Kita.")
    return [" ".join(out)] if r.random() < 0.5 else out


_STYLES = (_labelled, _labelled, _one_line, _table, _prose, _prose)


def _noise(text: str, r: random.Random) -> str:
    out = []
    for word in text.split(" "):
        if r.random() < 0.06:
            a, b = r.choice(_OCR)
            word = word.replace(a, b, 1)
        out.append(word)
    return " ".join(out)


def _head_date(city: str, d: str, r: random.Random, en: bool) -> str:
    if en:
        return r.choice([f"{city}, {d}", f"Date: {d}", d])
    return r.choice([f"{city}, {d}", f"{city}, den {d}", f"Datum: {d}", d, f"Datum {d}"])


def _other_dates(r: random.Random, en: bool, written: date, people: list[dict]) -> list[str]:
    """Sentences and fields with dates that are no one's birth: the entry, the decisions, a court's
    judgment, deadlines, appointments, the years here."""
    decided = written - timedelta(days=r.randint(200, 3000))
    entered = decided - timedelta(days=r.randint(100, 1500))
    later = written + timedelta(days=r.randint(10, 200))
    judged = decided + timedelta(days=r.randint(60, 700))

    def d(x: date) -> str:
        return _date(x, r, en)

    if en:
        return [
            f"We entered Germany on {d(entered)}.",
            f"Date of entry: {d(entered)}",
            f"The asylum application was rejected by decision of {d(decided)}.",
            f"The court dismissed the action on {d(judged)}.",
            f"Since {d(entered)} I have been living in Germany.",
            f"My toleration is valid until {d(later)}.",
            f"The deportation is scheduled for {d(later)}.",
            f"Submitted on: {d(written)}",
            f"I attended the course from {d(judged)} to {d(later)}.",
            f"Issued on {d(written - timedelta(days=r.randint(5, 400)))} by the foreigners authority.",
        ]
    where = r.choice(["Köln", "Düsseldorf", "Minden", "Münster", "Gelsenkirchen", "Aachen", "Arnsberg"])
    return [
        f"Wir sind am {d(entered)} nach Deutschland eingereist.",
        f"Die Einreise nach Deutschland war am {d(entered)}.",
        f"Einreise: {d(entered)}",
        f"Datum der Einreise: {d(entered)}",
        f"Der Asylantrag wurde mit Bescheid vom {d(decided)} abgelehnt.",
        f"Bescheid des Bundesamtes vom {d(decided)}, Gesch.-Z. {r.randint(1000000, 9999999)}-{r.randint(100, 499)}",
        f"Die Klage wies das Verwaltungsgericht {where} am {d(judged)} ab.",
        f"Klage: abgewiesen durch Urteil vom {d(judged)}",
        f"Die Duldung ist gültig bis {d(later)}.",
        f"Duldung gültig bis: {d(later)}",
        f"Die Abschiebung soll am {d(later)} stattfinden.",
        f"Seit dem {d(entered)} lebe ich in Deutschland.",
        f"Am {d(written - timedelta(days=r.randint(5, 90)))} hatte ich einen Termin bei der Ausländerbehörde.",
        f"Ich arbeite seit dem {d(judged)} als Helfer.",
        # events, ranges, stamps: a date after such a word is never a birth
        f"Eingereicht am: {d(written)}",
        f"Ausgestellt am {d(written - timedelta(days=r.randint(5, 400)))} durch die Ausländerbehörde.",
        f"Entscheidungsdatum {d(decided)}",
        f"Der Kurs lief in der Zeit {d(judged)} - {d(judged + timedelta(days=r.randint(30, 300)))}.",
        f"Beschäftigt vom {d(judged)} bis {d(later)}.",
        f"Zum {d(judged)} begann sie eine Ausbildung.",
        f"Am {d(judged)} erging ein Strafbefehl über 30 Tagessätze.",
        f"Nach der Abschiebung reiste er am {d(judged)} erneut ein.",
        f"Eingang: {d(written)}",
    ]


def record_text(r: random.Random) -> tuple[str, list[dict], set[str]]:
    """One application-like text, its persons (name, vorname, geburtsdatum) and the other names in it."""
    en = r.random() < 0.2
    _nat, people = _family(r)
    written = date(r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28))
    city = r.choice(N.NRW_CITIES)[0]
    doctor = (r.choice(N.GERMAN_FIRST), r.choice(N.GERMAN_SURNAMES))
    lawyer = (r.choice(N.GERMAN_FIRST), r.choice(N.GERMAN_SURNAMES))
    a = people[0]
    lines = []
    if r.random() < 0.6:
        lines += [
            f"{a['vorname']} {a['name']}" if r.random() < 0.5 else f"{lawyer[0]} {lawyer[1]}",
            f"{r.choice(N.STREETS)} {r.randint(1, 90)}",
            f"{r.choice(N.NRW_CITIES)[1][0]} {city}",
            "",
        ]
    lines += [_head_date(city, _date(written, r, en), r, en), ""]
    if en:
        lines += [
            "Application to the Hardship Commission",
            "",
            "Dear Sir or Madam,",
            "I hereby apply for a residence permit. The persons concerned are:",
        ]
    else:
        lines += [
            r.choice(
                [
                    "Antrag auf Befassung der Härtefallkommission",
                    "Härtefallantrag",
                    "Betreff: Härtefallersuchen gem. § 23a AufenthG",
                ]
            ),
            "",
            "Sehr geehrte Damen und Herren,",
        ]
        lines.append(
            r.choice(
                [
                    "hiermit beantrage ich für mich und meine Familie:",
                    "die Angaben zu den Personen:",
                    "Angaben zur Person",
                    "Wir stellen den Antrag für folgende Personen:",
                ]
            )
        )
    lines.append("")
    others = _other_dates(r, en, written, people)
    r.shuffle(others)
    block = r.choice(_STYLES)(people, r, en)
    if r.random() < 0.3:  # a form's own dated fields beside the persons' ("Einreise: ...")
        block.insert(r.randint(0, len(block)), others.pop())
    lines += block
    lines.append("")
    if en:
        story = [
            f"My doctor, Dr. {doctor[0]} {doctor[1]}, can confirm my illness.",
            f"Our lawyer {lawyer[0]} {lawyer[1]} represents us.",
        ]
    else:
        story = [
            f"Frau Dr. {doctor[1]} behandelt mich wegen meiner Erkrankung.",
            f"Vertreten werde ich durch Rechtsanwältin {lawyer[0]} {lawyer[1]}.",
            f"Herr {r.choice(N.GERMAN_SURNAMES)}, mein Arbeitgeber, unterstützt den Antrag.",
        ]
    story += others[: r.randint(2, 6)]
    r.shuffle(story)
    prose = [x for x in story if x.endswith(".")]
    lines += [" ".join(prose), *[x for x in story if not x.endswith(".")], ""]
    if r.random() < 0.5:
        lines += [f"{city}, {_date(written, r, en)}"]
    lines += ["Mit freundlichen Grüßen" if not en else "Yours faithfully", f"{a['vorname']} {a['name']}"]
    text = "\n".join(lines)
    if r.random() < 0.35:
        text = _noise(text, r)
    persons = [
        {"name": p["name"], "vorname": p["vorname"], "geburtsdatum": p["born"].isoformat()} for p in people
    ]
    return text, persons, {doctor[0], doctor[1], lawyer[0], lawyer[1]}


def record_texts(count: int, seed: int) -> list[tuple[str, list[dict], set[str]]]:
    """`count` texts, the same for the same seed."""
    r = random.Random(f"hfk-records:{seed}")
    return [record_text(r) for _ in range(count)]
