"""The SQLite store: schema, round trips, contacts as one person, transactions."""

from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path

import pytest

from vtviewer.core.contacts import name_key
from vtviewer.core.export import document_data
from vtviewer.core.index import MIGRATIONS, SCHEMA_VERSION, SchemaError, Store, _split_sql
from vtviewer.core.model import Contact, Extraction, Message, Metadata, Problem, WordBox

BJORN = Contact(
    name="Bjørn Iversen",
    role="leder for Omstillingsprogrammet",
    phone="97681861",
    email="bjoern.iversen@vestre-toten.kommune.no",
)


def _raw(*pages: str, labels: tuple[str, ...] = ()) -> Extraction:
    return Extraction(
        page_count=len(pages),
        pages=pages,
        page_labels=labels,
        info={"Title": "Omstillingsplan"},
        first_page_heading="Omstillingsplan 2013 - 2015",
    )


def _meta(title: str = "Omstillingsplan 2013 - 2015", **kwargs: object) -> Metadata:
    fields: dict[str, object] = {
        "title": title,
        "doc_type": "plan",
        "period_from": 2013,
        "period_to": 2015,
        "organisation": "Vestre Toten kommune",
        "tags": ("omstilling", "næring"),
        "contacts": (BJORN,),
        "sources": {"title": "catalog", "contacts": "derived"},
    }
    fields.update(kwargs)
    return Metadata(**fields)  # type: ignore[arg-type]


def _put(store: Store, path: str, *pages: str, meta: Metadata | None = None) -> int:
    with store.transaction() as tx:
        return tx.put_document(
            path=path,
            size=100,
            mtime=1.0,
            hash="h-" + path,
            raw=_raw(*(pages or ("side én",))),
            meta=meta or _meta(),
        )


def test_memory_store_has_the_current_schema() -> None:
    store = Store.open(":memory:")
    assert store.count_documents() == 0
    assert store.contacts() == []
    store.close()


def test_document_round_trip_keeps_metadata_pages_and_sources() -> None:
    store = Store.open(":memory:")
    doc_id = _put(store, "/a/plan.pdf", "Første side æøå", "Andre side")
    doc = store.document(doc_id)
    assert doc is not None
    assert doc.path == "/a/plan.pdf"
    assert doc.page_count == 2
    assert doc.meta.title == "Omstillingsplan 2013 - 2015"
    assert doc.meta.period == "2013 - 2015"
    assert doc.meta.tags == ("omstilling", "næring")
    assert doc.meta.contacts == (BJORN,)
    assert doc.meta.sources["title"] == "catalog"
    assert [p.text for p in store.pages(doc_id)] == ["Første side æøå", "Andre side"]
    raw = store.extraction(doc_id)
    assert raw is not None and raw.first_page_heading == "Omstillingsplan 2013 - 2015"
    assert raw.pages == ("Første side æøå", "Andre side")
    data = document_data(doc)
    assert data["contacts"][0]["email"] == BJORN.email
    assert data["type"] == "plan" and data["period"] == "2013 - 2015"


def test_the_extraction_is_stored_compressed_and_one_stored_as_json_still_reads() -> None:
    store = Store.open(":memory:")
    doc_id = _put(store, "/a/plan.pdf", "Første side æøå", "Andre side")
    stored = store._db.execute("SELECT raw_json FROM documents WHERE id = ?", (doc_id,))
    assert isinstance(stored.fetchone()[0], bytes)
    before = store.extraction(doc_id)
    # What a store written before kept: the JSON itself.
    from vtviewer.core.index import extraction_to_json

    assert before is not None
    with store._db:
        store._db.execute(
            "UPDATE documents SET raw_json = ? WHERE id = ?", (extraction_to_json(before), doc_id)
        )
    assert store.extraction(doc_id) == before
    assert before.first_page_heading == "Omstillingsplan 2013 - 2015"


def test_a_failed_transaction_leaves_nothing() -> None:
    store = Store.open(":memory:")
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.put_document(path="/a/x.pdf", size=1, mtime=1.0, hash="h", raw=_raw("x"), meta=_meta())
        raise RuntimeError("crash in the middle")
    assert store.count_documents() == 0
    assert store.pages(1) == []


