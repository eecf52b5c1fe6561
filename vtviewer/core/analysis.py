"""Norwegian-aware text analysis: tokenizing, folding (ø/oe/o, å/aa/a, æ/ae) and stemming."""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from itertools import chain, filterfalse

import Stemmer

#: A word: letters and digits; "_" and punctuation split words ("SMB-Utvikling" -> 2 words).
WORD_RE = re.compile(r"[^\W_]+")
#: Longer tokens are junk (hashes, run-together extraction garbage) and bloat the index.
MAX_TOKEN_CHARS = 40
#: WORD_RE limited to MAX_TOKEN_CHARS: a longer run of word characters matches nowhere
#: (the lookbehind stops a match from starting inside it), so no per-token length check.
_SHORT_WORD_RE = re.compile(rf"(?<![^\W_])[^\W_]{{1,{MAX_TOKEN_CHARS}}}(?![^\W_])")
#: Bounds the per-language word -> normalised form caches (a few tens of MB at most).
NORM_CACHE_WORDS = 300_000

_STEMMER_LANG = {"en": "english"}
_DEFAULT_STEMMER = "norwegian"
_local = threading.local()
#: language code -> {word: normalised form}; plain dicts: single get/set are atomic.
_norm_cache: dict[str, dict[str, str]] = {}

# Folding: the Norwegian letters first (ASCII folding alone would turn æ into "a"), then
# any other diacritics, then the two-letter spellings people type without a Norwegian
# keyboard. Both sides of every comparison go through the same function.
_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "œ": "oe", "đ": "d"})
_DIGRAPHS = re.compile(r"oe|aa")
_DIGRAPH_MAP = {"oe": "o", "aa": "a"}


def stemmer_language(language: str) -> str:
    """The Snowball stemmer for an ISO 639-1 code; Norwegian unless we know better."""
    return _STEMMER_LANG.get(language.lower()[:2], _DEFAULT_STEMMER)


def _stemmer(name: str) -> Stemmer.Stemmer:
    # PyStemmer objects are not thread safe: one per thread and language.
    cache: dict[str, Stemmer.Stemmer] | None = getattr(_local, "stemmers", None)
    if cache is None:
        cache = {}
        _local.stemmers = cache
    stemmer = cache.get(name)
    if stemmer is None:
        stemmer = Stemmer.Stemmer(name)
        # None: normalise_many keeps its own cache, and PyStemmer's made stemming new
        # words three times slower (2,500 words of the pages a search shows: 5.7 ms
        # with it, 1.8 ms without).
        stemmer.maxCacheSize = 0
        cache[name] = stemmer
    return stemmer


#: UTF-8 bytes -> themselves, except ASCII characters that are not word characters (all
#: but letters and digits), which become spaces: see ``_split_ascii``.
_SPLIT_ASCII = bytes(b if b >= 0x80 or chr(b).isalnum() else 0x20 for b in range(256))
#: The same, with A-Z lowercased (for a text that is ASCII alone).
_SPLIT_LOWER_ASCII = _SPLIT_ASCII.lower()
#: The non-ASCII punctuation most text layers hold (quotes, dashes, bullets, brackets):
#: replaced by spaces before a text is split, so that few pages need WORD_RE at all.
_COMMON_MARKS = "’”“‘–—•…−·⟨⟩¿°´′"


def tokens(text: str) -> list[str]:
    """The lowercased words of ``text``, in order (one token per position): the matches
    of WORD_RE of at most MAX_TOKEN_CHARS characters.

    Indexing calls this for every page. The text's ASCII punctuation and its most common
    other marks become spaces (see ``_split_ascii``) and it is split at whitespace, which
    gives the words of most pages as they are; only the pieces that hold other
    non-ASCII punctuation (or lone surrogates) are split by WORD_RE, in place. (The
    regular expression alone, with the look-arounds that keep long runs out, took more
    than half of the analysis of a page.)"""
    if text.isascii():
        # ASCII alone: every piece is a word, lowercased by the same table.
        words = text.encode("ascii").translate(_SPLIT_LOWER_ASCII).decode("ascii").split()
        if max(map(len, words), default=0) > MAX_TOKEN_CHARS:
            words = [word for word in words if len(word) <= MAX_TOKEN_CHARS]
        return words
    for mark in _COMMON_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    pieces = _split_ascii(text).split()
    if not all(map(str.isalnum, pieces)):
        pieces = list(chain.from_iterable(map(_words_of_piece, pieces)))
    if max(map(len, pieces), default=0) > MAX_TOKEN_CHARS:
        pieces = [piece for piece in pieces if len(piece) <= MAX_TOKEN_CHARS]
    if not pieces:
        return []
    # One lower() and split() in C instead of one per word. Lowercasing the words (not
    # the text before it is split) keeps what counts as a word independent of case
    # ("İ" lowercases to "i" and a combining dot).
    lowered: list[str] = " ".join(pieces).lower().split(" ")
    return lowered


