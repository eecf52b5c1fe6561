"""Contact finding and merging on the seed text and on written-out variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from vtviewer.core.contacts import (
    find_contacts,
    fold,
    merge_contacts,
    name_matches_email,
    normalise_phone,
)
from vtviewer.core.model import Contact

# A copy of ../shared/seed/analyser-og-planer.txt: make test runs with nothing beside the clone.
SEED = Path(__file__).resolve().parents[1] / "data" / "analyser-og-planer.txt"
SEED_SENTENCE = (
    "Kontaktperson er Bjørn Iversen, leder for Omstillingsprogrammet - tlf 97681861 og "
    "epost bjoern.iversen@vestre-toten.kommune.no"
)
BJORN = Contact(
    name="Bjørn Iversen",
    role="leder for Omstillingsprogrammet",
    phone="97681861",
    email="bjoern.iversen@vestre-toten.kommune.no",
)


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_sentence_gives_the_contact() -> None:
    assert find_contacts(SEED_SENTENCE) == [BJORN]


def test_whole_seed_page_gives_one_contact_only() -> None:
    # The sentence appears twice and ordinary paragraphs name places and programmes.
    assert find_contacts(seed_text()) == [BJORN]


def test_seed_paragraphs_without_contact_give_nothing() -> None:
    paragraphs = [p for p in seed_text().split("\n\n") if "Kontaktperson" not in p]
    assert len(paragraphs) > 10
    for paragraph in paragraphs:
        assert find_contacts(paragraph) == [], paragraph


@pytest.mark.parametrize(
    "written",
    [
        "tlf 97681861",
        "tlf. 976 81 861",
        "Telefon: 97 68 18 61",
        "mobil +47 976 81 861",
        "mob 0047 97681861",
        "ring +4797681861",
        "Tlf: 9768 1861",
    ],
)
def test_phone_forms_normalise_to_eight_digits(written: str) -> None:
    assert find_contacts(f"Kontakt: Kari Nordmann, {written}.") == [
        Contact(name="Kari Nordmann", phone="97681861")
    ]


def test_numbers_that_are_not_phones_are_ignored() -> None:
    text = (
        "Budsjettet er 12345678 kroner for perioden 2013 2015. Saken ble behandlet "
        "01.06.2016 og har organisasjonsnummer 974 620 122 og kontonummer 1234 56 78903."
    )
    assert find_contacts(text) == []


def test_normalise_phone() -> None:
    assert normalise_phone("+47 976 81 861") == "97681861"
    assert normalise_phone("0047 97 68 18 61") == "97681861"
    assert normalise_phone("12345") == ""


def test_fold_letters() -> None:
    assert fold("Bjørn") == fold("Bjoern") == fold("Bjorn") == "bjorn"
    assert fold("Åse") == fold("Aase") == "ase"
    assert fold("Ærlig") == "aerlig"


@pytest.mark.parametrize(
    ("name", "email", "match"),
    [
        ("Bjørn Iversen", "bjoern.iversen@vestre-toten.kommune.no", True),
        ("Bjørn Iversen", "bjorn.iversen@example.no", True),
        ("Bjørn Iversen", "biversen@example.no", True),
        ("Åse Kjær", "aase.kjaer@example.no", True),
        ("Åse Kjær", "ase_kjaer@example.no", True),
        ("Bjørn Iversen", "post@example.no", False),
        ("Bjørn Iversen", "kari.nordmann@example.no", False),
    ],
)
def test_name_matches_email(name: str, email: str, match: bool) -> None:
    assert name_matches_email(name, email) is match


def test_name_before_email_is_joined_when_the_address_is_built_from_it() -> None:
    text = "Spørsmål om planen kan rettes til Åse Kjær (aase.kjaer@vestre-toten.kommune.no)."
    assert find_contacts(text) == [
        Contact(name="Åse Kjær", email="aase.kjaer@vestre-toten.kommune.no")
    ]


def test_capitalised_words_before_an_unrelated_address_are_not_a_name() -> None:
    text = "Innspill til Vestre Toten sendes postmottak@vestre-toten.kommune.no innen fristen."
    assert find_contacts(text) == [Contact(email="postmottak@vestre-toten.kommune.no")]


def test_email_later_in_text_joins_the_cued_name() -> None:
    text = (
        "Prosjektleder Åse Kjær har ansvar for arbeidet.\n\n" + "Annen tekst. " * 40 + "\n\n"
        "Skriv til aase.kjaer@example.no."
    )
    assert find_contacts(text) == [
        Contact(name="Åse Kjær", role="prosjektleder", email="aase.kjaer@example.no")
    ]


def test_roles_and_cues() -> None:
    assert find_contacts("Saksbehandler: Per Olav Berg, tlf. 61 15 30 00") == [
        Contact(name="Per Olav Berg", role="saksbehandler", phone="61153000")
    ]
    assert find_contacts("Kontakt: Anne-Lise Dahl, rådgiver i SMB-Utviklingsprosjektet.") == [
        Contact(name="Anne-Lise Dahl", role="rådgiver i SMB-Utviklingsprosjektet")
    ]


def test_organisations_after_contact_words_are_not_names() -> None:
    assert find_contacts("Ta kontakt med Vestre Toten kommune for mer informasjon.") == []
    assert find_contacts("Kontaktperson er Den Norske, som ikke er et navn.") == []


def test_merge_contacts_unifies_same_person() -> None:
    merged = merge_contacts(
        [
            Contact(name="Bjørn Iversen", phone="97681861"),
            Contact(name="Kari Nordmann", email="kari@example.no"),
            Contact(email="bjoern.iversen@vestre-toten.kommune.no", role="leder"),
            Contact(name="Bjorn  Iversen", organisation="Vestre Toten kommune"),
            Contact(name="Kari Nordmann", email="kari.nordmann@other.no"),
        ]
    )
    assert merged == [
        Contact(
            name="Bjørn Iversen",
            role="leder",
            organisation="Vestre Toten kommune",
            phone="97681861",
            email="bjoern.iversen@vestre-toten.kommune.no",
        ),
        Contact(name="Kari Nordmann", email="kari@example.no"),
        # Same name, a different address: kept apart rather than losing an address.
        Contact(name="Kari Nordmann", email="kari.nordmann@other.no"),
    ]


def test_merge_contacts_drops_empty_and_keeps_order() -> None:
    assert merge_contacts([Contact(), Contact(phone="61153000"), Contact(phone="61153000")]) == [
        Contact(phone="61153000")
    ]
