"""Settings: defaults, overrides, and clear errors for wrong keys."""

import pytest

from hfk.settings import SettingsError, load_settings


def test_defaults_are_complete():
    settings = load_settings(None)
    assert settings.ingest["languages"] == "deu+eng"
    assert settings.ingest["cache_dir"] is None
    assert settings.classify["review_threshold"] == 0.6
    assert settings.letter["deadline_weeks"] == 4
    assert settings.rules_file is None


def test_file_overrides_single_keys(tmp_path):
    config = tmp_path / "hfk.toml"
    config.write_text("[letter]\ndeadline_weeks = 6\n[ingest]\nocr_timeout_s = 30\n", encoding="utf-8")
    settings = load_settings(config)
    assert settings.letter["deadline_weeks"] == 6
    assert settings.ingest["ocr_timeout_s"] == 30
    assert settings.ingest["languages"] == "deu+eng"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[letter]\ndeadline_wochen = 6\n", "Unbekannte Einstellung 'letter.deadline_wochen'"),
        ("[letter]\ndeadline_weeks = 'vier'\n", "muss eine Zahl sein"),
        ("letter = 3\n", "muss ein Abschnitt"),
        ("[letter\n", "kein gültiges TOML"),
    ],
)
def test_wrong_settings_are_explained(tmp_path, text, message):
    config = tmp_path / "hfk.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(config)


def test_missing_file_is_explained(tmp_path):
    with pytest.raises(SettingsError, match="nicht gefunden"):
        load_settings(tmp_path / "nope.toml")