def test_one_person_across_documents_is_one_contact() -> None:
    store = Store.open(":memory:")
    name_only = Contact(name="Bjørn  Iversen", role="leder")
    first = _put(store, "/a/1.pdf", meta=_meta(contacts=(name_only,)))
    second = _put(store, "/a/2.pdf", meta=_meta(contacts=(BJORN,)))
    third = _put(store, "/a/3.pdf", meta=_meta(contacts=(Contact(email=BJORN.email.upper()),)))
    contacts = store.contacts()
    assert len(contacts) == 1
    person = contacts[0]
    assert person.email == BJORN.email
    assert person.phone == "97681861"
    assert sorted(store.contact_documents(BJORN)) == [first, second, third]


def test_a_name_with_and_without_norwegian_letters_is_one_contact() -> None:
    # The old key folded ø to "oe" while the contact finder folds it to "o": two people.
    store = Store.open(":memory:")
    first = _put(store, "/a/1.pdf", meta=_meta(contacts=(Contact(name="Bjørn Iversen"),)))
    second = _put(store, "/a/2.pdf", meta=_meta(contacts=(Contact(name="Bjorn Iversen"),)))
    third = _put(store, "/a/3.pdf", meta=_meta(contacts=(Contact(name="Bjoern Iversen"),)))
    assert [c.name for c in store.contacts()] == ["Bjørn Iversen"]
    assert store.contact_documents(Contact(name="bjorn iversen")) == [first, second, third]


