"""A counselling service's letter that lays the case before the commission ("legen wir den Fall der
Kommission vor", "Betr.: Eingabe nach § 23a AufenthG") is the application, also where it names the
Duldung, § 60a and the Ausländerbehörde on the way (session 13)."""

from hfk.classify.nlp import default_scorer
from hfk.classify.pages import best_class

LETTER = (
    "Flüchtlingsberatung Ostwestfalen\nAm Bach 4\n33602 Bielefeld\n\n"
    "Geschäftsstelle der Härtefallkommission\nVölklinger Str. 4\n40219 Düsseldorf\n\n"
    "Betr.: Eingabe nach § 23a AufenthG – Familie Sesay\nhier: Schreiben vom 2. Mai 2025\n\n"
    "Sehr geehrte Damen und Herren,\n"
    "die unten genannten Ratsuchenden begleiten wir seit Jahren. In ihrem Auftrag legen wir den Fall "
    "der Kommission vor.\n"
    "Antragsteller: Musa SESAY (* 1.1.1990 in Bo; sierra-leonisch)\n"
    "Zum aufenthaltsrechtlichen Stand: Er hat nur eine Duldung nach § 60a AufenthG (zuständige Stelle: "
    "Ausländerbehörde der Stadt Bielefeld).\n"
    "Zu den dringenden Gründen: Eine Rückkehr ist ihm nicht zuzumuten.\n\n"
    "Mit freundlichen Grüßen\n"
)


def _best(text: str) -> str:
    return best_class(default_scorer().score(text).scores)[0]


def test_letter_laying_the_case_before_the_commission_is_the_application():
    assert _best(LETTER) == "antrag"


def test_a_letter_of_the_authority_about_the_duldung_stays_its_own():
    authority = (
        "Stadt Bielefeld – Ausländerbehörde\n\nHerrn Musa Sesay\nAm Bach 9\n33602 Bielefeld\n\n"
        "Ordnungsverfügung\n\nSehr geehrter Herr Sesay,\nIhre Duldung nach § 60a AufenthG wird bis zum "
        "30.06.2025 verlängert. Die Abschiebung bleibt ausgesetzt.\n\nIm Auftrag\n"
    )
    assert _best(authority) == "auslaenderbehoerde"
