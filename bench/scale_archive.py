"""Builds (once) and caches scale archives from the page text of a folder of real PDFs.

Used by bench/scale_bench.py and bench/gui_bench.py; not run on its own.

The layout of the cache folder (``--data``):

    extract/                 vtviewer data dir of the real corpus, indexed by the app itself
    corpus-pages.jsonl.gz    its page text, one document a line (what the archives reuse)
    archive-<pages>-<fmt>/   one scale archive: data/ (a vtviewer data dir), files/ (links to
                             the real PDFs, one per synthetic document, for the preview) and
                             build.json (how it was built; present once the build finished)

A synthetic document is a copy of a real document (so its length is drawn from the real
corpus's page-count distribution, 1,000+ page documents included, and its file is a real
PDF the preview can open); each copy shuffles chunks of words within every page and
perturbs a small share of its words (a suffix, a changed letter) so that the vocabulary
grows as a real archive's does (Heaps' law). A share of the documents get Norwegian
metadata and a Norwegian passage from the seed page on every page, so that facets,
filters, folding and compound parts have something to find.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from vtviewer.core.analysis import tokens  # noqa: E402
from vtviewer.core.archive import Archive  # noqa: E402
from vtviewer.core.index import Store  # noqa: E402
from vtviewer.core.model import Contact, DocType, Document, Extraction, Metadata, Page  # noqa: E402
from vtviewer.paths import DataPaths  # noqa: E402

log = logging.getLogger("scale_archive")

#: Bump when what a build writes changes: old caches are then built again.
#: 2: each document its own content hash (with the real file's, every copy of a PDF was
#: one content, indexed once: the full text held 2,612 of 45,660 documents at 1M pages).
GENERATOR_VERSION = 2
#: The seed page's text, kept in the repository.
SEED = REPO / "tests" / "data" / "analyser-og-planer.txt"
#: Share of the documents that are Norwegian (metadata and a passage on every page).
NORWEGIAN_SHARE = 0.25
#: Share of the words of a page perturbed per copy, and the words a shuffled chunk keeps
#: in order (short phrases survive the shuffle, as they do in real text).
PERTURB_SHARE = 0.03
CHUNK_WORDS = 8
#: How often the full-text index commits while building: as often as an indexing run does.
COMMIT_SECONDS = 1.5
STORE_BATCH = 100
#: Documents at least this long count as "long" in the statistics.
LONG_PAGES = 500

NORWEGIAN = (
    "handlingsplan",
    "omstillingsplan",
    "strategiplan",
    "kommuneplan",
    "reguleringsplan",
    "områderegulering",
    "detaljregulering",
    "næringsstrukturanalyse",
    "områdeanalyse",
    "konsekvensanalyse",
    "planene",
    "planer",
    "planen",
    "analysen",
    "analyser",
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
    "reguleringsbestemmelser",
    "planprogram",
    "kulturminneplan",
    "trafikksikkerhetsplan",
)
TITLE_HEADS: tuple[tuple[str, DocType], ...] = (
    ("Reguleringsplan for", "plan"),
    ("Områderegulering for", "plan"),
    ("Detaljregulering for", "plan"),
    ("Kommuneplanens samfunnsdel for", "plan"),
    ("Handlingsplan for", "action plan"),
    ("Trafikksikkerhetsplan for", "action plan"),
    ("Næringsstrukturanalyse for", "analysis"),
    ("Konsekvensanalyse for", "analysis"),
    ("Områdeanalyse for", "analysis"),
    ("Årsmelding for", "report"),
    ("Rapport fra omstillingsprogrammet i", "report"),
    ("Evaluering av tilskudd i", "report"),
    ("Referat fra formannskapet i", "minutes"),
    ("Protokoll fra kommunestyret i", "minutes"),
    ("Høringsuttalelse om", "other"),
)
PLACES = (
    "Vestre Toten",
    "Østre Toten",
    "Gjøvik",
    "Tromsø",
    "Ålesund",
    "Hønefoss",
    "Bjørnafjorden",
    "Lillehammer",
    "Hamar",
    "Bodø",
    "Årdal",
    "Sør-Varanger",
)
ORGS = (
    "Vestre Toten kommune",
    "Østre Toten kommune",
    "Gjøvik kommune",
    "Tromsø kommune",
    "Ålesund kommune",
    "Innlandet fylkeskommune",
    "Telemarkforskning",
    "SINTEF Raufoss Management",
    "Statens vegvesen",
    "NIBR",
    "Asplan Viak",
    "Norconsult",
)
NAMES = (
    "Bjørn Iversen",
    "Kari Nordmann",
    "Åse Ødegård",
    "Per Hansen",
    "Ola Berg",
    "Æsa Lien",
    "Håkon Sæther",
    "Øystein Aasen",
)
ROLES = ("rådgiver", "planlegger", "saksbehandler", "kommunalsjef", "prosjektleder")
OTHER_TYPES: tuple[DocType, ...] = ("report", "other", "other", "analysis", "minutes")
#: Norwegian endings, then letter changes: what a perturbed word becomes.
SUFFIXES = ("er", "en", "et", "ene", "s", "e", "a", "ar", "ane", "ing", "ingen", "lig", "het")
LETTERS = "abdefgiklmnoprstuvyæøå"


@dataclass(frozen=True)
class RealDocument:
    """One real PDF of the corpus with its extracted page text."""

    path: str
    size: int
    mtime: float
    hash: str
    title: str
    pages: tuple[str, ...]


@dataclass(frozen=True)
class Built:
    """A built scale archive: where it is and what build.json says about it."""

    folder: Path
    data: Path
    info: dict[str, object]

    @property
    def paths(self) -> DataPaths:
        return DataPaths(self.data)


def default_data() -> Path:
    return Path(tempfile.gettempdir()) / "vtviewer-bench-scale"


def formats() -> str:
    """The store and full-text formats: a cached archive is only valid for those."""
    from vtviewer.core import fulltext, index

    store = getattr(index, "SCHEMA_VERSION", 0)
    engine = getattr(fulltext, "SCHEMA_VERSION", 0)
    return f"s{store}f{engine}g{GENERATOR_VERSION}"


def folder_bytes(folder: Path) -> int:
    total = 0
    for parent, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.lstat(os.path.join(parent, name)).st_size
            except OSError:
                continue
    return total


# --- the real corpus ------------------------------------------------------------------


def corpus_pages(folder: Path, data: Path) -> list[RealDocument]:
    """The page text of every PDF in ``folder``, extracted once by vtviewer itself
    (``vtviewer index`` into ``data/extract``) and cached in ``data``."""
    cache = data / "corpus-pages.jsonl.gz"
    source = str(folder.resolve())
    if cache.is_file():
        with gzip.open(cache, "rt", encoding="utf-8") as handle:
            header = json.loads(handle.readline())
            if header.get("folder") == source:
                return [_real(json.loads(line)) for line in handle]
        print(f"{cache} was extracted from {header.get('folder')}: extracting again")
    extract = data / "extract"
    print(f"extracting the page text of {folder} with `vtviewer index` ...", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "vtviewer", "--data-dir", str(extract), "index", source],
        check=True,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    print(f"  extracted in {time.perf_counter() - started:.0f} s", flush=True)
    store = Store.open(extract / "index.sqlite3", read_only=True)
    documents: list[RealDocument] = []
    try:
        for doc in store.iter_documents():
            pages = tuple(p.text for p in store.pages(doc.id))
            documents.append(
                RealDocument(doc.path, doc.size, doc.mtime, doc.hash, doc.meta.title, pages)
            )
    finally:
        store.close()
    documents.sort(key=lambda d: d.path)
    partial = cache.with_suffix(".partial")
    with gzip.open(partial, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"folder": source, "documents": len(documents)}) + "\n")
        for d in documents:
            row = {
                "path": d.path,
                "size": d.size,
                "mtime": d.mtime,
                "hash": d.hash,
                "title": d.title,
                "pages": d.pages,
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    partial.replace(cache)
    return documents


def _real(row: dict[str, object]) -> RealDocument:
    pages = row["pages"]
    assert isinstance(pages, list)
    return RealDocument(
        str(row["path"]),
        int(row["size"]),  # type: ignore[call-overload]
        float(row["mtime"]),  # type: ignore[arg-type]
        str(row["hash"]),
        str(row["title"]),
        tuple(str(p) for p in pages),
    )


def describe_corpus(documents: list[RealDocument]) -> str:
    counts = sorted(len(d.pages) for d in documents)
    text = sum(len(p.encode()) for d in documents for p in d.pages)
    return (
        f"real corpus: {len(documents)} documents, {sum(counts)} pages, {text / 1e6:.0f} MB text;"
        f" pages per document median {statistics.median(counts):.0f},"
        f" mean {statistics.mean(counts):.0f}, max {counts[-1]},"
        f" {sum(c >= 1000 for c in counts)} of 1,000+ pages"
    )


# --- synthetic documents --------------------------------------------------------------


def variant(word: str, k: int) -> str:
    """The k-th perturbed form of ``word`` (the same k gives the same form everywhere)."""
    suffix = SUFFIXES[k % len(SUFFIXES)]
    rounds = k // len(SUFFIXES)
    if rounds == 0 or len(word) < 3:
        return word + suffix
    chars = list(word)
    spot = 1 + rounds % (len(chars) - 1)
    chars[spot] = LETTERS[(rounds * 7 + len(word)) % len(LETTERS)]
    return "".join(chars) + (suffix if rounds % 2 else "")


def perturb(text: str, rnd: random.Random) -> str:
    """Chunks of words shuffled within the page and a few words changed."""
    words = text.split()
    if not words:
        return text
    chunks = [words[i : i + CHUNK_WORDS] for i in range(0, len(words), CHUNK_WORDS)]
    rnd.shuffle(chunks)
    words = [w for chunk in chunks for w in chunk]
    count = int(len(words) * PERTURB_SHARE + rnd.random())
    for i in rnd.sample(range(len(words)), min(count, len(words))):
        word = words[i]
        if word.isalpha():
            # Pareto(1): P(k >= x) ~ 1/x, so the distinct forms of a word grow like the
            # square root of its uses: a long tail, not a new word per copy.
            k = min(int(rnd.paretovariate(1.0)) - 1, 100_000)
            words[i] = variant(word, k)
    return " ".join(words)


class Generator:
    """Synthetic documents for an archive of ``size`` pages, deterministic per size."""

    def __init__(self, corpus: list[RealDocument], seed_text: str, size: int) -> None:
        self.corpus = [d for d in corpus if d.pages]
        self.seed_words = seed_text.split()
        self.size = size
        self.rnd = random.Random(size)
        self.copies: Counter[int] = Counter()

    def documents(self) -> Iterator[tuple[RealDocument, int, Metadata, list[str]]]:
        """(the real document copied, copy number, metadata, page texts) until ``size``
        pages are made; the last document is cut to fit."""
        made = 0
        while made < self.size:
            pick = self.rnd.randrange(len(self.corpus))
            real = self.corpus[pick]
            copy = self.copies[pick]
            self.copies[pick] += 1
            rnd = random.Random(hash((self.size, pick, copy)) & 0xFFFFFFFF)
            norwegian = rnd.random() < NORWEGIAN_SHARE
            count = min(len(real.pages), self.size - made)
            pages = [perturb(text, rnd) for text in real.pages[:count]]
            if norwegian:
                pages = [self._norwegian(text, rnd) for text in pages]
            made += count
            yield real, copy, self._metadata(real, norwegian, rnd), pages

    def _norwegian(self, text: str, rnd: random.Random) -> str:
        """The page with a passage of the seed page (and a few compounds) in it."""
        length = rnd.randint(25, 60)
        start = rnd.randrange(max(1, len(self.seed_words) - length))
        passage = self.seed_words[start : start + length]
        # Compounds, and the places and people plans name (folded spellings find them).
        extra = [rnd.choice(NORWEGIAN) for _ in range(rnd.randint(1, 3))]
        extra += rnd.choice(PLACES).split() + rnd.choice(NAMES).split()[:1]
        for word in extra:
            passage.insert(rnd.randrange(len(passage) + 1), word)
        return text + "\n" + perturb(" ".join(passage), rnd)

    def _metadata(self, real: RealDocument, norwegian: bool, rnd: random.Random) -> Metadata:
        year = rnd.randint(1995, 2025)
        names = rnd.sample(NAMES, rnd.choice((1, 1, 2)))
        contacts = tuple(
            Contact(
                name=name,
                role=rnd.choice(ROLES),
                email=name.lower().replace(" ", ".") + "@example.no",
            )
            for name in names
        )
        doc_type: DocType
        if norwegian or not real.title or rnd.random() < 0.3:
            head, doc_type = rnd.choice(TITLE_HEADS)
            title = f"{head} {rnd.choice(PLACES)} {year}"
        else:
            title, doc_type = real.title, rnd.choice(OTHER_TYPES)
        return Metadata(
            title=title,
            doc_type=doc_type,
            period_from=year,
            period_to=year + rnd.choice((0, 0, 1, 3)),
            published=f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
            organisation=rnd.choice(ORGS),
            language="nb" if norwegian else "en",
            tags=tuple(rnd.sample(NORWEGIAN, 2)) if norwegian else (),
            contacts=contacts,
            summary=" ".join(self.seed_words[:30]) if norwegian else "",
        )


# --- building -------------------------------------------------------------------------


def archive_folder(data: Path, size: int) -> Path:
    return data / f"archive-{size}-{formats()}"


def load(data: Path, size: int) -> Built | None:
    """The archive of ``size`` pages cached in ``data``, None when not built (yet). One
    built with an older store format (and the same full-text format) is migrated by
    opening it, as the application migrates a user's store, and used where it is (its
    documents' paths name its folder)."""
    folder = archive_folder(data, size)
    if not (folder / "build.json").is_file():
        folder = _migrated_older(data, size) or folder
    info = folder / "build.json"
    if not info.is_file():
        return None
    return Built(folder, folder / "data", json.loads(info.read_text(encoding="utf-8")))


