"""Evaluate a case's facts against the checklist and hints of the office's rules file (rules.toml)."""

from __future__ import annotations

import calendar
import datetime
import logging
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from hfk.checklist.labels import document_label, german_date, mime_label
from hfk.checklist.model import CHECKLIST_IDS, HINT_IDS, ChecklistItem, Findings, Hint
from hfk.classify.model import DOCUMENT_TYPES, TRIGGER_KINDS, CaseFacts, Person, Trigger
from hfk.classify.postcodes import is_nrw_postcode, place_outside_nrw

log = logging.getLogger(__name__)

DEFAULT_RULES = Path(__file__).with_name("rules.toml")

KINDS = ("required", "required_if", "required_if_any", "optional")
ITEM_CHECKS = ("personalien", "begruendung", "bamf_vollstaendigkeit")
HINT_CHECKS = ("wohnsitz", "abh_wohnort", "sprache", "anhang_format")
# Conditions computed here rather than taken from the classifier's triggers.
SPECIAL_CONDITIONS = ("children", "representation")

# German names of the conditions, for "nicht erforderlich" details.
CONDITION_LABELS = {
    "illness": "Erkrankung",
    "asylum": "Asylverfahren",
    "court": "Gerichtsverfahren",
    "criminal": "strafrechtliche Ermittlungen oder Verurteilungen",
    "representation": "Vertretung durch eine andere Person",
    "children": "Kind oder Jugendliche(r) im Alter von {min} bis {max} Jahren",
    "aufenthaltsgestattung": "Aufenthaltsgestattung",
    "abschiebungsanordnung_58a": "Abschiebungsanordnung nach § 58a AufenthG",
    "rueckfuehrungstermin": "Rückführungstermin",
    "einreiseverbot": "Einreise- und Aufenthaltsverbot",
    "ausbildungs_beschaeftigungsduldung": "Ausbildungs- oder Beschäftigungsduldung",
    "abh_ausserhalb_nrw": "Ausländerbehörde außerhalb NRW",
}

MONTH_WORDS = {1: "ein Monat", 2: "zwei Monate", 3: "drei Monate", 4: "vier Monate", 6: "sechs Monate"}

MAX_QUOTE = 160  # characters of a triggering sentence quoted in a detail
MAX_FILE_NAME = 44  # longer file names are shortened in the middle inside details
MAX_EVIDENCE = 3  # triggering sentences quoted per item or hint


class RulesError(ValueError):
    """The rules file cannot be used; the message says which entry is wrong and how to fix it."""


@dataclass
class ItemRule:
    id: str
    label: str
    kind: str
    documents: list[str]
    source: str = ""
    when: list[str] = field(default_factory=list)
    when_documents: list[str] = field(default_factory=list)
    evaluate_when_present: bool = True
    check: str = ""
    max_age_months: int | None = None
    request: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    topics: dict[str, str] = field(default_factory=dict)
    tenor_markers: list[str] = field(default_factory=list)
    reason_markers: list[str] = field(default_factory=list)


@dataclass
class HintRule:
    id: str
    label: str
    text: str
    source: str = ""
    when: list[str] = field(default_factory=list)
    check: str = ""
    foreign_countries: list[str] = field(default_factory=list)
    residence_text: str = ""  # check "abh_wohnort": why the residence tells the authority


@dataclass
class RuleSet:
    items: dict[str, ItemRule]
    hints: list[HintRule]
    hint_prefix: str
    languages: dict[str, str]
    child_age_min: int = 3
    child_age_max: int = 17


_LOADED: dict[tuple[str, int, int], RuleSet] = {}


def load_rules(path: str | Path | None = None) -> RuleSet:
    """Read and validate the rules file; None means the bundled checklist/rules.toml.

    Parsed once per file version (path, mtime, size): the poller evaluates hundreds of cases a
    minute, and an office that edits the file gets the new rules at the next case without a restart.
    """
    path = Path(path) if path else DEFAULT_RULES
    try:
        st = path.stat()
    except OSError:
        st = None
    key = (str(path), st.st_mtime_ns, st.st_size) if st else None
    if key and key in _LOADED:
        return _LOADED[key]
    rules = _read_rules(path)
    if key:
        _LOADED.clear()  # keep only the current version of the file(s) in use
        _LOADED[key] = rules
    return rules


