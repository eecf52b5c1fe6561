"""The text analysis: the distinct words of a text are those of the word pattern."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from vtviewer.core.analysis import WORD_RE, distinct_words

#: Letters, digits, ASCII and non-ASCII punctuation, ligatures, combining marks, other
#: scripts, control characters and a lone surrogate (what broken text layers hold).
ALPHABET = [
    *"abcxyzæøåÆØÅ0123456789 _-.,;:!?()[]\"'/\\\t\n\x00",
    *"–—…“”«»·•ﬁﬂ½²①\u0301éİı日本ЖπΩ",
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
