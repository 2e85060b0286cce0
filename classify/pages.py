"""Page classifier: weighted cue matches (cues.toml) -> per-class scores, evidence and confidence."""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from hfk.classify.fields import text_language
from hfk.classify.model import DOCUMENT_TYPES
from hfk.classify.normalize import PAGE_LINE, clean, compact, fold, ocr_letters

CUES_FILE = Path(__file__).with_name("cues.toml")


@dataclass(frozen=True)
class Cue:
    cls: str
    display: str  # how evidence shows it (German, as written in cues.toml)
    weight: float
    head: float
    start: bool
    phrase: str | None = None  # folded phrase
    pattern: re.Pattern[str] | None = None  # on folded text
    pattern_cs: re.Pattern[str] | None = None  # on cleaned, case-kept text
    label: str | None = None
    form: bool = False  # in the page head: the page is a form (title or declaration of a form class)
    letter: bool = False  # the page is written as a letter of request (an antrag, not a form)
    support: bool = False  # a third party backs the applicant ("kenne ... seit", "befürworte")
    title: bool = False  # as a short line at the top of the page, this phrase names the document
    act: bool = False  # the declaration itself ("bevollmächtige", "entbinde", "willige ein")
    # counts only where the page says what it is: a title line, or in a letter a line above the salutation
    subject: bool = False
    request: bool = False  # (with subject) the page is a request to another body: a Widerspruch, a Klage
    follow: bool = False  # the page refers to an application already made ("Ihr Antrag vom", "Sachstand")
    sender: bool = False  # names who writes (letterhead, file number), not what the paper is
    # the page decides: a Tenor, "ergeht folgende Entscheidung", a Rechtsbehelfsbelehrung
    decision: bool = False


@dataclass(frozen=True)
class CueSet:
    cues: tuple[Cue, ...]
    min_score: float
    head_chars: int
    start_score: float
    strong_page: float
    repeat_bonus: float
    later_page_weight: float
    form_capped: tuple[str, ...] = ()  # classes only mentioned on forms: capped there (see below)
    form_cap: float = 2.0
    form_chars: int = 320  # a form's title or declaration counts in these first characters (or the head)
    title_bonus: float = 3.0  # added to the class whose `title` cue is the page's own title line
    title_lines: int = 8  # the title is among this many first non-empty lines
    letter_cap: float = 2.0  # a short letter without a request holds the form_capped classes here
    letter_cap_chars: int = 1500  # "short": a cover letter or an acknowledgement, not a life story
    # the same for a letter not written in German: no authority or law firm writes to the commission in
    # English, so such a letter naming it is the applicant's own, unless it is as short as a cover note
    letter_cap_chars_foreign: int = 1000
    # in such a letter, forms are only named as enclosures: held too unless the letter declares the act
    cover_capped: tuple[str, ...] = ()
    # A letter of support (salutation, support cue, no request) from a teacher, employer or club
    # speaks of school, work or the club: these classes stay below its support score.
    support_capped: tuple[str, ...] = ()
    evidence_capped: tuple[str, ...] = ()
    # A page whose subject names another paper (a Ladung, a Niederschrift, a Mitteilung) is not the
    # application nor a decision that its text names: these classes are held at letter_cap.
    subject_capped: tuple[str, ...] = ()
    # A page whose subject is a request to another body (a Widerspruch, a Klage, an "Antrag auf" a Duldung)
    # names the authority it writes to and the evidence it encloses: these classes are held as well.
    request_capped: tuple[str, ...] = ()
    # A short page about an application already made (a Sachstandsanfrage, a Nachreichung, the office's
    # acknowledgement) holds the form_capped and cover_capped classes at letter_cap, even when it asks
    # for something (a longer deadline) or its subject line names the Härtefallantrag.
    follow_chars: int = 1500
    # Papers of an authority that are no decision (its Ladung, a receipt, a notice to another office) carry
    # its letterhead and file number like its decisions do: these classes need `content_min` of their
    # other cues on a page, and a letter (salutation) of theirs needs a `decision` cue, or they are held
    # at letter_cap.
    decision_capped: tuple[str, ...] = ()
    content_min: float = 2.5
    # A request subject ("Application for Mr X", "Petition") on a page whose letter head names this
    # addressee (folded regex: the commission itself) is the application, not a request to another body.
    addressee: re.Pattern[str] | None = None
    # A letter with a request of its own, addressed to the commission, quotes an authority's or a court's
    # paper or tells a Strafbefehl: these classes are held at letter_cap unless its letterhead is theirs.
    addressed_capped: tuple[str, ...] = ()
    # A submission in which no page reads as the application: the document with the most rule evidence
    # for an application (at least `rescue_min`, on one of its pages) is taken for it and marked for
    # review, unless it is one of `rescue_excluded` (the forms, which name the commission themselves).
    rescue_min: float = 10.0
    rescue_excluded: tuple[str, ...] = ()


@dataclass
class PageScore:
    """What the classifier saw on one page."""

    scores: dict[str, float]  # class -> score (all DOCUMENT_TYPES)
    start: dict[str, float]  # class -> weight of first-page cues found in the page head
    # class -> (weight gained, cue as shown) for every positive cue found
    evidence: dict[str, list[tuple[float, str]]] = field(default_factory=dict)
    blank: bool = False
    # True: the page is a form (form title/declaration in the head) and not a letter of request;
    # the form_capped classes are held at form_cap, and a blended model must not lift them again.
    form_page: bool = False
    # classes a blended model must not lift above their rule score (form page, letter without request)
    capped: tuple[str, ...] = ()
    title: str | None = None  # class named by the page's own title line, if any
    # a long letter that asks the commission for something: a blended model must not make it "sonstiges"
    request_letter: bool = False
    # classes whose decision cues the page carries (a Tenor, "für Recht erkannt"): the paper itself speaks
    decided: tuple[str, ...] = ()

    @property
    def best(self) -> str:
        return best_class(self.scores)[0]


