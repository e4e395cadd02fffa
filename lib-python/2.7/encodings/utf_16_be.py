"""UTF-16, big endian, no byte order mark."""
import _codecs
from encodings._native import make_entry


def getregentry():
    return make_entry('utf_16_be', 'utf-16-be', _codecs.utf_16_be_decode)
