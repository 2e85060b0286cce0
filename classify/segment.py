"""Split the pages of one file into runs of pages that form one logical document each."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hfk.classify.fields import file_number, page_numbering
from hfk.classify.model import DOCUMENT_TYPES
from hfk.classify.normalize import PAGE_LINE, fold
from hfk.classify.pages import CueSet, PageScore, PageScorer, best_class, letter_closes, names_sender
from hfk.ingest.model import Page, SourceFile

# Classes whose documents are short forms/certificates: the same title on the next page is a new
# document (two Vollmachten, two payslips), not a continuation.
SPLIT_SAME_CLASS = {
    "vollmacht",
    "schweigepflichtsentbindung",
    "datenschutzeinwilligung",
    "identitaetsnachweis",
    "sprachnachweis",
    "schulnachweis",
    "arbeitsnachweis",
    "unterstuetzerschreiben",
}

# Long documents whose later pages may quote a title and a date (a decision citing the application,
# a letter of request with a dated section); numbering and file numbers link their pages instead.
_RUN_ON_CLASSES = {"antrag", "bamf_bescheid", "gerichtsentscheidung", "auslaenderbehoerde", "strafrecht"}

# The forms an application encloses: a page that declares their act in its head opens one.
_FORMS = {"vollmacht", "schweigepflichtsentbindung", "datenschutzeinwilligung"}
# Papers whose first-page cue is their sender ("Verwaltungsgericht", "Ausländerbehörde"), which an
# application names in its story as well.
_SENDER_CLASSES = {"gerichtsentscheidung", "auslaenderbehoerde", "bamf_bescheid", "strafrecht"}
# A letterhead or title line: "Verwaltungsgericht Düsseldorf", "Stadt Köln - Ausländerbehörde -".
_SHORT_LINE_WORDS = 5

_SALUTATION = re.compile(r"\b(sehr geehrte|(sehr )?verehrte |liebe |guten tag\b|hallo\b|dear |an die )")
_DATE_LINE = re.compile(r"(^|\n|\s)[a-z][a-z .\-]{1,30}, (den )?\d{1,2}\.|datum:? ?\d{1,2}\.")
# Stricter: a line of its own ("Köln, den 12.03.2025") or "Datum: ..." (not "Geburtsdatum: ...").
# A date alone on its line ("15.01.2025", "3. März 2025") is a letter's date as well, and so is a month with
# its place ("Bremen, im September 2024").
_HEAD_DATE = re.compile(
    r"^[a-z][a-z .\-]{1,30}, (den )?\d{1,2}\.\d{1,2}\.\d{2,4}$|\bdatum:? ?\d{1,2}\.\d"
    r"|^(den )?\d{1,2}\. ?\d{1,2}\. ?\d{2,4}$"
    r"|^([a-z][a-z .\-]{1,30}, )?(den )?\d{1,2}\. ?(januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember) \d{4}$"
    # "Bremen, im September 2024 (25.09.2024)"
    r"|^[a-z][a-z .\-]{1,30}, im (januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)"
    r" \d{4}( ?\(\d{1,2}\.\d{1,2}\.\d{2,4}\))?$"
)

# A list of enclosures titled as such (a fax's transmission line may stand above it)
_ENCLOSURE_TITLE = re.compile(r"\W*(anlagenverzeichnis|anlagenubersicht|verzeichnis der anlagen)\b")


@dataclass
class PageInfo:
    page: Page
    score: PageScore
    numbering: tuple[int, int] | None
    letter_start: bool
    file_number: str | None = None
    ends_document: bool = False  # closes with a signature, "Unterschrift" or a place-and-date line
    head_date: bool = False  # a place-and-date or "Datum:" line in the page head: a first page's mark
    enclosure_list: bool = False  # titled as a list of enclosures ("Anlagenverzeichnis")
    # The page breaks off inside a sentence ("... Urteil bzw. Beschluss"), or goes on with one ("des
    # Verwaltungsgerichts; ..."): together, two pages of one text.
    ends_mid_sentence: bool = False
    opens_mid_sentence: bool = False


def analyse_page(page: Page, scorer: PageScorer, cues: CueSet) -> PageInfo:
    text = page.text or ""
    score = scorer.score(text) if page.source != "none" else scorer.score("")
    folded = fold(text)
    folded_lines = [fold(line) for line in text.split("\n") if line.strip()]
    lines = [line.strip() for line in text.split("\n") if line.strip() and not PAGE_LINE.match(line.strip())]
    head = folded[: cues.head_chars]
    salutation = _SALUTATION.search(folded[: max(200, int(len(folded) * 0.6))])
    letter_start = bool(salutation and (_DATE_LINE.search(head) or re.search(r"\b\d{5} [a-z]", head)))
    return PageInfo(
        page=page,
        score=score,
        numbering=page_numbering(text),
        letter_start=letter_start,
        # only a number in the page header (repeated on every page of a decision) links pages
        file_number=file_number("\n".join(text.strip().split("\n")[:5])),
        ends_document=letter_closes(text),
        head_date=_head_date(folded_lines, cues.head_chars),
        enclosure_list=any(_ENCLOSURE_TITLE.match(line) for line in folded_lines[: cues.title_lines]),
        ends_mid_sentence=bool(lines and _BREAKS_OFF.search(lines[-1])),
        opens_mid_sentence=bool(lines and _GOES_ON.match(lines[0])),
    )


# A text line that stops inside a sentence: it ends in a word or a comma/semicolon, and is long (a
# signature's name or a short heading also ends in a word). The next page then opens with a word in
# lower case: "des Verwaltungsgerichts; ärztliche Bescheinigung ...". Short words only from a list:
# OCR reads specks at a page's top as short lower-case "words" ("a ıs", "hy").
_BREAKS_OFF = re.compile(r"^.{40,}[^\W\d_][,;]?$")
_GOES_ON = re.compile(
    r"^(?:und|der|die|das|des|dem|den|ein|zu|zur|zum|von|vom|in|im|mit|bei|für|auf|aus|wie|als|ist|war|hat|bis"
    r"|[a-zäöüß]{4,}[,;]?)\s"
)


def _head_date(folded_lines: list[str], head_chars: int) -> bool:
    seen = 0
    for line in folded_lines:
        if _HEAD_DATE.search(line.strip()):
            return True
        seen += len(line) + 1
        if seen > head_chars:
            return False
    return False


def run_scores(run: list[PageInfo], cues: CueSet) -> dict[str, float]:
    """Class scores of a run: the first page counts fully, later pages less (they repeat less)."""
    total = {c: 0.0 for c in DOCUMENT_TYPES}
    for i, info in enumerate(run):
        weight = 1.0 if i == 0 else cues.later_page_weight
        for cls, value in info.score.scores.items():
            total[cls] += weight * value
    return total


def _continues_numbering(run: list[PageInfo], numbering: tuple[int, int]) -> bool:
    x, y = numbering
    for info in reversed(run):
        if info.numbering:
            px, py = info.numbering
            return py == y and px < x <= px + 2  # a gap of one missing page still continues
    return False


def open_letter(run: list[PageInfo]) -> bool:
    """A letter whose first page, read alone, looked like a cover letter that requests nothing (its
    antrag score held), but that does not close on that page: its request may follow overleaf."""
    first = run[0]
    return (
        len(run) == 1
        and first.letter_start
        and not first.ends_document
        and "antrag" in first.score.capped
        and not first.score.form_page
    )


def _letter_goes_on(info: PageInfo, cues: CueSet) -> bool:
    """A page that opens nothing of its own (no letter start, date line, title or form) and either carries
    the application's request or no first-page cue of another paper."""
    kind = best_class(info.score.scores, cues.min_score)[0]
    return (
        not info.letter_start
        and not info.head_date
        and info.score.title is None
        and not info.score.form_page
        and (kind == "antrag" or info.score.start.get(kind, 0.0) < cues.start_score)
    )


