"""Search benchmark: synthetic archives from real extracted words; p50/p95 per query class.

Run: .venv/bin/python bench/search_bench.py FOLDER [--sizes 10000 100000] [--data DIR]

FOLDER is a folder of real PDFs (for example one built by ../shared/corpus/
make_bench_corpus.sh DIR); their text gives the word pool.
Not a test: it prints figures (build time, index size vs raw text, latency per class).
"""

from __future__ import annotations

import argparse
import logging
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vtviewer.core.analysis import tokens
from vtviewer.core.fulltext import VOCABULARY_FILE, FullText, save_vocabulary
from vtviewer.core.model import Contact, Document, Metadata, Page
from vtviewer.core.search import SNIPPET_HITS, SearchEngine

#: The seed page's text, kept in the repository.
SEED = Path(__file__).resolve().parents[1] / "tests" / "data" / "analyser-og-planer.txt"
NORWEGIAN = [
    "handlingsplan",
    "omstillingsplan",
    "strategiplan",
    "kommuneplan",
    "reguleringsplan",
    "områderegulering",
    "næringsstrukturanalyse",
    "områdeanalyse",
    "konsekvensanalyse",
    "planene",
    "planer",
    "planen",
    "analysen",
    "analyser",
    "tromsø",
    "bjørn",
    "gjøvik",
    "hønefoss",
    "ålesund",
    "årsmelding",
    "høring",
    "sårbarhet",
    "næringsliv",
    "befolkningsvekst",
    "økonomiplan",
    "tilskudd",
    "utvalg",
    "kommunestyret",
    "formannskapet",
]
ORGS = [
    "Vestre Toten kommune",
    "Telemarkforskning",
    "SINTEF Raufoss Management",
    "Østre Toten kommune",
    "Innlandet fylkeskommune",
    "Gjøvik kommune",
    "Statens vegvesen",
    "NIBR",
    "Asplan Viak",
    "Norconsult",
]
NAMES = ["Bjørn Iversen", "Kari Nordmann", "Åse Ødegård", "Per Hansen", "Ola Berg", "Æsa Lien"]
TYPES = ["report", "plan", "action plan", "analysis", "minutes", "other"]


def real_words(folder: Path, max_files: int) -> list[str]:
    """Words from real extracted text: the seed page and (pypdf) text of corpus PDFs."""
    text = [SEED.read_text(encoding="utf-8")] * 20
    try:
        from pypdf import PdfReader

        for path in sorted(folder.rglob("*.pdf"))[:max_files]:
            try:
                reader = PdfReader(str(path))
                for page in reader.pages[:30]:
                    text.append(page.extract_text() or "")
            except Exception:
                continue
    except ImportError:
        pass
    words = [w for t in text for w in re.findall(r"[^\W\d_]{2,}", t)]
    return words + NORWEGIAN * 200


class FakeStore:
    """Regenerates page text from the document id (cheap and deterministic)."""

    def __init__(self, pool: list[str]) -> None:
        self.pool = pool
        self.head = [w.lower() for w, _ in Counter(pool).most_common(400)]
        self.docs: dict[int, Document] = {}

    def pages_for(self, doc_id: int) -> list[Page]:
        rnd = random.Random(doc_id)
        count = rnd.randint(1, 3)
        return [Page(doc_id, n, self._text(rnd, rnd.randint(60, 180))) for n in range(1, count + 1)]

    def _text(self, rnd: random.Random, k: int) -> str:
        words = rnd.choices(self.pool, k=k)
        # Norwegian writes compounds as one word: join some pairs, which also gives the
        # long tail of rare words a real archive has.
        for i in range(0, k, 9):
            words[i] = rnd.choice(self.head) + rnd.choice(self.head)
        return " ".join(words)

    def documents_by_ids(self, ids: Iterable[int]) -> dict[int, Document]:
        return {i: self.docs[i] for i in ids if i in self.docs}

    def pages(self, doc_id: int) -> list[Page]:
        return self.pages_for(doc_id)


def make_document(doc_id: int, pool: list[str], pages: int) -> Document:
    rnd = random.Random(-doc_id)
    start = rnd.randint(2000, 2024)
    meta = Metadata(
        title=" ".join(rnd.choices(pool, k=rnd.randint(2, 6))).capitalize(),
        doc_type=rnd.choice(TYPES),  # type: ignore[arg-type]
        period_from=start,
        period_to=start + rnd.choice([0, 0, 1, 3]),
        published=f"{start}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}",
        organisation=rnd.choice(ORGS),
        language="nb",
        tags=tuple(rnd.sample(NORWEGIAN, 2)),
        contacts=(Contact(name=rnd.choice(NAMES)),),
        summary=" ".join(rnd.choices(pool, k=20)),
    )
    return Document(
        doc_id, f"/archive/{doc_id % 97}/doc{doc_id}.pdf", 1, 0.0, "", pages, False, meta
    )


def build(size: int, folder: Path, pool: list[str]) -> tuple[FullText, FakeStore, int, float]:
    store = FakeStore(pool)
    fulltext = FullText.open(folder)
    raw = 0
    started = time.perf_counter()
    for doc_id in range(1, size + 1):
        pages = store.pages_for(doc_id)
        doc = make_document(doc_id, pool, len(pages))
        store.docs[doc_id] = doc
        raw += sum(len(p.text.encode()) for p in pages)
        fulltext.add(doc, pages)
        if doc_id % 20_000 == 0:
            fulltext.commit()
            print(f"  {doc_id} documents, {time.perf_counter() - started:.0f} s", flush=True)
    fulltext.commit()
    return fulltext, store, raw, time.perf_counter() - started


