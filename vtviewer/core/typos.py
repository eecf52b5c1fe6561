"""Typo tolerance: the index's words within a small Damerau-Levenshtein distance of a word
that matches nothing (one edit for words of 5-8 letters, two from 9, first letter kept).

The comparison is made between folded forms (analysis.fold, the normalised fields' terms):
"ø" typed as "o" and "æ" typed as "ae" are distance 0 there, so those are matched by the
Norwegian spellings before any correction is needed; "æ" typed as "e" ("nering") is one
edit from "naering". Nothing of the vocabulary is read whole: candidates are listed from
tantivy's term dictionaries under four-letter prefixes, or looked up one by one (see
``candidates``). Two edits of which one is in the first three letters and the other in
the first four are not looked for (an approximation: the prefixes would be thousands).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vtviewer.core.fulltext import Terms
from vtviewer.core.model import Correction

#: Letters tried for a replaced or a missing letter (folded terms hold only these).
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
#: Words shorter than this are never corrected ("plan" is not "klan").
MIN_TYPO_LETTERS = 5
#: From this length on, two edits are allowed.
TWO_TYPO_LETTERS = 9
#: The length of the prefixes under which candidates are listed (see ``candidates``).
BUCKET = 4
#: At most this many terms are listed under one prefix per field.
MAX_PREFIX_LISTING = 2_000


def allowed_distance(word: str) -> int:
    """How many edits a word of this length may have (0: it is not corrected)."""
    if len(word) < MIN_TYPO_LETTERS or not word.isalpha():
        return 0
    return 1 if len(word) < TWO_TYPO_LETTERS else 2


def distance(a: str, b: str, limit: int) -> int:
    """The Damerau-Levenshtein distance (optimal string alignment: an adjacent swap is one
    edit) of ``a`` and ``b``, or ``limit + 1`` as soon as it is known to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1] if previous[-1] <= limit else limit + 1


def one_edit(word: str, before: int | None = None) -> set[str]:
    """Every string one edit from ``word`` that keeps its first letter: a letter left out,
    doubled or added, swapped with the next, or replaced; with ``before``, only edits at
    the letters before that position."""
    found: set[str] = set()
    size = len(word)
    last = size if before is None else min(size, before - 1)
    for i in range(1, last + 1):
        head, tail = word[:i], word[i:]
        if tail:
            found.add(head + tail[1:])  # left out
            if len(tail) > 1:
                found.add(head + tail[1] + tail[0] + tail[2:])  # swapped
            found.update(head + letter + tail[1:] for letter in ALPHABET)  # replaced
        found.update(head + letter + tail for letter in ALPHABET)  # added
    found.discard(word)
    return found


@dataclass(frozen=True)
class Candidate:
    """An index term near a misspelt word: its distance and document frequency."""

    term: str
    distance: int
    frequency: int


def candidates(
    forms: Sequence[str], fields: Sequence[str], terms: Terms, limit: int
) -> list[Candidate]:
    """Terms of ``fields`` within ``limit`` edits of any of ``forms`` (folded forms of one
    word), first letter kept; nearest first, then the most frequent.

    An edit from the BUCKET-th letter on keeps the first BUCKET letters: those terms are
    listed under that prefix (a few hundred at most) and measured. An edit before it is
    made here, each of its few hundred results looked up; for a second edit, the terms
    under each result's prefix are listed and measured."""
    searcher = terms.searcher
    best: dict[str, Candidate] = {}
    listed: dict[str, dict[str, int]] = {}

    def under(prefix: str) -> dict[str, int]:
        found = listed.get(prefix)
        if found is None:
            found = {}
            for name in fields:
                for term, frequency in searcher.terms_with_prefix(
                    name, prefix, limit=MAX_PREFIX_LISTING
                ):
                    found[term] = found.get(term, 0) + int(frequency)
            listed[prefix] = found
        return found

    def measure(form: str, near: dict[str, int]) -> None:
        for term, frequency in near.items():
            if term == form or abs(len(term) - len(form)) > limit:
                continue
            edits = distance(form, term, limit)
            known = best.get(term)
            if edits <= limit and (known is None or edits < known.distance):
                best[term] = Candidate(term, edits, frequency)

    for form in dict.fromkeys(forms):
        if len(form) < 2:
            continue
        measure(form, under(form[:BUCKET]))
        early = one_edit(form, BUCKET)
        for variant in early:
            if variant in best:
                continue
            frequency = sum(int(searcher.doc_freq(name, variant)) for name in fields)
            if frequency:
                best[variant] = Candidate(variant, 1, frequency)
        if limit >= 2:
            for prefix in {variant[:BUCKET] for variant in early}:
                measure(form, under(prefix))
    return sorted(best.values(), key=lambda c: (c.distance, -c.frequency, c.term))


def corrected_text(query: str, corrections: Sequence[Correction]) -> str:
    """``query`` with each corrected word replaced by the word used ("nering" ->
    "nærings"), for "Showing results for …"; a word not found as typed is left."""
    text = query
    for correction in corrections:
        text = _replace_word(text, correction.typed, correction.used)
    return text


def _replace_word(text: str, word: str, replacement: str) -> str:
    """The first whole-word ``word`` in ``text`` (any case) replaced."""
    low = text.lower()
    if len(low) != len(text):
        return text
    start = low.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            if text[start].isupper():
                # Written with a capital ("Iversn"): so is the word used ("Iversen").
                replacement = replacement[:1].upper() + replacement[1:]
            return text[:start] + replacement + text[end:]
        start = low.find(word, end)
    return text
