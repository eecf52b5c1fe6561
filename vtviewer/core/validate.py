"""Every value checked before it is stored: clean text, years and dates in range, capped sizes.

What one file gives (its PDF, its sidecar, its catalog entry) passes through
``checked_extraction`` and ``checked_metadata`` on its way to the store and the full-text
index, so the two take every value they are given and never disagree: SQLite and tantivy
refuse lone surrogates, tantivy's u64 fields refuse negative and huge numbers (the date
and year fields are computed from ``period_from``/``published``), and a 60 MB summary or
200,000 tags would be stored and shown whole. Each function returns the checked value and
notes, short English sentences for the log, on what it changed.

The cleaning itself is ``text.clean_text``: the one rule, applied here to each field.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import unicodedata
from collections.abc import Mapping, Sequence

from vtviewer.core.model import (
    DOC_TYPES,
    MAX_YEAR,
    METADATA_FIELDS,
    MIN_YEAR,
    SOURCES,
    Contact,
    DocType,
    Extraction,
    Metadata,
    Source,
)
from vtviewer.core.text import clean_text, shorten

#: Characters of one value; a longer one is cut and ends in "…".
TITLE_CHARS = 500
ORGANISATION_CHARS = 300
SUMMARY_CHARS = 20_000
#: Each author, each tag.
NAME_CHARS = 200
CONTACT_FIELD_CHARS = 300
#: How many of a list are kept.
MAX_AUTHORS = 100
MAX_TAGS = 500
MAX_CONTACTS = 100
MAX_ATTACHMENTS = 200

#: Page text: characters per page and in all (about 16,000 dense pages); beyond these a
#: page is cut, later pages keep their number but lose their text.
PAGE_CHARS = 1_000_000
TEXT_CHARS = 50_000_000
#: More pages than any real document has; a /Count of 10**9 is clamped to this.
MAX_PAGES = 1_000_000
LABEL_CHARS = 100
OUTLINE_CHARS = 500
MAX_OUTLINE = 5_000
HEADING_CHARS = 1_000
#: PDF info and XMP: entries, and characters of a key and of a value (the summary is
#: read from one, so values may be as long as a summary).
MAX_INFO_ENTRIES = 200
INFO_KEY_CHARS = 100
INFO_VALUE_CHARS = SUMMARY_CHARS
ENGINE_CHARS = 20

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")


def checked_metadata(meta: Metadata) -> tuple[Metadata, tuple[str, ...]]:
    """``meta`` as the store and the full-text index take it, and notes on what changed.

    All text clean; years of the period from 1000 to 9999 (else dropped; an end before
    the start is dropped); dates valid YYYY-MM-DD (else ""); a known type (else
    "other"); a language code of two or three letters (else ""); long values cut, long
    lists shortened; ``sources`` only for known, non-empty fields. Attachments are paths:
    they keep their bytes, only their number is capped."""
    notes: list[str] = []
    period_from = _year(meta.period_from, "period start", notes)
    period_to = _year(meta.period_to, "period end", notes)
    if period_from is not None and period_to is not None and period_to < period_from:
        notes.append(f"period end {period_to} is before its start {period_from}; dropped")
        period_to = None
    doc_type: DocType = "other"
    if meta.doc_type in DOC_TYPES:
        doc_type = meta.doc_type
    else:
        notes.append(f"type {_shown(meta.doc_type)} is not one vtviewer knows; set to other")
    checked = Metadata(
        title=_text(meta.title, TITLE_CHARS, "title", notes),
        doc_type=doc_type,
        period_from=period_from,
        period_to=period_to,
        published=_date(meta.published, "published date", notes),
        modified=_date(meta.modified, "modified date", notes),
        organisation=_text(meta.organisation, ORGANISATION_CHARS, "organisation", notes),
        authors=_texts(meta.authors, NAME_CHARS, MAX_AUTHORS, "authors", notes),
        summary=_text(meta.summary, SUMMARY_CHARS, "summary", notes),
        language=_language(meta.language, notes),
        tags=_texts(meta.tags, NAME_CHARS, MAX_TAGS, "tags", notes),
        contacts=_contacts(meta.contacts, notes),
        attachments=_attachments(meta.attachments, notes),
        attached_to=next(iter(_attachments((meta.attached_to,), notes)), "")
        if meta.attached_to
        else "",
    )
    sources = _sources(meta, checked, notes)
    return dataclasses.replace(checked, sources=sources, overlay=meta.overlay), tuple(notes)


def checked_extraction(raw: Extraction) -> tuple[Extraction, tuple[str, ...]]:
    """``raw`` as the store and the full-text index take it, and notes on what changed.

    All text clean; each page at most PAGE_CHARS characters and all pages TEXT_CHARS;
    ``page_count`` at least the number of pages and at most MAX_PAGES; labels, outline,
    info and XMP cleaned and capped. Fast on clean text: one scan of each page."""
    notes: list[str] = []
    pages = _pages(raw.pages, notes)
    page_count = raw.page_count
    if isinstance(page_count, bool) or not isinstance(page_count, int):
        notes.append(f"page count {_shown(page_count)} is not a number; set to the pages read")
        page_count = len(pages)
    elif not len(pages) <= page_count <= MAX_PAGES:
        fixed = min(max(page_count, len(pages)), MAX_PAGES)
        notes.append(f"page count {_shown(page_count)} set to {fixed:,}")
        page_count = fixed
    labels = _texts(raw.page_labels, LABEL_CHARS, page_count, "page labels", notes, keep=True)
    checked = Extraction(
        page_count=page_count,
        pages=pages,
        page_labels=labels,
        info=_info(raw.info, "PDF info", notes),
        xmp=_info(raw.xmp, "XMP", notes),
        outline=_texts(raw.outline, OUTLINE_CHARS, MAX_OUTLINE, "outline", notes),
        encrypted=raw.encrypted is True,
        first_page_heading=_text(raw.first_page_heading, HEADING_CHARS, "heading", notes),
        text_engine=_text(raw.text_engine, ENGINE_CHARS, "text engine", notes),
        textless=tuple(
            sorted({n for n in raw.textless if isinstance(n, int) and 1 <= n <= len(pages)})
        ),
    )
    return checked, tuple(notes)


# --- text ------------------------------------------------------------------------------


def _cleaned(value: str, limit: int) -> tuple[str, bool, bool]:
    """``value`` cleaned and cut to ``limit`` characters; whether the cleaning changed
    more than the Unicode normalisation (no news: macOS writes NFD), and whether it was cut."""
    # A 60 MB summary is not cleaned whole to keep 20,000 characters of it; cleaning
    # mostly removes, so four times the limit leaves enough to cut from.
    head = value[: 4 * limit + 1]
    cleaned = clean_text(head)
    changed = cleaned is not head and unicodedata.normalize("NFC", head) != cleaned
    return shorten(cleaned, limit), changed, len(cleaned) > limit


def _text(value: object, limit: int, what: str, notes: list[str]) -> str:
    if not isinstance(value, str):
        notes.append(f"{what}: {_shown(value)} is not text; dropped")
        return ""
    text, changed, cut = _cleaned(value, limit)
    if changed:
        notes.append(f"{what}: control characters, lone surrogates or bidi overrides removed")
    if cut:
        notes.append(f"{what}: {len(value):,} characters cut to {limit:,}")
    return text


def _texts(
    values: object, limit: int, count: int, what: str, notes: list[str], keep: bool = False
) -> tuple[str, ...]:
    """Each of ``values`` cleaned and cut, empty ones dropped (unless ``keep``: page
    labels stand at their page's place), at most ``count`` of them."""
    found: list[str] = []
    changed = cut = dropped = 0
    for value in _items(values, count, what, notes):
        if not isinstance(value, str):
            dropped += 1
            continue
        text, was_changed, was_cut = _cleaned(value, limit)
        changed += was_changed
        cut += was_cut
        if text or keep:
            found.append(text)
    if not keep:
        found = list(dict.fromkeys(found))  # cleaning may have made two the same
    _tally(what, limit, changed, cut, dropped, notes)
    return tuple(found)


def _items(values: object, count: int, what: str, notes: list[str]) -> Sequence[object]:
    """The first ``count`` of a list; nothing (with a note) for anything else."""
    if not isinstance(values, tuple | list):
        notes.append(f"{what}: {_shown(values)} is not a list; dropped")
        return ()
    if len(values) > count:
        notes.append(f"{what}: {len(values):,} cut to the first {count:,}")
        return values[:count]
    return values


def _tally(what: str, limit: int, changed: int, cut: int, dropped: int, notes: list[str]) -> None:
    """The notes on the values of one list: one each for many changed the same way."""
    if changed:
        notes.append(f"{what}: control characters or lone surrogates removed from {changed:,}")
    if cut:
        notes.append(f"{what}: {cut:,} longer than {limit:,} characters cut")
    if dropped:
        notes.append(f"{what}: {dropped:,} that are not text dropped")


def _pages(pages: object, notes: list[str]) -> tuple[str, ...]:
    checked: list[str] = []
    changed = cut = dropped = emptied = 0
    room = TEXT_CHARS
    for page in _items(pages, MAX_PAGES, "pages", notes):
        if not isinstance(page, str):
            dropped += 1
            page = ""
        # Cut before cleaning: nothing beyond the cut is kept, so nothing there is read.
        head = page[:PAGE_CHARS]
        text = clean_text(head)
        if text is not head:  # rare: the only case that costs a second look
            changed += unicodedata.normalize("NFC", head) != text
        cut += len(page) > PAGE_CHARS
        if len(text) > room:
            emptied += 1
            text = text[:room]
        room -= len(text)
        checked.append(text)
    _tally("pages", PAGE_CHARS, changed, cut, dropped, notes)
    if emptied:
        notes.append(f"pages: {TEXT_CHARS:,} characters kept in all; {emptied:,} pages lose text")
    return tuple(checked)


def _info(values: object, what: str, notes: list[str]) -> dict[str, str]:
    if not isinstance(values, Mapping):
        notes.append(f"{what}: {_shown(values)} is not a mapping; dropped")
        return {}
    found: dict[str, str] = {}
    changed = cut = dropped = 0
    for key, value in values.items():
        if not isinstance(key, str) or not isinstance(value, str):
            dropped += 1
            continue
        if len(found) >= MAX_INFO_ENTRIES:
            notes.append(f"{what}: more than {MAX_INFO_ENTRIES} entries; the rest dropped")
            break
        name, key_changed, key_cut = _cleaned(key, INFO_KEY_CHARS)
        text, value_changed, value_cut = _cleaned(value, INFO_VALUE_CHARS)
        changed += key_changed or value_changed
        cut += key_cut or value_cut
        if name:
            found[name] = text
    _tally(what, INFO_VALUE_CHARS, changed, cut, dropped, notes)
    return found


# --- values ----------------------------------------------------------------------------


def _year(value: object, what: str, notes: list[str]) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and MIN_YEAR <= value <= MAX_YEAR:
        return value
    notes.append(f"{what} {_shown(value)} is not a year from {MIN_YEAR} to {MAX_YEAR}; dropped")
    return None


def _date(value: object, what: str, notes: list[str]) -> str:
    if value == "":
        return ""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if day.year >= MIN_YEAR:
                return value
    notes.append(
        f"{what} {_shown(value)} is not a date (YYYY-MM-DD, from year {MIN_YEAR}); dropped"
    )
    return ""


def _language(value: object, notes: list[str]) -> str:
    if value == "":
        return ""
    if isinstance(value, str):
        code = value.strip().lower()
        if _LANGUAGE.fullmatch(code):
            return code
    notes.append(f"language {_shown(value)} is not a language code; dropped")
    return ""


def _contacts(values: object, notes: list[str]) -> tuple[Contact, ...]:
    found: list[Contact] = []
    for n, contact in enumerate(_items(values, MAX_CONTACTS, "contacts", notes), start=1):
        if not isinstance(contact, Contact):
            notes.append(f"contact {n}: {_shown(contact)} is not a contact; dropped")
            continue
        fields = {
            f.name: _text(
                getattr(contact, f.name), CONTACT_FIELD_CHARS, f"contact {n} {f.name}", notes
            )
            for f in dataclasses.fields(Contact)
        }
        if any(fields.values()):
            found.append(Contact(**fields))
    return tuple(found)


def _attachments(values: object, notes: list[str]) -> tuple[str, ...]:
    given = _items(values, MAX_ATTACHMENTS, "attachments", notes)
    paths = tuple(v for v in given if isinstance(v, str) and v)
    if len(paths) != len(given):
        notes.append(f"attachments: {len(given) - len(paths):,} that are not paths dropped")
    return paths


def _sources(given: Metadata, checked: Metadata, notes: list[str]) -> dict[str, Source]:
    """The sources of the fields ``checked`` still has; a field emptied by the checks has
    none, as an empty field never has one."""
    sources: dict[str, Source] = {}
    if not isinstance(given.sources, Mapping):
        notes.append(f"sources: {_shown(given.sources)} is not a mapping; dropped")
        return sources
    for name, source in given.sources.items():
        if name not in METADATA_FIELDS or source not in SOURCES:
            notes.append(
                f"sources: {_shown(name)}: {_shown(source)} is not a field's source; dropped"
            )
            continue
        if name == "period":
            keep = checked.period_from is not None
        elif name == "doc_type":
            keep = given.doc_type == checked.doc_type
        else:
            keep = bool(getattr(checked, name))
        if keep:
            sources[name] = source
    return sources


def _shown(value: object) -> str:
    """``value`` for a note: short, and clean whatever it holds (repr escapes lone
    surrogates and controls; str() of a 5,000-digit int would raise)."""
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) < 10**15:
            return str(value)
        return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    if isinstance(value, str):
        return clean_text(repr(shorten(value, 40)))
    if value is None:
        return "null"
    return f"a {type(value).__name__}"
