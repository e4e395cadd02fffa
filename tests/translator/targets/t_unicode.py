"""Unicode text as UTF-8 inside byte strings (support/utf8.py), translated."""
from pypy27.support.utf8 import (Utf8Index, utf8_check, utf8_codepoint_at, utf8_encode_codepoint,
                                 utf8_index_of, utf8_length, utf8_next)


def entry_point(argv: list[str]) -> int:
    text = ""
    for cp in [0x41, 0xe9, 0x20ac, 0x1f600, 0x10ffff, 0x7f, 0x800]:
        text += utf8_encode_codepoint(cp)
    print(len(text), utf8_length(text), utf8_check(text))
    i = 0
    cps = []
    while i < len(text):
        cps.append(str(utf8_codepoint_at(text, i)))
        i = utf8_next(text, i)
    print(" ".join(cps))
    print(utf8_index_of(text, 3), utf8_check("ab" + chr(0xff)), utf8_check(chr(0xc3) + chr(0x28)))
    long_text = ""
    for k in range(500):
        long_text += utf8_encode_codepoint(0x100 + k)
    idx = Utf8Index(long_text)
    print(idx.char_length(), idx.byte_index(0), idx.byte_index(257), idx.byte_index(499))
    return 0
