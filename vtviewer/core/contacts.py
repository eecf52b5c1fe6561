"""Contact people found in document text: names, roles, Norwegian phone numbers, e-mail.

Phone numbers are stored in one display form, eight digits without spaces ("97681861"):
every number vtviewer recognises is Norwegian, so a written "+47"/"0047" carries nothing
and dropping it lets "+47 976 81 861" and "tlf 97681861" be seen as the same number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from vtviewer.core import analysis
from vtviewer.core.model import Contact

#: How much text is searched; contacts sit on the first pages or in a colophon.
MAX_TEXT = 20_000
#: How far after a name its phone number and e-mail address may stand.
WINDOW = 250

_UPPER = "A-ZÆØÅÄÖÜÉÈ"
_LOWER = "a-zæøåäöüéèáóíúñ"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_NAME = rf"{_NAME_WORD}(?: (?:[{_UPPER}]\. )?{_NAME_WORD}){{1,3}}"

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_PHONE_CUE = r"(?:tlf|tel|telefon|telefonnummer|mobil|mobiltelefon|mob|phone|sentralbord)"
# The groupings people write eight Norwegian digits in; a "+47"/"0047" may stand before.
_GROUPS = r"\d{8}|\d{3}[ \u00a0]\d{2}[ \u00a0]\d{3}|\d{2}(?:[ \u00a0]\d{2}){3}|\d{4}[ \u00a0]\d{4}"
_PHONE = re.compile(
    rf"(?P<cue>\b{_PHONE_CUE}\b\.?:?\s*(?:nr\.?\s*)?)?"
    rf"(?<![\d+])(?P<prefix>(?:\+|00)47[ \u00a0]?)?(?P<number>{_GROUPS})(?!\d)",
    re.IGNORECASE,
)
_CUE_NAME = re.compile(
    rf"\b(?P<cue>[Kk]ontaktperson(?:er)?|[Kk]ontakt(?: med)?|[Ss]aksbehandler|"
    rf"[Pp]rosjektleder|[Dd]aglig leder|[Ll]eder)\b(?:\s*(?:er|:|-|–)\s*|\s+)"
    rf"(?P<name>{_NAME})(?![{_LOWER}{_UPPER}])"
)
_ROLE_AFTER = re.compile(
    rf",\s*(?!(?:{_PHONE_CUE}|e-?post|e-?mail)\b)(?P<role>[{_LOWER}][^,.;:()\n@\d]{{2,80}}?)"
    rf"(?=\s*(?:[,.;:(\n]|\s[-–]\s|\b{_PHONE_CUE}\b|\be-?post\b|\be-?mail\b|$))",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})[\s,(<:–-]*$")
# Words that make a capitalised run a place or an organisation rather than a person.
_ORG_AFTER = re.compile(r"\s+(?:kommune|fylkeskommune|fylke|AS|ASA|SA|kommunestyre|formannskap)\b")
_NOT_NAME_WORDS = frozenset(
    [
        "Den",
        "Det",
        "De",
        "Dette",
        "Disse",
        "Vi",
        "Du",
        "Hele",
        "Les",
        "Se",
        "Her",
        "Planen",
        "Rapporten",
        "Analysen",
        "Styret",
        "Kommunen",
        "Vestre",
        "Østre",
        "Nordre",
        "Søndre",
        "Norge",
        "Norges",
        "Innovasjon",
        "Januar",
        "Februar",
        "Mars",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Desember",
        "Mandag",
        "Tirsdag",
        "Onsdag",
        "Torsdag",
        "Fredag",
        "Lørdag",
        "Søndag",
    ]
)


def fold(text: str) -> str:
    """``text`` lowercased and folded by the one Norwegian rule (analysis.fold), so that
    "Bjørn", "Bjorn" and "bjoern" fold alike, in names and in e-mail addresses."""
    return analysis.fold(text.lower())


def name_key(name: str) -> str:
    """A person's name as an identity key (the store's contacts and ``merge_contacts``
    agree on it): folded, single spaces. "Bjørn  Iversen" and "Bjoern Iversen" -> "bjorn
    iversen"."""
    return " ".join(fold(name).split())


