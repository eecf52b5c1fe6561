"""The window's settings in an ini file inside the data directory, so --data-dir isolates all."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QLocale, QSettings

from vtviewer.core.ocr import DEFAULT_LANGUAGES, OcrSettings
from vtviewer.paths import DataPaths

LANGUAGES: tuple[str, ...] = ("nb", "en")
THEMES: tuple[str, ...] = ("system", "light", "dark")
#: Environment overrides, for screenshots and tests: VTVIEWER_LANG=nb|en, VTVIEWER_THEME=...
ENV_LANG = "VTVIEWER_LANG"
ENV_THEME = "VTVIEWER_THEME"


def system_language() -> str:
    """Bokmål for Norwegian systems (nb, nn and no all read bokmål well), else English."""
    name = QLocale.system().name().lower()
    return "nb" if name[:2] in ("nb", "nn", "no") else "en"


class Settings:
    """Typed access to the QSettings the window keeps."""

    def __init__(self, paths: DataPaths) -> None:
        paths.root.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(paths.root / "settings.ini"), QSettings.Format.IniFormat)

    @property
    def qsettings(self) -> QSettings:
        return self._qs

    def sync(self) -> None:
        self._qs.sync()

    # --- language and theme ------------------------------------------------------------

    def language_setting(self) -> str:
        """ "" (follow the system), "nb" or "en", as chosen in the Settings dialog."""
        value = str(self._qs.value("ui/language", "") or "")
        return value if value in LANGUAGES else ""

    def set_language_setting(self, value: str) -> None:
        self._qs.setValue("ui/language", value if value in LANGUAGES else "")

    def language(self) -> str:
        env = os.environ.get(ENV_LANG, "")
        if env in LANGUAGES:
            return env
        return self.language_setting() or system_language()

    def theme_setting(self) -> str:
        value = str(self._qs.value("ui/theme", "system") or "system")
        return value if value in THEMES else "system"

    def set_theme_setting(self, value: str) -> None:
        self._qs.setValue("ui/theme", value if value in THEMES else "system")

    def theme(self) -> str:
        env = os.environ.get(ENV_THEME, "")
        return env if env in THEMES else self.theme_setting()

    # --- text recognition ----------------------------------------------------------------

    def ocr(self) -> OcrSettings:
        """Whether indexing recognises scanned pages, and in which languages."""
        enabled = str(self._qs.value("ocr/enabled", "true")).lower() not in ("false", "0")
        raw = str(self._qs.value("ocr/languages", "") or "")
        languages = tuple(lang for lang in raw.split("+") if lang.isidentifier())
        return OcrSettings(enabled=enabled, languages=languages or DEFAULT_LANGUAGES)

    def set_ocr(self, enabled: bool, languages: tuple[str, ...]) -> None:
        self._qs.setValue("ocr/enabled", "true" if enabled else "false")
        self._qs.setValue("ocr/languages", "+".join(languages or DEFAULT_LANGUAGES))

    # --- window state --------------------------------------------------------------------

    def state(self, key: str) -> QByteArray | None:
        value = self._qs.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(f"window/{key}", value)
