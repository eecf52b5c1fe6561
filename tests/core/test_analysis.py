"""The text analysis: the distinct words of a text are those of the word pattern, and
folding gives what its rules say, whichever shortcut it takes."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from vtviewer.core.analysis import (
    MAX_TOKEN_CHARS,
    WORD_RE,
    distinct_words,
    fold,
    normalise,
    normalise_many,
    tokens,
)

#: Letters, digits, ASCII and non-ASCII punctuation, ligatures, combining marks, other
#: scripts, control characters and a lone surrogate (what broken text layers hold).
ALPHABET = [
    *"abcxyzæøåÆØÅ0123456789 _-.,;:!?()[]\"'/\\\t\n\x00",
    *"–—…“”«»·•ﬁﬂ½²①\u0301éİı日本ЖπΩΣ’⟨°",
    "\udcff",
]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
@example("Ærlig talt, øl-brygging på Åsane_skole!")
@example("naïve café ﬁnal – done…")
@example("a__b 12_3 ½ ² ① x\udcff y")
def test_distinct_words_are_the_words_of_the_word_pattern(text: str) -> None:
    for variant in (text, text.lower()):
        assert distinct_words(variant) == set(WORD_RE.findall(variant))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60) | st.text(alphabet="aZø9 ’-", max_size=140))
@example("Ærlig talt, øl-brygging på Åsane_skole!")
@example("İstanbul ΟΔΟΣ.Α naïve ﬁnal – “done”…")
@example("x" * 40 + " " + "y" * 41 + "’" + "z" * 41 + " ok")
def test_tokens_are_the_short_words_of_the_word_pattern_lowercased(text: str) -> None:
    short = [word.lower() for word in WORD_RE.findall(text) if len(word) <= MAX_TOKEN_CHARS]
    assert tokens(text) == short


def _fold_by_the_rules(word: str) -> str:
    """Folding step by step, as the analysis describes it (no shortcut)."""
    letters = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "œ": "oe", "đ": "d"})
    word = word.translate(letters)
    decomposed = unicodedata.normalize("NFKD", word)
    word = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub("oe|aa", lambda m: m.group()[0], word)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aoeæøåbnrtséœßđü", max_size=12))
@example("tromsø")
@example("aalesund")
@example("bjoern")
@example("næringsliv")
@example("café")
def test_folding_follows_its_rules(word: str) -> None:
    assert fold(word) == _fold_by_the_rules(word)
    # A batch of new words is folded without the per-word cache: the same forms.
    for language in ("nb", "en"):
        assert normalise_many([word, word + "ene"], language) == [
            normalise(word, language),
            normalise(word + "ene", language),
        ]