def name_matches_email(name: str, email: str) -> bool:
    """Whether the local part of ``email`` is built from ``name`` ("Bjørn Iversen" and
    "bjoern.iversen@...", "b.iversen@...", "bjorn_iversen@...", "biversen@...")."""
    words = [fold(w) for w in re.split(r"[\s-]+", name) if w.strip(".")]
    words = [w.strip(".") for w in words]
    if len(words) < 2:
        return False
    local = email.split("@", 1)[0]
    parts = [fold(p) for p in re.split(r"[._-]+", local) if p]
    compact = "".join(parts)
    first, last = words[0], words[-1]
    candidates = {
        "".join(words),
        first + last,
        first[0] + last,
        last + first,
        last + first[0],
        first + "".join(w[0] for w in words[1:-1]) + last,
    }
    if compact in candidates:
        return True
    return len(last) >= 5 and parts == [last]


def is_email(text: str) -> bool:
    """Whether ``text`` is one e-mail address as the contact finder reads them."""
    return _EMAIL.fullmatch(text.strip()) is not None


def normalise_phone(text: str) -> str:
    """ "+47 976 81 861", "0047 97681861", "97 68 18 61" -> "97681861"; "" when the text is
    not a Norwegian number."""
    digits = re.sub(r"[^\d+]", "", text)
    if digits.startswith("+47"):
        digits = digits[3:]
    elif digits.startswith("0047"):
        digits = digits[4:]
    return digits if re.fullmatch(r"\d{8}", digits) else ""


@dataclass
class _Found:
    start: int
    contact: Contact


def find_contacts(text: str) -> list[Contact]:
    """Contacts written in ``text`` (only its first MAX_TEXT characters are read)."""
    text = text[:MAX_TEXT]
    names = _find_names(text)
    emails = [(m.start(), m.group(0).rstrip(".").lower()) for m in _EMAIL.finditer(text)]
    phones = _find_phones(text)

    items: list[tuple[int, str, str, str]] = []  # (position, kind, value, role)
    items += [(pos, "name", name, role) for pos, name, role in names]
    items += [(pos, "email", email, "") for pos, email in emails]
    items += [(pos, "phone", phone, "") for pos, phone in phones]
    items.sort()

    found: list[_Found] = []
    current: _Found | None = None
    for pos, kind, value, role in items:
        if kind == "name":
            current = _Found(pos, Contact(name=value, role=role))
            found.append(current)
            continue
        near = current is not None and pos - current.start <= WINDOW
        if kind == "email":
            if current is not None and near and not current.contact.email:
                current.contact = replace(current.contact, email=value)
            else:
                current = _Found(pos, Contact(name=_name_before(text, pos, value), email=value))
                found.append(current)
        elif current is not None and near and not current.contact.phone:
            current.contact = replace(current.contact, phone=value)
        else:
            current = _Found(pos, Contact(phone=value))
            found.append(current)

    contacts = _join_names(
        [f.contact for f in found],
        [name for _, name, _ in names],
    )
    return merge_contacts(contacts)


def merge_contacts(contacts: Iterable[Contact]) -> list[Contact]:
    """Contacts with the same person unified, in first-seen order, missing fields filled in.

    The same person: the same e-mail address; or the same folded name when the e-mail
    addresses do not differ; or a nameless contact whose e-mail address is built from a
    named one's name. A phone-only contact joins one with the same phone number.
    """
    merged: list[Contact] = []
    for contact in contacts:
        if contact == Contact():
            continue
        for i, other in enumerate(merged):
            if _same_person(other, contact):
                merged[i] = _fill(other, contact)
                break
        else:
            merged.append(contact)
    # A merge can make two earlier entries the same person (a name joined an e-mail).
    if len(merged) > 1:
        again: list[Contact] = []
        for contact in merged:
            for i, other in enumerate(again):
                if _same_person(other, contact):
                    again[i] = _fill(other, contact)
                    break
            else:
                again.append(contact)
        merged = again
    return merged