def _read_rules(path: Path) -> RuleSet:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise RulesError(
            f"Regeldatei {path} nicht gefunden. Bitte den Pfad in den Einstellungen (rules_file) prüfen "
            "oder die Angabe entfernen, um die mitgelieferte Checkliste zu verwenden."
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(
            f"Regeldatei {path} ist kein gültiges TOML ({exc}). Bitte die Syntax korrigieren."
        ) from exc
    return _parse_rules(data, str(path))


def _parse_rules(data: dict, where: str) -> RuleSet:
    valid_conditions = set(TRIGGER_KINDS) | set(SPECIAL_CONDITIONS)
    items: dict[str, ItemRule] = {}
    for raw in data.get("item", []):
        item_id = raw.get("id", "")
        if item_id not in CHECKLIST_IDS:
            raise RulesError(
                f"Regeldatei {where}: unbekannter Checklistenpunkt '{item_id}'. Erlaubt sind: {', '.join(CHECKLIST_IDS)}."
            )
        if item_id in items:
            raise RulesError(f"Regeldatei {where}: Checklistenpunkt '{item_id}' ist doppelt eingetragen.")
        kind = raw.get("kind", "")
        if kind not in KINDS:
            raise RulesError(
                f"Regeldatei {where}, Punkt '{item_id}': unbekannte Art kind = '{kind}'. Erlaubt sind: {', '.join(KINDS)}."
            )
        for doc_type in raw.get("documents", []):
            if doc_type not in DOCUMENT_TYPES:
                raise RulesError(
                    f"Regeldatei {where}, Punkt '{item_id}': unbekannte Dokumentart '{doc_type}'. "
                    f"Erlaubt sind: {', '.join(DOCUMENT_TYPES)}."
                )
        for doc_type in raw.get("when_documents", []):
            if doc_type not in DOCUMENT_TYPES:
                raise RulesError(
                    f"Regeldatei {where}, Punkt '{item_id}': unbekannte Dokumentart '{doc_type}' in when_documents. "
                    f"Erlaubt sind: {', '.join(DOCUMENT_TYPES)}."
                )
        for cond in raw.get("when", []):
            if cond not in valid_conditions:
                raise RulesError(
                    f"Regeldatei {where}, Punkt '{item_id}': unbekannte Bedingung '{cond}'. "
                    f"Erlaubt sind: {', '.join(sorted(valid_conditions))}."
                )
        if kind in ("required_if", "required_if_any") and not raw.get("when"):
            raise RulesError(
                f"Regeldatei {where}, Punkt '{item_id}': Art '{kind}' braucht eine Bedingung (when = [...])."
            )
        check = raw.get("check", "")
        if check and check not in ITEM_CHECKS:
            raise RulesError(
                f"Regeldatei {where}, Punkt '{item_id}': unbekannte Prüfung check = '{check}'. "
                f"Erlaubt sind: {', '.join(ITEM_CHECKS)}."
            )
        max_age = raw.get("max_age_months")
        if max_age is not None and (not isinstance(max_age, int) or max_age < 1):
            raise RulesError(
                f"Regeldatei {where}, Punkt '{item_id}': max_age_months muss eine ganze Zahl ab 1 sein."
            )
        items[item_id] = ItemRule(
            id=item_id,
            label=raw.get("label", item_id),
            kind=kind,
            documents=list(raw.get("documents", [])),
            source=raw.get("source", ""),
            when=list(raw.get("when", [])),
            when_documents=list(raw.get("when_documents", [])),
            evaluate_when_present=bool(raw.get("evaluate_when_present", True)),
            check=check,
            max_age_months=max_age,
            request=raw.get("request", raw.get("label", item_id)),
            fields=dict(raw.get("fields", {})),
            topics=dict(raw.get("topics", {})),
            tenor_markers=list(raw.get("tenor_markers", [])),
            reason_markers=list(raw.get("reason_markers", [])),
        )
    absent = [i for i in CHECKLIST_IDS if i not in items]
    if absent:
        raise RulesError(
            f"Regeldatei {where}: es fehlen Checklistenpunkte: {', '.join(absent)}. "
            'Jeder Punkt muss eingetragen sein (ein Punkt, der nie blockieren soll, bekommt kind = "optional").'
        )

    hints: list[HintRule] = []
    for raw in data.get("hint", []):
        hint_id = raw.get("id", "")
        if hint_id not in HINT_IDS:
            raise RulesError(
                f"Regeldatei {where}: unbekannter Hinweis '{hint_id}'. Erlaubt sind: {', '.join(HINT_IDS)}."
            )
        check = raw.get("check", "")
        if check and check not in HINT_CHECKS:
            raise RulesError(
                f"Regeldatei {where}, Hinweis '{hint_id}': unbekannte Prüfung '{check}'. Erlaubt sind: {', '.join(HINT_CHECKS)}."
            )
        for cond in raw.get("when", []):
            if cond not in TRIGGER_KINDS:
                raise RulesError(
                    f"Regeldatei {where}, Hinweis '{hint_id}': unbekannter Auslöser '{cond}'. "
                    f"Erlaubt sind: {', '.join(TRIGGER_KINDS)}."
                )
        hints.append(
            HintRule(
                id=hint_id,
                label=raw.get("label", hint_id),
                text=raw.get("text", ""),
                source=raw.get("source", ""),
                when=list(raw.get("when", [])),
                check=check,
                foreign_countries=list(raw.get("foreign_countries", [])),
                residence_text=raw.get("residence_text", ""),
            )
        )
    hints.sort(key=lambda h: HINT_IDS.index(h.id))
    hint_table = data.get("hints", {})
    conditions = data.get("conditions", {})
    return RuleSet(
        items=items,
        hints=hints,
        hint_prefix=hint_table.get("prefix", "Hinweis zur Prüfung durch die Geschäftsstelle / Kommission:"),
        languages=dict(hint_table.get("languages", {})),
        child_age_min=int(conditions.get("child_age_min", 3)),
        child_age_max=int(conditions.get("child_age_max", 17)),
    )


# ---------------------------------------------------------------- small helpers


def subtract_months(day: datetime.date, months: int) -> datetime.date:
    """Calendar months back; a day that does not exist in the target month becomes its last day."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


def age_on(birth: datetime.date, day: datetime.date) -> int:
    """Completed years of life on day (the birthday itself counts as completed)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def parse_iso(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def page_ranges(pages: list[int]) -> str:
    """[2, 3, 4, 5] -> 'Seiten 2–5'; [1] -> 'Seite 1'; [1, 3, 4] -> 'Seiten 1, 3–4'."""
    if not pages:
        return "ohne Seitenangabe"
    nums = sorted(set(pages))
    if len(nums) == 1:
        return f"Seite {nums[0]}"
    parts: list[str] = []
    start = prev = nums[0]
    for n in nums[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return "Seiten " + ", ".join(parts)


def shorten(text: str, limit: int = MAX_QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def short_file(name: str, limit: int = MAX_FILE_NAME) -> str:
    """A long file name with its middle elided; start and extension stay, the report lists the full name."""
    if len(name) <= limit:
        return name
    keep = limit - 1
    head = keep * 2 // 3
    return name[:head] + "…" + name[-(keep - head) :]


def join_german(parts: list[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b und c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " und " + parts[-1]


def person_display(person: Person, number: int) -> str:
    name = " ".join(p for p in (person.vorname.strip(), person.name.strip()) if p)
    return name or f"Person {number}"


# ---------------------------------------------------------------- evaluation


class _Case:
    """One case's facts with the lookups every rule needs."""

    def __init__(self, facts: CaseFacts, received: datetime.date, rules: RuleSet):
        self.facts = facts
        self.received = received
        self.rules = rules

    def doc_ref(self, index: int) -> str:
        doc = self.facts.documents[index]
        ref = f"Dokument {index + 1} ({short_file(doc.file)}, {page_ranges(doc.pages)})"
        if doc.needs_review:
            ref += " (Prüfung empfohlen)"
        return ref

    def trigger_ref(self, trigger: Trigger) -> str:
        docs = self.facts.documents
        file = (
            short_file(docs[trigger.document].file)
            if 0 <= trigger.document < len(docs)
            else "unbekannte Datei"
        )
        return f'Seite {trigger.page} ({file}): "{shorten(trigger.sentence)}"'

    def documents_of(self, doc_types: list[str]) -> list[int]:
        return [i for i, d in enumerate(self.facts.documents) if d.type in doc_types]

    def is_child_age(self, birth: datetime.date) -> bool:
        return self.rules.child_age_min <= age_on(birth, self.received) <= self.rules.child_age_max

    def children(self) -> list[str]:
        """Evidence for each listed person aged child_age_min..child_age_max on the date of receipt;
        when the application yields none, the pupil's birth date on a school document ("geb. am
        12.05.2014" on a Zeugnis): a school paper of a child is evidence of a child in the case; and a
        birth date the application gives for a person the classifier could not read."""
        found = self._listed_children()
        if found:
            return found
        for i in self.documents_of(["schulnachweis", "antrag"]):
            for iso in self.facts.documents[i].birth_dates:
                birth = parse_iso(iso)
                if birth and self.is_child_age(birth):
                    age = age_on(birth, self.received)
                    found.append(
                        f"laut {self.doc_ref(i)} ist eine Person geb. {german_date(iso)} "
                        f"am Eingangstag {age} Jahre alt"
                    )
        return found

    def _listed_children(self) -> list[str]:
        found = []
        for number, person in enumerate(self.facts.persons, start=1):
            birth = parse_iso(person.geburtsdatum)
            if birth is None:
                continue
            age = age_on(birth, self.received)
            if self.rules.child_age_min <= age <= self.rules.child_age_max:
                found.append(
                    f"{person_display(person, number)} (geb. {german_date(person.geburtsdatum)}) "
                    f"ist am Eingangstag {age} Jahre alt"
                )
        return found

    def condition_evidence(self, conditions: list[str]) -> list[str]:
        """Why the conditions are met (empty list: none is met)."""
        evidence: list[str] = []
        for cond in conditions:
            if cond == "children":
                evidence += self.children()
                continue
            if cond == "representation" and self.facts.representative is not None:
                rep = self.facts.representative
                text = f"Vertretung erkannt: {rep.name}"
                if rep.evidence:
                    text += f' ("{shorten(rep.evidence)}")'
                evidence.append(text)
            evidence += [self.trigger_ref(t) for t in self.facts.triggers if t.kind == cond]
        return evidence

    def condition_names(self, conditions: list[str]) -> str:
        names = [
            CONDITION_LABELS.get(c, c).format(min=self.rules.child_age_min, max=self.rules.child_age_max)
            for c in conditions
        ]
        return " oder ".join(names)


def _because(evidence: list[str], blocking: bool = True) -> str:
    shown = evidence[:MAX_EVIDENCE]
    more = (
        f" (und {len(evidence) - MAX_EVIDENCE} weitere Fundstellen)" if len(evidence) > MAX_EVIDENCE else ""
    )
    # A recommended item (required_if_any) is never "erforderlich": say what gave rise to it.
    lead = "Erforderlich, weil: " if blocking else "Empfohlen, weil: "
    return lead + "; ".join(shown) + more + "."


def _notes(case: _Case, indices: list[int]) -> str:
    parts = []
    for i in indices:
        notes = case.facts.documents[i].notes
        if notes:
            parts.append(f"Anmerkung zu Dokument {i + 1}: " + "; ".join(notes) + ".")
    return " ".join(parts)


def _evaluate_item(case: _Case, rule: ItemRule) -> ChecklistItem:
    present = case.documents_of(rule.documents)
    if rule.check == "personalien":
        return _check_personalien(case, rule, present)
    if rule.check == "begruendung":
        return _check_begruendung(case, rule, present)

    evidence = case.condition_evidence(rule.when) if rule.when else []
    evidence += [
        f"{case.doc_ref(i)} liegt vor ({document_label(case.facts.documents[i].type)})"
        for i in case.documents_of(rule.when_documents)
    ]
    conditional = rule.kind in ("required_if", "required_if_any")
    if conditional and not evidence and not (present and rule.evaluate_when_present):
        detail = f"Nicht erforderlich: kein Anlass erkannt ({case.condition_names(rule.when)})."
        if present:
            detail += " Vorhanden sind dennoch: " + "; ".join(case.doc_ref(i) for i in present) + "."
        return ChecklistItem(rule.id, "not_required", detail, present, rule.label)

    blocking = rule.kind in ("required", "required_if")
    because = _because(evidence, blocking) if evidence else ""
    if rule.kind == "required" and rule.source:
        # An unconditional item: the evidence for requiring it is the rule's source.
        because = f"Immer erforderlich ({rule.source})."
    if not present:
        status = "missing" if blocking else "optional_missing"
        wanted = " oder ".join(f"„{document_label(t)}“" for t in rule.documents)
        detail = f"Nicht gefunden: kein Dokument der Art {wanted} erkannt."
        if not blocking:
            detail += " Sofern vorhanden empfohlen, nicht blockierend."
        detail = " ".join(p for p in (detail, because) if p)
        return ChecklistItem(rule.id, status, detail, [], rule.label, rule.request if blocking else "")

    status, detail, reason = "ok", "Vorhanden: " + "; ".join(case.doc_ref(i) for i in present) + ".", ""
    if rule.max_age_months:
        status, extra, reason = _check_age(case, rule, present)
        detail += " " + extra
    if rule.check == "bamf_vollstaendigkeit":
        status, extra, reason = _check_bamf(case, rule, present)
        if extra:
            detail += " " + extra
    detail = " ".join(p for p in (detail, because, _notes(case, present)) if p)
    return ChecklistItem(rule.id, status, detail, present, rule.label, reason)


def _check_age(case: _Case, rule: ItemRule, present: list[int]) -> tuple[str, str, str]:
    """Outdated when the newest dated document is older than max_age_months before receipt."""
    months = rule.max_age_months or 0
    cutoff = subtract_months(case.received, months)
    month_words = MONTH_WORDS.get(months, f"{months} Monate")
    dated = [(parse_iso(case.facts.documents[i].date), i) for i in present]
    undated = [i for d, i in dated if d is None]
    dated_ok = [(d, i) for d, i in dated if d is not None]
    eingang = german_date(case.received.isoformat())
    if dated_ok:
        newest, idx = max(dated_ok)
        label = document_label(case.facts.documents[idx].type)
        text = f"{label} vom {german_date(newest.isoformat())}, Eingang {eingang}"
        if newest > case.received:
            text += ": Ausstellungsdatum liegt nach dem Eingang – bitte Datum prüfen."
        if newest >= cutoff:
            if newest <= case.received:
                text += f": nicht älter als {month_words}."
            return "ok", text, ""
        if not undated:
            text += f": älter als {month_words} (Stichtag {german_date(cutoff.isoformat())})."
            reason = f"{rule.request} – das vorliegende Dokument vom {german_date(newest.isoformat())} ist älter als {month_words}"
            return "outdated", text, reason
        text += f": älter als {month_words}."
    else:
        text = ""
    refs = ", ".join(f"Dokument {i + 1}" for i in undated)
    text = (text + " " if text else "") + (
        f"Ausstellungsdatum nicht erkannt ({refs}) – Aktualität (höchstens {month_words} vor Eingang) bitte prüfen."
    )
    return "ok", text, ""


def _check_bamf(case: _Case, rule: ItemRule, present: list[int]) -> tuple[str, str, str]:
    """Incomplete when 'Seite x von y' shows gaps, or (conservatively) only a Tenor without reasons."""
    seen: dict[int, set[int]] = {}
    unread: list[str] = []
    for i in present:
        doc = case.facts.documents[i]
        for x, y in doc.page_numbering:
            # Implausible pairs are OCR noise, not evidence of a gap.
            if 1 <= x <= y <= 500:
                seen.setdefault(y, set()).add(x)
        for page, (x, y) in _unread_page_numbers(doc.pages, doc.page_numbers):
            if x not in seen.get(y, set()):
                seen.setdefault(y, set()).add(x)
                unread.append(
                    f"Seite {page} ({short_file(doc.file)}) ohne lesbare Seitenzahl, gezählt als {x} von {y}"
                )
    gaps = []
    for y in sorted(seen):
        absent = [x for x in range(1, y + 1) if x not in seen[y]]
        if len(absent) == 1:
            gaps.append(f"Seite {absent[0]} von {y} fehlt")
        elif absent:
            gaps.append(f"Seiten {page_ranges(absent).removeprefix('Seiten ')} von {y} fehlen")
    if gaps:
        text = "Unvollständig: " + "; ".join(gaps) + "."
        return "incomplete", text, f"{rule.request} – " + "; ".join(gaps)
    if seen:
        note = (" " + "; ".join(unread) + " – bitte prüfen.") if unread else ""
        return (
            "ok",
            "Seitenzählung vollständig (" + ", ".join(f"{y} von {y}" for y in sorted(seen)) + ")." + note,
            "",
        )
    # Without page numbers, look for a Tenor lacking any heading of reasons.
    text = "\n".join(case.facts.documents[i].text for i in present)
    if text.strip():
        has_tenor = any(m.lower() in text.lower() for m in rule.tenor_markers)
        has_reasons = any(re.search(rf"\b{re.escape(m)}\b", text, re.IGNORECASE) for m in rule.reason_markers)
        if has_tenor and not has_reasons:
            return (
                "incomplete",
                "Unvollständig: nur der Tenor erkennbar, keine Begründung gefunden.",
                f"{rule.request} – die Begründung des Bescheids fehlt",
            )
    return "ok", "Keine Seitenzählung erkannt; Vollständigkeit bitte bei Bedarf prüfen.", ""


def _unread_page_numbers(
    pages: list[int], page_numbers: list[tuple[int, int] | None]
) -> list[tuple[int, tuple[int, int]]]:
    """Pages of a numbered decision whose "Seite x von y" OCR could not read (a photographed last page
    with stamp and signature, a faint fax line): the number their position implies, counted from the
    nearest numbered page of the same document. A page between "Seite 1 von 3" and the document's end
    is page 2 or 3 of 3, not a gap."""
    if len(page_numbers) != len(pages):
        return []
    numbers = [n if n and n[1] <= 500 else None for n in page_numbers]
    known = [(pos, n) for pos, n in enumerate(numbers) if n]
    inferred: list[tuple[int, tuple[int, int]]] = []
    for pos, n in enumerate(numbers):
        if n or not known:
            continue
        before = [(p, k) for p, k in known if p < pos]
        after = [(p, k) for p, k in known if p > pos]
        if before:
            p, (x, y) = before[-1]
            guess = (x + pos - p, y)
        else:
            p, (x, y) = after[0]
            guess = (x - (p - pos), y)
        if 1 <= guess[0] <= guess[1]:
            inferred.append((pages[pos], guess))
    return inferred


def _check_personalien(case: _Case, rule: ItemRule, antrag_docs: list[int]) -> ChecklistItem:
    persons = case.facts.persons
    source = ""
    if antrag_docs:
        source = " Quelle: " + "; ".join(case.doc_ref(i) for i in antrag_docs) + "."
    if not persons:
        return ChecklistItem(
            rule.id,
            "missing",
            "Keine Personen mit Personalien im Antrag gefunden." + source,
            antrag_docs,
            rule.label,
            rule.request,
        )
    gaps = []
    for number, person in enumerate(persons, start=1):
        lacking = [label for attr, label in rule.fields.items() if not str(getattr(person, attr, "")).strip()]
        if lacking:
            gaps.append(f"{person_display(person, number)}: {', '.join(lacking)}")
    count = "1 Person" if len(persons) == 1 else f"{len(persons)} Personen"
    if gaps:
        detail = f"{count} genannt; es fehlen Angaben – " + "; ".join(gaps) + "." + source
        reason = f"{rule.request} – es fehlen: " + "; ".join(gaps)
        return ChecklistItem(rule.id, "incomplete", detail, antrag_docs, rule.label, reason)
    names = ", ".join(person_display(p, n) for n, p in enumerate(persons, start=1))
    detail = f"Alle Angaben vorhanden für {count}: {names}." + source
    return ChecklistItem(rule.id, "ok", detail, antrag_docs, rule.label)


def _check_begruendung(case: _Case, rule: ItemRule, antrag_docs: list[int]) -> ChecklistItem:
    covered = case.facts.begruendung_topics
    lacking = [label for topic, label in rule.topics.items() if not covered.get(topic)]
    found = [
        f'{label}: "{shorten(covered[topic], 120)}"'
        for topic, label in rule.topics.items()
        if covered.get(topic)
    ]
    source = (" Quelle: " + "; ".join(case.doc_ref(i) for i in antrag_docs) + ".") if antrag_docs else ""
    if lacking:
        detail = "Nicht erkennbar dargelegt: " + "; ".join(lacking) + "."
        if not antrag_docs:
            detail = "Keine Antragsschrift gefunden. " + detail
        if found:
            detail += " Dargelegt: " + "; ".join(found) + "."
        reason = f"{rule.request} – bitte ergänzen: " + "; ".join(lacking)
        return ChecklistItem(rule.id, "incomplete", detail + source, antrag_docs, rule.label, reason)
    detail = "Alle Punkte dargelegt: " + "; ".join(found) + "." + source
    return ChecklistItem(rule.id, "ok", detail, antrag_docs, rule.label)


# ---------------------------------------------------------------- hints

_PLZ_IN_ADDRESS = re.compile(r"(?<![\d-])(?:D\s?-\s?)?(\d{5})(?!\d)\s+[^\W\d]")


def _hint_trigger(case: _Case, rule: HintRule) -> str:
    evidence = case.condition_evidence(rule.when)
    if not evidence:
        return ""
    shown = "; ".join(evidence[:MAX_EVIDENCE])
    return f"{rule.text} Fundstelle: {shown}."


def _applicant_addresses(case: _Case) -> list[tuple[str, str]]:
    """Where the applicants live, as (who, address): from the application, else from decisions and
    forms about them ("wohnhaft ...", "Wohnsitzauflage: ...")."""
    addresses: list[tuple[str, str]] = []
    if case.facts.applicant_address.strip():
        addresses.append(("Anschrift der antragstellenden Person", case.facts.applicant_address))
    for number, person in enumerate(case.facts.persons, start=1):
        if person.adresse.strip():
            addresses.append((f"Anschrift von {person_display(person, number)}", person.adresse))
    if not addresses:
        # No address from the application (none found, or only a Nachreichung).
        addresses = _residence_elsewhere(case)
    seen: set[str] = set()
    unique: list[tuple[str, str]] = []
    for who, address in addresses:
        flat = " ".join(address.split())
        if flat not in seen:
            seen.add(flat)
            unique.append((who, address))
    return unique


def _where_outside(address: str, foreign_countries: list[str]) -> tuple[str, str] | None:
    """("abroad" | "germany", why) when an address lies outside NRW, else None."""
    flat = " ".join(address.split())
    match = _PLZ_IN_ADDRESS.search(flat)
    # A country name counts when the address has no German postcode, or when it ends the address
    # ("..., 75001 Paris, Frankreich", "10000 Kabul (Afghanistan)": five digits are not always German);
    # a street like "Niederlande-Allee" in Düsseldorf does not.
    country = next(
        (
            c
            for c in foreign_countries
            if (not match and re.search(rf"(?<!\w){re.escape(c)}(?!\w)", flat, re.IGNORECASE))
            or re.search(rf"[,(\s]{re.escape(c)}[)\s.]*$", flat, re.IGNORECASE)
        ),
        None,
    )
    if country:
        return "abroad", f"Anschrift im Ausland ({country})"
    if match and not is_nrw_postcode(match.group(1)):
        return "germany", f"Postleitzahl {match.group(1)} liegt nicht in NRW"
    # no postcode: the place is the address's last part ("Hauptstraße 3, Kassel")
    if not match and place_outside_nrw(re.split(r"[,\n]", address.strip())[-1].strip(" .")):
        return "germany", "Ort liegt nicht in NRW"
    return None


def _hint_wohnsitz(case: _Case, rule: HintRule) -> str:
    findings: list[str] = []
    for who, address in _applicant_addresses(case):
        outside = _where_outside(address, rule.foreign_countries)
        if outside:
            findings.append(f'{who} "{shorten(" ".join(address.split()), 120)}": {outside[1]}')
    if not findings:
        return ""
    return f"{rule.text} " + "; ".join(findings) + "."


def _known_german_place(address: str) -> bool:
    """The place after the postcode is one the lists know outside NRW ("34117 Kassel")."""
    m = re.search(r"(?<!\d)\d{5}\s+([^\W\d][^,\n(]*)", address)
    return bool(m) and place_outside_nrw(m.group(1).strip(" .")) is True


def _hint_abh_wohnort(case: _Case, rule: HintRule) -> str:
    """No Ausländerbehörde named, or one whose Land is not known: the one responsible is, as a rule, that
    of the habitual residence (§ 3 Abs. 1 Nr. 3 a VwVfG and the Länder's competence rules), so an address in
    Germany outside NRW points to an authority outside NRW. An address abroad says nothing about it, and
    only a place the lists know counts as German: five digits alone may be a foreign postcode."""
    if case.facts.auslaenderbehoerde and case.facts.auslaenderbehoerde_in_nrw is not None:
        return ""  # named and placed: the classifier's trigger decides
    # the country list lives with the residence hint (rules.toml); one list for both checks
    countries = [c for r in case.rules.hints for c in r.foreign_countries]
    for who, address in _applicant_addresses(case):
        outside = _where_outside(address, countries)
        if outside is None:
            continue
        if outside[0] == "abroad" or not _known_german_place(address):
            return ""  # a place the lists do not know may lie abroad ("10000 Kabul")
        named = (
            f"Genannt ist „{case.facts.auslaenderbehoerde}“, ohne erkennbaren Ort."
            if case.facts.auslaenderbehoerde
            else "Eine Ausländerbehörde wird nicht genannt."
        )
        return (
            f"{rule.text} {named} {rule.residence_text} "
            f'{who} "{shorten(" ".join(address.split()), 120)}": {outside[1]}.'
        )
    return ""


# Documents about the applicant that state where they live; letters of support, payslips and club
# papers name other people's homes.
_RESIDENCE_SOURCES = (
    "antrag",
    "vollmacht",
    "bamf_bescheid",
    "auslaenderbehoerde",
    "gerichtsentscheidung",
    "lebenslauf",
    "datenschutzeinwilligung",
    "schweigepflichtsentbindung",
    "identitaetsnachweis",
    "sonstiges",
)


def _residence_elsewhere(case: _Case) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for i in case.documents_of(list(_RESIDENCE_SOURCES)):
        for address in case.facts.documents[i].residences:
            found.append((f"Wohnort laut {case.doc_ref(i)}", address))
    return found


def _hint_sprache(case: _Case, rule: HintRule) -> str:
    lang = case.facts.application_language
    if lang in (None, "", "de"):
        return ""
    name = case.rules.languages.get(lang, lang)
    antrag = case.documents_of(["antrag"])
    where = (" (" + "; ".join(case.doc_ref(i) for i in antrag) + ")") if antrag else ""
    return f"{rule.text} Erkannte Sprache: {name}{where}. Nach den Verfahrenshinweisen ist der Antrag in deutscher Sprache zu stellen."


def _hint_anhang(case: _Case, rule: HintRule) -> str:
    files: dict[str, str] = {}
    for doc in case.facts.documents:
        if doc.from_mail and doc.file != "<body>" and doc.mime and doc.mime != "application/pdf":
            files.setdefault(doc.file, doc.mime)
    if not files:
        return ""
    listing = ", ".join(f"{name} ({mime_label(mime)})" for name, mime in files.items())
    return f"{rule.text} Betroffene Dateien: {listing}."


_HINT_CHECKS = {
    "wohnsitz": _hint_wohnsitz,
    "abh_wohnort": _hint_abh_wohnort,
    "sprache": _hint_sprache,
    "anhang_format": _hint_anhang,
}


def _evaluate_hint(case: _Case, rule: HintRule) -> Hint | None:
    parts = []
    if rule.when:
        parts.append(_hint_trigger(case, rule))
    if rule.check:
        parts.append(_HINT_CHECKS[rule.check](case, rule))
    text = " ".join(p for p in parts if p)
    if not text:
        return None
    return Hint(rule.id, f"{case.rules.hint_prefix} {text}", rule.label, text)


def evaluate(facts: CaseFacts, received: datetime.date, rules_path: str | None = None) -> Findings:
    """The checklist (every id, in CHECKLIST_IDS order) and the hints for one case."""
    if isinstance(received, datetime.datetime):
        received = received.date()
    rules = load_rules(rules_path)
    case = _Case(facts, received, rules)
    checklist = [_evaluate_item(case, rules.items[item_id]) for item_id in CHECKLIST_IDS]
    hints = [h for h in (_evaluate_hint(case, r) for r in rules.hints) if h is not None]
    findings = Findings(received=received.isoformat(), checklist=checklist, hints=hints)
    # Ids and counts only: names and document text never go to the log.
    log.info(
        "checklist evaluated: %d documents, blocking=%s, hints=%s",
        len(facts.documents),
        [i.id for i in checklist if i.status in ("missing", "outdated", "incomplete")],
        [h.id for h in hints],
    )
    return findings