def test_a_version_3_index_gets_its_contacts_keyed_again(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        assert isinstance(script, str)
        for statement in _split_sql(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    store = Store.open(":memory:")  # the metadata as this version writes it
    metas = [_meta(contacts=(Contact(name=name),)) for name in ("Bjørn Iversen", "Bjorn Iversen")]
    from vtviewer.core.index import metadata_to_json

    for doc_id, meta in enumerate(metas, start=1):
        conn.execute(
            "INSERT INTO documents(id, path, size, mtime, hash, page_count, meta_json, raw_json,"
            " indexed_at) VALUES (?, ?, 1, 1.0, 'h', 0, ?, '{}', 1.0)",
            (doc_id, f"/a/{doc_id}.pdf", metadata_to_json(meta)),
        )
        # What version 3 wrote: ø folded to "oe", so two rows for one person.
        conn.execute(
            "INSERT INTO contacts(id, name_key, name) VALUES (?, ?, ?)",
            (doc_id, ("bjoern iversen", "bjorn iversen")[doc_id - 1], meta.contacts[0].name),
        )
        conn.execute("INSERT INTO document_contacts VALUES (?, ?, 0)", (doc_id, doc_id))
    conn.commit()
    conn.close()
    store.close()

    store = Store.open(path)
    assert [c.name for c in store.contacts()] == ["Bjørn Iversen"]
    assert store.contact_documents(Contact(name="Bjorn Iversen")) == [1, 2]
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    keys = [r[0] for r in conn.execute("SELECT name_key FROM contacts")]
    assert keys == ["bjorn iversen"]
    conn.close()


def test_contacts_of_deleted_documents_are_forgotten() -> None:
    store = Store.open(":memory:")
    doc_id = _put(store, "/a/1.pdf")
    with store.transaction() as tx:
        tx.delete_document(doc_id)
    assert store.contacts() == []
    assert store.pages(doc_id) == []


def test_move_keeps_identity_and_replaces_a_document_at_the_target() -> None:
    store = Store.open(":memory:")
    moving = _put(store, "/a/old.pdf")
    _put(store, "/a/new.pdf", meta=_meta(title="Replaced"))
    with store.transaction() as tx:
        tx.move(moving, "/a/new.pdf", 100, 2.0)
    doc = store.document_by_path("/a/new.pdf")
    assert doc is not None and doc.id == moving
    assert store.count_documents() == 1
    assert moving in store.pending_fulltext()


def test_fulltext_bookkeeping() -> None:
    store = Store.open(":memory:")
    doc_id = _put(store, "/a/1.pdf")
    assert store.pending_fulltext() == [doc_id]
    with store.transaction() as tx:
        tx.mark_fulltext_done([doc_id])
    assert store.pending_fulltext() == []
    with store.transaction() as tx:
        tx.mark_all_fulltext_pending()
    assert store.pending_fulltext() == [doc_id]


def test_problems_are_recorded_and_cleared_by_a_good_extraction() -> None:
    store = Store.open(":memory:")
    with store.transaction() as tx:
        tx.record_problem(
            Problem("/a/1.pdf", Message("password-required"), "password", 5.0), 10, 2.0
        )
    assert store.problem_states() == {"/a/1.pdf": (10, 2.0)}
    problem = store.problem_for("/a/1.pdf")
    assert problem is not None and problem.reason == Message("password-required")
    _put(store, "/a/1.pdf")
    assert store.problems() == []


def test_delete_under_a_folder_keeps_lookalike_siblings() -> None:
    store = Store.open(":memory:")
    _put(store, "/arkiv/a.pdf")
    _put(store, "/arkiv/sub/b.pdf")
    keep = _put(store, "/arkiv2/c.pdf")
    keep2 = _put(store, "/ark_v/d.pdf")
    with store.transaction() as tx:
        removed = tx.delete_under("/arkiv")
    assert len(removed) == 2
    assert sorted(d.id for d in store.iter_documents()) == sorted([keep, keep2])


def test_sorting_documents() -> None:
    store = Store.open(":memory:")
    _put(store, "/a/1.pdf", meta=_meta(title="bravo", published="2016-06-01"))
    _put(store, "/a/2.pdf", meta=_meta(title="Alfa", published="2013-02-20"))
    assert [d.meta.title for d in store.documents("title")] == ["Alfa", "bravo"]
    assert [d.meta.title for d in store.documents("date", descending=True)] == ["bravo", "Alfa"]
    assert [d.meta.title for d in store.documents("title", limit=1, offset=1)] == ["bravo"]


def test_file_store_uses_wal_and_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    store = Store.open(path)
    _put(store, "/a/1.pdf")
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError, match="newer vtviewer"):
        Store.open(path)


def test_threads_read_while_another_writes(tmp_path: Path) -> None:
    import threading

    store = Store.open(tmp_path / "index.sqlite3")
    _put(store, "/a/0.pdf")
    seen: list[int] = []

    def reader() -> None:
        for _ in range(50):
            seen.append(store.count_documents())

    thread = threading.Thread(target=reader)
    thread.start()
    for n in range(1, 20):
        _put(store, f"/a/{n}.pdf")
    thread.join()
    assert store.count_documents() == 20
    assert seen and all(1 <= n <= 20 for n in seen)


def test_name_key_folds_by_the_one_rule() -> None:
    assert name_key(" Bjørn   Iversen ") == "bjorn iversen"
    assert name_key("Bjoern Iversen") == name_key("BJORN IVERSEN") == "bjorn iversen"
    assert name_key("Åse Ærø") == name_key("Aase Aeroe") == "ase aero"


def test_a_version_1_index_is_migrated_keeping_its_pages(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    conn = sqlite3.connect(path)
    assert isinstance(MIGRATIONS[0], str)
    for statement in _split_sql(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO documents(id, path, size, mtime, hash, page_count, meta_json, raw_json,"
        " indexed_at) VALUES (1, '/a.pdf', 1, 1.0, 'h', 1, '{}', '{}', 1.0)"
    )
    conn.execute("INSERT INTO pages VALUES (1, 1, '', ?)", (zlib.compress("Side én".encode()),))
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert [p.text for p in store.pages(1)] == ["Side én"]
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'pages'").fetchone()[0]
    assert "WITHOUT ROWID" not in sql.upper()
    conn.close()


def test_delete_under_is_case_sensitive() -> None:
    store = Store.open(":memory:")
    _put(store, "/data/Arkiv/a.pdf")
    keep = _put(store, "/data/arkiv/b.pdf")
    with store.transaction() as tx:
        tx.record_problem(Problem("/data/arkiv/c.pdf", Message("password-required"), "password"))
        removed = tx.delete_under("/data/Arkiv")
        tx.clear_problems_under("/data/Arkiv")
    assert len(removed) == 1
    assert [d.id for d in store.iter_documents()] == [keep]
    assert [p.path for p in store.problems()] == ["/data/arkiv/c.pdf"]


def test_a_failed_commit_leaves_the_connection_usable(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "index.sqlite3")
    _put(store, "/a/1.pdf")
    # A deferred foreign key that fails only at COMMIT stands in for a disk-full error.
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as tx:
        tx._db.execute("PRAGMA defer_foreign_keys = ON")
        tx._db.execute("INSERT INTO pages(doc_id, number, label, text) VALUES (999, 1, '', x'00')")
    assert store.count_documents() == 1
    _put(store, "/a/2.pdf")  # the next transaction on this thread works
    assert store.count_documents() == 2


def test_contact_lookups_use_their_indexes() -> None:
    store = Store.open(":memory:")
    _put(store, "/a/1.pdf")
    db = store._db
    for sql, args in (
        ("SELECT * FROM contacts WHERE email = ? AND email != ''", ("x@y.no",)),
        ("SELECT * FROM contacts WHERE name_key = ? AND name_key != ''", ("bjorn iversen",)),
    ):
        plan = " ".join(str(row[-1]) for row in db.execute("EXPLAIN QUERY PLAN " + sql, args))
        assert "USING INDEX" in plan, plan


def test_delete_outside_the_roots_forgets_documents_and_problems_there() -> None:
    store = Store.open(":memory:")
    inside = _put(store, "/arkiv/a.pdf")
    single = _put(store, "/enkelt/fil.pdf")  # a PDF given as a root of its own
    outside = _put(store, "/arkiv2/b.pdf")
    with store.transaction() as tx:
        tx.record_problem(Problem("/arkiv/x.pdf", Message("empty-file")))
        tx.record_problem(Problem("/fjernet/y.pdf", Message("empty-file")))
    with store.transaction() as tx:
        assert tx.delete_outside(["/arkiv", "/enkelt/fil.pdf"]) == [outside]
    assert sorted(d.id for d in store.iter_documents()) == sorted([inside, single])
    assert [p.path for p in store.problems()] == ["/arkiv/x.pdf"]
    with store.transaction() as tx:
        assert sorted(tx.delete_outside([])) == sorted([inside, single])


def test_deleted_documents_wait_for_their_full_text_removal() -> None:
    store = Store.open(":memory:")
    first = _put(store, "/arkiv/a.pdf")
    middle = _put(store, "/arkiv/b.pdf")
    last = _put(store, "/arkiv/c.pdf")
    with store.transaction() as tx:
        tx.delete_document(middle)
        tx.delete_document(last)
    assert store.fulltext_removed() == [middle, last]
    # SQLite gives the next document the id after the highest left: a deleted one's.
    again = _put(store, "/arkiv/d.pdf")
    assert again == middle and first < middle
    assert store.fulltext_removed() == [last]
    with store.transaction() as tx:
        tx.forget_fulltext_removed([last])
    assert store.fulltext_removed() == []


def test_a_problem_keeps_its_message_and_its_english_words(tmp_path: Path) -> None:
    reason = Message(
        "damaged-pdf-pypdf",
        (Message("truncated", (Message("engine-invalid-format"),)), "EOF marker not found"),
    )
    store = Store.open(tmp_path / "index.sqlite3")
    with store.transaction() as tx:
        tx.record_problem(Problem("/a/x.pdf", reason, "damaged", 5.0))
    problem = store.problem_for("/a/x.pdf")
    assert problem is not None and problem.reason == reason
    store.close()
    conn = sqlite3.connect(tmp_path / "index.sqlite3")
    (words,) = conn.execute("SELECT reason FROM problems").fetchone()
    conn.close()
    assert words == (
        "damaged PDF: truncated (no end-of-file marker), not a valid PDF structure"
        " (pypdf: EOF marker not found)"
    )


def _drop_schema_6(conn: sqlite3.Connection) -> None:
    conn.execute("DROP INDEX pages_source")
    conn.execute("ALTER TABLE pages DROP COLUMN source")
    conn.execute("DROP TABLE page_words")


def test_reasons_an_older_version_stored_in_english_are_read_sensibly(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    # What schema 4 and before held: the English words only (and no page sources).
    _drop_schema_6(conn)
    conn.execute("ALTER TABLE problems DROP COLUMN message")
    conn.execute("PRAGMA user_version = 4")
    rows = [("/a/1.pdf", "password required"), ("/a/2.pdf", "timed out after 120 s")]
    for name, words in rows:
        conn.execute(
            "INSERT INTO problems(path, kind, reason, at) VALUES (?, 'x', ?, 1.0)", (name, words)
        )
    conn.commit()
    conn.close()
    store = Store.open(path)  # migrated to the current schema
    reasons = {p.path: p.reason for p in store.problems()}
    store.close()
    assert reasons == {
        "/a/1.pdf": Message("password-required"),
        "/a/2.pdf": Message("legacy", ("timed out after 120 s",)),
    }
    # And a read-only copy of such an index (not migrated) reads them alike.
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE problems DROP COLUMN message")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    old = Store.open(path, read_only=True)
    assert {p.path: p.reason for p in old.problems()} == reasons
    old.close()


def test_pages_without_a_text_layer_are_kept_and_recognised_ones_with_their_words() -> None:
    store = Store.open(":memory:")
    raw = Extraction(page_count=3, pages=("tekst", "", ""), textless=(2, 3))
    with store.transaction() as tx:
        doc_id = tx.put_document(
            path="/a/scan.pdf", size=1, mtime=1.0, hash="h", raw=raw, meta=_meta()
        )
        tx.mark_fulltext_done([doc_id])
    assert [p.source for p in store.pages(doc_id)] == ["layer", "none", "none"]
    assert store.unrecognised() == [(doc_id, 2), (doc_id, 3)]
    assert store.page_sources() == {"none": 2}
    words = (WordBox("Ørland", 0.1, 0.2, 0.3, 0.04, 93.5),)
    with store.transaction() as tx:
        tx.put_recognised(doc_id, 2, "Høring på Ørland", words)
        tx.ocr_failed(doc_id, 3)
    page = store.pages_of(doc_id, [2])[0]
    assert (page.text, page.source, page.recognised) == ("Høring på Ørland", "ocr", True)
    assert store.words(doc_id, 2) == words
    assert store.words(doc_id, 1) == ()
    assert store.unrecognised() == []
    assert store.page_sources([doc_id]) == {"ocr": 1, "failed": 1}
    assert store.page_sources([]) == {}
    # The document goes to the full-text index again, with its recognised text.
    assert store.pending_fulltext() == [doc_id]
    # Read again (the file changed): the words of the old version go.
    with store.transaction() as tx:
        tx.put_document(
            path="/a/scan.pdf", size=2, mtime=2.0, hash="h2", raw=raw, meta=_meta(), doc_id=doc_id
        )
    assert store.words(doc_id, 2) == ()
    assert store.unrecognised() == [(doc_id, 2), (doc_id, 3)]
    store.close()


def test_a_version_5_index_gets_page_sources(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    store = Store.open(path)
    text = "Reguleringsplan for sentrum, vedtatt av kommunestyret i juni"
    _put(store, "/a/1.pdf", text)
    _put(store, "/a/2.pdf", text, "")  # an empty page: maybe a scan
    store.close()
    conn = sqlite3.connect(path)
    _drop_schema_6(conn)
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    old = Store.open(path, read_only=True)  # not migrated: read as text-layer pages
    assert [(p.text, p.source) for p in old.pages(1)] == [(text, "layer")]
    assert old.page_sources() == {} and old.unrecognised() == [] and old.words(1, 1) == ()
    old.close()
    store = Store.open(path)
    assert [(p.text, p.source) for p in store.pages(1)] == [(text, "layer")]
    assert store.words(1, 1) == ()
    states = store.file_states()
    # The document with a page of no text is read again at the next run (which finds
    # whether that page is a scan); the other stays as it is.
    assert (states["/a/1.pdf"].size, states["/a/1.pdf"].hash) == (100, "h-/a/1.pdf")
    assert (states["/a/2.pdf"].size, states["/a/2.pdf"].hash) == (-1, "")
    store.close()


def test_a_new_database_has_pages_large_enough_for_a_page_of_text(tmp_path: Path) -> None:
    from vtviewer.core.index import PAGE_BYTES

    store = Store.open(tmp_path / "index.sqlite3")
    try:
        assert store._db.execute("PRAGMA page_size").fetchone()[0] == PAGE_BYTES
    finally:
        store.close()
