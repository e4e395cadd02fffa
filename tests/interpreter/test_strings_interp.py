"""Interpreter-level tests of the string helpers (no object space needed);
expected values recorded from CPython 2.7.18."""
from pypy27.interpreter.objspace import bytesobject as B
from pypy27.interpreter.objspace import unicodeobject as U
from pypy27.interpreter.objspace.bytearrayobject import repr_bytearray


def test_repr_bytes() -> None:
    assert B.repr_bytes("abc") == "'abc'"
    assert B.repr_bytes("it's") == '"it\'s"'
    assert B.repr_bytes("a'b\"c") == "'a\\'b\"c'"
    assert B.repr_bytes('"') == "'\"'"
    assert B.repr_bytes("\t\n\r\\\x00\x7f\xff") == "'\\t\\n\\r\\\\\\x00\\x7f\\xff'"


def test_repr_bytearray() -> None:
    assert repr_bytearray("it's") == 'bytearray(b"it\\\'s")'
    assert repr_bytearray("a\x00") == "bytearray(b'a\\x00')"


def test_repr_unicode() -> None:
    w_u = U.wrapunicode("a\xc3\xa9\xe1\x88\xb4\xf0\x9f\x98\x80'", 5)
    assert U.repr_unicode(w_u) == "u\"a\\xe9\\u1234\\U0001f600'\""
    assert U.repr_unicode(U.wrapunicode("\t\\", 2)) == "u'\\t\\\\'"


def test_split() -> None:
    assert B.s_split_ws("  a  b c ", -1) == ["a", "b", "c"]
    assert B.s_split_ws("a b  c ", 1) == ["a", "b  c "]
    assert B.s_rsplit_ws("  a b  c", 1) == ["  a b", "c"]
    assert B.s_split("a,b,,c", ",", -1) == ["a", "b", "", "c"]
    assert B.s_rsplit("a,b,c", ",", 1) == ["a,b", "c"]
    assert B.s_splitlines("ab\r\n\nc\rd", True) == ["ab\r\n", "\n", "c\r", "d"]
    assert B.s_splitlines("ab\r\n\nc\rd", False) == ["ab", "", "c", "d"]


def test_case_and_pad() -> None:
    assert B.s_title("they're bill's") == "They'Re Bill'S"
    assert B.s_istitle("Hello World") and not B.s_istitle("Hello world")
    assert B.s_capitalize("hELLO") == "Hello"
    assert B.s_swapcase("aB1") == "Ab1"
    assert B.s_center_split(3, 8) == (2, 3)
    assert B.s_center_split(2, 5) == (2, 1)
    assert B.s_zfill("-42", 5) == "-0042"
    assert B.s_expandtabs("a\tbc\td", 4) == "a   bc  d"


def test_replace_count_find() -> None:
    assert B.s_replace("abc", "", "-", -1) == "-a-b-c-"
    assert B.s_replace("abc", "", "-", 2) == "-a-bc"
    assert B.s_replace("aaa", "a", "b", 2) == "bba"
    assert B.s_count("aaaa", "aa", 0, 4) == 2
    assert B.s_count("abc", "", 0, 3) == 4
    assert B.s_find("hello", "l", 0, 5, True) == 3
    assert B.adjust_indices(-2, 100, 5) == (3, 5)


def test_codecs_helpers() -> None:
    assert U.normalize_encoding("UTF-8") == "utf8"
    assert U.normalize_encoding("latin1") == "latin-1"
    assert U.normalize_encoding("ISO-8859-1") == "latin-1"
    assert U.normalize_encoding("utf_16_le") == "utf16le"
    assert U.normalize_encoding("cp1252") == "charmap:cp1252"
    assert U.normalize_encoding("no-such") == ""
    assert U.utf8_decode_error("a\xe9b", 1) == ("unexpected end of data", 2)
    assert U.utf8_decode_error("\xc3a", 0) == ("invalid continuation byte", 1)
    assert U.utf8_decode_error("\xe0\x80\x80", 0) == ("invalid continuation byte", 2)
    assert U.utf8_decode_error("\xf5\x80", 0) == ("invalid start byte", 1)
    assert U.encode_utf16_32("A\xc3\xa9", "utf16") == "\xff\xfeA\x00\xe9\x00"
    assert U.encode_utf16_32("\xf0\x92\x8d\x85", "utf16le") == "\x08\xd8E\xdf"
    assert U.encode_utf16_32("a", "utf32be") == "\x00\x00\x00a"
    assert U.base64_encode("abc") == "YWJj\n"
    assert U.rot13("Hello") == "Uryyb"
    assert U.join_surrogate_pairs("\xed\xa0\xbd\xed\xb8\x80") == "\xf0\x9f\x98\x80"
    assert U.unicode_escape("\xc3\xa9\n\\", False) == "\\xe9\\n\\\\"


def test_unicode_db() -> None:
    assert U.u_isspace(0x3000) and U.u_isspace(0x1c) and not U.u_isspace(0x41)
    assert U.u_isalpha(0xe9) and U.u_islower(0xe9) and U.u_isupper(0xc9)
    assert U.u_islower(0xaa)            # Ll in 2.7's Unicode 5.2
    assert not U.u_isupper(0x2167)
    assert U.u_upper(0xdf) == 0xdf      # no 1:1 uppercase
    assert U.u_title(0x1c6) == 0x1c5
    assert U.u_decimal(0x661) == 1 and U.u_decimal(0x41) == -1
    assert U.u_isnumeric(0xbd) and not U.u_isdigit(0xbd)
