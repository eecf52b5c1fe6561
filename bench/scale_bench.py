"""Search benchmark at scale: archives of real page text, p50/p95/p99 per query class.

    .venv/bin/python bench/scale_bench.py FOLDER [--sizes 100000 1000000] [--data DIR]

FOLDER is a folder of real PDFs (for example one built by ../shared/corpus/
make_bench_corpus.sh DIR). Its page text is extracted once by vtviewer itself and cached
in DIR; archives of ``--sizes`` pages are built from it through the real store and
full-text index (see bench/scale_archive.py) and cached there too, so a second run only
measures. Add 3000000 to ``--sizes`` where the machine allows (about 3x the 1,000,000
build time and disk).

Measured per archive: build time and rate, data dir size vs the text written, open and
first search, every query class in-process through ``Archive.search`` as the window asks
(limit 50; pages and snippets for the first 20 hits; facets), each class several queries
each run ``--runs`` times warm (nothing discarded), and ``vtviewer search --json`` in
fresh processes (took_ms and wall time). Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_archive
from scale_archive import REPO, Built

from vtviewer.core.analysis import tokens
from vtviewer.core.archive import Archive
from vtviewer.core.model import SearchResult

#: What the window asks for (a page of results; the engine adds pages for the first 20).
LIMIT = 50
SNIPPET_HITS = 20
QUERIES_PER_CLASS = 5
FOLDED = ("tromsoe", "aalesund", "bjoern", "hoenefoss", "gjoevik", "oestre")
COMPOUND_PARTS = ("regulering", "analyse", "strategi", "næring", "befolkning")


@dataclass
class QueryClass:
    name: str
    queries: list[str]
    sort: str = "relevance"
    #: A hit should show pages (the words are in the page text, not only in metadata).
    wants_pages: bool = True
    times: list[float] = field(default_factory=list)
    totals: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between the closest ranks (as numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = q * (len(ordered) - 1)
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


# --- choosing the queries -------------------------------------------------------------


def choose_queries(
    built: Built, corpus: list[scale_archive.RealDocument], rnd: random.Random
) -> list[QueryClass]:
    """Query classes picked from the document frequencies of the built archive."""
    stats = scale_archive.load_stats(built)
    documents = int(stats["documents"])  # type: ignore[call-overload]
    df: dict[str, int] = stats["df"]  # type: ignore[assignment]
    long_df: dict[str, int] = stats["long_df"]  # type: ignore[assignment]
    long_documents = int(stats["long_documents"])  # type: ignore[call-overload]
    real_words = _real_vocabulary(corpus)
    words = [w for w in sorted(df) if len(w) >= 4 and w in real_words]

    def band(low: float, high: float) -> list[str]:
        return [w for w in words if low * documents <= df[w] <= high * documents]

    def pick(pool: list[str], k: int = QUERIES_PER_CLASS) -> list[str]:
        return rnd.sample(pool, min(k, len(pool)))

    common = band(0.3, 0.6)
    mid = band(0.05, 0.3)
    rare = [w for w in words if 2 <= df[w] <= max(3, documents // 1000) and len(w) >= 6]
    prefixes3 = sorted({w[:3] for w in band(0.02, 0.3) if w[:3].isalpha()})
    prefixes4 = sorted({w[:4] for w in band(0.02, 0.3) if w[:4].isalpha()})
    # Words of the long documents that few others have: their top hits are the longest.
    lift = {
        w: long_df.get(w, 0) / long_documents - df[w] / documents
        for w in words
        if long_documents and long_df.get(w, 0) >= 2
    }
    in_long = sorted(lift, key=lambda w: (-lift[w], w))[: 4 * QUERIES_PER_CLASS]
    titles = _title_words()
    classes = [
        QueryClass("common", pick(common)),
        QueryClass("rare", pick(rare)),
        QueryClass("prefix 3", ["pla*"] + [p + "*" for p in pick(prefixes3, 4)]),
        QueryClass("prefix 4", ["regu*"] + [p + "*" for p in pick(prefixes4, 4)]),
        QueryClass("phrase", _phrases(corpus, df, documents, rnd)),
        QueryClass("and", [f"{a} {b}" for a, b in _pairs(mid, rnd)]),
        QueryClass("or", [f"{a} OR {b}" for a, b in _pairs(mid, rnd)]),
        QueryClass("not", [f"{a} -{b}" for a, b in zip(pick(common), pick(mid), strict=False)]),
        QueryClass(
            "field+text",
            [
                f"{scope} {w}"
                for scope, w in zip(
                    ("org:tromsø", "type:plan", "contact:bjørn"), pick(mid, 3), strict=False
                )
            ]
            + [f"title:{w}" for w in pick(titles, 2)],
            wants_pages=False,  # title:word matches the title alone
        ),
        # Places and people are in the metadata too: a hit there alone has no pages.
        QueryClass("folded", list(FOLDED[:QUERIES_PER_CLASS]), wants_pages=False),
        QueryClass("compound", list(COMPOUND_PARTS)),
        QueryClass("long docs", in_long),  # narrowed to the longest hits when measured
        QueryClass("by pages", pick(common), sort="pages"),
        # Misspelt real words (one edit for 5-8 letters, two for 9+) that are no word of
        # the archive: corrected for typos (core/typos.py); a name and a field filter too.
        QueryClass(
            "typo",
            [*_typos(pick(band(0.01, 0.3), 4), df, rnd), *_typos(["iversen"], df, rnd, "contact:")],
        ),
    ]
    return [c for c in classes if c.queries]


def _typos(words: list[str], df: dict[str, int], rnd: random.Random, scope: str = "") -> list[str]:
    """Each of ``words`` (5 letters or more) misspelt as people do (a letter left out,
    doubled, swapped or replaced; twice from 9 letters), into no word of the archive."""
    misspelt: list[str] = []
    for word in words:
        if len(word) < 5:
            continue
        for _ in range(20):
            typed = word
            for _ in range(1 if len(word) < 9 else 2):
                i = rnd.randrange(1, len(typed) - 1)
                kind = rnd.choice(("missing", "doubled", "swapped", "replaced"))
                if kind == "missing":
                    typed = typed[:i] + typed[i + 1 :]
                elif kind == "doubled":
                    typed = typed[:i] + typed[i] + typed[i:]
                elif kind == "swapped":
                    typed = typed[:i] + typed[i + 1] + typed[i] + typed[i + 2 :]
                else:
                    typed = typed[:i] + rnd.choice("aeiknrst") + typed[i + 1 :]
            if typed != word and typed not in df:
                misspelt.append(scope + typed)
                break
    return misspelt


def _real_vocabulary(corpus: list[scale_archive.RealDocument]) -> set[str]:
    """Words of the real text (not a perturbed form), so picked words read as real."""
    words: set[str] = set()
    for doc in corpus:
        for page in doc.pages:
            words.update(tokens(page))
    words.update(tokens(scale_archive.SEED.read_text(encoding="utf-8")))
    return words


def _pairs(pool: list[str], rnd: random.Random) -> list[tuple[str, str]]:
    if len(pool) < 2:
        return []
    pairs = []
    for _ in range(QUERIES_PER_CLASS):
        a, b = rnd.sample(pool, 2)
        pairs.append((a, b))
    return pairs


def _phrases(
    corpus: list[scale_archive.RealDocument],
    df: dict[str, int],
    documents: int,
    rnd: random.Random,
) -> list[str]:
    """Frequent pairs (and one triple) of adjacent common words of the real text."""
    common = {w for w, n in df.items() if n >= 0.2 * documents and len(w) >= 3}
    pairs: Counter[tuple[str, ...]] = Counter()
    triples: Counter[tuple[str, ...]] = Counter()
    sample = rnd.sample(corpus, min(300, len(corpus)))
    for doc in sample:
        for page in doc.pages[:40]:
            words = tokens(page)
            for i in range(len(words) - 2):
                a, b, c = words[i : i + 3]
                if a in common and b in common and a != b:
                    pairs[(a, b)] += 1
                    if c in common and c not in (a, b):
                        triples[(a, b, c)] += 1
    chosen = [p for p, _ in pairs.most_common(40)]
    picked = rnd.sample(chosen, min(QUERIES_PER_CLASS - 1, len(chosen)))
    picked += [t for t, _ in triples.most_common(1)]
    return ['"' + " ".join(p) + '"' for p in picked]


def _title_words() -> list[str]:
    """Words of the Norwegian titles (title:word)."""
    words: set[str] = set()
    for head, _ in scale_archive.TITLE_HEADS:
        words.update(w for w in tokens(head) if len(w) >= 6)
    return sorted(words)


# --- measuring ------------------------------------------------------------------------


def check(archive: Archive, qc: QueryClass, query: str, result: SearchResult) -> None:
    """A little correctness: hits where expected, pages for the first hits, page numbers
    within the document, the page showing a matched word."""
    if result.total == 0:
        qc.notes.append(f"NO HITS for {query!r}")
        return
    first = result.hits[:SNIPPET_HITS]
    with_pages = sum(1 for h in first if h.pages)
    if qc.wants_pages and with_pages < len(first) // 2:
        qc.notes.append(f"{query!r}: only {with_pages}/{len(first)} of the first hits have pages")
    for hit in first[:3]:
        for page in hit.pages:
            if not 1 <= page.page <= hit.document.page_count:
                qc.notes.append(f"{query!r}: page {page.page} outside {hit.document.page_count}")
        if hit.pages and hit.pages[0].terms:
            number = hit.pages[0].page
            text = next((p.text for p in archive.pages(hit.document.id) if p.number == number), "")
            term = hit.pages[0].terms[0]
            if term.lower() not in text.lower():
                qc.notes.append(f"{query!r}: {term!r} not on page {number} of {hit.document.id}")
    if qc.name == "compound":
        part = query.lower()
        longer = {t for h in first for t in h.terms if part in t.lower() and len(t) > len(part)}
        if not longer:
            qc.notes.append(f"{query!r}: no compound among the matched words")
    if qc.name == "typo" and not result.corrections:
        qc.notes.append(f"{query!r}: found without a correction")
    if qc.name == "folded":
        terms = {t.lower() for h in first for t in h.terms}
        if not any(ch in t for t in terms for ch in "øåæ"):
            qc.notes.append(f"{query!r}: matched words {sorted(terms)[:5]} show no ø/å/æ")


def measure(built: Built, classes: list[QueryClass], runs: int) -> None:
    started = time.perf_counter()
    archive = Archive.open(built.paths)
    opened = time.perf_counter()
    caught_up = archive.sync_fulltext()
    if caught_up:
        print(f"  (the full-text index caught up {caught_up} documents first)")
    for qc in classes:
        if qc.name == "long docs":
            _keep_longest(archive, qc)
    first_query = classes[0].queries[0]
    synced = time.perf_counter()
    archive.search(first_query, limit=LIMIT)
    done = time.perf_counter()
    print(
        f"open {1000 * (opened - started):.0f} ms; first search {first_query!r} after open"
        f" {1000 * (done - synced):.0f} ms (in-process; waits for what open loads)",
        flush=True,
    )
    try:
        # Rounds over every class, so that a burst of load from the other benchmarks
        # on this machine falls on all classes alike.
        for run in range(runs):
            for qc in classes:
                for query in qc.queries:
                    t0 = time.perf_counter()
                    result = archive.search(query, sort=qc.sort, limit=LIMIT)
                    qc.times.append(1000 * (time.perf_counter() - t0))
                    qc.totals.append(result.total)
                    if run == 0:
                        check(archive, qc, query, result)
                        qc.notes.extend(_shape(qc, query, result))
    finally:
        archive.close()


def _keep_longest(archive: Archive, qc: QueryClass) -> None:
    """Of the candidates, the queries whose first hits are the longest documents (each
    run once, untimed)."""

    def first_pages(query: str) -> float:
        result = archive.search(query, limit=LIMIT)
        counts = [h.document.page_count for h in result.hits[:SNIPPET_HITS]]
        return statistics.median(counts) if counts else 0.0

    ranked = sorted(qc.queries, key=lambda q: (-first_pages(q), q))
    qc.queries = ranked[:QUERIES_PER_CLASS]


def _shape(qc: QueryClass, query: str, result: SearchResult) -> list[str]:
    if qc.name not in ("long docs", "by pages"):
        return []
    first = [h.document.page_count for h in result.hits[:SNIPPET_HITS]]
    if not first:
        return []
    return [f"{query!r}: first {len(first)} hits median {statistics.median(first):.0f} pages"]


def measure_similar(built: Built, rnd: random.Random, count: int = 20) -> None:
    """``Archive.similar`` (the details pane's "Similar documents") for random documents."""
    archive = Archive.open(built.paths)
    try:
        ids = [hit.document.id for hit in archive.search("", limit=1000).hits]
        times: list[float] = []
        shared = 0
        for doc_id in rnd.sample(ids, min(count, len(ids))):
            t0 = time.perf_counter()
            found = archive.similar(doc_id)
            times.append(1000 * (time.perf_counter() - t0))
            shared += sum(1 for item in found if item.shared)
    finally:
        archive.close()
    if times:
        print(
            f"similar documents: p50 {percentile(times, 0.5):.1f} ms, p95"
            f" {percentile(times, 0.95):.1f} ms over {len(times)} documents;"
            f" {shared} neighbours listed with shared words"
        )


def report(classes: list[QueryClass], documents: int) -> None:
    print(
        f"{'class':<11} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7}  {'n':>3}"
        f"  {'hits (% docs)':>14}  example"
    )
    for qc in classes:
        hits = statistics.median(qc.totals) if qc.totals else 0
        share = 100 * hits / documents if documents else 0
        print(
            f"{qc.name:<11} {percentile(qc.times, 0.5):7.1f} {percentile(qc.times, 0.95):7.1f}"
            f" {percentile(qc.times, 0.99):7.1f} {max(qc.times):7.1f}  {len(qc.times):>3}"
            f"  {int(hits):>7} ({share:4.1f})  {qc.queries[0]}"
        )
    every = [t for qc in classes for t in qc.times]
    print(
        f"{'all':<11} {percentile(every, 0.5):7.1f} {percentile(every, 0.95):7.1f}"
        f" {percentile(every, 0.99):7.1f} {max(every):7.1f}  {len(every):>3}   (ms)"
    )
    for qc in classes:
        print(f"  {qc.name}: {' | '.join(qc.queries)}")
        for note in qc.notes:
            print(f"    {note}")


def fresh_processes(built: Built, classes: list[QueryClass], runs: int) -> None:
    """``vtviewer search QUERY --json`` in a new process each time: took_ms and wall."""
    queries = [(qc.queries[0], qc.sort) for qc in classes] + [("xyzzyq", "relevance")]
    took: list[float] = []
    wall: list[float] = []
    env = dict(os.environ, VTVIEWER_LANG="en")
    # An installed application has its modules compiled (pip writes the .pyc files): so
    # here, after one run not counted that writes them, a new process does not compile.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "vtviewer", "--data-dir", str(built.data), "search", "x"],
        capture_output=True,
        cwd=REPO,
        env=env,
    )
    for _ in range(runs):
        for query, sort in queries:
            command = [
                sys.executable,
                "-m",
                "vtviewer",
                "--data-dir",
                str(built.data),
                "search",
                "--json",
                "--limit",
                str(LIMIT),
                "--sort",
                sort,
                "--",
                query,
            ]
            t0 = time.perf_counter()
            out = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env)
            wall.append(1000 * (time.perf_counter() - t0))
            if out.returncode != 0:
                print(f"  search {query!r} failed ({out.returncode}): {out.stderr[-300:]}")
                continue
            took.append(float(json.loads(out.stdout)["took_ms"]))
    print(
        f"fresh `vtviewer search --json` x{len(wall)} ({len(queries)} queries x {runs}):"
        f" took_ms p50 {percentile(took, 0.5):.0f} p95 {percentile(took, 0.95):.0f};"
        f" wall p50 {percentile(wall, 0.5):.0f} ms p95 {percentile(wall, 0.95):.0f} ms",
        flush=True,
    )


