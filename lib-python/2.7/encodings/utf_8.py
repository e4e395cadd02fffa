"""UTF-8 (incremental decoding keeps an incomplete sequence for the next call)."""
import _codecs
from encodings._native import make_entry


def getregentry():
    return make_entry('utf_8', 'utf-8', _codecs.utf_8_decode)
