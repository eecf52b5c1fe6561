"""User query text -> a parsed query tree (words, phrases, prefixes, OR, NOT, fields)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vtviewer.core.analysis import MAX_TOKEN_CHARS, WORD_RE
from vtviewer.core.doctypes import type_named
from vtviewer.core.model import DOC_TYPES, Message

#: Fields whose value is searched as text.
TEXT_FIELDS = ("title", "org", "contact", "tag", "path")
#: Fields whose value is one exact value (or a year range).
VALUE_FIELDS = ("type", "year", "lang")
FIELD_ALIASES = {
    "title": "title",
    "tittel": "title",
    "type": "type",
    "year": "year",
    "år": "year",
    "aar": "year",
    "org": "org",
    "organisation": "org",
    "organization": "org",
    "organisasjon": "org",
    "contact": "contact",
    "kontakt": "contact",
    "tag": "tag",
    "tags": "tag",
    "emne": "tag",
    "path": "path",
    "sti": "path",
    "lang": "lang",
    "language": "lang",
    "språk": "lang",
}
#: Year ranges wider than this are clamped (a typo like 2013..20150 must not explode).
MAX_YEAR_SPAN = 200
#: Deeper parentheses are dropped (recursion in the parser is bounded by this).
MAX_DEPTH = 32
#: Longer query text is cut, and words (phrases, field values) after MAX_TERMS are
#: dropped: a pasted page (a megabyte of "a a a ...") took minutes to parse and search.
MAX_QUERY_CHARS = 10_000
MAX_TERMS = 100

#: Separators of a year range: 2013..2015, 2013-2015, 2013–2015 (en dash), 2013 to 2015.
_YEAR_SEPARATORS = ("..", "-", "–", "—", "to", "til")
_YEAR_RE = re.compile(r"^\s*(\d{4})\s*(?:(?:\.\.|-|–|—|to|til)\s*(\d{4}|\d{2})?)?\s*$")
#: A word token that is a group of a phone number: "976", "+47", "976-81-861", "97.68.18.61".
_DIGIT_GROUPS_RE = re.compile(r"\+?\d+(?:[.\-]\d+)*")
#: How people group the 8 digits of a Norwegian phone number ("976 81 861", "97 68 18 61").
_PHONE_GROUPINGS = ((8,), (3, 2, 3), (2, 2, 2, 2))
#: Norwegian numbers start with 2-9 (0 and 1 are not used for subscribers).
_PHONE_FIRST_DIGITS = "23456789"


@dataclass(frozen=True)
class Word:
    """A word (lowercased); ``prefix`` for ``word*``; ``field`` None means everywhere;
    ``verbatim`` for a word in quotes: searched as typed, never corrected for typos."""

    text: str
    field: str | None = None
    prefix: bool = False
    verbatim: bool = False


@dataclass(frozen=True)
class Phrase:
    """Words that must appear in this order (lowercased)."""

    words: tuple[str, ...]
    field: str | None = None


@dataclass(frozen=True)
class Value:
    """An exact value of a value field: type ("report", ...) or lang ("nb", ...)."""

    field: str
    value: str


@dataclass(frozen=True)
class YearRange:
    """Documents whose period overlaps [start, end]."""

    start: int
    end: int


@dataclass(frozen=True)
class TooLong:
    """A word longer than MAX_TOKEN_CHARS: the index drops such words, so it matches
    nothing (rather than vanishing from the query and matching everything)."""

    text: str
    field: str | None = None


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Word | Phrase | Value | YearRange | TooLong | Not | And | Or


@dataclass(frozen=True)
class ParsedQuery:
    """The parsed query; ``root`` None means "everything" (browsing)."""

    root: Node | None
    messages: tuple[Message, ...] = ()
    text: str = ""

    def positive_words(self) -> list[Word | Phrase]:
        """Words and phrases that are not negated: what to highlight and suggest for."""
        found: list[Word | Phrase] = []

        def walk(node: Node | None) -> None:
            if isinstance(node, Word | Phrase):
                found.append(node)
            elif isinstance(node, And | Or):
                for child in node.children:
                    walk(child)

        walk(self.root)
        return found


# --- lexing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tok:
    # "word", "phrase", "lparen", "rparen", "or", "and", "not", "minus", "field", "phone"
    kind: str
    text: str = ""


@dataclass
class _Lexer:
    text: str
    messages: list[Message] = field(default_factory=list)

    def run(self) -> list[_Tok]:
        out: list[_Tok] = []
        text, i, n = self.text, 0, len(self.text)
        terms = 0
        while i < n:
            if terms >= MAX_TERMS:
                self.messages.append(Message("too-many-words", (MAX_TERMS,)))
                break
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch == "(":
                out.append(_Tok("lparen"))
                i += 1
            elif ch == ")":
                out.append(_Tok("rparen"))
                i += 1
            elif ch in '"“”«»':
                end = self._closing_quote(i + 1)
                if end < 0:
                    self.messages.append(Message("unbalanced-quote"))
                    out.append(_Tok("phrase", text[i + 1 :]))
                    i = n
                else:
                    out.append(_Tok("phrase", text[i + 1 : end]))
                    i = end + 1
                terms += 1
            elif ch in "-!" and i + 1 < n and not text[i + 1].isspace():
                out.append(_Tok("minus"))
                i += 1
            else:
                j = i
                while j < n and not text[j].isspace() and text[j] not in '()"“”«»':
                    j += 1
                word = text[i:j]
                i = j
                out.append(self._word(word))
                terms += out[-1].kind in ("word", "field")
        return _join_phone_numbers(_join_year_ranges(out))

    def _closing_quote(self, start: int) -> int:
        for k in range(start, len(self.text)):
            if self.text[k] in '"“”«»':
                return k
        return -1

    def _word(self, word: str) -> _Tok:
        if word == "OR" or word == "||" or word == "|":
            return _Tok("or")
        if word == "AND" or word == "&&" or word == "+":
            return _Tok("and")
        if word == "NOT":
            return _Tok("not")
        if ":" in word:
            name, _, rest = word.partition(":")
            key = FIELD_ALIASES.get(name.lower())
            if key is not None:
                return _Tok("field", key + ":" + rest)
            if name and any(c.isalpha() for c in name):
                self.messages.append(Message("unknown-field", (name,)))
        return _Tok("word", word)


# --- parsing ---------------------------------------------------------------------------


class _Parser:
    def __init__(self, toks: list[_Tok], messages: list[Message]) -> None:
        self.toks = toks
        self.pos = 0
        self.messages = messages
        self.depth = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def parse(self) -> Node | None:
        nodes: list[Node] = []
        while self.pos < len(self.toks):
            node = self.or_expr()
            if node is not None:
                nodes.append(node)
            tok = self.peek()
            if tok is not None and tok.kind == "rparen":
                self.messages.append(Message("unbalanced-close"))
                self.pos += 1
        return _and(nodes)

    def or_expr(self) -> Node | None:
        parts: list[Node] = []
        first = self.and_expr()
        if first is not None:
            parts.append(first)
        while (tok := self.peek()) is not None and tok.kind == "or":
            self.pos += 1
            if not parts:
                self.messages.append(Message("or-without-left"))
            right = self.and_expr()
            if right is None:
                self.messages.append(Message("or-without-right"))
            else:
                parts.append(right)
        if len(parts) > 1:
            return Or(tuple(parts))
        return parts[0] if parts else None

    def and_expr(self) -> Node | None:
        parts: list[Node] = []
        while (tok := self.peek()) is not None and tok.kind not in ("or", "rparen"):
            if tok.kind == "and":
                self.pos += 1
                continue
            node = self.unary()
            if node is not None:
                parts.append(node)
        return _and(parts)

    def unary(self) -> Node | None:
        tok = self.peek()
        assert tok is not None
        negate = False
        while tok is not None and tok.kind in ("minus", "not"):
            self.pos += 1
            negate = not negate
            tok = self.peek()
        if tok is None or tok.kind in ("or", "rparen", "and"):
            if negate:
                self.messages.append(Message("not-without-word"))
            return None
        child = self.primary()
        if child is None or not negate:
            return child
        return child.child if isinstance(child, Not) else Not(child)

    def primary(self) -> Node | None:
        tok = self.peek()
        assert tok is not None
        self.pos += 1
        if tok.kind == "lparen":
            return self.group()
        if tok.kind == "phrase":
            return _phrase(tok.text, None, self.messages)
        if tok.kind == "word":
            return _word(tok.text, None, self.messages)
        if tok.kind == "phone":
            return _phone_node(tok.text, None)
        if tok.kind == "field":
            return self.field(tok.text)
        return None  # unreachable: other kinds are consumed by the callers

    def group(self) -> Node | None:
        """The inside of parentheses; the "(" is consumed already."""
        if self.depth >= MAX_DEPTH:
            self.messages.append(Message("too-deeply-nested"))
            return None
        self.depth += 1
        inner = self.or_expr()
        closing = self.peek()
        if closing is not None and closing.kind == "rparen":
            self.pos += 1
        else:
            self.messages.append(Message("unbalanced-open"))
        self.depth -= 1
        return inner

    def field(self, spec: str) -> Node | None:
        name, _, value = spec.partition(":")
        if not value:
            # title:"a phrase" or title:(a OR b) or a lone "title:"
            nxt = self.peek()
            if nxt is not None and nxt.kind == "phrase":
                self.pos += 1
                value_node = _phrase(nxt.text, name, self.messages) if name in TEXT_FIELDS else None
                if value_node is None and name not in TEXT_FIELDS:
                    return _value(name, nxt.text, self.messages)
                return value_node
            if nxt is not None and nxt.kind == "lparen" and name in TEXT_FIELDS:
                self.pos += 1
                return _with_field(self.group(), name)
            self.messages.append(Message("field-without-value", (name,)))
            return None
        if name in TEXT_FIELDS:
            return _word(value, name, self.messages)
        return _value(name, value, self.messages)


def _and(parts: list[Node]) -> Node | None:
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return And(tuple(parts))


def _words(raw: str, field_name: str | None, messages: list[Message]) -> list[Word | TooLong]:
    """The words of ``raw`` as the index splits them (analysis.tokens), except that a
    word too long to be indexed stays, as TooLong, with a message: dropping it would
    make "plan <300 letters>" the same as "plan"."""
    found: list[Word | TooLong] = []
    for word in WORD_RE.findall(raw):
        # Measured before lowercasing, as analysis.tokens does.
        if len(word) > MAX_TOKEN_CHARS:
            shown = word[:20] + "…"
            messages.append(Message("word-too-long", (shown, MAX_TOKEN_CHARS)))
            found.append(TooLong(word.lower(), field_name))
        else:
            found.append(Word(word.lower(), field_name))
    return found


def _word(raw: str, field_name: str | None, messages: list[Message]) -> Node | None:
    prefix = raw.endswith("*")
    words = _words(raw, field_name, messages)
    if not words:
        return None
    phone = _phone_digits(raw.split())
    if phone is not None:
        return _phone_node(phone, field_name)
    if len(words) == 1:
        only = words[0]
        return Word(only.text, field_name, prefix) if isinstance(only, Word) else only
    if prefix:
        # "smb-utv*": the leading parts as words, the last one as a prefix.
        last = words[-1]
        if isinstance(last, Word):
            words[-1] = Word(last.text, field_name, True)
        return And(tuple(words))
    return _phrase_of(words, field_name)


def _phrase(raw: str, field_name: str | None, messages: list[Message]) -> Node | None:
    words = _words(raw, field_name, messages)
    if not words:
        return None
    phone = _phone_digits(raw.split())
    if phone is not None:
        return _phone_node(phone, field_name)
    if len(words) == 1:
        only = words[0]
        return Word(only.text, field_name, verbatim=True) if isinstance(only, Word) else only
    return _phrase_of(words, field_name)


def _phrase_of(words: list[Word | TooLong], field_name: str | None) -> Node:
    """Words in a row; a phrase with a word the index cannot hold cannot match."""
    for word in words:
        if isinstance(word, TooLong):
            return word
    return Phrase(tuple(w.text for w in words), field_name)


# --- phone numbers and year ranges written with spaces ------------------------------------


def _phone_digits(parts: list[str]) -> str | None:
    """The 8 digits of a Norwegian phone number written as ``parts`` ("+47", "976",
    "81", "861" or "976-81-861"), None when the parts are not one."""
    if not parts or not all(_DIGIT_GROUPS_RE.fullmatch(p) for p in parts):
        return None
    plus = parts[0].startswith("+")
    if any(p.startswith("+") for p in parts[1:]):
        return None
    groups = [g for p in parts for g in re.findall(r"\d+", p)]
    # The country code: "+47 ...", "0047 ...", or run together: "+4797681861".
    if (plus and groups[0] == "47") or groups[0] == "0047":
        groups = groups[1:]
    elif plus and len(groups) == 1 and len(groups[0]) == 10 and groups[0].startswith("47"):
        groups = [groups[0][2:]]
    elif plus:
        return None
    if tuple(len(g) for g in groups) not in _PHONE_GROUPINGS:
        return None
    digits = "".join(groups)
    return digits if digits[0] in _PHONE_FIRST_DIGITS else None


def _phone_node(digits: str, field_name: str | None) -> Node:
    """A phone number as indexed (8 digits: contacts' numbers are) or as page text
    usually writes it (3-2-3 or 2-2-2-2 groups)."""
    spellings: list[Node] = [Word(digits, field_name)]
    for grouping in _PHONE_GROUPINGS[1:]:
        groups: list[str] = []
        start = 0
        for size in grouping:
            groups.append(digits[start : start + size])
            start += size
        spellings.append(Phrase(tuple(groups), field_name))
    return Or(tuple(spellings))


def _join_phone_numbers(toks: list[_Tok]) -> list[_Tok]:
    """Digit groups that together spell a phone number ("976 81 861", "+47 97 68 18 61")
    become one "phone" token: as separate words they would each have to match."""
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        taken = 0
        digits = None
        # The longest run first: "+47 976 81 861" before "976 81 861" alone. A number has
        # at most 5 groups (the country code and 2-2-2-2).
        for size in range(min(5, len(toks) - i), 0, -1):
            run = toks[i : i + size]
            if all(t.kind == "word" for t in run):
                digits = _phone_digits([t.text for t in run])
                if digits is not None:
                    taken = size
                    break
        if digits is not None:
            out.append(_Tok("phone", digits))
            i += taken
        else:
            out.append(toks[i])
            i += 1
    return out


def _join_year_ranges(toks: list[_Tok]) -> list[_Tok]:
    """ "year:2013 - 2015" (a range written with spaces) becomes "year:2013..2015"."""
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        name, _, value = tok.text.partition(":")
        if tok.kind == "field" and name == "year" and re.fullmatch(r"\d{4}", value):
            rest = toks[i + 1 : i + 3]
            if (
                len(rest) == 2
                and all(t.kind == "word" for t in rest)
                and rest[0].text.lower() in _YEAR_SEPARATORS
                and re.fullmatch(r"\d{4}|\d{2}", rest[1].text)
            ):
                out.append(_Tok("field", f"year:{value}..{rest[1].text}"))
                i += 3
                continue
            if i + 1 < len(toks) and toks[i + 1].kind == "word":
                # "year:2013 ..2015", "year:2013 -2015" is a minus token: left as it is.
                match = re.fullmatch(r"(\.\.|–|—)(\d{4}|\d{2})", toks[i + 1].text)
                if match:
                    out.append(_Tok("field", f"year:{value}..{match.group(2)}"))
                    i += 2
                    continue
        out.append(tok)
        i += 1
    return out


def _with_field(node: Node | None, name: str) -> Node | None:
    if node is None:
        return None
    if isinstance(node, Word):
        return Word(node.text, name, node.prefix, node.verbatim)
    if isinstance(node, Phrase):
        return Phrase(node.words, name)
    if isinstance(node, TooLong):
        return TooLong(node.text, name)
    if isinstance(node, Not):
        child = _with_field(node.child, name)
        return Not(child) if child is not None else None
    if isinstance(node, And | Or):
        children = [c for c in (_with_field(c, name) for c in node.children) if c is not None]
        if not children:
            return None
        return type(node)(tuple(children)) if len(children) > 1 else children[0]
    return node


def _value(name: str, raw: str, messages: list[Message]) -> Node | None:
    value = raw.strip().lower()
    if name == "year":
        match = _YEAR_RE.match(value)
        if not match:
            messages.append(Message("bad-year", (raw,)))
            return None
        start = int(match.group(1))
        end_text = match.group(2) or ""
        # "2013-15": the end in the start's century.
        end = int(str(start)[:2] + end_text if len(end_text) == 2 else end_text or start)
        if end < start:
            start, end = end, start
        if end - start > MAX_YEAR_SPAN:
            messages.append(Message("year-range-shortened", (f"{start}..{end}", MAX_YEAR_SPAN)))
            end = start + MAX_YEAR_SPAN
        return YearRange(start, end)
    if name == "type":
        doc_type = type_named(value)
        if doc_type is None:
            messages.append(Message("unknown-type", (raw, ", ".join(DOC_TYPES))))
            return None
        return Value("type", doc_type)
    if not value:
        messages.append(Message("field-without-value", (name,)))
        return None
    return Value(name, value)


def parse(text: str) -> ParsedQuery:
    """Parse any text; problems become messages, never exceptions. ``text`` of the
    result is the text as given."""
    lexer = _Lexer(text[:MAX_QUERY_CHARS])
    if len(text) > MAX_QUERY_CHARS:
        lexer.messages.append(Message("too-many-characters", (MAX_QUERY_CHARS,)))
    toks = lexer.run()
    messages = lexer.messages
    parser = _Parser(toks, messages)
    root = parser.parse()
    root = _simplify(root)
    if isinstance(root, Not):
        messages.append(Message("only-excluded"))
    if root is None and text.strip():
        shown = " ".join(text.split())
        shown = shown if len(shown) <= 40 else shown[:40] + "…"
        messages.append(Message("nothing-to-search", (shown,)))
    return ParsedQuery(root, tuple(dict.fromkeys(messages)), text)


def _simplify(node: Node | None) -> Node | None:
    """Flatten nested And/Or of the same kind."""
    if isinstance(node, And | Or):
        flat: list[Node] = []
        for child in node.children:
            simple = _simplify(child)
            if simple is None:
                continue
            if type(simple) is type(node):
                assert isinstance(simple, And | Or)
                flat.extend(simple.children)
            else:
                flat.append(simple)
        if not flat:
            return None
        return type(node)(tuple(flat)) if len(flat) > 1 else flat[0]
    if isinstance(node, Not):
        inner = _simplify(node.child)
        return Not(inner) if inner is not None else None
    return node