def _words_of_piece(piece: str) -> list[str]:
    return [piece] if piece.isalnum() else WORD_RE.findall(piece)


def _split_ascii(text: str) -> str:
    """``text`` with each ASCII character that is not a letter or a digit as a space, in C
    (on its UTF-8 bytes, which leaves every non-ASCII character whole)."""
    spaced = text.encode("utf-8", "surrogatepass").translate(_SPLIT_ASCII)
    return spaced.decode("utf-8", "surrogatepass")


def distinct_words(text: str) -> set[str]:
    """The distinct words of ``text``: ``set(WORD_RE.findall(text))``, about twice as fast.

    The text's ASCII punctuation is turned into spaces and it is split at whitespace;
    the few pieces that are not all letters and digits (non-ASCII punctuation such as
    "–", lone surrogates) are then split by WORD_RE, together. Search calls this on the
    pages it shows."""
    words = set(_split_ascii(text).split())
    odd = list(filterfalse(str.isalnum, words))
    if odd:
        words.difference_update(odd)
        words.update(WORD_RE.findall(" ".join(odd)))
    return words


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Where the words of ``tokens(text)`` are in ``text``: start, end, and the word
    lowercased as ``tokens`` gives it (for highlighting the words a query matched)."""
    return [(m.start(), m.end(), m.group().lower()) for m in _SHORT_WORD_RE.finditer(text)]


def _fold(word: str) -> str:
    """Fold a lowercased word: æ->ae, ø/oe->o, å/aa->a, other diacritics dropped."""
    if not word.isascii():  # the table maps non-ASCII letters only
        word = word.translate(_LETTERS)
        if not word.isascii():
            decomposed = unicodedata.normalize("NFKD", word)
            word = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if "oe" not in word and "aa" not in word:
        return word  # most words: no pattern to run
    return _DIGRAPHS.sub(lambda m: _DIGRAPH_MAP[m.group()], word)


#: ``_fold`` remembered for the words folded one at a time (queries, facets); a batch of
#: new words (normalise_many) is folded without, its own cache keeps the results.
fold = lru_cache(maxsize=20_000)(_fold)


def stem(word: str, language: str = "") -> str:
    """The Snowball stem of a lowercased word (PyStemmer caches per word)."""
    result: str = _stemmer(stemmer_language(language)).stemWord(word)
    return result


def normalise(word: str, language: str = "") -> str:
    """The folded stem, the form the "normalised" index fields hold."""
    return fold(stem(word, language))


def normalise_many(words: list[str], language: str = "") -> list[str]:
    """``normalise`` for a list of words at once.

    Indexing normalises every word of every page: a cache per language turns that into
    one dict lookup per word (in C, through map) after the first time a word is seen,
    and only new words go to the stemmer.
    """
    name = stemmer_language(language)
    cache = _norm_cache.get(name)
    if cache is None:
        cache = _norm_cache.setdefault(name, {})
    try:
        return list(map(cache.__getitem__, words))
    except KeyError:
        pass  # some words are new (or another thread just emptied the cache)
    # The new words, found in C: a set of the page's words less the cache's.
    missing = list(set(words).difference(cache))
    stems: list[str] = _stemmer(name).stemWords(missing)
    fresh = dict(zip(missing, map(_fold, stems), strict=True))
    if len(cache) + len(fresh) > NORM_CACHE_WORDS:
        cache.clear()
    cache.update(fresh)
    try:
        return list(map(cache.__getitem__, words))
    except KeyError:
        # The cache was emptied (here or by another thread) after the words were looked
        # up: normalise them all for this call alone.
        distinct = list(set(words))
        every = _stemmer(name).stemWords(distinct)
        table = dict(zip(distinct, map(_fold, every), strict=True))
        return list(map(table.__getitem__, words))


def query_forms(word: str) -> tuple[str, ...]:
    """Normalised forms of a query word: Norwegian and English stems (the query's
    language is unknown, documents have either), duplicates removed."""
    forms = [normalise(word, "nb"), normalise(word, "en"), fold(word)]
    return tuple(dict.fromkeys(forms))