def _migrated_older(data: Path, size: int) -> Path | None:
    from vtviewer.core import index

    rest = formats().split("f", 1)[1]
    for version in range(index.SCHEMA_VERSION - 1, index.READABLE_SCHEMA_VERSION - 1, -1):
        older = data / f"archive-{size}-s{version}f{rest}"
        info_file = older / "build.json"
        if not info_file.is_file():
            continue
        info = json.loads(info_file.read_text(encoding="utf-8"))
        if info.get("formats") != formats():
            print(f"  migrating {older.name} to store format {index.SCHEMA_VERSION} ...")
            Archive.open(DataPaths(older / "data")).close()
            info["formats"] = formats()
            info_file.write_text(json.dumps(info, indent=1), encoding="utf-8")
        return older
    return None


def build(folder: Path, data: Path, size: int) -> Built:
    """The archive of ``size`` pages: cached, or built now through the store and the
    full-text index the app uses."""
    cached = load(data, size)
    if cached is not None:
        return cached
    data.mkdir(parents=True, exist_ok=True)
    corpus = corpus_pages(folder, data)
    print(describe_corpus(corpus), flush=True)
    target = archive_folder(data, size)
    if target.exists():
        print(f"removing an unfinished build in {target}", flush=True)
        subprocess.run(["rm", "-rf", str(target)], check=True)
    files = target / "files"
    files.mkdir(parents=True)
    generator = Generator(corpus, SEED.read_text(encoding="utf-8"), size)
    stats = _Stats()
    print(f"== building {size:,} pages in {target}", flush=True)
    started = time.perf_counter()
    with Archive.open(DataPaths(target / "data")) as archive:
        archive.add_root(str(files))
        batch: list[tuple[Document, list[Page]]] = []
        last_commit = time.monotonic()
        next_report = 0
        pending_done: list[int] = []
        pipeline = 0.0  # seconds in the store and the full-text index (not generating)
        for real, copy, meta, texts in generator.documents():
            link = files / f"c{copy:04d}" / Path(real.path).name
            if not link.parent.is_dir():
                link.parent.mkdir()
            if link.exists() or link.is_symlink():
                link = link.with_name(f"{len(stats.docs)}-{link.name}")
            link.symlink_to(real.path)
            # Its text is its own (perturbed per copy): so is its content hash. With the
            # real file's, the store would take the copies for one content, indexed once.
            content = hashlib.sha256(f"{real.hash}/{len(stats.docs)}".encode()).hexdigest()
            doc = Document(0, str(link), real.size, real.mtime, content, len(texts), False, meta)
            batch.append((doc, [Page(0, n, t) for n, t in enumerate(texts, start=1)]))
            stats.add(texts, meta)
            if len(batch) >= STORE_BATCH or sum(len(p) for _, p in batch) >= 5_000:
                t0 = time.perf_counter()
                pending_done += _write(archive, batch)
                pipeline += time.perf_counter() - t0
                batch = []
            if time.monotonic() - last_commit >= COMMIT_SECONDS and pending_done:
                t0 = time.perf_counter()
                _commit(archive, pending_done)
                pipeline += time.perf_counter() - t0
                pending_done = []
                last_commit = time.monotonic()
            if stats.pages >= next_report:
                _progress(stats.pages, size, started)
                next_report += max(10_000, size // 20)
        t0 = time.perf_counter()
        pending_done += _write(archive, batch)
        _commit(archive, pending_done)
        # As an indexing run ends: the writers let go, the segments merges replaced are
        # deleted (left, they were a third of the folder).
        archive.fulltext.release_writer()
        pipeline += time.perf_counter() - t0
        _check_complete(archive, len(stats.docs))
    seconds = time.perf_counter() - started
    _progress(stats.pages, size, started)
    info: dict[str, object] = {
        "pages": stats.pages,
        "documents": len(stats.docs),
        "text_bytes": stats.text_bytes,
        "build_seconds": round(seconds, 1),
        "pages_per_second": round(stats.pages / seconds, 1),
        "pipeline_seconds": round(pipeline, 1),
        "pipeline_pages_per_second": round(stats.pages / pipeline, 1),
        "data_bytes": folder_bytes(target / "data"),
        "formats": formats(),
        "corpus_documents": len(corpus),
    }
    with gzip.open(target / "stats.json.gz", "wt", encoding="utf-8") as handle:
        json.dump(stats.to_json(), handle, ensure_ascii=False)
    (target / "build.json").write_text(json.dumps(info, indent=1), encoding="utf-8")
    return Built(target, target / "data", info)


def _write(archive: Archive, batch: list[tuple[Document, list[Page]]]) -> list[int]:
    """Store a batch in one transaction, as an indexing run does, then hand it to the
    full-text index (Writer.put_document, then FullText.add, as core/scan.py does)."""
    stored: list[tuple[Document, list[Page]]] = []
    with archive.store.transaction() as tx:
        for doc, pages in batch:
            raw = Extraction(page_count=doc.page_count, pages=tuple(p.text for p in pages))
            doc_id = tx.put_document(
                path=doc.path,
                size=doc.size,
                mtime=doc.mtime,
                hash=doc.hash,
                raw=raw,
                meta=doc.meta,
            )
            real_doc = Document(
                doc_id,
                doc.path,
                doc.size,
                doc.mtime,
                doc.hash,
                doc.page_count,
                False,
                doc.meta,
                time.time(),
            )
            stored.append((real_doc, [Page(doc_id, p.number, p.text) for p in pages]))
    for doc, pages in stored:
        archive.fulltext.add(doc, pages)
    return [doc.id for doc, _ in stored]


def _check_complete(archive: Archive, written: int) -> None:
    """Fail loudly unless the full-text index holds every document and every page with
    words: measured on part of an archive, a benchmark would be wrong without saying."""
    archive.sync_fulltext()
    documents = archive.store.count_documents()
    indexed = archive.fulltext.doc_count()
    pages = archive.fulltext.page_searcher().num_docs
    if documents != written or indexed != documents:
        raise SystemExit(
            f"{written:,} documents written, {documents:,} stored, {indexed:,} in the"
            " full-text index: this archive would measure only part of itself"
        )
    print(f"  full text: {indexed:,} documents, {pages:,} pages with words", flush=True)


def _commit(archive: Archive, done: list[int]) -> None:
    archive.fulltext.commit()
    with archive.store.transaction() as tx:
        tx.mark_fulltext_done(done)


def _progress(pages: int, size: int, started: float) -> None:
    seconds = time.perf_counter() - started
    rate = pages / seconds if seconds > 0 else 0.0
    print(f"  {pages:>9,} / {size:,} pages  {seconds:6.0f} s  {rate:6.0f} pages/s", flush=True)


class _Stats:
    """Document frequencies of the words written (to pick queries by), and sizes."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.long_df: Counter[str] = Counter()
        self.docs: list[tuple[int, str, str]] = []  # pages, title, organisation
        self.pages = 0
        self.text_bytes = 0

    def add(self, texts: list[str], meta: Metadata) -> None:
        words: set[str] = set()
        for text in texts:
            words.update(tokens(text))
            self.text_bytes += len(text.encode("utf-8", "surrogatepass"))
        self.df.update(words)
        if len(texts) >= LONG_PAGES:
            self.long_df.update(words)
        self.pages += len(texts)
        self.docs.append((len(texts), meta.title, meta.organisation))

    def to_json(self) -> dict[str, object]:
        keep = {w: n for w, n in self.df.items() if n >= 2 and w.isalpha() and len(w) >= 3}
        return {
            "documents": len(self.docs),
            "df": keep,
            "long_df": {w: n for w, n in self.long_df.items() if n >= 2 and w in keep},
            "long_documents": sum(p >= LONG_PAGES for p, _, _ in self.docs),
            "page_counts": [p for p, _, _ in self.docs],
        }


def load_stats(built: Built) -> dict[str, object]:
    with gzip.open(built.folder / "stats.json.gz", "rt", encoding="utf-8") as handle:
        stats: dict[str, object] = json.load(handle)
    return stats


def reused_corpus(data: Path) -> list[RealDocument]:
    """The cached corpus page text (after a build)."""
    cache = data / "corpus-pages.jsonl.gz"
    with gzip.open(cache, "rt", encoding="utf-8") as handle:
        handle.readline()
        return [_real(json.loads(line)) for line in handle]