# --- internals -------------------------------------------------------------------------


def _find_names(text: str) -> list[tuple[int, str, str]]:
    """(position, name, role) for names introduced by a contact word."""
    out: list[tuple[int, str, str]] = []
    for m in _CUE_NAME.finditer(text):
        name = m.group("name")
        if not _plausible_name(name) or _ORG_AFTER.match(text, m.end("name")):
            continue
        role_m = _ROLE_AFTER.match(text, m.end("name"))
        role = " ".join(role_m.group("role").split()) if role_m else ""
        cue = m.group("cue").lower()
        if not role and not cue.startswith("kontakt"):
            role = cue
        out.append((m.start("name"), name, role))
    return out


def _plausible_name(name: str) -> bool:
    words = [w for w in name.split() if not w.endswith(".")]
    return 2 <= len(words) <= 4 and not any(w in _NOT_NAME_WORDS for w in words)


#: Where a phone number can begin: a cue word, or a "+" or digit after no digit or "+"
#: (see ``_phone_matches``).
_PHONE_START = re.compile(rf"(?i:\b{_PHONE_CUE})|(?<![\d+])[+\d]")


def _phone_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PHONE.finditer(text)``, twice as fast: _PHONE is tried only where a match can
    begin (``_PHONE_START``), not at every character (its optional cue, without a first
    character to look for, made the engine try each cue word at each one)."""
    start, match = _PHONE_START.search, _PHONE.match
    pos = 0
    while (candidate := start(text, pos)) is not None:
        found = match(text, candidate.start())
        if found is None:
            pos = candidate.start() + 1
            continue
        yield found
        pos = found.end()


def _find_phones(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for m in _phone_matches(text):
        number = m.group("number")
        spaced = " " in number or "\u00a0" in number
        # A bare eight-digit run or "dddd dddd" is as often an amount or a case number.
        if not (m.group("cue") or m.group("prefix")) and (
            not spaced or re.fullmatch(r"\d{4}\s\d{4}", number)
        ):
            continue
        if number[0] in "01":  # Norwegian numbers never start with 0 or 1
            continue
        out.append((m.start("number"), normalise_phone(number)))
    return out


def _name_before(text: str, pos: int, email: str) -> str:
    """A name standing just before an e-mail address, if the address is built from it."""
    m = _NAME_BEFORE.search(text[max(0, pos - 60) : pos])
    if m and _plausible_name(m.group("name")) and name_matches_email(m.group("name"), email):
        return m.group("name")
    return ""


def _join_names(contacts: list[Contact], names: list[str]) -> list[Contact]:
    """Give nameless e-mail contacts the name their address was built from."""
    out: list[Contact] = []
    for contact in contacts:
        if contact.email and not contact.name:
            match = next((n for n in names if name_matches_email(n, contact.email)), "")
            if match:
                contact = replace(contact, name=match)
        out.append(contact)
    return out


def _same_person(a: Contact, b: Contact) -> bool:
    if a.email and b.email:
        return a.email.lower() == b.email.lower()
    if a.name and b.name:
        return name_key(a.name) == name_key(b.name)
    if a.name and b.email:
        return name_matches_email(a.name, b.email)
    if b.name and a.email:
        return name_matches_email(b.name, a.email)
    if a.phone and b.phone:
        return a.phone == b.phone
    return False


def _fill(a: Contact, b: Contact) -> Contact:
    return Contact(
        name=a.name or b.name,
        role=a.role or b.role,
        organisation=a.organisation or b.organisation,
        phone=a.phone or b.phone,
        email=a.email or b.email,
    )
