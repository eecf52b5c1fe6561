"""Typo tolerance: the index's words within a small Damerau-Levenshtein distance of a word
that matches nothing (one edit for words of 5-8 letters, two from 9, first letter kept).

The comparison is made between folded forms (analysis.fold, the normalised fields' terms):
"ø" typed as "o" and "æ" typed as "ae" are distance 0 there, so those are matched by the
Norwegian spellings before any correction is needed; "æ" typed as "e" ("nering") is one
edit from "naering". Nothing of the vocabulary is read whole: candidates are listed from
tantivy's term dictionaries under the word's own prefixes, or looked up one by one (see
``candidates``). Two edits next to each other within the first four letters, or at one
place, are not all looked for (an approximation: the prefixes would be thousands).
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
    edit) of ``a`` and ``b``, at most ``limit + 1`` (anything farther than ``limit``)."""
    return min(Pattern(a).distance(b), limit + 1)


class Pattern:
    """A word to measure many others against: Hyyrö's bit-vector algorithm for the
    optimal string alignment distance (a column of the edit table per letter of the other
    word, as bits of one integer), a dozen integer operations per letter. Measuring the
    terms under a prefix was the cost of a correction; this made it ten times less."""

    def __init__(self, word: str) -> None:
        self.word = word
        self._size = len(word)
        self._masks: dict[str, int] = {}
        for i, char in enumerate(word):
            self._masks[char] = self._masks.get(char, 0) | (1 << i)

    def distance(self, other: str) -> int:
        size = self._size
        if size == 0:
            return len(other)
        full = (1 << size) - 1
        last = 1 << (size - 1)
        vp, vn, d0, previous = full, 0, 0, 0
        score = size
        masks = self._masks.get
        for char in other:
            pm = masks(char, 0)
            swapped = (((~d0) & pm) << 1) & previous
            d0 = ((((pm & vp) + vp) ^ vp) | pm | vn | swapped) & full
            hp = vn | ~(d0 | vp)
            hn = d0 & vp
            if hp & last:
                score += 1
            elif hn & last:
                score -= 1
            hp = ((hp << 1) | 1) & full
            hn = (hn << 1) & full
            vp = hn | ~(d0 | hp)
            vn = hp & d0
            previous = pm
        return score


def one_edit(word: str, before: int | None = None) -> set[str]:
    """Every string one edit from ``word`` that keeps its first letter: a letter left out,
    doubled or added, swapped with the next, or replaced; with ``before``, only edits at
    the letters before that position."""
    return set(_edits(word, before))


def _edits(word: str, before: int | None = None, after: int = 1) -> dict[str, int]:
    """``one_edit`` (at the letters from ``after`` on) with, for each string, how many of
    its first letters are those of the edit's result that a second edit after it keeps
    (the edit's position + 1)."""
    found: dict[str, int] = {}
    size = len(word)
    last = size if before is None else min(size, before - 1)
    for i in range(max(1, after), last + 1):
        head, tail = word[:i], word[i:]
        made: list[str] = []
        if tail:
            made.append(head + tail[1:])  # left out
            if len(tail) > 1:
                made.append(head + tail[1] + tail[0] + tail[2:])  # swapped
            made.extend(head + letter + tail[1:] for letter in ALPHABET)  # replaced
        made.extend(head + letter + tail for letter in ALPHABET)  # added
        for variant in made:
            # Made by two edits ("omstill" doubled at its 3rd or 4th letter): the later
            # one, whose prefix holds fewer terms.
            found[variant] = i + 1
    found.pop(word, None)
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

    No term begins with the form's first ``kept + 1`` letters (``kept``: the longest
    prefix some term has), so a term near it differs at one of those letters at the
    latest: each edit there is made and looked up in the term dictionaries (a few hundred
    lookups of about a microsecond). For a second edit, the terms under each result's
    prefix up to its edit (at least BUCKET letters) are listed and measured: mostly none.
    What is read grows with the terms near the word, not with the vocabulary."""
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

    def exists(prefix: str) -> bool:
        return any(searcher.terms_with_prefix(name, prefix, limit=1) for name in fields)

    def measure(pattern: Pattern, near: dict[str, int]) -> None:
        form = pattern.word
        for term, frequency in near.items():
            if term == form or abs(len(term) - len(form)) > limit:
                continue
            edits = pattern.distance(term)
            known = best.get(term)
            if edits <= limit and (known is None or edits < known.distance):
                best[term] = Candidate(term, edits, frequency)

    for form in dict.fromkeys(forms):
        if len(form) < 2:
            continue
        # No term begins with form[:kept + 1]: the first edit is at one of its letters.
        kept = 1
        while kept < len(form) and exists(form[: kept + 1]):
            kept += 1
        pattern = Pattern(form)
        early = _edits(form, kept + 1)
        for variant in early:
            if variant in best:
                continue
            frequency = sum(int(searcher.doc_freq(name, variant)) for name in fields)
            if frequency:
                best[variant] = Candidate(variant, 1, frequency)
        if limit >= 2:
            prefixes = {variant[: max(BUCKET, end)] for variant, end in early.items()}
            for prefix in prefixes:
                if len(prefix) <= BUCKET or exists(prefix):
                    measure(pattern, under(prefix))
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
