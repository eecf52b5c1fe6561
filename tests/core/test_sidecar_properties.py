"""Property tests: whatever a sidecar or catalog holds, reading it gives an Entry, a Catalog,
None or a SidecarError, and what it gives is text and years in range."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vtviewer.core.model import Contact
from vtviewer.core.sidecar import (
    CATALOG_NAME,
    MAX_YEAR,
    MIN_YEAR,
    Catalog,
    Entry,
    SidecarError,
    entry_fields,
    load_catalog,
    load_sidecar,
    sidecar_path,
)

EXAMPLES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The format's field names (resources/sidecar-format.md).
FIELD_NAMES = """title type period published modified organisation authors summary language
tags contacts attachments"""
FIELDS = tuple(FIELD_NAMES.split())
KEYS = ("vtviewer", *FIELDS, "entries", "files")
CONTACT_KEYS = ("name", "role", "organisation", "phone", "email")


@dataclass(frozen=True)
class Raw:
    """JSON text written as it is: numbers json.dumps cannot write (more than 4,300 digits,
    1e999) and brackets nested deeper than the limit."""

    text: str


# Any code point, lone surrogates included (json.dumps writes them as \ud800 escapes).
CHARS = st.characters(exclude_categories=()) | st.characters(
    min_codepoint=0xD800, max_codepoint=0xDFFF
)
TEXT = st.text(CHARS, max_size=30)
# Numbers a file may hold, and numbers that make it unusable (and once raised ValueError).
NUMBERS = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
)
ABSURD = st.one_of(
    st.builds(lambda n: Raw("9" * n), st.integers(90, 5000)),
    st.builds(lambda n: Raw("-" + "9" * n), st.integers(90, 5000)),
    st.builds(lambda m, e: Raw(f"{m}e{e}"), st.integers(-9, 9), st.integers(-2000, 2000)),
    st.sampled_from(["NaN", "Infinity", "-Infinity"]).map(Raw),
    st.integers(min_value=1, max_value=80).map(lambda n: Raw("[" * n + "]" * n)),
)
# Text close to what the fields accept, so that the checks behind the types are reached.
NUMBER_TEXT = st.integers(0, 99999).map(str) | st.sampled_from(["0000", "0999", "٢٠١٣", "𝟚𝟘𝟙𝟛"])
PERIOD_TEXT = st.builds(
    "{}{}{}".format, NUMBER_TEXT, st.sampled_from(["-", " – ", "—", ""]), NUMBER_TEXT
)
DATE_TEXT = st.builds(
    "{:04d}-{:02d}-{:02d}{}".format,
    st.integers(0, 10000),
    st.integers(0, 13),
    st.integers(0, 32),
    st.sampled_from(["", "T12:00", " x", "\n"]),
) | st.builds("{}.{}.{}".format, st.integers(0, 40), st.integers(0, 13), NUMBER_TEXT)
NAME_TEXT = st.lists(
    st.sampled_from(["a", "..", ".", "/", "\\", "C:", "\x00", "\ud800", "b.pdf", "æ"]),
    min_size=1,
    max_size=5,
).map("".join)
LIST_TEXT = st.lists(TEXT, max_size=4).map(", ".join)
SAFE_LEAVES = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT, PERIOD_TEXT, DATE_TEXT)
KEYS_AT_ALL = st.one_of(
    st.sampled_from(KEYS), st.sampled_from(CONTACT_KEYS), st.sampled_from(["from", "to"]), TEXT
)


def json_values(leaves: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS_AT_ALL, inner, max_size=4),
        max_leaves=8,
    )


SAFE_ANY = json_values(SAFE_LEAVES)
ANY = json_values(SAFE_LEAVES | ABSURD)


def mostly(
    good: st.SearchStrategy[object], bad: st.SearchStrategy[object] | None = None
) -> st.SearchStrategy[object]:
    """``good`` about nine times in ten, else ``bad`` (any JSON value, an absurd one at
    times): one hostile value in a file of good ones reaches the checks behind it."""
    other = bad if bad is not None else st.one_of(SAFE_ANY, ANY)
    # one_of would pick each branch about as often; the file would rarely be usable.
    return st.integers(0, 19).flatmap(lambda i: good if i < 18 else other)


GOOD_DATE = st.builds(
    "{}-{:02d}-{:02d}".format, st.integers(1000, 9999), st.integers(1, 12), st.integers(1, 28)
)
GOOD_PERIOD = st.builds(
    lambda a, b: f"{min(a, b)}-{max(a, b)}", st.integers(1000, 9999), st.integers(1000, 9999)
)
GOOD_NAME = st.builds(
    "{}{}.pdf".format, st.sampled_from(["", "sub/", "æ ø/", "a..b/"]), st.text("abæ -", min_size=1)
)
YEARS = mostly(
    st.integers(min_value=MIN_YEAR - 2, max_value=MAX_YEAR + 2),
    st.integers(min_value=-5, max_value=10**18),
)
FIELD_VALUES: dict[str, st.SearchStrategy[object]] = {
    "title": TEXT,
    "type": mostly(st.sampled_from(["plan", "Rapport", "action plan", "handlingsplan"]), TEXT),
    "period": st.one_of(
        YEARS,
        mostly(GOOD_PERIOD, PERIOD_TEXT),
        st.fixed_dictionaries({}, optional={"from": YEARS, "to": YEARS}),
    ),
    "published": mostly(GOOD_DATE, DATE_TEXT),
    "modified": mostly(GOOD_DATE, DATE_TEXT),
    "organisation": TEXT,
    "authors": st.lists(mostly(TEXT), max_size=4) | LIST_TEXT,
    "summary": TEXT,
    "language": mostly(st.sampled_from(["nb", "nb-NO", "nno", "NN", "en_US", "xx-", ""]), TEXT),
    "tags": st.lists(mostly(TEXT), max_size=6) | LIST_TEXT,
    "contacts": st.lists(
        mostly(
            st.fixed_dictionaries(
                {},
                optional={
                    key: mostly(st.integers(-(10**20), 10**20) if key == "phone" else TEXT)
                    for key in CONTACT_KEYS
                },
            )
            | TEXT
        ),
        max_size=3,
    ),
    "attachments": st.lists(mostly(GOOD_NAME, NAME_TEXT | TEXT), max_size=3),
}
VERSIONS = mostly(st.just(1), SAFE_LEAVES | ABSURD)


def objects(
    fields: dict[str, st.SearchStrategy[object]], required: dict[str, st.SearchStrategy[object]]
) -> st.SearchStrategy[object]:
    """JSON objects with the given fields (each one mostly good), some unknown keys, and
    now and then anything at all in their place."""
    known = st.sets(st.sampled_from(sorted(fields))).flatmap(
        lambda chosen: st.fixed_dictionaries(
            {**required, **{key: mostly(fields[key]) for key in sorted(chosen)}}
        )
    )
    shaped = st.builds(
        lambda known, unknown: {**unknown, **known},
        known,
        st.dictionaries(KEYS_AT_ALL, mostly(SAFE_LEAVES), max_size=2),
    )
    return mostly(shaped, ANY)


SIDECARS = objects(FIELD_VALUES, {"vtviewer": VERSIONS})
ENTRIES = objects(
    FIELD_VALUES,
    {"files": mostly(st.lists(mostly(GOOD_NAME, NAME_TEXT | TEXT), min_size=1, max_size=3))},
)
CATALOGS = objects(
    FIELD_VALUES, {"vtviewer": VERSIONS, "entries": mostly(st.lists(ENTRIES, max_size=3))}
)


def encode(value: object) -> str:
    """``value`` as JSON text, with Raw pieces as they are and surrogates as escapes."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, list):
        return "[" + ", ".join(encode(v) for v in value) + "]"
    if isinstance(value, dict):
        items = (json.dumps(k, ensure_ascii=True) + ": " + encode(v) for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return json.dumps(value, ensure_ascii=True)


def strings_of(entry: Entry) -> Iterator[object]:
    for f in fields(entry):
        value = getattr(entry, f.name)
        if isinstance(value, tuple | frozenset):
            for item in value:
                if isinstance(item, Contact):
                    yield from (getattr(item, c.name) for c in fields(item))
                else:
                    yield item
        elif f.name not in ("period_from", "period_to", "has_period") and value is not None:
            yield value


def check_entry(entry: Entry) -> None:
    for text in strings_of(entry):
        assert isinstance(text, str)
    for year in (entry.period_from, entry.period_to):
        assert year is None or (
            isinstance(year, int) and not isinstance(year, bool) and MIN_YEAR <= year <= MAX_YEAR
        )
    if entry.period_from is not None and entry.period_to is not None:
        assert entry.period_from <= entry.period_to
    assert not entry.has_period or entry.period_to is None or entry.period_from is not None


def check_error(err: SidecarError) -> None:
    assert "\n" not in str(err)
    err.message.encode("utf-8")  # a message is always text that can be written anywhere
    assert err.message


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("properties")


def read_sidecar(folder: Path, content: bytes) -> None:
    pdf = folder / "doc.pdf"
    sidecar_path(pdf).write_bytes(content)
    try:
        entry = load_sidecar(pdf, roots=[str(folder)])
    except SidecarError as err:
        check_error(err)
        return
    assert isinstance(entry, Entry)
    check_entry(entry)


def read_catalog(folder: Path, content: bytes) -> None:
    (folder / CATALOG_NAME).write_bytes(content)
    try:
        catalog = load_catalog(folder, roots=[str(folder)])
    except SidecarError as err:
        check_error(err)
        return
    assert isinstance(catalog, Catalog)
    for entry in catalog.entries:
        check_entry(entry)
        assert entry.files
        assert entry.attachments is None
        for path in catalog.files_of(entry):
            assert catalog.entry_for(path) is not None


@EXAMPLES
@given(data=SIDECARS)
def test_any_json_sidecar(folder: Path, data: object) -> None:
    read_sidecar(folder, encode(data).encode("ascii"))


@settings(EXAMPLES, max_examples=200)
@given(data=CATALOGS)
def test_any_json_catalog(folder: Path, data: object) -> None:
    read_catalog(folder, encode(data).encode("ascii"))


@EXAMPLES
@given(content=st.binary(max_size=200))
def test_any_bytes(folder: Path, content: bytes) -> None:
    read_sidecar(folder, content)
    read_catalog(folder, content)


@settings(EXAMPLES, max_examples=150)
@given(
    data=SIDECARS,
    cut=st.integers(min_value=0, max_value=400),
    noise=st.binary(min_size=1, max_size=4),
)
def test_damaged_json(folder: Path, data: object, cut: int, noise: bytes) -> None:
    # A good file with bytes put in or cut off: what a bad sector or a half copy leaves.
    content = encode(data).encode("ascii")
    cut = min(cut, len(content))
    damaged = content[:cut] + noise + content[cut + len(noise) :]
    read_sidecar(folder, damaged)
    read_catalog(folder, damaged)
    read_sidecar(folder, content[:cut])


def test_the_strategies_reach_usable_files(folder: Path) -> None:
    # Without this, strategies that only made broken files would pass the tests above.
    given_fields: set[str] = set()

    @settings(max_examples=100, deadline=None, database=None, derandomize=True)
    @given(data=SIDECARS)
    def collect(data: object) -> None:
        pdf = folder / "usable.pdf"
        sidecar_path(pdf).write_text(encode(data))
        try:
            entry = load_sidecar(pdf)
        except SidecarError:
            return
        if entry is not None:
            given_fields.update(entry_fields(entry))

    collect()
    assert {"period", "tags", "contacts", "attachments", "published"} <= given_fields
