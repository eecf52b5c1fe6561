"""What Tesseract recognised, kept by content hash, page, Tesseract version, languages and
resolution in the data folder: outside the index, so a rebuild recognises nothing again."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from vtviewer.core.index import words_from_json, words_to_json
from vtviewer.core.jsonfile import write_json
from vtviewer.core.ocr import OcrPage

log = logging.getLogger(__name__)


class OcrCache:
    """One JSON file per content hash (``ab/abcdef….json``) holding, per recognition
    setup ("5.3.0|nor+eng|300"), each page recognised. Changes are kept in memory until
    ``flush``; a file that cannot be read is recognised again, never an error."""

    def __init__(self, folder: Path, version: str, languages: tuple[str, ...], dpi: int) -> None:
        self.folder = folder
        self.key = f"{version}|{'+'.join(languages)}|{dpi}"
        self._loaded: dict[str, dict[str, Any]] = {}
        self._dirty: set[str] = set()

    def _file(self, content: str) -> Path:
        return self.folder / content[:2] / f"{content}.json"

    def _entry(self, content: str) -> dict[str, Any]:
        if content not in self._loaded:
            data: dict[str, Any] = {}
            try:
                loaded = json.loads(self._file(content).read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    data = loaded
            except FileNotFoundError:
                pass
            except (OSError, ValueError) as error:
                log.warning("OCR cache for %s unreadable (%s); recognised again", content, error)
            self._loaded[content] = data
        return self._loaded[content]

    def get(self, content: str, page: int) -> OcrPage | None:
        pages = self._entry(content).get(self.key)
        item = pages.get(str(page)) if isinstance(pages, dict) else None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            return None
        return OcrPage(item["text"], words_from_json(json.dumps(item.get("words", []))))

    def put(self, content: str, page: int, result: OcrPage) -> None:
        pages = self._entry(content).setdefault(self.key, {})
        words = json.loads(words_to_json(result.words))
        pages[str(page)] = {"text": result.text, "words": words}
        self._dirty.add(content)

    def flush(self) -> None:
        """Write what changed; a cache that cannot be written costs time later, not text."""
        for content in sorted(self._dirty):
            try:
                write_json(self._file(content), self._loaded[content])
            except (OSError, UnicodeError) as error:
                log.warning("OCR cache for %s not written: %s", content, error)
        self._dirty.clear()
