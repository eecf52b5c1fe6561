"""Document types and the Norwegian and English words that name them: the one table that
the metadata guesser, sidecars, the query language and the window's labels read."""

from __future__ import annotations

import re
from collections.abc import Mapping

from vtviewer.core.analysis import fold
from vtviewer.core.model import DOC_TYPES, DocType

#: The words that name each type, its English name first. A title or the start of a
#: text names a type by one of them at the end of a (compound) word ("omstillingsplan");
#: a sidecar's "type" and a query's ``type:`` take any of them, folded, inflected or not.
WORDS: Mapping[DocType, tuple[str, ...]] = {
    "report": ("report", "rapport", "årsrapport", "årsmelding", "evaluering"),
    "plan": ("plan", "strategi", "strategiplan", "strategy"),
    "action plan": ("action plan", "handlingsplan", "handlingsprogram"),
    "analysis": ("analysis", "analyse", "utredning", "kartlegging"),
    "minutes": ("minutes", "referat", "møtebok", "møteprotokoll", "protokoll"),
    "other": ("other", "annet"),
}

#: How the window labels each type (it translates them in the "DocType" context).
LABELS: Mapping[str, str] = {
    "report": "Report",
    "plan": "Plan",
    "action plan": "Action plan",
    "analysis": "Analysis",
    "minutes": "Minutes",
    "other": "Other",
}

#: The endings of a Norwegian noun (and an English plural): "planen", "planer", "rapportene".
_ENDINGS = ("", "en", "er", "ene", "et", "a", "s", "es")


def _key(text: str) -> str:
    """A written type folded, with "-", "_" and spaces dropped: "Action-plan" -> "actionplan"."""
    return re.sub(r"[\s_-]+", "", fold(text.strip().lower()))


def _names() -> dict[str, DocType]:
    names: dict[str, DocType] = {}
    for doc_type in DOC_TYPES:
        for word in WORDS[doc_type]:
            for ending in _ENDINGS:
                names.setdefault(_key(word) + ending, doc_type)
        first = WORDS[doc_type][0].split()
        if len(first) > 1:
            # type:action plan is lexed as type:action and the word plan.
            names.setdefault(_key(first[0]), doc_type)
    return names


_NAMES = _names()


def type_named(text: str) -> DocType | None:
    """The type a person wrote (a sidecar's "type", a query's ``type:`` value): any word
    of ``WORDS`` in any case, with or without æøå, "-", "_" or an ending; None when the
    text names none ("poem")."""
    return _NAMES.get(_key(text))


# Longest words first: "handlingsplan" must win over "plan" in "handlingsplan". "Other"
# is what nothing names.
_IN_TEXT = sorted(
    (
        (word, doc_type)
        for doc_type, words in WORDS.items()
        if doc_type != "other"
        for word in words
    ),
    key=lambda item: -len(item[0]),
)
_TYPE_RE = re.compile(
    r"(?<![^\W\d_])[^\W\d_]*?("
    + "|".join(re.escape(word) for word, _ in _IN_TEXT)
    + r")(?:"
    + "|".join(_ENDINGS[1:])
    + r")?(?![^\W\d_])",
    re.IGNORECASE,
)
_TYPE_OF = dict(_IN_TEXT)


def type_in_text(text: str) -> DocType | None:
    """The type the first type word of ``text`` names, also at the end of a compound and
    in any inflection ("omstillingsplan", "planen", "områdeanalysen"); None when none."""
    match = _TYPE_RE.search(text)
    return _TYPE_OF[match.group(1).lower()] if match else None