def _start_line(info: PageInfo, cls: str, cues: CueSet) -> bool:
    """A first-page cue of the class stands in a short line of the page head (a letterhead, a title), not
    only inside a sentence ("Das Verwaltungsgericht Gelsenkirchen wies die Klage mit Urteil ab")."""
    short: list[str] = []
    seen = 0
    for line in (info.page.text or "").split("\n"):
        if seen > cues.head_chars:
            break
        seen += len(line) + 1
        if line.strip() and len(line.split()) <= _SHORT_LINE_WORDS:
            short.append(fold(line))
    return names_sender(cues, cls, "\n".join(short))


def split_file(source: SourceFile, scorer: PageScorer, cues: CueSet) -> list[list[PageInfo]]:
    """Runs of pages of one file; every page ends up in exactly one run."""
    runs: list[list[PageInfo]] = []
    current: list[PageInfo] = []
    for page in source.pages:
        info = analyse_page(page, scorer, cues)
        if not current:
            current = [info]
            continue
        if info.score.blank:
            current.append(info)  # a blank page (back side of a scan) belongs where it lies
            continue
        if _starts_new(current, info, cues):
            runs.append(current)
            current = [info]
        else:
            current.append(info)
    if current:
        runs.append(current)
    return runs


def _starts_new(current: list[PageInfo], info: PageInfo, cues: CueSet) -> bool:
    if info.numbering:
        if info.numbering[0] == 1:
            return True
        if _continues_numbering(current, info.numbering):
            return False
    if all(p.score.blank for p in current):
        return True  # leading blank pages: let the first real page decide
    last = next(p for p in reversed(current) if not p.score.blank)
    if last.ends_mid_sentence and info.opens_mid_sentence:
        return False  # the sentence the last page broke off goes on here
    if last.numbering and last.numbering[0] == last.numbering[1]:
        return True  # "Seite 3 von 3" was the last page of its document
    if open_letter(current) and _letter_goes_on(info, cues):
        return False  # the letter goes on: its request may stand on this page ("Ich beantrage daher ...")
    if info.enclosure_list and best_class(run_scores(current, cues), cues.min_score)[0] == "antrag":
        # the application's list of its enclosures on a page of its own after it; without an
        # application before it, its title makes it a paper of its own (sonstiges)
        return False
    page_kind = best_class(info.score.scores, cues.min_score)[0]
    same_number = info.file_number and any(p.file_number == info.file_number for p in current)
    if same_number and not info.letter_start and info.score.start.get(page_kind, 0.0) < cues.start_score:
        return False  # the same Gesch.-Z./Aktenzeichen in the page header and no new title: same decision
    current_type = best_class(run_scores(current, cues), cues.min_score)[0]
    page_type, page_top, _ = best_class(info.score.scores, cues.min_score)
    if (
        current_type in SPLIT_SAME_CLASS
        and current[-1].ends_document
        and current_type not in info.score.evidence
    ):
        # A signed form is over; a page without a word of that form after it (an unknown
        # certificate, a letter) is something new, not the form's second page.
        return True
    if page_top < cues.min_score:
        # Few cues: a continuation page, unless it is the start of some new letter.
        return info.letter_start and page_top >= cues.min_score / 2 and current_type != "sonstiges"
    start_strength = info.score.start.get(page_type, 0.0)
    previous_closed = current[-1].ends_document
    if (
        current_type == "antrag"
        and page_type != current_type
        and not previous_closed
        and not info.letter_start
        and not info.head_date
        and info.score.title is None
        and (
            start_strength < cues.start_score
            or (page_type in _SENDER_CLASSES and not _start_line(info, page_type, cues))
        )
        and page_type not in info.score.decided
        and not (info.score.form_page and page_type in _FORMS)
    ):
        # An application runs on: its later pages tell of the court case, the illness or the school,
        # and ask for an acknowledgement. A page of another paper opens with its own title, letterhead
        # or date, speaks as that paper (a Tenor), or follows a signed last page. A court or an
        # authority named in a sentence at the top of the page is the story, not a letterhead; a form
        # that declares its act in its head is a paper of its own.
        return False
    if page_type != current_type:
        if start_strength >= cues.start_score or info.letter_start:
            return True
        own = info.score.scores.get(current_type, 0.0)
        if (
            info.head_date
            and page_top >= cues.min_score
            and (current_type not in _RUN_ON_CLASSES or own < cues.min_score / 2)
        ):
            # A date line in the head is a first page's mark; a certificate, a CV or an identity
            # paper does not repeat one on its second page, and this page reads as another paper.
            # A decision or a Strafbefehl may date a later page, but that page still reads as it.
            return True
        if current_type in SPLIT_SAME_CLASS and page_top >= 2 * cues.min_score:
            return True  # forms and certificates rarely run on; a clear other page is a new document
        if info.score.form_page and page_type in _FORMS and page_top >= 2 * cues.min_score:
            # a form that declares its act in its head (a consent, a release) is a paper of its own
            return True
        if previous_closed and page_top >= 2 * cues.min_score:
            return True
        if (
            current_type not in _RUN_ON_CLASSES
            and page_top >= 2 * cues.min_score
            and own < cues.min_score / 2
        ):
            # A clear page of another paper with next to nothing of this one: a short report, CV or
            # certificate does not turn into a support letter on its second page.
            return True
        return page_top >= cues.strong_page and page_top >= 2.5 * max(own, 1.0)
    # Same class as the current document.
    if info.letter_start and page_type in SPLIT_SAME_CLASS | {"aerztliches_gutachten"}:
        return True
    if previous_closed and start_strength >= cues.start_score and page_type != "antrag":
        return True  # the last page was signed, this one opens with a title: a second document
    if previous_closed and info.head_date and page_type in SPLIT_SAME_CLASS:
        return True  # a signed certificate, then a page dated in its head: the next certificate
    if info.head_date and start_strength >= cues.start_score and page_type not in _RUN_ON_CLASSES:
        # A title and a date line in the head open a document (two Atteste of one practice, two
        # certificates); a second page repeats at most a running header, not title and date.
        return True
    return page_type in SPLIT_SAME_CLASS and start_strength >= 1.5 * cues.start_score
