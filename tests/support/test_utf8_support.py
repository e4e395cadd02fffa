import pytest

from pypy27.support.utf8 import (
    INDEX_STEP, Utf8Index, utf8_char_size, utf8_check, utf8_codepoint_at,
    utf8_encode_codepoint, utf8_index_of, utf8_length, utf8_next, utf8_prev)


def enc(u: str) -> str:
    """Host reference: unicode text -> UTF-8 in a latin-1 str."""
    return u.encode("utf-8", "surrogatepass").decode("latin-1")


SAMPLES = [0, 0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000,
           0xFFFF, 0x10000, 0x1F600, 0x10FFFF]


@pytest.mark.parametrize("cp", SAMPLES)
def test_encode_and_decode(cp):
    s = utf8_encode_codepoint(cp)
    assert s == enc(chr(cp))
    assert utf8_codepoint_at(s, 0) == cp
    assert utf8_next(s, 0) == len(s) == utf8_char_size(ord(s[0]))
    assert utf8_check(s) == -1


def test_encode_range():
    with pytest.raises(ValueError):
        utf8_encode_codepoint(0x110000)
    with pytest.raises(ValueError):
        utf8_encode_codepoint(-1)


TEXT = "a\xe9\u20ac\U0001F600z"


def test_walk_length_prev():
    s = enc(TEXT)
    assert utf8_length(s) == len(TEXT)
    i = 0
    cps = []
    while i < len(s):
        cps.append(utf8_codepoint_at(s, i))
        i = utf8_next(s, i)
    assert cps == [ord(c) for c in TEXT]
    assert utf8_prev(s, len(s)) == len(s) - 1
    assert utf8_prev(s, len(s) - 1) == len(s) - 5
    assert utf8_prev(s, 1) == 0


@pytest.mark.parametrize("bad, where", [
    ("\x80", 0),                    # lone continuation byte
    ("ab\xc0\x80", 2),              # overlong 2-byte
    ("\xc3", 0),                    # truncated
    ("x\xe0\x80\x80", 1),           # overlong 3-byte
    ("\xe2\x82", 0),                # truncated 3-byte
    ("\xf0\x80\x80\x80", 0),        # overlong 4-byte
    ("\xf4\x90\x80\x80", 0),        # above U+10FFFF
    ("\xf5\x80\x80\x80", 0),
    ("ok\xff", 2),
    ("\xc3\xa9\xc3(", 2),           # bad continuation
])
def test_check_invalid(bad, where):
    assert utf8_check(bad) == where


def test_check_surrogates():
    s = enc("\ud800")
    assert utf8_check(s) == -1
    assert utf8_check(s, allow_surrogates=False) == 0
    assert utf8_check(enc("\ud7ff\ue000"), allow_surrogates=False) == -1
    assert utf8_check(enc(TEXT)) == -1
    assert utf8_check("") == -1


def test_index_of():
    s = enc(TEXT)
    for k in range(len(TEXT) + 1):
        assert utf8_index_of(s, k) == len(enc(TEXT[:k]))
    with pytest.raises(IndexError):
        utf8_index_of(s, len(TEXT) + 1)
    with pytest.raises(IndexError):
        utf8_index_of(s, -1)


def test_lazy_index_on_long_string():
    text = ("x\xe9\u20ac\U0001F600" * 100)[:-1]
    s = enc(text)
    idx = Utf8Index(s)
    assert idx.length == -1          # nothing built yet
    assert idx.char_length() == len(text)
    assert len(idx.marks) == len(text) // INDEX_STEP + 1
    for k in range(0, len(text) + 1, 7):
        assert idx.byte_index(k) == len(enc(text[:k]))
    assert idx.byte_index(len(text)) == len(s)
    assert idx.codepoint_at(len(text) - 1) == ord(text[-1])
    with pytest.raises(IndexError):
        idx.byte_index(len(text) + 1)
    with pytest.raises(IndexError):
        idx.codepoint_at(len(text))


def test_lazy_index_ascii_needs_no_table():
    idx = Utf8Index("hello" * 50)
    assert idx.byte_index(200) == 200
    assert idx.marks == []
    assert idx.codepoint_at(1) == ord("e")