def run(folder: Path, data: Path, size: int, args: argparse.Namespace) -> None:
    built = scale_archive.build(folder, data, size)
    info = built.info
    text_bytes = int(info["text_bytes"])  # type: ignore[call-overload]
    data_bytes = scale_archive.folder_bytes(built.data)
    documents = int(info["documents"])  # type: ignore[call-overload]
    print(
        f"== {info['pages']:,} pages, {documents:,} documents ({built.folder})\n"
        f"build {info['build_seconds']} s = {info['pages_per_second']} pages/s, of which the"
        f" store and full-text index {info.get('pipeline_seconds', '?')} s ="
        f" {info.get('pipeline_pages_per_second', '?')} pages/s (when it was built; the"
        " corpus extraction not counted)\n"
        f"data dir {data_bytes / 1e6:.0f} MB; text written {text_bytes / 1e6:.0f} MB;"
        f" data dir / text {data_bytes / text_bytes:.2f}",
        flush=True,
    )
    if args.build_only:
        return
    corpus = scale_archive.reused_corpus(data)
    classes = choose_queries(built, corpus, random.Random(size))
    load_before = os.getloadavg()[0]
    measure(built, classes, args.runs)
    print(
        f"in-process Archive.search, limit {LIMIT}, {args.runs} runs per query, warm;"
        f" load average {load_before:.1f} -> {os.getloadavg()[0]:.1f} (2 cores: above 2,"
        " other work shares them)"
    )
    report(classes, documents)
    measure_similar(built, random.Random(size))
    if args.fresh_runs:
        fresh_processes(built, classes, args.fresh_runs)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="a folder of real PDFs")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument(
        "--data",
        type=Path,
        default=scale_archive.default_data(),
        help="where the extracted text and the built archives are cached (default: %(default)s)",
    )
    parser.add_argument("--runs", type=int, default=5, help="times each query is run warm")
    parser.add_argument("--fresh-runs", type=int, default=3, help="fresh-process rounds (0: none)")
    parser.add_argument("--build-only", action="store_true", help="build, do not measure")
    args = parser.parse_args()
    if not args.folder.is_dir():
        parser.error(f"not a folder: {args.folder}")
    for size in args.sizes:
        run(args.folder, args.data, size, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
