"""Unit tests of the 2.7 tokenizer and the source encoding rules."""
import pytest

from pypy27.interpreter.pyparser import consts, encoding
from pypy27.interpreter.pyparser.error import SyntaxErr, TabErr
from pypy27.interpreter.pyparser.tokenizer import (
    tokenize, NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
    ERRORTOKEN)


def kinds(src: str) -> list[tuple[int, str]]:
    return [(t.type, t.value) for t in tokenize(src, "<t>")]


def values(src: str) -> list[str]:
    return [t.value for t in tokenize(src, "<t>") if t.type not in (NEWLINE, ENDMARKER)]


def test_simple_line() -> None:
    assert kinds("x = 1\n") == [(NAME, "x"), (OP, "="), (NUMBER, "1"), (NEWLINE, ""),
                                (NEWLINE, ""), (ENDMARKER, "")]


def test_positions() -> None:
    toks = tokenize("a  =\tb\n", "<t>")
    assert [(t.lineno, t.col) for t in toks[:3]] == [(1, 0), (1, 3), (1, 5)]
    assert toks[0].err_offset == 1 and toks[2].err_offset == 6


def test_indent_dedent_and_tabs() -> None:
    src = "if x:\n\ty\n        z\nw\n"  # a tab counts to column 8
    types = [t.type for t in tokenize(src, "<t>")]
    assert types.count(INDENT) == 1 and types.count(DEDENT) == 1


def test_blank_and_comment_lines_do_not_count() -> None:
    src = "if x:\n\n   # c\n  y\n"
    assert [t.type for t in tokenize(src, "<t>")][:6] == [NAME, NAME, OP, NEWLINE, INDENT, NAME]


def test_unindent_mismatch_is_an_error_token() -> None:
    toks = tokenize("if x:\n    y\n  z\n", "<t>")
    err = toks[-1].error
    assert toks[-1].type == ERRORTOKEN and err is not None
    assert err.msg == "unindent does not match any outer indentation level"
    assert (err.lineno, err.offset) == (3, 4)


def test_tabtab_flag() -> None:
    src = "if x:\n        y\n\tz\n"
    assert tokenize(src, "<t>")[-1].type == ENDMARKER
    err = tokenize(src, "<t>", tabtab=True)[-1].error
    assert isinstance(err, TabErr)


def test_numbers() -> None:
    assert values("0777 0o17 0x1F 0b1 10L 1j 1e5 .5 1.5e-3J 0L 1E+5\n") == [
        "0777", "0o17", "0x1F", "0b1", "10L", "1j", "1e5", ".5", "1.5e-3J", "0L", "1E+5"]
    assert values("1e\n") == ["1", "e"]  # 2.7: the number 1, then the name e


def test_bad_numbers() -> None:
    for src in ("0x\n", "09\n", "1e+\n", "0b2\n"):
        last = tokenize(src, "<t>")[-1]
        assert last.error is not None and last.error.msg == "invalid token"


def test_strings_and_prefixes() -> None:
    src = "u'a' r'b' ur'c' b'd' br'e' '''f\ng''' \"h\\\"\" U'i' BR'j'\n"
    assert values(src) == ["u'a'", "r'b'", "ur'c'", "b'd'", "br'e'", "'''f\ng'''",
                           '"h\\""', "U'i'", "BR'j'"]
    assert values("rb'x'\n") == ["rb", "'x'"]  # not a 2.7 prefix


def test_string_errors() -> None:
    err = tokenize("s = 'abc\n", "<t>")[-1].error
    assert err is not None and err.msg == "EOL while scanning string literal"
    err = tokenize("s = '''abc\n", "<t>")[-1].error
    assert err is not None and err.msg == "EOF while scanning triple-quoted string literal"


def test_operators() -> None:
    assert values("a <> b != c ** d // e >>= f <<= g **= h //= i -> `j`\n") == [
        "a", "<>", "b", "!=", "c", "**", "d", "//", "e", ">>=", "f", "<<=", "g",
        "**=", "h", "//=", "i", "->", "`", "j", "`"]
    assert values("x[...]\n") == ["x", "[", ".", ".", ".", "]"]


def test_continuation_and_brackets() -> None:
    assert [t.type for t in tokenize("x = (1,\n 2)\ny = 1 + \\\n 2\n", "<t>")].count(NEWLINE) == 3
    err = tokenize("x = \\ 1\n", "<t>")[-1].error
    assert err is not None
    assert err.msg == "unexpected character after line continuation character"


def test_eof_tokens() -> None:
    toks = tokenize("if x:\n  y\n", "<t>")
    assert [t.type for t in toks[-3:]] == [DEDENT, NEWLINE, ENDMARKER]
    assert all(t.at_eof for t in toks[-3:])


def test_non_ascii_name_is_not_a_name() -> None:
    toks = tokenize("x\xe9 = 1\n", "<t>")
    assert toks[0].type == OP


def test_encoding_declarations() -> None:
    assert encoding.detect_encoding("# -*- coding: latin-1 -*-\n", "f", 0)[1] == "iso-8859-1"
    assert encoding.detect_encoding("#!/bin/sh\n# vim: fileencoding=utf-8\n", "f", 0)[1] == "utf-8"
    assert encoding.detect_encoding("x = 1\n# coding: latin-1\n", "f", 0)[1] == ""
    assert encoding.detect_encoding("\xef\xbb\xbfx\n", "f", 0) == ("x\n", "utf-8")
    with pytest.raises(SyntaxErr) as info:
        encoding.detect_encoding("# coding: foo\n", "f", 0)
    assert info.value.msg == "unknown encoding: foo"
    with pytest.raises(SyntaxErr) as info:
        encoding.detect_encoding("\xef\xbb\xbf# coding: latin-1\n", "f", 0)
    assert info.value.msg == "encoding problem: iso-8859-1 with BOM"


def test_non_ascii_without_declaration_in_a_file() -> None:
    encoding.detect_encoding("x = '\xe9'\n", "f.py", 0)  # compile() of a str allows it
    with pytest.raises(SyntaxErr) as info:
        encoding.detect_encoding("x = 1\ny = '\xe9'\n", "/tmp/na.py", consts.PyCF_SOURCE_IS_FILE)
    assert info.value.msg == ("Non-ASCII character '\\xe9' in file /tmp/na.py on line 2, "
                              "but no encoding declared; see "
                              "http://python.org/dev/peps/pep-0263/ for details")
    assert info.value.lineno == 2
