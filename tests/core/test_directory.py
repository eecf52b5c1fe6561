"""The contacts directory: one person across documents (folded spellings, shared e-mail),
the user's merges and splits kept across reopen and rebuild, a person's edit written to
every document."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.pdf_factory import make_pdf
from vtviewer.core.archive import Archive
from vtviewer.core.directory import (
    Change,
    Directory,
    DirectoryError,
    Mention,
    Person,
    checked_values,
    people_of,
)
from vtviewer.core.edits import EditError
from vtviewer.core.model import Contact
from vtviewer.core.pool import PoolConfig
from vtviewer.core.sidecar import sidecar_path
from vtviewer.paths import DataPaths

#: Each file's contacts, as its sidecar gives them.
CONTACTS: dict[str, list[dict[str, str]]] = {
    "a.pdf": [
        {"name": "Bjørn Iversen", "role": "leder", "phone": "976 81 861"},
        {"name": "Kari Nordmann", "email": "kari@vestre-toten.kommune.no"},
    ],
    "b.pdf": [{"name": "Bjorn Iversen", "organisation": "Vestre Toten kommune"}],
    "c.pdf": [{"name": "Bjoern Iversen", "role": "prosjektleder"}],
    "d.pdf": [{"name": "K. Nordmann", "email": "KARI@vestre-toten.kommune.no"}],
    "e.pdf": [{"name": "Ola Hansen", "email": "ola@example.no"}],
    "f.pdf": [{"name": "Bjørn Iversen"}, {"name": "Per Olsen"}],
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    for name, contacts in CONTACTS.items():
        pdf = make_pdf(folder / name, [f"Dokument {name}", "Innhold"])
        sidecar_path(pdf).write_text(
            json.dumps({"vtviewer": 1, "contacts": contacts}), encoding="utf-8"
        )
    return folder


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def archive(paths: DataPaths, folder: Path) -> Iterator[Archive]:
    with Archive.open(paths, PoolConfig(workers=1)) as archive:
        archive.add_root(str(folder))
        archive.index()
        yield archive


def _named(people: list[Person], name: str) -> Person:
    (person,) = [p for p in people if p.name == name]
    return person


def _names(people: list[Person]) -> list[str]:
    return [p.name for p in people]


def _doc(archive: Archive, folder: Path, name: str) -> int:
    doc = archive.document_by_path(str(folder / name))
    assert doc is not None
    return doc.id


def test_spellings_that_fold_alike_are_one_person(archive: Archive, folder: Path) -> None:
    people = Directory(archive).people()
    bjorn = _named(people, "Bjørn Iversen")
    # Norwegian letters preferred among the spellings that fold alike.
    assert bjorn.names == ("Bjørn Iversen", "Bjoern Iversen", "Bjorn Iversen")
    assert set(bjorn.doc_ids) == {
        _doc(archive, folder, n) for n in ("a.pdf", "b.pdf", "c.pdf", "f.pdf")
    }
    assert bjorn.documents == 4
    assert bjorn.roles == ("leder", "prosjektleder")
    assert bjorn.organisations == ("Vestre Toten kommune",)
    assert bjorn.phones == ("97681861",)


def test_the_same_email_is_one_person_and_different_people_stay_apart(
    archive: Archive, folder: Path
) -> None:
    people = Directory(archive).people()
    assert _names(people) == ["Bjørn Iversen", "Kari Nordmann", "Ola Hansen", "Per Olsen"]
    kari = _named(people, "Kari Nordmann")
    assert kari.names == ("Kari Nordmann", "K. Nordmann")
    assert kari.emails == ("kari@vestre-toten.kommune.no",)
    assert set(kari.doc_ids) == {_doc(archive, folder, n) for n in ("a.pdf", "d.pdf")}
    assert _named(people, "Per Olsen").doc_ids == (_doc(archive, folder, "f.pdf"),)


def test_the_same_name_with_different_addresses_is_two_people() -> None:
    mentions = [
        Mention(1, 0, Contact(name="Ola Hansen", email="ola@a.no")),
        Mention(2, 0, Contact(name="Ola Hansen", email="ola@b.no")),
        Mention(3, 0, Contact(name="Ola Hanssen", email="ola@a.no")),
        Mention(4, 0, Contact(phone="97681861")),
        Mention(5, 0, Contact(name="Per Olsen", phone="97681861")),
    ]
    people = people_of(mentions)
    assert sorted((p.emails, p.doc_ids) for p in people if p.emails) == [
        (("ola@a.no",), (1, 3)),
        (("ola@b.no",), (2,)),
    ]
    # A phone-only contact joins the one person who has that number.
    assert _named(people, "Per Olsen").doc_ids == (4, 5)


def test_merge_and_split_persist_across_reopen_and_rebuild(
    archive: Archive, paths: DataPaths, folder: Path
) -> None:
    directory = Directory(archive)
    people = directory.people()
    directory.merge(_named(people, "Ola Hansen"), _named(people, "Per Olsen"), "Per Olsen")
    bjorn = _named(directory.people(), "Bjørn Iversen")
    directory.split(bjorn, "Bjoern Iversen")
    kari = _named(directory.people(), "Kari Nordmann")
    directory.split(kari, "K. Nordmann")

    def check(archive: Archive) -> None:
        people = Directory(archive).people()
        assert _names(people) == [
            "Bjoern Iversen",
            "Bjørn Iversen",
            "K. Nordmann",
            "Kari Nordmann",
            "Per Olsen",
        ]
        per = _named(people, "Per Olsen")
        assert per.names == ("Per Olsen", "Ola Hansen")
        assert set(per.doc_ids) == {_doc(archive, folder, n) for n in ("e.pdf", "f.pdf")}
        assert _named(people, "Bjoern Iversen").doc_ids == (_doc(archive, folder, "c.pdf"),)
        assert _named(people, "Bjørn Iversen").documents == 3

    check(archive)
    archive.close()
    with Archive.open(paths, PoolConfig(workers=1)) as again:
        check(again)
        again.rebuild()
        check(again)
    # The index deleted and built again from the files: the choices are user data.
    for path in paths.root.glob("index.sqlite3*"):
        path.unlink()
    with Archive.open(paths, PoolConfig(workers=1)) as fresh:
        fresh.index()
        check(fresh)
    assert json.loads(paths.contacts.read_text(encoding="utf-8"))["version"] == 1


def test_a_merge_names_one_of_their_spellings_and_a_split_needs_a_rest(
    archive: Archive,
) -> None:
    directory = Directory(archive)
    people = directory.people()
    ola, per = _named(people, "Ola Hansen"), _named(people, "Per Olsen")
    with pytest.raises(DirectoryError) as bad_name:
        directory.merge(ola, per, "Somebody Else")
    assert bad_name.value.message.code == "contacts-merge-name"
    with pytest.raises(DirectoryError) as same:
        directory.merge(ola, ola, "Ola Hansen")
    assert same.value.message.code == "contacts-merge-same"
    with pytest.raises(DirectoryError) as unknown:
        directory.split(ola, "Per Olsen")
    assert unknown.value.message.code == "contacts-split-unknown"
    with pytest.raises(DirectoryError) as everything:
        directory.split(ola, "Ola Hansen")
    assert everything.value.message.code == "contacts-split-all"
    assert not archive.paths.contacts.exists()


def test_an_unreadable_choices_file_is_said_and_never_written_over(archive: Archive) -> None:
    archive.paths.contacts.write_text("{not json", encoding="utf-8")
    directory = Directory(archive)
    listing = directory.listing()
    assert listing.note is not None and listing.note.code == "contacts-unreadable"
    assert "Bjørn Iversen" in _names(list(listing.people))
    people = list(listing.people)
    with pytest.raises(DirectoryError) as refused:
        directory.merge(_named(people, "Ola Hansen"), _named(people, "Per Olsen"), "Per Olsen")
    assert refused.value.message.code == "contacts-unreadable"
    assert archive.paths.contacts.read_text(encoding="utf-8") == "{not json"


def test_an_edit_of_a_person_is_written_to_every_document(archive: Archive, folder: Path) -> None:
    directory = Directory(archive)
    bjorn = _named(directory.people(), "Bjørn Iversen")
    report = directory.edit(bjorn, {"email": "Bjorn.Iversen@Vestre-Toten.kommune.no"})
    assert (report.sidecar, report.overlay, report.conflicts, report.failed) == (4, 0, 0, 0)
    for name in ("a.pdf", "b.pdf", "c.pdf", "f.pdf"):
        doc = archive.document_by_path(str(folder / name))
        assert doc is not None
        emails = [c.email for c in doc.meta.contacts if c.name.endswith("Iversen")]
        assert emails == ["bjorn.iversen@vestre-toten.kommune.no"]
        # The document's other contacts are kept, and its own spelling and role.
        data = json.loads(sidecar_path(folder / name).read_text(encoding="utf-8"))
        assert len(data["contacts"]) == len(CONTACTS[name])
    doc_a = archive.document_by_path(str(folder / "a.pdf"))
    assert doc_a is not None
    assert doc_a.meta.contacts[0] == Contact(
        "Bjørn Iversen", "leder", "", "97681861", "bjorn.iversen@vestre-toten.kommune.no"
    )
    assert doc_a.meta.contacts[1].name == "Kari Nordmann"
    after = _named(directory.people(), "Bjørn Iversen")
    assert after.emails == ("bjorn.iversen@vestre-toten.kommune.no",) and after.documents == 4


def test_an_edit_leaves_a_document_changed_meanwhile_alone(archive: Archive, folder: Path) -> None:
    directory = Directory(archive)
    kari = _named(directory.people(), "Kari Nordmann")
    sidecar = sidecar_path(folder / "d.pdf")
    sidecar.write_text(
        json.dumps({"vtviewer": 1, "contacts": [{"name": "Kari N.", "email": "kari@x.no"}]}),
        encoding="utf-8",
    )
    archive.index()
    report = directory.edit(kari, {"role": "rådgiver"})
    assert (report.sidecar, report.conflicts) == (1, 1)
    conflict = next(r for r in report.results if r.where == "conflict")
    assert conflict.message is not None and conflict.message.code == "contacts-document-changed"
    assert "rådgiver" not in sidecar.read_text(encoding="utf-8")


def test_bad_values_are_refused_with_their_reason() -> None:
    assert checked_values({"phone": "+47 976 81 861", "email": " A@B.no "}) == {
        "phone": "97681861",
        "email": "a@b.no",
    }
    for values, code in (
        ({"phone": "12 34"}, "contacts-bad-phone"),
        ({"email": "not an address"}, "contacts-bad-email"),
        ({"title": "x"}, "edit-unknown-field"),
    ):
        with pytest.raises(EditError) as refused:
            checked_values(values)
        assert refused.value.message.code == code


def test_thousands_of_documents_are_grouped_quickly() -> None:
    mentions = [
        Mention(
            doc, n, Contact(name=f"Person{doc % 3000:04d} Etternavn", email=f"p{doc % 2500}@x.no")
        )
        for doc in range(20_000)
        for n in range(2)
    ]
    changes = [Change("merge", ("email:p1@x.no", "email:p2@x.no"), "")] * 50
    started = time.perf_counter()
    people = people_of(mentions, changes)
    assert time.perf_counter() - started < 3.0
    assert sum(p.documents for p in people) <= 20_000 and people


def test_two_addresses_without_a_name_merge_without_one(archive: Archive) -> None:
    directory = Directory(archive)
    mentions = [
        Mention(1, 0, Contact(email="post@vestre-toten.kommune.no")),
        Mention(2, 0, Contact(email="postmottak@vestre-toten.kommune.no")),
    ]
    first, second = people_of(mentions)
    directory.merge(first, second, "")
    (merged,) = people_of(mentions, directory.choices.read())
    assert merged.name == "" and len(merged.emails) == 2 and merged.doc_ids == (1, 2)
