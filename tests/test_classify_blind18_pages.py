"""Page shapes of blind18 (seen after its blind run), written anew for these tests. The "befugnis" case is
a guard: this clean text was read right before; the faxed original was not."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_case import one_type  # noqa: E402  (the one document a page comes out as)

QUESTIONNAIRE = """Fragebogen für einen Antrag an die Härtefallkommission NRW
Bitte gut lesbar ausfüllen. Der ausgefüllte Bogen gilt als Antrag nach § 23a AufenthG und geht an:
Geschäftsstelle der Härtefallkommission, Völklinger Str. 4, 40219 Düsseldorf.

1. Wer schreibt diesen Antrag? (Name, Anschrift, Telefon)
Adeyemi Tunde, Kölner Straße 12, 47053 Duisburg
2. Für wen gilt der Antrag? Jede Person mit Name, Vorname, Geburtstag, Geburtsort,
Staatsangehörigkeit
Adeyemi Tunde 3.4.1984 Ibadan nigerianisch (ich)
3. Hilft Ihnen jemand? Gibt es eine Vollmacht?
nein, ich mache das selbst
4. Welche Ausländerbehörde ist zuständig?
Stadt Duisburg - Ausländerbehörde
5. Warum ist eine Rückkehr für Sie nicht zumutbar (auch Krankheiten)?
Ich lebe seit elf Jahren hier, arbeite als Lagerist und habe in Nigeria niemanden mehr.

Ort, Datum: Duisburg, 13.8.2025
Unterschrift
Tunde Adeyemi
"""

SUMMONS = """Landeshauptstadt Düsseldorf
Amt für Migration und Integration
Am Markt 5 · 40213 Düsseldorf

Herr Samuel Boateng
Talstraße 7
40217 Düsseldorf

Düsseldorf, 19. März 2025
Passpflicht – Vorladung mit Unterlagen

Nach §§ 48, 82 AufenthG müssen Sie dabei helfen, einen gültigen Pass Ihres Heimatstaates
zu bekommen. Bitte sprechen Sie bis zum 16.04.2025 mit folgenden Unterlagen vor:
– Geburtsurkunde oder Personalausweis des Herkunftsstaates
– zwei biometrische Passbilder
Werden Sie nicht tätig, kann dies ausländerrechtliche Folgen haben.
Mit freundlichen Grüßen
Im Auftrag
Krüger
"""

GESTATTUNG = """Bescheinigung über die Aufenthaltsgestattung

Kein Aufenthaltstitel · kein Ausweisersatz

Name: SALEH
Vorname(n): Rana
geb. am: 10.06.1999
StA: syrisch

Solange das Asylverfahren läuft, darf die Person sich hier aufhalten (§ 55 AsylG).
Behörde: Stadt Herne – Ausländerbüro
Ausgestellt am 31.07.2024 · verlängert bis 31.10.2024
"""

RECOMMENDATION = """Bäckerei Lindner GmbH
Geschäftsführung

24. Juni 2024
Empfehlung für Herrn Kwame Asante

Sehr geehrte Damen und Herren,
als Inhaber möchte ich mich für Kwame Asante einsetzen. Gute Leute sind in unserem Handwerk
schwer zu finden; er ist einer der verlässlichsten im Team.
Für Rückfragen bin ich persönlich erreichbar.
Freundliche Grüße
Heike Lindner
"""

AUTHORITY = """Beratungsstelle Nordlicht
Lessingstraße 4 · 45326 Essen

Auftrag und Vertretungsbefugnis

Ich, Rojin Demir, geb. 06.10.1983, Lindenweg 6, 47805 Krefeld, gebe den Auftrag und die Befugnis an
Annette Franke (Beratungsstelle Nordlicht), mich in folgenden Angelegenheiten zu vertreten:
[x] Antrag an die Härtefallkommission NRW und alle damit zusammenhängenden Schreiben
[x] Schriftverkehr mit der Ausländerbehörde
Ich kann die Vollmacht jederzeit schriftlich zurücknehmen.

Krefeld, 06.07.2025
Unterschrift Vollmachtgeber/in
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (QUESTIONNAIRE, "antrag"),
        (SUMMONS, "auslaenderbehoerde"),
        (GESTATTUNG, "auslaenderbehoerde"),
        (RECOMMENDATION, "unterstuetzerschreiben"),
        (AUTHORITY, "vollmacht"),
    ],
    ids=[
        "question-names-vollmacht",
        "passport-summons",
        "gestattung-auslaenderbuero",
        "employer",
        "befugnis",
    ],
)
def test_page_class(text: str, expected: str) -> None:
    assert one_type(text) == expected
