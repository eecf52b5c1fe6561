"""The query parser: operators, fields, phrases, and best effort on odd text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vtviewer.core.query import And, Not, Or, Phrase, Value, Word, YearRange, parse


def test_words_are_anded_and_lowercased() -> None:
    assert parse("Bjørn IVERSEN").root == And((Word("bjørn"), Word("iversen")))


def test_phrase_prefix_or_not() -> None:
    root = parse('"Årets innovasjonsmiljø" plan* OR analyse -tromsø').root
    assert root == Or(
        (
            And((Phrase(("årets", "innovasjonsmiljø")), Word("plan", prefix=True))),
            And((Word("analyse"), Not(Word("tromsø")))),
        )
    )
    assert parse("plan NOT analyse").root == And((Word("plan"), Not(Word("analyse"))))


def test_parentheses() -> None:
    root = parse("(plan OR analyse) toten").root
    assert root == And((Or((Word("plan"), Word("analyse"))), Word("toten")))


def test_fields() -> None:
    root = parse('title:"omstillings plan" org:telemark* contact:iversen tag:x path:a lang:NB').root
    assert root == And(
        (
            Phrase(("omstillings", "plan"), "title"),
            Word("telemark", "org", prefix=True),
            Word("iversen", "contact"),
            Word("x", "tag"),
            Word("a", "path"),
            Value("lang", "nb"),
        )
    )
    assert parse("title:(plan OR analyse)").root == Or(
        (Word("plan", "title"), Word("analyse", "title"))
    )


def test_years_and_types() -> None:
    assert parse("year:2013").root == YearRange(2013, 2013)
    assert parse("year:2013..2015").root == YearRange(2013, 2015)
    assert parse("year:2015-2013").root == YearRange(2013, 2015)
    assert parse("type:rapport").root == Value("type", "report")
    assert parse('type:"action plan"').root == Value("type", "action plan")
    assert parse("type:handlingsplan").root == Value("type", "action plan")


def test_punctuated_words_become_phrases() -> None:
    assert parse("SMB-Utviklingsprosjektet").root == Phrase(("smb", "utviklingsprosjektet"))


def test_empty_query_is_browsing() -> None:
    for text in ("", "   ", "()", '""', "-", "OR"):
        assert parse(text).root is None, text


def test_problems_become_messages() -> None:
    cases = {
        '"unbalanced': "quote",
        "(a OR b": "(",
        "a)": ")",
        "foo:bar": "foo",
        "year:soon": "year",
        "type:poem": "type",
        "a OR": "OR",
        "a NOT": "NOT",
    }
    for text, needle in cases.items():
        parsed = parse(text)
        assert any(needle in m for m in parsed.messages), (text, parsed.messages)
    assert parse("foo:bar").root == Phrase(("foo", "bar"))
    assert parse('"unbalanced quote').root == Phrase(("unbalanced", "quote"))


def test_deep_nesting_is_bounded() -> None:
    parsed = parse("(" * 5000 + "x" + ")" * 10)
    assert parsed.root == Word("x")
    assert parsed.messages
    assert parse("-" * 5000 + "x").root == Word("x")


def test_positive_words_skip_negations() -> None:
    parsed = parse('plan -analyse "a b" OR year:2013')
    assert parsed.positive_words() == [Word("plan"), Phrase(("a", "b"))]


@given(st.text(max_size=200))
def test_parser_accepts_any_text(text: str) -> None:
    parsed = parse(text)
    assert isinstance(parsed.messages, tuple)


@given(
    st.lists(
        st.sampled_from(['"', "(", ")", "-", "*", ":", " ", "OR", "NOT", "AND", "a", "ø", "year:"]),
        max_size=30,
    ).map("".join)
)
def test_parser_accepts_operator_soup(text: str) -> None:
    parse(text)
