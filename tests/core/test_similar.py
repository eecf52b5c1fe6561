"""Similar documents: the ten most alike, from the index, with the words they share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.core.test_search import build_sample
from vtviewer.core.fulltext import FullText
from vtviewer.core.index import Store
from vtviewer.core.model import Extraction, Metadata
from vtviewer.core.similar import SIMILAR_LIMIT, similar_documents


@pytest.fixture
def archive() -> Iterator[tuple[Store, FullText]]:
    store = Store.open(":memory:")
    fulltext = FullText.open(None)
    yield store, fulltext
    fulltext.close()
    store.close()


def add(store: Store, fulltext: FullText, title: str, text: str) -> int:
    with store.transaction() as writer:
        doc_id = writer.put_document(
            path=f"/a/{title}.pdf",
            size=1,
            mtime=0.0,
            hash=title,
            raw=Extraction(page_count=1, pages=(text,)),
            meta=Metadata(title=title, language="nb"),
        )
    document = store.document(doc_id)
    assert document is not None
    fulltext.add(document, store.pages(doc_id))
    return doc_id


def test_neighbours_share_words_and_the_document_itself_is_not_one(
    archive: tuple[Store, FullText],
) -> None:
    store, fulltext = archive
    text = "Fiskeri, havbruk og laks langs kysten. Laks og torsk."
    source = add(store, fulltext, "Fiskeri", text)
    add(store, fulltext, "Havbruk", "Havbruk av laks i merder langs kysten.")
    add(store, fulltext, "Torsk", "Torsk og fiskeri i nord.")
    add(store, fulltext, "Skole", "Elever og lærere i grunnskolen.")
    fulltext.commit()
    found = similar_documents(store, fulltext, source)
    titles = [item.document.meta.title for item in found]
    assert titles[0] == "Havbruk" and set(titles) == {"Havbruk", "Torsk"}
    assert "Fiskeri" not in titles and "Skole" not in titles
    by_title = {item.document.meta.title: item for item in found}
    # The shared words, as the document writes them, most telling first.
    assert set(by_title["Havbruk"].shared) == {"havbruk", "laks", "langs", "kysten"}
    assert set(by_title["Torsk"].shared) == {"torsk", "fiskeri"}
    assert found[0].score >= found[1].score > 0


def test_at_most_ten_and_none_for_what_shares_nothing(archive: tuple[Store, FullText]) -> None:
    store, fulltext = archive
    source = add(store, fulltext, "Kilde", "Reguleringsplan for sentrum med boliger og parkering.")
    for n in range(15):
        add(store, fulltext, f"Plan {n}", f"Reguleringsplan nummer {n} for sentrum og boliger.")
    lonely = add(store, fulltext, "Alene", "Ingenting felles overhodet.")
    fulltext.commit()
    found = similar_documents(store, fulltext, source)
    assert len(found) == SIMILAR_LIMIT == 10
    assert all(item.shared for item in found)
    assert len(similar_documents(store, fulltext, source, limit=3)) == 3
    assert similar_documents(store, fulltext, lonely) == ()
    assert similar_documents(store, fulltext, 9999) == ()
    assert similar_documents(store, fulltext, source, limit=0) == ()


def test_the_seed_plans_are_each_others_neighbours() -> None:
    store = Store.open(":memory:")
    fulltext = FullText.open(None)
    ids = build_sample(store, fulltext)
    found = similar_documents(store, fulltext, ids["Omstillingsplan 2013 - 2015"])
    assert found[0].document.meta.title == "Handlingsplan 2013"
    assert {"Bjørn", "bjørn"} & set(found[0].shared)
    fulltext.close()
    store.close()
