"""The sidecar and catalog JSON formats: parsing, checks and error positions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vtviewer.core.model import Contact
from vtviewer.core.sidecar import (
    CATALOG_NAME,
    FORMAT_VERSION,
    SIDECAR_SUFFIX,
    Entry,
    SidecarError,
    load_catalog,
    load_sidecar,
    parse_period,
    sidecar_path,
)


def write_sidecar(pdf: Path, data: object) -> Path:
    path = pdf.with_name(pdf.name + SIDECAR_SUFFIX)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_names() -> None:
    assert SIDECAR_SUFFIX == ".vtviewer.json"
    assert CATALOG_NAME == "vtviewer-catalog.json"
    assert FORMAT_VERSION == 1
    assert sidecar_path(Path("/a/plan.pdf")) == Path("/a/plan.pdf.vtviewer.json")


def test_no_sidecar_or_catalog_is_none(tmp_path: Path) -> None:
    assert load_sidecar(tmp_path / "x.pdf") is None
    assert load_catalog(tmp_path) is None


def test_sidecar_fields(tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    write_sidecar(
        pdf,
        {
            "vtviewer": 1,
            "title": "  Omstillingsplan   2013 - 2015 ",
            "type": "handlingsplan",
            "period": "2013–2015",
            "published": "20.02.2013",
            "modified": "2016-06-01T11:52:00+02:00",
            "organisation": "Vestre Toten kommune",
            "authors": "Kari Nordmann; Per Berg",
            "summary": "Kort.",
            "language": "nb-NO",
            "tags": ["plan", "omstilling", "plan"],
            "contacts": [{"name": "Bjørn Iversen", "phone": "+47 976 81 861", "x": 1}],
            "attachments": ["vedlegg.pdf"],
            "future-field": "ignored",
        },
    )
    entry = load_sidecar(pdf)
    assert entry == Entry(
        title="Omstillingsplan 2013 - 2015",
        doc_type="action plan",
        period_from=2013,
        period_to=2015,
        has_period=True,
        published="2013-02-20",
        modified="2016-06-01",
        organisation="Vestre Toten kommune",
        authors=("Kari Nordmann", "Per Berg"),
        summary="Kort.",
        language="nb",
        tags=("plan", "omstilling"),
        contacts=(Contact(name="Bjørn Iversen", phone="97681861"),),
        attachments=("vedlegg.pdf",),
    )


@pytest.mark.parametrize(
    ("value", "period"),
    [
        ("2013-2015", (2013, 2015)),
        ("2013 - 2015", (2013, 2015)),
        ("2013", (2013, 2013)),
        (2013, (2013, 2013)),
        ({"from": 2013, "to": 2015}, (2013, 2015)),
        ({"from": 2013}, (2013, None)),
        ("2015-2013", None),
        ("snart", None),
        (True, None),
        ({"from": "2013"}, None),
    ],
)
def test_parse_period(value: object, period: tuple[int | None, int | None] | None) -> None:
    assert parse_period(value) == period


def test_malformed_catalog_gives_line_and_column(tmp_path: Path) -> None:
    (tmp_path / CATALOG_NAME).write_text(
        '{\n  "vtviewer": 1,\n  "entries": [{"files": ["a.pdf"] "title": "x"}]\n}\n',
        encoding="utf-8",
    )
    with pytest.raises(SidecarError) as info:
        load_catalog(tmp_path)
    err = info.value
    assert (err.line, err.column) == (3, 35)
    assert err.path == tmp_path / CATALOG_NAME
    assert str(err) == "vtviewer-catalog.json: line 3, column 35: Expecting ',' delimiter"
    assert isinstance(err, ValueError)


def test_malformed_sidecar_and_bad_encoding(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    sidecar_path(pdf).write_text('{"vtviewer": 1,\n "title": }', encoding="utf-8")
    with pytest.raises(SidecarError, match=r"a\.pdf\.vtviewer\.json: line 2, column 11: "):
        load_sidecar(pdf)
    sidecar_path(pdf).write_bytes(b'{"vtviewer": 1,\n "title": "\xf8"}')
    with pytest.raises(SidecarError) as info:
        load_sidecar(pdf)
    assert (info.value.line, info.value.column) == (2, 12)
    assert "not UTF-8" in str(info.value)


def test_versions(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    write_sidecar(pdf, {"vtviewer": 2, "title": "x"})
    with pytest.raises(SidecarError, match="unsupported version 2") as info:
        load_sidecar(pdf)
    assert info.value.line is None
    write_sidecar(pdf, {"title": "x"})
    with pytest.raises(SidecarError, match='missing "vtviewer"'):
        load_sidecar(pdf)
    write_sidecar(pdf, ["vtviewer", 1])
    with pytest.raises(SidecarError, match="JSON object"):
        load_sidecar(pdf)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": 3}, "title: expected a string, got a number"),
        ({"type": "brosjyre"}, "type: 'brosjyre' is not one of"),
        ({"period": "snart"}, 'period: expected "2013-2015"'),
        ({"published": "1. juni"}, "published: expected a date"),
        ({"published": "2016-02-31"}, "published: expected a date"),
        ({"modified": "31.04.2016"}, "modified: expected a date"),
        ({"tags": [1]}, r"tags\[0\]: expected a string"),
        ({"contacts": {"name": "x"}}, "contacts: expected a list"),
        ({"contacts": [{"email": ["x"]}]}, r"contacts\[0\]\.email: expected a string"),
        ({"language": "norsk bokmål"}, "language: expected a language code"),
        ({"attachments": ["../x.pdf"]}, "attachments: '../x.pdf' must be a path relative"),
    ],
)
def test_wrong_types_name_the_field(tmp_path: Path, data: dict[str, object], message: str) -> None:
    pdf = tmp_path / "a.pdf"
    write_sidecar(pdf, {"vtviewer": 1, **data})
    with pytest.raises(SidecarError, match=message):
        load_sidecar(pdf)


def test_catalog_entries_defaults_and_lookup(tmp_path: Path) -> None:
    (tmp_path / CATALOG_NAME).write_text(
        json.dumps(
            {
                "vtviewer": 1,
                "organisation": "Vestre Toten kommune",
                "language": "nb",
                "entries": [
                    {"files": ["plan.pdf", "sub/vedlegg.pdf"], "title": "Plan"},
                    {"files": ["rapport.pdf"], "organisation": "Telemarkforskning"},
                    {"files": ["plan.pdf"], "title": "listed twice"},
                ],
            }
        ),
        encoding="utf-8",
    )
    catalog = load_catalog(tmp_path)
    assert catalog is not None
    assert len(catalog.entries) == 3
    plan = catalog.entry_for(tmp_path / "plan.pdf")
    assert plan is not None
    assert plan.title == "Plan"
    assert plan.organisation == "Vestre Toten kommune"
    assert catalog.entry_for(tmp_path / "sub" / "vedlegg.pdf") is plan
    assert catalog.entry_for(tmp_path / "sub" / ".." / "plan.pdf") is plan
    rapport = catalog.entry_for(tmp_path / "rapport.pdf")
    assert rapport is not None
    assert (rapport.organisation, rapport.language, rapport.title) == (
        "Telemarkforskning",
        "nb",
        None,
    )
    assert catalog.entry_for(tmp_path / "other.pdf") is None
    assert catalog.files_of(plan) == (tmp_path / "plan.pdf", tmp_path / "sub" / "vedlegg.pdf")


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"a.pdf": {}}, "entries: expected a list, got an object"),
        (["a.pdf"], r"entries\[0\]: expected an object"),
        ([{"title": "x"}], r"entries\[0\]\.files: expected a non-empty list"),
        ([{"files": ["a.pdf"], "period": [2013]}], r"entries\[0\]\.period: expected"),
    ],
)
def test_catalog_errors_name_the_entry(tmp_path: Path, entries: object, message: str) -> None:
    (tmp_path / CATALOG_NAME).write_text(
        json.dumps({"vtviewer": 1, "entries": entries}), encoding="utf-8"
    )
    with pytest.raises(SidecarError, match=message):
        load_catalog(tmp_path)