def query_classes(fulltext: FullText, size: int, rnd: random.Random) -> dict[str, list[str]]:
    vocab = fulltext.vocabulary()
    df = vocab.exact_df
    words = [w for w in vocab.exact if w.isalpha() and len(w) >= 4]
    common = [w for w in words if 0.3 * size <= df[w] <= 0.6 * size]
    rare = [w for w in words if 2 <= df[w] <= max(5, size // 2000)]
    mid = [w for w in words if size // 200 <= df[w] <= size // 10]
    pool = fulltext_pool_phrases(rnd, size)
    folded = [
        w.replace("ø", "oe").replace("å", "aa")
        for w in words
        if ("ø" in w or "å" in w) and df[w] >= 2
    ]
    return {
        "common": rnd.sample(common, min(8, len(common))),
        "rare": rnd.sample(rare, min(8, len(rare))),
        "prefix": [w[:4] + "*" for w in rnd.sample(mid, min(8, len(mid)))],
        "phrase": pool,
        "and": [" ".join(rnd.sample(mid, 2)) for _ in range(8)],
        "field+text": [f"type:plan {w}" for w in rnd.sample(mid, min(8, len(mid)))],
        "folded": rnd.sample(folded, min(8, len(folded))),
        "compound": ["plan", "analyse", "regulering", "strategi", "næring", "befolkning"],
    }


def fulltext_pool_phrases(rnd: random.Random, size: int) -> list[str]:
    store = FakeStore(POOL)
    phrases = []
    for _ in range(8):
        page = store.pages_for(rnd.randint(1, size))[0]
        words = list(tokens(page.text))
        i = rnd.randint(0, len(words) - 2)
        phrases.append(f'"{words[i]} {words[i + 1]}"')
    return phrases


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def reopen(fulltext: FullText, folder: Path, store: FakeStore, label: str) -> FullText:
    """Close and open the index again, timing the open and the first search after it."""
    fulltext.close()
    started = time.perf_counter()
    fulltext = FullText.open(folder)
    opened = time.perf_counter()
    fulltext.vocabulary()  # what the first search waits for (loaded in the background)
    ready = time.perf_counter()
    SearchEngine(store, fulltext).search("plan", limit=SNIPPET_HITS)
    done = time.perf_counter()
    print(
        f"{label}: {1000 * (done - started):.0f} ms (open {1000 * (opened - started):.0f} ms,"
        f" vocabulary ready after {1000 * (ready - opened):.0f} ms,"
        f" search 'plan' {1000 * (done - ready):.0f} ms)",
        flush=True,
    )
    return fulltext


def run(size: int, data: Path | None) -> None:
    with tempfile.TemporaryDirectory(dir=data) as tmp:
        folder = Path(tmp) / "fulltext"
        print(f"== {size} documents: building", flush=True)
        fulltext, store, raw, seconds = build(size, folder, POOL)
        index_bytes = fulltext.size_bytes()
        print(
            f"build {seconds:.1f} s; raw text {raw / 1e6:.1f} MB; index {index_bytes / 1e6:.1f} MB;"
            f" index/raw {index_bytes / raw:.2f}"
        )
        fulltext = reopen(fulltext, folder, store, "open + first search")
        vocabulary_file = folder / VOCABULARY_FILE
        vocabulary = fulltext.vocabulary()
        started = time.perf_counter()
        size_bytes = save_vocabulary(vocabulary, folder / "save-test", 0)
        print(
            f"vocabulary: {len(vocabulary.exact)} words, {len(vocabulary.norm_df)} normalised;"
            f" file {size_bytes / 1e6:.1f} MB; save {1000 * (time.perf_counter() - started):.0f}"
            " ms (throttled to <= 5% of indexing time; always at close)"
        )
        (folder / "save-test").unlink()
        vocabulary_file.unlink()
        fulltext = reopen(fulltext, folder, store, "open + first search, no vocabulary file")
        engine = SearchEngine(store, fulltext)
        rnd = random.Random(size)
        for name, queries in query_classes(fulltext, size, rnd).items():
            times: list[float] = []
            totals: list[int] = []
            for _ in range(3):
                for query in queries or ["(none)"]:
                    t0 = time.perf_counter()
                    result = engine.search(query, limit=SNIPPET_HITS)
                    times.append(1000 * (time.perf_counter() - t0))
                    totals.append(result.total)
            print(
                f"  {name:11s} p50 {percentile(times, 0.5):6.1f} ms"
                f"  p95 {percentile(times, 0.95):6.1f} ms"
                f"  (median hits {int(statistics.median(totals))}; e.g. {queries[0]!r})",
                flush=True,
            )
        fulltext.close()


POOL: list[str] = []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, help="a folder of real PDFs to draw words from")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--files", type=int, default=68, help="corpus PDFs to draw words from")
    parser.add_argument("--data", type=Path, default=None, help="folder for the temporary index")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if not args.folder.is_dir():
        parser.error(f"not a folder: {args.folder}")
    words = real_words(args.folder, args.files)
    counts = Counter(w.lower() for w in words)
    print(f"word pool: {len(words)} words, {len(counts)} distinct")
    POOL.extend(words)
    for size in args.sizes:
        run(size, args.data)


if __name__ == "__main__":
    main()