class PageScorer(Protocol):
    """Anything that scores a page per class. The rule scorer below is one; a statistical scorer
    (e.g. a trained text classifier) can be added beside it and its scores blended in."""

    def score(self, text: str) -> PageScore: ...


def load_cues(path: Path = CUES_FILE) -> CueSet:
    """Read cues.toml; an unknown class id is a configuration error worth stopping for."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    settings = data.get("settings", {})
    cues: list[Cue] = []
    for cls, spec in data.get("classes", {}).items():
        if cls not in DOCUMENT_TYPES:
            raise ValueError(
                f"cues.toml: unbekannte Dokumentklasse {cls!r}; erlaubt sind: {', '.join(DOCUMENT_TYPES)}"
            )
        for raw in spec.get("cues", []):
            common = dict(
                cls=cls,
                weight=float(raw.get("w", 1.0)),
                head=float(raw.get("head", 0.0)),
                start=bool(raw.get("start", False)),
                label=raw.get("label"),
                form=bool(raw.get("form", False)),
                letter=bool(raw.get("letter", False)),
                support=bool(raw.get("support", False)),
                title=bool(raw.get("title", False)),
                act=bool(raw.get("act", False)),
                subject=bool(raw.get("subject", False)),
                request=bool(raw.get("request", False)),
                follow=bool(raw.get("follow", False)),
                sender=bool(raw.get("sender", False)),
                decision=bool(raw.get("decision", False)),
            )
            if "p" in raw:
                cues.append(Cue(display=raw["p"], phrase=fold(raw["p"]), **common))
            elif "re" in raw:
                cues.append(
                    Cue(display=raw.get("label") or raw["re"], pattern=re.compile(raw["re"], re.M), **common)
                )
            elif "re_cs" in raw:
                cues.append(
                    Cue(
                        display=raw.get("label") or raw["re_cs"],
                        pattern_cs=re.compile(raw["re_cs"], re.M),
                        **common,
                    )
                )
            else:
                raise ValueError(f"cues.toml: Eintrag ohne p/re/re_cs in Klasse {cls!r}: {raw}")
    return CueSet(
        cues=tuple(cues),
        min_score=float(settings.get("min_score", 2.5)),
        head_chars=int(settings.get("head_chars", 450)),
        start_score=float(settings.get("start_score", 3.0)),
        strong_page=float(settings.get("strong_page", 9.0)),
        repeat_bonus=float(settings.get("repeat_bonus", 0.25)),
        later_page_weight=float(settings.get("later_page_weight", 0.6)),
        form_capped=tuple(settings.get("form_capped", ())),
        form_cap=float(settings.get("form_cap", 2.0)),
        form_chars=int(settings.get("form_chars", 320)),
        title_bonus=float(settings.get("title_bonus", 3.0)),
        title_lines=int(settings.get("title_lines", 8)),
        letter_cap=float(settings.get("letter_cap", 2.0)),
        letter_cap_chars=int(settings.get("letter_cap_chars", 1500)),
        letter_cap_chars_foreign=int(settings.get("letter_cap_chars_foreign", 1000)),
        cover_capped=tuple(settings.get("cover_capped", ())),
        support_capped=tuple(settings.get("support_capped", ())),
        evidence_capped=tuple(settings.get("evidence_capped", ())),
        subject_capped=tuple(settings.get("subject_capped", ())),
        request_capped=tuple(settings.get("request_capped", ())),
        follow_chars=int(settings.get("follow_chars", 1500)),
        decision_capped=tuple(settings.get("decision_capped", ())),
        content_min=float(settings.get("content_min", 2.5)),
        addressee=re.compile(settings["addressee"]) if settings.get("addressee") else None,
        addressed_capped=tuple(settings.get("addressed_capped", ())),
        rescue_min=float(settings.get("rescue_min", 10.0)),
        rescue_excluded=tuple(settings.get("rescue_excluded", ())),
    )


@lru_cache(maxsize=4)
def default_cues() -> CueSet:
    return load_cues(CUES_FILE)


@lru_cache(maxsize=2048)
def _packed_phrase(phrase: str) -> str:
    return compact(phrase)


@lru_cache(maxsize=2048)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + re.escape(phrase) + r"(?![a-z0-9])")


@lru_cache(maxsize=2048)
def _phrase_in_word(phrase: str) -> re.Pattern[str]:
    return re.compile(re.escape(phrase) + r"(?:e|en|n|s|es|er|ern)?(?![a-z0-9])")


def _phrase_positions(phrase: str, folded: str, packed: str) -> list[float]:
    """Relative positions (0..1) of a phrase; falls back to the space-free form for split words."""
    # Plain substring tests first: most cues are absent from most pages, and `in` is far cheaper
    # than a regex scan (this keeps the rule component within the time budget per page).
    inside = False
    if phrase in folded:
        hits = [m.start() / max(1, len(folded)) for m in _phrase_pattern(phrase).finditer(folded)]
        if hits:
            return hits
        inside = True
    if len(phrase) < 9:
        return []
    if inside:
        # The phrase stands inside longer words only. It counts as the last part of a compound, also
        # inflected ("Prozessvollmacht", "des Härtefallantrags"), not as the start of a derived word:
        # "Bevollmächtigte/r" in an application form names the representative, it is no Vollmacht.
        hits = [m.start() / max(1, len(folded)) for m in _phrase_in_word(phrase).finditer(folded)]
        if hits:
            return hits
        folded = folded.replace(phrase, "#" * len(phrase))
        packed = compact(folded)
    # Only long phrases: short ones would match across word borders in the packed text.
    packed_phrase = _packed_phrase(phrase)
    if packed_phrase not in packed:
        return []
    return [m.start() / max(1, len(packed)) for m in re.finditer(re.escape(packed_phrase), packed)]


class RuleScorer:
    """Scores pages from the weighted cue phrases of cues.toml."""

    def __init__(self, cues: CueSet | None = None) -> None:
        self.cues = cues or default_cues()
        # what a sentence naming an enclosure may also say: a request, or that the letter follows up or sends
        self.letter_cues = tuple(c for c in self.cues.cues if c.letter or c.follow)

    def score(self, text: str) -> PageScore:
        cs = self.cues
        cleaned = without_enclosures(clean(text), self.letter_cues)
        scores = {c: 0.0 for c in DOCUMENT_TYPES}
        start = {c: 0.0 for c in DOCUMENT_TYPES}
        evidence: dict[str, list[tuple[float, str]]] = {}
        if len(re.sub(r"\W", "", cleaned)) < 3:
            return PageScore(scores=scores, start=start, blank=True)
        folded = fold(cleaned)
        packed = compact(folded)
        # On a short page everything would be "head"; the head is at most 40 % of the page.
        head_len = max(120, min(cs.head_chars, int(0.4 * len(folded))))
        head_share = min(1.0, head_len / max(1, len(folded)))
        head_cleaned = cleaned[:head_len]
        form_hit = letter_hit = support_hit = request_hit = False
        acts: set[str] = set()
        form_share = min(1.0, cs.form_chars / max(1, len(folded)))
        titles = _title_lines(cleaned)
        salutation = _SALUTATION.search(folded) is not None
        title_cls = _own_title(cs, _own_title_lines(cleaned, cs.title_lines), salutation)
        follow_hit = False
        content = dict.fromkeys(cs.decision_capped, 0.0)  # what the page says beyond who sends it
        decided: set[str] = set()
        for cue in cs.cues:
            if cue.subject:
                continue  # counted below, on the page's subject lines only
            if cue.phrase is not None:
                positions = _phrase_positions(cue.phrase, folded, packed)
                shown = cue.display
            else:
                pattern = cue.pattern or cue.pattern_cs
                target = folded if cue.pattern is not None else cleaned
                matches = list(pattern.finditer(target))
                positions = [m.start() / max(1, len(target)) for m in matches]
                shown = cue.label or (matches[0].group(0) if matches else "")
                if cue.pattern_cs is not None and matches:
                    hit = matches[0].group(0).strip()
                    # short hits (an ICD code) are worth showing; long ones (an MRZ line) only by label
                    shown = hit if not cue.label else (f"{cue.label} {hit}" if len(hit) <= 12 else cue.label)
            if not positions:
                continue
            extra = min(3, len(positions) - 1) * cs.repeat_bonus * cue.weight
            in_head = positions[0] <= head_share or (
                cue.pattern_cs is not None and cue.pattern_cs.search(head_cleaned) is not None
            )
            value = cue.weight + extra + (cue.head if in_head else 0.0)
            form_hit = form_hit or (
                cue.form and (positions[0] <= max(head_share, form_share) or _is_title(cue, titles))
            )
            letter_hit = letter_hit or cue.letter
            support_hit = support_hit or cue.support
            follow_hit = follow_hit or cue.follow
            if cue.act:
                acts.add(cue.cls)
            if cue.decision:
                decided.add(cue.cls)
            if cue.cls in content and not cue.sender and cue.weight > 0:
                content[cue.cls] += value
            # a real request ("beantrage", "Begründung"), not just letter form ("Sehr geehrte")
            request_hit = request_hit or (cue.letter and cue.weight >= 1.0)
            scores[cue.cls] += value
            if in_head and cue.start:
                start[cue.cls] += cue.weight + cue.head
            if cue.weight > 0:
                evidence.setdefault(cue.cls, []).append((value, shown))
        # Forms (Vollmacht, Einwilligung, ...) name the Härtefallkommission, § 23a and the applicant
        # as often as an antrag does; what makes an antrag is the request itself. A page whose head
        # carries a form's title or declaration and that has no letter-of-request evidence keeps
        # such mentions from outvoting its own title.
        form_page = form_hit and not letter_hit
        # Letters of support are addressed to the Härtefallkommission and name the Härtefallantrag,
        # but they back a request instead of making it: without a request of its own such a page is
        # held like a form page.
        form_page = form_page or (support_hit and not request_hit)
        # The document's own title outweighs what its text mentions: a page titled "Vollmacht" that
        # empowers a lawyer "zur Begründung des Härtefallantrags" is a Vollmacht, and a request
        # titled "Härtefallantrag" that says the adviser "ist bevollmächtigt" is an antrag.
        if title_cls is not None:
            form_page = title_cls not in cs.form_capped
            scores[title_cls] += cs.title_bonus
            start[title_cls] += cs.title_bonus
            evidence.setdefault(title_cls, []).append((cs.title_bonus, "Titel der Seite"))
        # What the page says it is (its subject line or title) outweighs what its text names: a
        # Widerspruch that "beantragt" and gives a "Begründung" is no Härtefallantrag, a BAMF Ladung no
        # decision, a lawyer's Antrag to the Ausländerbehörde no paper of that authority.
        subject = _subject(cs, cleaned)
        held_subject: tuple[str, ...] = ()
        if subject is not None:
            cue, line = subject
            scores[cue.cls] += cue.weight
            if cue.start:
                start[cue.cls] += cue.weight
            evidence.setdefault(cue.cls, []).append((cue.weight, cue.label or line[:60]))
            request = cue.request and not (cs.addressee and _addressed_to(cs.addressee, cleaned))
            held_subject = cs.subject_capped + (cs.request_capped if request else ())
            if cue.request and not request:
                held_subject = ()  # "Application for Mr X" to the Hardship Commission: the application itself
            held_subject = tuple(c for c in held_subject if c != title_cls and c != cue.cls)
        # A short page about an application already made (a Sachstandsanfrage, the office's
        # acknowledgement, a Nachreichung) names the Härtefallantrag and may ask for something
        # (a longer deadline), but it is not the application.
        if follow_hit and len(folded) <= cs.follow_chars:
            own = title_cls if title_cls not in cs.form_capped else None
            held_subject += tuple(
                c for c in cs.form_capped + cs.cover_capped if c != own and c not in held_subject
            )
        capped: tuple[str, ...] = ()
        if form_page:
            for cls in cs.form_capped:
                scores[cls] = min(scores[cls], cs.form_cap)
                start[cls] = min(start[cls], cs.form_cap)
            capped = cs.form_capped
        elif (
            salutation
            and not request_hit
            and title_cls not in cs.form_capped
            and len(folded) <= _letter_cap_chars(cs, cleaned)
        ):
            # A letter that requests nothing (a lawyer's cover letter forwarding documents, an
            # authority's acknowledgement) names the Härtefallkommission without being an antrag.
            held = cs.form_capped + tuple(c for c in cs.cover_capped if c not in acts)
            for cls in held:
                scores[cls] = min(scores[cls], cs.letter_cap)
                start[cls] = min(start[cls], cs.letter_cap)
            capped = held
        # A letter that asks for something names the forms it encloses ("Vollmacht und
        # Schweigepflichtsentbindung liegen bei"): they are no form of the page unless it declares the act.
        letterhead = _letterhead(cs, cleaned) if request_hit else None
        if (
            request_hit
            and (salutation or letterhead is not None)
            and title_cls not in _form_titles(cs)
            and not form_page
        ):
            held = tuple(c for c in cs.cover_capped if c not in acts and scores[c] > cs.letter_cap)
            for cls in held:
                scores[cls] = min(scores[cls], cs.letter_cap)
                start[cls] = min(start[cls], cs.letter_cap)
            capped = capped + tuple(c for c in held if c not in capped)
        # A request to the commission that quotes the Ausländerbehörde's Verfügung or the court's decision,
        # or tells a Strafbefehl openly, is the application: those papers carry their sender's letterhead
        # above the address line, and ask the commission for nothing.
        if (
            request_hit
            and cs.addressed_capped
            and title_cls in (None, "antrag")
            and "antrag" not in held_subject
            and "antrag" not in capped
            and scores["antrag"] >= cs.min_score
            and letterhead is not None
        ):
            held_sent = tuple(
                c
                for c in cs.addressed_capped
                if scores[c] > cs.letter_cap and not names_sender(cs, c, letterhead)
            )
            for cls in held_sent:
                scores[cls] = cs.letter_cap
                start[cls] = min(start[cls], cs.letter_cap)
            capped = capped + tuple(c for c in held_sent if c not in capped)
        if support_hit and salutation and not request_hit and title_cls in (None, "unterstuetzerschreiben"):
            below = scores["unterstuetzerschreiben"] - 0.1
            held_support = tuple(c for c in cs.support_capped if scores[c] > below)
            for cls in held_support:
                scores[cls] = below
                start[cls] = min(start[cls], below)
            capped = capped + held_support
        # A BAMF Ladung, receipt or notice to the Ausländerbehörde has the letterhead and the Gesch.-Z. of
        # a decision; a decision has no salutation, and its pages say more than who sent them.
        held_subject += tuple(
            c
            for c in cs.decision_capped
            if c != title_cls
            and c not in held_subject
            and scores[c] > cs.letter_cap  # nothing to hold: the page model may still read a last page
            and ((salutation and c not in decided) or content[c] < cs.content_min)
        )
        if held_subject:
            for cls in held_subject:
                scores[cls] = min(scores[cls], cs.letter_cap)
                start[cls] = min(start[cls], cs.letter_cap)
            capped = capped + tuple(c for c in held_subject if c not in capped)
        # A letter to the commission that asks for something and is longer than any cover letter is
        # the application, whatever else it talks about: the text model, which knows the train layouts
        # only, voted such letters "sonstiges" (nothing known), and its vote outweighed the rules.
        request_letter = (
            request_hit
            and salutation
            and not form_page
            and "antrag" not in capped
            and scores["antrag"] >= cs.min_score
            and len(folded) > _letter_cap_chars(cs, cleaned)
        )
        if request_letter:
            # ... and the papers its story names (the language test passed, the school, the club) are its
            # evidence, unless their sender's letterhead heads the page
            below = scores["antrag"] - 0.1
            held_evidence = tuple(
                c
                for c in cs.evidence_capped
                if scores[c] > below and not names_sender(cs, c, letterhead or "")
            )
            for cls in held_evidence:
                scores[cls] = below
                start[cls] = min(start[cls], below)
            capped = capped + tuple(c for c in held_evidence if c not in capped)
        return PageScore(
            scores=scores,
            start=start,
            evidence=evidence,
            form_page=form_page,
            capped=capped,
            title=title_cls,
            request_letter=request_letter,
            decided=tuple(sorted(decided)),
        )


# "Anlagen: Vollmacht, Schweigepflichtentbindung" names papers that come with a letter; on a short last
# page of an application it stood in the page head and made the page a Vollmacht. A stamp heading the
# enclosure itself ("Anlage 3: Vollmacht", "Anlage zum Antrag") is no list, nor are form fields.
_ENCLOSURE_MARK = re.compile(
    r"^(?:anlagen|anlage|beilagen?|beigefugt|enclosures?|attachments?)\s*(?::\s*(?P<rest>.*))?$", re.I
)
# A heading over a list of enclosures in other words: "Anlagenverzeichnis", "Teil 3 - Beigefügte
# Unterlagen", "Folgende Unterlagen liegen bei:", "List of enclosures". Only with list items below it.
_ENCLOSURE_HEADING = re.compile(
    r"^(?:\W*\w+\W*){0,4}?(?:anlagen\w*|beilagen?\w*|beigefugte?n?|unterlagen|enclosures?|attachments?)"
    r"(?:\W+\w+){0,3}\W*:?$"
)
ENCLOSURE_HEADING_WORDS = 7
ENCLOSURE_ITEM_CHARS = 80  # a list item is a short line; a longer one is prose again
_NUMBERED_ENCLOSURE = re.compile(r"\banlage\s*\d+\s*:|^\s*\d+\s*:")
_BULLET = re.compile(r"^\s*[-–•*·]\s+\S")
# an item numbered as an enclosure on a line of its own: "Anl. 3 Datenschutz-Einwilligung", "Anlage 4: Bescheid"
_NUMBERED_ITEM = re.compile(r"^\s*(?:anlagen?|anl\.?|beilage)\s*\d{1,2}\b")


# A sentence that says a paper is enclosed or follows ("Die Vollmacht liegt bei.", "Die Einwilligung in die
# Datenverarbeitung ist beigefügt.", "Vollmacht (Anlage 1)", "wird nachgereicht") names that paper; it is
# never the paper itself. On the short last page of an application such a sentence made the page a
# Vollmacht or an Einwilligung.
_ENCLOSED = re.compile(
    r"\b(?:liegt|liegen)\b[^.\n]{0,60}\bbei\b|\bbeigef(?:ü|ue|u)gt\w*|\banbei\b|\bbeiliegend\w*|\(anlage\s*\d+\)"
    r"|\b(?:in|als) (?:der )?anlage\b|\bf(?:ü|ue|u)ge\w*\b[^.\n]{0,60}\bbei\b|\bnachgereicht\b|\benclosed\b"
    r"|\battached\b",
    re.I,
)
_BLANK = "·"  # matches no cue, no word and no title pattern
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
WRAPPED_LINE_CHARS = 60  # a line this long that ends without a full stop runs on into the next line


def _sentence_bounds(text: str) -> list[int]:
    """Where sentences start and end: after a full stop, and at a line break unless the line before it
    is running prose (long, ending in a word) or a list that runs on (ending in a semicolon: "Anbei:
    Kopie der Duldung; Vollmacht;" / "Lebenslauf."): a salutation, a heading or a closing is a unit of
    its own."""
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
    pos = 0
    listed = False  # the line before ended in a semicolon: this one goes on with it
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.rstrip()
        if len(line.strip()) < WRAPPED_LINE_CHARS or not re.search(r"\w$", stripped):
            bounds += ([] if listed else [pos]) + ([] if stripped.endswith(";") else [end])
        listed = stripped.endswith(";")
        pos = end + 1
    return sorted(bounds)


def without_enclosures(cleaned: str, letter_cues: tuple[Cue, ...] = ()) -> str:
    """The page text without its list of enclosures and with the sentences that state an enclosure
    blanked out. A sentence that also asks for something or sends the application (one of
    `letter_cues`: "beantragen wir ... und fügen die Vollmacht bei", "in der Anlage übersenden wir den
    Härtefallantrag") stays."""
    cleaned = without_enclosure_list(cleaned)
    spans: list[tuple[int, int]] = []
    matches = list(_ENCLOSED.finditer(cleaned))
    bounds = _sentence_bounds(cleaned) if matches else []
    for m in matches:
        start = max((b for b in bounds if b <= m.start()), default=0)
        end = min((b for b in bounds if b >= m.end()), default=len(cleaned))
        # (the mark itself asks for nothing: "anbei" is also a follow-up letter's cue)
        if _asks(cleaned[start : m.start()] + " " + cleaned[m.end() : end], letter_cues):
            continue
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    if not spans:
        return cleaned
    # Blanked, not cut: lengths, lines and positions stay, so the page head, its title and subject lines
    # and the length rules see the page as it is.
    out, pos = [], 0
    for start, end in spans:
        out.append(cleaned[pos:start])
        out.append(re.sub(r"[^\n]", _BLANK, cleaned[start:end]))
        pos = end
    out.append(cleaned[pos:])
    return "".join(out)


def _asks(sentence: str, letter_cues: tuple[Cue, ...]) -> bool:
    """Whether one of the cues matches the sentence, the way the page scorer matches it."""
    folded = fold(sentence)
    packed = compact(folded)
    for cue in letter_cues:
        if cue.phrase is not None and _phrase_positions(cue.phrase, folded, packed):
            return True
        if cue.pattern is not None and cue.pattern.search(folded):
            return True
        if cue.pattern_cs is not None and cue.pattern_cs.search(sentence):
            return True
    return False


def _list_item(line: str) -> bool:
    """A line that can be an item of a list of enclosures: short, no sentence, no form field."""
    return (
        bool(line.strip())
        and len(line) <= ENCLOSURE_ITEM_CHARS
        and not _SENTENCE.match(fold(line))  # "Hiermit bevollmächtige ich Frau Berg."
        and ":" not in line  # a form field ("Name: ..."), no list item
    )


def _items_below(lines: list[str], start: int) -> int:
    """The end of the list items from `start` on; a single blank line between items (a scan's line
    spacing) does not end the list."""
    end = start
    while end < len(lines):
        if _list_item(lines[end]):
            end += 1
        elif not lines[end].strip() and end + 1 < len(lines) and _list_item(lines[end + 1]):
            end += 1
        else:
            break
    return end


def without_enclosure_list(cleaned: str) -> str:
    """The page text with its list of enclosures left out: at least two items, on the mark's line
    separated by commas, on the short lines below it, or numbered ("Anlage 1: Vollmacht Anlage 2: ...").
    A page that holds nothing but a bulleted or numbered list of papers (the rest of the list of the
    page before: "Anl. 3 Datenschutz-Einwilligung / Anl. 4 BAMF-Bescheid") is left out whole."""
    lines = cleaned.split("\n")
    for i, line in enumerate(lines):
        folded = fold(line)
        if len(_NUMBERED_ENCLOSURE.findall(folded)) >= 2:
            # numbered items, wrapped over the lines below ("... Anlage 4:\n5: Lebenslauf")
            end = i + 1
            while end < len(lines) and _NUMBERED_ENCLOSURE.search(fold(lines[end])) and end - i < 6:
                end += 1
            return "\n".join(lines[:i] + lines[end:])
        m = _ENCLOSURE_MARK.match(folded)
        if m:
            items = [x for x in re.split(r"[,;]", m.group("rest") or "") if x.strip()]
            keep = i  # the mark's line holds items itself
        elif len(folded.split()) <= ENCLOSURE_HEADING_WORDS and _ENCLOSURE_HEADING.match(folded.strip()):
            items = []
            keep = i + 1  # the heading stays: "Anlagenverzeichnis" says what a page of its own is
        else:
            continue
        end = _items_below(lines, i + 1)
        items += [x for x in lines[i + 1 : end] if x.strip()]
        if len(items) >= 2:
            return "\n".join(lines[:keep] + lines[end:])
    filled = [x for x in lines if x.strip() and not PAGE_LINE.match(x.strip())]
    if len(filled) >= 2 and (
        all(_BULLET.match(x) and _list_item(x) for x in filled)
        or all(_NUMBERED_ITEM.match(fold(x)) and _list_item(x.replace(":", " ")) for x in filled)
    ):
        return ""
    # The last page of an application that opens with the rest of its list of enclosures and holds
    # nothing but the closing after it ("(4) Arbeitsnachweise" / "(5) Lebenslauf" / "Bonn, 21.01.2025" /
    # the signature): the list goes; the closing stays.
    lead = 0
    while lead < len(filled) and _LIST_ITEM.match(filled[lead]) and _list_item(filled[lead]):
        lead += 1
    closing = filled[lead:]
    if lead and (lead >= 2 or not re.match(r"\W*1\W", filled[0])) and 0 < len(closing) <= 4:
        if all(len(x.strip()) <= CLOSING_LINE_CHARS for x in closing):
            return "\n".join(closing)
    return cleaned


CLOSING_LINE_CHARS = 40  # a place-and-date line, a greeting, a name


TITLE_MAX_CHARS = 60  # a line this short that names a form is its title, wherever the letterhead ends


ADDRESS_MAX_CHARS = 80  # an address line: "An die Geschäftsstelle der Härtefallkommission des Landes NRW"
_ADDRESS_PREFIX = re.compile(r"(an\s+(die|den|das)?\s*)?(geschaftsstelle\s+(der|des)\s+)?")


@lru_cache(maxsize=4)
def _form_titles(cs: CueSet) -> frozenset[str]:
    """Classes whose title makes a form page (vollmacht, ...): their title is no letter's subject."""
    return frozenset(c.cls for c in cs.cues if c.title and c.cls not in cs.form_capped)


def _letterhead(cs: CueSet, cleaned: str) -> str | None:
    """The folded lines above where a page turns to the commission (a line naming it as addressee, an
    antrag title, the salutation or a mail's greeting): the sender's letterhead. None when the page has
    no such line (a later page of a court's decision or a Strafbefehl)."""
    lines = [line for line in cleaned.split("\n") if line.strip()]
    for i, line in enumerate(lines[:SUBJECT_LETTER_LINES]):
        folded = _EDGE.sub("", fold(line))
        # an address line ("An die Geschäftsstelle der Härtefallkommission") or a title ("Betreff:
        # Härtefallantrag für ..."): short lines that open with it, not a sentence that names it
        short = len(line) <= ADDRESS_MAX_CHARS
        opening = _ADDRESS_PREFIX.match(folded)
        anchor = (
            short and cs.addressee is not None and cs.addressee.match(folded, opening.end() if opening else 0)
        ) or (short and compact(_SUBJECT_PREFIX.sub("", folded)).startswith("hartefallantrag"))
        if anchor or _SALUTATION.match(folded) or _GREETING.match(folded):
            return "\n".join(fold(x) for x in lines[:i])
    return None


def names_sender(cs: CueSet, cls: str, letterhead: str) -> bool:
    """A start cue of this class (its letterhead: "Der Landrat", "Verwaltungsgericht") is in these lines."""
    if not letterhead:
        return False
    packed = compact(letterhead)
    for cue in cs.cues:
        if cue.cls != cls or not cue.start or cue.subject:
            continue
        if cue.phrase is not None and _phrase_positions(cue.phrase, letterhead, packed):
            return True
        if cue.pattern is not None and cue.pattern.search(letterhead):
            return True
    return False


def _letter_cap_chars(cs: CueSet, cleaned: str) -> int:
    if len(cleaned) <= cs.letter_cap_chars_foreign:
        return cs.letter_cap_chars_foreign  # short either way: no need to tell the language
    return cs.letter_cap_chars if text_language(cleaned) in ("de", "und") else cs.letter_cap_chars_foreign


def _title_lines(cleaned: str) -> tuple[str, ...]:
    """Short lines of the upper two thirds of a page (folded): where a form's title stands.

    Unseen layouts put a long address block or a table of personal data above the title, so the
    title is not always within the first characters; it is still a short line of its own.
    """
    lines = [line for line in cleaned.split("\n") if line.strip()]
    upper = lines[: max(1, (2 * len(lines) + 2) // 3)]
    return tuple(
        fold(line)
        for line in upper
        if len(line) <= TITLE_MAX_CHARS and not _SENTENCE.match(fold(line.strip()))
    )


_SALUTATION = re.compile(
    r"(^|\s)(sehr geehrte|(sehr )?verehrte (frau|herr|damen|mitglieder|kommission)|guten tag\b|liebe (frau|herr|damen|mitglieder|kommission)|dear |good (morning|afternoon|evening)\b"
    r"|hello\b|to whom it may concern\b)"
)
# How a letter ends: its closing formula, a signature mark, or the place-and-date line under it; how a
# certificate or a court's order ends: its date of issue, the stamp, the judge's signature line.
CLOSING = re.compile(
    r"mit freundlichen grussen|freundliche grusse|hochachtungsvoll|unterschrift|^gez\.|kind regards|"
    r"best regards|yours (?:sincerely|faithfully)|^[a-z][a-z .\-]{1,30}, (den )?\d{1,2}\.\d{1,2}\.\d{2,4}$|"
    r"^(ausstellungsdatum|ausgestellt am|erstellt):? |^datum:? ?\d|\bstempel\b|^(der |die )?richter(/?in)?\b",
    re.M,
)


def letter_closes(text: str) -> bool:
    """Whether a letter or form ends on this page: a closing, a signature mark or a place-and-date line
    among its last lines."""
    lines = [fold(line) for line in text.split("\n") if line.strip()]
    return bool(CLOSING.search("\n".join(lines[-6:])))


# a mail's greeting: where a plain mail body turns to its reader (no salutation of a letter: a short
# "Guten Tag, anbei ..." is not held like a letter without a request)
_GREETING = re.compile(r"(^|\s)(hallo|guten tag|moin|servus)\b")
# a subject or reference line is no title; "Anlage 3: ..." is none either, "Anlagenverzeichnis" is one
_SUBJECT = re.compile(
    r"^(betreff|betr\.|re:|subject:|ihr zeichen|unser zeichen|az\.?|aktenzeichen|anlagen?\b)"
)
# a line that ends a sentence of several words ("Power of attorney and reports are attached.") is no title
_SENTENCE = re.compile(r"^(\S+\s+){4,}\S*[a-z]\.$")
_EDGE = re.compile(r"^[^\w§]+|[^\w.]+$")
# What frames a title without being its name: "Formblatt Härtefallantrag nach § 23a AufenthG" is titled
# "Härtefallantrag", "Vordruck: Vollmacht" is titled "Vollmacht".
_TITLE_FRAME = re.compile(
    r"^(?:formblatt|formular|vordruck|antragsformular)\s*[:\-–]?\s*"
    r"|\s*[(\[]?\s*(?:nach|gemass|gem\.|im sinne de[sr]|i\.\s?s\.\s?d\.)?\s*§+\s*\d+\s?[a-z]?\b"
    r"(?:\s*(?:abs\.|absatz)\s*\d+)?\s*(?:aufenthg|aufenthaltsgesetz(?:es)?|hfkvo)?\s*[)\]]?\s*$"
)


# (?![a-z]): "re" is a prefix of "Re: ...", not of "Request for ..." (folded "requst")
_SUBJECT_PREFIX = re.compile(r"^(betreff|betr\.|hier|re|subject|gegenstand|wegen)(?![a-z])\s*:?\s*")
SUBJECT_MAX_CHARS = 120  # a subject line above the salutation may be long ("hier: Antrag auf Erteilung ...")
SUBJECT_LETTER_LINES = 30  # a salutation further down is the salutation of no letter head


def _subject_lines(cleaned: str, title_lines: int) -> tuple[str, ...]:
    """Where a page says what it is, folded, a "Betreff:"/"hier:" prefix removed: in a letter every
    line above the salutation (letterhead, address, date, references, subject); elsewhere the first
    title_lines lines that do not continue a wrapped sentence."""
    lines = [line for line in cleaned.split("\n") if line.strip()]
    folded = [_EDGE.sub("", fold(line)) for line in lines]
    for i, line in enumerate(folded[:SUBJECT_LETTER_LINES]):
        if _SALUTATION.match(line):
            return tuple(_SUBJECT_PREFIX.sub("", f) for f in folded[:i] if len(f) <= SUBJECT_MAX_CHARS)
    out = []
    previous = ""
    for raw, line in zip(lines[:title_lines], folded[:title_lines], strict=True):
        after_long = len(previous) > TITLE_MAX_CHARS
        previous = raw
        if not after_long and len(raw) <= SUBJECT_MAX_CHARS:
            out.append(_SUBJECT_PREFIX.sub("", line))
    return tuple(out)


def _addressed_to(pattern: re.Pattern[str], cleaned: str) -> bool:
    """The page's letter head (the lines above the salutation, else its first lines) names this
    addressee: a "Request for ..." to the Hardship Commission is the application, not a request elsewhere."""
    return any(pattern.search(line) for line in _subject_lines(cleaned, 12))


def _subject(cs: CueSet, cleaned: str) -> tuple[Cue, str] | None:
    """The topmost `subject` cue that opens a subject line, with that line. A pattern sees the line
    and, after " // ", the next one: a subject wraps ("Antrag auf Erteilung einer Aufenthaltserlaubnis
    // nach § 23a AufenthG"), and a pattern may look ahead to exclude the Härtefall itself."""
    subject_cues = [cue for cue in cs.cues if cue.subject]
    if not subject_cues:
        return None
    lines = _subject_lines(cleaned, cs.title_lines)
    for i, first in enumerate(lines):
        line = first + (" // " + lines[i + 1] if i + 1 < len(lines) else "")
        for cue in subject_cues:
            if cue.phrase is not None:
                if line.startswith(cue.phrase):
                    return cue, first
            elif cue.pattern is not None and cue.pattern.match(line):
                return cue, first
    return None


# An item of a list: "(5) Lebenslauf", "4. Arbeitsnachweise", "- Kopie der Duldung"
_LIST_ITEM = re.compile(r"^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-–•*])[ \t]+\S")


def _own_title_lines(cleaned: str, count: int) -> tuple[str, ...]:
    """The first short lines of a page, folded, framing ("| VOLLMACHT |") and OCR digit-letters
    ("Vo11macht") repaired: where a document states what it is. Where several of them are items of
    a list (an application's enclosures running on to its last page: "(4) Arbeitsnachweise" /
    "(5) Lebenslauf"), an item names an enclosure, not the page."""
    lines = [line for line in cleaned.split("\n") if line.strip()][:count]
    listed = sum(1 for line in lines if _LIST_ITEM.match(line)) >= 2
    out = []
    previous = ""  # a line after a long line is the wrapped end of a sentence, not a title
    seen = 0
    for line in cleaned.split("\n"):
        if not line.strip():
            previous = ""
            continue
        seen += 1
        if seen > count:
            break
        # (a line after a long line, or after one that ends in a semicolon, is the wrapped end of a
        # sentence or list: "Anbei: Kopie der Duldung; Vollmacht;" / "Datenschutzerklärung.")
        after_long = len(previous) > TITLE_MAX_CHARS or previous.rstrip().endswith(";")
        previous = line
        if len(line) > TITLE_MAX_CHARS or after_long or line.rstrip().endswith("?"):
            continue  # (a question is no title: "Gibt es eine Vollmacht?")
        if listed and _LIST_ITEM.match(line):
            continue
        folded = ocr_letters(_EDGE.sub("", fold(line)))
        if folded and not _SUBJECT.match(folded) and not _SENTENCE.match(fold(line.strip())):
            out.append(_TITLE_FRAME.sub("", folded) or folded)
    return tuple(out)


def _own_title(cs: CueSet, lines: tuple[str, ...], salutation: bool) -> str | None:
    """The class named by the topmost title line. A letter (salutation) has a subject line, no
    title: there only an antrag title counts ("Härtefallantrag für Frau X"), a form title does not
    ("Betreff: Vollmacht" forwards a form)."""
    for line in lines:
        for cue in cs.cues:
            if not cue.title or (salutation and cue.cls not in cs.form_capped):
                continue
            if _is_own_title(cue, (line,)):
                return cue.cls
    return None


def _is_own_title(cue: Cue, titles: tuple[str, ...]) -> bool:
    """The cue phrase opens a title line, or ends it as the last part of a compound
    ("Verfahrensvollmacht", "Mandatsvereinbarung und Vollmacht")."""
    if cue.phrase is None:
        return False
    if any(line.startswith(cue.phrase) or line.endswith(cue.phrase) for line in titles):
        return True
    if len(cue.phrase) < 9:
        return False
    packed = _packed_phrase(cue.phrase)  # a title split by OCR: "Här tefallantrag"
    return any(compact(line).startswith(packed) or compact(line).endswith(packed) for line in titles)


def _is_title(cue: Cue, titles: tuple[str, ...]) -> bool:
    if cue.phrase is None or not titles:
        return False
    return any(line.startswith(cue.phrase) or line.endswith(cue.phrase) for line in titles)


def best_class(scores: dict[str, float], min_score: float | None = None) -> tuple[str, float, float]:
    """(class, top score, runner-up score); "sonstiges" when nothing reaches min_score."""
    if min_score is None:
        min_score = default_cues().min_score
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    top_cls, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top < min_score:
        return "sonstiges", max(top, 0.0), 0.0
    return top_cls, top, max(second, 0.0)


def confidence(top: float, second: float, cls: str) -> float:
    """0..1 from the strength of the winner and its margin over the runner-up."""
    if cls == "sonstiges" and top <= 0:
        return 0.3  # nothing recognised: "sonstiges" by default, worth a look
    strength = 1.0 - math.exp(-max(top, 0.0) / 3.5)
    margin = (top - second) / top if top > 0 else 0.0
    return round(max(0.0, min(1.0, strength * (0.45 + 0.55 * margin))), 2)
