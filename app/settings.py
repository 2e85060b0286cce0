"""Settings: one TOML file with documented defaults (settings.default.toml)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULTS_FILE = Path(__file__).with_name("settings.default.toml")


class SettingsError(Exception):
    """The settings file cannot be used; the message says which key and why."""


@dataclass
class Settings:
    quarantine_dir: str = ""
    rules_file: str | None = None
    ingest: dict = field(default_factory=dict)
    classify: dict = field(default_factory=dict)
    letter: dict = field(default_factory=dict)
    store: dict = field(default_factory=dict)  # [store]: url, dir (resolved, never empty)
    mail: dict = field(default_factory=dict)  # [mail]: the IMAP poller
    scan: dict = field(default_factory=dict)  # [scan]: the scan/fax folder
    privacy: dict = field(default_factory=dict)  # [privacy]: retention_days after a case is closed
    web: dict = field(default_factory=dict)  # [web]: login throttling of `hfk serve`
    source: str = ""  # which file(s) were read


def _merge(base: dict, override: dict, where: str) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if key not in base:
            raise SettingsError(f"Unbekannte Einstellung '{where}{key}'. Erlaubt: {', '.join(sorted(base))}")
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise SettingsError(f"Einstellung '{where}{key}' muss ein Abschnitt [{key}] sein.")
            merged[key] = _merge(base[key], value, f"{where}{key}.")
        else:
            if isinstance(base[key], (int, float)) and not isinstance(base[key], bool):
                if not isinstance(value, (int, float)) or isinstance(value, bool):
                    raise SettingsError(f"Einstellung '{where}{key}' muss eine Zahl sein, nicht {value!r}.")
            elif isinstance(base[key], str) and not isinstance(value, str):
                raise SettingsError(f"Einstellung '{where}{key}' muss Text sein, nicht {value!r}.")
            merged[key] = value
    return merged


def load_settings(path: str | os.PathLike | None = None) -> Settings:
    """Defaults, overridden by the given file or by $HFK_CONFIG."""
    raw = tomllib.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))
    sources = [str(DEFAULTS_FILE)]
    path = path or os.environ.get("HFK_CONFIG") or None
    if path:
        p = Path(path)
        if not p.is_file():
            raise SettingsError(f"Einstellungsdatei {p} nicht gefunden.")
        try:
            override = tomllib.loads(p.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"Einstellungsdatei {p} ist kein gültiges TOML: {exc}") from exc
        raw = _merge(raw, override, "")
        sources.append(str(p))

    ingest = dict(raw["ingest"])
    ingest["cache_dir"] = ingest["cache_dir"] or None
    letter = dict(raw["letter"])
    letter["template"] = letter["template"] or None
    store = dict(raw["store"])
    store["dir"] = store["dir"] or os.environ.get("HFK_STORE_DIR") or str(Path.home() / ".local/share/hfk")
    return Settings(
        quarantine_dir=raw["quarantine_dir"],
        rules_file=raw["rules_file"] or None,
        ingest=ingest,
        classify=dict(raw["classify"]),
        letter=letter,
        store=store,
        mail=dict(raw["mail"]),
        scan=dict(raw["scan"]),
        privacy=dict(raw["privacy"]),
        web=dict(raw["web"]),
        source=" + ".join(sources),
    )
